"""Tests for geomap.tables: reading, writing and the one incident builder."""
from __future__ import annotations

import dataclasses
import json
import random

import pytest

from geomap.exc import InputError, InputFileError
from geomap.tables import (
    INCIDENT_FIELDS,
    TABLE_FIELDS,
    incident_from_dict,
    incidents_to_geodataframe,

    read_incidents,
    write_incidents,
)
from geomap.model import Evidence, Incident, Mention, Place

ACLED_HEADER = ("data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,"
                "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,"
                "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
                "notes,fatalities,timestamp,iso3")
OLD_HEADER = ("GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,"
              "ALLY_ACTOR_1,INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,"
              "LOCATION,LATITUDE,LONGITUDE,GEO_PRECISION,SOURCE,NOTES,FATALITIES,,,,")


def _acled_row(event_id="SYR1", date="10 January 2020", lat="34.45226", lon="40.91854", fatalities="8",
               notes="Unidentified planes struck militia positions near Al Bukamal.") -> str:
    return (f'1,760,{event_id},1,{date},2020,1,Explosions/Remote violence,Air/drone strike,'
            f'Unidentified Military Forces,,8,Militia (Iraq),,3,38,Middle East,Syria,Deir ez-Zor,Abu Kamal,'
            f'Abu Kamal,Al Bukamal,{lat},{lon},2,SOHR,Other,"{notes}",{fatalities},1579000000,SYR')


def _write(tmp_path, name, content, mode="w"):
    p = tmp_path / name
    if mode == "wb":
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def _incidents():
    return [
        Incident("2020-01-10", 1, "Explosions/Remote violence", "Air/drone strike", actor1="Unidentified",
                 actor2="Militia (Iraq)", fatalities=8, fatalities_qualifier="at least", location="Al Bukamal",
                 country="Syria", admin1="Deir ez-Zor", longitude=40.91854, latitude=34.45226, geo_precision=2,
                 geonameid=174448,
                 evidence=(Evidence("Planes struck targets.", 10, 32), Evidence("Eight were killed.", 40, 58)),
                 source="report.txt", notes="a note, with \"quotes\"\nand a new line"),
        Incident(None, None, "Strategic developments", "", location="somewhere", source="report.txt"),
    ]


# ----------------------------------------------------------------- ACLED
def test_current_acled_export(tmp_path):
    p = _write(tmp_path, "io_acled.csv", "\n".join([ACLED_HEADER, _acled_row()]) + "\n")
    r = read_incidents(p)
    assert r.format == "acled-csv" and r.skipped == [] and len(r.incidents) == 1
    inc = r.incidents[0]
    assert (inc.event_date, inc.event_type, inc.sub_event_type, inc.fatalities) == (
        "2020-01-10", "Explosions/Remote violence", "Air/drone strike", 8)
    assert (inc.longitude, inc.latitude, inc.geo_precision, inc.country, inc.location) == (
        40.91854, 34.45226, 2, "Syria", "Al Bukamal")
    assert inc.notes.startswith("Unidentified planes") and inc.extra["event_id_cnty"] == "SYR1"
    assert inc.extra["admin2"] == "Abu Kamal"


def test_old_upper_case_acled_export_with_day_first_dates(tmp_path):
    rows = [OLD_HEADER,
            '615,1RTA,,29/12/2015,2015,1,Riots/Protests,Protesters (Algeria),,6,,,0,60,Algeria,Batna,Batna,,'
            'Batna,35.55530,6.17860,1,El Watan,"A sit-in, in Batna.",0,,,,',
            '615,2RTA,,03/01/2016,2016,1,Battles-No change of territory,AQIM,,2,Military Forces of Algeria,,1,'
            '12,Algeria,Tizi Ouzou,X,,Y,36.7,4.05,2,APS,clash,3,,,,']
    r = read_incidents(_write(tmp_path, "io_old.csv", "\n".join(rows) + "\n"))
    assert r.format == "acled-old-csv" and r.skipped == []
    assert [i.event_date for i in r.incidents] == ["2015-12-29", "2016-01-03"]
    assert r.incidents[0].sub_event_type == "" and r.incidents[1].fatalities == 3
    assert r.incidents[0].notes == "A sit-in, in Batna."


