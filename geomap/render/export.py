"""What the map page needs beyond drawing: the table columns its export buttons write, and source links.

The page's "Export CSV" and "Export GeoJSON" buttons write the incidents that are
shown, in geomap's table columns (:data:`geomap.tables.schema.TABLE_FIELDS`). Most
columns are already in the page for the markers and popups; :func:`table_columns`
adds the rest (raw location, country, admin1, GeoNames id, evidence spans, notes),
plus the link and title of each incident's source when the input gives one. Columns
that are mostly empty are stored sparsely (``{"row": value}``), and columns with no
value at all are left out, so a 100,000-incident map stays small.

Examples
--------
>>> from geomap.model import Incident
>>> inc = Incident("2020-01-10", 1, "Battles", "Armed clash", location="Hajin", country="Syria",
...                longitude=40.83, latitude=34.69, source="https://example.org/report/1")
>>> source_link(inc)
'https://example.org/report/1'
>>> sparse_column([None, None, 3, None])
{'2': 3}
>>> sparse_column([1, 2, None]), sparse_column([None, None])
([1, 2, None], None)
"""
from __future__ import annotations

import re
from typing import Any, Callable, Sequence

from geomap.model import Incident
from geomap.tables.schema import ACLED_OTHER_FIELDS, TABLE_FIELDS, other_columns

__all__ = ["table_columns", "export_fields", "source_link", "source_title", "sparse_column", "EXPORT_FIELDS",
           "PAGE_FIELDS"]

#: The columns the page's exports write, in order (geomap's table columns); ACLED's other columns
#: (:data:`~geomap.tables.schema.ACLED_OTHER_FIELDS`) follow when the incidents have them (:func:`export_fields`).
EXPORT_FIELDS: tuple[str, ...] = TABLE_FIELDS

#: The table columns the page builds from the columns it draws with (``tableRecord`` in
#: ``assets/geomap-controls.js``); every other table column (geocoding, point source ...) is
#: carried as its own sparse column ``"f:<name>"``, from ``Incident.extra`` or the attribute.
PAGE_FIELDS: frozenset[str] = frozenset({
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "fatalities",
    "fatalities_qualifier", "location", "country", "admin1", "latitude", "longitude", "geo_precision",
    "geonameid", "evidence", "start", "end", "evidence_spans", "source", "confidence", "notes",
})
#: Input columns (kept in ``Incident.extra`` by the table readers) that may hold a link or a title.
_URL_KEYS = ("url", "source_url", "link", "href", "article_url")
_TITLE_KEYS = ("source_title", "title", "headline", "article_title")
_URL = re.compile(r"https?://[^\s<>\"'()\[\]{}]+", re.IGNORECASE)


def source_link(inc: Incident) -> str | None:
    """The first http(s) link the input gives for an incident: a URL column, the source, or the notes.

    Only ``http://`` and ``https://`` links are returned (the page never links anything else).
    """
    candidates = [inc.extra.get(k) for k in _URL_KEYS] + [inc.source, inc.notes]
    for value in candidates:
        if isinstance(value, str) and value:
            m = _URL.search(value)
            if m:
                return m.group(0).rstrip(".,;:!?")
    return None


def source_title(inc: Incident) -> str | None:
    """The title of an incident's source when the input has a title column, else None."""
    for k in _TITLE_KEYS:
        v = inc.extra.get(k)
        if isinstance(v, str) and v.strip():
            return v.strip()
    return None


def sparse_column(values: Sequence[Any]) -> list[Any] | dict[str, Any] | None:
    """A column as a list, as ``{"row": value}`` when fewer than half the rows have a value, or None when none do."""
    values = list(values)
    filled = len(values) - values.count(None)
    if not filled:
        return None
    if filled * 2 < len(values):
        return {str(i): v for i, v in enumerate(values) if v is not None}
    return list(values)


def _spans(inc: Incident) -> list[list[int]] | None:
    """Evidence spans, or None when they are the default the page assumes (one span over the whole text)."""
    ev = inc.evidence
    if not ev:
        return None
    if len(ev) == 1:
        e = ev[0]
        if e.start == 0 and e.end == len(e.text) and e.text.isascii():
            return None
    return [[e.start, e.end] for e in ev]


def _other_field(inc: Incident, name: str) -> Any:
    """A table column the page does not draw with, as the table writer gets it (None when empty)."""
    v = inc.extra.get(name) if inc.extra else None
    if v is None:
        v = getattr(inc, name, None)
    if v is None or v == "" or isinstance(v, (list, dict, tuple)):
        return None
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else str(v).strip() or None


def table_columns(placed: Sequence[Incident], strings: Callable[[str | None], int | None]) -> dict[str, Any]:
    """The page's extra columns for exports and source links (see the module docstring).

    ``strings`` stores a text once and returns its index (repeated values cost one number each).
    Returns only the columns that have at least one value.
    """
    index = getattr(strings, "_index", {})

    def texts(values: Any) -> list[int | None]:
        # the string table's own dict first: no call for a text seen before (100,000 rows stay fast)
        return [None if not v else (index[v] if v in index else strings(v)) for v in values]

    cols: dict[str, Any] = {
        "rl": texts([i.location for i in placed]),      # the location as the input gave it
        "cty": texts([i.country for i in placed]),
        "adm": texts([i.admin1 for i in placed]),
        "gid": [i.geonameid if type(i.geonameid) is int else None for i in placed],
        "sp": [_spans(i) if i.evidence else None for i in placed],
        "notes": [i.notes or None for i in placed],
        "url": [source_link(i) if (i.extra or "://" in i.source or "://" in i.notes) else None for i in placed],
        "stitle": [strings(source_title(i)) if i.extra else None for i in placed],
    }
    for name in EXPORT_FIELDS + ACLED_OTHER_FIELDS:
        if name not in PAGE_FIELDS:
            cols["f:" + name] = [_other_field(i, name) for i in placed]
    out = {}
    for name, values in cols.items():
        col = sparse_column(values)
        if col is not None:
            out[name] = col
    return out


def export_fields(placed: Sequence[Incident]) -> list[str]:
    """The columns the page's exports write: :data:`EXPORT_FIELDS`, then ACLED's other columns that the
    incidents have, as the table writer writes them (:func:`geomap.tables.schema.other_columns`).

    Examples
    --------
    >>> acled = Incident("2020-01-10", 1, "Battles", "Armed clash", extra={"inter1": "2"})
    >>> export_fields([acled])[-1], len(export_fields([])) == len(EXPORT_FIELDS)
    ('inter1', True)
    """
    return list(EXPORT_FIELDS) + other_columns(placed)
