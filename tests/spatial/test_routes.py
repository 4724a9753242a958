"""Tests for geomap.spatial.routes: the shipped corridor, building, loading and checking routes."""
from __future__ import annotations

import json

import numpy as np
import pytest
import shapely

from geomap.exc import InputError, InputFileError, PlaceNotFoundError, RouteError
from geomap.spatial.routes import Route, Waypoint
from geomap.spatial import (
    countries_crossed,
    list_routes,
    load_route,
    route_from_coordinates,
    route_from_geojson,
    route_from_names,
)

from _spatial_testing import (
    ABU_KAMAL,
    AL_QAIM,
    GEOD,
    SHARED_GEONAMES,
    FakeGazetteer,
    dense_route_points,
    distance_to_points_km,
    haversine_km,
    place,
)


def test_corridor_is_listed_and_has_the_issue_waypoints(corridor):
    assert "iran-mediterranean" in list_routes()
    assert [w.name for w in corridor.waypoints] == [
        "Tehran", "Baghdad", "Al Qaim", "Al Bukamal", "Deir ez-Zor", "Palmyra", "Damascus", "Beirut"]
    assert [w.geonameid for w in corridor.waypoints] == [
        112931, 98182, 92138, 174448, 170794, 163808, 170654, 276781]
    for w in corridor.waypoints:
        assert "GeoNames" in w.source and w.country_code


@pytest.mark.skipif(not SHARED_GEONAMES.exists(), reason="shared GeoNames file absent")
def test_corridor_coordinates_are_the_geonames_records(corridor):
    records = {}
    with SHARED_GEONAMES.open(encoding="utf-8") as f:
        for line in f:
            cols = line.split("\t")
            records[int(cols[0])] = (float(cols[5]), float(cols[4]), cols[8])
    for w in corridor.waypoints:
        lon, lat, cc = records[w.geonameid]
        assert (w.longitude, w.latitude, w.country_code) == (lon, lat, cc)


def test_corridor_length_is_the_sum_of_great_circle_segments(corridor):
    wps = corridor.waypoints
    great_circle = sum(haversine_km(a.longitude, a.latitude, b.longitude, b.latitude) for a, b in zip(wps, wps[1:]))
    assert corridor.length_km == pytest.approx(great_circle, rel=0.005)
    ellipsoid = sum(GEOD.inv(a.longitude, a.latitude, b.longitude, b.latitude)[2] for a, b in zip(wps, wps[1:]))
    assert corridor.length_km == pytest.approx(ellipsoid / 1000, rel=1e-9)
    assert 1600 < corridor.length_km < 1700


def test_geodesic_line_follows_the_great_circle(corridor):
    line = corridor.geodesic_line(5.0)
    assert len(line.coords) > 300
    assert GEOD.geometry_length(line) / 1000 == pytest.approx(corridor.length_km, rel=1e-4)
    # Every drawn point is on the geodesic: within metres of the independent densification.
    lons, lats = dense_route_points(corridor, 1.0)
    xy = np.array(line.coords)[::25]
    worst = max(distance_to_points_km(x, y, lons, lats) for x, y in xy)
    assert worst < 0.6  # half the 1 km spacing of the reference points


def test_route_from_names_keeps_the_resolution():
    gaz = FakeGazetteer({"Al Qaim": place(92138, "Al Qā’im", "IQ", *AL_QAIM),
                          "Abu Kamal": place(174448, "Ālbū Kamāl", "SY", *ABU_KAMAL)})
    route = route_from_names(["Al Qaim", "Abu Kamal", "35.33588, 40.14084"], name="border", gazetteer=gaz)
    a, b, c = route.waypoints
    assert (a.query, a.name, a.geonameid, a.country_code) == ("Al Qaim", "Al Qā’im", 92138, "IQ")
    assert "92138" in a.source and "matched" in a.source
    assert (c.longitude, c.latitude, c.source) == (40.14084, 35.33588, "coordinates")
    assert gaz.calls[1][2] == [AL_QAIM]  # the earlier waypoint is context for the next
    assert route.length_km == pytest.approx(9.296 + 121.088, abs=0.01)


def test_unresolvable_waypoint_names_it():
    gaz = FakeGazetteer({"Al Qaim": place(92138, "Al Qā’im", "IQ", *AL_QAIM)})
    with pytest.raises(PlaceNotFoundError, match="Xyzzyville") as e:
        route_from_names(["Al Qaim", "Xyzzyville"], name="test", gazetteer=gaz)
    assert e.value.name == "Xyzzyville"


def test_one_point_route_is_refused():
    with pytest.raises(RouteError, match=r"'solo'.*at least two"):
        route_from_coordinates([(40.0, 34.0)], name="solo")
    with pytest.raises(RouteError, match="at least two"):
        route_from_names(["Beirut"], name="solo", gazetteer=FakeGazetteer({}))


def test_self_crossing_route_is_refused():
    with pytest.raises(RouteError, match=r"'zigzag' .*crosses itself.*p1 – p2.*p3 – p4"):
        route_from_coordinates([(40, 34), (41, 35), (41, 34), (40, 35)], name="zigzag",
                               names=["p1", "p2", "p3", "p4"])


