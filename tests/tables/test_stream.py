"""Tables read in chunks: the same table as the one-row reader, bad lines at their line, bounded memory."""
from __future__ import annotations

import csv
import gc
import io
import random
import re
import tracemalloc
from pathlib import Path

import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal

from geomap.tables import incidents_to_geodataframe, iter_incident_frames, read_incidents, write_frames, write_incidents
from geomap.tables import stream
from geomap.tables.schema import RowError, csv_restore

HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
          "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
          "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
          "tags,timestamp").split(",")
PLACES = [("Syria", 760, "Deir ez-Zor", "Abu Kamal", "Al Bukamal", 34.4523, 40.9185),
          ("Iraq", 368, "Al-Anbar", "Al-Qa'im", "Al Qaim", 34.37, 41.08),
          ("Yemen", 887, "Taizz", "Al Qahirah", "Taizz City", 13.5795, 44.0209),
          ("Mali", 466, "Gao", "Gao", "Gao", 16.2666, -0.04)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _rows(n: int, seed: int = 3) -> list[list[str]]:
    """ACLED-layout rows of fictional events: notes with commas, quotes, line breaks; formula-like cells."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        country, iso, adm1, adm2, loc, lat, lon = PLACES[i % len(PLACES)]
        d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2018, 2024)
        note = rng.choice([f'On {d} {MONTHS[mo - 1]} {y}, a "bomb" hit {loc}, police said, again.',
                           f"Clashes in {loc}.\nSecond line, with a comma.\r\nThird line.",
                           "=1+2", "-3 reported", f"'=SUM(A1) in {loc}", f"Protest in {loc}."])
        out.append([f"X{i}", f"{d} {MONTHS[mo - 1]} {y}", str(y), str(rng.choice([1, 2, 3])), "Political violence",
                    "Battles", "Armed clash", rng.choice(["Military Forces of X", "=HYPERLINK(\"x\")", "@a"]),
                    "", "1", "", "", "", "10", "", str(iso), "Region", country, adm1, adm2, "", loc,
                    f"{lat + rng.uniform(-0.05, 0.05):.4f}", f"{lon + rng.uniform(-0.05, 0.05):.4f}",
                    str(rng.choice([1, 2, 3])), "Src; Other", "National", note, str(rng.choice([0, 1, 7])), "",
                    str(1700000000 + i)])
    return out


def _text(rows: list[list[str]], newline: str = "\n") -> str:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator=newline)
    w.writerow(HEADER)
    w.writerows(rows)
    return buf.getvalue()


def _write(tmp_path: Path, text: str, name: str = "t.csv") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8"))
    return p


def _oracle(text: str):
    """The table as the one-row reader builds it: the whole text through csv.reader and the row builder."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    names = rows[0]
    incidents, skipped = [], []
    for n, row in enumerate(rows[1:], start=2):
        try:
            incidents.append(stream._acled_row({k: csv_restore(v) for k, v in zip(names, row)}))
        except RowError as e:
            skipped.append(str(e))
    return incidents, skipped


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    text = _text(_rows(20_000))
    return _write(tmp_path_factory.mktemp("stream"), text), text


def test_chunks_give_exactly_the_table_of_the_whole_file_read(big):
    path, text = big
    incidents, _ = _oracle(text)
    whole = incidents_to_geodataframe(incidents)
    chunks = list(iter_incident_frames(path, chunk_rows=1_000))
    assert len(chunks) == 20 and all(len(c.frame) == 1_000 for c in chunks)
    assert sum(c.rows for c in chunks) == 20_000 and not any(c.skipped for c in chunks)
    assert_geodataframe_equal(pd.concat([c.frame for c in chunks], ignore_index=True), whole)
    one = list(iter_incident_frames(path, chunk_rows=10**9))
    assert len(one) == 1
    assert_geodataframe_equal(one[0].frame, whole)


def test_read_incidents_keeps_every_field_and_extra_column(big):
    path, text = big
    incidents, _ = _oracle(text)
    r = read_incidents(path)
    assert r.rows == 20_000 and r.skipped == [] and r.format == "acled-csv"
    assert r.incidents == incidents
    assert [i.extra for i in r.incidents] == [i.extra for i in incidents]
    assert {i.notes for i in r.incidents} >= {"=1+2", "-3 reported"}
    assert any(i.notes.startswith("=SUM") for i in r.incidents)  # "'=" reads back as the "=" it protects


def _line_of(text: str, record: int) -> int:
    """The line (1-based) on which data record ``record`` (0-based) starts."""
    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader)
    start = reader.line_num + 1
    for k, _ in enumerate(reader):
        if k == record:
            return start
        start = reader.line_num + 1
    raise AssertionError("no such record")


