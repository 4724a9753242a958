"""How many: the death toll a clause states.

In order of trust: an ACLED coder's note ("Fatalities coded as 0"), a death-toll
update ("the toll has risen to 25"), a count and a verb of death ("2 civilians
were killed", "killed 12 soldiers", "At least 20 killed"), "no casualties",
and named people killed (one each). Ranges count their lower bound ("5-7
policemen" -> 5, as ACLED does); lists of victims add up ("1 policeman and 2
civilians"); "at least" is kept as the qualifier. A count of the wounded or of
"killed and wounded" together is not a toll.

The words are the language's: ``rules/en/toll_*`` (patterns, qualifiers) and
``number_words.tsv`` (the values of number words).
"""
from __future__ import annotations

import re

from geomap.text._patterns import Patterns
from geomap.text.rules import Rules, load_rules

__all__ = ["TollRules", "toll_rules", "toll", "toll_statement", "num_value"]

_REPEATED = re.compile(r"\s*\(\d+\)$")
_RANGE = re.compile(r"(\d+)\s*[-–]\s*\d+")
_PARTS = re.compile(r"[\s-]")


class TollRules(Patterns):
    """The toll rules of one language, compiled: build it with :func:`toll_rules`.

    Attributes
    ----------
    coded, update, num_killed, kill_active, ... : re.Pattern
        The patterns ``toll_<name>.re``.
    left_verbs : frozenset of str
        Verbs that count the dead only with "dead" near them ("left 3 people dead").
    numbers : dict
        Number words and their values.
    ordinals : dict
        Ordinal words and the count they name ("sixth": 6).
    qualifiers : dict
        Qualifiers stored in another form ("no fewer than" -> "at least").
    """

    def __init__(self, rules: Rules) -> None:
        super().__init__(rules, "toll_", "coded update num_killed kill_active num_bare_killed kill_bare none "
                         "killed_and_wounded named_killed named_passive extra not_killed and_wounded also "
                         "dead_after killed_one named_person death_of count_noun attempt ordinal negated named_ages and_more_killed count_in earlier breakdown aside range later side_heading")
        self.left_verbs = rules.set("toll_left_verbs")
        # "A military officer, Captain X, said seven soldiers ... were killed": the count before a say-verb is the speaker
        self.say = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, rules.set("say_verbs")), key=len, reverse=True))
                              + r")\b", re.IGNORECASE)
        self.sides = {r["word"]: r["side"] for r in rules.table("toll_sides")}
        self.numbers = {r["word"].lower(): int(r["value"]) for r in rules.table("number_words")}
        self.ordinals = {r["word"].lower(): int(r["value"]) for r in rules.table("ordinal_words")}
        self.qualifiers = {r["written"].lower(): r["stored"] for r in rules.table("toll_qualifier_forms")}


def toll_rules(rules: Rules | None = None) -> TollRules:
    """The compiled toll rules of ``rules`` (English by default), built once per :class:`Rules`."""
    return (rules or load_rules("en")).derived("text.fatalities", TollRules)


def num_value(s: str, tr: TollRules) -> int | None:
    """The value of a count as the toll patterns find it ("12", "1,200", "5-7", "twenty-one").

    Examples
    --------
    >>> [num_value(s, toll_rules()) for s in ("12", "1,200", "5-7", "twenty-one", "a dozen", "nine (9)", "several")]
    [12, 1200, 5, 21, 12, 9, None]
    """
    s = s.strip().lower().replace(",", "")
    if s.endswith(")"):
        s = _REPEATED.sub("", s)  # "nine (9)"
    rng = _RANGE.fullmatch(s)
    if rng:  # "5-7 policemen": the lower bound, as ACLED counts
        return int(rng.group(1))
    if s.isdigit():
        return int(s)
    if s in tr.numbers:
        return tr.numbers[s]
    parts = _PARTS.split(s)
    if len(parts) == 2 and parts[0] in tr.numbers and parts[1] in tr.numbers:
        return tr.numbers[parts[0]] + tr.numbers[parts[1]]
    return None


def victims_side(clause: str, tr: TollRules) -> str:
    """The side of a battle the dead counted in ``clause`` are on ('armed', 'state'; '' when its words do not say).

    Examples
    --------
    >>> victims_side("Two soldiers were martyred in the exchange of fire.", toll_rules())
    'state'
    """
    m = tr.num_killed.search(clause) or tr.kill_active.search(clause)
    who = (m.groupdict().get("who") or "") if m else ""
    return tr.sides.get(who.strip("\"“”‘’'").lower(), "")


