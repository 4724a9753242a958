"""Reading CSV incident tables in chunks, in bounded memory, with strict per-line diagnostics.

A CSV file is read line by line from an open text stream (never as one string) and handed
on in chunks of ``chunk_rows`` rows, so a million-row ACLED export is read in the memory of
one chunk. The parsing is strict and says where it stopped: an unclosed quote, a malformed
line or a ragged row is reported as ``(line, reason)`` and the lines after it are read
again; a quoted field over several lines stays one field, wherever a chunk ends.

Rows of an ACLED export are converted a column at a time (each distinct date, precision or
toll is parsed once per chunk); a row any column refuses goes through the one-row builder
(:func:`_acled_row`), which names the value and the reason. Rows of geomap's own CSV go
through :func:`geomap.tables.schema.incident_from_record`. Either way the incidents, and
the table (:func:`geomap.tables.schema.table_from_columns`), are those the one-row
builders give.

:func:`iter_incident_frames` is the public streaming reader;
:func:`geomap.tables.read.read_incidents` reads CSV through :func:`csv_chunks` too.

Examples
--------
>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
>>> _ = p.write_text("event_date,event_type,latitude,longitude\\n2020-01-10,Battles,34.45,40.92\\n"
...                  "2020-01-11,Battles,95,40\\n")
>>> [(len(c.frame), c.rows, c.skipped) for c in iter_incident_frames(p)]
[(1, 2, [(3, 'latitude 95 is outside [-90, 90]')])]
"""
from __future__ import annotations

import codecs
import csv
import dataclasses
import gc
import io as _io
import re
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, TextIO

from geomap._files import check_file, decode_bytes, read_bytes, utf8_with_bad_lines
from geomap.exc import InputFileError
from geomap.model import Incident
from geomap.tables.layout import LAYOUT_KEY, TableLayout, csv_layout
from geomap.tables.schema import (ACLED_OTHER_FIELDS, ACLED_TABLE_FIELDS, PLACE_NAME_COLUMNS, TABLE_FIELDS, RowError, _FORMULA, _blank, _coords, _date, _float, _int, _text,
                                  csv_restore, incident_from_record, incidents_to_geodataframe,
                                  table_from_columns)

__all__ = ["TableChunk", "iter_incident_frames", "csv_chunks", "CHUNK_ROWS"]

#: Rows per chunk by default (about 40 MB of ACLED rows in memory at a time).
CHUNK_ROWS = 50_000
_BLOCK = 1 << 20

# ACLED columns kept in Incident.extra (lower-cased names): the table's ACLED columns that Incident has no
# attribute for (text, stripped), then the export's other columns (as the file gives them).
_ACLED_EXTRA = ACLED_TABLE_FIELDS + ACLED_OTHER_FIELDS
_WHAT = "an incident table (CSV, GeoJSON or JSON lines)"


@dataclass
class TableChunk:
    """One chunk of a table read by :func:`iter_incident_frames` (or :func:`csv_chunks`).

    Attributes
    ----------
    path, format, encoding : str
        As in :class:`~geomap.tables.read.ReadResult`.
    rows : int
        Rows seen in this chunk (kept and skipped).
    skipped : list of (int, str)
        ``(line, reason)`` of the rows of this chunk left out (lines of the file).
    incidents : list of Incident, optional
        The rows kept (when incidents were asked for).
    frame : GeoDataFrame, optional
        The rows kept as the incident table (when a table was asked for), its layout in
        ``frame.attrs["geomap_layout"]``.
    layout : TableLayout, optional
        The layout of the file (:mod:`geomap.tables.layout`): its header as given, its date form.
    """

    path: str
    format: str
    encoding: str
    rows: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    incidents: list[Incident] | None = None
    frame: Any = None
    layout: TableLayout | None = None


# --------------------------------------------------------------------------- text and lines
class _Comma(csv.excel):
    strict = True  # a quote that never closes is an error, not the rest of the file in one field


class _Tab(_Comma):
    delimiter = "\t"


class _Semi(_Comma):
    delimiter = ";"