def test_bad_rows_are_counted_with_their_reason(tmp_path):
    rows = [ACLED_HEADER,
            _acled_row("A"),
            _acled_row("B", lat="95"),
            _acled_row("C", lon="forty"),
            _acled_row("D", fatalities="many"),
            _acled_row("E", date="31 February 2020"),
            "1,760,F,1,10 January 2020,2020,1,Battles",  # truncated row
            "",
            _acled_row("G", lat="", lon="40.1")]
    r = read_incidents(_write(tmp_path, "io_bad.csv", "\n".join(rows) + "\n"))
    assert [i.extra["event_id_cnty"] for i in r.incidents] == ["A"]
    assert r.skipped == [
        (3, "latitude 95 is outside [-90, 90]"),
        (4, "longitude 'forty' is not a number"),
        (5, "fatalities 'many' is not a number"),
        (6, "event_date '31 February 2020' is not a valid calendar date"),
        (7, "row has 8 fields, header has 31: missing latitude, longitude"),
        (9, "latitude is empty but the other coordinate is given"),
    ]
    summary = r.summary()
    assert "io_bad.csv: 1 incident(s) read" in summary and "6 row(s) skipped" in summary
    assert "row 3: latitude 95" in summary and "and 3 more" in summary


def test_missing_coordinate_columns_are_named(tmp_path):
    p = _write(tmp_path, "io_nocoords.csv", "event_date,event_type,lat\n2020-01-10,Battles,34.4\n")
    with pytest.raises(InputFileError, match=r"io_nocoords\.csv: no latitude or longitude column.*header is"):
        read_incidents(p)


# ----------------------------------------------------------------- files that cannot be read
@pytest.mark.parametrize("name,content,match", [
    ("io_empty.csv", b"", "empty"),
    ("io_blank.csv", b"  \n\n ", "empty"),
    ("io_binary.csv", b"PK\x03\x04\x00\x00\x14\x00binary zip", "binary"),
    ("io_random.csv", bytes(random.Random(1).choices(range(128, 256), k=300)), "encoding"),
    ("io_broken.json", b'[{"event_type": "Battles", ', "not valid JSON"),
    ("io_text.json", b"hello world", "not JSON"),
    ("io_lines.jsonl", b"{bad\n{worse\n", "no line is valid JSON"),
    ("io_noext", b"just some words", "cannot tell the format"),
])
def test_unreadable_files_name_the_file(tmp_path, name, content, match):
    p = _write(tmp_path, name, content, mode="wb")
    with pytest.raises(InputFileError, match=match) as e:
        read_incidents(p)
    assert name in str(e.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputFileError, match="no such file"):
        read_incidents(tmp_path / "io_absent.csv")
    with pytest.raises(InputFileError, match="is a folder"):
        read_incidents(tmp_path)


def test_legacy_encoding_is_detected_and_reported(tmp_path):
    text = "event_date,location,country,latitude,longitude\n2020-01-10,Deir ez-Zor café à côté,Syria,35.3,40.1\n"
    p = _write(tmp_path, "io_latin.csv", text.encode("cp1252"), mode="wb")
    r = read_incidents(p)
    assert len(r.incidents) == 1 and r.encoding not in ("utf-8", "ascii")
    assert r.incidents[0].location.startswith("Deir ez-Zor caf")
    assert "decoded as" in r.summary()


def test_utf8_bom_and_tab_separated(tmp_path):
    p = _write(tmp_path, "io_bom.tsv", "\ufeffevent_date\tlocation\tlatitude\tlongitude\n2020-01-10\tḤajīn\t34.69\t40.83\n")
    r = read_incidents(p)
    assert r.format == "geomap-csv" and r.incidents[0].location == "Ḥajīn" and r.encoding == "utf-8"


# ----------------------------------------------------------------- geomap's own formats
@pytest.mark.parametrize("fmt", ["csv", "geojson", "json"])
def test_round_trip(tmp_path, fmt):
    incs = _incidents()
    p = write_incidents(incs, tmp_path / f"io_out.{fmt}")
    r = read_incidents(p)
    assert r.skipped == [] and r.incidents == incs
    assert r.incidents[0].evidence == incs[0].evidence and r.incidents[0].notes == incs[0].notes


