"""Tests for geomap.text.dates: date phrases resolved against a publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from geomap.exc import GeomapError, InputError
from geomap.text.dates import DAY, MONTH, WEEK, date_rules, find_dates, parse_date, parse_published
from geomap.text.rules import load_rules

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
    # relative phrases need the publication date: found, with no day
    (d,) = find_dates("on Friday", None)
    assert (d.text, d.date, d.precision, d.kind) == ("on Friday", None, None, "relative")


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


@pytest.mark.parametrize("value, expected", [
    ("2020-01-10", PUB), ("Dec. 30, 2019", dt.date(2019, 12, 30)), ("30 December 2019", dt.date(2019, 12, 30)),
    ("2020-01-10T08:00:00Z", PUB), (PUB, PUB), (dt.datetime(2020, 1, 10, 23, 59), PUB),
])
def test_parse_published_reads_every_form(value, expected):
    assert parse_published(value) == expected
    assert parse_published(value, rules=load_rules("en")) == expected


# ----------------------------------------------------------------- the rules are consistent
def _strings(items, C):
    """Every string a parsed pattern without repetition matches (a finite language)."""
    out = [""]
    for op, av in items:
        if op is C.LITERAL:
            alts = [chr(av)]
        elif op is C.BRANCH:
            alts = [x for alt in av[1] for x in _strings(alt.data, C)]
        elif op is C.SUBPATTERN:
            alts = _strings(av[3].data, C)
        elif op is C.MAX_REPEAT and av[1] == 1:
            alts = [""] * (av[0] == 0) + _strings(av[2].data, C)
        elif op is C.IN and all(sop is C.LITERAL for sop, _ in av):
            alts = [chr(c) for _sop, c in av]
        elif op is C.AT:
            alts = [""]
        else:
            raise ValueError(f"not a finite word list: {op}")
        out = [s + a for s in out for a in alts]
    return out


def _group_words(name, group):
    """The words group ``group`` of rules pattern ``name`` can capture."""
    from re import _constants as C, _parser as P

    rx = load_rules("en").regex(name)
    index = rx.groupindex[group]

    def find(items):
        for op, av in items:
            if op is C.SUBPATTERN:
                if av[0] == index:
                    return av[3].data
                got = find(av[3].data)
            elif op is C.BRANCH:
                got = next((g for alt in av[1] if (g := find(alt.data)) is not None), None)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                got = find(av[2].data)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                got = find(av[1].data)
            else:
                continue
            if got is not None:
                return got
        return None

    return {w.lower() for w in _strings(find(P.parse(rx.pattern, rx.flags).data), C)}


@pytest.mark.parametrize("pattern, group, kind", [
    ("date_mdy", "mon", "month"), ("date_my", "mon", "month"), ("date_weekday", "wd", "weekday"),
    ("date_weekday", "mod", "weekday_modifier"), ("date_relative_day", "rel", "relative_day"),
    ("date_period", "which", "period"), ("date_period", "unit", "unit"), ("date_ago", "unit", "unit"),
    ("date_ago", "dir", "direction"), ("date_vague", "dir", "direction"),
])
def test_every_word_the_date_patterns_find_has_a_meaning(pattern, group, kind):
    dr = date_rules()
    words = _group_words(pattern, group)
    assert words
    for w in words:
        if kind == "month":
            assert dr.month(w) in range(1, 13) and w in dr.alone, w
        else:
            assert dr.word(kind, w) is not None, w
    assert date_rules(load_rules("en")) is dr  # compiled once per Rules