def both_sides(counts: list[tuple[int, int, str]], tr: TollRules) -> int | None:
    """A battle's toll from plain counts, (sentence, number, clause), of its two sides told in two sentences (the first of each)
    ("security forces killed 11 terrorists ... Two soldiers were martyred in the exchange of fire": 13); None when
    the counts are not one of each side.

    Examples
    --------
    >>> both_sides([(0, 11, "troops killed 11 militants"), (1, 2, "Two soldiers were killed")], toll_rules())
    13
    """
    sides: dict[str, tuple[int, int]] = {}
    for sent, n, clause in counts:
        side = victims_side(clause, tr)
        if not side:
            return None
        sides.setdefault(side, (sent, n))  # one side's dead told again: its first count ("killing four soldiers ... Three
        # soldiers and a lieutenant"; not a claim told after it, '"more than twenty soldiers" were killed')
    if len(sides) != 2 or len({s for s, _n in sides.values()}) != 2:
        return None
    return sum(n for _s, n in sides.values())


def toll_statement(clause: str, tr: TollRules) -> re.Match[str] | None:
    """A statement of the toll alone ("No casualties were reported.", "Fatalities coded as 0.",
    "The monitor confirmed 4 fatalities.", "Six soldiers embraced martyrdom, it said.")."""
    return tr.coded.search(clause) or tr.none.search(clause) or tr.update.search(clause) or tr.count_noun.search(clause) \
        or tr.num_killed.search(clause) or tr.kill_active.search(clause)  # '"... to neutralise fifteen (15) terrorists"'


#: After ", a shepherd" (no "and"): the verb of the sentence, so the words described the victim before.
_APPOSITION_END = re.compile(r"\s*,?\s*(?:$|(?:was|were|is|are|had|has)\b)")


def _extra_victims(s: str, tr: TollRules, *, leading: bool = False) -> int:
    """Further victims listed with the first ("... and 2 civilians", "in addition to 3 of his
    guards", "and his guard"); with ``leading`` only a list that starts right away counts."""
    total = 0
    pos = 0
    for m in tr.extra.finditer(s):
        if leading and m.start() != pos:
            break
        if not m.group("n") and re.match(r",(?!\s*and\b)", m.group(0).lstrip()) and _APPOSITION_END.match(s, m.end()):
            break  # "1 child, a shepherd, was killed": the same victim, described
        v = num_value(m.group("n"), tr) if m.group("n") else 1
        if v is not None:
            total += v
        pos = m.end()
    return total


def _qual(m: re.Match[str]) -> str:
    return (m.group("qual") or "").lower()


#: A count of people in general and a comma: "Fourteen people, nine soldiers and five ..." (what follows may list
#: its parts; not "2 soldiers, a policeman, and a civilian", a list of its own).
_HEAD_NOUN_COMMA = re.compile(r"\s+(?:people|persons|individuals|victims)\s*,", re.IGNORECASE)


