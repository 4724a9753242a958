"""Incidents from news prose: what, when, who, how many, where, and the evidence.

The pipeline is rule based and explainable, one pure step after another; each
step is a module of :mod:`geomap.text`, its words are the language's rules
(``geomap/text/rules/en/``, passed in as a :class:`~geomap.text.rules.Rules`),
and this module composes them:

1. :func:`~geomap.text.sentences.split_sentences` cuts the text into blocks
   (headline, caption, body paragraphs) and sentences, with character offsets,
   without breaking at "Dec.", "U.S.", "Mr", "St." and the like.
2. Each sentence is cut into clauses at connectors that introduce a different
   event ("in retaliation to", "in response to", "days after", "came after",
   "amid"); a clause with no event word lends its places and dates to the
   clause before it ("..., after he landed at Baghdad airport").
3. Each clause with an event word becomes a candidate: ACLED event type and
   sub-event type from the words used ("drone strike", "barrage of missiles",
   "roadside bomb", "ambush" ...: :mod:`geomap.text.events`), the date phrases
   of :mod:`geomap.text.dates`, actors from a table of names and forces
   (normalised: "US", "U.S.", "American", "the Pentagon" -> "United States":
   :mod:`geomap.text.actors`), the death toll (:mod:`geomap.text.fatalities`),
   and the clause's own places (a place after "in", "at", "near", "the X area";
   not "a Britain-based organisation", "from X", "X's", "the border with X":
   :mod:`geomap.text.incident_places`).
4. Candidates are merged into incidents, in text order: a definite reference
   ("the attack", "the planes", "the latest air strikes") or a clause that only
   adds a toll joins the most recent compatible incident; an indefinite one
   ("a rocket attack") starts a new incident unless it shares a day or a toll;
   two candidates are compatible when their types, actors, days (a caption's
   date may be a day off) and places (the same, or one inside the other) do
   not contradict each other. Headlines then join the main incident they fit.
5. Each incident takes the best of its pieces: the day given with "on ..." in
   the body over a caption's photo date, the latest death-toll update over an
   earlier figure, the most specific place (with ACLED's geo_precision: 1 the
   place, 2 near it or its area, 3 only the region or country).

Decisions (documented, tested):

- A cause named only in passing ("in retaliation to Taliban attacks on posts",
  "amid tensions over the killing of ...") is not an incident unless the text
  gives it a date, a place or a toll of its own ("in retaliation to a rocket
  attack on a base in Iraq that killed a US contractor" is one).
- "Later that night", "hours later": the day of the incident told before.
- "A gunfight with the attackers": the same incident as the attack before it.
- ACLED's crowd rules: a crowd (protesters, rioters, students ...) in a clash is
  a riot; police dispersing a protest (tear gas, arrests) is a protest with
  intervention, excessive force when protesters are killed.
- "X district, Province": the district must lie in the province (another
  "Argo", in Greece, is dropped); when it is unknown, the province is the
  location at geo_precision 3.

- Diplomatic visits, talks and statements are not incidents (ACLED codes
  them neither as violence nor, generally, as strategic developments), so
  "Putin made a rare visit to Syria" yields nothing.
- Habitual or background sentences ("has struck ... in the past") yield nothing.
- A week or month precision stores the first day of the period; an incident
  whose date is not stated has ``event_date=None`` and ``time_precision=None``
  with the reason in ``notes`` and, when the text bounds it ("Iran responded
  by firing ...", "in retaliation to a rocket attack"), the range in
  ``extra["date_range"]`` (never an invented day).
- Named people killed count one each ("killed Qassem Suleimani ...
  Al Muhandis was also killed" -> 2), only when no number is given.
- ACLED coders' own notes, when present in the text ("Fatalities coded as 0",
  "Fatalities split across 3 events (5)"), are read as the stated toll.
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from typing import Any, Iterable, Sequence

from geomap.exc import InputError
from geomap.gazetteer.countries import country_name
from geomap.model import Evidence, Incident, Mention
from geomap.text.actors import ActorHit, actor_rules, assign_actors, find_actors, normalize_actor, unnamed_actor1
from geomap.text.dates import DAY, DateMention, date_rules, find_dates, parse_published, unanchored_reason
from geomap.text.incident_dates import dates_for as _dates_for, days_from_neighbours, in_count_subject, said_after_bound, story_day
from geomap.text.published import header_spans
from geomap.text.events import crowd_first, event_rules, promoted_type, protest_actors, settle_type, triggers_in, typed
from geomap.text.fatalities import toll, toll_rules, toll_statement
from geomap.text.incident_merge import Cand, Inc, chosen_toll, fold_unanchored, merge, without_sums
from geomap.text.incident_passing import told_in_passing
from geomap.text.incident_split import split_stated
from geomap.text.incident_places import (after_preposition, area_point, clause_locations, place_rank, place_rules,
                                         point_source, sentence_fallback)
from geomap.text._patterns import Patterns
from geomap.text._ranking import load_weights
from geomap.text.roles import LARGE_TOLL, is_background, is_tally, long_before, role_rules
from geomap.text.rules import Rules, load_rules
from geomap.text.sentences import blocks, clauses, sentence_rules, split_sentences

__all__ = ["extract_incidents", "IncidentRules", "incident_rules"]

#: a block that ends like a sentence (a body paragraph, not a headline)
#: The marks that open a direct quotation, and its close.
_QUOTES = frozenset('"“‘')
_QUOTE_CLOSE = re.compile(r"[\"”’](?!\w)")


def _in_quotation(text: str, sa: int, sb: int, ca: int) -> bool:
    """Whether the clause at ``ca`` is inside the direct quotation that opens the sentence ``text[sa:sb]``."""
    if text[sa:sa + 1] not in _QUOTES:
        return False
    close = _QUOTE_CLOSE.search(text, sa + 1, sb)
    return close is None or ca < close.start()
_FINAL_PUNCT = re.compile(r"[.!?][\"'”’)]?\s*$")


class IncidentRules(Patterns):
    """Everything the incident reader needs from one language's rules, compiled once per
    :class:`~geomap.text.rules.Rules` (:func:`incident_rules`): the rules of each step
    (dates, sentences, events, actors, tolls, places) and the clause-level cues (the
    files ``incident_<name>.re``)."""

    def __init__(self, rules: Rules) -> None:
        super().__init__(rules, "incident_", "habitual habitual_aside negation definite definite_start indefinite anaphoric_actor "
                         "latest report_verb as_reported date_anchor date_background date_own bound_before bound_after dateline "
                         "anaphoric_place reference split split_reference answer source_actor claim claim_next died_later intent negation_close new_event "
                         "date_adjective claimed_by abroad date_recovery date_of_event sum_lead recalled_cause new_event_placed sums_many")
        self.rules = rules
        self.dates = date_rules(rules)
        self.sentences = sentence_rules(rules)
        self.events = event_rules(rules)
        self.actors = actor_rules(rules)
        self.tolls = toll_rules(rules)
        self.places = place_rules(rules)
        self.roles = role_rules(rules)


def incident_rules(rules: Rules | None = None) -> IncidentRules:
    """The compiled incident rules of ``rules`` (English by default), built once per :class:`Rules`."""
    return (rules or load_rules("en")).derived("text.incidents", IncidentRules)


def _candidates(text: str, mentions: Sequence[Mention], published: _dt.date | None, gazetteer: Any,
                ir: IncidentRules) -> tuple[list[Cand], list[DateMention], list[tuple[int, DateMention]]]:
    """Every clause with an event word, as a candidate incident, in text order; the document's dates; the days
    of the tallies that sum a day's events, with where each is told."""
    sents = split_sentences(text, rules=ir.rules)
    # blocks: each physical line group; captions and headlines are marked
    blks = blocks(text)
    block_starts = [s for s, _e in blks]

    def block_of(pos: int) -> int:
        i = bisect_right(block_starts, pos) - 1  # the blocks are sorted and disjoint
        if i >= 0 and pos < blks[i][1]:
            return i
        return len(blks) - 1

    caption_blocks = {i for i, (s, e) in enumerate(blks) if ir.sentences.is_caption(text[s:e])}
    entry_headings = {i for i, (s, e) in enumerate(blks) if ir.sentences.is_entry_heading(text[s:e]) or (
        i and ir.sentences.is_entry_time(text[slice(*blks[i - 1])]) and not _FINAL_PUNCT.search(text[s:e]))}
    heading_order = sorted(entry_headings | {i for i, (s, e) in enumerate(blks) if ir.sentences.starts_entry(text[s:e])})
    first_body = next((i for i, (s, e) in enumerate(blks)
                       if i not in caption_blocks and (len(split_sentences(text[s:e], rules=ir.rules)) >= 2
                                                       or _FINAL_PUNCT.search(text[s:e]))), 0)
    cands: list[Cand] = []
    sums: list[tuple[int, DateMention]] = []
    heads: dict[int, list[tuple[DateMention, float]]] = {}  # a block's opening line of a day and no event
    day_line: list[tuple[DateMention, float]] = []  # the last line that is only a day ("Thursday 29 February")
    order = 0
    # the text with its date phrases blanked, so "21 March 2020, 12 militants" counts 12, not 2020
    masked = list(text)
    doc_dates = find_dates(text, published, future=False, rules=ir.rules)
    header = header_spans(text, rules=ir.rules)
    for d in doc_dates:
        masked[d.start:d.end] = " " * (d.end - d.start)
    masked = "".join(masked)
    ev = ir.events
    present = triggers_in(text, ev)
    actors = find_actors(text, 0, len(text), ir.actors)
    actor_starts = [h.start for h in actors]  # sorted
    mention_starts: list[int] | None = [m.start for m in mentions]
    if any(x > y for x, y in zip(mention_starts, mention_starts[1:])):
        mention_starts = None  # not sorted (extract_incidents sorts them): look at all

    def has_event(s: str) -> bool:
        return typed(s, ev) is not None

    # places named where something happened ("near Ayorou", "in Turbat"), not a dateline or a speaker's
    placed = sorted(m.start for m in mentions if m.kind == "toponym" and (
        after_preposition(text, m, ir.places) or ir.places.attack_verb.search(text, max(0, m.start - 40), m.start)))

    def has_place(a: int, b: int) -> bool:
        i = bisect_left(placed, a)
        return i < len(placed) and placed[i] < b

    for si, (sa, sb) in enumerate(sents):
        bi = block_of(sa)
        headline = bi < first_body or bi in entry_headings
        caption = bi in caption_blocks
        sentence = text[sa:sb]
        if ir.habitual.search(sentence) and ir.habitual.search(ir.habitual_aside.sub("", sentence)):
            continue  # a habit ("often"; not the place's: ", a road frequently targeted by jihadists")
        # a claim the next sentence says nobody could check: an incident only with its own place and day, noted
        unchecked = si + 1 < len(sents) and ir.claim_next.match(text, *sents[si + 1]) is not None
        prev: Cand | None = None
        if sa == blks[bi][0] and (day := [(d, 1.0) for d, st in _dates_for(text, sa, sb, published, caption, doc_dates,
                                                                         ir, header) if st >= 2 and d.precision == DAY][:1]):
            if typed(sentence, ev, (sa, sb), present) is None:
                heads[bi] = day  # "• Mora (Mayo-Sava) — Tuesday 11 March.": the day of the block's events giving none
                day_line = day if len(text[sa:blks[bi][1]].strip()) <= len(day[0][0].text) + 3 else day_line
        for ca, cb, background in clauses(text, sa, sb, has_event, rules=ir.rules, has_place=has_place):
            clause = text[ca:cb]
            if is_tally(clause, ir.roles) or is_background(clause, ir.roles) or (
                    ir.claim.search(clause) and not ir.tolls.coded.search(clause)):
                if ir.sum_lead.search(clause) and not is_background(clause, ir.roles):  # "killed seven in two attacks on Monday"
                    sums.extend((ca, d) for d, st in _dates_for(text, ca, cb, published, caption, doc_dates, ir, header)
                                if st >= 2 and d.precision == DAY and d.date is not None)
                continue  # a tally, background or a claim (unless a coder counted it): context, not an incident
            if background and ir.recalled_cause.search(text, sa, cb):
                continue  # "The attacks come a week after the hijacking of a train in Bolan, in which 26 were killed"
            word_type = typed(clause, ev, (ca, cb), present)
            toll_only = False
            locs = clause_locations(text, ca, cb, mentions, order, mention_starts, gazetteer=gazetteer, pr=ir.places)
            order += len(locs) + 1
            dates = _dates_for(text, ca, cb, published, caption, doc_dates, ir, header)
            died = ir.died_later.search(text, ca, cb)
            if died and (word_type is None or not word_type[0]):
                locs = []  # "a wounded fighter died in hospital in Hasakah": where he died, not where he was hit
            if died and len(dates) > 1:  # "a child who succumbed on Sunday to wounds ... shelled on Friday": Friday
                dates = [(d, s) for d, s in dates if not died.start() <= d.start < died.end()] or dates
            elif died and word_type is not None and word_type[0]:
                # "A second protester died Thursday of wounds sustained when police opened fire ...": not the day of the fire
                dates = [(d, s) for d, s in dates if not died.start() <= d.start < died.end()]
            if not dates and not background and prev is not None and prev.date is not None:
                dates = [(prev.date, prev.date_strength)]  # "On Wednesday, gunmen killed ... and abducted ...": its day
            if not dates and not background and any(loc.precision < 3 for loc in locs):
                dates = heads.get(bi) or day_line  # ... "Suspected JAS fighters raided a neighbourhood of Mora": that day
            if long_before(text, dates, published, ir.roles, (ca, cb)):
                continue  # "on Oct. 7, 2023" in a report of June 2024: background
            second = _goes_on_from(prev, si, text, ca, ir)
            # "Six people were killed in Baalbek | and three in Hermel in strikes on Saturday": a count of its own
            bare = second and bool(locs) and prev is not None and prev.fatalities is not None \
                and toll(masked, ca, cb, ir.tolls)[0] is None and ir.tolls.count_in.match(text, ca) is not None
            if (word_type is None and second and locs and dates or bare) and prev is not None and prev.fatalities is not None:
                # "killed a man in Nabatieh on Monday | and two brothers in Bint Jbeil early on Tuesday": a second
                # event of the first's kind, with its own place, day and dead
                verb = "killed " + text[ca:cb]
                c = replace(prev, start=ca, end=cb, locations=locs, date=None, date_strength=0.0, evidence=[],
                            new_event=True)
                if word_type is not None and word_type[2] >= 2 and not prev.sub_event_type:
                    # "Seven were killed in Bureij and four in Nuseirat in air strikes": both air strikes
                    for x in (prev, c):
                        x.event_type, x.sub_event_type, x.strength = word_type[0], word_type[1], word_type[2]
                c.fatalities, c.qualifier, c.toll_strength, c.additive = toll(verb, 0, len(verb), ir.tolls)
                _take_date(c, dates)
                if c.date is not None and prev.date_strength < 1:
                    prev.date, prev.date_strength = c.date, c.date_strength  # "... on Saturday afternoon": both
                c.evidence.append(Evidence(text[sa:sb], sa, sb))
                cands.append(c)
                prev = c
                continue
            if word_type is None:
                # a sentence that only states the toll ("No casualties were reported.", "Fatalities coded as 0."): the incident before
                tm = toll_statement(clause, ir.tolls)
                if tm:
                    word_type = ("", "", 1, tm.group(0), tm.start())
                    toll_only = True
            if word_type is None:
                if prev is not None and not ir.sentences.separators.match(text[ca - 3:ca + 1] or ""):
                    prev.locations.extend(locs)
                    _take_date(prev, dates)
                    f = toll(masked, ca, cb, ir.tolls)
                    if f[0] is not None and prev.fatalities is None:
                        prev.fatalities, prev.qualifier, prev.toll_strength, prev.additive = f
                    prev.end = max(prev.end, cb)
                continue
            et, st, strength, word, off = word_type
            toll_only = toll_only or (not et and bool(ir.tolls.breakdown.search(clause)))  # "... were among the dead"
            if not et and second and prev is not None:
                # "... struck hideouts near Haditha, killing six, | and a cave complex near Rawah on Sunday, killing
                # three more": the second target of the same kind of strike
                et, st, strength = prev.event_type, prev.sub_event_type, max(strength, prev.strength)
            if not et and ((upd0 := ir.tolls.update.search(clause)) or ir.tolls.count_noun.search(clause)
                           or ir.died_later.search(clause)):
                # "By Wednesday the death toll had risen to 13", "By Thursday ... 18 bodies": the count's day (not "on
                # Thursday, the day of the attack")
                dates = [(d, 3.0) for d, _s in dates if ir.date_of_event.match(text, d.end) or in_count_subject(d, upd0, ca)]
            trig_at = ca + off
            if ir.negation.search(text[max(ca, trig_at - 25):trig_at]) and strength < 2 \
                    or ir.negation_close.search(text, max(ca, trig_at - 25), trig_at):
                continue  # "no attack was reported", "no new fighting"
            hits = [h for h in actors[bisect_left(actor_starts, ca):bisect_right(actor_starts, cb)] if h.end <= cb]
            a1, a2, blamed = assign_actors(text, ca, cb, trig_at, hits, ir.actors) if not toll_only else (None, None, None)
            if a1 is not None and not et and strength < 2 and ir.source_actor.match(text, a1.end, cb):
                a1 = None  # "Police said nine of the victims had died": the source of the toll, not an attacker
            head = text[max(ca, trig_at - 45):trig_at + len(word) + 12]
            anaphoric = bool(ir.anaphoric_actor.search(clause)) or (not locs and bool(ir.anaphoric_place.search(clause)))
            c = Cand(sent=si, block=bi, start=ca, end=cb, event_type=et, sub_event_type=st, strength=strength,
                      trigger=word, trigger_start=trig_at, anaphoric_actor=anaphoric,
                      definite=bool(ir.definite.search(head)) or anaphoric
                      or bool(ir.definite_start.match(text[ca:trig_at]) and strength < 2),
                      latest=bool(ir.latest.search(head)), headline=headline, caption=caption,
                      quoted=_in_quotation(text, sa, sb, ca), entry=bisect_right(heading_order, bi) - 1,
                      new_event=bool(ir.new_event.match(text, sa, sb)) or bool(locs) and (
                          second or bool(ir.new_event_placed.match(text, sa, sb))),
                      abroad=bool(ir.abroad.search(text, sa, sb)),
                      actor1=a1, actor2=a2, blamed=blamed, locations=locs, background=background, toll_only=toll_only,
                      indefinite=bool(ir.indefinite.search(text[max(ca, trig_at - 30):trig_at])))
            update = ir.tolls.update.search(clause)  # a toll update ("the toll had risen to 30"), looked for once
            if c.definite and (update or ir.tolls.count_noun.search(clause)):
                dates = [(d, s) for d, s in dates if text[d.end:d.end + 2] in ("'s", "’s") or in_count_subject(d, update, ca)]  # "Three more bodies were found
                # on Tuesday near where the clashes took place": the count's day ("in last night's strike": the strike's)
            elif upd := ir.tolls.update.search(text, ca, cb):
                # "raised on Wednesday to six the number killed in last Friday's bombing": the bombing's day; "the toll
                # from the strike on Sunday rose to 22": Sunday; "The toll was revised on 20 February to 15": the update's
                dates = [(d, s) for d, s in dates if text[d.end:d.end + 2] in ("'s", "’s")] \
                    or [(d, s) for d, s in dates if not (upd.group("uv") and (d.start >= upd.start("uv") or (
                        d.end <= upd.start() and (trig_at >= upd.start() or ir.tolls.say.search(text, d.end, upd.start())))))]
                # "On Monday, the group said the toll had risen to 30", "By Monday evening, the toll had risen to seven": the update's day
            _take_date(c, said_after_bound(dates, text, ir.tolls.say))
            if c.date is None and c.entry >= 0 and published is not None and c.unanchored is None and not background:
                # "11:40 GMT - Drone wounds four in al-Atarib": an entry of the day's live page, that day (weakly)
                hs, he = blks[heading_order[c.entry]]
                c.date, c.date_strength = DateMention(text[hs:he].strip(), hs, he, published, DAY, "absolute", True,
                                                      earliest=published, latest=published), 0.5
            if (am := ir.answer.search(clause)) and cands and not ((w := typed(clause[:am.start()], ev)) and w[2] >= 2):
                # "... returned fire": the event before, fought by both sides (not "gunmen opened fire on an outpost
                # in Khanaqin ... before fleeing when troops returned fire": that clause's own event)
                c.answers = c.definite = True
            lead, own = text[max(sa, ca - 40):ca], text[ca:min(cb, ca + 40)]
            if background and ir.bound_before.search(lead):
                c.bound = "before"  # "... in retaliation to a rocket attack": the cause came first
                counted = next((d for d in find_dates(lead, None, rules=ir.rules) if d.days), None)
                if counted is not None:  # "The attack came a day after gunmen killed nine ...": a day before it
                    c.bound_days = -abs(counted.days)
            elif ir.bound_after.search(own):
                c.bound = "after"   # "Iran responded by firing ...": after the event told before
            c.fatalities, c.qualifier, c.toll_strength, c.additive = toll(masked, ca, cb, ir.tolls)
            c.sums_many = c.fatalities is not None and ir.sums_many.search(clause) is not None
            if c.fatalities is not None and ir.tolls.earlier.search(clause) and not ir.tolls.later.search(clause):
                c.toll_strength = 0  # "Officials had earlier put the death toll at four": outdated
            if c.fatalities is not None and not locs and update:
                c.definite, c.strength, c.new_event = True, 1, False  # "the toll had risen to 30 as bodies were found": a told event's
            if unchecked:
                if not (locs and any(ds >= 1 for _d, ds in dates)):  # a day of its own, not the day it was said
                    continue  # "HTS said it had killed 12 soldiers. The claim could not be verified."
                c.unchecked = True  # "ISPR said forces killed nine militants in Lakki Marwat on Sunday": as claimed
            if c.fatalities is None and ir.intent.search(clause):
                continue  # "organisers vowed to block the road on Friday": threatened, not done
            # an untyped "strikes"/"attack" gets its type from its actor: a state's strikes are from the air
            promoted = promoted_type(word, strength, a1.role if a1 is not None else "", clause, ev)
            if promoted is not None:
                (c.event_type, c.sub_event_type), c.strength = promoted, 2
            c.evidence.append(Evidence(text[sa:sb], sa, sb))
            cands.append(c)
            prev = c
    return cands, doc_dates, sums


