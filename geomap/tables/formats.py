"""Incident tables in GIS and spreadsheet files: GeoParquet and GeoPackage (read, write), Excel (read).

* **GeoParquet** (``.parquet``): written by geopandas' ``to_parquet``; a plain
  Parquet file without geometry is read by its ``latitude``/``longitude`` columns;
* **GeoPackage** (``.gpkg``): one layer, ``incidents``, written through pyogrio;
  a file with several layers is read from its ``incidents`` layer, else the first;
* **Excel** (``.xlsx``, read only): the first sheet through GDAL's XLSX driver,
  its first row the column names (geomap's or an ACLED export's).

Every row goes through the builder the CSV reader uses
(:func:`~geomap.tables.schema.incident_from_record`, or the ACLED one), so a bad
value skips its row with the same reason, counted in ``ReadResult.skipped``
under its feature number (GeoParquet, GeoPackage: 1 is the first feature) or
its sheet row (Excel: 2 is the first row under the header). Coordinates come
from the Point geometry when there is one (reprojected to EPSG:4326), else from
the columns. A file that is not what its suffix says, or is cut short, raises
:class:`~geomap.exc.InputFileError` naming it.

GeoParquet is read a record batch at a time (pyarrow) and GeoPackage an Arrow batch of
features at a time (pyogrio): :func:`table_file_chunks` hands the rows on in chunks, and
:func:`read_table_file` is those chunks together, so a chunked read and a whole one give the
same rows and skips. An integer column is read as integers whatever a batch holds (a null is
None, not a float NaN that would make its column floats).

Examples
--------
>>> import tempfile, pathlib
>>> from geomap.model import Incident
>>> p = pathlib.Path(tempfile.mkdtemp()) / "t.gpkg"
>>> _ = write_table_file([Incident("2020-01-10", 1, "Battles", "Armed clash", longitude=40.9, latitude=34.4)], p)
>>> r = read_table_file(p)
>>> r.format, r.incidents[0].latitude
('gpkg', 34.4)
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
import warnings
from itertools import chain
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Iterator, Mapping

from geomap._files import check_file
from geomap.exc import InputError, InputFileError
from geomap.model import Incident
from geomap.tables.layout import LAYOUT_KEY, TableLayout
from geomap.tables.read import ReadResult, _acled_row, _table_kind
from geomap.tables.schema import (PLACE_NAME_COLUMNS, TABLE_FIELDS, RowError, incident_from_record,
                                  incidents_to_geodataframe, other_columns)
from geomap.tables.stream import TableChunk
from geomap.tables.write import _as_frame

__all__ = ["read_table_file", "table_file_chunks", "non_csv_chunks", "write_table_file", "write_frames_file", "READ_FORMATS", "WRITE_FORMATS"]

#: Suffixes :func:`read_table_file` reads, and the format each names.
READ_FORMATS = {".parquet": "parquet", ".geoparquet": "parquet", ".gpkg": "gpkg", ".xlsx": "xlsx"}
#: Formats :func:`write_table_file` writes, and their suffix.
WRITE_FORMATS = {"parquet": ".parquet", "gpkg": ".gpkg"}
#: The GeoPackage layer geomap writes (and reads first).
LAYER = "incidents"

_NAMES = {"parquet": "GeoParquet", "gpkg": "GeoPackage", "xlsx": "Excel .xlsx"}
_FIX = {"parquet": "write it with 'geomap convert' or geopandas' to_parquet",
        "gpkg": "write it with 'geomap convert' or a GIS (QGIS, ogr2ogr)",
        "xlsx": "save it again from the spreadsheet as .xlsx, or export it as CSV"}


# --------------------------------------------------------------------------- reading
def _refuse(p: Path, fmt: str, why: str) -> InputFileError:
    why = " ".join(str(why).split())[:200]
    return InputFileError(f"{p}: not a readable {_NAMES[fmt]} file ({why}); {_FIX[fmt]}")


def _check_magic(p: Path, fmt: str, size: int) -> None:
    """Refuse a file whose first (and, for Parquet, last) bytes are not those of its format."""
    if size == 0:
        raise InputFileError(f"{p}: is empty; expected a {_NAMES[fmt]} file of incidents")
    with open(p, "rb") as f:
        head = f.read(16)
        tail = b""
        if fmt == "parquet" and size >= 8:
            f.seek(size - 4)
            tail = f.read(4)
    if fmt == "parquet":
        if not head.startswith(b"PAR1"):
            raise _refuse(p, fmt, "it does not start with the Parquet marker PAR1")
        if tail != b"PAR1" or size < 12:
            raise _refuse(p, fmt, "it is cut short: the Parquet footer is missing")
    elif fmt == "gpkg" and not head.startswith(b"SQLite format 3\x00"):
        raise _refuse(p, fmt, "it is not an SQLite database")
    elif fmt == "xlsx" and not head.startswith(b"PK\x03\x04"):
        raise _refuse(p, fmt, "it is not a zip archive; an old .xls is not read")


def _library_errors() -> tuple[type[BaseException], ...]:
    import pyogrio.errors

    errors: list[type[BaseException]] = [OSError, ValueError, RuntimeError, KeyError, TypeError,
                                         pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError]
    try:
        import pyarrow

        errors.append(pyarrow.ArrowException)
    except ImportError:  # pragma: no cover - pyarrow is a dependency
        pass
    return tuple(errors)


def _read_frame(p: Path, fmt: str) -> Any:
    """An Excel sheet's table as a DataFrame (read whole: GDAL's XLSX driver holds the sheet anyway)."""
    import pyogrio

    with _reading(p, fmt):
        if "XLSX" not in pyogrio.list_drivers():
            raise InputFileError(f"{p}: this GDAL has no XLSX driver; export the sheet as CSV")
        return pyogrio.read_dataframe(p, HEADERS="FORCE")


@contextlib.contextmanager
def _reading(p: Path, fmt: str) -> Iterator[None]:
    """A library's failure inside the block becomes one line naming the file (:func:`_refuse`)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            yield
        except InputFileError:
            raise
        except _library_errors() as e:
            why = str(e).replace(str(p), "").strip(": ") or type(e).__name__
            if "malformed" in why or "truncated" in why.lower():
                why = "it is cut short or damaged"
            raise _refuse(p, fmt, why) from None


