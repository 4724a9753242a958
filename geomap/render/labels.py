"""Basemap labels for one map: rivers, first-level divisions and towns in the map's extent.

The packaged ``geomap/data/naturalearth/labels.json`` (built by
``data/naturalearth/build_labels.py``) holds them for the world; a map carries only
those near its incidents, each with the zoom from which it is shown: towns by
population rank (the biggest first, denser as one zooms in), rivers at Natural
Earth's ``min_zoom``.

Examples
--------
>>> spec = labels_for_extent(34.0, 40.0, 35.0, 41.5)
>>> any(r["name"] == "Euphrates" for r in spec["rivers"])
True
"""
from __future__ import annotations

import functools
import math
from typing import Any

from geomap.render.basemap import _read_json

__all__ = ["labels_for_extent", "MAX_TOWNS"]

#: Towns carried by one map at most (the most populous in its extent).
MAX_TOWNS = 400
#: A river's name is written every this many degrees along it (those that would crowd are hidden).
RIVER_LABEL_STEP = 0.5


@functools.lru_cache(maxsize=1)
def _labels() -> dict[str, Any]:
    return _read_json("labels.json", "labels")


def _along(line: list[list[float]], step: float) -> list[list[float]]:
    """``[lat, lon]`` points every ``step`` degrees along a ``[lon, lat]`` line, the first half a step
    in (the middle of a shorter line): where a river's name is written, again and again along it.

    >>> _along([[40.0, 34.0], [41.0, 34.0]], 0.3)
    [[34.0, 40.15], [34.0, 40.45], [34.0, 40.75]]
    """
    out, want, done = [], step / 2, 0.0
    total = sum(math.dist(a, b) for a, b in zip(line, line[1:]))
    if total < step:
        want = total / 2
    for (x0, y0), (x1, y1) in zip(line, line[1:]):
        seg = math.dist((x0, y0), (x1, y1))
        while seg > 0 and done + seg >= want:
            t = (want - done) / seg
            out.append([round(y0 + t * (y1 - y0), 3), round(x0 + t * (x1 - x0), 3)])
            want += step
        done += seg
    return out


def _town_zoom(rank: int) -> int:
    """Zoom from which the town of this population rank (0 = biggest) is labelled."""
    for z, upto in ((4, 8), (5, 25), (6, 60), (7, 150), (8, 400)):
        if rank < upto:
            return z
    return 9


def labels_for_extent(south: float, west: float, north: float, east: float, *,
                      margin: float = 2.0, max_towns: int = MAX_TOWNS) -> dict[str, Any]:
    """Rivers, division labels and towns within ``margin`` degrees of a bounding box.

    Returns
    -------
    dict
        ``rivers`` (name, min zoom, lines as [lat, lon], label points ``at``), ``admin1`` ([name, lat, lon])
        and ``towns`` ([name, lat, lon, min zoom]).
    """
    s, w, n, e = south - margin, west - margin, north + margin, east + margin
    data = _labels()

    def inside(lat: float, lon: float) -> bool:
        return s <= lat <= n and w <= lon <= e

    rivers = []
    for r in data["rivers"]:
        if r["name"] and any(inside(y, x) for line in r["lines"] for x, y in line):
            rivers.append({"name": r["name"], "z": r["z"],
                           "lines": [[[y, x] for x, y in line] for line in r["lines"]],
                           "at": [a for line in r["lines"] for a in _along(line, RIVER_LABEL_STEP) if inside(*a)]})
    admin1 = [[a[0], a[1], a[2]] for a in data["admin1"] if inside(a[1], a[2])]
    towns = [t for t in data["towns"] if inside(t[1], t[2])][:max_towns]
    return {"rivers": rivers, "admin1": admin1,
            "towns": [[t[0], t[1], t[2], _town_zoom(k)] for k, t in enumerate(towns)]}
