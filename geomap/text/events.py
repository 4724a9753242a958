"""What happened: ACLED event and sub-event types from the words of a clause.

Each row of ``rules/en/triggers.tsv`` is a pattern of event words with the
ACLED sub-event type it names (the event type is ACLED's, from
:mod:`geomap.taxonomy`) and a strength: 2 names the kind of event ("drone
strike", "barrage of missiles", "roadside bomb", "ambush"), 1 is a generic word
("attack", "killed") whose type comes from context, 3 overrides ("defused"), 4
decides over those ("took control of": ground that changed hands). The best word of a clause types it (:func:`typed`). Row columns say when a word
does not count or counts as generic: a weapon that is stored rather than fired,
a bare "explosion", an abduction told with a killing, a diplomatic protest.

ACLED's decisions that are not one word (a state's "strikes" are from the air;
civilians killed by gunmen are one-sided violence, not a battle; a crowd in a
clash is a riot; police breaking up a protest is an intervention) are rows of
``rules/en/event_typing.tsv``, applied by :func:`promoted_type`,
:func:`protest_actors` and :func:`settle_type`.

Adding an event type is one row of ``triggers.tsv`` and its pattern file.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Iterable, Protocol

from geomap.exc import PackageDataError
from geomap.taxonomy import event_type_of
from geomap.text._scan import Scan
from geomap.text._patterns import Patterns
from geomap.text.rules import Rules, load_rules

if TYPE_CHECKING:
    from geomap.text.actors import ActorHit

__all__ = ["EventRules", "event_rules", "Trigger", "typed", "triggers_in", "promoted_type", "protest_actors",
           "settle_type"]

#: The checks a triggers row may ask for (``check`` column), by name.
_CHECKS = ("", "fired")
#: The typing decisions the code applies (``event_typing.tsv``), by name.
_TYPING = ("state_strike", "aircraft_strike", "untyped_on_civilians", "untyped_on_others", "untyped_by", "untyped",
           "one_sided", "crowd", "protest_actor", "intervention", "intervention_deaths", "territory_by_state")


@dataclass(frozen=True)
class Trigger:
    """One row of ``triggers.tsv``, compiled."""

    scan: Scan
    rx: re.Pattern[str]
    event_type: str
    sub_event_type: str
    strength: int
    check: str = ""
    weak_word: re.Pattern[str] | None = None
    weak_clause: re.Pattern[str] | None = None
    skip_clause: re.Pattern[str] | None = None
    keep_clause: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Typing:
    when: str
    sub_event_type: str
    event_type: str
    word: re.Pattern[str] | None
    context: re.Pattern[str] | None


class EventRules(Patterns):
    """The event rules of one language, compiled: build it with :func:`event_rules`.
    Its patterns of weapons fired or not are the files ``weapon_<name>.re``."""

    def __init__(self, rules: Rules) -> None:
        super().__init__(rules, "weapon_", "fired_word attack_word store_before store_near_before fired_before "
                         "fired_after")
        def opt(name: str) -> re.Pattern[str] | None:
            return rules.regex(name) if name else None

        table = rules.path / "triggers.tsv"
        triggers = []
        for row in rules.table("triggers"):
            sub = row["sub_event_type"]
            et = event_type_of(sub) if sub else ""
            if sub and not et:
                raise PackageDataError(f"{table}: {sub!r} is not one of ACLED's sub-event types "
                                       f"(geomap/data/acled/taxonomy.tsv)")
            if row["check"] not in _CHECKS:
                raise PackageDataError(f"{table}: unknown check {row['check']!r}; the checks are 'fired' or ''")
            try:
                strength = int(row["strength"])
            except ValueError:
                raise PackageDataError(f"{table}: strength {row['strength']!r} is not 1, 2, 3 or 4") from None
            rx = rules.regex(row["pattern"])
            triggers.append(Trigger(Scan(rx), rx, et, sub, strength, row["check"],
                                    opt(row["weak_word"]), opt(row["weak_clause"]), opt(row["skip_clause"]),
                                    opt(row["keep_clause"])))
        self.triggers: tuple[Trigger, ...] = tuple(triggers)
        typing = {}
        for row in rules.table("event_typing"):
            sub = row["sub_event_type"]
            typing[row["rule"]] = _Typing(row["when"], sub, event_type_of(sub) if sub else "", opt(row["word"]),
                                          opt(row["context"]))
        missing = [r for r in _TYPING if r not in typing]
        if missing:
            raise PackageDataError(f"{rules.path / 'event_typing.tsv'}: no row for {', '.join(missing)}")
        self.typing: dict[str, _Typing] = typing


def event_rules(rules: Rules | None = None) -> EventRules:
    """The compiled event rules of ``rules`` (English by default), built once per :class:`Rules`."""
    return (rules or load_rules("en")).derived("text.events", EventRules)


def triggers_in(text: str, ev: EventRules) -> list[list[int]]:
    """For each event-word pattern, where it matches in the whole text (a pre-filter for :func:`typed`)."""
    return [[m.start() for m in t.scan.finditer(text)] for t in ev.triggers]


def typed(clause: str, ev: EventRules, span: tuple[int, int] | None = None,
          present: list[list[int]] | None = None) -> tuple[str, str, int, str, int] | None:
    """The best event word of a clause: (event_type, sub_event_type, strength, word, offset).

    ``present`` (from :func:`triggers_in` on the document) and ``span`` (the clause's
    offsets) let the patterns that match nowhere near the clause be skipped.

    Examples
    --------
    >>> typed("A roadside bomb killed two soldiers.", event_rules())
    ('Explosions/Remote violence', 'Remote explosive/landmine/IED', 2, 'roadside bomb', 2)
    """
    best = None
    for k, t in enumerate(ev.triggers):
        if present is not None and span is not None:
            xs = present[k]  # sorted: is one of them in [span[0] - 5, span[1])?
            j = bisect_left(xs, span[0] - 5)
            if j == len(xs) or xs[j] >= span[1]:
                continue
        for m in t.rx.finditer(clause):
            word = m.group(0)
            if t.check == "fired" and not _fires(clause, m, ev):
                continue
            if t.weak_word is not None and t.weak_word.fullmatch(word):
                strength = 1  # a bare explosion is a consequence; the cause types the event
            elif t.weak_clause is not None and t.weak_clause.search(clause):
                strength = 1  # "kidnapped and killed": the killing types it
            else:
                strength = t.strength
            if t.skip_clause is not None and t.skip_clause.search(clause) and \
                    (t.keep_clause is None or t.keep_clause.search(clause) is None):
                continue
            key = (strength, -m.start())
            if best is None or key > best[0]:
                best = (key, (t.event_type, t.sub_event_type, strength, word, m.start()))
    return best[1] if best else None


def _fires(clause: str, m: re.Match[str], ev: EventRules) -> bool:
    """Whether a weapon word ("missiles", "rockets", "mortar") describes an attack, not a target."""
    word = m.group(0).lower()
    if ev.fired_word.search(word):
        if ev.store_before.search(clause[:m.start()]) and not ev.attack_word.search(word):
            return False
        return True
    before = clause[max(0, m.start() - 50):m.start()]
    after = clause[m.end():m.end() + 40]
    if ev.store_near_before.search(before):
        return False
    return bool(ev.fired_before.search(before) or ev.fired_after.match(after))


def promoted_type(word: str, strength: int, actor_role: str, clause: str, ev: EventRules) -> tuple[str, str] | None:
    """The type of a generic word the context types: a state's "strikes" and aircraft that
    "struck" are air strikes. (event_type, sub_event_type), or None."""
    if strength != 1:
        return None
    rule = ev.typing["state_strike"]
    if actor_role in ("military", "state") and rule.word is not None and rule.word.match(word):
        return rule.event_type, rule.sub_event_type
    rule = ev.typing["aircraft_strike"]
    if rule.word is not None and rule.word.match(word) and rule.context is not None and rule.context.search(clause):
        return rule.event_type, rule.sub_event_type
    return None


def protest_actors(sub_event_type: str, a1: ActorHit | None, a2: ActorHit | None, ev: EventRules
                   ) -> tuple[ActorHit | None, ActorHit | None]:
    """At a protest, the crowd is the first actor (ACLED: protesters are actor 1)."""
    if sub_event_type == ev.typing["protest_actor"].when and a2 is not None and \
            a2.role in ("protesters", "civilians") and (a1 is None or a1.role == "protesters"):
        return replace(a2, role="protesters"), None
    return a1, a2


def crowd_first(event_type: str, a1: ActorHit | None, a2: ActorHit | None, ev: EventRules
                ) -> tuple[ActorHit | None, ActorHit | None]:
    """A protest the forces broke up or fired on keeps the crowd first and the force second
    ("police fired at protesters": ACLED's Protests have the protesters as actor 1)."""
    if event_type == ev.typing["intervention"].when and a1 is not None and a2 is not None \
            and a2.role in ("protesters", "civilians") and a1.role not in ("protesters", "civilians"):
        return replace(a2, role="protesters"), a1
    return a1, a2


class _Part(Protocol):
    strength: int
    event_type: str
    trigger: str
    fatalities: int | None


def settle_type(event_type: str, sub_event_type: str, actor1: str, a1: ActorHit | None, a2: ActorHit | None,
                parts: Iterable[_Part], crowd_text: str, ev: EventRules) -> tuple[str, str]:
    """ACLED's type of an incident from its event words, its actors and its text.

    ``actor1`` is the first actor's ACLED name; ``parts`` are the incident's pieces
    (their strength, event type, event word and toll); ``crowd_text`` is its text.
    """
    et, st = event_type, sub_event_type
    parts = list(parts)
    t = ev.typing
    if not et and a2 is not None:
        rule = t["untyped_on_civilians"] if a2.role == "civilians" else t["untyped_on_others"]
        et, st = rule.event_type, rule.sub_event_type
    if not et:
        by = t["untyped_by"]
        rule = by if by.word is not None and by.word.match(actor1) else t["untyped"]
        et, st = rule.event_type, rule.sub_event_type
    rule = t["territory_by_state"]
    if st == rule.when and ((a1 is not None and a1.role in ("military", "state", "police")) or
                            (rule.word is not None and rule.word.match(actor1))):
        st = rule.sub_event_type  # ground a state's forces take is the government's
    rule = t["one_sided"]
    if et == rule.when and a2 is not None and a2.role == "civilians" and \
            (a1 is None or a1.role in ("group", "military", "police")):
        # "civilians were killed by gunmen": one-sided violence, not a battle
        if not any(c.strength >= 2 and c.event_type == rule.when and rule.word is not None and rule.word.match(c.trigger)
                   for c in parts):
            et, st = rule.event_type, rule.sub_event_type
    # ACLED's rules for crowds: a crowd fighting is a riot; police breaking up a
    # peaceful protest is an intervention (or excessive force when protesters die)
    rule = t["crowd"]
    crowd = (a1 is not None and a1.role == "protesters") or (a2 is not None and a2.role == "protesters") or \
        bool(rule.context is not None and rule.context.search(crowd_text))
    if crowd and et == rule.when:
        et, st = rule.event_type, rule.sub_event_type
    rule = t["intervention"]
    if et == rule.when and rule.context is not None and rule.context.search(crowd_text):
        st = rule.sub_event_type
        if any(c.fatalities for c in parts):
            st = t["intervention_deaths"].sub_event_type
    return et, st