#: Arrow to pandas, the same whatever rows a batch holds: an integer column with a null in some
#: batch is not floats there and integers elsewhere (its values are ints, a null is None).
_TO_PANDAS = {"integer_object_nulls": True}


def _rebatched(batches: Iterator[Any], schema: Any, rows: int) -> Iterator[Any]:
    """Arrow tables of exactly ``rows`` rows (the last may be shorter; one empty table for no rows)
    from record batches of any sizes (Parquet's end at its row groups)."""
    import pyarrow as pa

    held: list[Any] = []
    n = 0
    given = False
    for batch in batches:
        if not batch.num_rows:
            continue
        held.append(batch)
        n += batch.num_rows
        while n >= rows:
            table = pa.Table.from_batches(held, schema=schema)
            yield table.slice(0, rows)
            rest = table.slice(rows)
            held, n = rest.to_batches(), rest.num_rows
            given = True
    if n or not given:
        yield pa.Table.from_batches(held, schema=schema)


def _parquet_frames(p: Path, rows: int, geometry_only: bool = False) -> Iterator[Any]:
    """A GeoParquet (or plain Parquet) file ``rows`` rows at a time, each a (Geo)DataFrame."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - pyarrow is a dependency
        raise InputFileError(f"{p}: reading Parquet needs pyarrow; pip install pyarrow") from None
    from geopandas.io.arrow import _arrow_to_geopandas

    with pq.ParquetFile(p) as pf:
        schema = pf.schema_arrow
        geo = b"geo" in (schema.metadata or {})
        columns = None
        if geometry_only:
            if not geo:
                return
            columns = [json.loads(schema.metadata[b"geo"]).get("primary_column", "geometry")]
            schema = pa.schema([schema.field(c) for c in columns], metadata=schema.metadata)
        for table in _rebatched(pf.iter_batches(batch_size=rows, columns=columns), schema, rows):
            if geo:
                yield _arrow_to_geopandas(table, to_pandas_kwargs=_TO_PANDAS)
            else:
                yield table.to_pandas(**_TO_PANDAS)


def _gpkg_frames(p: Path, rows: int, geometry_only: bool = False) -> Iterator[Any]:
    """A GeoPackage's incidents layer (else its first) ``rows`` features at a time, each a GeoDataFrame."""
    import geopandas as gpd
    import pyogrio
    import shapely

    layers = [str(name) for name, _ in pyogrio.list_layers(p)]
    if not layers:
        raise _refuse(p, "gpkg", "it holds no layer")
    layer = LAYER if LAYER in layers else layers[0]
    with pyogrio.open_arrow(p, layer=layer, batch_size=rows, use_pyarrow=True,
                            columns=[] if geometry_only else None) as (meta, reader):
        geom_col = meta["geometry_name"] or "wkb_geometry"
        for table in _rebatched(reader, reader.schema, rows):
            if geom_col not in table.column_names:  # a table without geometry (an attribute table)
                yield table.to_pandas(**_TO_PANDAS)
                continue
            frame = table.drop_columns([geom_col]).to_pandas(**_TO_PANDAS)
            geoms = shapely.from_wkb(table[geom_col].to_numpy(zero_copy_only=False))
            yield gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, index=frame.index, crs=meta["crs"]))


