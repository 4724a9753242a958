"""Tests for geomap.text.incidents: incidents (what, when, who, how many, where, evidence).

Two kinds of test: on hand-built place mentions (fast, no gazetteer: they test the
incident rules alone), and end to end through ``geomap.text.document.find_places`` on the
report the project started from and on three short articles written for these
tests (``tests/data/events_*.txt``), with the default gazetteer passed explicitly.
"""
from __future__ import annotations

import datetime as dt

import pytest

from _incidents import DATA, PUB, incidents, mentions_for, only
from geomap.gazetteer import default_gazetteer
from geomap.settings import data_path
from geomap.text.incidents import extract_incidents

REPORT = data_path("example", "al-bukamal-strikes.txt")


# ----------------------------------------------------------------- when
def test_date_not_stated_is_not_invented():
    inc = only("Iran fired a barrage of missiles at bases in Iraq.")
    assert inc.event_date is None and inc.time_precision is None
    assert "date not stated" in inc.notes


def test_caption_date_gives_way_to_body_date():
    text = ("Ruins after a U.S. airstrike in Al Bukamal, Syria, Monday, Dec. 30, 2019. (AP Photo)\n\n"
            "The US carried out military strikes in Al Bukamal on December 29, killing 25 fighters.")
    inc = only(text)
    assert inc.event_date == "2019-12-29" and inc.time_precision == 1
    assert len(inc.evidence) == 2


def test_week_precision():
    inc = only("Clashes in Kandahar this week killed 4 soldiers.", dt.date(2021, 6, 16))
    assert (inc.event_date, inc.time_precision) == ("2021-06-14", 2)


# ----------------------------------------------------------------- evidence
def test_evidence_spans_point_into_the_text():
    text = "Shelling kills two in Idlib\n\nGovernment forces shelled Khan Shaykhun on Wednesday, killing 2 civilians."
    inc = only(text)
    for e in inc.evidence:
        assert text[e.start:e.end] == e.text
    d = inc.to_dict()
    assert text[d["start"]:d["end"]] == inc.evidence[0].text


# ----------------------------------------------------------------- the report, end to end
@pytest.fixture(scope="module")
def report_incidents():
    from geomap.text.document import find_places

    text = REPORT.read_text(encoding="utf-8")
    gaz = default_gazetteer()
    return text, extract_incidents(text, find_places(text, gazetteer=gaz), gazetteer=gaz, published=PUB,
                                   source="report")


def _by(incs, pred):
    found = [i for i in incs if pred(i)]
    assert len(found) == 1, [(i.event_date, i.sub_event_type, i.location) for i in incs]
    return found[0]


def test_report_has_five_incidents(report_incidents):
    _text, incs = report_incidents
    assert len(incs) == 5
    assert all(i.source == "report" for i in incs)
    assert not any("visit" in e.text for i in incs for e in i.evidence if "Putin" in e.text)


def test_report_friday_strikes(report_incidents):
    text, incs = report_incidents
    inc = _by(incs, lambda i: i.event_date == "2020-01-10")
    assert inc.time_precision == 1
    assert inc.sub_event_type == "Air/drone strike"
    assert inc.actor1 == "Unidentified Military Forces"
    assert (inc.fatalities, inc.fatalities_qualifier) == (8, "at least")
    assert inc.location.replace("Ā", "A").replace("ā", "a").replace("ū", "u").startswith("Albu Kamal") or inc.geonameid == 174448
    assert inc.country == "Syria" and inc.geo_precision == 2
    assert abs(inc.latitude - 34.45) < 0.1 and abs(inc.longitude - 40.92) < 0.1
    assert any("Al Bukamal area" in e.text for e in inc.evidence)


def test_report_december_strikes_merge_caption_and_body(report_incidents):
    text, incs = report_incidents
    inc = _by(incs, lambda i: i.event_date == "2019-12-29")
    assert inc.sub_event_type == "Air/drone strike"
    assert inc.actor1 == "Military Forces of the United States (2017-)"
    assert inc.fatalities == 25
    assert inc.country == "Iraq" and "Q" in inc.location  # Al Qa'im, from the caption
    starts = [e.start for e in inc.evidence]
    assert any(s < 200 for s in starts) and any(text[s:].startswith("The US") for s in starts)
    for e in inc.evidence:
        assert text[e.start:e.end] == e.text


