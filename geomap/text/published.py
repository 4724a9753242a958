"""The publication date a report states about itself: its dateline, byline, headline or HTML metadata.

When no publication date is given, relative dates ("on Saturday", "yesterday")
have nothing to resolve against; most reports say when they were written:

* a wire dateline at the start of a line near the top ("BEIRUT, March 27
  (Reuters) - ", "KABUL, Afghanistan, 9 May 2020 (AP) - ", "June 9, 2024 - "),
  its region with connector words ("BENI, Democratic Republic of Congo, Sept 11,
  2025 (AP) - "); a town in Titlecase only in the wire shape, with the agency in
  parentheses and/or a dash after the date ("Pemba, Mozambique, 26 Sep 2025
  (Lusa) - "); a town and an outlet joined by a dash or a slash ("Qamishli -
  North Press, February 18, 2026 - ", a line "Shafaq News / Anbar - 22/01/2026");
* a date line or byline ("Published: 12 March 2024", "Updated 9:40 AM EDT,
  June 9, 2024", "By Jane Doe | June 9, 2024");
* HTML tags left at the top of a text (``<meta property="article:published_time"
  content=...>``, ``<time datetime=...>``), read by :func:`published_in_html`;
* a headline, the first line, that ends with a full date ("LIVE: Strikes on south
  Lebanon - latest updates, October 22, 2025"), when nothing above gives one;
* in an HTML page, its metadata: ``<meta property="article:published_time">``,
  JSON-LD ``datePublished``, ``<meta name="date" | "pubdate" | "publishdate" |
  "DC.date.issued">``, ``<time datetime=...>``.

A numeric date in a dateline or byline is read only when its order is certain (a
number above 12 is the day: "22/01/2026", "01/22/2026"); "05/04/2026" gives no
date, and :attr:`Published.note` says why. Body text never has its numbers read
as dates here ("a score of 3/4").

A dateline without a year ("March 27") is anchored by a full date: in the
byline or the HTML tags (the most recent such day not after it, or up to 31 days
after), else in a line before the dateline, a headline or a photo caption (the
first such day on or after it, only within 31 days; several such dates must
agree). Without one, and given the day the text is read, its year is the one,
of that day's last five returns, in which it is the weekday the report files on
("officials said on Wednesday"; five years never repeat a day's weekday); the
source is then ``dateline, year inferred`` and :attr:`Published.note` says how.
Otherwise it gives no date, and :attr:`Published.note` says so.

The patterns are the language's (``rules/en/published_dateline.re``,
``published_byline.re``, ``published_headline.re``, ``published_numeric.re``);
:mod:`geomap.text.dates` reads the dates in them.

Examples
--------
>>> p = published_in_text("KABUL, Afghanistan, 9 May 2020 (AP) - Gunmen attacked a checkpoint.")
>>> (p.date.isoformat(), p.source)
('2020-05-09', 'dateline')
>>> published_in_html('<meta property="article:published_time" content="2024-03-12T08:00:00Z">').date
datetime.date(2024, 3, 12)
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from geomap.exc import InputError
from geomap.text.dates import DAY, DateMention, find_dates, parse_published
from geomap.text.rules import Rules, load_rules

__all__ = ["Published", "published_in_text", "published_in_html", "header_spans"]

#: The dateline and byline are looked for in this many first characters (a headline and a standfirst may come first).
HEADER_WITHIN = 600
#: A "Published ..." line this near the end of a story (after its last paragraph) is its byline too.
TAIL_WITHIN = 300
#: The word of a byline after which its publication date comes, anywhere in the line.
_PUBLISHED_WORD = re.compile(r"\b(?:(?:first\s+)?published|posted|as\s+of)\b", re.IGNORECASE)
_BYLINE_DATE_WORD = re.compile(r"\s*(?:(?:first\s+)?published|posted|date[ \t]+published|publication[ \t]+date)\b",
                               re.IGNORECASE)


class _Shifted:
    """A byline match found in the story's tail, with its offsets in the whole text."""

    def __init__(self, m: re.Match[str], offset: int) -> None:
        self._m, self._offset = m, offset

    def group(self, name: int | str = 0) -> str | None:
        return self._m.group(name)

    def start(self) -> int:
        return self._m.start() + self._offset

