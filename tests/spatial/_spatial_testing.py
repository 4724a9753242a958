"""Helpers of the spatial tests: reference coordinates, incidents, an independent geodesic reference, a fake gazetteer."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from pyproj import Geod

from geomap.model import Incident, Place
from geomap.spatial import Route

GEOD = Geod(ellps="WGS84")
# GeoNames coordinates (cities15000.txt)
ABU_KAMAL = (40.91854, 34.45226)  # 174448, Syria
AL_QAIM = (40.98945, 34.39251)  # 92138, Iraq
# Baghdad International Airport (airportsdata ORBI)
BAGHDAD_AIRPORT = (44.2346, 33.2625)
SHARED_GEONAMES = Path(__file__).resolve().parents[3] / "shared" / "data" / "geonames" / "cities15000.txt"


def haversine_km(lon1, lat1, lon2, lat2, r=6371.0088):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def strike(lon, lat, **kw) -> Incident:
    base = dict(event_date="2020-01-10", time_precision=1, event_type="Explosions/Remote violence",
                sub_event_type="Air/drone strike", longitude=lon, latitude=lat)
    base.update(kw)
    return Incident(**base)


def dense_route_points(route: Route, spacing_km: float = 0.25) -> tuple[np.ndarray, np.ndarray]:
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


def distance_to_points_km(lon, lat, lons, lats) -> float:
    d = GEOD.inv(np.full(len(lons), lon), np.full(len(lons), lat), lons, lats)[2]
    return float(d.min()) / 1000


class FakeGazetteer:
    """Stands in for the gazetteer: a fixed table of names, records the context it was given."""

    def __init__(self, table):
        self.table = table
        self.calls = []

    def resolve(self, name, *, country=None, context=None, limit=5, fuzzy=True):
        self.calls.append((name, country, context))
        hit = self.table.get(name)
        return [hit] if hit else []


def place(gid, name, cc, lon, lat):
    return Place(gid, name, cc, "", "PPL", 1000, lon, lat, matched=name, score=0.9)
