"""Tests for geomap.spatial.near: incidents near a route and the per-route summary."""
from __future__ import annotations

import numpy as np
import pytest

from geomap.model import Incident
from geomap.spatial import (
    incidents_near,
    route_summary,
)

from _spatial_testing import (
    ABU_KAMAL,
    AL_QAIM,
    BAGHDAD_AIRPORT,
    GEOD,
    dense_route_points,
    distance_to_points_km,
    strike,
)


def test_al_bukamal_and_baghdad_airport_strikes_are_near_the_corridor(corridor):
    incs = [
        strike(*ABU_KAMAL, location="Al Bukamal", country="Syria", fatalities=8),
        strike(*BAGHDAD_AIRPORT, location="Baghdad International Airport", country="Iraq",
                event_date="2020-01-03", fatalities=10),
        strike(44.0, 25.0, location="far away", country="Saudi Arabia"),
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
    incs = [strike(float(x), float(y)) for x, y in zip(lons, lats)]
    near = incidents_near(corridor, incs, 1000)
    ref_lons, ref_lats = dense_route_points(corridor, 0.25)
    for _, row in near.iterrows():
        ref = distance_to_points_km(row["longitude"], row["latitude"], ref_lons, ref_lats)
        assert row["distance_km"] == pytest.approx(ref, abs=0.05)
    assert list(near["distance_km"]) == sorted(near["distance_km"])


def test_incident_exactly_at_distance_limit(corridor):
    # 30 km perpendicular from the middle of the Palmyra - Damascus segment
    a, b = corridor.waypoints[5], corridor.waypoints[6]
    az, _, dist = GEOD.inv(a.longitude, a.latitude, b.longitude, b.latitude)
    lon, lat, back = GEOD.fwd(a.longitude, a.latitude, az, dist / 2)
    x, y, _ = GEOD.fwd(lon, lat, back + 180 + 90, 30_000)
    near = incidents_near(corridor, [strike(x, y)], 30.05)
    assert len(near) == 1 and near.iloc[0]["distance_km"] == pytest.approx(30, abs=0.01)
    assert len(incidents_near(corridor, [strike(x, y)], 29.9)) == 0


def test_route_summary(corridor):
    incs = [strike(*ABU_KAMAL, fatalities=8, event_date="2020-01-10"),
            strike(*AL_QAIM, fatalities=25, event_date="2019-12-29"),
            strike(*BAGHDAD_AIRPORT, fatalities=None, event_date="2020-01-03"),
            strike(44.0, 25.0, fatalities=100, event_date="2021-01-01")]
    s = route_summary(corridor, incs, 50)
    row = s.iloc[0]
    assert (row["incidents"], row["fatalities"], row["first_date"], row["last_date"]) == (3, 33, "2019-12-29",
                                                                                            "2020-01-10")
    assert row["countries"] == "IR,IQ,SY,LB" and s.crs.to_epsg() == 4326
