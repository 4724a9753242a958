"""Tests for ``geomap extract`` (the CLI contract: json / geojson / csv, --jsonl, bad input)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from geomap.cli import main
from geomap.settings import data_path

DATA = Path(__file__).resolve().parents[1] / "data"
REPORT = str(data_path("example", "al-bukamal-strikes.txt"))
PLACE_KEYS = {"text", "start", "end", "name", "geonameid", "country_code", "latitude", "longitude", "kind"}
INCIDENT_KEYS = {"event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "fatalities",
                 "fatalities_qualifier", "location", "country", "admin1", "latitude", "longitude", "geo_precision",
                 "evidence", "start", "end"}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_report_json(capsys):
    code, out, err = run(capsys, "extract", REPORT, "--published", "2020-01-10")
    assert code == 0, err
    (rec,) = lines(out)
    assert rec["source"] == REPORT
    assert rec["places"] and all(PLACE_KEYS <= set(p) for p in rec["places"])
    assert all(INCIDENT_KEYS <= set(i) for i in rec["incidents"])
    dates = sorted(i["event_date"] or "" for i in rec["incidents"])
    assert dates == ["", "2019-12-29", "2020-01-03", "2020-01-10"]
    # Iran's missiles at bases in Iraq, with no day or toll of their own: mentioned, not an incident of the report
    assert [m["evidence"][:30] for m in rec["mentioned"]] == ["Iran responded by firing a bar"]
    text = Path(REPORT).read_text(encoding="utf-8")
    for p in rec["places"]:
        assert text[p["start"]:p["end"]] == p["text"]
    for i in rec["incidents"]:
        assert i["evidence"].startswith(text[i["start"]:i["end"]])


def test_several_files_one_line_each_in_order(capsys):
    files = [str(DATA / "events_kandahar_ied.txt"), REPORT, str(DATA / "events_mogadishu_bombing.txt")]
    code, out, _err = run(capsys, "extract", *files, "--published", "2021-06-15")
    assert code == 0
    assert [r["source"] for r in lines(out)] == files


def test_bad_inputs_in_a_batch(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    noplace = tmp_path / "noplace.txt"
    noplace.write_text("The committee met and nothing happened at all.\n")
    missing = tmp_path / "missing.txt"
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # 50 MB (sparse: cheap to make)
        f.truncate(50 * 1024 * 1024)
    files = [str(empty), REPORT, str(binary), str(noplace), str(missing), str(huge)]
    code, out, err = run(capsys, "extract", *files, "--published", "2020-01-10")
    recs = lines(out)
    assert [r["source"] for r in recs] == files  # every document has its line, in order
    by = {r["source"]: r for r in recs}
    assert by[REPORT]["incidents"] and "error" not in by[REPORT]
    for bad in (empty, binary, missing, huge):
        assert by[str(bad)]["error"] and by[str(bad)]["incidents"] == []
        assert str(bad) in err
    assert "error" not in by[str(noplace)] and by[str(noplace)]["places"] == []
    assert f"{noplace}: no places found" in err
    assert code == 1  # some documents failed; the others were written
    assert "4 of 6" in err
    assert "Traceback" not in err


def test_bad_published_date(capsys):
    code, out, err = run(capsys, "extract", REPORT, "--published", "10/01/2020")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "YYYY-MM-DD" in err


def test_needs_files_or_jsonl(capsys):
    code, _out, err = run(capsys, "extract")
    assert code == 1 and "--jsonl" in err


def test_jsonl(capsys, tmp_path):
    report = Path(REPORT).read_text(encoding="utf-8")
    src = tmp_path / "docs.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "r", "text": report, "published": "2020-01-10"}),
        "{not json",
        json.dumps({"id": "k", "text": (DATA / "events_kandahar_ied.txt").read_text(encoding="utf-8")}),
        json.dumps({"id": "d", "text": "Clashes in Kandahar.", "published": "yesterday"}),
        json.dumps({"id": 7, "text": ""}),
        json.dumps(["a", "list"]),
    ]) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", "--jsonl", str(src), "--published", "2021-06-15")
    recs = lines(out)
    assert [r["id"] for r in recs] == ["r", "line 2", "k", "d", 7, "line 6"]
    assert all("source" not in r for r in recs)
    r, bad_json, k, d, empty, lst = recs
    assert len(r["incidents"]) == 4
    assert k["incidents"][0]["event_date"] == "2021-06-14"  # "on Monday" before 2021-06-15 (the default)
    assert "error" in bad_json and "error" in d and "error" in lst
    assert "error" not in empty and empty["incidents"] == []
    assert code == 1 and "Traceback" not in err


def test_geojson_and_csv(capsys):
    pytest.importorskip("geopandas")
    code, out, _err = run(capsys, "extract", REPORT, "--published", "2020-01-10", "--format", "geojson")
    assert code == 0
    fc = json.loads(out)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 4
    placed = [f for f in fc["features"] if f["geometry"]]
    assert all(-180 <= f["geometry"]["coordinates"][0] <= 180 for f in placed)
    code, out, _err = run(capsys, "extract", REPORT, "--published", "2020-01-10", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 4
    assert {"event_date", "sub_event_type", "fatalities", "latitude", "longitude", "evidence"} <= set(rows[0])


@pytest.mark.parametrize("name, published, sub_event_type", [
    ("events_katsina_abduction.html", "2020-12-13", "Abduction/forced disappearance"),
    ("events_rafah_strike.md", "2021-05-13", "Air/drone strike"),
])
def test_html_and_markdown_articles(capsys, name, published, sub_event_type):
    code, out, err = run(capsys, "extract", str(DATA / name), "--published", published)
    assert code == 0, err
    (rec,) = lines(out)
    assert rec["incidents"][0]["sub_event_type"] == sub_event_type
    assert "<p>" not in rec["incidents"][0]["evidence"] and "#" not in rec["incidents"][0]["evidence"]
