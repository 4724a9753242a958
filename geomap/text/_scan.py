"""A literal-prefiltered regex scanner: exactly a pattern's matches, found faster.

Python's ``re`` tries a pattern at every position of the text, and patterns that
start with ``\\b`` and a long alternation cost ~100 ns a position: scanning a
whole article with the few dozen patterns of date and incident extraction was
most of the extraction time. A :class:`Scan` gives exactly the matches of the
pattern (same spans, groups and order) but tries the pattern only where a match
can start: at an occurrence of one of the literal prefixes every match must begin
with (read from the parsed pattern: "\\b(?:drone|air)[\\s-]*strikes?" must start
with "drone" or "air"). Texts where the prefixes are too common, and patterns
without such prefixes, are scanned as before.

Language-independent; used by :mod:`geomap.text.dates` and the incident modules
on the patterns they compile from the language rules.

Examples
--------
>>> import re
>>> scan = Scan(re.compile(r"\\b(?:drone|air)[\\s-]*strikes?\\b", re.I))
>>> [m.group(0) for m in scan.finditer("An air strike, then drone strikes.")]
['air strike', 'drone strikes']
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterator

__all__ = ["Scan", "Hay", "Arms", "arms", "first_literals", "required_literals", "UNFOLDABLE"]

#: Characters that ``re.IGNORECASE`` matches to an ASCII character although their
#: ``str.lower()`` is not that character (U+0130 also lowers to two characters);
#: a text holding one is scanned the plain way by case-insensitive patterns.
UNFOLDABLE = ("\u0130", "\u0131", "\u017f")
_MAX_PREFIX_SET = 32          # a character class of more characters gives no prefix
_CASED, _FOLDED, _DIGIT = 0, 1, 2
_HAY_CHARS = 1 << 22          # texts kept with their prefix positions, at most (characters)


def first_literals(items: list, flags: int, P, C) -> tuple[set[tuple[str, bool]] | None, bool]:
    """The literal prefixes a match of the parsed sequence ``items`` begins with, as
    ``{(text, kind)}``, and whether the sequence can match the empty string (then
    the prefixes of what follows apply too); None when unknown. ``kind`` is
    :data:`_CASED`, :data:`_FOLDED` (case-insensitive: ASCII, lower case) or
    :data:`_DIGIT` (``\\d``: one of the ten ASCII digits, exact only for a text
    without other decimal digits)."""
    acc: set[tuple[str, int]] = set()
    i, n = 0, len(items)
    repeats = tuple(getattr(C, k) for k in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, k))
    while i < n:
        op, av = items[i]
        ci = bool(flags & C.SRE_FLAG_IGNORECASE)
        if op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
            i += 1  # zero width: the prefix is what follows
            continue
        if op is C.LITERAL:
            start = i
            chars: list[str] = []
            while i < n and items[i][0] is C.LITERAL:
                ch = chr(items[i][1])
                if ci:
                    if ch >= "\x80":
                        break
                    ch = ch.lower()
                chars.append(ch)
                i += 1
            if not chars:
                return None, False
            run, kind = "".join(chars), (_FOLDED if ci else _CASED)
            if len(chars) == i - start:
                # "w(?:as |ere )arrested": the run goes on with what follows it
                rest, nullable = first_literals(items[i:], flags, P, C) if i < n else (None, True)
                if rest and not nullable and len(rest) <= _MAX_PREFIX_SET and all(k == kind for _s, k in rest):
                    acc.update((run + s, kind) for s, _k in rest)
                    return acc, False
            acc.add((run, kind))
            return acc, False
        if op is C.IN:
            chars_in: set[str] = set()
            digits = False
            for sop, sav in av:
                if sop is C.LITERAL:
                    chars_in.add(chr(sav))
                elif sop is C.RANGE and sav[1] - sav[0] < _MAX_PREFIX_SET:
                    chars_in.update(map(chr, range(sav[0], sav[1] + 1)))
                elif sop is C.CATEGORY and sav is C.CATEGORY_DIGIT:
                    digits = True
                else:
                    return None, False
            if len(chars_in) > _MAX_PREFIX_SET:
                return None, False
            if digits:
                chars_in -= set("0123456789")
                acc.update((c, _DIGIT) for c in "0123456789")
            for ch in chars_in:
                if ci:
                    if ch >= "\x80":
                        return None, False
                    acc.add((ch.lower(), _FOLDED))
                else:
                    acc.add((ch, _CASED))
            return acc, False
        if op is C.SUBPATTERN or op is getattr(C, "ATOMIC_GROUP", None):
            if op is C.SUBPATTERN:
                _group, add_flags, del_flags, sub = av
                sub_flags = (flags | add_flags) & ~del_flags
            else:
                sub, sub_flags = av, flags
            got, nullable = first_literals(sub.data, sub_flags, P, C)
            if got is None:
                return None, False
            acc |= got
            if not nullable:
                return acc, False
            i += 1
            continue
        if op is C.BRANCH:
            any_nullable = False
            for alt in av[1]:
                got, nullable = first_literals(alt.data, flags, P, C)
                if got is None:
                    return None, False
                acc |= got
                any_nullable = any_nullable or nullable
            if not any_nullable:
                return acc, False
            i += 1
            continue
        if op in repeats:
            lo, hi, sub = av
            if hi == 0:
                i += 1
                continue
            got, nullable = first_literals(sub.data, flags, P, C)
            if got is None:
                return None, False
            acc |= got
            if lo >= 1 and not nullable:
                return acc, False
            i += 1
            continue
        return None, False
    return acc, True


def required_literals(items: list, flags: int, P, C) -> list[set[tuple[str, int]]]:
    """Sets of literals such that every match of the parsed sequence ``items`` contains
    one literal of each set (anywhere), as ``{(text, kind)}``, most selective first:
    the sequence's runs of literals and its required groups."""
    found: list[set[tuple[str, int]]] = []
    ci = bool(flags & C.SRE_FLAG_IGNORECASE)
    kind = _FOLDED if ci else _CASED
    run: list[str] = []
    repeats = tuple(getattr(C, k) for k in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, k))
    for op, av in items:
        if op is C.LITERAL:
            ch = chr(av)
            if not ci or ch < "\x80":
                run.append(ch.lower() if ci else ch)
                continue
        if run:
            found.append({("".join(run), kind)})
            run = []
        if op is C.SUBPATTERN:
            found += required_literals(av[3].data, (flags | av[1]) & ~av[2], P, C)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            found += required_literals(av.data, flags, P, C)
        elif op is C.BRANCH:
            # one set per alternative: their union is required
            union: set[tuple[str, int]] = set()
            for alt in av[1]:
                got = required_literals(alt.data, flags, P, C)
                if not got:
                    break
                union |= got[0]
            else:
                found.append(union)
        elif op in repeats and av[0] >= 1:
            found += required_literals(av[2].data, flags, P, C)
    if run:
        found.append({("".join(run), kind)})
    found.sort(key=lambda lits: (-min(len(x) for x, _k in lits), len(lits)))
    return found


