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

Pure standard library.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from geomap.exc import InputError
from geomap.text._scan import Scan

__all__ = [
    "DAY",
    "WEEK",
    "MONTH",
    "DateMention",
    "find_dates",
    "parse_date",
    "parse_published",
]

#: ACLED time precision codes.
DAY, WEEK, MONTH = 1, 2, 3

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1, "a couple of": 2,
                 "several": None, "a few": None, "few": None}

_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WD = r"(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# The order matters: longer, more specific forms first; spans never overlap.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])\b")),
    ("mdy", re.compile(_WD + _MON + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR + r"\b)?")),
    ("dmy", re.compile(_WD + r"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON
                       + r"(?:,?\s+" + _YEAR + r"\b)?")),
    ("my", re.compile(r"\b(?:(?P<early>early|mid|late|earlier|later)[\s-]+(?:in\s+)?)?" + _MON
                      + r"(?:,?\s+" + _YEAR + r")?\b")),
    ("rel_day", re.compile(r"\b(?P<rel>yesterday|today|tonight|this morning|this afternoon|this evening|"
                           r"last night|overnight|the day before|on the previous day)\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<mod>last|this|next|on|early on|late on)\s+)?"
                           r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b")),
    ("period", re.compile(r"\b(?P<which>this|last|past|earlier this|later this|next|the previous|the past)\s+"
                          r"(?P<unit>week|weekend|month|year)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|a couple of|several|a few)\s+"
                       r"(?P<unit>days?|weeks?|months?)\s+(?P<dir>ago|earlier|before|after|later)\b", re.I)),
    ("same", re.compile(r"\b(?:later|earlier) (?:that|the same) (?:day|night|morning|evening|afternoon)\b|"
                        r"\b(?:on )?the same (?:day|night)\b|\bhours (?:later|earlier)\b|\bminutes (?:later|earlier)\b", re.I)),
    ("vague", re.compile(r"\b(?P<unit>days|weeks|hours)\s+(?P<dir>after|before|earlier|later)\b", re.I)),
]

_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|is due to|are due to|is expected to|are expected to|"
                     r"plans? to|scheduled|upcoming|next)\b", re.I)


#: The patterns above, scanned only where a match can start (same matches).
_SCANS: list[tuple[str, Scan]] = [(kind, Scan(pat)) for kind, pat in _PATTERNS]
_FUTURE_SCAN = Scan(_FUTURE)


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


def parse_date(value: str) -> _dt.date:
    """Parse a calendar date given by a user (``YYYY-MM-DD``, or "9 May 2020", "Dec. 30, 2019").

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
    """
    s = (value or "").strip()
    try:
        return _dt.date.fromisoformat(s)
    except ValueError:
        pass
    for kind in ("mdy", "dmy"):
        m = dict(_PATTERNS)[kind].fullmatch(s)
        if m and m.group("year"):
            try:
                return _dt.date(int(m.group("year")), _MONTHS[m.group("mon").lower().rstrip(".")],
                                int(m.group("day")))
            except ValueError:
                break
    raise InputError(f"cannot read the date {value!r}: give a calendar date as YYYY-MM-DD, e.g. 2020-01-10")


def parse_published(value: str | _dt.date | _dt.datetime | None) -> _dt.date | None:
    """Normalise an optional publication date (None, a date, a datetime or a string)."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        if re.fullmatch(r"\d{4}-\d\d-\d\dT.*", s):
            s = s[:10]
        return parse_date(s)
    raise InputError(f"cannot read the publication date {value!r}: give YYYY-MM-DD")


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


def _number(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return _NUMBER_WORDS.get(w)


def find_dates(text: str, published: _dt.date | None = None, *, offset: int = 0,
               future: bool | None = None, _doc: str | None = None) -> list[DateMention]:
    """Find the date phrases of a text and resolve them against the publication date.

    Parameters
    ----------
    text : str
        A sentence or a whole document.
    published : datetime.date, optional
        The publication date; relative phrases and years left unwritten are resolved
        against it (they resolve to None without it).
    offset : int
        Added to every span (the position of ``text`` in its document).
    future : bool, optional
        Whether the text speaks of the future (allows a small look-ahead when
        inferring a year or a weekday); by default detected from the text
        ("will", "is to", "next" ...).

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
    if _doc is not None and _doc[offset:offset + len(text)] != text:
        _doc = None
    if future is None:
        future = bool(_FUTURE_SCAN.search(text, doc=_doc, offset=offset))
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for kind, pat in _SCANS:
        for m in pat.finditer(text, doc=_doc, offset=offset):
            a, b = m.span()
            if a == b or not free(a, b):
                continue
            dm = _resolve(kind, m, published, future)
            if dm is None:
                continue
            taken.append((a, b))
            found.append(DateMention(text=m.group(0), start=a + offset, end=b + offset, **dm))
    found.sort(key=lambda d: d.start)
    return found


