"""Hostile and broken input: never a crash, a hang, a leak or a poisoned spreadsheet."""
import bz2
import gzip
import io
import json
import lzma
import os
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.load import load

ROOT = Path(__file__).resolve().parents[1]
BODY = "Israel and Morocco signed a defence memorandum in Rabat on Wednesday, officials said."
FUZZ_STATS = {"cases": 0, "worst_seconds": 0.0}


def _balanced(stats):
    return stats.records_read == stats.articles + stats.rejects + stats.duplicates


# ---------------------------------------------------------------- compressed streams and huge records

@pytest.mark.parametrize("kind", ["gz", "bz2", "xz", "zip"])
def test_huge_single_line_is_rejected_with_its_size_without_holding_it(tmp_path, kind):
    # 64 MB of one letter compresses to kilobytes; the limit here is 1 MB
    good = (json.dumps({"id": "ok", "date": "2021-01-01", "body": BODY}) + "\n").encode()
    huge = b'{"id": "big", "body": "' + b"a" * (64 * 2 ** 20) + b'"}\n'
    data = good + huge + good.replace(b'"ok"', b'"ok2"').replace(b"Rabat", b"Tel Aviv")
    path = tmp_path / f"dump.jsonl.{kind}" if kind != "zip" else tmp_path / "dump.zip"
    if kind == "gz":
        path.write_bytes(gzip.compress(data))
    elif kind == "bz2":
        path.write_bytes(bz2.compress(data))
    elif kind == "xz":
        path.write_bytes(lzma.compress(data))
    else:
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("inner.jsonl", data)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    arts, rejects, stats = load(path, max_record_bytes=2 ** 20)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert sorted(arts["article_id"]) == ["ok", "ok2"]
    reason = rejects.iloc[0]["reason"]
    assert reason.startswith("record too large") and "1,048,576" in reason and "67,108,8" in reason
    assert grown_mb < 48, f"memory grew by {grown_mb:.0f} MB"
    assert _balanced(stats)


def test_huge_text_file_and_csv_field_are_rejected(tmp_path):
    (tmp_path / "2021-01-01 big.txt").write_bytes(b"word " * (400_000))
    (tmp_path / "big.csv").write_text("id,body,date\nx,\"" + "b" * 3_000_000 + "\",2021-01-01\n")
    arts, rejects, stats = load(tmp_path, max_record_bytes=2 ** 20)
    assert len(arts) == 0 and all(r.startswith("record too large") for r in rejects["reason"])
    assert _balanced(stats)


def test_truncated_gzip_is_a_reject_not_a_crash(tmp_path):
    data = gzip.compress(("\n".join(json.dumps({"id": f"t{i}", "date": "2021-01-01", "body": BODY + str(i)})
                                    for i in range(50)) + "\n").encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    arts, rejects, stats = load(tmp_path)
    assert "unreadable or truncated file" in rejects.iloc[-1]["reason"]
    assert _balanced(stats)


# ---------------------------------------------------------------- XML entities

def test_billion_laughs_is_not_expanded(tmp_path):
    lol = "".join(f'<!ENTITY lol{i} "{"&lol%d;" % (i - 1) * 10}">' for i in range(1, 10))
    feed = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">{lol}]>'
            f'<rss version="2.0"><channel><title>t</title><item><guid>x</guid><title>&lol9;</title>'
            f'<pubDate>Wed, 24 Nov 2021 10:00:00 GMT</pubDate><description>{BODY} &lol9;</description></item>'
            f'</channel></rss>')
    (tmp_path / "bomb.xml").write_text(feed)
    t = time.perf_counter()
    arts, rejects, stats = load(tmp_path)
    assert time.perf_counter() - t < 20
    assert len(arts) == 1 and "lollol" not in arts.iloc[0]["text"] and len(arts.iloc[0]["text"]) < 500


