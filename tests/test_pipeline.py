"""The streamed run: manifest, chunking, workers, Dask, interruption, locking, CSV safety, CLI errors."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers import pipeline
from helpers.pipeline import RunError, analyze, write_csv_safe
from helpers.synthetic import make_corpus, write_jsonl

ROOT = Path(__file__).resolve().parents[1]
TABLES = ["articles", "rejects", "sentences", "mentions", "dyad_events", "article_dyads", "relations"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    df = make_corpus(40, seed=3)
    write_jsonl(df.iloc[:30], d / "a.jsonl")
    with open(d / "a.jsonl", "a") as fh:
        fh.write("{not json\n")
        fh.write(json.dumps(df.iloc[0].to_dict()) + "\n")  # an exact duplicate
    df.iloc[30:].to_csv(d / "b.csv", index=False)
    return d


def _tables(out):
    return {t: pd.read_parquet(Path(out) / f"{t}.parquet") for t in TABLES}


def _same(a, b):
    for t in TABLES:
        pd.testing.assert_frame_equal(a[t], b[t], check_dtype=False, obj=t)


def test_analyze_writes_tables_figures_and_a_balanced_manifest(corpus, tmp_path):
    m = analyze(corpus, tmp_path / "run", figures=True)
    assert m["records_read"] == 42 == m["articles"] + m["rejects"] + m["duplicates"]
    assert (m["articles"], m["rejects"], m["duplicates"]) == (40, 1, 1)
    for t in TABLES:
        assert (tmp_path / "run" / f"{t}.parquet").exists()
    assert m["figures"] and all((tmp_path / "run" / f).exists() for f in m["figures"])
    saved = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert saved["inputs"][0]["sha256"] and saved["versions"]["pandas"]
    assert set(saved["timing_seconds"]) >= {"load", "segment", "actors", "stance", "relations"}
    assert not list((tmp_path / "run").glob(".tmp-*"))


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("ref")
    analyze(corpus, out, figures=False, chunk_size=1000)
    return _tables(out)


@pytest.mark.parametrize("chunk", [1, 7])
def test_chunk_boundaries_change_nothing(corpus, tmp_path, reference, chunk):
    analyze(corpus, tmp_path, figures=False, chunk_size=chunk)
    _same(_tables(tmp_path), reference)


def test_two_workers_give_the_same_tables(corpus, tmp_path, reference):
    analyze(corpus, tmp_path, figures=False, workers=2, chunk_size=5)
    _same(_tables(tmp_path), reference)


def test_dask_local_cluster_gives_the_same_tables(corpus, tmp_path, reference):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        analyze(corpus, tmp_path, figures=False, scheduler=client, chunk_size=9)
    _same(_tables(tmp_path), reference)


def test_same_input_twice_gives_identical_tables_and_pngs(corpus, tmp_path):
    analyze(corpus, tmp_path / "one", figures=True)
    analyze(corpus, tmp_path / "two", figures=True)
    _same(_tables(tmp_path / "one"), _tables(tmp_path / "two"))
    for png in sorted((tmp_path / "one" / "figures").glob("*.png")):
        assert png.read_bytes() == (tmp_path / "two" / "figures" / png.name).read_bytes(), png.name


def test_interrupted_run_leaves_no_half_written_table(corpus, tmp_path, monkeypatch):
    out = tmp_path / "run"
    analyze(corpus, out, figures=False)
    before = {t: (out / f"{t}.parquet").read_bytes() for t in TABLES}
    calls = {"n": 0}
    real = pipeline.process_chunk

    def boom(*a, **k):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(*a, **k)
    monkeypatch.setattr(pipeline, "process_chunk", boom)
    with pytest.raises(KeyboardInterrupt):
        analyze(make_corpus_dir(tmp_path), out, figures=False, chunk_size=3)
    after = {t: (out / f"{t}.parquet").read_bytes() for t in TABLES}
    assert before == after            # the old complete run is untouched
    assert not list(out.glob(".tmp-*"))


def make_corpus_dir(tmp_path):
    d = tmp_path / "other"
    d.mkdir(exist_ok=True)
    write_jsonl(make_corpus(12, seed=9), d / "x.jsonl")
    return d


def test_second_run_on_the_same_out_refuses_while_the_first_holds_it(corpus, tmp_path):
    with pipeline._locked(tmp_path):
        with pytest.raises(RunError, match="another run is writing"):
            analyze(corpus, tmp_path, figures=False)


def test_csv_output_neutralises_formulas_but_parquet_keeps_text(tmp_path):
    df = pd.DataFrame({"title": ["=HYPERLINK(\"http://x\")", "+1", "-cmd", "@SUM(A1)", "\tx", "plain"],
                       "score": [-0.5, 0.1, 0.2, 0.3, 0.4, 0.5]})
    write_csv_safe(df, tmp_path / "t.csv")
    back = pd.read_csv(tmp_path / "t.csv")
    assert list(back["title"][:5]) == ["'=HYPERLINK(\"http://x\")", "'+1", "'-cmd", "'@SUM(A1)", "'\tx"]
    assert back["title"][5] == "plain" and back["score"][0] == -0.5


def _cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "helpers", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=600)


@pytest.mark.parametrize("command", ["stance", "actors"])
@pytest.mark.parametrize("bad", ["2020-01-11-06-01", "2020-02-30", "last Tuesday"])
def test_teaching_commands_reject_a_malformed_date_by_name(command, bad):
    # (a date pasted twice, "2020-01-11-06-01", once ended in a pandas TypeError about time zones)
    r = _cli(command, "Britain welcomed Zimbabwe's suspension.", "--date", bad)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert f"argument --date: expected a date like 2004-09-01 (or 2004, 2004-09), got '{bad}'" in r.stderr


def test_cli_missing_path_is_one_line_and_non_zero(tmp_path):
    r = _cli("analyze", str(tmp_path / "missing"), "--out", str(tmp_path / "o"), "--quiet")
    assert r.returncode != 0
    assert r.stderr.strip().count("\n") == 0 and "input not found" in r.stderr
    assert "Traceback" not in r.stderr


def test_cli_nothing_usable_is_one_line_and_non_zero(tmp_path):
    (tmp_path / "bad.jsonl").write_text("{oops\n{\"id\": 1}\n")
    r = _cli("analyze", str(tmp_path / "bad.jsonl"), "--out", str(tmp_path / "o"), "--quiet")
    assert r.returncode == 2 and "no usable article" in r.stderr and "Traceback" not in r.stderr
    assert r.stderr.strip().count("\n") == 0


def test_cli_analyze_with_rejects_exits_zero_and_writes_csv(corpus, tmp_path):
    r = _cli("analyze", str(corpus), "--out", str(tmp_path / "o"), "--csv", "--quiet")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "o" / "rejects.csv").exists() and (tmp_path / "o" / "report.md").exists()


def test_query_runs_sql_over_the_tables(corpus, tmp_path):
    from helpers.query import query
    analyze(corpus, tmp_path, figures=False)
    df = query(tmp_path, "SELECT count(*) AS n FROM articles")
    assert df["n"][0] == 40
    with pytest.raises(ValueError):
        query(tmp_path, "SELECT nope FROM articles")


def test_rerun_without_csv_removes_the_old_csv_tables(corpus, tmp_path):
    analyze(corpus, tmp_path, figures=False, csv=True)
    assert (tmp_path / "relations.csv").exists()
    analyze(corpus, tmp_path, figures=False, csv=False)
    assert not (tmp_path / "relations.csv").exists() and (tmp_path / "relations.parquet").exists()


def test_cli_run_is_the_main_job_on_the_bundled_corpus(tmp_path):
    r = _cli("run", "--out", str(tmp_path / "out"), "--quiet")
    assert r.returncode == 0, r.stderr
    out = tmp_path / "out"
    for f in TABLES + ["manifest.json", "metrics.json", "report.md", "errors.csv"]:
        assert (out / (f if "." in f else f + ".parquet")).exists(), f
    m = json.loads((out / "manifest.json").read_text())
    assert m["records_read"] == m["articles"] == 170 and len(m["figures"]) >= 5
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["stance_accuracy"] > metrics["methods"]["textblob"]["accuracy"]
