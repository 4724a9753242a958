"""GeoParquet, GeoPackage and Excel tables: exact round trips, skipped rows, broken files, ``geomap convert``."""
from __future__ import annotations

import json
import numbers

import pytest

from geomap.cli import main
from geomap.exc import InputError, InputFileError
from geomap.model import Evidence, Incident
from geomap.tables import (TABLE_SUFFIXES, frame_to_records, incidents_to_geodataframe, read_incidents,
                           write_incidents)


def _incidents() -> list[Incident]:
    """Fictional incidents: unicode names, empty fields, fatalities 0 and None, every geo_precision."""
    return [
        Incident("2021-04-03", 1, "Battles", "Armed clash", "Ḥayʾat Taḥrīr al-Shām", "Milícia «Norte»", 0,
                 location="Qaryat al-Ḍabāb", country="Syria", admin1="Idlib", latitude=35.91234567,
                 longitude=36.6311, geo_precision=1, geonameid=1234567,
                 evidence=(Evidence("Clashes broke out at dawn.", 10, 36), Evidence("No one died.", 40, 52)),
                 source="fiction-1.txt", confidence=0.87, notes="imaginary; «quoted» — dash"),
        Incident("2021-04-05", 2, "Explosions/Remote violence", "Air/drone strike", "Unidentified Military Forces",
                 "", None, fatalities_qualifier="", location="Tall Nūr 東", country="Iraq", admin1="",
                 latitude=-0.5, longitude=-179.25, geo_precision=2, source="", confidence=None),
        Incident("2021-05-15", 3, "Riots", "Mob violence", "Rioters (Chad)", "Civilians (Chad)", 12,
                 fatalities_qualifier="at least", location="N'Djamena", country="Chad",
                 latitude=12.1348, longitude=15.0557, geo_precision=3, notes="=formula-looking note"),
        Incident(None, None, "Protests", "", "", "", None, location="Somewhere unplaced", geo_precision=3,
                 notes="no coordinates yet"),
    ]


def _records(incidents) -> list[dict]:
    return frame_to_records(incidents_to_geodataframe(incidents))


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".json", ".parquet", ".gpkg"])
def test_round_trip_is_exact(tmp_path, suffix):
    incs = _incidents()
    path = write_incidents(incs, tmp_path / f"t{suffix}")
    res = read_incidents(path)
    assert res.skipped == [] and res.rows == len(incs)
    got, want = _records(res.incidents), _records(incs)
    for i, (g, w) in enumerate(zip(got, want)):
        for field in w:
            assert g[field] == w[field], (suffix, i, field, g[field], w[field])
    assert len(got) == len(want)
    assert got[3]["latitude"] is None and got[0]["fatalities"] == 0 and got[1]["fatalities"] is None


def test_every_readable_suffix_is_listed():
    assert {".parquet", ".gpkg", ".xlsx"} <= TABLE_SUFFIXES


def test_gis_files_carry_points_in_epsg_4326(tmp_path):
    import geopandas as gpd

    for suffix in (".parquet", ".gpkg"):
        path = write_incidents(_incidents(), tmp_path / f"t{suffix}")
        frame = gpd.read_parquet(path) if suffix == ".parquet" else gpd.read_file(path, engine="pyogrio")
        assert frame.crs.to_epsg() == 4326
        assert (frame.geometry.iloc[0].x, frame.geometry.iloc[0].y) == (36.6311, 35.91234567)
        assert frame.geometry.iloc[3] is None


def _bad_frame():
    """A table as another tool would write it: a bad latitude, a bad date, a polygon, in EPSG:3857."""
    import geopandas as gpd
    from shapely.geometry import Point, box

    rows = [{"event_date": "2021-04-03", "event_type": "Battles", "latitude": 35.9, "longitude": 36.6},
            {"event_date": "2021-04-04", "event_type": "Battles", "latitude": 95.0, "longitude": 36.6},
            {"event_date": "31 February 2021", "event_type": "Battles", "latitude": 35.0, "longitude": 36.0},
            {"event_date": "2021-04-05", "event_type": "Battles", "latitude": None, "longitude": None}]
    geoms = [Point(36.6, 35.9), None, Point(36.0, 35.0), box(0, 0, 1, 1)]
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326").to_crs("EPSG:3857")


