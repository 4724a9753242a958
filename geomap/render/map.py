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
  markers (colour = event type, size = fatalities; one known only by its
  province or country, ``geo_precision`` 3, at the area's label point, see
  :func:`_draw_areas`, while the data keeps its coordinates), the Natural Earth basemap
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
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from geomap import taxonomy
from geomap.exc import InputError
from geomap.gazetteer.countries import country_name
from geomap.gazetteer.label_points import area_label_point
from geomap.model import Incident, Mention, Place
from geomap.render.basemap import countries_spec
from geomap.render.export import export_fields, sparse_column, table_columns
from geomap.render.html import geomap_layer, make_offline, raw_html
from geomap.settings import GEONAMES_CREDIT, NATURAL_EARTH_CREDIT
from geomap.tables.schema import _point_of, coerce_incidents

__all__ = ["render_map", "MapSummary", "EVENT_TYPE_COLORS"]

#: Marker colour of each ACLED event type (anything else is :data:`geomap.taxonomy.OTHER_COLOR`).
EVENT_TYPE_COLORS: dict[str, str] = taxonomy.colors()

#: Online tile layers offered in the layer control (never shown by default).
_ONLINE_TILES: tuple[dict[str, Any], ...] = (
    {"name": "OpenStreetMap", "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "maxZoom": 19,
     "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'},
    {"name": "CARTO Positron", "url": "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png", "maxZoom": 19,
     "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors '
                    '&copy; <a href="https://carto.com/attributions">CARTO</a>'},
)

_EPOCH = _dt.date(1970, 1, 1)


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


def _as_float(value: Any) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _as_int(value: Any) -> int | None:
    f = _as_float(value)
    return int(f) if f is not None else None


def _as_str(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value).strip()


def _coord_problem(inc: Incident) -> str | None:
    """Why an incident cannot be placed, or None when its coordinates are usable."""
    if inc.extra.get("bad_latitude") or inc.extra.get("bad_longitude"):
        return (f"coordinates are not numbers (latitude {inc.extra.get('bad_latitude', inc.latitude)!r}, "
                f"longitude {inc.extra.get('bad_longitude', inc.longitude)!r})")
    if (inc.latitude is None or inc.longitude is None) and inc.extra.get("geocode_reason"):
        return f"not geocoded: {inc.extra['geocode_reason']}"
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
def _buffer_geometry(buffer: Any) -> Any:
    """One shapely geometry in lon/lat from a shapely geometry, a GeoDataFrame/GeoSeries or GeoJSON."""
    import numpy as np
    import shapely

    if buffer is None:
        return None
    if hasattr(buffer, "geometry") and hasattr(buffer, "crs"):  # GeoDataFrame / GeoSeries
        if buffer.crs is not None and buffer.crs.to_epsg() != 4326:
            buffer = buffer.to_crs(4326)
        geoms = np.asarray(getattr(buffer, "geometry", buffer).values)
        return shapely.union_all(geoms) if len(geoms) else None
    if isinstance(buffer, Mapping):
        from shapely.geometry import shape

        return shape(buffer.get("geometry", buffer))
    if isinstance(buffer, shapely.Geometry):
        return buffer
    raise InputError(f"a route buffer must be a shapely geometry, a GeoDataFrame or GeoJSON, "
                     f"not {type(buffer).__name__}")


def _route_spec(route: Any, km: float, buffer: Any, lons: Sequence[float],
                lats: Sequence[float]) -> tuple[dict[str, Any], Any]:
    """JSON for one route and the boolean mask of incidents inside its buffer."""
    import numpy as np
    import shapely
    from shapely.geometry import Point

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
    geom = _buffer_geometry(buffer)
    if geom is not None and not geom.is_empty:
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
def _labels_of(lats: Sequence[float], lons: Sequence[float]) -> dict[str, Any] | None:
    from geomap.render.labels import labels_for_extent

    return labels_for_extent(min(lats), min(lons), max(lats), max(lons)) if lats else None


def _layers_of(lats: Sequence[float], lons: Sequence[float]) -> dict[str, Any]:
    from geomap.render.basemap import layers_for_extent

    # no incidents: the lakes and urban areas around Syria and Iraq would mean nothing; the world's big lakes
    return layers_for_extent(min(lats), min(lons), max(lats), max(lons)) if lats else \
        layers_for_extent(0.0, 0.0, 0.0, 0.0, margin=0.0)


# ------------------------------------------------------------- the builder
class _Strings:
    """A table of distinct strings; columns store indices into it. A value is shown without its outer
    spaces (tables keep cells as given: ACLED's "Military Forces of Nigeria (2015-) " is one actor with
    "Military Forces of Nigeria (2015-)" in the legend and the filters)."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._index: dict[str, int] = {}

    def __call__(self, s: str | None) -> int | None:
        if not s:
            return None
        i = self._index.get(s)
        if i is None:
            t = s.strip()
            if not t:
                return None
            i = self._index.get(t)
            if i is None:
                i = self._index[t] = len(self.items)
                self.items.append(t)
            self._index[s] = i
        return i


def _documents(documents: Any) -> list[Any]:
    """Document values (their incidents and places are drawn); text is not extracted here."""
    if documents is None:
        return []
    if isinstance(documents, str) or hasattr(documents, "incidents"):
        documents = [documents]
    out = []
    for d in documents:
        if isinstance(d, str):
            raise InputError("render_map draws what it is given and does not read articles: extract the text "
                             "first with geomap.extract_document(text) and pass the Document, or use "
                             "geomap.build_map(documents=[text], ...)")
        if not hasattr(d, "incidents"):
            raise InputError(f"documents must be Document objects from geomap.extract_document, "
                             f"not {type(d).__name__}")
        out.append(d)
    return out


def _confidence_of(v: Any) -> float | None:
    """A confidence in [0, 1] rounded for the page, or None."""
    if v is None:
        return None
    f = _as_float(v)
    return round(f, 2) if f is not None and 0.0 <= f <= 1.0 else None


def _place_items(places: Any) -> list[tuple[Place, str, float | None]]:
    """(Place, surface text, confidence) from Mentions, Places or GeoJSON-like point features with a name."""
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
    out: list[tuple[Place, str, float | None]] = []
    for p in places:
        if isinstance(p, Mention):
            if p.place is not None:
                out.append((p.place, p.text, p.confidence))
        elif isinstance(p, Place):
            out.append((p, p.matched or p.name, None))
        elif isinstance(p, Mapping):
            props = p.get("properties", p) or {}
            lon, lat = _point_of(p.get("geometry")) if "geometry" in p else (props.get("longitude"), props.get("latitude"))
            lon, lat = _as_float(lon), _as_float(lat)
            name = _as_str(props.get("name")) or _as_str(props.get("text"))
            if lon is None or lat is None or not name or not (-90 <= lat <= 90 and -180 <= lon <= 180):
                continue
            out.append((Place(_as_int(props.get("geonameid")) or 0, name, _as_str(props.get("country_code")),
                              _as_str(props.get("admin1")), _as_str(props.get("feature_code")), 0, lon, lat),
                        _as_str(props.get("text")) or name, _confidence_of(props.get("confidence"))))
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
        "cf": [_confidence_of(i.confidence) for i in placed],
        "ev": [(i.evidence[0].text if len(i.evidence) == 1 else " ".join(e.text for e in i.evidence)) or None
               if i.evidence else None for i in placed],
        "src": [strings(_source_label(i.source)) for i in placed],
        "route": list(route_of),
    }


def _draw_areas(placed: Sequence[Incident]) -> tuple[Any, list[list[Any]]]:
    """Where the incidents known only by their province or country are drawn.

    An incident of ``geo_precision`` 3 with a known country is drawn at the Natural Earth
    label point of its ``admin1`` in that country, else of the country
    (:func:`geomap.gazetteer.label_points.area_label_point`), not at its coordinates
    (for ACLED rows the provincial capital, which reads as a strike on the town). Only the
    drawing moves: the page keeps the data coordinates for the popup and the exports.

    Returns
    -------
    (column, areas)
        The sparse column ``"ap"`` (row -> index into ``areas``, or None when every
        incident is drawn at its coordinates) and ``areas``: ``[lat, lon, "Al Anbar, Iraq",
        "Natural Earth label point of Al-Anbar"]`` for each distinct area drawn.

    Examples
    --------
    >>> inc = Incident("2020-01-10", 1, "Battles", "Armed clash", location="Ramadi", country="Iraq",
    ...                admin1="Al Anbar", longitude=43.3, latitude=33.42, geo_precision=3)
    >>> exact = Incident("2020-01-11", 1, "Battles", "Armed clash", country="Iraq", longitude=43.3, latitude=33.42)
    >>> _draw_areas([exact, inc, exact])
    ({'1': 0}, [[33.2317, 41.5307, 'Al Anbar, Iraq', 'Natural Earth label point of Al-Anbar']])
    >>> _draw_areas([exact, Incident("2020-01-12", 1, "Battles", "Armed clash", country="IQ", longitude=44.4,
    ...                              latitude=33.3, geo_precision=3), exact])[1][0][2]
    'Iraq'
    
    """
    areas: list[list[Any]] = []
    index: dict[tuple[Any, ...], int] = {}
    col: list[int | None] = []
    for inc in placed:
        if _small_int(inc.geo_precision) != 3 or not inc.country:
            col.append(None)
            continue
        ap = area_label_point(inc.country, inc.admin1 or None)
        if ap is None or (abs(ap.latitude - inc.latitude) < 1e-4 and abs(ap.longitude - inc.longitude) < 1e-4):
            col.append(None)   # no label point, or the data is at it already (a country named in a text)
            continue
        country = country_name(ap.country_code) if len(inc.country.strip()) <= 3 else inc.country.strip()  # "SY", "SYR"
        area = f"{(inc.admin1 or '').strip()}, {country}" if ap.level == "admin1" else country
        key = (ap, area)
        if key not in index:
            index[key] = len(areas)
            areas.append([round(ap.latitude, 5), round(ap.longitude, 5), area, ap.source])
        col.append(index[key])
    return sparse_column(col), areas


def render_map(
    documents: Any = None,
    incidents: Any = None,
    places: Any = None,
    routes: Any = None,
    *,
    buffers: Sequence[Any] | None = None,
    m: Any = None,
    title: str | None = None,
    route_buffer_km: float = 50,
    skipped: Any = None,
    basemap: bool = True,
    online_tiles: bool = True,
    fit: bool = True,
    width: str | int = "100%",
    height: str | int = "100%",
) -> Any:
    """Draw incidents, places and routes on a ``folium.Map`` that works offline.

    Parameters
    ----------
    documents : Document or list of them, optional
        Results of :func:`geomap.extract_document`: their incidents and the
        places they name are drawn. (Article text is not read here: see
        :func:`geomap.build_map`, which reads, extracts and draws.)
    incidents : optional
        :class:`~geomap.Incident` objects, dicts in the ``Incident.to_dict()``
        shape, a (Geo)DataFrame with those columns, or anything with
        ``__geo_interface__`` (a GeoJSON FeatureCollection of incidents).
    places : optional
        Other places to draw lighter, in their own layer: :class:`~geomap.Mention`
        or :class:`~geomap.Place` objects, or point features with a ``name``.
    routes : Route or list of them, optional
        :class:`geomap.Route` values (from :func:`geomap.load_route` ...), drawn
        with direction arrows and waypoint labels.
    buffers : list, optional
        One buffer per route (a shapely geometry, a GeoDataFrame such as
        :func:`geomap.buffer_route` returns, GeoJSON, or None), shaded;
        incidents inside a buffer get a dark ring.
    m : folium.Map, optional
        An existing map to draw on; a new one is made when None. Its own tile
        layers are kept (they load from the network when shown). Each call adds
        its own layers, legend and controls.
    title : str, optional
        Shown at the top of the map and as the page title (as text).
    route_buffer_km : float
        The buffers' width either side of the route, in km, as the legend states it.
    skipped : optional
        What a reader left out, listed on the page: ``(row, reason)`` or
        ``(file, row, reason)`` tuples, strings, or an object with ``.skipped``
        (the report of :func:`geomap.load_inputs`).
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
        For inputs of the wrong kind (article text, route names: see :func:`geomap.build_map`).
    """
    import folium

    if route_buffer_km is None or not math.isfinite(float(route_buffer_km)) or route_buffer_km < 0:
        raise InputError(f"route_buffer_km must be a distance of 0 km or more, not {route_buffer_km!r}")
    docs = _documents(documents)
    all_incidents: list[Incident] = []
    place_items: list[tuple[Place, str]] = []
    notes: list[tuple[str, str]] = []
    tallies: list[dict[str, str]] = []  # the reports' cumulative figures: context, never points
    for d in docs:
        src = _source_label(str(getattr(d, "source", "") or "article"))
        if getattr(d, "error", ""):
            notes.append((src, f"not read: {d.error}"))
        doc_incidents = list(d.incidents)
        if not doc_incidents and not getattr(d, "error", ""):
            notes.append((src, "no incidents found in the text"))
        all_incidents.extend(doc_incidents)
        place_items.extend(_place_items(getattr(d, "places", None)))
        tallies.extend({"source": src, "text": t.text} for t in getattr(d, "tallies", ()) or ())
        # events the report only mentions (abroad in passing, no day of their own): context too, never points
        tallies.extend({"source": src, "text": i.evidence[0].text if i.evidence else i.notes}
                       for i in getattr(d, "mentioned", ()) or ())
    all_incidents.extend(coerce_incidents(incidents))
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
    route_list = [] if routes is None else ([routes] if hasattr(routes, "waypoints") else list(routes))
    for r in route_list:
        if isinstance(r, str) or not (hasattr(r, "waypoints") and hasattr(r, "line")):
            raise InputError(f"routes must be Route values (geomap.load_route(name)), not {type(r).__name__}; "
                             "geomap.build_map also takes route names")
    buffer_list = list(buffers) if buffers is not None else [None] * len(route_list)
    if len(buffer_list) != len(route_list):
        raise InputError(f"give one buffer per route: {len(route_list)} route(s), {len(buffer_list)} buffer(s)")
    strings = _Strings()
    route_specs, route_of = [], [None] * len(placed)
    for route, buffer in zip(route_list, buffer_list):
        spec, inside = _route_spec(route, float(route_buffer_km), buffer, lons, lats)
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
            types.append({"name": name, "color": taxonomy.color_of(name)})
        return type_index[name]

    cols = _incident_columns(placed, route_of, strings, type_of)
    cols.update(table_columns(placed, strings))  # for the page's exports and source links
    area_col, areas = _draw_areas(placed)        # where precision-3 incidents are drawn (not their data)
    if area_col is not None:
        cols["ap"] = area_col

    # other places: one marker per distinct place, not those that are incident locations
    incident_ids = {i.geonameid for i in all_incidents if i.geonameid}
    incident_spots = {(round(i.longitude, 3), round(i.latitude, 3)) for i in placed} if place_items else set()
    grouped: dict[Any, tuple[Place, list[str], list[float]]] = {}
    for place, text, conf in place_items:
        key = _place_key(place)
        if key not in grouped:
            grouped[key] = (place, [], [])
        if text and text not in grouped[key][1]:
            grouped[key][1].append(text)
        if conf is not None:
            grouped[key][2].append(conf)
    pcols: dict[str, list[Any]] = {"lat": [], "lon": [], "name": [], "detail": [], "texts": []}
    for place, texts, confs in grouped.values():
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
        if confs:
            detail += f" · confidence {max(confs):.2f}"
        pcols["detail"].append(detail)
        pcols["texts"].append(", ".join(t for t in texts if t != place.name))

    spec = {
        "id": None,  # set by the element
        "title": title or None,
        "fit": bool(fit),
        "types": types,
        "strings": strings.items,
        "incidents": cols,
        "areas": areas,
        "fields": export_fields(placed),
        "places": pcols,
        "routes": route_specs,
        "unplaced": unplaced,
        "tallies": tallies,
        "skipped": [{"where": w, "reason": r} for w, r in skipped_items],
        "basemap": countries_spec() if basemap else None,
        "labels": _labels_of(lats, lons) if basemap else None,
        "layers": _layers_of(lats, lons) if basemap else None,
        "credits": [GEONAMES_CREDIT] + ([NATURAL_EARTH_CREDIT] if basemap else []),
        "tiles": list(_ONLINE_TILES) if online_tiles else [],
    }

    if m is None:
        m = folium.Map(location=None, tiles=None, prefer_canvas=True, control_scale=True,
                       width=width, height=height, zoom_start=4)
    elif not isinstance(m, folium.Map):
        raise InputError(f"m must be a folium.Map, not {type(m).__name__}")
    make_offline(m)
    layer = geomap_layer(spec)
    m.add_child(layer)
    if title:
        m.get_root().header.add_child(raw_html(f"<title>{html.escape(title)}</title>"), name="geomap_title")
    summary = MapSummary(
        incidents=len(placed), places=len(pcols["lat"]),
        unplaced=[(u["label"], u["reason"]) for u in unplaced], skipped=skipped_items,
        routes=[r["name"] for r in route_specs], in_buffer=sum(1 for r in route_of if r is not None),
    )
    m.geomap_summary = summary
    return m


