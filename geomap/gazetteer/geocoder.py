"""geomap's gazetteer as a geopy geocoder, with an opt-in, cached online fallback.

:class:`GeomapGeocoder` answers offline from the embedded gazetteer. It works
wherever geopy geocoders do, including ``geopandas.tools.geocode``::

    >>> import geopandas  # doctest: +SKIP
    >>> geopandas.tools.geocode(["Al Bukamal", "Qaim"], provider=GeomapGeocoder)  # doctest: +SKIP

An online geocoder (Nominatim, say) can be chained as a fallback for names the
gazetteer does not know. It is never used unless passed in, and its answers
are cached on disk (JSON lines) so a name costs one request, ever.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from geomap.exc import InputError
from geomap.gazetteer import Gazetteer, default_gazetteer
from geomap.model import Place
from geomap.settings import home_dir

__all__ = ["GeomapGeocoder", "to_location"]


def to_location(place: Place) -> Location:
    """A geopy ``Location`` for a Place; the whole record is in ``raw``."""
    parts = [place.name, place.admin1, place.country_code]
    address = ", ".join(p for p in parts if p)
    return Location(address, Point(place.latitude, place.longitude), place.to_dict())


class _DiskCache:
    """Query -> raw answers of an online geocoder, one JSON line per query."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self._data: dict[str, Any] = {}
        if path.exists():
            with path.open(encoding="utf-8") as f:
                for line in f:
                    try:
                        rec = json.loads(line)
                        self._data[rec["key"]] = rec["value"]
                    except (ValueError, KeyError, TypeError):
                        continue  # a torn line from an interrupted write: ignore it

    def get(self, key: str) -> Any:
        return self._data.get(key)

    def __contains__(self, key: str) -> bool:
        return key in self._data

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as f:
                f.write(json.dumps({"key": key, "value": value}, ensure_ascii=False) + "\n")


class GeomapGeocoder(Geocoder):
    """Offline geocoder over the geomap gazetteer (a geopy ``Geocoder``).

    Parameters
    ----------
    country : str or list of str, optional
        Default country hints (ISO alpha-2) for every query.
    gazetteer : Gazetteer, optional
        The gazetteer to use; default the shared one.
    fallback : geopy Geocoder, optional
        An online geocoder asked only when the gazetteer finds nothing
        (opt-in; its answers are cached on disk).
    cache_path : path-like, optional
        Where the fallback's answers are kept; default ``<home>/geocode-cache.jsonl``.
    **kwargs
        Passed to geopy's ``Geocoder`` (unused offline).

    Examples
    --------
    >>> GeomapGeocoder().geocode("Abu Kamal").raw["geonameid"]  # doctest: +SKIP
    174448
    """

    def __init__(self, *, country: str | list[str] | None = None, gazetteer: Gazetteer | None = None,
                 fallback: Geocoder | None = None, cache_path: str | Path | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        self.country = country
        self.gazetteer = gazetteer or default_gazetteer()
        self.fallback = fallback
        self._cache = _DiskCache(Path(cache_path) if cache_path else home_dir() / "geocode-cache.jsonl") \
            if fallback is not None else None

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: Any = DEFAULT_SENTINEL,
                country: str | list[str] | None = None, limit: int = 5, fuzzy: bool = False) -> Any:
        """Resolve a name: a ``Location`` (or a list with ``exactly_one=False``), None if unresolved.

        Fuzzy matches are off by default here: a geocoder answer must be a real
        match. ``raw`` carries the gazetteer record (GeoNames id, matched alias,
        feature code, score, source).
        """
        if not isinstance(query, str):
            raise InputError(f"geocode() needs a place name as str, not {type(query).__name__}")
        hints = country if country is not None else self.country
        places = self.gazetteer.resolve(query, country=hints, limit=1 if exactly_one else limit, fuzzy=fuzzy)
        if places:
            locs = [to_location(p) for p in places]
            return locs[0] if exactly_one else locs
        if self.fallback is not None:
            return self._online(query, exactly_one, timeout)
        return None

    def _online(self, query: str, exactly_one: bool, timeout: Any) -> Any:
        key = f"{type(self.fallback).__name__}|{query}"
        assert self._cache is not None
        if key not in self._cache:
            kwargs = {"exactly_one": False}
            if timeout is not DEFAULT_SENTINEL:
                kwargs["timeout"] = timeout
            found = self.fallback.geocode(query, **kwargs) or []
            self._cache.put(key, [{"address": loc.address, "latitude": loc.latitude, "longitude": loc.longitude,
                                   "raw": loc.raw, "source": f"online:{type(self.fallback).__name__}"}
                                  for loc in found])
        answers = self._cache.get(key) or []
        locs = [Location(a["address"], Point(a["latitude"], a["longitude"]), {**a["raw"], "source": a["source"]})
                for a in answers]
        if not locs:
            return None
        return locs[0] if exactly_one else locs

    def reverse(self, query: Any, *, exactly_one: bool = True, timeout: Any = DEFAULT_SENTINEL,
                max_km: float = 100.0) -> Any:
        """The nearest populated place to ``query`` = (latitude, longitude), geopy's order."""
        try:
            point = Point(query)
        except (TypeError, ValueError) as e:
            raise InputError(f"reverse() needs a (latitude, longitude) point, got {query!r}") from e
        place = self.gazetteer.reverse(point.longitude, point.latitude, max_km=max_km)
        if place is None:
            return None
        loc = to_location(place)
        return loc if exactly_one else [loc]
