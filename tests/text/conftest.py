"""Fixtures of the text-stage tests: the packaged gazetteer and the built-in example report."""
from __future__ import annotations

import pytest

from geomap.settings import data_path
from geomap.text.document import find_places
from geomap.text.read import read_document

REPORT = data_path("example", "al-bukamal-strikes.txt")


@pytest.fixture(scope="session")
def gaz():
    from geomap.gazetteer import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="session")
def report_text():
    return read_document(REPORT)


@pytest.fixture(scope="session")
def report_places(report_text, gaz):
    return find_places(report_text, gazetteer=gaz)


def _by_text(mentions):
    out = {}
    for m in mentions:
        out.setdefault(m.text, []).append(m)
    return out


@pytest.fixture(scope="session")
def by_text():
    """``by_text(mentions)``: the mentions grouped by their surface text."""
    return _by_text
