"""The offline basemap's geometry for one map: countries, land borders, lakes, seas, urban areas.

Geometry goes into the page compactly: every line or ring as integers on a 0.001
degree grid (about 110 m), the first point absolute and each next one as the
difference from the previous, ``[x0, y0, dx1, dy1, ...]`` (lon before lat);
``geomap-basemap.js`` decodes it. That stores the world's countries in 1.2 MB
instead of 2.8 MB of GeoJSON.

* countries (``countries.geojson``, the same polygons as :mod:`geomap.spatial`) and
  land borders (Natural Earth's boundary lines, disputed and indefinite ones dashed)
  cover the world;
* lakes and urban areas are those within ``margin`` degrees of the incidents (the
  big lakes, Natural Earth scale rank 0-2, everywhere), sea names everywhere.

The layers are built by ``data/naturalearth/build_layers.py`` into
``geomap/data/naturalearth/layers.json``.

Examples
--------
>>> encode_line([[40.9211, 34.45], [40.93, 34.45], [40.93, 34.4501]])
[40921, 34450, 9, 0]
>>> spec = layers_for_extent(34.0, 40.0, 35.0, 41.5)
>>> any(lake.get("n", "").startswith("Buhayrat al-Assad") for lake in spec["lakes"])
True
"""
from __future__ import annotations

import functools
import json
from typing import Any, Sequence

from geomap.exc import PackageDataError
from geomap.settings import data_path

__all__ = ["encode_line", "countries_spec", "layers_for_extent", "BIG_LAKE_RANK"]

#: Lakes of this Natural Earth scale rank or lower are drawn on every map, wherever its incidents are.
BIG_LAKE_RANK = 2
#: Countries whose bounding box is smaller than this (square degrees) get no name label.
LABEL_MIN_SQ_DEG = 2.0


def encode_line(coords: Sequence[Sequence[float]]) -> list[int]:
    """A line's ``(lon, lat)`` points as ``[x0, y0, dx1, dy1, ...]`` in thousandths of a degree.

    Points that fall on the same grid point as the one before are dropped.

    >>> encode_line([(35.5, 33.9), (35.5004, 33.9), (35.51, 33.91)])
    [35500, 33900, 10, 10]
    """
    import numpy as np

    q = np.round(np.asarray(coords, dtype=float)[:, :2] * 1000).astype(np.int64)
    if len(q) > 1:
        keep = np.ones(len(q), dtype=bool)
        keep[1:] = np.any(q[1:] != q[:-1], axis=1)
        q = q[keep]
        q = np.vstack([q[:1], np.diff(q, axis=0)])
    return q.ravel().tolist()


def _read_json(name: str, what: str) -> Any:
    path = data_path("naturalearth", name)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        raise PackageDataError(f"the offline basemap's {what} {path} cannot be read ({e}). Fix: reinstall geomap, "
                               "or pass basemap=False") from None


@functools.lru_cache(maxsize=1)
def countries_spec() -> dict[str, Any]:
    """The packaged Natural Earth countries, encoded: ``{"enc": "delta-0.001", "features": [...]}``.

    Each feature has ``properties`` (``NAME``, ``ISO_A2``, ``DISPUTED``, and
    ``LABEL_X``/``LABEL_Y`` for countries big enough to label) and ``p``, its
    polygons as lists of encoded rings (exterior first).
    """
    import shapely
    from shapely.geometry import shape

    data = _read_json("countries.geojson", "countries")
    feats = []
    for f in data.get("features", []):
        if not f.get("geometry"):
            continue
        props = f.get("properties") or {}
        keep = {"NAME": props.get("NAME"), "ISO_A2": props.get("ISO_A2"), "DISPUTED": props.get("DISPUTED", 0)}
        try:
            geom = shape(f["geometry"])
        except (ValueError, TypeError, AttributeError, KeyError):
            continue
        x0, y0, x1, y1 = geom.bounds
        if (x1 - x0) * (y1 - y0) >= LABEL_MIN_SQ_DEG:  # label only countries big enough to read
            keep["LABEL_X"], keep["LABEL_Y"] = props.get("LABEL_X"), props.get("LABEL_Y")
        polys = []
        for part in shapely.get_parts(geom):
            if part.geom_type == "Polygon" and not part.is_empty:
                polys.append([encode_line(shapely.get_coordinates(r)) for r in (part.exterior, *part.interiors)])
        feats.append({"properties": keep, "p": polys})
    return {"enc": "delta-0.001", "features": feats}


@functools.lru_cache(maxsize=1)
def _layers() -> dict[str, Any]:
    return _read_json("layers.json", "layers")


def _meets(bb: Sequence[float], w: float, s: float, e: float, n: float) -> bool:
    return bb[0] <= e and bb[2] >= w and bb[1] <= n and bb[3] >= s


def layers_for_extent(south: float, west: float, north: float, east: float, *,
                      margin: float = 2.0) -> dict[str, Any]:
    """Borders, lakes, sea names and urban areas for a map of this bounding box.

    Returns
    -------
    dict
        ``borders`` ([class, encoded lines]: 0 solid, 1 dashed), ``lakes`` (``p``
        encoded polygons; named ones ``n``, ``lz`` label zoom, ``at`` [lat, lon]),
        ``seas`` ([name, lat, lon, min zoom, max zoom]) and ``urban`` (encoded polygons).
    """
    w, s, e, n = west - margin, south - margin, east + margin, north + margin
    data = _layers()
    lakes = []
    for lake in data["lakes"]:
        if lake["sr"] <= BIG_LAKE_RANK or _meets(lake["bb"], w, s, e, n):
            lakes.append({k: v for k, v in lake.items() if k not in ("bb", "sr")})
    return {
        "borders": [[b["c"], b["l"]] for b in data["borders"]],
        "lakes": lakes,
        "seas": data["seas"],
        "urban": [u["p"] for u in data["urban"] if _meets(u["bb"], w, s, e, n)],
    }
