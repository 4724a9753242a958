"""Rebuild ``geomap/data/naturalearth/labels.json``: rivers, first-level divisions and towns.

Usage (from the repository root)::

    python data/naturalearth/build_labels.py [--tolerance 0.01]

Sources: Natural Earth 10 m rivers and lake centrelines and admin-1 label points (public
domain, ``../shared/data/naturalearth/layers/``) and GeoNames cities15000 (CC BY 4.0,
``../shared/data/geonames/cities15000.txt``). Rivers are simplified (Douglas-Peucker,
``--tolerance`` degrees) and rounded to 0.001 degree; each map takes only what falls in its
extent (``geomap/render/labels.py``).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
OUT = REPO / "geomap" / "data" / "naturalearth" / "labels.json"


def _round(coords, nd=3):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], nd), round(coords[1], nd)]
    return [_round(c, nd) for c in coords]


def build(tolerance: float) -> dict:
    rivers = []
    src = json.loads((SHARED / "naturalearth/layers/ne_10m_rivers_lake_centerlines.geojson").read_text("utf-8"))
    for f in src["features"]:
        p = f["properties"]
        if not f.get("geometry"):
            continue
        g = shapely.simplify(shape(f["geometry"]), tolerance)
        if g.is_empty:
            continue
        gm = mapping(g)
        lines = [gm["coordinates"]] if gm["type"] == "LineString" else list(gm["coordinates"])
        rivers.append({"name": p.get("name") or "", "z": round(float(p.get("min_zoom") or 5), 1),
                       "lines": [_round(line) for line in lines if len(line) > 1]})
    admin1 = []
    src = json.loads((SHARED / "naturalearth/layers/ne_10m_admin_1_label_points.geojson").read_text("utf-8"))
    for f in src["features"]:
        p, (x, y) = f["properties"], f["geometry"]["coordinates"][:2]
        if p.get("name"):
            admin1.append([p["name"], round(y, 3), round(x, 3), p.get("iso_a2") or ""])
    towns = []
    for line in (SHARED / "geonames/cities15000.txt").read_text("utf-8").splitlines():
        c = line.split("\t")
        if len(c) > 14 and c[6] == "P":
            towns.append([c[1], round(float(c[4]), 3), round(float(c[5]), 3), int(c[14] or 0), c[8]])
    towns.sort(key=lambda t: -t[3])
    return {"source": "Natural Earth 10 m (public domain); GeoNames cities15000 (CC BY 4.0)",
            "rivers": rivers, "admin1": admin1, "towns": towns}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tolerance", type=float, default=0.01)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    data = build(a.tolerance)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    a.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {a.out} ({len(text) / 1e6:.2f} MB: {len(data['rivers'])} rivers, "
          f"{len(data['admin1'])} divisions, {len(data['towns'])} towns)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
