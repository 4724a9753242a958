"""Distances between points on the Earth: the one point-to-point distance geomap uses.

Arguments are in (longitude, latitude) order, degrees, as everywhere in geomap.
Routes and buffers use exact geodesics on the WGS 84 ellipsoid (:mod:`geomap.spatial`);
ranking places and scoring geoparsers use this great-circle distance, which is
what the published evaluations (EUPEG, Gritta et al. 2018) use: R = 6371 km.
"""
from __future__ import annotations

import math

__all__ = ["EARTH_RADIUS_KM", "haversine_km"]

#: Mean Earth radius of the standard geoparsing metrics, km.
EARTH_RADIUS_KM = 6371.0


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in km on a sphere of radius 6371 km.

    Examples
    --------
    >>> round(haversine_km(40.92, 34.45, 41.05, 34.37))  # Al Bukamal to Al Qaim
    15
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
