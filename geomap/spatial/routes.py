"""Routes: waypoints joined by geodesic segments, built from files, names or coordinates.

Named routes are GeoJSON files, one per route, looked up in
``$GEOMAP_HOME/routes/`` first (so a user can add or override routes) and then
in the packaged ``geomap/data/routes/``. A route file is a FeatureCollection of
Point features, one per waypoint in order, with ``name``, ``geonameid`` and
``source`` properties; a waypoint whose geometry is ``null`` is resolved by
name with the gazetteer the caller passes when the route is loaded.

Examples
--------
>>> route = load_route("iran-mediterranean")
>>> [w.name for w in route.waypoints][:3]
['Tehran', 'Baghdad', 'Al Qaim']
>>> round(route.length_km)
1655
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import numpy as np
import shapely
from shapely.geometry import LineString, mapping

from geomap.exc import InputError, InputFileError, PlaceNotFoundError, RouteError
from geomap.gazetteer.normalize import looks_like_coordinates, parse_coordinates
from geomap.settings import data_path, home_dir
from geomap.spatial._base import DRAW_SPACING_KM, GEOD, MEASURE_SPACING_KM, check_lon_lat, geodesic_km, geojson_source
from geomap.spatial.countries import countries_crossed

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

    from geomap.gazetteer.lookup import Gazetteer

__all__ = [
    "Waypoint",
    "Route",
    "load_route",
    "list_routes",
    "route_paths",
    "route_from_names",
    "route_from_coordinates",
    "route_from_geojson",
    "geodesic_length_km",
]


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
        if not isinstance(self.name, str) or not self.name.strip() or len(self.name) > 200 \
                or any(not c.isprintable() for c in self.name):
            raise RouteError(f"{label}: a route name must be one line of printable text (1 to 200 characters), "
                             "without newlines or control characters")
        if len(wps) < 2:
            raise RouteError(f"{label} has {len(wps)} waypoint(s); a route needs at least two points")
        for w in wps:
            check_lon_lat(w.longitude, w.latitude, f"{label}, waypoint {w.name!r}")
        for a, b in zip(wps, wps[1:]):
            if geodesic_km(a.longitude, a.latitude, b.longitude, b.latitude) < 1e-3:
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
                d = geodesic_km(a.longitude, a.latitude, b.longitude, b.latitude)
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
        return [geodesic_km(a.longitude, a.latitude, b.longitude, b.latitude) for a, b in zip(w, w[1:])]

    @property
    def length_km(self) -> float:
        """Geodesic length of the route (sum of its segments), in kilometres."""
        return float(sum(self.segment_lengths_km))

    def segment_label(self, index: int) -> str:
        """``"A – B"`` for segment ``index``."""
        return f"{self.waypoints[index].name} – {self.waypoints[index + 1].name}"

    def to_dict(self, *, countries: Sequence[str] | None = None) -> dict[str, Any]:
        """The JSON object of ``geomap route show NAME --json``.

        ``countries`` defaults to :func:`geomap.spatial.countries.countries_crossed`.
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


