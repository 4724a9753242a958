"""The publication date a report states (dateline, byline, HTML metadata) and date binding.

Issue 10, part 2: without ``--published`` the publication date comes from the text and the
JSON says where it came from; a clause's own date words bind to it and background dates
("since ... began in October", the dateline's day) never override them. The reports are
written for these tests: fictional events at real places, in wire style.
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from geomap.text.document import extract_document, extract_documents
from geomap.text.published import header_spans, published_in_html, published_in_text
from geomap.text.read import read_article, read_document

D = dt.date


# ------------------------------------------------------------------ datelines
@pytest.mark.parametrize("text, day, written", [
    ("June 9, 2024 - Gunmen attacked a police checkpoint in Kidal on Saturday.", D(2024, 6, 9), "June 9, 2024"),
    ("KABUL, Afghanistan, 9 May 2020 (AP) -- A roadside bomb hit a bus in Logar.", D(2020, 5, 9), "9 May 2020"),
    ("WASHINGTON, Dec. 3, 2019 (Reuters) — Officials said strikes hit a depot.", D(2019, 12, 3), "Dec. 3, 2019"),
    ("Strike hits market\n\nMOGADISHU, Somalia, 2021-02-14 - A car bomb exploded.", D(2021, 2, 14), "2021-02-14"),
    # no year in the dateline: the byline's full date gives it
    ("BEIRUT, March 27 (Reuters) - Shelling hit Khiam.\nPublished 27 March 2024 10:02 GMT", D(2024, 3, 27), "March 27"),
    # across a new year: the most recent such day, not after the byline's date
    ("BEIRUT, Dec. 31 (Reuters) - Shelling hit Khiam.\nUpdated January 1, 2025", D(2024, 12, 31), "Dec. 31"),
    # an outlet between slashes, a date in parentheses after the town
    ("TYRE, July 7 2025 /Wire/ -- A drone strike hit a car in Qlayaa.", D(2025, 7, 7), "July 7 2025"),
    ("HERAT (Mar 4, 2025) — Police broke up a protest in the city.", D(2025, 3, 4), "Mar 4, 2025"),
])
def test_dateline_forms(text, day, written):
    p = published_in_text(text)
    assert (p.date, p.source, p.text) == (day, "dateline", written)
    assert text[p.start:p.end] == written


@pytest.mark.parametrize("text, day", [
    # no year in the dateline: of the last five March 27s up to the day it is read (8 December 2026), not before
    # the latest year the text names, the Wednesday the report names ("officials said on Wednesday"):
    # 27 March 2024 was a Wednesday (2022 a Sunday, 2023 a Monday, 2025 a Thursday, 2026 a Friday)
    ("BEIRUT, March 27 (Reuters) - A strike hit Khiam, officials said on Wednesday. The war began in "
     "October 2023.", D(2024, 3, 27)),
    ("BEIRUT, March 27 (Reuters) - A strike hit Khiam, officials said on Wednesday.", D(2024, 3, 27)),
    # day/month or month/day: 4 November 2025 was a Tuesday, 11 April 2025 a Friday
    ("Gunmen raid a market\n\nNiamey (Wire) - Gunmen killed nine near Tillaberi, sources said Tuesday.\n\n"
     "04/11/2025 - 15:32 (Paris)\n\nThe attackers fled.", D(2025, 11, 4)),
])
def test_the_weekday_a_report_names_settles_its_dateline(text, day):
    p = published_in_text(text, today=D(2026, 12, 8))
    assert (p.date, p.source.split(",")[0]) == (day, "dateline") and "weekday" in p.note


@pytest.mark.parametrize("text, today", [
    # the only Wednesday 27 March in reach would be before the war the text names (2023): none fits
    ("BEIRUT, March 27 (Reuters) - A strike hit Khiam, officials said on Wednesday. The war began in "
     "October 2025.", D(2026, 12, 8)),
    # read on 1 March 2024, the last five March 27s (2019-2023) were a Wednesday, Friday, Saturday, Sunday, Monday
    ("BEIRUT, March 27 (Reuters) - A strike hit Khiam, officials said on Tuesday.", D(2024, 3, 1)),
    # no filing weekday named, or no day to read it on: no year is guessed
    ("BEIRUT, March 27 (Reuters) - A strike hit Khiam, officials said.", D(2026, 12, 8)),
    ("BEIRUT, March 27 (Reuters) - A strike hit Khiam, officials said on Wednesday.", None),
])
def test_a_yearless_dateline_is_dated_only_by_a_weekday_in_reach(text, today):
    p = published_in_text(text, today=today)
    assert p.date is None and "'March 27' without a year" in p.note


def test_a_yearless_dateline_s_day_not_yet_come_is_last_year_s_or_before():
    # 27 March 2024 was a Wednesday, but read on 26 March 2024 that day has not come: 27 March 2019 was one
    p = published_in_text("BEIRUT, March 27 (Reuters) - A strike hit Khiam, officials said on Wednesday.",
                          today=D(2024, 3, 26))
    assert p.date == D(2019, 3, 27)


def test_a_background_year_long_past_does_not_pick_the_year(gaz):
    # 14 February was a Wednesday in 2018 and in 2024: a war "since 2015" does not make it 2018
    text = ("TAIZ, Yemen, Feb 14 (Wire) - Houthi shelling killed two children in Taiz on Tuesday, medics said on "
            "Wednesday. The war has raged since 2015.")
    doc = extract_document(text, gazetteer=gaz, today=D(2026, 12, 8))
    assert doc.published == D(2024, 2, 14)
    (inc,) = doc.incidents
    assert inc.event_date == "2024-02-13" and "the year is inferred" in inc.notes


def test_the_weekday_a_report_names_settles_its_byline():
    # 10 March 2024 was a Sunday, 3 October 2024 a Thursday; with no weekday named it stays ambiguous
    text = ("Iraq: soldiers killed in attack\n\nPublished: 10/03/2024 - 15:22\n\nBaghdad (Wire) - Three soldiers "
            "were killed when gunmen attacked an army post near Kirkuk, security officials said Sunday.")
    assert (published_in_text(text).date, published_in_text(text).source) == (D(2024, 3, 10), "byline")
    assert published_in_text(text.replace(" said Sunday", " said")).date is None


def test_a_dateline_without_a_year_gives_no_date_and_says_why():
    p = published_in_text("BEIRUT, March 27 (Reuters) - An Israeli strike hit a house in Bint Jbeil.")
    assert p.date is None and p.source == ""
    assert "'March 27' without a year" in p.note


@pytest.mark.parametrize("text", [
    "On 9 May 2020, gunmen killed two police officers in Ghazni city.",   # a note's date, not a dateline
    "Around 9 May 2020, gunmen killed two.",                              # nor a line that is a date
    "9 May 2020 gunmen killed two police officers.",
    "The army said on Monday it had shelled positions near Idlib.",
    "BEIRUT (Reuters) - An Israeli strike hit a house in Bint Jbeil on Tuesday.",
])
def test_no_dateline_no_date(text):
    p = published_in_text(text)
    assert p.date is None and p.source == "" and p.note == ""


# ------------------------------------------------------------------ bylines
@pytest.mark.parametrize("text, day", [
    ("Clashes in Tripoli\nPublished: 12 March 2024\n\nFighting broke out overnight.", D(2024, 3, 12)),
    ("Clashes in Tripoli\nFirst published on Tue 12 Mar 2024 10.00 GMT\n\nFighting broke out.", D(2024, 3, 12)),
    ("Clashes in Tripoli\nBy Jane Doe, Reuters | June 9, 2024\n\nFighting broke out.", D(2024, 6, 9)),
    ("Clashes in Tripoli\nPosted on 9 May 2020\n\nFighting broke out.", D(2020, 5, 9)),
    ("Clashes in Tripoli\nUpdated 3:45 PM EDT, Sun June 9, 2024\n\nFighting broke out.", D(2024, 6, 9)),
    ("Clashes in Tripoli\nBy Jane Doe\nSunday, June 9, 2024 10:40 GMT\n\nFighting broke out.", D(2024, 6, 9)),
    ("Clashes in Tripoli\nJune 9, 2024 4:30 p.m. EDT\n\nFighting broke out.", D(2024, 6, 9)),
    ("Clashes in Tripoli\n\nFighting broke out overnight.\n\n(Filed 9 June 2024)", D(2024, 6, 9)),
])
def test_byline_forms(text, day):
    p = published_in_text(text)
    assert (p.date, p.source) == (day, "byline")


def test_the_publication_date_wins_over_a_later_revision():
    text = "Clashes in Tripoli\nUpdated: June 11, 2024\nPublished: June 9, 2024\n\nFighting broke out."
    assert published_in_text(text).date == D(2024, 6, 9)


def test_header_spans_cover_the_dateline_and_byline_only():
    text = "Title\nBy Jane Doe | June 9, 2024\n\nKIDAL, Mali, June 9, 2024 - Gunmen attacked on Saturday."
    spans = header_spans(text)
    assert [text[a:b] for a, b in spans] == ["By Jane Doe | June 9, 2024", "KIDAL, Mali, June 9, 2024 - "]


# ------------------------------------------------------------------ HTML metadata
PAGE = """<!doctype html><html><head><title>Strike in Khiam</title>{head}</head>
<body><h1>Strike in Khiam</h1>{body}<p>An Israeli drone struck a car in Khiam on Sunday, killing two men.</p>
</body></html>"""


@pytest.mark.parametrize("head, body, day, source", [
    ('<meta property="article:published_time" content="2024-03-10T06:15:00+02:00">', "",
     D(2024, 3, 10), "html meta article:published_time"),
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",'
     ' "headline": "Strike", "datePublished": "2024-03-10T06:15:00Z"}]}</script>', "",
     D(2024, 3, 10), "html json-ld datePublished"),
    ('<meta name="DC.date.issued" content="2024-03-10">', "", D(2024, 3, 10), "html meta DC.date.issued"),
    ('<meta name="pubdate" content="20240310">', "", D(2024, 3, 10), "html meta pubdate"),
    ('<meta name="pubdate" content="n/a">', "", None, ""),       # not a date: none
    ('<meta name="publishdate" content="10 March 2024">', "", D(2024, 3, 10), "html meta publishdate"),
    ('<meta name="date" content="2024-03-10">', "", D(2024, 3, 10), "html meta date"),
    ("", '<p>By Jane Doe <time datetime="2024-03-10T09:00">10 March</time></p>', D(2024, 3, 10), "html time"),
    ('<script type="application/ld+json">{not json</script>', "", None, ""),
])
def test_html_metadata(head, body, day, source):
    p = published_in_html(PAGE.format(head=head, body=body))
    assert (p.date, p.source) == (day, source)


def test_html_metadata_order():
    head = ('<meta name="date" content="2024-03-01">'
            '<meta property="article:published_time" content="2024-03-10T06:15:00Z">')
    body = '<time datetime="2024-02-02">2 Feb</time><time pubdate datetime="2024-03-09">9 March</time>'
    assert published_in_html(PAGE.format(head=head, body=body)).date == D(2024, 3, 10)
    assert published_in_html(PAGE.format(head="", body=body)).date == D(2024, 3, 9)  # the marked <time>


def test_read_article_gives_the_page_date_and_read_document_the_same_text(tmp_path):
    f = tmp_path / "khiam.html"
    f.write_text(PAGE.format(head='<meta property="article:published_time" content="2024-03-10T06:15:00Z">',
                             body=""), encoding="utf-8")
    art = read_article(f)
    assert (art.published, art.published_source) == (D(2024, 3, 10), "html meta article:published_time")
    assert art.text == read_document(f) and "<meta" not in art.text
    txt = tmp_path / "khiam.txt"
    txt.write_text("An Israeli drone struck a car in Khiam on Sunday.", encoding="utf-8")
    assert read_article(txt)[1:] == (None, "")


def test_an_html_date_resolves_relative_dates_and_a_given_date_wins(tmp_path, gaz):
    f = tmp_path / "khiam.html"
    f.write_text(PAGE.format(head='<meta property="article:published_time" content="2024-03-12T06:15:00Z">',
                             body=""), encoding="utf-8")
    (doc,) = extract_documents([f], gazetteer=gaz)
    assert (doc.published, doc.published_source) == (D(2024, 3, 12), "html meta article:published_time")
    assert [i.event_date for i in doc.incidents] == ["2024-03-10"]  # the Sunday before Tuesday 12 March
    (doc,) = extract_documents([f], gazetteer=gaz, published="2024-03-20")
    assert (doc.published, doc.published_source) == (D(2024, 3, 20), "given")
    assert [i.event_date for i in doc.incidents] == ["2024-03-17"]


# ------------------------------------------------------------------ extraction: where the date came from
KIDAL = ("June 9, 2024 - Gunmen attacked a police checkpoint in Kidal on Saturday, killing two officers, "
         "a local official said.")


def test_the_dateline_is_the_publication_date_and_on_saturday_the_saturday_before(gaz):
    doc = extract_document(KIDAL, gazetteer=gaz)
    assert (doc.published, doc.published_source) == (D(2024, 6, 9), "dateline")
    (inc,) = doc.incidents
    assert (inc.event_date, inc.time_precision) == ("2024-06-08", 1)   # not the dateline's 9 June
    assert doc.to_dict()["published"] == "2024-06-09" and doc.to_dict()["published_source"] == "dateline"


def test_a_given_publication_date_wins_over_the_text(gaz):
    doc = extract_document(KIDAL, gazetteer=gaz, published="2024-06-20")   # a Thursday
    assert (doc.published, doc.published_source) == (D(2024, 6, 20), "given")
    assert [i.event_date for i in doc.incidents] == ["2024-06-15"]
    docs = extract_documents([{"id": "k", "text": KIDAL, "published": "2024-06-20"}, {"id": "j", "text": KIDAL}],
                             gazetteer=gaz)
    assert [(d.published, d.published_source) for d in docs] == [(D(2024, 6, 20), "given"), (D(2024, 6, 9), "dateline")]


def test_a_byline_date_resolves_yesterday(gaz):
    text = ("Clashes in Tripoli\nBy Jane Doe | June 9, 2024\n\nClashes broke out between rival armed groups in "
            "Tripoli yesterday, killing four fighters, residents said.")
    doc = extract_document(text, gazetteer=gaz)
    assert (doc.published, doc.published_source) == (D(2024, 6, 9), "byline")
    assert [i.event_date for i in doc.incidents] == ["2024-06-08"]


def test_no_date_anywhere(gaz):
    doc = extract_document("Gunmen attacked a police checkpoint in Kidal, killing two officers.", gazetteer=gaz)
    assert (doc.published, doc.published_source) == (None, "")
    d = doc.to_dict()
    assert d["published"] is None and d["published_source"] == ""
    (inc,) = doc.incidents
    assert inc.event_date is None and inc.notes.startswith("date not stated in the text")


def test_published_source_in_the_json_of_geomap_extract(tmp_path):
    f = tmp_path / "kidal.txt"
    f.write_text(KIDAL, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "geomap", "extract", str(f)], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout.splitlines()[0])
    assert (rec["published"], rec["published_source"]) == ("2024-06-09", "dateline")
    assert [i["event_date"] for i in rec["incidents"]] == ["2024-06-08"]
    r = subprocess.run([sys.executable, "-m", "geomap", "extract", str(f), "--published", "2024-06-20"],
                       capture_output=True, text=True, timeout=120)
    rec = json.loads(r.stdout.splitlines()[0])
    assert (rec["published"], rec["published_source"]) == ("2024-06-20", "given")


# ------------------------------------------------------------------ binding
LEBANON = ("BEIRUT, March 27 (Reuters) - An Israeli air strike hit a house in the southern Lebanese town of "
           "Bint Jbeil early on Wednesday, killing three people, the Lebanese health ministry said. Israel and "
           "Hezbollah have exchanged fire almost daily since cross-border hostilities began in October.")


def test_a_background_date_never_dates_the_strike(gaz):
    doc = extract_document(LEBANON, gazetteer=gaz, published="2024-03-28")   # a Thursday
    strike = next(i for i in doc.incidents if i.sub_event_type == "Air/drone strike")
    assert (strike.event_date, strike.time_precision) == ("2024-03-27", 1)   # the Wednesday before
    assert all(i.event_date is None or not i.event_date.startswith("2023-10") for i in doc.incidents)


def test_since_in_the_same_clause_does_not_win(gaz):
    text = ("An Israeli drone struck a car near Khiam early on Wednesday, the heaviest strike on the town "
            "since October, killing two men, Lebanese state media said.")
    doc = extract_document(text, gazetteer=gaz, published="2024-03-29")   # a Friday
    assert [i.event_date for i in doc.incidents] == ["2024-03-27"]


def test_an_unanchored_date_says_why(gaz):
    doc = extract_document(LEBANON, gazetteer=gaz)
    assert doc.published is None
    strike = next(i for i in doc.incidents if i.sub_event_type == "Air/drone strike")
    assert strike.event_date is None
    assert "relative date 'early on Wednesday' with no publication date" in strike.notes
    assert "the dateline gives 'March 27' without a year" in strike.notes
    doc = extract_document("A roadside bomb killed two soldiers near Kandahar on Friday.", gazetteer=gaz)
    (inc,) = doc.incidents
    assert inc.event_date is None and inc.notes.startswith("relative date 'on Friday' with no publication date")


def test_the_dateline_day_dates_an_event_when_the_body_gives_none(gaz):
    text = "KABUL, Afghanistan, 9 May 2020 (AP) - A roadside bomb killed two soldiers in Logar province."
    (inc,) = extract_document(text, gazetteer=gaz).incidents
    assert inc.event_date == "2020-05-09"


def test_a_dateline_with_a_full_date_still_gives_the_place_of_last_resort(gaz):
    text = "KABUL, Afghanistan, 9 May 2020 (AP) - A roadside bomb killed two soldiers on Friday."
    doc = extract_document(text, gazetteer=gaz)
    (inc,) = doc.incidents
    assert (doc.published_source, inc.event_date) == ("dateline", "2020-05-08")
    assert (inc.location, inc.geo_precision) == ("Kabul", 2) and "placed at the dateline" in inc.notes


def test_the_only_day_a_report_states_dates_an_incident_told_without_one(gaz):
    text = ("On 14 May 2021, a dispute over land turned violent in Marib city. Gunmen from two tribes "
            "exchanged fire and three men were killed.")
    incs = extract_document(text, gazetteer=gaz).incidents
    assert incs and all(i.event_date == "2021-05-14" for i in incs)
    # two days stated: an incident without its own stays undated, and says so
    text = ("On 14 May 2021, a dispute over land broke out in Marib city. On 16 May 2021, talks failed. Gunmen "
            "from two tribes exchanged fire and three men were killed.")
    undated = [i for i in extract_document(text, gazetteer=gaz).incidents if i.event_date is None]
    assert undated and all("date not stated in the text" in i.notes for i in undated)


def test_a_date_without_a_year_says_why_too(gaz):
    text = "BEIRUT, March 27 (Reuters) - An Israeli air strike killed two men in south Lebanon on March 25."
    (inc,) = extract_document(text, gazetteer=gaz).incidents
    assert inc.event_date is None
    assert "date 'March 25' without a year, and no publication date" in inc.notes
    assert "the dateline gives 'March 27' without a year" in inc.notes
    (inc,) = extract_document(text, gazetteer=gaz, published="2024-03-28").incidents
    assert inc.event_date == "2024-03-25"


def test_a_published_line_at_the_end_of_the_story_dates_it():
    from geomap.text.published import published_in_text

    text = ("MOGADISHU, April 10 (Wire) - Gunmen attacked a base in Afgooye on Wednesday.\n\n"
            "The army said it repelled them.\n\nPublished April 10, 2025\n\nCorrection: an earlier version misstated "
            "the toll.")
    p = published_in_text(text)
    assert (p.date.isoformat(), p.source) == ("2025-04-10", "dateline")  # the dateline's year from the last lines


# ------------------------------------------------------------------ more header shapes
# Fictional reports at real places, written for these tests in the styles of regional outlets.
@pytest.mark.parametrize("text, day, source, written", [
    # HTML tags left at the top of a plain text: read as published_in_html reads a page
    ('<meta property="article:published_time" content="2025-02-11T08:15:00Z">\nBombing in Jalalabad\n\n'
     "A bomb exploded near a bus stop in Jalalabad on Monday.", D(2025, 2, 11), "html meta article:published_time",
     "2025-02-11T08:15:00Z"),
    ('Clashes near Tripoli\n<time datetime="2025-07-03T14:20:00+02:00">3 July 2025</time>\n\n'
     "Rival militias clashed in Tajoura on Wednesday.", D(2025, 7, 3), "html time", "2025-07-03T14:20:00+02:00"),
    # a region with lowercase connector words
    ("BENI, Democratic Republic of Congo, Sept 11, 2025 (AP) - Rebels raided a farm outside Beni.",
     D(2025, 9, 11), "dateline", "Sept 11, 2025"),
    ("BRAZZAVILLE, Republic of the Congo, 4 March 2025 (Wire) - Police fired tear gas at marchers.",
     D(2025, 3, 4), "dateline", "4 March 2025"),
    ("SARAJEVO, Bosnia and Herzegovina, 14 May 2025 - Protesters gathered outside parliament.",
     D(2025, 5, 14), "dateline", "14 May 2025"),
    # a Titlecase town in the wire shape: the agency in parentheses and/or a dash after the date
    ("Pemba, Mozambique, 26 Sep 2025 (Lusa) - Insurgents torched houses in Ancuabe district.",
     D(2025, 9, 26), "dateline", "26 Sep 2025"),
    ("Gao, Mali, 3 October 2025 - Gunmen on motorbikes attacked a market.", D(2025, 10, 3), "dateline",
     "3 October 2025"),
    ("Goma, Congo, 5 June 2025 (Radio Okapi)\nShelling hit a camp for displaced people.", D(2025, 6, 5),
     "dateline", "5 June 2025"),
    # a town and an outlet before the date, and a numeric date whose order is certain
    ("Qamishli – North Press, February 18, 2026 – Islamic State gunmen shot dead two guards at a checkpoint.",
     D(2026, 2, 18), "dateline", "February 18, 2026"),
    ("Shafaq News / Anbar – 22/01/2026\nA roadside bomb hit an army patrol near Rutba.", D(2026, 1, 22),
     "dateline", "22/01/2026"),
    ("Shafaq News / Anbar – 01/22/2026\nA roadside bomb hit an army patrol near Rutba.", D(2026, 1, 22),
     "dateline", "01/22/2026"),
    ("Kirkuk - Iraq Desk, 07.07.2026 - Police defused a bomb.", D(2026, 7, 7), "dateline", "07.07.2026"),
    # a dotted date is day.month.year, even when both could be months
    ("Sara Quddus |04.03.2026 - Update : 04.03.2026\n\nQUETTA\n\nGunmen killed two policemen.", D(2026, 3, 4),
     "byline", "04.03.2026"),
    # date lines of their own: with a time, an ISO date, a weekday, a dash that ends the line
    ("Mogadishu (AFP) -\n09/09/2026 11:05 GMT\n\nA bomb hit a checkpoint.", D(2026, 9, 9), "byline", "09/09/2026"),
    ("Car bomb hits checkpoint\n\nMogadishu (AFP) - A car bomb killed four people on Saturday.\n\nSunday 13 "
     "September 2026 - 14:10 (Mogadishu time)\n\nPolice said the toll may rise.", D(2026, 9, 13), "byline",
     "Sunday 13 September 2026"),
    ("TAIZ, Yemen, Aug. 12 (Xinhua) -- Shelling wounded three children.\n\n2026-08-12 16:05:41\n",
     D(2026, 8, 12), "dateline", "Aug. 12"),
    ("[Translated from Arabic. Original published by a Hodeidah weekly, Sunday 18 January 2026]\n\nA mine "
     "killed two shepherds.", D(2026, 1, 18), "byline", "Sunday 18 January 2026"),
    ("October 2, 2026 -\n\nRussian strikes killed six people in Donetsk region.", D(2026, 10, 2), "dateline",
     "October 2, 2026"),
    ("N'Djamena, 4 June 2026 (APA) – Eight soldiers were killed near Lake Chad.", D(2026, 6, 4), "dateline",
     "4 June 2026"),
    # a day's heading in capitals is not a dateline: the published line is
    ("IRAQ SECURITY WEEKLY: 9-15 November 2026\n\nPublished Monday, 16 November 2026\n\nMONDAY (9 Nov): Two "
     "rockets landed near Balad.", D(2026, 11, 16), "byline", "Monday, 16 November 2026"),
    ("Bomb defused in Kirkuk\nPublished: 23/03/2026\n\nPolice defused a bomb.", D(2026, 3, 23), "byline",
     "23/03/2026"),
    # a headline that ends with a full date
    ("LIVE: Israeli strikes on south Lebanon — latest updates, October 22, 2025\n\nAn Israeli drone struck a car "
     "near Nabatieh on Wednesday.", D(2025, 10, 22), "headline", "October 22, 2025"),
    ("Fighting in Khartoum | 9 June 2025\n\nShelling hit Omdurman.", D(2025, 6, 9), "headline", "9 June 2025"),
    # a yearless dateline anchored by a full date in a line before it: the first such day on or after it
    ("Photo: Smoke rises over the old city during a raid, August 28, 2025. (Staff photo)\n"
     "NABLUS, West Bank, Aug 29 (Wire) - Troops raided the old city overnight.", D(2025, 8, 29), "dateline",
     "Aug 29"),
    ("Raid on Jenin camp, December 30, 2025\nJENIN, West Bank, Jan 2 (Wire) - Troops withdrew from the camp.",
     D(2026, 1, 2), "dateline", "Jan 2"),
    # HTML tags anchor a yearless dateline as a byline does
    ('<time datetime="2025-07-03T14:20:00+02:00">3 July 2025</time>\nBEIRUT, July 2 (Wire) - A drone struck a car.',
     D(2025, 7, 2), "dateline", "July 2"),
])
def test_more_header_shapes(text, day, source, written):
    p = published_in_text(text)
    assert (p.date, p.source, p.text) == (day, source, written)
    assert text[p.start:p.end] == written


@pytest.mark.parametrize("text, note", [
    # a numeric date that reads both ways gives none, and says why
    ("Shafaq News / Anbar – 05/04/2026\nA roadside bomb hit an army patrol near Rutba.",
     "the dateline gives '05/04/2026', which reads as day/month or as month/day: no publication date"),
    ("Bomb defused in Kirkuk\nPublished: 03/11/2026\n\nPolice defused a bomb.",
     "the byline gives '03/11/2026', which reads as day/month or as month/day: no publication date"),
    # the caption's date is after the dateline's day, or more than 31 days before it: no year
    ("Photo: Smoke rises over the old city during a raid, August 28, 2025. (Staff photo)\n"
     "NABLUS, West Bank, Aug 27 (Wire) - Troops raided the old city.", "the dateline gives 'Aug 27' without a year"),
    ("Photo: Smoke rises over the old city during a raid, August 28, 2025. (Staff photo)\n"
     "NABLUS, West Bank, Oct 2 (Wire) - Troops raided the old city.", "the dateline gives 'Oct 2' without a year"),
    # two dates before the dateline that give it different years
    ("Raid on Jenin camp, December 30, 2025\nPhoto: the camp on December 20, 2024. (File)\n"
     "JENIN, West Bank, Jan 2 (Wire) - Troops withdrew.", "the dateline gives 'Jan 2' without a year"),
])
def test_header_shapes_that_give_no_date_say_why(text, note):
    p = published_in_text(text)
    assert p.date is None and p.source == ""
    assert p.note.startswith(note)


@pytest.mark.parametrize("text", [
    # a Titlecase town without the wire shape is a sentence, not a dateline
    "Insurgents attack Pemba\nPemba, Mozambique, 26 Sep 2025 marked a year since the port reopened.",
    "Clashes in Gao\nIn Gao, Mali, 3 October 2025, gunmen attacked a market.",
    # numbers in the body are not dates: scores, fractions, a numeric date outside the header
    "Clashes in Kirkuk\n\nA 3/4 majority voted; police said on 12/03/2026 that 1/2 of the roads were shut.",
    "Clashes in Kirkuk\n31/02/2026\nPolice said the roads were shut.",   # no such day
    # a first line that ends with a full stop, ends with a weekday's date, or is the whole text
    "Gunmen attacked a market in Gao, October 3, 2025.\nThe army said it repelled them.",
    "Gunmen attacked a market in Gao on Friday, October 3, 2025\nThe army said it repelled them.",
    "Gunmen attacked a market in Gao, October 3, 2025",
    "<p>Gunmen attacked a market in Gao.</p>",                            # a tag without a date
])
def test_more_shapes_that_are_not_a_publication_date(text):
    p = published_in_text(text)
    assert (p.date, p.source, p.note) == (None, "", "")


def test_header_spans_cover_html_tags_and_the_headline_date():
    text = ('<meta property="article:published_time" content="2025-02-11T08:15:00Z">\n'
            "Bombing in Jalalabad\n\nA bomb exploded in Jalalabad.")
    assert [text[a:b] for a, b in header_spans(text)] == [text.splitlines()[0]]
    text = "Fighting in Khartoum — live, 9 June 2025\n\nShelling hit Omdurman on 8 June 2025."
    assert [text[a:b] for a, b in header_spans(text)] == ["9 June 2025"]


def test_a_town_and_outlet_dateline_resolves_on_tuesday(gaz):
    text = ("Qamishli – North Press, February 18, 2026 – Islamic State gunmen shot dead two guards at a checkpoint "
            "in Qamishli on Tuesday, a local security official said.")
    doc = extract_document(text, gazetteer=gaz)
    assert (doc.published, doc.published_source) == (D(2026, 2, 18), "dateline")   # a Wednesday
    assert [i.event_date for i in doc.incidents] == ["2026-02-17"]


@pytest.mark.parametrize("text, day", [
    ("SOMALIA: Situation Update No. 4\nReporting period: 1 - 7 March 2025 | Published 8 March 2025\n\nText.", "2025-03-08"),
    ("Mopti (AFP) - Published on 14/06/2024 - 17:42\n\nSoldiers were killed.", "2024-06-14"),
    ("GAO, Mali \u2014 Monday, January 20, 2025\n\nFour gunmen were killed.", "2025-01-20"),
    ("Local Desk - Tafas | Saturday, 5 October 2024\n\nA killing.", "2024-10-05"),
    ("[Unofficial translation of a local agency report, published 16/4/2025]\n\nArrests.", "2025-04-16"),
    ("MOSUL (AP) - Published 2:14 PM GMT+3, October 3, 2024\n\nA protester died.", "2024-10-03"),
    ("Tuesday 25 February 2025 \u00b7 All times local\n\n16:30 - A toll rises.", "2025-02-25"),
    # date lines under a headline
    ("Children killed by shelling in Taiz\n\nADEN - Tuesday 17 June 2025\n\nTwo children were killed.", "2025-06-17"),
    ("MOSUL - Five killed in attack on army post\n14/08/2025  |  By our newsroom\n\nMilitants attacked.", "2025-08-14"),
    ("Tripoli, 2 September 2025:\n\nClashes in Zawiya.", "2025-09-02"),
    ("SUDAN: North Darfur - Flash Update No. 12 (as of 23 September 2025)\n\nHIGHLIGHTS", "2025-09-23"),
    # an issued line, a time before the date, a reading time after it, a note after a dash
    ("SAHEL SECURITY BRIEF\nReporting period: Monday 3 - Sunday 9 March 2025\nIssued: Monday 10 March 2025\n\nText.",
     "2025-03-10"),
    ("Bulletin No. 12\nIssued: 3 February 2025, 09:30\n\nFour civilians were killed.", "2025-02-03"),
    ("Clan clash in Datu Piang\n\nBy Staff Writer\nMindanao Courier / 06:40 AM January 27, 2025\n\nFive died.",
     "2025-01-27"),
    ("Shelling in Kherson\n\nby the news desk\nJune 12, 2025 11:34 AM 4 min read\n\nShelling killed two.",
     "2025-06-12"),
    ("LIVE: Rockets hit northern Israel\n\nSunday 13 October 2024 \u2014 this page is no longer being updated\n\n"
     "19:40 \u2014 Summary", "2024-10-13"),
])
def test_bylines_after_a_place_an_outlet_or_a_title(text, day):
    p = published_in_text(text)
    assert (p.date.isoformat() if p.date else None, p.source) == (day, "byline")
