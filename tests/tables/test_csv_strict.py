"""Strict CSV: an unclosed quote, a ragged row or a bad byte is reported with its line; the rows after it are read."""
from __future__ import annotations

from pathlib import Path

import pytest

from geomap._files import utf8_with_bad_lines
from geomap.tables import read_incidents

HEADER = "event_date,event_type,location,latitude,longitude,notes\n"


def _rows(n: int, start: int = 0) -> str:
    return "".join(f"2024-03-{1 + (i % 28):02d},Battles,Place {i},{34 + i / 1000:.3f},{40 + i / 1000:.3f},note {i}\n"
                   for i in range(start, start + n))


def _write(tmp_path: Path, text: str | bytes, name: str = "t.csv") -> Path:
    p = tmp_path / name
    (p.write_bytes if isinstance(text, bytes) else p.write_text)(text)
    return p


def test_unclosed_quote_is_reported_and_the_rows_after_it_are_read(tmp_path):
    body = _rows(40) + '2024-03-09,Battles,Hajin,34.9,40.8,"the quote never closes\n' + _rows(59, 40)
    r = read_incidents(_write(tmp_path, HEADER + body))
    assert len(r.incidents) == 99
    assert [n for n, _ in r.skipped] == [42]
    assert "unclosed quote" in r.skipped[0][1]
    assert r.rows == 100


def test_two_stray_quotes_do_not_swallow_the_rows_between(tmp_path):
    body = (_rows(10) + '2024-03-09,Battles,A,34.9,40.8,"opened\n' + _rows(20, 10)
            + '2024-03-09,Battles,B,34.9,40.8,closed" here\n' + _rows(10, 30))
    r = read_incidents(_write(tmp_path, HEADER + body))
    assert r.rows == 42
    assert len(r.incidents) + len(r.skipped) == 42
    assert 12 in [n for n, _ in r.skipped]
    assert {i.location for i in r.incidents} >= {f"Place {i}" for i in range(40)}


def test_a_quoted_field_over_several_lines_is_still_one_field(tmp_path):
    body = _rows(2) + '2024-03-09,Battles,Hajin,34.9,40.8,"first line\nsecond, line"\n' + _rows(2, 2)
    r = read_incidents(_write(tmp_path, HEADER + body))
    assert not r.skipped and len(r.incidents) == 5
    assert r.incidents[2].notes == "first line\nsecond, line"


def test_a_row_with_an_extra_field_is_skipped_not_shifted(tmp_path):
    body = _rows(3) + "2024-03-09,Battles,Abu Kamal,10,34.45,40.92,note\n" + _rows(3, 3)
    r = read_incidents(_write(tmp_path, HEADER + body))
    assert len(r.incidents) == 6
    assert r.skipped and r.skipped[0][0] == 5 and "7 fields, header has 6" in r.skipped[0][1]
    assert all(i.latitude != 10 for i in r.incidents)


def test_a_short_row_is_skipped_with_the_missing_columns(tmp_path):
    r = read_incidents(_write(tmp_path, HEADER + _rows(2) + "2024-03-09,Battles,Abu Kamal,34.45\n"))
    assert len(r.incidents) == 2
    assert r.skipped == [(4, "row has 4 fields, header has 6: missing longitude")]


def test_an_undecodable_byte_in_utf8_skips_its_row_only(tmp_path):
    good = (HEADER + "2024-03-01,Battles,Abū Kamāl,34.45,40.92,\n" + _rows(5)).encode("utf-8")
    bad = good + b"2024-03-09,Battles,Hajin\xff,34.9,40.8,x\n" + _rows(3, 5).encode()
    r = read_incidents(_write(tmp_path, bad))
    assert r.encoding == "utf-8"
    assert r.incidents[0].location == "Abū Kamāl"
    assert len(r.incidents) == 9
    assert r.skipped[0][0] == 8 and "not UTF-8" in r.skipped[0][1]
    assert "skipped" in r.summary() and "row 8" in r.summary()


def test_latin1_table_is_read_as_cp1252_and_says_so(tmp_path):
    text = HEADER + "2024-03-01,Battles,Abû Kamâl,34.45,40.92,café\n"
    r = read_incidents(_write(tmp_path, text.encode("latin-1")))
    assert r.incidents[0].location == "Abû Kamâl"
    assert r.encoding == "cp1252" and "decoded as cp1252" in r.summary()


@pytest.mark.parametrize("raw", ["café".encode("cp1252"), b"plain ascii", "Abū".encode("utf-8")])
def test_utf8_with_bad_lines_leaves_other_files_alone(raw):
    assert utf8_with_bad_lines(raw) is None
