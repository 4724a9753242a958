"""Tokens, runs of capitalised words and feature classes: the recogniser's units.

Structural, not English: the token pattern, where sentences start, which
GeoNames feature codes make a place significant. The English words that join
or stop a run come from the :class:`~geomap.text._lexicon.Lexicon` passed in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from geomap.model import Place
from geomap.text._lexicon import Lexicon

__all__ = ["Tok", "tokens", "joinable", "runs", "sentence_initial", "significance",
           "BIG_CODES", "COUNTRY_CODES", "DIVISION_CODES", "REGION_CODES", "SPEAKING_CODES", "WIDE_CODES"]

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"[.!?…:]['\"’”)\]]*\s*$|\n\s*$|^\s*$")
_LINE_START = re.compile(r"(?:^|\n)[\"'“‘(]*$")

#: Feature codes of significant places: countries, first-level divisions, seas, capitals,
#: large natural features, airports and bases. A name one of them bears is rarely anything else.
BIG_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "PCL", "TERR", "ADM1", "ADM1H", "CONT", "RGN",
                       "SEA", "OCN", "GULF", "BAY", "STRT", "PPLC", "ADM2", "ADMD", "ISL", "ISLS", "PEN",
                       "DSRT", "MTS", "LK", "STM", "AIRP", "AIRB", "MILB", "AREA", "RGNE", "PRK"})
COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "PCL", "TERR"})
DIVISION_CODES = COUNTRY_CODES | {"ADM1", "ADM1H"}
#: Regions of their own: a compass word before one of them makes a new region ("West Africa").
REGION_CODES = frozenset({"CONT", "RGN", "RGNE", "SEA", "OCN", "GULF", "MTS", "DSRT", "PEN", "ISLS", "AREA"})
#: Places that may speak in news ("Baghdad says", "Washington said"): countries, first-level
#: divisions, capitals, continents.
SPEAKING_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "PCL", "TERR", "ADM1", "ADM1H", "PPLC", "CONT"})
#: Places wider than a town.
WIDE_CODES = COUNTRY_CODES | {"CONT", "OCN", "SEA", "GULF", "RGN", "ADM1", "ADM1H"}


@dataclass(slots=True)
class Tok:
    """A word or number of the text with its offsets; ``cap`` when it starts with a capital."""

    text: str
    start: int
    end: int
    cap: bool
    lower: str


def tokens(text: str, lex: Lexicon) -> list[Tok]:
    """The words and numbers of ``text``; a possessive ending is cut off ("Syria's" -> "Syria")."""
    out = []
    possessive = lex.possessive
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        w = m.group()
        pm = possessive.search(w) if ("'" in w or "’" in w) else None
        if pm and len(w) > 2 and not w.isupper():
            w = w[: pm.start()]
            e = s + len(w)
        if not w:
            continue
        first = w[0]
        out.append(Tok(w, s, e, first.isupper(), w.lower()))
    return out


def joinable(text: str, a: Tok, b: Tok, lex: Lexicon) -> bool:
    """Whether tokens ``a`` and ``b`` may belong to one name (a space, a hyphen, "St. ", "People's ")."""
    gap = text[a.end:b.start]
    if gap in (" ", "-", "‐", "\u00a0"):
        return True
    if gap in (". ", ".") and a.lower in lex.dotted_abbreviations:
        return True
    if gap in ("'s ", "’s ") and b.cap and (a.lower in lex.possessive_starts or b.lower in lex.possessive_heads):
        return True  # "People's Republic of China", "Queen Anne's County", "St. Peter's Square"
    return False


def runs(text: str, toks: list[Tok], lex: Lexicon) -> list[list[int]]:
    """Indices of maximal runs of capitalised tokens (connectors allowed inside)."""
    out: list[list[int]] = []
    cur: list[int] = []
    n = len(toks)
    connectors, of_the_heads = lex.name_connectors, lex.of_the_heads
    of, the = lex.of_word, lex.definite_article
    for i, t in enumerate(toks):
        ok = t.cap and not t.text.isdigit()
        if not ok and cur and t.lower in connectors and i + 1 < n and toks[i + 1].cap \
                and toks[i + 1].lower not in lex.calendar_words \
                and joinable(text, toks[cur[-1]], t, lex) and joinable(text, t, toks[i + 1], lex):
            cur.append(i)
            continue
        if not ok and cur and t.lower == of and i + 2 < n and toks[i + 1].lower == the \
                and toks[cur[-1]].lower in of_the_heads \
                and not toks[i + 1].cap and toks[i + 2].cap and joinable(text, toks[cur[-1]], t, lex) \
                and joinable(text, t, toks[i + 1], lex) and joinable(text, toks[i + 1], toks[i + 2], lex):
            cur.extend((i, i + 1))  # "Democratic Republic of the Congo"
            continue
        if cur and cur[-1] == i:
            continue  # taken with "of" just above
        if ok:
            if cur and joinable(text, toks[cur[-1]], t, lex):
                cur.append(i)
            else:
                if cur:
                    out.append(cur)
                cur = [i]
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def sentence_initial(text: str, tok: Tok) -> bool:
    """Whether ``tok`` starts a sentence, a line or the text (its capital then says nothing)."""
    return bool(_SENTENCE_END.search(text[max(0, tok.start - 6):tok.start].rstrip("\"'“‘( "))) \
        or tok.start == 0 or bool(_LINE_START.search(text[max(0, tok.start - 6):tok.start]))


def significance(cands: Sequence[Place]) -> tuple[int, int]:
    """(class, population): 2 a country/first-level division/sea..., 1 a town, 0 nothing."""
    best_pop = max((c.population or 0) for c in cands) if cands else 0
    if any(c.feature_code in BIG_CODES for c in cands):
        return 2, best_pop
    return (1 if cands else 0), best_pop
