"""Where: the incident's own place among the places its clauses name.

A place mention is the incident's when the words around it say so: after "in",
"at", "near", "the X area of", "20 km north of"; not "a Britain-based
organisation", "from X", "X's", "the border with X" (``rules/en/loc_*``). Its
ACLED geo_precision is 1 for the place itself, 2 near it or for its area or
district, 3 for a province, region or country. "Baghdad airport" is the airport
when the gazetteer knows it (:func:`facility`); in "X district, Province" the
district must lie in the province (:func:`within`), else the province is the
location at precision 3.

The gazetteer is passed in; without one (``None``) those two lookups are
skipped and the recogniser's places are kept as they are.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Any, Sequence

from geomap._geo import haversine_km
from geomap.gazetteer.label_points import LABEL_POINT_SOURCE, label_point
from geomap.gazetteer.normalize import ARTICLES
from geomap.model import Mention, Place
from geomap.text._patterns import Patterns
from geomap.text.rules import Rules, load_rules

__all__ = ["Loc", "PlaceRules", "place_rules", "place_rank", "clause_locations", "facility", "inside", "within", "far",
           "area_point", "point_source", "sentence_fallback"]

#: GeoNames feature codes of the facilities "X airport" / "X air base" may name.
_FACILITY_CODES = frozenset({"AIRP", "AIRB", "AIRF", "AIRH", "MILB", "INSM"})


@dataclass(frozen=True)
class Loc:
    """A place of a clause: the mention, its ACLED geo_precision, how specific it is."""

    mention: Mention
    precision: int
    rank: float      # lower is more specific / more reliable
    order: int       # position, for ties


class PlaceRules(Patterns):
    """The location cues of one language (the patterns ``loc_<name>.re``), compiled:
    build it with :func:`place_rules`; ``facility_queries`` gives the other names a
    facility is looked up by ("airport" -> "international airport")."""

    def __init__(self, rules: Rules) -> None:
        super().__init__(rules, "loc_", "exclude_after exclude_before chain prep named_as km_of unit_comma_before "
                         "unit_comma_before_any near_prep area_of area_after direction admin_after province_after "
                         "border_before border_after facility_after attack_verb direction_of adjective_place part_of "
                         "event_named event_named_before possessive_gap")
        self.facility_queries: dict[str, list[str]] = {}
        for r in rules.table("loc_facility_queries"):
            self.facility_queries.setdefault(r["kind"].lower(), []).append(r["also"])


def place_rules(rules: Rules | None = None) -> PlaceRules:
    """The compiled location cues of ``rules`` (English by default), built once per :class:`Rules`."""
    return (rules or load_rules("en")).derived("text.incident_places", PlaceRules)


def place_rank(place: Place | None) -> int:
    """How broad a place is, from its GeoNames feature code: 1 a town or facility (or a
    name the gazetteer does not know: a village, most often), 3 a district, 5 a province,
    6 a country or region, 7 a sea."""
    if place is None:
        return 1
    fc = place.feature_code or ""
    if fc.startswith("PCL") or fc in ("RGN", "TERR", "ZN"):
        return 6
    if fc.startswith("ADM1"):
        return 5
    if fc.startswith("ADM2") or fc.startswith("ADM3") or fc == "ADMD":
        return 3
    if fc in ("SEA", "GULF", "OCN", "STRT", "BAY"):
        return 7
    return 1  # populated place, facility, airport, base


_COMMA_END = re.compile(r",\s*$")
_SPACES = re.compile(r"\s+")


def _km(p: Place, q: Place) -> float:
    return haversine_km(p.longitude, p.latitude, q.longitude, q.latitude)


def facility(text: str, m: Mention, gazetteer: Any, pr: PlaceRules) -> Mention | None:
    """"Baghdad airport" -> the airport itself, when the gazetteer knows it.

    The gazetteer is only consulted when a place name is followed by a facility
    word; without a gazetteer (None) the mention is kept as it is (None returned).
    """
    fm = pr.facility_after.match(text, m.end)
    if fm is None or m.place is None or gazetteer is None:
        return None
    kind = _SPACES.sub(" ", fm.group("kind").lower())
    queries = [f"{m.text} {kind}"] + [f"{m.text} {also}" for also in pr.facility_queries.get(kind, ())]
    cc = m.place.country_code
    for q in queries:
        for p in gazetteer.resolve(q, country=cc or None, limit=3):
            if p.feature_code in _FACILITY_CODES and p.country_code == cc:
                return Mention(text[m.start:fm.end()], m.start, fm.end(), "toponym", p, (m.place,))
    return None


def inside(p: Place, q: Place) -> bool:
    """Whether place ``p`` can lie in the region or country ``q`` (same country; for a
    province, GeoNames puts it there or it is within 250 km of its point)."""
    if q.country_code and p.country_code != q.country_code:
        return False
    if q.feature_code.startswith("ADM1") and p.admin1 and p.admin1 == q.name:
        return True  # Paris in Texas, 400 km from the state's point
    return place_rank(q) == 6 or _km(p, q) <= 250.0


def within(m: Mention, q: Place, gazetteer: Any) -> Mention | None:
    """The sense of mention ``m`` that lies inside region ``q``: ``m`` itself when it
    does, another candidate or a gazetteer sense when one does, else None (without a
    gazetteer, only the mention's own senses are looked at)."""
    if m.place is not None and inside(m.place, q):
        return m
    for c in m.candidates:
        if inside(c, q):
            return replace(m, place=c)
    if gazetteer is None:
        return None
    for c in gazetteer.resolve(m.text, country=q.country_code or None, context=[(q.longitude, q.latitude)], limit=5,
                               fuzzy=False):
        if inside(c, q) and c.score >= 0.3 and not c.fuzzy:
            return replace(m, place=c)
    return None


#: A capitalised name the text places, then an opening bracket: "in Zubair (" before "Al Zubair, Basrah)".
_NAME_THEN_BRACKET = re.compile(r"\b(?:in|at|near|outside|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}\(\s*$")


def _owner(text: str, m: Mention, mentions: Sequence[Mention], pr: PlaceRules) -> Mention | None:
    """The country or division whose possessive place ``m`` follows, after a preposition of place (None when
    none): a country's town ("outside Syria's Al Bukamal", not a region's name: "Myanmar's Sagaing region"), a
    division's town or district ("in Khyber Pakhtunkhwa's Lakki Marwat district", "Sagaing region's Shwebo")."""
    if m.place is None or place_rank(m.place) > 3:
        return None
    owner = next((x for x in mentions if x.end <= m.start and m.start - x.end <= 16 and x.place is not None
                  and (x.place.feature_code.startswith("PCL") or x.place.feature_code in ("ADM1", "ADM2"))), None)
    gap = pr.possessive_gap.fullmatch(text, owner.end, m.start) if owner is not None else None
    if gap is None:
        return None
    if owner.place.feature_code.startswith("PCL"):
        after = text[m.end:m.end + 30]
        if place_rank(m.place) > 1 or pr.admin_after.match(after) or pr.province_after.match(after):
            return None
    # the owner after a preposition ("in Khyber Pakhtunkhwa's"), or a region named with its word ("Sagaing region's")
    return owner if after_preposition(text, owner, pr) or gap.group("word") else None


def _unknown_before_brackets(text: str, m: Mention, out: list[Loc]) -> bool:
    """Whether ``m`` is the first name in the brackets after a place the text names but no mention
    covers ("in Zubair (Al Zubair, Basrah)"): then it stands for that place, as its district."""
    if m.place is None or place_rank(m.place) >= 6:
        return False
    at = max(0, m.start - 60)
    x = _NAME_THEN_BRACKET.search(text, at, m.start)
    return x is not None and not (out and out[-1].mention.end > x.start())


#: The text from a place to a name inside the brackets after it: "Al-Riyadh (Al-Hawiga, " ... "Kirkuk".
_OPEN_BRACKET = re.compile(r"\s*\([^()]{0,40}")


def _in_country(m: Mention, q: Place, gazetteer: Any) -> Mention | None:
    """The sense of ``m`` in the country of ``q``, nearest ``q``: a candidate of the mention or the
    gazetteer's (exact names only); None when there is none."""
    for c in m.candidates:
        if c.country_code == q.country_code:
            return replace(m, place=c)
    if gazetteer is None:
        return None
    for c in gazetteer.resolve(m.text, country=q.country_code or None, context=[(q.longitude, q.latitude)], limit=3,
                               fuzzy=False):
        if c.country_code == q.country_code and c.score >= 0.3 and not c.fuzzy:
            return replace(m, place=c)
    return None


def far(p: Place, q: Place) -> bool:
    """Whether two places cannot be the scene of one incident: two towns more than
    60 km apart, or a town outside a country named with it ("in Iraq and Syria" and
    "in Iraq" can be one story)."""
    if p.geonameid == q.geonameid:
        return False
    rp, rq = place_rank(p), place_rank(q)
    if rp >= 5 or rq >= 5:
        if rp >= 5 and rq >= 5:
            return False
        big, small = (p, q) if rp >= 5 else (q, p)
        return bool(big.country_code and small.country_code and big.country_code != small.country_code) \
            and place_rank(big) == 6
    return _km(p, q) > 60.0


_BRACKET_END = re.compile(r"\(\s*$")


#: An article written before a name the mention does not cover ("al-", "el-", "ash-"): the gazetteer's articles.
_ARTICLE_END = re.compile(r"\b(?:" + "|".join(sorted(ARTICLES, key=len, reverse=True)) + r")-$", re.IGNORECASE)


def after_preposition(text: str, m: Mention, pr: PlaceRules) -> bool:
    """Whether mention ``m`` follows a preposition of place ("in Turbat", "near al-Sanamayn", "south of
    Haditha"), an article written before its name skipped."""
    before = _ARTICLE_END.sub("", text[max(0, m.start - 40):m.start])
    return pr.prep.search(before) is not None or pr.direction_of.search(before) is not None  # "south of Haditha"


def clause_locations(text: str, a: int, b: int, mentions: Sequence[Mention], order0: int,
                     starts: Sequence[int] | None, *, gazetteer: Any, pr: PlaceRules) -> list[Loc]:
    """The places of the clause ``text[a:b]``; ``starts`` (the mentions' starts, when
    ``mentions`` are sorted by start) lets the mentions far from the clause be skipped."""
    out: list[Loc] = []
    if starts is not None:
        mentions = mentions[bisect_left(starts, a):bisect_right(starts, b)]
    inside_ = [m for m in mentions if m.start >= a and m.end <= b and m.kind in ("toponym", "unknown")]
    prev_end = -1
    prev_ok = in_bracket = False
    for i, m in enumerate(inside_):
        before = _ARTICLE_END.sub("", text[max(a, m.start - 60):m.start])  # "the town of al-Karama": "of"
        after = text[m.end:min(len(text), m.end + 30)]
        if pr.exclude_after.match(after):
            prev_ok = False
            continue
        if out and m.place is not None and _OPEN_BRACKET.fullmatch(text[out[-1].mention.end:m.start]) \
                and (out[-1].mention.place is None or out[-1].mention.place.country_code != m.place.country_code):
            # "Al-Riyadh (Al-Hawiga, Kirkuk)": the brackets say which country the place before them is in
            fixed = _in_country(out[-1].mention, m.place, gazetteer)
            if fixed is not None:
                out[-1] = Loc(fixed, out[-1].precision, place_rank(fixed.place), out[-1].order)
        opens_brackets = _unknown_before_brackets(text, m, out)
        owner = _owner(text, m, mentions, pr)
        owned = owner is not None
        if owner is not None and owner.place.country_code != m.place.country_code:
            # "in neighbouring South Sudan, fighting in Upper Nile state's Nasir county": the Nasir of South Sudan,
            # or Upper Nile when the gazetteer has none (not Sudan's Nasir Extension)
            m = _in_country(m, owner.place, gazetteer) or owner
        chained = prev_ok and pr.chain.fullmatch(text[prev_end:m.start] or "x") is not None
        if pr.exclude_before.search(before) and not chained:
            prev_ok = False
            continue
        bracket = bool(out) and m.place is not None and out[-1].mention.place is not None \
            and _BRACKET_END.search(before) is not None and out[-1].mention.place in m.within
        if chained and in_bracket and out and out[-1].mention.place is not None and m.place is not None \
                and m.place in out[-1].mention.within:
            prev_end = m.end  # "(Abs, Hajjah)": Hajjah only says where Abs is
            continue
        in_bracket = bracket or (in_bracket and chained)
        if bracket:
            # "northwestern Yemen (Abs, Hajjah)": the brackets name the part of the place before them
            out.append(Loc(m, 2 if place_rank(m.place) < 5 else 3, place_rank(m.place) + 0.25, order0 + i))
            prev_end = m.end
            prev_ok = True
            continue
        if not chained and not pr.prep.search(before) and not pr.named_as.search(before) and not pr.km_of.search(before) \
                and not pr.attack_verb.search(before) and not pr.direction_of.search(before) and not (m.place is not None and place_rank(m.place) >= 5 and pr.unit_comma_before.search(before)) \
                and not (pr.event_named.match(after) and pr.event_named_before.search(before)) \
                and not opens_brackets and not owned:
            # a place starting the clause ("Kabul police said") or after a verb is not a location
            prev_ok = False
            continue
        if p_fac := facility(text, m, gazetteer, pr):
            m = p_fac
            after = text[m.end:min(len(text), m.end + 30)]
        p = m.place
        rank: float = place_rank(p)
        if p is None:
            prec = 2
        elif rank >= 5:
            prec = 3
        elif rank == 3:
            prec = 2
        else:
            prec = 1
        if opens_brackets:
            prec = max(prec, 2)  # "in Zubair (Al Zubair, Basrah)" with Zubair unknown: its district
        if pr.near_prep.search(before) or pr.area_of.search(before) or pr.area_after.match(after) \
                or pr.direction.search(before) or pr.direction_of.search(before):
            prec = max(prec, 2)
        if out and p is not None and rank < 5 and pr.part_of.search(before) \
                and (out[-1].mention.place is None or far(out[-1].mention.place, p)):
            # "the Tierra Blanca neighbourhood of Culiacan": not the Tierra Blanca of Veracruz; the town, near enough
            out[-1] = Loc(m, 2, rank, out[-1].order)
            prev_end = m.end
            prev_ok = True
            continue
        if pr.direction_of.search(before) and out and p is not None:
            # "near the town of al-Karama, east of Raqqa", "in Hays district, south of Hodeidah": a reference point
            rank = max(rank, max(o.rank for o in out)) + 1
        if pr.admin_after.match(after) and p is not None and rank <= 3:
            prec = max(prec, 2)
            rank = max(rank, 3)
        if pr.province_after.match(after) and p is not None:
            prec = 3
            rank = max(rank, 5)
        if pr.border_before.search(before) or pr.border_after.match(after):
            rank += 2
            prec = 3
        qualifier = bool(out) and p is not None and rank >= 5 and _COMMA_END.search(before) is not None \
            and any(o.rank < 5 for o in out)
        if qualifier:
            # "Qaim, Iraq" / "Dawlat Abad district, Balkh": the second name only qualifies the
            # first; when the first is unknown or lies elsewhere (another "Argo", in Greece),
            # look for the sense inside the qualifier, else fall back to the qualifier itself.
            # The qualifier applies to every place of the phrase before it ("the Marwa area
            # of Pashtun Zarghun district, Herat").
            kept: list[Loc] = []
            for prev in out:
                if prev.rank >= 5:
                    kept.append(prev)
                    continue
                fixed = within(prev.mention, p, gazetteer)
                if fixed is not None:
                    kept.append(prev if fixed is prev.mention else
                                Loc(fixed, prev.precision, prev.rank - (0.5 if prev.mention.place is None else 0), prev.order))
            if not any(k.rank < 5 for k in kept):
                kept.append(Loc(m, 3, rank, out[-1].order))
            out[:] = kept
            prev_end = m.end
            continue
        if not chained and out and p is not None and rank >= 5 and pr.unit_comma_before_any.search(before):
            # "in Nahri Shahi district, Balkh" where the district is not known: the province
            out.append(Loc(m, 3, rank, order0 + i))
            prev_end = m.end
            prev_ok = True
            continue
        out.append(Loc(m, prec, rank + (0.5 if p is None else 0.0), order0 + i))
        prev_end = m.end
        prev_ok = True
    return out


#: How :func:`point_source` names a division's seat (followed by the division's and the seat's names).
SEAT_SOURCE = "seat of"


def area_point(place: Place, gazetteer: Any) -> Place:
    """Where an incident known only by its country or division is placed.

    A country at its label point (Natural Earth's, where a map writes its name:
    :func:`geomap.gazetteer.label_points.label_point`), not at a centroid-like point that
    reads as a strike site; a division at its seat, as ACLED codes an event known only by
    its province (the provincial capital), else at its Natural Earth label point when
    there is one; any other place at its own point. The returned place's ``source``
    says which point it is (:func:`point_source`)."""
    if place.feature_code.startswith("PCL") or place.feature_code.startswith("ADM"):
        seat = gazetteer.seat(place) if gazetteer is not None and place.feature_code.startswith("ADM") else None
        if seat is not None:
            return replace(seat, name=place.name, feature_code=place.feature_code, admin1=place.admin1 or place.name,
                           geonameid=place.geonameid, source=f"{SEAT_SOURCE} {place.name} ({seat.name})")
        lp = label_point(place)
        if lp is not None:
            return replace(place, longitude=lp[0], latitude=lp[1], source=lp[2],
                           admin1=place.admin1 or (place.name if place.feature_code == "ADM1" else ""))
    return place


def point_source(place: Place) -> str:
    """What an incident's coordinates are when :func:`area_point` placed them ("Natural Earth label
    point of Iraq", "seat of Homs (Homs)"), else ''.

    >>> point_source(Place(1, "Homs", "SY", "Homs", "ADM1", 0, 36.7, 34.7, source="seat of Homs (Homs)"))
    'seat of Homs (Homs)'
    """
    src = place.source or ""
    return src if src.startswith((LABEL_POINT_SOURCE, SEAT_SOURCE + " ")) else ""


def sentence_fallback(m: Mention, sentence: tuple[int, int], mentions: Sequence[Mention],
                      dateline: tuple[int, int], text: str = "", pr: PlaceRules | None = None) -> Place | None:
    """The most specific place resolved in the sentence of an unknown name, when they agree on a country.

    "in Al Marazah area east of the road (Majzar, Marib)": Majzar, at precision 2. Of the
    dateline ("PESHAWAR, Pakistan - ... in Mir Ali") only a country counts: the town is
    where the report was filed. With no such place, a country's adjective before a word for
    a settlement ("the southern Lebanese village of Aitaroun") gives the country.
    """
    here = [x for x in mentions if x.place is not None and sentence[0] <= x.start < sentence[1] and x is not m
            and x.kind in ("toponym", "unknown")
            and (not dateline[0] <= x.start < dateline[1] or place_rank(x.place) >= 6)]
    if not here and pr is not None:
        here = [x for x in mentions if x.place is not None and sentence[0] <= x.start < sentence[1]
                and x.kind == "adjective" and pr.adjective_place.match(text, x.end) is not None]
    if not here or len({x.place.country_code for x in here}) != 1:
        return None
    return min(here, key=lambda x: (place_rank(x.place), abs(x.start - m.start))).place
