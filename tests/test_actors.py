"""Actors: every kind and match type, tenure by date, context, and look-alikes that must not count."""
import pandas as pd
import pytest

from helpers.actors import ActorMatcher, explain, find_mentions
from helpers.gazetteer import Entry


def _found(text, date="2021-11-24", speaker=None):
    df = explain(text, date=date, speaker=speaker)
    df = df[df["rejected"].isna() & (df["confidence"] >= 0.6)]
    return df


def _codes(text, **kw):
    return set(_found(text, **kw)["country"])


def _check_codes(text, date, present, absent):
    """Every code of ``present`` is found in ``text`` on ``date``, none of ``absent``."""
    got = _codes(text, date=date)
    assert present <= got and not (absent & got), got


def _article_mentions(text, date, **columns):
    """Mentions of a one-article corpus run through segment -> actors (``columns``: e.g. speaker)."""
    from helpers.segment import segment
    arts = pd.DataFrame({"article_id": ["a"], "date": [pd.Timestamp(date)], "title": [""], "text": [text],
                         **{k: [v] for k, v in columns.items()}})
    sents, _ = segment(arts)
    return find_mentions(sents, arts)


# ---------------------------------------------------------------- what must be found

@pytest.mark.parametrize(("text", "codes"), [
    ("Morocco and Algeria exchanged notes.", {"MAR", "DZA"}),
    ("The Kingdom of Morocco welcomed the decision.", {"MAR"}),
    ("The US and the Emirates signed a deal.", {"USA", "ARE"}),
    ("The United States of America and the UAE agreed.", {"USA", "ARE"}),
    ("Moroccan officials met Israeli envoys.", {"MAR", "ISR"}),
    ("Israeli-made drones were delivered.", {"ISR"}),
    ("The Moroccan-Israeli agreement was signed.", {"MAR", "ISR"}),
    ("Rabat recalled its envoy from Algiers.", {"MAR", "DZA"}),
    ("The Kremlin rejected the White House statement.", {"RUS", "USA"}),
    ("Beijing criticised Washington over tariffs.", {"CHN", "USA"}),
    ("Jerusalem and Abu Dhabi opened embassies.", {"ISR", "ARE"}),
    ("The IDF said the Royal Armed Forces joined the drill.", {"ISR", "MAR"}),
    ("The Polisario Front accused Rabat.", {"POLISARIO", "MAR"}),
    ("Western Sahara remains disputed, Palestinian officials said.", {"ESH", "PSE"}),
    ("The UN and the African Union called for calm.", {"UN", "AU"}),
], ids=["names", "official-name", "short-names", "long-names", "demonyms", "compound-made",
        "compound-pair", "capitals", "seats", "capitals-2", "capitals-3", "forces", "movement",
        "esh-pse", "orgs"])
def test_actors_recognise_every_kind(text, codes):
    assert _codes(text) == codes


@pytest.mark.parametrize(("name", "code"), [
    ("Benny Gantz", "ISR"), ("Abdellatif Loudiyi", "MAR"), ("Nasser Bourita", "MAR"),
    ("Yair Lapid", "ISR"), ("Mohammed VI", "MAR"), ("Donald Trump", "USA")])
def test_actors_resolve_the_seed_people(name, code):
    date = "2020-12-10" if name == "Donald Trump" else "2021-11-24"
    found = _found(f"{name} spoke to reporters on Wednesday.", date=date)
    assert list(found["country"]) == [code] and found.iloc[0]["kind"] == "person"


@pytest.mark.parametrize(("surface", "code"), [
    ("yaar lapidi", "ISR"), ("Nasser Burita", "MAR"), ("Abdeltif Ludiya", "MAR"),
    ("Abdelmajid Tabboun", "DZA"), ("Abdelmadjid Tebboune", "DZA")])
def test_actors_resolve_transliterated_names(surface, code):
    found = _found(f"The meeting between {surface} and the delegation ended late.", date="2021-10-01")
    assert code in set(found["country"]), found


def test_actors_fuzzy_match_is_marked_with_confidence():
    found = _found("Talks with Nasser Bouritta went on.", date="2021-10-01")
    row = found[found["country"] == "MAR"].iloc[0]
    assert row["match"] == "fuzzy" and 0.86 <= row["confidence"] < 1


def test_actors_person_resolves_by_tenure_on_the_date():
    # Lapid was foreign minister in 2021 and not in office in 2015
    assert _codes("Yair Lapid met the press.", date="2021-08-12") == {"ISR"}
    inside = explain("Yair Lapid met the press.", date="2021-08-12")
    outside = explain("Yair Lapid met the press.", date="2015-08-12")
    assert inside.iloc[0]["confidence"] == 1.0 and outside.iloc[0]["confidence"] < 0.6


def test_actors_roles_without_names():
    found = _found("The Moroccan foreign minister met Israel's defence chief.")
    roles = found[found["match"] == "role"]
    assert set(roles["country"]) == {"MAR", "ISR"}
    assert "Moroccan foreign minister" in set(roles["surface"])


def test_actors_title_and_nationality_introduce_an_unknown_person():
    text = "Venezuelan President Hugo Zambrano met the envoy. Later Zambrano flew home."
    found = _found(text, date="2021-01-01")
    people = found[found["kind"] == "person"]
    assert set(people["country"]) == {"VEN"} and len(people) == 2
    assert set(people["match"]) == {"role", "context"}


def test_actors_the_king_resolves_by_article_context():
    found = _found("Morocco hosted the talks. The king received the delegation.")
    king = found[found["surface"].str.lower() == "the king"]
    assert list(king["country"]) == ["MAR"] and king.iloc[0]["match"] == "context"


def test_actors_both_countries_resolve_to_the_main_pair():
    found = _found("Israel and Morocco signed the deal. Both countries will open embassies.")
    both = found[found["surface"] == "Both countries"]
    assert set(both["country"]) == {"ISR", "MAR"}


def test_actors_first_person_resolves_to_the_speaker_only_when_given():
    text = "We welcome the peace treaty with Israel."
    assert _codes(text, speaker="EGY", date="1979-06-01") == {"EGY", "ISR"}
    assert _codes(text, date="1979-06-01") == {"ISR"}


def test_actors_offsets_point_at_the_surface():
    text = "Officials in Rabat said the Algerian foreign ministry had protested."
    df = _found(text)
    for _, m in df.iterrows():
        assert text[m["start"]:m["end"]] == m["surface"]


# ---------------------------------------------------------------- look-alikes that must not count

TRAPS = [
    # people named like countries or capitals
    ("Chad Smith scored twice for the visitors.", set()),
    ("Jordan Peterson gave a lecture on Tuesday.", set()),
    ("Georgia O'Keeffe painted flowers.", set()),
    ("Michael Jordan retired from basketball.", set()),
    ("Denzel Washington won the award.", set()),
    ("Paris Hilton arrived at the party.", set()),
    ("Israel Adesanya won the title fight.", set()),
    ("Mr. Peru, the club's treasurer, resigned.", set()),
    ("Kenya Moore joined the cast.", set()),
    ("India Arie released a new album.", set()),
    ("Irving Berlin wrote the song.", set()),
    ("Jack London wrote about the Klondike.", set()),
    # places inside other states
    ("Voters in Atlanta, Georgia, went to the polls.", {"USA"}),  # Atlanta is a US city: USA, not GEO
    ("The governor of Georgia signed the state budget in Atlanta.", {"USA"}),
    ("He lives in Lebanon, Pennsylvania.", {"USA"}),  # the town is not the country; the state is a place in the USA
    ("The plant in Paris, Texas, closed.", {"USA"}),  # the town is not the country; the state is a place in the USA
    ("The New Jersey legislature met.", {"USA"}),        # a US state: USA, never Jersey
    ("Flights to New Mexico were delayed.", {"USA"}),    # a US state: USA, never Mexico
    ("The festival in Moscow, Idaho, drew crowds.", {"USA"}),  # the town is not the country; the state is a place in the USA
    ("Residents of Jamaica Plain protested the plan.", set()),
    ("A storm moved across the Gulf of Mexico.", set()),
    ("Oil spills polluted the Niger Delta.", {"NGA"}),   # a region of Nigeria, never the state of Niger
    ("Washington state passed the law.", set()),
    # common words, brands, firms, media, teams, schools
    ("She bought fine china plates and a turkey for dinner.", set()),
    ("The guinea pig escaped.", set()),
    ("Canadian Press reported the result.", set()),
    ("According to the Saudi Gazette, the meeting was short.", set()),
    ("The Times of Israel reported the story.", set()),
    ("The Jerusalem Post ran an editorial.", set()),
    ("Turkish Airlines added a route.", set()),
    ("China Daily carried the interview.", set()),
    ("Georgia Tech beat Clemson.", set()),
    ("The University of Georgia raised fees.", set()),
    ("He ordered French fries.", set()),
    ("The Korea Herald published the poll.", set()),
    ("Reporting by Agence France-Presse.", set()),
    ("The Washington Post obtained the memo.", set()),
    ("The Jordan River flows south.", set()),
    ("Indian Ocean currents shifted.", set()),
    ("Japan Times reporters covered it.", set()),
    # datelines: where a story was filed is not an actor
    ("JERUSALEM (Reuters) - Stocks rose on Tuesday.", set()),
    ("GUANTANAMO BAY NAVAL BASE, Cuba Aug. 26, 2004 - A hearing opened.", set()),
    # US states beside each other, airlines named like states
    ("New battery plants are being built in Georgia and Michigan.", {"USA"}),  # not GEO
    ("Travellers often fly through Gulf hubs on carriers such as Emirates.", set()),
    # languages named like peoples
    ("At one point he said a prayer in Polish while struggling through his homily.", set()),
    ("The minister, who speaks French and Arabic, answered in Spanish.", set()),
    # firms named after their home towns, towns named like English words
    ("Toyota said profits rose while Hitachi shares fell.", set()),
    ("Santander bought a stake in the lender.", set()),
    ("The Army may shorten yearlong combat tours, officials said.", set()),
    ("Officials saw no progress in the talks.", set()),
    # mixed: traps beside real actors
    ("Chad Smith flew to Chad to meet officials.", {"TCD"}),
    ("Canadian Press said Morocco and Spain agreed.", {"MAR", "ESP"}),
    ("A Turkish court jailed a journalist, Turkey's media said.", {"TUR"}),
    # firms, landmarks, schools, products and credits (added with the challenge sets)
    ("Iran Air ordered new jets for its domestic routes.", set()),
    ("Norwegian Cruise Line cut prices for the winter season.", set()),
    ("Tourists crowded the Spanish Steps in the heat of a busy afternoon.", set()),
    ("Canadian Tire reported higher quarterly sales.", set()),
    ("Peru State College opened a new library.", set()),
    ("The shop sells Cuban cigars and Thai curry.", set()),
    ("A Japanese maple stood in the yard.", set()),
    ("He trained in Brazilian jiu-jitsu for ten years.", set()),
    ("Iran's state-run IRNA news agency quoted a lawmaker.", set()),
    ("Japan's Kyodo news agency said the typhoon had passed.", set()),
    ("The hats became known as Panama hats after the canal was built.", set()),
    ("The African Union's Peace and Security Council met in Addis Ababa.", {"AU", "ETH"}),
    ("Leaders of the ethnic Albanian minority parties met in Skopje.", {"MKD"}),
    # commercial banks named after a state are firms; central banks are the state's
    ("The National Bank of Greece and the State Bank of India raised their lending rates.", set()),
    ("The Reserve Bank of India and the People's Bank of China cut rates.", {"IND", "CHN"}),
    ("Dutch elm disease killed the trees, and Chile peppers wilted in the heat.", set()),
    # churches named after a people; a sprinter who shares a statesman's surname
    ("The Syrian Orthodox Church in Sweden elected a new bishop.", {"SWE"}),
    ("The Greek Catholic priest blessed the crowd.", set()),
    ("Sprinter Asafa Powell won the 100 metres in Rome.", {"ITA"}),
    # a US prison camp on Cuban soil; an oil firm and prize-givers named after a state
    ("Pakistan vows to track down a former Guantanamo inmate who leads the kidnappers.", {"PAK"}),
    ("Gazprom said Petro-Canada would help build the terminal.", set()),
    ("The prize went to Finn Kydland, the Royal Swedish Academy of Sciences said on Monday.", set()),
    ("The Norwegian Nobel Committee praised her work for women's rights.", set()),
    # a club named after its town, after a verb that takes a team
    ("Jordan Henderson captained Liverpool against a team from Turkey.", {"TUR"}),
    # towns placed by the state or province named after them: the town's state, not the namesake
    ("Clashes in Tripoli, northern Lebanon, killed three people overnight.", {"LBN"}),
    ("A bushfire threatened homes near Denmark, Western Australia.", {"AUS"}),
    ("Residents of Mexico, Pampanga, waded through floodwater.", set()),
    # sports teams named after a capital or a state
    ("The Astana team's leader lost two minutes on the cobbled stage.", set()),
    ("Tadej Pogacar of UAE Team Emirates won the Tour de France.", set()),
    # ships, syndromes, teams and exercises named like states (stop 39's probe sentences)
    ("The ferry Estonia sank in a storm on its overnight crossing.", set()),
    ("A psychologist said she may have developed Stockholm syndrome in captivity.", set()),
    ("Jordan scored its first Formula One victory as Damon Hill led Ralf Schumacher home.", set()),
    ("Students from 40 schools debated climate policy at a weekend Model United Nations conference.", set()),
    ("An earthquake devastated Armenia, a city in Colombia's coffee-growing region.", {"COL"}),
    ("The ROK Joint Chiefs of Staff said the missiles flew 400 km.", {"KOR"}),
    ("South Korea's Joint Chiefs of Staff said two missiles were fired at dawn.", {"KOR"}),
    # given names after a title or a trade, idioms and breeds (stop 40's probe sentences)
    ("Rapper French Montana pushed back the release of his second album to early next year.", set()),
    ("Avianca's controlling shareholder German Efromovich said the airline would order more jets.", set()),
    ("Rep. Dutch Ruppersberger, a Maryland Democrat, said the CIA had not briefed lawmakers.", {"USA"}),
    ("Google priced its offering at $85 a share after an unusual Dutch auction drew weak demand.", set()),
    ("Detectives found a Manila envelope stuffed with $40,000 in cash in the suspect's freezer.", set()),
    ("The chef's beef Wellington remains the most ordered dish on the winter menu.", set()),
    ("The merged bank promised to keep a Chinese wall between its analysts and its deal-makers.", set()),
    ("Homeowners with Japanese knotweed in their gardens find it harder to get mortgages.", set()),
    ("Conan, the Belgian Malinois injured in the raid, was honoured at the White House on Monday.", {"USA"}),
    ("Turkey must still meet the Copenhagen criteria before joining the bloc.", {"TUR"}),
    ("The senator said the United States would stay in the Paris climate agreement.", {"USA"}),
    ("A price war between the two carmakers cut margins in Korea and Japan.", {"KOR", "JPN"}),
    # films and ships named after a capital, a town of another state, a club, an airline (stop 41)
    ("The movie Casablanca was restored for a screening on its 80th anniversary.", set()),
    ("Critics praised Sofia Coppola's Tokyo, which earned two Oscar nominations.", set()),
    ("The cruise liner Oslo docked for repairs after a fire in its engine room.", set()),
    ("Gunmen clashed overnight in the northern Lebanese port of Tripoli.", {"LBN"}),
    ("The Ottawa Senators signed a new goaltender on Friday.", set()),
    ("Emirates will fly an A380 on the route from March, the carrier said.", set()),
]


@pytest.mark.parametrize(("text", "codes"), TRAPS, ids=[f"trap{i:02d}" for i in range(len(TRAPS))])
def test_actors_reject_look_alikes(text, codes):
    assert _codes(text) == codes


@pytest.mark.parametrize(("text", "date", "codes"), [
    ("Gambian President Yahya Jammeh conceded defeat on state television.", "2016-12-02", {"GMB"}),
    ("Ukrainian President Petro Poroshenko called it an act of terrorism.", "2014-07-17", {"UKR"}),
    ("Muammar al-Qadhafi pitched his tent in a park on his first visit.", "2009-06-10", {"LBY"}),
    ("Omar Hassan al-Beshir defied the warrant and flew on.", "2009-03-30", {"SDN"}),
    ("The Libyan city of Tripoli was quiet on Friday.", "2012-05-14", {"LBY"}),
    ("Detainees at Abu Ghraib were abused by their guards.", "2004-05-01", {"IRQ"}),
], ids=["title-given-name-of-another", "title-given-name-of-another-2", "qadhafi", "beshir", "own-city-of",
        "abu-ghraib"])
def test_people_and_places_of_stop_41(text, date, codes):
    assert _codes(text, date=date) == codes


def test_trap_set_is_large_enough():
    assert len(TRAPS) >= 40


def test_actors_matcher_works_with_a_tiny_inline_gazetteer():
    entries = [Entry("Rabat", "MAR_CAPITAL", "MAR", "capital", "test"),
               Entry("Algiers", "DZA_CAPITAL", "DZA", "capital", "test")]
    m = ActorMatcher(entries)
    s = pd.DataFrame({"article_id": ["a"], "sentence_id": [0], "start": [0],
                      "text": ["Rabat recalled its envoy from Algiers."]})
    out = find_mentions(s, matcher=m)
    assert list(out["country"]) == ["MAR", "DZA"] and list(out["kind"]) == ["capital", "capital"]


def test_actors_empty_gazetteer_is_an_error():
    with pytest.raises(ValueError, match="gazetteer is empty"):
        ActorMatcher([])


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Prime Minister Ehud Olmertz of Israel met the envoy.", "Ehud Olmertz", "ISR"),
    ("Talks went well, said Juan Perez, the Chilean foreign minister, on Monday.", "Juan Perez", "CHL"),
], ids=["title-name-of-country", "apposition"])
def test_actors_unknown_people_introduced_by_title_and_country(text, name, code):
    found = _found(text, date="2006-01-01")
    people = found[found["kind"] == "person"]
    assert list(people["surface"]) == [name] and list(people["country"]) == [code]


def test_the_kingdom_is_the_monarchy_the_article_names():
    assert _codes("Morocco said the kingdom would respond.") == {"MAR"}
    assert _codes("Jordan and Israel met. The kingdom hosted the talks.") == {"JOR", "ISR"}


def test_explain_shows_matches_inside_blocked_names():
    df = explain("Canadian Press reported it.")
    assert df.iloc[0]["rejected"].startswith("inside 'Canadian Press'")


@pytest.mark.parametrize(("text", "codes"), [
    ("Four US soldiers charged with abusing Iraqi prisoners face hearings in Germany.", {"USA", "IRQ", "DEU"}),
    ("Clashes flared again between U.S...", {"USA"}),
    ("Four suspected Al Qaeda fighters were charged.", {"ALQAEDA"}),
    ("A court jailed five al-Qaida supporters.", {"ALQAEDA"}),
    ("Democratic Sen. Ron Wyden said the bill would pass.", {"USA"}),
    ("Chechnya's new leader vowed to crush extremists.", {"RUS"}),
    ("The match was moved to England because of rain.", {"GBR"}),
    ("Tourists were evacuated from the Sinai after the attack.", {"EGY"}),
    ("The talks were held in Polish territory near the border.", {"POL"}),
    ("Aid arrived under a deal negotiated by Cairo, Washington and Israel.", {"EGY", "USA", "ISR"}),
], ids=["number-word-before-US", "truncated-US", "al-qaeda", "al-qaida", "us-senator", "region-rus",
        "england", "sinai", "language-adjective-before-noun", "list-of-capitals"])
def test_actors_wire_copy_regions_and_movements(text, codes):
    assert _codes(text, date="2004-10-01") == codes


def test_georgia_is_one_place_throughout_an_article():
    from helpers.segment import segment
    arts = pd.DataFrame({"article_id": ["g1", "g2"], "date": pd.to_datetime(["2020-11-05", "2008-08-09"]),
                         "title": ["Recount ordered in Georgia", "Georgia says Russian jets struck Gori"],
                         "text": ["Officials in Atlanta, Georgia, said the count would take a week.",
                                  "Tbilisi accused Moscow of bombing the town. Georgia asked for a ceasefire."]})
    sents, _ = segment(arts)
    m = find_mentions(sents, arts)
    assert "GEO" not in set(m.loc[m["article_id"] == "g1", "country"])
    assert {"GEO", "RUS"} <= set(m.loc[m["article_id"] == "g2", "country"])


@pytest.mark.parametrize(("text", "codes"), [
    ("US artillery shelled Fallujah overnight.", {"USA", "IRQ"}),
    ("Clashes spread from Falluja to Samarra and Baqubah.", {"IRQ"}),
    ("Rebels withdrew from Grozny and Herat fell quietly.", {"RUS", "AFG"}),
    ("Shelling hit Donetsk again.", {"UKR"}),
], ids=["fallujah", "iraqi-towns", "grozny-herat", "donetsk"])
def test_actors_towns_of_the_news_with_and_without_their_arabic_article(text, codes):
    assert _codes(text, date="2004-11-09") == codes


def test_actors_possessive_without_apostrophe_in_scraped_copy():
    assert _codes("Artillery pounded Iraqs most rebellious city as Lebanons president watched.") == {"IRQ", "LBN"}


def test_possessive_without_apostrophe_of_a_name_ending_in_a_vowel():
    text = "Petronas, Malaysias national oil firm, is in talks with Chinas state-owned firms."
    assert _codes(text) == {"MYS", "CHN"}
    # a plural that is a word or a name of its own is not a lost possessive
    assert _codes("Leaders from across the Americas met, and Frances McDormand won again.") == set()


@pytest.mark.parametrize(("date", "code"), [("2004-10-01", "TAWHID"), ("2005-06-01", "ALQAEDA")])
def test_zarqawi_names_his_group_by_its_name_of_the_day(date, code):
    # Tawhid and Jihad until the pledge to bin Laden of 17 October 2004, al-Qaeda in Iraq after it
    assert _codes("The group of Abu Musab al-Zarqawi abducted a Japanese soldier.", date=date) == {code, "JPN"}


def test_a_name_read_as_a_surname_in_the_body_is_a_name_in_the_headline():
    arts = pd.DataFrame({"article_id": ["h"], "title": ["Sports Court Hears Hamm Gold Medal Appeal"],
                         "text": ["Paul Hamm appeared before the sports court in Lausanne on Monday."],
                         "date": [pd.Timestamp("2004-09-27")], "language": ["en"]})
    from helpers.segment import segment
    sents, _ = segment(arts)
    men = find_mentions(sents, arts)
    assert "DEU" not in set(men["country"]), men


@pytest.mark.parametrize(("text", "date", "codes"), [
    ("A US-backed resolution threatened oil sanctions on Sudan.", "2004-09-19", {"USA", "SDN"}),
    ("In Taipei, the premier hopes economic ties to the mainland will keep the peace.", "2004-11-10",
     {"TWN", "CHN"}),
    ("The mainland was rich in cod, the fishermen said.", "2004-11-10", set()),
    ("An audio tape released by Osama bin Laden's deputy called for attacks.", "2004-10-01", {"ALQAEDA"}),
], ids=["article-before-compound", "mainland-with-taiwan", "mainland-without-taiwan", "group-by-leader"])
def test_actors_sentence_openers_descriptions_and_group_leaders(text, date, codes):
    assert _codes(text, date=date) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # an ethnic minority does not name its kin state
    ("Leaders of Macedonia's Slav and ethnic Albanian parties signed the accord; the Albanian minority "
     "gains wider use of its language.", {"MKD"}),
    # the African Union's council is not the UN's
    ("The AU's Peace and Security Council suspended Niger after the coup.", {"AU", "NER"}),
    # products are counted: "Panama hats", "Danish pastries"
    ("The hats became known as Panama hats; Danish pastries were served in Quito.", {"ECU"}),
], ids=["ethnic-minority", "au-council", "plural-products"])
def test_actors_minorities_councils_and_plural_products(text, codes):
    assert _codes(text, date="2012-12-06") == codes