def test_geojson_output_is_points_with_unplaced_as_null(tmp_path):
    p = write_incidents(_incidents(), tmp_path / "io_out.geojson")
    fc = json.loads(p.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection"
    assert fc["features"][0]["geometry"] == {"type": "Point", "coordinates": [40.91854, 34.45226]}
    assert fc["features"][1]["geometry"] is None
    assert set(INCIDENT_FIELDS) <= set(fc["features"][0]["properties"])


def test_geojson_bad_features_are_skipped(tmp_path):
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"event_type": "Battles"}, "geometry": {"type": "Point", "coordinates": [40, 34]}},
        {"type": "Feature", "properties": {"event_type": "Battles"},
         "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
        {"type": "Feature", "properties": {"event_type": "Battles"}, "geometry": {"type": "Point", "coordinates": [40, 95]}},
        "not a feature",
        {"type": "Feature", "properties": {"name": "Beirut", "geonameid": 276781},
         "geometry": {"type": "Point", "coordinates": [35.5, 33.9]}},
    ]}
    r = read_incidents(_write(tmp_path, "io_fc.geojson", json.dumps(fc)))
    assert len(r.incidents) == 1 and r.incidents[0].longitude == 40
    assert r.skipped[:3] == [(2, "geometry is a Polygon, expected a Point"), (3, "latitude 95 is outside [-90, 90]"),
                             (4, "not a GeoJSON Feature")]
    assert r.skipped[-1][0] == 5 and "not an incident" in r.skipped[-1][1]


def test_extract_json_lines(tmp_path):
    inc = _incidents()[0]
    doc = {"source": "report.txt",
           "places": [{"text": "Al Bukamal", "start": 5, "end": 15, "name": "Ālbū Kamāl", "geonameid": 174448,
                       "country_code": "SY", "latitude": 34.45226, "longitude": 40.91854, "kind": "toponym"}],
           "incidents": [inc.to_dict(), dict(inc.to_dict(), latitude="north")]}
    lines = [json.dumps(doc), "", "{oops", json.dumps({"id": "doc2", "places": [], "incidents": []}),
             json.dumps({"id": "doc3", "error": "could not read"})]
    r = read_incidents(_write(tmp_path, "io_extract.jsonl", "\n".join(lines) + "\n"))
    assert r.format == "jsonl"
    assert r.incidents == [dataclasses.replace(inc, notes="")]  # extract JSON has no notes
    assert [m.text for m in r.places] == ["Al Bukamal"] and r.places[0].place.geonameid == 174448
    assert [n for n, _ in r.skipped] == [1, 3, 5]
    assert "incident 2: latitude 'north' is not a number" in r.skipped[0][1]
    assert "could not read" in r.skipped[2][1]


def test_incident_from_dict_errors_are_input_errors():
    with pytest.raises(InputError, match="geo_precision 7"):
        incident_from_dict({"event_type": "Battles", "geo_precision": 7})


def test_geodataframe_has_crs_and_missing_geometry_for_unplaced():
    gdf = incidents_to_geodataframe(_incidents())
    assert gdf.crs.to_epsg() == 4326 and len(gdf) == 2
    assert gdf.geometry.iloc[0].x == 40.91854 and gdf.geometry.iloc[1] is None
    assert [c for c in gdf.columns if c in INCIDENT_FIELDS] == list(INCIDENT_FIELDS)
    assert list(gdf.columns[:len(TABLE_FIELDS)]) == list(TABLE_FIELDS)


def test_write_unknown_format(tmp_path):
    with pytest.raises(InputError, match="unknown output format 'xlsx'"):
        write_incidents(_incidents(), tmp_path / "io_out.xlsx")




@pytest.mark.parametrize("fmt", ["csv", "geojson", "json"])
def test_formula_cells_are_neutralised_in_csv_and_read_back_exactly(tmp_path, fmt):
    import dataclasses

    hostile = ['=HYPERLINK("http://x","click")', "+1", "-2+3", "@SUM(A1)", "'=1+2", "''@x", "-"]
    incs = [dataclasses.replace(_incidents()[0], actor1=h, notes=h, location=h) for h in hostile]
    p = write_incidents(incs, tmp_path / f"io_formula.{fmt}")
    if fmt == "csv":
        import csv

        with open(p, newline="", encoding="utf-8") as f:
            cells = [c for row in csv.reader(f) for c in row]
        assert not any(c[:1] in ("=", "+", "@") for c in cells)
        assert not any(c.startswith("-") and not c.lstrip("-").replace(".", "").isdigit() for c in cells)
    r = read_incidents(p)
    assert r.skipped == [] and [(i.actor1, i.notes, i.location) for i in r.incidents] == [(h, h, h) for h in hostile]
    assert r.incidents[0].longitude == incs[0].longitude
