"""
Validate: tables + gold labels -> metrics, confusion matrices, errors.

Scores a run against hand labels (JSONL as in DESIGN.md, or a filled coding
sheet), compares the kit with the two lexicon baselines a researcher would
otherwise use (TextBlob polarity and VADER compound of the whole article),
and supports the hand-coding loop of a class: write a sheet, read it back,
and measure agreement between two coders (Cohen's kappa).
"""
from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from .stance import BASELINE_THRESHOLD, classify_score, sentiment

__all__ = ["read_gold", "score_run", "validate_cli", "write_codesheet", "read_codesheet",
           "kappa", "kappa_cli", "GoldError", "LABELS", "confusion", "bootstrap_ci", "fit_from_gold"]

LABELS = ("cooperative", "hostile", "neutral", "mixed")
_SCORED = ("cooperative", "hostile")
_CODE = re.compile(r"^[A-Z][A-Z0-9_]{1,11}$")
N_BOOT = 1000


class GoldError(ValueError):
    """Gold labels that cannot be used at all."""


def _valid_code(c: str) -> bool:
    from .gazetteer import HISTORIC_CODES, ORG_CODES
    if not isinstance(c, str) or not _CODE.match(c):
        return False
    if c in ORG_CODES or c in HISTORIC_CODES:
        return True
    import pycountry
    return len(c) == 3 and (pycountry.countries.get(alpha_3=c) is not None or c in {"XKX", "ESH", "PSE"})


#: Codes a hand coder may use for an actor the kit codes otherwise: the Shining Path by its Spanish name,
#: the World Bank spelled out, the Pakistani Taliban (coded TALIBAN, as the codebook codes a movement's
#: splinter groups).
GOLD_CODE_SYNONYMS = {"SENDERO": "SHININGPATH", "WORLDBANK": "WB", "TTP": "TALIBAN",
                      # the kit codes the Organization of African Unity (1963-2002) as its successor
                      "OAU": "AU"}


def _pair_key(key: str) -> tuple[str, str] | None:
    parts = [GOLD_CODE_SYNONYMS.get(p.strip().upper(), p.strip().upper()) for p in str(key).split("-")]
    if len(parts) != 2 or not all(parts) or parts[0] == parts[1]:
        return None
    return tuple(sorted(parts))


def read_gold(path: str | os.PathLike) -> tuple[dict, list[str]]:
    """
    Read gold labels from JSONL or a filled coding sheet (CSV).

    Returns
    -------
    gold : dict
        article_id -> {"actors": set, "not_actors": set, "dyads": {(a, b): label}, "mentions": list}.
        A JSONL line without an ``actors`` field labels its pairs only (a probe
        item coded for one pair); it also gets ``"actors_unlabelled": True`` and
        :func:`score_run` leaves it out of the actor figures.
    problems : list of str
        One line per bad row ("line 7: unknown label 'hostle' for DZA-MAR"),
        never skipped silently.

    Raises
    ------
    GoldError
        When the file is missing or no usable row remains.
    """
    path = Path(path)
    if not path.exists():
        raise GoldError(f"gold file not found: {path}")
    if path.suffix.lower() == ".csv":
        gold, problems = read_codesheet(path)
    else:
        gold, problems = {}, []
        for i, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"line {i}: invalid JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict) or not obj.get("article_id"):
                problems.append(f"line {i}: no article_id")
                continue
            aid = str(obj["article_id"])
            entry = {"actors": set(), "not_actors": set(), "dyads": {}, "mentions": obj.get("mentions") or []}
            if "actors" not in obj:
                # a pair-only label (a probe item coded for one pair): its actors are not scored
                entry["actors_unlabelled"] = True
            for field in ("actors", "not_actors"):
                for c in obj.get(field) or []:
                    c = GOLD_CODE_SYNONYMS.get(c, c)
                    if _valid_code(c):
                        entry[field].add(c)
                    else:
                        problems.append(f"line {i}: unknown code {c!r} in {field}")
            for k, v in (obj.get("dyads") or {}).items():
                pk = _pair_key(k)
                if pk is None or not all(_valid_code(c) for c in pk):
                    problems.append(f"line {i}: bad pair {k!r} (two codes joined by '-')")
                elif v not in LABELS:
                    problems.append(f"line {i}: unknown label {v!r} for {k} (use {', '.join(LABELS)})")
                else:
                    entry["dyads"][pk] = v
            if aid in gold:
                problems.append(f"line {i}: article_id {aid} labelled twice; the later line is used")
            gold[aid] = entry
    if not gold:
        raise GoldError(f"no usable gold label in {path}" + (f": {problems[0]}" if problems else ""))
    return gold, problems