def test_a_us_town_named_like_a_country_is_the_town_throughout_an_article():
    from helpers.segment import segment
    arts = pd.DataFrame({"article_id": ["c1"], "date": pd.to_datetime(["2018-08-28"]),
                         "title": ["Cuba cheese plant adds jobs"],
                         "text": ["A cheese plant in Cuba, New York, said it would hire 40 workers. "
                                  "The Cuba plant has made cheese since the 1870s."]})
    sents, _ = segment(arts)
    m = find_mentions(sents, arts)
    assert set(m["country"]) == {"USA"}, m[["surface", "country"]]


@pytest.mark.parametrize(("text", "codes"), [
    # a state's news agency cited after a possessive is a credit
    ("Iran's state-run IRNA news agency quoted a lawmaker as saying the strait could be closed.", set()),
    ("Japan's Kyodo news agency said the talks in Pyongyang had ended.", {"PRK"}),
    # an airline read once is the airline throughout the article
    ("Carriers from Emirates to Turkish Airlines warned on fuel. Emirates, which is not listed, said it "
     "would add surcharges.", set()),
], ids=["irna-credit", "kyodo-credit", "airline-throughout"])
def test_actors_news_credits_and_airlines(text, codes):
    assert _codes(text, date="2008-07-08") == codes


def test_brussels_speaks_for_the_eu_in_an_eu_story_and_a_headline_name_follows_the_body():
    from helpers.segment import segment
    arts = pd.DataFrame({"article_id": ["e1", "e2"], "date": pd.to_datetime(["2012-01-23", "2024-06-12"]),
                         "title": ["EU bans Iranian oil imports", "Minnesota Festival Lands India Arie"],
                         "text": ["The European Union agreed to ban imports of Iranian crude. Brussels said "
                                  "the measures were meant to bring Iran back to talks.",
                                  "The town has booked singer India Arie for its summer festival."]})
    sents, _ = segment(arts)
    m = find_mentions(sents, arts)
    e1 = m[m["article_id"] == "e1"]
    assert set(e1.loc[e1["surface"] == "Brussels", "country"]) == {"EU"}
    assert "BEL" not in set(e1["country"])
    assert "IND" not in set(m.loc[m["article_id"] == "e2", "country"])


def test_gazetteer_disk_cache_is_keyed_written_atomically_and_survives_a_corrupt_file(tmp_path, monkeypatch):
    from helpers import gazetteer
    monkeypatch.setenv("DYADKIT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("DYADKIT_NO_CACHE", raising=False)
    first = gazetteer.cached_entries()
    files = list(tmp_path.glob("gazetteer-*.pkl"))
    assert len(files) == 1 and not list(tmp_path.glob("*.tmp"))
    assert gazetteer.cached_entries() == first == gazetteer.build_entries()
    files[0].write_bytes(b"not a pickle")
    assert gazetteer.cached_entries() == first
    # the matcher's phrase table is cached beside it and finds the same actors
    from helpers.actors import ActorMatcher
    text = "Rabat recalled its envoy from Algiers, the Kremlin said."
    cold = ActorMatcher().find(text)
    assert list(tmp_path.glob("phrases-*.pkl"))
    warm = ActorMatcher().find(text)
    assert [(m["surface"], m["country"]) for m in warm] == [(m["surface"], m["country"]) for m in cold]
    assert {m["country"] for m in warm if m["rejected"] is None} == {"MAR", "DZA", "RUS"}


def test_a_state_air_force_and_a_demonym_before_an_office_still_count():
    assert _codes("The Iran Air Force and the Canadian Prime Minister.", date="2015-06-01") == {"IRN", "CAN"}


@pytest.mark.parametrize(("text", "codes"), [
    ("FARC rebels attacked a Colombian army post near the border with Venezuela.", {"FARC", "COL", "VEN"}),
    ("Leaders at the APEC summit urged North Korea to return to talks.", {"APEC", "PRK"}),
    ("The IRA announced an end to its armed campaign, and Britain and Ireland welcomed it.", {"IRA", "GBR", "IRL"}),
    ("Sri Lanka accused the Tamil Tigers of breaking the truce brokered by Norway.", {"LKA", "LTTE", "NOR"}),
    ("Turkish jets struck PKK positions in northern Iraq.", {"TUR", "PKK", "IRQ"}),
    ("The Organization of American States suspended Honduras after the coup.", {"OAS", "HND"}),
    ("Canada took its lumber dispute with the United States to the World Trade Organization.", {"CAN", "USA", "WTO"}),
    ("Savers in Ohio rushed to open a Roth IRA before the tax deadline.", {"USA"}),
], ids=["farc", "apec", "ira", "ltte", "pkk", "oas", "wto", "roth-ira"])
def test_actors_armed_groups_and_regional_bodies(text, codes):
    assert _codes(text, date="2004-10-01") == codes


@pytest.mark.parametrize(("date", "codes"), [
    ("1999-04-02", {"NATO", "SRB"}),
    ("2012-01-01", {"NATO", "SRB", "XKX", "MNE"}),
])
def test_a_state_named_before_its_independence_is_the_state_it_was_part_of(date, codes):
    assert _codes("NATO jets struck Serb positions in Kosovo and Montenegro as refugees fled Pristina.",
                  date=date) == codes


def test_a_dateline_us_town_is_the_town_throughout_the_article():
    text = ("PERU, Ind. (AP) -- Turkey growers here cheered a Mexican tariff cut. "
            "\"Good news,\" said a farmer outside Peru.")
    assert _codes(text, date="2006-11-20") == {"MEX"}


def test_bare_congo_in_a_story_about_the_drc_is_the_drc():
    text = ("Rwanda will pull its troops out of eastern Congo under a deal signed with the Democratic "
            "Republic of Congo. Barge operators on the Congo River hope for trade.")
    found = _found(text, date="2002-07-30")
    assert set(found["country"]) == {"RWA", "COD"}
    assert _codes("Congo's President Denis Sassou Nguesso met officials of the Democratic Republic of Congo.",
                  date="2002-07-30") == {"COG", "COD"}


def test_the_two_armies_resolve_to_the_main_pair():
    found = _found("Cambodia accused Thailand of shelling the temple. Clashes between the two armies went on.",
                   date="2011-02-07")
    pair = found[found["surface"] == "the two armies"]
    assert set(pair["country"]) == {"KHM", "THA"} and set(pair["match"]) == {"context"}


def test_a_dateline_in_the_caucasus_is_not_a_us_town():
    assert _codes("TBILISI, Georgia (AP) -- Tbilisi accused Moscow of backing separatists on Tuesday.",
                  date="2008-08-10") == {"GEO", "RUS"}


def test_the_republic_of_congo_stays_itself_beside_the_drc():
    assert _codes("Congo accused Kinshasa of shelling its territory across the river.", date="2004-01-01") == {
        "COG", "COD"}


def test_time_zone_aware_dates_are_read_as_plain_dates():
    arts = pd.DataFrame({"article_id": ["a"], "title": [""], "text": ["Kosovo and Serbia talked in Pristina."],
                         "date": [pd.Timestamp("1999-04-02", tz="UTC")]})
    from helpers.segment import segment
    sents, _ = segment(arts)
    assert set(find_mentions(sents, arts)["country"]) == {"SRB"}


def test_bare_congo_after_1997_in_a_drc_story_is_the_drc():
    text = ("Congo's government and the states fighting on both sides of its war signed a ceasefire in Lusaka. "
            "Within hours Kinshasa accused Rwanda of shelling its positions.")
    assert _codes(text, date="1999-07-10") == {"COD", "RWA", "ZMB"}
    # before Zaire was renamed, "Congo" is the Republic even beside Kinshasa
    assert "COG" in _codes("Congo's government watched as Kinshasa accused Rwanda of shelling.",
                           date="1996-11-02")


@pytest.mark.parametrize(("text", "expected"), [
    ("Soviet Union Recognises Independence Of Three Baltic States", {"RUS"}),
    ("The foreign ministers of the states fighting on both sides met in Lusaka.", {"ZMB"}),
    ("He studied in the States for four years before joining the Mexican foreign service.", {"USA", "MEX"}),
], ids=["baltic-states", "lowercase-states", "the-states"])
def test_the_states_needs_its_article_and_capital(text, expected):
    assert _codes(text, date="1998-08-21") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bukavu/Nairobi - United Nations peacekeepers fired on troops trying to enter the Democratic Republic of "
     "Congo from Rwanda.", {"UN", "COD", "RWA"}),
    ("The US sanctioned Bosnian Serbs for failing to arrest war crimes suspects.", {"USA", "BIH"}),
    ("Turkish Cypriot leaders met envoys from Athens.", {"CYP", "GRC"}),
    ("Two rockets landed in the western Negev on Saturday, fired from the northern Gaza Strip.", {"ISR", "PSE"}),
    ("KHARTOUM/NAIROBI (Reuters) - Sudan's government resumed talks with rebels in the south.", {"SDN"}),
    ("Vienna, Austria -- The UN nuclear watchdog says tons of explosives are missing in Iraq.", {"IAEA", "IRQ"}),
    ("Banja Luka, Bosnia (AP) - The prime minister resigned a day after the US sanctions.", {"USA"}),
], ids=["slash-dateline", "bosnian-serbs", "turkish-cypriot", "negev", "capitals-slash-dateline",
        "town-state-dateline", "town-state-credit-dateline"])
def test_datelines_communities_and_regions(text, expected):
    assert _codes(text, date="2004-12-17") == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Museveni and Kagame met in Entebbe.", "2004-10-01", {"UGA", "RWA"}),
    ("Aung San Suu Kyi received the Indian foreign minister.", "2017-06-01", {"MMR", "IND"}),
    ("Correa accused Uribe of violating the border.", "2008-03-02", {"ECU", "COL"}),
], ids=["great-lakes", "suu-kyi", "andean"])
def test_leaders_of_the_wider_world_resolve_by_tenure(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Associated Press of Pakistan said the talks went well.", set()),
    ("The News Agency of Nigeria said Abuja sent troops to Liberia.", {"NGA", "LBR"}),
    ("The Atomic Energy Organization of Iran said work would resume.", {"IRN"}),
], ids=["app-credit", "nan-credit", "state-body-kept"])
def test_agency_names_built_with_of_are_credits(text, expected):
    assert _codes(text, date="2004-10-01") == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    # divided states keep their own codes while both existed, and join the other after unification
    ("The Federal Republic of Germany and East Germany exchanged envoys.", "1974-05-02", {"DEU", "DDR"}),
    ("Former East German dissidents met in Leipzig.", "2005-05-01", {"DEU"}),
    ("The Yemen Arab Republic and the People's Democratic Republic of Yemen agreed to unite.", "1979-03-30",
     {"YEM", "YMD"}),
    ("North Vietnamese troops crossed into South Vietnam.", "1972-04-01", {"VDR", "VNM"}),
    # historical names and seats of the UN General Debate years
    ("The United Arab Republic accused Rhodesia and Peking of aggression.", "1966-10-01", {"EGY", "ZWE", "CHN"}),
    ("Bonn and the Byelorussian SSR signed a protocol.", "1985-05-01", {"DEU", "BLR"}),
    ("The Congo (Leopoldville) asked Belgium to withdraw.", "1960-07-20", {"COD", "BEL"}),
    ("South Viet-Nam accused North Viet-Nam of shelling.", "1968-10-01", {"VNM", "VDR"}),
    ("British Guiana and French Somaliland were debated; South West Africa was not.", "1962-10-01",
     {"GUY", "DJI", "NAM"}),
    ("The Union of Soviet Socialist Republics condemned the Belgian Congo's secession.", "1960-09-20",
     {"RUS", "COD"}),
], ids=["two-germanys", "east-german-after-1990", "two-yemens", "two-vietnams", "uar-rhodesia-peking", "bonn-bssr",
        "congo-leopoldville", "viet-nam-un-spelling", "colonial-names-not-the-metropole", "ussr-full-name"])
def test_historical_states_names_and_seats(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize(("speaker", "expected"), [("YUG", "SRB"), ("CSK", "CZE"), ("DDR", "DDR"), ("MAR", "MAR")])
def test_speaker_codes_of_the_un_corpus_are_coded_like_the_text(speaker, expected):
    from helpers.actors import explain
    m = explain("We reject this policy.", date="1975-10-01", speaker=speaker)
    assert set(m.loc[m["rejected"].isna(), "country"]) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Powell Presses N. Korea on Weapons Talks", {"USA", "PRK"}),
    ("Seoul said N.Korean troops fired across the line.", {"KOR", "PRK"}),
    ("The Foreign Office dismissed claims that a ransom was paid in Baghdad.", {"GBR", "IRQ"}),
    ("The German Foreign Office summoned the Iranian envoy.", {"DEU", "IRN"}),
    ("The Black Watch moved toward Baghdad at the request of US commanders.", {"GBR", "IRQ", "USA"}),
    ("Anglo-Australian miner BHP Billiton raised its bid.", {"GBR", "AUS"}),
    ("Anglo-Saxon law shaped the courts of Ghana.", {"GHA"}),
    ("Henman won his opening match at the Swiss Indoors tournament on Wednesday.", set()),
    ("Powell rejects NK overture, arrives here today", {"USA", "PRK"}),
    ("Powell to discuss NKorea on visit to Japan, China, SKorea next week", {"USA", "PRK", "JPN", "CHN", "KOR"}),
    ("S.Africa welcomes Zimbabwe deal", {"ZAF", "ZWE"}),
    ("NZ and Australia sign a trade pact", {"NZL", "AUS"}),
    ("Singapore Airlines confirms sale of Air NZ stake", set()),
    ("NK cells attack tumours, scientists in Japan said.", {"JPN"}),
    ("Two days after the U.N. nuclear watchdog agency demanded that Tehran halt enrichment", {"IAEA", "IRN"}),
    ("The International Atomic Energy's 35-nation board passed a resolution on Iran.", {"IAEA", "IRN"}),
    ("Japan's nuclear watchdog ordered checks at the plant.", {"JPN"}),
    ("UN Nuclear Agency Confirms Tons Of Explosives Missing In Iraq", {"IAEA", "IRQ"}),
    ("Judges at The Hague tribunal imposed a defense counsel on Milosevic.", {"ICTY"}),
    ("The move could warm ties between the Hague-based court and Belgrade.", {"SRB"}),
    ("The Dutch government in The Hague said it would send troops to Iraq.", {"NLD", "IRQ"}),
    ("The Sudan Liberation Army accused Khartoum of bombing villages.", {"SLA", "SDN"}),
    ("A group calling itself the Islamic Army in Iraq said Italy must withdraw its troops.", {"IAI", "ITA"}),
], ids=["n-korea-headline", "n-korean", "foreign-office", "german-foreign-office", "black-watch", "anglo-pair",
        "anglo-saxon", "swiss-indoors", "nk-headline", "nkorea-skorea", "s-africa", "nz-headline", "air-nz-airline",
        "nk-cells", "un-nuclear-watchdog", "atomic-energy-without-agency", "national-watchdog", "headline-org", "hague-tribunal", "hague-based-court", "dutch-government-in-the-hague",
        "sudan-liberation-army", "islamic-army-in-iraq"])
def test_wire_abbreviations_ministries_units_and_events(text, expected):
    assert _codes(text, date="2004-10-24") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("DAKAR, 7 April - The governments of Mali and Niger recalled their ambassadors from Algiers.",
     {"MLI", "NER", "DZA"}),
    ("Uzbek aircraft bombed the village of Kara-Teit in Kyrgyzstan.", {"UZB", "KGZ"}),
    ("A fisherman from Palawan, Israel dela Cruz, said Philippine patrols had stopped him.", {"PHL"}),
    ("A resort manager in Fiji, Peter French, said bookings had collapsed.", {"FJI"}),
    ("China National Petroleum Corp has evacuated staff from Unity state in South Sudan.", {"SSD"}),
    ("Colombian playmaker James Rodriguez joined Real Madrid. Rodriguez, 23, spent three seasons at Porto.",
     {"COL", "PRT"}),
    ("Brussels urged Zagreb and Belgrade to reopen the crossings.", {"EU", "HRV", "SRB"}),
    ("Croatian and Serbian ministers met in Brussels on Monday.", {"HRV", "SRB", "BEL"}),
    # a seat of power listed with another acts for the EU; a list of destinations stays places
    ("Putin ordered the invasion, drawing sanctions from Washington and Brussels.", {"RUS", "USA", "EU"}),
    ("Flights to Paris and Brussels were cancelled after Russia closed its airspace.", {"FRA", "BEL", "RUS"}),
], ids=["day-month-dateline", "hyphenated-village", "name-particle", "given-name-demonym", "firm-with-state-name",
        "surname-carried", "brussels-acting", "brussels-venue", "brussels-beside-a-seat", "brussels-destination"])
def test_challenge5_traps_datelines_names_firms_and_seats(text, expected):
    assert _codes(text, date="2014-07-22") == expected


def test_a_person_named_once_is_found_again_by_surname():
    from helpers.actors import explain
    text = ("Paraguay greeted Taiwanese Vice President William Lai. China condemned Lai's trip. "
            "Xi Jinping met Kim Jong-un in Beijing, and later Xi said Kim was welcome. "
            "Abdoulaye Wade declared a holiday, and Chirac telephoned Wade.")
    m = explain(text, date="2023-08-15")
    m = m[m["rejected"].isna() & (m["match"] == "context")]
    assert dict(zip(m["surface"], m["country"])) == {"Lai": "TWN", "Xi": "CHN", "Kim": "PRK", "Wade": "SEN"}
    # a surname shared by two states' people is no guess
    m = explain("Kim Jong-il met Kim Dae-jung. Later Kim said talks would go on.", date="2000-06-14")
    assert {"PRK", "KOR"} <= set(m.loc[m["rejected"].isna(), "country"])
    assert not ((m["surface"] == "Kim") & (m["match"] == "context") & m["rejected"].isna()).any()


def test_a_leaders_surname_named_like_a_city_is_the_leader():
    # "Lagos" over a story on Chile's President Ricardo Lagos is the president, not Nigeria's city; placed
    # ("arrived in Lagos") it is the city
    m = _found("Lagos Rebuffs Bolivia on Sea Access. Chilean President Ricardo Lagos on Tuesday rejected "
               "Bolivia's call for an outlet to the Pacific.", date="2004-01-13")
    assert set(m["country"]) == {"CHL", "BOL"}
    assert m.loc[m["surface"] == "Lagos", "match"].tolist() == ["context"]
    assert _codes("Chilean President Ricardo Lagos arrived in Lagos on Monday for talks with Nigeria.",
                  date="2004-01-13") == {"CHL", "NGA"}
    # a capital speaks for its state whoever shares its name, and a placing word keeps a city a place
    assert _codes("Mexican President Miguel de la Madrid met Spanish Prime Minister Felipe Gonzalez. Madrid and "
                  "Mexico City signed a trade pact.", date="1985-06-12") == {"MEX", "ESP"}
    assert _codes("Chilean President Ricardo Lagos praised traders in the commercial capital Lagos.",
                  date="2004-01-13") == {"CHL", "NGA"}
    # a surname that is also a lexicon word ("santos") opens a sentence as the person when he speaks
    m = _found("Colombian President Juan Manuel Santos met Venezuela's leader in Caracas. Santos said Bogota "
               "wanted peace.", date="2011-01-13")
    assert m.loc[(m["surface"] == "Santos") & (m["match"] == "context"), "country"].tolist() == ["COL"]
    # a lexicon word opening a sentence before a comma stays a word ("Rice, the Philippine staple")
    assert _codes("Secretary of State Condoleezza Rice arrived in Manila. Rice, the Philippine staple, has doubled "
                  "in price.", date="2005-03-19") == {"USA", "PHL"}
    m = _found("Secretary of State Condoleezza Rice arrived in Manila. Rice, the Philippine staple, has doubled "
               "in price.", date="2005-03-19")
    assert not ((m["surface"] == "Rice") & (m["match"] == "context")).any()


def test_a_state_in_a_list_before_a_compass_region_is_no_town():
    # "Somalia, northern Nigeria and Yemen" is a list of states, while "Denmark, Western Australia." and
    # "Tripoli, northern Lebanon," still place a town
    assert _codes("The United States leads famine relief in South Sudan, Somalia, northern Nigeria and Yemen.",
                  date="2017-09-19") == {"USA", "SSD", "SOM", "NGA", "YEM"}
    assert _codes("The bushfire reached Denmark, Western Australia.", date="2017-09-19") == {"AUS"}
    assert _codes("Famine threatens Yemen, Somalia, northern Nigeria.", date="2017-09-19") == {"YEM", "SOM", "NGA"}
    assert _codes("A tornado struck Lebanon, southern Pennsylvania, and two nearby towns.",
                  date="2017-09-19") == {"USA"}
    assert _codes("Clashes erupted in Tripoli, northern Lebanon, on Sunday.", date="2017-09-19") == {"LBN"}


def test_names_of_the_sadr_and_of_chadli_in_un_records():
    assert _codes("The Saharan war continues between the Kingdom of Morocco and the Saharan Arab Democratic "
                  "Republic.", date="1984-09-20") == {"MAR", "ESH"}
    assert _codes("We thank King Hassan II and President Chedli bin Jedid for their co-operation.",
                  date="1988-09-20") == {"MAR", "DZA"}


def test_firms_and_palaces_of_wire_copy():
    # the Anglo-Dutch oil group's name before 2005, and the Venezuelan presidency's seat as wire copy names it
    assert _codes("Ogoni activists campaigned against Royal Dutch/Shell in the Niger Delta.",
                  date="1995-11-11") == {"NGA"}
    assert _codes("The two presidents met at the Miraflores presidential palace on Tuesday.",
                  date="2005-02-15") == {"VEN"}


def test_capitals_of_small_states_are_seats():
    assert _codes("Canberra and Honiara talked; Suva and Apia agreed; Banjul protested to Dakar.",
                  date="2010-01-09") == {"AUS", "SLB", "FJI", "WSM", "GMB", "SEN"}
    assert _codes("Nassau County police said the suspect fled.", date="2010-01-09") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia Warns Group of Seven Over Sanctions", {"RUS", "G7"}),
    ("A Foreign Office spokesman said the talks had failed.", {"GBR"}),
    ("Brussels is a city of two million people.", {"BEL"}),
    ("Chinese President Xi Jinping visited Seoul. Later he met the President of Kenya.", {"CHN", "KOR", "KEN"}),
], ids=["title-case-state-before-group", "a-foreign-office", "brussels-described", "title-is-no-surname"])
def test_review_cases_for_the_rules_of_this_round(text, expected):
    assert _codes(text, date="2014-05-01") == expected


def test_a_name_in_apposition_after_a_title_is_the_title_holder():
    from helpers.actors import explain
    m = explain("The Kenyan foreign minister, Moses Wetangula, met Ugandan officials. Wetangula said the talks "
                "went well.", date="2011-05-01")
    m = m[m["rejected"].isna()]
    people = dict(zip(m.loc[m["kind"] == "person", "surface"], m.loc[m["kind"] == "person", "country"]))
    assert people == {"Moses Wetangula": "KEN", "Wetangula": "KEN"}
    # a clause after the comma is no name
    m = explain("The Iranian president, who spoke in Tehran, left.", date="2011-05-01")
    assert not (m["rejected"].isna() & (m["kind"] == "person")).any()


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry of exterior affairs of Mexico protested to the american embassy.", {"MEX", "USA"}),
    ("The algerian side rejected the proposal and the french government stayed silent.", {"DZA", "FRA"}),
    ("He ate french fries and walked a german shepherd.", set()),
], ids=["american-embassy", "algerian-side", "lower-case-foods-stay-out"])
def test_machine_translated_lower_case_demonyms_before_a_word_of_state(text, expected):
    assert _codes(text, date="2022-06-01") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Norman Irish, who heads a boat owners' group in New England, said the deal was fair.", set()),
    ("Mr Irish said the catch limits came too late.", set()),
    ("Rescue teams dug through rubble in the coffee city of Armenia, and Bogota thanked Spain.", {"COL", "ESP"}),
    ("President Bush said he would not implement the Kyoto Protocol, and Canada objected.", {"USA", "CAN"}),
    ("Sri Lanka's government and the Tamil Tiger rebels signed a ceasefire.", {"LKA", "LTTE"}),
    ("Greece closed its port to goods bound for the former Yugoslav republic of Macedonia.", {"GRC", "MKD"}),
    ("Kim pledged the denuclearisation of the Korean peninsula to Washington.", {"USA"}),
    ("Shops owned by Chinese Indonesians stayed shut, and Japan pledged credit to Jakarta.", {"IDN", "JPN"}),
    ("The US sanctioned Bosnian Serbs for failing to arrest suspects.", {"USA", "BIH"}),
], ids=["surname-then-who", "mr-surname", "city-of-armenia", "kyoto-protocol", "tamil-tiger", "fyrom-lower-case",
        "korean-peninsula", "chinese-indonesians", "bosnian-serbs-host-first"])
