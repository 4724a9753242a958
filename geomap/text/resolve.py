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
from dataclasses import replace as _dc_replace
from typing import Any, Sequence


from geomap._geo import haversine_km
from geomap.exc import InputError
from geomap.gazetteer.countries import countries, country_name
from geomap.gazetteer.normalize import ARTICLES, normalize_name, strip_generic
from geomap.model import Mention, Place
from geomap.text._lexicon import Lexicon, lexicon
from geomap.text._ranking import FEATURES, Weights, load_weights
from geomap.text._story import Area, Name, containers, inside
from geomap.text._tokens import COUNTRY_CODES
from geomap.text.recognise import Span
from geomap.text.rules import Rules, load_rules

__all__ = ["resolve_mentions", "resolve_spans", "hint_list"]

#: Score factor of a town that answers to the name only through an alternate
#: name ("Maryville" for Beeville, "Berea" for Aleppo) when some place bears it as its own.
_ALIAS_ONLY_FACTOR = 0.85
#: Distance (km) over which a neighbour's support decays by a factor e.
_SUPPORT_KM = 150.0
_ADJECTIVE_AFTER = re.compile(r" [^\W\d_]")
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")

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
    resolved = _resolve(items, text, gazetteer, hint_list(country_hints), lex)
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
    return _resolve(list(spans), text, gazetteer, hint_list(country_hints), lex)


def hint_list(country_hints: Sequence[str] | str | None) -> list[str] | None:
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


_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")


def _says_settlement(text: str, sp: Span, lex: Lexicon) -> bool:
    """Whether a mention names itself a town, in lower case after it: "Mawlaik town", "Hasakah city"."""
    m = _WORD_AFTER.match(text, sp.end)
    return m is not None and m.group(1) in lex.settlement_after


def _says_division(text: str, sp: Span, lex: Lexicon) -> bool:
    """Whether a mention names itself a division: "Homs province", "Kani Township", "Boone County"."""
    last = sp.text.rsplit(None, 1)[-1].lower()
    m = _WORD_AFTER.match(text, sp.end)
    return last in lex.division_words or (m is not None and m.group(1).lower() in lex.division_words)


@functools.lru_cache(maxsize=200_000)
def _content_words(name: str) -> int:
    """Words of a name that are not articles: "Al Marazah" is one word, "Tal Tamer" two."""
    return sum(1 for w in re.split(r"[\s\-\u2010-\u2015]+", name.lower()) if w and w not in ARTICLES)


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


#: Below this (calibrated) confidence a name stays unresolved, its candidates kept: better unknown than wrong.
MIN_CONFIDENCE = 0.35
#: A candidate outside the document's area, this far (km) from all of it, is never chosen without
#: evidence of its own (the text putting it in its country).
_FAR_KM = 1500.0
#: A town this close to the division its name also names is that division's own town ("Ariha city", "Ariha District").
_SEAT_KM = 15.0
#: Kinds of place a name means wherever a story is (countries, seas, oceans, continents).
_WIDE = COUNTRY_CODES | {"CONT", "OCN", "SEA", "GULF", "STRT"}
#: A city this large, named by its own name, may be meant in a report about anywhere.
_WORLD_CITY_POP = 250_000
#: A candidate outside the area matched only by another of its names ("Mambasa", an old spelling of Mombasa, in a
#: report of Ituri), this far (km) from all of it, is never chosen without evidence of its own.
_ALIAS_FAR_KM = 400.0
#: Candidates per name the model scores (the gazetteer's best first).
_POOL = 12
_RANKED_CODES = {"country": COUNTRY_CODES, "adm1": frozenset({"ADM1", "ADM1H"}),
                 "adm2": frozenset({"ADM2", "ADM3", "ADM4", "ADMD"}),
                 "seat": frozenset({"PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLG"}),
                 "facility": frozenset({"AIRP", "AIRB", "AIRF", "AIRH", "MILB", "INSM"}),
                 "natural": frozenset({"SEA", "OCN", "GULF", "STRT", "STM", "LK", "RGN", "CONT", "ISL", "MTS",
                                       "DSRT", "VAL", "BAY"})}
_INDEX = {f: i for i, f in enumerate(FEATURES)}