def test_report_baghdad_drone_strike(report_incidents):
    _text, incs = report_incidents
    inc = _by(incs, lambda i: i.event_date == "2020-01-03")
    assert inc.sub_event_type == "Air/drone strike"
    assert inc.actor1 == "Military Forces of the United States (2017-)"
    assert inc.fatalities == 2  # Suleimani, and Al Muhandis "was also killed"
    assert "Airport" in inc.location and inc.geo_precision == 1
    assert abs(inc.latitude - 33.26) < 0.05 and abs(inc.longitude - 44.23) < 0.05


def test_report_missile_barrage_has_no_invented_date(report_incidents):
    _text, incs = report_incidents
    inc = _by(incs, lambda i: i.actor1 == "Military Forces of Iran (1989-)")
    assert inc.sub_event_type == "Shelling/artillery/missile attack"
    assert inc.event_date is None and inc.time_precision is None
    assert inc.extra["date_range"] == ["2020-01-03", "2020-01-10"]  # after the drone strike it answers
    assert "date not stated" in inc.notes
    assert inc.country == "Iraq" and inc.geo_precision == 3
    assert inc.actor2 == "Military Forces of the United States (2017-)"


def test_report_rocket_attack_killed_contractor(report_incidents):
    _text, incs = report_incidents
    inc = _by(incs, lambda i: i.sub_event_type == "Shelling/artillery/missile attack" and i.fatalities == 1)
    assert inc.actor1 == "Kataib Hezbollah"  # "The US blamed that attack on Iraq's Kataib Hezbollah"
    assert inc.country == "Iraq" and inc.geo_precision == 3
    assert inc.event_date is None and inc.extra["date_range"] == [None, "2019-12-29"]  # before the strikes it caused


# ----------------------------------------------------------------- articles written for these tests
ARTICLES = [
    # file, published, [(event_date, precision, sub_event_type, actor1, fatalities, qualifier, location, geo_precision)]
    ("events_kandahar_ied.txt", dt.date(2021, 6, 15),
     [("2021-06-14", 1, "Remote explosive/landmine/IED", "Unidentified Armed Group (Afghanistan)", 4, "", "AF", 2)]),
    ("events_idlib_shelling.txt", dt.date(2019, 5, 10),
     [("2019-05-08", 1, "Shelling/artillery/missile attack", "Military Forces of Syria (2000-)", 12, "at least", "SY", 1),
      ("2019-05-07", 1, "Armed clash", "Rebel Groups (Syria)", None, "", "SY", 2)]),
    ("events_mogadishu_bombing.txt", dt.date(2022, 10, 31),
     [("2022-10-29", 1, "Remote explosive/landmine/IED", "Al Shabaab", 100, "at least", "SO", 1),
      ("2022-10-30", 1, "Peaceful protest", "Protesters (Somalia)", None, "", None, None)]),
    ("events_odesa_drones.txt", dt.date(2023, 7, 18),
     [("2023-07-18", 1, "Air/drone strike", "Military Forces of Russia (2000-)", 2, "", "UA", 1),
      ("2023-07-17", 1, "Shelling/artillery/missile attack", "Military Forces of Russia (2000-)", None, "", "UA", 1)]),
]


@pytest.mark.parametrize("name, published, expected", ARTICLES)
def test_articles_end_to_end(name, published, expected):
    from geomap.text.document import find_places

    text = (DATA / name).read_text(encoding="utf-8")
    gaz = default_gazetteer()
    incs = extract_incidents(text, find_places(text, gazetteer=gaz), gazetteer=gaz, published=published)
    got = [(i.event_date, i.time_precision, i.sub_event_type, i.actor1, i.fatalities, i.fatalities_qualifier,
            i.country, i.geo_precision) for i in incs]
    assert len(incs) == len(expected), got
    for inc, exp in zip(incs, expected):
        date, tp, sub, actor1, fat, qual, cc, gp = exp
        assert (inc.event_date, inc.time_precision, inc.sub_event_type, inc.actor1, inc.fatalities,
                inc.fatalities_qualifier, inc.geo_precision) == (date, tp, sub, actor1, fat, qual, gp)
        if cc is None:
            assert inc.latitude is None
        else:
            assert inc.latitude is not None
        for e in inc.evidence:
            assert text[e.start:e.end] == e.text


