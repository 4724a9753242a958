"""Tests for geomap.spatial.countries: the basemap, the country at a point, names, mismatches."""
from __future__ import annotations

import json
import warnings

import pytest

from geomap.settings import data_path
from geomap.spatial import (
    CountryMismatchWarning,
    check_incident_countries,
    countries_crossed,
    country_code_for,
    country_of,
    load_countries,
)

from _spatial_testing import ABU_KAMAL, AL_QAIM, strike


def test_corridor_crosses_iran_iraq_syria_lebanon_in_order(corridor):
    assert countries_crossed(corridor) == ["IR", "IQ", "SY", "LB"]


@pytest.mark.parametrize("name,lon,lat,code", [
    ("Beirut", 35.50157, 33.89332, "LB"),
    ("Tyre", 35.19389, 33.27333, "LB"),
    ("Tripoli (LB)", 35.84415, 34.43352, "LB"),
    ("Latakia", 35.79088, 35.53125, "SY"),
    ("Tartus", 35.88659, 34.88902, "SY"),
    ("Basrah", 47.7804, 30.50852, "IQ"),
    ("Abu Kamal", *ABU_KAMAL, "SY"),
    ("Al Qaim", *AL_QAIM, "IQ"),
    ("Haifa", 34.99928, 32.81303, "IL"),
    ("Tehran", 51.42151, 35.69439, "IR"),
])
def test_cities_of_the_region_fall_in_their_country(name, lon, lat, code):
    assert country_of(lon, lat) == code, name


def test_sea_is_in_no_country():
    assert country_of(34.0, 34.0) == ""  # eastern Mediterranean


def test_country_codes_from_names():
    assert [country_code_for(x) for x in ("Syria", "Syrian Arab Republic", "IRQ", "lb", "Iran", "سوريا", "")] == [
        "SY", "SY", "IQ", "LB", "IR", "SY", ""]


def test_shipped_basemap_is_small_valid_geojson():
    path = data_path("naturalearth", "countries.geojson")
    assert path.stat().st_size < 3_000_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) > 240
    countries = load_countries()
    assert "-99" not in set(countries["ISO_A2"])
    assert {"SY", "IQ", "LB", "IR", "XK", "FR", "NO"} <= set(countries["ISO_A2"])
    assert countries.geometry.is_valid.all()
    assert countries.loc[countries["ISO_A2"] == "SY", "NAME_AR"].iloc[0] == "سوريا"


def test_country_mismatch_warns():
    wrong = strike(*AL_QAIM, location="Al Qaim", country="Syria")
    right = strike(*ABU_KAMAL, location="Al Bukamal", country="Syria")
    unknown = strike(*ABU_KAMAL, location="x", country="")
    with pytest.warns(CountryMismatchWarning, match=r"Al Qaim.*Syria.*IQ"):
        table = check_incident_countries([wrong, right, unknown])
    assert list(table["country_mismatch"]) == [True, False, False]
    assert list(table["country_at_point"]) == ["IQ", "SY", "SY"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check_incident_countries([right, unknown])  # no warning when all agree


def test_country_mismatch_warning_is_a_geomap_warning():
    import geomap.exc
    import geomap.spatial

    assert geomap.spatial.CountryMismatchWarning is geomap.exc.CountryMismatchWarning
    assert issubclass(CountryMismatchWarning, geomap.exc.GeomapWarning)
    assert issubclass(geomap.exc.GeomapWarning, UserWarning)
