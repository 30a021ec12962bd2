"""Validation: metrics known by hand, malformed gold and sheets, unmatched ids, kappa."""
import json

import pandas as pd
import pytest

from helpers.validate import GoldError, kappa, read_codesheet, read_gold, score_run


def _tables():
    """A hand-made run: two articles, known mentions and article pairs."""
    articles = pd.DataFrame({"article_id": ["a1", "a2"], "title": ["", ""],
                             "text": ["Morocco thanked Israel warmly for the excellent help.",
                                      "Algeria condemned Morocco in a furious, bitter statement."]})
    mentions = pd.DataFrame({"article_id": ["a1", "a1", "a1", "a2", "a2"], "sentence_id": [0] * 5,
                             "start": 0, "end": 1, "surface": ["Morocco", "Israel", "Canadian", "Algeria", "Morocco"],
                             "actor_id": "x", "country": ["MAR", "ISR", "CAN", "DZA", "MAR"],
                             "kind": ["country", "country", "demonym", "country", "country"],
                             "match": "exact", "confidence": 1.0})
    ad = pd.DataFrame({"article_id": ["a1", "a2"], "date": pd.to_datetime(["2021-01-01"] * 2),
                       "country_a": ["ISR", "DZA"], "country_b": ["MAR", "MAR"],
                       "stance": ["cooperative", "cooperative"], "score": [0.5, 0.3], "n_sentences": [1, 1]})
    return {"articles": articles, "mentions": mentions, "article_dyads": ad,
            "dyad_events": pd.DataFrame(columns=["article_id", "source", "target", "cue", "score", "sentence"]),
            "sentences": pd.DataFrame()}


def _gold(tmp_path, rows):
    p = tmp_path / "gold.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return p


def test_metrics_on_a_tiny_gold_known_by_hand(tmp_path):
    gold = _gold(tmp_path, [
        {"article_id": "a1", "actors": ["ISR", "MAR"], "not_actors": ["CAN"], "dyads": {"ISR-MAR": "cooperative"}},
        {"article_id": "a2", "actors": ["DZA", "MAR", "ESP"], "dyads": {"DZA-MAR": "hostile", "ESP-MAR": "neutral"}},
    ])
    m = score_run(gold, _tables())
    # actors: tp = 4 (ISR, MAR, DZA, MAR), fp = 1 (CAN), fn = 1 (ESP)
    assert m["actors"]["overall"]["tp"] == 4 and m["actors"]["overall"]["fp"] == 1 and m["actors"]["overall"]["fn"] == 1
    assert m["actor_precision"] == pytest.approx(0.8) and m["actor_recall"] == pytest.approx(0.8)
    assert m["actors"]["false_actors_on_not_actors"] == 1
    # stance over cooperative/hostile pairs: ISR-MAR right, DZA-MAR wrong -> 0.5
    assert m["stance_accuracy"] == pytest.approx(0.5) and m["methods"]["combined"]["n"] == 2
    # the baselines read the whole article: a1 positive (cooperative, right), a2 negative (hostile, right)
    assert m["methods"]["vader"]["accuracy"] == pytest.approx(1.0)
    assert m["methods"]["combined"]["ci"][0] <= 0.5 <= m["methods"]["combined"]["ci"][1]
    # macro-F1 over three classes: combined predicts coop, coop, neutral (ESP-MAR missing -> neutral)
    #   cooperative: p=1/2, r=1 -> 2/3; hostile: 0; neutral: p=1, r=1 -> 1; mean = 5/9
    assert m["macro_f1"] == pytest.approx(5 / 9, abs=1e-3)


def test_gold_ids_without_article_are_reported(tmp_path):
    gold = _gold(tmp_path, [{"article_id": "a1", "actors": ["ISR", "MAR"], "dyads": {}},
                            {"article_id": "zz", "actors": ["ISR"], "dyads": {}}])
    m = score_run(gold, _tables())
    assert m["gold_ids_without_article"] == ["zz"]


def test_gold_that_matches_no_article_is_an_error(tmp_path):
    gold = _gold(tmp_path, [{"article_id": "nope", "actors": ["ISR"], "dyads": {}}])
    with pytest.raises(GoldError, match="no gold article_id matches"):
        score_run(gold, _tables())


