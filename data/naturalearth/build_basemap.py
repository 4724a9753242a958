"""Rebuild ``geomap/data/naturalearth/countries.geojson`` from Natural Earth.

Usage (from the repository root)::

    python data/naturalearth/build_basemap.py \
        [--source ../shared/data/naturalearth/ne_10m_admin_0_countries_deu.zip] \
        [--tolerance 0.025] [--precision 0.001] \
        [--check-cities ../shared/data/geonames/cities15000.txt]

Steps (see README.md beside this script):

1. read the Natural Earth 10 m admin-0 countries shapefile (UTF-8 DBF without a .cpg);
2. repair the one invalid geometry with ``make_valid``;
3. simplify all countries together as a *coverage* (``shapely.coverage_simplify``,
   Visvalingam-Whyatt), so shared borders stay shared: no gaps, no overlaps;
4. snap coordinates to a 0.001 degree grid (about 110 m) to keep the file small;
5. keep ISO_A2 / ISO_A3 (with Natural Earth's ``-99`` replaced by the ``_EH`` columns),
   NAME, NAME_AR, NAME_FA, LABEL_X, LABEL_Y;
6. write compact GeoJSON in EPSG:4326 (RFC 7946, no CRS member).

With ``--check-cities`` it also prints how many GeoNames cities fall in the same country
before and after simplification (with geomap's 3 km coastal fallback), and the regional
cities the project tests by name.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import mapping

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "naturalearth" / "ne_10m_admin_0_countries_deu.zip"
DEFAULT_OUT = REPO / "geomap" / "data" / "naturalearth" / "countries.geojson"
KEEP = ("ISO_A2", "ISO_A3", "NAME", "NAME_AR", "NAME_FA", "LABEL_X", "LABEL_Y", "DISPUTED")
LAYERS = REPO.parent / "shared" / "data" / "naturalearth" / "layers"
WORLD = REPO.parent / "shared" / "data" / "naturalearth" / "world-atlas" / "countries-10m.json"
DISPUTED_TYPES = ("Disputed", "Indeterminate")


def disputed_gaps(countries, world: Path = WORLD, lines: Path = LAYERS / "ne_10m_admin_0_boundary_lines_disputed_areas.geojson"):
    """Land that Natural Earth's default view puts in a country and this point of view in none
    (the Golan Heights, Abyei ...): polygons to add as disputed land."""
    import geopandas as gpd

    wc = gpd.read_file(world, layer="countries")
    b = wc.geometry.bounds
    wc = wc[(b.maxx - b.minx) < 90]            # features across the antimeridian decode badly
    ours = shapely.make_valid(countries.geometry.values)
    tree = shapely.STRtree(ours)
    dl = gpd.read_file(lines)
    out = []
    for w in shapely.make_valid(wc.geometry.values):
        idx = tree.query(w)
        gap = shapely.difference(w, shapely.union_all(ours[idx])) if len(idx) else w
        for part in shapely.get_parts(gap):
            if part.area < 0.003:
                continue
            near = dl[dl.intersects(part.buffer(0.02))]
            names = [n for n in near["brk_name_l"].dropna().tolist() + near["brk_name_r"].dropna().tolist() if n]
            out.append((names[0] if names else "Disputed area", part))
    return out


def _code(value: str, fallback: str) -> str:
    """Natural Earth writes -99 where ISO has no code; its *_EH column often has one."""
    for v in (value, fallback):
        if v and v != "-99":
            return v
    return ""


def build(source: Path, tolerance: float, precision: float):
    """Return the simplified GeoDataFrame (EPSG:4326) with the kept columns."""
    import geopandas as gpd

    if not source.exists():
        raise SystemExit(f"build_basemap: {source} not found; pass --source with the Natural Earth zip")
    g = gpd.read_file(f"zip://{source}", encoding="UTF-8")
    g = g.to_crs(4326)
    g["geometry"] = g.geometry.make_valid()
    simplified = shapely.coverage_simplify(g.geometry.values, tolerance, simplify_boundary=True)
    simplified = shapely.set_precision(simplified, precision)
    if not shapely.is_valid(simplified).all():
        simplified = shapely.make_valid(simplified)
    out = gpd.GeoDataFrame(
        {
            "ISO_A2": [_code(a, b) for a, b in zip(g["ISO_A2"], g["ISO_A2_EH"])],
            "ISO_A3": [_code(a, b) for a, b in zip(g["ISO_A3"], g["ISO_A3_EH"])],
            "NAME": g["NAME"],
            "NAME_AR": g["NAME_AR"].fillna(""),
            "NAME_FA": g["NAME_FA"].fillna(""),
            "LABEL_X": g["LABEL_X"].round(4),
            "LABEL_Y": g["LABEL_Y"].round(4),
            "DISPUTED": g["TYPE"].isin(DISPUTED_TYPES).astype(int),
        },
        geometry=simplified,
        crs=4326,
    )
    import pandas as pd

    gaps = disputed_gaps(g)
    if gaps:
        geoms = shapely.set_precision(shapely.simplify([p for _, p in gaps], tolerance / 2), precision)
        pts = [p.representative_point() for _, p in gaps]
        extra = gpd.GeoDataFrame({"ISO_A2": "", "ISO_A3": "", "NAME": [n for n, _ in gaps], "NAME_AR": "",
                                  "NAME_FA": "", "LABEL_X": [round(q.x, 4) for q in pts],
                                  "LABEL_Y": [round(q.y, 4) for q in pts], "DISPUTED": 1},
                                 geometry=list(geoms), crs=4326)
        out = pd.concat([out, extra], ignore_index=True)
        print("disputed land added: " + ", ".join(f"{n} ({p.area:.3f} sq deg)" for n, p in gaps))
    out = out[~out.geometry.is_empty].sort_values("NAME").reset_index(drop=True)
    return out, g


def write_geojson(gdf, path: Path) -> int:
    """Write compact RFC 7946 GeoJSON; return the size in bytes."""
    features = []
    for row in gdf.itertuples(index=False):
        props = {k: getattr(row, k) for k in KEEP}
        props["LABEL_X"] = float(props["LABEL_X"])
        props["LABEL_Y"] = float(props["LABEL_Y"])
        props["DISPUTED"] = int(props["DISPUTED"])
        features.append({"type": "Feature", "properties": props, "geometry": mapping(row.geometry)})
    fc = {
        "type": "FeatureCollection",
        "name": "naturalearth_10m_admin0_countries_simplified",
        "features": features,
    }
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text + "\n", encoding="utf-8")
    return len(text.encode("utf-8")) + 1


def check_cities(cities_file: Path, full, simplified) -> None:
    """Print agreement of GeoNames cities' country codes before/after simplification."""
    import geopandas as gpd
    import pandas as pd

    sys.path.insert(0, str(REPO))
    from geomap.spatial import countries_of_points

    cities = pd.read_csv(cities_file, sep="\t", header=None, usecols=[1, 4, 5, 8],
                         names=["name", "lat", "lon", "cc"], quoting=3, keep_default_na=False)
    lon, lat = cities["lon"].to_numpy(), cities["lat"].to_numpy()
    full_poly = gpd.GeoDataFrame({"ISO_A2": [_code(a, b) for a, b in zip(full["ISO_A2"], full["ISO_A2_EH"])]},
                                 geometry=full.geometry, crs=4326)
    before = countries_of_points(lon, lat, countries=full_poly, coast_km=0)
    after = countries_of_points(lon, lat, countries=simplified, coast_km=3)
    truth = cities["cc"].to_numpy()
    print(f"cities checked: {len(cities)}")
    print(f"  in GeoNames' country with the full 10 m polygons: {(before == truth).sum()}")
    print(f"  in GeoNames' country with the shipped polygons (+3 km coast): {(after == truth).sum()}")
    print(f"  right before, wrong after: {((before == truth) & (after != truth)).sum()}")
    region = {"Beirut": "LB", "Latakia": "SY", "Ţarţūs": "SY", "Tyre": "LB", "Basrah": "IQ",
              "Ālbū Kamāl": "SY", "Al Qā’im": "IQ", "Tripoli": None}
    for name, want in region.items():
        rows = cities[cities["name"] == name]
        for i in rows.index:
            print(f"  {name} ({rows.at[i, 'cc']}): shipped polygons say {after[i] or '-'}"
                  + ("" if want is None or after[i] == want else "  <-- WRONG"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--tolerance", type=float, default=0.025, help="coverage simplification tolerance, degrees")
    ap.add_argument("--precision", type=float, default=0.001, help="coordinate grid, degrees")
    ap.add_argument("--check-cities", type=Path, default=None)
    args = ap.parse_args(argv)
    gdf, full = build(args.source, args.tolerance, args.precision)
    size = write_geojson(gdf, args.out)
    ncoords = int(shapely.get_num_coordinates(gdf.geometry.values).sum())
    print(f"wrote {args.out} ({size / 1e6:.2f} MB, {len(gdf)} countries, {ncoords} vertices; "
          f"source had {int(shapely.get_num_coordinates(full.geometry.values).sum())})")
    if args.check_cities:
        check_cities(args.check_cities, full, gdf)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
