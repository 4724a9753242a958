"""Tests for geomap.text.document: places and incidents of documents, one or many."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from geomap.exc import InputError
from geomap.model import Document
from geomap.text.dates import parse_published
from geomap.text.document import extract_document, extract_documents, find_places
from geomap.text.read import read_document

DATA = Path(__file__).resolve().parents[1] / "data"


def test_report_spans_point_into_text(report_text, report_places):
    assert report_places == sorted(report_places, key=lambda m: m.start)
    for m in report_places:
        assert report_text[m.start:m.end] == m.text


def test_find_places_rejects_non_text(gaz):
    with pytest.raises(InputError, match="needs a str"):
        find_places(b"bytes", gazetteer=gaz)


def test_no_places_article(gaz):
    text = read_document(DATA / "extract_no_places.txt")
    assert find_places(text, gazetteer=gaz) == []


def test_markdown_article(gaz, by_text):
    text = read_document(DATA / "extract_sahel.md")
    assert "**" not in text and "](" not in text and not text.startswith("#")
    by = by_text(find_places(text, gazetteer=gaz))
    assert by["Mopti"][0].place.country_code == "ML"
    assert by["Gao"][0].place.country_code == "ML"
    assert by["Malian"][0].place.country_code == "ML"
    assert by["Burkina Faso"][0].place.country_code == "BF"
    assert by["Niger"][0].place.country_code == "NE"


def test_html_article(gaz, by_text):
    text = read_document(DATA / "extract_yemen_strike.html")
    assert "var x" not in text and "color" not in text and "Copyright" not in text
    assert "Sanaa Bureau" not in text  # navigation dropped
    assert "Sanaa & Saada" in text     # entities decoded
    ms = find_places(text, gazetteer=gaz)
    for m in ms:
        assert text[m.start:m.end] == m.text
    by = by_text(ms)
    assert by["Hodeidah"][0].place.country_code == "YE"
    assert by["Sanaa"][0].place.country_code == "YE"
    assert by["Saudi Arabia"][0].place.country_code == "SA"
    assert by["Yemeni"][0].kind == "adjective"
    assert "Paris" not in by and "London" not in by  # script text is not read


def test_parse_published():
    assert parse_published("2020-01-10") == dt.date(2020, 1, 10)
    assert parse_published(dt.datetime(2020, 1, 10, 5)) == dt.date(2020, 1, 10)
    assert parse_published(None) is None
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_published("10/01/2020")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_published("2020-02-30")


def test_extract_document_shape(report_text, gaz):
    doc = extract_document(report_text, published="2020-01-10", source="report.txt", gazetteer=gaz)
    assert isinstance(doc, Document) and doc.published == dt.date(2020, 1, 10)
    d = doc.to_dict()
    assert list(d) == ["source", "published", "published_source", "places", "incidents", "tallies", "mentioned"]
    assert d["source"] == "report.txt"
    assert set(d["places"][0]) == {"text", "start", "end", "name", "geonameid", "country_code",
                                   "latitude", "longitude", "kind", "confidence", "within", "candidates"}
    assert all(0.0 <= p["confidence"] <= 1.0 for p in d["places"] if p["name"])
    assert d["incidents"], "the report's incidents are found"
    for key in ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                "fatalities", "fatalities_qualifier", "location", "country", "admin1", "latitude",
                "longitude", "geo_precision", "evidence", "start", "end", "confidence"):
        assert key in d["incidents"][0]
    json.dumps(d)  # JSON-ready
    assert list(doc.to_dict(id_key="id"))[0] == "id"


def test_extract_document_bad_date(gaz):
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        extract_document("Clashes in Aleppo.", published="yesterday", gazetteer=gaz)


def test_extract_documents_batch_survives_bad_input(tmp_path, gaz):
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
    docs = list(extract_documents(items, gazetteer=gaz))
    assert [d.source for d in docs] == [str(good), str(empty), str(binary), str(tmp_path / "missing.txt"),
                                        str(none), "d1", "d2", "d3"]
    assert not docs[0].error and {m.text for m in docs[0].places} >= {"Aleppo", "Syria"}
    assert "empty" in docs[1].error and "binary" in docs[2].error and "no such file" in docs[3].error
    assert not docs[4].error and docs[4].places == []
    assert "cannot read the date" in docs[5].error
    assert not docs[6].error and docs[6].places[0].place.country_code == "SY"
    assert "must be a string" in docs[7].error
    assert "error" in docs[1].to_dict() and "error" not in docs[0].to_dict()


def test_extract_documents_names_an_internal_error_and_goes_on(gaz, monkeypatch):
    from geomap.text import document

    real = document._find_places

    def broken(text, *args):
        if "Homs" in text:
            raise KeyError("a bug")
        return real(text, *args)

    monkeypatch.setattr(document, "_find_places", broken)
    docs = list(extract_documents([("a", "Fighting near Homs."), ("b", "Shelling hit Aleppo, Syria.")], gazetteer=gaz))
    assert "internal error" in docs[0].error and "KeyError" in docs[0].error and docs[0].source == "a"
    assert not docs[1].error and docs[1].places


def test_extract_documents_refuses_an_item_of_no_known_shape(gaz):
    (doc,) = extract_documents([42], gazetteer=gaz)
    assert "(id, text) pair" in doc.error


# ------------------------------------------------------------ explicit context
class CountingGazetteer:
    """A gazetteer that counts the calls the text stage makes to it."""

    def __init__(self, inner):
        self.inner = inner
        self.calls = {"candidates": 0, "resolve": 0}

    def candidates(self, key):
        self.calls["candidates"] += 1
        return self.inner.candidates(key)

    def resolve(self, *args, **kwargs):
        self.calls["resolve"] += 1
        return self.inner.resolve(*args, **kwargs)


@pytest.fixture()
def no_default_gazetteer(monkeypatch):
    """Make any use of the packaged gazetteer visible (and fail)."""
    import geomap.gazetteer
    import geomap.gazetteer.lookup

    used = []

    def refuse():
        used.append(True)
        raise AssertionError("the text stage built the default gazetteer")

    monkeypatch.setattr(geomap.gazetteer, "default_gazetteer", refuse)
    monkeypatch.setattr(geomap.gazetteer.lookup, "default_gazetteer", refuse)
    return used


TEXT = "Syrian forces shelled Aleppo, Syria, on Monday; two civilians were killed near Idlib."


@pytest.mark.parametrize("entry", ["find_places", "resolve_spans", "extract_document", "extract_documents"])
def test_every_entry_function_uses_the_gazetteer_it_is_given(entry, gaz, no_default_gazetteer):
    from geomap.text.resolve import resolve_spans

    counting = CountingGazetteer(gaz)
    if entry == "find_places":
        got = find_places(TEXT, gazetteer=counting)
    elif entry == "resolve_spans":
        got = resolve_spans(TEXT, [(22, 28), (30, 35)], gazetteer=counting)
    elif entry == "extract_document":
        got = extract_document(TEXT, gazetteer=counting, published="2020-01-10").places
    else:
        (doc,) = extract_documents([("d", TEXT)], gazetteer=counting, published="2020-01-10")
        assert not doc.error, doc.error
        got = doc.places
    assert {m.text for m in got} >= {"Aleppo", "Syria"}
    assert counting.calls["resolve"] > 0 and (entry == "resolve_spans" or counting.calls["candidates"] > 0)
    assert no_default_gazetteer == []


def test_the_rules_given_are_the_rules_used(tmp_path, gaz):
    import shutil

    from geomap.text.rules import Rules, load_rules

    shutil.copytree(load_rules("en").path, tmp_path / "en")
    with open(tmp_path / "en" / "stop_words.txt", "a", encoding="utf-8") as f:
        f.write("aleppo\n")  # a rule of one's own: Aleppo is not a place
    mine = Rules("en", root=tmp_path)
    text = "Clashes in Aleppo and Homs."
    assert {m.text for m in find_places(text, gazetteer=gaz)} == {"Aleppo", "Homs"}
    assert {m.text for m in find_places(text, gazetteer=gaz, rules=mine)} == {"Homs"}
    assert {m.text for m in extract_document(text, gazetteer=gaz, rules=mine).places} == {"Homs"}


@pytest.mark.parametrize("text", [
    "QAMISHLI, Syria (Wire) - IS gunmen attacked a checkpoint on the outskirts of al-Shaddadi, about 50 km (30 miles) "
    "south of Hasakah city.",
    "QAMISHLI, Syria (Wire) - IS gunmen attacked a checkpoint in Shaddadi, south of Hasakah city.",
])
def test_a_village_known_by_another_transliteration_placed_by_a_bearing(gaz, text):
    # "Shaddadi" is GeoNames' Ash Shaddādah (alias "Shadadi"); the bearing "south of Hasakah" makes it a place
    assert "Ash Shaddādah" in [m.place.name for m in find_places(text, gazetteer=gaz) if m.place is not None]
