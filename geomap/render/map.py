"""Interactive maps of incidents: a ``folium.Map`` that also works offline.

:func:`render_map` draws incidents, the other places a text names, routes with
their buffers, a legend, a time control and a list of what could not be placed,
and returns the ``folium.Map`` so callers can keep adding to it. In Jupyter the
map shows inline as a cell's result. :func:`save_map` writes one self-contained
HTML file that renders with no network.

How the page is built
---------------------
* Leaflet (``leaflet.js``, ``leaflet.css`` and its images) is inlined from the
  installed package ``django-js-lib-leaflet``; folium's CDN links (Leaflet,
  jQuery, Bootstrap, Font Awesome) are removed, since nothing geomap draws
  needs them. The same inlined page is what Jupyter shows.
* The data goes into the page once, as JSON in a ``<script type="application/json">``
  element (``<``, ``>``, ``&`` and U+2028/9 escaped so no text can close it),
  in columns with repeated strings stored once. geomap's own script
  (``geomap/data/render/geomap-map.js``) draws it: incidents as canvas circle
  markers (colour = event type, size = fatalities), the Natural Earth basemap
  as a vector layer under the optional online tiles, routes with arrows and
  waypoint labels. Popups and tooltips are built with ``textContent``, so text
  from articles and tables is shown as text and never runs.
* Online tile layers (OpenStreetMap, CARTO) stay selectable in the layer
  control but are off by default: a map opened offline requests nothing.

Examples
--------
>>> from geomap import Incident, render_map, save_map
>>> inc = Incident("2020-01-10", 1, "Explosions/Remote violence", "Air/drone strike",
...                fatalities=8, location="Abu Kamal", longitude=40.92, latitude=34.45)
>>> m = render_map(incidents=[inc], routes=None, title="Strikes")   # doctest: +SKIP
>>> save_map(m, "map.html")                                         # doctest: +SKIP
"""
from __future__ import annotations

import datetime as _dt
import functools
import html
import json
import math
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

from geomap.render import assets as _assets
from geomap.exc import GeomapError, InputError, InputFileError
from geomap.model import Evidence, Incident, Mention, Place
from geomap.settings import GEONAMES_CREDIT, NATURAL_EARTH_CREDIT, data_path

__all__ = ["render_map", "save_map", "map_html", "make_offline", "MapSummary", "EVENT_TYPE_COLORS",
           "ExternalResourceError"]

#: Marker colour of each ACLED event type (anything else is grey).
EVENT_TYPE_COLORS: dict[str, str] = {
    "Battles": "#e41a1c",
    "Explosions/Remote violence": "#ff7f00",
    "Violence against civilians": "#984ea3",
    "Protests": "#377eb8",
    "Riots": "#a65628",
    "Strategic developments": "#e7298a",
}
_OTHER_COLOR = "#777777"

