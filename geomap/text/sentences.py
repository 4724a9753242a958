"""Sentences, captions and clauses: the units the incident reader works on.

:func:`split_sentences` cuts a text into sentences with character offsets,
without breaking at "Dec.", "U.S.", "Mr", "St." and the like; :func:`blocks`
gives its physical lines (headline, caption, paragraphs), and
:meth:`SentenceRules.is_caption` tells a photo caption or credit line;
:func:`clauses` cuts a sentence at connectors that introduce a different
event ("in retaliation to", "days after", "amid").

The words (abbreviations, sentence starters, caption cues, clause connectors)
are the language's, in ``rules/en/sentence_*`` and ``clause_separators.re``.
"""
from __future__ import annotations

import re
from typing import Callable

from geomap.text.rules import Rules, load_rules

__all__ = ["SentenceRules", "sentence_rules", "split_sentences", "blocks", "clauses"]

_LINE = re.compile(r"[^\n]+")
#: a full stop, ! or ? (and closing quotes or brackets) before space and a capital, digit or quote; or a
#: full stop with the space left out between two words ("damaged vehicles.Unknown fatalities")
_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|(?<=[a-z]{3})\.(?=[A-Z][a-z]{2})")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_NEXT_WORD = re.compile(r"\s+(\w+)")


#: The comma that ends a fronted phrase (a comma inside a number, "43,700", is none).
_CLAUSE_COMMA = re.compile(r",(?!\d)")


class SentenceRules:
    """The sentence and clause rules of one language, compiled: build it with :func:`sentence_rules`."""

    def __init__(self, rules: Rules) -> None:
        self.abbreviations = rules.set("sentence_abbreviations")
        self.final_abbreviations = rules.set("sentence_final_abbreviations")
        self.starters = frozenset(rules.list("sentence_starters"))  # case-sensitive
        self.caption = rules.regex("sentence_caption")
        self.separators = rules.regex("clause_separators")
        self.coordinators = rules.regex("clause_coordinators")
        self.day_coordinators = rules.regex("clause_day_coordinators")
        self.entry_heading = rules.regex("sentence_entry_heading")
        self.entry_time = rules.regex("sentence_entry_time")
        self.entry_start = rules.regex("sentence_entry_start")

    def is_caption(self, block: str) -> bool:
        """Whether a block (one line) is a photo caption or credit line."""
        return self.caption.search(block) is not None

    def is_entry_heading(self, block: str) -> bool:
        """Whether a block (one line) is the time-stamped heading of a live page's entry ("17:20 — Toll rises").

        Examples
        --------
        >>> sentence_rules().is_entry_heading("17:20 — Toll rises in Bint Jbeil strike")
        True
        >>> sentence_rules().is_entry_heading("17:20 — The toll rose to three. A passer-by died.")
        False
        """
        return self.entry_heading.match(block) is not None

    def is_entry_time(self, block: str) -> bool:
        """Whether a block (one line) is only the time of a live page's entry, whose title is the next line.

        Examples
        --------
        >>> sentence_rules().is_entry_time("10 Nov 2024 - 16:20 GMT")
        True
        >>> sentence_rules().is_entry_time("10 Nov 2024 - 16:20 GMT - Soldier killed")
        False
        """
        return self.entry_time.match(block) is not None

    def starts_entry(self, block: str) -> bool:
        """Whether a block (one line) opens a live page's entry with its time ("08:20 – The ministry says ...").

        Examples
        --------
        >>> sentence_rules().starts_entry("08:20 – The health ministry says one person was killed.")
        True
        """
        return self.entry_start.match(block) is not None


def sentence_rules(rules: Rules | None = None) -> SentenceRules:
    """The compiled sentence rules of ``rules`` (English by default), built once per :class:`Rules`."""
    return (rules or load_rules("en")).derived("text.sentences", SentenceRules)


def blocks(text: str) -> list[tuple[int, int]]:
    """The lines of a text that hold something, as ``(start, end)`` offsets."""
    return [m.span() for m in _LINE.finditer(text)]


