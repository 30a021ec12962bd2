"""
Load: sources -> articles, rejects.

Reads every input kind the kit accepts (JSONL, JSON arrays, CSV/TSV, Parquet,
folders of .txt and .html, RSS/Atom feeds, and any of these inside .gz, .bz2,
.xz or .zip) and turns each *record* into exactly one of:

* a row of ``articles`` (article_id, date, source, title, text, url, language,
  speaker, source_file, locator);
* a row of ``rejects`` (source_file, locator, reason, excerpt);
* a counted duplicate (same normalised text as an article already kept).

so that ``records_read == articles + rejects + duplicates`` always holds.

Records are read as streams, in sorted path order, with a size limit per
record; nothing is fetched from the network and XML entities are never
expanded.
"""
from __future__ import annotations

import bz2
import codecs
import csv
import dataclasses
import glob
import gzip
import hashlib
import html
import io
import json
import lzma
import os
import re
import unicodedata
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd

__all__ = [
    "ARTICLE_COLUMNS", "REJECT_COLUMNS", "InputError", "LoadStats", "load",
    "iter_load", "expand_inputs", "clean_wire_text", "detect_language",
    "DEFAULT_MAX_RECORD_BYTES", "DEFAULT_MIN_CHARS",
]

ARTICLE_COLUMNS = ["article_id", "date", "source", "title", "text", "url",
                   "language", "speaker", "source_file", "locator"]
REJECT_COLUMNS = ["source_file", "locator", "reason", "excerpt"]

#: Largest single record (a JSONL line, a CSV field, a text file) read, in bytes.
DEFAULT_MAX_RECORD_BYTES = 32 * 1024 * 1024
#: Shortest article text, in characters, that is worth analysing.
DEFAULT_MIN_CHARS = 40
#: Largest uncompressed size read from one member of a .zip archive.
MAX_ZIP_MEMBER_BYTES = 4 * 1024 ** 3

_ALIASES = {
    "id": "article_id", "doc_id": "article_id", "headline": "title",
    "body": "text", "content": "text", "description": "text",
    "article": "text", "published": "date", "pubdate": "date",
    "published_at": "date", "datetime": "date", "link": "url",
    "iso3": "speaker", "outlet": "source",
}
_TABULAR = {".csv", ".tsv"}
_JSON = {".jsonl", ".ndjson", ".json"}
_FEED = {".xml", ".rss", ".atom"}
_HTML = {".html", ".htm"}
_TEXT = {".txt"}
_PARQUET = {".parquet", ".pq"}
_COMPRESSED = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
_DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


class InputError(Exception):
    """A user mistake that stops the run: reported as one line, no traceback."""


@dataclasses.dataclass
class LoadStats:
    """Running counts of one load; ``records_read`` always balances."""

    records_read: int = 0
    articles: int = 0
    rejects: int = 0
    duplicates: int = 0
    non_english: int = 0
    inputs: list = dataclasses.field(default_factory=list)
    duplicate_pairs: list = dataclasses.field(default_factory=list)
    reject_reasons: dict = dataclasses.field(default_factory=dict)

    def balanced(self) -> bool:
        return self.records_read == self.articles + self.rejects + self.duplicates

    def as_dict(self) -> dict:
        return {
            "records_read": self.records_read, "articles": self.articles,
            "rejects": self.rejects, "duplicates": self.duplicates,
            "non_english": self.non_english,
            "reject_reasons": dict(sorted(self.reject_reasons.items())),
        }


@dataclasses.dataclass
class _Record:
    source_file: str
    locator: str
    fields: dict | None = None
    reason: str | None = None
    excerpt: str = ""
    kind: str = ""  # txt / html / feed / row: decides how date and title are found


# ---------------------------------------------------------------- paths

