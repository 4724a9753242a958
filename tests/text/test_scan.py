"""Tests for geomap.text._scan: the literal-prefiltered scanner gives exactly a pattern's matches."""
from __future__ import annotations

import random
import re
import string

from geomap.text._scan import UNFOLDABLE, Scan, arms
from geomap.text.actors import actor_rules
from geomap.text.rules import load_rules

# The patterns of date and incident extraction are tried only where a match can
# start; the matches must be exactly the pattern's own.
_SCAN_TEXTS = [
    "The Pentagon said U.S. forces struck five sites on Sunday, Dec. 29, 2019, killing at least 25 "
    "Kataib Hezbollah fighters. Two days later, on 31 December, protesters stormed the embassy; "
    "a roadside bomb exploded near Kandahar last week and the Taliban claimed it. IS militants, "
    "Iranian-backed militias and unknown gunmen attacked a police post 3 days ago. Iraq's army "
    "will respond next Monday morning, the ministry said. 2020-01-03: a drone strike killed Soleimani.",
    # case folding that str.lower() does not reproduce, and digits of other scripts
    "On \u0130ED blast \u0663 days ago, KILLED \u017fix soldiers; the \u0131ED went off in March 2020. " * 4,
    "An AIR STRIKE on \u0661\u0662 January killed SEVERAL people; \u212aILLED two; the past week. " * 4,
    "Friday 12 Dec. 2019 several days ago, the previous week, Taliban fighters Al-Shabaab Al Qaeda. " * 4,
]


def _spans(ms):
    return [m.span() + m.groups() for m in ms]


def _patterns():
    """Every pattern of the English rules, and the ones the actor rules compose from them."""
    rules = load_rules("en")
    ar = actor_rules(rules)
    out = [rules.regex(p.stem) for p in rules.files() if p.suffix == ".re"]
    out += [ar.group_finder.rx, ar.country_finder.rx, ar.generic_finder.rx]
    for country, _names, _alias in ar.states:
        out += [rx for rx, _name, _role in ar.state_patterns(country)]
    return out


def test_scan_gives_the_pattern_matches():
    rnd = random.Random(7)
    patterns = _patterns()
    assert len(patterns) > 150
    for rx in patterns:
        scan = Scan(rx)
        for text in _SCAN_TEXTS:
            assert _spans(scan.finditer(text)) == _spans(rx.finditer(text)), rx.pattern[:60]
            for _ in range(5):
                i = rnd.randrange(len(text))
                j = rnd.randrange(i, len(text) + 1)
                assert _spans(scan.finditer(text, i, j)) == _spans(rx.finditer(text, i, j)), rx.pattern[:60]
                assert _spans(scan.finditer(text[i:j], doc=text, offset=i)) == _spans(rx.finditer(text[i:j]))
                got, want = scan.search(text, i, j), rx.search(text, i, j)
                assert (got and got.span()) == (want and want.span()), rx.pattern[:60]


def test_scan_prefixes():
    ((pre, req),) = arms(re.compile(r"\b(?:drone|air)[\s-]*strikes?\b", re.I))
    assert pre == (("air", 1), ("drone", 1)) and req == ((("strike", 1),), (("air", 1), ("drone", 1)))
    ((pre, _req),) = arms(re.compile(r"(?:was |were )?arrested"))
    assert pre == (("arrested", 0), ("was ", 0), ("were ", 0))
    assert arms(re.compile(r"\w+ed")) == ((None, ((("ed", 0),),)),)  # no "ed": no match
    assert arms(re.compile(r"\w+")) is None  # nothing to look for: scanned the plain way
    assert arms(re.compile(r"(?:x)?")) is None


def test_unfoldable_characters_are_all_known():
    """Every character that re.IGNORECASE matches to an ASCII character although its
    str.lower() is not that character is in UNFOLDABLE (texts holding one are scanned
    the plain way by case-insensitive patterns)."""
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    odd = set()
    for a in string.ascii_lowercase:
        for m in re.finditer(a, every, re.I):
            if m.group(0).lower() != a:
                odd.add(m.group(0))
    assert odd <= set(UNFOLDABLE)
