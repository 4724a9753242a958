"""geomap: news reports of violent incidents to correct, interactive, offline maps.

The public API is re-exported here. Names are imported lazily (PEP 562) so that
``import geomap`` stays fast and the command line can answer a place name
without loading the geospatial stack.

Place data from GeoNames (geonames.org), CC BY 4.0.
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

#: public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # the whole job, composed (geomap.pipeline)
    "build_map": "geomap.pipeline",
    "load_inputs": "geomap.pipeline",
    "find_places": "geomap.pipeline",
    "resolve_spans": "geomap.pipeline",
    "extract_document": "geomap.pipeline",
    "extract_documents": "geomap.pipeline",
    "extract_incidents": "geomap.pipeline",
    "route_from_names": "geomap.pipeline",
    "geocode_table": "geomap.pipeline",
    "geocode_incidents": "geomap.pipeline",
    "add_incident_places": "geomap.pipeline",
    # errors
    "GeomapError": "geomap.exc",
    "GeomapWarning": "geomap.exc",
    "InputError": "geomap.exc",
    "InputFileError": "geomap.exc",
    "GazetteerDataError": "geomap.exc",
    "PackageDataError": "geomap.exc",
    "PlaceNotFoundError": "geomap.exc",
    "RouteError": "geomap.exc",
    "GeometryError": "geomap.exc",
    "ExternalResourceError": "geomap.exc",
    # values
    "Place": "geomap.model",
    "Mention": "geomap.model",
    "Incident": "geomap.model",
    "Evidence": "geomap.model",
    "Document": "geomap.model",
    # gazetteer
    "Gazetteer": "geomap.gazetteer",
    "resolve": "geomap.gazetteer",
    "reverse": "geomap.gazetteer",
    "normalize_name": "geomap.gazetteer.normalize",
    "parse_coordinates": "geomap.gazetteer.normalize",
    "GeomapGeocoder": "geomap.gazetteer.geocoder",
    "country_code": "geomap.gazetteer.countries",
    "country_name": "geomap.gazetteer.countries",
    # text
    "read_document": "geomap.text.read",
    "read_article": "geomap.text.read",
    "published_in_text": "geomap.text.published",
    "published_in_html": "geomap.text.published",
    "load_rules": "geomap.text.rules",
    # tables
    "read_incidents": "geomap.tables.read",
    "write_incidents": "geomap.tables.write",
    "incidents_to_geodataframe": "geomap.tables.schema",
    # spatial: routes, areas, questions about incidents
    "Route": "geomap.spatial",
    "Waypoint": "geomap.spatial",
    "CountryMismatchWarning": "geomap.spatial",
    "load_route": "geomap.spatial",
    "list_routes": "geomap.spatial",
    "route_from_coordinates": "geomap.spatial",
    "route_from_geojson": "geomap.spatial",
    "buffer_route": "geomap.spatial",
    "buffer_point": "geomap.spatial",
    "area_from_geojson": "geomap.spatial",
    "area_from_country": "geomap.spatial",
    "incidents_near": "geomap.spatial",
    "incidents_in_area": "geomap.spatial",
    "countries_crossed": "geomap.spatial",
    "country_of": "geomap.spatial",
    "check_incident_countries": "geomap.spatial",
    "route_summary": "geomap.spatial",
    # maps
    "render_map": "geomap.render",
    "save_map": "geomap.render",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'geomap' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
