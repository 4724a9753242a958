"""Who: the actors of an incident, recognised and named as ACLED names them.

Three kinds, found in this order (an earlier kind wins where two overlap):
named groups (``rules/en/actor_groups.tsv``: "Kataib Hezbollah", "Kata'ib
Hizballah" and "Hezbollah Brigades" are one group), the forces and people of a
country (``actor_states.tsv``: "US", "U.S.", "American", "the Pentagon" are the
United States; what may follow the name is ``actor_state_patterns.tsv``), and
forces and people named without a country ("soldiers", "policemen",
"civilians": ``actor_roles.tsv``), whose country is the incident's.
:func:`assign_actors` tells the attacker from the target by word order and
voice; :func:`normalize_actor` gives ACLED's actor name (``actor_names.tsv``): a
state's forces with ACLED's period by the day of the event (``actor_periods.tsv``:
"Military Forces of Syria (2000-)"), a group by the incident's country and day where
ACLED names it so (``actor_acled_names.tsv``: "Islamic State (Iraq)"), a crowd at a
riot as rioters (``actor_role_by_event.tsv``), a country as ACLED writes it
(``actor_countries.tsv``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from geomap.exc import PackageDataError
from geomap.text._scan import Scan
from geomap.text._patterns import Patterns
from geomap.text.rules import Rules, load_rules

__all__ = ["ActorHit", "ActorRules", "actor_rules", "find_actors", "assign_actors", "normalize_actor", "unnamed_actor1"]

_ROLE_NAME = re.compile(r"^[a-z_]+$")
_SPACE_IN_LINE = r"[^\S\n]+"  # white space within a line: an actor never runs across a line break


@dataclass(frozen=True)
class ActorHit:
    """An actor named in a text: its name, span, country and role."""

    name: str
    start: int
    end: int
    country: str = ""   # the country whose forces/civilians are meant ('' for groups)
    role: str = ""      # "military", "police", "civilians", "group", "state", ...


@dataclass(frozen=True)
class _Names:
    with_country: str
    without_country: str


class ActorRules(Patterns):
    """The actor rules of one language, compiled: build it with :func:`actor_rules`.
    Its patterns are the files ``actor_<name>.re``."""

    def __init__(self, rules: Rules) -> None:
        super().__init__(rules, "actor_", "based blamed claimed by_before by_close passive object_before "
                         "possessive_after pair_join target_before positions_after positions_before aimed_at_before between own_attack "
                         "tribe tribe_pair state_unit pronoun_subject backing_before")
        self._rules = rules
        self.states = [(r["country"], r["names"], frozenset(a for a in r["forces_alias"].split("|") if a))
                       for r in rules.table("actor_states")]
        self._state_rows = [(r["role"], r["pattern"], r["name"]) for r in rules.table("actor_state_patterns")]
        self._state_patterns: dict[str, list[tuple[re.Pattern[str], str, str]]] = {}
        self._named: dict[str, str] = {}
        self.country_finder = Scan(re.compile(r"(?<![\w-])(?:" + "|".join(rx for _c, rx, _a in self.states) + r")(?![\w])"))
        groups = rules.table("actor_groups")
        self.groups = [g["name"] for g in groups]
        self.group_names = {g["name"]: g["with_country"] for g in groups if g["with_country"]}
        self.unidentified = frozenset(g["name"] for g in groups if g["unidentified"] == "yes")
        members = rules.pattern("actor_group_members")
        alts = []
        for i, g in enumerate(groups):
            body = f"(?i-x:{g['pattern']})" if g["ignore_case"] == "yes" else f"(?-x:{g['pattern']})"
            # "Taliban militants", "IS fighters": the members are the group
            alts.append(f"(?P<g{i}>{body}(?:{_SPACE_IN_LINE}(?:{members}\n))?)")
        self.group_finder = Scan(re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w])", re.VERBOSE))
        # "Fighters of the Allied Democratic Forces": the members named before the group are the group
        self.members_of = re.compile(f"(?i:(?<![\\w-])(?:{members}\n){_SPACE_IN_LINE}of{_SPACE_IN_LINE}(?:the{_SPACE_IN_LINE})?)$",
                                     re.VERBOSE)
        roles = []
        for r in rules.table("actor_roles"):
            if not _ROLE_NAME.match(r["role"]):
                raise PackageDataError(f"{rules.path / 'actor_roles.tsv'}: a role is lower-case letters and '_', "
                                       f"not {r['role']!r}")
            roles.append(f"(?P<{r['role']}>{rules.pattern(r['pattern'])}\n)")
        self.generic_finder = Scan(re.compile(r"\b(?:" + "|".join(roles) + r")\b", re.VERBOSE | re.IGNORECASE))
        self.names = {r["role"]: _Names(r["with_country"], r["without_country"]) for r in rules.table("actor_names")}
        self.article = frozenset(rules.list("actor_country_article"))
        self.periods: dict[str, list[tuple[str, str, str]]] = {}
        for r in rules.table("actor_periods"):
            self.periods.setdefault(r["country"], []).append((r["from"], r["to"], r["period"]))
        self.acled_names = [(r["actor"], r["country"], r["from"], r["to"], r["name"])
                            for r in rules.table("actor_acled_names")]
        self.acled_country = {r["gazetteer"]: r["acled"] for r in rules.table("actor_countries")}
        self.unnamed = [(r["event_type"], r["sub_event_type"], r["actor1"]) for r in rules.table("actor_unnamed")]
        self.role_by_event = {(r["role"], r["event_type"]): r["as_role"] for r in rules.table("actor_role_by_event")}
        self.negation = rules.regex("incident_negation")

    def country_named(self, word: str) -> str:
        """The country of ``actor_states.tsv`` whose names include ``word`` ('' if none)."""
        got = self._named.get(word)
        if got is None:
            got = self._named[word] = next((c for c, rx, _a in self.states if re.fullmatch(rx, word)), "")
        return got

    def state_patterns(self, country: str) -> list[tuple[re.Pattern[str], str, str]]:
        """Patterns that start at a name of ``country``, best first: (pattern, actor name, role)."""
        got = self._state_patterns.get(country)
        if got is None:
            rx = next(rx for c, rx, _a in self.states if c == country)
            base = f"(?-x:(?:{rx})(?![\\w]))"
            got = self._state_patterns[country] = [
                (re.compile(base + "(?:" + self._rules.pattern(pattern) + "\n)", re.VERBOSE),
                 name.format(country=country) if name else country, role)
                for role, pattern, name in self._state_rows]
        return got

    def forces_alias(self, country: str) -> frozenset[str]:
        """Names that alone mean the forces of ``country`` (the Syrian "regime")."""
        return next((a for c, _rx, a in self.states if c == country), frozenset())

    def period(self, country: str, day: str) -> str:
        """ACLED's period of ``country``'s forces on ``day`` (ISO; '' = the period running now), or ''."""
        for start, end, period in self.periods.get(country, ()):
            if (start <= day and (not end or day < end)) if day else not end:
                return period
        return ""

    def acled_name(self, name: str, country: str, day: str) -> str:
        """ACLED's name of the group ``name`` in ``country`` on ``day`` ('' when it is the group's own)."""
        for actor, c, start, end, acled in self.acled_names:
            if actor == name and (not c or c == country) and \
                    (not day or ((not start or start <= day) and (not end or day < end))) and (day or not end):
                return acled
        return ""


def actor_rules(rules: Rules | None = None) -> ActorRules:
    """The compiled actor rules of ``rules`` (English by default), built once per :class:`Rules`."""
    return (rules or load_rules("en")).derived("text.actors", ActorRules)


def find_actors(text: str, a: int, b: int, ar: ActorRules) -> list[ActorHit]:
    """Actors named in ``text[a:b]``: groups, then forces and people of a country, then
    forces and people with no country; an earlier kind wins where two overlap.

    Examples
    --------
    >>> t = "US forces struck Kataeb Hezbollah fighters."
    >>> [(h.name, h.role) for h in find_actors(t, 0, len(t), actor_rules())]
    [('United States', 'military'), ('Kataib Hezbollah', 'group')]
    """
    seg = text[a:b]
    hits: list[ActorHit] = []
    taken = bytearray(len(seg) + 1)

    def add(s: int, e: int, name: str, country: str, role: str) -> None:
        if any(taken[s:e]):
            return
        taken[s:e] = b"\x01" * (e - s)
        hits.append(ActorHit(name, s + a, e + a, country, role))

    for m in ar.group_finder.finditer(seg):
        s = m.start()
        before = ar.members_of.search(seg, max(0, s - 40), s)
        add(before.start() if before else s, m.end(), ar.groups[int(m.lastgroup[1:])], "", "group")
    for m in ar.state_unit.finditer(seg):  # "the 35th Armored Brigade": a unit of the incident's state
        add(m.start(), m.end(), m.group("unit"), "", "state_unit")
    for m in ar.tribe_pair.finditer(seg):  # "between the Al X and Al Y tribesmen": two militias
        role = "clan" if m.group("kind").lower() in ("families", "clans") else "tribe"
        add(m.start("a"), m.end("a"), m.group("a"), "", role)
        add(m.start("b"), m.end(), m.group("b"), "", role)
    for m in ar.tribe.finditer(seg):  # tribal and clan militias, named or not
        clan = m.group("clan")
        add(m.start(), m.end(), clan or m.group("tribe") or m.group("tribe2") or m.group("tribe3") or "", "",
            "clan" if clan else "tribe")
    for m in ar.country_finder.finditer(seg):
        country = ar.country_named(m.group(0))
        if not country or taken[m.start()]:
            continue
        for rx, name, role in ar.state_patterns(country):
            mm = rx.match(seg, m.start())
            if mm is None:
                continue
            e = mm.end()
            if role == "state" and ar.based.match(seg[e:e + 8]):
                break
            if role == "state" and mm.group(0) in ar.forces_alias(country):
                role = "military"
            add(mm.start(), e, name, "" if role == "group" else country, role)
            break
        else:
            if m.group(0).isupper() and m.group(0) in ar.forces_alias(country):
                add(m.start(), m.end(), country, country, "military")  # "SAF continued bombardments": the acronym is the army
    for m in ar.generic_finder.finditer(seg):
        add(m.start(), m.end(), "", "", m.lastgroup)
    hits.sort(key=lambda h: h.start)
    return hits


def assign_actors(text: str, a: int, b: int, trig_at: int, hits: list[ActorHit], ar: ActorRules
                  ) -> tuple[ActorHit | None, ActorHit | None, ActorHit | None]:
    """(actor1, actor2, blamed) for the clause ``text[a:b]``, from word order around the
    event word at ``trig_at``: "X blamed the attack on Y" and "Y claimed responsibility"
    name the attacker; "2 civilians were killed by Afghan forces" puts the victims second; a force
    whose positions are struck ("drones struck RSF positions") is the target."""
    seg = text[a:b]
    blamed = None
    bm = ar.blamed.search(seg)
    if bm:
        after = [h for h in hits if h.start >= a + bm.end()]
        if after:
            blamed = after[0]
        return None, None, blamed
    cm = ar.claimed.search(seg)
    if cm and not ar.negation.search(seg[max(0, cm.start() - 25):cm.start()]):
        before = [h for h in hits if h.end <= a + cm.start() and h.role == "group"]
        if before:
            return None, None, before[0]
    a1 = a2 = None
    by = [h for h in hits if ar.by_before.search(text[max(a, h.start - 25):h.start])]
    passive = ar.passive.search(seg)
    if by:
        a1 = by[0]
        if passive:
            subj = [h for h in hits if h is not a1 and h.start < a + passive.start()]
            if subj:
                a2 = subj[0]  # "2 civilians were killed by Afghan forces"
        else:  # "the PMF repelled an attack by Islamic State cells": the subject was attacked
            subj = [h for h in hits if h.end <= a1.start and a <= h.start and h.name != a1.name
                    and not ar.object_before.search(text[max(a, h.start - 12):h.start])]
            if subj:
                a2 = subj[0]
    else:
        pre = [h for h in hits if h.start < trig_at and not ar.object_before.search(text[max(a, h.start - 12):h.start])
               and not ar.possessive_after.match(text[h.end:h.end + 3])]
        if pre and passive and passive.start() + a > pre[0].start \
                and not (pre[-1].start <= trig_at < a + passive.start() and not ar.passive.search(text, pre[-1].end, trig_at)):
            # (not "Turkish artillery pounded villages, 1 SDF fighter was killed": the event word comes between)
            a2 = pre[0]  # "eight militia fighters were killed": the subject is the victim
            # "4 Taliban were killed in clashes with Afghan forces": the other side is the attacker,
            # unless the attack was aimed at it ("killed in an air strike on Taliban positions")
            later = [h for h in hits if h.start >= a + passive.end() and h.end <= b and h.name != a2.name
                     and h.role != "civilians" and not ar.aimed_at_before.search(text[max(a, h.start - 30):h.start])
                     and not ar.positions_after.match(text, h.end, b)]
            if later:
                a1 = later[0]
            if ar.own_attack.search(seg, passive.end()):
                a1, a2 = a2, a1  # "12 Taliban were killed when Afghan forces repulsed their attack"
        elif len(pre) >= 2 and ar.pair_join.fullmatch(text[pre[-2].end:pre[-1].start]):
            a1, a2 = pre[-2], pre[-1]  # "rebels and government troops clashed"
        elif pre:
            # not a force that only backs the actor ("Iraqi troops backed by tribal fighters retook ...")
            lead = [h for h in pre if not ar.backing_before.search(text[max(a, h.start - 40):h.start])]
            if lead and len(lead) < len(pre):
                a1 = lead[-1]
            else:
                lead = pre
                a1 = pre[-1] if pre[-1].end >= trig_at - 2 else pre[0]
            if not a1.name and len(lead) >= 2 and lead[-2].name and a1.start - lead[-2].end <= 15:
                a1 = lead[-2]  # "HTS inghimasi fighters stormed ...": the named group
        else:  # "clashes between pro-Hadi forces and Houthi fighters"
            pair = [h for h in hits if h.start >= trig_at and h.end <= b]
            if len(pair) >= 2 and ar.between.search(text[max(a, pair[0].start - 12):pair[0].start]):
                a1 = pair[0]
                a2 = next((h for h in pair[1:] if h.name != a1.name or h.role != a1.role), None)
            elif pair and pair[0].role != "civilians" and "," in text[trig_at:pair[0].start] \
                    and _clause_subject(text, pair[0], a, ar) and not ar.pronoun_subject.search(text, a, trig_at):
                a1 = pair[0]  # "During an arrest raid in Jericho, Israeli forces shot a man": the subject
    # "an air strike on RSF positions", "positions of the militia": that force is the target, not
    # the people the strike killed (ACLED: a strike on an armed group is not violence against civilians)
    held = [h for h in hits if h.role != "civilians" and h is not a1 and a <= h.start and h.end <= b and
            (ar.positions_after.match(text, h.end, b) or ar.positions_before.search(text[max(a, h.start - 40):h.start]))]
    if held and (a2 is None or a2.role == "civilians" or a2.name == (a1.name if a1 else None)):
        a2 = held[0]
    if a2 is None:
        rest = [h for h in hits if h is not a1 and (a1 is None or h.start > a1.end)
                and (a1 is None or (h.name, h.role) != (a1.name, a1.role))
                and not ar.by_close.search(text[max(a, h.start - 8):h.start])]
        targets = [h for h in rest if ar.target_before.search(text[max(a, h.start - 40):h.start])]
        if targets:
            a2 = targets[0]
        elif rest:
            a2 = rest[0]
    return a1, a2, blamed


def _clause_subject(text: str, hit: ActorHit, a: int, ar: ActorRules) -> bool:
    """Whether ``hit`` opens the clause after a comma (the subject after a fronted phrase), not an
    object or a place ("..., killing two soldiers", "..., in an attack on police")."""
    head = text[max(a, hit.start - 12):hit.start]
    return bool(re.search(r",\s*(?:the\s+)?$", head, re.I)) and not ar.object_before.search(head)


def normalize_actor(hit_name: str, role: str, country: str = "", *, day: str | dt.date | None = None,
                    event_type: str = "", rules: Rules | None = None) -> str:
    """ACLED-style actor name for a recognised actor.

    Parameters
    ----------
    hit_name : str
        The actor's name ('' for forces and people named without one).
    role : str
        ``military``, ``state``, ``police``, ``civilians``, ``armed_group``, ``rebels``,
        ``protesters``; anything else keeps the name (or ACLED's name of the group).
    country : str
        The actor's or the incident's country.
    day : str or datetime.date, optional
        The day of the event (ISO): it chooses ACLED's period of a state's forces and the
        name of a group that changed; without it, the period running now.
    event_type : str, optional
        The incident's ACLED event type, for the names that depend on it (a crowd at a
        riot is "Rioters (Country)"). Give it for the first actor only.
    rules : Rules, optional
        The language rules (English by default).

    Examples
    --------
    >>> normalize_actor("Syria", "military", day="2020-03-01")
    'Military Forces of Syria (2000-)'
    >>> normalize_actor("", "civilians", "Afghanistan")
    'Civilians (Afghanistan)'
    >>> normalize_actor("Islamic State", "group", "Iraq")
    'Islamic State (Iraq)'
    """
    ar = actor_rules(rules)
    day = day.isoformat() if isinstance(day, dt.date) else (day or "")
    role = ar.role_by_event.get((role, event_type), role)
    c = hit_name if hit_name and role in ar.names else country
    c = ar.acled_country.get(c, c)
    names = ar.names.get(role)
    if names is not None and "{name}" in names.with_country:  # a tribe's militia, a state's unit: its own name
        country = ar.acled_country.get(country, country)
        period = ar.period(country, day) if country else ""
        return (names.with_country if country else names.without_country).format(
            name=hit_name or "Unidentified", country=country, the="the " if country in ar.article else "",
            period=f" {period}" if period else "")
    if names is not None:
        if not c:
            return names.without_country
        period = ar.period(c, day)
        return names.with_country.format(the="the " if c in ar.article else "", country=c,
                                         period=f" {period}" if period else "")
    country = ar.acled_country.get(country, country)
    acled = ar.acled_name(hit_name, country, day)
    if acled:
        return acled
    template = ar.group_names.get(hit_name)
    if template and country:
        period = ar.period(country, day)
        return template.format(country=country, period=f" {period}" if period else "")
    return hit_name


def unnamed_actor1(event_type: str, sub_event_type: str, country: str = "", *, rules: Rules | None = None) -> str:
    """ACLED's first actor of a violent incident whose report names no attacker (``actor_unnamed.tsv``).

    Examples
    --------
    >>> unnamed_actor1("Explosions/Remote violence", "Remote explosive/landmine/IED", "Somalia")
    'Unidentified Armed Group (Somalia)'
    >>> unnamed_actor1("Protests", "Peaceful protest", "Somalia")
    ''
    """
    ar = actor_rules(rules)
    country = ar.acled_country.get(country, country)
    for et, st, name in ar.unnamed:
        if et == event_type and (not st or st == sub_event_type):
            return name.format(country=country) if country else name.replace(" ({country})", "")
    return ""
