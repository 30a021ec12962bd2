"""Relations: known means and intervals, gaps, filters, directed view, evidence."""
import numpy as np
import pandas as pd
import pytest

from helpers.relations import directed_relations, evidence, parse_dyads, relations, smooth


def _ad(rows):
    df = pd.DataFrame(rows, columns=["article_id", "date", "country_a", "country_b", "score", "n_sentences"])
    df["date"] = pd.to_datetime(df["date"])
    return df


def test_relations_mean_of_articles_and_interval_contains_it():
    ad = _ad([("a", "2021-01-03", "ISR", "MAR", 0.8, 10), ("b", "2021-01-10", "ISR", "MAR", 0.2, 1),
              ("c", "2021-01-20", "ISR", "MAR", 0.5, 1)])
    r = relations(ad).iloc[0]
    assert r["score"] == pytest.approx(0.5)          # mean of articles, not of sentences
    assert r["n_articles"] == 3 and r["n_sentences"] == 12
    assert r["ci_low"] <= r["score"] <= r["ci_high"]
    assert 0.2 <= r["ci_low"] < r["ci_high"] <= 0.8


def test_relations_interval_of_identical_scores_is_zero_width_but_single_article_is_wide():
    ad = _ad([("a", "2021-01-03", "ISR", "MAR", 0.4, 1), ("b", "2021-01-05", "ISR", "MAR", 0.4, 1),
              ("c", "2021-02-05", "ISR", "MAR", 0.4, 1)])
    r = relations(ad)
    assert (r.iloc[0]["ci_low"], r.iloc[0]["ci_high"]) == (0.4, 0.4)
    assert (r.iloc[1]["ci_low"], r.iloc[1]["ci_high"], r.iloc[1]["ci_note"]) == (-1.0, 1.0, "single article")


def test_relations_interval_width_shrinks_with_more_articles():
    rng = np.random.default_rng(1)
    small = _ad([(f"s{i}", "2021-01-01", "DZA", "MAR", v, 1) for i, v in enumerate(rng.normal(0, 0.5, 5))])
    large = _ad([(f"l{i}", "2021-01-01", "DZA", "MAR", v, 1) for i, v in enumerate(rng.normal(0, 0.5, 200))])
    w = lambda r: float(r["ci_high"].iloc[0] - r["ci_low"].iloc[0])  # noqa: E731
    assert w(relations(large)) < w(relations(small))


def test_relations_keep_empty_periods_as_gaps():
    ad = _ad([("a", "2021-01-03", "ISR", "MAR", 0.5, 1), ("b", "2021-04-03", "ISR", "MAR", -0.5, 1)])
    r = relations(ad)
    assert list(r["period_label"]) == ["2021-01", "2021-02", "2021-03", "2021-04"]
    assert list(r["n_articles"]) == [1, 0, 0, 1]
    assert r["score"].isna().tolist() == [False, True, True, False]


@pytest.mark.parametrize(("freq", "labels"), [
    ("Q", ["2021-Q1", "2021-Q2"]), ("Y", ["2021"]), ("W", ["2021-01-04 (week)", "2021-01-11 (week)"]),
])
def test_relations_periods(freq, labels):
    ad = _ad([("a", "2021-01-05", "ISR", "MAR", 0.5, 1), ("b", "2021-01-12", "ISR", "MAR", 0.1, 1)])
    if freq == "Q":
        ad.loc[1, "date"] = pd.Timestamp("2021-05-01")
    assert list(relations(ad, freq=freq)["period_label"]) == labels


def test_relations_filters_dyads_dates_and_min_articles():
    ad = _ad([("a", "2021-01-03", "ISR", "MAR", 0.5, 1), ("b", "2021-01-04", "DZA", "MAR", -0.5, 1),
              ("c", "2021-03-04", "DZA", "MAR", -0.3, 1), ("d", "2021-03-05", "DZA", "MAR", -0.1, 1)])
    r = relations(ad, dyads=parse_dyads("MAR-DZA"), min_articles=2)
    assert set(r["country_a"] + "-" + r["country_b"]) == {"DZA-MAR"}
    assert r["score"].isna().tolist() == [True, True, False]
    r2 = relations(ad, start="2021-02-01")
    assert list(r2["n_articles"]) == [2]


def test_relations_empty_input_gives_empty_table():
    assert len(relations(_ad([]))) == 0


def test_relations_are_deterministic_whatever_else_is_in_the_table():
    base = [("a", "2021-01-03", "ISR", "MAR", 0.9, 1), ("b", "2021-01-04", "ISR", "MAR", -0.2, 1),
            ("c", "2021-01-05", "ISR", "MAR", 0.1, 1)]
    r1 = relations(_ad(base))
    r2 = relations(_ad(base + [("z", "2021-01-05", "CHN", "USA", 0.3, 1)]))
    pd.testing.assert_frame_equal(r1, r2[r2["country_a"] == "ISR"].reset_index(drop=True))