def test_challenge6_people_towns_treaties_and_communities(text, expected):
    assert _codes(text, date="2004-09-17") == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("The sides agreed on joint control of Crimean-Congo fever, and Tajikistan thanked Uzbekistan.", "2016-06-01",
     {"TJK", "UZB"}),
    ('An official called it "a Mexican stand-off", and Britain agreed.', "2003-01-01", {"GBR"}),
    ("Fuel shortages stopped the campaign against Japanese encephalitis in Nepal.", "2015-11-01", {"NPL"}),
    ("The work has slowed, reported the Kenyan paper Daily Nation, as Egypt protested to Ethiopia.", "2020-07-01",
     {"EGY", "ETH"}),
    ("Rodriguez thanked the Holy See for its role.", "2015-07-01", {"VAT"}),
    ("General Musharraf told the General Assembly that India had refused talks.", "2002-09-12", {"PAK", "IND"}),
    ("The General Assembly voted 137 to 3 for a resolution urging the United States to end its embargo.",
     "1995-11-12", {"UN", "USA"}),
    ("The Pennsylvania General Assembly passed a bill, and Canada objected.", "2002-09-12", {"CAN"}),
    ("Primakov warned that if Poland enters the North-Atlantic alliance, Moscow will answer.", "1997-01-01",
     {"RUS", "POL", "NATO"}),
    ("The International Court of Justice ruled on the dispute between Chad and Libya.", "1994-02-03",
     {"ICJ", "TCD", "LBY"}),
], ids=["crimean-congo-fever", "mexican-stand-off", "japanese-encephalitis", "paper-credit", "town-named-person",
        "general-assembly-as-venue", "general-assembly-acting", "state-general-assembly", "atlantic-alliance",
        "icj-own-code"])
def test_challenge7_diseases_credits_assemblies_and_courts(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Denmark Vesey and Ireland Baldwin and India Arie performed at the gala.", set()),
    ("Ecuadorean Foreign Minister Maria Isabel Salvador protested to Bogota.", {"ECU", "COL"}),
    ("Jordan Seeks Aid from Saudi Arabia after Floods", {"JOR", "SAU"}),
], ids=["names-sentence-is-not-a-headline", "minister-named-like-a-city", "headline-with-lowercase-preposition"])
def test_a_body_sentence_full_of_names_is_not_a_title_case_headline(text, expected):
    assert _codes(text, date="2008-05-01") == expected


def test_a_reading_of_a_town_or_treaty_holds_for_the_headline_too():
    arts = pd.DataFrame({"article_id": ["a", "b"], "date": [pd.Timestamp("1999-01-26"), pd.Timestamp("2001-03-31")],
                         "title": ["Rescuers Dig Through Rubble in Armenia", "Sweden Attacks Bush Over Kyoto"],
                         "text": ["Rescue teams from Spain dug through rubble in the coffee city of Armenia, and "
                                  "Bogota thanked Madrid.",
                                  "Sweden accused Washington of walking away from the Kyoto Protocol."]})
    from helpers.segment import segment
    sents, _ = segment(arts)
    m = find_mentions(sents, arts)
    assert "ARM" not in set(m.loc[m["article_id"] == "a", "country"])
    assert "JPN" not in set(m.loc[m["article_id"] == "b", "country"])


def test_the_two_leaders_are_the_two_people_just_named():
    text = ("Japan demanded answers. North Korean leader Kim Jong-un crossed the line, and South Korean President "
            "Moon Jae-in took his hand. The two leaders signed the declaration. Japan and Tokyo said Japan "
            "would keep its pressure on North Korea.")
    arts = pd.DataFrame({"article_id": ["a"], "date": [pd.Timestamp("2018-04-28")], "title": [""], "text": [text]})
    from helpers.segment import segment
    sents, _ = segment(arts)
    m = find_mentions(sents, arts)
    assert set(m.loc[m["surface"] == "The two leaders", "country"]) == {"KOR", "PRK"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The India-China standoff in Ladakh entered its second month.", {"IND", "CHN"}),
    ("The Russia-Ukraine stand-off deepened on Tuesday.", {"RUS", "UKR"}),
    ("This General Assembly must act on climate, the Fijian prime minister said.", {"UN", "FJI"}),
    ("A General Assembly resolution condemned Russia.", {"UN", "RUS"}),
    ("Tel Aviv warned Tehran against any attack on its ships.", {"ISR", "IRN"}),
    ("Hong Kong rejected the criticism from Washington.", {"CHN", "USA"}),
    ("Dubai welcomed the Israeli delegation.", {"ARE", "ISR"}),
    ("Fighting raged in the city of Kabul after talks with Pakistan.", {"AFG", "PAK"}),
    ("Jordan Welcomes Saudi Investment despite Strains With Israel", {"JOR", "SAU", "ISR"}),
    # what the rules are for still holds
    ("Rodriguez thanked the Holy See for its help.", {"VAT"}),
    ("It was a Mexican stand-off between the two gangs, police said.", set()),
], ids=["hyphen-pair-standoff", "hyphen-pair-stand-off", "this-general-assembly", "assembly-resolution-acts",
        "seat-warns", "city-state-rejects", "emirate-welcomes", "city-of-a-capital", "headline-despite",
        "town-named-surname-acts", "mexican-stand-off"])
def test_final_review_cases_seats_standoffs_and_assemblies(text, expected):
    assert _codes(text, date="2020-06-20") == expected


def test_the_two_premiers_are_the_two_people_just_named_too():
    m = _article_mentions("Chinese Premier Wen Jiabao met Indian Prime Minister Manmohan Singh in Delhi. The two "
                          "premiers signed a border protocol. France and Britain watched.", "2005-04-11")
    assert set(m.loc[m["surface"] == "The two premiers", "country"]) == {"CHN", "IND"}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Museveni accused Kagame of backing rival rebels in eastern Congo.", "2000-06-10", {"UGA", "RWA", "COD"}),
    ("Ugandan troops crossed into Congo in pursuit of rebels.", "1998-09-01", {"UGA", "COD"}),
    ("Congo President Denis Sassou Nguesso met Gabon's leaders.", "2003-01-01", {"COG", "GAB"}),
    ("Congo accused Kinshasa of shelling its territory.", "1999-01-01", {"COG", "COD"}),
    ("Indonesian police arrested three suspects linked to the Bali bombings.", "2005-10-10", {"IDN"}),
    ("An earthquake killed 300 people in Iran's East Azerbaijan province.", "2012-08-12", {"IRN"}),
    ("Jordan Spieth won the Masters in Augusta on Sunday.", "2015-04-12", set()),
    ("Liverpool captain Jordan Henderson said the squad was ready for Madrid.", "2019-05-30", {"ESP"}),
    ("Michael Owen scored twice as England beat Albania 3-1.", "2001-09-05", {"GBR", "ALB"}),
    ("Hong Kong said it would tighten border checks.", "2003-04-01", {"CHN"}),
    ("Canada geese were blamed for the bird strike.", "2009-01-20", set()),
    ("Toyota said profits rose in Japan.", "2005-01-01", {"JPN"}),
], ids=["eastern-congo", "bare-congo-after-1997", "congo-with-its-president", "congo-facing-kinshasa", "bali",
        "east-azerbaijan", "short-verb-not-headline", "club-captain", "region-beats", "region-says", "geese",
        "firm-said"])
def test_congo_regions_clubs_and_sentences_of_names(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Jiang told visiting Japanese premier Keizo Obuchi that history must not be forgotten.", "1999-07-09",
     {"CHN", "JPN"}),
    ("Lula and Kirchner agreed to boost trade within Mercosur.", "2003-10-16", {"BRA", "ARG", "MERCOSUR"}),
    ("Moi dissolved parliament ahead of elections.", "1997-11-10", {"KEN"}),
    ("Bongo won a sixth term.", "1998-12-10", {"GAB"}),
    ("Chavez Calls Bush the Devil", "2006-09-20", {"VEN", "USA"}),
    # the same surname after another given name is another person
    ("Cesar Chavez led farm workers.", "2008-03-01", set()),
    ("Laura Bush visited Kenya.", "2006-09-20", {"KEN"}),
    # any given name that is no English word, in no people file ("Asafa" is not Colin Powell's)
    ("Jamaican sprinter Asafa Powell won the 100 metres in Rome.", "2004-10-01", {"JAM", "ITA"}),
    # a transliterated given name of the leader's own keeps him
    ("Foreign Minister Yevgeniy Primakov warned Poland.", "1997-04-02", {"RUS", "POL"}),
], ids=["jiang", "kirchner", "moi", "bongo", "chavez-headline", "cesar-chavez", "laura-bush", "unlisted-given-name",
        "own-given-name"])
def test_leaders_named_by_surname_alone(text, date, expected):
    assert _codes(text, date=date) == expected


def test_a_surname_shared_by_two_leaders_of_one_state_is_that_state():
    assert _codes("Hariri met Chirac in Paris.", date="2003-01-01") == {"LBN", "FRA"}
    assert _codes("Zardari told Obama Pakistan would act.", date="2009-05-01") == {"PAK", "USA"}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Edouard Shevardnadze accused Moscow of arming Abkhaz separatists.", "1999-01-10", {"GEO", "RUS"}),
    ("Parvez Musharraf met Atal Bihari Vajpayee in Agra.", "2001-06-10", {"PAK", "IND"}),
    ("Moammar Qaddafi agreed to pay compensation to Britain.", "2003-09-10", {"LBY", "GBR"}),
    ("Victor Yushchenko met Col Gaddafi in Tripoli.", "2005-08-30", {"UKR", "LBY"}),
    ("Cesar Chavez led farm workers.", "2014-03-01", set()),
    ("Linda Chavez withdrew her nomination. Chavez accused Mexico of exporting its poor.", "2001-01-09", {"MEX"}),
    ("Students at Moi University protested.", "2001-01-09", set()),
    ("Japan Offers Thailand $4 bln Loan as Baht Crisis Deepens", "1997-08-10", {"JPN", "THA"}),
    ("Russia and China ink $400 billion gas deal.", "2014-05-21", {"RUS", "CHN"}),
    ("Congo Republic signed a loan deal with China. China said Congo would repay in oil.", "2017-08-15",
     {"COG", "CHN"}),
], ids=["edouard", "parvez", "moammar", "victor-and-col", "surname-out-of-tenure", "surname-read-once-holds",
        "named-after", "headline-bln", "ink-is-signing", "congo-republic"])
def test_second_review_leaders_headlines_and_the_republic_of_congo(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("The People\u2019s Republic of China was not admitted.", "1960-09-25", {"CHN"}),
    ("The war in Indo-China continued.", "1973-09-25", set()),
    ("We call on the States that have not yet recognized Palestine to do so.", "2023-09-25", {"PSE"}),
    ("Red China and Nazi Germany were named.", "1953-09-25", {"CHN", "DEU"}),
    ("Poor Congo! The Congo said no.", "1960-09-25", {"COD"}),
    ("The Congo (Brazzaville) and the Congo (Leopoldville) spoke.", "1962-09-25", {"COG", "COD"}),
    ("Congo accused Zaire of shelling.", "1992-09-25", {"COG", "COD"}),
], ids=["curly-apostrophe", "indo-china", "the-states-that", "red-china-nazi-germany", "congo-crisis-years",
        "both-congos-named", "congo-and-zaire"])
def test_un_record_names_of_the_cold_war(text, date, expected):
    assert _codes(text, date=date) == expected


def test_i_and_us_in_a_speech_are_the_speakers_state():
    m = _article_mentions("I extend the same fraternal greeting to Mali, Senegal and Nigeria. After World War I the "
                          "League failed. The West left us with no choice.", "1960-10-01", speaker="MAR")
    speaker = m[m["country"] == "MAR"]
    assert sorted(speaker["surface"]) == ["I", "us"]
    assert set(speaker["sentence_id"]) == {0, 2}


def test_a_surname_that_spells_a_parliament_is_a_person():
    assert _codes("Bolivian Energy Minister Andres Soliz Rada criticised Brazil.", date="2006-05-01") == {"BOL", "BRA"}
    assert _codes("The Rada voted to dismiss the government.", date="2006-05-01") == {"UKR"}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Indo-China ties have warmed, the Indian foreign secretary said.", "2004-09-25", {"IND", "CHN"}),
    ("Iran accused the States of plotting a coup.", "2004-09-25", {"IRN", "USA"}),
    ("Nationalist China protested.", "1955-09-25", set()),
], ids=["indo-china-ties", "the-states-of", "nationalist-china-is-no-prc"])
def test_third_review_regional_and_general_names(text, date, expected):
    assert _codes(text, date=date) == expected


def test_numbered_parts_and_quotes_are_no_speaker():
    m = _article_mentions("As indicated in annex I to the report, Israel has continued to expand its settlements. "
                          "\"I will never accept it,\" Begin said. They accused us of aggression.", "1985-09-25",
                          speaker="EGY")
    assert list(m.loc[m["country"] == "EGY", "surface"]) == ["us"]


@pytest.mark.parametrize(("text", "date", "expected"), [
    # names written by ear in machine-translated copy: the surname's consonants and the given name's first
    ("talks with shi jinping ended without a statement", "2023-03-21", {"CHN"}),
    ("binyamin nitnyaho told the knesset on monday", "2019-05-01", {"ISR"}),
    ("the visit of rajab tayyip ardoughan to the gulf", "2019-05-01", {"TUR"}),
    # (a town matched in lower-case copy yields to the name it begins)
    ("president vladimir zelinskiy said kiev would not yield", "2023-01-01", {"UKR"}),
    # "the two Koreas", "both Germanys", "inter-Korean": the two states of a divided nation
    ("The two Koreas reopened their hotline on Tuesday.", "2021-07-27", {"KOR", "PRK"}),
    ("Both Germanys joined the United Nations that year.", "1973-09-18", {"DEU", "DDR", "UN"}),
    ("The inter-Korean summit opened in Pyongyang.", "2018-09-18", {"KOR", "PRK"}),
    ("Two Koreans were among the injured.", "2018-09-18", {"KOR"}),
    # older and plainer names of bodies
    ("The European Community recognised Slovenia and Croatia.", "1992-01-15", {"EU", "SVN", "HRV"}),
    ("Statistics Norway said oil investment would fall.", "2016-02-25", {"NOR"}),
], ids=["shi-jinping", "nitnyaho", "ardoughan", "zelinskiy", "two-koreas", "both-germanys", "inter-korean", "two-koreans",
        "european-community", "statistics-norway"])
def test_fifth_probe_transliterations_divided_states_and_bodies(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize(("text", "date", "absent"), [
    ("Insurgents retook the port of Mocimboa da Praia on Tuesday.", "2021-08-10", "CPV"),
    ("A water main burst in Jamaica, Queens on Monday.", "2015-01-12", "JAM"),
    # a near-spelling of an office holder out of office is someone else (Felipe Sola served 2019-21)
    ("Brazil coach Luiz Felipe Scolari named his squad.", "2014-05-07", "ARG"),
], ids=["da-praia", "jamaica-queens", "scolari"])
def test_fifth_probe_places_and_namesakes_are_no_actors(text, date, absent):
    assert absent not in _codes(text, date=date)


@pytest.mark.parametrize(("text", "date", "expected"), [
    # a state's own security council is that state, not the UN's
    ("Tehran's envoy met Russian Security Council secretary Nikolai Patrushev in Moscow.", "2019-06-11",
     {"IRN", "RUS"}),
    ("Ukraine's Security Council ordered new sanctions on Thursday.", "2021-02-04", {"UKR"}),
    ("The Security Council extended the mission in Mali by a year.", "2021-06-29", {"UN", "MLI"}),
    # a state that broke up names its lands, not a state acting
    ("Refugees from the former Yugoslavia and the former Soviet Union crowded the camps.", "1994-05-02", set()),
    ("The lake sits in Kazakhstan, a former Soviet republic.", "2004-05-02", {"KAZ"}),
    # a treaty named after the city it was signed in names no state
    ("Arafat said the Oslo accords were dead.", "2002-04-10", {"PSE"}),
    ("The rebels broke the Lusaka ceasefire agreement again.", "2000-03-14", set()),
    # older and UN names of bodies
    ("The Organisation of African Unity suspended Togo.", "1998-06-10", {"AU", "TGO"}),
    ("Mali chairs the Organization of the Islamic Conference this year.", "2002-03-01", {"MLI", "OIC"}),
    ("The Human Rights Council opened an inquiry into Eritrea.", "2014-06-27", {"UN", "ERI"}),
    # "our Organization" is the UN only with its capital O, as UN speakers write it
    ("Our Organization has not kept its promise to Haiti.", "1995-09-27", {"UN", "HTI"}),
    ("our organization helps Haitian families, the charity said", "2010-01-20", {"HTI"}),
], ids=["russian-security-council", "ukraine-s-security-council", "un-security-council", "former-yugoslavia",
        "former-soviet-republic", "oslo-accords", "lusaka-agreement", "oau", "islamic-conference", "human-rights-council",
        "our-organization", "lower-case-organization"])
def test_sixth_probe_national_councils_lost_states_and_treaties(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("What Brazil asks of this Assembly is simple.", {"BRA"}),
    ("Whether Kenya joins the mission is not yet known.", {"KEN"}),
    ("Perhaps Norway will mediate again.", {"NOR"}),
], ids=["what", "whether", "perhaps"])
def test_a_question_word_or_adverb_opening_a_sentence_is_no_given_name(text, expected):
    assert _codes(text, date="1995-09-27") == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    # "Georgia" in a list of states is the state (after a town it is the US state)
    ("The EU initialled association agreements with Moldova, Georgia and Armenia.", "2013-11-29",
     {"EU", "MDA", "GEO", "ARM"}),
    ("Azerbaijan, Georgia and Turkey opened the railway.", "2017-10-30", {"AZE", "GEO", "TUR"}),
    ("The factory closed in Rome, Georgia last year.", "2017-10-30", {"USA"}),
    # an armed group named after the land it fights in is not that state
    ("The Islamic Army in Iraq said it had freed two Filipino drivers.", "2004-08-01", {"IAI", "PHL"}),
    ("The Movement for the Emancipation of the Niger Delta seized four Britons.", "2006-06-02", {"GBR"}),
    ("The Free Syrian Army shelled Turkish positions, Ankara said.", "2013-05-02", {"TUR"}),
    # ("a party where it stands: Zambia stays a place")
    ("The Patriotic Front in Zambia won the vote.", "2011-09-23", {"ZMB"}),
    # held islands count for the state that holds them
    ("Japanese protesters sailed toward the Kurile Islands.", "2010-11-03", {"JPN", "RUS"}),
], ids=["georgia-in-list", "georgia-first-in-list", "rome-georgia", "islamic-army-in-iraq", "mend-niger-delta",
        "free-syrian-army", "patriotic-front-in-zambia", "kurile-islands"])
def test_sixth_probe_lists_groups_and_held_islands(text, date, expected):
    assert _codes(text, date=date) == expected


def test_a_repeated_surname_keeps_the_doubt_of_a_name_out_of_office():
    # Cyrus Vance was Secretary of State in 1977-80; in 1995 he mediated for the UN, and "Vance" is no US act
    text = ("Greece and Macedonia met at the United Nations with mediator Cyrus Vance. "
            "Vance said the two neighbours had agreed on a flag.")
    m = _article_mentions(text, "1995-09-14")
    assert (m.loc[m["actor_id"] == "cyrus-vance", "confidence"] < 0.6).all()
    m = _article_mentions("Secretary of State Cyrus Vance flew to Tehran. Vance said the talks went well.", "1978-05-10")
    assert (m.loc[m["actor_id"] == "cyrus-vance", "confidence"] >= 0.9).all() and \
        (m["actor_id"] == "cyrus-vance").sum() == 2


def test_a_title_of_the_same_state_vouches_for_a_name_repeated_later():
    # the table has no tenure for Lai on this date (he was mayor of Tainan until 2017-09-08), but the writer's
    # title of his state vouches for the name, and so for the surname repeated later
    text = "Paraguay's president greeted Taiwanese Premier William Lai on Tuesday. Beijing condemned Lai's trip."
    m = _article_mentions(text, "2017-06-01")
    lai = m[m["surface"] == "Lai"]
    assert len(lai) == 1 and lai["confidence"].iloc[0] >= 0.9
    # without a title, a name out of office stays doubtful when repeated
    m = _article_mentions("Paraguay greeted William Lai on Tuesday. Beijing condemned Lai's trip.", "2017-06-01")
    assert (m.loc[m["surface"] == "Lai", "confidence"] < 0.6).all()


@pytest.mark.parametrize(("text", "expected"), [
    ("Chelsea completed the signing of Ghana midfielder Michael Essien from Lyon on Friday.", {"GHA"}),
    ("Senegal striker El Hadji Diouf joined Bolton from Liverpool on loan.", {"SEN"}),
    # a town in a story that is no sports report stays a place of its state
    ("French police in Lyon arrested two Algerians on Friday.", {"FRA", "DZA"}),
], ids=["signing-from-lyon", "joined-from", "police-in-lyon"])
def test_a_town_in_a_transfer_is_a_club(text, expected):
    assert _codes(text, date="2005-08-19") == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    # machine-translated copy in lower case: names that are no English word are states
    ("the foreign ministry in tehran said iran would not negotiate with israel", "2019-05-01", {"IRN", "ISR"}),
    ("washington and moscow agreed that india and pakistan must talk", "2019-05-01", {"USA", "RUS", "IND", "PAK"}),
    ("turkey prices rose before the holiday, and china plates sold out", "2019-11-20", set()),
    # combining forms name the first state of a pair, and only there
    ("Sino-Indian border talks resumed on Monday.", "2020-09-14", {"CHN", "IND"}),
    ("The Indo-Pak ceasefire held.", "2021-03-01", {"IND", "PAK"}),
    ("The Indo-Pacific strategy worried Beijing.", "2021-03-01", {"CHN"}),
    ("Greco-Roman wrestlers from Cuba won gold.", "2021-08-04", {"CUB"}),
    ("North Korean envoy Pak Kil Yon spoke at the UN.", "2009-10-01", {"PRK", "UN"}),
    # a state's adjective before an office holder's title keeps the state
    ("Kuwaiti Oil Minister Ali al-Baghli said output would rise.", "1995-05-10", {"KWT"}),
    ("Argentine Economy Minister Roberto Lavagna flew to Madrid.", "2003-05-10", {"ARG", "ESP"}),
    ("Saudi Oil Company shares fell.", "2003-05-10", set()),
    # seats of power and adjectives the dictionary lacked
    ("Baabda Palace said the talks would resume.", "2017-05-10", {"LBN"}),
    ("Malacanang rejected the Chinese claim.", "2016-07-13", {"PHL", "CHN"}),
    ("Turkmen gas flows to China through Uzbekistan.", "2016-07-13", {"TKM", "CHN", "UZB"}),
], ids=["mt-tehran-iran-israel", "mt-capitals", "mt-common-words", "sino-indian", "indo-pak", "indo-pacific",
        "greco-roman", "korean-pak", "kuwaiti-oil-minister", "argentine-economy-minister", "saudi-oil-company",
        "baabda-palace", "malacanang", "turkmen"])
def test_seventh_probe_lower_case_copy_combining_forms_titles_and_seats(text, date, expected):
    assert _codes(text, date=date) == expected