def _sniff_dialect(first_line: str) -> type[csv.Dialect]:
    if first_line.count("\t") > first_line.count(",") and first_line.count("\t") > first_line.count(";"):
        return _Tab
    if first_line.count(";") > first_line.count(","):
        return _Semi
    return _Comma


def _valid_utf8(p: Path) -> bool:
    """True when the whole file decodes as UTF-8 (read in blocks; nothing kept)."""
    dec = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(p, "rb") as f:
            while block := f.read(_BLOCK):
                dec.decode(block)
        dec.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    except OSError as e:
        raise InputFileError(f"{p}: cannot be read ({e.strerror or e}); check the path and permissions") from None
    return True


def open_table_text(p: Path) -> tuple[TextIO, str, bool]:
    """``(text stream, encoding, has_bad_lines)`` for a table file.

    A file that is UTF-8 throughout (with or without a BOM) is streamed from disk. Any other
    (another code page, UTF-16, a UTF-8 file with a few bad bytes, an empty or binary file) is
    decoded whole by :func:`geomap._files.decode_bytes`, with the same messages as any reader.
    """
    check_file(p, what=_WHAT)
    try:
        with open(p, "rb") as f:
            head = f.read(65536)
    except OSError as e:
        raise InputFileError(f"{p}: cannot be read ({e.strerror or e}); check the path and permissions") from None
    if head.strip() and b"\x00" not in head[:8192] and not head.startswith((b"\xff\xfe", b"\xfe\xff")) \
            and _valid_utf8(p):
        return open(p, encoding="utf-8-sig", newline=""), "utf-8", False
    raw = read_bytes(p, what=_WHAT)
    mixed = utf8_with_bad_lines(raw)
    text, encoding = (mixed[0], "utf-8") if mixed else decode_bytes(raw, str(p), _WHAT)
    return _io.StringIO(text, newline=""), encoding, bool(mixed)


_OTHER_BREAK_CHARS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"  # str.splitlines() ends lines at these too
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _split_lines(text: str) -> list[str]:
    """Lines as a ``newline=""`` stream gives them: split after "\\n", "\\r\\n" or "\\r", ends kept."""
    if not any(c in text for c in _OTHER_BREAK_CHARS):  # a substring search each: faster than one regex
        return text.splitlines(True)
    return _LINE.findall(text)


class _Lines:
    """The physical lines of a text stream, read a block at a time; any recent line can be read again.

    Blocks are forgotten once every line in them is before :attr:`keep_from` (the first
    line of the record being read), so memory holds a block or two.
    """

    def __init__(self, stream: TextIO, head: str = "") -> None:
        self._stream = stream
        self._tail = head
        self._blocks: list[tuple[int, list[str]]] = []  # (number of its first line, lines)
        self._next_no = 1
        self._gen = self._read()
        self.keep_from = 1

    def _read(self) -> Iterator[list[str]]:
        while True:
            block = self._stream.read(_BLOCK)
            text = self._tail + block
            if not text:
                return
            lines = _split_lines(text)
            if block:  # the last line may go on (or be an "\\r" before "\\n") in the next block
                self._tail = lines.pop()
                if not lines:
                    continue
            else:
                self._tail = ""
            blocks = self._blocks
            while blocks and blocks[0][0] + len(blocks[0][1]) <= self.keep_from:
                blocks.pop(0)
            blocks.append((self._next_no, lines))
            self._next_no += len(lines)
            yield lines
            if not block:
                return

    def from_line(self, number: int) -> Iterator[str]:
        """The lines from line ``number`` (1-based) on."""
        def blocks() -> Iterator[list[str]]:
            for first, lines in list(self._blocks):
                if first + len(lines) > number:
                    yield lines[number - first:] if number > first else lines
            for lines in self._gen:  # not "yield from": closing this reader must not close the file's blocks
                yield lines

        return chain.from_iterable(blocks())


