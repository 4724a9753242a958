"""Tests for geomap.spatial: routes, buffers, distances, countries."""
from __future__ import annotations

import json
import math
import warnings
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyproj import Geod
from shapely.geometry import Point

from geomap.exc import GeometryError, InputError, InputFileError, PlaceNotFoundError, RouteError
from geomap.model import Incident, Place
from geomap.settings import data_path
from geomap.spatial import (
    CountryMismatchWarning,
    Route,
    area_from_country,
    area_from_geojson,
    buffer_point,
    buffer_route,
    check_incident_countries,
    countries_crossed,
    country_code_for,
    country_of,
    incidents_in_area,
    incidents_near,
    list_routes,
    load_countries,
    load_route,
    route_from_coordinates,
    route_from_geojson,
    route_from_names,
    route_summary,
)

GEOD = Geod(ellps="WGS84")
# GeoNames coordinates (cities15000.txt)
ABU_KAMAL = (40.91854, 34.45226)  # 174448, Syria
AL_QAIM = (40.98945, 34.39251)  # 92138, Iraq
# Baghdad International Airport (airportsdata ORBI)
BAGHDAD_AIRPORT = (44.2346, 33.2625)
SHARED_GEONAMES = Path(__file__).resolve().parents[3] / "shared" / "data" / "geonames" / "cities15000.txt"


@pytest.fixture(scope="module")
def corridor() -> Route:
    return load_route("iran-mediterranean")


def _haversine_km(lon1, lat1, lon2, lat2, r=6371.0088):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def _strike(lon, lat, **kw) -> Incident:
    base = dict(event_date="2020-01-10", time_precision=1, event_type="Explosions/Remote violence",
                sub_event_type="Air/drone strike", longitude=lon, latitude=lat)
    base.update(kw)
    return Incident(**base)


def _dense_route_points(route: Route, spacing_km: float = 0.25) -> tuple[np.ndarray, np.ndarray]:
    """Independent densification of the route's geodesics (for checking distances)."""
    lons, lats = [], []
    for a, b in zip(route.waypoints, route.waypoints[1:]):
        d = GEOD.inv(a.longitude, a.latitude, b.longitude, b.latitude)[2] / 1000
        n = int(d / spacing_km)
        pts = [(a.longitude, a.latitude)] + GEOD.npts(a.longitude, a.latitude, b.longitude, b.latitude, n)
        lons += [p[0] for p in pts]
        lats += [p[1] for p in pts]
    lons.append(route.waypoints[-1].longitude)
    lats.append(route.waypoints[-1].latitude)
    return np.array(lons), np.array(lats)


def _distance_to_points_km(lon, lat, lons, lats) -> float:
    d = GEOD.inv(np.full(len(lons), lon), np.full(len(lons), lat), lons, lats)[2]
    return float(d.min()) / 1000


# ----------------------------------------------------------------- the shipped corridor
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


def test_corridor_crosses_iran_iraq_syria_lebanon_in_order(corridor):
    assert countries_crossed(corridor) == ["IR", "IQ", "SY", "LB"]


def test_corridor_length_is_the_sum_of_great_circle_segments(corridor):
    wps = corridor.waypoints
    great_circle = sum(_haversine_km(a.longitude, a.latitude, b.longitude, b.latitude) for a, b in zip(wps, wps[1:]))
    assert corridor.length_km == pytest.approx(great_circle, rel=0.005)
    ellipsoid = sum(GEOD.inv(a.longitude, a.latitude, b.longitude, b.latitude)[2] for a, b in zip(wps, wps[1:]))
    assert corridor.length_km == pytest.approx(ellipsoid / 1000, rel=1e-9)
    assert 1600 < corridor.length_km < 1700


def test_geodesic_line_follows_the_great_circle(corridor):
    line = corridor.geodesic_line(5.0)
    assert len(line.coords) > 300
    assert GEOD.geometry_length(line) / 1000 == pytest.approx(corridor.length_km, rel=1e-4)
    # Every drawn point is on the geodesic: within metres of the independent densification.
    lons, lats = _dense_route_points(corridor, 1.0)
    xy = np.array(line.coords)[::25]
    worst = max(_distance_to_points_km(x, y, lons, lats) for x, y in xy)
    assert worst < 0.6  # half the 1 km spacing of the reference points


