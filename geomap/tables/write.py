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
from typing import Any

from geomap.exc import InputError, InputFileError
from geomap.tables.schema import TABLE_FIELDS, csv_safe, frame_to_records, incidents_to_geodataframe

__all__ = ["write_incidents", "format_incidents"]


def write_incidents(incidents: Any, path: str | Path, format: str | None = None) -> Path:
    """Write incidents as ``csv``, ``geojson``, ``json`` (a JSON array of incident objects), ``parquet`` or ``gpkg``.

    GeoParquet and GeoPackage are written by :func:`geomap.tables.formats.write_table_file`.

    ``incidents`` may be a list of :class:`Incident`, a read/load result, or a
    GeoDataFrame (e.g. from :func:`geomap.spatial.incidents_near`: its extra
    columns are written too). ``format`` defaults to the file suffix.
    Everything written reads back with :func:`read_incidents`.
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
    text = format_incidents(incidents, fmt)
    try:
        p.write_text(text, encoding="utf-8", newline="")
    except OSError as e:
        raise InputFileError(f"{p}: cannot write ({e.strerror or e})") from None
    return p


def _as_frame(incidents: Any) -> Any:
    if hasattr(incidents, "geometry") and hasattr(incidents, "columns"):
        return incidents
    return incidents_to_geodataframe(incidents)


def format_incidents(incidents: Any, fmt: str) -> str:
    """The text :func:`write_incidents` writes (``csv``, ``geojson`` or ``json``)."""
    frame = _as_frame(incidents)
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
        return json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False) + "\n"
    rows = []
    for rec in records:
        row = dict(rec)
        row["evidence_spans"] = json.dumps(row.get("evidence_spans") or [])
        rows.append({k: ("" if v is None else csv_safe(v.replace("\x00", "\ufffd") if isinstance(v, str) else v))
                     for k, v in row.items()})
    # Python's csv writer quotes a field only for the characters of its line terminator: a lone CR in
    # a field would go unquoted and end the row early. Such a table is written with CRLF (RFC 4180).
    crlf = any(isinstance(v, str) and "\r" in v for row in rows for v in row.values())
    buf = _io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=[f for f in fields if f in (records[0] if records else {})] or list(TABLE_FIELDS),
                       lineterminator="\r\n" if crlf else "\n", extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()
