"""
Scale benchmark: throughput against a TextBlob baseline, worker speed-up, peak memory.

Builds synthetic corpora of N and 4N distinct articles (helpers.synthetic),
then measures in one process tree, so the ratios are comparable on any machine:

* baseline: words/s of TextBlob polarity over whole articles (what a notebook
  user would otherwise run), in this process;
* the kit's full ``analyze`` at --workers 1 and 2 (words/s, speed-up), and its marginal
  words/s at 2 workers (the 4N run minus an N run: what more articles cost once the
  fixed start-up and figure costs are paid);
* with and without near-duplicate collapsing (its cost);
* peak RSS of a fresh ``analyze`` process at N and 4N (does memory grow with the corpus?).

Usage::

    python benchmarks/scale.py [--n 2000] [--out benchmarks/out]

Prints a Markdown table (the one in docs/BENCHMARKS.md) and writes it to
``<out>/results.md`` with the raw figures in ``<out>/results.json``.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers.synthetic import make_corpus, write_jsonl  # noqa: E402


def _words(df) -> int:
    return int(df["text"].str.split().str.len().sum())


def _baseline(df) -> float:
    from textblob import TextBlob
    t = time.perf_counter()
    for text in df["text"]:
        TextBlob(text).sentiment.polarity
    return _words(df) / (time.perf_counter() - t)


def _run(corpus: Path, out: Path, *extra: str) -> tuple[float, float]:
    """Run analyze in a fresh process; return (seconds, peak RSS of that process tree in MB)."""
    cmd = [sys.executable, "-m", "helpers", "analyze", str(corpus), "--out", str(out), "--quiet", *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT)
    secs = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return secs, max(peak, before) / 1024


def _peak_rss(corpus: Path, out: Path, *extra: str, near_dup: bool = False) -> float:
    """Peak RSS (MB) of one analyze process, measured by /usr/bin/time-free means: a wrapper process."""
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    dedup = ["--near-dup", "0.4", "--keep-copies"] if near_dup else ["--no-near-dup"]
    cmd = [sys.executable, "-c", code, sys.executable, "-m", "helpers", "analyze", str(corpus), "--out", str(out),
           "--quiet", *dedup, *extra]
    r = subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, text=True)
    return int(r.stdout.strip().splitlines()[-1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--n", type=int, default=2000, help="articles in the small corpus (the large one is 4N)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "out"))
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    small, large = make_corpus(a.n, seed=1), make_corpus(4 * a.n, seed=2)
    ps, pl = write_jsonl(small, out / "small.jsonl"), write_jsonl(large, out / "large.jsonl")
    words = _words(large)
    base = _baseline(large)
    res = {"n_small": a.n, "n_large": 4 * a.n, "words_large": words, "baseline_textblob_words_per_s": round(base)}
    for w in (1, 2):
        secs, _ = _run(pl, out / f"run_w{w}", "--workers", str(w), "--no-near-dup")
        res[f"kit_workers{w}_words_per_s"] = round(words / secs)
        res[f"kit_workers{w}_seconds"] = round(secs, 2)
    # the same run on N: what the extra 3N articles cost, without the fixed start-up and figure costs
    secs, _ = _run(ps, out / "run_w2_small", "--workers", "2", "--no-near-dup")
    res["kit_workers2_small_seconds"] = round(secs, 2)
    extra = words / res["kit_workers2_words_per_s"] - secs   # (unrounded seconds of the 4N run)
    res["kit_workers2_marginal_words_per_s"] = round((words - _words(small)) / extra) if extra > 0 else None
    # --keep-copies: the same articles are scored, so the difference is the cost of finding copies
    secs, _ = _run(pl, out / "run_neardup", "--workers", "2", "--near-dup", "0.4", "--keep-copies")
    res["kit_workers2_neardup_seconds"] = round(secs, 2)
    res["peak_rss_mb_small"] = round(_peak_rss(ps, out / "rss_small"), 1)
    res["peak_rss_mb_large"] = round(_peak_rss(pl, out / "rss_large"), 1)
    res["peak_rss_mb_large_neardup"] = round(_peak_rss(pl, out / "rss_large_neardup", near_dup=True), 1)
    res["ratio_kit2_vs_baseline"] = round(res["kit_workers2_words_per_s"] / base, 2)
    res["ratio_marginal_kit2_vs_baseline"] = (round(res["kit_workers2_marginal_words_per_s"] / base, 2)
                                              if res["kit_workers2_marginal_words_per_s"] else None)
    res["speedup_1_to_2_workers"] = round(res["kit_workers1_seconds"] / res["kit_workers2_seconds"], 2)
    res["neardup_cost"] = round(res["kit_workers2_neardup_seconds"] / res["kit_workers2_seconds"] - 1, 3)
    res["rss_ratio_4n_vs_n"] = round(res["peak_rss_mb_large"] / res["peak_rss_mb_small"], 2)
    table = "\n".join([
        f"| measure (N = {a.n:,}, 4N = {4 * a.n:,} articles, {words:,} words in 4N) | value |",
        "|---|---|",
        f"| TextBlob polarity over whole articles (baseline), words/s | {res['baseline_textblob_words_per_s']:,} |",
        f"| kit, full analyze, --workers 1, words/s | {res['kit_workers1_words_per_s']:,} |",
        f"| kit, full analyze, --workers 2, words/s | {res['kit_workers2_words_per_s']:,} |",
        f"| kit (2 workers) / baseline | {res['ratio_kit2_vs_baseline']}x |",
        f"| kit, --workers 2, marginal words/s (4N run minus N run: no start-up or figures) | "
        f"{res['kit_workers2_marginal_words_per_s'] or 'n/a'} |",
        f"| marginal kit (2 workers) / baseline | {res['ratio_marginal_kit2_vs_baseline'] or 'n/a'}"
        f"{'x' if res['ratio_marginal_kit2_vs_baseline'] else ''} |",
        f"| speed-up 1 -> 2 workers | {res['speedup_1_to_2_workers']}x |",
        f"| near-duplicate collapsing, extra time | {res['neardup_cost'] * 100:.1f}% |",
        f"| peak RSS at N / at 4N (MB) | {res['peak_rss_mb_small']} / {res['peak_rss_mb_large']} |",
        f"| peak RSS 4N / N | {res['rss_ratio_4n_vs_n']}x |",
        f"| peak RSS at 4N with near-duplicate collapsing (MB) | {res['peak_rss_mb_large_neardup']} |",
    ])
    (out / "results.json").write_text(json.dumps(res, indent=2) + "\n")
    (out / "results.md").write_text(table + "\n")
    print(table)


if __name__ == "__main__":
    main()