def _frames(p: Path, fmt: str, rows: int, geometry_only: bool = False) -> Iterator[Any]:
    """The file's table ``rows`` rows at a time; a library's failure at any point becomes one line naming the file."""
    if fmt == "xlsx":
        if not geometry_only:
            yield _read_frame(p, fmt)
        return
    frames = (_parquet_frames if fmt == "parquet" else _gpkg_frames)(p, rows, geometry_only)
    while True:
        with _reading(p, fmt):
            frame = next(frames, None)
        if frame is None:
            return
        yield frame


def _points(frame: Any) -> list[tuple[Any, Any] | str | None]:
    """Per row: ``(lon, lat)`` of its Point, None when it has no geometry, or why it cannot be used."""
    geom_col = getattr(frame, "_geometry_column_name", None)
    if geom_col is None or geom_col not in frame.columns:
        return [None] * len(frame)
    geoms = frame.geometry
    if geoms.crs is not None and not geoms.crs.equals("EPSG:4326"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            geoms = geoms.to_crs("EPSG:4326")
    out: list[tuple[Any, Any] | str | None] = []
    for g in geoms:
        if g is None or g.is_empty:
            out.append(None)
        elif g.geom_type != "Point":
            out.append(f"geometry is a {g.geom_type}, expected a Point")
        else:
            out.append((g.x, g.y))
    return out


def read_table_file(path: str | Path) -> ReadResult:
    """Read incidents from a GeoParquet, GeoPackage or Excel (.xlsx) file.

    Parameters
    ----------
    path : str or Path
        Its suffix says the format (see :data:`READ_FORMATS`).

    Returns
    -------
    ReadResult
        ``format`` is ``parquet``, ``gpkg`` or ``xlsx`` (``acled-xlsx`` and so on
        for ACLED columns); ``skipped`` holds ``(row_number, reason)``.

    Raises
    ------
    InputFileError
        Missing, empty, cut short, not of its suffix's format, or without coordinates.
    """
    chunks = table_file_chunks(path, chunk_rows=_WHOLE_READ_ROWS)
    first = next(chunks)
    result = ReadResult(path=first.path, format=first.format, encoding=first.encoding, layout=first.layout)
    for chunk in chain([first], chunks):
        result.rows += chunk.rows
        result.skipped.extend(chunk.skipped)
        result.incidents.extend(chunk.incidents or ())
    return result


#: Rows taken from the file at a time when it is read whole (the incidents are kept, the frames are not).
_WHOLE_READ_ROWS = 65_536


def table_file_chunks(path: str | Path, *, chunk_rows: int, frames: bool = False) -> Iterator[TableChunk]:
    """Read a GeoParquet, GeoPackage or Excel file ``chunk_rows`` rows at a time.

    GeoParquet is read a record batch at a time (pyarrow), GeoPackage an Arrow batch of
    features at a time (pyogrio), so memory holds one chunk; an Excel sheet is read whole.
    The rows, incidents and skipped rows (with their feature numbers) are those of
    :func:`read_table_file`, whatever ``chunk_rows`` is: it reads through this function.

    Parameters
    ----------
    path : str or Path
    chunk_rows : int
        Rows per chunk (the last may be shorter; a table of no rows is one empty chunk).
    frames : bool
        Give each chunk's rows as the incident table (``chunk.frame``, a GeoDataFrame in
        EPSG:4326) instead of Incidents (``chunk.incidents``).

    Yields
    ------
    TableChunk
        ``skipped`` holds ``(feature_number, reason)`` (1 is the first feature; for Excel,
        2 is the first row under the header).

    Raises
    ------
    InputFileError
        As :func:`read_table_file`, before the first chunk; a file damaged further on,
        when the chunk that reaches the damage is read.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from geomap.model import Incident
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "t.parquet"
    >>> _ = write_table_file([Incident("2020-01-10", 1, "Battles", "Armed clash", longitude=40.9, latitude=34.4),
    ...                       Incident("2020-01-11", 1, "Battles", "Armed clash", longitude=40.9, latitude=95)], p)
    >>> [(c.format, c.rows, c.skipped) for c in table_file_chunks(p, chunk_rows=1)]
    [('parquet', 1, []), ('parquet', 1, [(2, 'latitude 95 is outside [-90, 90]')])]
    """
    p = Path(path)
    fmt = READ_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise InputFileError(f"{p}: not a GIS table; name it {', '.join(sorted(READ_FORMATS))}")
    if chunk_rows < 1:
        raise ValueError(f"chunk_rows must be 1 or more, not {chunk_rows}")
    size = check_file(p, what=f"a {_NAMES[fmt]}")
    _check_magic(p, fmt, size)
    number = 2 if fmt == "xlsx" else 1  # of the next row
    header: list[str] = []
    names: dict[str, str] = {}
    kind = fmt_name = ""
    other: list[str] = []
    layout: TableLayout | None = None
    for k, frame in enumerate(_frames(p, fmt, chunk_rows)):
        points = _points(frame)
        geom_col = getattr(frame, "_geometry_column_name", None)
        if k == 0:
            header = [str(c) for c in frame.columns if c != geom_col]
            kind = _table_kind(header)
            fmt_name = fmt if kind == "geomap" else f"{kind}-{fmt}"
            names = {c: c.strip().lower() for c in header}
            layout = _stored_layout(p, fmt) or TableLayout(kind, tuple(header))
            # the columns of every chunk's table: those of a whole read, whose kept rows all have
            # each column of the header in their extra
            other = other_columns([SimpleNamespace(extra=dict.fromkeys(names.values()))], layout)
            _check_coordinates(p, fmt, header, names, points, chunk_rows)
        chunk = TableChunk(path=str(p), format=fmt_name, encoding="utf-8", layout=layout)
        incidents: list[Incident] = []
        for row, pt in zip(frame[header].itertuples(index=False, name=None), points):
            chunk.rows += 1
            rec = {names[c]: v for c, v in zip(header, row) if names[c]}
            try:
                if isinstance(pt, str):
                    raise RowError(pt)
                if kind != "geomap":
                    inc = _acled_row(rec)
                else:
                    inc = incident_from_record(rec, lon_lat=pt)
            except RowError as e:
                chunk.skipped.append((number + chunk.rows - 1, str(e)))
                continue
            incidents.append(inc)
        number += chunk.rows
        del frame, points
        if frames:
            chunk.frame = incidents_to_geodataframe(incidents, other, layout=layout)
        else:
            chunk.incidents = incidents
        yield chunk


def non_csv_chunks(path: str | Path, *, chunk_rows: int) -> Iterator[TableChunk]:
    """A table that is not CSV in chunks of incident tables (what :func:`~geomap.tables.iter_incident_frames` gives).

    GeoParquet and GeoPackage are read a chunk at a time (:func:`table_file_chunks`), and so is
    a ``.geojson`` file that is one strict UTF-8 FeatureCollection (:mod:`geomap.tables.geojson`).
    An Excel sheet, any other GeoJSON, JSON and JSON lines are read whole by
    :func:`~geomap.tables.read.read_incidents`, then handed on in chunks (the rows seen and
    skipped with the first).
    """
    from geomap.tables.read import read_incidents

    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in READ_FORMATS and READ_FORMATS[suffix] != "xlsx":
        yield from table_file_chunks(p, chunk_rows=chunk_rows, frames=True)
        return
    if suffix == ".geojson":
        from geomap.tables.geojson import geojson_chunks, geojson_plan

        plan = geojson_plan(p)
        if plan is not None:
            yield from geojson_chunks(p, plan, chunk_rows=chunk_rows)
            return
    res = read_incidents(p)
    incs = res.incidents
    other = other_columns(incs, res.layout)
    for start in range(0, max(len(incs), 1), chunk_rows):
        part = incs[start:start + chunk_rows]
        chunk = TableChunk(path=res.path, format=res.format, encoding=res.encoding,
                           frame=incidents_to_geodataframe(part, other, layout=res.layout), layout=res.layout)
        if start == 0:
            chunk.rows, chunk.skipped = res.rows, list(res.skipped)
        yield chunk


def _check_coordinates(p: Path, fmt: str, header: list[str], names: Mapping[str, str],
                       points: list[Any], chunk_rows: int) -> None:
    """Refuse a table with no Point anywhere and neither coordinate nor place-name columns.

    Only then are the geometries looked through, past the first chunk if need be (the
    geometry column alone, a chunk at a time), until one Point is found."""
    given = set(names.values())
    if {"latitude", "longitude"} <= given or PLACE_NAME_COLUMNS & given:
        return
    if any(isinstance(pt, tuple) for pt in points):
        return
    for frame in _frames(p, fmt, chunk_rows, geometry_only=True):
        if any(isinstance(pt, tuple) for pt in _points(frame)):
            return
    shown = ", ".join(header)[:200] or "no columns"
    raise InputFileError(f"{p}: no point geometry and no latitude/longitude columns; expected geomap's "
                         f"columns ({', '.join(TABLE_FIELDS[:4])}, ..., latitude, longitude), place-name "
                         f"columns to geocode ({', '.join(sorted(PLACE_NAME_COLUMNS))}) or an ACLED export; "
                         f"the columns are: {shown}")


def _stored_layout(p: Path, fmt: str) -> TableLayout | None:
    """The layout geomap stored with the table (the source it was converted from), if any."""
    import pyogrio

    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return TableLayout.from_value((pq.read_schema(p).metadata or {}).get(LAYOUT_KEY.encode()))
        if fmt == "gpkg":
            layers = [str(name) for name, _ in pyogrio.list_layers(p)]
            info = pyogrio.read_info(p, layer=LAYER if LAYER in layers else layers[0])
            return TableLayout.from_value((info.get("layer_metadata") or {}).get(LAYOUT_KEY))
    except _library_errors():
        return None
    return None


# --------------------------------------------------------------------------- writing
def _cell(v: Any) -> Any:
    """A list or dict (evidence spans, say) as JSON text: GeoPackage cells hold scalars."""
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False)
    return v