def test_antimeridian_crossing_line_is_refused(tmp_path):
    line = {"type": "Feature", "properties": {"name": "pacific"},
            "geometry": {"type": "LineString", "coordinates": [[178.0, -17.0], [-178.0, -16.0]]}}
    p = tmp_path / "spatial_pacific.geojson"
    p.write_text(json.dumps(line))
    with pytest.raises(RouteError, match=r"pacific.*antimeridian"):
        route_from_geojson(p)


@pytest.mark.parametrize("coords,match", [
    ([(40, 95), (41, 34)], "latitude 95"),
    ([(40, 34), (40, 34)], "same point"),
    ([(400, 34), (41, 34)], "longitude 400"),
])
def test_bad_coordinates(coords, match):
    with pytest.raises((InputError, RouteError), match=match):
        route_from_coordinates(coords, name="bad")


def test_route_from_geojson_linestring_and_round_trip(tmp_path):
    route = route_from_geojson({"type": "LineString", "coordinates": [list(AL_QAIM), list(ABU_KAMAL)]}, name="hop")
    assert route.length_km == pytest.approx(9.296, abs=0.01)
    p = tmp_path / "spatial_hop.geojson"
    p.write_text(json.dumps(route.to_geojson()))
    again = load_route(p)
    assert again.name == "hop" and [(w.longitude, w.latitude) for w in again.waypoints] == [AL_QAIM, ABU_KAMAL]


def test_user_routes_in_geomap_home(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_HOME", str(tmp_path))
    (tmp_path / "routes").mkdir()
    fc = {"type": "FeatureCollection", "name": "border-hop", "features": [
        {"type": "Feature", "properties": {"name": "Al Qaim", "geonameid": 92138, "source": "test"},
         "geometry": {"type": "Point", "coordinates": list(AL_QAIM)}},
        {"type": "Feature", "properties": {"name": "Abu Kamal"}, "geometry": None},  # resolved by name
    ]}
    (tmp_path / "routes" / "border-hop.geojson").write_text(json.dumps(fc))
    assert {"border-hop", "iran-mediterranean"} <= set(list_routes())
    gaz = FakeGazetteer({"Abu Kamal": place(174448, "Ālbū Kamāl", "SY", *ABU_KAMAL)})
    route = load_route("border-hop", gazetteer=gaz)
    assert route.waypoints[1].geonameid == 174448 and route.waypoints[1].query == "Abu Kamal"
    assert countries_crossed(route) == ["IQ", "SY"]


def test_unknown_route_lists_the_known_ones():
    with pytest.raises(RouteError, match=r"no route named 'atlantis'.*iran-mediterranean"):
        load_route("atlantis")


def test_missing_route_file():
    with pytest.raises(InputFileError, match="no such route file"):
        load_route("/nonexistent/route.geojson")


def test_route_to_geodataframe_and_geo_interface(corridor):
    segs = corridor.to_geodataframe()
    assert len(segs) == 7 and segs.crs.to_epsg() == 4326
    assert segs["length_km"].sum() == pytest.approx(corridor.length_km)
    assert corridor.__geo_interface__["type"] == "LineString"
    assert shapely.geometry.shape(corridor.__geo_interface__).is_simple


def test_route_from_names_needs_a_gazetteer_for_names():
    with pytest.raises(InputError, match=r"route_from_names needs a gazetteer: pass "
                                         r"geomap\.gazetteer\.default_gazetteer\(\) or use geomap\.route_from_names"):
        route_from_names(["Al Qaim", "Abu Kamal"], name="border")
    # coordinates need no gazetteer
    route = route_from_names(["34.39251, 40.98945", "34.45226, 40.91854"], name="hop")
    assert [(w.longitude, w.latitude) for w in route.waypoints] == [AL_QAIM, ABU_KAMAL]


def test_route_file_with_unplaced_waypoints_needs_a_gazetteer(tmp_path):
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Al Qaim"}, "geometry": {"type": "Point", "coordinates": list(AL_QAIM)}},
        {"type": "Feature", "properties": {"name": "Abu Kamal"}, "geometry": None},
    ]}
    p = tmp_path / "spatial_unplaced.geojson"
    p.write_text(json.dumps(fc))
    with pytest.raises(RouteError, match=r"spatial_unplaced\.geojson.*'Abu Kamal'.*no gazetteer"):
        load_route(p)
    gaz = FakeGazetteer({"Abu Kamal": place(174448, "Ālbū Kamāl", "SY", *ABU_KAMAL)})
    assert load_route(p, gazetteer=gaz).waypoints[1].geonameid == 174448


@pytest.mark.parametrize("name", ["two\nlines", "", "   ", "tab\there", "x" * 201])
def test_route_name_must_be_one_printable_line(name):
    wps = (Waypoint(name="A", longitude=40.9, latitude=34.4), Waypoint(name="B", longitude=36.3, latitude=33.5))
    with pytest.raises(RouteError, match="one line of printable text"):
        Route(name=name, waypoints=wps)


def test_route_build_refuses_a_name_with_a_newline(tmp_path):
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "geomap", "route", "build", "34.45, 40.92", "33.51, 36.29",
                        "--name", "a\nb", "-o", str(tmp_path / "r.geojson")], capture_output=True, text=True)
    assert r.returncode == 1 and "one line of printable text" in r.stderr
    assert "Traceback" not in r.stderr and not (tmp_path / "r.geojson").exists()
