"""Stance: direction, event classes, negation, modality, reported speech, noun cues, context flips."""
import pandas as pd
import pytest

from helpers.stance import EPITHET_MARK, _listed_together, article_dyads, classify_score, explain_sentence, load_cues


def _events(text, date="2021-11-24"):
    return explain_sentence(text, date=date)


def _article_events(text, date):
    """Events of a one-article corpus run through segment -> actors -> stance."""
    from helpers.actors import find_mentions
    from helpers.segment import segment
    from helpers.stance import find_events
    arts = pd.DataFrame({"article_id": ["a"], "date": [pd.Timestamp(date)], "title": [""], "text": [text]})
    sents, _ = segment(arts)
    return find_events(sents, find_mentions(sents, arts), arts)


def _pairs(ev):
    return {(s, t): c for s, t, c in zip(ev["source"], ev["target"], ev["event_class"])}


@pytest.mark.parametrize(("text", "expected"), [
    ("Algeria accused Morocco of spying on its officials.", {("DZA", "MAR"): "verbal_conflict"}),
    ("Morocco was accused by Algeria of backing separatists.", {("DZA", "MAR"): "verbal_conflict"}),
    ("Morocco received Israel's defence minister in Rabat.", {("MAR", "ISR"): "verbal_cooperation"}),
    ("Israel's defence minister visited Morocco for two days.", {("ISR", "MAR"): "verbal_cooperation"}),
    ("Algeria cut diplomatic ties with Morocco on Tuesday.", {("DZA", "MAR"): "material_conflict"}),
    ("Russian forces shelled the Ukrainian city of Kharkiv overnight.", {("RUS", "UKR"): "material_conflict"}),
], ids=["accuse", "passive", "host", "visit", "cut-ties", "attack"])
def test_stance_direction_and_class(text, expected):
    got = _pairs(_events(text))
    for pair, klass in expected.items():
        assert got.get(pair) == klass, got
        assert pair[::-1] not in got or got[pair[::-1]] == "neutral" or pair[::-1] in expected


def test_stance_symmetric_cue_gives_both_directions():
    got = _pairs(_events("Israel and Morocco signed a security agreement in Rabat."))
    assert ("ISR", "MAR") in got and ("MAR", "ISR") in got
    assert got[("ISR", "MAR")].endswith("cooperation")


def test_stance_reported_speech_belongs_to_the_speaker():
    ev = _events("Rabat said Algiers had lied about the border incident.")
    assert set(zip(ev["source"], ev["target"])) == {("MAR", "DZA")}
    assert ev.iloc[0]["intensity"] < 0


@pytest.mark.parametrize(("text", "sign"), [
    ("Spain did not condemn Morocco over the migrants.", 1),
    ("Algeria refused to sign the agreement with Morocco.", -1),
    ("Egypt no longer cooperates with Israel on the border crossing.", -1),
], ids=["did-not-condemn", "refused-to-sign", "no-longer"])
def test_stance_negation_flips_or_weakens(text, sign):
    ev = _events(text)
    cued = ev[ev["event_class"] != "neutral"]
    assert len(cued) and (cued["intensity"] * sign > 0).all(), ev[["cue", "intensity"]]


def test_stance_threat_is_verbal_and_weaker_than_the_act():
    threat = _events("Algeria threatened to cut ties with Morocco.")
    act = _events("Algeria cut ties with Morocco.")
    assert threat.iloc[0]["event_class"] == "verbal_conflict"
    assert abs(threat.iloc[0]["intensity"]) < abs(act.iloc[0]["intensity"])


def test_stance_question_and_conditional_are_weakened():
    plain = _events("Israel will sign a gas deal with Egypt.").iloc[0]["intensity"]
    question = _events("Will Israel sign a gas deal with Egypt?").iloc[0]["intensity"]
    conditional = _events("If talks succeed, Israel could sign a gas deal with Egypt.").iloc[0]["intensity"]
    assert abs(question) < abs(plain) and abs(conditional) < abs(plain)


@pytest.mark.parametrize(("text", "sign"), [
    ("The signing of a security agreement between Israel and Morocco was hailed in both capitals.", 1),
    ("The severing of relations between Algeria and Morocco surprised diplomats.", -1),
    ("A rapprochement between Egypt and Turkey is under way.", 1),
    # machine-translated noun forms
    ("The Algerian foreign minister announced the cutting of relations with the Moroccan kingdom.", -1),
    ("Seoul feared a break in relations with Tokyo over the ruling.", -1),
], ids=["signing", "severing", "rapprochement", "cutting-of-relations", "break-in-relations"])
def test_stance_noun_cues(text, sign):
    ev = _events(text)
    cued = ev[ev["event_class"] != "neutral"]
    assert len(cued) and (cued["score"] * sign > 0).all(), ev[["source", "target", "cue", "score"]]


def test_stance_context_flip_agreement_angered_algeria():
    ev = _events("The agreement between Israel and Morocco angered Algeria.")
    ad = article_dyads(ev).set_index(["country_a", "country_b"])
    assert ad.loc[("ISR", "MAR"), "stance"] == "cooperative"
    assert ad.loc[("DZA", "MAR"), "stance"] == "hostile"


def test_stance_every_non_neutral_row_names_its_cue():
    ev = _events("Algeria accused Morocco of aggression and recalled its ambassador from Rabat.")
    assert (ev.loc[ev["event_class"] != "neutral", "cue"].str.len() > 0).all()


@pytest.mark.parametrize("text", [
    "Morocco and Algeria both sent athletes to the Games in Tokyo.",
    "Israel and the UAE reported their inflation figures on Monday.",
], ids=["sport-venue", "statistics"])
def test_stance_stays_neutral_without_a_cue(text):
    ev = _events(text)
    assert (ev["event_class"] == "neutral").all() and (ev["intensity"] == 0).all()
    assert article_dyads(ev)["stance"].eq("neutral").all()


def test_stance_keeps_lexicon_scores_beside_the_cue():
    ev = _events("Algeria strongly condemned Morocco's hostile behaviour.")
    assert {"textblob_polarity", "vader_compound", "score"} <= set(ev.columns)
    assert ev.iloc[0]["vader_compound"] < 0 and -1 <= ev.iloc[0]["score"] <= 1


def test_classify_score_thresholds():
    assert [classify_score(x) for x in (0.5, -0.5, 0.05, None)] == ["cooperative", "hostile", "neutral", "neutral"]


def test_cue_lexicon_has_all_four_classes():
    classes = {c.event_class for c in load_cues()}
    assert classes == {"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"}


@pytest.mark.parametrize("text", [
    "Ukraine and Russia held the largest prisoner exchange since the invasion began.",
    "Nigerian troops flew to the war-torn Sudanese region of Darfur to join a peace force.",
], ids=["time-phrase", "adjective-compound"])
def test_stance_background_nouns_and_adjectives_are_not_the_act(text):
    ev = _events(text)
    assert not ev["cue"].isin(["invasion", "war"]).any(), ev[["cue"]]


def test_stance_a_charge_is_not_an_act_between_states():
    ev = _events("An Afghan court tried three US men accused of torture and kidnapping.")
    assert not (ev["event_class"] == "material_conflict").any(), ev[["source", "target", "cue"]]


def test_stance_the_place_of_a_clash_is_not_a_party():
    ev = _events("US forces and local militias clashed in Baghdad on Saturday.")
    assert not ((ev["event_class"] == "material_conflict") & ev["target"].eq("IRQ")).any()


def test_stance_settlement_expansion_is_a_hostile_act():
    ev = _events("Israel announced plans for 1,000 houses in the West Bank, accelerating the expansion of the settlements.")
    assert list(zip(ev["source"], ev["target"], ev["event_class"])) == [("ISR", "PSE", "material_conflict")]


def test_stance_a_cue_after_over_is_the_topic_not_a_second_act():
    got = _pairs(_events("France recalled its ambassadors to the United States and Australia over the "
                         "submarine deal."))
    assert got[("FRA", "USA")] == "material_conflict" and got[("FRA", "AUS")] == "material_conflict"
    assert ("USA", "AUS") not in got or got[("USA", "AUS")] == "neutral"


def test_stance_co_signatories_sign_with_each_other_not_with_the_venue():
    got = _pairs(_events("Azerbaijan and Armenia signed a peace framework in Washington."))
    assert got[("ARM", "AZE")] == got[("AZE", "ARM")] == "verbal_cooperation"
    assert not any("USA" in p for p, c in got.items() if c != "neutral")


def test_stance_joint_action_survives_a_place_of_the_same_state():
    # "Iraqi forces ... in Najaf" must not swallow the cue between them
    got = _pairs(_events("US and Iraqi forces battled militants in Najaf.", date="2004-08-20"))
    assert got[("USA", "IRQ")] == "material_cooperation"


def test_stance_sports_tone_is_not_a_stance_but_a_boycott_is():
    ev = _events("Brazil and Argentina played to a goalless draw in Buenos Aires on Tuesday, a thrilling match.")
    assert set(ev["event_class"]) == {"neutral"} and (ev["score"] == 0).all()
    ev = _events("Ghana boycotted the football tournament in protest against South Africa.", date="1990-04-01")
    assert _pairs(ev)[("GHA", "ZAF")] == "material_conflict"


def test_stance_refusing_to_approve_is_a_refusal():
    ev = _events("Turkey refused to approve Sweden's NATO membership bid.")
    row = ev[(ev["source"] == "TUR") & (ev["target"] == "SWE")]
    assert len(row) and (row["score"] < 0).all()


def _article_pairs(title, text, date="2004-09-01", **columns):
    from helpers.actors import find_mentions
    from helpers.segment import segment
    from helpers.stance import context_tone, find_events
    arts = pd.DataFrame({"article_id": ["x"], "title": [title], "text": [text],
                         "date": [pd.Timestamp(date)], "language": ["en"], **{k: [v] for k, v in columns.items()}})
    sents, _ = segment(arts)
    men = find_mentions(sents, arts)
    ev = find_events(sents, men, arts)
    ad = article_dyads(ev, context_tone(sents, men, ev, arts))
    return {(a, b): (st, basis) for a, b, st, basis in
            zip(ad["country_a"], ad["country_b"], ad["stance"], ad["basis"])}


def test_every_pair_of_an_article_gets_a_row_even_three_in_one_uncued_sentence():
    got = _article_pairs("Leaders gather",
                         "The presidents of Brazil, India and South Africa watched the parade in Pretoria on "
                         "Sunday. Officials said the weather was fine.")
    assert {("BRA", "IND"), ("BRA", "ZAF"), ("IND", "ZAF")} <= set(got)
    assert all(basis == "article tone" for _, basis in got.values())
    # three allies (NATO) in the same sentence are scored as allies
    got = _article_pairs("Leaders gather",
                         "The presidents of France, Germany and Italy watched the parade in Rome on Sunday. "
                         "Officials said the weather was fine.")
    assert {("DEU", "FRA"), ("DEU", "ITA"), ("FRA", "ITA")} <= set(got)
    assert all(basis == "allies" for _, basis in got.values())


def test_a_pair_no_cue_links_takes_the_tone_of_the_passages_about_it():
    # no cue word links them, but every passage about the two is abuse
    # (two states that are not listed rivals: rivals are read by data/actors/rivalries.csv)
    got = _article_pairs("Harare and Blair",
                         "Zimbabwe's state radio had more words for Prime Minister Tony Blair on Tuesday: a tyrant, "
                         "a political idiot and human trash. Officials in London called the outburst vile "
                         "and disgraceful propaganda.")
    assert got[("GBR", "ZWE")] == ("hostile", "article tone")


def test_a_cue_outranks_the_tone_of_the_passage():
    # gloomy words around it, but the act between the two states is an agreement
    got = _article_pairs("Grim week ends with a deal",
                         "After a week of deadly floods and grief, Morocco and Israel signed a water "
                         "cooperation agreement in Rabat.")
    assert got[("ISR", "MAR")] == ("cooperative", "cue")


def test_passage_tone_reads_several_sentences_as_one_text():
    from helpers.stance import passage_tone, sentiment
    one = "The talks were a disaster and a humiliation."
    assert passage_tone([one]) == pytest.approx(sentiment(one)[1], abs=1e-3)
    assert passage_tone([one, one]) < passage_tone([one]) < 0


def test_a_pair_no_cue_links_reads_the_events_of_its_passages_before_their_mood():
    # the two states never share a sentence; the passages about them tell of talks and a deal
    # in grim words (VADER is negative), and the kit follows the events
    got = _article_pairs("A grim week",
                         "Morocco mourned the dead of the floods in a week of grief and despair. "
                         "Spain sent a team for talks on a water agreement, amid the sad news.")
    assert got[("ESP", "MAR")] == ("cooperative", "article tone")
    from helpers.stance import passage_tone
    assert passage_tone(["Morocco mourned the dead of the floods in a week of grief and despair.",
                         "Spain sent a team for talks on a water agreement, amid the sad news."]) < 0


@pytest.mark.parametrize(("text", "expected"), [
    # states fighting on one side against a non-state group act together
    ("Fierce battles between insurgents and US and Iraqi forces killed 27 people in Baquba.",
     {("IRQ", "USA"): "material_cooperation", ("USA", "IRQ"): "material_cooperation"}),
    # a name opening a relative clause is not the object of the cue before it
    ("Iran agreed to suspend enrichment activities that Washington says are part of a weapons programme.", {}),
    # "regrets the death of" is sympathy
    ("Viet Nam deeply regrets Palestinian leader's death.", {("VNM", "PSE"): "verbal_cooperation"}),
    # a headline's passive after a number names no agent
    ("US troops reach centre of Fallujah as 48 killed in Baquba", {}),
    # "the war" with nothing naming its sides is the setting
    ("Iraq's prime minister thanked America and said his country would move past the war that ousted Saddam.",
     {("IRQ", "USA"): "verbal_cooperation"}),
], ids=["one-side-against-insurgents", "relative-clause-subject", "condolence", "headline-passive", "setting-war"])
def test_stance_sides_relative_clauses_condolence_and_settings(text, expected):
    ev = _events(text, date="2004-11-10")
    got = {(s, t): c for s, t, c in zip(ev["source"], ev["target"], ev["event_class"]) if c != "neutral"}
    assert got == expected, ev[["source", "target", "event_class", "cue"]]


def test_stance_an_armed_group_named_after_a_leader_or_people_is_not_the_state():
    ev = _events("U.S. forces killed more than 50 Sadr militia in a Baghdad suburb.", date="2004-08-25")
    assert (ev["event_class"] == "neutral").all(), ev[["source", "target", "event_class", "cue"]]


@pytest.mark.parametrize(("text", "expected"), [
    # a verb after a comma opens the next predicate: Ankara is rebuked, not a partner
    ("Egypt, Greece and Cyprus pledge energy cooperation, rebuke Ankara",
     {**{(a, "TUR"): "verbal_conflict" for a in ("EGY", "GRC", "CYP")},
      **{(a, b): "material_cooperation" for a in ("EGY", "GRC", "CYP") for b in ("EGY", "GRC", "CYP") if a != b}}),
    # a state after ", as" belongs to another clause
    ("Japan and the Philippines signed a defence agreement on Monday, as both face growing pressure "
     "from Chinese ships in disputed waters.",
     # (the pressure the "as" clause tells is China's, on both)
     {("JPN", "PHL"): "verbal_cooperation", ("PHL", "JPN"): "verbal_cooperation",
      ("CHN", "JPN"): "verbal_conflict", ("CHN", "PHL"): "verbal_conflict"}),
    # what one state urges or demands of another is no act between the two
    ("Syria's President Hafez al-Assad had urged Amman not to sign a separate deal.",
     {("SYR", "JOR"): "verbal_conflict"}),
    ("Putin repeated his demand that Kyiv withdraw its troops from four regions Russia claims as its own.",
     {("RUS", "UKR"): "verbal_conflict"}),
    # what was agreed is the act
    ("European Union leaders agreed on Monday to close the bloc's airspace to Belarusian airlines and to "
     "prepare new economic sanctions against Minsk.", {("EU", "BLR"): "material_conflict"}),
    # a reversal reaches over a hyphenated modifier; a reversed joint cue is one side's act
    ("President Bill Clinton lifted the 19-year-old American trade embargo against Vietnam on Thursday.",
     {("USA", "VNM"): "verbal_cooperation"}),
    ("The Dominican Republic closed all land, sea and air links with Haiti on Friday.",
     {("DOM", "HTI"): "verbal_conflict"}),
    # a partner after "with" makes "in solidarity" an act, not scenery
    ("Hugo Chavez told a rally that he was acting in solidarity with Bolivian President Evo Morales.",
     {("VEN", "BOL"): "verbal_cooperation"}),
], ids=["next-predicate", "as-clause", "urge-complement", "demand-complement", "agreed-content",
        "reversal-window", "reversed-joint-cue", "solidarity-with"])
def test_stance_predicates_complements_and_reversals(text, expected):
    ev = _events(text, date="2005-06-01")
    got = {(s, t): c for s, t, c in zip(ev["source"], ev["target"], ev["event_class"]) if c != "neutral"}
    for pair, klass in expected.items():
        assert got.get(pair) == klass, ev[["source", "target", "event_class", "cue"]]
    assert set(got) == set(expected), ev[["source", "target", "event_class", "cue"]]


def test_stance_a_state_after_on_is_the_topic_of_a_joint_act():
    ev = _events("Seoul and Tokyo agreed to coordinate closely on North Korea's weapons programmes.", date="1998-10-08")
    got = {(s, t) for s, t, c in zip(ev["source"], ev["target"], ev["event_class"]) if c != "neutral"}
    assert got == {("KOR", "JPN"), ("JPN", "KOR")}, ev[["source", "target", "event_class", "cue"]]


@pytest.mark.parametrize(("text", "expected"), [
    # the role holding "spokesman" is the speaker, and "and said" continues the same subject
    ("Chinese foreign ministry spokesman Zhao Lijian urged Washington to fulfil its obligations and said "
     "China would continue to support the WHO.",
     {("CHN", "USA"): "verbal_conflict", ("CHN", "WHO"): "verbal_cooperation"}),
    # "... the Congolese government and said": a second predicate, not a reporter
    ("Belgium's foreign minister sent condolences to the Congolese government and said Brussels would "
     "release emergency funds.", {("BEL", "COD"): "verbal_cooperation"}),
    # a pronoun after "where" is the main clause's subject, not the place before it
    ("Orban had visited Kyiv on Tuesday, where he urged Volodymyr Zelensky to consider a ceasefire.",
     {("HUN", "UKR"): "verbal_cooperation"}),
    # a capitalised cue after a capitalised word is a name
    ("Yeltsin used the visit to repeat Moscow's opposition to NATO's plans to admit former Warsaw Pact members.", {}),
    # settling a dispute is a reversal of the dispute
    ("Seoul and Tokyo agreed on Monday to settle their decades-old dispute over wartime labour.",
     {("KOR", "JPN"): "verbal_cooperation", ("JPN", "KOR"): "verbal_cooperation"}),
    # an act reported between two others stays theirs
    ("Algeria's foreign minister said Rabat had signed a security pact with Israel.",
     {("MAR", "ISR"): "verbal_cooperation", ("ISR", "MAR"): "verbal_cooperation"}),
    # "during a visit" is when something else happened; "the alliance's" names a thing again
    ("Israel's foreign minister, during a visit this month, made false allegations against Algeria.",
     {("ISR", "DZA"): "verbal_conflict"}),
    ("Moscow called the alliance's eastward expansion a threat, NATO said.", {}),
], ids=["spokesman-speaker", "and-said-not-reporter", "pronoun-subject", "named-pact",
        "settle-dispute", "reported-act-between-others", "during-a-visit", "the-alliance-s"])
def test_stance_speakers_pronouns_names_and_reported_acts(text, expected):
    ev = _events(text, date="2024-07-05")
    got = {(s, t): c for s, t, c in zip(ev["source"], ev["target"], ev["event_class"]) if c != "neutral"}
    assert got == expected, ev[["source", "target", "event_class", "cue"]]


@pytest.mark.parametrize(("text", "expected"), [
    # a vaccine dose is no shot fired
    ("Zimbabwe received 200,000 doses of the Sinopharm shot donated by China.",
     {("ZWE", "CHN"): "verbal_cooperation", ("CHN", "ZWE"): "material_cooperation"}),
    # a relative clause between commas is background to the main act
    ("Algeria, which cut diplomatic ties with Rabat two years ago, reopened its airspace to humanitarian "
     "flights.", {("DZA", "MAR"): "material_cooperation"}),
    # an apposition is not a list of actors
    ("Japan, India's largest bilateral aid donor, froze new grants.", {("JPN", "IND"): "verbal_conflict"}),
    # two speakers both speak; they act together, not against each other
    ("Britain and Denmark said on Wednesday they would suspend new development aid to Malawi.",
     {("GBR", "MWI"): "verbal_conflict", ("DNK", "MWI"): "verbal_conflict",
      ("GBR", "DNK"): "material_cooperation", ("DNK", "GBR"): "material_cooperation"}),
    # asking two sides to talk is an appeal, and the talks asked for have not happened
    ("The African Union urged both Chad and Sudan to show restraint and to return to talks.",
     {("AU", "TCD"): "verbal_cooperation", ("AU", "SDN"): "verbal_cooperation"}),
    # "demanded on Friday that Iran ..." opens what was demanded; the participle keeps the subject
    ("European Union foreign ministers demanded on Friday that Iran release 15 British sailors, expressing "
     "unconditional solidarity with Britain.",
     {("EU", "IRN"): "verbal_conflict", ("EU", "GBR"): "verbal_cooperation"}),
    # reversal verbs: scrapping tariffs, withdrawing an invitation
    ("New Delhi decided to scrap retaliatory tariffs on American lentils.", {("IND", "USA"): "verbal_cooperation"}),
], ids=["vaccine-shot", "which-clause", "apposition", "two-speakers", "appeal", "demand-that", "scrap-tariffs"])
def test_stance_doses_backgrounds_appositions_speakers_and_appeals(text, expected):
    ev = _events(text, date="2021-03-01")
    got = {(s, t): c for s, t, c in zip(ev["source"], ev["target"], ev["event_class"]) if c != "neutral"}
    assert got == expected, ev[["source", "target", "event_class", "cue"]]


def test_stance_one_span_naming_both_states_is_one_group():
    from helpers.pipeline import process_chunk
    arts = pd.DataFrame({"article_id": ["m1"], "date": pd.to_datetime(["1998-06-06"]), "language": ["en"],
                         "title": ["Ethiopian jets bomb Asmara airport"],
                         "text": ["Ethiopian warplanes bombed the airport in the Eritrean capital on Friday. "
                                  "Susan Rice, the U.S. envoy, has shuttled between the two capitals this week."]})
    ev = process_chunk(arts)["dyad_events"]
    got = {(s, t) for s, t, c in zip(ev["source"], ev["target"], ev["event_class"]) if c != "neutral"}
    assert {("USA", "ETH"), ("USA", "ERI")} <= got, ev[["source", "target", "cue"]]


def test_place_opening_a_sentence_is_not_its_subject_list():
    """ "In Pretoria, South Africa's minister said ...": the minister speaks; the place is not a co-agent."""
    ev = explain_sentence("In Pretoria, South African Foreign Minister Nkosazana Dlamini-Zuma said her country "
                          "would keep working with Harare through quiet diplomacy.", date="2002-02-18")
    coop = ev[ev["event_class"] != "neutral"]
    assert ("ZAF", "ZWE") in set(zip(coop["source"], coop["target"]))
    assert (coop["score"] > 0).all()


def test_stance_after_a_reported_clause_is_the_reporters():
    ev = explain_sentence("The European Commission said Morocco's occupation had violated Spanish sovereignty "
                          "and expressed solidarity with Madrid.", date="2002-07-17")
    pairs = {(s, t): c for s, t, c in zip(ev["source"], ev["target"], ev["event_class"])}
    assert pairs.get(("EU", "ESP")) == "verbal_cooperation"
    assert pairs.get(("MAR", "ESP"), "").endswith("conflict")
    # a material act coordinated inside the reported clause stays the clause's
    ev = explain_sentence("Algeria said Moroccan troops had crossed the border and attacked its posts.")
    assert not (ev["score"] > 0).any()


def test_quotation_marks_inside_a_cue():
    ev = explain_sentence('EU foreign ministers demanded that Iran release 15 British sailors, expressing '
                          '"unconditional solidarity" with Britain.', date="2007-03-30")
    row = ev[(ev["source"] == "EU") & (ev["target"] == "GBR")]
    assert len(row) == 1 and row["cue"].iloc[0] == "solidarity with" and row["score"].iloc[0] > 0


def _polar_pairs(text, date="2008-01-01", polar_only=True, speaker=None):
    ev = explain_sentence(text, date=date, speaker=speaker)
    if polar_only:
        ev = ev[ev["event_class"] != "neutral"]
    return {(s, t): (c, sc) for s, t, c, sc in zip(ev["source"], ev["target"], ev["event_class"], ev["score"])}


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # each other: the two subjects act on one another
    ("Gas stopped flowing to Bulgaria and Slovakia as Moscow and Kiev blamed each other.",
     {("RUS", "UKR"): "verbal_conflict", ("UKR", "RUS"): "verbal_conflict"}, [("RUS", "BGR"), ("UKR", "SVK")]),
    # a description in a relative clause is no joint act
    ("We call on the United States and China, which together produce 40 per cent of global emissions, to act.",
     {}, [("USA", "CHN"), ("CHN", "USA")]),
    # an act answered is named again, not done again
    ("Ecuador answered the raid with the severing of diplomatic ties with Bogota.",
     {("ECU", "COL"): "material_conflict"}, []),
    # a second predicate of the same subject: "..., and have sent delegations to Niamey in a show of support"
    ("Mali and Burkina Faso have warned France, and have sent delegations to Niamey in a show of support.",
     {("MLI", "NER"): "verbal_cooperation", ("BFA", "NER"): "verbal_cooperation"}, [("FRA", "NER")]),
    # what one is grateful for is content, and the preposition repeats inside the list
    ("Cuba is grateful to Canada and to the European Union for their firm rejection of the embargo law.",
     {("CUB", "CAN"): "verbal_cooperation", ("CUB", "EU"): "verbal_cooperation"}, []),
    # "combat troops" are troops, not combat: their leaving is a withdrawal (a concession), no fight
    ("The last Russian combat troops left Estonia and Latvia on Wednesday.",
     {("RUS", "EST"): "material_cooperation"}, [("EST", "RUS")]),
    # a topic after "on": working groups on disputes are cooperation
    ("India and Pakistan agreed on Monday to set up working groups on Kashmir and other disputes.",
     {("IND", "PAK"): "verbal_cooperation"}, []),
    # a headline's "As" opens another clause
    ("Russia Freezes Ties With NATO As Bombing Of Yugoslavia Continues",
     {("RUS", "NATO"): "material_conflict"}, [("RUS", "SRB")]),
    # backing a separatist group is no act toward the region's state
    ("Rabat had backed a separatist group in the Kabylie region.", {}, [("MAR", "DZA")]),
    # a participle describing a thing names no signer
    ("Washington would respond if a newly signed security agreement with China led to a Chinese base.",
     {}, [("USA", "CHN"), ("CHN", "USA")]),
    # a compound adjective describes firms, no investment between states
    ("Riots against Chinese-invested enterprises spread across Vietnam.", {}, [("CHN", "VNM")]),
    # phasing out a tariff undoes it; reviewing aid puts it in question
    ("Mexico has agreed to phase out its safeguard tariff on US turkey meat.",
     {("MEX", "USA"): "verbal_cooperation"}, []),
    ("Taiwan said it would review aid projects in South Africa.", {("TWN", "ZAF"): "verbal_conflict"}, []),
    # a private person's nationality is not the target when a state follows
    ("Thailand extradited suspected Russian arms dealer Viktor Bout to the United States.",
     {("THA", "USA"): "material_cooperation"}, [("THA", "RUS")]),
    # trading blame is mutual, not joint action
    ("Britain and France have traded blame for months over the Channel crossings.",
     {("GBR", "FRA"): "verbal_conflict", ("FRA", "GBR"): "verbal_conflict"}, []),
    # what they were is not what they do
    ("The United States praised Jordan and Israel for showing that old enemies could become partners.",
     {("USA", "JOR"): "verbal_cooperation"}, [("JOR", "USA")]),
    # a fight between non-state groups has no state sides, whatever states the sentence names later
    ("Troops were sent to calm deadly fighting between warlords, flying to the west on U.S. and NATO airplanes.",
     {}, [("USA", "NATO"), ("NATO", "USA")]),
    ("Clashes of Indian and Chinese troops left 20 soldiers dead.",
     {("IND", "CHN"): "material_conflict"}, []),
    # a body taking a state in as a member; a confession or a hospital is no membership
    ("NATO admits Finland as its 31st member.", {("NATO", "FIN"): "material_cooperation"}, []),
    ("Russia admitted that its troops had crossed into Ukraine.", {("RUS", "UKR"): "material_conflict"}, []),
    # a subject named after "and has" is the new clause's own
    ("Germany criticised Iran and has said Russia would attack Ukraine.",
     {("RUS", "UKR"): "verbal_conflict"}, [("DEU", "UKR")]),   # "would": a threat, verbal
], ids=["each-other", "which-together", "answered-the-raid", "and-have-predicate", "grateful-for-rejection",
        "combat-troops", "topic-on", "headline-as", "separatist-object", "newly-signed",
        "invested-enterprises", "phase-out", "review-aid", "private-then-state", "traded-blame", "old-enemies",
        "fight-between-warlords", "clashes-of-two-armies", "admits-member", "admitted-that", "and-has-new-subject"])
def test_clause_rules_on_wire_sentences(text, expected, absent):
    _assert_pairs(text, expected, absent, date="2004-01-01")


def _assert_pairs(text, expected, absent, date, speaker=None):
    """The sentence gives each expected (source, target) its class, and none of the absent pairs."""
    got = _polar_pairs(text, date=date, speaker=speaker)
    for pair, klass in expected.items():
        assert pair in got and got[pair][0] == klass, (pair, got)
    for pair in absent:
        assert pair not in got, (pair, got)


def test_the_agreement_angered_a_third_state_in_a_later_sentence():
    """The issue's own example across two sentences: cooperative ISR-MAR, hostile DZA-MAR and DZA-ISR."""
    got = _article_pairs("", "Israel and Morocco signed a normalisation agreement on Thursday. "
                             "The agreement angered Algeria.", date="2020-12-11")
    assert got[("ISR", "MAR")] == ("cooperative", "cue")
    assert got[("DZA", "MAR")] == ("hostile", "cue") and got[("DZA", "ISR")] == ("hostile", "cue")
    # with no agreement read, the headline's states are the deal's parties
    got = _article_pairs("Iran, World Powers Reach Nuclear Deal; Israel Objects",
                         "Iran agreed to curb its nuclear programme in a deal with six world powers reached at a "
                         "Geneva hotel. The accord angered Israel, whose prime minister called it a mistake.",
                         date="2013-11-24")
    assert got[("IRN", "ISR")] == ("hostile", "cue")
    assert got.get(("CHE", "IRN"), ("neutral", ""))[0] == "neutral"   # a hotel in Geneva is a venue
    # a headline that names no deal gives no parties: the state struck is not the move's party
    got = _article_pairs("Israel strikes Gaza", "Israeli jets hit targets overnight. The move angered Turkey.",
                         date="2010-06-01")
    assert ("PSE", "TUR") not in got or got[("PSE", "TUR")][1] != "cue"


def test_a_quotation_before_its_speaker_is_the_speakers():
    ev = explain_sentence('"We stand in full solidarity with the United Kingdom," French Foreign Minister '
                          'Jean-Yves Le Drian said.', date="2018-03-26")
    row = ev[(ev["source"] == "FRA") & (ev["target"] == "GBR")]
    assert len(row) == 1 and row["score"].iloc[0] > 0


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a negation covers the second verb of a pair joined by "or"
    ("North Korea will not dismantle its nuclear programs or improve ties with South Korea until its "
     "questions are answered, Pyongyang said.", {("PRK", "KOR"): "verbal_conflict"}, [("KOR", "PRK")]),
    # "or" after a comma starts afresh
    ("Seoul said it would wait, or improve ties with Pyongyang later.", {("KOR", "PRK"): "verbal_cooperation"}, []),
    # to cease or stop an act undoes it
    ("Iran to cease negotiations with EU in case of dead end", {("IRN", "EU"): "verbal_conflict"}, [("EU", "IRN")]),
    # a reversal under a condition means the act still goes on
    ("European Union leaders offered to start membership talks with Turkey next year, as long as the Turkish "
     "government ends its diplomatic standoff with historic rival Cyprus.",
     {("TUR", "CYP"): "verbal_conflict", ("EU", "TUR"): "verbal_cooperation"}, []),
    # a demand that an act stop is a demand, not an end
    ("Turkish Foreign Minister Ahmet Davutoglu said Damascus must stop killing its own people.",
     {("TUR", "SYR"): "verbal_conflict"}, []),
    # a clause break after a reversal verb: "urged" is not undone by "stopping"
    ("The WHO criticised the decision, saying closures hurt trade without stopping the disease, and urged "
     "Dakar to reconsider.", {("WHO", "SEN"): "verbal_conflict"}, []),
    # but a list of objects keeps its reversal verb
    ("The Dominican Republic closed all land, sea and air links with Haiti on Friday.",
     {("DOM", "HTI"): "verbal_conflict"}, [("HTI", "DOM")]),
    # a partner that is no state, closed by a preposition: the state further on is the topic
    ("The Bush administration reached a tentative deal yesterday with three European nations at the UN nuclear "
     "watchdog agency on the next step over Iran's nuclear programme.", {}, [("USA", "IRN"), ("IRN", "USA")]),
    # a role before "in" names its state: the partner is Baku
    ("In Moscow, Russian Foreign Minister Sergei Lavrov spoke by telephone with his counterparts in Baku and "
     "Yerevan.", {("RUS", "AZE"): "verbal_cooperation", ("RUS", "ARM"): "verbal_cooperation"}, []),
    # helping a body deploy its own troops is aid to it, not a deployment against it
    ("Germany sends three planes to Sudan's troubled Darfur region to help deploy more African Union troops.",
     {("DEU", "AU"): "material_cooperation"}, [("DEU", "SDN")]),
    # to confront a state is a stance against it
    ("Washington is confronting Iran over its nuclear programme.", {("USA", "IRN"): "verbal_conflict"}, []),
    # a negation does not reach past "and" to the next verb
    ("Pakistan said the missiles had crossed its airspace without permission and lodged a protest with the US "
     "ambassador in Islamabad.", {("PAK", "USA"): "verbal_conflict"}, []),
    # "broken the diplomatic relations": machine-translated wording of cutting ties
    ("The government of Mexico has broken the diplomatic relations with Ecuador this Saturday.",
     {("MEX", "ECU"): "material_conflict"}, []),
    # a person introduced after a comma is the subject of "who ...", not the state named before
    ("The government of Mexico has broken relations with Ecuador, after the Ecuadorian police entered by force "
     "in the Mexican embassy in Quito for to arrest the former vice-president Jorge Glas, who had received the "
     "asylum some hours before.", {("MEX", "ECU"): "material_conflict"}, [("ECU", "MEX")]),
    # the forces of two states named as one body act together, whatever the verb
    ("More than 18,000 US troops and Afghan forces are searching every inch of the mountains.",
     {("USA", "AFG"): "material_cooperation", ("AFG", "USA"): "material_cooperation"}, []),
    # but not forces facing each other across a border
    ("Indian and Pakistani troops are deployed along the disputed border.", {}, [("IND", "PAK"), ("PAK", "IND")]),
    # abuse hurled at a leader, and a lack of trust between two states
    ("North Korea hurled invective at President Bush for a second day on Tuesday.",
     {("PRK", "USA"): "verbal_conflict"}, []),
    ("Beijing blamed the lack of trust between Pyongyang and Washington.",
     {("PRK", "USA"): "verbal_conflict", ("USA", "PRK"): "verbal_conflict"}, []),
    # a day after the object is the act's time, not part of a name
    ("The United States accused North Korea Tuesday of miscalculation by refusing to resume talks.",
     {("USA", "PRK"): "verbal_conflict"}, []),
    # handing over a fugitive the other state wants is cooperation, not an expulsion
    ("German police deport an Islamic militant wanted by Turkey, hours after his extradition is approved.",
     {("DEU", "TUR"): "material_cooperation"}, []),
    # a joint crew; trainers sent to a state; a chorus feting a head of state
    ("A Russian rocket carrying a new Russian-U.S. crew to the space station lifted off.",
     {("RUS", "USA"): "material_cooperation"}, []),
    ("NATO will send military trainers to Iraq before the end of the year.", {("NATO", "IRQ"): "verbal_cooperation"}, []),
    ("Russia's Red Army chorus on Friday feted Pope John Paul.", {("RUS", "VAT"): "verbal_cooperation"}, []),
    # a person after "support for General ..." is the object of the support, not the next act's subject
    ("Mali and Burkina Faso have sent delegations to Niamey to show support for General Abdourahamane Tchiani "
     "and warned that any attack on Niger would be treated as a declaration of war.",
     {("MLI", "NER"): "verbal_cooperation"}, [("NER", "MLI"), ("NER", "BFA")]),
    # condemning an attack on a state with no attacker named is sympathy with its victim
    ("France condemned the attack on Egypt's embassy in Kabul.", {("FRA", "EGY"): "verbal_cooperation"},
     [("FRA", "AFG")]),
    # a city or state named before a terror noun is where it struck: the condemnation is sympathy
    ("Moscow Condemns Spain Bombings", {("RUS", "ESP"): "verbal_cooperation"}, [("ESP", "RUS")]),
    ("Cairo condemned the Paris attacks and sent condolences.", {("EGY", "FRA"): "verbal_cooperation"},
     [("FRA", "EGY")]),
    # a noun cue led by its verb after "and" is the subject's second predicate
    ("Egypt welcomed Israel's decision and sent condolences.", {("EGY", "ISR"): "verbal_cooperation"},
     [("ISR", "EGY")]),
    ("Russia condemned the Madrid train bombings.", {("RUS", "ESP"): "verbal_cooperation"}, [("ESP", "RUS")]),
    # a state before a military noun is the raider, condemned; the condemner is not what it struck
    ("Arab League condemns Israel raids", {("LAS", "ISR"): "verbal_conflict"}, [("ISR", "LAS")]),
    ("Russia condemned the Israeli bombings.", {("RUS", "ISR"): "verbal_conflict"}, [("ISR", "RUS")]),
    ("Iran condemns US strikes on Syria", {("IRN", "USA"): "verbal_conflict", ("USA", "SYR"): "material_conflict"},
     []),
    # a noun cue drawn "from" a state is that state's act toward the one that drew it
    ("Iran's nuclear programme drew sanctions from the United States.", {("USA", "IRN"): "material_conflict"},
     [("IRN", "USA")]),
    ("North Korea's nuclear programme prompted a sharp rebuke from Japan.", {("JPN", "PRK"): "verbal_conflict"},
     [("PRK", "JPN")]),
    ("Turkey faced criticism from Germany over the arrests.", {("DEU", "TUR"): "verbal_conflict"}, [("TUR", "DEU")]),
    ("Egypt won praise from the United States for brokering the truce.", {("USA", "EGY"): "verbal_cooperation"},
     [("EGY", "USA")]),
    ("The Philippines withdrew its troops from Iraq, drawing criticism from Australia.",
     {("AUS", "PHL"): "verbal_conflict"}, [("AUS", "IRQ")]),
    # what an act led to (", prompting ...") is a clause of its own: no target of the act
    ("Iraqi troops attacked Kurdish-held Arbil, prompting U.S. cruise missile strikes.",
     {("USA", "IRQ"): "material_conflict"}, [("IRQ", "USA")]),
    ("North Korea fired a missile over Japan, prompting condemnation from South Korea.",
     {("PRK", "JPN"): "material_conflict", ("KOR", "PRK"): "verbal_conflict"}, [("PRK", "KOR")]),
    ("Russia cut gas to Ukraine, prompting protests from Poland.",
     {("RUS", "UKR"): "material_conflict", ("POL", "RUS"): "verbal_conflict"}, [("RUS", "POL")]),
    # two co-agents of a mutual hostile act are at each other; a state in what it is about is no third side
    ("Israel and Syria traded accusations over a car bombing that killed a Hamas official in Damascus.",
     {("ISR", "SYR"): "verbal_conflict", ("SYR", "ISR"): "verbal_conflict"},
     [("ISR", "HAMAS"), ("SYR", "HAMAS"), ("HAMAS", "ISR")]),
    ("Armenia and Azerbaijan clashed over Nagorno-Karabakh, Russia said.",
     {("ARM", "AZE"): "material_conflict"}, [("ARM", "RUS"), ("AZE", "RUS")]),
    ("China and Japan sparred over the islands.", {("CHN", "JPN"): "verbal_conflict"}, []),
    ("China and Japan quarrelled over Taiwan.", {("CHN", "JPN"): "verbal_conflict"}, [("CHN", "TWN"), ("JPN", "TWN")]),
    # after a giving verb a state before the noun cue receives it ("the Iraq war" stays a theme)
    ("The EU offered Turkey aid after the earthquake.", {("EU", "TUR"): "material_cooperation"}, []),
    ("Japan offered Thailand loans.", {("JPN", "THA"): "material_cooperation"}, [("THA", "JPN")]),
    # "border guards" are a state's force, not a place at its border
    ("Tajik and Afghan border guards held joint exercises.", {("TJK", "AFG"): "material_cooperation"}, []),
    ("Thai border police clashed with Cambodian troops.", {("THA", "KHM"): "material_conflict"}, []),
    # what an act is about ("over Iraq") is no party to it
    ("Saudi Arabia cut ties with Qatar over Iran.", {("SAU", "QAT"): "material_conflict"}, [("SAU", "IRN")]),
    ("The minister tried to calm the trans-Atlantic rift between Britain and the United States over Iraq.",
     {("GBR", "USA"): "verbal_conflict"}, [("GBR", "IRQ"), ("IRQ", "GBR")]),
    # with the attacker named, the condemnation is of the attacker
    ("Egypt condemned the Israeli raid on Gaza.", {("EGY", "ISR"): "verbal_conflict",
                                                   ("ISR", "PSE"): "material_conflict"}, [("EGY", "PSE")]),
    # a verb opening a noun cue does not make the name before it the cue's theme
    ("Germany expressed condolences to Turkey after the earthquake.", {("DEU", "TUR"): "verbal_cooperation"}, []),
    # a name inside a relative clause closed before the cue is not the cue's subject
    ("Hezbollah, which Iran supports, fired rockets at Israel.", {("HEZBOLLAH", "ISR"): "material_conflict"},
     [("IRN", "ISR")]),
    # troops sent on a peace mission or to help the host are help; sent to back separatists they are not
    ("Uganda sent troops to Somalia under the African Union mission.", {("UGA", "SOM"): "material_cooperation"}, []),
    ("Chad sent soldiers to Mali to help fight jihadists.", {("TCD", "MLI"): "material_cooperation"}, []),
    ("Russia sent troops to Ukraine to support the separatists.", {("RUS", "UKR"): "material_conflict"}, []),
    # a count or a description between the verb and the forces; a peace the troops are sent to make, even
    # far down the clause (but not "constitutional order" restored against a junta)
    ("Russia sent 3,000 more troops to Syria on Friday.", {("RUS", "SYR"): "material_conflict"}, []),
    ("Turkey sent thousands of soldiers into northern Syria.", {("TUR", "SYR"): "material_conflict"}, []),
    ("Nigeria dispatched an infantry battalion to Liberia to help restore peace.",
     {("NGA", "LBR"): "material_cooperation"}, []),
    ("Mauritania will dispatch an infantry battalion of 450 troops and a gendarmerie unit of 140 officers in "
     "order to contribute to establishing peace in the Central African Republic.",
     {("MRT", "CAF"): "material_cooperation"}, []),
    ("ECOWAS said it was ready to deploy a standby force to restore constitutional order in Niger.",
     {("ECOWAS", "NER"): "material_conflict"}, []),
    # an armed group named by its people is not the state, as target as well as source
    ("Kenyan police arrested Somali militants suspected of planning attacks.", {}, [("KEN", "SOM")]),
    ("Indian police arrested two Pakistani terrorists in Kashmir.", {}, [("IND", "PAK")]),
    # a gerund right after "after" is the subject's own latest act, not a background clause
    ("Powell arrived in Seoul on Sunday, after rejecting a North Korean overture.",
     {("USA", "KOR"): "verbal_cooperation", ("USA", "PRK"): "verbal_conflict"}, []),
    # "a day after" opens yesterday's news, not old background; "years after" stays background
    ("Pakistan test-fired a missile, a day after India warned Islamabad against provocations.",
     {("IND", "PAK"): "verbal_conflict"}, []),
    ("Qatar and Saudi Arabia restored ties, seven years after Riyadh cut ties with Doha.",
     {("QAT", "SAU"): "verbal_cooperation", ("SAU", "QAT"): "verbal_cooperation"}, []),
    # a state's act named with its own object ("Russia's annexation of Crimea") is not aimed at the one who
    # condemns it; "Spain's support" welcomed by Morocco is still support for Morocco
    ("Norway condemned Russia's annexation of Crimea.", {("NOR", "RUS"): "verbal_conflict"}, [("RUS", "NOR")]),
    ("Morocco welcomed Spain's support.", {("ESP", "MAR"): "verbal_cooperation"}, []),
    # (challenge set 6) "stood ready to" an act is that act, threatened; the medium of an accusation is no act;
    # a war fought in a state or one that nearly happened gives the clause's states no war; a summons'
    # purpose is the summoner's
    ("Brussels said the EU stood ready to tighten its penalties on Minsk.", {("EU", "BLR"): "material_conflict"},
     []),
    ("Egypt and Sudan accused Addis Ababa in a joint statement of rejecting every proposal.",
     {("EGY", "ETH"): "verbal_conflict", ("SDN", "ETH"): "verbal_conflict"}, [("ETH", "EGY"), ("ETH", "SDN")]),
    ("Zambia and Angola agreed to return refugees now that the war in Angola has ended.", {},
     [("ZMB", "AGO"), ("AGO", "ZMB")]),
    ("Cameroon took control of the strip as Nigeria completed the handover, ending a quarrel that nearly led to war.",
     {}, [("CMR", "NGA"), ("NGA", "CMR")]),
    ("Moscow summoned the Thai ambassador to protest.", {("RUS", "THA"): "verbal_conflict"}, [("THA", "RUS")]),
    # (challenge set 7) what a speaker says a state "must" do is a demand, not the act; "X-backed forces" names the
    # forces' patron, while "Iraq's US-backed leader" is backing for Iraq
    ("Tehran warned Yerevan that Armenian units must pull back from the hills.", {("IRN", "ARM"): "verbal_conflict"},
     [("ARM", "IRN")]),
    ("Iraq's US-backed leader pleaded for help.", {("USA", "IRQ"): "verbal_cooperation"}, []),
    # a sentence opening on an earlier year is history; upgrading relations and returning ambassadors are
    # cooperation; "be met with" is a response, not a meeting; "salutes" is praise
    ("Israel and Turkey decided to upgrade the relations to full diplomatic relations and to return the ambassadors.",
     {("ISR", "TUR"): "verbal_cooperation", ("TUR", "ISR"): "verbal_cooperation"}, []),
    ("The Moroccan proposal was met with anger in Algiers.", {}, [("DZA", "MAR")]),
    ("Kenya's president salutes Ethiopia for its mediation.", {("KEN", "ETH"): "verbal_cooperation"}, []),
    # an ultimatum ("... 48 hours to pull back or face sanctions") is a threat by the one who sets it to each side
    ("The African Union gave Ethiopia and Eritrea 48 hours to pull back from disputed areas or face sanctions.",
     {("AU", "ETH"): "verbal_conflict", ("AU", "ERI"): "verbal_conflict"}, [("ETH", "AU"), ("ERI", "AU")]),
    # people deported into a state's prison are not that state's; a fugitive sent where he is wanted is handed over
    ("Venezuela condemned U.S. deportations to a Salvadoran prison.", {("VEN", "USA"): "verbal_conflict"},
     [("USA", "SLV")]),
    ("Germany deported the cleric to Turkey, where he is wanted for murder.", {("DEU", "TUR"): "material_cooperation"},
     []),
    # "angered by ..." without an auxiliary is still the subject's anger at the stimulus, and the stimulus is no act
    ("China downgraded its ties with Lithuania, angered by the opening of a Taiwanese office in Vilnius.",
     {("CHN", "LTU"): "material_conflict", ("CHN", "TWN"): "verbal_conflict"}, [("TWN", "LTU"), ("TWN", "CHN")]),
    ("Algeria was angered by the deal with Israel.", {("DZA", "ISR"): "verbal_conflict"}, [("ISR", "DZA")]),
    # grounding one's own aircraft is no flight ban
    ("The United States suspended flights of its helicopters in Japan after the crash.", {}, [("USA", "JPN")]),
    # ", and Moscow summoned ...": a new clause's subject, not the state named in the clause before
    ("Lavrov called it an injustice obtained under U.S. pressure, and Moscow summoned the Thai ambassador.",
     {("RUS", "THA"): "verbal_conflict"}, [("USA", "THA")]),
    ("Britain, France, and Germany condemned Iran.", {("GBR", "IRN"): "verbal_conflict",
                                                      ("DEU", "IRN"): "verbal_conflict"}, []),
    # "we" right before the cue in a quote is the speaker, not the state named before it
    ("\"We salute Angola for its mediation, and we condemn the aggression of Rwanda,\" the Congolese president said.",
     {("COD", "AGO"): "verbal_cooperation", ("COD", "RWA"): "verbal_conflict"}, []),
    # troops sent if the government asks go at its request; a thing named to be judged is not a new act; what
    # happened "15 months after/before" another act is history
    ("Erdogan said that Turkey can send soldiers to Tripoli if the legitimate government asks for it.",
     {("TUR", "LBY"): "material_cooperation"}, []),
    ("The Athens government gave the Libyan ambassador 72 hours to leave, calling the memorandum legally void.",
     {}, [("LBY", "GRC")]),
    ("The rebellion broke out 15 months after Rwandan and Ugandan backing helped Kabila march on Kinshasa.",
     {}, [("RWA", "COD"), ("UGA", "COD")]),
    # freezing or suspending diplomatic relations is a hostile act
    ("Venezuela froze diplomatic relations with Colombia.", {("VEN", "COL"): "material_conflict"}, []),
    # a visit that ends ran its course; stalling on talks undoes them
    ("Powell ends his tour of Asia in Tokyo.", {("USA", "JPN"): "verbal_cooperation"}, [("JPN", "USA")]),
    ("U.S. Says N.Korea Miscalculating by Stalling on Talks", {("USA", "PRK"): "verbal_conflict"}, []),
    # a fugitive deported after an extradition ruling is handed over
    ("The cleric was deported by Germany to Turkey after a Cologne court ruled he could be extradited.",
     {("DEU", "TUR"): "material_cooperation"}, []),
    # a relative clause about private people has them as its subject, and its object is theirs
    ("Peru's interior minister said police killed three coca farmers who were part of a group that tried to "
     "protest U.S.-backed eradication.",
     {}, [("PER", "USA")]),
    ("Kenya arrested men who attacked Ugandan troops.", {}, [("KEN", "UGA")]),
    # a finite verb with its own noun subject in a new clause is not the earlier state's act (the doctors
    # flown in are aid; the killing is the tsunami's)
    ("New Zealand and Australia flew doctors to Samoa after a tsunami killed more than 100 people across Samoa "
     "and Tonga.", {("NZL", "WSM"): "material_cooperation", ("AUS", "WSM"): "material_cooperation"},
     [("AUS", "TON")]),
    # ... but an "-ing" form keeps it, and an actor inside the clause is the clause's own
    ("Israel struck Gaza after the rocket attacks, killing five Palestinians.", {("ISR", "PSE"): "material_conflict"},
     []),
    # a vote for a state's text supports that state; voting alike is no joint act; a topic is no sponsor
    ("India, China and Pakistan voted for the Colombo-drafted text, which passed 29-12.",
     {("IND", "LKA"): "verbal_cooperation", ("CHN", "LKA"): "verbal_cooperation"}, [("IND", "CHN"), ("CHN", "PAK")]),
    ("Britain voted for the resolution on Darfur.", {}, [("GBR", "SDN")]),
    # ", and Greek officials said" opens a new clause: Greece is not in the list of the support's objects
    ("A US envoy offered support to the Macedonian authorities, and Greek officials said Athens would send fuel.",
     {("USA", "MKD"): "verbal_cooperation"}, [("USA", "GRC")]),
    # monitors and observers deployed, or troops deployed with the host's consent, are a peace mission
    ("The African Union said its ceasefire monitors, deployed with Khartoum's consent, were already in Darfur.",
     {("AU", "SDN"): "material_cooperation"}, []),
    # a passive act whose agent is a common noun has no state source
    ("Uganda said fuel convoys to Kampala, which had been blocked by violence along the route from Mombasa, "
     "should now move freely.", {}, [("UGA", "KEN")]),
    # troops who joined an offensive fight beside its owner; linking up is joint action
    ("Bosnian government troops, who joined the offensive from the Bihac pocket, linked up with Croatian units.",
     {("BIH", "HRV"): "material_cooperation"}, []),
    # ", and Ottawa said ..." closes the first clause: the protest's object is not in the second
    ("Canada protested that the measure would punish its companies, and Ottawa said it would keep its aid "
     "ties with Havana.", {("CAN", "CUB"): "verbal_cooperation"}, []),
    # a reversal verb does not undo a second verb joined by "and"
    ("The United States halted oil deliveries and barred Yugoslav officials from travel.",
     {("USA", "SRB"): "material_conflict"}, []),
    # speakers who say "they" will act together act with each other, not toward a state of the clause before
    ("Morrison called a Chinese naval base a red line, and Canberra and Washington said they would coordinate "
     "closely in the Pacific.", {("AUS", "USA"): "verbal_cooperation"}, [("AUS", "CHN"), ("USA", "CHN")]),
    # "being assassinated" names no agent; a place owned by a possessive ("his Gaza plan") is a topic
    ("Israel's opposition leader warns that the prime minister risks being assassinated over his Gaza "
     "disengagement plan.", {}, [("ISR", "PSE")]),
    # the words of a treaty's name are not acts of their own; suspending the treaty is the act
    ("Algeria has suspended with immediate effect the treaty of friendship, good neighbourliness and cooperation "
     "concluded with Spain in 2002.", {("DZA", "ESP"): "verbal_conflict"}, [("ESP", "DZA")]),
    # machine-translated order: "recall for consultations their ambassadors"
    ("The governments of Mali, Burkina Faso and Niger have decided to recall for consultations their ambassadors "
     "accredited in Algeria.", {("MLI", "DZA"): "material_conflict", ("MLI", "NER"): "material_cooperation"}, []),
], ids=["not-or", "or-after-comma", "cease", "condition-reversal", "must-stop", "reversal-clause",
        "reversal-list", "nonstate-partner", "counterparts-in", "help-deploy", "confront",
        "negation-stops-at-and", "broken-relations", "who-person", "joint-forces", "forces-facing",
        "invective", "lack-of-trust", "weekday-after-object", "deport-wanted", "joint-crew", "trainers", "feted",
        "title-after-for", "condemned-attack", "condemned-place-bombings", "condemned-city-attacks", "and-sent-condolences",
        "condemned-city-train-bombings", "condemned-state-raids", "condemned-demonym-bombings",
        "condemned-strikes-on", "drew-sanctions-from", "prompted-rebuke-from", "faced-criticism-from",
        "won-praise-from", "drawing-criticism-aimed-at-the-first", "prompting-strikes", "prompting-condemnation",
        "cut-gas-prompting-protests", "traded-accusations-over",
        "clashed-over-reporter-after", "sparred", "quarrelled-over", "offered-a-state-aid", "offered-a-state-loans", "border-guards", "border-police", "cut-ties-over-topic", "rift-over-topic", "condemned-named-attacker", "expressed-condolences",
        "relative-clause-subject", "peace-mission", "help-fight", "back-separatists", "count-before-troops",
        "thousands-of-soldiers", "battalion-to-restore-peace", "peace-far-down-the-clause", "constitutional-order",
        "armed-group-object",
        "terrorists-object", "after-gerund", "a-day-after", "years-after", "owned-act-with-object", "welcomed-owned-support", "stood-ready-to-sanction", "in-a-joint-statement", "war-in-a-state", "nearly-war", "summoned-to-protest", "must-is-a-demand", "backed-leader", "upgrade-relations", "be-met-with", "salutes", "ultimatum", "angered-by-participle", "angered-by-the-deal", "suspended-flights-of", "deported-into-a-prison", "deported-where-wanted", "and-new-clause-subject", "oxford-comma-list", "we-is-the-speaker", "if-the-government-asks", "calling-the-thing", "months-after-is-history", "froze-relations", "visit-ends", "stalling", "deported-extradition",
        "private-relative-subject", "private-relative-object", "new-clause-subject", "gerund-keeps-subject",
        "vote-for-text", "vote-topic", "and-new-clause", "monitors-consent", "passive-noun-agent", "joined-offensive",
        "and-said-clause-break", "reversal-not-over-and-verb", "they-coordinate", "passive-no-agent-owned-place", "treaty-name",
        "recall-for-consultations"])
def test_negation_conditions_and_partners_on_wire_sentences(text, expected, absent):
    _assert_pairs(text, expected, absent, date="2004-10-01")


def test_allies_with_no_act_between_them_are_not_given_the_wars_tone():
    from helpers.stance import allied
    assert allied("GBR", "USA", "2004-06-01") == "NATO"
    assert allied("NATO", "POL", "2005-01-01") == "NATO"
    assert allied("POL", "USA", "1995-01-01") is None           # before Poland joined
    assert allied("EU", "GBR", "2021-01-01") is None            # after Brexit
    assert allied("ISR", "JPN", "2004-06-01") is None           # both US allies, not each other's
    assert allied("ISR", "USA", None) is None
    assert allied("AFG", "USA", "2004-10-01") == "US security partner"   # a government hosting US forces
    assert allied("AFG", "NATO", "2010-01-01") == "NATO mission host"
    assert allied("AFG", "USA", "2022-01-01") is None                   # after the Taliban's return
    assert allied("IRQ", "USA", "2003-04-01") is None                   # the invasion
    assert allied("IRQ", "USA", "2005-04-01") is None                   # a host in a war, not an ally (README)
    got = _article_pairs("Car bomb kills soldiers in Baghdad",
                         "A car bomb killed two American soldiers and a British soldier near Baghdad on Monday, "
                         "the military said. Britain has 8,500 troops in the south. The United States said the "
                         "attack was carried out by insurgents.", date="2004-09-01")
    assert got[("GBR", "USA")] == ("cooperative", "allies")
    # the same story before any alliance binds the two is read from its tone
    got = _article_pairs("Car bomb kills soldiers in Baghdad",
                         "A car bomb killed two Japanese soldiers and a Chinese engineer near Baghdad on Monday, "
                         "the military said. Japan has 500 troops in the south.", date="2004-09-01")
    assert got.get(("CHN", "JPN"), ("neutral", ""))[1] != "allies"


def test_rivals_with_no_act_between_them_are_read_as_rivals_while_the_rivalry_lasts():
    from helpers.stance import rivals
    assert rivals("IND", "PAK", "2004-06-01") and rivals("PAK", "IND", "2004-06-01")
    assert rivals("HAMAS", "ISR", "2014-07-10")
    assert not rivals("ERI", "ETH", "2019-01-01")        # after the 2018 peace declaration
    assert not rivals("RUS", "UKR", "2010-01-01")        # before Crimea
    assert not rivals("IND", "PAK", None)
    summit = ("Ethiopian Prime Minister {pm} and Eritrean President Isaias Afwerki were among the leaders at "
              "an African Union summit in Addis Ababa on Sunday, where floods in Sudan topped the agenda.")
    assert not rivals("ISR", "PSE", "1996-01-01") and rivals("ISR", "PSE", "2004-01-01")   # the Oslo years
    # rivals named side by side in passages that read neither way stay neutral: a prior is no reading
    got = _article_pairs("Leaders attend summit", summit.format(pm="Meles Zenawi"), date="2004-07-06")
    assert got[("ERI", "ETH")] == ("neutral", "article tone")
    got = _article_pairs("Cubans mark anniversary",
                         "Thousands of Cubans marched in Havana on Sunday to mark the anniversary of the revolution, "
                         "and Fidel Castro railed against the empire in a four-hour speech. A United States "
                         "diplomat watched from the crowd.", date="2004-07-26")
    assert got[("CUB", "USA")] == ("cooperative", "article tone")   # passages that read warm overrule it
    got = _article_pairs("Cubans mark anniversary",
                         "Fidel Castro railed against the empire in a four-hour speech in Havana on Sunday, a day of "
                         "grim warnings. A United States diplomat watched from the crowd.", date="2004-07-26")
    assert got[("CUB", "USA")] == ("hostile", "rivals")
    # a cued sentence between rivals outweighs the rivalry
    got = _article_pairs("India, Pakistan sign pact on missile tests",
                         "India and Pakistan signed an agreement on Saturday to warn each other before testing "
                         "missiles, officials said.")
    assert got[("IND", "PAK")] == ("cooperative", "cue")
    # rivals that are also allies (Greece and Turkey in NATO) are read as rivals; passages that read
    # negative outweigh the cues they carry between third parties, passages that read warm do not
    ctx = pd.DataFrame({"article_id": ["a", "b", "c"], "date": [pd.Timestamp("2004-11-02")] * 3,
                        "country_a": ["GRC", "CHN", "CHN"], "country_b": ["TUR", "TWN", "TWN"],
                        "vader_compound": [-0.4, -0.4, 0.5], "textblob_polarity": [0.0] * 3, "n_sentences": [0] * 3,
                        "cue_tone": [6.0, 6.0, 6.0], "tone_cues": ["signed"] * 3, "can_relate": [True] * 3})
    ad = article_dyads(pd.DataFrame(columns=["article_id", "date", "sentence_id", "source", "target", "event_class",
                                             "score", "cue", "textblob_polarity", "vader_compound"]), ctx)
    assert ad[["stance", "basis"]].values.tolist() == [["hostile", "rivals"], ["hostile", "rivals"],
                                                      ["cooperative", "article tone"]]


def test_rivals_named_in_a_speech_read_hostile_whatever_the_passage_tone():
    # a delegate who names the speaker's rival, or two rivals, with no act between them, names them to
    # complain of one: warm words around them ("peace", "friendship") do not make the pair cooperative
    para = ("Pakistan seeks peace and friendship with all its neighbours, its president said. India, too, "
            "speaks of peace; he hoped its words would one day bring a just and lasting settlement in Jammu and "
            "Kashmir, for the good of all South Asia.")
    assert _article_pairs("", para, date="2003-09-25", speaker="PAK")[("IND", "PAK")] == ("hostile", "rivals")
    # the same words in a news story keep the tone's reading: the rivalry needs passages that read negative
    assert _article_pairs("", para, date="2003-09-25")[("IND", "PAK")] == ("cooperative", "article tone")
    # and a cue between them still decides in a speech
    signed = ("Pakistan and India signed an agreement last year to warn each other before missile tests, "
              "and we welcome it.")
    assert _article_pairs("", signed, date="2003-09-25", speaker="PAK")[("IND", "PAK")][1] == "cue"


def test_a_headline_cue_with_no_object_answers_the_first_clause_across_a_semicolon():
    from helpers.actors import find_mentions
    from helpers.segment import segment
    from helpers.stance import find_events

    def events(title, date):
        arts = pd.DataFrame({"article_id": ["x"], "title": [title], "text": ["The story follows."],
                             "date": [pd.Timestamp(date)], "language": ["en"]})
        sents, _ = segment(arts)
        ev = find_events(sents, find_mentions(sents, arts), arts)
        return set(zip(ev["source"], ev["target"], ev["event_class"]))

    got = events("US Missiles Hit Khartoum Plant; Pakistan Protests Use Of Its Airspace", "1998-08-21")
    assert ("PAK", "USA", "verbal_conflict") in got and not any(s == "PAK" and t == "SDN" for s, t, _ in got)
    # a topic after "over" is no party: the promise has no state object
    got = events("US Warns Solomon Islands Over China Security Pact, Promises Embassy", "2022-04-22")
    assert ("USA", "SLB", "verbal_conflict") in got
    assert not any(s == "USA" and t == "CHN" and k.endswith("cooperation") for s, t, k in got)


def test_a_raid_on_a_palestinian_refugee_camp_is_an_isr_pse_act():
    # the labelling rules code raids on Palestinian places and people ISR-PSE, unlike other places
    got = _article_pairs("Israel destroys homes",
                         "The Israeli army charged into a Palestinian refugee camp on Saturday, killing one person "
                         "and tearing down 35 homes.", date="2004-10-02")
    assert got[("ISR", "PSE")][0] == "hostile"
    got = _article_pairs("Workers stranded", "Three Indian workers were stranded at an airport in Dubai.",
                         date="2004-10-02")
    assert got.get(("ARE", "IND"), ("neutral", ""))[0] == "neutral"


def test_a_stopover_does_not_undo_the_next_cue():
    from helpers.stance import _cue_matcher, _reversed_by
    forms = _cue_matcher().reversal
    assert _reversed_by("stopping over for talks".split(), 3, forms, []) is None
    assert _reversed_by("stopping the talks".split(), 2, forms, []) is not None


def test_the_two_sides_are_the_pair_the_body_names_together_not_a_headline_scene():
    got = _article_pairs("Refugees Pour Into Poland As Russian Assault Widens",
                         "Polish border guards said 100,000 people had crossed from Ukraine since Russian forces "
                         "invaded. Zelensky accused Belarus of letting Russian troops attack from its soil. "
                         "Ukrainian officials said Russian shelling hit Kharkiv. Lukashenko said Minsk would host "
                         "talks between the two sides.", date="2022-02-26")
    assert got[("BLR", "UKR")][0] in ("cooperative", "mixed") or got[("BLR", "RUS")][0] == "cooperative"
    assert got.get(("BLR", "POL"), ("neutral", ""))[0] != "cooperative"


def test_a_reaction_to_the_decision_is_toward_whoever_made_it():
    got = _article_pairs("Turkish Parliament Blocks US Troops",
                         "Turkey's parliament has refused to allow US troops to use Turkish bases, dealing a blow to "
                         "Washington's war plans. The vote fell three short of a majority. Baghdad welcomed the "
                         "decision as a victory for good neighbourliness.", date="2003-03-02")
    assert got[("IRQ", "TUR")] == ("cooperative", "cue")
    # "that the measure" after a verb is what was said, not the act reacted to
    from helpers.stance import _REACTION
    assert _REACTION.match("welcomed the decision") and not _REACTION.match("protested that the measure would")


def test_a_tie_for_the_main_pair_goes_to_the_state_named_beside_the_first():
    from helpers.actors import explain
    m = explain("The Solomon Islands protested to Port Moresby after Papua New Guinea soldiers raided a village. "
                "A PNG spokesman said the troops had been in hot pursuit. Canberra said it was ready to host talks "
                "between the two neighbours. The Australian envoy flew to Honiara.", date="1997-01-09")
    m = m[m["rejected"].isna()]
    assert set(m.loc[m["surface"] == "two neighbours", "country"]) | set(
        m.loc[m["surface"].str.contains("neighbours"), "country"]) == {"PNG", "SLB"}


@pytest.mark.parametrize(("text", "absent"), [
    ("UN observers said Russia deployed troops to Georgia.", ("RUS", "GEO", "material_cooperation")),
    ("Russia sent troops into Georgia to help fight Georgian forces.", ("RUS", "GEO", "material_cooperation")),
], ids=["observers-as-speakers", "help-fight-a-state"])
def test_a_peace_mission_needs_the_deployed_body_or_an_armed_group_as_enemy(text, absent):
    from helpers.stance import explain_sentence
    e = explain_sentence(text, date="2008-08-10")
    assert not ((e["source"] == absent[0]) & (e["target"] == absent[1]) & (e["event_class"] == absent[2])).any()


def test_reactions_do_not_chain_onto_each_other():
    got = _article_pairs("", "The United States lifted sanctions on Iraq. Iran welcomed the decision. "
                             "Syria praised the move.", date="2004-10-01")
    assert got[("SYR", "USA")] == ("cooperative", "cue") and got[("IRN", "SYR")][1] != "cue"


def test_a_proxys_patron_named_by_a_hyphen_is_not_backing_the_next_state():
    ev = _events("Turkey said it would close its border with Armenia, after Armenian-backed forces seized the "
                 "Kelbajar district of Azerbaijan.", date="1993-04-06")
    assert not ((ev["source"] == "ARM") & (ev["target"] == "AZE") & ev["event_class"].str.endswith("cooperation")).any()


def test_a_sentence_opening_on_an_earlier_year_is_history():
    ev = _article_events("Saudi Arabia received the Emir of Qatar. In June 2017 Riyadh cut relations with Doha. "
                         "In January 2021 Riyadh reopened its borders with Doha.", "2021-01-05")
    acts = ev[ev["event_class"] != "neutral"]
    assert not (acts["cue"].str.contains("cut relations")).any()
    assert (acts["sentence_id"] == 2).any()   # the story's own year is news


def test_he_or_she_opening_a_sentence_continues_the_person_named_before():
    ev = _article_events("Ghana's president Nana Akufo-Addo accused Togo of arming the rebels. He said the experts "
                         "had found evidence. He also thanked Kenya's president for the talks.", "2022-09-20")
    got = set(zip(ev["source"], ev["target"], ev["event_class"]))
    assert ("GHA", "KEN", "verbal_cooperation") in got


def test_calling_the_last_act_a_disgrace_is_criticism_of_its_authors():
    veto = "France, Germany and Belgium vetoed NATO plans to send missiles to Turkey. "
    ev = _article_events(veto + "Washington called the veto a disgrace.", "2003-02-10")
    got = set(zip(ev["source"], ev["target"], ev["event_class"]))
    assert {("USA", "FRA", "verbal_conflict"), ("USA", "DEU", "verbal_conflict")} <= got
    # a neutral description names nothing
    ev = _article_events(veto + "Washington called the veto a turning point.", "2003-02-10")
    assert not ((ev["source"] == "USA") & (ev["event_class"] != "neutral")).any()


def test_support_named_as_an_epithet_is_weaker_than_the_news():
    from helpers.stance import EPITHET_INTENSITY, load_cues
    ev = _events("Iraq's U.S.-backed government said neglect led to the massacre.", date="2004-10-26")
    backed = ev[(ev["source"] == "USA") & (ev["target"] == "IRQ")]
    assert list(backed["intensity"]) == [EPITHET_INTENSITY]
    assert EPITHET_INTENSITY < min(c.intensity for c in load_cues() if c.cue_id == "back")


def _acts(ev) -> set:
    acts = ev[ev["event_class"] != "neutral"]
    return set(zip(acts["source"], acts["target"], acts["event_class"]))


def _check_acts(text, date, expected, absent):
    """Every (source, target, class) of ``expected`` is read from the article, none of ``absent``."""
    got = _acts(_article_events(text, date))
    assert expected <= got
    assert not (absent & got)


def test_a_clock_time_is_no_earlier_year():
    ev = _article_events("By 1500 GMT, Israel had agreed to free the Egyptian fishermen and thanked Cairo.",
                         "2004-10-01")
    assert ("ISR", "EGY", "verbal_cooperation") in _acts(ev)


def test_years_of_war_are_a_war_but_a_war_nearly_started_is_not():
    assert ("ETH", "ERI", "material_conflict") in _acts(_article_events(
        "Nearly three years of war between Ethiopia and Eritrea left 70,000 dead.", "2000-12-12"))
    assert not _acts(_article_events("The border quarrel between Peru and Ecuador nearly led to war.",
                                      "1998-10-01"))


def test_an_ultimatum_stays_in_its_clause_and_names_only_its_own_targets():
    # the positive act after the semicolon is not part of the ultimatum
    got = _acts(_article_events("Iran must stop enriching uranium or face sanctions; the United States "
                                 "welcomed Japan's aid pledge to Kenya.", "2006-03-01"))
    assert ("USA", "JPN", "verbal_cooperation") in got
    got = _acts(_article_events("Kenya hosted the talks. The African Union gave Sudan and South Sudan 48 hours "
                                 "to pull back or face sanctions.", "2012-04-28"))
    assert {("AU", "SDN", "verbal_conflict"), ("AU", "SSD", "verbal_conflict")} <= got
    assert not any(t == "KEN" for _, t, _ in got)


def test_flights_of_another_states_airlines_are_banned_but_own_aircraft_grounded():
    assert ("RUS", "GEO", "material_conflict") in _acts(_article_events(
        "Russia suspended flights of Georgian airlines.", "2006-10-03"))
    assert not _acts(_article_events("Japan suspended flights of CH-53D helicopters after the crash, "
                                      "the US said.", "2004-08-14"))


def test_met_at_the_airport_by_a_leader_is_a_meeting_met_with_force_is_not():
    assert ("ISR", "EGY", "verbal_cooperation") in _acts(_article_events(
        "The Egyptian foreign minister was met at the airport by Israeli Prime Minister Ariel Sharon.",
        "2004-12-22"))
    got = _acts(_article_events("Any new arrest by Spain would be met with all the means of the Moroccan state.",
                                 "2004-10-01"))
    assert not any(k.endswith("cooperation") for _, _, k in got)


def test_he_is_not_guessed_when_two_people_of_two_states_were_named():
    ev = _article_events("Russian President Vladimir Putin met French President Emmanuel Macron. He thanked "
                         "Kenya's president for the talks.", "2019-08-19")
    assert not any(t == "KEN" for _, t, _ in _acts(ev))


def test_judging_a_situation_is_not_judging_the_last_act():
    ev = _article_events("Syria vetoed the resolution on Lebanon. Britain called the situation in Lebanon "
                         "unacceptable. Japan called the Syrian move illegal.", "2006-01-01")
    got = _acts(ev)
    assert ("JPN", "SYR", "verbal_conflict") in got
    assert not any(s == "GBR" for s, _, _ in got)


def test_a_fugitive_is_handed_to_the_state_that_wants_him_not_his_own():
    got = _acts(_article_events("Mexico deported a Mexican man wanted by U.S. police. Germany extradited a "
                                 "Turkish man wanted in France for fraud.", "2006-01-01"))
    assert {("MEX", "USA", "material_cooperation"), ("DEU", "FRA", "material_cooperation")} <= got
    assert ("DEU", "TUR", "material_cooperation") not in got


def test_a_speaker_committing_its_own_state_is_no_demand():
    assert ("USA", "UKR", "verbal_cooperation") in _acts(_article_events(
        "Obama said the United States must support Ukraine.", "2014-06-01"))
    assert not any(k.endswith("cooperation") for _, _, k in _acts(_article_events(
        "Russia said Ukraine must negotiate with Georgia.", "2014-06-01")))


def test_full_diplomatic_relations_is_news_only_when_established_or_restored():
    assert ("ISR", "JOR", "verbal_cooperation") in _acts(_article_events(
        "Israel and Jordan established full diplomatic relations.", "1994-11-27"))
    assert not _acts(_article_events("Israel and Jordan have full diplomatic relations.", "2004-11-27"))


@pytest.mark.parametrize(("text", "date", "expected", "absent"), [
    ("Sanctions imposed by the United States on Libya were lifted on Friday.", "2004-04-23",
     {("USA", "LBY", "verbal_cooperation")}, {("USA", "LBY", "material_conflict")}),
    ("The war between Ethiopia and Eritrea ended in December.", "2000-12-12",
     {("ETH", "ERI", "verbal_cooperation")}, {("ETH", "ERI", "material_conflict")}),
    ("Diplomatic relations between Qatar and Saudi Arabia were restored in January.", "2021-01-20",
     {("QAT", "SAU", "verbal_cooperation"), ("SAU", "QAT", "verbal_cooperation")}, set()),
    ("Relations between Iran and Britain were severed after the fatwa.", "1989-03-07",
     {("IRN", "GBR", "material_conflict")}, set()),
    ("Talks between India and Pakistan broke down on Tuesday.", "2001-07-17",
     {("IND", "PAK", "verbal_conflict")}, {("IND", "PAK", "verbal_cooperation")}),
    # an act whose noun is not the clause's subject keeps its sign
    ("Israel attacked Gaza and talks with Egypt were suspended.", "2008-12-28",
     {("ISR", "PSE", "material_conflict")}, set()),
], ids=["sanctions-were-lifted", "war-ended", "relations-restored", "relations-severed", "talks-broke-down",
        "not-the-subject"])
def test_a_noun_undone_or_done_by_its_clauses_own_verb(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_agreeing_to_end_a_war_is_cooperation_but_the_end_of_talks_is_a_time():
    got = _acts(_article_events("Sudan and Chad agreed to end their proxy wars.", "2010-01-16"))
    assert ("SDN", "TCD", "verbal_cooperation") in got and ("SDN", "TCD", "material_conflict") not in got
    got = _acts(_article_events("At the end of the talks, India and Pakistan signed a trade accord.", "2004-01-06"))
    assert ("IND", "PAK", "verbal_cooperation") in got


@pytest.mark.parametrize(("text", "date", "pair"), [
    ("Japan offered Thailand a $4 billion loan to shore up its currency.", "1997-08-11", ("JPN", "THA")),
    ("Russia offered Ukraine a $15 billion bailout and a cut in gas prices.", "2013-12-17", ("RUS", "UKR")),
    ("The United States gave Egypt $2 billion in military aid.", "2004-01-01", ("USA", "EGY")),
])
def test_the_giver_of_a_double_object_verb_is_the_source(text, date, pair):
    got = _acts(_article_events(text, date))
    assert pair + ("material_cooperation",) in got
    assert (pair[1], pair[0], "material_cooperation") not in got


def test_scrapping_a_pact_ruling_out_force_requests_and_solidarity():
    assert ("KOR", "JPN", "verbal_conflict") in _acts(_article_events(
        "Seoul responded by scrapping a military intelligence-sharing pact with Tokyo.", "2019-08-22"))
    got = _acts(_article_events("Iran did not rule out military action against Afghanistan.", "1998-09-10"))
    assert any(s == "IRN" and t == "AFG" and k.endswith("conflict") for s, t, k in got)
    assert ("FRA", "MLI", "material_cooperation") in _acts(_article_events(
        "France launched air strikes against Islamist rebels in Mali at the request of the Malian government.",
        "2013-01-11"))
    got = _acts(_article_events("Poland expelled four Russian diplomats in solidarity with Britain.", "2018-03-26"))
    assert {("POL", "GBR", "verbal_cooperation"), ("POL", "RUS", "material_conflict")} <= got
    assert not any(s == "RUS" and t == "GBR" for s, t, _ in got)


def test_a_speaker_named_at_the_end_of_the_sentence_owns_the_report():
    got = _acts(_article_events("Ukrainian forces had shelled a Russian border town, Moscow said.", "2014-07-13"))
    assert ("RUS", "UKR", "material_conflict") in got
    assert ("UKR", "RUS", "material_conflict") not in got
    # a credit at the end is no speaker of an act between others
    got = _acts(_article_events("Russia and China signed a gas deal, Xinhua said.", "2014-05-21"))
    assert ("RUS", "CHN", "verbal_cooperation") in got


def test_without_an_agreement_denials_and_a_new_clause_after_a_place():
    got = _acts(_article_events("Egypt warned Ethiopia against filling the Nile dam without an agreement.",
                                "2020-06-20"))
    assert ("EGY", "ETH", "verbal_conflict") in got
    assert not any(s == "ETH" for s, _, _ in got)
    got = _acts(_article_events("Uganda denied sending troops into Sudan.", "1998-08-05"))
    assert ("UGA", "SDN", "material_conflict") not in got
    got = _acts(_article_events("Colombian troops raided a rebel camp inside Ecuador, and Quito recalled its "
                                "ambassador from Bogota.", "2008-03-02"))
    assert ("ECU", "COL", "material_conflict") in got


def test_what_a_demand_or_warning_names_is_not_done():
    got = _acts(_article_events("China demanded India withdraw its troops from the plateau, which is also claimed "
                                "by Bhutan.", "2017-07-05"))
    assert ("CHN", "IND", "verbal_conflict") in got
    assert not any(k.endswith("cooperation") for _, _, k in got)
    got = _acts(_article_events("China warned Taiwan that any move toward independence would lead to war.",
                                "2004-05-17"))
    assert ("CHN", "TWN", "verbal_conflict") in got and not any(s == "TWN" for s, _, _ in got)
    got = _acts(_article_events("Saudi Arabia threatened sanctions against Qatar if Doha did not meet its 13 "
                                "demands.", "2017-07-03"))
    assert not any(s == "QAT" for s, _, _ in got)


def test_reactions_aim_at_the_acts_author_and_objections_after_despite():
    got = _acts(_article_events("The U.S.-led invasion of Iraq drew protests from France and Germany.",
                                "2003-03-21"))
    assert {("FRA", "USA", "verbal_conflict"), ("DEU", "USA", "verbal_conflict")} <= got
    assert not any(s in ("FRA", "DEU") and t == "IRQ" for s, t, _ in got)
    got = _acts(_article_events("Koizumi visited the Yasukuni shrine despite protests from China and South Korea.",
                                "2005-10-17"))
    assert {("CHN", "JPN", "verbal_conflict"), ("KOR", "JPN", "verbal_conflict")} <= got


def test_an_object_then_and_then_a_new_subject_is_no_list():
    got = _acts(_article_events("Russia attacked Ukraine and Britain accused Moscow of aggression.", "2022-02-24"))
    assert {("RUS", "UKR", "material_conflict"), ("GBR", "RUS", "verbal_conflict")} <= got
    assert not any(s == "UKR" and t == "RUS" for s, t, _ in got)


def test_speech_register_demands_dangers_history_and_a_leaders_crossing():
    got = _acts(_article_events("We call upon the Government of India to lift the siege immediately, the Pakistani "
                                "delegate said.", "2019-09-27"))
    assert not any(k.endswith("cooperation") for _, _, k in got)
    got = _acts(_article_events("Vajpayee crossed into Pakistan and was greeted by Pakistani Prime Minister Nawaz "
                                "Sharif. The two leaders agreed to reduce the risk of accidental war.", "1999-02-20"))
    assert ("IND", "PAK", "verbal_cooperation") in got and ("PAK", "IND", "verbal_cooperation") in got
    assert not any(k == "material_conflict" for _, _, k in got)
    got = _acts(_article_events("Ethiopia reopened two border crossings with Eritrea on Tuesday. Ethiopia fought a "
                                "border war with Eritrea from 1998 to 2000. China and India fought a war in 1962.",
                                "2018-09-11"))
    assert ("ETH", "ERI", "material_cooperation") in got
    assert not any(k == "material_conflict" for _, _, k in got)


def test_lower_case_short_capitals_in_machine_translated_copy():
    got = _acts(_article_events("the egypt and the emirates have cut the relations with doha.", "2017-06-06"))
    assert ("EGY", "QAT", "material_conflict") in got


@pytest.mark.parametrize(("text", "date", "expected", "absent"), [
    ("Talks between Ethiopia and Eritrea ended on Tuesday in Algiers.", "2004-12-14",
     {("ETH", "ERI", "verbal_cooperation")}, set()),
    ("Relations between China and Taiwan have never been normalised.", "2004-12-14", set(),
     {("CHN", "TWN", "verbal_conflict")}),
    ("In the end, talks between Israel and Syria produced a framework agreement.", "2000-01-10",
     {("ISR", "SYR", "verbal_cooperation")}, {("ISR", "SYR", "verbal_conflict")}),
    ("Washington gave Israel the green light to strike Hezbollah targets in Lebanon.", "2006-07-20",
     set(), {("USA", "HEZBOLLAH", "material_conflict")}),
    ("Russian troops seized airports in Crimea at the request of Ukraine's ousted president Viktor Yanukovich.",
     "2014-03-01", {("RUS", "UKR", "material_conflict")}, {("RUS", "UKR", "material_cooperation")}),
    ("China denied providing weapons to Russia.", "2023-03-01", set(),
     {("CHN", "RUS", "verbal_conflict"), ("CHN", "RUS", "material_cooperation")}),
], ids=["talks-ended", "never-normalised", "in-the-end", "green-light-to", "ousted-requester", "denied-aid"])
def test_second_review_endings_standing_states_and_requests(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_thanks_reach_every_state_with_its_own_for():
    got = _acts(_article_events("We thank Egypt for its tireless efforts, and Turkey and Qatar for their support to "
                                "the reconstruction of Gaza, the Palestinian minister said.", "2021-09-24"))
    assert {("PSE", "EGY", "verbal_cooperation"), ("PSE", "TUR", "verbal_cooperation"),
            ("PSE", "QAT", "verbal_cooperation")} <= got
    assert ("EGY", "PSE", "verbal_cooperation") not in got


@pytest.mark.parametrize(("text", "date", "expected", "absent"), [
    ("Nigeria formally handed over the Bakassi peninsula to Cameroon.", "2008-08-14",
     {("NGA", "CMR", "material_cooperation")}, set()),
    ("The Saudi crown prince embraced Qatar's emir at the summit.", "2021-01-05",
     {("SAU", "QAT", "verbal_cooperation")}, set()),
    ("Kazakhstan tightened border controls with Kyrgyzstan.", "2019-10-01",
     {("KAZ", "KGZ", "material_conflict")}, set()),
    ("Bulgaria vetoed the start of European Union membership talks with North Macedonia.", "2020-11-17",
     {("BGR", "MKD", "verbal_conflict")}, {("BGR", "EU", "verbal_conflict")}),
    # an attack on the condemner's own people or mission in a third state is not that state's act
    ("Germany condemned the killing of its tourists in Istanbul.", "2016-01-14",
     set(), {("DEU", "TUR", "material_conflict")}),
    # papers handed over and sanctions embraced keep their own sign
    ("Turkey handed over a protest note to Greece over the airspace violations.", "2020-06-20",
     set(), {("TUR", "GRC", "material_cooperation")}),
    ("Poland embraced tougher sanctions against Russia.", "2022-03-01",
     set(), {("POL", "RUS", "verbal_cooperation")}),
    ("Russia rejected an EU bid to mediate between Moscow and Georgia.", "2008-08-12",
     {("RUS", "EU", "verbal_conflict")}, set()),
], ids=["handed-over", "embraced", "border-controls", "veto-of-a-candidate", "own-people-abroad", "protest-note",
        "embraced-sanctions", "an-organisations-own-bid"])
def test_third_probe_cues_candidates_and_own_premises(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_a_disasters_toll_gives_no_tone_between_states():
    from helpers.actors import find_mentions
    from helpers.segment import segment
    from helpers.stance import context_tone, find_events
    text = ("Australian and Fijian officials were in Suva on Monday. A cyclone killed 40 people and destroyed "
            "thousands of homes and left Fiji in mourning, officials said.")
    arts = pd.DataFrame({"article_id": ["a"], "date": [pd.Timestamp("2016-02-22")], "title": [""], "text": [text]})
    sents, _ = segment(arts)
    m = find_mentions(sents, arts)
    ev = find_events(sents, m, arts)
    ad = article_dyads(ev, context_tone(sents, m, ev, arts))
    row = ad[(ad["country_a"] == "AUS") & (ad["country_b"] == "FJI")]
    assert list(row["basis"]) == ["article tone"]   # no cue links them: the fallback is what is tested
    assert list(row["stance"]) != ["hostile"]


def test_a_summit_venue_and_a_denied_intention_are_no_parties_or_acts():
    got = _acts(_article_events("Chile and Vietnam signed a free trade pact on the sidelines of the APEC summit.",
                                "2016-11-19"))
    assert ("CHL", "VNM", "verbal_cooperation") in got
    assert not any("APEC" in (s, t) for s, t, _ in got)
    assert not _acts(_article_events("China said it had no intention of building a base in Vanuatu.", "2018-04-10"))


@pytest.mark.parametrize(("text", "date", "expected", "absent"), [
    ("Saudi Arabia and Iran clash in Asian Cup", "2004-07-20", set(), {("SAU", "IRN", "material_conflict")}),
    ("Saudi Arabia and Iran fought out a 2-2 draw in the World Cup qualifier.", "2004-07-20", set(),
     {("SAU", "IRN", "material_conflict"), ("SAU", "IRN", "material_cooperation")}),
    ("South Korean President Roh Moo-hyun called off a planned summit with Japan.", "2005-03-20",
     {("KOR", "JPN", "verbal_conflict")}, {("KOR", "JPN", "verbal_cooperation")}),
    ("Hurricane Ivan lashed Cuba's western tip, and Venezuela sent relief supplies to Jamaica and Grenada.",
     "2004-09-14", {("VEN", "JAM", "material_cooperation"), ("VEN", "GRD", "material_cooperation")},
     {("CUB", "JAM", "material_cooperation")}),
    ("Pakistani troops shelled positions near the Kashmir ceasefire line with India.", "2002-06-01", set(),
     {("IND", "PAK", "material_cooperation"), ("PAK", "IND", "material_cooperation")}),
], ids=["sports-clash", "sports-fought-jointly", "called-off-summit", "and-venezuela-sent", "ceasefire-line"])
def test_fourth_probe_games_cancellations_new_clauses_and_place_names(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_a_disasters_toll_in_two_states_is_no_act_between_them():
    got = _acts(_article_events("Cyclone Sidr battered coastal Bangladesh and parts of eastern India, killing at "
                                "least 300 people.", "2007-11-16"))
    assert not got
    got = _acts(_article_events("Floods hit Bangladesh and India, killing 40.", "2007-11-16"))
    assert not got
    # an attack in a storm is still an attack
    got = _acts(_article_events("India shelled Pakistani posts during a storm, killing four soldiers.", "2007-11-16"))
    assert any(s == "IND" and t == "PAK" for s, t, _ in got)


def test_a_noun_lead_names_its_agent_after_the_object():
    got = _acts(_article_events("The expulsion of Mali's ambassador by Algeria angered Bamako.", "2024-01-05"))
    assert ("DZA", "MLI", "material_conflict") in got
    got = _acts(_article_events("The seizure of Ukrainian ships by Russia was condemned.", "2018-11-26"))
    assert ("RUS", "UKR", "material_conflict") in got and ("UKR", "RUS", "material_conflict") not in got


@pytest.mark.parametrize(("text", "date", "expected", "absent"), [
    # a name after "and" with its own verb opens a new clause: it is no target of the earlier cue
    ("Kuwait recalled its envoy after the raids on its embassy in Baghdad, and Qatar expelled the Iraqi consul.",
     "2016-01-04", {("QAT", "IRQ", "material_conflict")}, {("KWT", "QAT", "material_conflict")}),
    ("Ghana cut ties with the island state and Togo closed its border to Beninese trucks.", "2019-08-20",
     set(), {("GHA", "TGO", "material_conflict")}),
    # "..., a move that angered Y": the act's commentary, not the act's target
    ("Jordan and Iraq signed a trade accord in Amman during a rare visit by a Syrian minister, a move that "
     "irritated Turkey.", "2019-03-01", {("JOR", "IRQ", "verbal_cooperation")},
     {("SYR", "TUR", "verbal_cooperation")}),
    # a deal struck is a bargain, not a blow
    ("The gas accord that Hungary and Serbia struck with Azerbaijan took effect on Monday.", "2022-10-03",
     {("HUN", "AZE", "verbal_cooperation")}, {("HUN", "AZE", "material_conflict")}),
    ("Indonesia struck a $2 billion arms deal with France on Thursday.", "2022-02-10",
     set(), {("IDN", "FRA", "material_conflict")}),
    # freezing aid undoes the aid
    ("Norway said it would freeze development aid to Tanzania over the audit findings.", "2013-01-10",
     {("NOR", "TZA", "verbal_conflict")}, {("NOR", "TZA", "material_cooperation")}),
    # a refusal carries the deal it refuses
    ("Bolivia refused on Monday to sign a new gas supply contract with Argentina.", "2006-03-06",
     {("BOL", "ARG", "verbal_conflict")}, {("ARG", "BOL", "material_cooperation"),
                                           ("BOL", "ARG", "material_cooperation")}),
    ("Qatar stripped Egypt of its role as mediator.", "2014-01-01", {("QAT", "EGY", "verbal_conflict")},
     {("QAT", "EGY", "verbal_cooperation")}),
    ("Bahrain said it stood with Riyadh.", "2018-08-06", {("BHR", "SAU", "verbal_cooperation")}, set()),
    # an adjective ending in a participle is no act: "open-ended" does not end the truce
    ("Sudan and South Sudan signed an open-ended truce in Addis Ababa.", "2012-09-27",
     {("SDN", "SSD", "verbal_cooperation")}, {("SDN", "SSD", "material_conflict")}),
], ids=["and-subject-expelled", "and-subject-closed", "a-move-that", "deal-struck-with", "struck-a-deal",
        "freeze-aid", "refused-to-sign", "stripped-of", "stood-with", "open-ended"])
def test_fifth_probe_new_subjects_bargains_and_refusals(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_a_struck_deal_is_cooperation():
    got = _acts(_article_events("Indonesia struck a $2 billion arms deal with France on Thursday.", "2022-02-10"))
    assert any({s, t} == {"IDN", "FRA"} and k.endswith("cooperation") for s, t, k in got)


def test_a_broker_mediates_and_the_parties_agree_with_each_other():
    got = _acts(_article_events("Armenia and Azerbaijan signed a Russian-brokered truce on Tuesday.", "2020-11-10"))
    assert {("ARM", "AZE", "verbal_cooperation"), ("AZE", "ARM", "verbal_cooperation")} <= got
    assert ("RUS", "ARM", "verbal_cooperation") in got and ("RUS", "AZE", "verbal_cooperation") in got
    assert ("ARM", "RUS", "verbal_cooperation") not in got
    got = _acts(_article_events("Ethiopia and Eritrea agreed to a ceasefire mediated by Algeria.", "2000-06-18"))
    assert ("ETH", "ERI", "material_cooperation") in got and ("ETH", "DZA", "material_cooperation") not in got


def test_a_civil_war_and_a_relief_deployment_are_no_hostility_between_states():
    got = _acts(_article_events("Namibia and Botswana agreed to reopen the crossing, shut since 1999 because of the "
                                "Angolan civil war.", "2004-11-16"))
    assert not any(k == "material_conflict" for _s, _t, k in got)
    got = _acts(_article_events("South Korea said it would send 500 soldiers to Nepal to help with relief after the "
                                "quake, its largest disaster deployment abroad.", "2015-04-28"))
    assert ("KOR", "NPL", "material_cooperation") in got and ("KOR", "NPL", "material_conflict") not in got
    got = _acts(_article_events("Russia deployed troops to the border with Ukraine.", "2021-11-15"))
    assert ("RUS", "UKR", "material_conflict") in got


def _headline_events(title, text, date):
    from helpers.actors import find_mentions
    from helpers.segment import segment
    from helpers.stance import find_events
    arts = pd.DataFrame({"article_id": ["a"], "date": [pd.Timestamp(date)], "title": [title], "text": [text]})
    sents, _ = segment(arts)
    return _acts(find_events(sents, find_mentions(sents, arts), arts))


@pytest.mark.parametrize(("title", "absent", "present"), [
    # a headline's past participle after its noun is a passive: the state named is the victim, the place no agent
    ("Jordanian Driver Abducted in Iraq", ("JOR", "IRQ", "material_conflict"), None),
    ("Two Nepalese Workers Killed Near Kabul", ("NPL", "AFG", "material_conflict"), None),
    # a headline's act in the present tense, or a participle with its object, is still an act
    ("Israel Strikes Syrian Airbase", None, ("ISR", "SYR", "material_conflict")),
    ("Turkey Shelled Kurdish Bases in Northern Iraq", None, ("TUR", "IRQ", "material_conflict")),
], ids=["abducted-in", "killed-near", "strikes", "shelled-with-object"])
def test_a_headline_passive_names_no_agent(title, absent, present):
    got = _headline_events(title, "The report gave no further details on the incident.", "2004-08-02")
    if absent:
        assert absent not in got
    if present:
        assert present in got


@pytest.mark.parametrize("text", [
    "North Korea said it saw no reason to attend talks with the United States this year.",
    "Pyongyang has no plans to resume talks with Washington, its envoy said.",
    "North Korea is unwilling to return to talks with the United States, state media said.",
], ids=["no-reason-to", "no-plans-to", "unwilling-to"])
def test_an_act_ruled_out_is_no_cooperation(text):
    got = _acts(_article_events(text, "2004-09-28"))
    assert ("PRK", "USA", "verbal_cooperation") not in got
    assert ("PRK", "USA", "verbal_conflict") in got


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a gapped verb: the second giver is no target of the first
    ("Chile sent a rescue team and Peru a field hospital to Ecuador after the quake.",
     {("CHL", "ECU", "material_cooperation")}, {("CHL", "PER", "material_cooperation")}),
    ("Norway pledged $20 million and Denmark $8 million to Malawi for food.",
     {("NOR", "MWI", "verbal_cooperation")}, {("NOR", "DNK", "verbal_cooperation")}),
    # but a second target after "to" stays a target
    ("Qatar sent aid to Sudan and Chad a week later.",
     {("QAT", "SDN", "material_cooperation"), ("QAT", "TCD", "material_cooperation")}, set()),
    # letting another state's people or craft in is a concession to it
    ("Vietnam allowed a Cambodian ferry to dock at Chau Doc.", {("VNM", "KHM", "material_cooperation")}, set()),
], ids=["gapped-sent", "gapped-pledged", "second-target", "allowed"])
def test_gapped_givers_and_permissions(text, expected, absent):
    _check_acts(text, "2009-03-02", expected, absent)


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Venezuela broke off diplomatic ties with Colombia on Thursday.", {("VEN", "COL", "material_conflict")}, set()),
    ("Kuwait cut all ties with Iraq after the invasion.", {("KWT", "IRQ", "material_conflict")}, set()),
    ("China said it would restrict exports of rare earths to Japan.", {("CHN", "JPN", "verbal_conflict")}, set()),
    # taking a state off a terrorism list eases a sanction: cooperative, from the one who keeps the list
    ("Washington removed Sudan from its list of state sponsors of terrorism.",
     {("USA", "SDN", "verbal_cooperation")}, {("SDN", "USA", "verbal_cooperation"), ("USA", "SDN", "verbal_conflict")}),
    # a venue's state after a comma is no party
    ("Eritrea and Ethiopia signed the accord in Jeddah, Saudi Arabia.", {("ERI", "ETH", "verbal_cooperation")},
     {("ERI", "SAU", "verbal_cooperation"), ("ETH", "SAU", "verbal_cooperation")}),
], ids=["broke-off-diplomatic-ties", "cut-all-ties", "restrict-exports", "delisted", "venue-after-comma"])
def test_sixth_probe_cues_and_venues(text, expected, absent):
    _check_acts(text, "2018-09-16", expected, absent)


def test_a_day_after_on_is_a_time_not_the_topic_of_the_act_before():
    # "on Friday" between two cues does not make the second one the first one's topic
    _check_acts("Obama signed an order on Friday extending sanctions on Zimbabwe for another year.", "2013-03-01",
                {("USA", "ZWE", "material_conflict")}, set())
    # and a repeated name after "allowing" is no one let in
    _check_acts("Bush signed a bill on Monday tightening the embargo on Cuba and allowing Americans to sue "
                "foreign firms.", "2004-03-01", {("USA", "CUB", "material_conflict")},
                {("USA", "CUB", "material_cooperation")})


def test_the_host_of_a_meeting_receives_its_parties():
    _check_acts("The Armenian and Azerbaijani foreign ministers met in Moscow on Friday at the Kremlin's invitation.",
                "2020-10-09", {("RUS", "ARM", "verbal_cooperation"), ("RUS", "AZE", "verbal_cooperation")},
                {("RUS", "ARM", "verbal_conflict")})
    _check_acts("Ethiopia and Egypt resumed talks on the dam at the invitation of Sudan.", "2020-07-03",
                {("SDN", "ETH", "verbal_cooperation"), ("SDN", "EGY", "verbal_cooperation")}, set())


@pytest.mark.parametrize("text", [
    "Sanctions were imposed on Belarus by the European Union on Monday.",
    "Fresh sanctions on Belarus by the European Union took effect on Monday.",
], ids=["passive-by-the", "noun-by-the"])
def test_an_agent_after_by_the_acts(text):
    _check_acts(text, "2021-06-21", {("EU", "BLR", "material_conflict")}, {("BLR", "EU", "material_conflict")})


def test_an_end_called_for_is_not_an_end_made():
    # the aggression goes on, and is still its author's
    _check_acts("Action must be taken at once to stop Serbian aggression against Bosnia and Herzegovina.",
                "1993-09-28", {("SRB", "BIH", "verbal_conflict")}, {("SRB", "BIH", "verbal_cooperation")})
    # an end agreed is an end made
    _check_acts("Israel agreed to end its blockade of Gaza.", "2010-06-20",
                {("ISR", "PSE", "material_cooperation")}, set())


@pytest.mark.parametrize(("text", "date", "expected", "absent"), [
    # refusing a hostile act is the negated act: weak cooperation, not a rebuff
    ("Serbia refused to join sanctions against Russia, President Aleksandar Vucic said.", "2022-03-03",
     {("SRB", "RUS", "verbal_cooperation")}, {("SRB", "RUS", "verbal_conflict"), ("SRB", "RUS", "material_conflict")}),
    ("Hungary refused to expel Russian diplomats.", "2022-04-05",
     {("HUN", "RUS", "verbal_cooperation")}, {("HUN", "RUS", "verbal_conflict")}),
    # (refusing a cooperative act stays a refusal)
    ("Turkey refused to sign the deal with Greece.", "2020-08-10",
     {("TUR", "GRC", "verbal_conflict")}, {("TUR", "GRC", "verbal_cooperation")}),
    # goods handed over with words between the verb and the goods
    ("Polish Prime Minister Mateusz Morawiecki said Poland had delivered the first four Leopard 2 tanks to Ukraine.",
     "2023-02-24", {("POL", "UKR", "material_cooperation")}, set()),
    ("Turkey shipped 20,000 tonnes of wheat to Yemen.", "2018-01-10", {("TUR", "YEM", "material_cooperation")}, set()),
    ("Iran supplied drones to Russia.", "2022-10-20", {("IRN", "RUS", "material_cooperation")}, set()),
    ("Russia sent tanks into Ukraine.", "2022-02-24", set(), {("RUS", "UKR", "material_cooperation")}),
    # helping a named state; "deal with" after it is the verb, not an agreement
    ("Japan sent a Self-Defense Forces aircraft to help Indonesia deal with the aftermath of the tsunami.",
     "2018-10-03", {("JPN", "IDN", "material_cooperation")}, {("IDN", "JPN", "verbal_cooperation")}),
    ("Israel's deal with Morocco angered Algeria.", "2021-08-20", {("ISR", "MAR", "verbal_cooperation")}, set()),
], ids=["refuse-join-sanctions", "refuse-expel", "refuse-sign", "delivered-tanks", "shipped-wheat",
        "supplied-drones", "tanks-into", "help-indonesia", "deal-with-noun"])
def test_refused_hostile_acts_gapped_transfers_and_help(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_a_reversal_before_a_comma_does_not_undo_the_next_predicate():
    # "shut" (a reversal: "shut the embassy") ends its clause at the comma; the accusation stands
    _check_acts("Niger keeps Benin border shut, accuses Cotonou of hosting French troops", "2023-09-01",
                {("NER", "BEN", "verbal_conflict")}, {("NER", "BEN", "verbal_cooperation")})


@pytest.mark.parametrize(("text", "date", "expected", "absent"), [
    # a US state marks the USA as a place but never acts for it
    ("A manufacturer based in Lebanon, Ohio, agreed on Tuesday to pay $2.1 million to settle charges that it "
     "shipped valves to Iran.", "2010-05-04", set(), {("USA", "IRN", "verbal_cooperation"),
                                                      ("IRN", "USA", "verbal_cooperation")}),
    # a threat to resign is aimed at no state; a threat to leave talks is
    ("Sharon Faces Netanyahu Threat to Resign Over Gaza", "2004-10-26", set(), {("ISR", "PSE", "verbal_conflict")}),
    ("Iran threatened to leave the talks with the US.", "2019-05-08", {("IRN", "USA", "verbal_conflict")}, set()),
    # refusing to call an attack an invasion does not refuse the attack
    ("China did not condemn Russia, and its diplomats refused to describe the attack on Ukraine as an invasion.",
     "2022-02-25", {("CHN", "RUS", "verbal_cooperation"), ("RUS", "UKR", "material_conflict")},
     {("RUS", "UKR", "verbal_cooperation")}),
], ids=["ohio-firm", "threat-to-resign", "threat-to-leave-talks", "refused-to-describe"])
def test_places_that_do_not_act_and_threats_at_no_state(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


# ---- eighth probe (stop 24)
@pytest.mark.parametrize("text, date, expected, absent", [
    # a cue that is itself a reversal is not undone again by an earlier one
    ("Japan suspended food aid and halted talks on normalising ties with North Korea on Tuesday.", "2006-07-05",
     {("JPN", "PRK", "material_conflict")}, {("JPN", "PRK", "verbal_cooperation")}),
    ("Indonesia scales back cooperation with Australia", "2013-11-20", {("IDN", "AUS", "verbal_conflict")},
     {("IDN", "AUS", "material_cooperation")}),
    # the second object of a suspension is suspended too
    ("Indonesia suspended cooperation with Australia on people smuggling and joint military exercises on "
     "Wednesday.", "2013-11-20", {("IDN", "AUS", "material_conflict")}, {("AUS", "IDN", "material_cooperation")}),
    # a tally of past wars is history, the invitation is the news
    ("India's prime minister-elect Narendra Modi has invited Pakistani Prime Minister Nawaz Sharif to his "
     "swearing-in, a rare gesture between nuclear-armed rivals who have fought three wars.", "2014-05-21",
     {("IND", "PAK", "verbal_cooperation")}, {("PAK", "IND", "material_conflict")}),
    # land handed over, troops pulled back
    ("Nigeria formally handed the oil-rich Bakassi peninsula to Cameroon on Monday, withdrawing the last of "
     "its troops.", "2006-08-14", {("NGA", "CMR", "material_cooperation")}, {("NGA", "CMR", "material_conflict")}),
    # the cartels' turf wars are no state's
    ("The U.S. Congress approved $400 million to help Mexico fight drug cartels whose turf wars have killed "
     "more than 4,000 people this year.", "2008-06-05", {("USA", "MEX", "verbal_cooperation")},
     {("MEX", "USA", "material_conflict")}),
    # a demanded withdrawal is the demand, not a withdrawal
    ("Last week Bamako demanded that Denmark withdraw about 100 special forces it had sent to the country.",
     "2022-01-31", {("MLI", "DNK", "verbal_conflict")}, {("DNK", "MLI", "material_cooperation")}),
], ids=["own-reversal", "scale-back", "coordinated-suspension", "tally-of-wars", "hand-over", "turf-wars",
        "demanded-withdrawal"])
def test_eighth_probe_stance(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


# ---- ninth probe (stop 24): background acts, invited troops, help to armed groups, lifted limits
def test_a_background_act_is_kept_for_a_pair_with_no_act_of_its_own():
    from helpers.stance import BACKGROUND_MARK, article_dyads
    ev = _article_events("Serbia withdrew its ambassador to the United States on Monday after Washington "
                         "recognised Kosovo as an independent state.", "2008-02-18")
    back = ev[ev["cue"].str.startswith(BACKGROUND_MARK)]
    assert set(zip(back["source"], back["target"], back["event_class"])) == {("USA", "XKX", "verbal_cooperation")}
    ad = article_dyads(ev).set_index(["country_a", "country_b"])
    assert ad.loc[("USA", "XKX"), "basis"] == "background cue"
    assert ad.loc[("USA", "XKX"), "stance"] == "cooperative"
    assert ad.loc[("SRB", "USA"), "basis"] == "cue" and ad.loc[("SRB", "USA"), "stance"] == "hostile"


def test_a_background_act_dated_in_the_past_is_history():
    from helpers.stance import BACKGROUND_MARK
    ev = _article_events("Kuwait's ruler signed the declaration in Baghdad on Thursday, the first visit by a "
                         "Kuwaiti head of state since Iraq's invasion in 1990.", "2012-03-29")
    assert not ev["cue"].str.startswith(BACKGROUND_MARK).any()


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Rwandan troops crossed into eastern Congo on Tuesday at Kinshasa's invitation to hunt Hutu militiamen.",
     "2009-01-20", {("RWA", "COD", "material_cooperation")}, {("RWA", "COD", "material_conflict")}),
    ("Rwandan troops crossed into eastern Congo on Tuesday to hunt Hutu militiamen.", "2009-01-20",
     {("RWA", "COD", "material_conflict")}, set()),
    ("Kenya summoned Eritrea's ambassador on Tuesday over reports that Asmara had airlifted weapons to Islamist "
     "fighters in southern Somalia, where Kenyan troops are fighting.", "2009-07-07", set(),
     {("ERI", "KEN", "material_cooperation")}),
    ("Washington lifted limits on family visits and cash transfers to Cuba on Monday.", "2009-04-13",
     {("USA", "CUB", "material_cooperation")}, {("USA", "CUB", "material_conflict")}),
    # an invitation by someone other than the state entered is no invitation
    ("Russian troops crossed into Georgia, at the request of the South Ossetian leadership.", "2008-08-08",
     {("RUS", "GEO", "material_conflict")}, {("RUS", "GEO", "material_cooperation")}),
    ("Turkish troops crossed into northern Iraq on Tuesday as the Security Council met at France's request.",
     "2008-02-22", {("TUR", "IRQ", "material_conflict")}, {("TUR", "IRQ", "material_cooperation")}),
    # fuel is no aid, a deadline to comply is no expulsion
    ("A Libyan airliner landed in Malta with fuel running low after being hijacked.", "2003-06-01", set(),
     {("LBY", "MLT", "material_cooperation")}),
    ("The United States gave Iran 60 days to get its nuclear programme in line.", "2006-06-01", set(),
     {("USA", "IRN", "material_conflict")}),
    # a war fought is no tally of history
    ("Russia and Georgia fought two wars in 2008 and 2009.", "2010-01-01", {("RUS", "GEO", "material_conflict")},
     {("RUS", "GEO", "material_cooperation")}),
], ids=["invited-troops", "uninvited-troops", "arms-to-fighters", "lifted-limits", "invited-by-others",
        "request-of-a-third", "fuel-is-no-aid", "deadline-to-comply", "wars-fought"])
def test_ninth_probe_stance(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_a_reaction_to_a_nationalisation_names_its_author():
    ev = _article_events("Evo Morales ordered soldiers into natural gas fields on Monday, nationalising an "
                         "industry dominated by Brazil's Petrobras. Brasilia called the move unfriendly.",
                         "2006-05-01")
    acts = _acts(ev)
    assert ("BOL", "BRA", "material_conflict") in acts
    assert ("BRA", "BOL", "verbal_conflict") in acts
    assert not _acts(_article_events("Venezuela nationalised its oil industry on Monday.", "2007-05-01"))


@pytest.mark.parametrize("text, date, expected, absent", [
    ("US military cargo planes began landing at Port-au-Prince's crippled airport on Thursday with water and "
     "medics.", "2010-01-14", {("USA", "HTI", "material_cooperation")}, set()),
    ("A US military C-130 loaded with water and mosquito nets landed in Rangoon on Monday after the junta "
     "relented.", "2008-05-12", {("USA", "MMR", "material_cooperation")}, set()),
    ("The French president landed in Beijing with a delegation of business leaders on Monday.", "2010-04-28",
     set(), {("FRA", "CHN", "material_cooperation")}),
], ids=["aid-landing", "aid-loaded", "delegation-landing"])
def test_aid_arriving_is_aid_to_the_state_it_lands_in(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


# ---- tenth probe (stop 24)
@pytest.mark.parametrize("text, date, expected, absent", [
    # a leader's own decree is no agreement with the state it targets
    ("President Donald Trump signed an order on Friday barring dealings in new Venezuelan government debt, the "
     "toughest sanctions yet on Caracas.", "2017-08-25", {("USA", "VEN", "material_conflict")},
     {("USA", "VEN", "verbal_cooperation"), ("VEN", "USA", "verbal_cooperation")}),
    # "war memorial": a thing named, not a war
    ("Moscow fumes as Tallinn removes Soviet war memorial", "2007-04-27", set(),
     {("RUS", "EST", "verbal_cooperation"), ("EST", "RUS", "verbal_cooperation")}),
    # "banned weapons" is an adjective; a handshake is a meeting
    ("Prime Minister Blair shook hands with Colonel Gaddafi on Thursday, rewarding the Libyan leader for giving "
     "up banned weapons.", "2004-03-25", {("GBR", "LBY", "verbal_cooperation")}, {("LBY", "GBR", "material_conflict")}),
    # intercepted calls are spying, not a phone call between the states
    ("Brazilian President Dilma Rousseff postponed a state visit to the United States, saying Washington had "
     "failed to explain why its spies intercepted her e-mails and phone calls.", "2013-09-17",
     {("BRA", "USA", "verbal_conflict")}, {("USA", "BRA", "verbal_cooperation")}),
    # the years of fighting before the troops came are no act between the two states
    ("An Australian-led force landed in the Solomons on Thursday at the request of the government, to restore "
     "order after years of ethnic fighting.", "2003-07-24", set(), {("AUS", "SLB", "material_conflict")}),
    # a deadline to leave is an expulsion
    ("Uzbekistan has given the United States 180 days to quit the Karshi-Khanabad air base.", "2005-07-30",
     {("UZB", "USA", "material_conflict")}, set()),
    ("Hugo Chavez gave the American ambassador 72 hours to leave on Thursday.", "2008-09-12",
     {("VEN", "USA", "material_conflict")}, set()),
], ids=["signed-order", "war-memorial", "banned-weapons", "intercepted-calls", "past-fighting", "days-to-quit",
        "hours-to-leave"])
def test_tenth_probe_stance(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_a_judgement_the_lexicons_miss_still_names_the_last_act():
    ev = _article_events("Estonia expelled a Russian diplomat on Monday. Russia's foreign minister called the "
                         "move disgusting.", "2007-04-27")
    assert ("RUS", "EST", "verbal_conflict") in _acts(ev)


def test_goods_handed_over_are_still_a_transfer():
    # "handed" also yields land ("handed the Bakassi peninsula to Cameroon"); with goods it is aid
    _check_acts("Japan handed 20 tonnes of food to Haiti on Monday.", "2010-01-20",
                {("JPN", "HTI", "material_cooperation")}, set())


# ---- stop 25: headline clauses and the owners of noun cues
@pytest.mark.parametrize("text, date, expected, absent", [
    # a comma, a named subject and its verb open a new clause that answers the first clause's subject
    ("US approves F-16 sale to Taiwan, Beijing threatens sanctions", "2010-01-30",
     {("USA", "TWN", "verbal_cooperation"), ("CHN", "USA", "verbal_conflict")},
     {("USA", "CHN", "verbal_cooperation")}),
    ("Turkey shoots down Russian jet, Putin warns of serious consequences", "2015-11-24",
     {("TUR", "RUS", "material_conflict"), ("RUS", "TUR", "verbal_conflict")}, set()),
    # a list of co-subjects before one verb stays one subject
    ("Russia, China veto UN resolution on Syria", "2012-02-04", {("RUS", "UN", "verbal_conflict")},
     {("RUS", "CHN", "verbal_conflict")}),
    # "at" after a word of protest names whom it is aimed at, not a place; the owner of a noun cue is its
    # agent even after a preposition
    ("Serbia recalled its ambassador in protest at Washington's recognition of Kosovo.", "2008-02-19",
     {("SRB", "USA", "material_conflict"), ("USA", "XKX", "verbal_cooperation")},
     {("SRB", "XKX", "verbal_cooperation"), ("SRB", "XKX", "material_conflict")}),
    ("Rabat recalled its ambassador in response to Algeria's support for the Polisario.", "2021-08-24",
     {("MAR", "DZA", "material_conflict")}, {("MAR", "POLISARIO", "verbal_cooperation"),
                                             ("MAR", "POLISARIO", "material_cooperation")}),
    # "in anger at" is how the summons was made, not an act of the one it is aimed at
    ("Beijing summoned the US ambassador in anger at Washington's arms sale to Taiwan.", "2010-01-30",
     {("CHN", "USA", "verbal_conflict")}, {("USA", "CHN", "verbal_conflict")}),
    # the owner's act has no object beyond a comma
    ("Kyiv marked the anniversary of Russia's invasion, with a visit by Poland's president.", "2023-02-24",
     set(), {("RUS", "POL", "material_conflict")}),
    # a partner named inside undone talks is their object
    ("Japan freezes Mongolia loan talks after vote row", "2002-09-10", {("JPN", "MNG", "verbal_conflict")},
     {("MNG", "JPN", "verbal_conflict"), ("JPN", "MNG", "verbal_cooperation")}),
    # an owned war with no object after it is aimed at the state named before, never the clause's subject
    ("Turkey's parliament narrowly failed to approve the deployment of 62,000 US troops needed to open a northern "
     "front against Iraq, dealing a blow to Washington's war plans.", "2003-03-01",
     {("USA", "IRQ", "material_conflict")}, {("USA", "TUR", "material_conflict")}),
    # a clause opened by "after" with a bare plural subject is that subject's act
    ("Israel flew its ambassador home from Cairo on Saturday after protesters stormed its embassy.", "2011-09-10",
     set(), {("ISR", "EGY", "material_conflict")}),
    ("The envoy met the crown prince on Tuesday, a day after suicide bombers struck three housing compounds in "
     "the Saudi capital.", "2003-05-13", set(), {("USA", "SAU", "material_conflict")}),
    # mutual hostility: "trade blows", "traded barbs"
    ("U.S., China trade blows as tariffs take effect", "2018-07-06",
     {("USA", "CHN", "verbal_conflict"), ("CHN", "USA", "verbal_conflict")},
     {("USA", "CHN", "material_cooperation"), ("CHN", "USA", "material_cooperation")}),
    # a war opposed is no war waged by those who oppose it; co-agents work with each other, not with a topic
    ("Paris, Berlin unite against Iraq war", "2003-01-22", set(),
     {("FRA", "DEU", "material_conflict"), ("FRA", "IRQ", "material_conflict")}),
    ("Paris and Berlin vowed on Wednesday to work together to head off a U.S.-led war on Iraq.", "2003-01-22",
     {("FRA", "DEU", "material_cooperation"), ("USA", "IRQ", "material_conflict")},
     {("FRA", "USA", "material_cooperation"), ("DEU", "USA", "material_cooperation")}),
    # a request by a head of government the dictionary does not name is the host's own
    ("Malaysia deployed troops to East Timor on Thursday at the request of Prime Minister Mari Alkatiri.",
     "2006-05-25", {("MYS", "TLS", "material_cooperation")}, {("MYS", "TLS", "material_conflict")}),
    # "VERB X with NOUN": the verb's subject gives the noun cue to X; a threat's sanctions are only threatened
    ("Washington slapped Iran with new sanctions.", "2011-10-05", {("USA", "IRN", "material_conflict")},
     {("IRN", "USA", "material_conflict")}),
    ("The US provided Ukraine with military aid.", "2022-10-05", {("USA", "UKR", "material_cooperation")}, set()),
    ("The US threatened Syria with sanctions.", "2011-10-05", {("USA", "SYR", "verbal_conflict")},
     {("SYR", "USA", "material_conflict"), ("USA", "SYR", "material_conflict")}),
    ("Russia and China vetoed a Security Council resolution on Tuesday that threatened Syria with sanctions.",
     "2011-10-05", set(), {("SYR", "UN", "material_conflict")}),
    # the passive agent of a shared act is a partner ("received together ... by the Emirati crown prince")
    ("The leaders of Ethiopia and Eritrea were received together in Abu Dhabi on Tuesday by the Emirati crown "
     "prince.", "2018-07-24", {("ARE", "ETH", "material_cooperation"), ("ARE", "ERI", "material_cooperation")},
     set()),
    # rival warships massing are no joint force; a pledge of restraint is an agreement; a noun cue after a
    # second verb of the subject is the subject's act
    ("Turkish commandos raised their flag on the islet, as Greek and Turkish warships massed nearby.",
     "1996-01-30", set(), {("GRC", "TUR", "material_cooperation"), ("TUR", "GRC", "material_cooperation")}),
    ("Venezuela's Nicolas Maduro and Guyana's Irfaan Ali agreed on Thursday not to use force in their dispute.",
     "2023-12-14", {("VEN", "GUY", "verbal_cooperation"), ("GUY", "VEN", "verbal_cooperation")}, set()),
    ("Taiwan's foreign minister accused China of dollar diplomacy and ordered the closure of its embassy in "
     "Honiara.", "2019-09-16", {("TWN", "CHN", "verbal_conflict"), ("TWN", "SLB", "material_conflict")},
     {("CHN", "SLB", "material_conflict")}),
    # a hostile measure rejected or opposed sides with its target; a verbal charge rejected is a rebuff
    ("Hungary rejected sanctions against Russia.", "2022-08-23", {("HUN", "RUS", "verbal_cooperation")},
     {("HUN", "RUS", "verbal_conflict")}),
    ("Moscow opposed sanctions on Sudan.", "2004-08-23", {("RUS", "SDN", "verbal_cooperation")},
     {("RUS", "SDN", "material_conflict")}),
    ("Russia vetoed a resolution imposing sanctions on Syria.", "2012-02-04", {("RUS", "SYR", "verbal_cooperation")},
     set()),
    ("Iran rejected the accusations by the US.", "2003-01-23", set(), {("USA", "IRN", "verbal_cooperation")}),
    # giving way to another state's protests is a concession to it
    ("The United States suspended flights of its helicopters in Japan, bowing to protests over a crash.",
     "2004-08-23", {("USA", "JPN", "verbal_cooperation")}, {("USA", "JPN", "verbal_conflict")}),
    # a state named in a participial aside is no object of the main verb
    ("Pakistan, bowing to pressure from Washington, arrested the cleric.", "2004-08-23", set(),
     {("PAK", "USA", "material_conflict")}),
    # comrades in arms fight beside each other
    ("Zimbabwe's troops have fought beside Congolese forces since last August.", "1999-07-10",
     {("ZWE", "COD", "material_cooperation")}, {("ZWE", "COD", "material_conflict")}),
    # a veto of a text aimed at a state shields it, and what the text would have done is undone; a drafter
    # named stays the veto's target
    ("Russia vetoed a UN resolution condemning Syria.", "2012-02-04", {("RUS", "SYR", "verbal_cooperation")},
     {("UN", "SYR", "verbal_conflict"), ("RUS", "SYR", "verbal_conflict")}),
    ("The US vetoed a resolution criticising Israel.", "2012-02-04", {("USA", "ISR", "verbal_cooperation")},
     set()),
    ("Russia vetoed a US-drafted resolution on Ukraine.", "2022-02-26", {("RUS", "USA", "verbal_conflict")},
     {("RUS", "UKR", "verbal_cooperation")}),
    # (twelfth probe) a headline's comma after an object opens the subject's next predicate
    ("Tshisekedi Salutes Angola, Condemns Rwanda At Assembly", "2022-09-20",
     {("COD", "AGO", "verbal_cooperation"), ("COD", "RWA", "verbal_conflict")}, {("AGO", "RWA", "verbal_conflict")}),
    # an agent after a cue is not the subject of the clause's next verb; the one who undoes a visit is its subject
    ("Ankara cancelled a planned visit by Stockholm's defence minister on Saturday and summoned the Swedish "
     "ambassador.", "2023-01-21", {("TUR", "SWE", "verbal_conflict")}, {("SWE", "TUR", "verbal_conflict")}),
    # a court named after a hostile word is an institution
    ("Abuja has said it will not hand Taylor over to the war crimes court that indicted him.", "2003-08-12",
     set(), {("NGA", "LBR", "material_conflict")}),
    # the state after "of" with a target after "on" is the attacker; the condemnation is aimed at it
    ("Iran denounced the attack of the US on Iraq.", "2003-03-21",
     {("IRN", "USA", "verbal_conflict"), ("USA", "IRQ", "material_conflict")}, {("IRN", "IRQ", "material_conflict")}),
    # an accord denounced is renounced; an exercise rejected rebukes its author
    ("The government of Burkina Faso has denounced the agreement which permits the presence of French troops.",
     "2023-01-23", {("BFA", "FRA", "verbal_conflict")}, {("FRA", "BFA", "verbal_cooperation")}),
    ("Argentina rejected the military exercises of the United Kingdom.", "2023-01-21",
     {("ARG", "GBR", "verbal_conflict")}, {("ARG", "GBR", "verbal_cooperation")}),
    # a plea for restraint is an appeal; a plea not to strike a named state is pressure
    ("Washington urged Israel not to retaliate.", "1991-01-18", {("USA", "ISR", "verbal_cooperation")}, set()),
    ("The US urged Russia not to invade Ukraine.", "2022-01-18", {("USA", "RUS", "verbal_conflict")}, set()),
    # standing states and history: "still technically at war", "a dispute that began in 2020"; MT noise
    ("The two sides, still technically at war, handed signed letters to the US envoy.", "2022-10-27", set(),
     {("USA", "ISR", "material_conflict")}),
    ("Lavrov was speaking after the meeting of three side with the Ukrainian colleague Dmytro Kuleba.",
     "2022-03-10", set(), {("RUS", "UKR", "verbal_cooperation")}),
    # a freeze undoes aid
    ("Japan announced it was freezing new grant aid and loans to Pakistan.", "1998-05-29",
     {("JPN", "PAK", "verbal_conflict")}, {("JPN", "PAK", "material_cooperation")}),
    # a cold spell is no freeze; a deal protested is not made; "joint" before two states is a joint body
    ("Gas deliveries stopped, leaving Bulgaria without supplies in freezing weather as Moscow and Kiev blamed each "
     "other.", "2009-01-07", {("RUS", "UKR", "verbal_conflict"), ("UKR", "RUS", "verbal_conflict")},
     {("RUS", "UKR", "verbal_cooperation")}),
    ("Athens expelled two Russian diplomats, accusing them of trying to provoke protests against the name deal.",
     "2018-07-11", {("GRC", "RUS", "material_conflict")}, {("RUS", "GRC", "verbal_cooperation")}),
    ("A suicide attacker detonated a car bomb near a joint US-Iraqi checkpoint, killing three people.",
     "2004-09-19", {("USA", "IRQ", "material_cooperation")}, set()),
], ids=["headline-second-clause", "headline-leader-answers", "co-subject-list", "protest-at-owner",
        "response-to-owner", "in-anger-at", "owner-act-no-far-object", "undone-partner-talks", "owned-war-plans",
        "after-protesters", "after-bombers", "trade-blows", "against-war", "work-together-topic",
        "request-of-unnamed-premier", "slapped-with", "provided-with", "threatened-with", "resolution-threatened-with",
        "received-together-by", "rival-warships", "agreed-not-to", "second-verb-object", "rejected-sanctions",
        "opposed-sanctions", "vetoed-sanctions", "rejected-accusations", "bowing-to-protests", "participial-aside",
        "fought-beside", "veto-shields", "veto-shields-israel", "veto-drafter", "comma-next-predicate",
        "agent-after-cue", "war-crimes-court", "attack-of-on", "denounced-agreement", "rejected-exercises-of",
        "urged-restraint", "urged-not-to-invade", "technically-at-war", "three-side-with", "freezing-aid",
        "freezing-weather", "protests-against-deal", "joint-checkpoint"])
def test_headline_clauses_and_owned_noun_cues(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text", [
    # victims' nationality and firms are private parties; a chess match is sport
    "A gunman opened fire on a beach near the Tunisian city of Sousse, killing at least 37 people, many of them "
    "British holidaymakers.",
    "German carmaker Volkswagen said it would invest about 1 billion dollars to expand its plant in Mexico.",
    "Viswanathan Anand of India retained his world chess title, beating Russia's Vladimir Kramnik.",
], ids=["holidaymakers", "carmaker", "chess"])
def test_private_parties_and_sport_give_no_state_relation(text):
    arts = pd.DataFrame({"article_id": ["a"], "date": [pd.Timestamp("2015-06-26")], "title": [""], "text": [text]})
    from helpers import pipeline
    ad = pipeline.process_chunk(arts)["article_dyads"]
    assert (ad["stance"] == "neutral").all(), ad[["country_a", "country_b", "stance", "basis"]]


def test_a_standing_epithet_yields_to_the_news():
    ev = _article_events("Iraq Blames US-Led Forces for Army Massacre. Iraq's U.S.-backed government said on "
                         "Tuesday that major neglect by its American-led allies led to a massacre of 49 army "
                         "recruits.", "2004-10-26")
    assert any(c.endswith(EPITHET_MARK) for c in ev["cue"])
    ad = article_dyads(ev)
    assert ad.set_index(["country_a", "country_b"]).loc[("IRQ", "USA"), "stance"] == "hostile"


# ---- stop 25 review: sentences a second reader wrote against the new rules
@pytest.mark.parametrize("text, date, expected, absent", [
    ("Japan joined the United States with sanctions against Russia.", "2022-03-01", set(),
     {("JPN", "USA", "material_conflict")}),
    ("The presidents of Russia and Turkey met Iran's Hassan Rouhani in Tehran.", "2018-09-07",
     {("RUS", "IRN", "verbal_cooperation"), ("TUR", "IRN", "verbal_cooperation")}, set()),
    ("Germany expelled Russian diplomats and condemned the invasion of Ukraine.", "2022-04-04",
     {("DEU", "RUS", "material_conflict"), ("DEU", "UKR", "verbal_cooperation")},
     {("DEU", "UKR", "material_conflict"), ("RUS", "UKR", "verbal_cooperation")}),
    ("Saudi Arabia condemned the invasion of Kuwait on August 2.", "1990-08-03",
     {("SAU", "KWT", "verbal_cooperation")}, {("SAU", "KWT", "material_conflict")}),
    ("Moscow rejected claims of an attack on Georgian civilians.", "2008-08-12", set(),
     {("RUS", "GEO", "verbal_cooperation")}),
    ("Iran rejected the sanctions imposed on it by the Security Council.", "2006-12-24", set(),
     {("IRN", "UN", "verbal_cooperation")}),
    ("Russia, China veto sanctions on Zimbabwe", "2008-07-11", {("RUS", "ZWE", "verbal_cooperation")},
     {("RUS", "ZWE", "material_conflict")}),
    ("Seoul responded to threats from Pyongyang by raising its alert level.", "2013-03-11", set(),
     {("KOR", "PRK", "verbal_cooperation")}),
    ("Washington urged Moscow not to attack.", "2022-02-11", set(), {("USA", "RUS", "verbal_cooperation")}),
    ("China and Russia vetoed a draft resolution criticising Myanmar's human rights record.", "2007-01-12",
     {("CHN", "MMR", "verbal_cooperation")}, {("CHN", "MMR", "verbal_conflict")}),
    ("The US suspended military sales as well as economic aid to Pakistan.", "1990-10-01",
     {("USA", "PAK", "verbal_conflict")}, {("USA", "PAK", "material_cooperation")}),
    ("Ethiopia, Eritrea clash after marathon talks fail", "1999-02-07", {("ETH", "ERI", "material_conflict")},
     set()),
    ("Indian and Pakistani troops clashed alongside the Line of Control.", "1999-06-01", set(),
     {("IND", "PAK", "material_cooperation")}),
    ("Turkish troops crossed into northern Iraq at the request of the prime minister.", "2007-12-01", set(),
     {("TUR", "IRQ", "material_cooperation")}),
    ("Talks that started in 2008 between Russia and Georgia resumed on Monday.", "2009-01-01",
     {("RUS", "GEO", "verbal_cooperation")}, set()),
    ("A joint US-Philippine patrol sailed through the disputed waters.", "2016-01-01",
     {("USA", "PHL", "material_cooperation")}, set()),
    # (twelfth probe, second pass) a territory handed back; a denied role; a visit never made
    ("Britain handed Hong Kong back to China at midnight, ending 156 years of colonial rule.", "1997-07-01",
     {("GBR", "CHN", "material_cooperation")}, set()),
    ("Ethiopian officials said Sudan could not be an impartial mediator while its troops occupied the farmland.",
     "2021-05-01", {("ETH", "SDN", "verbal_conflict")}, {("ETH", "SDN", "verbal_cooperation")}),
    ("Egyptian President Hosni Mubarak, who has never made an official visit to Israel, also attended.",
     "1995-11-06", set(), {("EGY", "ISR", "verbal_conflict")}),
    ("China has never recognised Kosovo.", "2015-01-01", {("CHN", "XKX", "verbal_conflict")}, set()),
    # athletes of two states trading blows are private persons
    ("Cuban and American boxers traded blows in the Olympic final.", "1996-08-01", set(),
     {("CUB", "USA", "verbal_conflict")}),
], ids=["joined-with", "met-object-partner", "and-condemned", "invasion-of-on-date", "rejected-claims",
        "rejected-by-far", "veto-plain", "responded-to", "urged-not-to-attack", "veto-possessive-target",
        "as-well-as", "marathon-talks", "clashed-alongside", "request-of-the-premier", "talks-since-year",
        "joint-patrol-disputed", "handed-back", "not-be-a-mediator", "never-visited", "never-recognised",
        "boxers-trade-blows"])
def test_second_reader_sentences(text, date, expected, absent):
    _check_acts(text, date, expected, absent)



@pytest.mark.parametrize("text, date, expected, absent", [
    # joining a state's force or campaign is fighting on its side; what the joined side does is the joiner's too
    ("Malian soldiers join French offensive near Gao", "2013-02-01",
     {("MLI", "FRA", "material_cooperation")}, {("MLI", "FRA", "material_conflict")}),
    ("Poland joined the US-led coalition in Iraq in 2003.", "2004-01-01",
     {("POL", "USA", "material_cooperation")}, set()),
    ("Norway joined the American boycott of the Moscow Games.", "1980-04-01",
     {("NOR", "USA", "material_cooperation")}, {("USA", "NOR", "material_conflict")}),
    # forces side by side
    ("British paratroopers with Afghan army soldiers cleared the village.", "2008-01-01",
     {("GBR", "AFG", "material_cooperation")}, set()),
    ("Kenyan tanks and Somali government troops entered Kismayo.", "2012-10-01",
     {("KEN", "SOM", "material_cooperation")}, set()),
    ("Ugandan troops clashed with Congolese soldiers near the lake.", "2000-06-01",
     {("UGA", "COD", "material_conflict")}, {("UGA", "COD", "material_cooperation")}),
    # approving a hostile measure sides against its target; its author stays praised
    ("Canada welcomed an EU decision to impose sanctions on Belarus.", "2006-04-11",
     {("CAN", "BLR", "verbal_conflict"), ("CAN", "EU", "verbal_cooperation")}, {("CAN", "BLR", "verbal_cooperation")}),
    ("Georgia welcomes NATO sanctions on Russia", "2014-09-01",
     {("GEO", "RUS", "verbal_conflict")}, {("GEO", "NATO", "verbal_conflict")}),
    ("Ugandan parliament backs Congo incursion", "1998-09-01",
     {("UGA", "COD", "verbal_conflict")}, {("UGA", "COD", "verbal_cooperation")}),
    ("Ethiopia welcomed the collapse of the Somali government.", "1991-02-01",
     {("ETH", "SOM", "verbal_conflict")}, {("ETH", "SOM", "verbal_cooperation")}),
    ("Italy welcomed the lifting of sanctions on Libya.", "2004-09-01",
     {("ITA", "LBY", "material_cooperation")}, {("ITA", "LBY", "verbal_conflict")}),
    # harm done by a quake or by fighting has no state behind it; aid people flown in is aid
    ("Turkey has flown 150 rescuers to Iran to help victims of the earthquake, which killed 26,000 people.",
     "2003-12-30", {("TUR", "IRN", "material_cooperation")}, {("TUR", "IRN", "material_conflict")}),
    ("Ghana's president flew into Monrovia, where fighting that has killed hundreds goes on.", "2003-07-01",
     {("GHA", "LBR", "verbal_cooperation")}, {("GHA", "LBR", "material_conflict")}),
    # a leader travelling is a visit; jets and troops arriving are not, unless asked in
    ("Indonesian jets flew into Malaysian airspace on Friday.", "2005-03-01", set(),
     {("IDN", "MYS", "verbal_cooperation")}),
    ("Syrian troops arrived in Lebanon on Tuesday.", "1976-06-01", set(), {("SYR", "LBN", "verbal_cooperation")}),
    ("French troops arrived in Ivory Coast at the request of its government.", "2002-09-25",
     {("FRA", "CIV", "material_cooperation")}, set()),
    # the market's demand is no state's
    ("Coffee exports from Brazil and Colombia rose on strong demand from Europe.", "2005-03-01", set(),
     {("BRA", "COL", "material_cooperation"), ("BRA", "COL", "verbal_conflict")}),
    ("Iran demanded that Britain free its sailors.", "2007-03-25", {("IRN", "GBR", "verbal_conflict")}, set()),
    # the rejecter takes no part in the talks it turned down; an ally helped is no target; roads patched up
    ("Seoul rejected a North Korean offer to resume border talks.", "2004-07-01",
     {("KOR", "PRK", "verbal_conflict")}, {("KOR", "PRK", "verbal_cooperation")}),
    ("British jets supported Afghan troops in raids on Taliban compounds.", "2007-05-01",
     {("GBR", "AFG", "verbal_cooperation")}, {("AFG", "GBR", "material_conflict")}),
    ("Engineers patched up bridges hit by Russian shelling in Ukraine.", "2022-05-01", set(),
     {("RUS", "UKR", "verbal_cooperation"), ("UKR", "RUS", "verbal_cooperation")}),
    # orders out, insults, and a reaction to "a move" aimed at the one who made it
    ("Kyrgyzstan orders Russian troops out of the base", "2005-07-01", {("KGZ", "RUS", "material_conflict")}, set()),
    ("Mugabe called Blair a liar and a thief.", "2003-06-01", {("ZWE", "GBR", "verbal_conflict")}, set()),
    ("Malaysia deported 300 workers to Indonesia on Monday, a move Jakarta criticised.", "2005-03-01",
     {("IDN", "MYS", "verbal_conflict")}, {("IDN", "IDN", "verbal_conflict")}),
    # fourteenth probe: pressure and appeals for talks; a rebuff of a proposal; a posture against a state;
    # a deal as the frame of a freeze; a man jailed long ago; forces named with a qualifier
    ("Tokyo pressed Moscow to hand back the islands.", "2005-01-01", {("JPN", "RUS", "verbal_conflict")}, set()),
    ("Beijing urged Pyongyang to return to the negotiating table and resume talks.", "2005-02-01",
     {("CHN", "PRK", "verbal_cooperation")}, {("CHN", "PRK", "verbal_conflict")}),
    ("Britain pressed ahead with plans for talks with France.", "2005-01-01", set(),
     {("GBR", "FRA", "verbal_conflict")}),
    ("Greece Cool to Turkish Aegean Proposal", "1999-01-01", {("GRC", "TUR", "verbal_conflict")},
     {("GRC", "TUR", "verbal_cooperation")}),
    ("Iran said it built missiles to defend itself against Israel.", "2005-01-01",
     {("IRN", "ISR", "verbal_conflict")}, set()),
    ("Libya agreed to halt its weapons programmes under a deal with Britain and the United States.", "2003-12-20",
     {("LBY", "GBR", "verbal_cooperation")}, {("LBY", "GBR", "verbal_conflict")}),
    ("Jordan freed a Syrian man jailed for ten years for smuggling.", "2005-01-01", set(),
     {("JOR", "SYR", "material_conflict")}),
    ("British troops and Iraqi army soldiers patrolled Basra together.", "2005-01-01",
     {("GBR", "IRQ", "material_cooperation")}, set()),
    # a clause after "after" has its own subject (no object of a mediation), but a protest answers it
    ("Oman offered to mediate after Saudi Arabia and Bahrain cut ties with Qatar.", "2017-06-06",
     {("SAU", "QAT", "material_conflict")}, {("OMN", "SAU", "verbal_cooperation")}),
    ("Japan lodged a protest after Russia's prime minister landed on the disputed islands.", "2019-08-01",
     {("JPN", "RUS", "verbal_conflict")}, set()),
], ids=["join-offensive", "join-coalition", "join-boycott", "with-forces", "tanks-and-government-troops",
        "clashed-with-forces", "welcomed-sanctions-author", "welcomes-author-before", "backs-incursion",
        "welcomed-ouster", "welcomed-lifting", "quake-which-killed", "fighting-that-killed", "jets-flew-into",
        "troops-arrived", "troops-arrived-on-request", "market-demand", "political-demand", "rejected-offer",
        "ally-in-raids", "patched-up-bridges", "orders-out", "called-a-liar", "a-move-criticised",
        "pressed-to-hand-back", "urged-back-to-talks", "pressed-ahead", "cool-to-proposal", "defend-against",
        "freeze-under-a-deal", "jailed-long-ago", "army-soldiers", "mediate-after-clause", "protest-after-clause"])
def test_thirteenth_probe_sentences(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # the second reader's misfires of the stop-26 rules, each now read as a careful reader would
    ("Israeli fire that killed a Palestinian teenager sparked protests.", "2018-04-01",
     {("ISR", "PSE", "material_conflict")}, set()),
    ("Blair flew to Washington for talks with Bush.", "2003-07-16",
     {("GBR", "USA", "verbal_cooperation"), ("USA", "GBR", "verbal_cooperation")}, set()),
    ("China backed Pakistan in its border dispute with India.", "2019-03-01",
     {("CHN", "PAK", "verbal_cooperation"), ("CHN", "IND", "verbal_conflict")}, {("CHN", "PAK", "verbal_conflict")}),
    ("Russia ordered its troops out of Georgia.", "2008-08-20", set(), {("RUS", "GEO", "material_conflict")}),
    ("Bush called Musharraf a key ally against terrorists.", "2004-06-01", set(),
     {("USA", "PAK", "verbal_conflict")}),
    ("Putin called Biden a liar.", "2021-03-18", {("RUS", "USA", "verbal_conflict")},
     {("USA", "RUS", "verbal_conflict")}),
    ("The US moved its embassy to Jerusalem, a move the Palestinians condemned.", "2018-05-14",
     {("PSE", "USA", "verbal_conflict")}, {("PSE", "ISR", "verbal_conflict")}),
    ("Paraguay moved its embassy, a decision that Israel praised and the Palestinians condemned.", "2018-05-21",
     {("ISR", "PRY", "verbal_cooperation"), ("PSE", "PRY", "verbal_conflict")}, {("ISR", "PSE", "verbal_conflict")}),
    ("Chinese fighter jets flew alongside a US Navy aircraft in an unsafe intercept.", "2017-05-18", set(),
     {("CHN", "USA", "material_cooperation")}),
    ("Syrian rebels fought alongside Turkish troops in Afrin.", "2018-02-01", set(),
     {("SYR", "TUR", "material_cooperation")}),
    ("Chadian troops join French troops in Mali", "2013-01-20", {("TCD", "FRA", "material_cooperation")}, set()),
    ("Ethiopian troops crossed into Somalia and joined Somali government forces fighting Islamists.", "2006-12-24",
     {("ETH", "SOM", "material_cooperation")}, {("ETH", "SOM", "material_conflict")}),
    ("US troops arrived in Haiti to help with earthquake relief.", "2010-01-15",
     {("USA", "HTI", "material_cooperation")}, set()),
    ("The US pressed Japan on beef imports in trade talks.", "2005-01-01", {("USA", "JPN", "verbal_conflict")}, set()),
    ("The US pressed Israel and the Palestinians to resume talks.", "2005-01-01",
     {("USA", "ISR", "verbal_cooperation"), ("USA", "PSE", "verbal_cooperation")}, set()),
    ("Erdogan flew into a rage at Israeli President Peres in Davos.", "2009-01-29", set(),
     {("TUR", "ISR", "verbal_cooperation")}),
    ("Ousted Pakistani Prime Minister Nawaz Sharif flew to London for medical treatment.", "2019-11-19", set(),
     {("PAK", "GBR", "verbal_cooperation")}),
    ("Kuwait asked the US to help it defend itself against Iraq.", "1994-10-10", set(),
     {("USA", "IRQ", "verbal_conflict")}),
    ("Germany praised the defeat of France in the World Cup.", "2014-07-05", set(),
     {("DEU", "FRA", "verbal_conflict")}),
], ids=["state-fire-which-killed", "flew-for-talks", "backed-in-dispute", "own-troops-out", "called-an-ally",
        "liar-one-way", "a-move-the-reactor", "two-reactors", "unsafe-intercept", "rebels-alongside",
        "join-named-force", "crossed-and-joined", "arrived-for-relief", "pressed-on-a-topic", "pressed-two-to-talks",
        "flew-into-a-rage", "ousted-leader-travel", "help-it-defend", "sport-defeat"])
def test_second_reader_of_stop_26(text, date, expected, absent):
    _check_acts(text, date, expected, absent)



@pytest.mark.parametrize("text, date, expected, absent", [
    # left from the stop-26 review, read now
    ("Cuba flew 200 doctors to Haiti after the earthquake.", "2010-01-15",
     {("CUB", "HTI", "material_cooperation")}, set()),
    ("Hamas released an Israeli man it had held for two years.", "2011-10-18",
     {("HAMAS", "ISR", "material_cooperation")}, set()),
    ("Pakistan has released 100 Indian fishermen as a goodwill gesture.", "2008-06-01",
     {("PAK", "IND", "material_cooperation")}, set()),
    ("Iran released a report on the Iraqi economy.", "2009-03-01", set(),
     {("IRN", "IRQ", "material_cooperation")}),
    ("Iran dismissed calls by France to halt enrichment.", "2006-05-01",
     {("IRN", "FRA", "verbal_conflict")}, {("FRA", "IRN", "verbal_conflict")}),
    ("Israel rejected demands by the United States to freeze settlements.", "2010-09-27",
     {("ISR", "USA", "verbal_conflict")}, {("USA", "ISR", "verbal_conflict")}),
    ("Morocco was accused by Algeria of spying.", "2021-07-01", {("DZA", "MAR", "verbal_conflict")}, set()),
    ("Turkey and Greece patched things up at a summit in Athens.", "2023-12-07",
     {("TUR", "GRC", "verbal_cooperation"), ("GRC", "TUR", "verbal_cooperation")}, set()),
    ("Work crews patched things up in Haiti as US aid arrived.", "2010-02-01", set(),
     {("HTI", "USA", "verbal_cooperation")}),
], ids=["flew-doctors", "released-a-man", "released-fishermen", "released-a-report", "calls-by",
        "demands-by", "passive-by-stays", "patched-things-up", "patched-not-a-pair"])
def test_left_from_the_stop_26_review(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # the fifteenth blind probe (1994-2024, many regions), each rule written as its own sentence
    ("Thai and Cambodian soldiers exchanged artillery fire near the temple on Monday, and Phnom Penh "
     "asked the UN to send peacekeepers.", "2011-02-07",
     {("THA", "KHM", "material_conflict"), ("KHM", "THA", "material_conflict")},
     {("THA", "KHM", "material_cooperation"), ("KHM", "UN", "material_conflict")}),
    ("Last Syrian troops leave Lebanon after 29 years", "2005-04-26",
     {("SYR", "LBN", "material_cooperation")}, {("SYR", "LBN", "material_conflict")}),
    ("Ethiopian troops left 20 Somalis dead in a raid.", "2007-01-02", set(),
     {("ETH", "SOM", "material_cooperation")}),
    ("The council called for foreign forces to leave Lebanon, a demand aimed at Syria.", "2004-09-02", set(),
     {("UN", "LBN", "material_cooperation")}),
    ("Belarus denied that its soldiers had crossed the border into Ukraine.", "2022-02-25", set(),
     {("BLR", "UKR", "material_conflict")}),
    ("Ethiopian troops are fighting Somali Islamists near Baidoa.", "2006-12-24", set(),
     {("ETH", "SOM", "material_conflict")}),
    ("Investigators from South Korea, the United States and Sweden concluded that a torpedo sank the ship.",
     "2010-05-20", {("KOR", "SWE", "material_cooperation"), ("USA", "SWE", "material_cooperation")}, set()),
    ("Pakistan said it shot down two Indian jets a day after India struck a camp inside Pakistan. China and "
     "the United States urged both nuclear-armed "
     "neighbours to show restraint.", "2019-02-27",
     {("CHN", "PAK", "verbal_cooperation"), ("USA", "IND", "verbal_cooperation")},
     {("CHN", "PAK", "verbal_conflict")}),
    ("Kyrgyzstan lets US jets use its base at Manas.", "2002-01-10",
     {("KGZ", "USA", "material_cooperation")}, set()),
    ("Brazil rejects G7 fire aid, demands apology from Macron", "2019-08-27",
     {("BRA", "FRA", "verbal_conflict")}, {("G7", "FRA", "verbal_conflict")}),
    ("North Korea quits nuclear treaty, Seoul voices regret", "2003-01-10",
     {("PRK", "KOR", "verbal_conflict")}, {("PRK", "KOR", "verbal_cooperation")}),
    ("The kingdom quit the bloc in protest at the admission of the Sahrawi republic.", "1984-11-12",
     set(), {("MAR", "ESH", "material_cooperation")}),
    ("France and Germany pulled their ambassadors out of Belarus on Monday.", "1998-06-22",
     {("FRA", "BLR", "material_conflict"), ("DEU", "BLR", "material_conflict")}, set()),
    ("South Korea said it would begin lifting a decades-old ban on Japanese films.", "1998-10-20",
     {("KOR", "JPN", "verbal_cooperation")}, {("KOR", "JPN", "material_conflict")}),
], ids=["exchanged-fire", "troops-leave", "troops-left-dead", "call-to-leave", "denied-that", "somali-islamists",
        "investigators-from", "both-neighbours-restraint", "lets-use-base", "headline-second-predicate",
        "quits-treaty", "quit-the-bloc", "pulled-ambassadors-out", "lifting-a-ban"])
def test_blind_stance_probe_of_stop_27(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # more of the fifteenth probe's readings
    ("Meles said his forces had gone on the offensive against the Islamic Courts at the request of Somalia's "
     "interim government.", "2006-12-24", {("ETH", "SOM", "material_cooperation")}, set()),
    ("Russian troops entered the region at the request of the South Ossetian leadership.", "2008-08-08",
     set(), {("RUS", "GEO", "material_cooperation")}),
    ("Ethiopia sent troops into Somalia. Eritrea, which UN monitors have accused of arming the Islamists, "
     "called the offensive an invasion.", "2006-12-25",
     {("ERI", "ETH", "verbal_conflict")}, {("ERI", "UN", "material_conflict"), ("UN", "ETH", "verbal_conflict")}),
    ("Iran protested the arrival of Saudi troops sent to help Bahrain's rulers.", "2011-03-16",
     {("SAU", "BHR", "material_cooperation"), ("IRN", "SAU", "verbal_conflict")},
     {("IRN", "BHR", "material_cooperation")}),
    ("Egyptian and Qatari mediators met Israeli officials in Cairo, pressing for a pause in the fighting and "
     "the release of hostages held by Hamas.", "2024-01-30", set(),
     {("HAMAS", "EGY", "material_cooperation"), ("HAMAS", "QAT", "material_cooperation")}),
    ("The Security Council voted for a US-drafted resolution giving Iraq a final chance to disarm or face "
     "serious consequences.", "2002-11-08", {("UN", "IRQ", "verbal_conflict")}, {("UN", "USA", "verbal_conflict")}),
    ("Ukraine's president said his country would never accept the annexation.", "2014-03-18", set(),
     {("UKR", "RUS", "verbal_cooperation")}),
    ("Uzbekistan took in 75,000 ethnic Uzbeks fleeing deadly clashes around Osh.", "2010-06-15", set(),
     {("UZB", "KGZ", "material_conflict"), ("KGZ", "UZB", "material_conflict")}),
    ("Refugees flee Kyrgyz clashes", "2010-06-14", set(), set()),
    ("Indo-Pakistani clashes killed ten soldiers.", "2001-08-01",
     {("IND", "PAK", "material_conflict")}, {("IND", "PAK", "material_cooperation")}),
    ("US and Iraqi forces battled militants in Najaf.", "2004-08-10",
     {("USA", "IRQ", "material_cooperation")}, {("USA", "IRQ", "material_conflict")}),
], ids=["at-the-request-of", "separatist-request", "called-it-an-invasion", "troops-sent-to-help",
        "pressing-for-release", "or-face-consequences", "never-accept", "ethnic-kin", "demonym-clashes",
        "clashes-killed", "forces-battled-militants"])
def test_blind_stance_probe_of_stop_27_more(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # the sixteenth and seventeenth blind probes (2004-06 wire teasers; longer articles of 2016-24)
    ("Hundreds of Ethiopian troops crossed into Somalia to protect the interim government's base at Baidoa.",
     "2006-07-20", {("ETH", "SOM", "material_cooperation")}, {("ETH", "SOM", "material_conflict")}),
    ("Russian troops crossed into Georgia to protect the separatists.", "2008-08-08",
     {("RUS", "GEO", "material_conflict")}, set()),
    ("Mexico and Venezuela withdrew their ambassadors on Monday.", "2005-11-14",
     {("MEX", "VEN", "material_conflict"), ("VEN", "MEX", "material_conflict")}, set()),
    ("South Korea will ship 100,000 tons of rice and cement to North Korea.", "2006-08-01",
     {("KOR", "PRK", "verbal_cooperation")}, set()),
    ("Cuba denounced new US rules limiting family visits.", "2004-06-30",
     {("CUB", "USA", "verbal_conflict")}, {("USA", "CUB", "verbal_cooperation")}),
    ("The two countries came close to armed conflict during a standoff. Greece and Turkey signed a "
     "declaration on friendly relations.", "2023-12-07", {("GRC", "TUR", "verbal_cooperation")},
     {("GRC", "TUR", "material_conflict")}),
    ("Greece and Turkey came close to a clash in the Aegean in 2020.", "2023-02-08", set(),
     {("GRC", "TUR", "material_conflict")}),
    ("North Korea blamed Washington's \"hostile policy,\" and China, which hosts the talks, urged Pyongyang "
     "to return to the table.", "2005-02-10",
     {("CHN", "PRK", "verbal_cooperation")}, {("PRK", "CHN", "verbal_conflict"), ("USA", "PRK", "verbal_conflict")}),
    ("China's military launched drills around Taiwan. The United States urged China to act with restraint.",
     "2024-05-23", {("USA", "CHN", "verbal_conflict")}, {("USA", "CHN", "verbal_cooperation")}),
    ("Morocco accepted rescue teams from Spain and Qatar.", "2023-09-11", set(),
     {("ESP", "QAT", "material_cooperation")}),
], ids=["crossed-to-protect-government", "crossed-to-protect-separatists", "withdrew-their-ambassadors",
        "rice-and-cement", "family-visits", "came-close-to-conflict", "history-two-years-back",
        "relative-clause-subject-after-quote", "restraint-to-one-is-a-rebuke", "parallel-rescue-teams"])
def test_blind_stance_probes_16_and_17(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_a_headline_second_clause_is_no_partner_of_the_deal():
    got = _acts(_article_events("Rabat and Tel Aviv sign a security accord, Algiers denounces 'a threat'",
                                "2021-11-24"))
    assert ("MAR", "ISR", "verbal_cooperation") in got
    assert not any(x in ("DZA",) and k == "verbal_cooperation" for a, b, k in got for x in (a, b))


def test_the_two_countries_after_between_are_the_sentence_own_pair():
    text = ("Armenia asks Russia for help as border fighting with Azerbaijan kills dozens. Armenia said 49 of its "
            "soldiers were killed when Azerbaijani forces shelled its towns, the worst fighting between the two "
            "countries since 2020.")
    got = _acts(_article_events(text, "2022-09-13"))
    assert ("ARM", "AZE", "material_conflict") in got
    assert not any({a, b} == {"AZE", "RUS"} and k == "material_conflict" for a, b, k in got)
    assert not any({a, b} == {"ARM", "RUS"} and k == "material_conflict" for a, b, k in got)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Argentina's foreign minister told a United Nations committee that her country would never renounce its "
     "claim, and called on Britain to resume negotiations on sovereignty.", "2024-06-18",
     {("ARG", "GBR", "verbal_cooperation")}, {("UN", "GBR", "verbal_cooperation")}),
    ("Kosovo and Serbia agreed on an annex setting out the steps.", "2023-03-19", set(),
     {("XKX", "SRB", "material_conflict"), ("SRB", "XKX", "material_conflict")}),
    ("Russia signed a treaty with the breakaway region of Abkhazia.", "2014-11-24", set(),
     {("RUS", "GEO", "verbal_cooperation")}),
    ("Russia recognised the independence of Georgia's breakaway regions of Abkhazia and South Ossetia.",
     "2008-08-26", {("RUS", "GEO", "verbal_conflict")}, {("RUS", "GEO", "verbal_cooperation")}),
], ids=["and-called-on-keeps-subject", "annex-document", "treaty-with-breakaway-region", "recognised-breakaway"])
def test_blind_stance_probe_17_more(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # the second reader of stop 27: misfires of the new rules, each now read as a coder would
    ("Pakistan denied any involvement and accused India of staging the attack.", "2019-02-20",
     {("PAK", "IND", "verbal_conflict")}, set()),
    ("Russia denied that it poisoned the former spy, and expelled 23 British diplomats in return.", "2018-03-17",
     {("RUS", "GBR", "material_conflict")}, set()),
    ("Japan has imposed sanctions on North Korea since 2006.", "2010-05-01",
     {("JPN", "PRK", "material_conflict")}, set()),
    ("Afghan and US troops exchanged fire with Taliban insurgents in Helmand province.", "2009-07-02", set(),
     {("AFG", "USA", "material_conflict"), ("USA", "AFG", "material_conflict")}),
    ("Indian and Pakistani troops exchanged heavy artillery fire across the Line of Control.", "2002-06-01",
     {("IND", "PAK", "material_conflict"), ("PAK", "IND", "material_conflict")},
     {("IND", "PAK", "material_cooperation")}),
    ("The United States told Iran to halt enrichment or face serious consequences.", "2006-04-01",
     {("USA", "IRN", "verbal_conflict")}, {("USA", "IRN", "verbal_cooperation")}),
    ("Iraq's parliament voted to make US troops leave Iraq.", "2020-01-05", set(),
     {("IRQ", "USA", "material_cooperation"), ("USA", "IRQ", "material_cooperation")}),
    ("French troops left Chad for neighbouring Mali on Tuesday.", "2013-01-15", set(),
     {("FRA", "TCD", "material_cooperation")}),
    ("US quits Iran nuclear deal, Tehran vows response.", "2018-05-08",
     {("USA", "IRN", "verbal_conflict")}, {("IRN", "USA", "verbal_conflict")}),
    ("Two Ukrainian ministers quit over the trade deal with Russia.", "2013-12-01", set(),
     {("UKR", "RUS", "verbal_conflict")}),
    ("The council met at the request of Ukraine as Russian troops crossed the border.", "2022-02-24",
     {("RUS", "UKR", "material_conflict")}, {("RUS", "UKR", "material_cooperation")}),
    ("Turkish troops crossed into Syria to protect civilians from the government's forces.", "2016-08-24",
     {("TUR", "SYR", "material_conflict")}, {("TUR", "SYR", "material_cooperation")}),
    ("Diplomats from Russia and Britain were expelled in the escalating row.", "2018-03-20", set(),
     {("RUS", "GBR", "material_cooperation")}),
    ("North Korea released an American student's confession video.", "2016-02-29", set(),
     {("PRK", "USA", "material_cooperation")}),
    ("Thai clashes with Cambodia killed four soldiers.", "2011-02-05",
     {("THA", "KHM", "material_conflict"), ("KHM", "THA", "material_conflict")}, set()),
    ("Uzbekistan let US forces use its air bases.", "2001-10-08", {("UZB", "USA", "material_cooperation")}, set()),
], ids=["denied-and-accused", "denied-that-and-expelled", "since-a-year", "fire-with-a-third", "heavy-artillery-fire",
        "halt-or-face", "make-troops-leave", "left-for-another", "quits-named-deal", "quit-over-a-deal",
        "met-at-request", "protect-from-government", "diplomats-expelled", "released-a-video", "demonym-clashes-with",
        "air-bases"])
def test_second_reader_of_stop_27(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("China, which buys much of Khartoum's oil, said it would oppose any measure punishing the Sudanese "
     "government.", "2004-09-10", {("CHN", "SDN", "verbal_cooperation")}, {("SDN", "CHN", "verbal_conflict")}),
    ("Hungary blocked the EU measure against Russia.", "2023-02-20", {("HUN", "RUS", "verbal_cooperation")}, set()),
    ("Russia vetoed a US-drafted resolution on Ukraine.", "2022-02-26", set(), {("RUS", "UKR", "verbal_cooperation")}),
    ("Australian Prime Minister John Howard blamed Jemaah Islamiah, the group Indonesian police have hunted since "
     "the Bali bombings, and vowed to help Jakarta crush it.", "2004-09-09",
     {("AUS", "JI", "verbal_conflict"), ("AUS", "IDN", "material_cooperation")}, {("AUS", "IDN", "verbal_conflict")}),
], ids=["oppose-a-measure-punishing", "block-a-measure-against", "resolution-on-is-a-topic", "background-ends-at-and"])
def test_opposed_measures_and_a_background_clause_that_ends(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Eritrea Orders Western UN Peacekeepers to Leave", "2005-12-07",
     {("ERI", "UN", "material_conflict")}, {("UN", "ERI", "material_cooperation")}),
    ("Russia ordered its troops to leave Georgia.", "2008-08-17", set(), {("RUS", "GEO", "material_conflict")}),
    ("Nigeria said it would let Liberia take custody of former president Charles Taylor to face war crimes charges.",
     "2006-03-25", {("NGA", "LBR", "verbal_cooperation")}, {("LBR", "NGA", "material_conflict")}),
    ("Costa Rica accused Nicaragua of invading its territory, and asked regional foreign ministers to meet.",
     "2010-11-02", {("CRI", "NIC", "verbal_conflict")}, {("NIC", "CRI", "verbal_cooperation")}),
], ids=["ordered-to-leave", "own-troops-to-leave", "let-take-custody", "asked-others-to-meet"])
def test_orders_out_custody_and_requested_meetings(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_recognising_separatist_republics_is_hostile_to_their_state():
    text = ("Vladimir Putin recognised the independence of the separatist Donetsk and Luhansk people's republics on "
            "Monday and ordered Russian troops into the two regions.")
    got = _acts(_article_events(text, "2022-02-21"))
    assert ("RUS", "UKR", "verbal_conflict") in got
    assert ("RUS", "UKR", "verbal_cooperation") not in got


def test_an_invitation_of_its_government_comes_from_the_place_just_named():
    got = _acts(_article_events("Hundreds of Australian and New Zealand troops landed in the Solomon Islands on "
                                "Thursday at the invitation of its government, to restore order.", "2003-07-24"))
    assert ("AUS", "SLB", "verbal_cooperation") in got and ("NZL", "SLB", "verbal_cooperation") in got


def test_protecting_people_is_no_mission_but_protecting_the_host_government_is():
    got = _acts(_article_events("Russia deployed troops to Ukraine to protect Russian speakers there.", "2014-03-01"))
    assert ("RUS", "UKR", "material_conflict") in got
    got = _acts(_article_events("Ethiopia deployed troops to Somalia to protect the interim government.", "2006-07-20"))
    assert ("ETH", "SOM", "material_cooperation") in got


@pytest.mark.parametrize("text, date, expected, absent", [
    # a movement's own name makes its fighters the party (but "Somali militants" are no state)
    ("US jets bombed Taliban fighters near Kandahar.", "2001-10-20",
     {("USA", "TALIBAN", "material_conflict")}, set()),
    ("Colombian troops killed 12 FARC rebels in a jungle raid.", "2008-03-01",
     {("COL", "FARC", "material_conflict")}, set()),
    ("Kenyan police arrested Somali militants near the border.", "2011-10-20", set(),
     {("KEN", "SOM", "material_conflict")}),
    # a movement named after a state ("Lebanon's Hezbollah") is no part of it
    ("Iran sent weapons to Lebanon's Hezbollah, US officials said.", "2006-08-01",
     {("IRN", "HEZBOLLAH", "material_cooperation")}, {("IRN", "LBN", "material_cooperation")}),
    ("Ethiopia accused Eritrea of arming Somalia's Islamic Courts.", "2006-11-09",
     {("ETH", "ERI", "verbal_conflict")}, {("ETH", "SOM", "verbal_conflict")}),
    # flown arms are delivered; flown jets are a state's own
    ("Iran flew arms to Hezbollah through Syrian airspace.", "2006-08-01",
     {("IRN", "HEZBOLLAH", "material_cooperation")}, set()),
    ("Russia flew jets to Syria last week.", "2015-09-20", set(), {("RUS", "SYR", "material_cooperation")}),
    # the rule broken is no act of this news
    ("Eritrea has flown weapons and hundreds of fighters to Somalia's Islamic Courts in breach of a UN arms "
     "embargo.", "2006-11-09", {("ERI", "ICU", "material_cooperation")},
     {("ICU", "UN", "material_conflict"), ("UN", "ICU", "material_conflict")}),
    # "..., and said it had ...": the first verb's subject, not its object
    ("Sudan's government accused the United Arab Emirates of supplying weapons to the paramilitary Rapid Support "
     "Forces, and said it had summoned Chad's envoy.", "2024-06-19",
     {("SDN", "ARE", "verbal_conflict"), ("SDN", "TCD", "verbal_conflict")}, {("ARE", "TCD", "verbal_conflict")}),
    # co-agents fighting a named third side fight side by side
    ("Afghan and US troops clashed with the Taliban in Helmand.", "2009-07-02",
     {("AFG", "TALIBAN", "material_conflict"), ("USA", "TALIBAN", "material_conflict")},
     {("AFG", "USA", "material_conflict"), ("USA", "AFG", "material_conflict")}),
    # the state pulled out of a deal is the one that leaves it
    ("Trump pulls US out of Iran nuclear deal", "2018-05-08",
     {("USA", "IRN", "verbal_conflict")}, {("USA", "IRN", "verbal_cooperation"), ("IRN", "USA", "verbal_cooperation")}),
    # the second reader of stop 28
    ("Washington pulled Russia out of the G8 after it annexed Crimea.", "2014-03-25", set(),
     {("RUS", "USA", "verbal_cooperation"), ("USA", "RUS", "verbal_cooperation")}),
    ("Syrian jets bombed Idlib in breach of a Russian-Turkish ceasefire deal.", "2019-05-10", set(),
     {("RUS", "SYR", "verbal_cooperation"), ("TUR", "SYR", "verbal_cooperation")}),
], ids=["bombed-taliban-fighters", "killed-farc-rebels", "somali-militants", "lebanons-hezbollah",
        "somalias-islamic-courts", "flew-arms", "flew-jets", "breach-of-embargo", "and-said-it-had",
        "side-by-side-against-a-named-group", "pulls-us-out-of-a-deal",
        "pulled-out-after-another-clause", "breach-of-a-hyphenated-deal"])
def test_movements_and_second_predicates(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, expected, absent", [
    ("Israeli soldiers killed two Palestinian gunmen in the West Bank on Tuesday.",
     {("ISR", "PSE"): "material_conflict"}, []),
    ("Russian soldiers fired on Georgian police near South Ossetia, Tbilisi said.",
     {("RUS", "GEO"): "material_conflict"}, [("GEO", "RUS")]),
    ("Indian soldiers fired on Pakistani posts across the Line of Control overnight.",
     {("IND", "PAK"): "material_conflict"}, []),
    # a headline's passive after the counted noun names no agent
    ("Two Israeli soldiers killed in Gaza blast.", {}, [("ISR", "PSE"), ("PSE", "ISR")]),
    ("Three Pakistani soldiers killed as Indian troops open fire.", {("IND", "PAK"): "material_conflict"},
     [("PAK", "IND")]),
    # troops sent in with the host's consent are invited; soldiers going home invade no one
    ("Thousands of Rwandan soldiers crossed into eastern Congo on Tuesday under a deal with Kinshasa to hunt "
     "Hutu militiamen.", {("RWA", "COD"): "material_cooperation"}, []),
    ("Turkish troops crossed into northern Iraq, defying a deal with Baghdad.",
     {("TUR", "IRQ"): "material_conflict"}, []),
    ("The last Syrian soldiers crossed the border home on Tuesday, ending a presence in Lebanon that began in 1976.",
     {}, [("SYR", "LBN")]),
    # (second reader) a time word after the verb is no object; a deal in another clause is not this act's
    ("Three Indian soldiers killed overnight in cross-border firing by Pakistan.", {}, [("IND", "PAK")]),
    ("Turkish troops crossed into northern Iraq on Monday, a week after Kurdish forces withdrew from Kirkuk "
     "under a deal with Baghdad.", {("TUR", "IRQ"): "material_conflict"}, []),
    ("Israeli tanks crossed the border back into Lebanon after a brief pullback.",
     {("ISR", "LBN"): "material_conflict"}, []),
    # the state named by the adjective before an attack noun is its agent, the victims its target
    ("Three Indian soldiers were killed in Pakistani shelling on Tuesday.",
     {("PAK", "IND"): "material_conflict"}, [("IND", "PAK")]),
    ("Thirty-three Turkish soldiers killed Thursday in Syrian air strikes in Idlib.",
     {("SYR", "TUR"): "material_conflict"}, [("TUR", "SYR")]),
    ("An Israeli soldier was wounded by Palestinian gunfire near Nablus.", {("PSE", "ISR"): "material_conflict"},
     [("ISR", "PSE")]),
    ("Two Pakistani soldiers wounded two weeks ago in Indian shelling died on Wednesday.", {}, [("PAK", "IND")]),
    # two states that fought a war fought each other; forces that battled militants fought side by side
    ("India and Pakistan have fought three wars since independence, two of them over Kashmir.",
     {("IND", "PAK"): "material_conflict", ("PAK", "IND"): "material_conflict"}, []),
    ("US and Iraqi forces battled militants in Fallujah.", {("USA", "IRQ"): "material_cooperation"}, []),
], ids=["soldiers-killed-object", "soldiers-fired-on", "soldiers-fired-on-posts", "soldiers-killed-passive",
        "soldiers-killed-as", "crossed-under-a-deal-with-host", "crossed-defying-a-deal", "crossed-border-home",
        "soldiers-killed-overnight", "deal-in-another-clause", "crossed-back-into", "killed-in-adjective-shelling",
        "killed-in-adjective-air-strikes", "wounded-by-adjective-gunfire", "wounded-weeks-ago", "fought-wars",
        "battled-militants-together"])
def test_soldiers_act_like_troops_and_crossings_read_by_consent(text, expected, absent):
    _assert_pairs(text, expected, absent, date="2004-09-01")


@pytest.mark.parametrize("text, expected, absent", [
    # the state a visit or a signing takes place in is its host when no partner is named
    ("In Algiers, thousands cheered the first state visit by a French president since independence.",
     {("FRA", "DZA"): "verbal_cooperation"}, [("DZA", "FRA")]),
    ("Manmohan Singh signed a pact in Dhaka on Tuesday, on the first visit by an Indian premier in 12 years.",
     {("IND", "BGD"): "verbal_cooperation"}, []),
    # an agent named after a later noun is not the first noun's agent
    ("A bomb exploded in Kabul hours before a visit by the US defence secretary.", {}, [("USA", "AFG")]),
    ("The expulsion of Mali's ambassador by Algeria angered Bamako.", {("DZA", "MLI"): "material_conflict"}, []),
], ids=["visit-by-with-host-before", "pact-in-capital-own-state-after", "bomb-before-visit-by",
        "expulsion-by-agent"])
def test_hosts_of_visits_and_agents_of_nouns(text, expected, absent):
    _assert_pairs(text, expected, absent, date="2004-09-01")


@pytest.mark.parametrize("text, expected, absent", [
    # an apposition names a standing ally (a weak, epithet reading that any act outweighs), and the
    # state named only in it takes no part in the sentence's acts
    ("China, Myanmar's main ally, said sanctions would not help and urged the world to back the junta.",
     {("CHN", "MMR"): "verbal_cooperation"}, []),
    ("The US, Israel's closest ally, vetoed the resolution.", {("USA", "ISR"): "verbal_cooperation"}, []),
    ("Israel's closest ally, the United States, condemned the attack on Iran.",
     {("USA", "ISR"): "verbal_cooperation", ("USA", "IRN"): "verbal_cooperation"}, []),
    # an end demanded to a measure aimed at a state sides with that state
    ("The UN General Assembly voted 183-4 on Wednesday to demand an end to the US trade embargo against Cuba.",
     {("UN", "CUB"): "verbal_cooperation", ("UN", "USA"): "verbal_conflict"}, []),
    ("Russia demanded an end to sanctions against Iran.", {("RUS", "IRN"): "verbal_cooperation"}, []),
    # money handed to a state or a body is economic aid
    ("The European Union will contribute more than $100 million to an African Union force in Darfur.",
     {("EU", "AU"): "verbal_cooperation"}, [("AU", "EU")]),
    ("Japan gave $50 million to Iraq for reconstruction.", {("JPN", "IRQ"): "material_cooperation"}, []),
    ("Russia gave Ukraine 48 hours to pay its gas debt.", {}, [("RUS", "UKR")]),
    # blocking a statement or a draft aimed at a state stands by it
    ("China blocked a UN statement condemning Myanmar.", {("CHN", "MMR"): "verbal_cooperation"}, []),
    ("Russia blocked a draft condemning Syria at the Security Council.", {("RUS", "SYR"): "verbal_cooperation"}, []),
    # (second reader) "an ally of X"; a cooperative act toward the state in the epithet stays
    ("Russia, a close ally of Syria, vetoed the draft resolution.", {("RUS", "SYR"): "verbal_cooperation"}, []),
    ("China, Myanmar's main ally, said it opposed new sanctions.", {("CHN", "MMR"): "verbal_cooperation"}, []),
    # a war fought together, or on a third party, is no war between the two
    ("The United States and Pakistan fought the war on terror together.",
     {("USA", "PAK"): "material_cooperation"}, []),
    # a venue is no host when the visit's counterpart is named
    ("In Vienna, Iranian negotiators awaited a visit by the U.S. secretary of state.", {}, [("USA", "AUT")]),
    ("The United States signed a deal in Paris with Iran, on a visit by the U.S. secretary of state.",
     {("USA", "IRN"): "verbal_cooperation"}, [("USA", "FRA")]),
], ids=["ally-apposition-before", "ally-apposition-after-veto", "ally-apposition-the", "demand-end-to-embargo",
        "demand-end-to-sanctions", "money-contributed-to-a-body", "money-given-to-a-state",
        "hours-given-no-money", "blocked-statement-condemning", "blocked-draft-condemning", "ally-of-x", "epithet-keeps-cooperation", "war-on-terror-together",
        "venue-with-counterpart", "deal-in-third-capital"])
def test_ally_appositions_and_ends_demanded(text, expected, absent):
    _assert_pairs(text, expected, absent, date="2007-10-30")
    if text.startswith("China"):
        from helpers.stance import explain_sentence
        ev = explain_sentence(text, date="2007-10-30")
        assert not ((ev["source"] == "MMR") & (ev["event_class"] != "verbal_cooperation")).any()



@pytest.mark.parametrize("text, expected, absent", [
    # a peacekeeping mission's host is the place it serves in, not the body it takes over from
    ("A European Union force yesterday took over peacekeeping in Bosnia from Nato.",
     {("EU", "BIH"): "material_cooperation"}, [("EU", "NATO")]),
    ("Bangladeshi peacekeepers in Liberia helped rebuild the roads.", {("BGD", "LBR"): "material_cooperation"}, []),
    # an international body's force or mission in a state serves there with its consent
    ("The European Union will contribute more than $100 million to an African Union force in Sudan's "
     "troubled Darfur region.", {("AU", "SDN"): "material_cooperation", ("EU", "AU"): "verbal_cooperation"}, []),
    ("The African Union (AU) force in Somalia came under fire.", {("AU", "SOM"): "material_cooperation"}, []),
    ("The UN mission in Haiti will be extended for six months.", {("UN", "HTI"): "material_cooperation"}, []),
    # (a state's forces in another state are read from the sentence's own cues only)
    ("French troops in Ivory Coast guarded the airport.", {}, [("FRA", "CIV")]),
    # a hostile measure kept from happening is no act
    ("EU officials were evaluating Iran's response to an offer for Tehran to avoid possible UN sanctions.",
     {("IRN", "EU"): "verbal_cooperation"}, [("UN", "IRN"), ("IRN", "UN")]),
    ("Diplomats worked to stave off a war between India and Pakistan.", {}, [("IND", "PAK"), ("PAK", "IND")]),
    ("Iraq avoided talks and attacked Kuwait.", {("IRQ", "KWT"): "material_conflict"}, []),
    # a bare offer is a weak intent to cooperate
    ("The EU made a new offer to Iran on Tuesday.", {("EU", "IRN"): "verbal_cooperation"}, []),
    # a participle after a common noun modifies that noun, not the clause's subject
    ("The French prime minister calls for a satellite TV channel backed by Hezbollah to be taken off air.",
     {}, [("HEZBOLLAH", "FRA")]),
    ("Zimbabwe received 200,000 doses of the Sinopharm shot donated by China.",
     {("CHN", "ZWE"): "material_cooperation"}, []),
    ("Iraq is strongly backed by Iran.", {("IRN", "IRQ"): "verbal_cooperation"}, []),
], ids=["peacekeeping-in-host", "peacekeepers-in-host", "body-force-in-state", "body-force-bracketed",
        "body-mission-in-state", "state-troops-no-pair", "avoid-possible-sanctions", "stave-off-war",
        "avoided-talks-then-attacked", "bare-offer", "channel-backed-by", "goods-donated-by", "passive-backed-by"])
def test_missions_averted_harms_offers_and_reduced_relatives(text, expected, absent):
    _assert_pairs(text, expected, absent, date="2004-12-02")


@pytest.mark.parametrize("text, expected, absent", [
    # approving a hostile measure against a state is hostility toward it
    ("WTO approves sanctions against US.", {("WTO", "USA"): "material_conflict"}, [("WTO", "USA")]),
    ("The WTO approved the lifting of sanctions against Libya.", {("WTO", "LBY"): "material_cooperation"}, []),
    # a fight against a thing is no armed fight
    ("Three British bankers will today begin fighting extradition to the US on fraud charges.", {},
     [("GBR", "USA"), ("USA", "GBR")]),
    ("Ethiopia battled Eritrea along the border.", {("ETH", "ERI"): "material_conflict"}, []),
    # a trade-remedy finding accuses the exporter's state
    ("The EU launched a dumping probe into Chinese shoes.", {("EU", "CHN"): "verbal_conflict"}, []),
    ("The Bush administration said Chinese and Vietnamese shrimp are sold at unfairly low prices in the United "
     "States.", {("USA", "CHN"): "verbal_conflict", ("USA", "VNM"): "verbal_conflict"}, []),
], ids=["approve-sanctions", "approve-lifting", "fighting-extradition", "battled-enemy", "dumping-probe",
        "unfairly-low-prices"])
def test_approved_measures_fights_on_things_and_trade_findings(text, expected, absent):
    from helpers.stance import explain_sentence
    ev = explain_sentence(text, date="2004-11-20")
    if text.startswith("WTO approves"):
        assert not ((ev["source"] == "WTO") & (ev["event_class"].str.endswith("cooperation"))).any()
        expected, absent = expected, []
    if "extradition" in text:
        assert not ev["event_class"].str.endswith("conflict").any(), ev
        return
    _assert_pairs(text, expected, absent, date="2004-11-20")


@pytest.mark.parametrize("text, expected, absent", [
    # an overture is an offer, and rejecting it is hostile
    ("Israel rejected a Syrian overture for peace talks.", {("ISR", "SYR"): "verbal_conflict"}, []),
    # a participle clause after ", after" has its own object: the visit is to Seoul, not to North Korea
    ("US Secretary of State Colin Powell arrives in Seoul today for a two-day visit, after rejecting a North "
     "Korean overture to resume the six-party talks.", {("USA", "PRK"): "verbal_conflict"},
     [("USA", "PRK")]),
], ids=["rejected-overture", "visit-then-participle-clause"])
def test_overtures_and_participle_clauses(text, expected, absent):
    from helpers.stance import explain_sentence
    ev = explain_sentence(text, date="2004-11-07")
    if "Seoul" in text:
        assert not ((ev["source"] == "USA") & (ev["target"] == "PRK") & (ev["event_class"] != "verbal_conflict")).any(), ev
        absent = []
    _assert_pairs(text, expected, absent, date="2004-11-07")


@pytest.mark.parametrize("text, expected, absent", [
    # (second reader of stop 30) only peace-keeping bodies keep missions; a force that kills is no peacekeeper
    ("The IMF mission to Argentina ended without agreement on a new loan.", {}, [("IMF", "ARG")]),
    ("The Nato operation in Libya has killed civilians, Tripoli said.", {}, [("NATO", "LBY")]),
    ("African Union troops in Somalia killed seven civilians, the Somali government said.", {}, [("AU", "SOM")]),
    ("An EU monitoring mission to Georgia began patrols.", {("EU", "GEO"): "material_cooperation"}, []),
    # a harm that was not averted happened; warding off an attack is repelling one
    ("The talks did not prevent Russia from invading Ukraine.", {("RUS", "UKR"): "material_conflict"}, []),
    ("Mediators could not head off a border war between Peru and Ecuador.", {("PER", "ECU"): "material_conflict"}, []),
    ("Israeli troops warded off an attack by Hezbollah guerrillas from Lebanon.",
     {("HEZBOLLAH", "ISR"): "material_conflict"}, []),
    ("Japan cleared Korean exporters of dumping charges.", {}, [("JPN", "KOR")]),
    # a firm's offer is no state's; ignoring overtures is a rebuff
    ("Japan's Nippon Steel raised its offer for a US steel company.", {}, [("JPN", "USA")]),
    ("Italy's Eni made an offer for Egyptian gas field stakes.", {}, [("ITA", "EGY")]),
    ("Iran ignored overtures from Washington.", {("IRN", "USA"): "verbal_conflict"}, []),
    # a state's own works judged by another stay judged as its acts
    ("Israel built a barrier condemned by the Palestinians.", {("PSE", "ISR"): "verbal_conflict"}, []),
    ("Ethiopia began filling a dam opposed by Egypt.", {("EGY", "ETH"): "verbal_conflict"}, []),
    # an armed bid is fought; a ruling is not
    ("Ukrainian forces fought a bid by Russian troops to cross the river.", {("UKR", "RUS"): "material_conflict"}, []),
    ("The bankers began fighting a WTO ruling against the United States.", {}, [("GBR", "USA")]),
], ids=["imf-mission", "nato-operation-kills", "au-troops-kill", "eu-monitoring-mission", "did-not-prevent",
        "could-not-head-off", "warded-off-attack", "cleared-of-charges", "firm-offer", "firm-offer-stakes",
        "ignored-overtures", "barrier-condemned", "dam-opposed", "fought-armed-bid", "fighting-a-ruling"])
def test_second_reader_of_stop_30(text, expected, absent):
    _assert_pairs(text, expected, absent, date="2005-03-01")


@pytest.mark.parametrize("text, expected, absent", [
    # (eighth AG News set) a flood's toll is no state's act, whoever launched an appeal
    ("The United Nations launched an appeal for 210 million dollars to help flood victims after two-thirds of "
     "Bangladesh was submerged, destroying crops and killing more than 700 people.",
     {("UN", "BGD"): "verbal_cooperation"}, []),
    ("Israeli air strikes hit Gaza, killing 12 people.", {("ISR", "PSE"): "material_conflict"}, []),
    # a force led by a named body is that body's, whoever the clause's subject is
    ("A Taliban suicide fighter wounded seven others, including three members of a NATO-led peacekeeping "
     "force, in an attack in central Kabul.", {("TALIBAN", "NATO"): "material_conflict"}, [("TALIBAN", "AFG")]),
    # a rejected proposal counts half
    ("Iran on Sunday turned down a European Union proposal that it stop enriching uranium.",
     {("IRN", "EU"): "verbal_conflict"}, []),
    # the freeze agreed is a noun, not an undoing; a freeze on talks undoes them
    ("Iran's chief negotiator to the United Nations nuclear agency says Tehran is committed to the freeze on "
     "uranium enrichment agreed earlier this month.", {("IAEA", "IRN"): "verbal_cooperation"}, []),
    ("Russia announced a freeze on talks with Georgia.", {("RUS", "GEO"): "verbal_conflict"}, []),
], ids=["flood-toll", "strike-toll", "nato-led-force", "rejected-proposal", "freeze-agreed", "freeze-on-talks"])
def test_tolls_led_forces_rejected_proposals_and_freezes(text, expected, absent):
    _assert_pairs(text, expected, absent, date="2004-11-10")
    if "flood victims" in text:
        from helpers.stance import explain_sentence
        assert not explain_sentence(text, date="2004-11-10")["event_class"].str.endswith("conflict").any()
    if "turned down" in text:
        from helpers.stance import explain_sentence
        ev = explain_sentence(text, date="2004-11-10")
        offer = ev[(ev["source"] == "EU") & (ev["target"] == "IRN")]
        assert (offer["intensity"] < 2.0).all() and offer["cue"].str.endswith("(turned down)").all()


@pytest.mark.parametrize("text, expected", [
    # an appeal for aid on a state's behalf, a deadline given to a state, a proposal called unacceptable
    ("UN launches 210-million-dollar appeal for flood-hit Bangladesh.", {("UN", "BGD"): "verbal_cooperation"}),
    ("The AU gave Sudan a 30-day deadline.", {("AU", "SDN"): "verbal_conflict"}),
    ("The UN set a deadline for Iraq.", {("UN", "IRQ"): "verbal_conflict"}),
    ("Iran called the EU proposal unacceptable.", {("IRN", "EU"): "verbal_conflict"}),
    ("The US said Iraq's behaviour was unacceptable.", {("USA", "IRQ"): "verbal_conflict"}),
    ("Sudan govt unleashes offensive in South Darfur: SLA rebels.", {("SDN", "SLA"): "material_conflict"}),
], ids=["aid-appeal", "deadline-given", "deadline-set", "called-unacceptable", "said-unacceptable", "sla-rebels"])
def test_appeals_deadlines_and_unacceptable_proposals(text, expected):
    _assert_pairs(text, expected, [], date="2004-09-20")


def test_a_name_inside_a_relative_clause_owns_nothing_called_unacceptable():
    from helpers.stance import explain_sentence
    ev = explain_sentence("Chirac rebuked eastern European states for siding with Washington, and Warsaw, which had "
                          "signed a letter backing the US line, called the outburst unacceptable.", date="2003-02-18")
    assert not ((ev["source"] == "POL") & (ev["target"] == "USA") & ev["event_class"].str.endswith("conflict")).any()


def test_a_war_named_by_its_place_is_the_rivals_war_only_with_a_rival_named():
    import pandas as pd
    from helpers import pipeline
    texts = ["Biden's European trip is meant to boost NATO against Russia as the war in Ukraine drags on.",
             "The US pledged more aid as the war in Ukraine entered its second year.",
             "Russia said the war in Ukraine began long ago."]
    arts = pd.DataFrame({"article_id": ["a0", "a1", "a2"], "date": [pd.Timestamp("2023-07-02")] * 2
                         + [pd.Timestamp("2010-05-01")], "source": "t", "title": "", "text": texts, "url": ""})
    arts["language"] = "en"
    ev = pipeline.process_chunk(arts)["dyad_events"]
    got = set(zip(ev["article_id"], ev["source"], ev["target"], ev["event_class"]))
    assert ("a0", "RUS", "UKR", "material_conflict") in got
    assert not any(a == "a1" and c.endswith("conflict") for a, _, _, c in got)
    assert not any(a == "a2" and {s, t} == {"RUS", "UKR"} and c.endswith("conflict") for a, s, t, c in got)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # an act named by a noun with its object after "of"/"against" and its agent after "by"
    ("France condemned the invasion of Kuwait by Iraq.", None, "1990-09-20",
     {("IRQ", "KWT"): "material_conflict", ("FRA", "IRQ"): "verbal_conflict"}, [("FRA", "KWT")]),
    ("We deplore the continued occupation of Syrian land by Israel.", "EGY", "1983-09-20",
     {("ISR", "SYR"): "material_conflict", ("EGY", "ISR"): "verbal_conflict"}, [("EGY", "SYR")]),
    ("We condemn the aggression against Lebanon by Israel.", "SYR", "2006-09-20",
     {("ISR", "LBN"): "verbal_conflict", ("SYR", "ISR"): "verbal_conflict"}, [("SYR", "LBN")]),
    ("China protested the seizure of its fishing boat by Japan.", None, "2010-09-10",
     {("JPN", "CHN"): "material_conflict", ("CHN", "JPN"): "verbal_conflict"}, []),
    # the aim of a thwarting verb is no act
    ("Israel has undermined the efforts of the United States, and most recently those of its envoy, to reach "
     "a peace agreement.", "PSE", "2015-09-20", {("ISR", "USA"): "verbal_conflict"}, [("USA", "ISR")]),
    # refusing cooperation is a refusal
    ("We have seen Israel defy the international will by refusing all co-operation with the organs of the "
     "United Nations.", "MAR", "1971-09-20", {("ISR", "UN"): "verbal_conflict"}, [("UN", "ISR")]),
    ("Iran rejected any talks with the United States.", None, "2019-05-01",
     {("IRN", "USA"): "verbal_conflict"}, []),
    # efforts deployed and a fact recognised are no force and no recognition
    ("We call for the deployment of all possible efforts to end the hostilities in the Sudan.", "MRT", "2023-09-20",
     {}, [("MRT", "SDN")]),
    # an invitation to talk is an appeal for talks, not a demand
    ("We call upon every Muslim country, from Saudi Arabia to Indonesia, to recognize that and to come talk to us.",
     "ISR", "2022-09-20", {("ISR", "SAU"): "verbal_cooperation"}, [("ISR", "IDN")]),
    # force sent at a government's demand helps it
    ("We initiated a military intervention on the basis of a demand by the legitimate Government of Yemen.",
     "SAU", "2015-09-20", {("SAU", "YEM"): "material_cooperation"}, []),
    # a deal that is the topic of an attitude is not made; "not only" negates nothing
    ("The attitude of the United States to the nuclear deal not only violates Security Council resolution 2231 "
     "but also breaks its word.", "IRN", "2019-09-20", {("USA", "UN"): "verbal_conflict"}, []),
    # a clash with the law is no fighting; a viewpoint "to offer" is no offer
    ("Algeria said the hunger of the Iraqi and Kuwaiti peoples could clash with the international law of "
     "humanity.", None, "1990-09-20", {}, [("DZA", "IRQ"), ("DZA", "KWT")]),
    ("It matters less for the Russians and the Americans to quit this morass than for Europe to show it has a "
     "better viewpoint to offer.", "TUN", "1971-09-20", {}, [("RUS", "USA"), ("USA", "RUS")]),
    # troops that clash with each other fight one another, not side by side
    ("Indian and Pakistani troops clashed with each other.", None, "2019-02-27",
     {("IND", "PAK"): "material_conflict", ("PAK", "IND"): "material_conflict"}, []),
    # second reader's near-misses: a verb before "by" makes it the passive's agent; "that" as a determiner
    ("Iraq's invasion of Kuwait was condemned by the Arab League.", None, "1990-08-04",
     {("IRQ", "KWT"): "material_conflict", ("LAS", "IRQ"): "verbal_conflict"}, [("LAS", "KWT")]),
    ("Pakistan finally recognized that new state, Bangladesh, in 1974.", None, "1974-02-22",
     {("PAK", "BGD"): "verbal_cooperation"}, []),
    ("Britain called upon Argentina to withdraw its forces from the islands and to negotiate.", None, "1982-04-05",
     {("GBR", "ARG"): "verbal_conflict"}, []),
    ("China strongly protested the bombing of its embassy in Belgrade by NATO.", None, "1999-05-08",
     {("NATO", "CHN"): "material_conflict", ("CHN", "NATO"): "verbal_conflict"}, [("NATO", "SRB")]),
    ("Thai soldiers clashed with Cambodian troops near the temple.", None, "2011-02-05",
     {("THA", "KHM"): "material_conflict", ("KHM", "THA"): "material_conflict"}, []),
    ("China undermined the sanctions against North Korea.", None, "2018-05-01",
     {("CHN", "PRK"): "verbal_cooperation"}, []),
    ("Russia announced the deployment of military resources to Belarus.", None, "2022-01-20",
     {("RUS", "BLR"): "material_conflict"}, []),
    ("Syria demands the return of the Golan by Israel.", None, "1999-05-01", {("SYR", "ISR"): "verbal_conflict"}, []),
    # (stop 32) an epithet denounces the state it names, from the clause's subject, not the regime's own act
    ("We must bear in mind that what the racist Government in South Africa calls reforms are mere form.", "EGY",
     "1989-09-20", {("EGY", "ZAF"): "verbal_conflict"}, [("ZAF", "EGY")]),
    ("Egypt will never accept the policies of the racist regime of Pretoria.", None, "1985-09-20",
     {("EGY", "ZAF"): "verbal_conflict"}, []),
    ("Zimbabwe and Zambia are threatened by South Africa's racist regime.", None, "1985-09-20",
     {("ZAF", "ZWE"): "verbal_conflict"}, [("ZWE", "ZAF"), ("ZMB", "ZAF")]),
], ids=["invasion-of-by", "occupation-of-by", "aggression-against-by", "seizure-of-its-by", "undermined-efforts",
        "refusing-cooperation", "rejected-any-talks", "deployment-of-efforts", "come-talk-to-us",
        "intervention-on-demand", "attitude-to-the-deal", "clash-with-the-law", "viewpoint-to-offer",
        "clashed-with-each-other", "condemned-by-after-a-verb", "recognized-that-state", "withdraw-then-negotiate",
        "bombing-of-its-embassy-by", "soldiers-clashed-with", "undermined-sanctions", "military-resources",
        "golan-by-israel", "racist-government-in", "racist-regime-of-capital", "epithet-is-no-act"])
def test_un_speech_rules_of_stop_31(text, speaker, date, expected, absent):
    _assert_pairs(text, expected, absent, date=date, speaker=speaker)


def test_the_two_countries_include_the_united_states():
    """'The two countries' read as the USA and a partner is the USA acting (its id once clashed with the US states')."""
    got = _article_pairs("", "Cuba and the United States met on Monday. The two countries signed a trade "
                             "agreement.", date="2015-07-20")
    ev = _article_events("Cuba and the United States met on Monday. The two countries signed a trade agreement.",
                         "2015-07-20")
    assert {("CUB", "USA"), ("USA", "CUB")} <= set(zip(ev.loc[ev["sentence_id"] == 1, "source"],
                                                      ev.loc[ev["sentence_id"] == 1, "target"]))
    assert got[("CUB", "USA")][0] == "cooperative"
    # a US state is still only a place
    _assert_pairs("Texas sued Mexico over water deliveries.", {}, [("USA", "MEX")], date="2005-01-01")


@pytest.mark.parametrize("text, expected, absent", [
    # ", saying he ...": the pronoun is the clause's subject, not the last name read (a dateline before it)
    ("CARACAS (Reuters) - Venezuelan President Hugo Chavez gave the U.S. ambassador 72 hours to leave on "
     "Thursday, saying he was acting in solidarity with Bolivia.",
     {("VEN", "BOL"): "verbal_cooperation", ("VEN", "USA"): "material_conflict"}, [("USA", "BOL")]),
    # "injured" before the hurt people describes them
    ("The Dominican Republic opened its border crossings to aid convoys and injured Haitians on Thursday.", {},
     [("DOM", "HTI")]),
    ("Israeli troops injured three Palestinian protesters.", {("ISR", "PSE"): "material_conflict"}, []),
    # troops a peace body sends are a mission, unless they are sent against a junta
    ("The African Union said it would send about 3,000 more troops to Darfur after Khartoum dropped its "
     "objections.", {("AU", "SDN"): "material_cooperation"}, []),
    ("ECOWAS ordered a standby force sent to Niger after the coup.", {}, [("ECOWAS", "NER")]),
    ("Russia has massed troops near Ukraine's borders, the EU's foreign policy chief said, calling it the "
     "largest Russian military deployment there ever.", {("EU", "RUS"): "material_conflict"}, []),
], ids=["saying-he", "injured-people", "troops-injured", "peace-body-troops", "standby-force-after-coup",
        "another-state's-deployment"])
def test_wire_rules_of_challenge8(text, expected, absent):
    _assert_pairs(text, expected, absent, date="2008-09-11")


@pytest.mark.parametrize("text, date, expected, absent", [
    # a day between a refusal and its verb changes nothing
    ("Turkey's parliament failed on Saturday to approve the deployment of 62,000 U.S. troops.", "2003-03-01",
     {("TUR", "USA"): "verbal_conflict"}, []),
    # a headline verb after a comma shares the first verb's subject; a headline's "as" opens a clause
    ("Russia Freezes NATO Ties, Condemns Strikes on Yugoslavia", "1999-03-25", {("RUS", "SRB"): "verbal_cooperation"},
     [("NATO", "SRB")]),
    ("Armenia, Azerbaijan Trade Blame as Moscow Truce Takes Effect", "2020-10-10",
     {("ARM", "AZE"): "verbal_conflict"}, [("ARM", "RUS"), ("RUS", "AZE")]),
    # fighting on a state's side is military cooperation
    ("Museveni said his army would fight alongside South Sudan.", "2012-04-24",
     {("UGA", "SSD"): "verbal_cooperation"}, []),
    # letting foreign monitors in is cooperation with their state
    ("Thailand and Cambodia let Indonesian military observers monitor their border.", "2011-02-22",
     {("THA", "IDN"): "material_cooperation", ("KHM", "IDN"): "material_cooperation"}, []),
    ("Iran allowed IAEA inspectors to visit the Parchin site.", "2015-09-20", {("IRN", "IAEA"): "material_cooperation"},
     []),
    # a name after the reporter's verb is in the reporting clause, not the act's object
    ("Artillery duels between Thailand and Cambodia killed ten people, Indonesia's foreign minister said after "
     "a meeting of ASEAN ministers.", "2011-02-22", {}, [("THA", "ASEAN"), ("KHM", "ASEAN")]),
    # troops sent to a base in a friend's land as a show of support help it, and approving them is no hostility
    ("Turkey's parliament approved the deployment of troops to a base in Qatar, a show of support for Doha.",
     "2017-06-07", {("TUR", "QAT"): "material_cooperation"}, []),
    # destroying a state's forces is an attack; destroying one's own stockpile is not
    ("French forces wiped out Ivory Coast's small air force.", "2004-11-06", {("FRA", "CIV"): "material_conflict"},
     []),
    ("Syria agreed to destroy its chemical weapons under a deal between Russia and the United States.",
     "2013-09-14", {}, [("SYR", "RUS"), ("SYR", "USA")]),
    ("Koizumi said half of the money would go to Indonesia and Sri Lanka, where whole coastal towns were wiped "
     "out.", "2004-12-31", {}, [("JPN", "IDN"), ("JPN", "LKA")]),
    # "those behind" an attack are unnamed; working alongside is cooperation
    ("Australian police will work alongside Indonesian investigators to track down those behind Saturday's "
     "nightclub bombings in Bali.", "2002-10-15",
     {("AUS", "IDN"): "verbal_cooperation", ("IDN", "AUS"): "verbal_cooperation"}, []),
], ids=["failed-on-a-day-to", "headline-comma-verb", "headline-as-clause", "fight-alongside", "let-observers-in",
        "allowed-inspectors-to-visit", "name-in-reporting-clause", "show-of-support-base", "wiped-out", "destroy-own-stockpile",
        "wiped-out-no-agent", "those-behind-work-alongside"])
def test_wire_rules_of_challenge9(text, date, expected, absent):
    _assert_pairs(text, expected, absent, date=date)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # a second reader's cases against this stop's rules (helper session, 269 sentences of its own)
    ("Eritrea called Ethiopia's government an illegitimate regime and rejected any talks on the border.", None,
     "2003-09-22", {("ERI", "ETH"): "verbal_conflict"}, [("ETH", "ERI")]),
    ("Mali's junta called France a colonial regime and expelled its ambassador.", None, "2022-01-31",
     {("MLI", "FRA"): "material_conflict"}, [("FRA", "MLI")]),
    ("Iran freed a British-Iranian aid worker, saying she had served her sentence, and Britain welcomed the move.",
     None, "2022-03-16", {("GBR", "IRN"): "verbal_cooperation"}, []),
    ("Iran Seizes Tanker Known as Stena Impero, Britain Protests", None, "2019-07-19",
     {("GBR", "IRN"): "verbal_conflict"}, [("IRN", "GBR")]),
    ("Turkey Downs Russian Jet, Moscow Vows Retaliation", None, "2015-11-24", {("RUS", "TUR"): "verbal_conflict"},
     [("TUR", "RUS")]),
    ("Israel Strikes Gaza, Hamas Fires Rockets", None, "2021-05-11",
     {("HAMAS", "ISR"): "material_conflict", ("ISR", "PSE"): "material_conflict"}, [("ISR", "ISR")]),
    ("U.S. Names Cuba as State Sponsor of Terrorism", None, "2021-01-11", {("CUB", "USA"): "verbal_conflict"}, []),
    ("Iraq's army was all but wiped out in Mosul as Islamic State fighters overran the city.", None, "2014-06-10",
     {}, [("IRQ", "ISIS")]),
    ("ECOWAS sent 7,000 troops into Gambia on Thursday to force Yahya Jammeh to hand over power.", None,
     "2017-01-19", {("ECOWAS", "GMB"): "material_conflict"}, []),
    ("Pakistan will send about 1,000 more soldiers to Saudi Arabia on a training and advisory mission.", None,
     "2018-02-16", {("PAK", "SAU"): "material_cooperation"}, []),
    ("Kenya destroyed 105 tonnes of ivory seized from smugglers.", None, "2016-04-30", {}, [("KEN", "CHN")]),
    # the Assembly a speech addresses is named, but is no party to the acts around it
    ("Pakistan calls upon this Assembly to hold India accountable for its brutal occupation of Kashmir.", "PAK",
     "2019-09-27", {}, [("PAK", "UN")]),
    ("We ask this Assembly once again to demand an end to the blockade imposed by the United States.", "CUB",
     "1995-10-24", {("CUB", "USA"): "verbal_conflict"}, [("UN", "USA")]),
    # "that brotherly country" after two states joined by "and" is no one in particular
    ("Senegal welcomes the return of peace in Guinea-Bissau and Sierra Leone, and we will continue to support "
     "that brotherly country.", "SEN", "2000-09-13", {("SEN", "GNB"): "verbal_cooperation"}, [("SLE", "SEN")]),
], ids=["epithet-inside-name-calling", "colonial-regime-name-calling", "and-britain-welcomed", "headline-new-subject",
        "headline-new-subject-2", "headline-two-clauses", "as-before-a-noun", "all-but-wiped-out", "to-force",
        "training-mission", "seized-ivory", "calls-upon-this-assembly", "ask-this-assembly", "brotherly-of-two"])
def test_second_reader_cases_of_stop_32(text, speaker, date, expected, absent):
    _assert_pairs(text, expected, absent, date=date, speaker=speaker)


def _chunk_pairs(title, text, date):
    """article_dyads of one article run through the whole chunk step, and {pair: stance}."""
    from helpers import pipeline
    arts = pd.DataFrame({"article_id": ["s"], "date": [pd.Timestamp(date)], "title": [title], "text": [text]})
    out = pipeline.process_chunk(arts)
    ad = out["article_dyads"]
    return out, ad, {(a, b): st for a, b, st in zip(ad["country_a"], ad["country_b"], ad["stance"])}


# ---- sports reports: states are teams, not parties (stop 33)
@pytest.mark.parametrize("title,text", [
    ("Hosts stun holders", "Portugal beat Spain 3-1 on Saturday to reach the quarterfinals of the regional "
     "tournament. Coach Luis Ferro welcomed the result and thanked the fans."),
    ("Late surge hands Kenya the relay gold", "Kenya's quartet fought off Ethiopia in the last lap of the 4x400 "
     "relay final to seize gold. The Ethiopian coach lodged a complaint over a lane change."),
    ("Cricket: tourists in control", "Sri Lanka reached 288 for four at stumps on the second day of the first Test "
     "against Bangladesh, whose bowlers struggled on a flat pitch."),
    ("Germany signs Brazilian midfielder", "Bundesliga side Werder signed Brazil's Diego on a four-year deal after "
     "the playmaker scored twice in the Champions League."),
], ids=["football-score", "relay-final", "cricket-test", "transfer"])
def test_a_sports_report_gives_no_state_stance(title, text):
    from helpers.stance import sports_report
    out, ad, _ = _chunk_pairs(title, text, "2006-06-10")
    assert sports_report(out["sentences"]["text"].tolist())
    assert (ad["stance"] == "neutral").all(), ad[["country_a", "country_b", "stance", "cues", "basis"]]


@pytest.mark.parametrize("title,text,pair,stance", [
    # an act off the field stays an act, even inside a sports story
    ("Olympic boycott", "Morocco boycotted the Games in protest against New Zealand's rugby tour, and the team "
     "flew home before the opening ceremony.", ("MAR", "NZL"), "hostile"),
    # a story of state affairs with a game's words in it is no sports report
    ("Ministers agree border deal", "Peru and Chile signed a border agreement on Monday, a victory for both "
     "governments after talks that ran to a final round in Lima.", ("CHL", "PER"), "cooperative"),
    ("Japan to deport ex-champion", "Japan issued a deportation order against the former chess champion, "
     "who is wanted in the United States, and Washington thanked Tokyo for its help.", ("JPN", "USA"), "cooperative"),
], ids=["boycott", "affairs-with-game-words", "chess-champion-deported"])
def test_off_field_acts_and_affairs_keep_their_stance(title, text, pair, stance):
    _, ad, got = _chunk_pairs(title, text, "1976-07-10")
    assert got.get(pair) == stance, ad[["country_a", "country_b", "stance", "cues", "basis"]]


@pytest.mark.parametrize("texts,expected", [
    (["Dodgers Edge Giants 3-2", "Shawn Green homered in the ninth inning."], True),
    (["Brazil Beat U.S. for Gold", "Brazil won the Olympic final 2-1 in extra time."], True),
    (["Sprint and Nextel agree merger", "Sprint Corp. said the deal would close next year."], False),
    (["Court upholds 5-4 ruling", "The Supreme Court ruled 5-4 that the law stands, a victory for the government."],
     False),
    (["Olympic Airlines jet diverted", "An Olympic Airlines flight from Athens was diverted after a bomb alert."],
     False),
], ids=["baseball", "olympic-final", "firm-named-sprint", "court-vote", "airline"])
def test_sports_report_reads_games_not_words_of_games(texts, expected):
    from helpers.stance import sports_report
    assert sports_report(texts) is expected


def test_a_leaders_act_in_a_sports_report_stays_an_act():
    _, _, got = _chunk_pairs("Debutants Stun Holders In Opener",
                             "Senegal beat France 1-0 in the opening match of the tournament, scoring the only "
                             "goal in the 30th minute. French President Jacques Chirac telephoned President "
                             "Abdoulaye Wade to congratulate him on the victory. France must now beat Uruguay "
                             "to keep their title.", "2002-06-01")
    assert got.get(("FRA", "SEN")) == "cooperative" and got.get(("FRA", "URY")) == "neutral", got


# ---- market reports: states as markets, producers and homes of firms (stop 33)
@pytest.mark.parametrize("title,text", [
    ("Crude Climbs on Supply Worries", "Oil prices rose above $52 a barrel on Tuesday as traders worried about "
     "supply from Nigeria, while strong demand from China and the United States kept futures near a record."),
    ("UK Agency Group Buys US Rival", "London-based advertising group Meridian Plc said it would buy US agency "
     "Halcott Inc. for $1.2 billion in cash, its biggest acquisition, and analysts said the shares were cheap."),
], ids=["oil-prices", "cross-border-takeover"])
def test_a_market_report_gives_no_state_stance_without_a_cue(title, text):
    from helpers.stance import market_report
    out, ad, _ = _chunk_pairs(title, text, "2004-10-12")
    assert market_report(out["sentences"]["text"].tolist())
    assert len(ad) and (ad["stance"] == "neutral").all(), ad[["country_a", "country_b", "stance", "cues", "basis"]]


@pytest.mark.parametrize("title,text,pair,stance", [
    # a cue in market copy still links its states
    ("Steel Shares Fall as US Hits Brazil With Tariffs", "Shares of steelmakers fell on Friday after the United "
     "States imposed tariffs on Brazilian steel, and analysts expected lower quarterly profits.",
     ("BRA", "USA"), "hostile"),
    # a summit story with a line on shares is no market report
    ("Gulf Rivals Reconcile At Summit", "Saudi Arabia's crown prince embraced the emir of Qatar at a summit on "
     "Tuesday, and leaders signed a declaration ending the blockade. Shares of airlines rose and analysts "
     "said trade would recover.", ("QAT", "SAU"), "cooperative"),
], ids=["tariffs-in-market-copy", "summit-with-shares"])
def test_cued_acts_and_affairs_survive_market_words(title, text, pair, stance):
    _, ad, got = _chunk_pairs(title, text, "2021-01-05")
    assert got.get(pair) == stance, ad[["country_a", "country_b", "stance", "cues", "basis"]]


# ---- a state named as a firm's home is no party (stop 33)
@pytest.mark.parametrize("text", [
    "U.S. network equipment maker Halvern Inc. agreed to acquire German software vendor Tessmann for $400 million.",
    "Japan's largest mobile phone operator and a major British carrier reached an agreement on roaming charges.",
    "China's Hualong Group signed a deal to buy the personal computer unit of a US technology company.",
], ids=["maker-buys-vendor", "operator-and-carrier", "possessive-group"])
def test_a_firms_home_state_is_no_party(text):
    ev = _events(text, date="2004-12-08")
    assert set(ev["event_class"]) <= {"neutral"}, ev[["source", "target", "event_class", "cue"]]


@pytest.mark.parametrize("text,pair", [
    # a state's own firm acts for it; policy makers are officials
    ("Russia's state-owned gas company halted deliveries to Ukraine after talks on prices collapsed, and "
     "Ukraine accused Russia of blackmail.", ("UKR", "RUS")),
    ("Israeli policy makers rejected the Palestinian proposal on Sunday.", ("ISR", "PSE")),
], ids=["state-owned-firm", "policy-makers"])
def test_state_firms_and_policy_makers_still_act(text, pair):
    ev = _events(text, date="2006-01-02")
    acts = ev[ev["event_class"] != "neutral"]
    assert ((acts["source"] == pair[0]) & (acts["target"] == pair[1])).any(), ev[["source", "target", "cue"]]


# ---- second reader of stop 33: acts that must survive the sports and firm rules
@pytest.mark.parametrize("title,text,date,pair,stance", [
    ("Doping row overshadows Games", "Moscow accused Washington of staging the doping affair to humiliate Russian "
     "athletes before the Olympic Games, where the American team won 40 gold medals.", "2016-08-10",
     ("RUS", "USA"), "hostile"),
    ("US wrestlers in Tehran", "Tehran welcomed an American wrestling team for the freestyle world cup in a gesture "
     "of goodwill toward the United States. Iran's wrestlers beat the visitors 6-2.", "2017-02-16",
     ("IRN", "USA"), "cooperative"),
    ("Swim row", "China's foreign ministry lodged a protest with Canberra after an Australian swimmer called his "
     "Chinese rival a drug cheat at the Olympic pool.", "2016-08-08", ("AUS", "CHN"), "hostile"),
    ("Carriers sail", "The United States sent two aircraft carriers toward the strait and warned China against "
     "further missile tests.", "1996-03-10", ("CHN", "USA"), "hostile"),
    ("Arms deal", "Russia, India's biggest arms maker for decades, agreed to deliver five missile systems to New "
     "Delhi.", "2018-10-05", ("IND", "RUS"), "cooperative"),
    ("Assets frozen", "The European Union froze the assets of Russia's central bank.", "2022-02-28",
     ("EU", "RUS"), "hostile"),
], ids=["capital-accuses-in-sports", "goodwill-gesture-in-sports", "ministry-protest-in-sports",
        "verb-before-carriers", "apposition-maker", "central-bank"])
def test_state_acts_survive_the_sports_and_firm_rules(title, text, date, pair, stance):
    _, ad, got = _chunk_pairs(title, text, date)
    assert got.get(pair) == stance, ad[["country_a", "country_b", "stance", "cues", "basis"]]


def test_native_peoples_and_a_firm_nationality_give_no_state_act():
    _, ad, _ = _chunk_pairs("Verdict", "Ecuadorean Indians suing a U.S. oil company won a judgment of 9 billion "
                            "dollars.", "2011-02-15")
    assert (ad["stance"] == "neutral").all(), ad[["country_a", "country_b", "stance", "cues", "basis"]]


@pytest.mark.parametrize("text, date, expected, absent", [
    # EU competition law: "state aid" is a subsidy a state gives its own firms, no gift to another state
    ("The European Commission ordered Greece's Olympic Airlines to repay illegal state aid.", "2004-12-14",
     set(), {("EU", "GRC", "material_cooperation"), ("GRC", "EU", "material_cooperation")}),
    ("Germany and France traded charges over state aid to carmakers.", "2004-10-01",
     {("DEU", "FRA", "verbal_conflict"), ("FRA", "DEU", "verbal_conflict")},
     {("DEU", "FRA", "material_cooperation")}),
    # aid from a state to another is still aid
    ("Japan sent aid to Indonesia after the tsunami.", "2005-01-03",
     {("JPN", "IDN", "material_cooperation")}, set()),
])
def test_state_aid_is_a_subsidy_and_traded_charges_are_mutual_criticism(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def _speech_acts(text, speaker, date):
    """(source, target, class) of one speech sentence, its speaker's "we" and "my country" resolved."""
    ev = explain_sentence(text, date=date, speaker=speaker)
    return _acts(ev)


def _check_speech_acts(text, speaker, date, expected, absent):
    """Every (source, target, class) of ``expected`` is read from the speech sentence, none of ``absent``."""
    got = _speech_acts(text, speaker, date)
    assert expected <= got and not (absent & got), got


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # partners joined by "along with", "together with", "alongside" act together, like "and"
    ("My country, along with the United Arab Emirates, the Kingdom of Bahrain and the Arab Republic of Egypt, "
     "has broken off all contacts with the State of Qatar, a State that continues to support terrorism.",
     "SAU", "2018-09-28",
     {("SAU", "QAT", "material_conflict"), ("ARE", "QAT", "material_conflict"), ("EGY", "QAT", "material_conflict")},
     {("SAU", "ARE", "verbal_conflict"), ("SAU", "QAT", "verbal_cooperation")}),
    ("Britain, together with the United States, attacked Iraq.", None, "2003-03-21",
     {("GBR", "IRQ", "material_conflict"), ("USA", "IRQ", "material_conflict")}, set()),
    # condemning a terrorist attack on a state is sympathy with it, as for any attack
    ("We also condemn the terrorist attacks targeting the national security of the Kingdom of Saudi Arabia.",
     "MRT", "2019-09-25", {("MRT", "SAU", "verbal_cooperation")}, {("MRT", "SAU", "verbal_conflict")}),
    # ... but with the attacker named after "by", the condemnation is aimed at it
    ("Jordan condemned the terrorist attack by Hamas on Israel.", None, "2019-09-25",
     {("JOR", "HAMAS", "verbal_conflict")}, {("JOR", "ISR", "verbal_conflict")}),
    # a strained mood eased is no hostility
    ("The monitoring techniques in Sinai have lessened mistrust between Israel and Egypt.", "GBR", "1977-09-28",
     set(), {("ISR", "EGY", "verbal_conflict"), ("EGY", "ISR", "verbal_conflict")}),
    ("We will continue to act through the United Nations, seeking to reduce international tensions.", "LBN",
     "1960-09-28", set(), {("LBN", "UN", "verbal_conflict")}),
    ("Tensions between India and Pakistan rose after the raid.", None, "2019-02-20",
     {("IND", "PAK", "verbal_conflict")}, set()),
    # support whose giver is unnamed links no one named
    ("Libya has eliminated ISIS thanks to the sacrifices of its people and the support of the international "
     "community.", "LBY", "2024-09-25", set(), {("ISIS", "LBY", "verbal_cooperation")}),
    # "and to <verb>": a second predicate of the same subject
    ("The Government of the Republic of Tunisia has decided to break off diplomatic relations with Portugal and to "
     "recognize the Government of Angola in exile.", "TUN", "1963-09-28",
     {("TUN", "PRT", "material_conflict"), ("TUN", "AGO", "verbal_cooperation")},
     {("PRT", "AGO", "verbal_cooperation")}),
    # a deal talked about is no deal made here
    ("That is exactly what they said about the nuclear deal with North Korea, and we all know how that turned out.",
     "ISR", "2017-09-19", set(), {("ISR", "PRK", "verbal_cooperation"), ("PRK", "ISR", "verbal_cooperation")}),
    ("Anyone who needs proof of the failure of the nuclear deal should look to the Iranian regime in Syria.",
     "SAU", "2019-09-25", set(), {("IRN", "SYR", "verbal_cooperation")}),
    ("Iran and the United States signed the nuclear deal.", None, "2015-07-14",
     {("IRN", "USA", "verbal_cooperation")}, set()),
    # acts referred back to ("such attacks") are no one's act in this sentence
    ("The Kingdom of Morocco shares the Organization's concern about such attacks and requests that the "
     "Secretariat take measures.", "MAR", "2017-09-20", set(), {("UN", "MAR", "material_conflict")}),
])
def test_speech_constructions_of_the_second_un_development_set(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("title, text, date, pair, stance", [
    # a takeover between firms named by their home states' possessives is no relation of the states
    ("Vodafone wins Mannesmann", "Britain's Vodafone won control of Germany's Mannesmann on Friday after a "
     "three-month battle, creating the world's largest mobile phone operator.", "2000-02-04",
     ("DEU", "GBR"), "neutral"),
    ("Tata buys Corus", "India's Tata bought Britain's Corus for 12 billion dollars on Saturday.", "2007-01-31",
     ("GBR", "IND"), "neutral"),
    # a person after the possessive has a mention of its own, and a takeover word elsewhere changes nothing
    ("Leaders meet", "China's Hu praised Brazil's Lula after the acquisition of the port.", "2004-11-12",
     ("BRA", "CHN"), "cooperative"),
])
def test_takeovers_between_firms_named_by_their_home_states(title, text, date, pair, stance):
    _, _, pairs = _chunk_pairs(title, text, date)
    assert pairs.get(pair) == stance


@pytest.mark.parametrize("title, text, date, pair, stance", [
    # an article that names its states only as markets and places, with no word of state affairs, tells no
    # relation between them (stop 34, from the ninth AG News development set)
    ("Starter edition reaches Russia", "The software maker's pilot program for a cheap Windows edition has "
     "expanded to a fourth country, Russia, which joins Thailand, Malaysia and Indonesia.", "2004-10-11",
     ("MYS", "THA"), "neutral"),
    ("Airline eyes new routes", "Yesterday Vietnam, today Asia, tomorrow the United States: the national carrier "
     "has grown so fast that it is now eyeing the huge American market.", "2004-12-10", ("USA", "VNM"), "neutral"),
    # a state's word in the article keeps the pair's tone: rockets fired, a minister
    ("Rockets hit Negev", "Two rockets fired from the northern Gaza Strip landed in the western Negev, Israel, "
     "causing damage to a home.", "2004-09-25", ("ISR", "PSE"), "hostile"),
    # "-based", "-listed": a firm's home, not its state
    ("WPP wins Grey", "UK-based advertising giant WPP Group says it has won the bidding to acquire US agency Grey "
     "Global.", "2004-09-13", ("GBR", "USA"), "neutral"),
    ("Airbus and Boeing", "A decades-long struggle escalated into a trade war between the United States and "
     "Europe, just as France-based Airbus stepped up plans to challenge Boeing.", "2004-10-07",
     ("FRA", "USA"), "neutral"),
    # states named where a firms' deal applies are no parties to it
    ("DoCoMo deal", "Japan's top cell phone operator NTT DoCoMo Inc. and British mobile carrier mm02 plc reached an "
     "agreement that will allow users in Britain, Germany, and Ireland to surf the Internet.", "2004-10-05",
     ("DEU", "GBR"), "neutral"),
])
def test_commercial_copy_tells_no_relation_between_states(title, text, date, pair, stance):
    _, _, pairs = _chunk_pairs(title, text, date)
    assert pairs.get(pair) == stance


def test_tells_state_affairs_reads_every_sentence_and_the_title():
    from helpers.stance import tells_state_affairs
    assert not tells_state_affairs(["Pilot adds Russia", "It now runs in Thailand, Malaysia and Indonesia."])
    assert tells_state_affairs(["Pilot adds Russia", "The trade minister welcomed it in Bangkok."])
    assert tells_state_affairs(["Two rockets hit the Negev", "They came from Gaza."])


def test_report_kinds_counts_an_article_with_a_leader_as_state_affairs():
    from helpers.stance import report_kinds
    sents = pd.DataFrame({"article_id": ["a", "a", "b", "b"], "sentence_id": [0, 1, 0, 1],
                          "text": ["Putin meets Koizumi", "They spoke in Moscow.",
                                   "Chip sales rise", "Sales grew in Japan and Russia."]})
    mentions = pd.DataFrame({"article_id": ["a", "a", "b", "b"], "kind": ["person", "person", "country", "country"]})
    _, commerce = report_kinds(sents, mentions)
    assert commerce == {"b"}
    # without mentions only market reports count (neither is one)
    assert report_kinds(sents)[1] == set()


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # "national rights" are the nation's, not a private national's
    ("The Government of Jordan hopes for a settlement that will fulfil Indonesian national rights in that area.",
     "JOR", "1958-10-01", set(), set()),
    ("Saudi Arabia freed a Jordanian national on Monday.", None, "2008-10-01",
     {("SAU", "JOR", "material_cooperation")}, set()),
])
def test_national_rights_are_the_nations(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


def test_indonesian_national_rights_let_jordan_relate_to_indonesia():
    from helpers.stance import can_act
    s = "The Government of Jordan hopes that a settlement will fulfil Indonesian national rights in that area."
    i = s.index("Indonesian")
    assert can_act(s, i, i + len("Indonesian"), "demonym")
    s2 = "Police detained an Indonesian national at the airport."
    j = s2.index("Indonesian")
    assert not can_act(s2, j, j + len("Indonesian"), "demonym")


@pytest.mark.parametrize("text, date, expected, absent", [
    # the second reader's regressions of stop 34, mended: mutual charges "of" something stay mutual hostility
    ("Armenia and Azerbaijan traded accusations of breaking the ceasefire in Nagorno-Karabakh.", "2020-10-01",
     {("ARM", "AZE", "verbal_conflict"), ("AZE", "ARM", "verbal_conflict")},
     {("ARM", "AZE", "material_cooperation")}),
    # condemning a named attacker is aimed at it; the victim gets no sympathy unless it is stated (CODEBOOK,
    # "Victims"), and the attack stays the attacker's
    ("Lithuania condemned Russia's attack on Ukraine.", "2022-02-24",
     {("LTU", "RUS", "verbal_conflict"), ("RUS", "UKR", "material_conflict")},
     {("LTU", "UKR", "verbal_conflict")}),
])
def test_second_reader_of_stop_34(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("title, text, date, pair, stance", [
    # forces based in a host state are the host's guests, not a firm's home
    ("Marines fly aid", "Japan-based US Marines began flying food and water to cyclone survivors in Bangladesh, "
     "the US embassy in Dhaka said.", "1991-05-12", ("JPN", "USA"), "cooperative"),
    ("Allied jets patrol", "Turkey-based American and British jets flew patrols over northern Iraq on Friday to "
     "enforce the no-fly zone.", "1996-09-06", ("TUR", "USA"), "cooperative"),
])
def test_forces_based_in_a_host_state_are_no_firm(title, text, date, pair, stance):
    _, _, pairs = _chunk_pairs(title, text, date)
    assert pairs.get(pair) == stance


def test_a_group_based_in_a_state_beside_another_states_military_is_no_state():
    # "the Lebanon-based group and the Israeli military said": the head after "-based" is "group"
    _, _, pairs = _chunk_pairs("Hezbollah flies unmanned plane over Israel",
                               "Hezbollah sent an unmanned reconnaissance plane over Israeli airspace Sunday, the "
                               "Lebanon-based group and the Israeli military said.", "2004-11-07")
    assert pairs.get(("ISR", "LBN")) == "neutral"
    assert pairs.get(("HEZBOLLAH", "ISR")) == "hostile"


@pytest.mark.parametrize("text, date, expected, absent", [
    # a measure taken "over" what one state did is aimed at that state when no other party is named
    ("The US imposed sanctions over Russia's annexation of Crimea.", "2014-03-20",
     {("USA", "RUS", "material_conflict")}, set()),
    ("China protested over Japan's textbook revisions.", "2005-04-06", {("CHN", "JPN", "verbal_conflict")}, set()),
    ("Turkey suspended military agreements over Israel's refusal to apologise.", "2011-09-02",
     {("TUR", "ISR", "verbal_conflict")}, {("ISR", "TUR", "verbal_cooperation")}),
    # ... but a named party still takes it, and the topic state none
    ("Turkey cut ties with Qatar over Iran's nuclear programme.", "2017-06-05",
     {("TUR", "QAT", "material_conflict")}, {("TUR", "IRN", "material_conflict")}),
    # "X joined/followed Y in <act>": the joiner acts too, at Y's side
    ("Bahrain and Egypt followed Saudi Arabia in cutting ties with Qatar.", "2017-06-05",
     {("BHR", "QAT", "material_conflict"), ("EGY", "QAT", "material_conflict"), ("SAU", "QAT", "material_conflict"),
      ("BHR", "SAU", "material_cooperation")}, {("BHR", "EGY", "material_conflict")}),
    ("Japan joined the United States in imposing sanctions on North Korea.", "2006-10-15",
     {("JPN", "PRK", "material_conflict"), ("JPN", "USA", "material_cooperation")}, set()),
    ("Russia joined Iran in condemning the strike.", "2018-04-14",
     {("RUS", "IRN", "material_cooperation")}, {("IRN", "RUS", "verbal_cooperation")}),
])
def test_topics_with_a_possessive_and_joining_another_state(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, place", [
    ("The presidents of Bosnia, Serbia and Croatia initialled a peace agreement in Dayton, Ohio.", "Ohio"),
    ("Leaders met at Sharm el-Sheikh, Egypt, on Monday to sign the accord.", "Egypt"),
    ("The talks in Rio de Janeiro, Brazil, ended without a deal.", "Brazil"),
])
def test_the_state_after_a_venue_town_is_an_address(text, place):
    from helpers.stance import can_act
    i = text.index(place)
    assert not can_act(text, i, i + len(place), "country")


def test_a_state_after_a_place_and_a_comma_can_still_act():
    from helpers.stance import can_act
    for text, name in [("In Washington, China's envoy said talks would resume.", "China"),
                       ("In Beijing, China protested against the sale.", "China")]:
        i = text.index(name)
        assert can_act(text, i, i + len(name), "country")


def test_joining_an_organisation_long_ago_is_no_shared_act():
    _check_acts("Myanmar, also known as Burma, joined ASEAN in 1997.", "2007-09-27", set(),
                {("MMR", "ASEAN", "material_cooperation"), ("ASEAN", "MMR", "material_cooperation")})


@pytest.mark.parametrize("text, date, expected, absent", [
    # approving a ruling or resolution "against" a state is hostility toward that state
    ("Philippine Foreign Secretary Perfecto Yasay welcomed the tribunal's ruling against China's claims in the "
     "South China Sea.", "2016-07-12", {("PHL", "CHN", "verbal_conflict")}, {("PHL", "CHN", "verbal_cooperation")}),
    ("Manila welcomed the ruling against China's claims.", "2016-07-12", {("PHL", "CHN", "verbal_conflict")}, set()),
])
def test_approving_a_ruling_against_a_state(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_an_armed_group_is_no_unnamed_side_of_diplomatic_ties():
    _check_acts("Colombia's President Alvaro Uribe apologised to Ecuador for the raid on a FARC camp but Quito cut "
                "diplomatic ties.", "2008-03-05", {("COL", "ECU", "verbal_cooperation")},
                {("ECU", "FARC", "material_conflict")})
    # (ties named with a movement stay: "Iran restored ties with Hamas")
    _check_acts("Iran restored ties with Hamas.", "2012-01-01", {("IRN", "HAMAS", "verbal_cooperation")}, set())


@pytest.mark.parametrize("text, date, expected, absent", [
    # troops sent to guard monitors or aid are on a mission, not an invasion
    ("Nigeria sent troops to Darfur to protect AU monitors.", "2004-07-30",
     {("NGA", "SDN", "material_cooperation")}, {("NGA", "SDN", "material_conflict")}),
    # a new clause after ", and" whose subject is a list of states, or a state after "the"
    ("Ukraine's Supreme Court annulled the runoff, and the United States and the EU welcomed the ruling.",
     "2004-12-05", {("USA", "UKR", "verbal_cooperation"), ("EU", "UKR", "verbal_cooperation")},
     {("UKR", "USA", "material_conflict"), ("UKR", "EU", "material_conflict")}),
    ("Russia attacked Georgia, and the United States condemned Moscow.", "2008-08-09",
     {("RUS", "GEO", "material_conflict"), ("USA", "RUS", "verbal_conflict")}, {("GEO", "RUS", "verbal_conflict")}),
])
def test_missions_to_protect_and_new_clauses_after_and_the(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected", [
    ("China appreciates the constructive role played by Pakistan in promoting regional peace.", "CHN", "2015-09-28",
     ("CHN", "PAK", "verbal_cooperation")),
    ("Pakistan continues to sponsor cross-border terrorism against India.", "IND", "1999-09-22",
     ("PAK", "IND", "verbal_conflict")),
    ("The so-called maximum pressure of the United States is economic terrorism against the Iranian nation.", "IRN",
     "2019-09-25", ("USA", "IRN", "verbal_conflict")),
])
def test_speech_forms_of_praise_and_charges_of_terrorism(text, speaker, date, expected):
    from helpers.stance import explain_sentence
    ev = explain_sentence(text, date=date, speaker=speaker)
    assert expected in set(zip(ev["source"], ev["target"], ev["event_class"]))


@pytest.mark.parametrize("text, date, absent", [
    # a city that names a bombing is where it struck, and an act named by an earlier year is history
    ("Libya paid compensation to victims of the Berlin bombing.", "2004-10-14",
     {("LBY", "DEU", "material_conflict"), ("DEU", "LBY", "material_conflict")}),
    ("Libya paid compensation to families of victims of the 1986 Berlin disco bombing, clearing the way for "
     "better ties with Germany.", "2004-10-14",
     {("LBY", "DEU", "material_conflict"), ("DEU", "LBY", "material_conflict")}),
])
def test_a_bombing_named_by_its_city_or_its_year(text, date, absent):
    _check_acts(text, date, set(), absent)


def test_talks_named_by_this_years_number_are_still_news():
    _check_acts("The 2004 talks between India and Pakistan ended in agreement.", "2004-10-14",
                {("IND", "PAK", "verbal_cooperation")}, {("IND", "PAK", "verbal_conflict")})
    # talks that "ended in agreement" undid nothing
    _check_acts("Talks between India and Pakistan ended in agreement.", "2004-10-14",
                {("IND", "PAK", "verbal_cooperation")}, {("IND", "PAK", "verbal_conflict")})
    # (and a capital before "attacks" in a headline is still the attacker)
    _check_acts("Moscow attacks Kiev", "2022-10-10", {("RUS", "UKR", "material_conflict")}, set())


@pytest.mark.parametrize("text, date, expected, absent", [
    # calling a state (or its leader) a threat or a tumour insults it; the threat is not the named state's act
    ("Bush called Iran a threat to world peace.", "2006-01-31", {("USA", "IRN", "verbal_conflict")},
     {("IRN", "USA", "verbal_conflict")}),
    ("Iran called Israel a cancerous tumour.", "2005-10-26", {("IRN", "ISR", "verbal_conflict")}, set()),
    ("Venezuelan Leader Chavez Calls Bush a Donkey", "2006-03-19", {("VEN", "USA", "verbal_conflict")}, set()),
])
def test_name_calling_with_a_threat_or_a_tumour(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # the noun "pressure" is the presser's: after "from" (with "under", "despite", "amid") and before "on"
    ("Syria came under pressure from Washington to seal its border with Iraq.", "2004-10-01",
     {("USA", "SYR", "verbal_conflict")}, {("SYR", "USA", "verbal_conflict"), ("SYR", "IRQ", "material_conflict")}),
    ("Iran said it would resume enrichment despite pressure from the United States.", "2004-10-01",
     {("USA", "IRN", "verbal_conflict")}, {("IRN", "USA", "verbal_conflict")}),
    ("US pressure on Syria grew after the bombing.", "2004-10-01", {("USA", "SYR", "verbal_conflict")}, set()),
    ("Japan went ahead amid protests from Beijing.", "2004-10-01", {("CHN", "JPN", "verbal_conflict")},
     {("JPN", "CHN", "verbal_conflict")}),
    # a market under pressure is nobody's act
    ("The yen came under pressure on Monday as Japan and China met.", "2004-10-01",
     {("JPN", "CHN", "verbal_cooperation")}, {("JPN", "CHN", "verbal_conflict"), ("CHN", "JPN", "verbal_conflict")}),
])
def test_pressure_is_the_pressers_act(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_a_war_named_by_a_past_decade_is_history():
    _check_acts("Serbia's president apologised to Croatia for crimes committed during the 1990s war.", "2004-10-01",
                {("SRB", "HRV", "verbal_cooperation")},
                {("HRV", "SRB", "material_conflict"), ("SRB", "HRV", "material_conflict")})


def test_a_dispute_taken_to_the_hague_is_no_act_toward_the_netherlands():
    ev = _article_events("Argentina threatened to take its dispute with Uruguay over the pulp mills to The Hague.",
                         "2006-01-10")
    assert "NLD" not in set(ev["source"]) | set(ev["target"])
    assert ("ARG", "URY", "verbal_conflict") in _acts(ev)


@pytest.mark.parametrize("text, date, expected, absent", [
    # weapons fired at a state, with counts and kinds between verb and weapon
    ("Iran launched hundreds of drones and missiles at Israel in its first direct attack.", "2024-04-14",
     {("IRN", "ISR", "material_conflict")}, set()),
    ("Hezbollah fired two volleys of Katyusha rockets into northern Israel.", "2006-07-14",
     {("HEZBOLLAH", "ISR", "material_conflict")}, set()),
    # ... but a barrage of criticism is no weapon
    ("The opposition launched a barrage of criticism at Japan and China.", "2005-04-10", set(),
     {("JPN", "CHN", "material_conflict"), ("CHN", "JPN", "material_conflict")}),
    # forces moving into another state's land; not when invited in
    ("Russian troops poured into Ukraine from the north, east and south.", "2022-02-24",
     {("RUS", "UKR", "material_conflict")}, set()),
    ("Russian tanks rolled into Georgia.", "2008-08-09", {("RUS", "GEO", "material_conflict")}, set()),
    ("French troops entered Mali at the request of the government in Bamako.", "2013-01-12", set(),
     {("FRA", "MLI", "material_conflict")}),
    # soldiers taken prisoner; "the captured soldiers" is who they are
    ("Hezbollah fighters captured two Israeli soldiers in a cross-border raid.", "2006-07-12",
     {("HEZBOLLAH", "ISR", "material_conflict")}, set()),
    ("Israel demanded the return of the captured soldiers from Lebanon.", "2006-07-13", set(),
     {("LBN", "ISR", "material_conflict"), ("ISR", "LBN", "material_conflict")}),
    # troops evicting another state's soldiers
    ("Spanish troops evicted Moroccan soldiers from the tiny islet of Perejil.", "2002-07-17",
     {("ESP", "MAR", "material_conflict")}, set()),
    # calling the other side's act robbery
    ("Putin signed a treaty absorbing Crimea into Russia, and Kiev called it robbery.", "2014-03-18",
     {("UKR", "RUS", "verbal_conflict")}, {("RUS", "UKR", "verbal_cooperation"), ("UKR", "RUS", "verbal_cooperation")}),
])
def test_gapped_attacks_incursions_captures_and_evictions(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_pressure_with_no_one_named_pressing_is_no_act():
    ev = _article_events("Thailand, under growing international pressure from conservationists, plans to move "
                         "the orangutans smuggled from Indonesia.", "2004-10-01")
    assert not (_acts(ev) & {("THA", "IDN", "verbal_conflict"), ("IDN", "THA", "verbal_conflict")})


def test_adverbs_inside_a_cue_phrase_and_before_a_second_predicate():
    # "called once again on": the adverbs do not break the phrase (the withdrawal is asked for, not done)
    _check_acts("Greece called once again on Turkey to withdraw its troops from Cyprus.", "1994-10-01",
                {("GRC", "TUR", "verbal_conflict")}, {("GRC", "CYP", "material_cooperation")})
    # "... invaded Kuwait and still occupies it": the second predicate is the invader's, not the victim's
    _check_acts("Iraq invaded Kuwait on 2 August and still occupies it.", "1990-10-01",
                {("IRQ", "KWT", "material_conflict")}, {("KWT", "IRQ", "material_conflict")})


@pytest.mark.parametrize("text, date, expected, absent", [
    # a headline's "Sign" before a paper with a word between
    ("Australia, Indonesia Sign Security Pact", "2006-11-13",
     {("AUS", "IDN", "verbal_cooperation"), ("IDN", "AUS", "verbal_cooperation")}, set()),
    ("Russia, Ukraine Sign Gas Deal", "2006-01-04", {("RUS", "UKR", "verbal_cooperation")}, set()),
    # observers sent, with "a team of election" between
    ("Canada will send a team of election monitors to Ukraine, the minister said.", "2004-11-01",
     {("CAN", "UKR", "verbal_cooperation")}, {("CAN", "UKR", "material_conflict")}),
    # plotting against, harbouring insurgents: told of one state by another
    ("Chavez Says U.S. Plotting Against Venezuela", "2004-10-01", {("VEN", "USA", "verbal_conflict")}, set()),
    ("Iraq Says Syria Harboring Insurgents", "2004-10-01", {("IRQ", "SYR", "verbal_conflict")}, set()),
])
def test_headline_signing_observers_plots_and_harbouring(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_a_counterpart_named_in_full_before_the_venue_is_the_one_met():
    # "his Azerbaijani counterpart Elmar Mammadyarov in Prague" is a person, not "his Gaza plan"
    _check_acts("Armenian Foreign Minister Vartan Oskanian met his Azerbaijani counterpart Elmar Mammadyarov "
                "in Prague.", "2004-10-01", {("ARM", "AZE", "verbal_cooperation")},
                {("ARM", "CZE", "verbal_cooperation")})


def test_a_seat_named_as_the_ground_of_a_ceremony_is_no_party():
    ev = _article_events("Israeli Prime Minister Yitzhak Rabin and PLO chairman Yasser Arafat shook hands on the "
                         "White House lawn after signing the accord.", "1993-09-13")
    assert "USA" not in set(ev["source"]) | set(ev["target"])


def test_and_then_a_state_and_a_verb_opens_a_new_clause_without_a_comma():
    _check_acts("Russia attacked Georgia and the United States condemned Moscow.", "2008-08-12",
                {("RUS", "GEO", "material_conflict"), ("USA", "RUS", "verbal_conflict")},
                {("RUS", "USA", "material_conflict"), ("GEO", "RUS", "verbal_conflict")})


@pytest.mark.parametrize("text, date, expected", [
    ("Thousands of Chinese demonstrators threw stones at the Japanese embassy, and Tokyo demanded an apology.",
     "2005-04-10", {("JPN", "CHN", "verbal_conflict")}),
    ("Rioters burned the Thai embassy in Phnom Penh, and Bangkok protested.", "2003-01-30",
     {("THA", "KHM", "verbal_conflict")}),
])
def test_a_protest_with_no_one_named_answers_the_clause_before(text, date, expected):
    _check_acts(text, date, expected, set())


def test_a_protest_aimed_at_a_named_state_keeps_its_target():
    # (the rule adds nothing when the protest names whom it is aimed at)
    _check_acts("Chinese protesters stoned the Japanese embassy, and Tokyo protested to Seoul.", "2005-04-10",
                {("JPN", "KOR", "verbal_conflict")}, {("JPN", "CHN", "verbal_conflict")})


@pytest.mark.parametrize("text, date, expected, absent", [
    # support given "against" a state is hostility toward it; the side backed keeps the support
    ("Iran backs Hezbollah against Israel.", "2006-07-20",
     {("IRN", "HEZBOLLAH", "verbal_cooperation"), ("IRN", "ISR", "verbal_conflict")}, set()),
    ("The United States backed Britain against Argentina in the Falklands war.", "1982-05-01",
     {("USA", "GBR", "verbal_cooperation"), ("USA", "ARG", "verbal_conflict")}, set()),
    ("France supported the rebels against Libya's government.", "2011-03-19",
     {("FRA", "LBY", "verbal_conflict")}, {("FRA", "LBY", "verbal_cooperation")}),
    ("Chile sided with Britain against Argentina in the Falklands war.", "1982-05-01",
     {("CHL", "GBR", "verbal_cooperation"), ("CHL", "ARG", "verbal_conflict")}, set()),
    # the body that wrote a resolution against a state is no target of the approval
    ("Japan backed the UN resolution against North Korea.", "2006-10-14",
     {("JPN", "PRK", "verbal_conflict")}, {("JPN", "UN", "verbal_conflict")}),
])
def test_siding_against_a_state(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_calling_on_a_head_of_state_is_a_courtesy_call_not_an_appeal():
    _check_acts("Pakistan army chief Gen. Asim Munir called on Saudi crown prince Mohammed bin Salman in Riyadh.",
                "2023-01-01", {("PAK", "SAU", "verbal_cooperation")}, {("PAK", "SAU", "verbal_conflict")})
    # "called on President Assad to step down" stays an appeal
    _check_acts("Britain called on President Assad to step down.", "2012-01-01",
                {("GBR", "SYR", "verbal_conflict")}, {("GBR", "SYR", "verbal_cooperation")})


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Mali Tells UN Peacekeepers to Leave 'Without Delay'", "2023-06-16", {("MLI", "UN", "material_conflict")},
     {("MLI", "UN", "material_cooperation"), ("UN", "MLI", "material_cooperation")}),
    ("Chad told the Sudanese ambassador to leave within 72 hours.", "2006-04-14",
     {("TCD", "SDN", "material_conflict")}, set()),
    # "told ... to go ahead" sends no one away
    ("France told Germany to go ahead with the vote.", "2004-10-01", set(), {("FRA", "DEU", "material_conflict")}),
])
def test_told_to_leave_is_an_expulsion(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # a request put to a state is an appeal, and what is asked for is not done
    ("Peru Formally Asks Japan To Extradite Fujimori", "2003-06-16", {("PER", "JPN", "verbal_cooperation")},
     {("JPN", "PER", "material_cooperation")}),
    ("Peru formally requested on Wednesday that Japan extradite former President Alberto Fujimori.", "2003-06-16",
     {("PER", "JPN", "verbal_cooperation")}, {("JPN", "PER", "material_cooperation")}),
    ("Pakistan asked the United States to help with relief.", "2005-10-10", {("PAK", "USA", "verbal_cooperation")},
     {("PAK", "USA", "verbal_conflict")}),
    # "asked about Iran" asks no state anything
    ("Asked about Iran, US officials said diplomacy would work.", "2005-10-10", set(),
     {("USA", "IRN", "verbal_cooperation"), ("IRN", "USA", "verbal_cooperation")}),
])
def test_a_request_put_to_a_state(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_partners_named_without_a_state_keep_the_venue_out():
    ev = _article_events("Iran and six world powers reached a nuclear deal in Vienna.", "2015-07-14")
    assert "AUT" not in {t for _, t, c in _acts(ev) if c != "neutral"} | {s for s, _, c in _acts(ev) if c != "neutral"}
    # a pact signed in a state's capital with no partner named is still with that state
    _check_acts("India signed a pact in Dhaka.", "2015-06-06", {("IND", "BGD", "verbal_cooperation")}, set())


def test_pressing_two_sides_to_make_a_truce_is_an_appeal():
    _check_acts("Egypt and Qatar pressed Israel and Hamas to agree a truce.", "2024-02-01",
                {("EGY", "ISR", "verbal_cooperation"), ("QAT", "HAMAS", "verbal_cooperation")},
                {("EGY", "ISR", "verbal_conflict")})
    # pressing one side to stop stays pressure
    _check_acts("Washington pressed Tehran to stop enrichment.", "2006-01-01", {("USA", "IRN", "verbal_conflict")},
                set())


def test_a_marathon_report_tells_no_relation():
    _, _, pairs = _chunk_pairs("", "Kenya's Paul Tergat won the Berlin marathon ahead of Ethiopia's Haile "
                               "Gebrselassie.", "2003-09-28")
    assert pairs[("ETH", "KEN")] == "neutral" and pairs[("DEU", "KEN")] == "neutral"


def test_a_veto_of_sanctions_shields_and_peacekeepers_expelled_are_the_object():
    # a veto of a resolution imposing sanctions on a state shields that state
    _check_acts("Russia vetoed a UN resolution imposing new sanctions on Iran.", "2006-10-01",
                {("RUS", "IRN", "verbal_cooperation")}, {("RUS", "IRN", "verbal_conflict")})
    # the peacekeepers expelled do no peacekeeping in this sentence
    _check_acts("Eritrea expelled UN peacekeepers from the border zone.", "2005-12-07",
                {("ERI", "UN", "material_conflict")}, {("UN", "ERI", "material_cooperation")})


def test_a_headline_verb_that_undoes_an_act_is_no_part_of_a_name():
    # "Settle Border Dispute": capitals after a capitalised word are a name ("the Camp David Accords"),
    # but not after a headline's verb that undoes the act
    _check_acts("China, Russia Settle Border Dispute", "2004-10-14", {("CHN", "RUS", "material_cooperation")},
                {("CHN", "RUS", "verbal_conflict"), ("RUS", "CHN", "verbal_conflict")})


def test_paying_compensation_or_reparations_makes_good_a_harm():
    _check_acts("West Germany paid reparations to Israel.", "1953-09-03", {("DEU", "ISR", "material_cooperation")},
                {("DEU", "ISR", "verbal_conflict")})
    # demanding them stays a demand
    _check_acts("Kuwait demanded reparations from Iraq.", "1992-09-03", {("KWT", "IRQ", "verbal_conflict")}, set())


@pytest.mark.parametrize("text, tone", [
    # a request put to a state counts toward the tone of a passage, as it does in the events
    ("Tokyo asked Lima to extradite the former president.", "positive"),
    # "asked" with no state named after it, or no to/that complement, is no request
    ("Asked about Iran, the spokesman declined to comment.", "zero"),
    ("The foreign minister asked reporters to wait for the final text.", "zero"),
    ("When asked whether Turkey would attend, he said no decision had been made.", "zero"),
])
def test_cue_tone_reads_requests_as_the_events_do(text, tone):
    from helpers.stance import cue_tone
    value, cues = cue_tone(text)
    if tone == "zero":
        assert value == 0 and not any(c.startswith("ask") for c in cues), (value, cues)
    else:
        assert value > 0 and "asked" in cues, (value, cues)


@pytest.mark.parametrize("text, date, expected, absent", [
    # a dated war in a relative clause is the aside of a later story; the news is the pipeline
    ("Tanzania and Uganda, which fought a bitter war in 1979, laid the foundation stone for a joint oil pipeline.",
     "2022-09-06", set(), {("TZA", "UGA", "material_conflict"), ("UGA", "TZA", "material_conflict")}),
    # "their 1962 war" is history too, and "led to" is no infinitive of what was agreed
    ("Wen Jiabao and Manmohan Singh agreed on principles for settling the border dispute that led to their "
     "1962 war.", "2005-04-11", {("CHN", "IND", "verbal_cooperation")}, {("CHN", "IND", "material_conflict")}),
    # but a war dated in the main clause is the news told, and a past agreement in an aside still stands
    ("Russia and Georgia fought two wars in 2008 and 2009.", "2010-01-01", {("RUS", "GEO", "material_conflict")}, set()),
    ("Abu Dhabi, which normalised relations with Israel in 2020, said its ties were unchanged.", "2023-10-09",
     {("ARE", "ISR", "verbal_cooperation")}, set()),
    # "separately" makes two condemnations, not a joint act of the two condemners
    ("Japan and Australia separately condemned North Korea's missile launch over Hokkaido.", "2017-08-29",
     {("JPN", "PRK", "verbal_conflict"), ("AUS", "PRK", "verbal_conflict")}, {("JPN", "AUS", "material_cooperation")}),
    ("Uzbekistan And Tajikistan Restore Direct Flights After 25 Years", "2017-04-11",
     {("UZB", "TJK", "material_cooperation")}, set()),
], ids=["war-in-an-aside", "their-1962-war", "war-told-as-news", "standing-agreement", "separately", "direct-flights"])
def test_dated_history_and_separate_acts(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # a court's charge is no act of the court's state toward the accused's
    ("A British jury convicted a former Afghan militia commander of torture and hostage-taking in Afghanistan.",
     "2005-07-18", set(), {("GBR", "AFG", "material_conflict")}),
    # (but the arrest itself is read, and an accusation between states stays an accusation)
    ("Turkey arrested four Iranians for plotting attacks on Israelis.", "2005-07-18",
     {("TUR", "IRN", "material_conflict")}, {("IRN", "ISR", "material_conflict")}),
    ("Iran accused the United States of spying.", "2005-07-18", {("IRN", "USA", "verbal_conflict")}, set()),
    # (and the accuser's next act after "and" is no charge)
    ("Algeria accused Morocco of hostile acts and cut diplomatic ties.", "2021-08-24",
     {("DZA", "MAR", "material_conflict")}, set()),
    # an accident's toll is nobody's act
    ("Egyptian charter crash kills French holidaymakers", "2004-01-03", set(), {("EGY", "FRA", "material_conflict")}),
    ("A Greek ferry carrying Turkish tourists capsized off Rhodes, killing 40 people.", "2004-01-03", set(),
     {("GRC", "TUR", "material_conflict")}),
    # a firm buying a stake is no agreement between states; a state buying jets is
    ("Japanese trading house Mitsui agreed to buy a minority stake in Brazil's biggest iron ore miner.",
     "2003-03-18", set(), {("JPN", "BRA", "verbal_cooperation")}),
    ("India agreed to buy 36 Rafale jets from France.", "2016-09-23", {("IND", "FRA", "verbal_cooperation")}, set()),
    ("The United States restored direct diplomatic relations with Libya after a 24-year break.", "2004-06-28",
     {("USA", "LBY", "verbal_cooperation")}, set()),
], ids=["conviction", "arrest", "accusation", "accusation-then-act", "crash", "capsized", "firm-stake",
        "state-purchase", "direct-relations"])
def test_charges_accidents_and_firms_are_no_state_acts(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # a law passed endorses no state; the act the law names would be a cue of its own
    ("China's parliament approved a law authorising non-peaceful means if Taiwan moves toward independence.",
     "2005-03-14", set(), {("CHN", "TWN", "verbal_cooperation")}),
    # states invited together did nothing together
    ("The leaders of India and Mexico were among those invited to the Group of Eight summit.", "2005-07-06",
     set(), {("IND", "MEX", "material_cooperation")}),
    # urged to take up an offer is an appeal to cooperate; urged to meet demands stays pressure
    ("India urged Pakistan to accept a package of confidence-building steps.", "2003-10-22",
     {("IND", "PAK", "verbal_cooperation")}, {("IND", "PAK", "verbal_conflict")}),
    ("The EU urged Iran to accept the IAEA's demands.", "2005-03-14", {("EU", "IRN", "verbal_conflict")}, set()),
    # a gas cut-off; gas described as nationalised is no seizure told here
    ("Russia's state gas monopoly Gazprom cut supplies to Ukraine after Kiev rejected a price increase.",
     "2006-01-01", {("RUS", "UKR", "material_conflict")}, set()),
    ("Venezuela offers Bolivia help with nationalised gas", "2006-05-03", set(),
     {("VEN", "BOL", "material_conflict")}),
    ("Venezuela nationalised US oil assets.", "2007-05-01", {("VEN", "USA", "material_conflict")}, set()),
    # the home side of a game is no host of a state
    ("Italy stun hosts Germany in World Cup semi", "2006-07-04", set(), {("ITA", "DEU", "verbal_cooperation")}),
], ids=["law-passed", "invited-together", "accept-offer", "accept-demands", "gas-cut", "nationalised-gas",
        "nationalised-assets", "hosts-in-sport"])
def test_laws_invitations_offers_and_games(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # forces moved to a neighbour's border are a show of force toward it
    ("Venezuela ordered battalions to the border with Colombia.", "2008-03-04",
     {("VEN", "COL", "material_conflict")}, set()),
    ("Russia massed troops along the Ukrainian border.", "2021-04-09", {("RUS", "UKR", "material_conflict")}, set()),
    # but not when they go there to fight armed groups
    ("Pakistan sent 80,000 troops to the Afghan border to fight militants.", "2004-03-20", set(),
     {("PAK", "AFG", "material_conflict")}),
    ("Pakistan ordered troops to the Afghan border to hunt Taliban fighters.", "2004-03-20", set(),
     {("PAK", "AFG", "material_conflict")}),
], ids=["ordered-to-border", "massed-along", "sent-to-fight-militants", "ordered-to-hunt"])
def test_forces_moved_to_a_border(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, speaker, expected, absent", [
    # what "cannot accept" negates is the acceptance: the invasion named after it happened
    ("The member countries of ASEAN cannot accept the invasion of Kampuchea by Vietnamese forces.", "1979-10-01",
     "MYS", {("VNM", "KHM", "material_conflict")}, set()),
    ("Greece will not tolerate the occupation of Cyprus by Turkey.", "1990-10-01", "GRC",
     {("TUR", "CYP", "material_conflict")}, set()),
    # gratitude owed to a state, in a speech
    ("We owe a special debt to the United Republic of Tanzania, which gave our fighters shelter.", "1975-10-01",
     "MOZ", {("MOZ", "TZA", "verbal_cooperation")}, set()),
    ("Together with the Association of South-East Asian Nations we are negotiating a free trade area.",
     "2004-09-29", "CHN", {("CHN", "ASEAN", "verbal_cooperation")}, set()),
], ids=["cannot-accept-invasion", "not-tolerate-occupation", "debt-of-gratitude", "asean-hyphen"])
def test_speech_judgements_and_gratitude(text, date, speaker, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("sentence, word", [
    ("A federal judge sentenced a Pakistani immigrant to 30 years in prison.", "Pakistani"),
    ("Mexican farmers blocked the highway to protest corn imports.", "Mexican"),
    ("Two British residents of Dubai were detained.", "British"),
])
def test_a_nationality_of_private_people_takes_no_stance(sentence, word):
    from helpers.stance import can_act
    i = sentence.index(word)
    assert not can_act(sentence, i, i + len(word), "demonym")


# ---------------------------------------------------------------- stop 39: lists, participles, new forms

@pytest.mark.parametrize("text, date, speaker, pair", [
    ("This session opened with the admission of Liechtenstein and Namibia as the newest Members of the "
     "United Nations. The Organization now happily includes States of every size and every continent.",
     "1990-10-01", "AUT", ("LIE", "NAM")),
    ("Kazakhstan, like Mongolia, is a land-locked developing country, far from seaports and world markets. "
     "Improving transit corridors is therefore a welcome top priority of my Government.", "2010-09-24", "KAZ",
     ("KAZ", "MNG")),
    ("This session will see the admission of Switzerland and Timor-Leste to the United Nations. Their "
     "arrival brings our Organization happily closer to universality.", "2002-09-19", "URY", ("CHE", "TLS")),
], ids=["admission-list", "comparison-like", "admission-to"])
def test_states_only_listed_side_by_side_get_no_tone(text, date, speaker, pair):
    # (warm words around a list are the speaker's, not a relation between the listed states)
    got = _article_pairs("", text, date, speaker=speaker)
    assert got[pair] == ("neutral", "listed together")


@pytest.mark.parametrize("title, text, date, pair", [
    ("", "Mali, Burkina Faso and Niger announced their exit from ECOWAS in a joint communique, hailing "
         "their new alliance.", "2024-01-28", ("BFA", "MLI")),
    ("", "Costa Rica welcomes the treaty of peace concluded between Egypt and Israel this year.", "1979-09-27",
     ("EGY", "ISR")),
    ("", "Nepal and Sri Lanka are bound by ancient ties of faith and culture.", "1976-09-28", ("LKA", "NPL")),
], ids=["list-as-subject", "between", "ties"])
def test_a_list_that_acts_or_is_related_keeps_its_tone(title, text, date, pair):
    got = _article_pairs(title, text, date)
    assert got[pair][1] != "listed together"


def test_a_comma_then_a_new_actor_ends_a_list():
    # "..., the South Korean foreign ministry said": a new clause, not a fifth item of the list
    assert _listed_together("sailors from Korea, Laos and Peru, the Peruvian ministry said",
                            [(13, 18)], [(20, 24)], {13: 18, 20: 24, 29: 33, 39: 47})
    assert not _listed_together("sailors from Korea, Laos and Peru, the Peruvian ministry said",
                                [(29, 33)], [(39, 47)], {13: 18, 20: 24, 29: 33, 39: 47})


@pytest.mark.parametrize("text, date, expected, absent", [
    # a participle describing the thing a hostile act is aimed at is background to that act
    ("Pakistani President Pervez Musharraf on Friday dismissed as outdated a list of Taliban suspects handed "
     "over by Afghan President Hamid Karzai, and accused Kabul of trying to blame Pakistan.", "2006-02-17",
     {("PAK", "AFG", "verbal_conflict")}, {("AFG", "PAK", "material_cooperation")}),
    # ... but a deal signed by the parties is the news itself
    ("Djibouti and Eritrea agreed on Sunday to let Qatar mediate their border dispute, in a deal signed by "
     "Eritrean President Isaias Afwerki, Djibouti's Ismail Omar Guelleh and the emir of Qatar.", "2010-06-06",
     {("DJI", "ERI", "verbal_cooperation")}, set()),
    ("The United States dropped its objection to membership talks with Iran at the WTO.", "2005-05-26",
     {("USA", "IRN", "material_cooperation")}, {("USA", "IRN", "verbal_conflict")}),
    ("Australia suspended high-level contacts with Papua New Guinea on Saturday.", "2006-10-14",
     {("AUS", "PNG", "material_conflict")}, set()),
    ("North Korea on Tuesday branded US President George W. Bush a hooligan and a philistine.", "2005-05-31",
     {("PRK", "USA", "verbal_conflict")}, set()),
    # what a rejection turns down is no act of the sentence; a clause after it is
    ("Sudan on Thursday flatly rejected a Security Council resolution authorising some 20,000 UN peacekeepers "
     "for Darfur.", "2006-08-31", {("SDN", "UN", "verbal_conflict")}, {("UN", "SDN", "material_cooperation")}),
    ("India rejected the charge and welcomed Pakistan's offer of talks.", "2004-06-01",
     {("IND", "PAK", "verbal_cooperation")}, set()),
], ids=["participle-of-rejected-thing", "deal-signed-by", "dropped-objection", "suspended-high-level-contacts",
        "branded", "object-of-a-rejection", "clause-after-a-rejection"])
def test_stop_39_forms(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_a_headline_comma_at_its_end_is_a_list_and_athletics_is_sport():
    got = _article_pairs("Polio spreads to Indonesia, Yemen",
                         "Polio was confirmed in Indonesia and Yemen, countries free of the disease for a decade, "
                         "the WHO said, with the virus traced to an outbreak elsewhere.", "2005-05-04")
    assert got[("IDN", "YEM")][0] == "neutral"
    assert _listed_together("Polio spreads to Indonesia, Yemen", [(17, 26)], [(28, 33)])
    from helpers.stance import is_sports
    assert is_sports("Ethiopia's Bekele outkicked a Kenyan pack to retain his 10,000 metres world title".split())
    assert not is_sports("Ethiopia and Kenya signed a border title deed".split())


@pytest.mark.parametrize("text, word, kind, acts", [
    ("South Korean prosecutors searched the Seoul offices of US buyout fund Lone Star.", "US", "country", False),
    ("Chinese exporters face new tariffs in Brussels.", "Chinese", "demonym", False),
    ("Norway's sovereign wealth fund sold its stake in the miner.", "Norway", "country", True),
], ids=["buyout-fund", "exporters", "sovereign-wealth-fund"])
def test_a_funds_or_exporters_nationality_is_no_state_act(text, word, kind, acts):
    from helpers.stance import can_act
    i = text.index(word)
    assert can_act(text, i, i + len(word), kind) is acts



@pytest.mark.parametrize("text, expected, absent", [
    ("Israel must be forced to implement the relevant United Nations resolutions, notably Security Council "
     "resolution 497 (1981), on the occupied Syrian Golan.", set(), {("UN", "SYR", "material_conflict")}),
    ("The Security Council adopted two resolutions on the besieged Syrian town of Madaya.",
     set(), {("UN", "SYR", "material_conflict")}),
    ("Israel has occupied Syrian territory since the war, the minister said.",
     {("ISR", "SYR", "material_conflict")}, set()),
    ("Russia annexed Crimea from Ukraine in March.",
     {("RUS", "UKR", "material_conflict")}, set()),
], ids=["occupied-golan", "besieged-town", "occupied-main-verb", "annexed-main-verb"])
def test_a_participle_that_describes_a_place_is_no_act_of_the_sentence_subject(text, expected, absent):
    _check_acts(text, "2019-09-28", expected, absent)


def test_a_general_debate_speaker_and_the_un_keep_a_members_standing_cooperation():
    text = ("The war that was forced upon our region has left thousands dead and millions displaced. "
            "Terrorist groups continue to attack civilians and destroy towns. Mauritania puts these "
            "questions before the United Nations this year.")
    got = _article_pairs("", text, "1990-10-01", speaker="MRT")
    assert got[("MRT", "UN")] == ("cooperative", "speaker and the UN")
    # the same passage without a speaker (a news story) reads the passage's tone
    assert got != _article_pairs("", text, "1990-10-01") and \
        _article_pairs("", text, "1990-10-01")[("MRT", "UN")][1] == "article tone"
    # a cue between them still decides
    hostile = _article_pairs("", "Mauritania condemns the United Nations for its silence on the massacre.",
                             "1990-10-01", speaker="MRT")
    assert hostile[("MRT", "UN")] == ("hostile", "cue")


def test_firms_price_war_and_a_storms_toll_are_no_acts_between_states():
    _check_acts("A price war between South Korean and Taiwanese makers of flat-panel screens deepened on Monday.",
                "2004-10-18", set(), {("KOR", "TWN", "material_conflict"), ("TWN", "KOR", "material_conflict")})
    _check_acts("Hurricane Mitch dumped torrential rain on Honduras and Nicaragua on Friday, triggering floods "
                "and mudslides that officials said had killed hundreds.", "1998-10-30", set(),
                {("HND", "NIC", "material_cooperation"), ("NIC", "HND", "material_cooperation")})
    # co-agents of a killing outside a disaster still act together
    _check_acts("US and Iraqi troops killed 20 militants in Falluja.", "2004-11-10",
                {("USA", "IRQ", "material_cooperation")}, set())


def test_a_non_state_groups_attack_gives_the_states_it_names_no_hostile_tone():
    from helpers.stance import cue_tone
    assert cue_tone("Rebels attacked a Chinese-run oilfield in Ethiopia, killing nine workers.")[0] == 0
    assert cue_tone("Suspected militants have killed two soldiers near the border.")[0] == 0
    assert cue_tone("Ethiopian troops attacked the oilfield.")[0] < 0
    got = _article_pairs("Rebels kill 74 at Chinese-run oilfield in Ethiopia",
                         "Rebels attacked a Chinese-run oilfield in Ethiopia's Somali region on Tuesday, killing "
                         "nine Chinese workers and 65 Ethiopians, officials said.", "2007-04-24")
    assert got[("CHN", "ETH")][0] != "hostile"
    # a time between the group and its verb, and a noun cue named by its author's kind
    assert cue_tone("Rebels on Tuesday attacked a village near the border, killing 12 people.")[0] == 0
    assert cue_tone("A rebel attack on a border post left 12 soldiers dead on Sunday.")[0] == 0
    assert cue_tone("Sudanese troops on Tuesday attacked a village near the border.")[0] < 0
    # and the group's next verb after "and"
    assert cue_tone("Gunmen stormed a pumping station on Friday and kidnapped two Korean engineers.")[0] == 0
    assert cue_tone("Nigerian troops stormed the camp and arrested three Italians.")[0] < 0
    got = _article_pairs("Rebels kill 12 in border village",
                         "Rebels on Tuesday attacked a village near the border between Chad and Sudan, killing 12 "
                         "people, officials said.", "2005-03-01")
    assert got[("SDN", "TCD")][0] == "neutral"


@pytest.mark.parametrize("texts", [
    ["China, India lead Asia growth", "China and India will again be the fastest-growing economies in Asia "
     "this year, the Asian Development Bank said on Wednesday."],
    ["Germany, Japan post record surpluses", "Germany and Japan both reported record trade surpluses for last "
     "year on Friday, driven by strong demand for machinery and cars."],
], ids=["fastest-growing-economies", "trade-surpluses"])
def test_economic_statistics_read_as_market_reports(texts):
    from helpers.stance import market_report
    assert market_report(texts)


def test_resolving_a_dispute_is_cooperative():
    _check_acts("Singapore and Malaysia agreed to move the station, resolving a dispute between Singapore and "
                "Malaysia.", "2010-05-24", {("SGP", "MYS", "verbal_cooperation")},
                {("SGP", "MYS", "verbal_conflict"), ("MYS", "SGP", "verbal_conflict")})


def test_the_nearest_reversal_undoes_a_cue_and_a_headline_list_after_a_preposition_is_a_list():
    _check_acts("Belarus drops oil duty, Moscow withdraws threat", "2007-01-10",
                {("RUS", "BLR", "verbal_cooperation")}, {("RUS", "BLR", "verbal_conflict")})
    got = _article_pairs("UN Says Refugees From Liberia, Sierra Leone Short of Food",
                         "GENEVA (Reuters) - Tens of thousands of refugees from Liberia and Sierra Leone in camps in "
                         "Guinea face food shortages, the UN refugee agency said on Friday.", "2001-05-18")
    assert got[("LBR", "SLE")] == ("neutral", "listed together")


# ---- stop 41: rules drawn from the fourth blind wire set (each written anew here, not copied from it)

def test_debt_relief_with_the_owed_state_between_verb_and_debt():
    _check_acts("Japan agreed to cancel most of Iraq's debt, a Japanese official said on Friday.", "2004-11-24",
                {("JPN", "IRQ", "material_cooperation")}, set())


def test_only_days_after_marks_an_earlier_act_as_background():
    got = _article_pairs("Eritrea accuses Ethiopia of new raid",
                         "Eritrea accused Ethiopian troops on Monday of raiding its border posts, only days after "
                         "both governments promised at talks in Algiers to halt the fighting.", "1999-02-08")
    assert got[("ERI", "ETH")][0] == "hostile"


def test_a_trip_made_to_protest_is_no_visit():
    _check_acts("Thailand's foreign minister flew to Phnom Penh on Monday to protest to Cambodian leaders over "
                "the shelling.", "2008-10-20",
                {("THA", "KHM", "verbal_conflict")}, {("THA", "KHM", "verbal_cooperation")})


def test_what_refugees_flee_is_no_act_of_the_states_named():
    _check_acts("Hungary opened its border on Sunday to Ukrainians fleeing the war.", "2022-02-27",
                {("HUN", "UKR", "material_cooperation")}, {("UKR", "HUN", "material_conflict")})
    from helpers.stance import cue_tone
    assert cue_tone("Thousands of civilians fled from the renewed fighting near the border.")[0] == 0


def test_sanctions_suspended_in_a_reported_clause_are_undone():
    _check_acts("The Secretary-General told the Security Council that the sanctions on Libya were suspended.",
                "1999-04-05", {("UN", "LBY", "verbal_cooperation")}, {("UN", "LBY", "material_conflict")})


def test_a_treaty_left_reads_negative_in_the_passage_tone():
    from helpers.stance import cue_tone
    assert cue_tone("North Korea pulls out of nuclear treaty")[0] < 0
    assert cue_tone("Russia quits arms control treaty")[0] < 0
    assert cue_tone("The two neighbours signed a border treaty.")[0] > 0


def test_a_person_accused_in_a_scandal_is_no_state_accusing():
    _check_acts("A US soldier accused in the Abu Ghraib abuse case pleaded guilty on Monday.", "2004-10-20",
                set(), {("USA", "IRQ", "verbal_conflict")})


def test_firms_described_by_their_trade_or_their_name_are_not_their_states():
    _check_acts("Japanese planemaker Mitsubishi signed a deal to sell ten regional jets to a Burmese carrier.",
                "2019-03-01", set(), {("JPN", "MMR", "verbal_cooperation")})
    _check_acts("Taiwan's Foxconn Electronics will invest $1 billion in a plant in northern Vietnam.",
                "2023-08-01", set(), {("TWN", "VNM", "verbal_cooperation")})


def test_a_state_kept_on_a_terrorism_list_is_the_listers_target():
    got = _acts(_article_events("The State Department kept Iran, Sudan and Syria on its list of state sponsors of "
                                "terrorism on Thursday.", "2005-04-27"))
    assert {("USA", "IRN", "material_conflict"), ("USA", "SDN", "material_conflict"),
            ("USA", "SYR", "material_conflict")} <= got
    assert not any(x[2] == "material_cooperation" for x in got)   # no joint act among the listed


def test_victims_and_summit_goers_named_together_do_not_act_together():
    got = _acts(_article_events("Kenyan, Ugandan ministers killed in helicopter crash", "2006-04-10"))
    assert ("KEN", "UGA", "material_cooperation") not in got
    got = _acts(_article_events("The prime ministers of India and Japan arrived in Jakarta on Saturday for a "
                                "regional summit on trade.", "2005-04-23"))
    assert ("IND", "JPN", "material_cooperation") not in got


def test_a_disaster_story_gives_its_headline_no_tone_between_the_states():
    got = _article_pairs("Storm flattens island, heads for Jamaica",
                         "Hurricane Ivan wrecked most homes on Grenada on Tuesday and was heading toward Jamaica, "
                         "forecasters said.", "2004-09-08")
    assert got[("GRD", "JAM")][0] == "neutral"


def test_forest_fires_are_a_disaster():
    from helpers.stance import _DISASTER
    assert _DISASTER.search("Smoke from forest fires in Sumatra closed schools in Malaysia.")


# ---- stop 41: rules drawn from the fifth blind wire set (each written anew here)

def test_funds_frozen_with_an_amount_between_and_a_member_suspended():
    _check_acts("EU ministers agreed to freeze 2 billion euros of funds for Poland over the rule of law.",
                "2021-10-20", {("EU", "POL", "material_conflict")}, {("EU", "POL", "verbal_cooperation")})
    _check_acts("The African Union voted on Friday to suspend Mali until elections are held.", "2021-06-01",
                {("AU", "MLI", "material_conflict")}, set())
    # suspending talks keeps the lexicon's own cue
    _check_acts("Washington suspended talks with Moscow.", "2016-10-03", {("USA", "RUS", "material_conflict")}, set())


def test_an_offer_accepted_with_the_offering_state_between():
    _check_acts("Manila accepted Jakarta's offer of help on Tuesday.", "2013-11-12",
                {("PHL", "IDN", "verbal_cooperation")}, set())


def test_a_member_let_back_into_a_body():
    _check_acts("Delegates voted on Monday to let Egypt back into the Arab League.", "1989-05-23",
                {("LAS", "EGY", "material_cooperation")}, set())
    _check_acts("Ministers meeting in Cairo voted to restore Libya's membership of the Arab League.", "2011-08-27",
                {("LAS", "LBY", "material_cooperation")}, set())


def test_a_captured_person_handed_back_is_background_to_the_release():
    got = _article_pairs("India hands back captured Pakistani soldier",
                         "India handed back a captured Pakistani soldier at the border on Monday, officials said.",
                         "2016-10-03")
    assert got[("IND", "PAK")][0] == "cooperative"


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    ("The United Kingdom has decided to withdraw from the European Union.", "2019-09-25", "GBR", "EU"),
    ("Morocco withdrew from the Organization of African Unity in 1984.", "1984-11-12", "MAR", "AU"),
    ("Venezuela quit the Organization of American States in 2019.", "2019-04-27", "VEN", "OAS"),
    ("Qatar quit OPEC at the start of the year.", "2019-01-01", "QAT", "OPEC"),
    ("Burundi pulled out of the International Criminal Court.", "2017-10-27", "BDI", "ICC"),
], ids=["withdraw-from-eu", "withdrew-from-oau", "quit-oas", "quit-opec", "pulled-out-of-icc"])
def test_a_state_leaving_a_body(text, date, source, target):
    _check_acts(text, date, {(source, target, "material_conflict")}, {(source, target, "material_cooperation")})


def test_leaving_a_meeting_or_a_country_is_no_leaving_a_body():
    assert not any(c == "material_conflict" for _s, _t, c in _acts(_article_events(
        "The Prime Minister left the European Union summit early, Germany said.", "2019-10-18")))
    assert not _acts(_article_events("He left the United States for Canada in May.", "2019-05-01"))
    # a body the kit has no code for lends its cue to no one else in the sentence
    assert ("ZWE", "NGA", "material_conflict") not in _acts(_article_events(
        "Zimbabwe quit the Commonwealth on Sunday after leaders meeting in the Nigerian capital voted.", "2003-12-08"))
    # troops leaving a state stay a withdrawal, not a break with it
    assert ("ISR", "PSE", "material_conflict") not in _acts(_article_events(
        "Israel withdrew from Gaza in 2005.", "2005-09-12"))


def test_concerted_efforts_and_a_customs_union_are_joint_acts():
    _check_acts("China, the United States and Russia made concerted efforts to end the crisis.", "2017-09-21",
                {("CHN", "USA", "material_cooperation"), ("USA", "RUS", "material_cooperation")}, set())
    _check_acts("Belgium, the Netherlands and Luxembourg established a customs union.", "1948-09-25",
                {("BEL", "NLD", "material_cooperation"), ("NLD", "LUX", "material_cooperation")}, set())


def test_an_agreement_violated_is_no_agreement():
    got = _acts(_article_events("Iran is currently violating the International Atomic Energy Agency safeguard "
                                "agreements.", "2021-09-27"))
    assert ("IRN", "IAEA", "verbal_conflict") in got
    assert not any(c.endswith("cooperation") for _s, _t, c in got)


def test_solidarity_against_a_third_state_opposes_it_for_both():
    got = _acts(_article_events("Syria once again expresses its full solidarity with Iran against the irresponsible "
                                "United States measures.", "2019-09-26"))
    assert {("SYR", "IRN", "verbal_cooperation"), ("SYR", "USA", "verbal_conflict"),
            ("IRN", "USA", "verbal_conflict")} <= got
    assert ("SYR", "USA", "verbal_cooperation") not in got
    # the one backed is on a side too
    assert ("UKR", "RUS", "verbal_conflict") in _acts(_article_events("France backed Ukraine against Russia.",
                                                                      "2022-03-01"))


def test_a_relative_clause_of_unnamed_actors_with_adverbs_is_not_the_subjects_act():
    got = _acts(_article_events("France demanded the withdrawal of all foreign personnel, including mercenaries, "
                                "who even now are massacring Congolese patriots.", "1964-12-01"))
    assert ("FRA", "COD", "material_conflict") not in got


def test_an_end_to_the_suffering_of_a_people_ends_no_friendship():
    got = _acts(_article_events("Saudi Arabia's peace initiative can put an end to the suffering of the fraternal "
                                "Yemeni people.", "2021-09-22"))
    assert ("SAU", "YEM", "verbal_conflict") not in got
    # ... while an end to the friendship itself still ends it
    assert ("EGY", "RUS", "verbal_conflict") in _acts(_article_events(
        "Egypt put an end to its friendship with the Soviet Union.", "1976-03-15"))


@pytest.mark.parametrize(("text", "date", "speaker"), [
    ("We would also like to stress the need to combat terrorism in cooperation with the United Nations.",
     "2017-09-20", "MAR"),
    ("Our country was the first to call for solidarity to combat COVID-19, through the adoption by the "
     "Security Council of resolution 2532.", "2023-09-22", "TUN"),
    ("Kenya is battling drought and locusts with help from Ethiopia.", "2020-02-10", None),
], ids=["combat-terrorism-with-the-un", "combat-covid", "battling-drought"])
def test_combating_a_scourge_is_no_fight_with_anyone(text, date, speaker):
    got = _speech_acts(text, speaker, date) if speaker else _acts(_article_events(text, date))
    assert not any(c == "material_conflict" for _s, _t, c in got)


def test_combating_an_actor_is_still_a_fight():
    _check_acts("Pakistani troops battled the Taliban near the border.", "2009-05-10",
                {("PAK", "TALIBAN", "material_conflict")}, set())
    _check_acts("Ethiopia and Eritrea battled over the border town of Badme.", "1999-02-10",
                {("ETH", "ERI", "material_conflict")}, set())


def test_not_least_is_no_negation():
    _check_acts("Faith has been shaken by the actions of the Soviet Union, not least its invasion of Afghanistan.",
                "1980-09-23", {("RUS", "AFG", "material_conflict")}, {("RUS", "AFG", "verbal_cooperation")})


def test_a_promise_to_destroy_is_no_promise():
    got = _acts(_article_events("Seventy years after the Holocaust, Iran's rulers promise to destroy Israel.",
                                "2015-10-01"))
    assert ("IRN", "ISR", "verbal_cooperation") not in got
    assert any(s == "IRN" and t == "ISR" and c.endswith("conflict") for s, t, c in got)
    # ... and a promise to help is still one
    _check_acts("Japan promised to help Indonesia.", "2005-01-05", {("JPN", "IDN", "material_cooperation")}, set())


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Egypt condemned all attempts to destabilise Libya.", "EGY", "LBY"),
    ("Lebanon categorically rejects any attempt to undermine the mandate of UNRWA.", "LBN", "UN"),
], ids=["condemn-attempts-to-destabilise", "reject-attempt-to-undermine"])
def test_rejecting_an_attempt_against_someone_defends_them(text, source, target):
    _check_acts(text, "2019-09-25", {(source, target, "verbal_cooperation")}, {(source, target, "verbal_conflict")})


def test_sparing_no_effort_is_no_negation():
    _check_acts("Libya has spared no effort in supporting the Palestinian people and their right to a State.",
                "2019-09-25", {("LBY", "PSE", "verbal_cooperation")}, {("LBY", "PSE", "verbal_conflict")})


def test_rest_assured_is_no_assurance():
    got = _acts(_article_events("We may rest assured that the fanatics ruling Iran will do everything they can to "
                                "thwart this peace, Israel said.", "2023-09-22"))
    assert not any(c == "verbal_cooperation" for _s, _t, c in got)
    _check_acts("China assured Pakistan of its support.", "2023-09-22", {("CHN", "PAK", "verbal_cooperation")}, set())


def test_forces_sent_after_a_disaster_bring_relief():
    _check_acts("India sends warships, helicopters to tsunami-hit Sri Lanka.", "2004-12-28",
                {("IND", "LKA", "material_cooperation")}, {("IND", "LKA", "material_conflict")})
    # ... and without a disaster they stay a show of force
    _check_acts("China sent warships to the Philippines' coast after a standoff.", "2012-04-20",
                {("CHN", "PHL", "material_conflict")}, set())
    _check_acts("The US deployed troops to Haiti after the earthquake.", "2010-01-16",
                {("USA", "HTI", "material_cooperation")}, {("USA", "HTI", "material_conflict")})


@pytest.mark.parametrize(("text", "date", "pair"), [
    ("Bali nightclub blasts kill scores, many Australians", "2002-10-13", ("IDN", "AUS")),
    ("Baghdad car bomb kills 12 Americans", "2004-09-30", ("IRQ", "USA")),
    ("Kabul suicide bomb kills two Canadian soldiers", "2006-08-22", ("AFG", "CAN")),
], ids=["bali-blasts", "baghdad-car-bomb", "kabul-suicide-bomb"])
def test_the_place_an_attack_struck_is_no_attacker(text, date, pair):
    assert not any(c.endswith("conflict") for s, t, c in _acts(_article_events(text, date)) if {s, t} == set(pair))


def test_a_state_that_bombs_or_will_bomb_still_attacks():
    _check_acts("Israel bombs Gaza, killing 12.", "2008-12-28", {("ISR", "PSE", "material_conflict")}, set())
    assert ("USA", "IRQ", "material_conflict") in _acts(_article_events(
        "US to bomb Iraq if talks fail, Britain says.", "1998-02-10"))


@pytest.mark.parametrize(("text", "negative"), [
    ("We call for the peaceful settlement of disputes between neighbours.", False),
    ("The Secretary-General undertook initiatives with a view to settling disputes.", False),
    ("Both states should resolve their disputes by arbitration.", False),
    ("The border dispute between Peru and Ecuador flared again.", True),
    ("A bitter dispute over fishing rights divides the two states.", True),
], ids=["peaceful-settlement", "settling-disputes", "resolve-disputes", "border-dispute", "bitter-dispute"])
def test_a_dispute_to_be_settled_carries_no_hostile_tone(text, negative):
    from helpers.stance import cue_tone
    assert (cue_tone(text)[0] < 0) is negative


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # a call on the international community to help a state is a call for its support, not a demand on it
    ("We call on the international community to help the Sudan.", "EGY", "2005-09-20",
     {("EGY", "SDN", "verbal_cooperation")}, {("EGY", "SDN", "verbal_conflict")}),
    ("We urge all States to support Afghanistan in its reconstruction.", "FRA", "2003-09-20",
     {("FRA", "AFG", "verbal_cooperation")}, {("FRA", "AFG", "verbal_conflict")}),
    # ... but a call on it to make a state withdraw is still a demand on that state
    ("We call upon the international community to compel Israel to withdraw from the occupied territories.",
     "SYR", "1985-09-20", {("SYR", "ISR", "verbal_conflict")}, {("SYR", "ISR", "verbal_cooperation")}),
], ids=["help-the-sudan", "support-afghanistan", "compel-israel"])
def test_a_call_on_the_international_community_to_help_a_state(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


def test_a_speaker_named_only_as_a_place_still_relates_to_others():
    # "in the Kingdom" names Saudi Arabia as a place, but in its own speech the speaker acts by speaking:
    # its pair with Yemen reads from the passage's tone, not "no state act"
    text = ("This has led to a humanitarian crisis from which the fraternal people of Yemen are suffering. "
            "The militias continue to target civilians in Yemen and in the Kingdom.")
    assert _article_pairs("", text, date="2020-01-01", speaker="SAU")[("SAU", "YEM")][1] == "article tone"
    # a state named only as a place, in a speech by another, still takes no stance
    pairs = _article_pairs("", "We mourn the victims of the floods in Pakistan and in India.", date="2022-01-01",
                           speaker="FRA")
    assert pairs[("IND", "PAK")] == ("neutral", "no state act")


def test_iran_and_the_armed_movements_it_backs_are_partners():
    from helpers.stance import allied
    assert allied("IRN", "HEZBOLLAH", "2019-01-01") == "Iran's armed partners"
    assert allied("HOUTHIS", "IRN", "2020-01-01") == "Iran's armed partners"
    assert allied("IRN", "HOUTHIS", "2010-01-01") is None        # before the capture of Sanaa
    assert allied("HAMAS", "HEZBOLLAH", "2019-01-01") is None    # bound to Iran, not to each other
    # a speech naming Iran and its proxies with no act between them: partners, not the threats' tone
    got = _article_pairs("", "Iran threatens to destroy Israel. Iran uses its proxy terrorist organizations, "
                         "Hizbullah in Lebanon and the Houthis in Yemen, against other States in the Middle East.",
                         date="2019-01-01", speaker="ISR")
    assert got[("HEZBOLLAH", "IRN")][0] == "cooperative"


@pytest.mark.parametrize("text, date, expected, absent", [
    # shock, horror or outrage at an attack on a state is sympathy with it, as condemning the attack is
    ("Egypt was shocked by the attack on the Iraqi embassy.", "2005-07-01",
     {("EGY", "IRQ", "verbal_cooperation")}, {("EGY", "IRQ", "material_conflict")}),
    ("Jordan expressed outrage at the bombing of the Egyptian consulate.", "2005-07-01",
     {("JOR", "EGY", "verbal_cooperation")}, {("JOR", "EGY", "material_conflict")}),
    # ... and at a raid by a named state, hostility toward the raider only, not the place raided
    ("Egypt was outraged by Israel's raid on Gaza.", "2009-01-01",
     {("EGY", "ISR", "verbal_conflict"), ("ISR", "PSE", "material_conflict")}, {("EGY", "PSE", "verbal_conflict")}),
    ("Egypt was shocked by Israel's raid on Gaza.", "2009-01-01",
     {("EGY", "ISR", "verbal_conflict")}, {("EGY", "PSE", "verbal_conflict")}),
    # the parties of a deal that angered someone stay its targets
    ("Algeria was angered by the deal with Israel.", "2021-01-01", {("DZA", "ISR", "verbal_conflict")}, set()),
], ids=["shocked-by-attack", "outrage-at-bombing", "outraged-by-raid", "shocked-by-raid", "angered-by-deal"])
def test_shock_and_outrage_at_an_attack(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, speaker, expected, absent", [
    # a demand that a blockade or siege on a state be lifted supports the state under it
    ("We once again demand that the blockade against the Palestinians be lifted.", "LBY",
     {("LBY", "PSE", "verbal_cooperation")}, {("LBY", "PSE", "verbal_conflict")}),
    ("We demand that the siege of Gaza be lifted.", "TUN",
     {("TUN", "PSE", "verbal_cooperation")}, {("TUN", "PSE", "verbal_conflict")}),
    # ... while a demand on the one who imposes it stays a demand on it
    ("We demand that Israel lift the blockade of Gaza.", "TUN", {("TUN", "ISR", "verbal_conflict")}, set()),
], ids=["blockade-be-lifted", "siege-be-lifted", "israel-lift"])
def test_a_demand_to_lift_a_blockade_supports_the_state_under_it(text, speaker, expected, absent):
    _check_speech_acts(text, speaker, "2016-09-20", expected, absent)


def test_without_interfering_after_a_comma_is_no_interference():
    got = _speech_acts("Tunisia calls for uniting all efforts to address the Libyan crisis, without interfering in "
                       "Libyan internal affairs.", "TUN", "2018-09-20")
    assert ("TUN", "LBY", "verbal_conflict") not in got, got
    # an act done without another's consent stays the act
    _check_acts("Turkey sent troops into Iraq, without consulting Baghdad.", "2007-10-01",
                {("TUR", "IRQ", "material_conflict")}, set())


@pytest.mark.parametrize("text, speaker, expected, absent", [
    # a call on states to go on with their efforts encourages them
    ("We call upon the United States of America and the Russian Federation to continue their efforts "
     "to achieve peace.", "SAU", {("SAU", "USA", "verbal_cooperation"), ("SAU", "RUS", "verbal_cooperation")},
     {("SAU", "USA", "verbal_conflict")}),
    ("We urge Egypt to continue its mediation between the parties.", "JOR", {("JOR", "EGY", "verbal_cooperation")},
     {("JOR", "EGY", "verbal_conflict")}),
    # ... not a call to go on with a hostile act, nor a demand made first
    ("We call on Israel to continue its occupation.", "JOR", set(), {("JOR", "ISR", "verbal_cooperation")}),
    ("We call upon Israel to withdraw and to continue its efforts.", "JOR", {("JOR", "ISR", "verbal_conflict")},
     {("JOR", "ISR", "verbal_cooperation")}),
], ids=["continue-their-efforts", "continue-its-mediation", "continue-its-occupation", "withdraw-first"])
def test_a_call_to_go_on_with_ones_efforts_is_encouragement(text, speaker, expected, absent):
    _check_speech_acts(text, speaker, "1994-09-20", expected, absent)


@pytest.mark.parametrize("sentence, name, kind, expected", [
    # the regime or the authorities "in" a place are its government
    ("The racist regime in South Africa continues its policy of apartheid.", "South Africa", "country", True),
    ("The authorities in Kabul must cut all links with terrorist groups.", "Kabul", "capital", True),
    # kin "in" a state are its people (stop 44)
    ("We hope the world can help our brothers and sisters in Yemen.", "Yemen", "country", True),
    # the victims of a disaster in a state, with sympathy told, are its people (stop 44)
    ("We express our solidarity with the victims of the earthquake in Morocco.", "Morocco", "country", True),
    # ... but a venue, a disaster's scene and the dead of an outbreak are places
    ("Talks were held in South Africa.", "South Africa", "country", False),
    ("We met our friends in Geneva at the conference in Yemen.", "Yemen", "country", False),
    ("The earthquake in Morocco killed 3,000 people.", "Morocco", "country", False),
    ("The outbreak has killed more than 330 people in Guinea.", "Guinea", "country", False),
], ids=["regime-in", "authorities-in", "brothers-in", "victims-of-earthquake-in", "venue", "friends-in-venue",
        "earthquake-scene", "outbreak-dead-in"])
def test_who_is_named_in_a_place_can_act(sentence, name, kind, expected):
    from helpers.stance import can_act
    start = sentence.rindex(name)
    assert can_act(sentence, start, start + len(name), kind) is expected


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # an appeal to a state to withdraw is a demand on it, not an appeal for cooperation
    ("We reiterate our appeal to the Soviet Union, as a super-Power, to withdraw from Afghanistan.", "SAU",
     "1984-09-20", {("SAU", "RUS", "verbal_conflict")}, {("SAU", "RUS", "verbal_cooperation")}),
    ("We appeal to Germany to help the refugees.", "GRC", "2015-09-20", {("GRC", "DEU", "verbal_cooperation")},
     {("GRC", "DEU", "verbal_conflict")}),
    # a past that did not happen is the act not done
    ("Imagine if, instead, Russia had engaged in true diplomacy and worked with Ukraine.", "USA", "2015-09-20",
     set(), {("RUS", "UKR", "verbal_cooperation")}),
    # concern for the situation in a state is no reproach to it; concern over its programme is
    ("We are following with grave concern the serious developments in sisterly Yemen.", "MRT", "2015-09-20",
     set(), {("MRT", "YEM", "verbal_conflict")}),
    ("We expressed concern over Iran's nuclear programme.", "FRA", "2014-09-20",
     {("FRA", "IRN", "verbal_conflict")}, set()),
], ids=["appeal-to-withdraw", "appeal-to-help", "had-worked-with", "concern-for-yemen", "concern-over-iran"])
def test_appeals_to_withdraw_counterfactuals_and_concern_for_a_place(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # rejecting, or refusing to accept or recognise, an annexation or occupation defends the one annexed
    ("Jordan rejected the annexation of Kuwait.", "1990-10-01", {("JOR", "KWT", "verbal_cooperation")},
     {("JOR", "KWT", "verbal_conflict"), ("JOR", "KWT", "material_conflict")}),
    ("Jordan did not recognise the decision to annex Kuwait.", "1990-10-01", {("JOR", "KWT", "verbal_cooperation")},
     {("JOR", "KWT", "material_conflict")}),
    ("Egypt did not accept the occupation of Kuwait.", "1990-10-01", {("EGY", "KWT", "verbal_cooperation")},
     {("EGY", "KWT", "material_conflict")}),
    # ... while rejecting another's exercises rebukes their author, and a refused offer stays refused
    ("Britain rejected the military exercises of Argentina.", "1982-10-01", {("GBR", "ARG", "verbal_conflict")},
     set()),
    ("Egypt did not accept the offer from Israel.", "1990-10-01", {("EGY", "ISR", "verbal_conflict")}, set()),
    # those who work together against someone are partners of each other, not of the one they act against
    ("Britain and France must work together to crush ISIL.", "2015-10-01",
     {("GBR", "FRA", "material_cooperation")}, {("GBR", "ISIS", "material_cooperation")}),
    ("Russia agreed to cooperate with Syria to fight terrorism.", "2015-10-01",
     {("RUS", "SYR", "material_cooperation")}, set()),
], ids=["rejected-annexation", "not-recognise-annex", "not-accept-occupation", "rejected-exercises-of",
        "not-accept-offer", "work-together-to-crush", "cooperate-to-fight"])
def test_refused_annexations_and_joint_acts_against_a_third(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, speaker, expected, absent", [
    # occupying a post is holding an office, no occupation
    ("We are honoured to occupy the post of Secretary-General of the Group, with Chad and Mali.", "MRT",
     set(), {("MRT", "TCD", "material_conflict"), ("MRT", "MLI", "material_conflict")}),
    ("Israel continues to occupy the Syrian Golan.", "SYR", {("ISR", "SYR", "material_conflict")}, set()),
    # "never hesitated to" is no negation
    ("We have never hesitated to support the cause of Bosnia and Herzegovina.", "TUN",
     {("TUN", "BIH", "verbal_cooperation")}, {("TUN", "BIH", "verbal_conflict")}),
], ids=["occupy-the-post", "occupy-the-golan", "never-hesitated"])
def test_an_office_occupied_and_never_hesitating(text, speaker, expected, absent):
    _check_speech_acts(text, speaker, "2016-09-20", expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # the speaker's "we" after an opening phrase is the clause's subject, not the last member of a list
    ("In Myanmar, following the report of the fact-finding mission, we must call to account the generals "
     "responsible for the atrocities committed by the Burmese army.", "GBR", "2018-09-20",
     set(), {("GBR", "MMR", "material_cooperation"), ("MMR", "GBR", "material_cooperation")}),
    # a complaint lodged with a court or the Security Council is aimed at the state complained of
    ("Lebanon filed a complaint with the Security Council about the incursions.", "LBN", "2017-09-20",
     set(), {("LBN", "UN", "verbal_conflict")}),
    # rejecting attempts to harm a state defends it, every act attempted
    ("We condemn every attempt to isolate Cuba and to destabilize its government.", "VEN", "2019-09-20",
     {("VEN", "CUB", "verbal_cooperation")}, {("VEN", "CUB", "verbal_conflict")}),
    # a call on the UN to make its efforts or play its role is an appeal, not a demand on it
    ("We call on the Security Council to play a more active role in Yemen.", "SAU", "2019-09-20",
     {("SAU", "UN", "verbal_cooperation")}, {("SAU", "UN", "verbal_conflict")}),
    # a proposal two states put forward together is a joint act
    ("We welcome the proposal put forward by Brazil and Turkey on the fuel swap.", "ARE", "2010-09-20",
     {("BRA", "TUR", "material_cooperation")}, set()),
    # a scourge fought is no one: the UN named before it is not attacked
    ("Morocco, as chair of the Economic and Social Council segment, launched a call to combat COVID-19.",
     "MAR", "2020-09-20", set(), {("UN", "MAR", "material_conflict"), ("MAR", "UN", "material_conflict")}),
], ids=["we-after-opener", "complaint-with-council", "attempts-to-isolate-and-destabilize", "play-a-role",
        "proposal-by-two", "combat-covid"])
def test_speech_openers_forums_defences_appeals_and_joint_proposals(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Brazil lodged a complaint with the WTO against the United States over steel tariffs.", "2004-10-01",
     {("BRA", "USA", "verbal_conflict")}, {("BRA", "WTO", "verbal_conflict")}),
    ("Pakistan complained to the UN Security Council about India's shelling in Kashmir.", "2019-10-01",
     {("PAK", "IND", "verbal_conflict")}, {("PAK", "UN", "verbal_conflict")}),
    # ... while a protest lodged with a state is a protest to it
    ("Japan lodged a protest with China over the collision.", "2010-10-01", {("JPN", "CHN", "verbal_conflict")}, set()),
    ("The United States sought to isolate Cuba.", "1995-10-01", {("USA", "CUB", "verbal_conflict")}, set()),
    # a state's meddling in another is aimed at it
    ("Iran's meddling in Iraq worries the Gulf states.", "2007-10-01", {("IRN", "IRQ", "verbal_conflict")}, set()),
    ("Egypt voiced deep concern about Turkey's military interference in Libya.", "2020-10-01",
     {("TUR", "LBY", "verbal_conflict")}, set()),
    # a refusal covers every act it names
    ("Syria condemned Israel's refusal to withdraw from the Golan and to recognise the rights of the Palestinians.",
     "1990-10-01", {("ISR", "PSE", "verbal_conflict")}, {("ISR", "PSE", "verbal_cooperation")}),
    ("Iraq refused to comply with the resolutions and to cooperate with the inspectors of the IAEA.", "1998-10-01",
     {("IRQ", "IAEA", "verbal_conflict")}, {("IAEA", "IRQ", "material_cooperation"),
                                            ("IRQ", "IAEA", "material_cooperation")}),
    # a word of a body's name is no act ("Support Office"); a title-case headline keeps its verbs
    ("Staff of the United Nations Support Office for Somalia were moved to Nairobi yesterday.", "2019-10-01",
     set(), {("UN", "SOM", "verbal_cooperation")}),
    ("Turkey Attacks Kurdish Forces In Syria", "2019-10-01", {("TUR", "SYR", "material_conflict")}, set()),
    # breaking a deadlock undoes it
    ("Algeria and Morocco broke the deadlock over their border.", "2019-10-01", set(),
     {("DZA", "MAR", "verbal_conflict"), ("MAR", "DZA", "verbal_conflict")}),
], ids=["complaint-with-wto", "complained-to-un-about", "protest-with-china", "isolate", "meddling-in",
        "military-interference-in", "refusal-and-to", "refused-and-to-cooperate", "support-office",
        "title-case-headline", "broke-the-deadlock"])
def test_forums_isolation_meddling_refusals_and_names_of_bodies(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_the_tone_of_a_rejected_attempt_is_a_defence():
    from helpers.stance import cue_tone
    assert cue_tone("We reject all attempts to interfere in these countries.")[0] > 0
    assert cue_tone("We stress the need to stop all attempts of interfering in their affairs.")[0] > 0
    assert cue_tone("Iran interfered in the affairs of Iraq.")[0] < 0


@pytest.mark.parametrize("text, date, expected, absent", [
    # "with the support of X": X gives the support, to the clause's subject
    ("The Syrian army advanced with the support of Russia and Iran.", "2016-10-01",
     {("RUS", "SYR", "verbal_cooperation"), ("IRN", "SYR", "verbal_cooperation")},
     {("SYR", "RUS", "verbal_cooperation")}),
    ("Kenya, with the help of the United States, trained Somali troops.", "2012-10-01",
     {("USA", "KEN", "material_cooperation")}, {("KEN", "USA", "material_cooperation")}),
    # ... but "its support of" is the subject's own
    ("Egypt will continue with its support of the Palestinian people.", "2012-10-01",
     {("EGY", "PSE", "verbal_cooperation")}, {("PSE", "EGY", "verbal_cooperation")}),
], ids=["with-the-support-of", "with-the-help-of", "its-support-of"])
def test_support_given_with_the_support_of(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # a reaction to a state's act, named by its demonym, is aimed at that state; the act at its own object
    ("Algeria expressed deep concern at the Israeli occupation of Palestinian lands.", "2021-10-01",
     {("DZA", "ISR", "verbal_conflict"), ("ISR", "PSE", "material_conflict")},
     {("DZA", "PSE", "material_conflict"), ("ISR", "DZA", "material_conflict")}),
    ("Greece protested against the Turkish incursion into Cyprus.", "1974-10-01",
     {("GRC", "TUR", "verbal_conflict"), ("TUR", "CYP", "material_conflict")}, {("TUR", "GRC", "material_conflict")}),
    # ... but "security against the Iranian threat" names no reaction
    ("We share interests in security against the Iranian threat.", "2019-10-01", set(),
     {("ISR", "IRN", "verbal_cooperation")}),
    # urging that the efforts of others go on is an appeal
    ("The Emirates urged the continuation of the efforts of the Organization of the Islamic Conference.",
     "1981-10-01", {("ARE", "OIC", "verbal_cooperation")}, {("ARE", "OIC", "verbal_conflict")}),
], ids=["concern-at-israeli-occupation", "protest-against-turkish-incursion", "against-the-iranian-threat",
        "urge-continuation-of-efforts"])
def test_reactions_to_a_named_states_act_and_urged_efforts(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # the two states of a compound before a war or dispute are its two sides, whoever the subject is
    ("Our region also faces new problems, such as the Iran-Iraq war.", "ARE", "1989-09-20",
     {("IRN", "IRQ", "material_conflict"), ("IRQ", "IRN", "material_conflict")},
     {("ARE", "IRN", "material_conflict"), ("IRN", "IRQ", "material_cooperation")}),
    # an act compelled is not done; the compulsion is pressure on the one compelled
    ("The United Nations should compel Israel to recognize the rights of the Palestinian people.", "SYR",
     "2016-09-20", {("UN", "ISR", "verbal_conflict")}, {("ISR", "PSE", "verbal_cooperation")}),
    # "How can we blame ...?" denies the blame
    ("How can we blame Arabs who ask why the Palestinian people have been denied their rights?", "EGY",
     "2018-09-20", set(), {("EGY", "PSE", "verbal_conflict")}),
    # help asked of the international community and the UN is an appeal, not a demand on the UN
    ("We call on the international community and the United Nations to help Africa.", "TUN", "2023-09-20",
     {("TUN", "UN", "verbal_cooperation")}, {("TUN", "UN", "verbal_conflict")}),
], ids=["iran-iraq-war", "compel-israel-to", "how-can-we-blame", "call-on-community-and-un-to-help"])
def test_compound_sides_compulsion_rhetorical_questions_and_help(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


def test_a_compound_of_forces_is_no_pair_of_sides():
    _check_acts("US-Iraqi troops fought insurgents near Falluja.", "2005-10-01", set(),
                {("USA", "IRQ", "material_conflict"), ("IRQ", "USA", "material_conflict")})


def test_felt_compelled_presses_no_one():
    _check_acts("Iraqi Prime Minister Ayad Allawi felt compelled to spend his first minutes at the White House "
                "giving reporters a geography lesson.", "2004-09-24", set(),
                {("IRQ", "USA", "verbal_conflict"), ("USA", "IRQ", "verbal_conflict")})


@pytest.mark.parametrize("text, date, expected, absent", [
    # standing at a side against a state's policies opposes that state
    ("Jordan stands firmly at the side of its brothers in Africa against the racist policies of South Africa.",
     "1986-10-01", {("JOR", "ZAF", "verbal_conflict")}, {("JOR", "ZAF", "verbal_cooperation")}),
    ("Jordan stood at the side of Iraq.", "1990-10-01", {("JOR", "IRQ", "verbal_cooperation")}, set()),
    # "on its side of the border" is a place, no siding
    ("Djibouti said Eritrean troops had dug trenches on its side of the border.", "2008-10-01", set(),
     {("DJI", "ERI", "verbal_cooperation"), ("ERI", "DJI", "verbal_cooperation")}),
    # condolences with the victims of an attack or a disaster in a state are sympathy with that state
    ("Germany offered condolences to the families of the victims of the attack in Kabul.", "2021-10-01",
     {("DEU", "AFG", "verbal_cooperation")}, set()),
], ids=["side-of-against-policies-of", "at-the-side-of", "on-its-side-of-the-border", "condolences-victims-in"])
def test_siding_against_policies_and_sympathy_with_victims_in_a_state(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # a real question about cooperation is no denial of it
    ("How can we work together with Egypt?", "FRA", "2020-09-20", {("FRA", "EGY", "verbal_cooperation")},
     {("FRA", "EGY", "verbal_conflict")}),
    # standing with a state against a blockade of it is no hostility toward it
    ("We stand with Cuba against the blockade of Cuba by the United States.", "FRA", "2020-09-20",
     {("FRA", "CUB", "verbal_cooperation")}, {("FRA", "CUB", "verbal_conflict")}),
    # "good offices" are efforts to go on with
    ("We call on the parties, Ethiopia and Eritrea, to continue their good offices.", "FRA", "2000-09-20",
     {("FRA", "ETH", "verbal_cooperation")}, {("FRA", "ETH", "verbal_conflict")}),
    # "compelling" is an adjective, no pressure
    ("The compelling case made by Cuba deserves support from Mexico.", "FRA", "2020-09-20", set(),
     {("CUB", "MEX", "verbal_conflict")}),
], ids=["how-can-we-work-together", "with-cuba-against-blockade-of-cuba", "continue-good-offices", "compelling-case"])
def test_second_reader_cases_of_stop_44(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # (stop 45) a verb after "and" is a second predicate of the clause's subject, even when the first one's
    # object is followed by a place phrase ("in Berlin" is no phrase of circumstance around "criticised")
    ("France praised Germany in Berlin and criticised Italy.", "2006-05-02",
     {("FRA", "DEU", "verbal_cooperation"), ("FRA", "ITA", "verbal_conflict")}, {("DEU", "ITA", "verbal_conflict")}),
    # ... and its pronoun object is the first predicate's object, not a state named further on
    ("The United States supports Israel in the occupied territories and provides it with the means of denying "
     "the rights of Palestine.", "1986-09-20",
     {("USA", "ISR", "verbal_cooperation")},
     {("USA", "PSE", "material_cooperation"), ("ISR", "PSE", "material_cooperation")}),
    # "agreed" as an adjective before a noun is no agreement between the states of the sentence
    ("Tunisia called for a solution for Palestine based on internationally agreed parameters.", "2023-09-20",
     set(), {("PSE", "TUN", "verbal_cooperation"), ("TUN", "PSE", "verbal_cooperation")}),
    ("Israel and Jordan agreed to open the border.", "1994-08-08",
     {("ISR", "JOR", "verbal_cooperation"), ("JOR", "ISR", "verbal_cooperation")}, set()),
    # "the deal of the century" is a plan's nickname, no deal between the states named after it
    ("The United States presented the deal of the century to Israel and Jordan.", "2020-01-28", set(),
     {("USA", "ISR", "verbal_cooperation"), ("USA", "JOR", "verbal_cooperation")}),
    # the body under whose auspices an appeal would be met is no one appealed to
    ("Egypt calls upon all parties to commit to a political process under the auspices of the United Nations.",
     "2019-09-25", set(), {("EGY", "UN", "verbal_conflict")}),
    ("Egypt called on Ethiopia to return to talks under the auspices of the African Union.", "2020-07-01",
     {("EGY", "ETH", "verbal_cooperation")}, {("EGY", "AU", "verbal_conflict"), ("EGY", "AU", "verbal_cooperation")}),
    # a noun of circumstance after "and" stays one ("in a hail of explosions and gunfire")
    ("US troops with crack Iraqi soldiers surged into the heart of Fallujah in a hail of explosions and gunfire.",
     "2004-11-09", set(), {("USA", "IRQ", "material_conflict")}),
], ids=["second-predicate-after-place", "pronoun-object", "agreed-adjective", "agreed-verb", "deal-of-the-century",
        "auspices", "auspices-named-addressee", "scene-noun-after-and"])
def test_second_predicates_and_false_agreements(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, expected, absent", [
    # a question "Is there any ... who ...?" doubts that anyone does the act
    ("Is there any Israeli leader who will recognize the rights of the Palestinian people?",
     {("ISR", "PSE", "verbal_conflict")}, {("ISR", "PSE", "verbal_cooperation")}),
    ("Is there a single Israeli leader who will recognize Palestine?",
     {("ISR", "PSE", "verbal_conflict")}, {("ISR", "PSE", "verbal_cooperation")}),
    # a real question is halved, not reversed
    ("Will Israel recognize the rights of the Palestinian people?",
     {("ISR", "PSE", "verbal_cooperation")}, {("ISR", "PSE", "verbal_conflict")}),
    ("Is there a chance that Israel will recognize Palestine?",
     {("ISR", "PSE", "verbal_cooperation")}, {("ISR", "PSE", "verbal_conflict")}),
    ("Is there any doubt that the United States supports Israel?",
     {("USA", "ISR", "verbal_cooperation")}, {("USA", "ISR", "verbal_conflict")}),
], ids=["is-there-any", "a-single", "real-question", "a-chance", "any-doubt-affirms"])
def test_a_doubting_question_denies_the_act(text, expected, absent):
    _check_speech_acts(text, "JOR", "2016-09-22", expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # (stop 45, from challenge sets 10 and 11) a word of a person's name is no reversal verb
    ("U.N. Secretary-General Ban Ki-moon demanded that Juba pull its forces out immediately.", "2012-04-11",
     {("UN", "SSD", "verbal_conflict")}, {("UN", "SSD", "verbal_cooperation")}),
    # a war said to be over is no war between the two
    ("The state of war between Ethiopia and Eritrea is over, Eritrea's information minister wrote.", "2018-07-09",
     set(), {("ETH", "ERI", "material_conflict"), ("ERI", "ETH", "material_conflict")}),
    ("Russia's war against Ukraine goes on, Kyiv said.", "2023-02-24",
     {("RUS", "UKR", "material_conflict")}, set()),
    ("The war between Iran and Iraq was over territory along the Shatt al-Arab.", "1988-08-20",
     {("IRN", "IRQ", "material_conflict")}, set()),
    ("Russia's war against Ukraine has ended the era of cheap gas in Europe.", "2023-02-24",
     {("RUS", "UKR", "material_conflict")}, set()),
    # a passive with its auxiliary left out: the one before the comma is acted upon, by no state here
    ("Ugandan President Yoweri Museveni, criticised by opposition supporters for congratulating Kibaki within "
     "hours of the disputed December vote, telephoned both men to welcome the deal, his office said.",
     "2008-02-28", set(), {("UGA", "KEN", "verbal_conflict")}),
    ("Uganda, backed by the United States, attacked Congo.", "1998-08-20",
     {("USA", "UGA", "verbal_cooperation"), ("UGA", "COD", "material_conflict")}, set()),
    ("Australian officers, helped by two South African vessels, boarded the trawler on Thursday.", "2003-08-29",
     {("ZAF", "AUS", "material_cooperation")}, set()),
    # a treaty one state urges others to sign is no treaty between them
    ("China urged India and Pakistan to stop testing and sign the test-ban treaty.", "1998-05-29",
     {("CHN", "IND", "verbal_conflict")},
     {("IND", "PAK", "verbal_cooperation"), ("IND", "PAK", "material_cooperation"), ("PAK", "CHN", "material_conflict")}),
    ("India and Pakistan signed a treaty on Monday.", "1988-12-31",
     {("IND", "PAK", "verbal_cooperation")}, set()),
    # an actor inside a relative clause set off by commas is not the main verb's subject
    ("Czech Prime Minister Mirek Topolanek, whose government holds the EU's rotating presidency, said he would "
     "travel to Moscow and Kiev to broker a deal.", "2009-01-09",
     {("CZE", "RUS", "verbal_cooperation"), ("CZE", "UKR", "verbal_cooperation")},
     {("EU", "RUS", "verbal_cooperation"), ("EU", "UKR", "verbal_cooperation")}),
    # a trade halt with a word between the verb and "trade"; its partners act together
    ("Guatemala, El Salvador and Nicaragua jointly halted overland trade with Honduras for 48 hours.", "2009-06-30",
     {("GTM", "HND", "material_conflict"), ("NIC", "HND", "material_conflict"), ("GTM", "NIC", "material_cooperation")},
     set()),
    # the owner of a noun inside the object is not the subject of the clause's next verb
    ("The regime of Colonel Muammar al-Qadhafi described the strikes of Paris and London as crusader aggression "
     "and threatened Qatar.", "2011-03-21",
     {("LBY", "QAT", "verbal_conflict")}, {("FRA", "QAT", "verbal_conflict"), ("GBR", "QAT", "verbal_conflict")}),
    # a war told as the length of what came before is its history ("after three decades of war")
    ("After three decades of war, Eritrea and Ethiopia signed a friendship pact.", "1993-07-30",
     {("ERI", "ETH", "verbal_cooperation")}, {("ETH", "ERI", "material_conflict"), ("ERI", "ETH", "material_conflict")}),
    # ... but a war with a named side goes on
    ("After four months of war with Russia, Ukraine asked Germany for more tanks.", "2022-06-24",
     {("RUS", "UKR", "material_conflict")}, set()),
    ("Ethiopia and Eritrea fought a war along their border on Monday.", "1998-06-08",
     {("ETH", "ERI", "material_conflict")}, set()),
    # words aimed at a state are disapproval (CAMEO 111)
    ("Israel's foreign minister made statements against Algeria in Rabat.", "2021-08-12",
     {("ISR", "DZA", "verbal_conflict")}, {("ISR", "MAR", "verbal_conflict")}),
    ("Israel's foreign minister dismissed the remarks as noise.", "2021-08-12", set(),
     {("ISR", "DZA", "verbal_conflict")}),
    # an owned act noun whose object is not named is aimed at no place named before it
    ("Cambodia's four warring factions signed a peace agreement in Paris on Wednesday, ending 13 years of war "
     "that began with Vietnam's 1978 invasion.", "1991-10-23",
     set(), {("VNM", "FRA", "material_conflict"), ("KHM", "FRA", "material_conflict")}),
    # a blow struck by a disaster is no state's act
    ("The Paris Club agreed on Wednesday to suspend debt repayments from Indonesia, Sri Lanka and other countries "
     "struck by last month's tsunami.", "2005-01-12",
     set(), {("PARISCLUB", "IDN", "material_conflict"), ("PARISCLUB", "LKA", "material_conflict")}),
    ("Indonesian positions were struck by Malaysian artillery.", "1964-09-02",
     {("MYS", "IDN", "material_conflict")}, set()),
    ("Ukrainian towns were struck by Russian missiles as floods spread from the Kakhovka dam.", "2023-06-07",
     {("RUS", "UKR", "material_conflict")}, set()),
], ids=["ban-ki-moon", "war-is-over", "war-goes-on", "war-over-territory", "war-ended-an-era", "reduced-passive", "reduced-passive-by-state",
        "reduced-passive-counted-agent", "treaty-urged", "treaty-signed", "relative-clause-actor", "halted-overland-trade", "noun-owner-not-subject",
        "war-history", "war-with-named-side", "war-fought", "remarks-against", "remarks-no-target", "owned-act-no-place-target",
        "struck-by-disaster", "struck-by-state", "struck-by-state-beside-a-flood"])
def test_names_ended_wars_reduced_passives_and_urged_treaties(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # (stop 45) troops sent to help a named state fight someone help that state ...
    ("France sent troops to help Mali fight the rebels.", "2013-01-11",
     {("FRA", "MLI", "material_cooperation")}, {("FRA", "MLI", "material_conflict")}),
    # ... not troops sent to help rebels fight it
    ("Rwanda sent troops to help the rebels fight Congo.", "1998-08-20",
     {("RWA", "COD", "material_conflict")}, {("RWA", "COD", "material_cooperation")}),
    # a deployment meant to reassure a state is a show of support for it
    ("U.S. Defense Secretary William Perry said the deployment was meant to reassure Taipei.", "1996-03-11",
     {("USA", "TWN", "material_cooperation")}, {("USA", "TWN", "material_conflict")}),
    ("China deployed warships near Taiwan in a move meant to reassure nationalists at home.", "2022-08-05",
     {("CHN", "TWN", "material_conflict")}, {("CHN", "TWN", "material_cooperation")}),
    # a request that a state leave is a demand; other requests stay appeals
    ("Maldives Asks India to Withdraw Troops by March 15", "2024-01-14",
     {("MDV", "IND", "verbal_conflict")}, {("MDV", "IND", "verbal_cooperation")}),
    ("Pakistan asked the United States to help with relief.", "2005-10-09",
     {("PAK", "USA", "verbal_cooperation")}, {("PAK", "USA", "verbal_conflict")}),
    ("Iran asked the European Union to remove sanctions on its banks.", "2012-01-23",
     {("IRN", "EU", "verbal_cooperation")}, {("IRN", "EU", "verbal_conflict")}),
    ("Iraq asked Iran to allow its pilots to leave.", "1991-02-10",
     {("IRQ", "IRN", "verbal_cooperation")}, {("IRQ", "IRN", "verbal_conflict")}),
    # a government's own cabinet meeting is no meeting of two states
    ("South Korean President Kim Young-sam called an emergency cabinet meeting after Pyongyang quit the treaty.",
     "1993-03-12", set(), {("KOR", "PRK", "verbal_cooperation"), ("PRK", "KOR", "verbal_cooperation")}),
    ("South Korea and North Korea held a meeting at Panmunjom.", "1993-03-12",
     {("KOR", "PRK", "verbal_cooperation")}, set()),
    ("Chinese and Vietnamese leaders held a party meeting in Hanoi.", "2011-10-11",
     {("CHN", "VNM", "verbal_cooperation")}, set()),
    # suspended military contacts reduce relations; "nothing to apologize for" denies an apology
    ("China suspended military contacts with the United States.", "1999-05-09",
     {("CHN", "USA", "material_conflict")}, set()),
    ("Li said Beijing had nothing to apologize for to Japan.", "2005-04-17",
     {("CHN", "JPN", "verbal_conflict")}, {("CHN", "JPN", "verbal_cooperation")}),
    ("Britain has nothing to gain by sanctioning Russia, the minister said.", "2022-03-01",
     {("GBR", "RUS", "material_conflict")}, {("GBR", "RUS", "verbal_cooperation")}),
], ids=["help-mali-fight", "help-rebels-fight", "reassure", "reassure-people", "asked-to-withdraw", "asked-to-help",
        "asked-to-remove-sanctions", "asked-to-allow-to-leave", "cabinet-meeting", "held-a-meeting", "party-meeting",
        "suspended-military-contacts", "nothing-to-apologize", "nothing-to-gain"])
def test_troops_sent_to_help_requests_to_leave_and_cabinet_meetings(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # cooperation among those fighting someone is no cooperation with the one fought
    ("We must continue to build on the progress achieved in the fight against Da'esh in Syria and Iraq by "
     "strengthening regional and international cooperation.", "ARE", "2021-09-21",
     {("ARE", "ISIS", "verbal_conflict")}, {("ARE", "ISIS", "material_cooperation"),
                                            ("ISIS", "ARE", "material_cooperation")}),
    # (a guard: the cooperation names no partner in the fought one, and none is made)
    ("Iraq and Syria agreed to strengthen their cooperation in the war against the Islamic State.", None,
     "2016-05-01", {("IRQ", "SYR", "material_cooperation")},
     {("IRQ", "ISIS", "material_cooperation"), ("SYR", "ISIS", "material_cooperation")}),
    # an agreement to protect an agreement trampled on: the violator's act is hostile
    ("The American Government trampled on the nuclear agreement with Iran.", None, "2019-09-20",
     {("USA", "IRN", "verbal_conflict")}, set()),
])
def test_cooperation_aimed_at_the_one_fought_and_agreements_trampled_on(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


def test_against_outside_a_fight_leaves_cooperation_alone():
    # "ruled against Beijing's claims", "a protest against the law": no one fought, the deals stand
    got = _acts(explain_sentence("Philippine President Rodrigo Duterte and Chinese President Xi Jinping signed "
                                 "deals worth $13.5 billion, months after a tribunal ruled against Beijing's claims.",
                                 date="2016-10-20"))
    assert {("PHL", "CHN"), ("CHN", "PHL")} & {(a, b) for a, b, c in got if c.endswith("cooperation")}, got
    assert not any(c.endswith("conflict") for _s, _t, c in got), got


def test_arms_sent_in_a_list_with_counts_are_military_aid():
    # "send 1,000 anti-tank weapons and 500 Stinger missiles to Ukraine": a count in the list's second item
    _check_acts("Germany will send 1,000 anti-tank weapons and 500 Stinger missiles to Ukraine to help it fight "
                "off the Russian invasion.", "2022-02-26",
                {("DEU", "UKR", "verbal_cooperation"), ("RUS", "UKR", "material_conflict")},
                {("DEU", "RUS", "verbal_cooperation")})


def test_fights_that_name_no_one_fought_leave_cooperation_alone():
    # guards for the reading above: days of fighting, a sport's defeat, a people's adjective before a noun,
    # and the state after "the war against X," that is the sentence's own subject
    got = _acts(explain_sentence("After 11 days of fighting Israel and Hamas agreed to a ceasefire brokered "
                                 "by Egypt.", date="2021-05-21"))
    assert ("EGY", "ISR", "verbal_cooperation") in got and not any(
        s == "EGY" and c.endswith("conflict") for s, _t, c in got), got
    got = _acts(explain_sentence("India and Somalia agreed to cooperate in combating Somali piracy.",
                                 date="2011-05-21"))
    assert ("IND", "SOM", "material_cooperation") in got and not any(c.endswith("conflict") for *_x, c in got), got
    got = _acts(explain_sentence("In the war against Iraq, Kuwait received the support of Saudi Arabia and Egypt.",
                                 date="1991-02-01"))
    assert ("KWT", "SAU", "verbal_cooperation") in got and ("SAU", "KWT", "verbal_conflict") not in got, got


def test_rivals_listed_or_allied_in_a_speech_keep_their_reading():
    # "the admission of the DPRK and the Republic of Korea" lists them; Greece and Turkey are NATO allies
    got = _article_pairs("", "We welcome the admission of the Democratic People's Republic of Korea and the "
                             "Republic of Korea to membership of our Organization.", date="1991-09-24", speaker="FRA")
    assert got[("KOR", "PRK")] == ("neutral", "listed together")
    got = _article_pairs("", "We are encouraged by the improved atmosphere between Greece and Turkey.",
                         date="1999-09-24", speaker="FRA")
    assert got[("GRC", "TUR")] == ("cooperative", "allies")


def test_counted_goods_in_a_list_may_have_decimals():
    _check_acts("Iran sent rifles and 1.5 million rounds to Hezbollah.", "2006-01-01",
                {("IRN", "HEZBOLLAH", "material_cooperation")}, set())


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # "join us in demanding": the speaking state demands
    ("It is time for every nation to join us in demanding that Iran's Government end its support for "
     "militias abroad.", "USA", "2017-09-19", {("USA", "IRN", "verbal_conflict")}, set()),
    # two peoples in a war waged against one of them are its two sides, not allies in it
    ("The dictator sacrificed the lives of countless Iraqis and Iranians in a senseless war which he launched "
     "against Iran in 1980.", "ISR", "1990-09-25", {("IRQ", "IRN", "material_conflict")},
     {("IRQ", "IRN", "material_cooperation"), ("IRN", "IRQ", "material_cooperation")}),
], ids=["join-us-in-demanding", "war-against-one-of-the-two"])
def test_stop47_speech_readings(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


def test_allies_fighting_a_third_still_act_together():
    _check_acts("American and British troops fought a war against Iraq in 2003.", "2004-01-01",
                {("USA", "GBR", "material_cooperation"), ("USA", "IRQ", "material_conflict")},
                {("USA", "GBR", "material_conflict")})


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # a call on the UN to act is an appeal to it ...
    ("Tunisia calls on the United Nations to assume its full responsibilities towards the people of Gaza.",
     "TUN", "2023-09-22", {("TUN", "UN", "verbal_cooperation")}, {("TUN", "UN", "verbal_conflict")}),
    ("And I call on the Security Council to restore the sanctions it lifted.", "ISR", "2024-09-27",
     {("ISR", "UN", "verbal_cooperation")}, {("ISR", "UN", "verbal_conflict")}),
    # ... but asking it to undo its own act stays a demand
    ("Belgrade calls on the UN to annul the appointment of the province's new premier.", "SRB", "2005-03-10",
     {("SRB", "UN", "verbal_conflict")}, {("SRB", "UN", "verbal_cooperation")}),
    # "greet" in the present welcomes, whatever the clause after it regrets
    ("While we greet the new Members, Burundi and Jamaica, we deeply regret the colonialism of Portugal.",
     "EGY", "1962-10-01", {("EGY", "BDI", "verbal_cooperation"), ("EGY", "JAM", "verbal_cooperation"),
                           ("EGY", "PRT", "verbal_conflict")}, {("BDI", "PRT", "verbal_conflict")}),
    # a participle describing forces is their owner's act, not the subject's
    ("The Security Council set up the United Nations Interim Force in Lebanon to ensure the withdrawal of the "
     "invading forces from Lebanese territory.", "LBN", "1990-09-26", set(), {("UN", "LBN", "material_conflict")}),
    ("The United Nations must secure the withdrawal of the occupying forces from Lebanese territory.", "LBN",
     "1990-09-26", set(), {("UN", "LBN", "material_conflict")}),
    ("Syria demanded the withdrawal of the invading Israeli forces from Lebanon.", "LBN", "1990-09-26",
     {("ISR", "LBN", "material_conflict"), ("SYR", "ISR", "verbal_conflict")}, {("SYR", "ISR", "material_conflict")}),
    ("Kuwait was freed from the occupying Iraqi army in February.", "KWT", "1991-09-26",
     {("IRQ", "KWT", "material_conflict")}, {("KWT", "IRQ", "material_conflict")}),
], ids=["call-on-un", "call-on-council", "call-on-un-to-annul", "greet", "invading-forces-no-owner",
        "occupying-forces-no-owner", "invading-forces-owner", "occupying-army-no-place"])
def test_stop47_appeals_greetings_and_participles(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # troops crossing in on a named mission help the host ...
    ("French marines crossed into western Rwanda on Thursday on a humanitarian mission approved by the UN "
     "Security Council.", "1994-06-23", {("FRA", "RWA", "material_cooperation")}, {("FRA", "RWA", "material_conflict")}),
    # ... but a mission named after a comma is not the entering troops' own ...
    ("Russian troops poured into Georgia, ignoring the EU monitoring mission.", "2008-08-09",
     {("RUS", "GEO", "material_conflict")}, {("RUS", "GEO", "material_cooperation")}),
    # ... others sent to save the host's president leave an incursion one ...
    ("Rwandan troops pushed into eastern Congo on Sunday as Angola and Zimbabwe rushed troops to save President "
     "Laurent Kabila.", "1998-08-23", {("RWA", "COD", "material_conflict")}, set()),
    # ... and a purpose of the invader's own stays an incursion
    ("Russian troops poured into Ukraine to protect Russian speakers, Moscow said.", "2022-02-24",
     {("RUS", "UKR", "material_conflict")}, set()),
    ("Turkish troops crossed into northern Iraq to help fight Kurdish rebels.", "2007-12-18",
     {("TUR", "IRQ", "material_conflict")}, set()),
], ids=["humanitarian-mission", "mission-after-a-comma", "others-save-the-president", "protect-speakers",
        "help-fight-rebels"])
def test_stop47_troops_entering_on_a_mission(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # a request to stop is a demand, with a time between the state and "to"
    ("Bhutan asked China on Thursday to stop building a road on the Doklam plateau.", "2017-06-29",
     {("BTN", "CHN", "verbal_conflict")}, {("BTN", "CHN", "verbal_cooperation")}),
    # ... but not a force asked for to end a fight, nor a plea to end the violence
    ("Australian troops secured the airport in a joint force requested by East Timor's government to end "
     "fighting between army factions.", "2006-05-26", set(), {("TLS", "AUS", "verbal_conflict")}),
    ("Kenya asked Ethiopia and Eritrea to end the fighting along their border.", "1999-02-10", set(),
     {("KEN", "ETH", "verbal_conflict"), ("KEN", "ERI", "verbal_conflict")}),
    # a state telling of another's violation accuses it
    ("The United States said Iran breached the nuclear deal.", "2019-07-01", {("USA", "IRN", "verbal_conflict")}, set()),
    ("Russia charged that Ukraine violated the Minsk agreements.", "2021-04-02", {("RUS", "UKR", "verbal_conflict")},
     set()),
    # ... a violation told by no state is no one's accusation
    ("Iran breached the nuclear deal, the report on Germany's exports said.", "2019-07-01", set(),
     {("DEU", "IRN", "verbal_conflict"), ("IRN", "DEU", "verbal_conflict")}),
], ids=["asked-to-stop", "requested-by-to-end-fighting", "asked-to-end-fighting", "said-breached", "charged-violated",
        "violation-told-by-none"])
def test_stop47_requests_to_stop_and_told_violations(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # "no fiercer enemy than": a comparative after "no" affirms, most strongly, and the one after "than" is
    # the enemy
    ("As long as its regime seeks our destruction, Iran will face no fiercer enemy than Israel.", "2017-09-19",
     {("ISR", "IRN", "verbal_conflict")}, {("IRN", "ISR", "verbal_cooperation"), ("IRN", "ISR", "verbal_conflict")}),
    ("Iran is no enemy of Iraq, Tehran said.", "1995-01-01", set(), {("IRN", "IRQ", "verbal_conflict")}),
    # interference condemned with no meddler named is sympathy with the state meddled with
    ("The Government of Saudi Arabia strongly deplores any interference in the domestic affairs of Pakistan.",
     "1971-10-01", set(), {("SAU", "PAK", "verbal_conflict")}),
    ("Egypt condemned Iranian interference in Bahrain.", "2011-04-01", {("EGY", "IRN", "verbal_conflict")}, set()),
], ids=["no-fiercer-enemy-than", "no-enemy", "deplores-interference-in", "condemned-iranian-interference"])
def test_stop47_comparatives_and_interference(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # a promise of harm is a threat
    ("President Roh Moo-hyun has promised a stern response to Tokyo over the textbooks.", "2005-03-23",
     {("KOR", "JPN", "verbal_conflict")}, {("KOR", "JPN", "verbal_cooperation")}),
    ("Brazil promised aid to Haiti after the storm.", "2008-09-10", {("BRA", "HTI", "verbal_cooperation")}, set()),
    # a cooperative act one side is forced into is the forcer's demand
    ("Bolivia's case at the court seeks to force Chile to negotiate an outlet to the sea.", "2013-04-24",
     {("BOL", "CHL", "verbal_conflict")}, {("BOL", "CHL", "verbal_cooperation"), ("CHL", "BOL", "verbal_cooperation")}),
], ids=["promised-stern-response", "promised-aid", "force-to-negotiate"])
def test_stop47_threats_and_coercion(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # support one is assured of runs from its owner to the one assured, not to a state named before
    ("Merkel told Putin the embassy must be protected and assured Estonian Prime Minister Andrus Ansip of "
     "Germany's support.", "2007-05-01", {("DEU", "EST", "verbal_cooperation")}, {("DEU", "RUS", "verbal_cooperation")}),
    # a state only in a relative clause about another state is not the main act's target ...
    ("Sweden's bid remains blocked by Turkey and Hungary, whose parliaments ratified Finland's entry only last week.",
     "2023-04-04", {("TUR", "SWE", "verbal_conflict")}, {("TUR", "FIN", "verbal_conflict"), ("HUN", "FIN", "verbal_conflict")}),
    # ... but a clause about a thing keeps its states
    ("Congolese President Felix Tshisekedi proposed a new timetable, which Cairo and Khartoum accepted and "
     "Addis Ababa rejected.", "2021-04-06", {("COD", "ETH", "verbal_cooperation")}, set()),
], ids=["assured-of-support", "whose-clause-about-a-state", "which-clause-about-a-thing"])
def test_stop47_assurances_and_relative_clauses(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # the second reader's sentences (stop 47): each rule of the stop kept to its own ground
    ("Turkey stepped up the shelling of Syrian army positions.", "2020-02-20", {("TUR", "SYR", "material_conflict")},
     {("SYR", "TUR", "material_conflict")}),
    ("Iraq kept the occupying forces in Kuwait despite the deadline.", "1991-01-16",
     {("IRQ", "KWT", "material_conflict")}, set()),
    ("The Security Council must secure the withdrawal of the occupying forces of Israel from Lebanon.", "1990-09-26",
     {("ISR", "LBN", "material_conflict")}, set()),
    ("Japan promised a swift response to the Philippines' request for typhoon aid.", "2013-11-10", set(),
     {("JPN", "PHL", "verbal_conflict")}),
    ("Pakistan promised China swift punishment for the attackers.", "2021-07-20", set(),
     {("PAK", "CHN", "verbal_conflict")}),
    ("Mali asked France to end the rebellion in the north.", "2013-01-11", set(), {("MLI", "FRA", "verbal_conflict")}),
    ("Iraq asked the United States to stop the advance of Islamic State fighters.", "2014-06-18", set(),
     {("IRQ", "USA", "verbal_conflict")}),
    ("Western diplomats in Vienna said Iran had breached the nuclear deal.", "2019-07-01", set(),
     {("AUT", "IRN", "verbal_conflict")}),
    ("UN sanctions forced Libya to hand over the two suspects to Britain.", "1999-04-05",
     {("LBY", "GBR", "material_cooperation")}, set()),
    ("The treaty obliges Germany to help Poland if Poland is attacked.", "2015-05-01",
     {("DEU", "POL", "material_cooperation")}, {("DEU", "POL", "verbal_conflict")}),
    ("Egypt condemned the blatant interference in Bahrain's internal affairs from Tehran.", "2011-04-01",
     {("EGY", "IRN", "verbal_conflict")}, set()),
    ("Washington assured Seoul of America's support against North Korea.", "2010-05-01",
     {("USA", "PRK", "verbal_conflict"), ("USA", "KOR", "verbal_cooperation")}, set()),
], ids=["shelling-of", "occupying-forces-subject", "occupying-forces-of", "response-to-a-request", "punishment-for",
        "end-the-rebellion", "stop-the-advance", "diplomats-in-vienna", "forced-by-sanctions", "treaty-obliges",
        "interference-from", "support-against"])
def test_stop47_second_reader_sentences(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # what a body is asked to do is the verb after "to": ending a third party's act is an appeal to it ...
    ("We call on the United Nations, including all its entities and mechanisms, to put an end to the suffering "
     "of the Palestinian people.", "TUN", "2021-09-24", {("TUN", "UN", "verbal_cooperation")},
     {("TUN", "UN", "verbal_conflict")}),
    ("Algeria reiterates its call on the Security Council to assume its responsibilities and compel the occupying "
     "Power to end its occupation.", "DZA", "2021-09-23", {("DZA", "UN", "verbal_cooperation")},
     {("DZA", "UN", "verbal_conflict")}),
    # ... ending its own, or withdrawing its force, is a demand on it
    ("Egypt called on the Security Council to end its silence.", "EGY", "1967-10-01",
     {("EGY", "UN", "verbal_conflict")}, {("EGY", "UN", "verbal_cooperation")}),
    ("We call on the United Nations to withdraw its emergency force from our territory.", "EGY", "1967-10-01",
     {("EGY", "UN", "verbal_conflict")}, {("EGY", "UN", "verbal_cooperation")}),
], ids=["put-an-end-to-suffering", "compel-the-occupier", "end-its-silence", "withdraw-its-force"])
def test_stop47_what_a_body_is_asked_to_do(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # an agentless passive names no agent however long its subject
    ("Two years ago, on our continent, Ukraine's sovereignty, independence and territorial integrity were violated.",
     "ESP", "2016-09-20", set(), {("UKR", "ESP", "verbal_conflict"), ("ESP", "UKR", "verbal_conflict")}),
    ("Ukraine's sovereignty was violated by Russia.", "ESP", "2016-09-20", {("RUS", "UKR", "verbal_conflict")}, set()),
    # a participle telling of lands names no state as its object here, and never the clause's subject
    ("Washington still evades the matter of Israel's withdrawal from all the Arab lands seized by it.", "RUS",
     "1982-09-20", set(), {("ISR", "USA", "material_conflict"), ("USA", "ISR", "material_conflict")}),
    # a zone "free from interference": the act is ruled out
    ("We hold that the wish of the Association of South-East Asian Nations for a zone of peace free from "
     "interference by foreign Powers should be respected.", "CHN", "1976-09-20", set(),
     {("CHN", "ASEAN", "verbal_conflict")}),
], ids=["agentless-long-subject", "violated-by", "lands-seized-by-it", "free-from-interference"])
def test_stop48_agentless_acts_and_acts_ruled_out_in_speeches(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # a participle telling of lands: their owner is the object, never the clause's subject
    ("Egypt demanded the return of Kuwaiti territory seized by Iraq.", "1990-09-20",
     {("IRQ", "KWT", "material_conflict")}, {("IRQ", "EGY", "material_conflict")}),
    # the commas of a list inside an aside lead back to the participle that opens it
    ("Morocco, relying on its rights, its history and the opinion of the International Court of Justice, refused "
     "to agree to the referendum.", "1983-09-20", set(), {("MAR", "ICJ", "verbal_conflict")}),
    # "the deplorable events in Lebanon": the place, not the one deplored
    ("Egypt set out its position on the deplorable events in Lebanon.", "1978-09-20", set(),
     {("EGY", "LBN", "verbal_conflict")}),
    # a resolution against a state is the body's disapproval of it
    ("The Security Council adopted two resolutions against Israel.", "1981-09-20", {("UN", "ISR", "verbal_conflict")},
     set()),
], ids=["territory-seized-by-iraq", "aside-with-a-list", "deplorable-events-in", "resolutions-against"])
def test_stop48_seized_lands_asides_and_resolutions(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # what a state is warned against has not happened, however many states are warned
    ("Rwandan Vice-President Paul Kagame warned Harare, Luanda and Windhoek against turning a Congolese quarrel "
     "into a regional war.", "1998-09-14", {("RWA", "ZWE", "verbal_conflict")},
     {("ZWE", "COD", "material_conflict"), ("AGO", "COD", "material_conflict")}),
    # "Islamist positions in northern Mali": the object is the armed group, Mali only its place
    ("French jets struck Islamist positions in northern Mali on Monday.", "2013-01-14", set(),
     {("FRA", "MLI", "material_conflict")}),
    # two names with a comma before "and" and a verb after the second: a new clause and its subject
    ("Turkish President Tayyip Erdogan hailed a great victory for Baku, and Yerevan accuses Ankara of sending "
     "fighters to the front.", "2020-11-10", {("ARM", "TUR", "verbal_conflict"), ("TUR", "AZE", "verbal_cooperation")},
     {("TUR", "ARM", "verbal_cooperation"), ("TUR", "ARM", "verbal_conflict")}),
], ids=["warned-three-against", "islamist-positions-in", "comma-and-new-subject"])
def test_stop48_warnings_armed_groups_and_new_clauses(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # an armed group just before the verb is its subject, not the state named earlier in the sentence
    ("French troops entered Rwanda as rebels warned Paris to keep away.", "1994-06-23", set(),
     {("RWA", "FRA", "verbal_conflict")}),
    ("Sudan-backed rebels attacked Chad on Monday.", "2006-04-13", {("SDN", "TCD", "material_conflict")}, set()),
    # a hostile noun with "between" after it names its sides, whoever the clause's subject is; and a pronoun
    # after the reporting verb does not reach into the clause "as" opens
    ("Madrid said it was sending a navy patrol vessel to protect its fleet as a fishing dispute between Canada "
     "and the European Union turned into a diplomatic row.", "1995-03-12", {("CAN", "EU", "verbal_conflict")},
     {("ESP", "CAN", "verbal_conflict"), ("ESP", "EU", "verbal_conflict")}),
    # ... but a mediator between two sides stays the mediator
    ("Kuwait's emir flew to Doha to mediate between Qatar and the Saudi-led bloc.", "2017-06-07",
     {("KWT", "QAT", "verbal_cooperation")}, {("QAT", "SAU", "verbal_cooperation")}),
    # "the two countries" opening a clause after two states named apart means those two
    ("Pakistan and China signed a pact on Monday. Pakistan thanked China for the loans. China objected to New "
     "Delhi's decision to turn Ladakh, where "
     "the two countries dispute a stretch of border, into a federal territory.", "2019-08-10",
     {("CHN", "IND", "verbal_conflict"), ("IND", "CHN", "verbal_conflict")},
     {("CHN", "PAK", "verbal_conflict"), ("PAK", "CHN", "verbal_conflict")}),
    # two states that "dispute" a stretch of land quarrel with each other, not together against a third
    ("India and China dispute a stretch of border in the Himalayas.", "2019-08-10",
     {("CHN", "IND", "verbal_conflict")}, {("CHN", "IND", "material_cooperation")}),
], ids=["rebels-warned-paris", "sudan-backed-rebels", "dispute-between-as-clause", "mediate-between",
        "where-the-two-countries", "dispute-a-stretch"])
def test_stop48_armed_subjects_sides_between_and_the_two_countries(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # troops sent to serve beside another's under a joint command help (field hospitals were tried as a sign of a
    # mission and taken out: "troops and field hospitals near the border with Ukraine")
    ("Damascus said it would send troops to serve beside the Egyptians under a joint Arab command.", "1990-08-10",
     {("SYR", "EGY", "material_cooperation")}, {("SYR", "EGY", "material_conflict"), ("SYR", "EGY", "verbal_conflict")}),
    # ... but forces sent "to help enforce" a blockade are aimed at the state blockaded
    ("Britain sent warships to help enforce a blockade of Iraq.", "1990-08-20", {("GBR", "IRQ", "material_conflict")},
     {("GBR", "IRQ", "material_cooperation")}),
], ids=["serve-beside", "enforce-a-blockade"])
def test_stop48_forces_sent_beside_an_ally_or_to_blockade(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # an accord that another is said to violate is what is broken, no accord made with the violator
    ("Iran accepted an agreement in 2015, but America trampled upon that agreement.", "2022-09-20",
     {("USA", "IRN", "verbal_conflict")}, {("USA", "IRN", "verbal_cooperation"), ("IRN", "USA", "verbal_cooperation")}),
    # ... but an accord condemned by a third state was still made by its parties
    ("Egypt condemned the agreement between Israel and the UAE.", "2020-08-14", {("ISR", "ARE", "verbal_cooperation")},
     set()),
], ids=["trampled-upon-that-agreement", "condemned-agreement-between"])
def test_stop48_an_accord_violated_is_no_accord(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # the second reader's sentences (stop 48): each new rule kept to what its comment says
    ("Argentina will never give up its claim to the islands occupied by Britain.", None, "1983-10-01",
     {("GBR", "ARG", "material_conflict")}, set()),
    ("Georgia vowed to win back the regions occupied by Russian troops.", None, "2008-10-01",
     {("RUS", "GEO", "material_conflict")}, set()),
    ("Cuba has never been free from American aggression.", "CUB", "1962-10-01", {("USA", "CUB", "verbal_conflict")},
     set()),
    ("Nigeria spoke of the deplorable conditions in South Africa.", None, "1976-10-01",
     {("NGA", "ZAF", "verbal_conflict")}, set()),
    ("France warned Turkey against an offensive in Syria and welcomed Germany's call for an arms embargo.", None,
     "2019-06-01", {("FRA", "DEU", "verbal_cooperation"), ("FRA", "TUR", "verbal_conflict")}, set()),
    ("Russia warned the United States after its missile strike against a Syrian air base killed six soldiers.",
     None, "2017-04-10", {("RUS", "USA", "verbal_conflict")}, set()),
    ("The United States imposed sanctions on the Islamist government in Khartoum.", None, "1996-10-01",
     {("USA", "SDN", "material_conflict")}, set()),
    ("NATO helicopters hunting militants attacked two Pakistani border posts.", None, "2011-11-26",
     {("NATO", "PAK", "material_conflict")}, set()),
    ("Israel carried out air strikes between Damascus and the Lebanese border overnight.", None, "2013-05-05",
     {("ISR", "SYR", "material_conflict")}, {("SYR", "LBN", "material_conflict")}),
    ("Britain summoned the Iranian ambassador, saying it would, as promised, support Saudi Arabia.", None,
     "2019-09-12", {("GBR", "SAU", "verbal_cooperation")}, {("IRN", "SAU", "verbal_cooperation")}),
    # ... but "as a trade dispute flared" does open one: the pronoun's clause ends there
    ("Ottawa said it was sending a patrol boat as a trade dispute flared between Spain and Portugal.", None,
     "1995-03-12", {("ESP", "PRT", "material_conflict")}, {("CAN", "ESP", "material_conflict")}),
    ("Russia deployed tens of thousands of troops and field hospitals near the border with Ukraine.", None,
     "2021-12-01", set(), {("RUS", "UKR", "material_cooperation")}),
    ("Nigeria deployed more peacekeepers to Liberia to enforce the arms embargo on the warring factions.", None,
     "1992-11-01", {("NGA", "LBR", "material_cooperation")}, {("NGA", "LBR", "material_conflict")}),
], ids=["islands-occupied-by", "regions-occupied-by", "never-free-from", "deplorable-conditions-in",
        "warned-then-welcomed", "another-nouns-against", "islamist-government", "hunting-militants",
        "strikes-between-places", "as-promised", "as-a-clause", "field-hospitals-near-border",
        "peacekeepers-enforce-embargo"])
def test_stop48_second_readers_sentences(text, speaker, date, expected, absent):
    if speaker:
        _check_speech_acts(text, speaker, date, expected, absent)
    else:
        _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # go-betweens mediate for both sides
    ("Saudi Arabia and the United Arab Emirates had been passing messages between New Delhi and Islamabad.",
     "2019-03-01", {("SAU", "IND", "verbal_cooperation"), ("ARE", "PAK", "verbal_cooperation")}, set()),
    ("Qatar has acted as an intermediary between Washington and the Taliban.", "2019-03-01",
     {("QAT", "USA", "verbal_cooperation"), ("QAT", "TALIBAN", "verbal_cooperation")}, set()),
    # troops sent to defend a state side with it, and against the one it is defended from
    ("Egypt and Syria agreed to send troops to defend Saudi Arabia against Iraq.", "1990-08-20",
     {("EGY", "SAU", "material_cooperation"), ("SYR", "IRQ", "verbal_conflict")},
     {("EGY", "SAU", "material_conflict")}),
    ("Moscow deployed troops to protect Abkhazia from Georgia.", "2008-08-08",
     {("RUS", "GEO", "verbal_conflict")}, {("RUS", "GEO", "material_cooperation")}),
    # ... but protecting people named by a demonym is no help to a state
    ("Russia sent troops into Crimea to protect Russian speakers.", "2014-03-01",
     set(), {("RUS", "UKR", "material_cooperation")}),
    # the host's own rulers asked for the troops
    ("South African troops crossed into Lesotho at the request of its prime minister.", "1998-09-22",
     {("ZAF", "LSO", "material_cooperation")}, {("ZAF", "LSO", "material_conflict")}),
    ("Rwandan troops crossed into Congo at the request of its ousted president.", "1998-09-22",
     {("RWA", "COD", "material_conflict")}, {("RWA", "COD", "material_cooperation")}),
    # an act named after "called the" is one already told: its agent is judged, the judge did not do it
    ("North Korea shelled the South Korean island of Yeonpyeong, and Japan called the attack unforgivable.",
     "2010-11-23", {("JPN", "PRK", "verbal_conflict"), ("PRK", "KOR", "material_conflict")},
     {("JPN", "KOR", "material_conflict")}),
    ("Ukraine called the annexation illegal and Russia shrugged.", "2014-03-20",
     {("UKR", "RUS", "verbal_conflict")}, {("UKR", "RUS", "material_conflict")}),
    # a bare noun of harm opening an "as" clause has no agent there
    ("France evacuated its nationals from Rwanda as the killing spread.", "1994-04-10",
     set(), {("FRA", "RWA", "material_conflict")}),
    # ", backed by X" sides X with the agent of the acts before it, against their target
    ("Saudi-led warplanes struck Houthi positions in Yemen, backed by Egypt and Jordan.", "2015-03-26",
     {("EGY", "SAU", "verbal_cooperation"), ("JOR", "HOUTHIS", "verbal_conflict")},
     {("EGY", "HOUTHIS", "verbal_cooperation")}),
    # standing beside a leader is support
    ("Poland and Ukraine sent their presidents to Tbilisi to stand beside Georgia's leader.", "2008-08-12",
     {("POL", "GEO", "verbal_cooperation"), ("UKR", "GEO", "verbal_cooperation")}, set()),
], ids=["passing-messages", "intermediary", "defend-against", "protect-from", "protect-speakers",
        "request-of-its-pm", "request-of-ousted", "called-the-attack", "called-the-annexation",
        "as-the-killing-spread", "backed-by-after-strike", "stand-beside"])
def test_stop49_third_states_and_judged_acts(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # an offer declined is turned down
    ("Nicaragua's government on Wednesday declined an offer of Cuban doctors for villages buried by the storm.",
     "1998-11-04", {("NIC", "CUB", "verbal_conflict")}, {("NIC", "CUB", "verbal_cooperation")}),
    # a frontier closes and opens like a border; the one stood with is no target of the closure
    ("Ankara closed the frontier with Armenia in solidarity with Azerbaijan.", "1993-04-03",
     {("TUR", "ARM", "material_conflict"), ("TUR", "AZE", "verbal_cooperation")}, {("TUR", "AZE", "material_conflict")}),
    ("Turkey closed its border in solidarity with Azerbaijan.", "1993-04-03",
     set(), {("TUR", "AZE", "material_conflict")}),
    ("Russia reopened the frontier with Georgia.", "2010-03-01", {("RUS", "GEO", "material_cooperation")}, set()),
    # asked to keep talking is an appeal for talks, not a demand
    ("Brazil urged Guyana and Venezuela to keep talking.", "2023-12-28",
     {("BRA", "GUY", "verbal_cooperation"), ("BRA", "VEN", "verbal_cooperation")}, {("BRA", "GUY", "verbal_conflict")}),
    # one out of office acts for no state
    ("Julius Nyerere, the former Tanzanian leader who has mediated in Burundi since March, warned the junta.",
     "1996-08-01", set(), {("TZA", "BDI", "verbal_cooperation")}),
    ("Tanzanian President Benjamin Mkapa mediated between Burundi and Rwanda.", "1996-08-01",
     {("TZA", "BDI", "verbal_cooperation")}, set()),
    # troops crossing "opening a U.N.-approved mission" come on a mission
    ("The first French troops crossed into Rwanda from Zaire on Thursday, opening a U.N.-approved mission.",
     "1994-06-23", {("FRA", "RWA", "material_cooperation")}, {("FRA", "RWA", "material_conflict")}),
    ("Russian troops crossed into Georgia on Thursday, opening a second front.", "2008-08-09",
     {("RUS", "GEO", "material_conflict")}, set()),
    # a visit called a threat is judged, not paid, by the judge
    ("Maduro called the visit of HMS Trent a threat from the former colonial power.", "2023-12-28",
     {("VEN", "GBR", "verbal_conflict")}, {("VEN", "GBR", "verbal_cooperation")}),
    # a gerund after a verb of stopping is undone, though the gerund is itself a word of undoing
    ("But Israel stopped withdrawing its forces from southern Lebanon.", "1998-10-01",
     {("ISR", "LBN", "verbal_conflict")}, {("ISR", "LBN", "material_cooperation")}),
    ("Israel began withdrawing its forces from southern Lebanon.", "2000-05-22",
     {("ISR", "LBN", "material_cooperation")}, set()),
], ids=["declined-an-offer", "frontier-in-solidarity", "border-in-solidarity", "reopened-frontier",
        "keep-talking", "former-leader-mediated", "serving-leader-mediated", "opening-approved-mission",
        "opening-a-front", "visit-called-a-threat", "stopped-withdrawing", "began-withdrawing"])
def test_stop49_refusals_solidarity_and_former_leaders(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_pulling_itself_together_is_no_partners_act():
    # a speaker's "we" and the state told to "pull itself together" do nothing together
    _check_speech_acts("We believe there is still time for the United Kingdom to pull itself together and use its "
                       "prerogatives to restore power in Salisbury.", "TUN", "1965-10-01", set(),
                       {("GBR", "TUN", "material_cooperation"), ("TUN", "GBR", "material_cooperation")})


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Saudi Arabia cut ties with Iran after protesters stormed its embassy in Tehran, and Bahrain followed suit.",
     "2016-01-04", {("SAU", "IRN", "material_conflict"), ("BHR", "IRN", "material_conflict")},
     {("BHR", "SAU", "material_conflict")}),
    ("Saudi Arabia cut ties with Iran on Sunday. Bahrain and Sudan quickly followed suit on Monday.", "2016-01-04",
     {("BHR", "IRN", "material_conflict"), ("SDN", "IRN", "material_conflict")}, set()),
    ("Britain expelled 23 Russian diplomats. The United States did the same a week later.", "2018-03-20",
     {("USA", "RUS", "material_conflict")}, set()),
    # no follower named: nothing copied
    ("Serbia recalled its ambassador to the United States and warned every government that followed suit.",
     "2008-02-18", {("SRB", "USA", "material_conflict")}, {("USA", "USA", "material_conflict")}),
], ids=["and-followed-suit", "followed-suit-next-sentence", "did-the-same", "no-follower-named"])
def test_followed_suit_copies_the_act_told_before(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # a host that lets another's forces attack takes part; one that refuses does not, and the act stays theirs
    ("Belarus let Russian troops attack Ukraine from its territory.", "2022-02-24",
     {("RUS", "UKR", "material_conflict"), ("BLR", "UKR", "material_conflict"), ("BLR", "RUS", "material_cooperation")},
     set()),
    ("Turkey refused to allow U.S. troops to use its bases to attack Iraq.", "2003-03-01",
     {("USA", "IRQ", "material_conflict"), ("TUR", "USA", "verbal_conflict")},
     {("TUR", "IRQ", "material_conflict")}),
    # a strike on a base that houses another state's troops strikes that state too
    ("Iran fired missiles at bases in Iraq housing American troops.", "2020-01-08",
     {("IRN", "IRQ", "material_conflict"), ("IRN", "USA", "material_conflict")}, set()),
    # a rift "between Qatar and its neighbours" has one named side, and the mediator is not the other
    ("Kuwait is trying to mediate the rift between Qatar and its Gulf neighbours.", "2017-06-06",
     {("KWT", "QAT", "verbal_cooperation")}, {("QAT", "KWT", "verbal_conflict")}),
    ("Kuwait mediated the rift between Qatar and Saudi Arabia.", "2017-06-06",
     {("QAT", "SAU", "verbal_conflict")}, set()),
    # a vessel sunk is an attack; a boat that sank, or shares that sank, are not
    ("A North Korean torpedo sank the South Korean corvette Cheonan, an international inquiry found.",
     "2010-05-20", {("PRK", "KOR", "material_conflict")}, set()),
    ("A boat carrying migrants from Eritrea caught fire and sank off the Italian island of Lampedusa.",
     "2013-10-04", set(), {("ERI", "ITA", "material_conflict")}),
    ("Japanese shares sank a further 3 percent on China worries.", "2010-05-20",
     set(), {("JPN", "CHN", "material_conflict")}),
], ids=["let-troops-attack", "refused-to-allow", "bases-housing-troops", "rift-with-unnamed-side",
        "rift-between-two", "sank-the-corvette", "boat-sank-off", "shares-sank"])
def test_stop49_hosts_bases_rifts_and_sinkings(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # a headline's present verb before a weapons noun is the verb, not a name modifying the noun
    ("N. Korea Fires Missile Over Japan", "2017-08-29", {("PRK", "JPN", "material_conflict")}, set()),
    # a charge that someone stands behind an act of harm is an accusation, and the act is not the accuser's
    ("Syria Says Israel Behind Damascus Blast", "2006-09-12", {("SYR", "ISR", "verbal_conflict")}, set()),
    ("Tehran says Saudi Arabia behind attack on Iranian tanker", "2019-10-11",
     {("IRN", "SAU", "verbal_conflict")}, {("IRN", "SAU", "material_conflict")}),
    ("Egypt said Israel was behind the talks.", "2019-10-11", set(), {("EGY", "ISR", "verbal_conflict")}),
    # a state referred to a court is taken to law
    ("The UN Security Council referred Libya to the International Criminal Court.", "2011-02-26",
     {("UN", "LBY", "verbal_conflict")}, set()),
    ("Gambia referred Myanmar to the International Court of Justice over the Rohingya.", "2019-11-11",
     {("GMB", "MMR", "verbal_conflict")}, set()),
    # a noun of harm "in an artillery attack" tells how the clause's act was done: its agent is that act's
    ("Russia killed ten Ukrainian soldiers in an artillery attack.", "2022-05-01",
     {("RUS", "UKR", "material_conflict")}, {("UKR", "RUS", "material_conflict")}),
    ("Israel killed a Hamas leader in a Gaza strike.", "2004-03-22",
     {("ISR", "PSE", "material_conflict")}, {("HAMAS", "PSE", "material_conflict")}),
    # ... but not an "in" of the subject's own phrase
    ("We in Libya strongly condemn the American imperialist challenges in the area and declare our solidarity "
     "with the people of El Salvador.", "1980-10-01", set(), {("LBY", "SLV", "verbal_conflict")}),
], ids=["fires-missile-headline", "says-behind-headline", "says-behind-attack", "behind-the-talks",
        "referred-to-icc", "referred-to-icj", "in-an-artillery-attack", "in-a-gaza-strike", "we-in-libya"])
def test_stop49_headlines_charges_courts_and_scenes(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # troops crossing ", opening a mission" come on a mission
    ("French soldiers crossed into western Rwanda from Zaire on Thursday, opening a mission Paris says is meant "
     "only to shield civilians.", "1994-06-23", {("FRA", "RWA", "material_cooperation")},
     {("FRA", "RWA", "material_conflict")}),
    # "stopping short of" an act is restraint, as "stopped short of" is
    ("The Security Council voted to back ECOWAS in its efforts to ensure a transfer of power, while stopping short "
     "of endorsing force.", "2017-01-19", set(), {("UN", "ECOWAS", "verbal_conflict")}),
], ids=["opening-a-mission", "stopping-short-of"])
def test_stop49_missions_opened_and_restraint(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # the second reader's sentences (stop 49): each had been misread by a rule of the stop
    ("France sent troops to Mali at its request.", "2013-01-12", {("FRA", "MLI", "material_cooperation")}, set()),
    ("Saudi warplanes bombed Houthi positions in Yemen, backed by Iran.", "2015-04-01",
     {("IRN", "HOUTHIS", "verbal_cooperation")}, {("IRN", "SAU", "verbal_cooperation")}),
    ("After Russia invaded Ukraine, Finland applied to join NATO and Sweden followed suit.", "2022-05-18",
     set(), {("SWE", "UKR", "material_conflict"), ("NATO", "UKR", "material_conflict")}),
    ("Britain expelled 23 Russian diplomats, and Moscow did the same.", "2018-03-17",
     {("RUS", "GBR", "material_conflict")}, set()),
    ("Jordan let Iraqi troops cross its territory as Israeli jets attacked Syria.", "1973-10-10",
     {("ISR", "SYR", "material_conflict")}, {("IRQ", "SYR", "material_conflict"), ("ISR", "IRQ", "material_cooperation")}),
    ("A South Korean warship was sunk by a North Korean torpedo.", "2010-05-20",
     set(), {("KOR", "PRK", "material_conflict")}),
    ("Greece sank the Macedonian bid to join NATO at the Bucharest summit.", "2008-04-03",
     set(), {("GRC", "MKD", "material_conflict")}),
    ("Russia fired missiles over the weekend at Kyiv and Lviv.", "2022-10-10",
     {("RUS", "UKR", "material_conflict")}, set()),
    ("Russia invaded Ukraine, and Hungary called the EU sanctions on Moscow a mistake.", "2022-06-15",
     {("EU", "RUS", "material_conflict")}, {("HUN", "RUS", "verbal_conflict")}),
    ("Turkish troops crossed into northern Iraq, opening a new mission against Kurdish rebels.", "2008-02-22",
     {("TUR", "IRQ", "material_conflict")}, {("TUR", "IRQ", "material_cooperation")}),
    ("The United States will send troops from bases in Germany to defend Poland.", "2022-02-02",
     {("USA", "POL", "material_cooperation")}, {("USA", "DEU", "verbal_conflict"), ("POL", "DEU", "verbal_conflict")}),
    ("Iran bought drone parts through intermediaries in Armenia, the United States said.", "2023-06-01",
     set(), {("IRN", "ARM", "verbal_cooperation")}),
], ids=["at-its-request", "backed-by-single-state", "followed-suit-after-clause", "did-the-same-tit-for-tat",
        "let-then-as-clause", "sunk-by-passive", "sank-a-bid", "fired-missiles-over-the-weekend",
        "called-the-eu-sanctions", "opening-a-mission-against", "troops-from-bases", "commercial-intermediaries"])
def test_stop49_second_readers_sentences(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_a_referral_in_a_speech_is_no_lawsuit():
    _check_speech_acts("Last year my delegation referred in this Assembly to the Court's advisory opinion on the wall "
                       "that Israel is building in occupied Palestinian territory.", "JOR", "2005-09-20", set(),
                       {("JOR", "PSE", "verbal_conflict")})


@pytest.mark.parametrize("text, date, expected, absent", [
    # stop 50: readings the fresh sets of stop 49 showed missing
    ("Bangladesh, Bhutan and Afghanistan joined India on Wednesday in pulling out of the summit.", "2016-09-28",
     {("BGD", "IND", "material_cooperation"), ("BGD", "BTN", "material_cooperation"),
      ("AFG", "BTN", "material_cooperation")}, set()),
    ("Japan joined the United States last week in imposing sanctions on North Korea.", "2006-09-19",
     {("JPN", "USA", "material_cooperation"), ("JPN", "PRK", "material_conflict")}, set()),
    ("Nigeria has sent aircraft and about 200 soldiers to Senegal for the regional force.", "1998-06-20",
     {("NGA", "SEN", "material_cooperation")}, {("NGA", "SEN", "material_conflict")}),
    ("Nigeria sent troops to Sierra Leone as part of the regional force.", "1998-02-20",
     {("NGA", "SLE", "material_cooperation")}, {("NGA", "SLE", "material_conflict")}),
    ("Russia sent tanks and troops into Georgia.", "2008-08-09", {("RUS", "GEO", "material_conflict")}, set()),
    ("Australia recalled its ambassador after Pakistan tested a nuclear device.", "1998-05-29",
     {("AUS", "PAK", "material_conflict")}, set()),
    ("Iran recalled its ambassador after Saudi Arabia executed a prominent cleric.", "2016-01-03",
     {("IRN", "SAU", "material_conflict")}, set()),
    ("Japan suspended aid after the United States had urged it to.", "1998-06-01",
     set(), {("JPN", "USA", "material_conflict")}),
], ids=["joined-on-a-day-in", "joined-last-week-in", "craft-and-soldiers-for-a-regional-force",
        "as-part-of-the-regional-force", "tanks-and-troops", "recalled-after-a-test", "recalled-after-an-execution",
        "suspended-after-being-urged"])
def test_stop50_joiners_forces_and_reactions(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_an_act_told_in_a_relative_clause_is_background_for_its_pair():
    # the clause's act is no news of the sentence, but it is all the story says of the pair
    got = _article_pairs("Rohingya deal", "Malaysia, which has accused Myanmar's army of ethnic cleansing, said "
                         "the agreement changed little.", "2017-11-24")
    assert got[("MMR", "MYS")] == ("hostile", "background cue")
    # and a pair the sentence's own act links keeps that act
    got = _article_pairs("Condolences", "Algeria, which cut ties with Rabat two years ago, sent condolences "
                         "to Morocco.", "2023-09-10")
    assert got[("DZA", "MAR")] == ("cooperative", "cue")
    # a "whose" clause tells the antecedent's own people's act
    got = _article_pairs("Rakhine", "India, whose Prime Minister Narendra Modi visited Myanmar last week, said it "
                         "was preparing relief supplies for Bangladesh.", "2017-09-12")
    assert got[("IND", "MMR")] == ("cooperative", "background cue")
    # a clause whose agents are named inside it ("which Kinshasa accuses of ...") is not the antecedent's act
    _check_acts("Rwanda, which Kinshasa and U.N. experts accuse of arming and fighting alongside the M23, sent "
                "Foreign Minister Vincent Biruta to the summit.", "2023-01-01", set(),
                {("COD", "M23", "material_cooperation"), ("UN", "M23", "material_cooperation")})


@pytest.mark.parametrize("text, date, expected, absent", [
    ("The search, which Australia is leading from Perth at Kuala Lumpur's request, would resume.", "2014-03-20",
     {("AUS", "MYS", "material_cooperation")}, set()),
    ("Burundian troops have been deployed in South Kivu since August with Kinshasa's approval.", "2022-11-01",
     {("COD", "BDI", "material_cooperation")}, set()),
    ("Thailand had committed troops only after securing Jakarta's blessing.", "1999-09-20",
     {("IDN", "THA", "material_cooperation")}, set()),
    ("Rwanda said Uganda had sent troops with Kinshasa's approval.", "2021-12-01",
     {("UGA", "COD", "material_cooperation")}, {("UGA", "COD", "material_conflict")}),
    ("Israeli jets struck targets in Syria without Damascus's consent.", "2019-01-21",
     {("ISR", "SYR", "material_conflict")}, {("SYR", "ISR", "material_cooperation")}),
    ("Angolan Armour Joins Zimbabwe, Namibia in Rescue of Kabila", "1998-08-24",
     {("AGO", "ZWE", "material_cooperation"), ("NAM", "ZWE", "material_cooperation")}, set()),
    ("The United Arab Emirates and Bahrain quickly lined up behind Riyadh.", "2018-08-08",
     {("ARE", "SAU", "verbal_cooperation"), ("BHR", "SAU", "verbal_cooperation")}, set()),
], ids=["at-a-capitals-request", "with-a-capitals-approval", "after-securing-a-blessing", "sent-with-approval",
        "without-consent", "joins-in-rescue", "lined-up-behind"])
def test_stop50_consent_requests_and_sides(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Honduras Drops Taipei for Beijing", "2023-03-26",
     {("HND", "TWN", "material_conflict"), ("HND", "CHN", "verbal_cooperation")}, set()),
    ("Costa Rica switched diplomatic recognition from Taiwan to China on Wednesday.", "2007-06-07",
     {("CRI", "TWN", "material_conflict"), ("CRI", "CHN", "verbal_cooperation")}, {("CRI", "TWN", "verbal_cooperation")}),
    ("Britain dropped its objections to the French plan.", "2007-06-07",
     {("GBR", "FRA", "material_cooperation")}, {("GBR", "FRA", "material_conflict")}),
    ("The World Court ordered Caracas on Friday to refrain from any step that would alter the situation.", "2023-12-01",
     {("ICJ", "VEN", "verbal_conflict")}, {("ICJ", "VEN", "verbal_cooperation")}),
    ("The World Court ordered Venezuela to refrain from any step that would alter the situation.", "2023-12-01",
     {("ICJ", "VEN", "verbal_conflict")}, set()),
    ("World Court Says Britain Must Hand Back Chagos Islands", "2019-02-25", {("ICJ", "GBR", "verbal_conflict")}, set()),
    ("The World Court said Britain was entitled to keep the islands.", "2019-02-25",
     set(), {("ICJ", "GBR", "verbal_conflict")}),
    ("Kuwait's ruler, Sheikh Jaber al-Ahmad al-Sabah, escaped to Saudi Arabia.", "1990-08-02",
     {("SAU", "KWT", "material_cooperation")}, set()),
    ("Lesotho Prime Minister Tom Thabane fled across the border to South Africa.", "2014-08-30",
     {("ZAF", "LSO", "material_cooperation")}, set()),
    ("Thousands of Syrian refugees fled to Turkey.", "2014-08-30", set(), {("TUR", "SYR", "material_cooperation")}),
    ("Iraqi soldiers fled into Syria.", "2014-08-30", set(), {("SYR", "IRQ", "material_cooperation")}),
], ids=["drops-for", "switched-recognition", "dropped-objections", "ordered-on-a-day", "court-ordered",
        "court-says-must", "court-says-entitled", "ruler-escaped-to", "premier-fled-to", "refugees-fled",
        "soldiers-fled"])
def test_stop50_switches_court_orders_and_refuge(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Britain, backed by France, pressed for sanctions on Iran.", "2011-03-14",
     {("FRA", "GBR", "verbal_cooperation"), ("GBR", "IRN", "material_conflict")}, {("FRA", "IRN", "verbal_cooperation")}),
    ("Britain, backed by France, pressed for talks with Iran.", "2011-03-14",
     {("GBR", "IRN", "verbal_cooperation")}, {("FRA", "IRN", "verbal_cooperation")}),
    ("Canada thanked Norway for pushing for talks with Sri Lanka.", "2006-02-01",
     {("CAN", "NOR", "verbal_cooperation")}, set()),
], ids=["backed-then-pressed-for-sanctions", "backed-then-pressed-for-talks", "thanked-for-pushing-for"])
def test_stop50_a_backers_clause_and_pressing_for(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Dominican President Luis Abinader crossed into Haiti on Wednesday.", "2024-04-07",
     {("DOM", "HTI", "verbal_cooperation")}, {("DOM", "HTI", "material_conflict")}),
    ("The Dominican president crossed into Haiti on Wednesday.", "2024-04-07",
     {("DOM", "HTI", "verbal_cooperation")}, {("DOM", "HTI", "material_conflict")}),
    ("Dominican troops crossed into Haiti on Wednesday.", "2024-04-07", {("DOM", "HTI", "material_conflict")}, set()),
    ("Colombian President Gustavo Petro said the raid broke the Vienna Convention and that Bogota stood with Mexico.",
     "2024-04-07", {("COL", "MEX", "verbal_cooperation")}, {("COL", "MEX", "material_conflict")}),
], ids=["leader-crossed-into", "titled-role-crossed-into", "troops-crossed-into", "said-the-raid-broke"])
def test_stop50_leaders_crossing_and_acts_judged_in_reported_speech(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # stop 50's second reader: readings the stop's first rules got wrong
    ("Honduras did not drop Taiwan for China.", "2023-03-26", set(),
     {("HND", "TWN", "material_conflict"), ("HND", "CHN", "verbal_cooperation")}),
    ("The United States will never abandon Taiwan for China, Blinken told reporters.", "2021-12-10", set(),
     {("USA", "TWN", "material_conflict")}),
    ("Hundreds of thousands of Venezuelans have abandoned Venezuela for Colombia since 2015.", "2019-03-10", set(),
     {("VEN", "COL", "verbal_cooperation")}),
    ("Kenyan troops entered Somalia with Ethiopia's blessing.", "2011-10-05",
     {("ETH", "KEN", "material_cooperation")}, {("ETH", "SOM", "material_cooperation")}),
    ("Israel is seeking Washington's blessing for new settlements.", "2012-02-17", set(),
     {("USA", "ISR", "material_cooperation")}),
    ("Vietnam is uneasy with China's agreement with the Philippines on joint exploration.", "2016-07-20", set(),
     {("CHN", "VNM", "material_cooperation")}),
    ("The Security Council met on Monday at France's request to discuss Mali.", "2013-01-14", set(),
     {("UN", "FRA", "material_cooperation")}),
    ("Russia sent thousands of troops to Ukraine and rejected calls for an international force.", "2014-03-02",
     {("RUS", "UKR", "material_conflict")}, {("RUS", "UKR", "material_cooperation")}),
    ("Rwanda sent troops into Congo to fight the East African regional force.", "2022-11-05",
     {("RWA", "COD", "material_conflict")}, {("RWA", "COD", "material_cooperation")}),
    ("The International Court of Justice said Serbia should not have to pay reparations.", "2007-02-26", set(),
     {("ICJ", "SRB", "verbal_conflict")}),
    ("Venezuelan opposition leader Juan Guaido fled to Colombia.", "2019-04-30", set(),
     {("COL", "VEN", "material_cooperation")}),
    ("Saudi Arabia recalled its ambassador after Canada called for the release of jailed activists.", "2018-08-05",
     {("SAU", "CAN", "material_conflict")}, set()),
    ("Britain joined the United States in the fight against Islamic State in Iraq.", "2014-09-25",
     {("GBR", "USA", "material_cooperation")}, set()),
    ("Backed by Russia, Syria rejected the plan.", "2012-01-10",
     {("RUS", "SYR", "verbal_cooperation")}, {("SYR", "RUS", "verbal_conflict")}),
], ids=["did-not-drop", "never-abandon", "migrants-abandoned", "entered-with-blessing", "seeking-a-blessing",
        "agreement-with", "council-met-at-request", "calls-for-a-force", "to-fight-the-force", "should-not",
        "opposition-leader-fled", "called-for-is-the-offence", "joined-in-the-fight", "backed-by-opening-clause"])
def test_stop50_second_readers_sentences(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("France and Germany issued a joint statement urging Iran to release the ship.", "2019-07-20",
     {("FRA", "DEU", "verbal_cooperation")}, {("FRA", "IRN", "verbal_cooperation"), ("IRN", "DEU", "verbal_cooperation")}),
    ("Egypt and Jordan signed a declaration calling on Israel to halt settlements.", "1995-07-20",
     {("EGY", "JOR", "verbal_cooperation")}, {("EGY", "ISR", "verbal_cooperation")}),
], ids=["joint-statement-urging", "declaration-calling-on"])
def test_stop50_the_object_of_a_demand_is_no_partner(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("The attack on the Natanz site was carried out by Israel, Iran said.", "2021-04-12",
     {("ISR", "IRN", "material_conflict")}, {("IRN", "ISR", "material_cooperation"), ("ISR", "IRN", "material_cooperation")}),
    ("Israeli jets carried out the raid near Damascus, Syria said.", "2019-01-21",
     {("ISR", "SYR", "material_conflict")}, {("SYR", "ISR", "material_cooperation")}),
    ("The attack was carried out by Israel, Iran said.", "2021-04-12",
     {("IRN", "ISR", "verbal_conflict")}, {("IRN", "ISR", "material_cooperation"), ("IRN", "ISR", "material_conflict")}),
    ("Israel carried out the strike, the United States said.", "2021-04-12",
     {("USA", "ISR", "verbal_conflict")}, {("USA", "ISR", "material_conflict"), ("ISR", "USA", "material_cooperation")}),
    ("Sanctions were imposed on Russia, China said on Monday.", "2022-03-07",
     set(), {("RUS", "CHN", "material_cooperation"), ("CHN", "RUS", "material_cooperation")}),
    ("Russia, China said they would block the resolution.", "2022-03-07",
     set(), {("RUS", "CHN", "material_conflict")}),
    ("Israel did not carry out the attack on the Iranian site, a spokesman said.", "2021-04-12",
     set(), {("ISR", "IRN", "material_conflict")}),
    ("Israel has never launched a strike on Iran.", "2021-04-12", set(), {("ISR", "IRN", "material_conflict")}),
], ids=["passive-agent-then-speaker", "agent-then-speaker", "no-target-the-speakers-charge", "a-third-partys-charge",
        "list-is-not-a-speaker", "headline-style-list",
        "did-not-carry-out", "never-launched"])
def test_stop51_a_trailing_speaker_and_undone_deeds(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Beijing welcomed the decision by Honduras to drop Taiwan.", "2023-03-16",
     {("CHN", "HND", "verbal_cooperation")}, {("HND", "CHN", "verbal_cooperation"), ("HND", "TWN", "verbal_cooperation")}),
    ("Seoul welcomed the move by Tokyo to lift export curbs.", "2023-03-16",
     {("KOR", "JPN", "verbal_cooperation")}, {("JPN", "KOR", "verbal_cooperation")}),
    ("Beijing welcomed the decision by Honduras to switch recognition from Taiwan.", "2023-03-16",
     {("CHN", "HND", "verbal_cooperation"), ("HND", "TWN", "material_conflict")},
     {("CHN", "TWN", "verbal_cooperation")}),
    ("The top U.N. court ordered Russia to halt its military operations in Ukraine.", "2022-03-16",
     {("ICJ", "RUS", "verbal_conflict")}, {("RUS", "UKR", "verbal_cooperation"), ("UN", "RUS", "verbal_conflict")}),
    ("The UN's top court ordered Russia to withdraw its troops from Ukraine.", "2022-03-16",
     {("ICJ", "RUS", "verbal_conflict")}, {("RUS", "UKR", "material_cooperation")}),
    ("Putin ordered troops into Ukraine on Thursday.", "2022-02-24", {("RUS", "UKR", "material_conflict")}, set()),
], ids=["welcomed-the-decision-by", "welcomed-the-move-by", "switch-recognition-from", "top-un-court-ordered-halt",
        "un-top-court-ordered-withdrawal", "ordered-troops-into"])
def test_stop51_decisions_by_orders_and_the_un_court(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Israel is working closely with our Arab peace partners to address our common security challenges from Iran.",
     "2015-10-01", set(), {("ISR", "IRN", "material_cooperation"), ("IRN", "ISR", "material_cooperation")}),
    ("Israel is working closely with Egypt on security in Sinai.", "2015-10-01",
     {("ISR", "EGY", "material_cooperation")}, set()),
    ("Egypt gave aid to Sudan to rebuild towns destroyed by war.", "1990-10-01",
     {("EGY", "SDN", "material_cooperation")}, {("SDN", "EGY", "material_conflict"), ("EGY", "SDN", "material_conflict")}),
    ("Lebanon, ravaged by years of civil war, thanked Syria for its help.", "1990-10-01",
     {("LBN", "SYR", "verbal_cooperation")}, {("LBN", "SYR", "material_conflict")}),
    ("Kuwait was devastated by war with Iraq.", "1991-10-01", {("IRQ", "KWT", "material_conflict")}, set()),
    ("The United Nations Sahelian Office is mobilizing resources for projects in Mauritania.", "1976-10-01",
     set(), {("UN", "MRT", "material_conflict")}),
    ("Iraq mobilized troops against Kuwait.", "1990-07-20", {("IRQ", "KWT", "material_conflict")}, set()),
], ids=["with-unnamed-partners-from", "with-a-named-partner", "destroyed-by-war", "ravaged-by-years-of-civil-war",
        "devastated-by-war-with", "mobilizing-resources", "mobilized-troops-against"])
def test_stop51_unnamed_partners_causes_and_mobilising(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("France urged Iraq to withdraw from Kuwait.", "1990-10-01",
     {("IRQ", "KWT", "material_conflict"), ("FRA", "IRQ", "verbal_conflict")}, set()),
    ("The cohesion of the international stand will force the rulers of Iraq to withdraw from Kuwait.", "1990-10-01",
     {("IRQ", "KWT", "material_conflict")}, set()),
    ("The Council demanded that Iraq withdraw from Kuwait.", "1990-10-01", {("IRQ", "KWT", "material_conflict")}, set()),
    ("Iraq must withdraw its troops from Kuwait.", "1990-10-01",
     {("IRQ", "KWT", "material_conflict")}, {("IRQ", "KWT", "material_cooperation")}),
    ("We call on Israel to withdraw from the occupied Arab territories of Syria.", "1985-10-01",
     {("ISR", "SYR", "material_conflict")}, set()),
    ("The Council called for the withdrawal of Iraqi forces from Kuwait.", "1990-10-01",
     {("IRQ", "KWT", "material_conflict")}, set()),
    ("Washington urged Moscow not to withdraw from the treaty with Kiev.", "2019-01-10",
     set(), {("RUS", "UKR", "material_conflict")}),
    ("Syria agreed to withdraw its troops from Lebanon.", "2005-03-05",
     {("SYR", "LBN", "material_cooperation")}, {("SYR", "LBN", "material_conflict")}),
    ("Britain urged France to withdraw from NATO.", "1966-03-05", set(), {("FRA", "NATO", "material_conflict")}),
], ids=["urged-to-withdraw-from", "force-the-rulers-of", "demanded-that-withdraw", "must-withdraw-its-troops",
        "call-on-to-withdraw-from-territories", "called-for-the-withdrawal-of", "urged-not-to-withdraw",
        "agreed-to-withdraw", "from-a-body"])
def test_stop51_a_demanded_withdrawal_shows_the_state_on_anothers_land(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Kiribati had recognised Taipei since 2003, when it broke with Beijing.", "2019-09-20",
     set(), {("KIR", "TWN", "verbal_cooperation")}),
    ("Kiribati has recognised Taipei since 2003.", "2019-09-20", {("KIR", "TWN", "verbal_cooperation")}, set()),
    ("Moldova, whose wine makers have lost their biggest market since the March ban, has accused the Kremlin of "
     "economic blackmail.", "2006-05-01", {("MDA", "RUS", "verbal_conflict")}, {("MDA", "RUS", "verbal_cooperation")}),
    ("Ecuador, which first challenged the EU regime jointly with the United States, said it may seek the right to "
     "retaliate on its own.", "1999-04-19", {("ECU", "EU", "verbal_conflict")}, {("ECU", "USA", "verbal_conflict")}),
    ("France stood firmly behind Spain.", "1995-03-10", {("FRA", "ESP", "verbal_cooperation")}, set()),
    ("France stood behind Spain in demanding the release of the ship.", "1995-03-10",
     {("FRA", "ESP", "verbal_cooperation")}, {("ESP", "FRA", "verbal_conflict"), ("FRA", "ESP", "verbal_conflict")}),
], ids=["had-recognised-since", "has-recognised-since", "since-the-ban-has-accused", "jointly-with-is-no-target",
        "stood-firmly-behind", "stood-behind-in-demanding"])
def test_stop51_ended_ties_closed_clauses_and_backers(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Ethiopia and Eritrea traded accusations over the ruling. U.N. Secretary-General Kofi Annan urged both "
     "governments to respect the decision.", "2002-04-14",
     {("UN", "ETH", "verbal_cooperation"), ("UN", "ERI", "verbal_cooperation")},
     {("UN", "ETH", "verbal_conflict"), ("UN", "ERI", "verbal_conflict")}),
    ("Algerian President Abdelmadjid Tebboune urged Arab states to back Palestinian membership of the United Nations.",
     "2024-04-14", {("DZA", "PSE", "verbal_cooperation")}, {("DZA", "PSE", "verbal_conflict")}),
    ("Egypt condemned the attack by Israel.", "1996-10-01",
     {("EGY", "ISR", "verbal_conflict")}, {("ISR", "EGY", "material_conflict"), ("ISR", "EGY", "verbal_conflict")}),
    ("Egypt condemned any interference by Iran in Iraq.", "1996-10-01",
     {("EGY", "IRN", "verbal_conflict")}, {("IRN", "EGY", "verbal_conflict")}),
    ("Egypt was condemned by Israel.", "1996-10-01", {("ISR", "EGY", "verbal_conflict")}, set()),
    ("Iran warned against any attack on Syria.", "2018-05-01",
     {("IRN", "SYR", "verbal_cooperation")}, {("IRN", "SYR", "material_conflict"), ("IRN", "SYR", "verbal_conflict")}),
    ("Russia will respond to any attack on Belarus.", "2022-05-01", set(), {("RUS", "BLR", "material_conflict")}),
], ids=["urged-both-governments", "urged-arab-states-to-back", "condemned-the-attack-by", "condemned-interference-by",
        "was-condemned-by", "warned-against-any-attack", "any-attack-is-no-attack"])
def test_stop51_appeals_judged_agents_and_hypothetical_acts(text, date, expected, absent):
    _check_acts(text, date, expected, absent)



@pytest.mark.parametrize("text, date, expected, absent", [
    ("Russia stood behind the attack on Ukraine's grid, Kyiv said.", "2022-10-20",
     {("RUS", "UKR", "material_conflict")}, {("RUS", "UKR", "verbal_cooperation")}),
    ("Putin ordered Russian forces to invade Ukraine.", "2022-02-24", {("RUS", "UKR", "material_conflict")}, set()),
    ("Trump ordered the Pentagon to strike Iran.", "2019-06-20", {("USA", "IRN", "material_conflict")}, set()),
    ("Beijing ordered Washington to shut its consulate in Chengdu.", "2020-07-24",
     {("CHN", "USA", "verbal_conflict")}, set()),
    ("Iran had supported Hezbollah since 1982, Israel said.", "2006-07-20",
     {("IRN", "HEZBOLLAH", "verbal_cooperation")}, set()),
    ("Iraq must withdraw from Kuwait, the United States said.", "1990-10-01",
     {("IRQ", "KWT", "material_conflict")}, {("IRQ", "USA", "material_conflict")}),
    ("Syria has to withdraw its troops from Lebanon.", "2005-03-01",
     {("SYR", "LBN", "material_conflict")}, {("SYR", "LBN", "material_cooperation")}),
    ("Tokyo asked Japan's airlines to evacuate its citizens from Iraq.", "1990-10-01", set(),
     {("JPN", "IRQ", "material_conflict")}),
    ("Britain told Russia to withdraw its diplomats from London.", "2018-03-14",
     {("GBR", "RUS", "verbal_conflict")}, {("RUS", "GBR", "material_conflict")}),
    ("France urged the United States not to withdraw from the nuclear deal with Iran.", "2018-05-01", set(),
     {("USA", "IRN", "material_conflict")}),
    ("The Doha agreement provides for the United States to withdraw from Afghanistan.", "2020-03-01", set(),
     {("USA", "AFG", "material_conflict")}),
    ("The US urged other countries to help isolate Russia.", "2022-03-01",
     {("USA", "RUS", "verbal_conflict")}, {("USA", "RUS", "verbal_cooperation")}),
    ("Israel warned against any attack on its territory from Lebanon.", "2018-04-14", set(),
     {("ISR", "LBN", "verbal_cooperation")}),
    ("Iran mobilized volunteers against Iraq.", "1985-04-14", {("IRN", "IRQ", "material_conflict")}, set()),
], ids=["stood-behind-the-attack", "ordered-own-forces", "ordered-the-pentagon", "ordered-another-state",
        "had-supported-since", "must-withdraw-then-a-speaker", "has-to-withdraw", "evacuate-citizens",
        "told-to-withdraw-diplomats", "withdraw-from-a-deal", "provides-for", "help-isolate",
        "attack-from-a-state", "mobilized-volunteers-against"])
def test_stop51_second_readers_sentences(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Washington is deploying about 4,000 troops to build treatment centres in Liberia, the country hardest hit.",
     "2014-09-16", {("USA", "LBR", "material_cooperation")}, {("USA", "LBR", "material_conflict")}),
    ("Mahathir said Kuala Lumpur would consider sending troops if Jakarta asked for them.", "1999-09-10",
     {("MYS", "IDN", "material_cooperation")}, {("MYS", "IDN", "verbal_conflict")}),
    ("Iraq sent troops into Kuwait if anyone asks.", "1990-08-02", {("IRQ", "KWT", "material_conflict")}, set()),
    ("Egyptian forces would deploy side by side with the forces of the Syrian Arab Republic on Saudi soil.",
     "1990-08-10", {("EGY", "SYR", "material_cooperation")}, {("EGY", "SYR", "verbal_conflict")}),
    ("A West African force of 3,000 troops from Nigeria and Ghana came ashore as rebels loyal to Charles Taylor "
     "shelled the harbour at Monrovia.", "1990-08-24", set(),
     {("LBR", "NGA", "material_conflict"), ("LBR", "GHA", "material_conflict")}),
], ids=["troops-to-build-treatment-centres", "if-the-host-asked", "if-anyone-asks", "deploy-side-by-side-with",
        "rebels-loyal-to"])
def test_stop51_missions_of_relief_and_consent_and_rebels_loyal_to(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Moscow sent troops to crush an outbreak of unrest in Azerbaijan.", "1990-01-20",
     {("RUS", "AZE", "material_conflict")}, {("RUS", "AZE", "material_cooperation")}),
    ("Russia deployed troops to Crimea, citing the treatment of ethnic Russians by Kiev.", "2014-03-01", set(),
     {("RUS", "UKR", "material_cooperation")}),
    ("Russia deployed 100,000 troops near Ukraine and would invade if Kiev requested NATO membership.", "2021-12-01",
     set(), {("RUS", "UKR", "material_cooperation")}),
    ("Russia said it would send troops into Ukraine if ethnic Russians asked for protection.", "2014-03-01", set(),
     {("RUS", "UKR", "material_cooperation")}),
    ("Russia sent troops into eastern Ukraine to fight side by side with the separatists.", "2014-08-28",
     {("RUS", "UKR", "material_conflict")}, {("RUS", "UKR", "material_cooperation")}),
    ("Russian troops and rebels loyal to Moscow shelled Ukrainian positions.", "2014-08-28",
     {("RUS", "UKR", "material_conflict")}, set()),
    ("Fighters linked to al-Qaeda attacked US troops in Afghanistan.", "2008-08-28",
     {("ALQAEDA", "USA", "material_conflict")}, set()),
], ids=["outbreak-of-unrest", "treatment-of-russians", "if-kiev-requested-membership", "if-ethnic-russians-asked",
        "side-by-side-with-separatists", "troops-and-rebels-loyal-to", "fighters-linked-to-a-coded-group"])
def test_stop51_third_readers_sentences(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Washington warned Tehran that any Israeli attack on Iran would destabilise the region.", "2012-03-01",
     {("USA", "IRN", "verbal_conflict")}, {("ISR", "IRN", "material_conflict")}),
    ("The United States warned against an Iranian attack on Saudi Arabia.", "2019-09-20",
     {("USA", "IRN", "verbal_conflict")}, {("USA", "SAU", "material_conflict"), ("IRN", "SAU", "material_conflict")}),
    ("Syria condemned the Israeli attack on Lebanon.", "2006-07-20",
     {("ISR", "LBN", "material_conflict"), ("SYR", "ISR", "verbal_conflict")}, set()),
], ids=["any-israeli-attack", "warned-against-an-iranian-attack", "a-real-attack-condemned"])
def test_stop52_an_attack_warned_against_is_no_attack(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Japan protested jointly with South Korea against China over the islands.", "2012-09-01",
     {("JPN", "CHN", "verbal_conflict"), ("KOR", "CHN", "verbal_conflict")}, {("JPN", "KOR", "verbal_conflict")}),
    ("Poland will cooperate with its allies against threats from Russia.", "2016-06-01", set(),
     {("POL", "RUS", "verbal_cooperation"), ("RUS", "POL", "verbal_cooperation")}),
    ("Japan and South Korea agreed to cooperate against North Korea.", "2016-06-01",
     {("JPN", "KOR", "material_cooperation")}, {("JPN", "PRK", "material_cooperation")}),
], ids=["protested-jointly-with", "cooperate-with-allies-against", "cooperate-against"])
def test_stop52_partners_acting_against_a_third(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("The United States, with the assistance of Britain, sent its warplanes to Benghazi and Tripoli to launch raids.",
     "1986-04-16", {("USA", "LBY", "material_conflict")}, {("USA", "LBY", "material_cooperation")}),
    ("Russia sent troops to Belarus for joint exercises.", "2021-09-01", {("RUS", "BLR", "material_cooperation")},
     {("RUS", "BLR", "material_conflict")}),
    ("China sent its warplanes to Pakistan for joint drills.", "2019-09-01", {("CHN", "PAK", "material_cooperation")},
     {("CHN", "PAK", "material_conflict")}),
    ("The United States sent warplanes to Egypt under the arms deal.", "1990-09-01",
     {("USA", "EGY", "material_cooperation")}, set()),
], ids=["sent-its-warplanes", "joint-exercises", "joint-drills", "warplanes-delivered"])
def test_stop52_own_craft_sent_are_deployed_not_delivered(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Tunisia admires the United Kingdom, with its ability to stand up to adversity.", "1973-10-01", set(),
     {("GBR", "TUN", "verbal_conflict")}),
    ("Britain stood up to Argentina over the islands.", "1982-04-10", {("GBR", "ARG", "verbal_conflict")}, set()),
    ("Lebanon called for an end to the Israeli occupation.", "1989-10-01", set(),
     {("LBN", "ISR", "verbal_cooperation"), ("ISR", "LBN", "verbal_cooperation")}),
    ("Israel ended its occupation of southern Lebanon.", "2000-05-25", {("ISR", "LBN", "verbal_cooperation")}, set()),
    ("Lebanon called for an end to the fighting with Israel.", "2006-07-20", {("LBN", "ISR", "verbal_cooperation")},
     set()),
], ids=["stand-up-to-adversity", "stood-up-to-a-state", "end-to-occupation-called-for", "occupation-ended",
        "end-to-fighting-called-for"])
def test_stop52_what_is_confronted_or_ended(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("The speeches of the representative of Iraq [479th meeting] and Syria [489th meeting] were long.", "1954-10-01",
     set(), {("IRQ", "SYR", "verbal_cooperation"), ("SYR", "IRQ", "verbal_cooperation")}),
    ("Britain and France held their 5th meeting on trade.", "1954-10-01", {("GBR", "FRA", "verbal_cooperation")},
     set()),
    ("Britain and the United States must save mankind from the scourge of war.", "1961-10-01", set(),
     {("GBR", "USA", "material_conflict"), ("USA", "GBR", "material_conflict")}),
    ("Britain and the United States know the horrors of war.", "1961-10-01", set(),
     {("GBR", "USA", "material_conflict")}),
    ("The horrors of war between Iran and Iraq must end.", "1985-10-01", {("IRN", "IRQ", "material_conflict")}, set()),
], ids=["numbered-sittings", "a-fifth-meeting", "scourge-of-war", "horrors-of-war", "horrors-of-a-named-war"])
def test_stop52_a_sitting_cited_and_war_in_general(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Libya sent weapons to Chadian rebels.", "1983-07-01", {("LBY", "TCD", "material_conflict")},
     {("LBY", "TCD", "material_cooperation")}),
    ("Albania continued its aid to the Greek guerrillas, the committee found.", "1949-10-01",
     {("ALB", "GRC", "material_conflict")}, set()),
    ("Rwanda backs the Congolese rebels, Kinshasa said.", "2012-07-01", {("RWA", "COD", "verbal_conflict")}, set()),
    ("France sent aid to Malian troops fighting Islamist rebels.", "2013-01-20", {("FRA", "MLI", "material_cooperation")},
     {("FRA", "MLI", "material_conflict")}),
], ids=["weapons-to-chadian-rebels", "aid-to-greek-guerrillas", "backs-congolese-rebels", "aid-to-troops-fighting-rebels"])
def test_stop52_help_for_a_states_rebels_is_aimed_at_the_state(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("The French representative had been much moved by the account the Polish representative had given.",
     "1948-10-01", {("FRA", "POL", "verbal_cooperation")}, set()),
    ("Japan was deeply moved by China's help after the earthquake.", "2008-05-20",
     {("JPN", "CHN", "verbal_cooperation")}, set()),
    ("Troops were moved by Russia to the border with Ukraine.", "2021-11-01", set(),
     {("RUS", "UKR", "verbal_cooperation")}),
], ids=["much-moved-by", "deeply-moved-by", "troops-moved-by"])
def test_stop52_moved_by_another_is_sympathy(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("U.S., British Strikes Hit Houthi Targets; Oman and Iran Condemn Raids", "2024-01-12",
     {("OMN", "USA", "verbal_conflict"), ("IRN", "GBR", "verbal_conflict")},
     {("OMN", "USA", "verbal_cooperation"), ("OMN", "GBR", "verbal_cooperation")}),
    ("Israel struck Gaza on Monday; Egypt condemned the attack.", "2023-10-09", {("EGY", "ISR", "verbal_conflict")},
     {("EGY", "ISR", "verbal_cooperation")}),
    ("France condemned the attack on Egypt's embassy.", "2013-08-20", {("FRA", "EGY", "verbal_cooperation")}, set()),
    ("Mali and Burkina Faso said any attack on Niger would be treated as a declaration of war against them.",
     "2023-08-01", set(), {("MLI", "NER", "material_conflict"), ("BFA", "NER", "material_conflict")}),
    ("Iran's move was seen as an attack on Saudi Arabia, Riyadh said.", "2019-09-20",
     {("IRN", "SAU", "material_conflict")}, set()),
    ("Kagame warned Harare and Luanda that sending soldiers would turn a Congolese revolt into a regional war.",
     "1998-08-20", {("RWA", "ZWE", "verbal_conflict")}, {("AGO", "COD", "material_conflict"),
                                                         ("ZWE", "COD", "material_conflict")}),
    ("Russia went to war with Georgia.", "2008-08-20", {("RUS", "GEO", "material_conflict")}, set()),
], ids=["condemn-raids-after-semicolon", "condemned-the-attack-after-semicolon", "condemned-the-attack-on",
        "treated-as-a-declaration-of-war", "seen-as-an-attack", "would-turn-into-a-war", "went-to-war"])
def test_stop52_acts_condemned_deemed_or_risked(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Zimbabwe, Angola and Namibia to Send Troops to Back Kabila", "1998-08-19",
     {("ZWE", "COD", "material_cooperation"), ("AGO", "COD", "material_cooperation")},
     {("ZWE", "COD", "material_conflict")}),
    ("Russia sent troops into Georgia to defend South Ossetia.", "2008-08-09", {("RUS", "GEO", "material_conflict")},
     {("RUS", "GEO", "material_cooperation")}),
    ("Rwanda sent troops to back Congolese rebels.", "1998-08-09", set(), {("RWA", "COD", "material_cooperation")}),
    ("The embargo covers oil from Russia, and Germany and Poland pledged to stop their purchases.", "2022-05-31",
     set(), {("DEU", "RUS", "material_cooperation"), ("RUS", "POL", "material_cooperation")}),
    ("Germany pledged to stop buying Russian gas.", "2022-05-31", {("DEU", "RUS", "material_conflict")},
     {("DEU", "RUS", "verbal_cooperation")}),
    ("Leaders of Russia, and Germany and Poland met in Minsk.", "2015-02-11", {("DEU", "RUS", "verbal_cooperation")},
     set()),
], ids=["troops-to-back-kabila", "to-defend-a-breakaway-region", "to-back-rebels", "list-opening-a-new-clause",
        "stop-buying", "list-without-a-new-clause"])
def test_stop52_troops_for_a_side_lists_and_purchases_stopped(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("It was the deadliest of any Israeli attack on Gaza since 2014, Palestinian officials said.", "2021-05-20",
     {("ISR", "PSE", "material_conflict")}, set()),
    ("Russian jets bombed rebel positions alongside Syria's border with Turkey.", "2015-11-25", set(),
     {("RUS", "TUR", "material_conflict"), ("SYR", "TUR", "material_conflict")}),
    ("France protested jointly with the United States against the Soviet Union.", "1985-10-01",
     {("FRA", "RUS", "verbal_conflict"), ("USA", "RUS", "verbal_conflict")}, {("FRA", "USA", "verbal_conflict")}),
    ("Slovakia sent its MiG-29 fighter jets to Ukraine.", "2023-03-17", {("SVK", "UKR", "material_cooperation")},
     {("SVK", "UKR", "material_conflict")}),
    ("Chinese ships swarmed the reef, and Manila vowed to confront them.", "2021-04-01",
     {("PHL", "CHN", "verbal_conflict")}, set()),
    ("After years of efforts, the peace treaty put an end to the Israeli occupation of Sinai.", "1982-10-01", set(),
     {("ISR", "EGY", "material_conflict")}),
    ("Egypt called for an end to the Israeli occupation of Lebanon.", "1983-10-01",
     {("ISR", "LBN", "material_conflict"), ("EGY", "ISR", "verbal_conflict")}, {("EGY", "LBN", "material_conflict")}),
    ("The Chinese and American ambassadors held their 132nd meeting in Warsaw on Wednesday.", "1967-01-20",
     {("CHN", "USA", "verbal_cooperation")}, set()),
    ("The representative of Iraq [479th plenary meeting] and Syria spoke.", "1954-10-01", set(),
     {("IRQ", "SYR", "verbal_cooperation")}),
    ("Iran has endured the horrors of war unleashed by the Iraqi regime.", "1985-10-01",
     {("IRQ", "IRN", "material_conflict")}, set()),
    ("Britain and the United States must save mankind from the scourge of nuclear war.", "1985-10-01", set(),
     {("GBR", "USA", "material_conflict"), ("GBR", "USA", "material_cooperation")}),
    ("The United States sent weapons to Ukrainian fighters defending Kyiv.", "2022-03-15",
     {("USA", "UKR", "material_cooperation")}, {("USA", "UKR", "material_conflict")}),
    ("Egypt sent arms to the Algerian rebels.", "1956-10-01", set(), {("EGY", "DZA", "material_conflict")}),
    ("The United States backed the Albanian rebels in Kosovo, Belgrade said.", "1999-04-01", set(),
     {("USA", "ALB", "verbal_conflict")}),
    ("Kuwait was deeply moved by the Iraqi invasion of its territory.", "1990-10-01",
     {("IRQ", "KWT", "material_conflict")}, {("KWT", "IRQ", "verbal_cooperation")}),
], ids=["deadliest-of-any-attack", "alongside-a-border", "jointly-with-the", "own-jets-handed-over",
        "confront-them", "treaty-put-an-end", "end-called-for-by-a-third", "132nd-meeting", "plenary-meeting",
        "war-unleashed-by", "scourge-of-nuclear-war", "fighters-defending-kyiv", "algerian-rebels-1956",
        "rebels-in-another-state", "moved-by-an-invasion"])
def test_stop52_second_readers_sentences(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("EU Agrees Partial Russian Oil Ban After Deal With Hungary", "2022-05-31", {("EU", "RUS", "material_conflict")},
     {("EU", "RUS", "verbal_cooperation"), ("RUS", "HUN", "material_conflict")}),
    ("The EU imposed an Iranian oil embargo.", "2012-01-23", {("EU", "IRN", "material_conflict")},
     {("IRN", "EU", "material_conflict")}),
    ("US sanctions on Iran bit hard.", "2019-05-01", {("USA", "IRN", "material_conflict")}, set()),
    ("The EU agreed a Chinese investment deal.", "2020-12-30", {("EU", "CHN", "material_cooperation")}, set()),
], ids=["agrees-a-russian-oil-ban", "iranian-oil-embargo", "us-sanctions", "agreed-a-chinese-deal"])
def test_stop52_the_goods_state_is_the_measures_target(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    ("Annan urged Nigeria and Cameroon to carry out the ruling peacefully.", "2002-10-10",
     {("UN", "NGA", "verbal_cooperation"), ("UN", "CMR", "verbal_cooperation")}, {("UN", "NGA", "verbal_conflict")}),
    ("Washington urged India and Pakistan to show restraint.", "2019-02-27",
     {("USA", "IND", "verbal_cooperation"), ("USA", "PAK", "verbal_cooperation")}, set()),
    ("Washington urged Iraq and Syria to stop the attacks.", "2003-03-10", {("USA", "IRQ", "verbal_conflict")},
     {("USA", "IRQ", "verbal_cooperation")}),
], ids=["carry-out-the-ruling-peacefully", "show-restraint", "stop-the-attacks"])
def test_stop52_a_call_for_calm_to_two_named_states_is_an_appeal(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


def test_rivals_named_as_one_divided_nation_in_a_speech_are_read_by_tone():
    # a speech names the two Koreas together to hail their talks, not to complain of one: no rivals' reading
    hail = ("We welcome the understanding reached between the two Governments of Korea, which may lead to the "
            "peaceful unification of that country.")
    got = _article_pairs("", hail, "1985-10-01", speaker="MRT")
    assert got[("KOR", "PRK")] == ("cooperative", "article tone")
    # (two rivals each named by its own name in a speech are still read as rivals)
    apart = "We hope that North Korea and South Korea will find peace."
    assert _article_pairs("", apart, "1985-10-01", speaker="MRT")[("KOR", "PRK")] == ("hostile", "rivals")


def test_a_state_called_the_friend_of_another_is_one_way_not_among_the_friends():
    vc = "verbal_cooperation"
    _check_acts("Cyprus, Turkey and Greece are all friends of China.", "1974-10-02",
                {("CYP", "CHN", vc), ("TUR", "CHN", vc), ("GRC", "CHN", vc)},
                {("TUR", "GRC", vc), ("CYP", "TUR", vc), ("CHN", "TUR", vc),
                 ("TUR", "GRC", "material_cooperation"), ("CYP", "TUR", "material_cooperation")})
    _check_acts("Japan has been a true friend of the Philippines since the war.", "2016-01-27",
                {("JPN", "PHL", vc)}, {("PHL", "JPN", vc)})
    # (a group named "Friends of ..." is a body, not a friendship told: its members' pledge still counts)
    _check_acts("The Friends of Yemen group, including Saudi Arabia and Britain, pledged support for Yemen's "
                "government.", "2012-05-23", {("SAU", "YEM", "verbal_cooperation")}, set())
    # (the "Friends of Syria" group is states opposing the Syrian government, not Syria)
    got = _acts(_article_events("The Friends of Syria group met in Tunis with Qatar and Turkey.", "2012-02-24"))
    assert not any("SYR" in (s, t) for s, t, _ in got)


def test_the_state_talks_are_about_is_no_partner_in_them():
    vc = "verbal_cooperation"
    _check_acts("The leaders of France and Germany met in Berlin to discuss Syria.", "2015-09-30",
                {("FRA", "DEU", vc)}, {("FRA", "SYR", vc), ("DEU", "SYR", vc), ("SYR", "FRA", vc)})
    _check_acts("Polish Prime Minister Mateusz Morawiecki called for an emergency summit to discuss Belarus.",
                "2020-08-11", set(), {("POL", "BLR", vc), ("BLR", "POL", vc)})
    # (a state whose concerns are discussed is a partner; partners who discuss something stay partners)
    _check_acts("India said it was ready to discuss Pakistan's concerns over the dam.", "2013-02-18",
                {("IND", "PAK", vc)}, set())
    _check_acts("Iran and Iraq discussed trade and border crossings.", "2019-03-11", {("IRN", "IRQ", vc)}, set())


def test_states_that_agree_to_close_their_borders_with_a_third_act_on_it_together():
    mc = "material_conflict"
    _check_acts("The presidents of Tanzania, Kenya, Uganda and Rwanda agreed to close their borders with Burundi "
                "and halt fuel deliveries.", "1996-07-31",
                {("KEN", "BDI", mc), ("TZA", "BDI", mc), ("RWA", "BDI", mc), ("UGA", "BDI", mc),
                 ("KEN", "TZA", "material_cooperation")},
                {("BDI", "KEN", "verbal_cooperation"), ("KEN", "BDI", "verbal_cooperation")})


def test_a_list_with_its_own_reporting_verb_opens_the_next_clause():
    # "Iran threatened Israel, Saudi Arabia and the UAE said": the threat is on Israel alone
    vc = "verbal_conflict"
    _check_acts("Iran threatened Israel, Saudi Arabia and the UAE said on Monday.", "2019-02-26",
                {("IRN", "ISR", vc)}, {("IRN", "SAU", vc), ("IRN", "ARE", vc)})
    # (a list that is the object stays the object: with no verb after it, or before a participle of its own)
    _check_acts("Turkey attacked Syria, Iraq and Iran.", "2019-02-26",
                {("TUR", "SYR", "material_conflict"), ("TUR", "IRN", "material_conflict")}, set())
    _check_acts("The United States lifted sanctions on Iran, Cuba and Sudan imposed in the 1990s.", "2016-01-17",
                {("USA", "IRN", "material_cooperation"), ("USA", "SDN", "material_cooperation")}, set())


def test_a_broken_promise_is_a_grievance():
    _check_acts("Bangladesh said Myanmar had broken its promise.", "2019-08-22",
                {("BGD", "MMR", "verbal_conflict")}, {("BGD", "MMR", "verbal_cooperation")})
    # (a truce broken down before a new one is brokered leaves the mediation cooperative)
    _check_acts("After the truce had broken down, Egypt brokered a new ceasefire between Israel and Hamas.",
                "2014-08-26", {("EGY", "ISR", "verbal_cooperation")}, {("EGY", "ISR", "verbal_conflict")})


def test_a_name_inside_an_apposition_is_not_the_subject():
    # "Hugo Chavez, a Correa ally, shut his embassy in Bogota": Venezuela shut it, not Ecuador
    _check_acts("Venezuelan President Hugo Chavez, a close Correa ally, shut his embassy in Bogota.", "2008-03-03",
                {("VEN", "COL", "material_conflict")}, {("ECU", "COL", "material_conflict")})
    _check_acts("Chavez, a Castro ally, praised Cuba's doctors.", "2008-03-03",
                {("VEN", "CUB", "verbal_cooperation")}, set())


def test_the_ally_named_in_the_reason_for_an_expulsion_is_no_target():
    _check_acts("Slovakia expelled three Russian diplomats, while Lithuania and Estonia each expelled one, citing "
                "solidarity with their Czech ally.", "2021-04-22",
                {("SVK", "RUS", "material_conflict"), ("LTU", "CZE", "verbal_cooperation")},
                {("LTU", "CZE", "material_conflict"), ("EST", "CZE", "material_conflict")})


def test_the_agent_after_by_follows_a_list_of_objects():
    # "the violation of ... both Afghanistan and Cambodia by the Soviet Union and Viet Nam": the list's "and"
    # is no clause break between the noun and its agent
    mc, vc = "material_conflict", "verbal_conflict"
    got = _acts(_article_events("One of the greatest dangers is the willful violation of the national integrity "
                                "of both Afghanistan and Cambodia by the Soviet Union and Viet Nam.", "1981-09-24"))
    assert {("RUS", "AFG", vc), ("VNM", "KHM", vc)} <= got
    _check_acts("The occupation of Lebanon and Syria by Israel continues.", "1982-09-24",
                {("ISR", "LBN", mc), ("ISR", "SYR", mc)}, {("LBN", "SYR", mc)})
    # (a verb between still breaks it: the body that condemned is no agent of the invasion)
    _check_acts("Iraq's invasion of Kuwait was condemned by the Arab League.", "1990-08-03",
                {("IRQ", "KWT", mc)}, {("LAS", "KWT", mc)})


def test_a_state_one_stood_with_is_no_target_of_the_hostile_act():
    _check_acts("Venezuelan President Hugo Chavez shut his embassy in Bogota, saying Caracas stood with Ecuador.",
                "2008-03-03", {("VEN", "COL", "material_conflict")}, {("VEN", "ECU", "material_conflict")})


def test_a_go_between_carrying_messages_between_two_governments_cooperates_with_both():
    vc = "verbal_cooperation"
    _check_acts("India struck Pakistan on Tuesday. Saudi minister Adel al-Jubeir said he would carry messages "
                "between the two governments.", "2019-02-26", {("SAU", "IND", vc), ("SAU", "PAK", vc)},
                {("IND", "PAK", vc)})


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # the object of an opening participle is no joint subject with the main clause's, after a comma
    ("Having seized all of Palestine, the Israelis invaded the borders of the neighbouring Arab States.",
     "EGY", "1972-10-01", set(), {("ISR", "PSE", "material_cooperation"), ("PSE", "ISR", "material_cooperation")}),
    ("When the Assembly was partitioning Palestine and creating the Zionist entity, the Kingdom of Saudi Arabia "
     "gave its solemn warning.", "SAU", "1977-10-01", set(),
     {("ISR", "SAU", "material_cooperation"), ("SAU", "ISR", "material_cooperation")}),
    # (so too a phrase opening the sentence)
    ("After years of war with Ethiopia, Eritrea accused Addis Ababa of aggression.", "ERI", "2000-10-01",
     {("ERI", "ETH", "material_conflict")}, {("ERI", "ETH", "material_cooperation")}),
    # (a list after "including" is still a list)
    ("The United States leads the world in relief, including famine prevention in South Sudan, Somalia, "
     "northern Nigeria and Yemen.", "USA", "2017-09-19", set(), {("SSD", "SOM", "material_cooperation")}),
    # a reversal does not reach past a second verb
    ("Even though Israel's aims in rejecting peace and insisting upon occupation are clear to everyone, it is hard "
     "for us to understand the attempts of certain big countries.", "ARE", "1988-10-01",
     set(), {("ISR", "ARE", "verbal_cooperation"), ("ISR", "PSE", "verbal_cooperation")}),
    # an agreement disregarded is broken
    ("Moscow disregards the agreement reached among the three Angolan movements on unity.", "CHN", "1975-10-01",
     {("RUS", "AGO", "verbal_conflict")}, {("RUS", "AGO", "verbal_cooperation")}),
    # what a discussion is "of" is its topic, not a partner
    ("Our delegation took part in the Security Council's discussion of the questions of South Africa and Namibia.",
     "ARE", "1975-10-01",
     set(), {("ARE", "ZAF", "verbal_cooperation"), ("ARE", "NAM", "verbal_cooperation")}),
    # the means of settling a quarrel, not resorted to
    ("Our Iraqi brothers did not resort to the usual means of settling disputes with Kuwait.", "MAR", "1990-10-01",
     {("IRQ", "KWT", "verbal_conflict")}, {("IRQ", "KWT", "verbal_cooperation")}),
    # a series of past predicates after commas shares the first one's subject
    ("Last year Iran attacked Kurds in Iraq, financed Hamas in Gaza, fired missiles into Saudi Arabia and "
     "threatened shipping.", "ISR", "2018-09-27",
     {("IRN", "HAMAS", "material_cooperation"), ("IRN", "SAU", "material_conflict")},
     {("HAMAS", "SAU", "material_conflict"), ("IRN", "HAMAS", "verbal_conflict")}),
    # a war named by its land links only that land to the others named
    ("For us Tunisians the Algerian war is a test of the Organization and its Members.", "TUN", "1960-10-01",
     set(), {("TUN", "UN", "material_conflict"), ("UN", "TUN", "material_conflict")}),
    # a stretch of strife that is over ("after a long period of tension")
    ("Western Sahara, after a long period of tension and conflict, has under the auspices of the OAU taken a "
     "step towards peace.", "TUN", "1981-10-01", set(), {("AU", "ESH", "verbal_conflict")}),
    # an opening participle's subject is the main clause's
    ("While appreciating the efforts of the United Nations to settle this dispute, we hope Iran will show good "
     "faith.", "EGY", "1988-10-01", {("EGY", "UN", "verbal_cooperation")}, {("EGY", "UN", "verbal_conflict")}),
    # subscribing to a view or a plan is support
    ("My delegation subscribes to President Kennedy's plan.", "CHN", "1961-10-01",
     {("CHN", "USA", "verbal_cooperation")}, set()),
    # states merging
    ("A merger between Syria and Libya has been declared, and we wish it success.", "LBY", "1980-10-01",
     {("SYR", "LBY", "material_cooperation")}, set()),
    # colonial rule with its ruler and its land named
    ("In that region Portugal pursues its repressive policy in Angola and Mozambique.", "DZA", "1966-10-01",
     {("PRT", "AGO", "material_conflict"), ("PRT", "MOZ", "material_conflict")}, set()),
    ("We condemn the repression of Angola by Portugal.", "DZA", "1966-10-01",
     {("PRT", "AGO", "material_conflict"), ("DZA", "PRT", "verbal_conflict")}, {("DZA", "AGO", "material_conflict")}),
    # a second pair after a repeated "between"
    ("The disengagement agreements between Israel and Egypt, and between Israel and Syria, mark progress.",
     "ISR", "1974-10-01", {("ISR", "EGY", "verbal_cooperation"), ("ISR", "SYR", "verbal_cooperation")}, set()),
])
def test_stop54_participle_objects_series_and_colonial_rule(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # money given to an armed group or to rebels
    ("Libya financed Chadian rebels, the government in N'Djamena said.", "1990-05-01",
     {("LBY", "TCD", "material_conflict")}, {("LBY", "TCD", "material_cooperation")}),
    # not a compound, not a people's groups, not a rule no one is named to hold
    ("Troops crossed from Rwanda into Congo, the UN-funded Radio Okapi reported.", "2004-06-02", set(),
     {("UN", "RWA", "material_cooperation"), ("UN", "COD", "material_cooperation")}),
    ("The Kremlin said London was funding Russian charities through its spies.", "2006-01-23", set(),
     {("GBR", "RUS", "material_cooperation")}),
    ("Morocco, renascent after its struggle against colonialism, values the Assembly's resolution.", "1956-11-20",
     set(), {("MAR", "UN", "material_conflict")}),
    ("British colonialism helped the Zionist regime in Palestine.", "1980-10-01", set(),
     {("GBR", "ISR", "material_conflict"), ("GBR", "PSE", "material_conflict")}),
    # firms merge too
    ("The merger between the French carmaker and its Japanese partner was approved.", "2010-05-01", set(),
     {("FRA", "JPN", "material_cooperation")}),
    # a short war still on: "days of fighting that ..."
    ("Kinshasa said M23 fighters had taken Kiwanja, after days of fighting that the UN said had driven "
     "thousands from their homes.", "2022-10-30", {("COD", "M23", "material_conflict")}, set()),
])
def test_stop54_money_mergers_and_what_stays_neutral(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # look-alikes a second reader found for stop 54's first rules
    ("Ending decades of enmity Egypt, Israel exchanged ambassadors in 1980.", None, "1980-03-01",
     {("EGY", "ISR", "material_cooperation"), ("ISR", "EGY", "material_cooperation")}, set()),
    ("Iran rejected dialogue and continued cooperation with the IAEA.", None, "2006-01-10", set(),
     {("IAEA", "IRN", "material_cooperation"), ("IRN", "IAEA", "material_cooperation")}),
    ("Disregarding Chinese protests, the Philippines signed a defence agreement with the United States.", None,
     "2014-04-28", set(), {("CHN", "PHL", "verbal_cooperation")}),
    ("North Korea flouted UN sanctions and fired another missile over Japan.", None, "2017-09-15", set(),
     {("UN", "PRK", "verbal_cooperation"), ("UN", "PRK", "material_cooperation")}),
    ("The discussions of the Indian and Pakistani delegations in Agra ended without agreement.", None,
     "2001-07-16", {("IND", "PAK", "verbal_cooperation")}, set()),
    ("Iraq not only resorted to military means of pressuring Kuwait but also threatened it.", None, "1990-08-01",
     set(), {("IRQ", "KWT", "verbal_cooperation")}),
    ("Qatar funded Hamas, Egypt charged, and Egypt attacked Qatar.", None, "2017-06-10", set(),
     {("QAT", "EGY", "material_cooperation")}),
    ("Baghdad announced the merger of Kuwait with Iraq.", None, "1990-08-09", set(),
     {("IRQ", "KWT", "material_cooperation"), ("KWT", "IRQ", "material_cooperation")}),
    ("The merger between the French and Dutch airlines was approved in Brussels.", None, "2004-02-11", set(),
     {("FRA", "NLD", "material_cooperation")}),
    ("We will not forget British colonial rule in Tanganyika.", "TZA", "1970-10-01", set(),
     {("GBR", "TZA", "material_conflict")}),
    ("We condemn the oppression of the racist regime of South Africa against Namibia.", "DZA", "1980-10-01",
     {("DZA", "ZAF", "verbal_conflict")}, set()),
    ("China has been slowly appreciating the yuan against the US dollar.", None, "2010-06-01", set(),
     {("CHN", "USA", "verbal_cooperation")}),
    ("We do not subscribe to the thesis that the Soviet Union threatens China.", "GHA", "1970-10-01", set(),
     {("GHA", "CHN", "verbal_conflict"), ("GHA", "RUS", "verbal_conflict")}),
    ("Despite sanctions on Iran, China bought Iranian oil.", None, "2019-06-01", set(),
     {("CHN", "IRN", "material_conflict")}),
    ("India defeated Pakistan in the Bangladesh war.", None, "1972-01-10", {("IND", "PAK", "material_conflict")},
     set()),
    ("Cuba, after decades of embargo by the United States, still lacks medicine.", None, "2015-06-01",
     {("USA", "CUB", "material_conflict")}, set()),
    ("A peace treaty was signed between Israel and Egypt, and between Israel and Syria a state of war persists.",
     None, "1994-06-01", set(), {("ISR", "SYR", "verbal_cooperation")}),
])
def test_stop54_second_reader_look_alikes(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # readings from challenge set 31's errors
    ("France expressed support for new sanctions against Iran.", "2010-06-09",
     {("FRA", "IRN", "material_conflict")}, {("FRA", "IRN", "verbal_cooperation")}),
    ("The disengagement agreements between Israel and Egypt on the one hand and between Israel and Syria on the "
     "other may open the way.", "1974-10-01", {("ISR", "SYR", "verbal_cooperation")}, set()),
    ("Kuwait's emir flew to Jeddah, seeking to heal a rift that saw Saudi Arabia and the United Arab Emirates cut "
     "diplomatic and transport links with Qatar.", "2017-06-06",
     {("SAU", "QAT", "material_conflict"), ("ARE", "QAT", "material_conflict")},
     {("KWT", "ARE", "verbal_conflict"), ("ARE", "KWT", "verbal_conflict")}),
    ("Thailand accepted Australian forensic teams to identify hundreds of foreign tourists killed at resorts.",
     "2004-12-31", set(), {("THA", "AUS", "material_conflict"), ("AUS", "THA", "material_conflict")}),
    ("The Czech battalion serves under Polish command near Karbala.", "2004-05-01",
     {("CZE", "POL", "material_cooperation")}, set()),
    # a verb that ends a relative clause on the noun before its pronoun subject has that noun as its object
    ("Lesotho's King Letsie III agreed to restore the elected government he dismissed last month, after weeks of "
     "mediation by the leaders of South Africa, Botswana and Zimbabwe.", "1994-09-14", set(),
     {("LSO", "BWA", "verbal_conflict"), ("LSO", "ZAF", "verbal_conflict"), ("LSO", "ZWE", "verbal_conflict")}),
    ("Iran said it attacked Iraq.", "1985-03-01", {("IRN", "IRQ", "material_conflict")}, set()),
])
def test_stop54_challenge31_readings(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # a second reader's look-alikes for the rules from challenge set 31
    ("Russia voiced support for the offensive launched by Syria in Idlib.", "2019-05-10",
     {("RUS", "SYR", "verbal_cooperation")}, {("SYR", "RUS", "material_conflict")}),
    ("Kuwait's emir flew to Jeddah seeking to heal a rift between Saudi Arabia and Qatar.", "2017-06-06",
     {("SAU", "QAT", "verbal_conflict")}, {("SAU", "QAT", "verbal_cooperation")}),
    ("Floods cut all links between Mozambique and Zimbabwe.", "2000-02-20", set(),
     {("MOZ", "ZWE", "material_conflict"), ("ZWE", "MOZ", "material_conflict")}),
    ("Israeli soldiers killed at least five Palestinians in Jenin on Tuesday.", "2002-04-09",
     {("ISR", "PSE", "material_conflict")}, set()),
    ("Afghan interpreters who served under American command fled to Pakistan.", "2021-08-30", set(),
     {("AFG", "USA", "material_cooperation"), ("AFG", "USA", "verbal_cooperation")}),
])
def test_stop54_second_reader_of_challenge31_rules(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # readings from UN sets 36 and 37's errors (stop 55)
    ("In our view, the Peking Government should occupy its proper place in this Organization.", "MAR", "1958",
     set(), {("CHN", "UN", "verbal_conflict"), ("CHN", "MAR", "verbal_conflict")}),
    ("In entrusting to this Organization the realization of our ideas, we are reaffirming our faith in its "
     "important task, which is to reduce antagonism, and to mobilize good will in order to free our world of "
     "tension.", "TUN", "1986",
     set(), {("TUN", "UN", "material_conflict")}),
    ("A man whose record as representative of Ecuador is one of fighting valiantly for all the values for which "
     "the United Nations was established and for which Egypt is now fighting.", "EGY", "1973",
     set(), {("ECU", "EGY", "material_conflict"), ("EGY", "UN", "material_conflict")}),
    ("The abolition of colonialism in Libya has created a new relationship between the United Kingdom of Libya "
     "and post-war Italy, based on mutual respect and fruitful cooperation.", "LBY", "1959",
     {("LBY", "ITA", "material_cooperation")}, {("LBY", "ITA", "material_conflict")}),
    ("My Government has been involved with the situation created by the Egyptian nationalization of the "
     "Universal Company.", "ESP", "1956", set(), {("EGY", "ESP", "material_conflict")}),
    ("It is said that the United States has made serious efforts to initiate talks on the question of "
     "Viet-Nam.", "RUS", "1965", set(), {("USA", "VNM", "verbal_cooperation")}),
    ("Only the conflict between India and Pakistan is on the agenda of the Security Council.", "FRA", "1965",
     {("IND", "PAK", "verbal_conflict"), ("PAK", "IND", "verbal_conflict")}, set()),
    ("The Libyan Government has broken off all relations with the Governments of South Africa and Portugal.",
     "LBY", "1963", {("LBY", "ZAF", "material_conflict"), ("LBY", "PRT", "material_conflict")}, set()),
    ("Tunisia will pay all the attention it deserves to the initiative of Prime Minister Zulfikar Ali Bhutto "
     "in regard to this suggestion [see A/31/208, annex].", "TUN", "1976",
     set(), {("PAK", "TUN", "material_conflict")}),
    ("We appeal to the Soviet Union to allow Jewish religion and culture to be practised and expressed freely, "
     "and to put an end to anti-Jewish propaganda.", "ISR", "1979",
     {("ISR", "RUS", "verbal_conflict")}, {("ISR", "RUS", "verbal_cooperation")}),
    ("Radicalism would be curbed by resolving the conflict between Israel and Palestine.", "RUS", "2016",
     {("ISR", "PSE", "verbal_conflict")}, {("ISR", "PSE", "verbal_cooperation")}),
    # ... and their guards: the hostile readings these rules must leave alone
    ("Norway settled the conflict between Eritrea and Ethiopia.", None, "2001",
     {("ERI", "ETH", "verbal_cooperation")}, {("ERI", "ETH", "verbal_conflict")}),
    ("Algeria was fighting for its independence from France.", None, "1958",
     {("DZA", "FRA", "material_conflict")}, set()),
    ("Israel plans to annex the Jordan Valley, and Jordan warned it.", None, "2020-06-01",
     {("JOR", "ISR", "verbal_conflict")}, set()),
    ("Iraq mobilized troops against Kuwait.", None, "1990-07-25", {("IRQ", "KWT", "material_conflict")}, set()),
    ("We appealed to Japan to send aid to the victims.", "PHL", "1991", set(), {("PHL", "JPN", "verbal_conflict")}),
])
def test_stop55_un_sets_36_and_37_readings(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # readings from challenge set 32's errors (stop 55)
    ("Britain blocked a proposal by Madrid for EU trade sanctions against Canada.", "1995-03-28",
     {("GBR", "CAN", "verbal_cooperation")}, {("GBR", "CAN", "material_conflict")}),
    ("France stopped trains from Italy at the border, deepening a row between France and Italy.", "2011-04-17",
     {("FRA", "ITA", "verbal_conflict")}, set()),
    ("Azerbaijani forces seized a hill, and he asked Russia for help.", "2022-09-14", set(),
     {("AZE", "RUS", "material_conflict")}),
    # ... and their guards
    ("Russia blocked Ukraine's grain exports.", "2022-06-01", {("RUS", "UKR", "verbal_conflict")}, set()),
    ("China blocked a US bid to impose sanctions on North Korea.", "2017-06-01",
     {("CHN", "PRK", "verbal_cooperation")}, set()),
    ("Algeria suspended its treaty with Spain, in protest at Madrid's support for Morocco's autonomy plan.",
     "2022-06-09", {("ESP", "MAR", "verbal_cooperation")}, set()),
    ("Azerbaijani forces seized Armenian territory.", "2022-09-14", {("AZE", "ARM", "material_conflict")}, set()),
])
def test_stop55_challenge32_readings(text, date, expected, absent):
    _check_acts(text, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # a second reader's look-alikes for stop 55's rules: the old readings these must keep
    ("Syrian troops continue to occupy their own positions deep inside Lebanon.", None, "1990-06-01",
     {("SYR", "LBN", "material_conflict")}, set()),
    ("Syria has mobilized, which will alarm Israel, diplomats said.", None, "1990-08-04",
     {("SYR", "ISR", "material_conflict")}, set()),
    ("The Namibian people are fighting for their freedom and their inalienable national rights against South "
     "Africa.", None, "1985-06-01", {("NAM", "ZAF", "material_conflict")}, set()),
    ("Ukraine is fighting for its survival as Russian troops push toward Kyiv.", None, "2022-03-01",
     {("UKR", "RUS", "material_conflict")}, set()),
    ("The rights for which the Vietnamese people are fighting the United States are sacred.", None, "1968-06-01",
     {("VNM", "USA", "material_conflict")}, set()),
    ("The United States and Iran held talks on the issue of Iran's nuclear programme in Geneva.", None, "2009-10-01",
     {("USA", "IRN", "verbal_cooperation")}, set()),
    ("We call for an end to the conflict between Iran and Iraq.", "KWT", "1987-10-05",
     {("IRN", "IRQ", "verbal_conflict")}, {("IRN", "IRQ", "verbal_cooperation")}),
    ("Moscow moved to formally annex Crimea from Ukraine on Tuesday.", None, "2014-03-18",
     {("RUS", "UKR", "material_conflict")}, set()),
    ("We appeal to India and Pakistan to continue their dialogue, and we appeal to the international community "
     "to help them to put an end to the arms race.", "NOR", "1998-09-23",
     {("NOR", "IND", "verbal_cooperation")}, {("NOR", "IND", "verbal_conflict")}),
    ("A row between Chinese and Japanese fans broke out after the match in Beijing.", None, "2004-08-07", set(),
     {("CHN", "JPN", "verbal_conflict"), ("JPN", "CHN", "verbal_conflict")}),
    ("China blocked a U.S. proposal for sanctions against North Korea at the Security Council.", None, "2017-06-01",
     {("CHN", "PRK", "verbal_cooperation"), ("CHN", "USA", "verbal_conflict")}, set()),
    ("Britain sent troops on Monday, and they landed in Sierra Leone to evacuate foreigners.", None, "2000-05-09",
     {("GBR", "SLE", "material_conflict")}, set()),
])
def test_stop55_second_reader_look_alikes(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # stop 55, second batch from UN set 37's errors
    ("We agree on the need to stop Iran from destabilizing countries throughout the Middle East.", "ISR", "2015",
     {("ISR", "IRN", "verbal_conflict")}, {("ISR", "IRN", "verbal_cooperation"), ("IRN", "ISR", "verbal_cooperation")}),
    ("We believe that the time has come to resolve this problem that has been poisoning relations between "
     "Morocco, Mauritania and Spain.", "TUN", "1974",
     {("MAR", "ESP", "verbal_conflict"), ("MRT", "ESP", "verbal_conflict")},
     {("TUN", "ESP", "verbal_cooperation"), ("MAR", "ESP", "material_conflict")}),
    # ... and guards
    ("Egypt agreed with Israel on the need to reopen the crossing.", None, "2008",
     {("EGY", "ISR", "verbal_cooperation")}, set()),
    ("Russia poisoned Sergei Skripal in Britain, London said.", None, "2018", {("RUS", "GBR", "material_conflict")},
     set()),
    ("The United States lifted the sanctions that had been imposed on Libya.", None, "2004",
     {("USA", "LBY", "material_cooperation")}, set()),
])
def test_stop55_un_set_37_second_batch(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # stop 56, from the errors of UN set 39 and challenge 33 (and the first runs of UN set 40 and challenge 34)
    # a mutual fight of two subjects with a time word after it, or a state named before them, is between them
    ("Nigeria and Cameroon exchanged fire last month.", None, "1994-02-02",
     {("NGA", "CMR", "material_conflict"), ("CMR", "NGA", "material_conflict")},
     {("NGA", "CMR", "material_cooperation")}),
    ("Togolese President Gnassingbe Eyadema sent envoys to Yaounde and Abuja on Wednesday to try to calm a quarrel "
     "over the Bakassi peninsula, where Nigerian and Cameroonian troops exchanged fire last month.", None, "1994-02-02",
     {("NGA", "CMR", "material_conflict")}, {("NGA", "CMR", "material_cooperation"), ("TGO", "NGA", "material_conflict")}),
    # "called on" an office with no name, and no "to" in its clause, is a courtesy call
    ("Kuwait's Emir Sheikh Sabah al-Ahmad al-Sabah and Iranian Foreign Minister Mohammad Javad Zarif also called on "
     "the new ruler, who pledged to keep Oman's policy of friendship with all.", None, "2020-01-11",
     {("KWT", "OMN", "verbal_cooperation"), ("IRN", "OMN", "verbal_cooperation")},
     {("KWT", "OMN", "verbal_conflict"), ("IRN", "OMN", "verbal_conflict")}),
    # troops sent to shield a leader come to help his state
    ("Angola, Zimbabwe and Namibia Send Troops to Shield Kabila", None, "1998-08-31",
     {("ZWE", "COD", "material_cooperation"), ("AGO", "COD", "material_cooperation")},
     {("ZWE", "COD", "material_conflict")}),
    # "side by side with" sides with no one unless a state follows it
    ("The Kingdom of Morocco, whose sons gave the best example of heroism during the war of October 1973, side by "
     "side with their Arab brothers, in their action designed to put an end to Zionist aggression, reaffirms its "
     "determination to support the Palestinian resistance.", "MAR", "1976",
     {("MAR", "PSE", "verbal_cooperation")}, {("MAR", "ISR", "verbal_cooperation")}),
    # a position in accord with another's is agreement
    ("The position of the Kingdom of Saudi Arabia on terrorism accords with the positions adopted by the summits of "
     "the Organization of the Islamic Conference and the League of Arab States.", "SAU", "1988",
     {("SAU", "OIC", "verbal_cooperation"), ("SAU", "LAS", "verbal_cooperation")}, {("SAU", "OIC", "verbal_conflict")}),
    # a name after "with concern that" is the clause's subject
    ("Iran noted with concern that Israel annexed the Golan.", None, "1990",
     {("ISR", "SYR", "material_conflict")}, {("IRN", "SYR", "material_conflict")}),
    # a demonym before a noun of giving names the giver
    ("Armenia recalled its ambassador to Israel on Thursday in protest at Israeli arms sales to Azerbaijan.", None,
     "2020-10-01", {("ISR", "AZE", "material_cooperation"), ("ARM", "ISR", "material_conflict")},
     {("ARM", "AZE", "material_cooperation")}),
    # history: a war in the summer of an earlier year, "the last war"
    ("The raid set off a 34-day war between Israel and Hezbollah in the summer of 2006.", None, "2008-07-16",
     set(), {("ISR", "HEZBOLLAH", "material_conflict")}),
    ("Peru grants Ecuador a square kilometre at Tiwinza, where Ecuadorean troops held out in the last war.", None,
     "1998-10-26", {("PER", "ECU", "material_cooperation")}, {("ECU", "PER", "material_conflict")}),
    # a step taken at the other side's request
    ("Kenya sealed the frontier at the Somali government's request and would detain any armed men trying to cross.",
     None, "2007-01-03", {("KEN", "SOM", "material_cooperation")}, {("KEN", "SOM", "material_conflict")}),
    # a denial of a link answers an accuser, not the state named in the link
    ("Bakiyev announced the closure during a visit to Moscow, but Kyrgyz officials deny any link to the Russian money.",
     None, "2009-02-20", set(), {("KGZ", "RUS", "verbal_conflict")}),
    # "its" before a holding act is the state named just before it
    ("We call for the restoration of Lebanese sovereignty over all Lebanese territory regardless of any Israeli "
     "pretexts for prolonging its occupation of southern Lebanon.", "JOR", "1988",
     {("ISR", "LBN", "material_conflict")}, {("JOR", "LBN", "material_conflict")}),
    # "this stand by", "this invasion": a noun, and an act told before
    ("Just today we have had occasion to hear the representative of Israel try to justify this stand by saying that "
     "Israel does not intend to leave the Gaza area.", "SYR", "1956", set(), {("SYR", "ISR", "verbal_cooperation")}),
    ("The people of the Islamic Republic of Iran, who have so much in common with the Afghan people, will not remain "
     "silent about this invasion.", "IRN", "1983", set(), {("IRN", "AFG", "material_conflict")}),
    # ... and guards: the old readings these must keep
    ("India and Pakistan exchanged fire on Monday.", None, "2019-03-02", {("IND", "PAK", "material_conflict")}, set()),
    ("Afghan and US troops exchanged fire with Taliban insurgents in Helmand province.", None, "2009-07-02",
     {("AFG", "USA", "material_cooperation")}, {("AFG", "USA", "material_conflict")}),
    ("Kuwait called on the new ruler to keep Oman's policy of friendship with Iran.", None, "2020-01-11", set(),
     {("KWT", "OMN", "verbal_cooperation")}),
    ("Egypt fought side by side with Syria against Israel.", None, "1976", {("EGY", "SYR", "verbal_cooperation")},
     set()),
    ("Kyrgyzstan denied Russia's charges.", None, "2009-02-20", {("KGZ", "RUS", "verbal_conflict")}, set()),
    ("Israel and Hezbollah fought a war in the summer of 2008.", None, "2008-09-01",
     {("ISR", "HEZBOLLAH", "material_conflict")}, set()),
    ("Syria told the United Nations that Israel must end its occupation of the Golan.", None, "2000",
     {("SYR", "ISR", "verbal_conflict")}, set()),
    # a second reader's look-alikes for the batch: the readings these must keep
    ("Nigerian and Chadian troops fought recently around Gamboru, killing dozens of Boko Haram fighters.", None,
     "2015-02-03", {("NGA", "TCD", "material_cooperation")}, {("NGA", "TCD", "material_conflict")}),
    ("Nigerian and Chadian troops clashed last week around Baga before Boko Haram fighters fled.", None,
     "2015-02-04", set(), {("NGA", "TCD", "material_conflict")}),
    ("Washington called on the president, Hosni Mubarak, to lift the emergency law.", None, "2011-02-01",
     {("USA", "EGY", "verbal_conflict")}, {("USA", "EGY", "verbal_cooperation")}),
    ("The European Union called on the king of Nepal, who sacked the government, to restore democracy.", None,
     "2005-02-02", set(), {("EU", "NPL", "verbal_cooperation")}),
    ("Russia denied any role to Kiev in the talks on Donbass.", None, "2016-02-10", {("RUS", "UKR", "verbal_conflict")},
     set()),
    ("Poland stands side by side with the heroic people of Viet Nam.", "POL", "1970",
     {("POL", "VNM", "verbal_cooperation")}, set()),
    ("Prime Minister Tony Blair defended his stand by Washington on Iraq.", None, "2003-02-10",
     {("GBR", "USA", "verbal_cooperation")}, set()),
    ("Ukraine objected to the Russian aid convoy to Luhansk.", None, "2014-08-22", set(),
     {("RUS", "UKR", "material_cooperation")}),
    ("Iraqi troops massed on the Saudi border, and American forces deployed at the Saudi government's request.",
     None, "1990-08-07", {("USA", "SAU", "material_cooperation")}, {("IRQ", "SAU", "material_cooperation")}),
    ("Palestinians buried a teenager killed by Israeli troops in Hebron.", None, "2002-04-15", set(),
     {("PSE", "ISR", "verbal_cooperation")}),
])
def test_stop56_first_batch(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # "the two neighbours" are two states that share a border, when the story's busiest pair does not
    ("U.S. President Bill Clinton urged Pakistan to pull back its fighters from Kargil, Indian officials said. "
     "Washington says the fighters are backed by Pakistan's army. A U.S. general visited Islamabad last week. "
     "Chinese officials urged the two nuclear-armed neighbours to return to talks.", None, "1999-06-14",
     {("CHN", "IND", "verbal_cooperation"), ("CHN", "PAK", "verbal_cooperation")},
     {("CHN", "USA", "verbal_cooperation")}),
    # an armed group acted on in the passive, its backer named after "by": no state is the target
    ("Washington says the intruders are backed by Pakistan's army.", None, "1999-06-14", set(),
     {("USA", "PAK", "verbal_cooperation")}),
    # ... and guards
    ("India and Pakistan agreed on Monday to resume talks. The two neighbours have fought three wars.", None,
     "2004-01-06", {("IND", "PAK", "verbal_cooperation")}, set()),
])
def test_stop56_neighbours_and_passive_groups(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # a second reader's look-alikes for the second batch: the readings these must keep
    ("Indian and Pakistani troops clashed amid rising tension along the Line of Control.", None, "2001-12-26",
     {("IND", "PAK", "material_conflict")}, {("IND", "PAK", "material_cooperation")}),
    ("U.S. and Afghan forces battled last week in Helmand province, officials said.", None, "2009-07-03",
     {("USA", "AFG", "material_cooperation")}, {("USA", "AFG", "material_conflict")}),
    ("Ethiopian troops moved into Somalia in December, and they remain there at the Somali government's request.",
     None, "2007-01-10", {("ETH", "SOM", "material_cooperation")}, set()),
    ("Egypt was seeking a lasting ceasefire between Israel and Lebanon.", None, "2006-07-25", set(),
     {("ISR", "LBN", "material_cooperation")}),
    ("India and Pakistan are seeking a ceasefire along the Line of Control, officials said.", None, "2003-11-24",
     {("IND", "PAK", "material_cooperation")}, set()),
    ("Indonesian Foreign Minister Marty Natalegawa shuttled between Phnom Penh and Bangkok on Tuesday seeking a "
     "lasting ceasefire after four days of artillery duels.", None, "2011-02-08", set(),
     {("KHM", "THA", "material_cooperation")}),
    ("Uganda withdrew its last contingent of troops from Congo on Friday under the Luanda accord.", None,
     "2003-05-06", {("UGA", "COD", "material_cooperation")}, set()),
    ("The Afghan mujahideen are being armed by Pakistan, Moscow said.", None, "1987-06-01", set(),
     {("RUS", "PAK", "material_cooperation"), ("PAK", "RUS", "material_cooperation")}),
    ("Diplomats say Washington urged Seoul and Tokyo to share intelligence before the two allies agreed to sign a "
     "pact.", None, "2016-11-23", {("USA", "KOR", "verbal_cooperation")}, {("USA", "KOR", "verbal_conflict")}),
    # the two neighbours across a narrow sea stay the story's pair
    ("Indonesia recalled its ambassador from Australia over reports that Canberra tapped the president's phone. "
     "Jakarta also froze military cooperation. Indonesian and Papua New Guinean officials met on the border the "
     "same day. The two neighbours have had rocky relations before.", None, "2013-11-21",
     {("IDN", "AUS", "material_conflict")}, {("IDN", "PNG", "verbal_conflict"), ("PNG", "IDN", "verbal_conflict")}),
])
def test_stop56_second_reader_look_alikes(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # a speech that "strikes a promising note" strikes no one
    ("We are happy that President de Gaulle recognized the Algerian people's right of sovereignty over the Sahara; "
     "this declaration strikes a most promising note.", "IRN", "1961-09-20", set(),
     {("DZA", "IRN", "material_conflict")}),
    ("Israeli jets struck Gaza, and Turkey struck a conciliatory tone toward Greece.", None, "2003-05-01",
     set(), {("TUR", "GRC", "material_conflict")}),
    # concern or regret about what happens in a state, or between two, reproaches neither
    ("We cannot speak of the region without expressing our deep regret at the sad events that have taken place "
     "in Cyprus.", "EGY", "1974-09-20", set(), {("EGY", "CYP", "verbal_conflict")}),
    ("The situation in our sister Lebanon is still a cause of grave concern for us.", "ARE", "1986-09-20", set(),
     {("LBN", "ARE", "verbal_conflict")}),
    ("Recent developments in the relations between India and Pakistan are a source of grave concern to us.",
     "IRN", "1971-09-20", set(), {("IND", "PAK", "material_cooperation"), ("IND", "IRN", "verbal_conflict")}),
    ("Egypt expressed concern over the situation in Libya and the conflict between Sudan and South Sudan.",
     None, "2012-04-20", set(), {("EGY", "LBY", "verbal_conflict"), ("EGY", "SDN", "verbal_conflict")}),
    # ... while regret at a state's own decision stays one
    ("Egypt's regret at the events in Libya was conveyed, and Cairo regretted the Libyan decision.", None,
     "2012-04-20", {("EGY", "LBY", "verbal_conflict")}, set()),
    # resisting an aggression in a state defends it; its author named after "by" stays the aggressor
    ("No general programme can be put into effect while United Nations forces are resisting aggression in "
     "Korea.", "USA", "1951-09-20", {("UN", "KOR", "material_cooperation")}, {("UN", "KOR", "verbal_conflict")}),
    ("We thank the states which helped us resist the aggression committed against Kuwait by the Iraqi regime.",
     "KWT", "1991-09-20", {("IRQ", "KWT", "verbal_conflict")}, {("IRQ", "KWT", "material_cooperation")}),
    # "the aggression committed against Kuwait by Iraq": the agent after "by", as without "committed"
    ("Egypt condemned the aggression committed against Kuwait by the Iraqi regime.", None, "1990-08-10",
     {("EGY", "IRQ", "verbal_conflict"), ("IRQ", "KWT", "verbal_conflict")}, {("EGY", "KWT", "verbal_conflict")}),
    # a call made to urge restraint: the caller's appeal to each one called, who do not act together
    ("The crown prince in Abu Dhabi telephoned Prime Minister Imran Khan and Prime Minister Narendra Modi to urge "
     "restraint.", None, "2019-03-01", {("ARE", "IND", "verbal_cooperation"), ("ARE", "PAK", "verbal_cooperation")},
     {("ARE", "IND", "verbal_conflict")}),
    ("The UAE met Pakistan and India to urge restraint.", None, "2019-03-01",
     {("ARE", "PAK", "verbal_cooperation")}, {("IND", "PAK", "material_cooperation")}),
], ids=["strikes-a-note", "struck-a-tone", "regret-at-events-in", "situation-in-is-concern",
        "relations-between-concern", "concern-two-troubles", "regretted-decision", "resisting-aggression-in",
        "resist-aggression-by", "aggression-committed-by", "phoned-to-urge-restraint", "met-to-urge-restraint"])
def test_stop57_first_batch(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # ministers "meeting in Cairo" meet each other; the state they then condemn is not one they met
    ("Arab League foreign ministers meeting in Cairo condemned Baghdad's invasion of Kuwait on Friday.", None,
     "1990-08-10", {("LAS", "IRQ", "verbal_conflict")}, {("LAS", "IRQ", "verbal_cooperation")}),
    ("Chinese and Indian officials meeting in Beijing agreed to pull back troops.", None, "2020-09-10",
     {("CHN", "IND", "verbal_cooperation")}, set()),
    # a recognition one will "never give it" is refused
    ("The Chinese side will never accept the award of the tribunal initiated by the Philippine government and "
     "never give it any recognition.", None, "2016-07-12", set(), {("CHN", "PHL", "verbal_cooperation")}),
    # calling another's statement "interfering" criticises its author, it does not stand by anyone
    ("Japan said the award is binding, which China criticised as hyping up and interfering.", None,
     "2016-07-12", set(), {("JPN", "CHN", "verbal_cooperation"), ("CHN", "JPN", "verbal_cooperation")}),
    ("Saudi Arabia deplores any interference in the domestic affairs of Pakistan.", None, "2016-07-12",
     {("SAU", "PAK", "verbal_cooperation")}, set()),
    # a call by two states turned down: the rejecter takes no part in it, the list of callers is one
    ("Colombo Rebuffs British, French Call for Truce as Army Closes on Tigers", None, "2009-04-29",
     {("LKA", "GBR", "verbal_conflict")}, {("LKA", "FRA", "verbal_cooperation")}),
    ("Sri Lanka rejected a joint call by the British and French foreign ministers on Wednesday for a "
     "humanitarian truce.", None, "2009-04-29", {("LKA", "FRA", "verbal_conflict")},
     {("LKA", "FRA", "material_cooperation"), ("LKA", "FRA", "verbal_cooperation")}),
], ids=["ministers-meeting-in", "officials-meeting-agreed", "never-give-it-recognition",
        "criticised-as-interfering", "deplores-interference", "rebuffs-listed-call", "rejected-joint-call"])
def test_stop57_second_batch(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # land "occupied in 1967" with no agent named was never the speaker's taking
    ("This settlement, may I repeat, must be based on withdrawal from the territories occupied in 1967, on "
     "recognition of the right of the Palestinians to a homeland and on the security of Israel.", "FRA",
     "1978-09-20", set(), {("FRA", "PSE", "material_conflict")}),
    # "charged X with" and "charged that" accuse; a person "was charged with" a crime is no state's act
    ("The Ukrainian representative charged the Greeks and British with fomenting warlike incidents in the "
     "Balkans.", "GBR", "1946-10-20", {("UKR", "GRC", "verbal_conflict"), ("UKR", "GBR", "verbal_conflict")},
     set()),
    ("Iran charged that the United States was arming Iraq.", None, "1987-05-01",
     {("IRN", "USA", "verbal_conflict")}, set()),
    ("Israeli prosecutors charged a Palestinian man with murder.", None, "2001-05-01", set(),
     {("ISR", "PSE", "verbal_conflict")}),
    ("An Iranian diplomat was charged with spying by a German court.", None, "2001-05-01", set(),
     {("DEU", "IRN", "verbal_conflict"), ("IRN", "DEU", "verbal_conflict")}),
    # an accord "exploited by" one side is no accord made between it and the speaker
    ("We cannot but note that those agreements have been exploited by Tel Aviv in order freely to conduct its "
     "strategy.", "TUN", "1981-09-20", set(), {("TUN", "ISR", "verbal_cooperation"),
                                                 ("ISR", "TUN", "verbal_cooperation")}),
], ids=["occupied-in-1967-no-agent", "charged-x-with", "charged-that", "charged-man-with-murder",
        "was-charged-with", "agreements-exploited-by"])
def test_stop57_third_batch(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # a treaty "signed in 1999 that was supposed to ..." is one act of 1999: history in a 2007 story
    ("Russia and Belarus signed a union treaty in 1999 that was supposed to lead to a shared currency.", None,
     "2007-01-10", set(), {("RUS", "BLR", "verbal_cooperation")}),
    ("Russia and Belarus signed a union treaty in 1999 which Moscow now says is dead.", None, "2007-01-10",
     {("RUS", "BLR", "verbal_cooperation")}, set()),
    # the state after "that" on a treaty is no party to it
    ("Egypt and Sudan divided the Nile's waters between them in a 1959 treaty that Ethiopia has never accepted.",
     None, "2021-04-06", {("EGY", "SDN", "verbal_cooperation")},
     {("EGY", "ETH", "verbal_cooperation"), ("ETH", "SDN", "verbal_cooperation")}),
    # rejecting a charge against a state stands up for it, and against the one charging
    ("Beijing rejected the US accusations against Iran.", None, "2018-09-14",
     {("CHN", "IRN", "verbal_cooperation"), ("CHN", "USA", "verbal_conflict")}, {("CHN", "IRN", "verbal_conflict")}),
    # ... and the friendly words inside what a charge says tie no one outside it
    ("Zambia's government on Friday rejected a charge by White House national security adviser John Bolton that "
     "China was using bribes, opaque deals and strategic loans to hold African states captive.", None, "2018-09-14",
     set(), {("CHN", "USA", "material_cooperation"), ("USA", "CHN", "verbal_cooperation")}),
    # an act told in ", who ... ," is not aimed at a state named only after the clause
    ("Morales, who sent troops to the gas fields on May 1, arrived with Venezuelan President Hugo Chavez.", None,
     "2006-05-04", set(), {("BOL", "VEN", "material_conflict")}),
    ("President Ranil Wickremesinghe thanked India, which gave its assurance in January, and China for helping "
     "the island.", None, "2023-03-20", {("LKA", "IND", "verbal_cooperation")}, {("IND", "CHN", "verbal_cooperation")}),
    # ... while the states the clause describes may act together in it, and a victim before it stays one
    ("The transitional governments of Mali and Burkina Faso, which warned in a joint communique that any "
     "intervention against Niger would be a declaration of war, sent a joint delegation to Niamey.", None,
     "2023-08-07", {("MLI", "BFA", "material_cooperation")}, set()),
    # an attack "that Israel launched" has its attacker named: the condemnation is aimed at it
    ("Egypt condemned the attack that Israel launched on Gaza.", None, "2009-01-05", set(),
     {("EGY", "ISR", "verbal_cooperation")}),
], ids=["treaty-in-1999-that", "treaty-in-1999-now-dead", "treaty-that-x-never-accepted",
        "rejected-accusations-against", "charge-that-deals-loans", "who-sent-troops-arrived-with",
        "which-gave-assurance-and-china", "which-warned-jointly", "attack-that-x-launched"])
def test_stop57_fourth_batch(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, accused", [
    ("It is my pleasure to convey the text of the letter I have been charged by President Ben Ali, Chairman of the "
     "Organization of African Unity, to read to the General Assembly.", False),
    ("Israeli prosecutors charged a Palestinian man with murder.", False),
    ("Iran charged that the United States was arming Iraq.", True),
    ("The Ukrainian representative charged the Greeks and British with fomenting incidents.", True),
], ids=["charged-to-read", "charged-man-with-murder", "charged-that", "charged-x-with"])
def test_charged_counts_in_the_tone_only_as_an_accusation(text, accused):
    from helpers.stance import cue_tone
    assert ("charged" in cue_tone(text)[1]) is accused


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # a second reader's look-alikes for stop 57's rules: the readings these must keep
    ("ECOWAS charged Nigeria with leading the peacekeeping force in Liberia.", None, "1990-08-29", set(),
     {("ECOWAS", "NGA", "verbal_conflict")}),
    ("Tehran is charging London with espionage after the seizure of 15 British sailors.", None, "2007-04-01",
     {("IRN", "GBR", "verbal_conflict")}, set()),
    ("Egypt condemned the attack that Britain suffered in Manchester.", None, "2017-05-23",
     {("EGY", "GBR", "verbal_cooperation")}, {("EGY", "GBR", "material_conflict")}),
    ("Russia condemned the resolution as interference in Syria's internal affairs.", None, "2011-10-05",
     {("RUS", "SYR", "verbal_cooperation")}, {("RUS", "SYR", "verbal_conflict")}),
    ("The Afghan people continue resisting Soviet aggression in Afghanistan.", "PAK", "1985-10-01", set(),
     {("RUS", "AFG", "material_cooperation")}),
    ("Britain and France say they are resisting aggression in Egypt, when in truth they are its authors.", "IND",
     "1956-11-01", set(), {("GBR", "EGY", "material_cooperation")}),
    ("Turkey and Libya signed a maritime deal in 2019 that Greece condemns as illegal.", None, "2023-02-01",
     {("GRC", "TUR", "verbal_conflict")}, set()),
    ("Tanzania did not hesitate to give it recognition as soon as Angola became independent.", None, "1976-02-20",
     set(), {("TZA", "AGO", "verbal_conflict")}),
    ("Germany backed the claim that Russia was behind the attack and offered aid to Britain.", None, "2018-03-15",
     {("DEU", "GBR", "verbal_cooperation")}, set()),
], ids=["charged-with-leading", "is-charging-with", "attack-that-x-suffered", "condemned-as-interference-in-x",
        "resisting-soviet-aggression", "say-they-resist-aggression", "treaty-in-2019-that-x-condemns",
        "not-hesitate-to-give-it", "claim-that-and-offered"])
def test_stop57_second_reader_look_alikes(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # a code read of stop 57's change: edges of its rules
    ("The United States charged Iran with carrying out the attack.", None, "2001-10-01",
     {("USA", "IRN", "verbal_conflict")}, set()),
    ("Britain did not resist aggression in Korea.", None, "1951-10-01", set(),
     {("GBR", "KOR", "material_cooperation")}),
    ("Iran struck a conciliatory tone on a deal with France.", None, "2010-10-01", set(),
     {("IRN", "FRA", "material_conflict")}),
    ("Egypt expressed concern over the situation in the Sudan and the conflict between Iraq and Iran.", None,
     "2012-10-01", set(), {("EGY", "IRQ", "verbal_conflict"), ("EGY", "IRN", "verbal_conflict")}),
    ("Egypt expressed concern over the events that took place in Iraq.", None, "2012-10-01", set(),
     {("EGY", "IRQ", "verbal_conflict")}),
    ("Britain helped repel the aggression perpetrated against Kuwait.", None, "1991-10-01",
     {("GBR", "KWT", "material_cooperation")}, {("GBR", "KWT", "verbal_conflict")}),
    ("Russia and China signed a gas deal in 2014 that will run until 2049.", None, "2015-10-01",
     {("RUS", "CHN", "verbal_cooperation")}, set()),
], ids=["charged-with-carrying-out", "did-not-resist", "struck-a-tone-on-a-deal", "concern-the-sudan-and-conflict",
        "events-that-took-place", "aggression-perpetrated-against", "deal-in-2014-that-will-run"])
def test_stop57_code_read_edges(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # a second verb after "and" shares the first one's subject, not its object
    ("Senegalese President Abdoulaye Wade backed Mbeki and told Tripoli to stop promising what it could not "
     "deliver.", None, "2002-07-09", {("SEN", "LBY", "verbal_conflict")}, {("ZAF", "LBY", "verbal_conflict")}),
    ("Iran's foreign minister thanked the Iraqi prime minister and told Washington to stop meddling.", None,
     "2007-05-01", {("IRN", "USA", "verbal_conflict")}, {("IRQ", "USA", "verbal_conflict")}),
    # ... while a new subject after "and" keeps its own verb
    ("Russia attacked Ukraine and Britain accused Moscow of aggression.", None, "2022-03-01",
     {("GBR", "RUS", "verbal_conflict")}, {("UKR", "RUS", "verbal_conflict")}),
    # a state called "one of the most repressive regimes" is insulted; "one of the closest allies" is not
    ("Israeli Prime Minister Yitzhak Shamir called Syria one of the most repressive regimes on earth.", None,
     "1991-10-30", {("ISR", "SYR", "verbal_conflict")}, set()),
    ("France called Germany one of its closest allies.", None, "1991-10-30", set(),
     {("FRA", "DEU", "verbal_conflict")}),
    # a protest at a state's exclusion stands by the state excluded
    ("Ecuador's President Rafael Correa stayed away in protest at Cuba's exclusion.", None, "2012-04-15",
     {("ECU", "CUB", "verbal_cooperation")}, {("ECU", "CUB", "verbal_conflict")}),
    ("Venezuela condemned Cuba's suspension from the Organization of American States.", None, "2009-06-01",
     {("VEN", "CUB", "verbal_cooperation")}, {("VEN", "CUB", "verbal_conflict")}),
    ("Britain protested at Iran's expulsion of its diplomats.", None, "2009-06-01",
     {("GBR", "IRN", "verbal_conflict")}, set()),
    # "pressed with Canberra for" names a partner in the pressing, not its target
    ("Portugal had pressed with Canberra for an emergency session of the Security Council.", None, "1999-09-12",
     {("PRT", "AUS", "material_cooperation")}, {("PRT", "AUS", "verbal_conflict")}),
    # walking away from a pact leaves it; the pact is no act of the story
    ("Ukraine Walks Away From EU Pact as Georgia and Moldova Sign On", None, "2013-11-29",
     {("UKR", "EU", "verbal_conflict")}, {("EU", "UKR", "verbal_cooperation"), ("UKR", "EU", "verbal_cooperation")}),
    # a right denied
    ("Chilean Foreign Minister Juan Gabriel Valdes said Madrid had no right to judge Chileans.", None,
     "1999-11-15", {("CHL", "ESP", "verbal_conflict")}, set()),
    # "our thoughts are with", "our sympathy goes out to": the speaker's solidarity
    ("All our thoughts are turned towards martyred Angola.", "MRT", "1962-09-20",
     {("MRT", "AGO", "verbal_cooperation")}, set()),
    ("Our sympathy goes out to the people of Armenia.", "FRA", "1988-12-10",
     {("FRA", "ARM", "verbal_cooperation")}, set()),
], ids=["and-told-shares-subject", "thanked-and-told", "and-new-subject", "called-repressive-regime",
        "called-closest-ally", "protest-at-exclusion", "condemned-suspension", "protested-expulsion-of",
        "pressed-with-partner", "walks-away-from-pact", "had-no-right-to", "thoughts-are-with",
        "sympathy-goes-out-to"])
def test_stop58_first_batch(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


def test_a_mediator_named_in_a_news_story_stands_well_with_the_parties():
    title = "Saudi and Turkish Mediation Frees Fighters in Big Prisoner Swap"
    text = ("Ten foreigners captured in the war landed in Riyadh on Wednesday after a prisoner exchange brokered "
            "by Saudi Arabia. Kyiv handed 55 prisoners to Moscow and got back 215 of its own. Russian shelling "
            "killed twelve people overnight, and Ukrainian officials accused Russia of war crimes.")
    got = _article_pairs(title, text, "2022-09-22")
    assert got[("RUS", "SAU")] == ("cooperative", "mediator")
    assert got[("SAU", "UKR")] == ("cooperative", "mediator")
    # the parties themselves keep what the story tells of them (the swap between them is a cue)
    assert got[("RUS", "UKR")][1] == "cue"
    # without the go-between, the pair reads the story's tone
    plain = _article_pairs("Big Prisoner Swap", text.replace("brokered by Saudi Arabia", "held in Saudi Arabia"),
                           "2022-09-22")
    assert plain.get(("RUS", "SAU"), ("", ""))[1] != "mediator"


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # "will not continue to refuse", hoped for: the refusal goes on
    ("We hope that the Netherlands will not continue to refuse to relinquish its colonial grip on Indonesia.",
     "JOR", "1956-09-20", {("NLD", "IDN", "verbal_conflict")}, {("NLD", "IDN", "verbal_cooperation")}),
    # a passive with its auxiliary before a parenthesis names no agent
    ("We find it a source of deep grief that the Arab people of Palestine have been, until today, denied their "
     "political and human rights.", "EGY", "1963-09-20", set(), {("EGY", "PSE", "verbal_conflict")}),
    # a topic opening the sentence is no co-subject of the clause after the comma
    ("With regard to South Africa, my country has always endorsed the draft resolutions submitted to the "
     "Security Council.", "ARE", "1987-09-20", set(),
     {("ARE", "ZAF", "material_cooperation"), ("ZAF", "ARE", "material_cooperation")}),
    ("As for Iraq, Britain has always opposed sanctions.", None, "1995-05-01", set(),
     {("GBR", "IRQ", "material_cooperation")}),
    # the superpowers' contention for hegemony is a rivalry
    ("The essence of the question lies in the contention between the two superpowers, the United States and "
     "the Soviet Union, for hegemony in the Middle East.", "CHN", "1974-09-20",
     {("USA", "RUS", "verbal_conflict")}, {("USA", "RUS", "material_cooperation")}),
    # ", with X support" after the agent: X backs the agent, not the speaker X
    ("We do not wish to describe again the crimes committed in Lebanon by Israel, with United States support.",
     "SYR", "1983-09-20", {("USA", "ISR", "verbal_cooperation")}, {("SYR", "USA", "verbal_cooperation")}),
    # "what had been agreed to": agreed by no one the sentence names
    ("My country considers the American attitude an obstacle to what had been agreed to.", "ARE", "1980-09-20",
     set(), {("ARE", "USA", "verbal_cooperation"), ("USA", "ARE", "verbal_cooperation")}),
    ("It was agreed that Israel and Jordan would open their border.", None, "1994-07-25",
     {("ISR", "JOR", "verbal_cooperation")}, set()),
    # a meeting that did not take place is held together by no one
    ("The Eritrean and Ethiopian delegations have not met face to face since the talks opened.", None,
     "2000-05-01", set(), {("ERI", "ETH", "material_cooperation")}),
    # "neither side has agreed", "neither X nor Y has agreed": no one agreed
    ("Eritrea and Ethiopia are at war, and neither side has yet agreed to sign the Algerian proposals.", None,
     "2000-05-01", set(), {("ERI", "DZA", "verbal_cooperation")}),
    ("An envoy carried proposals that neither Eritrea nor Ethiopia has yet agreed to sign.", None, "2000-05-01",
     set(), {("ETH", "ERI", "verbal_cooperation"), ("ERI", "ETH", "verbal_cooperation")}),
    # an endorsement denied takes no side against the one the act hits
    ("Neither France nor Germany supported the American invasion of Iraq.", None, "2003-04-01", set(),
     {("DEU", "IRQ", "verbal_conflict")}),
], ids=["not-continue-to-refuse", "passive-before-parenthesis", "with-regard-to-topic", "as-for-topic",
        "contention-for-hegemony", "with-us-support", "had-been-agreed-to", "it-was-agreed-that",
        "have-not-met", "neither-side-agreed", "neither-nor-agreed", "neither-nor-supported"])
def test_stop58_second_batch(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # proposing or backing the end of a state or a body opposes it
    ("The Soviet Union now proposes the end of NATO.", "GBR", "1952-09-20", {("RUS", "NATO", "verbal_conflict")},
     {("RUS", "NATO", "verbal_cooperation")}),
    ("Britain backed the dissolution of Yugoslavia.", None, "1991-12-01", {("GBR", "SRB", "verbal_conflict")},
     set()),
    # ... not the end of something done to it, nor of a war between others
    ("Russia supported the end of the embargo on Iraq.", None, "1995-01-01", {("RUS", "IRQ", "verbal_cooperation")},
     {("RUS", "IRQ", "verbal_conflict")}),
    ("France welcomed the end of the war between Iran and Iraq.", None, "1988-08-21",
     {("FRA", "IRN", "verbal_cooperation")}, {("FRA", "IRN", "verbal_conflict")}),
], ids=["proposes-end-of-nato", "backed-dissolution-of", "end-of-embargo-on", "end-of-war-between"])
def test_stop58_third_batch(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # from the second reader of stop 58: look-alikes at the edges of its rules
    ("China said Taiwan had no right to join the United Nations.", None, "1995-01-01",
     {("CHN", "TWN", "verbal_conflict")}, {("TWN", "UN", "verbal_conflict")}),
    ("US Marines walked away from the checkpoint as Iraqi crowds cheered.", None, "2003-04-10", set(),
     {("USA", "IRQ", "verbal_conflict")}),
    ("The United States walked away from the nuclear deal with Iran.", None, "2018-05-08",
     {("USA", "IRN", "verbal_conflict")}, {("IRN", "USA", "verbal_cooperation")}),
    ("Castro called Nicaragua a small nation threatened by a hostile power.", None, "1985-01-01", set(),
     {("CUB", "NIC", "verbal_conflict")}),
    ("Israel and Jordan have never stopped cooperating on water.", None, "1995-01-01",
     {("ISR", "JOR", "material_cooperation")}, set()),
    ("Egypt is, as everyone knows, committed to peace with Israel.", "EGY", "1995-09-20",
     {("EGY", "ISR", "verbal_cooperation")}, set()),
    ("Israel, with American support, has defied the resolutions of the United Nations.", None, "1985-01-01",
     {("USA", "ISR", "verbal_cooperation")}, {("ISR", "UN", "verbal_cooperation")}),
    ("Cuba welcomed the end of the US embargo.", None, "2015-01-01", {("CUB", "USA", "verbal_cooperation")},
     {("CUB", "USA", "verbal_conflict")}),
    ("Pakistan welcomed the end of India's ban on imports.", None, "2015-01-01", set(),
     {("PAK", "IND", "verbal_conflict")}),
    ("Britain has pressed with Russia for answers about the poisoning.", None, "2018-03-12",
     {("GBR", "RUS", "verbal_conflict")}, {("GBR", "RUS", "material_cooperation")}),
    ("Iran supported neither side in the war between Armenia and Azerbaijan.", None, "1992-05-01",
     {("ARM", "AZE", "material_conflict")}, {("ARM", "AZE", "verbal_cooperation")}),
    ("Neither of the two Koreas has agreed to the Japanese plan.", None, "2002-01-01", set(),
     {("KOR", "JPN", "verbal_cooperation")}),
], ids=["no-right-sayer", "walked-away-from-checkpoint", "walked-away-from-deal-with", "threatened-by-hostile-power",
        "never-stopped-cooperating", "committed-to-peace-parenthesis", "with-support-agent-own-cue",
        "end-of-the-us-embargo", "end-of-indias-ban", "pressed-with-for-answers", "neither-side-as-object",
        "neither-of-the-two"])
def test_stop58_second_reader_look_alikes(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # a state named after a comma and closing the sentence with "said" speaks; it is no last member of the list
    # before it, however long that list
    ("Israel attacked Syria and Lebanon, Iran said.", None, "2006-07-20", {("ISR", "LBN", "material_conflict")},
     {("ISR", "IRN", "material_conflict")}),
    ("We support Ukraine and Moldova, the Polish president said.", None, "2022-03-01",
     {("POL", "UKR", "verbal_cooperation"), ("POL", "MDA", "verbal_cooperation")},
     {("UKR", "MDA", "material_cooperation"), ("POL", "UKR", "material_cooperation")}),
    # ... while a list that is the subject of "said" stays one
    ("Britain, France and Germany said they would impose sanctions on Iran.", None, "2012-01-01",
     {("GBR", "IRN", "verbal_conflict"), ("DEU", "IRN", "verbal_conflict")}, set()),
], ids=["list-then-trailing-speaker", "we-support-list-trailing-speaker", "listed-subject-said"])
def test_stop58_trailing_speaker_after_a_list(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # a time phrase opening the sentence is no list with the subject after its comma
    ("Ever since the establishment of the State of Israel, Iraq has been conspiring against it.", "ISR", "1981-09-28",
     {("IRQ", "ISR", "verbal_conflict")}, {("IRQ", "ISR", "material_cooperation")}),
    ("After talks in Paris, Egypt and Israel signed a deal.", None, "1979-03-26",
     {("EGY", "ISR", "verbal_cooperation"), ("ISR", "EGY", "verbal_cooperation")}, set()),
    # a protest made for a state stands by it
    ("The European Commission protested on Spain's behalf and warned Ottawa that boarding ships broke the law.",
     None, "1995-03-12", {("EU", "ESP", "verbal_cooperation"), ("EU", "CAN", "verbal_conflict")},
     {("EU", "ESP", "verbal_conflict")}),
    ("Britain protested on behalf of the Philippines.", None, "1995-03-12", {("GBR", "PHL", "verbal_cooperation")},
     {("GBR", "PHL", "verbal_conflict")}),
    # deploring a people's losses is sympathy with it
    ("Mauritania, while deploring the continuing bloodshed and wastage of the human and material resources of the "
     "two brother peoples of Iraq and Iran, wishes to record its satisfaction.", "MRT", "1984-10-01",
     {("MRT", "IRQ", "verbal_cooperation"), ("MRT", "IRN", "verbal_cooperation")},
     {("MRT", "IRQ", "verbal_conflict")}),
    # a visit put off, aid that will stop: undone by the clause's own verb
    ("A visit to Tokyo by the South Korean speaker had been put off.", None, "2001-07-10",
     {("KOR", "JPN", "verbal_conflict")}, {("KOR", "JPN", "verbal_cooperation")}),
    ("A visit to Tokyo by the South Korean speaker has been postponed.", None, "2001-07-10",
     {("KOR", "JPN", "verbal_conflict")}, {("KOR", "JPN", "verbal_cooperation")}),
    ("Taiwan said all aid projects in Malawi would stop at once.", None, "2008-01-14",
     {("TWN", "MWI", "verbal_conflict")}, {("TWN", "MWI", "material_cooperation")}),
    # a call made to demand: the demand is the caller's, toward the one called
    ("German Chancellor Angela Merkel telephoned President Vladimir Putin on Wednesday to demand that Russian police "
     "end the blockade, a spokesman in Berlin said.", None, "2007-05-03", {("DEU", "RUS", "verbal_conflict")},
     {("DEU", "RUS", "verbal_cooperation")}),
    ("Merkel telephoned Putin to demand the release of the German sailors.", None, "2007-05-03",
     {("DEU", "RUS", "verbal_conflict")}, {("RUS", "DEU", "verbal_conflict")}),
    # two who each assured a third person did nothing together
    ("Mubarak said Syria and Turkey had both assured him they wanted a peaceful outcome.", None, "1998-10-06",
     set(), {("SYR", "TUR", "material_cooperation")}),
    # an attack named only to date something is no attack by the subject
    ("Mubarak had flown to the Ethiopian capital for a summit and returned home within hours of the attack.", None,
     "1995-06-28", set(), {("EGY", "ETH", "material_conflict")}),
    # war and disputes in general
    ("It is our fervent hope that the Pakistani prisoners of war will be released.", "IND", "1972-10-01", set(),
     {("IND", "PAK", "material_conflict")}),
    ("The United States will suggest steps to improve the United Nations machinery for the peaceful settlement of "
     "disputes.", "USA", "1961-09-25", set(), {("USA", "UN", "verbal_conflict")}),
    # an unnamed member allowed to defy: the one allowing does not defy
    ("How can we allow a Member of the United Nations to flout all the principles that we defend and to defy the "
     "resolutions of our august Organization?", "SAU", "1963-10-01", set(), {("SAU", "UN", "verbal_conflict")}),
    # collusion is acting together
    ("Britain colluded with France and Israel over the Suez invasion.", None, "1956-11-01",
     {("GBR", "FRA", "material_cooperation"), ("GBR", "ISR", "material_cooperation")}, set()),
], ids=["since-establishment-opener", "after-talks-opener-list", "protested-on-behalf", "on-behalf-of",
        "deploring-bloodshed-of", "visit-put-off", "visit-postponed", "aid-would-stop", "telephoned-to-demand-that",
        "telephoned-to-demand-release", "both-assured-him", "within-hours-of-the-attack", "prisoners-of-war",
        "settlement-of-disputes", "allow-a-member-to-defy", "colluded-with"])
def test_stop59_first_batch(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


def test_a_speech_makes_its_bare_demands_on_the_state_that_must_act():
    text = ("My country has always stood by Lebanon. The Israeli forces must be withdrawn from South Lebanon. "
            "Damascus must stop killing its own people.")
    got = _speech_acts(text, "EGY", "1983-09-28")
    assert ("EGY", "ISR", "verbal_conflict") in got and ("ISR", "LBN", "material_conflict") in got, got
    # a speech that never refers to its own state names no demander
    got = _speech_acts("The Israeli forces must be withdrawn from South Lebanon.", "EGY", "1983-09-28")
    assert ("EGY", "ISR", "verbal_conflict") not in got, got
    # nor when someone named makes the demand
    got = _speech_acts("My country stands by Lebanon. The Security Council demanded that Israel withdraw from "
                       "Lebanon.", "EGY", "1983-09-28")
    assert ("UN", "ISR", "verbal_conflict") in got and ("EGY", "ISR", "verbal_conflict") not in got, got


def test_a_verb_with_its_own_object_does_not_undo_the_act_before_it():
    # "stopped pumping gas" is a second act of Algeria's, not the end of the ties cut
    got = _speech_acts("Algeria cut diplomatic ties with Morocco last August and in October stopped pumping gas "
                       "through the Maghreb-Europe pipeline.", None, "2022-01-01")
    assert ("DZA", "MAR", "material_conflict") in got and ("DZA", "MAR", "verbal_cooperation") not in got, got


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # the body a state is admitted or welcomed to takes it in; the new members do nothing to each other
    ("The admission of Bangladesh, Grenada and Guinea-Bissau to the United Nations is a victory.", "EGY",
     "1974-09-24", {("UN", "BGD", "material_cooperation"), ("GNB", "UN", "material_cooperation")},
     {("BGD", "GRD", "material_cooperation"), ("BGD", "GRD", "verbal_cooperation")}),
    ("I wish to associate myself with others in welcoming Saint Lucia to the United Nations as a new Member.",
     "SAU", "1979-09-27", {("UN", "LCA", "material_cooperation")}, {("LCA", "UN", "verbal_conflict")}),
    ("Kenya welcomed South Sudan into the African Union.", None, "2011-07-28",
     {("AU", "SSD", "material_cooperation"), ("KEN", "SSD", "verbal_cooperation")}, set()),
    # ... but a welcome to a city is a visit's, and no membership
    ("Kenya welcomed South Sudan's president to Nairobi.", None, "2011-07-28", {("KEN", "SSD", "verbal_cooperation")},
     {("SSD", "KEN", "material_cooperation")}),
    # a scourge fought is no one's
    ("My delegation pays a tribute to the world-wide efforts of the United Nations to combat these scourges of "
     "mankind.", "LBY", "1958-10-01", {("LBY", "UN", "verbal_cooperation")}, {("UN", "LBY", "material_conflict")}),
], ids=["admission-of-list-to-un", "welcoming-to-the-un", "welcomed-into-the-au", "welcomed-to-a-city",
        "combat-these-scourges"])
def test_stop59_new_members_and_scourges(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # what is offered is hostile, so the offer is no cooperation
    ("Portugal continues to offer insolent defiance to the United Nations.", "MRT", "1972-10-01",
     {("PRT", "UN", "verbal_conflict")}, {("PRT", "UN", "verbal_cooperation")}),
    # ... while an offer of something friendly stays one
    ("Iraq offered an apology to Kuwait.", None, "1990-01-01", {("IRQ", "KWT", "verbal_cooperation")},
     {("IRQ", "KWT", "verbal_conflict")}),
], ids=["offer-defiance", "offered-an-apology"])
def test_stop59_what_is_offered(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # look-alikes of stop 59's rules, from its closing read
    # a welcome to a meeting of a body is no membership
    ("Poland welcomed Ukraine to the European Union summit in Brussels.", None, "2004-05-01",
     {("POL", "UKR", "verbal_cooperation")}, {("EU", "UKR", "material_cooperation")}),
    # a mild purpose ("to urge") leaves the meeting first
    ("Merkel met Erdogan to urge Turkey to take back migrants.", None, "2016-03-07",
     {("DEU", "TUR", "verbal_cooperation")}, {("DEU", "TUR", "verbal_conflict")}),
    # the settlement of disputes over a border of their own still names their dispute
    ("Peru and Ecuador sought a settlement of disputes over their border.", None, "1995-02-01",
     {("PER", "ECU", "verbal_conflict")}, set()),
    # an unnamed state not allowed to annex a land does not make the speaker its annexer
    ("We will not allow any State to annex Palestine.", "SAU", "1963-10-01", set(),
     {("SAU", "PSE", "material_conflict")}),
], ids=["welcomed-to-a-summit-of", "met-to-urge", "settlement-of-disputes-over", "allow-any-state-to-annex"])
def test_stop59_closing_look_alikes(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # from the code read of stop 59's change
    # an active "have put off" undoes nothing
    ("Sanctions by the United States on Iran have put off foreign investors.", None, "2012-01-01",
     {("USA", "IRN", "material_conflict")}, {("USA", "IRN", "material_cooperation")}),
    # "will stop the next day": the time, not an object
    ("The Chinese attacks on Vietnam will stop the next day.", None, "1979-03-01", set(),
     {("CHN", "VNM", "material_conflict")}),
    # two bodies a state is admitted to do not admit each other
    ("The admission of Finland to the European Union and NATO was welcomed.", None, "1995-01-01",
     {("EU", "FIN", "material_cooperation"), ("NATO", "FIN", "material_cooperation")},
     {("EU", "NATO", "material_cooperation"), ("NATO", "EU", "material_cooperation")}),
    # a loss whose author is named after it is no plight deplored on the victim's behalf alone
    ("Egypt deplored the destruction of Kuwait by Iraq.", None, "1991-01-01", set(),
     {("EGY", "KWT", "verbal_cooperation")}),
    # collusion denied is a denial
    ("Jordan denied any collusion with Iraq.", None, "1991-01-01", set(),
     {("JOR", "IRQ", "material_cooperation")}),
], ids=["have-put-off-investors", "stop-the-next-day", "admission-to-two-bodies", "destruction-of-by",
        "denied-any-collusion"])
def test_stop59_code_read(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


def test_someone_elses_demand_in_a_speech_is_not_the_speakers():
    got = _speech_acts("My country stands by Lebanon. France said Israel must withdraw from Lebanon.", "EGY",
                       "1983-09-28")
    assert ("EGY", "ISR", "verbal_conflict") not in got, got


@pytest.mark.parametrize("text, speaker, date, expected, absent", [
    # from the second reader of stop 59: look-alikes its rules had read worse
    ("There was no collusion between Russia and the Trump campaign, the Kremlin said.", None, "2019-04-18", set(),
     {("RUS", "USA", "verbal_conflict")}),
    ("The bombing of Serbia by NATO will stop when Belgrade pulls its forces out of Kosovo.", None, "1999-05-01",
     {("NATO", "SRB", "material_conflict")}, {("NATO", "SRB", "verbal_cooperation")}),
    ("Chinese arms shipments to Zimbabwe were stopped after the dockers' boycott.", None, "2008-04-20",
     {("CHN", "ZWE", "material_cooperation")}, {("CHN", "ZWE", "verbal_conflict")}),
    ("Putin telephoned Erdogan to condemn the bombing in Ankara.", None, "2015-10-10", set(),
     {("RUS", "TUR", "verbal_conflict")}),
    ("Japan welcomes Brazil to the Security Council as a non-permanent member.", None, "2010-01-01", set(),
     {("UN", "BRA", "material_cooperation")}),
    ("Nigeria and Ghana pledged to combat the scourge of drug trafficking.", None, "2010-01-01",
     {("NGA", "GHA", "material_cooperation")}, set()),
    ("Sudan allowed an armed group to attack Chad from Darfur, N'Djamena said.", None, "2006-04-13",
     {("SDN", "TCD", "material_conflict")}, set()),
    # ... while the fixes stand
    ("The shelling of Bosnian towns by Serbia had stopped by Monday.", None, "1995-09-20",
     {("SRB", "BIH", "verbal_cooperation")}, {("SRB", "BIH", "material_conflict")}),
], ids=["no-collusion-between", "will-stop-when", "stopped-after-boycott", "telephoned-to-condemn-bombing-in",
        "welcomes-to-security-council", "scourge-of-drug-trafficking", "allowed-armed-group", "stopped-by-monday"])
def test_stop59_second_reader(text, speaker, date, expected, absent):
    _check_speech_acts(text, speaker, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # stop 60, from challenge set 40: a joint act's partners are the states acting together, not the one they
    # act against after the cue
    ("Egypt and Sudan issued a joint statement which accused Ethiopia of blocking every proposal.", "2021-04-06",
     {("EGY", "ETH", "verbal_conflict"), ("EGY", "SDN", "verbal_cooperation")},
     {("EGY", "ETH", "verbal_cooperation"), ("SDN", "ETH", "verbal_cooperation")}),
    ("Egypt and Sudan together condemned Ethiopia's decision to fill the dam.", "2021-07-06",
     {("EGY", "ETH", "verbal_conflict")}, {("EGY", "ETH", "material_cooperation"), ("ETH", "SDN", "material_cooperation")}),
    ("Senegal, Ivory Coast and Nigeria have together closed their frontiers with Mali.", "2022-01-11",
     {("SEN", "MLI", "material_conflict"), ("SEN", "NGA", "material_cooperation")},
     {("SEN", "MLI", "material_cooperation"), ("MLI", "NGA", "material_cooperation")}),
    # ... but a partner named after "with" stays one
    ("Egypt and Sudan signed a joint statement with Ethiopia on the dam.", "2015-03-23",
     {("EGY", "ETH", "verbal_cooperation")}, {("EGY", "ETH", "verbal_conflict")}),
    # trade restrictions in more of their forms
    ("Russia said it will restrict imports of Japanese seafood.", "2023-10-16", {("RUS", "JPN", "verbal_conflict")},
     set()),
    ("China halted all purchases of Australian coal.", "2020-11-01", {("CHN", "AUS", "material_conflict")}, set()),
    ("Colombia suspended electricity sales to Ecuador on Tuesday.", "2024-04-16",
     {("COL", "ECU", "material_conflict")}, set()),
    # a campaign against a scourge fights no state (from UN set 47: "Colombia's battle against drugs")
    ("Mexico waged a war on drugs with help from the United States.", "2008-01-01",
     set(), {("MEX", "USA", "material_conflict"), ("USA", "MEX", "material_conflict")}),
    ("The United States waged a war on Iraq.", "2003-03-20", {("USA", "IRQ", "material_conflict")}, set()),
    ("Israel launched an offensive against Hamas militants in Gaza.", "2014-07-08",
     {("ISR", "HAMAS", "material_conflict")}, set()),
    # ... nor one against a foe a named state stands behind, and the lexicon's "war on" too (the second reader)
    ("Afghanistan said its forces were fighting against militants backed by Pakistan.", "2017-05-01",
     {("AFG", "PAK", "material_conflict")}, {("AFG", "PAK", "verbal_cooperation")}),
    ("The Philippines' war on drugs drew criticism from the United States.", "2017-02-01",
     {("USA", "PHL", "verbal_conflict")}, {("PHL", "USA", "material_conflict"), ("USA", "PHL", "material_conflict")}),
    # a recognition of rights called for is no state's act (UN sets 47 and 48) ...
    ("We believe that the settlement should be based on the following: first, Israel's withdrawal from all occupied "
     "Arab territories, including Jerusalem, and secondly, the recognition of the inalienable rights of the "
     "Palestinian people.", "1979-09-27",
     set(), {("ISR", "PSE", "verbal_cooperation")}),
    # ... but a state's own recognition is
    ("Israel's recognition of the rights of the Palestinian people was welcomed.", "1993-09-27",
     {("ISR", "PSE", "verbal_cooperation")}, set()),
    ("Tunisia welcomed the recognition of the rights of the Palestinian people by France.", "1982-10-01",
     {("FRA", "PSE", "verbal_cooperation")}, set()),
], ids=["joint-statement-which-accused", "together-condemned", "together-closed-frontiers-with",
        "joint-statement-with-partner", "will-restrict-imports", "halted-all-purchases", "suspended-electricity-sales",
        "war-on-drugs-with-help", "war-on-a-state", "offensive-against-named-militants", "militants-backed-by-a-state",
        "lexicon-war-on-drugs", "recognition-of-rights-called-for", "states-own-recognition", "recognition-by-france"])
def test_stop60_joint_acts_and_trade_curbs(text, date, expected, absent):
    _check_speech_acts(text, None, date, expected, absent)


@pytest.mark.parametrize("text, date, expected, absent", [
    # a bare office title in a wire story speaks for the dateline's state when the story opens with that state
    ("KYIV (Reuters) - Ukraine filed complaints against Poland on Monday. Economy Minister Olena Marchuk said the "
     "bans broke trade rules and thanked Romania for its help.", "2023-09-18", {("UKR", "ROU", "verbal_cooperation")},
     set()),
    ("HARARE (Reuters) - Zimbabwe's government accused Zambia of meddling. Information ministry official Tendai Moyo "
     "thanked South Africa for its support.", "2023-09-04", {("ZWE", "ZAF", "verbal_cooperation")}, set()),
    # not where the story opens with another state (the official may be that state's)
    ("NAIROBI (Reuters) - Somalia's president met Kenyan officials on Monday. Foreign Minister Abdi Warsame "
     "thanked Ethiopia for its help.", "2023-09-18", set(),
     {("KEN", "ETH", "verbal_cooperation")}),
    # nor for a party's or a former official
    ("MOSCOW (Reuters) - Russia and India signed an arms deal on Monday. Opposition spokesman Ivan Petrov "
     "criticised Ukraine for its stance.", "2023-09-18", set(), {("RUS", "UKR", "verbal_conflict")}),
    ("MOSCOW (Reuters) - Russia and India signed an arms deal on Monday. Former Foreign Minister Ivan Petrov "
     "criticised Ukraine for its stance.", "2023-09-18", set(), {("RUS", "UKR", "verbal_conflict")}),
    # from the second reader of stop 60: a firm's spokesman, a story opening with two states, an official who
    # accuses the home state
    ("WASHINGTON (Reuters) - The United States imposed new sanctions on Venezuela on Thursday. Chevron spokesman "
     "Ray Fohr said the company welcomed Venezuela's decision.", "2019-05-02", set(),
     {("USA", "VEN", "verbal_cooperation")}),
    ("KYIV (Reuters) - Ukraine and Poland agreed on Monday to end a row over grain. Agriculture Minister Robert "
     "Telus said Warsaw would keep its ban on Ukrainian grain for now.", "2023-10-02", set(),
     {("UKR", "POL", "material_conflict"), ("UKR", "POL", "verbal_conflict")}),
    ("PARIS (Reuters) - France recalled its ambassador to Australia on Friday. Trade Minister Dan Tehan said "
     "Canberra regretted the decision and thanked Japan for its support.", "2021-09-17", set(),
     {("FRA", "JPN", "verbal_cooperation")}),
], ids=["economy-minister-in-kyiv", "ministry-official-in-harare", "story-opens-with-another-state",
        "opposition-spokesman", "former-minister", "firm-spokesman", "story-opens-with-two-states",
        "official-speaking-of-another-state"])
def test_stop60_bare_office_of_the_home_state(text, date, expected, absent):
    got = {(s, t, c) for s, t, c in zip(*(_article_events(text, date)[k] for k in ("source", "target", "event_class")))}
    assert expected <= got and not (absent & got), got


def test_the_speakers_own_call_for_recognition_of_rights_is_read_as_before():
    got = _speech_acts("We call for the recognition of the inalienable rights of the Palestinian people.", "DZA",
                       "1980-10-01")
    assert ("DZA", "PSE", "verbal_cooperation") in got, got
