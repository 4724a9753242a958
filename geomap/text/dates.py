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
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterator

from geomap.exc import InputError

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


# --------------------------------------------------------------------------- fast scanning
# Python's ``re`` tries a pattern at every position of the text, and patterns that
# start with ``\b`` and a long alternation cost ~100 ns a position: scanning a
# whole article with the few dozen patterns of date and incident extraction was
# most of the extraction time. A :class:`_Scan` gives exactly the matches of the
# pattern (same spans, groups and order) but tries the pattern only where a match
# can start: at an occurrence of one of the literal prefixes every match must begin
# with (read from the parsed pattern: "\b(?:drone|air)[\s-]*strikes?" must start
# with "drone" or "air"). Texts where the prefixes are too common, and patterns
# without such prefixes, are scanned as before.

#: Characters that ``re.IGNORECASE`` matches to an ASCII character although their
#: ``str.lower()`` is not that character (U+0130 also lowers to two characters);
#: a text holding one is scanned the plain way by case-insensitive patterns.
_UNFOLDABLE = ("\u0130", "\u0131", "\u017f")
_MAX_PREFIX_SET = 32          # a character class of more characters gives no prefix
_CASED, _FOLDED, _DIGIT = 0, 1, 2
_HAY_CHARS = 1 << 22          # texts kept with their prefix positions, at most (characters)


def _first_literals(items: list, flags: int, P, C) -> tuple[set[tuple[str, bool]] | None, bool]:
    """The literal prefixes a match of the parsed sequence ``items`` begins with, as
    ``{(text, kind)}``, and whether the sequence can match the empty string (then
    the prefixes of what follows apply too); None when unknown. ``kind`` is
    :data:`_CASED`, :data:`_FOLDED` (case-insensitive: ASCII, lower case) or
    :data:`_DIGIT` (``\\d``: one of the ten ASCII digits, exact only for a text
    without other decimal digits)."""
    acc: set[tuple[str, int]] = set()
    i, n = 0, len(items)
    repeats = tuple(getattr(C, k) for k in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, k))
    while i < n:
        op, av = items[i]
        ci = bool(flags & C.SRE_FLAG_IGNORECASE)
        if op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
            i += 1  # zero width: the prefix is what follows
            continue
        if op is C.LITERAL:
            start = i
            chars: list[str] = []
            while i < n and items[i][0] is C.LITERAL:
                ch = chr(items[i][1])
                if ci:
                    if ch >= "\x80":
                        break
                    ch = ch.lower()
                chars.append(ch)
                i += 1
            if not chars:
                return None, False
            run, kind = "".join(chars), (_FOLDED if ci else _CASED)
            if len(chars) == i - start:
                # "w(?:as |ere )arrested": the run goes on with what follows it
                rest, nullable = _first_literals(items[i:], flags, P, C) if i < n else (None, True)
                if rest and not nullable and len(rest) <= _MAX_PREFIX_SET and all(k == kind for _s, k in rest):
                    acc.update((run + s, kind) for s, _k in rest)
                    return acc, False
            acc.add((run, kind))
            return acc, False
        if op is C.IN:
            chars_in: set[str] = set()
            digits = False
            for sop, sav in av:
                if sop is C.LITERAL:
                    chars_in.add(chr(sav))
                elif sop is C.RANGE and sav[1] - sav[0] < _MAX_PREFIX_SET:
                    chars_in.update(map(chr, range(sav[0], sav[1] + 1)))
                elif sop is C.CATEGORY and sav is C.CATEGORY_DIGIT:
                    digits = True
                else:
                    return None, False
            if len(chars_in) > _MAX_PREFIX_SET:
                return None, False
            if digits:
                chars_in -= set("0123456789")
                acc.update((c, _DIGIT) for c in "0123456789")
            for ch in chars_in:
                if ci:
                    if ch >= "\x80":
                        return None, False
                    acc.add((ch.lower(), _FOLDED))
                else:
                    acc.add((ch, _CASED))
            return acc, False
        if op is C.SUBPATTERN or op is getattr(C, "ATOMIC_GROUP", None):
            if op is C.SUBPATTERN:
                _group, add_flags, del_flags, sub = av
                sub_flags = (flags | add_flags) & ~del_flags
            else:
                sub, sub_flags = av, flags
            got, nullable = _first_literals(sub.data, sub_flags, P, C)
            if got is None:
                return None, False
            acc |= got
            if not nullable:
                return acc, False
            i += 1
            continue
        if op is C.BRANCH:
            any_nullable = False
            for alt in av[1]:
                got, nullable = _first_literals(alt.data, flags, P, C)
                if got is None:
                    return None, False
                acc |= got
                any_nullable = any_nullable or nullable
            if not any_nullable:
                return acc, False
            i += 1
            continue
        if op in repeats:
            lo, hi, sub = av
            if hi == 0:
                i += 1
                continue
            got, nullable = _first_literals(sub.data, flags, P, C)
            if got is None:
                return None, False
            acc |= got
            if lo >= 1 and not nullable:
                return acc, False
            i += 1
            continue
        return None, False
    return acc, True


