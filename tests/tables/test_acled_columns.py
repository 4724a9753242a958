"""Every column of an ACLED export survives a round trip through every format (issue 12).

The rows are fictional events at real places, written here; only the column names follow
ACLED's two export layouts (the current lower-case one and the older upper-case one).
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from geomap.cli import main
from geomap.tables import iter_incident_frames, read_incidents, write_incidents
from geomap.tables.schema import ACLED_OTHER_FIELDS, ACLED_TABLE_FIELDS, TABLE_FIELDS, csv_restore

CURRENT = ("data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,"
           "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,"
           "admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,"
           "iso3").split(",")
NEWEST = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
          "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
          "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
          "tags,timestamp").split(",")
OLD = ("GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,"
       "INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,LONGITUDE,"
       "GEO_PRECISION,SOURCE,NOTES,FATALITIES").split(",")

# fictional rows (the current layout): ids that look like numbers, a zero-padded code, empty cells,
# notes with a comma, quotes, a line break and a formula-like start, names in other scripts
CURRENT_ROWS = [
    {"data_id": "9000001", "iso": "004", "event_id_cnty": "AFG99001", "event_id_no_cnty": "99001",
     "event_date": "12 March 2020", "year": "2020", "time_precision": "1", "event_type": "Battles",
     "sub_event_type": "Armed clash", "actor1": "Taliban", "assoc_actor_1": "", "inter1": "2",
     "actor2": "Military Forces of Afghanistan (2014-2021)", "assoc_actor_2": "Police Forces of Afghanistan (2014-2021)",
     "inter2": "1", "interaction": "12", "region": "Caspian", "country": "Afghanistan", "admin1": "Kandahar",
     "admin2": "Arghandab", "admin3": "", "location": "Kandahar", "latitude": "31.6133", "longitude": "65.7101",
     "geo_precision": "1", "source": "Pajhwok; Tolo News", "source_scale": "National",
     "notes": 'Fictional: on 12 March, a "clash" near Kandahar,\nthree reported killed.', "fatalities": "3",
     "timestamp": "1585000000", "iso3": "AFG"},
    {"data_id": "9000002", "iso": "760", "event_id_cnty": "SYR12345", "event_id_no_cnty": "12345",
     "event_date": "9 May 2020", "year": "2020", "time_precision": "2", "event_type": "Explosions/Remote violence",
     "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Syria (2000-)",
     "assoc_actor_1": "Military Forces of Russia (2000-); Ḥayʾat «X»", "inter1": "8", "actor2": "",
     "assoc_actor_2": "", "inter2": "0", "interaction": "80", "region": "Middle East", "country": "Syria",
     "admin1": "Deir ez-Zor", "admin2": "Abu Kamal", "admin3": "Hajin", "location": "Hajin",
     "latitude": "34.6931", "longitude": "40.8333", "geo_precision": "2", "source": "SOHR",
     "source_scale": "Other", "notes": "=1+2 strikes reported", "fatalities": "0", "timestamp": "1589000000",
     "iso3": "SYR"},
    {"data_id": "9000003", "iso": "887", "event_id_cnty": "YEM777", "event_id_no_cnty": "777",
     "event_date": "30 June 2020", "year": "2020", "time_precision": "3", "event_type": "Protests",
     "sub_event_type": "Peaceful protest", "actor1": "Protesters (Yemen)", "assoc_actor_1": "", "inter1": "6",
     "actor2": "", "assoc_actor_2": "", "inter2": "", "interaction": "60", "region": "Middle East",
     "country": "Yemen", "admin1": "Taizz", "admin2": "Al Qahirah", "admin3": "", "location": "Taizz",
     "latitude": "13.5795", "longitude": "44.0209", "geo_precision": "1", "source": "", "source_scale": "",
     "notes": "", "fatalities": "0", "timestamp": "1593500000", "iso3": "YEM"},
]


def _csv(header: list[str], rows: list[dict[str, str]]) -> str:
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def _read_back(path: Path) -> list[dict[str, str]]:
    """The CSV's cells, with the formula guard undone (``'=1+2`` is ``=1+2``: README, "CSV formula cells")."""
    with open(path, encoding="utf-8", newline="") as f:
        return [{k: csv_restore(v) for k, v in row.items()} for row in csv.DictReader(f)]


def _expected(row: dict[str, str], iso_dates: dict[str, str]) -> dict[str, str]:
    """The row as geomap's own columns hold it (``--columns geomap``): lower-case names, ISO dates."""
    out = {k.lower(): v for k, v in row.items()}
    out["event_date"] = iso_dates[out["event_date"]]
    return out


