"""Charts: titles and labels, byte-identical PNGs, small and empty data."""
import hashlib

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers import charts
from helpers.relations import directed_relations, methods_series, relations


def _rel():
    ad = pd.DataFrame({"article_id": list("abcde"), "country_a": ["ISR"] * 3 + ["DZA"] * 2,
                       "country_b": ["MAR"] * 5,
                       "date": pd.to_datetime(["2020-11-02", "2020-12-11", "2021-02-01", "2020-11-13", "2021-08-24"]),
                       "score": [0.2, 0.8, 0.5, -0.6, -0.9], "n_sentences": 1,
                       "textblob_polarity": 0.1, "vader_compound": 0.2})
    return ad, relations(ad)


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_plot_dyad_has_title_labels_and_is_byte_identical(tmp_path):
    ad, rel = _rel()
    ms = charts.read_milestones()
    fig = charts.plot_dyad(rel, ("MAR", "ISR"), milestones=ms)
    ax = fig.axes[0]
    assert "ISR" in ax.get_title(loc="left") and "score" in ax.get_ylabel()
    assert "articles" in fig.axes[1].get_ylabel() and fig.axes[1].get_xlabel()
    assert any("Source:" in t.get_text() for t in fig.texts)
    p1 = charts.save(fig, tmp_path / "a.png")
    p2 = charts.save(charts.plot_dyad(rel, ("ISR", "MAR"), milestones=ms), tmp_path / "b.png")
    assert _sha(p1) == _sha(p2)


@pytest.mark.parametrize("which", ["dyad", "compare", "heatmap", "asymmetry", "methods", "confusion"])
def test_every_chart_draws_small_and_empty_data_without_failing(tmp_path, which):
    ad, rel = _rel()
    empty_rel = rel.iloc[0:0]
    calls = {
        "dyad": lambda r: charts.plot_dyad(r, ("ISR", "MAR")),
        "compare": lambda r: charts.plot_compare(r, [("ISR", "MAR"), ("DZA", "MAR")]),
        "heatmap": lambda r: charts.plot_heatmap(r),
        "asymmetry": lambda r: charts.plot_asymmetry(
            directed_relations(pd.DataFrame({"article_id": ["a"], "date": pd.to_datetime(["2021-01-01"]),
                                             "sentence_id": [0], "source": ["ISR"], "target": ["MAR"],
                                             "event_class": ["verbal_cooperation"], "score": [0.3]}))
            if len(r) else pd.DataFrame(), ("ISR", "MAR")),
        "methods": lambda r: charts.plot_methods(methods_series(ad, ("ISR", "MAR")) if len(r) else None, ("ISR", "MAR")),
        "confusion": lambda r: charts.plot_confusion(
            pd.DataFrame([[3, 1], [0, 2]], index=["cooperative", "hostile"], columns=["cooperative", "hostile"])
            if len(r) else pd.DataFrame(), title="t"),
    }
    for data in (rel, empty_rel):
        fig = calls[which](data)
        assert (fig.axes[0].get_title(loc="left") or fig.axes[0].get_title())
        charts.save(fig, tmp_path / f"{which}_{len(data)}.png")
    plt.close("all")


def test_empty_chart_says_why():
    fig = charts.plot_dyad(_rel()[1].iloc[0:0], ("CHN", "USA"))
    assert any("No articles for CHN-USA" in t.get_text() for t in fig.axes[0].texts)