def _resolve(kind: str, m: re.Match[str], published: _dt.date | None, future: bool) -> dict | None:
    g = m.groupdict()
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["mnum"]), int(g["day"]))
        return None if d is None else dict(date=d, precision=DAY, kind="absolute", explicit_year=True,
                                          earliest=d, latest=d)
    if kind in ("mdy", "dmy"):
        month = _MONTHS[g["mon"].lower().rstrip(".")]
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
    if kind == "my":
        word = g["mon"].rstrip(".")
        # "May" / "March" alone are too often verbs or names; require a year, a
        # modifier or a full month name that cannot be a verb.
        if not g.get("year") and (word in ("May", "March", "Mar", "Jun", "Jan", "Sep", "Oct", "Dec", "Aug")
                                  or not g.get("early") and word not in _FULL_SAFE_MONTHS):
            return None
        month = _MONTHS[word.lower()]
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
    if kind == "same":
        return dict(date=None, precision=None, kind="bound", direction="same")
    if published is None:
        return None
    if kind == "rel_day":
        rel = g["rel"].lower()
        delta = 1 if rel in ("yesterday", "last night", "the day before", "on the previous day") else 0
        if rel == "overnight":
            delta = 0
        d = published - _dt.timedelta(days=delta)
        if rel in ("the day before", "on the previous day"):
            return dict(date=None, precision=None, kind="bound", earliest=None, latest=None, direction="before")
        return dict(date=d, precision=DAY, kind="relative", earliest=d, latest=d)
    if kind == "weekday":
        wd = _WEEKDAYS[g["wd"].lower()]
        mod = (g.get("mod") or "").lower()
        back = (published.weekday() - wd) % 7
        if mod == "next" or (future and mod != "last"):
            fwd = (wd - published.weekday()) % 7 or (7 if mod == "next" else 0)
            d = published + _dt.timedelta(days=fwd)
        else:
            if mod == "last" and back == 0:
                back = 7
            d = published - _dt.timedelta(days=back)
        return dict(date=d, precision=DAY, kind="relative", earliest=d, latest=d)
    if kind == "period":
        which = g["which"].lower()
        unit = g["unit"].lower()
        if unit in ("week", "weekend"):
            start = _week_start(published)
            if which in ("last", "the previous", "past", "the past"):
                if which in ("past", "the past"):
                    lo = published - _dt.timedelta(days=7)
                    return dict(date=max(lo, _week_start(lo)), precision=WEEK, kind="relative",
                                earliest=lo, latest=published)
                start = start - _dt.timedelta(days=7)
            elif which == "next":
                start = start + _dt.timedelta(days=7)
            if unit == "weekend":
                sat = start + _dt.timedelta(days=5)
                if sat > published and which not in ("next",):
                    sat -= _dt.timedelta(days=7)
                return dict(date=sat, precision=WEEK, kind="relative", earliest=sat,
                            latest=sat + _dt.timedelta(days=1))
            end = min(start + _dt.timedelta(days=6), published) if which != "next" else start + _dt.timedelta(days=6)
            return dict(date=start, precision=WEEK, kind="relative", earliest=start, latest=end)
        if unit == "month":
            first = published.replace(day=1)
            if which in ("last", "the previous", "past", "the past"):
                first = (first - _dt.timedelta(days=1)).replace(day=1)
            elif which == "next":
                first = (first + _dt.timedelta(days=32)).replace(day=1)
            last = (first + _dt.timedelta(days=32)).replace(day=1) - _dt.timedelta(days=1)
            if which in ("this", "earlier this"):
                last = published
            return dict(date=first, precision=MONTH, kind="relative", earliest=first, latest=last)
        return None  # a year is coarser than any ACLED precision
    if kind == "ago":
        n = _number(g["n"])
        unit = g["unit"].lower().rstrip("s")
        direction = g["dir"].lower()
        if direction in ("ago",):
            if n is None:
                return None
            days = n * {"day": 1, "week": 7, "month": 30}[unit]
            d = published - _dt.timedelta(days=days)
            prec = DAY if unit == "day" else (WEEK if unit == "week" else MONTH)
            if prec == WEEK:
                d = _week_start(d)
            elif prec == MONTH:
                d = d.replace(day=1)
            return dict(date=d, precision=prec, kind="relative", earliest=d, latest=d)
        # "two days after X": relative to another event, not to publication.
        return dict(date=None, precision=None, kind="bound", direction="after" if direction in ("after", "later") else "before",
                    earliest=None, latest=None)
    if kind == "same":
        # the day of the event told just before: the caller knows it, not the text
        return dict(date=None, precision=None, kind="bound", direction="same")
    if kind == "vague":
        direction = g["dir"].lower()
        return dict(date=None, precision=None, kind="bound", direction="after" if direction in ("after", "later") else "before")
    return None


_FULL_SAFE_MONTHS = {"January", "February", "April", "June", "July", "August", "September", "October",
                     "November", "December"}