def _through_every_format(tmp_path: Path, src: Path, *last: str) -> Path:
    """IN.csv -> GeoJSON -> CSV -> GeoParquet -> GeoPackage -> CSV with ``geomap convert`` (``last``: options of the
    last step)."""
    chain = [src, tmp_path / "a.geojson", tmp_path / "b.csv", tmp_path / "c.parquet", tmp_path / "d.gpkg",
             tmp_path / "e.csv"]
    for a, b in zip(chain, chain[1:]):
        assert main(["convert", str(a), str(b), *(last if b == chain[-1] else ())]) == 0, (a, b)
    return chain[-1]


ISO = {"12 March 2020": "2020-03-12", "9 May 2020": "2020-05-09", "30 June 2020": "2020-06-30",
       "29/12/2015": "2015-12-29", "01-April-2015": "2015-04-01"}


def test_every_column_of_a_current_acled_export_survives_every_format(tmp_path, capsys):
    src = tmp_path / "acled.csv"
    src.write_text(_csv(CURRENT, CURRENT_ROWS), encoding="utf-8")
    out = _through_every_format(tmp_path, src)
    capsys.readouterr()
    back = _read_back(out)
    assert back == CURRENT_ROWS  # every cell as the export wrote it ("9 May 2020", "65.7101"), in its columns
    assert list(back[0]) == CURRENT
    # the GIS files in between hold geomap's table: ISO dates, numbers, geomap's columns first
    props = json.loads((tmp_path / "a.geojson").read_text(encoding="utf-8"))["features"][1]["properties"]
    assert props["event_date"] == "2020-05-09" and props["latitude"] == 34.6931
    assert list(props)[:len(TABLE_FIELDS)] == list(TABLE_FIELDS)


def test_columns_geomap_writes_geomap_s_table_with_iso_dates(tmp_path, capsys):
    src = tmp_path / "acled.csv"
    src.write_text(_csv(CURRENT, CURRENT_ROWS), encoding="utf-8")
    back = _read_back(_through_every_format(tmp_path, src, "--columns", "geomap"))
    for got, row in zip(back, CURRENT_ROWS):
        want = _expected(row, ISO)
        assert {k: got[k] for k in want} == want
    header = list(back[0])
    assert header[:len(TABLE_FIELDS)] == list(TABLE_FIELDS)
    assert header[len(TABLE_FIELDS):] == [k for k in ACLED_OTHER_FIELDS if k in CURRENT]  # nothing else, in order


def test_the_geojson_keeps_codes_and_ids_as_text(tmp_path, capsys):
    src = tmp_path / "acled.csv"
    src.write_text(_csv(CURRENT, CURRENT_ROWS), encoding="utf-8")
    assert main(["convert", str(src), str(tmp_path / "t.geojson")]) == 0
    props = json.loads((tmp_path / "t.geojson").read_text(encoding="utf-8"))["features"][1]["properties"]
    assert (props["iso"], props["event_id_cnty"], props["data_id"], props["inter1"]) == ("760", "SYR12345", "9000002", "8")
    assert props["assoc_actor_1"] == "Military Forces of Russia (2000-); Ḥayʾat «X»" and props["admin3"] == "Hajin"
    empty = json.loads((tmp_path / "t.geojson").read_text(encoding="utf-8"))["features"][2]["properties"]
    assert empty["inter2"] is None and empty["source_scale"] is None  # an empty cell stays empty (null in GeoJSON)


def test_the_newest_layout_keeps_disorder_type_tags_and_civilian_targeting(tmp_path, capsys):
    rows = []
    for i, r in enumerate(CURRENT_ROWS):
        row = {k: r.get(k, "") for k in NEWEST}
        row.update(disorder_type="Political violence" if i < 2 else "Demonstrations",
                   civilian_targeting="Civilian targeting" if i == 1 else "", tags="crowd size=no report" if i == 2 else "")
        rows.append(row)
    src = tmp_path / "newest.csv"
    src.write_text(_csv(NEWEST, rows), encoding="utf-8")
    back = _read_back(_through_every_format(tmp_path, src))
    assert back == rows and list(back[0]) == NEWEST
    # streaming (convert) and whole-table reads give the same table
    frames = [c.frame for c in iter_incident_frames(src, chunk_rows=2)]
    assert [list(f.columns) for f in frames] == [list(frames[0].columns)] * 2
    assert "tags" in frames[0].columns and "civilian_targeting" in frames[0].columns


