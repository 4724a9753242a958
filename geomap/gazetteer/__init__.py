"""The gazetteer stage: place names to GeoNames records, offline.

Modules, in the order a lookup passes through them:

* :mod:`~geomap.gazetteer.normalize`: the one name normaliser, used to build the
  index and to query it, and the coordinate reader;
* :mod:`~geomap.gazetteer.index`: the SQLite index built on first use;
* :mod:`~geomap.gazetteer.rank`: candidate ranking weights;
* :mod:`~geomap.gazetteer.lookup`: :class:`Gazetteer` (lookup, ranking with
  hints and context, fuzzy fallback, reverse);
* :mod:`~geomap.gazetteer.dumps`: a user's GeoNames dumps into their own index;
* :mod:`~geomap.gazetteer.geocoder`: the geopy ``Geocoder`` (imported on demand).

Nothing here imports geopandas or folium: a name is answered in a fraction of a second.
"""
from __future__ import annotations

from typing import Any

from geomap.gazetteer.lookup import Gazetteer, default_gazetteer, reset_default_gazetteer, resolve, reverse
from geomap.gazetteer.normalize import normalize_name, parse_coordinates

__all__ = ["Gazetteer", "default_gazetteer", "reset_default_gazetteer", "resolve", "reverse",
           "normalize_name", "parse_coordinates", "GeomapGeocoder"]


def __getattr__(name: str) -> Any:
    if name == "GeomapGeocoder":  # geopy is imported only when the geocoder is used
        from geomap.gazetteer.geocoder import GeomapGeocoder

        return GeomapGeocoder
    if name == "haversine_km":
        from geomap._geo import haversine_km

        return haversine_km
    raise AttributeError(f"module 'geomap.gazetteer' has no attribute {name!r}")
