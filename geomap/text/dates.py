"""Dates in news prose, resolved against a publication date.

Absolute forms ("December 29", "Dec. 30, 2019", "9 May 2020", "2020-03-21",
"March 2020") and relative ones ("on Friday", "yesterday", "this week",
"last month", "days after") are found with their character spans and turned
into a :class:`DateMention`: a ``datetime.date`` plus an ACLED time precision
(1 day, 2 week, 3 month). Nothing here invents a day: a week or a month is
stored as the first day of that period, not after the publication date, and
its precision says how much is known; a phrase that bounds a date without
giving it ("days after ...") yields a mention with ``date=None`` and the range
it allows.

When the year is not written, it is inferred: the most recent such date not
after publication; a small look-ahead (up to 31 days) is allowed only when the
sentence speaks of the future ("will", "is to", "next").

The words are the language's (``rules/en/date_*``: the patterns in the order
they are tried, month names, what "last", "past", "ago" mean); this module is
the calendar arithmetic. Pure standard library.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass

from geomap.exc import InputError, PackageDataError
from geomap.text._scan import Scan
from geomap.text.rules import Rules, load_rules

__all__ = [
    "DAY",
    "WEEK",
    "MONTH",
    "DateMention",
    "DateRules",
    "date_rules",
    "find_dates",
    "parse_date",
    "parse_published",
    "unanchored_reason",
]

#: ACLED time precision codes.
DAY, WEEK, MONTH = 1, 2, 3

#: How the code reads a match of each kind of date pattern (``date_patterns.tsv``).
_KINDS = ("iso", "mdy", "dmy", "my", "rel_day", "weekday", "period", "ago", "same", "vague")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}
_UNIT_PRECISION = {"day": DAY, "week": WEEK, "month": MONTH}
_ISO_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT.*")


class DateRules:
    """The date rules of one language, compiled: build it with :func:`date_rules`.

    Attributes
    ----------
    scans : tuple of (kind, Scan)
        The date patterns in the order they are tried (an earlier one wins an overlap).
    future : Scan
        The cues of a sentence that speaks of the future.
    """

    def __init__(self, rules: Rules) -> None:
        self.path = rules.path
        scans = []
        for row in rules.table("date_patterns"):
            if row["kind"] not in _KINDS:
                raise PackageDataError(f"{rules.path / 'date_patterns.tsv'}: unknown kind {row['kind']!r}; "
                                       f"the kinds are {', '.join(_KINDS)}")
            scans.append((row["kind"], Scan(rules.regex(row["pattern"]))))
        self.scans: tuple[tuple[str, Scan], ...] = tuple(scans)
        self.patterns: dict[str, re.Pattern[str]] = {kind: scan.rx for kind, scan in scans}
        self.future = Scan(rules.regex("date_future"))
        months = rules.table("date_months")
        self.months = {r["name"].lower(): int(r["month"]) for r in months}
        self.alone = {r["name"].lower(): r["alone"] for r in months}
        self.words: dict[str, dict[str, str]] = {}
        for r in rules.table("date_words"):
            self.words.setdefault(r["kind"], {})[r["word"].lower()] = r["value"]
        self.numbers = {r["word"].lower(): int(r["value"]) for r in rules.table("number_words")}

    def word(self, kind: str, word: str) -> str:
        """What ``word`` means as a date word of ``kind`` (``date_words.tsv``)."""
        try:
            return self.words[kind][word.lower()]
        except KeyError:
            raise PackageDataError(f"{self.path / 'date_words.tsv'}: the date patterns find {word!r}, but the "
                                   f"table has no {kind} row for it") from None

    def month(self, name: str) -> int:
        """The number of a month name as the patterns find it ("Dec." -> 12)."""
        try:
            return self.months[name.lower().rstrip(".")]
        except KeyError:
            raise PackageDataError(f"{self.path / 'date_months.tsv'}: the date patterns find the month "
                                   f"{name!r}, but the table does not have it") from None

    def number(self, word: str) -> int | None:
        """A count in digits or words ("3", "three"); None for "several", "a few"."""
        w = word.lower()
        if w.isdigit():
            return int(w)
        return self.numbers.get(w)


def date_rules(rules: Rules | None = None) -> DateRules:
    """The compiled date rules of ``rules`` (English by default), built once per :class:`Rules`."""
    return (rules or load_rules("en")).derived("text.dates", DateRules)


@dataclass(frozen=True)
class DateMention:
    """A date phrase found in a text.

    Attributes
    ----------
    text : str
        The phrase as written.
    start, end : int
        Character offsets into the text that was searched.
    date : datetime.date or None
        The day (precision 1) or the first day of the week / month (2 / 3), never
        after the publication date unless the sentence speaks of the future;
        None when the phrase only bounds the date (see ``earliest``/``latest``).
    precision : int or None
        ACLED time precision: 1 day, 2 week, 3 month; None when ``date`` is None.
    kind : str
        ``absolute`` (the day and month are written), ``relative`` (weekday,
        "yesterday", "this week" ...) or ``bound`` ("days after": a range only).
    explicit_year : bool
        True when the year was written.
    earliest, latest : datetime.date or None
        The range of days the phrase allows, when it is known.
    direction : str
        For bounds: ``after`` or ``before`` (the event is that long after/before
        something else), ``same`` (the same day as the event told before:
        "later that night", "hours later"), else ''.
    days : int, optional
        For a bound that counts days ("a day later", "two days before"): that many days
        after (positive) or before (negative) the event told before it.
    """

    text: str
    start: int
    end: int
    date: _dt.date | None
    precision: int | None
    kind: str
    explicit_year: bool = False
    earliest: _dt.date | None = None
    latest: _dt.date | None = None
    direction: str = ""
    days: int | None = None


def parse_date(value: str, *, rules: Rules | None = None) -> _dt.date:
    """Parse a calendar date given by a user (``YYYY-MM-DD``, or "9 May 2020", "Dec. 30, 2019").

    Parameters
    ----------
    value : str
        The date as written.
    rules : Rules, optional
        The language of month names (English by default).

    Raises
    ------
    geomap.exc.InputError
        When the value is not a complete date; the message names it and the expected form.

    Examples
    --------
    >>> parse_date("2020-01-10")
    datetime.date(2020, 1, 10)
    >>> parse_date("Dec. 30, 2019")
    datetime.date(2019, 12, 30)
    >>> parse_date("30 December 2019")
    datetime.date(2019, 12, 30)
    """
    s = (value or "").strip()
    try:
        return _dt.date.fromisoformat(s)
    except ValueError:
        pass
    dr = date_rules(rules)
    for kind in ("mdy", "dmy"):
        m = dr.patterns[kind].fullmatch(s)
        if m and m.group("year"):
            try:
                return _dt.date(int(m.group("year")), dr.month(m.group("mon")), int(m.group("day")))
            except ValueError:
                break
    raise InputError(f"cannot read the date {value!r}: give a calendar date as YYYY-MM-DD, e.g. 2020-01-10")


def parse_published(value: str | _dt.date | _dt.datetime | None, *, rules: Rules | None = None) -> _dt.date | None:
    """Normalise an optional publication date (None, a date, a datetime or a string).

    The one reader of publication dates: strings as :func:`parse_date` reads them,
    ISO datetimes ("2020-01-10T08:00:00Z") by their day.

    Raises
    ------
    geomap.exc.InputError
        When the value is not a date.

    Examples
    --------
    >>> parse_published("2020-01-10T08:00:00Z")
    datetime.date(2020, 1, 10)
    >>> parse_published(None) is None
    True
    """
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        if _ISO_DATETIME.fullmatch(s):
            s = s[:10]
        return parse_date(s, rules=rules)
    raise InputError(f"cannot read the publication date {value!r}: give YYYY-MM-DD")


def unanchored_reason(mention: DateMention) -> str:
    """Why a date phrase found without a publication date gives no day (for an incident's notes).

    Examples
    --------
    >>> (m,) = find_dates("struck on Friday", None)
    >>> unanchored_reason(m)
    "relative date 'on Friday' with no publication date"
    """
    if mention.kind == "relative":
        return f"relative date {mention.text!r} with no publication date"
    return f"date {mention.text!r} without a year, and no publication date"


def _safe_date(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: _dt.date | None, future: bool) -> tuple[_dt.date | None, bool]:
    """The most recent (month, day) not after publication (or shortly after it when ``future``)."""
    if published is None:
        return None, False
    for year in (published.year + 1, published.year, published.year - 1, published.year - 2):
        d = _safe_date(year, month, day)
        if d is None:
            continue
        if d <= published:
            return d, True
        if future and (d - published).days <= 31:
            return d, True
    return None, False


def _week_start(d: _dt.date) -> _dt.date:
    return d - _dt.timedelta(days=d.weekday())


def find_dates(text: str, published: _dt.date | None = None, *, offset: int = 0,
               future: bool | None = None, rules: Rules | None = None, _doc: str | None = None) -> list[DateMention]:
    """Find the date phrases of a text and resolve them against the publication date.

    Parameters
    ----------
    text : str
        A sentence or a whole document.
    published : datetime.date, optional
        The publication date; relative phrases and years left unwritten are resolved
        against it (without it their mentions have ``date=None``: "on Friday" is found,
        its day is unknown).
    offset : int
        Added to every span (the position of ``text`` in its document).
    future : bool, optional
        Whether the text speaks of the future (allows a small look-ahead when
        inferring a year or a weekday); by default detected from the text
        ("will", "is to", "next" ...).
    rules : Rules, optional
        The language rules (English by default).
    _doc : str, optional
        The document ``text`` was cut from (``text == _doc[offset:offset + len(text)]``):
        the patterns are then looked for in the document once for all its pieces
        (the result is the same).

    Returns
    -------
    list of DateMention
        In text order, non-overlapping.

    Examples
    --------
    >>> import datetime as dt
    >>> [(m.date.isoformat(), m.precision) for m in find_dates("struck on Friday", dt.date(2020, 1, 10))]
    [('2020-01-10', 1)]
    >>> [(m.date.isoformat(), m.precision) for m in find_dates("on December 29", dt.date(2020, 1, 10))]
    [('2019-12-29', 1)]
    """
    dr = date_rules(rules)
    if _doc is not None and _doc[offset:offset + len(text)] != text:
        _doc = None
    if future is None:
        future = bool(dr.future.search(text, doc=_doc, offset=offset))
    taken_starts: list[int] = []  # the spans taken, sorted and disjoint: a lookup is a bisection
    taken_ends: list[int] = []
    found: list[DateMention] = []

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_right(taken_starts, a)
        if i and taken_ends[i - 1] > a:
            return False
        return i == len(taken_starts) or taken_starts[i] >= b

    for kind, scan in dr.scans:
        for m in scan.finditer(text, doc=_doc, offset=offset):
            a, b = m.span()
            if a == b or not free(a, b):
                continue
            try:
                dm = _resolve(kind, m, published, future, dr)
            except (ValueError, OverflowError):  # past 0001-01-01 or 9999-12-31: no calendar date
                dm = _unanchored(kind, m.groupdict(), dr) if kind not in ("iso", "mdy", "dmy", "my") else None
            if dm is None:
                continue
            i = bisect.bisect_right(taken_starts, a)
            taken_starts.insert(i, a)
            taken_ends.insert(i, b)
            found.append(DateMention(text=m.group(0), start=a + offset, end=b + offset, **dm))
    found.sort(key=lambda d: d.start)
    return found


def _bound(direction: str) -> dict:
    return dict(date=None, precision=None, kind="bound", direction=direction)


def _resolve(kind: str, m: re.Match[str], published: _dt.date | None, future: bool, dr: DateRules) -> dict | None:
    """The fields of a :class:`DateMention` for a match of a pattern of ``kind`` (None: not a date)."""
    g = m.groupdict()
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["mnum"]), int(g["day"]))
        return None if d is None else dict(date=d, precision=DAY, kind="absolute", explicit_year=True,
                                          earliest=d, latest=d)
    if kind in ("mdy", "dmy"):
        return _day_month(g, published, future, dr)
    if kind == "my":
        return _month_only(g, published, future, dr)
    if kind == "same":
        # the day of the event told just before: the caller knows it, not the text
        return _bound("same")
    if kind == "ago" and dr.word("direction", g["dir"]) != "ago":
        return _ago(g, published, dr)  # "a day later": relative to the event told before, not to publication
    if published is None:
        return _unanchored(kind, g, dr)
    if kind == "vague":
        return _bound("after" if dr.word("direction", g["dir"]) == "after" else "before")
    if kind == "rel_day":
        back = dr.word("relative_day", g["rel"])
        if back == "before":  # "the day before": a day before another event, not publication
            return dict(_bound("before"), earliest=None, latest=None, days=-1)
        if back == "after":  # "the next day": a day after the event told before
            return dict(_bound("after"), earliest=None, latest=None, days=1)
        d = published - _dt.timedelta(days=int(back))
        return dict(date=d, precision=DAY, kind="relative", earliest=d, latest=d)
    if kind == "weekday":
        return _weekday(g, published, future, dr)
    if kind == "period":
        return _period(g, published, dr)
    if kind == "ago":
        return _ago(g, published, dr)
    return None


def _unanchored(kind: str, g: dict, dr: DateRules) -> dict | None:
    """A day relative to publication, with no publication date: a mention without a date
    (the reader can say why the day is unknown); None for what is not such a day."""
    if kind == "rel_day" and dr.word("relative_day", g["rel"]) == "before":
        return None
    if kind == "period" and dr.word("unit", g["unit"]) == "year":
        return None
    if kind == "ago" and dr.word("direction", g["dir"]) != "ago":
        return None
    if kind not in ("rel_day", "weekday", "period", "ago"):
        return None
    return dict(date=None, precision=None, kind="relative")


def _day_month(g: dict, published: _dt.date | None, future: bool, dr: DateRules) -> dict | None:
    month = dr.month(g["mon"])
    day = int(g["day"])
    if not 1 <= day <= 31:
        return None
    if g.get("year"):
        d = _safe_date(int(g["year"]), month, day)
        explicit = True
    else:
        d, _ = _infer_year(month, day, published, future)
        explicit = False
        if d is None and published is None:
            return dict(date=None, precision=None, kind="absolute", explicit_year=False)
    if d is None:
        return None
    return dict(date=d, precision=DAY, kind="absolute", explicit_year=explicit, earliest=d, latest=d)


def _month_only(g: dict, published: _dt.date | None, future: bool, dr: DateRules) -> dict | None:
    word = g["mon"].rstrip(".")
    # "May" / "March" alone are too often verbs or names: the table says which names
    # need a year, which a year or a modifier ("early Feb"), which stand alone
    alone = dr.alone.get(word.lower(), "year")
    modified = bool(g.get("early")) or g.get("prep") is not None  # "early March", "In March,"
    if not g.get("year") and (alone == "year" and g.get("prep") is None or not modified and alone != "yes"):
        return None
    month = dr.month(word)
    if g.get("year"):
        d = _dt.date(int(g["year"]), month, 1)
        explicit = True
    else:
        if published is None:
            return None
        d = _dt.date(published.year, month, 1)
        if d > published and not future:
            d = _dt.date(published.year - 1, month, 1)
        explicit = False
    last = (_dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1) - _dt.timedelta(days=1))
    return dict(date=d, precision=MONTH, kind="absolute", explicit_year=explicit, earliest=d, latest=last)


def _weekday(g: dict, published: _dt.date, future: bool, dr: DateRules) -> dict:
    wd = int(dr.word("weekday", g["wd"]))
    mod = dr.word("weekday_modifier", g["mod"]) if g.get("mod") else ""
    back = (published.weekday() - wd) % 7
    if mod == "next" or (future and mod != "last"):
        fwd = (wd - published.weekday()) % 7 or (7 if mod == "next" else 0)
        d = published + _dt.timedelta(days=fwd)
    else:
        if mod == "last" and back == 0:
            back = 7
        d = published - _dt.timedelta(days=back)
    return dict(date=d, precision=DAY, kind="relative", earliest=d, latest=d)


def _period(g: dict, published: _dt.date, dr: DateRules) -> dict | None:
    which = dr.word("period", g["which"])
    unit = dr.word("unit", g["unit"])
    if unit in ("week", "weekend"):
        start = _week_start(published)
        if which in ("previous", "past"):
            if which == "past":  # the last seven days
                lo = published - _dt.timedelta(days=7)
                return dict(date=max(lo, _week_start(lo)), precision=WEEK, kind="relative",
                            earliest=lo, latest=published)
            start = start - _dt.timedelta(days=7)
        elif which == "next":
            start = start + _dt.timedelta(days=7)
        if unit == "weekend":
            sat = start + _dt.timedelta(days=5)
            if sat > published and which != "next":
                sat -= _dt.timedelta(days=7)
            return dict(date=sat, precision=WEEK, kind="relative", earliest=sat,
                        latest=sat + _dt.timedelta(days=1))
        end = min(start + _dt.timedelta(days=6), published) if which != "next" else start + _dt.timedelta(days=6)
        return dict(date=start, precision=WEEK, kind="relative", earliest=start, latest=end)
    if unit == "month":
        first = published.replace(day=1)
        if which in ("previous", "past"):
            first = (first - _dt.timedelta(days=1)).replace(day=1)
        elif which == "next":
            first = (first + _dt.timedelta(days=32)).replace(day=1)
        last = (first + _dt.timedelta(days=32)).replace(day=1) - _dt.timedelta(days=1)
        if which == "current":
            last = published
        return dict(date=first, precision=MONTH, kind="relative", earliest=first, latest=last)
    return None  # a year is coarser than any ACLED precision


def _ago(g: dict, published: _dt.date, dr: DateRules) -> dict | None:
    n = dr.number(g["n"])
    unit = dr.word("unit", g["unit"])
    direction = dr.word("direction", g["dir"])
    if direction != "ago":
        # "two days after X", "a day later": relative to another event, not to publication
        after = direction == "after"
        days = n if n is not None and unit == "day" else None
        return dict(_bound("after" if after else "before"), earliest=None, latest=None,
                    days=None if days is None else (days if after else -days))
    if published is None:
        return None
    if n is None:
        return None
    d = published - _dt.timedelta(days=n * _UNIT_DAYS[unit])
    prec = _UNIT_PRECISION[unit]
    if prec == WEEK:
        d = _week_start(d)
    elif prec == MONTH:
        d = d.replace(day=1)
    return dict(date=d, precision=prec, kind="relative", earliest=d, latest=d)