def _goes_on_from(prev: Cand | None, si: int, text: str, ca: int, ir: IncidentRules) -> bool:
    """Whether the clause at ``ca`` is cut from ``prev`` (a typed event or a toll of the same sentence) by a coordinator
    that goes on to a second event ("killed a man in Nabatieh on Monday | and two brothers in Bint Jbeil ...")."""
    if prev is None or prev.sent != si or not (prev.event_type or prev.fatalities is not None):
        return False
    co = ir.sentences.coordinators.match(text, prev.end)
    return co is not None and co.end() == ca


def _take_date(c: Cand, dates: list[tuple[DateMention, float]]) -> None:
    for d, s in dates:
        if d.date is None:
            if d.kind == "bound" and not c.bound:
                c.bound, c.bound_days = d.direction, d.days
            elif d.kind != "bound" and (c.unanchored is None or s > c.unanchored[1]):
                c.unanchored = (d, s)
            continue
        if s > c.date_strength:
            c.date, c.date_strength = d, s


def _recalled(inc: Inc) -> bool:
    """Whether ``inc`` is dated only by a past week or month ("an attack near the border last week", "In March, a
    bomb killed ..." in a report of May)."""
    d = inc.best_date()[0]
    return d is not None and d.precision is not None and d.precision > DAY and d.kind in ("relative", "absolute")


