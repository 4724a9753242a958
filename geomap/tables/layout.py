"""The layout a table came in, so that a conversion gives an ACLED export back as it was.

geomap's table (:data:`~geomap.tables.schema.TABLE_FIELDS`) has ISO dates, typed numbers and
lower-case column names. An ACLED export has its own: ``EVENT_DATE`` as ``29/12/2015``,
``21 March 2020`` or ``9-May-20``, coordinates as ``35.55530``, its columns in its order. A
:class:`TableLayout` records that much of the file read (the header as given, the date form
and the coordinates' decimals, each checked on the file's own cells), travels with the table
(``ReadResult.layout``, ``GeoDataFrame.attrs["geomap_layout"]``, a GeoJSON foreign member,
GeoParquet and GeoPackage metadata) and lets the CSV writer give every cell back as the
export wrote it.

Examples
--------
>>> fmt = detect_date_format(["29/12/2015", "03/01/2016"])
>>> fmt, format_date("2016-01-03", fmt)
('%d/%m/%Y', '03/01/2016')
>>> detect_date_format(["9-May-20", "10-Jun-20"]), detect_date_format(["21 March 2020"])
('%-d-%b-%y', '%d %B %Y')
>>> detect_coordinate_decimals(["35.55530", "6.17860"]), detect_coordinate_decimals(["65.71", "34.855"])
(5, None)
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

__all__ = ["TableLayout", "csv_layout", "detect_date_format", "format_date", "detect_coordinate_decimals", "LAYOUT_KEY"]

#: The key of the layout in ``GeoDataFrame.attrs``, GeoJSON (a foreign member), GeoParquet and GeoPackage metadata.
LAYOUT_KEY = "geomap_layout"

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# a date cell's shape: day, separator, month (name or number), separator, year
_SHAPE = re.compile(r"(\d{1,2})([ \-/.])([A-Za-z]+|\d{1,2})([ \-/.])(\d{4}|\d{2})")
_SAMPLE = 2000  # cells a detection looks at (the first of the file)


def format_date(iso: str | None, fmt: str | None) -> str:
    """An ISO date in a layout's date form: ``%d``/``%-d`` (day, padded or not), ``%m``/``%-m``,
    ``%B``/``%b`` (English month names), ``%Y``/``%y``; ISO when ``fmt`` is None.

    Examples
    --------
    >>> format_date("2020-05-09", "%-d-%b-%y"), format_date("2015-04-01", "%d-%B-%Y"), format_date(None, "%d")
    ('9-May-20', '01-April-2015', '')
    """
    if not iso:
        return ""
    if not fmt:
        return iso
    d = _dt.date.fromisoformat(iso[:10])
    parts = {"%d": f"{d.day:02d}", "%-d": str(d.day), "%m": f"{d.month:02d}", "%-m": str(d.month),
             "%B": _MONTHS[d.month - 1], "%b": _MONTHS[d.month - 1][:3], "%Y": f"{d.year:04d}",
             "%y": f"{d.year % 100:02d}"}
    return re.sub(r"%-?[dmBbYy]", lambda m: parts[m.group(0)], fmt)


def _shape(cell: str) -> tuple[str, str, str, str, str] | None:
    """(day, separator, month kind, separator, year) of a date cell: the day and a numeric month ``pad``
    (two digits, or a day of 10 or more) or ``nopad`` (one digit); the month ``B`` (full name), ``b``
    (three letters), ``Bb`` (May: either) or ``m`` (a number)."""
    m = _SHAPE.fullmatch(cell)
    if not m:
        return None
    day, s1, month, s2, year = m.groups()
    if month.isdigit():
        kind = "m" + ("pad" if len(month) == 2 else "nopad")
    elif month.lower() == "may":
        kind = "Bb"
    elif month.lower() in (n.lower() for n in _MONTHS):
        kind = "B"
    elif month.lower() in (n[:3].lower() for n in _MONTHS):
        kind = "b"
    else:
        return None
    return ("pad" if len(day) == 2 else "nopad"), s1, kind, s2, ("%Y" if len(year) == 4 else "%y")


def detect_date_format(cells: Iterable[str], parse: Any = None) -> str | None:
    """The one date form of a file's ``event_date`` cells, or None (ISO, mixed forms, or no date).

    A form is taken only when it writes every sampled cell back exactly (through ``parse``,
    the reader's own date parser, by default :func:`geomap.tables.schema._date`): "09" and "10"
    are both ``%d``, "9" and "10" both ``%-d``.
    """
    if parse is None:
        from geomap.tables.schema import _date as parse
    shapes = set()
    sample = []
    for cell in cells:
        cell = cell.strip()
        if not cell:
            continue
        shape = _shape(cell)
        if shape is None:
            return None
        shapes.add(shape)
        sample.append(cell)
        if len(sample) >= _SAMPLE:
            break
    if not sample or len({(s1, s2, y) for _, s1, _, s2, y in shapes}) != 1:
        return None
    _, s1, _, s2, year = next(iter(shapes))
    days = {d for d, *_ in shapes}
    months = {k for _, _, k, _, _ in shapes}
    if months <= {"mpad", "mnopad"}:
        month = "%-m" if "mnopad" in months else "%m"
    elif months <= {"B", "Bb"}:
        month = "%B"
    elif months <= {"b", "Bb"}:
        month = "%b"
    else:
        return None
    fmt = ("%-d" if "nopad" in days else "%d") + s1 + month + s2 + year
    from geomap.exc import RowError

    for cell in sample:
        try:
            if format_date(parse(cell), fmt) != cell:
                return None
        except (RowError, ValueError):
            return None
    return fmt


def detect_coordinate_decimals(cells: Iterable[str]) -> int | None:
    """The fixed number of decimals of a file's coordinate cells (``35.55530`` is 5), or None when they
    vary (then the shortest form of each number gives the cell back: ``65.71``)."""
    seen: set[int] = set()
    n = 0
    for cell in cells:
        cell = cell.strip()
        if not cell:
            continue
        whole, dot, frac = cell.partition(".")
        if not dot or not frac.isdigit() or "e" in cell.lower():
            return None
        seen.add(len(frac))
        n += 1
        if len(seen) > 1:
            return None
        if n >= _SAMPLE:
            break
    return next(iter(seen)) if seen else None


@dataclass(frozen=True)
class TableLayout:
    """The layout of the table a file held.

    Attributes
    ----------
    kind : str
        ``acled`` (the current export), ``acled-old`` (upper-case columns) or ``geomap``.
    columns : tuple of str
        The header as the file gives it (case, order, unnamed columns as ``""``).
    date_format : str, optional
        The form of its ``event_date`` cells (:func:`format_date`); None is ISO.
    coordinate_decimals : int, optional
        The fixed decimals of its coordinates; None is each number's shortest form.
    """

    kind: str
    columns: tuple[str, ...] = ()
    date_format: str | None = None
    coordinate_decimals: int | None = None
    added: tuple[str, ...] = field(default=())

    @property
    def is_acled(self) -> bool:
        return self.kind.startswith("acled")

    def names(self) -> list[str]:
        """The table's column for each header column (lower case, stripped; ``""`` for an unnamed one)."""
        return [c.strip().lstrip("\ufeff").lower() for c in self.columns]

    def with_added(self, columns: Iterable[str]) -> "TableLayout":
        """The layout with geomap's columns a step filled in (the geocoding's), written after the file's own."""
        extra = tuple(c for c in columns if c not in self.added and c not in self.names())
        return TableLayout(self.kind, self.columns, self.date_format, self.coordinate_decimals, self.added + extra)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "columns": list(self.columns), "date_format": self.date_format,
                "coordinate_decimals": self.coordinate_decimals, "added": list(self.added)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_value(cls, value: Any) -> "TableLayout | None":
        """A layout from its dict or JSON text (as stored in a file's metadata); None when absent or unusable."""
        if isinstance(value, TableLayout) or value is None:
            return value
        if isinstance(value, (bytes, str)):
            try:
                value = json.loads(value)
            except ValueError:
                return None
        if not isinstance(value, Mapping) or not isinstance(value.get("kind"), str):
            return None
        cols = value.get("columns") or []
        fmt, dec = value.get("date_format"), value.get("coordinate_decimals")
        added = value.get("added") or []
        if not (isinstance(cols, list) and all(isinstance(c, str) for c in cols)) or \
                not (fmt is None or (isinstance(fmt, str) and re.fullmatch(r"(%-?[dmBbYy]|[ \-/.])+", fmt))) or \
                not (dec is None or (isinstance(dec, int) and 0 < dec <= 12)) or \
                not (isinstance(added, list) and all(isinstance(c, str) for c in added)):
            return None
        return cls(value["kind"], tuple(cols), fmt, dec, tuple(added))

    @classmethod
    def of_frame(cls, frame: Any) -> "TableLayout | None":
        attrs = getattr(frame, "attrs", None)
        return cls.from_value(attrs.get(LAYOUT_KEY)) if isinstance(attrs, Mapping) else None


def csv_layout(kind: str, header: list[str], rows: list[list[str]], cols: Mapping[str, int]) -> TableLayout:
    """The layout of a CSV file from its header and first rows (``cols``: each column's index by its
    lower-case name): the date form and the coordinates' decimals of an ACLED export (geomap's own
    CSV is ISO and shortest numbers).

    Examples
    --------
    >>> csv_layout("acled-old", ["EVENT_DATE", "LATITUDE", "LONGITUDE"], [["29/12/2015", "35.55530", "6.17860"]],
    ...            {"event_date": 0, "latitude": 1, "longitude": 2}).date_format
    '%d/%m/%Y'
    """
    date_format = decimals = None
    if kind.startswith("acled"):
        def cells(name: str) -> list[str]:
            i = cols.get(name)
            return [] if i is None else [r[i] for r in rows if i < len(r)]
        date_format = detect_date_format(cells("event_date"))
        lat, lon = detect_coordinate_decimals(cells("latitude")), detect_coordinate_decimals(cells("longitude"))
        decimals = lat if lat == lon else None
    return TableLayout(kind, tuple(h.lstrip("\ufeff") if i == 0 else h for i, h in enumerate(header)),
                       date_format, decimals)
