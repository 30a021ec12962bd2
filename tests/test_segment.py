"""Segmenting: sentences with offsets, abbreviations, headlines, boilerplate."""
import pandas as pd
import pytest

from helpers.segment import find_repeated_lines, segment, split_boilerplate


def _one(text, title=""):
    return pd.DataFrame({"article_id": ["a"], "title": [title], "text": [text]})


@pytest.mark.parametrize(("text", "n"), [
    ("The U.S. envoy met Gen. Smith in Rabat. He left on Monday.", 2),
    ("Mr. Bourita spoke to No. 2 officials. They agreed.", 2),
    ('"We will not accept this," the minister said. Algeria did not reply.', 2),
    ("Israel and Morocco signed a pact\nThe deal covers drones", 2),
], ids=["us-gen", "mr-no", "quote", "lines-without-full-stop"])
def test_segment_splits_sentences_robustly(text, n):
    sents, _ = segment(_one(text))
    assert len(sents) == n


def test_segment_keeps_offsets_after_boilerplate():
    text = ("Israel and Morocco signed a defence pact.\nREAD MORE: Gantz lands in Rabat\n"
            "Share this article on Facebook\nAlgeria protested the move.")
    sents, bp = segment(_one(text, title="Pact signed"))
    body = sents[sents["part"] == "body"]
    for _, s in body.iterrows():
        assert text[s["start"]:s["end"]] == s["text"]
    assert list(body["text"]) == ["Israel and Morocco signed a defence pact.", "Algeria protested the move."]
    assert set(bp["rule"]) == {"marker", "share"}
    assert sents.iloc[0]["part"] == "title" and sents.iloc[0]["text"] == "Pact signed"


def test_segment_drops_teaser_after_related_news_marker():
    text = ("Benny Gantz arrived in Rabat.\nRelated news\nFormer First Lady of Honduras attends inauguration\n"
            "He signed a memorandum with Abdellatif Loudiyi.")
    sents, bp = segment(_one(text))
    assert not sents["text"].str.contains("Honduras").any()
    assert "Former First Lady of Honduras attends inauguration" in set(bp["text"])


def test_split_boilerplate_keeps_ordinary_short_sentences():
    kept, dropped = split_boilerplate("Morocco said no.\nAlgeria agreed.")
    assert len(kept) == 2 and dropped == []


def test_find_repeated_lines_flags_lines_seen_in_many_articles():
    texts = [f"Story {i} about Morocco and Algeria.\nMaghreb Wire daily digest" for i in range(4)]
    rep = find_repeated_lines(texts, min_articles=3)
    sents, bp = segment(pd.DataFrame({"article_id": list("abcd"), "title": "", "text": texts}), repeated=rep)
    assert (bp["rule"] == "repeated").sum() == 4
    assert not sents["text"].str.contains("digest").any()


def test_segment_names_missing_columns():
    with pytest.raises(KeyError, match="segment needs columns"):
        segment(pd.DataFrame({"id": [1]}))


def test_repeated_lines_do_not_depend_on_chunking(tmp_path):
    from helpers.pipeline import analyze
    from helpers.synthetic import make_corpus, write_jsonl
    df = make_corpus(12, seed=4)
    df["text"] = df["text"] + "\nDesert Daily digest for subscribers"
    write_jsonl(df, tmp_path / "c.jsonl")
    one = analyze(tmp_path / "c.jsonl", tmp_path / "one", chunk_size=1, figures=False, near_dup=None)
    big = analyze(tmp_path / "c.jsonl", tmp_path / "big", chunk_size=100, figures=False, near_dup=None)
    assert one["boilerplate_lines_removed"] == big["boilerplate_lines_removed"] == 12


def test_machine_translated_lines_after_a_teaser_are_kept():
    text = ("Rabat regret the decision of Algiers\nRelated news\nWildfires: Algeria mourns its victims\n"
            "Morocco rejected categorically the accusations listed by the Algerian side, the statement add\n"
            "Nasser Burita did not make further comment to the press")
    sents, bp = segment(_one(text))
    assert list(bp["rule"]) == ["marker", "teaser"]
    assert sents["text"].str.contains("Nasser Burita").any() and sents["text"].str.contains("rejected").any()


def test_an_opening_quote_starts_the_next_sentence():
    arts = pd.DataFrame({"article_id": ["q"], "text": [
        'Algeria\'s foreign ministry said. "We will not accept it," the minister told reporters. He left.']})
    sents, _ = segment(arts)
    assert sents["text"].tolist() == ["Algeria's foreign ministry said.",
                                      '"We will not accept it," the minister told reporters.', "He left."]
    # offsets still point at the text
    for s, e, t in zip(sents["start"], sents["end"], sents["text"]):
        assert arts.loc[0, "text"][s:e] == t


def test_a_hard_wrapped_speech_is_read_in_whole_sentences():
    # a printed speech: every line runs on into the next, paragraphs are blank lines
    lines = ["Mr. President, my delegation wishes to congratulate you on your election",
             "to the presidency of the General Assembly at its forty-eighth session.",
             "Armed, financed and directed by its neighbour, the militia has kidnapped",
             "soldiers and fired rockets at towns across the border for many months",
             "while the world looked on and did nothing to stop it.",
             "",
             "We call upon all States to respect the Charter and its principles."]
    text = "\n".join(lines)
    arts = pd.DataFrame({"article_id": ["a"], "date": [pd.Timestamp("1993-09-28")], "title": [""], "text": [text]})
    sents, _ = segment(arts)
    assert len(sents) == 3
    assert sents.iloc[1]["text"].startswith("Armed, financed") and sents.iloc[1]["text"].endswith("nothing to stop it.")
    # offsets still point into the original text
    row = sents.iloc[1]
    assert text[row["start"]:row["end"]].replace("\n", " ") == row["text"]


