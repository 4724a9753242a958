"""One incident told over several places, split as the text says.

Conflict monitors (ACLED's coders first among them) write one note for fighting on
several fronts and say how they counted it: "Unknown fatalities coded as 10 and spread
across three locations", "20 fatalities split up between 3 events". Such a text is
several events, one per place it lists, and its toll is divided among them the way
the coders divide it (equal shares, the remainder to the first places: 10 over 3 is
4, 3, 3). :func:`split_stated` does this for the incidents whose own sentences carry
such a statement and list at least that many places; others are left whole (a text
that only lists places is one incident with its most specific place).

The words are the language's: ``rules/en/incident_split.re`` (the statement, with the
number of parts in the group ``n``) and ``number_words.tsv`` (number words).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Sequence

from geomap.gazetteer.countries import country_name
from geomap.gazetteer.normalize import ARTICLES
from geomap.model import Incident, Mention, Place
from geomap.text.fatalities import TollRules, num_value
from geomap.text.incident_places import area_point, place_rank

__all__ = ["split_stated"]

#: No text splits one event over more parts than this: a larger number is a misreading.
_MAX_PARTS = 12


def split_stated(incidents: Sequence[Incident], text: str, mentions: Sequence[Mention],
                 rx: tuple[re.Pattern[str], re.Pattern[str]], tolls: TollRules, gazetteer: Any = None) -> list[Incident]:
    """Each incident whose sentences say its toll is split over N places, as N incidents.

    Parameters
    ----------
    incidents : sequence of Incident
        The incidents of ``text``, with their evidence spans.
    text : str
        The document text.
    mentions : sequence of Mention
        The document's place mentions, resolved.
    rx : (re.Pattern, re.Pattern)
        The split statement (``incident_split.re``), with the number of parts in group ``n``, and
        what makes a place a reference point ("west of X": ``incident_split_reference.re``), found
        before it. The statement is looked for from the incident's first sentence up to the
        next incident's (the sentence saying how it was counted often follows the event's).
    tolls : TollRules
        For the value of number words ("three").
    gazetteer : Gazetteer, optional
        Places a division at its seat, as elsewhere.

    Returns
    -------
    list of Incident
        The incidents in order, each split one replaced by its parts in the order the
        text lists their places; each part's ``notes`` says it is one of N.

    Examples
    --------
    >>> from geomap.text.incidents import incident_rules
    >>> ir = incident_rules()
    >>> split_stated([], "", [], (ir.split, ir.split_reference), ir.tolls)
    []
    """
    out: list[Incident] = []
    starts = sorted(inc.evidence[0].start for inc in incidents if inc.evidence)
    for inc in incidents:
        if not inc.evidence:
            out.append(inc)
            continue
        a = inc.evidence[0].start
        b = next((s for s in starts if s > a), len(text))
        parts = _split_one(inc, text, (a, b), mentions, rx, tolls, gazetteer)
        # "... in X. Clashes were also reported in Y and Z. Fatalities coded as 10 and spread across
        # three locations": the statement counts the places of the incidents before it that day too
        k = len(out)
        while len(parts) == 1 and k > 0 and len(out) - k < _MAX_EARLIER and _joins(out[k - 1], inc):
            k -= 1
            parts = _split_one(inc, text, (a, b), mentions, rx, tolls, gazetteer, earlier=out[k:])
            if len(parts) > 1:
                del out[k:]
        out.extend(parts)
    return out


#: Between a place's name and the parentheses after it: one generic word ("Raghwan frontline (Marib)").
_GENERIC_GAP = re.compile(r"\s+[a-z]+\s*")

#: The notes of a whole incident about its one place, which its parts replace with their own.
_PLACE_NOTES = ("location ", "is not in the gazetteer")

#: A split statement counts the places of at most this many incidents told before its own.
_MAX_EARLIER = 2


def _joins(before: Incident, inc: Incident) -> bool:
    """Whether an earlier incident of the text can be one of the parts a later split statement
    counts: the same day, no toll of its own (the statement's toll is the whole), not split."""
    return bool(before.evidence) and before.event_date == inc.event_date and before.fatalities is None \
        and "split" not in before.extra


def _split_one(inc: Incident, text: str, stretch: tuple[int, int], mentions: Sequence[Mention],
               rx: tuple[re.Pattern[str], re.Pattern[str]], tolls: TollRules, gazetteer: Any,
               earlier: Sequence[Incident] = ()) -> list[Incident]:
    """``inc`` as the parts its split statement says, or ``[inc]``; with ``earlier`` (incidents told
    before it, with no toll), their places count first and must make up exactly the N parts."""
    spans = [(e.start, e.end) for e in inc.evidence]
    stated = rx[0].search(text, *stretch)
    if stated is None or _in_parentheses(text, spans + [stretch], stated.start()):
        return [inc]
    n = num_value(stated.group("n"), tolls)
    if n is None or not 2 <= n <= _MAX_PARTS:
        return [inc]
    bases = [*earlier, inc]
    base_spans = [[(e.start, e.end) for e in b.evidence] for b in bases]
    places = _listed_places(text, [sp for group in base_spans for sp in group], mentions, stated.start(), rx[1])
    if len(places) < n or (earlier and len(places) != n):
        return [inc]  # the text does not name the places it splits over: one incident, whole
    places = places[:n]
    toll = inc.fatalities
    shares = [None] * n if toll is None else [toll // n + (1 if k < toll % n else 0) for k in range(n)]
    parts = []
    for k, ((pos, place, precision, conf, unknown), share) in enumerate(zip(places, shares)):
        base = next((b for b, group in zip(bases, base_spans) if any(a <= pos < e for a, e in group)), bases[-1])
        p = area_point(place, gazetteer) if place_rank(place) >= 3 and precision >= 2 else place
        note = f"one of {n} events the text splits its toll over ({stated.group(0).strip()})"
        if toll is not None:
            note += f": {share} of {toll}"
        own = [x for x in base.notes.split("; ") if x and not x.startswith(_PLACE_NOTES) and _PLACE_NOTES[1] not in x]
        if unknown:
            own.append(f"{unknown!r} is not in the gazetteer: placed at {p.name}")
        extra = dict(base.extra, split=[k + 1, n])
        parts.append(replace(
            base, location=p.name, longitude=p.longitude, latitude=p.latitude, geonameid=p.geonameid,
            country=country_name(p.country_code) or p.country_code or base.country,
            admin1=p.admin1 if place_rank(p) < 6 else "", geo_precision=precision, fatalities=share,
            notes="; ".join([*own, note]),
            confidence=base.confidence if p.geonameid == base.geonameid else conf, extra=extra))
    return parts


def _in_parentheses(text: str, spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` is inside parentheses of its sentence ("coded as 0 (a source reported 13
    split across two events)": what another source said, not how this text counts)."""
    a = next((a for a, b in spans if a <= pos < b), pos)
    head = text[a:pos]
    return head.count("(") > head.count(")")


def _parenthesised_area(text: str, m: Mention, mentions: Sequence[Mention]) -> Place | None:
    """The place of the parentheses right after an unknown name, when the gazetteer knows one of the
    names inside: the most specific one it knows ("X (Bayt Al Faqiah, Al Hudaydah)": Al Hudaydah
    when the district is unknown too)."""
    if not text.startswith(" (", m.end):
        return None
    close = text.find(")", m.end)
    if close < 0 or close - m.end > 80:
        return None
    inner = [n.place for n in mentions if m.end < n.start < close and n.place is not None]
    return inner[0] if inner else None


def _name_before(head: str) -> str:
    """The name that ends ``head``: its last capitalised words and the generic word after them
    ("... in Al Fajir front": "Al Fajir front")."""
    words = head.split()
    k = len(words) - 1
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1].lower() in ARTICLES):
        k -= 1
    return " ".join(words[k:]) if k < len(words) - 1 or words[-1][:1].isupper() else words[-1]


def _area_before(m: Mention, mentions: Sequence[Mention]) -> Place | None:
    """The division (not a town, not a country) the text named last before ``m``."""
    area = None
    for n in mentions:
        if n.start >= m.start:
            break
        if n.place is not None and 3 <= place_rank(n.place) < 6:
            area = n.place
    return area


def _listed_places(text: str, spans: list[tuple[int, int]], mentions: Sequence[Mention], before: int,
                   reference: re.Pattern[str]) -> list[tuple[int, Place, int, float | None, str]]:
    """The places the incident's sentences list before the split statement, in order, once each:
    (offset, place, geo_precision, confidence, the name when the gazetteer does not know it). A name in parentheses says where the name before it is
    ("Sirwah (Marib)"), not another place; a country is not a front. A name the gazetteer does
    not know counts with the district the text puts it in: "Bab Ghaliq (Qaatabah, Ad Dali)", or
    a front named before such parentheses that no mention covers ("Jabal al Kirsh front (Al
    Qabbaytah, Lahij)"), at its district, geo_precision 2."""
    found: list[tuple[int, object, Place, int, float | None]] = []
    inside: list[Mention] = []
    counted: set[int] = set()  # the ends of the mentions counted as places
    for m in mentions:
        if m.start >= before or not any(a <= m.start < b for a, b in spans):
            continue
        if _in_parentheses(text, spans, m.start):
            inside.append(m)
            continue
        if reference.search(text[max(0, m.start - 40):m.start]):
            continue
        if m.place is not None:
            place, precision = m.place, (1 if place_rank(m.place) == 1 else 2 if place_rank(m.place) == 3 else 3)
        elif m.within:
            place, precision = m.within[0], 2  # an unknown village or front: the district the text puts it in
        elif (outer := _parenthesised_area(text, m, mentions)) is not None:
            place, precision = outer, 2  # "Al Husayniyah (Bayt Al Faqiah, Al Hudaydah)": its governorate
        elif m.kind == "unknown" and (area := _area_before(m, mentions)) is not None:
            # "in Bab Ghaliq, Habil al Kalb and Habil al Yubi": villages the gazetteer does not know,
            # in the division the text named last; only the division is known
            place, precision = area, 2 if place_rank(area) == 3 else 3
        else:
            continue
        key = place.geonameid if m.place is not None else m.text.lower()  # two villages of one district are two
        found.append((m.start, key, place, precision, m.confidence, m.text if place is not m.place else ""))
        counted.add(m.end)
    # parentheses after a name no mention covers: the name is a place, in the district they give
    ends = {m.end for m in mentions}
    for m in inside:
        opening = text.rfind("(", 0, m.start)
        if opening < 0 or text[opening + 1:m.start].strip().lower() not in ("", *ARTICLES) or m.place is None:
            continue  # only the first name inside the parentheses
        head = text[max(0, opening - 40):opening].rstrip()
        if any(opening - 3 <= e <= opening for e in ends) or not head or not head[-1:].isalpha() \
                or any(opening - 20 <= e < opening and _GENERIC_GAP.fullmatch(text, e, opening) for e in counted):
            continue  # the name before is a mention (counted above: "Raghwan frontline (...)") or there is none
        word = head.split()[-1].lower()
        found.append((opening, f"({word}@{opening}", m.place, 2, m.confidence,
                      _name_before(head)))
    out: list[tuple[int, Place, int, float | None, str]] = []
    seen: set[object] = set()
    for pos, key, place, precision, conf, unknown in sorted(found, key=lambda f: f[0]):
        if place_rank(place) >= 6 or key in seen:
            continue
        seen.add(key)
        out.append((pos, place, precision, conf, unknown))
    return out
