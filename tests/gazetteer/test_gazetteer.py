"""The offline resolver: spellings as reports write them, ranking, hints, bad input."""
from __future__ import annotations

import pytest

from geomap.exc import GeomapError, InputError
from geomap.gazetteer import default_gazetteer, haversine_km

# (spelling, country hint, expected GeoNames id, what it is)
SPELLINGS = [
    ("Al Bukamal", None, 174448, "Abu Kamal, SY"),
    ("Abu Kamal", None, 174448, "Abu Kamal, SY"),
    ("Albu Kamal", None, 174448, "Abu Kamal, SY"),
    ("Al-Bukamal", None, 174448, "Abu Kamal, SY"),
    ("Abou Kemal", None, 174448, "Abu Kamal, SY"),
    ("البوكمال", None, 174448, "Abu Kamal, SY"),
    ("أبو كمال", None, 174448, "Abu Kamal, SY"),
    ("Qaim", None, 92138, "Al Qa'im, IQ"),
    ("Al-Qa'im", None, 92138, "Al Qa'im, IQ"),
    ("Al Qā’im", None, 92138, "Al Qa'im, IQ"),
    ("القائم", None, 92138, "Al Qa'im, IQ"),
    ("Husaybah", None, 92138, "Al Qa'im, IQ"),
    ("Deir Ezzor", None, 170794, "Deir ez-Zor, SY"),
    ("Deir ez-Zor", None, 170794, "Deir ez-Zor, SY"),
    ("Dayr az Zawr", None, 170794, "Deir ez-Zor, SY"),
    ("Deir al-Zor", None, 170794, "Deir ez-Zor, SY"),
    ("دير الزور", None, 170794, "Deir ez-Zor, SY"),
    ("Palmyra", None, 163808, "Tadmur, SY"),
    ("Tadmur", None, 163808, "Tadmur, SY"),
    ("تدمر", None, 163808, "Tadmur, SY"),
    ("Damascus", None, 170654, "Damascus, SY"),
    ("Dimashq", None, 170654, "Damascus, SY"),
    ("دمشق", None, 170654, "Damascus, SY"),
    ("Beirut", None, 276781, "Beirut, LB"),
    ("Beyrouth", None, 276781, "Beirut, LB"),
    ("بيروت", None, 276781, "Beirut, LB"),
    ("Baghdad", None, 98182, "Baghdad, IQ"),
    ("بغداد", None, 98182, "Baghdad, IQ"),
    ("Tehran", None, 112931, "Tehran, IR"),
    ("Teheran", None, 112931, "Tehran, IR"),
    ("تهران", None, 112931, "Tehran, IR (Persian)"),
    ("طهران", None, 112931, "Tehran, IR (Arabic)"),
    ("Raqqa", None, 172955, "Ar Raqqah, SY"),
    ("Ar-Raqqah", None, 172955, "Ar Raqqah, SY"),
    ("Al-Raqqa", None, 172955, "Ar Raqqah, SY"),
    ("الرقة", None, 172955, "Ar Raqqah, SY"),
    ("Aleppo", None, 170063, "Aleppo, SY"),
    ("Halab", None, 170063, "Aleppo, SY"),
    ("Homs", None, 169577, "Homs, SY"),
    ("Hims", None, 169577, "Homs, SY"),
    ("Idleb", None, 169389, "Idlib, SY"),
    ("Lattakia", None, 173576, "Latakia, SY"),
    ("Al-Ladhiqiyah", None, 173576, "Latakia, SY"),
    ("Tartous", None, 163345, "Tartus, SY"),
    ("Al-Hasakah", None, 173811, "Hasakah, SY"),
    ("Qamishli", None, 173377, "Qamishli, SY"),
    ("Deraa", None, 170905, "Daraa, SY"),
    ("Kobani", None, 172256, "Ayn al Arab, SY"),
    ("Al-Mayadeen", None, 173480, "Mayadin, SY"),
    ("Mosul", None, 99072, "Mosul, IQ"),
    ("الموصل", None, 99072, "Mosul, IQ"),
    ("Falluja", None, 99454, "Fallujah, IQ"),
    ("Ramadi", None, 98717, "Ramadi, IQ"),
    ("Tikrit", None, 90150, "Tikrit, IQ"),
    ("Arbil", None, 95446, "Erbil, IQ"),
    ("Hawler", None, 95446, "Erbil, IQ"),
    ("Basra", None, 99532, "Basrah, IQ"),
    ("البصرة", None, 99532, "Basrah, IQ"),
    ("Kerbala", None, 94824, "Karbala, IQ"),
    ("Baquba", None, 97990, "Baqubah, IQ"),
    ("Abu Ghraib", None, 100077, "Abu Ghraib, IQ"),
    ("Tal Afar", None, 90393, "Tall Afar, IQ"),
    ("Baiji", "IQ", 97783, "Bayji, IQ"),
    ("Saida", "LB", 268064, "Sidon, LB (unhinted: Saida, Algeria)"),
    ("Tyre", None, 267008, "Tyre, LB"),
    ("Baalbek", None, 277130, "Baalbek, LB"),
    ("Zahle", None, 266045, "Zahle, LB"),
    ("Esfahan", None, 418863, "Isfahan, IR"),
    ("Ahwaz", None, 144448, "Ahvaz, IR"),
    ("Qom", None, 119208, "Qom, IR"),
    ("Syria", None, 163843, "Syria (country)"),
    ("Syrian Arab Republic", None, 163843, "Syria (country)"),
    ("Syrian", None, 163843, "Syria (demonym)"),
    ("Iraqi", None, 99237, "Iraq (demonym)"),
    ("Lebanon", None, 272103, "Lebanon (country)"),
    ("Iran", None, 130758, "Iran (country)"),
    ("Deir ez-Zor province", None, 170792, "Deir ez-Zor governorate"),
    ("Deir Ezzor Governorate", None, 170792, "Deir ez-Zor governorate"),
    ("Anbar", None, 99592, "Al Anbar governorate"),
    ("Anbar province", None, 99592, "Al Anbar governorate"),
    ("Abu Kamal District", None, 174447, "Abu Kamal district (second level)"),
    ("Ramadi district", None, 98718, "Ramadi district (second level)"),
]


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def test_at_least_sixty_spellings():
    assert len(SPELLINGS) >= 60


