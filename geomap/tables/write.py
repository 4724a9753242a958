"""Writing incident tables: geomap CSV, GeoJSON (RFC 7946) and JSON; GeoParquet and GeoPackage
through :mod:`~geomap.tables.formats`.

Everything written reads back with :func:`geomap.tables.read.read_incidents`.
CSV cells that a spreadsheet would run as a formula are written with a leading
``'`` (:func:`~geomap.tables.schema.csv_safe`), which the reader removes. A NUL
character, which no CSV reader takes as text (geomap's refuses such a file as binary),
is written to CSV as U+FFFD, the replacement character.
"""
from __future__ import annotations

import csv
import io as _io
import json
from pathlib import Path
from typing import Any, Iterable

from geomap.exc import InputError, InputFileError
from geomap.tables.layout import LAYOUT_KEY, TableLayout, format_date
from geomap.tables.schema import TABLE_FIELDS, csv_safe, frame_to_records, incidents_to_geodataframe

__all__ = ["write_incidents", "format_incidents"]


def write_incidents(incidents: Any, path: str | Path, format: str | None = None, columns: str = "source") -> Path:
    """Write incidents as ``csv``, ``geojson``, ``json`` (a JSON array of incident objects), ``parquet`` or ``gpkg``.

    GeoParquet and GeoPackage are written by :func:`geomap.tables.formats.write_table_file`.

    ``incidents`` may be a list of :class:`Incident`, a read/load result, or a
    GeoDataFrame (e.g. from :func:`geomap.spatial.incidents_near`: its extra
    columns are written too). ``format`` defaults to the file suffix. ``columns``: see
    :func:`format_incidents` (a table read from an ACLED export is written to CSV in the
    export's layout by default). Everything written reads back with :func:`read_incidents`.
    """
    p = Path(path)
    fmt = (format or p.suffix.lstrip(".")).lower()
    if fmt in ("jsonl",):
        fmt = "json"
    if fmt in ("parquet", "geoparquet", "gpkg"):
        from geomap.tables.formats import write_table_file

        return write_table_file(incidents, p, fmt)
    if fmt not in ("csv", "geojson", "json"):
        raise InputError(f"{p}: unknown output format {fmt!r}; choose csv, geojson, json, parquet or gpkg")
    text = format_incidents(incidents, fmt, columns)
    try:
        p.write_text(text, encoding="utf-8", newline="")
    except OSError as e:
        raise InputFileError(f"{p}: cannot write ({e.strerror or e})") from None
    return p


def _as_frame(incidents: Any) -> Any:
    if hasattr(incidents, "geometry") and hasattr(incidents, "columns"):
        return incidents
    return incidents_to_geodataframe(incidents)


def _layout(frame: Any, incidents: Any) -> TableLayout | None:
    return TableLayout.of_frame(frame) or TableLayout.from_value(getattr(incidents, "layout", None))


def format_incidents(incidents: Any, fmt: str, columns: str = "source") -> str:
    """The text :func:`write_incidents` writes (``csv``, ``geojson`` or ``json``).

    ``columns="source"`` writes a table read from an ACLED export back in the export's layout
    when the format is CSV (its header as given, its date form, its coordinates' decimals:
    :mod:`geomap.tables.layout`), with geomap's columns that a step filled (the geocoding's)
    after them; ``"geomap"`` writes geomap's table columns (:data:`TABLE_FIELDS`, ISO dates).
    GeoJSON carries the layout as a foreign member, ``geomap_layout``.
    """
    if columns not in ("source", "geomap"):
        raise InputError(f"columns must be 'source' or 'geomap', not {columns!r}")
    frame = _as_frame(incidents)
    layout = _layout(frame, incidents)
    fields = list(TABLE_FIELDS) + [c for c in frame.columns if c not in TABLE_FIELDS and c != "geometry"]
    records = frame_to_records(frame, fields)
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=None) + "\n"
    if fmt == "geojson":
        feats = []
        for rec in records:
            lon, lat = rec.get("longitude"), rec.get("latitude")
            geom = {"type": "Point", "coordinates": [lon, lat]} if lon is not None and lat is not None else None
            feats.append({"type": "Feature", "properties": rec, "geometry": geom})
        head = {"type": "FeatureCollection"}
        if layout is not None:
            head[LAYOUT_KEY] = layout.to_dict()
        return json.dumps({**head, "features": feats}, ensure_ascii=False) + "\n"
    if layout is not None and layout.is_acled and columns == "source":
        header, rows = _source_rows(layout, records, fields)
    else:
        header = [f for f in fields if f in (records[0] if records else {})] or list(TABLE_FIELDS)
        rows = []
        for rec in records:
            row = dict(rec)
            row["evidence_spans"] = json.dumps(row.get("evidence_spans") or [])
            rows.append([_csv_cell(row.get(k)) for k in header])
    # Python's csv writer quotes a field only for the characters of its line terminator: a lone CR in
    # a field would go unquoted and end the row early. Such a table is written with CRLF (RFC 4180).
    crlf = any(isinstance(v, str) and "\r" in v for row in rows for v in row)
    buf = _io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def _csv_cell(v: Any) -> Any:
    return "" if v is None else csv_safe(v.replace("\x00", "\ufffd") if isinstance(v, str) else v)


