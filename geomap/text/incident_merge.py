"""Merging the clause candidates of a report into incidents: one event, one incident.

:func:`merge` joins each event clause (:class:`Cand`) to an incident told before it when
they are the same event (a definite "the strike", the same day, toll or place, a toll
sentence after its event, a sentence that only tells more of it) and starts a new one
otherwise; headlines join the story they head; :func:`chosen_toll` reads an incident's toll
from its parts. :mod:`geomap.text.incidents` builds the candidates and turns each merged
:class:`Inc` into an :class:`~geomap.model.Incident`.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from itertools import combinations

from geomap._geo import haversine_km
from geomap.model import Evidence, Place
from geomap.text.actors import ActorHit
from geomap.text.dates import DAY, DateMention
from geomap.text.fatalities import TollRules, both_sides, num_value
from geomap.text.incident_dates import dates_conflict
from geomap.text.incident_places import Loc, far, place_rank
from geomap.text.roles import LARGE_TOLL

__all__ = ["Cand", "Inc", "chosen_toll", "fold_unanchored", "merge", "without_sums"]


@dataclass
class Cand:
    """One clause that names an event, with what it says of its own: type, day, place, toll, actors."""
    sent: int
    block: int
    start: int
    end: int
    event_type: str
    sub_event_type: str
    strength: int
    trigger: str
    trigger_start: int
    definite: bool
    latest: bool
    headline: bool
    caption: bool
    date: DateMention | None = None
    date_strength: float = 0.0
    bound: str = ""               # "after"/"before" another event, when the clause says so
    bound_days: int | None = None  # "a day later": +1 day from the event told before (-n: before it)
    offset_day: bool = False       # its day is counted from the event told before it
    actor1: ActorHit | None = None
    actor2: ActorHit | None = None
    fatalities: int | None = None
    qualifier: str = ""
    toll_strength: int = 0        # 3 coder's note, 2 toll update, 1 plain figure
    additive: bool = False        # "... was also killed"
    locations: list[Loc] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    blamed: ActorHit | None = None
    background: bool = False      # named only as a cause or context of another event
    indefinite: bool = False      # "a rocket attack": a new event unless something links it
    same_day: bool = False        # dated from the event told before ("later that night")
    story_day: bool = False       # dated from the only day the report states
    anaphoric_actor: bool = False  # "a gunfight with the attackers": the attackers of the event before
    answers: bool = False          # "troops returned fire": the other side of the event before
    toll_only: bool = False        # a sentence that only counts ("Three soldiers and three civilians were among the dead")
    not_before: _dt.date | None = None  # "responded by ...": no earlier than the event told before
    not_after: _dt.date | None = None   # "in retaliation to ...": no later than the event it caused
    unchecked: bool = False       # the next sentence says its figures could not be verified
    new_event: bool = False       # its sentence opens "Meanwhile, ...", "Separately, ...": another event
    abroad: bool = False          # its sentence opens "In neighbouring Cameroon, ...": told in passing, maybe abroad
    entry: int = -1               # the entry of a live page it is in (-1: the page has none, or before the first)
    sums_many: bool = False       # a lead's count of several events ("Attacks across Daraa killed 12 people on Wednesday")
    quoted: bool = False          # in a direct quotation ('"We escaped Daesh only to live under drones," said ...')
    unanchored: tuple[DateMention, float] | None = None  # "on Friday" with no publication date: why no day


def _type_compatible(x: Cand | "Inc", y: Cand) -> bool:
    """Two typed pieces of different sub-event types are two incidents; a generic word
    ("attack", "killed", a bare "explosion") fits any type."""
    if not x.sub_event_type or not y.sub_event_type or y.strength < 2 or x.strength < 2:
        return True
    return x.sub_event_type == y.sub_event_type


@dataclass
class Inc:
    """The candidates merged into one incident, in the order they were told."""
    parts: list[Cand]

    @property
    def sub_event_type(self) -> str:
        return next((c.sub_event_type for c in self.parts if c.strength >= 2 and c.sub_event_type), "")

    @property
    def strength(self) -> int:
        return max(c.strength for c in self.parts)

    def best_date(self) -> tuple[DateMention | None, float]:
        best: tuple[DateMention | None, float] = (None, 0.0)
        for c in self.parts:
            if c.date is not None and c.date_strength > best[1]:
                best = (c.date, c.date_strength)
        return best

    def actor1(self) -> ActorHit | None:
        for c in self.parts:
            if c.blamed is not None:
                return c.blamed
        for c in self.parts:
            if c.actor1 is not None and c.actor1.role != "civilians":
                return c.actor1
        return None

    def places(self) -> list[Place]:
        return [loc.mention.place for c in self.parts[-_PARTS_WINDOW:] for loc in c.locations
                if loc.mention.place is not None]


def _compatible(inc: Inc, c: Cand, typed: bool = True) -> bool:
    """Whether ``c`` can be part of ``inc``: types, days, attackers and places do not conflict (with
    ``typed`` False, a headline's loose words: neither its event word nor its actors count)."""
    if typed and not _type_compatible(inc, c) and not (c.anaphoric_actor or c.answers):
        return False
    if c.event_type in _CROWD_TYPES and c.strength >= 2 and any(p.fatalities for p in inc.parts) \
            and not any(p.event_type in _CROWD_TYPES for p in inc.parts):
        return False  # "hours before the Navolato attack, thousands marched through Culiacan": the march is its own
    d, ds = inc.best_date()
    if dates_conflict(d, ds, c.date, c.date_strength):
        return False
    if c.bound_days and c.bound_days > 0 and any(p.sent == c.sent for p in inc.parts):
        return False  # "... in Dori on Monday, and a roadside bomb killed four soldiers there the following day"
    a1 = inc.actor1()
    if typed and a1 is not None and c.actor1 is not None and c.actor1.name != a1.name and c.actor1.role not in ("civilians",) \
            and (c.actor1.name and a1.name or c.actor1.role != a1.role) \
            and not c.answers and not c.anaphoric_actor and not _other_side_told_after(inc, c) and not _other_side(inc, c) \
            and not ((_unnamed_armed(c.actor1) and _non_state(a1) or _unnamed_armed(a1) and _non_state(c.actor1))
                     and (c.fatalities is None or not any(p.fatalities for p in inc.parts))):
        return False  # two different attackers: two incidents (not the other side's dead told after it)
    mine = inc.places()
    theirs = [loc.mention.place for loc in c.locations if loc.mention.place is not None]
    if c.abroad and mine and theirs and not {p.country_code for p in mine} & {q.country_code for q in theirs}:
        return False  # "In neighbouring Tanzania, police said two people had been killed in a raid in Mtwara"
    if mine and theirs:
        best_mine = min(mine, key=place_rank)
        best_theirs = min(theirs, key=place_rank)
        if place_rank(best_mine) <= 3 and place_rank(best_theirs) <= 3 and far(best_mine, best_theirs):
            return False
        if any(far(p, q) for p in mine for q in theirs if place_rank(p) == 6 or place_rank(q) == 6) and \
                not any(not far(p, q) for p in mine for q in theirs):
            return False
    return True


#: The roles of attackers named by no group ("gunmen", "jihadists", "militants"), and of those who are no armed group.
_UNNAMED_ARMED = frozenset({"group", "armed_group", "rebels"})
_NOT_ARMED_GROUPS = frozenset({"military", "state", "police", "civilians", "protesters", "rioters"})


def _unnamed_armed(h: ActorHit) -> bool:
    return h.role in _UNNAMED_ARMED and h.name in ("", "Unidentified Armed Group")


def _non_state(h: ActorHit) -> bool:
    """Whether an attacker is no state force, crowd or civilian ("Jihadists killed 11 ... in Dori" and "Gunmen on
    motorbikes attacked a post ... in Dori": one attacker, told twice)."""
    return h.role not in _NOT_ARMED_GROUPS


#: The event types of crowds (ACLED's), which the attackers of an armed incident do not become.
_CROWD_TYPES = frozenset({"Riots", "Protests"})
#: ACLED's sub-event types of what is done without a fight and coded apart from the fighting it follows (arrests).
_OWN_EVENTS = frozenset({"Arrests"})

#: A sentence with an event word and nothing of its own elaborates the incident told at most this many sentences before.
_ELABORATES_WITHIN = 2


def _elaborates(c: Cand, incs: list[Inc]) -> bool:
    """Whether ``c``, typed but with no day, place, toll or actor of its own (an actor is allowed when it
    says "the raids" or comes in the very next sentence: "The Houthis blamed U.S. warplanes") and not
    introduced as another event ("a", "another", "separately"), tells more of the incident just before
    it: a report's next sentence about the weapons or the targets, not a second incident no one could
    place or date."""
    # a toll of its own, right after an incident that has none: "... attacked a checkpoint on 3 September.
    # Fighting went on for hours; 3 of the gunmen and 1 soldier were killed."
    # ... or more dead right after it: "... killing 11 herders. Three of the attackers were also killed"
    toll_of_last = c.fatalities is not None and bool(incs) and c.sent == incs[-1].parts[-1].sent + 1 \
        and (all(p.fatalities is None for p in incs[-1].parts) or c.additive)
    return bool(incs) and not c.headline and not c.locations \
        and (c.date is None or c.entry >= 0 and c.date_strength < 1) \
        and (c.fatalities is None or toll_of_last or c.toll_only) \
        and not c.bound and (not c.indefinite or toll_of_last) and not c.new_event \
        and (c.actor1 is None or c.definite or c.sent == incs[-1].parts[-1].sent + 1) \
        and c.sent - incs[-1].parts[-1].sent <= _ELABORATES_WITHIN


def _other_side_told_after(inc: Inc, c: Cand) -> bool:
    """Whether ``c`` is the toll of the other side, told in the next sentence with no place of its own
    ("Troops repelled a Boko Haram attack on the base. 30 Boko Haram dead."): the same fight."""
    last = inc.parts[-1]
    return c.strength < 2 and not c.locations and c.sent == last.sent + 1 and c.actor1 is not None \
        and last.actor2 is not None and last.actor2.name == c.actor1.name


def _other_side(inc: Inc, c: Cand) -> bool:
    """Whether the actor of ``c``, told in the next sentence with no place of its own, is the side ``inc`` fought
    ("Troops repelled an attack by ISWAP on a base in Konduga. Twelve of the attackers were killed, and two soldiers
    lost their lives in the fighting"): the same fight's dead."""
    last = inc.parts[-1]
    return c.actor1 is not None and not c.locations and c.sent == last.sent + 1 and any(
        p.actor2 is not None and (p.actor2.name, p.actor2.role) == (c.actor1.name, c.actor1.role) for p in inc.parts[-3:])


def _other_town(inc: Inc, c: Cand) -> bool:
    """Whether ``c`` names a town of its own that is none of the towns of ``inc`` and lies more than 10 km from them."""
    theirs = [loc.mention.place for loc in c.locations if loc.mention.place is not None and place_rank(loc.mention.place) <= 1]
    mine = [p for p in inc.places() if place_rank(p) <= 1]
    return bool(theirs and mine) and all(haversine_km(p.longitude, p.latitude, q.longitude, q.latitude) > 10.0
                                         for p in mine for q in theirs)


def _other_province(inc: Inc, c: Cand) -> bool:
    """Whether ``c`` names only a province (or district) of its own, and none of the towns of ``inc`` is in it."""
    theirs = [loc.mention.place for loc in c.locations if loc.mention.place is not None]
    mine = [p for p in inc.places() if place_rank(p) <= 1 and p.admin1]
    return bool(theirs and mine) and all(3 <= place_rank(q) <= 5 and q.admin1 for q in theirs) \
        and all(p.admin1 != q.admin1 or p.country_code != q.country_code for p in mine for q in theirs)


def _positive_link(inc: Inc, c: Cand, places_only: bool = False) -> bool:
    """Whether ``c`` shares a day, a toll or a place with ``inc`` (only a place with ``places_only``:
    "Meanwhile, in Benue State, 11 farmers were killed on Monday" is not Monday's other attack)."""
    if places_only:
        # each one's own place, not a reference point ("near Tell Salhab, west of Hama" is not "Kafr Zita, in the
        # Hama countryside")
        def own(locs: list[Loc]) -> int | None:
            placed = [loc for loc in locs if loc.mention.place is not None]
            return min(placed, key=lambda loc: (loc.rank, loc.order)).mention.place.geonameid if placed else None
        mine = {g for p in inc.parts[-_PARTS_WINDOW:] if (g := own(p.locations)) is not None}
        theirs = own(c.locations)
        return theirs is not None and theirs in mine
    d, ds = inc.best_date()
    if d is not None and c.date is not None and d.date == c.date.date and d.precision == c.date.precision == DAY and min(ds, c.date_strength) >= 1:
        return True
    tolls = {p.fatalities for p in inc.parts if p.fatalities}
    if c.fatalities and c.fatalities in tolls and not _other_town(inc, c):
        return True  # the same dead told again (not two killed in Jasim, then two in Khan Arnabeh)
    mine = {p.geonameid for p in inc.places() if place_rank(p) <= 3}
    if mine and any(loc.mention.place is not None and loc.mention.place.geonameid in mine for loc in c.locations):
        return True
    # a town in the province the incident was placed in ("... a police station in Cauca province on Tuesday. The drones
    # dropped three charges on the station in the town of Suárez"): the same event, told closer
    provinces = {(p.country_code, p.name) for p in inc.places() if p.feature_code == "ADM1"}
    return bool(provinces) and c.sent == inc.parts[-1].sent + 1 and c.date is None and not c.bound and any(
        (q := loc.mention.place) is not None and place_rank(q) <= 1 and (q.country_code, q.admin1) in provinces
        for loc in c.locations)


#: Merging works in bounded windows, so a long document costs the same per sentence as a
#: short one: a sentence joins only incidents told within the last _SENT_WINDOW sentences,
#: compared on their last _PARTS_WINDOW parts; an incident of _MAX_PARTS parts takes no more.
_SENT_WINDOW, _PARTS_WINDOW, _MAX_PARTS = 80, 40, 200


def merge(cands: list[Cand]) -> list[Inc]:
    """The incidents of a report: each candidate joined to an incident told before it, or a new one.

    Examples
    --------
    >>> merge([])
    []
    """
    all_incs: list[Inc] = []
    incs: list[Inc] = []  # the incidents within the window of the current sentence
    pending_head: list[Cand] = []
    weak: list[Cand] = []
    pruned = 0
    for c in cands:
        if c.headline:
            pending_head.append(c)
            continue
        if c.caption and incs:
            # a photo caption retells an event of the story; its day is the photo's ("Mourners carry the
            # bodies ..., November 14"): like a headline, it joins the story's incident
            c.date, c.date_strength = None, 0.0
            pending_head.append(c)
            continue
        if c.sent - pruned > _SENT_WINDOW // 4:
            incs = [i for i in incs if c.sent - i.parts[-1].sent <= _SENT_WINDOW and len(i.parts) < _MAX_PARTS]
            pruned = c.sent
        if c.strength < 2 and c.date is None and (c.fatalities or 0) >= LARGE_TOLL:
            continue  # "The 2013-2018 civil war killed an estimated 400,000 people": a war's toll, no event's
        target = None
        if c.anaphoric_actor and c.event_type in _CROWD_TYPES and incs \
                and not any(p.event_type in _CROWD_TYPES for p in incs[-1].parts):
            c.strength = 1  # "The attackers also set fire to several huts": the damage of the event told last
        if (c.definite or c.strength < 2 and not c.bound) and not c.new_event:
            pool = [i for i in incs if _compatible(i, c)]
            if c.sub_event_type in _OWN_EVENTS and (c.locations or c.date is not None and c.date_strength >= 1):
                # "On Monday, security forces arrested three cadres in Thoubal district": arrests, with their own day
                # or place, are their own event (ACLED's), unless the incident is of that kind
                pool = [i for i in pool if any(p.sub_event_type == c.sub_event_type for p in i.parts)]
            if not c.definite and c.date is not None and c.date_strength >= 2:
                # "On Wednesday, soldiers arrested eight ... in Eldorado", "In Kherson, a drone killed a driver on
                # Tuesday": a weak word with its own day and its own town or province
                pool = [i for i in pool if not _other_town(i, c) and not _other_province(i, c)]
            if pool and incs[-1] in pool and c.definite and c.sent == incs[-1].parts[-1].sent + 1 \
                    and c.sub_event_type and incs[-1].sub_event_type == c.sub_event_type:
                target = incs[-1]  # "... repulsed an attack on a police station. Two attackers were killed in the exchange of fire"
            elif pool:
                if c.latest:
                    target = max(pool, key=lambda i: ((i.best_date()[0].date if i.best_date()[0] and i.best_date()[0].date else _dt.date.min), incs.index(i)))
                else:
                    linked = [i for i in pool if _positive_link(i, c)]
                    target = linked[-1] if linked else pool[-1]
                    if not linked and c.strength < 2 and c.sent - target.parts[-1].sent > 3:
                        target = None
        else:
            # (not an incident told only in words of another kind: the arrests after a bombing are not the air strike)
            pool = [i for i in incs if _compatible(i, c) and _positive_link(i, c, places_only=c.new_event) and not _other_town(i, c)
                    and not (c.sub_event_type and all(p.sub_event_type not in ("", c.sub_event_type) for p in i.parts))]
            if not pool and c.date is None and not c.bound and c.strength >= 2:
                # same story, told again without the day ("The US carried out strikes ..." after a caption)
                pool = [i for i in incs if _compatible(i, c) and i.sub_event_type == c.sub_event_type
                        and (c.actor1 is None and not c.locations and i is incs[-1]  # "Clashes resulted in ..."
                             or c.actor1 is not None and i.actor1() is not None and i.actor1().name == c.actor1.name)
                        and not c.indefinite]
            if pool:
                target = pool[-1]
        if target is None:
            if c.background and c.fatalities is None and c.date is None and not c.locations:
                continue  # "in retaliation to Taliban attacks": a cause, not a reported incident
            if c.quoted and c.fatalities is None and c.date is None:
                continue  # '"Nobody can see a mine," said a man': a witness's words, not another incident
            if _elaborates(c, incs):
                c.strength = 1  # "Witnesses said four missiles hit a cluster of farms": more of the event told last
                incs[-1].parts.append(c)
                continue
            if c.strength < 2 and (not c.locations or c.definite) and c.fatalities is None and c.date is None:
                weak.append(c)  # "The Baidoa attack came a month after ...": a reference, with nothing to refer to
                continue
            incs.append(Inc([c]))
            all_incs.append(incs[-1])
        else:
            if c.anaphoric_actor and c.event_type in _CROWD_TYPES \
                    and not any(p.event_type in _CROWD_TYPES for p in target.parts):
                c.strength = 1  # "The gunmen also set fire to 21 trucks": the attack's damage, not a riot
            target.parts.append(c)
    incs = all_incs
    # headlines join the main compatible incident (most evidence), or stand alone when specific; a headline's
    # toll that is the story's total ("Russian attacks kill six" over strikes that killed 2, 1 and 3) is no one's
    tolls = [max((p.fatalities or 0 for p in i.parts), default=0) for i in incs]
    for c in pending_head:
        if c.fatalities and sum(1 for t in tolls if t) >= 2 and c.fatalities == sum(tolls) and c.fatalities not in tolls:
            c.fatalities = None
        # a live page's entry heading heads its own entry ("13:30 GMT - Israeli army says soldier killed")
        scope = [i for i in incs if any(p.entry == c.entry and not p.headline for p in i.parts)] if c.entry >= 0 else incs
        pool = [i for i in scope if _compatible(i, c)]
        # a headline's loose word ("Russian raids kill six in Idlib") does not keep it from the story it heads
        linked = [i for i in scope if _compatible(i, c, typed=False) and _positive_link(i, c)
                  and not (c.fatalities and c.strength >= 2 and c.event_type and c.event_type not in _CROWD_TYPES
                           and all(p.event_type in _CROWD_TYPES for p in i.parts if p.strength >= 2))]  # not the march
        if linked:
            max(linked, key=lambda i: len(i.parts)).parts.append(c)
        elif pool and (c.strength < 2 or any(i.sub_event_type in (c.sub_event_type, "") for i in pool)):
            cand_pool = [i for i in pool if i.sub_event_type == c.sub_event_type] or \
                [i for i in pool if not i.sub_event_type] or pool
            max(cand_pool, key=lambda i: len(i.parts)).parts.append(c)
        elif c.strength >= 2 and (c.date or c.locations and not incs):
            incs.append(Inc([c]))  # a headline with a day of its own, or the only word of the story
    # drop incidents made only of generic words with nothing to place or count
    return [i for i in incs if i.strength >= 2 or any(p.fatalities for p in i.parts) or any(p.locations for p in i.parts)
            or (i.best_date()[1] >= 2 and any(p.actor1 is not None or p.actor2 is not None for p in i.parts))]


def without_sums(incs: list[Inc]) -> list[Inc]:
    """A lead's toll that sums the incidents told below it is none of them: "Israeli strikes have killed at least
    nine people in Tyre district" above a strike that killed seven and one that killed two is dropped when it has
    no day of its own.

    Examples
    --------
    >>> without_sums([])
    []
    """
    tolls = [max((c.fatalities or 0 for c in i.parts), default=0) for i in incs]
    if not 3 <= sum(1 for t in tolls if t) <= 8:
        return incs
    # (the dateline's day, or the day it was said, is no day of the event's own; a live page's entry is of its day)
    days = [(d := i.best_date()[0]) is not None and d.precision == DAY and (i.best_date()[1] >= 1.0 or any(
            c.entry >= 0 and not c.headline for c in i.parts)) and not any(c.story_day for c in i.parts)
            and not all(c.sums_many for c in i.parts if c.fatalities) for i in incs]  # (a lead's sum: no day of its own)

    def sums(k: int) -> set[int]:  # sums of two or more of the other dated incidents' tolls
        xs = [x for j, x in enumerate(tolls) if j != k and x and days[j]]
        return {sum(c) for n in range(2, len(xs) + 1) for c in combinations(xs, n)}
    # (within one: a lead that leaves out the bomber of one of them, "killed 13" above 8, 2 and a bomber and 3)
    return [i for k, (i, t) in enumerate(zip(incs, tolls)) if not t or days[k] or not sums(k) & {t - 1, t, t + 1}]


def fold_unanchored(incs: list[Inc]) -> list[Inc]:
    """In a report of dated events, an event word with no day, no place and no toll of its own ("The Houthis
    said they had destroyed 14 vehicles", "the military did not comment on the strike") tells of an event
    already told: its sentences join the incident told before it (the first one, when it comes first).

    Examples
    --------
    >>> fold_unanchored([])
    []
    """
    def anchored(i: Inc) -> bool:
        d = i.best_date()[0]
        return (d is not None and d.date is not None) or any(c.locations or c.fatalities is not None for c in i.parts)
    if len(incs) < 2 or not any((d := i.best_date()[0]) is not None and d.date is not None for i in incs):
        return incs
    order = sorted(range(len(incs)), key=lambda k: min(c.start for c in incs[k].parts))
    kept: list[int] = []
    loose: list[int] = []
    for k in order:
        (kept if anchored(incs[k]) else loose).append(k)
    if not kept:
        return incs
    for k in loose:
        start = min(c.start for c in incs[k].parts)
        before = [j for j in kept if min(c.start for c in incs[j].parts) < start]
        host = incs[before[-1] if before else kept[0]].parts[-1]
        host.evidence.extend(e for c in incs[k].parts for e in c.evidence if e not in host.evidence)
    return [incs[k] for k in sorted(kept)]


def chosen_toll(parts: list[Cand], text: str, sub_event_type: str, tr: TollRules) -> tuple[int | None, str]:
    """An incident's toll and its qualifier from the counts of its parts: the strongest (an update over a plain
    figure), the body's before a headline's, the first of equal plain ones, more dead added ("... was also killed");
    a battle's two sides told apart summed (:func:`~geomap.text.fatalities.both_sides`); and a later plain count
    that tells the first again and more ("killing four soldiers ... Four soldiers were killed and two of the
    attackers were also killed": six)."""
    fat, qual = None, ""
    best_s = -1
    own = any(c.fatalities is not None and not c.sums_many for c in parts)  # (a lead's sum is no event's own toll)
    for c in sorted(parts, key=lambda c: c.headline):  # the body's count before a headline's summary
        if c.fatalities is None or own and c.sums_many:
            continue
        if c.toll_strength > best_s or (c.toll_strength == best_s and c.toll_strength >= 2):
            if c.additive and fat is not None:
                fat += c.fatalities
            else:
                fat, qual = c.fatalities, c.qualifier
            best_s = c.toll_strength
        elif c.additive and fat is not None and c.toll_strength == best_s:
            fat += c.fatalities
    plain = [(c.sent, c.fatalities, text[c.start:c.end]) for c in parts
             if c.fatalities and c.toll_strength == 1 and not c.headline and not c.caption and not (own and c.sums_many)]
    if sub_event_type in ("Armed clash", "Attack") and best_s == 1 and len(plain) >= 2 and fat in {n for _s, n, _c in plain}:
        fat = both_sides(plain, tr) or fat  # the dead of both sides of a battle, told apart
    if best_s == 1 and fat is not None:
        for _s, n, clause in plain:
            m = tr.num_killed.search(clause)
            if n > fat and m is not None and num_value(m.group("num"), tr) == fat and tr.and_more_killed.match(clause, m.end("verb")):
                fat = n  # the same dead told again, with more
    return fat, qual