@pytest.mark.parametrize("spelling,hint,expected,what", SPELLINGS, ids=[s[0] for s in SPELLINGS])
def test_spelling_resolves_to_the_right_geonames_place(gaz, spelling, hint, expected, what):
    places = gaz.resolve(spelling, country=hint)
    assert places, f"{spelling!r} did not resolve (expected {what})"
    best = places[0]
    assert best.geonameid == expected, f"{spelling!r} -> {best} (expected {what})"
    assert not best.fuzzy
    assert best.matched, "the matched alias is part of the evidence"
    assert 0 < best.score <= 1


@pytest.mark.parametrize("name,icao", [
    ("Baghdad airport", "ORBI"), ("Baghdad International Airport", "ORBI"),
    ("Al Asad Air Base", "ORAA"), ("Ain al-Asad", "ORAA"), ("Hmeimim", "OSLK"),
])
def test_facilities(gaz, name, icao):
    best = gaz.resolve(name)[0]
    assert best.source == f"airportsdata:{icao}"
    assert best.feature_code in ("AIRP", "AIRB")


@pytest.mark.parametrize("name,code", [("Mediterranean", "SEA"), ("the Mediterranean", "SEA"),
                                       ("Euphrates", "STM"), ("Levant", "RGN"), ("Al Tanf", "MILB"),
                                       ("Al-Tanf garrison", "MILB")])
def test_hand_added_places_carry_their_coordinate_source(gaz, name, code):
    best = gaz.resolve(name)[0]
    assert best.feature_code == code
    assert best.source.startswith("hand:extra_places.tsv#")
    assert "(" in best.source  # the coordinate source is quoted in the record


def test_ambiguous_names_follow_the_hint(gaz):
    assert gaz.resolve("Tripoli")[0].country_code == "LY"
    assert gaz.resolve("Tripoli", country="LB")[0].country_code == "LB"
    assert gaz.resolve("Tripoli", country=["SY", "LB"])[0].country_code == "LB"
    assert gaz.resolve("Damascus")[0].country_code == "SY"
    assert gaz.resolve("Damascus", country="US")[0].country_code == "US"