def bootstrap_ci(values: np.ndarray, *, n_boot: int = N_BOOT, seed: int = 0) -> tuple[float, float]:
    """95% percentile interval of the mean of ``values`` (resampling items)."""
    values = np.asarray(values, float)
    if len(values) == 0:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    means = values[rng.integers(0, len(values), size=(n_boot, len(values)))].mean(axis=1)
    lo, hi = np.percentile(means, [2.5, 97.5])
    return (round(float(lo), 4), round(float(hi), 4))


def _bootstrap_stat(n: int, stat, *, n_boot: int = N_BOOT, seed: int = 0) -> tuple[float, float]:
    """95% percentile interval of ``stat(indices)`` over ``n_boot`` resamples of ``n`` items."""
    if n == 0:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    vals = [stat(rng.integers(0, n, size=n)) for _ in range(n_boot)]
    lo, hi = np.nanpercentile(vals, [2.5, 97.5])
    return (round(float(lo), 4), round(float(hi), 4))


def confusion(gold: list[str], pred: list[str], labels=("cooperative", "hostile", "neutral")) -> pd.DataFrame:
    """Confusion matrix as a DataFrame (rows gold, columns predicted)."""
    m = pd.DataFrame(0, index=list(labels), columns=list(labels))
    for g, p in zip(gold, pred):
        if g in m.index and p in m.columns:
            m.loc[g, p] += 1
    return m


def _macro_f1(gold: list[str], pred: list[str], labels=("cooperative", "hostile", "neutral")) -> float:
    f1s = []
    for lab in labels:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return float(np.mean(f1s))


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if tp and (p + r) else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn,
            "n_gold": tp + fn, "n_predicted": tp + fp}


def _article_sentiment(articles: pd.DataFrame) -> dict:
    out = {}
    for aid, title, text in zip(articles["article_id"], articles["title"], articles["text"]):
        out[aid] = sentiment(f"{title}\n{text}" if title else text)
    return out