def test_a_name_particle_stays_part_of_a_fuzzy_name():
    # "bin" is also an English word; inside a name it is a particle ("Mohamed bin Salmane", a French spelling)
    assert _codes("The crown prince Mohamed bin Salmane received the emir.", date="2021-01-05") == {"SAU"}


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Russian shelling hit Kherson and Bakhmut overnight.", "2022-12-20", {"RUS", "UKR"}),
    ("Turkish-backed fighters entered Afrin.", "2018-03-18", {"TUR", "SYR"}),
    ("Rockets fell on Sderot, the Israeli army said.", "2014-07-09", {"ISR"}),
    ("French troops left Kidal and Timbuktu.", "2021-12-14", {"FRA", "MLI"}),
], ids=["kherson-bakhmut", "afrin", "sderot", "kidal-timbuktu"])
def test_towns_of_war_news_below_the_population_floor_name_their_state(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    # a US state named as a place is the USA, also after a town named like a country
    ("A water main break left much of Athens, Georgia, without running water.", "2019-07-02", {"USA"}),
    ("Potato growers in Idaho said demand for frozen fries hit a record.", "2021-03-01", {"USA"}),
    ("Early voting in Georgia's Cobb County broke records, state election officials said.", "2020-10-20", {"USA"}),
    # the Republic of Congo's president is not the DRC's, whatever the shared adjective says
    ("Congolese President Denis Sassou Nguesso received the French defence minister in Brazzaville.",
     "2005-03-01", {"COG", "FRA"}),
    ("Congolese troops clashed with Rwandan rebels near Goma.", "2012-11-20", {"COD", "RWA"}),
    # the bird, a period style, a ship, a region of another state
    ("Turkey prices in British supermarkets rose by almost a tenth before Christmas.", "2022-12-01", {"GBR"}),
    ("An auction of Georgian silver in Edinburgh raised 1.2 million pounds.", "2015-05-01", {"GBR"}),
    ("Divers filmed the wreck of the ferry Estonia lying on its side in the Baltic.", "1996-09-28", set()),
    ("Wildfires raged across the northern Greek region of Macedonia.", "2007-08-01", {"GRC"}),
    ("Turkey shoots down a Russian jet near the Syrian border.", "2015-11-24", {"TUR", "RUS", "SYR"}),
    # navy ships speak for their navy
    ("A small boat packed with explosives blew a hole in the USS Cole as it refuelled in Aden.", "2000-10-12",
     {"USA", "YEM"}),
    # "Sharon" and "Abbas" alone while in office; a given name or a kunya beside them is someone else
    ("Sharon and Abbas shook hands with Bush at Aqaba.", "2003-06-04", {"ISR", "PSE", "USA"}),
    ("Sharon Stone said she loved the festival.", "2003-06-04", set()),
    ("Abu Abbas was captured by US forces in Baghdad.", "2003-04-15", {"USA", "IRQ"}),
    ("Sharon said the plan was dead.", "2009-06-04", set()),
], ids=["athens-georgia", "growers-in-idaho", "georgia-cobb-county", "congolese-sassou", "congolese-goma",
        "turkey-prices", "georgian-silver", "ferry-estonia", "greek-macedonia", "turkey-shoots", "uss-cole",
        "sharon-abbas", "sharon-stone", "abu-abbas", "sharon-out-of-office"])
def test_seventh_probe_places_namesakes_and_shared_names(text, date, expected):
    assert _codes(text, date=date) == expected


# ---- eighth probe (stop 24): legislatures after a state, trade in a state's products, bands and
# titles, firms, and city names two states share
@pytest.mark.parametrize("text, date, expected", [
    ("The U.S. Congress approved $400 million on Thursday to help Mexico fight drug cartels.", "2008-06-05",
     {"USA", "MEX"}),
    ("Russia's chief sanitary inspector announced a ban on imports of Georgian and Moldovan wine on Monday.",
     "2006-03-27", {"RUS", "GEO", "MDA"}),
    ("She collects Swiss watches and drinks French wine at weekends.", "2006-03-27", set()),
    ("The soft-rock band America will play three nights at a theatre in London in October.", "2015-05-01",
     {"GBR"}),
    ("Singer Camila Cabello's single 'Havana' climbed to the top of the Billboard Hot 100 on Tuesday.",
     "2018-01-16", set()),
    ("Mining group Anglo American said it would cut 85,000 jobs after a slump in commodity prices.", "2015-12-08",
     set()),
    ("The shop's best sellers include Jordan almonds and Turkish delight, the owner said.", "2019-02-14", set()),
    # a capital is its state's, whatever homonym another state has ("Canada's prime minister arrived in London")
    ("Canada's prime minister arrived in London for talks on Afghanistan.", "2015-02-20", {"CAN", "GBR", "AFG"}),
    ("Tripoli accused Cairo of arming the rebels in the east.", "2015-02-20", {"LBY", "EGY"}),
    ("Not a single Iranian missile reached Israel, the army said.", "2024-04-14", {"IRN", "ISR"}),
], ids=["us-congress", "wine-ban", "products", "band", "song-title", "firm", "sweets", "london",
        "tripoli-libya", "not-a-single"])
def test_eighth_probe_names(text, date, expected):
    assert _codes(text, date=date) == expected


def test_the_koreas_are_both_states():
    assert _codes("The Koreas agreed on Monday to reopen their military hotline.", date="2018-01-09") == {"KOR", "PRK"}


@pytest.mark.parametrize("text, date, expected", [
    ("Kim Dae-jung flew to Pyongyang. The Stalinist state's reclusive leader was waiting at the airport.",
     "2000-06-13", {"KOR", "PRK"}),
    ("Artillery from the North pounded a South Korean island on Tuesday, and Seoul fired back.", "2010-11-23",
     {"KOR", "PRK"}),
    ("Havana welcomed the move. Washington lifted limits on family visits to the communist island on Monday.",
     "2009-04-13", {"USA", "CUB"}),
    # a description stands only for a state the article names some other way
    ("Turkmenistan, the reclusive state, signed a gas deal with China.", "2009-12-14", {"TKM", "CHN"}),
    ("Egypt warns the Jewish state", "2009-12-14", {"EGY"}),
    ("Pakistan, the Islamic Republic of Pakistan, voted.", "2009-12-14", {"PAK"}),
    ("Qatar hosted the talks. The Gulf state said it would pay for the reconstruction.", "2011-07-14", {"QAT"}),
    ("Saudi Arabia and Qatar met in Riyadh. The Gulf state said nothing.", "2011-07-14", {"SAU", "QAT"}),
    ("The North Pole expedition and the South Africa tour were both cancelled.", "2010-11-23", {"ZAF"}),
], ids=["stalinist-state", "the-north", "communist-island", "reclusive-not-korea", "headline-end", "islamic-republic-of",
        "gulf-state-one", "gulf-state-two", "north-pole"])