#: The metadata of an HTML page that give its publication date, best first: (attribute value, source name).
_META = (
    ("article:published_time", "html meta article:published_time"),
    ("datepublished", "html meta datePublished"),
    ("dc.date.issued", "html meta DC.date.issued"),
    ("dcterms.issued", "html meta DC.date.issued"),
    ("pubdate", "html meta pubdate"),
    ("publishdate", "html meta publishdate"),
    ("date", "html meta date"),
)
_JSON_LD = "html json-ld datePublished"
_TIME = "html time"
_LEADING_DAY = re.compile(r"\s*(\d{4}-\d\d-\d\d)")
#: The HTML tags that can state a publication date (in a text, where they were left at the top).
_HTML_TAG = re.compile(r"<(?:meta|time|script)\b[^<>]*>(?:[^<>\n]{0,80}</time>)?", re.IGNORECASE)


@dataclass(frozen=True)
class Published:
    """A publication date read from a document, and where it was read.

    Attributes
    ----------
    date : datetime.date or None
        None when the document does not state it.
    source : str
        ``dateline`` (``dateline, year inferred``: see :func:`published_in_text`), ``byline``,
        ``headline``, ``html meta <name>``, ``html json-ld
        datePublished``, ``html time`` (also for HTML tags left in a text); '' when no date
        was found.
    text : str
        The date as written.
    start, end : int
        Its span in the text (-1 for an HTML page's metadata).
    note : str
        Why there is no date when the document almost gives one ("the dateline
        'March 27' gives no year", a numeric date that reads both ways); '' otherwise.
    """

    date: _dt.date | None
    source: str = ""
    text: str = ""
    start: int = -1
    end: int = -1
    note: str = ""


def _full_days(found: list[DateMention]) -> list[DateMention]:
    return [d for d in found if d.date is not None and d.explicit_year and d.precision == DAY]


def header_spans(text: str, *, rules: Rules | None = None) -> list[tuple[int, int]]:
    """The spans of a text's dateline, date lines or bylines and HTML tags (near its top), and of
    the date ending its headline when there is no dateline.

    A date inside one of them is the report's own date, not an event's.

    Examples
    --------
    >>> header_spans("June 9, 2024 - Gunmen attacked a checkpoint on Saturday.")
    [(0, 15)]
    """
    rules = rules or load_rules("en")
    head = text[:HEADER_WITHIN]
    spans = []
    dl = rules.regex("published_dateline").search(head)
    if dl:
        spans.append(dl.span())
    spans.extend(m.span() for m in rules.regex("published_byline").finditer(head))
    spans.extend(m.span() for m in _HTML_TAG.finditer(head))
    hl = rules.regex("published_headline").match(text)
    if hl and not dl:
        spans.append(hl.span("date"))
    tail_at = max(len(head), len(text) - TAIL_WITHIN)
    spans.extend((m.start() + tail_at, m.end() + tail_at) for m in _tail_bylines(text[tail_at:], rules))
    return sorted(spans)


def _tail_bylines(tail: str, rules: Rules) -> list[re.Match[str]]:
    """Byline lines at the end of a story ("Published Nov 6, 2025 08:30 GMT" after the last paragraph)."""
    return [m for m in rules.regex("published_byline").finditer(tail) if not m.group("updated")
            and _BYLINE_DATE_WORD.match(m.group(0))]


