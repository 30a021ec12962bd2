"""
Teaching: small helpers that keep notebook cells to one or two lines.

Nothing here computes anything the pipeline modules do not; these functions
find the bundled files, build a deliberately messy folder to practise on, and
print tables compactly and deterministically (so nbval can compare them).
"""
from __future__ import annotations

import gzip
import json
import os
import zipfile
from pathlib import Path

import pandas as pd

from ._paths import CORPUS, SHARED

__all__ = ["corpus_inputs", "make_messy_folder", "SEED_ARTICLE", "table", "shared_corpus", "ungdc_subset"]

#: The scraped, machine-translated brief on Benny Gantz's visit to Rabat (24 November 2021).
SEED_ARTICLE = "b092"


def corpus_inputs(corpus: str | os.PathLike | list) -> list:
    """Turn a notebook's CORPUS parameter ("bundled", a path, or a list of paths) into load() inputs."""
    if corpus == "bundled":
        return [CORPUS]
    return list(corpus) if isinstance(corpus, (list, tuple)) else [corpus]


def table(df: pd.DataFrame, columns: list[str] | None = None, n: int = 10, width: int = 70) -> pd.DataFrame:
    """The first ``n`` rows of ``columns``, with long texts cut to ``width`` characters (for display)."""
    out = df[columns] if columns else df
    out = out.head(n).copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].map(lambda v: v if not isinstance(v, str) or len(v) <= width else v[:width - 1] + "…")
    return out.reset_index(drop=True)


def make_messy_folder(path: str | os.PathLike) -> Path:
    """
    Write a folder with one file of every input kind and every common fault, to practise on.

    Returns the folder. It holds JSONL with a broken line and a duplicate, a
    cp1252 CSV with a row missing its text, a Parquet file, a dated and an
    undated .txt file, an HTML page, an RSS feed, a gzipped JSONL, a .zip and a
    Word file the kit cannot read.
    """
    d = Path(path)
    d.mkdir(parents=True, exist_ok=True)
    body = ("Morocco and Israel signed an agreement on water technology in Rabat on Tuesday, "
            "the foreign ministry said.")
    lines = [json.dumps({"id": "m1", "published": "2022-03-01", "headline": "Water pact", "body": body}),
             '{"id": "m2", "published": "2022-03-02", "body": "broken line',
             json.dumps({"id": "m3", "published": "2022-03-03", "body": body}),
             json.dumps({"id": "m4", "published": "not a date", "body": "Algeria closed its airspace to Moroccan aircraft."}),
             json.dumps({"id": "m5", "published": "2022-03-05", "body": "Too short."})]
    (d / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "desk.csv").write_bytes(
        "id,headline,content,pubdate\n"
        "c1,Visite,\"Le ministre algérien des affaires étrangères a reçu son homologue tunisien à Alger.\",2022-04-01\n"
        "c2,No text,,2022-04-02\n".encode("cp1252"))
    pd.DataFrame({"id": ["p1"], "body": ["Egypt and Israel agreed to raise gas exports to Europe, "
                                         "officials in Cairo said on Wednesday."],
                  "published": ["2022-06-15"]}).to_parquet(d / "archive.parquet", index=False)
    (d / "2022-05-10 brief.txt").write_text("Ties restored\nThe United Arab Emirates and Israel held talks "
                                            "in Abu Dhabi on trade and tourism.\n", encoding="utf-8")
    (d / "undated note.txt").write_text("Notes\nRussia and Ukraine exchanged prisoners, both sides said.\n")
    (d / "page.html").write_text(
        "<html><head><title>Summit</title><meta property='article:published_time' content='2022-07-01'></head>"
        "<body><nav>Home | World | Subscribe</nav><article><h1>Summit</h1><p>China and the United States held "
        "talks in Bali, and both sides said the meeting was constructive.</p><p>READ MORE: markets rally</p>"
        "</article><footer>Cookies</footer></body></html>", encoding="utf-8")
    (d / "feed.xml").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire feed</title>"
        "<item><title>Talks</title><guid>f1</guid><pubDate>Fri, 08 Jul 2022 09:00:00 GMT</pubDate>"
        "<description>Spain and Morocco agreed to reopen the border crossings at Ceuta and Melilla.</description></item>"
        "<item><title>No date</title><guid>f2</guid><description>Greece and Turkey traded accusations "
        "over airspace violations in the Aegean.</description></item></channel></rss>", encoding="utf-8")
    with gzip.open(d / "old.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "published": "2021-08-24",
                             "body": "Algeria cut diplomatic ties with Morocco, accusing it of hostile acts."}) + "\n")
    with zipfile.ZipFile(d / "bundle.zip", "w") as zf:
        zf.writestr("inside.csv", "id,body,published\nz1,\"India and Pakistan agreed to respect the ceasefire "
                                  "along the Line of Control.\",2021-02-25\n")
    (d / "minutes.docx").write_bytes(b"PK\x03\x04 a Word file the kit does not read")
    return d