def test_descriptions_of_states(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize("text, date, expected", [
    ("Prime Minister Koizumi and President Roh agreed on Wednesday to hold informal summits twice a year.",
     "2004-12-17", {"JPN", "KOR"}),
    ("President Moon and leader Kim crossed the military demarcation line hand in hand on Friday.", "2018-04-27",
     {"KOR", "PRK"}),
    # out of office on the date, or a family name two leaders share: no guess
    ("President Roh spoke to reporters.", "2015-06-01", set()),
    # the leader of something else
    ("Opposition leader Kim said the party would boycott the vote.", "2004-06-01", set()),
    # "the South" in a Sudan story is not South Korea
    ("Sudan's army attacked the South on Tuesday.", "2004-06-01", {"SDN"}),
], ids=["koizumi-roh", "moon-kim", "roh-out-of-office", "opposition-leader", "sudan-south"])
def test_a_title_and_a_family_name_name_the_leader_in_office(text, date, expected):
    assert _codes(text, date=date) == expected


def test_two_leaders_of_one_state_with_one_family_name_still_name_the_state():
    # 2008: Kim Jong-il (head of state) and his premier Kim Yong-il
    assert _codes("Leader Kim met President Hu in Beijing on Monday.", date="2008-06-01") == {"PRK", "CHN"}


# ---- stop 25: an eleventh probe (150 sentences, blind)
@pytest.mark.parametrize("text, date, expected", [
    # the UN name with a lower-case "former"
    ("Greece and the former Yugoslav Republic of Macedonia signed an interim accord on Wednesday.", "1995-09-13",
     {"GRC", "MKD"}),
    # a leader out of office serves no state on the article's date (codebook), "former" or not
    ("Former chancellor Helmut Kohl died at his home on Friday aged 87.", "2017-06-16", set()),
    ("Chancellor Helmut Kohl arrived in Paris on Friday.", "1995-06-16", {"DEU", "FRA"}),
    # an office held for another state, by date
    ("Mark Carney said interest rates could go either way after the referendum.", "2016-06-30", {"GBR"}),
    ("Mark Carney said the Canadian dollar was too strong.", "2010-06-30", {"CAN"}),
    # a demonym two states share takes the state of the person it introduces
    ("Congolese President Denis Sassou Nguesso was declared the winner.", "2016-03-25", {"COG"}),
    ("Congolese President Joseph Kabila was declared the winner.", "2016-03-25", {"COD"}),
    # a crown prince of the day
    ("Crown Prince Abdullah received the envoy in Riyadh.", "2003-05-13", {"SAU"}),
    # a legislature after a state is the state's
    ("Cafeterias in the U.S. House of Representatives renamed French fries on Tuesday.", "2003-03-11", {"USA"}),
    # what state media of some neighbours call Israel
    ("He accused Rabat of letting the Zionist entity use its territory.", "2021-08-24", {"MAR", "ISR"}),
    # no US state has a prime minister, whatever college game the sentence also reports
    ("Georgia Tech beat Virginia Tech, while Georgia's prime minister visited Brussels.", "2019-05-05",
     {"GEO", "BEL"}),
], ids=["fyrom-lower-case", "former-chancellor", "chancellor-in-office", "carney-boe", "carney-boc",
        "congolese-brazzaville", "congolese-kinshasa", "crown-prince", "us-house", "zionist-entity",
        "georgia-prime-minister"])
def test_eleventh_probe_names(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize("text, date, expected", [
    ("U.S. envoy Jordan meets Saudi crown prince after blasts", "2003-05-13", {"USA", "SAU"}),
    ("British ambassador China talks resume", "2003-05-13", {"GBR", "CHN"}),
    ("Turkey refused to let US troops cross its territory.", "2003-03-01", {"TUR", "USA"}),
    ("RUSSIA TELLS US ABOUT MISSILE TEST", "2003-03-01", {"RUS", "USA"}),
    ("The U.S. ambassador to Jordan met the king.", "2003-05-13", {"USA", "JOR"}),
    ("Laboratories use Congo red dye to stain amyloid deposits.", "2020-01-10", set()),
    ("The grey filly Bahamian Breeze won the handicap sprint by a neck.", "2019-05-02", set()),
    ("Bruce Springsteen closed the concert with Born in the U.S.A. on Saturday.", "2016-09-01", set()),
], ids=["envoy-surname", "title-before-a-state-noun", "let-us-troops", "caps-tells-us-about", "ambassador-to",
        "congo-red", "filly-demonym", "born-in-the-usa"])
def test_eleventh_probe_look_alikes(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize("text, expected", [
    # a line in capitals: common words read in lower case, so a surname after a given name still counts
    # and a verb after a state does not
    ("US SENDS TROOPS TO POLAND", {"USA", "POL"}),
    ("JORDAN SPIETH WON THE MASTERS ON SUNDAY", set()),
    ("CHINA TELLS US TO STOP ARMS SALES", {"CHN", "USA"}),
    ("FANS TELL US WHY THEY QUEUED ALL NIGHT FOR TICKETS IN CARDIFF", {"GBR"}),
    ("TURKEY PRICES SOAR BEFORE THANKSGIVING", set()),
], ids=["caps-state-verb", "caps-person", "caps-tells-us-to", "caps-pronoun", "caps-turkey-bird"])
def test_a_line_in_capitals(text, expected):
    assert _codes(text, date="2019-01-01") == expected


@pytest.mark.parametrize("text, date, expected", [
    # thirteenth probe: look-alikes named by a disease, a heritage, a quoted title, a horse or a team
    ("Health officials in Turkey reported new cases of Crimean-Congo haemorrhagic fever.", "2008-07-01", {"TUR"}),
    ("Cuban-American lawmakers in Florida criticised the bill.", "2005-01-01", {"USA"}),
    ("Mexican-American families in Texas rallied on Sunday.", "2006-05-01", {"USA"}),
    ("The festival reopened with a restored print of 'Casablanca'.", "2012-05-01", set()),
    ("She starred in 'The Last Emperor of China' last year.", "2001-01-01", set()),
    ("Israel said \"Iran\" was behind the attack.", "2012-01-01", {"ISR", "IRN"}),
    ("Brazilian Gem held off the favourite in the final furlong.", "2015-06-01", set()),
    ("Iran raised the stakes as Russian Foreign Minister Sergei Lavrov arrived.", "2015-06-01", {"IRN", "RUS"}),
    ("Britain went to great lengths, said Chinese Foreign Minister Wang Yi.", "2015-06-01", {"GBR", "CHN"}),
    ("The Jordan team scored its first Formula One win in 1998.", "1998-09-01", set()),
    # a headline's capitalised "And" is no name, and "London, Ontario" is in Canada
    ("Spain To Help Argentina And Uruguay End Pulp Mill Dispute", "2006-11-01", {"ESP", "ARG", "URY"}),
    ("A man was charged in London, Ontario, on Friday.", "2021-06-08", {"CAN"}),
], ids=["disease-adjective", "heritage-cuban-american", "heritage-mexican-american", "quoted-film",
        "quoted-long-title", "quoted-word-is-speech", "horse-demonym", "stakes-not-racing", "lengths-not-racing",
        "racing-team", "capital-and",
        "london-ontario"])
def test_thirteenth_probe_look_alikes(text, date, expected):
    assert _codes(text, date=date) == expected


def test_a_titled_name_in_a_title_case_headline_stops_at_its_verb():
    found = _found("Spain's King To Facilitate Pulp Mill Talks Between Argentina And Uruguay", date="2006-11-01")
    assert "person" not in set(found["kind"])
    assert set(found["country"]) == {"ESP", "ARG", "URY"}


@pytest.mark.parametrize("text, date, expected", [
    ("Tendulkar will miss the Test against Australia in Madras.", "2004-10-01", {"AUS", "IND"}),
    ("Floods hit Bombay and Calcutta on Monday.", "2005-07-27", {"IND"}),
    ("Sharon will meet settlement leaders from Judea and Samaria.", "2004-10-01", {"ISR", "PSE"}),
    # the second reader's misfires of the stop-26 look-alike rules
    ("Japan sent experts to help contain Vietnam bird flu outbreaks.", "2004-02-01", {"JPN", "VNM"}),
    ("Sharon: 'Syria Is Sheltering Terrorists'", "2003-10-06", {"ISR", "SYR"}),
    ("'Iran Will Pay,' Warns Israeli Minister", "2006-01-01", {"IRN", "ISR"}),
    ("Israel Ready to Strike 'Iran Nuclear Sites'", "2012-01-01", {"ISR", "IRN"}),
    ("The Jordan team finished fourth in the Grand Prix.", "2002-06-01", set()),
    ("Police in London, Ont., arrested two men.", "2015-01-01", {"CAN"}),
], ids=["madras", "bombay-calcutta", "judea-and-samaria", "bird-flu-place", "colon-speech", "quote-then-verb", "title-case-scare-quotes", "grand-prix-capitals",
        "london-ont"])
def test_second_reader_of_stop_26_names(text, date, expected):
    assert _codes(text, date=date) == expected



@pytest.mark.parametrize("text, date, expected", [
    ("Flooding in Houston killed three people.", "2017-08-28", {"USA"}),
    ("Whitney Houston sang at the gala in London.", "1999-05-01", {"GBR"}),
    ("The Dallas Cowboys beat the New York Giants.", "2010-10-01", set()),
    ("Nancy Pelosi flew to Taiwan.", "2022-08-02", {"TWN"}),
    ("Talks between France and Germany were held in Nancy.", "2005-03-01", {"FRA", "DEU"}),
    ("Pilgrims walked to Santiago de Compostela.", "2010-07-25", set()),
    ("Castro spoke in Santiago de Cuba.", "2003-07-26", {"CUB"}),
    ("Floods hit Luxembourg province on Monday.", "2021-07-15", {"BEL"}),
    ("Cuba Vs USA: Havana says embargo is genocide", "2006-11-08", {"CUB", "USA"}),
], ids=["in-houston", "whitney-houston", "dallas-cowboys", "nancy-pelosi", "in-nancy", "santiago-de-compostela",
        "santiago-de-cuba", "luxembourg-province", "vs-in-a-headline"])
def test_cities_named_like_people_and_other_leftovers(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize("text, date, expected", [
    ("A Georgia O#39;Keeffe painting sold for 44.4 million dollars.", "2014-11-21", set()),
    ("Paris Hilton walked out of a Los Angeles County jail after 23 days.", "2007-06-26", {"USA"}),
    ("Gunmen shot dead two workers near the copper mine in Papua province.", "2011-10-22", {"IDN"}),
    ("Mahmoud Ahmadi-Nejad drew both jeers and applause at Columbia University.", "2007-09-24", {"IRN"}),
    ("Zairean rebels took Kisangani as Zairian troops fled.", "1997-03-15", {"COD"}),
    ("Kampuchean forces clashed with Thai units near the border.", "1980-06-23", {"KHM", "THA"}),
    ("The Ceylonese delegation voted with India.", "1965-10-01", {"LKA", "IND"}),
], ids=["glued-apostrophe-debris", "county-after-a-town", "papua-province", "hyphenated-spelling",
        "zairean", "kampuchean", "ceylonese"])
def test_stop_39_probe_sentences(text, date, expected):
    from helpers.load import clean_wire_text
    assert _codes(clean_wire_text(text), date=date) == expected


@pytest.mark.parametrize("text, expected", [
    ("china, japan trade barbs over wartime history at un", {"CHN", "JPN", "UN"}),
    ("us envoy meets iranian counterpart in geneva", {"USA", "IRN", "CHE"}),
    ("us troops killed three afghan soldiers in a friendly fire incident", {"USA", "AFG"}),
    ("turkey and brazil sign a trade pact in ankara", {"TUR", "BRA"}),
    ("we bought fine china, brazil nuts and a turkey sandwich for the party", set()),
    ("they told us the shop would open on monday", set()),
])
def test_copy_written_wholly_in_lower_case_gets_its_names_back(text, expected):
    assert _codes(text, date="2012-05-01") == expected


def test_recasing_keeps_offsets_and_shows_the_surface_as_written():
    from helpers.actors import recase_lower
    text = "china, japan trade barbs at un"
    assert recase_lower(text) == "China, Japan trade barbs at UN"
    assert recase_lower("China and japan talk at length") == "China and japan talk at length"   # has capitals
    found = _found(text, date="2012-05-01")
    assert set(found["surface"]) == {"china", "japan", "un"}
    assert all(text[s:e] == w for s, e, w in zip(found["start"], found["end"], found["surface"]))


@pytest.mark.parametrize("text, date, expected", [
    ("Airport staff at Gatwick found two Swiss Army knives in a carry-on bag.", "2016-04-01", {"GBR"}),
    ("The governor visited an Indian reservation in Arizona after the floods.", "2019-03-01", {"USA"}),
    ("Leaders in South Dakota declared an emergency after the blizzard.", "2013-10-07", {"USA"}),
    ("American Indian groups marched in Washington on Sunday.", "2004-09-21", {"USA"}),
    ("Pennsylvania Dutch quilts sold well at the county fair.", "2008-08-10", {"USA"}),
    ("A late header gave Valencia's hosts a 1-0 win over Sevilla.", "2012-02-01", set()),
    ("The governor of Texas met the Mexican consul to discuss the border crossings.", "2019-06-10", {"MEX", "USA"}),
], ids=["swiss-army-knives", "indian-reservation", "state-then-verb", "american-indian", "pennsylvania-dutch",
        "club-after-over", "governor-of-a-state"])
def test_blind_actor_probe_of_stop_27(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize("text, expected", [
    ("australia pledges aid to papua new guinea after floods", {"AUS", "PNG"}),
    ("china signs oil deal with equatorial guinea", {"CHN", "GNQ"}),
    ("new south wales police arrest two chinese nationals", {"AUS", "CHN"}),
    ("american airlines suspends flights to venezuela", {"VEN"}),
    ("they want to kill us and take our land, said a refugee from syria", {"SYR"}),
    ("china-us trade talks end without a deal", {"CHN", "USA"}),
    ("us-led forces strike targets in iraq", {"USA", "IRQ"}),
])
def test_second_reader_of_stop_27_lower_case(text, expected):
    assert _codes(text, date="2019-05-01") == expected


@pytest.mark.parametrize(("text", "codes"), [
    ("UNITA rebels shelled the Angolan town of Kuito.", {"UNITA", "AGO"}),
    ("M23 fighters seized Goma as Congo accused Rwanda of backing them.", {"M23", "COD", "RWA"}),
    ("The Rapid Support Forces shelled Khartoum, Sudan's army said.", {"RSF", "SDN"}),
    ("Reporters Without Borders, known as RSF, ranked Norway first.", {"NOR"}),
    ("Kosovo Liberation Army guerrillas clashed with Serbian police.", {"KLA", "SRB"}),
    ("KLA-Tencor shares rose in New York.", {"USA"}),
    ("Traffic backed up on the M23 motorway near Gatwick.", {"GBR"}),
    ("Ethiopian troops fought Islamic Courts militias near Baidoa.", {"ETH", "ICU", "SOM"}),
    ("US troops battled the Mahdi Army in Najaf.", {"USA", "MAHDIARMY", "IRQ"}),
    ("Unita rebels attacked Kuito, Angola's army said.", {"UNITA", "AGO"}),
    ("Finland discussed a northern alliance with Norway.", {"FIN", "NOR"}),
    ("The young striker called it a shining path to the World Cup in Qatar.", {"QAT"}),
], ids=["unita", "m23", "rsf-full-name", "rsf-press-group", "kla", "kla-tencor", "m23-motorway", "islamic-courts",
        "mahdi-army", "unita-british-spelling", "northern-alliance-in-lower-case", "shining-path-in-lower-case"])
def test_more_armed_groups_and_their_look_alikes(text, codes):
    m = _article_mentions(text, "2005-06-01")
    assert set(m["country"]) == codes


@pytest.mark.parametrize("text, expected", [
    ("North and South Korea agreed on Tuesday to hold talks on reuniting families.", {"PRK", "KOR"}),
    ("North, South Korea Agree to Hold Family Reunions", {"PRK", "KOR"}),
    ("South and North Korea traded accusations over the sinking.", {"KOR", "PRK"}),
    ("Talks between North and South Sudan stalled over oil fees in 2012.", {"SDN", "SSD"}),
    # a compass word before "and" that names no state half stays a word
    ("Rain fell in the north and South Korea's capital flooded.", {"KOR"}),
], ids=["north-and-south-korea", "north-comma-south-korea-headline", "south-and-north-korea",
        "north-and-south-sudan", "lower-case-north-is-no-state"])
def test_the_first_half_of_an_elliptical_pair_names_a_state(text, expected):
    assert _codes(text, date="2012-06-01") == expected


@pytest.mark.parametrize("text, speaker, date, expected", [
    ("The Kingdom also supports a solution that protects Egypt's water rights.", "SAU", "2021-09-20", {"SAU", "EGY"}),
    ("The Kingdom also supports a solution that protects Egypt's water rights.", None, "2021-09-20", {"EGY"}),
    ("Israel continues to kill our brotherly Palestinian people.", "JOR", "2002-10-01", {"ISR", "PSE"}),
    ("The Kingdom of Spain continues to occupy Ceuta and Melilla.", "MAR", "1985-09-30", {"ESP"}),
    ("Palestine has met the requirements for full membership in this organization.", "ARE", "2024-09-20",
     {"PSE", "UN"}),
    ("Palestine has met the requirements for full membership in this organization.", None, "2024-09-20", {"PSE"}),
    ("We thank the Secretary-General for his report on Libya.", "EGY", "2019-09-20", {"EGY", "UN", "LBY"}),
    ("We thank the Secretary-General of NATO for his visit to Libya.", "EGY", "2019-09-20", {"EGY", "NATO", "LBY"}),
    ("Israel must abide by the resolutions of the General Assembly.", "LBN", "1955-09-20", {"ISR", "UN"}),
    # (stop 32) in a speech the Assembly addressed is the UN, as the codebook and both pairs of UN coders have it
    ("I congratulate the President of the General Assembly.", "LBN", "1955-09-20", {"LBN", "UN"}),
    ("I declare here to the Assembly that Iran will not be the first to violate the agreement.", "IRN",
     "2017-09-20", {"IRN", "UN"}),
    ("The holding of hostages in Iran is not an item on the agenda of this Assembly.", "USA", "1980-09-20",
     {"IRN", "UN"}),
    ("The National Assembly of Kuwait voted.", "KWT", "1990-09-20", {"KWT"}),
    ("Israel keeps building settlements on the Golan Heights.", None, "2012-03-01", {"ISR", "SYR"}),
    ("The Peiping regime exports subversion to Burma and Nepal.", "CHN", "1967-09-20", {"CHN", "MMR", "NPL"}),
    ("Zionist gangs have made it a pretext for their raids on Lebanon.", "LBY", "1972-09-20", {"ISR", "LBN"}),
    ("Egypt welcomes the CSCE and hopes Europe's example will spread.", "EGY", "1980-09-20", {"EGY", "OSCE"}),
    ("Tiirkiye continues to refuse the results of those meetings.", "SYR", "2022-09-20", {"TUR"}),
    ("J&K: four IEDs recovered, one LeT militant arrested", None, "2023-07-02", {"IND", "LET"}),
    ("The Jammu and Kashmir Liberation Front called a strike.", None, "1995-07-02", set()),
    ("India and Pakistan both claim Kashmir.", None, "2019-08-05", {"IND", "PAK"}),
], ids=["kingdom-speaker", "kingdom-no-speaker", "our-brotherly-is-no-target", "kingdom-of-spain", "this-organization", "this-organization-news",
        "secretary-general", "secretary-general-of-nato", "resolutions-of-the-assembly", "assembly-addressed", "the-assembly",
        "this-assembly", "national-assembly", "golan",
        "peiping", "zionist-gangs", "csce", "tiirkiye-ocr", "j-and-k", "jklf-not-a-state", "bare-kashmir"])
def test_un_speech_actors_of_stop_31(text, speaker, date, expected):
    assert _codes(text, speaker=speaker, date=date) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    # the SPLA is a rebel movement against Sudan until South Sudan's independence, then its army
    ("Sudan and the SPLA signed a peace deal in Nairobi.", "2005-01-09", {"SDN", "SPLA", "KEN"}),
    ("SPLA soldiers clashed with Sudanese troops in Heglig.", "2012-04-10", {"SSD", "SDN"}),
    ("Sudan People's Liberation Movement leaders met Sudanese officials.", "2004-05-26", {"SPLA", "SDN"}),
    # other armed groups and a body of challenge set 8
    ("LURD rebels shelled Monrovia as ECOWAS mediators met in Accra.", "2003-07-20", {"LURD", "LBR", "ECOWAS", "GHA"}),
    ("NLA guerrillas attacked Macedonian police near Tetovo.", "2001-03-22", {"NLA", "MKD"}),
    ("Commonwealth leaders suspended Nigeria over the executions.", "1995-11-11", {"COMMONWEALTH", "NGA"}),
    # and of challenge set 9: Kabila's AFDL is a rebel alliance until it takes Kinshasa, then the Congo's rulers
    ("Tupac Amaru rebels seized the Japanese ambassador's residence in Lima.", "1996-12-20", {"MRTA", "JPN", "PER"}),
    ("French troops fought Ansar Dine fighters in Mali.", "2013-01-15", {"FRA", "ANSARDINE", "MLI"}),
    ("AFDL rebels took Kisangani from Zaire's army.", "1997-03-16", {"AFDL", "COD"}),
    ("AFDL troops clashed with Rwandan Hutu militia.", "1997-08-01", {"COD", "RWA"}),
    # the bare word is no body: games, banks and US states are called Commonwealth too
    ("Kenya topped the medal table at the Commonwealth Games.", "2006-03-20", {"KEN"}),
    ("The Commonwealth of Massachusetts sued Japan Tobacco.", "2006-03-20", {"USA"}),
], ids=["spla-before-independence", "spla-after-independence", "splm", "lurd", "nla", "commonwealth-leaders",
        "mrta", "ansar-dine", "afdl-rebels", "afdl-rulers",
        "commonwealth-games", "commonwealth-of-massachusetts"])
def test_armed_movements_and_bodies_of_challenge8(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize(("text", "speaker", "kin"), [
    # "that brotherly country" is the state just named, in the sentence or the one before
    ("We call for a political solution in the Sudan and for peace in that brotherly country.", "MRT", {"SDN"}),
    ("Lebanon has suffered greatly. We stand by this sisterly nation.", "JOR", {"LBN"}),
    ("Iraq and Syria were named. We stand by this sisterly nation.", "JOR", {"SYR"}),
    # with no state named before, no kin
    ("We thank that brotherly country for its help.", "EGY", set()),
])
def test_a_kin_country_is_the_state_just_named(text, speaker, kin):
    got = _article_mentions(text, "2020-09-20", speaker=speaker)
    assert set(got.loc[got["actor_id"].str.endswith("_KIN"), "country"]) == kin


# ---- sports clubs, athletes and peoples named like states (stop 33, read from AG News sports items)
@pytest.mark.parametrize(("text", "date", "codes"), [
    # a club named after a people, in a baseball story
    ("Jake Westbrook pitched eight innings and the Yankees beat the Indians 6-2 in the opener of a doubleheader.",
     "2005-07-01", set()),
    # India's cricket team stays India
    ("The Indians were bowled out for 210 on the third day of the second Test against Australia.", "2004-10-01",
     {"IND", "AUS"}),
    # native peoples of the Americas are no Indians of India (their own state is named)
    ("A lawsuit brought by Ecuadorean Indians accuses the oil firm of poisoning rivers.", "2004-10-01", {"ECU"}),
    ("West Indians celebrated in the streets after the final.", "2004-10-01", set()),
    # a college team named after its US state, beside other states
    ("No. 9 Georgia held off Arkansas 27-24 as its quarterback threw for 300 yards.", "2004-10-01", {"USA"}),
    # an athlete who shares a surname with a prime minister is not him
    ("Peyton Manning threw four touchdown passes in the second half.", "2004-10-01", set()),
], ids=["indians-club", "indians-cricket", "ecuadorean-indians", "west-indians", "georgia-college", "peyton-manning"])
def test_sports_clubs_athletes_and_peoples_named_like_states(text, date, codes):
    assert _codes(text, date=date) == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("Kayapo Indians blocked the highway to protest against the dam.", set()),
    ("Ashaninka Indians from Peru crossed the border into Brazil.", {"PER", "BRA"}),
    ("Muslim Indians marched in Delhi on Friday.", {"IND"}),
    ("Oil rose as Brent crude climbed above 80 dollars a barrel.", set()),
    ("He won the Tour de France for a third time.", set()),
], ids=["kayapo", "ashaninka", "muslim-indians", "brent-crude", "tour-de-france"])
def test_peoples_benchmarks_and_races_named_like_states(text, codes):
    assert _codes(text, date="2010-06-01") == codes


@pytest.mark.parametrize("text, speaker, date, expected", [
    # a speech's paragraph opened by a preposition or a participle: no name before the state
    ("Concerning Venezuela, collective action must enable the upholding of democracy.", "FRA", "2017-09-19",
     {"VEN"}),
    ("Regarding Yemen, we affirm our support for legitimacy in that country.", "MRT", "2019-09-25",
     {"YEM", "MRT"}),
    ("Addressing Iran, the minister spoke of the islands.", None, "1994-09-30", {"IRN"}),
    # the Organisation of the Islamic Conference by its short name (until 2011)
    ("Mr. Habib Chatti, the Secretary-General of the Islamic Conference, went to Tehran.", None, "1980-10-01",
     {"OIC", "IRN"}),
])
def test_speech_openers_and_the_islamic_conference(text, speaker, date, expected):
    assert _codes(text, speaker=speaker, date=date) == expected


def test_a_surname_before_a_state_still_hides_it():
    # a capitalised word that is no opener of the sentence stays a name ("Paul Chad" is a person)
    assert "TCD" not in _codes("The singer Paul Chad performed in Paris.", date="2020-01-01")


@pytest.mark.parametrize("text, date, absent, present", [
    # a currency before an amount, a people of antiquity or myth (the ninth AG News development set)
    ("The deal is worth US $75 million, the firm said in Beijing.", "2004-10-01", {"USA"}, {"CHN"}),
    ("In 360 B.C. the Greek philosopher Plato described an island he called Atlantis.", "2004-10-01", {"GRC"}, set()),
    ("Chinese mythology tells of a jade emperor.", "2004-10-01", {"CHN"}, set()),
    ("The US said it would pay $75 million to Greece.", "2004-10-01", set(), {"USA", "GRC"}),
    ("The Greek government said Athens would not back down.", "2004-10-01", set(), {"GRC"}),
])
def test_currencies_and_peoples_of_antiquity_are_no_states(text, date, absent, present):
    got = _codes(text, date=date)
    assert not (absent & got)
    assert present <= got


@pytest.mark.parametrize("text, codes", [
    ("Japan Offers Thailand $4 bln Loan as Baht Crisis Deepens", {"JPN", "THA"}),
    ("The United States gave Egypt $2 billion in military aid.", {"USA", "EGY"}),
])
def test_a_state_named_before_an_amount_stays_the_state(text, codes):
    # only an abbreviation before "$" is a currency ("US $75 million")
    assert _codes(text, date="2004-01-01") == codes


@pytest.mark.parametrize(("text", "expected"), [
    # a case taken to The Hague goes to the courts sitting there, not to the Dutch state
    ("Argentina threatened to take the dispute to The Hague.", {"ARG"}),
    ("Serbia said the case would be brought before The Hague.", {"SRB"}),
    # named as the place a court sits, the capital marks its state as any capital does
    ("The UN tribunal in The Hague said it would hear the case in May.", {"UN", "NLD"}),
    ("Indonesian ministers flew to The Hague for talks with the Dutch government.", {"IDN", "NLD"}),
], ids=["dispute-to", "brought-before", "tribunal-in", "talks-in"])
def test_the_hague_as_the_courts_or_as_the_netherlands(text, expected):
    assert _codes(text, date="2004-10-01") == expected


@pytest.mark.parametrize(("text", "codes"), [
    # a comma list of states is no town placed in a state
    ("Two states (France, Germany) abstained.", {"FRA", "DEU"}),
    ("The violence in Israel, Gaza and the West Bank worsened.", {"ISR", "PSE"}),
    ("The ministers of Georgia, Russia and Armenia met in Paris, France.", {"GEO", "RUS", "ARM", "FRA"}),
    ("He was born in Lima, Peru, and moved to Santiago, Chile.", {"PER", "CHL"}),
    ("Kodak eliminating nearly 900 jobs in England, France", {"GBR", "FRA"}),
    ("Atlantis evidence found in Spain, Ireland", {"ESP", "IRL"}),
], ids=["parenthesis", "gaza-list", "three-states", "same-state", "region-and-state", "two-states-headline"])
def test_a_list_of_states_is_not_a_placed_town(text, codes):
    assert _codes(text, date="2014-07-14") == codes


@pytest.mark.parametrize(("text", "date", "code"), [
    # out of office, a person stands for the office held last before the date
    ("Bachelet left office in March.", "2010-05-04", "CHL"),
    ("Michelle Bachelet's office published a report on Venezuela.", "2019-07-04", "UN"),
    ("Navi Pillay accused Syria of crimes against humanity.", "2012-03-02", "UN"),
    ("Air Force One touched down in Hanoi.", "2016-05-23", "USA"),
], ids=["former-president", "high-commissioner", "pillay", "air-force-one"])
def test_people_resolve_by_the_office_of_the_date(text, date, code):
    # (through the pipeline's actor step: a former office holder is kept at a lower confidence)
    assert code in set(_article_mentions(text, date)["country"])


@pytest.mark.parametrize("text, date, expected", [
    ("Korea is a test, not only of our courage but of the firmness of our will.", "1952-10-16", {"KOR"}),
    ("Korea and Singapore sealed a free-trade agreement yesterday.", "2004-11-29", {"KOR", "SGP"}),
    ("Hyundai Motor, Korea's largest carmaker, opened a plant in Alabama.", "2005-05-20", {"KOR", "USA"}),
    ("Shares of Korea Electric Power rose on the Seoul bourse.", "2004-06-01", {"KOR"}),   # Seoul, not the firm
    ("The ferry crossed the Korea Strait in a storm.", "2004-06-01", set()),
    ("The Twelve condemn the occupation of Kuwait by Iraq.", "1990-09-25", {"EU", "KWT", "IRQ"}),
    ("The Nine have followed the talks closely.", "1977-09-26", {"EU"}),
    ("The Twelve condemn the attack.", "2010-09-25", set()),               # not in the years of twelve members
    ("He keeps the Ten Commandments.", "1983-04-01", set()),
    ("The Conference on Security and Cooperation in Europe meets in Madrid.", "1980-09-25", {"OSCE", "ESP"}),
    ("The Committee of Twenty-Four heard petitioners from Gibraltar.", "1967-10-10", {"UN", "GBR"}),
    ("The Economic Commission for Latin America met in Santiago.", "1948-06-01", {"UN", "CHL"}),
    ("France holds that the leaders of the Federal Republic must recognise the frontiers.", "1968-10-01",
     {"FRA", "DEU"}),
    ("France holds that the leaders of the Federal Republic must recognise the frontiers.", "1999-10-01", {"FRA"}),
], ids=["korea-1952", "korea-and-singapore", "korea-s-carmaker", "korea-in-a-firm", "korea-strait",
        "the-twelve", "the-nine", "the-twelve-out-of-its-years", "ten-commandments", "csce-unhyphenated",
        "committee-of-24", "ecla", "federal-republic-1968", "federal-republic-after-unification"])
def test_bare_korea_the_ec_by_its_size_and_un_bodies_of_the_general_debate(text, date, expected):
    assert _codes(text, date=date) == expected


def test_bare_korea_is_left_out_where_the_article_names_north_korea():
    m = _article_mentions("Powell calls for more Korea talks. US Secretary of State Colin Powell asked North "
                          "Korea to resume nuclear talks.", "2004-10-25")
    assert set(m["country"]) == {"USA", "PRK"}


@pytest.mark.parametrize("text, date, expected", [
    ("Rep. French Hill, an Arkansas Republican, introduced a bill to bar Iran from the U.S. financial system.",
     "2016-05-18", {"USA", "IRN"}),
    ("Rapper French Montana pushed back the release of his second album.", "2015-09-21", set()),
    ("Avianca's controlling shareholder German Efromovich said the airline would order more jets.", "2011-06-14",
     set()),
    ("The French President met the German Chancellor in Berlin.", "2011-06-14", {"FRA", "DEU"}),
    ("Google priced its offering after an unusual Dutch auction drew weak demand.", "2004-08-19", set()),
    ("Detectives found a Manila envelope stuffed with cash in the freezer.", "2008-11-20", set()),
    ("The chef's beef Wellington remains the most ordered dish.", "2015-12-09", set()),
    ("The bank promised to keep a Chinese wall between its analysts and its deal-makers.", "1998-10-07", set()),
    ("Downing Street said the prime minister had spoken to the Taoiseach.", "2010-06-15", {"GBR", "IRL"}),
    ("Hellenic Navy frigates shadowed Turkish warships near the Imia islets.", "1996-01-30", {"GRC", "TUR"}),
    ("The Hashemite Kingdom and Israel signed a peace treaty in the Arava valley.", "1994-10-26",
     {"JOR", "ISR"}),
    ("Rawalpindi rejected suggestions that its spy agency had sheltered the fugitive.", "2011-05-09", {"PAK"}),
    ("President Donald Trump said the United States would withdraw from the Paris climate agreement.",
     "2017-06-01", {"USA"}),
    ("Turkey must still meet the Copenhagen criteria before joining.", "2005-10-04", {"TUR"}),
], ids=["rep-french-hill", "rapper-french-montana", "shareholder-german-efromovich", "french-president",
        "dutch-auction", "manila-envelope", "beef-wellington", "chinese-wall", "taoiseach", "hellenic-navy",
        "hashemite-kingdom", "rawalpindi", "paris-climate-agreement", "copenhagen-criteria"])
def test_stop_40_probe_sentences(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize("text, date, expected", [
    ("Gilberto Teodoro said the coast guard would stay on the shoal.", "2023-08-10", {"PHL"}),
    ("Dendias flew to Washington for talks on the F-35.", "2023-11-20", {"GRC", "USA"}),
    ("Pavlo Lebedev said the fleet agreement stood.", "2013-05-01", {"UKR"}),
], ids=["teodoro-philippines", "dendias-greece", "lebedev-ukraine"])
def test_defence_ministers_of_the_gap_file_resolve_on_their_dates(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize("text, date, expected", [
    ("Mohamed ElBaradei's inspectors found traces of enriched uranium at Natanz, diplomats said.", "2003-08-26",
     {"IAEA", "IRN"}),
    ("Inspectors returned to Yongbyon on Tuesday.", "2007-07-17", {"PRK"}),
    ("Conan, the Belgian Malinois injured in the raid, was honoured at the White House.", "2019-11-25", {"USA"}),
], ids=["natanz", "yongbyon", "belgian-malinois"])
def test_nuclear_sites_name_their_state_and_a_dog_breed_does_not(text, date, expected):
    assert _codes(text, date=date) == expected


def test_a_state_recognised_on_the_eve_of_its_independence_keeps_its_own_code():
    assert _codes("Sudan recognised South Sudan as a sovereign state on Friday.", date="2011-07-08") == {"SDN", "SSD"}
    # before the window, or in a sentence of no recognition, it is still the region of its old state
    assert _codes("Sudan recognised South Sudan as a sovereign state on Friday.", date="2010-07-08") == {"SDN"}
    assert _codes("South Sudan's army clashed with northern troops.", date="2011-07-01") == {"SDN"}


@pytest.mark.parametrize(("text", "date", "codes"), [
    ("Nasser Al-Khelaifi was re-elected chairman of the club on Monday.", "2019-09-01", set()),
    ("The animated comedy Madagascar topped the weekend box office.", "2005-05-30", set()),
    ("Jordan scored 38 points as Chicago won the NBA final.", "1997-06-13", set()),
    ("The oil cartel agreed to cut output by a million barrels a day.", "2016-11-30", {"OPEC"}),
    ("Managers accused the unions of Spanish practices that cost the paper millions.", "1995-01-10", set()),
    ("Israel Strikes Gaza, Hamas Fires Rockets", "2021-05-11", {"ISR", "PSE", "HAMAS"}),
], ids=["given-name-before-al", "comedy-title", "player-in-a-league", "oil-cartel", "idiom", "rockets-no-league"])
def test_people_titles_and_leagues_of_stop_41_probes(text, date, codes):
    assert _codes(text, date=date) == codes


@pytest.mark.parametrize(("text", "year", "speaker", "codes"), [
    # the speaker by an inclusive or possessive first person only
    ("Let us not reward the invasion of a neighbour by seating its puppets.", "1980", "THA", {"THA"}),
    ("Thousands of refugees from the fighting in Liberia now live among us.", "1991", "CIV", {"CIV", "LBR"}),
    ("The cyclone struck our coasts in May, and Japan sent relief within days.", "1991", "BGD", {"BGD", "JPN"}),
    ("Our gratitude goes to Brazil, which sent doctors to the island.", "2010", "HTI", {"HTI", "BRA"}),
    # not the speaker: another people named after "our", another body called an Organization
    ("Israel continues to kill our brotherly Palestinian people.", "1988", "DZA", {"ISR", "PSE"}),
    ("Saudi Arabia and its partners in the Organization of Petroleum Exporting Countries met in Vienna.", "1973",
     "KWT", {"SAU", "OPEC", "AUT"}),
    # East Pakistan before December 1971 is Pakistan's province
    ("Refugees have fled from East Pakistan into India.", "1971", "SWE", {"PAK", "IND"}),
], ids=["let-us", "among-us", "our-coasts", "our-gratitude", "our-brotherly-other", "organization-of", "east-pakistan"])
def test_the_speaker_by_our_and_us_and_speech_names(text, year, speaker, codes):
    assert _codes(text, date=f"{year}-09-20", speaker=speaker) == codes


@pytest.mark.parametrize(("text", "year", "codes"), [
    # a continent no state governs
    ("I have not yet visited Antarctica, but Chile has a base there.", "2017", {"CHL"}),
    # the group's full name holds the state it fights in
    ("Syria will separate groups such as the Islamic State in Iraq and the Levant from the others.", "2017",
     {"SYR", "ISIS"}),
    ("The Islamic State of Iraq claimed the bombing, Jordan said.", "2007", {"ISIS", "JOR"}),
    # processes named after their venues
    ("With regard to the Astana and Geneva tracks, the Syrian Government has shown it is serious.", "2017",
     {"SYR"}),
    ("Turkey said the Minsk format had failed.", "2021", {"TUR"}),
    # communities of one origin inside another state
    ("We hope the Greek and Turkish communities of Cyprus will settle their differences.", "1976", {"CYP"}),
    ("The Chinese community in Indonesia marked the new year.", "2019", {"IDN"}),
    # ... while the states themselves still count
    ("Greece and Turkey met over Cyprus.", "1976", {"GRC", "TUR", "CYP"}),
], ids=["antarctica", "isil-full-name", "isi-2007", "astana-geneva-tracks", "minsk-format",
        "communities-of-cyprus", "community-in", "states-themselves"])
def test_continents_group_names_processes_and_communities_of_stop_42(text, year, codes):
    assert _codes(text, date=f"{year}-09-20") == codes


@pytest.mark.parametrize(("text", "year", "speaker", "codes"), [
    ("Palestinian land on the West Bank of the Jordan river must be returned.", "1982", None, {"PSE"}),
    ("Syria supports an independent State on their own land, with Jerusalem as its capital.", "2015", None,
     {"SYR"}),
    ("We urge the States in our region to avoid escalation.", "2023", "SAU", {"SAU"}),
    ("The States of the European Community failed to act, Saudi Arabia said.", "1994", None, {"EU", "SAU"}),
    ("He lived in the States in 1990 before returning to Ghana.", "1995", None, {"USA", "GHA"}),
    ("We are encouraged by the tireless efforts of the Secretary- General.", "1984", "DZA", {"DZA", "UN"}),
    ("We welcome the Gambia, the Maldive Islands and Singapore as new Members.", "1965", "LBY",
     {"LBY", "GMB", "MDV", "SGP"}),
    ("Through its chairmanship of the African Peace and Security Council, Egypt seeks peace.", "2016", None,
     {"AU", "EGY"}),
    ("We hope the contacts between the Greek and Turkish Cypriot communities will succeed.", "1988", "SYR",
     {"SYR", "CYP"}),
], ids=["jordan-river", "jerusalem-as-its-capital", "the-states-in-our-region", "the-states-of",
        "back-in-the-states", "secretary-general-line-break", "maldive-islands", "african-psc",
        "greek-and-turkish-cypriot"])
def test_rivers_claimed_capitals_states_in_general_and_old_names(text, year, speaker, codes):
    assert _codes(text, date=f"{year}-09-20", speaker=speaker) == codes


def test_a_conference_named_after_its_city_names_no_state():
    assert _codes("Lebanon praised the spirit of the Bandung Conference and the Belgrade Conference.",
                  date="1961-09-25") == {"LBN"}
    assert _codes("Delegates met in Belgrade for the conference of non-aligned states.", date="1961-09-01") == {"SRB"}


@pytest.mark.parametrize(("text", "year", "codes"), [
    ("Egypt was elected to chair the Group of 77 and China for 2019.", "2018", {"EGY"}),
    ("We strive to increase our contacts with the countries of the American continent, Spain said.", "1986",
     {"ESP"}),
    ("Crown Prince Fahd presented his eight-point plan.", "1981", {"SAU"}),
    ("The Islamic Summit Conference met in Casablanca under King Hassan II.", "1984", {"OIC", "MAR"}),
], ids=["g77-and-china", "american-continent", "crown-prince-fahd", "islamic-summit-conference"])
def test_blocs_continents_and_princes_of_the_fifth_un_set(text, year, codes):
    assert _codes(text, date=f"{year}-09-20") == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("Israel protests this body's silence.", {"ISR", "UN"}),
    ("We thank this august body for its support.", {"ISR", "UN"}),
    ("This body of water is shared by Iran and Iraq.", {"IRN", "IRQ"}),
], ids=["this-body", "this-august-body", "body-of-water"])
def test_this_body_in_a_speech_is_the_assembly(text, codes):
    assert _codes(text, date="2015-10-01", speaker="ISR") == codes


@pytest.mark.parametrize(("text", "year", "codes"), [
    ("A settlement will ensure the peaceful coexistence of the Greek and Turkish communities within a federal "
     "system, Cyprus said.", "1977", {"CYP"}),
    ("King Fahd appealed to the representatives of the States gathered together here.", "1985", {"SAU"}),
    ("We thank Mr. Paul Lusaka of the sister Republic of Zambia.", "1985", {"ZMB"}),
], ids=["communities-within", "the-states-gathered", "paul-is-no-king"])
def test_communities_states_gathered_and_given_names_of_the_seventh_un_set(text, year, codes):
    assert _codes(text, date=f"{year}-09-20") == codes


# ---------------------------------------------------------------- the Assembly's President in a speech

@pytest.mark.parametrize(("text", "year", "speaker", "codes"), [
    # "your country" where the speaker addresses the President: the President's state that year
    ("Allow me, Sir, to congratulate you on your election. The Assembly is honouring your country, with which "
     "Tunisia maintains friendly relations.", "1984", "TUN", {"TUN", "UN", "ZMB"}),
    ("I congratulate you, Madam President, and your fraternal country on your election to the presidency.",
     "2006", "SYR", {"SYR", "BHR"}),
    # by name: this session's President, or the last one's, thanked by the next speakers
    ("France hails the unanimity which has made Mr. Belaunde the outstanding figure of the year.", "1959", "FRA",
     {"FRA", "PER"}),
    ("Tunisia thanks Mr. Malik for his able guidance of the last session.", "1972", "TUN", {"TUN", "IDN"}),
    ("We thank Ambassador Insanally for presiding over our work.", "1994", "JOR", {"JOR", "GUY"}),
    # "your country" said to someone else: no President's state
    ("We will not yield the future of your country to terrorists and extremists.", "2006", "USA", {"USA"}),
    ("The Secretary-General, you were the Permanent Representative of your country when we served together.",
     "1989", "USA", {"USA", "UN"}),
    # a family name without a title, or another year's President, names nobody
    ("Malik spoke of the crisis in Lebanon, Tunisia said.", "1972", "TUN", {"TUN", "LBN"}),
], ids=["your-country-1984", "your-fraternal-country-2006", "mr-belaunde-1959", "outgoing-malik-1972",
        "ambassador-insanally-1994", "your-country-to-a-people", "your-country-to-the-secretary-general",
        "bare-family-name"])
def test_the_assembly_president_and_your_country_in_a_speech(text, year, speaker, codes):
    assert _codes(text, date=f"{year}-01-01", speaker=speaker) == codes


def test_your_country_in_news_is_no_assembly_president():
    # outside a speech nobody is addressed: "your country" in a quote names no state
    assert _codes("\"Your election is a tribute to your country,\" Morocco told the new president.",
                  date="1984-01-01") == {"MAR"}


def test_the_assembly_presidents_table_covers_every_session():
    from helpers.gazetteer import assembly_presidents
    table = assembly_presidents()
    assert sorted(table) == list(range(1946, 1946 + len(table)))
    assert all(r["session"] == y - 1945 and r["aliases"] and r["family_names"] for y, r in table.items())
    assert (table[1984]["country"], table[1959]["country"], table[2006]["country"]) == ("ZMB", "PER", "BHR")


@pytest.mark.parametrize(("text", "year", "speaker", "codes"), [
    ("The admission of Transjordan and Israel to membership in the United Nations.", "1948", "USA",
     {"JOR", "ISR", "UN"}),
    ("There is the critical situation in Angola and in the two Rhodesias.", "1962", "TUN", {"AGO", "ZMB", "ZWE"}),
    ("Violence, of which our Ambassador to Lebanon recently became a victim, brings no peace.", "1981", "FRA",
     {"FRA", "LBN"}),
    ("I wish to emphasize in this international body that Lebanon must be reconciled.", "1988", "SYR",
     {"SYR", "UN", "LBN"}),
    ("The projects concern the African forest in the Congo basin.", "2019", "FRA", set()),
    ("Spain favours the convocation of a European conference on security and co-operation.", "1971", "ESP",
     {"ESP", "OSCE"}),
], ids=["transjordan", "two-rhodesias", "our-ambassador", "this-international-body", "congo-basin",
        "proposed-csce"])
def test_names_of_the_eighth_un_set(text, year, speaker, codes):
    assert _codes(text, date=f"{year}-01-01", speaker=speaker) == codes


@pytest.mark.parametrize(("text", "year", "speaker", "codes"), [
    # a President's name with its accents misprinted ("Lajcák" for "Lajčák") is the same name
    ("We bring congratulations on the election of President Lajcák.", "2017", "JOR", {"JOR", "SVK"}),
    ("Chou En-lai reported on his visit to Poland and Outer Mongolia.", "1954", None, {"CHN", "POL", "MNG"}),
    ("We have normalized our relations with the People's Republic of Mongolia.", "1989", "CHN", {"CHN", "MNG"}),
    ("The Kingdom is presiding over the Arab Gulf Co-operation Council.", "1988", "SAU", {"SAU", "GCC"}),
    ("Just as the founders of this organ intended, we must work together.", "2017", "USA", {"USA", "UN"}),
    ("MINUSMA must be able to work in Mali, and the IPCC has spoken.", "2021", None, {"UN", "MLI"}),
    # an Arabic family name of origin is no state
    ("Abu Walid al-Sahrawi was killed by French forces.", "2021", None, {"FRA"}),
    ("Abu Anas al-Libi was captured by American commandos.", "2013", None, {"USA"}),
], ids=["lajcak-accents", "outer-mongolia", "pr-of-mongolia", "gulf-co-operation-council", "this-organ",
        "un-missions-and-ipcc", "nisba-sahrawi", "nisba-libi"])
def test_names_of_the_ninth_un_set(text, year, speaker, codes):
    assert _codes(text, date=f"{year}-01-01", speaker=speaker) == codes


@pytest.mark.parametrize(("text", "year", "speaker", "codes"), [
    ("We renew our support for the efforts of the Democratic Republic of Korea toward reunification.", "1988",
     "SYR", {"SYR", "PRK"}),
    ("The Saharan people must exercise their right to self-determination, Algeria said.", "1978", None,
     {"DZA", "ESH"}),
    ("Aid to sub-Saharan Africa rose, France said.", "1988", None, {"FRA"}),
    ("The United States asked Moscow to halt the flow of arms to the Sandinista regime.", "1988", None,
     {"USA", "RUS", "NIC"}),
], ids=["dprk-without-peoples", "saharan-people", "sub-saharan", "sandinista-regime"])
def test_names_of_the_tenth_un_set(text, year, speaker, codes):
    assert _codes(text, date=f"{year}-01-01", speaker=speaker) == codes


@pytest.mark.parametrize(("text", "year", "speaker", "codes"), [
    ("The people of Azania will be free, Egypt said.", "1976", None, {"EGY", "ZAF"}),
    ("The Third Reich committed genocide against Soviet citizens.", "2024", "RUS", {"DEU", "RUS"}),
    ("Nazi Germany invaded Poland.", "1989", None, {"DEU", "POL"}),
    # "neo-Nazi" is no name of Germany
    ("The neo-Nazi regime in Kyiv is shelling Donbas.", "2023", "RUS", {"UKR"}),
], ids=["azania", "third-reich", "nazi-germany", "neo-nazi-kyiv"])
def test_names_of_the_eleventh_un_set(text, year, speaker, codes):
    assert _codes(text, date=f"{year}-01-01", speaker=speaker) == codes


@pytest.mark.parametrize("text, date, expected, absent", [
    # a hyphen left hanging by a stray space still splits the names
    ("We support efforts to end the Russia- Ukraine crisis.", "2022-09-20", {"RUS", "UKR"}, set()),
    ("The India -Pakistan talks resumed.", "2004-09-20", {"IND", "PAK"}, set()),
    # names of the first years of a state
    ("We congratulate the Federation of Malaya on its admission.", "1957-09-20", {"MYS"}, set()),
    ("On behalf of the United Kingdom of Libya, I thank the delegates.", "1957-09-20", {"LBY"}, {"GBR"}),
    ("Morocco chairs a segment of the Economic and Social Council this year.", "2020-09-20", {"MAR", "UN"}, set()),
], ids=["russia-space-hyphen", "india-hyphen-space", "federation-of-malaya", "united-kingdom-of-libya", "ecosoc"])
def test_stray_hyphens_early_state_names_and_ecosoc(text, date, expected, absent):
    _check_codes(text, date, expected, absent)


def test_an_assembly_president_out_of_his_earlier_office_names_his_state():
    # Mogens Lykketoft's earlier posts ended before 2015; presiding over the seventieth session he names Denmark
    m = _article_mentions("We warmly congratulate Mr. Mogens Lykketoft on his election to the presidency.",
                          "2015-09-28", speaker="DZA")
    row = m[m["country"] == "DNK"]
    assert len(row) == 1 and float(row["confidence"].iloc[0]) >= 0.9
    m = _article_mentions("Mogens Lykketoft said Denmark would help.", "2015-09-28")   # news: no such reading
    assert (m[m["surface"] == "Mogens Lykketoft"]["confidence"] < 0.9).all()


@pytest.mark.parametrize("text, date, expected", [
    # "the Rhodesias" are both, as "the two Rhodesias" are
    ("We hope for the independence of the peoples of the Rhodesias and Nyasaland.", "1962-09-20",
     {"ZMB", "ZWE", "MWI"}),
    # "that country" is the state just named
    ("The reform in Chile is a bold step, and that country can count on our support.", "2023-09-20", {"CHL"}),
], ids=["the-rhodesias", "that-country"])
def test_the_rhodesias_and_that_country(text, date, expected):
    m = _found(text, date=date)
    assert expected <= set(m["country"])
    if "that country" in text:
        assert "CHL" in set(m[m["surface"] == "country"]["country"])


@pytest.mark.parametrize("text, date, speaker, expected, absent", [
    # an epithet before a state's name is no surname ("Islamic Iran", "Arab Kuwait") ...
    ("Everyone knows that Islamic Iran was attacked and that Arab Kuwait was occupied.", "1990-09-20", None,
     {"IRN", "KWT"}, set()),
    # ... but before a city it may be one ("Arab Jerusalem" is no seat of Israel's government)
    ("The resolutions condemned the annexation of Arab Jerusalem.", "1990-09-20", None, set(), {"ISR"}),
    # a stray quotation mark opening a speech paragraph opens no quotation
    ('"In this context, we have spared no effort to send aid to Rwanda.', "1994-09-20", "TUN", {"TUN", "RWA"}, set()),
    ('"We will never give up," the minister of Chad said.', "1994-09-20", "TUN", {"TCD"}, {"TUN"}),
    # "this institution" and "the world Organization" in a General Debate speech are the UN
    ("Rarely have the foundations of this institution been shaken so strongly.", "2022-09-20", "ESP", {"UN"}, set()),
    ("The world Organization has tried to deal with the question of Palestine.", "1967-09-20", "SAU", {"UN", "PSE"},
     set()),
], ids=["islamic-iran-arab-kuwait", "arab-jerusalem", "stray-opening-quote", "closed-quote", "this-institution",
        "world-organization"])
def test_state_epithets_stray_quotes_and_the_un_in_speeches(text, date, speaker, expected, absent):
    m = _article_mentions(text, date, **({"speaker": speaker} if speaker else {}))
    got = set(m["country"])
    assert expected <= got and not (absent & got), got


@pytest.mark.parametrize("text, date, speaker, expected, absent", [
    # the UN a speech is given to, with praise between the determiner and its name
    ("Member States of this noble and important Organization must pay what they owe.", "1996-09-20", "ESP",
     {"UN"}, set()),
    ("If the international Organization is to meet its duties, it needs money.", "1961-09-20", "IRL", {"UN"}, set()),
    ("Two years ago I told your august Assembly about our reforms.", "1989-09-20", "TUN", {"UN"}, set()),
    # ... but another body's name, and the same words outside a speech, are not the UN
    ("The great Organization of African Unity sent envoys to Chad.", "1980-09-20", "NGA", {"AU", "TCD"}, {"UN"}),
    ("Delegates praised this noble Organization at the Geneva summit.", "1996-05-20", None, set(), {"UN"}),
    # the Blue Helmets are the UN's peacekeepers
    ("We salute all the Blue Helmets serving in Mali.", "2016-09-20", None, {"UN", "MLI"}, set()),
    # "this house" in a speech is the Assembly too (not "this House of Commons")
    ("Thanks to the great majority of this house, the invasion of Egypt was halted.", "1956-11-20", "JOR",
     {"UN", "EGY"}, set()),
    ("This House of Commons will vote on the treaty with Ireland.", "1998-05-20", "GBR", {"IRL"}, {"UN"}),
    # Israel named "Zionist" with epithets between, as Arab delegates name it
    ("The Zionist and racist regime still occupies the Golan.", "1981-09-20", "SYR", {"ISR"}, set()),
    ("We reject the claims of the Zionist, expansionist and aggressive entity.", "1975-09-20", "LBY", {"ISR"}, set()),
    # ... but not a movement or people
    ("The Zionist and socialist movements of Europe grew after 1900.", "1975-09-20", None, set(), {"ISR"}),
    # the DPRK in another word order is North Korea, not the South
    ("The Korean People's Democratic Republic proposed reunification talks.", "1974-09-20", "RUS", {"PRK"}, {"KOR"}),
    # "this international organisation" with a small letter, "this very Assembly"; UN bodies and commissions by
    # name and acronym; the Shah by his title
    ("We welcome Liechtenstein to the membership of this international organisation.", "1990-09-20", "SAU",
     {"UN", "LIE"}, set()),
    ("Soviet officials declared in front of this very Assembly that the Jews have a right to a State.",
     "1984-09-20", "ISR", {"UN", "RUS"}, set()),
    ("Spain will join the Commission on Human Rights next year and has entered ECLA.", "1983-09-20", "ESP",
     {"UN", "ESP"}, set()),
    ("The Shahanshah and the Presidents of Pakistan and Turkey met in Istanbul.", "1964-09-20", "IRN",
     {"IRN", "PAK", "TUR"}, set()),
    ("Members of the North-Atlantic Treaty Organization gave France priority for helicopters.", "1955-09-20",
     "EGY", {"NATO", "FRA"}, set()),
    # (the second reader's sentences) an organisation praised after another is named is that one, and a
    # national commission on human rights is no UN body
    ("We welcome the work of the Organization of American States; this important organization has supported "
     "Nicaragua.", "1985-10-01", "VEN", {"OAS", "NIC"}, {"UN"}),
    ("Mexico's National Commission on Human Rights criticised the United States over border deaths.",
     "1995-10-01", None, {"MEX", "USA"}, {"UN"}),
    # "North and South Viet-Nam" as UN records of the 1960s spell it: the first half names a state too
    ("We condemn the bombing of both North and South Viet-Nam.", "1966-09-20", "RUS", {"VDR", "VNM"}, set()),
], ids=["noble-and-important-organization", "international-organization", "your-august-assembly",
        "great-organization-of-african-unity", "not-in-news", "blue-helmets", "this-house", "house-of-commons",
        "zionist-and-racist-regime", "zionist-expansionist-entity", "zionist-movements", "korean-peoples-dr",
        "this-international-organisation", "this-very-assembly", "commission-on-human-rights-and-ecla",
        "shahanshah", "north-atlantic-hyphen", "this-important-organization-after-oas",
        "national-commission-on-human-rights", "north-and-south-viet-nam"])
def test_stop48_the_un_israel_and_the_dprk_named_with_epithets(text, date, speaker, expected, absent):
    m = _article_mentions(text, date, **({"speaker": speaker} if speaker else {}))
    got = set(m["country"])
    assert expected <= got and not (absent & got), got


def test_stop48_the_two_countries_named_before_the_phrase():
    # "between the two countries" after two states named in a clause before it means them (also when they are
    # one subject), but not states named only after it, nor the antecedent of a relative clause holding it
    got = _article_mentions("The United States and China traded new tariffs on Monday. Washington blamed Beijing "
                            "for the dispute. Elsewhere, Ethiopia and Eritrea reopened their border, ending two "
                            "decades of hostility between the two countries.", "2018-09-12")
    pair = got[got["surface"] == "the two countries"]
    assert set(pair["country"]) == {"ERI", "ETH"}
    got = _article_mentions("Ethiopia and Eritrea declared an end to two decades of hostility on Monday. Ethiopia "
                            "and Eritrea will reopen embassies. The United Arab Emirates, which hosted quiet contacts "
                            "between the two governments this year, welcomed the accord.", "2018-07-09")
    pair = got[got["surface"] == "the two governments"]
    assert set(pair["country"]) == {"ERI", "ETH"}


@pytest.mark.parametrize("text, date, speaker, expected, absent", [
    # "that country ownership": a noun after "country", no state just named
    ("We welcome Ghana. We believe that country ownership is the key to development.", "2020-09-20", None,
     {"GHA"}, set()),
    # a stray opening mark beside a quoted phrase still opens no quotation
    ('" In this context, recalling the words "never again", we have spared no effort to help Haiti.',
     "2020-09-20", "FRA", {"FRA", "HTI"}, set()),
    ("She studied at the University of Malaya.", "1960-09-20", None, set(), {"MYS"}),
], ids=["that-country-ownership", "stray-mark-and-quoted-phrase", "university-of-malaya"])
def test_second_reader_cases_of_stop_44_actors(text, date, speaker, expected, absent):
    m = _article_mentions(text, date, **({"speaker": speaker} if speaker else {}))
    got = set(m["country"])
    assert expected <= got and not (absent & got), got
    if "ownership" in text:
        assert not (m["surface"] == "country").any()


@pytest.mark.parametrize(("text", "speaker", "date", "expected"), [
    # (stop 45) Arab delegates' names for Israel and its acts; the movement and its supporters stay unread
    ("The Zionists in occupied Palestine receive arms from abroad.", "LBY", "1986-09-20", {"ISR", "PSE"}),
    ("Zionist aggression against Lebanon has not stopped.", "SYR", "1982-09-20", {"ISR", "LBN"}),
    ("The occupying Zionist Power ignores the resolutions of the Security Council.", "IRN", "2018-09-20",
     {"ISR", "UN"}),
    ("The Zionist movement held its first congress in Basel.", None, "1997-08-29", {"CHE"}),
    ("Christian Zionists from Texas toured Jerusalem.", None, "2018-05-14", {"USA", "ISR"}),
    # the bare plural names people: only "the Zionists" is Israel
    ("Anti-Zionists marched through London on Saturday.", None, "2019-03-30", {"GBR"}),
    ("Theodor Herzl and the early Zionists met in Basel.", None, "1997-08-29", {"CHE"}),
], ids=["the-zionists", "zionist-aggression", "occupying-zionist-power", "zionist-movement", "christian-zionists",
        "anti-zionists", "early-zionists"])
def test_zionist_names_for_israel(text, speaker, date, expected):
    assert _codes(text, speaker=speaker, date=date) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    # "the occupying Power" is the state the article names as the occupier: the last one before it ...
    ("Israel, the occupying Power, builds settlements. The occupying Power must halt them.", "2015-09-20",
     ["ISR", "ISR"]),
    ("Kuwait, occupied by Iraq, suffers. The occupying forces loot its cities.", "1990-09-20", ["IRQ"]),
    ("The Soviet occupation of Afghanistan goes on. The occupiers bomb its villages.", "1985-09-20", ["RUS"]),
    ("South Africa's illegal occupation of Namibia goes on. The occupation authorities arrest its leaders.",
     "1985-09-20", ["ZAF"]),
    # ... or, in an article on Palestine, Jerusalem or the Golan that names no occupier, Israel
    ("The occupying authorities continue to build settlements in occupied Jerusalem and demolish Palestinian "
     "homes.", "2020-09-20", ["ISR"]),
    ("Indonesian-occupied East Timor suffered. The occupying forces killed hundreds.", "1991-11-12", ["IDN"]),
    ("Indonesia's occupation of East Timor went on. The occupying forces killed hundreds.", "1991-11-12", ["IDN"]),
    # the occupied is no occupier: a demonym before "occupied", a possessive without "of"
    ("Israel must leave the Lebanese occupied territories. The occupying Power defies the Council.", "1990-09-20", []),
    ("Palestine's occupation must end. The occupying Power builds settlements in Gaza.", "2015-09-20", ["ISR"]),
    # and nothing where the article names no occupier and is not about Palestine
    ("The occupying forces must withdraw from Namibia.", "1985-09-20", []),
    # nor a description that names its state itself
    ("The occupying forces of Morocco left the territory.", "1976-09-20", []),
], ids=["apposition", "occupied-by", "soviet-occupation", "south-africa", "palestine-default", "hyphen-occupied",
        "possessive-occupation-of", "demonym-occupied-territories", "possessive-occupied", "no-occupier", "of-names-it"])
