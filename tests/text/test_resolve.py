"""Tests for geomap.text.resolve: document-level resolution (hints, context, one sense per name)."""
from __future__ import annotations

import pytest

from pathlib import Path

from geomap.exc import InputError
from geomap.text.document import find_places
from geomap.text.read import read_document
from geomap.text.resolve import resolve_spans

DATA = Path(__file__).resolve().parents[1] / "data"


# ------------------------------------------------------------ the report
@pytest.mark.parametrize("surface, name_part, cc", [
    ("Al Bukamal", "Kam", "SY"),
    ("Qaim", "Q", "IQ"),
    ("Deir Ezzor", "Deir", "SY"),
    ("Baghdad", "Baghdad", "IQ"),
    ("Damascus", "Damascus", "SY"),
    ("Iraq", "Iraq", "IQ"),
    ("Syria", "Syria", "SY"),
    ("Iran", "Iran", "IR"),
    ("Lebanon", "Lebanon", "LB"),
    ("Tehran", "Tehran", "IR"),
    ("Israel", "Israel", "IL"),
    ("Britain", "United Kingdom", "GB"),
])
def test_report_places_resolved(report_places, surface, name_part, cc, by_text):
    found = by_text(report_places).get(surface)
    assert found, f"{surface} not recognised"
    for m in found:
        assert m.kind == "toponym"
        assert m.place is not None and m.place.country_code == cc and name_part in m.place.name


def test_report_al_bukamal_is_abu_kamal_and_qaim_is_al_qaim(report_places, by_text):
    ab = by_text(report_places)["Al Bukamal"][0].place
    assert ab.latitude == pytest.approx(34.45, abs=0.1) and ab.longitude == pytest.approx(40.92, abs=0.1)
    qaim = by_text(report_places)["Qaim"][0].place
    assert qaim.latitude == pytest.approx(34.39, abs=0.1) and qaim.longitude == pytest.approx(40.99, abs=0.1)


def test_report_mediterranean_is_a_sea(report_places, by_text):
    med = by_text(report_places)["Mediterranean"][0].place
    assert med is not None and med.feature_code == "SEA"


def test_report_one_sense_per_name(report_places):
    seen = {}
    for m in report_places:
        if m.place is not None:
            seen.setdefault(m.text, set()).add(m.place.geonameid)
    assert all(len(ids) == 1 for ids in seen.values())


# ------------------------------------------------------------ own articles
def test_lebanon_article(gaz, by_text):
    text = read_document(DATA / "extract_lebanon_shelling.txt")
    by = by_text(find_places(text, gazetteer=gaz))
    for name in ("Lebanon", "Beirut", "Nabatieh", "Tyre", "Israel", "Naqoura"):
        assert name in by, name
    assert all(m.place.country_code == "LB" for n in ("Beirut", "Nabatieh", "Tyre", "Naqoura") for m in by[n])
    assert by["Lebanese"][0].kind == "adjective"
    assert "Najib" not in by and "Mikati" not in by
    assert "Tuesday" not in by


def test_us_local_article_uses_state_qualifiers(gaz, by_text):
    text = read_document(DATA / "extract_us_local.txt")
    ms = find_places(text, gazetteer=gaz)
    by = by_text(ms)
    # "Paris, Tenn." makes every Paris of the document the Tennessee one (one sense per document)
    assert {m.place.admin1 for m in by["Paris"]} == {"Tennessee"}
    assert by["Tenn."][0].place.name == "Tennessee"
    assert by["Murray"][0].place.admin1 == "Kentucky"
    assert by["Jackson"][0].place.country_code == "US"
    # "Mayor Sarah Walker" and "Walker said" are a person
    assert "Walker" not in by and "Sarah" not in by
    assert "Henry County" in by


def test_town_named_like_a_country_beside_the_documents_places(gaz, by_text):
    # "Lebanon" beside Boone County and Zionsville is the Indiana town, not the country
    text = read_document(DATA / "extract_us_county_towns.txt")
    by = by_text(find_places(text, gazetteer=gaz))
    assert {(m.place.country_code, m.place.admin1) for m in by["Lebanon"]} == {("US", "Indiana")}
    boone = by["Boone County"][0].place
    assert boone.country_code == "US" and boone.feature_code == "ADM2" and 39.5 < boone.latitude < 40.5
    # a county without a same-named town still resolves (placed at the mean of its towns)
    laurel = by["Laurel County"][0].place
    assert laurel.feature_code == "ADM2" and laurel.name == "Laurel County"
    assert 36.5 < laurel.latitude < 37.6 and -84.6 < laurel.longitude < -83.6  # south-eastern Kentucky


def test_country_stays_a_country_when_the_document_is_about_it(gaz, by_text):
    text = "Israeli jets struck targets in southern Lebanon on Monday, near the town of Nabatieh."
    by = by_text(find_places(text, gazetteer=gaz))
    assert by["Lebanon"][0].place.country_code == "LB" and by["Lebanon"][0].place.feature_code.startswith("PCL")


def test_country_hints_are_checked(gaz):
    with pytest.raises(InputError):
        find_places("Shelling near Paris.", country_hints=["not a code"], gazetteer=gaz)
    ms = find_places("Shelling near Paris.", country_hints="US", gazetteer=gaz)
    assert ms[0].place.country_code == "US"


# ------------------------------------------------------------ resolve_spans (recognition done elsewhere)
def test_resolve_spans_keeps_the_order_given_and_resolves_at_document_level(gaz):
    text = "Strikes hit Qaim, Iraq; Syrian jets flew from Paris, Tenn."
    spans = [(24, 30), (12, 16), (18, 22), (46, 51), (53, 58)]
    ms = resolve_spans(text, spans, gazetteer=gaz)
    assert [(m.start, m.end) for m in ms] == spans
    assert [m.text for m in ms] == ["Syrian", "Qaim", "Iraq", "Paris", "Tenn."]
    syrian, qaim, iraq, paris, tenn = ms
    assert syrian.kind == "adjective" and syrian.place.country_code == "SY"
    assert qaim.place.country_code == "IQ" and iraq.place.feature_code.startswith("PCL")
    assert tenn.place.name == "Tennessee" and paris.place.admin1 == "Tennessee"


def test_resolve_spans_refuses_spans_outside_the_text(gaz):
    with pytest.raises(InputError, match="outside the text"):
        resolve_spans("Qaim", [(0, 10)], gazetteer=gaz)
    assert resolve_spans("Qaim", [], gazetteer=gaz) == []
