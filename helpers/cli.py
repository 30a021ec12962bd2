"""
Command line: arguments only; every command calls the step functions.

    python -m helpers run [--out DIR]
    python -m helpers analyze INPUT... --out DIR [--freq M] [--dyads ISR-MAR,DZA-MAR] [--workers N] [--csv]
    python -m helpers validate GOLD --articles INPUT... --out DIR
    python -m helpers codesheet INPUT... --out sheet.csv [--show-guess]
    python -m helpers kappa SHEET_A SHEET_B
    python -m helpers import-gdelt FILE... --out DIR
    python -m helpers actors "a sentence" [--date YYYY-MM-DD] [--speaker ISO3]
    python -m helpers stance "a sentence" [--date YYYY-MM-DD]
    python -m helpers query DIR "SQL"
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import importlib

_load = importlib.import_module(".load", __package__)  # the module, not the function helpers.load

LIMITS = (
    "Limits: a record (JSONL line, CSV field, text/HTML file) over --max-record-mb (default 32 MB) is "
    "rejected with its size; a .zip member over 4 GB is rejected; texts under --min-chars (default 40) "
    "are rejected; symbolic links to folders are never followed and links to files outside an input "
    "folder only with --follow-links; XML entities and DOCTYPEs in feeds are removed, never expanded "
    "or fetched; one run at a time may write to an --out folder."
)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--freq", default="M", choices=["D", "W", "M", "Q", "Y"],
                   help="period of the relations table and charts (default: M, month)")
    p.add_argument("--dyads", default=None, help="only these pairs, e.g. ISR-MAR,DZA-MAR")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--scheduler", default=None,
                   help="address of a Dask scheduler (tcp://host:8786) to run chunks on a cluster")
    p.add_argument("--chunk-size", type=int, default=500, help="records per chunk (default 500)")
    p.add_argument("--csv", action="store_true",
                   help="also write a CSV beside each table (formula-like cells are escaped with ')")
    p.add_argument("--min-chars", type=int, default=_load.DEFAULT_MIN_CHARS,
                   help="shortest text analysed, in characters (default 40)")
    p.add_argument("--max-record-mb", type=float, default=_load.DEFAULT_MAX_RECORD_BYTES / 2**20,
                   help="largest record read, in MB (default 32)")
    p.add_argument("--assume-date", default=None,
                   help="date for records without one (e.g. AG News); unparseable dates are still rejected")
    p.add_argument("--follow-links", action="store_true",
                   help="follow symbolic links to files outside the input folder")
    p.add_argument("--min-confidence", type=float, default=0.6,
                   help="mentions below this confidence are not actors (default 0.6)")
    p.add_argument("--near-dup", type=float, default=None, metavar="THRESHOLD",
                   help="collapse syndicated copies at this Jaccard similarity of word 3-shingles (default 0.4)")
    p.add_argument("--no-near-dup", action="store_true", help="do not collapse syndicated copies")
    p.add_argument("--keep-copies", action="store_true",
                   help="score every syndicated copy (volume) instead of one per story")
    p.add_argument("--start", default=None, help="keep articles from this date (YYYY-MM-DD)")
    p.add_argument("--end", default=None, help="keep articles up to this date (YYYY-MM-DD)")
    p.add_argument("--min-articles", type=int, default=1,
                   help="periods with fewer articles get no score (default 1)")
    p.add_argument("--source", action="append", default=None, help="keep only this outlet (repeatable)")
    p.add_argument("--quiet", action="store_true", help="no progress output")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m helpers",
                                 description="Measure bilateral relations between countries from news text.",
                                 epilog=LIMITS)
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run", help="the main job on the bundled corpus", epilog=LIMITS)
    p.add_argument("--out", default="outputs", help="output folder (default: outputs/)")
    _common(p)
    p = sub.add_parser("analyze", help="analyse your own files", epilog=LIMITS)
    p.add_argument("inputs", nargs="+", help="files, folders or globs")
    p.add_argument("--out", required=True, help="output folder")
    _common(p)
    p = sub.add_parser("validate", help="score the kit against hand labels",
                       epilog="Writes the seven tables, metrics.json, errors.csv, gold_pairs.csv and a "
                              "confusion-matrix figure per method. Bad gold rows are listed with their line numbers.")
    p.add_argument("gold", help="gold labels: JSONL or a filled coding sheet (CSV)")
    p.add_argument("--articles", nargs="+", required=True, help="the labelled articles")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--assume-date", default=None)
    p.add_argument("--quiet", action="store_true")
    p = sub.add_parser("codesheet", help="write a hand-coding sheet for a class")
    p.add_argument("inputs", nargs="+")
    p.add_argument("--out", required=True, help="the sheet to write (CSV)")
    p.add_argument("--show-guess", action="store_true", help="show the kit's stance guess")
    p.add_argument("--assume-date", default=None)
    p = sub.add_parser("kappa", help="agreement between two coders' sheets")
    p.add_argument("sheet_a")
    p.add_argument("sheet_b")
    p = sub.add_parser("import-gdelt", help="GDELT event exports -> dyad_events and relations")
    p.add_argument("files", nargs="+")
    p.add_argument("--out", required=True)
    p.add_argument("--freq", default="M", choices=["D", "W", "M", "Q", "Y"])
    p.add_argument("--dyads", default=None)
    p.add_argument("--reexport", action="store_true",
                   help="the files are GDELT 2.0 tables re-exported as CSV with a header and an index column")
    p = sub.add_parser("actors", help="show what the kit finds in a sentence, and why")
    p.add_argument("text")
    p.add_argument("--date", default=None, type=_date_arg, help="the article's date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--speaker", default=None)
    p = sub.add_parser("stance", help="show the directed events the kit reads in a sentence")
    p.add_argument("text")
    p.add_argument("--date", default=None, type=_date_arg, help="the article's date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--speaker", default=None, help="ISO3 of who is speaking (\"we\" then means that state)")
    p = sub.add_parser("fit-weights", help="re-fit the stance score weights on the gold labels (bundled, and AG News dev when present)")
    p = sub.add_parser("query", help="run SQL (DuckDB) over a run's Parquet tables")
    p.add_argument("folder")
    p.add_argument("sql")
    return ap


def _analyze_kwargs(a) -> dict:
    from .dedup import DEFAULT_THRESHOLD
    near = None if a.no_near_dup else (a.near_dup if a.near_dup is not None else DEFAULT_THRESHOLD)
    return dict(freq=a.freq, dyads=a.dyads, workers=a.workers, scheduler=a.scheduler,
                chunk_size=a.chunk_size, csv=a.csv, min_chars=a.min_chars,
                max_record_bytes=int(a.max_record_mb * 2**20), assume_date=a.assume_date,
                follow_links=a.follow_links, min_confidence=a.min_confidence, near_dup=near,
                keep_copies=a.keep_copies, progress=not a.quiet, start=a.start, end=a.end,
                min_articles=a.min_articles, sources=a.source)


def _say(quiet: bool, msg: str) -> None:
    if not quiet:
        print(msg, file=sys.stderr, flush=True)


def _summary(m: dict, out: str) -> str:
    t = m["tables"]
    return (f"{m['records_read']} records read = {m['articles']} articles + {m['rejects']} rejects + "
            f"{m['duplicates']} duplicates; {t.get('sentences', 0)} sentences, {t.get('mentions', 0)} mentions, "
            f"{t.get('dyad_events', 0)} dyad events, {t.get('article_dyads', 0)} article pairs, "
            f"{t.get('relations', 0)} relation rows, {len(m['figures'])} figures -> {out}/")


def _date_arg(text: str) -> str:
    """``--date`` of the teaching commands: a year, a month or a day, else argparse's one-line usage error."""
    import re
    import pandas as pd
    if re.fullmatch(r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?", text.strip()):
        try:
            pd.Timestamp(text.strip())
            return text.strip()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"expected a date like 2004-09-01 (or 2004, 2004-09), got {text!r}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        print("error: interrupted; no partial table was left behind", file=sys.stderr)
        return 130
    except (_load.InputError, ValueError, FileNotFoundError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # the last line of defence: one line, never a traceback
        from .pipeline import RunError
        if isinstance(exc, RunError):
            print(f"error: {exc}", file=sys.stderr)
            return 2
        if os.environ.get("DYADKIT_DEBUG"):
            raise
        print(f"error: {type(exc).__name__}: {exc} (set DYADKIT_DEBUG=1 for details)", file=sys.stderr)
        return 1


def _dispatch(a) -> int:
    from .pipeline import analyze
    if a.command == "run":
        from .run import run_main_job
        quiet = a.quiet
        _say(quiet, "run: the bundled teaching corpus -> " + a.out + "/")
        m = run_main_job(a.out, **{k: v for k, v in _analyze_kwargs(a).items() if k != "progress"},
                         log=(lambda s: _say(quiet, s)))
        _say(quiet, _summary(m, a.out))
        return 0
    if a.command == "analyze":
        _say(a.quiet, f"analyze: {len(a.inputs)} input(s) -> {a.out}/")
        m = analyze(a.inputs, a.out, **_analyze_kwargs(a))
        from .report import write_report
        import pandas as pd
        write_report(Path(a.out), m, pd.read_parquet(Path(a.out) / "relations.parquet"),
                     pd.read_parquet(Path(a.out) / "article_dyads.parquet"), None)
        _say(a.quiet, _summary(m, a.out))
        return 0
    if a.command == "validate":
        from .validate import validate_cli
        metrics = validate_cli(a.gold, a.articles, a.out, assume_date=a.assume_date,
                               log=(lambda s: _say(a.quiet, s)))
        print(json.dumps({k: metrics[k] for k in ("actor_recall", "stance_accuracy")} |
                         {"methods": {k: v["accuracy"] for k, v in metrics["methods"].items()}}))
        return 0
    if a.command == "codesheet":
        from .validate import write_codesheet
        n = write_codesheet(a.inputs, a.out, show_guess=a.show_guess, assume_date=a.assume_date)
        print(f"wrote {n} article pairs to {a.out}")
        return 0
    if a.command == "kappa":
        from .validate import kappa_cli
        print(kappa_cli(a.sheet_a, a.sheet_b))
        return 0
    if a.command == "import-gdelt":
        from .gdelt import import_gdelt
        m = import_gdelt(a.files, a.out, freq=a.freq, dyads=a.dyads, reexport=a.reexport)
        print(f"{m['records_read']} rows read = {m['events']} events + {m['skipped']} skipped + "
              f"{m['rejects']} rejects -> {a.out}/")
        return 0
    if a.command == "actors":
        from .actors import explain
        import pandas as pd
        df = explain(a.text, date=a.date, speaker=a.speaker)
        with pd.option_context("display.width", 200, "display.max_columns", 20, "display.max_colwidth", 60):
            print(df.drop(columns=["article_id"]).to_string(index=False) if len(df) else "no actors found")
        return 0
    if a.command == "stance":
        from .stance import explain_sentence
        import pandas as pd
        df = explain_sentence(a.text, date=a.date, speaker=a.speaker)
        cols = ["source", "target", "event_class", "intensity", "cue", "textblob_polarity",
                "vader_compound", "score"]
        with pd.option_context("display.width", 200, "display.max_columns", 20):
            print(df[cols].to_string(index=False) if len(df) else
                  "no pair of actors in this sentence: nothing to score")
        return 0
    if a.command == "fit-weights":
        from .fit import refit
        doc = refit()
        print(json.dumps(doc["weights"]) + f"  (train accuracy {doc['train_accuracy']})")
        return 0
    if a.command == "query":
        from .query import query
        import pandas as pd
        with pd.option_context("display.width", 200, "display.max_columns", 30, "display.max_rows", 200):
            print(query(a.folder, a.sql).to_string(index=False))
        return 0
    raise ValueError(f"unknown command {a.command}")
