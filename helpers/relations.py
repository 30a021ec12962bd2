"""
Relations: article_dyads -> relations (per dyad and period, with bootstrap intervals).

The score of a period is the mean of its *article* scores, so one long article
does not outweigh many short ones; the interval comes from resampling articles
(not sentences), because sentences of one article are not independent.
Periods without coverage are kept as explicit gaps (n_articles 0, score NaN),
never interpolated.
"""
from __future__ import annotations

import hashlib
import re

import numpy as np
import pandas as pd

__all__ = ["relations", "directed_relations", "directed_relations_parquet", "evidence", "smooth", "parse_dyads",
           "RELATION_COLUMNS", "N_BOOT", "FREQS", "period_start", "methods_series"]

RELATION_COLUMNS = ["country_a", "country_b", "period", "n_articles", "n_sentences", "score",
                    "ci_low", "ci_high"]
#: Bootstrap resamples per period.
N_BOOT = 2000
#: Period codes accepted by ``--freq`` and their pandas offsets.
FREQS = {"D": "D", "W": "W-MON", "M": "MS", "Q": "QS", "Y": "YS"}


def parse_dyads(spec: str | list[str] | None) -> list[tuple[str, str]] | None:
    """
    Parse "ISR-MAR,DZA-MAR" (or a list of such strings) into sorted code pairs.

    >>> parse_dyads("MAR-ISR, DZA-MAR")
    [('ISR', 'MAR'), ('DZA', 'MAR')]
    """
    if spec is None or spec == "" or spec == []:
        return None
    items = spec.split(",") if isinstance(spec, str) else list(spec)
    out = []
    for item in items:
        parts = [p.strip().upper() for p in str(item).strip().split("-") if p.strip()]
        if len(parts) != 2 or parts[0] == parts[1]:
            raise ValueError(f"a dyad is two different codes joined by '-', e.g. ISR-MAR; got {item!r}")
        out.append(tuple(sorted(parts)))
    return out


def period_start(dates: pd.Series, freq: str) -> pd.Series:
    """Return the first day of each date's period (D, W (Mondays), M, Q, Y)."""
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}; got {freq!r}")
    d = pd.to_datetime(dates)
    if freq == "W":
        return (d - pd.to_timedelta(d.dt.weekday, unit="D")).dt.normalize()
    code = {"D": "D", "M": "M", "Q": "Q", "Y": "Y"}[freq]
    return d.dt.to_period(code).dt.start_time


def _seed(*parts) -> int:
    return int.from_bytes(hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).digest(), "little")


def _bootstrap(values: np.ndarray, n_boot: int, seed: int) -> tuple[float, float]:
    n = len(values)
    if n == 0:
        return np.nan, np.nan
    if n == 1:
        return -1.0, 1.0  # one article says nothing about spread: the widest interval
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_boot, n))
    means = values[idx].mean(axis=1)
    lo, hi = np.percentile(means, [2.5, 97.5])
    return float(lo), float(hi)


def _filter(df: pd.DataFrame, dyads, start, end, sources, articles) -> pd.DataFrame:
    if dyads:
        keys = {f"{a}-{b}" for a, b in dyads}
        df = df[(df["country_a"] + "-" + df["country_b"]).isin(keys)]
    if start is not None:
        df = df[df["date"] >= pd.Timestamp(start)]
    if end is not None:
        df = df[df["date"] <= pd.Timestamp(end)]
    if sources:
        if articles is None or "source" not in articles:
            raise ValueError("filtering by source needs the articles table")
        keep = set(articles.loc[articles["source"].isin(sources), "article_id"])
        df = df[df["article_id"].isin(keep)]
    return df


