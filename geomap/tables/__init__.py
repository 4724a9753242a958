"""The tables stage: the incident table schema, its readers and writers."""
from geomap.tables.io import *  # noqa: F401,F403
from geomap.tables.io import __all__  # noqa: F401