def test_parse_dyads_rejects_nonsense():
    with pytest.raises(ValueError, match="two different codes"):
        parse_dyads("ISR")


def test_smooth_keeps_gaps():
    ad = _ad([("a", "2021-01-03", "ISR", "MAR", 0.5, 1), ("b", "2021-03-03", "ISR", "MAR", -0.5, 1)])
    s = smooth(relations(ad), window=3)
    assert np.isnan(s.iloc[1]["score_smooth"]) and s.iloc[2]["score_smooth"] == pytest.approx(0.0)


def _events():
    rows = [("a", "2021-08-24", 1, "DZA", "MAR", "material_conflict", -7.0, -0.7, "cut ties", "Algeria cut ties with Morocco."),
            ("a", "2021-08-24", 2, "MAR", "DZA", "verbal_cooperation", 1.0, 0.1, "regretted", "Morocco regretted the decision."),
            ("b", "2021-08-30", 1, "DZA", "MAR", "verbal_conflict", -2.0, -0.2, "accused", "Algeria accused Morocco."),
            ("c", "2021-09-01", 1, "DZA", "MAR", "neutral", 0.0, 0.0, "", "Algeria and Morocco are neighbours.")]
    df = pd.DataFrame(rows, columns=["article_id", "date", "sentence_id", "source", "target", "event_class",
                                     "intensity", "score", "cue", "sentence"])
    df["date"] = pd.to_datetime(df["date"])
    return df


def test_directed_relations_separate_the_two_directions():
    d = directed_relations(_events())
    ab = d[(d["source"] == "DZA")].iloc[0]
    ba = d[(d["source"] == "MAR")].iloc[0]
    assert ab["score"] == pytest.approx(-0.45) and ab["n_articles"] == 2
    assert ba["score"] == pytest.approx(0.1)


def test_evidence_returns_the_sentences_behind_a_point_strongest_first():
    row = {"country_a": "DZA", "country_b": "MAR", "period": pd.Timestamp("2021-08-01")}
    ev = evidence(row, _events())
    assert list(ev["sentence"]) == ["Algeria cut ties with Morocco.", "Algeria accused Morocco.",
                                    "Morocco regretted the decision."]


def test_evidence_carries_the_reach_of_syndicated_stories():
    ad = pd.DataFrame({"article_id": ["a", "b"], "n_copies": [4, 1], "sources": ["W; X; Y; Z", "Q"]})
    row = {"country_a": "DZA", "country_b": "MAR", "period": pd.Timestamp("2021-08-01")}
    ev = evidence(row, _events(), article_dyads=ad)
    assert dict(zip(ev["article_id"], ev["n_copies"])) == {"a": 4, "b": 1}
    assert ev.loc[ev["article_id"] == "a", "sources"].iloc[0] == "W; X; Y; Z"


@pytest.mark.parametrize("freq", ["D", "W", "M", "Q", "Y"])
def test_directed_relations_in_duckdb_match_pandas(tmp_path, freq):
    from helpers.relations import directed_relations_parquet
    ev = _events()
    ev.to_parquet(tmp_path / "e.parquet")
    a = directed_relations(ev, freq=freq)
    b = directed_relations_parquet(str(tmp_path / "e.parquet"), freq=freq)
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b, check_dtype=False)
    c = directed_relations_parquet(str(tmp_path / "e.parquet"), freq=freq, dyads=parse_dyads("ISR-MAR"))
    assert len(c) == 0


def test_directed_relations_in_duckdb_are_the_same_on_every_run(tmp_path):
    """Period means that sit on a rounding boundary must not flip with the order of a parallel sum."""
    from helpers.relations import directed_relations_parquet
    rng = np.random.default_rng(7)
    rows = []
    for g in range(240):   # 240 months, ten one-sentence articles each, mean = c + 0.00005 exactly
        c = rng.integers(-5000, 5000) / 10_000
        scores = list(rng.integers(-9000, 9000, 9) / 10_000)
        scores.append(round(10 * c + 0.0005 - sum(scores), 6))
        day = pd.Timestamp("2000-01-01") + pd.DateOffset(months=g)
        rows += [{"article_id": f"g{g}a{i}", "date": day, "sentence_id": 0, "source": "DZA", "target": "MAR",
                  "event_class": "verbal_conflict", "score": v} for i, v in enumerate(scores)]
    pd.DataFrame(rows).to_parquet(tmp_path / "e.parquet")
    first = directed_relations_parquet(str(tmp_path / "e.parquet"), freq="M")
    for _ in range(15):
        pd.testing.assert_frame_equal(directed_relations_parquet(str(tmp_path / "e.parquet"), freq="M"), first)


