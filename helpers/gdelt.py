"""
GDELT: event exports -> dyad_events and relations in the kit's own contract.

Reads GDELT 2.0 event exports (61 tab-separated columns, no header) and GDELT
1.0 daily files (57 or 58 columns), plain, .gz or .zip, telling them apart by
column count. Actor1/Actor2 country codes become source/target (CAMEO codes
mapped to ISO3 where they differ; regional codes such as AFR or EUR are kept
and flagged), QuadClass the event class, GoldsteinScale the intensity, AvgTone
and the mention/article counts are kept, SOURCEURL is the evidence.

Every row is accounted for: records_read = events + skipped (no second country
actor; same country both sides) + rejects (malformed rows, with line number).
"""
from __future__ import annotations

import gzip
import io
import json
import os
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

from .relations import parse_dyads, relations

__all__ = ["read_gdelt", "import_gdelt", "compare", "CAMEO_TO_ISO3", "QUAD", "GdeltFormatError", "gdelt_article_dyads"]

QUAD = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}
#: CAMEO country codes that differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO3 = {"ROM": "ROU", "TMP": "TLS", "KOS": "XKX", "ZAR": "COD", "SRB": "SRB", "MNE": "MNE",
                 "BUR": "MMR", "UK": "GBR", "PAL": "PSE", "WSB": "PSE", "GZS": "PSE", "BRM": "MMR",
                 "YUG": "SRB", "SCG": "SRB", "CZE": "CZE", "DRC": "COD", "VTN": "VNM", "ABW": "ABW"}
_LAYOUT = {
    61: {"version": "2.0", "url": 60, "added": 59},
    58: {"version": "1.0", "url": 57, "added": 56},
    57: {"version": "1.0", "url": None, "added": 56},
}
_COLS = {"id": 0, "date": 1, "a1": 7, "a1name": 6, "a2": 17, "a2name": 16, "root": 25, "code": 26,
         "quad": 29, "goldstein": 30, "mentions": 31, "sources": 32, "articles": 33, "tone": 34}
EVENT_COLUMNS = ["article_id", "date", "sentence_id", "source", "target", "event_class", "intensity",
                 "textblob_polarity", "vader_compound", "score", "cue", "sentence", "avg_tone",
                 "num_mentions", "num_articles", "source_regional", "target_regional", "gdelt_version"]


class GdeltFormatError(ValueError):
    """A file that is not a GDELT event export."""


def _iso3(code: str) -> tuple[str, bool]:
    import pycountry
    c = CAMEO_TO_ISO3.get(code, code)
    from .gazetteer import HISTORIC_CODES
    known = pycountry.countries.get(alpha_3=c) is not None or c in {"XKX", "PSE", "ESH"} | HISTORIC_CODES
    return c, not known


def _open_lines(path: Path):
    name = path.name.lower()
    if name.endswith(".zip"):
        zf = zipfile.ZipFile(path)
        members = sorted(i.filename for i in zf.infolist() if not i.is_dir())
        if not members:
            raise GdeltFormatError(f"{path} is an empty .zip archive")
        return io.TextIOWrapper(zf.open(members[0]), encoding="utf-8", errors="replace", newline="")
    if name.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace", newline="")
    return open(path, encoding="utf-8", errors="replace", newline="")


def _reexport_rows(fh, path: Path):
    """Rows of a GDELT 2.0 table re-exported as CSV with a header and a leading index column."""
    import csv
    reader = csv.reader(fh)
    header = next(reader, [])
    if len(header) < 62 or "global_event_id" not in header[1].lower():
        raise GdeltFormatError(f"{path.name} is not a re-exported GDELT 2.0 CSV: expected a header with an index "
                               "column, Global_Event_ID and 61 GDELT columns")
    for lineno, row in enumerate(reader, 2):
        yield lineno, row[1:62] if len(row) >= 62 else row[1:]


