"""
Segment: articles -> sentences (and the boilerplate lines that were dropped).

Sentences keep character offsets into the article's ``text`` (or ``title``
for headline sentences), so any chart point can be traced back to the exact
characters that produced it. Boilerplate lines (share buttons, "READ MORE",
related-story teasers, cookie notices, lines repeated across many articles)
are skipped before segmentation and returned in their own table.
"""
from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter
from functools import lru_cache
from typing import Iterable

import pandas as pd

from ._paths import DATA

__all__ = ["segment", "split_boilerplate", "join_wrapped_lines", "find_repeated_lines", "line_counts", "SENTENCE_COLUMNS",
           "BOILERPLATE_COLUMNS", "line_key"]

SENTENCE_COLUMNS = ["article_id", "sentence_id", "start", "end", "text", "part"]
BOILERPLATE_COLUMNS = ["article_id", "start", "end", "text", "rule"]
_TERMINAL = tuple('.!?"\u201d\u2019\')')
#: A "READ MORE:" teaser run into the end of a paragraph ("... on Friday. READ MORE: Nigeria's naira slides").
_INLINE_MARKER = re.compile(r"(?<=[.!?\"\u201d\u2019])\s+(?=(?:READ MORE|Read more|Read More|ALSO READ|Also read|"
                            r"Also Read|SEE ALSO|See also|RELATED|Related)\s*:)")
#: A wire credit closing a paragraph: "(Reporting by Pablo Serrano in Santiago; Editing by Tom Hale)".
_INLINE_CREDIT = re.compile(r"\s*\((?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Cc]ompiling)"
                            r" by [A-Z][^()]*\)\s*$")
#: Longest line, in words, that can be a teaser headline (machine-translated body lines often lack a
#: full stop, so teasers must be short and are taken only right after a marker, at most MAX_TEASERS).
TEASER_MAX_WORDS = 12
MAX_TEASERS = 3


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, str]]:
    with open(DATA / "lexicon" / "boilerplate.csv", encoding="utf-8") as fh:
        return [(re.compile(r["pattern"], re.I), r["rule"]) for r in csv.DictReader(fh)]


#: Longest line, in characters, that an unanchored notice pattern ("subscribe", "cookies") drops whole;
#: a longer line loses only the sentences at its end that match (see :func:`_promo_tail`).
SHORT_LINE = 120
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[\"'\u201c(]?[A-Z0-9])")


def _promo_tail(line: str) -> int | None:
    """
    Where the run of notice sentences closing ``line`` starts (0: every sentence is a notice), or None
    when the sentence that closes the line is not a notice.
    """
    unanchored = [pat for pat, _ in _patterns() if not pat.pattern.startswith("^")]   # (a handful)
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(line)]
    cut = None
    for st, en in reversed(list(zip(starts, starts[1:] + [len(line)]))):
        if not any(pat.search(line[st:en]) for pat in unanchored):
            break
        cut = st
    return cut


@lru_cache(maxsize=1)
def _nlp():
    import spacy
    from ._nlp import blank_nlp
    nlp = spacy.blank("en")
    nlp.tokenizer = blank_nlp().tokenizer
    nlp.add_pipe("sentencizer")
    return nlp


def line_key(line: str) -> str:
    """Return the key under which a line counts as repeated (case and spacing folded)."""
    return hashlib.blake2b(" ".join(line.lower().split()).encode(), digest_size=8).hexdigest()


_ABBREV = {"no.", "nos.", "gen.", "mr.", "mrs.", "ms.", "dr.", "st.", "lt.", "col.", "maj.", "sgt.", "capt.",
           "sen.", "rep.", "gov.", "prof.", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
           "inc.", "co.", "corp.", "ltd.", "vs.", "v.", "u.s.", "u.n.", "u.k.", "e.u.", "adm.", "brig.",
           "cmdr.", "amb.", "pres.", "min.", "approx.", "est.", "fig.", "art.", "para.", "jr.", "sr.", "mt."}