def _resolve(spans: list[Span], text: str, gaz: Any, country_hints: Sequence[str] | None,
             lex: Lexicon, weights: Weights | None = None, trace: list | None = None) -> list[Mention]:
    """Resolve recognised spans as one geographic story (one sense per name).

    ``trace``, when a list, receives ``(span index, candidate, features)`` for every
    candidate scored in the last round (what ``benchmarks/fit_resolution.py`` fits on).
    """
    w = weights or load_weights()
    hints: list[str] = [c.strip().upper() for c in (country_hints or []) if c.strip()]
    for h in hints:
        if not _COUNTRY_CODE.match(h):
            raise InputError(f"country hint {h!r} is not an ISO 3166-1 alpha-2 code; give one like 'LB' or 'SY'")
    area = Area(hints)
    sense: dict[str, Sense] = {}
    conf: dict[str, float] = {}
    # demonyms name their country, and vote for it
    for sp in spans:
        if sp.kind == "demonym" and sp.country:
            if sp.country not in sense:
                place = _country_of_hint(sp.country, gaz, lex, sp.text)
                sense[sp.country] = (place, (place,) if place else ())
                conf[sp.country] = 0.95 if place else 0.0
            if len(sp.country) == 2:
                area.vote(sp.country, 1.0)
    names: dict[str, Name] = {}
    for i, sp in enumerate(spans):
        if sp.kind != "toponym":
            continue
        nm = names.get(sp.key)
        if nm is None:
            query = sp.query or sp.text
            nm = names[sp.key] = Name(sp.key, query, _content_words(query))
            nm.candidates = _lookup(gaz, sp, None, None, lex, limit=25)
        nm.spans.append(i)
    for nm in names.values():
        nm.division = all(_says_division(text, spans[i], lex) for i in nm.spans)
        nm.settlement = all(_says_settlement(text, spans[i], lex) for i in nm.spans)
    first = {k: nm.candidates for k, nm in names.items()}
    contained_in = containers(text, spans, first)
    for i, outer in contained_in.items():
        nm = names[spans[i].key]
        for j in outer:
            k = list(names).index(spans[j].key)
            if k not in nm.containers:
                nm.containers.append(k)
    order = list(names.values())
    # what the names themselves say of the area: countries and first-level divisions, unrivalled
    for nm in order:
        best = nm.candidates[0] if nm.candidates else None
        if best is None:
            continue
        if best.feature_code in COUNTRY_CODES or best.feature_code in ("ADM1", "ADM1H"):
            rivals = {c.country_code for c in nm.candidates[:6]
                      if c.feature_code == best.feature_code and c.country_code != best.country_code}
            if not rivals:
                area.vote(best.country_code, 2.0 * len(nm.spans) if best.feature_code in COUNTRY_CODES else 1.5, nm.key)
    # names the gazetteer does not know as written: other transliterations, then misspellings, in the area
    _area_candidates(gaz, order, area)
    # rounds: choose; let the surest choices vote for the area; choose again; a country's name
    # beside its namesake town's neighbours is the town; choose for the last time
    _choose(order, area, hints, w, None)
    empty = not area
    for nm in order:
        p = nm.choice
        if p is None or p.feature_code in COUNTRY_CODES or p.country_code == "":
            continue
        if empty and nm.confidence >= 0.5:  # nothing in the text says where the story is: its places do
            area.vote(p.country_code, 0.5 * len(nm.spans), nm.key, weak=True)
        elif nm.confidence >= 0.8 and nm.words > 1 and nm.match == "exact":
            area.vote(p.country_code, 1.0, nm.key)  # "Boone County": a whole name of several words, surely placed
    _area_candidates(gaz, order, area)
    changed = _choose(order, area, hints, w, None)
    if _prefer_local_towns(order, area):
        _choose(order, area, hints, w, None)
        _prefer_local_towns(order, area)
        changed = True
    if changed or trace is not None:  # else the last round would choose as the one before
        _choose(order, area, hints, w, trace)
        _prefer_local_towns(order, area)
    within: dict[str, tuple[Place, ...]] = {}
    for nm in order:
        sense[nm.key] = (nm.choice, tuple(nm.candidates))
        conf[nm.key] = round(nm.confidence, 3) if nm.choice is not None else 0.0
        within[nm.key] = tuple(dict.fromkeys(order[k].choice for k in nm.containers if order[k].choice is not None))
    out = []
    for sp in spans:
        if sp.kind == "demonym":
            place, cs = sense.get(sp.country or "", (None, ()))
            kind = "adjective" if _ADJECTIVE_AFTER.match(text, sp.end) \
                and not sp.text.lower().endswith(lex.plural_endings) else "demonym"
            out.append(Mention(sp.text, sp.start, sp.end, kind, place, tuple(cs),
                               conf.get(sp.country or "") if place else None))
        else:
            place, cs = sense.get(sp.key, (None, ()))
            kind = "toponym" if place is not None or names[sp.key].match == "exact" and cs else "unknown"
            out.append(Mention(sp.text, sp.start, sp.end, kind, place, cs[:5],
                               conf.get(sp.key) if place else None, within.get(sp.key, ())))
    return out


