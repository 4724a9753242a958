"""Placing a table's rows from their name columns (geomap.text.table_places); rows written for the tests."""
from __future__ import annotations

import pytest

from geomap._geo import haversine_km
from geomap.text.table_places import place_row, place_rows


def test_a_known_village_is_placed_at_its_point(gaz):
    rp = place_row({"location": "Al Bukamal", "admin2": "Abu Kamal", "admin1": "Deir ez-Zor", "country": "Syria"},
                   gazetteer=gaz)
    assert rp.geocoded_from == "location" and rp.geo_precision == 1
    assert haversine_km(rp.longitude, rp.latitude, 40.92, 34.45) < 10
    assert rp.place.country_code == "SY" and rp.confidence >= 0.35 and rp.geonameid


def test_the_rows_country_decides_between_namesakes(gaz):
    lebanon = place_row({"location": "Tripoli", "country": "Lebanon"}, gazetteer=gaz)
    libya = place_row({"location": "Tripoli", "country": "LY"}, gazetteer=gaz)
    assert lebanon.place.country_code == "LB" and libya.place.country_code == "LY"


def test_an_unknown_village_falls_back_to_its_district_then_province(gaz):
    rp = place_row({"location": "Wad al-Noura", "admin1": "Al Jazirah", "country": "Sudan"}, gazetteer=gaz)
    assert rp.geocoded_from == "admin1" and rp.geo_precision == 3 and rp.place.country_code == "SD"
    assert "placed by admin1" in rp.reason


@pytest.mark.parametrize("row", [
    {"location": "Paris", "country": "Syria"},                      # a name of another country only
    {"location": "Eindhoven", "admin1": "Nowhere", "country": "SY"},
])
def test_never_a_point_outside_the_rows_country(gaz, row):
    rp = place_row(row, gazetteer=gaz)
    assert rp.latitude is None or rp.place.country_code == "SY"


def test_an_unplaceable_row_says_why_and_keeps_no_point(gaz):
    rp = place_row({"location": "Xqzvbnm", "country": "Narnia"}, gazetteer=gaz)
    assert rp.latitude is None and "Narnia" in rp.reason and "ISO code" in rp.reason
    rp = place_row({"location": ""}, gazetteer=gaz)
    assert rp.latitude is None and rp.reason.startswith("no place name")


def test_rows_with_the_same_names_are_resolved_once_and_in_order(gaz):
    rows = [{"location": "Hajin", "country": "Syria"}, {"location": "Al Qaim", "country": "Iraq"},
            {"location": "Hajin", "country": "Syria"}]
    out = list(place_rows(rows, gazetteer=gaz))
    assert [r.place.country_code for r in out] == ["SY", "IQ", "SY"]
    assert out[0] is out[2]


def test_a_location_named_like_its_province_is_the_town(gaz):
    from geomap.text.table_places import place_row
    town = place_row({"location": "Daraa", "admin1": "Daraa", "country": "Syria"}, gazetteer=gaz)
    assert town.geo_precision == 1 and town.place.feature_code.startswith("PPL")
    area = place_row({"location": "Anbar", "country": "Iraq"}, gazetteer=gaz)
    assert area.geo_precision == 3 and area.place.feature_code.startswith("ADM1")