def _claimant(text: str, parts: list[Cand], ir: IncidentRules) -> ActorHit | None:
    """The group that claimed the incident ("IS claimed responsibility via Amaq"), in its sentences or the
    one after them: the actor named last before the claim, in the same sentence; None when none does."""
    lo = min(e.start for c in parts for e in c.evidence)
    hi = max(e.end for c in parts for e in c.evidence)
    nxt = text.find(".", hi + 1, hi + 400)  # the sentence after them
    hi = nxt + 1 if nxt >= 0 else min(len(text), hi + 400)
    for m in ir.claimed_by.finditer(text, lo, hi):
        start = max(text.rfind(". ", lo, m.start()) + 2, lo)
        hits = [h for h in find_actors(text, start, m.end(), ir.actors)
                if h.end <= m.start() and h.role == "group" and h.name not in ir.actors.unidentified]
        if hits:
            return hits[-1]
    return None


def _toll_of(inc: Inc) -> int:
    """The largest toll a part of ``inc`` states (0 when none)."""
    return max((c.fatalities or 0 for c in inc.parts), default=0)


# --------------------------------------------------------------------------- incident records
#: The confidence of a fallback place no mention of the incident names directly.
_FALLBACK_CONFIDENCE = 0.6
#: A report's own news is of the last _RECENT_DAYS days; beside it, an event older than _RECALLED_DAYS is recalled.
_RECENT_DAYS, _RECALLED_DAYS = 7, 30
#: A dateline starts one of the first lines: within this many characters of the start (after a headline).
_DATELINE_WITHIN = 400


