"""Geocoding a table: ACLED exports with their coordinates removed, placed again from their names.

For each ACLED export in ``../shared/eval/acled/`` (read from there, never copied into the
repository; skipped with a message when absent), a temporary copy has its latitude and
longitude cells emptied, and ``geomap convert COPY OUT.csv --geocode`` runs on it as a user
would. Printed per file:

- rows kept: rows written / rows in the export (must be all);
- within 25 km: share of all rows placed within 25 km of ACLED's own point;
- another country: rows placed at a point that lies (by the shipped, simplified country polygons)
  in another country than the row's ``country`` column, and how many of those lie more than
  5 km outside the row's country (target 0: a border town on a simplified border is not a
  wrong country);
- by column: how many rows each name column placed; not placed;
- the peer, in the same run: the same rows placed at the best gazetteer candidate of the
  ``location`` name alone, with no constraint (``geomap.resolve(name)[0]``).

Run: ``python benchmarks/bench_geocode_table.py``
"""
from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval" / "acled"
FILES = ("dkoban_acled_afghanistan_mar2020.csv", "hdx_scraper_fixture_acled_africa_2016-01_to_05_oldformat.csv")
KM = 25.0


def _strip_coordinates(src: Path, dst: Path) -> None:
    """Copy an export with its latitude and longitude cells emptied (same encoding, same rows)."""
    raw = src.read_bytes()
    try:
        text, enc = raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        text, enc = raw.decode("cp1252", errors="replace"), "cp1252"
    rows = list(csv.reader(text.splitlines(keepends=True)))
    header = [c.strip().lower() for c in rows[0]]
    cols = [header.index("latitude"), header.index("longitude")]
    for r in rows[1:]:
        for c in cols:
            if c < len(r):
                r[c] = ""
    with dst.open("w", newline="", encoding=enc, errors="replace") as f:
        csv.writer(f).writerows(rows)


def _share(n: int, d: int) -> str:
    return f"{100.0 * n / d:5.1f} %" if d else "  -  "


def _km_outside(lon: float, lat: float, cc: str) -> float:
    """Distance from a point to the polygon of country ``cc`` (km, great circle to its nearest point)."""
    import shapely
    from shapely.ops import nearest_points

    from geomap._geo import haversine_km
    from geomap.spatial import load_countries

    shapes = load_countries()
    poly = shapes.loc[shapes["ISO_A2"] == cc].geometry
    if poly.empty:
        return float("nan")
    q = nearest_points(poly.union_all(), shapely.Point(lon, lat))[0]
    return haversine_km(lon, lat, q.x, q.y)


def _score(gold: list, placed: list[tuple[float | None, float | None]], codes: list[str]) -> dict:
    """Within 25 km, placed, and placed in another country than the row's, for (lon, lat) per row.

    ``wrong``: the point lies in another country's polygon (the shipped Natural Earth countries,
    simplified); ``far``: of those, more than 5 km from the row's own country (a border town on a
    simplified border is not a wrong country).
    """
    from geomap._geo import haversine_km
    from geomap.spatial import countries_of_points

    lons = [p[0] if p[0] is not None else float("nan") for p in placed]
    lats = [p[1] if p[1] is not None else float("nan") for p in placed]
    at = countries_of_points(lons, lats)
    near = n_placed = wrong = far = 0
    outside: dict[tuple[float, float, str], float] = {}
    for inc, (lon, lat), cc, here in zip(gold, placed, codes, at):
        if lon is None or lat is None:
            continue
        n_placed += 1
        if inc.longitude is not None and haversine_km(lon, lat, inc.longitude, inc.latitude) <= KM:
            near += 1
        if cc and here and here != cc:
            wrong += 1
            key = (lon, lat, cc)
            if key not in outside:
                outside[key] = _km_outside(lon, lat, cc)
            far += outside[key] > 5.0
    return {"near": near, "placed": n_placed, "wrong": wrong, "far": far}


def run(name: str) -> None:
    import geomap
    from geomap.gazetteer.countries import country_code
    from geomap.tables import read_incidents

    src = SHARED / name
    with tempfile.TemporaryDirectory() as tmp:
        copy, out = Path(tmp) / name, Path(tmp) / "out.csv"
        _strip_coordinates(src, copy)
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "geomap", "convert", str(copy), str(out), "--geocode"],
                           capture_output=True, text=True, cwd=ROOT)
        seconds = time.perf_counter() - t0
        if r.returncode != 0:
            print(f"{name}: geomap convert failed: {r.stderr.strip()}")
            return
        gold = read_incidents(src)
        got = read_incidents(out).incidents
    n = len(gold.incidents)
    print(f"\n{name}: {n} rows ({gold.rows} read, {len(gold.skipped)} skipped by the reader), "
          f"convert --geocode {seconds:.1f} s ({n / seconds:,.0f} rows/s, start-up included)")
    if len(got) != n:
        print(f"  rows kept: {len(got)} of {n}: ROWS LOST")
        return
    codes = [country_code(i.country) or "" for i in gold.incidents]
    ours = _score(gold.incidents, [(i.longitude, i.latitude) for i in got], codes)
    by = Counter(i.extra.get("geocoded_from") or "not placed" for i in got)
    peer_pts = []
    for inc in gold.incidents:
        best = geomap.resolve(inc.location, limit=1) if inc.location else []
        peer_pts.append((best[0].longitude, best[0].latitude) if best else (None, None))
    peer = _score(gold.incidents, peer_pts, codes)
    print(f"  rows kept: {len(got)} of {n}")
    print(f"  {'':30} {'within 25 km':>13} {'placed':>8} {'another country':>16} {'> 5 km outside':>15}")
    for label, s in (("geomap convert --geocode", ours), ("peer: resolve(location)[0]", peer)):
        print(f"  {label:30} {_share(s['near'], n):>13} {_share(s['placed'], n):>8} {s['wrong']:>16} "
              f"{s['far']:>15}")
    print("  placed by: " + ", ".join(f"{k} {v}" for k, v in by.most_common()))


def main() -> int:
    missing = [f for f in FILES if not (SHARED / f).is_file()]
    if len(missing) == len(FILES):
        print(f"skipped: the ACLED exports are not in {SHARED} (the public evaluation data is not here)")
        return 0
    for f in missing:
        print(f"skipped {f}: not in {SHARED}")
    for f in FILES:
        if f not in missing:
            run(f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