def _swallowed(row: list[str], dialect: Any, width: int) -> bool:
    """True when a quoted field spanning lines holds whole table rows: an unclosed quote."""
    for cell in row:
        if "\n" not in cell:
            continue
        for line in cell.split("\n")[1:]:
            if width <= 2 or line.count(dialect.delimiter) < width - 2:
                continue  # fewer delimiters than a row of the table has
            try:
                fields = next(csv.reader([line], dialect), [])
            except csv.Error:  # a CR in the line: text, not a row of the table
                continue
            if len(fields) >= width - 1:
                return True
    return False


_UNCLOSED = "unclosed quote: a quoted field runs on over the next lines; close it (a quote in a field is doubled: \"\")"


def csv_records(stream: TextIO, dialect: Any, head: str = "") -> Iterator[tuple[int, list[str] | None, str]]:
    """``(line, fields, problem)`` for each record of a CSV stream; after a bad record reading resumes.

    A quoted field that runs to the end of the file, that swallows lines which are whole rows
    of the table, or that grows past the CSV field limit over several lines, is an unclosed
    quote; a line the strict parser refuses is malformed. Either is reported at the record's
    first line, and the lines after that line are read again. ``fields`` is None for a bad
    record. ``head`` is text already read from the stream.
    """
    lines = _Lines(stream, head)
    start = 1  # the line the next record starts on
    width = 0
    source = lines.from_line(1)
    while True:
        reader = csv.reader(source, dialect)
        seen = 0  # reader.line_num after the last record
        while True:
            lines.keep_from = start
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                why = str(e)
                if "end of data" in why or ("field larger" in why and reader.line_num - seen > 1):
                    yield start, None, _UNCLOSED
                else:
                    yield start, None, f"malformed CSV ({why})"
                break
            n = reader.line_num - seen
            seen = reader.line_num
            if not width:
                width = len(row)
            elif n > 1 and _swallowed(row, dialect, width):
                yield start, None, _UNCLOSED
                break
            yield start, row, ""
            start += n
        start += 1  # read again from the line after the bad record's first
        source = lines.from_line(start)


# --------------------------------------------------------------------------- rows
_GEOMAP_OWN = frozenset({"fatalities_qualifier", "geonameid", "evidence_spans", "geocoded_from", "geocode_reason"})


def _table_kind(header: list[str]) -> str:
    """``geomap``, ``acled`` (the current export) or ``acled-old`` (upper-case columns) from a header row."""
    names = {str(h).strip().lstrip("\ufeff").lower() for h in header}
    if not names & {"event_id_cnty", "inter1", "interaction"} or names & _GEOMAP_OWN:
        return "geomap"  # (a table geomap wrote from an ACLED export has ACLED's columns and its own)
    upper = any(str(h).strip().isupper() for h in header if str(h).strip())
    return "acled-old" if upper and "sub_event_type" not in names else "acled"


def _acled_row(rec: Mapping[str, Any]) -> Incident:
    """One ACLED record (lower-case names) as an Incident; a bad value raises RowError naming it."""
    lat, lon = _coords(rec.get("latitude"), rec.get("longitude"))
    fat = _int(rec.get("fatalities"), "fatalities", minimum=0)
    extra = {k: rec[k] for k in ACLED_TABLE_FIELDS if k in rec and not _blank(rec[k])}
    extra.update({k: rec[k] or None for k in rec if k not in _ROW_FIELDS})  # as given; an empty cell is None
    return Incident(
        event_date=_date(rec.get("event_date"), day_first=True),
        time_precision=_int(rec.get("time_precision"), "time_precision", allowed=(1, 2, 3)),
        event_type=_text(rec.get("event_type")),
        sub_event_type=_text(rec.get("sub_event_type")),
        actor1=_text(rec.get("actor1")),
        actor2=_text(rec.get("actor2")),
        fatalities=fat,
        location=_text(rec.get("location")),
        country=_text(rec.get("country")),
        admin1=_text(rec.get("admin1")),
        longitude=lon,
        latitude=lat,
        geo_precision=_int(rec.get("geo_precision"), "geo_precision", allowed=(1, 2, 3)),
        source=_text(rec.get("source")),
        notes=_text(rec.get("notes")),
        extra=extra,
    )