def _table_frame(incidents: Any) -> Any:
    """The frame written: :data:`TABLE_FIELDS` first, extra columns after, in EPSG:4326."""
    frame = _as_frame(incidents).copy()
    geom_col = frame.geometry.name
    fields = list(TABLE_FIELDS) + [c for c in frame.columns if c not in TABLE_FIELDS and c != geom_col]
    frame = frame[[c for c in fields if c in frame.columns] + [geom_col]]
    for c in frame.columns:
        if c != geom_col and frame[c].dtype == object:
            frame[c] = frame[c].map(_cell)
    if frame.crs is None:
        frame = frame.set_crs("EPSG:4326")
    elif not frame.crs.equals("EPSG:4326"):
        frame = frame.to_crs("EPSG:4326")
    return frame


def write_table_file(incidents: Any, path: str | Path, format: str | None = None) -> Path:
    """Write incidents as GeoParquet (``parquet``) or GeoPackage (``gpkg``, layer ``incidents``).

    Parameters
    ----------
    incidents : list of Incident, a read result or a GeoDataFrame
        As for :func:`geomap.tables.write.write_incidents` (extra columns are kept).
    path : str or Path
        Written whole or not at all (a temporary file, then a rename).
    format : str, optional
        ``parquet`` or ``gpkg``; by default the suffix.

    Returns
    -------
    Path

    Raises
    ------
    InputError
        An unknown format, or ``-`` (standard output) for these binary formats.
    InputFileError
        The file cannot be written.
    """
    p = Path(path)
    fmt = (format or READ_FORMATS.get(p.suffix.lower(), p.suffix.lstrip("."))).lower()
    fmt = "parquet" if fmt == "geoparquet" else fmt
    if fmt not in WRITE_FORMATS:
        raise InputError(f"{p}: unknown output format {fmt!r}; choose {' or '.join(WRITE_FORMATS)}")
    if str(path) in ("-", "/dev/stdout"):
        raise InputError(f"{_NAMES[fmt]} is a binary file and cannot go to standard output; give a file name")
    layout = TableLayout.of_frame(incidents) or TableLayout.from_value(getattr(incidents, "layout", None))
    frame = _table_frame(incidents)
    with _binary_output(p, fmt) as tmp:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(_with_layout(_arrow_table(frame), layout), tmp)
        else:
            frame.to_file(tmp, driver="GPKG", engine="pyogrio", layer=LAYER, **_gpkg_layout(layout))
    return p


