"""The one country-name table."""
from __future__ import annotations

import pytest

from geomap.exc import InputError
from geomap.gazetteer.countries import country_code, country_codes, country_name, parse_country_codes


@pytest.mark.parametrize("given, code", [
    ("Syria", "SY"), ("SYR", "SY"), ("sy", "SY"), ("the Syrian Arab Republic", "SY"), ("سوريا", "SY"),
    ("Burma", "MM"), ("U.S.", "US"), ("United States of America", "US"), ("Türkiye", "TR"), ("DRC", "CD"),
    ("Palestinian Territories", "PS"), ("Iraq", "IQ"), ("Lebanon", "LB"),
])
def test_names_and_codes(given, code):
    assert country_code(given) == code


@pytest.mark.parametrize("given", ["Narnia", "", None, "XX", "Al-Hasakeh", "Deir ez-Zor"])
def test_unknown_is_empty(given):
    assert country_code(given) == ""


def test_names_of_codes():
    assert country_name("IQ") == "Iraq" and country_name("lb") == "Lebanon" and country_name("XX") == ""
    assert len(country_codes()) > 230


def test_option_values():
    assert parse_country_codes("sy, Iraq,SY") == ["SY", "IQ"]
    assert parse_country_codes("") == [] and parse_country_codes(None) == []
    with pytest.raises(InputError, match="'XX'"):
        parse_country_codes("SY,XX")
