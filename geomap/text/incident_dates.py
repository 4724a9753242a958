"""When an incident happened: which date phrases of a clause are its own, and the story's day.

Date binding, for :mod:`geomap.text.incidents`:

* a clause's own date words bind to it ("early on Wednesday", "On 9 May 2020,"
  at its start, a date after "on", "in", "during": 3; any other date in it: 2;
  a caption's photo date 1.5; a date after a reporting verb, "said on Monday", the
  day of the report: 0.5);
* a date that starts a period ("since cross-border hostilities began in October",
  ``rules/en/incident_date_background.re``) never dates an incident;
* a date in the dateline or byline (:func:`geomap.text.published.header_spans`) is the
  report's day: 0.9, so that it dates an event only when the text gives no other
  day, and never contradicts one;
* :func:`story_day`: when a report states a single day (an ACLED note's "On 7 May
  2020, ..."), an incident told without one in a later sentence is that day;
* :func:`days_from_neighbours`: an incident told "later that night" takes the day of the one
  before it, "a day later" the next day, and "in retaliation" is bounded by it.

The rules object is :class:`geomap.text.incidents.IncidentRules` (its ``date_*``
patterns, ``report_verb``, ``as_reported``, ``dates``).
"""
from __future__ import annotations

import bisect
import re
import datetime as _dt
from dataclasses import replace
from typing import Any, Sequence

from geomap.text.dates import DAY, DateMention, find_dates
from geomap.text.published import header_spans

__all__ = ["dates_conflict", "dates_for", "story_day", "days_from_neighbours"]


def dates_for(text: str, a: int, b: int, published: _dt.date | None, caption: bool,
              doc_dates: list[DateMention] | None, ir: Any,
              header: Sequence[tuple[int, int]] = ()) -> list[tuple[DateMention, float]]:
    """The date phrases of the clause ``text[a:b]`` and how surely each is the event's.

    Parameters
    ----------
    text : str
        The document.
    a, b : int
        The clause's span.
    published : datetime.date or None
    caption : bool
        Whether the clause is a photo caption.
    doc_dates : list of DateMention or None
        The document's dates, found once (None: look in the clause).
    ir : geomap.text.incidents.IncidentRules
    header : sequence of (int, int)
        The dateline and byline spans.

    Returns
    -------
    list of (DateMention, float)
        The clause's dates with their strength (background dates left out).
    """
    res: list[tuple[DateMention, float]] = []
    if doc_dates is None or ir.dates.future.search(text, a, b):
        found = find_dates(text[a:b], published, offset=a, rules=ir.rules, _doc=text)
    else:
        lo = bisect.bisect_left(doc_dates, a, key=lambda d: d.start)  # doc_dates are sorted by start
        found = []
        for d in doc_dates[lo:]:
            if d.start >= b:
                break
            if d.end <= b:
                found.append(d)
    for d in found:
        before = text[max(a, d.start - 40):d.start]
        if ir.date_background.search(text[max(a, d.start - 70):d.start]):
            continue
        if d.kind == "relative" and ir.date_adjective.match(text, d.end):
            continue  # "an overnight raid": which night, the story says
        recovery = ir.date_recovery.search(text, max(a, d.start - 90), d.start) is not None
        if any(s <= d.start and d.end <= e for s, e in header):
            strength = 0.9
        elif ir.report_verb.search(before):
            strength = 0.5 if not ir.as_reported.search(before) else 1.2
        elif caption:
            strength = 1.5
        elif ir.date_anchor.search(before) or d.start == a or ir.date_own.match(d.text):
            strength = 3.0
        else:
            strength = 2.0
        if recovery:  # "after rescuers pulled two more bodies from the rubble on Tuesday morning": maybe not the strike's day
            strength = min(strength, 0.5)
        res.append((d, strength))
    return res


def story_day(text: str, found: Sequence[DateMention], ir: Any) -> DateMention | None:
    """The one day a report states for what it tells, if it states exactly one.

    The day-precision dates of the body count, except background ones ("since ..."),
    the report's own (dateline, byline, "said on Monday"); a phrase that relates one
    event to another ("days after", "the day before") means the story has several
    days: then None, as when it names two days (one it cannot place, "on 8 May" with no
    year, counts) or none.

    Parameters
    ----------
    text : str
        The document.
    found : sequence of DateMention
        Its dates (:func:`geomap.text.dates.find_dates` on the whole text, ``future=False``).
    ir : geomap.text.incidents.IncidentRules

    Examples
    --------
    >>> from geomap.text.incidents import incident_rules
    >>> text = "On 7 May 2020, a clash broke out in a village. Two were killed."
    >>> story_day(text, find_dates(text), incident_rules()).text
    '7 May 2020'
    >>> text = "On 7 May 2020, a clash broke out. On 8 May, another."
    >>> story_day(text, find_dates(text), incident_rules()) is None
    True
    """
    header = header_spans(text, rules=ir.rules)
    days: set[_dt.date | str] = set()
    first: DateMention | None = None
    for d in found:
        if d.kind == "bound":
            if d.direction in ("after", "before"):
                return None
            continue
        if d.date is not None and d.precision != DAY or any(s <= d.start and d.end <= e for s, e in header):
            continue
        if ir.date_background.search(text[max(0, d.start - 70):d.start]) or \
                ir.report_verb.search(text[max(0, d.start - 40):d.start]):
            continue
        days.add(d.date or d.text)  # a day it cannot place ("on 8 May", "on Friday") is another day
        first = first or d
    return first if len(days) == 1 and first is not None and first.date is not None else None