def _display(path: str | os.PathLike) -> str:
    """A path as valid UTF-8 text, whatever bytes the file system gave us."""
    s = os.fsdecode(path)
    return s.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def expand_inputs(inputs: Iterable[str | os.PathLike], *,
                  follow_links: bool = False) -> tuple[list[Path], list[_Record]]:
    """
    Expand files, folders and globs into a sorted list of files.

    Folders are read recursively in sorted order. Symbolic links to folders are
    never followed (no loops); a link to a file is followed only when its
    target lies inside the folder being read, or always with
    ``follow_links=True``. Skipped links come back as reject records.

    Raises
    ------
    InputError
        When an input names nothing that exists.
    """
    files: list[Path] = []
    skipped: list[_Record] = []
    for raw in inputs:
        raw = os.fspath(raw)
        if os.path.lexists(raw):
            matches = [raw]
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise InputError(f"no file matches {_display(raw)!r}")
        else:
            raise InputError(f"input not found: {_display(raw)}")
        for m in matches:
            p = Path(m)
            if p.is_dir() and not p.is_symlink():
                root = p.resolve()
                for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                    dirnames.sort()
                    for d in list(dirnames):
                        if os.path.islink(os.path.join(dirpath, d)):
                            skipped.append(_Record(_display(os.path.join(dirpath, d)), "file",
                                                   reason="symbolic link to a folder (not followed)"))
                    for name in sorted(filenames):
                        fp = Path(dirpath) / name
                        if name.startswith(".") or name.startswith("~$"):
                            continue  # hidden files and office lock files are not records
                        if fp.is_symlink() and not follow_links:
                            try:
                                target = fp.resolve(strict=True)
                            except (OSError, RuntimeError):
                                skipped.append(_Record(_display(fp), "file",
                                                       reason="broken or looping symbolic link"))
                                continue
                            if root not in target.parents:
                                skipped.append(_Record(_display(fp), "file",
                                                       reason="symbolic link pointing outside the input folder (not followed)"))
                                continue
                        files.append(fp)
            elif p.is_dir():
                skipped.append(_Record(_display(p), "file", reason="symbolic link to a folder (not followed)"))
            else:
                files.append(p)
    # de-duplicate while keeping order: the same file named twice is read once
    seen: set[str] = set()
    unique = []
    for f in files:
        key = os.fspath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, skipped


