"""Reading incident tables: geomap CSV, both ACLED exports, GeoJSON and ``geomap extract`` JSON.

:func:`read_incidents` reads one file of incidents:

* **CSV** with geomap's own columns (as :func:`geomap.tables.write.write_incidents`
  writes them), the current ACLED export (31 lower-case columns, ``event_date``
  like "21 March 2020") or the older upper-case ACLED export (``EVENT_DATE``
  dd/mm/yyyy, no ``SUB_EVENT_TYPE``, trailing empty columns);
* **GeoJSON**: a FeatureCollection of incident Points as ``geomap extract
  --format geojson`` writes it;
* **JSON lines** as ``geomap extract`` prints them (each line
  ``{"source"|"id", "places": [...], "incidents": [...]}``), or one JSON array
  of incident objects (``geomap near --format json``).

Nothing is dropped silently: a row that cannot be used is counted in
``result.skipped`` as ``(row_number, reason)`` (the line number in the file
for CSV and JSON lines, the feature number for GeoJSON) and
``result.summary()`` is the line the command line prints. A file that cannot be
read at all (missing, empty, binary, undecodable, malformed, with neither
coordinate columns nor place-name columns to geocode) raises :class:`~geomap.exc.InputFileError` naming it.
Tables never run text extraction: articles are read by :mod:`geomap.pipeline`.
"""
from __future__ import annotations

import io as _io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Mapping

from geomap._files import decode_bytes, read_bytes, utf8_with_bad_lines
from geomap._jsonl import loads_line, loads_strict
from geomap.exc import InputError, InputFileError
from geomap.model import Incident, Mention, Place
from geomap.tables.layout import LAYOUT_KEY, TableLayout
from geomap.tables.schema import RowError, _coords, _int, _text, incident_from_record
from geomap.tables.stream import TableChunk, _acled_row, _table_kind, csv_chunks, open_table_text  # noqa: F401

__all__ = ["ReadResult", "read_incidents", "TABLE_SUFFIXES"]

#: File suffixes :func:`read_incidents` reads by their name.
TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".geojson", ".parquet", ".geoparquet",
                            ".gpkg", ".xlsx"})

#: Properties of which a GeoJSON feature must have one to be read as an incident.
_INCIDENT_MARKERS = frozenset({"event_type", "event_date", "sub_event_type", "location", "fatalities"})
_CSV_SUFFIXES = frozenset({".csv", ".tsv"})
_GIS_SUFFIXES = frozenset({".parquet", ".geoparquet", ".gpkg", ".xlsx"})  # read by geomap.tables.formats
_JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".geojson"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})



# --------------------------------------------------------------------------- results
@dataclass
class ReadResult:
    """What :func:`read_incidents` read from one file.

    Attributes
    ----------
    path : str
    format : str
        ``geomap-csv``, ``acled-csv``, ``acled-old-csv``, ``geojson``, ``jsonl`` or ``json``.
    incidents : list of Incident
    skipped : list of (int, str)
        ``(row_number, reason)`` for each row left out.
    places : list of Mention
        Places listed in ``geomap extract`` output (empty for tables).
    encoding : str
        The text encoding the file was decoded with.
    rows : int
        Rows (records, features, lines) seen.
    kept : int, optional
        Rows kept, when they went on chunk by chunk (``geomap convert``) instead of into ``incidents``.
    layout : TableLayout, optional
        The file's layout (its header as given, an ACLED export's date form), which the CSV
        writer restores (:mod:`geomap.tables.layout`).
    """

    path: str
    format: str
    incidents: list[Incident] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    encoding: str = "utf-8"
    rows: int = 0
    kept: int | None = None  # rows kept when they were handed on chunk by chunk, not in ``incidents``
    layout: TableLayout | None = None

    def summary(self) -> str:
        """One line: what was read, and what was skipped and why (first reasons)."""
        enc = "" if self.encoding in ("utf-8", "utf_8", "utf-8-sig", "ascii") else f", decoded as {self.encoding}"
        kept = len(self.incidents) if self.kept is None else self.kept
        text = f"{self.path}: {kept} incident(s) read ({self.format}{enc})"
        if self.skipped:
            first = "; ".join(f"row {n}: {why}" for n, why in self.skipped[:3])
            more = f"; and {len(self.skipped) - 3} more" if len(self.skipped) > 3 else ""
            text += f", {len(self.skipped)} row(s) skipped ({first}{more})"
        return text


