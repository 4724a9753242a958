"""``geomap.explore``: any incident GeoDataFrame on geomap's offline map, the way ``GeoDataFrame.explore()`` maps geometry.

The result is the ``folium.Map`` of :func:`~geomap.render.map.render_map`: in Jupyter it
shows inline as a cell's result (``_repr_html_``: the whole offline page in an iframe,
Leaflet and geomap's scripts inlined, so it needs no network and no trusted-notebook
CDN), with the same legend filters, timeline, search and exports as a saved map.

Examples
--------
>>> import geomap
>>> from geomap.tables.schema import incidents_to_geodataframe
>>> gdf = incidents_to_geodataframe([geomap.Incident("2020-01-10", 1, "Battles", "Armed clash",
...                                                  location="Hajin", longitude=40.83, latitude=34.69)])
>>> m = geomap.explore(gdf, title="Hajin")
>>> m.geomap_summary.incidents, "<iframe" in m._repr_html_()
(1, True)
"""
from __future__ import annotations

from typing import Any

from geomap.exc import InputError
from geomap.render.map import render_map

__all__ = ["explore"]


def _in_lon_lat(gdf: Any) -> Any:
    """The frame in EPSG:4326; a frame without a CRS is taken as lon/lat when its bounds fit."""
    if gdf.crs is None:
        x0, y0, x1, y1 = gdf.total_bounds if len(gdf) else (0.0, 0.0, 0.0, 0.0)
        if not (-180 <= x0 <= x1 <= 180 and -90 <= y0 <= y1 <= 90):
            raise InputError("the GeoDataFrame has no CRS and its coordinates are not longitude/latitude. "
                             "Fix: set it first, e.g. gdf.set_crs(3857)")
        return gdf.set_crs(4326)
    if gdf.crs.to_epsg() != 4326:
        return gdf.to_crs(4326)
    return gdf


def explore(data: Any, m: Any = None, *, title: str | None = None, **kwargs: Any) -> Any:
    """Map incidents on an offline, interactive folium map and return it (shown inline in Jupyter).

    Parameters
    ----------
    data : GeoDataFrame, or anything :func:`geomap.render_map` takes as ``incidents``
        Rows in geomap's table columns (``event_date``, ``event_type``, ``actor1``,
        ``fatalities``, ``location`` ...; any missing column is simply not shown) with
        point geometry in any CRS; other geometry is drawn at its representative point.
    m : folium.Map, optional
        A map to add the incidents to (as ``GeoDataFrame.explore(m=...)``).
    title : str, optional
        Shown at the top of the map.
    **kwargs
        Passed on to :func:`geomap.render_map` (``routes``, ``buffers``, ``places``,
        ``basemap``, ``online_tiles``, ``width``, ``height`` ...).

    Returns
    -------
    folium.Map
        With ``_repr_html_`` (the map inline in a notebook) and ``geomap_summary``;
        :func:`geomap.save_map` writes it as one offline HTML file.

    Raises
    ------
    InputError
        For a frame without a CRS whose coordinates are not longitude/latitude.
    """
    if hasattr(data, "geometry") and hasattr(data, "crs") and hasattr(data, "to_crs"):
        data = _in_lon_lat(data)
    return render_map(incidents=data, m=m, title=title, **kwargs)
