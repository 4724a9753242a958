"""Tests of geomap.pipeline: the stages composed, the way the CLI and the API use them."""
from __future__ import annotations

import pytest

import geomap
from geomap.exc import InputError, InputFileError
from geomap.gazetteer import default_gazetteer
from geomap.pipeline import build_map, extract_document, find_places, load_inputs

ACLED_HEADER = ("data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,"
                "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,"
                "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
                "notes,fatalities,timestamp,iso3")


def _acled_row(event_id="SYR1", lat="34.45226"):
    return (f"1,760,{event_id},1,10 January 2020,2020,1,Explosions/Remote violence,Air/drone strike,"
            f"Unidentified Military Forces,,8,,,0,80,Middle East,Syria,Deir ez-Zor,Abu Kamal,Abu Kamal,"
            f"Abu Kamal,{lat},40.91854,1,SOHR,Other,Planes struck near Abu Kamal.,8,1579000000,SYR")


def test_load_inputs_mixes_articles_and_tables(tmp_path):
    art = tmp_path / "pipe_article.txt"
    art.write_text("On Friday a drone strike killed three fighters in Al Bukamal.", encoding="utf-8")
    page = tmp_path / "pipe_page.html"
    page.write_text("<html><head><script>var x='Aleppo';</script></head><body><p>Shelling killed two people "
                    "in Idlib on Thursday &amp; damaged homes.</p></body></html>", encoding="utf-8")
    table = tmp_path / "pipe_t.csv"
    table.write_text("\n".join([ACLED_HEADER, _acled_row(), _acled_row("SYR2", lat="95")]) + "\n", encoding="utf-8")
    res = load_inputs([art, page, table], published="2020-01-10")
    assert [r.format for r in res.results] == ["article", "article", "acled-csv"]
    by_source = {i.source: i for i in res.incidents}
    assert by_source[str(art)].event_date == "2020-01-10" and by_source[str(art)].fatalities == 3
    assert by_source[str(page)].event_date == "2020-01-09"
    assert {m.text for m in res.places} >= {"Al Bukamal", "Idlib"}
    assert "Aleppo" not in {m.text for m in res.places}  # the script is not text
    assert res.skipped == [(str(table), 3, "latitude 95 is outside [-90, 90]")]
    assert "1 row(s) skipped" in res.summary()


def test_load_inputs_bad_article_is_named(tmp_path):
    p = tmp_path / "pipe_bin.txt"
    p.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputFileError, match="pipe_bin.txt.*binary"):
        load_inputs([p])
    with pytest.raises(InputError, match="no input"):
        load_inputs([])


class _Counting:
    """A gazetteer that counts the lookups made through it."""

    def __init__(self, gaz):
        self.gaz, self.calls = gaz, 0

    def __getattr__(self, name):
        self.calls += 1
        return getattr(self.gaz, name)


def test_the_gazetteer_given_is_the_one_used(tmp_path):
    gaz = _Counting(default_gazetteer())
    doc = extract_document("Shelling hit Aleppo on Monday.", published="2020-01-10", gazetteer=gaz)
    assert gaz.calls > 0 and [m.text for m in doc.places] == ["Aleppo"]
    before = gaz.calls
    art = tmp_path / "pipe_a.txt"
    art.write_text("Clashes in Aleppo, Syria, on Monday.", encoding="utf-8")
    load_inputs([art], gazetteer=gaz)
    assert gaz.calls > before


def test_public_api_needs_no_gazetteer():
    assert [m.text for m in geomap.find_places("Clashes in Aleppo, Syria.")] == ["Aleppo", "Syria"]
    assert find_places is geomap.find_places


def test_build_map_reads_extracts_and_draws(tmp_path):
    art = tmp_path / "pipe_map.txt"
    art.write_text("Unidentified planes struck militia positions in the Al Bukamal area on Friday, "
                   "killing at least eight.", encoding="utf-8")
    m = build_map([art], documents=["Shelling killed two people in Idlib on Thursday."], published="2020-01-10",
                  routes=["iran-mediterranean"], buffer_km=50, title="t")
    s = m.geomap_summary
    assert s.incidents == 2 and s.routes == ["iran-mediterranean"] and s.in_buffer == 1
