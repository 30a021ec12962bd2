"""
dyadkit helpers: measure bilateral relations between countries from news text.

The pipeline, one module per step::

    load       sources -> articles, rejects
    segment    articles -> sentences (boilerplate removed, offsets kept)
    actors     sentences -> mentions (who is named, resolved to a code)
    stance     sentences, mentions -> dyad_events -> article_dyads
    relations  article_dyads -> relations (per dyad and period, bootstrap CIs)
    charts     relations -> figures
    validate   tables + gold labels -> metrics
    gdelt      GDELT event exports -> the same tables

Every public function takes and returns pandas DataFrames.
"""
from .actors import ActorMatcher, explain, find_mentions
from .load import InputError, load, iter_load
from .relations import directed_relations, evidence, parse_dyads, relations, smooth
from .segment import segment
from .stance import article_dyads, explain_sentence, find_events
from .pipeline import analyze, process_chunk, read_table
from ._paths import CORPUS, GOLD, MILESTONES, DATA

__all__ = ["load", "iter_load", "segment", "find_mentions", "ActorMatcher", "explain",
           "find_events", "article_dyads", "explain_sentence", "relations", "directed_relations",
           "evidence", "smooth", "parse_dyads", "analyze", "process_chunk", "read_table",
           "InputError", "CORPUS", "GOLD", "MILESTONES", "DATA"]
__version__ = "0.1.0"