def test_malformed_gold_lines_are_reported_with_line_numbers(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"article_id": "a1", "actors": ["MAR", "XXQ"], "dyads": {"ISR-MAR": "hostle", "MAR": "hostile"}}\n'
                 '{broken\n'
                 '{"actors": ["MAR"]}\n')
    gold, problems = read_gold(p)
    assert "a1" in gold
    assert any(s.startswith("line 1: unknown code 'XXQ'") for s in problems)
    assert any("line 1: unknown label 'hostle'" in s for s in problems)
    assert any("line 1: bad pair 'MAR'" in s for s in problems)
    assert any(s.startswith("line 2: invalid JSON") for s in problems)
    assert any(s.startswith("line 3: no article_id") for s in problems)


def _sheet(path, rows):
    header = "# instructions\narticle_id,pair,title,evidence,kit_guess,label,note\n"
    path.write_text(header + "".join(f"{a},{p},t,e,,{l},\n" for a, p, l in rows))
    return path


def test_codesheet_bad_labels_are_reported_with_line_numbers(tmp_path):
    p = _sheet(tmp_path / "s.csv", [("a1", "ISR-MAR", "cooperative"), ("a1", "DZA-MAR", "hostle"),
                                    ("a2", "DZA-MAR", ""), ("a2", "QQ-MAR", "hostile")])
    gold, problems = read_codesheet(p)
    assert gold["a1"]["dyads"] == {("ISR", "MAR"): "cooperative"}
    assert problems == ["line 4: unknown label 'hostle' for a1 DZA-MAR (use cooperative, hostile, neutral, mixed)",
                        "line 5: no label for a2 DZA-MAR", "line 6: bad pair 'QQ-MAR' (two codes joined by '-')"]


def test_kappa_between_two_coders(tmp_path):
    rows_a = [("a1", "ISR-MAR", "cooperative"), ("a2", "DZA-MAR", "hostile"), ("a3", "EGY-ISR", "neutral"),
              ("a4", "CHN-USA", "hostile")]
    rows_b = [("a1", "ISR-MAR", "cooperative"), ("a2", "DZA-MAR", "hostile"), ("a3", "EGY-ISR", "cooperative"),
              ("a4", "CHN-USA", "hostile")]
    k, dis, n = kappa(_sheet(tmp_path / "a.csv", rows_a), _sheet(tmp_path / "b.csv", rows_b))
    # observed agreement 3/4; expected: coop .25*.5 + hostile .5*.5 + neutral .25*0 = .375 -> (0.75-0.375)/0.625 = 0.6
    assert k == pytest.approx(0.6) and n == 4 and list(dis["pair"]) == ["EGY-ISR"]


def test_validate_cli_on_bundled_corpus_writes_metrics_and_figures(tmp_path):
    import helpers
    from helpers.validate import validate_cli
    m = validate_cli(str(helpers.GOLD), [str(helpers.CORPUS)], str(tmp_path), log=lambda s: None)
    for f in ["metrics.json", "errors.csv", "confusion_combined.png", "confusion_vader.png", "confusion_textblob.png"]:
        assert (tmp_path / f).exists()
    assert set(m["methods"]) == {"textblob", "vader", "combined"}
    assert m["actor_recall"] >= 0.95


def test_kappa_compares_jsonl_gold_files_as_well_as_sheets(tmp_path):
    from helpers.validate import kappa
    a = tmp_path / "a.jsonl"
    b = tmp_path / "b.jsonl"
    a.write_text('{"article_id": "x1", "actors": ["DZA", "MAR"], "dyads": {"DZA-MAR": "hostile"}}\n'
                 '{"article_id": "x2", "actors": ["ISR", "MAR"], "dyads": {"ISR-MAR": "cooperative"}}\n'
                 '{"article_id": "x3", "actors": ["ESP", "MAR"], "dyads": {"ESP-MAR": "neutral"}}\n')
    b.write_text('{"article_id": "x1", "actors": ["DZA", "MAR"], "dyads": {"DZA-MAR": "hostile"}}\n'
                 '{"article_id": "x2", "actors": ["ISR", "MAR"], "dyads": {"ISR-MAR": "neutral"}}\n'
                 '{"article_id": "x3", "actors": ["ESP", "MAR"], "dyads": {"ESP-MAR": "neutral"}}\n')
    k, dis, n = kappa(a, b)
    assert n == 3 and len(dis) == 1 and dis.iloc[0]["pair"] == "ISR-MAR"
    assert 0 < k < 1


