"""Data files: codes valid, dates parse, tenures ordered, lexicon consistent, gold and corpus aligned."""
import csv
import json
from pathlib import Path

import pandas as pd
import pycountry
import pytest

from helpers.gazetteer import HISTORIC_CODES, ORG_CODES

DATA = Path(__file__).resolve().parents[1] / "data"
EXTRA = {"ESH", "PSE", "XKX", "TWN"} | ORG_CODES | {"VAT"} | HISTORIC_CODES


def _rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _valid(code):
    return code in EXTRA or pycountry.countries.get(alpha_3=code) is not None


@pytest.mark.parametrize("name", ["country_aliases.csv", "demonyms.csv", "institutions.csv", "seats.csv", "regions.csv",
                                  "people.csv", "people_1990_2009.csv", "people_more.csv", "people_world.csv", "people_gaps.csv",
                                  "people_1946_1989.csv", "ga_presidents.csv"])
def test_actor_files_use_valid_codes(name):
    bad = [r["country"] for r in _rows(DATA / "actors" / name) if not _valid(r["country"].strip())]
    assert bad == []


@pytest.mark.parametrize("name", ["people.csv", "people_1990_2009.csv", "people_more.csv", "people_world.csv", "people_gaps.csv",
                                  "people_1946_1989.csv"])
def test_people_tenures_parse_and_are_ordered(name):
    for r in _rows(DATA / "actors" / name):
        start = pd.Timestamp(r["start"]) if r["start"] else None
        end = pd.Timestamp(r["end"]) if r["end"] else None
        assert start is not None, r["person_id"]
        assert end is None or start < end, r["person_id"]


def test_cue_lexicon_is_consistent():
    rows = _rows(DATA / "lexicon" / "cues.csv")
    ids = [r["cue_id"] for r in rows]
    assert len(ids) == len(set(ids))
    seen = {}
    for r in rows:
        i = float(r["intensity"])
        assert -10 <= i <= 10
        assert (i > 0) == r["event_class"].endswith("cooperation"), r["cue_id"]
        for f in r["forms"].split("|"):
            assert f == f.lower() and f.strip() == f, (r["cue_id"], f)
            assert f not in seen, f"{f} in {seen.get(f)} and {r['cue_id']}"
            seen[f] = r["cue_id"]


def test_gold_matches_corpus_and_codebook_labels():
    corpus = {json.loads(l)["article_id"] for l in (DATA / "corpus" / "briefs.jsonl").read_text().splitlines() if l}
    gold = [json.loads(l) for l in (DATA / "gold" / "briefs_gold.jsonl").read_text().splitlines() if l]
    assert {g["article_id"] for g in gold} == corpus and len(corpus) >= 150
    for g in gold:
        for k, v in g["dyads"].items():
            a, b = k.split("-")
            assert a < b and v in {"cooperative", "hostile", "neutral", "mixed"}
            assert _valid(a) and _valid(b)


def test_corpus_covers_six_dyads_over_three_years():
    gold = [json.loads(l) for l in (DATA / "gold" / "briefs_gold.jsonl").read_text().splitlines() if l]
    counts = pd.Series([k for g in gold for k in g["dyads"]]).value_counts()
    for dyad in ["ISR-MAR", "DZA-MAR", "ARE-ISR", "EGY-ISR", "CHN-USA", "RUS-UKR"]:
        assert counts.get(dyad, 0) >= 10, dyad
    dates = pd.to_datetime([json.loads(l)["date"] for l in (DATA / "corpus" / "briefs.jsonl").read_text().splitlines() if l])
    assert dates.year.nunique() >= 3


def test_milestones_parse():
    ms = pd.read_csv(DATA / "milestones.csv")
    assert {"date", "dyad", "event", "source"} <= set(ms.columns)
    pd.to_datetime(ms["date"])
    assert {"ISR-MAR", "DZA-MAR"} <= set(ms["dyad"])


@pytest.mark.parametrize("name", ["ag_news_dev", "ag_news_dev2", "ag_news_dev3", "ag_news_dev4", "ag_news_dev5",
                                  "ag_news_dev6", "ag_news_dev7", "ag_news_dev8", "ag_news_test", "ag_news_test2", "ag_news_test3"])
