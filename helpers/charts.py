"""
Charts: relations -> figures (matplotlib, headless, byte-for-byte reproducible).

Every chart has a title, labelled axes with units, and a footnote naming the
corpus and the method; :func:`save` writes PNGs without a timestamp or software
stamp so the same data gives the same bytes. A chart asked for a dyad or period
with no data draws a figure that says so instead of failing.
"""
from __future__ import annotations

import os
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

__all__ = ["plot_dyad", "plot_compare", "plot_heatmap", "plot_asymmetry", "plot_methods",
           "plot_confusion", "plot_gdelt_comparison", "save", "read_milestones", "SCORE_LABEL"]

SCORE_LABEL = "stance score (-1 hostile .. +1 cooperative)"
_STYLE = {"font.size": 9, "axes.titlesize": 11, "axes.titleweight": "bold",
          "figure.dpi": 100, "savefig.dpi": 100, "svg.hashsalt": "dyadkit",
          "axes.spines.top": False, "axes.spines.right": False}


def read_milestones(path: str | os.PathLike | None = None) -> pd.DataFrame:
    """Read milestones (date, dyad, event, source); the bundled table by default."""
    from ._paths import MILESTONES
    path = Path(path) if path else MILESTONES
    if not path.exists():
        return pd.DataFrame(columns=["date", "dyad", "event", "source"])
    df = pd.read_csv(path, dtype=str)
    df["date"] = pd.to_datetime(df["date"])
    df["dyad"] = ["-".join(sorted(str(d).split("-"))) for d in df["dyad"]]
    return df


def _footnote(fig, text: str) -> None:
    fig.text(0.01, 0.005, text, fontsize=7, color="#555555", ha="left", va="bottom", wrap=True)


def _empty(title: str, message: str):
    with plt.rc_context(_STYLE):
        fig, ax = plt.subplots(figsize=(8, 3))
        ax.set_axis_off()
        ax.set_title(title, loc="left")
        ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=10, color="#444444",
                transform=ax.transAxes)
    return fig


def _dyad_rows(rel: pd.DataFrame, dyad) -> pd.DataFrame:
    a, b = sorted(dyad)
    if rel is None or not len(rel):
        return pd.DataFrame()
    return rel[(rel["country_a"] == a) & (rel["country_b"] == b)].sort_values("period")


def _milestones_on(ax, milestones: pd.DataFrame | None, dyad, lo, hi, labels: bool = True) -> list[str]:
    """Draw numbered milestone lines; return the legend lines ("1 2020-11-13 Guerguerat ...")."""
    if milestones is None or not len(milestones):
        return []
    key = "-".join(sorted(dyad))
    ms = milestones[(milestones["dyad"] == key) & (milestones["date"] >= lo) & (milestones["date"] <= hi)]
    legend = []
    for i, (_, m) in enumerate(ms.sort_values("date").iterrows(), 1):
        ax.axvline(m["date"], color="#8a5a00", lw=0.8, ls="--", zorder=1)
        if labels:
            ax.text(m["date"], 1.0 + 0.045 * ((i - 1) % 2), f"{i}", fontsize=7, color="#8a5a00",
                    va="bottom", ha="center", transform=ax.get_xaxis_transform())
            legend.append(f"{i} {m['date']:%Y-%m-%d} {m['event']}")
    return legend


def _intervals(ax, d: pd.DataFrame, color: str = "#4c72b0", label: str | None = None) -> None:
    """Draw 95% intervals as translucent bars (single-article periods lighter: they span -1..1)."""
    single = d["n_articles"] == 1 if "n_articles" in d else pd.Series(False, index=d.index)
    for mask, alpha in ((~single, 0.35), (single, 0.12)):
        x = d.loc[mask & d["ci_low"].notna()]
        if len(x):
            ax.vlines(x["period"], x["ci_low"].clip(-1, 1), x["ci_high"].clip(-1, 1), color=color,
                      alpha=alpha, lw=5, label=label if alpha == 0.35 else None)