@pytest.mark.parametrize("bad, reason", [
    ('X,1 May 2020,2020,1,a,b,c,d,,1,,,,1,,1,r,Syria,A,B,,C,34.1,40.1,1,s,n,"never closed,0,,1', "unclosed quote|malformed CSV"),
    ('X,1 May 2020,2020,1,a,b,c,d,,1,,,,1,,1,r,Syria,A,B,,C,34.1,40.1,1,s,n,"a"b,0,,1', "malformed CSV"),
    ("X,1 May 2020,2020,1,a,b,c,d,,1,,,,1,,1,r,Syria,A,B,,C,34.1,40.1,1,s,n,x,y,0,,1", "32 fields, header has 31"),
    ("X,1 May 2020,2020,1,a,b,c,d,,1,,,,1,,1,r,Syria,A,B,,C,95,40.1,1,s,n,x,0,,1", "latitude 95 is outside"),
    ("X,30 February 2020,2020,1,a,b,c,d,,1,,,,1,,1,r,Syria,A,B,,C,34,40.1,1,s,n,x,0,,1", "not a valid calendar"),
])
def test_a_bad_line_in_a_later_chunk_is_reported_at_its_line(tmp_path, bad, reason):
    rows = _rows(12_000, seed=5)
    good = _text(rows)
    cut = _line_of(good, 9_500)  # in the tenth chunk of 1,000
    lines = good.splitlines(True)
    # the record before the cut ends on the line before it: insert the bad line there
    text = "".join(lines[:cut - 1]) + bad + "\n" + "".join(lines[cut - 1:])
    chunks = list(iter_incident_frames(_write(tmp_path, text), chunk_rows=1_000))
    skipped = [s for c in chunks for s in c.skipped]
    assert len(skipped) == 1 and skipped[0][0] == cut and re.search(reason, skipped[0][1]), skipped
    assert sum(len(c.frame) for c in chunks) == 12_000  # every good row, the ones after it too
    assert sum(c.rows for c in chunks) == 12_001
    incidents, _ = _oracle(good)
    assert_geodataframe_equal(pd.concat([c.frame for c in chunks], ignore_index=True),
                              incidents_to_geodataframe(incidents))


@pytest.mark.parametrize("block", [5, 64, 4096])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_block_boundaries_inside_quoted_multiline_fields(tmp_path, monkeypatch, block, newline):
    """The file is read in blocks; wherever a block ends (in a quoted field over lines, between CR and LF) nothing changes."""
    text = _text(_rows(400, seed=9), newline)
    monkeypatch.setattr(stream, "_BLOCK", block)
    r = read_incidents(_write(tmp_path, text))
    incidents, _ = _oracle(text)
    assert r.skipped == [] and r.rows == 400
    assert r.incidents == incidents
    assert sum("\n" in i.notes for i in r.incidents) > 50


def test_a_multiline_field_across_the_real_block_boundary(tmp_path):
    rows = _rows(6_000, seed=1)
    ends, size = [], len(_text([]))
    for row in rows:
        size += len(_text([row])) - len(_text([]))
        ends.append(size)  # where each record ends
    k = max(i for i, e in enumerate(ends) if e < stream._BLOCK - 400) + 1  # starts < 400 chars before the block ends
    rows[k][27] = "start of a note\n" + "x" * 3000 + "\n, end \"quoted\""
    text = _text(rows)
    assert text.find("start of a note") < stream._BLOCK < text.find('end ""quoted')
    r = read_incidents(_write(tmp_path, text))
    assert r.skipped == [] and r.rows == 6_000
    assert r.incidents[k].notes == rows[k][27]
    assert r.incidents == _oracle(text)[0]


def test_an_unclosed_quote_early_in_a_big_file_does_not_swallow_it(tmp_path):
    """A quote that never closes is cut off at the CSV field limit, reported, and the rows after it are read."""
    plain = [f"X{i},1 May 2020,2020,1,a,Battles,c,d,,1,,,,1,,1,r,Syria,A,B,,C,34.{i},40.1,1,s,n,note {i} no quotes,0,,1\n"
             for i in range(4_000)]  # 4,000 lines without a quote: more than the 128 kB a field may hold
    text = ",".join(HEADER) + "\n" + "".join(plain[:3]) \
        + 'X,1 May 2020,2020,1,a,b,c,d,,1,,,,1,,1,r,Syria,A,B,,C,34,40,1,s,n,"never closed,0,,1\n' + "".join(plain[3:])
    assert len(text) > 2 * csv.field_size_limit()
    r = read_incidents(_write(tmp_path, text))
    assert [n for n, _ in r.skipped] == [5] and "unclosed quote" in r.skipped[0][1]
    assert len(r.incidents) == 4_000 and r.rows == 4_001
    assert r.incidents[-1].latitude == float("34.3999")