@pytest.mark.parametrize("suffix", [".parquet", ".gpkg"])
def test_bad_rows_are_skipped_with_their_number_and_reason(tmp_path, suffix):
    frame = _bad_frame()
    path = tmp_path / f"other{suffix}"
    if suffix == ".parquet":
        frame.to_parquet(path)
    else:
        frame.to_file(path, driver="GPKG", engine="pyogrio")
    res = read_incidents(path)
    assert res.rows == 4 and len(res.incidents) == 1
    assert res.incidents[0].latitude == pytest.approx(35.9) and res.incidents[0].longitude == pytest.approx(36.6)
    assert [n for n, _ in res.skipped] == [2, 3, 4]
    assert "latitude 95 is outside" in res.skipped[0][1]
    assert "not a valid calendar date" in res.skipped[1][1]
    assert "Polygon, expected a Point" in res.skipped[2][1]
    assert "3 row(s) skipped" in res.summary()


def test_plain_parquet_is_read_by_its_coordinate_columns(tmp_path):
    import pandas as pd

    path = tmp_path / "plain.parquet"
    pd.DataFrame({"Event_Date": ["2021-04-03"], "Latitude": [35.9], "Longitude": [36.6]}).to_parquet(path)
    res = read_incidents(path)
    assert (res.incidents[0].event_date, res.incidents[0].latitude) == ("2021-04-03", 35.9)


def test_xlsx_is_read_through_gdal(tmp_path):
    import pandas as pd
    import pyogrio

    if "XLSX" not in pyogrio.list_drivers():
        pytest.skip("this GDAL has no XLSX driver")
    path = tmp_path / "sheet.xlsx"
    sheet = pd.DataFrame({"event_date": ["2021-04-03", "2021-04-04", "2021-04-05"],
                          "event_type": ["Battles", "Riots", "Protests"],
                          "location": ["Qaryat al-Ḍabāb", "N'Djamena", ""],
                          "fatalities": [0, None, 2],
                          "latitude": [35.9, 95.0, 12.1], "longitude": [36.6, 15.0, 15.0]})
    pyogrio.write_dataframe(sheet, path, driver="XLSX")
    res = read_incidents(path)
    assert res.format == "xlsx" and res.rows == 3
    assert [i.location for i in res.incidents] == ["Qaryat al-Ḍabāb", ""]
    assert [i.fatalities for i in res.incidents] == [0, 2]
    assert res.skipped == [(3, "latitude 95 is outside [-90, 90]")]  # sheet row 3: the header is row 1


def test_acled_export_as_xlsx_goes_through_the_acled_builder(tmp_path):
    import pandas as pd
    import pyogrio

    if "XLSX" not in pyogrio.list_drivers():
        pytest.skip("this GDAL has no XLSX driver")
    path = tmp_path / "acled.xlsx"
    sheet = pd.DataFrame({"event_id_cnty": ["XYZ1", "XYZ2"], "event_date": ["21 March 2020", "32 March 2020"],
                          "event_type": ["Battles", "Battles"], "sub_event_type": ["Armed clash", "Armed clash"],
                          "inter1": [1, 2], "location": ["Fictiva", "Imaginara"], "latitude": [10.5, 11.0],
                          "longitude": [20.25, 21.0], "fatalities": [0, 1]})
    pyogrio.write_dataframe(sheet, path, driver="XLSX")
    res = read_incidents(path)
    assert res.format == "acled-xlsx"
    assert [(i.event_date, i.fatalities, i.extra["event_id_cnty"]) for i in res.incidents] == [("2020-03-21", 0, "XYZ1")]
    assert res.skipped[0][0] == 3 and "32 March 2020" in res.skipped[0][1]


def _one_line_error(path):
    with pytest.raises(InputFileError) as e:
        read_incidents(path)
    msg = str(e.value)
    assert "\n" not in msg and msg.startswith(str(path)) and len(msg) < 400
    return msg


