"""Clause roles: what a report states as an event, and what it only sums up or recalls.

A clause that mentions violence is an incident only when the report states it as one:
a specific attack with its own time, place or toll. Two other kinds are told for
context and never become incidents (nor the toll of the incident before them):

- a cumulative **tally**: a period cue ("since October", "so far this year", "according to a
  Reuters tally") with a count of harm ("more than 400 people have been killed") — kept as
  document-level context (:func:`find_tallies`, ``Document.tallies``);
- **background**: earlier events or long stretches of time ("In 2017, a truck bombing ...",
  "the deadliest attack since ...", "has carried out hundreds of strikes"), or a clause whose own
  written date (with its year) lies two months or more before publication.

The English cues are ``rules/en/incident_tally.re``, ``incident_tally_harm.re`` (a period and a
count of harm), ``incident_tally_total.re`` and ``incident_tally_dead.re`` (a total by its own words,
any tense), ``incident_background.re`` and ``incident_period_start.re``.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Sequence

from geomap.model import Tally
from geomap.text._patterns import Patterns
from geomap.text.dates import DateMention, find_dates
from geomap.text.fatalities import toll, toll_rules
from geomap.text.rules import Rules, load_rules
from geomap.text.sentences import split_sentences

__all__ = ["RoleRules", "role_rules", "is_tally", "is_background", "long_before", "find_tallies", "LARGE_TOLL"]

#: A clause dated this many days or more before publication tells background, not the news.
BACKGROUND_DAYS = 60
#: A toll this large with no day of its own is a tally, not an event: a hundred dead on one day is always
#: reported with its day ("More than 1,500 people were killed in the region", with no day, sums many).
LARGE_TOLL = 100
_YEAR_IN = re.compile(r"\b(?:in|of|during)\s+((?:19|20)\d\d)\b")
#: The year before publication's, named without its number ("... on a nearby village last year").
_LAST_YEAR = re.compile(r"\b(?:last|the\s+previous)\s+year\b|\ba\s+year\s+ago\b", re.IGNORECASE)
#: A date in a relative clause ("two Italians who were kidnapped last July") is another event's, not the clause's.
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|that|those|since|after|before)\b[^,.;]{0,40}$", re.IGNORECASE)


class RoleRules(Patterns):
    """The clause-role cues of one language (``incident_tally`` ... as attributes)."""

    def __init__(self, rules: Rules) -> None:
        super().__init__(rules, "incident_", "tally tally_harm tally_total tally_dead background period_start")
        self.rules = rules


def role_rules(rules: Rules | None = None) -> RoleRules:
    """The compiled clause-role rules of ``rules`` (English by default), built once per :class:`Rules`."""
    return (rules or load_rules("en")).derived("text.roles", RoleRules)


def is_tally(clause: str, rr: RoleRules) -> bool:
    """Whether a clause is a cumulative tally.

    Examples
    --------
    >>> rr = role_rules()
    >>> is_tally("More than 400 people have been killed since October, a tally shows.", rr)
    True
    >>> is_tally("An air strike killed three people on Wednesday.", rr)
    False
    """
    if rr.tally_dead.search(clause) is not None and rr.tally_total.search(clause) is not None:
        return True  # "the total number of civilians killed", "has claimed more than 9,000 lives"
    return rr.tally_harm.search(clause) is not None and rr.tally.search(clause) is not None


def is_background(clause: str, rr: RoleRules) -> bool:
    """Whether a clause tells background ("In 2017, a truck bombing killed ...").

    Examples
    --------
    >>> is_background("In 2017, a truck bombing in the city killed hundreds.", role_rules())
    True
    """
    return rr.background.search(clause) is not None


def _next_year(day: _dt.date) -> _dt.date:
    if day.year >= _dt.MAXYEAR:
        return _dt.date.max
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day + _dt.timedelta(days=365)


def long_before(text: str, dates: Sequence[tuple[DateMention, float]], published: _dt.date | None,
                rr: RoleRules, clause: tuple[int, int] | None = None) -> bool:
    """Whether a clause's own written dates (``(date, strength)`` pairs, the year written or inferred) all lie
    :data:`BACKGROUND_DAYS` or more before publication ("on Oct. 7, 2023" in a report of June 2024);
    a date that only starts or ends a period ("unpaid since July 2011") does not count. A clause
    (``text[a:b]``) with no day of its own and only a year before publication's ("was hit in 2022 by an air
    strike") is background too."""
    if published is None:
        return False
    if clause is not None and not any(d.date is not None and s >= 1 for d, s in dates):  # (a dateline's day is not its own)
        a, b = clause
        years = [int(m.group(1)) for m in _YEAR_IN.finditer(text, a, b)
                 if not _RELATIVE_BEFORE.search(text[max(a, m.start() - 45):m.start()])]  # not "those abducted in 2014"
        years += [published.year - 1 for m in _LAST_YEAR.finditer(text, a, b)
                  if not _RELATIVE_BEFORE.search(text[max(a, m.start() - 45):m.start()])]
        if years and max(years) < published.year:
            return True
    # a written day or month, its year written or inferred ("In December" in an April report is last December;
    # not "15-18 February" in a report of 15 February, put a year back only because it ends after publication)
    written = [d for d, s in dates if d.date is not None and d.kind == "absolute" and s >= 2
               and (d.explicit_year or (_next_year(d.date) - published).days > 31
                    or text[max(0, d.start - 5):d.start].lower() == "last ")  # "Last February": the year before
               and not rr.period_start.search(text[max(0, d.start - 12):d.start])
               and not (not d.explicit_year and _RELATIVE_BEFORE.search(text[max(0, d.start - 45):d.start]))]
    return bool(written) and all((published - (d.latest or d.date)).days >= BACKGROUND_DAYS for d in written)


#: A figure that may reach :data:`LARGE_TOLL` ("1,500", "300", "hundreds"): only then is a sentence's toll read.
_LARGE_NUMBER = re.compile(r"\d{3}|\d,\d{3}|\b(?:hundreds?|thousands?)\b", re.IGNORECASE)
#: The date mentions that name a day of their own (not a period, a bound or a month).
_DAY_KINDS = frozenset({"weekday", "relative", "absolute"})


def find_tallies(text: str, *, rules: Rules | None = None) -> list[Tally]:
    """The cumulative tallies a report gives, with their toll when stated.

    Examples
    --------
    >>> [(t.fatalities, t.qualifier) for t in find_tallies(
    ...     "A strike killed two. More than 400 people have been killed since October, a tally shows.")]
    [(400, 'more than')]
    """
    rr = role_rules(rules)
    tr = toll_rules(rr.rules)
    out = []
    for a, b in split_sentences(text, rules=rr.rules):
        sentence = text[a:b]
        tally = is_tally(sentence, rr)
        if not tally and not _LARGE_NUMBER.search(sentence):
            continue
        # the sentence with its date phrases blanked, so "since 2015" is not read as a toll
        dates = find_dates(sentence, None, future=False, rules=rr.rules)
        masked = list(sentence)
        for d in dates:
            masked[d.start:d.end] = " " * (d.end - d.start)
        n, qualifier, _strength, _additive = toll("".join(masked), 0, len(sentence), tr)
        if tally or (n is not None and n >= LARGE_TOLL and not any(d.kind in _DAY_KINDS for d in dates)):
            out.append(Tally(sentence.strip(), a, b, n, qualifier))
    return out