# ----------------------------------------------------------------- buffers
def test_50km_buffer_is_50km_wide_at_points_along_the_route(corridor):
    area = buffer_route(corridor, 50)
    assert area.crs.to_epsg() == 4326
    geom = area.geometry.iloc[0]
    assert geom.is_valid and geom.geom_type == "Polygon"
    checked = 0
    wps = corridor.waypoints
    for a, b in zip(wps, wps[1:]):
        az, _, dist = GEOD.inv(a.longitude, a.latitude, b.longitude, b.latitude)
        if dist < 60_000:  # the 9 km Al Qaim - Al Bukamal hop: sides overlap the neighbours
            continue
        mid_lon, mid_lat, back_az = GEOD.fwd(a.longitude, a.latitude, az, dist / 2)
        heading = back_az + 180  # direction of travel at the midpoint
        for side in (-90, 90):
            inside = GEOD.fwd(mid_lon, mid_lat, heading + side, 49_500)[:2]
            outside = GEOD.fwd(mid_lon, mid_lat, heading + side, 50_500)[:2]
            assert geom.contains(Point(*inside)), (a.name, b.name, side)
            assert not geom.contains(Point(*outside)), (a.name, b.name, side)
            checked += 1
    assert checked >= 10


def test_50km_buffer_boundary_is_50km_from_the_route(corridor):
    geom = buffer_route(corridor, 50).geometry.iloc[0]
    ring = np.array(geom.exterior.coords)
    sample = ring[:: max(len(ring) // 150, 1)]
    lons, lats = _dense_route_points(corridor, 0.25)
    errors = [abs(_distance_to_points_km(x, y, lons, lats) - 50) / 50 for x, y in sample]
    assert len(errors) >= 100
    assert max(errors) < 0.01


def test_point_buffer_is_a_geodesic_circle():
    area = buffer_point(*ABU_KAMAL, 10, name="Al Bukamal")
    ring = np.array(area.geometry.iloc[0].exterior.coords)
    d = GEOD.inv(np.full(len(ring), ABU_KAMAL[0]), np.full(len(ring), ABU_KAMAL[1]), ring[:, 0], ring[:, 1])[2]
    assert np.abs(d / 10_000 - 1).max() < 0.005
    assert area.iloc[0]["name"] == "Al Bukamal"


def test_buffer_of_a_long_route_spanning_utm_zones_keeps_its_width():
    # 3,000 km east-west at 40 N: five UTM zones, far beyond one local projection.
    route = route_from_coordinates([(0.0, 40.0), (35.0, 40.0)], name="long")
    geom = buffer_route(route, 100).geometry.iloc[0]
    lons, lats = _dense_route_points(route, 0.5)
    ring = np.array(geom.exterior.coords)[::40]
    errors = [abs(_distance_to_points_km(x, y, lons, lats) - 100) / 100 for x, y in ring]
    assert max(errors) < 0.01


@pytest.mark.parametrize("km", [-1, -0.001, float("nan"), float("inf")])
def test_negative_or_absurd_distance_is_refused_naming_the_route(corridor, km):
    with pytest.raises(GeometryError, match="iran-mediterranean"):
        buffer_route(corridor, km)
    with pytest.raises(GeometryError, match="iran-mediterranean"):
        incidents_near(corridor, [], km)


def test_negative_point_buffer_names_the_point():
    with pytest.raises(GeometryError, match="Al Bukamal.*negative"):
        buffer_point(*ABU_KAMAL, -5, name="Al Bukamal")


def test_buffer_reaching_the_antimeridian_is_refused():
    with pytest.raises(GeometryError, match="antimeridian"):
        buffer_point(179.9, -17.0, 50, name="Fiji east")


# ----------------------------------------------------------------- incidents near a route
def test_al_bukamal_and_baghdad_airport_strikes_are_near_the_corridor(corridor):
    incs = [
        _strike(*ABU_KAMAL, location="Al Bukamal", country="Syria", fatalities=8),
        _strike(*BAGHDAD_AIRPORT, location="Baghdad International Airport", country="Iraq",
                event_date="2020-01-03", fatalities=10),
        _strike(44.0, 25.0, location="far away", country="Saudi Arabia"),
        Incident("2020-01-10", 1, "Battles", "Armed clash", location="nowhere"),
    ]
    near = incidents_near(corridor, incs, 50)
    assert near.crs.to_epsg() == 4326
    assert list(near["location"]) == ["Al Bukamal", "Baghdad International Airport"]  # nearest first
    bukamal, airport = near.iloc[0], near.iloc[1]
    assert bukamal["distance_km"] < 5
    assert bukamal["nearest_waypoint"] == "Al Bukamal"
    assert 5 < airport["distance_km"] < 20
    assert airport["nearest_waypoint"] == "Baghdad"
    assert airport["segment"] == "Baghdad – Al Qaim"  # WSW of Baghdad, beside the road west
    assert airport["along_km"] == pytest.approx(corridor.segment_lengths_km[0] + 11.3, abs=0.5)
    assert near.attrs["unplaced"] == 1


def test_distance_to_route_matches_an_independent_computation(corridor):
    rng = np.random.default_rng(5)
    lons = rng.uniform(35.0, 52.0, 40)
    lats = rng.uniform(32.0, 37.0, 40)
    incs = [_strike(float(x), float(y)) for x, y in zip(lons, lats)]
    near = incidents_near(corridor, incs, 1000)
    ref_lons, ref_lats = _dense_route_points(corridor, 0.25)
    for _, row in near.iterrows():
        ref = _distance_to_points_km(row["longitude"], row["latitude"], ref_lons, ref_lats)
        assert row["distance_km"] == pytest.approx(ref, abs=0.05)
    assert list(near["distance_km"]) == sorted(near["distance_km"])


def test_incident_exactly_at_distance_limit(corridor):
    # 30 km perpendicular from the middle of the Palmyra - Damascus segment
    a, b = corridor.waypoints[5], corridor.waypoints[6]
    az, _, dist = GEOD.inv(a.longitude, a.latitude, b.longitude, b.latitude)
    lon, lat, back = GEOD.fwd(a.longitude, a.latitude, az, dist / 2)
    x, y, _ = GEOD.fwd(lon, lat, back + 180 + 90, 30_000)
    near = incidents_near(corridor, [_strike(x, y)], 30.05)
    assert len(near) == 1 and near.iloc[0]["distance_km"] == pytest.approx(30, abs=0.01)
    assert len(incidents_near(corridor, [_strike(x, y)], 29.9)) == 0


def test_route_summary(corridor):
    incs = [_strike(*ABU_KAMAL, fatalities=8, event_date="2020-01-10"),
            _strike(*AL_QAIM, fatalities=25, event_date="2019-12-29"),
            _strike(*BAGHDAD_AIRPORT, fatalities=None, event_date="2020-01-03"),
            _strike(44.0, 25.0, fatalities=100, event_date="2021-01-01")]
    s = route_summary(corridor, incs, 50)
    row = s.iloc[0]
    assert (row["incidents"], row["fatalities"], row["first_date"], row["last_date"]) == (3, 33, "2019-12-29",
                                                                                            "2020-01-10")
    assert row["countries"] == "IR,IQ,SY,LB" and s.crs.to_epsg() == 4326


# ----------------------------------------------------------------- areas
def test_incidents_inside_a_country_and_a_buffer():
    incs = [_strike(*ABU_KAMAL, location="Al Bukamal"), _strike(*AL_QAIM, location="Al Qaim")]
    assert list(incidents_in_area(incs, area_from_country("Syria"))["location"]) == ["Al Bukamal"]
    assert list(incidents_in_area(incs, area_from_country("IQ"))["location"]) == ["Al Qaim"]
    both = incidents_in_area(incs, buffer_point(*ABU_KAMAL, 10, name="border"))
    assert list(both["location"]) == ["Al Bukamal", "Al Qaim"] and set(both["area"]) == {"border"}


def test_area_from_geojson_polygon():
    square = {"type": "Polygon", "coordinates": [[[40.8, 34.3], [41.1, 34.3], [41.1, 34.5], [40.8, 34.5],
                                                  [40.8, 34.3]]]}
    area = area_from_geojson({"type": "Feature", "properties": {"name": "border box"}, "geometry": square})
    assert area.iloc[0]["name"] == "border box" and area.crs.to_epsg() == 4326
    assert len(incidents_in_area([_strike(*ABU_KAMAL)], area)) == 1


def test_invalid_polygon_is_refused_naming_the_input(tmp_path):
    bowtie = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "bowtie"},
              "geometry": {"type": "Polygon", "coordinates": [[[40, 34], [41, 35], [41, 34], [40, 35], [40, 34]]]}}]}
    p = tmp_path / "spatial_bowtie.geojson"
    p.write_text(json.dumps(bowtie))
    with pytest.raises(GeometryError, match=r"spatial_bowtie\.geojson.*bowtie.*invalid.*Self-intersection"):
        area_from_geojson(p)


