"""
Run: the main job on the bundled teaching corpus (``python -m helpers run``).

Analyses ``data/corpus/briefs.jsonl``, draws every figure with the bundled
milestones, scores the run against the bundled gold labels, and writes a
Markdown report, all into one output folder (``outputs/`` by default).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pandas as pd

from ._paths import CORPUS, GOLD, MILESTONES
from .pipeline import analyze
from .report import write_report

__all__ = ["run_main_job", "MAIN_DYADS"]

#: The dyads the teaching corpus was written around.
MAIN_DYADS = "ISR-MAR,DZA-MAR,ARE-ISR,EGY-ISR,CHN-USA,RUS-UKR"


def run_main_job(out: str = "outputs", *, log: Callable[[str], None] = print, **kwargs) -> dict:
    """
    Run the bundled corpus end to end and return the manifest.

    Writes the seven tables, figures/, manifest.json, metrics.json and report.md
    to ``out``. Keyword arguments go to :func:`helpers.pipeline.analyze`.
    """
    out = Path(out)
    kwargs.setdefault("dyads", None)
    if not kwargs.get("dyads"):
        kwargs["dyads"] = MAIN_DYADS
    log("step 1/3: load -> segment -> actors -> stance -> relations -> figures")
    m = analyze([CORPUS], out, corpus_label="bundled teaching corpus (data/corpus/briefs.jsonl)",
                milestones=MILESTONES, **kwargs)
    log(f"  {m['articles']} articles, {m['rejects']} rejects, {m['duplicates']} duplicates; "
        f"{m['tables']['dyad_events']} dyad events; {len(m['figures'])} figures")
    log("step 2/3: validation against the bundled gold labels")
    metrics = None
    if GOLD.exists():
        from .validate import score_run
        tables = {n: pd.read_parquet(out / f"{n}.parquet") for n in
                  ("articles", "sentences", "mentions", "dyad_events", "article_dyads")}
        metrics = score_run(GOLD, tables, out)
        (out / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
        log(f"  stance accuracy {metrics['stance_accuracy']:.3f} (TextBlob "
            f"{metrics['methods']['textblob']['accuracy']:.3f}, VADER {metrics['methods']['vader']['accuracy']:.3f}); "
            f"actor recall {metrics['actor_recall']:.3f}")
    log("step 3/3: report")
    from .relations import parse_dyads
    write_report(out, m, pd.read_parquet(out / "relations.parquet"),
                 pd.read_parquet(out / "article_dyads.parquet"), parse_dyads(kwargs["dyads"]), metrics)
    log(f"  wrote {out / 'report.md'}")
    return m
