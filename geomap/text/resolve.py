"""Resolving recognised names at document level: one geographic story per document.

Demonyms name their country. Names the gazetteer ranks as countries,
first-level divisions, seas and continents anchor the document; their countries
and the demonyms' vote for the countries the document is about, which become
hints for the other names; places already placed become context; a candidate
near the other names' candidates is preferred; "X, Y" makes Y qualify X; and one
name has one sense per document. A country's name that is also a town beside
the document's other places means the town ("Lebanon" beside Boone County,
Indiana).

Examples
--------
>>> from geomap.gazetteer import Gazetteer
>>> text = "Clashes in Aleppo, Syria."
>>> [(m.text, m.place.country_code) for m in
...  resolve_spans(text, [(11, 17), (19, 24)], gazetteer=Gazetteer())]  # doctest: +SKIP
[('Aleppo', 'SY'), ('Syria', 'SY')]
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import replace as _dc_replace
from typing import Any, Sequence

from geomap._geo import haversine_km
from geomap.exc import InputError
from geomap.gazetteer.countries import country_name
from geomap.gazetteer.normalize import normalize_name, strip_generic
from geomap.model import Mention, Place
from geomap.text._lexicon import Lexicon, lexicon
from geomap.text._tokens import COUNTRY_CODES, DIVISION_CODES, WIDE_CODES
from geomap.text.recognise import Span
from geomap.text.rules import Rules, load_rules

__all__ = ["resolve_mentions", "resolve_spans"]

#: Score factor of a town that answers to the name only through an alternate
#: name ("Maryville" for Beeville, "Berea" for Aleppo) when some place bears it as its own.
_ALIAS_ONLY_FACTOR = 0.85
#: Most context points passed to the gazetteer for one name (the document's first places).
_MAX_CONTEXT = 25
#: Weight of spatial agreement with the document's other names when choosing among candidates.
_SUPPORT_WEIGHT = 0.5
#: Distance (km) over which a neighbour's support decays by a factor e.
_SUPPORT_KM = 150.0
#: A town named like a country is meant when it lies this close (km) to the document's other places.
_LOCAL_KM = 60.0
#: Feature codes that make a name an anchor of the document when it is the best candidate.
_ANCHOR_CODES = DIVISION_CODES | {"CONT", "OCN", "SEA", "GULF", "RGN"}
_ADJECTIVE_AFTER = re.compile(r" [^\W\d_]")

Sense = tuple[Place | None, tuple[Place, ...]]


def resolve_spans(text: str, spans: Sequence[tuple[int, int]], *, gazetteer: Any, rules: Rules | None = None,
                  country_hints: Sequence[str] | str | None = None) -> list[Mention]:
    """Resolve given character spans (recognition done elsewhere) at document level.

    Used to measure resolution alone on gold toponyms: each span is resolved with
    the same document-level rules as :func:`geomap.text.document.find_places`
    (countries named as hints, other places as context, one sense per name, "X, Y"
    qualifiers).

    Parameters
    ----------
    text : str
    spans : sequence of (start, end)
        Offsets into ``text``; spans out of range raise :class:`InputError`.
    gazetteer : geomap.gazetteer.Gazetteer
        Where names are looked up.
    rules : geomap.text.rules.Rules, optional
        Language rules (default: English, :func:`~geomap.text.rules.load_rules`).
    country_hints : str or list of str, optional
        ISO 3166 alpha-2 codes of the countries the document is about.

    Returns
    -------
    list of Mention
        One per span, in the order given.

    Examples
    --------
    >>> from geomap.gazetteer import Gazetteer
    >>> [m.place.name for m in resolve_spans("Shelling near Qaim.", [(14, 18)],
    ...                                      gazetteer=Gazetteer())]  # doctest: +SKIP
    ['Al Qa’im']
    """
    lex = lexicon(rules if rules is not None else load_rules("en"))
    demonyms = lex.demonyms
    order = sorted(range(len(spans)), key=lambda j: spans[j][0])
    items: list[Span] = []
    for j in order:
        s, e = spans[j]
        if not (0 <= s < e <= len(text)):
            raise InputError(f"span ({s}, {e}) is outside the text of {len(text)} characters")
        surface = text[s:e]
        low = surface.lower()
        state = lex.state_abbreviations.get(surface)
        if low in demonyms:
            items.append(Span(s, e, surface, low, "demonym", demonyms[low]))
        else:
            items.append(Span(s, e, surface, normalize_name(state or surface), "toponym", query=state or ""))
    resolved = _resolve(items, text, gazetteer, _hints(country_hints), lex)
    out: list[Mention] = [None] * len(spans)  # type: ignore[list-item]
    for j, m in zip(order, resolved):
        out[j] = m
    return out


def resolve_mentions(text: str, spans: Sequence[Span], *, gazetteer: Any, rules: Rules | None = None,
                     country_hints: Sequence[str] | str | None = None) -> list[Mention]:
    """Resolve the spans :func:`geomap.text.recognise.recognise` found, at document level.

    Parameters
    ----------
    text : str
        The text the spans point into.
    spans : sequence of Span
        In text order.
    gazetteer : geomap.gazetteer.Gazetteer
        Where names are looked up.
    rules : geomap.text.rules.Rules, optional
        Language rules (default: English).
    country_hints : str or list of str, optional
        ISO 3166 alpha-2 codes of the countries the document is about.

    Returns
    -------
    list of Mention
        One per span, in the same order; ``place`` is None when a name did not resolve.

    Examples
    --------
    >>> from geomap.gazetteer import Gazetteer
    >>> from geomap.text.recognise import recognise
    >>> gaz, text = Gazetteer(), "Clashes in Aleppo, Syria."
    >>> [m.place.country_code for m in
    ...  resolve_mentions(text, recognise(text, gazetteer=gaz), gazetteer=gaz)]  # doctest: +SKIP
    ['SY', 'SY']
    """
    lex = lexicon(rules if rules is not None else load_rules("en"))
    return _resolve(list(spans), text, gazetteer, _hints(country_hints), lex)


def _hints(country_hints: Sequence[str] | str | None) -> list[str] | None:
    """Country hints as a list ("SY,IQ" -> ["SY", "IQ"]); the gazetteer checks the codes."""
    if isinstance(country_hints, str):
        return [c.strip() for c in country_hints.split(",") if c.strip()]
    return list(country_hints) if country_hints else None


def _km(a: Place, b: Place) -> float:
    return haversine_km(a.longitude, a.latitude, b.longitude, b.latitude)


def _country_of_hint(code: str, gaz: Any, lex: Lexicon, surface: str = "") -> Place | None:
    """The country (or continent) record a demonym points at."""
    if code in lex.continents:
        for p in gaz.candidates(normalize_name(lex.continents[code])):
            if p.feature_code == "CONT":
                return p
        return None
    keys = [normalize_name(surface)] if surface else []
    name = country_name(code)
    if name:
        keys.append(normalize_name(name))
    keys.append(normalize_name(code))
    for key in keys:
        for p in gaz.candidates(key):
            if p.country_code == code and p.feature_code in COUNTRY_CODES:
                return p
    return None


def _lookup(gaz: Any, sp: Span, country: list[str] | None, context: list[tuple[float, float]] | None,
            lex: Lexicon, limit: int = 8) -> list[Place]:
    """Ranked candidates for a span; "Laurel County" falls back to "Laurel" when the division is unknown."""
    query = sp.query or sp.text
    got = gaz.resolve(query, country=country, context=context, limit=limit, fuzzy=False)
    if not got:
        words = query.split()
        if len(words) >= 2 and words[-1].lower() in lex.lookup_fallback:
            base = words[:-2] if len(words) >= 3 and words[-2].lower() in lex.compass_particles else words[:-1]
            got = gaz.resolve(" ".join(base), country=country, context=context, limit=limit, fuzzy=False)
        elif len(words) >= 2 and words[0].lower() in lex.feature_fallback_before:
            got = gaz.resolve(" ".join(words[1:]), country=country, context=context, limit=limit, fuzzy=False)
    return _prefer_own_names(got, _own_key(query))


@functools.lru_cache(maxsize=200_000)
def _own_key(name: str) -> str:
    """The normalised key of a name without its generic word ("Laurel County" -> "laurel")."""
    return normalize_name(strip_generic(name)[0])


def _prefer_own_names(ranked: list[Place], key: str) -> list[Place]:
    """Rank places whose own name is the query above towns that only list it as an alternate name."""
    if len(ranked) < 2:
        return ranked
    own = [_own_key(p.name) == key for p in ranked]
    if all(own) or not any(own):
        return ranked
    rescored: list[Place] = []
    for p, is_own in zip(ranked, own):
        alias_only = not is_own and p.feature_code.startswith("PPL") and p.feature_code != "PPLC"
        if alias_only:
            p = _dc_replace(p, score=round(p.score * _ALIAS_ONLY_FACTOR, 6))
        rescored.append(p)
    rescored.sort(key=lambda p: -p.score)
    return rescored


def _qualified(best_of_qualifier: Place, ranked: Sequence[Place]) -> Place | None:
    """The candidate that lies in the division or country a "X, Y" qualifier names."""
    q = best_of_qualifier
    for p in ranked:
        if q.feature_code in COUNTRY_CODES and p.country_code == q.country_code and p.feature_code not in COUNTRY_CODES:
            return p
        if q.feature_code.startswith("ADM1") and p.country_code == q.country_code and p.admin1 and \
                (p.admin1 == q.admin1 or p.admin1 == q.name):
            return p
    return None


def _resolve(spans: list[Span], text: str, gaz: Any, country_hints: Sequence[str] | None,
             lex: Lexicon) -> list[Mention]:
    """Resolve recognised spans at document level (one sense per name)."""
    user_hints: list[str] = [c.strip().upper() for c in (country_hints or []) if c.strip()]
    sense: dict[str, Sense] = {}
    votes: Counter[str] = Counter()
    # demonyms name their country
    for sp in spans:
        if sp.kind == "demonym" and sp.country:
            if sp.country not in sense:
                place = _country_of_hint(sp.country, gaz, lex, sp.text)
                sense[sp.country] = (place, (place,) if place else ())
            if len(sp.country) == 2:
                votes[sp.country] += 1
    topos = [sp for sp in spans if sp.kind == "toponym"]
    first: dict[str, list[Place]] = {}
    for sp in topos:
        if sp.key not in first:
            first[sp.key] = _lookup(gaz, sp, user_hints or None, None, lex, limit=25)
    anchors = _anchors(text, topos, first)
    counts = Counter(sp.key for sp in topos)
    for key, p in anchors.items():
        if p.country_code:
            votes[p.country_code] += counts[key]
    doc_countries = list(dict.fromkeys(user_hints + [c for c, _ in votes.most_common(3)]))
    for key, p in anchors.items():
        sense[key] = (p, tuple(first[key]))
    # the rest: countries named as hints, places already placed as context; two rounds
    pending = [k for k in dict.fromkeys(sp.key for sp in topos) if k not in anchors and first.get(k)]
    by_key = {sp.key: sp for sp in topos}
    anchor_pts = [(p.longitude, p.latitude) for p in anchors.values() if p.feature_code not in COUNTRY_CODES
                  and p.feature_code not in ("CONT", "OCN", "SEA", "RGN")]
    choice = _agreeing_choice(gaz, pending, by_key, doc_countries, anchor_pts, lex)
    for _round in range(2):
        changed = False
        for key in pending:
            ctx = list(dict.fromkeys(
                [(round(lon, 2), round(lat, 2)) for lon, lat in anchor_pts]
                + [(round(p.longitude, 2), round(p.latitude, 2)) for k, p in choice.items() if k != key]))
            got = _lookup(gaz, by_key[key], doc_countries or None, ctx[:_MAX_CONTEXT] or None, lex)
            if got:
                old = choice.get(key)
                changed |= old is None or old.geonameid != got[0].geonameid or old.name != got[0].name
                choice[key] = got[0]
                sense[key] = (got[0], tuple(got))
        if not changed:
            break  # a second round would give the same answers
    _prefer_local_towns(sense, anchors, choice, first, votes, counts)
    for key in first:
        if key not in sense:
            sense[key] = (None, tuple(first[key]))
    out = []
    for sp in spans:
        if sp.kind == "demonym":
            place, cs = sense.get(sp.country or "", (None, ()))
            kind = "adjective" if _ADJECTIVE_AFTER.match(text, sp.end) \
                and not sp.text.lower().endswith(lex.plural_endings) else "demonym"
            out.append(Mention(sp.text, sp.start, sp.end, kind, place, tuple(cs)))
        else:
            place, cs = sense.get(sp.key, (None, ()))
            out.append(Mention(sp.text, sp.start, sp.end, "toponym", place, cs[:5]))
    return out


def _anchors(text: str, topos: list[Span], first: dict[str, list[Place]]) -> dict[str, Place]:
    """Names whose sense is settled before the rest: qualified ones, and unrivalled wide places.

    "Paris, Tenn." / "Qaim, Iraq": the second name qualifies the first. A name
    whose best candidate is a country, a first-level division, a sea or a
    continent, with no such rival in another country, anchors the document.
    """
    qualifier: dict[str, Place] = {}
    for a, b in zip(topos, topos[1:]):
        if text[a.end:b.start].strip() == "," and b.start - a.end <= 3:
            qb = first.get(b.key) or []
            if qb and qb[0].feature_code in DIVISION_CODES:
                qualifier.setdefault(a.key, qb[0])
    anchors: dict[str, Place] = {}
    for key, ranked in first.items():
        if not ranked:
            continue
        best = ranked[0]
        if key in qualifier:
            q = _qualified(qualifier[key], ranked)
            if q is not None:
                anchors[key] = q
                continue
        rivals = [p for p in ranked[1:] if p.feature_code in DIVISION_CODES and p.country_code != best.country_code]
        if best.feature_code in _ANCHOR_CODES and not rivals:
            anchors[key] = best
    return anchors


def _agreeing_choice(gaz: Any, pending: list[str], by_key: dict[str, Span], doc_countries: list[str],
                     anchor_pts: list[tuple[float, float]], lex: Lexicon) -> dict[str, Place]:
    """A first choice for each pending name: a candidate near some candidate of the other names wins.

    Each candidate's gazetteer score gains :data:`_SUPPORT_WEIGHT` times the mean,
    over the other names, of ``exp(-d / 150 km)`` to the nearest of their candidates.
    """
    choice: dict[str, Place] = {}
    if len(pending) < 2:
        return choice
    pools = {k: _lookup(gaz, by_key[k], doc_countries or None, anchor_pts or None, lex, limit=6) for k in pending}
    for key in pending:
        pool = pools[key]
        if len(pool) < 2:
            if pool:
                choice[key] = pool[0]
            continue
        others = [pools[k] for k in pending if k != key and pools[k]]
        best, best_s = pool[0], -1.0
        for c in pool:
            support = 0.0
            for other in others:
                dmin = min(_km(c, o) for o in other)
                support += math.exp(-dmin / _SUPPORT_KM)
            s_ = c.score + _SUPPORT_WEIGHT * support / max(1, len(others))
            if s_ > best_s:
                best, best_s = c, s_
        choice[key] = best
    return choice


def _prefer_local_towns(sense: dict[str, Sense], anchors: dict[str, Place], choice: dict[str, Place],
                        first: dict[str, list[Place]], votes: Counter[str], counts: Counter[str]) -> None:
    """A country name that is also a town beside the document's other places means the town.

    "Palestine" in a report on Darke County, Ohio, or "Lebanon" beside Boone
    County, Indiana: when nothing else in the document (no other place, no
    demonym) is in that country, and a populated place of the same name lies
    within :data:`_LOCAL_KM` of a place the document names, that town is meant.
    """
    local = {k: p for k, p in list(anchors.items()) + list(choice.items()) if p.feature_code not in WIDE_CODES}
    if not local:
        return
    for key, p in anchors.items():
        if p.feature_code not in COUNTRY_CODES or votes[p.country_code] > counts[key]:
            continue
        pts = [q for k, q in local.items() if k != key]
        if not pts or any(q.country_code == p.country_code for q in pts):
            continue
        near = [c for c in first[key] if c.feature_code.startswith("PPL")
                and min(_km(c, q) for q in pts) <= _LOCAL_KM]
        if near:
            town = max(near, key=lambda c: (c.population or 0))
            sense[key] = (town, (town,) + tuple(c for c in first[key] if c is not town))
