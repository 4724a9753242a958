"""Composing the stages: text -> incidents -> table -> spatial and render.

The command line and the public API call these functions; the stages they
compose never call each other back. This is also where the packaged gazetteer
is opened when the caller gives none (the stages themselves always receive it).

Examples
--------
>>> import geomap
>>> doc = geomap.extract_document("An air strike hit Al Bukamal on Friday.", published="2020-01-10")  # doctest: +SKIP
>>> m = geomap.build_map(["report.txt", "acled.csv"], routes=["iran-mediterranean"])  # doctest: +SKIP
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from geomap.exc import InputError
from geomap.model import Document, Incident, Mention
from geomap.tables.read import ReadResult, read_incidents

if TYPE_CHECKING:  # pragma: no cover
    from geomap.gazetteer import Gazetteer
    from geomap.text.rules import Rules

__all__ = ["ARTICLE_SUFFIXES", "LoadResult", "GeocodeReport", "find_places", "resolve_spans", "extract_document",
           "extract_documents", "extract_incidents", "load_inputs", "geocode_incidents", "geocode_table",
           "add_incident_places", "IncidentPlacesReport", "route_from_names", "build_map"]

#: File suffixes read as news articles (everything else is read as an incident table).
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml"})
#: The most rows of one table that :func:`load_inputs` (``geomap map``, ``geomap near``) reads into memory;
#: a larger table is refused with a message (``geomap convert`` streams any size). ``near`` on 100,000
#: ACLED rows peaks at 0.9 GB (``benchmarks/bench_tables.py`` measures the reading alone).
MAX_TABLE_ROWS = 200_000


def _gazetteer(gazetteer: "Gazetteer | None") -> "Gazetteer":
    if gazetteer is not None:
        return gazetteer
    from geomap.gazetteer import default_gazetteer

    return default_gazetteer()


# ------------------------------------------------------------------ text
def find_places(text: str, *, country_hints: Sequence[str] | str | None = None,
                gazetteer: "Gazetteer | None" = None, rules: "Rules | None" = None) -> list[Mention]:
    """Every place a text names, resolved at document level (:func:`geomap.text.document.find_places`).

    Examples
    --------
    >>> [m.text for m in find_places("Clashes in Aleppo, Syria.")]  # doctest: +SKIP
    ['Aleppo', 'Syria']
    """
    from geomap.text.document import find_places as _find_places

    return _find_places(text, gazetteer=_gazetteer(gazetteer), rules=rules, country_hints=country_hints)


def resolve_spans(text: str, spans: Sequence[tuple[int, int]], *, country_hints: Sequence[str] | str | None = None,
                  gazetteer: "Gazetteer | None" = None, rules: "Rules | None" = None) -> list[Mention]:
    """Resolve given character spans at document level (:func:`geomap.text.resolve.resolve_spans`)."""
    from geomap.text.resolve import resolve_spans as _resolve_spans

    return _resolve_spans(text, spans, gazetteer=_gazetteer(gazetteer), rules=rules, country_hints=country_hints)


def extract_document(text: str, *, published: str | _dt.date | None = None,
                     country_hints: Sequence[str] | str | None = None, source: str = "",
                     gazetteer: "Gazetteer | None" = None, rules: "Rules | None" = None,
                     published_source: str | None = None, today: _dt.date | None = None) -> Document:
    """Places and incidents of one news text (:func:`geomap.text.document.extract_document`).

    Examples
    --------
    >>> doc = extract_document("An air strike hit Al Bukamal on Friday.", published="2020-01-10")  # doctest: +SKIP
    >>> doc.incidents[0].event_date  # doctest: +SKIP
    '2020-01-10'
    """
    from geomap.text.document import extract_document as _extract_document

    return _extract_document(text, gazetteer=_gazetteer(gazetteer), rules=rules, published=published,
                             country_hints=country_hints, source=source, published_source=published_source,
                             today=today)


def extract_documents(items: Iterable[Any], *, published: str | _dt.date | None = None,
                      country_hints: Sequence[str] | str | None = None, gazetteer: "Gazetteer | None" = None,
                      rules: "Rules | None" = None) -> Iterator[Document]:
    """Many documents; a bad one yields a Document with ``error`` (:func:`geomap.text.document.extract_documents`)."""
    from geomap.text.document import extract_documents as _extract_documents

    return _extract_documents(items, gazetteer=_gazetteer(gazetteer), rules=rules, published=published,
                              country_hints=country_hints)


def extract_incidents(text: str, mentions: Iterable[Mention] = (), *, published: str | _dt.date | None = None,
                      source: str = "", gazetteer: "Gazetteer | None" = None,
                      rules: "Rules | None" = None) -> list[Incident]:
    """The incidents of a text given its place mentions (:func:`geomap.text.incidents.extract_incidents`).

    Examples
    --------
    >>> [i.sub_event_type for i in extract_incidents("A roadside bomb killed two soldiers on Monday.",
    ...                                               published="2020-03-04")]  # doctest: +SKIP
    ['Remote explosive/landmine/IED']
    """
    from geomap.text.incidents import extract_incidents as _extract_incidents

    return _extract_incidents(text, mentions, gazetteer=_gazetteer(gazetteer), rules=rules, published=published,
                              source=source)


# ------------------------------------------------------------------ inputs
@dataclass
class LoadResult:
    """What :func:`load_inputs` read from several inputs.

    Attributes
    ----------
    incidents : list of Incident
    places : list of Mention
        Places found in articles and ``geomap extract`` output.
    skipped : list of (str, int, str)
        ``(path, row_number, reason)`` for each row left out.
    results : list of ReadResult
        One per input, in order.
    geocoded : dict of str to GeocodeReport
        For each table some of whose rows lacked coordinates (by path): what geocoding did.
    """

    incidents: list[Incident] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    skipped: list[tuple[str, int, str]] = field(default_factory=list)
    results: list[ReadResult] = field(default_factory=list)
    geocoded: dict[str, "GeocodeReport"] = field(default_factory=dict)

    def summary(self) -> str:
        """One line per input (see :meth:`ReadResult.summary`), and one per geocoded table."""
        return "\n".join([r.summary() for r in self.results] + [g.summary(p) for p, g in self.geocoded.items()])


def _read_article(path: Path, *, published: Any, country_hints: Any, gazetteer: "Gazetteer",
                  rules: "Rules | None") -> ReadResult:
    from geomap.text.document import extract_document as _extract_document
    from geomap.text.dates import parse_published
    from geomap.text.read import read_article

    art = read_article(path)
    pub, how = parse_published(published), None
    if pub is None and art.published is not None:
        pub, how = art.published, art.published_source  # the page's metadata, unless a date is given
    doc = _extract_document(art.text, gazetteer=gazetteer, rules=rules, published=pub,
                            country_hints=country_hints, source=str(path), published_source=how)
    result = ReadResult(path=str(path), format="article", rows=1)
    result.incidents = list(doc.incidents)
    result.places = list(doc.places)
    return result


def load_inputs(paths: Sequence[str | Path] | str | Path, published: str | _dt.date | None = None, *,
                country_hints: Sequence[str] | str | None = None, gazetteer: "Gazetteer | None" = None,
                rules: "Rules | None" = None, geocode: bool = True) -> LoadResult:
    """Read any mix of articles and incident files.

    Parameters
    ----------
    paths : sequence of str or Path
        Articles (``.txt``, ``.md``, ``.html``: their incidents are extracted),
        ``geomap extract`` output (JSON lines, GeoJSON) and incident tables
        (CSV, geomap or ACLED; GeoParquet, GeoPackage, .xlsx): see
        :func:`geomap.tables.read.read_incidents`.
    published : date or str, optional
        Publication date of the articles (resolves "on Friday").
    country_hints : optional
        ISO codes of the countries the articles are about.
    gazetteer, rules : optional
        For the articles and for geocoding; the packaged gazetteer and English rules
        by default (the gazetteer is opened only when an article or a row needs it).
    geocode : bool
        Place the table rows that lack coordinates from their names
        (:func:`geocode_incidents`); False keeps them unplaced.

    Returns
    -------
    LoadResult
        All incidents in input order, the places found, and every skipped row
        as ``(path, row_number, reason)``.

    Raises
    ------
    geomap.exc.InputFileError
        An input cannot be read at all (named in the message), or a table has more than
        :data:`MAX_TABLE_ROWS` rows.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if not paths:
        raise InputError("no input given; pass articles (.txt, .html) or incident files (.csv, .geojson, .jsonl)")
    out = LoadResult()
    for raw in paths:
        p = Path(raw)
        if p.suffix.lower() in ARTICLE_SUFFIXES:
            gazetteer = _gazetteer(gazetteer)
            res = _read_article(p, published=published, country_hints=country_hints, gazetteer=gazetteer,
                                rules=rules)
        else:
            res = read_incidents(p, max_rows=MAX_TABLE_ROWS)
            if geocode and any(needs_place(i) for i in res.incidents):
                gazetteer = _gazetteer(gazetteer)
                res.incidents, out.geocoded[res.path] = geocode_incidents(res.incidents, gazetteer=gazetteer,
                                                                          rules=rules)
        out.results.append(res)
        out.incidents.extend(res.incidents)
        out.places.extend(res.places)
        out.skipped.extend((res.path, n, why) for n, why in res.skipped)
    return out