_BAD = object()
_MISS = object()
#: The columns :func:`_acled_row` reads into Incident's attributes or ACLED_TABLE_FIELDS; every other column of
#: the header (ACLED's other columns, and any a user added) is kept in ``extra`` as the file gives it.
_ROW_FIELDS = frozenset(TABLE_FIELDS)


def _restored(values: list[str]) -> list[str]:
    """:func:`csv_restore` of a column, at the cost of one search when no cell starts with a quote."""
    if "\n'" not in "\n" + "\n".join(values):
        return values
    return [v[1:] if v[:1] == "'" and _FORMULA.match(v, 1) else v for v in values]


def _parsed(values: list[str], parse: Callable[[str], Any], bad: set[int]) -> list[Any]:
    """``parse`` of each value, each distinct value parsed once; the indexes it refuses go to ``bad``."""
    cache: dict[str, Any] = {}
    out = []
    for k, v in enumerate(values):
        r = cache.get(v, _MISS)
        if r is _MISS:
            try:
                r = parse(v)
            except RowError:
                r = _BAD
            cache[v] = r
        if r is _BAD:
            bad.add(k)
            r = None
        out.append(r)
    return out


def _float_column(values: list[str], bad: set[int]) -> list[float | None]:
    """Coordinates as :func:`_float` reads them (``float()`` of the text; blank is None)."""
    try:
        return [float(v) if v else None for v in values]
    except ValueError:
        pass
    out: list[float | None] = []
    for k, v in enumerate(values):
        try:
            out.append(_float(v, "coordinate"))
        except RowError:
            out.append(None)
            bad.add(k)
    return out


class _Shared:
    """Equal strings stored once, across chunks (up to a bound), so a million rows keep one "Syria"."""

    def __init__(self, limit: int = 200_000) -> None:
        self._d: dict[str, str] = {}
        self._limit = limit

    def __call__(self, values: list[str]) -> list[str]:
        d = self._d
        if len(d) > self._limit:
            return list(map(d.get, values, values))
        return list(map(d.setdefault, values, values))


_UNIQUE = frozenset({"event_id_cnty", "data_id", "event_id_no_cnty", "timestamp"})
_TEXT = ("event_type", "sub_event_type", "actor1", "actor2", "location", "country", "admin1", "source")


