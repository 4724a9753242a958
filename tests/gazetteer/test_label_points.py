"""Label points of areas from an incident's country and admin1 as the input spells them
(:func:`geomap.gazetteer.label_points.area_label_point`), and the alias file they come through."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geomap.gazetteer.label_points import LABEL_POINT_SOURCE, area_label_point, label_point
from geomap.model import Place

REPO = Path(__file__).resolve().parents[2]

# (country, admin1 as GeoNames, ACLED or the press spell it, Natural Earth's name of the division)
FOUND = [
    ("Iraq", "Nineveh", "Ninawa"),          # GeoNames
    ("Iraq", "Ninewa", "Ninawa"),           # ACLED
    ("Iraq", "Ninawa", "Ninawa"),           # Natural Earth
    ("Iraq", "Kirkuk", "At-Ta'mim"),        # the governorate's name since 2006
    ("Iraq", "At-Ta'mim", "At-Ta'mim"),
    ("IQ", "Al Anbar", "Al-Anbar"),
    ("Iraq", "Anbar province", "Al-Anbar"),
    ("Iraq", "Salah al-Din", "Sala ad-Din"),
    ("Iraq", "Thi-Qar", "Dhi-Qar"),
    ("Iraq", "Erbil", "Arbil"),
    ("Syria", "Deir ez-Zor", "Dayr Az Zawr"),
    ("Syria", "Deir-ez-Zor", "Dayr Az Zawr"),
    ("Syria", "Dayr az Zawr", "Dayr Az Zawr"),
    ("Syria", "Homs", "Homs (Hims)"),
    ("Syria", "Hims", "Homs (Hims)"),
    ("the Syrian Arab Republic", "Homs governorate", "Homs (Hims)"),
    ("Syria", "Rural Damascus", "Rif Dimashq"),
    ("Syria", "Al-Hasakeh", "Hasaka (Al Haksa)"),
    ("Syria", "Idleb", "Idlib"),
    ("SYR", "As-Sweida", "As Suwayda'"),
]


@pytest.mark.parametrize("country, admin1, ne_name", FOUND)
def test_divisions_are_found_however_they_are_spelt(country, admin1, ne_name):
    got = area_label_point(country, admin1)
    assert got is not None and got.level == "admin1" and got.name == ne_name, got
    assert got.source == f"{LABEL_POINT_SOURCE} of {ne_name}"


def test_nineveh_and_kirkuk_sit_at_natural_earths_points_for_the_pipeline_too():
    ninawa = area_label_point("Iraq", "Nineveh")
    assert (ninawa.longitude, ninawa.latitude) == (42.7469, 35.9228)
    kirkuk = label_point(Place(98410, "Kirkuk", "IQ", "Kirkuk", "ADM1", 0, 44.39, 35.47))
    assert kirkuk == (44.0354, 35.3281, f"{LABEL_POINT_SOURCE} of Kirkuk")


@pytest.mark.parametrize("country, admin1", [("Iraq", "Homs"), ("Syria", "Ninewa"), ("Lebanon", "Kirkuk"),
                                             ("Syria", "Atlantis"), ("Iraq", ""), ("Iraq", None)])
def test_an_unknown_or_foreign_admin1_gives_the_country_point(country, admin1):
    got = area_label_point(country, admin1)
    country_point = area_label_point(country)
    assert got == country_point and got.level == "country"
    assert got.country_code == {"Iraq": "IQ", "Syria": "SY", "Lebanon": "LB"}[country]


def test_a_division_natural_earth_lacks_keeps_its_own_point():
    # Halabja (GeoNames IQ.19) is no division of Natural Earth's data (2017): no label point,
    # and not Iraq's either (that would draw it 300 km away)
    assert area_label_point("Iraq", "Halabja") is None
    assert area_label_point("Iraq", "Halabja Governorate") is None


@pytest.mark.parametrize("country", ["", None, "Narnia", "XX"])
def test_an_unknown_country_matches_nothing(country):
    assert area_label_point(country, "Homs") is None


def test_every_alias_row_names_a_natural_earth_division_with_a_label_point():
    path = REPO / "data" / "naturalearth" / "admin1_aliases.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    assert len(rows) >= 10
    for r in rows:
        for alias in r["names"].split("|"):
            got = area_label_point(r["iso_a2"], alias)
            assert got is not None and got.name == r["ne_name"], (r, alias, got)