def read_gdelt(path: str | os.PathLike, *, reexport: bool = False) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """
    Read one GDELT event file into dyad_events rows.

    Returns
    -------
    events : DataFrame
        dyad_events contract (article_id = GLOBALEVENTID, intensity =
        GoldsteinScale, score = Goldstein / 10, cue = CAMEO EventCode,
        sentence = SOURCEURL) plus avg_tone, num_mentions, num_articles,
        source_regional, target_regional, gdelt_version.
    rejects : DataFrame
        source_file, locator, reason, excerpt.
    counts : dict
        records_read, events, skipped (by reason), rejects, version.

    Parameters
    ----------
    path : path
        A raw export (.CSV, .csv.gz, .zip).
    reexport : bool, default False
        Read a GDELT 2.0 table re-exported as comma-separated CSV with a header
        and a leading index column (as some analysis repositories publish it),
        mapping its columns back by position.

    Raises
    ------
    GdeltFormatError
        When the file has a header row, is comma-separated, or has a column
        count that is neither 61 (GDELT 2.0) nor 57/58 (GDELT 1.0).
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"GDELT file not found: {path}")
    rows, rejects = [], []
    skipped = {"no second country actor": 0, "same country both sides": 0}
    layout = None
    n = 0
    with _open_lines(path) as fh:
        if reexport:
            source = _reexport_rows(fh, path)
        else:
            source = ((i, l.rstrip("\r\n").split("\t")) for i, l in enumerate(fh, 1) if l.strip())
        for lineno, fields in source:
            line = "\t".join(fields)
            if layout is None:
                low = line.lower()
                if "globaleventid" in low or "global_event_id" in low or "sqldate" in low:
                    raise GdeltFormatError(
                        f"{path.name} has a header row: expected a raw GDELT export (tab-separated, no header, "
                        "61 columns for 2.0 or 57/58 for 1.0); for a re-exported CSV use --reexport")
                if len(fields) not in _LAYOUT:
                    sep = "commas" if line.count(",") > len(fields) else "tabs"
                    raise GdeltFormatError(
                        f"{path.name} does not look like a GDELT event export: found {len(fields)} "
                        f"{sep}-separated columns on line {lineno}, expected 61 (GDELT 2.0) or 57/58 (GDELT 1.0) "
                        "tab-separated columns")
                layout = _LAYOUT[len(fields)]
                ncols = len(fields)
            n += 1
            if len(fields) != ncols:
                rejects.append({"source_file": str(path), "locator": f"line {lineno}",
                                "reason": f"malformed row: {len(fields)} columns where the file has {ncols}",
                                "excerpt": line[:200]})
                continue
            try:
                date = pd.to_datetime(fields[_COLS["date"]], format="%Y%m%d")
                gold = float(fields[_COLS["goldstein"]])
                quad = int(fields[_COLS["quad"]])
                tone = float(fields[_COLS["tone"]]) if fields[_COLS["tone"]] else np.nan
            except (ValueError, TypeError):
                rejects.append({"source_file": str(path), "locator": f"line {lineno}",
                                "reason": "malformed row: unparseable date, QuadClass or GoldsteinScale",
                                "excerpt": line[:200]})
                continue
            a1, a2 = fields[_COLS["a1"]].strip(), fields[_COLS["a2"]].strip()
            if not a1 or not a2:
                skipped["no second country actor"] += 1
                continue
            s, s_reg = _iso3(a1)
            t, t_reg = _iso3(a2)
            if s == t:
                skipped["same country both sides"] += 1
                continue
            url = fields[layout["url"]] if layout["url"] is not None else ""
            rows.append({"article_id": f"gdelt-{fields[_COLS['id']]}", "date": date, "sentence_id": 0,
                         "source": s, "target": t, "event_class": QUAD.get(quad, "neutral"),
                         "intensity": gold, "textblob_polarity": np.nan, "vader_compound": np.nan,
                         "score": round(gold / 10.0, 4), "cue": fields[_COLS["code"]], "sentence": url,
                         "avg_tone": tone, "num_mentions": int(fields[_COLS["mentions"]] or 0),
                         "num_articles": int(fields[_COLS["articles"]] or 0),
                         "source_regional": s_reg, "target_regional": t_reg,
                         "gdelt_version": layout["version"]})
    events = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    events["date"] = pd.to_datetime(events["date"]).astype("datetime64[ns]")
    rej = pd.DataFrame(rejects, columns=["source_file", "locator", "reason", "excerpt"])
    counts = {"records_read": n, "events": len(events), "skipped": sum(skipped.values()),
              "skipped_by_reason": skipped, "rejects": len(rej),
              "version": layout["version"] if layout else None}
    assert counts["records_read"] == counts["events"] + counts["skipped"] + counts["rejects"]
    return events, rej, counts


def gdelt_article_dyads(events: pd.DataFrame) -> pd.DataFrame:
    """One row per GDELT event and unordered pair, shaped like article_dyads (score = Goldstein / 10)."""
    a = np.where(events["source"] < events["target"], events["source"], events["target"])
    b = np.where(events["source"] < events["target"], events["target"], events["source"])
    return pd.DataFrame({"article_id": events["article_id"], "date": events["date"], "country_a": a,
                         "country_b": b, "score": events["score"], "n_sentences": 1,
                         "avg_tone": events["avg_tone"], "num_articles": events["num_articles"]})


def _guess_freq(periods: pd.Series) -> str:
    p = pd.to_datetime(periods)
    if (p.dt.month == 1).all() and (p.dt.day == 1).all():
        return "Y"
    if (p.dt.day == 1).all():
        return "Q" if p.dt.month.isin([1, 4, 7, 10]).all() and len(p) > 1 and \
            (p.sort_values().diff().dropna().dt.days >= 89).all() else "M"
    return "D"


def compare(kit_relations: pd.DataFrame, gdelt_relations: pd.DataFrame,
            kit_article_dyads: pd.DataFrame | None = None) -> tuple[pd.DataFrame, dict]:
    """
    Put GDELT's Goldstein and AvgTone beside the kit's scores, dyad by dyad and period by period.

    Parameters
    ----------
    kit_relations : DataFrame
        relations of a kit run (country_a, country_b, period, score, n_articles).
    kit_article_dyads : DataFrame, optional
        the run's article_dyads: adds the mean VADER and TextBlob tone per
        dyad-period (``kit_vader``, ``kit_textblob``) beside the kit score.
    gdelt_relations : DataFrame
        relations written by :func:`import_gdelt` (score = mean Goldstein / 10, avg_tone).

    Returns
    -------
    table : DataFrame
        dyad, period, kit_score, kit_articles, gdelt_goldstein (mean, -10..10), gdelt_tone, gdelt_events,
        for the dyad-periods where both have data.
    correlation : dict
        Pearson correlations of the kit score with Goldstein and with AvgTone, and ``n`` (None when n < 3).
    """
    k = kit_relations[kit_relations["n_articles"] > 0][["country_a", "country_b", "period", "score", "n_articles"]]
    if kit_article_dyads is not None and len(kit_article_dyads):
        from .relations import period_start
        freq = _guess_freq(k["period"])
        tones = kit_article_dyads.assign(period=period_start(kit_article_dyads["date"], freq)).groupby(
            ["country_a", "country_b", "period"]).agg(kit_vader=("vader_compound", "mean"),
                                                      kit_textblob=("textblob_polarity", "mean")).reset_index()
        k = k.merge(tones, on=["country_a", "country_b", "period"], how="left")
    g = gdelt_relations[gdelt_relations["n_articles"] > 0][["country_a", "country_b", "period", "score",
                                                           "avg_tone", "n_articles"]]
    t = k.merge(g, on=["country_a", "country_b", "period"], suffixes=("_kit", "_gdelt"))
    t = t.assign(dyad=t["country_a"] + "-" + t["country_b"], gdelt_goldstein=(t["score_gdelt"] * 10).round(3))
    t = t.rename(columns={"score_kit": "kit_score", "n_articles_kit": "kit_articles",
                          "avg_tone": "gdelt_tone", "n_articles_gdelt": "gdelt_events"})
    cols = ["dyad", "period", "kit_score", "kit_articles"] + [c for c in ("kit_vader", "kit_textblob") if c in t] + [
        "gdelt_goldstein", "gdelt_tone", "gdelt_events"]
    t = t[cols].round({"kit_vader": 4, "kit_textblob": 4})
    t = t.sort_values(["dyad", "period"], ignore_index=True)
    corr = {"n": int(len(t)), "kit_vs_goldstein": None, "kit_vs_tone": None}
    if len(t) >= 3:
        corr["kit_vs_goldstein"] = round(float(t["kit_score"].corr(t["gdelt_goldstein"])), 3)
        corr["kit_vs_tone"] = round(float(t["kit_score"].corr(t["gdelt_tone"])), 3)
    return t, corr


def import_gdelt(files: list[str], out: str | os.PathLike, *, freq: str = "M", dyads=None,
                 reexport: bool = False) -> dict:
    """
    Import GDELT event files and write dyad_events, rejects, relations and a manifest.

    ``relations`` carries the kit's columns (score = mean Goldstein / 10 over
    events, bootstrap interval over events) plus ``avg_tone`` (mean AvgTone)
    and ``n_source_articles`` (sum of NumArticles), so GDELT can be charted
    beside the kit's own reading of text.
    """
    from .load import _sha256
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    evs, rejs, per_file = [], [], []
    for f in files:
        e, r, c = read_gdelt(f, reexport=reexport)
        evs.append(e)
        rejs.append(r)
        per_file.append({"path": str(f), "sha256": _sha256(Path(f)), **c})
    events = pd.concat(evs, ignore_index=True).sort_values(["date", "article_id"], ignore_index=True)
    rejects = pd.concat(rejs, ignore_index=True)
    ad = gdelt_article_dyads(events)
    dl = parse_dyads(dyads)
    rel = relations(ad, freq=freq, dyads=dl, n_boot=500)
    if len(rel):
        from .relations import period_start
        ad2 = ad.assign(period=period_start(ad["date"], freq))
        extra = ad2.groupby(["country_a", "country_b", "period"]).agg(
            avg_tone=("avg_tone", "mean"), n_source_articles=("num_articles", "sum")).reset_index()
        rel = rel.merge(extra, on=["country_a", "country_b", "period"], how="left")
    events.to_parquet(out / "dyad_events.parquet", index=False)
    rejects.to_parquet(out / "rejects.parquet", index=False)
    rel.to_parquet(out / "relations.parquet", index=False)
    skipped: dict = {}
    for c in per_file:
        for k, v in c["skipped_by_reason"].items():
            skipped[k] = skipped.get(k, 0) + v
    manifest = {"records_read": sum(c["records_read"] for c in per_file),
                "events": int(len(events)), "skipped": sum(skipped.values()), "skipped_by_reason": skipped,
                "rejects": int(len(rejects)),
                "regional_codes_flagged": int(events["source_regional"].sum() + events["target_regional"].sum()),
                "inputs": per_file, "parameters": {"freq": freq, "dyads": dyads}}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, default=str) + "\n")
    return manifest