def _acled_columns(batch: list[tuple[int, list[str]]], cols: Mapping[str, int], share: _Shared,
                   skipped: list[tuple[int, str]], with_extra: bool) -> tuple[dict[str, list[Any]], list[int]]:
    """The ACLED rows of a batch as columns of parsed values, and the indexes kept.

    Each column is parsed in one pass; a row that any column refuses is read again by
    :func:`_acled_row`, whose RowError (the same the one-row reader gives) skips it.
    """
    n = len(batch)
    rows = [r for _, r in batch]
    width = max(cols.values(), default=-1) + 1
    # every row as wide as the header's named columns (the usual case): the batch turned into columns at once
    by_column = list(zip(*rows)) if rows and min(map(len, rows)) >= width else None

    def column(name: str) -> list[str] | None:
        i = cols.get(name)
        if i is None:
            return None
        return _restored(list(by_column[i]) if by_column is not None else list(map(itemgetter(i), rows)))

    bad: set[int] = set()
    out: dict[str, list[Any]] = {}
    lat_s, lon_s = column("latitude"), column("longitude")
    lat = _float_column(lat_s, bad) if lat_s is not None else [None] * n
    lon = _float_column(lon_s, bad) if lon_s is not None else [None] * n
    for k, (la, lo) in enumerate(zip(lat, lon)):
        if la is None:
            if lo is not None:
                bad.add(k)
        elif lo is None or not (-90.0 <= la <= 90.0 and -180.0 <= lo <= 180.0):
            bad.add(k)
    out["latitude"], out["longitude"] = lat, lon
    for name, parse in (
            ("event_date", lambda v: _date(v, day_first=True)),
            ("time_precision", lambda v: _int(v, "time_precision", allowed=(1, 2, 3))),
            ("fatalities", lambda v: _int(v, "fatalities", minimum=0)),
            ("geo_precision", lambda v: _int(v, "geo_precision", allowed=(1, 2, 3)))):
        vals = column(name)
        out[name] = _parsed(vals, parse, bad) if vals is not None else [None] * n
    for name in _TEXT:  # text as the file gives it (a trailing space of ACLED's is kept: a conversion changes nothing)
        vals = column(name)
        out[name] = (share(_blank_empty(vals)) if with_extra else _blank_empty(vals)) if vals is not None else [""] * n
    vals = column("notes")
    out["notes"] = _blank_empty(vals) if vals is not None else [""] * n
    def kept(k: str, values: list[Any]) -> list[Any]:  # held incidents: one copy of a repeated text (ids are not)
        return share(values) if with_extra and k not in _UNIQUE else values

    def given(values: list[str]) -> list[str | None]:  # as the file gives it; an empty cell is None
        return values if all(values) else [v or None for v in values]

    table_cols = {k: kept(k, _blank_empty(column(k))) for k in ACLED_TABLE_FIELDS if k in cols}
    other_cols = {k: kept(k, given(column(k))) for k in _other_names(cols)}
    if with_extra:
        # one dict a row: the ACLED table columns a row fills (an empty one is left out), then the others
        tkeys, okeys = tuple(table_cols), tuple(other_cols)
        others = zip(*other_cols.values()) if okeys else iter(lambda: (), None)
        extra = []
        for tvals, ovals in zip(zip(*table_cols.values()) if tkeys else ((),) * n, others):
            d = {k: v for k, v in zip(tkeys, tvals) if v} if tkeys else {}
            d.update(zip(okeys, ovals))
            extra.append(d)
        out["extra"] = extra
    else:  # the table's columns, every ACLED column of the header (each chunk of a file has the same)
        out.update(table_cols)
        out.update(other_cols)
    keep = list(range(n))
    if bad:
        drop = set()
        for k in sorted(bad):
            line, row = batch[k]
            rec = {name: csv_restore(row[i]) for name, i in cols.items()}
            try:
                inc = _acled_row(rec)
            except RowError as e:
                skipped.append((line, str(e)))
                drop.add(k)
                continue
            for name in out:  # a value the column pass refused but the row builder takes
                if hasattr(inc, name):  # (the columns kept as text are never refused)
                    out[name][k] = getattr(inc, name)
        if drop:
            keep = [k for k in keep if k not in drop]
            out = {name: [v[k] for k in keep] for name, v in out.items()}
    return out, keep


def _blank_empty(values: list[str]) -> list[str]:
    """Text cells as given, except that a cell of only spaces is empty (as :func:`_text` reads it)."""
    if not any(map(str.isspace, values)):
        return values
    return ["" if v.isspace() else v for v in values]


def _other_names(cols: Mapping[str, int]) -> list[str]:
    """The header's columns kept in ``Incident.extra`` as given: ACLED's other columns in
    :data:`ACLED_OTHER_FIELDS` order, then any other the table has (a user's ``url``), in the header's order."""
    return [k for k in ACLED_OTHER_FIELDS if k in cols] + \
        [k for k, _ in sorted(cols.items(), key=lambda kv: kv[1]) if k not in _ROW_FIELDS and k not in _OTHER_SET]


_OTHER_SET = frozenset(ACLED_OTHER_FIELDS)


def _incidents_from_columns(out: Mapping[str, list[Any]]) -> list[Incident]:
    """Incidents from parsed columns. The values are those :func:`_acled_row` gives (each checked by the
    column pass), so each Incident is filled in directly, without the frozen dataclass's ``__init__``
    (a tenth of a million-row read): the same object, every field set, the defaults for the rest."""
    n = len(out["latitude"])
    fields, columns = [], []
    for f in dataclasses.fields(Incident):
        fields.append(f.name)
        if f.name in out:
            columns.append(out[f.name])
        elif f.default_factory is not dataclasses.MISSING:  # (extra) a fresh value for each
            columns.append([f.default_factory() for _ in range(n)])
        else:
            columns.append([f.default] * n)
    new = object.__new__
    made = []
    append = made.append
    for vals in zip(*columns):
        inc = new(Incident)
        inc.__dict__.update(zip(fields, vals))
        append(inc)
    return made