def test_the_occupying_power_is_the_named_occupier(text, date, expected):
    m = _article_mentions(text, date)
    assert list(m.loc[m["actor_id"].str.endswith("_OCCUPIER"), "country"]) == expected


def test_a_title_alias_gives_way_to_the_name_of_someone_in_office():
    # (stop 45) "Foreign Minister Ali" is the alias of a Somali minister of 2021-22; in 1991 the words run
    # into the name of Indonesia's foreign minister, Ali Alatas
    found = _found("Indonesian Foreign Minister Ali Alatas co-chaired the conference.", date="1991-10-23")
    people = found[found["kind"] == "person"]
    assert list(people["actor_id"]) == ["ali-alatas"]
    assert "SOM" not in set(found["country"])


def test_a_name_after_a_counterpart_is_that_states_person_later_too():
    m = _article_mentions("Bolivian Foreign Minister Juan Perezoso met his Chilean counterpart Ana Lorca in Lima on "
                          "Monday. Lorca later accused Perezoso of bad faith.", "2012-05-01")
    got = set(zip(m["surface"], m["country"]))
    assert {("Ana Lorca", "CHL"), ("Lorca", "CHL"), ("Perezoso", "BOL")} <= got


@pytest.mark.parametrize(("text", "date", "present", "absent"), [
    # a demonym in a language compound names the language, and the city after it stays its own state's
    ("Police in the French-speaking city of Geneva detained the diplomat's son.", "2008-07-15", {"CHE"}, {"FRA"}),
    ("The Arabic-language channel aired the Libyan leader's speech.", "2011-03-01", {"LBY"}, {"SAU", "EGY"}),
    # a ruling or a court named after The Hague is the court's, not the Dutch state's
    ("Beijing Rejects Hague Ruling on Sea Claims", "2016-07-12", {"CHN"}, {"NLD"}),
    ("A Hague court ordered the oil major to cut its emissions, Nigeria said.", "2021-05-26", {"NGA"}, {"NLD"}),
    # ... but The Hague speaking as the government stays the Netherlands
    ("The Hague said it would send two hundred troops to Mali.", "2013-11-01", {"NLD", "MLI"}, set()),
], ids=["french-speaking", "arabic-language", "hague-ruling", "hague-court", "hague-government"])
def test_stop47_languages_and_the_hague(text, date, present, absent):
    _check_codes(text, date, present, absent)