def _sha256(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


# ---------------------------------------------------------------- text

_APOS_DEBRIS = re.compile(r"\s?#39;(s|t|re|ve|ll|d)\b")
# an apostrophe inside a name ("O#39;Keeffe", "D#39;Alema"): the entity glued to letters on both sides
_GLUED_APOS = re.compile(r"(?<=[A-Za-z])#39;(?=[A-Za-z])")
_DEBRIS = re.compile(r"(?<![&\w])(#\d{2,4};|quot;|amp;|lt;|gt;|apos;|nbsp;)")
# a quote mark glued to the word it closes ("quot;Israeliquot; missiles"); "aliquot;" is a word
_GLUED_QUOT = re.compile(r"(?<=[A-Za-z0-9.])(?<!ali)quot;(?![a-rt-z])")
# inline HTML left in text fields ("&lt;b&gt;" once unescaped); only known tag names, so "a < b" stays
_TAG = re.compile(r"</?(?:b|i|u|em|strong|span|font|a|sup|sub|small|big|p|div|br)\b[^<>]{0,300}>", re.I)
_TAG_BREAK = re.compile(r"<(?:br\s*/?|/p|/div)>", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
# UTF-8 read as cp1252 or Latin-1 ("Putin\u00e2\u20ac\u2122s", "S\u00c3\u00a3o Paulo") or cp1252 bytes left as C1
# controls ("Iran\x92s"): the trigger for ftfy's repair, which most text never meets
_MOJIBAKE = re.compile("[\x80-\x9f]|\u00e2\u20ac|\u00c3[\u0080-\u00bf\u0152-\u2122]|\u00c2[\u00a0-\u00bf]")


_WRAP_BREAK = re.compile(r"(?<=[.!?\"'\u201d])\s*\\\s*(?=[A-Z\"\u201c(])")


#: A word split by a line break with its hyphen left in: "Ara- bia", "Emi-\nrates".
_SPLIT_WORD = re.compile(r"\b([A-Za-z]{2,})-[ \n]([a-z]{2,})\b")
_STOP_TAILS = {"and", "or", "to", "the", "a", "an", "of", "in", "on", "for", "but", "nor", "as", "by", "with"}


def clean_wire_text(text: str) -> str:
    """
    Repair the debris that wire copy and scrapers leave in text.

    Turns "Israel #39;s" into "Israel's", "quot;yes quot;" into '"yes "',
    HTML entities into characters, stray inline tags ("<b>", "</a>") into
    nothing (line-break tags into newlines), and removes control and
    zero-width characters. A backslash (AG News wraps its lines with one) is
    a line break only between a sentence's end and a capital; inside a
    sentence it is a space ("market for U.S.\\beef"), so the sentence stays whole.

    >>> clean_wire_text("Rabat #39;s envoy said quot;no quot; \\\\ again &amp; again")
    'Rabat\\'s envoy said "no " again & again'

    Mojibake (UTF-8 read as cp1252, "Putin\u00e2\u20ac\u2122s") is repaired with ftfy.

    >>> clean_wire_text("Putin\u00e2\u20ac\u2122s visit to S\u00c3\u00a3o Paulo")
    'Putin\u2019s visit to S\u00e3o Paulo'

    >>> clean_wire_text("the market for U.S.\\\\beef stays shut.\\\\The talks go on.")
    'the market for U.S. beef stays shut.\\nThe talks go on.'
    """
    if not text:
        return ""
    # each repair runs only when its trigger character is present (most clean text has none)
    if _MOJIBAKE.search(text):
        import ftfy
        text = ftfy.fixes.fix_c1_controls(ftfy.fix_encoding(text))   # (ftfy: fixes mojibake, nothing else)
    if ";" in text:
        text = _APOS_DEBRIS.sub(r"'\1", text)  # "Israel #39;s", "Laden#39;s" -> "...'s"
        text = _GLUED_APOS.sub("'", text)
        text = _GLUED_QUOT.sub('"', text)
        text = _DEBRIS.sub(lambda m: "&" + m.group(1), text)
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _TAG_BREAK.sub("\n", text)
        text = _TAG.sub("", text)
    if "\\" in text:
        text = _WRAP_BREAK.sub("\n", text).replace("\\", " ")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[ \t\xa0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    if "- " in text or "-\n" in text:
        text = _SPLIT_WORD.sub(_join_split_word, text)   # "Saudi Ara- bia" (a line-break hyphen left in)
    return text.strip()


def _join_split_word(m: re.Match) -> str:
    """Join a word a line break split ("Ara- bia", "govern- ment"); keep "pro- and anti-war"."""
    head, tail = m.group(1), m.group(2)
    from .gazetteer import english_words
    joined = head + tail
    if tail in _STOP_TAILS:
        return m.group(0)
    if joined.lower() in english_words() or (head[0].isupper() and head[1:].islower() and len(tail) >= 3
                                             and head.lower() not in english_words()):
        return joined
    return m.group(0)


def _decode(data: bytes) -> tuple[str | None, str | None]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or cp1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, "undecodable bytes (bad UTF-16)"
    if b"\x00" in data[:8192]:
        return None, "binary file (NUL bytes), not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), None
    except UnicodeDecodeError:
        return None, "undecodable bytes (neither UTF-8 nor cp1252)"


_LANG = None
# English function words: a text where they make a fifth of the words (and "the" is one) is
# English; only the rest goes to the statistical model (0.8 ms an article). On AG News, the UN
# speeches and the bundled sets (8,674 texts) the shortcut takes three in four and never disagrees with the model.
_EN_FUNCTION = frozenset(
    "the of and to in a is that for on with as by was at from it be has are said have not its an "
    "this which were their will but had would been who they or".split())
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """
    Return the ISO 639-1 code of the text's language ("en", "fr", ...).

    Uses py3langid's bundled model (offline), restricted to the languages news
    corpora usually carry; the first 2,000 characters decide. Plainly English
    text (Latin letters, and a fifth of all its words English function words,
    "the" among them) is answered without the model.

    >>> detect_language("Israel and Morocco signed a defence agreement in Rabat.")
    'en'
    """
    sample = text[:2000]
    found = _WORD.findall(sample)
    letters = "".join(found)
    if len(letters) < 20:
        return "und"
    # every word counts in the denominator, Latin or not: a Russian text quoting English is not English
    words = [w.lower() for w in found]
    if len(words) >= 20 and "the" in words and sum(map(_EN_FUNCTION.__contains__, words)) >= 0.2 * len(words) \
            and len(letters.encode("ascii", "ignore")) >= 0.9 * len(letters):
        return "en"
    global _LANG
    if _LANG is None:
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
        ident = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
        ident.set_languages(["en", "fr", "es", "de", "it", "pt", "nl", "ar", "ru",
                             "tr", "he", "fa", "zh", "ja", "uk", "pl", "id", "sv"])
        _LANG = ident
    lang, prob = _LANG.classify(sample)
    return lang if prob >= 0.5 else "und"


def _excerpt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value[:400].decode("utf-8", "replace")
    s = str(value)
    s = _CONTROL.sub("", s.replace("\n", " "))
    return s[:200]


# ---------------------------------------------------------------- readers

class _Oversize:
    def __init__(self, size: int):
        self.size = size


def _bounded_lines(fh, limit: int) -> Iterator[bytes | _Oversize]:
    """Yield lines of a binary stream; a line over ``limit`` bytes is skipped, not held."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while True:
                more = fh.readline(1 << 20)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield _Oversize(size)
            continue
        yield line


def _read_bounded(fh, limit: int) -> bytes | _Oversize:
    data = fh.read(limit + 1)
    if len(data) > limit:
        size = len(data)
        while True:
            more = fh.read(1 << 20)
            if not more:
                break
            size += len(more)
        return _Oversize(size)
    return data


def _too_big(size: int, limit: int) -> str:
    return (f"record too large: {size:,} bytes over the limit of {limit:,} bytes "
            f"(raise it with --max-record-mb)")


def _read_jsonl(fh, name: str, limit: int, array_ok: bool = False) -> Iterator[_Record]:
    head = fh.peek(64) if hasattr(fh, "peek") else b""
    if array_ok and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        data = _read_bounded(fh, limit)
        if isinstance(data, _Oversize):
            yield _Record(name, "file", reason=_too_big(data.size, limit))
            return
        text, err = _decode(data)
        try:
            items = json.loads(text) if text is not None else None
        except json.JSONDecodeError as exc:
            yield _Record(name, "file", reason=f"invalid JSON: {exc.msg} at line {exc.lineno}",
                          excerpt=_excerpt(text))
            return
        if items is None:
            yield _Record(name, "file", reason=err)
            return
        for i, item in enumerate(items, 1):
            if isinstance(item, dict):
                yield _Record(name, f"item {i}", fields=item, kind="row")
            else:
                yield _Record(name, f"item {i}", reason="JSON item is not an object",
                              excerpt=_excerpt(item))
        return
    for lineno, line in enumerate(_bounded_lines(fh, limit), 1):
        loc = f"line {lineno}"
        if isinstance(line, _Oversize):
            yield _Record(name, loc, reason=_too_big(line.size, limit))
            continue
        if not line.strip():
            continue  # blank lines are not records
        text, err = _decode(line)
        if text is None:
            yield _Record(name, loc, reason=err, excerpt=_excerpt(line))
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield _Record(name, loc, reason=f"invalid JSON: {exc.msg} (column {exc.colno})", excerpt=_excerpt(text))
            continue
        if not isinstance(obj, dict):
            yield _Record(name, loc, reason="JSON line is not an object", excerpt=_excerpt(text))
            continue
        yield _Record(name, loc, fields=obj, kind="row")


def _sniff_text_stream(fh, sample_size: int = 65536) -> tuple[io.TextIOBase | None, str | None]:
    sample = fh.peek(sample_size)[:sample_size] if hasattr(fh, "peek") else b""
    if b"\x00" in sample[:8192] and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, "binary file (NUL bytes), not text"
    encoding = "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        try:
            sample.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(sample) - 4:  # not just a character cut at the sample's end
                encoding = "cp1252"
    return io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline=""), None


def _read_csv(fh, name: str, limit: int, delimiter: str | None) -> Iterator[_Record]:
    text_fh, err = _sniff_text_stream(fh)
    if text_fh is None:
        yield _Record(name, "file", reason=err)
        return
    csv.field_size_limit(max(limit, 131072))
    first = text_fh.readline()
    if not first.strip():
        yield _Record(name, "file", reason="empty CSV file (no header)")
        return
    if delimiter is None:
        delimiter = "\t" if first.count("\t") > first.count(",") else ","
    header = next(csv.reader([first], delimiter=delimiter))
    header = [h.strip() for h in header]
    reader = csv.reader(text_fh, delimiter=delimiter)
    row_no = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            row_no += 1
            msg = str(exc)
            reason = (_too_big(limit + 1, limit) if "field larger" in msg
                      else f"malformed CSV row: {msg}")
            yield _Record(name, f"row {row_no}", reason=reason)
            continue
        row_no += 1
        if not any(cell.strip() for cell in row):
            row_no -= 1
            continue  # blank lines are not records
        if len(row) != len(header):
            yield _Record(name, f"row {row_no}",
                          reason=f"malformed CSV row: {len(row)} fields where the header has {len(header)}",
                          excerpt=_excerpt(delimiter.join(row)))
            continue
        if "\ufffd" in "".join(row):
            yield _Record(name, f"row {row_no}", reason="undecodable bytes in row",
                          excerpt=_excerpt(delimiter.join(row)))
            continue
        yield _Record(name, f"row {row_no}", fields=dict(zip(header, row)), kind="row")


def _read_parquet(source, name: str, batch_rows: int = 2048) -> Iterator[_Record]:
    import pyarrow.parquet as pq
    try:
        pf = pq.ParquetFile(source)
        batches = pf.iter_batches(batch_size=batch_rows)
        row_no = 0
        for batch in batches:
            for row in batch.to_pylist():
                row_no += 1
                yield _Record(name, f"row {row_no}", fields=row, kind="row")
    except Exception as exc:  # pyarrow raises many types for corrupt files
        yield _Record(name, "file", reason=f"unreadable Parquet file: {type(exc).__name__}: {str(exc)[:120]}")


_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*(\[.*?\])?\s*>", re.S | re.I)
_ENTITY_REF = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[A-Za-z_][\w.-]*;")


def _defuse_xml(data: bytes) -> bytes:
    """Remove DOCTYPE declarations (entity definitions, external references) and custom entity uses."""
    data = _DOCTYPE.sub(b"", data)
    return _ENTITY_REF.sub(b"", data)


def _html_to_text(fragment: str) -> str:
    if "<" not in fragment:
        return fragment
    from lxml import html as lh
    try:
        doc = lh.fromstring(f"<div>{fragment}</div>")
    except Exception:
        return re.sub(r"<[^>]+>", " ", fragment)
    for bad in doc.xpath("//script|//style|//nav|//footer"):
        bad.drop_tree()
    for br in doc.xpath("//br|//p|//li|//div"):
        br.tail = "\n" + (br.tail or "")
    return doc.text_content()


def _read_feed(data: bytes, name: str) -> Iterator[_Record]:
    import feedparser
    parsed = feedparser.parse(_defuse_xml(data))
    entries = parsed.entries
    if not entries:
        why = "not an RSS/Atom feed or no items"
        if parsed.get("bozo"):
            why += f" ({type(parsed.get('bozo_exception')).__name__})"
        yield _Record(name, "file", reason=why, excerpt=_excerpt(data))
        return
    for i, e in enumerate(entries, 1):
        content = ""
        if e.get("content"):
            content = " ".join(c.get("value", "") for c in e["content"])
        content = content or e.get("summary", "") or e.get("description", "")
        fields = {
            "article_id": e.get("id") or e.get("link") or None,
            "title": _html_to_text(e.get("title", "")),
            "text": _html_to_text(content),
            "date": e.get("published") or e.get("updated") or e.get("created"),
            "url": e.get("link", ""),
            "source": parsed.feed.get("title", ""),
        }
        yield _Record(name, f"item {i}", fields=fields, kind="feed")


def _read_html(data: bytes, name: str) -> Iterator[_Record]:
    text, err = _decode(data)
    if text is None:
        yield _Record(name, "file", reason=err)
        return
    import trafilatura
    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True,
                                          date_extraction_params={"extensive_search": False,
                                                                  "original_date": True})
    except Exception as exc:  # trafilatura fails on some broken markup
        doc = None
        err = f"{type(exc).__name__}"
    if doc is None:
        yield _Record(name, "file", reason="no article text could be extracted from the HTML"
                      + (f" ({err})" if err else ""), excerpt=_excerpt(text))
        return
    d = doc if isinstance(doc, dict) else doc.as_dict()
    fields = {"title": d.get("title") or "", "text": d.get("text") or "",
              "date": d.get("date"), "url": d.get("url") or "",
              "source": d.get("sitename") or ""}
    yield _Record(name, "file", fields=fields, kind="html")


def _read_txt(data: bytes, name: str) -> Iterator[_Record]:
    text, err = _decode(data)
    if text is None:
        yield _Record(name, "file", reason=err, excerpt=_excerpt(data))
        return
    lines = text.strip().splitlines()
    title = lines[0].strip() if lines and len(lines[0]) < 200 and len(lines) > 1 else ""
    body = "\n".join(lines[1:]) if title else text
    yield _Record(name, "file", fields={"title": title, "text": body}, kind="txt")


def _suffixes(name: str) -> tuple[str, str | None]:
    """Return (inner suffix, compression suffix or None) of a file name."""
    lower = name.lower()
    base, comp = os.path.splitext(lower)
    if comp in _COMPRESSED:
        return os.path.splitext(base)[1], comp
    return comp, None


def _read_stream(fh, name: str, inner: str, limit: int) -> Iterator[_Record]:
    """Dispatch a binary stream by its inner suffix."""
    if inner in _JSON:
        yield from _read_jsonl(io.BufferedReader(fh) if not hasattr(fh, "peek") else fh, name, limit,
                               array_ok=inner == ".json")
    elif inner in _TABULAR:
        yield from _read_csv(io.BufferedReader(fh) if not hasattr(fh, "peek") else fh, name, limit,
                             "\t" if inner == ".tsv" else None)
    elif inner in _PARQUET:
        data = _read_bounded(fh, limit * 16)
        if isinstance(data, _Oversize):
            yield _Record(name, "file", reason=_too_big(data.size, limit * 16))
        else:
            yield from _read_parquet(io.BytesIO(data), name)
    elif inner in _FEED | _HTML | _TEXT:
        data = _read_bounded(fh, limit)
        if isinstance(data, _Oversize):
            yield _Record(name, "file", reason=_too_big(data.size, limit))
        elif inner in _FEED:
            yield from _read_feed(data, name)
        elif inner in _HTML:
            yield from _read_html(data, name)
        else:
            yield from _read_txt(data, name)
    else:
        yield _Record(name, "file", reason=f"unsupported file type {inner or '(none)'!r}: "
                      "expected .jsonl, .json, .csv, .tsv, .parquet, .txt, .html, .xml/.rss/.atom")


def _iter_file(path: Path, limit: int) -> Iterator[_Record]:
    name = _display(path)
    inner, comp = _suffixes(path.name)
    try:
        if path.suffix.lower() == ".zip":
            yield from _iter_zip(path, name, limit)
            return
        if inner in _PARQUET and comp is None:
            yield from _read_parquet(str(path), name)
            return
        opener = _COMPRESSED.get(comp, open) if comp else open
        with opener(path, "rb") as fh:
            if comp:
                fh = io.BufferedReader(fh)
            yield from _read_stream(fh, name, inner, limit)
    except FileNotFoundError:
        yield _Record(name, "file", reason="file vanished before it could be read")
    except IsADirectoryError:
        yield _Record(name, "file", reason="not a regular file")
    except PermissionError:
        yield _Record(name, "file", reason="permission denied")
    except (OSError, EOFError, lzma.LZMAError, zipfile.BadZipFile) as exc:
        yield _Record(name, "file", reason=f"unreadable or truncated file: {type(exc).__name__}: {str(exc)[:120]}")


def _iter_zip(path: Path, name: str, limit: int) -> Iterator[_Record]:
    with zipfile.ZipFile(path) as zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            if info.is_dir():
                continue
            member = f"{name}!{info.filename}"
            if info.file_size > MAX_ZIP_MEMBER_BYTES:
                yield _Record(member, "file", reason=_too_big(info.file_size, MAX_ZIP_MEMBER_BYTES))
                continue
            inner, comp = _suffixes(info.filename)
            with zf.open(info) as raw:
                fh = io.BufferedReader(raw)
                if comp:
                    fh = io.BufferedReader(_COMPRESSED[comp](fh, "rb"))
                yield from _read_stream(fh, member, inner, limit)


# ---------------------------------------------------------------- normalising

def _pick(fields: dict) -> dict:
    """Lower-case keys and apply the column aliases (DESIGN.md section 4)."""
    out: dict = {}
    for k, v in fields.items():
        key = str(k).strip().lower()
        key = _ALIASES.get(key, key)
        if key == "text" and out.get("text"):
            continue  # 'body' beats 'description' when both are present
        if key not in out or out[key] in (None, ""):
            out[key] = v
    return out


def _parse_date(value: Any) -> tuple[pd.Timestamp | None, str | None]:
    # a corpus repeats its dates thousands of times; pandas takes 0.1 ms to parse one
    return _parse_date_text(value) if isinstance(value, str) else _parse_date_uncached(value)


@lru_cache(maxsize=50_000)
def _parse_date_text(value: str) -> tuple[pd.Timestamp | None, str | None]:
    return _parse_date_uncached(value)


def _parse_date_uncached(value: Any) -> tuple[pd.Timestamp | None, str | None]:
    if value is None or (isinstance(value, float) and pd.isna(value)) or str(value).strip() == "":
        return None, "missing date"
    try:
        if isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().isdigit()):
            num = int(float(value))
            if 1000 <= num <= 2999:          # a bare year (UN General Debate)
                ts = pd.Timestamp(year=num, month=1, day=1)
            elif len(str(num)) == 8:         # YYYYMMDD (GDELT SQLDATE)
                ts = pd.to_datetime(str(num), format="%Y%m%d")
            else:                            # epoch seconds
                ts = pd.Timestamp(num, unit="s")
        else:
            ts = pd.Timestamp(pd.to_datetime(str(value).strip(), utc=True, format="mixed"))
    except (ValueError, TypeError, OverflowError, pd.errors.OutOfBoundsDatetime):
        return None, f"unparseable date {str(value)[:40]!r}"
    if ts is pd.NaT or pd.isna(ts):
        return None, f"unparseable date {str(value)[:40]!r}"
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    if not 1900 <= ts.year <= 2100:
        return None, f"implausible date {str(value)[:40]!r}"
    return ts.normalize(), None


def _text_key(text: str) -> bytes:
    return hashlib.blake2b(" ".join(text.lower().split()).encode("utf-8"), digest_size=16).digest()


class _Normaliser:
    """Turn records into article rows or reject rows, keeping the dedup state."""

    def __init__(self, *, min_chars: int, assume_date: str | None, language: bool):
        self.min_chars = min_chars
        self.assume_date = _parse_date(assume_date)[0] if assume_date else None
        self.language = language
        self.seen_text: dict[bytes, str] = {}
        self.seen_ids: set[str] = set()

    def __call__(self, rec: _Record, stats: LoadStats) -> tuple[dict | None, dict | None]:
        stats.records_read += 1
        if rec.reason is not None:
            return None, self._reject(rec, rec.reason, rec.excerpt, stats)
        f = _pick(rec.fields or {})
        raw_text = f.get("text")
        if raw_text is None or (isinstance(raw_text, float) and pd.isna(raw_text)) or not str(raw_text).strip():
            return None, self._reject(rec, "missing text", f.get("title") or "", stats)
        text = clean_wire_text(str(raw_text))
        title = clean_wire_text(str(f.get("title") or "")) if f.get("title") is not None else ""
        if len(text) < self.min_chars:
            return None, self._reject(rec, f"text too short ({len(text)} < {self.min_chars} characters)",
                                      text, stats)
        date_value = f.get("date")
        if (date_value is None or str(date_value).strip() == "") and f.get("year") not in (None, ""):
            date_value = f.get("year")
        if (date_value is None or str(date_value).strip() == "") and rec.kind in ("txt", "html"):
            m = _DATE_IN_NAME.search(os.path.basename(rec.source_file))
            date_value = "-".join(m.groups()) if m else None
        date, why = _parse_date(date_value)
        if date is None and why == "missing date" and self.assume_date is not None:
            date = self.assume_date
        if date is None:
            if why == "missing date" and rec.kind == "txt":
                why = "missing date (a .txt file needs YYYY-MM-DD in its name)"
            return None, self._reject(rec, why, text, stats)
        key = _text_key(text)
        if key in self.seen_text:
            stats.duplicates += 1
            if len(stats.duplicate_pairs) < 10000:
                stats.duplicate_pairs.append((rec.source_file, rec.locator, self.seen_text[key]))
            return None, None
        speaker = f.get("speaker")
        speaker = str(speaker).strip().upper() if speaker not in (None, "") and not (
            isinstance(speaker, float) and pd.isna(speaker)) else None
        if speaker and str(date_value).strip().isdigit() and len(str(date_value).strip()) == 4:
            # a speech dated by its year alone (the UN General Debate): the debate opens in the second half
            # of September, so leaders who took office during the year are in office on the date
            date = pd.Timestamp(year=date.year, month=9, day=20)
        aid = f.get("article_id")
        if aid in (None, "") or (isinstance(aid, float) and pd.isna(aid)):
            if speaker and f.get("year") not in (None, ""):
                aid = f"ungdc-{speaker}-{f.get('year')}"
            elif set(map(str.lower, (rec.fields or {}))) == {"label", "title", "description"}:
                # the AG News CSV: ids by 0-based data row, as the bundled dev labels use
                aid = f"agnews-{int(rec.locator.split()[-1]) - 1}"
            else:
                stem = Path(rec.source_file.split("!")[-1]).stem
                aid = f"{stem}-{rec.locator.replace(' ', '')}" if rec.locator != "file" else stem
        aid = str(aid).strip()
        base, n = aid, 1
        while aid in self.seen_ids:
            n += 1
            aid = f"{base}#{n}"
        self.seen_ids.add(aid)
        self.seen_text[key] = aid
        source = f.get("source")
        if source in (None, "") or (isinstance(source, float) and pd.isna(source)):
            source = "UN General Debate" if speaker and f.get("session") not in (None, "") else \
                "AG News" if aid.startswith("agnews-") else Path(
                rec.source_file.split("!")[0]).stem
        lang = detect_language(title + "\n" + text) if self.language else "en"
        if lang not in ("en", "und"):
            stats.non_english += 1
        url = f.get("url")
        stats.articles += 1
        return {
            "article_id": aid, "date": date, "source": str(source), "title": title,
            "text": text, "url": "" if url is None or (isinstance(url, float) and pd.isna(url)) else str(url),
            "language": lang, "speaker": speaker, "source_file": rec.source_file,
            "locator": rec.locator,
        }, None

    @staticmethod
    def _reject(rec: _Record, reason: str, excerpt: Any, stats: LoadStats) -> dict:
        stats.rejects += 1
        short = re.match(r"[A-Za-z/ ]+", reason).group().strip() if re.match(r"[A-Za-z]", reason) else reason[:30]
        stats.reject_reasons[short] = stats.reject_reasons.get(short, 0) + 1
        return {"source_file": rec.source_file, "locator": rec.locator,
                "reason": reason, "excerpt": _excerpt(excerpt)}


def _articles_frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    df["date"] = pd.to_datetime(df["date"]).astype("datetime64[ns]")
    for col in ARTICLE_COLUMNS:
        if col != "date":
            df[col] = df[col].astype("object")
    return df


def _rejects_frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=REJECT_COLUMNS).astype("object")


def iter_load(inputs: Iterable[str | os.PathLike] | str | os.PathLike, *,
              chunk_size: int = 1000,
              min_chars: int = DEFAULT_MIN_CHARS,
              max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
              assume_date: str | None = None,
              follow_links: bool = False,
              detect_languages: bool = True,
              stats: LoadStats | None = None) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """
    Read inputs as a stream of (articles, rejects) chunks of at most ``chunk_size`` records.

    The same as :func:`load`, but memory stays flat: only a 16-byte hash per
    article is kept for de-duplication. Pass a :class:`LoadStats` to read the
    counts when the stream is exhausted.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    stats = stats if stats is not None else LoadStats()
    files, skipped = expand_inputs(list(inputs), follow_links=follow_links)
    norm = _Normaliser(min_chars=min_chars, assume_date=assume_date, language=detect_languages)
    arts: list[dict] = []
    rejs: list[dict] = []
    n = 0

    def records() -> Iterator[_Record]:
        yield from skipped
        for f in files:
            stats.inputs.append({"path": _display(f), "sha256": _sha256(f)})
            n = 0
            for rec in _iter_file(f, max_record_bytes):
                n += 1
                yield rec
            if n == 0:  # an empty file is still accounted for
                yield _Record(_display(f), "file", reason="empty file: no records")

    for rec in records():
        a, r = norm(rec, stats)
        if a is not None:
            arts.append(a)
        if r is not None:
            rejs.append(r)
        n += 1
        if n >= chunk_size:
            yield _articles_frame(arts), _rejects_frame(rejs)
            arts, rejs, n = [], [], 0
    if arts or rejs or n:
        yield _articles_frame(arts), _rejects_frame(rejs)


def load(inputs: Iterable[str | os.PathLike] | str | os.PathLike, *,
         min_chars: int = DEFAULT_MIN_CHARS,
         max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
         assume_date: str | None = None,
         follow_links: bool = False,
         detect_languages: bool = True) -> tuple[pd.DataFrame, pd.DataFrame, LoadStats]:
    """
    Load articles from files, folders or globs, and account for every record.

    Parameters
    ----------
    inputs : path or list of paths
        Files (.jsonl, .json, .csv, .tsv, .parquet, .txt, .html, .xml/.rss/.atom,
        optionally inside .gz/.bz2/.xz/.zip), folders (read recursively in
        sorted order) or glob patterns.
    min_chars : int, default 40
        Shorter texts are rejected as "text too short".
    max_record_bytes : int, default 32 MiB
        A larger record is rejected with its size, without being held in memory.
    assume_date : str, optional
        Date given to records that have none (e.g. AG News); records whose date
        is present but unparseable are still rejected.
    follow_links : bool, default False
        Follow symbolic links to files outside the input folder.
    detect_languages : bool, default True
        Detect each article's language offline (py3langid).

    Returns
    -------
    articles : DataFrame
        article_id, date, source, title, text, url, language, speaker,
        source_file, locator; one row per kept article.
    rejects : DataFrame
        source_file, locator, reason, excerpt (at most 200 characters).
    stats : LoadStats
        records_read = articles + rejects + duplicates, per-input sha256.

    Raises
    ------
    InputError
        When an input path does not exist or a glob matches nothing.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.jsonl").write_text(
    ...     '{"id": "x1", "published": "2021-11-24", "body": "Israel and Morocco signed a defence memorandum in Rabat."}\\n'
    ...     '{"id": "x2", "body": "no date here, but long enough to be read as text"}\\n'
    ...     '{broken\\n')
    >>> articles, rejects, stats = load(d)
    >>> articles[["article_id", "date", "language"]]
      article_id       date language
    0         x1 2021-11-24       en
    >>> list(rejects["reason"])
    ['missing date', 'invalid JSON: Expecting property name enclosed in double quotes (column 2)']
    >>> stats.records_read == stats.articles + stats.rejects + stats.duplicates
    True
    """
    stats = LoadStats()
    arts, rejs = [], []
    for a, r in iter_load(inputs, chunk_size=10_000, min_chars=min_chars,
                          max_record_bytes=max_record_bytes, assume_date=assume_date,
                          follow_links=follow_links, detect_languages=detect_languages,
                          stats=stats):
        arts.append(a)
        rejs.append(r)
    articles = pd.concat(arts, ignore_index=True) if arts else _articles_frame([])
    rejects = pd.concat(rejs, ignore_index=True) if rejs else _rejects_frame([])
    return articles, rejects, stats