def _lean(lits: set[tuple[str, int]] | None, *, prefixes: bool) -> tuple[tuple[str, int], ...] | None:
    """The literals without the redundant ones: for prefixes a longer one that starts
    with a shorter one ("jan" covers "january"), for required literals one that
    contains a shorter one."""
    if not lits:
        return None
    keep = [(s, k) for s, k in lits
            if not any(o != s and ok == k and (s.startswith(o) if prefixes else o in s) for o, ok in lits)]
    return tuple(sorted(keep))


def _required(sets: list[set[tuple[str, int]]]) -> tuple[tuple[tuple[str, int], ...], ...] | None:
    """The few most selective required sets (see :func:`required_literals`), lean."""
    out = tuple(lean for lits in sets[:4] if (lean := _lean(lits, prefixes=False)))
    return out or None


#: How a pattern's matches can be found: per arm (an alternative of the pattern), the
#: literal prefixes its matches begin with (None: unknown) and sets of literals such
#: that they contain one literal of each set (None: unknown). A text without any
#: literal of one of an arm's sets has no match of that arm.
Arms = tuple[tuple[tuple[tuple[str, int], ...] | None, tuple[tuple[tuple[str, int], ...], ...] | None], ...]


def arms(rx: re.Pattern[str]) -> Arms | None:
    """The arms of a compiled pattern (see :data:`Arms`); None when nothing helps."""
    if not isinstance(rx.pattern, str):
        return None
    try:
        from re import _constants as C, _parser as P
    except ImportError:  # Python 3.10: the same parser under its old names
        try:
            import sre_constants as C  # type: ignore[no-redef]
            import sre_parse as P  # type: ignore[no-redef]
        except ImportError:  # no parser to read: scan the plain way
            return None
    tree = P.parse(rx.pattern, rx.flags)
    flags = tree.state.flags
    items = list(tree.data)
    # the alternatives of the first thing the pattern consumes, when it is the
    # whole pattern but for zero-width assertions ("(?<![\w-])(?:A|B|C)(?![\w])")
    zero_width = (C.AT, C.ASSERT, C.ASSERT_NOT)
    body = [it for it in items if it[0] not in zero_width]
    alts = None
    inner_flags = flags
    while len(body) == 1:
        op, av = body[0]
        if op is C.BRANCH:
            alts = av[1]
            break
        if op is not C.SUBPATTERN:
            break
        inner_flags = (inner_flags | av[1]) & ~av[2]
        body = [it for it in av[3].data if it[0] not in zero_width]
        if len(body) != len(av[3].data):
            break  # an assertion inside the group: read the pattern as one arm
    found = []
    if alts is not None:
        for alt in alts:
            pre, nullable = first_literals(alt.data, inner_flags, P, C)
            if nullable:
                alts = None
                break
            found.append((_lean(pre, prefixes=True), _required(required_literals(alt.data, inner_flags, P, C))))
    if alts is None:
        pre, nullable = first_literals(items, flags, P, C)
        found = [(None if nullable else _lean(pre, prefixes=True), _required(required_literals(items, flags, P, C)))]
    if all(pre is None and req is None for pre, req in found):
        return None
    return tuple(found)