def _with_layout(table: Any, layout: TableLayout | None) -> Any:
    """An Arrow table with the source table's layout in its schema metadata (key ``geomap_layout``)."""
    if layout is None:
        return table
    meta = dict(table.schema.metadata or {})
    meta[LAYOUT_KEY.encode()] = layout.to_json().encode("utf-8")
    return table.replace_schema_metadata(meta)


def _gpkg_layout(layout: TableLayout | None) -> dict[str, Any]:
    """pyogrio's ``layer_metadata`` holding the source table's layout (GDAL keeps it in the GeoPackage)."""
    return {} if layout is None else {"layer_metadata": {LAYOUT_KEY: layout.to_json()}}


@contextlib.contextmanager
def _binary_output(p: Path, fmt: str) -> Iterator[str]:
    """A temporary path beside ``p`` for a GeoParquet or GeoPackage writer; renamed to ``p`` when the
    block ends without an error, removed otherwise. A library's error becomes one line naming ``p``;
    an :class:`InputFileError` from the data being written (an OSError too) is passed on as it is."""
    target = Path(os.path.realpath(p))
    if target.is_dir():
        raise InputFileError(f"{p}: is a folder; give a file name (e.g. {p}/incidents{WRITE_FORMATS[fmt]})")
    if not target.parent.is_dir():
        raise InputFileError(f"{p}: the folder {p.parent} does not exist (or is a file); create it first")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".geomap-", suffix=WRITE_FORMATS[fmt], dir=target.parent)
        os.close(fd)
        os.unlink(tmp)  # GDAL creates the GeoPackage itself
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield tmp
        os.replace(tmp, target)
        tmp = None
    except InputFileError:
        raise
    except _library_errors() as e:
        raise InputFileError(f"{p}: cannot write {_NAMES[fmt]} ({' '.join(str(e).split())[:200]}); choose a "
                             "folder you can write to, with free space") from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