def relations(article_dyads: pd.DataFrame, *, freq: str = "M", n_boot: int = N_BOOT,
              dyads: list[tuple[str, str]] | None = None, start=None, end=None,
              min_articles: int = 1, sources: list[str] | None = None,
              articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """
    Aggregate article pair scores into a time series per dyad, with intervals.

    Parameters
    ----------
    article_dyads : DataFrame
        article_id, date, country_a, country_b, score, n_sentences.
    freq : {"D", "W", "M", "Q", "Y"}, default "M"
        Period length (weeks start on Monday).
    n_boot : int, default N_BOOT (2000)
        Bootstrap resamples of the period's articles, with a seed fixed per
        dyad and period (the same interval whatever else is in the table).
    dyads : list of (code, code), optional
        Keep only these pairs (see :func:`parse_dyads`).
    start, end : date-like, optional
        Keep articles within these dates (inclusive).
    min_articles : int, default 1
        Periods with fewer articles keep their counts but get a NaN score.
    sources : list of str, optional
        Keep only articles from these outlets (needs ``articles``).

    Returns
    -------
    DataFrame
        relations: country_a, country_b, period (first day), n_articles,
        n_sentences, score, ci_low, ci_high, plus period_label and ci_note.
        Every period between a dyad's first and last article is present; a
        period without articles has n_articles 0 and NaN score.

    Examples
    --------
    >>> ad = pd.DataFrame({"article_id": ["a", "b", "c"], "country_a": "ISR", "country_b": "MAR",
    ...     "date": pd.to_datetime(["2021-01-05", "2021-01-20", "2021-03-02"]),
    ...     "score": [0.5, 0.3, -0.2], "n_sentences": [2, 1, 1]})
    >>> relations(ad)[["period_label", "n_articles", "score", "ci_note"]]
      period_label  n_articles  score         ci_note
    0      2021-01           2    0.4       bootstrap
    1      2021-02           0    NaN     no coverage
    2      2021-03           1   -0.2  single article
    """
    cols = RELATION_COLUMNS + ["period_label", "ci_note"]
    ad = _filter(article_dyads, dyads, start, end, sources, articles) if len(article_dyads) else article_dyads
    if ad is None or not len(ad):
        return pd.DataFrame({c: pd.Series(dtype="float64" if c in ("score", "ci_low", "ci_high") else "object")
                             for c in cols})
    ad = ad.assign(period=period_start(ad["date"], freq))
    # one vectorised pass to per-article means, then plain Python per dyad and period
    # (a pandas groupby per dyad-period costs ~0.3 ms each, and big corpora have tens of thousands)
    per_art = (ad.groupby(["country_a", "country_b", "period", "article_id"], sort=True)
               .agg(score=("score", "mean"), nsent=("n_sentences", "sum")).reset_index())
    cells: dict = {}
    for a, b, p, sc, ns in zip(per_art["country_a"], per_art["country_b"], per_art["period"],
                               per_art["score"], per_art["nsent"]):
        cell = cells.setdefault((a, b), {}).setdefault(p, ([], [0]))
        cell[0].append(float(sc))
        cell[1][0] += int(ns)
    rows = []
    for (a, b) in sorted(cells):
        by = cells[(a, b)]
        lo_p, hi_p = min(by), max(by)
        full = pd.date_range(lo_p, hi_p, freq="7D" if freq == "W" else FREQS[freq])
        for p in full:
            cell = by.get(p)
            if cell is None:
                rows.append((a, b, p, 0, 0, np.nan, np.nan, np.nan, "no coverage"))
                continue
            scores = np.asarray(cell[0], dtype=float)
            n, nsent = len(scores), cell[1][0]
            if n < min_articles:
                rows.append((a, b, p, n, nsent, np.nan, np.nan, np.nan, f"fewer than {min_articles} articles"))
                continue
            lo, hi = _bootstrap(scores, n_boot, _seed(a, b, p.date(), freq))
            note = "single article" if n == 1 else "bootstrap"
            rows.append((a, b, p, n, nsent, round(float(scores.mean()), 4), round(lo, 4), round(hi, 4), note))
    df = pd.DataFrame(rows, columns=RELATION_COLUMNS + ["ci_note"])
    df["period"] = pd.to_datetime(df["period"]).astype("datetime64[ns]")
    df["period_label"] = _labels(df["period"], freq)
    df = df.astype({"n_articles": "int64", "n_sentences": "int64", "score": "float64",
                    "ci_low": "float64", "ci_high": "float64"})
    return df[cols].sort_values(["country_a", "country_b", "period"], ignore_index=True)


def _labels(periods: pd.Series, freq: str) -> pd.Series:
    p = pd.to_datetime(periods)
    if freq == "M":
        return p.dt.strftime("%Y-%m")
    if freq == "Q":
        return p.dt.year.astype(str) + "-Q" + p.dt.quarter.astype(str)
    if freq == "Y":
        return p.dt.strftime("%Y")
    if freq == "W":
        return p.dt.strftime("%Y-%m-%d (week)")
    return p.dt.strftime("%Y-%m-%d")


def directed_relations(dyad_events: pd.DataFrame, *, freq: str = "M",
                       dyads: list[tuple[str, str]] | None = None) -> pd.DataFrame:
    """
    Aggregate the directed view: what A says or does to B, and B to A, per period.

    Only sentences with a cue count (a neutral co-mention has no direction).

    Returns
    -------
    DataFrame
        source, target, period, period_label, n_articles, n_sentences, score
        (mean of the article means of cued sentence scores).
    """
    cols = ["source", "target", "period", "period_label", "n_articles", "n_sentences", "score"]
    ev = dyad_events[dyad_events["event_class"] != "neutral"] if len(dyad_events) else dyad_events
    if dyads and len(ev):
        keys = {tuple(sorted(d)) for d in dyads}
        ev = ev[[tuple(sorted((s, t))) in keys for s, t in zip(ev["source"], ev["target"])]]
    if ev is None or not len(ev):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    ev = ev.assign(period=period_start(ev["date"], freq))
    art = ev.groupby(["source", "target", "period", "article_id"], sort=True).agg(
        score=("score", "mean"), n=("sentence_id", "nunique")).reset_index()
    out = art.groupby(["source", "target", "period"], sort=True).agg(
        n_articles=("article_id", "nunique"), n_sentences=("n", "sum"), score=("score", "mean")).reset_index()
    out["score"] = out["score"].round(4)
    out["period_label"] = _labels(out["period"], freq)
    return out[cols]


_TRUNC = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


def directed_relations_parquet(path: str, *, freq: str = "M",
                               dyads: list[tuple[str, str]] | None = None) -> pd.DataFrame:
    """
    The same as :func:`directed_relations`, computed by DuckDB over a dyad_events Parquet file.

    Only the aggregated rows come back into pandas, so a run with hundreds of
    millions of sentence events does not have to fit in memory. Weeks start on
    Monday, as in :func:`period_start`.
    """
    import duckdb
    if freq not in _TRUNC:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}; got {freq!r}")
    where = "event_class <> 'neutral'"
    params: list = [str(path)]
    if dyads:
        keys = [f"{a}-{b}" for a, b in dyads]
        where += (" AND (CASE WHEN source < target THEN source || '-' || target ELSE target || '-' || source END)"
                  f" IN ({', '.join('?' for _ in keys)})")
        params += keys
    sql = f"""
        WITH e AS (SELECT source, target, article_id, sentence_id, score,
                          CAST(date_trunc('{_TRUNC[freq]}', CAST(date AS TIMESTAMP)) AS TIMESTAMP) AS period
                   FROM read_parquet(?) WHERE {where}),
             a AS (SELECT source, target, period, article_id, avg(score) AS score,
                          count(DISTINCT sentence_id) AS n FROM e GROUP BY ALL)
        SELECT source, target, period, count(DISTINCT article_id) AS n_articles,
               CAST(sum(n) AS BIGINT) AS n_sentences, round(avg(score), 4) AS score
        FROM a GROUP BY ALL ORDER BY source, target, period"""
    con = duckdb.connect()
    # one thread: a parallel avg() sums floats in a varying order, and the rounded score of a period
    # could then differ in its last digit from run to run (a published chart must reproduce exactly)
    con.execute("SET threads TO 1")
    try:
        out = con.execute(sql, params).df()
    finally:
        con.close()
    out["period"] = pd.to_datetime(out["period"]).astype("datetime64[ns]")
    out["period_label"] = _labels(out["period"], freq)
    return out[["source", "target", "period", "period_label", "n_articles", "n_sentences", "score"]]