@pytest.mark.parametrize("content,match", [
    ("", "empty"),
    ("{not json", "not valid JSON"),
    ('{"type": "Point", "coordinates": [40, 34]}', "no Polygon"),
])
def test_bad_area_files(tmp_path, content, match):
    p = tmp_path / "spatial_area.geojson"
    p.write_text(content)
    with pytest.raises(InputFileError, match=match):
        area_from_geojson(p)


def test_unknown_country_area():
    with pytest.raises(InputError, match="Narnia"):
        area_from_country("Narnia")


# ----------------------------------------------------------------- countries
@pytest.mark.parametrize("name,lon,lat,code", [
    ("Beirut", 35.50157, 33.89332, "LB"),
    ("Tyre", 35.19389, 33.27333, "LB"),
    ("Tripoli (LB)", 35.84415, 34.43352, "LB"),
    ("Latakia", 35.79088, 35.53125, "SY"),
    ("Tartus", 35.88659, 34.88902, "SY"),
    ("Basrah", 47.7804, 30.50852, "IQ"),
    ("Abu Kamal", *ABU_KAMAL, "SY"),
    ("Al Qaim", *AL_QAIM, "IQ"),
    ("Haifa", 34.99928, 32.81303, "IL"),
    ("Tehran", 51.42151, 35.69439, "IR"),
])
def test_cities_of_the_region_fall_in_their_country(name, lon, lat, code):
    assert country_of(lon, lat) == code, name