# --------------------------------------------------------------------------- CSV
def _read_csv(text: str, result: ReadResult, bad: bool = False) -> None:
    """A CSV table given as text (see :func:`geomap.tables.stream.csv_chunks`)."""
    _take_chunks(csv_chunks(_io.StringIO(text, newline=""), path=result.path, encoding=result.encoding,
                            bad_bytes=bad), result)


def _take_chunks(chunks: Iterator[TableChunk], result: ReadResult, max_rows: int | None = None) -> None:
    for chunk in chunks:
        result.format = chunk.format
        result.layout = result.layout or chunk.layout
        result.rows += chunk.rows
        _check_rows(result, max_rows)
        result.skipped.extend(chunk.skipped)
        result.incidents.extend(chunk.incidents or ())


def _check_rows(result: ReadResult, max_rows: int | None) -> None:
    if max_rows is not None and result.rows > max_rows:
        raise InputFileError(f"{result.path}: has more than {max_rows:,} rows, the most read into memory at once "
                             "here (a map or 'near' holds every incident: about 1 GB per 100,000); filter or split "
                             "the table first ('geomap convert' streams a table of any size)")


# --------------------------------------------------------------------------- JSON
def _read_json(raw: bytes, text: str | None, result: ReadResult, lines: bool) -> None:
    """JSON, GeoJSON or JSON lines; ``text`` is None when the bytes are not UTF-8 (JSON lines are then read
    line by line, each bad line skipped); ``lines``: the file is named as JSON lines (``.jsonl``)."""
    stripped = text.lstrip() if text is not None else ""
    whole: Any = None
    why = ""
    if stripped.startswith("["):
        try:
            whole = loads_strict(text)
        except InputError as e:
            if not lines:
                raise InputFileError(f"{result.path}: {e}; expected a JSON array of incidents, GeoJSON or JSON "
                                     "lines from 'geomap extract'") from None
            why = str(e)
    elif stripped.startswith("{"):
        try:
            whole = loads_strict(text)
        except InputError as e:
            whole, why = None, str(e)  # JSON lines, or one object that cannot be used
    elif not lines and text is not None:
        raise InputFileError(f"{result.path}: not JSON (it starts with {stripped[:20]!r}); expected GeoJSON, "
                             "JSON lines from 'geomap extract' or a CSV file")
    if isinstance(whole, Mapping) and whole.get("type") == "FeatureCollection":
        result.format = "geojson"
        result.layout = TableLayout.from_value(whole.get(LAYOUT_KEY))  # written by geomap from another table
        _read_geojson(whole, result)
    elif isinstance(whole, Mapping) and whole.get("type") == "Feature":
        result.format = "geojson"
        _read_geojson({"type": "FeatureCollection", "features": [whole]}, result)
    elif isinstance(whole, list):
        result.format = "json"
        for i, item in enumerate(whole, start=1):
            result.rows += 1
            _take_record(item, i, result)
    elif isinstance(whole, Mapping):
        result.format = "jsonl"
        result.rows += 1
        _take_record(whole, 1, result)
    else:
        result.format = "jsonl"
        _read_json_lines(raw, result)
        if result.rows and not result.incidents and len(result.skipped) == result.rows:
            if text is None and not lines:  # one JSON document (GeoJSON ...) with a byte that is not UTF-8
                try:
                    raw.decode("utf-8-sig")
                except UnicodeDecodeError as e:
                    line = raw.count(b"\n", 0, e.start) + 1
                    raise InputFileError(f"{result.path}: not UTF-8 (byte 0x{raw[e.start]:02x} on line {line}); "
                                         "JSON is UTF-8: re-save the file as UTF-8") from None
            if result.rows > 1 and why and not why.startswith("not valid JSON"):  # one pretty-printed object
                raise InputFileError(f"{result.path}: {why}; give plain JSON (GeoJSON, or JSON lines from "
                                     "'geomap extract')")
            raise InputFileError(f"{result.path}: no line is valid JSON (first: {result.skipped[0][1]}); "
                                 "expected JSON lines from 'geomap extract', GeoJSON or CSV")