def toll(text: str, a: int, b: int, tr: TollRules) -> tuple[int | None, str, int, bool]:
    """The death toll stated in the clause ``text[a:b]``: (number, qualifier, strength, additive).

    ``strength`` is 3 for a coder's note, 2 for a toll update, 1 for a plain figure,
    0 when no toll is stated (number None); ``additive`` when the dead add to a toll
    told before ("... was also killed").

    Examples
    --------
    >>> t = "At least eight fighters were killed and 2 civilians were wounded."
    >>> toll(t, 0, len(t), toll_rules())
    (8, 'at least', 1, False)
    """
    seg = text[a:b]
    m = tr.coded.search(seg)
    if m:
        return int(m.group("num") or m.group("num2") or m.group("num3")), "", 3, False
    heads = [x.start() for x in tr.side_heading.finditer(seg)]
    if len(heads) == 2:  # "on the friendly side, five soldiers fell ...; on the enemy side, 18 terrorists ...": both
        counts = [toll(text, a + x, a + y, tr) for x, y in zip(heads, heads[1:] + [len(seg)])]
        if all(c[0] is not None for c in counts):
            return sum(c[0] or 0 for c in counts), "", 1, False
    if (old := tr.earlier.search(seg)) and (later := tr.later.search(seg, old.end())):
        # "... initially said two soldiers had died, but a military official later said four had been killed": four
        got = toll(text, a + later.end(), b, tr)
        if got[0] is not None:
            return got[0], got[1], 2, got[3]
    # "12 IDPs, including five children, were killed": the aside's count is part of the toll
    seg = tr.aside.sub(", ,", seg)
    # "between eight and ten civilians": eight, as ACLED counts a range
    seg = tr.range.sub(lambda x: (x.group("low") or x.group("low2")).ljust(len(x.group(0))), seg)
    updates = [m for m in tr.update.finditer(seg) if num_value(m.group("num"), tr) is not None]
    if updates:  # "initially put the toll at four, but ... bringing the death toll to five": the last figure
        m = updates[-1]
        return num_value(m.group("num"), tr), _qual(m), 2, False
    m = tr.ordinal.search(seg)
    if m:  # "a sixth victim died in hospital": the toll is now six
        return tr.ordinals[m.group("ord").lower()], "", 2, False
    total = 0
    qual = ""
    found = False
    additive = False
    pos = 0
    while (m := tr.num_killed.search(seg, pos)) is not None:
        pos = m.end()
        n = num_value(m.group("num"), tr)
        rest = m.group("rest") or ""
        if said := tr.say.search(rest):  # "A military officer, Captain X, said seven soldiers ...": the speaker
            pos = m.start("rest") + said.end()
            continue
        if n is None or tr.not_killed.search(rest) or tr.negated.search(seg, max(0, m.start() - 20), m.start()):
            continue  # "... were wounded, but no one was killed": no count
        if m.group("verb").lower() == "killed" and tr.kill_active.match(seg, m.start("verb")):
            continue  # "a ... gunmen killed two soldiers": the gunmen killed, the toll is the object's
        if tr.killed_and_wounded.search(seg[m.end("verb"):m.end("verb") + 15]) or tr.and_wounded.match(seg[m.end():]):
            continue
        # add up "1 policeman and 2 civilians were killed" (numbers in the subject)
        extra = _extra_victims(seg[m.end("num"):m.start("verb")], tr)
        breakdown = extra == n and _HEAD_NOUN_COMMA.match(seg, m.end("num")) is not None
        total += n + (0 if breakdown else extra)  # "Fourteen people, nine soldiers and five VDP, were killed": its breakdown
        more = tr.and_more_killed.match(seg, m.end("verb"))  # "... were martyred and three attackers killed"
        if more and num_value(more.group("num"), tr):
            total += num_value(more.group("num"), tr)
        qual = _qual(m)
        found = True
        additive = bool(tr.also.search(seg[max(0, m.start() - 12):m.start()] + m.group("verb") + rest))
        break
    if not found:
        for m in tr.kill_active.finditer(seg):
            if m.group("kv").lower() in tr.left_verbs and not tr.dead_after.search(seg[m.end():m.end() + 12] + m.group(0)):
                continue
            if tr.attempt.search(seg[max(0, m.start() - 30):m.start()]):
                continue  # "attempted to kill a commander": no death
            n = num_value(m.group("num"), tr)
            if n is None:
                continue
            total = n + bool(m.group("self")) + _extra_victims(seg[m.end():m.end() + 60], tr, leading=True)
            qual, found = _qual(m), True
            break
    if not found:
        m = tr.num_bare_killed.search(seg)
        if m and num_value(m.group("num"), tr) is not None and not tr.killed_and_wounded.match(seg, m.end() - 6) \
                and not tr.negated.search(seg, max(0, m.start() - 20), m.start()):
            total, qual, found = num_value(m.group("num"), tr), _qual(m), True
    if not found and (one := tr.killed_one.search(seg)):
        total, found = 1, True
        additive = bool(tr.also.search(seg) or one.group("self"))  # "The bomber also died.
    if not found:
        m = tr.kill_bare.search(seg)
        if m and num_value(m.group("num"), tr) is not None and not tr.attempt.search(seg[max(0, m.start() - 30):m.start()]):
            total, qual, found = num_value(m.group("num"), tr), _qual(m), True
    if not found:
        m = tr.death_of.search(seg)
        if m:
            n = num_value(m.group("num"), tr)
            # "the deaths of 2 Turkish soldiers and 4 PKK fighters": the victims listed after the first
            total = (n if n is not None else 1) + _extra_victims(seg[m.end():], tr, leading=True)
            qual, found = "", True
    if not found:
        m = tr.count_noun.search(seg)  # "eight bodies were brought in", "12 deaths", "the body of a teacher"
        n = None if m is None else num_value(m.group("num") or m.group("num2"), tr) \
            if (m.group("num") or (m.group("num2") or "").lower() not in ("a", "an")) else 1
        if n is not None:
            total, found = n, True
    if not found:
        m = tr.named_ages.search(seg)  # "killing Ahmad al-Hariri, 34, and his cousin Khaled, 27": two
        if m:
            total, found = len(re.findall(r",\s+\d{1,2}\b", m.group("list"))), True
    if found:
        return total, tr.qualifiers.get(qual, qual), 1, additive
    if tr.none.search(seg):
        return 0, "", 1, False
    # named people killed: "killed Iran's most powerful general, Qassem Suleimani"
    m = tr.named_passive.search(seg)
    if m:
        return 1, "", 1, bool(m.group("also"))
    m = tr.named_killed.search(seg)
    if m and tr.named_person.search(m.group("obj")) and not tr.attempt.search(seg[max(0, m.start() - 30):m.start()]):
        return 1, "", 1, False
    return None, "", 0, False