class Hay:
    """A text, its case-folded copy (None when folding is not exact for it), and where
    the patterns scanned in it can start (memoised)."""

    __slots__ = ("text", "fold", "digits", "starts")

    def __init__(self, text: str) -> None:
        self.text = text
        self.fold: str | None = None if any(u in text for u in UNFOLDABLE) else text.lower()
        # \d also matches other scripts' decimal digits: the ASCII ones are its prefixes only without them
        self.digits: str | None = text if text.isascii() or not any(
            c.isdecimal() for c in set(text) if c >= "\x80") else None
        self.starts: dict[Arms, list[int] | None] = {}

    def find(self, arms: Arms) -> list[int] | None:
        """The sorted positions where a match of the arms can start; None when there
        are too many to be worth it, or when they cannot be told exactly in this text."""
        got = self.starts.get(arms, False)
        if got is not False:
            return got  # type: ignore[return-value]
        self.starts[arms] = got = self._find(arms)
        return got

    def _hay(self, kind: int) -> str | None:
        return self.text if kind == _CASED else self.fold if kind == _FOLDED else self.digits

    def _find(self, arms: Arms) -> list[int] | None:
        limit = len(self.text) // 16 + 4
        out: list[int] = []
        n_lits = 0
        for pre, req in arms:
            if req is not None:
                absent = False
                for lits in req:
                    for lit, kind in lits:
                        hay = self._hay(kind)
                        if hay is None:
                            return None
                        if lit in hay:
                            break
                    else:
                        absent = True
                        break
                if absent:
                    continue  # no match of this arm anywhere
            if pre is None:
                return None
            for lit, kind in pre:
                hay = self._hay(kind)
                if hay is None:
                    return None
                find = hay.find
                j = find(lit)
                while j >= 0:
                    out.append(j)
                    j = find(lit, j + 1)
                if len(out) > limit:
                    return None
                n_lits += 1
        if n_lits > 1:
            out = sorted(set(out))
        return out