#: Online tile layers offered in the layer control (never shown by default).
_ONLINE_TILES: tuple[dict[str, Any], ...] = (
    {"name": "OpenStreetMap", "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "maxZoom": 19,
     "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'},
    {"name": "CARTO Positron", "url": "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png", "maxZoom": 19,
     "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors '
                    '&copy; <a href="https://carto.com/attributions">CARTO</a>'},
)

_EPOCH = _dt.date(1970, 1, 1)
#: Countries whose bounding box is smaller than this (square degrees) get no name label.
_LABEL_MIN_SQ_DEG = 2.0


class ExternalResourceError(GeomapError, ValueError):
    """A map would load scripts or styles from the network but was asked to be offline."""


@dataclass
class MapSummary:
    """What :func:`render_map` drew and what it left out (also ``m.geomap_summary``).

    Attributes
    ----------
    incidents : int
        Incident markers drawn.
    places : int
        Other places drawn (in their own layer).
    unplaced : list of (str, str)
        ``(label, reason)`` of each incident that could not be placed; they are
        listed on the map page.
    skipped : list of (str, str)
        ``(where, reason)`` of each input row or document left out, as reported
        by the reader; also listed on the map page.
    routes : list of str
        Route names drawn.
    in_buffer : int
        Incidents inside a route buffer (highlighted).
    """

    incidents: int = 0
    places: int = 0
    unplaced: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    routes: list[str] = field(default_factory=list)
    in_buffer: int = 0

    def line(self) -> str:
        """One line for the command line: counts, with reasons for what was left out."""
        parts = [f"{self.incidents} incident{'s' if self.incidents != 1 else ''} drawn",
                 f"{self.places} other place{'s' if self.places != 1 else ''}"]
        if self.routes:
            parts.append(f"route {', '.join(self.routes)} ({self.in_buffer} incident"
                         f"{'s' if self.in_buffer != 1 else ''} inside the buffer)")
        for what, items in (("unplaced", self.unplaced), ("skipped", self.skipped)):
            if not items:
                parts.append(f"0 {what}")
                continue
            reasons = Counter(r for _, r in items).most_common()
            why = "; ".join(f"{r}{f' (x{n})' if n > 1 else ''}" for r, n in reasons[:4])
            if len(reasons) > 4:
                why += f"; {len(reasons) - 4} more reasons, listed on the map"
            parts.append(f"{len(items)} {what}: {why}")
        return ", ".join(parts)


def _clean(value: Any) -> Any:
    """None for missing values (None, NaN, NaT, pandas NA, empty string)."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    try:
        import pandas as pd  # geopandas depends on pandas; only reached for table rows

        if pd.isna(value):
            return None
    except (ImportError, TypeError, ValueError):
        pass
    return value


def _as_int(value: Any) -> int | None:
    v = _clean(value)
    if v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return int(f) if math.isfinite(f) else None


def _as_float(value: Any) -> float | None:
    v = _clean(value)
    if v is None:
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _as_str(value: Any) -> str:
    v = _clean(value)
    return "" if v is None else str(v)


_INCIDENT_FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                    "fatalities", "fatalities_qualifier", "location", "country", "admin1", "longitude",
                    "latitude", "geo_precision", "geonameid", "source", "notes")


def _incident_from_mapping(rec: Mapping[str, Any], lonlat: tuple[Any, Any] | None = None) -> Incident:
    """Build an :class:`Incident` from a dict in the ``Incident.to_dict()`` shape (extra keys ignored)."""
    ev_text = _as_str(rec.get("evidence"))
    start = _as_int(rec.get("start")) or 0
    end = _as_int(rec.get("end"))
    evidence = (Evidence(ev_text, start, end if end is not None else start + len(ev_text)),) if ev_text else ()
    lon = rec.get("longitude") if lonlat is None else lonlat[0]
    lat = rec.get("latitude") if lonlat is None else lonlat[1]
    raw_lon, raw_lat = _clean(lon), _clean(lat)
    extra: dict[str, Any] = {}
    lon_f, lat_f = _as_float(raw_lon), _as_float(raw_lat)
    if raw_lon is not None and lon_f is None:
        extra["bad_longitude"] = str(raw_lon)
    if raw_lat is not None and lat_f is None:
        extra["bad_latitude"] = str(raw_lat)
    date = _clean(rec.get("event_date"))
    if isinstance(date, (_dt.date, _dt.datetime)) or hasattr(date, "date"):
        try:
            date = date.date().isoformat() if hasattr(date, "hour") else date.isoformat()
        except (AttributeError, TypeError, ValueError):
            date = str(date)
    return Incident(
        event_date=None if date is None else str(date),
        time_precision=_as_int(rec.get("time_precision")),
        event_type=_as_str(rec.get("event_type")),
        sub_event_type=_as_str(rec.get("sub_event_type")),
        actor1=_as_str(rec.get("actor1")),
        actor2=_as_str(rec.get("actor2")),
        fatalities=_as_int(rec.get("fatalities")),
        fatalities_qualifier=_as_str(rec.get("fatalities_qualifier")),
        location=_as_str(rec.get("location")),
        country=_as_str(rec.get("country")),
        admin1=_as_str(rec.get("admin1")),
        longitude=lon_f,
        latitude=lat_f,
        geo_precision=_as_int(rec.get("geo_precision")),
        geonameid=_as_int(rec.get("geonameid")),
        evidence=evidence,
        source=_as_str(rec.get("source")),
        notes=_as_str(rec.get("notes")),
        extra=extra,
    )


def _point_of(geometry: Any) -> tuple[float | None, float | None]:
    """(lon, lat) of a point geometry (shapely or GeoJSON mapping); the representative point otherwise."""
    if geometry is None:
        return None, None
    if isinstance(geometry, Mapping):
        if geometry.get("type") == "Point":
            coords = geometry.get("coordinates") or [None, None]
            return (coords[0], coords[1]) if len(coords) >= 2 else (None, None)
        from shapely.geometry import shape

        try:
            geometry = shape(geometry)
        except (ValueError, TypeError, AttributeError, KeyError):
            return None, None
    if getattr(geometry, "is_empty", True):
        return None, None
    if getattr(geometry, "geom_type", "") != "Point":
        geometry = geometry.representative_point()
    return geometry.x, geometry.y


def _coerce_incidents(obj: Any) -> list[Incident]:
    """Incidents from Incident objects, dicts, (Geo)DataFrames or ``__geo_interface__`` objects."""
    if obj is None:
        return []
    if isinstance(obj, Incident):
        return [obj]
    if hasattr(obj, "columns") and hasattr(obj, "to_dict"):  # a (Geo)DataFrame
        records = obj.to_dict("records")
        geom_col = getattr(obj, "_geometry_column_name", None) if hasattr(obj, "geometry") else None
        out = []
        for rec in records:
            lonlat = None
            if geom_col and rec.get(geom_col) is not None:
                lon, lat = _point_of(rec.get(geom_col))
                if lon is not None:
                    lonlat = (lon, lat)
            out.append(_incident_from_mapping(rec, lonlat))
        return out
    if hasattr(obj, "__geo_interface__") and not isinstance(obj, Mapping):
        obj = obj.__geo_interface__
    if isinstance(obj, Mapping):
        if obj.get("type") == "FeatureCollection":
            return [_feature_incident(f) for f in obj.get("features") or []]
        if obj.get("type") == "Feature":
            return [_feature_incident(obj)]
        return [_incident_from_mapping(obj)]
    if isinstance(obj, (str, bytes)):
        raise InputError("incidents must be Incident objects, dicts, a GeoDataFrame or GeoJSON, not text; "
                         "pass article text as documents=")
    out: list[Incident] = []
    for item in obj:
        out.extend(_coerce_incidents(item))
    return out


def _feature_incident(feature: Mapping[str, Any]) -> Incident:
    props = dict(feature.get("properties") or {})
    lon, lat = _point_of(feature.get("geometry"))
    return _incident_from_mapping(props, (lon, lat) if lon is not None else None)


def _coord_problem(inc: Incident) -> str | None:
    """Why an incident cannot be placed, or None when its coordinates are usable."""
    if inc.extra.get("bad_latitude") or inc.extra.get("bad_longitude"):
        return (f"coordinates are not numbers (latitude {inc.extra.get('bad_latitude', inc.latitude)!r}, "
                f"longitude {inc.extra.get('bad_longitude', inc.longitude)!r})")
    if inc.latitude is None or inc.longitude is None:
        return "no coordinates (the place could not be resolved)" if inc.location else "no place and no coordinates"
    lat, lon = inc.latitude, inc.longitude
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return "coordinates are not finite numbers"
    if not -90.0 <= lat <= 90.0:
        return f"latitude {lat:g} is outside -90..90"
    if not -180.0 <= lon <= 180.0:
        return f"longitude {lon:g} is outside -180..180"
    return None


@functools.lru_cache(maxsize=65536)
def _day_number(date: str | None) -> int | None:
    """Days since 1970-01-01 of an ISO date ('2020-01-10'; '2020-01' and '2020' take the first day)."""
    if not date:
        return None
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*", date)
    if not m:
        return None
    try:
        d = _dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None
    return (d - _EPOCH).days


def _incident_label(inc: Incident) -> str:
    parts = [inc.event_date or "undated", inc.sub_event_type or inc.event_type or "incident"]
    if inc.location:
        parts.append(inc.location)
    if inc.source:
        parts.append(f"({_source_label(inc.source)})")
    return " · ".join(parts[:3]) + (" " + parts[3] if len(parts) > 3 else "")


def _place_key(place: Place) -> Any:
    return place.geonameid if place.geonameid else (place.name, round(place.longitude, 4), round(place.latitude, 4))


# ------------------------------------------------------------------ routes
def _load_route(route: Any) -> Any:
    if isinstance(route, (str, os.PathLike)):
        from geomap.spatial import load_route

        return load_route(str(route))
    if hasattr(route, "line") and hasattr(route, "waypoints"):
        return route
    raise InputError(f"a route must be a route name, a route file or a Route object, not {type(route).__name__}")


def _route_spec(route: Any, km: float, lons: Sequence[float], lats: Sequence[float]) -> tuple[dict[str, Any], Any]:
    """JSON for one route and the boolean mask of incidents inside its buffer."""
    import numpy as np
    import shapely
    from shapely.geometry import Point

    from geomap.spatial import buffer_route

    # draw the geodesic (densified) line where the route offers it: it is what the buffer follows
    line = route.geodesic_line(10.0) if hasattr(route, "geodesic_line") else route.line
    coords = [[round(y, 5), round(x, 5)] for x, y in line.coords]
    # one arrow in the middle of each leg between consecutive waypoints (direction of travel)
    stops = sorted(line.project(Point(w.longitude, w.latitude)) for w in route.waypoints)
    if len(stops) < 2:
        stops = [0.0, line.length]
    arrows = []
    eps = max(line.length * 1e-3, 1e-6)
    for a, b in zip(stops, stops[1:]):
        if b - a <= 2 * eps:
            continue
        mid = (a + b) / 2
        p1, p2 = line.interpolate(mid - eps), line.interpolate(mid + eps)
        arrows.append([round(p1.y, 5), round(p1.x, 5), round(p2.y, 5), round(p2.x, 5)])
    buffer_json = None
    inside = np.zeros(len(lons), dtype=bool)
    if km and km > 0:
        buf = buffer_route(route, km)
        if getattr(buf, "crs", None) is not None and buf.crs.to_epsg() != 4326:
            buf = buf.to_crs(4326)
        geom = shapely.union_all(np.asarray(buf.geometry.values))
        buffer_json = json.loads(shapely.to_geojson(shapely.set_precision(geom, 1e-4)))
        if len(lons):
            shapely.prepare(geom)
            inside = shapely.contains_xy(geom, np.asarray(lons, dtype=float), np.asarray(lats, dtype=float))
    length = getattr(route, "length_km", None)
    if callable(length):
        length = length()
    spec = {
        "name": str(route.name), "km": km, "length_km": float(length) if length else None,
        "line": coords, "arrows": arrows, "buffer": buffer_json,
        "waypoints": [{"name": str(w.name), "lat": round(w.latitude, 5), "lon": round(w.longitude, 5)}
                      for w in route.waypoints],
    }
    return spec, inside


# ----------------------------------------------------------------- basemap
@functools.lru_cache(maxsize=1)
def _basemap_geojson() -> dict[str, Any]:
    """The packaged Natural Earth countries (land, coasts, borders) as GeoJSON."""
    path = data_path("naturalearth", "countries.geojson")
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        from geomap.exc import GazetteerDataError

        raise GazetteerDataError(f"the offline basemap {path} cannot be read ({e}). Fix: reinstall geomap, "
                                 "or pass basemap=False") from None
    from shapely.geometry import shape

    feats = []
    for f in data.get("features", []):
        if not f.get("geometry"):
            continue
        props = f.get("properties") or {}
        keep = {"NAME": props.get("NAME"), "ISO_A2": props.get("ISO_A2")}
        try:
            x0, y0, x1, y1 = shape(f["geometry"]).bounds
        except (ValueError, TypeError, AttributeError, KeyError):
            continue
        if (x1 - x0) * (y1 - y0) >= _LABEL_MIN_SQ_DEG:  # label only countries big enough to read
            keep["LABEL_X"], keep["LABEL_Y"] = props.get("LABEL_X"), props.get("LABEL_Y")
        feats.append({"type": "Feature", "geometry": f["geometry"], "properties": keep})
    return {"type": "FeatureCollection", "features": feats}


# ------------------------------------------------------------- the builder
class _Strings:
    """A table of distinct strings; columns store indices into it."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._index: dict[str, int] = {}

    def __call__(self, s: str | None) -> int | None:
        if not s:
            return None
        i = self._index.get(s)
        if i is None:
            i = self._index[s] = len(self.items)
            self.items.append(s)
        return i


def _documents(documents: Any, published: Any) -> list[Any]:
    if documents is None:
        return []
    if isinstance(documents, str) or hasattr(documents, "incidents"):
        documents = [documents]
    out = []
    for d in documents:
        if isinstance(d, str):
            from geomap._compat_text import extract_document

            if not d.strip():
                raise InputError("an article given to render_map is empty: there is nothing to map. "
                                 "Fix: pass the article's text, or leave it out")
            d = extract_document(d, published=published)
        if not hasattr(d, "incidents"):
            raise InputError(f"documents must be article text or Document objects from extract_document, "
                             f"not {type(d).__name__}")
        out.append(d)
    return out


def _place_items(places: Any) -> list[tuple[Place, str]]:
    """(Place, surface text) pairs from Mentions, Places or GeoJSON-like point features with a name."""
    if places is None:
        return []
    if isinstance(places, (Mention, Place)) or (hasattr(places, "__geo_interface__") and not hasattr(places, "columns")):
        if isinstance(places, (Mention, Place)):
            places = [places]
        else:
            places = places.__geo_interface__
            places = places.get("features", [places]) if isinstance(places, Mapping) else places
    elif hasattr(places, "columns"):
        places = places.__geo_interface__["features"]
    out: list[tuple[Place, str]] = []
    for p in places:
        if isinstance(p, Mention):
            if p.place is not None:
                out.append((p.place, p.text))
        elif isinstance(p, Place):
            out.append((p, p.matched or p.name))
        elif isinstance(p, Mapping):
            props = p.get("properties", p) or {}
            lon, lat = _point_of(p.get("geometry")) if "geometry" in p else (props.get("longitude"), props.get("latitude"))
            lon, lat = _as_float(lon), _as_float(lat)
            name = _as_str(props.get("name")) or _as_str(props.get("text"))
            if lon is None or lat is None or not name or not (-90 <= lat <= 90 and -180 <= lon <= 180):
                continue
            out.append((Place(_as_int(props.get("geonameid")) or 0, name, _as_str(props.get("country_code")),
                              _as_str(props.get("admin1")), _as_str(props.get("feature_code")), 0, lon, lat),
                        _as_str(props.get("text")) or name))
        else:
            raise InputError(f"places must be Mention or Place objects or GeoJSON features, not {type(p).__name__}")
    return out


def _skipped_items(skipped: Any) -> list[tuple[str, str]]:
    if skipped is None:
        return []
    if hasattr(skipped, "skipped"):
        skipped = skipped.skipped
    out = []
    for s in skipped:
        if isinstance(s, str):
            out.append(("input", s))
        elif isinstance(s, Mapping):
            where = s.get("where") or s.get("source") or s.get("row") or "input"
            out.append((str(where), str(s.get("reason", ""))))
        else:
            seq = list(s)
            if len(seq) >= 3:
                out.append((f"{_source_label(str(seq[0]))} row {seq[1]}", str(seq[2])))
            elif len(seq) == 2:
                where = f"row {seq[0]}" if isinstance(seq[0], int) else str(seq[0])
                out.append((where, str(seq[1])))
            else:
                out.append(("input", str(seq[0]) if seq else "skipped"))
    return out


def _small_int(value: Any) -> int | None:
    """An int as is (the common case, fast); anything else through :func:`_as_int` (NaN -> None)."""
    return value if value is None or type(value) is int else _as_int(value)


def _source_label(source: str) -> str:
    """A file path shown by its name only (maps are shared; folders are nobody's business)."""
    if source and "://" not in source and ("/" in source or "\\" in source):
        return re.split(r"[\\/]", source.rstrip("/\\"))[-1] or source
    return source


def _incident_columns(placed: Sequence[Incident], route_of: Sequence[int | None], strings: "_Strings",
                      type_of: Any) -> dict[str, list[Any]]:
    """The incidents as columns: numbers, or indices into the string table."""
    import numpy as np

    n = len(placed)
    lat = np.round(np.fromiter((i.latitude for i in placed), dtype=float, count=n), 5).tolist()
    lon = np.round(np.fromiter((i.longitude for i in placed), dtype=float, count=n), 5).tolist()
    day_of = _day_number
    days = [day_of(i.event_date) for i in placed]
    locs = []
    for i in placed:
        loc, country = i.location, i.country
        if country and country not in loc:
            loc = f"{loc}, {country}" if loc else country
        locs.append(strings(loc))
    return {
        "lat": lat,
        "lon": lon,
        "type": [type_of(i.event_type) for i in placed],
        "sub": [strings(i.sub_event_type) for i in placed],
        "day": days,
        "draw": [strings(i.event_date) if d is None else None for i, d in zip(placed, days)],
        "tp": [_small_int(i.time_precision) for i in placed],
        "fat": [f if f is None or f >= 0 else None for f in (_small_int(i.fatalities) for i in placed)],
        "fq": [strings(i.fatalities_qualifier) for i in placed],
        "a1": [strings(i.actor1) for i in placed],
        "a2": [strings(i.actor2) for i in placed],
        "loc": locs,
        "gp": [_small_int(i.geo_precision) for i in placed],
        "ev": [(i.evidence[0].text if len(i.evidence) == 1 else " ".join(e.text for e in i.evidence)) or None
               if i.evidence else None for i in placed],
        "src": [strings(_source_label(i.source)) for i in placed],
        "route": list(route_of),
    }


def render_map(
    documents: Any = None,
    incidents: Any = None,
    places: Any = None,
    routes: Any = None,
    *,
    m: Any = None,
    title: str | None = None,
    route_buffer_km: float = 50,
    skipped: Any = None,
    published: Any = None,
    basemap: bool = True,
    online_tiles: bool = True,
    fit: bool = True,
    width: str | int = "100%",
    height: str | int = "100%",
) -> Any:
    """Draw incidents, places and routes on a ``folium.Map`` that works offline.

    Parameters
    ----------
    documents : Document, str or list of them, optional
        Results of :func:`geomap.extract_document` (their incidents and the
        places they name are drawn), or article text, which is extracted here.
    incidents : optional
        :class:`~geomap.Incident` objects, dicts in the ``Incident.to_dict()``
        shape, a (Geo)DataFrame with those columns, or anything with
        ``__geo_interface__`` (a GeoJSON FeatureCollection of incidents).
    places : optional
        Other places to draw lighter, in their own layer: :class:`~geomap.Mention`
        or :class:`~geomap.Place` objects, or point features with a ``name``.
    routes : str, Route or list of them, optional
        Route names or files for :func:`geomap.spatial.load_route`, or Route
        objects. Drawn with direction arrows, waypoint labels and a shaded
        ``route_buffer_km`` buffer; incidents inside the buffer get a dark ring.
    m : folium.Map, optional
        An existing map to draw on; a new one is made when None. Its own tile
        layers are kept (they load from the network when shown). Each call adds
        its own layers, legend and controls.
    title : str, optional
        Shown at the top of the map and as the page title (as text).
    route_buffer_km : float
        Buffer width either side of each route, in km (0 draws no buffer).
    skipped : optional
        What a reader left out, listed on the page: ``(row, reason)`` or
        ``(file, row, reason)`` tuples, strings, or an object with ``.skipped``
        (the report of :func:`geomap.tables.io.load_inputs`).
    published : str or datetime.date, optional
        Publication date for article text passed as ``documents``.
    basemap : bool
        Draw the offline Natural Earth basemap (land, coasts, borders).
    online_tiles : bool
        Offer online tile layers (off by default) in the layer control.
    fit : bool
        Fit the view to the incidents (else routes, else places).
    width, height : str or int
        Size of a new map.

    Returns
    -------
    folium.Map
        The map, with ``m.geomap_summary`` (a :class:`MapSummary`). Incidents
        that cannot be placed (no or impossible coordinates) are not dropped:
        they are listed on the page and in the summary.

    Raises
    ------
    InputError
        For inputs of the wrong kind, or an empty article.
    RouteError, PlaceNotFoundError
        For a route that cannot be loaded (from :mod:`geomap.spatial`).
    """
    import folium

    if route_buffer_km is None or not math.isfinite(float(route_buffer_km)) or route_buffer_km < 0:
        raise InputError(f"route_buffer_km must be a distance of 0 km or more, not {route_buffer_km!r}")
    docs = _documents(documents, published)
    all_incidents: list[Incident] = []
    place_items: list[tuple[Place, str]] = []
    notes: list[tuple[str, str]] = []
    for d in docs:
        src = _source_label(str(getattr(d, "source", "") or "article"))
        if getattr(d, "error", ""):
            notes.append((src, f"not read: {d.error}"))
        doc_incidents = list(d.incidents)
        if not doc_incidents and not getattr(d, "error", ""):
            notes.append((src, "no incidents found in the text"))
        all_incidents.extend(doc_incidents)
        place_items.extend(_place_items(getattr(d, "places", None)))
    all_incidents.extend(_coerce_incidents(incidents))
    place_items.extend(_place_items(places))
    skipped_items = _skipped_items(skipped) + notes

    placed: list[Incident] = []
    unplaced: list[dict[str, str]] = []
    for inc in all_incidents:
        problem = _coord_problem(inc)
        if problem:
            unplaced.append({"label": _incident_label(inc), "reason": problem,
                             "evidence": " ".join(e.text for e in inc.evidence)})
        else:
            placed.append(inc)

    lons = [i.longitude for i in placed]
    lats = [i.latitude for i in placed]
    route_list = [] if routes is None else ([routes] if isinstance(routes, (str, os.PathLike)) or hasattr(routes, "line") else list(routes))
    strings = _Strings()
    route_specs, route_of = [], [None] * len(placed)
    for r in route_list:
        route = _load_route(r)
        spec, inside = _route_spec(route, float(route_buffer_km), lons, lats)
        route_specs.append(spec)
        label = strings(f"inside the {route_buffer_km:g} km buffer of {spec['name']}")
        for k in range(len(placed)):
            if inside[k] and route_of[k] is None:
                route_of[k] = label

    types: list[dict[str, str]] = []
    type_index: dict[str, int] = {}

    def type_of(name: str) -> int:
        name = str(name) if name else "Unknown event type"
        if name not in type_index:
            type_index[name] = len(types)
            types.append({"name": name, "color": EVENT_TYPE_COLORS.get(name, _OTHER_COLOR)})
        return type_index[name]

    cols = _incident_columns(placed, route_of, strings, type_of)

    # other places: one marker per distinct place, not those that are incident locations
    incident_ids = {i.geonameid for i in all_incidents if i.geonameid}
    incident_spots = {(round(i.longitude, 3), round(i.latitude, 3)) for i in placed} if place_items else set()
    grouped: dict[Any, tuple[Place, list[str]]] = {}
    for place, text in place_items:
        key = _place_key(place)
        if key not in grouped:
            grouped[key] = (place, [])
        if text and text not in grouped[key][1]:
            grouped[key][1].append(text)
    pcols: dict[str, list[Any]] = {"lat": [], "lon": [], "name": [], "detail": [], "texts": []}
    for place, texts in grouped.values():
        if (place.geonameid and place.geonameid in incident_ids) or \
                (round(place.longitude, 3), round(place.latitude, 3)) in incident_spots:
            continue
        if not (-90 <= place.latitude <= 90 and -180 <= place.longitude <= 180):
            continue
        pcols["lat"].append(round(place.latitude, 5))
        pcols["lon"].append(round(place.longitude, 5))
        pcols["name"].append(place.name)
        detail = ", ".join(x for x in (place.admin1, place.country_code) if x)
        if place.feature_code:
            detail = f"{detail} ({place.feature_code})" if detail else place.feature_code
        if place.geonameid and place.geonameid > 0:
            detail += f" · GeoNames {place.geonameid}"
        pcols["detail"].append(detail)
        pcols["texts"].append(", ".join(t for t in texts if t != place.name))

    spec = {
        "id": None,  # set by the element
        "title": title or None,
        "fit": bool(fit),
        "types": types,
        "strings": strings.items,
        "incidents": cols,
        "places": pcols,
        "routes": route_specs,
        "unplaced": unplaced,
        "skipped": [{"where": w, "reason": r} for w, r in skipped_items],
        "basemap": _basemap_geojson() if basemap else None,
        "credits": [GEONAMES_CREDIT] + ([NATURAL_EARTH_CREDIT] if basemap else []),
        "tiles": list(_ONLINE_TILES) if online_tiles else [],
    }

    if m is None:
        m = folium.Map(location=None, tiles=None, prefer_canvas=True, control_scale=True,
                       width=width, height=height, zoom_start=4)
    elif not isinstance(m, folium.Map):
        raise InputError(f"m must be a folium.Map, not {type(m).__name__}")
    make_offline(m)
    layer = _GeomapLayer(spec)
    m.add_child(layer)
    if title:
        m.get_root().header.add_child(_Raw(f"<title>{html.escape(title)}</title>"), name="geomap_title")
    summary = MapSummary(
        incidents=len(placed), places=len(pcols["lat"]),
        unplaced=[(u["label"], u["reason"]) for u in unplaced], skipped=skipped_items,
        routes=[r["name"] for r in route_specs], in_buffer=sum(1 for r in route_of if r is not None),
    )
    m.geomap_summary = summary
    return m


# ---------------------------------------------------------- folium elements
def _json_for_html(obj: Any) -> str:
    """JSON that can sit inside a ``<script>`` element: no text in it can end the element."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@functools.lru_cache(maxsize=None)
def _raw_cls() -> type:
    from branca.element import Element

    class Raw(Element):
        """Pre-built HTML put in the page as is (never parsed as a Jinja template)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self._text = text

        def render(self, **kwargs: Any) -> str:
            return self._text

    return Raw


def _Raw(text: str) -> Any:  # noqa: N802 - a factory standing in for a class
    return _raw_cls()(text)


def _build_offline_element() -> type:
    from branca.element import Figure, MacroElement

    class OfflineAssets(MacroElement):
        """Inlines Leaflet and geomap's script/styles in the page header (first)."""

        def __init__(self) -> None:
            super().__init__()
            self._name = "GeomapOfflineAssets"

        def render(self, **kwargs: Any) -> None:
            figure = self.get_root()
            if not isinstance(figure, Figure):
                raise GeomapError("a geomap map must be rendered inside a folium Figure")
            parent = self._parent
            if getattr(parent, "default_js", None):
                parent.default_js = []
                parent.default_css = []
            icons = json.dumps(_assets.leaflet_icon_urls())
            head = "\n".join([
                _assets.style_tag(_assets.leaflet_css()),
                _assets.style_tag(_assets.geomap_css()),
                _assets.script_tag(_assets.leaflet_js()),
                _assets.script_tag(
                    "(function(){var o=" + icons + ";L.Icon.Default.imagePath='';"
                    "L.Icon.Default.mergeOptions(o);})();\n" + _JQUERY_SHIM),
                _assets.script_tag(_assets.geomap_js()),
            ])
            header = figure.header
            header.add_child(_Raw(head), name="geomap_offline_assets")
            # Leaflet must come before every other script in the header
            header._children.move_to_end("geomap_offline_assets", last=False)
            if _uses_awesome_icons(parent):
                # folium.Icon needs Leaflet.awesome-markers and icon fonts, which are not
                # installed locally: link them (for online use); save_map(offline=True) refuses.
                from folium.folium import _default_css, _default_js
                from branca.element import CssLink, JavascriptLink

                for name, url in _default_js:
                    if name != "leaflet":
                        header.add_child(JavascriptLink(url), name=name)
                for name, url in _default_css:
                    if name != "leaflet_css":
                        header.add_child(CssLink(url), name=name)
            super().render(**kwargs)

    return OfflineAssets


#: folium's own templates use jQuery in two places only: ``$(`<div>...</div>`)[0]`` to build
#: popup content and ``$(document).ready(fn)``. jQuery is not inlined (it is not installed
#: locally); this shim covers exactly those uses when jQuery is absent.
_JQUERY_SHIM = """if (typeof window.$ === 'undefined') {
  window.$ = function (x) {
    if (typeof x === 'string') {
      var t = document.createElement('template');
      t.innerHTML = x.trim();
      return Array.prototype.slice.call(t.content.childNodes);
    }
    if (x === document) {
      return { ready: function (fn) {
        if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
      } };
    }
    return [x];
  };
}"""


def _uses_awesome_icons(root: Any) -> bool:
    import folium

    stack = [root]
    while stack:
        e = stack.pop()
        if isinstance(e, folium.Icon):
            return True
        stack.extend(getattr(e, "_children", {}).values())
    return False


@functools.lru_cache(maxsize=None)
def _offline_cls() -> type:
    return _build_offline_element()


@functools.lru_cache(maxsize=None)
def _layer_cls() -> type:
    from branca.element import Figure, MacroElement

    class GeomapLayer(MacroElement):
        """The data of one render_map call and the call that draws it."""

        def __init__(self, spec: dict[str, Any]) -> None:
            super().__init__()
            self._name = "GeomapLayer"
            self.spec = spec

        def render(self, **kwargs: Any) -> None:
            figure = self.get_root()
            if not isinstance(figure, Figure):
                raise GeomapError("a geomap map must be rendered inside a folium Figure")
            name = self.get_name()
            self.spec["id"] = name
            data = f'<script type="application/json" id="{name}-spec">{_json_for_html(self.spec)}</script>'
            figure.html.add_child(_Raw(data), name=name)
            call = (f'geomapRender({self._parent.get_name()}, '
                    f'JSON.parse(document.getElementById("{name}-spec").textContent));')
            figure.script.add_child(_Raw(call), name=name)
            for child in self._children.values():
                child.render(**kwargs)

    return GeomapLayer


def _GeomapLayer(spec: dict[str, Any]) -> Any:  # noqa: N802
    return _layer_cls()(spec)


def make_offline(m: Any) -> Any:
    """Make a ``folium.Map`` render with Leaflet inlined instead of loaded from CDNs.

    Removes folium's CDN links for the map (Leaflet, jQuery, Bootstrap, Font
    Awesome) and adds an element that inlines Leaflet and geomap's script into
    the page header. Idempotent; returns ``m``. :func:`render_map` and
    :func:`save_map` call it; the Jupyter view of the map uses the same page.
    """
    import folium

    if not isinstance(m, folium.Map):
        raise InputError(f"expected a folium.Map, not {type(m).__name__}")
    m.default_js = []
    m.default_css = []
    cls = _offline_cls()
    if not any(isinstance(c, cls) for c in m._children.values()):
        m.add_child(cls(), name="geomap_offline_assets")
    return m


_EXTERNAL = re.compile(
    r"""<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)|<link\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)|@import\s+(?:url\()?["']?([^"')\s;]+)""",
    re.IGNORECASE,
)


def map_html(m: Any, *, offline: bool = True) -> str:
    """The complete HTML page of a map.

    Parameters
    ----------
    m : folium.Map
    offline : bool
        Inline Leaflet (see :func:`make_offline`) and refuse a page that would still
        load scripts or styles from elsewhere.

    Raises
    ------
    ExternalResourceError
        When ``offline`` and an element added to the map (a folium plugin, or
        ``folium.Icon``) needs files geomap cannot inline; the message lists them.
    """
    if offline:
        make_offline(m)
    page = m.get_root().render()
    if offline:
        external = sorted({next(g for g in match.groups() if g) for match in _EXTERNAL.finditer(page)})
        if external:
            raise ExternalResourceError(
                f"this map would load {len(external)} file(s) from the network, so it would not work "
                f"offline: {', '.join(external[:6])}{' ...' if len(external) > 6 else ''}. They come from "
                "folium elements added to the map (plugins, or markers with folium.Icon) whose scripts are "
                "not installed locally. Fix: draw with CircleMarker/GeoJson or geomap's layers instead, or "
                "save with offline=False for a map that needs a network")
    return page


def save_map(m: Any, path: str | os.PathLike[str], *, offline: bool = True) -> Path:
    """Write a map as one self-contained HTML file.

    Parameters
    ----------
    m : folium.Map
        Usually from :func:`render_map`; any folium map is made offline too.
    path : str or path-like
        Output file (``.html``); written atomically.
    offline : bool
        See :func:`map_html`.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    ExternalResourceError
        When ``offline`` and the page would still need the network.
    InputFileError
        When the file cannot be written.
    """
    page = map_html(m, offline=offline)
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".geomap-", suffix=".html", dir=out.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(page)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, out)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        raise InputFileError(f"cannot write the map to {out}: {e.strerror or e}. Fix: choose a folder you "
                             "can write to") from None
    return out