def _area_candidates(gaz: Any, order: list[Name], area: Area) -> None:
    """Candidates for the names with none: loose-key and misspelling matches inside the area only."""
    countries = area.countries(strong=True)
    if not countries:
        return
    for nm in order:
        if nm.candidates and nm.match == "exact":
            continue
        got = gaz.loose_candidates(nm.query, countries)
        match = "loose"
        if not got and len(nm.key) >= 5:
            got = [p for p in gaz.resolve(nm.query, country=countries, limit=8, fuzzy=True) if p.fuzzy]
            match = "fuzzy"
        if got:
            nm.candidates, nm.match = got, match


def _container_places(order: list[Name], nm: Name) -> list[Place]:
    """Where a name's containers may be: each container's choice, and its divisions of the same country."""
    out: list[Place] = []
    for k in nm.containers:
        c = order[k]
        if c.choice is None:
            out.extend(p for p in c.candidates[:4] if p.feature_code in COUNTRY_CODES | {"ADM1", "ADM2"})
            continue
        out.append(c.choice)
        out.extend(p for p in c.candidates[:8] if p.country_code == c.choice.country_code
                   and p.feature_code in ("ADM1", "ADM2", "ADM3") and p is not c.choice)
    return out


def _choose(order: list[Name], area: Area, hints: Sequence[str], w: Weights, trace: list | None) -> bool:
    """One round: every name's best candidate by the model, given the others' current choices."""
    anchors = [(k, nm.choice) for k, nm in enumerate(order) if nm.choice is not None
               and nm.choice.feature_code not in COUNTRY_CODES and nm.choice.feature_code not in ("CONT", "OCN", "SEA")]
    pools = [nm.candidates[:_POOL] for nm in order]
    # the other names' places as (name index, lon, lat in radians, cos lat), for the support features
    points = [(a_k, math.radians(a.longitude), math.radians(a.latitude), math.cos(math.radians(a.latitude)))
              for a_k, a in anchors]
    area_list = area.countries()
    changed = False
    for k, nm in enumerate(order):
        pool = pools[k]
        if not pool or nm.local_town:
            continue
        inner = _container_places(order, nm) if nm.containers else []
        own_area = area.countries(without=nm.key) if nm.key in area.by else area_list  # a name never vouches for itself
        # the places the text puts in this one: a candidate holding them rules out those that do not
        held = [m.choice for m in order if k in m.containers and m.choice is not None]
        holds = bool(held) and any(inside(h, c) for c in pool for h in held)
        best, best_p = None, -1.0
        allowed: list[tuple[float, Place]] = []
        # the user's countries: a candidate there rules out the same name elsewhere
        hinted = bool(hints) and any(c.country_code in hints for c in pool)
        # "Homs province": the division, when the gazetteer has it, not the city
        adm_only = nm.division and any(c.feature_code.startswith("ADM") for c in pool)
        static = nm.static.get(id(nm.candidates))
        if static is None:  # what the other names cannot change, once per candidate list
            top_key = _own_key(nm.query)
            whole = normalize_name(nm.query)
            owners = [c for c in pool if normalize_name(c.name) == whole]
            unique = owners[0] if len(owners) == 1 else None
            xs = [_static_features(nm, c, j, hints, top_key, c is unique) for j, c in enumerate(pool)]
            static = nm.static[id(nm.candidates)] = [(x, w.score(x)) for x in xs]
        if own_area:
            votes = area.votes_without(nm.key)
            top_votes = max(votes.values(), default=0.0)
        else:
            votes, top_votes = {}, 0.0
        others = [pt for pt in points if pt[0] != k]
        for j, c in enumerate(pool):
            xs, z = static[j]
            dists = _distances_km(c, others) if others else None
            dyn = _dynamic_features(c, votes, top_votes, inner, dists)
            z += sum(w.values[i] * v for i, v in dyn)
            p = 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0
            if trace is not None:
                x = list(xs)
                for i, v in dyn:
                    x[i] = v
                for si in nm.spans:
                    trace.append((si, c, x))
            if nm.containers and inner and not any(inside(c, q) for q in inner):
                continue  # the text puts it elsewhere: never this candidate
            if holds and not any(inside(h, c) for h in held):
                continue
            if _far_outside(c, own_area, nm, inner, min(dists) if dists else None):
                continue
            if hinted and c.country_code not in hints and c.feature_code not in _WIDE:
                continue
            allowed.append((p, c))
        if adm_only and any(c.feature_code.startswith("ADM") for _, c in allowed):
            allowed = [(p, c) for p, c in allowed if c.feature_code.startswith("ADM")]
        elif nm.settlement and any(c.feature_code.startswith("PPL") for _, c in allowed):
            lead = max(allowed, key=lambda pc: pc[0])[1]
            allowed = [(p, c) for p, c in allowed if c.feature_code.startswith("PPL")]  # "Mawlaik town": not the district
            seat = [(p, c) for p, c in allowed if not lead.feature_code.startswith("PPL") and c.country_code == lead.country_code
                    and haversine_km(c.longitude, c.latitude, lead.longitude, lead.latitude) <= _SEAT_KM]
            allowed = seat or allowed  # "Ariha city" in a story about Idlib: the district's own town, not Jericho
        for p, c in allowed:
            if p > best_p:
                best, best_p = c, p
        top = pool[0]
        if (best is None or best_p < MIN_CONFIDENCE) and top.feature_code in _WIDE and not nm.containers \
                and not any(c.feature_code in _WIDE and c.country_code != top.country_code for c in pool[1:]):
            # a country, sea or continent no other country, sea or continent shares the name of:
            # the name says where the story is, whatever else is near
            best, best_p = top, max(best_p, 0.95)
        conf = w.confidence(best_p) if best is not None else 0.0
        if best is not None and conf < MIN_CONFIDENCE:
            best = None
        old = nm.choice
        nm.choice, nm.confidence = best, conf if best is not None else 0.0
        changed |= (old is None) != (best is None) or (old is not None and best is not None and old is not best
                                                      and (old.geonameid, old.name) != (best.geonameid, best.name))
    return changed


