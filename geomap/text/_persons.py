"""Persons' names, found before places so that their words are not taken for places.

A run of capitalised words is a person's name when a title or a role noun comes
before it ("President Bashar Assad", "spokeswoman Kerry-Ann Hamilton", "Dr.
Lamont Sweet"), when it starts with a given name of one of many languages or a
family name written first ("Alison Patti", "Chen Zhu"), when two or three
unknown words sit mid-sentence, or when a single word speaks ("Henry said",
"..., said Lopez."). A surname found so is a person wherever else the document
uses it alone (one sense per name per document), unless it names a major place.
The words come from the language rules (:mod:`geomap.text._lexicon`).
"""
from __future__ import annotations

import re

from typing import Callable

from geomap.gazetteer.normalize import normalize_name
from geomap.model import Place
from geomap.text._lexicon import Lexicon
from geomap.text._tokens import DIVISION_CODES, SPEAKING_CODES, Tok, sentence_initial, significance

__all__ = ["find_persons", "name_persons", "role_before"]

Candidates = Callable[[str], list[Place]]


def find_persons(text: str, toks: list[Tok], runs: list[list[int]], cands: Candidates,
             lex: Lexicon) -> tuple[set[str], set[int], set[int]]:
    """The persons of a document.

    Returns
    -------
    persons, person_runs, person_tokens : set of str, set of int, set of int
        Lower-case words that are persons' names wherever they appear alone;
        indices of runs that are wholly a person's name; indices of tokens that
        are part of one (:func:`name_persons`).
    """
    demonyms = lex.demonyms
    titles, connectors, stop_words = lex.titles, lex.name_connectors, lex.stop_words
    persons: set[str] = set()
    person_runs: set[int] = set()
    for r, run in enumerate(runs):
        words = [toks[i].lower for i in run]
        if role_before(text, toks, run[0], lex) and words[0] not in demonyms and words[0] not in stop_words \
                and significance(cands(normalize_name(text[toks[run[0]].start:toks[run[-1]].end])))[0] < 2:
            cut = next((k for k, x in enumerate(words) if x in connectors), len(words))
            persons.update(x for x in words[:cut] if x.rstrip(".") not in titles)
            if cut == len(words):
                person_runs.add(r)  # "spokeswoman Kerry-Ann Hamilton", "Dr. Lamont Sweet"
                continue
        for k, w in enumerate(words):
            if w.rstrip(".") in titles and k + 1 < len(run):
                for x in words[k + 1:]:  # "President Bashar Assad", not "Minister of Peru"
                    if x in connectors or x in titles:
                        break
                    persons.add(x)
                break
        first = words[0]
        after = toks[run[-1] + 1].lower if run[-1] + 1 < len(toks) else ""
        if len(run) >= 2 and first in lex.given_names and words[1] not in lex.area_after \
                and words[1] not in lex.division_words and after not in lex.area_after \
                and not cands(normalize_name(text[toks[run[0]].start:toks[run[-1]].end])) \
                and not _place_in_parentheses(text, toks[run[-1]].end, cands, lex):
            persons.update(x for x in words[1:] if x not in connectors)
            person_runs.add(r)
        elif 2 <= len(run) <= 3 and first not in stop_words and first not in lex.place_modifiers \
                and not any(w in connectors for w in words) and not sentence_initial(text, toks[run[0]]) \
                and first not in demonyms and not cands(normalize_name(toks[run[0]].text)) \
                and all(toks[i].text[1:].islower() or len(toks[i].text) == 1 for i in run) \
                and words[-1] not in lex.division_words and words[-1] not in lex.area_after \
                and not cands(normalize_name(text[toks[run[0]].start:toks[run[-1]].end])) \
                and significance(cands(normalize_name(toks[run[-1]].text)))[0] < 2:
            persons.add(words[-1])
        if len(run) == 1:
            speaker(text, toks, run[0], cands, lex, persons)
    person_toks, surnames = name_persons(text, toks, cands, lex)
    return persons | surnames, person_runs, person_toks


_PARENTHESES = re.compile(r" \(([^(),;]{2,40})[,)]")


def _place_in_parentheses(text: str, end: int, cands: Candidates, lex: Lexicon) -> bool:
    """Whether the name ending at ``end`` is followed by the place it is in, in parentheses:
    "Al Wahbiyah (As Sawadiyah, Al Bayda)" is a village, not a person named Al (but
    "Al Smith (D-NY)" is a congressman)."""
    m = _PARENTHESES.match(text, end)
    return bool(m) and not lex.party_state.match(text, m.start(1)) and bool(cands(normalize_name(m.group(1))))