def test_same_day_and_anaphoric_attackers():
    text = ("Gunmen abducted 20 students in Mogadishu on Friday. One police officer was killed in a gunfight "
            "with the attackers.\n\nMilitants fired rockets at Kandahar later that night. There were no casualties.")
    first, second = incidents(text, dt.date(2020, 12, 13))
    assert first.sub_event_type == "Abduction/forced disappearance" and first.fatalities == 1
    assert len(first.evidence) == 2
    assert (second.event_date, second.fatalities) == ("2020-12-11", 0)
    assert second.sub_event_type == "Shelling/artillery/missile attack"
    assert "told before" in second.notes


def test_fronted_retaliation_keeps_the_main_event():
    text = ("Reported on 4 March 2020, in retaliation to Taliban attacks on military posts, Afghan forces "
            "killed 6 Taliban militants in Kandahar.")
    inc = only(text, None)
    assert (inc.event_date, inc.fatalities, inc.location) == ("2020-03-04", 6, "Kandahar")


def test_bad_arguments():
    from geomap.exc import InputError

    with pytest.raises(InputError, match="str"):
        extract_incidents(b"bytes", [], gazetteer=None)
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        extract_incidents("An air strike hit Al Bukamal on Friday.", [], gazetteer=None, published="last Friday")
    assert extract_incidents("   \n", [], gazetteer=None, published="2020-01-10") == []
    text = "An air strike hit Al Bukamal on Friday."
    (inc,) = extract_incidents(text, mentions_for(text), gazetteer=None, published="2020-01-10")
    assert inc.event_date == "2020-01-10"


def test_the_other_side_returning_fire_is_the_same_event_a_clash(gaz):
    from geomap.text.document import extract_document
    text = ("On 7 May 2024, rebel forces fired heavy machine guns at a dairy factory in Hays. Government forces "
            "responded to the fire with mortars. No casualties were reported.")
    incs = extract_document(text, gazetteer=gaz, country_hints=["YE"]).incidents
    assert len(incs) == 1
    assert incs[0].sub_event_type == "Armed clash" and incs[0].fatalities == 0
    # a later answer is another event: "responded by firing"
    text = ("On 7 May 2024, rebel forces fired rockets at an army base in Hays. On 9 May 2024, the army "
            "responded by shelling rebel positions in Marib.")
    assert len(extract_document(text, gazetteer=gaz, country_hints=["YE"]).incidents) == 2


def test_a_later_sentence_of_the_same_clashes_and_a_bare_count_of_deaths_join_the_event(gaz):
    from geomap.text.document import extract_document
    text = ("On 30 April 2024, tribesmen clashed in the Lawdar district of Abyan over a land dispute. Clashes "
            "resulted in 1 tribesman killed and 2 injured.")
    incs = extract_document(text, gazetteer=gaz, country_hints=["YE"]).incidents
    assert len(incs) == 1 and incs[0].fatalities == 1
    text = ("On 30 April 2024, five militants were killed, injured or captured in an army operation near "
            "Kagizman, Kars. The group itself confirmed 4 fatalities.")
    incs = extract_document(text, gazetteer=gaz, country_hints=["TR"]).incidents
    assert len(incs) == 1 and incs[0].fatalities == 4


def test_an_attack_on_those_who_came_to_the_scene_is_the_same_incident(gaz):
    from geomap.text.document import extract_document
    text = ("On 18 June 2024, a roadside bomb hit a police vehicle near Cizre in Sirnak province. Officers who "
            "arrived at the scene were also attacked in a second blast. In total four police officers were "
            "killed.")
    incs = extract_document(text, gazetteer=gaz, country_hints=["TR"]).incidents
    assert len(incs) == 1 and incs[0].fatalities == 4