def _frame_from_columns(out: Mapping[str, list[Any]]) -> Any:
    return table_from_columns({k: v for k, v in out.items() if k != "extra"}, len(out["latitude"]))


# --------------------------------------------------------------------------- chunks
def csv_chunks(stream: TextIO, *, path: str, encoding: str, bad_bytes: bool = False,
               chunk_rows: int = CHUNK_ROWS, frames: bool = False) -> Iterator[TableChunk]:
    """Read a CSV table from a text stream in chunks of up to ``chunk_rows`` rows.

    Parameters
    ----------
    stream : text stream
        Opened with ``newline=""`` (see :func:`open_table_text`).
    path, encoding : str
        For the chunks and messages.
    bad_bytes : bool
        The text has U+FFFD for undecodable bytes: rows holding one are skipped.
    chunk_rows : int
    frames : bool
        Give each chunk's rows as the incident table (``chunk.frame``) instead of
        Incidents (``chunk.incidents``).

    Raises
    ------
    InputFileError
        No header, a malformed header, or no latitude/longitude column.
    """
    head = stream.read(_BLOCK)
    dialect = _sniff_dialect(head.split("\n", 1)[0])
    rows = csv_records(stream, dialect, head)
    first = next(rows, None)
    if first is None:
        raise InputFileError(f"{path}: the CSV file has no header row")
    if first[1] is None:
        raise InputFileError(f"{path}: malformed CSV on line 1 ({first[2]})")
    header = first[1]
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    cols = {n: i for i, n in reversed(list(enumerate(names))) if n}
    if ("latitude" not in cols or "longitude" not in cols) and not PLACE_NAME_COLUMNS & set(cols):
        missing = [c for c in ("latitude", "longitude") if c not in cols]
        shown = ", ".join(h for h in header if h.strip())[:200]
        raise InputFileError(
            f"{path}: no {' or '.join(missing)} column; expected geomap's columns "
            f"({', '.join(TABLE_FIELDS[:4])}, ..., latitude, longitude), place-name columns to geocode "
            f"({', '.join(sorted(PLACE_NAME_COLUMNS))}) or an ACLED export; the header is: {shown}")
    fmt = f"{_table_kind(header)}-csv"
    acled = fmt.startswith("acled")
    share = _Shared()
    other = _other_names(cols)  # the same columns in every chunk's table
    layout: TableLayout | None = None

    def build(batch: list[tuple[int, list[str]]], done: TableChunk) -> TableChunk:
        nonlocal layout
        if layout is None:  # from the header and the first chunk's cells
            layout = csv_layout(fmt[:-4], header, [r for _, r in batch[:5000]], cols)
        done.layout = layout
        if acled:
            out, _ = _acled_columns(batch, cols, share, done.skipped, with_extra=not frames)
            if frames:
                done.frame = _frame_from_columns(out)
            else:
                done.incidents = _incidents_from_columns(out)
        else:
            incs = []
            for line, row in batch:
                rec = {n: csv_restore(row[i]) for n, i in cols.items()}
                try:
                    incs.append(incident_from_record(rec, source=""))
                except RowError as e:
                    done.skipped.append((line, str(e)))
            if frames:
                done.frame = incidents_to_geodataframe(incs, other)
            else:
                done.incidents = incs
        if frames:
            done.frame.attrs[LAYOUT_KEY] = layout.to_dict()
        done.skipped.sort()
        return done

    collecting = gc.isenabled()  # rows hold no cycles: no collector passes over a growing heap while reading
    gc.disable()
    try:
        for batch, done in _batches(rows, header, cols, bad_bytes, chunk_rows,
                                    lambda: TableChunk(path=path, format=fmt, encoding=encoding)):
            done = build(batch, done)
            if collecting:
                gc.enable()
            yield done
            gc.disable()
    finally:
        if collecting:
            gc.enable()