def test_external_entities_are_never_fetched_or_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-LOCAL-FILE")
    feed = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">'
            f'<!ENTITY web SYSTEM "http://127.0.0.1:9/x">]><rss version="2.0"><channel><title>t</title>'
            f'<item><guid>y</guid><pubDate>Wed, 24 Nov 2021 10:00:00 GMT</pubDate>'
            f'<description>{BODY} &xxe; &web;</description></item></channel></rss>')
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "xxe.rss").write_text(feed)
    (folder / "2021-11-24 page.html").write_text(
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]><html><body><article><p>{BODY}</p>'
        f'<p>&xxe; More text about the memorandum and the visit, long enough to be kept.</p></article></body></html>')
    arts, rejects, stats = load(folder)
    everything = pd.concat([arts.astype(str), rejects.astype(str)]).to_string()
    assert "TOP-SECRET" not in everything
    assert _balanced(stats)


# ---------------------------------------------------------------- folders: links, vanishing files, odd names

def test_symlink_loops_and_outside_links(tmp_path):
    inside = tmp_path / "corpus"
    (inside / "sub").mkdir(parents=True)
    outside = tmp_path / "elsewhere.jsonl"
    outside.write_text(json.dumps({"id": "out", "date": "2021-01-01", "body": BODY}) + "\n")
    (inside / "a.jsonl").write_text(json.dumps({"id": "in", "date": "2021-01-01", "body": BODY + " In."}) + "\n")
    os.symlink(inside, inside / "sub" / "loop")                 # a loop
    os.symlink(outside, inside / "link_out.jsonl")               # outside the input folder
    os.symlink(inside / "a.jsonl", inside / "sub" / "same.jsonl")  # inside: followed (and a duplicate)
    arts, rejects, stats = load(inside)
    assert list(arts["article_id"]) == ["in"]
    reasons = " | ".join(rejects["reason"])
    assert "symbolic link to a folder (not followed)" in reasons
    assert "outside the input folder (not followed)" in reasons
    assert stats.duplicates == 1 and _balanced(stats)
    arts2, _, _ = load(inside, follow_links=True)
    assert "out" in set(arts2["article_id"])


def test_file_that_vanishes_while_reading_is_a_reject(tmp_path, monkeypatch):
    import importlib
    load_mod = importlib.import_module("helpers.load")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "date": "2021-01-01", "body": BODY}) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "date": "2021-01-01", "body": BODY + " B."}) + "\n")
    real = load_mod._sha256

    def vanish(path):
        if path.name == "b.jsonl":
            path.unlink()
        return real(path)
    monkeypatch.setattr(load_mod, "_sha256", vanish)
    arts, rejects, stats = load(tmp_path)
    assert list(arts["article_id"]) == ["a"]
    assert rejects.iloc[0]["reason"] == "file vanished before it could be read"
    assert _balanced(stats)


def test_odd_file_names_are_read_and_reported_as_text(tmp_path):
    d = os.fsencode(tmp_path)
    bad = os.path.join(d, b"caf\xe9 \xff report.jsonl")  # not valid UTF-8
    with open(bad, "wb") as fh:
        fh.write((json.dumps({"id": "n1", "date": "2021-01-01", "body": BODY}) + "\n").encode())
    star = tmp_path / "[draft] *final* ?.jsonl"
    star.write_text(json.dumps({"id": "n2", "date": "2021-01-01", "body": BODY + " Two."}) + "\n")
    arts, rejects, stats = load(tmp_path)
    assert sorted(arts["article_id"]) == ["n1", "n2"]
    assert all(isinstance(s, str) and s.encode("utf-8") for s in arts["source_file"])
    arts2, _, _ = load(str(star))  # glob characters in a real name are taken literally
    assert list(arts2["article_id"]) == ["n2"]
    arts.to_parquet(tmp_path / "names.parquet")  # valid UTF-8 throughout


# ---------------------------------------------------------------- spreadsheet injection

