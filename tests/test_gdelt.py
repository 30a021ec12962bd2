"""GDELT import: column mapping, accounting, 1.0 and 2.0 files, format errors."""
import gzip
import json
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from helpers.gdelt import GdeltFormatError, import_gdelt, read_gdelt

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "gdelt"


def _row(n_cols, eid, a1, a2, quad=1, gold="3.4", tone="2.5", date="20201113", code="042", url="https://e.org/x"):
    f = [""] * n_cols
    f[0], f[1], f[7], f[17], f[26], f[29], f[30], f[31], f[33], f[34] = (
        str(eid), date, a1, a2, code, str(quad), gold, "5", "3", tone)
    if n_cols in (58, 61):
        f[-1] = url
    return "\t".join(f)


def _write(path, lines, compress=None):
    data = "\n".join(lines) + "\n"
    if compress == "gz":
        path.write_bytes(gzip.compress(data.encode()))
    elif compress == "zip":
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("events.CSV", data)
    else:
        path.write_text(data)
    return path


@pytest.mark.parametrize(("n_cols", "version", "compress", "name"), [
    (61, "2.0", None, "e.export.CSV"), (58, "1.0", None, "20050101.export.CSV"),
    (57, "1.0", "gz", "old.csv.gz"), (61, "2.0", "zip", "e.export.CSV.zip")])
def test_read_gdelt_maps_columns_and_accounts_for_every_row(tmp_path, n_cols, version, compress, name):
    lines = [_row(n_cols, 1, "MAR", "DZA", quad=4, gold="-10.0", code="190"),
             _row(n_cols, 2, "ROM", "ISR", quad=1, gold="3.4"),
             _row(n_cols, 3, "AFR", "USA", quad=2, gold="7.4"),
             _row(n_cols, 4, "", "USA"),
             _row(n_cols, 5, "USA", "USA"),
             "\t".join(["6", "bad"] + [""] * (n_cols - 3)),
             _row(n_cols, 7, "MAR", "DZA", gold="not a number")]
    ev, rej, c = read_gdelt(_write(tmp_path / name, lines, compress))
    assert c["version"] == version
    assert (c["records_read"], c["events"], c["skipped"], c["rejects"]) == (7, 3, 2, 2)
    assert c["skipped_by_reason"] == {"no second country actor": 1, "same country both sides": 1}
    first = ev.iloc[0]
    assert (first["source"], first["target"], first["event_class"], first["intensity"], first["score"]) == (
        "MAR", "DZA", "material_conflict", -10.0, -1.0)
    assert first["date"] == pd.Timestamp("2020-11-13") and first["cue"] == "190" and first["avg_tone"] == 2.5
    assert ev.iloc[1]["source"] == "ROU"                      # CAMEO ROM -> ISO ROU
    assert bool(ev.iloc[2]["source_regional"]) and ev.iloc[2]["source"] == "AFR"
    assert set(rej["locator"]) == {"line 6", "line 7"}


def test_read_gdelt_refuses_a_csv_with_headers(tmp_path):
    p = tmp_path / "reexport.csv"
    p.write_text(",Global_Event_ID,Day\n0,1,20201113\n")
    with pytest.raises(GdeltFormatError, match="header row"):
        read_gdelt(p)


def test_read_gdelt_refuses_wrong_column_count(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("a\tb\tc\n")
    with pytest.raises(GdeltFormatError, match="expected 61"):
        read_gdelt(p)


def test_import_gdelt_writes_tables_and_manifest(tmp_path):
    src = _write(tmp_path / "e.CSV", [_row(61, i, "MAR", "DZA", quad=3, gold="-4.0") for i in range(4)])
    m = import_gdelt([str(src)], tmp_path / "out")
    assert m["records_read"] == m["events"] + m["skipped"] + m["rejects"] == 4
    rel = pd.read_parquet(tmp_path / "out" / "relations.parquet")
    assert rel.iloc[0]["score"] == pytest.approx(-0.4) and rel.iloc[0]["avg_tone"] == pytest.approx(2.5)
    assert json.loads((tmp_path / "out" / "manifest.json").read_text())["events"] == 4


@pytest.mark.skipif(not SHARED.exists(), reason="../shared corpora not present")
def test_read_gdelt_real_export_balances():
    ev, rej, c = read_gdelt(SHARED / "20191024143000.export.CSV")
    assert c["version"] == "2.0" and c["records_read"] == 2111
    assert c["records_read"] == c["events"] + c["skipped"] + c["rejects"]
    assert ev["source"].str.len().ge(2).all()


def test_read_gdelt_reexport_maps_columns_back_by_position(tmp_path):
    header = ",Global_Event_ID," + ",".join(f"c{i}" for i in range(2, 62)) + ",Confidence"
    row = _row(61, 42, "MAR", "DZA", quad=3, gold="-5.0")
    p = tmp_path / "reexport.csv"
    p.write_text(header + "\n" + "0," + row.replace("\t", ",") + ",10\n")
    ev, rej, c = read_gdelt(p, reexport=True)
    assert (c["events"], ev.iloc[0]["source"], ev.iloc[0]["intensity"]) == (1, "MAR", -5.0)


def test_compare_puts_gdelt_beside_the_kit():
    from helpers.gdelt import compare
    per = pd.to_datetime(["2020-11-01", "2020-12-01", "2021-01-01"])
    kit = pd.DataFrame({"country_a": "DZA", "country_b": "MAR", "period": per, "score": [-0.5, -0.2, 0.1],
                        "n_articles": [3, 2, 1]})
    gd = pd.DataFrame({"country_a": "DZA", "country_b": "MAR", "period": per, "score": [-0.6, -0.3, 0.0],
                       "avg_tone": [-5.0, -3.0, -1.0], "n_articles": [10, 8, 4]})
    t, corr = compare(kit, gd)
    assert list(t["gdelt_goldstein"]) == [-6.0, -3.0, 0.0] and corr["n"] == 3
    assert corr["kit_vs_goldstein"] == pytest.approx(1.0) and corr["kit_vs_tone"] == pytest.approx(1.0)


def test_gdelt_comparison_chart_draws_and_handles_empty():
    from helpers import charts
    t = pd.DataFrame({"dyad": ["DZA-MAR"], "period": pd.to_datetime(["2020-11-01"]), "kit_score": [-0.3],
                      "kit_articles": [2], "kit_vader": [-0.4], "kit_textblob": [-0.1], "gdelt_goldstein": [-4.5],
                      "gdelt_tone": [-4.2], "gdelt_events": [6]})
    fig = charts.plot_gdelt_comparison(t, corr={"n": 1, "kit_vs_goldstein": None, "kit_vs_tone": None})
    assert "GDELT" in fig.axes[0].get_xlabel()
    empty = charts.plot_gdelt_comparison(t.iloc[0:0])
    assert empty.axes[0].get_title(loc="left")
