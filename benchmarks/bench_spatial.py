"""Accuracy and speed of geomap.spatial and geomap.tables.read, printed as figures.

1. Buffer width: for the shipped iran-mediterranean corridor (1,655 km) and a
   3,000 km east-west line, the geodesic distance from buffer boundary vertices
   to the route (reference: the route densified every 250 m), as max/mean
   relative error for several widths.
2. Distance to a route: ``incidents_near`` against the same reference on
   random points, max absolute error (km), and its speed on 10,000 incidents.
3. Country polygons: GeoNames cities15000 (``../shared/data/geonames/``, skipped
   when absent) placed with the shipped basemap, agreement with GeoNames'
   country code.
4. ACLED readers: the real exports in ``../shared/eval/acled/`` (never copied
   into the project; skipped when absent): rows read, skipped, seconds.

Run: ``python benchmarks/bench_spatial.py``
"""
from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from pyproj import Geod

from geomap.model import Incident
from geomap.spatial import (
    buffer_route,
    countries_of_points,
    incidents_near,
    load_route,
    route_from_coordinates,
)
from geomap.tables.read import read_incidents

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GEOD = Geod(ellps="WGS84")


def _reference(route, spacing_km=0.25):
    lons, lats = [], []
    for a, b in zip(route.waypoints, route.waypoints[1:]):
        d = GEOD.inv(a.longitude, a.latitude, b.longitude, b.latitude)[2] / 1000
        pts = [(a.longitude, a.latitude)] + GEOD.npts(a.longitude, a.latitude, b.longitude, b.latitude,
                                                      int(d / spacing_km))
        lons += [p[0] for p in pts]
        lats += [p[1] for p in pts]
    lons.append(route.waypoints[-1].longitude)
    lats.append(route.waypoints[-1].latitude)
    return np.array(lons), np.array(lats)


def _dist_km(lon, lat, lons, lats):
    return float(GEOD.inv(np.full(len(lons), lon), np.full(len(lons), lat), lons, lats)[2].min()) / 1000


def bench_buffers() -> None:
    print("== buffer width (relative error of boundary-to-route geodesic distance)")
    routes = [load_route("iran-mediterranean"),
              route_from_coordinates([(0.0, 40.0), (35.0, 40.0)], name="3000 km at 40N")]
    for route in routes:
        ref = _reference(route)
        for km in (5, 50, 200, 500):
            t = time.perf_counter()
            geom = buffer_route(route, km).geometry.iloc[0]
            secs = time.perf_counter() - t
            ring = np.array(geom.exterior.coords)
            sample = ring[:: max(len(ring) // 300, 1)]
            err = np.array([abs(_dist_km(x, y, *ref) - km) / km for x, y in sample])
            print(f"  {route.name:<20} {km:>4} km: max {err.max() * 100:.3f} %, mean {err.mean() * 100:.3f} % "
                  f"over {len(sample)} vertices; built in {secs:.2f} s")


def bench_near() -> None:
    print("== distance to route (incidents_near)")
    route = load_route("iran-mediterranean")
    ref = _reference(route, 0.05)  # reference overestimates by <= 25 m on the line, < 1 m beyond 1.3 km
    rng = np.random.default_rng(0)
    lons, lats = rng.uniform(34.0, 53.0, 200), rng.uniform(30.0, 38.0, 200)
    near = incidents_near(route, [Incident(None, None, "Battles", "", longitude=float(x), latitude=float(y))
                                  for x, y in zip(lons, lats)], 1000)
    pairs = [(r.distance_km, abs(r.distance_km - _dist_km(r.longitude, r.latitude, *ref))) for r in near.itertuples()]
    far = [e for d, e in pairs if d > 1.3]
    print(f"  {len(pairs)} random points within 1000 km: max abs error {max(e for _, e in pairs) * 1000:.1f} m "
          f"(reference spacing 50 m); {len(far)} beyond 1.3 km: max {max(far) * 1000:.2f} m "
          "(distances are rounded to 1 m)")
    n = 10_000
    lons, lats = rng.uniform(34.0, 53.0, n), rng.uniform(30.0, 38.0, n)
    incs = [Incident(None, None, "Battles", "", longitude=float(x), latitude=float(y)) for x, y in zip(lons, lats)]
    t = time.perf_counter()
    near = incidents_near(route, incs, 50)
    print(f"  {n} incidents: {len(near)} within 50 km, {time.perf_counter() - t:.2f} s")


def bench_countries() -> None:
    print("== point in country (shipped basemap, 3 km coastal fallback)")
    path = SHARED / "data" / "geonames" / "cities15000.txt"
    if not path.exists():
        print(f"  skipped: {path} not found")
        return
    lons, lats, codes = [], [], []
    with path.open(encoding="utf-8") as f:
        for line in f:
            c = line.split("\t")
            lats.append(float(c[4]))
            lons.append(float(c[5]))
            codes.append(c[8])
    t = time.perf_counter()
    got = countries_of_points(lons, lats)
    secs = time.perf_counter() - t
    agree = sum(a == b for a, b in zip(got, codes))
    print(f"  {agree}/{len(codes)} cities in GeoNames' country ({agree / len(codes) * 100:.2f} %), {secs:.2f} s")


def bench_acled() -> None:
    print("== ACLED readers")
    folder = SHARED / "eval" / "acled"
    files = sorted(folder.glob("*.csv")) if folder.is_dir() else []
    if not files:
        print(f"  skipped: no ACLED CSV in {folder}")
        return
    for p in files:
        t = time.perf_counter()
        r = read_incidents(p)
        secs = time.perf_counter() - t
        reasons: dict[str, int] = {}
        for _, why in r.skipped:
            key = why.split(" ")[0]
            reasons[key] = reasons.get(key, 0) + 1
        print(f"  {p.name}: {r.format}, {r.rows} rows, {len(r.incidents)} read, {len(r.skipped)} skipped "
              f"{reasons or ''} in {secs:.2f} s")


if __name__ == "__main__":
    bench_buffers()
    bench_near()
    bench_countries()
    bench_acled()