def score_run(gold_path, tables: dict[str, pd.DataFrame], out: str | os.PathLike | None = None, *,
              min_confidence: float = 0.6) -> dict:
    """
    Score a run's tables against gold labels and write the evidence of the score.

    Parameters
    ----------
    gold_path : path
        JSONL gold or a filled coding sheet.
    tables : dict of DataFrame
        articles, sentences, mentions, dyad_events, article_dyads of the run.
    out : path, optional
        Where to write confusion_<method>.png, errors.csv and gold_pairs.csv
        (every gold pair with each method's label and score).

    Returns
    -------
    dict
        metrics: actor_recall, actor_precision, actors (overall and per kind,
        false actors on not_actors, ``unscored_codes``: organisation codes the
        kit named late (``gazetteer.LATE_ORG_CODES``) that it found, left out of
        precision when the gold file uses none of them, and the armed groups of
        ``gazetteer.NEWER_ORG_CODES`` whenever it does not use them), stance_accuracy (cooperative/hostile
        pairs), macro_f1 (three classes), methods (textblob, vader, combined),
        each with a 95% bootstrap interval and its counts, gold_problems and
        gold ids without an article.
    """
    gold, problems = read_gold(gold_path) if not isinstance(gold_path, tuple) else gold_path
    arts = tables["articles"]
    ids = set(arts["article_id"])
    missing = sorted(set(gold) - ids)
    gold = {k: v for k, v in gold.items() if k in ids}
    if not gold:
        raise GoldError("no gold article_id matches an article of the run "
                        f"(e.g. {missing[:3]}); check the ids or the --articles inputs")
    men = tables["mentions"]
    men = men[men["confidence"] >= min_confidence]
    pred_actors = men.groupby("article_id")["country"].agg(set).to_dict() if len(men) else {}
    # an organisation the kit named only after the gold sets were made is not scored in a gold file
    # made without those codes (it uses none of gazetteer.LATE_ORG_CODES): its coder had no such code
    from .gazetteer import LATE_ORG_CODES, NEWER_BODY_CODES, NEWER_ORG_CODES
    used = {c for g in gold.values() for c in g["actors"] | g["not_actors"]}
    newer = NEWER_ORG_CODES | NEWER_BODY_CODES
    older = LATE_ORG_CODES - newer
    unscored = sorted({c for p in pred_actors.values() for c in p
                       if (c in older and not used & older) or (c in newer and c not in used)})
    if unscored:
        pred_actors = {a: {c for c in p if c not in unscored} for a, p in pred_actors.items()}
    # actors: article-level sets
    tp = fp = fn = 0
    false_on_not = 0
    n_not = 0
    per_article_recall = []
    actor_gold = {a: g for a, g in gold.items() if not g.get("actors_unlabelled")}
    for aid, g in actor_gold.items():
        p = pred_actors.get(aid, set())
        tp += len(p & g["actors"])
        fp += len(p - g["actors"])
        fn += len(g["actors"] - p)
        false_on_not += len(p & g["not_actors"])
        n_not += len(g["not_actors"])
        if g["actors"]:
            per_article_recall.append(len(p & g["actors"]) / len(g["actors"]))
    actors = {"overall": _prf(tp, fp, fn),
              "false_actors_on_not_actors": false_on_not, "not_actor_labels": n_not,
              "unscored_codes": unscored}
    # intervals over articles (the unit that was sampled)
    per = [(len(pred_actors.get(a, set()) & g["actors"]), len(pred_actors.get(a, set()) - g["actors"]),
            len(g["actors"] - pred_actors.get(a, set()))) for a, g in actor_gold.items()]
    arr = np.array(per, float).reshape(-1, 3)

    def _p(ix):
        t = arr[ix].sum(axis=0)
        return t[0] / (t[0] + t[1]) if t[0] + t[1] else np.nan

    def _f(ix):
        t = arr[ix].sum(axis=0)
        return 2 * t[0] / (2 * t[0] + t[1] + t[2]) if t[0] else 0.0
    actors["overall"]["precision_ci"] = _bootstrap_stat(len(arr), _p)
    actors["overall"]["f1_ci"] = _bootstrap_stat(len(arr), _f)
    # per kind: recall over gold mentions, precision over predicted mentions of that kind
    kinds = {}
    gm = [(aid, m) for aid, g in actor_gold.items() for m in g["mentions"] if isinstance(m, dict)]
    for kind in ("country", "capital", "city", "demonym", "person", "organization", "role"):
        gk = [(aid, m) for aid, m in gm if m.get("kind") == kind]
        found = 0
        for aid, m in gk:
            am = men[(men["article_id"] == aid) & (men["country"] == m.get("country"))]
            surf = str(m.get("surface", "")).lower()
            # found when a mention of that country is of that kind or has that surface
            found += bool(((am["kind"] == kind) | am["surface"].str.lower().eq(surf)
                           | am["surface"].str.lower().str.contains(surf, regex=False)).any()) if surf else bool(
                (am["kind"] == kind).any())
        pk = men[(men["kind"] == kind) & men["article_id"].isin(list(actor_gold)) & ~men["country"].isin(unscored)]
        correct = sum(c in gold[a]["actors"] for a, c in zip(pk["article_id"], pk["country"]))
        kinds[kind] = {"recall": round(found / len(gk), 4) if gk else None, "n_gold_mentions": len(gk),
                       "precision": round(correct / len(pk), 4) if len(pk) else None,
                       "n_predicted_mentions": int(len(pk))}
    actors["per_kind"] = kinds
    # stance
    ad = tables["article_dyads"]
    kit = {(a, (x, y)): (s, sc) for a, x, y, s, sc in
           zip(ad["article_id"], ad["country_a"], ad["country_b"], ad["stance"], ad["score"])} if len(ad) else {}
    sent = _article_sentiment(arts[arts["article_id"].isin(list(gold))])
    rows = []
    for aid, g in sorted(gold.items()):
        for pair, label in sorted(g["dyads"].items()):
            stance, score = kit.get((aid, pair), ("neutral", 0.0))
            tb, vd = sent.get(aid, (0.0, 0.0))
            rows.append({"article_id": aid, "pair": f"{pair[0]}-{pair[1]}", "gold": label,
                         "combined": stance, "combined_score": score,
                         "textblob": classify_score(tb, BASELINE_THRESHOLD), "textblob_score": round(tb, 4),
                         "vader": classify_score(vd, BASELINE_THRESHOLD), "vader_score": round(vd, 4)})
    pairs = pd.DataFrame(rows, columns=["article_id", "pair", "gold", "combined", "combined_score", "textblob",
                                        "textblob_score", "vader", "vader_score"])
    scored = pairs[pairs["gold"].isin(_SCORED)]
    three = pairs[pairs["gold"].isin(("cooperative", "hostile", "neutral"))]
    methods = {}
    for name in ("textblob", "vader", "combined"):
        correct = (scored[name] == scored["gold"]).to_numpy(float)
        g3, p3 = list(three["gold"]), list(three[name])
        methods[name] = {"accuracy": round(float(correct.mean()), 4) if len(correct) else float("nan"),
                         "ci": bootstrap_ci(correct), "n": int(len(correct)),
                         "macro_f1": round(_macro_f1(g3, p3), 4),
                         "macro_f1_ci": _bootstrap_stat(len(g3), lambda ix: _macro_f1([g3[i] for i in ix],
                                                                                     [p3[i] for i in ix]), n_boot=300),
                         "confusion": confusion(list(three["gold"]), list(three[name])).to_dict(orient="index")}
    metrics = {
        "actor_recall": actors["overall"]["recall"], "actor_precision": actors["overall"]["precision"],
        "actor_f1": actors["overall"]["f1"],
        "actor_recall_ci": bootstrap_ci(np.array(per_article_recall)),
        "actors": actors,
        "stance_accuracy": methods["combined"]["accuracy"], "stance_accuracy_ci": methods["combined"]["ci"],
        "macro_f1": methods["combined"]["macro_f1"], "macro_f1_ci": methods["combined"]["macro_f1_ci"],
        "actor_precision_ci": actors["overall"]["precision_ci"],
        "n_pairs": {"cooperative_or_hostile": int(len(scored)), "three_class": int(len(three)),
                    "mixed_not_scored": int((pairs["gold"] == "mixed").sum())},
        "n_articles": len(gold),
        "methods": methods,
        "gold_problems": problems,
        "gold_ids_without_article": missing,
    }
    if out is not None:
        from . import charts
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        for name in ("textblob", "vader", "combined"):
            m = confusion(list(three["gold"]), list(three[name]))
            charts.save(charts.plot_confusion(m, title=f"Stance: {name} vs gold (n = {len(three)} pairs)"),
                        out / f"confusion_{name}.png")
        _errors(pairs, tables.get("dyad_events"), tables.get("article_dyads")).to_csv(out / "errors.csv", index=False)
        pairs.to_csv(out / "gold_pairs.csv", index=False)
    return metrics