def test_a_town_named_like_a_state_in_the_dateline_is_that_town_throughout():
    m = _article_mentions("ARMENIA, Colombia (Reuters) - Spanish rescuers joined the search on Wednesday in Armenia, "
                          "the coffee town where the quake struck. President Andres Pastrana thanked Madrid.",
                          "1999-01-27")
    assert "ARM" not in set(m["country"])
    assert set(m.loc[m["surface"] == "Armenia", "country"]) == {"COL"}


def test_a_bare_surname_is_the_person_named_in_full_not_a_namesake_out_of_office():
    m = _article_mentions("TRIPOLI (Reuters) - Swiss President Hans-Rudolf Merz apologised on Thursday for the "
                          "arrest in Geneva. Libya's prime minister accepted, but two Swiss men were not on "
                          "Merz's plane home.", "2009-08-20")
    assert set(m.loc[m["surface"].str.startswith("Merz"), "country"]) == {"CHE"}


@pytest.mark.parametrize(("text", "date", "present", "absent"), [
    ("The Non-Aligned Movement condemned the aggression by the United States against the Jamahiriya.", "1986-10-01",
     {"LBY", "USA"}, set()),
    ("The peoples of Mozambique, Angola and Guinea (Bissau) resist Portuguese domination.", "1968-10-01",
     {"GNB", "MOZ", "AGO", "PRT"}, {"GIN"}),
    ("We demand the total isolation of the illegal Smith racist regime, Egypt said.", "1977-10-01", {"ZWE", "EGY"},
     set()),
    ("I regret that these words will not please Mr. Spaak, said the Syrian delegate.", "1963-10-01", {"BEL", "SYR"},
     set()),
    ("The Arab provinces of the Ottoman Empire were promised independence by Britain.", "1950-10-01", {"TUR", "GBR"},
     set()),
    ("Italy invaded Abyssinia in 1935, the Emperor told the League.", "1946-10-01", {"ITA", "ETH"}, set()),
    # "America" in a list of continents is the continent; beside one other it stays the United States
    ("They came from Africa, Asia, Oceania or America to fight for France.", "2022-09-20", {"FRA"}, {"USA"}),
    ("America and Europe must stand with Ukraine, Poland said.", "2022-09-20", {"USA", "UKR", "POL"}, set()),
], ids=["jamahiriya", "guinea-bissau-parenthesis", "smith-regime", "mr-spaak", "ottoman-empire", "abyssinia",
        "america-continent-list", "america-and-europe"])
def test_stop47_historical_names_and_continents(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize(("text", "date", "present", "absent"), [
    # a leader's title-and-surname alias that opens a longer name is someone else
    ("Soldiers shot dead the president hours after a bomb killed army chief General Batista Tagme Na Waie in "
     "Guinea-Bissau.", "2009-03-03", {"GNB"}, {"CUB"}),
    ("General Batista seized power in Havana.", "1952-03-10", {"CUB"}, set()),
    # a street named after a people is no state
    ("A mob torched Thai-owned shops along Russian Boulevard in Phnom Penh.", "2003-01-30", {"THA", "KHM"}, {"RUS"}),
    # the Miraflores palace with a lower-case "palace" is Venezuela's seat, not Lima's district
    ("Colombian President Alvaro Uribe was received at the Miraflores palace on Tuesday.", "2005-02-15",
     {"COL", "VEN"}, {"PER"}),
    # Peter Mandelson in 2005 is the EU's trade commissioner
    ("EU Trade Commissioner Peter Mandelson and Chinese Commerce Minister Bo Xilai shook hands on the deal.",
     "2005-06-11", {"EU", "CHN"}, {"GBR"}),
], ids=["general-batista-tagme", "general-batista-1952", "russian-boulevard", "miraflores-palace", "mandelson-eu"])
def test_stop47_namesakes_streets_and_seats(text, date, present, absent):
    _check_codes(text, date, present, absent)


def test_namesakes_out_of_office_are_not_found_at_all():
    # (the two cases above at any confidence: the metrics count every mention find_mentions keeps)
    m = _article_mentions("Soldiers shot dead the president hours after a bomb killed army chief General Batista "
                          "Tagme Na Waie in Guinea-Bissau.", "2009-03-03")
    assert "CUB" not in set(m["country"])
    m = _article_mentions("EU Trade Commissioner Peter Mandelson and Chinese Commerce Minister Bo Xilai shook hands "
                          "on the deal. Mandelson called it fair.", "2005-06-11")
    assert set(m.loc[m["surface"].str.contains("Mandelson"), "country"]) == {"EU"}


@pytest.mark.parametrize(("text", "date", "present", "absent"), [
    ("Egypt said Cairo would help the former Italian colony train its diplomats.", "1993-05-24", {"EGY"}, {"ITA"}),
    ("Greek army units in Macedonia and Thrace were ordered to stand down, Athens said.", "1996-01-31", {"GRC"},
     {"MKD"}),
    ("Commonwealth Secretary-General Don McKinnon met OAS chief Jose Miguel Insulza.", "2006-05-01",
     {"COMMONWEALTH", "OAS"}, {"NZL", "CHL"}),
], ids=["former-italian-colony", "macedonia-and-thrace", "secretaries-general"])
def test_stop47_colonial_pasts_regions_and_secretaries(text, date, present, absent):
    _check_codes(text, date, present, absent)


def test_kabila_in_congo_after_1997_is_the_drc():
    m = _article_mentions("Zimbabwean President Robert Mugabe has sent troops to prop up President Laurent Kabila "
                          "in Congo.", "1998-09-22")
    assert set(m.loc[m["surface"] == "Congo", "country"]) == {"COD"}


def test_secretaries_general_of_bodies_are_their_bodies_at_any_confidence():
    m = _article_mentions("Commonwealth Secretary-General Don McKinnon met OAS chief Jose Miguel Insulza.", "2006-05-01")
    assert set(m.loc[m["kind"] == "person", "country"]) == {"COMMONWEALTH", "OAS"}


@pytest.mark.parametrize(("text", "date", "present", "absent"), [
    # the second reader's sentences (stop 47)
    ("Troops from America, Britain and Australia invaded Iraq while Europe watched.", "2003-03-21",
     {"USA", "GBR", "AUS", "IRQ"}, set()),
    ("Greece lifted its embargo on Macedonia, reopening Thessaloniki port to its trucks.", "1995-10-15",
     {"GRC", "MKD"}, set()),
    ("The Hague decision to pull its troops out of Uruzgan angered Washington.", "2010-02-21", {"NLD", "USA"}, set()),
], ids=["america-britain-australia", "macedonia-and-thessaloniki", "hague-decision"])
def test_stop47_second_reader_actor_sentences(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    # the capitalised epithet of UN verbatim records and Iranian media
    ("They have made a gift of those weapons to the Zionist Government.", "2022-09-21", {"ISR"}, set()),
    ("Tehran accused the Zionist Regime of sabotage.", "2021-04-12", {"ISR", "IRN"}, set()),
    # the second half of a compound adjective keeps its state, and "General" there is no officer
    ("Cairo asked the Council to secure the Egyptian-Israel General Armistice Agreement.", "1967-05-20",
     {"EGY", "ISR"}, set()),
    # ... but a first name after an agency credit's dash is still a person's
    ("AFP - Israel Adesanya won by knockout in the second round.", "2019-10-06", set(), {"ISR"}),
    ("Reuters - Israel Adesanya won by knockout in the second round.", "2019-10-06", set(), {"ISR"}),
    # a region named after a state, in lower case
    ("Turning to the situation in the Indian sub-continent and in Cyprus, we call for restraint.", "1974-10-01",
     {"CYP"}, {"IND"}),
    ("Floods swept across the Indian subcontinent this week.", "2022-08-30", set(), {"IND"}),
], ids=["zionist-government", "zionist-regime-capital", "egyptian-israel-compound", "afp-dash-first-name",
        "reuters-dash-first-name", "indian-sub-continent", "indian-subcontinent"])
def test_stop49_actor_rows_and_compounds(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    # a fuzzy name must be close in its surname too
    ("U.S. Treasury Secretary Robert Rubin rejected the plan.", "1997-09-20", {"USA"}, {"CUB"}),
    ("yaar lapidi met Nasser Burita in Rabat.", "2021-08-11", {"ISR", "MAR"}, set()),
    # "the States" of UN records are states in general
    ("For more than six years, the States and parties that were behind the war in Syria have peddled lies.",
     "2017-09-20", {"SYR"}, {"USA"}),
    ("We propose to reduce the military budgets of the States permanent members of the Security Council.",
     "1974-10-01", {"UN"}, {"USA"}),
    ("He studied in the States and Canada.", "2017-09-20", {"USA", "CAN"}, set()),
    # a person resolves to the office held on the date
    ("OAS Secretary General Luis Almagro accused Nicaragua of repression.", "2018-07-20", {"OAS", "NIC"}, {"URY"}),
    ("Uruguay's Luis Almagro met Brazil's foreign minister.", "2012-03-01", {"URY", "BRA"}, {"OAS"}),
], ids=["rubin-not-robaina", "lapidi-still-lapid", "the-states-and-parties", "the-states-permanent-members",
        "the-states-and-canada", "almagro-at-the-oas", "almagro-in-uruguay"])
def test_stop49_fuzzy_surnames_generic_states_and_tenures(text, date, present, absent):
    _check_codes(text, date, present, absent)


def test_a_hyphenated_title_after_a_demonym_stays_a_title():
    # the compound guard of stop 49 stops only at a second state ("Egyptian-Israel"), not at "Vice-President"
    got = _article_mentions("Iranian Vice-President Hassan Habibi met Saudi officials in Riyadh.", "1995-06-01")
    roles = got[(got.country == "IRN")]
    assert "role" in set(roles.kind), roles[["surface", "kind"]]


@pytest.mark.parametrize("text, date, present, absent", [
    ("United Kingdom forces are known to be stationed in Libya, Egypt and the Bahrein Islands.", "1956-11-20",
     {"GBR", "LBY", "EGY", "BHR"}, set()),
    ("We welcome to membership Somalia, Nigeria, Togoland and the Cameroons.", "1959-09-30",
     {"SOM", "NGA", "TGO", "CMR"}, set()),
    ("The exchange rate fell to 80 afghani to the dollar in currency markets.", "2015-10-01", set(), {"AFG"}),
    ("The Afghani Has Lost A Third Of Its Value Against The Dollar", "2021-08-20", set(), {"AFG"}),
], ids=["bahrein-islands", "togoland", "afghani-currency", "afghani-currency-headline"])
def test_stop50_old_spellings_and_names(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    ("One must ask whether it is the intention of Israel to settle them in the occupied territories.", "1990-10-01",
     {"ISR", "PSE"}, set()),
    ("Israel is held responsible for whatever changes it introduces in the occupied territories.", "1976-10-01",
     {"ISR"}, {"PSE"}),
    ("Armenia must leave the occupied territories of Azerbaijan.", "1993-10-01", {"ARM", "AZE"}, {"PSE"}),
    ("Russia must leave the occupied territories, Ukraine said.", "2023-10-01", {"RUS", "UKR"}, {"PSE"}),
    ("Russia must withdraw its forces from the occupied territories. We welcome the agreements between Israel and "
     "the United Arab Emirates.", "2020-09-25", {"RUS", "ISR", "ARE"}, {"PSE"}),
    ("Israel's foreign minister said Russia must withdraw from the occupied territories in Ukraine.", "2023-02-24",
     {"ISR", "RUS", "UKR"}, {"PSE"}),
    ("Widening its pursuit of Hamas beyond the occupied territories, Israel reached into Damascus Sunday.",
     "2004-09-26", {"ISR", "PSE", "SYR"}, set()),
    ("The Ad Hoc Political Committee heard Israel and Jordan on the refugees.", "1953-10-01", {"UN", "ISR", "JOR"},
     set()),
], ids=["occupied-territories-in-a-story-on-israel", "before-sinai-was-returned", "occupied-territories-of-a-state", "occupied-territories-elsewhere", "israel-named-in-another-sentence", "another-states-occupied-territories",
        "israel-named-after",
        "ad-hoc-political-committee"])
def test_stop50_occupied_territories_and_assembly_committees(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    ("The top U.N. court ordered Russia to halt its military operations in Ukraine.", "2022-03-16",
     {"ICJ", "RUS", "UKR"}, {"UN"}),
    ("The UN's top court ruled against Colombia in its dispute with Nicaragua.", "2012-11-19", {"ICJ", "COL", "NIC"},
     {"UN"}),
    ("The United Nations' highest court ordered Myanmar to protect the Rohingya.", "2020-01-23", {"ICJ", "MMR"}, {"UN"}),
    ("The U.N. war crimes court in The Hague convicted him.", "2017-11-22", {"UN"}, {"ICJ"}),
    ("The UN court sentenced the Serbian commander, angering Belgrade.", "2017-11-22", {"UN", "SRB"}, {"ICJ"}),
    ("The European Court of Auditors (ECA) criticised Poland.", "2017-11-22", {"POL"}, {"UN"}),
], ids=["top-un-court", "uns-top-court", "united-nations-highest-court", "war-crimes-court-is-not-the-icj",
        "a-bare-un-court", "eca-is-not-the-uns"])
def test_stop51_the_un_court_and_the_ecas(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    ("Dominican Prime Minister Roosevelt Skerrit, chairman of the Caribbean Community, helped.", "2023-12-14",
     {"DMA"}, {"DOM"}),
    ("Dominican President Danilo Medina met Haitian officials.", "2015-06-14", {"DOM", "HTI"}, {"DMA"}),
    ("Cuba sent two Soviet-era MiG-21 jets to North Korea for repair.", "2013-07-16", {"CUB", "PRK"}, {"RUS"}),
    ("A Yugoslav-era law remains in force in Slovenia.", "2005-07-16", {"SVN"}, {"SRB"}),
    ("Israeli-made drones struck targets in Syria.", "2013-07-16", {"ISR", "SYR"}, set()),
], ids=["dominica-prime-minister", "dominican-republic-president", "soviet-era", "yugoslav-era", "israeli-made"])
def test_stop51_shared_demonyms_and_periods(text, date, present, absent):
    _check_codes(text, date, present, absent)


def test_stop51_an_assembly_session_is_the_un_in_a_speech():
    """ "this session", "the special session", "the thirty-seventh session" name the UN a speech is given to."""
    for text in ("At this session we must act on Namibia.", "The special session on Africa heard Britain.",
                 "This thirty-seventh session must condemn Israel.", "At the 37th session, France spoke."):
        got = _article_mentions(text, "1986-10-01", speaker="GBR")
        assert "UN" in set(got["country"]), text
    for text in ("The session of the Security Council was chaired by France.", "The present session of Parliament ended.",
                 "The session ended late."):
        got = _article_mentions(text, "1986-10-01", speaker="GBR")
        assert not got["surface"].str.contains("session", case=False).any(), text
    # in news copy (no speaker) a session is any body's
    assert "UN" not in _codes("At this session the parliament voted against Israel.", date="1986-10-01")


@pytest.mark.parametrize("text, date, present, absent", [
    ("A new impetus would be given to the Jarring mission, which is now in abeyance, Egypt said.", "1971-10-01",
     {"UN", "EGY"}, set()),
    ("The pro-government daily Magyar Nemzet said Romania had snubbed Budapest.", "2010-11-01", {"ROU", "HUN"},
     set()),
], ids=["jarring-mission", "a-newspaper-named-magyar"])
def test_stop51_a_un_mission_and_a_newspaper(text, date, present, absent):
    _check_codes(text, date, present, absent)


def test_stop52_the_assembly_by_its_hall_and_committees_in_a_speech():
    """ "this very hall", "this forum", "the Fourth Committee" name the UN a speech is given to; a bare "this
    rostrum" or "this Hall", which the development coders left out, and another body's committee do not."""
    for text in ("Israel was condemned in this very hall.", "From this forum we appeal to Iran.",
                 "Within these walls France has spoken for peace.", "The Fourth Committee heard petitioners from Namibia.",
                 "Yesterday the General Committee agreed to an item on Algeria."):
        got = _article_mentions(text, "1975-10-01", speaker="MAR")
        assert "UN" in set(got["country"]), text
    for text in ("From this rostrum Spain spoke of Gibraltar.", "In this Hall Spain spoke of Gibraltar.",
                 "The Non-Aligned Movement met in Harare, and this forum has always stood by Namibia.",
                 "The General Committee of the Communist Party of China met.", "This hall of the palace saw Spain's king."):
        got = _article_mentions(text, "1975-10-01", speaker="MAR")
        assert "UN" not in set(got["country"]), text
    # in news copy (no speaker) a hall is any hall
    assert "UN" not in _codes("Delegates from Spain met in this very hall.", date="1975-10-01")