def _merge_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Re-join sentences split after an abbreviation ("No. 2") or before a lower-case word."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            prev = text[out[-1][0]:out[-1][1]].rstrip()
            last = prev.split()[-1].lower() if prev.split() else ""
            nxt = text[s:e].lstrip()[:1]
            if last in _ABBREV or (nxt and (nxt.islower() or nxt.isdigit())):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    # 'said. "We will...' is split after the opening quote: give the quote to the next sentence
    for k in range(len(out) - 1):
        s, e = out[k]
        piece = text[s:e].rstrip()
        if len(piece) >= 2 and piece[-1] in '"\u201c' and piece[-2].isspace() and piece.count('"') % 2 == 1:
            q = s + len(piece) - 1
            out[k] = (s, q)
            out[k + 1] = (q, out[k + 1][1])
    return out


def _title_like(line: str) -> bool:
    """A headline-like line: short, no comma, no closing punctuation ("Former First Lady ... attends")."""
    words = line.split()
    return (0 < len(words) <= TEASER_MAX_WORDS and "," not in line
            and not line.rstrip().endswith(_TERMINAL))


#: A text is hard-wrapped (a printed speech, an e-mail, an old wire feed) when most of its lines
#: run on into the next one and are of a printed line's length.
WRAP_MIN_LINES = 5
WRAP_MAX_MEDIAN = 100
WRAP_MIN_SHARE = 0.5
WRAP_MIN_MEDIAN = 40
#: A line runs on only when it fills this share of the printed width (the 90th percentile line).
WRAP_FULL_SHARE = 0.75
_ITEM_START = re.compile(r"^\s*(?:[-*\u2022\u2013\u2014>]|\d{1,4}[.)\s/-]|[A-Z][A-Z .,'-]{2,}\s[-\u2013\u2014(]"
                         r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")


def join_wrapped_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """
    Join the kept lines of a hard-wrapped text into blocks that end where a sentence may end.

    Parameters
    ----------
    text : str
        The article's text.
    spans : list of (start, end)
        Kept lines, as :func:`split_boilerplate` returns them.

    Returns
    -------
    list of (start, end)
        Blocks of lines. A text is hard-wrapped when it has at least ``WRAP_MIN_LINES``
        lines, a median line of ``WRAP_MIN_MEDIAN`` to ``WRAP_MAX_MEDIAN`` characters, and at
        least ``WRAP_MIN_SHARE`` of its lines fill the printed width (``WRAP_FULL_SHARE`` of
        the 90th-percentile line) and run on, without closing punctuation, into the next.
        There a full-width line without closing punctuation runs on into the next line
        unless a blank line (a paragraph break) separates them. Elsewhere a line runs on
        only into a line that starts in lower case ("... signed a\\nmemorandum"). A line
        that opens with a bullet, a dash, a number or date, or a dateline in capitals
        ("TOKYO - ") is never joined to the line before: timelines, digests and lists keep
        their items, and a headline, date or byline (a short line) ends its block.

    >>> t = "Armed and financed by Iran, Hizbullah\\nkidnapped two soldiers.\\n\\nIsrael responded."
    >>> [t[s:e] for s, e in join_wrapped_lines(t, [(0, 37), (38, 61), (63, 80)])]
    ['Armed and financed by Iran, Hizbullah\\nkidnapped two soldiers.', 'Israel responded.']
    """
    if len(spans) < 2:
        return list(spans)
    lengths = sorted(e - s for s, e in spans)
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]   # the printed line's width
    adjacent = [text[e:s2].count("\n") == 1 and not text[e:s2].strip() for (_, e), (s2, _) in zip(spans, spans[1:])]
    runs_on = [adj and not text[s:e].rstrip().endswith(_TERMINAL + (":",))
               for (s, e), adj in zip(spans, adjacent)]
    full = [e - s >= WRAP_FULL_SHARE * width for s, e in spans]
    wrapped = len(spans) >= WRAP_MIN_LINES and WRAP_MIN_MEDIAN <= lengths[len(lengths) // 2] <= WRAP_MAX_MEDIAN \
        and sum(r and f for r, f in zip(runs_on, full)) >= WRAP_MIN_SHARE * (len(spans) - 1)
    out: list[tuple[int, int]] = [spans[0]]
    for k in range(1, len(spans)):
        s, e = spans[k]
        nxt = text[s:s + 1]
        # a full-width line runs on; a short one ends a paragraph or is a headline, a date or a byline,
        # and a bullet, a dash or a dateline in capitals opens an item of its own
        if runs_on[k - 1] and not _ITEM_START.match(text[s:e]) and (
                (wrapped and full[k - 1]) or nxt.islower()):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def split_boilerplate(text: str, *, repeated: frozenset[str] | set[str] = frozenset()
                      ) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """
    Split an article's text into kept line spans and dropped boilerplate spans.

    A line is boilerplate when it matches a pattern of
    ``data/lexicon/boilerplate.csv``, when its key is in ``repeated`` (lines
    seen in many articles of the corpus), or when it is a title-like line
    (short, no closing punctuation) right after a "READ MORE"/"Related"
    marker or another teaser. A marker run into the end of a paragraph
    ("... on Friday. READ MORE: ...") and a bracketed wire credit closing it
    ("(Reporting by ...; Editing by ...)") are cut off as their own dropped
    spans, and the paragraph before them is kept. A notice pattern that may
    match anywhere in a line ("sign up here", "use of cookies") drops a line
    of at most ``SHORT_LINE`` characters whole; from a longer line it cuts off
    only the notice sentences that close it, and a paragraph whose last
    sentence is not a notice is kept whole.

    Returns
    -------
    kept : list of (start, end)
    dropped : list of (start, end, rule)

    >>> kept, dropped = split_boilerplate("Israel and Morocco signed a deal.\\nRelated news\\n"
    ...                                   "Former First Lady of Honduras attends inauguration\\nThe deal covers drones.")
    >>> [r for _, _, r in dropped]
    ['marker', 'teaser']
    """
    kept: list[tuple[int, int]] = []
    dropped: list[tuple[int, int, str]] = []
    pos = 0
    after_marker = False
    teasers = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        line = raw.strip()
        if not line:
            continue
        s = start + (len(raw) - len(raw.lstrip()))
        e = s + len(line)
        cut_marker = False
        for tail, name in ((_INLINE_CREDIT, "credit"), (_INLINE_MARKER, "marker")):
            if (name == "credit" and not line.endswith(")")) or (name == "marker" and ":" not in line):
                continue   # (the cheap test first: this runs on every line of every article)
            m = tail.search(line)
            if m and m.start() > 0:
                # the tail of the line is boilerplate, its head is the story
                cut = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
                dropped.append((s + cut, e, name))
                line = line[:m.start()].rstrip()
                e = s + len(line)
                cut_marker = cut_marker or name == "marker"
        rule, anchored = None, False
        for pat, name in _patterns():
            if pat.search(line):
                rule, anchored = name, pat.pattern.startswith("^")
                break
        if rule is not None and len(line) > SHORT_LINE and not anchored:
            # a paragraph that only mentions a notice's words ("does not subscribe to", "join us in
            # demanding") is story; only a notice closing it ("... banking. Sign up here to receive our
            # newsletter!") is cut off
            cut = _promo_tail(line)
            if cut is None:
                rule = None
            elif cut > 0:
                dropped.append((s + cut, e, rule))
                line = line[:cut].rstrip()
                e = s + len(line)
                cut_marker, rule = True, None
        if rule is None and repeated and line_key(line) in repeated:
            rule = "repeated"
        if rule is None and after_marker and teasers < MAX_TEASERS and _title_like(line):
            rule = "teaser"
        if rule is not None:
            dropped.append((s, e, rule))
            teasers = teasers + 1 if rule == "teaser" else 0
            after_marker = rule in ("marker", "teaser", "share", "promo")
            continue
        after_marker = cut_marker   # teaser lines may follow a "READ MORE:" run into this paragraph
        teasers = 0
        kept.append((s, e))
    return kept, dropped


def line_counts(texts: Iterable[str], *, max_chars: int = 120) -> Counter:
    """Count, for each short line without closing punctuation, the texts it appears in."""
    counts: Counter = Counter()
    for text in texts:
        counts.update({line_key(l) for l in text.split("\n")
                       if 0 < len(l.strip()) <= max_chars and not l.strip().endswith(_TERMINAL)})
    return counts


def find_repeated_lines(texts: Iterable[str], *, min_articles: int = 3,
                        max_chars: int = 120) -> set[str]:
    """
    Find the short lines that recur in at least ``min_articles`` different texts.

    Only lines of at most ``max_chars`` characters without closing punctuation
    count, so that a quoted sentence syndicated across outlets is not taken for
    boilerplate. Returns the set of line keys (see :func:`line_key`).
    """
    counts: Counter = Counter()
    for text in texts:
        keys = {line_key(l) for l in text.split("\n")
                if 0 < len(l.strip()) <= max_chars and not l.strip().endswith(_TERMINAL)}
        counts.update(keys)
    return {k for k, n in counts.items() if n >= min_articles}


def segment(articles: pd.DataFrame, *, repeated: set[str] | frozenset[str] = frozenset(),
            include_titles: bool = True) -> tuple[pd.DataFrame, pd.DataFrame]:
    """
    Split articles into sentences, skipping boilerplate lines.

    Parameters
    ----------
    articles : DataFrame
        Needs article_id, text; title is used when ``include_titles``. The text is
        taken as it is: articles read by :func:`helpers.load.load` are already
        cleaned; a frame built by hand from wire copy should go through
        :func:`helpers.load.clean_wire_text` first ("Colombia#39;s", "quot;").
    repeated : set of str
        Keys of lines repeated across the corpus (:func:`find_repeated_lines`).
    include_titles : bool, default True
        Make the headline sentence 0 (``part == "title"``, offsets into title).

    Returns
    -------
    sentences : DataFrame
        article_id, sentence_id, start, end, text, part ("title" or "body");
        ``text == article.text[start:end]`` for body sentences.
    boilerplate : DataFrame
        article_id, start, end, text, rule: every line that was dropped.

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a1"], "title": ["Gantz in Rabat"],
    ...     "text": ["Israel's Gen. Benny Gantz met Mr. Loudiyi in Rabat. The U.S. welcomed it.\\nREAD MORE: other news"]})
    >>> sents, bp = segment(arts)
    >>> sents[["sentence_id", "start", "end", "text", "part"]]
       sentence_id  start  end                                              text   part
    0            0      0   14                                    Gantz in Rabat  title
    1            1      0   51  Israel's Gen. Benny Gantz met Mr. Loudiyi in Rabat.   body
    2            2     52   73                             The U.S. welcomed it.   body
    >>> bp["rule"].tolist()
    ['marker']
    """
    missing = {"article_id", "text"} - set(articles.columns)
    if missing:
        raise KeyError(f"segment needs columns {sorted(missing)} in articles")
    nlp = _nlp()
    rows: list[tuple] = []
    drops: list[tuple] = []
    line_meta: list[tuple[str, int, str]] = []
    line_texts: list[str] = []
    titles = articles["title"] if include_titles and "title" in articles else [None] * len(articles)
    for aid, text, title in zip(articles["article_id"], articles["text"], titles):
        if isinstance(title, str) and title.strip():
            t = title.strip()
            off = title.index(t)
            line_meta.append((aid, off, "title"))
            line_texts.append(t)
        kept, dropped = split_boilerplate(text or "", repeated=repeated)
        for s, e, rule in dropped:
            drops.append((aid, s, e, text[s:e], rule))
        for s, e in join_wrapped_lines(text or "", kept):
            line_meta.append((aid, s, "body"))
            # (a line break inside a joined block reads as a space; offsets stay the text's own)
            line_texts.append(text[s:e].replace("\r", " ").replace("\n", " "))
    counters: dict[str, int] = {}
    # doc.text rebuilds the string from its tokens on every access: use the line itself
    for (aid, off, part), line, doc in zip(line_meta, line_texts, nlp.pipe(line_texts, batch_size=256)):
        if part == "title":
            spans = [(0, len(line))]  # a headline is one sentence
        else:
            spans = _merge_spans(line, [(s.start_char, s.end_char) for s in doc.sents])
        for s, e in spans:
            piece = line[s:e]
            strip = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if not piece:
                continue
            sid = counters.get(aid, 0)
            counters[aid] = sid + 1
            rows.append((aid, sid, off + s + strip, off + s + strip + len(piece), piece, part))
    sentences = pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
    sentences = sentences.astype({"sentence_id": "int64", "start": "int64", "end": "int64"})
    boilerplate = pd.DataFrame(drops, columns=BOILERPLATE_COLUMNS).astype({"start": "int64", "end": "int64"})
    return sentences, boilerplate