def _errors(pairs: pd.DataFrame, events: pd.DataFrame | None, ad: pd.DataFrame | None = None) -> pd.DataFrame:
    wrong = pairs[(pairs["gold"] != pairs["combined"]) & (pairs["gold"] != "mixed")].copy()
    basis = {}
    if ad is not None and len(ad) and "basis" in ad:
        basis = {(x, f"{a}-{b}"): (k, (sc, vd, cu)) for x, a, b, k, sc, vd, cu in zip(
            ad["article_id"], ad["country_a"], ad["country_b"], ad["basis"], ad["score"], ad["vader_compound"],
            ad["cues"] if "cues" in ad else [""] * len(ad))}
    ev_text = []
    for aid, pair in zip(wrong["article_id"], wrong["pair"]):
        a, b = pair.split("-")
        k, v = basis.get((aid, pair), (None, None))
        head = []
        if k == "article tone":
            sc, vd, cu = v
            what = f"their cues ({str(cu).removeprefix('tone: ')})" if cu else f"VADER {vd:+.2f}"
            head = [f"[article tone {sc:+.2f}: no cue links them; read from the title and the sentences naming "
                    f"{a} or {b}, {what}]"]
        elif k == "no state act":
            head = [f"[no state act: {a} or {b} is named only as a place or a private person's nationality]"]
        elif k == "listed together":
            head = [f"[listed together: no cue links them and {a} and {b} are named only side by side in a list "
                    f"or a comparison]"]
        elif k in ("allies", "rivals", "speaker and the UN"):
            head = [f"[{k}: no cue links them; the score is that standing relation's ({v[2]})]"]
        elif k == "mediator":
            head = [f"[mediator: no cue links them; one of the two mediates in the story ({v[2]})]"]
        elif k is None:
            head = ["[the kit names one of the two states nowhere in the article]"]
        if events is None or not len(events):
            ev_text.append(" | ".join(head))
            continue
        e = events[(events["article_id"] == aid) & (((events["source"] == a) & (events["target"] == b)) |
                                                    ((events["source"] == b) & (events["target"] == a)))]
        ev_text.append(" | ".join(head + [f"[{s}->{t} {c or 'no cue'} {sc:+.2f}] {x}" for s, t, c, sc, x in
                                          zip(e["source"], e["target"], e["cue"], e["score"], e["sentence"])]))
    wrong["evidence"] = ev_text
    # worst first: confident predictions of the opposite polarity
    opposite = ((wrong["gold"] == "cooperative") & (wrong["combined"] == "hostile")) | (
        (wrong["gold"] == "hostile") & (wrong["combined"] == "cooperative"))
    wrong["_k1"] = ~opposite
    wrong["_k2"] = -wrong["combined_score"].abs()
    return wrong.sort_values(["_k1", "_k2", "article_id", "pair"]).drop(columns=["_k1", "_k2"])


