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
# background sentences are assembled from four independent parts (20 x 20 x 20 x 12 combinations),
# so two unrelated briefs rarely share a sentence: a corpus of distinct stories, not of near-copies
_F_SUBJ = ["Officials in the capital", "A senior diplomat", "Two members of parliament", "The trade ministry",
           "A government spokesperson", "Business leaders", "Several analysts", "The central bank",
           "Opposition politicians", "A regional governor", "Local newspapers", "Union representatives",
           "Port authorities", "Farm groups", "A former ambassador", "University researchers",
           "Energy executives", "Human rights groups", "The national airline", "Customs officers"]
_F_VERB = ["said on condition of anonymity that", "told a radio station that", "wrote in a column that",
           "argued at a press briefing that", "noted in a written statement that", "warned in an interview that",
           "suggested during a panel debate that", "confirmed late on Sunday that", "estimated in a report that",
           "complained at a rally that", "insisted before a committee that", "posted online that",
           "predicted at a conference that", "admitted privately that", "repeated on television that",
           "explained to foreign journalists that", "hinted in a speech that", "acknowledged in a memo that",
           "stressed in a briefing note that", "told a business forum that"]
_F_CLAIM = ["shipping costs had doubled", "the harvest would be smaller than planned",
            "a new railway link was still years away", "tourist arrivals had recovered",
            "water reserves were at a ten-year low", "fuel subsidies would be reviewed",
            "the budget deficit had narrowed", "several contracts were under review",
            "youth unemployment remained stubbornly high", "the census results were delayed",
            "phosphate exports had slowed", "a cyber attack had hit a ministry server",
            "wheat imports were rising", "the solar plant would open in spring",
            "hospital staff were threatening to strike", "the local elections could be postponed",
            "the refinery needed urgent repairs", "textile orders had fallen sharply",
            "pilgrim numbers were expected to grow", "desalination plants were running at capacity"]
_F_CODA = ["without giving figures", "citing internal estimates", "according to people at the meeting",
           "in remarks reported by state media", "a claim others disputed", "before leaving for the airport",
           "as prices kept climbing", "amid a heatwave", "after weeks of silence", "to general surprise",
           "in the first such comment this year", "while urging patience"]


def _filler(rng, n: int) -> list[str]:
    out = []
    for _ in range(n):
        parts = (rng.choice(_F_SUBJ), rng.choice(_F_VERB), rng.choice(_F_CLAIM), rng.choice(_F_CODA))
        out.append(f"{parts[0]} {parts[1]} {parts[2]}, {parts[3]}.")
    return out


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
                 *_filler(rng, int(rng.integers(2, 5))),
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
