"""The render stage: incidents, places and routes on one offline HTML map."""
from geomap.render.map import *  # noqa: F401,F403
from geomap.render.map import __all__  # noqa: F401