def validate_cli(gold: str, articles: list[str], out: str, *, assume_date: str | None = None,
                 log: Callable[[str], None] = print, min_chars: int | None = None) -> dict:
    """Run the pipeline on the articles, score it against the gold, write everything to ``out``.

    ``min_chars`` overrides the loader's shortest text (a corpus of headlines only needs less).
    """
    from .pipeline import analyze
    _, problems = read_gold(gold)
    for p in problems[:20]:
        log(f"gold: {p}")
    if len(problems) > 20:
        log(f"gold: ... and {len(problems) - 20} more problems (all in metrics.json)")
    # every labelled article is scored: syndicated copies are not collapsed when validating
    extra = {} if min_chars is None else {"min_chars": min_chars}
    analyze(articles, out, assume_date=assume_date, progress=False, figures=False, near_dup=None, **extra)
    tables = {n: pd.read_parquet(Path(out) / f"{n}.parquet") for n in
              ("articles", "sentences", "mentions", "dyad_events", "article_dyads")}
    metrics = score_run(gold, tables, out)
    if metrics["gold_ids_without_article"]:
        log(f"gold: {len(metrics['gold_ids_without_article'])} labelled article ids match no article, e.g. "
            f"{metrics['gold_ids_without_article'][:3]}")
    (Path(out) / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    return metrics


# ------------------------------------------------------------------ hand-coding loop

SHEET_HEADER = [
    "# Hand-coding sheet (dyadkit). Label each row by docs/CODEBOOK.md.",
    "# Fill the 'label' column with one of: cooperative, hostile, neutral, mixed.",
    "# Leave a row's label empty only if the pair is not two actors (then write 'not_actors' in note).",
    "# Do not change article_id or pair. Lines starting with # are ignored.",
]
SHEET_COLUMNS = ["article_id", "pair", "title", "evidence", "kit_guess", "label", "note"]


def write_codesheet(inputs, out: str | os.PathLike, *, show_guess: bool = False,
                    assume_date: str | None = None) -> int:
    """
    Write a CSV sheet a student fills in: one row per article pair with its evidence.

    The kit's guess is hidden unless ``show_guess`` (coders should label blind).
    Returns the number of rows written.
    """
    from .actors import find_mentions
    from .load import load
    from .pipeline import write_csv_safe
    from .segment import segment
    from .stance import article_dyads, find_events
    arts, _, _ = load(inputs, assume_date=assume_date)
    if not len(arts):
        raise ValueError("no article could be read for the coding sheet")
    sents, _ = segment(arts)
    men = find_mentions(sents, arts)
    ev = find_events(sents, men, arts)
    ad = article_dyads(ev)
    rows = []
    titles = dict(zip(arts["article_id"], arts["title"]))
    for _, r in ad.sort_values(["article_id", "country_a", "country_b"]).iterrows():
        e = ev[(ev["article_id"] == r["article_id"]) &
               (((ev["source"] == r["country_a"]) & (ev["target"] == r["country_b"])) |
                ((ev["source"] == r["country_b"]) & (ev["target"] == r["country_a"])))]
        evidence = " | ".join(dict.fromkeys(e["sentence"]))
        rows.append({"article_id": r["article_id"], "pair": f"{r['country_a']}-{r['country_b']}",
                     "title": titles.get(r["article_id"], ""), "evidence": evidence[:2000],
                     "kit_guess": r["stance"] if show_guess else "", "label": "", "note": ""})
    out = Path(out)
    tmp = out.with_suffix(".tmp")
    write_csv_safe(pd.DataFrame(rows, columns=SHEET_COLUMNS), tmp)
    body = tmp.read_text()
    out.write_text("\n".join(SHEET_HEADER) + "\n" + body)
    tmp.unlink()
    return len(rows)


def read_codesheet(path: str | os.PathLike) -> tuple[dict, list[str]]:
    """
    Read a filled coding sheet as gold labels; bad rows are reported with their line number.

    Returns the same (gold, problems) as :func:`read_gold`.
    """
    gold: dict = {}
    problems: list[str] = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        lines = fh.read().splitlines()
    data = [(i, l) for i, l in enumerate(lines, 1) if not l.startswith("#")]
    if not data:
        raise GoldError(f"the coding sheet {path} has no header row")
    reader = csv.reader([l for _, l in data])
    header = next(reader)
    need = {"article_id", "pair", "label"}
    if not need <= set(header):
        raise GoldError(f"the coding sheet {path} needs columns {sorted(need)}; it has {header}")
    idx = {h: j for j, h in enumerate(header)}
    for (lineno, _), row in zip(data[1:], reader):
        if not any(c.strip() for c in row):
            problems.append(f"line {lineno}: empty row")
            continue
        get = lambda k: row[idx[k]].strip() if idx[k] < len(row) else ""  # noqa: E731
        aid, pair, label = get("article_id").lstrip("'"), get("pair"), get("label").lower()
        if not aid:
            problems.append(f"line {lineno}: no article_id")
            continue
        pk = _pair_key(pair)
        if pk is None or not all(_valid_code(c) for c in pk):
            problems.append(f"line {lineno}: bad pair {pair!r} (two codes joined by '-')")
            continue
        entry = gold.setdefault(aid, {"actors": set(), "not_actors": set(), "dyads": {}, "mentions": []})
        if not label:
            problems.append(f"line {lineno}: no label for {aid} {pair}")
            continue
        if label not in LABELS:
            problems.append(f"line {lineno}: unknown label {label!r} for {aid} {pair} (use {', '.join(LABELS)})")
            continue
        entry["dyads"][pk] = label
        entry["actors"].update(pk)
    return gold, problems


def kappa(sheet_a: str | os.PathLike, sheet_b: str | os.PathLike) -> tuple[float, pd.DataFrame, int]:
    """
    Cohen's kappa between two coders' labels over the pairs both labelled.

    Each input is a filled coding sheet (CSV) or gold labels (JSONL), so a
    class's sheets and the kit's gold files compare the same way.

    Returns (kappa, disagreements as a DataFrame, number of pairs compared).
    """
    from sklearn.metrics import cohen_kappa_score
    ga, _ = read_gold(sheet_a)
    gb, _ = read_gold(sheet_b)
    rows = []
    for aid in sorted(set(ga) & set(gb)):
        for pair in sorted(set(ga[aid]["dyads"]) & set(gb[aid]["dyads"])):
            rows.append((aid, f"{pair[0]}-{pair[1]}", ga[aid]["dyads"][pair], gb[aid]["dyads"][pair]))
    df = pd.DataFrame(rows, columns=["article_id", "pair", "coder_a", "coder_b"])
    if len(df) < 2:
        raise ValueError("fewer than two pairs labelled by both coders: nothing to compare")
    k = float(cohen_kappa_score(df["coder_a"], df["coder_b"]))
    return round(k, 4), df[df["coder_a"] != df["coder_b"]].reset_index(drop=True), len(df)


def kappa_cli(a: str, b: str) -> str:
    k, dis, n = kappa(a, b)
    lines = [f"Cohen's kappa = {k:.3f} over {n} pairs labelled by both coders; {len(dis)} disagreements"]
    for r in dis.itertuples():
        lines.append(f"  {r.article_id} {r.pair}: {r.coder_a} vs {r.coder_b}")
    return "\n".join(lines)


def _gold_features(gold_path, ev: pd.DataFrame, ad: pd.DataFrame | None = None) -> tuple[list, list, list]:
    """
    Features of gold pairs: (cued features, their labels, [(tone, label)] of pairs no cue links).

    The tone of an uncued pair is its ``article_dyads`` score (the passages
    about the pair, :func:`helpers.stance.passage_score`) when ``ad`` is given,
    else the mean VADER of its sentences in ``ev``.
    """
    gold, _ = read_gold(gold_path)
    tone = {}
    if ad is not None and len(ad):
        tone = {(x, a, b): v for x, a, b, v, k in zip(ad["article_id"], ad["country_a"], ad["country_b"],
                                                       ad["score"], ad["basis"]) if k == "article tone"}
    feats, labels, nocue = [], [], []
    for aid, g in gold.items():
        for (a, b), lab in g["dyads"].items():
            if lab == "mixed":
                continue
            e = ev[(ev["article_id"] == aid) & (((ev["source"] == a) & (ev["target"] == b)) |
                                                ((ev["source"] == b) & (ev["target"] == a)))]
            cued = e[e["event_class"] != "neutral"]
            if len(cued) and lab in _SCORED:
                feats.append({"cue": float(cued["intensity"].mean() / 10),
                              "vader": float(cued["vader_compound"].mean()),
                              "textblob": float(cued["textblob_polarity"].mean())})
                labels.append(lab)
            elif not len(cued) and (aid, a, b) in tone:
                nocue.append((float(tone[(aid, a, b)]), lab))
            elif not len(cued) and len(e) and not tone:
                nocue.append((float(e["vader_compound"].mean()), lab))
    return feats, labels, nocue


#: Thresholds tried for the tone of pairs that no cue links.
TONE_THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)