def published_in_text(text: str, *, rules: Rules | None = None, today: _dt.date | None = None) -> Published:
    """The publication date a text gives in its dateline, byline, HTML tags or headline.

    The dateline's day wins (relative dates in wire copy count from it); then a
    byline's publication date, then HTML tags left in the text, then a byline's
    "Updated" date, then a headline that ends with a full date.

    Parameters
    ----------
    text : str
        The document's text (HTML already reduced to text).
    rules : Rules, optional
        The language rules (English by default).
    today : datetime.date, optional
        The day the text is read. A dateline without a year and without a full date elsewhere
        in the header is dated only with it: the one of that day's last five yearly returns,
        not after ``today`` nor before the latest year the text names, whose weekday is the
        filing day the report names ("said on Thursday"); ``note`` says the year was inferred.
        Without ``today`` such a dateline gives no date.

    Returns
    -------
    Published
        ``date`` None (and ``source`` '') when the text states none.

    Examples
    --------
    >>> p = published_in_text("BEIRUT, March 27 (Reuters) - Shelling hit a village.\\nPublished 27 March 2024")
    >>> (p.date.isoformat(), p.source, p.text)
    ('2024-03-27', 'dateline', 'March 27')
    >>> published_in_text("BEIRUT, March 27 (Reuters) - Shelling hit a village.").note
    "the dateline gives 'March 27' without a year: no publication date"
    >>> published_in_text("Aden - Gulf Desk, 05/04/2026 - Shelling hit a village.").note
    "the dateline gives '05/04/2026', which reads as day/month or as month/day: no publication date"
    """
    rules = rules or load_rules("en")
    head = text[:HEADER_WITHIN]
    notes: list[tuple[str, DateMention]] = []   # why a date that is almost there gives none
    by_lines: list[tuple[bool, str, DateMention]] = []   # (a revision's, source, the full date)
    by_weekday: list[tuple[bool, str, DateMention]] = []   # the same, of a numeric date read by the weekday named
    tail_at = max(len(head), len(text) - TAIL_WITHIN)
    bylines = list(rules.regex("published_byline").finditer(head))
    bylines += [_Shifted(m, tail_at) for m in _tail_bylines(text[tail_at:], rules)]
    for m in bylines:
        line, at = m.group(0), m.start()
        w = _PUBLISHED_WORD.search(line)
        if w is not None:  # "Reporting period: 11 - 17 October 2024 | Published 18 October 2024": the latter
            line, at = line[w.end():], at + w.end()
        found = find_dates(line, None, offset=at, rules=rules)
        if not _full_days(found):
            found += _numeric_dates(line, at, rules)
        days = _full_days(found)
        if days:
            by_lines.append((bool(m.group("updated")), "byline", days[0]))
        # "Published: 10/03/2024" with "officials said Sunday": 10 March, a Sunday (when nothing else dates it)
        by_weekday += [(False, "byline", replace(d, date=day, precision=DAY)) for d in found if _is_ambiguous(d)
                       and (day := _by_weekday(text, _numeric_readings(d.text, rules), rules)) is not None]
        notes += [(_ambiguous(d, "byline"), d) for d in found if _is_ambiguous(d)]
    tag = _html_in_head(head)
    if tag is not None:
        by_lines.append((False, *tag))
    by_lines.sort(key=lambda u_s_d: u_s_d[0])  # publication dates before revisions (stable: text order)
    dl = rules.regex("published_dateline").search(head)
    if dl:
        a = dl.start("date")
        found = [d for d in find_dates(dl.group("date"), None, offset=a, rules=rules) if d.kind == "absolute"]
        found = found or _numeric_dates(dl.group("date"), a, rules)
        if found:
            d = found[0]
            if d.date is not None and d.explicit_year:
                return Published(d.date, "dateline", d.text, d.start, d.end)
            if _is_ambiguous(d):
                day = _by_weekday(text, _numeric_readings(d.text, rules), rules)
                if day is not None and not by_lines:
                    return Published(day, "dateline", d.text, d.start, d.end,
                                     note=f"the dateline gives {d.text!r}; its day/month order is the one whose "
                                          f"weekday the report names")
                notes.insert(0, (_ambiguous(d, "dateline"), d))
            else:
                x = _anchored(dl, by_lines, head, rules)
                if x is not None:
                    return Published(x.date, "dateline", x.text, x.start, x.end)
                readings = [] if by_lines or today is None else _yearless_readings(dl.group("date"), text, today, rules)
                day = _by_weekday(text, readings, rules)
                if day is not None:
                    return Published(day, "dateline, year inferred", d.text, d.start, d.end,
                                     note=f"the dateline gives {d.text!r} without a year: the year is inferred, the one "
                                          f"of the last five up to {today.isoformat()} in which that day is the weekday "
                                          f"the report names")
                return Published(None, "", d.text, d.start, d.end,
                                 note=f"the dateline gives {d.text!r} without a year: no publication date")
    by_lines = by_lines or by_weekday
    if by_lines:
        _, source, d = by_lines[0]
        return Published(d.date, source, d.text, d.start, d.end)
    hl = rules.regex("published_headline").match(text)
    if hl:
        days = _full_days(find_dates(hl.group("date"), None, offset=hl.start("date"), rules=rules))
        if days:
            return Published(days[0].date, "headline", days[0].text, days[0].start, days[0].end)
    if notes:
        why, d = notes[0]
        return Published(None, "", d.text, d.start, d.end, note=why)
    return Published(None)