@pytest.mark.parametrize("suffix", [".parquet", ".gpkg"])
def test_truncated_files_give_one_line_naming_them(tmp_path, suffix):
    whole = write_incidents(_incidents() * 50, tmp_path / f"whole{suffix}").read_bytes()
    for cut in (len(whole) // 2, len(whole) - 10, 100):
        path = tmp_path / f"cut{cut}{suffix}"
        path.write_bytes(whole[:cut])
        msg = _one_line_error(path)
        assert "not a readable" in msg


@pytest.mark.parametrize("suffix", [".parquet", ".gpkg", ".xlsx"])
def test_files_that_are_not_what_their_suffix_says(tmp_path, suffix):
    csv_text = write_incidents(_incidents(), tmp_path / "t.csv").read_bytes()
    path = tmp_path / f"csv-in-disguise{suffix}"
    path.write_bytes(csv_text)
    assert "not a readable" in _one_line_error(path)
    empty = tmp_path / f"empty{suffix}"
    empty.write_bytes(b"")
    assert "is empty" in _one_line_error(empty)
    assert "no such file" in _one_line_error(tmp_path / f"missing{suffix}")


def test_a_sqlite_file_that_is_not_a_geopackage(tmp_path):
    import sqlite3

    path = tmp_path / "plain.gpkg"
    con = sqlite3.connect(path)
    con.execute("create table t (a text)")
    con.commit()
    con.close()
    assert "not a readable GeoPackage" in _one_line_error(path)


def test_binary_formats_refuse_stdout(tmp_path):
    with pytest.raises(InputError):
        write_incidents(_incidents(), "-", "gpkg")


def test_map_inputs_accept_gis_tables(tmp_path):
    from geomap.pipeline import load_inputs

    paths = [write_incidents(_incidents(), tmp_path / f"t{s}") for s in (".parquet", ".gpkg")]
    loaded = load_inputs(paths)
    assert len(loaded.incidents) == 8 and loaded.skipped == []


# --------------------------------------------------------------------------- the command line
def test_convert_round_trip_through_every_format(tmp_path, capsys):
    src = write_incidents(_incidents(), tmp_path / "src.csv")
    prev = src
    for suffix in (".gpkg", ".parquet", ".geojson", ".json", ".csv"):
        out = tmp_path / f"step{suffix}"
        assert main(["convert", str(prev), str(out)]) == 0
        err = capsys.readouterr().err
        assert f"{prev}: 4 incident(s) read" in err and f"wrote {out}" in err
        prev = out
    assert _records(read_incidents(prev).incidents) == _records(_incidents())


def test_convert_to_stdout_and_its_summary(tmp_path, capsys):
    path = tmp_path / "bad.gpkg"
    _bad_frame().to_file(path, driver="GPKG", engine="pyogrio")
    assert main(["convert", str(path), "-", "--format", "geojson"]) == 0
    cap = capsys.readouterr()
    fc = json.loads(cap.out)
    assert len(fc["features"]) == 1 and fc["features"][0]["geometry"]["type"] == "Point"
    assert cap.err.strip().splitlines() == [read_incidents(path).summary()]
    assert "1 incident(s) read (gpkg), 3 row(s) skipped (row 2: latitude 95" in cap.err
    assert main(["convert", str(path), "-"]) == 0
    assert capsys.readouterr().out.startswith("event_id_cnty,event_date,time_precision,")


@pytest.mark.parametrize("argv, says", [
    (["x.csv", "--format", "gpkg"], "does not match --format gpkg; name it x.gpkg"),
    (["x.parquet", "--format", "csv"], "does not match --format csv"),
    (["-", "--format", "parquet"], "cannot go to standard output"),
    (["x.txt"], "unknown suffix '.txt'"),
])
def test_convert_refuses_mismatched_output(tmp_path, capsys, argv, says):
    src = write_incidents(_incidents(), tmp_path / "src.csv")
    argv = [str(tmp_path / a) if a.startswith("x.") else a for a in argv]
    assert main(["convert", str(src)] + argv) == 1
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1
    assert not any(p.name.startswith("x.") for p in tmp_path.iterdir())


def test_convert_broken_input_is_one_line(tmp_path, capsys):
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 not really")
    assert main(["convert", str(path), str(tmp_path / "out.csv")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and "not a readable GeoParquet" in err


@pytest.mark.parametrize("written, iso", [
    ("21 March 2020", "2020-03-21"), ("9-May-20", "2020-05-09"), ("01-April-2015", "2015-04-01"),
    ("29/12/2015", "2015-12-29"), ("3-Jan-97", "1997-01-03"), ("2016-02-29", "2016-02-29"),
])
def test_every_date_form_of_the_acled_exports(tmp_path, written, iso):
    # the older export's upper-case header, with a fictional row
    path = tmp_path / "old.csv"
    path.write_text("GWNO,EVENT_ID_CNTY,EVENT_DATE,YEAR,EVENT_TYPE,ACTOR1,COUNTRY,LOCATION,LATITUDE,LONGITUDE,"
                    "FATALITIES\n500,UGA1,\"%s\",2020,Battle-No change of territory,Rebels,Uganda,Fictiva,1.5,32.5,2\n"
                    % written, encoding="utf-8")
    res = read_incidents(path)
    assert [i.event_date for i in res.incidents] == [iso] and not res.skipped


def test_convert_reads_a_table_piped_into_standard_input(tmp_path):
    import json
    import subprocess
    import sys

    csv_text = ("event_date,event_type,location,latitude,longitude,fatalities\n"
                "2024-02-07,Battles,Rutba,33.03,40.28,2\n")
    run = subprocess.run([sys.executable, "-m", "geomap", "convert", "-", "-", "--format", "geojson"],
                         input=csv_text.encode(), capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr
    feats = json.loads(run.stdout)["features"]
    assert [(f["properties"]["location"], f["geometry"]["coordinates"]) for f in feats] == [("Rutba", [40.28, 33.03])]
    # and back: GeoJSON piped in, CSV out
    back = subprocess.run([sys.executable, "-m", "geomap", "convert", "-", str(tmp_path / "t.csv")],
                          input=run.stdout, capture_output=True, timeout=120)
    assert back.returncode == 0, back.stderr
    assert "2024-02-07" in (tmp_path / "t.csv").read_text()
    empty = subprocess.run([sys.executable, "-m", "geomap", "convert", "-", str(tmp_path / "u.csv")],
                           input=b"", capture_output=True, timeout=120)
    assert empty.returncode == 1 and b"standard input is empty" in empty.stderr and b"Traceback" not in empty.stderr


# --------------------------------------------------------------------------- reading in chunks
def _mixed_rows(n: int = 45):
    """Fictional rows as another tool would write them: every ninth latitude out of range, every eleventh date
    impossible, a polygon, missing and empty geometries, fatalities and a count column with nulls
    (ints in some chunks, ints and nulls in others), an ACLED column (``tags``) with empty cells."""
    from shapely.geometry import Point, box

    rows, geoms = [], []
    for i in range(n):
        lon, lat = 36.0 + i / 100, 35.0 + i / 100
        rows.append({"event_date": "31 February 2021" if i % 11 == 5 else f"2021-04-{1 + i % 28:02d}",
                     "event_type": "Battles", "location": f"Fictiva {i}", "latitude": 95.0 if i % 9 == 4 else lat,
                     "longitude": lon, "fatalities": None if i % 8 == 3 else i % 4,
                     "population_best": None if i in (2, 30) else i * 10, "tags": "" if i % 5 else f"tag {i}"})
        geoms.append(box(0, 0, 1, 1) if i == 12 else None if i == 20 else Point() if i == 21
                     else Point(lon, 95.0 if i % 9 == 4 else lat))
    return rows, geoms


def _mixed_file(tmp_path, suffix, crs):
    import geopandas as gpd

    rows, geoms = _mixed_rows()
    frame = gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326").astype({"population_best": "Int64"})
    frame = frame.to_crs(crs) if crs != "EPSG:4326" else frame
    path = tmp_path / f"mixed{suffix}"
    if suffix == ".parquet":
        frame.to_parquet(path, row_group_size=10)  # row groups of 10: batches end where chunks of 7 do not
    else:
        frame.to_file(path, driver="GPKG", engine="pyogrio")
    return path


def _chunked(path, chunk_rows):
    from geomap.tables import iter_incident_frames

    chunks = list(iter_incident_frames(path, chunk_rows=chunk_rows))
    return chunks, [n for c in chunks for n in c.skipped]


@pytest.mark.parametrize("suffix", [".parquet", ".gpkg"])
@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:32637"])
def test_reading_in_chunks_gives_every_row_and_skip_of_the_whole_read(tmp_path, suffix, crs):
    path = _mixed_file(tmp_path, suffix, crs)
    whole = read_incidents(path)
    want = incidents_to_geodataframe(whole)  # (with the layout read: the same columns)
    assert whole.rows == 45 and whole.format == suffix.lstrip(".")
    # the bad rows at their feature numbers (1 is the first), whatever the chunk they fall in
    bad = sorted({i + 1 for i in range(45) if i % 9 == 4 or i % 11 == 5} | {13})
    assert [n for n, _ in whole.skipped] == bad
    assert dict(whole.skipped)[13] == "geometry is a Polygon, expected a Point"
    for chunk_rows in (1, 7, 10, 44, 1000):
        chunks, skipped = _chunked(path, chunk_rows)
        assert [c.rows for c in chunks] == [min(chunk_rows, 45 - k) for k in range(0, 45, chunk_rows)]
        assert skipped == whole.skipped and {c.format for c in chunks} == {whole.format}
        # every value and point (a chunk whose "tags" are all empty types them as objects, not text)
        assert [r for c in chunks for r in frame_to_records(c.frame)] == frame_to_records(want)
        assert [g for c in chunks for g in c.frame.geometry.to_wkb()] == list(want.geometry.to_wkb())
        assert {c.frame.crs.to_epsg() for c in chunks} == {4326} and list(chunks[0].frame.columns) == list(want.columns)
    # rows without a geometry keep their coordinate columns; points are back in EPSG:4326, exactly as given
    by_place = {i.location: i for i in whole.incidents}
    assert (by_place["Fictiva 20"].longitude, by_place["Fictiva 20"].latitude) == (36.2, 35.2)
    assert by_place["Fictiva 0"].longitude == pytest.approx(36.0, abs=1e-9)
    # a count column with nulls reads as integers in every chunk (not 10.0 in one and 10 in another)
    extras = [i.extra.get("population_best") for i in whole.incidents]
    assert all(isinstance(v, numbers.Integral) for v in extras if v is not None) and None in extras


def test_reading_in_chunks_keeps_integer_columns_whole(tmp_path):
    """An integer column with a null in one batch only: ints everywhere, in the extra columns too."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "plain.parquet"
    table = pa.table({"event_date": ["2021-04-03"] * 20, "event_type": ["Battles"] * 20,
                      "latitude": [35.0 + i / 100 for i in range(20)], "longitude": [36.0] * 20,
                      "population_best": pa.array([None if i == 15 else i for i in range(20)], pa.int32())})
    pq.write_table(table, path)  # no pandas metadata: pyarrow alone would give floats for the batch with the null
    whole = [i.extra.get("population_best") for i in read_incidents(path).incidents]
    assert whole == [None if i == 15 else i for i in range(20)] and {type(v) for v in whole} == {int, type(None)}
    chunks, _ = _chunked(path, 7)
    assert [r["population_best"] for c in chunks for r in frame_to_records(c.frame)] == whole


def test_acled_columns_in_a_geoparquet_read_in_chunks(tmp_path):
    import pandas as pd

    path = tmp_path / "acled.parquet"
    pd.DataFrame({"event_id_cnty": [f"XYZ{i}" for i in range(9)],
                  "event_date": ["32 March 2020" if i == 4 else f"{i + 1} March 2020" for i in range(9)],
                  "event_type": ["Battles"] * 9, "sub_event_type": ["Armed clash"] * 9, "inter1": ["1"] * 9,
                  "location": ["Fictiva"] * 9, "latitude": [10.5] * 9, "longitude": [20.25] * 9,
                  "fatalities": [0] * 9}).to_parquet(path)
    whole = read_incidents(path)
    chunks, skipped = _chunked(path, 2)
    assert whole.format == "acled-parquet" and {c.format for c in chunks} == {"acled-parquet"}
    assert skipped == whole.skipped and [n for n, _ in skipped] == [5] and "32 March 2020" in skipped[0][1]
    assert [e for c in chunks for e in c.frame["event_id_cnty"]] == [i.extra["event_id_cnty"] for i in whole.incidents]


@pytest.mark.parametrize("suffix", [".parquet", ".gpkg"])
def test_a_table_of_no_rows_is_one_empty_chunk(tmp_path, suffix):
    path = write_incidents([], tmp_path / f"empty{suffix}")
    chunks, skipped = _chunked(path, 7)
    assert [(c.rows, len(c.frame), c.format) for c in chunks] == [(0, 0, suffix.lstrip("."))] and skipped == []


@pytest.mark.parametrize("suffix", [".parquet", ".gpkg"])
def test_only_geometries_far_into_the_file_are_looked_for_past_the_first_chunk(tmp_path, suffix):
    import geopandas as gpd
    from shapely.geometry import Point

    rows = [{"event_type": "Battles", "notes": f"n{i}"} for i in range(20)]
    path = tmp_path / f"geoms{suffix}"
    geoms = [None] * 19 + [Point(36.6, 35.9)]
    frame = gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")
    (frame.to_parquet(path) if suffix == ".parquet" else frame.to_file(path, driver="GPKG", engine="pyogrio"))
    chunks, _ = _chunked(path, 7)
    assert sum(len(c.frame) for c in chunks) == 20 and chunks[-1].frame.geometry.iloc[-1].x == 36.6
    none = tmp_path / f"none{suffix}"
    frame = gpd.GeoDataFrame(rows, geometry=[None] * 20, crs="EPSG:4326")
    (frame.to_parquet(none) if suffix == ".parquet" else frame.to_file(none, driver="GPKG", engine="pyogrio"))
    with pytest.raises(InputFileError, match="no point geometry and no latitude/longitude columns"):
        _chunked(none, 7)