def test_context_points_pull_towards_the_document(gaz):
    beirut = gaz.resolve("Beirut")[0]
    assert gaz.resolve("Tripoli", context=[(beirut.longitude, beirut.latitude)])[0].country_code == "LB"
    assert gaz.resolve("Tripoli", context=[beirut])[0].country_code == "LB"


def test_ranking_prefers_capitals_and_seats(gaz):
    # Palmyra: the Syrian town, not one of the American Palmyras
    palmyras = gaz.resolve("Palmyra", limit=10)
    assert palmyras[0].country_code == "SY"
    assert len({p.geonameid for p in palmyras}) == len(palmyras) > 3
    scores = [p.score for p in palmyras]
    assert scores == sorted(scores, reverse=True)


def test_fuzzy_fallback_is_marked(gaz):
    got = gaz.resolve("Bukamall")
    assert got and got[0].geonameid == 174448 and got[0].fuzzy
    assert gaz.resolve("Bukamall", fuzzy=False) == []


def test_unresolved_gives_empty_answer(gaz):
    assert gaz.resolve("Xqzvvt Wlorp") == []


@pytest.mark.parametrize("text,lon,lat", [
    ("34.45, 40.92", 40.92, 34.45),
    ("34°27'N 40°55'E", 40.916667, 34.45),
    ("34.4522 N, 40.9185 E", 40.9185, 34.4522),
])
def test_coordinates_are_read_as_coordinates(gaz, text, lon, lat):
    (p,) = gaz.resolve(text)
    assert p.feature_code == "COORD" and p.geonameid is None
    assert p.longitude == pytest.approx(lon) and p.latitude == pytest.approx(lat)
    assert p.country_code == "SY"  # the nearest place within 25 km says so


@pytest.mark.parametrize("bad", ["", "   ", "\x00\x01\x02", "\t\n", "x" * 20_000, "12345", "1234567890" * 3,
                                 "95, 40", "!!!", "\u200b\u200b"])
def test_bad_strings_give_an_empty_answer(gaz, bad):
    assert gaz.resolve(bad) == []


def test_control_characters_are_cleaned(gaz):
    assert gaz.resolve("Abu\x00 Kamal\n")[0].geonameid == 174448


@pytest.mark.parametrize("bad", [None, 12, 3.5, b"Baghdad", ["Baghdad"], {"name": "Baghdad"}])
def test_wrong_types_raise_a_clear_error(gaz, bad):
    with pytest.raises(InputError, match="must be a str"):
        gaz.resolve(bad)
    assert issubclass(InputError, GeomapError) and issubclass(InputError, ValueError)


@pytest.mark.parametrize("hint", ["Lebanon", "L", 7, ["LB", "xx1"]])
def test_bad_country_hint(gaz, hint):
    with pytest.raises(InputError, match="ISO 3166-1"):
        gaz.resolve("Tripoli", country=hint)


def test_bad_context_and_limit(gaz):
    with pytest.raises(InputError, match="longitude, latitude"):
        gaz.resolve("Tripoli", context=[(200, 95)])
    with pytest.raises(InputError, match="limit"):
        gaz.resolve("Tripoli", limit=0)


def test_reverse_gives_the_nearest_place(gaz):
    p = gaz.reverse(40.92, 34.45)
    assert p.geonameid == 174448
    assert gaz.reverse(-30.0, 0.0) is None  # mid-Atlantic: nothing within 100 km
    with pytest.raises(InputError):
        gaz.reverse(40.0, 95.0)


def test_candidates_and_has_name(gaz):
    assert gaz.has_name("Albu Kamal")
    assert not gaz.has_name("Xqzvvt")
    assert any(p.geonameid == 174448 for p in gaz.candidates("bukamal"))


def test_haversine():
    # Al Bukamal to Al Qa'im: 8 km across the border (shared/data/README.md)
    assert haversine_km(40.91854, 34.45226, 40.98945, 34.39251) == pytest.approx(9.3, abs=1.0)


def test_info_reports_counts_and_sources(gaz):
    info = gaz.info()
    assert info["places"] > 250_000
    assert info["build_counts"]["countries"] > 200
    assert info["build_counts"]["airports and airbases (airportsdata)"] > 20_000
