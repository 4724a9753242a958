"""Countries: the shipped Natural Earth polygons, the country at a point, the countries a route crosses.

Country names and codes come from the one country-name table,
:mod:`geomap.gazetteer.countries`; this module only holds the polygons.

Examples
--------
>>> country_of(40.91854, 34.45226), country_of(40.98945, 34.39251)  # Al Bukamal, Al Qaim
('SY', 'IQ')
"""
from __future__ import annotations

import warnings
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Sequence

import numpy as np
import shapely
from shapely.geometry import Point

from geomap.exc import CountryMismatchWarning, PackageDataError
from geomap.gazetteer.countries import country_code
from geomap.settings import data_path
from geomap.spatial._base import COAST_KM, MEASURE_SPACING_KM, check_lon_lat, geodesic_km, incident_frame, points_lon_lat

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

    from geomap.spatial.routes import Route

__all__ = [
    "load_countries",
    "countries_of_points",
    "country_of",
    "country_code_for",
    "countries_crossed",
    "check_incident_countries",
]

_BASEMAP_COLUMNS = ("ISO_A2", "ISO_A3", "NAME", "NAME_AR", "NAME_FA")


@lru_cache(maxsize=1)
def _countries_cached() -> "gpd.GeoDataFrame":
    import geopandas as gpd

    path = data_path("naturalearth", "countries.geojson")
    if not path.is_file():
        raise PackageDataError(f"{path}: the packaged Natural Earth basemap is missing; reinstall geomap or "
                               "rebuild it with data/naturalearth/build_basemap.py")
    try:
        gdf = gpd.read_file(path)
    except (OSError, RuntimeError, ValueError) as e:  # pyogrio's DataSourceError family is RuntimeError
        raise PackageDataError(f"{path}: the packaged Natural Earth basemap cannot be read ({e}); rebuild it "
                               "with data/naturalearth/build_basemap.py") from None
    missing = [c for c in _BASEMAP_COLUMNS if c not in gdf.columns]
    if missing:
        raise PackageDataError(f"{path}: the packaged Natural Earth basemap lacks the column(s) "
                               f"{', '.join(missing)}; rebuild it with data/naturalearth/build_basemap.py")
    for col in _BASEMAP_COLUMNS:
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
    """A spatial index of the basemap polygons and the ISO code of each."""
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
                    if geodesic_km(a[0], a[1], b[0], b[1]) <= coast_km:
                        out[p] = codes[idx[0]]
    return out


def country_of(lon: float, lat: float, *, coast_km: float = COAST_KM) -> str:
    """ISO alpha-2 code of the country at a point ('' at sea or in no country).

    Examples
    --------
    >>> country_of(40.91854, 34.45226), country_of(40.98945, 34.39251)  # Al Bukamal, Al Qaim
    ('SY', 'IQ')
    """
    lon, lat = check_lon_lat(lon, lat, "country_of")
    return str(countries_of_points([lon], [lat], coast_km=coast_km)[0])


def country_code_for(name_or_code: str | None) -> str:
    """ISO alpha-2 code for a country name or ISO alpha-2/alpha-3 code ('' if unknown).

    The spatial name of :func:`geomap.gazetteer.countries.country_code`, the one
    country-name table.

    Examples
    --------
    >>> country_code_for("Syria"), country_code_for("IRQ"), country_code_for("lb"), country_code_for("Narnia")
    ('SY', 'IQ', 'LB', '')
    """
    return country_code(name_or_code)


def countries_crossed(route: Route) -> list[str]:
    """ISO alpha-2 codes of the countries the route passes through, in order.

    The geodesic line is intersected with the shipped country polygons; each
    piece is placed by its position along the route. A country entered twice
    appears twice (``["SY", "LB", "SY"]``). Stretches over the sea are skipped.

    Examples
    --------
    >>> from geomap.spatial.routes import load_route
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


def check_incident_countries(incidents: Any, *, coast_km: float = COAST_KM, warn: bool = True) -> "gpd.GeoDataFrame":
    """Compare the country each incident's text names with the country at its coordinates.

    Parameters
    ----------
    incidents : list of Incident, records, GeoDataFrame, GeoJSON, or a table reader's result
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
    gdf = incident_frame(incidents).copy()
    lons, lats = points_lon_lat(gdf)
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
