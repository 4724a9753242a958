"""Areas: polygons from GeoJSON and countries from the shipped basemap, in EPSG:4326.

Examples
--------
>>> area = area_from_country("LB")
>>> area.iloc[0]["kind"], area.crs.to_epsg()
('country', 4326)
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

import numpy as np
import shapely
from shapely.geometry import shape

from geomap.exc import GeometryError, InputError, InputFileError
from geomap.spatial._base import geojson_source
from geomap.spatial.countries import country_code_for, load_countries

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

__all__ = ["area_from_geojson", "area_from_country"]


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

    obj, label, _ = geojson_source(source, name, "area")
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


def area_geometry(area: Any) -> tuple[shapely.Geometry, str]:
    """One EPSG:4326 geometry and a label for an area given as a GeoDataFrame, a shapely geometry or GeoJSON."""
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