def test_every_column_of_an_old_upper_case_export_survives(tmp_path, capsys):
    rows = [
        ["475", "NIG9001", "9001", "29/12/2015", "2015", "1", "Battle-No change of territory",
         "Military Forces of Nigeria (2015-) ", "", "1", "Boko Haram - Wilayat Gharb Ifriqiyyah", "", "2", "12",
         "Nigeria", "Borno", "Maiduguri", "", "Maiduguri", "11.8464", "13.1600", "1", "Daily Trust",
         "Fictional: an attack on the outskirts, repelled.", "4", "", "", ""],
        ["520", "SOM9002", "9002", "01/04/2015", "2015", "2", "Riots/Protests", "Protesters (Somalia)", "",
         "6", "", "", "0", "60", "Somalia", "Banaadir", "Mogadishu", "Hodan", "Mogadishu", "2.0371", "45.3438",
         "1", "Shabelle", "-  a protest over prices", "0", "", "", ""],
    ]
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(OLD + ["", "", ""])  # the old exports end in unnamed, empty columns
    w.writerows(rows)
    src = tmp_path / "old.csv"
    src.write_bytes(buf.getvalue().encode("cp1252"))
    out = _through_every_format(tmp_path, src)
    with open(out, encoding="utf-8", newline="") as f:
        back = [[csv_restore(v) for v in row] for row in csv.reader(f)]
    # the export's header (upper case, its unnamed columns), its date forms, its trailing space, "13.1600"
    assert back == [OLD + ["", "", ""]] + rows
    geomap_columns = _read_back(_through_every_format(tmp_path, src, "--columns", "geomap"))
    assert [k for k in geomap_columns[0] if k not in TABLE_FIELDS] == [
        "event_id_no_cnty", "gwno", "year", "ally_actor_1", "ally_actor_2", "inter1", "inter2", "interaction"]
    assert [r["event_date"] for r in geomap_columns] == ["2015-12-29", "2015-04-01"]


def test_a_user_s_own_columns_are_kept_in_every_format(tmp_path, capsys):
    src = tmp_path / "sheet.csv"
    src.write_text("location,country,url,analyst,latitude,longitude,event_type\n"
                   "Hajin,Syria,https://example.org/a,R. K.,34.69,40.83,Battles\n"
                   "Al Qaim,Iraq,,J. M. ,34.37,41.09,Protests\n", encoding="utf-8")
    chain = [src, tmp_path / "a.geojson", tmp_path / "b.parquet", tmp_path / "c.gpkg", tmp_path / "d.csv"]
    for a, b in zip(chain, chain[1:]):
        assert main(["convert", str(a), str(b)]) == 0
    back = _read_back(chain[-1])
    assert [(r["url"], r["analyst"]) for r in back] == [("https://example.org/a", "R. K."), ("", "J. M. ")]
    assert list(back[0])[-2:] == ["url", "analyst"]


def test_mixed_date_forms_are_written_as_iso_and_read_the_same(tmp_path, capsys):
    """A file whose dates are not of one form has no form to restore: ISO, the same days."""
    rows = [dict(CURRENT_ROWS[0]), dict(CURRENT_ROWS[1], event_date="2020-05-09")]
    src = tmp_path / "mixed.csv"
    src.write_text(_csv(CURRENT, rows), encoding="utf-8")
    assert main(["convert", str(src), str(tmp_path / "back.csv")]) == 0
    assert [r["event_date"] for r in _read_back(tmp_path / "back.csv")] == ["2020-03-12", "2020-05-09"]


def test_a_table_geomap_wrote_from_acled_reads_back_as_geomap_s_own(tmp_path):
    """With ACLED's columns and geomap's own (a geocoded row), the CSV is geomap's: nothing is dropped."""
    src = tmp_path / "acled.csv"
    src.write_text(_csv(CURRENT, CURRENT_ROWS), encoding="utf-8")
    r = read_incidents(src)
    assert r.incidents[0].extra["event_id_cnty"] == "AFG99001" and r.incidents[0].extra["iso3"] == "AFG"
    inc = r.incidents[0]
    from dataclasses import replace

    placed = replace(inc, geonameid=1138336, confidence=0.9, extra={**inc.extra, "geocoded_from": "location"})
    out = write_incidents([placed], tmp_path / "geocoded.csv")
    again = read_incidents(out)
    assert again.format == "geomap-csv"
    assert again.incidents[0] == placed


@pytest.mark.parametrize("fmt", ["geojson", "parquet", "gpkg", "json"])
def test_read_incidents_and_write_incidents_keep_the_acled_columns(tmp_path, fmt):
    src = tmp_path / "acled.csv"
    src.write_text(_csv(CURRENT, CURRENT_ROWS), encoding="utf-8")
    first = read_incidents(src).incidents
    again = read_incidents(write_incidents(first, tmp_path / f"t.{fmt}")).incidents
    keys = set(ACLED_TABLE_FIELDS) | set(ACLED_OTHER_FIELDS)
    assert [{k: v for k, v in i.extra.items() if k in keys} for i in again] == \
        [{k: v for k, v in i.extra.items() if k in keys} for i in first]
