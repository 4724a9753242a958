"""The spatial stage: routes, areas, buffers in metres, incidents near a route, countries."""
from geomap.spatial.core import *  # noqa: F401,F403
from geomap.spatial.core import __all__  # noqa: F401