def test_ag_news_labels_are_by_row_only(name):
    rows = [json.loads(l) for l in (DATA / "gold" / f"{name}.jsonl").read_text().splitlines() if l]
    assert len(rows) >= 60
    assert all(r["article_id"] == f"agnews-{r['row']}" for r in rows)
    assert [r["row"] for r in rows] == sorted({r["row"] for r in rows})
    assert not any(len(r.get("notes", "")) > 600 for r in rows)  # notes, not copied text


@pytest.mark.parametrize("name", ["challenge", "challenge2", "challenge3", "challenge4", "challenge5", "challenge6",
                                  "challenge7", "challenge8", "challenge9", "challenge10",
                                  "challenge11", "challenge12", "challenge13", "challenge14", "challenge15",
                                  "challenge16", "challenge17", "challenge18",
                                  "challenge19", "challenge20", "challenge21", "challenge22", "challenge23",
                                  "challenge24", "challenge25", "challenge26", "challenge27",
                                  "challenge28"])
def test_challenge_gold_matches_its_corpus_and_labels_every_pair(name):
    arts = [json.loads(l) for l in (DATA / "corpus" / f"{name}.jsonl").read_text().splitlines() if l]
    gold = [json.loads(l) for l in (DATA / "gold" / f"{name}_gold.jsonl").read_text().splitlines() if l]
    assert {a["article_id"] for a in arts} == {g["article_id"] for g in gold}
    assert all(pd.notna(pd.to_datetime(a["date"], errors="coerce")) for a in arts)
    # (codes a set's README lists as beyond the kit's own: bodies it does not code)
    beyond = {"challenge16": {"FIFA", "UEFA", "PCA"}, "challenge17": {"INTERPOL"}, "challenge18": {"ARSA"},
              "challenge19": {"PCA", "SOMALILAND"},
              "challenge20": {"ALBA", "IMU", "LIMAGROUP", "PCA", "VIVANSANM"},
              "challenge22": {"PIF"}, "challenge25": {"CSTO", "PCA", "EAC", "RPF", "CNDP", "FDLR"},
              "challenge26": {"CSTO", "KDP", "NPFL"}, "challenge27": {"IMU"},
              "challenge28": {"MERCOSUR", "UNASUR", "ALBA", "CSTO", "EAC", "CELAC", "LTTE", "M23", "NPFL", "ARSA"}}.get(
        name, set())
    for g in gold:
        actors = g["actors"]
        every = {f"{a}-{b}" for i, a in enumerate(actors) for b in actors[i + 1:]}
        states = [a for a in actors if a not in ORG_CODES | beyond]
        # every pair of states has a label; a pair with an organisation only where it acts (set 4's coder)
        assert {f"{a}-{b}" for i, a in enumerate(states) for b in states[i + 1:]} <= set(g["dyads"]) <= every, \
            g["article_id"]
        assert set(g["dyads"].values()) <= {"cooperative", "hostile", "neutral", "mixed"}
        assert set(actors) <= ORG_CODES | {c.alpha_3 for c in pycountry.countries} | {"XKX"} | beyond, g["article_id"]


def test_alliances_are_dated_and_coded():
    al = pd.read_csv(DATA / "actors" / "alliances.csv", dtype=str, keep_default_na=False)
    assert list(al.columns) == ["alliance", "member", "since", "until", "hub", "note"]
    codes = {c.alpha_3 for c in pycountry.countries}
    # states, and the armed movements bound to one state (Iran's partners)
    assert set(al["member"]) <= codes | {"HEZBOLLAH", "HAMAS", "PIJ", "HOUTHIS"}
    assert set(al.loc[~al["member"].isin(codes), "hub"]) <= {"IRN"}
    since = pd.to_datetime(al["since"])
    until = pd.to_datetime(al["until"].replace("", None))
    assert (until.isna() | (until > since)).all()
    assert set(al.loc[al["hub"] != "", "hub"]) <= {"USA", "NATO", "IRN"}
    # a multilateral alliance lists each member once for any one date
    for (name, member), g in al[al["hub"] == ""].groupby(["alliance", "member"]):
        assert len(g) == 1 or name == "CSTO", (name, member)