def _far_outside(c: Place, area_list: Sequence[str], nm: Name, inner: list[Place], nearest_km: float | None) -> bool:
    """A candidate outside the area and far from all of it (``nearest_km`` from the other names'
    places), with no evidence of its own."""
    if not area_list or c.country_code in area_list or c.feature_code in COUNTRY_CODES \
            or c.feature_code in ("CONT", "OCN", "SEA", "GULF", "RGN"):
        return False
    if inner and any(inside(c, q) for q in inner):
        return False  # "Paris, Texas": the text says where it is
    if nm.match == "exact" and nm.words > 1:
        return False  # a whole name of several words is evidence enough (the model weighs it)
    if nm.match == "exact" and (c.feature_code in ("PPLC", "ADM1") or (c.population or 0) >= _WORLD_CITY_POP) \
            and _own_key(c.name) == _own_key(nm.query):
        return False  # London, Cairo, Texas: known far beyond their country
    # one word, a transliteration or a misspelling: never from another part of the world
    near = [nearest_km] if nearest_km is not None else []
    near += [haversine_km(c.longitude, c.latitude, lon, lat) for lon, lat in _country_points(tuple(area_list))]
    nearest = min(near, default=None)
    far_km = _FAR_KM if _own_key(c.name) == _own_key(nm.query) else _ALIAS_FAR_KM
    return nearest is None or nearest > far_km


@functools.lru_cache(maxsize=4096)
def _country_points(codes: tuple[str, ...]) -> list[tuple[float, float]]:
    """(lon, lat) of the countries' points (GeoNames' own country points)."""
    table = countries()
    return [(c.longitude, c.latitude) for code in codes if (c := table.get(code)) is not None
            and c.longitude is not None and c.latitude is not None]


