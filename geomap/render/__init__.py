"""The render stage: the incidents, places and routes it is given, on one offline HTML map.

* :mod:`~geomap.render.map`: :func:`render_map` builds the ``folium.Map`` (legend,
  time control, routes with their buffers, what could not be placed);
* :mod:`~geomap.render.explore`: :func:`explore`, any incident GeoDataFrame on that map
  (inline in Jupyter), like ``GeoDataFrame.explore()``;
* :mod:`~geomap.render.export`: the table columns the page's export buttons write;
* :mod:`~geomap.render.html`: the page (Leaflet inlined, data as escaped JSON) and
  :func:`save_map`, one self-contained file;
* :mod:`~geomap.render.assets`: Leaflet from its installed package, geomap's own
  script and styles (``assets/``).

Render reads no files of incidents and resolves no names: :func:`geomap.build_map`
does that and calls :func:`render_map`.
"""
from geomap.render.html import make_offline, map_html, save_map
from geomap.render.explore import explore
from geomap.render.map import EVENT_TYPE_COLORS, MapSummary, render_map

__all__ = ["render_map", "save_map", "map_html", "make_offline", "explore", "MapSummary", "EVENT_TYPE_COLORS"]
