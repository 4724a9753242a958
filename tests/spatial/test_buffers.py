"""Tests for geomap.spatial.buffers: geodesic widths and refused distances."""
from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import Point

from geomap.exc import GeometryError
from geomap.spatial import (
    buffer_point,
    buffer_route,
    incidents_near,
    route_from_coordinates,
)

from _spatial_testing import ABU_KAMAL, GEOD, dense_route_points, distance_to_points_km


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
    lons, lats = dense_route_points(corridor, 0.25)
    errors = [abs(distance_to_points_km(x, y, lons, lats) - 50) / 50 for x, y in sample]
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
    lons, lats = dense_route_points(route, 0.5)
    ring = np.array(geom.exterior.coords)[::40]
    errors = [abs(distance_to_points_km(x, y, lons, lats) - 100) / 100 for x, y in ring]
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