def smooth(rel: pd.DataFrame, *, window: int = 3) -> pd.DataFrame:
    """
    Add ``score_smooth``: a trailing mean over ``window`` periods, per dyad.

    Gaps stay gaps: a period with no coverage gets no smoothed value of its
    own, and the mean of a window uses only the periods that have a score.
    """
    rel = rel.copy()
    rel["score_smooth"] = (rel.groupby(["country_a", "country_b"])["score"]
                           .transform(lambda s: s.rolling(window, min_periods=1).mean()))
    rel.loc[rel["score"].isna(), "score_smooth"] = np.nan
    return rel


def _freq_of(row) -> str:
    """The period length of a relations row, read from its period_label."""
    label = str(row.get("period_label", "")) if hasattr(row, "get") else ""
    if "(week)" in label:
        return "W"
    if re.fullmatch(r"\d{4}-Q\d", label):
        return "Q"
    if re.fullmatch(r"\d{4}", label):
        return "Y"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", label):
        return "D"
    return "M"


def evidence(row: pd.Series | dict, dyad_events: pd.DataFrame, *, freq: str | None = None,
             article_dyads: pd.DataFrame | None = None) -> pd.DataFrame:
    """
    Return the sentences behind one point of a chart (one row of ``relations``).

    Parameters
    ----------
    row : Series or dict
        A row of relations: country_a, country_b, period.
    dyad_events : DataFrame
        The run's dyad_events.
    freq : str, optional
        The period length the relations were built with; read from the row's
        ``period_label`` when not given.
    article_dyads : DataFrame, optional
        The run's article_dyads: adds ``n_copies`` and ``sources`` (the outlets
        that carried each story), and one row for each article whose pair
        score came from the passages about the pair (``basis == "article tone"``:
        no cue links the two states), from an alliance or a rivalry (``basis`` "allies" or "rivals"), a
        General Debate speaker and the UN (``basis == "speaker and the UN"``), a mediator and a state of
        its story (``basis == "mediator"``),
        that scored 0 because it names the two only side by side in a list (``basis == "listed
        together"``) or names one of them only as a place, a nationality or in a sports or market
        report (``basis == "no state act"``), so every article the point averages is listed.

    Returns
    -------
    DataFrame
        article_id, date, sentence_id, source, target, event_class, intensity,
        score, cue, sentence (and n_copies, sources); strongest cues first.
    """
    a, b = row["country_a"], row["country_b"]
    p = pd.Timestamp(row["period"])
    freq = freq or _freq_of(row)
    ev = dyad_events[((dyad_events["source"] == a) & (dyad_events["target"] == b)) |
                     ((dyad_events["source"] == b) & (dyad_events["target"] == a))] if len(dyad_events) else \
        dyad_events
    ev = ev[period_start(ev["date"], freq) == p] if len(ev) else ev
    cols = ["article_id", "date", "sentence_id", "source", "target", "event_class", "intensity",
            "score", "cue", "sentence"]
    if article_dyads is not None and len(article_dyads) and "basis" in article_dyads:
        tone = article_dyads[(article_dyads["country_a"] == a) & (article_dyads["country_b"] == b)]
        tone = tone[period_start(tone["date"], freq) == p]
        # every article the point averages: those scored without a cued sentence, and any other with no
        # sentence row here (so an article the point counts is never missing from its evidence)
        tone = tone[tone["basis"].isin(["article tone", "allies", "rivals", "listed together", "speaker and the UN",
                                         "mediator"])
                    | ~tone["article_id"].isin(set(ev["article_id"]))]
        if len(tone):
            why = np.select(
                [tone["basis"] == "allies", tone["basis"] == "rivals", tone["basis"] == "listed together",
                 tone["basis"] == "no state act", tone["basis"] == "article tone",
                 tone["basis"] == "speaker and the UN", tone["basis"] == "mediator"],
                ["(no cue links the two: allies on this date, data/actors/alliances.csv)",
                 "(no cue links the two: rivals on this date, data/actors/rivalries.csv)",
                 "(no cue links the two: named only side by side in a list or a comparison, scored 0)",
                 "(no state act: one of the two is named only as a place or a private person's nationality, "
                 "or the story is a sports or market report; scored 0)",
                 "(no cue links the two: score from the cues and tone of the headline and the "
                 "sentences naming either)",
                 "(no cue links the two: a General Debate speaker and the UN, a member's standing "
                 "cooperation)",
                 "(no cue links the two: one of them mediates in the story, a go-between standing well "
                 "with the parties)"],
                "(no cue links the two: score from the tone of the sentences naming both)")
            ev = pd.concat([ev, pd.DataFrame({
                "article_id": tone["article_id"], "date": tone["date"], "sentence_id": -1, "source": a,
                "target": b, "event_class": "neutral", "intensity": 0.0, "score": tone["score"],
                "cue": tone["cues"].fillna("") if "cues" in tone else "", "sentence": why})],
                ignore_index=True)
    if article_dyads is not None and len(article_dyads) and "n_copies" in article_dyads:
        # the reach of each story: how many outlets carried it, and which
        reach = article_dyads.drop_duplicates("article_id").set_index("article_id")
        ev = ev.assign(n_copies=ev["article_id"].map(reach["n_copies"]).fillna(1).astype("int64"))
        cols.append("n_copies")
        if "sources" in reach:
            ev = ev.assign(sources=ev["article_id"].map(reach["sources"]))
            cols.append("sources")
    return ev.assign(_k=-ev["intensity"].abs()).sort_values(
        ["_k", "article_id", "sentence_id"])[cols].reset_index(drop=True)


def methods_series(article_dyads: pd.DataFrame, dyad: tuple[str, str], *, freq: str = "M") -> pd.DataFrame:
    """Mean per period of the kit score, TextBlob polarity and VADER compound for one dyad."""
    a, b = sorted(dyad)
    ad = article_dyads[(article_dyads["country_a"] == a) & (article_dyads["country_b"] == b)]
    if not len(ad):
        return pd.DataFrame(columns=["period", "kit", "textblob", "vader", "n_articles"])
    ad = ad.assign(period=period_start(ad["date"], freq))
    out = ad.groupby("period").agg(kit=("score", "mean"), textblob=("textblob_polarity", "mean"),
                                   vader=("vader_compound", "mean"),
                                   n_articles=("article_id", "nunique")).reset_index()
    return out.round({"kit": 4, "textblob": 4, "vader": 4})
