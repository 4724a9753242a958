"""The spatial stage takes values: it imports nothing from the text stage, the table readers or the pipeline."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import geomap.spatial

SPATIAL = Path(geomap.spatial.__file__).parent
FORBIDDEN = ("geomap.text", "geomap.tables.io", "geomap.tables.read", "geomap.tables.write", "geomap.pipeline",
             "geomap._compat_text")


def _imports(path: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.append(node.module)
    return out


@pytest.mark.parametrize("path", sorted(SPATIAL.glob("*.py")), ids=lambda p: p.name)
def test_spatial_imports_no_earlier_stage(path):
    bad = [m for m in _imports(path) if m.startswith(FORBIDDEN)]
    assert not bad, f"{path.name} imports {bad}"


def test_no_default_gazetteer_inside_spatial():
    """The gazetteer is passed in: no module of the stage calls ``default_gazetteer`` (docstrings aside)."""
    for path in SPATIAL.glob("*.py"):
        calls = [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)
                 and getattr(n.func, "id", getattr(n.func, "attr", "")) == "default_gazetteer"]
        assert not calls, path.name


def test_public_names_are_the_same():
    assert set(geomap.spatial.__all__) == {
        "Waypoint", "Route", "CountryMismatchWarning", "load_route", "list_routes", "route_paths", "route_from_names",
        "route_from_coordinates", "route_from_geojson", "geodesic_length_km", "buffer_route", "buffer_point",
        "area_from_geojson", "area_from_country", "incidents_near", "incidents_in_area", "countries_crossed",
        "country_of", "countries_of_points", "country_code_for", "load_countries", "check_incident_countries",
        "route_summary"}
    for name in geomap.spatial.__all__:
        assert hasattr(geomap.spatial, name), name