def test_csv_output_of_a_run_neutralises_formulas(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "=1+1", "date": "2021-01-01", "headline": '=HYPERLINK("http://evil","x")',
                               "body": BODY}) + "\n")
    r = subprocess.run([sys.executable, "-m", "helpers", "analyze", str(src), "--out", str(tmp_path / "o"),
                        "--csv", "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert r.returncode == 0, r.stderr
    csv_text = (tmp_path / "o" / "articles.csv").read_text()
    assert "'=HYPERLINK" in csv_text and "'=1+1" in csv_text
    assert pd.read_parquet(tmp_path / "o" / "articles.parquet")["title"][0].startswith("=HYPERLINK")


# ---------------------------------------------------------------- property-based: arbitrary bytes, every kind

KINDS = [".jsonl", ".json", ".csv", ".tsv", ".txt", ".html", ".xml", ".parquet", ".jsonl.gz", ".zip", ".csv.bz2"]


def _mangle(kind: str, payload: bytes) -> bytes:
    """Half the time: a valid file of that kind with the payload spliced in; otherwise raw bytes."""
    if not payload or payload[0] % 2:
        return payload
    rec = {"id": "h", "date": "2021-01-01", "body": BODY + payload[:200].decode("latin-1")}
    if kind in (".jsonl", ".json", ".jsonl.gz"):
        raw = (json.dumps(rec) + "\n").encode() + payload
        return gzip.compress(raw) if kind.endswith(".gz") else raw
    if kind in (".csv", ".tsv", ".csv.bz2"):
        sep = "\t" if kind == ".tsv" else ","
        raw = f"id{sep}body{sep}date\nh{sep}\"{BODY}\"{sep}2021-01-01\n".encode() + payload
        return bz2.compress(raw) if kind.endswith(".bz2") else raw
    if kind == ".parquet":
        buf = io.BytesIO()
        pd.DataFrame([rec]).to_parquet(buf)
        data = buf.getvalue()
        cut = payload[1] % len(data) if len(payload) > 1 else len(data) // 2
        return data[:cut] + payload
    if kind == ".zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("x.jsonl", (json.dumps(rec) + "\n").encode() + payload)
        data = buf.getvalue()
        return data if payload[0] % 4 == 0 else data[: len(data) // 2]
    return f"<html><body><p>{BODY}</p>".encode() + payload


@settings(max_examples=int(os.environ.get("DYADKIT_FUZZ_EXAMPLES", 40)), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(kind=st.sampled_from(KINDS), payload=st.binary(max_size=4096))
def test_arbitrary_bytes_never_crash_and_counts_add_up(tmp_path_factory, kind, payload):
    d = tmp_path_factory.mktemp("fuzz")
    name = "2021-01-01 case" + kind
    (d / name).write_bytes(_mangle(kind, payload))
    t = time.perf_counter()
    arts, rejects, stats = load(d, detect_languages=False)
    took = time.perf_counter() - t
    FUZZ_STATS["cases"] += 1
    FUZZ_STATS["worst_seconds"] = max(FUZZ_STATS["worst_seconds"], took)
    assert _balanced(stats)
    assert stats.records_read >= 1
    assert took < 30
    assert (rejects["excerpt"].str.len() <= 200).all()


@settings(max_examples=int(os.environ.get("DYADKIT_FUZZ_CLI_EXAMPLES", 6)), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(kind=st.sampled_from(KINDS), payload=st.binary(max_size=2048))
def test_cli_on_arbitrary_bytes_exits_cleanly(tmp_path_factory, kind, payload):
    d = tmp_path_factory.mktemp("fuzzcli")
    (d / ("2021-01-01 case" + kind)).write_bytes(_mangle(kind, payload))
    r = subprocess.run([sys.executable, "-m", "helpers", "analyze", str(d), "--out", str(d / "out"), "--quiet",
                        "--no-near-dup"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert "Traceback" not in r.stderr
    if r.returncode == 0:
        m = json.loads((d / "out" / "manifest.json").read_text())
        assert m["records_read"] == m["articles"] + m["rejects"] + m["duplicates"]
    else:
        assert r.returncode == 2 and r.stderr.strip().count("\n") == 0, r.stderr


def teardown_module(module):
    out = os.environ.get("DYADKIT_FUZZ_REPORT")
    if out:
        Path(out).write_text(json.dumps(FUZZ_STATS | {
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}) + "\n")