def _anchored(dl: re.Match[str], by_lines: list[tuple[bool, str, DateMention]], head: str,
              rules: Rules) -> DateMention | None:
    """The day of a dateline without a year, from a full date elsewhere in the header; None if none fits.

    A byline's or HTML tag's date gives the most recent such day not after it, or up to 31
    days after it. A full date in a line before the dateline (a headline, a photo caption)
    gives the first such day on or after it, and only within 31 days; several such dates
    must agree.
    """
    a = dl.start("date")
    if by_lines:  # the year of the byline's full date: the most recent such day, or up to 31 days on
        anchor = by_lines[0][2].date
        for x in find_dates(dl.group("date"), anchor, offset=a, future=True, rules=rules):
            if x.kind == "absolute" and x.date is not None:
                return x
    line_at = head.rfind("\n", 0, dl.start()) + 1
    fits: dict[_dt.date, DateMention] = {}
    for anchor in {d.date for d in _full_days(find_dates(head[:line_at], None, rules=rules))}:
        # the most recent such day not after anchor + 31 days is the first on or after anchor, if any
        for x in find_dates(dl.group("date"), anchor + _dt.timedelta(days=31), offset=a, future=False, rules=rules):
            if x.kind == "absolute" and x.date is not None and x.date >= anchor:
                fits.setdefault(x.date, x)
    return next(iter(fits.values())) if len(fits) == 1 else None


#: A year the text names ("since October 2023", "in 2024"), for a dateline without one.
_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/-])")


def _by_weekday(text: str, readings: list[_dt.date], rules: Rules) -> _dt.date | None:
    """The one of ``readings`` whose weekday is a filing day the report names ("said on Tuesday",
    ``published_weekday.re``); None unless the report names one or two such weekdays and one reading fits
    ("said on Tuesday ... said on Wednesday", the day before and the day of filing)."""
    named = {m.group("day").lower() for m in rules.regex("published_weekday").finditer(text)}
    if not 1 <= len(named) <= 2 or not readings:
        return None
    fits = [d for d in readings if d.strftime("%A").lower() in named]
    return fits[0] if len(fits) == 1 else None


def _numeric_readings(s: str, rules: Rules) -> list[_dt.date]:
    """Both readings of an ambiguous numeric date ("10/12/2024": 10 December or October 12; a dotted one,
    "10.12.2024", is day.month.year only)."""
    m = rules.regex("published_numeric").search(s)
    if m is None:
        return []
    x, y, year = int(m.group("first")), int(m.group("second")), int(m.group("year"))
    out = []
    for month, day in ((y, x),) if m.group("sep") == "." else ((y, x), (x, y)):
        try:
            out.append(_dt.date(year, month, day))
        except ValueError:
            pass
    return out


def _yearless_readings(date_text: str, text: str, today: _dt.date, rules: Rules) -> list[_dt.date]:
    """A yearless dateline's day ("March 27") in each of its last five returns up to ``today`` (five
    consecutive years never share a weekday for one day), none before the latest year the text names."""
    named = [y for y in map(int, _YEAR.findall(text)) if y <= today.year]
    out = []
    for year in range(today.year - 5, today.year + 1):
        for x in find_dates(date_text, _dt.date(year, 12, 31), future=False, rules=rules):
            if (x.kind == "absolute" and x.date is not None and x.date.year == year and x.date <= today
                    and year >= max(named, default=year)):
                out.append(x.date)
    return out[-5:]


def _numeric_dates(s: str, offset: int, rules: Rules) -> list[DateMention]:
    """The numeric dates of a dateline or byline ("22/01/2026"); one that could be day/month or
    month/day ("05/04/2026") is a mention without a date (see :func:`_is_ambiguous`)."""
    out = []
    for m in rules.regex("published_numeric").finditer(s):
        x, y, year = int(m.group("first")), int(m.group("second")), int(m.group("year"))
        span = dict(text=m.group(0), start=m.start() + offset, end=m.end() + offset, kind="absolute",
                    explicit_year=True)
        dotted = m.group("sep") == "."  # "05.03.2025": day.month.year, as everywhere dots separate a date
        if x <= 12 and y <= 12 and x != y and not dotted:
            out.append(DateMention(date=None, precision=None, **span))
            continue
        month, day = (y, x) if x > 12 or x == y or dotted else (x, y)
        try:
            d = _dt.date(year, month, day)
        except ValueError:  # "31/02/2026", "13/13/2026": not a date
            continue
        out.append(DateMention(date=d, precision=DAY, earliest=d, latest=d, **span))
    return out