def test_organisation_codes_the_gold_never_uses_are_not_scored(tmp_path):
    """A gold set made before the kit knew the WTO cannot count the WTO against the kit; a state always counts."""
    t = _tables()
    extra = pd.DataFrame({"article_id": ["a2", "a1"], "sentence_id": [0, 0], "start": 0, "end": 1,
                          "surface": ["WTO", "Spain"], "actor_id": "x", "country": ["WTO", "ESP"],
                          "kind": ["organization", "country"], "match": "exact", "confidence": 1.0})
    t["mentions"] = pd.concat([t["mentions"], extra], ignore_index=True)
    rows = [{"article_id": "a1", "actors": ["ISR", "MAR"], "not_actors": ["CAN"], "dyads": {"ISR-MAR": "cooperative"}},
            {"article_id": "a2", "actors": ["DZA", "MAR"], "dyads": {"DZA-MAR": "hostile"}}]
    m = score_run(_gold(tmp_path, rows), t)
    assert m["actors"]["unscored_codes"] == ["WTO"]
    assert m["actors"]["overall"]["fp"] == 2   # CAN and ESP, not the WTO
    rows[1]["actors"] = ["DZA", "MAR", "WTO"]
    rows[1]["dyads"] = {"DZA-MAR": "hostile", "DZA-WTO": "neutral", "MAR-WTO": "neutral"}
    m = score_run(_gold(tmp_path, rows), t)
    assert m["actors"]["unscored_codes"] == [] and m["actors"]["overall"]["tp"] == 5
    # a gold file that uses any late code was made with them: nothing is left out
    rows[1]["actors"] = ["DZA", "FARC", "MAR"]
    rows[1]["dyads"] = {"DZA-MAR": "hostile", "DZA-FARC": "neutral", "FARC-MAR": "neutral"}
    m = score_run(_gold(tmp_path, rows), t)
    assert m["actors"]["unscored_codes"] == [] and m["actors"]["overall"]["fp"] == 3


def test_armed_groups_named_after_every_gold_file_are_scored_only_where_used(tmp_path):
    """A gold file made with the late codes (FARC) but before Janjaweed had one does not count Janjaweed."""
    t = _tables()
    extra = pd.DataFrame({"article_id": ["a2"], "sentence_id": [0], "start": 0, "end": 1, "surface": ["Janjaweed"],
                          "actor_id": "x", "country": ["JANJAWEED"], "kind": ["organization"], "match": "exact",
                          "confidence": 1.0})
    t["mentions"] = pd.concat([t["mentions"], extra], ignore_index=True)
    rows = [{"article_id": "a1", "actors": ["ISR", "MAR"], "dyads": {"ISR-MAR": "cooperative"}},
            {"article_id": "a2", "actors": ["DZA", "FARC", "MAR"],
             "dyads": {"DZA-MAR": "hostile", "DZA-FARC": "neutral", "FARC-MAR": "neutral"}}]
    m = score_run(_gold(tmp_path, rows), t)
    assert m["actors"]["unscored_codes"] == ["JANJAWEED"]
    rows[1]["actors"] = ["DZA", "JANJAWEED", "MAR"]
    rows[1]["dyads"] = {"DZA-MAR": "hostile", "DZA-JANJAWEED": "neutral", "JANJAWEED-MAR": "neutral"}
    m = score_run(_gold(tmp_path, rows), t)
    assert m["actors"]["unscored_codes"] == []


def test_gold_code_synonyms_are_read_as_the_kit_codes(tmp_path):
    from helpers.validate import read_gold
    p = tmp_path / "g.jsonl"
    p.write_text('{"article_id": "a1", "actors": ["PER", "SENDERO"], "dyads": {"PER-SENDERO": "hostile"}}\n')
    gold, problems = read_gold(p)
    assert problems == []
    assert gold["a1"]["actors"] == {"PER", "SHININGPATH"}
    assert list(gold["a1"]["dyads"]) == [("PER", "SHININGPATH")]