def test_lines_of_a_wire_story_keep_their_own_sentences():
    text = "Ugandan Troops Help Juba\nNAIROBI (Reuters) - Ugandan troops helped South Sudan's army retake Bor.\nRebels vowed to fight on."
    arts = pd.DataFrame({"article_id": ["a"], "date": [pd.Timestamp("2014-01-10")], "title": [""], "text": [text]})
    sents, _ = segment(arts)
    assert list(sents["text"])[0] == "Ugandan Troops Help Juba"


@pytest.mark.parametrize("text", [
    "TIMELINE - Iraq crisis\nAug 2, 1990 - Iraq invades Kuwait\nJan 17, 1991 - US-led forces launch air war on Iraq\n"
    "Dec 16, 1998 - US and Britain bomb Iraq in Operation Desert Fox\nMarch 20, 2003 - US-led forces invade Iraq",
    "BEIJING - China protested to Japan over textbooks\nTOKYO - Japan and South Korea agreed to hold talks\n"
    "NEW DELHI - India accused Pakistan of shelling\nMOSCOW - Russia and Ukraine signed a fleet deal\nCAIRO - Egypt hosted talks",
    "- France will send aid to Mali\n- Germany criticised Russia\n- Italy backed Spain\n- Poland praised Lithuania\n"
    "- Japan thanked Korea",
    "Russia expels British diplomats\nMoscow retaliates over spy poisoning\nBy Andrew Osborn\nMarch 17, 2018\n"
    "Germany praised Britain for its restraint.\nFrance said it stood with London.",
], ids=["timeline", "digest", "bullets", "headline-byline-date"])
def test_timelines_digests_lists_and_bylines_keep_their_lines(text):
    arts = pd.DataFrame({"article_id": ["a"], "date": [pd.Timestamp("2003-01-01")], "title": [""], "text": [text]})
    sents, _ = segment(arts)
    assert len(sents) == len(text.split("\n"))


def test_split_boilerplate_cuts_a_teaser_or_a_credit_run_into_a_paragraph():
    text = ("Ghana's parliament approved the budget after an all-night session on Friday. READ MORE: Nigeria's "
            "naira slides to record low\nChile's central bank held its rate on Thursday. (Reporting by Pablo "
            "Serrano in Santiago; additional reporting by Marta Lins in Sao Paulo; Editing by Tom Hale)\n"
            "Reporting by Tom Hale; Editing by Ann Lee\nHe said (reporting by radio) that all was calm.")
    kept, dropped = split_boilerplate(text)
    assert [text[s:e] for s, e in kept] == [
        "Ghana's parliament approved the budget after an all-night session on Friday.",
        "Chile's central bank held its rate on Thursday.", "He said (reporting by radio) that all was calm."]
    assert sorted(r for *_, r in dropped) == ["credit", "credit", "marker"]
    assert any(text[s:e].startswith("READ MORE: Nigeria") for s, e, _ in dropped)


def test_a_sentence_that_starts_like_a_credit_is_kept():
    text = ("Reporting by state television said Iran had seized a British tanker.\n"
            "Writing by hand, the Iraqi envoy told Kuwait it was over.")
    kept, dropped = split_boilerplate(text)
    assert len(kept) == 2 and not dropped


@pytest.mark.parametrize("text", [
    # a speech paragraph: "join us" and "subscribe" in their ordinary sense
    "We welcome the new Members that join us here today, among them Jamaica and Burundi. Syria has long "
    "upheld the universality of the Organization, and my Government rejoices at the admission of Algeria.",
    "That tyrant does not subscribe to any logic of deterrence. It is time for every State to join us in "
    "demanding that Baghdad withdraw from Kuwait, as the Security Council has required.",
    # wire copy: a treaty signed up to, and cookies as food
    "Iran agreed to sign up to tougher nuclear inspections, the EU said.",
    "Belgian officials said the EU may follow the United States and require labels on cookies and chips.",
    # short lines of story with a notice's words (stop 47's second reader)
    "Turkey will sign up for a new IMF loan, the finance minister said.",
    "We trust that all delegations will subscribe to our draft resolution on Palestine.",
    "I invite every Member State to join us on this path to peace.",
], ids=["join-us-here", "subscribe-to-logic", "sign-up-to-treaty", "cookies-as-food", "sign-up-for-a-loan",
        "subscribe-to-our-draft", "join-us-on-this-path"])
def test_notice_words_in_a_story_do_not_drop_it(text):
    kept, dropped = split_boilerplate(text)
    assert [text[s:e] for s, e in kept] == [text] and dropped == []


def test_a_notice_closing_a_paragraph_is_cut_off_and_a_notice_line_dropped_whole():
    text = ("NEW YORK (Wire) -- Brazil and Argentina agreed on Friday to cut tariffs on steel and cars. "
            "Free! Sign up here to receive our Weekly Roundup e-Newsletter!\nSubscribe to our newsletter\n"
            "Cookies help us deliver our services. By using our services, you agree to our use of cookies\n"
            "Heraldsun.com.au | Subscribe to the Herald Sun for exclusive stories")
    kept, dropped = split_boilerplate(text)
    assert [text[s:e] for s, e in kept] == [
        "NEW YORK (Wire) -- Brazil and Argentina agreed on Friday to cut tariffs on steel and cars. Free!"]
    assert [(text[s:e][:12], r) for s, e, r in dropped] == [
        ("Sign up here", "promo"), ("Subscribe to", "promo"), ("Cookies help", "legal"), ("Heraldsun.co", "promo")]

