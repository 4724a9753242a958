"""Recognising the places a text names: toponyms and demonyms with their character spans.

Rule based: gazetteer names (exact aliases, through the one normaliser) found
in runs of capitalised words, kept or dropped by context ("in X", "near X",
"the X area", "X province", "the border with X", "X, Y"), by how significant
the named place is, and by word lists of names that are places but rarely mean
them in news (weekdays, months, "Mobile", "Of"). Persons come first
(:mod:`geomap.text._persons`): their words are not places. Places inside the
names of companies ("Metz Fresh LLC", "Peanut Corporation of America"),
institutions ("Kenya Red Cross Society"), serotypes ("Salmonella Litchfield")
and storms ("Hurricane Katrina") are not mentions; nor are demonyms that start
an organisation's name ("American Heart Association") or name an ethnicity
("Native American", "African-American").

The English is data (``geomap/text/rules/en/``, through
:mod:`geomap.text._lexicon`); the gazetteer and the rules are passed in.

Examples
--------
>>> is_demonym("Syrian"), demonym_country("Iraqi")
(True, 'IQ')
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from geomap.gazetteer.normalize import ARTICLES, normalize_name, strip_generic
from geomap.model import Place
from geomap.text._lexicon import Lexicon, lexicon
from geomap.text._persons import find_persons
from geomap.text._tokens import (COUNTRY_CODES, DIVISION_CODES, REGION_CODES, Tok, runs as _runs,
                                 sentence_initial, significance, tokens as _tokens)
from geomap.text.rules import Rules, load_rules

__all__ = ["Span", "recognise", "is_demonym", "demonym_country"]

Candidates = Callable[[str], list[Place]]
_DIGIT_AFTER = re.compile(r"\d")
#: After an acronym in capitals: what makes it a capitalised dateline ("MANSFIELD —"), not running text.
_DATELINE_AFTER = re.compile(r"\s*(?:[,(—–-]|$|\n|\s[A-Z]{2,})")


@dataclass
class Span:
    """A recognised mention, not yet resolved: what :func:`recognise` gives and the resolver takes.

    Attributes
    ----------
    start, end : int
        Character offsets into the text.
    text : str
        The surface, ``text[start:end]``.
    key : str
        What the gazetteer looks up: the normalised name, or for a demonym its
        lower-case form.
    kind : str
        ``"toponym"`` or ``"demonym"``.
    country : str, optional
        For a demonym, the ISO code (or continent key) it points at.
    query : str
        What to resolve when it is not the surface ("Ga." -> "Georgia",
        "West Africa" -> "Africa").
    """

    start: int
    end: int
    text: str
    key: str
    kind: str
    country: str | None = None
    query: str = ""


def recognise(text: str, *, gazetteer: Any, rules: Rules | None = None) -> list[Span]:
    """Every toponym and demonym span of ``text``, in text order, not yet resolved.

    Parameters
    ----------
    text : str
    gazetteer : geomap.gazetteer.Gazetteer
        Names are recognised when the gazetteer has them (``candidates``).
    rules : geomap.text.rules.Rules, optional
        Language rules (default: English).

    Examples
    --------
    >>> from geomap.gazetteer import Gazetteer
    >>> [(s.text, s.kind) for s in recognise("Syrian jets hit Aleppo.", gazetteer=Gazetteer())]  # doctest: +SKIP
    [('Syrian', 'demonym'), ('Aleppo', 'toponym')]
    """
    rules = rules if rules is not None else load_rules("en")
    spans = _recognise(text, gazetteer, lexicon(rules))
    named = [m.span() for m in rules.regex("loc_in_group_name").finditer(text)]  # "Islamic State West Africa Province"
    return [s for s in spans if not any(a <= s.start and s.end <= b for a, b in named)] if named else spans


def is_demonym(word: str, *, rules: Rules | None = None) -> bool:
    """True when ``word`` is a national demonym or adjective ("Syrian", "Iraqis", "British").

    Examples
    --------
    >>> is_demonym("Syrian"), is_demonym("Syria")
    (True, False)
    """
    return word.strip().lower() in lexicon(rules if rules is not None else load_rules("en")).demonyms


def demonym_country(word: str, *, rules: Rules | None = None) -> str | None:
    """ISO 3166 alpha-2 code a demonym points at ("Iraqi" -> "IQ"), else None.

    Examples
    --------
    >>> demonym_country("British"), demonym_country("Syria")
    ('GB', None)
    """
    code = lexicon(rules if rules is not None else load_rules("en")).demonyms.get(word.strip().lower())
    return code if code and len(code) == 2 else None


def _candidate_cache(gaz: Any) -> Candidates:
    """``key -> gaz.candidates(key)``, remembered for one document."""
    cache: dict[str, list[Place]] = {}

    def cands(key: str) -> list[Place]:
        got = cache.get(key)
        if got is None:
            got = list(gaz.candidates(key)) if key else []
            cache[key] = got
        return got
    return cands


def _recognise(text: str, gaz: Any, lex: Lexicon) -> list[Span]:
    """Every toponym and demonym span of ``text``, in text order (not yet resolved)."""
    toks = _tokens(text, lex)
    lower_words = {t.lower for t in toks if not t.cap}
    demonyms = lex.demonyms
    connectors, titles, stop_words = lex.name_connectors, lex.titles, lex.stop_words
    cands = _candidate_cache(gaz)
    runs = _runs(text, toks, lex)
    persons, person_runs, person_toks = find_persons(text, toks, runs, cands, lex)

    spans: list[Span] = []
    accepted: set[str] = set()  # the single-word names taken for places so far
    taken: list[tuple[int, int]] = []
    for m in lex.state_after_comma.finditer(text):
        name = lex.state_abbreviations[m.group(1)]
        spans.append(Span(m.start(), m.end(), m.group(1), normalize_name(name), "toponym", query=name))
        taken.append((m.start(), m.end()))

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    org_toks = _company_tokens(text, toks, runs, cands, lex)
    for r, run in enumerate(runs):
        if r in person_runs:
            continue
        k, n = 0, len(run)
        while k < n:
            i = run[k]
            t = toks[i]
            if text[t.start - 1:t.start] == "$" or (text[t.start - 1:t.start] == "(" and lex.party_state.match(text, t.start)):
                k += 1  # "$US 1.5 billion", "(D-CT)": a currency, a congressman's party and state
                continue
            if t.lower in lex.storm_words and k + 1 < n and toks[run[k + 1]].cap:
                k += 2  # "Hurricane Katrina", "Typhoon Haiyan": a storm's name
                continue
            if (t.lower in connectors and not t.cap) or not free(t.start, t.end) or i in person_toks \
                    or i in org_toks or (i > 0 and toks[i - 1].lower in lex.serotype_before
                                         and text[toks[i - 1].end:t.start] == " "):
                k += 1
                continue
            if t.lower.rstrip(".") in titles and k + 1 < n:
                titled = _titled_place(text, toks, run, k, cands, lex)
                if titled:
                    s_, e_ = toks[run[k]].start, toks[run[titled - 1]].end
                    spans.append(Span(s_, e_, text[s_:e_], normalize_name(text[s_:e_]), "toponym"))
                    k = titled
                    continue
                k += 1
                while k < n and toks[run[k]].lower not in connectors:
                    k += 1
                continue
            if lex.contraction.search(t.text):
                k += 1
                continue
            m = _longest_name(text, toks, run, k, cands, lex, persons, spans)
            if m:
                k = m
                continue
            surface = t.text
            low = t.lower
            if low in demonyms:
                if not _demonym_not_place(text, toks, run, k, lex):
                    spans.append(Span(t.start, t.end, surface, low, "demonym", demonyms[low]))
                k += 1
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) and text[t.end:toks[i + 1].start] == " " else None
            before = toks[i - 1].lower if i > 0 else ""
            if (low in stop_words and not (nxt is not None and nxt.lower in lex.division_words and not nxt.cap
                                           and low.replace("-", "") not in lex.compass_words
                                           and (before in lex.cue_before or before in lex.place_modifiers))) \
                    or low in persons or low.rstrip(".") in titles:
                k += 1  # a common word, unless a division word follows it: "in the neighbouring Tank district"
                continue
            # part of a hyphenated capitalised compound ("Wal-Mart", "Tri-State")
            if (k + 1 < n and text[t.end:toks[run[k + 1]].start] == "-") or \
                    (k > 0 and text[toks[run[k - 1]].end:t.start] == "-"):
                k += 1
                continue
            key = normalize_name(surface)
            cs = cands(key)
            if cs and _inside_unknown_name(text, toks, run, k, key, cs, lex):
                k += 1  # "Ein" of "Ein Issa", "Rapid" of "Rapid Support Forces": a word of another name
                continue
            prev = toks[i - 1].lower if i > 0 and text[toks[i - 1].end:t.start] == " " else ""
            articled = i > 1 and toks[i - 1].lower in lex.name_particles and text[toks[i - 1].end:t.start] == "-" \
                and text[toks[i - 2].end:toks[i - 1].start] == " "
            if articled:
                prev = toks[i - 2].lower  # "in al-Atarib": the cue before the article
            if cs and not _institution_follows(text, toks, run, k + 1, lex) \
                    and not _national_body_follows(toks, run, k + 1, cs, lex) \
                    and _accept_single(text, toks, run, k, i, cs, lower_words, prev, lex, known=key in accepted,
                                       articled=articled):
                spans.append(Span(t.start, t.end, surface, key, "toponym"))
                accepted.add(key)
            k += 1
    spans += _unknown_names(text, toks, runs, person_runs, spans, lex)
    spans.sort(key=lambda sp: sp.start)
    _extend_spans(text, toks, spans, cands, lex)
    _join_foreign_compass(text, spans, lex)
    return spans


#: A word of a longer unknown name is still taken for a place this large (its own name), a
#: capital, or a country ("Baghdad Operations Command", "U.S. Centers for Disease Control").
_SIGNIFICANT_POP = 250_000
_UNKNOWN_MAX_WORDS = 5


def _inside_unknown_name(text: str, toks: list[Tok], run: list[int], k: int, key: str, cs: Sequence[Place],
                         lex: Lexicon) -> bool:
    """Whether the word at run position ``k`` is one word of a longer name the gazetteer does not know.

    Whole names only: in "Ein Issa", "Wad al-Noura" or "Rapid Support Forces" the
    gazetteer knows "Ein", "Wad" and "Rapid" but not the name, which is another
    place (or no place). The other capitalised words of the run say so unless
    they are words that go with a place's name ("Province", "Northern", "Police",
    "Syrian" ...). A country, a first-level division, a capital or a large city
    whose own name the word is stays a place ("Baghdad Operations Command").
    """
    lo = hi = k  # the part of the run the word is in: "Sudan and Darfur" are two names
    while lo > 0 and toks[run[lo - 1]].lower not in lex.coordinators:
        lo -= 1
    while hi + 1 < len(run) and toks[run[hi + 1]].lower not in lex.coordinators:
        hi += 1
    others = [toks[run[j]] for j in range(lo, hi + 1) if j != k and toks[run[j]].cap
              and not sentence_initial(text, toks[run[j]])]  # "Residents of Tyre": a capital that says nothing
    if not any(t.lower not in lex.companion_words and t.lower.rstrip(".") not in lex.titles for t in others):
        return False
    if any(c.feature_code in COUNTRY_CODES for c in cs):
        return False  # "U.S. Centers for Disease Control", "Sudan Armed Forces"
    if any(toks[run[j]].lower in ARTICLES and not toks[run[j]].cap for j in range(lo, hi + 1)):
        return True  # "Mafraq ar Ruwayk", "Madinat as Saleh", "Wadi al Jarah": one Arabic name
    own = any(normalize_name(strip_generic(c.name)[0]) == key for c in cs)
    last = toks[run[hi]].lower
    if own and hi > k and (last in lex.org_after or last in lex.institution_after):
        return False  # "Charleston Lions Club": an organisation named after its place, which stays a place
    for c in cs:
        if (c.feature_code == "PPLC" or (c.population or 0) >= _SIGNIFICANT_POP) \
                and normalize_name(strip_generic(c.name)[0]) == key:
            return False  # a capital or a large city by its own name (not "Ein" for Eindhoven)
    return True


def _unknown_names(text: str, toks: list[Tok], runs: list[list[int]], person_runs: set[int], spans: list[Span],
                   lex: Lexicon) -> list[Span]:
    """Names the gazetteer does not know, where the text says they are places.

    A run of capitalised words of which no word was taken, that is no person's or
    organisation's name, after a word of location ("in", "near", "attacked",
    "the village of") or before one ("village", "camp", "(Raqqa)"), is reported as
    a place the gazetteer does not know (it may be resolved by its area, or stay
    unknown with its span).
    """
    taken = sorted((sp.start, sp.end) for sp in spans)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end of the spans so far
    out: list[Span] = []
    ends = {sp.end for sp in spans}
    for r, whole in enumerate(runs):
        if r in person_runs:
            continue
        # "Musana and Kapalayi", "Tal Tamer and Ras al-Ain": each name of a list on its own,
        # with the cue of the whole list ("around ...", "... villages")
        cuts = [j for j, i in enumerate(whole) if toks[i].lower in lex.coordinators and not toks[i].cap]
        bounds = [-1] + cuts + [len(whole)]
        parts = [whole[x + 1:y] for x, y in zip(bounds, bounds[1:]) if y - x > 1]
        for run in parts:
            listed = _after_listed_place(text, toks[run[0]].start, ends, lex)
            span = _unknown_name(text, toks, run, whole, starts, reach, lex, listed)
            if span is not None:
                out.append(span)
                ends.add(span.end)
    return out


def _after_listed_place(text: str, start: int, ends: set[int], lex: Lexicon) -> bool:
    """Whether the name at ``start`` follows a place in a list ("in Bab Ghaliq, Habil al Kalb and
    Habil al Yubi"): the words between are a comma or a coordinator, and a place ends before them."""
    head = text[max(0, start - 8):start]
    m = re.search(r"(?:,\s*(?:(\w+)\s+)?|\s+(\w+)\s+)$", head)
    if m is None:
        return False
    word = (m.group(1) or m.group(2) or "").lower()
    if word and word not in lex.coordinators:
        return False
    return (start - len(m.group(0))) in ends


def _unknown_name(text: str, toks: list[Tok], run: list[int], whole: list[int], starts: list[int],
                  reach: list[int], lex: Lexicon, listed: bool = False) -> Span | None:
    """The span of an unknown name ``run`` (a part of the list ``whole``) when a cue makes it a place;
    ``starts`` and ``reach`` are the taken spans' sorted starts and running furthest ends."""
    first, last = toks[run[0]], toks[run[-1]]
    i = bisect.bisect_left(starts, last.end)
    if i and reach[i - 1] > first.start:
        return None  # a word of it is taken
    words = [toks[i] for i in run if toks[i].cap]
    if not words or len(words) > _UNKNOWN_MAX_WORDS or any(t.lower in lex.org_name_words for t in words):
        return None
    if not any(t.lower not in lex.companion_words and t.lower.rstrip(".") not in lex.titles for t in words):
        return None
    if len(words) == 1 and (sentence_initial(text, first) or len(first.text) < 3):
        return None
    lead = whole[0]
    if lead > 0 and toks[lead - 1].lower in lex.name_particles and text[toks[lead - 1].end:first.start] == "-":
        lead -= 1  # "the outskirts of al-Shaddadi": the article is part of the name
        first = toks[lead]
    before = toks[lead - 1].lower if lead > 0 else ""
    before2 = toks[lead - 2].lower if lead > 1 else ""
    end = toks[whole[-1]]
    after = toks[whole[-1] + 1].lower if whole[-1] + 1 < len(toks) else ""
    strong_before = before == lex.of_word and before2 in lex.area_after
    cue = strong_before or after in lex.area_after or text[last.end:last.end + 2].startswith(" (") \
        or text[end.end:end.end + 2].startswith(" (") or (listed and len(words) > 1) \
        or before in lex.cue_before and lex.cue_compass_after.match(text, end.end) is not None
    if len(words) > 1:
        cue = cue or before in lex.cue_before and before != lex.of_word
    if not cue:
        return None
    surface = text[first.start:last.end]
    return Span(first.start, last.end, surface, normalize_name(surface), "toponym")


def _longest_name(text: str, toks: list[Tok], run: list[int], k: int, cands: Candidates, lex: Lexicon,
                  persons: set[str], spans: list[Span]) -> int:
    """The longest multi-word name that starts at run position ``k``.

    Appends its span (a toponym or a demonym) to ``spans`` and returns the run
    position after it; returns the same when the words are a name that is no
    mention ("Los Angeles Times", "White House"); 0 when no multi-word name starts here.
    """
    t = toks[run[k]]
    n = len(run)
    if t.lower in lex.function_words:
        return 0
    demonyms = lex.demonyms
    for m in range(min(n, k + 6), k + 1, -1):  # multi-word names, longest first
        last = toks[run[m - 1]]
        if last.lower in lex.name_connectors and not last.cap:
            continue
        if last.lower in lex.org_bridge_words and m < n and toks[run[m]].lower in lex.org_after:
            continue  # "Dublin City Council", "Lansing State Journal": the name is the place
        if _followed_by_not_place(text, toks, run[m - 1], lex):
            if m - k >= 2 and cands(normalize_name(text[t.start:last.end])):
                return m  # "Los Angeles Times", "Hong Kong flu": no place inside either
            continue
        s, e = t.start, last.end
        surface = text[s:e]
        low = surface.lower()
        if len(last.text) == 1 or ((t.lower == lex.definite_article or (t.text.isupper() and len(t.text) <= 3))
                                   and normalize_name(surface) == normalize_name(text[toks[run[k + 1]].start:e])):
            continue  # "Room A"; "US Energy", "The Center": the normaliser drops the first word
        if low in lex.stop_phrases:
            return m
        if low in demonyms:
            if not _demonym_not_place(text, toks, run, m - 1, lex):
                spans.append(Span(s, e, surface, low, "demonym", demonyms[low]))
            return m
        key = normalize_name(surface)
        cs = cands(key)
        if not cs and last.lower in lex.division_words and m - k >= 2:
            prefix = text[s:toks[run[m - 2]].end]
            if toks[run[m - 2]].lower not in lex.name_connectors and cands(normalize_name(prefix)):
                cs = cands(normalize_name(prefix))
        if cs and (_institution_follows(text, toks, run, m, lex) or _national_body_follows(toks, run, m, cs, lex)):
            return m
        if cs and _group_follows(text, toks, run[m - 1], cs, lex):
            return m  # "Mayi Mayi militiamen": an armed group's name
        if cs and not (m - k == 2 and t.lower in persons and last.lower in persons):
            spans.append(Span(s, e, surface, key, "toponym"))
            return m
    return 0


def _demonym_not_place(text: str, toks: list[Tok], run: list[int], k: int, lex: Lexicon) -> bool:
    """Whether the demonym at run position ``k`` is not about a country.

    It is not when it starts an organisation's name ("American Heart
    Association"), names an ethnicity ("Native American", "African-American"),
    or is a surname ("French said", no article before).
    """
    i = run[k]
    t = toks[i]
    p = toks[i - 1] if i > 0 else None
    if p is not None and text[p.end:t.start] in (" ", "-") and p.lower in lex.ethnic_before:
        return True
    if p is not None and text[p.end:t.start] == "-" and p.lower in lex.ethnic_prefixes \
            and t.lower.startswith(lex.ethnic_heads):
        return True
    q = toks[i + 1] if i + 1 < len(toks) else None
    if q is not None and text[t.end:q.start] == "-" and t.lower in lex.ethnic_prefixes \
            and q.lower.startswith(lex.ethnic_heads):
        return True  # "African-American": an ethnicity ("Russian-American crew" stays two countries)
    for j in range(k + 1, min(len(run), k + 5)):
        if toks[run[j]].cap and toks[run[j]].lower in lex.demonym_org_end:
            return True
    if q is not None and q.lower in lex.say_verbs and text[t.end:q.start] == " " \
            and not t.lower.endswith(lex.plural_endings) and (p is None or p.lower not in lex.articles):
        return True
    return False


def _titled_place(text: str, toks: list[Tok], run: list[int], k: int, cands: Candidates, lex: Lexicon) -> int:
    """End (run position) of a place name that starts with a title, else 0.

    "Prince Edward Island", "Queen Anne's County", "King County": a name that
    starts with a title is a place when the gazetteer has it whole and it has
    three or more words or ends in a division's or feature's word; "Prince
    George" and "General Santos" stay ambiguous and are left to the person rules.
    """
    for m in range(min(len(run), k + 6), k + 1, -1):
        last = toks[run[m - 1]]
        if not last.cap:
            continue
        if m - k < 3 and last.lower not in lex.division_words and last.lower not in lex.feature_after:
            continue
        if cands(normalize_name(text[toks[run[k]].start:last.end])):
            return m
    return 0


def _company_tokens(text: str, toks: list[Tok], runs: list[list[int]], cands: Candidates, lex: Lexicon) -> set[int]:
    """Tokens inside companies' names, which hold no toponym of their own.

    A run of capitalised words that goes on into a company suffix
    (``company_suffixes.txt``: "Metz Fresh LLC", "Wright County Eggs") is a
    company, as is what follows "Corporation of", "Bank of" and the like
    ("Peanut Corp. of America"). The name without its suffix is the company
    wherever else the document repeats it ("said Metz Fresh").
    """
    def is_country(j: int, most: int) -> bool:
        for m in range(min(most, 4), 0, -1):
            if j + m - 1 < len(toks) and any(c.feature_code in COUNTRY_CODES for c in
                                             cands(normalize_name(text[toks[j].start:toks[j + m - 1].end]))):
                return True
        return False

    out: set[int] = set()
    names: set[tuple[str, ...]] = set()
    of, the = lex.of_word, lex.definite_article
    for run in runs:
        first = toks[run[0]]
        if lex.company_of.search(text[max(0, first.start - 30):first.start]) and is_country(run[0], len(run)):
            out.update(run)  # "Peanut Corp. of America", "Voice of America"
        words = [toks[i].lower.rstrip(".") for i in run]
        for k, w in enumerate(words):
            if k > 0 and w in lex.company_suffixes and toks[run[k]].cap:
                b = k
                while b > 0 and not (words[b - 1] in lex.name_connectors and not toks[run[b - 1]].cap):
                    b -= 1  # the name starts after "and": "Hall County and Corrections Corporation"
                head = [x for x in words[b:k] if x != the]
                if not head:
                    break
                out.update(run[b:k + 1])
                names.add(tuple(head))
                if k + 2 < len(run) and words[k + 1] == of and is_country(run[k + 2], len(run) - k - 2):
                    out.update(run[k + 1:])  # "Peanut Corporation of America"
                break
    if names:
        longest = max(len(x) for x in names)
        for run in runs:
            words = [toks[i].lower for i in run]
            for k in range(len(run)):
                for m in range(min(len(run), k + longest), k, -1):
                    if tuple(words[k:m]) in names:
                        out.update(run[k:m])
                        break
    return out


def _join_foreign_compass(text: str, spans: list[Span], lex: Lexicon) -> None:
    """Widen a toponym over a foreign compass word after it, in place ("Kasai Occidental").

    The whole is looked up first and, when the gazetteer lacks it, the name
    before the compass word stands for it (see :func:`geomap.text.resolve._lookup`).
    """
    after = lex.foreign_compass_after
    j = 0
    while j < len(spans):
        sp = spans[j]
        m = after.match(text, sp.end) if sp.kind == "toponym" and not sp.query else None
        if m:
            end = m.end()
            sp.end, sp.text = end, text[sp.start:end]
            sp.key = normalize_name(sp.text)
            while j + 1 < len(spans) and spans[j + 1].start < end:
                del spans[j + 1]
        j += 1


def _extend_spans(text: str, toks: list[Tok], spans: list[Span], cands: Candidates, lex: Lexicon) -> None:
    """Widen toponym spans to the whole name of a region or natural feature, in place.

    "West Africa" (a compass word before a continent, sea or region) is resolved
    as the name it qualifies; "Swat Valley" and "Lake Erie" (a feature word after
    or before a place name) are looked up whole, falling back on the name alone
    for the features listed in ``feature_fallback.txt``.
    """
    if not spans:
        return
    index = {t.start: j for j, t in enumerate(toks)}
    starts = {sp.start for sp in spans}
    ends = {sp.end for sp in spans}
    for sp in spans:
        if sp.kind != "toponym" or sp.query:
            continue
        j = index.get(sp.start)
        if j is None:
            continue
        j_end = j
        while j_end + 1 < len(toks) and toks[j_end].end < sp.end:
            j_end += 1
        start, end, query = sp.start, sp.end, ""
        if j > 0:
            p = toks[j - 1]
            gap = text[p.end:sp.start]
            if p.cap and p.end not in ends:
                if gap in (" ", "-") and p.lower in lex.compass_words \
                        and any(c.feature_code in REGION_CODES for c in cands(sp.key)):
                    start, query = p.start, sp.text
                elif p.lower in lex.feature_before and (gap == " " or (gap == ". " and p.lower in lex.dotted_abbreviations)):
                    start = p.start  # "Lake Erie", "Mount Kenya", "Mt. Kenya"
        if j_end + 1 < len(toks) and not query:
            q = toks[j_end + 1]
            after = toks[j_end + 2] if j_end + 2 < len(toks) else None
            if q.cap and q.lower in lex.feature_after and text[sp.end:q.start] == " " and q.start not in starts \
                    and not (after is not None and after.cap and text[q.end:after.start] == " "):
                end = q.end  # but not "Green Valley Community Center", "Thames Valley District"
        if (start, end) != (sp.start, sp.end):
            sp.start, sp.end, sp.query = start, end, query
            sp.text = text[start:end]
            sp.key = normalize_name(sp.text)


def _national_body_follows(toks: list[Tok], run: list[int], k_end: int, cs: Sequence[Place], lex: Lexicon) -> bool:
    """Whether a country's name goes on into a national ministry's name.

    "the United States Department of Agriculture", "the Fiji Health Ministry",
    "the UK Department for International Development" name a government, not a
    place where something happens; a state's or a city's department ("Ohio
    Department of Health", "Killeen Police Department") does locate the story
    and is kept.
    """
    if k_end >= len(run) or not any(c.feature_code in COUNTRY_CODES for c in cs):
        return False
    w = toks[run[k_end]].lower
    if w in lex.national_body_fields and k_end + 1 < len(run):
        w = toks[run[k_end + 1]].lower
    return w in lex.national_body_words


def _institution_follows(text: str, toks: list[Tok], run: list[int], k_end: int, lex: Lexicon) -> bool:
    """Whether the capitalised run goes on, after position ``k_end``, into an institution's name.

    Either right away ("Auckland Zoo", "Michigan State University") or, over up
    to three more capitalised words, into a word of ``institution_end.txt``
    ("Buffalo Science Magnet School", "Kenya Red Cross Society"); a school or
    hospital named for its town ("Huntsville High School") is in that town and
    keeps the place.
    """
    k = k_end
    for _ in range(2):
        if k >= len(run) or not toks[run[k]].cap:
            return False
        w = toks[run[k]].lower
        if w in lex.institution_after:
            return True
        if w not in lex.institution_middle:
            break
        k += 1
    if toks[run[k_end]].lower in lex.town_school_words:
        return False  # "Huntsville High School", "Paris Community Hospital": in the town they name
    for j in range(k_end, min(len(run), k_end + 4)):
        t = toks[run[j]]
        if not t.cap or (j > k_end and text[toks[run[j - 1]].end:t.start] != " "):
            break
        if t.lower in lex.institution_end and (j + 1 >= len(run) or toks[run[j + 1]].lower not in lex.institution_continue):
            return True
    return False


def _followed_by_not_place(text: str, toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Whether token ``i`` is followed by a newspaper or disease word ("Times", "virus")."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.lower in lex.not_place_after and text[toks[i].end:nxt.start] in (" ", "-")


def _group_follows(text: str, toks: list[Tok], i: int, cs: Sequence[Place], lex: Lexicon) -> bool:
    """Whether token ``i`` ends an armed group's name ("Mayi Mayi militiamen"), not a place's."""
    if i + 1 >= len(toks) or toks[i + 1].lower not in lex.group_after or text[toks[i].end:toks[i + 1].start] != " ":
        return False
    return not any(c.feature_code in DIVISION_CODES or c.feature_code == "RGN" for c in cs[:3])


def _accept_single(text: str, toks: list[Tok], run: list[int], k: int, i: int, cs: Sequence[Place],
                   lower_words: set[str], prev: str, lex: Lexicon, known: bool = False, articled: bool = False) -> bool:
    """Whether a single capitalised word that the gazetteer knows is a place here.

    By what it looks like (acronyms, initials, currencies and units), what is
    around it (a place cue before or after, the word written in lower case
    elsewhere, the start of a sentence) and how significant the place is. A word
    the text already took for a place (``known``: "the nearby town of Tammun" ...
    "The Tammun strike") is that place again, unless the text also writes it in
    lower case. ``articled``: the word follows an article joined by a hyphen ("al-Atarib").
    """
    t = toks[i]
    cls, pop = significance(cs)
    if len(t.text) < 2:
        return False
    if t.text.isupper() and len(t.text) <= 4 and "." not in t.text and \
            not any(c.feature_code in DIVISION_CODES for c in cs):
        return False  # acronyms (AP, NATO, an airport's IATA code) unless a country or state code
    if t.text.isupper() and 3 <= len(t.text) <= 4 and "." not in t.text and t.text not in lex.country_acronyms and \
            not any(c.feature_code in DIVISION_CODES and _initials(c.name, lex) == t.text for c in cs):
        return False  # FAO, EST, MAC: three letters that are some division's code, not its initials (NSW, DRC)
    if "." in t.text and t.text.isupper() and t.text not in lex.state_abbreviations \
            and not any(c.feature_code in DIVISION_CODES for c in cs) and pop < 500_000:
        return False  # dotted initials (U.N., B.B.) unless a country or state (U.S., D.C.) or a city (L.A.)
    if _DIGIT_AFTER.match(text, t.end) or (text[t.start - 1:t.start] == "/" and text[t.end:t.end + 1] == "/"):
        return False  # a currency or unit glued to a number (KSh17), a strain name (A/California/7/2009)
    after = text[t.end:t.end + 40]
    if t.text.isupper() and len(t.text) >= 4 and "." not in t.text and not _DATELINE_AFTER.match(after):
        return False  # an acronym in running text (USDA, NATO), not a capitalised dateline (MANSFIELD —)
    if after.startswith("$"):
        return False  # currency: US$, NZ$
    if _followed_by_not_place(text, toks, i, lex) or _group_follows(text, toks, i, cs, lex):
        return False
    nxt_in_run = toks[run[k + 1]].lower if k + 1 < len(run) else ""
    if nxt_in_run in lex.street_words and cls < 2:
        return False  # "Wichita Street" is a street
    cue_after = bool(lex.cue_after.match(after))
    cue_before = prev in lex.cue_before
    if t.lower in lex.given_names and cls < 2 and not (cue_before or cue_after):
        return False  # "Patrick", "Lincoln" alone are usually people
    if f"{prev} {t.lower}" in lex.not_country_phrases:
        return False  # "South America": a continent, not the United States
    common_here = t.lower in lower_words and not t.text.isupper()
    if known and not common_here:
        return True  # one name, one sense in one text
    initial = sentence_initial(text, t)
    if cls == 2:
        return not (common_here and not cue_before)
    if common_here:
        return cue_before and cue_after
    if initial:
        return pop >= 50000 or (pop >= 5000 and cue_after)
    if pop >= 15000:
        return True
    if pop >= 1000 and (cue_before or cue_after):
        return True
    return cue_before and (cue_after or articled)  # "in al-Atarib": a cue and the article of a name


def _initials(name: str, lex: Lexicon) -> str:
    """Initials of a name's words, small words skipped: 'Democratic Republic of the Congo' -> 'DRC'."""
    return "".join(w[0].upper() for w in re.split(r"[\s-]+", name)
                   if w and w.lower() not in lex.initials_skip)
