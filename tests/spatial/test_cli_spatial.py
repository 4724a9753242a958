"""Tests for the route and near commands of the geomap CLI."""
from __future__ import annotations

import csv
import io
import json

import pytest

from geomap.cli import main
from geomap.settings import data_path
from geomap.tables.schema import TABLE_FIELDS

HEADER = ["event_date", "event_type", "sub_event_type", "location", "country", "latitude", "longitude", "fatalities"]
ROWS = [
    ["2020-01-10", "Explosions/Remote violence", "Air/drone strike", "Al Bukamal", "Syria", "34.45226", "40.91854", "8"],
    ["2020-01-03", "Explosions/Remote violence", "Air/drone strike", "Baghdad International Airport", "Iraq",
     "33.2625", "44.2346", "10"],
    ["2020-01-05", "Battles", "Armed clash", "Riyadh", "Saudi Arabia", "24.68773", "46.72185", "0"],
    ["2019-12-29", "Explosions/Remote violence", "Air/drone strike", "Al Qaim", "Syria", "34.39251", "40.98945", "25"],
    ["2020-01-06", "Battles", "Armed clash", "bad", "Iraq", "95", "44", "0"],
]


@pytest.fixture()
def table(tmp_path):
    p = tmp_path / "cli_spatial_incidents.csv"
    with p.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(ROWS)
    return p


def test_route_list(capsys):
    assert main(["route", "list"]) == 0
    assert "iran-mediterranean" in capsys.readouterr().out.split()


def test_route_show_json_contract(capsys):
    assert main(["route", "show", "iran-mediterranean", "--json"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    obj = json.loads(out)
    assert set(obj) == {"name", "length_km", "countries", "waypoints"}
    assert obj["name"] == "iran-mediterranean"
    assert obj["countries"] == ["IR", "IQ", "SY", "LB"]
    assert 1600 < obj["length_km"] < 1700
    assert [w["name"] for w in obj["waypoints"]][0] == "Tehran" and len(obj["waypoints"]) == 8
    for w in obj["waypoints"]:
        assert set(w) == {"name", "geonameid", "latitude", "longitude"}
    assert obj["waypoints"][3] == {"name": "Al Bukamal", "geonameid": 174448, "latitude": 34.45226,
                                   "longitude": 40.91854}


def test_route_show_text_lists_sources(capsys):
    assert main(["route", "show", str(data_path("routes", "iran-mediterranean.geojson"))]) == 0
    out = capsys.readouterr().out
    assert "crosses IR > IQ > SY > LB" in out and "geonameid=174448" in out and "GeoNames" in out


def test_route_show_unknown_is_one_line_error(capsys):
    assert main(["route", "show", "atlantis", "--json"]) == 1
    cap = capsys.readouterr()
    assert cap.out == "" and cap.err.count("\n") == 1 and "atlantis" in cap.err


def test_near_json_contract(table, capsys):
    assert main(["near", "iran-mediterranean", str(table), "--km", "50"]) == 0
    cap = capsys.readouterr()
    arr = json.loads(cap.out)
    assert {x["location"] for x in arr[:2]} == {"Al Bukamal", "Al Qaim"}  # both waypoints: 0 km
    assert [x["location"] for x in arr][2] == "Baghdad International Airport"
    assert len(arr) == 3
    for x in arr:  # the table's columns (as the CSV and GeoJSON have them), then what near adds
        assert list(x)[:len(TABLE_FIELDS)] == list(TABLE_FIELDS)
        assert {"distance_km", "nearest_waypoint"} <= set(list(x)[len(TABLE_FIELDS):])
    assert [x["distance_km"] for x in arr] == sorted(x["distance_km"] for x in arr)
    airport = arr[2]
    assert airport["distance_km"] < 20 and airport["nearest_waypoint"] == "Baghdad"
    # skipped row reported, and the Al Qaim row "in Syria" is flagged as being in Iraq
    assert "row 6: latitude 95 is outside [-90, 90]" in cap.err
    assert "Al Qaim" in cap.err and "in IQ" in cap.err


def test_near_smaller_distance(table, capsys):
    assert main(["near", "iran-mediterranean", str(table), "--km", "5"]) == 0
    assert {x["location"] for x in json.loads(capsys.readouterr().out)} == {"Al Bukamal", "Al Qaim"}


def test_near_geojson_and_csv(table, capsys):
    assert main(["near", "iran-mediterranean", str(table), "--format", "geojson"]) == 0
    fc = json.loads(capsys.readouterr().out)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 3
    assert "distance_km" in fc["features"][0]["properties"]
    assert main(["near", "iran-mediterranean", str(table), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 3 and rows[-1]["nearest_waypoint"] == "Baghdad"


@pytest.mark.parametrize("args,match", [
    (["--km", "-5"], "--km must be 0 or more"),
    (["--published", "10/01/2020"], "--published"),
    (["--format", "xml"], "invalid choice"),
])
def test_near_bad_options(table, capsys, args, match):
    assert main(["near", "iran-mediterranean", str(table), *args]) == 1
    assert match in capsys.readouterr().err


def test_near_bad_input_file(tmp_path, capsys):
    p = tmp_path / "cli_spatial_empty.csv"
    p.write_text("")
    assert main(["near", "iran-mediterranean", str(p)]) == 1
    err = capsys.readouterr().err
    assert "cli_spatial_empty.csv" in err and "empty" in err and err.count("\n") == 1


def test_near_with_the_example_report(capsys):
    """End to end: the report's strikes, extracted and resolved offline, against the corridor."""
    report = str(data_path("example", "al-bukamal-strikes.txt"))
    assert main(["near", "iran-mediterranean", report, "--published", "2020-01-10", "--km", "50"]) == 0
    arr = json.loads(capsys.readouterr().out)
    by_id = {x["geonameid"]: x for x in arr if x["geonameid"]}
    bukamal = by_id.get(174448)
    assert bukamal is not None and bukamal["distance_km"] < 5
    airport = [x for x in arr if "Baghdad" in (x["location"] or "")]
    assert airport and airport[0]["distance_km"] < 20