# ------------------------------------------------------------------ routes and maps
def route_from_names(names: Sequence[str], *, name: str = "route", country: str | Sequence[str] | None = None,
                     gazetteer: "Gazetteer | None" = None) -> Any:
    """A route through named places, resolved offline (:func:`geomap.spatial.route_from_names`)."""
    from geomap.spatial import route_from_names as _route_from_names

    return _route_from_names(names, name=name, country=country, gazetteer=_gazetteer(gazetteer))


def _routes(routes: Any) -> list[Any]:
    from geomap.spatial import load_route

    if routes is None:
        return []
    if isinstance(routes, (str, Path)) or hasattr(routes, "waypoints"):
        routes = [routes]
    out = []
    for r in routes:
        if isinstance(r, (str, Path)):
            r = load_route(str(r))
        elif not hasattr(r, "waypoints"):
            raise InputError(f"a route must be a route name, a route file or a Route, not {type(r).__name__}")
        out.append(r)
    return out


def build_map(inputs: Sequence[str | Path] | str | Path | None = None, *, documents: Any = None,
              incidents: Any = None, places: Any = None, routes: Any = None, buffer_km: float = 50.0,
              published: str | _dt.date | None = None, country_hints: Sequence[str] | str | None = None,
              skipped: Any = None, gazetteer: "Gazetteer | None" = None, rules: "Rules | None" = None,
              **render_options: Any) -> Any:
    """Read, extract, relate to routes and draw: the whole job behind ``geomap map``.

    Parameters
    ----------
    inputs : paths, optional
        Articles and incident files, read with :func:`load_inputs`.
    documents : optional
        Article text (extracted here) or Documents from :func:`extract_document`.
    incidents, places : optional
        Values to draw as they are (see :func:`geomap.render.render_map`).
    routes : optional
        Route names (``geomap route list``), route files or Route values.
    buffer_km : float
        Width of each route's buffer either side, km (0 for none).
    published, country_hints, gazetteer, rules : optional
        For the articles.
    **render_options
        Passed to :func:`geomap.render.render_map` (``title``, ``m``, ``basemap`` ...).

    Returns
    -------
    folium.Map
        With ``m.geomap_summary``, as :func:`geomap.render.render_map` gives it.
    """
    import math

    from geomap.render import render_map
    from geomap.spatial import buffer_route

    if isinstance(buffer_km, bool) or not isinstance(buffer_km, (int, float)) or not math.isfinite(buffer_km) \
            or buffer_km < 0:
        raise InputError(f"buffer_km must be a distance of 0 km or more, not {buffer_km!r}")
    km = float(buffer_km)
    found_incidents: list[Incident] = []
    found_places: list[Mention] = []
    reported: list[Any] = []
    if inputs is not None:
        loaded = load_inputs(inputs, published, country_hints=country_hints, gazetteer=gazetteer, rules=rules)
        found_incidents, found_places, reported = loaded.incidents, loaded.places, list(loaded.skipped)
    docs = []
    if documents is not None:
        for d in [documents] if isinstance(documents, str) or hasattr(documents, "incidents") else documents:
            if isinstance(d, str):
                if not d.strip():
                    raise InputError("an article given to build_map is empty: there is nothing to map. "
                                     "Fix: pass the article's text, or leave it out")
                d = extract_document(d, published=published, country_hints=country_hints, gazetteer=gazetteer,
                                     rules=rules)
            docs.append(d)
    route_list = _routes(routes)
    buffers = [buffer_route(r, km) if km > 0 else None for r in route_list]
    extra_incidents = list(found_incidents)
    if incidents is not None:
        from geomap.tables.schema import coerce_incidents

        extra_incidents += coerce_incidents(incidents)
    if places is None or not found_places:
        all_places = places if places is not None else (found_places or None)
    else:
        all_places = found_places + (list(places) if isinstance(places, (list, tuple)) else [places])
    if skipped is not None:
        reported += list(getattr(skipped, "skipped", skipped))
    return render_map(documents=docs or None, incidents=extra_incidents, places=all_places,
                      routes=route_list, buffers=buffers, route_buffer_km=km, skipped=reported or None,
                      **render_options)


from geomap.table_geocoding import (GeocodeReport, IncidentPlacesReport, add_incident_places,  # noqa: E402
                                    geocode_incidents, geocode_table, needs_place)