def test_sea_is_in_no_country():
    assert country_of(34.0, 34.0) == ""  # eastern Mediterranean


def test_country_codes_from_names():
    assert [country_code_for(x) for x in ("Syria", "Syrian Arab Republic", "IRQ", "lb", "Iran", "سوريا", "")] == [
        "SY", "SY", "IQ", "LB", "IR", "SY", ""]


def test_shipped_basemap_is_small_valid_geojson():
    path = data_path("naturalearth", "countries.geojson")
    assert path.stat().st_size < 3_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) > 240
    countries = load_countries()
    assert "-99" not in set(countries["ISO_A2"])
    assert {"SY", "IQ", "LB", "IR", "XK", "FR", "NO"} <= set(countries["ISO_A2"])
    assert countries.geometry.is_valid.all()
    assert countries.loc[countries["ISO_A2"] == "SY", "NAME_AR"].iloc[0] == "سوريا"


def test_country_mismatch_warns():
    wrong = _strike(*AL_QAIM, location="Al Qaim", country="Syria")
    right = _strike(*ABU_KAMAL, location="Al Bukamal", country="Syria")
    unknown = _strike(*ABU_KAMAL, location="x", country="")
    with pytest.warns(CountryMismatchWarning, match=r"Al Qaim.*Syria.*IQ"):
        table = check_incident_countries([wrong, right, unknown])
    assert list(table["country_mismatch"]) == [True, False, False]
    assert list(table["country_at_point"]) == ["IQ", "SY", "SY"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check_incident_countries([right, unknown])  # no warning when all agree


# ----------------------------------------------------------------- building routes
class _FakeGazetteer:
    """Stands in for the gazetteer: a fixed table of names, records the context it was given."""

    def __init__(self, table):
        self.table = table
        self.calls = []

    def resolve(self, name, *, country=None, context=None, limit=5, fuzzy=True):
        self.calls.append((name, country, context))
        hit = self.table.get(name)
        return [hit] if hit else []


def _place(gid, name, cc, lon, lat):
    return Place(gid, name, cc, "", "PPL", 1000, lon, lat, matched=name, score=0.9)


def test_route_from_names_keeps_the_resolution():
    gaz = _FakeGazetteer({"Al Qaim": _place(92138, "Al Qā’im", "IQ", *AL_QAIM),
                          "Abu Kamal": _place(174448, "Ālbū Kamāl", "SY", *ABU_KAMAL)})
    route = route_from_names(["Al Qaim", "Abu Kamal", "35.33588, 40.14084"], name="border", gazetteer=gaz)
    a, b, c = route.waypoints
    assert (a.query, a.name, a.geonameid, a.country_code) == ("Al Qaim", "Al Qā’im", 92138, "IQ")
    assert "92138" in a.source and "matched" in a.source
    assert (c.longitude, c.latitude, c.source) == (40.14084, 35.33588, "coordinates")
    assert gaz.calls[1][2] == [AL_QAIM]  # the earlier waypoint is context for the next
    assert route.length_km == pytest.approx(9.296 + 121.088, abs=0.01)


def test_unresolvable_waypoint_names_it():
    gaz = _FakeGazetteer({"Al Qaim": _place(92138, "Al Qā’im", "IQ", *AL_QAIM)})
    with pytest.raises(PlaceNotFoundError, match="Xyzzyville") as e:
        route_from_names(["Al Qaim", "Xyzzyville"], name="test", gazetteer=gaz)
    assert e.value.name == "Xyzzyville"


def test_one_point_route_is_refused():
    with pytest.raises(RouteError, match=r"'solo'.*at least two"):
        route_from_coordinates([(40.0, 34.0)], name="solo")
    with pytest.raises(RouteError, match="at least two"):
        route_from_names(["Beirut"], name="solo", gazetteer=_FakeGazetteer({}))


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
    gaz = _FakeGazetteer({"Abu Kamal": _place(174448, "Ālbū Kamāl", "SY", *ABU_KAMAL)})
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
