"""Rebuild ``geomap/data/naturalearth/layers.json``: land borders, lakes, seas and urban areas.

Usage (from the repository root)::

    python data/naturalearth/build_layers.py

Sources (``../shared/data/naturalearth/layers/``, Natural Earth, public domain; GeoJSON
packaging by ``martynafford/natural-earth-geojson``, CC0):

* ``ne_10m_admin_0_boundary_lines_land`` -- land borders as lines, each with its class
  (``0`` an international boundary, ``1`` disputed, indefinite, a line of control or an
  indeterminate frontier: drawn dashed); overlay and lease limits are left out;
* ``ne_10m_lakes`` -- lakes and reservoirs with their names and Natural Earth's zooms;
* ``ne_10m_geography_marine_polys`` -- seas, gulfs, bays and straits: only a label point
  each (the pole of inaccessibility of the largest part), its name and zoom range;
* ``ne_50m_urban_areas`` -- built-up areas (MODIS 2002).

Lines and rings are simplified (Douglas-Peucker, ``--tolerance`` degrees; borders at
half of it, urban areas at ``--urban-tolerance``) and stored as integers on a 0.001
degree grid, the first point absolute and each next one as the difference from the
previous (``[x0, y0, dx1, dy1, ...]``, :func:`geomap.render.basemap.encode_line`), with each feature's bounding box so that a map
takes only what lies in its extent (``geomap/render/labels.py``).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import shapely
import shapely.ops
from shapely.geometry import shape

REPO = Path(__file__).resolve().parents[2]
LAYERS = REPO.parent / "shared" / "data" / "naturalearth" / "layers"
OUT = REPO / "geomap" / "data" / "naturalearth" / "layers.json"
sys.path.insert(0, str(REPO))  # this checkout's geomap

from geomap.render.basemap import encode_line  # noqa: E402

#: Natural Earth boundary classes drawn dashed (class 1); the rest of the land lines are solid (0).
DASHED = ("Disputed", "Indefinite", "Line of control", "Indeterminant")
#: Boundary classes left out (not borders between countries).
SKIP = ("Overlay limit", "Lease limit")


def _lines(geom) -> list[list[int]]:
    out = []
    for part in shapely.get_parts(geom):
        if part.is_empty:
            continue
        if part.geom_type == "LineString":
            rings = [part]
        elif part.geom_type == "Polygon":
            rings = [part.exterior, *part.interiors]
        else:
            continue
        for r in rings:
            e = encode_line(shapely.get_coordinates(r))
            if len(e) >= 4:
                out.append(e)
    return out


def _polygons(geom) -> list[list[list[int]]]:
    """Each polygon part as its rings (exterior first); parts that vanish are dropped."""
    out = []
    for part in shapely.get_parts(geom):
        if part.geom_type != "Polygon" or part.is_empty:
            continue
        rings = [encode_line(shapely.get_coordinates(r)) for r in (part.exterior, *part.interiors)]
        if len(rings[0]) >= 6:
            out.append([r for r in rings if len(r) >= 6])
    return out


def _bbox(geom) -> list[float]:
    return [round(v, 3) for v in geom.bounds]


def _read(name: str) -> list[dict]:
    return json.loads((LAYERS / name).read_text("utf-8"))["features"]


def build(tolerance: float, urban_tolerance: float) -> dict:
    borders = []
    for f in _read("ne_10m_admin_0_boundary_lines_land.geojson"):
        cla = f["properties"].get("featurecla") or ""
        if not f.get("geometry") or cla.startswith(SKIP):
            continue
        g = shapely.simplify(shape(f["geometry"]), tolerance / 2)
        lines = _lines(g)
        if lines:
            borders.append({"c": 1 if cla.startswith(DASHED) else 0, "bb": _bbox(g), "l": lines})
    lakes = []
    for f in _read("ne_10m_lakes.geojson"):
        p = f["properties"]
        if not f.get("geometry"):
            continue
        g = shapely.make_valid(shapely.simplify(shape(f["geometry"]), tolerance))
        polys = _polygons(g)
        if not polys:
            continue
        name, alt = (p.get("name") or "").strip(), (p.get("name_alt") or "").strip()
        item = {"z": round(float(p.get("min_zoom") or 6), 1), "sr": int(p["scalerank"] if p.get("scalerank") is not None else 9),
                "bb": _bbox(g), "p": polys}
        if name:
            big = max(shapely.get_parts(g), key=lambda x: x.area)
            at = shapely.ops.polylabel(big, tolerance) if big.geom_type == "Polygon" else big.representative_point()
            item.update(n=name if not alt or alt == name else f"{name} ({alt})",
                        lz=round(float(p.get("min_label") or 7), 1), at=[round(at.y, 3), round(at.x, 3)])
        lakes.append(item)
    seas = []
    for f in _read("ne_10m_geography_marine_polys.geojson"):
        p = f["properties"]
        if not f.get("geometry") or not p.get("name"):
            continue
        big = max(shapely.get_parts(shape(f["geometry"])), key=lambda x: x.area)
        at = shapely.ops.polylabel(shapely.make_valid(big) if not big.is_valid else big, 0.05) \
            if big.geom_type == "Polygon" else big.representative_point()
        seas.append([p["name"], round(at.y, 3), round(at.x, 3), round(float(p.get("min_label") or 4), 1),
                     round(float(p.get("max_label") or 11), 1)])
    urban = []
    for f in _read("ne_50m_urban_areas.geojson"):
        if not f.get("geometry"):
            continue
        g = shapely.make_valid(shapely.simplify(shape(f["geometry"]), urban_tolerance))
        polys = _polygons(g)
        if polys:
            urban.append({"bb": _bbox(g), "p": polys})
    return {"source": "Natural Earth 10 m land boundaries, lakes, marine areas; 50 m urban areas (public domain)",
            "grid": 0.001, "borders": borders, "lakes": lakes, "seas": seas, "urban": urban}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tolerance", type=float, default=0.006)
    ap.add_argument("--urban-tolerance", type=float, default=0.003)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    data = build(a.tolerance, a.urban_tolerance)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    a.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {a.out} ({len(text) / 1e6:.2f} MB: {len(data['borders'])} borders, {len(data['lakes'])} lakes "
          f"({sum(1 for x in data['lakes'] if 'n' in x)} named), {len(data['seas'])} seas, "
          f"{len(data['urban'])} urban areas)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