def test_historic_codes_have_a_unification_date_and_a_successor():
    rows = {r["country"]: r for r in _rows(DATA / "actors" / "unifications.csv")}
    assert set(rows) == HISTORIC_CODES
    for code, r in rows.items():
        assert pycountry.historic_countries.get(alpha_3=code) is not None, code   # ISO 3166-3
        assert pycountry.countries.get(alpha_3=r["after"]) is not None, code
        assert pd.Timestamp(r["until"]).year in (1976, 1990), code


def test_handed_over_places_are_matched_places_with_a_date_and_a_holder():
    from helpers.actors import find_mentions
    rows = _rows(DATA / "actors" / "handovers.csv")
    assert len(rows) >= 4
    for r in rows:
        assert pycountry.countries.get(alpha_3=r["held_by"]) is not None, r["place"]
        until = pd.Timestamp(r["until"])
        sents = pd.DataFrame({"article_id": ["a", "b"], "sentence_id": [0, 0], "start": [0, 0],
                              "text": [f"Police in {r['place']} made arrests."] * 2})
        arts = pd.DataFrame({"article_id": ["a", "b"], "date": [until - pd.Timedelta(days=1), until]})
        got = find_mentions(sents, arts)
        assert got.set_index("article_id")["country"].to_dict() == {"a": r["held_by"], "b": "CHN"}, r["place"]


def test_gkg_headline_labels_are_by_record_only():
    rows = [json.loads(l) for l in (DATA / "gold" / "gkg_titles_2023.jsonl").read_text().splitlines() if l]
    assert len(rows) >= 50
    assert all(r["article_id"] == f"gkg-{r['record']}" for r in rows)
    assert len({r["record"] for r in rows}) == len(rows)
    assert not any("title" in r or "text" in r for r in rows)   # labels only, no GDELT text
    assert not any(len(r.get("notes", "")) > 400 for r in rows)


@pytest.mark.parametrize("name", ["ungdc_passages.jsonl", "ungdc_passages_test.jsonl"])
def test_un_speech_labels_are_by_speaker_year_and_paragraph_only(name):
    rows = [json.loads(l) for l in (DATA / "gold" / name).read_text().splitlines() if l]
    assert len(rows) >= 80
    assert all(r["article_id"] == f"ungdc-{r['speaker']}-{r['year']}-p{r['paragraph']}" for r in rows)
    assert len({r["article_id"] for r in rows}) == len(rows)
    assert not any("text" in r or "title" in r for r in rows)   # labels only, no speech text
    for r in rows:
        codes = set(r["actors"])
        pairs = {tuple(k.split("-")) for k in r["dyads"]}
        assert all(a < b and {a, b} <= codes for a, b in pairs), r["article_id"]
        assert len(pairs) == len(codes) * (len(codes) - 1) // 2, r["article_id"]   # every pair labelled once


def test_the_held_out_un_speeches_share_no_speech_with_the_development_set():
    dev, test = ({(r["speaker"], r["year"]) for r in map(json.loads, (DATA / "gold" / n).read_text().splitlines())}
                 for n in ("ungdc_passages.jsonl", "ungdc_passages_test.jsonl"))
    assert dev and test and not dev & test


@pytest.mark.parametrize("path", sorted((DATA / "gold").glob("ungdc_passages*.jsonl")), ids=lambda p: p.stem)
def test_un_speech_labels_are_by_paragraph_only_and_label_every_pair(path):
    rows = [json.loads(l) for l in path.read_text().splitlines() if l]
    assert len(rows) >= 60
    allowed = {"cooperative", "hostile", "neutral", "mixed"}
    for r in rows:
        assert r["article_id"] == f"ungdc-{r['speaker']}-{r['year']}-p{r['paragraph']}"
        assert r["actors"] == sorted(set(r["actors"])) and len(r["actors"]) >= 2
        pairs = {f"{a}-{b}" for i, a in enumerate(r["actors"]) for b in r["actors"][i + 1:]}
        assert set(r["dyads"]) == pairs and set(r["dyads"].values()) <= allowed, r["article_id"]
        assert "text" not in r and len(r.get("notes", "")) <= 600   # notes, not copied speech
    assert len({r["article_id"] for r in rows}) == len(rows)