def _read_json_lines(raw: bytes, result: ReadResult) -> None:
    """Each line on its own (:func:`geomap._jsonl.loads_line`: UTF-8, length, strict JSON); a bad line is
    skipped with its number and reason. Lines end at LF only: U+2028 and NEL are text."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for n, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        result.rows += 1
        try:
            obj = loads_line(line)
        except InputError as e:
            result.skipped.append((n, str(e)))
            continue
        _take_record(obj, n, result)


def _take_record(obj: Any, n: int, result: ReadResult) -> None:
    """One JSON record: a ``geomap extract`` document line or a bare incident object."""
    if not isinstance(obj, Mapping):
        result.skipped.append((n, f"expected a JSON object, got {type(obj).__name__}"))
        return
    if "incidents" in obj or "places" in obj:
        src = _text(obj.get("source")) or _text(obj.get("id"))
        incs = obj.get("incidents") or []
        if not isinstance(incs, list):
            result.skipped.append((n, "'incidents' is not a list"))
            return
        for k, d in enumerate(incs, start=1):
            try:
                result.incidents.append(incident_from_record(d, source=src))
            except RowError as e:
                result.skipped.append((n, f"incident {k}: {e}"))
        places = obj.get("places") or []
        if not isinstance(places, list):
            result.skipped.append((n, "'places' is not a list (its places are left out, its incidents read)"))
            return
        for p in places:
            m = _mention_from_dict(p)
            if m is not None:
                result.places.append(m)
        return
    if "event_type" in obj or "latitude" in obj or "event_date" in obj:
        try:
            result.incidents.append(incident_from_record(obj))
        except RowError as e:
            result.skipped.append((n, str(e)))
        return
    if "error" in obj:
        result.skipped.append((n, f"the line records an error: {str(obj['error'])[:120]}"))
        return
    result.skipped.append((n, "neither an incident nor a 'geomap extract' document (no 'incidents' or "
                              "'event_type' member)"))


def _mention_from_dict(p: Any) -> Mention | None:
    if not isinstance(p, Mapping) or not isinstance(p.get("text"), str):
        return None
    place = None
    try:
        lat, lon = _coords(p.get("latitude"), p.get("longitude"))
        gid = _int(p.get("geonameid"), "geonameid")
    except RowError:
        lat = lon = gid = None
    if lat is not None and lon is not None:
        place = Place(geonameid=gid if gid is not None else 0, name=_text(p.get("name")),
                      country_code=_text(p.get("country_code")), admin1="", feature_code="", population=0,
                      longitude=lon, latitude=lat)
    try:
        start = int(p.get("start") or 0)
        end = int(p.get("end") or 0)
    except (TypeError, ValueError):
        start = end = 0
    return Mention(p["text"], start, end, _text(p.get("kind")) or "toponym", place)


def _read_geojson(fc: Mapping[str, Any], result: ReadResult) -> None:
    feats = fc.get("features")
    if not isinstance(feats, list):
        raise InputFileError(f"{result.path}: FeatureCollection without a 'features' list")
    if result.layout is None:  # a GeoJSON geomap did not write: its properties are the table's columns
        names: dict[str, None] = {}
        for f in feats[:1000]:
            props = f.get("properties") if isinstance(f, Mapping) else None
            if isinstance(props, Mapping):
                names.update(dict.fromkeys(str(k) for k in props))
        result.layout = TableLayout("geomap", tuple(names))
    for i, f in enumerate(feats, start=1):
        result.rows += 1
        if not isinstance(f, Mapping) or f.get("type") != "Feature":
            result.skipped.append((i, "not a GeoJSON Feature"))
            continue
        props = f.get("properties") or {}
        geom = f.get("geometry")
        if not isinstance(props, Mapping) or not (set(props) & _INCIDENT_MARKERS):
            result.skipped.append((i, "not an incident: its properties have none of "
                                      + ", ".join(sorted(_INCIDENT_MARKERS))))
            continue
        try:
            if geom is None:
                inc = incident_from_record(props)
            elif isinstance(geom, Mapping) and geom.get("type") == "Point":
                c = geom.get("coordinates")
                if not isinstance(c, list) or len(c) < 2:
                    raise RowError(f"Point coordinates {c!r} are not [longitude, latitude]")
                inc = incident_from_record(props, lon_lat=(c[0], c[1]))
            else:
                kind = geom.get("type") if isinstance(geom, Mapping) else type(geom).__name__
                raise RowError(f"geometry is a {kind}, expected a Point")
        except RowError as e:
            result.skipped.append((i, str(e)))
            continue
        result.incidents.append(inc)


# --------------------------------------------------------------------------- readers
def _detect_format(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return "csv"
    if suffix in _JSON_SUFFIXES:
        return "json"
    head = text.lstrip()[:1]
    if head in ("{", "["):
        return "json"
    first = text.split("\n", 1)[0]
    if "," in first or "\t" in first or ";" in first:
        return "csv"
    raise InputFileError(f"{path}: cannot tell the format (suffix {suffix or 'none'!r}); name it .csv, .geojson, "
                         ".json or .jsonl")


def read_incidents(path: str | Path, *, max_rows: int | None = None) -> ReadResult:
    """Read incidents from a CSV (geomap or ACLED), GeoJSON, JSON lines, GeoParquet, GeoPackage or .xlsx file.

    GeoParquet (``.parquet``), GeoPackage (``.gpkg``) and Excel (``.xlsx``) are
    read by :func:`geomap.tables.formats.read_table_file`, row by row through the
    same builder, with the same skipped-row reasons.

    Parameters
    ----------
    path : str or Path
    max_rows : int, optional
        Refuse a table of more rows (a CSV file is refused as soon as its rows pass the
        limit, before more of it is in memory).

    Returns
    -------
    ReadResult
        ``incidents``, ``skipped`` as ``(row_number, reason)``, ``summary()``.

    Raises
    ------
    InputFileError
        The file is missing, empty, binary, undecodable or malformed as a whole, or over ``max_rows``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> _ = p.write_text("event_date,event_type,latitude,longitude\\n2020-01-10,Battles,34.45,40.92\\n"
    ...                  "2020-01-11,Battles,95,40\\n")
    >>> r = read_incidents(p)
    >>> len(r.incidents), r.skipped
    (1, [(3, 'latitude 95 is outside [-90, 90]')])
    """
    p = Path(path)
    if p.suffix.lower() in _GIS_SUFFIXES:
        from geomap.tables.formats import read_table_file

        result = read_table_file(p)
        _check_rows(result, max_rows)
        return result
    if p.suffix.lower() in _CSV_SUFFIXES:  # streamed from disk, a chunk at a time
        stream, encoding, bad = open_table_text(p)
        result = ReadResult(path=str(p), format="csv", encoding=encoding)
        with stream:
            _take_chunks(csv_chunks(stream, path=str(p), encoding=encoding, bad_bytes=bad), result, max_rows)
        return result
    what = "an incident table (CSV, GeoJSON or JSON lines)"
    raw = read_bytes(p, what=what)
    suffix = p.suffix.lower()
    if suffix in _JSONL_SUFFIXES or (suffix in _JSON_SUFFIXES and not raw.startswith((b"\xff\xfe", b"\xfe\xff"))):
        # JSON is UTF-8 (RFC 8259): no guessing; lines that are not UTF-8 are skipped one by one
        try:
            text: str | None = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = None
        if not raw.strip():
            decode_bytes(raw, str(p), what)  # refuses the empty file
        result = ReadResult(path=str(p), format="", encoding="utf-8")
        _read_json(raw, text, result, lines=suffix in _JSONL_SUFFIXES)
        _check_rows(result, max_rows)
        return result
    mixed = utf8_with_bad_lines(raw)
    text, encoding = (mixed[0], "utf-8") if mixed else decode_bytes(raw, str(p), what)
    fmt = _detect_format(p, text)
    if mixed and fmt != "csv":  # only CSV rows can be skipped one by one
        mixed = None
        text, encoding = decode_bytes(raw, str(p), what)
    result = ReadResult(path=str(p), format="", encoding=encoding)
    if fmt == "csv":
        _read_csv(text, result, bad=bool(mixed))
    else:
        _read_json(text.encode("utf-8", "surrogatepass"), text, result, lines=False)
    _check_rows(result, max_rows)
    return result