def _source_rows(layout: TableLayout, records: list[dict[str, Any]], fields: list[str]
                 ) -> tuple[list[str], list[list[Any]]]:
    """An ACLED export's header and rows as the export wrote them: its columns as named there, each
    cell in the export's form (date, coordinates), then geomap's columns a step filled and any the
    caller added (``distance_km``)."""
    names = layout.names()
    own = set(TABLE_FIELDS) - set(names)
    added = [c for c in layout.added if c in fields] + \
        [c for c in fields if c not in names and c not in own and c not in layout.added]
    header = list(layout.columns) + added
    keys = names + added
    dec = layout.coordinate_decimals

    def cell(k: str, v: Any) -> Any:
        if v is None or not k:
            return ""
        if k == "event_date":
            return format_date(v, layout.date_format)
        if k in ("latitude", "longitude") and dec is not None and isinstance(v, float):
            return f"{v:.{dec}f}"
        if k == "evidence_spans":
            return json.dumps(v or [])
        return _csv_cell(v)
    return header, [[cell(k, rec.get(k)) for k in keys] for rec in records]


def write_frames(frames: Iterable[Any], path: str | Path, fmt: str, columns: str = "source") -> int:
    """Write incident tables given one chunk at a time (e.g. from :func:`~geomap.tables.iter_incident_frames`).

    The file is what :func:`write_incidents` would write for all the chunks together (CSV,
    GeoJSON, JSON; GeoParquet and GeoPackage through
    :func:`geomap.tables.formats.write_frames_file`), but only one chunk is in memory at a
    time. ``-`` is standard output for the text formats. The file appears only once
    every chunk is written.

    Parameters
    ----------
    frames : iterable of GeoDataFrame
    path : str or Path
    fmt : str
        ``csv``, ``geojson``, ``json``, ``parquet`` or ``gpkg``.
    columns : str
        ``source`` or ``geomap``, for CSV (see :func:`format_incidents`).

    Returns
    -------
    int
        Rows written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from geomap.model import Incident
    >>> from geomap.tables.schema import incidents_to_geodataframe
    >>> chunks = [incidents_to_geodataframe([Incident("2020-01-1%d" % i, 1, "Battles", "Armed clash",
    ...                                               longitude=40.9, latitude=34.4)]) for i in range(3)]
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "t.geojson"
    >>> import pandas as pd
    >>> write_frames(chunks, p, "geojson"), p.read_text() == format_incidents(pd.concat(chunks), "geojson")
    (3, True)
    """
    from geomap._files import open_output

    fmt = "json" if fmt == "jsonl" else fmt
    if fmt in ("parquet", "geoparquet", "gpkg"):
        from geomap.tables.formats import write_frames_file

        return write_frames_file(frames, Path(path), "parquet" if fmt == "geoparquet" else fmt)
    if fmt not in ("csv", "geojson", "json"):
        raise InputError(f"{path}: unknown output format {fmt!r}; choose csv, geojson, json, parquet or gpkg")
    # each chunk's text as format_incidents writes it; the pieces are joined where the whole would be
    closing, between = {"geojson": ("]}\n", ", "), "json": ("]\n", ", "), "csv": ("", "")}[fmt]
    rows, started = 0, False
    with open_output(path, what="the table") as out:
        for frame in frames:
            text = format_incidents(frame, fmt, columns)
            if fmt == "csv":
                out.write(text.partition("\n")[2] if started else text)  # the header once
            else:
                opening = "[" if fmt == "json" else text[:text.index('"features": [') + len('"features": [')]
                body = text[len(opening):len(text) - len(closing)]
                if not started:
                    out.write(opening)
                if body:
                    out.write((between if rows else "") + body)
            started = True
            rows += len(frame)
        if not started:
            out.write(format_incidents([], fmt, columns))
        elif fmt != "csv":
            out.write(closing)
    return rows
