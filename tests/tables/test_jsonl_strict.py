"""JSON lines read by ``geomap map``/``near`` (issue 11): the strict parser of ``extract --jsonl``, line by line.

A hostile line (NaN, Infinity, a huge number, deep nesting, a lone surrogate, a bad byte, a
line over the length limit) is skipped with its line number and reason; the lines after it
are read. Inputs over the size limits are refused in one line naming the file and the limit.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from geomap._jsonl import MAX_LINE_BYTES
from geomap.cli import main
from geomap.exc import InputFileError
from geomap.tables import read_incidents

GOOD = b'{"event_date": "2020-01-10", "event_type": "Battles", "location": "Homs", "latitude": 34.73, "longitude": 36.71}'

HOSTILE = {
    "nan": (b'{"event_type": "Battles", "latitude": NaN, "longitude": 36.7}', "NaN is not JSON"),
    "infinity": (b'{"event_type": "Battles", "latitude": 34.7, "longitude": Infinity}', "Infinity is not JSON"),
    "overflow": (b'{"event_type": "Battles", "latitude": 1e999, "longitude": 36.7}', "too large"),
    "digits": (b'{"event_type": "Battles", "fatalities": ' + b"7" * 5000 + b"}", "5000 digits"),
    "deep": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "surrogate": (b'{"event_type": "Battles", "location": "\\udc00 Homs", "latitude": 34.7, "longitude": 36.7}',
                  "lone surrogate"),
    "bad-byte": (b'{"event_type": "Battles", "location": "Hom\xe9", "latitude": 34.7, "longitude": 36.7}',
                 "not UTF-8 (byte 0xe9 at column 43)"),
    "syntax": (b'{"event_type": "Battles",', "not valid JSON"),
    "geometry-string": (b'{"incidents": [{"event_type": "Battles", "latitude": "north", "longitude": 1}]}',
                        "incident 1: latitude 'north' is not a number"),
    "places-number": (b'{"incidents": [], "places": 3}', "'places' is not a list"),
}


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson", ".json"])
def test_each_hostile_line_is_skipped_with_its_number(tmp_path, suffix):
    lines = [GOOD]
    for raw, _why in HOSTILE.values():
        lines += [raw, GOOD]
    r = read_incidents(_write(tmp_path, f"t{suffix}", b"\n".join(lines) + b"\n"))
    assert r.format == "jsonl"
    assert len(r.incidents) == 1 + len(HOSTILE) and {i.location for i in r.incidents} == {"Homs"}
    assert [n for n, _ in r.skipped] == list(range(2, 2 + 2 * len(HOSTILE), 2))
    for (name, (_raw, why)), (_n, reason) in zip(HOSTILE.items(), r.skipped):
        assert why in reason, (name, reason)
    assert r.rows == len(lines)


def test_a_line_over_the_limit_is_skipped_and_the_rest_read(tmp_path):
    long = b'{"event_type": "Battles", "notes": "' + b"x" * (MAX_LINE_BYTES + 10) + b'"}'
    r = read_incidents(_write(tmp_path, "t.jsonl", b"\n".join([GOOD, long, GOOD]) + b"\n"))
    assert len(r.incidents) == 2
    ((n, why),) = r.skipped
    assert n == 2 and "longer than the 10 MB accepted for one JSON line" in why


def test_bom_u2028_and_nel_are_text_not_line_ends(tmp_path):
    rec = json.loads(GOOD)
    rec["notes"] = "a\u2028b\x85c"
    data = b"\xef\xbb\xbf" + json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\r\n" + GOOD + b"\n"
    r = read_incidents(_write(tmp_path, "t.jsonl", data))
    assert r.skipped == [] and [i.notes for i in r.incidents] == ["a\u2028b\x85c", ""]


def test_a_bad_first_line_does_not_refuse_a_jsonl_file(tmp_path):
    r = read_incidents(_write(tmp_path, "t.jsonl", b"garbage\n" + GOOD + b"\n"))
    assert len(r.incidents) == 1 and r.skipped[0][0] == 1


@pytest.mark.parametrize("data, why", [
    (b'{"type": "FeatureCollection",\n "features": [{"type": "Feature", "geometry": null,\n'
     b' "properties": {"event_type": "Battles", "latitude": NaN}}]}\n', "NaN is not JSON"),
    (b"[" * 100_000, "nested too deeply"),
    (b'[{"event_type": "Battles", "latitude": 1e999}]', "too large"),
    (b'{"type": "FeatureCollection", "features": []}\n'.replace(b"[]", "[\"caf\xe9\"]".encode("latin-1")),
     "not UTF-8 (byte 0xe9 on line 1)"),
])
def test_a_json_file_refused_as_a_whole_says_why(tmp_path, data, why):
    with pytest.raises(InputFileError) as e:
        read_incidents(_write(tmp_path, "t.geojson", data))
    assert why in str(e.value) and "t.geojson" in str(e.value) and "\n" not in str(e.value)


# ----------------------------------------------------------------- size limits in map and near
@pytest.fixture(scope="module")
def big_article(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("big") / "big.txt"
    p.write_text("Rebels shelled Al Bukamal on Friday, killing two. " * 220_000, encoding="utf-8")  # 11 MB
    return p


@pytest.mark.parametrize("argv", [["near", "iran-mediterranean", "{p}"], ["map", "{p}", "-o", "{o}/m.html"],
                                  ["extract", "{p}"]])
def test_an_article_over_the_limit_is_refused_in_one_line(argv, big_article, tmp_path, capsys):
    t0 = time.monotonic()
    code = main([a.format(p=big_article, o=tmp_path) for a in argv])
    err = capsys.readouterr().err
    assert code == 1 and time.monotonic() - t0 < 30
    (line,) = [ln for ln in err.splitlines() if str(big_article) in ln]
    assert "MB is too large to read as one news article (limit 10 MB" in line and "split it" in line
    assert not (tmp_path / "m.html").exists()


def test_near_reads_a_jsonl_table_with_a_hostile_line(tmp_path, capsys):
    p = _write(tmp_path, "t.jsonl", b"\n".join([GOOD, HOSTILE["deep"][0], HOSTILE["nan"][0]]) + b"\n")
    code = main(["near", "iran-mediterranean", str(p), "--km", "500", "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert [r["location"] for r in json.loads(out)] == ["Homs"]
    assert "2 row(s) skipped (row 2: JSON nested too deeply" in err and "row 3: NaN is not JSON" in err
