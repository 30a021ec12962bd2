"""
Synthetic: generate a corpus of distinct, realistic news briefs for tests and benchmarks.

Each brief is assembled from sentence templates (actors, cues, places, dates
and filler drawn with a seeded random generator), so a corpus of any size has
no two identical texts, realistic sentence lengths and a realistic share of
sentences naming two states. Nothing here is real reporting.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["make_corpus", "write_jsonl"]

_STATES = [("Morocco", "Moroccan", "Rabat"), ("Algeria", "Algerian", "Algiers"), ("Israel", "Israeli", "Jerusalem"),
           ("Egypt", "Egyptian", "Cairo"), ("the United Arab Emirates", "Emirati", "Abu Dhabi"),
           ("China", "Chinese", "Beijing"), ("the United States", "American", "Washington"),
           ("Russia", "Russian", "Moscow"), ("Ukraine", "Ukrainian", "Kyiv"), ("Spain", "Spanish", "Madrid"),
           ("France", "French", "Paris"), ("Turkey", "Turkish", "Ankara"), ("Greece", "Greek", "Athens"),
           ("India", "Indian", "New Delhi"), ("Pakistan", "Pakistani", "Islamabad"), ("Japan", "Japanese", "Tokyo")]
_ACTS = ["signed a trade agreement with", "accused", "held talks with", "condemned", "praised",
         "threatened", "sent humanitarian aid to", "recalled its ambassador from", "welcomed a delegation from",
         "imposed sanctions on", "agreed to resume flights to", "criticised", "hosted the foreign minister of",
         "rejected a proposal from", "expelled two diplomats from", "signed a defence memorandum with"]
_FILLER = ["Officials said the talks covered energy, water and migration.",
           "Analysts expect the issue to return at the next regional summit.",
           "The statement was published late in the evening on the ministry's website.",
           "Local newspapers devoted their front pages to the story.",
           "Markets showed little reaction to the announcement.",
           "A spokesperson declined to give further details.",
           "The decision follows several months of quiet negotiations.",
           "Opposition parties asked the government to explain its position in parliament.",
           "Trade between the two economies grew last year, according to customs data.",
           "Observers said the move could shape the region's diplomacy for years."]
_WORDS = ("port grain pipeline border fishing tourism railway solar drought vaccine students pilgrims "
          "container tariff wheat phosphate desalination cyber election refinery textile").split()


def make_corpus(n: int, *, seed: int = 0, start: str = "2019-01-01", end: str = "2024-12-31") -> pd.DataFrame:
    """
    Return ``n`` distinct synthetic articles (article_id, date, source, title, text, url).

    >>> df = make_corpus(3, seed=1)
    >>> list(df.columns), df["text"].nunique()
    (['article_id', 'date', 'source', 'title', 'text', 'url'], 3)
    """
    rng = np.random.default_rng(seed)
    days = (pd.Timestamp(end) - pd.Timestamp(start)).days
    rows = []
    for i in range(n):
        k = rng.choice(len(_STATES), 2, replace=False)
        a, b = _STATES[k[0]], _STATES[k[1]]
        act = _ACTS[rng.integers(len(_ACTS))]
        topic = " and ".join(rng.choice(_WORDS, 2, replace=False))
        sents = [f"{a[0][0].upper() + a[0][1:]} {act} {b[0]} on {['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][i % 5]}, "
                 f"in a move linked to {topic} (item {i}).",
                 f"The {a[1]} foreign minister told reporters in {a[2]} that {b[2]} had been informed.",
                 *rng.choice(_FILLER, int(rng.integers(2, 5)), replace=False).tolist(),
                 f"{b[1]} officials said they would respond to the {topic} question {['soon', 'next week', 'after consultations'][i % 3]}."]
        date = pd.Timestamp(start) + pd.Timedelta(days=int(rng.integers(days)))
        rows.append({"article_id": f"syn{i:07d}", "date": date.strftime("%Y-%m-%d"),
                     "source": ["Synthetic Wire", "Model Gazette", "Test Dispatch"][i % 3],
                     "title": f"{a[0].replace('the ', '').title()} and {b[0].replace('the ', '').title()}: {topic}",
                     "text": " ".join(sents), "url": f"https://example.org/syn/{i}"})
    return pd.DataFrame(rows)


def write_jsonl(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a frame as JSONL (one article a line) and return the path."""
    path = Path(path)
    with open(path, "w", encoding="utf-8") as fh:
        for rec in df.to_dict(orient="records"):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path