def _peak_bytes(path: Path) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        for chunk in iter_incident_frames(path, chunk_rows=1_000):
            assert len(chunk.frame) <= 1_000
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(stream, "_BLOCK", 1 << 16)  # both files are many blocks long
    small = _write(tmp_path, _text(_rows(6_000, seed=4)), "small.csv")
    large = _write(tmp_path, _text(_rows(30_000, seed=4)), "large.csv")
    list(iter_incident_frames(small, chunk_rows=1_000))  # imports and caches outside the measurement
    peak_small, peak_large = _peak_bytes(small), _peak_bytes(large)
    assert large.stat().st_size > 4.5 * small.stat().st_size
    # a reader that held the file, or its rows, would need about 5 times the memory
    assert peak_large < 1.5 * peak_small, (peak_small, peak_large)


@pytest.mark.parametrize("fmt", ["csv", "geojson", "json", "parquet", "gpkg"])
def test_writing_chunk_by_chunk_gives_the_file_of_the_whole_table(tmp_path, fmt):
    text = _text(_rows(2_500, seed=8))
    src = _write(tmp_path, text)
    whole = read_incidents(src)
    chunked, single = tmp_path / f"chunked.{fmt}", tmp_path / f"whole.{fmt}"
    n = write_frames((c.frame for c in iter_incident_frames(src, chunk_rows=400)), chunked, fmt)
    write_incidents(whole, single, fmt)
    assert n == 2_500
    if fmt in ("csv", "geojson", "json"):
        assert chunked.read_bytes() == single.read_bytes()
    back = read_incidents(chunked)
    assert back.skipped == [] and back.incidents == read_incidents(single).incidents
    assert [(i.notes, i.actor1, i.latitude) for i in back.incidents] == \
        [(i.notes, i.actor1, i.latitude) for i in whole.incidents]


def test_convert_streams_and_reports_what_it_read(tmp_path, capsys):
    from geomap.cli import main

    rows = _rows(300, seed=6)
    rows[100][22] = "95"
    src = _write(tmp_path, _text(rows))
    assert main(["convert", str(src), str(tmp_path / "out.gpkg")]) == 0
    err = capsys.readouterr().err
    assert "299 incident(s) read (acled-csv), 1 row(s) skipped" in err and "latitude 95" in err
    assert len(read_incidents(tmp_path / "out.gpkg").incidents) == 299


def test_a_table_over_the_row_limit_is_refused_before_it_is_read(tmp_path, monkeypatch, capsys):
    from geomap import pipeline
    from geomap.cli import main
    from geomap.exc import InputFileError

    src = _write(tmp_path, _text(_rows(3_000, seed=7)))
    with pytest.raises(InputFileError, match=r"t\.csv: has more than 1,000 rows.*filter or split"):
        read_incidents(src, max_rows=1_000)
    assert len(read_incidents(src, max_rows=3_000).incidents) == 3_000
    monkeypatch.setattr(pipeline, "MAX_TABLE_ROWS", 1_000)
    for argv in (["near", "iran-mediterranean", str(src)], ["map", str(src), "-o", str(tmp_path / "m.html")]):
        assert main(argv) == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "t.csv: has more than 1,000 rows" in err and "Traceback" not in err
    assert not (tmp_path / "m.html").exists()


@pytest.mark.parametrize("block", [16, 1 << 20])
def test_other_line_separators_are_text(tmp_path, monkeypatch, block):
    """U+2028, NEL, form feed: text in a field (only CR and LF end a CSV line), in every block."""
    rows = _rows(50, seed=11)
    rows[10][27] = "one\u2028two\x85three\x0cfour"
    rows[11][7] = "actor\u2029x"
    monkeypatch.setattr(stream, "_BLOCK", block)
    text = _text(rows)
    r = read_incidents(_write(tmp_path, text))
    assert r.skipped == [] and r.incidents == _oracle(text)[0]
    assert r.incidents[10].notes == "one\u2028two\x85three\x0cfour" and r.incidents[11].actor1 == "actor\u2029x"


@pytest.mark.parametrize("out", ["out.csv", "-", "out.parquet"])
def test_convert_of_an_unreadable_table_names_the_input_and_leaves_no_output(tmp_path, capsys, out):
    from geomap.cli import main

    src = _write(tmp_path, "event_date,actor1\n2020-01-10,Rebels\n")
    target = out if out == "-" else str(tmp_path / out)
    assert main(["convert", str(src), target]) == 1
    err = capsys.readouterr().err.strip()
    assert "t.csv: no latitude or longitude column" in err and "cannot write" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]