def plot_dyad(rel: pd.DataFrame, dyad: tuple[str, str], *, milestones: pd.DataFrame | None = None,
              corpus: str = "bundled teaching corpus", freq_label: str = "month"):
    """
    Draw one dyad's score with its 95% bootstrap band, article volume beneath, and milestones.

    Parameters
    ----------
    rel : DataFrame
        relations (country_a, country_b, period, n_articles, score, ci_low, ci_high).
    dyad : (code, code)
    milestones : DataFrame, optional
        date, dyad, event (see :func:`read_milestones`).

    Returns
    -------
    matplotlib.figure.Figure
    """
    a, b = sorted(dyad)
    d = _dyad_rows(rel, dyad)
    title = f"{a}\u2013{b}: stance per {freq_label}"
    if not len(d) or d["n_articles"].sum() == 0:
        return _empty(title, f"No articles for {a}-{b} in this selection.")
    with plt.rc_context(_STYLE):
        fig, (ax, axv) = plt.subplots(2, 1, figsize=(9, 5), sharex=True,
                                      gridspec_kw={"height_ratios": [3, 1], "hspace": 0.08})
        ax.axhline(0, color="#999999", lw=0.8)
        _intervals(ax, d, label="95% bootstrap interval over articles (faint: one article)")
        ax.plot(d["period"], d["score"], color="#4c72b0", marker="o", ms=3.5, lw=1.4,
                label="mean article score")
        ax.set_ylim(-1.05, 1.05)
        ax.set_ylabel(SCORE_LABEL)
        ax.set_title(title, loc="left", pad=14)
        legend = _milestones_on(ax, milestones, dyad, d["period"].min() - pd.Timedelta(days=31),
                                d["period"].max() + pd.Timedelta(days=31))
        ax.legend(loc="lower left", fontsize=7, frameon=False)
        axv.bar(d["period"], d["n_articles"], width=20, color="#777777")
        axv.set_ylabel("articles\n(count)")
        axv.set_xlabel(f"{freq_label} (article publication date, UTC)")
        axv.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
        note = (f"Source: {corpus}. Method: cue lexicon + VADER + TextBlob (helpers.stance), mean of article "
                "scores; gaps are periods with no articles.")
        if legend:
            note += "\nMilestones: " + "; ".join(legend)
        _footnote(fig, note)
        fig.subplots_adjust(bottom=0.14 + 0.025 * (len(legend) > 0) + 0.02 * (len(legend) // 3), top=0.9)
    return fig


def plot_compare(rel: pd.DataFrame, dyads: list[tuple[str, str]], *,
                 milestones: pd.DataFrame | None = None, corpus: str = "bundled teaching corpus",
                 freq_label: str = "month"):
    """Draw several dyads as small multiples on shared axes (same time and score scale)."""
    present = [d for d in dyads if len(_dyad_rows(rel, d)) and _dyad_rows(rel, d)["n_articles"].sum()]
    if not present:
        return _empty("Dyads compared", "None of the requested dyads has articles.")
    with plt.rc_context(_STYLE):
        fig, axes = plt.subplots(len(present), 1, figsize=(9, 2.2 * len(present) + 0.8),
                                 sharex=True, sharey=True, squeeze=False)
        # milestones outside the span of the data (a 1979 treaty beside 2020s coverage) would
        # stretch the shared axis until the data is a sliver: draw only those inside it
        periods = pd.concat([_dyad_rows(rel, d)["period"] for d in present])
        pad = (periods.max() - periods.min()) * 0.03 + pd.Timedelta(days=15)
        lo, hi = periods.min() - pad, periods.max() + pad
        for ax, dyad in zip(axes[:, 0], present):
            d = _dyad_rows(rel, dyad)
            ax.axhline(0, color="#999999", lw=0.8)
            _intervals(ax, d)
            ax.plot(d["period"], d["score"], color="#4c72b0", marker="o", ms=3, lw=1.2)
            ax.set_ylim(-1.05, 1.05)
            ax.set_ylabel("score (-1..+1)")
            ax.set_title(f"{'-'.join(sorted(dyad))} (n = {int(d['n_articles'].sum())} articles)",
                         loc="left", fontsize=9)
            _milestones_on(ax, milestones, dyad, lo, hi, labels=False)
        axes[-1, 0].set_xlim(lo, hi)
        axes[-1, 0].set_xlabel(f"{freq_label} (article publication date, UTC)")
        axes[-1, 0].xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
        fig.suptitle("Bilateral stance compared (bars: 95% bootstrap interval; dashed: milestones)",
                     fontsize=11, fontweight="bold", x=0.01, ha="left")
        _footnote(fig, f"Source: {corpus}. Method: helpers.stance article scores, mean per {freq_label}; "
                       "faint bars: periods with one article.")
        h = 2.2 * len(present) + 0.8
        fig.subplots_adjust(bottom=0.9 / h, top=1 - 0.8 / h, hspace=0.45)
    return fig


def plot_heatmap(rel: pd.DataFrame, *, corpus: str = "bundled teaching corpus", freq_label: str = "month",
                 min_articles: int = 1, max_dyads: int = 20):
    """Draw a dyads x periods heatmap of scores (grey: no coverage)."""
    if rel is None or not len(rel) or rel["score"].notna().sum() == 0:
        return _empty("Stance by dyad and period", "No scored periods to show.")
    counts = rel.groupby(["country_a", "country_b"])["n_articles"].sum().sort_values(ascending=False)
    top = counts.head(max_dyads).index
    r = rel.set_index(["country_a", "country_b"]).loc[top].reset_index()
    r = r.assign(dyad=r["country_a"] + "-" + r["country_b"],
                 label=r["period"].dt.strftime("%Y-%m"))
    r.loc[r["n_articles"] < min_articles, "score"] = np.nan
    grid = r.pivot_table(index="dyad", columns="period", values="score", aggfunc="mean")
    grid = grid.reindex(columns=sorted(grid.columns)).reindex(index=[f"{a}-{b}" for a, b in top])
    with plt.rc_context(_STYLE):
        fig, ax = plt.subplots(figsize=(10, 0.35 * len(grid) + 1.8))
        cmap = plt.get_cmap("RdBu").with_extremes(bad="#e6e6e6")
        im = ax.imshow(np.ma.masked_invalid(grid.to_numpy(float)), aspect="auto", cmap=cmap,
                       vmin=-1, vmax=1, interpolation="nearest")
        ax.set_yticks(range(len(grid)), grid.index)
        step = max(1, len(grid.columns) // 12)
        ax.set_xticks(range(0, len(grid.columns), step),
                      [pd.Timestamp(c).strftime("%Y-%m") for c in grid.columns[::step]], rotation=45, ha="right")
        ax.set_xlabel(f"{freq_label} (article publication date, UTC)")
        ax.set_ylabel("dyad (ISO 3166-1 alpha-3)")
        ax.set_title("Stance by dyad and period (grey: no coverage)", loc="left")
        cb = fig.colorbar(im, ax=ax, fraction=0.03, pad=0.01)
        cb.set_label(SCORE_LABEL, fontsize=7)
        _footnote(fig, f"Source: {corpus}. Method: mean article score per period (helpers.relations).")
        fig.subplots_adjust(bottom=0.25 if len(grid) < 6 else 0.15, left=0.12)
    return fig


def plot_asymmetry(directed: pd.DataFrame, dyad: tuple[str, str], *,
                   corpus: str = "bundled teaching corpus", freq_label: str = "month"):
    """Draw A->B against B->A for one dyad: who is hostile or cooperative toward whom."""
    a, b = sorted(dyad)
    if directed is None or not len(directed):
        return _empty(f"{a}\u2013{b}: who acts toward whom", "No directed events in this selection.")
    ab = directed[(directed["source"] == a) & (directed["target"] == b)].sort_values("period")
    ba = directed[(directed["source"] == b) & (directed["target"] == a)].sort_values("period")
    if not len(ab) and not len(ba):
        return _empty(f"{a}\u2013{b}: who acts toward whom", f"No directed events between {a} and {b}.")
    with plt.rc_context(_STYLE):
        fig, ax = plt.subplots(figsize=(9, 4))
        ax.axhline(0, color="#999999", lw=0.8)
        for d, label, color, marker in ((ab, f"{a} \u2192 {b}", "#c44e52", "o"),
                                        (ba, f"{b} \u2192 {a}", "#55a868", "s")):
            if len(d):
                ax.plot(d["period"], d["score"], marker=marker, ms=4, lw=1.2, color=color,
                        label=f"{label} ({int(d['n_sentences'].sum())} sentences)")
        ax.set_ylim(-1.05, 1.05)
        ax.set_ylabel(SCORE_LABEL)
        ax.set_xlabel(f"{freq_label} (article publication date, UTC)")
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
        ax.set_title(f"{a}\u2013{b}: who acts toward whom (directed events with a cue)", loc="left")
        ax.legend(fontsize=8, frameon=False)
        _footnote(fig, f"Source: {corpus}. Method: mean score of cued sentence events by direction (helpers.stance).")
        fig.subplots_adjust(bottom=0.18)
    return fig


def plot_methods(series: pd.DataFrame, dyad: tuple[str, str], *,
                 corpus: str = "bundled teaching corpus", freq_label: str = "month"):
    """Draw the kit score, TextBlob polarity and VADER compound side by side for one dyad."""
    a, b = sorted(dyad)
    if series is None or not len(series):
        return _empty(f"{a}\u2013{b}: three methods", f"No articles for {a}-{b}.")
    with plt.rc_context(_STYLE):
        fig, ax = plt.subplots(figsize=(9, 4))
        ax.axhline(0, color="#999999", lw=0.8)
        for col, label, color in (("kit", "kit score (cues + lexicons)", "#4c72b0"),
                                  ("vader", "VADER compound (sentences)", "#dd8452"),
                                  ("textblob", "TextBlob polarity (sentences)", "#8172b3")):
            ax.plot(series["period"], series[col], marker="o", ms=3, lw=1.2, color=color, label=label)
        ax.set_ylim(-1.05, 1.05)
        ax.set_ylabel("score (-1 .. +1)")
        ax.set_xlabel(f"{freq_label} (article publication date, UTC)")
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
        ax.set_title(f"{a}\u2013{b}: three ways to score the same sentences", loc="left")
        ax.legend(fontsize=8, frameon=False)
        _footnote(fig, f"Source: {corpus}. Means per {freq_label} of article-pair scores; "
                       "VADER and TextBlob read tone, the kit reads who does what to whom.")
        fig.subplots_adjust(bottom=0.18)
    return fig


def plot_confusion(matrix: pd.DataFrame, *, title: str, corpus: str = "bundled gold labels"):
    """Draw a confusion matrix (rows: gold, columns: predicted) with counts in the cells."""
    if matrix is None or not matrix.size:
        return _empty(title, "No gold pairs to compare.")
    with plt.rc_context(_STYLE):
        fig, ax = plt.subplots(figsize=(4.6, 4))
        m = matrix.to_numpy(float)
        ax.imshow(m, cmap="Blues", vmin=0, vmax=max(1, m.max()))
        ax.set_xticks(range(m.shape[1]), matrix.columns, rotation=30, ha="right")
        ax.set_yticks(range(m.shape[0]), matrix.index)
        for i in range(m.shape[0]):
            for j in range(m.shape[1]):
                ax.text(j, i, int(m[i, j]), ha="center", va="center",
                        color="white" if m[i, j] > m.max() / 2 else "black")
        ax.set_xlabel("predicted stance (article pairs)")
        ax.set_ylabel("gold stance (article pairs)")
        ax.set_title(title, loc="left", fontsize=10)
        _footnote(fig, f"Source: {corpus}.")
        fig.subplots_adjust(bottom=0.25, left=0.25)
    return fig


def plot_gdelt_comparison(table: pd.DataFrame, *, corr: dict | None = None, corpus: str = "the kit's corpus"):
    """
    Put GDELT beside the kit for each dyad-period both cover (the table of :func:`helpers.gdelt.compare`).

    Left: kit score against GDELT's mean Goldstein (both rescaled to -1..1);
    right: the same dyad-periods with GDELT AvgTone and the kit's VADER and
    TextBlob tone. The correlations are in the title when given.
    """
    title = "The kit beside GDELT (dyad-periods covered by both)"
    if table is None or not len(table):
        return _empty(title, "No dyad-period is covered by both sources.")
    with plt.rc_context(_STYLE):
        fig, (a1, a2) = plt.subplots(1, 2, figsize=(10, 4.2))
        x = table["gdelt_goldstein"] / 10
        a1.axhline(0, color="#999999", lw=0.8)
        a1.axvline(0, color="#999999", lw=0.8)
        a1.scatter(x, table["kit_score"], s=20 + 8 * table["kit_articles"].clip(upper=20), color="#4c72b0",
                   alpha=0.8)
        for xi, yi, lab in zip(x, table["kit_score"], table["dyad"]):
            a1.annotate(lab, (xi, yi), fontsize=7, xytext=(3, 3), textcoords="offset points")
        a1.set_xlim(-1.05, 1.05)
        a1.set_ylim(-1.05, 1.05)
        a1.set_xlabel("GDELT mean Goldstein / 10 (-1 .. +1)")
        a1.set_ylabel("kit score (-1 hostile .. +1 cooperative)")
        a1.set_title("Events: kit score vs Goldstein", loc="left", fontsize=10)
        labels = table["dyad"] + " " + pd.to_datetime(table["period"]).dt.strftime("%Y-%m")
        ypos = np.arange(len(table))
        a2.axvline(0, color="#999999", lw=0.8)
        a2.scatter(table["gdelt_tone"] / 10, ypos, marker="s", color="#c44e52", label="GDELT AvgTone / 10")
        if "kit_vader" in table:
            a2.scatter(table["kit_vader"], ypos, marker="o", color="#dd8452", label="VADER (kit sentences)")
        if "kit_textblob" in table:
            a2.scatter(table["kit_textblob"], ypos, marker="^", color="#8172b3", label="TextBlob (kit sentences)")
        a2.scatter(table["kit_score"], ypos, marker="D", color="#4c72b0", label="kit score")
        a2.set_yticks(ypos, labels, fontsize=7)
        a2.set_xlim(-1.05, 1.05)
        a2.set_xlabel("score or tone (-1 .. +1)")
        a2.set_title("Tone: GDELT AvgTone, VADER, TextBlob", loc="left", fontsize=10)
        a2.legend(fontsize=7, frameon=False, loc="lower right")
        sub = ""
        if corr and corr.get("kit_vs_goldstein") is not None:
            sub = f" (Pearson r: kit vs Goldstein {corr['kit_vs_goldstein']:+.2f}, kit vs tone {corr['kit_vs_tone']:+.2f}, n = {corr['n']})"
        fig.suptitle(title + sub, fontsize=10, fontweight="bold", x=0.01, ha="left")
        _footnote(fig, f"Sources: GDELT 2.0 events (GDELT Project); {corpus}. Marker size: kit articles.")
        fig.subplots_adjust(bottom=0.2, top=0.86, wspace=0.45, left=0.08, right=0.98)
    return fig


def save(fig, path: str | os.PathLike) -> Path:
    """Save a figure as PNG with no timestamp or software stamp, then close it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png", metadata={"Software": None})
    plt.close(fig)
    return path
