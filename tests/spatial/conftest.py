"""Fixtures of the spatial tests: the shipped corridor."""
from __future__ import annotations

import pytest

from geomap.spatial import Route, load_route


@pytest.fixture(scope="module")
def corridor() -> Route:
    return load_route("iran-mediterranean")
