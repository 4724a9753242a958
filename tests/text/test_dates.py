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


# ----------------------------------------------------------------- fast scanning
# The patterns of date and incident extraction are tried only where a match can
# start (geomap.text.dates._Scan); the matches must be exactly the pattern's own.
_SCAN_TEXTS = [
    "The Pentagon said U.S. forces struck five sites on Sunday, Dec. 29, 2019, killing at least 25 "
    "Kataib Hezbollah fighters. Two days later, on 31 December, protesters stormed the embassy; "
    "a roadside bomb exploded near Kandahar last week and the Taliban claimed it. IS militants, "
    "Iranian-backed militias and unknown gunmen attacked a police post 3 days ago. Iraq's army "
    "will respond next Monday morning, the ministry said. 2020-01-03: a drone strike killed Soleimani.",
    # case folding that str.lower() does not reproduce, and digits of other scripts
    "On \u0130ED blast \u0663 days ago, KILLED \u017fix soldiers; the \u0131ED went off in March 2020. " * 4,
    "An AIR STRIKE on \u0661\u0662 January killed SEVERAL people; \u212aILLED two; the past week. " * 4,
    "Friday 12 Dec. 2019 several days ago, the previous week, Taliban fighters Al-Shabaab Al Qaeda. " * 4,
]


def _spans(ms):
    return [m.span() + m.groups() for m in ms]


def test_scan_gives_the_pattern_matches():
    import random

    from geomap.text import dates as _dates, incidents as _events
    from geomap.text.dates import _Scan

    patterns = [p for _k, p in _dates._PATTERNS] + [_dates._FUTURE] + [rx for rx, *_ in _events._TRIGGERS] + [
        _events._group_finder().rx, _events._country_finder().rx, _events._generic_finder().rx,
        _events._SEPARATORS, _events._NUM_KILLED, _events._KILL_ACTIVE, _events._DEFINITE]
    rnd = random.Random(7)
    for rx in patterns:
        scan = _Scan(rx)
        for text in _SCAN_TEXTS:
            assert _spans(scan.finditer(text)) == _spans(rx.finditer(text)), rx.pattern[:60]
            for _ in range(5):
                i = rnd.randrange(len(text))
                j = rnd.randrange(i, len(text) + 1)
                assert _spans(scan.finditer(text, i, j)) == _spans(rx.finditer(text, i, j)), rx.pattern[:60]
                assert _spans(scan.finditer(text[i:j], doc=text, offset=i)) == _spans(rx.finditer(text[i:j]))
                got, want = scan.search(text, i, j), rx.search(text, i, j)
                assert (got and got.span()) == (want and want.span()), rx.pattern[:60]


def test_scan_prefixes():
    import re

    from geomap.text.dates import _arms

    ((pre, req),) = _arms(re.compile(r"\b(?:drone|air)[\s-]*strikes?\b", re.I))
    assert pre == (("air", 1), ("drone", 1)) and req == ((("strike", 1),), (("air", 1), ("drone", 1)))
    ((pre, _req),) = _arms(re.compile(r"(?:was |were )?arrested"))
    assert pre == (("arrested", 0), ("was ", 0), ("were ", 0))
    assert _arms(re.compile(r"\w+ed")) == ((None, ((("ed", 0),),)),)  # no "ed": no match
    assert _arms(re.compile(r"\w+")) is None  # nothing to look for: scanned the plain way
    assert _arms(re.compile(r"(?:x)?")) is None


def test_unfoldable_characters_are_all_known():
    """Every character that re.IGNORECASE matches to an ASCII character although its
    str.lower() is not that character is in _UNFOLDABLE (texts holding one are scanned
    the plain way by case-insensitive patterns)."""
    import re
    import string

    from geomap.text.dates import _UNFOLDABLE

    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    odd = set()
    for a in string.ascii_lowercase:
        for m in re.finditer(a, every, re.I):
            if m.group(0).lower() != a:
                odd.add(m.group(0))
    assert odd <= set(_UNFOLDABLE)
