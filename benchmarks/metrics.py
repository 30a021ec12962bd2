"""
Accuracy report: the figures quoted in README.md and docs/METHODS.md, reproducibly.

Runs ``validate`` on the bundled gold (data/gold/briefs_gold.jsonl), the challenge
sets (data/gold/challenge*_gold.jsonl) and, when ``../shared/corpora`` is present, on
the hand-labelled AG News development sets (data/gold/ag_news_dev*.jsonl), the
held-out test sets (ag_news_test*.jsonl, ungdc_passages_test.jsonl), the headlines of a GDELT GKG batch
(data/gold/gkg_titles_2023.jsonl; the titles are read from the GKG file into a
temporary corpus, never stored) and paragraphs of UN General Debate speeches
(data/gold/ungdc_passages.jsonl and ungdc_passages2-20.jsonl; read the same way), then prints Markdown tables:
methods side by side with 95% bootstrap intervals, actor precision/recall,
confusion matrices.

While a rule is being written, run it with ``--dev-only``: the held-out sets are
left out, so their figures are read once, at the end, and never steer a rule.

Usage::

    python benchmarks/metrics.py [--out benchmarks/out/metrics] [--dev-only] [--only SET ...]
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers._paths import SHARED  # noqa: E402
from helpers.teaching import ungdc_paragraphs, ungdc_passages  # noqa: E402
from helpers.validate import validate_cli  # noqa: E402


def _tables(name: str, m: dict) -> str:
    lines = [f"### {name}", "",
             f"{m['n_articles']} articles; {m['n_pairs']['cooperative_or_hostile']} cooperative or hostile pairs "
             f"({m['n_pairs']['three_class']} with neutral; {m['n_pairs']['mixed_not_scored']} mixed, not scored).", ""]
    if m["n_pairs"]["three_class"]:
        lines += ["| method | stance accuracy | 95% interval | macro-F1 (3 classes) |", "|---|---|---|---|"]
        for meth in ("textblob", "vader", "combined"):
            x = m["methods"][meth]
            label = {"textblob": "TextBlob (whole article)", "vader": "VADER (whole article)", "combined": "**kit**"}[meth]
            lines.append(f"| {label} | {x['accuracy']:.3f} | {x['ci'][0]:.3f}-{x['ci'][1]:.3f} | {x['macro_f1']:.3f} |")
        lines.append("")
    a = m["actors"]["overall"]
    if not a["n_gold"] and not a["n_predicted"]:
        lines += ["Actors: not labelled in this set (pair labels only).", ""]
    else:
        lines += [f"Actors: precision {a['precision']:.3f}, recall {a['recall']:.3f} "
                  f"(95% interval {m['actor_recall_ci'][0]:.3f}-{m['actor_recall_ci'][1]:.3f}), F1 {a['f1']:.3f} "
                  f"over {a['n_gold']} gold actors; false actors on not_actors labels: "
                  f"{m['actors']['false_actors_on_not_actors']} of {m['actors']['not_actor_labels']}."
                  + (f" Not scored (organisations the kit named after this gold file was made): "
                     f"{', '.join(m['actors']['unscored_codes'])}." if m["actors"].get("unscored_codes") else ""), ""]
    kinds = m["actors"]["per_kind"]
    if any(v["recall"] is not None for v in kinds.values()):
        lines += ["| kind | recall | gold mentions | precision | predicted mentions |", "|---|---|---|---|---|"]
        for k, v in kinds.items():
            if v["n_gold_mentions"] or v["n_predicted_mentions"]:
                r = "" if v["recall"] is None else f"{v['recall']:.3f}"
                p = "" if v["precision"] is None else f"{v['precision']:.3f}"
                lines.append(f"| {k} | {r} | {v['n_gold_mentions']} | {p} | {v['n_predicted_mentions']} |")
        lines.append("")
    if m["n_pairs"]["three_class"]:
        c = m["methods"]["combined"]["confusion"]
        lines += ["Kit confusion matrix (rows gold, columns predicted):", "",
                  "| gold \\ kit | cooperative | hostile | neutral |", "|---|---|---|---|"]
        for g in ("cooperative", "hostile", "neutral"):
            lines.append(f"| {g} | {c[g]['cooperative']} | {c[g]['hostile']} | {c[g]['neutral']} |")
    return "\n".join(lines) + "\n"


#: (gold file, corpus file or None for AG News, output folder, heading), in report order.
GKG = "gdelt/20230702153000.gkg.csv.gz"
_SETS = [
    ("briefs_gold.jsonl", "briefs.jsonl", "bundled", "Bundled gold (170 briefs written for the kit)"),
    ("challenge_gold.jsonl", "challenge.jsonl", "challenge",
     "Challenge set (70 articles written to be hard, many pairs, 1992-2024; development)"),
    ("challenge2_gold.jsonl", "challenge2.jsonl", "challenge2",
     "Challenge set 2 (60 agency-style articles, 1990-2024; development)"),
    ("challenge3_gold.jsonl", "challenge3.jsonl", "challenge3",
     "Challenge set 3 (60 articles, every region, 1994-2025; development)"),
    ("challenge4_gold.jsonl", "challenge4.jsonl", "challenge4",
     "Challenge set 4 (60 articles, 102 states, 1991-2025, traps; development after its blind run)"),
    ("challenge5_gold.jsonl", "challenge5.jsonl", "challenge5",
     "Challenge set 5 (60 articles, 115 states, 1992-2025, traps; development after its blind run)"),
    ("challenge6_gold.jsonl", "challenge6.jsonl", "challenge6",
     "Challenge set 6 (70 short wire items, 110 states, 1991-2025, traps; development after its blind run)"),
    ("challenge7_gold.jsonl", "challenge7.jsonl", "challenge7",
     "Challenge set 7 (45 longer articles, machine-translated and UN-speech styles, 1993-2025; development after "
     "its blind run)"),
    ("challenge8_gold.jsonl", "challenge8.jsonl", "challenge8",
     "Challenge set 8 (80 short wire briefs, 95 states, 1994-2024, traps and wire debris; development after its "
     "blind run)"),
    ("challenge9_gold.jsonl", "challenge9.jsonl", "challenge9",
     "Challenge set 9 (80 short wire briefs where cooperative and hostile words share an item, 1995-2022; "
     "development after its blind run)"),
    ("challenge10_gold.jsonl", "challenge10.jsonl", "challenge10",
     "Challenge set 10 (80 short wire briefs like an ordinary day's World feed, 105 states, 1990-2024; "
     "development after its blind run)"),
    ("challenge11_gold.jsonl", "challenge11.jsonl", "challenge11",
     "Challenge set 11 (50 longer online articles, 3-6 states each, 11 machine-translated, 106 states, "
     "1990-2024; development after its blind run)"),
    ("challenge12_gold.jsonl", "challenge12.jsonl", "challenge12",
     "Challenge set 12 (80 short wire briefs of an ordinary World-news day, 115 states, 1990-2024; "
     "development after its blind run on stop 45's rules)"),
    ("challenge13_gold.jsonl", "challenge13.jsonl", "challenge13",
     "Challenge set 13 (60 agency-style articles of 99-159 words, 8 machine-translated, 108 states, 1990-2024; "
     "development after its blind run on stop 45's rules)"),
    ("challenge14_gold.jsonl", "challenge14.jsonl", "challenge14",
     "Challenge set 14 (80 short wire briefs of an ordinary World-news day, 105 states, 1990-2024; "
     "development after its blind run on stop 46's rules)"),
    ("challenge15_gold.jsonl", "challenge15.jsonl", "challenge15",
     "Challenge set 15 (80 short wire briefs of an ordinary World-news day, 98 states, 1990-2024; "
     "development after its blind run on stop 46's final rules)"),
    ("challenge16_gold.jsonl", "challenge16.jsonl", "challenge16",
     "Challenge set 16 (80 short wire briefs, half of them wording the relation implicitly, 112 states, "
     "1990-2024; development after its blind run on stop 46's final rules)"),
    ("challenge17_gold.jsonl", "challenge17.jsonl", "challenge17",
     "Challenge set 17 (80 short wire briefs, most wording the relation implicitly, 106 states, "
     "1991-2024; development after its blind run on stop 47's rules)"),
    ("challenge18_gold.jsonl", "challenge18.jsonl", "challenge18",
     "Challenge set 18 (40 full-length news articles of 200-280 words, 3-6 states each, 94 states, "
     "1990-2024; development after its blind run on stop 47's rules)"),
    ("challenge19_gold.jsonl", "challenge19.jsonl", "challenge19",
     "Challenge set 19 (40 full-length news articles of 227-282 words, 3-6 states each, 98 states, "
     "1990-2024; run blind on stop 47's final rules, nothing drawn from it)"),
    ("challenge20_gold.jsonl", "challenge20.jsonl", "challenge20",
     "Challenge set 20 (40 full-length news articles of 203-236 words, 3-6 states each, 98 states, "
     "1990-2024; development after its blind run on stop 48's rules)"),
    ("challenge21_gold.jsonl", "challenge21.jsonl", "challenge21",
     "Challenge set 21 (40 full-length news articles of 198-298 words in many voices, 3-6 states each, 90 states, "
     "1990-2024; development after its blind run on stop 48's rules)"),
    ("challenge22_gold.jsonl", "challenge22.jsonl", "challenge22",
     "Challenge set 22 (40 full-length news articles of 194-277 words, 3-6 states each, 89 states, "
     "1990-2024; run blind on stop 48's final rules, nothing drawn from it)"),
    ("challenge23_gold.jsonl", "challenge23.jsonl", "challenge23",
     "Challenge set 23 (40 full-length news articles of 191-260 words, 3-6 states each, 97 states, "
     "1990-2024; development after its blind run on stop 49's rules)"),
    ("challenge24_gold.jsonl", "challenge24.jsonl", "challenge24",
     "Challenge set 24 (40 full-length news articles of 188-251 words, 3-6 states each, 92 states, "
     "1990-2024; run blind on stop 49's later rules)"),
    ("challenge25_gold.jsonl", "challenge25.jsonl", "challenge25",
     "Challenge set 25 (40 full-length news articles of 188-261 words, 3-6 states each, 107 states, "
     "1990-2024; run blind on stop 49's final rules)"),
    ("challenge26_gold.jsonl", "challenge26.jsonl", "challenge26",
     "Challenge set 26 (40 full-length news articles of 189-245 words, 3-6 states each, 93 states, "
     "1990-2024; run blind on stop 50's rules)"),
    ("challenge27_gold.jsonl", "challenge27.jsonl", "challenge27",
     "Challenge set 27 (40 full-length news articles of 192-252 words, 3-5 states each, 87 states, "
     "1991-2023, half of them economic and legal news; run blind on stop 51's first rules)"),
    ("challenge28_gold.jsonl", "challenge28.jsonl", "challenge28",
     "Challenge set 28 (40 full-length news articles of 202-284 words, 3-6 states each, 99 states, "
     "1990-2024, half of them regional and state-agency copy; run blind on stop 51's mended rules)"),
    ("challenge29_gold.jsonl", "challenge29.jsonl", "challenge29",
     "Challenge set 29 (40 full-length news articles of 200-272 words, 3-6 states each, 105 states, "
     "1990-2024, half of them on allies acting together toward a third; run blind on stop 52's first rules)"),
    ("challenge30_gold.jsonl", "challenge30.jsonl", "challenge30",
     "Challenge set 30 (40 wire articles of 154-203 words, 3-6 states each, 91 states, 1992-2024, half of them "
     "one state's act on another and third states' reactions; run blind on stop 52's final code)"),
    ("challenge31_gold.jsonl", "challenge31.jsonl", "challenge31",
     "Challenge set 31 (40 wire articles of 154-204 words, 3-5 states each, 97 states, 1991-2023, half of them "
     "relations told through people; run blind on stop 54's mended rules, commit 45da45b)"),
    ("challenge32_gold.jsonl", "challenge32.jsonl", "challenge32",
     "Challenge set 32 (40 wire articles of 140-184 words, 3-6 states each, 94 states, 1992-2024, half of them "
     "mixed or shifting relations in one story; run blind on stop 54's final code)"),
    ("challenge33_gold.jsonl", "challenge33.jsonl", "challenge33",
     "Challenge set 33 (40 wire articles of 136-201 words, 3-6 states each, 1990-2024, half of them third states "
     "drawn into a quarrel of two others; run blind on stop 55's final code)"),
    ("challenge34_gold.jsonl", "challenge34.jsonl", "challenge34",
     "Challenge set 34 (40 early-2000s online wire items of 104-158 words, 3-5 states each, 81 states, 1998-2009, "
     "half of them stories followed as they develop; run blind on stop 55's final code)"),
    ("challenge35_gold.jsonl", "challenge35.jsonl", "challenge35",
     "Challenge set 35 (40 wire articles of 155-218 words, 3-6 states each, 93 states, 1990-2023, half of them "
     "naming states through capitals, institutions and office holders, a quarter in translated English; run blind "
     "on stop 56's final code)"),
    ("challenge36_gold.jsonl", "challenge36.jsonl", "challenge36",
     "Challenge set 36 (40 wire articles of 143-200 words, 3-5 states each, economic and energy diplomacy "
     "1995-2023: trade disputes, pipelines, loans and sanctions relief, with firms and banks named like states; "
     "run blind on stop 56's final code)"),
    ("challenge37_gold.jsonl", "challenge37.jsonl", "challenge37",
     "Challenge set 37 (40 wire articles of 139-195 words, 4-6 states each, summits, votes and crowded stories "
     "1990-2023: joint statements, boycotts, abstentions and suspensions, with sports teams and city-named "
     "declarations as traps; run blind on stop 57's final code)"),
    ("challenge38_gold.jsonl", "challenge38.jsonl", "challenge38",
     "Challenge set 38 (40 wire articles of 157-220 words, 3-6 states each, security and crisis reporting "
     "1990-2024: border clashes, ceasefires, expulsions, swaps and mediators, six read as machine translation; "
     "run blind on stop 57's final code)"),
    ("challenge39_gold.jsonl", "challenge39.jsonl", "challenge39",
     "Challenge set 39 (40 wire articles of 136-192 words, 3-5 states each, everyday diplomatic news 1993-2012 as "
     "online wire services carried it: visits, notes, recalls and rows, debris and four machine translations; "
     "run blind on stop 58's final code)"),
    ("challenge40_gold.jsonl", "challenge40.jsonl", "challenge40",
     "Challenge set 40 (40 wire articles of 127-187 words, 3-6 states each, economic, energy, migration and border "
     "news 2013-2024: deals, loans, tariffs, migrants turned back, river and fishing rows, five machine "
     "translations; run blind on stop 59's final code)"),
    ("challenge41_gold.jsonl", "challenge41.jsonl", "challenge41",
     "Challenge set 41 (40 wire articles of 153-200 words, 3-5 states each, 1994-2024: what states say of each "
     "other, reported speech, denials, conditions, negated acts, four machine translations; run blind during stop 60)"),
    ("probe_items_gold.jsonl", "probe_items.jsonl", "probe_items",
     "Probe items (310 news and wire items, 1992-2023, one pair each, written and labelled by a coder who never saw "
     "the kit, labelled again blind by a second; development after their first run)"),
    ("probe_un_gold.jsonl", "probe_un.jsonl", "probe_un",
     "Probe UN paragraphs (100 General Debate-style paragraphs with a speaker, 1960-2022, one pair each; "
     "development after their first run)"),
    ("probe_actors_gold.jsonl", "probe_actors.jsonl", "probe_actors",
     "Probe actor sentences (120 sentences, 41 of them traps, 1993-2024, actors only; development after their "
     "first run)"),
    ("probe_wire2_gold.jsonl", "probe_wire2.jsonl", "probe_wire2",
     "Probe wire items 2 (148 AG News-style items of 2003-2006, 160 pairs, written and labelled by a coder who never "
     "saw the kit, labelled again blind by a second; development after their first run)"),
    ("probe_actors2_gold.jsonl", "probe_actors2.jsonl", "probe_actors2",
     "Probe actor sentences 2 (130 sentences, 65 of them traps, 1993-2024, actors only; development after their "
     "first run)"),
    ("probe_wire3_gold.jsonl", "probe_wire3.jsonl", "probe_wire3",
     "Probe wire items 3 (150 AG News-style items of 1995-2012, 125 pairs of states, written and labelled by a coder "
     "who never saw the kit, labelled again blind by a second; development after their first run)"),
    ("probe_actors3_gold.jsonl", "probe_actors3.jsonl", "probe_actors3",
     "Probe actor sentences 3 (140 sentences, 82 of them traps, 1992-2024, actors only; development after their "
     "first run)"),
    ("probe_wire4_gold.jsonl", "probe_wire4.jsonl", "probe_wire4",
     "Probe wire items 4 (150 AG News-style items of 1990-2024, 41 of three or four sentences, 135 pairs, written "
     "and labelled by a coder who never saw the kit, labelled again blind by a second; development after their "
     "first run)"),
    ("probe_actors4_gold.jsonl", "probe_actors4.jsonl", "probe_actors4",
     "Probe actor sentences 4 (140 sentences, 76 of them traps, 1992-2024, actors only; development after their "
     "first run)"),
    ("probe_wire5_gold.jsonl", "probe_wire5.jsonl", "probe_wire5",
     "Probe wire items 5 (150 AG News-style items of 1993-2024, 48 with three or more parties, 141 pairs, written "
     "and labelled by a coder who never saw the kit, labelled again blind by a second; development after their "
     "first run)"),
    ("probe_actors5_gold.jsonl", "probe_actors5.jsonl", "probe_actors5",
     "Probe actor sentences 5 (140 sentences, 72 of them traps, 1992-2024, actors only; development after their "
     "first run)"),
    ("probe_un_actors_gold.jsonl", "probe_un_actors.jsonl", "probe_un_actors",
     "Probe UN actor passages (120 General Debate-style passages with a speaker, 1950-2023, 40 naming the speaker "
     "only by 'us', 'our' or 'let us', 20 not naming it, 25 traps; actors only; development after their first run)"),
    ("probe_wire6_gold.jsonl", "probe_wire6.jsonl", "probe_wire6",
     "Probe wire items 6 (80 AG News-style items of 1990-2024, 78 states, traps beside the actors, written and "
     "labelled by a coder who never saw the kit, labelled again blind by a second; development after their first "
     "run)"),
    ("ag_news_dev.jsonl", None, "ag_news", "AG News development set (120 real wire items, labelled by row)"),
    ("ag_news_dev2.jsonl", None, "ag_news_dev2",
     "AG News second development set (150 real wire items, labelled by a second coder)"),
    ("ag_news_dev3.jsonl", None, "ag_news_dev3",
     "AG News third development set (64 real wire items, labelled blind)"),
    ("ag_news_dev4.jsonl", None, "ag_news_dev4",
     "AG News fourth development set (90 real wire items, labelled blind)"),
    ("ag_news_dev5.jsonl", None, "ag_news_dev5",
     "AG News fifth development set (89 real wire items, labelled blind)"),
    ("ag_news_dev6.jsonl", None, "ag_news_dev6",
     "AG News sixth development set (70 real wire items, labelled blind)"),
    ("ag_news_dev7.jsonl", None, "ag_news_dev7",
     "AG News seventh development set (80 real wire items, 79 of them Business, labelled blind)"),
    ("ag_news_dev8.jsonl", None, "ag_news_dev8",
     "AG News eighth development set (77 real wire items, a state and an organisation or armed group, labelled blind)"),
    ("ag_news_dev9.jsonl", None, "ag_news_dev9",
     "AG News ninth development set (64 real Business and Sci/Tech items naming two states, labelled blind)"),
    ("gkg_titles_2023.jsonl", GKG, "gkg_titles_2023",
     "GDELT GKG headlines of 2 July 2023 (61 real titles naming two or more actors, labelled blind; development)"),
    ("ungdc_passages.jsonl", "ungdc", "ungdc_passages",
     "UN General Debate passages (paragraphs of speeches, 1946-2024, labelled blind; development)"),
    ("ungdc_passages2.jsonl", "ungdc", "ungdc_passages2",
     "UN General Debate second development set (96 paragraphs of other speeches, 1948-2024, most before 1990, labelled blind)"),
    ("ungdc_passages3.jsonl", "ungdc", "ungdc_passages3",
     "UN General Debate third development set (97 other paragraphs, 59 of them of 1990 on from development speeches, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages4.jsonl", "ungdc", "ungdc_passages4",
     "UN General Debate fourth development set (89 more paragraphs, 55 of them of 1990 on from development speeches, "
     "1947-2024, labelled blind)"),
    ("ungdc_passages5.jsonl", "ungdc", "ungdc_passages5",
     "UN General Debate fifth development set (90 more paragraphs, 56 of them of 1990 on from development speeches, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages6.jsonl", "ungdc", "ungdc_passages6",
     "UN General Debate sixth development set (102 more paragraphs, 64 of them of 1990 on from development speeches, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages7.jsonl", "ungdc", "ungdc_passages7",
     "UN General Debate seventh development set (96 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages8.jsonl", "ungdc", "ungdc_passages8",
     "UN General Debate eighth development set (89 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages9.jsonl", "ungdc", "ungdc_passages9",
     "UN General Debate ninth development set (97 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages10.jsonl", "ungdc", "ungdc_passages10",
     "UN General Debate tenth development set (96 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages11.jsonl", "ungdc", "ungdc_passages11",
     "UN General Debate eleventh development set (90 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages12.jsonl", "ungdc", "ungdc_passages12",
     "UN General Debate twelfth development set (97 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages13.jsonl", "ungdc", "ungdc_passages13",
     "UN General Debate thirteenth development set (98 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages14.jsonl", "ungdc", "ungdc_passages14",
     "UN General Debate fourteenth development set (89 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages15.jsonl", "ungdc", "ungdc_passages15",
     "UN General Debate fifteenth development set (99 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages16.jsonl", "ungdc", "ungdc_passages16",
     "UN General Debate sixteenth development set (96 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages17.jsonl", "ungdc", "ungdc_passages17",
     "UN General Debate seventeenth development set (100 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages18.jsonl", "ungdc", "ungdc_passages18",
     "UN General Debate eighteenth development set (97 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages19.jsonl", "ungdc", "ungdc_passages19",
     "UN General Debate nineteenth development set (98 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages20.jsonl", "ungdc", "ungdc_passages20",
     "UN General Debate twentieth development set (98 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages21.jsonl", "ungdc", "ungdc_passages21",
     "UN General Debate twenty-first development set (98 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages22.jsonl", "ungdc", "ungdc_passages22",
     "UN General Debate twenty-second development set (92 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages23.jsonl", "ungdc", "ungdc_passages23",
     "UN General Debate twenty-third development set (101 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages24.jsonl", "ungdc", "ungdc_passages24",
     "UN General Debate twenty-fourth development set (101 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages25.jsonl", "ungdc", "ungdc_passages25",
     "UN General Debate twenty-fifth development set (99 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages26.jsonl", "ungdc", "ungdc_passages26",
     "UN General Debate twenty-sixth development set (100 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages27.jsonl", "ungdc", "ungdc_passages27",
     "UN General Debate twenty-seventh development set (95 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages28.jsonl", "ungdc", "ungdc_passages28",
     "UN General Debate twenty-eighth development set (96 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages29.jsonl", "ungdc", "ungdc_passages29",
     "UN General Debate twenty-ninth development set (96 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages30.jsonl", "ungdc", "ungdc_passages30",
     "UN General Debate thirtieth development set (96 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages31.jsonl", "ungdc", "ungdc_passages31",
     "UN General Debate thirty-first development set (94 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages32.jsonl", "ungdc", "ungdc_passages32",
     "UN General Debate thirty-second development set (106 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages33.jsonl", "ungdc", "ungdc_passages33",
     "UN General Debate thirty-third development set (97 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind)"),
    ("ungdc_passages34.jsonl", "ungdc", "ungdc_passages34",
     "UN General Debate thirty-fourth development set (98 more paragraphs, of development speeches and others, "
     "1946-2024, labelled blind; first run on stop 53's final code)"),
    ("ungdc_passages35.jsonl", "ungdc", "ungdc_passages35",
     "UN General Debate thirty-fifth development set (101 more paragraphs, of development speeches and others, "
     "1946-2018, labelled blind; first run on commit 410d089 of stop 54)"),
    ("ungdc_passages36.jsonl", "ungdc", "ungdc_passages36",
     "UN General Debate thirty-sixth development set (97 more paragraphs, of development speeches and others, "
     "1946-2018, labelled blind at the end of stop 54; first run on the stop's final code)"),
    ("ungdc_passages37.jsonl", "ungdc", "ungdc_passages37",
     "UN General Debate thirty-seventh development set (105 more paragraphs, of development speeches and others, "
     "1946-2018, labelled blind during stop 55; first run on stop 54's final code)"),
    ("ungdc_passages38.jsonl", "ungdc", "ungdc_passages38",
     "UN General Debate thirty-eighth development set (101 more paragraphs, of development speeches and others, "
     "1946-2018, labelled blind at the end of stop 55; first run on the stop's final rules)"),
    ("ungdc_passages39.jsonl", "ungdc", "ungdc_passages39",
     "UN General Debate thirty-ninth development set (103 more paragraphs, of development speeches and others, "
     "1946-2018, labelled blind at the end of stop 55; first run on the stop's final code)"),
    ("ungdc_passages40.jsonl", "ungdc", "ungdc_passages40",
     "UN General Debate fortieth development set (100 more paragraphs, of development speeches and others, "
     "1946-2018, labelled blind during stop 56; first run on stop 55's final code)"),
    ("ungdc_passages41.jsonl", "ungdc", "ungdc_passages41",
     "UN General Debate forty-first development set (105 more paragraphs, of development speeches and others, "
     "1946-2018, labelled blind during stop 56; first run on the stop's final code)"),
    ("ungdc_passages42.jsonl", "ungdc", "ungdc_passages42",
     "UN General Debate forty-second development set (92 more paragraphs, of development speeches and others, "
     "1946-2018, labelled blind during stop 57; first run on stop 56's final code)"),
    ("ungdc_passages43.jsonl", "ungdc", "ungdc_passages43",
     "UN General Debate forty-third development set (92 more paragraphs, of development speeches and others, "
     "1946-2018, labelled blind during stop 57; first run on the stop's final code)"),
    ("ungdc_passages44.jsonl", "ungdc", "ungdc_passages44",
     "UN General Debate forty-fourth development set (97 more paragraphs, of development speeches and others, "
     "1946-2018, labelled blind during stop 58; first run on stop 57's final code)"),
    ("ungdc_passages45.jsonl", "ungdc", "ungdc_passages45",
     "UN General Debate forty-fifth development set (101 more paragraphs, of development speeches and others, "
     "1948-1989, labelled blind during stop 58; first run on the stop's final code)"),
    ("ungdc_passages46.jsonl", "ungdc", "ungdc_passages46",
     "UN General Debate forty-sixth development set (100 more paragraphs, of development speeches and others, "
     "1946-1989, labelled blind during stop 59; first run on stop 58's final code)"),
    ("ungdc_passages47.jsonl", "ungdc", "ungdc_passages47",
     "UN General Debate forty-seventh development set (101 more paragraphs, of development speeches and others, "
     "1947-1989, labelled blind during stop 59; first run on the stop's final code)"),
    ("ungdc_passages48.jsonl", "ungdc", "ungdc_passages48",
     "UN General Debate forty-eighth development set (104 more paragraphs, of development speeches and others, "
     "1948-1989, labelled blind during stop 60; first run on stop 59's final code)"),
    ("ungdc_passages49.jsonl", "ungdc", "ungdc_passages49",
     "UN General Debate forty-ninth development set (105 more paragraphs, of development speeches and others, "
     "1946-1989, labelled blind during stop 60; first run on the stop's code)"),
    ("ungdc_passages_test.jsonl", "ungdc", "ungdc_passages_test",
     "UN General Debate held-out passages (other speeches, labelled blind, never used to tune the kit)"),
    ("ag_news_test.jsonl", None, "ag_news_test",
     "AG News held-out test set (80 real wire items, never used to tune the kit)"),
    ("ag_news_test2.jsonl", None, "ag_news_test2",
     "AG News second held-out test set (100 real wire items, labelled blind, never used to tune the kit)"),
    ("ag_news_test3.jsonl", None, "ag_news_test3",
     "AG News third held-out test set (80 real wire items, labelled blind, never used to tune the kit)"),
]


def gkg_titles_corpus(gkg: Path, folder: Path) -> Path:
    """
    Write the page titles of a GDELT GKG 2.1 file as a JSONL corpus (one article per record).

    Takes the GKG file (tab-separated, 27 columns) and a folder; returns the JSONL path. Each
    article is ``gkg-<GKGRECORDID>``, dated by the record's DATE, its text the ``<PAGE_TITLE>`` of
    V2ExtrasXML with HTML entities unescaped. Records without a title are left out.
    """
    out = Path(folder) / "gkg_titles.jsonl"
    title = re.compile(r"<PAGE_TITLE>(.*?)</PAGE_TITLE>", re.S)
    with gzip.open(gkg, "rt", encoding="utf-8", errors="replace") as fh, open(out, "w", encoding="utf-8") as w:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            m = title.search(cols[-1]) if len(cols) > 2 else None
            if not m or not m.group(1).strip():
                continue
            d = cols[1]
            w.write(json.dumps({"article_id": f"gkg-{cols[0]}", "date": f"{d[:4]}-{d[4:6]}-{d[6:8]}",
                                "source": "GDELT GKG", "title": "", "text": html.unescape(m.group(1)).strip(),
                                "url": cols[4] if len(cols) > 4 else ""}) + "\n")
    return out


UNGDC = "ungdc/ungdc_subset.csv.gz"


def _country_names() -> re.Pattern:
    """A loose test for a country's name (pycountry names and a few older ones), not the kit's matcher."""
    import pycountry
    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            v = getattr(c, attr, None)
            if v and "," not in v and "(" not in v:
                names.add(v)
    names |= {"Soviet Union", "Yugoslavia", "Czechoslovakia", "Zaire", "Iran", "Syria", "Russia",
              "Palestine", "Korea", "Viet Nam", "Vietnam", "Bolivia", "Venezuela", "Tanzania"}
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")


def ungdc_candidates(path: Path, n: int = 120, seed: int = 31,
                     exclude: set[tuple[str, int]] = frozenset()) -> list[tuple[str, int, int]]:
    """
    Draw the candidate paragraphs a coder reads for the UN-speech gold, reproducibly.

    One paragraph at most per speech, 250-1,500 characters long, naming at least one country
    by a pycountry name (a loose test that does not use the kit), from speeches of 1990 on
    (three in four) and before 1990 (one in four), drawn with ``random.Random(seed)``. Speeches
    in ``exclude`` (``(iso3, year)``) are not drawn: the held-out set (seed 32) leaves out every
    speech the development set's candidates (seed 31) came from, and the second development set
    (seed 33, :func:`ungdc_candidates_third`) every speech of both.
    """
    import random
    pat = _country_names()
    by_speech: dict[tuple[str, int], list[int]] = {}
    for iso3, year, i, para in ungdc_paragraphs(path):
        if 250 <= len(para) <= 1500 and pat.search(para) and (iso3, year) not in exclude:
            by_speech.setdefault((iso3, year), []).append(i)
    rng = random.Random(seed)
    new = sorted(k for k in by_speech if k[1] >= 1990)
    old = sorted(k for k in by_speech if k[1] < 1990)
    k_new = (3 * n) // 4
    if len(new) <= k_new:   # (the third draw, seed 33, found only 38 later speeches left: all are taken)
        picks = list(new) + rng.sample(old, n - len(new))
    else:
        picks = rng.sample(new, k_new) + rng.sample(old, n - k_new)
    return sorted((iso3, year, rng.choice(by_speech[(iso3, year)])) for iso3, year in picks)


def ungdc_candidates_third(path: Path) -> list[tuple[str, int, int]]:
    """The 120 candidates of ``data/gold/ungdc_passages2.jsonl`` (seed 33, no speech of the two earlier draws)."""
    first = ungdc_candidates(path, n=120, seed=31)
    seen = {(a, y) for a, y, _ in first}
    second = ungdc_candidates(path, n=120, seed=32, exclude=seen)
    seen |= {(a, y) for a, y, _ in second}
    return ungdc_candidates(path, n=120, seed=33, exclude=seen)


def ungdc_candidates_fourth(path: Path, n: int = 120, seed: int = 34,
                            exclude: frozenset[tuple[str, int, int]] = frozenset()) -> list[tuple[str, int, int]]:
    """
    The candidates of ``data/gold/ungdc_passages3.jsonl``: other paragraphs of development speeches.

    Two in three from speeches of 1990 on that the two development draws (seeds 31 and 33)
    took, a different paragraph from the one drawn then; one in three from speeches no draw
    took (all before 1990). No paragraph of a speech the held-out draw (seed 32) took is
    drawn, nor any paragraph in ``exclude``. Same length and country-name test as
    :func:`ungdc_candidates`.
    """
    import random
    first = ungdc_candidates(path, n=120, seed=31)
    seen = {(a, y) for a, y, _ in first}
    held = {(a, y) for a, y, _ in ungdc_candidates(path, n=120, seed=32, exclude=seen)}
    third = ungdc_candidates_third(path)
    drawn = {(a, y, i) for a, y, i in first + third} | set(exclude)
    dev = {(a, y) for a, y, _ in first + third}
    for name in ("ungdc_passages.jsonl", "ungdc_passages2.jsonl", "ungdc_passages_test.jsonl"):
        gold = ROOT / "data" / "gold" / name
        for line in (gold.read_text().splitlines() if gold.exists() else []):
            if line.strip():   # (only the keys of labelled rows are read, to leave them out)
                r = json.loads(line)
                key = (r["speaker"], int(r["year"]))
                (held.add(key) if "_test" in name else drawn.add(key + (int(r["paragraph"]),)))
    pat = _country_names()
    by_speech: dict[tuple[str, int], list[int]] = {}
    for iso3, year, i, para in ungdc_paragraphs(path):
        key = (iso3, year)
        if key in held or (iso3, year, i) in drawn or not (250 <= len(para) <= 1500 and pat.search(para)):
            continue
        by_speech.setdefault(key, []).append(i)
    rng = random.Random(seed)
    again = sorted(k for k in by_speech if k in dev and k[1] >= 1990)
    fresh = sorted(k for k in by_speech if k not in dev)
    k_again = min(len(again), (2 * n) // 3)
    picks = rng.sample(again, k_again) + rng.sample(fresh, n - k_again)
    return sorted((iso3, year, rng.choice(by_speech[(iso3, year)])) for iso3, year in picks)


def ungdc_candidates_later(path: Path, seed: int) -> list[tuple[str, int, int]]:
    """
    The candidates of the later UN development sets, by seed: 34 is ``ungdc_passages3.jsonl``, 35
    ``ungdc_passages4``, ... 80 ``ungdc_passages49`` (the set's README names its seed). Each is
    :func:`ungdc_candidates_fourth`'s rule with its seed, leaving out every candidate of the draws with
    the seeds before it.
    """
    return list(_later_draw(Path(path), seed))


@lru_cache(maxsize=None)
def _later_draw(path: Path, seed: int) -> tuple[tuple[str, int, int], ...]:
    # each earlier draw is made once, not again for every later seed
    before = frozenset(x for earlier in range(34, seed) for x in _later_draw(path, earlier))
    return tuple(ungdc_candidates_fourth(path, seed=seed, exclude=before))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "out" / "metrics"))
    ap.add_argument("--dev-only", action="store_true",
                    help="leave out the held-out test sets (ag_news_test*, ungdc_passages_test)")
    ap.add_argument("--only", action="append", metavar="SET",
                    help="run only this set (its output folder's name, e.g. ungdc_passages2); repeatable")
    a = ap.parse_args()
    out = Path(a.out)
    report = []
    ag = SHARED / "ag_news" / "test.csv"
    tmp = tempfile.TemporaryDirectory()
    for gold, corpus, folder, heading in _SETS:
        if (a.dev_only and "_test" in gold) or (a.only and folder not in a.only):
            continue
        if corpus == GKG:
            if not (SHARED / GKG).exists():
                continue   # the GKG labels need ../shared/corpora/gdelt
            m = validate_cli(str(ROOT / "data" / "gold" / gold), [str(gkg_titles_corpus(SHARED / GKG, Path(tmp.name)))],
                             str(out / folder), log=lambda s: None, min_chars=1)
            report.append(_tables(heading, m))
            continue
        if corpus == "ungdc":
            if not (SHARED / UNGDC).exists() or not (ROOT / "data" / "gold" / gold).exists():
                continue   # the UN-speech labels need ../shared/corpora/ungdc
            rows = [json.loads(l) for l in (ROOT / "data" / "gold" / gold).read_text().splitlines() if l.strip()]
            refs = {(r["speaker"], int(r["year"]), int(r["paragraph"])) for r in rows}
            m = validate_cli(str(ROOT / "data" / "gold" / gold),
                             [str(ungdc_passages(refs, Path(tmp.name), SHARED / UNGDC))],
                             str(out / folder), log=lambda s: None)
            report.append(_tables(heading, m))
            continue
        if corpus is None and not ag.exists():
            continue   # the AG News labels need ../shared/corpora/ag_news
        inputs = [str(ROOT / "data" / "corpus" / corpus)] if corpus else [str(ag)]
        m = validate_cli(str(ROOT / "data" / "gold" / gold), inputs, str(out / folder),
                         assume_date=None if corpus else "2004-10-01", log=lambda s: None)
        report.append(_tables(heading, m))
    tmp.cleanup()
    text = "\n".join(report)
    (out / "report.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