_FLOAT_FIELDS = ("latitude", "longitude", "confidence")


def _chunk_frame(frame: Any) -> Any:
    """A chunk as :func:`write_table_file` writes it, with float columns typed even when empty
    (so that every chunk has the first chunk's column types)."""
    out = _table_frame(frame)
    for c in _FLOAT_FIELDS:
        if c in out.columns and out[c].dtype == object:
            out[c] = out[c].astype("float64")
    return out


def write_frames_file(frames: Any, path: str | Path, format: str) -> int:
    """Write incident tables given chunk by chunk as one GeoParquet or GeoPackage file.

    What :func:`write_table_file` writes for the chunks together (GeoParquet without the
    optional bounding box of the whole file, which is not known until the end), with one
    chunk in memory at a time; the file appears only when every chunk is written.

    Returns
    -------
    int
        Rows written.

    Raises
    ------
    InputError, InputFileError
        As :func:`write_table_file`.
    """
    p = Path(path)
    fmt = "parquet" if format == "geoparquet" else format
    if fmt not in WRITE_FORMATS:
        raise InputError(f"{p}: unknown output format {fmt!r}; choose {' or '.join(WRITE_FORMATS)}")
    if str(path) in ("-", "/dev/stdout"):
        raise InputError(f"{_NAMES[fmt]} is a binary file and cannot go to standard output; give a file name")
    rows = 0
    writer = None
    with _binary_output(p, fmt) as tmp:
        try:
            for i, chunk in enumerate(frames):
                layout = TableLayout.of_frame(chunk)
                frame = _chunk_frame(chunk)
                if fmt == "gpkg":
                    frame.to_file(tmp, driver="GPKG", engine="pyogrio", layer=LAYER, mode="a" if i else "w",
                                  **({} if i else _gpkg_layout(layout)))
                else:
                    table = _with_layout(_arrow_table(frame), layout)
                    if writer is None:
                        schema = _stream_schema(table.schema)
                        writer = _parquet_writer(tmp, schema)
                    writer.write_table(table.cast(schema))
                rows += len(frame)
        finally:
            if writer is not None:
                writer.close()
        if not Path(tmp).exists():  # no chunk at all: an empty table
            write_table_file([], tmp, fmt)
    return rows


def _arrow_table(frame: Any) -> Any:
    """The Arrow table geopandas' ``to_parquet`` writes for a frame (GeoParquet metadata included)."""
    from geopandas.io.arrow import _geopandas_to_arrow

    return _geopandas_to_arrow(frame, index=False)


def _stream_schema(schema: Any) -> Any:
    """The first chunk's schema for every chunk: columns no value typed yet are text, and the
    GeoParquet metadata has no bounding box (the whole file's is not known until the end)."""
    import pyarrow as pa

    fields = [pa.field(f.name, pa.large_string()) if pa.types.is_null(f.type) else f for f in schema]
    meta = dict(schema.metadata or {})
    if b"geo" in meta:
        geo = json.loads(meta[b"geo"])
        for col in geo.get("columns", {}).values():
            col.pop("bbox", None)
        meta[b"geo"] = json.dumps(geo).encode("utf-8")
    return pa.schema(fields, metadata=meta)


def _parquet_writer(path: str, schema: Any) -> Any:
    import pyarrow.parquet as pq

    return pq.ParquetWriter(path, schema)
