"""Value objects that flow between geomap's stages.

They are frozen dataclasses with ``to_dict()``; tables (DataFrames,
GeoDataFrames, CSV rows) are built from them in :mod:`geomap.tables.schema`.
Coordinates are stored as ``longitude``/``latitude`` (named, never a bare pair).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Place", "Mention", "Evidence", "Incident", "Tally", "Document"]


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer record, as resolved for one query.

    Attributes
    ----------
    geonameid : int
        GeoNames id; None for records from elsewhere (airports, hand-added: see ``source``).
    name : str
        Preferred (GeoNames) name.
    country_code : str
        ISO 3166-1 alpha-2 code ('' for seas and other places in no country).
    admin1 : str
        Name of the first-level division ('' when unknown).
    feature_code : str
        GeoNames feature code (PPLC, PPLA, PPL, ADM1, PCLI, AIRP, MILB, SEA, STM ...).
    population : int
    longitude, latitude : float
        WGS 84 degrees.
    matched : str
        The alias of the record that matched the query.
    score : float
        Ranking score in [0, 1]; higher is better. Comparable within one query.
    source : str
        Where the record comes from: ``geonames``, ``user:<file>``, ``airportsdata``
        or ``hand:<reference>`` (hand-added, with the source of its coordinates).
    fuzzy : bool
        True when the match was found by the misspelling fallback.
    """

    geonameid: int | None
    name: str
    country_code: str
    admin1: str
    feature_code: str
    population: int
    longitude: float
    latitude: float
    matched: str = ""
    score: float = 0.0
    source: str = "geonames"
    fuzzy: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Plain-dict form (the JSON shape of ``geomap geocode --json``)."""
        return asdict(self)


@dataclass(frozen=True)
class Mention:
    """A place named in a text.

    Attributes
    ----------
    text : str
        The surface form, exactly as in the document.
    start, end : int
        Character offsets into the document (``text == doc[start:end]``).
    kind : str
        ``toponym``, ``demonym`` ("Iraqi militia", "Syrians"), ``adjective``, or
        ``unknown``: a name the text uses as a place that the gazetteer does not know
        ("Wad al-Noura"), reported with its span and the places it is said to be in.
    place : Place or None
        The resolved place; None when unresolved.
    candidates : tuple of Place
        The other candidates considered, best first (kept when unresolved).
    confidence : float or None
        How likely ``place`` is the place meant, in [0, 1] (calibrated on the
        development data: see ``benchmarks/bench_where.py``); None when not resolved.
    within : tuple of Place
        The places the text puts it in ("X, Y", "X (Y, Z)", "X in Y"), innermost
        first, as resolved: where an incident falls back to when ``place`` is unknown.
    """

    text: str
    start: int
    end: int
    kind: str = "toponym"
    place: Place | None = None
    candidates: tuple[Place, ...] = ()
    confidence: float | None = None
    within: tuple[Place, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape used by ``geomap extract`` for one place."""
        p = self.place
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "name": p.name if p else None,
            "geonameid": p.geonameid if p else None,
            "country_code": p.country_code if p else None,
            "latitude": p.latitude if p else None,
            "longitude": p.longitude if p else None,
            "kind": self.kind,
            "confidence": self.confidence,
            "within": [c.name for c in self.within],
            "candidates": [] if p else [{"name": c.name, "geonameid": c.geonameid, "country_code": c.country_code,
                                         "latitude": c.latitude, "longitude": c.longitude}
                                        for c in self.candidates[:5]],
        }


