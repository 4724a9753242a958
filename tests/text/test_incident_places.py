"""Tests for geomap.text.incident_places: the incident's own place, and the gazetteer it is given."""
from __future__ import annotations

import datetime as dt

import pytest

from _incidents import only
from geomap.model import Place
from geomap.text.incidents import extract_incidents


# ----------------------------------------------------------------- where
def test_location_is_the_incident_place_not_every_place():
    text = ("Unidentified planes struck targets in Syria on Friday. The Syrian Observatory said the planes "
            "hit militias in the Al Bukamal area. The Britain-based organisation said the strikes were heavy. "
            "An activist from Deir Ezzor province said the attack was huge.")
    inc = only(text)
    assert inc.location == "Abu Kamal" and inc.geo_precision == 2 and inc.country == "Syria"
    assert (inc.longitude, inc.latitude) == (40.92, 34.45)


@pytest.mark.parametrize("text, location, precision", [
    ("Government forces shelled the town of Khan Shaykhun on Wednesday.", "Khan Shaykhun", 1),
    ("Government forces shelled villages near Khan Shaykhun on Wednesday.", "Khan Shaykhun", 2),
    ("Government forces shelled villages in Idlib province on Wednesday.", "Idlib", 3),
    ("Iran fired a barrage of missiles at bases in Iraq on Wednesday.", "Iraq", 3),
    ("A roadside bomb exploded on the outskirts of Kandahar on Wednesday.", "Kandahar", 2),
    ("Militants attacked a checkpoint in Tora village (14km NW of Kandahar) on Wednesday.", "Kandahar", 2),
    ("Clashes broke out in Khan Shaykhun, Idlib on Wednesday.", "Khan Shaykhun", 1),
])
def test_geo_precision(text, location, precision):
    inc = only(text)
    assert (inc.location, inc.geo_precision) == (location, precision)


def test_unplaced_incident_has_no_point():
    inc = only("A roadside bomb killed two soldiers on Monday.", dt.date(2020, 3, 4))
    assert inc.longitude is None and inc.latitude is None and inc.geo_precision is None




# ----------------------------------------------------------------- the gazetteer is passed in
class _Counting:
    """A gazetteer that records the names it is asked to resolve."""

    def __init__(self, gazetteer):
        self.gazetteer = gazetteer
        self.asked: list[str] = []

    def resolve(self, name, **kw):
        self.asked.append(name)
        return self.gazetteer.resolve(name, **kw)


_TEXT = ("Militants fired rockets at Baghdad airport on Friday.\n\n"
         "Gunmen attacked a checkpoint in Argo district, Badakhshan on Monday.")


@pytest.fixture(scope="module")
def second_gazetteer():
    from geomap.gazetteer import Gazetteer

    return Gazetteer()  # another object than the default one (the same index on disk)


@pytest.fixture()
def mentions(second_gazetteer):
    """The article's mentions, "Argo" resolved to the wrong sense (a Greek town, no other candidate)."""
    from dataclasses import replace

    from geomap.text.document import find_places

    greek = Place(geonameid=1, name="Argos", country_code="GR", admin1="", feature_code="PPL", population=0,
                  longitude=22.7, latitude=37.6)
    found = find_places(_TEXT, gazetteer=second_gazetteer)
    assert [m.text for m in found] == ["Baghdad", "Argo", "Badakhshan"]
    return [replace(m, place=greek, candidates=()) if m.text == "Argo" else m for m in found]


def test_extract_incidents_uses_the_gazetteer_it_is_given(monkeypatch, second_gazetteer, mentions):
    import geomap.gazetteer
    import geomap.gazetteer.lookup as lookup

    def no_default():
        raise AssertionError("extract_incidents built the default gazetteer")

    monkeypatch.setattr(lookup, "_DEFAULT", None)
    monkeypatch.setattr(lookup, "default_gazetteer", no_default)
    monkeypatch.setattr(geomap.gazetteer, "default_gazetteer", no_default)
    gaz = _Counting(second_gazetteer)
    airport, district = extract_incidents(_TEXT, mentions, gazetteer=gaz, published=dt.date(2020, 1, 10))
    assert gaz.asked == ["Baghdad airport", "Argo"]  # the facility, then Argo's sense inside Badakhshan
    assert "Airport" in airport.location and airport.geo_precision == 1
    assert district.location == "Argō" and district.country == "Afghanistan" and district.geo_precision == 2
    assert lookup._DEFAULT is None


def test_without_a_gazetteer_the_lookups_are_skipped(mentions):
    airport, district = extract_incidents(_TEXT, mentions, gazetteer=None, published=dt.date(2020, 1, 10))
    assert airport.location == "Baghdad" and airport.geo_precision == 1  # the town, not its airport
    assert (district.location, district.geo_precision) == ("Badakhshan", 3)  # Argo is not known inside it