def _required_literals(items: list, flags: int, P, C) -> list[set[tuple[str, int]]]:
    """Sets of literals such that every match of the parsed sequence ``items`` contains
    one literal of each set (anywhere), as ``{(text, kind)}``, most selective first:
    the sequence's runs of literals and its required groups."""
    found: list[set[tuple[str, int]]] = []
    ci = bool(flags & C.SRE_FLAG_IGNORECASE)
    kind = _FOLDED if ci else _CASED
    run: list[str] = []
    repeats = tuple(getattr(C, k) for k in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, k))
    for op, av in items:
        if op is C.LITERAL:
            ch = chr(av)
            if not ci or ch < "\x80":
                run.append(ch.lower() if ci else ch)
                continue
        if run:
            found.append({("".join(run), kind)})
            run = []
        if op is C.SUBPATTERN:
            found += _required_literals(av[3].data, (flags | av[1]) & ~av[2], P, C)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            found += _required_literals(av.data, flags, P, C)
        elif op is C.BRANCH:
            # one set per alternative: their union is required
            union: set[tuple[str, int]] = set()
            for alt in av[1]:
                got = _required_literals(alt.data, flags, P, C)
                if not got:
                    break
                union |= got[0]
            else:
                found.append(union)
        elif op in repeats and av[0] >= 1:
            found += _required_literals(av[2].data, flags, P, C)
    if run:
        found.append({("".join(run), kind)})
    found.sort(key=lambda lits: (-min(len(x) for x, _k in lits), len(lits)))
    return found


def _lean(lits: set[tuple[str, int]] | None, *, prefixes: bool) -> tuple[tuple[str, int], ...] | None:
    """The literals without the redundant ones: for prefixes a longer one that starts
    with a shorter one ("jan" covers "january"), for required literals one that
    contains a shorter one."""
    if not lits:
        return None
    keep = [(s, k) for s, k in lits
            if not any(o != s and ok == k and (s.startswith(o) if prefixes else o in s) for o, ok in lits)]
    return tuple(sorted(keep))


def _required(sets: list[set[tuple[str, int]]]) -> tuple[tuple[tuple[str, int], ...], ...] | None:
    """The few most selective required sets (see :func:`_required_literals`), lean."""
    out = tuple(lean for lits in sets[:4] if (lean := _lean(lits, prefixes=False)))
    return out or None


#: How a pattern's matches can be found: per arm (an alternative of the pattern), the
#: literal prefixes its matches begin with (None: unknown) and sets of literals such
#: that they contain one literal of each set (None: unknown). A text without any
#: literal of one of an arm's sets has no match of that arm.
_Arms = tuple[tuple[tuple[tuple[str, int], ...] | None, tuple[tuple[tuple[str, int], ...], ...] | None], ...]


def _arms(rx: re.Pattern[str]) -> _Arms | None:
    """The arms of a compiled pattern (see :data:`_Arms`); None when nothing helps."""
    if not isinstance(rx.pattern, str):
        return None
    try:
        from re import _constants as C, _parser as P

        tree = P.parse(rx.pattern, rx.flags)
        flags = tree.state.flags
        items = list(tree.data)
        # the alternatives of the first thing the pattern consumes, when it is the
        # whole pattern but for zero-width assertions ("(?<![\w-])(?:A|B|C)(?![\w])")
        zero_width = (C.AT, C.ASSERT, C.ASSERT_NOT)
        body = [it for it in items if it[0] not in zero_width]
        alts = None
        inner_flags = flags
        while len(body) == 1:
            op, av = body[0]
            if op is C.BRANCH:
                alts = av[1]
                break
            if op is not C.SUBPATTERN:
                break
            inner_flags = (inner_flags | av[1]) & ~av[2]
            body = [it for it in av[3].data if it[0] not in zero_width]
            if len(body) != len(av[3].data):
                break  # an assertion inside the group: read the pattern as one arm
        arms = []
        if alts is not None:
            for alt in alts:
                pre, nullable = _first_literals(alt.data, inner_flags, P, C)
                if nullable:
                    alts = None
                    break
                arms.append((_lean(pre, prefixes=True), _required(_required_literals(alt.data, inner_flags, P, C))))
        if alts is None:
            pre, nullable = _first_literals(items, flags, P, C)
            arms = [(None if nullable else _lean(pre, prefixes=True), _required(_required_literals(items, flags, P, C)))]
    except Exception:  # another Python's parser: scan the plain way
        return None
    if all(pre is None and req is None for pre, req in arms):
        return None
    return tuple(arms)


