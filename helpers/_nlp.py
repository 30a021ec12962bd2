"""The one blank spaCy pipeline every step tokenizes with (no model, nothing downloaded)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def blank_nlp():
    """
    Return ``spacy.blank("en")`` with extra infix, prefix and suffix rules.

    "U.S.-led" and "UAE-brokered" split into the name, the hyphen and the
    suffix, so the name can be matched; spaCy's default splits hyphens only
    between two letters. A hyphen left hanging by a stray space ("the Russia-
    Ukraine crisis", "the Russia -Ukraine war") is split off the name too.
    """
    import spacy
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
    nlp = spacy.blank("en")
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Z]\.)-(?=[a-z])", r"(?<=[A-Z]{2})-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes) + [r"(?<=[A-Za-z])-"]).search
    nlp.tokenizer.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + [r"-(?=[A-Z])"]).search
    # wire snippets are cut mid-sentence: "clashes between U.S..." must keep "U.S." whole
    from spacy.symbols import ORTH
    for abbr in ("U.S.", "U.N.", "U.K.", "E.U.", "U.A.E.", "U.S.S.R."):
        nlp.tokenizer.add_special_case(abbr + "..", [{ORTH: abbr}, {ORTH: ".."}])
    # spaCy caches the tokenization of at most 10,000 distinct chunks and stops caching when full;
    # the gazetteer's 25,000 phrases alone fill that, which made every later text ten times slower
    nlp.tokenizer.max_cache_size = MAX_CACHE
    return nlp


MAX_CACHE = 200_000


def flush_cache(nlp) -> None:
    """Empty the tokenizer cache (after tokenizing dictionary phrases, so corpus words get the room)."""
    nlp.tokenizer._flush_cache()


def textblob_dir() -> str:
    """Folder of the installed textblob package, found without importing it."""
    import importlib.util
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("textblob is not installed: pip install -r requirements.txt")
    return list(spec.submodule_search_locations)[0]


@lru_cache(maxsize=1)
def pattern_sentiment():
    """
    TextBlob's default sentiment analyser (``textblob.en.sentiment``), loaded without NLTK.

    ``TextBlob(text).sentiment.polarity`` is ``textblob.en.sentiment(text)[0]``;
    but ``import textblob`` first imports NLTK and SciPy (1-2 s a process),
    which the analyser never uses. Its two modules are loaded here under a
    stand-in parent package that is removed again at once, so a later
    ``import textblob`` in the same process loads the real package as usual.
    Same code, same lexicon file, same numbers.
    """
    import sys
    import types
    if "textblob" in sys.modules:  # already paid for
        from textblob.en import sentiment
        return sentiment
    names = ("textblob", "textblob._text", "textblob.en")
    stub = types.ModuleType("textblob")
    stub.__path__ = [textblob_dir()]
    sys.modules["textblob"] = stub
    try:
        from textblob.en import sentiment
    finally:
        for n in names:
            sys.modules.pop(n, None)
    return sentiment