def shared_corpus(*parts: str) -> Path | None:
    """Path to a file of ../shared/corpora, or None when that folder is not there."""
    p = SHARED.joinpath(*parts)
    return p if p.exists() else None


def ungdc_subset(speakers: list[str], folder: str | os.PathLike) -> Path | None:
    """
    Write the UN General Debate speeches of some speakers to a CSV the loader reads.

    Reads ``../shared/corpora/ungdc/ungdc_subset.csv.gz`` (iso3, session, year,
    text) and keeps the rows of ``speakers``; returns None when the corpus is
    absent. A speech becomes an article dated 20 September of its year whose
    ``speaker`` is its country.
    """
    src = shared_corpus("ungdc", "ungdc_subset.csv.gz")
    if src is None:
        return None
    df = pd.read_csv(src)
    df = df[df["iso3"].isin(speakers)].sort_values(["iso3", "year"])
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "ungdc_speeches.csv"
    df.to_csv(path, index=False)
    return path


def ungdc_paragraphs(path: str | os.PathLike | None = None):
    """
    Yield the paragraphs of UN General Debate speeches as ``(iso3, year, index, text)``.

    Reads ``path`` (default ``../shared/corpora/ungdc/ungdc_subset.csv.gz``: iso3, session,
    year, text). A speech's paragraphs are its non-empty lines, numbered from 0 in file
    order; the paragraph numbers the UN printed at the head of older transcripts ("114.")
    stay in the text. Yields nothing when the corpus is absent.
    """
    import csv
    src = Path(path) if path is not None else shared_corpus("ungdc", "ungdc_subset.csv.gz")
    if src is None or not src.exists():
        return
    csv.field_size_limit(1 << 30)
    with gzip.open(src, "rt", encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            paras = [p.strip() for p in rec["text"].split("\n") if p.strip()]
            for i, para in enumerate(paras):
                yield rec["iso3"], int(rec["year"]), i, para


def ungdc_passages(refs, folder: str | os.PathLike, path: str | os.PathLike | None = None) -> Path | None:
    """
    Write chosen paragraphs of UN General Debate speeches as a JSONL corpus.

    ``refs`` holds ``(iso3, year, paragraph index)`` as :func:`ungdc_paragraphs` numbers them
    (the hand-labelled sets ``data/gold/ungdc_passages*.jsonl`` give them as ``speaker``,
    ``year`` and ``paragraph``). Each paragraph becomes one article
    ``ungdc-<ISO3>-<year>-p<index>`` with its speaker, so "we" and "my country" are the
    speaking state, dated by its year as the loader dates a speech. Returns the JSONL path,
    or None when the corpus is absent.

    >>> ungdc_passages(set(), "/tmp/x", path="/no/such/file.csv.gz") is None
    True
    """
    src = Path(path) if path is not None else shared_corpus("ungdc", "ungdc_subset.csv.gz")
    if src is None or not src.exists():
        return None
    refs = {(str(a), int(y), int(i)) for a, y, i in refs}
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    out = out / "ungdc_passages.jsonl"
    with open(out, "w", encoding="utf-8") as w:
        for iso3, year, i, para in ungdc_paragraphs(src):
            if (iso3, year, i) in refs:
                w.write(json.dumps({"article_id": f"ungdc-{iso3}-{year}-p{i}", "date": str(year),
                                    "speaker": iso3, "source": "UN General Debate", "title": "",
                                    "text": para}) + "\n")
    return out
