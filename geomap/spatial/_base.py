"""What the spatial modules share: the ellipsoid, the spacings, checks of coordinates and distances.

Also the one reader of GeoJSON sources (a mapping, a path, a JSON string) for
routes and areas, and the incident table every spatial question starts from
(built by :mod:`geomap.tables.schema`, never read here). Private to
:mod:`geomap.spatial`.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

import numpy as np
import shapely
from pyproj import Geod

from geomap._files import read_bytes
from geomap.exc import GeometryError, InputError, InputFileError

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

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
#: Radius (IUGG mean) of the sphere that only pre-selects route vertices before ellipsoidal refinement.
SPHERE_RADIUS_KM = 6371.0088


def check_lon_lat(lon: Any, lat: Any, what: str) -> tuple[float, float]:
    """``(longitude, latitude)`` as floats, checked to be finite and in range; ``what`` starts messages."""
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


def geodesic_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Geodesic distance on the WGS 84 ellipsoid between two (longitude, latitude) points, km."""
    return float(GEOD.inv(lon1, lat1, lon2, lat2)[2]) / 1000.0


def check_km(km: Any, what: str) -> float:
    """A distance in kilometres, checked: a finite number in [0, MAX_BUFFER_KM]."""
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


def cumulative_km(lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    """Geodesic distance (km) from the first point along a polyline to each of its points."""
    if len(lons) < 2:
        return np.zeros(len(lons))
    d = GEOD.inv(lons[:-1], lats[:-1], lons[1:], lats[1:])[2] / 1000.0
    return np.concatenate([[0.0], np.cumsum(d)])


def incident_frame(incidents: Any) -> "gpd.GeoDataFrame":
    """The incident table (EPSG:4326) of whatever incidents a spatial question is given.

    A GeoDataFrame is used as it is (reprojected to EPSG:4326); anything else goes
    through :func:`geomap.tables.schema.coerce_incidents` (Incident lists, records,
    DataFrames, GeoJSON, a reader's result) and the one table builder.
    """
    import geopandas as gpd

    from geomap.tables.schema import coerce_incidents, incidents_to_geodataframe

    if isinstance(incidents, gpd.GeoDataFrame):
        gdf = incidents
        if gdf.crs is None:
            raise InputError("incidents GeoDataFrame has no CRS; set it (EPSG:4326 for longitude/latitude)")
        if gdf.crs.to_epsg() != 4326:
            gdf = gdf.to_crs(4326)
        return gdf
    return incidents_to_geodataframe(coerce_incidents(incidents))


def points_lon_lat(gdf: "gpd.GeoDataFrame") -> tuple[np.ndarray, np.ndarray]:
    """Longitude and latitude of each row's point (centroid of other shapes; NaN when missing)."""
    geoms = gdf.geometry.values
    valid = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    lons = np.full(len(gdf), np.nan)
    lats = np.full(len(gdf), np.nan)
    if valid.any():
        xy = shapely.get_coordinates(shapely.centroid(geoms[valid]))
        lons[valid], lats[valid] = xy[:, 0], xy[:, 1]
    return lons, lats


def geojson_source(source: Any, name: str | None, what: str) -> tuple[Mapping, str, Path | None]:
    """A GeoJSON object from a mapping, a file path or a JSON string: (object, label for messages, path)."""
    path = None
    if isinstance(source, Mapping):
        obj, label = source, name or "GeoJSON"
    elif isinstance(source, Path) or (isinstance(source, str) and not source.lstrip().startswith("{")):
        path = Path(source)
        obj, label = read_json_file(path, what), str(source)
    else:
        try:
            obj = json.loads(source)
        except json.JSONDecodeError as e:
            raise InputError(f"{what} GeoJSON is not valid JSON ({e.msg} at line {e.lineno})") from None
        label = name or "GeoJSON"
    if not isinstance(obj, Mapping) or "type" not in obj:
        raise InputFileError(f"{label}: not a GeoJSON object (no 'type' member)")
    return obj, label, path


#: JSON files (routes, areas) larger than this are refused.
MAX_JSON_BYTES = 50_000_000


def read_json_file(path: Path, what: str) -> Any:
    """The JSON in a UTF-8 file (read with the one file reader, :func:`geomap._files.read_bytes`)."""
    raw = read_bytes(path, what=("an " if what[:1] in "aeiou" else "a ") + what, max_bytes=MAX_JSON_BYTES)
    if not raw.strip():
        raise InputFileError(f"{path}: the {what} file is empty")

    def no_constant(word: str) -> Any:
        raise InputFileError(f"{path}: has {word}, which is not a number in JSON; give finite numbers")

    try:
        return json.loads(raw.decode("utf-8-sig"), parse_constant=no_constant)
    except RecursionError:
        raise InputFileError(f"{path}: the JSON is nested too deeply to read; give plain GeoJSON") from None
    except UnicodeDecodeError:
        raise InputFileError(f"{path}: the {what} file is not UTF-8 text; save it as UTF-8 GeoJSON") from None
    except json.JSONDecodeError as e:
        raise InputFileError(f"{path}: not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    except ValueError as e:  # a number of thousands of digits
        raise InputFileError(f"{path}: not usable JSON ({str(e).split(';')[0]}); give plain GeoJSON") from None
