"""Where a table's row is, from its name columns: geocoding incident tables.

Analysts' sheets and ACLED exports name each event's place in columns (``location``,
``admin3``, ``admin2``, ``admin1``, ``country``) and sometimes lack its coordinates. A
row is placed by the same resolver as text (:func:`geomap.text.resolve.resolve_spans`):
its names are read as the text "location, admin2, admin1, country", so the document
rules apply (the country is a hard constraint, "X, Y" means X is inside Y, a name never
vouches for itself, a loose or fuzzy match far from the row's other places is refused).
The most precise column that resolves, inside the row's country and at or above the
confidence threshold, places the row:

- ``location`` at its point, ``geo_precision`` 1 (2 when the name is itself a district);
- ``admin3`` or ``admin2``: the district's seat, ``geo_precision`` 2;
- ``admin1``: the province's seat, ``geo_precision`` 3 (as ACLED codes an event known
  only by its province);
- ``country``: the country's label point (Natural Earth's, :func:`~geomap.text.incident_places.area_point`), ``geo_precision`` 3.

A row none of whose names resolves inside its country keeps empty coordinates and a
reason, with the candidates considered. Never a point outside the row's country.

Examples
--------
>>> from geomap.gazetteer import Gazetteer
>>> rp = place_row({"location": "Al Bukamal", "admin1": "Deir ez-Zor", "country": "Syria"},
...                gazetteer=Gazetteer())   # doctest: +SKIP
>>> rp.geocoded_from, rp.geo_precision      # doctest: +SKIP
('location', 1)
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Mapping, Sequence

from geomap.gazetteer.countries import country_code, country_name
from geomap.model import Place
from geomap.text.incident_places import area_point, place_rank
from geomap.text.resolve import resolve_spans
from geomap.text.rules import Rules

__all__ = ["RowPlace", "NAME_COLUMNS", "place_row", "place_rows"]

#: The name columns, most precise first.
NAME_COLUMNS: tuple[str, ...] = ("location", "admin3", "admin2", "admin1", "country")
#: Below this confidence a name does not place a row (the resolver's abstention threshold).
MIN_CONFIDENCE = 0.35
#: A name longer than this is not a place name (a notes field in the wrong column).
_MAX_NAME = 200


@dataclass(frozen=True)
class RowPlace:
    """Where one row was placed, or why not.

    Attributes
    ----------
    longitude, latitude : float or None
        WGS 84 degrees; None when the row could not be placed.
    geonameid : int or None
    geo_precision : int or None
        ACLED's code: 1 the place, 2 its district, 3 its province or country.
    confidence : float or None
        The resolver's confidence in the name that placed the row.
    geocoded_from : str
        The column that placed the row ('' when none did).
    place : Place or None
        The place that column resolved to (a division, not its seat).
    reason : str
        Why the row is not placed, or a remark on how it was ('' otherwise).
    candidates : tuple of str
        For an unplaced row, the places considered ("Name (CC, admin1)").
    """

    longitude: float | None
    latitude: float | None
    geonameid: int | None
    geo_precision: int | None
    confidence: float | None
    geocoded_from: str
    place: Place | None = None
    reason: str = ""
    candidates: tuple[str, ...] = ()


def _clean(v: Any) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    s = " ".join(str(v).split())
    return s if len(s) <= _MAX_NAME else ""


def place_row(row: Mapping[str, Any], *, gazetteer: Any, rules: Rules | None = None,
              columns: Sequence[str] = NAME_COLUMNS, min_confidence: float = MIN_CONFIDENCE) -> RowPlace:
    """Place one row from its name columns (see the module's description).

    Parameters
    ----------
    row : mapping
        The row's values by column name; missing or blank columns are skipped.
    gazetteer : Gazetteer
        Where names are looked up (the user's gazetteer included).
    rules : Rules, optional
        The language rules of the resolver (English by default).
    columns : sequence of str
        The name columns, most precise first; the last is the country.
    min_confidence : float
        A name resolved with less confidence does not place the row.

    Returns
    -------
    RowPlace
    """
    names = [(c, _clean(row.get(c))) for c in columns]
    names = [(c, v) for c, v in names if v]
    country_col = columns[-1]
    given = next((v for c, v in names if c == country_col), "")
    cc = country_code(given) if given else ""
    if given and not cc:
        return RowPlace(None, None, None, None, None, "",
                        reason=f"country {given!r} is not a country geomap knows; write its name or ISO code")
    if not names:
        return RowPlace(None, None, None, None, None, "", reason="no place name in " + ", ".join(columns))
    text, spans = "", []
    for _c, v in names:
        if text:
            text += ", "
        spans.append((len(text), len(text) + len(v)))
        text += v
    mentions = resolve_spans(text, spans, gazetteer=gazetteer, rules=rules, country_hints=[cc] if cc else None)
    considered: list[str] = []
    for (col, _v), m in zip(names, mentions):
        p = m.place
        if p is None:
            considered += [_label(q) for q in m.candidates[:3]]
            continue
        if cc and p.country_code != cc:
            considered.append(_label(p))
            continue  # never a point outside the row's country
        if col != country_col and (m.confidence or 0.0) < min_confidence:
            considered.append(_label(p))
            continue
        rank = place_rank(p)
        if col == country_col:
            if rank < 6:
                continue
            precision, point = 3, p
        elif col == columns[0]:
            if rank >= 3 and (town := _town_of_division(p, m.candidates)) is not None:
                p, rank = town, 1  # location "Daraa", admin1 "Daraa": ACLED's location is the town
            precision, point = (1 if rank == 1 else 2 if rank == 3 else 3), p
            if rank >= 3:
                point = area_point(p, gazetteer)
        else:
            precision = 3 if rank >= 5 else 2
            point = area_point(p, gazetteer)
        return RowPlace(point.longitude, point.latitude, p.geonameid, precision, m.confidence, col, p,
                        "" if col == columns[0] else f"{columns[0]} not found in the gazetteer: placed by {col}")
    where = f" in {country_name(cc) or cc}" if cc else ""
    return RowPlace(None, None, None, None, None, "",
                    reason=f"none of {', '.join(repr(v) for _c, v in names)} was found{where}",
                    candidates=tuple(dict.fromkeys(considered))[:5])


def _town_of_division(division: Place, candidates: Sequence[Place]) -> Place | None:
    """A town among ``candidates`` that bears the division's name and lies in it: a table's location
    column names a populated place (ACLED's does), so "Daraa" there is the city, not the governorate."""
    from geomap._geo import haversine_km

    for q in candidates:
        if place_rank(q) != 1 or q.country_code != division.country_code or q.latitude is None:
            continue
        if (division.feature_code or "").startswith("ADM1") and q.admin1 == division.admin1:
            return q
        if division.latitude is not None and haversine_km(q.longitude, q.latitude, division.longitude,
                                                          division.latitude) <= 60:
            return q
    return None


def _label(p: Place) -> str:
    return f"{p.name} ({p.country_code}{', ' + p.admin1 if p.admin1 else ''})"


def place_rows(rows: Iterable[Mapping[str, Any]], *, gazetteer: Any, rules: Rules | None = None,
               columns: Sequence[str] = NAME_COLUMNS, min_confidence: float = MIN_CONFIDENCE) -> Iterator[RowPlace]:
    """:func:`place_row` for each row, in order; rows with the same names are resolved once.

    Examples
    --------
    >>> list(place_rows([], gazetteer=None))
    []
    """
    seen: dict[tuple[str, ...], RowPlace] = {}
    for row in rows:
        key = tuple(_clean(row.get(c)).lower() for c in columns)
        if key not in seen:
            if len(seen) > 200_000:
                seen.clear()  # bounded memory on a million distinct rows
            seen[key] = place_row(row, gazetteer=gazetteer, rules=rules, columns=columns,
                                  min_confidence=min_confidence)
        yield seen[key]