def _static_features(nm: Name, c: Place, j: int, hints: Sequence[str], top_key: str, unique: bool) -> list[float]:
    """The features of candidate ``c`` (the ``j``-th of name ``nm``) that the other names do not change."""
    x = [0.0] * len(FEATURES)
    x[_INDEX["bias"]] = 1.0
    x[_INDEX["prior"]] = c.score
    x[_INDEX["top"]] = 1.0 if j == 0 else 0.0
    x[_INDEX["own_name"]] = 1.0 if _own_key(c.name) == top_key else 0.0
    x[_INDEX["unique_name"]] = 1.0 if unique else 0.0
    x[_INDEX["log_pop"]] = min(math.log10((c.population or 0) + 1) / 7.0, 1.0)
    code = c.feature_code
    for feat, codes in _RANKED_CODES.items():
        if code in codes:
            x[_INDEX[feat]] = 1.0
    if nm.match == "loose":
        x[_INDEX["loose"]] = 1.0
    elif nm.match == "fuzzy" or c.fuzzy:
        x[_INDEX["fuzzy"]] = 1.0
    if hints and c.country_code in hints:
        x[_INDEX["in_hint"]] = 1.0
    x[_INDEX["ambiguity"]] = math.log1p(len(nm.candidates)) / 3.0
    x[_INDEX["one_word"]] = 1.0 if nm.words == 1 else 0.0
    return x


def _distances_km(c: Place, points: list[tuple[int, float, float, float]]) -> list[float]:
    """Great-circle km from ``c`` to each point (name index, lon and lat in radians, cos lat)."""
    lon1, lat1 = math.radians(c.longitude), math.radians(c.latitude)
    cos1 = math.cos(lat1)
    out = []
    for _, lon2, lat2, cos2 in points:
        h = math.sin((lat2 - lat1) / 2) ** 2 + cos1 * cos2 * math.sin((lon2 - lon1) / 2) ** 2
        out.append(2 * 6371.0 * math.asin(math.sqrt(min(h, 1.0))))
    return out


def _dynamic_features(c: Place, votes: Any, top_votes: float, inner: list[Place],
                      dists: list[float] | None) -> list[tuple[int, float]]:
    """The features of candidate ``c`` that depend on the rest of the story, as (index, value) pairs:
    the area's votes (without the name's own), the containers, the other places' support and nearness."""
    out: list[tuple[int, float]] = []
    if top_votes > 0:
        wgt = max(votes.get(c.country_code, 0.0), 0.0) / top_votes if c.country_code else 0.0
        out.append((_INDEX["in_area"], wgt))
        if wgt == 0.0 and c.country_code and c.feature_code not in COUNTRY_CODES:
            out.append((_INDEX["out_area"], 1.0))
    if inner:
        out.append((_INDEX["contained" if any(inside(c, q) for q in inner) else "not_contained"], 1.0))
    if dists:
        out.append((_INDEX["support"], sum(math.exp(-km / _SUPPORT_KM) for km in dists) / len(dists)))
        out.append((_INDEX["near_anchor"], math.exp(-min(dists) / 300.0)))
    return out


#: A town named like a country is meant when it lies this close (km) to the document's other places.
_LOCAL_KM = 60.0


def _prefer_local_towns(order: list[Name], area: Area) -> bool:
    """A country's name that is also a town beside the document's other places means the town.

    "Palestine" in a report on Darke County, Ohio, or "Lebanon" beside Boone
    County, Indiana: when nothing else in the document (no other place, no
    demonym) is in that country, and a populated place of the same name lies
    within :data:`_LOCAL_KM` of a place the document names, that town is meant.
    """
    local = [nm.choice for nm in order if nm.choice is not None and nm.choice.feature_code not in COUNTRY_CODES
             and nm.choice.feature_code not in ("CONT", "OCN", "SEA", "GULF", "RGN", "ADM1", "ADM1H")]
    changed = False
    if not local:
        return changed
    for nm in order:
        p = nm.choice
        if p is None or p.feature_code not in COUNTRY_CODES or any(q.country_code == p.country_code for q in local):
            continue
        if area.votes.get(p.country_code, 0.0) > 2.0 * len(nm.spans) + 3.0 * (p.country_code in area.hints):
            continue  # a demonym or another name votes for the country too
        near = [c for c in nm.candidates if c.feature_code.startswith("PPL")
                and min(haversine_km(c.longitude, c.latitude, q.longitude, q.latitude) for q in local) <= _LOCAL_KM]
        if near:
            town = max(near, key=lambda c: (c.population or 0))
            area.vote(p.country_code, -2.0 * len(nm.spans), nm.key)  # the name no longer says the story is there
            area.vote(town.country_code, 1.0, nm.key)
            nm.choice, nm.local_town = town, True
            changed = True
    return changed
