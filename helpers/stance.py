"""
Stance: sentences + mentions -> dyad_events -> article_dyads.

For every sentence naming two or more distinct actors, decide who does what to
whom: the cue words of ``data/lexicon/cues.csv`` (CAMEO/PLOVER categories with
Goldstein-like intensities) give the event class and intensity; word order,
passive markers ("was accused by"), coordination ("Israel and Morocco
signed"), "between X and Y", reported speech ("Rabat said Algiers had lied")
and experiencer verbs ("the deal angered Algeria") give the direction;
negators and modals ("did not condemn", "threatened to cut ties", "could",
questions) change the class and weaken the intensity.

TextBlob polarity and VADER compound are computed for the same sentences and
kept beside the cue reading; ``score`` combines the three with the weights in
``data/lexicon/weights.json``, fitted on the bundled gold labels by
:func:`fit_weights`.
"""
from __future__ import annotations

import csv
import dataclasses
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import permutations

import numpy as np
import pandas as pd

from ._paths import DATA
from .actors import _DIVIDED, SPEAKER_CODES, _PAIR_WORDS, _TIME_NAMES, _is_title_case_sentence
from .gazetteer import MOVEMENT_CODES, ORG_CODES, UN_HALL_ID, US_STATE_ID, cached_entries

__all__ = ["find_events", "article_dyads", "EVENT_COLUMNS", "ARTICLE_DYAD_COLUMNS",
           "load_cues", "weights", "fit_weights", "STANCE_THRESHOLD", "sentiment",
           "classify_score", "explain_sentence", "passage_tone", "context_tone", "can_act", "cue_tone", "passage_score",
           "sports_report", "market_report", "report_kinds", "tells_state_affairs"]

EVENT_COLUMNS = ["article_id", "date", "sentence_id", "source", "target", "event_class",
                 "intensity", "textblob_polarity", "vader_compound", "score", "cue", "sentence"]
ARTICLE_DYAD_COLUMNS = ["article_id", "date", "country_a", "country_b", "stance", "score",
                        "n_sentences"]
#: |score| at or above which an article pair is cooperative / hostile.
STANCE_THRESHOLD = 0.1
# (A pair that no cue links leaves neutral at ``tone_threshold`` of data/lexicon/weights.json.)
#: Sentiment-only thresholds for the TextBlob and VADER baselines.
BASELINE_THRESHOLD = 0.05
#: Mentions below this confidence (e.g. a leader outside their tenure) are not actors.
MIN_CONFIDENCE = 0.6
#: Intensity of acting together ("US and Iraqi forces battled militants"): CAMEO 06-like.
JOINT_ACTION_INTENSITY = 3.0
#: A speaker closing the sentence charges the agent of an act with no target named ("The attack was carried out
#: by Israel, Iran said"): an accusation (CAMEO 112), whatever the act's own weight.
SPEAKERS_CHARGE_INTENSITY = -2.0
#: Force nouns after two states' names coordinated ("US and Iraqi troops"): one body acting together.
_JOINT_FORCES = {"troops", "forces", "soldiers", "warplanes", "jets", "patrols", "warships", "navies", "commandos",
                 "aircraft", "helicopters", "gunships", "frigates", "units", "tanks", "paratroopers",
                 "guardsmen", "policemen",
                 "marines", "peacekeepers", "crew", "crews", "expedition", "astronauts", "cosmonauts"}
#: Words between a state and its forces ("Somali government troops", "Afghan army soldiers").
_FORCE_QUALIFIERS = {"government", "army", "national", "special", "regular", "elite", "federal", "border",
                     "navy", "naval", "air", "security", "ground", "allied", "coalition", "interim"}
#: Words of one force shadowing another ("flew alongside a US aircraft in an unsafe intercept").
_INTERCEPT = {"intercept", "intercepted", "intercepting", "unsafe", "shadowed", "shadowing", "buzzed", "buzzing",
              "harassed", "harassing", "dangerous", "aggressive", "unprofessional", "tailed", "tailing"}
#: Verbs of joining a side ("Chadian troops join French offensive").
_JOIN_VERBS = {"join", "joins", "joined", "joining"}
#: Verbs of taking another state's lead: "followed Riyadh in cutting ties".
_FOLLOW_VERBS = {"followed", "follows", "follow"}
#: What one joins when one joins a state's side: its forces, campaign or coalition (not "joined the
#: talks", "joined Iran in condemning", which other rules read).
_JOINED_BODIES = _JOINT_FORCES | {"offensive", "offensives", "coalition", "operation", "operations", "campaign",
                                  "mission", "strikes", "airstrikes", "raids", "bombing", "hunt", "force", "patrol",
                                  "army", "navy", "fleet", "air", "naval", "military", "war", "effort", "efforts",
                                  "invasion", "occupation", "intervention",
                                  "fight", "blockade", "embargo", "sanctions", "boycott"}
#: Words that put two forces face to face rather than side by side.
_FACING = {"border", "frontier", "line", "each", "facing", "face", "standoff", "stand-off", "clash", "clashes",
           "clashed", "skirmish", "skirmishes", "exchanged", "between", "against", "massed", "massing", "rival",
           "confronted", "confronting", "shadowed", "shadowing", "eyeball", "eyeballed"}
#: Titles before a person's name, skipped when looking for the preposition that governs the name.
_TITLE_WORDS = {"general", "gen.", "president", "colonel", "col.", "king", "queen", "prince", "sheikh", "premier",
                "chancellor", "mr.", "mr", "mrs.", "ms.", "dr.", "marshal", "lieutenant", "major", "admiral", "emir"}
#: Cues that condemn, and the intensity of condemning an attack on a state: sympathy (CAMEO 018-like).
_CONDEMN = {"condemn", "denounce", "deplore"}
#: Cues of shock, anger or dismay: "shocked by the attack on the embassy", like "condemned the attack on",
#: is sympathy with the one struck.
_DISMAY_CUES = {"shock_exp", "outrage_exp", "dismay_exp", "express_anger", "express_displeasure"}
#: Cues of concern, aimed like a judgement at the state whose act they name ("concern at the Israeli raids").
_CONCERN_CUES = {"express_concern"}
#: Cues that judge an act named after them ("condemned the invasion of Kuwait by Iraq").
_JUDGE_CUES = _CONDEMN | {"criticise", "reject", "oppose", "protest_verbal"}
SYMPATHY_INTENSITY = 3.0
#: Score of allies that no cue links (data/actors/alliances.csv): a weak cooperative reading,
#: just above ``tone_threshold``, so any cued sentence outweighs it in the relations.
ALLY_SCORE = 0.2
#: Score of rivals that no cue links (data/actors/rivalries.csv): a weak hostile reading, the mirror
#: of ``ALLY_SCORE``; any cued sentence between the two outweighs it.
RIVAL_SCORE = -0.2

_SUBJECT_BLOCKERS = {"of", "with", "to", "from", "against", "toward", "towards", "on", "in",
                     "at", "for", "by", "into", "about", "over", "between", "and", "like"}
_COORD = {"and", ",", "&"}
#: Cues of a strained mood that a verb before them can ease ("lessened mistrust", "reduce international
#: tensions"): then no hostility is told (the whole phrase "ease tensions" is a cue of its own).
_EASED_CUES = {"tensions", "distrust", "hostility", "confrontation"}
_EASING_VERBS = {"reduce", "reduced", "reduces", "reducing", "lessen", "lessened", "lessens", "lessening", "ease",
                 "eased", "eases", "easing", "defuse", "defused", "defusing", "lower", "lowered", "lowering", "calm",
                 "calmed", "diminish", "diminished", "diminishing", "alleviate", "alleviated", "dispel", "dispelled",
                 "overcome", "overcame", "overcoming", "avoid", "avoided", "avoiding", "prevent", "prevented",
                 "relax", "relaxed", "relaxation", "reduction", "easing"}
#: Heads of an "of" phrase that name a giver no actor stands for ("the support of the international community").
_UNNAMED_AGENTS = {"community", "people", "peoples", "nations", "countries", "states", "friends", "partners",
                   "donors", "world", "governments", "citizens", "volunteers"}
#: Words that join partners acting together as "and" does ("X, along with Y, ...").
_ALONG_WITH = {("along", "with"), ("together", "with"), ("alongside",), ("in", "concert", "with"),
               ("jointly", "with"), ("in", "tandem", "with")}
_INTRANSITIVE_NEXT = {"with", "over", "on", "in", "at", "for", "about", "near", "along", "across", "each", "alongside",
                      "beside", "inside", "outside",
                      "one", "again", "today", "yesterday", "overnight", "late", "early", "after",
                      "before", "since", "during", "until", "and", "but", "as", "while", "when",
                      "repeatedly", "briefly", "heavily", "fiercely"}
#: Time said without a preposition after a fight mutual by nature ("exchanged fire last month", "clashed Monday"):
#: no object (for "fought" and "battled", which often name allies against an unnamed third, it stays one).
_TIME_NEXT = frozenset({"last", "earlier", "later", "recently", "anew", "twice", "sporadically", "intermittently",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "amid",
                        "there", "throughout", "despite", "around"})
#: Cues of a fight that has two sides by nature (not "fought", "battled": allies fight side by side too).
_MUTUAL_FIGHTS = frozenset({"exchange_fire", "clash", "trade_blows"})


def _two_sided(cue_id: str, lower: list[str], e: int, srcs=(), year: int | None = None) -> bool:
    """Whether a fight cue ending at ``e`` with two subjects and no one named after it is between them: a clash or
    an exchange of fire, or "fought"/"battled" of subjects that are no allies in ``year``; never when an armed group
    is named in the rest of the sentence ("Nigerian and Chadian troops fought recently around Gamboru, killing Boko
    Haram fighters"; "U.S. and Afghan forces battled last week in Helmand": allies against someone unnamed)."""
    if cue_id not in _MUTUAL_FIGHTS and cue_id != "fighting":
        return False
    if cue_id == "fighting":
        two = list(dict.fromkeys(srcs))
        if len(two) != 2 or year is None or allied(two[0], two[1], f"{year}-07-01") is not None:
            return False
    return not any(w in _NONSTATE or w in _NONSTATE_QUALIFIERS for w in lower[e:])
_QUOTES = {"\"", "\u201c", "\u201d"}
# left out when cues are matched: "opened its embassy", "expressed \"unconditional solidarity\" with"
_SKIP_IN_CUES = {"a", "an", "the", "its", "their", "his", "her", "our", "my"} | _QUOTES
#: Counts also left out when cues are matched ("reopened two border crossings"),
#: ... and adverbs inside a phrase ("We call once again on Turkey", "called yet again for talks").
_CUE_SKIP = _SKIP_IN_CUES | {"two", "three", "four", "five", "six", "several"} | {
    "again", "once", "also", "yet", "further", "repeatedly", "urgently", "strongly", "firmly"}
_CHARGE_PHRASES = ("accused of", "charged with", "suspected of", "convicted of", "charges of",
                   "allegations of", "on suspicion of", "found guilty of", "sentenced for")
_VERB_COORD = {"and", "then", "but"}
_ADVERBS = {"also", "then", "later", "subsequently", "promptly", "immediately", "quickly", "finally", "still", "now",
            "soon", "again", "even", "swiftly", "repeatedly"}
_MERGE_GAP = {",", "'s", "\u2019s", "'", "the", "of", "(", ")", "-", "\u2013", "its", "his", "her", "their",
              # titles between a state and its office holder: "US President George W Bush"
              "president", "prime", "minister", "premier", "king", "queen", "foreign", "secretary", "leader",
              "chancellor", "defence", "defense", "envoy", "ambassador", "emir", "crown", "prince", "interim",
              "vice", "deputy", "senior", "top", "chief", "spokesman", "spokeswoman", "general", "gen."}
_TOPIC_PREP = {"over", "about", "regarding", "concerning"}
#: Cues that ask another state to act; what follows ("urged Amman not to sign a deal") is the
#: request's content, not an act between the one asking and the one asked.
_REQUESTS = {"urge", "call_on", "demand", "appeal", "press", "ask"}
#: Mild requests whose content is cooperative, made to two sides, read as an appeal (CAMEO 02).
_APPEALS = {"urge", "call_on", "appeal", "ask", "press"}
APPEAL_INTENSITY = 1.5
#: Endings that make a cue word a noun even where its cue is filed as a verb ("cooperation").
_NOUN_SUFFIXES = ("tion", "sion", "ment", "ship", "ity", "ance", "ence", "ism")
#: Words after which "at" names whom a feeling or an act is aimed at, not a place ("anger at Tokyo").
_AIMED_AT = {"protest", "protests", "anger", "angry", "outrage", "outraged", "fury", "furious", "dismay",
             "dismayed", "annoyance", "irritation", "displeasure", "aimed", "directed", "swipe", "jab", "dig",
             "out", "lashed", "lash", "snapped", "bristled", "balked", "scoffed", "railed", "sneered"}
#: Words that join a noun cue to its object ("recognition of Kosovo", "support for the rebels").
_OWNED_ACT_LINKS = {"of", "to", "for", "on", "against", "with", "into", "toward", "towards", "from", "by", "between",
                    "among"}
#: Prepositions that make the actor after a symmetric cue its topic, not its partner
#: ("agreed to coordinate on Pyongyang's weapons", "talks about Cyprus").
_TOPIC_OBJ = _TOPIC_PREP | {"on", "against", "toward", "towards"}
#: Words that make a sentence a sports report: a tone without a cue there is the game's, not the states'.
_SPORTS = {"scored", "striker", "midfielder", "goalkeeper", "wicket", "wickets", "innings", "semi-final",
           "semifinal", "quarter-final", "quarterfinal", "fifa", "uefa", "olympic", "olympics", "paralympic",
           "footballer", "cricketer", "tennis", "soccer", "cricket", "rugby", "basketball", "volleyball",
           "handball", "goalless", "medal", "medals", "stadium", "chess", "grandmaster", "golfer", "boxer",
           "sprinter", "cyclist", "jockey", "wimbledon", "snooker", "badminton", "judoka", "boxers", "boxing",
           "golfers", "cyclists", "sprinters", "swimmers", "jockeys", "grandmasters", "half-marathon", "triathlon", "decathlon", "heptathlon", "swimmer", "skier", "skiers", "weightlifter",
           "wrestler", "wrestlers", "gymnast", "gymnasts", "fencer", "rower", "rowers", "motogp", "racer",
           "racers", "batsman", "bowler"}
#: Words that read as sport only two together ("the goal of the talks", "the Arab League", "a grand bargain").
_SPORTS_WEAK = {"goal", "goals", "tournament", "league", "penalties", "squad", "athletes", "football", "qualifier",
                "qualifiers", "grand", "davis", "match", "matches", "cup", "coach", "team", "teams", "win", "won",
                "marathon", "marathons",   # ("won the Berlin marathon"; but "marathon talks")
                "metres", "meters", "title", "titles", "champion", "championship", "championships", "relay",
                "hurdles", "runner", "runners"}   # ("retain his 10,000 metres world title")
#: Words before a cue that make its author a non-state group ("a terror attack", "suicide bombings").
_NONSTATE_QUALIFIERS = {"terror", "terrorist", "suicide", "insurgent", "militant", "rebel", "guerrilla",
                        "guerilla", "sectarian", "jihadist", "separatist", "vigilante", "mob", "gang"}
#: Prepositions that open a phrase of circumstance ("in a hail of explosions and gunfire").
_SCENE_PREP = {"in", "amid", "during", "despite", "under", "with", "through", "throughout"}

#: Time phrases between a verb and "that" ("demanded on Friday that Iran ...").
_TIME_WORDS = {"on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "week",
               "month", "year", "today", "yesterday", "again", "also", "earlier", "later", "in", "a", "statement"}
#: Day and month names: "on Friday" is a time, not a topic.
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
             "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."}
#: Nouns after a cue word that make it part of a job, body or description ("aid official", "aid donor").
_OCCUPATIONS = {"donor", "donors", "recipient", "recipients", "official", "officials", "worker", "workers",
                "agency", "agencies", "group", "groups", "organization", "organizations", "organisation", "organisations", "activist", "activists",
                "expert", "experts", "campaigner", "campaigners", "charity", "charities", "ministry",
                "minister", "ministers", "envoy", "envoys", "negotiator", "negotiators", "chief", "adviser",
                "advisers", "advisor", "advisors", "spokesman", "spokeswoman", "department", "committee",
                # units and arms: "combat troops", "attack helicopters", "strike aircraft"
                "troops", "soldiers", "units", "unit", "aircraft", "helicopters", "helicopter", "jets", "submarine",
                "submarines", "drones", "brigade", "brigades", "battalion", "battalions", "vehicles", "pilots"}
#: Verbs after a name that make it the source of a report, not a party to the act ("..., a UN official said").
_REPORTING = {"said", "says", "told", "reported", "added", "stated", "confirmed", "announced", "according"}
#: Words before "after" that make what follows recent news, not background ("a day after", "hours after").
_RECENT = {"day", "days", "hours", "hour", "minutes", "shortly", "just", "soon", "immediately", "moments"}


def _trip_to_protest(lower: list[str], trip, later) -> bool:
    """
    Whether a trip's purpose, told right after it, is a hostile act ("flew to Kampala to protest").

    The trip then is no visit of goodwill: the protest it carries is the act.

    >>> from types import SimpleNamespace as Cue
    >>> _trip_to_protest("he flew to kampala on tuesday to protest".split(), (1, 3, None), [(7, 8, Cue(intensity=-2.5))])
    True
    >>> _trip_to_protest("he flew to kampala to sign a deal".split(), (1, 3, None), [(5, 7, Cue(intensity=8.0))])
    False
    """
    return any(c[2].intensity < 0 and c[0] > trip[1] and c[0] - trip[1] <= 10 and lower[c[0] - 1] == "to"
               and not any(w in (",", ";", "and", "but", "after", "before", "while") for w in lower[trip[1]:c[0]])
               for c in later)


def _recent_after(gap: list[str]) -> bool:
    """True when the only background word in ``gap`` is "after" right behind a word of recency."""
    at = [k for k, w in enumerate(gap) if w in _BACKGROUND]
    return len(at) == 1 and gap[at[0]] == "after" and at[0] > 0 and gap[at[0] - 1] in _RECENT \
        and not (at[0] > 1 and gap[at[0] - 2] in _CONTRAST_RECENT)


#: Words before "days after" that make the earlier act a contrast, not news ("accused Nigeria of shelling
#: its positions, only days after both sides promised to halt the fighting").
_CONTRAST_RECENT = {"only", "barely", "scarcely", "mere", "just"}


#: Non-state armed groups: named after a people or a leader they are not the state ("Chechen rebels",
#: "Sadr militia"); Palestinian groups are the exception the labelling rules make (ISR-PSE).
_ARMED = {"militia", "militias", "militiamen", "militant", "militants", "insurgent", "insurgents", "rebel",
          "rebels", "fighters", "gunmen", "guerrillas", "guerrilla", "separatists", "kidnappers", "captors",
          "extremists", "jihadists", "loyalists", "extremist", "jihadist", "separatist", "terrorists",
          "terrorist", "pirates", "pirate", "bandits", "warlord", "warlords", "paramilitaries", "islamists",
          "jihadis", "mujahideen", "mutineers"}
#: Relative pronouns: "violence that has killed 20 people" gives the cue a non-state subject.
_RELATIVE = {"that", "which", "who", "whom"}
#: What a people suffers, ended "for" them ("an end to the suffering of the fraternal Yemeni people").
_PLIGHT_NOUNS = {"suffering", "sufferings", "plight", "misery", "agony", "ordeal", "hardship", "hardships", "pain",
                 "tragedy", "bloodshed"}
#: Adverbs between a relative pronoun and its verb ("who even now are massacring", "which still continue to").
_CLAUSE_ADVERBS = {"even", "now", "still", "already", "also", "reportedly", "allegedly", "currently", "repeatedly",
                   "continue", "continues", "continued", "to", "constantly", "systematically", "daily"}
#: Verbs before "that" that introduce what is said or thought, not a relative clause.
_THAT_VERBS = {"says", "said", "shows", "believes", "believe", "thinks", "think", "fears", "fear", "knows",
               "insists", "insist", "warns", "warn", "claims", "claim", "argues", "argue", "hopes", "hope",
               "suggests", "means", "show", "so", "such", "now", "reports", "stated", "states"}
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                 "thousands", "scores", "dozen", "people", "civilians", "soldiers", "others"}
#: The nouns among them: "soldiers killed" is a headline's passive only when no object follows.
_COUNTED_NOUNS = {"people", "civilians", "soldiers", "others"}
#: Words that open an object after a verb, and the time units that do not ("wounded two weeks ago").
_OBJECT_OPENERS = {"a", "an", "the", "his", "her", "their", "its", "our", "several", "dozens", "hundreds", "scores",
                   "at", "more", "some", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
_TIME_UNITS = {"minutes", "hours", "days", "weeks", "months", "years", "day", "week", "month", "year", "decades"}


def _object_starts(words: list[str], lower: list[str], e: int) -> bool:
    """Whether an object opens at ``e`` ("two gunmen", "the town", "Palestinian police"), not a time or a clause."""
    if e >= len(lower):
        return False
    w = lower[e]
    if e + 1 < len(lower) and lower[e + 1] in _TIME_UNITS:
        return False   # "wounded two weeks ago"
    return w in _OBJECT_OPENERS or w in _PLACE_ADJ or w.isdigit() or (
        words[e][:1].isupper() and w.isalpha() and words[e] not in _TIME_NAMES and w not in ("may", "today", "tonight"))


#: What two states fight when they fight each other ("fought three wars", "fought a border war").
_WAR_OBJECTS = {"war", "wars", "battle", "battles", "conflict", "conflicts", "skirmish", "skirmishes"}


def _war_between(lower: list[str], e: int) -> bool:
    """
    Whether the fight ending at ``e`` is a war between its subjects ("India and Pakistan have fought
    three wars"), not one they fought side by side ("fought the war on terror together", "a war
    against the Taliban").
    """
    k = next((k for k in range(e, min(e + 4, len(lower))) if lower[k] in _WAR_OBJECTS), None)
    return k is not None and lower[k + 1:k + 2] not in (["on"], ["against"], ["with"]) \
        and not any(w in ("together", "alongside", "jointly", "side") for w in lower[e:])


#: Words after "regret" that make it sympathy, not disapproval ("deeply regrets the death of").
_GRIEF = {"death", "deaths", "passing", "loss", "demise", "victims", "killing", "killings"}
#: Nouns of war that, as "the war" with nothing naming its sides, are the setting, not an act.
#: Things made, owned or funded: "Chinese-invested enterprises" describes them, no act between states.
_ECONOMIC_OBJECTS = {"enterprises", "enterprise", "companies", "company", "firms", "firm", "factories", "factory",
                     "businesses", "plants", "plant", "projects", "project", "products", "goods", "drones", "weapons",
                     "arms", "missiles", "rifles", "vehicles", "cars", "mines", "ventures", "venture"}
#: A sentence opening with an agreement named again ("The accord angered Israel"): the stimulus of an
#: experiencer cue whose parties are the article's last agreement's.
_STIMULUS_PREFIX = re.compile(r"^(?:the|this|that|such an?|an?)\s+(?:\S+\s+){0,2}(?:deal|accord|agreement|pact|"
                              r"treaty|move|rapprochement|normali[sz]ation|decision|announcement|visit|talks|summit)\b",
                              re.IGNORECASE)
#: A reaction to an act named again ("Baghdad welcomed the decision"): its target is whoever acted last.
_REACTION = re.compile(r"\b(?:welcom|prais|hail|applaud|condemn|critici[sz]|denounc|deplor|reject|protest|"
                       r"slam|blast|backed|support)\w*\s+(?:the|this|its|their|his|her)\s+(?:(?!the\b|a\b)\S+\s+){0,2}?"
                       r"(?:decision|move|vote|step|ruling|measure|law|announcement|offer|plan|refusal|proposal|"
                       r"initiative|resolution|verdict|policy|stance|gesture)\b", re.IGNORECASE)
#: A sentence that may judge the last act ("called the veto a disgrace"); :func:`_judged_at` decides.
_JUDGED_RE = re.compile(r"\b(?:call(?:ed|s|ing)?|described|describes|describing|termed|terming)\s+"
                        r"(?:it|this|that|the|its|their|his|her|these|those)\b", re.IGNORECASE)
#: Cues that make an agreement whose parties "the deal" refers back to.
_DEAL_CUE = re.compile(r"sign|agree|deal|accord|pact|treaty|normali|ties|relations|recogni", re.IGNORECASE)
#: Verbs that make a hostile noun mutual between co-agents ("traded blame", "exchanged insults").
_MUTUAL_VERBS = {"traded", "trade", "trading", "trades", "exchanged", "exchange", "exchanging", "exchanges"}
#: Words between "exchanged" and the fire ("exchanged heavy artillery fire").
_FIRE_MODIFIERS = {"heavy", "artillery", "mortar", "small-arms", "sporadic", "intense", "cross-border", "rocket",
                   "machine-gun", "automatic", "tank"}
#: Words that put a noun cue in the past ("old enemies", "former foes").
_FORMER = {"old", "former", "erstwhile", "one-time", "onetime", "ex"}
#: Verbs of response: "answered the raid", "retaliated for the attack" name an earlier act again.
_RESPONSE_VERBS = {"answered", "answer", "answers", "responded", "respond", "responds", "reacted", "react",
                   "retaliated", "retaliate", "avenged", "avenge"}
_SETTING_NOUNS = {"war", "wars", "conflict", "crisis", "invasion", "occupation", "violence", "fighting", "insurgency"}
#: Words after such a noun that name its sides or target ("the war with Iraq", "the invasion of Kuwait").
_SIDE_WORDS = {"on", "against", "with", "between", "in", "of", "by", "over", "from"}
#: Auxiliaries and adverbs that may stand between a relative pronoun and its verb.
_AUX = {"has", "have", "had", "was", "were", "is", "are", "reportedly", "allegedly", "also", "already",
        "apparently", "then"}
#: Participles that, after a noun and before "of"/"with", name a charge ("men accused of torture").
_CHARGE_PARTICIPLES = {"accused", "charged", "suspected", "convicted", "jailed", "sentenced", "arrested",
                       "detained", "indicted", "wanted"}
#: What a legislature passes: "approved a law/bill" endorses no state (an act the law names is a cue of its own).
_LAWS = {"law", "laws", "bill", "bills", "legislation", "budget", "amendment", "amendments", "constitution",
         "measure", "motion", "decree", "statute", "act"}
#: What a firm buys or sells: after "agreed to buy/sell" they make the deal a company's.
_CORPORATE_OBJECTS = {"stake", "stakes", "shares", "share", "percent", "%", "company", "firm", "carmaker",
                      "automaker", "steelmaker", "miner", "maker", "operator", "subsidiary", "unit", "division",
                      "bank", "brewer", "retailer", "airline", "insurer", "chain", "assets", "business", "businesses"}
_DEAL_VERBS = {"buy", "sell", "acquire", "purchase", "take", "merge", "sells", "buys", "acquires"}


def _corporate_deal(lower: list[str], e: int) -> bool:
    """True when "agreed to" ending at ``e`` is a firm's deal: a verb of buying or selling (or "agreed to a
    merger") and something a firm trades within ten words ("agreed to buy a 20 percent stake in ...")."""
    k = e if e < len(lower) and lower[e - 1] == "to" else (e + 1 if e < len(lower) and lower[e] == "to" else None)
    if k is None or k >= len(lower):
        return False
    if lower[k] not in _DEAL_VERBS and not lower[k].startswith("merg"):
        return False
    return any(w in _CORPORATE_OBJECTS for w in lower[k + 1:k + 11])


#: Nouns and verbs of an accident: a toll they take is no state's act.
_ACCIDENT_NOUNS = {"crash", "crashes", "accident", "accidents", "collision", "derailment", "blaze", "stampede",
                   "quake", "earthquake", "tsunami", "storm", "flood", "floods", "avalanche", "landslide",
                   "cyclone", "hurricane", "typhoon", "heatwave", "outbreak", "virus", "flu", "epidemic"}
_ACCIDENT_VERBS = {"crashed", "plunged", "collided", "derailed", "capsized", "sank", "overturned", "collapsed"}


def _accident_toll(lower: list[str], i: int) -> bool:
    """True when the killing at ``i`` is an accident's toll: an accident noun just before it ("crash kills"),
    or a participle after an accident verb in its sentence ("the ferry capsized, killing 200")."""
    if any(w in _ACCIDENT_NOUNS for w in lower[max(0, i - 3):i]):
        return True
    return lower[i] == "killing" and i > 0 and lower[i - 1] == "," and any(
        w in _ACCIDENT_VERBS for w in lower[max(0, i - 20):i])


#: Verbs of a court or a police whose "of"/"for" names the charge ("convicted X of torture").
_CHARGE_VERBS = _CHARGE_PARTICIPLES - {"wanted"} | {"convicts", "convict", "sentences", "charges", "indicts",
                                                   "tried", "guilty", "acquitted", "extradited", "prosecuted"}


def _charge_content(lower: list[str], i: int, noun: bool = True) -> bool:
    """
    True when the cue at ``i`` is the charge a court or police names: after "of"/"for" (over lower-case
    words, and over "and" and commas when the cue is a noun) that follows a verb of charging within eight
    words ("convicted a former militia commander of torture and hostage-taking", "sentenced him to 30
    years for plotting attacks"; but in "accused Morocco of hostile acts and cut ties" the cut is the
    subject's next act).
    """
    k = i - 1
    while k >= max(0, i - 5) and lower[k] not in ("of", "for") and (lower[k] in ("and", ",", "-", "the", "a", "an")
                                                                   or lower[k].isalpha()):
        k -= 1
    if k < 0 or lower[k] not in ("of", "for") or k < i - 5:
        return False
    if not noun and any(w in ("and", ",") for w in lower[k + 1:i]):
        return False
    span = lower[max(0, k - 8):k]
    if any(w in (";", ".", ":") for w in span):
        span = span[max(j for j, w in enumerate(span) if w in (";", ".", ":")) + 1:]
    return any(w in _CHARGE_VERBS for w in span)


#: Words before such a participle that make it a verb of the sentence ("was accused of", "who accused").
_NOT_A_NOUN = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "who", "which", "that",
               "and", "also", "repeatedly", "publicly", "formally", "again", "then", "later", "recently",
               "previously", "once", "not", "never", "it", "they", "he", "she", "we", "i", "you"}
_BACKGROUND = {"after", "since", "following", "amid", "despite", "before", "until", "ago"}
#: Cues of turning something down: what follows them in the same clause is the thing refused.
_REJECTING_CUES = {"reject", "refuse", "veto", "dismiss", "rebuff", "oppose"}


def _in_rejected_object(lower: list[str], rejecting, c) -> bool:
    """
    Whether a cooperative cue lies inside the object of a rejection just before it.

    "Sudan flatly rejected a Security Council resolution authorising 20,000 UN peacekeepers":
    the peacekeeping is what was turned down, not an act of the sentence (within nine words,
    no clause between: "rejected the charge and welcomed the peacekeepers" keeps the welcome).
    """
    if rejecting[2].cue_id not in _REJECTING_CUES or c[0] - rejecting[1] > 9:
        return False
    gap = lower[rejecting[1]:c[0]]
    return not any(w in (",", ";", ":", "and", "but", "while", "as", "after", "because", "saying", "said", "to")
                   for w in gap)


def _participle_of_thing(lower: list[str], words: list[str], c) -> bool:
    """
    Whether a verb cue is a participle after a common noun with its agent after "by".

    "a list of Taliban suspects handed over by Afghan President Hamid Karzai" (True); "the
    remains were handed over by North Korea" (False: the main verb, after one of the auxiliaries of
    ``_PASSIVE_AUX``). ``c`` is (start, end, cue).

    >>> from collections import namedtuple
    >>> cue = namedtuple("Cue", "pos")("verb")
    >>> w = "dismissed a list of suspects handed over by Karzai".split()
    >>> _participle_of_thing([x.lower() for x in w], w, (5, 7, cue))
    True
    >>> w = "the remains were handed over by North Korea".split()
    >>> _participle_of_thing([x.lower() for x in w], w, (3, 5, cue))
    False
    """
    s0, e0, cue = c
    if cue.pos == "noun" or s0 == 0 or e0 >= len(lower):
        return False
    head = lower[s0]
    before = lower[s0 - 1]
    return ((head.endswith("ed") or head in _IRREGULAR_PARTICIPLES) and "by" in lower[e0:e0 + 2]
            and before.isalpha() and before not in _PASSIVE_AUX and words[s0 - 1][:1].islower())
#: Words before "war" that make it firms' or markets' rivalry ("a price war", "a bidding war").
_MARKET_WARS = {"price", "pricing", "bidding", "fare", "fares", "format", "ratings", "patent", "takeover", "browser",
                "console", "subsidy", "discount", "talent", "cola", "smartphone"}
#: Cues whose participle describes a place's state ("the occupied Syrian Golan", "the besieged Iraqi town").
_STATE_OF_PLACE = {"occupy", "annex", "blockade", "invade", "siege"}
#: Words before such a participle that make it a description, not the main verb.
_BEFORE_PLACE_PARTICIPLE = {"the", "of", "on", "in", "into", "from", "to", "over", "all", "other", "and", "within",
                            "throughout", "across"}
_LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "around", "throughout", "within", "into"}
#: Cues whose location is also their target ("Israeli strikes in Syria").
_PLACE_TARGET_CUES = {"attack", "raid", "shell", "rocket_fire", "airstrike", "missile_strike",
                      "drone_attack", "strike", "bomb", "bombard", "invade", "occupy", "incursion",
                      "annex", "blockade", "cyberattack", "open_fire", "settlement_expansion", "airspace_violation",
                      "send_trainers", "humanitarian_aid", "peacekeeping"}
#: Non-state objects: when one sits between a cue and a place ("killed 50 militiamen in Najaf"),
#: the place is where the act happened, not its target.
_NONSTATE = {"militants", "militant", "militiamen", "militia", "militias", "insurgents", "insurgent", "rebels",
             "rebel", "fighters", "gunmen", "suspects", "suspect", "terrorists", "terrorist", "separatists",
             "guerrillas", "guerrilla", "extremists", "jihadists", "pirates", "smugglers", "kidnappers",
             "traffickers", "criminals", "protesters", "demonstrators", "rioters", "bandits", "hideouts",
             "hideout", "cell", "cells", "followers", "loyalists", "warlords", "warlord", "factions", "clans",
             "tribes", "tribesmen", "gangs", "cartels", "islamists", "jihadis", "mujahideen", "radicals",
             "secessionists", "dissidents", "mutineers", "putschists", "intruders", "infiltrators", "raiders"}
#: Adjectives of an armed group before what an attack hits ("struck Islamist positions in central Mali"), read
#: only before :data:`_ARMED_TARGETS` (not "sanctions on the Islamist government in Khartoum").
_ARMED_ADJECTIVES = frozenset({"islamist", "jihadist", "extremist", "separatist"})
_ARMED_TARGETS = frozenset({"positions", "position", "targets", "bases", "base", "camps", "camp", "hideouts",
                            "strongholds", "fighters", "militants", "insurgents", "rebels", "groups", "cells"})


def _armed_object(lower: list[str], i0: int, i1: int) -> bool:
    """True when the words from ``i0`` to ``i1`` hold an armed group's target ("Islamist positions")."""
    return any(lower[k] in _ARMED_ADJECTIVES and k + 1 < len(lower) and lower[k + 1] in _ARMED_TARGETS
               for k in range(i0, min(i1, len(lower))))
#: Nouns after a demonym that make it a private person's nationality, not the state acting.
_PRIVATE = {"dealer", "dealers", "trafficker", "traffickers", "smuggler", "smugglers", "fugitive", "fugitives",
            "sailor", "sailors", "fishermen", "fisherman", "crew", "tourist", "tourists", "worker", "workers",
            "journalist", "journalists", "reporter", "reporters", "citizen", "citizens", "national", "nationals", "engineer", "engineers",
            "hostage", "hostages", "captive", "captives", "driver", "drivers", "man", "men", "woman",
            "women", "child", "children", "boy", "girl", "student", "students", "businessman",
            "businessmen", "company", "companies", "firm", "firms", "employee", "employees",
            "civilian", "civilians", "pilgrims", "pilgrim", "refugee", "refugees", "migrant",
            "migrants", "fans", "athlete", "athletes", "player", "players", "team", "tanker",
            "supertanker", "ship", "vessel", "aid worker", "priest", "doctor", "doctors", "family",
            "families", "couple", "teenager", "teenagers", "passengers", "passenger", "sailors",
            "fishermen", "truck", "trucks", "investors", "investor", "bank", "banks", "airline",
            "suspect", "suspects", "militant", "militants", "rebels", "insurgents", "kidnappers",
            "gunmen", "extremists", "terrorists", "cleric", "clerics", "writer", "poet", "artist",
            "singer", "scientist", "scientists", "expert", "experts", "analyst", "analysts",
            "contractor", "contractors", "volunteers", "nurse", "nurses", "muslims", "jews", "christians",
            "holidaymaker", "holidaymakers", "visitor", "visitors", "climber", "climbers", "carmaker", "carmakers",
            "automaker", "automakers", "retailer", "retailers", "insurer", "insurers", "lender", "lenders",
            "brewer", "conglomerate", "brand", "brands", "media", "press", "newspaper", "newspapers", "daily",
            "broadcaster", "outlets", "boxer", "boxers", "wrestler", "wrestlers", "swimmer", "swimmers",
            "skater", "skaters", "runner", "runners"}
_PRIVATE |= {"immigrant", "immigrants", "resident", "residents", "expatriate", "expatriates", "expats", "farmer",
             "farmers", "villager", "villagers", "trader", "traders", "shopkeeper", "shopkeepers", "tycoon",
             "millionaire", "billionaire", "professor", "academic", "academics", "mother", "father", "teacher",
             "teachers"}   # ("a Pakistani immigrant was sentenced"): people, not their state
_PRIVATE |= {"indians", "tribe", "tribes", "tribesmen", "coach", "coaches", "skipper", "striker", "goalkeeper",
             "midfielder", "batsman", "bowler"}   # ("Ecuadorean Indians suing Chevron": native peoples)
_PRIVATE |= _NONSTATE | {"supporters", "loyalists", "activists", "mercenaries", "mercenary", "defector",
                        "defectors", "deserter", "trio", "pair", "duo", "couple", "gang", "mob", "crowd"}
#: Nouns of firms at the end of a description ("U.S. telecommunications equipment maker Avaya",
#: "Japan's top cell phone operator NTT DoCoMo"): the state names the firm's home, not an actor.
_FIRM_NOUNS = {"maker", "makers", "manufacturer", "manufacturers", "producer", "producers", "operator",
               "operators", "carrier", "carriers", "vendor", "vendors", "company", "companies", "firm", "firms",
               "giant", "giants", "retailer", "retailers", "bank", "banks", "insurer", "insurers", "lender",
               "lenders", "carmaker", "carmakers", "automaker", "automakers", "chipmaker", "steelmaker", "brewer",
               "conglomerate", "developer", "publisher", "provider", "providers", "steelmakers", "chipmakers",
               "airline", "airlines", "subsidiary", "shipbuilder", "miner", "miners", "utility", "startup",
               "distributor", "builder", "designer", "brand", "chain", "multinational", "factory", "factories",
               "fund", "funds", "investor", "investors", "broker", "brokerage", "exporter", "exporters",
               "importer", "importers", "refiner", "refiners", "airliner", "airliners", "jetliner",
               "jetliners",   # ("US buyout fund Lone Star", "a Malaysian airliner": a firm's plane)
               "planemaker", "planemakers", "drugmaker", "drugmakers", "supplier", "suppliers", "contractor",
               "contractors"}   # ("Brazilian planemaker Embraer")
# (not "supplier", "exporter", "importer": "Russia, India's biggest arms supplier" is a state's trade role)
# (not "units", "businesses", "assets": "Greek units are due on Wednesday" are troops, and "Zimbabwean
# businesses welcome exports to China" was coded as the country's welcome)
#: Words inside such a description that make the firm the state's own ("state-owned gas company Gazprom").
_STATE_FIRM = {"state", "state-owned", "state-run", "state-controlled", "national", "government-owned",
               "government", "public", "nationalised", "nationalized", "central", "reserve", "federal",
               "sovereign", "wealth"}   # ("Norway's sovereign wealth fund" is the state's)
#: Words that end a description before any firm noun ("the Indian army and its suppliers").
_DESC_STOP = {"and", "or", "of", "to", "in", "on", "for", "with", "the", "a", "an", "that", "which", "who", "said",
              "says", "has", "have", "had", "is", "was", "are", "were", "will", "would", "as", "at", "by", "from"}
#: The state's own organs inside a description: no firm follows ("American troops seized carriers").
_STATE_ORGANS = {"troops", "forces", "force", "army", "navy", "military", "officials", "official", "government",
                 "ministry", "soldiers", "police", "warships", "jets", "president", "minister", "leaders", "leader",
                 "delegation", "diplomats", "authorities", "regime", "envoy", "negotiators", "coast", "guard"}
#: Suffixes of a firm's name ("China's Lenovo Group", "India's Tata Steel Ltd.").
_CORP_SUFFIX = {"inc", "corp", "co", "ltd", "plc", "group", "ag", "sa", "nv", "llc", "holdings", "gmbh", "spa",
                # words that end firms' names ("South Korea's Samsung Display", "Japan's Toyota Motor")
                "electronics", "display", "motor", "motors", "steel", "telecom", "airways", "semiconductor",
                "chemical", "chemicals", "industries", "pharmaceutical", "pharmaceuticals", "shipbuilding",
                "mining", "petroleum", "airlines", "mobile", "heavy"}


#: Words of one firm buying another ("Britain's Vodafone won control of Germany's Mannesmann"): with
#: them a state's possessive before a bare capitalised name is the firm's home.
_TAKEOVER_WORDS = {"acquire", "acquires", "acquired", "acquiring", "acquisition", "acquisitions", "takeover",
                   "takeovers", "buyout", "merger", "mergers", "merge", "merges", "merged", "merging", "buy", "buys",
                   "bought", "buying"}
#: Capitalised words after a state's possessive that are the state itself, however a deal is worded
#: ("Russia's Duma approved the merger", "India's Cabinet cleared the takeover").
_STATE_TITLES = _STATE_ORGANS | {"prime", "premier", "king", "queen", "emir", "sultan", "crown", "prince",
                                 "chancellor", "foreign", "defence", "defense", "finance", "trade", "economy",
                                 "interior", "parliament", "cabinet", "senate", "congress", "duma", "knesset",
                                 "supreme", "constitutional", "state", "national", "central", "federal", "royal",
                                 "air", "ministry", "treasury", "department", "office", "council", "assembly"}


_TAKEOVER_NEAR = _TAKEOVER_WORDS | {"won", "control", "bid", "bids", "stake", "offer", "agreed", "agrees", "sells",
                                    "sold", "sell", "rival", "unit", "to"}


#: Participles after "<state>-" that make it a firm's home ("France-based Airbus", "US-listed").
_HOME_PARTICIPLES = {"based", "headquartered", "listed", "registered", "incorporated", "domiciled"}
#: Forces after "<state>-based": stationed in a host state, not a firm ("Japan-based US Marines").
_BASED_FORCES = {"paratroopers", "marines", "soldiers", "bombers", "jets", "warplanes", "aircraft", "warships",
                 "planes", "submarines", "personnel", "squadron", "squadrons", "fleet", "brigade", "division",
                 "units", "peacekeepers", "drones", "missiles", "airmen", "sailors"}


def _takeover_sentence(lower: list[str]) -> bool:
    """Whether a sentence (lower-cased tokens) tells of one firm buying another."""
    return any(w in _TAKEOVER_WORDS for w in lower) or any(
        lower[i] in ("won", "wins", "win", "winning") and lower[i + 1] == "control" and lower[i + 2] == "of"
        for i in range(len(lower) - 2))


#: Nouns after "national" that make it the nation's, not a person's nationality ("Indonesian national rights").
_NATIONAL_THINGS = {"rights", "interest", "interests", "sovereignty", "unity", "territory", "security", "cause",
                    "independence", "aspirations", "liberation", "identity", "soil", "honour", "honor", "dignity",
                    "reconciliation", "self-determination", "existence", "integrity", "borders", "goals"}


def _names_private(nxt: list[str]) -> bool:
    """
    Whether the two words after a demonym make it private persons ("three Indian drivers").

    "national" is a person ("a Saudi national") unless a noun of the nation follows it
    ("fulfil Indonesian national rights").
    """
    if nxt[:1] and nxt[0] in _FLEEING:
        return True   # "Afghans fleeing the fighting crossed into Pakistan": refugees, not their state
    for i, w in enumerate(nxt[:2]):
        if w in _PRIVATE and not (w == "national" and i + 1 < len(nxt) and nxt[i + 1] in _NATIONAL_THINGS):
            return True
    return False


#: Participles after a demonym that make it people in flight ("Ukrainians fleeing the war").
_FLEEING = {"fleeing", "escaping", "displaced", "stranded", "trapped"}
#: Verbs of fleeing: a war or fighting after them is what people ran from, no act of a state named nearby.
_FLEE_VERBS = {"fleeing", "flee", "flees", "fled", "escaping", "escape", "escaped", "escapes"}


def _fled_from(lower: list[str], s: int) -> bool:
    """
    Whether the cue at ``s`` is what people flee ("Ukrainians fleeing war", "fled the fighting").

    >>> _fled_from("poland opens border to ukrainians fleeing war".split(), 6)
    True
    >>> _fled_from("civilians fled from the renewed fighting in the north".split(), 5)
    True
    >>> _fled_from("russia began a war on ukraine".split(), 3)
    False
    """
    for k in range(s - 1, max(-1, s - 5), -1):
        if lower[k] in _FLEE_VERBS:
            return True
        if not (lower[k] in ("the", "a", "an", "from", "their", "its", "his", "her") or (
                lower[k].isalpha() and lower[k].endswith(("ed", "ing", "al", "ent", "ive", "ful", "ic", "ous")))):
            return False   # (only articles and adjectives between: "fled from the renewed fighting")
    return False


def _names_a_firm(words: list[str], lower: list[str], e: int, adjectival: bool = True,
                  takeover: bool = False) -> bool:
    """
    Whether the demonym or state's name ending at token ``e`` describes a private firm.

    "U.S. telecommunications equipment maker Avaya", "German vendor Tenovis", "Japan's top
    cell phone operator", "China's Lenovo Group": lower-case words then a firm noun, or a
    possessive before a capitalised name with a company suffix. A state-owned firm ("Russia's
    state gas company Gazprom"), a central bank and policy makers are the state's. A state's
    name that is not ``adjectival`` (a demonym, a possessive, an abbreviation such as "U.S.")
    describes nothing ("the United States sent carriers").
    """
    if (e + 1 < len(lower) and lower[e] == "-" and lower[e + 1] in _HOME_PARTICIPLES) or (
            e < len(lower) and lower[e][:1] == "-" and lower[e][1:] in _HOME_PARTICIPLES):
        j = e + 2 if lower[e] == "-" else e + 1
        while j < len(lower) and (words[j][:1].isupper() or lower[j] in ("and", "-")):
            j += 1   # the head noun after the names: "Turkey-based American and British jets"
        first = e + 2 if lower[e] == "-" else e + 1
        # "France-based Airbus", "UK-based advertising giant WPP", "US-listed Sohu": a firm's home (but
        # "Italy-based American paratroopers", "Japan-based US Marines": forces a host state lets in)
        return not any(w in _STATE_ORGANS or w in _BASED_FORCES for w in lower[first:j + 1])
    k = e + 1 if e < len(lower) and lower[e] in ("'s", "\u2019s") else e
    if not adjectival and k == e:
        # "the United States sent two aircraft carriers": a verb, no description; but a headline's
        # "Kuwait firm", "Belarus Bank" use the name as a noun before the firm's
        return k < len(lower) and lower[k] in _FIRM_NOUNS
    j = k
    while j < len(words) and j - k < 4 and words[j][:1].isupper():
        j += 1
    if k > e and j > k and any(lower[x].rstrip(".") in _CORP_SUFFIX for x in range(k + 1, j)):
        return True
    if takeover and k > e and j > k and not any(lower[x].rstrip(".") in _STATE_TITLES for x in range(k, j)) and any(
            w in _TAKEOVER_NEAR for w in lower[max(0, e - 6):e - 1] + lower[j:j + 3]):
        return True   # "Britain's Vodafone won control of Germany's Mannesmann": the bare name a takeover
        # word stands beside is a firm ("China's Hu praised Brazil's Lula after the merger" stays)
    for j in range(k, min(len(lower), k + 5)):
        w = lower[j]
        if w in _STATE_FIRM:
            return False
        if w in _FIRM_NOUNS:
            return j == k or lower[j - 1] not in ("policy", "decision", "peace", "law", "film")
        if not w[:1].isalpha() or words[j][:1].isupper() or w in _DESC_STOP or w in _IRREGULAR_PARTICIPLES \
                or w in _STATE_ORGANS:
            return False   # (a verb or the state's own men: "American troops sent two carriers")
    return False


_PASSIVE = {"was", "were", "been", "being", "is", "are", "be", "got"}
#: Irregular past participles; a regular one ends in "-ed". With a passive auxiliary before
#: them ("were shot dead", "was accused") the subject is the one acted upon.
_IRREGULAR_PARTICIPLES = {"shot", "hit", "struck", "held", "seen", "taken", "given", "beaten", "caught",
                          "driven", "thrown", "sent", "brought", "cut", "told", "made", "put", "kept",
                          "sold", "built", "led", "fought", "sought", "bought", "stolen", "broken",
                          "chosen", "spoken", "written", "forbidden", "withdrawn", "overthrown", "shut",
                          "slain", "hung", "hanged", "blown", "torn", "bound", "fed", "freed", "won",
                          "lost", "paid", "sworn", "shown", "known", "thrust", "stung", "dealt"}
#: Nouns after a name that make it a place ("the Iraqi city of Fallujah", "the Baghdad slum",
#: "near the Afghan border"): where something happened, not a party acting.
_PLACE_NOUNS = {"city", "cities", "town", "towns", "village", "villages", "capital", "province", "provinces",
                "region", "regions", "district", "districts", "border", "borders", "coast", "coastline",
                "port", "ports", "slum", "slums", "suburb", "suburbs", "soil", "territory", "territories",
                "waters", "airspace", "camp", "camps", "island", "islands", "neighbourhood", "neighborhood",
                "countryside", "desert", "mountains", "valley", "frontier", "frontiers", "hinterland",
                "heartland", "enclave", "outskirts", "streets", "resort", "resorts", "hotel", "hotels",
                "prison", "jail", "hospital", "mosque", "market", "stronghold", "hometown", "interior",
                # a seat named as the ground a ceremony is held on ("on the White House lawn")
                "lawn", "garden", "gardens", "grounds", "courtyard", "ballroom"}
#: Nouns after "border" or "coast" that make the words a force ("Afghan border guards", "Thai border police").
_BORDER_FORCE_NOUNS = {"guards", "guard", "guardsmen", "police", "policemen", "troops", "forces", "patrol", "patrols",
                       "units", "officers", "agents", "service", "soldiers", "force"}


def _border_force(nxt: list[str]) -> bool:
    """True for "border guards", "coast guard" after a state's name: its forces, not a place."""
    return len(nxt) >= 2 and nxt[0] in ("border", "frontier", "coast") and nxt[1] in _BORDER_FORCE_NOUNS


#: Adjectives a place name may carry after its preposition ("in western Thailand").
_PLACE_ADJ = {"western", "eastern", "northern", "southern", "central", "north", "south", "east", "west",
              "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
              "southeast", "southwest", "rural", "remote",
              "restive", "volatile", "troubled", "war-torn", "coastal", "mainland", "downtown", "famous",
              "holy", "mountainous", "oil-rich", "largest", "biggest", "main", "key"}
#: Tokens that end the reach of a cue to its right ("puts blame on critics -- and supports Bush").
#: Cooperative reactions: they answer an act told after "after" ("welcomed ... after Iran freed the sailors").
_REACTION_CUES = {"welcome", "praise", "hail", "thank", "express_support", "express_satisfaction", "endorse",
                  # steps taken in protest: "recalled its ambassador after Pakistan tested a nuclear device"
                  "recall_ambassador", "summon_ambassador", "expel_diplomats", "downgrade_ties", "suspend_aid",
                  "freeze_assets"}
#: Verbs of asking: a clause "after Washington urged it to" gives a step its asker, not its target.
_ASKING = {"urged", "asked", "pressed", "requested", "demanded", "urges", "asks", "requests"}
#: Words that open a clause of time or cause ("after Saudi Arabia cut ties", "since Seoul had agreed").
_TIME_CLAUSE_OPENERS = {"after", "before", "since", "because", "until", "once"}
_FINITE_AUX = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "did", "does", "do"}
_CLAUSE_BREAK = {";", "--", "\u2014", "but", "while", "whereas", "although", "though", "even", "when"}


#: Nouns whose "of" phrase is a topic, not an act ("the failure of the deal", "critics of the accord").
_TOPIC_HEADS = {"failure", "failures", "collapse", "fate", "future", "demise", "death", "flaws", "flaw", "critics",
                "opponents", "proof", "terms", "text", "details", "fragility", "weakness", "weaknesses", "merits",
                "shortcomings", "limits", "dangers", "danger", "defenders", "supporters", "breakdown", "unravelling",
                "unraveling", "erosion", "violation", "violations", "breach", "breaches"}


def _eased(lower: list[str], s: int) -> bool:
    """True when a verb of easing governs the cue of a strained mood at ``s`` ("to reduce international tensions")."""
    before = [x for x in lower[max(0, s - 4):s] if x not in ("the", "international", "mutual", "regional")]
    return any(w in _EASING_VERBS for w in before[-2:])


def _topic_of(lower: list[str], s: int) -> bool:
    """
    True when the noun cue at ``s`` is a topic talked about: "about the deal", "the failure of the deal".

    The words between the article and the cue may be adjectives ("the nuclear deal").
    """
    k = s - 1
    while k >= 0 and k >= s - 3 and lower[k] not in ("the", "this", "that", "its", "their"):
        if not lower[k].isalpha():
            return False
        k -= 1
    if k < 1 or lower[k] not in ("the", "this", "that", "its", "their"):
        return False
    return lower[k - 1] in ("about", "regarding", "concerning") or (
        lower[k - 1] == "of" and k > 1 and lower[k - 2] in _TOPIC_HEADS)


def _in_scene_phrase(lower: list[str], s: int, e: int | None = None) -> bool:
    """
    True when the cue at ``s`` is a noun inside a phrase of circumstance ("in a hail of ... gunfire").

    A cue that takes a partner ("acting in solidarity with", "in cooperation with") is an act.
    """
    if e is not None and (lower[e - 1] == "with" or (e < len(lower) and lower[e] == "with")):
        return False
    for k in range(s - 1, max(-1, s - 7), -1):
        w = lower[k]
        if w == "to" and k > 0 and lower[k - 1] in ("and", "or"):
            return False   # "break off relations with Portugal and to recognize Angola": a second predicate
        if w in _SCENE_PREP:
            return True
        if w in (",", ";", ":") or not (w.isalpha() or w in ("-", "'s")):
            return False
    return False


@dataclass(frozen=True)
class Cue:
    cue_id: str
    form: str
    event_class: str
    intensity: float
    symmetric: bool
    experiencer: bool
    pos: str = "verb"


@lru_cache(maxsize=1)
def load_cues() -> list[Cue]:
    """Read every surface form of ``data/lexicon/cues.csv`` as a :class:`Cue`."""
    out = []
    with open(DATA / "lexicon" / "cues.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            for form in (r["forms"] or "").split("|"):
                form = form.strip().lower()
                if form:
                    out.append(Cue(r["cue_id"], form, r["event_class"], float(r["intensity"]),
                                   str(r.get("symmetric", "0")).strip() == "1",
                                   str(r.get("experiencer", "0")).strip() == "1",
                                   (r.get("pos") or "verb").strip()))
    if not out:
        raise ValueError("the stance cue lexicon data/lexicon/cues.csv is empty")
    return out


@lru_cache(maxsize=1)
def _modifiers() -> dict[str, list[tuple[str, float]]]:
    out: dict[str, list[tuple[str, float]]] = {}
    path = DATA / "lexicon" / "modifiers.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            try:
                eff = float(r.get("effect") or 1.0)
            except ValueError:
                eff = 1.0
            out.setdefault(r["type"].strip(), []).append((r["form"].strip().lower(), eff))
    return out


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """The score weights (cue, vader, textblob) fitted on the bundled gold; see :func:`fit_weights`."""
    path = DATA / "lexicon" / "weights.json"
    if path.exists():
        return json.loads(path.read_text())["weights"]
    return {"cue": 0.8, "vader": 0.1, "textblob": 0.1, "no_cue_vader": 0.0}


@lru_cache(maxsize=1)
def _alliances() -> list[tuple[str, str, pd.Timestamp, pd.Timestamp, str]]:
    """(alliance, member, since, until, hub) rows of ``data/actors/alliances.csv``."""
    with open(DATA / "actors" / "alliances.csv", newline="", encoding="utf-8") as f:
        return [(r["alliance"], r["member"], pd.Timestamp(r["since"]),
                 pd.Timestamp(r["until"]) if r["until"] else pd.Timestamp.max, r["hub"])
                for r in csv.DictReader(f)]


@lru_cache(maxsize=4096)
def _members_on(day: pd.Timestamp) -> tuple[tuple[tuple[str, str], frozenset], ...]:
    """((alliance, hub), members) of every alliance on one day: articles share few dates."""
    members: dict = {}
    for name, member, since, until, hub in _alliances():
        if since <= day < until:
            members.setdefault((name, hub), set()).add(member)
    return tuple((k, frozenset(v)) for k, v in sorted(members.items()))


def allied(a: str, b: str, date) -> str | None:
    """
    The alliance that binds two actors on a date, from ``data/actors/alliances.csv``, or None.

    Two members of one alliance (NATO, the EU, the CSTO) are allies, and so are
    an alliance and its member ("NATO" and "POL"); the United States' defence
    treaties and major non-NATO allies bind each member to the United States only
    (the ``hub``). Membership counts between its ``since`` and ``until`` dates;
    without a date, no one is an ally.

    >>> allied("GBR", "USA", "2004-06-01")
    'NATO'
    >>> allied("ISR", "USA", "2004-06-01")
    'US major non-NATO ally'
    >>> allied("POL", "USA", "1995-01-01") is None     # before Poland joined NATO
    True
    >>> allied("ISR", "JPN", "2004-06-01") is None     # both US allies, not each other's
    True
    """
    d = _plain_day(date)
    if d is None:
        return None
    for (name, hub), ms in _members_on(d.normalize()):
        if hub:
            if {a, b} & {hub} and ({a, b} - {hub}) & ms:
                return name
        elif (a in ms or a == name) and (b in ms or b == name) and a != b:
            return name
    return None


@lru_cache(maxsize=1)
def _rivalries() -> dict[frozenset, list[tuple[pd.Timestamp, pd.Timestamp]]]:
    """{pair: [(since, until), ...]} of ``data/actors/rivalries.csv``."""
    out: dict = {}
    with open(DATA / "actors" / "rivalries.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.setdefault(frozenset((r["a"], r["b"])), []).append(
                (pd.Timestamp(r["since"]), pd.Timestamp(r["until"]) if r["until"] else pd.Timestamp.max))
    return out


def rivals(a: str, b: str, date) -> bool:
    """
    Whether two actors are rivals on a date, from ``data/actors/rivalries.csv``.

    The file lists enduring (strategic) rivalries, each dated: India and
    Pakistan, Algeria and Morocco, the United States and Cuba, Israel and
    Hamas. Without a date, no one is a rival.

    >>> rivals("IND", "PAK", "2004-06-01")
    True
    >>> rivals("ERI", "ETH", "2019-01-01")      # after the 2018 peace declaration
    False
    >>> rivals("RUS", "UKR", "2004-06-01")      # before Crimea
    False
    """
    spans = _rivalries().get(frozenset((a, b)))
    d = _plain_day(date) if spans and a != b else None
    return d is not None and any(since <= d < until for since, until in spans)


def _plain_day(date) -> pd.Timestamp | None:
    """An article's date as a naive UTC timestamp, or None when it has none (or none that parses)."""
    try:
        d = pd.Timestamp(date)
    except (TypeError, ValueError):
        return None
    if d is pd.NaT or pd.isna(d):
        return None
    return d.tz_convert("UTC").tz_localize(None) if d.tzinfo is not None else d


class _CueMatcher:
    def __init__(self):
        from spacy.matcher import PhraseMatcher

        from ._nlp import blank_nlp
        self.nlp = blank_nlp()
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.cues: dict[str, Cue] = {}
        self.by_id: dict[str, Cue] = {}
        self.key_by_id: dict[str, str] = {}
        for c in load_cues():
            reduced = " ".join(w for w in c.form.split() if w not in _CUE_SKIP) or c.form
            key = f"CUE::{reduced}"
            if key not in self.cues:
                self.cues[key] = c
                self.matcher.add(key, [self.nlp.make_doc(reduced)])
            self.by_id.setdefault(c.cue_id, c)   # the first form of each cue, for cues made from context
            self.key_by_id.setdefault(c.cue_id, key)
        mods = _modifiers()
        self.neg = [tuple(self.nlp.make_doc(f).text.split()) for f, _ in mods.get("negation", [])]
        self.modal = {tuple(f.split()): e for f, e in mods.get("modality", [])}
        self.speech = {tuple(f.split()) for f, _ in mods.get("speech", [])}
        self.speech_first = {p[0] for p in self.speech}
        self.intens = {f: e for f, e in mods.get("intensifier", [])}
        self.reversal = {tuple(f.split()) for f, _ in mods.get("reversal", [])}


@lru_cache(maxsize=1)
def _cue_matcher() -> _CueMatcher:
    return _CueMatcher()


@lru_cache(maxsize=1)
def _sentiment_tools():
    # TextBlob(text).sentiment.polarity is textblob.en.sentiment(text)[0] behind a blob object
    # and a namedtuple class made on every call; calling the analyser gives the same number
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    class _Vader(SentimentIntensityAnalyzer):
        """VADER that also gives a text's valence sum before normalisation (see :func:`passage_tone`)."""

        def score_valence(self, sentiments, text):
            self._last_sum = float(sum(sentiments)) if sentiments else 0.0
            return super().score_valence(sentiments, text)

    from ._nlp import pattern_sentiment
    return pattern_sentiment(), _Vader()


def sentiment(text: str) -> tuple[float, float]:
    """
    Return (TextBlob polarity, VADER compound) of a text; both need no downloads.

    >>> from textblob import TextBlob
    >>> s = "Algeria strongly condemned the deal, a grave mistake."
    >>> sentiment(s)[0] == TextBlob(s).sentiment.polarity
    True
    """
    tb, compound, _ = _scores(text)
    return tb, compound


@lru_cache(maxsize=20_000)
def _scores(text: str) -> tuple[float, float, float]:
    """(TextBlob polarity, VADER compound, VADER valence sum) of one sentence, computed once.

    A sentence is scored by :func:`find_events` when it names two actors and again by
    :func:`context_tone` for the passages about a pair; the bounded cache serves both.
    """
    tb, va = _sentiment_tools()
    va._last_sum = 0.0
    compound = float(va.polarity_scores(text)["compound"])
    return float(tb(text)[0]), compound, va._last_sum


#: Words that make what follows them a condition, read anywhere before a cue ("if", "as long as").
_CONDITIONS = {("if",), ("unless",), ("as", "long", "as"), ("so", "long", "as"), ("provided", "that"),
               ("on", "condition", "that"), ("in", "case", "of")}


_BE_FORMS = {"be", "been", "was", "were", "is", "are", "being"}
#: Places people are deported into ("to a Salvadoran prison"): the state that holds them is no target.
_HOLDING_PLACES = {"prison", "prisons", "jail", "jails", "camp", "camps", "detention", "centre", "center",
                   "centres", "centers", "facility", "facilities", "mega-prison"}
#: A sentence that opens on an earlier year ("In June 2017 Riyadh ...", "Back in 1994, ...").
_PAST_LEAD = re.compile(r"^(?:In|Back in|By|Until|During)\s+(?:(?:early|late|mid)[- ])?(?:(?:January|February|March|"
                        r"April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b"
                        r"(?!\s*(?:GMT|UTC|GST|EST|EDT|CET|local|hours|hrs|h)\b)")
#: Words that, after "called the veto ...", judge the act named as hostile.
_HARSH_WORDS = {"disgrace", "disgraceful", "mistake", "outrageous", "reckless", "provocative", "provocation",
                "irresponsible", "unacceptable", "illegal", "kidnapping", "piracy", "injustice", "crime", "criminal",
                "aggression", "farce", "sham", "shameful", "deplorable", "dangerous", "hostile", "absurd",
                "distressing", "insult", "insulting", "betrayal", "interference", "blackmail", "void", "illegitimate",
                "unjust", "unfriendly", "worrying", "destabilising", "destabilizing", "lawless", "barbaric",
                "disgusting", "despicable", "blasphemous", "sacrilege", "vandalism", "barbarism", "scandalous",
                "cynical", "outrage", "unlawful", "meddling", "bullying", "intimidation", "treachery",
                "invasion", "breach", "violation", "regrettable", "fabrication", "fabrications", "lie", "lies",
                "unforgivable", "heinous", "cowardly", "reprehensible", "abhorrent", "inexcusable", "atrocious",
                "inhuman", "appalling", "threat", "menace"}
#: Intensity of support named as an epithet ("Iraq's U.S.-backed government"): standing, not news.
EPITHET_INTENSITY = 1.0
#: A veto that shields the state a draft was aimed at (CAMEO 04-like support at the UN).
SHIELD_INTENSITY = 3.0
#: Nouns of a text put to a vote, and the words that aim it at a state or name its drafter.
_DRAFTS = {"resolution", "resolutions", "draft", "text", "motion", "statement"}
_AIMED_DRAFT = {"against", "condemning", "criticising", "criticizing", "censuring", "sanctioning", "targeting",
                "threatening", "denouncing", "blaming", "punishing", "condemned", "threatened",
                # "a resolution imposing (new) sanctions on Iran"
                "imposing", "sanctions", "embargo"}
_DRAFTED = ("drafted", "sponsored", "backed", "proposed", "led", "written", "authored", "tabled")


def _vetoed_for(lower: list[str], e: int, groups) -> list:
    """
    The groups a vetoed draft was aimed at, after a veto cue ending at ``e`` ("a resolution
    condemning Syria", "a draft against Israel"); never its drafter ("a US-drafted resolution",
    "proposed by France"), nor a state it is only about ("a resolution on Ukraine").
    """
    d = next((k for k in range(e, min(e + 8, len(lower))) if lower[k] in _DRAFTS), None)
    if d is None or any(w in (";", ".", "but", "and") for w in lower[e:d]):
        return []
    shield = []
    for g in groups:
        g0, g1 = g[0][0], g[-1][1]
        drafter = (g1 < len(lower) and lower[g1] == "-" and g1 + 1 < len(lower) and lower[g1 + 1] in _DRAFTED) \
            or (g1 <= d and g1 < len(lower) and lower[g1] in ("'s", "\u2019s")) \
            or (g0 > 1 and lower[g0 - 1] == "by" and lower[g0 - 2] in _DRAFTED)
        if drafter:
            continue
        between = lower[d + 1:g0]
        if d < g0 <= d + 6 and not any(w in (",", ";", "by") for w in between) \
                and any(w in _AIMED_DRAFT for w in between):
            shield.append(g)   # "a resolution condemning Syria", "a draft against Israel"
    return shield


#: Nouns after a hostile noun cue that make the two a name ("the war crimes court", "the genocide trial").
_COURT_WORDS = {"court", "courts", "tribunal", "tribunals", "trial", "trials", "prosecutor", "prosecutors",
                "investigators", "suspect", "suspects", "convict", "convicts", "indictment"}
#: Verbs whose object is an act of their own subject ("... and ordered the closure of its embassy").
_DOING_VERBS = {"ordered", "announced", "declared", "launched", "began", "started", "conducted", "staged", "imposed",
                "approved", "authorised", "authorized", "completed", "carried", "made", "offered", "proposed"}
#: Nouns of a charge that a rejection denies ("rejected claims of an attack"): no sympathy with its target.
_CLAIMS = {"claims", "claim", "charges", "charge", "accusations", "accusation", "allegations", "allegation", "reports",
           "report", "suggestions", "assertions", "that"}
#: Acts a plea asks to forgo in restraint ("urged Israel not to retaliate", "not to escalate").
_RESTRAINT = ("retaliat", "respond", "escalat", "overreact", "react", "hit back", "strike back")
#: Accords that a state can renounce ("denounced the 1960 defence agreement").
_ACCORD_CUES = {"agreement_noun", "cooperation_agreement", "treaty", "peace_agreement", "defence_pact", "nuclear_deal",
                "trade_deal", "fisheries_agreement", "energy_deal", "grain_deal"}
_DENOUNCE_TREATY = {"denounced", "denounces", "denounce", "denouncing", "abrogated", "abrogates", "abrogate",
                    "abrogating", "renounced", "renounces", "renounce", "renouncing", "tore", "tears", "repudiated",
                    "quit", "quits", "quitting"}   # ("quits nuclear treaty"; "quit the bloc" undoes no cue)
#: Cues of rejection that, aimed at a hostile measure, undo it ("rejected sanctions against Russia").
_OPPOSING_CUES = {"reject", "oppose", "veto", "block"}
#: Cues that, followed by "an end to" a measure aimed at a state, oppose the measure ("demanded an end to").
_END_DEMANDING_CUES = {"demand", "urge", "call_on", "press"}
#: Giving way to another state's objection ("bowing to protests", "heeding demands"): CAMEO 08 yield, mild.
YIELD_INTENSITY = 2.0
_GIVE_WAY_VERBS = {"bowing", "bowed", "bows", "bow", "yielding", "yielded", "yields", "yield", "caving", "caved", "caves",
                   "cave", "bending", "bent", "bends"}
#: ... and those that give way only with "in" ("gave in to US demands", "caved in to").
_GIVE_IN_VERBS = _GIVE_WAY_VERBS | {"giving", "gave", "gives", "give"}
_HEED_VERBS = {"heeding", "heeded", "heeds", "heed", "meeting", "accommodating", "accommodated"}
#: Ends the cue of such an epithet: it scores a pair only when no act of the article links the two.
EPITHET_MARK = "(epithet)"
#: Intensity of such a judgement (as a criticism: CAMEO 111).
JUDGED_INTENSITY = -2.5


def _judged_word(lower: list[str], at: int) -> int:
    return next(k for k in range(at + 1, min(len(lower), at + 9)) if lower[k].strip("\"'") in _HARSH_WORDS)


def _judged_at(lower: list[str]) -> int | None:
    """Where "called/described the X <harsh word>" starts ("called the veto a disgrace"), or None."""
    for i, w in enumerate(lower):
        if w in _NAMING_VERBS and i + 1 < len(lower) and lower[i + 1] in ("it", "this", "that", "the", "its",
                                                                          "their", "his", "her", "these", "those"):
            window = lower[i + 1:min(len(lower), i + 9)]
            if lower[i + 1] not in ("it", "this", "that", "these", "those") and not any(
                    x in _ACT_NOUNS for x in window[1:4]):
                continue   # "called the situation in Libya unacceptable": a state of affairs, not the act
            if any(x.strip("\"'") in _HARSH_WORDS for x in window) and not any(x in (",", ";", "and") for x in window[:2]):
                return i
    return None


#: Nouns that name an act when judged ("called the veto a disgrace", "termed the move illegal").
_ACT_NOUNS = {"veto", "decision", "decisions", "move", "moves", "step", "steps", "act", "action", "actions",
              "landing", "landings", "outburst", "outbursts", "nationalisation", "nationalization", "takeover",
              "crackdown", "shelling", "overflight", "overflights", "expropriation", "boycott", "snub",
              "measure", "measures", "deal", "agreement", "accord", "memorandum", "sanctions", "ban", "strike",
              "strikes", "attack", "attacks", "raid", "raids", "vote", "resolution", "plan", "visit", "expulsion",
              "expulsions", "seizure", "annexation", "arrest", "arrests", "detention", "remarks", "statement",
              "statements", "comments", "test", "tests", "launch", "embargo", "recognition", "blockade", "closure",
              "law", "ruling", "order", "referendum", "treaty", "pact", "incursion", "invasion", "operation",
              "deployment", "killing", "killings", "execution", "shooting", "bombing", "bombings", "accusation",
              "accusations", "claims", "charges", "announcement", "policy", "response", "report", "demand",
              "demands", "threat", "threats", "occupation", "sentence", "verdict", "trial", "withdrawal",
              "suspension", "interception", "hijacking", "kidnapping", "abduction", "downing", "incident",
              "intervention", "behaviour", "behavior", "conduct", "exercise", "exercises", "drills", "election",
              "elections", "poll", "summit", "talks", "meeting", "tariffs", "tariff", "quota", "quotas", "embassy",
              "transfer", "sale", "sales", "purchase", "offer"}
#: Verbs of a reported clause that judge the act it opens with ("said the raid broke the convention").
_SAID_ACT_VERBS = {"broke", "breaks", "violated", "violates", "breached", "breaches", "was", "is", "amounted",
                  "amounts", "constituted", "constitutes", "flouted", "flouts", "contravened", "contravenes"}
#: Verbs that name a thing already reported before judging it ("calling the memorandum void").
_NAMING_VERBS = {"calling", "called", "calls", "call", "described", "describing", "describes", "termed", "terming"}
_SPANS = {"months", "years", "decades", "month", "year", "decade"}
#: Verbs after "nearly" that make a war one that did not happen ("a quarrel that nearly led to war"),
#: unlike "nearly three years of war".
_NEAR_MISS_VERBS = {"led", "sparked", "triggered", "provoked", "caused", "came", "went", "plunged", "dragged",
                    "pushed", "drove", "brought", "started", "escalated", "spilled", "erupted", "tipped", "to"}


#: Counts before a plural noun of conflict that make it a tally of the past ("rivals who have fought three wars").
_TALLY = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "numerous", "multiple",
          "2", "3", "4", "5", "6", "7", "8", "9", "10"}


#: Criminal groups beyond the people nouns (``_PEOPLE_NOUNS``) that a relative clause can belong to.
_GANG_NOUNS = {"cartel", "gang", "mafia", "mafias", "syndicates", "syndicate"}


def _whose_nonstate(lower: list[str], i: int) -> bool:
    """True when the cue at ``i`` is owned by a group that is no state: "cartels whose (bloody) wars"."""
    for k in (i - 1, i - 2):
        if k > 0 and lower[k] == "whose":
            return lower[k - 1] in _PEOPLE_NOUNS or lower[k - 1] in _GANG_NOUNS
    return False


def _long_ago(lower: list[str], i: int) -> bool:
    """
    True when the cue at ``i`` is history: in a clause opened by "<n> months/years after|before",
    or a tally of past conflicts in the perfect ("rivals who have fought three wars").
    """
    if i > 1 and lower[i - 1] in _TALLY and lower[i] in ("wars", "conflicts", "invasions") \
            and any(w in ("have", "has", "had") for w in lower[max(0, i - 4):i - 1]):
        return True
    for k in range(max(0, i - 8), i):
        if lower[k] in ("after", "before") and k > 0 and lower[k - 1] in _SPANS and not any(
                w in (",", ";", "but") for w in lower[k + 1:i]):
            return True
    return False


def _named_by_past_year(lower: list[str], i: int, year: int | None, intensity: float = -1.0) -> bool:
    """
    True when the cue at ``i`` is an act named by a year before the article's ("victims of the 1986 Berlin
    disco bombing", "reparations for the 1990 invasion", "crimes of the 1990s war", "their 1962 war" in a
    2004 story), or, for a hostile act, dated by one in a relative clause ("which fought a war in 1979"):
    history, not this news. (A past agreement told in such an aside, "Abu Dhabi, which normalised relations
    with Israel in 2020, ...", is the standing the relation still has, so it is kept.)
    """
    if year is None:
        return False

    def past(w: str) -> bool:
        # "1990" before the article's year; "the 1990s" (a decade over before it)
        return (len(w) == 4 and w.isdigit() and 1900 < int(w) < year) or (
            len(w) == 5 and w[:4].isdigit() and w.endswith("s") and int(w[:4]) + 9 < year)
    for k in range(max(1, i - 5), i):
        # "the 1990 invasion", "their 1962 war"
        if lower[k - 1] in _YEAR_DETERMINERS and past(lower[k]) \
                and not any(x in (",", ";", "and", "but") for x in lower[k + 1:i]):
            return True
    # "Tanzania and Uganda, which fought a bitter war in 1979, ...": a dated act in a relative clause is
    # the aside of a later story (but "Russia and Georgia fought two wars in 2008 and 2009" is its news)
    if intensity >= 0 or not any(w in ("which", "that", "who", "whose") for w in lower[max(0, i - 6):i]):
        return False
    for k in range(i + 1, min(len(lower) - 1, i + 6)):
        if lower[k] in (",", ";", ".", "and", "but"):
            break
        if lower[k] == "in" and past(lower[k + 1]):
            return True
    return False


#: Words before a year that name a dated act ("the 1990 invasion", "their 1962 war").
_YEAR_DETERMINERS = {"the", "their", "its", "his", "her", "our"}


#: Participles that, after a hyphen, name a proxy's patron ("Iranian-backed militias").
_PATRON_PARTICIPLES = {"backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "allied"}
#: Verbs that report a demand or a warning: what "must" be done after them is asked for, not done.
_DEMAND_VERBS = {"warned", "warns", "demanded", "demands", "insisted", "insists", "urged", "urges", "told",
                 "said", "says", "added", "stressed", "declared"}
#: Words before a reversal verb that make it a demand, not an end ("must stop killing").
_DEONTIC = [("must",), ("should",), ("has", "to"), ("have", "to"), ("needs", "to"), ("need", "to")]


def _met_with_someone(lower: list[str], named: list[bool], s: int) -> bool:
    """True when "met with" at ``s`` is followed by a named actor ("was met with the Thai premier")."""
    w = s + 1 if s + 1 < len(lower) and lower[s + 1] == "with" else s + 2
    for k in range(w + 1, min(len(lower), w + 4)):
        if named[k]:
            return True
        if lower[k] in ("in", "at", "from", "by", "of", ",", ";"):
            return False   # "met with anger in Algiers": the reaction's place
    return False


#: Verbs that, after the names, undo the noun cue that is their clause's subject
#: ("Sanctions imposed by the United States on Libya were lifted", "the war ... ended").
_UNDONE = {"lifted", "eased", "ended", "suspended", "halted", "scrapped", "removed", "dropped", "cancelled",
           "canceled", "abandoned", "revoked", "waived", "collapsed", "frozen", "broke", "ends", "eases",
           "collapses", "postponed", "shelved", "deferred", "put", "stopped", "stop", "stops", "ceased", "cease",
           "ceases"}
#: Verbs that do not need an auxiliary to undo their subject ("the talks collapsed"; talks that
#: "stalled" are only slow, and an agreement that "expired" was not undone by anyone).
_UNDONE_INTRANSITIVE = {"ended", "collapsed", "broke", "eased", "ends", "eases", "collapses"}
#: Verbs that only end hostile acts: a war or a blockade "ended", but talks that "ended" just finished.
_ENDS_HOSTILE_ONLY = {"ended", "eased", "lifted", "removed", "waived", "ends", "eases"}
#: "Relations between Qatar and Saudi Arabia were restored": the passive verb is the act.
_RELATION_VERBS = {"restored": "restore_ties", "normalised": "restore_ties", "normalized": "restore_ties",
                   "re-established": "restore_ties", "resumed": "restore_ties", "reestablished": "restore_ties",
                   "severed": "cut_ties", "cut": "cut_ties", "broken": "cut_ties", "downgraded": "downgrade_ties",
                   "upgraded": "upgrade_ties", "established": "establish_ties"}
_PASSIVE_AUX = {"was", "were", "is", "are", "been", "be", "being", "had", "has", "have", "will", "would", "finally",
                "formally", "officially", "partially", "partly", "fully", "largely", "now", "also", "later", "soon"}
#: Words after which a reported clause starts: its subject noun can be undone by its own verb.
_REPORT_OPENERS = {"that", "said", "says", "announced", "confirmed", "stated", "reported"}
_SUBJECT_LEAD = {"the", "a", "an", "all", "remaining", "international", "economic", "trade", "diplomatic", "peace",
                 "border", "bilateral", "direct", "new", "years", "of", "decade-old", "long-running", "-"}


def _clause_final_verbs(lower: list[str], words: list[str], cues: list, named: list[bool]):
    """
    Acts told by a verb after the names of a clause whose subject is the act's noun.

    Returns ``(undone, extra)``: ``undone`` maps the start of a noun cue undone by its
    clause's verb to ``(verb, position)`` ("The war between Ethiopia and Eritrea ended",
    "Sanctions imposed by the United States on Libya were lifted"); ``extra`` holds new
    cues for "relations ... were restored / severed" (the noun "relations" alone is a
    standing state, not a cue).
    """
    undone: dict[int, tuple[str, int]] = {}
    extra: list = []
    starts = {c[0] for c in cues}

    def subject_at(i: int) -> bool:
        # the noun opens its sentence, or a clause reported after "said" / "that" ("Annan said that
        # sanctions on Tripoli were suspended"): only determiners, modifiers and names before it
        start = max((k + 1 for k in range(i) if lower[k] in _REPORT_OPENERS), default=0)
        return all(named[k] or lower[k] in _SUBJECT_LEAD or (words[k][:1].isupper() and k == start)
                   or (words[k][:1].isupper() and words[k].isalpha()) for k in range(start, i))

    def verb_after(e: int) -> tuple[str, int] | None:
        for k in range(e, min(len(lower), e + 14)):
            w = lower[k]
            if w in (";", ":", ",", "but", "while", "which", "that", "who", "as", "when", "after") or (
                    k in starts and k > e):
                return None
            if (w in _UNDONE or w in _RELATION_VERBS) and k > e and (
                    lower[k - 1] in _PASSIVE_AUX or w in _UNDONE_INTRANSITIVE):
                if w == "broke" and not (k + 1 < len(lower) and lower[k + 1] in ("down", "off")):
                    return None
                if w == "broken" and not (k + 1 < len(lower) and lower[k + 1] == "off"):
                    return None
                if w == "put" and not (k + 1 < len(lower) and lower[k + 1] == "off"
                                       and lower[k - 1] in ("been", "was", "were", "be", "is", "are")):
                    return None   # "a visit ... had been put off": postponed (not "put on hold", "put to", nor
                    #               the active "sanctions ... have put off foreign investors")
                if w.startswith(("stop", "ceas")) and lower[k + 1:k + 2] and lower[k + 1] in (
                        "when", "if", "unless", "until", "once", "only", "after", "because"):
                    return None   # "will stop when Belgrade pulls out", "were stopped after the dockers' boycott"
                if w.startswith(("stop", "ceas")) and k + 1 < len(lower) and (
                        lower[k + 1].endswith("ing") or lower[k + 1] in ("the", "a", "an", "its", "their", "all")) \
                        and lower[k + 2:k + 3] not in (["next"], ["following"], ["same"]):
                    return None   # "Algeria cut ties ... and had stopped pumping gas": a verb with its own object
                return w, k
        return None

    cm = _cue_matcher()
    for s0, e0, c in cues:
        if (c.pos == "noun" or not (lower[e0 - 1].endswith("ed") or lower[e0 - 1] in _IRREGULAR_PARTICIPLES)) \
                and subject_at(s0):
            hit = verb_after(e0)
            if hit and hit[0] in _UNDONE and any(named[e0:hit[1]]) and not (
                    hit[0] in _ENDS_HOSTILE_ONLY and c.intensity > 0):
                undone[s0] = ("broke down", hit[1]) if hit[0] == "broke" else (
                    ("put off", hit[1]) if hit[0] == "put" else hit)
    for i, w in enumerate(lower):
        if w in ("relations", "ties") and i not in starts and subject_at(i) and not any(
                c0 <= i < c1 for c0, c1, _ in cues):
            hit = verb_after(i + 1)
            if hit and hit[0] in _RELATION_VERBS and any(named[i + 1:hit[1]]) and not any(
                    w in ("not", "never", "n't", "yet") for w in lower[i + 1:hit[1]]):
                # ("have never been normalised": a standing state, not an act)
                cue_id = _RELATION_VERBS[hit[0]]
                cue = cm.by_id.get(cue_id)
                if cue is not None:
                    end = hit[1] + 1 + (hit[1] + 1 < len(lower) and lower[hit[1] + 1] == "off")
                    extra.append((hit[1], end, dataclasses.replace(cue, symmetric=True)))
    return undone, extra


#: Words that make a requester someone other than the state's government ("its ousted president").
_NOT_THE_GOVERNMENT = {"ousted", "former", "exiled", "deposed", "toppled", "rebel", "opposition"}
#: Nouns of a state's consent ("with the approval of Kinshasa") and of the deal that gives it ("under a
#: deal with Kinshasa"): troops sent in so are invited, not invading.
_CONSENT = {"consent", "approval", "blessing", "permission", "agreement"}
_CONSENT_DEALS = {"deal", "agreement", "accord", "pact", "arrangement"}
#: Words that open another clause between a cue and a phrase that would complete it.
_CLAUSE_BREAKS = {",", "after", "as", "while", "when", "before", "since", "until", "and", "but", "because", "where",
                  "which", "who", "that", "(", "-", "--", "\u2014"}
#: The words of a title, not of the name after it ("Prime Minister Mari Alkatiri").
_REQUEST_TITLE_WORDS = {"prime", "minister", "president", "premier", "king", "the", "of", "interim", "acting"}


def _at_request_of(lower: list[str], e: int, target, groups, words: list[str] | None = None) -> bool:
    """
    True when the target's own consent follows the cue ending at ``e``: "at the request / invitation
    of <target>", "with the consent / approval of <target>", "under a deal / an agreement with <target>".
    """
    for k in range(e, len(lower) - 3):
        if lower[k] in (";", "but"):
            return False
        if lower[k] in ("at", "with") and (g := next((g for g in groups if g[0][0] == k + 1 or (
                g[0][0] == k + 2 and lower[k + 1] == "the")), None)) is not None \
                and (how := _consent_of(lower, g)) is not None \
                and ((how == "asked" and g[0][0] == k + 1) or not any(w in _CLAUSE_BREAKS for w in lower[e:k])):
            # "sent troops with Kinshasa's approval", "bombed rebel bases at Bamako's request"
            return set(_codes(g)) == set(_codes(target))
        if (lower[k] == "at" and lower[k + 1] in ("the", "its", "their") and lower[k + 2] in ("request", "invitation")) \
                or (((lower[k] == "with" and lower[k + 1] in ("the", "its", "their") and lower[k + 2] in _CONSENT
                      and lower[k + 3] == "of")
                     or (lower[k] == "under" and lower[k + 1] in ("a", "an", "the") and lower[k + 2] in _CONSENT_DEALS
                         and lower[k + 3] == "with"))
                    # (the cue's own clause only: "a week after Kurdish forces withdrew from Kirkuk under a
                    # deal with Baghdad" is another act's deal)
                    and not any(w in _CLAUSE_BREAKS for w in lower[e:k])):
            after = [g for g in groups if k + 3 < g[0][0] <= k + 7]
            if not after and lower[k + 1] in ("its", "their") and lower[k + 3] in (".", ",", ";", "and", "but"):
                # "sent troops to Mali at its request": the one the troops go to asked
                return True
            if not after and k + 5 < len(lower) and lower[k + 4] in ("its", "their") and (
                    lower[k + 5] in _HOST_RULERS or lower[k + 5] in ("prime", "premier", "king", "leader")):
                # "crossed into Lesotho at the request of its prime minister": the target's own rulers asked
                return not any(w in _NOT_THE_GOVERNMENT for w in lower[k + 4:k + 8])
            if not after:
                # "at the request of Prime Minister Mari Alkatiri": a head of government no dictionary
                # names, with no state of its own, is the host's (but "of the prime minister" may be anyone's)
                titled = [j for j in range(k + 3, min(k + 6, len(lower))) if lower[j] in ("prime", "premier", "king",
                                                                                         "president")]
                return bool(titled) and words is not None and any(
                    words[j][:1].isupper() and lower[j] not in _REQUEST_TITLE_WORDS
                    for j in range(titled[0] + 1, min(titled[0] + 4, len(words)))) \
                    and not any(w in _NOT_THE_GOVERNMENT for w in lower[k + 3:k + 8])
            if any(w in _NOT_THE_GOVERNMENT for w in lower[k + 3:after[0][-1][1] + 3]):
                return False   # "at the request of Ukraine's ousted president": not the state's government
            return set(_codes(after[0])) == set(_codes(target))
    return False


def _trailing_attribution(lower: list[str], speech_at: int, e: int, groups) -> bool:
    """
    True for ", Moscow said." closing a sentence whose report ends before it.

    "Ukrainian forces had shelled a Russian border town, Moscow said": the comma comes after
    the cue (ending at ``e``), the speaker stands between the comma and the speech verb, and
    no actor follows the verb.
    """
    comma = max((k for k in range(e, speech_at) if lower[k] == ","), default=None)
    if comma is None or any(w not in (",", '"', "'", "\u201d", "\u2019") and w in ("and", "but", ";")
                            for w in lower[comma:speech_at]):
        return False
    return not any(g[0][0] > speech_at for g in groups) and any(comma < g[0][0] < speech_at for g in groups)


#: Verbs before "its demands" that name the other side's demands again ("did not meet its 13 demands").
_MEET_VERBS = {"meet", "met", "meets", "meeting", "fulfil", "fulfill", "fulfilled", "accept", "accepted",
               "satisfy", "satisfied", "heed", "heeded", "ignore", "ignored"}


#: A leader who crosses into another state comes as a visitor (CAMEO 042, as a visit).
LEADER_CROSSING_INTENSITY = 1.9
_SPAN = re.compile(r"\b(?:from|between)\s+((?:19|20)\d\d)\s*(?:to|and|until|till|-|\u2013)\s*((?:19|20)\d\d)\b")
#: A part of a year or a month between "in" and the year ("in the summer of 2006", "in March 2003", "in early 1991").
_YEAR_PART = (r"(?:(?:the\s+)?(?:summer|spring|autumn|fall|winter|end|middle|start|beginning)\s+of\s+|"
              r"(?:early|late|mid-?)\s*|(?:January|February|March|April|May|June|July|August|September|October|"
              r"November|December)\s+)?")
_IN_YEAR = re.compile(r"\b(?:in|since)\s+" + _YEAR_PART + r"((?:19|20)\d\d)\b", re.I)
_IN_YEAR_ONLY = re.compile(r"\bin\s+" + _YEAR_PART + r"((?:19|20)\d\d)\b", re.I)   # ("since 2006" runs to this day)
_A_YEAR = re.compile(r"(?:19|20)\d\d")   # (what _SPAN and _IN_YEAR_ONLY both need)
_NEWS_TIME = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|"
                        r"this (?:week|month|year)|last (?:week|month)|now|currently|on Friday|on Monday)\b", re.I)


#: Years before the story from which a one-clause sentence "in <year>" is history ("came close to a clash
#: in 2020" in a 2023 story).
HISTORY_YEARS = 2


def _history(text: str, year: int) -> bool:
    """
    True for a sentence that tells history only: a span of years that ended before the
    story ("fought a war from 1998 to 2000"), or a one-clause sentence on an act "in 2020" (a past relative
    clause on the thing dated, "in 1999 that was supposed to ...", cut off first)
    ``HISTORY_YEARS`` or more years before it, with no word of the story's own time ("on Tuesday").
    """
    if not _A_YEAR.search(text):
        return False   # (both readings need a year: most sentences have none)
    if _NEWS_TIME.search(text):
        return False
    span = _SPAN.search(text)
    if span and int(span.group(2)) < year:
        return True
    if re.search(r"\b(?:has|have)\b", text, re.I):
        return False   # "Japan has imposed sanctions on North Korea since 2006": still going on
    years = [int(y) for y in _IN_YEAR_ONLY.findall(text)]
    last = list(_IN_YEAR_ONLY.finditer(text))
    tail = re.match(r"\s+(?:that|which)\b([^,;]*)$", text[last[-1].end():]) if last else None
    if tail and not re.search(r"\b(?:said|says|say|warned|now|today|still|day|is|are|remains?|will|until|condemns?|"
                              r"protests?|accuses?|opposes?|rejects?|disputes?|contests?|calls?|denounces?)\b",
                              tail.group(1), re.I):
        # (a relative clause on the thing dated: "signed a union treaty in 1999 that was supposed to lead to a
        # shared currency" is one act of 1999)
        text = text[:last[-1].end()]
    rest = _IN_YEAR.sub("", text)
    # (a single clause only: "unless Turkey recognised Cyprus, which it has refused to do since its
    # troops landed in 1974" is today's warning with history in its tail)
    return bool(years) and max(years) <= year - HISTORY_YEARS and not re.search(r"\b(?:19|20)\d\d\b", rest) \
        and not re.search(r",|;|\b(?:which|who|that|unless|when|while|after|before|but|said|says|warned)\b", rest)


#: What one is "charged with" when it is a task, not an accusation.
_ENTRUSTED = frozenset({"leading", "drafting", "mediating", "preparing", "monitoring", "organising", "organizing",
                        "overseeing", "implementing", "coordinating", "co-ordinating", "supervising", "chairing",
                        "investigating", "negotiating", "managing", "responsibility", "responsibilities", "duty",
                        "duties", "tasks", "task"})


def _relative_agent(lower: list[str], named: list[bool], e: int) -> bool:
    """Whether "that|which <state> <doing verb>" follows an act ending at ``e`` ("the attack that Israel launched",
    not "the attack that Britain suffered")."""
    if lower[e:e + 1] not in (["that"], ["which"]):
        return False
    k = e + 1 + (e + 1 < len(lower) and lower[e + 1] == "the")
    if k >= len(lower) or not named[k]:
        return False
    while k < len(lower) and named[k]:
        k += 1
    return k < len(lower) and lower[k] in _RELATIVE_AGENT_VERBS


def _charged_someone(lower: list[str], named: list[bool], s: int, e: int) -> bool:
    """Whether "charged" at ``s`` accuses: "charged that ...", or "charged <actor(s)> with ..." (an actor right
    after, "with" within eight words), never the passive "was charged with"."""
    if lower[s] == "charged" and s > 0 and (lower[s - 1] in _BE_FORMS or lower[s - 1] in ("been", "being")):
        return False
    if lower[e:e + 1] == ["that"]:
        return True
    k = e + (e < len(lower) and lower[e] in ("the", "its", "their"))
    w = next((j for j in range(k, min(k + 8, len(lower))) if lower[j] == "with"), None)
    # (not a task given: "ECOWAS charged Nigeria with leading the force", "charged Algeria with mediating")
    return k < len(lower) and named[k] and w is not None and not (
        w + 1 < len(lower) and (lower[w + 1] in _ENTRUSTED or lower[w + 1:w + 3] in (["the", "task"],
                                                                                     ["the", "responsibility"])))


#: Participles of an accord put to wrong use ("the agreements have been exploited by").
_MISUSED = frozenset({"exploited", "abused", "misused", "manipulated", "perverted", "twisted"})
#: What a speech "strikes" in the idiom ("struck a conciliatory tone", "strikes a promising note").
_STRUCK_TONES = frozenset({"note", "tone", "chord", "balance", "pose", "posture"})
#: Papers handed over that make the note, not the handing, the act.
_HANDED_PAPERS = {"note", "notes", "protest", "letter", "letters", "complaint", "demarche", "message", "list",
                  "proposal", "report", "documents", "petition", "memorandum", "dossier", "evidence"}
#: Words that name a hostile act as a danger ("the risk of war", "averting a war").
_HAZARDS = {"risk", "risks", "danger", "dangers", "threat", "spectre", "specter", "fear", "fears", "prospect",
            "possibility", "likelihood", "brink", "verge", "edge"}
_AVERT_VERBS = {"avert", "averted", "averting", "averts", "avoid", "avoided", "avoiding", "avoids", "prevent",
                "prevented", "preventing", "forestall", "forestalled", "forestalling", "stave"}
_HAZARD_NOUNS = {"war", "wars", "conflict", "clashes", "confrontation", "escalation", "invasion", "attack", "attacks"}
#: What one "meets" that is no meeting ("meet its demands", "met the deadline").
_MET_OBJECTS = {"demands", "demand", "conditions", "condition", "requirements", "deadline", "deadlines", "target",
                "targets", "obligations", "commitments", "needs", "standards", "criteria", "expectations", "terms",
                "payments", "quota", "quotas", "goals", "goal"}


#: Verbs whose object can be gapped ("thank Egypt for ..., and Turkey for ...").
_GAPPED_THANKS = ("thank", "prais", "commend", "congratulat", "salut", "welcom")
#: Words of a reaction to someone else's act ("drew protests from", "angered", "condemned").
_REACTION_WORDS = ("protest", "anger", "condemn", "denounc", "outrag", "criticis", "criticiz", "deplor", "infuriat")
#: Nouns of objection after "despite" ("despite protests from China").
_OBJECTIONS = {"protests", "protest", "objections", "objection", "opposition", "warnings", "criticism",
               "condemnation", "complaints", "anger", "outrage"}


def _warned_outcome(lower: list[str], cues: list, k: int) -> bool:
    """True when cue ``k`` is what a warning says may come ("warned Taiwan that ... would lead to war")."""
    if k == 0 or cues[k - 1][2].cue_id not in ("warn", "threaten"):
        return False
    between = lower[cues[k - 1][1]:cues[k][0]]
    return "that" in between and not any(w in (";", ".") for w in between) and any(
        w in ("would", "could", "will", "might", "may") for w in lower[max(0, cues[k][0] - 4):cues[k][0]])


def _met_demand(lower: list[str], s: int) -> bool:
    """True for a cue named as the other side's thing after "meet its" ("meet its 13 demands")."""
    k = s - 1
    if k >= 0 and lower[k].replace(",", "").isdigit():
        k -= 1
    return k >= 1 and lower[k] in ("its", "their", "his", "her") and lower[k - 1] in _MEET_VERBS


def _ultimatum_after(lower: list[str], i: int) -> bool:
    """True when "or face" follows ``i`` in the same clause ("48 hours to pull back or face sanctions")."""
    for k in range(i, min(len(lower) - 1, i + 12)):
        if lower[k] in (";", ".", ":", "but"):
            return False
        if lower[k] == "or" and lower[k + 1] == "face":
            return True
    return False


def _own_commitment(lower: list[str], s: int, groups, speech) -> bool:
    """
    True when the clause before "must" at ``s`` has the speaker's own state as subject.

    "Obama said the United States must support Ukraine" is a commitment the speaker
    makes for its own state; "Russia said Ukraine must negotiate" is a demand.
    """
    verb = next((k for k in range(s - 1, -1, -1) if lower[k] in speech or lower[k] in _DEMAND_VERBS), None)
    if verb is None:
        return False
    if any(w in ("we", "i") for w in lower[verb + 1:s]):
        return True   # '"We must help Ukraine," the minister said' is read from "said" after it
    speaker = {c for g in groups if g[-1][1] <= verb for c in _codes(g)}
    subject = [g for g in groups if verb < g[0][0] and g[-1][1] <= s]
    return bool(subject) and set(_codes(subject[-1])) <= speaker


def _occurs(lower: list[str], phrase: tuple[str, ...], i0: int, i1: int) -> bool:
    """True when ``phrase`` occurs in ``lower[i0:i1]``."""
    n = len(phrase)
    return any(tuple(lower[k:k + n]) == phrase for k in range(i0, i1 - n + 1))


def _negated_pair(lower: list[str], i: int, phrases) -> bool:
    """
    True when the cue at ``i`` is the second half of a negated pair joined by "or".

    "will not dismantle its programmes or improve ties with Seoul": the negation
    before the first verb covers the second. A comma or a new clause stops it.
    """
    if i < 2 or lower[i - 1] != "or":
        return False
    for k in range(i - 2, max(-1, i - 12), -1):
        if lower[k] in (",", ";", ":", "but", "while", "because", "and", "as"):
            return False
        if any(tuple(lower[k:k + len(p)]) == p for p in phrases):
            return True
    return False


#: Words of effort or demand before "to end" / "to stop": the end is sought, not made.
_EFFORT_WORDS = {"efforts", "effort", "action", "actions", "steps", "measures", "call", "calls", "called", "calling",
                 "urge", "urged", "urges", "urging", "demand", "demands", "demanded", "must", "need", "needs",
                 "needed", "bid", "attempt", "attempts", "campaign", "pressure", "pressed", "appeal", "appealed",
                 "ask", "asked", "asks", "strive", "struggle", "work", "working", "help", "helping"}
#: Cues whose target is named right after them (within two words) or not at all.
_ADJACENT_TARGET_CUES = {"allow_in", "help"}
#: Cues that move forces: their object followed by a force noun is the side that owns them.
_DEPLOY_CUES = {"deploy", "deploy_troops"}
_FORCE_NOUNS = {"troops", "forces", "soldiers", "peacekeepers", "monitors", "observers", "police", "units"}
#: Intensity of helping a side deploy its own forces ("sends planes to help deploy AU troops"): CAMEO 07-like.
HELP_INTENSITY = 4.0
#: Intensity of troops sent on a peace mission or to help the host ("sent troops to Somalia under
#: the African Union mission", "at the request of Baghdad"): CAMEO 074, provide peacekeeping.
MISSION_INTENSITY = 5.0
_MISSION_WORDS = ("peacekeeping", "peacekeepers", "peace mission", "peace force", "peace-keeping",
                  "stabilisation force", "stabilization force", "at the request of", "at the invitation of",
                  "under the african union", "under a un mandate", "under a u.n. mandate", "under the un mission",
                  "government asks", "government asked", "government requests", "government requested",
                  "if asked", "call for help", "joint operation with", "joint offensive with",
                  "in coordination with", "coordinated with", "alongside", "show of support", "show of solidarity",
                  "under the un flag", "under the u.n. flag", "under the united nations flag", "training mission",
                  "advisory mission", "observer mission", "monitoring mission", "humanitarian mission",
                  "for joint exercises", "for joint military exercises", "for joint naval exercises", "for joint drills",
                  "for joint military drills", "for joint naval drills", "for joint manoeuvres", "for joint maneuvers",
                  # "to serve beside the Egyptians under a joint Arab command"
                  "serve beside", "fight beside", "joint command")
#: Forces of several states keeping order ("sent 200 soldiers to Senegal for the regional force"): a mission
#: only when the troops go "for" one, "as part of" one, or to join, lead or serve under one (not "rejected calls
#: for an international force", "to fight the regional force", "defying the regional force").
_SEVERAL_STATES_FORCES = ("regional force", "multinational force", "international force")
_FOR_A_FORCE = {"for", "part", "join", "joining", "lead", "leading", "under", "reinforce", "bolster"}
#: Words that make troops sent abroad a relief mission.
_RELIEF_WORDS = {"relief", "disaster", "humanitarian", "rescue", "reconstruction", "evacuation", "evacuate"}
#: Care given by troops sent against an epidemic ("to build treatment centres", "to staff Ebola clinics"): the verb
#: after "to" and what it is done to (not "to crush an outbreak of unrest", "citing the treatment of Russians").
_CARE_VERBS = {"build", "staff", "run", "set", "fight", "contain", "combat", "treat"}
_CARE_OBJECTS = {"treatment", "clinics", "clinic", "ebola", "cholera", "epidemic", "virus", "disease", "patients"}
_MISSION_VERBS = {"help", "support", "assist", "bolster", "train", "reinforce", "aid"}
#: Verbs and goals of troops sent to make peace ("to restore peace", "to keep the peace", "to establish stability").
_PEACE_MAKING = {"restore", "restoring", "establish", "establishing", "keep", "keeping", "maintain", "maintaining",
                 "contribute", "bring", "consolidate", "help", "monitor", "monitoring", "enforce"}
_PEACE_GOALS = {"peace", "stability", "order", "ceasefire", "cease-fire", "truce"}
#: Verbs of shielding the host's rulers ("to protect the interim government"), read only with the rulers as object.
_SHIELD_VERBS = _MISSION_VERBS | {"protect", "defend", "guard", "shore", "prop", "save", "rescue", "shield"}
#: What troops that cross a border protect when they come to help the host ("to protect the interim government").
_HOST_RULERS = {"government", "government's", "authorities", "president", "regime", "capital", "leaders"}


def _comparative(word: str) -> bool:
    """True for an adjective in the comparative ("fiercer", "better", "closer", "more"), as in "no fiercer
    enemy than"."""
    return word in _COMPARATIVES or (len(word) > 5 and word.endswith("ier")) or (
        len(word) > 4 and word.endswith("er") and word not in _NOT_COMPARATIVES)


_COMPARATIVES = frozenset({"better", "more", "worse", "less", "fewer", "greater", "closer", "truer", "firmer"})
_NOT_COMPARATIVES = frozenset({"other", "former", "under", "never", "ever", "after", "order", "power", "member",
                               "border", "partner", "leader", "number", "matter", "rather", "whether", "together",
                               "neither", "either", "further", "however", "over", "water", "minister"})


def _mission_named(lower: list[str], e: int) -> bool:
    """True for "crossed into western Rwanda on a humanitarian mission approved by the Council": the clause
    after the cue names a mission (``_MISSION_WORDS``), not only a purpose."""
    end = next((k for k in range(e, len(lower)) if lower[k] in (",", ";", ".", "but", "while", "whereas")
                # (a comma before a participle that names the deed goes on: ", opening a U.N.-approved mission")
                and not (lower[k] == "," and lower[k + 1:k + 2] in (["opening"], ["launching"], ["beginning"],
                                                                     ["starting"]))), len(lower))
    text = " " + " ".join(lower[e:min(end, e + 16)]) + " "
    return any(f" {w} " in text for w in _NAMED_MISSIONS) or re.search(
        r"\b(?:approved|mandated|authori[sz]ed|sanctioned) (?:\w+ )?mission\b|"
        r"\bopening (?:a|an|the) (?:\w+ ){0,2}?mission\b(?! against)", text) is not None


#: The ``_MISSION_WORDS`` phrases that name a mission, not a request (invitations are read by
#: :func:`_invited_by`, which checks who asked).
_NAMED_MISSIONS = tuple(w for w in _MISSION_WORDS if any(k in w for k in ("mission", "peace", "force", "mandate",
                                                                          "flag")))


def _protects_government(lower: list[str], e: int, span: int = 14) -> bool:
    """True for "crossed into Somalia to protect the interim government's base": help to the host's rulers."""
    tail = lower[e:e + span]
    k = next((i for i, w in enumerate(tail[:-1]) if w == "to" and tail[i + 1] in _SHIELD_VERBS), None)
    if k is None:
        return False
    # (the rulers as the object: not "to protect civilians from the government's forces")
    ruler = next((j for j in range(k + 2, min(k + 6, len(tail))) if tail[j] in _HOST_RULERS), None)
    return ruler is not None and not any(w in ("from", "against") for w in tail[k + 2:ruler])
#: Bodies whose deployment is a peace mission whatever the verb says.
_MISSION_BODIES = {"observers", "monitors", "peacekeepers", "peacekeeping", "observer", "monitoring"}
#: Nouns that make a place after them the partner's state ("with his counterparts in Baku").
_PARTNER_ROLES = {"counterpart", "counterparts", "leader", "leaders", "official", "officials", "minister",
                  "ministers", "envoy", "envoys", "delegation", "delegations", "president", "government",
                  "governments", "authorities", "representatives", "diplomats", "negotiators", "allies", "partners"}
#: Words that end a partner's noun phrase after "with" ("a deal with three European nations at the agency").
_PARTNER_END = {"at", "on", "in", "over", "about", "for", "after", "during", "to", "against", ",", "that", "which"}


def _war_in_general(lower: list[str], s: int) -> bool:
    """ "the scourge of war", "the horrors of nuclear war" (``s`` at "war")."""
    k = s - 1 - (s > 1 and lower[s - 1] in ("nuclear", "another", "total", "modern", "a"))
    return k > 0 and lower[k] == "of" and lower[k - 1] in _WAR_IN_GENERAL


def _end_sought(lower: list[str], k: int) -> bool:
    """True when the "to" at ``k`` closes an end called for ("called for an end to", "efforts ... to put an
    end to"), not an end made ("the treaty put an end to", "helped put an end to")."""
    if k < 3 or lower[k] != "to" or lower[k - 2:k] != ["an", "end"]:
        return False
    if not (lower[k - 3] == "for" or lower[k - 4:k - 2] == ["to", "put"]):
        return False
    return any(w in _EFFORT_WORDS for w in lower[max(0, k - 11):k - 2])


def _numbered_sitting(lower: list[str], s: int) -> bool:
    """True for "[479th meeting]", "at the 1234th plenary meeting" (``s`` at "meeting"), not "their 132nd meeting"."""
    k = s - 1 - (s > 1 and lower[s - 1] in ("plenary", "closing", "opening"))
    return k >= 0 and bool(_NUMBERED_SITTING.fullmatch(lower[k])) and not (
        k > 0 and lower[k - 1] in ("their", "its", "his", "her", "our"))


def _war_risked(lower: list[str], s: int) -> bool:
    """True for a war a thing "would turn into", "could plunge the region into" (``s`` is at "war"): "into"
    with at most three words of description before the noun, and a modal of risk before it in the clause."""
    k = s - 1
    while k > 0 and s - k <= 3 and lower[k] != "into" and lower[k].isalpha():
        k -= 1
    if lower[k] != "into":
        return False
    return any(w in _RISK_MODALS for w in lower[max(0, k - 10):k]) and not any(
        w in (";", ".") for w in lower[max(0, k - 10):k])


def _acts_earlier(cues: list, after: int, before: int) -> bool:
    """True when a hostile act's cue stands between ``after`` and ``before`` or ends just before ``after``
    ("Strikes" in "U.S., British Strikes Hit ...; Oman Condemns Raids"): the states named there acted."""
    return any(c.intensity < 0 and c.event_class.startswith("material") and s0 < before and e0 >= after - 1
               for s0, e0, c in cues)


def _thing_confronted(words: list[str], named: list[bool], e: int) -> bool:
    """True when a common noun, not a state, follows "confront"/"stand up to" at ``e`` ("its ability to stand up
    to adversity", "confronting the challenges of poverty"): the one confronted is named, and no state."""
    k = e
    while k < len(words) and words[k].lower() in ("the", "a", "an", "its", "their", "his", "her", "our", "this",
                                                   "these", "such", "every", "all"):
        k += 1
    return k < len(words) and not named[k] and words[k].isalpha() and words[k].islower() \
        and words[k] not in ("them", "it", "him", "us", "they", "one", "another", "each")


def _with_partner(lower: list[str], e: int, first_actor: int) -> int | None:
    """
    Where a partner that is no actor ends, when "with" follows a cue, else None.

    "reached a deal yesterday with three European nations at the UN agency on ...
    Iran": "with" opens within three words of the cue, and a preposition closes
    its noun phrase before the first actor, so the partner is not that actor.
    "talks with the visiting Chinese premier" has no such break.
    """
    w = next((k for k in range(e, min(e + 3, len(lower))) if lower[k] == "with"), None)
    if w is None or first_actor <= w + 1:
        return None
    end = next((k for k in range(w + 1, first_actor) if lower[k] in _PARTNER_END), None)
    if end is None or end == w + 1 or (lower[end - 1] in _PARTNER_ROLES and lower[end] != "against"):
        # "spoke with his counterparts in Baku and Yerevan": the place names the partner (but "cooperate
        # with its allies against threats from Russia": what they act against is no partner)
        return None
    return end


#: Verbs of judging an act: after "cannot accept", "will not tolerate" the act named next is not negated.
_JUDGING_VERBS = {"accept", "tolerate", "condone", "allow", "permit", "ignore", "forget", "overlook", "recognise",
                  "recognize", "support", "endorse", "justify", "excuse", "welcome"}


def _verb_between_negation(lower: list[str], s: int, cue) -> bool:
    """True when a verb of judging stands between a negation and the noun cue at ``s`` ("cannot accept the
    invasion of Kampuchea": the invasion happened; what is negated is the acceptance)."""
    return (cue.pos == "noun" or lower[s].endswith(_NOUN_SUFFIXES)) and any(
        w in _JUDGING_VERBS for w in lower[max(0, s - 3):s])


def _ends_at(lower: list[str], i: int, phrases) -> bool:
    """True when one of ``phrases`` ends just before token ``i`` (within two tokens)."""
    tail = lower[max(0, i - 3):i]   # a phrase that ends there ends on one of these words
    for p in phrases:
        if p and p[-1] not in tail:
            continue
        n = len(p)
        for gap in (0, 1, 2):
            s = i - gap - n
            if s >= 0 and tuple(lower[s:s + n]) == p:
                return True
    return False


_REPORTED_AUX = {"had", "has", "have", "would", "will", "could", "should", "must", "might", "was", "were"}


def _reported_clause(lower: list[str], speech_at: int, cue_at: int) -> bool:
    """True when the words between a speech verb and a cue read as a reported clause with its own
    auxiliary ("said Morocco had violated", "said Seoul would send")."""
    return any(w in _REPORTED_AUX for w in lower[speech_at + 1:cue_at])


#: Complaints and lawsuits, and the bodies they are lodged with (the forum, not the target).
_COMPLAINT_CUES = {"complain", "protest_verbal", "lawsuit"}
_FORUM_BODIES = {"UN", "WTO", "ICJ", "ICC"}
_COMPLAINT_TOPICS = _TOPIC_PREP | {"against", "of"}


#: Words that open a sentence with a time phrase or clause ("Ever since the establishment of the State of Israel,").
_TIME_OPENERS = frozenset({"since", "after", "before", "following", "until", "upon", "during", "throughout"})


def _topic_opener(lower: list[str], s: int) -> bool:
    """Whether the name at ``s`` is the topic of a phrase opening the sentence ("With regard to South Africa",
    "As for Iraq", "Concerning Cyprus"), the article allowed ("With respect to the Sudan"), or stands in a time
    phrase or clause opening it ("Ever since the establishment of the State of Israel, Iraq has ...", "After
    Israel struck Syria, Iran ...")."""
    k = s - (s > 0 and lower[s - 1] == "the")
    if lower[:1] and (lower[0] in _TIME_OPENERS or lower[:2] == ["ever", "since"]) and "," not in lower[:s]:
        return True
    return lower[:k] in (["with", "regard", "to"], ["with", "respect", "to"], ["as", "for"], ["as", "to"],
                         ["as", "regards"], ["concerning"], ["regarding"], ["on"], ["in", "regard", "to"],
                         ["turning", "to"], ["as", "far", "as"])


def _groups(actors: list[tuple], lower: list[str]) -> list[list[tuple[int, int, str]]]:
    """Merge adjacent mentions of one state and coordinate "X and Y" into groups."""
    merged: list[tuple[int, int, str]] = []
    for s, e, c, *kind in sorted(actors):
        gap = lower[merged[-1][1]:s] if merged else []
        if merged and merged[-1][2] == c and s - merged[-1][1] <= 4 and all(w in _MERGE_GAP for w in gap) and not (
                "," in gap and merged[-1][0] > 0 and lower[merged[-1][0] - 1] in ("in", "at", "from")
                and (kind[:1] or ["country"])[0] not in ("country", "region")) and not (
                "and" in gap and e < len(lower) and _opens_clause(lower[e])):
            # (but "raided a camp inside Ecuador, and Quito recalled its ambassador": a new clause)
            # ("In Pretoria, South Africa's foreign minister said": the place opens the sentence
            # and the minister is its subject; "in Rabat, Morocco" stays one place)
            # "Morocco's King Mohammed VI", "Rabat, Morocco": one actor; but not across a verb
            # ("Iraqi forces battled militants in Najaf" keeps the cue between them)
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]), c)
        else:
            merged.append((s, e, c))
    groups: list[list[tuple[int, int, str]]] = []
    for mi, m in enumerate(merged):
        if groups and m[0] == groups[-1][-1][0]:
            groups[-1].append(m)   # "the two capitals", "both leaders": one span naming both states
            continue
        if groups:
            between = lower[groups[-1][-1][1]:m[0]]
            if "and" in between:
                between = [w for w in between if w not in _QUOTES]   # ('"hostile policy," and China')
            appositive = between == [","] and m[1] < len(lower) and lower[m[1]] in ("'s", "\u2019s")
            # "In Pretoria, South Africa's foreign minister said": a place opening the sentence
            # and then its subject, not a list
            opener = between == [","] and len(groups[-1]) == 1 and groups[-1][0][2] == m[2] \
                and groups[-1][0][0] > 0 and lower[groups[-1][0][0] - 1] in ("in", "at", "from")
            # "In Burma, following the report of the Mission on Myanmar, we should ...": the speaker's "we"
            # after a comma is the clause's subject, not a list's last member
            opener = opener or (between == [","] and lower[m[0]] in ("we", "i"))
            # "The attack was carried out by Israel, Iran said.": the name after the comma is the one who
            # tells the clause before it, not a list's last member
            opener = opener or (between in ([","], [",", "the"]) and groups[-1][0][0] > 0
                                and _trailing_speaker(lower, m[1]))
            # "to Canada and to the European Union": the preposition repeated inside the list
            g0 = groups[-1][0][0]
            prep = lower[g0 - 1] if g0 > 0 and lower[g0 - 1] in ("to", "with", "from", "for", "against") else None
            # "offered support to the Macedonian authorities, and Greek officials said ...": a new clause
            # with its own subject, not a list
            # ("... what the bloc buys from Russia, and Germany and Poland pledged to stop": a list opening the
            # new clause)
            end = _list_end(merged, mi, lower)
            # "Having occupied all of Palestine, the Israelis invaded", "... partitioning Palestine and creating the
            # Zionist entity, the Kingdom of Saudi Arabia delivered its warning": the object of an opening
            # participle, then the main clause's subject after the comma (two names and a comma, no "and", are no
            # list); so too a topic opening the sentence, "With regard to South Africa, my country has always
            # endorsed ...", "As for Iraq, Britain ..." (but "As for Iraq, Iran and Syria, all three ...": a list)
            opener = opener or (between in ([","], [",", "the"]) and len(groups[-1]) == 1
                                and not any(w in ("and", "or", "nor") for w in lower[m[1]:end])
                                and lower[end:end + 1] not in ([","], ["and"], ["or"])
                                and (_participle_before(lower, g0, groups[-2][-1][1] if len(groups) > 1 else 0)
                                     or _topic_opener(lower, g0)))
            # "After talks in Paris, Egypt and Israel signed a deal": after a time phrase, a list then its verb
            # is the main clause's subject (but "During the visit to Morocco, Algeria and Libya the minister ...")
            opener = opener or (between == [","] and len(groups[-1]) == 1 and end < len(lower)
                                and _opens_clause(lower[end]) and _topic_opener(lower, g0)
                                and lower[0] in _TIME_OPENERS | {"ever"})
            new_clause = between[:2] == [",", "and"] and len(groups[-1]) == 1 and end < len(lower) \
                and (_opens_clause(lower[end]) or _relative_then_verb(lower, end))
            # "Russia attacked Ukraine and Britain accused Kiev", "... Georgia and the United States condemned
            # Moscow": an object, then a new clause's subject
            new_clause = new_clause or (between in (["and"], ["and", "the"]) and len(groups[-1]) == 1 and g0 > 0
                                        and lower[g0 - 1].endswith("ed") and m[1] < len(lower)
                                        and _opens_clause(lower[m[1]]))
            # "Iran threatened Israel, Saudi Arabia and the UAE said on Monday": after a comma, a list of two or
            # more names and then a reporting verb or an auxiliary of their own is the next clause's subject, not
            # more of the object (only after an object: a verb or a preposition before the first name, not "The
            # presidents of Tanzania, Kenya, Uganda and Rwanda said", one subject; and not before a participle,
            # "sanctions on Iran, Cuba and Sudan imposed in the 1990s")
            new_clause = new_clause or (between == [","] and len(groups[-1]) == 1 and "and" in lower[m[1]:end]
                                        and end < len(lower) and lower[end] in _CLAUSE_VERBS
                                        and g0 > 0 and (lower[g0 - 1] in _OBJECT_BEFORE or (
                                            lower[g0 - 1].endswith("ed") and lower[g0 - 1] not in _NAMING_PARTICIPLES
                                            and not (g0 > 1 and lower[g0 - 2] == "-"))))
            if between and len(between) <= 4 and all(w in _COORD or w == "the" or w == prep for w in between) \
                    and between[0] in _COORD and not appositive and not opener and not new_clause:
                # ("Japan, India's largest aid donor, froze grants" is an apposition, not a list)
                # "Israel and Morocco", "Israel, the United States, the United Arab Emirates and Egypt"
                groups[-1].append(m)
                continue
            if tuple(w for w in between if w not in (",", "the")) in _ALONG_WITH and not appositive:
                # "My country, along with the United Arab Emirates, has broken off all contacts with Qatar":
                # partners acting together, like "and"
                groups[-1].append(m)
                continue
            if between in (["-"], ["\u2013"], ["/"]):
                # "US-Iraqi troops", "the Moroccan-Israeli agreement": one compound
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


#: Participles that name rather than act ("so-called Portuguese Guinea", "the territory called Namibia").
_NAMING_PARTICIPLES = {"called", "named", "known", "so-called", "renamed", "dubbed", "styled"}
#: Words right before a name that make it an object: a headline's verb or a preposition of place.
_OBJECT_BEFORE = {"strikes", "strike", "hits", "hit", "attacks", "bombs", "raids", "invades", "blames", "accuses",
                  "warns", "threatens", "sanctions", "slams", "rebukes", "targets", "pounds", "shells", "sues",
                  "inside", "on", "against", "into", "at"}


def _war_named_by_place(lower: list[str], s: int, e: int, groups, kinds: dict) -> str | None:
    """The state whose name or adjective names the war at ``s`` ("the Algerian war", "the Vietnam war"), or
    None when the war is waged on or with someone ("the Israeli war on Gaza", "the Iraqi war with Iran")."""
    if lower[s] not in ("war", "wars") or e - s != 1 or (e < len(lower) and lower[e] in _WAGED_ON):
        return None
    g = next((g for g in groups if g[-1][1] == s), None)
    if g is None or len(set(_codes(g))) != 1 or g[0][0] == 0 or lower[g[0][0] - 1] not in ("the", "this", "that"):
        return None
    if kinds.get((g[0][0], g[-1][1])) not in ("country", "demonym"):
        return None
    return _codes(g)[0]


#: Words after "war" that name the other side ("the Israeli war on Gaza").
_WAGED_ON = frozenset({"on", "against", "with", "between", "of", "by"})


def _after_a_time_of(lower: list[str], s: int) -> bool:
    """True when the noun cue at ``s`` names a time that is over ("after a long period of tension and
    conflict", "after years of war"): a stretch of time after "after", closed by "of" right before the cue (or
    before the first of two nouns joined by "and")."""
    k = s
    if k > 2 and lower[k - 1] == "and" and lower[k - 2].isalpha():
        k -= 2
    if k < 3 or lower[k - 1] != "of" or lower[k - 2] not in _STRETCHES:
        return False
    window = lower[max(0, k - 6):k - 2]
    if lower[k - 2] in ("days", "weeks", "months") or lower[s + 1:s + 2] in (["that"], ["which"]):
        return False   # ("after days of fighting that ... had driven tens of thousands from their homes": still on)
    return "after" in window and not any(w in (",", ";") for w in window[window.index("after"):])


#: Nouns of a stretch of time ("after years of war", "a long period of tension").
_STRETCHES = frozenset({"period", "periods", "years", "decades", "months", "weeks", "days", "time", "era", "spell",
                        "generations", "centuries"})


def _fronted_participle_subject(lower: list[str], s: int, e: int, groups):
    """The subject group of the main clause when the cue at ``s`` is a participle that opens the sentence
    ("Welcoming the accord, Egypt said ...", "While appreciating the efforts of the United Nations to bring
    about a settlement, we express the hope ..."): the first actor right after the participle phrase's comma;
    None otherwise."""
    phrase = lower[0] in ("after", "during", "despite", "amid", "following", "since") and not any(
        w in (",", ";", ":") for w in lower[:s]) and not any(g[0][0] < s for g in groups) and "with" in lower[e - 1:e + 1]
    # (only an act "with" its other side: not "Despite sanctions on Iran, China bought Iranian oil")
    # ("After four months of war with Russia, Ukraine asked ...": so too a noun in an opening phrase)
    if not phrase and (not lower[s].endswith("ing") or not all(w in _PARTICIPLE_OPENERS for w in lower[:s])):
        return None
    comma = next((k for k in range(e, min(len(lower), e + 30)) if lower[k] in (",", ";", ".")), None)
    if comma is None or lower[comma] != ",":
        return None
    return next((g for g in groups if g[0][0] in (comma + 1, comma + 2)
                 and (g[0][0] == comma + 1 or lower[comma + 1] == "the")), None)


#: Words that may stand before a participle that opens a sentence ("While appreciating", "In welcoming").
_PARTICIPLE_OPENERS = frozenset({"while", "when", "after", "before", "in", "by", "although", "though", "whilst",
                                 "also", "again", "once", "fully", "warmly", "deeply", "strongly", "greatly"})


def _financed_state(lower: list[str], s: int, e: int, groups, kinds: dict) -> bool:
    """True when the money cue at ``s`` is given to a state or armed group named right after it ("Iran
    financed Hamas in Gaza", "funded the Afghan government"): not a compound ("the UN-funded radio"), not a
    passive ("rebels ... financed by Khartoum", left to the rebels' rules), not a people's groups ("funding
    Russian charities")."""
    if (s > 0 and lower[s - 1] in ("-", "\u2013")) or (e < len(lower) and lower[e] == "by"):
        return False
    g = next((g for g in groups if g[0][0] == e or (g[0][0] == e + 1 and lower[e] in ("the", "its", "their"))), None)
    return g is not None and (kinds.get((g[0][0], g[0][1])) != "demonym" or (
        g[-1][1] < len(lower) and lower[g[-1][1]] in _REBEL_NOUNS))   # ("financed Chadian rebels": help against their state)


def _colonial_land(lower: list[str], words: list[str], s: int, e: int, groups):
    """The land a colonial-rule cue tells of a state ruling now, or None: the ruler must be named as a state or
    its adjective right before ("Portuguese colonialism in Angola", "Portugal's colonial rule over Goa"), as
    the subject that "its" / "their" before the cue stands for ("Portugal is pursuing its repressive policy in
    Angola") or after "by" right after the land ("the repression of Angola by Portugal"); the land after "in",
    "over", "on" or "of". Neither named ("after its struggle against colonialism", "British colonialism
    supports the Zionist regime"), or a rule told as past ("suffered under French colonial rule in Senegal",
    "after 132 years of French colonialism"): None."""
    if any(w in _COLONIAL_PAST for w in lower[max(0, s - 8):s]):
        return None
    k = e + (lower[e:e + 1] in (["in"], ["over"], ["on"], ["of"]))
    land = next((g for g in groups if k > e and g[0][0] in (k, k + 1) and (g[0][0] == k or lower[k] == "the")), None)
    if land is None:
        return None
    le = land[-1][1]
    ruler = any(g[-1][1] in (s, s - 1) for g in groups) or (
        s > 0 and lower[s - 1] in ("its", "their") and any(g[-1][1] <= s - 1 for g in groups)) or any(
        g[0][0] in (le + 1, le + 2) and lower[le] == "by" for g in groups)
    return land if ruler else None


#: Words before a colonial-rule cue that tell of a rule in the past ("suffered under", "after decades of").
_COLONIAL_PAST = frozenset({"under", "after", "suffered", "suffering", "forget", "former", "past", "years",
                            "decades", "centuries", "history", "legacy", "freed", "liberated", "liberation",
                            "ended", "since", "until"})


def _object_relative(lower: list[str], words: list[str], s: int, e: int) -> bool:
    """True when the verb at ``s`` ends a relative clause on the noun before its pronoun subject ("the elected
    government he dismissed last month", "the deal they signed in 2015, ..."): its object is that noun, so no
    state named after it is its target. Only where nothing but a time, a place or a clause break follows."""
    if s < 2 or lower[s - 1] not in ("he", "she", "they", "it", "we") or not lower[s].endswith("ed"):
        return False
    noun = lower[s - 2]
    if not noun.isalpha() or not words[s - 2].islower() or noun in _NOT_RELATIVE_HEADS or noun.endswith(("ed", "ly")):
        return False
    return e >= len(lower) or lower[e] in (",", ".", ";", "last", "in", "on", "at", "during", "after", "before",
                                           "since", "two", "three", "a", "years", "months", "weeks", "earlier")


#: Words before a pronoun subject that are no noun a relative clause hangs on ("said he", "that they").
_NOT_RELATIVE_HEADS = frozenset({"that", "which", "who", "and", "but", "or", "said", "says", "as", "when", "if",
                                 "because", "after", "before", "since", "while", "where", "so", "than", "what",
                                 "how", "why", "whom", "whose", "until", "unless", "though", "although", "once",
                                 "then", "now", "also", "still", "thus", "hence", "indeed", "today", "yesterday",
                                 "is", "was", "were", "are", "be", "been", "has", "have", "had", "do", "did", "does",
                                 "will", "would", "could", "should", "can", "may", "might", "must", "not", "never"})


def _predicate_series(lower: list[str], words: list[str], s: int, prev_s: int, prev_e: int, seen_verb: bool) -> bool:
    """
    True when the verb at ``s`` follows a comma in a series of past-tense predicates of one subject ("Iran has
    attacked Kurds in Iraq, slaughtered Sunnis in Syria, financed Hamas in Gaza, fired missiles into Saudi
    Arabia"): the previous cue is a verb in the past too, and no clause opener stands between them.
    """
    def past(w: str) -> bool:
        return (w.endswith("ed") or w in _IRREGULAR_PARTICIPLES) and w not in _ADJECTIVAL_PARTICIPLES
    if not seen_verb or prev_s < 0 or s < 2 or lower[s - 1] != "," or not past(lower[s]) or not past(lower[prev_s]) \
            or not words[s][:1].islower():
        return False
    gap = lower[prev_e:s - 1]
    return 0 < len(gap) <= 12 and not any(w in _SERIES_BREAKS for w in gap)


#: Words that end a series of predicates ("..., which ...", "..., said", "when").
_SERIES_BREAKS = frozenset({"which", "who", "whom", "that", "said", "says", "when", "while", "after", "before",
                            "because", "as", "since", "if", "and", "but", ";", ":", "(", "by"})
#: Verbs of mending a quarrel ("seeking to heal a rift", "to mend the breach").
_MENDING = frozenset({"heal", "heals", "healed", "healing", "mend", "mends", "mended", "mending"})
#: A state's forces sent abroad whose service under another's command is cooperation ("contingents will serve").
_CONTINGENTS = frozenset({"contingent", "contingents", "battalion", "battalions", "brigade", "brigades", "troops",
                          "forces", "units", "unit", "peacekeepers", "soldiers", "force"})
#: Words before a people noun that make "killed" after it a passive ("hundreds of foreign tourists killed at").
_QUANTITY_WORDS = frozenset({"of", "foreign", "many", "dozens", "hundreds", "thousands", "some", "several", "the",
                             "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "innocent"})
#: Measures a state's support makes its own stance toward their target ("support for new sanctions against Iran").
_BACKED_MEASURES = frozenset({"sanction", "embargo", "blockade"})
#: Words between a support cue and the measure it backs ("voiced support for the new sanctions").
_MEASURE_LEAD = frozenset({"for", "the", "a", "an", "new", "tougher", "further", "additional", "its", "their"})
#: Words between "discussion of" and the state discussed ("the questions of", "the situation in").
_TOPIC_FILLERS = frozenset({"the", "of", "in", "question", "questions", "situation", "issue", "issues", "problem",
                            "problems", "matter", "case"})
def _topic_after(lower: list[str], groups: list, start: int, stop: int) -> set[str]:
    """
    The codes of the state named right after the topic words from ``start`` (up to ``stop``), when a topic noun
    is among them ("the question of Viet-Nam", "the questions of South Africa"); empty when none is.
    """
    k = start
    while k < len(lower) and k < stop and lower[k] in _TOPIC_FILLERS:
        k += 1
    if not any(w in _TOPIC_FILLERS - {"the", "of", "in"} for w in lower[start:k]):
        return set()
    return {c for g in groups if g[0][0] == k for c in _codes(g)}


#: Words in -ing that are no participle opening a clause ("during", "according", a king, a meeting).
_NOT_PARTICIPLES = frozenset({"during", "according", "king", "thing", "things", "morning", "evening", "meeting",
                              "meetings", "building", "wing", "spring", "ring", "string", "notwithstanding",
                              "including", "excluding", "regarding", "concerning", "involving", "comprising",
                              "following", "surrounding", "affecting", "bordering", "neighbouring", "neighboring"})


def _participle_before(lower: list[str], at: int, floor: int) -> bool:
    """True when a participle ("having", "creating") stands among the six words before ``at``, after ``floor``
    and with no comma between: the name at ``at`` is its object."""
    j = at - 1 - (at > 1 and lower[at - 1] in ("the", "a", "an"))
    if j < 0 or not (lower[j] in _OBJECT_PREPS or lower[j].endswith(("ing", "ed"))):
        return False   # ("Ending decades of enmity Egypt, Israel exchanged ambassadors": a list after a noun)
    for k in range(at - 1, max(floor, at - 7) - 1, -1):
        w = lower[k]
        if w in (",", ";", ":") or not w.isalpha():
            return False
        if w == "having" or (len(w) > 5 and w.endswith("ing") and w not in _NOT_PARTICIPLES):
            return True
    # "After years of war with Ethiopia, Eritrea accused ...": a phrase that opens the sentence, then its subject
    # (the first name after a preposition: not "After the summit Ethiopia, Eritrea pledged", a list)
    return floor == 0 and lower[0] in _FRONTED_OPENERS and not any(w in (",", ";", ":") for w in lower[:at]) \
        and lower[j] in _OBJECT_PREPS


#: Words after a second verb that show it is one ("and insisting upon occupation", "and closed the border").
_AFTER_SECOND_VERB = frozenset({"upon", "on", "the", "a", "an", "its", "their", "his", "her", "to", "that", "with",
                                "for", "in", "into", "from", "against"})
#: Prepositions before an object's name ("all of Palestine", "war with Ethiopia").
_OBJECT_PREPS = frozenset({"of", "with", "against", "on", "in", "into", "from", "to", "over", "by", "at", "toward",
                           "towards", "upon"})
#: Words that open a fronted phrase or clause before a sentence's subject ("After years of war with Ethiopia,").
_FRONTED_OPENERS = frozenset({"after", "since", "following", "despite", "during", "when", "while", "although",
                              "though", "because", "before", "unlike", "like", "as", "if", "once", "until"})


def _list_end(merged: list[tuple[int, int, str]], i: int, lower: list[str]) -> int:
    """Where the list of names opening at ``merged[i]`` ends ("Germany and Poland" in "..., and Germany and
    Poland pledged"): names joined by "and", "or", commas or "the"."""
    end = merged[i][1]
    for n in merged[i + 1:]:
        gap = lower[end:n[0]]
        if not gap or not all(w in (",", "and", "or", "the") for w in gap):
            break
        end = n[1]
    return end


#: Verbs that open a clause after a name ("..., and Athens said", "..., and Seoul would").
_CLAUSE_VERBS = _REPORTING | {"says", "warned", "warns", "would", "will", "has", "have", "had", "is", "are", "was",
                              "were", "can", "could", "should", "must", "may", "might"}


#: Participles that describe a name rather than open a clause after it ("Iran-backed", "a Kabul-based").
_ADJECTIVAL_PARTICIPLES = {"based", "led", "backed", "owned", "armed"}


#: Verbs that only carry a noun cue's act ("carried out the attack", "launched a raid", "staged a coup").
_DEED_VERBS = {"carry", "carried", "carrying", "conduct", "conducted", "conducting", "launch", "launched",
               "launching", "stage", "staged", "staging", "mount", "mounted", "mounting", "commit", "committed"}
#: Participles that only carry a noun act before its object ("the aggression committed against Kuwait by Iraq").
_DEED_PARTICIPLES = frozenset({w for w in _DEED_VERBS if w.endswith("ed")} | {"perpetrated", "waged", "unleashed"})
#: Verbs of doing an act in a relative clause after it ("the attack that Israel launched").
_RELATIVE_AGENT_VERBS = _DEED_PARTICIPLES | {"made", "began", "ordered", "led"}


#: Verbs that give a noun cue to someone named as a pronoun after them ("never give it any recognition").
_GIVING_VERBS = frozenset({"give", "gives", "gave", "given", "giving", "grant", "grants", "granted", "granting",
                           "accord", "accords", "accorded", "extend", "extends", "extended", "offer", "offered"})


def _undone_deed(lower: list[str], s: int, neg) -> bool:
    """
    True when a noun cue at ``s`` is the object of a negated verb that only carries it ("did not carry out
    the attack", "has never launched a strike", "denies conducting any raid" is left to the denial cue).
    """
    k = s
    while k > 0 and lower[k - 1] in ("the", "a", "an", "any", "such", "this", "that", "its", "their"):
        k -= 1
    if k > 1 and lower[k - 1] in ("it", "them") and lower[k - 2] in _GIVING_VERBS:
        # "will never give it any recognition" (not "did not hesitate to give it recognition")
        return _ends_at(lower, k - 2, neg) and not (k > 3 and lower[k - 3] == "to" and lower[k - 4] in (
            "hesitate", "hesitated", "fail", "failed", "delay", "delayed", "wait", "waited"))
    if k > 0 and lower[k - 1] == "out":
        k -= 1
    if k > 2 and lower[k - 1].endswith("ing") and lower[k - 2] == "of" and lower[k - 3] in _MEANS_NOUNS:
        k -= 1   # (the undoing gerund of a hostile cue: "means of settling disputes")
    if k > 1 and lower[k - 1] == "of" and lower[k - 2] in _MEANS_NOUNS:
        # "did not resort to the ordinary means of settling disputes": the means refused, so the act
        j = k - 2
        while j > 0 and j > k - 6 and lower[j - 1] not in ("to", ",", ";"):
            j -= 1
        if j > 1 and lower[j - 1] == "to" and lower[j - 2] in ("resort", "resorted", "resorting", "resorts"):
            # (only "did not resort", "never resorted": not "not only resorted", "did not hesitate to resort")
            return j > 2 and lower[j - 3] in ("not", "never", "n't") and _ends_at(lower, j - 2, neg)
    if k == 0 or lower[k - 1] not in _DEED_VERBS:
        return False
    return _ends_at(lower, k - 1, neg)


#: Nouns of the way something is done ("the ordinary means of settling disputes").
_MEANS_NOUNS = frozenset({"means", "methods", "method", "ways", "way", "procedures", "channels"})


#: Words that open an unnamed partner after "with" ("with our partners", "with other States").
_UNNAMED_PARTNER_OPENERS = {"our", "its", "their", "his", "her", "other", "all", "many", "several", "some",
                            "like-minded", "regional", "international", "neighbouring", "neighboring"}
#: Prepositions after which a later state is what the joint act is about, not a partner.
_ABOUT_PREPS = {"from", "against", "of", "on", "over", "about", "by"}


def _unnamed_partner(lower: list[str], e: int, first: int, named: list[bool]) -> bool:
    """
    True when the partner after a cue's "with" (ending at ``e``) is an unnamed group ("with our Arab peace
    partners") and the first state named, at ``first``, sits in a later phrase after a preposition
    ("... to address our common security challenges from Iran").
    """
    if e >= len(lower) or lower[e] not in _UNNAMED_PARTNER_OPENERS or first - e < 4:
        return False
    return lower[first - 1] in _ABOUT_PREPS and not any(named[e:first])


#: What is mobilised when no army is ("mobilizing resources", "mobilised support").
_MOBILISED_MEANS = {"resources", "funds", "funding", "support", "aid", "assistance", "finance", "financing", "money",
                    "capital", "opinion", "efforts", "donors", "investment", "investments", "public",
                    "goodwill", "energies", "solidarity", "consensus", "sympathy"}
#: Words between "by" and a bare conflict noun that name its kind or length ("by civil war", "by years of war").
_CIRCUMSTANCE_WORDS = {"civil", "years", "decades", "of", "long", "endless", "constant", "recurrent", "internal",
                       "ethnic", "tribal", "prolonged", "continuing", "continued", "war", "and"}


def _by_circumstance(lower: list[str], s: int, named: list[bool]) -> bool:
    """
    True for a bare conflict noun at ``s`` after a participle and "by" ("families separated by war", "a country
    ravaged by years of civil war"): the cause of a state of things, no one's act (not "destroyed by the
    war with Iraq" or "by Israeli shelling", where a determiner, a name or a later actor makes it an act).
    """
    k = s - 1
    while k > 0 and lower[k] in _CIRCUMSTANCE_WORDS and not named[k]:
        k -= 1
    if k < 1 or lower[k] != "by" or named[k + 1:s].count(True):
        return False
    before = lower[k - 1]
    if not (before.endswith("ed") or before in _IRREGULAR_PARTICIPLES or before in ("torn", "hit", "riven")):
        return False
    return not any(named[s + 1:s + 4])


#: Verbs before "behind" that make a backer of the one named after it ("stood fully behind Madrid").
_STAND_VERBS = {"stood", "stands", "stand", "standing", "rallied", "rallies", "rally", "rallying"}


#: Cues of a standing tie, which a pluperfect "since <year>" tells as ended by the news ("had recognised Taipei
#: since 2003"; not "had supported Hezbollah since 1982", backshifted speech of a tie that goes on).
_TIE_CUES = {"recognise", "recognise_sovereignty", "establish_ties", "restore_ties", "normalise", "friendly_relations"}
#: Nouns after "both" / "the two" that name the two sides of a quarrel ("both governments", "the two leaders"):
#: the heads of the actor step's pair phrases, and the two men or camps of a quarrel between leaders.
_SIDE_NOUNS = frozenset({p[-1] for p in _PAIR_WORDS} | {"men", "parties", "camps"})


def _to_both_sides(lower: list[str], e: int) -> bool:
    """True when the words from ``e`` are "both <sides>" or "the two <sides>" and then "to" (an appeal's addressees)."""
    k = e + 1 if lower[e:e + 1] == ["both"] else e + 2 if lower[e:e + 2] == ["the", "two"] else None
    return k is not None and lower[k:k + 1] != [] and lower[k] in _SIDE_NOUNS and lower[k + 1:k + 2] == ["to"]


def _named_partner(lower: list[str], at: int) -> bool:
    """True when the name at ``at`` follows "jointly with", "together with" or "alongside" (a partner, no target)."""
    k = at - (at > 0 and lower[at - 1] == "the")
    return (k > 1 and lower[k - 2:k] in (["jointly", "with"], ["together", "with"])) or (
        k > 0 and lower[k - 1] == "alongside")


def _trailing_speaker(lower: list[str], at: int) -> bool:
    """
    True when a name ending at ``at`` is followed by a speech verb that closes the sentence
    (", Iran said.", ", Iran's foreign ministry said on Tuesday."): the name speaks, it is no list member.
    """
    k = next((k for k in range(at, min(at + 4, len(lower))) if lower[k] in _REPORTING), None)
    if k is None or lower[k] == "according" or any(w in (",", ";", "and", "-") for w in lower[at:k]):
        return False
    rest = lower[k + 1:]
    end = next((j for j, w in enumerate(rest) if w in (".", ";", "!", "?")), len(rest))
    return end <= 6 and not any(w in ("that", "it", "they", "he", "she", ",") for w in rest[:end])


def _relative_then_verb(lower: list[str], at: int) -> bool:
    """True for ", which/who ... , <verb>" at ``at`` ("..., and China, which hosts the talks, urged")."""
    if lower[at:at + 2] not in ([",", "which"], [",", "who"]):
        return False
    close = next((k for k in range(at + 2, min(at + 16, len(lower) - 1)) if lower[k] in (",", ";", ".")), None)
    return close is not None and lower[close] == "," and _opens_clause(lower[close + 1])


def _opens_clause(word: str) -> bool:
    """True when ``word`` after a name is a verb that opens a new clause ("..., and Quito recalled")."""
    return word in _CLAUSE_VERBS or (word.endswith("ed") and word not in _PATRON_PARTICIPLES
                                     and word not in _ADJECTIVAL_PARTICIPLES)


_SAID_AUX = {"had", "has", "have", "would", "will", "was", "were", "is", "are", "could", "also", "already", "now"}


def _and_said_it(lower: list[str], s: int) -> bool:
    """ "... accused the UAE of arming the RSF, and said it had summoned Chad's envoy": the pronoun after a
    second "said" is the first verb's subject, so the cue is a second predicate of the same subject."""
    k = s - 1
    while k >= 0 and lower[k] in _SAID_AUX and s - k <= 3:
        k -= 1
    if k < 2 or lower[k] not in ("it", "they"):
        return False
    k -= 1
    if lower[k] == "that":
        k -= 1
    return k >= 1 and lower[k] in _REPORTING and lower[k - 1] in _VERB_COORD


def _codes(group) -> list[str]:
    out = []
    for _, _, c in group:
        if c not in out:
            out.append(c)
    return out


def _cue_hits(words: list[str], lower: list[str]) -> list[tuple[str, int, int]]:
    """
    Every cue form in a sentence, as (matcher key, start, end) token offsets into ``words``.

    Cues are matched with articles and possessives left out on both sides, so that
    "opened its embassy" and "opens an embassy" are the same cue.
    """
    from spacy.tokens import Doc
    cm = _cue_matcher()
    keep = [i for i, w in enumerate(lower) if w not in _CUE_SKIP]
    if not keep:
        return []
    doc = Doc(cm.nlp.vocab, words=[words[i] for i in keep])
    transfers = _transfer_hits(lower, words) + _charge_hits(lower, words)
    # words that are part of another act, no cue of their own (pseudo-cues named "_..."): the name an
    # insult calls someone ("called Biden a liar"), those ordered out ("ordered UN peacekeepers to leave")
    inside_act = {i for cue_id, s, e in transfers if cue_id.startswith("_") for i in range(s, e)}
    return [(cm.nlp.vocab.strings[key], keep[s], keep[e - 1] + 1) for key, s, e in cm.matcher(doc)
            if not any(i in inside_act for i in range(keep[s], keep[e - 1] + 1))] + [
        (cm.key_by_id[cue_id], s, e) for cue_id, s, e in transfers if not cue_id.startswith("_")]


#: Verbs of handing goods over, and the goods that make the handing-over aid ("delivered the first
#: four Leopard 2 tanks to Ukraine", "shipped 20,000 tonnes of wheat to Yemen").
_TRANSFER_VERBS = {"delivered", "delivers", "deliver", "delivering", "sent", "sends", "send", "sending", "shipped",
                   "ships", "ship", "shipping", "supplied", "supplies", "supply", "supplying", "donated", "donates",
                   "donate", "donating", "provided", "provides", "provide", "providing", "transferred", "transfers",
                   "transfer", "transferring", "dispatched", "dispatches", "dispatch", "airlifted", "handed"}
#: Verbs of handing over money, and the words that name an amount of it ("pledged $50 million to Iraq").
_MONEY_VERBS = {"gave", "gives", "give", "giving", "contributed", "contributes", "contribute", "contributing",
                "pledged", "pledges", "pledge", "pledging", "donated", "donates", "donate", "donating", "granted",
                "grants", "grant", "provided", "provides", "provide", "providing", "sent", "sends", "send"}
_MONEY_WORDS = {"million", "billion", "dollars", "euros", "pounds", "yen", "funds", "funding", "money", "grant",
                "grants"}
_ARMS_GOODS = {"tanks", "missiles", "rockets", "jets", "fighters", "helicopters", "drones", "weapons", "arms",
               "ammunition", "munitions", "shells", "artillery", "howitzers", "rifles", "launchers", "interceptors",
               "warplanes", "himars", "javelins", "stingers", "gunboats", "warships", "frigates", "submarines"}
#: Verbs of ordering someone out ("orders US out of air base").
_ORDER_VERBS = {"ordered", "orders", "order", "ordering"}
_TELL_VERBS = {"told", "tells", "tell", "telling"}
#: Verbs that name someone something, and the names that insult ("called Bush 'the devil'").
_NAMING_VERBS_INSULT = {"called", "calls", "calling", "branded", "brands", "branding", "dubbed", "dubs",
                        "labelled", "labeled", "labels", "likened", "compared"}
_INSULT_NOUNS = {"killer", "killers", "traitor", "traitors", "devil", "liar", "liars", "criminal", "criminals", "terrorist", "terrorists", "dictator",
                 "tyrant", "thief", "thieves", "murderer", "murderers", "butcher", "butchers", "puppet", "puppets",
                 "clown", "fascist", "fascists", "nazi", "nazis", "hitler", "gangster", "gangsters", "bandit",
                 "bandits", "pariah", "rogue", "warmonger", "warmongers", "aggressor", "occupier", "occupiers",
                 "enemy", "satan", "coward", "cowards", "imperialist", "imperialists", "lackey", "stooge",
                 "threat", "menace", "danger", "tumour", "tumor", "cancer", "donkey", "thug", "thugs", "barbarian",
                 "barbarians", "outlaw", "outlaws", "robbery", "theft", "piracy", "provocation"}
#: Adjectives that make a state's name an insult before one of ``_INSULT_HEADS`` ("called Syria one of the
#: most repressive regimes", "branded Israel a racist state").
_INSULT_ADJECTIVES = {"repressive", "brutal", "racist", "fascist", "criminal", "murderous", "barbaric", "barbarous",
                      "aggressive", "expansionist", "illegitimate", "corrupt", "totalitarian", "despotic",
                      "tyrannical", "evil", "genocidal", "terrorist", "rogue", "outlaw", "pariah", "lawless",
                      "bloodthirsty", "warmongering", "oppressive", "dangerous", "failed", "hostile"}
_INSULT_HEADS = {"regime", "regimes", "state", "states", "government", "governments", "dictatorship",
                 "dictatorships", "country", "countries", "nation", "nations", "entity", "power", "powers"}
#: People sent to help ("has flown 200 doctors to Pakistan", "sent rescuers to Turkey").
_AID_PEOPLE = {"doctors", "medics", "nurses", "rescuers", "paramedics", "firefighters", "surgeons"}
#: Verbs of flying something somewhere: aid only (jets flown to a border are no gift).
_FLY_VERBS = {"flown", "flew", "flies", "fly", "flying"}
#: Arms that are carried, not flown themselves ("flew weapons to the rebels" delivers them).
_CARRIED_ARMS = {"weapons", "arms", "ammunition", "munitions", "rifles", "shells"}
#: Words naming a rule broken ("in breach of a UN arms embargo"): the noun after them is no act.
_BREACH_WORDS = {"breach", "breaches", "breaching", "breached", "violation", "violations", "violating", "violated",
                 "violates", "violate", "defiance", "defying", "defied", "defies", "flouting", "flouted", "flouts",
                 "contravention", "contravened", "contravening", "circumventing", "evading", "evasion"}
_AID_GOODS = {"aid", "vaccines", "vaccine", "doses", "food", "grain", "wheat", "rice", "flour", "tents", "blankets",
              "medicines", "medicine", "relief", "generators", "water", "fuel", "oxygen", "ventilators", "masks"}


#: Instruments a leader signs alone ("signed an order", "signed the bill into law"): no agreement.
_DOMESTIC_INSTRUMENTS = {"order", "orders", "decree", "decrees", "law", "laws", "bill", "bills", "legislation",
                         "executive", "directive", "proclamation", "budget", "ordinance"}
#: Nouns after a word of war that make it a thing named ("war memorial", "war crimes tribunal").
_WAR_COMPOUNDS = {"memorial", "memorials", "museum", "cemetery", "cemeteries", "graves", "veterans", "veteran",
                  "dead", "hero", "heroes", "anniversary", "correspondent", "correspondents", "crimes", "criminal",
                  "criminals", "tribunal", "reparations", "widows", "orphans", "chest", "footing", "games", "films",
                  "film", "novel", "photographer", "monument", "monuments", "records", "archives"}
#: Nouns after a hyphenated compound ending in a cue word that make it a name of a thing ("the test-ban treaty").
_COMPOUND_HEADS = frozenset({"treaty", "treaties", "zone", "zones", "regime", "talks", "agreement", "accord", "pact",
                             "convention", "negotiations", "law", "laws", "line", "area", "corridor"})
def _said_over(lower: list[str], e: int) -> bool:
    """Whether the clause going on at ``e`` says the thing before it is over: "is over", "was over", "is now
    over" before a pause, within eight words and no clause break ("The state of war between the two
    countries is over,"; not "was over territory", what a war was about)."""
    for k in range(e, min(len(lower) - 1, e + 8)):
        if lower[k] in (",", ";", "but", "while", "that", "which"):
            return False
        if lower[k] in ("is", "was") and lower[k + 1] in ("over", "now"):
            end = k + 2 if lower[k + 1] == "over" else k + 3
            if (lower[k + 1] == "over" or lower[k + 2:k + 3] == ["over"]) and lower[end:end + 1] in _PAUSE_AFTER_OVER:
                return True
    return False


#: What may follow "is over" for it to end a war, not to name its topic.
_PAUSE_AFTER_OVER = ([], [","], ["."], [";"], [":"], ['"'], ["'"], ["now"], ["at"], ["after"])


def _disaster_agent(lower: list[str], k: int) -> bool:
    """Whether the words from ``k`` name a disaster as the agent after "by" ("struck by last month's tsunami"),
    only determiners, time words and epithets before it (not "by Russian missiles as floods spread")."""
    while k < len(lower) and lower[k] in _DISASTER_LEAD:
        k += 1
    return k < len(lower) and _DISASTER.fullmatch(lower[k]) is not None


#: Words that may stand before a disaster named as an agent ("the deadly", "last month's").
_DISASTER_LEAD = frozenset(_CALENDAR | {"the", "a", "an", "last", "this", "that", "month", "week", "year", "weekend",
                                        "'s", "\u2019s", "recent", "deadly", "massive", "powerful", "devastating",
                                        "huge", "severe", "strong", "killer", "monsoon", "heavy", "major", "giant",
                                        "catastrophic"})
#: Verbs of appeal before "to sign/ratify/join" a treaty: a treaty asked of others, not one between the states.
_APPEAL_VERBS = frozenset({"urged", "urges", "urge", "urging", "called", "calls", "asked", "asks", "pressed",
                           "presses", "appealed", "appeals", "encouraged", "encourages", "demanded", "demands"})
#: Words before "agreed" that make it an adjective when a noun follows ("internationally agreed parameters").
_AGREED_ATTRIBUTIVE = frozenset({"the", "an", "a", "internationally", "international", "mutually", "universally",
                                 "commonly", "generally", "bilaterally", "multilaterally"})
#: Words after "agreed" that keep it a verb ("the two sides agreed to ...", "agreed on", "agreed that").
_AGREED_NOT_NOUN = frozenset({"to", "on", "upon", "with", "that", "in", "by", "at", "for", "and", "a", "an", "the",
                              "this", "these", "its", "their", "his", "her", "not", "also", "as"})
#: Plural nouns after "banned" that make it an adjective ("banned weapons").
_BANNED_THINGS = {"weapons", "substances", "substance", "drugs", "chemicals", "materials", "goods", "items",
                  "books", "groups", "organisations", "organizations", "parties", "party", "group", "arms",
                  "pesticides", "munitions", "literature", "websites", "apps"}
#: What aid that arrives carries (not "fuel" or "water" alone: "landed with fuel running low").
_ARRIVING_AID = {"aid", "relief", "food", "medicine", "medicines", "medical", "supplies", "tents", "blankets",
                 "vaccines", "doses", "medics", "doctors", "nurses", "rescuers", "mosquito", "rations"}
#: Verbs of aid arriving ("landed in Rangoon with water and mosquito nets").
_ARRIVAL_VERBS = {"landing", "landed", "lands", "arrived", "arriving", "arrives", "docked", "docking"}
#: Verbs of yielding land or people, and what is yielded ("handed the Bakassi peninsula to Cameroon").
_YIELD_VERBS = {"handed", "hands", "hand", "handing", "ceded", "cedes", "cede", "ceding"}
_YIELD_GOODS = {"peninsula", "territory", "territories", "region", "island", "islands", "islets", "enclave",
                "province", "district", "area", "strip", "control", "sovereignty", "prisoners", "detainees",
                "suspect", "suspects", "fugitive", "fugitives", "captives", "hostages"}
#: Verbs of pulling forces back, and the forces ("withdrawing the last of its troops").
#: (not the bare "withdraw": "demanded that Denmark withdraw 100 special forces" is asked for, not done)
_WITHDRAW_VERBS = {"withdrew", "withdraws", "withdrawing", "pulled", "pulls", "pulling"}
_FORCES = {"troops", "forces", "soldiers", "contingent", "units", "battalions", "peacekeepers"}
#: Verbs of leaving a place: a request that a state do them is a demand ("asked India to withdraw its troops").
_PULL_OUT_VERBS = frozenset({"withdraw", "pull", "leave", "remove", "vacate", "quit"})
#: What a state is asked to withdraw or remove for the request to be one to leave ("its troops", "its base").
_PRESENCE_WORDS = frozenset(_FORCES | {"military", "personnel", "presence", "base", "bases", "mission", "diplomats",
                                       "ambassador", "envoy", "embassy", "out", "from"})


#: What a request to end may ask to end that is a fight, not the one asked's own doing.
_FIGHTING_WORDS = {"fighting", "violence", "war", "conflict", "hostilities", "clashes", "bloodshed", "killing",
                   "killings", "crisis", "standoff", "stand-off", "feud", "dispute"}


def _asked_to_leave(lower: list[str], e: int) -> bool:
    """Whether the request ending at ``e`` asks the one asked to leave or stop: the first "to" after it, within
    six words, opens "withdraw/pull/remove" + forces or a presence ("asked India to withdraw its troops"),
    "leave/vacate/quit" ("asked the envoy to leave") or "stop/halt/cease/end" ("asked China to stop building
    a road"); not "to remove sanctions", not "to allow X to leave"."""
    k = next((k for k in range(e, min(len(lower) - 1, e + 6)) if lower[k] == "to"), None)
    if k is not None and k + 2 < len(lower) and lower[k + 1] in ("stop", "halt", "cease", "end") \
            and lower[e:e + 1] != ["by"] and (lower[k + 2] in ("its", "their") or (
                lower[k + 2].endswith("ing") and lower[k + 2] not in _FIGHTING_WORDS)):
        # (the one asked must stop its own doing: not "asked France to end the rebellion in the north", nor
        # "asked the United States to stop the advance of Islamic State fighters")
        # "asked China to stop building a road on the plateau", "asked Israel to end its occupation": a demand
        return True
    if k is None or lower[k + 1] not in _PULL_OUT_VERBS:
        return False
    if lower[k + 1] in ("leave", "vacate", "quit"):
        return True
    return any(w in _PRESENCE_WORDS for w in lower[k + 2:k + 6])


#: Nouns of a request or charge whose author follows with "by" ("rejected calls by France").
_BY_NOUNS = {"calls", "call", "demands", "demand", "appeals", "appeal", "requests", "request", "proposals",
             "proposal", "offer", "offers", "plan", "plans", "bid", "bids", "pressure", "criticism", "accusations",
             "claims", "charges", "allegations", "threats", "efforts", "attempts", "suggestions", "overtures",
             "pleas", "ultimatum", "warnings", "remarks", "comments", "statements", "attempt", "decision",
             "decisions", "move", "moves", "step", "steps", "announcement", "pledge", "pledges", "initiative"}
#: Nouns after a hostile noun that make it a legal label ("war crimes charges", "terrorism trial").
_LEGAL_NOUNS = {"charges", "charge", "trial", "trials", "tribunal", "court", "suspect", "suspects", "case", "cases",
                "indictment", "indictments", "conviction", "convictions", "prosecutor", "prosecutors", "law", "laws"}
#: Verbs of denial: the act in "denied that ..." did not happen, as far as the sentence tells.
_DENY_VERBS = {"denied", "denies", "deny", "denying"}
#: Verbs that keep a harm from happening with "off" ("staved off a war"); the others are ``_AVERT_VERBS``.
_OFF_VERBS = {"stave", "staved", "staving", "head", "headed", "heading"}
#: Verbs that take a charge back ("cleared Korean exporters of dumping charges").
_CLEARED_VERBS = {"cleared", "clears", "acquitted", "acquits", "exonerated", "exonerates"}


#: Cues of taking sides that a participle can hang on a thing ("a channel backed by Hezbollah").
_JUDGING_CUES = {"praise", "welcome", "support", "back", "endorse", "criticise", "condemn", "denounce", "blame",
                 "reject", "oppose"}
#: Bodies that another may back, fund or condemn without the clause's subject being judged ("calls for a
#: satellite channel backed by Hezbollah to be taken off air"); a state's own works ("a barrier condemned
#: by the Palestinians", "a dam opposed by Egypt") stay judged as its acts.
_BACKED_THINGS = {"channel", "channels", "station", "stations", "network", "networks", "newspaper", "newspapers",
                  "broadcaster", "group", "groups", "militia", "militias", "faction", "factions", "party",
                  "parties", "movement", "movements", "charity", "charities", "fighters", "gunmen", "rebels",
                  "insurgents", "candidate", "candidates", "proxy", "proxies", "outfit", "outfits",
                  "organisation", "organization", "organisations", "organizations"}


#: Lands and places a participle may tell of ("the territories seized by Israel", "the islands occupied by Iran").
_SEIZED_LANDS = frozenset({"territory", "territories", "land", "lands", "islands", "island", "areas", "area",
                           "regions", "region", "villages", "towns", "cities", "provinces", "province", "heights",
                           "positions", "zone", "zones", "strip", "enclave", "enclaves"})
#: Endings of words in -s that are no verb in the present ("press", "business", "famous", "status", "politics").
_NOT_PRESENT_S = ("ss", "ness", "ous", "us", "ics")
#: Words after "as" that open no clause ("as promised", "as well", "as usual").
_AS_NO_CLAUSE = frozenset({"well", "usual", "before", "ever", "part", "such", "much", "long", "soon", "far", "if",
                           "though", "always", "planned", "agreed", "expected", "promised"})
#: The participles :data:`_SEIZED_LANDS` are told with ("seized by", "occupied by").
_SEIZING = frozenset({"seized", "occupied", "annexed", "captured", "taken", "conquered", "grabbed", "invaded",
                      "usurped", "held"})


def _reduced_relative(lower: list[str], named: list[bool], s: int) -> bool:
    """A participle cue right after a body it modifies ("a satellite channel backed by Hezbollah", "rebels
    backed by Rwanda"): its object is that body, not the clause's subject."""
    if s < 1 or not (lower[s].endswith("ed") or lower[s] in _IRREGULAR_PARTICIPLES) or named[s - 1]:
        return False
    return lower[s - 1] in _BACKED_THINGS


#: Words that make an offer a firm's ("raised its offer for a US steel company", "an offer for Corus").
_COMMERCIAL_WORDS = {"company", "companies", "firm", "firms", "stake", "stakes", "shares", "share", "shareholders",
                     "takeover", "merger", "steelmaker", "carmaker", "maker", "airline", "carrier", "bank", "group",
                     "inc", "corp", "ltd", "plc", "bid", "bidder", "acquisition", "buyout", "per", "cash", "rival",
                     "field", "fields", "assets", "unit", "subsidiary", "brewer", "operator", "retailer", "insurer"}
#: Things fought that are no armed enemy ("fighting extradition", "the fight against corruption"), beside
#: the legal nouns of ``_LEGAL_NOUNS``.
_FOUGHT_THINGS = {"extradition", "deportation", "ruling", "lawsuit", "suit", "order", "bill", "corruption", "poverty",
                  "inflation", "unemployment", "disease", "aids", "malaria", "drugs", "fire", "fires", "blaze",
                  "flames", "takeover", "tax", "taxes", "proposal", "decision", "verdict", "sentence", "crisis",
                  "eviction", "closure", "cuts", "plans", "plan", "illness", "cancer", "epidemic", "pandemic",
                  "floods", "drought", "hunger", "famine"}


def _fights_a_thing(lower: list[str], e: int) -> bool:
    """A fight whose object, right after it, is a thing, not an enemy ("fighting extradition")."""
    k = e + (e < len(lower) and lower[e] == "against")
    while k < len(lower) and lower[k] in ("the", "a", "an", "its", "his", "her", "their", "new", "rising"):
        k += 1
    # (up to two words of name, possessive or adjective before the thing: "a WTO ruling", "the EU's plans")
    for w in lower[k:k + 4]:
        if w in (",", ";", "and", "by", "of", "in", "to", "with", "between", "against"):
            return False
        if w in _FOUGHT_THINGS or w in _LEGAL_NOUNS:
            return True
    return False


#: Pronouns that open a clause as its subject after ", and" ("..., and he asked Russia for help"); not "they"
#: or "it", which often name the first verb's object again ("sent troops, and they landed in Sierra Leone").
_SUBJECT_PRONOUNS = frozenset({"he", "she", "we", "i"})
#: Causes a state or a person fights for, which make the fight no armed act against anyone named.
_FOUGHT_CAUSES = {"values", "value", "ideals", "principles", "freedom", "freedoms", "rights", "right", "justice",
                  "peace", "democracy", "dignity", "cause", "causes", "liberty", "equality", "survival", "truth",
                  "ideas", "purposes", "aims", "goals"}


def _fights_for_a_cause(lower: list[str], s: int, e: int) -> bool:
    """
    A fight for a cause, told as a record or a creed, not against an enemy: "a record ... of fighting valiantly
    for all the values for which the United Nations was established", "the values for which Egypt is now
    fighting". Only the gerund after "of"/"in" ("one of fighting for ...", a noun), with no "from", "against",
    "as" or second clause after the cause ("fighting for its independence from France", "fighting for its
    survival as Russian troops push" are fights with a side); and only "for which ... fighting" at a clause's
    end ("the rights for which the Vietnamese are fighting the United States" names the enemy).
    """
    if lower[s] == "fighting" and s > 0 and lower[s - 1] in ("of", "in"):
        k = e
        while k < len(lower) and lower[k].endswith("ly") and lower[k].isalpha():
            k += 1
        if k < len(lower) and lower[k] == "for":
            j = k + 1
            while j < len(lower) and lower[j] in ("the", "all", "its", "their", "our", "his", "her", "these",
                                                  "those", "same", "a", "common", "noble", "just"):
                j += 1
            end = next((x for x in range(j, len(lower)) if lower[x] in (";", ".")), len(lower))
            if j < len(lower) and lower[j] in _FOUGHT_CAUSES:
                return not any(w in ("from", "against", "as", "while", "when", ",") for w in lower[j + 1:end])
    # ("the values for which Egypt is now fighting": the cause stands before "for which")
    f = next((f for f in range(max(1, s - 16), s) if lower[f:f + 2] == ["for", "which"]
              and lower[f - 1] in _FOUGHT_CAUSES), None)
    return f is not None and not any(w in (",", ";", "against", "with") for w in lower[f:e + 2]) \
        and lower[e:e + 1] in ([], ["."], [";"], [","], ["and"])


#: Nouns of a war named by its place ("the war in Ukraine"), and the intensity of reading it as a war
#: between that state and a dated enduring rival named in the same sentence (a prior, like RIVAL_SCORE).
_WAR_IN_NOUNS = {"war", "invasion", "occupation", "offensive", "conflict", "bombardment"}
RIVAL_WAR_INTENSITY = -5.0


def _war_in_rival(words: list[str], actors: list[tuple], events: list[dict], date) -> list[dict]:
    """
    A war named by its place, in a sentence that also names one of that state's enduring rivals of the
    day (``data/actors/rivalries.csv``): "boost NATO against Russia as the war in Ukraine drags on" is read
    as Russia's war on Ukraine, cue "war in Ukraine (rivals)", when no event already links the two. A
    prior, like the rivals basis of :func:`article_dyads`: "the war in Ukraine" with only the US named
    gives nothing.
    """
    lower = [w.lower() for w in words]
    linked = {frozenset((ev["source"], ev["target"])) for ev in events if ev["event_class"] != "neutral"}
    out = []
    for i in range(len(lower) - 2):
        if lower[i] not in _WAR_IN_NOUNS or lower[i + 1] != "in":
            continue
        j = i + 2 + (lower[i + 2] == "the")
        place = next((a for a in actors if a[0] == j), None)
        if place is None:
            continue
        for a in actors:
            y, x = a[2], place[2]
            if y != x and a is not place and frozenset((x, y)) not in linked and rivals(x, y, date):
                linked.add(frozenset((x, y)))
                out.append({"source": y, "target": x, "event_class": "material_conflict",
                            "intensity": RIVAL_WAR_INTENSITY,
                            "cue": f"{' '.join(words[i:place[1]])} (rivals)", "cue_pos": i})
    return out


def _disaster_toll(lower: list[str], s: int, cues: list) -> bool:
    """
    A killing or destroying participle ("..., killing", "and destroying") whose nearest harm before it is a
    natural disaster, not a hostile cue: "flood victims ... after two-thirds of Bangladesh was submerged,
    destroying crops and killing more than 700 people" (but "floods hit Pakistan as Indian shelling
    continued, killing five" is the shelling's toll). The disaster-subject case is in :func:`find_events`.
    """
    if not (lower[s].endswith("ing") and lower[s].startswith(_TOLL_WORDS) and s > 0 and lower[s - 1] in (",", "and")):
        return False
    nature = [k for k in range(max(0, s - 25), s)
              if _DISASTER.fullmatch(lower[k]) or lower[k] in ("submerged", "inundated", "flooded")]
    return bool(nature) and not any(nature[-1] < s1 < s and c1.intensity < 0 for s1, _, c1 in cues)


def _averted(lower: list[str], s: int) -> bool:
    """A hostile cue kept from happening or taken back: "to avoid possible sanctions", "staved off a war",
    "cleared Korean exporters of dumping charges" (but not "could not head off a border war")."""
    for k in range(max(0, s - 4), s):
        if lower[k] in _AVERT_VERBS or lower[k] in _CLEARED_VERBS or (
                lower[k] == "off" and k > 0 and lower[k - 1] in _OFF_VERBS):
            v = k - 1 if lower[k] == "off" else k
            if any(w in ("not", "n't", "never", "failed", "unable") for w in lower[max(0, v - 3):v]):
                return False   # "did not prevent Russia from invading", "failed to avert a war": it happened
            return all(w not in (",", ";", "and", "but") for w in lower[k + 1:s])
    return False
#: Teams whose members come "from" several states and act as one ("investigators from A, B and C").
#: (Not rescue teams or doctors "from Spain and Qatar": aid each sends on its own; nor diplomats or leaders,
#: who are as often expelled or at odds.)
_JOINT_TEAMS = {"investigators", "experts", "inspectors", "scientists", "negotiators", "mediators", "monitors",
                "observers", "officers", "troops", "soldiers", "forces", "warships", "navies"}
#: Words after such a team that make it no joint act (a passive, a refusal, a quarrel).
_NOT_JOINT_AFTER = {"were", "was", "are", "is", "refused", "not", "never", "disputed", "dispute", "walked", "each",
                    "clashed", "traded", "exchanged", "accused", "blamed", "argued", "failed"}
#: What a state lets others use ("let Russian troops use its territory").
_FACILITIES = {"territory", "airspace", "bases", "base", "ports", "port", "airfields", "airfield", "soil", "roads",
               "railways", "waters", "airports", "airport", "facilities"}
#: Words before troops leaving that make the leaving asked for or awaited, not done ("until US troops leave").
_LEAVE_ASKED = {"until", "unless", "if", "make", "made", "making", "demand", "demanded", "demands", "demanding",
                "want", "wants", "wanted", "urged", "urge", "urges", "called", "calls", "calling", "must", "should",
                "asked", "ask", "asks", "ordered", "order", "orders", "force", "forced", "forcing", "wait", "before",
                "once", "when"}
#: Verbs of forces leaving a state ("Last Syrian troops leave Lebanon"): a withdrawal.
_LEAVE_VERBS = {"leave", "leaves", "left", "quit", "quits", "exit", "exits", "exited", "vacate", "vacated", "vacates"}
#: Words after "troops left" that make it no departure from a state ("left 20 dead", "left behind").
_LEAVE_NOT = {"behind", "dead", "a", "an", "the", "no", "little", "their", "its", "his", "at", "for", "early", "on",
              "in", "after", "before", "without", "with", "them", "it", "when", "as", "and", "to", "wounded", "flank"}
#: Verbs of releasing, and the people whose release is a state's yielding ("released an Israeli man").
_RELEASE_VERBS = {"released", "releases", "releasing", "release"}
_RELEASED_PEOPLE = {"man", "men", "woman", "women", "citizen", "citizens", "national", "nationals", "soldier",
                    "soldiers", "sailor", "sailors", "seamen", "fisherman", "fishermen", "journalist", "journalists",
                    "reporter", "reporters", "pilot", "pilots", "prisoner", "prisoners", "detainee", "detainees",
                    "hostage", "hostages", "captive", "captives", "crew", "crewmen", "tourist", "tourists",
                    "student", "students", "hikers", "activist", "activists", "workers", "engineers", "diplomat",
                    "diplomats", "servicemen", "marines", "troops", "missionaries", "contractors", "inmates", "pastor",
                    "captain", "teenager", "teenagers", "businessman", "businessmen", "veteran", "priest", "nun",
                    "nuns", "boy", "boys", "girl", "girls", "dissident", "dissidents", "blogger", "academic"}


@lru_cache(maxsize=1)
def _body_names() -> frozenset[str]:
    """Surfaces of the organisations a state can leave: the gazetteer's organisations (not movements)."""
    return frozenset(x.surface for x in cached_entries()
                     if x.kind == "organization" and x.country in ORG_CODES and x.country not in MOVEMENT_CODES)


def _left_body(lower: list[str], words: list[str], i: int) -> int | None:
    """
    Where the cue of a state leaving a body ends: the index after "withdraw from" (or None).

    ``lower[i]`` is one of :data:`_EXIT_VERBS`; its prepositions must follow, then an optional
    "the", then the name of an organisation the gazetteer codes (:func:`_body_names`: "the
    Organization of American States", "OPEC"). A name followed by "summit", "talks",
    "headquarters" and the like is a meeting or a place, not the body ("left the EU summit
    early"), and gives None.
    """
    k = i + 1
    if lower[k:k + 1] in (["his"], ["her"], ["its"], ["their"]) and lower[k + 1:k + 2] in (
            ["country"], ["nation"], ["government"], ["state"]):
        k += 2   # "pulled his country out of the Commonwealth"
    if not _EXIT_VERBS[lower[i]] and k < len(lower) and lower[k] == "from":
        k += 1   # ("its exit from the EU", "left from": an optional "from")
    for prep in _EXIT_VERBS[lower[i]]:
        if k >= len(lower) or lower[k] != prep:
            return None
        k += 1
    start = k + 1 if k < len(lower) and lower[k] == "the" else k
    if start >= len(words) or not words[start][:1].isupper():
        return None
    names = _body_names()
    last = next((j - 1 for j in range(min(len(words), start + 9), start, -1) if " ".join(words[start:j]) in names),
                None)
    if last is None and words[start] == "Commonwealth" and start > k and not (
            start + 1 < len(words) and (words[start + 1][:1].isupper() or lower[start + 1] == "of")):
        last = start   # "quit the Commonwealth": the Commonwealth of Nations (as the actors step reads it)
    if last is None:
        return None
    nxt = lower[last + 1] if last + 1 < len(lower) else ""
    if nxt in _BODY_NOT_AFTER:
        return None
    return k   # (the cue ends before "the": a word of the name after it could read as something else)


def _charge_hits(lower: list[str], words: list[str]) -> list[tuple[str, int, int]]:
    """
    Gapped charges, returned as (cue_id, start, end) like :func:`_transfer_hits`: "X says Y (was) behind
    <an act of harm>" (an accusation, at the verb of saying) and "referred <a state> to the <court>" (a
    lawsuit, at the verb).
    """
    hits = []
    for i, w in enumerate(lower):
        if w in _SAYING_BEHIND:
            # "Syria Says Israel Behind Damascus Blast", "Iran said the United States was behind the unrest": a
            # charge that the one named stands behind an act of harm is an accusation
            j = i + 1 + (lower[i + 1:i + 2] == ["that"])
            k = j + (lower[j:j + 1] == ["the"])
            while k < len(words) and k - j < 5 and (words[k][:1].isupper() or lower[k] in ("-", ".")) \
                    and lower[k] != "behind":
                k += 1
            if k > j and lower[k:k + 1] in (["was"], ["is"], ["were"], ["are"], ["had"]):
                k += 1 + (lower[k + 1:k + 2] == ["been"])
            if k > j and lower[k:k + 1] == ["behind"] and any(
                    x in _BEHIND_ACTS for x in lower[k + 1:min(k + 7, len(lower))]):
                hits.append(("accuse", i, i + 1))
                continue
        if w in ("referred", "refers", "refer", "referring") and i + 1 < len(lower) \
                and lower[i + 1] not in ("in", "to", "at", "on", "again", "earlier", "back", "also", "only", "briefly",
                                         "above", "here", "there", "yesterday") and any(
                lower[j] == "to" and any(x in _REFERRED_TO for x in lower[j + 1:j + 5])
                for j in range(i + 2, min(i + 8, len(lower)))) \
                and not any(x in (",", ";", ".") for x in lower[i + 1:min(i + 4, len(lower))]):
            # "the Security Council referred Libya to the International Criminal Court": a state sent before a
            # court is taken to law (not "referred to the court's ruling", nor "referred in this Assembly to the
            # Court's advisory opinion": no one sent between verb and "to")
            hits.append(("lawsuit", i, i + 1))
    return hits


def _transfer_hits(lower: list[str], words: list[str] | None = None) -> list[tuple[str, int, int]]:
    """
    Gapped transfer cues: a verb of handing over, up to seven words, goods, then "to".

    Returned as (cue_id, start, end) of the military-aid or humanitarian-aid cue spanning verb
    to goods, so the longest-match rule lets them win over the bare verb ("provided" alone is weak).
    Land or people yielded ("handed the oil-rich Bakassi peninsula to Cameroon") is the hand-over
    cue; forces pulled back ("withdrawing the last of its troops") the troop-withdrawal cue; a
    deadline to leave ("gave the ambassador 72 hours to leave") the expulsion cue; and aid that
    arrives ("landed in Rangoon with water and mosquito nets") the humanitarian-aid cue.
    """
    hits = []
    for i, w in enumerate(lower):
        if w in _FREEZE_VERBS and not (i > 0 and lower[i - 1] in ("the", "a", "an", "its", "their")):
            # "agreed to freeze 6.3 billion euros of funds for Hungary", "voted to suspend Syria's membership":
            # a sanction with an amount or the state between verb and noun (the lexicon's phrases have none)
            j = next((j for j in range(i + 1, min(i + 9, len(lower)))
                      if lower[j] in _FROZEN_THINGS or lower[j] in (",", ";", ".", "and", "but", "to", "that", "after")),
                     None)
            if j is not None and j > i + 1 and lower[j] in _FROZEN_THINGS:
                hits.append((_FROZEN_THINGS[lower[j]], i, i + 1))
                continue
            if words is not None and w.startswith("suspend") and i + 1 < len(words) and words[i + 1][:1].isupper() \
                    and any(x in _MEMBERSHIP_BODIES for x in lower):
                hits.append(("suspend_membership", i, i + 1))   # "the Arab League voted to suspend Syria"
                continue
        if w in _TAKING_VERBS:
            # "Beijing accepted Tokyo's offer of help", "accepted Washington's invitation": the offering state
            # sits between verb and offer, and is the cue's target
            j = next((j for j in range(i + 1, min(i + 6, len(lower)))
                      if lower[j] in _ACCEPTED_THINGS or lower[j] in (",", ";", ".", "and", "but", "to", "that")), None)
            if j is not None and j > i + 1 and lower[j] in _ACCEPTED_THINGS and any(
                    x in ("'s", "\u2019s", "from") for x in lower[i + 1:j + 2]):
                hits.append(("accept_offer", i, i + 1))
                continue
        if w in _LET_VERBS and words is not None:
            # "voted to let Morocco back into the African Union": a member taken back
            j = next((j for j in range(i + 1, min(i + 6, len(lower) - 1)) if lower[j] == "back"), None)
            if j is not None and j > i + 1 and lower[j + 1] in ("into", "in") and words[i + 1][:1].isupper():
                hits.append(("readmit_member", i, i + 1))
                continue
        if w in ("restore", "restores", "restored", "restoring") and i + 4 < len(lower) and any(
                lower[j] == "membership" and lower[j - 1] in ("'s", "\u2019s") for j in range(i + 2, min(i + 6, len(lower)))):
            hits.append(("readmit_member", i, i + 1))   # "voted to restore Syria's membership"
            continue
        if w in _EXIT_VERBS and words is not None:
            end = _left_body(lower, words, i)
            if end is not None:
                # "decided to withdraw from the European Union", "quit the Organization of American States",
                # "pulled out of the International Criminal Court": a state leaving a body it belonged to
                hits.append(("leave_body", i, end))
                continue
        if w in _DEBT_VERBS and not (i > 0 and lower[i - 1] in ("the", "a", "its")):
            # "promised to cancel some of Zambia's debt", "wrote off $4 billion of Iraq's debts": relief, with
            # the owed state and an amount between (the lexicon's "cancelled debt" has none)
            j = next((j for j in range(i + 1, min(i + 9, len(lower)))
                      if lower[j] in ("debt", "debts") or lower[j] in (",", ";", ".", "and", "but", "to", "that")), None)
            if j is not None and lower[j] in ("debt", "debts") and (w not in ("write", "writes", "wrote", "writing",
                                                                             "written") or lower[i + 1] == "off"):
                hits.append(("debt_relief", i, i + 2 if lower[i + 1] == "off" else i + 1))
                continue   # (the verb only: the owed state sits between it and "debt", as the cue's target)
        if w not in _TRANSFER_TRIGGERS:
            continue   # (every reading below starts at one of these words)
        if w in ("sign", "signs") and i > 0 and lower[i - 1] not in ("a", "the", "no", "any", "first", "clear"):
            # headlines: "Australia, Indonesia Sign Security Pact", "Russia, Ukraine Sign Gas Deal" (the
            # lexicon's phrases need an article: "sign a pact"; "no authority to sign such agreements" signs none)
            j = next((j for j in range(i + 1, min(i + 5, len(lower))) if lower[j] in _SIGNED_PAPERS), None)
            if j is not None and all(x.isalpha() or x == "-" for x in lower[i + 1:j]) \
                    and not any(x in ("of", "that", "to", "such", "any", "no", "these", "those", "this") for x in lower[i + 1:j]):
                hits.append(("sign_agreement", i, j + 1))
                continue
        if w in _LAUNCH_VERBS:
            # "launched hundreds of drones and missiles at Israel", "fired two Katyusha rockets into Israel":
            # weapons fired at someone, with counts and kinds between (the lexicon's phrases have none)
            j = next((j for j in range(i + 1, min(i + 10, len(lower) - 1))
                      if not (lower[j] in _WEAPON_GAP or lower[j] in _FIRED_WEAPONS
                              or lower[j].replace(",", "").isdigit())), None)
            if j is not None and j > i + 1 and lower[j - 1] in _FIRED_WEAPONS \
                    and lower[j] in ("at", "on", "into", "toward", "towards", "against"):
                hits.append(("missile_strike", i, j))
                continue
        if w in _ENTER_VERBS and i > 0 and (lower[i - 1] in _ENTERING_FORCES or (
                i > 1 and lower[i - 1] in ("have", "had", "has") and lower[i - 2] in _ENTERING_FORCES)) \
                and (w.startswith(("entered", "enters", "entering", "invad")) or lower[i + 1:i + 2] == ["into"]) \
                and not any(x in _INVITED_WORDS for x in lower) and "with" not in lower[max(0, i - 6):i] \
                and not any(x in _ENTERING_FORCES for x in lower[max(0, i - 7):i - 1]):
            # "Russian troops poured into Ukraine", "Syrian tanks rolled into Lebanon": an incursion (not
            # forces invited in, on a mission, on their way out, or beside the state's own: "US troops with
            # Iraqi soldiers surged into Fallujah", "Kenyan tanks and Somali government troops entered Kismayo")
            hits.append(("incursion", i, i + 2 if lower[i + 1:i + 2] == ["into"] else i + 1))
            continue
        if w in _CAPTURE_VERBS and (i == 0 or lower[i - 1] not in ("the", "a", "an", "its", "their", "his", "her")):
            # "Hezbollah fighters captured two Israeli soldiers": soldiers taken prisoner (a count or a
            # nationality between; "the captured soldiers" is who they are; "seized" and "detained" have
            # cues of their own in the lexicon, which win)
            for j in range(i + 1, min(i + 6, len(lower))):
                if lower[j] in (",", ";", ".", "and", "but", "which", "that", "to", "from", "of", "in"):
                    break
                if lower[j] in _SERVICE_PEOPLE and j > i + 1:
                    hits.append(("kidnap", i, i + 1))
                    break
            continue
        if w in _MONEY_VERBS:
            # "will contribute more than $100 million to an African Union force", "gave $50 million to Iraq":
            # money handed to someone is economic aid
            for j in range(i + 1, min(i + 9, len(lower) - 1)):
                if lower[j] in (",", ";", ".", "and", "but", "which", "that", "to"):
                    break
                if lower[j] in _MONEY_WORDS and lower[j + 1] == "to":
                    hits.append(("economic_aid", i, j + 1))
                    break
        if w in _ORDER_VERBS and "out" in lower[i + 2:i + 6] and i + 1 < len(lower) \
                and lower[i + 1] not in ("its", "his", "her", "their", "our", "all") and not any(
                x in (",", ";", ".", "to", "that") for x in lower[i + 1:lower.index("out", i + 2)]):
            hits.append(("expel", i, i + 1))   # "Uzbekistan orders US out of air base": an expulsion
            continue
        if (w in _ORDER_VERBS or w in _TELL_VERBS) and i + 1 < len(lower) \
                and lower[i + 1] not in ("its", "his", "her", "their", "all"):
            # ("Mali Tells UN Peacekeepers to Leave": told to leave is ordered out too)
            k = next((k for k in range(i + 2, min(i + 20, len(lower) - 1)) if lower[k] == "to"
                      and lower[k + 1] in ("leave", "quit", "depart", "go")
                      and lower[k + 2:k + 3] not in (["ahead"], ["on"], ["home"])), None)
            if k is not None and not any(x in (";", ".", "that") for x in lower[i + 1:k]):
                hits.append(("expel", i, i + 1))   # "Eritrea ordered ... staff of the UN mission to leave": out
                hits.append(("_ordered_out", i + 1, k))
                continue
        if w in ("let", "lets", "letting") and i + 4 < len(lower) and "custody" in lower[i + 2:i + 6] \
                and "take" in lower[i + 2:i + 5]:
            hits.append(("extradite", i, i + 1))   # "would let Liberia take custody of Charles Taylor"
            continue
        if w in ("let", "lets", "letting") and any(
                lower[j] in ("use", "cross", "land", "refuel", "transit") and j + 2 < len(lower)
                and any(x in _FACILITIES for x in lower[j + 1:j + 4]) for j in range(i + 2, min(i + 11, len(lower) - 1))):
            hits.append(("allow_in", i, i + 1))   # "Belarus, which let Russian troops use its territory": a host
            continue
        if w in ("let", "lets", "letting", "allow", "allowed", "allows", "allowing") and any(
                lower[j] in _LET_IN_BODIES and j + 1 < len(lower) and lower[j + 1] in _LET_IN_VERBS + ("to",)
                and (lower[j + 1] != "to" or lower[j + 2:j + 3] and lower[j + 2] in _LET_IN_VERBS)
                for j in range(i + 1, min(i + 7, len(lower) - 1))) \
                and not any(x in (",", ";", ".") for x in lower[i + 1:min(i + 7, len(lower))]):
            hits.append(("allow_in", i, i + 1))   # "agreed to let Indonesian military observers monitor their border"
            continue
        if w in _LEAVE_VERBS and i > 0 and (lower[i - 1] in _FORCES or (
                i > 1 and lower[i - 1] in ("have", "had", "will", "began", "would") and lower[i - 2] in _FORCES)) \
                and i + 1 < len(lower) and lower[i + 1].isalpha() and lower[i + 1] not in _LEAVE_NOT \
                and not any(x in _LEAVE_ASKED for x in lower[max(0, i - 6):i]) and "for" not in lower[i + 2:i + 4]:
            # (not troops asked to leave, "voted to make US troops leave Iraq", "until US troops leave", nor
            # a redeployment, "left Chad for Mali")
            hits.append(("withdraw_troops", i, i + 1))   # "Last Syrian troops leave Lebanon": a withdrawal
            continue
        if w in _RELEASE_VERBS and (w != "release" or lower[i - 1:i] in (["to"], ["will"], ["would"])):
            # "Hamas released an Israeli man", "Syria releases two Lebanese detainees": freeing people (the
            # state between verb and person is the target; bare "released" also releases statements)
            for j in range(i + 1, min(i + 7, len(lower))):
                if lower[j] in (",", ";", ".", "and", "to", "from", "of", "on", "in", "after", "for"):
                    break
                if lower[j] in _RELEASED_PEOPLE and j > i + 1 and lower[j + 1:j + 2] != ["'s"]:
                    hits.append(("free", i, i + 1))
                    break
            continue
        if w in _NAMING_VERBS_INSULT and i + 1 < len(lower) and lower[i + 1] not in ("for", "on", "upon", "in", "off"):
            # "Chavez called Bush 'the devil'", "branded Israel a terrorist state": an insult; the name
            # follows the object at once ("called Musharraf a key ally against terrorists" praises)
            for j in range(i + 2, min(i + 10, len(lower))):
                if lower[j] == "of" and lower[j - 1] == "one" and lower[j + 1:j + 2] == ["the"]:
                    continue   # "called Syria one of the most repressive regimes on earth"
                if lower[j] in (",", ";", ".", "that", "for", "on", "in", "against", "of", "with", "and", "by", "under") \
                        or (lower[j].endswith(("ed", "ing")) and lower[j] not in _INSULT_ADJECTIVES):
                    break   # ("called Nicaragua a small nation threatened by a hostile power": the insult is another's)
                if lower[j] in _INSULT_HEADS and lower[j - 1] in _INSULT_ADJECTIVES:
                    hits.append(("insult", i, i + 1))
                    hits.append(("_insult_noun", j - 1, j + 1))
                    break
                if lower[j] in _INSULT_NOUNS:
                    if j == i + 2 or lower[j - 1] in ("a", "an", "the", '"', "'", "\u201c", "terrorist", "rogue", "war") \
                            or lower[j - 2] in ("a", "an", "the"):
                        hits.append(("insult", i, i + 1))
                        hits.append(("_insult_noun", j, j + 1))
                    break
            continue
        if w in ("gave", "given", "gives", "give", "giving"):
            # "gave the American ambassador 72 hours to leave", "has given the United States 180 days to
            # quit the air base": an expulsion (the cue is the verb, so its target is the one named after it)
            for j in range(i + 2, min(i + 12, len(lower) - 2)):
                if lower[j] in (";", ".", ","):
                    break
                if lower[j] in ("hours", "days", "weeks", "months") and lower[j + 1] == "to" \
                        and lower[j + 2] in ("leave", "quit", "vacate", "depart", "pack"):
                    hits.append(("expel", i, i + 1))
                    break
            continue
        if w in _ARRIVAL_VERBS:
            # "cargo planes began landing at the airport with water and medics": aid arriving
            # ("... landed at Port-au-Prince's airport on Thursday with water", "a C-130 loaded with
            # water and mosquito nets landed in Rangoon")
            near = [j for j in range(max(0, i - 10), min(i + 15, len(lower) - 1)) if lower[j] == "with"
                    and not any(x in (";", ".", ",", "but", "while", "which") for x in lower[min(i, j):max(i, j)])]
            if any(any(x in _ARRIVING_AID for x in lower[j + 1:j + 5]) for j in near):
                hits.append(("humanitarian_aid", i, i + 1))
            continue
        if w in _YIELD_VERBS or w in _WITHDRAW_VERBS:
            found = None
            for j in range(i + 1, min(i + 8, len(lower))):
                if lower[j] in (",", ";", ".", "and", "but", "which", "that", "to", "from", "out"):
                    break
                if w in _YIELD_VERBS and lower[j] in _YIELD_GOODS and j + 1 < len(lower) and lower[j + 1] in (
                        "to", "over"):
                    found = ("hand_over", i, j + 1)
                    break
                if w in _YIELD_VERBS and lower[j] == "back" and j > i + 1 and lower[j + 1:j + 2] == ["to"]:
                    found = ("hand_over", i, i + 1)   # "Britain handed Hong Kong back to China" (a name between)
                    break
                if w in _WITHDRAW_VERBS and lower[j] in _FORCES and j > i + 1:
                    found = ("withdraw_troops", i, j + 1)
                    break
            if found is not None:
                hits.append(found)
                continue
            # (else "handed 20 tonnes of food to Haiti" may still be a transfer of goods, below)
        if w in _BORDER_MOVE_VERBS:
            # "ordered ten battalions to the border", "massed troops along the frontier": forces moved to face
            # a neighbour (the lexicon's "sent troops" needs no border)
            j = next((j for j in range(i + 1, min(i + 7, len(lower)))
                      if not (lower[j] in _FORCE_GAP or lower[j].replace(",", "").isdigit())), None)
            if j is not None and lower[j] in _SENT_FORCES and any(
                    x in ("border", "frontier") for x in lower[j + 1:j + 6]) and any(
                    x in ("to", "along", "toward", "towards", "near", "on") for x in lower[j + 1:j + 3]) \
                    and not _against_nonstate(lower, j + 1):
                hits.append(("deploy_troops", i, j + 1))
                continue
        if w in _SEND_FORCE_VERBS:
            # "sent 3,000 troops to Syria", "dispatched an infantry battalion", "deployed more soldiers": the
            # deployment cue with a count or a description between verb and force (the lexicon's phrases
            # have none)
            # (only counts and descriptions between: "deploy more African Union troops" deploys the AU's own)
            j = next((j for j in range(i + 1, min(i + 8, len(lower)))
                      if not (lower[j] in _FORCE_GAP or lower[j] in _OBSERVER_GAP or lower[j] in _SENT_CRAFT
                              or lower[j].replace(",", "").replace(".", "").isdigit())), None)
            if j is not None and j > i + 1 and lower[j] in _SENT_FORCES and not (
                    any(x in ("border", "frontier") for x in lower[j + 1:j + 6]) and _against_nonstate(lower, j + 1)):
                hits.append(("deploy_troops", i, j + 1))
                continue
            if j is not None and j > i + 1 and lower[j] in ("observers", "monitors") \
                    and lower[j + 1:j + 2] in (["to"], ["into"]):
                # "will send a team of election monitors to Ukraine": observers sent, cooperation
                hits.append(("send_observers", i, j + 1))
                continue
        if w not in _TRANSFER_VERBS and w not in _FLY_VERBS:
            continue
        for j in range(i + 1, min(i + 9, len(lower) - 1)):
            if lower[j] in (",", ";", ".", "and", "but", "which", "that", "to"):
                break
            # (a state that flies its own jets somewhere arms nobody; flown weapons are a delivery)
            goods = "arms" if lower[j] in _ARMS_GOODS and (w not in _FLY_VERBS or lower[j] in _CARRIED_ARMS) else \
                "aid" if lower[j] in _AID_GOODS or lower[j] in _AID_PEOPLE else None
            if goods == "arms" and lower[j] in _SENT_CRAFT and w in _SEND_FORCE_VERBS \
                    and any(x in ("its", "their", "his", "our") for x in lower[i + 1:j]) and lower[j + 1:j + 2] == ["to"] \
                    and any(lower[k] == "to" and lower[k + 1] in _STRIKING_VERBS for k in range(j + 2, min(j + 12, len(lower) - 1))):
                # "sent its warplanes to Benghazi and Tripoli to launch raids": a state's own craft are deployed
                # to strike, not handed over ("Poland sent its tanks to Ukraine" hands them over)
                hits.append(("deploy_troops", i, j + 1))
                break
            if goods and (lower[j + 1] == "to" or (j + 2 < len(lower) and lower[j + 2] == "to"
                                                    and lower[j + 1] not in (",", ";", "."))
                          or (lower[j + 1] == "and" and "to" in lower[j + 2:j + 7] and all(
                              x.isalpha() or x.replace(",", "").replace(".", "", 1).isdigit()
                              for x in lower[j + 2:lower.index("to", j + 2)]))):
                # (and "ship 100,000 tons of rice and cement to North Korea", "send 1,000 anti-tank weapons and
                # 500 Stinger missiles to Ukraine")
                hits.append(("military_aid" if goods == "arms" else "humanitarian_aid", i, j + 1))
                break
    return hits


def _owns_epithet(lower: list[str], s: int, e: int, a0: int, a1: int) -> bool:
    """
    Whether the name at tokens ``a0:a1`` is the state an epithet at ``s:e`` labels: inside it ("the racist
    Pretoria regime"), just before it ("South Africa's racist regime") or after "of"/"in" ("the racist
    regime of Pretoria", "the racist Government in South Africa").
    """
    return s <= a0 < e or a1 == s or (a1 == s - 1 and lower[s - 1] in ("'s", "\u2019s")) or (
        e < len(lower) and lower[e] in ("of", "in") and e < a0 <= e + 2 and all(w == "the" for w in lower[e + 1:a0]))


def _no_attack(lower: list[str], s: int, e: int) -> bool:
    """
    Whether a "destroyed"/"wiped out" cue at ``s:e`` is no attack: a state's own stockpile disposed of
    ("agreed to destroy its chemical weapons") or harm with no agent named ("where whole coastal towns
    were wiped out"); such a cue adds no harm to a passage's tone either.
    """
    return (lower[e:e + 1] in (["its"], ["their"], ["his"], ["her"], ["our"])
            or any(w in _DISPOSED for w in lower[e:e + 5])
            or (any(w in _BE_FORMS for w in lower[max(0, s - 3):s]) and "by" not in lower[e:e + 3]))


#: Words before "behind" that leave an act's author unnamed ("those behind the bombings"; not "Moscow was
#: almost certainly behind the attack").
_UNNAMED_AUTHORS = {"those", "whoever", "people", "men", "group", "groups", "culprits", "perpetrators",
                    "masterminds", "mastermind", "militants", "gunmen", "ones", "individuals", "network", "cell"}
#: Things a state destroys of its own accord, as a disarmament step ("destroy the chemical stockpile").
_DISPOSED = {"stockpile", "stockpiles", "weapons", "arsenal", "arsenals", "warheads", "mines", "landmines",
             "munitions", "drugs", "crops", "poppy", "opium", "cocaine", "documents", "records", "evidence",
             "contraband", "narcotics", "heroin", "tonnes", "tons"}
#: Words after which "injured" or "wounded" describes people ("to injured Haitians", "the wounded soldiers").
_BEFORE_ADJECTIVE = {"and", "or", "to", "the", "of", "for", "with", "treat", "treated", "treating", "evacuate",
                     "evacuated", "evacuating", "many", "some", "dozens", "hundreds", "seriously", "badly",
                     "critically", "lightly", "slightly", ",", "its", "their", "his", "her"}
_HURT_PEOPLE = {"people", "civilians", "victims", "survivors", "soldiers", "troops", "children", "passengers",
                "residents", "patients", "pilgrims", "workers", "refugees", "migrants"}
#: Foreign monitors a state lets in to watch or inspect ("let Indonesian observers monitor the border",
#: "allowed IAEA inspectors to visit the site"): the letting-in is cooperation with their sender.
_LET_IN_BODIES = {"observers", "monitors", "inspectors", "peacekeepers", "investigators", "experts"}
_LET_IN_VERBS = ("monitor", "observe", "inspect", "visit", "enter", "patrol", "investigate", "examine")
#: Verbs of sending forces, read with words between them and the forces ("sent 3,000 more troops").
_SEND_FORCE_VERBS = {"sent", "sends", "send", "sending", "dispatched", "dispatches", "dispatch", "dispatching",
                     "deployed", "deploys", "deploy", "deploying", "stationed", "stations", "station"}
def _against_nonstate(lower: list[str], k: int) -> bool:
    """True when the clause from ``k`` says forces go to fight armed groups or smugglers ("to the Afghan
    border to fight militants", "to stop infiltration"): no show of force toward the neighbour."""
    end = next((j for j in range(k, min(k + 16, len(lower))) if lower[j] in (";", ".", "but")), min(k + 16, len(lower)))
    return any(lower[j] == "to" and any(w in _NONSTATE or w in ("infiltration", "smuggling", "trafficking", "drug",
                                                                "drugs", "al-qaeda", "taliban", "insurgency")
                                        for w in lower[j + 1:j + 5]) for j in range(k, end))


#: Verbs that move forces to a border ("ordered battalions to the border", "massed troops along the frontier").
_BORDER_MOVE_VERBS = {"ordered", "orders", "moved", "moves", "moving", "massed", "masses", "massing", "rushed",
                      "rushes", "positioned", "positions", "amassed", "amasses", "amassing"}
#: The forces :data:`_SEND_FORCE_VERBS` send.
_SENT_FORCES = {"troops", "soldiers", "battalion", "battalions", "brigade", "brigades", "marines", "paratroopers",
                "commandos", "servicemen", "contingent", "forces"}
#: Words that may stand between a verb of sending and the forces it sends ("an infantry battalion").
_FORCE_GAP = {"a", "an", "the", "its", "their", "his", "her", "more", "additional", "extra", "fresh", "new", "some",
              "about", "around", "nearly", "almost", "roughly", "over", "several", "few", "two", "three", "four", "five",
              "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundred", "hundreds", "thousand",
              "thousands", "of", "infantry", "combat", "elite", "special", "ground", "army", "military", "naval",
              "paramilitary", "mechanised", "mechanized", "airborne", "armed", "heavily", "own", "another",
              "further", "reinforcement", "backup", "support", "than", "armoured", "armored", "paratroop", "tank",
              "assault", "rapid", "reaction", "marine", "commando"}
#: The words at which :func:`_transfer_hits` reads anything.
#: Papers a headline's "Sign" signs ("Russia, Ukraine Sign Gas Deal"), and words between a verb of sending
#: and the observers it sends ("a team of election monitors").
_SIGNED_PAPERS = {"pact", "pacts", "deal", "deals", "accord", "accords", "treaty", "treaties", "agreement",
                  "agreements", "memorandum", "declaration", "charter", "protocol"}
#: Craft listed before the troops sent with them, and the "and" that lists them ("sent aircraft and about
#: 200 soldiers"): words the deployment cue may step over.
_SENT_CRAFT = {"aircraft", "planes", "warplanes", "jets", "helicopters", "warships", "ships", "tanks", "and"}
_OBSERVER_GAP = {"team", "teams", "mission", "election", "ceasefire", "cease-fire", "military", "civilian",
                 "international", "unarmed", "poll"}
#: Verbs of firing weapons and the weapons fired ("launched hundreds of drones and missiles at Israel").
_LAUNCH_VERBS = {"launched", "launches", "launch", "launching", "fired", "fires", "fire", "firing", "lobbed",
                 "lobs", "lobbing", "shot"}
_FIRED_WEAPONS = {"missile", "missiles", "rocket", "rockets", "drone", "drones", "shells", "shell", "mortars",
                  "mortar", "bombs", "grenades", "torpedo", "torpedoes", "projectiles", "artillery"}
#: Words that may stand between such a verb and its weapons ("two volleys of Katyusha rockets").
_WEAPON_GAP = _FORCE_GAP | {"and", "or", "volleys", "volley", "salvo", "salvos", "barrage", "barrages", "ballistic",
                            "cruise", "katyusha", "qassam", "grad", "mortar", "artillery", "tank", "attack",
                            "kamikaze", "suicide", "explosive", "guided", "long-range", "short-range", "surface-to-surface",
                            "anti-tank", "-", "long", "short", "range", "scores", "tens", "dozen", "dozens"}
#: Forces that move into another state's land ("Russian troops poured into Ukraine"), the verbs of their
#: moving in, and the words that make such a move invited or a mission ("at Bamako's request").
_ENTERING_FORCES = {"troops", "forces", "tanks", "soldiers", "columns", "paratroopers", "commandos", "armour",
                    "armor", "units", "army", "armies", "divisions", "brigades", "battalions"}
_ENTER_VERBS = {"poured", "pours", "pouring", "rolled", "rolls", "rolling", "swept", "sweeps", "sweeping",
                "stormed", "storms", "storming", "marched", "marches", "marching", "pushed", "pushes", "pushing",
                "advanced", "advances", "advancing", "thrust", "surged", "surges", "surging", "crossed", "crosses",
                "crossing", "moved", "moves", "moving", "drove", "drives", "driving", "streamed", "entered",
                "enters", "entering", "invaded", "invading"}
_INVITED_WORDS = {"request", "requested", "invitation", "invited", "invite", "help", "helping", "aid", "peacekeeping",
                  "peacekeepers", "relief", "humanitarian", "agreement", "accord", "mandate", "welcomed", "welcome",
                  "withdraw", "withdrew", "withdrawal", "pullout", "leave", "left", "exercise", "exercises", "drills"}
#: Verbs of taking another side's soldiers prisoner, and the people they take ("captured two Israeli soldiers").
_CAPTURE_VERBS = {"captured", "captures", "capture", "capturing", "seized", "seizes", "seize", "seizing",
                  "detained", "detains", "detain", "detaining"}
_SERVICE_PEOPLE = {"soldiers", "soldier", "sailors", "sailor", "marines", "marine", "pilot", "pilots", "servicemen",
                   "serviceman", "troops", "crewmen", "border", "guards", "guardsmen", "seamen"}


#: Participles whose subjects, told without an auxiliary in a headline, are the victims ("presidents killed in
#: plane crash").
_VICTIM_PARTICIPLES = {"killed", "wounded", "injured", "hurt", "slain", "kidnapped", "abducted", "hit"}
#: Gatherings that states' leaders travel to together without acting toward each other.
_GATHERINGS = {"summit", "summits", "conference", "forum", "gathering", "games", "olympics", "ceremony", "funeral",
               "inauguration", "coronation", "assembly", "session"}
#: Verbs of freezing or suspending, and what frozen after a gap makes which sanction cue.
_FREEZE_VERBS = {"freeze", "freezes", "froze", "freezing", "suspend", "suspends", "suspended", "suspending",
                 "withhold", "withholds", "withheld", "withholding"}
_FROZEN_THINGS = {"funds": "freeze_assets", "assets": "freeze_assets", "payments": "freeze_assets",
                  "money": "freeze_assets", "membership": "suspend_membership"}   # (aid: the lexicon's own forms)
#: Bodies with members: "suspend <a state>" in a sentence naming one suspends its membership.
_MEMBERSHIP_BODIES = {"league", "union", "commonwealth", "membership", "bloc", "organisation", "organization",
                      "ecowas", "asean", "opec", "mercosur", "council", "community"}
#: Verbs of accepting, and the things offered that make "accepted X's ..." a cue (not ``_ACCEPT_VERBS``, whose
#: "recognise", "tolerate" and "acknowledge" go along with an act but take no offer).
_TAKING_VERBS = {"accept", "accepts", "accepted", "accepting"}
_ACCEPTED_THINGS = {"offer", "offers", "invitation", "invitations", "proposal", "proposals", "aid", "help",
                    "assistance", "mediation"}
_LET_VERBS = {"let", "lets", "letting", "allow", "allows", "allowed", "allowing"}
#: Verbs of a state leaving a body, and what each takes before the body's name (:func:`_left_body`).
_EXIT_VERBS = {"withdraw": ("from",), "withdraws": ("from",), "withdrew": ("from",), "withdrawn": ("from",),
               "withdrawing": ("from",), "withdrawal": ("from",), "pull": ("out", "of"), "pulls": ("out", "of"),
               "pulled": ("out", "of"), "pulling": ("out", "of"), "quit": (), "quits": (), "quitting": (),
               "left": (), "leave": (), "leaves": (), "leaving": (), "exit": (), "exits": (), "exited": (),
               "exiting": ()}
#: Words after a body's name that make it a meeting or a place, not the body ("left the EU summit").
_BODY_NOT_AFTER = {"summit", "summits", "meeting", "meetings", "talks", "session", "sessions", "headquarters",
                   "building", "compound", "hall", "chamber", "conference", "mission", "missions", "force", "forces",
                   "delegation", "envoy", "team", "base", "offices", "office", "'s", "\u2019s", "-"}
#: Verbs that relieve a debt when "debt" follows within a few words ("cancel some of Zambia's debt").
_DEBT_VERBS = {"cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "forgive", "forgives",
               "forgave", "forgiving", "forgiven", "waive", "waives", "waived", "waiving", "write", "writes", "wrote",
               "writing", "written"}
_TRANSFER_TRIGGERS = frozenset(_SEND_FORCE_VERBS | _BORDER_MOVE_VERBS | {"allow", "allowed", "allows", "allowing"} | _MONEY_VERBS | _ORDER_VERBS | {"let", "lets", "letting"} | _LEAVE_VERBS | _RELEASE_VERBS
                               | _NAMING_VERBS_INSULT | {"gave", "given", "gives", "give", "giving"} | _ARRIVAL_VERBS
                               | _YIELD_VERBS | _WITHDRAW_VERBS | _TRANSFER_VERBS | _FLY_VERBS
                               | _LAUNCH_VERBS | _ENTER_VERBS | _CAPTURE_VERBS | {"sign", "signs"} | _TELL_VERBS)


def _asked_of_a_state(lower: list[str], named: list[bool], e: int) -> bool:
    """True when a state is named within four words after "asked" at ``e`` and a "to" or "that"
    complement follows it ("asked Japan to extradite", "asked China and South Korea to resume talks",
    "requested on Wednesday that Japan extradite")."""
    k = next((k for k in range(e, min(e + 5, len(lower))) if named[k]), None)
    if k is None or any(w in (",", ";", ".") for w in lower[e:k]):
        return False
    that = "that" in lower[e:k]
    while k < len(lower) and (named[k] or (lower[k] in ("and", ",", "the") and k + 1 < len(lower)
                                           and (named[k + 1] or lower[k + 1] == "the"))):
        k += 1
    # (a time between: "asked China on Thursday to stop building a road")
    t = k
    while t < min(len(lower), k + 3) and (lower[t] in _CALENDAR or lower[t] in ("on", "yesterday", "today", "again",
                                                                              "formally", "publicly", "officially")):
        t += 1
    if t > k and t < len(lower) and lower[t] in ("to", "that") and (lower[k] != "on" or lower[k + 1] in _CALENDAR):
        k = t
    return (k < len(lower) and lower[k] in ("to", "that")) or (that and k < len(lower) and lower[k].isalpha())


#: Adverbs before a shared verb that make the co-agents act each alone ("separately condemned").
_APART = {"separately", "independently", "individually", "each"}
#: Titles after "called on" that make it a courtesy call ("called on the Saudi crown prince").
_CALLED_ON_TITLES = {"king", "queen", "prince", "crown", "emir", "sultan", "president", "premier", "prime",
                     "chancellor", "sheikh", "pope", "shah", "monarch"}


#: What a denial can deny a state's part in ("denied any link to", "denies involvement in").
_DENIED_LINKS = frozenset({"link", "links", "role", "involvement", "connection", "connections", "part", "hand",
                           "complicity", "collusion", "connivance", "knowledge", "responsibility", "ties"})


#: Words of talking: talks asked of named states are not held by them, and the appeal stays a call to talk (other
#: acts asked of them stay the appeal's content, which makes it friendly: "urged Seoul and Tokyo to share intelligence").
_TALK_WORDS = frozenset({"talks", "talk", "negotiations", "negotiate", "dialogue", "discussions", "meet", "meeting"})
#: Words that end the reach of an appeal ("urged Seoul and Tokyo to share intelligence before the two allies agreed").
_APPEAL_ENDS = frozenset({"before", "after", "when", "while", "because", "since", "until", "but", "which", "who", ";"})


def _appeal_to_named(lower: list[str], named: list[bool], k: int, s: int) -> bool:
    """True when the appeal word at ``k`` has named states right after it as its object, then "to" and no other
    name before the cue at ``s`` ("urged India and Pakistan to return to talks")."""
    j = k + 1
    while j < s and lower[j] in ("the", "both"):
        j += 1
    if j >= s or not named[j]:
        return False
    while j < s and (named[j] or lower[j] in ("and", "'s", "\u2019s")):
        j += 1
    return j < s and lower[j] == "to" and not any(named[j:s])


def _passive_at(lower: list[str], s: int) -> int | None:
    """Index of the passive auxiliary before a participle at ``s`` ("are backed", "are being armed"), else None."""
    k = s - 1
    while k > 0 and lower[k] in ("being", "been"):
        k -= 1
    return k if k >= 0 and k < s and lower[k] in _PASSIVE else None


def _sought(lower: list[str], s: int) -> bool:
    """True for a noun at ``s`` that a go-between seeks or brokers, not yet made: "to seek a truce", "seeking a
    ceasefire between Israel and Lebanon", "shuttled ... seeking a lasting ceasefire", "brokering a truce" (but
    "brokered a deal" is made, and "India and Pakistan are seeking a ceasefire" is the parties' own)."""
    k = s - 1
    while k >= 0 and s - k <= 5 and (lower[k] in ("a", "an", "the", "-") or (lower[k].isalpha() and lower[k] not in (
            "seek", "seeking", "broker", "brokering", "to", "and", "with", "between"))):
        k -= 1   # (over "a long - term", "a lasting")
    # (the parties' own "India and Pakistan are seeking a ceasefire" stays theirs: only a broker's act or an
    # infinitive of purpose, "sent an envoy ... to seek a truce")
    if k >= 0 and lower[k] in ("seek", "seeks", "seeking", "sought") and "between" in lower[s + 1:s + 3]:
        return True   # "Egypt was seeking a lasting ceasefire between Israel and Lebanon": a third party seeks it
    if k > 0 and lower[k] == "seeking" and lower[k - 1] not in _PASSIVE and lower[k - 1] not in ("and", "jointly"):
        return True   # "Natalegawa shuttled between Phnom Penh and Bangkok seeking a lasting ceasefire": a participle
        # of the go-between's trip (but "India and Pakistan are seeking a ceasefire" is the parties' own)
    return k >= 1 and (lower[k] == "brokering" or (lower[k] in ("seek", "broker") and lower[k - 1] == "to"))


def _denied_link(lower: list[str], e: int) -> bool:
    """True when a denial ending at ``e`` denies a link, a role or involvement ("deny any link to the Russian
    money", "denied any role in the plot"), not an accuser's charge."""
    k = e + (e < len(lower) and lower[e] in ("any", "a", "all", "its", "their", "having"))
    # (not "denies the connection of the Palestinian people to their homeland": a bond of others denied)
    # (a role "to" someone is refused, not denied: "denied any role to Iran in the talks")
    return k + 1 < len(lower) and lower[k] in _DENIED_LINKS and lower[k + 1] in (
        ("in",) if lower[k] in ("role", "part") else ("to", "with", "in"))


def _courtesy_call(lower: list[str], named: list[bool], e: int) -> bool:
    """
    True when "called on" at ``e`` is a visit: a head of state or government named right after it,
    and no "to"-infinitive or "for" after in the clause ("called on President Bush to act" is an appeal).
    """
    k = e
    while k < len(lower) and lower[k] in ("the", "his", "her", "their"):
        k += 1
    if k < len(lower) and not named[k] and k > e:
        # "called on the new ruler, who pledged to keep Oman's policy": an office named alone and no "to" or
        # "for" of its own after it (an appeal has one: "called on the king to step down")
        j = k + (lower[k] in _NEW_OR_LATE)
        if j < len(lower) and lower[j] in _UNNAMED_RULERS:
            # ("called on the president, Hosni Mubarak, to lift the law", "called on the king, who sacked the
            # government, to restore democracy": an appeal whose "to" comes after an apposition or a relative clause)
            relative = False
            for w in lower[j:]:
                if w in (";", "."):
                    break
                if w in ("who", "which", "whose"):
                    relative = True
                elif w == ",":
                    relative = False
                elif w in ("to", "for") and not relative:
                    return False
            return True
    if k >= len(lower) or not named[k] or not any(w in _CALLED_ON_TITLES for w in lower[k:k + 5]):
        return False
    end = next((j for j in range(k, len(lower)) if lower[j] in (";", ".")), len(lower))
    return not any(w in ("to", "for") for w in lower[k:end])


#: Words between "the" and an office called on ("called on the new ruler").
_NEW_OR_LATE = frozenset({"new", "ailing", "outgoing", "incoming", "young", "aged"})
#: Offices that, called on with no name, are a ruler visited ("called on the new ruler", "called on the emir").
_UNNAMED_RULERS = frozenset({"ruler", "king", "queen", "emir", "sultan", "monarch", "shah", "sheikh", "president",
                             "crown"})


#: Words after "neither" that make it the subject of the verb it negates ("neither side has agreed").
_NEITHER_SIDES = frozenset({"side", "party", "country", "government", "state", "capital", "leader", "delegation",
                            "of", "one"})
#: Words between "nor <name>" and the verb it negates ("nor Ethiopia has yet agreed").
_NOR_FILLERS = frozenset({"the", "has", "have", "had", "yet", "ever", "did", "does", "do", "will", "would", "could",
                          "can", "so", "far", "officially", "formally", "publicly"})
#: Verbs of stopping: negated, they affirm what follows ("have never stopped cooperating").
_STOPPING = frozenset({"stopped", "stop", "stops", "ceased", "cease", "ceases", "failed", "fail", "fails"})
#: Participles that describe a state of mind or a commitment, not an act undergone ("is, as everyone knows,
#: committed to peace").
_STATE_PARTICIPLES = frozenset({"committed", "concerned", "determined", "convinced", "prepared", "interested",
                                "engaged", "resolved", "dedicated", "devoted", "pleased", "satisfied", "disappointed",
                                "worried", "opposed", "attached"})


def _events_for_sentence(words: list[str], actors: list[tuple[int, int, str]],
                         found_cues: list | None = None, context_parties: tuple = (),
                         reacted_to: tuple = (), background: list | None = None,
                         keep_background: bool = False, year: int | None = None) -> list[dict]:
    """
    Directed events of one sentence: a list of dicts with source, target, class, intensity, cue.

    ``found_cues``, when given, receives the cues the sentence carries (whether or
    not they link two actors): a sentence whose act is between other parties gives
    its actor pairs no tone-only score. ``context_parties`` are the states of the
    article's last agreement-like act (else of a headline that names a deal), the
    targets of "The deal angered Algeria". ``background``, when given, receives the
    start and lexicon intensity of every cue left out as a background clause
    ("..., after Washington recognised Kosovo"); with ``keep_background`` those cues
    are read too. ``year``, the article's, makes an act named by an earlier year
    history ("the 1990 invasion").
    """
    cm = _cue_matcher()
    lower = [w.lower() for w in words]
    takeover = _takeover_sentence(lower)
    # "sent weapons to Lebanon's Hezbollah", "Somalia's Islamic Courts": the movement is the party, and the
    # state it is named after is no part of it (Palestinian groups stay the labelling rules' exception)
    starts = {a[0]: a[2] for a in actors}
    actors = [a for a in actors if not (a[2] not in ORG_CODES and a[2] != "PSE" and a[1] + 1 < len(lower)
                                        and lower[a[1]] in ("'s", "\u2019s")
                                        and starts.get(a[1] + 1) in MOVEMENT_CODES)]
    taken = [False] * len(words)
    for s, e, *_ in actors:
        for i in range(s, e):
            taken[i] = True
    named = taken[:]   # tokens of actors only (``taken`` gains the cues' tokens too)
    cues = []
    hits = _cue_hits(words, lower)
    hostile_at = {s for key, s, e in hits if cm.cues[key].intensity < 0}
    defended: dict[int, tuple[str, int]] = {}
    unaccepted = set()
    for j, w in enumerate(lower):
        if w in _ACCEPT_VERBS and any(x in ("not", "never", "n't", "cannot") for x in lower[max(0, j - 3):j]):
            k = next((x for x in sorted(hostile_at) if j < x <= j + 5), None)
            if k is not None and all(t in _ACCEPT_FILLERS for t in lower[j + 1:k]) and "by" not in lower[k:k + 10]:
                # (not "cannot accept the invasion of Kampuchea by Vietnamese forces": the invader named stays one)
                # "Jordan did not recognise the decision to annex Kuwait", "cannot accept the occupation of the
                # Golan": the act refused is undone, as by a reversal verb, and its victim defended
                defended[k] = (f"not {w}", j)
                unaccepted.add(j)
    for key, s, e in sorted(hits, key=lambda x: (-(x[2] - x[1]), x[1])):
        if any(taken[s:e]) or s in unaccepted:
            continue
        if cm.cues[key].cue_id == "occupy" and _holds_an_office(lower, e):
            continue  # "we are honoured to occupy the post of Secretary-General of the Group": an office held
        if cm.cues[key].cue_id in ("promise", "pledge") and e + 1 < len(lower) and lower[e] == "to" \
                and (e + 1 in hostile_at or (e + 2 in hostile_at and lower[e + 1] in _MANNER_WORDS)):
            continue  # "Iran's rulers promise to destroy my country": what is promised is the act (a threat)
        if cm.cues[key].cue_id in _DEFENDING_REJECTIONS and _rejects_an_attempt(lower, e, hostile_at):
            # "rejects any attempt to undermine UNRWA's mandate": the rejection defends, it attacks nothing; the
            # act attempted is undone by it, as a reversal verb undoes a cue
            k = min(x for x in hostile_at if x > e)
            defended[k] = (lower[s], s)
            for x in sorted(x for x in hostile_at if k < x <= k + 12):
                if (lower[x - 1] == "and" or lower[x - 2:x] == ["and", "to"]) \
                        and not any(w in (".", ";", ":") for w in lower[k:x]):
                    # "condemn every attempt to isolate Cuba and to destabilize its government": the second
                    # act attempted is rejected too
                    defended[x] = (lower[s], s)
            continue
        if e + 1 < len(words) and words[e] == "-" and words[e + 1][:1].islower():
            continue  # part of an adjective: "war-torn", "conflict-hit", "sanctions-hit"
        if s > 1 and words[s - 1] == "-" and words[s - 2][:1].islower() and e - s == 1 and e < len(words) \
                and lower[e] in _COMPOUND_HEADS:
            continue  # the end of a compound before its noun: "the test-ban treaty", "a no-fly zone"
        if s > 1 and words[s - 1] == "-" and words[s - 2][:1].islower() and words[s][:1].islower() \
                and lower[s].endswith(("ed", "ing")):
            continue  # the end of an adjective: "an open-ended ceasefire", "a long-awaited visit"
        if e < len(words) and lower[e] == "to" and lower[e - 1] == "thanks":
            continue  # "thanks to": a preposition
        if lower[s] == "compelled" and s > 0 and lower[s - 1] in _FELT_OR_BE:
            continue  # "Allawi felt compelled to give a geography lesson", "was compelled to": no one presses
        if words[s][:1].isupper() and s > 0 and named[s - 1] and _names_a_body(words, e):
            continue  # "the United Nations Support Mission in Libya": a word of a body's name, no act
        if lower[s] == "assured" and s > 0 and lower[s - 1] == "rest":
            continue  # "we may rest assured that the fanatics ruling Iran will ...": an idiom, no assurance given
        if lower[s] in _COMBAT_VERBS and e == s + 1 and cm.cues[key].cue_id == "fighting" and e < len(lower) \
                and not _fought_actor(lower, named, e) and (len({a[2] for a in actors if a[1] <= s}) < 2 or any(
                    w.split("-")[0] in _SCOURGES and not _scourge_of_a_crime(lower, e + j)
                    for j, w in enumerate(lower[e:e + 2]))):
            # "to combat COVID-19", "combating terrorism in cooperation with the UN": a scourge fought, no one
            # (but "the presidents of Brazil and France called ... to combat poverty" still act together)
            continue
        if cm.cues[key].cue_id == "side_with" and lower[s] == "stand" and s > 0 and lower[s - 1] in (
                "this", "that", "the", "its", "their", "a", "his", "her") and not any(named[e:e + 2]):
            continue  # "to justify this stand by saying": a stand taken, the noun, no one stood by
        if cm.cues[key].cue_id == "side_with" and lower[s:s + 1] == ["side"] and lower[max(0, s - 2):s] == ["side", "by"] \
                and not any(named[e:e + 8]):
            continue  # "side by side with their Arab brothers": companions unnamed, no state sided with
        if cm.cues[key].cue_id == "side_with" and lower[e - 1] == "behind" and not (
                (e < len(lower) and named[e]) or (e + 1 < len(lower) and lower[e] == "the" and named[e + 1])):
            continue  # "Russia stood behind the attack on Ukraine's grid": the one responsible, no backer
        if e < len(words) and lower[e] in _OCCUPATIONS and not (
                cm.cues[key].cue_id == "mobilise" and lower[e] in ("troops", "soldiers", "forces", "reservists")):
            # (but "Iraq mobilized troops against Kuwait": a verb whose object is the troops)
            continue  # "a U.N. aid official", "peace activists": a job, not an act
        if lower[s] in _HELD_PARTICIPLES and s > 0 and lower[s - 1] in _PERSON_NOUNS and e < len(lower) \
                and lower[e] in ("for", "since", "in", "over", "on"):
            continue  # "released an Israeli man jailed for eight years": who he is, not an act of this news
        if cm.cues[key].symmetric and cm.cues[key].intensity > 0 and s > 1 and lower[s - 1] == "to" and any(
                lower[k] in _APPEAL_WORDS and "," not in lower[k:s] and (
                    not any(named[k:s]) or (_appeal_to_named(lower, named, k, s) and not any(
                        w in _APPEAL_ENDS for w in lower[k:s]) and any(w in _TALK_WORDS for w in lower[s:e])))
                for k in range(max(0, s - 16), s - 1)):
            # (so too "urged the two nuclear-armed neighbours to respect the line and return to talks": talks
            # asked of the states named as the appeal's object, not held by them)
            continue  # "asked regional foreign ministers to meet": a meeting asked of unnamed others, not held
        before = [w for w in lower[max(0, s - 10):s] if w != "-"][-8:] if cm.cues[key].pos == "noun" else []
        if cm.cues[key].cue_id == "no_right" and not (s > 0 and named[s - 1]):
            continue   # "said foreigners had no right to question the result": a right denied to no state named
        if cm.cues[key].cue_id == "agree" and s > 0 and lower[s - 1] in ("been", "was", "were", "being", "is") \
                and not any(w in ("by", "between", "that", "with") for w in lower[e:e + 6]):
            continue   # "an obstacle to what had been agreed to": agreed by no one the sentence names
        away = next((k for k in range(max(0, len(before) - 5), len(before) - 1) if before[k:k + 2] == ["away", "from"]),
                    None)
        if cm.cues[key].intensity > 0 and away is not None and not any(w in (",", ";", ".") for w in before[-5:]) \
                and not (away >= 2 and before[away - 2] in _NONSTATE):
            continue   # "Ukraine Walks Away From EU Pact": the pact is what is left (the walking is the act; but
            #            "Sudanese rebels walked away from African Union peace talks" leaves talks the state holds)
        if any(w in _BREACH_WORDS for w in before) and not any(w in (",", ";", ".") for w in before):
            # "in breach of a UN arms embargo" (hyphens skipped: "a Russian-Turkish ceasefire deal"): the rule
            # broken, not an act of this news
            continue
        if cm.cues[key].intensity < 0 and cm.cues[key].pos == "noun" and e < len(lower) and lower[e] in _LEGAL_NOUNS:
            continue  # "to face war crimes charges", "a genocide trial": a court's label for a person's deeds
        if lower[s] in ("annex", "annexes") and s > 0 and lower[s - 1] in ("an", "the", "its", "this", "secret",
                                                                           "technical"):
            continue  # "an annex setting out the steps": a document, not an annexation
        if cm.cues[key].cue_id == "visit" and s > 0 and lower[s - 1] in ("family", "prison", "home", "conjugal",
                                                                          "site", "hospital", "school", "campus"):
            continue  # "new US rules limiting family visits": private visits, no state's
        if cm.cues[key].cue_id in _EASED_CUES and _eased(lower, s):
            continue  # "lessened mistrust between Israel and Egypt", "to reduce international tensions": eased
        if (cm.cues[key].pos == "noun" or (s > 0 and lower[s - 1] in ("the", "its", "their"))) \
                and cm.cues[key].intensity > 0 and e + 1 < len(lower) and lower[e] == "of" \
                and not any(named[e + 1:e + 5]) and any(w in _UNNAMED_AGENTS for w in lower[e + 1:e + 5]):
            continue  # "thanks to the support of the international community": its giver is no one named
        if cm.cues[key].intensity < 0 and s > 0 and (lower[s - 1] in ("such", "these", "those", "similar") or (
                lower[s - 1] in ("this", "that") and e - s == 1 and lower[s].endswith(("ion", "ment", "ence", "ance")))) \
                and not any(named[e:e + 4]) and not any(named[max(0, s - 2):s]):
            continue  # "shares the Organization's concern about such attacks": acts told before, no one's act here
        if cm.cues[key].pos == "noun" and cm.cues[key].intensity > 0 and _topic_of(lower, s):
            continue  # "the failure of the nuclear deal", "what they said about the deal with North Korea":
            # the deal is talked about, no one makes it here
        if lower[s:e] == ["together"] and e < len(lower) and lower[e] == "with":
            continue  # "Britain, together with the United States, attacked Iraq": partners joined, no act
        if cm.cues[key].cue_id == "aid" and lower[s] == "aid" and s > 0 and lower[s - 1] == "state":
            continue  # "ordered Olympic Airlines to repay illegal state aid": a subsidy to a firm (EU law), no gift
        if cm.cues[key].cue_id == "release_prisoners" and lower[s] == "release" and any(
                w in _APPEAL_WORDS for w in lower[max(0, s - 10):s]) and not any(
                w in (";", ".") for w in lower[max(0, s - 10):s]):
            continue  # "pressing for a pause in the fighting and the release of hostages": asked for, not done
        if lower[s] in ("patch", "patched", "patching", "patches") and not any(
                named[e:e + 4]) and not any(w in _RIFT_WORDS for w in lower[e:e + 4]) and "things" not in lower[s:e]:
            continue  # "work crews patched up roads and water pipes": a repair, no reconciliation
        if cm.cues[key].cue_id == "defend_against" and any(w in ("help", "helps", "helped", "helping", "enable")
                                                             for w in lower[max(0, s - 5):s]):
            continue  # "to help it defend itself against Iran": the one helped defends itself
        if (p := _passive_at(lower, s)) is not None and p > 0 and lower[p - 1] in _NONSTATE \
                and lower[e:e + 1] == ["by"] and not named[p - 1]:
            if found_cues is not None:
                found_cues.append(cm.cues[key].cue_id)
            continue  # "Washington says the intruders are backed by Pakistan's army": an armed group is the one
            # acted on, and no state named elsewhere in the sentence is
        if cm.cues[key].symmetric and cm.cues[key].intensity > 0 and cm.cues[key].pos == "noun" and _sought(lower, s):
            continue  # "sent an envoy to both capitals to seek a truce": a goal of the one who seeks it, not yet
            # an act of the two sides
        if lower[s] in ("received", "receives", "receive", "receiving", "got", "gets", "won", "wins") \
                and e == s + 1 and lower[e:e + 1] in (["no"], ["little"], ["scant"]):
            continue  # "the Soviet draft received no support except from": nothing received, no one received
        if cm.cues[key].cue_id == "deny" and _denied_link(lower, e):
            if found_cues is not None:
                found_cues.append("deny")   # (a sentence of a denial gives its names no tone-only score)
            continue  # "Kyrgyz officials deny any link to the Russian money": a state named in what is denied is
            # its topic (the accuser, unnamed, is the one answered)
        if cm.cues[key].cue_id == "accuse" and lower[s] in ("charged", "charging") and not _charged_someone(
                lower, named, s, e):
            continue  # "charged with murder", "the letter I have been charged to read": only "charged Iran with
            # ..." or "charged that" accuse
        if cm.cues[key].cue_id == "ask" and not _asked_of_a_state(lower, named, e):
            continue  # "when asked about Iran", "asked reporters": no request put to a state
        if cm.cues[key].cue_id == "press" and lower[s] in ("pressure", "pressures") and not (
                (s > 0 and (named[s - 1] or (lower[s - 1] in ("'s", "\u2019s") and s > 1 and named[s - 2])))
                or (e + 1 < len(lower) and lower[e] in ("from", "by", "on") and any(named[e + 1:e + 4]))):
            continue  # "under growing international pressure", "will not relax the pressure": no one named presses
        if cm.cues[key].cue_id == "press" and e < len(lower) and lower[e] in _PRESS_ON \
                and not (lower[s] in ("pressure", "pressures") and lower[e] == "on"):
            continue  # "pressed ahead with talks", "pressed charges": no pressure on a state (but "US pressure on Syria" is)
        if lower[s] in ("demand", "demands") and ((s > 0 and lower[s - 1] in _MARKET_WORDS) or (
                e + 1 < len(lower) and lower[e] == "for" and not any(named[e + 1:e + 4]))):
            continue  # "on strong demand from Africa", "demand for rice": the market's, no state's demand
        if cm.cues[key].cue_id in _ADJACENT_TARGET_CUES and not any(named[e:e + 3]):
            continue  # "to help with relief": no one named is helped, so no act (and the deployment's purpose stays)
        to = next((j for j in range(e, min(e + 3, len(lower))) if lower[j] == "to"), None)
        if cm.cues[key].intensity > 0 and to is not None and not any(named[e:to + 4]) \
                and all(w.isalpha() for w in lower[e:to]) \
                and any(w in _NONSTATE or w in _NONSTATE_QUALIFIERS or w in ("islamist", "islamists", "jihadi")
                        for w in lower[to + 1:to + 4]):
            continue  # "airlifted weapons to Islamist fighters in Somalia, where Kenyan troops": no state is helped
        if cm.cues[key].cue_id in ("war", "wmd_attack") and lower[e - 1] == "war" and _war_in_general(lower, e - 1) \
                and not any(named[e:e + 3]) \
                and not (e < len(lower) and lower[e] in _WAR_AUTHORED):
            continue  # "save mankind from the scourge of war", "the means of war": war in general, no one's war
        if cm.cues[key].cue_id == "war" and s > 1 and lower[s - 1] in ("last", "previous", "past") \
                and lower[s - 2] in ("the", "their", "its", "in"):
            if found_cues is not None:
                found_cues.append("war")
            continue  # "where Ecuadorean troops held out in the last war": a war told as history, not this news
        if cm.cues[key].cue_id == "collude" and any(w in ("no", "not", "n't", "never", "denied", "denies", "deny",
                                                          "without") for w in lower[max(0, s - 3):s]):
            continue  # "There was no collusion between Russia and the campaign": nothing done together, no quarrel
        if cm.cues[key].cue_id == "war" and e - s == 1 and s > 1 and lower[s - 1] == "of" \
                and lower[s - 2] in ("prisoners", "prisoner"):
            continue  # "the Pakistani prisoners of war will be released": the captives of a war over, no war now
        if lower[s] in ("disputes", "dispute") and e - s == 1 and s > 1 and lower[s - 1] == "of" \
                and lower[s - 2] in ("settlement", "resolution", "settling", "adjudication") \
                and not any(named[e:e + 3]) and lower[e:e + 1] not in (["over"], ["between"], ["with"], ["about"]):
            continue  # "the United Nations machinery for the peaceful settlement of disputes": disputes in
            # general, no one's dispute (but "the settlement of disputes between Peru and Ecuador", "of disputes
            # over their border")
        if cm.cues[key].cue_id == "war" and e - s == 1 and _war_risked(lower, s):
            continue  # "sending soldiers would turn a Congolese revolt into a regional war": a risk, no war
        if cm.cues[key].cue_id == "moved_by" and (any(e <= h <= e + 5 for h in hostile_at)
                                                   or any(w in _CRUELTIES for w in lower[e:e + 4])):
            continue  # "deeply moved by the Iraqi invasion of our country": moved by a wrong, no sympathy with its author
        if cm.cues[key].cue_id == "meet" and _numbered_sitting(lower, s):
            continue  # "the representative of Iraq [479th meeting]": a sitting of a UN organ, cited as a record
        for i in range(s, e):
            taken[i] = True
        if cm.cues[key].cue_id == "call_on" and _courtesy_call(lower, named, e):
            cues.append((s, e, cm.by_id["visit"]))   # "called on the Saudi crown prince in Riyadh": a visit
            continue
        cues.append((s, e, cm.cues[key]))
    cues.sort(key=lambda x: x[0])
    post_rev, extra = _clause_final_verbs(lower, words, cues, named)
    for s, e, c in extra:
        for i in range(s, e):
            taken[i] = True
    cues = sorted(cues + extra, key=lambda x: x[0])
    # "accused Morocco of backing ...", "thanked Egypt for mediating": the later cue is the
    # content of the earlier one, not a second act
    content, kept = False, []
    for k, c in enumerate(cues):
        # "its treaty of friendship and cooperation": a cue joined to the content goes with it
        j = c[0] - 1
        while j >= max(0, c[0] - 2) and (lower[j] in _SKIP_IN_CUES or (
                words[j].isalpha() and words[j].islower() and lower[j] not in ("of", "for"))):
            j -= 1   # "for their firm rejection of ...": over a determiner and an adjective
        # (but "Britain, backed by France, pressed for sanctions on Iran": a verb of its own asks for it)
        asked_for = c[0] > 1 and lower[c[0] - 1] == "for" and lower[c[0] - 2] in _PRESSING_FOR \
            and not (kept and kept[-1][1] >= c[0] - 1)
        content = k > 0 and c[0] > 0 and not asked_for and not (kept and kept[-1][2].cue_id in ("visit", "travel")) and (
            lower[c[0] - 1] in ("of", "for") or (
            j >= 0 and j < c[0] - 1 and lower[j] in ("of", "for")
            and (c[2].pos == "noun" or lower[c[0]].endswith(_NOUN_SUFFIXES))) or (
            content and lower[c[0] - 1] == "and" and c[0] - cues[k - 1][1] <= 1 and (
                c[2].pos == "noun" or lower[c[0]].endswith(_NOUN_SUFFIXES))))
        accord = next((a for a in reversed(kept) if a[2].cue_id in _NAMED_ACCORDS), None)
        if not content and accord is not None and lower[accord[1]:accord[1] + 1] == ["of"] \
                and c[0] - accord[1] <= 8 and all(
                    w in (",", "and", "of", "the") or (w.isalpha() and w.islower()) for w in lower[accord[1]:c[0]]) \
                and not any(w in ("which", "that", "but", "with", "to") for w in lower[accord[1]:c[0]]):
            content = True   # "the treaty of friendship, good neighbourliness and cooperation": the treaty's name
        if kept and kept[-1][2].cue_id == "express_support" and c[2].cue_id in _BACKED_MEASURES \
                and (c[2].pos == "noun" or lower[c[1] - 1].endswith("s")) \
                and all(w in _MEASURE_LEAD for w in lower[kept[-1][1]:c[0]]) and "by" not in lower[c[1]:c[1] + 3]:
            # (only measures of pressure whose author is not named: not "support for the offensive launched by
            # Syria", "for the sanctions imposed by the United States on North Korea")
            # "Washington voiced support for the sanctions on Russia": the measure backed is the backer's
            # stance toward its target, as "supported the embargo on Cuba" reads; the support gives way
            kept[-1] = c
            continue
        if not content:
            kept.append(c)
    cues = kept
    # "continue to offer insolent defiance to the United Nations": what is offered is hostile, and it is the act
    cues = [c for k, c in enumerate(cues) if not (
        c[2].cue_id == "offer" and lower[c[0]] in _OFFER_VERBS and k + 1 < len(cues) and cues[k + 1][2].intensity < 0
        and cues[k + 1][0] - c[1] <= 2
        and all(w.isalpha() and w not in ("to", "of", "for") for w in lower[c[1]:cues[k + 1][0]]))]
    # "warned Taiwan that any move toward independence would lead to war": the war is what the
    # warning says may come, not an act of either side; "if Doha did not meet its 13 demands": the
    # demands are the other side's, named again
    cues = [c for k, c in enumerate(cues) if not _warned_outcome(lower, cues, k) and not _met_demand(lower, c[0])]
    # "recalled its ambassador over the submarine deal", "condemned Israel over the raid": a cue
    # after "over"/"about" names what the earlier act is about, not a second act
    cues = [c for k, c in enumerate(cues)
            # (but "concern regarding Turkey's military interference in Libya": an act owned by a state named
            # right before it is an act of its own, whatever the earlier cue says of it)
            if _owned_by_actor(lower, named, c[0]) or not (k > 0 and any((w in _TOPIC_PREP or (w == "on" and c[2].pos == "noun" and cues[k - 1][2].intensity > 0))
                                  # ("signed a law on Friday tightening the embargo": "on Friday" is a time)
                                  and not (j + 1 < len(lower) and lower[j + 1] in _CALENDAR)
                                  # ("fired a missile over Japan, prompting condemnation": a clause of its own)
                                  and not any(x in _RESULT_PARTICIPLES for x in lower[j:c[0] + 1])
                                  for j, w in enumerate(lower[:c[0]]) if j >= max(cues[k - 1][1], c[0] - 4)))]
    # "EU leaders agreed on Monday to close the bloc's airspace ... and to prepare sanctions against
    # Minsk": what was agreed is the act; "agreed with" keeps the agreement itself
    cues = [c for k, c in enumerate(cues)
            if not (c[2].cue_id in ("agree", "express_willingness") and k + 1 < len(cues)
                    and cues[k + 1][0] - c[1] <= 16
                    and cues[k + 1][2].intensity < 0 and _reversed_by(lower, cues[k + 1][0], cm.reversal, []) is None
                    and "to" in lower[c[1] - 1:min(c[1] + 4, cues[k + 1][0])]
                    # (the infinitive of what was agreed, not "the dispute that led to war")
                    and "with" not in lower[c[1]:cues[k + 1][0]]
                    # (but "agreed not to use force": a pledge of restraint is the agreement)
                    and not any(w in (";", ".", "but", "while", "not", "never") for w in lower[c[1] - 1:cues[k + 1][0]]))]
    # "..., seven years after Saudi Arabia cut ties": a cue in a background clause is not the news;
    # nor is a noun cue inside a time phrase ("the largest exchange since the invasion began")
    kept = []
    refused_at: set[int] = set()   # where a hostile cue that the subject refused to carry out starts
    described: set[int] = set()   # where a thing described by a participle starts ("a newly signed pact")
    for k, c in enumerate(cues):
        gap = lower[kept[-1][1]:c[0]] if kept else []
        # "..., after the raids on its embassy, and Qatar expelled the consul": a new clause ends the background
        g0 = kept[-1][1] if kept else 0
        cut = max((k + 2 for k in range(len(gap) - 2) if gap[k] == "," and gap[k + 1] in ("and", "while", "but")
                   and (named[g0 + k + 2] or _opens_clause(gap[k + 2]))), default=0)
        # (so too "..., since the Bali bombings, and vowed to help Jakarta": the subject's next predicate)
        gap = gap[cut:]
        in_clause = kept and any(w in _BACKGROUND for w in gap) \
            and not (c[0] > 0 and lower[c[0] - 1] == "after" and lower[c[0]].endswith("ing")) \
            and not _recent_after(gap)
        # (but "arrived in Seoul after rejecting an overture": the subject's own latest act; and
        # "a day after India warned Islamabad": yesterday's act is news too)
        # "dismissed as outdated a list of suspects handed over by Karzai": a participle describing
        # the thing a hostile act is aimed at is background too, as in an "after ..." clause (but
        # "agreed to a truce, in a deal signed by both leaders" is the news itself)
        aimed_at = not in_clause and kept and kept[-1][2].intensity < 0 < c[2].intensity \
            and c[0] - kept[-1][1] <= 12 \
            and (_participle_of_thing(lower, words, c) or _in_rejected_object(lower, kept[-1], c))
        # "handed back a captured Indian pilot": a hostile participle describing the person or thing
        # named next is what happened before, background to the act told (not "the captured pilot was
        # returned" only: any determiner or number before it)
        described_by = c[2].intensity < 0 and c[1] - c[0] == 1 and lower[c[0]].endswith("ed") and c[0] > 0 \
            and (lower[c[0] - 1] in ("a", "an", "the", "two", "three", "four", "its", "their", "his", "her", "returns",
                                     "returned", "frees", "freed", "releases", "released", "back")
                 or lower[c[0] - 1].isdigit()) and c[1] < len(lower) and named[c[1]]
        if in_clause or aimed_at or described_by:
            if background is not None:
                background.append((c[0], c[2].intensity))
            if not keep_background:
                continue
        s0 = c[0]
        if c[2].pos == "noun" and s0 > 1 and (lower[s0 - 1] == "such" or (
                lower[s0 - 1] in ("the", "this", "that") and lower[s0 - 2] in _NAMING_VERBS)):
            continue  # "calling the memorandum legally void", "no authority to sign such agreements": a thing named
        if c[2].intensity < 0 and s0 > 1 and lower[s0 - 1] in ("the", "this", "that") \
                and lower[s0 - 2] in ("said", "says", "saying") and c[1] < len(lower) and lower[c[1]] in _SAID_ACT_VERBS \
                and (lower[c[1]] not in ("was", "is") or any(
                    x.strip("\"'") in _HARSH_WORDS or x in ("violation", "breach", "crime", "matter")
                    for x in lower[c[1] + 1:c[1] + 4])) \
                and "by" not in lower[c[1]:c[1] + 5]:
            # "Petro said the raid broke the Vienna Convention": the act told before, judged, not the sayer's
            # (but "said the attack was carried out by Israel" names its agent, and "said the deployment was
            # meant to reassure Taipei" tells its purpose, no judgement)
            continue
        if _long_ago(lower, s0) or _named_by_past_year(lower, s0, year, c[2].intensity):
            continue  # "15 months after Rwandan and Ugandan backing helped Kabila": history, not this news
        if c[2].cue_id in _STATE_OF_PLACE and lower[s0].endswith("ed") and s0 > 0 \
                and lower[s0 - 1] in _BEFORE_PLACE_PARTICIPLE and c[1] < len(lower) and named[c[1]]:
            continue  # "resolutions on the occupied Syrian Golan": the place's state, told with no occupier
        if c[2].cue_id == "war" and s0 > 0 and lower[s0 - 1] in _MARKET_WARS:
            continue  # "a price war between South Korean and Taiwanese makers": firms competing, no state's war
        if s0 > 0 and (lower[s0 - 1] == "turf" or _whose_nonstate(lower, s0)):
            continue  # "drug cartels whose turf wars have killed 4,000": the cartels' fighting, no state's
        if c[2].cue_id == "ban_flights" and c[1] < len(lower) and lower[c[1]] == "of" \
                and not any(named[c[1] + 1:c[1] + 4]):
            continue  # "suspended flights of CH-53D helicopters in Japan": grounding its own aircraft, no ban
            # (but "suspended flights of Georgian airlines" bans another state's carriers)
        if s0 > 0 and lower[s0 - 1] == "-" and lower[s0] in _PATRON_PARTICIPLES and c[1] - s0 == 1 \
                and c[1] < len(lower) and (lower[c[1]] in _NONSTATE or lower[c[1]] in ("forces", "units", "troops")):
            # "Armenian-backed forces seized ...": the forces' patron, not an act toward the next name (but
            # "Iraq's US-backed leader" is backing for the state's leader)
            continue
        if kept and kept[-1][2].experiencer and c[2].pos == "noun" and "by" in lower[kept[-1][1]:s0] \
                and s0 - kept[-1][1] <= 4:
            continue  # "Algeria was angered by the deal with Israel": the stimulus, not an act with Algeria
        if c[2].intensity > 0 and "to" in lower[max(0, s0 - 2):s0] and _ultimatum_after(lower, c[1]):
            continue  # "gave both governments 48 hours to pull back or face sanctions": an ultimatum, not an act
        if c[2].intensity < 0 and c[2].pos == "noun" or lower[s0] in _HAZARD_NOUNS:
            if any(lower[k] in _HAZARDS and lower[k + 1] in ("of", "a", "an") for k in range(max(0, s0 - 4), s0 - 1)) \
                    or any(w in _AVERT_VERBS for w in lower[max(0, s0 - 3):s0]) \
                    or any(lower[k:k + 3] in (["came", "close", "to"], ["come", "close", "to"], ["comes", "close", "to"],
                                              ["coming", "close", "to"]) for k in range(max(0, s0 - 5), s0 - 2)):
                continue  # "to reduce the risk of war", "to avert a war", "came close to armed conflict": no act
        if c[2].pos == "noun" and c[1] < len(lower) and lower[c[1]] in ("line", "lines") and c[2].intensity > 0:
            continue  # "near the Kashmir ceasefire line": a place's name, not a ceasefire
        if kept and kept[-1][2].cue_id == "refuse" and c[2].intensity > 0 and s0 - kept[-1][1] <= 10 \
                and "to" in lower[kept[-1][1]:s0] and not any(w in (",", ";", "but", "while", "and") for w in lower[kept[-1][1]:s0]):
            continue  # "refused on Thursday to sign a new water deal with Singapore": the refusal is the act
        if c[2].cue_id in _ACCORD_CUES and _topic_of_attitude(lower, s0):
            continue  # "the attitude of the US to the nuclear deal violates ...": the deal is a topic, not made
        if c[2].cue_id == "clash" and lower[c[1]:c[1] + 1] == ["with"] and c[1] + 1 < len(lower) and (
                lower[c[1] + 1] in ("the", "international", "our", "its") or words[c[1] + 1][:1].islower()) and (
                any(w in _CLASH_WITH_THINGS for w in lower[c[1] + 1:c[1] + 4])):
            continue  # "sanctions could clash with the international law of humanity": no fighting
        if c[2].cue_id == "offer" and s0 > 1 and lower[s0 - 1] == "to" and (
                c[1] >= len(lower) or lower[c[1]] in (".", ",", ";", ":", "?", "!", "and")):
            continue  # "a more attractive viewpoint to offer", "has much to offer": no offer made to anyone
        if c[2].cue_id == "recognise" and lower[c[1]:c[1] + 1] == ["that"] and not (
                c[1] + 1 < len(lower) and lower[c[1] + 1] in _RECOGNISED_THAT_STATE):
            # "to recognize that and come talk to us", "recognised that the talks failed": a fact owned (but
            # "the first to recognize that state, Israel" recognises a state)
            continue
        if c[2].cue_id == "deploy" and any(w in _DEPLOYED_EFFORTS for w in lower[c[1]:c[1] + 4]) and not any(
                w in ("military", "troops", "forces", "naval", "nuclear", "missiles") for w in lower[c[1]:c[1] + 4]):
            continue  # "the deployment of all possible efforts", "deployed its diplomacy": no force sent
        if c[2].cue_id == "undermine" and any(0 <= h[0] - c[1] <= 3 and h[2].intensity < 0 for h in cues):
            continue  # "undermined the sanctions against North Korea": a hostile measure undone (read as such)
        if c[2].intensity > 0 and any(k[2].cue_id in _THWART_CUES and 0 <= s0 - k[1] <= 25 and not any(
                w in (";", ".", "but", "while", "whereas", "although") for w in lower[k[1]:s0]) for k in kept):
            continue  # "undermined the efforts of the US to reach a peace agreement": an aim thwarted, no deal
        if kept and kept[-1][2].cue_id in ("refuse", "reject") and c[2].intensity > 0 \
                and s0 - kept[-1][1] <= 3 and all(w in _REFUSED_OBJECT_GAP for w in lower[kept[-1][1]:s0]):
            continue  # "refusing all co-operation with the UN", "rejected any talks": the refusal is the act
        if kept and kept[-1][2].cue_id == "refuse" and c[2].intensity < 0 and s0 - kept[-1][1] <= 6 \
                and lower[kept[-1][1]:kept[-1][1] + 1] == ["to"] and all(
                    w in _REFUSED_ACT_GAP for w in lower[kept[-1][1] + 1:s0]):
            # "refuses to join sanctions against Russia", "refused to expel the ambassador": the hostile act
            # is refused, which is the negated act (the codebook's negated restriction), not a rebuff
            kept.pop()
            refused_at.add(s0)
        if s0 >= 2 and lower[s0 - 2:s0] == ["and", "to"] and any(
                k[2].cue_id == "refuse" and lower[k[1]:k[1] + 1] == ["to"] and 0 < s0 - k[1] <= 25
                and not any(w in (";", ".", "but", "while", "whereas") for w in lower[k[1]:s0]) for k in kept):
            # "Israel's refusal to implement the resolutions and to recognize the rights of the Palestinian
            # people": the second act is refused too
            refused_at.add(s0)
        if c[2].cue_id == "threaten" and lower[c[1]:c[1] + 1] == ["to"] and c[1] + 1 < len(lower) \
                and lower[c[1] + 1] in _SELF_THREATS:
            continue  # "Netanyahu threat to resign over Gaza": a threat to oneself's post, at no state
        if c[2].cue_id == "deal_noun" and c[1] < len(lower) and lower[c[1]] == "with" and s0 > 0 and (
                lower[s0 - 1] in _DEAL_VERB_BEFORE or (named[s0 - 1] and any(
                    lower[k] in _DEAL_VERB_BEFORE for k in range(max(0, s0 - 5), s0)))):
            continue  # "to help Indonesia deal with the aftermath", "must deal with": the verb (cope), no deal
        if c[2].cue_id == "war" and c[2].pos == "noun" and any(
                lower[k] in ("against", "anti") and all(w in ("the", "a", "an", "-") or taken[k + 1 + j] or (
                    w.isalpha() and words[k + 1 + j].islower()) for j, w in enumerate(lower[k + 1:s0]))
                for k in range(max(0, s0 - 4), s0)):
            continue  # "Paris, Berlin unite against Iraq war", "anti-war rallies": a war opposed, not waged
        if c[2].cue_id == "war" and s0 > 0 and lower[s0 - 1] == "civil":
            continue  # "closed because of the Angolan civil war": a war inside one state, no act between two
        if c[2].cue_id == "strike" and any(w in _STRUCK_TONES for w in lower[c[1]:c[1] + 4]) \
                and lower[c[1]:c[1] + 1] in (["a"], ["an"], ["the"]):
            continue  # "this declaration strikes a most promising note", "struck a conciliatory tone": an idiom
        if c[2].cue_id == "strike" and (
                (any(w in _BARGAINS for w in lower[max(0, s0 - 8):s0]) and any(w in ("that", "which") for w in lower[max(0, s0 - 8):s0]))
                or any(w in _BARGAINS for w in lower[c[1]:c[1] + 7] if "," not in lower[c[1]:c[1] + 7])):
            # "a deal that Brazil and Turkey struck with Iran", "struck a $5 billion gas deal": a bargain
            c = (c[0], c[1], cm.by_id["reach_agreement"])
        if c[2].cue_id in _ACCORD_CUES and any(w in _MISUSED for w in lower[c[1]:c[1] + 4]) and any(
                w in ("been", "was", "were", "being") for w in lower[c[1]:c[1] + 3]):
            continue  # "those agreements have been exploited by Tel Aviv": an accord misused, no accord made here
        if c[2].cue_id == "hand_over" and any(w in _HANDED_PAPERS for w in lower[c[1]:c[1] + 4]):
            continue  # "handed over a protest note to Greece": the note is the act, not a transfer
        if lower[s0] in ("embraced", "embraces", "embracing") and not any(named[c[1]:c[1] + 3]):
            continue  # "embraced tougher sanctions": the sanctions are the act; "embraced Qatar's emir" is one
        if c[2].cue_id == "deny" and c[1] < len(lower) and lower[c[1]].endswith("ing"):
            continue  # "China denied providing weapons to Russia": a denial to its accusers, not at Russia
        if c[2].cue_id == "meet" and any(w in _MET_OBJECTS for w in lower[c[1]:c[1] + 4]):
            continue  # "did not meet its 13 demands", "met the deadline": a demand satisfied, not a meeting
        if c[2].cue_id == "meet" and lower[s0] == "met" and s0 > 0 and lower[s0 - 1] in _BE_FORMS \
                and "with" in lower[s0 + 1:c[1] + 1] and not _met_with_someone(lower, named, s0):
            continue  # "any new arrest would be met with all the means of a state": a response, not a meeting
            # (but "was met at the airport by Sharon", "was met with the Thai premier" are meetings)
        if kept and kept[-1][2].cue_id.startswith("summon") and s0 > 0 and lower[s0 - 1] == "to" \
                and s0 - kept[-1][1] <= 8:
            continue  # "summoned the Thai ambassador to protest": the summons' purpose, by the same side
        if c[2].intensity < 0 and _fled_from(lower, s0):
            continue  # "Poland opens border to Ukrainians fleeing war": what people flee, no act told here
        if c[2].cue_id in ("travel", "visit") and _trip_to_protest(lower, c, cues[k + 1:]):
            continue  # "flew to Kampala on Tuesday to protest to Ugandan officials": the trip carries the protest
        if c[2].cue_id == "joint_statement" and s0 > 1 and lower[s0 - 2] == "in" \
                and lower[s0 - 1] in ("a", "the", "their", "its"):
            continue  # "accused Addis Ababa in a joint statement of ...": how the act was made, not an act
        if c[2].cue_id == "war" and c[1] - s0 == 1 and s0 > 0 and lower[s0 - 1] == "the" \
                and c[1] + 1 < len(lower) and lower[c[1]] == "in" and taken[c[1] + 1]:
            continue  # "now that the war in Angola has ended": a war fought in a state, not between the two
        if c[2].cue_id == "war" and _said_over(lower, c[1]):
            continue  # "The state of war between the two countries is over": a war ended, not fought
        if c[2].cue_id == "war" and any(lower[k] in ("nearly", "almost") and lower[k + 1] in _NEAR_MISS_VERBS
                                        for k in range(max(0, s0 - 4), s0)):
            continue  # "a quarrel that nearly led to war": a war that did not happen
        if c[2].pos == "noun" and c[2].intensity < 0 and any(
                w in ("joined", "joins", "joining", "join") for w in lower[max(0, s0 - 2):s0]):
            continue  # "troops who joined the offensive": they fight beside its owner, not against anyone named
        if c[2].cue_id == "war" and s0 >= 3 and lower[s0 - 1] == "of" and lower[s0 - 2] in (
                "years", "decades", "months", "weeks", "century", "centuries") and any(
                w in _BACKGROUND or w in ("ending", "ended", "ends", "end", "following") for w in lower[max(0, s0 - 5):s0 - 2]) \
                and lower[s0 + 1:s0 + 2] not in (["with"], ["against"], ["between"], ["on"]):
            # (but "after four months of war with Russia": a war with a named side goes on)
            continue  # "after three decades of war", "ending 13 years of war": the war's history, not news
        before = [w for w in lower[max(0, s0 - 3):s0] if w not in _SKIP_IN_CUES]
        if before and before[-1] in _BACKGROUND | {"during"} and (
                c[2].pos == "noun" or lower[s0 - 1] in ("a", "an", "the", "its", "his", "her", "their")):
            continue  # "during a visit this month", "after the talks": the time of something else
        if c[2].pos == "noun" and s0 > 0 and lower[s0 - 1] == "the" and c[1] < len(lower) \
                and lower[c[1]] in ("'s", "\u2019s"):
            continue  # "the alliance's eastward expansion": a thing named again, not an act
        if c[2].cue_id == "expropriate" and lower[s0].endswith(("ised", "ized")) and s0 > 0 \
                and lower[s0 - 1] in ("with", "the", "a", "an", "its", "their", "of", "for", "from", "in", "newly") \
                and c[1] < len(lower) and words[c[1]].isalpha() and words[c[1]].islower() \
                and lower[c[1]] not in ("by", "to", "in", "on", "at", "after", "last", "this"):
            continue  # "offers Bolivia help with nationalised gas": the gas described, no seizure told here
        if c[2].cue_id == "approve" and any(w in _LAWS for w in lower[c[1]:c[1] + 4]) \
                and not any(named[c[1]:c[1] + 4]):
            continue  # "China's parliament approved a law authorising force": a law passed, no endorsement of a state
        if c[2].cue_id == "agree" and _corporate_deal(lower, c[1]):
            continue  # "Mitsui agreed to buy a minority stake in ...": a firm's purchase, no state agreement
        if c[2].cue_id == "kill" and _accident_toll(lower, s0):
            continue  # "charter crash kills French holidaymakers", "a ferry capsized, killing 200": no one's act
        if _charge_content(lower, s0, noun=c[2].pos == "noun" or lower[c[1] - 1].endswith(_NOUN_SUFFIXES + ("ing",))):
            continue  # "convicted a former Afghan commander of torture and hostage-taking": the charge, no act
        if c[1] < len(lower) and lower[c[1]] in ("of", "with", "in", "over") and lower[c[0]] in _CHARGE_PARTICIPLES \
                and s0 > 0 and words[s0 - 1].isalpha() and words[s0 - 1].islower() \
                and lower[s0 - 1] not in _NOT_A_NOUN and not taken[s0 - 1]:
            continue  # "three US men accused of torture", "a policewoman accused in the abuse scandal": a charge
            # against persons, not an act
        if c[2].pos == "noun" and s0 > 1 and words[s0][:1].isupper() and words[s0 - 1][:1].isupper() \
                and words[s0 - 1].isalpha() and not taken[s0 - 1] and not (
                    c[2].cue_id in _TALK_CUES and lower[s0 - 2] != "the" and _is_title_case_sentence(words)) \
                and not ((lower[s0 - 1],) in cm.reversal and _is_title_case_sentence(words)):
            # ("China, Russia Settle Border Dispute": a headline's verb undoing the act, not part of a name)
            # "former Warsaw Pact members", "the Camp David Accords": a name, not an act (but a title-case
            # headline's "Presses N. Korea on Weapons Talks" holds talks all the same)
            continue
        if lower[s0] == "shot" and c[1] - s0 == 1 and s0 > 0 and (
                lower[s0 - 1] in ("booster", "vaccine", "flu", "covid", "covid-19", "first", "second")
                or (words[s0 - 1][:1].isupper() and not taken[s0 - 1])):
            continue  # "the Sinopharm shot", "a booster shot": a vaccine dose
        close = _relative_close(lower, s0)
        if close is not None and any(x[0] > close for x in cues):
            # "Algeria, which cut ties with Rabat two years ago, sent condolences": background, kept for a
            # pair the story links by no other act ("Malaysia, which has accused Myanmar of ethnic cleansing,
            # said the agreement changed little")
            # (a clause whose subject is the state before it, "which has accused", "which bombed"; not "which
            # Kinshasa and U.N. experts accuse of arming ...", whose agents are named inside)
            rel = max((j for j in range(1, s0) if lower[j] in ("which", "who", "whose") and lower[j - 1] == ","),
                      default=None)
            # ("India, whose Prime Minister Narendra Modi visited Myanmar last week, said ...": its leader's act)
            subject_rel = rel is not None and rel + 1 < len(lower) and (
                rel + 1 == s0 or lower[rel] == "whose" or lower[rel + 1] in _FINITE_AUX or lower[rel + 1] in _PAST_IRREGULAR
                or (lower[rel + 1].endswith("ed") and not named[rel + 1]))
            if background is not None and subject_rel:
                background.append((c[0], c[2].intensity))
            if not (keep_background and subject_rel):
                continue
        if s0 > 0 and words[s0 - 1] == "-" and c[1] < len(lower) and lower[c[1]] in _ECONOMIC_OBJECTS:
            continue  # "Chinese-invested enterprises", "Iranian-made drones": a compound adjective
        if lower[s0].endswith("ed") and s0 > 0 and (lower[s0 - 1] in ("a", "an", "the") or (
                s0 > 1 and lower[s0 - 1].endswith("ly") and lower[s0 - 2] in ("a", "an", "the"))) \
                and c[1] < len(lower) and words[c[1]].isalpha() and words[c[1]].islower():
            described.add(c[1])
            continue  # "a newly signed security agreement with China": a description of a thing
        if kept and kept[-1][2].cue_id in _OPPOSING_CUES and s0 > 0 and lower[s0 - 1] in _DRAFTS \
                and s0 - kept[-1][1] <= 6 and c[2].event_class != "material_conflict":
            continue  # "vetoed a UN resolution condemning Syria": what the text would have said, unsaid
            # (a measure it would have imposed is undone below, siding with its target)
        if kept and s0 > 0 and lower[s0 - 1] == "in" and lower[s0] in _AIMED_AT and c[1] - s0 == 1:
            continue  # "summoned the envoy in anger at ...": how the act was done, not a second act
        if c[2].intensity < 0 and "behind" in lower[max(0, s0 - 4):s0] and any(
                k[2].cue_id == "accuse" and lower[k[0]] in _SAYING_BEHIND for k in kept):
            continue  # "Tehran says Saudi Arabia behind attack on Iranian tanker": the act charged, not the sayer's
        if c[2].cue_id == "sink_ship" and (
                lower[c[1]:c[1] + 1] in (["further"], ["bit"], ["little"], ["lot"], ["fresh"], ["new"])
                # (a vessel as the object, not "the boat caught fire and sank off Lampedusa")
                or (lower[s0] in ("sank", "sinks") and not (c[1] - s0 > 1 or lower[c[1]:c[1] + 1] in (
                    ["the"], ["a"], ["an"], ["its"], ["their"], ["two"], ["three"], ["several"])))
                or any(w.replace(".", "").replace(",", "").isdigit() or w in ("percent", "per", "%", "points")
                       for w in lower[c[1]:c[1] + 5])
                or lower[max(0, s0 - 3):s0] and any(w in _FALLING_THINGS for w in lower[max(0, s0 - 3):s0])
                or any(w in _SUNK_PLANS for w in lower[c[1]:c[1] + 5])):
            # "Japanese shares sank a further 3 percent": a market, not a ship; "Greece sank the Macedonian bid
            # to join NATO": a plan blocked, which other cues read ("blocked", "vetoed"), not an armed attack
            continue
        if c[2].pos == "noun" and s0 > 0 and lower[s0 - 1] in _FORMER:
            continue  # "showing that old enemies could become partners": what they were
        if c[2].cue_id == "admit_member" and not (c[1] < len(lower) and (taken[c[1]] or (
                lower[c[1]] == "the" and c[1] + 1 < len(lower) and taken[c[1] + 1]))):
            continue  # "Russia admitted that its troops ...": a confession, not a membership
        if lower[s0] == "together" and c[1] - s0 == 1 and s0 > 0 and lower[s0 - 1] in _RELATIVE:
            continue  # "the US and China, which together produce 40 per cent of emissions": a description
        if lower[s0] == "together" and c[1] - s0 == 1 and s0 > 1 and lower[s0 - 1] in _REFLEXIVES \
                and lower[s0 - 2] in ("pull", "pulls", "pulled", "pulling", "get", "gets", "got", "getting"):
            continue  # "time for the United Kingdom to pull itself together": composure, no partner
        back = [w for w in lower[max(0, s0 - 3):s0] if w not in ("the", "to", "for")]
        if s0 > 0 and lower[s0 - 1] == "the" and back and back[-1] in _RESPONSE_VERBS:
            continue  # "Ecuador answered the raid with the severing of ties": the act answered, named again
        if s0 > 0 and lower[s0 - 1] in _NONSTATE_QUALIFIERS and not (
                kept and kept[-1][2].cue_id in _CONDEMN and s0 - kept[-1][1] <= 4 and "by" not in lower[c[1]:c[1] + 8]):
            continue  # "a terror attack", "suicide bombings": the act of a non-state group
            # (but "We condemn the terrorist attacks against Saudi Arabia" stays: sympathy with the victim)
        if lower[s0] == "recognition" and c[1] - s0 == 1 and not (s0 > 0 and lower[s0 - 1] in ("'s", "\u2019s")) \
                and lower[c[1]:c[1] + 2] == ["of", "the"] and "rights" in lower[c[1] + 2:c[1] + 6] \
                and not any(lower[k] == "by" and any(named[k + 1:k + 3]) for k in range(c[1], min(c[1] + 14, len(lower)))) \
                and not any(w in _CALLED_FOR for w in lower[max(0, s0 - 3):s0]):
            continue  # "secondly, the recognition of the inalienable rights of the Palestinian people": a principle
            # called for, not a state's act (but "Israel's recognition of the rights of ...", a recognition "by
            # France", and the speaker's own call, "We call for the recognition of ...", are read as before)
        if c[2].intensity < 0 and (lower[c[1] - 1] in _CAMPAIGN_HEADS or (
                c[1] > 1 and lower[c[1] - 1] in ("on", "against") and lower[c[1] - 2] in _CAMPAIGN_HEADS)) \
                and _against_a_scourge(lower, named, c[1]):
            continue  # "Colombia's battle against drugs", "waged a war on drugs with help from the US": no state fought
        if c[2].cue_id == "incursion" and c[1] < len(lower) and (lower[c[1]] in ("home", "homeward") or (
                lower[c[1]] == "back" and lower[c[1] + 1:c[1] + 2] in (["home"], [","], ["."], ["on"], ["after"]))):
            continue  # "the last Syrian soldiers crossed the border home": a return ("back into Lebanon" is not)
        if c[2].cue_id == "sign_agreement" and c[1] - s0 == 1 and any(
                w in _DOMESTIC_INSTRUMENTS for w in lower[c[1]:c[1] + 3]) and "with" not in lower[c[1]:c[1] + 3]:
            continue  # "Trump signed an order barring dealings in Venezuelan debt": his own decree, no agreement
        if c[2].cue_id == "side_with" and lower[s0] == "side" and s0 > 0 and (
                lower[s0 - 1] in _NUMBER_WORDS or lower[s0 - 1].isdigit()
                or lower[s0 - 1] in ("the", "a", "other", "either", "each", "both", "every")):
            continue  # "the meeting of three side with the Ukrainian colleague": a noun, not taking sides
        if c[2].cue_id == "war" and s0 > 0 and lower[s0 - 1] in ("at", "of") and any(
                w in ("technically", "formally", "officially", "nominally") for w in lower[max(0, s0 - 4):s0]):
            continue  # "the two sides, still technically at war": a standing state since an old war, not news
        if c[2].pos == "noun" and c[2].intensity < 0 and c[1] + 2 < len(lower) and lower[c[1]] in ("that", "which") \
                and lower[c[1] + 1] in ("began", "started", "erupted", "broke") and _IN_YEAR.search(
                    " ".join(lower[c[1]:c[1] + 6])):
            continue  # "a trade dispute that began in 2020": its history, told to place today's news
        if c[2].intensity < 0 and c[1] < len(lower) and lower[c[1]] in _COURT_WORDS and not any(named[c[1]:c[1] + 3]):
            continue  # "will not hand Taylor over to the war crimes court": an institution named, not an act
        if c[1] < len(lower) and lower[c[1]] in _WAR_COMPOUNDS and c[2].intensity < 0 and c[2].pos == "noun":
            continue  # "Tallinn removes Soviet war memorial", "war crimes tribunal": a thing named, not an act
        if c[2].cue_id in ("treaty", "agreement_noun") and any(
                lower[k] in ("sign", "ratify", "join", "accede") and any(
                    w in _APPEAL_VERBS for w in lower[max(0, k - 12):k]) for k in range(max(0, s0 - 7), s0)):
            continue  # "urged both neighbours to stop testing and sign the test-ban treaty": a treaty asked of them
        if c[2].intensity < 0 and lower[c[1]:c[1] + 1] == ["by"] and _disaster_agent(lower, c[1] + 1):
            continue  # "countries struck by last month's tsunami": a disaster's blow, no state's act
        if c[2].cue_id == "meet" and s0 > 0 and lower[s0] in ("meeting", "meetings") and lower[s0 - 1] in (
                "cabinet", "parliamentary", "caucus", "politburo", "board", "staff", "shareholders", "shareholder",
                "campaign") and "with" not in lower[c[1]:c[1] + 2]:
            continue  # "called an emergency cabinet meeting": a government meeting its own, no meeting of states
        if c[2].cue_id == "deal_noun" and lower[c[1]:c[1] + 3] == ["of", "the", "century"]:
            continue  # "the deal of the century": a plan's nickname (the US plan of 2019-2020), no deal between states
        if c[2].cue_id == "agree" and c[1] - s0 == 1 and lower[s0] == "agreed" and s0 > 0 \
                and lower[s0 - 1] in _AGREED_ATTRIBUTIVE and c[1] < len(lower) and lower[c[1]].isalpha() \
                and lower[c[1]] not in _AGREED_NOT_NOUN:
            continue  # "internationally agreed parameters", "the agreed framework": an adjective, no act
        if lower[s0] in ("banned", "outlawed", "prohibited") and c[1] - s0 == 1 and c[1] < len(lower) \
                and lower[c[1]] in _BANNED_THINGS:
            continue  # "giving up banned weapons": an adjective
        if c[2].cue_id in ("phone", "spoke_by_phone") and s0 > 0 and (lower[s0 - 1] in ("her", "his", "their", "its") or any(
                w.startswith(("intercept", "tap", "monitor", "eavesdrop", "hack")) for w in lower[max(0, s0 - 6):s0])):
            continue  # "its spies intercepted her e-mails and phone calls": no call between states
        if c[1] - c[0] == 1 and lower[c[0]] in _SETTING_NOUNS and s0 > 0 and lower[s0 - 1] == "the" \
                and not (c[1] < len(lower) and lower[c[1]] in _SIDE_WORDS):
            continue  # "to move past the war that ousted Saddam": the setting, not an act
        if s0 > 1 and lower[s0 - 1] in ("'s", "\u2019s", "'") and not taken[s0 - 2]:
            continue  # "the Left's criticism", "the rebels' attack": a non-state author
        window = " ".join(lower[max(0, s0 - 7):s0])
        if any(p in window for p in _CHARGE_PHRASES) and not any(w in (";", ".", "but") for w in lower[max(0, s0 - 7):s0]):
            continue  # "three US men accused of torture and kidnapping": the charge, not an act between states
        if c[2].cue_id == "destroy" and _no_attack(lower, s0, c[1]):
            continue
        if c[2].cue_id == "epithet" and not any(_owns_epithet(lower, s0, c[1], a[0], a[1]) for a in actors):
            continue   # "called Ethiopia's government an illegitimate regime": a name-calling, no state's epithet
        if c[2].cue_id == "peacekeeping" and kept and kept[-1][2].intensity < 0 and 0 <= s0 - kept[-1][1] <= 4 \
                and all(named[j] or lower[j] in ("the", "a", "an", "its", "their", "all", "of") for j in range(kept[-1][1], s0)):
            continue   # "Eritrea expelled UN peacekeepers", "attacked AU peacekeepers": the object of the act
        kept.append(c)
    cues = kept
    groups = _groups(actors, lower)
    # a colonial rule that names no ruler and land now is no cue at all, so a condemnation of it keeps its own
    # target ("We condemn the oppression of the racist regime of South Africa against Namibia")
    colonial_lands = {c[0]: _colonial_land(lower, words, c[0], c[1], groups) for c in cues if c[2].cue_id == "colonial_rule"}
    cues = [c for c in cues if c[2].cue_id != "colonial_rule" or colonial_lands[c[0]] is not None]
    if found_cues is not None:
        found_cues.extend(c[2].cue_id for c in cues)
    request_of: dict[int, int] = {}
    appeal_at: set[int] = set()
    actor_tokens = {i for a in actors for i in range(a[0], a[1])}
    for k, c in enumerate(cues):
        if c[2].cue_id not in _REQUESTS and c[2].cue_id not in ("accuse", "warn"):
            continue
        # ("warned Harare, Luanda and Windhoek against turning a quarrel into a regional war": what is
        # warned against has not happened)
        links = ("of",) if c[2].cue_id == "accuse" else ("against",) if c[2].cue_id == "warn" else ("to", "that")
        for c2 in cues[k + 1:]:
            gap = lower[c[1]:c2[0]]
            # "urged both Chad and Sudan to show restraint and to return to talks" stays one request (and so
            # does a list of the states warned, "warned Harare, Luanda and Windhoek against")
            if c[2].cue_id == "warn" and (
                    "against" not in gap or not all((c[1] + j) in actor_tokens or w in (",", "and", "the")
                                                    for j, w in enumerate(gap[:gap.index("against")]))
                    or any(w == "and" and (c[1] + j + 1) not in actor_tokens for j, w in enumerate(gap))):
                # ("warned the US after its strike against a Syrian base killed ...": another noun's "against";
                # "warned Turkey against an offensive in Syria and welcomed ...": a second act, done)
                break
            if len(gap) > (16 if c[2].cue_id == "warn" else 12) or any((w in (";", ".", ",", "but", "while") and not (
                    w == "," and c[2].cue_id == "warn" and (c[1] + j - 1) in actor_tokens
                    and (c[1] + j + 1) in actor_tokens)) or (
                    w == "and" and gap[j + 1:j + 2] != ["to"] and (c[1] + j - 1) not in actor_tokens
                    and (c[1] + j + 1) not in actor_tokens) for j, w in enumerate(gap)):
                break
            bare = c[2].cue_id in _REQUESTS and gap and all((c[1] + j) in actor_tokens or w in ("the", "that")
                                                          for j, w in enumerate(gap)) \
                and not lower[c2[0]].endswith(("ed", "ing", "s")) and c2[2].pos != "noun"
            if any(w in gap for w in links) or bare:
                # "accused Ankara of inventing a pretext to intimidate its neighbour": the charge
                # ("demanded India withdraw its troops": the bare verb of a demand, too)
                request_of[c2[0]] = c[0]
                asked = [x for g in groups if c[1] <= g[0][0] < c2[0] for x in _codes(g)]
                if c[2].cue_id in _APPEALS and c2[2].intensity > 0 and len(set(asked)) >= 2 and not any(
                        w in ("not", "never", "n't", "no", "stop", "halt", "end") for w in gap):
                    # "urged both governments to return to talks": an appeal to two sides; but
                    # "called on Moscow to cooperate fully" is pressure on one
                    appeal_at.add(c[0])
                elif c[2].cue_id in _APPEALS and c2[2].intensity < 0 and any(w in ("not", "never") for w in gap) \
                        and lower[c2[0]].startswith(_RESTRAINT) and not any(c2[1] <= g[0][0] <= c2[1] + 4 for g in groups):
                    # "Washington urged Israel not to retaliate": a plea for restraint (but "urged Russia not to
                    # invade Ukraine" and "urged Moscow not to attack" are pressure on the one who would strike)
                    appeal_at.add(c[0])
    for c in cues:
        pair = next((g for g in groups if g[0][0] == c[1] and len(set(_codes(g))) >= 2), None)
        if c[2].cue_id in _APPEALS and c[0] not in appeal_at and pair is not None \
                and lower[pair[-1][1]:pair[-1][1] + 1] == ["to"] \
                and any(w in _CALM_ASKED for w in lower[pair[-1][1]:pair[-1][1] + 12]):
            # "Annan urged Nigeria and Cameroon to carry out the ruling peacefully": a call for calm to two
            # sides named is a mediator's appeal, as "urged both sides to show restraint" is
            appeal_at.add(c[0])
        if c[2].cue_id in _APPEALS and c[0] not in appeal_at and _to_both_sides(lower, c[1]):
            # "Annan urged both governments to respect the decision", "urged both men to put the quarrel behind
            # them": a mediator's appeal to the two sides, whatever it asks (unless a hostile act is asked of them,
            # "urged both sides to punish ...")
            c2 = next((x for x in cues if c[1] < x[0] <= c[1] + 12), None)
            if c2 is None or c2[2].intensity > 0 or c2[0] in request_of and any(
                    w in ("not", "never", "stop", "halt", "end", "cease") for w in lower[c[1]:c2[0]]):
                appeal_at.add(c[0])
    for k in (k for k, w in enumerate(lower) if w in _ORDERING):
        # "The court ordered Russia to halt its operations in Ukraine", "told Pyongyang to end the tests": what
        # a state is ordered to do (no cue of its own) has not happened, as with a request
        parts = _order_parts(lower, groups, k)
        if parts is None:
            continue
        orderer, g, t = parts
        if orderer is not None and set(_codes(orderer)) & set(_codes(g)):
            continue   # ("Putin ordered Russian forces to invade Ukraine": his own forces, whose act is told)
        c2 = next((c for c in cues if t < c[0] <= t + 4 and lower[c[0]] != "or"), None)
        if c2 is not None and c2[0] not in request_of:
            request_of[c2[0]] = k
    kinds = {(a[0], a[1]): (a[3] if len(a) > 3 else "country") for a in actors}
    places = frozenset(i for (a0, a1), k in kinds.items() if k == "city" for i in range(a0, a1))

    def _breakaway(g) -> bool:
        """A region named as breaking away ("a treaty with the breakaway region of Abkhazia"): its rulers, not the state."""
        return all(kinds.get((m[0], m[1])) == "city" for m in g) and any(
            w in ("breakaway", "separatist", "secessionist", "rebel-held", "self-declared")
            for w in lower[max(0, g[0][0] - 4):g[0][0]])

    def _adjective_agent(left, s: int):
        """The demonym right before an attack noun after "in", "by", "from" ("killed in Pakistani shelling") or,
        where a reaction names the act (``reacted_acts``), after its "at", "over", "about" or "against": after
        those words the cue is a noun whatever its lexicon entry says."""
        adj = next((g for g in left if g[-1][1] == s and kinds.get((g[-1][0], g[-1][1])) == "demonym"), None)
        if adj is None:
            return None
        k = adj[0][0] - 1
        while k >= 0 and lower[k] in ("a", "an", "the"):
            k -= 1
        # (and after a reaction's preposition: "deep concern at the Israeli occupation", "anger over the
        # Turkish incursion", "protests against the Russian annexation")
        # (and after an end called for: "called for an end to the Israeli occupation of Lebanon")
        return adj if k >= 0 and (lower[k] in ("in", "by", "from") or (
            lower[k] in _REACTION_PREPS and s in reacted_acts) or _end_sought(lower, k)) else None

    def _private(g) -> bool:
        """
        A nationality of private persons ("three Indian drivers", "a U.S. analyst") or a
        non-state group led by a person ("al-Sadr's militia"): named, but not the state acting.
        """
        last = g[-1]
        kind = kinds.get((last[0], last[1]))
        nxt = lower[last[1]:last[1] + 3]
        if kind == "demonym" and _names_private(nxt[:3]):
            return True
        if kind in ("demonym", "country") and not (g[0][0] > 0 and lower[g[0][0] - 1] == ",") and _names_a_firm(
                words, lower, last[1], kind == "demonym" or words[last[1] - 1].replace(".", "").isupper(),
                takeover=takeover):
            return True   # "U.S. equipment maker Avaya agreed to acquire German vendor Tenovis": firms
            # (after a comma it is an apposition: "Russia, India's biggest arms maker, agreed")

        if kind == "country" and nxt[:1] and nxt[0] in _PRIVATE:
            return True
        if g[0][0] > 1 and lower[g[0][0] - 1] == "from" and lower[g[0][0] - 2] in _NONSTATE:
            return True   # "camps of separatist rebels from India's northeast": where the rebels come from
        return len(nxt) >= 2 and nxt[0] in ("'s", "\u2019s") and nxt[1] in _NONSTATE

    def _locative(g, cue_end: int) -> bool:
        s0 = g[0][0]
        while s0 > 0 and (lower[s0 - 1] in ("a", "an", "the") or lower[s0 - 1] in _PLACE_ADJ):
            s0 -= 1   # "near the Afghan border", "in western Thailand"
        if s0 > 0 and lower[s0 - 1] in _LOCATIVE and s0 - 1 >= cue_end and not (
                lower[s0 - 1] == "at" and s0 > 1 and lower[s0 - 2] in _AIMED_AT):
            return True   # (but "in protest at Washington's recognition of Kosovo": aimed at, no place)
        if cue_end > 0 and s0 > 2 and lower[s0 - 1] == "," and words[s0 - 2][:1].isupper():
            # "signed at Greentree, New York", "talks in Sharm el-Sheikh, Egypt": the place's state after a comma
            # (a subject after an opening "In Pretoria, ..." is no place)
            k = s0 - 2
            while k > cue_end and k > s0 - 6 and (words[k][:1].isupper() or lower[k] in ("-", "el", "al", "de")):
                k -= 1
            if k >= cue_end and lower[k] in _LOCATIVE:
                return True
        # "on the outskirts of Fallujah", "the city of Najaf"
        return s0 > 1 and lower[s0 - 1] == "of" and lower[s0 - 2] in _PLACE_NOUNS and s0 - 2 >= cue_end

    def _place(g) -> bool:
        """A name used for a place: "the Iraqi city of Fallujah", "the Baghdad slum"."""
        last = g[-1]
        nxt = [w for w in lower[last[1]:last[1] + 3] if w not in _PLACE_ADJ]
        return bool(nxt) and nxt[0] in _PLACE_NOUNS and kinds.get((last[0], last[1])) != "organization" \
            and not _border_force(nxt)

    def _reporter(g) -> bool:
        """A name just before "said" at a clause's end (", a UN aid official said"): who reports it."""
        nxt = lower[g[-1][1]:g[-1][1] + 3]
        at = next((k for k, w in enumerate(nxt) if w in _REPORTING), None)
        # ("... to the Congolese government and said": a second predicate, not a reporter)
        if g[0][0] > 1 and lower[g[0][0] - 2] == "," and lower[g[0][0] - 1] in _REPORTING_AFTER \
                and lower[g[-1][1]:g[-1][1] + 1] in (["media"], ["press"], ["television"], ["officials"], ["sources"]):
            return True   # "..., informed Greek media": a trailing credit
        return g[0][0] > 0 and lower[g[0][0] - 1] in (",", "and", "a", "an", "the") and at is not None \
            and not any(w in (",", "that", "and", "but") for w in nxt[:max(at, 1)])

    def _owned_modifier(g) -> bool:
        """A place naming someone's thing ("over his Gaza disengagement plan"): a topic, not a party."""
        s0, e0 = g[0][0], g[-1][1]
        return s0 > 0 and lower[s0 - 1] in ("his", "her", "its", "their", "our") and e0 < len(words) \
            and words[e0].isalpha() and words[e0].islower() and len(_codes(g)) == 1 \
            and _group_kinds(g, kinds) <= _PLACE_KINDS | {"country"}
        # (the kinds of the mentions inside a merged group: "his Azerbaijani counterpart Elmar Mammadyarov
        # in Prague" is a person, no place)

    def _sidelines(g) -> bool:
        """A body named as the venue of a meeting ("on the sidelines of the APEC summit")."""
        g0 = g[0][0]
        return any(lower[k] == "sidelines" for k in range(max(0, g0 - 3), g0)) or (
            g[-1][1] < len(lower) and lower[g[-1][1]] in ("summit", "meeting", "forum", "conference")
            and g0 > 1 and lower[g0 - 1] == "the" and lower[g0 - 2] in ("at", "during", "of"))

    def _bid_org(g) -> bool:
        """An organisation named as what a candidate wants to join ("bid to join NATO", "EU membership")."""
        if not all(kinds.get((m[0], m[1])) == "organization" for m in g):
            return False
        g0, g1 = g[0][0], g[-1][1]
        return (g0 > 0 and lower[g0 - 1] in ("join", "joining", "joined", "into", "enter", "entering")) or (
            g1 < len(lower) and lower[g1] in ("membership", "accession", "entry"))   # (an "EU bid to mediate" is its own)

    def _armed_group(g) -> bool:
        """A non-state armed group named by its people or leader ("50 Sadr militia", "Chechen rebels")."""
        last = g[-1]
        nxt = [w for w in lower[last[1]:last[1] + 3] if w not in ("'s", "\u2019s", "'")]
        if not (nxt and nxt[0] in _ARMED and "PSE" not in _codes(g)):
            return False
        # "attacked Taliban fighters", "killed 12 FARC rebels": a movement's own name makes its fighters the party
        return not all(kinds.get((m[0], m[1])) == "organization" and m[2] in ORG_CODES for m in g)

    def _relative_subject(g, cue_end: int) -> bool:
        """A name opening a relative clause ("activities that Washington asserts are ...")."""
        k = g[0][0] - 1
        while k > cue_end and lower[k] in ("the", "a", "an"):
            k -= 1
        if not (k > cue_end and lower[k] in _RELATIVE):
            return False
        # "that" after a verb ("showed that Russia", "says that Rabat") opens what was said, not a
        # relative clause
        j = k - 1
        while j > cue_end - 1 and lower[j] in _TIME_WORDS:
            j -= 1   # "demanded on Friday that Iran release ..."
        prev = lower[j] if j >= 0 else ""
        return lower[k] != "that" or not (prev.endswith("ed") or prev in cm.speech_first or prev in _THAT_VERBS)

    def _opener_chain(left, s: int):
        """
        The states listed right after "after"/"since"/... and right before the cue at ``s``, as one
        group: the subject of that clause ("after Saudi Arabia, the UAE and Bahrain cut ties").
        """
        k = s - 1
        while k >= 0 and lower[k] in _FINITE_AUX:
            k -= 1
        chain = []
        for g in reversed(left):
            if g[-1][1] - 1 != k:
                break
            chain.insert(0, g)
            k = g[0][0] - 1
            while k >= 0 and lower[k] in (",", "and", "the"):
                k -= 1
        if not chain or k < 0 or lower[k] not in _TIME_CLAUSE_OPENERS or k != chain[0][0][0] - 1 - (
                chain[0][0][0] > 0 and lower[chain[0][0][0] - 1] == "the"):
            return None
        return [m for g in chain for m in g]

    def _conj_subject(g) -> bool:
        """A name after "and" that is the subject of its own finite verb ("..., and Sudan expelled the envoy")."""
        k = g[0][0] - 1
        if k < 1 or lower[k] != "and":
            return False
        nxt = lower[g[-1][1]:g[-1][1] + 2]
        if not nxt:
            return False
        if nxt[0] in _CLAUSE_VERBS and nxt[0] not in ("is", "are", "was", "were"):
            return True   # "... and Ottawa said", "... and Cairo would"
        if (nxt[0] in ("a", "an", "$", "\u20ac", "\u00a3", "us$") or nxt[0].isdigit() or nxt[0] in _NUMBER_WORDS) and not any(
                w in ("to", "with", "on", "against", "from", "for", "toward", "towards", "at", "in")
                for w in lower[max(0, k - 6):k]):
            return True   # a gapped verb: "India sent a medical team and Pakistan a field hospital to Nepal"
        # "cut ties with the Gulf state and Egypt closed its airspace" (not "sanctions on Iran and
        # Syria announced last week": a verb that takes no object there is a participle)
        finite = (nxt[0].endswith("ed") and nxt[0] not in _ADJECTIVAL_PARTICIPLES) or nxt[0] in _PAST_IRREGULAR
        return finite and len(nxt) > 1 and (nxt[1] in _DETERMINERS or nxt[1] in ("to", "that", "it", "them"))

    # a verb cue after a comma or "and" opens the next predicate: "pledge energy cooperation,
    # rebuke Ankara" gives Ankara to the rebuke only
    predicates = [c[0] for c in cues if c[2].pos != "noun" and c[0] > 0
                  and not lower[c[0]].endswith(_NOUN_SUFFIXES) and (
        lower[c[0] - 1] in _VERB_COORD or lower[c[0] - 1] == ","
        or (c[0] > 1 and lower[c[0] - 1] in _ADVERBS and lower[c[0] - 2] in _VERB_COORD | {","}))]
    # "US approves F-16 sale to Taiwan, Beijing threatens sanctions": a comma, a named subject and its
    # verb open a new clause, so Beijing is no object of the approval
    # (a list "Taiwan, Beijing" read as one group is split there when a verb cue came before it)
    comma_clauses: set[int] = set()   # where the subjects of such clauses start
    for c in cues:
        if c[2].pos == "noun" or lower[c[0]].endswith(_NOUN_SUFFIXES) or lower[c[0]].endswith("ing") \
                or (c[1] < len(lower) and lower[c[1]] in ("on", "of", "against", "for", "by", "in")) \
                or not any(c2[0] < c[0] and c2[2].pos != "noun" for c2 in cues):
            # (not "Pope condemns Russia, Ukraine shelling of cities": a list of owners before a noun)
            continue
        for n, g in enumerate(groups):
            k = next((k for k, m in enumerate(g) if m[1] == c[0] and m[0] > 1 and lower[m[0] - 1] == ","
                      and lower[m[0] - 2] not in ("and", "or")), None)
            if k is None and len(g) == 2 and g[1][1] == c[0] and lower[g[1][0] - 2:g[1][0]] == [",", "and"]:
                # "hailed a great victory for Baku, and Yerevan accuses Ankara": two names with a comma
                # before "and" are no list of two (that takes no comma) but a new clause's subject
                k = 1
            if k is None:
                continue
            if k > 0:
                groups[n:n + 1] = [g[:k], g[k:]]
            predicates.append(g[k][0] - 1)
            comma_clauses.add(g[k][0])
            break

    headline = _is_title_case_sentence(words)
    group_starts = {g[0][0] for g in groups}

    def _over_topic(g, cue_end: int) -> bool:
        """A group right after "over" or "about" past the cue ("a rift over Iraq"): the act's topic."""
        k = g[0][0] - 1
        if k >= 0 and lower[k] in ("the", "its", "their"):
            k -= 1
        return k >= cue_end and lower[k] in ("over", "about")

    def _broken(g, cue_end: int) -> bool:
        """A clause break (or the next predicate) between the cue and a group to its right."""
        return _break_between(cue_end, g[0][0])

    def _subordinate_between(i0: int, i1: int) -> bool:
        """A subordinate clause opens between two positions ("... Ambassador Out As ECOWAS Threat Looms")."""
        gap = lower[i0:i1]
        return any(w in ("amid", "despite", "whereas") or (
            w == "as" and ((k > 0 and gap[k - 1] == ",") or words[i0 + k] == "As" or (
                # "Armenia, Azerbaijan Trade Blame as Moscow Truce Takes Effect": a headline's "as" opens a clause
                headline and i0 + k + 1 in group_starts)))
            for k, w in enumerate(gap))

    def _break_between(i0: int, i1: int) -> bool:
        """A subordinate clause, a clause break or the next predicate between two positions."""
        gap = lower[i0:i1]
        return _subordinate_between(i0, i1) or any(w in _CLAUSE_BREAK for w in gap) or any(
            i0 <= p < i1 for p in predicates) or any(
            # "..., and have sent delegations": a new predicate of the same subject
            (w == "and" and k + 1 < len(gap) and gap[k + 1] in ("have", "has", "had", "will", "would"))
            or (w in _REPORTING and k > 0 and gap[k - 1] == "and")
            # "... killed at least ten people, Indonesia's foreign minister said after a meeting of ASEAN
            # ministers": a name after the reporter's verb is in the reporting clause
            or (w in ("said", "says", "told", "added", "stated") and (
                k == 0 or gap[k - 1] not in ("to", "was", "is", "be", "been", "were", "are", "it")))
            # "attacked Kurdish-held Arbil, prompting U.S. missile strikes": what the act led to is no target
            or (w == "," and gap[k + 1:k + 2] and gap[k + 1] in _RESULT_PARTICIPLES)
            # "..., a move that angered Algeria": a clause about the act, not its target
            or (w == "," and gap[k + 1:k + 2] in (["a"], ["an"], ["the"]) and gap[k + 3:k + 4] in (["that"], ["which"]))
            # "..., and vowed to take the case to the WTO": the subject's next predicate
            or (w == "and" and k + 2 < len(gap) and gap[k + 1].endswith("ed") and gap[k + 1] not in _ADJECTIVAL_PARTICIPLES
                and gap[k + 2] in ("to", "that") and k > 0 and gap[k - 1] not in ("been", "be"))
            # "..., and Ottawa said it would keep its ties with Havana": a new clause with its own subject
            or (w == "," and gap[k + 1:k + 2] == ["and"] and any(x in _CLAUSE_VERBS for x in gap[k + 3:k + 7]))
            # "annulled the runoff, and the United States and the EU welcomed the ruling": so too when the
            # new clause's subject is a list of states
            or (w == "," and gap[k + 1:k + 2] == ["and"] and _clause_subject_at(i0 + k + 2))
            # "tried to mediate after Saudi Arabia and Bahrain cut ties": a clause with its own subject
            or (w in _TIME_CLAUSE_OPENERS and _clause_subject_at(i0 + k + 1) and not (
                _reaction_ends_at(i0) and not _asked_at(i0 + k + 1)))
            # "arrives in Seoul for a visit, after rejecting a North Korean overture": a participle's own clause
            or (w in ("after", "before", "while") and k > 0 and gap[k - 1] == "," and k + 1 < len(gap)
                and gap[k + 1].endswith("ing") and len(gap[k + 1]) > 5)
            for k, w in enumerate(gap))

    def _reaction_ends_at(i: int) -> bool:
        """A verbal reaction ends at ``i`` ("lodged a protest after Canada's minister landed"): it answers
        the clause that follows, so that clause's subject is its target."""
        c = next((c for c in cues if c[1] == i), None)
        return c is not None and (c[2].event_class == "verbal_conflict" or c[2].cue_id in _REACTION_CUES)

    def _asked_at(i: int) -> bool:
        """True when the clause whose subject starts at ``i`` asks for the step ("after the United States
        urged it to"): the asker is no target of a reaction."""
        j = i
        while j < len(lower) and (named[j] or lower[j] in (",", "and", "the")):
            j += 1
        if j < len(lower) and lower[j] in ("had", "has", "have"):
            j += 1   # ("after Washington had urged it to")
        # ("after Canada called for the release of activists" is the offence; "called on it to" asks)
        return j < len(lower) and (lower[j] in _ASKING or (lower[j] == "called" and lower[j + 1:j + 2] in (
            ["on"], ["upon"])))

    present_cue_verbs = {c[0] for c in cues if c[2].pos != "noun" and lower[c[0]].endswith("s")
                         and not lower[c[0]].endswith(_NOT_PRESENT_S)}

    def _clause_subject_at(i: int) -> bool:
        """True when states named from ``i`` on are the subject of a verb that follows them."""
        j = i + (i < len(lower) and lower[i] == "the")
        if j >= len(lower) or not named[j]:
            return False
        while j < len(lower) and (named[j] or lower[j] in (",", "and", "the")):
            j += 1
        return j < len(lower) and (lower[j] in _FINITE_AUX or lower[j] in _PAST_IRREGULAR or (
            lower[j].endswith("ed") and lower[j] not in _ADJECTIVAL_PARTICIPLES) or (
            # "hailed a great victory for Baku, and Yerevan accuses Ankara of ...": a cue verb in the present
            j in present_cue_verbs))

    question = words and words[-1] == "?"
    # reported speech: the first speech verb with an actor group just before it
    speech_at = None
    speaker_group: list[str] = []   # the speaking group's codes; the first is the speaker
    for i in range(len(words)):
        if lower[i] not in cm.speech_first:
            continue
        for p in cm.speech:
            if p[0] == lower[i] and tuple(lower[i:i + len(p)]) == p:
                if p == ("according", "to"):
                    after = [g for g in groups if g[0][0] >= i + len(p)]
                    if after and after[0][0][0] - (i + len(p)) <= 2:
                        speech_at, speaker_group = i, _codes(after[0])
                else:
                    inside = [g for g in groups if g[0][0] <= i < g[-1][1]]
                    # ("China, which buys much of Khartoum's oil, said": the one outside the relative clause)
                    before = [g for g in groups if g[-1][1] <= i and not _in_closed_relative(lower, g, i)] \
                        or [g for g in groups if g[-1][1] <= i]
                    if inside:
                        # "Chinese foreign ministry spokesman Zhao Lijian": the role holds the word
                        speech_at, speaker_group = i, _codes(inside[0])
                    elif i > 0 and (lower[i - 1] == "and" or (lower[i - 1] == "," and lower[i].endswith("ing"))) \
                            and groups and (groups[0][0][0] <= 2 or (groups[0][0][0] <= 8 and any(
                                w in ("-", "--", "\u2013", "\u2014") for w in lower[:groups[0][0][0]]))):
                        # "Zhao urged Washington to ... and said": the clause's subject speaks (so too
                        # "Chavez gave the U.S. ambassador 72 hours to leave, saying he ...")
                        speech_at, speaker_group = i, _codes(groups[0])
                    elif before and (i - before[-1][-1][1] <= 6 or (
                            _relative_close(lower, before[-1][-1][1] + 1) or 0) == i - 1):
                        speech_at, speaker_group = i, _codes(before[-1])
                break
        if speaker_group:
            break
    speaker = speaker_group[0] if speaker_group else None
    events = []
    last_subject: list[str] = []   # the source of the previous cue, for "X accused Y ... and cut ties"
    last_targets: list[str] = []   # its targets, for "X supports Y in Z and provides it with arms"
    clause_subject: list[str] = []  # the source (maybe none) of the previous verb cue, for "..., killing"
    seen_verb_cue, prev_cue_end = False, 0
    prev_cue_start = -1
    # "France condemned the attack on Egypt's embassy": an act condemned with no agent named between the
    # two cues is the condemner's sympathy with its victim, not the condemner's attack
    condemned_at, condemning_at, condemned_from = {}, set(), {}
    judged_only: set[int] = set()   # act cues only judged ("condemns Israel raids"): no act of their own
    sympathy_at: dict[int, str] = {}   # condemn cues that are sympathy with the place struck -> the act
    judged_agent: dict = {}   # a judging verb's cue start -> the "by" agent of the act it judges
    judged_by: set[int] = set()   # act cues judged with their "by" agent ("condemned the attack by Israel")
    reacted_acts: set[int] = set()   # act cues a reaction names with their agent's demonym ("concern at the Israeli raids")
    for (s0, e0, c0), (s1, e1, c1) in zip(cues, cues[1:]):
        gap = lower[e0:s1]
        # ("warned against any attack on Syria" stands with Syria as "condemned the attack on" does; the one struck
        # is named after "on", not "an attack on its territory from Lebanon")
        warned_against = c0.cue_id == "warn" and "against" in (lower[e0 - 1], gap[:1] and gap[0]) \
            and lower[e1:e1 + 1] in (["on"], ["against"]) and any(g[0][0] in (e1 + 1, e1 + 2) for g in groups)
        if (c0.cue_id in _CONDEMN or c0.cue_id in _DISMAY_CUES or warned_against) \
                and c1.event_class == "material_conflict" \
                and len(gap) <= 4 and not any(taken[e0:s1]) \
                and all(w.isalpha() and words[e0 + i].islower() for i, w in enumerate(gap)) \
                and "by" not in lower[e1:e1 + 8] \
                and not _of_agent_at(lower, named, e1) \
                and not _relative_agent(lower, named, e1):
            # (but "condemn the attack of Israel on the tent camp", "the attack that Israel launched on Gaza":
            # the attacker is named, so no sympathy reading; the relative clause's agent is not yet made the one
            # condemned, a known limit)
            condemned_at[s1] = " ".join(words[s0:e0])
            condemned_from[s1] = s0
            condemning_at.add(s0)
        elif c0.cue_id in _JUDGE_CUES and c1.cue_id == "meddle" and len(gap) <= 4 and not any(taken[e0:s1]) \
                and not ("as" in gap and not any(named[e1:e1 + 6])) \
                and all(w.isalpha() and words[e0 + i].islower() for i, w in enumerate(gap)) \
                and not any(w in ("by", "from") for w in lower[e1:e1 + 8]) and not _of_agent_at(lower, named, e1):
            # "Saudi Arabia deplores any interference in the domestic affairs of Pakistan", "rejects any
            # foreign interference in Libya's internal affairs": no meddler named, so it is sympathy with
            # the state meddled with, as with an attack condemned (not a label: "criticised as hyping up and
            # interfering" calls the criticised one's act meddling)
            condemned_at[s1] = " ".join(words[s0:e0])
            condemned_from[s1] = s0
            condemning_at.add(s0)
        elif c0.cue_id in _CONDEMN and c1.event_class == "material_conflict" and len(gap) <= 5 \
                and (mod := _modifying_place(lower, words, groups, kinds, e0, s1)) is not None \
                and lower[e1:e1 + 1] not in (["on"], ["against"], ["by"], ["of"], ["in"], ["upon"]):
            # "Moscow condemns Spain bombings", "Cairo condemns Paris attacks": a city or a state named
            # before a terror noun is where it struck, and the condemnation is sympathy with it;
            # "the Arab League condemns Israel raids": a state before a military noun is the raider,
            # condemned, and the raid names no target (the condemner is none)
            judged_only.add(s1)
            if _struck_place(mod, kinds, lower[s1]):
                sympathy_at[s0] = " ".join(words[s1:e1])
        elif c0.cue_id in _JUDGE_CUES and c1.intensity < 0 and len(gap) <= 4 \
                and not any(taken[e0:s1]) and lower[(d1 := _past_deed(lower, e1)):d1 + 1] in (
                    ["of"], ["against"], ["on"], ["upon"]) \
                and (by_g := _of_by_agent(lower, groups, d1)) is not None:
            # "France condemned the invasion of Kuwait by Iraq": the judgement is aimed at the agent
            judged_agent[s0] = by_g
        elif c0.cue_id in _JUDGE_CUES and c1.intensity < 0 and len(gap) <= 4 and not any(taken[e0:s1]) \
                and lower[e1:e1 + 1] == ["by"] and (by_g := next((g for g in groups if g[0][0] == e1 + 1 or (
                    g[0][0] == e1 + 2 and lower[e1 + 1] == "the")), None)) is not None:
            # "Egypt condemned the attack by Israel", "denounced interference by Iran in Iraq": the judgement is
            # aimed at the act's agent, and the act at no one the judge's clause names (not the judge)
            judged_agent[s0] = by_g
            judged_by.add(s1)
        elif (c0.cue_id in _JUDGE_CUES or c0.cue_id in _CONCERN_CUES) and c1.intensity < 0 and len(gap) <= 4 \
                and (agent := next((g for g in groups if g[-1][1] == s1 and e0 < g[0][0]
                                    and _group_kinds(g, kinds) == {"demonym"} and len(_codes(g)) == 1), None)) \
                is not None and all(w in _REACTION_PREPS or w == "the" for w in lower[e0:agent[0][0]]):
            # "concern at the Israeli occupation of Palestinian lands", "protested against the Turkish
            # incursion": the reaction is aimed at the state whose act it names
            judged_agent[s0] = agent
            reacted_acts.add(s1)
    # "Hungary rejected sanctions against Russia", "Moscow opposed sanctions on Sudan": a hostile measure
    # rejected is the rejecter siding with its target, so the rejection gives way to the measure undone
    countered, overruled = set(), set()
    for s1, e1, c1 in cues:
        if c1.event_class != "material_conflict" or "by" in lower[e1:e1 + 8]:
            continue   # (but "rejected the sanctions imposed on it by the Security Council" rebuffs their author)
        r = _reversed_by(lower, s1, cm.reversal, groups)
        holder = None if r is None else next((c for c in cues if c[0] <= r[1] < c[1]), None)
        aimed = next((g for g in groups if g[0][0] >= e1), None)
        if aimed is not None and aimed[0][0] - e1 <= 4 and any(w in ("of", "by") for w in lower[e1:aimed[0][0]]) \
                and not (lower[e1 - 1] in _OBJECT_GENITIVES and "by" not in lower[e1:aimed[0][0]]):
            # "rejected the military exercises of the United Kingdom": its author, rebuked (but "rejected the
            # annexation of Kuwait": the one annexed, defended)
            continue
        if holder is not None and any(w in _CLAIMS for w in lower[holder[1]:s1]):
            continue   # "rejected claims of an attack on Georgian civilians": a denial, not sympathy
        if holder is not None and holder[2].cue_id in _OPPOSING_CUES and not any(
                holder[1] <= g[0][0] < s1 for g in groups):
            # (a state naming the measure, "rejects EU sanctions on Russia", leaves the rejection aimed at it)
            countered.add(s1)
            overruled.add(holder[0])
    last_undone: tuple | None = None   # (end, reversal) of the last cue a reversal verb undid
    breakaways = [g for g in groups if _breakaway(g)]
    groups = [g for g in groups if g not in breakaways]
    subj = None   # the subject group the clause rules below find for a cue (kept from the last cue otherwise)
    for s, e, cue in cues:
        if s in condemning_at or s in overruled or s in judged_only:
            continue
        if cue.cue_id == "friend_of" and words[s + (lower[s] in ("a", "an"))][:1] == "F" and not headline:
            continue   # "the Friends of Yemen group": a body's name, not a friendship told
        if cue.intensity < 0 and _agentless_relative(lower, named, s):
            continue   # "last month's earthquake, which killed 73,000 people": no state's act
        if cue.intensity < 0 and e - s == 1 and s > 1 and lower[s - 1] == "the" and lower[s - 2] in _AS_CLAUSE \
                and lower[e:e + 1] and lower[e] in _SPREAD_VERBS:
            continue   # "evacuated its nationals from Rwanda as the killing spread": the killing is no one's here
        # "Turkey's military interference in Libya", "Iran's meddling in Iraq": the state meddled in is the target
        place_ok = cue.cue_id in _PLACE_TARGET_CUES or (cue.cue_id == "meddle" and lower[e:e + 1] == ["in"] and any(
            g[0][0] == e + 1 or (g[0][0] == e + 2 and lower[e + 1] == "the") for g in groups)) or (
            # "solidarity with the victims of the earthquake in Morocco": sympathy with the state struck
            cue.cue_id in ("condolences", "express_solidarity") and any(
                w in ("victims", "families", "survivors") for w in lower[e:e + 6]))
        # "suspended flights in Japan, bowing to protests over a crash": the subject gives way to the
        # other side's objection (the protest is theirs, the act toward them a concession)
        yielding = cue.event_class == "verbal_conflict" and s > 1 and (
            (lower[s - 1] in ("to", "in") and lower[s - 2] in _GIVE_WAY_VERBS)
            or (lower[s - 1] == "to" and s > 2 and lower[s - 2] == "in" and lower[s - 3] in _GIVE_IN_VERBS)
            or lower[s - 1] in _HEED_VERBS or (lower[s - 1] in ("the", "its", "their") and lower[s - 2] in _HEED_VERBS))
        place_ok = place_ok or yielding
        coordinated = s > 0 and (lower[s - 1] in _VERB_COORD or (s > 1 and lower[s - 2] in _VERB_COORD
                                                               and lower[s - 1] in _ADVERBS)
                                 # "blamed Jemaah Islamiah and vowed to help Jakarta": the same subject
                                 # ("decided to break off relations with Portugal and to recognize Angola")
                                 or (s > 1 and lower[s - 1] == "to" and lower[s - 2] in _VERB_COORD)
                                 or (s > 2 and lower[s - 1] == "to" and lower[s - 3] in _VERB_COORD
                                     and lower[s - 2].endswith("ed") and lower[s - 2] not in _ADJECTIVAL_PARTICIPLES)
                                 or _and_said_it(lower, s))
        series = _predicate_series(lower, words, s, prev_cue_start, prev_cue_end, seen_verb_cue)
        coordinated = coordinated or series
        # "... accused China of 'dollar diplomacy' and ordered the closure of its embassy": a noun cue that
        # is the object of a second verb of the same subject
        verb_object = s > 2 and lower[s - 1] in ("the", "a", "an", "its", "their") and lower[s - 3] == "and" \
            and lower[s - 2] in _DOING_VERBS   # (not "and condemned the invasion of Ukraine": a judged act)
        if s in condemned_from and condemned_from[s] > 0 and lower[condemned_from[s] - 1] in _VERB_COORD:
            # "Germany expelled Russian diplomats and condemned the invasion of Ukraine": the sympathy is the
            # subject's, who condemns in a second predicate
            coordinated = verb_object = True
        modifier, owner_agent, clause_subj = None, False, None
        end_called_by: list[str] = []   # who calls for the end of a hold the cue names ("called for an end to")
        if s > 0 and any(g[-1][1] == s for g in groups):
            g0 = [g for g in groups if g[-1][1] == s][0]
            # "the Iraq war", "the Vietnam War": a country name modifying a noun cue is its theme
            if all(kinds.get((m[0], m[1])) == "country" for m in g0) and len(_codes(g0)) == 1 \
                    and not cue.symmetric and cue.pos == "noun" \
                    and not (g0[0][0] > 0 and lower[g0[0][0] - 1] in _GIVE_VERBS) \
                    and not (e - s > 1 and (lower[s].endswith("ed") or lower[s] in _IRREGULAR_PARTICIPLES
                                            or lower[s] in ("sends", "offers", "expresses", "pays")
                                            or lower[s] in _FLY_VERBS or lower[s] in _TRANSFER_VERBS
                                            # ("N. Korea Fires Missile Over Japan": a headline's present verb)
                                            or lower[s] in _LAUNCH_VERBS
                                            or lower[s] in ("tests", "test-fires", "detonates", "conducts"))):
                modifier = g0   # (but "Germany expressed condolences": a verb opens the cue, the name is its subject;
                #                  "The EU offered Turkey aid": after a giving verb the name is who receives it)
            elif all(kinds.get((m[0], m[1])) == "demonym" for m in g0) and len(_codes(g0)) == 1 \
                    and cue.symmetric and cue.intensity < 0 and g0[-1][1] == s and lower[e:e + 1] != ["with"]:
                modifier = g0   # "refugees flee Kyrgyz clashes": fighting inside the state, not by it
        measure_target = None
        if modifier is None and cue.cue_id in _MEASURE_CUES and s > 1 and (
                lower[s - 1] in _TRADED_GOODS or lower[s] in _TRADED_GOODS):
            k = s - 1
            while k > 0 and lower[k] in _TRADED_GOODS and s - k <= 3:
                k -= 1
            g0 = next((g for g in groups if g[-1][1] == k + 1), None)
            if g0 is not None and all(kinds.get((m[0], m[1])) == "demonym" for m in g0):
                # "agreed a partial Russian oil ban", "Iranian crude sanctions": the goods' state is the measure's
                # target (but "US sanctions", with no goods between, are the United States')
                modifier = measure_target = g0
        if modifier is None and lower[e - 1] in _TERROR_HEADS and not (
                s > 0 and lower[s - 1] in ("to", "will", "would", "could", "may", "might", "must", "should",
                                           "shall", "not", "n't", "did", "does", "threatens", "threatened")):
            # (a verb after "to" or a modal is an act: "US to bomb Iraq", "NATO will bomb Serbia")
            # "the 1986 Berlin disco bombing", "the Madrid train bombings", "Spain bombings", "the Paris
            # attacks": a city (or a state before a bombing) that names the attack is where it struck, not
            # who struck (but "Moscow attacks Kiev" is a headline's verb)
            g0 = next((g for g in groups if s - 2 <= g[-1][1] <= s), None)
            g0 = _modifying_place(lower, words, groups, kinds, g0[0][0], s) if g0 is not None else None
            if g0 is not None and _struck_place(g0, kinds, lower[e - 1]) and (
                    lower[e - 1] in _BOMB_HEADS or g0[-1][1] < s
                    or (g0[0][0] > 0 and lower[g0[0][0] - 1] in ("the", "a", "an"))):
                modifier = g0
        left = [g for g in groups if g[-1][1] <= s and g is not modifier and not _private(g)
                and not ((_locative(g, 0) or _place(g)) and not place_ok)]

        def _place_target(g) -> bool:
            # "struck targets in Syria": the place is hit; "killed 50 militiamen in a Baghdad suburb":
            # the act has a non-state object and the place is only where it happened
            # (a mission serves where it is named right after it: "peacekeepers in Liberia", not "peacekeepers
            # to help his government move home from exile in Kenya")
            return place_ok and not any(w in _NONSTATE for w in lower[e:g[0][0]]) \
                and not _armed_object(lower, e, g[0][0]) \
                and not (cue.cue_id == "peacekeeping" and g[0][0] - e > 3)
        right = [g for g in groups if g[0][0] >= e and g is not modifier and not _broken(g, e)
                 and not _reporter(g) and not _relative_subject(g, e) and not _armed_group(g) and not ((_locative(g, e) or _place(g)) and not _place_target(g))
                 and not _private_relative(lower, e - 1, g[0][0])   # "arrested men who attacked Ugandan troops"
                 and not _owned_modifier(g) and not _conj_subject(g)]
        right = [g for g in right if not _sidelines(g)]   # "signed a pact on the sidelines of the APEC summit"
        bound = next((k for k in range(e, len(lower) - 2) if lower[k] in (",", ";")
                      and lower[k + 1] in ("and", "but", "while") and lower[k + 2] in _SUBJECT_PRONOUNS), None)
        if bound is not None:
            # "forces had seized 10 square km of Armenian territory, and he asked Russia for help": a pronoun
            # subject after ", and" opens a clause of its own, whose names are no object of this act
            right = [g for g in right if g[0][0] < bound]
        if measure_target is not None:
            right = [measure_target]
        rebels_of = None
        if cue.cue_id in _HELP_TO_REBELS_CUES:
            rebels_of = next((g for g in groups if e <= g[0][0] <= e + 4 and g[-1][1] < len(lower)
                              and lower[g[-1][1]] in _REBEL_NOUNS
                              and all(kinds.get((m[0], m[1])) == "demonym" for m in g)
                              and all(w in _BEFORE_REBELS for w in lower[e:g[0][0]])
                              and not _liberation_struggle(_codes(g), year)
                              and not (lower[g[-1][1] + 1:g[-1][1] + 2] == ["in"] and any(named[g[-1][1] + 2:g[-1][1] + 4]))),
                             None)
            if rebels_of is not None:
                # "Albania continued its aid to the Greek guerrillas", "Libya sent weapons to Chadian rebels":
                # help for a state's rebels is aimed at that state (and at no state named after them)
                right = [rebels_of]
        if cue.intensity < 0:
            right = [g for g in right if not _stood_with(lower, g)]
        topic_at = None
        if not place_ok and cue.intensity > -8 and not any(w in _OVERFLYING for w in lower[s:e]):
            # (but "fired a missile over Japan", "bombed targets over Syria": where it flew)
            # "the trans-Atlantic rift over Iraq", "cut ties with Qatar over its support for Iran": what
            # the act is about is no party to it
            topic_at = min((g[0][0] for g in right if _over_topic(g, e)), default=None)
            topic = [g for g in right if g[0][0] == topic_at]
            right = [g for g in right if topic_at is None or g[0][0] < topic_at]   # (and what follows the topic)
            if topic and not right and topic[0][-1][1] < len(lower) and lower[topic[0][-1][1]] in ("'s", "\u2019s") \
                    and ((cue.intensity < 0 and not cue.symmetric)
                         or (cue.intensity > 0 and _reversed_by(lower, s, cm.reversal, groups) is not None)):
                # (but "suspended military agreements over Israel's refusal to apologise", "imposed sanctions
                # over Russia's annexation of Crimea": a measure taken against what that state did, with no
                # other party named, is aimed at it)
                right = topic
            if topic_at is not None and not right and cue.symmetric and not (
                    left and len(_codes(_subject(left, lower, words) or left[-1])) >= 2):
                continue   # "the dispute about Western Sahara": a quarrel whose sides are not named
        if s in judged_agent:
            right = [judged_agent[s]]
        if len(right) > 1 and any(_bid_org(g) for g in right) and not all(_bid_org(g) for g in right):
            # "vetoed the start of EU membership talks with North Macedonia", "block Sweden's bid to
            # join NATO": the act is aimed at the candidate, not the body it wants to join
            right = [g for g in right if not _bid_org(g)]
        if len(right) > 1 and _private(right[0]) and not cue.experiencer and right[1][0][0] > 0 \
                and "to" in lower[max(0, right[1][0][0] - 2):right[1][0][0]] and right[1][0][0] - right[0][-1][1] <= 8:
            right = right[1:]   # "extradited Russian arms dealer Viktor Bout to the United States"
        subject0 = _subject(left, lower, words) if left else None
        co_agents = cue.symmetric and len(left) > 0 and len(_codes(subject0 or left[-1])) >= 2
        # "Iran and six world powers reached a nuclear deal in Vienna": partners named without a state's
        # name are co-agents too, so the venue is no partner
        co_agents = co_agents or (cue.symmetric and subject0 is not None and subject0[-1][1] < s
                                  and lower[subject0[-1][1]] == "and" and not any(named[subject0[-1][1]:s])
                                  and s - subject0[-1][1] <= 6)
        own = set(_codes(subject0 or []))
        # (a target named later that is the subject's own state is no target: "signed a pact in Dhaka, on the
        # first visit by an Indian premier")
        only_own = bool(right) and bool(own) and all(set(_codes(g)) <= own for g in right)
        if (not right or only_own) and not (cue.symmetric and cue.event_class.endswith("conflict")) and not co_agents:
            # "opened its embassy in Abu Dhabi": with no other target, the place is the target
            # (but not for "clashed in Baghdad": a battle's place is not a party to it)
            # (but not a place inside a relative clause: "aid after the quakes, which killed
            # thousands in Turkey and Syria")
            right = [g for g in groups if g[0][0] >= e and g is not modifier and not _broken(g, e)
                     and not _reporter(g) and not _relative_subject(g, e)
                     and not (cue.symmetric and _place(g))   # "talks at a Geneva hotel": a venue
                     and not (not place_ok and topic_at is not None and g[0][0] >= topic_at)
                     and not _armed_group(g)   # "arrested Somali militants": a group, not the state
                     and not _owned_modifier(g) and not _conj_subject(g)
                     and not any(w in _NONSTATE or w in _NONSTATE_QUALIFIERS or w in ("which", "who") for w in lower[e:g[0][0]])
                     and not _armed_object(lower, e, g[0][0])
                     # (past the subject's own state, only a place right after the cue: "signed a pact in Dhaka")
                     and not (only_own and g[0][0] - e > 3)
                     and not (cue.intensity < 0 and _stood_with(lower, g))]
            if bound is not None:
                right = [g for g in right if g[0][0] < bound]
        if cue.cue_id in ("urge", "call_on"):
            # "calls upon all parties to commit to a process under the auspices of the United Nations": the
            # body under whose auspices the appeal would be met is no one appealed to
            right = [g for g in right if not any(lower[k:k + 2] in (["auspices", "of"], ["aegis", "of"])
                                                 for k in range(max(e, g[0][0] - 3), g[0][0]))]
        # (the body that votes, "a UN resolution", "a Security Council resolution", is shielded by nothing)
        shielded = [g for g in (_vetoed_for(lower, e, groups) if cue.cue_id == "veto" else [])
                    if not all(kinds.get((m[0], m[1])) == "organization" for m in g)]
        if shielded:
            # "vetoed a resolution condemning Syria": a veto of a text aimed at a state shields it (a veto of
            # a text a state drafted stays aimed at the drafter; one "on Ukraine" may shield the state or
            # block help for it, and stays as the lexicon reads it)
            right = shielded[:1] + [g for g in right if g is not shielded[0]]
        if cue.cue_id in _ADJACENT_TARGET_CUES:
            # "allowed a Thai relief flight to land": the one let in is named just after the verb ("allowing
            # Americans to sue foreign firms" lets no state in)
            right = [g for g in right if g[0][0] - e <= 2]
            if not right:
                continue
        intensity = cue.intensity
        klass = cue.event_class
        if s in condemned_at or s in sympathy_at:
            intensity, klass = SYMPATHY_INTENSITY, "verbal_cooperation"
        if s in appeal_at:
            intensity, klass = APPEAL_INTENSITY, "verbal_cooperation"
        if yielding:
            intensity, klass = YIELD_INTENSITY, "verbal_cooperation"
        if shielded:
            intensity, klass = SHIELD_INTENSITY, "verbal_cooperation"
        beside = cue.symmetric and klass.endswith("conflict") and lower[s].startswith(("fought", "fight", "battl")) \
            and e < len(lower) and (
            lower[e] in ("beside", "alongside") or lower[e:e + 3] == ["side", "by", "side"])
        if beside:
            # "whose troops have fought beside Congolese forces": comrades in arms, not foes
            intensity, klass = JOINT_ACTION_INTENSITY, "material_cooperation"
        if cue.cue_id == "regret" and any(w in _GRIEF for w in lower[e:e + 6]):
            intensity, klass = 3.0, "verbal_cooperation"   # "regrets the death of": condolence
        cue_text = " ".join(w for w in words[s:e] if w not in _QUOTES)
        if rebels_of is not None:
            intensity = REBEL_HELP_INTENSITY if klass.startswith("material") else REBEL_BACKING_INTENSITY
            klass = "material_conflict" if klass.startswith("material") else "verbal_conflict"
            cue_text = f"{cue_text} (its rebels)"
        if beside:
            cue_text = f"{cue_text} {words[e]}"
        if shielded:
            cue_text = f"{cue_text} (shielding)"
        if s in condemned_at:
            cue_text = f"{condemned_at[s]} the {cue_text}"
        if s in sympathy_at:
            cue_text = f"{cue_text} the {sympathy_at[s]}"
        if cue.cue_id == "deport" and any(w.startswith("extradit") for w in lower[max(0, s - 12):e + 15]
                                          if w not in (";",)) and ";" not in lower[min(s, e):e + 15]:
            # "deported by Germany after a court ruled he could be extradited": a fugitive handed over
            intensity, klass = abs(cue.intensity), "material_cooperation"
            cue_text = f"{cue_text} (extradition)"
        rev = _reversed_by(lower, s, cm.reversal, groups) if lower[s:s + 2] != ["or", "face"] else None
        # ("told Iran to halt enrichment or face serious consequences": the ultimatum stands, whatever it asks)
        if rev is None and s in post_rev:
            rev = post_rev[s]   # "Sanctions on Libya were lifted": undone by the clause's own verb
        if rev is not None and cue.cue_id == "conflict" and (
                (lower[rev[1]].startswith(_SETTLING) and not lower[rev[1]].endswith("ed"))
                or (lower[rev[1]] == "end" and rev[1] > 0 and lower[rev[1] - 1] in ("an", "the"))):
            # "by resolving the conflict between Israel and Palestine", "a settlement of the conflict between",
            # "we call for an end to the conflict between Iran and Iraq": a conflict still to be settled (but
            # "Norway settled the conflict", "Russia helped end the conflict" are over)
            rev = None
        if rev is not None and rev[1] < s:
            mids = [g for g in groups if g[0][0] > rev[1] and g[-1][1] < s]
            pulled = next((g for g in mids if g[0][0] == rev[1] + 1 and _pulled_out(lower, g)), None)
            if pulled is not None:
                # "Trump pulls US out of Iran nuclear deal": the state pulled out is the one that leaves
                mids = [g for g in mids if g is not pulled]
                left = [g for g in left if g[-1][1] <= rev[1]] + [pulled]
                right = [g for g in groups if pulled[-1][1] < g[0][0] and g[-1][1] <= s] + [g for g in right if g[0][0] >= e]
            if mids and not cue.symmetric:
                rev = None   # "Blocks US Troop Deployment": the name is the act's own agent; left as it was
            elif mids:
                # "Japan freezes Mongolia loan talks": the partner named inside the undone talks is their object
                left = [g for g in left if g[-1][1] <= rev[1]]
                right = mids + [g for g in right if g not in mids]
        if rev is None and cue.cue_id in _ACCORD_CUES:
            k = next((k for k in range(max(0, s - 4), s) if lower[k] in _DENOUNCE_TREATY), None)
            if k is not None and not any(w in (",", ";", "and") for w in lower[k:s]) and not (
                    lower[k].startswith("quit") and any(w in ("over", "to", "in", "after", "as", "because", "for")
                                                        for w in lower[k + 1:s])):
                # "denounced the agreement which permits French troops": a treaty renounced, not made
                # (but "two ministers quit over the trade deal": they resign)
                rev = (lower[k], k)
                mids = [g for g in groups if g[0][0] > k and g[-1][1] <= s]
                if mids and cue.symmetric:
                    # "US quits Iran nuclear deal": the partner named inside the deal is the one left
                    left = [g for g in left if g[-1][1] <= k]
                    right = mids + [g for g in right if g not in mids]
        if rev is not None and s > 0 and lower[s - 1] == "and" and cue.pos == "verb" and rev[1] < s - 1:
            rev = None   # "halts oil deliveries and bars Yugoslav teams": a second verb, not undone
        if rev is not None and rev[1] < s and any(tuple(lower[s:s + n]) in cm.reversal for n in (1, 2, 3)) \
                and lower[s] not in ("ban", "bans", "banned", "banning") \
                and not (lower[s].endswith("ing") and rev[1] == s - 1 and rev[0] in _STOP_VERBS):
            # ("lifted the ban" is undone, and so is a gerund after a verb of stopping: "Israel stopped
            # withdrawing its forces")
            rev = None   # "suspended food aid and halted talks": the cue carries its own reversal
        if rev is not None and cue.intensity < 0 and rev[0].startswith(("disregard", "flout")):
            rev = None   # ("Disregarding Chinese protests", "flouted UN sanctions": the hostile act stands)
        if rev is not None and cue.cue_id == "visit" and rev[0] in ("ended", "ends", "ending", "end"):
            rev = None   # "ends his tour of Asia": a visit that ran its course, not one called off
        if rev is not None and rev[1] > 0 and lower[rev[1] - 1] == "to" and any(
                w in _EFFORT_WORDS for w in lower[max(0, rev[1] - 7):rev[1] - 1]):
            # "efforts to end the Israeli occupation", "action must be taken to stop Serbian aggression": an
            # end called for is not an end made; the act goes on and is still its author's
            rev = None
        if rev is not None and rev[0] in ("end", "end to") and cue.cue_id in _HOLDING_CUES and _end_sought(lower, rev[1] + 1):
            # "called for an end to the Israeli occupation", "efforts ... to put an end to Israeli occupation":
            # so too an end called for to a hold on land (an end to the fighting called for stays a call for peace;
            # "the treaty put an end to the occupation", "helped put an end to" tell of an end made)
            rev = None
        if rev is not None and cue.cue_id == "delist_terror":
            rev = None   # "removed North Korea from its list of ...": the removal is the cue itself
        if rev is None and cue.pos == "noun" and last_undone is not None and s > 0 and lower[s - 1] == "and" \
                and 0 <= s - last_undone[0] <= 8 and not any(w in (",", ";", ":", "but", "while", "-")
                                                             for w in lower[last_undone[0]:s]):
            # "suspended cooperation with Australia on people smuggling and joint military exercises":
            # the second object of the reversal is undone too
            rev = last_undone[1]
        if rev is not None and intensity > 0:
            last_undone = (e, rev)
        elif rev is None and intensity < 0:
            own = next((n for n in (3, 2, 1) if tuple(lower[s:s + n]) in cm.reversal), 0)
            if own:   # "suspended cooperation with ... and joint exercises": a cue that is itself a reversal
                last_undone = (e, (" ".join(lower[s:s + own]), s))
        reversed_cue = rev is not None
        if rev is not None and s not in countered and any(c0 <= rev[1] < c1 for c0, c1, _ in cues):
            # "Nepal rejects UN mediation": the rejection is itself a cue and carries the act
            continue
        if rev is not None and _ends_at(lower, rev[1], _DEONTIC):
            # "said Damascus must stop killing its own people": a demand that the act end
            cue_text = f"must {rev[0]} {cue_text}"
            intensity, klass = -min(abs(intensity) * 0.5, 4.0), "verbal_conflict"
            rev, reversed_cue = None, False
        elif rev is None and intensity > 0 and cue.pos != "noun" and _ends_at(lower, s, _DEONTIC) \
                and any(w in cm.speech_first or w in _DEMAND_VERBS for w in lower[:s]) \
                and not _own_commitment(lower, s, groups, cm.speech_first):
            # "Tehran warned that Armenian units must pull back": a demand someone made, not an act done
            continue
        elif rev is not None and any(_occurs(lower, p, 0, s) for p in _CONDITIONS):
            # "talks ..., as long as Turkey ends its standoff with Cyprus": undoing is the condition,
            # so the act is still going on
            rev, reversed_cue = None, False
            cue_text = f"until it ends: {cue_text}"
        if s in defended:
            rev = defended[s]   # "rejects any attempt to undermine ...": the attempt is what is rejected
        if rev is not None:
            rev = rev[0]
            # "rejects normalisation", "abolished its boycott", "ended the fighting": the act is undone
            cue_text = f"{rev} {cue_text}"
            if intensity > 0:
                intensity, klass = -min(abs(intensity) * 0.6, 5.0), "verbal_conflict"
            else:
                intensity, klass = min(abs(intensity) * 0.5, 4.0), "verbal_cooperation"
        # negation and modality in the three tokens before the cue
        # (", without interfering in Libyan affairs": "without" right before the cue negates it after a comma too)
        negated = (_ends_at(lower, s, cm.neg) and (lower[s - 1:s] == ["without"] or not any(
            w in ("and", ",", "but", ";") for w in lower[max(0, s - 2):s])) and not _verb_between_negation(lower, s, cue)) \
            or _negated_pair(lower, s, cm.neg) or s in refused_at or _not_be_a(lower, s)
        if not negated and s >= 4 and lower[s - 1] == "to" and lower[s - 3] == "on" and lower[s - 2] in _CALENDAR:
            # "failed on Saturday to approve", "refused on Monday to sign": the day between changes nothing
            negated = _ends_at(lower[:s - 3] + ["to"], s - 2, cm.neg)
        if not negated and cue.intensity < 0 and _rhetorical_can(lower, s):
            # "How can we blame Arabs who wonder why ...?": the question denies a reproach (not "How can we
            # support Haiti?", a real question about help)
            negated = True
        if not negated and _undone_deed(lower, s, cm.neg):
            negated = True   # "Israel did not carry out the attack", "has never launched a raid": no act
        neither = next((k for k in range(s - 2, max(-1, s - 8), -1) if lower[k] == "neither"), None)
        if not negated and neither is not None and cue.pos != "noun" and lower[neither + 1] in _NEITHER_SIDES \
                and (neither == 0 or lower[neither - 1] in (",", "and", "but", "that", ";", "while", "which")) \
                and not any(w in (",", ";", "nor", "but", "that") for w in lower[neither + 1:s]):
            # "proposals that neither side has yet agreed to sign", "Neither of the two Koreas has agreed": no one
            # agreed (not "supported neither side in the war", where "neither side" is an object)
            negated = True
        nor = next((k for k in range(s - 1, max(0, s - 8), -1) if lower[k] == "nor"), None)
        if not negated and nor is not None and cue.pos != "noun" and "neither" in lower[max(0, nor - 6):nor] and all(
                named[k] or lower[k] in _NOR_FILLERS for k in range(nor + 1, s)) and any(named[nor + 1:s]):
            negated = True   # "neither Eritrea nor Ethiopia has yet agreed to sign": neither did
        if not negated and s >= 2 and lower[s - 2:s] == ["nothing", "to"]:
            negated = True   # "Beijing had nothing to apologize for": the act right after it is denied
        if not negated and cue.intensity > 0 and _doubting_question(lower, s):
            # "Is there any Israeli leader who will recognize the rights of our people?": the question doubts
            # that anyone does (not "Will Israel recognize ...?", a real question, which the modality halves)
            negated = True
        if negated and lower[max(0, s - 2):s] in (["continue", "to"], ["go", "on"]) and any(
                w in ("hope", "hopes", "hoped", "trust", "trusts", "expect", "expects") for w in lower[max(0, s - 10):s]):
            negated = False   # "We hope that the Netherlands will not continue to refuse": it refuses still
        if negated and lower[max(0, s - 2):s] in (["hesitate", "to"], ["hesitated", "to"], ["hesitating", "to"]):
            negated = False   # "we have never hesitated to support", "will not hesitate to defend": done readily
        if negated and (_ends_at(lower, s, [("rule", "out")]) or _ends_at(lower, s, [("ruling", "out")])):
            negated = False   # "did not rule out military action": still possible (the modality halves it)
        if negated and any(lower[k] in ("spared", "spare", "spares", "sparing") and lower[k + 1] == "no"
                           for k in range(max(0, s - 6), s - 1)):
            negated = False   # "we have spared no effort in supporting the Palestinian people": all effort
        if negated and s >= 2 and lower[s - 2] == "no" and _comparative(lower[s - 1]) \
                and "than" in lower[e:e + 2]:
            negated = False   # "Iran will face no fiercer enemy than Israel", "no better friend than": the most
        if negated and any(lower[k] == "not" and lower[k + 1] in ("only", "just", "merely", "simply", "least")
                           for k in range(max(0, s - 3), s - 1)):
            # "not only violates the resolution but also ...": affirmed, and more besides ("the actions of the
            # Soviet Union, not least its invasion of Afghanistan": above all)
            negated = False
        if cue.cue_id == "recognise" and any(w in ("breakaway", "separatist", "secessionist", "rebel", "rebels")
                                              for w in lower[e:e + 7]) and not any(w in (";", ",") for w in lower[e:e + 4]):
            # "Russia recognised the independence of Georgia's breakaway regions": taken from Georgia
            intensity, klass, cue_text = -abs(intensity), "verbal_conflict", f"{cue_text} (breakaway)"
            # "recognised the independence of the separatist Donetsk and Luhansk people's republics":
            # the regions' own state is the one they are taken from
            right = [g for g in breakaways if e <= g[0][0] <= e + 8][:1] or right
        if negated and cue.intensity < 0 and any(w in _ACCEPT_VERBS for w in lower[max(0, s - 3):s]):
            continue   # "would never accept the annexation": a hostile act refused, no cooperation
        if lower[s] == "deplorable" and e + 1 < len(lower) and lower[e] in ("events", "developments", "incidents") \
                and lower[e + 1] in ("in", "inside", "within") and any(g[0][0] == e + 2 for g in groups) \
                and not any(e <= g[0][0] < e + 2 or g[-1][1] == s for g in groups):
            continue   # "the deplorable events in Lebanon": the place is where they happen, not the one deplored (not
            #            "the deplorable conditions in South Africa", where the state is the one deplored)
        if cue.intensity > 0 and any(c0[2].cue_id in ("violation", "violate_ceasefire") and c0[1] <= s and all(
                w in ("the", "that", "this", "its", "their", "our", "a", "an") for w in lower[c0[1]:s])
                and c0[1] > c0[0] for c0 in cues if c0[0] < s):
            continue   # "America trampling upon that agreement", "violated the accord": the deal is what is broken
        if cue.intensity < 0 and any(
                lower[k] == "free" and lower[k + 1] in ("from", "of") and not any(
                    w in ("never", "not", "n't", "cannot", "no") for w in lower[max(0, k - 4):k])
                for k in range(max(0, s - 4), s - 1)):
            # "a zone of peace free from interference by foreign Powers": the act is ruled out, no one's (but "Cuba
            # has never been free from American aggression": the aggression goes on)
            continue
        if negated and "without" in lower[max(0, s - 3):s] and not lower[s].endswith("ing"):
            continue   # "filling the dam without an agreement": no agreement was made or refused
        if negated and intensity > 0 and s > 1 and lower[s - 1] in ("been", "be") \
                and any(w in ("never", "not", "n't", "yet") for w in lower[max(0, s - 4):s]):
            continue   # "Relations ... have never been normalised": a standing state, not a refusal
        if intensity > 0 and ("visit" in cue.cue_id or cue.cue_id in ("meet", "talks")) and any(
                lower[k] == "never" and lower[k - 1] in ("has", "have", "had") for k in range(max(1, s - 5), s)):
            continue   # "Mubarak, who has never made an official visit to Israel": a fact of the past, no act
        if cue.intensity < 0 and any(lower[i] == "behind" and lower[i - 1] in _UNNAMED_AUTHORS
                                     for i in range(max(1, s - 5), s)):
            continue   # "to track down those behind Saturday's nightclub bombings in Bali": the agent is unnamed
        if cue.cue_id == "wound" and lower[s] in ("injured", "wounded") and s > 0 and lower[s - 1] in _BEFORE_ADJECTIVE \
                and s + 1 < len(lower) and (any(g[0][0] == s + 1 for g in groups) or lower[s + 1] in _HURT_PEOPLE):
            continue   # "opened its border to aid convoys and injured Haitians": the hurt, no one's attack
        if s > 0 and lower[s - 1] in _DENY_VERBS and lower[s].endswith("ing"):
            continue   # "Rwanda denied sending troops into Congo", "China denied providing weapons": no act
        if cue.cue_id in _TIE_CUES and s > 0 and (lower[s - 1] == "had" or lower[max(0, s - 2):s - 1] == ["had"]) \
                and any(lower[k] == "since" and k + 1 < len(lower) and _A_YEAR.fullmatch(lower[k + 1])
                        for k in range(e, min(e + 5, len(lower) - 1))):
            continue   # "Kiribati had recognised Taipei since 2003": a tie that held until the story's news ended it
        if intensity < 0 and s not in condemned_at and s not in judged_by \
                and (lower[s - 1:s] == ["any"] or (s > 1 and lower[s - 2] == "any" and lower[s - 1].isalpha()
                                                   and (not named[s - 1] or (kinds.get((s - 1, s)) == "demonym" and (
                                                       lower[s - 3:s - 2] == ["against"] or any(
                                                           w in _DEEMING_MODALS for w in lower[e:e + 8])))))
                     or (s > 3 and kinds.get((s - 1, s)) == "demonym" and lower[s - 2] in ("a", "an")
                         and lower[s - 3] == "against" and lower[s - 4] in ("warned", "warns", "warn", "warning"))) \
                and not any(w in ("by", "of") for w in lower[e:e + 2]):
            # "Iran warned against any attack on Syria", "victims of any violation", "any Israeli attack on Iran
            # would ...", "warned against an Iranian attack on Saudi Arabia": no act, only its idea (but "the
            # deadliest of any Israeli attack on Gaza since 2014" compares attacks made)
            continue
        if intensity < 0 and s > 4 and any(lower[k] == "as" and lower[k - 1] in _DEEMED and lower[k - 2] == "be"
                                           and lower[k - 3] in _DEEMING_MODALS for k in range(max(3, s - 4), s)):
            # "any attack on Niger would be treated as a declaration of war": how a deed would be seen (but "the
            # move was seen as an attack on Saudi Arabia" judges a deed done)
            continue
        if intensity < 0 and cue.pos != "verb" and _after_a_time_of(lower, s) and not any(
                w in ("with", "against", "between", "on", "by") for w in lower[e - 1:e + 1]):
            # "which, after a long period of tension and conflict, has taken a step towards peace": over (but
            # "After four months of war with Russia, Ukraine asked ...": a side named, the war goes on)
            continue
        if intensity < 0 and cue.pos != "verb" and _by_circumstance(lower, s, named):
            continue   # "to reunite Arab families separated by war", "towns destroyed by civil war": a cause, no act
        if cue.cue_id == "mobilise" and (any(w in _MOBILISED_MEANS for w in lower[e:e + 3])
                                         or lower[e:e + 2] == ["good", "will"]) \
                and "against" not in lower[e:e + 6]:   # (but "mobilised public opinion against Ukraine")
            continue   # "a campaign of mobilizing resources to finance ... projects": money, no troops
        if intensity < 0 and lower[s] in ("killed", "wounded", "injured", "slain") and e - s == 1 and s > 1 \
                and lower[s - 1] in _HURT_PEOPLE | {"tourists", "nationals", "citizens", "fishermen", "journalists"} \
                and not named[s - 2] and (lower[s - 2] in _QUANTITY_WORDS or lower[s - 2].isdigit()) \
                and lower[e:e + 1] in (["at"], ["in"], ["on"], ["when"], ["during"], ["while"], ["near"], [","], ["."]) \
                and "by" not in lower[e:e + 6]:
            continue   # "to identify hundreds of foreign tourists killed at resorts": the dead, no one's attack told
        if cue.pos == "verb" and not cue.symmetric and _object_relative(lower, words, s, e):
            right = []   # "the elected government he dismissed last month, after mediation by ...": its object is before it
        if cue.cue_id == "serve_under" and not (
                any(w in _CONTINGENTS for w in lower[max(0, s - 3):s]) and not any(
                    w in ("who", "that", "which") for w in lower[max(0, s - 3):s])
                and lower[e:e + 1] != ["the"] and any(w == "command" for w in lower[e:e + 3])):
            continue   # ("Afghan interpreters who served under American command", "Gurkhas serve under British command")
        if cue.cue_id == "finance" and not _financed_state(lower, s, e, groups, kinds):
            continue   # "the UN-funded radio", "funding Russian charities", "rebels ... financed by Khartoum"
        if cue.cue_id == "finance":
            right = [g for g in right if g[0][0] <= e + 1][:1]
            if right:
                # (the members joined by "and" only: "Qatar funded Hamas, Egypt charged")
                k = next((k for k in range(1, len(right[0])) if "and" not in lower[right[0][k - 1][1]:right[0][k][0]]),
                         len(right[0]))
                right = [right[0][:k]]
        if cue.cue_id == "expropriate" and lower[e - 1].endswith("tion") and lower[e:e + 1] == ["of"] \
                and not any(named[e:]):
            # "the situation created by the Egyptian nationalization of the Universal Company": whose property
            # is not told (but "... of the United Fruit Company and other properties of the United States")
            continue
        if cue.cue_id == "colonial_rule":
            right = [colonial_lands[s]]   # ("Israeli repression in Gaza drew criticism from Egypt": Gaza's, not Egypt's)
        if cue.cue_id == "endorse" and lower[s].startswith("subscrib") and "that" in lower[e:e + 5]:
            continue   # "We do not subscribe to the thesis that the Soviet Union threatens China": a claim, no party
        if cue.cue_id == "merger" and any(e <= g[0][0] <= e + 8 and kinds.get((m[0], m[1])) == "demonym"
                                          for g in groups for m in g):
            continue   # "the merger between the French and Dutch airlines": firms of two states, no state act
        if cue.cue_id in ("offer", "merger") and any(w in _COMMERCIAL_WORDS and not (w == cue.cue_id == "merger")
                                                     for w in lower[max(0, s - 6):e + 8]):
            continue   # "Nippon Steel raised its offer for a US steel company": a firm's bid, no state's
        if cue.cue_id == "fighting" and (_fights_a_thing(lower, e) or _fights_for_a_cause(lower, s, e)):
            continue   # "bankers fighting extradition to the US", "battling inflation": no armed fight
        if cue.cue_id == "diplomatic_row" and lower[e - 1] == "between" and not any(
                g[0][0] in (e, e + 1) and not any(kinds.get((m[0], m[1])) == "demonym" for m in g) for g in groups):
            continue   # "a row between Chinese and Japanese fans", "the front row between sessions": no states'
        if cue.cue_id == "annex" and lower[s] == "annex" and e == s + 1 and s > 0 and lower[s - 1] in (
                ",", "[", "(", "the", "an", "see", "this", "its", "in", ":"):
            # "[see A/31/208, annex]", "the annex to the report": a document's appendix (but "to formally annex",
            # "did annex" are acts)
            continue
        if s >= 2 and lower[s - 1] in ("-", "\u2013") and lower[s - 2] in ("post", "pre", "inter", "anti", "non"):
            continue   # "post-war Italy", "anti-war protests": a time or a stance named, no act
        if intensity < 0 and _disaster_toll(lower, s, cues):
            continue   # "after Bangladesh was submerged, destroying crops and killing 700": the flood's toll
        if intensity < 0 and _averted(lower, s):
            continue   # "an offer for Tehran to avoid possible UN sanctions", "to avert a war": no act
        if any(lower[k] in _DENY_VERBS and lower[k + 1] in ("that", "its", "his", "their", "any")
               and not any(w in (";", "but", "while", "although") or (w == "and" and j + 1 <= s and _opens_clause(lower[j + 1]))
                           or (w == "," and lower[j + 1:j + 2] == ["and"]) for j, w in enumerate(lower[k:s], start=k))
               for k in range(max(0, s - 12), s - 1)):
            # (up to the next predicate: "Pakistan denied any involvement and accused India" accuses)
            continue   # "Belarus denied that its soldiers had crossed the border": the denied act is none
        modal = 1.0
        tail = lower[max(0, s - 3):s]   # (a phrase ending just before the cue ends on one of these)
        for p, eff in cm.modal.items():
            if ((not p or p[-1] in tail) and _ends_at(lower, s, [p])) or (
                    p in _CONDITIONS and _occurs(lower, p, 0, s)):
                modal = min(modal, eff)
        for w in lower[max(0, s - 2):s]:
            if w in cm.intens:
                intensity *= cm.intens[w]
        if_at = max((k for k in range(max(0, s - 15), s) if lower[k] == "if"), default=None)
        if not negated and if_at is not None and "had" in lower[if_at + 1:s] \
                and not any(w in (".", ";", "then") for w in lower[if_at:s]):
            # "Imagine if Russia had worked with Ukraine", "if Iran had accepted the offer": a past that did not
            # happen, read as the act not done (no condition left to halve it)
            negated, modal = True, 1.0
        if cue.cue_id == "ask" and not negated and _asked_to_leave(lower, e):
            # "asked India to withdraw its troops", "asks US to pull out": a request to leave (or to stop) is a demand
            intensity, klass, cue_text = -2.0, "verbal_conflict", f"{cue_text} (to leave or stop)"
        if negated:
            cue_text = "not " + cue_text
            if intensity > 0:      # refused to sign, no longer cooperates
                intensity, klass = -min(abs(intensity) * 0.5, 4.0), "verbal_conflict"
            else:                  # did not condemn, would not bar
                intensity, klass = min(abs(intensity) * 0.3, 2.0), "verbal_cooperation"
        if question:
            modal = min(modal, 0.5)
        if modal < 1.0:
            intensity *= modal
            klass = klass.replace("material", "verbal")
        pairs: list[tuple[str, str]] = []
        srcs: list[str] = []   # (the act's agents, where a branch below finds them)
        joint: list[tuple[str, str]] = []
        if cue.experiencer:
            # "China downgraded ties, angered by the opening of a Taiwanese office": "angered by" is passive too
            passive = s > 0 and lower[s - 1] in _PASSIVE or (e < len(lower) and lower[e] == "by")
            if passive and left:
                # "Algeria was angered by the deal with Israel": the subject holds the stance
                srcs = _codes(_subject(left, lower, words) or left[-1])
                stim = right
                nxt = next((c[0] for c in cues if c[0] >= e), None)
                if nxt is not None and any(g[-1][1] <= nxt for g in right):
                    # "Egypt was outraged by Israel's raid on Gaza": the raider, not the place raided (but "angered
                    # by the deal with Israel", no one named before the deal: its parties)
                    stim = [g for g in right if g[-1][1] <= nxt]
                tgts = [c for g in stim for c in _codes(g) if c not in srcs]
            else:
                # "The deal angered Algeria": the object holds the stance toward the deal's parties
                srcs = _codes(right[0]) if right else []
                tgts = [c for g in left for c in _codes(g) if c not in srcs]
                if not tgts and s > 0 and _STIMULUS_PREFIX.match(" ".join(lower[:s])):
                    # "The accord angered Israel", the deal being told in an earlier sentence
                    tgts = [c for c in context_parties if c not in srcs]
            pairs = [(a, b) for a in srcs for b in tgts]
        else:
            passive = s > 0 and lower[s - 1] in _PASSIVE or s > 1 and lower[s - 2] in _PASSIVE
            paren_passive = False
            if not passive and s > 3 and lower[s - 1] == "," and lower[s].endswith("ed") \
                    and lower[s] not in _STATE_PARTICIPLES and lower[e:e + 1] not in (["to"], ["about"]):
                # "have been, until today, denied their rights": the auxiliary before a parenthesis
                k = next((k for k in range(s - 2, max(0, s - 7), -1) if lower[k] == ","), None)
                passive = paren_passive = k is not None and lower[k - 1] in _PASSIVE and not any(named[k:s])
            by_agent = None
            by_at = next((i for i in range(e, min(e + 3, len(words))) if lower[i] == "by"), None)
            # "blocked by violence (in Iraq)": a common noun is the agent, and no state
            noun_agent = by_at is not None and by_at + 1 < len(words) and words[by_at + 1].isalpha() \
                and words[by_at + 1].islower() and lower[by_at + 1] not in ("the", "a", "an") \
                and lower[by_at + 1] not in _NUMBER_WORDS   # ("helped by two South African vessels": a count)
            if by_at is not None and (any(w in _BY_NOUNS for w in lower[e:by_at]) or s in judged_agent):
                # ("condemned the attack by Israel": the agent of the act judged, not of the judging)
                by_at = None   # "dismissed calls by France to halt ...": the one calling, not a passive agent
            if by_at is not None and right and 0 <= right[0][0][0] - by_at <= 3 and not noun_agent:
                by_agent = right[0]   # "was accused by Algeria", "were shot dead by Afghan and US troops"
            if not passive and by_at == e and s > 0 and lower[s - 1] == "," and cue.pos != "noun" and (
                    lower[s].endswith("ed") or lower[s] in _IRREGULAR_PARTICIPLES):
                # "Museveni, criticised by opposition supporters for ...": a passive with its auxiliary left
                # out; the one before the comma is acted upon
                passive = True
            if by_agent is None and by_at == e and s > 1 and lower[s - 1] in _SEIZED_LANDS and not named[s - 1] \
                    and lower[s] in _SEIZING:
                continue   # "the Arab territories seized by it": the seizer named by no state, the lands by none
            between = None
            if "between" in lower[:s + 4]:
                bi = lower.index("between")
                after = [g for g in groups if g[0][0] > bi]
                first = next((w for w in lower[bi + 1:bi + 4] if w not in ("the", "rival", "its", "their")), "")
                if after and first in _NONSTATE and not any(w in ("and", "&") for w in lower[bi + 1:after[0][0][0]]):
                    after = []   # "fighting between warlords, flying ... on U.S. and NATO airplanes": no state side
                if after and cue.symmetric and intensity < 0 and any(
                        w in _NONSTATE for w in lower[bi + 1:after[0][0][0]]):
                    # "battles between insurgents and US and Iraqi forces": the states are one side
                    joint.extend(permutations(dict.fromkeys(_codes(after[0])), 2))
                    between = []
                elif after and len(_codes(after[0])) >= 2:
                    between = _codes(after[0])
                elif after and cue.symmetric and bi == e and lower[after[0][-1][1]:after[0][-1][1] + 1] == ["and"] \
                        and not (len(after) >= 2 and after[1][0][0] <= after[0][-1][1] + 3):
                    # "the rift between Qatar and its Gulf neighbours": the other side is no actor named, and the
                    # subject ("Kuwait is trying to mediate the rift ...") is none of the two
                    between = []
                elif len(after) >= 2 and (gap := lower[after[0][-1][1]:after[1][0][0]]) and len(gap) <= 4 \
                        and gap[0] in _COORD:
                    # (but "a trade war between the United States and Europe, just as France-based Airbus":
                    # the second side is no actor, and France is named in another clause)
                    between = _codes(after[0]) + _codes(after[1])
                elif len(after) >= 2 and lower[after[0][-1][1]:after[1][0][0]] == ["-"] \
                        and cue.symmetric and intensity < 0:
                    # "fighting between US-Iraqi troops and the militia": the two fight side by side
                    joint.extend(permutations(dict.fromkeys(_codes(after[0]) + _codes(after[1])), 2))
                    between = []
            between_more: list[tuple[str, str]] = []
            if between and len(set(between)) >= 2:
                # "the disengagement agreements between Israel and Egypt, and between Israel and Syria": a second
                # pair after a repeated "between" (``after``: the names after the first, from the block above)
                k = after[0][-1][1] if len(set(_codes(after[0]))) >= 2 or len(after) < 2 else after[1][-1][1]
                j = k + (lower[k:k + 1] == [","])
                if lower[j:j + 4] == ["on", "the", "one", "hand"]:
                    j += 4 + (lower[j + 4:j + 5] == [","])   # ("between Israel and Egypt on the one hand and between ...")
                if lower[j:j + 2] == ["and", "between"]:
                    more = [g for g in groups if g[0][0] > j + 1][:2]
                    last = (more[0] if more and len(set(_codes(more[0]))) >= 2 else more[-1])[-1][1] if more else 0
                    if more and last < len(lower) and lower[last] not in (",", ".", ";", ":") \
                            and not lower[last].endswith("ed") and lower[last] not in _CLAUSE_VERBS \
                            and lower[last:last + 3] != ["on", "the", "other"]:
                        more = []   # ("..., and between Israel and Syria a state of war persists": a new clause)
                    codes = _codes(more[0]) if more and len(set(_codes(more[0]))) >= 2 else (
                        _codes(more[0]) + _codes(more[1]) if len(more) == 2 and lower[more[0][-1][1]:more[1][0][0]][:1]
                        == ["and"] else [])
                    between_more = list(permutations(dict.fromkeys(codes), 2))
            if between is None and cue.cue_id == "readmit_member" and not any(
                    g[-1][1] <= s and not _locative(g, 0) for g in groups):
                # "African leaders voted to let Morocco back into the African Union": no state before the
                # cue; the member and the body after it are the two sides
                after = [g for g in groups if g[0][0] >= e][:2]
                if len(after) == 2:
                    between = _codes(after[0]) + _codes(after[1])
            if between is None and cue.cue_id == "admit_member" and not any(
                    g[-1][1] <= s and not _locative(g, 0) for g in groups):
                # "The admission of Bangladesh, Grenada and Guinea-Bissau to the United Nations": the body
                # after "to" takes in each state named before it (the new members do nothing to each other)
                body = next((g for g in groups if g[0][0] > e and set(_codes(g)) <= ORG_CODES and (
                    lower[g[0][0] - 1] in ("to", "into") or lower[g[0][0] - 2:g[0][0]] in (["to", "the"],
                                                                                        ["into", "the"]))), None)
                members = list(dict.fromkeys(c for g in groups if body is not None and e <= g[0][0] < body[0][0]
                                             for c in _codes(g) if c not in _codes(body)))
                if members:
                    # (one body and one member in ``between``: "to the European Union and NATO" links each body
                    # with each member, not the bodies with each other)
                    bodies = list(dict.fromkeys(_codes(body)))
                    between = bodies[:1] + members[:1]
                    between_more = [p for m in members for b in bodies if (b, m) != (bodies[0], members[0])
                                    for p in ((b, m), (m, b))]
            if by_agent is not None and (passive or cue.event_class):
                srcs = _codes(by_agent)
                if len(srcs) >= 2:
                    joint.extend(permutations(srcs, 2))
                subj = _subject(left, lower, words, at=s)
                tgts = [c for c in (_codes(subj) if subj and s not in judged_by else [])
                        + [c for g in right[1:2] for c in _codes(g)] if c not in srcs]
                owner = next((g for g in groups if g[-1][1] == s - 1), None) if s > 1 else None
                if by_at == e and owner is not None and lower[s - 1] in _SEIZED_LANDS and lower[s] in _SEIZING:
                    # "Egypt demanded the return of Kuwaiti territory seized by Iraq": the participle tells of the
                    # lands before it, so the act's object is their owner named there, not the clause's subject
                    # (with no owner named there the subject keeps it: "Argentina claims the islands occupied by
                    # Britain")
                    tgts = [c for c in _codes(owner) if c not in srcs]
                if not tgts and cue.cue_id == "visit" and not reversed_cue:
                    # "In Algiers, crowds cheered the first state visit by a French president": the one place
                    # named before the visit, in another state, is its host (but "In Vienna, Iranian
                    # negotiators awaited a visit by the US secretary of state": a venue, the counterpart named)
                    host = [g for g in groups if g[-1][1] <= s and _locative(g, 0) and len(set(_codes(g))) == 1
                            and set(_codes(g)) - set(srcs)]
                    others = {a[2] for a in actors} - set(srcs) - {c for g in host for c in _codes(g)}
                    if len(host) == 1 and not others:
                        tgts = [c for c in _codes(host[0]) if c not in srcs]
                if not passive and cue.cue_id in _JUDGING_CUES and _reduced_relative(lower, named, s):
                    # "calls for a TV channel backed by Hezbollah to be taken off air": the backing is the
                    # channel's (but goods "donated by China" go to the one who received them, and "talks
                    # hosted by Zambia" are the parties' talks)
                    tgts = []
                if reversed_cue and subj is not None and not passive:
                    # "Ankara cancelled a planned visit by Stockholm's defence minister": the one who undoes
                    # the act is its subject, aimed at the act's agent
                    srcs, tgts = _codes(subj), [c for c in srcs if c not in _codes(subj)]
                pairs = [(a, b) for a in srcs for b in tgts]
            elif between and (cue.symmetric or _subject(left, lower, words) is None):
                pairs = list(dict.fromkeys(list(permutations(dict.fromkeys(between), 2)) + between_more))
            elif between == []:
                pass  # one side of a fight between a non-state group and states: joint action only
            elif passive and noun_agent:
                pass  # "convoys to Kampala, which had been blocked by violence": the agent is no state
            elif passive and by_at is None and cue.pos == "verb" and s > 0 and lower[s - 1] == "being":
                pass  # "the prime minister risks being assassinated over his Gaza plan": no agent is named
            else:
                # "the Polisario, which Algeria backs, attacked its posts": a name inside a relative clause
                # closed before the cue is not the cue's subject
                subj = _subject([g for g in left if not _in_closed_relative(lower, g, s)] or left, lower, words, at=s)
                subj = _opener_chain(left, s) or subj
                fronted = _fronted_participle_subject(lower, s, e, groups) if subj is None else None
                if fronted is not None:
                    # "While appreciating the efforts of the United Nations ..., we express the hope": an opening
                    # participle's subject is the main clause's, named after the comma
                    subj, right = fronted, [g for g in right if g[-1][1] <= fronted[0][0] and g is not fronted]
                if coordinated and not seen_verb_cue and len(left) >= 2 and left[0][0][0] <= 3 and subj is left[-1] \
                        and any(w.endswith("ed") or w in _PAST_IRREGULAR for w in lower[left[0][-1][1]:left[1][0][0]]):
                    # "Argentina's minister told a UN committee ... and called on Britain": the first verb's
                    # subject does the second, not its object
                    subj = left[0]
                opener = next((k for k in range(max(0, s - 3), s) if lower[k] in ("as", "amid", "while")), None)
                if cue.symmetric and e < len(lower) and lower[e] == "with" and opener is not None and left \
                        and left[0][-1][1] <= opener and not any(opener < g[0][0] < s for g in groups) \
                        and left[0][0][0] <= 2:
                    # "Armenia asks Russia for help as border fighting with Azerbaijan kills dozens": the
                    # fighting is the sentence's subject's, not the object's just before "as"
                    subj = left[0]
                if s > 2 and lower[s - 1] == "to" and lower[s - 2] in _SENT_PARTICIPLES:
                    # "the arrival of Saudi troops sent to help Bahrain's rulers": the ones sent help
                    sent = next((g for g in left if g[-1][1] in (s - 2, s - 3)
                                 and (g[-1][1] == s - 2 or lower[g[-1][1]] in _FORCES | _JOINT_FORCES)), None)
                    subj = sent or subj
                if cue.cue_id == "delist_terror" and subj is not None and len(left) >= 2 and subj is left[-1] \
                        and not any(w in (",", ";", "and") for w in lower[left[-2][-1][1]:left[-1][0][0]]):
                    subj = left[-2]   # "Washington took Cuba off its list of ...": the one delisted sits between
                if cue.cue_id == "list_terror" and len(left) >= 2 and any(
                        w.isalpha() and w.islower() for w in words[left[0][-1][1]:left[1][0][0]]):
                    # "The State Department kept Cuba, Iran and Syria on its list of state sponsors of
                    # terrorism": the lister acts on every state listed between its verb and the list
                    subj, right = left[0], left[1:] + [g for g in right if g not in left]
                given = _given_with(lower, words, s, groups) if not lower[s].endswith("ed") else None
                if given is not None:
                    # "slapped Iran with new sanctions", "supplied Kyiv with arms": the verb's subject gives
                    # the noun cue to the state between them ("threatened Syria with sanctions": the threat
                    # is the act, and the sanctions only threatened)
                    g_with, verb_at = given
                    if lower[verb_at].startswith("threat"):
                        continue
                    subj = _subject([g for g in left if g[-1][1] <= verb_at], lower, words)
                    right = [g_with]
                owner = next((g for g in left if g[-1][1] + 1 <= s and lower[g[-1][1]] in ("'s", "\u2019s")
                              and s - g[-1][1] <= 4 and all(
                                  (w.isalpha() and words[g[-1][1] + 1 + k].islower()) or w == "-"
                                  or (len(w) == 4 and w.isdigit())   # "Vietnam's 1978 invasion"
                                  for k, w in enumerate(lower[g[-1][1] + 1:s]))), None)
                if owner is None and (cue.pos == "noun" or lower[s].endswith(_NOUN_SUFFIXES)):
                    # "Turkey's military interference": the possessive inside the name of the state's forces
                    owner = next((g for g in left if g[-1][1] == s and g[-1][1] - g[-1][0] >= 3
                                  and lower[g[-1][1] - 2] in ("'s", "\u2019s")
                                  and lower[s - 1] in _FORCES | {"military", "army", "navy", "armed"}), None)
                of_agent = next((g for g in right if g[0][0] in (e + 1, e + 2)), None) \
                    if cue.intensity < 0 and (cue.pos == "noun" or (s > 0 and lower[s - 1] in ("the", "a", "an", "this"))) \
                    and _of_agent_at(lower, named, e) else None
                owner_agent = owner is not None and not _private(owner) and (
                    s == owner[-1][1] + 1 or cue.pos == "noun" or lower[s].endswith(_NOUN_SUFFIXES)) \
                    and not any(w in _AUX for w in lower[owner[-1][1] + 1:s]) and owner is not subj
                if owner_agent:
                    # "in protest at Washington's recognition of Kosovo": the owner of a noun cue is its agent
                    # even after a preposition, and its object is named right after it or not at all ("the
                    # anniversary of Russia's invasion, with a visit by Poland's president" is no invasion of
                    # Poland; an owner that is the clause's object, "Morocco welcomed Spain's support", was
                    # already the agent, aimed at the welcomer)
                    clause_subj, subj = subj, owner
                    near = _owned_object(right, lower, e, ("in",) if place_ok else ())
                    for g in right[1:]:   # "mediation between Ethiopia and Eritrea"
                        if near and all(w in ("and", ",", "or", "the") for w in lower[near[-1][-1][1]:g[0][0]]):
                            near.append(g)
                    right = near
                elif cue.intensity < 0 and not lower[s].endswith("ed") and (adj := _adjective_agent(left, s)) is not None \
                        and adj is not subj and not _private(adj):
                    # "Three Indian soldiers were killed in Pakistani shelling", "died in an Israeli air strike":
                    # the state named by the adjective before an attack noun is its agent, and the clause's
                    # subject its victim
                    victim = subj
                    owner_agent, clause_subj, subj = True, subj, adj
                    # (but "concern at the Israeli occupation of Palestinian lands": the one reacting is no
                    # victim; the act's object is named right after it, or not at all)
                    ended = _end_sought(lower, adj[0][0] - 1 - (lower[adj[0][0] - 1] == "the"))
                    # (nor is the one calling for its end: "Egypt called for an end to the Israeli occupation
                    # of Lebanon")
                    right = _owned_object(right, lower, e, ("into",)) if s in reacted_acts or ended else (
                        [victim] if victim is not None else [])
                    if ended and victim is not None and cue.cue_id in _HOLDING_CUES:
                        end_called_by = [c for c in _codes(victim) if c not in _codes(adj)]
                elif cue.intensity > 0 and cue.pos == "noun" and not cue.symmetric and lower[e:e + 1] == ["to"] \
                        and (adj := next((g for g in left if g[-1][1] == s and kinds.get((g[-1][0], g[-1][1])) == "demonym"
                                          and len(_codes(g)) == 1), None)) is not None \
                        and adj is not subj and not _private(adj) and right and right[0][0][0] in (e + 1, e + 2) \
                        and not set(_codes(right[0])) & set(_codes(adj)) and not _place(right[0]) \
                        and kinds.get((right[0][-1][0], right[0][-1][1])) != "city":
                    # "in protest at Israeli arms sales to Azerbaijan": the state named by the adjective gives, to the
                    # one named after "to"; the clause's subject only reacts to it
                    owner_agent, clause_subj, subj = True, subj, adj
                    right = [right[0]]
                elif (cue.pos == "noun" or lower[s].endswith(_NOUN_SUFFIXES) or (
                        s > 0 and lower[s - 1] in ("the", "a", "an", "this", "that", "continued", "continuing")
                        and not lower[s].endswith("ed"))) \
                        and lower[(d := _past_deed(lower, e)):d + 1] in (["of"], ["against"], ["on"], ["upon"]) \
                        and (by_g := _of_by_agent(lower, groups, d)) is not None and by_g is not subj \
                        and not _private(by_g):
                    # "condemned the invasion of Kuwait by Iraq", "the aggression against Lebanon by Israel": the
                    # state after "by" is the noun's agent and the one after "of" its object; the clause's
                    # subject only reacts to the act
                    owner_agent, clause_subj, subj = True, subj, by_g
                    own = clause_subj is not None and clause_subj is not by_g and lower[e + 1:e + 2] in (["its"], ["their"])
                    # ("the bombing of its embassy in Belgrade by NATO": the subject's own, not the place's)
                    right = [clause_subj] if own else [g for g in right if e < g[0][0] < by_g[0][0]] or (
                        [clause_subj] if clause_subj is not None and clause_subj is not by_g else [])
                elif of_agent is not None and not _private(of_agent):
                    # "the attack of Israel on the tent camp in Rafah": the state after "of" is the attacker
                    # when the target follows with "on"
                    owner_agent, clause_subj, subj = True, subj, of_agent
                    right = [g for g in right if of_agent[-1][1] < g[0][0] <= of_agent[-1][1] + 6]
                elif cue.intensity < 0 and cue.cue_id in _HOLDING_CUES and s > 0 and lower[s - 1] in ("its", "their") \
                        and (pg := next((g for g in reversed(left) if 0 < s - 1 - g[-1][1] <= 4), None)) is not None \
                        and pg is not subj and not _private(pg) and kinds.get((pg[-1][0], pg[-1][1])) == "demonym" \
                        and all(w.isalpha() and w not in ("and", "or", "but", "that", "which") for w in lower[pg[-1][1]:s - 1]):
                    # "regardless of any Israeli pretexts for prolonging its occupation of southern Lebanon": "its"
                    # is the state named just before it, not the clause's subject
                    owner_agent, clause_subj, subj = True, subj, pg
                    right = _owned_object(right, lower, e, ())
                elif cue.intensity > 0 and cue.cue_id in _SIDING_CUES and subj is not None and lower[s - 2:s] == ["with", "the"] \
                        and lower[e:e + 1] == ["of"] and right and right[0][0][0] in (e + 1, e + 2) \
                        and not set(_codes(right[0])) & set(_codes(subj)) and not _private(right[0]):
                    # "the Syrian army advanced with the support of Russia and Iran": those after "of" give the
                    # support, to the clause's subject
                    owner_agent, clause_subj, subj = True, subj, right[0]
                    right = [clause_subj]
                if subj is not None and (_private_relative(lower, subj[-1][1], s)
                                         or (cue.pos == "verb" and _new_clause_subject(lower, subj[-1][1], s, groups))):
                    subj = None   # "police killed farmers who ... to protest U.S.-backed eradication"
                agent_word = right and right[0][0][0] > 0 and (
                    lower[right[0][0][0] - 1] in ("by", "from")
                    or (right[0][0][0] > 1 and lower[right[0][0][0] - 1] == "the"
                        and lower[right[0][0][0] - 2] in ("by", "from")))
                if subj is None and right and not _locative(right[0], e) and agent_word:
                    # noun cue first: "Accusations by Algeria against Morocco" (but a place after
                    # the cue, "held hostage in Iraq", is not the one acting, and "a car bomb killed
                    # seven US Marines" names no agent)
                    subj, right = right[0], right[1:]
                elif subj is None and (cue.pos == "noun" or lower[s].endswith(_NOUN_SUFFIXES) or s <= 1) \
                        and right and not left:
                    # "The expulsion of Mali's ambassador by Algeria": the agent named after the object
                    agent = next((g for g in groups if g[0][0] > e and g[0][0] > 0 and (
                        lower[g[0][0] - 1] == "by" or (g[0][0] > 1 and lower[g[0][0] - 2:g[0][0]] == ["by", "the"]))
                                  and g[0][0] - e <= 10 and not any(w in (",", ";") for w in lower[e:g[0][0]])
                                  # (not the agent of a later noun: "a bomb exploded in Kabul hours before a visit
                                  # by the US defence secretary" names no bomber)
                                  and not any(w in _CLAUSE_BREAKS for w in lower[e:g[0][0]])), None)
                    if agent is not None:
                        subj, right = agent, [g for g in right if g is not agent]
                if lower[s:s + 2] == ["or", "face"] and left and left[0][0][0] <= 3:
                    # "The AU gave Sudan and South Sudan 48 hours to pull back or face sanctions": the one who
                    # sets the ultimatum is the clause's first actor, and it is aimed at every other one
                    subj = left[0]
                if s > 0 and lower[s - 1] == "in" and lower[s] in ("solidarity", "support", "sympathy") \
                        and left and left[0][0][0] <= 3 and _subject(left[:1], lower, words) is not None:
                    # "Poland expelled four Russian diplomats in solidarity with Britain": the clause's
                    # subject stands with Britain, not the diplomats just named
                    subj = left[0]
                srcs = _codes(subj) if subj else []
                if srcs and speaker_group and speech_at is not None and speech_at > e and s > 0 and (
                        lower[s - 1] in ("we", "i") or (s > 1 and lower[s - 2] in ("we", "i")
                                                        and lower[s - 1].endswith("ly"))):
                    # '"... and we condemn the aggression of Rwanda," Tshisekedi said': "we" is the speaker,
                    # not the state named before it
                    srcs = list(speaker_group)
                if not srcs and speaker_group and speech_at is not None and speech_at > e and any(
                        w in _FIRST_PERSON_WORDS for w in lower[:s]):
                    # '"We stand in full solidarity with the United Kingdom," the French minister said'
                    srcs = list(speaker_group)
                if cue.pos == "noun" and any(d <= s <= d + 1 for d in described):
                    srcs = []   # "if a newly signed security agreement with China led to ...": no signer named
                if subj is not None and any(words[k] == "As" for k in range(subj[-1][1], s)):
                    srcs = []   # "Russia Freezes Ties With NATO As Bombing Of Yugoslavia Continues"
                if subj is not None and _group_kinds(subj, kinds) <= {"person", "role", "demonym"} \
                        and _group_kinds(subj, kinds) & {"person", "role"} \
                        and any(w in _FORMER_LEADER for w in lower[max(0, subj[0][0] - 2):subj[-1][1]]) \
                        and not any(w in ("and", ",", "&") for w in lower[subj[0][0]:subj[-1][1]]) \
                        and cue.cue_id != "travel":
                    # "Julius Nyerere, the former Tanzanian leader who has mediated in Burundi": one out of office
                    # acts for no state (the codebook: office holders count only while serving)
                    srcs = []
                aux_before = s > 0 and lower[s - 1] in ("was", "were", "been") and intensity < 0
                if passive and subj is not None and by_agent is None and (cue.pos != "noun" or aux_before) and (
                        lower[s].endswith("ed") or lower[s] in _IRREGULAR_PARTICIPLES) \
                        and (subj[-1][1] >= s - 4 or aux_before or paren_passive):
                    # "Two Britons were shot dead (by unknown gunmen)", "Morocco was criticised":
                    # the subject is acted upon and no state is named as the agent ("Ukraine's sovereignty,
                    # independence and territorial integrity were violated": however long the subject)
                    srcs = []
                if srcs and cue.pos != "noun" and _follower_agent(lower, s) \
                        and not set(srcs) & (ORG_CODES | MOVEMENT_CODES):
                    # (a coded group followed keeps its act: "Fighters linked to al-Qaeda attacked US troops")
                    srcs = []   # "as rebels loyal to Charles Taylor shelled the harbour": the rebels, no state
                if srcs and cue.pos != "noun" and subj is not None and _nonstate_agent(lower, s) \
                        and lower[s - 1] not in _NONSTATE_QUALIFIERS:
                    j = s - 1
                    while j > 0 and lower[j] in _AUX_BEFORE_VERB:
                        j -= 1
                    if subj[-1][1] < j and lower[j - 1] not in ("and", "-", "backed", "supported", "allied") \
                            and not lower[j - 1].endswith("ing") and lower[j - 1] not in _SCENE_PREP | {
                                "against", "on", "at", "by", "from", "of", "for", "to"}:
                        # "French Troops Enter Rwanda as Rebels Warn Paris": the armed group just before the verb is
                        # its subject, not the state named earlier ("Sudan-backed rebels attacked" keeps its backer;
                        # "NATO helicopters hunting militants attacked" keeps NATO, the group being the
                        # participle's object)
                        srcs = []
                # (a verb right after "and" is a second predicate, not part of the phrase before it: "praised
                # Germany in Berlin and criticised Italy")
                # ("in a hail of explosions and gunfire" stays a phrase of circumstance: a finite verb only)
                scene = _in_scene_phrase(lower, s, e) and not (
                    cue.pos != "noun" and s > 0 and lower[s - 1] in _VERB_COORD and bool(last_subject)
                    and e - s == 1 and (lower[s].endswith(("ed", "es")) or lower[s] in _IRREGULAR_PARTICIPLES))
                if subj is not None and not agent_word and s - subj[-1][1] > 6 and scene and intensity < 0:
                    # "US troops ... surged into the city in a hail of explosions and gunfire": a noun
                    # cue far from the subject is scenery, not the subject's act
                    srcs = []
                elif scene and intensity < 0 and last_subject and (prep := next(
                        (k for k in range(s - 1, max(-1, s - 4), -1) if lower[k] in ("in", "during", "amid")),
                        None)) is not None and any(w in ("a", "an", "the") for w in lower[prep + 1:s]) \
                        and any(c1 <= prep and c.intensity < 0 and c.pos != "noun" for _c0, c1, c in cues) \
                        and not any(w in (",", ";", "and", "but", "while") for w in lower[max(0, s - 6):s]):
                    # "Israel killed a Hamas leader in a Gaza strike": the noun tells how the clause's act was
                    # done, so its agent is that act's, not the name just before it
                    srcs = list(last_subject)
                r0 = s - 1
                while r0 > 0 and (lower[r0] in _AUX or lower[r0] in _CLAUSE_ADVERBS):
                    r0 -= 1   # ("mercenaries, who even now are massacring": adverbs between too)
                if r0 > 0 and lower[r0] in _RELATIVE and not taken[r0 - 1] and lower[r0 - 1] not in cm.speech_first \
                        and lower[r0 - 1] not in (",", "and") and subj is not None and subj[-1][1] < r0 - 1:
                    # "violence that has killed 20 people": the relative clause's subject is no state
                    srcs = []
                if srcs and s > 1 and lower[s - 1] in _TERROR_HEADS and cue.pos != "noun":
                    # "Bali nightclub blasts kill scores", "Baghdad car bomb kills 12": the place names where the
                    # attack struck; the attack, not the place, is the verb's subject
                    g0 = next((g for g in groups if s - 4 <= g[-1][1] <= s - 1 and g[-1][1] <= s - 1), None)
                    if g0 is not None and all(not named[k] and lower[k].isalpha() for k in range(g0[-1][1], s - 1)) \
                            and _struck_place(g0, kinds, lower[s - 1]):
                        srcs = []
                if r0 > 1 and lower[r0] == "who" and lower[r0 - 1] == "," and not taken[r0 - 2] \
                        and subj is not None and subj[-1][1] < r0 - 1:
                    # "to arrest the former vice-president Jorge Glas, who had received asylum": a person
                    srcs = []
                if lower[r0] in ("he", "she", "they") and r0 > 0 and subj is not None and subj[-1][1] < r0 \
                        and lower[r0 - 1] in ("where", "when", ",", "and", "while", "after", "before"):
                    # "Orban had visited Kyiv on Tuesday, where he urged Zelensky ...": the pronoun is the
                    # main clause's subject, not the place before it
                    srcs = _codes(groups[0]) if groups[0][0][0] <= 2 and groups[0] is not subj else []
                if s > 0 and (lower[s - 1].isdigit() or lower[s - 1] in _NUMBER_WORDS) and (
                        lower[s].endswith("ed") or lower[s] in _IRREGULAR_PARTICIPLES) and (
                        lower[s - 1] not in _COUNTED_NOUNS or not _object_starts(words, lower, e)) and not (
                        cue.symmetric and lower[e:e + 1] in (["with"], ["against"])):
                    # (but "Thai soldiers clashed with Cambodian troops": a mutual act, told in the active)
                    # "as 48 killed in Baquba", "Two Israeli soldiers killed overnight in ...": a headline's
                    # passive, no agent named ("Israeli soldiers killed two gunmen" has an object: the soldiers act)
                    srcs = []
                if srcs and by_agent is None and cue.pos != "noun" and s > 0 and words[s][:1].isupper() \
                        and (lower[s].endswith("ed") or lower[s] in _IRREGULAR_PARTICIPLES) \
                        and words[s - 1][:1].isupper() and words[s - 1].isalpha() and _is_title_case_sentence(words) \
                        and (e >= len(lower) or lower[e] in _AFTER_PASSIVE):
                    # "Egyptian Diplomat Kidnapped in Baghdad": a headline's past participle after its noun is a
                    # passive with no agent named (headlines tell an act in the present: "Israel Strikes Gaza")
                    srcs = []
                participle = s > 0 and lower[s - 1] == "," and cue.pos != "noun"
                if not participle and s > 2 and any(lower[j].endswith("ing") and lower[j - 1] == ","
                                                    for j in range(max(1, s - 3), s)):
                    participle = True   # ", expressing unconditional solidarity with Britain"
                if participle \
                        and seen_verb_cue and not (subj is not None and subj[0][0] >= prev_cue_end
                                                   and subj[-1][1] >= s - 2 and "," not in lower[subj[-1][1]:s]) \
                        and not (subj is not None and _relative_then_verb(lower, subj[-1][1])
                                 and "," not in lower[subj[-1][1] + 2:s - 1]):
                    # (but "and China, which hosts the talks, urged Pyongyang": the relative clause closes
                    # before its own subject's verb)
                    # ("Salutes Angola, Condemns Rwanda": the comma after the object opens the subject's
                    # next predicate; "..., Beijing threatens" names a subject of its own)
                    # "..., killing three people": the participle shares the main clause's subject
                    srcs = list(clause_subject)
                    subj = None
                if (last_subject or clause_subject) and prev_cue_start >= 0 and any(
                        lower[k] == "and" and lower[k + 1] in ("have", "has", "had", "will", "would")
                        and (subj is None or subj[0][0] < k)
                        for k in range(prev_cue_start, s - 1)):
                    # "Mali and Burkina Faso have warned France, and have sent delegations to Niamey in a
                    # show of support": the second predicate has the first one's subject
                    srcs = list(last_subject or clause_subject)
                    subj = None
                verb_led = cue.pos == "noun" and e - s > 1 and lower[s - 1] == "and" and (
                    lower[s] in ("sent", "sends", "offered", "offers", "expressed", "expresses", "paid", "pays")) or (
                    cue.pos == "noun" and series)   # (", fired missiles into Saudi Arabia": a verb in the series)
                # ("welcomed Israel's decision and sent condolences": a noun cue led by its verb is a predicate)
                if (coordinated or verb_object) and (last_subject or seen_verb_cue) and (
                        cue.pos != "noun" or verb_object or verb_led) and not scene:
                    # "Algeria accused Morocco of hostile acts and cut ties": the same subject acts again
                    srcs = list(last_subject or clause_subject)
                    subj = None
                    if speaker_group and speech_at is not None and speech_at < prev_cue_start < s \
                            and klass.startswith("verbal") and _reported_clause(lower, speech_at, prev_cue_start) \
                            and (lower[s].endswith("ed") or lower[s] in _IRREGULAR_PARTICIPLES):
                        # "The Commission said Morocco's occupation had violated Spanish sovereignty and
                        # expressed solidarity with Madrid": a stance taken after a reported clause is
                        # the reporter's (acts like "and attacked its posts" stay the clause's)
                        srcs = list(speaker_group)
                if right and cue.symmetric and intensity > 0:
                    k0 = right[0][0][0] - 1
                    while k0 > e and lower[k0] in ("the", "'s", "\u2019s"):
                        k0 -= 1
                    if k0 >= e and lower[k0] in _TOPIC_OBJ:
                        right = []   # "agreed to coordinate on Pyongyang's programmes": a topic
                    elif right and "with" not in lower[e:right[0][0][0]] and kinds.get(
                            (right[0][-1][0], right[0][-1][1])) == "demonym" \
                            and any(right[0][-1][1] <= h <= right[0][-1][1] + 2 for h in hostile_at):
                        # "EU Agrees Partial Russian Oil Ban": the demonym names the measure's target, no partner
                        right = []
                if right and cue.symmetric and intensity > 0 and any(
                        lower[k] == "to" and lower[k + 1] in _AGAINST_VERBS for k in range(e, right[0][0][0] - 1)):
                    # "we must work together to crush ISIL", "cooperate to defeat Daesh": the one the partners
                    # act against is no partner (the act against it is read on its own where a cue names it)
                    right = []
                if right and cue.symmetric and intensity > 0 and len(srcs) >= 2 and (
                        cue.cue_id == "joint_statement" or lower[s:e] == ["together"]) and any(
                        e <= h < right[0][0][0] for h in hostile_at) and lower[e:e + 1] != ["with"]:
                    # "Egypt and Sudan issued a joint statement which accused Ethiopia", "Senegal and Nigeria
                    # have together closed their frontiers with Mali": the state the partners act against
                    # after the cue is no partner (their act on it is read on its own)
                    right = []
                if right and cue.symmetric and intensity > 0 and not srcs and _locative(right[0], e):
                    # "DoCoMo and mm02 reached an agreement that will allow users in Britain, Germany and
                    # Ireland to ...": with no state as subject, states named where the deal applies are no parties
                    right = [g for g in right if not _locative(g, e)]
                if len(right) > 1 and intensity < 0 and not cue.symmetric and srcs \
                        and _named_partner(lower, right[0][0][0]) and right[0][-1][1] < right[1][0][0] <= right[0][-1][1] + 3 \
                        and lower[right[0][-1][1]] in ("against", "to", "at") \
                        and all(w in ("against", "to", "at", "the") for w in lower[right[0][-1][1]:right[1][0][0]]):
                    # "Japan protested jointly with South Korea against China", "jointly with France to the
                    # Soviet Union": the partner protests too, at the state named after it (not "bombed rebel
                    # positions alongside Syria's border with Turkey": a place)
                    srcs = list(dict.fromkeys(srcs + [c for c in _codes(right[0]) if c not in srcs]))
                    right = right[1:]
                partner = _with_partner(lower, e, right[0][0][0] if right else len(lower))
                if right and cue.symmetric and partner is not None and partner < right[0][0][0]:
                    # "reached a deal with three European nations ... on confronting Iran": the partner
                    # is named and is no state; an actor further on is the topic
                    right = []
                if right and cue.cue_id in _DEPLOY_CUES and right[0][-1][1] < len(lower) \
                        and lower[right[0][-1][1]] in _FORCE_NOUNS:
                    # "to help deploy more African Union troops": the troops are the named side's own
                    if any(w in ("help", "helped", "helping", "helps") for w in lower[max(0, s - 3):s]):
                        intensity, klass, cue_text = HELP_INTENSITY, "material_cooperation", f"help {cue_text}"
                    else:
                        right = []
                if right and (cue.cue_id in _DEPLOY_CUES or cue.cue_id == "send_warships") \
                        and klass.endswith("conflict") and _on_mission(lower, e, s, named, places):
                    # "sent troops to Somalia under the African Union mission": a peace mission, not an invasion
                    intensity, klass, cue_text = MISSION_INTENSITY, "material_cooperation", f"{cue_text} (mission)"
                if cue.cue_id == "travel" and (subj is None or not _group_kinds(subj, kinds) <= {"person", "role"}
                                               or any(w in _TRAVEL_NOT_VISIT for w in lower[e:e + 3])
                                               or any(w in _FORMER_LEADER for w in lower[max(0, subj[0][0] - 2):subj[-1][1]])):
                    right = []   # "Abe flew to Beijing" is a visit; "Israeli jets flew into Lebanon" is not
                if cue.cue_id == "visit" and subj is not None and any(
                        w in _JOINT_FORCES for w in lower[subj[-1][1] - 1:min(s, subj[-1][1] + 3)]):
                    # "Israeli troops arrived in Lebanon": a deployment, not a visit; troops that arrive "at
                    # the request of its government" come to help
                    if _INVITED.search(" ".join(lower)) or _on_mission(lower, e, s, named, places):
                        intensity, klass = MISSION_INTENSITY, "material_cooperation"
                        cue_text = f"{cue_text} (mission)"
                    elif not any(w in ("visit", "exercises", "exercise", "drills", "call") for w in lower[e:]):
                        right = []   # (a port call, a friendly visit or joint exercises stay a visit)
                if cue.cue_id == "incursion" and subj is not None and _group_kinds(subj, kinds) <= {"person", "role"}:
                    # "Vajpayee crossed into Pakistan": a leader crossing a border comes as a visitor
                    intensity, klass, cue_text = LEADER_CROSSING_INTENSITY, "verbal_cooperation", f"{cue_text} (a visit)"
                if right and klass.endswith("conflict") and _at_request_of(lower, e, right[0], groups, words):
                    # "launched air strikes against rebels in Mali at the request of the Malian government":
                    # force used for the state that asked, against someone else
                    intensity, klass, cue_text = MISSION_INTENSITY, "material_cooperation", f"{cue_text} (at its request)"
                wanted_at = next((k for k in range(e, min(len(lower), e + 10)) if lower[k] == "wanted"), None) \
                    if cue.cue_id in ("deport", "extradite") else None
                seeker = [g for g in groups if wanted_at is not None and wanted_at < g[0][0] <= wanted_at + 4]
                if seeker:
                    # "deported a Mexican man wanted by U.S. police", "a Turk wanted in France": the state
                    # that seeks him, not his own
                    right = seeker[:1] + [g for g in right if g is not seeker[0]]
                if right and cue.cue_id in ("deport", "extradite") and (
                        "wanted" in lower[max(e, right[0][0][0] - 3):right[0][0][0]]
                        or "wanted" in lower[right[0][-1][1]:right[0][-1][1] + 6]):
                    # "deports a militant wanted by Turkey": handing over a fugitive the other state seeks
                    intensity, klass, cue_text = abs(cue.intensity), "material_cooperation", f"{cue_text} (wanted)"
                if s > 0 and lower[s - 1] == "-" and lower[s] in _PATRON_PARTICIPLES and e - s == 1:
                    # "Iraq's U.S.-backed government said ...": an epithet of standing support, weaker than the news
                    intensity = EPITHET_INTENSITY
                    cue_text = f"{cue_text} {EPITHET_MARK}"
                if right and cue.cue_id in _COMPLAINT_CUES and set(_codes(right[0])) <= _FORUM_BODIES \
                        and any(w in ("with", "to", "before") for w in lower[max(e, right[0][0][0] - 3):right[0][0][0]]):
                    # "lodged complaints with the Security Council", "filed a complaint with the WTO against the
                    # United States": the body is where the complaint goes; its target is named with "against",
                    # "about" or "over", or not at all
                    right = [g for g in right[1:] + (topic if topic_at is not None else [])
                             if any(w in _COMPLAINT_TOPICS for w in lower[g[0][0] - 2:g[0][0]])][:1]
                topic_vote = cue.cue_id.startswith("vote_") and (not right or right[0][0][0] - e > 2)
                if topic_vote:
                    right = []   # "voted for the resolution on Darfur": a topic, no sponsor
                obj = [c for c in (_codes(right[0]) if right else []) if c not in srcs]
                if not obj and len(right) > 1 and set(_codes(right[0])) <= set(srcs) and right[1][0][0] > 0 \
                        and lower[right[1][0][0] - 1] in ("by", "from") and right[1][0][0] - right[0][-1][1] <= 4:
                    # "Syria demands the return of the Golan by Israel": its own land named, the holder after it
                    obj = [c for c in _codes(right[1]) if c not in srcs]
                destination = cue.cue_id == "deport" and bool(right) \
                    and "to" in lower[max(e, right[0][0][0] - 3):right[0][0][0]] \
                    and right[0][-1][1] < len(lower) and lower[right[0][-1][1]] in _HOLDING_PLACES
                if destination:
                    obj = []   # "deportations to a Salvadoran prison": where the people are sent, not their state
                if obj and cue.symmetric and intensity > 0 and lower[e - 1] == "with" and _unnamed_partner(
                        lower, e, right[0][0][0], named):
                    # "working closely with our Arab peace partners to address ... challenges from Iran": the
                    # partner is the unnamed one after "with", and the state named later is no party to it
                    obj = []
                if not obj and cue.cue_id == "invite" and lower[e:e + 3] in (["of", "its", "government"],
                                                                         ["of", "its", "authorities"]):
                    # "troops landed in the Solomon Islands at the invitation of its government": the state
                    # just named as the place is the host that invited them
                    host = next((g for g in reversed(groups) if g[-1][1] <= s and not set(_codes(g)) & set(srcs)), None)
                    obj = [c for c in (_codes(host) if host else []) if c not in srcs]
                if right and cue.symmetric and len(srcs) >= 2 and right[0][0][0] > 0 \
                        and lower[right[0][0][0] - 1] == "," and right[0][-1][1] < len(lower) \
                        and (_opens_clause(lower[right[0][-1][1]]) or lower[right[0][-1][1]] in _HEADLINE_VERBS_S):
                    obj = []   # "Rabat and Tel Aviv sign a security accord, Algiers denounces": a new clause
                if not obj and srcs and reacted_to and _REACTION.match(" ".join(words[s:s + 8])):
                    # "Baghdad welcomed the decision": the decision is the last act the article reported
                    obj = [c for c in reacted_to if c not in srcs]
                    cue_text = f"{cue_text} (the last act)"
                if not obj and not (cue.symmetric and intensity > 0 and len(srcs) >= 2) and partner is None \
                        and not topic_vote and not destination and cue.cue_id not in _ADJACENT_TARGET_CUES \
                        and not any(w in _NONSTATE or w in _NONSTATE_QUALIFIERS for w in lower[e:e + 4]) \
                        and not (cue.cue_id == "confront" and _thing_confronted(words, named, e)):
                    # (but "Rabat had backed a separatist group": the object is named, and no state)
                    # no target after the cue: the nearest other actor before it
                    # ("the Polisario Front, which receives Algerian backing")
                    # "protests against the name deal": a deal named again, whose parties are not told here,
                    # is no deal with the state named before it
                    definite = cue.symmetric and intensity > 0 and "the" in lower[max(0, s - 2):s] \
                        and (cue.pos == "noun" or lower[s].endswith(_NOUN_SUFFIXES) or lower[s] in _BARGAINS)
                    before = [] if definite else [g for g in left if g is not subj and any(c not in srcs for c in _codes(g))
                              # (the owner's act is not aimed at the clause's own subject: "Serbia recalled its
                              # envoy in protest at Washington's recognition")
                              and not (owner_agent and (g is clause_subj or g[0][0] > s or _locative(g, 0)))
                              # (nor a place named before it: "signed a peace agreement in Paris, ending 13
                              # years of war that began with Vietnam's 1978 invasion")
                              and not _in_aside(lower, g, s)
                              and not _subordinate_between(g[-1][1], s)
                              # "The US supported Iraqi troops in raids on mosques": an ally just named
                              # as helping the subject is not the subject's target
                              and not (intensity < 0 and any(
                                  ev["source"] in _codes(g) and ev["target"] in srcs and ev["intensity"] > 0
                                  for ev in events))
                              # (nor a partner named as such: "which challenged the EU regime jointly with the
                              # United States, said it may seek the right to retaliate")
                              and not (intensity < 0 and _named_partner(lower, g[0][0]))
                              # "Warns Solomon Islands Over China Security Pact, Promises Embassy": a topic
                              # is not a participant
                              and not (g[0][0] > 0 and lower[g[0][0] - 1] in ("over", "about"))
                              # "apologised for the raid on a FARC camp but Quito cut diplomatic ties": ties
                              # and envoys are kept with states, not with the armed group just named
                              and not (cue.cue_id in _DIPLOMATIC_CUES and set(_codes(g)) <= MOVEMENT_CODES)]
                    if subj is not None and subj[-1][1] < len(lower) and s - subj[-1][1] <= 3 \
                            and lower[subj[-1][1]] in ("'s", "\u2019s") and e < len(lower) \
                            and lower[e] in ("of", "on", "against", "in", "into"):
                        # "Norway condemned Russia's annexation of Crimea": the owner's act names its object,
                        # and no state; the state that condemns it is not its victim
                        before = [g for g in before if g[0][0] > subj[0][0]]
                    if before and (";" in lower[before[-1][-1][1]:s] or (subj is not None and subj[0][0] in comma_clauses)):
                        # "US Missiles Hit Khartoum Plant; Pakistan Protests Use Of Its Airspace": across a
                        # semicolon the first clause's actor is the one answered, not the nearest place (so too
                        # "US approves F-16 sale to Taiwan, Beijing threatens sanctions": the seller is answered)
                        before = before[:1]
                    obj = [c for c in _codes(before[-1]) if c not in srcs] if before else []
                    if obj and s in condemned_at and before[-1][-1][1] <= condemned_from[s] and _acts_earlier(
                            cues, before[-1][-1][1], condemned_from[s]):
                        # "U.S., British Strikes Hit Houthi Targets; Oman and Iran Condemn Raids": with no one
                        # struck named after the act, the states named before it are its authors, condemned
                        intensity, klass = cm.by_id["condemn"].intensity, "verbal_conflict"
                        cue_text = condemned_at[s]
                    if lower[s:s + 2] == ["or", "face"]:
                        # an ultimatum is aimed at every state its clause names after the one who sets it
                        cut = max((k for k in range(s) if lower[k] in (";", ":")), default=-1)
                        obj = list(dict.fromkeys(c for g in before if g[0][0] > cut
                                                 and (subj is None or g[0][0] > subj[0][0])
                                                 and not (g[-1][1] + 1 < len(lower) and lower[g[-1][1]] == "-"
                                                          and lower[g[-1][1] + 1] in _DRAFTED)
                                                 for c in _codes(g) if c not in srcs))   # (not "US-drafted")
                if subj is not None and _private(subj):
                    srcs = []
                if not (cue.pos == "noun" and ((subj is not None and subj[0][0] > s) or seen_verb_cue)):
                    clause_subject = list(srcs)   # (not the agent after a noun cue: "a visit by Stockholm's ...",
                    #                                nor a noun in a verb's object: "rejects G7 fire aid, demands")
                seen_verb_cue, prev_cue_end = True, e
                nxt = lower[e] if e < len(lower) else "."
                # "refused to sign with X", "closed all air links with Haiti": one side's act
                symmetric = cue.symmetric and not negated and not reversed_cue
                # a later mention of a co-agent ("... and Iraqi National Guardsmen advanced") is no target
                no_target = not right or not obj
                mutual = s > 0 and (lower[s - 1] in _MUTUAL_VERBS or (
                    s > 1 and lower[s - 2] in _MUTUAL_VERBS and lower[s - 1] in _FIRE_MODIFIERS))
                if intensity < 0 and len(srcs) >= 2 and mutual and not (e < len(lower) and lower[e] == "with"):
                    # "Thai and Cambodian soldiers exchanged artillery fire ..., and Phnom Penh asked the
                    # UN": at each other, whoever the sentence names later
                    pairs = list(permutations(dict.fromkeys(srcs), 2))
                elif symmetric and len(srcs) >= 2 and no_target and intensity > 0:
                    # "Azerbaijan and Armenia signed a peace framework (in Washington)": with each other
                    pairs = list(permutations(dict.fromkeys(srcs), 2))
                elif symmetric and len(srcs) >= 2 and no_target and nxt.isalpha() and nxt not in _INTRANSITIVE_NEXT \
                        and not (nxt in _TIME_NEXT and _two_sided(cue.cue_id, lower, e, srcs, year)) \
                        and not (intensity < 0 and nxt == "of") \
                        and not (e < len(lower) and lower[e] in _TOLL_VERBS) \
                        and not _war_between(lower, e) and cue.cue_id != "dispute":
                    # (not "the two countries dispute a stretch of border": the land is what they quarrel over)
                    # "US and Iraqi forces battled militants": a third party is the object ("India and Pakistan
                    # have fought three wars": the war is the object, fought with each other)
                    joint.extend(permutations(srcs, 2))
                elif symmetric and len(srcs) >= 2 and obj and intensity > 0 and right and not any(
                        w in ("with", "and", "between", "among", "by") for w in lower[e:right[0][0][0]]) and not (
                        right[0][0][0] - e <= 3 and "to" not in lower[e:right[0][0][0]]):
                    # (but "met Iran's Hassan Rouhani": the object of the meeting is its partner)
                    # "Paris and Berlin vowed to work together to head off a U.S.-led war": the two with each
                    # other; a state named further on without "with" is the topic, not a third partner
                    pairs = list(permutations(dict.fromkeys(srcs), 2))
                elif symmetric and intensity < 0 and len(set(srcs)) >= 2 and obj and right and cue.pos != "noun" \
                        and subj is not None and s - subj[-1][1] <= 4 and (
                        lower[e:e + 1] in (["over"], ["about"])
                        or (right[0][0][0] - e > 2 and lower[e:e + 1] in (["after"], ["for"]))) \
                        and not any(w in ("with", "against", "on") for w in lower[e:right[0][0][0]]):
                    # "Israel and Syria traded accusations over a bombing that killed a Hamas official": at each
                    # other; a state named in what the quarrel is about is no third side (a verb of the two
                    # subjects only: "the US and Australia prevailed ... in a dispute over the protection given
                    # by the EU" is a dispute with the EU)
                    pairs = list(permutations(dict.fromkeys(srcs), 2))
                elif symmetric and intensity < 0 and _two_sided(cue.cue_id, lower, e, srcs, year) and len(set(srcs)) >= 2 \
                        and not right \
                        and nxt not in ("with", "against"):
                    # "Togo sent envoys to the peninsula, where Nigerian and Cameroonian troops exchanged fire last
                    # month": a mutual fight of the subjects, with no one named after it, is between them (a state
                    # named before them is no third side)
                    pairs = list(permutations(dict.fromkeys(srcs), 2))
                elif symmetric and srcs and obj:
                    # "talks with the US and Pakistan": the subject with each; the objects not with each other
                    pairs = list(dict.fromkeys([(a, b) for a in srcs for b in obj] + [(b, a) for a in srcs for b in obj]
                                               + (list(permutations(dict.fromkeys(srcs), 2)) if intensity > 0 else [])))
                    if intensity < 0:
                        # "Afghan and US troops exchanged fire with the Taliban": the subjects fight side by side
                        joint.extend(permutations(dict.fromkeys(srcs), 2))
                elif symmetric and intensity < 0 and len(srcs) >= 2 and not obj and e < len(lower) and lower[e] == "with":
                    # "Afghan and US troops exchanged fire with Taliban insurgents": together against a third
                    joint.extend(permutations(dict.fromkeys(srcs), 2))
                elif symmetric and not (not srcs and intensity < 0 and right and right[0][0][0] - e > 3):
                    # (but "fighting between warlords, flying ... on U.S. and NATO airplanes": a list
                    # far after a fight with no named side is not its two sides)
                    members = list(dict.fromkeys(srcs + obj))
                    pairs = list(permutations(members, 2))
                elif intensity < 0 and len(srcs) >= 2 and not obj and (s > 0 and lower[s - 1] in _MUTUAL_VERBS or (
                        cue.cue_id == "recall_ambassador" and "their" in lower[s:e])):
                    # (so too "Mexico and Venezuela withdrew their ambassadors": each from the other)
                    # "Britain and France have traded blame for months": at each other
                    pairs = list(permutations(dict.fromkeys(srcs), 2))
                else:
                    pairs = [(a, b) for a in srcs for b in obj]
                    if len(srcs) >= 2:
                        # "US and Iraqi forces battled militants": co-agents act together
                        joint.extend(permutations(srcs, 2))
        if (lower[e:e + 2] in (["each", "other"], ["one", "another"]) or (
                lower[e:e + 1] in (["with"], ["against"], ["at"], ["on"])
                and lower[e + 1:e + 3] in (["each", "other"], ["one", "another"]))) and len({a for a, _ in pairs} | {
                a for a, _ in joint}) >= 2:
            # "as Moscow and Kiev blamed each other", "Indian and Pakistani troops clashed with each other":
            # the subjects act on one another
            agents = list(dict.fromkeys([a for a, _ in pairs] + [a for a, _ in joint]))
            pairs, joint = list(permutations(agents, 2)), []
        if cue.cue_id == "epithet":
            # "the racist regime of Pretoria", "South Africa's racist regime", "the racist Pretoria regime": the
            # state named is the one denounced, by the clause's subject ("we" in a speech), never the regime's
            # acts toward others ("the people of Namibia suffer under South Africa's racist regime")
            owner = next((g for g in groups if _owns_epithet(lower, s, e, g[0][0], g[-1][1])), None)
            pairs, joint = [], []
            if owner is not None:
                subj = _subject([g for g in left if g is not owner and g[-1][1] <= owner[0][0]], lower, words, at=s)
                if subj is not None and "by" in lower[subj[-1][1]:s]:
                    subj = None   # "Zambia is threatened by South Africa's racist regime": the threat is the act
                pairs = [(a, b) for a in (_codes(subj) if subj else []) for b in _codes(owner) if a != b]
            if not pairs:
                continue   # (an epithet with no owner or no denouncer leaves the clause's reading alone)
        if s in request_of:
            # "Assad urged Amman not to sign a separate deal", "ordered Sudan and South Sudan to resume
            # negotiations": what is asked for has not happened; the request is the act
            pairs, joint = [], []
        trailing = speaker is not None and speech_at is not None and speech_at > e \
            and _trailing_attribution(lower, speech_at, e, groups) and klass.endswith("conflict") \
            and any(k in ("had", "has", "have", "was", "were") for k in lower[max(0, s - 3):s])
        own_clause = subj is not None and speech_at is not None and speech_at < subj[0][0] < s \
            and not set(_codes(subj)) & set(speaker_group) and subj[0][0] > 0 and lower[subj[0][0] - 1] == "and" \
            and (_relative_then_verb(lower, subj[-1][1])   # ("..., and China, which hosts the talks, urged")
                 # ("Iran freed the aid worker, saying she had served her sentence, and Britain welcomed the move")
                 or (subj[-1][1] == s and lower[subj[0][0] - 2:subj[0][0] - 1] == [","]))
        if speaker is not None and speech_at is not None and (s > speech_at or trailing) and not cue.experiencer \
                and not own_clause and not any(w in _BACKGROUND for w in lower[min(s, speech_at):max(s, speech_at)]):
            # reported speech belongs to the speaker ("Algeria said it would cut ties with Morocco",
            # "Algeria said Morocco had attacked its posts"); an act the speaker reports between two
            # others ("X said Rabat had backed Y") stays theirs
            if cue.symmetric and intensity > 0 and len(speaker_group) >= 2 \
                    and any(w in ("they", "we") for w in lower[speech_at:s]) \
                    and not any(speech_at < g[0][0] < s for g in groups) \
                    and not any(g[0][0] > e and not _broken(g, e) for g in groups):
                # "Canberra and Washington said they would coordinate closely": with each other
                pairs, joint = list(permutations(dict.fromkeys(speaker_group), 2)), []
            elif s > speech_at and pairs and pairs[0][0] not in speaker_group and next(
                    (w for w in lower[speech_at + 1:speech_at + 3] if w != "that"), "") in ("he", "she", "it", "they") \
                    and not any(speech_at < g[0][0] < s for g in groups) and lower[e:e + 1] != ["between"] \
                    and not any(w in ("as", "while", "because", "after", "when") and k + 1 < s
                                and not lower[k + 1].endswith("ed") and lower[k + 1] not in _AS_NO_CLAUSE
                                for k, w in enumerate(lower[speech_at + 2:s], start=speech_at + 2)):
                # (not "Madrid said it was sending a patrol vessel as a fishing dispute between Canada and the EU
                # turned into a row": the pronoun's clause ends where another opens)
                # "Chavez gave the U.S. ambassador 72 hours to leave, saying he was acting in solidarity
                # with Bolivia": the pronoun after the speech verb is the speaker, not the last name read
                pairs = [(v, b) for v in speaker_group for b in dict.fromkeys(b for _, b in pairs)
                         if b not in speaker_group]
            elif any(speaker in (a, b) for a, b in pairs):
                # "Britain and Denmark said they would suspend aid to Malawi": both speak
                voices = speaker_group
                others = list(dict.fromkeys(c for a, b in pairs for c in (a, b) if c not in voices))
                if others:
                    pairs = [(v, o) for v in voices for o in others]
        if not pairs and not joint and srcs and klass == "material_conflict" and not negated and not cue.experiencer \
                and speaker is not None and speech_at is not None and speech_at > e \
                and not set(srcs) & set(speaker_group) and _trailing_attribution(lower, speech_at, e, groups) \
                and subj is not None and set(_codes(subj)) == set(srcs) and (
                    (subj[0][0] > e and lower[subj[0][0] - 1] == "by")
                    or (subj[-1][1] <= s and s - subj[-1][1] <= 4 and not any(
                        w in (",", ";", "amid", "after", "as") for w in lower[subj[-1][1]:s]))):
            # "The attack was carried out by Israel, Iran said.", "Israel carried out the raid, Syria said.": an
            # act with no target named, told by the one who closes the sentence, is that speaker's charge against
            # the agent named right before the act or after its "by" (not a clause's victims: "Conditions for
            # 1.2 million Sudanese displaced ... worsen amid violent attacks, United Nations agencies said"); a
            # charge in words, whoever was struck ("Israel carried out the strike, the United States said")
            intensity, klass = SPEAKERS_CHARGE_INTENSITY, "verbal_conflict"
            cue_text = f"{cue_text} (the speaker's charge)"
            pairs = [(v, a) for v in speaker_group for a in dict.fromkeys(srcs)]
        if pairs and klass.endswith("conflict") and (
                (cue.cue_id in _DEPLOY_CUES and (_on_mission(lower, e, s, named, places) or (
                    all(a in _PEACE_BODIES for a, _ in pairs) and not any(w in _COUP_WORDS for w in lower)
                    and not any(lower[k:k + 2] == ["to", "force"] for k in range(len(lower) - 1))
                    # (not another's deployment the body speaks of: "calling it the largest Russian military
                    # deployment there ever")
                    and not any(s - 3 <= g[-1][1] <= s and not set(_codes(g)) & {a for a, _ in pairs}
                                for g in groups))))
                or ((cue.cue_id in _DEPLOY_CUES or lower[s] in _DEPLOY_HEADS) and _protects_government(lower, e))
                or (cue.cue_id == "incursion" and _mission_named(lower, e))):
            # (whichever side the host was found on: "troops to the Philippines ..., its largest disaster deployment")
            intensity, klass, cue_text = MISSION_INTENSITY, "material_cooperation", f"{cue_text} (mission)"
        if cue.cue_id == "unacceptable":
            # "Iran called the EU proposal unacceptable", "Iran Says EU Nuclear Proposal Unacceptable": the
            # judge is the clause's subject, the judged thing's owner a name between them (not one inside a
            # relative clause: "Warsaw, which had signed a letter backing the US line, called the outburst
            # unacceptable"; nor a place: "called the situation in Lebanon unacceptable")
            opens = [k for k in range(1, s) if lower[k] == ";" or (lower[k] == "and" and lower[k - 1] == ",")]
            before = sorted((g for g in groups if g[-1][1] <= s and g[0][0] > (opens[-1] if opens else -1)
                             and not _in_closed_relative(lower, g, s)), key=lambda g: g[0][0])
            owners = [g for g in before[1:] if not _locative(g, 0) and not _place(g)]
            pairs = [(a, b) for a in (_codes(before[0]) if before else []) for g in owners for b in _codes(g)
                     if a != b]
        if pairs and cue.cue_id == "discuss" and lower[s] in ("discuss", "discussed", "discusses", "discussing"):
            # "met to discuss Syria", "a summit to discuss Belarus": the state right after the verb is the
            # talks' topic, not a partner in them (a partner comes with "with", "discussed Syria with Turkey",
            # which this reading leaves unlinked: a known gap)
            topic = {c for g in groups if (g[0][0] == e or (g[0][0] == e + 1 and lower[e] == "the"))
                     and lower[g[-1][1]:g[-1][1] + 1] not in (["'s"], ["\u2019s"]) for c in _codes(g)}
            # (but "ready to discuss Pakistan's concerns": the one whose concerns are heard is a partner)
            pairs = [(a, b) for a, b in pairs if a not in topic and b not in topic]
        if pairs and cue.cue_id == "discuss" and lower[s:s + 2] in (["discussion", "of"], ["discussions", "of"]):
            # "the Council's discussion of the questions of South Africa and Namibia": what is discussed
            # (only after a topic noun: "the discussions of the Indian and Pakistani delegations" are theirs)
            topic = _topic_after(lower, groups, s + 2, s + 6)
            pairs = [(a, b) for a, b in pairs if a not in topic and b not in topic]
        if pairs and cue.cue_id in ("discuss", "hold_talks", "negotiate", "meet", "call_for_talks", "offer_talks") \
                and lower[e:e + 1] in (["on"], ["about"], ["over"], ["concerning"], ["regarding"]):
            # "efforts to initiate talks on the question of Viet-Nam": the state after a topic noun is the
            # talks' subject, not a party to them (but "talks on Kashmir" keeps its old reading)
            topic = _topic_after(lower, groups, e + 1, e + 6)
            # (but a topic that is also a party named before the talks stays one: "The United States and Iran
            # held talks on the issue of Iran's nuclear programme")
            topic -= {c for g in groups if g[-1][1] <= s for c in _codes(g)}
            pairs = [(a, b) for a, b in pairs if a not in topic and b not in topic]
        if pairs and cue.cue_id == "agree":
            k = e + (lower[e:e + 1] == ["on"])
            if lower[k:k + 3] == ["the", "need", "to"]:
                # "We agree on the need to stop Iran from destabilizing countries": the state to be stopped is
                # what the agreement is about, no party to it
                about = {c for g in groups if g[0][0] > k + 2 for c in _codes(g)}
                pairs = [(a, b) for a, b in pairs if a not in about and b not in about]
        if pairs and coordinated and last_targets and e < len(lower) and lower[e] in ("it", "them") \
                and set(a for a, _ in pairs) <= set(last_subject):
            # "The US supports Israel in occupied Palestine and provides it with arms": the pronoun after a
            # second predicate of the same subject is the first one's object, not a state named later
            pairs = [(a, b) for a in dict.fromkeys(a for a, _ in pairs) for b in last_targets if a != b]
        sides = next((g for g in groups if g[-1][1] == s and len(set(_codes(g))) == 2 and all(
            lower[a[1]:b[0]] in (["-"], ["\u2013"], ["/"]) for a, b in zip(g, g[1:]))), None) \
            if cue.symmetric and intensity < 0 and not negated and lower[s - 1] not in _FORCES | {
                "military", "army", "armies", "navy", "militaries"} and (
                cue.pos == "noun" or lower[s] in _RIVALRY_NOUNS) else None
        if sides is not None and (any(w in ("end", "ending", "ended", "after", "since") for w in
                                      lower[max(0, sides[0][0] - 3):sides[0][0]])
                                  or lower[e:e + 4] == ["came", "to", "an", "end"] or lower[e:e + 1] == ["ended"]):
            sides = None   # "the end of the Iran-Iraq war", "the Iraq-Iran war came to an end": no fighting now
        if sides is not None:
            # "the Iran-Iraq war", "the India-Pakistan border dispute": the two named in the compound are
            # the two sides, whoever the clause's subject is ("Egypt faces problems such as the Iran-Iraq war")
            pairs, joint = list(permutations(dict.fromkeys(_codes(sides)), 2)), []
        if pairs and cue.cue_id == "peacekeeping" and s >= 2 and lower[s - 2] == "-" \
                and lower[s - 1] in ("led", "run", "commanded"):
            # "members of a NATO-led peacekeeping force": the force is the named leader's, whoever the
            # clause's subject is
            leader = next((g for g in groups if g[-1][1] == s - 2), None)
            if leader is not None:
                pairs = [(x, b) for x in _codes(leader) for b in dict.fromkeys(b for _, b in pairs) if x != b]
        if pairs and s >= 2 and lower[s - 2] == "no" and _comparative(lower[s - 1]) and "than" in lower[e:e + 2]:
            # "Iran will face no fiercer enemy than Israel", "has no better friend than Washington": the one
            # after "than" is the enemy or the friend
            than_at = e + lower[e:e + 2].index("than")
            after = {c for g in groups if g[0][0] == than_at + 1 for c in _codes(g)}
            if after and all(b in after for _, b in pairs):
                pairs = [(b, a) for a, b in pairs]
        if joint and intensity < 0:
            fought = {c for g in groups if e <= g[0][0] <= e + 8 and lower[g[0][0] - 1] == "against"
                      for c in _codes(g)}
            members = list(dict.fromkeys(x for ab in joint for x in ab))
            if fought & set(members):
                # "the lives of Iraqis and Iranians in a war which he unleashed against Iran": one of the two
                # is the one fought, so they are the war's two sides, not allies in it
                pairs = list(dict.fromkeys(pairs + [(a, b) for a in members if a not in fought for b in fought]))
                joint = []
        if intensity < 0 and srcs and any(w in _MENDING for w in lower[max(0, s - 3):s]):
            # "Kuwait's emir flew to Jeddah, seeking to heal a rift that saw Saudi Arabia ... cut links with Qatar":
            # the one mending a quarrel is no party to it (the quarrel's own sides stay as told)
            pairs = [(a, b) for a, b in pairs if a not in srcs and b not in srcs]
            joint = [(a, b) for a, b in joint if a not in srcs and b not in srcs]
        place = _war_named_by_place(lower, s, e, groups, kinds) if cue.cue_id == "war" else None
        if place is not None:
            # "the Algerian war is a test of the Organization and its Members": a war named by its land links
            # only that state to the others ("France's part in the Algerian war"), not the others to each other
            # (states named beside it may be its sides: "India defeated Pakistan in the Bangladesh war"; a body is not)
            pairs = [(a, b) for a, b in pairs if place in (a, b) or not ({a, b} & ORG_CODES)]
            joint = [(a, b) for a, b in joint if place in (a, b) or not ({a, b} & ORG_CODES)]
        if pairs and not cue.experiencer and any(
                c in [x for g in groups if g[-1][1] <= s for x in _codes(g)] for c, _ in pairs) and not (
                cue.pos == "noun" and clause_subject and not set(a for a, _ in pairs) & set(clause_subject)):
            # (an agent named after the cue, "a planned visit by Stockholm's defence minister", is not
            # the subject of the clause's next verb: "... and summoned the Swedish ambassador"; nor is the
            # owner of a noun inside the object, "described the strikes of Paris and London as aggression
            # and threatened Qatar")
            last_subject = list(dict.fromkeys(a for a, _ in pairs))
            last_targets = list(dict.fromkeys(b for _, b in pairs))
        prev_cue_start = s
        for a, b in pairs:
            if a != b:
                events.append({"source": a, "target": b, "event_class": klass,
                               "intensity": round(float(np.clip(intensity, -10, 10)), 2),
                               "cue": cue_text, "cue_pos": s})
        if end_called_by and srcs:
            # ... and the one calling for it makes a demand on its author, as "urged Iraq to withdraw" does
            for a in end_called_by:
                for b in dict.fromkeys(srcs):
                    events.append({"source": a, "target": b, "event_class": "verbal_conflict",
                                   "intensity": WITHDRAWAL_DEMANDED_INTENSITY, "cue": f"an end to {cue_text}",
                                   "cue_pos": s})
        if joint and intensity < 0 and _DISASTER.search(" ".join(words)):
            joint = []   # "a hurricane dumped rain on Honduras and Nicaragua ..., floods that killed hundreds"
        if joint and negated and not any(w in _STOPPING for w in lower[max(0, s - 3):s]):
            joint = []   # "The two delegations have not met face to face": nothing done together (but "have never
            #              stopped cooperating" is cooperation still)
        if joint and any(w in _APART for w in lower[max(0, s - 3):s]):
            joint = []   # "Japan and Australia separately condemned the launch": each alone, not together
        if joint and lower[e:e + 1] in (["him"], ["her"], ["me"]):
            joint = []   # "both presidents had assured him they wanted a peaceful outcome": each told a third
            #              person, nothing done together
        if joint and intensity < 0 and lower[s] in _VICTIM_PARTICIPLES and e < len(lower) \
                and lower[e] in ("in", "when", "as", "during", "after"):
            joint = []   # "Rwandan, Burundian presidents killed in plane crash": both the victims, no act together
        if joint and cue.cue_id in ("travel", "visit") and any(w in _GATHERINGS for w in lower[e:e + 12]):
            joint = []   # "leaders of Argentina and Turkey arrived in Hangzhou for a summit": both attend, no act
            # together (the codebook's neutral "both attend a summit on a third topic")
        if joint and s > 0 and (lower[s - 1] in _PASSIVE or lower[s - 1] == "those" or (
                s > 1 and lower[s - 2] in _PASSIVE and lower[s - 1] in _ADVERBS)) and lower[s].endswith("ed") \
                and not any(w == "by" for w in lower[e:e + 2]):
            joint = []   # "India and Mexico were among those invited to the summit": both invited, no act together
        for a, b in joint:
            # (voting alike is no joint act, nor being friends of one state: "Cyprus, Turkey and Greece are
            # all friends of China")
            if (a, b) not in pairs and not cue.cue_id.startswith("vote_") and cue.cue_id != "friend_of":
                events.append({"source": a, "target": b, "event_class": "material_cooperation",
                               "intensity": JOINT_ACTION_INTENSITY, "cue": f"jointly: {cue_text}",
                               "cue_pos": s})
    # "Afghan and American forces are searching every inch of the border": the forces of two states
    # named as one body act together, whatever the verb (not "between Afghan and Pakistani troops",
    # nor troops facing each other across a border)
    def _forces_end(g) -> int | None:
        e = g[-1][1]
        if lower[e - 1] in _JOINT_FORCES:
            return e
        if e < len(lower) and lower[e] in _JOINT_FORCES:
            return e + 1
        # "Somali government troops", "Afghan army soldiers", "Iraqi special forces"
        return e + 2 if e + 1 < len(lower) and lower[e] in _FORCE_QUALIFIERS and lower[e + 1] in _JOINT_FORCES else None

    bodies = list(groups)
    for g, h in zip(groups, groups[1:]):
        # "18,000 US troops and Afghan forces": two forces joined by "and"
        ge = _forces_end(g)
        if ge is not None and ge < len(lower) and lower[ge] == "and" and h[0][0] == ge + 1 \
                and _forces_end(h) is not None:
            bodies.append(g + h)
    for g in bodies:
        codes = list(dict.fromkeys(_codes(g)))
        g0, g1 = g[0][0], g[-1][1]
        if len(codes) < 2 or not (_forces_end(g) is not None
                                  # "near a joint US-Iraqi checkpoint": joint whatever they man
                                  or (g0 > 0 and lower[g0 - 1] in ("joint", "combined"))) \
                or (g0 > 0 and lower[g0 - 1] in _SUBJECT_BLOCKERS | {"between"}) \
                or any(w in _FACING for w in lower) \
                or any(ev["source"] in codes and ev["target"] in codes for ev in events):
            continue
        for a, b in permutations(codes, 2):
            events.append({"source": a, "target": b, "event_class": "material_cooperation",
                           "intensity": JOINT_ACTION_INTENSITY,
                           "cue": f"jointly: {' '.join(words[g0:max(g1, _forces_end(g) or g1)])}",
                           "cue_pos": g0})
    # "the initiative taken by Egypt and Iran", "a draft resolution sponsored by Brazil and Germany": a
    # proposal two states put forward together is a joint act
    for k in (k for k, w in enumerate(lower) if w in _PROPOSAL_NOUNS):
        by = next((j for j in range(k + 1, min(k + 4, len(lower))) if lower[j] == "by"), None)
        if by is None or not all(w in _AUTHOR_VERBS for w in lower[k + 1:by]):
            continue
        g = next((g for g in groups if g[0][0] in (by + 1, by + 2) and (g[0][0] == by + 1 or lower[by + 1] == "the")), None)
        codes = list(dict.fromkeys(_codes(g))) if g is not None else []
        if len(codes) >= 2 and not any(ev["source"] in codes and ev["target"] in codes for ev in events):
            events += _joint_events(codes[:1], codes[1:], " ".join(words[k:g[-1][1]]), k)
    # "Chadian troops join French offensive in Mali", "Japan joined the US-led coalition": the one who
    # joins a state's force or campaign fights on its side; "Bahrain and Egypt followed Riyadh in cutting
    # ties with Qatar", "Japan joined the US in imposing sanctions on North Korea": the joiner does what the
    # joined state does, at its side
    # ("Brussels stood fully behind Madrid in demanding the release": the backer does the act at its side)
    for k in (k for k, w in enumerate(lower) if k and (w in _JOIN_VERBS | _FOLLOW_VERBS or (
            w == "behind" and (lower[k - 1] in _STAND_VERBS or (k > 1 and lower[k - 2] in _STAND_VERBS
                                                                 and lower[k - 1].endswith("ly")))))):
        j = k + 1 + (k + 1 < len(lower) and lower[k + 1] in ("the", "a", "an"))
        h = next((g for g in groups if g[0][0] == j), None)
        if h is None:
            continue
        end = h[-1][1]
        t = _past_time(lower, end)   # ("joined India on Wednesday in pulling out of the summit")
        in_act = lower[t:t + 1] == ["in"] and lower[k + 1] not in ("a", "an")
        after = end + 2 if lower[end:end + 2] in (["-", "led"], ["-", "backed"]) else end
        # ("Chadian troops join French troops": the force is part of the name found)
        body = lower[k] in _JOIN_VERBS and bool(set(lower[after - 1:after + 2]) & _JOINED_BODIES)
        if not (body or in_act):
            continue
        subj = _subject([g for g in groups if g[-1][1] <= k and not _break_between(g[-1][1], k)], lower, words, k)
        if subj is None or any(w in _FACING | {"against"} for w in lower[subj[-1][1]:k]):
            continue
        joiner, joined = list(dict.fromkeys(_codes(subj))), list(dict.fromkeys(_codes(h)))
        if body:
            # the joined side's own act ("the American boycott of ...") is the joiner's too, and no hostile
            # act links the two ("crossed into Somalia and joined Somali government forces fighting Islamists")
            owned = [ev for ev in events if k < ev["cue_pos"] <= after + 1 or (
                ev["intensity"] < 0 and ev["source"] in joiner + joined and ev["target"] in joiner + joined)]
            events = [ev for ev in events if ev not in owned or not (
                ev["source"] in joiner + joined and ev["target"] in joiner + joined)]
            events = _share_acts(events, owned, joiner, joined, joiner, " ".join(words[k:after + 1]), k)
        if in_act:
            owned = [ev for ev in events if ev["cue_pos"] > end and ev["source"] in joined
                     and not ev["cue"].startswith("jointly")]
            deed = t + 1 + (lower[t + 1:t + 2] == ["the"])   # ("joined the United States in the fight against")
            if not owned and not (deed < len(lower) and (lower[deed].endswith("ing") or lower[deed] in _JOINED_DEEDS)):
                continue   # ("Myanmar joined ASEAN in 1997": membership, long ago, and no act to share)
            events = [ev for ev in events if not (ev in owned and ev["target"] in joiner)]
            events = _share_acts(events, owned, joiner, joined, joiner + joined, " ".join(words[k:t + 1]), k)
    # "US troops with crack Iraqi soldiers surged into Fallujah", "Qatar, whose jets fly alongside
    # French aircraft": forces side by side
    for k, w in enumerate(lower):
        if not (w in ("alongside", "beside") or (w == "with" and k > 0 and lower[k - 1] in _JOINT_FORCES)):
            continue
        h = next((g for g in groups if k < g[0][0] <= k + 3 and all(
            words[i].islower() and words[i].isalpha() for i in range(k + 1, g[0][0]))), None)
        if h is None or _forces_end(h) is None:
            continue
        left = [g for g in groups if g[-1][1] <= k and not _break_between(g[-1][1], k)]
        subj = next((g for g in reversed(left) if _forces_end(g) == k), None) if w == "with" \
            else _subject(left, lower, words, k)
        if subj is None or any(x in _FACING | _INTERCEPT | {"against"} for x in lower[subj[-1][1]:]) \
                or any(x in _NONSTATE for x in lower[subj[-1][1]:subj[-1][1] + 2]):
            continue   # (not an intercept, "flew alongside a US Navy aircraft in an unsafe intercept",
            # nor "Syrian rebels fought alongside Turkish troops": rebels are not their country)
        ours, theirs = list(dict.fromkeys(_codes(subj))), list(dict.fromkeys(_codes(h)))
        if not any(ev["source"] in ours + theirs and ev["target"] in ours + theirs for ev in events):
            events += _joint_events(ours, theirs, " ".join(words[k:_forces_end(h)]), k)
    # "Investigators from South Korea, the United States and Sweden concluded ...": one team of several states
    for k in (k for k, w in enumerate(lower[:-2]) if w in _JOINT_TEAMS and lower[k + 1] == "from"):
        listed, j = [], k + 2
        for g in groups:
            if g[0][0] < j:
                continue
            if g[0][0] > j and not all(w in (",", "and", "the") for w in lower[j:g[0][0]]):
                break
            listed.append(g)
            j = g[-1][1]
        codes = list(dict.fromkeys(c for g in listed for c in _codes(g)))
        if any(w in _NOT_JOINT_AFTER for w in lower[j:j + 4]):
            continue   # (not "Diplomats from Russia and Britain were expelled", "disputed each other's figures")
        if len(codes) >= 2 and not any(ev["source"] in codes and ev["target"] in codes for ev in events):
            for n, a in enumerate(codes):
                events += _joint_events([a], codes[n + 1:], " ".join(words[k:j]), k)
    # "the search, which Australia is leading at Kuala Lumpur's request", "deployed with Kinshasa's approval"
    events += _consent_events(lower, words, groups, events)
    events = _appositive_backers(lower, words, groups, events)
    events = _not_partners_of_a_demand(lower, groups, events)
    events = _switched_sides(lower, words, groups, kinds, events)
    events += _court_orders(lower, words, groups, events)
    events += _took_refuge(lower, words, groups, kinds, events)
    events = _withdrawal_demanded(lower, words, groups, events)
    # "We thank Egypt for its efforts, and Turkey and Qatar for their support": the thanks reach every
    # state named with its own "for" after the first (a gapped verb)
    for ev in [ev for ev in events if ev["cue"].split(" ", 1)[0].lower().startswith(_GAPPED_THANKS)]:
        for g in groups:
            g0, g1 = g[0][0], g[-1][1]
            if g0 > ev["cue_pos"] and g1 < len(lower) and lower[g1] == "for" and g0 > 1 \
                    and lower[g0 - 1] in ("and", ",") and "," in lower[max(ev["cue_pos"], g0 - 2):g0] \
                    and not any(w in (";", ".") for w in lower[ev["cue_pos"]:g0]) \
                    and lower[g1 + 2:g1 + 3] != ["part"]:   # ("and Azerbaijan for its part accused Paris")
                # (what follows "for" up to the clause's end is the gapped object's deed, not the first's)
                end = next((k for k in range(g1, len(lower)) if lower[k] in (",", ";", "as", "while", "but")), len(lower))
                events = [x for x in events if not (g1 < x["cue_pos"] < end and x["target"] == ev["source"]
                                                    and x["source"] not in _codes(g))]
                events += [{**ev, "target": b} for b in _codes(g) if b != ev["source"]]
    # "Koizumi visited the shrine despite protests from China and South Korea": the protesters
    # oppose the subject's act
    for k in range(len(lower) - 3):
        if lower[k] != "despite":
            continue
        j = k + 1 + (lower[k + 1] in ("the", "strong", "angry", "repeated", "fierce", "loud"))
        if lower[j] not in _OBJECTIONS or j + 1 >= len(lower) or lower[j + 1] not in ("from", "by", "of"):
            continue
        voices = [g for g in groups if j + 1 < g[0][0] <= j + 4]
        subj = _subject([g for g in groups if g[-1][1] <= k], lower, words)
        if not voices or subj is None:
            continue
        for a in _codes(voices[0]):
            for b in _codes(subj):
                if a != b and not any(ev["source"] == a and ev["target"] == b for ev in events):
                    events.append({"source": a, "target": b, "event_class": "verbal_conflict",
                                   "intensity": JUDGED_INTENSITY, "cue": " ".join(words[k:j + 2]), "cue_pos": k})
    events += _mission_hosts(events, groups, kinds, lower, words)
    # "The U.S.-led invasion of Iraq drew protests from France and Germany": the protest is at the
    # act's author, not its victim (the protesters side with the victim)
    acts = {(ev["source"], ev["target"]): ev["cue_pos"] for ev in events if ev["intensity"] < 0
            and not ev["cue"].startswith("jointly")}
    scolded = {(x["source"], x["target"]) for x in events if x["event_class"] == "verbal_conflict"}
    events = [ev for ev in events if not (
        ev["event_class"] == "verbal_conflict" and any(w in ev["cue"].lower() for w in _REACTION_WORDS) and any(
            t == ev["target"] and a != ev["source"] and p < ev["cue_pos"] and (ev["source"], a) in scolded
            for (a, t), p in acts.items()))]
    # "Washington called the veto a disgrace": a judgement of the act the article reported last
    at = _judged_at(lower)
    if at is not None:
        # "North Korea shelled the island, and Japan called the attack unforgivable": the act named after
        # the judging verb is one the sentence has told already, not the judge's own; its agent is judged
        # (not the judge's own act told first: "gave the Libyan ambassador 72 hours to leave, calling the
        # memorandum legally void")
        judge = _subject([g for g in groups if g[-1][1] <= at and not _in_closed_relative(lower, g, at)]
                         or [g for g in groups if g[-1][1] <= at], lower, words)
        judges = set(_codes(judge)) if judge is not None else set()
        told = [ev for ev in events if ev["intensity"] < 0 and ev["cue_pos"] < at - 1]
        named_act = next((k for k in range(at + 2, min(len(lower), at + 5)) if lower[k] in _ACT_NOUNS), None)
        if named_act is not None and lower[at + 1] in ("the", "this", "that", "these", "those") \
                and judge is not None and at - 1 <= judge[-1][1] <= at \
                and not any(at + 1 < g[0][0] < named_act for g in groups):
            # (not "called the EU sanctions on Moscow a mistake": an act whose agent is named is that agent's)
            # (a judge named just before its verb: not a participle's, "..., calling the memorandum void")
            if told and not any(ev["source"] in judges for ev in told):
                events = [ev for ev in events if ev["cue_pos"] != named_act]
                reacted_to = tuple(dict.fromkeys(ev["source"] for ev in told))
            elif not told:
                # "Ukraine called the annexation illegal", "Maduro called the visit of HMS Trent a threat": the
                # judge judges the act of the one it names, whatever the act (an act whose agent is named,
                # "the Russian annexation", "the U.S. sanctions", stays that agent's)
                events = [{**ev, "event_class": "verbal_conflict", "intensity": JUDGED_INTENSITY,
                           "cue": f"{' '.join(words[at:at + 2])} {lower[named_act]} ... {lower[_judged_word(lower, at)]}"}
                          if ev["cue_pos"] == named_act and ev["source"] in judges else ev
                          for ev in events]
    if at is not None and reacted_to:
        # ("Eritrea, which UN monitors have accused of arming the Islamists, called the offensive an
        # invasion": the judge is the one outside the relative clause, and the judging word is no act)
        subj = _subject([g for g in groups if g[-1][1] <= at and not _in_closed_relative(lower, g, at)]
                        or [g for g in groups if g[-1][1] <= at], lower, words)
        judged = _judged_word(lower, at)
        events = [ev for ev in events if not (ev["cue_pos"] == judged and ev["intensity"] < 0)]
        srcs = _codes(subj) if subj is not None else []
        for a in srcs:
            for b in reacted_to:
                if a != b and not any(ev["source"] == a and ev["target"] == b for ev in events):
                    events.append({"source": a, "target": b, "event_class": "verbal_conflict",
                                   "intensity": JUDGED_INTENSITY,
                                   "cue": f"{' '.join(words[at:at + 2])} ... {lower[_judged_word(lower, at)]} "
                                          "(the last act)", "cue_pos": at})
    # "Serbia and Kosovo initialled an EU-brokered agreement to normalise relations": the broker
    # mediates between the parties; the agreement is theirs, not made with the broker
    brokers: dict[str, str] = {}   # broker -> the words that name it so
    for g in groups:
        g0, g1 = g[0][0], g[-1][1]
        if g1 + 1 < len(lower) and lower[g1] == "-" and lower[g1 + 1] in _BROKERED:
            brokers.update(dict.fromkeys(_codes(g), "".join(words[g0:g1 + 2])))
        elif g0 >= 2 and lower[g0 - 1] == "by" and lower[g0 - 2] in _BROKERED:
            brokers.update(dict.fromkeys(_codes(g), " ".join(words[g0 - 2:g1])))
    if brokers:
        shared = [ev for ev in events if ev["intensity"] > 0 and not ev["cue"].startswith("jointly")
                  and (ev["source"] in brokers) != (ev["target"] in brokers)]
        deals = [ev for ev in shared if ev["cue"].split(" ", 1)[0].lower() not in _BROKERED]
        parties = list(dict.fromkeys(c for ev in shared for c in (ev["source"], ev["target"]) if c not in brokers))
        if len(parties) >= 2 and deals:
            events = [ev for ev in events if not any(ev is x for x in shared)]
            for a, b in permutations(parties, 2):
                if not any(x["source"] == a and x["target"] == b and x["cue_pos"] <= deals[0]["cue_pos"] for x in events):
                    events.append({**deals[0], "source": a, "target": b})
            for m, named_as in brokers.items():
                for b in parties:
                    events.append({"source": m, "target": b, "event_class": "verbal_cooperation",
                                   "intensity": cm.by_id["mediate"].intensity, "cue": named_as,
                                   "cue_pos": deals[0]["cue_pos"]})
            events.sort(key=lambda ev: ev["cue_pos"])
    # "met in Antalya at Ankara's invitation", "talks hosted by Qatar": the host receives the parties
    for g in groups:
        g0, g1 = g[0][0], g[-1][1]
        if g0 >= 1 and lower[g0 - 1] == "at" and lower[g1:g1 + 2] in (["'s", "invitation"], ["\u2019s", "invitation"]):
            named = words[g0 - 1:g1 + 2]
        elif g0 >= 4 and lower[g0 - 4:g0] == ["at", "the", "invitation", "of"]:
            named = words[g0 - 4:g1]
        elif g0 >= 2 and lower[g0 - 2:g0] == ["hosted", "by"]:
            named = words[g0 - 2:g1]
        else:
            continue
        hosts = _codes(g)
        guests = [c for ev in events for c in (ev["source"], ev["target"]) if c not in hosts] or [
            c for c in (_codes(groups[0]) if groups[0] is not g else []) if c not in hosts]
        for h in hosts:
            for b in dict.fromkeys(guests):
                if not any(ev["source"] == h and ev["target"] == b for ev in events):
                    events.append({"source": h, "target": b, "event_class": "verbal_cooperation",
                                   "intensity": cm.by_id["host"].intensity,
                                   "cue": " ".join(named), "cue_pos": g0})
    # "Britain welcomed an EU decision to impose sanctions on Mugabe", "Turkish parliament backs Iraq
    # incursion", "Kuwait welcomed the collapse of Saddam's regime": praise of a hostile measure (or of a
    # state's downfall) sides against its target; the measure's author named between stays praised
    events = _ally_epithets(events, groups, lower, words)
    events = _reaction_to_the_move(events, cues, groups, lower)
    events = _reaction_to_previous_clause(events, cues, groups, lower)
    events = _siding_against(events, cues, groups, lower, words)
    events = _backed_act(events, cues, groups, lower)
    events = _let_agent(events, cues, groups, lower)
    events = _hosted_forces_hit(events, cues, groups, lower, kinds)
    events = _joined_against(events, cues, groups, lower, kinds)
    events = _drawn_from(events, cues, groups, lower)
    events = _appeals_for_talks(events, cues, lower)
    events = _attributive_acts(events, cues, groups, lower)
    # (the clause-level readings that take the same four arguments, in this order)
    for step in (_reported_violations, _threats_and_coercion, _assured_of_support, _targets_in_later_relative,
                 _concern_for_a_place, _resisting_aggression, _purpose_of_contact, _gathered_in,
                 _occupied_without_agent, _relative_subject_no_party, _charges_rejected, _protest_on_behalf,
                 _pressed_with_partner, _walked_away_from, _with_support_of, _end_of_sought, _right_denied,
                 _act_as_time, _welcomed_into_body):
        events = step(events, cues, groups, lower)
    events = _inside_a_relative(events, groups, lower)
    events = _endorsed_measures(events, cues, groups, lower, words, cm)
    events = _opposed_measures(events, cues, groups, lower)
    events = _rejected_offers(events, cues, lower, groups)
    # one event per ordered pair: the first cue that links it governs (news puts the main
    # clause first); joint action yields to any direct act between the two
    best: dict[tuple[str, str], dict] = {}
    for ev in events:
        k = (ev["source"], ev["target"])
        if k not in best or (best[k]["cue"].startswith("jointly") and not ev["cue"].startswith("jointly")):
            best[k] = ev
        elif ev["intensity"] * best[k]["intensity"] > 0 and abs(ev["intensity"]) > abs(best[k]["intensity"]) \
                and not ev["cue"].startswith("jointly"):
            # the first cue sets the sign; a stronger cue of the same sign sets the strength
            # ("received ... and signed a memorandum")
            best[k] = ev
    return list(best.values())


#: Nouns that do harm with no state behind them ("fighting that has killed"), besides the natural disasters
#: of ``_DISASTER`` ("the earthquake, which killed").
_AGENTLESS = {"fighting", "violence", "clashes", "unrest", "blast", "blasts", "explosion", "explosions", "fire", "fires",
              "epidemic", "outbreak", "disease", "virus", "crash", "accident", "insurgency", "war", "conflict",
              "disaster", "cholera", "bomb", "bombs", "bombing", "bombings"}
_RELATIVE_AUX = {"has", "have", "had", "was", "were", "is", "are", "also", "reportedly", "already", "so", "far"}


#: Nouns of a standing patron or friend after a possessive ("China, Myanmar's main ally,"), and the
#: adjectives allowed between them.
_ALLY_NOUNS = {"ally", "allies", "backer", "backers", "patron", "protector", "benefactor", "friend", "partner"}
_ALLY_ADJECTIVES = {"main", "closest", "close", "key", "chief", "staunchest", "staunch", "strongest", "oldest", "only",
                    "sole", "traditional", "strategic", "longtime", "long-time", "biggest", "major", "principal",
                    "last", "top", "most", "important", "powerful", "regional", "economic", "military"}


#: What an international body keeps in a host state ("an African Union force in Darfur"), the bodies that
#: keep peace missions (not NATO, whose operations may be wars, nor the IMF's or World Bank's missions), the
#: words that may stand between the two ("an EU monitoring mission"), and the verbs after it that make the
#: force a party to violence ("African Union troops in Somalia killed seven civilians").
_MISSION_NOUNS = {"force", "forces", "mission", "missions", "troops", "peacekeepers", "monitors", "observers",
                  "contingent"}
_PEACE_BODIES = {"UN", "AU", "EU", "ECOWAS", "OSCE", "SADC", "IGAD", "OAS", "LAS", "ARAB", "CIS"}
#: Words that make a peace body's troops a threat to the rulers ("to restore constitutional order in Niger").
_COUP_WORDS = {"constitutional", "junta", "juntas", "coup", "putsch", "mutineers", "usurpers", "oust", "topple",
               "compel"}
_MISSION_MODIFIERS = {"peacekeeping", "monitoring", "observer", "military", "police", "civilian", "stabilisation",
                      "stabilization", "training", "protection", "peace", "verification", "assistance"}
_VIOLENT_VERBS = {"killed", "kill", "kills", "killing", "shot", "shoot", "fired", "attacked", "attack",
                  "bombed", "raided", "shelled", "opened", "clashed", "clash", "fought", "wounded"}


def _mission_hosts(events: list[dict], groups: list, kinds: dict, lower: list[str], words: list[str]) -> list[dict]:
    """Peacekeeping read from a body's force or mission in a state ("an African Union force in Sudan's
    Darfur region", "the UN mission in Haiti"), when no event already links the two. Only organisations:
    a state's forces in another state may be invited or invading, and the sentence's cues decide.
    """
    linked = {frozenset((ev["source"], ev["target"])) for ev in events}
    cm = _cue_matcher()
    peacekeeping = cm.cues[cm.key_by_id["peacekeeping"]].intensity   # the lexicon's, CAMEO 074
    out = []
    for g in groups:
        if _group_kinds(g, kinds) != {"organization"} or len(set(_codes(g))) != 1 \
                or _codes(g)[0] not in _PEACE_BODIES:
            continue
        k = g[-1][1]
        if lower[k:k + 1] == ["("] and lower[k + 2:k + 3] == [")"]:
            k += 3   # "an African Union (AU) force"
        elif lower[k:k + 1] == [")"]:
            k += 1   # (the same, when the bracketed abbreviation is part of the name)
        if k < len(lower) and lower[k] in _MISSION_MODIFIERS:
            k += 1
        if k + 1 >= len(lower) or lower[k] not in _MISSION_NOUNS or lower[k + 1] not in ("in", "to"):
            continue
        if any(w in _VIOLENT_VERBS for w in lower[k + 2:k + 10]):
            continue
        host = next((h for h in groups if k + 2 <= h[0][0] <= k + 4 and all(
            w in ("the", "a") or w in _PLACE_ADJ for w in lower[k + 2:h[0][0]])), None)
        if host is None or _group_kinds(host, kinds) != {"country"} or len(set(_codes(host))) != 1:
            continue
        a, b = _codes(g)[0], _codes(host)[0]
        if a != b and frozenset((a, b)) not in linked:
            linked.add(frozenset((a, b)))
            out.append({"source": a, "target": b, "event_class": "material_cooperation",
                        "intensity": peacekeeping, "cue": " ".join(words[k:k + 2]), "cue_pos": g[0][0]})
    return out


def _ally_epithets(events: list[dict], groups: list, lower: list[str], words: list[str]) -> list[dict]:
    """
    Add the standing alliance an apposition names ("China, Myanmar's main ally, said ...",
    "Pyongyang's closest ally China"): weak cooperation both ways, marked as an epithet
    (``EPITHET_MARK``), so that any act between the two in the story outweighs it.
    """
    for g in groups:
        # "Russia, a close ally of Syria, vetoed the draft": the same apposition, named with "of"
        j = g[0][0] - 2
        if j >= 1 and lower[j + 1] == "of" and lower[j] in _ALLY_NOUNS:
            i = j - 1
            while i >= 0 and lower[i] in _ALLY_ADJECTIVES:
                i -= 1
            named = next((h for h in groups if i >= 2 and lower[i] in ("a", "an", "the") and lower[i - 1] == ","
                          and h[-1][1] == i - 1), None)
            if named is not None:
                events = _ally_events(events, groups, named, g, f"{' '.join(words[i:g[-1][1]])} {EPITHET_MARK}", i)
            continue
        g1 = g[-1][1]
        if lower[g1:g1 + 1] not in (["'s"], ["\u2019s"]):
            continue
        k = g1 + 1
        while k < len(lower) and lower[k] in _ALLY_ADJECTIVES:
            k += 1
        if k >= len(lower) or lower[k] not in _ALLY_NOUNS:
            continue
        nxt = k + 2 if lower[k + 1:k + 2] == [","] else k + 1
        nxt += 1 if lower[nxt:nxt + 1] == ["the"] else 0
        named = next((h for h in groups if (g[0][0] >= 2 and lower[g[0][0] - 1] == "," and h[-1][1] == g[0][0] - 1)
                      or h[0][0] == nxt), None)
        if named is None:
            continue
        cue = f"{' '.join(words[g[0][0]:k + 1])} {EPITHET_MARK}".replace(" 's ", "'s ").replace(" \u2019s ", "\u2019s ")
        events = _ally_events(events, groups, named, g, cue, g[0][0])
    return events


def _ally_events(events: list[dict], groups: list, named, ally_of, cue: str, at: int) -> list[dict]:
    """The epithet's weak cooperation both ways between ``named`` and ``ally_of``; the state named only
    in the epithet takes no part in the sentence's hostile acts ("The US, Israel's closest ally, vetoed
    the resolution" is no veto aimed at Israel)."""
    ours, theirs = _codes(named), _codes(ally_of)
    if not any(h is not ally_of and set(_codes(h)) & set(theirs) for h in groups):
        events = [ev for ev in events if ev["intensity"] > 0 or not (ev["source"] in theirs or ev["target"] in theirs)]
    for a in ours:
        for b in theirs:
            for x, y in ((a, b), (b, a)):
                if x != y and not any(ev["source"] == x and ev["target"] == y for ev in events):
                    events.append({"source": x, "target": y, "event_class": "verbal_cooperation",
                                   "intensity": EPITHET_INTENSITY, "cue": cue, "cue_pos": at})
    return events


#: Nouns of a common deed after "joined X in" ("Angolan Armour Joins Zimbabwe, Namibia in Rescue of Kabila").
_JOINED_DEEDS = {"rescue", "defence", "defense", "support", "fight", "war", "push", "bid", "boycott", "effort",
                 "efforts", "call", "calls", "protest", "protests", "condemnation", "condemnations", "campaign"}


#: Verbs of dropping one partner for another ("Honduras Drops Taipei for Beijing").
_SWITCH_VERBS = {"drops", "dropped", "drop", "dropping", "ditches", "ditched", "ditch", "ditching", "dumps", "dumped",
                 "dump", "dumping", "abandons", "abandoned", "abandon", "abandoning"}
_SWITCH_FROM_VERBS = {"switches", "switched", "switch", "switching", "shifts", "shifted", "shift", "shifting",
                      "transferred", "transfers", "transfer"}
_SWITCHED_BONDS = {"recognition", "ties", "relations", "allegiance", "diplomatic", "its", "their"}
#: Intensities of dropping a partner (as cutting ties, weaker) and of taking up the new one (as establishing ties).
DROP_INTENSITY, TAKE_UP_INTENSITY = -6.0, 6.0


def _pair_linked(events: list[dict], ours, theirs) -> bool:
    """Whether an event already links a state of ``ours`` with one of ``theirs``, either way."""
    return any((ev["source"] in ours and ev["target"] in theirs) or (ev["source"] in theirs and ev["target"] in ours)
               for ev in events)


def _switched_sides(lower: list[str], words: list[str], groups: list, kinds: dict, events: list[dict]) -> list[dict]:
    """
    Events of a state dropping one partner for another.

    "Honduras Drops Taipei for Beijing", "Costa Rica switched diplomatic recognition from Taiwan to China",
    "the decision by Honduras to drop Taiwan for China": the subject turns from the first
    (``DROP_INTENSITY``, material conflict) to the second (``TAKE_UP_INTENSITY``, verbal cooperation), in
    place of what the words inside read ("diplomatic recognition"); pairs linked by another act elsewhere in
    the sentence are left alone. Not when the switch is denied ("did not drop", "will never abandon"), nor
    for people ("Venezuelans have abandoned Venezuela for Colombia"). Returns ``events`` with these.
    """
    out: list[dict] = []
    for k, w in enumerate(lower):
        if w in _SWITCH_VERBS:
            j = k + 1 + (k + 1 < len(lower) and lower[k + 1] == "the")
            old = next((g for g in groups if g[0][0] == j), None)
            if old is None or lower[old[-1][1]:old[-1][1] + 1] != ["for"]:
                continue
        elif w in _SWITCH_FROM_VERBS:
            j = k + 1
            while j < len(lower) and lower[j] in _SWITCHED_BONDS:
                j += 1
            old = next((g for g in groups if g[0][0] in (j + 1, j + 2)), None) \
                if j > k + 1 and lower[j:j + 1] == ["from"] else None
            if old is None:
                continue
        else:
            continue
        # ("switch recognition from Taiwan" with no new partner named: the drop alone)
        new = next((g for g in groups if g[0][0] in (old[-1][1] + 1, old[-1][1] + 2)), None) \
            if lower[old[-1][1]:old[-1][1] + 1] in (["for"], ["to"]) else None
        if new is None and w in _SWITCH_VERBS:
            continue
        left = [g for g in groups if g[-1][1] <= k and not any(
            x in (";", ":") or x in _REPORTING or x in _CLAUSE_BREAK or x in _TIME_CLAUSE_OPENERS
            for x in lower[g[-1][1]:k])]
        # (the name right before the verb, or before its "to", is its subject: "the Pacific island state of
        # Nauru switched ...", "the decision by Honduras to drop ...")
        subj = next((g for g in left if g[-1][1] == k or (g[-1][1] == k - 1 and lower[k - 1] == "to")), None) \
            or (_subject(left, lower, words, k) if left else None)
        if subj is None or _group_kinds(subj, kinds) == {"demonym"} \
                or any(x in _SWITCH_DENIED for x in lower[subj[-1][1]:k]):
            continue
        # (the first state after "for"/"to" only: "abandon Taiwan for China, Blinken told reporters")
        ours, gone = list(dict.fromkeys(_codes(subj))), list(dict.fromkeys(_codes(old)))
        taken = [new[0][2]] if new is not None else []
        end = new[0][1] if new is not None else old[-1][1]
        cue = " ".join(words[k:end])
        events = [ev for ev in events if not (k <= ev["cue_pos"] < end and (
            ev["source"] in ours or ev["target"] in ours or ev["target"] in gone))]
        for targets, klass, value in ((gone, "material_conflict", DROP_INTENSITY),
                                      (taken, "verbal_cooperation", TAKE_UP_INTENSITY)):
            if set(ours) & set(targets) or _pair_linked(events + out, ours, targets):
                continue
            out += [{"source": a, "target": b, "event_class": klass, "intensity": value, "cue": cue, "cue_pos": k}
                    for a in ours for b in targets]
    return events + out


#: Words that deny a switch between its subject and its verb ("did not drop", "will never abandon").
_SWITCH_DENIED = {"not", "never", "n't", "refused", "refuses", "won't", "cannot", "nor"}


#: Bodies that judge states (their orders and rulings against a state are its censure).
_COURT_CODES = {"ICJ", "ICC", "PCA", "ITLOS"}
_ORDERING = {"ordered", "orders", "order", "told", "tells", "directed", "directs"}
_RULING = {"said", "says", "ruled", "rules", "found", "finds", "declared", "declares"}
_OBLIGED = {"must", "should", "violated", "violates", "breached", "breaches"}
#: Intensity of a court ordering a state or ruling it must act or has broken the law (CAMEO 11-like).
COURT_ORDER_INTENSITY = -3.0
#: Intensity of a state ordering another to act ("ordered Washington to shut its consulate": a demand, CAMEO 10).
STATE_ORDER_INTENSITY = -2.0


def _order_parts(lower: list[str], groups: list, k: int):
    """
    The parts of an order at ``k`` ("ordered", "told"): (the group that orders, or None; the group ordered,
    right after, "the" allowed; the index of its "to", past a time phrase: "ordered Caracas on Friday to
    refrain"), or None when no state is ordered to do something. Shared by the request reading of
    :func:`_events_for_sentence` and :func:`_court_orders`.
    """
    j = k + 1 + (k + 1 < len(lower) and lower[k + 1] == "the")
    ordered = next((g for g in groups if g[0][0] == j), None)
    if ordered is None:
        return None
    t = _past_time(lower, ordered[-1][1])
    if lower[t:t + 1] != ["to"]:
        return None
    orderer = next((g for g in groups if g[-1][1] in (k, k - 1)), None)
    if orderer is not None and orderer[-1][1] == k - 1 and lower[k - 1] == "and":
        # ("Wade backed Mbeki and told Tripoli to stop": :func:`_subject` passes over the first verb's object)
        orderer = _subject([g for g in groups if g[-1][1] <= k - 1], lower, at=k)
    return orderer, ordered, t


def _court_orders(lower: list[str], words: list[str], groups: list, events: list[dict]) -> list[dict]:
    """
    Events of a court's order or ruling against a state, or a state's order to another.

    "The World Court ordered Caracas to refrain from any step ...", "World Court Says Britain Must Hand
    Back Chagos Islands", "the ICJ ruled that Colombia had violated ...": the court (``_COURT_CODES``)
    censures the state (verbal conflict, ``COURT_ORDER_INTENSITY``). A state that orders or tells another
    to act ("Beijing ordered Washington to shut its consulate") makes a demand on it
    (``STATE_ORDER_INTENSITY``); rulings are the courts' only.
    """
    out: list[dict] = []
    for k, w in enumerate(lower):
        if w in _ORDERING:
            # (a court's order, or a state's: "Beijing ordered Washington to shut its consulate in Chengdu",
            # "Britain told Russia to withdraw its diplomats" is a demand on it, CAMEO 10, whatever is ordered)
            parts = _order_parts(lower, groups, k)
            if parts is None or parts[0] is None:
                continue
            court, state, t = parts
        elif w in _RULING:
            court = next((g for g in groups if g[-1][1] in (k, k - 1) and set(_codes(g)) <= _COURT_CODES), None)
            if court is None:
                continue
            j = k + 1 + (k + 1 < len(lower) and lower[k + 1] == "that")
            j += j < len(lower) and lower[j] == "the"
            state = next((g for g in groups if g[0][0] == j), None)
            if state is None:
                continue
            t = _past_time(lower, state[-1][1])
            after = lower[t:t + 2]
            if not (after[:1] and after[0] in _OBLIGED or after in (["had", "to"], ["has", "to"], ["had", "violated"],
                                                                    ["had", "breached"], ["has", "violated"])):
                continue
        else:
            continue
        if set(_codes(state)) & _COURT_CODES or lower[t + 1:t + 2] in (["not"], ["n't"]):
            continue   # ("said Serbia should not have to pay reparations": a ruling in its favour)
        value = COURT_ORDER_INTENSITY if set(_codes(court)) <= _COURT_CODES else STATE_ORDER_INTENSITY
        ours, theirs = list(dict.fromkeys(_codes(court))), list(dict.fromkeys(_codes(state)))
        if set(ours) & set(theirs) or _pair_linked(events + out, ours, theirs):
            continue
        out += [{"source": a, "target": b, "event_class": "verbal_conflict", "intensity": value,
                 "cue": " ".join(words[k:state[-1][1]] + words[t:t + 1]), "cue_pos": k} for a in ours for b in theirs]
    return out


#: Words that ask or force a state to do something ("urged Iraq to", "called on Israel to", "forced ... to").
_DEMANDING = (_APPEAL_VERBS - {"appealed", "appeals", "encouraged", "encourages"}) | _ORDERING | {
    "urging", "call", "calling", "ask", "asking", "demand", "demanding", "force", "forced", "forcing", "compel",
    "compelled", "compels", "press", "pressing", "pressure", "pressured", "pressuring", "tell", "insist",
    "insisted", "insists", "require", "required", "requires", "requiring"}
#: Modals that make a withdrawal owed, not done ("Iraq must withdraw from Kuwait").
_OWED = {"must", "should"}
#: Verbs (base form) and nouns of leaving a place.
_WITHDRAWING = (_PULL_OUT_VERBS - {"remove"}) | {"evacuate", "get"}
_WITHDRAWAL_NOUNS = {"withdrawal", "pullout", "pull-out", "evacuation"}
#: Words between "from" and the land left ("from the occupied Arab territories of Syria"); any other word (a deal,
#: talks, a treaty: "withdraw from the nuclear deal with Iran") makes what is left no land.
_LAND_WORDS = {"the", "occupied", "all", "of", "territories", "territory", "lands", "land", "arab", "parts", "part",
               "southern", "northern", "south", "north", "east", "west", "eastern", "western", "central", "areas",
               "area", "soil", "whole", "rest"}
#: Words of whose forces leave ("the rulers of Iraq", "Iraqi forces"): skipped between a demand and its state.
_FORCE_HOLDERS = {"the", "rulers", "regime", "government", "authorities", "forces", "troops", "army", "of", "all",
                  "foreign", "its", "their", "military", "occupation", "occupying"}
#: People or offices taken out of a place, which show no occupation ("evacuate its citizens from Iraq").
_EVACUATED = {"citizens", "nationals", "diplomats", "diplomat", "embassy", "staff", "ambassador", "envoy", "envoys",
              "personnel", "workers", "civilians", "people", "families", "students", "tourists", "consulate"}
#: Intensity of a state told to leave another's land (the demand shows it there: CAMEO 19/ occupation-like).
WITHDRAWAL_DEMANDED_INTENSITY = -4.0


def _withdrawal_demanded(lower: list[str], words: list[str], groups: list, events: list[dict]) -> list[dict]:
    """
    Events of a state told to leave another's land.

    "urged Iraq to withdraw from Kuwait", "will force the rulers of Iraq to withdraw from Kuwait", "Iraq must
    withdraw its troops from Kuwait", "The Israeli forces must be withdrawn from South Lebanon" (the passive:
    the forces' state must take them out), "demanded that Israel withdraw from ...", "called for the withdrawal of
    Iraqi forces from Kuwait": the demand shows the first state on the second's land now, a hostile presence
    (material conflict, ``WITHDRAWAL_DEMANDED_INTENSITY``), in place of what the words inside read ("withdraw
    its troops" as a pull-back done). Not when the demand is that it stay ("urged Moscow not to withdraw"),
    nor for a treaty, talks or a body left ("from the nuclear deal with Iran", "from NATO" is no land), nor for
    people taken out ("evacuate its citizens from Iraq"); the land is the first state named right after
    "from". Returns ``events`` with these.
    """
    out: list[dict] = []
    for k, w in enumerate(lower):
        noun = w in _WITHDRAWAL_NOUNS
        passive = w == "withdrawn" and k >= 3 and lower[k - 2] in _OWED and lower[k - 1] == "be"
        if not noun and not passive and w not in _WITHDRAWING:
            continue
        if w in ("pull", "get") and lower[k + 1:k + 2] not in (["out"], ["back"]):
            continue
        if noun:
            # "the withdrawal of Iraqi forces from Kuwait", asked for: "called for", "demand", "urged"
            j = k - 1
            while j >= 0 and lower[j] in ("the", "a", "an", "immediate", "complete", "total", "unconditional", "full",
                                          "and", "prompt", "speedy", "early"):
                j -= 1
            if j >= 1 and lower[j] in ("for", "on", "upon") and lower[j - 1] in _DEMANDING:
                j -= 1   # ("called for the withdrawal of", "insisted on the withdrawal of")
            if j >= 0 and lower[j] == "without" and lower[k + 1:k + 2] == ["by"]:
                # "no lasting peace without total and unconditional withdrawal by Israel from the occupied
                # territories": the withdrawal is the condition set, so demanded
                holder = next((g for g in groups if g[0][0] == k + 2), None)
            elif j < 0 or lower[j] not in _DEMANDING or lower[k + 1:k + 2] != ["of"]:
                continue
            else:
                holder = next((g for g in groups if k + 2 <= g[0][0] <= k + 3), None)
        elif passive:
            # "The Israeli forces must be withdrawn from South Lebanon": the forces' state must take them out
            holder = next((g for g in reversed(groups) if k - 5 <= g[-1][1] <= k - 2
                           and all(x in _FORCE_HOLDERS or x in _JOINT_FORCES for x in lower[g[-1][1]:k - 2])), None)
        else:
            holder = None
            if k >= 2 and (lower[k - 1] in _OWED or lower[k - 2:k] in (["has", "to"], ["have", "to"])):
                at = k - 1 if lower[k - 1] in _OWED else k - 2
                # (the nearest: "We believe that Israel must withdraw" is Israel's withdrawal)
                holder = next((g for g in reversed(groups) if at - 3 <= g[-1][1] <= at), None)
                if holder is not None and any(x in ("not", "never", "n't", ",", ";") for x in lower[holder[-1][1]:k]):
                    holder = None
            elif k >= 2 and lower[k - 1] == "to":
                g = next((g for g in groups if g[-1][1] == k - 1), None)
                if g is not None:
                    j = g[0][0] - 1
                    while j >= 0 and lower[j] in _FORCE_HOLDERS:
                        j -= 1
                    # ("called on Israel to withdraw": the demand word before "on")
                    if j >= 1 and lower[j] in ("on", "upon") and lower[j - 1] in _DEMANDING:
                        j -= 1
                    if j >= 0 and lower[j] in _DEMANDING:
                        holder = g
            elif k >= 2 and lower[k - 1] not in ("not", "never"):
                g = next((g for g in groups if g[-1][1] == k), None)
                if g is not None and g[0][0] > 0 and lower[g[0][0] - 1] == "that" and g[0][0] > 1 \
                        and lower[g[0][0] - 2] in _DEMANDING:
                    holder = g   # "demanded that Israel withdraw": the bare verb of a demand
            if holder is not None and any(x in ("not", "never", "n't") for x in lower[max(0, holder[0][0] - 4):k]):
                holder = None   # "urged Moscow not to withdraw": asked to stay
        if holder is None:
            continue
        f = next((j for j in range(max(k + 1, holder[-1][1]), min(len(lower), max(k + 1, holder[-1][1]) + 6))
                  if lower[j] == "from"), None)
        if f is None or any(x in (",", ";", "and") for x in lower[k:f]):
            continue
        if not noun and any(x in _EVACUATED for x in lower[k + 1:f]):
            continue   # ("asked Japan to evacuate its citizens from Iraq", "to withdraw its diplomats from London")
        land = next((g for g in groups if f + 1 <= g[0][0] <= f + 7
                     and all(x in _LAND_WORDS for x in lower[f + 1:g[0][0]])), None)
        if land is None:
            continue
        theirs = [land[0][2]]   # (the first of a list only: "must withdraw from Kuwait, the United States said")
        if theirs[0] in ORG_CODES or theirs[0] in _codes(holder):
            continue
        ours = list(dict.fromkeys(_codes(holder)))
        if any(c in ORG_CODES for c in ours):
            continue
        end = land[-1][1]
        events = [ev for ev in events if not (k <= ev["cue_pos"] < end and ev["event_class"] != "neutral" and (
            (ev["source"] in ours and ev["target"] in theirs) or (ev["source"] in theirs and ev["target"] in ours)))]
        if _pair_linked([ev for ev in events + out if ev["event_class"].endswith("conflict")], ours, theirs):
            continue
        out += [{"source": a, "target": b, "event_class": "material_conflict",
                 "intensity": WITHDRAWAL_DEMANDED_INTENSITY, "cue": f"{' '.join(words[k:f + 1])} (demanded)",
                 "cue_pos": k} for a in ours for b in theirs]
    return events + out


#: Words that make a fleeing leader no state's office holder ("opposition leader", "Kurdish leader", "ousted").
_NOT_IN_OFFICE = {"opposition", "rebel", "rebels", "kurdish", "former", "ex", "ousted", "exiled", "dissident",
                  "separatist", "militia", "insurgent", "deposed", "toppled"}
#: Leaders named by their state's possessive ("Kuwait's ruler").
_FLEEING_LEADERS = {"ruler", "leader", "president", "emir", "king", "premier", "dictator", "strongman", "monarch"}
#: Intensity of a state giving refuge to another state's fleeing leader (CAMEO 0233-like, humanitarian help).
REFUGE_INTENSITY = 4.0


def _took_refuge(lower: list[str], words: list[str], groups: list, kinds: dict, events: list[dict]) -> list[dict]:
    """
    Events of a state taking in another state's fleeing leader or official.

    "Lesotho Prime Minister Tom Thabane fled across the border to South Africa", "Kuwait's ruler ...
    escaped to Saudi Arabia": the host gives refuge (material cooperation, ``REFUGE_INTENSITY``). Only a
    person or an office holder flees for a state here: soldiers, rebels or refugees who flee are no
    state's act.
    """
    out: list[dict] = []
    for k, w in enumerate(lower):
        if w not in _FLEE_VERBS:
            continue
        who = None
        for g in groups:
            e = g[-1][1]
            titled = lower[e:e + 1] == ["'s"] and lower[e + 1:e + 2] and lower[e + 1] in _FLEEING_LEADERS
            e += 2 * bool(titled)   # ("Kuwait's ruler, Sheikh Jaber ..., escaped")
            if e <= k and (e == k or (lower[e] == "," and lower[k - 1] == "," and k - e <= 12 and not any(
                    e < h[0][0] < k for h in groups))) and (titled or (
                    _group_kinds(g, kinds) & {"person", "role"} and not _group_kinds(g, kinds) & {"forces"})):
                who = g
        if who is None or any(x in _NOT_IN_OFFICE for x in lower[max(0, who[0][0] - 3):who[-1][1] + 1]):
            continue   # ("Venezuelan opposition leader Juan Guaido fled to Colombia": no state's leader)
        to = next((i for i in range(k + 1, min(k + 6, len(lower))) if lower[i] in ("to", "into")), None)
        if to is None or any(x in (",", ";", "from") for x in lower[k + 1:to]):
            continue
        host = next((g for g in groups if g[0][0] in (to + 1, to + 2)), None)
        if host is None:
            continue
        ours, theirs = list(dict.fromkeys(_codes(who))), list(dict.fromkeys(_codes(host)))
        if set(ours) & set(theirs) or _pair_linked(events + out, ours, theirs):
            continue
        out += [{"source": b, "target": a, "event_class": "material_cooperation", "intensity": REFUGE_INTENSITY,
                 "cue": f"{' '.join(words[k:host[-1][1]])} (refuge)", "cue_pos": k} for a in ours for b in theirs]
    return out


def _past_time(lower: list[str], i: int) -> int:
    """The index after a short time phrase starting at ``i`` ("on Wednesday", "last week", "today"), else ``i``."""
    while i < len(lower):
        if lower[i] == "on" and i + 1 < len(lower) and lower[i + 1] in _CALENDAR:
            i += 2
        elif lower[i] in ("last", "this") and i + 1 < len(lower) and lower[i + 1] in ("week", "month", "year"):
            i += 2
        elif lower[i] in ("today", "yesterday", "also"):
            i += 1
        else:
            break
    return i


def _consent_events(lower: list[str], words: list[str], groups: list, events: list[dict]) -> list[dict]:
    """
    Events of a state acting at another's request or with its consent.

    "the search, which Australia is leading at Kuala Lumpur's request", "Burundian troops ... deployed with
    Kinshasa's approval", "committed troops only after securing Jakarta's blessing": the clause's subject (its
    first state not after a preposition) works with the state that asked (subject -> asker) or consented
    (consenter -> subject), ``CONSENT_INTENSITY``. An act the clause names ("launched strikes at Mali's
    request") is read by :func:`_at_request_of`. Not when the step is denied or done without consent, when
    the consent is a deal ("China's agreement with the Philippines"), or for a body's own procedure ("the
    Security Council met at France's request"); pairs an event already links are left alone.
    """
    out: list[dict] = []
    for g in groups:
        how = _consent_of(lower, g)
        if how is None:
            continue
        g0, g1 = g[0][0], g[-1][1]
        asked = how == "asked"
        theirs = list(dict.fromkeys(_codes(g)))
        # the clause before it: no break, no reporting verb, not the consenting state's own places ("deployed
        # in South Kivu ... with Kinshasa's approval"), not a state after a preposition ("entered Somalia")
        clause = [h for h in groups if h[-1][1] <= g0 - 1 and not any(
            x in _CLAUSE_BREAK or x in _REPORTING for x in lower[h[-1][1]:g0]) and set(_codes(h)) - set(theirs)]
        # (the clause opened by ", and": "Iraqi troops massed on the Saudi border, and American forces deployed at
        # the Saudi government's request" is no Iraqi step)
        # (a pronoun opening it keeps the earlier subject: ", and they remain there at the Somali government's request")
        opened = max((k + 2 for k in range(g0 - 1) if lower[k] == "," and lower[k + 1] in ("and", "but", "while")
                      and lower[k + 2] not in ("they", "it", "he", "she", "we")), default=0)
        clause = [h for h in clause if h[0][0] >= opened]
        subj = next((h for h in clause if not (h[0][0] > 0 and lower[h[0][0] - 1] in _CONSENT_PREPS)), None)
        if subj is None or any(w in ("without", "not", "never", "refused", "n't") for w in lower[subj[-1][1]:g0]):
            continue   # (not "without Baghdad's consent", "did not wait for Kabul's approval")
        ours = list(dict.fromkeys(_codes(subj)))
        if asked and all(c in ORG_CODES for c in ours):
            continue   # ("The Security Council met at France's request": the body's procedure)
        if set(ours) & set(theirs) or _pair_linked(events + out, ours, theirs):
            continue
        src, tgt = (ours, theirs) if asked else (theirs, ours)
        out += [{"source": a, "target": b, "event_class": "material_cooperation", "intensity": CONSENT_INTENSITY,
                 "cue": " ".join(words[g0 - 1:g1 + 2]).replace(" 's", "'s"), "cue_pos": g0}
                for a in src for b in tgt]
    return out


def _consent_of(lower: list[str], g) -> str | None:
    """
    How the state of group ``g`` stands behind a step: "asked" for "at Kuala Lumpur's request", "consented"
    for "with Kinshasa's approval" or "after securing Jakarta's blessing", else None (also for a deal,
    "China's agreement with the Philippines"). Shared by :func:`_consent_events` and :func:`_at_request_of`.
    """
    g0, g1 = g[0][0], g[-1][1]
    if g0 < 1 or lower[g1:g1 + 1] != ["'s"] or g1 + 1 >= len(lower):
        return None
    noun, before = lower[g1 + 1], lower[g0 - 1]
    if before == "the" and g0 >= 2:
        before = lower[g0 - 2]   # "at the Somali government's request"
    if before == "at" and noun in _REQUEST_NOUNS:
        return "asked"
    if noun in _CONSENT and (before == "with" or before in _SECURING) and not (
            noun == "agreement" and lower[g1 + 2:g1 + 3] in (["with"], ["on"], ["to"], ["over"], ["for"])):
        return "consented"
    return None


#: Prepositions before a state that make it no subject of the clause ("entered Somalia" is an object too).
_CONSENT_PREPS = {"in", "into", "to", "from", "of", "on", "at", "for", "with", "against", "entered", "enter",
                  "enters", "entering", "toward", "towards", "across"}
#: Intensity of acting at another state's request or with its consent ("at Kuala Lumpur's request",
#: "with Kinshasa's approval"): CAMEO 03/08-like, a step taken together.
CONSENT_INTENSITY = 3.0
_REQUEST_NOUNS = {"request", "invitation", "behest", "urging"}
_SECURING = {"securing", "secured", "obtaining", "obtained", "winning", "won", "getting", "got", "receiving",
             "received"}


def _share_acts(events: list[dict], owned: list[dict], joiner: list[str], joined: list[str], exclude: list[str],
                cue_text: str, cue_pos: int) -> list[dict]:
    """
    The events with the joined side's acts (``owned``) copied to each joiner (not toward a state of
    ``exclude``), and joint action between the two sides when no act links them.
    """
    events = events + [{**ev, "source": a} for ev in owned if ev["source"] in joined and ev["target"] not in exclude
                       for a in joiner if a != ev["target"]]
    if not any(ev["source"] in joiner + joined and ev["target"] in joiner + joined for ev in events):
        events += _joint_events(joiner, joined, cue_text, cue_pos)
        # ("Bangladesh, Bhutan and Afghanistan joined India in ...": the joiners act together too, as do
        # the joined, "Joins Zimbabwe, Namibia in Rescue of Kabila")
        events += [ev for side in (joiner, joined) for i, a in enumerate(side)
                   for ev in _joint_events([a], side[i + 1:], cue_text, cue_pos)]
    return events


def _joint_events(ours: list[str], theirs: list[str], cue_text: str, cue_pos: int) -> list[dict]:
    """Joint action both ways between every state of ``ours`` and of ``theirs`` (cue "jointly: ...")."""
    return [{"source": x, "target": y, "event_class": "material_cooperation", "intensity": JOINT_ACTION_INTENSITY,
             "cue": f"jointly: {cue_text}", "cue_pos": cue_pos}
            for a in ours for b in theirs if a != b for x, y in ((a, b), (b, a))]


def _group_kinds(group, kinds: dict) -> set[str]:
    """The kinds of the mentions inside an actor group ("Nigerian President" role + "Olusegun Obasanjo" person)."""
    return {k for m in group for (a, b), k in kinds.items() if m[0] <= a and b <= m[1]} or {"country"}


#: Openers of a clause whose subject may be a bare noun of harm ("as the killing spread"), and the verbs
#: such a subject takes: the harm has no agent in that clause.
_AS_CLAUSE = {"as", "while", "when", "until", "since", "because", "whilst"}
_SPREAD_VERBS = {"spread", "spreads", "continued", "continues", "raged", "rages", "grew", "grows", "worsened",
                 "worsens", "escalated", "escalates", "intensified", "intensifies", "erupted", "erupts", "dragged",
                 "drags", "mounted", "mounts", "flared", "flares", "spilled", "spills", "spiralled", "spiraled",
                 "raging", "continuing", "spreading"}


#: Reflexive pronouns ("pull itself together").
_REFLEXIVES = {"itself", "themselves", "himself", "herself", "yourself", "ourselves"}
#: Words that copy the act told before for a new agent ("Bahrain followed suit"), and the same as a pattern
#: that picks the sentences to read.
_FOLLOW_SUIT = (("followed", "suit"), ("follows", "suit"), ("follow", "suit"), ("following", "suit"),
                ("did", "the", "same"), ("did", "likewise"), ("followed", "its", "lead"), ("followed", "their", "lead"))
_FOLLOW_SUIT_RE = re.compile(r"\b(?:" + "|".join(" ".join(p) for p in _FOLLOW_SUIT) + r")\b", re.IGNORECASE)


def _followed_suit(words: list[str], actors: list[tuple], events: list[dict], previous: list[dict]) -> list[dict]:
    """
    Copy the act told before to the states that "followed suit".

    ``actors`` are the sentence's (start, end, code, kind) token spans, ``events`` its events so far and
    ``previous`` the events of the main act of the article's last sentence with one. "Saudi Arabia cut
    ties with Iran, and Bahrain followed suit": the states named just before the phrase, as its subject
    (with "and" or a comma between them, "Bahrain and Sudan quickly followed suit"; not "join NATO and
    Sweden", an object), do what the nearest act before it in the sentence did (not one in an opening
    "After ..." clause), to the same target; a follower that was that act's target returns it to its agent
    ("Britain expelled 23 Russian diplomats, and Moscow did the same"). With no act earlier in the sentence
    ("Bahrain followed suit on Monday."), the last sentence's main act is copied. Returns the new events
    (none where a follower already has one toward that state).
    """
    lower = [w.lower() for w in words]
    at, n = next(((k, len(p)) for k in range(len(lower)) for p in _FOLLOW_SUIT if tuple(lower[k:k + len(p)]) == p),
                 (None, 0))
    if at is None:
        return []
    followers: list[str] = []
    j = at
    while j > 0 and lower[j - 1] in ("quickly", "soon", "later", "swiftly", "also", "then", "promptly"):
        j -= 1
    for i0, i1, code, _kind in sorted(actors, key=lambda a: -a[1]):
        if i1 == j or (followers and i1 <= j and all(w in (",", "and", "the") for w in lower[i1:j])):
            if followers and i0 > 0 and lower[i0 - 1] not in (",", "and", "the", ";", ".") and not (
                    i0 > 1 and lower[i0 - 1] == "the" and lower[i0 - 2] in (",", "and")):
                break   # "applied to join NATO and Sweden followed suit": NATO is the verb's object
            followers.append(code)
            j = i0
        elif i1 < j:
            break
    if not followers:
        return []
    opener = lower[0] in ("after", "before", "as", "when", "since", "while", "following", "once")
    comma = next((k for k, w in enumerate(lower) if w == ","), None) if opener else None
    before = [ev for ev in events if ev["cue_pos"] < at and ev["event_class"] != "neutral"
              and not ev["cue"].startswith("jointly") and ev["source"] not in followers
              and not (comma is not None and ev["cue_pos"] < comma)]
    if before:
        last = max(ev["cue_pos"] for ev in before)
        model = [ev for ev in before if ev["cue_pos"] == last]
    elif opener and comma is not None and comma < at:
        model = []   # ("After Russia invaded Ukraine, Finland applied ... and Sweden followed suit": not the invasion)
    else:
        model = [ev for ev in previous if ev["source"] not in followers]
    had = {(ev["source"], ev["target"]) for ev in events}
    out = []
    for f in dict.fromkeys(followers):
        for ev in model:
            target = ev["source"] if ev["target"] == f else ev["target"]   # tit for tat: back to the agent
            if target != f and (f, target) not in had:
                out.append({**ev, "source": f, "target": target, "cue_pos": at,
                            "cue": f"{' '.join(words[at:at + n])} ({ev['cue']})"})
                had.add((f, target))
    return out


#: What "sank" may tell of besides a vessel ("shares sank a further 3 percent").
_FALLING_THINGS = {"shares", "stocks", "prices", "price", "markets", "market", "index", "indexes", "indices",
                   "currency", "dollar", "euro", "yen", "yuan", "rupee", "peso", "rouble", "ruble", "exports",
                   "imports", "output", "sales", "profits", "bonds", "hopes", "ratings", "economy", "growth"}
#: What "sank" may sink besides a vessel: a plan, a bid, a deal ("sank the Macedonian bid").
_SUNK_PLANS = {"bid", "bids", "plan", "plans", "deal", "deals", "talks", "hopes", "proposal", "proposals",
               "resolution", "motion", "bill", "chances", "agreement", "accord", "initiative", "effort", "efforts",
               "candidacy", "nomination", "treaty", "idea", "offer", "reform", "reforms", "summit"}
#: Verbs of stopping that undo a gerund after them ("stopped withdrawing its forces").
_STOP_VERBS = {"stopped", "stops", "stop", "halted", "halts", "halt", "ceased", "ceases", "cease", "suspended",
               "suspends", "suspend", "quit", "quits"}


def _stood_with(lower: list[str], g) -> bool:
    """True for a state named after "(in) solidarity (sympathy) with / of / for" or "in support of / with": one
    stood with, no target of a hostile act ("closed its border in solidarity with Azerbaijan", "expelled one,
    citing solidarity with their Czech ally")."""
    k = g[0][0]
    while k > 0 and lower[k - 1] in ("the", "their", "its", "our", "his", "her"):
        k -= 1   # ("citing solidarity with their Czech ally")
    if k < 2 or lower[k - 1] not in ("with", "of", "for"):
        return False
    # ("..., saying Caracas stood with Ecuador": one sided with)
    return lower[k - 2] in ("solidarity", "sympathy") or (lower[k - 1] == "with" and lower[k - 2] in _SIDED) or (
        k >= 3 and lower[k - 3] == "in" and lower[k - 2] == "support" and lower[k - 1] in ("with", "of"))


#: Verbs of siding with someone ("stood with Ecuador").
_SIDED = {"stood", "stands", "stand", "standing", "sided", "sides", "side", "siding"}


def _agentless_relative(lower: list[str], named: list[bool], s: int) -> bool:
    """True for a cue at ``s`` in a relative clause about harm with no agent ("the quake, which killed")."""
    k = s - 1
    while k >= 0 and lower[k] in _RELATIVE_AUX:
        k -= 1
    if k < 1 or lower[k] not in ("which", "that"):
        return False
    k -= 1 + (lower[k - 1] == ",")
    # (but "Israeli fire that killed": a state named before the noun is its agent)
    return k >= 0 and not named[k] and (lower[k] in _AGENTLESS or _DISASTER.fullmatch(lower[k]) is not None) \
        and not any(named[max(0, k - 3):k])


#: Words after "pressed" that make it no pressure on anyone ("pressed ahead", "pressed charges").
_PRESS_ON = {"ahead", "on", "forward", "charges", "home", "into", "for", "claims", "its", "their", "the", "a"}
#: Participles of holding someone, and the persons they describe ("an Israeli man jailed for spying").
_HELD_PARTICIPLES = {"jailed", "imprisoned", "detained", "held", "convicted", "sentenced", "arrested", "captured",
                     "kidnapped", "abducted", "seized", "interned"}
_PERSON_NOUNS = _PRIVATE | {"spy", "spies", "soldier", "soldiers", "prisoner", "prisoners", "activist", "activists",
                            "pilot", "pilots", "diplomat", "nurse", "nurses", "teenager", "teenagers", "people",
                            "druze"}
#: What two sides patch up when they reconcile ("patched up their differences").
_RIFT_WORDS = {"differences", "relations", "ties", "rift", "quarrel", "quarrels", "dispute", "disputes", "row",
               "feud", "relationship", "friendship", "spat"}
#: Words before "demand" that make it the market's ("strong demand", "global oil demand").
_MARKET_WORDS = {"strong", "weak", "weaker", "stronger", "rising", "falling", "growing", "slowing", "global",
                 "domestic", "consumer", "export", "import", "oil", "energy", "market", "high", "higher", "low",
                 "lower", "robust", "sluggish", "firm", "brisk", "seasonal", "fuel", "gas", "power", "food",
                 "world", "chinese", "asian", "investor", "steady", "soft", "softer", "solid", "heavy"}
#: Cues of turning something down, and the nouns of what is offered ("rejected a North Korean overture
#: to resume talks").
_REJECT_CUES = {"reject", "rebuff", "dismiss", "turn_down"}
_OFFER_NOUNS = {"overture", "overtures", "offer", "offers", "proposal", "proposals", "invitation", "invitations",
                "bid", "plan", "request", "appeal", "call", "calls"}


def _rejected_offers(events: list[dict], cues: list, lower: list[str], groups: list = ()) -> list[dict]:
    """
    Drop the rejecter's part in a cooperative act it turned down.

    Takes the sentence's events, its cues as (start, end, Cue) and its lower-cased tokens. When a
    rejection cue is followed, within twelve words of the same clause, by an offer noun and then a
    cooperative cue ("rejecting a North Korean overture to resume the six-party talks"), the offerer's
    act toward the rejecter stays at half its intensity (an offer of talks is cooperative, but the news
    is its rejection) and the rejecter's share in it is removed, so the rejection is what the rejecter did.
    The commas and "and" between two names (``groups``, the sentence's actor groups) do not end the clause, so a
    list of offerers stays one ("rebuffs British, French call for truce", "rejected a joint call by the British
    and French foreign ministers for a truce").
    """
    listed = {k for g1, g2 in zip(groups, groups[1:]) for k in range(g1[-1][1], g2[0][0])
              if all(w in (",", "and") for w in lower[g1[-1][1]:g2[0][0]])}
    for s0, e0, c0 in cues:
        if c0.cue_id not in _REJECT_CUES:
            continue
        rejecters = {ev["source"] for ev in events if ev["cue_pos"] == s0}
        if not rejecters:
            continue
        for s1, e1, c1 in cues:
            gap = [w for k, w in enumerate(lower[e0:s1], e0) if k not in listed]
            if not (0 <= s1 - e0 <= 12 and c1.intensity > 0 and any(w in _OFFER_NOUNS for w in lower[e0:e1])
                    and not any(w in _MEASURE_GAP_STOPS for w in gap)):
                continue
            events = [ev for ev in events if not (ev["cue_pos"] == s1 and ev["source"] in rejecters)]
            # (and the offer counts half: what the news reports is its rejection, "Iran turned down a
            # European Union proposal")
            events = [dict(ev, intensity=round(ev["intensity"] / 2, 2), cue=f"{ev['cue']} (turned down)")
                      if ev["cue_pos"] == s1 and ev["target"] in rejecters and ev["intensity"] > 0
                      and not ev["cue"].endswith("(turned down)") else ev for ev in events]
    return events


#: Words between an appeal and its "to stop" that make the stop someone else's, helped or persuaded.
_HELPING_WORDS = {"help", "helps", "helping", "persuade", "persuaded", "induce", "efforts", "effort", "order",
                  "needed", "join", "assist", "enable", "encourage", "offices", "urge", "convince"}
#: Cues of talks, and the words that send someone back to them ("urged North Korea to return to talks").
_TALK_CUES = {"hold_talks", "negotiate", "peace_talks", "call_for_talks", "call_for_dialogue"}
_BACK_TO_TALKS = {"return", "resume", "rejoin", "join", "restart", "reopen", "back", "attend"}
#: Words after "flew into"/"flew to" that make it no visit ("flew into a rage", "flew to London for
#: medical treatment"), and words that make a leader a former one.
_TRAVEL_NOT_VISIT = {"rage", "fury", "panic", "temper", "exile", "treatment", "asylum"}
_FORMER_LEADER = {"former", "ousted", "deposed", "exiled", "toppled", "ex"}
#: What a state is urged to accept that makes the urging an appeal to take up an offer.
_OFFER_WORDS = {"offer", "offers", "proposal", "proposals", "package", "plan", "confidence", "ceasefire", "truce",
                "peace", "dialogue", "talks", "invitation", "mediation"}
#: Intensity of urging another state to (return to) talks: an appeal to negotiate (CAMEO 0234-like).
APPEAL_FOR_TALKS_INTENSITY = 2.0


def _appeals_for_talks(events: list[dict], cues: list, lower: list[str]) -> list[dict]:
    """
    Read pressure to come back to talks as an appeal for negotiation.

    Takes the sentence's events, cues and lower-cased tokens. "China urged North Korea to return to
    six-party talks" and "Powell presses N. Korea on weapons talks" ask the other side to negotiate:
    the request's hostile events become cooperative (``APPEAL_FOR_TALKS_INTENSITY``), as the codebook's
    AG News rules label them. A demand to stop, or talks the asker refuses, stay as they are.

    The other readings of what a request asks for are made here too: a call on the international
    community to help a state, and a call on a state to go on with its efforts, are appeals of the
    same kind; an appeal (``appeal_to``, a cooperative cue) to a state to withdraw or cease is a
    demand on it.
    """
    for s0, e0, c0 in cues:
        if c0.cue_id == "appeal_to":
            # (also "... to allow Jewish culture to be practised freely, and to put an end to anti-Jewish propaganda")
            to = next((k for k in range(e0, min(e0 + 30, len(lower) - 1)) if lower[k] == "to"
                       and (lower[k + 1] in _DEMANDED_ACTS | {"stop", "end"} or lower[k + 1:k + 4] == ["put", "an", "end"])),
                      None)
            # (not a stop asked of others, through the one appealed to: "to use its good offices so that they may
            # be persuaded to put an end to", "to help the world to stop the arms race", "to join us in efforts to")
            if to is not None and not any(w in (".", ";") or w in _HELPING_WORDS for w in lower[e0:to]):
                # "our appeal to the Soviet Union ... to withdraw from Afghanistan": a demand, not an appeal for
                # cooperation
                events = [{**ev, "event_class": "verbal_conflict", "intensity": -1.0,
                           "cue": f"{ev['cue']} (to {lower[to + 1]})"}
                          if ev["cue_pos"] == s0 and ev["intensity"] > 0 else ev for ev in events]
            continue
        if c0.cue_id not in _REQUESTS:
            continue
        k = next((e0 + len(p) for p in _COLLECTIVE_ADDRESSEES if lower[e0:e0 + len(p)] == list(p)), None)
        if k is not None and lower[k:k + 1] == ["and"]:
            # "We call on the international community and the United Nations to help Africa": others asked beside it
            k = next((j for j in range(k + 1, min(k + 7, len(lower))) if lower[j] == "to"
                      and not any(w in (";", ".", ":") for w in lower[k:j])), k)
        if k is not None and lower[k:k + 1] == ["to"] and lower[k + 1:k + 2] and lower[k + 1] in _HELP_VERBS \
                and not _aimed_against(lower[k + 2:k + 10]):
            # (not "urged other countries to help isolate Russia", "to back sanctions against North Korea": the help
            # asked for is against the state named)
            # "We call on the international community to help the Sudan": a call for support of the state
            # named, not a demand on it (but "to compel Israel to withdraw" stays a demand on Israel)
            events = _as_appeal(events, s0, c0, "for support")
            continue
        asked = {ev["target"] for ev in events if ev["cue_pos"] == s0 and ev["intensity"] < 0}
        if asked and asked <= _STATE_BODIES and c0.cue_id in ("call_on", "urge", "appeal"):
            # what the body is asked to do is the verb after the first "to" (an apposition may come between:
            # "call on the United Nations, including all its entities, to put an end to the suffering")
            to = next((k for k in range(e0, min(e0 + 16, len(lower) - 1)) if lower[k] == "to"
                       and lower[k + 1].isalpha()), None)
            verb = lower[to + 1] if to is not None else ""
            own = lower[to + 2:to + 3] in (["its"], ["their"]) if to is not None else False
            undo = verb in _UNDO_VERBS - {"end", "stop", "suspend"} or (verb in ("end", "stop", "suspend") and own) \
                or verb in _DEMANDED_ACTS - {"comply", "abide", "implement", "respect"}
            if to is None:
                # (the request's verb far off, "call upon the United Nations, under the vigorous leadership of
                # the Secretary-General — ... — to rise once more": no word of undoing in the clause at all)
                end = next((k for k in range(e0, len(lower)) if lower[k] in (".", ";")), len(lower))
                undo = any(w in _DEMANDED_ACTS or w in _UNDO_VERBS for w in lower[e0:min(end, e0 + 25)])
            if not undo:
                # "Algeria calls on the United Nations to assume its responsibilities towards the Sahrawi
                # people": an appeal to a body to act, not a demand on it (but "calls on UN to annul the
                # appointment" asks it to undo its own act)
                events = _as_appeal(events, s0, c0, "appeal to a body")
                continue
        go_on = next((k for k in range(e0, min(e0 + 16, len(lower) - 3)) if (
            lower[k] == "to" and lower[k + 1] in _GO_ON_VERBS and _efforts_follow(lower, k + 2)) or (
            # "We urge the continuation of the efforts exerted by the Secretary-General"
            lower[k:k + 2] in (["continuation", "of"], ["pursuit", "of"]) and _efforts_follow(lower, k + 2))), None)
        if go_on is not None and not any(w in (";", ".", "not", "never", "stop", "end", "but") or w in _DEMANDED_ACTS
                                         for w in lower[e0:go_on]):
            # "calls upon the co-sponsors, the United States and the Russian Federation, to continue their efforts":
            # encouragement of what they already do, not a demand
            events = _as_appeal(events, s0, c0, "to go on with its efforts")
            continue
        calm = next((k for k in range(e0, min(e0 + 10, len(lower))) if lower[k] in _CALM_WORDS), None)
        asked = {ev["target"] for ev in events if ev["cue_pos"] == s0}
        if calm is not None and "to" in lower[e0:calm] and not any(
                w in (";", ".", "but", "not", "stop", "end") for w in lower[e0:calm]) and (
                len(asked) >= 2 or any(w in ("both", "all", "sides", "parties", "two") for w in lower[e0:calm])):
            # "urged both nuclear-armed neighbours to show restraint": an appeal for calm to two sides (but
            # "urged China to act with restraint" after its drills is a rebuke of one)
            events = _as_appeal(events, s0, c0, "restraint")
            continue
        table = next((k for k in range(e0, min(e0 + 10, len(lower))) if lower[k] == "table"
                      and lower[k - 1] in ("the", "negotiating") and any(w in ("return", "back", "returning")
                                                                          or w == "come" for w in lower[e0:k])), None)
        if table is not None and not any(w in (";", ".", "not", "never") for w in lower[e0:table]):
            # "urged Pyongyang to return to the table": back to the negotiating table
            events = _as_appeal(events, s0, c0, "back to talks")
            continue
        accept = next((k for k in range(e0 + 1, min(e0 + 7, len(lower))) if lower[k] == "accept"
                       and lower[k - 1] == "to"), None)
        if accept is not None and any(w in _OFFER_WORDS for w in lower[accept + 1:accept + 8]) \
                and not any(w in (";", ".", "not", "never", "but") for w in lower[e0:accept]):
            # "urged Pakistan to accept a package of confidence-building steps": asked to take up an offer
            events = _as_appeal(events, s0, c0, "to accept an offer")
            continue
        talk = next((k for k in range(e0 + 1, min(e0 + 20, len(lower))) if (
            lower[k] in ("talk", "negotiate") and lower[k - 1] in ("to", "come", "and")) or (
            # "urged the two sides to keep talking"
            lower[k] in ("talking", "negotiating") and lower[k - 1] in ("keep", "continue", "start", "resume"))), None)
        if talk is not None and "to" in lower[e0:talk] and not any(
                w in (";", ".", "not", "never", "stop", "end", "but") or w in _DEMANDED_ACTS for w in lower[e0:talk]):
            # (not "called upon Argentina to withdraw its forces and to negotiate": the demand comes first)
            # "We call upon every Muslim country to come talk to us": an invitation to negotiate
            events = _as_appeal(events, s0, c0, "back to talks")
            continue
        talks = next((c for c in cues if 0 < c[0] - e0 <= 10 and c[2].cue_id in _TALK_CUES), None)
        if talks is None:
            continue
        gap = lower[e0:talks[0]]
        # ("presses N. Korea on weapons talks" asks for talks; "pressed Japan on beef imports in trade
        # talks" presses on the imports)
        on_talks = "on" in gap and len(gap) - max(k for k, w in enumerate(gap) if w == "on") <= 3
        if not (on_talks or any(w in _BACK_TO_TALKS for w in gap)) or any(
                (w in _MEASURE_GAP_STOPS and w != "and") or w in ("not", "never", "stop", "end", "quit", "abandon")
                for w in gap):
            continue
        events = _as_appeal(events, s0, c0, "back to talks")
    return events


#: Nouns of what happens in a state that a concern can be for ("concern over the situation in Libya").
_TROUBLE_NOUNS = frozenset({"situation", "developments", "events", "crisis", "suffering", "plight", "violence",
                            "fighting", "conditions", "deterioration", "escalation", "turmoil", "unrest",
                            "conflict", "tragedy", "tension", "tensions", "bloodshed", "hostilities"})


#: What a promise or vow can hold that makes it a threat ("promised a stern response to Tokyo").
_THREAT_NOUNS = frozenset({"retaliation", "revenge", "reprisal", "reprisals", "retribution", "consequences",
                           "punishment", "vengeance", "counter-measures", "countermeasures"})
_STERN_WORDS = frozenset({"stern", "tough", "harsh", "firm", "strong", "decisive", "forceful", "crushing",
                          "resolute", "swift", "severe", "military"})
#: Verbs that make a cooperative act after "to" one the other side is made to do ("force Chile to negotiate").
_COERCE_VERBS = frozenset({"force", "forces", "forced", "forcing", "compel", "compels", "compelled", "compelling",
                           "coerce", "coerces", "coerced", "coercing"})


def _threats_and_coercion(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Read a promise of harm as a threat, and a cooperative act one side is forced into as coercion.

    "Roh has promised a stern response to Tokyo", "promised retaliation": the promise holds a threat
    (``_THREAT_NOUNS``, or "response" after a stern word; not one "for" someone or answering a request), so
    its events turn hostile. "seeks to
    force Chile to negotiate an outlet to the sea": the talks are what the forcer demands of the other,
    so the act becomes the forcer's demand on the forced (the forced one's own share is dropped).
    """
    for s0, e0, c0 in cues:
        if c0.cue_id == "promise" and c0.intensity > 0:
            tail = lower[e0:e0 + 5]
            end = next((k for k, w in enumerate(tail) if w in (",", ";", ".", "and", "but", "to")), len(tail))
            tail = tail[:end + 2] if end < len(tail) and tail[end] == "to" else tail[:end]
            t = next((k for k, w in enumerate(tail) if w in _THREAT_NOUNS or (
                w == "response" and k > 0 and tail[k - 1] in _STERN_WORDS)), None)
            after = lower[e0 + t + 1:e0 + t + 8] if t is not None else []
            if t is not None and after[:1] != ["for"] and not any(
                    w in ("request", "requests", "appeal", "appeals", "call", "plea", "needs") for w in after):
                # (not "promised a swift response to the Philippines' request for aid", "swift punishment for
                # the attackers")
                events = [dict(ev, event_class="verbal_conflict", intensity=-4.0, cue=f"{ev['cue']} (a threat)")
                          if ev["cue_pos"] == s0 and ev["intensity"] > 0 else ev for ev in events]
        elif c0.intensity > 0 and s0 >= 3 and lower[s0 - 1] == "to":
            forced = next((g for g in groups if g[-1][1] == s0 - 1), None)
            if forced is None or forced[0][0] < 1 or lower[forced[0][0] - 1] not in _COERCE_VERBS:
                continue
            made = set(_codes(forced))
            mine = [ev for ev in events if ev["cue_pos"] == s0]
            if not any(ev["target"] in made and ev["source"] not in made for ev in mine):
                continue   # (no forcer among the act's parties: "UN sanctions forced Libya to hand over ... to Britain")
            events = [ev for ev in events if ev["cue_pos"] != s0 or (
                ev["source"] in made and ev["target"] not in {x["source"] for x in mine if x["target"] in made})] + [
                dict(ev, event_class="verbal_conflict", intensity=-2.0, cue=f"force ... to {ev['cue']}")
                for ev in mine if ev["target"] in made and ev["source"] not in made]
    return events


_ASSURE_VERBS = frozenset({"assured", "assures", "assure", "assuring", "reassured", "reassures", "reassure"})


def _assured_of_support(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    "assured Estonian Prime Minister Andrus Ansip of Germany's support": the support is the owner's, for
    the one assured (not for a state the sentence named earlier, "told Putin ... and assured ...").
    """
    for s1, e1, c1 in cues:
        if c1.intensity <= 0 or s1 < 4:
            continue
        poss = next((k for k in (s1 - 1, s1 - 2, s1 - 3) if lower[k] in ("'s", "\u2019s")), None)
        if poss is None or not all(w.isalpha() for w in lower[poss + 1:s1]):
            continue   # ("of Germany's full support": an adjective or two between)
        owner = next((g for g in groups if g[-1][1] == poss), None)
        if owner is None or lower[owner[0][0] - 1] != "of":
            continue
        verb = next((k for k in range(owner[0][0] - 2, max(-1, owner[0][0] - 12), -1) if lower[k] in _ASSURE_VERBS),
                    None)
        assured = next((g for g in groups if verb is not None and verb < g[0][0] < owner[0][0]), None)
        if assured is None or any(w in (",", ";", ".") for w in lower[verb:owner[0][0]]):
            continue
        mine = [ev for ev in events if ev["cue_pos"] == s1 and ev["intensity"] > 0]
        if not mine:
            continue
        # (hostile events of the same cue stay: "assured Seoul of America's support against North Korea")
        events = [ev for ev in events if ev["cue_pos"] != s1 or ev["intensity"] <= 0] + [
            {**mine[0], "source": a, "target": b} for a in dict.fromkeys(_codes(owner))
            for b in dict.fromkeys(_codes(assured)) if a != b]
    return events


def _targets_in_later_relative(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Drop a cue's target that only stands in a ", whose/which/who ..." clause after it, about a state.

    "Sweden's bid remains blocked by Turkey and Hungary, whose parliaments ratified Finland's entry": the
    block is aimed at Sweden; Finland belongs to the relative clause's own act.
    """
    for k, w in enumerate(lower):
        if w not in ("whose", "which", "who") or k < 2 or lower[k - 1] != "," \
                or not any(g[-1][1] == k - 1 for g in groups):
            continue   # (a clause about a thing, "a timetable, which Cairo accepted", keeps its states)
        end = next((j for j in range(k + 1, len(lower)) if lower[j] in (",", ";", ".")), len(lower))
        inside = {c for g in groups if k < g[0][0] and g[-1][1] <= end for c in _codes(g)}
        outside = {c for g in groups if g[-1][1] <= k or g[0][0] >= end for c in _codes(g)}
        only_inside = inside - outside
        before = {s0 for s0, _e0, _c0 in cues if s0 < k}
        if only_inside:
            events = [ev for ev in events if not (ev["cue_pos"] in before and ev["target"] in only_inside)]
    return events


_VIOLATION_VERBS = frozenset({"violated", "violates", "violate", "breached", "breaches", "breach"})
#: Verbs by which a state reports another's violation ("Algeria said Morocco had violated international law").
_TELLING_VERBS = frozenset(_REPORTING | {"charged", "charges", "complained", "complains", "alleged", "alleges",
                                        "insisted", "insists", "argued", "argues", "claimed", "claims", "that"})


def _reported_violations(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Read "X said Y (had) violated <a law, a deal>" as X's accusation of Y.

    A violation whose object is no state ("violated international law", "breached the agreements between
    them") links no pair by itself; told by another state, it is that state's charge against the violator
    (the lexicon's ``violation`` cue, verbal conflict). A violation with a state object keeps its own reading.
    """
    for s0, e0, c0 in cues:
        if c0.cue_id != "violation" or lower[s0] not in _VIOLATION_VERBS or any(ev["cue_pos"] == s0 for ev in events):
            continue
        k = s0 - 1 if s0 > 0 and lower[s0 - 1] in ("had", "has", "have") else s0
        violator = next((g for g in groups if g[-1][1] == k), None)
        if violator is None:
            continue
        teller = next((g for g in reversed(groups) if g[-1][1] < violator[0][0] <= g[-1][1] + 3
                       and lower[g[-1][1]] in _TELLING_VERBS
                       and not (g[0][0] > 0 and lower[g[0][0] - 1] in ("in", "at", "from", "near", "of"))
                       and all(w in _TELLING_VERBS for w in lower[g[-1][1]:violator[0][0]])), None)
        if teller is None:
            continue
        events = events + [{"source": a, "target": b, "event_class": "verbal_conflict", "intensity": c0.intensity,
                            "cue": f"said ... {lower[s0]}", "cue_pos": s0}
                           for a in dict.fromkeys(_codes(teller)) for b in dict.fromkeys(_codes(violator)) if a != b]
    return events


#: Nouns a participle cue can describe ("the invading forces", "the occupying Power").
_ATTRIBUTIVE_HEADS = frozenset(_FORCES | {"power", "powers", "army", "armies", "regime", "occupiers", "invaders"})
_ATTRIBUTIVE_BEFORE = frozenset({"the", "its", "their", "his", "her", "these", "those", "'s", "\u2019s"})


def _attributive_acts(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Give a participle that describes forces ("the invading forces", "the occupying Power") to their owner.

    "The Council ... ensuring the withdrawal of the invading forces from Lebanese territory": the
    invasion is the forces' act, not the Council's. The cue's events go to the state that owns the
    forces ("the invading Israeli forces", "Israel's occupying army", "the occupying Power, Israel,")
    against the place they are in or taken from ("from Lebanese territory"), and are dropped when
    the sentence names no owner.
    """
    for s0, e0, c0 in cues:
        if s0 == 0 or not lower[s0].endswith("ing") or lower[s0 - 1] not in _ATTRIBUTIVE_BEFORE:
            continue
        head = next((k for k in range(s0 + 1, min(e0 + 3, len(lower))) if lower[k] in _ATTRIBUTIVE_HEADS), None)
        old = [ev for ev in events if ev["cue_pos"] == s0]
        if head is None or not old or "of" in lower[s0 + 1:head]:
            continue   # (not "the shelling of Syrian army positions": a gerund with its object)
        owners = [c for g in groups if s0 < g[0][0] <= head for c in _codes(g)]
        if not owners and head + 2 < len(lower) and lower[head + 1] == "of":
            # "the occupying forces of Israel"
            owners = [c for g in groups if g[0][0] in (head + 2, head + 3) for c in _codes(g)]
        if not owners and lower[s0 - 1] in ("'s", "\u2019s"):
            owners = [c for g in groups if g[-1][1] == s0 - 1 for c in _codes(g)]
        if not owners and head + 2 < len(lower) and lower[head + 1] == ",":
            owners = [c for g in groups if g[0][0] == head + 2 for c in _codes(g)]
        place = next((g for g in groups if head < g[0][0] <= head + 6 and not set(_codes(g)) & set(owners)
                      and lower[g[0][0] - 1] in ("from", "in", "into", "of", "on", "against")), None)
        if not owners:
            # no owner named: the forces are the clause subject's, unless they are asked out ("the withdrawal
            # of the invading forces") or the subject is a body of states (the UN's force is no invader)
            if "withdrawal" in lower[max(0, s0 - 4):s0] or "withdraw" in lower[max(0, s0 - 6):s0]:
                events = [ev for ev in events if ev["cue_pos"] != s0]
            else:
                events = [ev for ev in events if not (ev["cue_pos"] == s0 and ev["source"] in _STATE_BODIES)]
            continue
        # (no place named after them: the other side of the cue's own reading, "Kuwait was freed from the
        # occupying Iraqi army")
        targets = [c for c in (_codes(place) if place is not None else
                               [x for ev in old for x in (ev["source"], ev["target"])]) if c not in owners]
        events = [ev for ev in events if ev["cue_pos"] != s0] + [
            {**old[0], "source": a, "target": b} for a in dict.fromkeys(owners) for b in dict.fromkeys(targets)]
    return events


def _concern_for_a_place(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Drop the hostility a concern is read as toward a state that is only where the trouble is.

    "Egypt expressed concern over the situation in Libya", "following with grave concern the serious
    developments in sisterly Yemen", "our deep regret at the sad events that have taken place in Cyprus":
    concern for what happens there, no reproach to that state (but "concern over Iran's nuclear programme"
    stays one). The trouble may come first, as the subject: "the situation in our sister Lebanon is a cause
    of grave concern for us". Where it lies "between" two states ("the relations between India and Pakistan
    are a source of grave concern to us", "concerned over the conflict between Iraq and Iran"), the two are
    not acting together either.
    """
    for s0, e0, c0 in cues:
        if c0.cue_id not in ("express_concern", "regret"):
            continue
        # the troubles after the cue ("concern over the situation in Libya and the conflict between Sudan and
        # South Sudan"), the first within seven words and each next one after "and"
        troubles, k, stop = [], e0, e0 + 7
        while k < min(stop, len(lower) - 1):
            if lower[k] in (".", ";", ",") or (troubles and k == stop - 4 and lower[k] != "and"):
                break
            if lower[k] in _TROUBLE_NOUNS and (at := _trouble_place_word(lower, k)) is not None:
                place = [g for g in groups if at < g[0][0] <= at + 4]
                troubles.append((at, place))
                # (on past the place: "the situation in the Sudan and the conflict between Iraq and Iran")
                k = place[0][-1][1] if place else at + 1
                stop = k + 4
                continue
            k += 1
        if not troubles:
            k = _trouble_before(lower, s0)
            at = _trouble_place_word(lower, k) if k is not None else None
            if at is None or at >= s0:
                continue
            troubles = [(at, [g for g in groups if at < g[0][0] and g[-1][1] <= s0])]
        for at, place in troubles:
            if place and lower[at] == "between":
                place += [g for g in groups if place[0][-1][1] < g[0][0] <= place[0][-1][1] + 2
                          and lower[place[0][-1][1]] == "and"]
            where = {c for g in place for c in _codes(g)}
            both_ways = lower[at] == "between" or at < s0
            events = [ev for ev in events if not (ev["cue_pos"] == s0 and (
                ev["target"] in where or (both_ways and ev["source"] in where)))]
    return events


#: Words between a trouble and the place it is in ("the events that have taken place in Cyprus").
_TAKING_PLACE = frozenset({"that", "which", "has", "have", "had", "is", "are", "was", "were", "been", "taken",
                           "taking", "took", "take", "takes", "place", "occurred", "occurring", "happened",
                           "happening", "unfolding",
                           "now", "still", "recently"})


def _trouble_place_word(lower: list[str], k: int) -> int | None:
    """Index of "in"/"between" naming where the trouble at ``k`` is ("the situation in", "developments in the
    relations between", "the events which took place in"), or None."""
    j = k + 1
    while j < len(lower) and j - k <= 5 and lower[j] in _TAKING_PLACE:
        j += 1
    if j < len(lower) and lower[j] in ("in", "inside", "within", "between"):
        if lower[j] == "in" and j + 3 < len(lower) and lower[j + 1:j + 3] == ["the", "relations"] \
                and lower[j + 3] == "between":
            return j + 3
        return j
    return None


def _trouble_before(lower: list[str], s0: int) -> int | None:
    """Index of a trouble noun heading the subject of "is a cause of concern" at ``s0`` ("the situation in
    Lebanon is still a cause of grave concern for us"), or None."""
    if not any(w in ("cause", "source", "matter", "subject", "object") for w in lower[max(0, s0 - 4):s0]) \
            or not any(w in _BE_FORMS for w in lower[max(0, s0 - 7):s0]):
        return None
    return next((k for k in range(s0 - 1, -1, -1) if lower[k] in _TROUBLE_NOUNS
                 and _trouble_place_word(lower, k) is not None
                 and not any(w in (";", ":") for w in lower[k:s0])), None)


#: Verbs of standing against an aggression someone else commits ("resisting aggression in Korea").
_RESIST_WORDS = frozenset({"resist", "resists", "resisted", "resisting", "repel", "repels", "repelled",
                           "repelling", "repulse", "repulsed", "repulsing", "withstand", "withstood", "withstanding"})


def _resisting_aggression(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Read resisting an aggression "in", "against" or "on" a state as defending that state.

    "United Nations forces are resisting aggression in Korea", "helped repel the aggression against
    Kuwait": the resister stands by the state where (or against which) the aggression is, so its event
    toward that state becomes help (material cooperation, ``HELP_INTENSITY``); the aggressor named after
    "by" stays opposed.
    """
    for s0, e0, c0 in cues:
        r = next((k for k in range(max(0, s0 - 4), s0) if lower[k] in _RESIST_WORDS), None)
        if c0.cue_id != "aggression" or r is None or any(
                w in (",", ";", "not", "never", "n't") for w in lower[max(0, r - 3):s0]) or any(
                w in ("say", "says", "said", "claim", "claims", "claimed", "pretend", "pretends") for w in
                lower[max(0, r - 4):r]) or any(g[-1][1] in (s0, s0 - 1) and g[0][0] > r for g in groups) \
                or lower[s0 - 1] in ("'s", "\u2019s"):
            # (not the aggressor named on it, "resisting Soviet aggression in Afghanistan", nor a claim to
            # resist: "Britain and France say they are resisting aggression in Egypt")
            continue
        j = _past_deed(lower, e0)
        if j >= len(lower) or lower[j] not in ("in", "against", "on", "upon"):
            continue
        place = next((g for g in groups if j < g[0][0] <= j + 3), None)
        if place is None:
            continue
        where = set(_codes(place))
        later = {c for g in groups if g[0][0] > j for c in _codes(g)} - where   # (an aggressor after "by")
        events = [{**ev, "event_class": "material_cooperation", "intensity": HELP_INTENSITY,
                   "cue": f"resisting {ev['cue']}"}
                  if ev["cue_pos"] == s0 and ev["target"] in where and ev["source"] not in where | later else ev
                  for ev in events]
    return events


#: The weight at or below which a call's purpose toward the one state called outweighs the call ("to demand",
#: "to protest", "to warn"; not "to urge", -1).
_PURPOSE_OVER_CALL = -2.0
#: Cues of getting in touch whose purpose can follow ("telephoned Khan and Modi to urge restraint").
_CONTACT_CUES = frozenset({"phone", "spoke_by_phone", "meet", "visit"})


def _purpose_of_contact(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Give the purpose of a call or meeting to the caller, aimed at those called.

    "the crown prince telephoned Khan and Modi to urge restraint", "The UAE met Pakistan and India to
    urge restraint": the two called are the objects of the call, not the subjects of "urge", so they do
    not act together and the appeal is the caller's, toward each of them. With one state called, only a
    hostile purpose is moved ("Merkel telephoned Putin to demand that Russian police end the blockade": the
    caller's demand on Russia, made even when the purpose names no state of its own), and one of weight
    ``_PURPOSE_OVER_CALL`` or below replaces the call's own event toward it; a symmetric or friendly purpose
    is left as the lexicon reads it.
    """
    for (s0, e0, c0), (s1, e1, c1) in zip(cues, cues[1:]):
        if c0.cue_id not in _CONTACT_CUES or s1 < 2 or lower[s1 - 1] != "to" or any(
                w in (",", ";", ".", "and", "but") for w in lower[e0:e0 + 1] + lower[s1 - 2:s1 - 1]):
            continue
        # (those called follow the verb at once; not a companion, "flew to Kiev with the EU's Solana to
        # mediate", nor a venue, "meeting in Honolulu, said ... Chinese forces to deploy")
        called = [g for g in groups if e0 <= g[0][0] and g[-1][1] < s1]
        objects = {c for g in called for c in _codes(g)}
        if not objects or called[0][0][0] > e0 + 3 or any(
                w in (";", ".", ":", ",", "with", "in", "at", "near", "outside", "alongside") for w in lower[e0:s1]):
            continue
        callers = list(dict.fromkeys(ev["source"] for ev in events if ev["cue_pos"] == s0
                                     and ev["target"] in objects and ev["source"] not in objects))
        if not callers:
            continue
        mine = [ev for ev in events if ev["cue_pos"] == s1]
        if len(objects) == 1 and (c1.symmetric or c1.intensity > 0 or c1.cue_id in ("condemn", "denounce", "deplore")):
            continue   # one state called: "met Putin to sign a deal" is done together, as the lexicon reads it
        if not mine and len(objects) == 1:
            # "Merkel telephoned Putin to demand that Russian police end the blockade": a purpose with no state
            # of its own read; it is the caller's, toward the one called (not when another state follows it)
            end = next((k for k in range(e1, len(lower)) if lower[k] in (",", ";", ".", "but", "while")), len(lower))
            if any(e1 <= g[0][0] < end and not set(_codes(g)) <= objects for g in groups):
                continue
            mine = [{"source": callers[0], "target": next(iter(objects)), "event_class": c1.event_class,
                     "intensity": c1.intensity, "cue": "", "cue_pos": s1}]
        if not mine or not all({ev["source"], ev["target"]} <= objects | set(callers) for ev in mine):
            continue
        proto = {**mine[0], "event_class": c1.event_class, "intensity": c1.intensity, "cue": " ".join(lower[s1:e1])}
        if len(objects) == 1 and c1.intensity <= _PURPOSE_OVER_CALL:
            # the call was made to demand or protest: its purpose, not the courtesy of calling, is the act
            # (the first cue of a pair would otherwise govern it; a mild "to urge" leaves the meeting first)
            events = [ev for ev in events if not (ev["cue_pos"] == s0 and ev["target"] in objects)]
        events = [ev for ev in events if ev["cue_pos"] != s1] + [
            {**proto, "source": a, "target": b} for a in callers for b in dict.fromkeys(
                c for g in called for c in _codes(g))]
    return events


#: People who gather ("foreign ministers meeting in Cairo").
_GATHERED_PEOPLE = frozenset({"ministers", "officials", "leaders", "envoys", "delegates", "diplomats",
                              "representatives", "heads", "negotiators", "chiefs", "delegations", "members"})


def _gathered_in(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Keep a gathering named by a participle among those who gather.

    "Arab League foreign ministers meeting in Cairo condemned Baghdad's invasion": the ministers meet
    each other in Cairo; the state named later in the sentence is what they act on, not someone they met.
    """
    for s0, e0, c0 in cues:
        if c0.cue_id != "meet" or lower[s0] != "meeting" or s0 == 0 or lower[s0 - 1] not in _GATHERED_PEOPLE \
                or e0 >= len(lower) or lower[e0] not in ("in", "at", "on", "near", "outside", "behind") \
                or "with" in lower[e0:e0 + 6]:
            continue   # (but "ministers meeting in Cairo with Iraqi envoys" do meet them)
        later = {c for g in groups if g[0][0] > e0 for c in _codes(g)}
        before = {c for g in groups if g[-1][1] <= s0 for c in _codes(g)}
        events = [ev for ev in events if not (ev["cue_pos"] == s0 and (
            ev["source"] in later - before or ev["target"] in later - before))]
    return events


#: Words that name the speaker in a speech ("I", "we", "my delegation").
_FIRST_PERSON_WORDS = frozenset({"i", "we", "us", "our", "my"})


def _occupied_without_agent(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Take from the speaker the taking of land a participle tells with no agent.

    "This settlement, may I repeat, must be based on withdrawal from the territories occupied in 1967":
    the land was occupied by someone the sentence does not name, never by the speaker ("I", "we") the
    clause rules find as the subject.
    """
    for s0, e0, c0 in cues:
        if lower[s0] not in _SEIZING or s0 == 0 or lower[s0 - 1] not in _SEIZED_LANDS \
                or "by" in lower[e0:e0 + 6]:
            continue
        firsts = {c for g in groups if lower[g[0][0]] in _FIRST_PERSON_WORDS for c in _codes(g)}
        others = {c for g in groups if lower[g[0][0]] not in _FIRST_PERSON_WORDS for c in _codes(g)}
        events = [ev for ev in events if not (ev["cue_pos"] == s0 and ev["source"] in firsts - others)]
    return events


#: Verbs of a stand taken on an accord or act named before ("a treaty that Ethiopia has never accepted").
_ATTITUDE_VERBS = frozenset({"accepted", "accept", "accepts", "recognised", "recognized", "recognises", "recognizes",
                             "recognise", "recognize", "endorsed", "endorses", "welcomed", "welcomes", "rejected",
                             "rejects", "abandoned", "opposed", "opposes", "ratified", "condemned", "condemns",
                             "disputes", "disputed", "contests", "contested", "denounced", "denounces", "criticised",
                             "criticized", "says", "said", "calls", "called", "considers", "regards", "deems"})


def _relative_subject_no_party(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Keep a state that opens a relative clause on a noun cue out of that cue's parties.

    "Egypt and Sudan divided the Nile's waters in a 1959 treaty that Ethiopia has never accepted": the
    treaty is the two signers'; the state after "that" says what it does about the treaty, and is no party
    to it (unless it is also named before the cue).
    """
    for s0, e0, c0 in cues:
        if c0.pos != "noun" or e0 + 1 >= len(lower) or lower[e0] not in ("that", "which", "whom"):
            continue
        subject = next((g for g in groups if g[0][0] in (e0 + 1, e0 + 2)
                        and all(w in ("the", "a") for w in lower[e0 + 1:g[0][0]])), None)
        if subject is None:
            continue
        j = subject[-1][1]
        while j < len(lower) and (lower[j] in _AUX or lower[j] in ("never", "not", "n't", "still", "also", "since",
                                                                 "long", "always")):
            j += 1
        if j >= len(lower) or lower[j] not in _ATTITUDE_VERBS:
            continue   # (the clause's subject that "extended" the loans or "imposed" the sanctions is their agent)
        theirs = set(_codes(subject)) - {c for g in groups if g[-1][1] <= s0 for c in _codes(g)}
        events = [ev for ev in events if not (ev["cue_pos"] == s0 and (ev["source"] in theirs
                                                                        or ev["target"] in theirs))]
    return events


#: Nouns of a charge made against someone ("Bolton's charge against China", "the allegations that ...").
_CHARGE_NOUNS = frozenset(_CLAIMS - {"reports", "report", "suggestions", "assertions", "that"})
#: Intensity of rejecting a charge made against a state: standing up for it (CAMEO 051-like praise/defence).
DEFENDED_INTENSITY = 3.0


def _charges_rejected(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Read the charge a state rejects as made against someone, and what the charge says as no act told.

    "Zambia Rejects Bolton's 'Debt Trap' Charge Against China": the rejecter stands up for the one
    charged (verbal cooperation, ``DEFENDED_INTENSITY``) and against the one charging. "rejected a charge by
    Bolton that China was using opaque deals and loans to hold African states captive": what the charge
    says is the accuser's claim, so the friendly cues inside it ("deals", "loans") tie no state to one
    named outside the charge.
    """
    for s0, e0, c0 in cues:
        k = next((k for k in range(e0, min(e0 + 9, len(lower))) if lower[k] in _CHARGE_NOUNS), None)
        if k is None or any(w in (",", ";", ".") for w in lower[e0:k]):
            continue
        if c0.cue_id in _REJECT_CUES or c0.cue_id == "deny":
            charged = next((g for g in groups if lower[k + 1:k + 2] == ["against"] and g[0][0] in (k + 2, k + 3)),
                           None)
            if charged is not None:
                mine = set(_codes(charged))
                events = [{**ev, "event_class": "verbal_cooperation", "intensity": DEFENDED_INTENSITY,
                           "cue": f"{ev['cue']} the charge against"}
                          if ev["cue_pos"] == s0 and ev["target"] in mine and ev["source"] not in mine else ev
                          for ev in events]
                accusers = {c for g in groups if e0 <= g[0][0] < k for c in _codes(g)} - mine
                rejecters = {ev["source"] for ev in events if ev["cue_pos"] == s0} - mine - accusers
                said = " ".join(lower[s0:e0])
                events += [{"source": a, "target": b, "event_class": c0.event_class, "intensity": c0.intensity,
                            "cue": said, "cue_pos": s0}
                           for a in sorted(rejecters) for b in sorted(accusers)
                           if not any(ev["cue_pos"] == s0 and ev["source"] == a and ev["target"] == b for ev in events)]
                events += [{"source": a, "target": b, "event_class": "verbal_cooperation",
                            "intensity": DEFENDED_INTENSITY, "cue": f"{said} the charge against", "cue_pos": s0}
                           for a in sorted(rejecters) for b in dict.fromkeys(_codes(charged))
                           if not any(ev["cue_pos"] == s0 and ev["source"] == a and ev["target"] == b for ev in events)]
        t = next((t for t in range(k + 1, min(k + 12, len(lower))) if lower[t] == "that"), None)
        if t is None or any(w in (";", ".", ",") for w in lower[k:t]):
            continue
        # (to the end of the sentence, or a second verb of the main subject: "... and offered aid to Britain")
        end = next((j for j in range(t, len(lower)) if lower[j] in (";", ".") or (
            lower[j] == "and" and j + 1 < len(lower) and (lower[j + 1].endswith("ed") or lower[j + 1] in (
                "said", "says", "sent", "gave", "made", "took", "told", "won", "met")))), len(lower))
        inside = {c for g in groups if t < g[0][0] < end for c in _codes(g)}
        events = [ev for ev in events if not (t < ev["cue_pos"] < end and ev["intensity"] > 0 and not (
            ev["source"] in inside and ev["target"] in inside))]
    return events


#: Cues of complaint whose object may be a wrong done to a state ("in protest at Cuba's exclusion").
_WRONG_COMPLAINT_CUES = frozenset({"protest_verbal", "condemn", "criticise", "denounce", "deplore", "reject", "oppose"})
#: Nouns whose possessor suffers them ("Cuba's exclusion", "Qatar's isolation"), unless "of" names another.
_SUFFERED_NOUNS = frozenset({"exclusion", "suspension", "isolation", "ouster", "expulsion", "removal",
                             "dismemberment", "partition", "encirclement", "strangulation", "mistreatment",
                             "humiliation", "marginalisation", "marginalization"})


def _welcomed_into_body(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Read a state welcomed "to the United Nations" (or into another body) as a member the body takes in.

    "in welcoming Saint Lucia to the United Nations as a new Member": beside the welcomer's greeting of the
    state, the body and the state it admits stand in cooperation both ways (the lexicon's ``admit_member``),
    as "the admission of Saint Lucia to the United Nations" reads.
    """
    cm = _cue_matcher()
    admit = cm.by_id.get("admit_member")
    if admit is None:
        return events
    for s0, e0, c0 in cues:
        if c0.cue_id != "welcome":
            continue
        g = next((g for g in groups if g[0][0] in (e0, e0 + 1) and (g[0][0] == e0 or lower[e0] == "the")), None)
        if g is None:
            continue
        k = g[-1][1]
        if lower[k:k + 1] not in (["to"], ["into"]):
            continue
        k += 1 + (lower[k + 1:k + 2] == ["the"])
        body = next((h for h in groups if h[0][0] == k and set(_codes(h)) <= ORG_CODES), None)
        if body is None or lower[body[-1][1]:body[-1][1] + 1] not in ([],) + _AFTER_THE_BODY \
                or "council" in lower[body[0][0]:body[-1][1]]:
            continue   # (not "welcomed Ukraine to the European Union summit in Brussels": a meeting of the body)
        for b in dict.fromkeys(_codes(body)):
            for m in dict.fromkeys(_codes(g)):
                for a, t in ((b, m), (m, b)):
                    if a != t and not any(ev["source"] == a and ev["target"] == t for ev in events):
                        events.append({"source": a, "target": t, "event_class": admit.event_class,
                                       "intensity": admit.intensity, "cue": f"{lower[s0]} (a new member)",
                                       "cue_pos": s0})
    return events


#: Words that may follow the body a state is welcomed to ("to the United Nations as a new Member", "... today").
_AFTER_THE_BODY = tuple([w] for w in (".", ",", ";", ":", "as", "and", "on", "in", "at", "this", "last",
                                      "today", "with", "after", "when", "yesterday", "earlier"))
#: The bare forms of the lexicon's noun cue "offer" that can be a verb ("continue to offer insolent defiance"; "an
#: offer", "the offer" are offers whatever follows).
_OFFER_VERBS = frozenset({"offer", "offers"})
#: Prepositions that make an act's noun a time ("after the attack", "within hours of the attack").
_TIME_PREPOSITIONS = frozenset({"after", "since", "following", "before"})


def _act_as_time(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Drop a hostile act named only to date something.

    "Mubarak had flown to the Ethiopian capital for a summit and returned home within hours of the attack":
    "the attack" told before is a time here, with no agent or target named after it, so it is no attack by the
    clause's subject on the place named. Only a noun with "the" after "after", "since", "following", "before"
    or "<time unit> of", followed by nothing, ".", "!" or ";".
    """
    for s0, e0, c0 in cues:
        if c0.intensity >= 0 or s0 < 2 or lower[s0 - 1] != "the":   # ("the attack": a noun, whatever its cue)
            continue
        k = s0 - 2
        if not (lower[k] in _TIME_PREPOSITIONS or (lower[k] == "of" and k > 0 and lower[k - 1] in _TIME_UNITS)):
            continue
        if lower[e0:e0 + 1] not in ([], ["."], ["!"], [";"]):
            continue   # ("after the attack on Egypt", "since the invasion by Iraq": the act's own parties)
        events = [ev for ev in events if ev["cue_pos"] != s0]
    return events


#: What a people suffers, deplored on its behalf ("deploring the bloodshed ... of Iraq and Iran").
_SUFFERED_LOSSES = frozenset(_PLIGHT_NOUNS | {"losses", "loss", "deaths", "casualties", "wastage", "destruction"})


def _plight_of(lower: list[str], e: int, groups: list) -> set[str] | None:
    """
    The states whose suffering a complaint at ``e`` deplores ("deploring the continuing bloodshed and
    wastage of the human and material resources of the two brother peoples of Iraq and Iran"): the
    loss named first (after determiners and adjectives), then "of" and the names, with no clause or agent
    ("by", "under", "inflicted") between.
    """
    p = next((k for k in range(e, min(len(lower), e + 5)) if lower[k] in _SUFFERED_LOSSES), None)
    if p is None or not all(w.isalpha() and w not in ("by", "to") for w in lower[e:p]):
        return None
    for g in groups:
        if not p < g[0][0] <= p + 20:
            continue
        gap = lower[p + 1:g[0][0]]
        if "of" in gap and not any(w in (",", ";", ".", "by", "under", "inflicted", "caused", "that", "which",
                                         "who", "on", "against", "in") for w in gap):
            names = [g] + [h for h in groups if h[0][0] > g[-1][1] and all(
                w in ("and", ",", "the") for w in lower[g[-1][1]:h[0][0]])]
            end = max(h[-1][1] for h in names)
            if lower[end:end + 1] == ["by"] or lower[end:end + 3] == ["at", "the", "hands"]:
                return None   # "deplored the destruction of Kuwait by Iraq": the act's author is named
            return {c for h in names for c in _codes(h)}
        return None
    return None


def _on_behalf_of(lower: list[str], e: int, groups: list) -> set[str] | None:
    """The states a phrase at ``e`` speaks for, "on Spain's behalf" or "on behalf of (the) Philippines"."""
    if lower[e:e + 1] != ["on"]:
        return None
    if lower[e + 1:e + 3] == ["behalf", "of"]:
        j = e + 3 + (lower[e + 3:e + 4] == ["the"])
        g = next((g for g in groups if g[0][0] == j), None)
    else:
        g = next((g for g in groups if g[0][0] in (e + 1, e + 2) and (g[0][0] == e + 1 or lower[e + 1] == "the")
                  and lower[g[-1][1]:g[-1][1] + 2] in (["'s", "behalf"], ["\u2019s", "behalf"], ["'", "behalf"])),
                 None)
    return set(_codes(g)) if g is not None else None


def _protest_on_behalf(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Read a complaint about a wrong done to a state as standing by that state.

    "Correa stayed away in protest at Cuba's exclusion", "condemned Qatar's isolation": the state
    whose exclusion (or suspension, isolation, ouster ...) is protested is the one wronged, so the
    complainer's event toward it becomes support (verbal cooperation, ``DEFENDED_INTENSITY``); "Iran's
    expulsion of British diplomats" names the expeller and stays opposed. So too the state a complaint is
    made for: "The European Commission protested on Spain's behalf", "protested on behalf of Mexico".
    """
    for s0, e0, c0 in cues:
        if c0.cue_id not in _WRONG_COMPLAINT_CUES:
            continue
        behalf, why = _on_behalf_of(lower, e0, groups), "on behalf"
        if behalf is None:
            behalf, why = _plight_of(lower, e0, groups), "the plight"
        if behalf is not None:
            events = [{**ev, "event_class": "verbal_cooperation", "intensity": DEFENDED_INTENSITY,
                       "cue": f"{ev['cue']} {why}"}
                      if ev["cue_pos"] == s0 and ev["target"] in behalf and ev["source"] not in behalf else ev
                      for ev in events]
            continue
        j = e0 + (e0 < len(lower) and lower[e0] in ("at", "over", "against", "about", "to"))
        g = next((g for g in groups if g[0][0] in (j, j + 1) and (g[0][0] == j or lower[j] == "the")), None)
        if g is None:
            continue
        k = g[-1][1]
        if lower[k:k + 1] not in (["'s"], ["\u2019s"], ["'"]) or k + 1 >= len(lower) \
                or lower[k + 1] not in _SUFFERED_NOUNS or lower[k + 2:k + 3] == ["of"]:
            continue
        wronged = set(_codes(g))
        events = [{**ev, "event_class": "verbal_cooperation", "intensity": DEFENDED_INTENSITY,
                   "cue": f"{ev['cue']} {lower[k + 1]}"}
                  if ev["cue_pos"] == s0 and ev["target"] in wronged and ev["source"] not in wronged else ev
                  for ev in events]
    return events


def _pressed_with_partner(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Read the state named after "pressed with" as a partner in the pressing, not its target.

    "Portugal had pressed with Canberra for an emergency session of the Security Council": Portugal and
    Australia press together (joint action both ways, ``JOINT_ACTION_INTENSITY``). Only when "for" follows
    the partner's name and a third party is named within eight words after it (else "pressed with Russia for
    answers" presses Russia itself).
    """
    for s0, e0, c0 in cues:
        if c0.cue_id != "press" or lower[e0:e0 + 1] != ["with"]:
            continue
        j = e0 + 1 + (e0 + 1 < len(lower) and lower[e0 + 1] == "the")
        g = next((g for g in groups if g[0][0] == j), None)
        if g is None or lower[g[-1][1]:g[-1][1] + 1] != ["for"] or not any(
                g[-1][1] < h[0][0] <= g[-1][1] + 8 and not set(_codes(h)) & set(_codes(g)) for h in groups):
            # (not "Britain has pressed with Russia for answers", "pressed with Israel to ease the blockade": the
            # one pressed, with no third party named)
            continue
        partners = set(_codes(g))
        pressers = {ev["source"] for ev in events if ev["cue_pos"] == s0 and ev["target"] in partners} - partners
        if not pressers:
            continue
        cue_text = " ".join(lower[s0:g[-1][1]])
        events = [ev for ev in events if not (ev["cue_pos"] == s0 and (
            ev["target"] in partners or ev["source"] in partners))]
        events += _joint_events(sorted(pressers), sorted(partners), cue_text, s0)
    return events


def _walked_away_from(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Keep the target of "walked away from" to a state named inside what is left.

    "walked away from the nuclear deal with Iran", "Ukraine Walks Away From EU Pact": the one left is named in
    the object, within seven words and before a clause break; "US Marines walked away from the checkpoint as
    Iraqi crowds cheered" leaves no state, so its events are dropped.
    """
    for s0, e0, c0 in cues:
        if c0.cue_id != "walk_away":
            continue
        stop = next((k for k in range(e0, len(lower)) if lower[k] in (",", ";", ".", "as", "while", "when", "after",
                                                                      "but", "and")), len(lower))
        inside = {c for g in groups if e0 <= g[0][0] < min(stop, e0 + 7) for c in _codes(g)}
        events = [ev for ev in events if ev["cue_pos"] != s0 or ev["target"] in inside]
    return events


def _with_support_of(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Read ", with X support" after an agent as X backing that agent.

    "the crimes committed in Lebanon by Israel, with United States support": the United States supports
    Israel (its cue's class and intensity, from X to the agent); the speaker's or subject's event toward
    X at that cue is dropped. The agent is the name right before the comma, after "by" or opening the
    clause (not an object: "Iraq attacked Iran, with Soviet support" is left alone).
    """
    for s0, e0, c0 in cues:
        if c0.cue_id != "support" or lower[s0] != "support":
            continue
        backer = next((g for g in groups if g[-1][1] == s0), None)
        if backer is None or lower[backer[0][0] - 1:backer[0][0]] != ["with"] or backer[0][0] < 3:
            continue
        w = backer[0][0] - 1
        agent = next((g for g in groups if g[-1][1] == w - 1), None) if lower[w - 1] == "," else None
        if agent is None or not (agent[0][0] == 0 or lower[agent[0][0] - 1] in ("by", ",")):
            continue
        backers, agents = set(_codes(backer)), list(dict.fromkeys(_codes(agent)))
        events = [ev for ev in events if not (ev["cue_pos"] == s0 and (
            ev["source"] in backers or ev["target"] in backers or ev["source"] in agents))]
        events += [{"source": b, "target": a, "event_class": c0.event_class, "intensity": c0.intensity,
                    "cue": " ".join(lower[w:e0]), "cue_pos": s0}
                   for b in dict.fromkeys(_codes(backer)) for a in agents if a not in backers]
    return events


#: What may follow the name of the one undone ("the end of NATO.", "the dissolution of Yugoslavia and ...").
_OBJECT_ENDS = frozenset({".", ",", ";", ":", "and", "or", "as", "which", "who", "by", "in", "through", "after",
                          "before", "within", "at", "from", ")", "'", '"', "\u201d", "itself"})
#: Nouns of a state's or a body's undoing ("proposes the end of NATO", "supports the dissolution of the bloc").
_UNDOING_NOUNS = frozenset({"end", "dissolution", "abolition", "destruction", "disbandment", "liquidation",
                            "elimination", "overthrow", "downfall", "dismantling", "break-up", "breakup"})


def _end_of_sought(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Read proposing or backing the end of a state or a body as hostility toward it.

    "The Soviet Union now proposes the end of NATO", "backed the dissolution of Yugoslavia": a friendly verb
    whose object is the undoing (``_UNDOING_NOUNS``, "the" or "a" before it allowed) of the one named whole
    after "of", or of its regime or government, opposes it (verbal conflict of the cue's weight). Not "an end
    to the war with Iraq", nor the end of something the name only qualifies ("the end of the US embargo",
    "the elimination of Syria's chemical weapons").
    """
    for s0, e0, c0 in cues:
        if c0.intensity <= 0:
            continue
        j = e0 + (lower[e0:e0 + 1] in (["the"], ["a"]))
        if lower[j:j + 1] in (["complete"], ["total"]) and lower[j + 1:j + 2] == ["end"]:
            j += 1
        if j >= len(lower) or lower[j] not in _UNDOING_NOUNS or lower[j + 1:j + 2] != ["of"]:
            continue
        undone = next((g for g in groups if g[0][0] in (j + 2, j + 3)
                       and (g[0][0] == j + 2 or lower[j + 2] == "the")), None)
        if undone is None:
            continue
        after = lower[undone[-1][1]:undone[-1][1] + 2]
        if after and after[0] not in _OBJECT_ENDS and not (after[0] in ("'s", "\u2019s") and after[1:] and after[1] in (
                "regime", "government", "rule", "dictatorship", "monarchy", "state")):
            continue   # "welcomed the end of the US embargo", "of India's ban on imports": the name is not undone
        codes = set(_codes(undone))
        events = [{**ev, "event_class": "verbal_conflict", "intensity": -abs(ev["intensity"]),
                   "cue": f"{ev['cue']} the {lower[j]} of"}
                  if ev["cue_pos"] == s0 and ev["target"] in codes and ev["source"] not in codes else ev
                  for ev in events]
    return events


#: Verbs of saying before the one a right is denied to ("China said Taiwan had no right to ..."): the reporting
#: verbs and a few of argument.
_SAYING = frozenset((_REPORTING - {"according"}) | {"say", "insisted", "insists", "argued", "argues", "tells",
                                                    "declared", "declares", "states", "warned", "warns", "adds",
                                                    "maintained", "maintains", "replied", "retorted", "countered"})


def _right_denied(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Read "X said Y had no right to ..." as X's reproach to Y, not Y's act toward what follows.

    "China said Taiwan had no right to join the United Nations": the one denied a right is the name right
    before the cue (``no_right``), and the one denying it the subject of the verb of saying before that name;
    Y's event toward the UN at the cue is dropped and X's toward Y added (the cue's class and weight). With no
    sayer named (a speech's "Israel has no right to occupy the Golan"), the cue keeps its own reading.
    """
    for s0, e0, c0 in cues:
        if c0.cue_id != "no_right":
            continue
        denied = next((g for g in groups if g[-1][1] == s0), None)
        if denied is None:
            continue
        d0 = denied[0][0]
        say = next((k for k in range(d0 - 1, max(-1, d0 - 4), -1) if lower[k] in _SAYING), None)
        if say is None:
            continue
        sayer = next((g for g in reversed(groups) if g[-1][1] <= say and not any(
            w in (";", ".") for w in lower[g[-1][1]:say])), None)
        if sayer is None:
            continue
        mine, theirs = list(dict.fromkeys(_codes(sayer))), set(_codes(denied))
        events = [ev for ev in events if not (ev["cue_pos"] == s0 and ev["source"] in theirs)]
        events += [{"source": a, "target": b, "event_class": c0.event_class, "intensity": c0.intensity,
                    "cue": " ".join(lower[s0:e0]), "cue_pos": s0}
                   for a in mine for b in dict.fromkeys(_codes(denied)) if a != b and not any(
                       ev["cue_pos"] == s0 and ev["source"] == a and ev["target"] == b for ev in events)]
    return events


def _inside_a_relative(events: list[dict], groups: list, lower: list[str]) -> list[dict]:
    """
    Keep the act told in a relative clause between commas (", who", ", which", ", whose") within that clause.

    "Morales, who sent troops to the gas fields on May 1, arrived with Venezuelan President Hugo Chavez":
    the troops went to the fields, not to Venezuela; "thanked India, which gave its assurance in January,
    and China": India's assurance is not given to China. An event whose cue lies in ", who ... ," or
    ", which ... ," keeps a target named inside the clause, or the speaker before it ("a reminder to us all,
    and to those, like the Soviet Union, who disparage ..."), and the states the clause describes when they
    act together or the source is named inside ("Kuwait, which Iraq invaded in 1990,"); one aimed elsewhere
    is dropped ("Kuwait, which mediated throughout the dispute," is no party to the dispute). It can drop
    a right one too: "the dispute between Chad and Libya has mobilized the OAU, which has shown its
    capacity to provide the framework for a solution" (known limit).
    """
    spans = []
    for i in range(len(lower) - 2):
        if lower[i] == "," and lower[i + 1] in ("who", "which", "whose"):
            j = next((j for j in range(i + 2, len(lower)) if lower[j] in (",", ";", ".", ":")), len(lower))
            ante = next((g for g in groups if g[-1][1] == i), None)
            if ante is not None:
                spans.append((i + 1, j, set(_codes(ante)),
                              {c for g in groups if i + 1 < g[0][0] < j for c in _codes(g)},
                              {c for g in groups if g[0][0] < i and lower[g[0][0]] in _FIRST_PERSON_WORDS
                               for c in _codes(g)}))
    if not spans:
        return events
    kept = []
    for ev in events:
        span = next((sp for sp in spans if sp[0] < ev["cue_pos"] < sp[1]), None)
        if span is None or ev["target"] in span[3] or ev["target"] in span[4] or (
                ev["target"] in span[2] and ev["source"] in span[2] | span[3]) or ev["cue"].startswith("host"):
            # (the states the clause describes may act together in it: "Mali and Burkina Faso, which warned in
            # a joint communique ..."; a host's guests come after it: "Cardoso, who hosted the ceremony, was
            # joined by the leaders of Argentina and Chile")
            kept.append(ev)
    return kept


def _as_appeal(events: list[dict], s0: int, c0, why: str) -> list[dict]:
    """The hostile events of the request cue at ``s0`` made an appeal (cue "urge (back to talks)")."""
    return [{**ev, "event_class": "verbal_cooperation", "intensity": APPEAL_FOR_TALKS_INTENSITY,
             "cue": f"{c0.cue_id.replace('_', ' ')} ({why})"}
            if ev["cue_pos"] == s0 and ev["intensity"] < 0 else ev for ev in events]


#: Proposals put forward by their authors ("the initiative taken by Egypt and Iran"), and the verbs between.
_PROPOSAL_NOUNS = frozenset({"initiative", "initiatives", "proposal", "proposals", "draft", "plan", "resolution"})
_AUTHOR_VERBS = frozenset({"taken", "put", "forward", "submitted", "presented", "made", "launched", "sponsored",
                           "co-sponsored", "tabled", "introduced", "proposed", "jointly", "advanced"})
#: Verbs of an appeal to go on with one's efforts ("to continue their efforts", "to redouble its endeavours").
_GO_ON_VERBS = frozenset({"continue", "redouble", "intensify", "pursue", "persevere", "sustain", "step", "embark",
                          "exert", "play"})
def _efforts_follow(lower: list[str], k: int) -> bool:
    """Whether efforts are named from ``k`` on, after a few fillers ("their efforts", "on serious efforts",
    "an active role", "every effort")."""
    j = k
    while j < len(lower) and j - k < 4 and lower[j] in _EFFORT_FILLERS:
        j += 1
    return j > k and j < len(lower) and lower[j] in _EFFORT_NOUNS


#: Words between the verb and the efforts ("embark on serious efforts", "to play a more active role").
_EFFORT_FILLERS = frozenset({"its", "their", "his", "her", "the", "on", "upon", "in", "serious", "all", "every",
                             "necessary", "greater", "further", "more", "an", "a", "active", "constructive",
                             "positive", "sincere", "renewed", "tireless", "up"})
#: ... and the efforts gone on with.
_EFFORT_NOUNS = frozenset({"efforts", "effort", "endeavours", "endeavors", "work", "mediation", "role", "support",
                           "assistance", "cooperation", "co-operation", "good"})
#: Addressees of a request that are no state: "call on the international community to help ...".
_COLLECTIVE_ADDRESSEES = (("the", "international", "community"), ("the", "world", "community"),
                          ("the", "donor", "community"), ("donor", "countries"), ("donors",), ("all", "states"),
                          ("all", "member", "states"), ("member", "states"), ("all", "countries"), ("all", "nations"),
                          ("the", "world"), ("everyone",), ("all", "of", "us"), ("the", "international", "donors"),
                          ("arab", "states"), ("arab", "countries"), ("arab", "governments"), ("other", "states"),
                          ("other", "countries"), ("other", "nations"), ("other", "governments"),
                          ("western", "governments"), ("western", "countries"), ("african", "states"),
                          ("african", "countries"), ("rich", "countries"), ("developed", "countries"),
                          ("the", "developed", "countries"), ("neighbouring", "countries"), ("neighboring", "countries"))
#: Words after a help asked for that aim it against the state named ("to help isolate Russia").
_HOSTILE_AIMS = {"against", "isolate", "contain", "sanctions", "sanction", "punish", "pressure", "pressuring", "fight",
                 "strikes", "strike", "confront", "deter", "defeat", "oust", "topple", "blockade", "embargo"}
def _aimed_against(window: list[str]) -> bool:
    """True when the words after a help asked for aim it at someone ("help isolate Russia"), not when a
    possessor comes first ("support President Trump's maximum pressure policy against Iran": help for him)."""
    for w in window:
        if w in ("'s", "\u2019s"):
            return False
        if w in _HOSTILE_AIMS:
            return True
    return False


#: Verbs of help asked of them for a state ("to support Lebanon", "to assist the refugees of Jordan").
_HELP_VERBS = frozenset({"help", "support", "assist", "aid", "back", "stand", "contribute", "provide", "extend",
                         "give", "invest", "finance", "fund", "bolster", "sustain", "rebuild", "protect", "shoulder",
                         "share", "relieve", "alleviate", "ease", "accompany", "reconstruct", "defend"})
#: Verbs of a demand made before an appeal to talk ("called upon Argentina to withdraw ... and to negotiate").
_DEMANDED_ACTS = {"withdraw", "leave", "pull", "cease", "halt", "release", "surrender", "disarm", "abandon",
                  "evacuate", "vacate", "dismantle", "hand", "free", "comply", "abide", "implement", "respect"}
#: Bodies of states: a call on one to act is an appeal (:func:`_appeals_for_talks`), and its forces are no invader
#: (:func:`_attributive_acts`).
_STATE_BODIES = frozenset(_PEACE_BODIES | {"NATO", "IAEA", "OIC", "GCC", "ASEAN", "COMMONWEALTH", "ICJ", "ICC",
                                           "WHO", "IMF", "WB", "WTO", "OPEC"})
#: Verbs asking a body to undo or stop what it does ("to annul the appointment").
_UNDO_VERBS = frozenset({"stop", "end", "annul", "reverse", "revoke", "cancel", "rescind", "overturn", "drop",
                         "suspend", "reconsider"})
#: Nouns before "of war" that make it war in general ("the scourge of war", "the horrors of war"); not
#: "the threat of war", "the outbreak of war", which tell of a war between the states named.
_WAR_IN_GENERAL = frozenset({"scourge", "scourges", "horrors", "horror", "means", "instruments", "instrument", "tools",
                             "machinery", "machines", "art", "spoils", "evils", "futility", "folly", "calamity",
                             "calamities", "laws", "law", "weapons", "engines", "abolition", "renunciation",
                             "elimination", "plague", "curse", "barbarity", "senselessness", "institution"})
#: Cues of help that, given to a state's rebels, are aimed at the state ("its aid to the Greek guerrillas"),
#: the words allowed between the cue and the rebels' demonym, and the intensities: material help
#: (arms, money, training) as CAMEO's support for an opposition's armed struggle, backing in words less.
_HELP_TO_REBELS_CUES = frozenset({"support", "express_support", "back", "arms_sale", "aid", "economic_aid", "finance",
                                  "military_aid", "help", "offer_aid", "send_trainers"})
#: Nouns of armed rebels against their own state (not "fighters", often the state's own forces).
_REBEL_NOUNS = frozenset({"rebels", "rebel", "guerrillas", "guerrilla", "insurgents", "insurgent", "separatists",
                          "separatist", "militias", "militia", "militiamen", "mujahideen", "mutineers", "paramilitaries",
                          "secessionists"})
#: Peoples whose armed struggle before independence was against a colonial or occupying power, with the
#: year their state became (or is still not) independent: help for "the Algerian rebels" in 1956 or "the
#: Namibian guerrillas" in 1980 is none against Algeria or Namibia. (The wars of independence the General
#: Debate speeches speak of most; Eritrea and South Sudan resolve to Ethiopia and Sudan before theirs.)
_LIBERATED = {"DZA": 1962, "AGO": 1975, "MOZ": 1975, "GNB": 1974, "CPV": 1975, "NAM": 1990, "ZWE": 1980,
              "KEN": 1963, "CYP": 1960, "TUN": 1956, "MAR": 1956, "IDN": 1949, "VNM": 1954, "TLS": 2002,
              "PSE": 9999, "ESH": 9999}


def _liberation_struggle(codes: list[str], year: int | None) -> bool:
    """True when "<demonym> rebels" of ``codes`` fought for independence in ``year`` (see :data:`_LIBERATED`)."""
    return year is not None and any(year < _LIBERATED.get(c, 0) for c in codes)


_BEFORE_REBELS = frozenset({"to", "for", "of", "the", "its", "their", "his", "her", "armed", "rebel", "renegade"})
REBEL_HELP_INTENSITY = -6.0
REBEL_BACKING_INTENSITY = -4.0
#: Verbs of standing by a side after "to" that make troops sent for it a mission ("to back Kabila").
_BACKING_VERBS = frozenset({"back", "help", "support", "bolster", "reinforce", "assist", "aid", "rescue", "save",
                            "shore", "prop"})   # ("defend", "protect": their own rule, in _on_mission)
#: Modals that make a war something risked ("would turn it into a war", "could drag the region into war").
_RISK_MODALS = frozenset({"would", "could", "might", "may", "risks", "risk", "risked", "threatens", "threatened",
                          "threaten", "threatening"})
#: Cues of trade measures, and the goods a demonym may name before them ("a Russian oil ban").
_MEASURE_CUES = frozenset({"sanction", "embargo", "ban_imports", "halt_trade", "ban"})
_TRADED_GOODS = frozenset({"oil", "crude", "gas", "coal", "steel", "grain", "wheat", "gold", "diamond", "diamonds",
                           "timber", "fish", "beef", "pork", "wine", "goods", "imports", "exports", "products",
                           "energy", "arms", "uranium", "aluminium", "aluminum", "seafood", "cotton", "rice"})
#: Participles of judging before "as" ("would be treated as a declaration of war").
_DEEMED = frozenset({"treated", "considered", "regarded", "seen", "viewed", "deemed", "taken", "construed", "interpreted"})
_DEEMING_MODALS = frozenset({"would", "will", "shall", "could", "might", "should", "must"})
#: Participles after "war" that tell whose war it was ("the horrors of war unleashed by the Iraqi regime").
_WAR_AUTHORED = frozenset({"unleashed", "waged", "inflicted", "imposed", "launched", "forced", "visited", "brought"})
#: Verbs of striking after "to" that make a state's own craft sent somewhere a deployment ("to launch raids").
_STRIKING_VERBS = frozenset({"launch", "strike", "bomb", "attack", "raid", "hit", "shell", "pound", "carry", "conduct"})
#: Nouns of wrongs done that a delegate may be "moved by" ("the brutality of the apartheid regime").
_CRUELTIES = frozenset({"brutality", "cruelty", "atrocities", "atrocity", "barbarity", "savagery", "crimes", "crime",
                        "massacre", "massacres", "repression", "oppression", "injustice", "aggression", "invasion"})
#: A sitting's number before "meeting" ("479th meeting", "1234th"), as the UN's records cite them.
_NUMBERED_SITTING = re.compile(r"\d{3,}(?:st|nd|rd|th)")   # (not "their 5th meeting")
#: Cues of a hold on another's land or trade that an end called for leaves standing.
_HOLDING_CUES = frozenset({"occupy", "annex", "blockade", "siege", "aggression", "embargo"})
#: Words of calm asked for ("urged both sides to show restraint", "to de-escalate").
_CALM_WORDS = {"restraint", "de-escalate", "deescalate", "calm", "composure"}
#: ... and, asked of two states named together, the ways of settling peacefully ("urged Nigeria and Cameroon
#: to carry out the ruling peacefully").
_CALM_ASKED = frozenset(_CALM_WORDS | {"peacefully", "peaceful", "dialogue", "negotiate", "negotiations", "talks",
                                       "reconcile", "reconciliation"})


#: Nouns that name the main clause's act again after a comma (", a move Moscow condemned").
_MOVE_NOUNS = {"move", "decision", "step", "act", "action", "ruling", "measure", "deal", "visit", "gesture"}


#: Words of a cue that make "over" a place flown over ("fired a missile over Japan").
_OVERFLYING = {"missile", "missiles", "rocket", "rockets", "flew", "flight", "flights", "overflight", "drone",
               "drones", "jets", "planes", "aircraft"}
#: Participles after a comma that tell what an act led to ("..., prompting U.S. strikes"): a clause of its own.
_RESULT_PARTICIPLES = {"prompting", "triggering", "sparking", "provoking", "drawing", "causing", "forcing",
                       "inviting", "raising", "fuelling", "fueling", "stoking", "deepening", "worsening"}
#: Verbs whose subject is on the receiving end of the noun after them ("drew sanctions from Washington").
_ELICIT_VERBS = {"drew", "draw", "draws", "drawing", "drawn", "prompted", "prompting", "prompts", "prompt",
                 "triggered", "triggering", "triggers", "trigger", "sparked", "sparking", "sparks", "spark",
                 "provoked", "provoking", "provokes", "provoke", "earned", "earning", "earns", "earn", "won",
                 "winning", "wins", "received", "receiving", "receives", "receive", "got", "getting", "gets",
                 "attracted", "attracting", "attracts", "faced", "facing", "faces", "face", "incurred",
                 "incurring", "elicited", "eliciting", "invited", "inviting", "secured", "securing", "secures",
                 "obtained", "obtaining", "obtains", "enjoyed", "enjoys", "enjoying",
                 # ... and prepositions with the same sense ("came under pressure from Washington",
                 # "despite criticism from Japan", "amid protests from Beijing")
                 "under", "despite", "amid", "amidst"}


def _drawn_from(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Turn round the events of a noun cue its subject draws from another state.

    "Iran's programme drew sanctions from the United States", "North Korea's test prompted a sharp
    rebuke from Japan", "Kenya received support from Britain": the state after "from" is the one
    acting, toward the one that drew it; so do "under", "despite" and "amid" ("despite pressure from
    Washington"). Takes and returns the sentence's events; the cue must sit within three words after
    an eliciting verb (articles and adjectives between), and the state
    right after "from" (or "from the").
    """
    flips: dict[int, list[str]] = {}
    shared: set[int] = set()
    for s, e, cue in cues:
        k = s if lower[s] in _ELICIT_VERBS else s - 1   # ("drawing criticism from": the verb inside the cue)
        while k >= 0 and s - k <= 4 and lower[k] not in _ELICIT_VERBS and lower[k].isalpha() \
                and lower[k] not in ("and", "or", "but", "to", "of", "with", "by", "from"):
            k -= 1
        if k < 0 or lower[k] not in _ELICIT_VERBS or any(k < g[0][0] < s for g in groups):
            continue
        j = e + (lower[e + 1:e + 2] == ["the"]) + 1 if lower[e:e + 1] == ["from"] else None
        src = next((g for g in groups if j is not None and g[0][0] == j), None)
        if src is not None:
            flips[s] = _codes(src)
            if any(w in ("both", "they", "all") for w in lower[max(0, k - 3):k]):
                shared.add(s)   # "as both face growing pressure from Chinese ships": aimed at both
    if not flips:
        return events
    out = []
    for ev in events:
        if ev.get("cue_pos") in flips and ev["target"] in flips[ev["cue_pos"]] \
                and ev["source"] not in flips[ev["cue_pos"]]:
            ev = {**ev, "source": ev["target"], "target": ev["source"]}
        out.append(ev)
    # "The Philippines withdrew its troops from Iraq, drawing criticism from Australia": what is drawn is
    # aimed at the one who drew it, the clause's first actor, not at a place named in its act
    first = {}
    for g in groups:
        for c in _codes(g):
            first.setdefault(c, g[0][0])
    for s, codes in flips.items():
        aimed = [ev for ev in out if ev.get("cue_pos") == s and ev["source"] in codes]
        if len(aimed) > 1 and s not in shared:
            keep = min(aimed, key=lambda ev: first.get(ev["target"], len(lower)))["target"]
            out = [ev for ev in out if not (ev in aimed and ev["target"] != keep)]
    return out


#: Reactions that, with no one named after them, answer the clause before (", and Tokyo demanded an apology").
_ANSWERING_CUES = {"demand_apology", "protest_verbal", "summon_ambassador", "condemn", "denounce"}


def _reaction_to_previous_clause(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Aim a protest with no named target at the first state of the clause before ", and".

    "Thousands of Chinese demonstrators threw stones at the Japanese embassy, and Tokyo demanded an
    apology": Tokyo's demand answers what the Chinese did. Only when the reactor is named just before
    its cue, nothing is named after the cue in its clause, and the cue has no event yet.
    """
    for s, e, cue in cues:
        if cue.cue_id not in _ANSWERING_CUES or any(ev.get("cue_pos") == s for ev in events):
            continue
        k = next((k for k in range(s - 1, 0, -1) if lower[k - 1] == "," and lower[k] == "and"), None)
        if k is None or any(w in (";", ".", "not", "never", "no") for w in lower[k:s]):
            continue
        reactor = next((g for g in groups if g[0][0] > k and 0 <= s - g[-1][1] <= 2), None)
        end = next((j for j in range(e, len(lower)) if lower[j] in (",", ";", ".")), len(lower))
        if reactor is None or any(e <= g[0][0] < end for g in groups):
            continue
        who = set(_codes(reactor))
        earlier = next((g for g in groups if g[-1][1] < k and not set(_codes(g)) & who), None)
        if earlier is None:
            continue
        events = events + [{"source": a, "target": t, "event_class": cue.event_class, "intensity": cue.intensity,
                            "cue": " ".join(lower[s:e]), "cue_pos": s}
                           for a in sorted(who) for t in dict.fromkeys(_codes(earlier))]
    return events


#: Cues of rejecting that, before "any attempt to <hostile act>", defend the act's target instead.
_DEFENDING_REJECTIONS = {"reject", "condemn", "oppose", "denounce"}
_ATTEMPT_WORDS = {"attempt", "attempts", "effort", "efforts", "move", "moves", "bid", "bids", "plan", "plans",
                  "design", "designs", "policy", "policies", "scheme", "schemes"}


#: Last words of the names of bodies ("Support Mission", "Relief and Works Agency", "Peace Corps").
_BODY_NAME_ENDS = {"Mission", "Missions", "Office", "Agency", "Fund", "Programme", "Program", "Commission",
                   "Committee", "Operation", "Operations", "Organization", "Organisation", "Authority", "Corps",
                   "Centre", "Center", "Institute", "Administration", "Service"}


def _names_a_body(words: list[str], e: int) -> bool:
    """Whether the capitalised words from ``e`` on end a body's name ("... Support Mission", "... Relief and Works Agency")."""
    if _is_title_case_sentence(words):
        return False   # a headline in title case: "Turkey Attacks Kurdish Militia Office"
    k = e
    while k < len(words) and k - e <= 3 and (words[k][:1].isupper() or words[k] in ("and", "of", "for")):
        if words[k] in _BODY_NAME_ENDS:
            return True
        k += 1
    return False


def _owned_object(right: list, lower: list[str], e: int, also: tuple[str, ...] = ()) -> list:
    """
    The actor group named as the object of an owned act noun ending at ``e`` ("Russia's annexation of
    Crimea", "the Israeli occupation of Palestinian lands"): the first group after it, within three
    words, linked by an owned-act preposition (``_OWNED_ACT_LINKS``, or one of ``also``) and no
    punctuation; an empty list when there is none.
    """
    return [g for g in right[:1] if g[0][0] - e <= 3 and not any(
        w in (",", ";", ":", "--") for w in lower[e:g[0][0]]) and any(
        w in _OWNED_ACT_LINKS or w in also for w in lower[e:g[0][0]])]


def _rhetorical_can(lower: list[str], s: int) -> bool:
    """Whether the cue at ``s`` is the verb of a question "How can we ...?" that denies it ("How can we blame
    them?", "How could anyone accept such an occupation?")."""
    if not lower or lower[-1] != "?" and "?" not in lower[s:]:
        return False
    for j in range(max(0, s - 5), s - 1):
        if lower[j] == "how" and lower[j + 1] in ("can", "could") and all(
                w in _RHETORICAL_SUBJECTS for w in lower[j + 2:s]) and s - (j + 2) >= 1:
            return True
    return False


def _doubting_question(lower: list[str], s: int) -> bool:
    """Whether the cue at ``s`` is in the relative clause of a question "Is there any ... who ...?" that doubts
    anyone does it ("Is there any leader in Israel who truly desires to make peace?")."""
    if not lower or lower[-1] != "?":
        return False
    k = 1 if lower[0] in ("but", "and", "so", "then", "yet") else 0
    if lower[k:k + 2] not in (["is", "there"], ["are", "there"]) or k + 2 >= len(lower) or not (
            lower[k + 2] in ("any", "anyone", "anybody", "one", "even") or lower[k + 2:k + 4] == ["a", "single"]):
        return False   # (not "Is there a chance that ...?", which may be asked in earnest)
    head = lower[k + 4] if lower[k + 2] == "a" else lower[k + 3] if k + 3 < len(lower) else ""
    if head in _DOUBT_NOUNS:
        return False   # "Is there any doubt that the United States supports Israel?" affirms it
    return any(lower[j] in ("who", "that", "which") and "," not in lower[j:s] for j in range(max(k + 3, s - 5), s))


#: Nouns after "Is there any" that make the question affirm what follows, not doubt it.
_DOUBT_NOUNS = frozenset({"doubt", "doubts", "question", "questions", "chance", "way", "reason", "need", "hope",
                          "possibility", "sign", "indication", "evidence", "proof", "wonder", "surprise"})
#: Subjects and adverbs between "How can" and the verb of a rhetorical question.
_RHETORICAL_SUBJECTS = frozenset({"we", "i", "one", "anyone", "anybody", "they", "you", "the", "world", "then",
                                  "possibly", "ever", "still", "really", "any", "country", "state", "people"})


def _owned_by_actor(lower: list[str], named: list[bool], s: int) -> bool:
    """Whether the cue at ``s`` has an actor's possessive before it, a word or two between ("Turkey's military
    interference", "Russia's annexation")."""
    k = s - 1
    while k > 0 and k >= s - 3 and lower[k] not in ("'s", "\u2019s") and lower[k].isalpha():
        k -= 1
    return k > 0 and lower[k] in ("'s", "\u2019s") and named[k - 1]


def _rejects_an_attempt(lower: list[str], e: int, hostile_at: set[int]) -> bool:
    """Whether a rejecting cue ending at ``e`` takes "(any|all) attempt(s) to <hostile cue>" as its object
    ("attempts of interfering" too)."""
    k = e + 1 if e < len(lower) and lower[e] in ("any", "all", "every", "the", "of") else e
    k = k + 1 if k < len(lower) and lower[k] in ("any", "all", "every", "the") else k
    return k + 2 < len(lower) and lower[k] in _ATTEMPT_WORDS and (
        (lower[k + 1] == "to" and (k + 2 in hostile_at or k + 3 in hostile_at))
        or (lower[k + 1] == "of" and lower[k + 2].endswith("ing") and k + 2 in hostile_at))


#: Verbs that put an end to what follows ("to stop all attempts of interfering").
_STOP_WORDS = frozenset({"stop", "stopping", "end", "ending", "halt", "thwart", "thwarting", "foil", "counter",
                         "prevent", "preventing", "resist", "resisting"})


#: Adverbs between "promise to" and the act promised ("vowed to utterly destroy").
_MANNER_WORDS = {"utterly", "completely", "totally", "fully", "eventually", "one", "also", "further", "never"}

#: Verbs of the fighting cue that also take a thing as their object ("combat terrorism", "battling poverty").
#: Verbs of a purpose against someone after a joint act ("work together to crush ISIL").
_AGAINST_VERBS = frozenset({"crush", "defeat", "fight", "combat", "confront", "counter", "destroy", "eliminate",
                            "eradicate", "dismantle", "degrade", "contain", "isolate", "punish", "pressure", "deter",
                            "oust", "topple", "overthrow", "expel", "repel", "resist", "oppose", "sanction", "attack"})
#: Scourges fought that are no one's ("to combat COVID-19", "combating poverty"); not terrorism or crime,
#: whose fight two states can wage together.
_SCOURGES = frozenset({"covid", "pandemic", "pandemics", "coronavirus", "virus", "disease", "diseases", "epidemic",
                       "epidemics", "poverty", "hunger", "famine", "malaria", "hiv", "aids", "ebola", "illiteracy",
                       "desertification", "drought", "climate", "inequality", "unemployment", "pollution",
                       "inflation", "scourge", "scourges", "ignorance", "underdevelopment", "ills", "evils"})
#: Crimes two states can fight together ("the scourge of drug trafficking"; not "these scourges of mankind").
_CRIMES_FOUGHT_TOGETHER = frozenset({"terrorism", "drug", "drugs", "narcotics", "trafficking", "crime", "piracy",
                                     "smuggling", "extremism", "organized", "organised", "human"})


#: Words just before "the recognition of the ... rights" that make it the speaker's own call, read as before.
_CALLED_FOR = frozenset({"for", "support", "supports", "supported", "demand", "demands", "urge", "urges", "seek",
                         "seeks", "welcome", "welcomes", "welcomed", "favour", "favor", "endorse", "endorses"})
#: Heads of a campaign that may be waged against a scourge rather than a state ("the war on drugs").
_CAMPAIGN_HEADS = frozenset({"battle", "battles", "war", "wars", "fight", "fights", "fighting", "fought", "struggle",
                             "struggles", "campaign", "crusade", "offensive", "crackdown", "combat", "combating",
                             "combatting"})
#: Non-state foes of such a campaign beyond the scourges and crimes above.
_SCOURGE_AGENTS = frozenset({"traffickers", "cartels", "cartel", "terrorists", "pirates", "smugglers", "gangs",
                             "corruption", "insurgents", "militants", "extremists", "criminals", "narco-trafficking",
                             "narcotrafficking", "poachers"})


def _against_a_scourge(lower: list[str], named: list[bool], e: int) -> bool:
    """
    True when the campaign cue ending at ``e`` is fought "against" or "on" a scourge, crime or non-state foe
    named within four words, with no state between ("battle against drugs", "war on international terrorism",
    "fight against drug traffickers"; not "war against Iraq" nor "war on Iraq's drug cartels").
    """
    if e > 1 and lower[e - 1] in ("against", "on") and lower[e - 2] in _CAMPAIGN_HEADS:
        e -= 1   # (the lexicon's own "war on", "fight against")
    if e >= len(lower) or lower[e] not in ("against", "on"):
        return False
    for k in range(e + 1, min(e + 5, len(lower))):
        if named[k]:
            return False
        w = lower[k].split("-")[0]
        if w in _SCOURGES or w in _CRIMES_FOUGHT_TOGETHER or lower[k] in _SCOURGE_AGENTS:
            # (not a foe a state is said to stand behind: "militants backed by Pakistan", "terrorists sponsored
            # by Pakistan" make the fight one against that state)
            return not any(named[x] for x in range(k + 2, min(k + 6, len(lower))) if "by" in lower[k + 1:x])
        if lower[k] in (",", ";", "and", "or", "with", "by"):
            return False
    return False


def _scourge_of_a_crime(lower: list[str], k: int) -> bool:
    """ "the scourge of drug trafficking", "of terrorism": a "scourge" word before "of" and a crime two states can
    fight together (but "the scourges of drought and famine", "these scourges of mankind" stay no one's)."""
    return lower[k].startswith("scourge") and lower[k + 1:k + 2] == ["of"] and k + 2 < len(lower) \
        and lower[k + 2].split("-")[0] in _CRIMES_FOUGHT_TOGETHER


_COMBAT_VERBS = {"combat", "combats", "combating", "combatting", "combated", "combatted", "battle", "battles",
                 "battled", "battling"}


def _fought_actor(lower: list[str], named: list[bool], e: int) -> bool:
    """Whether the word after a combat verb, or after its "against", "the" or "with", is an actor."""
    k = e + 1 if lower[e] in ("against", "with") else e
    k = k + 1 if k < len(lower) and lower[k] in ("the", "a", "an") else k
    return k < len(lower) and named[k] or lower[e] in ("between", "among", "in", "on", "for", "over", ",", ".")


#: Cues of siding with someone that, with "against" after them, side against the one named there.
_SIDING_CUES = {"support", "back", "aid", "help", "military_aid", "side_with", "express_solidarity"}


#: What a state is opposed for, named before "of" it ("against the racist policies of South Africa").
_POLICY_NOUNS = frozenset({"policies", "policy", "practices", "regime", "government", "authorities", "aggression",
                           "designs", "schemes", "ambitions", "expansionism"})


def _siding_against(events: list[dict], cues: list, groups: list, lower: list[str],
                    words: list[str]) -> list[dict]:
    """
    Turn support given "against" a state into hostility toward that state.

    "Iran backs Hezbollah against Israel", "The United States backed Britain against Argentina": the
    one backed keeps the support; the state after "against" (within the cue's clause, up to three
    words on) is opposed, so the supporter's act toward it is verbal conflict of the cue's weight,
    and so is the one backed (the side it is backed in: Hezbollah against Israel).
    """
    for s, e, cue in cues:
        # troops sent "to defend Saudi Arabia against Iraq" or "to protect Abkhazia from Georgia" side the same way
        mission = cue.cue_id in _DEPLOY_CUES and any(
            ev.get("cue_pos") == s and ev["event_class"] == "material_cooperation" for ev in events)
        if (cue.cue_id not in _SIDING_CUES or cue.intensity <= 0) and not mission:
            continue
        a = next((j for j in range(e, min(e + 12, len(lower)))
                  if lower[j] in ("against", ",", ";", ".", "but") or (mission and lower[j] == "from" and any(
                      lower[j - 2:j] == ["to", x] or lower[j - 3:j - 1] == ["to", x] or lower[j - 4:j - 2] == ["to", x]
                      for x in ("defend", "protect")))), None)
        if a is None or lower[a] not in ("against", "from"):
            continue   # ("send troops from bases in Germany to defend Poland": "from" before the purpose is the origin)
        opposed = next((g for g in groups if a < g[0][0] <= a + 3), None) or next(
            # "against the racist and colonialist policies of South Africa": the state whose policies are named
            # (not "against the occupation of Palestine by Israel": the one occupied is no one opposed)
            (g for g in groups if a + 3 < g[0][0] <= a + 8 and lower[g[0][0] - 1] == "of"
             and lower[g[0][0] - 2] in _POLICY_NOUNS and all(
                 w.isalpha() and w.islower() for w in words[a + 1:g[0][0]])), None)
        sources = {ev["source"] for ev in events if ev.get("cue_pos") == s}
        if opposed is None or not sources:
            continue
        them = set(_codes(opposed))
        backed = {ev["target"] for ev in events if ev.get("cue_pos") == s} - them - sources
        events = [ev for ev in events if not (ev.get("cue_pos") == s and ev["target"] in them)] + [
            {"source": x, "target": t, "event_class": "verbal_conflict", "intensity": -abs(cue.intensity),
             "cue": f"{' '.join(lower[s:e])} against", "cue_pos": s}
            for x in sorted(sources | backed) for t in sorted(them) if x != t]
    return events


#: Verbs of a host's leave ("let Russian troops attack"), and the words before them that withhold it.
_PERMIT_VERBS = _LET_VERBS | {"permit", "permits", "permitted", "permitting"}
_REFUSING = {"refused", "refuses", "refuse", "refusing", "not", "n't", "never", "declined", "declines", "denied"}
#: Words that make a host's leave only spoken of ("would let", "will allow"): no part in the act yet.
_IRREALIS = {"would", "will"}
#: Words before "allow" that make the leave refused, wished or asked about ("will not allow", "how can we allow"):
#: only then is an unnamed agent's act no act of the one allowing ("Sudan allowed an armed group to attack Chad").
_NOT_YET_ALLOWED = frozenset({"not", "n't", "never", "cannot", "can", "could", "will", "would", "must", "should",
                              "how", "may"})
#: Words that open an unnamed agent after "allow" ("allow a Member ... to defy", "permit anyone to flout").
_SOMEONE = (["a"], ["an"], ["any"], ["anyone"], ["anybody"], ["someone"], ["another"], ["others"])
_LET_CLAUSE_BREAKS = {",", ";", ".", "but", "while", "after", "before", "because", "as", "when", "then", "whereas",
                      "until"}


#: Verbs of saying that may charge someone with standing "behind" an act, and the acts of harm.
_SAYING_BEHIND = {"says", "said", "say", "saying", "claims", "claimed", "believes", "believed", "suspects",
                  "suspected", "insists", "insisted", "alleges", "alleged"}
_BEHIND_ACTS = {"blast", "blasts", "bombing", "bombings", "bomb", "attack", "attacks", "explosion", "explosions",
                "assassination", "killing", "killings", "murder", "plot", "coup", "unrest", "riots", "protests",
                "uprising", "hack", "hacking", "cyberattack", "cyberattacks", "sabotage", "strike", "strikes",
                "shooting", "poisoning", "kidnapping", "violence", "insurgency", "rebellion", "rebels", "fire"}
#: Words of the courts a state may be referred to ("referred Libya to the International Criminal Court").
_REFERRED_TO = {"court", "icc", "icj", "tribunal", "hague"}
#: Verbs of a base or a place holding another state's forces ("bases in Iraq housing American troops",
#: "a base manned by U.S. personnel"), and the forces named so.
_HOUSING = {"housing", "house", "houses", "hosting", "host", "hosts", "sheltering", "used", "manned", "staffed"}
_HOSTED_FORCES = _FORCE_NOUNS | {"personnel"}


def _hosted_forces_hit(events: list[dict], cues: list, groups: list, lower: list[str], kinds: dict) -> list[dict]:
    """
    Make the state whose forces a struck base holds a target of the strike too.

    "Iran fired missiles at bases in Iraq housing American troops": the strike is at Iraq (the place) and
    at the United States (its troops there). The forces are named by a demonym before a force noun, after
    a verb of housing (``_HOUSING``) within the attack's clause; each agent gets the attack's event toward
    that state as well.
    """
    for s, e, cue in cues:
        if cue.event_class != "material_conflict" or cue.intensity >= 0:
            continue
        ours = [ev for ev in events if ev["cue_pos"] == s and ev["event_class"] == "material_conflict"]
        if not ours:
            continue
        for g in groups:
            g0, g1 = g[0][0], g[-1][1]
            if not (e < g0 <= e + 12) or not (lower[g1 - 1] in _HOSTED_FORCES
                                                or lower[g1:g1 + 1] and lower[g1] in _HOSTED_FORCES):
                continue   # (the actor step may take "American troops" as one mention)
            h = next((k for k in range(g0 - 1, max(e - 1, g0 - 4), -1) if lower[k] in _HOUSING), None)
            if h is None or any(w in (",", ";", ".", "but", "while", "after", "as") for w in lower[e:g0]) \
                    or not _group_kinds(g, kinds) <= {"demonym", "organization"}:
                continue
            for c in _codes(g):
                for src in sorted({ev["source"] for ev in ours} - {c}):
                    if not any(ev["source"] == src and ev["target"] == c for ev in events):
                        events.append({**ours[0], "source": src, "target": c,
                                       "cue": f"{ours[0]['cue']} "
                                              f"({' '.join(lower[h:g1 + (lower[g1 - 1] not in _HOSTED_FORCES)])})"})
    return events


def _let_agent(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Give a hostile act after "let / allowed <state's forces> (to)" to those forces, and the host its part.

    "Belarus let Russian troops attack Ukraine from its territory": Russia attacks; Belarus lets it, which
    is help for Russia (material cooperation of ``allow_in``'s weight) and a hand in the attack (material
    conflict at half its weight). "Turkey refused to let U.S. troops use its territory to invade Iraq": the
    invasion is still the Americans' (as a plan), and a host that refuses, or only would or will let them,
    takes no part in it.
    """
    for s, e, cue in cues:
        if cue.intensity >= 0:
            continue
        k = next((k for k in range(s - 1, max(-1, s - 20), -1) if lower[k] in _PERMIT_VERBS), None)
        if k is not None and s - k >= 10 and not (lower[s - 1] == "to" and lower[k + 1:k + 2] in _SOMEONE):
            k = None   # (a far "allow" only for "allow a Member ... to flout ... and to defy")
        if k is None or any(w in _LET_CLAUSE_BREAKS for w in lower[k:s]) or any(
                lower[x] == "and" and any(g[0][0] == x + 1 for g in groups) for x in range(k, s)):
            continue   # (not "let Iraqi troops cross its territory as Israeli jets attacked Syria": another clause)
        agent = next((g for g in groups if k < g[0][0] <= k + 3 and g[-1][1] <= s), None)
        host = next((g for g in reversed(groups) if g[-1][1] <= k and k - g[-1][1] <= 4), None)
        if agent is None and host is not None and lower[k + 1:k + 2] in _SOMEONE and lower[s - 1] == "to" \
                and any(w in _NOT_YET_ALLOWED for w in lower[max(0, k - 4):k]):
            # "How can we allow a Member of the United Nations to defy the resolutions of our Organization?":
            # someone unnamed would do it; the one allowing (or refusing to) does not
            events = [ev for ev in events if not (ev["cue_pos"] == s and ev["source"] in _codes(host))]
            continue
        if agent is None or host is None:
            continue
        agents = set(_codes(agent))
        hosts = set(_codes(host)) - agents
        # the act read as the host's ("Turkey refused to let U.S. troops ... invade Iraq"), or already the forces'
        # ("let Russian troops attack Ukraine"); an act of anyone else is left alone
        ours = [ev for ev in events if ev["cue_pos"] == s and ev["source"] in hosts and ev["intensity"] < 0] or [
            ev for ev in events if ev["cue_pos"] == s and ev["source"] in agents and ev["intensity"] < 0]
        if not ours or not hosts:
            continue
        refused = any(w in _REFUSING or w in _IRREALIS for w in lower[max(0, k - 3):k])
        rest = [ev for ev in events if not any(ev is x for x in ours if x["source"] in hosts)]
        moved = [{**ev, "source": a} for ev in ours if ev["source"] in hosts for a in sorted(agents) if a != ev["target"]
                 and not any(x["source"] == a and x["target"] == ev["target"] and x["cue_pos"] == s for x in rest)]
        part = [] if refused else [
            {"source": h, "target": ev["target"], "event_class": "material_conflict",
             "intensity": round(ev["intensity"] / 2, 2), "cue": f"{lower[k]} ... {ev['cue']}", "cue_pos": s}
            for h in sorted(hosts) for ev in ours if ev["target"] != h and ev["target"] not in agents]
        helped = [] if refused else [
            {"source": h, "target": a, "event_class": "material_cooperation", "intensity": 3.0,
             "cue": lower[k], "cue_pos": k}
            for h in sorted(hosts) for a in sorted(agents) if a != h
            and not any(x["source"] == h and x["target"] == a for x in rest)]
        events = rest + moved + part + helped
    return events


def _backed_act(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Read ", backed by X" after a clause of hostile acts as X siding with their agents.

    "Saudi-led warplanes struck Houthi positions in Yemen, backed by Egypt and Jordan": the backers of a
    coalition's act (an "X-led" subject) support the agent of the acts told before the comma (verbal
    cooperation of the cue's weight) and oppose those acts' targets (verbal conflict of the same weight).
    Without a coalition the participle may tell of the object instead ("bombed Houthi positions in Yemen,
    backed by Iran"), and the cue keeps its own reading.
    """
    for s, e, cue in cues:
        if cue.cue_id not in ("back", "support") or s < 2 or lower[s - 1] != "," or lower[e:e + 1] != ["by"]:
            continue
        backers = {c for g in groups if e < g[0][0] <= e + 3 for c in _codes(g)}
        told = [ev for ev in events if ev["intensity"] < 0 and ev["cue_pos"] < s
                and ev["source"] not in backers and ev["target"] not in backers]
        if not backers or not told or not any(lower[k:k + 2] == ["-", "led"] for k in range(0, s - 1)):
            # (only a coalition's act, "Saudi-led warplanes struck ..., backed by Egypt": after a single state's
            # "Saudi warplanes bombed Houthi positions in Yemen, backed by Iran" the participle may tell of the
            # object, and is left to the cue's own reading)
            continue
        agents = set(ev["source"] for ev in told)
        victims = set(ev["target"] for ev in told) - agents
        word = " ".join(lower[s:e + 1])
        events = [ev for ev in events if not (ev.get("cue_pos") == s and not ev["cue"].startswith("jointly"))] + [
            {"source": b, "target": t, "event_class": klass, "intensity": sign * abs(cue.intensity),
             "cue": f"{word} ({how})", "cue_pos": s}
            for b in sorted(backers)
            for t, klass, sign, how in [(a, "verbal_cooperation", 1, "the agent") for a in sorted(agents)]
            + [(v, "verbal_conflict", -1, "against its target") for v in sorted(victims)]]
    return events


#: Words after which the one named is fought, not joined ("confronting ISIS", "combating Da'esh"); "against"
#: counts only after a word of fighting ("the fight against"), not in "ruled against Beijing" or "a protest
#: against the law", and bare "fighting" and "defeating" not at all ("after days of fighting Israel and Hamas
#: agreed", "after defeating Brazil" in sport).
_FOUGHT_AFTER = {"confronting", "combating", "combatting", "countering"}
_FIGHT_BEFORE_AGAINST = {"fight", "fighting", "war", "wars", "struggle", "struggles", "battle", "battles", "campaign",
                         "offensive", "coalition", "front"}


def _joined_against(events: list[dict], cues: list, groups: list, lower: list[str], kinds: dict) -> list[dict]:
    """
    Turn a cooperative act that links the one it is aimed at into hostility toward it.

    "We must build on the progress in the fight against Da'esh by strengthening international
    cooperation", "we propose a resolution to coordinate the actions of all the forces confronting the
    Islamic State": the cooperation is among those fighting, and the one named just after a word of
    fighting and "against" (fight, war, struggle, battle, campaign, offensive, coalition, front), or after
    "confronting", "combating" or "countering", is fought. Only the first name there counts ("the war
    against Iraq, Kuwait received ...": Kuwait is not fought), and not a demonym before a noun ("the
    fight against Mexican drug cartels" fights no state). A cooperative cue's other parties get verbal
    conflict of the cue's weight toward the one fought; a cue with no other party is left as it is.
    Support given "against" someone named after the cue is :func:`_siding_against`'s, which runs first.
    """
    fought: set[str] = set()
    for k, w in enumerate(lower[:-1]):
        if w in _FOUGHT_AFTER or (w == "against" and k > 0 and lower[k - 1] in _FIGHT_BEFORE_AGAINST):
            at = k + 1 + (lower[k + 1] in ("the", "a", "an"))
            g = next((g for g in groups if g[0][0] == at), None)
            if g is None:
                continue
            first = g[0]
            if kinds.get((first[0], first[1])) == "demonym" and first[1] < len(lower) and lower[first[1]].isalpha():
                continue   # ("combating Somali piracy": a people's adjective before a noun)
            fought.add(first[2])
    if not fought:
        return events
    for s, e, cue in cues:
        if cue.intensity <= 0:
            continue
        mine = [ev for ev in events if ev.get("cue_pos") == s and ev["intensity"] > 0]
        parties = {x for ev in mine for x in (ev["source"], ev["target"])}
        them = parties & fought
        if not them or not parties - them:
            continue
        events = [ev for ev in events if not (ev in mine and {ev["source"], ev["target"]} & them)]
        have = {(ev["source"], ev["target"]) for ev in events if ev.get("cue_pos") == s and ev["intensity"]}
        events += [
            {"source": x, "target": t, "event_class": "verbal_conflict", "intensity": -cue.intensity,
             "cue": f"{' '.join(lower[s:e])} against", "cue_pos": s}
            for x in sorted(parties - them) for t in sorted(them) if (x, t) not in have]
    return events


def _reaction_to_the_move(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Aim a reaction told in an apposition at the main clause's subject.

    Takes the sentence's events, cues, actor groups and lower-cased tokens. In "Thailand extradited
    the Russian to the United States, a move Moscow condemned as unlawful" the condemnation is
    Moscow's at Thailand, the one who made the move (not at the last state named before it).
    """
    if not groups or (groups[0][0][0] > 0 and lower[groups[0][0][0] - 1] in _SUBJECT_BLOCKERS):
        return events
    main = list(dict.fromkeys(_codes(groups[0])))
    for k in range(len(lower) - 3):
        if lower[k] != "," or lower[k + 1] not in ("a", "an", "the") or lower[k + 2] not in _MOVE_NOUNS:
            continue
        if groups[0][-1][1] > k:
            continue   # (the move's maker must be named before the comma)
        at = k + 3 + (k + 3 < len(lower) and lower[k + 3] in ("that", "which"))
        while at < len(lower):
            at += at < len(lower) and lower[at] == "the"   # ("a move the Palestinians condemned")
            reactor = next((g for g in groups if g[0][0] == at), None)
            if reactor is None:
                break
            cue = next((c for c in cues if reactor[-1][1] <= c[0] <= reactor[-1][1] + 2), None)
            if cue is None:
                break
            who = set(_codes(reactor))
            # (the reactor named just before its verb says it, whoever the events gave it to)
            said = [ev for ev in events if ev["cue_pos"] == cue[0]]
            if said and not who & set(main):
                events = [ev for ev in events if ev not in said] + [
                    {**said[0], "source": a, "target": t} for a in sorted(who) for t in main]
            # "a decision that Israel praised and the Palestinians condemned": the next reactor
            if cue[1] < len(lower) and lower[cue[1]] == "and":
                at = cue[1] + 1
            else:
                break
    return events


#: Cues of approval that side with whatever they approve ("welcomed", "backs", "hailed").
_ENDORSE_CUES = {"welcome", "praise", "hail", "support", "back", "endorse", "approve"}
#: Nouns of a state's or a leader's downfall ("welcomed the collapse of Saddam Hussein's regime").
_DOWNFALL = {"collapse", "fall", "downfall", "ouster", "overthrow", "toppling", "demise"}
#: Intensity of approving a hostile measure against a state (CAMEO 11-like disapproval, by proxy).
ENDORSED_MEASURE_INTENSITY = -3.0
#: Cues of diplomatic ties and envoys: kept between states, so an armed group is not their unnamed other side.
_DIPLOMATIC_CUES = {"cut_ties", "downgrade_ties", "recall_ambassador", "expel_diplomats", "close_embassy",
                    "summon_ambassador", "restore_ties", "establish_ties", "upgrade_ties", "return_ambassador",
                    "open_embassy", "appoint_ambassador", "send_envoy"}
#: Nouns of a ruling, vote or step that "against <state>" aims at a state ("the ruling against China's claims").
_AIMED_NOUNS = {"ruling", "rulings", "verdict", "verdicts", "judgment", "judgement", "decision", "resolution",
                "resolutions", "case", "complaint", "lawsuit", "vote", "motion", "measures", "steps", "action"}
_MEASURE_GAP_STOPS = {",", ";", "but", "while", "which", "who", "after", "because", "as", "and", "though", "although"}


#: Nouns of a measure, and the words that aim it at a state ("any measure punishing the Sudanese government").
_MEASURE_NOUNS = {"measure", "measures", "sanctions", "resolution", "resolutions", "action", "steps", "move", "moves",
                  "embargo", "penalties", "bill", "law", "plan", "statement", "statements", "draft", "motion",
                  "blockade", "siege"}
#: Proposals a state can block or oppose, before the measure they ask for ("blocked a proposal by Madrid for
#: EU trade sanctions against Canada").
_PROPOSALS = {"proposal", "proposals", "bid", "bids", "call", "calls", "request", "requests", "push"}
#: Measures aimed at the state after "of" or "on" ("the blockade of Gaza", "sanctions on Iran").
_BLOCKING_MEASURES = {"blockade", "siege", "embargo", "sanctions"}
_AIMING_WORDS = {"punishing", "targeting", "penalising", "penalizing", "sanctioning", "against", "isolating",
                 "condemning", "censuring"}   # (not "on": "a resolution on Ukraine" is a topic)


def _opposed_measures(events: list[dict], cues: list, groups: list, lower: list[str]) -> list[dict]:
    """
    Read opposition to a measure aimed at a state as support of that state.

    Takes the sentence's events, cues, actor groups and lower-cased tokens. In "China said it would oppose
    any measure punishing the Sudanese government" the opposition is China's support for Sudan
    (``OPPOSED_MEASURE_INTENSITY``), not a hostile act toward it; the measure's author, when named
    as its owner ("opposed the US resolution against Iran"), stays the one opposed.
    """
    for s0, e0, c0 in cues:
        # ("voted to demand an end to the US trade embargo against Cuba": an end demanded is opposition too)
        # (and "demand the lifting of the blockade of Gaza", "demand that the blockade against the Palestinians
        # be lifted": a measure's end asked for)
        end_to = c0.cue_id in _END_DEMANDING_CUES and (
            lower[e0:e0 + 3] in (["an", "end", "to"], ["the", "lifting", "of"], ["the", "removal", "of"])
            or (lower[e0:e0 + 1] == ["that"] and any(lower[j:j + 2] in (["be", "lifted"], ["be", "ended"],
                                                                        ["be", "removed"])
                                                     for j in range(e0, min(e0 + 12, len(lower))))))
        if (c0.cue_id not in _OPPOSING_CUES and not end_to) or (s0 > 0 and lower[s0 - 1] in ("not", "never", "n't")):
            continue
        # ("blocked a proposal by Madrid for EU trade sanctions against Canada": the measure after the proposal)
        proposed = any(w in _PROPOSALS for w in lower[e0:e0 + 3])
        k = next((k for k in range(e0, min(e0 + (9 if end_to or proposed else 5), len(lower)))
                  if lower[k] in _MEASURE_NOUNS), None)
        if k is None or not any(w in _AIMING_WORDS or (lower[k] in _BLOCKING_MEASURES and w in ("of", "on", "upon"))
                                for w in lower[k + 1:k + 3]):
            continue
        aimed = next((g for g in groups if k + 1 < g[0][0] <= k + 6), None)
        if aimed is None or any(w in (",", ";", ".", "and", "but", "by") for w in lower[k + 1:aimed[0][0]]):
            continue   # ("the sanctions imposed on it by the Security Council": their author, not their target)
        targets = set(_codes(aimed))
        blockers = {ev["source"] for ev in events if ev["cue_pos"] == s0}
        # (the measure the blocker stopped is not its own act on the target: "blocked ... trade sanctions against
        # Canada" imposes none)
        events = [ev for ev in events if not (e0 <= ev["cue_pos"] < aimed[0][0] and ev["source"] in blockers
                                              and ev["target"] in targets and ev["intensity"] < 0)]
        events = [{**ev, "event_class": "verbal_cooperation", "intensity": OPPOSED_MEASURE_INTENSITY,
                   "cue": f"{ev['cue']} (a measure against it)"}
                  if ev["cue_pos"] == s0 and ev["target"] in targets else ev for ev in events]
        # ("Hungary blocked the EU measure against Russia": the blocker also stands by Russia)
        events += [{"source": a, "target": b, "event_class": "verbal_cooperation",
                    "intensity": OPPOSED_MEASURE_INTENSITY, "cue": f"{lower[s0]} (a measure against it)",
                    "cue_pos": s0}
                   for a in dict.fromkeys(ev["source"] for ev in events if ev["cue_pos"] == s0)
                   for b in sorted(targets) if a != b and not any(x["source"] == a and x["target"] == b for x in events)]
    return events


#: Intensity of opposing a measure aimed at a state: support for it (CAMEO 05-like, mild).
OPPOSED_MEASURE_INTENSITY = 2.5


def _endorsed_measures(events: list[dict], cues: list, groups: list, lower: list[str], words: list[str],
                       cm) -> list[dict]:
    """
    Turn approval of a hostile measure into hostility toward the measure's target.

    Takes the sentence's events, its cues as (start, end, Cue), its actor groups and tokens; returns
    the events with each approval cue's events aimed at the measure's target made hostile
    (``ENDORSED_MEASURE_INTENSITY``, cue "welcomed (sanctions)") and the approver's hostility toward
    a target the approval did not name added. A measure undone ("welcomed the lifting of sanctions")
    or named only as history is left alone.
    """
    for s0, e0, c0 in cues:
        if c0.cue_id not in _ENDORSE_CUES or (s0 > 0 and lower[s0 - 1] in ("not", "never", "n't", "-")) or any(
                ev["cue_pos"] == s0 and ev["cue"].startswith("not ") for ev in events):
            # (nor an endorsement the sentence denies: "Neither France nor Germany supported the American invasion")
            continue   # (not "the U.S.-backed government said ...": an epithet approves no later act)
        measure, aimed_noun = None, False
        for s1, e1, c1 in cues:
            if s1 >= e0 and s1 - e0 <= 10 and c1.intensity < 0 \
                    and not any(w in _MEASURE_GAP_STOPS or w in _REPORTING for w in lower[e0:s1]) \
                    and _reversed_by(lower, s1, cm.reversal, groups) is None:
                measure = (s1, e1, " ".join(words[s1:e1]))
                break
        if measure is None:
            d = next((k for k in range(e0, min(len(lower), e0 + 3)) if lower[k] in _DOWNFALL), None)
            if d is not None and d + 1 < len(lower) and lower[d + 1] == "of":
                measure = (d, d + 1, words[d])
        if measure is None:
            # "welcomed the tribunal's ruling against China's claims", "backed the resolution against Syria"
            d = next((k for k in range(s0 + 1, min(len(lower) - 1, e0 + 6)) if lower[k] in _AIMED_NOUNS
                      and lower[k + 1] == "against"), None)
            if d is not None and not any(w in _MEASURE_GAP_STOPS or w in _REPORTING for w in lower[e0:d]):
                measure = (d, d + 1, words[d])
                aimed_noun = True
        if measure is None:
            continue
        s1, e1, what = measure
        at_measure = [ev for ev in events if ev["cue_pos"] == s1]
        if at_measure and all(ev["intensity"] > 0 for ev in at_measure):
            continue   # "approved the deployment of troops to a base in Qatar, a show of support": a mission
        targets = {ev["target"] for ev in events if ev["cue_pos"] == s1}
        authors = {ev["source"] for ev in events if ev["cue_pos"] == s1}
        for g in groups:
            g0, g1 = g[0][0], g[-1][1]
            if g1 == s1 and g0 >= e0 and not set(_codes(g)) & authors and not aimed_noun:
                # (but "backed the UN resolution against North Korea": the body before the noun wrote it)
                # "backs Iraq incursion" (but "welcomes UN sanctions on Iran": the measure's author)
                targets |= set(_codes(g))
            elif e1 <= g0 <= e1 + 3 and all(w in ("on", "against", "of", "the", "to", "into", "in")
                                             for w in lower[e1:g0]) and g0 > e1:
                targets |= set(_codes(g))   # "sanctions on Mugabe", "the collapse of Saddam's regime"
        # "China backed Pakistan in its border dispute with India": the side backed is no target, nor
        # a state that only places the target ("Pakistan-based militants")
        for g in groups:
            g0, g1 = g[0][0], g[-1][1]
            if (e0 <= g0 and g1 < s1 and g1 != s1) or lower[g1:g1 + 2] in (["-", "based"], ["-", "backed"]):
                targets -= set(_codes(g))
        if not targets:
            continue
        approvers = {ev["source"] for ev in events if ev["cue_pos"] == s0} - targets
        if not approvers:
            continue
        cue_text = f"{' '.join(words[s0:e0])} ({what})"
        out = []
        for ev in events:
            if ev["cue_pos"] == s0 and ev["target"] in targets:
                ev = {**ev, "event_class": "verbal_conflict", "intensity": ENDORSED_MEASURE_INTENSITY,
                      "cue": cue_text}
            elif ev["cue_pos"] == s0 and ev["source"] in targets:
                continue   # (the target does not approve of itself being sanctioned)
            out.append(ev)
        have = {(ev["source"], ev["target"]) for ev in out if ev["cue_pos"] == s0}
        out += [{"source": a, "target": t, "event_class": "verbal_conflict",
                 "intensity": ENDORSED_MEASURE_INTENSITY, "cue": cue_text, "cue_pos": s0}
                for a in sorted(approvers) for t in sorted(targets) if a != t and (a, t) not in have]
        events = out
    return events


#: Words before "the end of" that make it a time ("at the end of talks").
_TIME_BEFORE_END = {"at", "by", "until", "till", "before", "after", "toward", "towards", "near", "since", "to", "in"}
_BY_FIRST: dict[int, tuple] = {}   # (form set, its forms by first word), by the set's id


#: Words between "with" and a noun cue it brings ("slapped Iran with new sanctions").
_WITH_FILLERS = {"new", "fresh", "more", "further", "tough", "tougher", "tighter", "harsh", "harsher", "the", "a",
                 "an", "economic", "financial", "military", "additional", "punitive", "sweeping", "targeted"}


#: Nouns of an attack that strikes a place ("the Madrid bombings", "the Paris attacks").
_TERROR_HEADS = {"bombing", "bombings", "blast", "blasts", "explosion", "explosions", "attack", "attacks",
                 "massacre", "shooting", "shootings", "bomb"}
#: Those a state's name before them makes the place struck ("Spain bombings"; "Israel attacks" is the attacker).
_BOMB_HEADS = {"bombing", "bombings", "blast", "blasts", "explosion", "explosions", "bomb"}


def _struck_place(group, kinds: dict, noun: str) -> bool:
    """
    Whether a group naming an attack noun is where the attack struck: a city or capital before any
    terror noun ("Paris attacks"), a state before a bombing ("Spain bombings"); a state before any other
    attack noun is the attacker ("Israel raids", "Israel attacks").
    """
    k = _group_kinds(group, kinds)
    return noun in _TERROR_HEADS and (k <= {"capital", "city"} or (k <= {"country"} and noun in _BOMB_HEADS))


def _modifying_place(lower: list[str], words: list[str], groups: list, kinds: dict, e0: int, s1: int):
    """
    The actor group that modifies an act noun, or None.

    Takes the tokens, the actor groups, the mention kinds and the span from ``e0`` (a judging verb's
    end, or the group's own start) to the noun's start ``s1``: ``[the] GROUP [one or two lower-case
    words]`` ("condemns Spain bombings", "condemned the Madrid train bombings", "condemned the Israeli
    raids", "victims of the Berlin disco bombing"). The group is a
    state, demonym, capital or city of one state; a person, role or organisation gives None. Whether
    the group is the place struck or the attacker is the caller's decision.
    """
    inside = [g for g in groups if e0 <= g[0][0] and g[-1][1] <= s1]
    if len(inside) != 1 or _group_kinds(inside[0], kinds) & {"person", "role", "organization"}:
        return None
    g = inside[0]
    before, after = lower[e0:g[0][0]], lower[g[-1][1]:s1]
    if before not in ([], ["the"]) or len(after) > 2 or len(_codes(g)) != 1:
        return None
    if not all(w.isalpha() and words[g[-1][1] + k].islower() for k, w in enumerate(after)):
        return None
    return g


def _of_agent_at(lower: list[str], named: list[bool], e: int) -> bool:
    """
    True when a state after "of" at ``e`` is the agent of the act before it, its target following with
    "on" ("the attack of Israel on the tent camp"); "the invasion of Kuwait on August 2" names the victim.
    """
    if e + 2 >= len(lower) or lower[e] != "of":
        return False
    k = e + 1 + (lower[e + 1] == "the")
    if k >= len(lower) or not named[k]:
        return False
    while k < len(lower) and named[k]:
        k += 1
    return k + 1 < len(lower) and lower[k] in ("on", "against", "upon") and lower[k + 1] not in _CALENDAR \
        and not lower[k + 1].isdigit()


#: Words after a comma that carry a list on ("its rights, its history and ...").
_LIST_GOES_ON = frozenset({"its", "their", "his", "her", "the", "a", "an", "and"})


def _in_aside(lower: list[str], g, s: int) -> bool:
    """
    True when group ``g`` sits in a participial aside closed before the cue at ``s``: "Pakistan,
    bowing to pressure from Washington, arrested the cleric" (the cleric is no state, and
    Washington is no object of the arrest).
    """
    commas = [k for k in range(g[0][0]) if lower[k] == ","]
    k = commas.pop() if commas else None
    while k is not None and commas and k + 1 < len(lower) and lower[k + 1] in _LIST_GOES_ON:
        # "Morocco, relying on its rights, its history and the advisory opinion of the Court, refused":
        # the commas of a list inside the aside lead back to the one that opens it
        k = commas.pop()
    return k is not None and k + 2 < len(lower) and (lower[k + 1].endswith("ing") or (
        lower[k + 1].endswith("ed") and lower[k + 2] in ("by", "at", "over", "with"))) \
        and "," in lower[g[-1][1]:s] and not any(w in (";", ".") for w in lower[k:s])


def _given_with(lower: list[str], words: list[str], s: int, groups) -> tuple | None:
    """
    (group, verb position) when the noun cue at ``s`` is brought "with" to a state right after a
    verb ("hit Russia with sanctions", "provided Ukraine with weapons"), else None.
    """
    k = s - 1
    while k > 0 and lower[k] in _WITH_FILLERS:
        k -= 1
    if k <= 1 or lower[k] != "with":
        return None
    g = next((g for g in groups if g[-1][1] == k), None)
    if g is None or g[0][0] < 1:
        return None
    v = g[0][0] - 1
    if lower[v] == "the" and v > 0:
        v -= 1
    if not (words[v].isalpha() and words[v].islower() and lower[v] in _WITH_VERBS):
        return None   # (not "joined the United States with sanctions against Russia": a partner, not a receiver)
    return g, v


#: Verbs that bring something "with" them to a state ("slapped Iran with sanctions").
_WITH_VERBS = {f"{v}{x}" for v in ("slap", "threaten", "provide", "supplie", "arm", "present", "help", "equip",
                                  "saddle", "target", "punish", "reward", "shower", "burden", "furnish", "hit")
               for x in ("", "s", "ed", "d", "ped", "ping", "ing")} | {"supply", "supplies", "supplied", "hit"}


#: Verbs of a trailing credit before the source ("..., informed Greek media", "..., reported Iranian television").
_REPORTING_AFTER = {"informed", "reported", "reports", "according", "citing", "quoted", "told", "said", "says"}
_WEATHER = {"weather", "cold", "temperatures", "temperature", "rain", "fog", "conditions", "winter", "nights", "point"}


def _not_be_a(lower: list[str], s: int) -> bool:
    """
    True for a noun cue denied as what someone is: "Sudan could not be an impartial mediator",
    "is no longer a partner" (beyond the three words the negators reach).
    """
    for k in range(max(0, s - 5), s - 1):
        if lower[k] in ("not", "never", "n't") and lower[k + 1] in ("be", "become", "been", "remain"):
            rest = lower[k + 2:s]
            return len(rest) <= 3 and rest[:1] in (["a"], ["an"], ["the"]) and all(
                w.isalpha() and not w.endswith("ed") for w in rest[1:])
    return False


def _as_phrase(lower: list[str], k: int) -> bool:
    """True when "as" at ``k`` opens no clause: "as well as", "as promised,", "such as"."""
    return lower[k] == "as" and (lower[k + 1:k + 3] == ["well", "as"] or lower[k - 1:k + 1] == ["well", "as"]
                                 or lower[k - 1:k] == ["such"]
                                 or (lower[k + 1:k + 2] != [] and lower[k + 1].endswith("ed")
                                     and lower[k + 2:k + 3] == [","]))


def _modifies(lower: list[str], end: int, s: int) -> bool:
    """Whether a name ending at ``end`` modifies the cue at ``s`` ("Mongolia loan talks", "U.S. trade talks")."""
    gap = lower[end:s]
    return len(gap) <= 2 and all(w.isalpha() and not w.endswith(("ed", "ing")) and w not in _NOT_A_NOUN
                                 and w not in ("and", "or", "to", "the", "a", "an", "of", "with") for w in gap)


#: Verbs that pull a named state out of a deal ("pulls US out of Iran nuclear deal"); not "take", which also
#: takes a state off a list ("took Cuba out of the list of state sponsors of terrorism" is a favour to Cuba).
_PULL_VERBS = {"pull", "pulls", "pulled", "pulling"}


def _pulled_out(lower: list[str], g) -> bool:
    """Whether group ``g`` is the state a pull verb pulls "out of" something ("pulls US out of ...")."""
    return g[0][0] > 0 and lower[g[0][0] - 1] in _PULL_VERBS and lower[g[-1][1]:g[-1][1] + 2] == ["out", "of"]


def _reversed_by(lower: list[str], s: int, forms, groups) -> tuple[str, int] | None:
    """
    The reversal verb ("rejected", "lifted", ...) within five words before a cue, if any.

    Hyphens do not count as words ("lifted the 19-year-old trade embargo"), and a state
    named just before the cue modifies it ("lifted the American embargo").
    """
    held = _BY_FIRST.get(id(forms))
    if held is None or held[0] is not forms:
        table: dict[str, list[tuple[str, ...]]] = {}
        for f in sorted(forms, key=lambda f: (-len(f), f)):   # longest form first: "stalling on", not "stalling"
            table.setdefault(f[0], []).append(f)
        held = _BY_FIRST[id(forms)] = (forms, table)
    by_first = held[1]
    for g in groups:
        # "Trump pulls US out of Iran nuclear deal": the state pulled out stands inside the reversal
        i, k = g[0][0] - 1, g[-1][1]
        if i < s and _pulled_out(lower, g) and k + 2 <= s and sum(1 for w in lower[k + 2:s] if w != "-") <= 5 \
                and not any(w in (",", ";") or w in _BACKGROUND or w in _RELATIVE for w in lower[k + 2:s]):
            # (not "pulled Russia out of the G8 after it annexed Crimea": the cue is another clause's)
            return "pull out of", i
    named_at = {k for g in groups for m in g for k in range(m[0], m[1])}
    for i in range(s - 1, max(0, s - 10) - 1, -1):   # the nearest first: "drops duty, Moscow withdraws threat"
        if i in named_at:
            continue   # a word of an actor's name: "Secretary-General Ban Ki-moon demanded ..." bans nothing
        for f in by_first.get(lower[i], ()):
            n = len(f)
            if tuple(lower[i:i + n]) == f and i + n <= s \
                    and sum(1 for w in lower[i + n:s] if w != "-") <= 5:
                if (i + n < len(lower) and lower[i + n] == "-") or (i > 0 and lower[i - 1] == "-"):
                    continue  # "closed-door talks", "an open-ended ceasefire": an adjective
                if f[0] in ("end", "ending", "ended", "ends", "put") and any(
                        lower[k] == "of" and lower[k - 1] in _PLIGHT_NOUNS for k in range(i + n + 1, s)):
                    continue  # "an end to the suffering of the fraternal Yemeni people": the suffering ends
                if f == ("end",) and i > 1 and (lower[i - 1] == "the" and lower[i - 2] in _TIME_BEFORE_END or (
                        lower[i - 1] in ("'s", "\u2019s") and lower[i - 2] in ("week", "month", "year", "day"))):
                    continue  # "at the end of two days of talks", "at week's end": a time, not an end
                if f[-1] in ("ended", "ends", "end", "ending") and i + n < s and lower[i + n] in ("in", "with") \
                        and all(w in ("a", "an", "the") for w in lower[i + n + 1:s]):
                    continue  # "the talks ended in agreement", "ended with a deal": an outcome, nothing undone
                if f == ("freezing",) and (i + 1 < len(lower) and lower[i + 1] in _WEATHER or (i > 0 and lower[i - 1] == "in")):
                    continue  # "in freezing weather": the cold, not a freeze
                if any(lower[k] in ("as", "while", "when", "because") and not _as_phrase(lower, k)
                       for k in range(i + n, s)):
                    continue  # "lifts sanctions as nuclear deal takes effect": a clause of its own
                if any(lower[k] in ("that", "which") and lower[k + 1] in ("has", "have", "had", "is", "are")
                       for k in range(i + n, s - 1)):
                    continue  # "to resolve this problem that has been poisoning relations": the strain goes on
                if any(lower[k] in ("under", "per") for k in range(i + n, s)):
                    continue  # "freeze uranium enrichment under a deal with Britain": the deal is the frame
                if i + n + 1 < s and lower[i + n] == "on" and i > 0 and lower[i - 1] in ("the", "a", "its", "their") \
                        and lower[s].endswith("ed") and lower[s - 1].isalpha() \
                        and lower[s - 1] not in ("the", "a", "an", "its", "their", "all", "any"):
                    # "committed to the freeze on uranium enrichment agreed last month": the freeze is what was
                    # agreed (but "a freeze on talks with Georgia" undoes the talks)
                    continue
                if f[0].startswith("stop") and i + n < len(lower) and lower[i + n] in ("in", "over", "by", "at", "off"):
                    continue  # "stopping in El Salvador on a tour": a stopover, not an end
                if any(i + n <= g[0][0] < s and g[-1][1] < s and not _modifies(lower, g[-1][1], s) for g in groups):
                    continue  # an actor between them starts a new clause ("rejects UN mediation" does not)
                gap = lower[i + n:s]
                if any(w in (";", ":") or (w == "," and k + 1 < len(gap) and gap[k + 1] in ("and", "but", "while"))
                       for k, w in enumerate(gap)):
                    continue  # "without stopping the disease, and urged Dakar": another clause
                if gap and gap[-1] == ",":
                    continue  # "keeps Benin border shut, accuses Cotonou": the cue opens the next predicate
                if any(w == "and" and len(v) > 5 and v.endswith(("ing", "ed")) and v not in _NOT_PARTICIPLES
                       and x in _AFTER_SECOND_VERB for w, v, x in zip(gap, gap[1:], gap[2:] + [lower[s]])):
                    # (not "the energy and banking cooperation agreement", "dialogue and continued cooperation":
                    # a noun's modifiers)
                    continue  # "rejecting peace and insisting upon occupation": a second verb, not undone
                if "," in gap and gap[-1] in _FINITE_AUX:
                    continue  # "..., since the March ban, has accused the Kremlin": a clause closed before the verb
                return " ".join(f), i
    return None


def _relative_close(lower: list[str], i: int) -> int | None:
    """
    The comma that closes the ", which/who ... ," clause holding token ``i``, or None.

    "Algeria, which cut ties with Rabat two years ago, sent condolences": for any
    token of "cut ties with Rabat two years ago" it is the comma before "sent". So too a
    participle's ", backed by France," after a subject ("Britain, backed by France, pressed for
    sanctions on Iran"): the backer is not the subject of what follows.
    """
    k = i - 1
    while k > 0 and lower[k] not in (",", ";"):
        if (lower[k] in ("which", "who", "whom", "whose") and lower[k - 1] == ",") or (
                lower[k] in _APPOSITIVE_PARTICIPLES and lower[k - 1] == "," and lower[k + 1:k + 2] == ["by"]):
            return next((j for j in range(i + 1, len(lower)) if lower[j] == ","), None)
        k -= 1
    return None


def _appositive_backers(lower: list[str], words: list[str], groups: list, events: list[dict]) -> list[dict]:
    """
    ``events`` without a backer's support reaching past its own clause.

    "Britain, backed by France, pressed for talks with Iran": France backs Britain, the subject before the
    clause, not Iran, named after the clause closes.
    """
    for k, w in enumerate(lower):
        if not (w in _APPOSITIVE_PARTICIPLES and (k == 0 or lower[k - 1] == ",") and lower[k + 1:k + 2] == ["by"]):
            continue
        close = next((j for j in range(k + 2, len(lower)) if lower[j] in (",", ";")), None)
        if close is None:
            continue
        if k == 0:
            # "Backed by France, Britain pressed for sanctions on Iran": the subject after the comma is the one backed
            subj = next((g for g in groups if g[0][0] in (close + 1, close + 2)), None)
            before = set(_codes(subj)) if subj is not None else set()
        else:
            before = {c for g in groups if g[-1][1] < k for c in _codes(g)}
        after = {c for g in groups if g[0][0] > close for c in _codes(g)} - before
        events = [ev for ev in events if not (ev["cue_pos"] == k and ev["target"] in after)]
        if k == 0 and before:
            # ("Backed by Russia, Syria rejected the plan": the main clause's act is not aimed at the backer,
            # who is named only in the opening clause)
            backers = {c for g in groups if k + 1 < g[0][0] and g[-1][1] <= close for c in _codes(g)} - before
            events = [ev for ev in events if not (ev["cue_pos"] > close and ev["target"] in backers - after)]
            if backers and not _pair_linked(events, backers, before):
                events += [{"source": a, "target": b, "event_class": "verbal_cooperation", "intensity": BACKING_INTENSITY,
                            "cue": " ".join(words[k:k + 2]), "cue_pos": k} for a in sorted(backers) for b in sorted(before)]
    return events


def _not_partners_of_a_demand(lower: list[str], groups: list, events: list[dict]) -> list[dict]:
    """
    ``events`` without a cooperative act's partner that is only the object of a demand after it.

    "France and Germany issued a joint statement urging Iran to release the ship": Iran is urged, not a
    party to the statement (the pair is left to what else the story says of it).
    """
    drop = set()
    for k, w in enumerate(lower):
        if w not in _DEMAND_PARTICIPLES or k == 0 or lower[k - 1] == "," or (
                lower[k - 1] in _DRAFTS and any(x in _BLOCKING for x in lower[:k])):
            continue   # (not "vetoed a draft resolution criticising Myanmar": the veto shields the one criticised)
        obj = next((g for g in groups if k < g[0][0] <= k + 3 and all(
            x in ("on", "upon", "the", "for") for x in lower[k + 1:g[0][0]])), None)
        if obj is None:
            continue
        codes = set(_codes(obj))
        drop |= {i for i, ev in enumerate(events) if ev["intensity"] > 0 and ev["cue_pos"] < k and (
            ev["target"] in codes or ev["source"] in codes) and not ev["cue"].startswith("jointly")
                 and not any(g[0][0] < k and set(_codes(g)) & codes for g in groups)}
    return [ev for i, ev in enumerate(events) if i not in drop]


#: Verbs that block a draft: the draft's demand is undone, and its object shielded.
_BLOCKING = {"vetoed", "vetoes", "veto", "vetoing", "blocked", "blocks", "block", "blocking", "opposed", "opposes",
             "oppose", "rejected", "rejects", "reject", "against"}
#: Participles of a demand whose object is no partner of the act before them ("a joint statement urging Iran").
_DEMAND_PARTICIPLES = {"urging", "demanding", "pressing", "calling", "warning", "condemning", "accusing",
                       "criticising", "criticizing", "telling", "ordering"}
#: Intensity of a backer's support told in an opening clause ("Backed by Russia, Syria ..."): the lexicon's
#: ``back`` (CAMEO 05-like).
BACKING_INTENSITY = 3.5
#: Verbs that ask for what follows "for" ("pressed for sanctions"): the cue after is their own object.
_PRESSING_FOR = {"pressed", "presses", "press", "pressing", "pushed", "pushes", "push", "pushing", "lobbied",
                 "lobbies", "lobby", "lobbying", "campaigned", "campaigns", "argued", "argues", "clamoured",
                 "clamored", "agitated"}
#: Participles of a backer's clause set off by commas after a subject (", backed by France,").
_APPOSITIVE_PARTICIPLES = {"backed", "supported", "joined", "accompanied", "flanked", "helped", "aided", "encouraged",
                           "urged", "pressed", "prodded", "egged", "emboldened"}


#: Nouns for people who are no state: a relative clause after one ("farmers who ...") has them as subject.
_PEOPLE_NOUNS = _PRIVATE | _NONSTATE | {"farmers", "villagers", "residents", "people", "group", "groups", "crowds",
                                        "youths", "men", "women", "protesters", "demonstrators", "mob", "prisoners",
                                        "detainees", "settlers", "inmates", "survivors", "relatives", "families"}


def _private_relative(lower: list[str], after: int, cue_at: int) -> bool:
    """
    True when the cue at ``cue_at`` sits in a relative clause about private people that opens after ``after``.

    "Police killed three coca farmers who were part of a group that tried ... to protest U.S.-backed
    eradication": the protest is the farmers', not the state named before them.
    """
    for k in range(after + 1, cue_at):
        if lower[k] in ("who", "that", "which") and lower[k - 1] in _PEOPLE_NOUNS:
            return not any(w in (",", ";", ":") for w in lower[k:cue_at])
    return False


#: Cues naming an accord whose title may hold more cue words ("treaty of friendship and cooperation").
#: Participles that make a name the go-between of an agreement ("an EU-brokered deal", "mediated by Qatar").
_BROKERED = {"brokered", "mediated", "sponsored", "facilitated"}
#: What is struck when a deal is ("struck a gas deal", "the accord they struck").
_BARGAINS = {"deal", "deals", "agreement", "agreements", "accord", "accords", "bargain", "compromise", "pact", "truce"}
_NAMED_ACCORDS = {"treaty", "agreement_noun", "cooperation_agreement", "peace_agreement"}
#: Words that open a clause with a subject of its own ("after a tsunami killed ...").
_CLAUSE_OPENERS = _BACKGROUND | {"when", "because", "while", "where", "if", "unless", "once"}
#: Plural agents that need no determiner to open a clause of their own ("after hijackers seized ...").
_AGENT_NOUNS = {"bombers", "attackers", "assailants", "hijackers", "students", "mobs", "crowds", "looters",
                "snipers", "raiders", "hackers", "strikers", "workers", "police", "unknown", "masked", "armed"}
#: Determiners that start a noun subject right after a clause opener.
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her"}




def _past_deed(lower: list[str], e: int) -> int:
    """``e``, or the index after a carrying participle at ``e`` ("committed", "carried out") when "against",
    "on" or "upon" follows it."""
    k = e + 1 if e < len(lower) and lower[e] in _DEED_PARTICIPLES else e
    k = k + 1 if k > e and lower[e] == "carried" and k < len(lower) and lower[k] == "out" else k
    return k if k > e and k < len(lower) and lower[k] in ("against", "on", "upon") else e


def _of_by_agent(lower: list[str], groups: list, e: int):
    """
    The actor after "by" that is the agent of a noun cue ending at ``e`` (followed by "of",
    "against", "on" or "upon": the caller checks).

    "the invasion of Kuwait by Iraq" gives Iraq's group: an actor (the object) or a possessive
    ("the seizure of its boat by Japan") must stand between the preposition and "by", and "by"
    must come within ten tokens with no comma, semicolon or clause break between. Returns the
    group or None.
    """
    objects = False
    # (the words inside a list of objects do not break it: "the violation of both Afghanistan and Cambodia by
    # the Soviet Union and Viet Nam")
    listed = {k for g in groups if g[0][0] > e for k in range(g[0][0], g[-1][1])}
    for g in groups:
        g0 = g[0][0]
        if g0 <= e:
            continue
        gap = [w for k, w in enumerate(lower[e:g0], e) if k not in listed]
        if len(gap) > 10 or any(w in (",", ";", ":") or w in _CLAUSE_BREAKS or w in _AUX or (
                w.endswith("ed") and w != "united") for w in gap):
            return None   # (a verb between: "Iraq's invasion of Kuwait was condemned by the Arab League")
        by = lower[g0 - 1] == "by" or (g0 > 1 and lower[g0 - 2:g0] == ["by", "the"])
        if by and (objects or any(w in ("its", "their", "our") for w in lower[e:g0])):
            return g   # ("protested the seizure of its fishing boat by Japan": the object is the subject's)
        objects = True
    return None


def _new_clause_subject(lower: list[str], after: int, cue_at: int, groups: list | tuple = ()) -> bool:
    """
    True when a finite cue verb has its own noun subject in a clause opened after ``after``.

    "New Zealand and Australia flew aid to Samoa after a tsunami ... killed more than 100 people":
    the tsunami killed them. An "-ing" form keeps the earlier subject ("struck Gaza after the
    attacks, killing five").
    """
    if lower[cue_at].endswith("ing"):
        return False
    for k in range(after, cue_at - 1):
        if lower[k] in _CLAUSE_OPENERS and (lower[k + 1] in _DETERMINERS or lower[k + 1] in _PEOPLE_NOUNS
                                            or lower[k + 1] in _NONSTATE_QUALIFIERS or lower[k + 1] in _AGENT_NOUNS):
            # ("after protesters stormed its embassy", "a day after suicide bombers struck": a bare plural too)
            # (no actor may stand in the new clause: "following a change to keep the Syrian-backed
            # president" has Syria as the agent of "backed")
            return not any(w in (",", ";", "and") for w in lower[k + 2:cue_at]) \
                and not any(k < g[0][0] < cue_at for g in groups)
    return False


def _in_closed_relative(lower: list[str], g, cue_at: int) -> bool:
    """
    True when group ``g`` sits in a ", which/who ... ," clause that closes before ``cue_at``.

    Such a name is not the cue's subject; it may still be its target when the cue has
    none of its own ("Algeria, which cut ties with Rabat, reopened its airspace").
    """
    close = _relative_close(lower, g[0][0])
    return close is not None and g[-1][1] <= close < cue_at


#: Words allowed between "refused to" and a hostile cue for the act itself to be refused ("refused to
#: join the sanctions", not "refused to describe the attack as an invasion").
_REFUSED_ACT_GAP = {"join", "impose", "back", "support", "endorse", "apply", "enforce", "adopt", "follow", "take",
                    "part", "in", "participate", "the", "a", "an", "any", "new", "further", "western", "its", "their",
                    "fresh", "tougher", "economic"}
#: Nouns of a stance toward a thing ("the attitude of the US to the nuclear deal"): a deal after them is a topic.
_ATTITUDE_NOUNS = {"attitude", "attitudes", "approach", "policy", "policies", "position", "positions", "stance",
                   "view", "views", "hostility", "opposition", "commitment", "reaction", "response"}
#: Things one "clashes with" that are no party ("clash with the international law", "with our values").
_CLASH_WITH_THINGS = {"law", "laws", "principles", "principle", "rules", "norms", "values", "interests", "charter",
                      "reality", "realities", "spirit", "letter", "provisions", "obligations", "goals", "aims"}


def _topic_of_attitude(lower: list[str], s: int) -> bool:
    """
    True when the accord at ``s`` is the object of an attitude ("the US attitude to the nuclear deal").

    A preposition of topic ("to", "toward", "on", "about", ...) must stand at most three words
    before the accord, with only words between ("to the Iran nuclear deal"), and an attitude
    noun (:data:`_ATTITUDE_NOUNS`) at most eight words before the preposition.
    """
    k = next((k for k in range(s - 1, max(-1, s - 4), -1)
              if lower[k] in ("to", "toward", "towards", "on", "about", "regarding", "over")), None)
    if k is None or not all(w.isalpha() for w in lower[k + 1:s]):
        return False
    return any(w in _ATTITUDE_NOUNS for w in lower[max(0, k - 8):k])


#: Words after "recognise that" that make "that" a determiner of the state recognised ("recognized that new state").
_RECOGNISED_THAT_STATE = {"state", "country", "government", "regime", "republic", "nation", "entity", "new",
                          "independent", "breakaway", "territory", "island", "declaration", "independence"}
#: Cues that work against another's aim: a cooperative cue after them in the clause is the aim, not an act.
_THWART_CUES = {"undermine", "sabotage", "obstruct", "frustrate_exp"}
#: Words after a bare "deploy"/"deployment" that make it no force sent ("the deployment of all possible efforts").
_DEPLOYED_EFFORTS = {"efforts", "effort", "energies", "energy", "diplomacy", "diplomatic", "goodwill"}
#: Words allowed between "refusing"/"rejected" and a cooperative noun it takes as its object ("refusing all
#: co-operation", "rejected any further talks").
_REFUSED_OBJECT_GAP = {"all", "any", "further", "the", "a", "an", "its", "their", "his", "her", "our", "every",
                       "fresh", "new", "direct", "such"}
#: Verbs after "threat(ened) to" that aim at the threatener's own post or presence, not at a state.
_SELF_THREATS = {"resign", "step", "retire"}
#: Words before "deal with" that make it the verb (cope with), not an agreement.
_DEAL_VERB_BEFORE = {"to", "help", "helps", "helped", "helping", "can", "could", "will", "would", "must", "should",
                     "cannot", "might", "may", "let", "lets", "how", "and", "or"}


#: Verbs whose first object is the receiver ("offered Thailand a loan", "gave Egypt $2 billion").
_GIVE_VERBS = {"offered", "offers", "offer", "gave", "gives", "give", "granted", "grants", "promised", "promises",
               "pledged", "pledges", "sent", "sends", "handed", "hands", "lent", "lends", "loaned", "awarded",
               "awards", "extended", "extends", "sold", "sells", "owes", "owed", "paid", "pays", "allotted"}


#: Irregular past tenses that open a new clause after ", and <state>" ("..., and Venezuela sent relief").
_PAST_IRREGULAR = {"sent", "gave", "took", "made", "told", "sought", "won", "lost", "began", "broke", "cut", "put",
                   "set", "fought", "threw", "drew", "flew", "froze", "sold", "bought", "brought", "kept", "left",
                   "went", "came", "saw", "spoke", "wrote", "swore", "stood", "withdrew", "met", "held", "struck",
                   "hit", "shot", "said", "paid", "lent", "rode", "shut", "forgave", "overtook", "undertook"}


#: Words of a person's office after a state's adjective ("met the Iraqi prime minister and ...").
_OBJECT_ROLE_WORDS = frozenset(_TITLE_WORDS | _PARTNER_ROLES | {"prime", "foreign", "defence", "defense", "ambassador"})


def _object_of_past_verb(lower: list[str], s: int, inside: set[int]) -> bool:
    """Whether the name starting at ``s`` is the object of a verb in the past just before it ("backed
    Mbeki", "met the Kenyan President"), past an article or a title; not after "said" or a passive."""
    k = s - 1
    while k >= 0 and s - k <= 3 and (lower[k] in ("the", "a", "an") or lower[k] in _TITLE_WORDS):
        k -= 1
    if k < 1 or k in inside or lower[k] in ("said", "was", "were", "been", "be") \
            or lower[k - 1] in ("was", "were", "been", "is", "are", "be", "being"):
        return False
    if lower[k - 1] in ("the", "a", "an", "-") or "-" in lower[k]:
        return False   # ("the US-backed Iraqi government", "a Saudi-led Yemeni force": adjectives)
    return (lower[k].endswith("ed") and len(lower[k]) > 4) or lower[k] in _PAST_IRREGULAR or lower[k] == "led"


#: What follows a headline's passive participle: a place, a time or nothing ("Kidnapped in Baghdad").
_AFTER_PASSIVE = {"in", "at", "near", "on", "outside", "off", "after", "during", "over", "as", "while", "amid",
                  ",", ";", ":", ".", "-", "--", "\u2014"}


#: Nouns of a person's side after a name in an apposition ("Hugo Chavez, a Correa ally, ...").
_APPOSED_HEADS = {"ally", "allies", "loyalist", "loyalists", "protege", "protégé", "critic", "rival", "foe", "friend",
                  "confidant", "backer", "supporter", "opponent", "nominee", "appointee", "admirer"}
_APPOSED_ADJECTIVES = {"close", "longtime", "long-time", "key", "staunch", "former", "fierce", "vocal", "old",
                       "trusted", "leading", "prominent", "firm"}


#: Words that open a clause: a name right after one is that clause's subject, whatever preposition came before.
_THAT_CLAUSE_WORDS = frozenset({"that", "how", "whether", "when", "where", "because", "if", "while", "although"})


def _subject(left_groups, lower, words=None, at: int | None = None):
    """The nearest actor group left of a cue that is not the object of a preposition."""
    inside = {i for g in left_groups for m in g for i in range(m[0], m[1])}
    if at is not None and words is not None and at > 2 and words[at][:1].isupper() and (
            lower[at - 1] == "," or (lower[at - 2] == "," and words[at - 1][:1].isupper() and not (
                # (but "..., Britain Protests": a new subject with a verb of its own)
                at - 1 in inside and lower[at].endswith("s")))) \
            and left_groups and left_groups[0][0][0] == 0 and len(left_groups) >= 2 and _is_title_case_sentence(words):
        # "Russia Freezes NATO Ties, Condemns Strikes on Yugoslavia": in a headline, a verb after a comma
        # shares the first verb's subject (so does the act it condemns, read as sympathy)
        return left_groups[0]
    for g in reversed(left_groups):
        s = g[0][0]
        prev = lower[s - 1] if s > 0 else ""
        prev2 = next((w for w in reversed(lower[max(0, s - 3):s - 1]) if w not in _QUOTES), "")   # ('," and')
        e0 = g[-1][1]
        # (", and the United States condemned Moscow": the article does not hide the new subject)
        k0 = s - 2 if prev == "the" and s >= 2 else s - 1
        prev_c = lower[k0] if k0 >= 0 else ""
        prev2_c = next((w for w in reversed(lower[max(0, k0 - 2):k0]) if w not in _QUOTES), "") if k0 > 0 else ""
        if prev_c == "and" and prev2_c == "," and e0 < len(lower) and ((
                lower[e0].endswith("ed") or lower[e0] in _PAST_IRREGULAR)
                and lower[e0] not in _ADJECTIVAL_PARTICIPLES or lower[e0:e0 + 2] in ([",", "which"], [",", "who"])
                # ("..., and Yerevan accuses Ankara": the cue itself, in the present, right after the name)
                or (at == e0 and lower[e0].endswith("s") and not lower[e0].endswith(_NOT_PRESENT_S))):
            return g   # "..., and Moscow summoned the Thai ambassador": a new clause's subject (so too "..., and
            #            China, which hosts the talks, urged Pyongyang")
        if prev_c == "and" and e0 < len(lower) and lower[e0].endswith("ed") \
                and lower[e0] not in _ADJECTIVAL_PARTICIPLES and any(
                    h[-1][1] == k0 and h[0][0] > 0 and lower[h[0][0] - 1].endswith("ed") for h in left_groups):
            return g   # "Russia attacked Ukraine and Britain accused Moscow": the new clause's subject
        if prev in _SUBJECT_BLOCKERS or (prev in {"the", "'s"} and prev2 in _SUBJECT_BLOCKERS):
            continue
        if at is not None and lower[at - 1:at] == ["and"] and all(
                w in _OBJECT_ROLE_WORDS for w in lower[e0:at - 1]) and _object_of_past_verb(lower, s, inside) \
                and any(h[-1][1] < s for h in left_groups):
            continue   # "Wade backed Mbeki and told Tripoli to stop": the one backed is the first verb's object;
            #            the second verb shares the first one's subject
        if prev in _GIVE_VERBS and any(h[-1][1] < s for h in left_groups) and not (
                at is not None and "to" in lower[e0:at]):
            continue   # "Japan offered Thailand a loan": the one given to, not the giver (but "gave
            # Israel the green light to strike": the receiver does what the infinitive says)
        e = g[-1][1]
        if prev == "," and s - 1 in {m[1] for h in left_groups for m in h} and e < len(lower) \
                and lower[e] in ("'s", "\u2019s"):
            continue  # "Japan, India's largest aid donor, froze grants": an apposition
        j = s - 1
        while j > 0 and lower[j] in _APPOSED_ADJECTIVES:
            j -= 1
        if e < len(lower) and lower[e] in _APPOSED_HEADS and j >= 1 and lower[j] in ("a", "an") \
                and lower[j - 1] == "," and j - 1 in {m[1] for h in left_groups for m in h}:
            continue  # "Hugo Chavez, a close Correa ally, shut his embassy": a name inside an apposition
        # "near a joint US-Iraqi checkpoint", "with crack Iraqi soldiers": a preposition before a
        # short noun phrase
        k = s - 1
        while k >= 0 and k >= s - 2 and k not in inside and lower[k].rstrip(".").isalpha() \
                and lower[k] not in _SUBJECT_BLOCKERS and lower[k] not in _THAT_CLAUSE_WORDS \
                and (words is None or words[k].islower() or lower[k] in _TITLE_WORDS):
            k -= 1   # ("support for General Tchiani": a title before a name is part of the phrase; but "noted
            #          with concern that Israel annexed the Golan": a clause opens before the name)
        if k >= 0 and k < s - 1 and lower[k] in _SUBJECT_BLOCKERS - {"and"}:
            continue
        return g
    return left_groups[-1] if left_groups else None


#: An invitation or request that makes troops' arrival help ("at Kinshasa's invitation", "invited by its government").
_INVITED = re.compile(r"\bat (?:the )?(?:[\w-]+ ){0,2}?(?:[\w-]+ ?['\u2019]s |[\w-]+ )?(?:invitation|request|behest)\b|"
                      r"\binvited (?:in )?by (?:its|the|their) (?:government|authorities|president|leaders?)\b")
#: Verbs after a noun of fighting that make the fighting their subject ("Indo-Pakistani clashes killed ten").
_TOLL_VERBS = {"killed", "kill", "kills", "left", "leave", "leaves", "wounded", "injured", "erupted", "broke",
               "continued", "raged", "rage", "spread", "forced", "drove", "displaced", "claimed"}
#: Words between a refused acceptance and the act refused ("did not recognise the decision to annex").
_ACCEPT_FILLERS = frozenset({"the", "a", "an", "any", "this", "that", "its", "their", "decision", "to", "illegal",
                             "unilateral", "so-called", "forcible", "continued", "de", "facto"})
#: Nouns of a hostile act whose "of" names its victim, not its author ("the annexation of Kuwait").
_OBJECT_GENITIVES = frozenset({"annexation", "invasion", "occupation", "blockade", "siege", "bombing", "bombardment",
                               "partition", "dismemberment", "destruction", "encirclement", "subjugation"})
#: Verbs of going along with an act ("would never accept the annexation", "will not tolerate").
_ACCEPT_VERBS = {"accept", "accepts", "accepted", "recognise", "recognize", "tolerate", "condone", "endorse",
                 "acknowledge", "legitimise", "legitimize"}
#: Words of asking for something ("pressing for the release of hostages").
_APPEAL_WORDS = {"pressing", "pressed", "press", "presses", "pushing", "pushed", "push", "calling", "called", "call",
                 "calls", "demanding", "demanded", "demand", "demands", "seeking", "sought", "seek", "seeks", "urging",
                 "urged", "urge", "urges", "secure", "securing", "negotiate", "negotiating", "appeal", "appealed",
                 "appealing", "asked", "asking", "wants", "want", "wanted"}
#: Present-tense verbs a headline's second clause opens with ("..., Algiers denounces 'a threat'").
_HEADLINE_VERBS_S = {"denounces", "condemns", "protests", "warns", "slams", "rejects", "says", "vows", "threatens",
                     "welcomes", "hails", "responds", "reacts", "objects", "fumes", "balks", "cries", "accuses"}
#: Participles of being sent, after which "to <verb>" is the purpose of those sent ("troops sent to help").
_SENT_PARTICIPLES = {"sent", "dispatched", "deployed", "flown", "brought", "rushed", "airlifted"}
#: Intensity of acting at a state's request (CAMEO 08 "yield"/07 "provide aid": a help asked for).
INVITED_INTENSITY = 5.0
_MET_AT_REQUEST = re.compile(r"\b(?:met|meets|meeting|session|convened|convenes|held|holds|called|summit|talks)\b", re.I)
_INVITED_OF = re.compile(r"\b(?:at the (?:invitation|request|behest|demand) of|on the basis of (?:a|the) (?:request|demand) "
                         r"(?:by|from|of)) (?:the )?(?:(?!of\b)[\w.-]+ ?['\u2019]s |(?!of\b)[\w.-]+ ){0,2}"
                         r"(?:government|authorities|president|leaders?|(?!of\b)[\w.-]+)\b"
                         r"(?: of (?:the )?[A-Z][\w.-]+(?: [A-Z][\w.-]+)?)?")   # ("... the Government of Yemen")
#: First words of the cues of troops arriving ("crossed into", "deployed troops", "incursion", "landed").
_DEPLOY_HEADS = {"crossed", "cross", "crosses", "crossing", "incursion", "incursions", "deployed", "deploy",
                 "deploys", "deploying", "deployment", "troops", "troop", "landed", "entered", "sent", "dispatched",
                 "marched", "military", "armed", "intervention", "intervened", "intervene", "intervenes"}
#: Words of an invitation that name no state but the host itself ("invited by its government").
_SELF_INVITERS = ("government", "authorities", "nation", "country", "president", "leaders", "leader")


def _invited_by(text: str, offset: int, mentions: list) -> set[str]:
    """
    The states that invited or asked for what a sentence tells ("at Kinshasa's invitation"), as
    codes; ``{"*"}`` for an invitation by the host's own government named in no other way
    ("invited by its government", "at the fledgling nation's request"); empty when there is none.
    """
    out: set[str] = set()
    if "invit" not in text and "request" not in text and "behest" not in text and "demand" not in text:
        return out
    for m in _INVITED.finditer(text):
        inside = {c for st, en, c, _k in mentions if m.start() <= st - offset and en - offset <= m.end()}
        if inside:
            out |= inside
        elif any(w in m.group(0).lower() for w in _SELF_INVITERS):
            out.add("*")
    for m in _INVITED_OF.finditer(text):
        # "at the request of Somalia's interim government" (a region's leaders are no state's: "at the
        # request of the South Ossetian leadership"; a council that meets at a state's request is not
        # invited troops: "the council met at the request of Ukraine as Russian troops crossed")
        if _MET_AT_REQUEST.search(text[max(0, m.start() - 45):m.start()]):
            continue
        out |= {c for st, en, c, k in mentions if m.start() <= st - offset and en - offset <= m.end()
                and k != "city" and "separatist" not in m.group(0).lower()}
    return out


def _cue_head(ev: dict) -> str:
    """The first word of an event's cue, lower-cased, without the "background: " and "jointly: " marks."""
    return ev["cue"].lower().removeprefix(BACKGROUND_MARK).removeprefix("jointly: ").split(" ", 1)[0]


#: Words of a disaster's toll ("killing 300", "destroyed homes") that name no act of a state.
_TOLL_WORDS = ("kill", "destroy", "batter", "hit", "struck", "strik", "damag", "devastat", "flatten", "swept",
               "wip", "left", "displac", "injur", "wound")
#: Words of battle that a sports report uses for a game (stems: "clash", "clashes", "fought").
_SPORT_BATTLE = {"clash", "fought", "fight", "beat", "battl", "defeat", "defeated", "crush", "crushed",
                 "thrash", "thrashed", "rout", "routed", "attack", "war", "humiliat", "stun", "stunned", "edg",
                 "host", "hosted", "hosting"}   # ("Italy stun hosts Germany": the home side, no state hosting)


#: Words of games, for :func:`sports_report`: each counts two points ("homered", "backstroke", "wicket").
_GAME_STRONG = (_SPORTS - {"scored", "chess", "grandmaster", "grandmasters"}) | {
    "homered", "homers", "homer", "inning", "touchdown", "touchdowns", "quarterback", "nba", "nfl",
    "nhl", "mlb", "pga", "lpga", "atp", "wta", "backstroke", "freestyle", "breaststroke", "medley", "triathlon",
    "gymnastics", "gymnast", "gymnasts", "weightlifter", "weightlifting", "hurdles", "decathlon", "heptathlon",
    "pitcher", "batsman", "batsmen", "bowled", "batting", "wicketkeeper", "wicket-keeper", "all-rounder",
    "all-rounders", "playoff", "playoffs", "play-off", "play-offs", "halftime", "half-time", "hockey", "baseball",
    "golf", "skier", "skiing", "slalom", "nascar", "paralympics", "athletics", "athlete", "athletes", "swimmer",
    "swimming", "cycling", "hat-trick", "heavyweight", "featherweight", "welterweight", "middleweight",
    "lightweight", "wbo", "wbc", "ibf", "iaaf", "icc", "irb", "uci", "fia", "under-par", "birdie", "birdies",
    "bogey", "bogeys", "postseason", "bullpen", "outfielder", "infielder", "shortstop", "springboks", "skipper",
    "teammate", "teammates", "team-mate", "one-day", "seamer", "spinner", "spinners", "pacemen", "paceman",
    "vaulter", "motorsport", "top-seeded", "bundesliga", "premiership", "medalist",
    "medallist", "doping", "semi-finals", "semifinals", "quarterfinals", "quarter-finals", "runner-up",
    "runnerup", "tri-nations", "grand-slam", "clay-court"}
#: Words that count one point, each once: common in games, common elsewhere too ("a victory for diplomacy").
_GAME_WEAK = {"champion", "championship", "championships", "title", "final", "finals", "race", "stage", "game",
              "games", "season", "victory", "beat", "beats", "defeated", "draw", "drew", "points", "record",
              "gold", "silver", "bronze", "open", "tour", "series", "round", "trophy", "lap", "laps", "relay",
              "sprint", "marathon", "prix", "rally", "coach", "captain", "team", "squad", "club", "fans", "win",
              "won", "wins", "lead", "test", "friendly", "sports", "match", "league", "cup", "tournament",
              "seeded", "runs", "overs", "driver", "drivers", "player", "players", "injury", "qualifying",
              "world", "ranked", "debut"}
#: Game words that are names of games and their bodies ("the Olympic final", "NBA stars").
_GAME_NAMES = {"olympic", "olympics", "paralympic", "paralympics", "nba", "nfl", "nhl", "mlb", "pga", "lpga", "atp",
               "wta", "fifa", "uefa", "icc", "irb", "iaaf", "uci", "fia", "wbo", "wbc", "ibf", "nascar", "wimbledon",
               "bundesliga", "premiership", "springboks", "tri-nations", "test", "cup", "open", "prix", "trophy"}
#: Words of state affairs (and of air travel: "Olympic Airlines flight"): each cancels a point.
_AFFAIRS = {"government", "minister", "ministry", "president", "prime", "troops", "army", "military", "talks",
            "treaty", "embassy", "ambassador", "sanctions", "election", "elections", "parliament", "deport",
            "deportation", "asylum", "extradition", "visa", "diplomatic", "diplomat", "diplomats", "officials",
            "police", "court", "rebel", "rebels", "war", "nuclear", "economy", "budget", "airline", "airlines",
            "flight", "killed", "bomb", "attack", "protest", "protesters"}
#: Words around a split vote ("ruled 5-4", "a 9-6 vote"), which is no game's score.
_VOTE = re.compile(r"\b(?:ruled|voted|votes?|ruling|decision|majority|margin|split|verdict)\b", re.I)
#: A game's score ("beat Brazil 2-1", "89-81", "362-7", "6-3, 7-5"), not a year span or a share.
_SCORE = re.compile(r"(?<![\d$.,-])(?:1?\d{1,2}|[12]\d\d|3\d\d)-(?:1?\d{1,2}|[12]\d\d|3\d\d)(?![\d%-])")


def sports_report(texts: list[str]) -> bool:
    """
    True when an article (its title and sentences) reads as a report of games.

    Points for the words of games over the whole article: two for each word
    that belongs to games ("wicket", "backstroke", "homered", "Olympic"), two
    for a game's score ("89-81"), one for each distinct word common in games
    and elsewhere ("beat", "gold", "title", "coach"); a point off for each
    word of state affairs ("minister", "talks", "deportation", "embassy"). At
    three points or more the article is a sports report: its states are teams
    and athletes' homes, and "fought off Greece", "seized gold" or "welcomed back
    Flintoff" is no act between them (the codebook: sport between national
    teams is neutral unless it is a diplomatic act). :func:`find_events` keeps
    only off-field acts there (a boycott, sanctions, an expulsion, a visa
    refused, an accusation or protest) and the acts of sentences naming a
    leader, government, capital or institution; pairs no cue links stay
    neutral (``basis == "no state act"``).

    >>> sports_report(["US edge out Brazil for gold",
    ...                "The United States beat Brazil 2-1 in extra time to win the Olympic football final."])
    True
    >>> sports_report(["Japan to deport former chess champion",
    ...                "Japan issued a deportation order against him.", "He is wanted in the United States."])
    False
    """
    points = 0
    weak: set = set()
    for t in texts:
        raw = t.split()
        low = [w.lower().strip(".,;:!?\"'()[]") for w in raw]
        headline = None
        for k, w in enumerate(low):
            if w in _AFFAIRS:
                points -= 1
                continue
            if w not in _GAME_STRONG and w not in _GAME_WEAK:
                continue
            if raw[k][:1].isupper() and w not in _GAME_NAMES:
                if headline is None:
                    headline = _is_title_case_sentence(raw)
                if (k and not headline) or (k + 1 < len(raw) and raw[k + 1][:1].isupper()):
                    continue   # a name ("Sprint Corp.", "Gold Fields", "Open Text"), not the game's word
            if w in _GAME_STRONG and not (w == "olympic" and k + 1 < len(low) and low[k + 1] in _AFFAIRS):
                points += 2
            elif w in _GAME_WEAK:
                weak.add(w)
        if any(not _VOTE.search(t[max(0, m.start() - 12):m.end() + 10]) for m in _SCORE.finditer(t)):
            points += 2
    return points + len(weak) >= 3 and (points >= 2 or len(weak) >= 3)


#: Words of markets and firms, for :func:`market_report`: each counts two points.
_MARKET_STRONG = {"gdp", "economies", "surpluses", "inflation", "recession", "fastest-growing",
                  "shares", "stocks", "stock", "nasdaq", "nyse", "dow", "barrel", "barrels", "crude", "futures",
                  "earnings", "quarterly", "profit", "profits", "revenue", "revenues", "investors", "analysts",
                  "traders", "bonds", "treasuries", "shareholders", "shareholder", "merger", "takeover",
                  "acquisition", "inc", "corp", "plc", "ltd", "nikkei", "ftse", "brent", "stake", "bid",
                  "subsidiary", "retailer", "carmaker", "airline", "telecoms", "chipmaker", "brewer", "insurer",
                  "lender", "investment", "dividend", "ipo", "equity", "quote", "profile", "research"}
# (the last three are the ticker links of wire copy: "Toronto Dominion Bank (TD.TO: Quote, Profile, Research)")
#: Words common in markets and elsewhere: one point each, counted once.
_MARKET_WEAK = {"prices", "price", "market", "markets", "company", "companies", "firm", "firms", "deal", "bank",
                "banks", "sales", "percent", "dollar", "euro", "billion", "million", "oil", "demand", "supply",
                "trading", "growth", "rate", "rates", "index", "executive", "chief", "buy", "sell", "output",
                "production", "costs", "fell", "rose", "record", "high", "low", "week", "consumers", "customers",
                "surplus", "exports", "imports", "economy", "forecast", "quarter"}
#: Words of state acts: each cancels a point ("trade minister", "sanctions", "talks").
_STATE_WORDS = _AFFAIRS - {"economy", "budget", "airline", "airlines", "flight"} | {
    "ministers", "negotiators", "accused", "accuses", "condemned", "warned", "agreement", "treaty", "summit",
    "leaders", "leader", "foreign", "border", "blockade", "emir", "king", "prince", "mediated", "mediation",
    "declaration", "crisis", "envoy", "sovereignty", "regime"}


def market_report(texts: list[str]) -> bool:
    """
    True when an article (its title and sentences) reads as a report of markets and firms.

    Scored as :func:`sports_report` scores games: two points for each word of
    markets and firms ("shares", "crude", "quarterly", "merger", "Corp."), one for
    each distinct word common there and elsewhere ("prices", "deal", "billion"),
    two points off for each word of state affairs ("minister", "talks", "summit");
    four points, two of them from words of markets, make a market report. In
    one, states are markets, producers and homes of firms ("strong demand growth
    in China and India", "UK-based WPP buys US agency Grey"), so a pair that no
    cue links is no relation between states (``basis == "no state act"``),
    neither the passages' tone nor an alliance; pairs a cue links keep it
    ("Canada and the US failed to resolve the beef dispute").

    >>> market_report(["Oil Hits New High as Iraq Violence Flares", "Oil prices struck a record above $48 a "
    ...                "barrel, spurred by violence in Iraq and demand growth in China and India."])
    True
    >>> market_report(["Ministers agree on trade", "Trade ministers of Chile and Peru signed a deal "
    ...                "cutting tariffs on farm goods after talks in Lima."])
    False
    """
    points = 0
    weak: set = set()
    for t in texts:
        for w in t.split():
            w = w.lower().strip(".,;:!?\"'()[]")
            if w in _MARKET_STRONG:
                points += 2
            elif w in _MARKET_WEAK:
                weak.add(w)
            elif w in _STATE_WORDS:
                points -= 2
    return points + len(weak) >= 4 and points >= 2


#: Cues that stay acts between states in a sports report ("the US boycotted the Moscow Olympics").
_OFF_FIELD = re.compile(r"\b(?:boycott|sanction|embargo|expel|expuls|deport|extradit|visas?\b|asylum|diplomat|"
                        r"embass|ambassador|envoy|sever|ties\b|relations\b|summit|treaty|invad|invasion|annex|"
                        r"accus|condemn|denounc|protest|threat|criticis|criticiz|urg|demand|goodwill)", re.I)


#: Words of state affairs, conflict and trade policy: an article with none of them (and no leader,
#: role, capital or organisation named) tells no act of a state ("Microsoft's pilot program adds
#: Russia to Thailand, Malaysia and Indonesia"). ("states" is left out: every "United States" has it.)
STATE_AFFAIRS_WORDS = _STATE_WORDS | {
    "authorities", "regulators", "regulator", "govt", "administration", "cabinet", "congress", "senate",
    "lawmakers", "state", "official", "ministers", "agency", "commission", "central", "bank", "tariff",
    "tariffs", "quota", "quotas", "subsidies", "subsidy", "trade", "wto", "dispute", "ban", "banned", "deal", "pact",
    "rocket", "rockets", "missile", "missiles", "operation", "dead", "casualties", "wounded", "soldier", "soldiers",
    "intel", "intelligence", "spy", "spies", "raid", "raids", "strike", "strikes", "clashes", "militants",
    "refugee", "refugees", "shelling", "fighting", "invasion", "occupation", "navy"}
#: Kinds of mention that name a state acting (a leader, an office, a capital, a body).
_AGENT_KINDS = {"person", "role", "capital", "organization"}


def tells_state_affairs(texts: list[str]) -> bool:
    """
    Whether an article (its title and sentences) has any word of state affairs, conflict or trade policy.

    >>> tells_state_affairs(["Windows pilot adds Russia", "The program now runs in Thailand and Malaysia."])
    False
    >>> tells_state_affairs(["Two rockets hit the Negev", "The fire came from Gaza."])
    True
    """
    return any(w in STATE_AFFAIRS_WORDS for t in texts for w in re.findall(r"[a-z]+", t.lower()))


def report_kinds(sentences: pd.DataFrame, mentions: pd.DataFrame | None = None) -> tuple[set, set]:
    """
    The ids of the sports reports and of the articles that tell no state act among ``sentences``.

    Parameters
    ----------
    sentences : DataFrame
        article_id, sentence_id, text (titles included).
    mentions : DataFrame, optional
        The articles' mentions (article_id, kind). With them, an article whose states are
        named only by name, demonym or town (no leader, role, capital or organisation) and
        which has no word of state affairs (:func:`tells_state_affairs`) joins the second set.

    Returns
    -------
    (set, set)
        Sports reports (:func:`sports_report`); market reports (:func:`market_report`) and,
        with ``mentions``, articles that tell no state affairs. In both, pairs no cue links
        are no relation (``basis == "no state act"``).
    """
    if sentences is None or not len(sentences):
        return set(), set()
    texts: dict = {}
    for a, i, t in sorted(zip(*(sentences[c].tolist() for c in ("article_id", "sentence_id", "text"))),
                          key=lambda x: (str(x[0]), int(x[1]))):
        texts.setdefault(a, []).append(t)
    sport = {a for a, ts in texts.items() if sports_report(ts)}
    commerce = {a for a, ts in texts.items() if a not in sport and market_report(ts)}
    if mentions is not None and len(mentions):
        agents = set(mentions.loc[mentions["kind"].isin(_AGENT_KINDS), "article_id"])
        commerce |= {a for a, ts in texts.items() if a not in sport and a not in agents
                     and not tells_state_affairs(ts)}
    return sport, commerce


def is_sports(words: list[str]) -> bool:
    """
    True when a sentence reads as a sports report (a score, a league, a tournament).

    Such sentences keep their cues ("boycotted the Moscow Olympics" is still an
    act), but their tone without a cue is not read as a stance between states.

    >>> is_sports("Brazil and Argentina played to a goalless draw".split())
    True
    >>> is_sports("Brazil and Argentina signed a trade deal".split())
    False
    """
    low = {w.lower().strip(".,;:!?\"'") for w in words}
    named_cup = any(w in ("Cup", "Olympics", "Games") and k > 0 and words[k - 1][:1].isupper()
                    for k, w in enumerate(words))   # "the Asian Cup", "the Davis Cup", "the Asian Games"
    return bool(low & _SPORTS) or ("world" in low and "cup" in low) or named_cup or len(low & _SPORTS_WEAK) >= 2


def classify_score(score: float, threshold: float = STANCE_THRESHOLD) -> str:
    """Map a score in -1..1 to cooperative / hostile / neutral."""
    if score is None or pd.isna(score):
        return "neutral"
    if score >= threshold:
        return "cooperative"
    if score <= -threshold:
        return "hostile"
    return "neutral"


def _combine(intensity: float, vader: float, textblob: float, has_cue: bool) -> float:
    w = weights()
    cue_part = intensity / 10.0
    if not has_cue:
        # with no cue only tone is left; its weight is fitted separately (no_cue_vader)
        return _clip1(w.get("no_cue_vader", 0.0) * vader)
    return _clip1(w["cue"] * cue_part + w["vader"] * vader + w["textblob"] * textblob)


def _clip1(x: float) -> float:
    """``float(np.clip(x, -1, 1))`` for one number, without numpy's per-call cost (NaN stays NaN)."""
    return float(-1 if x < -1 else 1 if x > 1 else x)


def find_events(sentences: pd.DataFrame, mentions: pd.DataFrame,
                articles: pd.DataFrame | None = None, *,
                min_confidence: float = MIN_CONFIDENCE,
                languages: tuple[str, ...] = ("en", "und"),
                reports: tuple[set, set] | None = None) -> pd.DataFrame:
    """
    Decide the directed stance of each pair of actors in each sentence.

    Parameters
    ----------
    sentences : DataFrame
        article_id, sentence_id, text.
    mentions : DataFrame
        The output of :func:`helpers.actors.find_mentions`.
    articles : DataFrame, optional
        article_id, date, language: gives the date column and skips articles
        not in ``languages`` (their rows stay in articles, unscored).
    min_confidence : float, default 0.6
        Mentions below it (leaders outside their tenure, weak fuzzy matches) are ignored.
    reports : (set, set), optional
        The sports and market reports among the articles (:func:`report_kinds`), when
        already known; found from ``sentences`` otherwise.

    Returns
    -------
    DataFrame
        dyad_events: article_id, date, sentence_id, source, target,
        event_class, intensity (-10..10), textblob_polarity, vader_compound,
        score (-1..1), cue, sentence. A sentence naming two actors with no cue
        gives one neutral row; a cue gives one row per direction it implies.
        The cue is the words that decided the row, with a mark where a rule read
        them otherwise than the lexicon: a prefix "background: " (an act told in
        a background clause) or "jointly: " (co-agents acting together), a
        reversal or negation word before it ("lifted sanctions", "not
        approve"), or a suffix "(mission)", "(at its request)", "(a visit)",
        "(wanted)", "(extradition)", "(the last act)", "(shielding)" (a veto
        that shields its target), "(epithet)" (standing support named as an
        epithet, which yields to the article's news for the pair), "(a new
        member)" (a state welcomed into a body) or "(the speaker's demand)"
        (in a speech that refers to its own state, a demand told with no one
        named making it, such as "Israel must withdraw from Lebanon", is the
        speaking state's, from the ``speaker`` column of ``articles``).

    Examples
    --------
    >>> from helpers.segment import segment
    >>> from helpers.actors import find_mentions
    >>> arts = pd.DataFrame({"article_id": ["a"], "title": [""], "date": [pd.Timestamp("2021-08-24")],
    ...     "text": ["Algeria accused Morocco of hostile acts and cut diplomatic ties."]})
    >>> sents, _ = segment(arts)
    >>> ev = find_events(sents, find_mentions(sents, arts), arts)
    >>> ev[["source", "target", "event_class", "intensity", "cue"]]
      source target       event_class  intensity        cue
    0    DZA    MAR  material_conflict       -7.0  cut diplomatic ties
    """
    meta = {}
    speakers: dict = {}
    if articles is not None and len(articles):
        langs = articles["language"] if "language" in articles else ["en"] * len(articles)
        for aid, d, lang in zip(articles["article_id"], articles["date"], langs):
            meta[aid] = (d, lang)
        speakers = _speaker_codes(articles)
    from bisect import bisect_left
    by_sentence: dict = {}
    if len(mentions):
        # (lists, not columns: iterating a column boxes every value)
        for aid, sid, st, en, c, k, conf, act in zip(*(mentions[col].tolist() for col in (
                "article_id", "sentence_id", "start", "end", "country", "kind", "confidence", "actor_id"))):
            # a US state is a place in the USA, never the USA acting ("a firm based in Lebanon, Ohio, agreed
            # to pay", "Texas sued the federal government"); the Assembly a speech addresses is its hall
            # ("we call upon this Assembly to hold India accountable": no demand on the UN)
            if conf >= min_confidence and act != US_STATE_ID and act != UN_HALL_ID:
                by_sentence.setdefault((aid, int(sid)), []).append((int(st), int(en), c, k))
    cm = _cue_matcher()
    sent_map = {(a, int(i)): (t, int(st)) for a, i, t, st in
                zip(*(sentences[col].tolist() for col in ("article_id", "sentence_id", "text", "start")))}
    # "The agreement angered Algeria." names one state: its stance is toward the parties of the
    # article's last agreement, so such sentences are read too
    def pronoun_state(key):
        # "He also thanked Kenya's new president": a sentence opening on "He"/"She" continues the person
        # the sentence before named first
        if key not in sent_map or sent_map[key][0].split(" ", 1)[0] not in ("He", "She"):
            return None
        before = [x for x in by_sentence.get((key[0], key[1] - 1), []) if x[3] in ("person", "role")]
        if len({x[2] for x in before}) > 1:
            return None   # "Putin met Macron. He said ...": two people of two states, and no gender to tell
        return min(before)[2] if before else pronoun_state((key[0], key[1] - 1))   # "He said ... He also"

    # a speech's state, where the speech refers to it ("we", "my country"): the one who makes its bare demands
    named_in = {(a, x[2]) for (a, _), v in by_sentence.items() for x in v}
    named_speaker = {aid: sp for aid, sp in speakers.items() if (aid, sp) in named_in}
    pronouns = {k: p for k in by_sentence if (p := pronoun_state(k)) is not None
                and any(x[2] != p for x in by_sentence[k])}
    keys = [k for k, v in by_sentence.items() if len({x[2] for x in v}) >= 2 or k in pronouns or (
        k in sent_map and (_STIMULUS_PREFIX.match(sent_map[k][0]) or _REACTION.search(sent_map[k][0])
                           or _JUDGED_RE.search(sent_map[k][0]) or _FOLLOW_SUIT_RE.search(sent_map[k][0])))]
    if not keys:
        return _empty_events()
    rows = []
    sport_arts = (reports or report_kinds(sentences))[0]
    parties: dict = {}   # article -> the states of its last agreement-like act
    last_act: dict = {}  # article -> the source(s) of the main act of the last sentence with one
    last_main: dict = {}  # article -> the events of that act (what "followed suit" copies)
    headline: dict = {}  # article -> the states of a headline naming a deal (when no agreement was read)
    if "part" in sentences:
        for a, i, p, t in zip(*(sentences[col].tolist() for col in ("article_id", "sentence_id", "part", "text"))):
            if p == "title" and _DEAL_CUE.search(t):   # "Iran, World Powers Reach Nuclear Deal"
                headline[a] = tuple(dict.fromkeys(x[2] for x in by_sentence.get((a, int(i)), [])))
    for key in sorted(keys, key=lambda k: (str(k[0]), k[1])):
        aid, sid = key
        date, lang = meta.get(aid, (pd.NaT, "en"))
        if lang not in languages or key not in sent_map:
            continue
        text, s_start = sent_map[key]
        year = pd.Timestamp(date).year if pd.notna(date) else None
        lead = _PAST_LEAD.match(text)
        if lead and year is not None and int(lead.group(1)) < year:
            continue   # "In June 2017 Riyadh cut relations with Doha" in a 2021 story: history, not its news
        if year is not None and _history(text, year):
            continue   # "Ethiopia fought a border war with Eritrea from 1998 to 2000" in a 2018 story
        toks = [(t.text, t.idx) for t in cm.nlp.make_doc(text)]   # (one pass over the tokens)
        words = [w for w, _ in toks]
        starts = [i for _, i in toks]
        actors = []
        for st, en, c, k in by_sentence[key]:
            rs, re_ = st - s_start, en - s_start
            i0, i1 = bisect_left(starts, rs), bisect_left(starts, re_)
            if i1 > i0:
                actors.append((i0, i1, c, k))
        if key in pronouns and not any(a[0] == 0 for a in actors):
            actors.insert(0, (0, 1, pronouns[key], "pronoun"))
        sent_cues: list = []
        dropped: list = []
        events = _events_for_sentence(words, actors, sent_cues, parties.get(aid) or headline.get(aid, ()),
                                      reacted_to=last_act.get(aid, ()), background=dropped, year=year)
        if dropped and year is not None and any(int(y) < year for y in _IN_YEAR.findall(text)):
            dropped = []   # "the first visit since Saddam Hussein's invasion in 1990": history, no stance today
        if dropped:
            # "Serbia recalled its envoy after Washington recognised Kosovo": the background act is no
            # news of this sentence, but it is the only word the story has on the USA and Kosovo; such
            # events are kept, marked, and used only for a pair that has no act of its own in the story
            linked = {frozenset((ev["source"], ev["target"])) for ev in events if ev["event_class"] != "neutral"}
            # (only as the lexicon reads it: a background act read through another clause's reversal or
            # negation, "seven years after Riyadh cut ties, in a deal brokered by China", is left out)
            plain = {(pos, value > 0) for pos, value in dropped}
            events += [dict(ev, cue=f"{BACKGROUND_MARK}{ev['cue']}") for ev in _events_for_sentence(
                words, actors, None, parties.get(aid) or headline.get(aid, ()), reacted_to=last_act.get(aid, ()),
                keep_background=True, year=year)
                if ev["event_class"] != "neutral" and (ev["cue_pos"], ev["intensity"] > 0) in plain
                and frozenset((ev["source"], ev["target"])) not in linked]
        if _DISASTER.search(" ".join(words[:4])):
            # "Cyclone Sidr battered Bangladesh and eastern India, killing 300": nature's toll, no state's act
            # (the disaster is the sentence's subject; "shelled posts during a storm, killing four" stays)
            events = [ev for ev in events if not (_cue_head(ev).startswith(_TOLL_WORDS) and (
                ev["intensity"] < 0 or ev["cue"].startswith("jointly")))]
        events += _war_in_rival(words, actors, events, date)
        events += _followed_suit(words, actors, events, last_main.get(aid, []))
        invited = _invited_by(text, s_start, by_sentence[key])
        if invited:
            # "Rwandan troops crossed into eastern Congo at Kinshasa's invitation": troops that come when
            # the state they enter asks are help, not an incursion (but "at the request of the South
            # Ossetian leadership" or "as the Council met at France's request" are no such invitation)
            events = [dict(ev, event_class="material_cooperation", intensity=min(abs(ev["intensity"]), 6.0),
                           cue=f"{ev['cue']} (invited)")
                      if ev["event_class"] == "material_conflict" and _cue_head(ev) in _DEPLOY_HEADS
                      and (ev["target"] in invited or invited == {"*"}) else ev for ev in events]
            # "his forces had gone on the offensive against the Islamic Courts at the request of Somalia's
            # government": who acts at a state's request acts for it
            acting = {ev["source"] for ev in events if ev["event_class"].startswith("material")
                        and ev["source"] not in invited and not ev["cue"].startswith(BACKGROUND_MARK)}
            events += [{"source": a, "target": b, "event_class": "material_cooperation",
                        "intensity": INVITED_INTENSITY, "cue": "at the request of", "cue_pos": -1}
                       for a in sorted(acting) for b in sorted(invited - {"*"})
                       if not any(ev["source"] == a and ev["target"] == b for ev in events)]
        if aid in named_speaker:
            events += _speaker_demands(events, named_speaker[aid], {a[2] for a in actors})
        sporting = is_sports(words)
        if aid in sport_arts:
            # a sports report: its states are teams ("fought off Greece", "seized gold"); only acts off
            # the field stay: a boycott, sanctions, a visa refused, or any act of a sentence that names a
            # state by its leaders or government ("Chirac telephoned Wade to congratulate him")
            if not any(k in ("person", "role", "capital", "organization")
                       or "govern" in text[st - s_start:en - s_start].lower() for st, en, _, k in by_sentence[key]):
                events = [ev for ev in events if ev["event_class"] == "neutral" or _OFF_FIELD.search(ev["cue"])]
            sporting = True
        if sporting:
            # "Saudi Arabia and Iran clash in Asian Cup", "fought out a 2-2 draw": a game's words of battle
            events = [ev for ev in events if _cue_head(ev).rstrip("s").rstrip("e") not in _SPORT_BATTLE]
        acts = [ev for ev in events if ev["event_class"] != "neutral" and not ev["cue"].startswith("jointly")
                and not ev["cue"].startswith(BACKGROUND_MARK)
                and not ev["cue"].endswith("(the last act)")]   # a reaction is not the act reacted to next
        if acts:
            first = min(ev["cue_pos"] for ev in acts)   # the sentence's main act, not a noun in its tail
            last_act[aid] = tuple(dict.fromkeys(ev["source"] for ev in acts if ev["cue_pos"] == first))
            last_main[aid] = [ev for ev in acts if ev["cue_pos"] == first]
        if len({a[2] for a in actors}) < 2 and not events:
            continue
        deals = [ev for ev in events if ev["intensity"] > 0 and _DEAL_CUE.search(ev["cue"])
                 and not ev["cue"].startswith(("jointly", "not ", BACKGROUND_MARK))]
        if deals:
            pos = deals[0]["cue_pos"]
            members = tuple(dict.fromkeys(c for ev in deals if ev["cue_pos"] == pos for c in (ev["source"], ev["target"])))
            if len(members) >= 2:
                parties[aid] = members
        tb, vd = sentiment(text)
        # no tone-only score when the tone belongs to an act between other parties
        # ("US forces killed 50 militiamen in a Baghdad suburb") or to a game
        sports = sporting or bool(sent_cues) or (
            not events and _DISASTER.search(text) is not None and _combine(0.0, vd, tb, False) < 0)
        # (nor when the gloom is a disaster's: "Cuban doctors in Haiti treated 2,000 quake victims"; a rescue
        # told warmly keeps its tone)
        if not events:
            order = list(dict.fromkeys(a[2] for a in sorted(actors)))
            for a, b in zip(order, order[1:]):
                events.append({"source": a, "target": b, "event_class": "neutral",
                               "intensity": 0.0, "cue": "", "cue_pos": -1})
        for ev in sorted(events, key=lambda x: (x["source"], x["target"])):
            has_cue = ev["event_class"] != "neutral"
            rows.append({"article_id": aid, "date": date, "sentence_id": int(sid),
                         "source": ev["source"], "target": ev["target"],
                         "event_class": ev["event_class"], "intensity": ev["intensity"],
                         "textblob_polarity": round(tb, 4), "vader_compound": round(vd, 4),
                         "score": round(_combine(ev["intensity"], vd, tb, has_cue) if has_cue or not sports
                                        else 0.0, 4),
                         "cue": ev["cue"], "sentence": text})
    if not rows:
        return _empty_events()
    df = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    df["date"] = pd.to_datetime(df["date"]).astype("datetime64[ns]")
    return df


def _speaker_codes(articles: pd.DataFrame) -> dict:
    """article_id -> the speaking state's code, from an ``articles`` table's ``speaker`` column (empty when none)."""
    if "speaker" not in articles:
        return {}
    return {a: SPEAKER_CODES.get(sp.strip().upper(), sp.strip().upper())
            for a, sp in zip(articles["article_id"], articles["speaker"]) if isinstance(sp, str) and sp.strip()}


#: Weight of a speech's bare demand on a state ("Israel must withdraw from Lebanon"), the lexicon's "demand".
SPEAKER_DEMAND_INTENSITY = -4.0


def _speaker_demands(events: list[dict], speaker: str, named: set[str]) -> list[dict]:
    """
    The speaking state's demands told with no one named making them.

    In a speech that refers to its own state, "The Israeli forces must be withdrawn from South Lebanon" or
    "Damascus must stop killing its own people" is the speaker's demand on the state that must act: one
    verbal-conflict event from the speaker to it (cue "... (the speaker's demand)"), unless the sentence names any
    state or body besides the one that must act and the one it acts on ("the Security Council asked that Israel
    withdraw", "France said Israel must withdraw from Lebanon": someone else's demand), or the speaker already acts
    on it. ``named`` holds the codes of the sentence's actors.
    """
    out: list[dict] = []
    for ev in events:
        held = ev["source"]
        if held == speaker or held in ORG_CODES or not (
                ev["cue"].endswith("(demanded)") or ev["cue"].startswith("must ")):
            continue
        if named - {held, ev["target"], speaker} or any(o["source"] == speaker and o["target"] == held
                                                        for o in events + out):
            continue
        out.append({"source": speaker, "target": held, "event_class": "verbal_conflict",
                    "intensity": SPEAKER_DEMAND_INTENSITY, "cue": f"{ev['cue']} (the speaker's demand)",
                    "cue_pos": ev["cue_pos"]})
    return out


#: Prefix of the cue of an event read from a background clause (see :func:`find_events`).
BACKGROUND_MARK = "background: "


def _empty_events() -> pd.DataFrame:
    df = pd.DataFrame({c: pd.Series(dtype="object") for c in EVENT_COLUMNS})
    df = df.astype({"sentence_id": "int64", "intensity": "float64", "textblob_polarity": "float64",
                    "vader_compound": "float64", "score": "float64", "date": "datetime64[ns]"})
    return df


#: Prepositions that make a following place name the scene of an event, not a party to it.
_SCENE = {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around"}
_PLACE_KINDS = {"country", "capital", "city"}


#: Lower-case links inside a town's name ("Rio de Janeiro", "Sharm el Sheikh").
_NAME_LINKS = {"de", "da", "do", "la", "le", "el", "al", "es", "du"}


def _town_then_state(sentence: str, start: int, end: int) -> bool:
    """
    Whether a name is the state or country after a town in a place phrase ("talks in Dayton, Ohio.",
    "a summit at Sharm el-Sheikh, Egypt, on Monday"): the venue's address. Only when the phrase ends
    there: "In Washington, China's envoy said" and "In Beijing, China protested" name a party.
    """
    head = sentence[:start].rstrip()
    if not head.endswith(","):
        return False
    words = head[:-1].split()
    k = len(words) - 1
    # the town's name, of up to four words ("Sharm el-Sheikh", "Rio de Janeiro" keep their lower-case links)
    while k >= 0 and len(words) - k <= 4 and (words[k][:1].isupper() or words[k] in _NAME_LINKS or (
            words[k][:3] in ("el-", "al-") and words[k][3:4].isupper())):
        k -= 1
    if k < 0 or k == len(words) - 1 or words[k].lower() not in _SCENE:
        return False
    rest = sentence[end:].lstrip()
    return not rest or rest[0] in ".,;:)" or rest.split()[0].lower() in ("on", "last", "this", "next", "in",
                                                                         "earlier", "later", "today", "yesterday")


#: States whose territory named as a place still makes them a party: raids, closures and strikes
#: "in Gaza" or "in the West Bank" are coded ISR-PSE (data/gold/README_ag_news_dev.md, rule 4).
_OCCUPIED = {"PSE"}


#: Nouns of a government named by the place it rules from ("the regime in Pretoria").
_RULER_NOUNS = frozenset({"regime", "régime", "regimes", "government", "authorities", "leadership", "rulers",
                          "administration", "junta", "dictatorship"})


def can_act(sentence: str, start: int, end: int, kind: str, country: str | None = None) -> bool:
    """
    Whether a mention can name a state that acts or is acted upon.

    ``start`` and ``end`` are offsets into ``sentence``. A place name after
    "in/at/near..." ("hearings in Germany", "the Abuja peace talks" after "in"),
    a name before a place noun ("the Afghan border", "the Iraqi city of
    Najaf") and a nationality of private persons ("three Indian truck
    drivers", "a Mexican journalist") name the country, but give it no part in
    a relation between states (codebook: venues, private persons).

    >>> s = "Four US soldiers face hearings in Germany."
    >>> can_act(s, s.index("Germany"), s.index("Germany") + 7, "country")
    False
    >>> can_act(s, s.index("US"), s.index("US") + 2, "country")
    True
    >>> s = "Three Indian truck drivers were freed."
    >>> can_act(s, 6, 12, "demonym")
    False
    >>> s = "German software maker SAP bought a French rival."
    >>> can_act(s, 0, 6, "demonym"), can_act(s, s.index("French"), s.index("French") + 6, "demonym")
    (False, True)
    """
    before = sentence[:start].lower().split()
    after = [w.strip(".,;:'\"()") for w in sentence[end:].lower().split()[:2]]
    while before and (before[-1] in ("a", "an", "the") or before[-1] in _PLACE_ADJ):
        before = before[:-1]
    if kind in _PLACE_KINDS and country not in _OCCUPIED:
        if before and before[-1] in _SCENE and not (before[-1] == "in" and len(before) >= 2 and (
                before[-2] in _RULER_NOUNS | _KIN_NOUNS or (
                    before[-2] in _STRUCK_BY and any(w in sentence.lower() for w in _SYMPATHY_WORDS)))):
            # (but "the racist regime in South Africa", "the authorities in Kabul": its government; "our
            # brothers and sisters in Yemen": its people; "solidarity with the victims of the earthquake in
            # Morocco": the state struck; but "shelled civilians in Beirut" and "killed 330 people in Guinea"
            # keep the place a place: measured, the victims' lists then read hostile among themselves)
            return False
        if _town_then_state(sentence, start, end):
            return False
        if len(before) >= 2 and before[-1] == "of" and before[-2] in _PLACE_NOUNS:
            return False
    if after and after[0] in _PLACE_NOUNS and kind != "organization" and country not in _OCCUPIED \
            and not _border_force(after):
        return False   # (raids on "a Palestinian refugee camp" are the labelling rules' ISR-PSE)
    if kind == "demonym" and _names_private([w.strip(".,;:'\"()") for w in sentence[end:].lower().split()[:3]]) \
            and country not in _OCCUPIED:
        return False
    if kind in ("demonym", "country") and not sentence[:start].rstrip().endswith(","):
        rest = sentence[end:]
        head = ["'s"] if rest[:2] in ("'s", "\u2019s") else []
        pre = [w.strip(".,;:\"()") or w for w in sentence[:start].split()[-6:]]
        surface = sentence[start:end]
        toks = pre + [surface] + head + [w.strip(".,;:\"()") or w for w in rest[len(head) and 2:].split()[:8]]
        if _names_a_firm(toks, [w.lower() for w in toks], len(pre) + 1,
                         kind == "demonym" or surface.replace(".", "").isupper(),
                         takeover=_takeover_sentence([w.strip(".,;:\"()").lower() for w in sentence.split()])):
            return False   # "the U.K. mobile giant", "China's Lenovo Group": a firm's home
    return True


#: Prepositions after a reaction that name what it reacts to ("concern at", "anger over", "protests against").
_REACTION_PREPS = frozenset(_TOPIC_PREP | {"at", "against"})
#: Nouns of a quarrel or a fight between two sides ("the Iran-Iraq war", "the India-Pakistan rivalry").
_RIVALRY_NOUNS = frozenset({"war", "wars", "conflict", "conflicts", "dispute", "disputes", "clashes", "tension",
                            "tensions", "hostilities", "fighting", "rivalry", "standoff", "crisis", "feud", "row"})
#: Verbs before "compelled" that make it a state of mind or a passive with no one named ("felt compelled").
_FELT_OR_BE = frozenset(_PASSIVE | {"felt", "feel", "feels", "feeling", "am"})
#: Disasters a state is struck by, and words of sympathy with it ("solidarity with the victims of the
#: earthquake in Morocco").
_STRUCK_BY = frozenset({"earthquake", "earthquakes", "floods", "flood", "flooding", "hurricane", "cyclone",
                        "typhoon", "tsunami", "disaster", "disasters", "fires", "wildfires", "storm", "storms",
                        "landslide", "landslides", "explosion", "tragedy"})
_SYMPATHY_WORDS = ("solidarity", "condolence", "sympathy", "sympathies")
#: Kin a speaker calls a people by ("our brothers and sisters in Yemen", "our brethren in Palestine").
_KIN_NOUNS = frozenset({"brothers", "sisters", "brethren", "brother", "sister", "kinsmen", "friends"})


#: Verbs of fighting after "to help" ("to help fight jihadists", "to help Mali fight the rebels").
_FIGHT_VERBS = frozenset({"fight", "fights", "combat", "battle", "counter", "defeat", "hunt", "repel", "crush",
                          "resist"})


def _on_mission(lower: list[str], e: int, s: int | None = None, named: list[bool] | None = None,
                places: frozenset = frozenset()) -> bool:
    """
    Whether troops sent by the cue ending at ``e`` go on a peace mission or to help the host.

    Looks at the rest of the clause: "under the African Union mission", "as peacekeepers", "at the
    request of Baghdad", "to help (fight) ..." and "to support the government" count; "to support
    the separatists" does not (helping a non-state side against the host is no help to the host).
    A natural disaster named in the clause, before the verb or after it, makes them relief. ``places`` are
    the tokens of places inside a state (a region backed is no state helped: "to defend South Ossetia").
    """
    end = len(lower)
    for k in range(e, min(len(lower), e + 16)):
        if lower[k] in (";", "but", "while", "whereas"):
            end = k
            break
    tail = lower[e:min(end, e + 16)]
    far = lower[e:min(end, e + 26)]
    for k, w in enumerate(far[:-1]):
        # "to help restore peace", "in order to contribute to establishing peace in the CAR" (not "to restore
        # constitutional order" after a coup: that is aimed at the rulers)
        if w == "to" and far[k + 1] in _PEACE_MAKING and any(
                x in _PEACE_GOALS and far[j - 1] not in ("constitutional", "democratic")
                for j, x in enumerate(far[k + 2:k + 6], start=k + 2)):
            return True
    text = " " + " ".join(tail) + " "
    if any(f" {w} " in text for w in _MISSION_WORDS):
        return True
    if named is not None:
        for k in range(len(tail) - 2):
            j = k + 2 + (k + 2 < len(tail) and tail[k + 2] in ("the", "its", "their", "his", "her", "up"))
            if tail[k] == "to" and tail[k + 1] in _BACKING_VERBS and e + j < len(named) and named[e + j] \
                    and not any(i in places for i in range(e + j, min(len(named), e + j + 3)) if named[i]) \
                    and not any(w in _NONSTATE or w in _NONSTATE_QUALIFIERS for w in tail[k + 2:k + 7]):
                # "to send troops to back Kabila", "to help Cameroon fight Boko Haram": sent for the side named
                # right after the verb (not "to back Congolese rebels", nor "to help fight Georgian forces")
                return True
    for k in range(len(tail) - 1):
        if " ".join(tail[k:k + 2]) in _SEVERAL_STATES_FORCES and (set(tail[max(0, k - 4):k]) & _FOR_A_FORCE) \
                and not any(w in (",", "calls", "call", "against", "fight", "fighting", "defying", "defy", "rejected",
                                  "rejecting", "oppose", "opposed") for w in tail[:k]):
            return True
    if re.search(r" enforc\w* (?:\w+ ){0,3}?(?:blockade|embargo|quarantine|no - fly|no-fly)", text):
        return False   # "sent warships to help enforce a blockade of Iraq": aimed at the state blockaded
    if any(w in _MISSION_BODIES for w in lower[e:e + 3]):
        return True   # "deployed observers along the border"
    if s is not None:
        k = next((j for j in range(s - 1, max(-1, s - 5), -1) if lower[j] in _MISSION_BODIES), None)
        if k is not None and not any(w in _REPORTING or w == "that" for w in lower[k + 1:s]):
            # "ceasefire monitors, deployed with Khartoum's consent", "observers could be deployed" (but not
            # "UN observers said Russia deployed troops")
            return True
    if "consent" in tail[:6]:
        return True
    if re.search(r" if (?!anyone |anybody |you |ethnic )(?:[\w.'\u2019-]+ ){1,3}(?:asked|requested|asks|requests) "
                 r"(?:for )?(?:them|help|assistance|troops|support|it)(?: |$)", text) \
            or re.search(r" if (?:[\w.'\u2019-]+ ){1,3}(?:invited|invites) them(?: |$)", text):
        return True   # "would consider sending troops if Jakarta asked for them": only at the host's request
    if any(w in _RELIEF_WORDS for w in tail[:8]) or (s is not None and s > 0 and lower[s - 1] in _RELIEF_WORDS):
        return True   # "troops to help with relief after the typhoon", "its largest disaster deployment"
    before = lower[max(0, s - 10):s] if s is not None else []
    before = before[max((k + 1 for k, w in enumerate(before) if w in (";", "but")), default=0):]
    if _DISASTER.search(" ".join(before + tail[:10])) is not None:
        # "deployed troops to Haiti after the earthquake", "sends warships to tsunami-hit Sri Lanka", "After the
        # cyclone, India sent warships": forces sent where a disaster struck bring relief
        return True
    def names_state(j: int) -> bool:   # tail index -> a named actor there
        return named is not None and e + j < len(named) and named[e + j]

    for k in range(len(tail) - 3):
        if tail[k:k + 4] == ["side", "by", "side", "with"] and not any(w in _NONSTATE for w in tail[k + 4:k + 9]) \
                and any(names_state(j) for j in range(k + 4, min(len(tail), k + 10))):
            return True   # "Egyptian forces would deploy side by side with the forces of the Syrian Arab Republic"
        if tail[k] == "to" and tail[k + 1] in _CARE_VERBS and any(w in _CARE_OBJECTS for w in tail[k + 2:k + 6]):
            return True   # "deploying about 4,000 troops to build treatment centres in Liberia": an epidemic's relief

    for k, w in enumerate(tail[:-1]):
        if w == "to" and tail[k + 1] in ("protect", "guard", "escort") and any(
                x in _MISSION_BODIES or x in ("aid", "relief") for x in tail[k + 2:k + 6]):
            return True   # "sent troops to Darfur to protect AU monitors", "to guard aid convoys"
        if w == "to" and tail[k + 1] in ("defend", "protect", "shield") and names_state(k + 2) and (
                e + k + 2 not in places or any(x in ("against", "from") for x in tail[k + 3:k + 7])):
            # "agreed to send troops to defend Saudi Arabia against Iraq": the name ends the object (not "to
            # protect Russian speakers there": a demonym before a noun names people, no state; nor "to defend
            # South Ossetia", a region held against its state, unless the state is named: "from Georgia")
            j = k + 2
            while names_state(j):
                j += 1
            if j >= len(tail) or tail[j] in ("against", "from", ",", ".", ";", "and", "in", "at"):
                return True
        if w == "to" and tail[k + 1] in ("reassure", "reassuring") and names_state(k + 2) and not (
                k + 3 < len(tail) and tail[k + 3] in _PEOPLE_NOUNS):
            # (not "to reassure nationalists at home", "to reassure Russian speakers": people, no state)
            return True   # "the deployment was meant to reassure Taipei": a show of support for an ally
        if w == "to" and tail[k + 1] in _MISSION_VERBS:
            after = tail[k + 2:k + 6]
            if after and (after[0] in _FIGHT_VERBS or after[0] == "against"):
                # "to help fight jihadists": the armed group is the enemy (not "to help fight Georgian forces")
                return any(x in _NONSTATE or x in _ARMED for x in after[1:4])
            if len(after) > 1 and names_state(k + 2) and after[1] in _FIGHT_VERBS:
                # "sent troops to help Mali fight the rebels": the one helped fights them (not "to help the rebels
                # fight Mali")
                return True
            return not any(x in _NONSTATE or x in _ARMED for x in after)
    return False


#: Natural disasters: their sentences carry no tone between states.
_DISASTER = re.compile(r"(?<!Desert )\b(?:earthquakes?|quakes?|tsunamis?|cyclones?|hurricanes?|typhoons?|floods?|flooding|"
                       r"eruptions?|volcan(?:o|oes|ic)|droughts?|famine|landslides?|mudslides?|wildfires?|"
                       r"storms?|tornado(?:es)?|avalanches?|heatwaves?|forest fires?|bush ?fires?)\b(?!\s+(?:of|Shadow)\b)", re.I)
# (not epidemics: "mismanaging the outbreak" is a quarrel between states and agencies)


# what may stand between two states named side by side in a list or a comparison: "Jamaica and
# Trinidad and Tobago", "Barbados, Mauritius and Fiji", "Kazakhstan, like Mongolia," (a lone comma
# only when the list goes on after the second: "In Rabat, Algeria's envoy" is no list)
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|nor|as well as|&)\s+(?:the\s+)?", re.I)
_LIKE_GAP = re.compile(r"\s*,?\s*(?:like|unlike)\s+(?:the\s+)?", re.I)
_COMMA_GAP = re.compile(r"\s*,\s*(?:the\s+)?", re.I)
_LIST_GOES_ON_TO = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?", re.I)
_APPOSITION = re.compile(r"^\s*,\s*(?:the|a|an|its|their|both|two)\b[^,.;]{0,60},")
# ...unless the sentence tells something between the listed states ("the treaty between Egypt and
# Israel", "Nepal and Sri Lanka are bound by ancient ties", "the two countries clashed")
_BETWEEN_WORDS = re.compile(r"\b(?:between|among|each other|one another|ties|relations|bilateral|mutual|joint|"
                            r"jointly|together|alliance|common|(?:two|three|four|five|both|the|these|all) (?:countries|"
                            r"nations|states|governments|sides|neighbou?rs|armies|leaders|republics|allies|partners))\b",
                            re.I)
# a list that is the subject of a clause ("Mali, Burkina Faso and Niger have announced", "..., and
# Lithuania called it hijacking") tells what they do: a lower-case word after it other than these
_AFTER_LIST = {"as", "in", "of", "to", "for", "from", "on", "at", "by", "with", "into", "and", "or", "nor", "but",
               "than", "while", "whose", "which", "that", "who"}


def _listed_together(text: str, spans_a: list[tuple[int, int]], spans_b: list[tuple[int, int]],
                     ends: dict[int, int] | None = None) -> bool:
    """
    Whether some mention of one state follows one of the other in a list or comparison.

    ``spans_a`` and ``spans_b`` are the two states' (start, end) offsets in ``text``; ``ends``
    maps the start of every actor mention in it to its end (a list joined by commas alone must
    go on to another actor: "Barbados, Mauritius and Fiji", not "in Darfur, the United Nations
    and Western powers"; and what follows a list is read after its last actor).

    >>> t = "This session began with the admission of Jamaica and Trinidad and Tobago."
    >>> _listed_together(t, [(41, 48)], [(53, 72)])
    True
    >>> _listed_together("Like Bolivia, the Republic of Paraguay has no coastline.", [(5, 12)], [(18, 38)])
    True
    >>> _listed_together("In Rabat, Algeria's envoy protested.", [(3, 8)], [(10, 17)])
    False
    >>> _listed_together("UN Says Refugees From Liberia, Sierra Leone Short of Food", [(22, 29)], [(31, 43)])
    True
    >>> _listed_together("Fighting broke out between Mali and Niger.", [(27, 31)], [(36, 41)])
    False
    >>> _listed_together("Mali and Niger announced their exit.", [(0, 4)], [(9, 14)])
    False
    >>> _listed_together("Russia and Iran, the chief mediators, pledged to guarantee it.", [(0, 6)], [(11, 15)])
    False
    """
    if _BETWEEN_WORDS.search(text):
        return False
    ends = ends or {}
    for sa in spans_a:
        for sb in spans_b:
            (s1, e1), (s2, e2) = sorted((sa, sb))
            if e1 > s2:
                continue
            gap = text[e1:s2]
            if _LIKE_GAP.fullmatch(gap) or (_COMMA_GAP.fullmatch(gap) and re.search(
                    r"\b(?:like|unlike)\s+(?:the\s+)?$", text[:s1], re.I)):
                return True   # a comparison, wherever it stands
            if _COMMA_GAP.fullmatch(gap) and text[e2:].strip(" .:;!?'\"") == "":
                return True   # a headline's comma for "and" at its end ("Polio spreads to Indonesia, Yemen")
            if _COMMA_GAP.fullmatch(gap) and re.search(r"\b(?:from|in|to|on|at|for|of|across|into)\s+(?:the\s+)?$",
                                                      text[:s1], re.I) and _is_title_case_sentence(text.split()):
                return True   # ... or after a preposition ("Refugees From Liberia, Sierra Leone Short of Food")
            goes_on = _LIST_GOES_ON_TO.match(text, e2)
            if not (_LIST_GAP.fullmatch(gap) or (_COMMA_GAP.fullmatch(gap) and goes_on and goes_on.end() in ends)):
                continue
            last = e2
            while goes_on and goes_on.end() in ends:   # to the list's last actor
                after_next = _LIST_GOES_ON_TO.match(text, ends[goes_on.end()])
                if not re.search(r"\b(?:and|or)\b", goes_on.group(0), re.I) and not (
                        after_next and after_next.end() in ends):
                    break   # a comma then one more actor is a new clause ("..., the South Korean ministry said")
                last = ends[goes_on.end()]
                goes_on = after_next
            # the word after the list, past a short apposition ("Russia and Iran, the talks' mediators,")
            rest = _APPOSITION.sub("", text[last:], count=1)
            after = re.match(r"\s*([a-z]+)\b", rest)
            if not (after and after.group(1) not in _AFTER_LIST):
                return True
    return False


#: The two states of a divided nation (helpers.actors), as sorted pairs.
_DIVIDED_PAIRS = frozenset(tuple(sorted(p)) for p in _DIVIDED.values())


def context_tone(sentences: pd.DataFrame, mentions: pd.DataFrame, events: pd.DataFrame,
                 articles: pd.DataFrame | None = None, *, min_confidence: float = MIN_CONFIDENCE,
                 languages: tuple[str, ...] = ("en", "und"),
                 reports: tuple[set, set] | None = None) -> pd.DataFrame:
    """
    Tone of the passages about each pair that no cue links.

    For each article and unordered pair of actors that both appear in the
    article but share no cued sentence (never named together, or named
    together with no act between them), take the article's *passages about
    the pair*: its title and every sentence naming either actor. Their tone
    is VADER's valence summed over those sentences and normalised as VADER
    normalises one text (:func:`passage_tone`), and the mean TextBlob
    polarity. Sports sentences are left out: a match report's tone is the
    game's. This is the weakest evidence the kit uses (no cue, no direction);
    ``article_dyads`` marks such rows ``basis == "article tone"``.

    A pair can take a stance only when both states are named as possible
    parties somewhere in the article (:func:`can_act`: not only as the scene
    of an event or as a private person's nationality), no passage about
    it reads as sport and the article is no sports report (:func:`sports_report`);
    ``can_relate`` says so, and ``article_dyads``
    keeps the others neutral (``basis == "no state act"``).

    ``reports`` (the sports reports, and the market reports and articles that tell no
    state affairs, :func:`report_kinds`) is found from ``sentences`` and ``mentions``
    unless given.

    Returns
    -------
    DataFrame
        article_id, date, country_a, country_b, vader_compound, textblob_polarity,
        n_sentences (sentences naming both), cue_tone, tone_cues, can_relate, listed (every
        sentence naming both names them only side by side in a list or a comparison,
        :func:`_listed_together`), speaker_un (the pair is the article's ``speaker`` and the UN) and
        speech (the article has a ``speaker``: rivals named in it need no negative tone to read hostile).
    """
    cols = ["article_id", "date", "country_a", "country_b", "vader_compound", "textblob_polarity", "n_sentences"]
    m = mentions[mentions["confidence"] >= min_confidence] if len(mentions) else mentions
    if not len(m):
        return pd.DataFrame(columns=cols + ["cue_tone", "tone_cues", "can_relate", "listed", "speaker_un", "speech"])
    meta = {}
    speakers: dict = {}
    if articles is not None and len(articles):
        langs = articles["language"] if "language" in articles else ["en"] * len(articles)
        meta = {a: (d, l) for a, d, l in zip(articles["article_id"], articles["date"], langs)}
        speakers = _speaker_codes(articles)
    cued = set()
    if events is not None and len(events):
        cued = {(a, *sorted((s_, t))) for a, s_, t, k in
                zip(*(events[col].tolist() for col in ("article_id", "source", "target", "event_class")))
                if k != "neutral"}
    # (lists, not columns: iterating a column boxes every value)
    s_aids, s_ids = sentences["article_id"].tolist(), sentences["sentence_id"].tolist()
    texts = {(a, int(i)): t for a, i, t in zip(s_aids, s_ids, sentences["text"].tolist())}
    starts = {(a, int(i)): int(x) for a, i, x in zip(s_aids, s_ids, sentences["start"].tolist())}
    titles: dict = {}
    if "part" in sentences:
        for a, i, part in zip(s_aids, s_ids, sentences["part"].tolist()):
            if part == "title":
                titles.setdefault(a, set()).add(int(i))
    # plain dicts, not a pandas groupby per article: this runs on every chunk
    by_article: dict = {}
    acting: set = set()
    spans: dict = {}
    sentence_ends: dict = {}
    for aid, c, sid, st, en, kind in zip(*(m[col].tolist() for col in (
            "article_id", "country", "sentence_id", "start", "end", "kind"))):
        sid = int(sid)
        by_article.setdefault(aid, {}).setdefault(c, set()).add(sid)
        if (aid, sid) in starts:
            span = (int(st) - starts[(aid, sid)], int(en) - starts[(aid, sid)])
            spans.setdefault((aid, c, sid), []).append(span)
            sentence_ends.setdefault((aid, sid), {})[span[0]] = span[1]
        if (aid, c) not in acting and speakers.get(aid) == c:
            acting.add((aid, c))   # (a speech's speaker acts by speaking, however the passage names it: "in the Kingdom")
        if (aid, c) not in acting and (aid, sid) in texts:
            off = starts[(aid, sid)]
            if can_act(texts[(aid, sid)], int(st) - off, int(en) - off, kind, c):
                acting.add((aid, c))
    rows = []
    sport_arts, market_arts = reports or report_kinds(sentences, mentions)
    for aid in sorted(by_article, key=str):
        date, lang = meta.get(aid, (pd.NaT, "en"))
        if lang not in languages:
            continue
        where = by_article[aid]
        codes = sorted(where)
        if len(codes) < 2:
            continue
        # only pairs that no cue links get a row: read the tone of their passages only
        pairs = [(a, b) for i_, a in enumerate(codes) for b in codes[i_ + 1:] if (aid, a, b) not in cued]
        if not pairs:
            continue
        head = titles.get(aid, set())
        year = None if pd.isna(date) else int(pd.Timestamp(date).year)
        needed = set(head)
        for a, b in pairs:
            needed |= where[a] | where[b]
        tone: dict = {}
        events_tone: dict = {}
        sports: set = set()
        for sid in needed:
            t = texts.get((aid, sid))
            if t is None:
                continue
            if is_sports(t.split()):
                sports.add(sid)
            elif not _DISASTER.search(t) and not _nonstate_violence(t, year):
                # (a disaster's toll is nobody's hostility: "the cyclone killed 50 in Malawi" gives
                # Malawi's neighbours no tone; an aid cue in such a sentence links its pair anyway)
                tone[sid] = _sentence_valence(t)
                events_tone[sid] = cue_tone(t, year=year)
        for a, b in pairs:
            about = head | where[a] | where[b]
            body = (where[a] | where[b]) - head
            if body and not body & (set(tone) | sports):
                # every sentence naming either tells a disaster or a non-state group's violence: the
                # headline's words are about that too ("Irma flattens Barbuda, heads for Cuba")
                about = body
            parts = [tone[s] for s in sorted(about) if s in tone]
            vd, tb = _pool(parts)
            found = [events_tone[s] for s in sorted(about) if s in events_tone]
            words = [c for _, cs in found for c in cs]
            both = where[a] & where[b]
            rows.append({"article_id": aid, "date": date, "country_a": a, "country_b": b,
                         "listed": bool(both) and all(
                             _listed_together(texts.get((aid, sid), ""), spans.get((aid, a, sid), []),
                                              spans.get((aid, b, sid), []), sentence_ends.get((aid, sid), {}))
                             for sid in both),
                         "vader_compound": vd, "textblob_polarity": tb,
                         "cue_tone": round(float(sum(v for v, _ in found)), 2),
                         "tone_cues": "; ".join(dict.fromkeys(words)),
                         "n_sentences": len(where[a] & where[b]),
                         "speaker_un": "UN" in (a, b) and speakers.get(aid) in (a, b),
                         # (two rivals named as one divided nation, "the two States of Korea", in a speech
                         # are read by the passages' tone: the speech names them together to hail or urge
                         # their talks, not to complain of one)
                         "speech": aid in speakers and not ((a, b) in _DIVIDED_PAIRS and any(
                             set(spans.get((aid, a, sid), [])) & set(spans.get((aid, b, sid), [])) for sid in both)),
                         # a match report's tone is the game's; a place or a private person's
                         # nationality gives its state no part in a relation
                         "can_relate": not (about & sports) and aid not in sport_arts and aid not in market_arts
                         and (aid, a) in acting and (aid, b) in acting})
    return pd.DataFrame(rows, columns=cols + ["cue_tone", "tone_cues", "can_relate", "listed", "speaker_un", "speech"])


#: Offices one occupies ("occupy the post of Secretary-General", "occupies the presidency").
_OFFICE_NOUNS = frozenset({"post", "posts", "position", "positions", "seat", "seats", "chair", "presidency",
                           "office", "role", "rank", "place", "vice-presidency", "chairmanship"})


def _holds_an_office(lower: list[str], e: int) -> bool:
    """Whether the "occupy" cue ending at ``e`` takes an office as its object ("occupy the post of ...")."""
    k = e
    judged = False
    while k < len(lower) and lower[k] in ("the", "a", "an", "its", "their", "our", "this", "that", "non-permanent",
                                          "permanent", "rotating", "current", "proper", "rightful", "legitimate",
                                          "lawful", "due"):
        judged = judged or lower[k] in ("proper", "rightful", "legitimate", "lawful", "due")
        k += 1
    # ("should occupy its proper place in this Organization"; but "occupy their proper positions in Lebanon" are
    # troops' positions)
    return k < len(lower) and lower[k] in _OFFICE_NOUNS and not (
        judged and lower[k] not in ("place", "seat", "seats", "chair"))


#: Word starts before "dispute" that make it one settled or to be settled, not a quarrel told.
_SETTLING = ("settl", "resolv", "resolution", "peaceful", "solv", "solution", "arbitrat", "adjudicat")


def cue_tone(text: str, year: int | None = None) -> tuple[float, tuple[str, ...]]:
    """
    Sum of the intensities of the cues a sentence carries, whoever they link, and their words.

    The event tone of a passage: "talks", "signed", "killed", read with the cue
    lexicon (a negated cue counts half, reversed), not with a sentiment lexicon.
    Every cue counts here, background ones included ("after the war"): they
    set the scene the pair is named in, but an act dated before the article's
    ``year`` ("the 1967 war", "fought a war in 1979") is history and adds nothing.
    Used for pairs that no cue links (:func:`context_tone`).

    >>> cue_tone("The minister signed an agreement and praised the talks.")[0] > 0
    True
    >>> cue_tone("Troops attacked the convoy.")[0] < 0
    True
    """
    return _cue_reading(text, year)[:2]


@lru_cache(maxsize=20_000)
def _cue_reading(text: str, year: int | None = None) -> tuple[float, tuple[str, ...], bool]:
    """:func:`cue_tone`'s sum and words, and whether some hostile cue has a non-state group as its subject."""
    cm = _cue_matcher()
    words = [t.text for t in cm.nlp.make_doc(text)]
    lower = [w.lower() for w in words]
    caps = [w[:1].isupper() for w in words]   # (no actors are known here: a capital stands for a name)
    # ("admitted to hospital", "admitted that ..." are no membership: that cue counts before a name only)
    values = []
    hits = _cue_hits(words, lower)
    nonstate_act = False
    # "we reject all attempts to interfere in these countries", "to stop all attempts of interfering": the
    # act attempted is defended against, as in the events; the rejection and the act read as one defence
    hostile_at = {s for key, s, e in hits if cm.cues[key].intensity < 0}
    defence: set[int] = set()
    for key, s, e in hits:
        if cm.cues[key].cue_id in _DEFENDING_REJECTIONS and _rejects_an_attempt(lower, e, hostile_at):
            defence.add(s)
            defence.add(min(x for x in hostile_at if x > e))
    for k, w in enumerate(lower):
        if w in _STOP_WORDS and _rejects_an_attempt(lower, k + 1, hostile_at):
            defence.add(min(x for x in hostile_at if x > k + 1))
    for key, s, e in hits:
        cue = cm.cues[key]
        if s in defence:
            if cue.intensity < 0 and cue.cue_id not in _DEFENDING_REJECTIONS:
                values.append((" ".join(words[s:e]), abs(cue.intensity) * 0.5))
            continue
        if cue.cue_id == "offer" and any(s2 <= s and e <= e2 and e2 - s2 > e - s for _, s2, e2 in hits):
            continue   # ("offer of talks" is a named offer: the bare one inside it adds no tone of its own)
        if cue.intensity < 0 and _averted(lower, s):
            continue   # ("to avoid possible sanctions": none imposed, none threatened)
        if cue.cue_id == "admit_member" and not (e < len(words) and words[e][:1].isupper()):
            continue
        if cue.cue_id == "accuse" and lower[s] in ("charged", "charging") and not _charged_someone(lower, caps, s, e):
            continue   # ("the letter I have been charged to read", as in the events)
        if cue.cue_id in ("finance", "colonial_rule"):
            continue   # (money to whom, a ruler named or not: left to the events, where the names are known)
        if cue.cue_id == "press" and lower[s] in ("pressure", "pressures") and not (
                (s > 0 and words[s - 1][:1].isupper()) or (e + 1 < len(words) and lower[e] in ("from", "by", "on")
                                                            and any(w[:1].isupper() for w in words[e + 1:e + 4]))):
            continue   # ("growing international pressure": no one named presses, as in the events)
        if cue.cue_id == "destroy" and _no_attack(lower, s, e):
            continue
        if cue.cue_id == "war" and s > 0 and lower[s - 1] in _MARKET_WARS:
            continue   # ("a price war between makers", as in the events)
        if cue.intensity < 0 and _fled_from(lower, s):
            continue   # ("refugees fleeing the fighting", as in the events)
        if cue.intensity < 0 and (_nonstate_agent(lower, s) or (
                nonstate_act and s > 0 and ((lower[s].endswith("ing") and lower[s - 1] == ",")
                                            or (lower[s].endswith("ed") and lower[s - 1] == "and")))):
            # (and the group's next verb: "Gunmen stormed an oil terminal and kidnapped three Italians")
            # ("Rebels attacked a Chinese-run oilfield in Ethiopia, killing nine": the rebels' hostility, no state's)
            nonstate_act = True
            continue
        if _named_by_past_year(lower, s, year, cue.intensity):
            continue   # ("the 50th anniversary of the 1967 war" in a 2017 story)
        if cue.cue_id == "ask" and not _asked_of_a_state(lower, caps, e):
            continue   # ("when asked about Iran", "asked reporters": no request put to anyone named, as in the events)
        if cue.cue_id in _EASED_CUES and _eased(lower, s):
            continue   # ("lessened mistrust between Israel and Egypt": a mood eased, no strain told)
        if cue.cue_id == "occupy" and _holds_an_office(lower, e):
            continue   # ("to occupy the post of Secretary-General": an office held, as in the events)
        if cue.cue_id == "dispute" and any(w.startswith(_SETTLING) for w in lower[max(0, s - 4):s]):
            continue   # ("the peaceful settlement of disputes", "with a view to settling disputes": no quarrel told)
        # (reversal verbs are not read here: measured, undoing cues in the passages cost more pairs than it won;
        # but an accord left or torn up, "pulls out of nuclear treaty", is no accord: it reads as a negation)
        undone = cue.cue_id in _ACCORD_CUES and (_reversed_by(lower, s, cm.reversal, []) is not None or any(
            w in _DENOUNCE_TREATY for w in lower[max(0, s - 4):s]))
        values.append((" ".join(words[s:e]), cue.intensity * (-0.5 if undone or _ends_at(lower, s, cm.neg) else 1.0)))
    nonstate = any(cm.cues[k].intensity < 0 and _nonstate_agent(lower, s) for k, s, _ in hits)
    return float(sum(v for _, v in values)), tuple(c for c, _ in values), nonstate


def _nonstate_violence(text: str, year: int | None = None) -> bool:
    """
    Whether a sentence tells a non-state group's hostile act and no other act.

    Its words are then no one state's hostility toward another ("Rebels attacked a Chinese-run oilfield in
    Ethiopia, killing nine"): :func:`context_tone` leaves its tone out, as it leaves out a disaster's.

    >>> _nonstate_violence("Rebels attacked a Chinese-run oilfield in Ethiopia, killing nine workers.")
    True
    >>> _nonstate_violence("Ethiopia accused Eritrea after rebels attacked an oilfield.")
    False
    """
    _, words, nonstate = _cue_reading(text, year)
    return nonstate and not words


def _nonstate_agent(lower: list[str], s: int) -> bool:
    """
    Whether the verb at ``s`` has a non-state group just before it as its subject.

    >>> _nonstate_agent("rebels attacked a chinese-run oilfield".split(), 1)
    True
    >>> _nonstate_agent("suspected militants have killed two soldiers".split(), 3)
    True
    >>> _nonstate_agent("troops attacked rebels".split(), 1)
    False
    >>> _nonstate_agent("rebels on tuesday attacked a village".split(), 3)
    True
    >>> _nonstate_agent("a rebel attack on a border post".split(), 2)
    True
    >>> _nonstate_agent("rebels loyal to charles taylor shelled the harbour".split(), 5)
    True
    """
    if s > 0 and lower[s - 1] in _NONSTATE_QUALIFIERS:
        return True   # a noun cue named by its author's kind ("a rebel attack", "suicide bombings")
    if _follower_agent(lower, s):
        return True
    j = s - 1
    while j >= 0 and lower[j] in _AUX_BEFORE_VERB:
        j -= 1
    return j >= 0 and j >= s - 4 and lower[j] in _NONSTATE


#: Words that tie a group to a leader it follows ("rebels loyal to Charles Taylor").
_LOYAL_WORDS = {"loyal", "allied", "linked", "affiliated"}


def _follower_agent(lower: list[str], s: int) -> bool:
    """
    Whether the verb at ``s`` has as subject a non-state group tied to a leader named just before the verb
    ("rebels loyal to Charles Taylor shelled the harbour": the rebels act, not the man they follow).
    """
    for k in range(s - 2, max(1, s - 8), -1):
        if lower[k] in (",", ";", "and") or (lower[k].endswith("ed") and lower[k] not in _LOYAL_WORDS):
            return False
        if lower[k] == "to" and lower[k - 1] in _LOYAL_WORDS and (
                lower[k - 2] in _NONSTATE or (k > 2 and lower[k - 3] in _NONSTATE)):
            g = k - 2 if lower[k - 2] in _NONSTATE else k - 3
            # (not a co-subject: "Russian troops and rebels loyal to Moscow shelled", "soldiers alongside
            # separatists loyal to Moscow": the state's own forces act too)
            return not any(w in ("and", "alongside", "with", "&") for w in lower[max(0, g - 3):g])
    return False
#: Auxiliaries, adverbs and times between a subject and its verb ("militants have reportedly killed",
#: "rebels on Tuesday attacked").
_AUX_BEFORE_VERB = {"have", "has", "had", "reportedly", "allegedly", "also", "later", "then", "again", "on",
                    "yesterday", "today", "overnight", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday", "early", "late", "last", "night", "week", "weekend"}


def passage_score(cue_sum: float, vader: float, has_cues: bool) -> float:
    """
    Score (-1..1) of a pair that no cue links, from the passages about it.

    When the passages carry cues (whoever they link), their summed intensity
    reads the events around the pair: ``tanh(cue_sum / 10)``, with
    ``tone_vader`` x VADER added to break near-ties; with no cue at all, it is
    ``no_cue_vader`` x VADER. Weights in ``data/lexicon/weights.json``.

    >>> passage_score(12.0, -0.8, True) > 0      # talks and a deal, told in grim words
    True
    >>> passage_score(0.0, -0.8, False) < 0
    True
    """
    w = weights()
    if has_cues:
        return float(np.clip(np.tanh(cue_sum / 10.0) + w.get("tone_vader", 0.1) * vader, -1, 1))
    return float(np.clip(w.get("no_cue_vader", 1.0) * vader, -1, 1))


def _sentence_valence(text: str) -> tuple[float, float]:
    """(VADER valence sum before normalising, TextBlob polarity) of one sentence."""
    tb, _, total = _scores(text)
    return total, tb


def _pool(parts: list[tuple[float, float]]) -> tuple[float, float]:
    """VADER compound of summed valences, and mean TextBlob polarity, of several sentences."""
    if not parts:
        return 0.0, 0.0
    x = sum(v for v, _ in parts)
    return round(float(x / np.sqrt(x * x + 15.0)), 4), round(float(np.mean([t for _, t in parts])), 4)


def passage_tone(texts: list[str]) -> float:
    """
    VADER compound of several sentences read as one passage.

    The valences of the sentences are summed and normalised with VADER's own
    ``x / sqrt(x^2 + 15)``, so a long passage reads as VADER reads one long
    text, without re-scoring it for every pair of actors. Punctuation emphasis
    ("!!!") is left out.

    >>> round(passage_tone(["Talks collapsed in anger.", "The envoy was expelled."]), 2) < 0
    True
    >>> passage_tone([])
    0.0
    """
    return _pool([_sentence_valence(t) for t in texts])[0]


def article_dyads(events: pd.DataFrame, context: pd.DataFrame | None = None, *,
                  threshold: float = STANCE_THRESHOLD) -> pd.DataFrame:
    """
    Sum up each article's stance per unordered pair of actors.

    A pair with cued sentences scores the mean score of those sentences
    (``basis == "cue"``). A pair whose only cued sentences are acts told in a
    background clause ("..., after Washington recognised Kosovo"; their cue
    starts with ``BACKGROUND_MARK``) scores those (``basis == "background cue"``).
    A pair that no cue links scores the tone of the
    article's passages about it (``context``, ``basis == "article tone"``):
    the cues those passages carry, whoever they link, else their VADER
    compound (:func:`passage_score`), cooperative or hostile only beyond
    ``tone_threshold`` (in ``data/lexicon/weights.json``, fitted on the gold
    labels); but it scores 0, neutral, when one state is named
    only as a place or a private person's nationality, or the passages are a
    sports report (``basis == "no state act"``, see :func:`context_tone`); it scores 0 too when the
    two are named together only side by side in a list or a comparison (``basis == "listed
    together"``, :func:`context_tone`'s ``listed``). Two allies on the
    article's date (:func:`allied`) score at least ``ALLY_SCORE``, cooperative (``basis == "allies"``);
    two rivals (:func:`rivals`) whose passages read negative (VADER below 0), or two rivals named
    in a speech (an article with a ``speaker``) other than side by side in a list and not also
    allies, score at most
    ``RIVAL_SCORE``, hostile (``basis == "rivals"``). In a General Debate speech (an article
    with a ``speaker``), the speaking state and the UN score at least ``ALLY_SCORE`` too
    (``basis == "speaker and the UN"``): a member addressing its Organization, with no act between
    them told, is in its standing cooperation (a cue still decides, either way). In a news story, a
    state told mediating, brokering or carrying messages (a cued cooperative event whose cue is a form of
    the lexicon's ``mediate`` cue, :func:`_mediation_cue`) and any other state of the story with no act
    between them told, not rivals, score at least ``ALLY_SCORE`` too (``basis == "mediator"``): the
    go-between stands well with the parties.
    Without ``context``, such a pair falls back on the tone of the sentences naming both
    (``basis == "sentence tone"``).

    Parameters
    ----------
    events : DataFrame
        dyad_events from :func:`find_events`.
    context : DataFrame, optional
        :func:`context_tone` rows: every pair of the article that no cue links.
    threshold : float, default STANCE_THRESHOLD (0.1)
        Cue-based scores at or above it are cooperative, at or below minus it hostile.

    Returns
    -------
    DataFrame
        article_dyads: article_id, date, country_a, country_b (a < b), stance,
        score, n_sentences (sentences naming both), plus score_ab, score_ba,
        n_cues, textblob_polarity, vader_compound, cues, and basis ("cue", "background cue",
        "article tone", "listed together", "allies", "rivals", "speaker and the UN", "mediator", "no state act" or
        "sentence tone": what the score rests on).

    Examples
    --------
    >>> ev = pd.DataFrame({"article_id": ["a", "a"], "date": [pd.Timestamp("2021-08-24")] * 2,
    ...     "sentence_id": [0, 0], "source": ["DZA", "DZA"], "target": ["MAR", "FRA"],
    ...     "event_class": ["material_conflict", "neutral"], "intensity": [-7.0, 0.0],
    ...     "textblob_polarity": [0.0, 0.0], "vader_compound": [-0.5, -0.5], "score": [-0.7, -0.5],
    ...     "cue": ["cut diplomatic ties", ""], "sentence": ["..."] * 2})
    >>> article_dyads(ev)[["country_a", "country_b", "stance", "score", "basis"]]
      country_a country_b   stance  score           basis
    0       DZA       FRA  hostile   -0.5   sentence tone
    1       DZA       MAR  hostile   -0.7             cue
    """
    cols = ARTICLE_DYAD_COLUMNS + ["score_ab", "score_ba", "n_cues", "textblob_polarity",
                                   "vader_compound", "cues", "basis"]
    w = weights()
    tone_t = w.get("tone_threshold", threshold)
    ctx: dict = {}
    if context is not None and len(context):
        for r in context.itertuples(index=False):
            ctx[(r.article_id, r.country_a, r.country_b)] = r
    groups: dict = {}
    mediators: dict = {}   # article_id -> states told mediating, brokering or carrying messages in it
    if events is not None and len(events):
        for aid, d, sid, src, tgt, klass, sc, cue, tb, vd in zip(*(events[col].tolist() for col in (
                "article_id", "date", "sentence_id", "source", "target", "event_class", "score", "cue",
                "textblob_polarity", "vader_compound"))):
            a, b = (src, tgt) if src < tgt else (tgt, src)
            g = groups.setdefault((aid, a, b), {"date": d, "sents": {}, "cued": [], "all": []})
            g["sents"][sid] = (tb, vd)
            g["all"].append(sc)
            if klass != "neutral":
                g["cued"].append((sc, cue, src == a))   # (score, cue, directed a -> b)
            if klass != "neutral" and sc > 0 and _mediation_cue(cue):
                mediators.setdefault(aid, set()).add(src)
    out = []
    for key in sorted(set(groups) | set(ctx), key=lambda k: (str(k[0]), k[1], k[2])):
        aid, a, b = key
        g = groups.get(key)
        # a pair linked only by a background clause's act ("after Washington recognised Kosovo") scores it
        cued = [x for x in g["cued"] if not x[1].startswith(BACKGROUND_MARK)] if g is not None else []
        basis = "cue" if cued else "background cue"
        cued = cued or (g["cued"] if g is not None else [])
        # "Iraq Blames US-Led Forces ...; Iraq's U.S.-backed government said": the standing epithet
        # yields to the news
        cued = [x for x in cued if not x[1].endswith(EPITHET_MARK)] or cued
        if cued:
            score = float(np.mean([x for x, _, _ in cued]))
            fwd, bwd = [x for x, _, f in cued if f], [x for x, _, f in cued if not f]
            tones = list(g["sents"].values())
            out.append({"article_id": aid, "date": g["date"], "country_a": a, "country_b": b,
                        "stance": classify_score(score, threshold), "score": round(score, 4),
                        "n_sentences": len(g["sents"]),
                        "score_ab": round(float(np.mean(fwd)), 4) if fwd else np.nan,
                        "score_ba": round(float(np.mean(bwd)), 4) if bwd else np.nan,
                        "n_cues": len(cued),
                        "textblob_polarity": round(float(np.mean([t for t, _ in tones])), 4),
                        "vader_compound": round(float(np.mean([v for _, v in tones])), 4),
                        "cues": "; ".join(dict.fromkeys(c for _, c, _ in cued if c)), "basis": basis})
        elif key in ctx:
            r = ctx[key]
            related = bool(getattr(r, "can_relate", True))
            # two states named side by side in a list or a comparison and never otherwise
            # together ("the admission of Jamaica and Trinidad and Tobago", "Kazakhstan, like
            # Mongolia, is land-locked"): the passage's tone is about the list, not between them
            listed = related and bool(getattr(r, "listed", False))
            speech = bool(getattr(r, "speech", False))
            score = round(passage_score(getattr(r, "cue_tone", 0.0), r.vader_compound, bool(getattr(r, "tone_cues", ""))),
                          4) if related and not listed else 0.0
            cues = f"tone: {r.tone_cues}" if related and not listed and getattr(r, "tone_cues", "") else ""
            basis = ("listed together" if listed else "article tone") if related else "no state act"
            date = r.date if g is None else g["date"]
            alliance = allied(a, b, date) if related else None
            if alliance is not None:
                # allies named in one story with no act between them: the war's or the crisis's
                # tone is not theirs toward each other
                score, basis = max(score, ALLY_SCORE), "allies"
                cues = f"allies ({alliance})" + (f"; {cues}" if cues else "")
            elif related and not listed and bool(getattr(r, "speaker_un", False)):
                # a General Debate speaker and the Organization it addresses, with no act between them
                # told: a member's standing cooperation, as with allies (the passage's wars and crises
                # are the world's, not the speaker's quarrel with the UN)
                score, basis = max(score, ALLY_SCORE), "speaker and the UN"
                cues = "the speaker's own Organization" + (f"; {cues}" if cues else "")
            elif related and not listed and not speech and ({a, b} & mediators.get(aid, set())) \
                    and not rivals(a, b, date):
                # a state told mediating in a news story ("a prisoner exchange brokered by Saudi Arabia and
                # Turkey", "an Algerian envoy shuttled between the delegations") and a state of the story
                # with no act between them told: the go-between stands well with the parties, whatever the
                # war's tone (the codebook's mediator rule); rivals are left to the rivals rule below
                go_between = sorted({a, b} & mediators[aid])
                score, basis = max(score, ALLY_SCORE), "mediator"
                cues = f"mediator ({', '.join(go_between)})" + (f"; {cues}" if cues else "")
            if related and rivals(a, b, date) and (r.vader_compound < 0 or (speech and not listed and alliance is None)):
                # rivals named in one story with no act between them ("China warns US over arms sales
                # to Taiwan") in passages that read negative (VADER below 0): the standing rivalry, not
                # the cues those passages carry, which often link third parties. Rivals that are also
                # allies (Greece and Turkey in NATO) are read as rivals. A speech that names its rival, or
                # two rivals, mostly does so to complain of one, so there the tone's sign is not needed
                # (unless the two are only listed side by side, or also allies)
                score, basis = (min(score, RIVAL_SCORE) if alliance is None else RIVAL_SCORE), "rivals"
                cues = "rivals (data/actors/rivalries.csv)" + (f"; {cues}" if cues and alliance is None else "")
            out.append({"article_id": aid, "date": date, "country_a": a,
                        "country_b": b, "stance": classify_score(score, tone_t), "score": score,
                        "n_sentences": len(g["sents"]) if g is not None else int(r.n_sentences),
                        "score_ab": np.nan, "score_ba": np.nan, "n_cues": 0,
                        "textblob_polarity": r.textblob_polarity, "vader_compound": r.vader_compound,
                        "cues": cues, "basis": basis})
        else:
            score = float(np.mean(g["all"]))
            tones = list(g["sents"].values())
            out.append({"article_id": aid, "date": g["date"], "country_a": a, "country_b": b,
                        "stance": classify_score(score, threshold), "score": round(score, 4),
                        "n_sentences": len(g["sents"]), "score_ab": np.nan, "score_ba": np.nan, "n_cues": 0,
                        "textblob_polarity": round(float(np.mean([t for t, _ in tones])), 4),
                        "vader_compound": round(float(np.mean([v for _, v in tones])), 4),
                        "cues": "", "basis": "sentence tone"})
    df = pd.DataFrame(out, columns=cols)
    df["date"] = pd.to_datetime(df["date"]).astype("datetime64[ns]")
    return df.astype({"score": "float64", "n_sentences": "int64", "n_cues": "int64"})


@lru_cache(maxsize=1)
def _mediate_forms() -> frozenset[str]:
    """The surface forms of the lexicon's ``mediate`` cue ("mediated", "brokered", "shuttled between", ...)."""
    return frozenset(c.form for c in load_cues() if c.cue_id == "mediate")


def _mediation_cue(cue: str) -> bool:
    """Whether an event's cue text is a go-between's own work: a form of the ``mediate`` cue, not told in a
    background clause (not a request for mediation, an offer of it or its acceptance, whose source is a party)."""
    text = cue.lower()
    if text.startswith(BACKGROUND_MARK) or text.startswith("not "):
        return False
    words = text.removeprefix("jointly: ").split()
    forms = _mediate_forms()
    return any(" ".join(words[:n]) in forms for n in range(1, len(words) + 1))


def explain_sentence(text: str, *, date: str | None = None, speaker: str | None = None) -> pd.DataFrame:
    """Run actors and stance on one sentence and return its dyad_events (a teaching view)."""
    from .actors import find_mentions
    from .load import clean_wire_text
    from .segment import segment
    text = clean_wire_text(text)  # as the loader would, like ``actors.explain``
    arts = pd.DataFrame({"article_id": ["s"], "title": [""], "text": [text],
                         "date": [pd.Timestamp(date) if date else pd.NaT], "language": ["en"],
                         "speaker": [speaker]})
    sents, _ = segment(arts)
    return find_events(sents, find_mentions(sents, arts), arts)


def fit_weights(features: pd.DataFrame, labels: pd.Series, *, step: float = 0.05,
                threshold: float = STANCE_THRESHOLD) -> dict[str, float]:
    """
    Fit the score weights on gold article pairs by a grid search over the simplex.

    ``features`` has one row per gold cooperative/hostile pair: cue (mean
    intensity / 10 of the pair's cued sentences), vader and textblob (their
    mean sentiment). Every (w_cue, w_vader, w_textblob) with weights in steps
    of ``step`` summing to 1 is tried; the one whose score ``w . x`` gives the
    most correct labels at ``threshold`` wins, ties going to the larger cue
    weight (the reading that can be traced to words). Deterministic, no
    random state.
    """
    X = features[["cue", "vader", "textblob"]].to_numpy(float)
    y = labels.to_numpy()
    best, best_key = None, None
    n = int(round(1 / step))
    for i in range(n + 1):
        for j in range(n + 1 - i):
            w = np.array([i, j, n - i - j], float) / n
            sc = X @ w
            pred = np.where(sc >= threshold, "cooperative", np.where(sc <= -threshold, "hostile", "neutral"))
            key = (float((pred == y).mean()), w[0], w[1])
            if best_key is None or key > best_key:
                best, best_key = w, key
    return {"cue": round(float(best[0]), 3), "vader": round(float(best[1]), 3),
            "textblob": round(float(best[2]), 3), "train_accuracy": round(best_key[0], 4)}
