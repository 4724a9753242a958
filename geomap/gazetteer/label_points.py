"""Label points of areas: where an incident known only by its country or province is placed.

An incident known only to be "in Iraq" or "in Anbar province" (ACLED ``geo_precision``
3) sits at the area's label point, the point a map writes the area's name at (Natural
Earth's country and admin-1 label points), not at a centroid-like point that reads as a
strike site in the desert. The table ``geomap/data/naturalearth/label_points.tsv`` is
built by ``data/naturalearth/build_label_points.py``: countries by ISO code, first-level
divisions by their GeoNames id (2,813 matched; the others keep their seat).

Examples
--------
>>> from geomap.model import Place
>>> iraq = Place(99237, "Iraq", "IQ", "", "PCLI", 0, 44.0, 33.0)
>>> label_point(iraq)
(43.2618, 33.094, 'Natural Earth label point of Iraq')
>>> label_point(Place(1, "Abu Kamal", "SY", "", "PPLA2", 0, 40.92, 34.45)) is None
True
"""
from __future__ import annotations

import csv
import functools

from geomap.exc import PackageDataError
from geomap.model import Place
from geomap.settings import data_path

__all__ = ["label_point", "LABEL_POINT_SOURCE"]

#: How an incident's ``point_source`` names a label point (followed by "of <area>").
LABEL_POINT_SOURCE = "Natural Earth label point"


@functools.lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], tuple[float, float]]:
    path = data_path("naturalearth", "label_points.tsv")
    try:
        with open(path, encoding="utf-8", newline="") as f:
            rows = [r for r in csv.reader((line for line in f if not line.startswith("#")), delimiter="\t")]
    except OSError as e:
        raise PackageDataError(f"the label points {path} cannot be read ({e.strerror or e}). Fix: reinstall geomap") from None
    out = {}
    for r in rows[1:]:
        if len(r) >= 4:
            try:
                out[(r[0], r[1])] = (float(r[2]), float(r[3]))
            except ValueError:
                raise PackageDataError(f"{path}: bad row {r!r}. Fix: rebuild it with "
                                       "data/naturalearth/build_label_points.py") from None
    return out


def label_point(place: Place) -> tuple[float, float, str] | None:
    """``(lon, lat, point_source)`` of a country's or first-level division's label point, or None.

    Places of other kinds (towns, districts, regions) and divisions Natural Earth's
    table does not match give None: they keep their own point.
    """
    fc = place.feature_code or ""
    if fc.startswith("PCL") and place.country_code:
        key = ("country", place.country_code.upper())
    elif fc == "ADM1" and place.geonameid:
        key = ("admin1", str(place.geonameid))
    else:
        return None
    got = _table().get(key)
    return (got[0], got[1], f"{LABEL_POINT_SOURCE} of {place.name}") if got else None