@dataclass(frozen=True)
class Evidence:
    """A piece of source text an incident was read from."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Incident:
    """One reported event, in ACLED's fields, with its evidence.

    ``time_precision`` and ``geo_precision`` use ACLED's codes
    (time: 1 day, 2 week, 3 month; geo: 1 the place, 2 near it, 3 the region).
    ``longitude``/``latitude`` are None when the incident could not be placed.
    """

    event_date: str | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str = ""
    actor2: str = ""
    fatalities: int | None = None
    fatalities_qualifier: str = ""
    location: str = ""
    country: str = ""
    admin1: str = ""
    longitude: float | None = None
    latitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    evidence: tuple[Evidence, ...] = ()
    source: str = ""
    notes: str = ""
    confidence: float | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape used by ``geomap extract`` for one incident.

        ``evidence`` is the sentences joined with a space; ``start``/``end`` span
        the first piece of evidence; every piece is kept under ``evidence_spans``.
        """
        ev = self.evidence
        return {
            "event_date": self.event_date,
            "time_precision": self.time_precision,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor1": self.actor1,
            "actor2": self.actor2,
            "fatalities": self.fatalities,
            "fatalities_qualifier": self.fatalities_qualifier,
            "location": self.location,
            "country": self.country,
            "admin1": self.admin1,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geo_precision": self.geo_precision,
            "geonameid": self.geonameid,
            "point_source": self.extra.get("point_source", ""),
            "evidence": " ".join(e.text for e in ev),
            "start": ev[0].start if ev else None,
            "end": ev[0].end if ev else None,
            "evidence_spans": [[e.start, e.end] for e in ev],
            "source": self.source,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class Tally:
    """A cumulative figure a report gives ("more than 400 people have been killed since October"):
    context for the whole document, never an incident or a point on the map.

    Attributes
    ----------
    text : str
        The sentence.
    start, end : int
        Its character offsets.
    fatalities : int or None
        The toll it states, when it states one.
    qualifier : str
        "more than", "at least" ... ('' when none).
    """

    text: str
    start: int
    end: int
    fatalities: int | None = None
    qualifier: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "fatalities": self.fatalities,
                "fatalities_qualifier": self.qualifier}


@dataclass(frozen=True)
class Document:
    """One document's text and what was extracted from it.

    Attributes
    ----------
    source : str
        File name or id.
    text : str
        The text that offsets refer to.
    published : datetime.date or None
        The publication date relative dates were resolved against.
    places : list of Mention
    incidents : list of Incident
    error : str
        Why the document could not be processed ('' when it was).
    published_source : str
        Where ``published`` came from: ``given`` (an argument, ``--published``, the
        ``published`` field of a JSON line), ``dateline`` (``dateline, year inferred`` when the
        year is the one in which its day is the weekday the report files on), ``byline``,
        ``html meta <name>``, ``html json-ld datePublished`` or ``html time`` (read from the document:
        :mod:`geomap.text.published`); '' when it is unknown.
    tallies : list of Tally
        The cumulative figures the report gives (context, not incidents).
    mentioned : list of Incident
        Events the report mentions without telling them as its own (context, not incidents; their notes say
        why): an event in another country told in passing ("In neighbouring Cameroon, separatists killed two
        gendarmes"), or one with no day and no toll of its own beside the days the report tells ("Iran
        responded by firing missiles at bases in Iraq").
    """

    source: str
    text: str
    published: _dt.date | None = None
    places: list[Mention] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    error: str = ""
    published_source: str = ""
    tallies: list[Tally] = field(default_factory=list)
    mentioned: list[Incident] = field(default_factory=list)

    def to_dict(self, *, id_key: str = "source") -> dict[str, Any]:
        """The JSON shape of ``geomap extract``: ``{"source", "published", "published_source",
        "places", "incidents", "tallies", "mentioned"}``.

        ``id_key="id"`` names the document ``id`` instead (``--jsonl`` input);
        ``published`` is ``YYYY-MM-DD`` or None, ``published_source`` where it came from
        ('' when unknown); ``error`` is present only when the document failed.
        """
        d: dict[str, Any] = {id_key: self.source,
                             "published": self.published.isoformat() if self.published else None,
                             "published_source": self.published_source,
                             "places": [m.to_dict() for m in self.places],
                             "incidents": [i.to_dict() for i in self.incidents],
                             "tallies": [t.to_dict() for t in self.tallies],
                             "mentioned": [i.to_dict() for i in self.mentioned]}
        if self.error:
            d["error"] = self.error
        return d