def load_route(name_or_path: str | Path, *, gazetteer: "Gazetteer | None" = None) -> Route:
    """Load a named route or a route file.

    Parameters
    ----------
    name_or_path : str or Path
        A route name (see :func:`list_routes`) or the path of a GeoJSON file: a
        route file (Point features in order) or a single LineString.
    gazetteer : Gazetteer, optional
        Gazetteer used for waypoints that have a name but no coordinates (a file
        with such waypoints needs one: pass :func:`geomap.gazetteer.default_gazetteer`).

    Raises
    ------
    RouteError
        No route of that name (the message lists the known routes), or waypoints
        without coordinates and no gazetteer to resolve them.
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


def route_from_geojson(source: str | Path | Mapping[str, Any], *, name: str | None = None,
                       gazetteer: "Gazetteer | None" = None) -> Route:
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
    obj, label, path = geojson_source(source, name, "route")
    if path is not None:
        name = name or (obj.get("name") if isinstance(obj.get("name"), str) else None) or path.stem
    route_name = _check_name(name or obj.get("name") or "route", label)
    title = str(obj.get("title") or "")
    description = str(obj.get("description") or "")
    kind = obj["type"]
    if kind == "FeatureCollection":
        feats = obj.get("features")
        if not isinstance(feats, list):
            raise InputFileError(f"{label}: FeatureCollection without a 'features' list")
        lines = [f for f in feats if isinstance(f, Mapping) and isinstance(f.get("geometry"), Mapping)
                 and f["geometry"].get("type") == "LineString"]
        if lines and len(feats) == 1:
            if not isinstance(lines[0].get("properties") or {}, Mapping):
                raise InputFileError(f"{label}: feature 1 has properties that are not an object")
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
        if not isinstance(geom, Mapping) or not isinstance(obj.get("properties") or {}, Mapping):
            raise InputFileError(f"{label}: the Feature's geometry or properties is not an object")
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


def _lon_lat(c: Any, what: str) -> tuple[float, float]:
    """A GeoJSON position: a list of two or three finite numbers (not strings), in range."""
    if (not isinstance(c, (list, tuple)) or len(c) not in (2, 3)
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in c)):
        raise InputFileError(f"{what}: position {_short(c)} is not [longitude, latitude] (two numbers)")
    try:
        return check_lon_lat(c[0], c[1], what)
    except OverflowError:
        raise InputFileError(f"{what}: position {_short(c)} has a number too large") from None


def _short(v: Any) -> str:
    r = repr(v)
    return r if len(r) <= 60 else r[:57] + "..."


def _geonameid(gid: Any, what: str) -> int | None:
    """A GeoNames id: an integer (or a string of digits), or None when absent."""
    if gid is None or gid == "":
        return None
    if isinstance(gid, bool):
        pass
    elif isinstance(gid, int) and 0 < gid < 2**63:
        return gid
    elif isinstance(gid, float) and math.isfinite(gid) and gid.is_integer() and 0 < gid < 2**53:
        return int(gid)
    elif isinstance(gid, str) and gid.strip().isdigit() and len(gid.strip()) <= 18:
        return int(gid.strip())
    raise InputFileError(f"{what} has geonameid {_short(gid)}, expected a positive integer")


def _check_name(name: Any, what: str) -> str:
    """A route name: text on one line, without control characters."""
    text = str(name)
    if any(ord(ch) < 32 or 127 <= ord(ch) < 160 or ch in "\u2028\u2029" for ch in text):
        raise InputFileError(f"{what}: name {_short(text)} has a line break or control character; "
                             "give a one-line name")
    return text


def _route_from_line(geom: Mapping[str, Any], name: str, label: str, title: str, description: str,
                     props: Mapping[str, Any]) -> Route:
    coords = geom.get("coordinates")
    if not isinstance(coords, list):
        raise InputFileError(f"{label}: LineString without coordinates")
    names = props.get("waypoint_names") if isinstance(props.get("waypoint_names"), list) else None
    wps = []
    for i, c in enumerate(coords, start=1):
        lon, lat = _lon_lat(c, f"{label}, coordinate {i}")
        wname = str(names[i - 1]) if names and i - 1 < len(names) else f"point {i}"
        wps.append(Waypoint(wname, lon, lat, source=f"{label}, coordinate {i}"))
    return Route(name, tuple(wps), title, description, label)


def _waypoint_from_feature(f: Any, i: int, label: str) -> Waypoint | str:
    if not isinstance(f, Mapping) or f.get("type") != "Feature":
        raise InputFileError(f"{label}: feature {i} is not a GeoJSON Feature")
    props = f.get("properties") or {}
    if not isinstance(props, Mapping):
        raise InputFileError(f"{label}: feature {i} has properties that are not an object")
    wname = _check_name(props.get("name") or "", f"{label}, waypoint {i}").strip()
    geom = f.get("geometry")
    if geom is not None and not isinstance(geom, Mapping):
        raise InputFileError(f"{label}: feature {i} has a geometry that is not an object")
    gid = _geonameid(props.get("geonameid"), f"{label}: waypoint {i}")
    if geom is None:
        if not wname:
            raise InputFileError(f"{label}: waypoint {i} has neither coordinates nor a name")
        return wname  # resolved later with the gazetteer
    if geom.get("type") != "Point":
        raise InputFileError(f"{label}: waypoint {i} ({wname or 'unnamed'}) is a {geom.get('type')}, "
                             "expected a Point")
    c = geom.get("coordinates")
    if c is None or c == []:
        raise InputFileError(f"{label}: waypoint {i} ({wname or 'unnamed'}) has no coordinates")
    lon, lat = _lon_lat(c, f"{label}, waypoint {i} ({wname or 'unnamed'})")
    return Waypoint(wname or f"point {i}", lon, lat, gid, str(props.get("country_code") or ""),
                    str(props.get("source") or f"{label}, feature {i}"), str(props.get("query") or ""))


def _resolve_missing(items: list, label: str, gazetteer: "Gazetteer | None") -> list[Waypoint]:
    if all(isinstance(x, Waypoint) for x in items):
        return items
    # every waypoint given with coordinates is context for the names
    context = [(x.longitude, x.latitude) for x in items if isinstance(x, Waypoint)]
    out: list[Waypoint] = []
    if gazetteer is None:
        names = ", ".join(repr(x) for x in items if not isinstance(x, Waypoint))
        raise RouteError(f"{label}: waypoint(s) {names} have no coordinates and no gazetteer was given to "
                         "resolve them; pass gazetteer=geomap.gazetteer.default_gazetteer() or give their "
                         "coordinates in the file")
    for x in items:
        if isinstance(x, Waypoint):
            out.append(x)
            continue
        out.append(_resolve_waypoint(x, gazetteer, label, None, context))
        context.append((out[-1].longitude, out[-1].latitude))
    return out


def _resolve_waypoint(query: str, gazetteer: "Gazetteer", label: str, country: Any,
                      context: list[tuple[float, float]]) -> Waypoint:
    q = query.strip()
    if not q:
        raise RouteError(f"{label}: empty waypoint name")
    if looks_like_coordinates(q):
        raise RouteError(f"{label}: waypoint {q!r} is not a valid 'lat, lon' pair; give finite numbers, "
                         "latitude -90..90 and longitude -180..180 (e.g. '34.45, 40.92')")
    places = gazetteer.resolve(q, country=country, context=list(context) or None, limit=5)
    if not places:
        raise PlaceNotFoundError(
            f"{label}: waypoint {q!r} does not resolve in the gazetteer; check the spelling, add a country "
            "hint, or give its coordinates as 'lat, lon'", name=q, candidates=[])
    p = places[0]
    how = f"gazetteer: {p.source} {p.geonameid}, matched {p.matched or p.name!r}, score {p.score:.2f}"
    if getattr(p, "fuzzy", False):
        how += ", fuzzy match"
    gid = int(p.geonameid) if isinstance(p.geonameid, int) or str(p.geonameid or "").isdigit() else None
    return Waypoint(p.name, float(p.longitude), float(p.latitude), gid, p.country_code, how, q)


def route_from_names(names: Sequence[str], *, gazetteer: "Gazetteer | None" = None, name: str = "route",
                     country: str | Sequence[str] | None = None) -> Route:
    """Build a route by resolving waypoint names with the gazetteer.

    Each name is resolved in order, with the waypoints already resolved as
    context (so "Al Qaim" after "Baghdad" prefers the Iraqi town). A name that
    looks like coordinates ("34.45, 40.92") is used as they are. Every waypoint
    keeps its resolution (``query``, ``geonameid``, ``source``).

    Parameters
    ----------
    names : sequence of str
    gazetteer : Gazetteer
        Object with the gazetteer's ``resolve`` method, e.g.
        :func:`geomap.gazetteer.default_gazetteer` (``geomap.route_from_names``
        passes that one). Needed unless every name is coordinates.
    name : str
        Name of the route.
    country : str or list of str, optional
        ISO country code hint(s) for every name.

    Raises
    ------
    InputError
        No gazetteer given for names that need one.
    PlaceNotFoundError
        A name does not resolve (the message names it).
    RouteError
        Fewer than two names, or the resolved line is not a valid route.

    Examples
    --------
    >>> from geomap.gazetteer import default_gazetteer
    >>> route = route_from_names(["Baghdad", "Al Qaim"], gazetteer=default_gazetteer(), name="west")
    >>> [w.country_code for w in route.waypoints]
    ['IQ', 'IQ']
    """
    names = [str(n) for n in names]
    if len(names) < 2:
        raise RouteError(f"route {name!r} has {len(names)} waypoint(s); a route needs at least two points")
    parsed = [parse_coordinates(q) for q in names]
    if gazetteer is None and any(c is None for c in parsed):
        raise InputError("route_from_names needs a gazetteer: pass geomap.gazetteer.default_gazetteer() "
                         "or use geomap.route_from_names")
    wps: list[Waypoint] = []
    context: list[tuple[float, float]] = []
    for q, coords in zip(names, parsed):
        if coords is not None:
            lon, lat = coords  # parse_coordinates returns (longitude, latitude)
            lon, lat = check_lon_lat(lon, lat, f"route {name!r}, waypoint {q!r}")
            wps.append(Waypoint(q.strip(), lon, lat, source="coordinates", query=q))
        else:
            wps.append(_resolve_waypoint(q, gazetteer, f"route {name!r}", country, context))
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
        lon, lat = check_lon_lat(p[0], p[1], f"route {name!r}, point {i}")
        wps.append(Waypoint(names[i - 1] if names else f"point {i}", lon, lat, source="coordinates"))
    return Route(name, tuple(wps), source="coordinates")
