"""
Accuracy report: the figures quoted in README.md and docs/METHODS.md, reproducibly.

Runs ``validate`` on the bundled gold (data/gold/briefs_gold.jsonl), the challenge
sets (data/gold/challenge_gold.jsonl, challenge2_gold.jsonl, challenge3_gold.jsonl) and, when
``../shared/corpora/ag_news`` is present, on the hand-labelled AG News
development sets (data/gold/ag_news_dev.jsonl, ag_news_dev2.jsonl) and the
held-out test sets (ag_news_test.jsonl, ag_news_test2.jsonl, ag_news_test3.jsonl), then prints Markdown tables:
methods side by side with 95% bootstrap intervals, actor precision/recall,
confusion matrices.

Usage::

    python benchmarks/metrics.py [--out benchmarks/out/metrics]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers._paths import CORPUS, GOLD, SHARED  # noqa: E402
from helpers.validate import validate_cli  # noqa: E402


def _tables(name: str, m: dict) -> str:
    lines = [f"### {name}", "",
             f"{m['n_articles']} articles; {m['n_pairs']['cooperative_or_hostile']} cooperative or hostile pairs "
             f"({m['n_pairs']['three_class']} with neutral; {m['n_pairs']['mixed_not_scored']} mixed, not scored).", "",
             "| method | stance accuracy | 95% interval | macro-F1 (3 classes) |", "|---|---|---|---|"]
    for meth in ("textblob", "vader", "combined"):
        x = m["methods"][meth]
        label = {"textblob": "TextBlob (whole article)", "vader": "VADER (whole article)", "combined": "**kit**"}[meth]
        lines.append(f"| {label} | {x['accuracy']:.3f} | {x['ci'][0]:.3f}-{x['ci'][1]:.3f} | {x['macro_f1']:.3f} |")
    a = m["actors"]["overall"]
    lines += ["", f"Actors: precision {a['precision']:.3f}, recall {a['recall']:.3f} "
                  f"(95% interval {m['actor_recall_ci'][0]:.3f}-{m['actor_recall_ci'][1]:.3f}), F1 {a['f1']:.3f} "
                  f"over {a['n_gold']} gold actors; false actors on not_actors labels: "
                  f"{m['actors']['false_actors_on_not_actors']} of {m['actors']['not_actor_labels']}."
                  + (f" Not scored (organisations the kit named after this gold file was made): "
                     f"{', '.join(m['actors']['unscored_codes'])}." if m["actors"].get("unscored_codes") else ""), ""]
    kinds = m["actors"]["per_kind"]
    if any(v["recall"] is not None for v in kinds.values()):
        lines += ["| kind | recall | gold mentions | precision | predicted mentions |", "|---|---|---|---|---|"]
        for k, v in kinds.items():
            if v["n_gold_mentions"] or v["n_predicted_mentions"]:
                r = "" if v["recall"] is None else f"{v['recall']:.3f}"
                p = "" if v["precision"] is None else f"{v['precision']:.3f}"
                lines.append(f"| {k} | {r} | {v['n_gold_mentions']} | {p} | {v['n_predicted_mentions']} |")
        lines.append("")
    c = m["methods"]["combined"]["confusion"]
    lines += ["Kit confusion matrix (rows gold, columns predicted):", "",
              "| gold \\ kit | cooperative | hostile | neutral |", "|---|---|---|---|"]
    for g in ("cooperative", "hostile", "neutral"):
        lines.append(f"| {g} | {c[g]['cooperative']} | {c[g]['hostile']} | {c[g]['neutral']} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "out" / "metrics"))
    a = ap.parse_args()
    out = Path(a.out)
    report = []
    m = validate_cli(str(GOLD), [str(CORPUS)], str(out / "bundled"), log=lambda s: None)
    report.append(_tables("Bundled gold (170 briefs written for the kit)", m))
    mc = validate_cli(str(ROOT / "data" / "gold" / "challenge_gold.jsonl"),
                      [str(ROOT / "data" / "corpus" / "challenge.jsonl")], str(out / "challenge"), log=lambda s: None)
    report.append(_tables("Challenge set (70 articles written to be hard, many pairs, 1992-2024; development)", mc))
    mc2 = validate_cli(str(ROOT / "data" / "gold" / "challenge2_gold.jsonl"),
                       [str(ROOT / "data" / "corpus" / "challenge2.jsonl")], str(out / "challenge2"), log=lambda s: None)
    report.append(_tables("Challenge set 2 (60 agency-style articles, 1990-2024; development)", mc2))
    mc3 = validate_cli(str(ROOT / "data" / "gold" / "challenge3_gold.jsonl"),
                       [str(ROOT / "data" / "corpus" / "challenge3.jsonl")], str(out / "challenge3"), log=lambda s: None)
    report.append(_tables("Challenge set 3 (60 articles, every region, 1994-2025; development)", mc3))
    ag = SHARED / "ag_news" / "test.csv"
    if ag.exists():
        m2 = validate_cli(str(ROOT / "data" / "gold" / "ag_news_dev.jsonl"), [str(ag)], str(out / "ag_news"),
                          assume_date="2004-10-01", log=lambda s: None)
        report.append(_tables("AG News development set (120 real wire items, labelled by row)", m2))
        m3 = validate_cli(str(ROOT / "data" / "gold" / "ag_news_dev2.jsonl"), [str(ag)], str(out / "ag_news_dev2"),
                          assume_date="2004-10-01", log=lambda s: None)
        report.append(_tables("AG News second development set (150 real wire items, labelled by a second coder)", m3))
        m4 = validate_cli(str(ROOT / "data" / "gold" / "ag_news_test.jsonl"), [str(ag)], str(out / "ag_news_test"),
                          assume_date="2004-10-01", log=lambda s: None)
        report.append(_tables("AG News held-out test set (80 real wire items, never used to tune the kit)", m4))
        m5 = validate_cli(str(ROOT / "data" / "gold" / "ag_news_test2.jsonl"), [str(ag)], str(out / "ag_news_test2"),
                          assume_date="2004-10-01", log=lambda s: None)
        report.append(_tables("AG News second held-out test set (100 real wire items, labelled blind, "
                              "never used to tune the kit)", m5))
        m6 = validate_cli(str(ROOT / "data" / "gold" / "ag_news_test3.jsonl"), [str(ag)], str(out / "ag_news_test3"),
                          assume_date="2004-10-01", log=lambda s: None)
        report.append(_tables("AG News third held-out test set (80 real wire items, labelled blind, "
                              "never used to tune the kit)", m6))
    text = "\n".join(report)
    (out / "report.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