def test_the_organization_of_african_unity_is_read_as_the_au(tmp_path):
    gold = _gold(tmp_path, [{"article_id": "a1", "dyads": {"OAU-ZAF": "cooperative"}}])
    g, problems = read_gold(gold)
    assert problems == [] and list(g["a1"]["dyads"]) == [("AU", "ZAF")]


def test_pair_only_gold_scores_stance_and_leaves_actors_out(tmp_path):
    # a2 has no "actors" field: its pair is scored, its actors (and the kit's DZA, MAR) are not
    gold = _gold(tmp_path, [
        {"article_id": "a1", "actors": ["ISR", "MAR"], "not_actors": ["CAN"], "dyads": {"ISR-MAR": "cooperative"}},
        {"article_id": "a2", "dyads": {"DZA-MAR": "hostile"}},
    ])
    g, _ = read_gold(gold)
    assert g["a2"].get("actors_unlabelled") and not g["a1"].get("actors_unlabelled")
    m = score_run(gold, _tables())
    assert (m["actors"]["overall"]["tp"], m["actors"]["overall"]["fp"], m["actors"]["overall"]["fn"]) == (2, 1, 0)
    assert m["methods"]["combined"]["n"] == 2 and m["stance_accuracy"] == pytest.approx(0.5)
    # a set of pair-only items has no actor figure at all, and says so instead of scoring zero
    only = _gold(tmp_path, [{"article_id": "a2", "dyads": {"DZA-MAR": "hostile"}}])
    m = score_run(only, _tables())
    assert m["actors"]["overall"]["n_gold"] == 0 and m["actors"]["overall"]["n_predicted"] == 0
    assert m["methods"]["combined"]["confusion"]["hostile"]["cooperative"] == 1


def test_gkg_titles_become_a_headline_corpus_without_storing_text(tmp_path):
    import gzip
    import importlib.util
    from pathlib import Path
    spec = importlib.util.spec_from_file_location("metrics", Path(__file__).resolve().parents[1] / "benchmarks" / "metrics.py")
    metrics = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(metrics)
    cols = ["20230702153000-7", "20230702153000", "1", "example.com", "https://example.com/a"] + [""] * 21
    rows = ["\t".join(cols + ["<PAGE_TITLE>Iran &amp; IAEA agree on inspections</PAGE_TITLE>"]),
            "\t".join(["20230702153000-8", "20230702153000"] + [""] * 24 + ["<PAGE_LINKS>x</PAGE_LINKS>"])]
    gz = tmp_path / "b.gkg.csv.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    out = metrics.gkg_titles_corpus(gz, tmp_path)
    recs = [json.loads(l) for l in out.read_text().splitlines()]
    assert [(r["article_id"], r["date"], r["text"]) for r in recs] == [
        ("gkg-20230702153000-7", "2023-07-02", "Iran & IAEA agree on inspections")]


def test_ungdc_passages_are_numbered_paragraphs_with_their_speaker(tmp_path):
    import csv
    import gzip
    from helpers.teaching import ungdc_paragraphs, ungdc_passages
    gz = tmp_path / "ungdc.csv.gz"
    with gzip.open(gz, "wt", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["iso3", "session", "year", "text"])
        w.writerow(["MAR", "74", "2019", "Mr. President, I congratulate you.\n\n12. We thank Spain for its support.\n"
                                         "We call on Algeria to negotiate."])
        w.writerow(["DZA", "74", "2019", "First paragraph.\nSecond paragraph."])
    assert [p[:3] for p in ungdc_paragraphs(gz)] == [("MAR", 2019, 0), ("MAR", 2019, 1), ("MAR", 2019, 2),
                                                     ("DZA", 2019, 0), ("DZA", 2019, 1)]
    out = ungdc_passages({("MAR", 2019, 2), ("DZA", "2019", "0")}, tmp_path / "c", gz)
    recs = [json.loads(l) for l in out.read_text().splitlines()]
    assert [(r["article_id"], r["speaker"], r["date"], r["text"]) for r in recs] == [
        ("ungdc-MAR-2019-p2", "MAR", "2019", "We call on Algeria to negotiate."),
        ("ungdc-DZA-2019-p0", "DZA", "2019", "First paragraph.")]
    assert ungdc_passages({("MAR", 2019, 2)}, tmp_path / "d", tmp_path / "absent.csv.gz") is None