def test_evidence_reads_the_period_length_from_the_row_and_lists_tone_only_articles():
    ev = _events()
    row = {"country_a": "DZA", "country_b": "MAR", "period": pd.Timestamp("2021-07-01"), "period_label": "2021-Q3"}
    ad = pd.DataFrame({"article_id": ["t"], "date": pd.to_datetime(["2021-09-15"]), "country_a": ["DZA"],
                       "country_b": ["MAR"], "score": [-0.3], "basis": ["article tone"], "n_copies": [1]})
    out = evidence(row, ev, article_dyads=ad)
    assert set(out["article_id"]) == {"a", "b", "c", "t"}          # the whole quarter, not one month
    assert out.loc[out["article_id"] == "t", "sentence"].iloc[0].startswith("(no cue links the two")


def test_evidence_lists_articles_scored_as_allies_with_their_reason():
    ev = _events()
    row = {"country_a": "DZA", "country_b": "MAR", "period": pd.Timestamp("2021-07-01"), "period_label": "2021-Q3"}
    ad = pd.DataFrame({"article_id": ["t", "u"], "date": pd.to_datetime(["2021-09-15", "2021-09-16"]),
                       "country_a": ["DZA", "DZA"], "country_b": ["MAR", "MAR"], "score": [-0.3, 0.2],
                       "basis": ["article tone", "allies"], "cues": ["tone: clashes", "allies (NATO)"],
                       "n_copies": [1, 1]})
    out = evidence(row, ev, article_dyads=ad).set_index("article_id")
    assert "alliances.csv" in out.loc["u", "sentence"] and out.loc["u", "cue"] == "allies (NATO)"
    assert "tone of the headline" in out.loc["t", "sentence"]


def test_evidence_lists_articles_of_a_pair_only_listed_together():
    ev = _events()
    row = {"country_a": "DZA", "country_b": "MAR", "period": pd.Timestamp("2021-07-01"), "period_label": "2021-Q3"}
    ad = pd.DataFrame({"article_id": ["l"], "date": pd.to_datetime(["2021-09-15"]), "country_a": ["DZA"],
                       "country_b": ["MAR"], "score": [0.0], "basis": ["listed together"], "cues": [""],
                       "n_copies": [1]})
    out = evidence(row, ev, article_dyads=ad).set_index("article_id")
    assert "side by side in a list" in out.loc["l", "sentence"]


def test_evidence_lists_every_article_the_point_averages_with_no_state_act_ones():
    ev = _events()
    row = {"country_a": "DZA", "country_b": "MAR", "period": pd.Timestamp("2021-07-01"), "period_label": "2021-Q3"}
    ad = pd.DataFrame({"article_id": ["a", "n", "s"], "date": pd.to_datetime(["2021-07-02", "2021-09-15", "2021-09-16"]),
                       "country_a": ["DZA"] * 3, "country_b": ["MAR"] * 3, "score": [0.4, 0.0, 0.1],
                       "basis": ["cue", "no state act", "sentence tone"], "cues": ["", "", ""], "n_copies": [1, 1, 1],
                       "n_sentences": [2, 0, 1]})
    out = evidence(row, ev, article_dyads=ad)
    # the cued article keeps its sentences (no extra row); the two scored without one are listed with a reason
    assert (out["article_id"] == "a").sum() == (ev["article_id"] == "a").sum()
    by = out.set_index("article_id")
    assert "place or a private person's nationality" in by.loc["n", "sentence"]
    assert "sentences naming both" in by.loc["s", "sentence"]
    points = relations(ad, freq="Q")
    assert set(out["article_id"]) >= set(ad["article_id"]) and int(points["n_articles"].iloc[0]) == 3


def test_evidence_names_the_speaker_and_un_basis():
    row = {"country_a": "MRT", "country_b": "UN", "period": pd.Timestamp("1990-01-01"), "period_label": "1990"}
    ad = pd.DataFrame({"article_id": ["s"], "date": pd.to_datetime(["1990-10-01"]), "country_a": ["MRT"],
                       "country_b": ["UN"], "score": [0.3], "basis": ["speaker and the UN"],
                       "cues": ["the speaker's own Organization"], "n_copies": [1], "n_sentences": [1]})
    out = evidence(row, _events(), freq="Y", article_dyads=ad).set_index("article_id")
    assert "General Debate speaker" in out.loc["s", "sentence"]