def _build(inc: Inc, published: _dt.date | None, source: str, text: str, ir: IncidentRules,
           doc_country: str = "", gazetteer: Any = None, mentions: Sequence[Mention] = (),
           dateline: tuple[int, int] = (0, 0)) -> Incident:
    """The :class:`Incident` of a merged incident: the best of its pieces."""
    parts = sorted(inc.parts, key=lambda c: c.start)
    # the kinds named; a weak word of a strategic development ("detained") only when no other is
    typed_parts = [c for c in parts if c.strength >= 2 and c.sub_event_type] or \
        [c for c in parts if c.sub_event_type and c.event_type == "Strategic developments" and not c.headline]
    if typed_parts:
        # the body's words over a headline's
        t = sorted(typed_parts, key=lambda c: (c.headline, -c.strength, c.start))[0]
        et, st = t.event_type, t.sub_event_type
    else:
        et, st = "", ""
    # ---- where
    locs = [(loc, c) for c in parts for loc in c.locations]
    location = country = admin1 = ""
    lon = lat = None
    geo_prec = None
    gid = None
    notes: list[str] = []
    chosen = None
    unresolved_name = extra_location = ""
    place_conf: float | None = None
    if locs:
        # a place named only in the dateline is where the report was filed: the last resort
        body = [(loc, c) for loc, c in locs if not dateline[0] <= loc.mention.start < dateline[1]] or locs
        resolved = [(loc, c) for loc, c in body if loc.mention.place is not None]
        # a part that only refers back ("its aircraft had struck only targets in Idlib") yields to the told event's
        chosen, part = min(body, key=lambda lc: (lc[0].rank, lc[1].definite and lc[1].date_strength < 1 and lc[1].fatalities is None,
                                                 lc[0].precision, lc[1].headline, lc[0].order))
        p = chosen.mention.place
        geo_prec = chosen.precision
        place_conf = chosen.mention.confidence
        if p is None:
            # the place is not in the gazetteer: the smallest place the text puts it in, else the
            # most specific place the incident names, at ACLED's precision for it (2 or 3)
            fallback = next(iter(chosen.mention.within), None)
            if fallback is None and resolved:
                fallback = min(resolved, key=lambda lc: (lc[0].rank, lc[0].precision, lc[0].order))[0].mention.place
            if fallback is None:
                fallback = sentence_fallback(chosen.mention, (part.start, part.end), mentions, dateline, text, ir.places)
            if fallback is not None:
                notes.append(f"{chosen.mention.text!r} is not in the gazetteer: placed at {fallback.name}")
                geo_prec = max(geo_prec or 2, 3 if place_rank(fallback) >= 5 else 2)
                unresolved_name, p = chosen.mention.text, area_point(fallback, gazetteer)
                place_conf = max((loc.mention.confidence or 0.0 for loc, _ in resolved
                                  if loc.mention.place == fallback), default=_FALLBACK_CONFIDENCE)
        elif geo_prec == 3 and (p.feature_code.startswith("ADM") or p.feature_code.startswith("PCL")):
            p = area_point(p, gazetteer)  # only the province or country is known: its label point (or capital)
        if p is not None:
            location, lon, lat, gid = p.name, p.longitude, p.latitude, p.geonameid
            country = country_name(p.country_code) or p.country_code
            admin1 = p.admin1 if place_rank(p) < 6 else ""
            if place_rank(p) >= 5 and p.feature_code.startswith("ADM1"):
                admin1 = p.name
            others = {loc.mention.place.country_code for loc, _ in resolved if loc.mention.place.country_code}
            if len(others) > 1 and geo_prec < 2:
                geo_prec = 2
                names = sorted({loc.mention.place.name for loc, _ in resolved} - {p.name})
                notes.append("several places named: " + ", ".join(names))
        else:
            location = chosen.mention.text
            notes.append(f"location {chosen.mention.text!r} not resolved")
        if unresolved_name:
            extra_location = unresolved_name
    elif dateline[1] and any(c.start <= dateline[1] < c.end for c in parts):
        # the sentence that starts at the dateline names no place of its own ("BAGHDAD (Reuters) -
        # A car bomb exploded in a market"): the dateline's town, as ACLED codes such reports
        filed = [m for m in mentions if m.place is not None and dateline[0] <= m.start < dateline[1]]
        # "AMMAN (Reuters) - Nine people were killed in Syria's Daraa province": filed abroad, not there
        told = {m.place.country_code for m in mentions if m.place is not None and dateline[1] <= m.start
                and any(c.start <= m.start < c.end for c in parts)}
        if filed and told and not told & {m.place.country_code for m in filed}:
            filed = []
        if filed:
            m = min(filed, key=lambda x: (place_rank(x.place), x.start))
            p = area_point(m.place, gazetteer) if place_rank(m.place) >= 5 else m.place
            location, lon, lat, gid = p.name, p.longitude, p.latitude, p.geonameid
            country = country_name(p.country_code) or p.country_code
            admin1 = p.admin1 if place_rank(p) < 6 else ""
            geo_prec = 2 if place_rank(m.place) < 5 else 3
            place_conf = m.confidence
            notes.append(f"placed at the dateline, {m.text}: the text names no other place for it")
    # ---- when
    date, ds = inc.best_date()
    if any(c.same_day for c in parts):
        notes.append("date of the event told before it (the text says 'later that day' or similar)")
    if any(c.offset_day for c in parts):
        notes.append("date counted from the event told before it (the text says 'a day later' or similar)")
    if any(c.story_day for c in parts):
        notes.append("date of the report: the only day it states (none in this incident's sentences)")
    extra_range = None
    if date is None or date.date is None:
        event_date, tp = None, None
        after = max((c.not_before for c in parts if c.not_before is not None), default=None)
        before = min((c.not_after for c in parts if c.not_after is not None), default=None)
        bounds = [f"on or after {after.isoformat()} (the event it answers)"] if after else []
        if before:
            bounds.append(f"on or before {before.isoformat()} (the event it led to)")
        elif published:
            bounds.append(f"by {published.isoformat()} (publication)")
        loose = max((c.unanchored for c in parts if c.unanchored), key=lambda u: u[1], default=(None, 0))[0]
        why = unanchored_reason(loose) if loose is not None and not published else "date not stated in the text"
        notes.append(why + (": " + ", ".join(bounds) if bounds else ""))
        upper = before or published
        if after or upper:
            extra_range = [after.isoformat() if after else None, upper.isoformat() if upper else None]
    else:
        event_date, tp = date.date.isoformat(), date.precision
    # ---- who
    a1 = inc.actor1()
    a2 = None
    # the other side: a named group or a country's forces over "fighters", "civilians" ...
    others = [c.actor2 for c in sorted(parts, key=lambda c: (c.headline, c.start))
              if c.actor2 is not None and (a1 is None or c.actor2.name != a1.name or c.actor2.role != a1.role)]
    if others:
        unidentified = ir.actors.unidentified
        a2 = min(others, key=lambda h: 0 if h.role == "group" and h.name not in unidentified else 1 if h.name else 2)
    if a1 is None or a1.name in ir.actors.unidentified:
        a1 = _claimant(text, parts, ir) or a1
    a1, a2 = protest_actors(st, a1, a2, ir.events)
    cname = country if country else doc_country
    day = event_date or published  # ACLED's names depend on the day (a state's period)
    actor1 = normalize_actor(a1.name, a1.role, a1.country or cname, day=day, rules=ir.rules) if a1 is not None else ""
    actor2 = normalize_actor(a2.name, a2.role, a2.country or cname, day=day, rules=ir.rules) if a2 is not None else ""
    # ---- what, by ACLED's rules for the untyped, the one-sided, crowds and protests
    crowd_text = " ".join(text[c.start:c.end] for c in parts)
    et, st = settle_type(et, st, actor1, a1, a2, parts, crowd_text, ir.events)
    if crowd_first(et, a1, a2, ir.events) != (a1, a2):
        a1, a2 = crowd_first(et, a1, a2, ir.events)
        actor2 = normalize_actor(a2.name, a2.role, a2.country or cname, day=day, rules=ir.rules) if a2 is not None else ""
    if a1 is not None:  # a name that depends on the event type (a crowd at a riot: rioters)
        actor1 = normalize_actor(a1.name, a1.role, a1.country or cname, day=day, event_type=et, rules=ir.rules)
    else:  # no attacker named: ACLED's unknown perpetrator
        actor1 = unnamed_actor1(et, st, cname, rules=ir.rules)
    # ---- how many
    fat, qual = chosen_toll(parts, text, st, ir.tolls)
    if fat is not None and any(c.unchecked and c.fatalities is not None for c in parts):
        notes.append("toll as one side claimed it; the report says it could not be verified")
    # ---- evidence (each sentence once, in text order)
    seen: set[tuple[int, int]] = set()
    ev: list[Evidence] = []
    for c in sorted(parts, key=lambda c: c.evidence[0].start):
        if (c.latest or ir.reference.search(text, c.start, c.end)) and len(parts) > 1 and c.fatalities is None:
            continue  # "The latest air strikes came days after ...", "the area struck on Friday is key to ...": a reference
        for e in c.evidence:
            if (e.start, e.end) not in seen:
                seen.add((e.start, e.end))
                ev.append(e)
    extra: dict[str, Any] = {"triggers": [c.trigger for c in parts]}
    if event_date is None and extra_range:
        extra["date_range"] = extra_range
    if chosen is not None:
        extra["location_span"] = [chosen.mention.start, chosen.mention.end]
    if extra_location:
        extra["unresolved_location"] = extra_location
    if lon is not None and point_source(p):  # what the coordinates are: a label point, a seat
        extra["point_source"] = point_source(p)
    if date is not None and date.date is not None:
        extra["date_span"] = [date.start, date.end]
    confidence = None
    if lon is not None and place_conf is not None:
        confidence = round(load_weights().incident_confidence(place_conf, geo_prec), 3)
        extra["place_confidence"] = place_conf
    return Incident(event_date=event_date, time_precision=tp, event_type=et, sub_event_type=st,
                    actor1=actor1, actor2=actor2, fatalities=fat, fatalities_qualifier=qual,
                    location=location, country=country, admin1=admin1, longitude=lon, latitude=lat,
                    geo_precision=geo_prec, geonameid=gid, evidence=tuple(ev), source=source,
                    notes="; ".join(notes), confidence=confidence, extra=extra)


