"""A document's geography: the names it uses, what contains what, and the area it is about.

The resolver (:mod:`geomap.text.resolve`) treats a document as one geographic
story. This module reads its structure from the text, before any choice:

* one :class:`Name` per distinct name (one sense per name), with its gazetteer
  candidates;
* containment: "X, Y", "X (Y)", "X (Y, Z)", "X in Y", "the X area of Y",
  "X district, Y province": Y contains X;
* the area: the countries the document is about, with votes from the user's
  hints, the demonyms ("Syrian"), the countries and first-level divisions it
  names, and the places resolved so far.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Sequence

from geomap._geo import haversine_km
from geomap.model import Place
from geomap.text._tokens import COUNTRY_CODES

__all__ = ["Name", "containers", "inside", "Area"]

#: Between a name and the place that contains it ("Qaim, Iraq"; "Sirwah (Marib)"; "Bani Siyah area (Raizh").
_COMMA = re.compile(r"\s*,\s*")
_PAREN = re.compile(r"\s*(?:[a-z][a-z-]*\s+){0,2}\(\s*")
_IN = re.compile(r"\s*,?\s+(?:[a-z][a-z-]*\s+){0,2}(?:in|of)\s+(?:the\s+)?(?:[a-z][a-z-]*\s+)?(?:(?:town|city|district|"
                 r"province|governorate|state|region|neighbou?rhood)\s+of\s+)?")
#: A place contains another when it is a country, division or city the other can lie in.
_CONTAINER_CODES = COUNTRY_CODES | {"ADM1", "ADM1H", "ADM2", "ADM3", "ADMD", "RGN", "PPLC", "PPLA", "PPLA2", "PPLA3"}
#: Most distance (km) from a container's point for a place inside it, by the container's kind.
_INSIDE_KM = {"ADM1": 350.0, "ADM1H": 350.0, "ADM2": 90.0, "ADM3": 50.0, "ADMD": 90.0, "RGN": 600.0}
_CITY_KM = 40.0


@dataclass
class Name:
    """One distinct name of a document and what the gazetteer offers for it."""

    key: str
    query: str
    words: int
    spans: list[int] = field(default_factory=list)  # indices into the document's spans
    candidates: list[Place] = field(default_factory=list)
    match: str = "exact"  # exact, loose or fuzzy
    containers: list[int] = field(default_factory=list)  # indices of Names that contain it
    choice: Place | None = None
    confidence: float = 0.0
    local_town: bool = False  # a country's name taken for the town of that name beside the other places
    division: bool = False  # every mention says it is a division: "Homs province", "Sinjar district"
    settlement: bool = False  # every mention says it is a town: "Mawlaik town", "Hasakah city"
    static: dict[int, list] = field(default_factory=dict)  # the model's fixed features, per candidate list


def containers(text: str, spans: Sequence[Any], first: dict[str, list[Place]]) -> dict[int, list[int]]:
    """Span index -> indices of the spans whose places contain it, read from the text between them.

    ``first`` gives each span key's exact candidates (the container must be able
    to contain: a country, division or city).
    """
    out: dict[int, list[int]] = {}
    refine: dict[int, list[int]] = {}  # a country -> the divisions named after it in brackets
    topo = [i for i, sp in enumerate(spans) if sp.kind == "toponym"]
    for a_i, b_i in zip(topo, topo[1:]):
        a, b = spans[a_i], spans[b_i]
        gap = text[a.end:b.start]
        if len(gap) > 40 or "\n" in gap:
            continue
        cands = first.get(b.key) or []
        if cands and not any(c.feature_code in _CONTAINER_CODES for c in cands):
            continue
        own = first.get(a.key) or []
        la = max((_level(c) for c in own[:4]), default=-1)
        lb = max((_level(c) for c in cands[:4]), default=-1)
        listed = _COMMA.fullmatch(gap) or _PAREN.fullmatch(gap)
        if listed and own and cands and min(_level(c) for c in own[:2]) == 4 and lb in (2, 3):
            out.setdefault(b_i, []).append(a_i)  # "northern Yemen (Al Jawf)": the part named after its country
            refine.setdefault(a_i, []).append(b_i)
            continue
        if own and cands and la >= lb:
            continue  # "Greece, Bulgaria", "Kisumu, Bondo": a list, not a place and its container
        if listed or _IN.fullmatch(gap):
            # an unknown container ("Sabir al Mawadim" of "Al Birayn (Sabir al Mawadim, Taizz)") still
            # passes on what contains it
            out.setdefault(a_i, []).append(b_i)
    # "the Al Jarr area in northwestern Yemen (Abs, Hajjah)": what is in the country is in the parts
    # the brackets name, first
    for x, outer in list(out.items()):
        for a_i in list(outer):
            for b_i in refine.get(a_i, []):
                if b_i != x and b_i not in outer:
                    outer.insert(outer.index(a_i), b_i)
    # "X (Y, Z)" and "X, Y, Z": X is in Z too (through Y)
    for a_i in list(out):
        seen = set(out[a_i])
        stack = list(out[a_i])
        while stack:
            for c in out.get(stack.pop(), []):
                if c not in seen:
                    seen.add(c)
                    out[a_i].append(c)
                    stack.append(c)
    return out


def _level(p: Place) -> int:
    """How large a kind of place is: 4 country, 3 first-level division, 2 district, 1 town, 0 other."""
    code = p.feature_code
    if code in COUNTRY_CODES:
        return 4
    if code in ("ADM1", "ADM1H", "RGN"):
        return 3
    if code.startswith("ADM"):
        return 2
    return 1 if code.startswith("PPL") else 0


def inside(p: Place, q: Place) -> bool:
    """Whether place ``p`` can lie in place ``q`` (a country, division or city)."""
    if p is q or (p.geonameid is not None and p.geonameid == q.geonameid):
        return False
    if q.country_code and p.country_code and p.country_code != q.country_code:
        return False
    code = q.feature_code
    if code in COUNTRY_CODES:
        return bool(q.country_code) and p.country_code == q.country_code
    if code in ("ADM1", "ADM1H") and p.admin1 and q.name and p.admin1 == q.name:
        return True
    km = haversine_km(p.longitude, p.latitude, q.longitude, q.latitude)
    limit = _INSIDE_KM.get(code, _CITY_KM)
    return km <= limit


class Area:
    """The countries a document is about, with their votes (and which name cast each)."""

    def __init__(self, hints: Sequence[str]) -> None:
        self.hints = tuple(hints)
        self.votes: Counter[str] = Counter({h: 3.0 for h in hints})
        self.by: dict[str, Counter[str]] = {}
        self.weak: Counter[str] = Counter()
        self.weak_names: Counter[str] = Counter()

    def vote(self, country: str, weight: float = 1.0, by: str | None = None, weak: bool = False) -> None:
        """Add ``weight`` to ``country``; ``by`` is the name voting (a name never vouches for itself);
        ``weak`` votes (a place chosen when nothing else says where the story is) do not open the
        area to other transliterations and misspellings."""
        if country:
            self.votes[country] += weight
            if by is not None:
                self.by.setdefault(by, Counter())[country] += weight
            if weak:
                self.weak[country] += weight
                self.weak_names[country] += 1

    def _votes(self, without: str | None, strong: bool = False) -> Counter[str]:
        own = self.by.get(without) if without is not None else None
        if not own and not (strong and self.weak):
            return self.votes
        own = own or Counter()
        # weak votes of one name only: two names placed in one country say where the story is
        weak = Counter({c: v for c, v in self.weak.items() if self.weak_names[c] < 2}) if strong else Counter()
        return Counter({c: v - own.get(c, 0.0) - weak.get(c, 0.0) for c, v in self.votes.items()})

    def votes_without(self, name: str) -> Counter[str]:
        """The votes without those ``name`` cast."""
        return self._votes(name)

    def countries(self, share: float = 0.25, without: str | None = None, strong: bool = False) -> list[str]:
        """The countries with at least ``share`` of the strongest country's votes, strongest first.

        ``without`` leaves out the votes that name cast: the area the rest of the text gives it;
        ``strong`` leaves out the weak votes.
        """
        votes = self._votes(without, strong)
        top = max(votes.values(), default=0.0)
        if top <= 0:
            return []
        return [c for c, v in votes.most_common() if v >= share * top and v > 0]

    def weight(self, country: str, without: str | None = None) -> float:
        """A country's votes as a share of the strongest's (0 when the area is empty)."""
        votes = self._votes(without)
        top = max(votes.values(), default=0.0)
        if top <= 0 or not country:
            return 0.0
        return max(votes.get(country, 0.0), 0.0) / top

    def __bool__(self) -> bool:
        return any(v > 0 for v in self.votes.values())
