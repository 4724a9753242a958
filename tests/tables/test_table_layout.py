"""A table's layout (its header, an ACLED export's date form and decimals) is found, kept and restored.

Rows are fictional, written here; only the column names follow ACLED's export.
"""
from __future__ import annotations

import csv
import io
import json

import pytest

from geomap.cli import main
from geomap.tables import read_incidents, write_incidents
from geomap.tables.layout import (TableLayout, detect_coordinate_decimals, detect_date_format, format_date)

HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
          "inter1", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source",
          "notes", "fatalities"]


@pytest.mark.parametrize("cells, form", [
    (["21 March 2020", "01 April 2020"], "%d %B %Y"),
    (["9 May 2020", "21 May 2020"], "%-d %B %Y"),
    (["9-May-20", "10-Jun-20"], "%-d-%b-%y"),
    (["01-April-2015", "12-May-2015"], "%d-%B-%Y"),
    (["29/12/2015", "03/01/2016"], "%d/%m/%Y"),
    (["3/1/2016", "29/12/2015"], "%-d/%-m/%Y"),
])
def test_a_file_s_one_date_form_is_found_and_writes_every_cell_back(cells, form):
    assert detect_date_format(cells) == form
    from geomap.tables.schema import _date

    assert [format_date(_date(c), form) for c in cells] == cells


@pytest.mark.parametrize("cells", [
    ["2020-03-21"],                      # ISO: nothing to restore
    ["21 March 2020", "2020-03-22"],     # mixed forms
    ["21 March 2020", "22-March-2020"],  # two separators
    ["12/05/2020", "05/12/2020 10:00"],  # a time part
    ["31/02/2020"],                      # not a calendar date
    [],
])
def test_no_form_when_the_cells_do_not_share_one(cells):
    assert detect_date_format(cells) is None


def test_fixed_decimals_only_when_every_coordinate_has_them():
    assert detect_coordinate_decimals(["35.55530", "-6.17860", " 1.00000"]) == 5
    assert detect_coordinate_decimals(["65.71", "34.855"]) is None
    assert detect_coordinate_decimals(["65", "34.8550"]) is None
    assert detect_coordinate_decimals(["1e-3"]) is None


def test_a_layout_read_from_metadata_is_checked():
    good = TableLayout("acled", ("EVENT_DATE", "LATITUDE"), "%d/%m/%Y", 5)
    assert TableLayout.from_value(good.to_json()) == good
    assert TableLayout.from_value({"kind": "acled", "date_format": "%s rm -rf"}) is None
    assert TableLayout.from_value({"kind": "acled", "coordinate_decimals": 400}) is None
    assert TableLayout.from_value(b"not json") is None and TableLayout.from_value(None) is None


def _export(tmp_path, rows, name="acled.csv"):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
    p = tmp_path / name
    p.write_text(buf.getvalue(), encoding="utf-8")
    return p


ROWS = [
    ["SYR90001", "10-Jan-20", "2020", "1", "Explosions/Remote violence", "Air/drone strike",
     "Unidentified Military Forces ", "8", "Syria", "Deir ez-Zor", "Al Mayadin", "Al Mayadin", "35.0200",
     "40.4500", "1", "SOHR ", "  Fictional: two strikes on positions near the town. ", "4"],
    ["SYR90002", "3-Jan-20", "2020", "2", "Battles", "Armed clash", "QSD: Syrian Democratic Forces", "2", "Syria",
     "Deir ez-Zor", "Abu Kamal", "Hajin", "34.6900", "40.8300", "2", "", "Fictional: a clash at dawn.", "0"],
]


def test_the_read_table_keeps_cells_as_given_and_the_layout(tmp_path):
    r = read_incidents(_export(tmp_path, ROWS))
    assert r.incidents[0].actor1 == "Unidentified Military Forces " and r.incidents[0].source == "SOHR "
    assert r.incidents[0].notes == "  Fictional: two strikes on positions near the town. "
    assert (r.layout.kind, r.layout.date_format, r.layout.coordinate_decimals) == ("acled", "%-d-%b-%y", 4)
    assert r.layout.columns == tuple(HEADER)
    gdf = write_incidents(r, tmp_path / "t.parquet") and read_incidents(tmp_path / "t.parquet")
    assert gdf.layout == r.layout  # kept in the GeoParquet's metadata


@pytest.mark.parametrize("via", ["geojson", "parquet", "gpkg"])
def test_write_incidents_gives_the_export_back_through_a_gis_file(tmp_path, via):
    src = _export(tmp_path, ROWS)
    mid = write_incidents(read_incidents(src), tmp_path / f"t.{via}")
    back = write_incidents(read_incidents(mid), tmp_path / "back.csv")
    assert back.read_text(encoding="utf-8") == src.read_text(encoding="utf-8")


def test_geocoded_columns_follow_the_export_s_own(tmp_path, capsys):
    rows = [list(ROWS[0]), list(ROWS[1])]
    rows[1][12] = rows[1][13] = ""  # Hajin without coordinates
    src = _export(tmp_path, rows)
    assert main(["convert", str(src), str(tmp_path / "placed.csv"), "--geocode"]) == 0
    with open(tmp_path / "placed.csv", encoding="utf-8", newline="") as f:
        back = list(csv.reader(f))
    assert back[0] == HEADER + ["geonameid", "point_source", "confidence", "geocoded_from", "geocode_reason"]
    assert back[1][:len(HEADER)] == rows[0]  # a row that had coordinates: unchanged, its geocoding columns empty
    assert back[1][len(HEADER):] == ["", "", "", "", ""]
    hajin = dict(zip(back[0], back[2]))
    assert hajin["geocoded_from"] == "location" and hajin["event_date"] == "3-Jan-20"
    assert abs(float(hajin["latitude"]) - 34.69) < 0.1 and len(hajin["latitude"].split(".")[1]) == 4
    again = read_incidents(tmp_path / "placed.csv")
    assert again.format == "geomap-csv" and again.incidents[1].extra["geocoded_from"] == "location"


def test_the_geojson_carries_the_layout_as_a_foreign_member(tmp_path, capsys):
    src = _export(tmp_path, ROWS)
    assert main(["convert", str(src), str(tmp_path / "t.geojson")]) == 0
    doc = json.loads((tmp_path / "t.geojson").read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and doc["geomap_layout"]["date_format"] == "%-d-%b-%y"
    assert doc["features"][0]["properties"]["event_date"] == "2020-01-10"