@pytest.mark.parametrize("text, date, present, absent", [
    ("Thousands fled from the mainland to Hong Kong and Macao.", "1962-10-01", {"GBR", "PRT"}, {"CHN"}),
    ("Police in Hong Kong arrested two men wanted in Vietnam.", "1995-03-01", {"GBR", "VNM"}, {"CHN"}),
    ("Police in Hong Kong arrested two men wanted in Vietnam.", "2005-03-01", {"CHN", "VNM"}, {"GBR"}),
    ("Macau casinos drew record crowds, Portugal said.", "1998-03-01", {"PRT"}, {"CHN"}),
    ("Macau casinos drew record crowds.", "2010-03-01", {"CHN"}, {"PRT"}),
], ids=["colonies-1962", "hong-kong-1995", "hong-kong-2005", "macau-1998", "macau-2010"])
def test_stop52_a_territory_resolves_to_the_state_holding_it_on_the_date(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    ("The Soviet Union had betrayed the Geneva spirit, Britain said.", "1956-10-01", {"RUS", "GBR"}, {"CHE"}),
    ("The drive for expansion belies the spirit of Bandung, Taiwan said.", "1960-10-01", {"TWN"}, {"IDN"}),
    ("Japan voiced concern over the Beijing incident.", "1989-06-10", {"JPN", "CHN"}, set()),
    ("Delegates met in Bandung to sign a pact with Malaysia.", "1960-10-01", {"IDN", "MYS"}, set()),
], ids=["geneva-spirit", "spirit-of-bandung", "beijing-incident", "bandung-venue"])
def test_stop52_a_conferences_spirit_is_no_act_of_its_state(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize(("text", "date", "expected"), [
    # a divided nation's two states named by a noun, as General Debate speeches of the 1970s name them
    ("The admission of the two German States marks the end of an era.", "1973-09-25", {"DEU", "DDR"}),
    ("We welcome the dialogue between the two parts of Korea.", "1972-10-02", {"KOR", "PRK"}),
    ("Mauritania trusts the two States of Korea, North and South, to reunify the country.", "1985-10-01",
     {"MRT", "KOR", "PRK"}),
    ("The two Korean Governments agreed to open a hotline.", "1972-07-04", {"KOR", "PRK"}),
    ("Peace must come to both parts of Viet Nam.", "1967-10-05", {"VDR", "VNM"}),
    # (not a federal republic's own states, nor one state of the pair, nor the island's communities)
    ("Both German states' interior ministers met in Bonn.", "2001-05-03", {"DEU"}),
    ("The two parties of Korea's ruling coalition split.", "2004-04-20", {"KOR"}),
    ("The two Cypriot communities met under UN auspices.", "1980-08-09", {"CYP", "UN"}),
], ids=["two-german-states", "two-parts-of-korea", "the-two-states-of-korea", "two-korean-governments",
        "both-parts-of-viet-nam", "german-states-lower-case", "parties-of-korea", "cypriot-communities"])
def test_divided_nation_named_by_a_noun(text, date, expected):
    assert _codes(text, date=date) == expected


def test_republic_of_china_speech_before_1971_names_its_own_seat_in_taiwan():
    # the Republic of China held China's seat until resolution 2758: in its own speech Taiwan is the speaker
    text = "In Taiwan we have carried out land reform, and the Chinese Communists threaten the Strait."
    before = _article_mentions(text, "1958-09-25", speaker="CHN")
    assert set(before["country"]) == {"CHN"}
    # (another speaker's Taiwan, and the People's Republic's own speech after 1971, keep Taiwan apart)
    assert "TWN" in set(_article_mentions(text, "1958-09-25", speaker="USA")["country"])
    assert "TWN" in set(_article_mentions("Taiwan is an inalienable part of China.", "1975-09-30",
                                          speaker="CHN")["country"])


@pytest.mark.parametrize(("text", "date", "present", "absent"), [
    # the region of Vietnam, Laos and Cambodia by its adjective ("Indo-China" alone was already the region)
    ("We fought to save our sons and those of the Indo-Chinese States.", "1954-09-25", set(),
     {"CHN", "IND"}),
    ("Indo-Chinese relations soured after the border war.", "1963-01-10", {"CHN", "IND"}, set()),
    # the second of two communities named by their peoples ("the Greek and the Turkish communities")
    ("Libya hopes for an agreement that preserves the rights of both the Greek and the Turkish communities of "
     "Cyprus.", "1980-10-01", {"LBY", "CYP"}, {"GRC", "TUR"}),
    ("Talks between the Greek and the Turkish governments resumed in Geneva.", "1980-10-01", {"GRC", "TUR"},
     set()),
], ids=["indo-chinese-states", "indo-chinese-relations", "greek-and-the-turkish-communities",
        "greek-and-the-turkish-governments"])
def test_regions_and_communities_named_by_peoples(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize(("text", "date", "expected"), [
    # the UN transcripts' spellings of Viet Nam, with and without the hyphen an OCR pass lost
    ("We salute the heroic struggle of the Viet-Namese people.", "1968-10-04", {"VNM"}),
    ("We will support the fraternal VietNamese people.", "1971-10-01", {"VNM"}),
    ("Peace in VietNam remains far off.", "1971-10-01", {"VNM"}),
    ("The North Viet-Namese forces crossed the line.", "1972-10-01", {"VDR"}),
    ("I hail the delegation of GuineaBissau, our newest Member.", "1974-09-25", {"GNB"}),
], ids=["viet-namese", "vietnamese-glued", "vietnam-glued", "north-viet-namese", "guineabissau"])
def test_un_transcript_spellings_of_state_names(text, date, expected):
    assert _codes(text, date=date) == expected


@pytest.mark.parametrize(("text", "date", "present", "absent"), [
    # a ship named after its type and a comma ("the tanker, the Maltese Falcon")
    ("Guards said speedboats escorted the tanker, the Maltese Falcon, to Bandar Abbas.", "2019-07-20", {"IRN"},
     {"MLT"}),
    # a city called another place's byword
    ("A stable government will revive Beirut, once known as the Paris of the Middle East.", "2018-05-06", {"LBN"},
     {"FRA"}),
    # Georgia listed with another US state
    ("Families were sent to shelters as far away as Georgia and Utah.", "2005-09-07", {"USA"}, {"GEO"}),
    ("Moscow warned Georgia and Ukraine against joining NATO.", "2008-04-03", {"RUS", "GEO", "UKR", "NATO"}, set()),
    # a people of one state's land named after the state it lives in
    ("The pilot was shot dead from the ground by Syrian Turkmen fighters.", "2015-11-24", {"SYR"}, {"TKM"}),
    ("Macedonian Albanians protested in Skopje.", "2001-03-20", {"MKD"}, {"ALB"}),
    ("The Turkmen president met the Uzbek president in Tashkent.", "2017-03-06", {"TKM", "UZB"}, set()),
], ids=["tanker-comma-name", "paris-of-the-middle-east", "georgia-and-utah", "georgia-and-ukraine",
        "syrian-turkmen", "macedonian-albanians", "turkmen-and-uzbek-presidents"])
def test_ships_bywords_us_states_and_minorities_are_no_states(text, date, present, absent):
    _check_codes(text, date, present, absent)


def test_tripoli_is_lebanons_city_in_a_story_about_lebanon_only():
    text = "Troops set up checkpoints in the northern city of Tripoli as Lebanon voted on Sunday."
    assert set(_article_mentions(text, "2018-05-06")["country"]) == {"LBN"}
    # (Libya's capital where Libya is named, or where Tripoli acts, stays Libya's)
    assert "LBY" in set(_article_mentions("Fighting broke out in Tripoli, the Libyan capital.", "2019-04-06")[
        "country"])
    assert "LBY" in set(_article_mentions("Tripoli said Lebanon must free Hannibal Gaddafi.", "2023-08-10")[
        "country"])


def test_a_person_named_like_a_state_keeps_the_reading_where_the_article_quotes_or_describes_them():
    text = ("Imperial Household Agency spokesman Hiroshi Togo said the emperor would travel to Beijing. "
            "China is Japan's largest partner, and Togo said the visit would open a new chapter.")
    m = _article_mentions(text, "1992-10-23")
    assert "TGO" not in set(m["country"]) and {"CHN", "JPN"} <= set(m["country"])
    text = ("A court sentenced Australian economist Rowan Holland to three years in prison. "
            "Holland, who advised Aung San Suu Kyi, was detained in February.")
    assert "NLD" not in set(_article_mentions(text, "2022-09-29")["country"])
    # (", a ..." describes a state as often: "Jim Jordan ... Jordan, a key US ally")
    text = ("Republican Congressman Jim Jordan criticised the aid package. Jordan, a key US ally, would receive "
            "$1.5 billion.")
    assert "JOR" in set(_article_mentions(text, "2019-05-01")["country"])
    # (the state itself, named another way in the article, keeps its bare name)
    text = ("Spokesman Hiroshi Togo said the talks went well. Togolese officials agreed, and Togo said it would "
            "sign the accord.")
    assert "TGO" in set(_article_mentions(text, "1992-10-23")["country"])


def test_both_countries_are_the_pair_named_together_when_no_state_is_named_most():
    # three states named once each: the two set side by side are the article's main pair
    m = _article_mentions("Kenya summoned Tanzania's envoy on Friday. Uganda offered to mediate between the two "
                          "countries.", "2017-11-03")
    pair = m[m["surface"].str.contains("two countries")]
    assert set(pair["country"]) == {"KEN", "TZA"}
    # (no pair stands out: three named together, so "the two countries" stays unresolved)
    m = _article_mentions("Kenya, Tanzania and Uganda met in Arusha. The two countries signed a deal.", "2017-11-03")
    assert not m["surface"].str.contains("two countries").any()


@pytest.mark.parametrize(("text", "date", "present", "absent"), [
    # look-alikes of the stop-53 rules that must keep their reading (from a second reader's sentences)
    ("Mando and Hyundai Mobis, two Korean parts suppliers, won contracts from Ford.", "2010-05-04", {"KOR"},
     {"PRK"}),
    ("Hamburg and Cologne, the two German sides left in the UEFA Cup, both lost.", "1980-03-19", {"DEU"},
     {"DDR"}),
    ("Two German States, Bavaria and Hesse, challenged Bonn's law in court.", "1985-06-11", {"DEU"}, {"DDR"}),
    ("Both sides in Korea's railway strike met again on Monday.", "2005-03-07", {"KOR"}, {"PRK"}),
    ("The Indo-Chinese frontier had never been formally delimited, Nehru said.", "1959-09-10", {"IND", "CHN"},
     set()),
    ("North VietNamese troops remain in Cambodia.", "1971-10-01", {"VDR", "KHM"}, {"VNM"}),
    ("Five destroyers escorted the carrier, the Japanese Defense Ministry said.", "2019-05-01", {"JPN"}, set()),
    ("A Russian Kazakh border crossing was closed on Tuesday.", "2020-03-17", {"RUS", "KAZ"}, set()),
    ("Lebanon recalled its charge d'affaires from Tripoli over the disappearance of imam Musa al-Sadr.",
     "1980-08-31", {"LBN", "LBY"}, set()),
    ("Families fled to shelters in Georgia and South Carolina.", "2005-09-07", {"USA"}, {"GEO"}),
    ("A settlement must protect the Greek and the Turkish community alike.", "1980-10-01", set(), {"GRC", "TUR"}),
], ids=["korean-parts-suppliers", "german-sides", "german-lander", "sides-in-korea", "indo-chinese-frontier",
        "north-vietnamese-glued", "ministry-after-comma", "russian-kazakh-border", "tripoli-diplomats",
        "georgia-and-south-carolina", "greek-and-the-turkish-community"])
def test_look_alikes_of_the_stop_53_rules(text, date, present, absent):
    _check_codes(text, date, present, absent)


def test_pair_phrases_resolve_around_a_mediator_named_most():
    # "both capitals" names the article's pair too
    m = _article_mentions("Thai and Cambodian troops clashed on Sunday. Indonesia's foreign minister flew to both "
                          "capitals to press for a ceasefire.", "2011-02-06")
    assert set(m.loc[m["surface"] == "both capitals", "country"]) == {"THA", "KHM"}
    # a mediator named by title and name is named most, but never beside another state: the pair set side by
    # side is still "the two governments"
    m = _article_mentions("India struck Pakistan on Tuesday. Saudi minister Adel al-Jubeir said he would carry "
                          "messages between the two governments.", "2019-02-26")
    assert set(m.loc[m["surface"] == "the two governments", "country"]) == {"IND", "PAK"}


@pytest.mark.parametrize("text, date, present, absent", [
    # the Arabic name of Jerusalem in Arab states' speeches, not the Iranian town of Qods
    ("There is no peace without withdrawal from the occupied territories, including the Holy City of El-Qods.",
     "1987-10-01", {"PSE"}, {"IRN"}),
    ("Pilgrims prayed in al-Quds on Friday.", "1999-01-08", {"PSE"}, {"IRN"}),
    ("A commander of Iran's Qods Force was killed.", "2020-01-03", {"IRN"}, {"PSE"}),
    # a bare "Guinea" among Portugal's colonies before 1974 is Portuguese Guinea
    ("The peoples of the Portuguese colonies, Angola, Guinea and Mozambique, wage a stubborn struggle.",
     "1963-10-01", {"GNB", "AGO", "MOZ"}, {"GIN"}),
    ("Guinea and Ghana signed a treaty of friendship; Portugal protested.", "1963-10-01", {"GIN", "GHA"}, {"GNB"}),
    ("Guinea accused Portugal of shelling villages near Conakry and Angola.", "1969-10-01", {"GIN"}, {"GNB"}),
    ("Angola, Guinea and Mozambique met in Maputo.", "1980-10-01", {"GIN"}, {"GNB"}),
    # (a second reader's look-alikes: Iran's force by its Arabic name; the Republic of Guinea beside Portugal)
    ("Iran's al-Quds Force trained Hezbollah fighters.", "2015-06-01", {"IRN"}, {"PSE"}),
    ("Portuguese mercenaries invaded Guinea in November.", "1970-11-25", {"GIN"}, {"GNB"}),
    ("Guinea and Mali supported Angola's liberation movements.", "1970-10-01", {"GIN", "AGO"}, {"GNB"}),
])
def test_stop54_holy_city_and_portuguese_guinea(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    # look-alikes of challenge set 31: towns told as towns, an agency, a Jamaican town, a Nigerian state
    ("About 150 police were flown to the border from Liberia, the capital of the province of Guanacaste.",
     "2010-11-13", set(), {"LBR"}),
    ("Petro spoke at a rally in Armenia, capital of the coffee-growing Quindio province.", "2023-01-10",
     set(), {"ARM"}),
    ("Papandreou told state radio, according to the Cyprus News Agency, that the peoples had spoken.",
     "1999-09-08", set(), {"CYP"}),
    ("Aristide was driven to a guest house near Spanish Town.", "2004-03-15", set(), {"ESP"}),
    ("Smuggled rice undercuts farmers in Kebbi and Niger State.", "2019-08-20", set(), {"NER"}),
    ("Rabat, the capital of Morocco, hosted the talks.", "2019-08-20", {"MAR"}, set()),
    # (a second reader's look-alikes: the state itself, told as a capital of something; an agency acted on)
    ("Iraq invaded Kuwait, the capital of which fell within hours.", "1990-08-02", {"IRQ", "KWT"}, set()),
    ("Belgium, the capital of European bureaucracy, expelled a Russian diplomat.", "2018-03-27", {"BEL"}, set()),
    ("Iran expelled the Iraq News Agency correspondent.", "1985-03-01", {"IRN", "IRQ"}, set()),
    # a Taiwanese minister with a Western given name: his family name alone is him again, his given name is not
    ("Taiwan's Foreign Minister Joseph Wu said Beijing had lured Kiribati. Wu accused China of chequebook "
     "diplomacy. In Honiara, official Joseph Tuhaika said the Solomons had no quarrel with anyone.",
     "2019-09-20", {"TWN", "CHN", "SLB"}, set()),
])
def test_stop54_challenge31_look_alikes(text, date, present, absent):
    _check_codes(text, date, present, absent)


def test_a_western_given_name_is_no_family_name_key():
    mentions = _article_mentions("Taiwan's Foreign Minister Joseph Wu said Beijing had lured Kiribati. Wu accused "
                                 "China of chequebook diplomacy. In Honiara, official Joseph Tuhaika spoke.",
                                 "2019-09-20")
    wu = mentions[mentions["surface"] == "Wu"]
    assert list(wu["country"]) == ["TWN"]
    assert mentions[mentions["surface"] == "Joseph"].empty


def test_a_short_family_name_before_another_name_is_someone_else():
    mentions = _article_mentions("Taiwan's Foreign Minister Joseph Wu thanked Lithuania. Wu Qian, China's defence "
                                 "spokesman, warned Vilnius.", "2021-11-20")
    assert not (mentions["surface"] == "Wu").any()


@pytest.mark.parametrize("text, date, present, absent", [
    # look-alikes from challenge set 32 (stop 55)
    ("Tuareg rebels are advancing on towns along the Niger river in Mali's north.", "2012-03-26", {"MLI"}, {"NER"}),
    ("Floods along the River Gambia cut roads in Senegal.", "1999-09-01", {"SEN"}, {"GMB"}),
    ("In New York, churches in the Queens neighbourhood of Jamaica collected clothes for the Philippines.",
     "2013-11-14", {"PHL"}, {"JAM"}),
    ("Traders in the Somali region of eastern Ethiopia said trade with Eritrea had picked up.", "2018-07-09",
     {"ETH", "ERI"}, {"SOM"}),
    # a bare "Congo" in a story that names the DRC in full is the DRC, even beside Kinshasa
    ("Congolese President Joseph Kabila signed a deal with Rwanda in Pretoria to end the war in the Democratic "
     "Republic of Congo. Kinshasa's minister accused Rwanda of arming rebels, and Rwanda's envoy said Congo had "
     "ninety days to prove it was serious.", "2002-07-30", {"COD", "RWA", "ZAF"}, {"COG"}),
    # ... and their guards: the state itself, a capital's suburb, a list that names both Congos
    ("Niger and Mali signed a border deal.", "2012-03-26", {"NER", "MLI"}, set()),
    ("Israel struck the southern suburb of Beirut.", "2024-09-20", {"ISR", "LBN"}, set()),
    ("The Somali government accused Ethiopia of sending troops.", "2006-12-01", {"SOM", "ETH"}, set()),
    ("Morocco sent troops to Angola, the Congo, Somalia and the Democratic Republic of the Congo.", "2017-09-20",
     {"MAR", "COG", "COD"}, set()),
])
def test_stop55_challenge32_look_alikes(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    # a second reader's look-alikes for stop 55's actor rules
    ("India river water dispute with Pakistan heads to arbitration.", "2013-02-18", {"IND", "PAK"}, set()),
    ("Iraqi jets bombed oil facilities in the Iranian province of Khuzestan, Iraq said.", "1984-03-01",
     {"IRN", "IRQ"}, set()),
    ("The Democratic Republic of the Congo has suffered greatly. The refugees who fled Kinshasa were welcomed by "
     "the Government of the Congo across the river, and we thank it.", "2005-06-01", {"COD", "COG"}, set()),
])
def test_stop55_second_reader_actor_look_alikes(text, date, present, absent):
    _check_codes(text, date, present, absent)


def test_a_translation_inverting_the_oic_name_is_the_oic():
    # UN records render the Organization of the Islamic Conference, once, as "the Conference of the Islamic
    # Organization" (set 38, SYR 1986)
    _check_codes("Moreover, both our countries are members of the Conference of the Islamic Organization.",
                 "1986-09-22", {"OIC"}, set())


@pytest.mark.parametrize("text, date, present, absent", [
    # "the Republic of <state>" is the state, whether or not its official name is in the alias table (UN set 39,
    # DZA 1978) ...
    ("I cannot but be gladdened by the arrival in our midst of the delegation of the Republic of Solomon Islands.",
     "1978-09-25", {"SLB"}, set()),
    ("We welcome the Republic of Guinea and the Republic of Mali.", "1962-09-25", {"GIN", "MLI"}, set()),
    # ... but a republic inside it, named with an adjective before "Republic", is not
    ("The Serb Republic of Bosnia rejected the plan, Croatia said.", "1995-06-01", {"HRV"}, {"BIH"}),
])
def test_the_republic_of_a_state_is_the_state(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    # "the Commonwealth" alone is the Commonwealth of Nations (22 gold actors were missed without it) ...
    ("The Commonwealth suspended Zimbabwe from its councils for a year on Tuesday.", "2002-03-19",
     {"COMMONWEALTH", "ZWE"}, set()),
    ("Zimbabwe quit the Commonwealth on Sunday after the summit in Abuja.", "2003-12-08", {"COMMONWEALTH", "ZWE"},
     set()),
    # ... but not a US state's, Australia's federal government, the CIS or a thing named after it
    ("The Commonwealth of Virginia sued the federal government.", "2010-01-01", set(), {"COMMONWEALTH"}),
    ("He won gold at the Commonwealth Games in India.", "2010-10-10", {"IND"}, {"COMMONWEALTH"}),
    ("Ukraine left the Commonwealth of Independent States.", "2018-05-19", {"UKR"}, {"COMMONWEALTH"}),
    ("The Commonwealth government in Canberra cut the grants.", "2014-05-13", set(), {"COMMONWEALTH"}),
])
def test_the_commonwealth_alone_is_the_commonwealth_of_nations(text, date, present, absent):
    _check_codes(text, date, present, absent)


def test_the_commonwealth_in_an_australian_story_is_its_federal_government():
    # ... unless the sentence speaks of membership
    _check_codes("The Commonwealth will pay Nauru to reopen its detention centre for asylum seekers, Canberra said.",
                 "2012-08-14", {"AUS", "NRU"}, {"COMMONWEALTH"})
    _check_codes("Australia's prime minister said the Commonwealth had suspended Fiji's membership.", "2009-09-01",
                 {"AUS", "COMMONWEALTH"}, set())


@pytest.mark.parametrize("text, date, present, absent", [
    # stop 56, from the blind run of challenge 35 (rivers, provinces, newspapers and markets named like states)
    ("The armed groups have folded back towards the banks of the river Niger near Diabaly.", "2013-01-20", set(),
     {"NER"}),
    ("He cut short a visit to Thessaloniki, capital of the northern province of Macedonia, and Ankara protested.",
     "2005-06-01", {"GRC", "TUR"}, {"MKD"}),
    ("The SADC organ complained that Pretoria had not consulted it, according to The Namibian newspaper.",
     "2016-06-01", {"ZAF"}, {"NAM"}),
    ("Traders at Phnom Penh's Russian Market reopened their stalls as the shooting died down.", "1997-07-08",
     {"KHM"}, {"RUS"}),
    # ... and guards: a province "of" the state itself, a state's own newspaper and government
    ("Taiwan is a province of China, Beijing says.", "2005-06-01", {"TWN", "CHN"}, set()),
    ("The Namibian government protested to Angola.", "2005-06-01", {"NAM", "AGO"}, set()),
    ("Niger and Mali signed a border deal.", "2005-06-01", {"NER", "MLI"}, set()),
])
def test_stop56_challenge35_look_alikes(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    # stop 57, from the blind run of challenge 36: banks and brokers named like states, quoted or traded
    ("Economists at Bank of New Zealand said the duties would wipe out a third of Australia's wine export earnings.",
     "2020-11-27", {"AUS"}, {"NZL"}),
    ("Analysts at Canadian Imperial Bank of Commerce said prices of rare earths in Japan could double.",
     "2010-10-20", {"JPN"}, {"CAN"}),
    ("Shares of Korea First Bank fell 9 percent on fears of bad loans, and Tokyo accepted the outcome.",
     "1997-11-19", {"JPN"}, {"KOR"}),
    ("Economists at Banco de Chile said Bolivia's energy revenue could double.", "2006-05-04", {"BOL"}, {"CHL"}),
    ("Bakers in Cairo, who sell subsidised flatbread alongside French bread, have raised prices.", "2022-05-14",
     {"EGY"}, {"FRA"}),
    # ... and guards: a central bank acting, and a state's own bank named with the state
    ("The Bank of Korea raised rates, and Seoul said Japan should act.", "2010-01-01", {"KOR", "JPN"}, set()),
    ("Analysts at Nomura said Japan would intervene to weaken the yen against China's currency.", "2010-01-01",
     {"JPN", "CHN"}, set()),
])
def test_stop57_challenge36_look_alikes(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    # stop 58, from the blind run of challenge 38: streets, towns of another state, truces named after a
    # city, and opponents in a game
    ("Two suspects, arrested in a villa of the rue de Tunis in Rabat, carry French nationality.", "1994-08-27",
     {"MAR"}, {"TUN"}),
    ("A rally was held on Calle Peru in Mendoza, Argentina.", "2012-06-29", {"ARG"}, {"PER"}),
    ("The hostages were flown to Santo Domingo, a town in Venezuela's Tachira state, and then on to Caracas.",
     "2008-01-10", {"VEN"}, {"DOM"}),
    ("Gunmen struck in Santiago, the Dominican Republic's second city.", "2008-01-10", {"DOM"}, {"CHL"}),
    ("A barber who lived 18 years in San Antonio del Tachira said Venezuela deported him.", "2015-08-29",
     {"VEN"}, {"USA"}),
    ("Congo and Rwanda fought two wars, and the 1999 Lusaka ceasefire never fully held.", "2012-11-22",
     {"COD", "RWA"}, {"ZMB"}),
    ("India's Davis Cup tie with Italy in Kolkata had already been played.", "2019-02-28", {"IND"}, {"ITA"}),
    ("Crowds that had cheered the national team's World Cup win over the United States marched in Tehran.",
     "1998-09-01", {"IRN"}, {"USA"}),
    # ... and guards: a capital that is its country's largest city, talks held in a capital, a war's victory
    ("Cairo, Egypt's largest city, was calm as Israel's envoy arrived.", "2012-11-22", {"EGY", "ISR"}, set()),
    ("Zambia said the talks in Lusaka would resume with Angola.", "1999-07-10", {"ZMB", "AGO"}, set()),
    ("Germany's victory over France in 1940 was swift.", "1990-05-10", {"DEU", "FRA"}, set()),
])
def test_stop58_challenge38_look_alikes(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    # from the second reader and the code read of stop 58: look-alikes at the edges of its actor rules
    ("Iran shipped weapons to Hezbollah via Syria.", "2006-08-01", {"IRN", "SYR"}, set()),
    ("The Security Council voted to place Libya under an arms embargo.", "2011-02-26", {"LBY"}, set()),
    ("The United States won a diplomatic victory over Iran at the IAEA, and the national team later lost.",
     "2005-09-24", {"USA", "IRN"}, set()),
    ("The Iranian negotiating team reached a final agreement with the United States.", "2015-07-14",
     {"IRN", "USA"}, set()),
    ("Russia dismissed the Kiev ceasefire plan.", "2014-06-20", {"RUS", "UKR"}, set()),
])
def test_stop58_second_reader_actor_guards(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    # "the Community" alone is the European Community in the years of the Rome treaties
    ("France is convinced that political co-operation among the members of the Community makes a contribution.",
     "1977-09-27", {"FRA", "EU"}, set()),
    ("The Community fully supports the United States initiative.", "1986-09-23", {"EU", "USA"}, set()),
    # ... not another community, nor after Maastricht
    ("The Community of Sant'Egidio mediated between Mozambique and its rebels.", "1992-10-04", {"MOZ"}, {"EU"}),
    ("The Community fully supports the Kenyan initiative.", "2005-06-01", {"KEN"}, {"EU"}),
    ("The French Community gave way to independence in Senegal.", "1960-08-20", {"SEN"}, {"EU"}),
], ids=["members-of-the-community", "the-community-supports", "community-of-santegidio", "after-maastricht",
        "french-community"])
def test_stop59_the_community(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    # stop 60, from challenge 40: a route named after the places it joins names no state ...
    ("Kazakhstan will ship crude through the Baku-Tbilisi-Ceyhan pipeline.", "2022-07-06", {"KAZ"}, {"AZE", "GEO"}),
    # ... but a road, railway or flight between two cities is a place where states act
    ("Israeli warplanes struck the Beirut-Damascus highway.", "2006-07-15", {"ISR", "LBN", "SYR"}, set()),
    ("Seoul-Tokyo flights resumed after the two governments agreed.", "2022-06-29", {"KOR", "JPN"}, set()),
    # ... while two capitals joined by a hyphen still name their states
    ("Russia and China praised the Moscow-Beijing axis.", "2023-03-21", {"RUS", "CHN"}, set()),
    ("Moscow-Kyiv talks resumed in Istanbul.", "2022-03-29", {"RUS", "UKR", "TUR"}, set()),
    # a longer place name that opens with a capital's name is that other place
    ("Ecuador cut power in Guayaquil and Santo Domingo de los Tsachilas.", "2024-04-16", {"ECU"}, {"DOM"}),
    ("Brazil and Chile met in Santiago de Chile.", "2023-09-01", {"BRA", "CHL"}, set()),
    ("The summit in Santo Domingo drew leaders from Haiti.", "2023-09-01", {"DOM", "HTI"}, set()),
], ids=["btc-pipeline", "beirut-damascus-highway", "seoul-tokyo-flights", "moscow-beijing-axis", "moscow-kyiv-talks",
        "santo-domingo-de-los-tsachilas", "santiago-de-chile", "santo-domingo-alone"])
def test_stop60_routes_and_longer_place_names(text, date, present, absent):
    _check_codes(text, date, present, absent)


@pytest.mark.parametrize("text, date, present, absent", [
    # stop 60, from UN set 47: an honorific and a family name is the office holder of that name on the date
    ("Mr. Smith of Rhodesia defied the sanctions.", "1970-05-01", {"ZWE"}, set()),
    # ... not a name held by no one in office that day, nor one held in two states
    ("Mr. Dulles, a lawyer, spoke to the club.", "1985-05-01", set(), {"USA"}),
    ("Mr. Lee met Mr. Kim in the lobby.", "1975-05-01", set(), {"SGP", "KOR", "PRK"}),
    # ... and, in news, only a holder whose state the story names otherwise (from the second reader of stop 60)
    ("Mr. Khan, the mayor of London, said the city would welcome visitors.", "2019-05-01", set(), {"PAK"}),
    ("Mr. Cohen told the committee he had lied for the president.", "2019-02-27", set(), {"ISR"}),
    ("Mr. Smith said Britain would not recognise the rebel regime in Rhodesia.", "1970-05-01", {"GBR", "ZWE"}, set()),
    # the Cold War names of the Atlantic alliance in UN speeches (UN set 47)
    ("The partners rebelled against the plan of the Atlantic bloc at the last meeting.", "1951-11-10", {"NATO"}, set()),
    ("The Atlantic Pact countries met in Lisbon.", "1952-02-20", {"NATO", "PRT"}, set()),
    ("Ships crossed the Atlantic in a bloc.", "1952-02-20", set(), {"NATO"}),
], ids=["mr-smith-of-rhodesia", "out-of-office", "name-in-no-state", "mayor-khan",
        "mr-cohen", "state-named-elsewhere", "atlantic-bloc",
        "atlantic-pact", "atlantic-ocean"])
def test_stop60_honorific_names_and_atlantic_bloc(text, date, present, absent):
    _check_codes(text, date, present, absent)


def test_stop60_honorific_names_in_a_speech():
    # a delegate names the ministers who spoke before him: "Mr. Dulles" is the Secretary of State of 1957
    got = _codes("Statements of concern were made by Mr. Dulles, Mr. Gromyko and Mr. Lloyd.", date="1957-09-20",
                 speaker="LBN")
    assert {"USA", "RUS", "GBR"} <= got, got
