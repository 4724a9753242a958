"""Geocoding a table: rows without coordinates placed from their names, and a table's places in the gazetteer.

Every row here is written for these tests (fictional incidents at real places, and one
fictional village): none comes from the evaluation data.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import geomap
from geomap.cli import main
from geomap.gazetteer.index import SCHEMA_VERSION, index_path
from geomap.pipeline import geocode_incidents, geocode_table
from geomap.spatial import country_of
from geomap.tables import read_incidents

ROOT = Path(__file__).resolve().parents[1]
HEADER = "event_date,event_type,sub_event_type,location,admin2,admin1,country,fatalities,notes\n"
ROWS = (
    "2021-02-01,Explosions/Remote violence,Air/drone strike,Al Bukamal,,Deir ez-Zor,Syria,3,strike on a depot\n"
    "2021-02-02,Battles,Armed clash,Qaryat Imaginaria al-Xqz,,Idlib,Syria,0,a village no gazetteer has\n"
    "2021-02-03,Battles,Armed clash,Xqzvvt Wlorp,,,,0,no name resolves and no country\n"
    "2021-02-04,Battles,Armed clash,Tikrit,,,Syria,1,a town of Iraq said to be in Syria\n"
    "2021-02-05,Protests,Peaceful protest,Al Qaim,,Anbar,Iraq,0,\n"
)


def _csv(tmp_path: Path, name: str = "sheet.csv", rows: str = ROWS) -> Path:
    p = tmp_path / name
    p.write_text(HEADER + rows, encoding="utf-8")
    return p


def _by_location(gdf) -> dict:
    return {r["location"]: r for r in gdf.to_dict("records")}


# ------------------------------------------------------------------ the API
def test_rows_are_placed_from_their_names_and_say_how(tmp_path):
    gdf = geomap.geocode_table(_csv(tmp_path))
    assert len(gdf) == 5 and gdf.crs.to_epsg() == 4326
    rows = _by_location(gdf)
    bukamal = rows["Al Bukamal"]
    assert bukamal["geocoded_from"] == "location" and bukamal["geo_precision"] == 1
    assert bukamal["geonameid"] == 174448 and 0.35 <= bukamal["confidence"] <= 1.0
    assert abs(bukamal["latitude"] - 34.45) < 0.05 and abs(bukamal["longitude"] - 40.92) < 0.05
    assert gdf.geometry.iloc[0].x == bukamal["longitude"]
    qaim = rows["Al Qaim"]
    assert qaim["geocoded_from"] == "location" and country_of(qaim["longitude"], qaim["latitude"]) == "IQ"
    # a village the gazetteer lacks falls back to its province (its seat, as ACLED codes it)
    village = rows["Qaryat Imaginaria al-Xqz"]
    assert village["geocoded_from"] == "admin1" and village["geo_precision"] in (2, 3)
    assert country_of(village["longitude"], village["latitude"]) == "SY"
    assert "placed by admin1" in village["geocode_reason"]
    assert "geocoded 4 of 5" in gdf.attrs["geocode"] and "1 kept without coordinates" in gdf.attrs["geocode"]


def test_a_row_that_cannot_be_placed_is_kept_with_its_reason(tmp_path):
    import pandas as pd

    gdf = geocode_table(_csv(tmp_path))
    row = _by_location(gdf)["Xqzvvt Wlorp"]
    assert pd.isna(row["latitude"]) and pd.isna(row["longitude"]) and gdf.geometry.iloc[2] is None
    assert row["geocoded_from"] == "" and pd.isna(row["geonameid"]) and pd.isna(row["geo_precision"])
    assert "Xqzvvt Wlorp" in row["geocode_reason"] and "found" in row["geocode_reason"]
    assert row["notes"] == "no name resolves and no country"  # the row's own fields are untouched


def test_an_unknown_country_is_the_reason():
    (inc,), report = geocode_incidents(geomap.tables.coerce_incidents(
        [{"event_type": "Battles", "location": "Al Bukamal", "country": "Narnia"}]))
    assert inc.latitude is None and "Narnia" in inc.extra["geocode_reason"]
    assert report.not_placed and "Narnia" in report.summary()


def test_a_name_of_another_country_is_not_placed_there(tmp_path):
    tikrit = _by_location(geocode_table(_csv(tmp_path)))["Tikrit"]
    # Tikrit is in Iraq; the row says Syria: never Iraq's Tikrit, at most Syria itself
    assert tikrit["geonameid"] != 88319 and tikrit["geocoded_from"] != "location"
    if tikrit["latitude"] is not None:
        assert country_of(tikrit["longitude"], tikrit["latitude"]) == "SY"
    rows = geocode_table([{"event_type": "Battles", "location": "Al Bukamal", "country": "Iraq"},
                          {"event_type": "Battles", "location": "Tripoli", "country": "Lebanon"}])
    bukamal, tripoli = rows.to_dict("records")
    assert bukamal["geonameid"] != 174448
    if bukamal["latitude"] is not None:
        assert country_of(bukamal["longitude"], bukamal["latitude"]) == "IQ"
    assert tripoli["geocoded_from"] == "location" and country_of(tripoli["longitude"], tripoli["latitude"]) == "LB"


def test_rows_with_coordinates_are_kept_as_they_are():
    rows = [{"event_type": "Battles", "location": "Al Bukamal", "country": "Syria", "latitude": 34.1,
             "longitude": 40.1, "geo_precision": 2},
            {"event_type": "Battles", "location": "Al Qaim", "country": "Iraq", "admin2": "Al-Qa'im"}]
    gdf = geocode_table(rows)
    first, second = gdf.to_dict("records")
    assert (first["latitude"], first["longitude"], first["geo_precision"]) == (34.1, 40.1, 2)
    assert first["geocoded_from"] == "" and first["geocode_reason"] == ""
    assert second["geocoded_from"] == "location"
    assert "geocoded 1 of 1" in gdf.attrs["geocode"]


def test_a_dataframe_keeps_its_admin2_for_geocoding():
    import pandas as pd

    frame = pd.DataFrame([{"event_type": "Battles", "location": "Qaryat Imaginaria al-Xqz", "admin2": "Abu Kamal",
                           "admin1": "Deir ez-Zor", "country": "Syria"}])
    (row,) = geocode_table(frame).to_dict("records")
    assert row["geocoded_from"] == "admin2" and row["geo_precision"] == 2
    assert country_of(row["longitude"], row["latitude"]) == "SY"


def test_the_geocoding_columns_round_trip(tmp_path):
    gdf = geocode_table(_csv(tmp_path))
    out = tmp_path / "out.csv"
    geomap.write_incidents(gdf, out)
    back = read_incidents(out).incidents
    assert [i.extra.get("geocoded_from", "") for i in back] == list(gdf["geocoded_from"])
    assert [i.extra.get("geocode_reason", "") for i in back] == list(gdf["geocode_reason"])
    assert [i.latitude for i in back] == [None if v != v else v for v in gdf["latitude"]]


def test_a_geoparquet_without_coordinates_is_geocoded(tmp_path):
    import pandas as pd

    p = tmp_path / "sheet.parquet"
    pd.DataFrame([{"event_date": "2021-02-05", "event_type": "Protests", "location": "Al Qaim",
                   "admin1": "Anbar", "country": "Iraq"}]).to_parquet(p)
    (row,) = geocode_table(p).to_dict("records")
    assert row["geocoded_from"] == "location" and country_of(row["longitude"], row["latitude"]) == "IQ"


def test_a_table_with_neither_coordinates_nor_names_is_refused(tmp_path, capsys):
    p = tmp_path / "bare.csv"
    p.write_text("event_date,event_type\n2021-02-01,Battles\n", encoding="utf-8")
    assert main(["convert", str(p), str(tmp_path / "o.csv"), "--geocode"]) == 1
    err = capsys.readouterr().err.strip()
    assert "bare.csv: no latitude or longitude column" in err and "place-name columns" in err
    assert len(err.splitlines()) == 1


# ------------------------------------------------------------------ the command line
def test_convert_geocode_csv_to_geojson(tmp_path, capsys):
    out = tmp_path / "placed.geojson"
    assert main(["convert", str(_csv(tmp_path)), str(out), "--geocode"]) == 0
    err = capsys.readouterr().err
    assert "5 incident(s) read" in err
    assert "geocoded 4 of 5 row(s) without coordinates" in err and "Xqzvvt Wlorp" in err
    fc = json.loads(out.read_text(encoding="utf-8"))
    feats = fc["features"]
    assert len(feats) == 5  # every row kept
    props = {f["properties"]["location"]: f for f in feats}
    bukamal = props["Al Bukamal"]
    lon, lat = bukamal["geometry"]["coordinates"]
    assert bukamal["properties"]["geocoded_from"] == "location" and country_of(lon, lat) == "SY"
    assert (bukamal["properties"]["longitude"], bukamal["properties"]["latitude"]) == (lon, lat)
    lost = props["Xqzvvt Wlorp"]
    assert lost["geometry"] is None and lost["properties"]["geocode_reason"]
    back = read_incidents(out)
    assert len(back.incidents) == 5 and not back.skipped


def test_convert_without_geocode_keeps_the_rows_and_says_how(tmp_path, capsys):
    out = tmp_path / "same.csv"
    assert main(["convert", str(_csv(tmp_path)), str(out)]) == 0
    assert "5 row(s) without coordinates; add --geocode" in capsys.readouterr().err
    assert [i.latitude for i in read_incidents(out).incidents] == [None] * 5


def _spec(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="[^"]+-spec">(.*?)</script>', page, re.S)
    assert m, "no geomap data in the page"
    return json.loads(m.group(1))


def test_map_draws_a_table_without_coordinates(tmp_path, capsys):
    html = tmp_path / "sheet.html"
    assert main(["map", str(_csv(tmp_path)), "-o", str(html), "--route", "iran-mediterranean"]) == 0
    line = capsys.readouterr().out
    assert "4 incidents drawn" in line and "1 unplaced" in line and "not geocoded" in line
    page = html.read_text(encoding="utf-8")
    spec = _spec(page)
    assert "Xqzvvt Wlorp" in json.dumps(spec["unplaced"], ensure_ascii=False)
    text = json.dumps(spec, ensure_ascii=False)
    for lat, lon in ((34.45226, 40.91854), (34.39251, 40.98945)):  # Al Bukamal, Al Qaim
        assert str(lat) in text and str(lon) in text


def test_near_geocodes_a_table(tmp_path):
    r = subprocess.run([sys.executable, "-m", "geomap", "near", "iran-mediterranean", str(_csv(tmp_path)),
                        "--km", "30"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr
    got = {i["location"] for i in json.loads(r.stdout)}
    assert {"Al Bukamal", "Al Qaim"} <= got and "Xqzvvt Wlorp" not in got
    assert "geocoded 4 of 5" in r.stderr


def test_near_json_carries_the_columns_of_its_csv_and_geojson(tmp_path, capsys):
    """``near --format json`` has every column the CSV has, the geocoding ones included, with the same values."""
    import csv
    import io

    argv = ["near", "iran-mediterranean", str(_csv(tmp_path)), "--km", "30", "--format"]
    outs = {}
    for fmt in ("json", "csv", "geojson"):
        assert main(argv + [fmt]) == 0
        outs[fmt] = capsys.readouterr().out
    rows = json.loads(outs["json"])
    table = list(csv.DictReader(io.StringIO(outs["csv"])))
    props = [f["properties"] for f in json.loads(outs["geojson"])["features"]]
    assert [list(r) for r in rows] == [list(t) for t in table] == [list(p) for p in props]
    assert {"geocoded_from", "geocode_reason", "geonameid", "confidence", "distance_km"} <= set(rows[0])
    assert rows == props
    bukamal = next(r for r in rows if r["location"] == "Al Bukamal")
    assert bukamal["geocoded_from"] == "location" and bukamal["geonameid"] == 174448
    assert 0.35 <= bukamal["confidence"] <= 1.0
    assert [str(r["geocoded_from"]) for r in rows] == [t["geocoded_from"] for t in table]


# ------------------------------------------------------------------ gazetteer add --from-incidents
@pytest.fixture
def home(tmp_path):
    """A GEOMAP_HOME with the shared default index (linked, only read) and no user places yet."""
    home = tmp_path / "home"
    (home / "index").mkdir(parents=True)
    built = index_path()
    if not built.is_file():
        geomap.resolve("Baghdad")  # builds it once
    (home / "index" / built.name).symlink_to(built)
    fp = built.with_name(f"gazetteer-v{SCHEMA_VERSION}.sources.json")
    if fp.is_file():
        shutil.copyfile(fp, home / "index" / fp.name)
    return home


def _geomap(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, GEOMAP_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "geomap", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300)


VILLAGES = (
    "event_date,event_type,location,admin1,country,latitude,longitude,geo_precision\n"
    "2021-03-02,Battles,Tell Wardiyat al-Sharqi,Idlib,Syria,35.8712,36.7415,1\n"   # fictional village
    "2021-03-05,Battles,Tell Wardiyat al-Sharqi,Idlib,Syria,35.8730,36.7401,1\n"   # the same, again
    "2021-03-06,Battles,Abu Kamal,Deir ez-Zor,Syria,34.4531,40.9176,1\n"           # already in GeoNames
    "2021-03-07,Battles,Qaryat Zummurud al-Xqz,Ninawa,Iraq,36.1010,43.0210,2\n"    # only near the place
    "2021-03-08,Battles,Qaryat Nakhlat al-Xqz,Idlib,Syria,36.1010,43.0210,1\n"     # the point is in Iraq
)


def test_gazetteer_add_from_incidents_then_geocode_finds_it(home):
    table = home / "my_villages.csv"
    table.write_text(VILLAGES, encoding="utf-8")
    before = _geomap(home, "geocode", "--json", "Tell Wardiyat al-Sharqi")
    assert before.returncode == 0 and json.loads(before.stdout)["candidates"] == []
    r = _geomap(home, "gazetteer", "add", "--from-incidents", str(table))
    assert r.returncode == 0, r.stderr
    assert "1 place(s) added to your gazetteer from 5 row(s); 1 already known, 1 repeated" in r.stdout
    assert "geo_precision 2" in r.stderr and "the point lies in IQ, not in SY" in r.stderr
    after = _geomap(home, "geocode", "--json", "--country", "SY", "Tell Wardiyat al-Sharqi")
    (best,) = json.loads(after.stdout)["candidates"]
    assert best["source"] == "user:my_villages.csv" and best["country_code"] == "SY" and best["admin1"] == "Idlib"
    assert (best["latitude"], best["longitude"]) == (35.8712, 36.7415) and best["geonameid"] is None
    # adding the same table again replaces its places: still one
    assert _geomap(home, "gazetteer", "add", "--from-incidents", str(table)).returncode == 0
    info = json.loads(_geomap(home, "gazetteer", "info", "--json").stdout)
    assert info["user_places"] == 1
    assert [d["file"] for d in info["user_dumps"]] == ["my_villages.csv"]
    # and a table that names the village without coordinates is now placed at it
    sheet = home / "sheet.csv"
    sheet.write_text("event_date,event_type,location,admin1,country\n2021-04-01,Battles,Tell Wardiyat al-Sharqi,"
                     "Idlib,Syria\n", encoding="utf-8")
    conv = _geomap(home, "convert", str(sheet), str(home / "placed.csv"), "--geocode")
    assert conv.returncode == 0, conv.stderr
    (inc,) = read_incidents(home / "placed.csv").incidents
    assert (inc.latitude, inc.longitude, inc.extra["geocoded_from"]) == (35.8712, 36.7415, "location")


@pytest.mark.parametrize("argv, needle", [
    (["gazetteer", "add"], "one of the two"),
    (["gazetteer", "add", "SY.zip", "--from-incidents", "t.csv"], "one of the two"),
])
def test_gazetteer_add_usage(argv, needle, capsys):
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert needle in err and len(err.splitlines()) == 1


def test_gazetteer_add_from_a_missing_table_is_one_line(home):
    r = _geomap(home, "gazetteer", "add", "--from-incidents", str(home / "nope.csv"))
    assert r.returncode == 1 and "nope.csv" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not (home / "index" / "user.sqlite").exists()
