"""Tests for geomap.text.extract: reading documents, recognising and resolving place mentions."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from geomap.exc import InputError, InputFileError
from geomap.text.extract import (
    Document,
    demonym_country,
    extract_document,
    extract_documents,
    find_places,
    html_to_text,
    is_demonym,
    markdown_to_text,
    parse_published,
    read_document,
)
from geomap.settings import data_path

DATA = Path(__file__).resolve().parents[1] / "data"
REPORT = data_path("example", "al-bukamal-strikes.txt")


@pytest.fixture(scope="module")
def gaz():
    from geomap.gazetteer import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="module")
def report_text():
    return read_document(REPORT)


@pytest.fixture(scope="module")
def report_places(report_text, gaz):
    return find_places(report_text, gazetteer=gaz)


def _by_text(mentions):
    out = {}
    for m in mentions:
        out.setdefault(m.text, []).append(m)
    return out


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
def test_report_places_resolved(report_places, surface, name_part, cc):
    found = _by_text(report_places).get(surface)
    assert found, f"{surface} not recognised"
    for m in found:
        assert m.kind == "toponym"
        assert m.place is not None and m.place.country_code == cc and name_part in m.place.name


def test_report_al_bukamal_is_abu_kamal_and_qaim_is_al_qaim(report_places):
    ab = _by_text(report_places)["Al Bukamal"][0].place
    assert ab.latitude == pytest.approx(34.45, abs=0.1) and ab.longitude == pytest.approx(40.92, abs=0.1)
    qaim = _by_text(report_places)["Qaim"][0].place
    assert qaim.latitude == pytest.approx(34.39, abs=0.1) and qaim.longitude == pytest.approx(40.99, abs=0.1)


def test_report_mediterranean_is_a_sea(report_places):
    med = _by_text(report_places)["Mediterranean"][0].place
    assert med is not None and med.feature_code == "SEA"


def test_report_spans_point_into_text(report_text, report_places):
    assert report_places == sorted(report_places, key=lambda m: m.start)
    for m in report_places:
        assert report_text[m.start:m.end] == m.text


def test_report_demonyms_and_adjectives(report_text, report_places):
    by = _by_text(report_places)
    syrian = by["Syrian"][0]
    assert syrian.start == 0 and syrian.kind == "adjective"        # "Syrian observers"
    assert syrian.place.country_code == "SY" and syrian.place.feature_code.startswith("PCL")
    iraqi = by["Iraqi"][0]
    assert iraqi.kind == "adjective" and iraqi.place.country_code == "IQ"  # "Iraqi militia"
    assert by["American"][0].place.country_code == "US"
    assert by["Russian"][0].place.country_code == "RU"
    assert all(m.kind == "toponym" for m in by["Iraq"])


def test_report_britain_based_recognised(report_text, report_places):
    i = report_text.index("Britain-based")
    assert any(m.start == i and m.end == i + len("Britain") for m in report_places)


def test_report_europe_based_recognised(report_text, report_places):
    i = report_text.index("Europe-based")
    assert any(m.start == i and m.text == "Europe" for m in report_places)


@pytest.mark.parametrize("person", ["Al Assad", "Assad", "Bashar", "Rami", "Abdel", "Rahman", "Abu Mahdi",
                                    "Muhandis", "Al Muhandis", "Qassem", "Suleimani", "Omar", "Abu Laila",
                                    "Laila", "Vladimir", "Putin", "Mr"])
def test_report_persons_are_not_places(report_places, person):
    assert person not in _by_text(report_places)


def test_report_weekdays_months_and_common_words_are_not_places(report_places):
    texts = {m.text for m in report_places}
    assert not texts & {"Friday", "Monday", "December", "January", "Sound", "Picture", "Observatory",
                        "Hezbollah", "Kataib", "Kataeb", "AP", "Photo", "The"}


def test_report_one_sense_per_name(report_places):
    seen = {}
    for m in report_places:
        if m.place is not None:
            seen.setdefault(m.text, set()).add(m.place.geonameid)
    assert all(len(ids) == 1 for ids in seen.values())


# ------------------------------------------------------------ own articles
def test_lebanon_article(gaz):
    text = read_document(DATA / "extract_lebanon_shelling.txt")
    by = _by_text(find_places(text, gazetteer=gaz))
    for name in ("Lebanon", "Beirut", "Nabatieh", "Tyre", "Israel", "Naqoura"):
        assert name in by, name
    assert all(m.place.country_code == "LB" for n in ("Beirut", "Nabatieh", "Tyre", "Naqoura") for m in by[n])
    assert by["Lebanese"][0].kind == "adjective"
    assert "Najib" not in by and "Mikati" not in by
    assert "Tuesday" not in by


def test_us_local_article_uses_state_qualifiers(gaz):
    text = read_document(DATA / "extract_us_local.txt")
    ms = find_places(text, gazetteer=gaz)
    by = _by_text(ms)
    # "Paris, Tenn." makes every Paris of the document the Tennessee one (one sense per document)
    assert {m.place.admin1 for m in by["Paris"]} == {"Tennessee"}
    assert by["Tenn."][0].place.name == "Tennessee"
    assert by["Murray"][0].place.admin1 == "Kentucky"
    assert by["Jackson"][0].place.country_code == "US"
    # "Mayor Sarah Walker" and "Walker said" are a person
    assert "Walker" not in by and "Sarah" not in by
    assert "Henry County" in by


def test_no_places_article(gaz):
    text = read_document(DATA / "extract_no_places.txt")
    assert find_places(text, gazetteer=gaz) == []


def test_markdown_article(gaz):
    text = read_document(DATA / "extract_sahel.md")
    assert "**" not in text and "](" not in text and not text.startswith("#")
    by = _by_text(find_places(text, gazetteer=gaz))
    assert by["Mopti"][0].place.country_code == "ML"
    assert by["Gao"][0].place.country_code == "ML"
    assert by["Malian"][0].place.country_code == "ML"
    assert by["Burkina Faso"][0].place.country_code == "BF"
    assert by["Niger"][0].place.country_code == "NE"


def test_html_article(gaz):
    text = read_document(DATA / "extract_yemen_strike.html")
    assert "var x" not in text and "color" not in text and "Copyright" not in text
    assert "Sanaa Bureau" not in text  # navigation dropped
    assert "Sanaa & Saada" in text     # entities decoded
    ms = find_places(text, gazetteer=gaz)
    for m in ms:
        assert text[m.start:m.end] == m.text
    by = _by_text(ms)
    assert by["Hodeidah"][0].place.country_code == "YE"
    assert by["Sanaa"][0].place.country_code == "YE"
    assert by["Saudi Arabia"][0].place.country_code == "SA"
    assert by["Yemeni"][0].kind == "adjective"
    assert "Paris" not in by and "London" not in by  # script text is not read


def test_country_hints_are_checked(gaz):
    with pytest.raises(InputError):
        find_places("Shelling near Paris.", country_hints=["not a code"], gazetteer=gaz)
    ms = find_places("Shelling near Paris.", country_hints="US", gazetteer=gaz)
    assert ms[0].place.country_code == "US"


def test_find_places_rejects_non_text(gaz):
    with pytest.raises(InputError, match="needs a str"):
        find_places(b"bytes", gazetteer=gaz)


def test_demonym_helpers():
    assert is_demonym("Syrian") and is_demonym("Iraqis") and not is_demonym("Syria")
    assert demonym_country("Iraqi") == "IQ" and demonym_country("British") == "GB"
    assert demonym_country("Syria") is None
    assert not is_demonym("Kurdish")  # a people of four countries, not one place


# ------------------------------------------------------------ reading
def test_html_and_markdown_to_text():
    assert html_to_text("<p>Strikes near <b>Al Bukamal</b> &amp; Qaim</p>") == "Strikes near Al Bukamal & Qaim"
    assert html_to_text("<html><head><title>T</title></head><body><p>a</p></body></html>") == "T\n\na"
    assert markdown_to_text("## Strikes\n\nPlanes hit **Deir Ezzor** ([AP](http://x)).") == \
        "Strikes\n\nPlanes hit Deir Ezzor (AP)."


def test_read_document_plain_keeps_text(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"Clashes in Aleppo.\r\nMore in Idlib.\r\n")
    assert read_document(f) == "Clashes in Aleppo.\nMore in Idlib.\n"


def test_read_document_non_utf8_is_detected(tmp_path):
    f = tmp_path / "latin.txt"
    text = "Des frappes près de Alep, selon l'Observatoire syrien; à Zürich, réunion des ministres. " * 5
    f.write_bytes(text.encode("cp1252"))
    got = read_document(f)
    assert "Zürich" in got and "près" in got


@pytest.mark.parametrize("content, match", [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    (b"<html><body><script>x()</script></body></html>", "no readable text"),
])
def test_read_document_bad_files(tmp_path, content, match):
    f = tmp_path / "bad.html"
    f.write_bytes(content)
    with pytest.raises(InputFileError, match=match) as ei:
        read_document(f)
    assert str(f) in str(ei.value)


def test_read_document_over_size(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:  # a sparse 50 MB file: refused before reading
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(InputFileError, match="too large") as ei:
        read_document(f)
    assert "huge.txt" in str(ei.value)


def test_read_document_missing_and_folder(tmp_path):
    with pytest.raises(InputFileError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputFileError, match="folder"):
        read_document(tmp_path)


def test_parse_published():
    assert parse_published("2020-01-10") == dt.date(2020, 1, 10)
    assert parse_published(dt.datetime(2020, 1, 10, 5)) == dt.date(2020, 1, 10)
    assert parse_published(None) is None
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_published("10/01/2020")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_published("2020-02-30")


# ------------------------------------------------------------ documents
def test_extract_document_shape(report_text, gaz):
    doc = extract_document(report_text, published="2020-01-10", source="report.txt", gazetteer=gaz)
    assert isinstance(doc, Document) and doc.published == dt.date(2020, 1, 10)
    d = doc.to_dict()
    assert list(d) == ["source", "places", "incidents"]
    assert d["source"] == "report.txt"
    assert set(d["places"][0]) == {"text", "start", "end", "name", "geonameid", "country_code",
                                   "latitude", "longitude", "kind"}
    assert d["incidents"], "the report's incidents are found"
    for key in ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                "fatalities", "fatalities_qualifier", "location", "country", "admin1", "latitude",
                "longitude", "geo_precision", "evidence", "start", "end"):
        assert key in d["incidents"][0]
    json.dumps(d)  # JSON-ready
    assert list(doc.to_dict(id_key="id"))[0] == "id"


def test_extract_document_bad_date(gaz):
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        extract_document("Clashes in Aleppo.", published="yesterday", gazetteer=gaz)


def test_extract_documents_batch_survives_bad_input(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Shelling hit Aleppo, Syria, on Monday.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    none = tmp_path / "none.txt"
    none.write_text("Nothing happened today.", encoding="utf-8")
    items = [str(good), str(empty), str(binary), str(tmp_path / "missing.txt"), str(none),
             {"id": "d1", "text": "Fighting near Homs.", "published": "2020-13-01"},
             {"id": "d2", "text": "Fighting near Homs.", "published": "2020-01-10"},
             {"id": "d3", "text": 42}]
    docs = list(extract_documents(items))
    assert [d.source for d in docs] == [str(good), str(empty), str(binary), str(tmp_path / "missing.txt"),
                                        str(none), "d1", "d2", "d3"]
    assert not docs[0].error and {m.text for m in docs[0].places} >= {"Aleppo", "Syria"}
    assert "empty" in docs[1].error and "binary" in docs[2].error and "no such file" in docs[3].error
    assert not docs[4].error and docs[4].places == []
    assert "cannot read the date" in docs[5].error
    assert not docs[6].error and docs[6].places[0].place.country_code == "SY"
    assert "must be a string" in docs[7].error
    assert "error" in docs[1].to_dict() and "error" not in docs[0].to_dict()


def test_town_named_like_a_country_beside_the_documents_places(gaz):
    # "Lebanon" beside Boone County and Zionsville is the Indiana town, not the country
    text = read_document(DATA / "extract_us_county_towns.txt")
    by = _by_text(find_places(text, gazetteer=gaz))
    assert {(m.place.country_code, m.place.admin1) for m in by["Lebanon"]} == {("US", "Indiana")}
    boone = by["Boone County"][0].place
    assert boone.country_code == "US" and boone.feature_code == "ADM2" and 39.5 < boone.latitude < 40.5
    # a county without a same-named town still resolves (placed at the mean of its towns)
    laurel = by["Laurel County"][0].place
    assert laurel.feature_code == "ADM2" and laurel.name == "Laurel County"
    assert 36.5 < laurel.latitude < 37.6 and -84.6 < laurel.longitude < -83.6  # south-eastern Kentucky


def test_country_stays_a_country_when_the_document_is_about_it(gaz):
    text = "Israeli jets struck targets in southern Lebanon on Monday, near the town of Nabatieh."
    by = _by_text(find_places(text, gazetteer=gaz))
    assert by["Lebanon"][0].place.country_code == "LB" and by["Lebanon"][0].place.feature_code.startswith("PCL")


# ---------------------------------------------------------------- span rules (GeoVirus error study)
def _texts(text, gaz):
    return [m.text for m in find_places(text, gazetteer=gaz) if m.kind == "toponym"]


def test_long_country_names_with_of_the_and_possessive(gaz):
    got = find_places("Aid reached the Democratic Republic of the Congo, the People's Republic of China "
                      "and Dar es Salaam.", gazetteer=gaz)
    by = {m.text: m for m in got}
    assert by["Democratic Republic of the Congo"].place.country_code == "CD"
    assert by["People's Republic of China"].place.country_code == "CN"
    assert by["Dar es Salaam"].place.country_code == "TZ"
    assert "Congo" not in by and "China" not in by
    # "of the" joins only after a word that names a state or a feature, not after a person's name
    assert "Charleston" in _texts("Jim Smith of the Charleston Lions Club won.", gaz)


def test_acronyms_that_are_codes_not_initials_are_not_places(gaz):
    text = "Experts of FAO and the U.N. met at 12:00 EST; aid from the DRC and NSW reached the U.S."
    got = _texts(text, gaz)
    assert "FAO" not in got and "EST" not in got and "U.N." not in got
    assert {"DRC", "NSW", "U.S."} <= set(got)


def test_strain_names_and_currencies_are_not_places(gaz):
    got = _texts("The vaccine holds an A/California/7/2009-like virus; drugs worth KSh17 million went to "
                 "Nairobi.", gaz)
    assert got == ["Nairobi"]


def test_a_role_noun_or_dotted_title_before_a_name_makes_a_person(gaz):
    got = _texts("Hospital spokeswoman Alison Hamilton said on Monday that Dr. Lamont Sweet of Toronto "
                 "had seen the patient. Hamilton added that more tests were due.", gaz)
    assert "Hamilton" not in got and "Lamont" not in got and "Toronto" in got


def test_a_county_name_before_a_verb_of_saying_is_a_person(gaz):
    got = _texts('"There are no results yet," Steele says. Steele runs a farm near Laredo, Texas.', gaz)
    assert "Steele" not in got and "Laredo" in got


def test_newspaper_or_disease_name_hides_the_place_and_its_parts(gaz):
    got = _texts("The Los Angeles Times said the Hong Kong flu reached Lima.", gaz)
    assert got == ["Lima"]


def test_compass_word_before_a_continent_or_sea_is_one_region(gaz):
    got = find_places("Cholera spread across West Africa and the Eastern Mediterranean; storms hit North Texas.",
                      gazetteer=gaz)
    by = {m.text: m for m in got}
    assert by["West Africa"].place.feature_code == "CONT"
    assert by["Eastern Mediterranean"].place.feature_code == "SEA"
    assert "Texas" in by and "North Texas" not in by  # a part of a state keeps the state's name


def test_natural_feature_words_belong_to_the_name(gaz):
    got = find_places("Dead swans were found on Lake Erie and in the Salinas Valley, California, "
                      "near the Green Valley Community Center.", gazetteer=gaz)
    by = {m.text: m for m in got}
    assert "Lake Erie" in by and "Erie" not in by
    assert by["Salinas Valley"].place is not None and by["Salinas Valley"].place.country_code == "US"
    assert "Green Valley Community Center" not in by and "Green Valley" in by


def test_national_ministry_is_not_a_place_but_a_state_department_is(gaz):
    got = _texts("The United States Department of Agriculture and the Fiji Health Ministry agreed; "
                 "the Ohio Department of Health and officials in Kenya disagreed.", gaz)
    assert "United States" not in got and "Fiji" not in got
    assert "Ohio" in got and "Kenya" in got


def test_generic_words_and_school_names_are_not_places(gaz):
    got = _texts("Children at Franklin Elementary and the SOS Children's Village in Malakal were safe; "
                 "the National Wildlife Federation said so.", gaz)
    assert "Franklin" not in got and "Village" not in got and "Federation" not in got and "Malakal" in got


# ------------------------------------------------- persons, companies, names of things (error study 2)
def _all(text, gaz):
    return [(m.text, m.kind) for m in find_places(text, gazetteer=gaz)]


def test_a_given_name_starts_a_persons_name_in_any_language(gaz):
    got = _texts("Alison Patti of the agency met Socorro Molina, Jose A. Cordova Villalobos, Albert R. T. Lim "
                 "and Dennis van Engelsdorp; Chen Zhu flew on to San Jose and Hong Kong. Later Patti left.", gaz)
    for name in ("Patti", "Socorro", "Molina", "Cordova", "Villalobos", "Lim", "Dennis", "Engelsdorp", "Chen", "Zhu"):
        assert name not in got
    assert "San Jose" in got and "Hong Kong" in got


def test_a_given_name_before_a_place_word_is_not_a_person(gaz):
    got = _texts("Sheriffs in Jackson County and police in Charlotte met near Victoria Falls.", gaz)
    assert "Jackson County" in got and "Charlotte" in got


def test_a_name_after_a_verb_of_saying_is_a_person(gaz):
    got = _texts('"Water came out of the crater," said Lopez. Farmers near Puno agreed.', gaz)
    assert "Lopez" not in got and "Puno" in got


def test_companies_hide_the_places_in_their_names(gaz):
    got = _texts("Eggs from Wright County Eggs and spinach from Metz Fresh LLC were recalled, said Metz Fresh. "
                 "The Peanut Corporation of America has a plant in Lynchburg; Cox Enterprises Inc. of Atlanta "
                 "bought the Hall County paper.", gaz)
    assert "Wright County" not in got and "Metz" not in got and "America" not in got
    assert {"Lynchburg", "Atlanta", "Hall County"} <= set(got)


def test_serotypes_storms_currencies_and_party_labels_are_not_places(gaz):
    got = _texts("Salmonella Litchfield was found after Hurricane Katrina; damage of $US 2 billion was cited "
                 "by Rosa DeLauro (D-CT). Two men hid under a bridge in Hurricane, W.Va.", gaz)
    assert "Litchfield" not in got and "Katrina" not in got and "US" not in got and "D-CT" not in got
    assert got.count("Hurricane") == 1


def test_place_names_that_start_with_a_title(gaz):
    got = find_places("Ducks in Queen Anne's County, Maryland, and a goose on Prince Edward Island fell ill.",
                      gazetteer=gaz)
    by = {m.text: m for m in got}
    assert by["Queen Anne's County"].place.country_code == "US"
    assert by["Prince Edward Island"].place.country_code == "CA"


def test_a_foreign_compass_word_belongs_to_the_province_name(gaz):
    got = _texts("Fever spread in Kasai Occidental province and in Davao del Sur.", gaz)
    assert "Kasai Occidental" in got and "Davao del Sur" in got
    assert "Kasai" not in got and "Occidental" not in got and "Sur" not in got


def test_institutions_named_for_a_place_but_town_schools_keep_it(gaz):
    got = _texts("A spokesman for Kenya Red Cross Society and pupils of Buffalo Science Magnet School spoke "
                 "to Huntsville High School students.", gaz)
    assert "Kenya" not in got and "Buffalo" not in got and "Huntsville" in got


def test_demonyms_in_names_ethnicities_and_surnames_are_not_mentions(gaz):
    got = _all("The American Heart Association and Native American and African-American groups met; "
               "French said a Russian-American crew flew with Iraqi pilots.", gaz)
    texts = [t for t, _ in got]
    assert texts.count("American") == 1 and "African" not in texts and "French" not in texts
    assert ("Russian", "adjective") in got or ("Russian", "demonym") in got
    assert ("Iraqi", "adjective") in got
