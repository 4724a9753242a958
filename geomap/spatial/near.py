"""Spatial questions about incidents: which are near a route, inside an area, and a summary per route.

Distances from incidents to a route are geodesic distances (WGS 84) to the
route's densified geodesic line. Incidents are values given by the caller
(Incident lists, records, GeoDataFrames, GeoJSON); they are turned into the one
incident table of :mod:`geomap.tables.schema`.

Examples
--------
>>> from geomap.model import Incident
>>> from geomap.spatial.routes import load_route
>>> strike = Incident("2020-01-10", 1, "Explosions/Remote violence", "Air/drone strike",
...                   location="Al Bukamal", longitude=40.91854, latitude=34.45226)
>>> near = incidents_near(load_route("iran-mediterranean"), [strike], 25)
>>> list(near["nearest_waypoint"])
['Al Bukamal']
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

import numpy as np
import shapely

from geomap.spatial._base import (
    GEOD,
    MEASURE_SPACING_KM,
    SPHERE_RADIUS_KM,
    check_km,
    cumulative_km,
    incident_frame,
    points_lon_lat,
)
from geomap.spatial.areas import area_geometry
from geomap.spatial.countries import countries_crossed
from geomap.spatial.routes import Route

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

__all__ = ["incidents_near", "incidents_in_area", "route_summary"]


def _nearest_on_route(route: Route, lons: np.ndarray, lats: np.ndarray) -> dict[str, np.ndarray]:
    """Geodesic distance from each point to the route, and where along it.

    1. Spherical (haversine) distances to the route densified every
       :data:`MEASURE_SPACING_KM` pick candidate vertices: every local minimum
       within 0.5 % (+ 0.2 km) of the nearest, so that a second branch of the
       route almost as near is not lost to the sphere/ellipsoid difference.
    2. Each candidate is re-picked among its 10 neighbours either side with
       ellipsoidal distances, then refined on the two pieces beside it by
       sampling and zooming in (to about a metre).
    3. The best candidate of each point wins.
    """
    rl, rla, rseg = route._densified(MEASURE_SPACING_KM)
    along = cumulative_km(rl, rla)
    m = len(rl)
    n = len(lons)
    dist = np.full(n, np.nan)
    seg = np.full(n, -1, dtype=int)
    along_km = np.full(n, np.nan)
    ok = np.nonzero(np.isfinite(lons) & np.isfinite(lats))[0]
    if not len(ok):
        return {"distance_km": dist, "segment": seg, "along_km": along_km}
    lam_r, phi_r = np.radians(rl), np.radians(rla)
    pair_row: list[np.ndarray] = []
    pair_vertex: list[np.ndarray] = []
    for s in range(0, len(ok), 1024):
        idx = ok[s:s + 1024]
        lam, phi = np.radians(lons[idx])[:, None], np.radians(lats[idx])[:, None]
        h = (np.sin((phi_r - phi) / 2) ** 2 + np.cos(phi) * np.cos(phi_r) * np.sin((lam_r - lam) / 2) ** 2)
        d = 2 * SPHERE_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
        left = np.concatenate([np.full((len(idx), 1), np.inf), d[:, :-1]], axis=1)
        right = np.concatenate([d[:, 1:], np.full((len(idx), 1), np.inf)], axis=1)
        limit = d.min(axis=1, keepdims=True) * 1.005 + 0.2
        r, v = np.nonzero((d <= left) & (d <= right) & (d <= limit))
        pair_row.append(r + s)
        pair_vertex.append(v)
    rows_p = np.concatenate(pair_row)
    best = np.concatenate(pair_vertex)
    qlon, qlat = lons[ok][rows_p][:, None], lats[ok][rows_p][:, None]
    win = np.clip(best[:, None] + np.arange(-10, 11)[None, :], 0, m - 1)
    dw = GEOD.inv(np.broadcast_to(qlon, win.shape), np.broadcast_to(qlat, win.shape), rl[win], rla[win])[2]
    best = win[np.arange(len(best)), np.argmin(dw, axis=1)]
    lo = np.clip(best - 1, 0, m - 1)
    span = (np.clip(best + 1, 0, m - 1) - lo).astype(float)  # window is u in [0, span] vertices

    def at(u: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        k = np.minimum(np.floor(u).astype(int), np.maximum(span[:, None].astype(int) - 1, 0))
        a = np.clip(lo[:, None] + k, 0, m - 1)
        b = np.clip(a + 1, 0, m - 1)
        f = np.clip(u - k, 0.0, 1.0)
        return (rl[a] + (rl[b] - rl[a]) * f, rla[a] + (rla[b] - rla[a]) * f,
                along[a] + (along[b] - along[a]) * f, a)

    u = np.linspace(0.0, 1.0, 41)[None, :] * span[:, None]
    step = span / 40.0
    for _ in range(3):
        plon, plat, palong, pa = at(u)
        d = GEOD.inv(np.broadcast_to(qlon, plon.shape), np.broadcast_to(qlat, plat.shape), plon, plat)[2]
        j = np.argmin(d, axis=1)
        centre = u[np.arange(len(best)), j]
        u = np.clip(centre[:, None] + np.linspace(-1.0, 1.0, 21)[None, :] * step[:, None], 0.0, span[:, None])
        step = step / 10.0
    k = np.arange(len(best))
    pd_km = d[k, j] / 1000.0
    p_along = palong[k, j]
    p_seg = rseg[np.minimum(pa[k, j], max(m - 2, 0))]
    # best candidate per point: sort by (row, distance) and keep the first of each row
    order = np.lexsort((pd_km, rows_p))
    first = order[np.concatenate([[True], rows_p[order][1:] != rows_p[order][:-1]])]
    target = ok[rows_p[first]]
    dist[target] = pd_km[first]
    along_km[target] = p_along[first]
    seg[target] = p_seg[first]
    return {"distance_km": dist, "segment": seg, "along_km": along_km}


def _nearest_waypoints(route: Route, lons: np.ndarray, lats: np.ndarray) -> tuple[list[str], np.ndarray]:
    wl = np.array([w.longitude for w in route.waypoints])
    wla = np.array([w.latitude for w in route.waypoints])
    names: list[str] = []
    kms = np.full(len(lons), np.nan)
    for i, (lon, lat) in enumerate(zip(lons, lats)):
        if not (np.isfinite(lon) and np.isfinite(lat)):
            names.append("")
            continue
        d = GEOD.inv(np.full(len(wl), lon), np.full(len(wl), lat), wl, wla)[2]
        k = int(np.argmin(d))
        names.append(route.waypoints[k].name)
        kms[i] = d[k] / 1000.0
    return names, kms


def incidents_near(route: Route, incidents: Any, km: float) -> "gpd.GeoDataFrame":
    """Incidents within ``km`` kilometres of a route, nearest first.

    Parameters
    ----------
    route : Route
    incidents : list of Incident, records, GeoDataFrame, GeoJSON, or a table reader's result
        Incidents without coordinates cannot be near anything and are left out
        (their count is in ``result.attrs["unplaced"]``).
    km : float
        Geodesic distance from the route, kilometres (>= 0).

    Returns
    -------
    geopandas.GeoDataFrame
        The incident columns plus ``distance_km`` (to the geodesic line),
        ``nearest_waypoint``, ``nearest_waypoint_km``, ``segment`` ("A – B"),
        ``segment_index`` and ``along_km`` (distance from the first waypoint),
        sorted by ``distance_km``; EPSG:4326.

    Raises
    ------
    GeometryError
        ``km`` is negative.
    """
    km = check_km(km, f"incidents near route {route.name!r}")
    gdf = incident_frame(incidents)
    lons, lats = points_lon_lat(gdf)
    near = _nearest_on_route(route, lons, lats)
    keep = np.nonzero(np.isfinite(near["distance_km"]) & (near["distance_km"] <= km + 1e-9))[0]
    out = gdf.iloc[keep].copy()
    names, wkm = _nearest_waypoints(route, lons[keep], lats[keep])
    out["distance_km"] = np.round(near["distance_km"][keep], 3)
    out["nearest_waypoint"] = names
    out["nearest_waypoint_km"] = np.round(wkm, 3)
    out["segment"] = [route.segment_label(int(s)) for s in near["segment"][keep]]
    out["segment_index"] = near["segment"][keep].astype(int)
    out["along_km"] = np.round(near["along_km"][keep], 3)
    out = out.sort_values("distance_km", kind="stable")
    out.attrs["unplaced"] = int((~np.isfinite(lons)).sum())
    out.attrs["route"] = route.name
    out.attrs["km"] = km
    return out


def incidents_in_area(incidents: Any, area: Any) -> "gpd.GeoDataFrame":
    """Incidents whose point lies inside (or on the edge of) an area.

    Parameters
    ----------
    incidents : list of Incident, records, GeoDataFrame, GeoJSON, or a table reader's result
    area : GeoDataFrame (e.g. from :func:`buffer_route`, :func:`area_from_country`),
        shapely geometry in EPSG:4326, or a GeoJSON mapping

    Returns
    -------
    geopandas.GeoDataFrame
        The incidents inside, with an ``area`` column naming the area.
    """
    geom, label = area_geometry(area)
    gdf = incident_frame(incidents)
    geoms = gdf.geometry.values
    valid = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    shapely.prepare(geom)
    inside = np.zeros(len(gdf), dtype=bool)
    if valid.any():
        inside[valid] = shapely.covers(geom, geoms[valid])
    out = gdf.iloc[np.nonzero(inside)[0]].copy()
    out["area"] = label
    return out


def route_summary(routes: Route | Sequence[Route], incidents: Any, km: float) -> "gpd.GeoDataFrame":
    """Per-route summary of the incidents within ``km`` kilometres.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per route: ``name``, ``length_km``, ``countries`` (ISO codes
        joined with ``,``), ``km``, ``incidents``, ``fatalities`` (sum of known
        counts), ``first_date``, ``last_date`` (ISO, None when no dated
        incident); geometry is the geodesic route line.
    """
    import geopandas as gpd

    import pandas as pd

    if isinstance(routes, Route):
        routes = [routes]
    gdf = incident_frame(incidents)
    rows, geoms = [], []
    for r in routes:
        near = incidents_near(r, gdf, km)
        dates = sorted(d for d in near.get("event_date", []) if isinstance(d, str) and d)
        fat = near["fatalities"] if "fatalities" in near.columns else []
        fat_vals = [int(f) for f in fat if not pd.isna(f)]
        rows.append({"name": r.name, "length_km": round(r.length_km, 3),
                     "countries": ",".join(countries_crossed(r)), "km": float(km),
                     "incidents": int(len(near)), "fatalities": int(sum(fat_vals)),
                     "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None})
        geoms.append(r.geodesic_line())
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")
