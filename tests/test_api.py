"""The public API: every exported name resolves; importing geomap stays light."""
from __future__ import annotations

import subprocess
import sys

import pytest

import geomap


@pytest.mark.parametrize("name", sorted(geomap._EXPORTS))
def test_every_export_resolves(name):
    assert getattr(geomap, name) is not None
    assert name in dir(geomap)


def test_unknown_name():
    with pytest.raises(AttributeError, match="no attribute"):
        geomap.no_such_thing  # noqa: B018


def test_error_family():
    for name in ("InputError", "InputFileError", "GazetteerDataError", "PlaceNotFoundError", "RouteError",
                 "GeometryError"):
        assert issubclass(getattr(geomap, name), geomap.GeomapError)


def test_cli_answers_a_name_without_the_geospatial_stack():
    code = ("import sys; from geomap.cli import main; main(['geocode', 'Qaim']); "
            "heavy = [m for m in ('geopandas', 'folium', 'shapely', 'pyproj', 'geopy', 'pandas') if m in sys.modules]; "
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True).stdout
    assert "HEAVY []" in out
    assert "92138" in out