def split_sentences(text: str, *, rules: Rules | None = None) -> list[tuple[int, int]]:
    """Split a text into sentences, as ``(start, end)`` character offsets.

    Line breaks that end a block (blank lines, and single lines with no final
    punctuation such as headlines) end a sentence; inside a paragraph a sentence
    ends at ``.``, ``!`` or ``?`` followed by space and a capital, a digit or a
    quote, except after known abbreviations and single initials ("U.S.", "Dec.").

    Parameters
    ----------
    text : str
    rules : Rules, optional
        The language rules (English by default).

    Examples
    --------
    >>> t = "A U.S. strike hit Qaim on Dec. 30. Mr Al Assad spoke."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['A U.S. strike hit Qaim on Dec. 30.', 'Mr Al Assad spoke.']
    """
    sr = sentence_rules(rules)
    out: list[tuple[int, int]] = []
    for a, b in blocks(text):
        _split_block(text, a, b, out, sr)
    return out


def _split_block(text: str, a: int, b: int, out: list[tuple[int, int]], sr: SentenceRules) -> None:
    start = a
    for m in _END.finditer(text[a:b]):
        end = a + m.end()
        dot = a + m.start()
        if text[dot] == ".":
            j = dot
            while j > start and (text[j - 1].isalpha() or text[j - 1] == "."):
                j -= 1
            word = text[j:dot].lower()
            if word in sr.abbreviations or (len(word) == 1 and word.isalpha()) or _INITIALS.fullmatch(word):
                # "U.S. airstrike": keep going unless the next word starts a clear sentence.
                nxt = _NEXT_WORD.match(text[end:b])
                if not (word in sr.final_abbreviations and nxt and nxt.group(1) in sr.starters):
                    continue
        seg = text[start:end].strip()
        if seg:
            s = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            out.append((s, end))
        start = end
    seg = text[start:b]
    if seg.strip():
        s = start + (len(seg) - len(seg.lstrip()))
        out.append((s, s + len(seg.strip())))


def clauses(text: str, a: int, b: int, has_event: Callable[[str], bool], *,
            rules: Rules | None = None, has_place: Callable[[int, int], bool] | None = None
            ) -> list[tuple[int, int, bool]]:
    """Cut the sentence ``text[a:b]`` into clauses at connectors to a different event.

    Returns ``(start, end, background)`` in the order they should be read:
    ``background`` marks a clause that names another event only as a cause or a
    context ("in retaliation to a rocket attack ...", "amid tensions over ...").
    A fronted connector ("Reported on 4 March, in retaliation to Taliban attacks,
    Afghan forces killed 6 militants") leaves the main clause after the comma; it
    is read first, then the preamble (which lends it its date), then the cause.
    ``has_event(clause)`` says whether a piece of text names an event. With ``has_place(start, end)``
    (whether ``text[start:end]`` names a place), a sentence that goes on to a second event with a place of
    its own ("... near Ayorou and abducted five others on the road outside Ouallam", "..., while in Turbat
    a grenade ...", ``clause_coordinators.re``) is cut there too, both parts told as news.

    Examples
    --------
    >>> t = "US jets struck Qaim in retaliation for a rocket attack on a base."
    >>> [(t[s:e], bg) for s, e, bg in clauses(t, 0, len(t), lambda c: "struck" in c or "attack" in c)]
    [('US jets struck Qaim', False), ('a rocket attack on a base.', True)]
    """
    sr = sentence_rules(rules)
    seps = list(sr.separators.finditer(text, a, b))
    if seps and seps[0].start() - a >= 0:
        m = seps[0]
        comma = next((x.start() for x in _CLAUSE_COMMA.finditer(text, m.end(), b)), -1)  # not "43,700"
        if comma > 0 and not has_event(text[a:m.start()]) and has_event(text[comma + 1:b]):
            # the preamble keeps the connector: "Two days before the X killing, ..." counts two days back
            return [(comma + 1, b, False), (a, m.end(), False), (m.end(), comma, True)]
    out: list[tuple[int, int, bool]] = []
    cur = a
    background = False
    coordinated = [(m, False) for m in sr.coordinators.finditer(text, a, b)] if has_place is not None else []
    days = [m for m in sr.day_coordinators.finditer(text, a, b)] if has_place is not None else []
    coordinated += [(m, False) for m in days]
    cuts = sorted([(m, True) for m in seps] + coordinated, key=lambda mk: mk[0].start())
    for m, to_background in cuts:
        if m.start() - cur < 8:
            continue
        if not to_background and m not in days and not (has_place(cur, m.start()) and has_place(m.end(), b)):
            continue  # "Gunmen killed 12 and abducted 30 in a raid near Tsafe": one event, told on
        out.append((cur, m.start(), background))
        cur = m.end()
        background = background or to_background  # "..., while in Turbat ...": a second event, as news
    out.append((cur, b, background))
    return out