def dates_conflict(x_date: DateMention | None, xs: float, y_date: DateMention | None, ys: float) -> bool:
    """Whether two dates (with their strengths) cannot be the same incident's day."""
    if x_date is None or y_date is None or x_date.date is None or y_date.date is None:
        return False
    if xs < 1 or ys < 1:
        return False
    if x_date.precision != DAY or y_date.precision != DAY:
        lo = max(x_date.earliest or x_date.date, y_date.earliest or y_date.date)
        hi = min(x_date.latest or x_date.date, y_date.latest or y_date.date)
        return lo > hi
    diff = abs((x_date.date - y_date.date).days)
    if min(xs, ys) < 2:
        return diff > 1
    return diff > 0


def in_count_subject(d: DateMention, update: re.Match[str] | None, offset: int) -> bool:
    """Whether ``d`` is told inside the subject of a toll update (``update``, found in the clause that starts at
    ``offset``: "The number of people killed in an armed attack on a bar in Celaya late on Tuesday has risen to
    six"): the event's day, not the update's."""
    return update is not None and update.group("uv") is not None \
        and offset + update.start() < d.start and d.end <= offset + update.start("uv")


def said_after_bound(dates: list[tuple[DateMention, float]], text: str,
                     say: re.Pattern[str]) -> list[tuple[DateMention, float]]:
    """A clause's dates without the day its account was given after a day counted from the event before
    ("..., and a roadside bomb killed four soldiers there the following day, security sources told AFP on
    Wednesday": the day after, not Wednesday)."""
    bound = [d.start for d, _s in dates if d.kind == "bound" and d.days]
    if not bound:
        return dates
    return [(d, s) for d, s in dates if d.kind == "bound" or d.start < min(bound) or not say.search(text, min(bound), d.start)]


def days_from_neighbours(incs: list[Any], story: DateMention | None = None,
                         sums: Sequence[tuple[int, DateMention]] = ()) -> None:
    """Give an undated incident told "later that night" / "hours later" the day of the
    incident told just before it (in text order), at that incident's precision; another
    undated one the ``story`` day, the only day the report states (:func:`story_day`), or the day
    of a lead that sums the events told next (``sums``: "killed seven soldiers in two attacks
    on Monday", where each is told, before any event with a day of its own)."""
    last: DateMention | None = None
    lead: DateMention | None = None  # the last sum told so far, while no event with a day of its own came after it
    pending = sorted(sums, key=lambda s: s[0], reverse=True)

    def told_at(i: Any) -> int:  # where the body tells it (a headline that joined it comes first in the text)
        body = [c.start for c in i.parts if not c.headline]
        return min(body) if body else min(c.start for c in i.parts)

    for inc in sorted(incs, key=told_at):
        while pending and pending[-1][0] < told_at(inc):
            lead = pending.pop()[1]
        d, _s = inc.best_date()
        if d is not None and d.date is not None:
            last = d
        elif last is not None and any(c.bound == "same" for c in inc.parts):
            first = min(inc.parts, key=lambda c: c.start)
            first.date, first.date_strength = last, 1.0
            first.same_day = True
        elif last is not None and last.precision == DAY and any(c.bound_days for c in inc.parts):
            # "A day later, a bus struck a landmine": the day counted from the event told before
            first = min(inc.parts, key=lambda c: c.start)
            n = next(c.bound_days for c in inc.parts if c.bound_days)
            day = last.date + _dt.timedelta(days=n)
            first.date = replace(last, date=day, earliest=day, latest=day, kind="relative")
            first.date_strength, first.offset_day = 1.0, True
            last = first.date
        elif last is not None and any(c.bound == "after" for c in inc.parts):
            # "Iran responded by firing ...": after the event told before; the day stays unknown
            min(inc.parts, key=lambda c: c.start).not_before = last.date
        elif last is not None and any(c.bound == "before" for c in inc.parts):
            # "strikes ... in retaliation to a rocket attack": the attack came before them
            min(inc.parts, key=lambda c: c.start).not_after = last.date
        elif story is not None and (d is None or d.date is None) and not any(c.bound for c in inc.parts):
            first = min(inc.parts, key=lambda c: c.start)
            first.date, first.date_strength, first.story_day = story, 1.0, True
        elif lead is not None and (d is None or d.date is None) and not any(c.bound for c in inc.parts):
            first = min(inc.parts, key=lambda c: c.start)
            first.date, first.date_strength, first.story_day = lead, 1.0, True
        if (d := inc.best_date()[0]) is not None and d.date is not None and not any(c.story_day for c in inc.parts):
            lead = None  # an event with a day of its own: the sum told before it sums no later one
