"""The spatial stage: routes, areas, buffers in metres, incidents near a route, countries.

Geometry is shapely x = longitude, y = latitude in EPSG:4326. Every length and
width is computed on the WGS 84 ellipsoid:

* route segments are **geodesics** (:class:`pyproj.Geod`); lengths are the sum
  of the geodesic segment lengths, and lines are densified along the geodesic
  for drawing and for intersecting with country polygons (:mod:`.routes`);
* **buffers** are built piecewise in azimuthal equidistant projections centred
  on each piece of the geometry, so distances are true to better than 0.1 % for
  widths up to a few hundred kilometres, whatever the length of the route
  (:mod:`.buffers`);
* **distances** from incidents to a route are geodesic distances to the
  densified geodesic line (:mod:`.near`);
* areas are GeoJSON polygons or countries of the shipped basemap
  (:mod:`.areas`, :mod:`.countries`).

Routes that cross the antimeridian (±180°) are refused with a
:class:`~geomap.exc.RouteError` (and buffers reaching it or a pole with a
:class:`~geomap.exc.GeometryError`): split such a route in two at 180°.

The stage takes values: incidents as given (never read or extracted here), and
the gazetteer explicitly where waypoint names must be resolved.

Examples
--------
>>> route = load_route("iran-mediterranean")
>>> [w.name for w in route.waypoints][:3]
['Tehran', 'Baghdad', 'Al Qaim']
>>> countries_crossed(route)
['IR', 'IQ', 'SY', 'LB']
"""
from geomap.exc import CountryMismatchWarning
from geomap.spatial import areas as _areas
from geomap.spatial import buffers as _buffers
from geomap.spatial import countries as _countries
from geomap.spatial import near as _near
from geomap.spatial import routes as _routes
from geomap.spatial.areas import area_from_country, area_from_geojson  # noqa: F401 (re-exported)
from geomap.spatial.buffers import buffer_point, buffer_route  # noqa: F401 (re-exported)
from geomap.spatial.countries import (  # noqa: F401 (re-exported)
    check_incident_countries,
    countries_crossed,
    countries_of_points,
    country_code_for,
    country_of,
    load_countries,
)
from geomap.spatial.near import incidents_in_area, incidents_near, route_summary  # noqa: F401 (re-exported)
from geomap.spatial.routes import (  # noqa: F401 (re-exported)
    Route,
    Waypoint,
    geodesic_length_km,
    list_routes,
    load_route,
    route_from_coordinates,
    route_from_geojson,
    route_from_names,
    route_paths,
)

#: The public names: each module's ``__all__``, and the warning the country check emits.
__all__ = [
    *_routes.__all__,
    "CountryMismatchWarning",
    *_buffers.__all__,
    *_areas.__all__,
    *_near.__all__,
    *_countries.__all__,
]