def fit_from_gold(gold_path, tables: dict[str, pd.DataFrame] | None = None, *,
                  sets: list[tuple] | None = None) -> dict:
    """
    Fit the stance score weights on gold article pairs (see :func:`helpers.stance.fit_weights`).

    Pairs with a cued sentence fit (cue, vader, textblob). Pairs that no cue
    links fit ``tone_threshold``: the |VADER| their passages' tone needs to
    leave neutral, chosen among :data:`TONE_THRESHOLDS` by accuracy over the
    cooperative and hostile gold pairs; among thresholds within one point of
    the best, the highest wins, so that the kit keeps as many neutral calls
    as it can without losing accuracy.

    Parameters
    ----------
    gold_path : path or None
        One gold file, scored against ``tables["dyad_events"]`` (and
        ``tables["article_dyads"]`` when present).
    sets : list of (gold_path, dyad_events[, article_dyads]), optional
        Several gold sets pooled into one fit (e.g. the bundled gold and the
        AG News development labels).
    """
    from .stance import fit_weights
    pairs = [tuple(x) + (None,) * (3 - len(x)) for x in (sets or [])]
    if gold_path is not None:
        pairs.append((gold_path, tables["dyad_events"], tables.get("article_dyads")))
    feats, labels, nocue = [], [], []
    for gp, ev, ad in pairs:
        f, lab, nc = _gold_features(gp, ev, ad)
        feats += f
        labels += lab
        nocue += nc
    out = fit_weights(pd.DataFrame(feats), pd.Series(labels))
    polar = [(v, lab) for v, lab in nocue if lab in _SCORED]
    acc = {t: (float(np.mean([classify_score(v, t) == lab for v, lab in polar])) if polar else 0.0)
           for t in TONE_THRESHOLDS}
    best_acc = max(acc.values())
    tone_t = max(t for t, x in acc.items() if x >= best_acc - 0.01)
    three = [lab for _, lab in nocue]
    mf1 = _macro_f1(three, [classify_score(v, tone_t) for v, _ in nocue]) if nocue else 0.0
    return out | {"no_cue_vader": 1.0, "tone_threshold": tone_t, "n_pairs": len(labels),
                  "n_no_cue_pairs": len(nocue), "no_cue_accuracy": round(acc[tone_t], 4),
                  "no_cue_macro_f1": round(mf1, 4)}