def extract_incidents(text: str, mentions: Iterable[Mention], *, gazetteer: Any, rules: Rules | None = None,
                      published: str | _dt.date | None = None, source: str = "",
                      country: str | None = None) -> list[Incident]:
    """Read the incidents a news text reports, in ACLED's fields, with their evidence.

    Parameters
    ----------
    text : str
        The document text (plain text; HTML and Markdown already reduced to text).
    mentions : iterable of Mention
        The document's place mentions with their spans and resolved places, as
        :func:`geomap.text.document.find_places` gives them; each incident is placed at
        one of the mentions its own clauses name.
    gazetteer : Gazetteer or None
        Looks up what the mentions alone do not settle: "Baghdad airport" (the airport
        itself) and the sense of a district inside the province written after it. With
        None those lookups are skipped and the mentions are kept as they are.
    rules : Rules, optional
        The language rules (``load_rules("en")`` by default).
    published : datetime.date or str (YYYY-MM-DD), optional
        The publication date: relative dates ("on Friday") and years left
        unwritten resolve against it; without it they stay unresolved.
    source : str
        Copied to each incident's ``source``.
    country : str, optional
        The ISO code of the one country the user says the document is about (``--country``):
        the country of the incidents the text itself does not place in one.

    Returns
    -------
    list of Incident
        In the order the text first reports them (headlines aside).

    Raises
    ------
    geomap.exc.InputError
        When ``text`` is not a string or ``published`` is not a date.

    Examples
    --------
    >>> import datetime as dt
    >>> [i.sub_event_type for i in extract_incidents("A roadside bomb killed two soldiers on Monday.", [],
    ...                                               gazetteer=None, published=dt.date(2020, 3, 4))]
    ['Remote explosive/landmine/IED']
    """
    if not isinstance(text, str):
        raise InputError(f"extract_incidents needs the text as a str, got {type(text).__name__}")
    ir = incident_rules(rules)
    published = parse_published(published, rules=ir.rules)
    if not text.strip():
        return []
    ms = sorted(mentions, key=lambda m: m.start)
    cands, doc_dates, sums = _candidates(text, ms, published, gazetteer, ir)
    incs = merge(cands)
    days_from_neighbours(incs, story_day(text, doc_dates, ir) if any(i.best_date()[0] is None for i in incs) else None,
                         sums)
    incs.sort(key=lambda i: min(c.start for c in i.parts if not c.headline) if any(not c.headline for c in i.parts)
              else min(c.start for c in i.parts))
    dl = ir.dateline.search(text, 0, _DATELINE_WITHIN)
    dateline = (dl.start(), dl.end()) if dl else (0, 0)
    # in a report of dated events, a hundred dead or more with no day of its own sums many: a tally
    # (roles.find_tallies), not an incident (a text of one event, such as a monitor's note, keeps it);
    # a month ("from January through March") is no day of its own
    # ("on Monday" with no publication date to count from is a day of its own too)
    dated = [any(c.date is not None and c.date.precision == DAY and not c.story_day and c.date_strength >= 1
                 or c.unanchored is not None for c in i.parts) for i in incs]  # (not a live page's day alone)
    if any(dated):
        incs = [i for i, own in zip(incs, dated) if own or _toll_of(i) < LARGE_TOLL]
    # beside the days a report tells, an event it dates only "last week" or "last month" is one it recalls
    days = [(d.precision == DAY) if (d := i.best_date()[0]) is not None and d.date is not None else None for i in incs]
    if any(days):
        incs = [i for i, day in zip(incs, days) if day is not False or not _recalled(i)]
    if published is not None:
        # beside two or more events of the last week, one dated more than a month before is recalled ("The Hamas-led
        # attack on October 7 killed some 1,200 people" in a report of 21 November): context, not the report's news
        ages = [(published - d.date).days if (d := i.best_date()[0]) is not None and d.date is not None
                and i.best_date()[1] >= 1 else None for i in incs]
        if sum(1 for a in ages if a is not None and 0 <= a <= _RECENT_DAYS) >= 2:
            incs = [i for i, a in zip(incs, ages) if a is None or a <= _RECALLED_DAYS]
    incs = fold_unanchored(incs)
    incs = without_sums(incs)
    built = [_build(i, published, source, text, ir, gazetteer=gazetteer, mentions=ms, dateline=dateline) for i in incs]
    countries = Counter(i.country for i in built if i.country)
    hinted = country_name(country) if country else ""
    if any(not i.country for i in built):
        # an incident the text does not place ("marched through the capital") is in the
        # document's country (the user's, when the text names none): say so, without inventing a point
        doc_country = countries.most_common(1)[0][0] if countries else hinted  # may be ''
        why = "country from the rest of the document" if countries else "country from the country hint"
        out = []
        for inc, b in zip(incs, built):
            if b.country:
                out.append(b)
                continue
            # "... the governor of Russia's Belgorod Oblast said a drone attack had injured two": Russia's
            named = [m.place.country_code for m in ms if m.kind == "toponym" and m.place is not None
                     and m.place.feature_code.startswith("PCL") and any(c.start <= m.start < c.end for c in inc.parts)]
            own = country_name(named[0]) if named else ""
            if not (own or doc_country):
                out.append(b)
                continue
            b = _build(inc, published, source, text, ir, own or doc_country, gazetteer, ms, dateline)
            if not b.country:
                b = replace(b, country=own or doc_country, notes="; ".join(
                    x for x in (b.notes, "the country its sentence names" if own else why) if x))
            out.append(b)
        built = out
    # "In neighbouring Cameroon, separatists killed two gendarmes": an event abroad told in passing is
    # marked (extra "mentioned"); geomap.text.document keeps it as the report's context, not its incident
    abroad = [bool(placed := [c for c in i.parts if c.locations]) and all(c.abroad for c in placed) for i in incs]
    built = told_in_passing(built, abroad)
    return split_stated(built, text, ms, (ir.split, ir.split_reference), ir.tolls, gazetteer)