class _Hay:
    """A text, its case-folded copy (None when folding is not exact for it), and where
    the patterns scanned in it can start (memoised)."""

    __slots__ = ("text", "fold", "digits", "starts")

    def __init__(self, text: str) -> None:
        self.text = text
        self.fold: str | None = None if any(u in text for u in _UNFOLDABLE) else text.lower()
        # \d also matches other scripts' decimal digits: the ASCII ones are its prefixes only without them
        self.digits: str | None = text if text.isascii() or not any(
            c.isdecimal() for c in set(text) if c >= "\x80") else None
        self.starts: dict[_Arms, list[int] | None] = {}

    def find(self, arms: _Arms) -> list[int] | None:
        """The sorted positions where a match of the arms can start; None when there
        are too many to be worth it, or when they cannot be told exactly in this text."""
        got = self.starts.get(arms, False)
        if got is not False:
            return got  # type: ignore[return-value]
        self.starts[arms] = got = self._find(arms)
        return got

    def _hay(self, kind: int) -> str | None:
        return self.text if kind == _CASED else self.fold if kind == _FOLDED else self.digits

    def _find(self, arms: _Arms) -> list[int] | None:
        limit = len(self.text) // 16 + 4
        out: list[int] = []
        n_lits = 0
        for pre, req in arms:
            if req is not None:
                absent = False
                for lits in req:
                    for lit, kind in lits:
                        hay = self._hay(kind)
                        if hay is None:
                            return None
                        if lit in hay:
                            break
                    else:
                        absent = True
                        break
                if absent:
                    continue  # no match of this arm anywhere
            if pre is None:
                return None
            for lit, kind in pre:
                hay = self._hay(kind)
                if hay is None:
                    return None
                find = hay.find
                j = find(lit)
                while j >= 0:
                    out.append(j)
                    j = find(lit, j + 1)
                if len(out) > limit:
                    return None
                n_lits += 1
        if n_lits > 1:
            out = sorted(set(out))
        return out


_HAYS: dict[str, _Hay] = {}
_hays_size = [0]


def _hay(text: str) -> _Hay:
    h = _HAYS.get(text)
    if h is None:
        if len(_HAYS) >= 32 or _hays_size[0] > _HAY_CHARS:
            _HAYS.clear()
            _hays_size[0] = 0
        h = _HAYS[text] = _Hay(text)
        _hays_size[0] += len(text)
    return h


class _Scan:
    """A compiled pattern whose ``finditer``/``search`` try it only where a match can
    start; the matches are exactly those of the pattern (same spans, groups, order).

    ``doc`` and ``offset`` say that ``text`` is ``doc[offset:offset + len(text)]``:
    the prefixes are then looked up once in ``doc`` for all its pieces.
    """

    __slots__ = ("rx", "_arms")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self._arms: _Arms | None | bool = False  # read on first use

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    @property
    def flags(self) -> int:
        return self.rx.flags

    @property
    def arms(self) -> _Arms | None:
        if self._arms is False:
            self._arms = _arms(self.rx)
        return self._arms  # type: ignore[return-value]

    def _starts(self, text: str, pos: int, end: int, doc: str | None, offset: int) -> list[int] | None:
        """Sorted candidate starts in ``[pos, end)`` (a superset of the match starts), or
        None to scan the plain way."""
        if end - pos < 48:
            return None
        arms = self.arms
        if arms is None:
            return None
        if doc is None:
            doc, offset = text, 0
        cands = _hay(doc).find(arms)
        if cands is None:
            return None
        if offset or pos or end < len(doc):
            i, j = bisect_left(cands, pos + offset), bisect_left(cands, end + offset)
            if j - i > (end - pos) // 16 + 4:
                return None
            cands = cands[i:j]
            if offset:
                cands = [p - offset for p in cands]
        return cands

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, *,
                 doc: str | None = None, offset: int = 0) -> Iterator[re.Match[str]]:
        """``rx.finditer(text, pos, endpos)``."""
        n = len(text)
        end = n if endpos is None or endpos > n else max(endpos, 0)
        pos = min(max(pos, 0), n)
        starts = self._starts(text, pos, end, doc, offset)
        if starts is None:
            return self.rx.finditer(text, pos, end)
        return self._iter(text, starts, end)

    def _iter(self, text: str, starts: list[int], end: int) -> Iterator[re.Match[str]]:
        match = self.rx.match
        after = -1
        for p in starts:
            if p < after:
                continue
            m = match(text, p, end)
            if m is not None:
                yield m
                after = m.end()

    def search(self, text: str, pos: int = 0, endpos: int | None = None, *,
               doc: str | None = None, offset: int = 0) -> re.Match[str] | None:
        """``rx.search(text, pos, endpos)``."""
        n = len(text)
        end = n if endpos is None or endpos > n else max(endpos, 0)
        pos = min(max(pos, 0), n)
        starts = self._starts(text, pos, end, doc, offset)
        if starts is None:
            return self.rx.search(text, pos, end)
        match = self.rx.match
        for p in starts:
            m = match(text, p, end)
            if m is not None:
                return m
        return None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``rx.match(text, pos, endpos)``."""
        return self.rx.match(text, pos, len(text) if endpos is None else endpos)


#: The patterns above, scanned only where a match can start (same matches).
_SCANS: list[tuple[str, _Scan]] = [(kind, _Scan(pat)) for kind, pat in _PATTERNS]
_FUTURE_SCAN = _Scan(_FUTURE)


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
