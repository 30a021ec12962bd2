"""
Fit: re-fit the stance score weights on the bundled gold labels.

``python -m helpers fit-weights [--out DIR]`` runs the bundled corpus, fits
(cue, vader, textblob) and the no-cue VADER factor on the gold pairs
(:func:`helpers.validate.fit_from_gold`) and writes ``data/lexicon/weights.json``.
The weights in the repository were made this way; re-run it after changing
the lexicon or the gold.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pandas as pd

from ._paths import CORPUS, DATA, GOLD

__all__ = ["refit"]


def refit(out: str | None = None) -> dict:
    """Run the bundled corpus, fit the weights on the bundled gold and write weights.json."""
    from .pipeline import analyze
    from .validate import fit_from_gold
    folder = Path(out or tempfile.mkdtemp(prefix="dyadkit-fit-"))
    analyze([CORPUS], folder, figures=False)
    w = fit_from_gold(GOLD, {"dyad_events": pd.read_parquet(folder / "dyad_events.parquet")})
    doc = {"weights": {k: w[k] for k in ("cue", "vader", "textblob", "no_cue_vader")},
           "fitted_on": "data/gold/briefs_gold.jsonl",
           "n_pairs_with_cue": w["n_pairs"], "n_pairs_without_cue": w["n_no_cue_pairs"],
           "train_accuracy": w["train_accuracy"],
           "method": "grid search (step 0.05) over weights summing to 1, maximising accuracy on cooperative/"
                     "hostile gold pairs that have a cued sentence (ties to the larger cue weight); "
                     "no_cue_vader chosen among 0, 0.25, 0.5, 1 by three-class macro-F1 on pairs without a cue",
           "refit": "python -m helpers fit-weights"}
    (DATA / "lexicon" / "weights.json").write_text(json.dumps(doc, indent=2) + "\n")
    return doc