def _is_ambiguous(d: DateMention) -> bool:
    return d.date is None and d.explicit_year


def _ambiguous(d: DateMention, where: str) -> str:
    return f"the {where} gives {d.text!r}, which reads as day/month or as month/day: no publication date"


def _html_in_head(head: str) -> tuple[str, DateMention] | None:
    """The publication date of HTML tags left at the top of a text, read by :func:`published_in_html`."""
    if not _HTML_TAG.search(head):
        return None
    p = published_in_html(head)
    if p.date is None:
        return None
    at = head.find(p.text)
    span = (at, at + len(p.text)) if at >= 0 else (-1, -1)
    return p.source, DateMention(p.text, *span, date=p.date, precision=DAY, kind="absolute", explicit_year=True,
                                 earliest=p.date, latest=p.date)


class _Meta(HTMLParser):
    """The date-bearing metadata of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.times: list[tuple[bool, str]] = []   # (marked as the publication's, datetime)
        self.json_ld: list[str] = []
        self._in_ld = False
        self._ld: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"]
        elif tag == "time" and a.get("datetime"):
            marked = "pubdate" in a or a.get("itemprop", "").lower() == "datepublished"
            self.times.append((marked, a["datetime"]))
        elif tag == "script" and a.get("type", "").strip().lower() == "application/ld+json":
            self._in_ld, self._ld = True, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_ld:
            self._in_ld = False
            self.json_ld.append("".join(self._ld))

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self._ld.append(data)


def _day(value: str) -> _dt.date | None:
    """The day of a metadata date ("2024-03-12T08:00:00+03:00", "2024-03-12", "12 March 2024")."""
    m = _LEADING_DAY.match(value or "")
    try:
        if m:
            return _dt.date.fromisoformat(m.group(1))
        return parse_published(value.strip())
    except (ValueError, InputError):
        return None


def _ld_published(node: object, depth: int = 0) -> str:
    """The first ``datePublished`` in a JSON-LD value (objects, lists, ``@graph``)."""
    if depth > 6:
        return ""
    if isinstance(node, dict):
        v = node.get("datePublished")
        if isinstance(v, str) and v.strip():
            return v
        node = list(node.values())
    if isinstance(node, list):
        for x in node:
            if isinstance(x, (dict, list)):
                v = _ld_published(x, depth + 1)
                if v:
                    return v
    return ""


def published_in_html(markup: str) -> Published:
    """The publication date in an HTML page's metadata.

    Looked for, best first: ``<meta property="article:published_time">``, JSON-LD
    ``datePublished``, ``<meta itemprop="datePublished">``, ``<meta name="DC.date.issued"
    | "pubdate" | "publishdate" | "date">``, a ``<time>`` marked as the publication's
    (``pubdate``, ``itemprop="datePublished"``), then the first ``<time datetime>``.

    Parameters
    ----------
    markup : str
        The page as written.

    Returns
    -------
    Published
        ``source`` names the element ("html meta article:published_time"); ``date``
        None when the page states none that reads as a date.

    Examples
    --------
    >>> published_in_html('<time datetime="2020-05-09T06:00">9 May</time>').source
    'html time'
    """
    parser = _Meta()
    try:
        parser.feed(markup)
        parser.close()
    except (ValueError, AssertionError):  # malformed markup: keep what was read
        pass
    found: list[tuple[str, str]] = []
    for key, name in _META[:1]:
        if key in parser.meta:
            found.append((parser.meta[key], name))
    for block in parser.json_ld:
        try:
            v = _ld_published(json.loads(block))
        except ValueError:
            continue
        if v:
            found.append((v, _JSON_LD))
    for key, name in _META[1:]:
        if key in parser.meta:
            found.append((parser.meta[key], name))
    found += [(v, _TIME) for marked, v in parser.times if marked]
    found += [(v, _TIME) for marked, v in parser.times[:1] if not marked]
    for value, name in found:
        d = _day(value)
        if d is not None:
            return Published(d, name, value.strip())
    return Published(None)
