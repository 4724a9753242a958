"""Tests for geomap.text.dates: date phrases resolved against a publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from geomap.text.dates import DAY, MONTH, WEEK, find_dates, parse_date, parse_published
from geomap.exc import GeomapError, InputError

PUB = dt.date(2020, 1, 10)  # a Friday: the report the project started from

GOOD = [
    # (text, published, date, precision)
    ("struck targets on Friday", PUB, "2020-01-10", DAY),
    ("the militia said on Monday", PUB, "2020-01-06", DAY),
    ("last Friday", PUB, "2020-01-03", DAY),
    ("strikes in the area on December 29, killing", PUB, "2019-12-29", DAY),
    ("Monday, Dec. 30, 2019.", PUB, "2019-12-30", DAY),
    ("on 9 May 2020 in Idlib", PUB, "2020-05-09", DAY),
    ("the attack on January 3.", PUB, "2020-01-03", DAY),
    ("the 3rd of January", PUB, "2020-01-03", DAY),
    ("On 21 March 2020, 12 militants", None, "2020-03-21", DAY),
    ("2020-03-21", None, "2020-03-21", DAY),
    ("yesterday", PUB, "2020-01-09", DAY),
    ("two days ago", PUB, "2020-01-08", DAY),
    ("a rare visit to Syria this week", PUB, "2020-01-06", WEEK),
    ("last week", PUB, "2019-12-30", WEEK),
    ("last month", PUB, "2019-12-01", MONTH),
    ("earlier this month", PUB, "2020-01-01", MONTH),
    ("in March 2020", None, "2020-03-01", MONTH),
    ("in early December", PUB, "2019-12-01", MONTH),
]


@pytest.mark.parametrize("text, published, expected, precision", GOOD)
def test_dates_resolve(text, published, expected, precision):
    found = [d for d in find_dates(text, published) if d.date is not None]
    assert len(found) == 1, found
    d = found[0]
    assert (d.date.isoformat(), d.precision) == (expected, precision)
    assert text[d.start:d.end] == d.text


@pytest.mark.parametrize("text", [
    "Officials may decide later.",           # "may" is not May
    "They will march on the capital.",       # "march" is not March
    "Mobile phone networks were cut.",
    "The Observatory head said so.",
])
def test_no_date_in_ordinary_words(text):
    assert find_dates(text, PUB) == []


def test_year_is_inferred_backwards_and_never_invented():
    # the most recent December 29 not after publication
    (d,) = find_dates("on December 29", PUB)
    assert d.date == dt.date(2019, 12, 29) and not d.explicit_year
    # without a publication date an unwritten year stays unknown: no invented day
    (d,) = find_dates("on December 29", None)
    assert d.date is None and d.precision is None
    # relative phrases need the publication date
    assert find_dates("on Friday", None) == []


def test_future_allows_a_small_look_ahead():
    (d,) = find_dates("Talks will resume on January 15", PUB)
    assert d.date == dt.date(2020, 1, 15)
    (d,) = find_dates("Talks resumed on January 15", PUB)
    assert d.date == dt.date(2019, 1, 15)


def test_offsets_are_added():
    (d,) = find_dates("struck on Friday", PUB, offset=100)
    assert (d.start, d.end, d.text) == (107, 116, "on Friday")


def test_relative_to_another_event_is_a_bound_not_a_date():
    (d,) = find_dates("The strikes came days after a drone strike", PUB)
    assert d.kind == "bound" and d.date is None and d.direction == "after"


def test_week_and_month_store_first_day_not_after_publication():
    pub = dt.date(2020, 1, 1)  # a Wednesday
    (d,) = find_dates("this week", pub)
    assert d.date == dt.date(2019, 12, 30) and d.precision == WEEK and d.latest == pub


@pytest.mark.parametrize("value, expected", [
    ("2020-01-10", dt.date(2020, 1, 10)),
    ("Dec. 30, 2019", dt.date(2019, 12, 30)),
    ("9 May 2020", dt.date(2020, 5, 9)),
])
def test_parse_date_good(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2020-13-45", "yesterday", "", "10/01/2020", "December 29"])
def test_parse_date_bad(value):
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_date(value)


def test_parse_published():
    assert parse_published(None) is None
    assert parse_published(dt.datetime(2020, 1, 10, 12)) == PUB
    assert parse_published("2020-01-10T08:00:00Z") == PUB
    with pytest.raises(GeomapError):
        parse_published("soon")