def _batches(rows: Iterator[tuple[int, list[str] | None, str]], header: list[str], cols: Mapping[str, int],
             bad_bytes: bool, chunk_rows: int, new: Callable[[], TableChunk]
             ) -> Iterator[tuple[list[tuple[int, list[str]]], TableChunk]]:
    """``(rows to build, chunk)`` of up to ``chunk_rows`` rows; bad, ragged and blank rows are counted here."""
    n_header = len(header)
    width = max(cols.values()) + 1  # the last named column (old ACLED exports end in unnamed ones)
    chunk, batch, seen = new(), [], 0
    skipped = chunk.skipped
    given = False
    for row_no, row, problem in rows:
        if row is None:
            seen += 1
            skipped.append((row_no, problem))
            continue
        if not row or not (row[0].strip() or any(c.strip() for c in row)):
            continue
        seen += 1
        if bad_bytes and any("\ufffd" in c for c in row):
            skipped.append((row_no, "undecodable byte (not UTF-8) in this row; re-save the file as UTF-8"))
            continue
        k = len(row)
        if k == n_header:
            pass
        elif k > n_header and any(c.strip() for c in row[n_header:]):
            skipped.append((row_no, f"row has {len(row)} fields, header has {n_header} "
                                    "(an unquoted delimiter in a field?); its columns cannot be told apart"))
            continue
        elif k < width:
            short = [n for n, i in sorted(cols.items(), key=lambda kv: kv[1]) if i >= len(row)]
            needed = [n for n in short if n in ("latitude", "longitude", "event_date", "event_type")]
            shown = needed or short[:3] + (["..."] if len(short) > 3 else [])
            skipped.append((row_no, f"row has {len(row)} fields, header has {n_header}: "
                                    f"missing {', '.join(shown)}"))
            continue
        batch.append((row_no, row))
        if len(batch) >= chunk_rows:
            chunk.rows = seen
            yield batch, chunk
            given = True
            chunk, batch, seen = new(), [], 0
            skipped = chunk.skipped
    if batch or seen or skipped or not given:  # a table of no rows is one empty chunk (its format known)
        chunk.rows = seen
        yield batch, chunk


def iter_incident_frames(path: str | Path, *, chunk_rows: int = CHUNK_ROWS) -> Iterator[TableChunk]:
    """Read an incident table in chunks, each as the incident table (a GeoDataFrame in EPSG:4326).

    CSV, GeoParquet, GeoPackage and GeoJSON are streamed: memory holds one chunk, whatever the
    file's size (:func:`geomap.tables.formats.non_csv_chunks`). Other files (JSON, .xlsx) are read
    whole by :func:`geomap.tables.read.read_incidents` and handed on in chunks.

    Parameters
    ----------
    path : str or Path
    chunk_rows : int
        Rows per chunk (the last may be shorter).

    Yields
    ------
    TableChunk
        ``frame`` (the kept rows, :data:`~geomap.tables.schema.TABLE_FIELDS` columns),
        ``rows`` (seen), ``skipped`` (``(line, reason)``), ``format``, ``encoding``.

    Raises
    ------
    InputFileError
        The file cannot be read at all (missing, empty, binary, no coordinate columns ...).
    """
    from geomap.tables.formats import non_csv_chunks
    from geomap.tables.read import _CSV_SUFFIXES

    p = Path(path)
    if chunk_rows < 1:
        raise ValueError(f"chunk_rows must be 1 or more, not {chunk_rows}")
    if p.suffix.lower() in _CSV_SUFFIXES:
        stream, encoding, bad = open_table_text(p)
        with stream:
            yield from csv_chunks(stream, path=str(p), encoding=encoding, bad_bytes=bad, chunk_rows=chunk_rows,
                                  frames=True)
        return
    yield from non_csv_chunks(p, chunk_rows=chunk_rows)