def speaker(text: str, toks: list[Tok], i: int, cands: Candidates, lex: Lexicon, persons: set[str]) -> None:
    """Add the single capitalised word ``toks[i]`` to ``persons`` when it speaks.

    "Steele says" (no place cue before) and '..., said Lopez.' name who spoke,
    unless the word is a country, a capital or a large city, which may speak
    in news ("Baghdad says").
    """
    t = toks[i]
    say_verbs = lex.say_verbs
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prv = toks[i - 1].lower if i > 0 else ""
    if nxt is not None and nxt.lower in say_verbs and text[t.end:nxt.start] == " " \
            and prv not in lex.cue_before:
        cs = cands(normalize_name(t.text))
        if significance(cs)[0] < 2 or not any(c.feature_code in SPEAKING_CODES or
                                               (c.population or 0) >= 100_000 for c in cs):
            persons.add(t.lower)  # "Steele says": a county's name, but not a country or a city
    p = toks[i - 1] if i > 0 else None
    if p is not None and p.lower in say_verbs and text[p.end:t.start] == " " \
            and text[t.end:t.end + 1] in _CLAUSE_END:
        cs = cands(normalize_name(t.text))
        if significance(cs)[0] < 2 or not any(c.feature_code in SPEAKING_CODES or
                                               (c.population or 0) >= 100_000 for c in cs):
            persons.add(t.lower)  # '..., said Lopez.': who spoke


_CLAUSE_END = frozenset(".,;!?")


def name_persons(text: str, toks: list[Tok], cands: Candidates, lex: Lexicon) -> tuple[set[int], set[str]]:
    """Tokens of persons' names that start with a given name, and their surnames.

    A capitalised given name (``given_names.txt``, ``more_given_names.txt``, or a
    family name written first, ``family_names_first.txt``) followed by initials
    ("R. T."), particles ("van", "bin") and one to three capitalised words is a
    person's name ("Alison Patti", "Jose A. Cordova Villalobos", "Chen Zhu"),
    unless the words together are a place in the gazetteer ("San Jose", "Hong
    Kong"), the next word makes a place or an institution ("Jackson County",
    "Charlotte Street"), or the given name is itself a country, a first-level
    division or a large city ("Georgia Tech", "Victoria Falls").

    Returns
    -------
    person_tokens, surnames : set of int, set of str
        Token indices that are part of a person's name; lower-case surnames,
        which are persons wherever else the document uses them alone (one
        sense per name per document), unless they name a major place.
    """
    idx: set[int] = set()
    surnames: set[str] = set()
    n = len(toks)
    stop = lex.not_surname
    given, family_first, particles, demonyms = lex.any_given_names, lex.family_names_first, lex.name_particles, lex.demonyms
    for i, t in enumerate(toks):
        if not t.cap or i in idx or len(t.text) < 2 or (t.text.isupper()):
            continue
        low = t.lower
        if low not in given and low not in family_first:
            continue
        own = cands(normalize_name(t.text))
        if any(c.feature_code in DIVISION_CODES or c.feature_code == "PPLC" or (c.population or 0) >= 1_000_000
               for c in own):
            continue
        j, last = i + 1, i
        names: list[int] = []
        while j < n and len(names) < 3:
            u = toks[j]
            gap = text[toks[last].end:u.start]
            if not names and u.cap and len(u.text) == 1 and gap == " " and text[u.end:u.end + 2] == ". ":
                last = j  # an initial: "Jose A. Cordova"
                j += 1
                continue
            if not names and u.cap and len(u.text) == 1 and gap == ". " and toks[last].end - toks[last].start == 1 \
                    and text[u.end:u.end + 2] == ". ":
                last = j  # a second initial: "Albert R. T. Lim"
                j += 1
                continue
            if not u.cap and u.lower in particles and gap == " " and not names:
                last = j
                j += 1
                continue
            if u.cap and (gap in (" ", "-") or (gap == ". " and toks[last].end - toks[last].start == 1)) \
                    and u.lower in stop:
                break
            if u.cap and (gap in (" ", "-") or (gap == ". " and toks[last].end - toks[last].start == 1)) \
                    and not u.text.isupper() and not u.text.isdigit() and u.lower not in demonyms:
                names.append(j)
                last = j
                j += 1
                continue
            break
        if not names:
            continue
        first_tok = i
        if i > 0 and toks[i - 1].cap and text[toks[i - 1].end:t.start] in (" ", "-", ". "):
            first_tok = i - 1  # "San Jose", "Port Elizabeth", "St. Charles": test the name with what precedes
        pairs = [(i, names[0]), (i, names[-1])] + ([(first_tok, i), (first_tok, names[0])] if first_tok < i else [])
        if any(cands(normalize_name(text[toks[a].start:toks[b].end])) for a, b in pairs):
            continue  # "San Jose", "Hong Kong", "Santa Maria": the words together name a place
        idx.add(i)
        idx.update(range(i + 1, names[-1] + 1))
        for k in names:
            sig = significance(cands(normalize_name(toks[k].text)))
            if sig[0] < 2 and sig[1] < 100_000:
                surnames.add(toks[k].lower)
    return idx, surnames


def role_before(text: str, toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Whether the token before ``toks[i]`` is a role noun or a dotted title that names a person next."""
    if i == 0:
        return False
    p = toks[i - 1]
    gap = text[p.end:toks[i].start]
    if gap == " " and not p.cap and p.lower in lex.role_nouns:
        return True
    return gap == ". " and p.lower in lex.dotted_titles
