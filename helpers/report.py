"""
Report: relations -> the figures of a run and a short Markdown report naming the
dyads, their trends and the figures.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import charts
from .relations import methods_series

__all__ = ["make_figures", "write_report", "top_dyads"]

_FREQ_LABEL = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


def top_dyads(article_dyads: pd.DataFrame, n: int = 6) -> list[tuple[str, str]]:
    """The ``n`` state pairs with most articles (ties broken by name)."""
    if article_dyads is None or not len(article_dyads):
        return []
    c = (article_dyads.groupby(["country_a", "country_b"])["article_id"].nunique()
         .reset_index(name="n").sort_values(["n", "country_a", "country_b"], ascending=[False, True, True]))
    return [(a, b) for a, b in zip(c["country_a"], c["country_b"])][:n]


def _figure_job(kind: str, path: Path, data: tuple, kw: dict) -> Path:
    """Draw and save one figure (module level, so a process pool can run it)."""
    if kind == "dyad":
        fig = charts.plot_dyad(*data, **kw)
    elif kind == "asymmetry":
        fig = charts.plot_asymmetry(*data, **kw)
    elif kind == "methods":
        fig = charts.plot_methods(*data, **kw)
    elif kind == "compare":
        fig = charts.plot_compare(*data, **kw)
    else:
        fig = charts.plot_heatmap(*data, **kw)
    return charts.save(fig, path)


def make_figures(folder: Path, rel: pd.DataFrame, ad: pd.DataFrame, directed: pd.DataFrame,
                 dyads: list[tuple[str, str]] | None, *, freq: str = "M", corpus: str = "",
                 milestones=None, workers: int = 1) -> list[Path]:
    """
    Write every standard figure of a run into ``folder/figures`` and return their paths.

    Per dyad (the requested ones, else the six with most articles; at most eight): the
    relation series, the directed asymmetry and the three methods; then one comparison
    chart and a heatmap. With ``workers > 1`` the figures are drawn in a process pool;
    the PNGs are byte-identical either way.
    """
    figdir = Path(folder) / "figures"
    figdir.mkdir(parents=True, exist_ok=True)
    ms = charts.read_milestones(milestones) if not isinstance(milestones, pd.DataFrame) else milestones
    fl = _FREQ_LABEL[freq]
    chosen = dyads or top_dyads(ad, 6)
    common = {"corpus": corpus, "freq_label": fl}
    jobs = []
    for d in chosen[:8]:
        key = "-".join(d)
        pair = (rel["country_a"] == d[0]) & (rel["country_b"] == d[1])
        jobs.append(("dyad", figdir / f"dyad_{key}.png", (rel[pair], d), {"milestones": ms, **common}))
        jobs.append(("asymmetry", figdir / f"asymmetry_{key}.png", (directed, d), common))
        jobs.append(("methods", figdir / f"methods_{key}.png", (methods_series(ad, d, freq=freq), d), common))
    jobs.append(("compare", figdir / "compare.png", (rel, chosen[:6]), {"milestones": ms, **common}))
    jobs.append(("heatmap", figdir / "heatmap.png", (rel,), common))
    if workers <= 1 or len(jobs) < 4:
        return [_figure_job(*j) for j in jobs]
    import multiprocessing as mp
    import sys
    ctx = mp.get_context("fork" if sys.platform != "win32" else "spawn")
    with ctx.Pool(min(workers, len(jobs))) as pool:
        return pool.starmap(_figure_job, jobs, chunksize=1)


def _trend(d: pd.DataFrame) -> str:
    s = d.dropna(subset=["score"])
    if len(s) < 2:
        return "too few periods to speak of a trend"
    half = len(s) // 2
    first, last = s["score"].iloc[:half].mean(), s["score"].iloc[half:].mean()
    word = ("warmer than in the first half" if last - first > 0.1 else
            "cooler than in the first half" if first - last > 0.1 else "about the same as in the first half")
    return (f"mean of period scores {first:+.2f} in the first half of its covered periods, "
            f"{last:+.2f} in the second: {word}")


def write_report(folder: Path, manifest: dict, rel: pd.DataFrame, ad: pd.DataFrame,
                 dyads: list[tuple[str, str]] | None, metrics: dict | None = None) -> Path:
    """Write ``report.md``: counts, dyads and trends, figures, validation if given."""
    folder = Path(folder)
    chosen = dyads or top_dyads(ad, 6)
    lines = ["# Bilateral relations: run report", "",
             f"Records read: {manifest['records_read']} = {manifest['articles']} articles + "
             f"{manifest['rejects']} rejects + {manifest['duplicates']} duplicates.", "",
             "## Dyads", "", "| dyad | articles | periods with coverage | mean of period scores | trend |",
             "|---|---|---|---|---|"]
    for a, b in chosen:
        d = rel[(rel["country_a"] == a) & (rel["country_b"] == b)]
        n = int(d["n_articles"].sum()) if len(d) else 0
        cov = int((d["n_articles"] > 0).sum()) if len(d) else 0
        mean = d["score"].mean() if len(d) else float("nan")
        lines.append(f"| {a}-{b} | {n} | {cov} | {mean:+.2f} | {_trend(d) if len(d) else ''} |")
    lines += ["", "## Figures", ""]
    for f in manifest.get("figures", []):
        lines.append(f"- [{f}]({f})")
    if metrics:
        lines += ["", "## Validation against the bundled gold labels", "",
                  "| method | stance accuracy | 95% interval | pairs |", "|---|---|---|---|"]
        for name, m in metrics["methods"].items():
            lines.append(f"| {name} | {m['accuracy']:.3f} | {m['ci'][0]:.3f}-{m['ci'][1]:.3f} | {m['n']} |")
        a = metrics["actors"]["overall"]
        lines.append("")
        lines.append(f"Actors: precision {a['precision']:.3f}, recall {a['recall']:.3f}, F1 {a['f1']:.3f} "
                     f"over {a['n_gold']} gold actors.")
    lines += ["", "Every point traces back to its sentences: `helpers.evidence(row, dyad_events)` "
              "or the dyad_events table.", ""]
    p = folder / "report.md"
    p.write_text("\n".join(lines))
    return p