_HAYS: dict[str, Hay] = {}
_hays_size = [0]


def _hay(text: str) -> Hay:
    h = _HAYS.get(text)
    if h is None:
        if len(_HAYS) >= 32 or _hays_size[0] > _HAY_CHARS:
            _HAYS.clear()
            _hays_size[0] = 0
        h = _HAYS[text] = Hay(text)
        _hays_size[0] += len(text)
    return h


class Scan:
    """A compiled pattern whose ``finditer``/``search`` try it only where a match can
    start; the matches are exactly those of the pattern (same spans, groups, order).

    ``doc`` and ``offset`` say that ``text`` is ``doc[offset:offset + len(text)]``:
    the prefixes are then looked up once in ``doc`` for all its pieces.
    """

    __slots__ = ("rx", "_arms")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self._arms: Arms | None | bool = False  # read on first use

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    @property
    def flags(self) -> int:
        return self.rx.flags

    @property
    def arms(self) -> Arms | None:
        """Where the pattern's matches can start (see :func:`arms`), read on first use."""
        if self._arms is False:
            self._arms = arms(self.rx)
        return self._arms  # type: ignore[return-value]

    def _starts(self, text: str, pos: int, end: int, doc: str | None, offset: int) -> list[int] | None:
        """Sorted candidate starts in ``[pos, end)`` (a superset of the match starts), or
        None to scan the plain way."""
        if end - pos < 48:
            return None
        found = self.arms
        if found is None:
            return None
        if doc is None:
            doc, offset = text, 0
        cands = _hay(doc).find(found)
        if cands is None:
            return None
        if offset or pos or end < len(doc):
            i, j = bisect_left(cands, pos + offset), bisect_left(cands, end + offset)
            if j - i > (end - pos) // 16 + 4:
                return None
            cands = cands[i:j]
            if offset:
                cands = [p - offset for p in cands]
        return cands

    def _window(self, text: str, pos: int, endpos: int | None, doc: str | None, offset: int
                ) -> tuple[int, int, list[int] | None]:
        """``pos`` and ``endpos`` clipped as ``re`` clips them, and the candidate starts between."""
        n = len(text)
        end = n if endpos is None or endpos > n else max(endpos, 0)
        pos = min(max(pos, 0), n)
        return pos, end, self._starts(text, pos, end, doc, offset)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, *,
                 doc: str | None = None, offset: int = 0) -> Iterator[re.Match[str]]:
        """``rx.finditer(text, pos, endpos)``."""
        pos, end, starts = self._window(text, pos, endpos, doc, offset)
        if starts is None:
            return self.rx.finditer(text, pos, end)
        return self._iter(text, starts, end)

    def _iter(self, text: str, starts: list[int], end: int) -> Iterator[re.Match[str]]:
        match = self.rx.match
        after = -1
        for p in starts:
            if p < after:
                continue
            m = match(text, p, end)
            if m is not None:
                yield m
                after = m.end()

    def search(self, text: str, pos: int = 0, endpos: int | None = None, *,
               doc: str | None = None, offset: int = 0) -> re.Match[str] | None:
        """``rx.search(text, pos, endpos)``."""
        pos, end, starts = self._window(text, pos, endpos, doc, offset)
        if starts is None:
            return self.rx.search(text, pos, end)
        match = self.rx.match
        for p in starts:
            m = match(text, p, end)
            if m is not None:
                return m
        return None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``rx.match(text, pos, endpos)``."""
        return self.rx.match(text, pos, len(text) if endpos is None else endpos)
