"""Stream a user's GeoNames dump (SY.txt, IQ.zip, allCountries.zip) into the user index.

GeoNames country dumps hold every feature class (villages, mountains, bases,
wadis) in the same 19 tab-separated columns as cities500. They can be tens of
millions of rows, so the file is read line by line and written in batches: the
memory used does not grow with the file. A malformed line is counted, with
its line number, and skipped; it never stops the import. A zip is read without
extracting it; one whose member names would escape a folder, or that expands
beyond reason (a zip bomb), is refused before anything is read.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Iterator

from geomap.gazetteer import _store
from geomap.gazetteer.index import _KEEP_KEY, _Progress, create_schema, user_index_path
from geomap.gazetteer.rank import KIND_ALT, KIND_NAME
from geomap.gazetteer.normalize import loose_key, normalize_name
from geomap.exc import GazetteerDataError, InputFileError
from geomap.settings import gazetteer_source_path

__all__ = ["add_geonames_dump", "AddReport", "MAX_UNCOMPRESSED_BYTES", "MAX_COMPRESSION_RATIO"]

#: A zip member larger than this is refused (allCountries.txt is about 1.6 GB).
MAX_UNCOMPRESSED_BYTES = 8 * 1024**3
#: A zip member compressing better than this is refused (GeoNames text is about 4:1).
MAX_COMPRESSION_RATIO = 50
_BATCH = 20_000
_MAX_ERROR_SAMPLES = 20
_USER_FIX = "delete it and add your dumps again with 'geomap gazetteer add FILE'"


@dataclass
class AddReport:
    """What ``geomap gazetteer add`` did."""

    file: str
    rows_read: int = 0
    places_added: int = 0
    aliases_added: int = 0
    malformed: int = 0
    malformed_samples: list[tuple[int, str]] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {"file": self.file, "rows_read": self.rows_read, "places_added": self.places_added,
                "aliases_added": self.aliases_added, "malformed": self.malformed,
                "malformed_samples": self.malformed_samples, "seconds": round(self.seconds, 2)}


def _check_zip(path: Path, zf: zipfile.ZipFile) -> zipfile.ZipInfo:
    members = [m for m in zf.infolist() if not m.is_dir()]
    for m in members:
        p = PurePosixPath(m.filename.replace("\\", "/"))
        if p.is_absolute() or ".." in p.parts or (p.parts and p.parts[0].endswith(":")):
            raise InputFileError(f"{path}: refused: zip member {m.filename!r} would escape its folder; "
                                 "use the dump as published by GeoNames")
        if m.file_size > MAX_UNCOMPRESSED_BYTES or (
                m.compress_size and m.file_size / m.compress_size > MAX_COMPRESSION_RATIO and m.file_size > 10 * 1024**2):
            raise InputFileError(f"{path}: refused: zip member {m.filename!r} expands to {m.file_size:,} bytes "
                                 f"from {m.compress_size:,} (beyond what a GeoNames dump does)")
    txt = [m for m in members if m.filename.endswith(".txt") and not PurePosixPath(m.filename).name.lower().startswith("readme")]
    if len(txt) != 1:
        raise InputFileError(f"{path}: expected one GeoNames .txt dump inside the zip, found {len(txt)} "
                             f"({', '.join(m.filename for m in txt) or 'none'})")
    return txt[0]


def _open_lines(path: Path) -> tuple[IO[str], int, zipfile.ZipFile | None]:
    """Open a dump for reading text lines; return (stream, size in bytes, zip handle)."""
    if not path.exists():
        raise InputFileError(f"{path}: no such file; give the path of a GeoNames dump such as SY.txt or SY.zip")
    if path.stat().st_size == 0:
        raise InputFileError(f"{path}: the file is empty; download the dump again from GeoNames")
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith(b"PK"):
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as e:
            raise InputFileError(f"{path}: not a readable zip ({e}); download it again") from e
        member = _check_zip(path, zf)
        raw = zf.open(member)
        return io.TextIOWrapper(raw, encoding="utf-8", errors="strict", newline="\n"), member.file_size, zf
    return path.open(encoding="utf-8", errors="strict", newline="\n"), path.stat().st_size, None


def _admin1_names() -> dict[str, str]:
    out = {}
    with gazetteer_source_path("admin1.tsv").open(encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2:
                    out[parts[0]] = parts[1]
    return out


def _rows(stream: IO[str], report: AddReport) -> Iterator[tuple[int, list[str]]]:
    lineno = 0
    while True:
        try:
            line = stream.readline()
        except UnicodeDecodeError as e:
            raise InputFileError(f"{report.file}: line {lineno + 1} is not UTF-8 ({e.reason}); GeoNames dumps are "
                                 "UTF-8: download the dump again") from e
        if not line:
            return
        lineno += 1
        yield lineno, line.rstrip("\r\n").split("\t")


def _parse(parts: list[str]) -> tuple | str:
    """One dump row as a places tuple, or the reason it is malformed."""
    if len(parts) != 19:
        return f"{len(parts)} columns, expected 19"
    try:
        gid = int(parts[0])
        lat, lon = float(parts[4]), float(parts[5])
        pop = int(parts[14] or 0)
    except ValueError:
        return "geonameid, latitude, longitude or population is not a number"
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return f"coordinates out of range ({lat}, {lon})"
    if not parts[1]:
        return "no name"
    return gid, parts[1], parts[2], parts[3], lat, lon, parts[6], parts[7], parts[8], parts[10], pop


def _fill(con: sqlite3.Connection, stream: IO[str], size: int, path: Path, admin1: dict[str, str],
          report: AddReport, progress: bool, t0: float) -> None:
    """Write a dump's rows into the (temporary copy of the) user index."""
    create_schema(con)
    con.execute("CREATE INDEX IF NOT EXISTS places_lat ON places(lat)")
    con.execute("CREATE INDEX IF NOT EXISTS places_cc ON places(cc)")
    if "loose" not in {r[1] for r in con.execute("PRAGMA table_info(aliases)")}:  # made by an earlier geomap
        con.execute("ALTER TABLE aliases ADD COLUMN loose TEXT NOT NULL DEFAULT ''")
    con.execute("CREATE INDEX IF NOT EXISTS aliases_loose ON aliases(loose) WHERE loose != ''")
    bar = _Progress(f"adding {path.name}", max(size, 1), progress)
    places: list[tuple] = []
    aliases: dict[tuple[str, int], tuple[str, int]] = {}
    source = f"user:{path.name}"

    def flush() -> None:
        # columns named: a user index made by an earlier geomap has no seat_id column
        con.executemany("INSERT OR REPLACE INTO places (id, geonameid, name, cc, admin1, fcode, pop, lon, "
                        "lat, source, rank_pop) VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
        con.executemany("INSERT OR REPLACE INTO aliases (key, id, alias, kind, loose) VALUES (?,?,?,?,?)",
                        ((k, pid, a, kind, loose_key(a)) for (k, pid), (a, kind) in aliases.items()))
        report.places_added += len(places)
        report.aliases_added += len(aliases)
        places.clear()
        aliases.clear()

    done_bytes = 0
    for lineno, parts in _rows(stream, report):
        report.rows_read += 1
        done_bytes += sum(len(p) for p in parts) + len(parts)
        rec = _parse(parts)
        if isinstance(rec, str):
            report.malformed += 1
            if len(report.malformed_samples) < _MAX_ERROR_SAMPLES:
                report.malformed_samples.append((lineno, rec))
            continue
        gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc, a1, pop = rec
        fcode = fcode or fclass or "?"
        places.append((gid, gid, name, cc, admin1.get(f"{cc}.{a1}", ""), fcode, pop, lon, lat, source, pop))
        for alias, kind in [(name, KIND_NAME), (ascii_name, KIND_NAME)] + [(a, KIND_ALT) for a in alts.split(",")]:
            if not alias or len(alias) > 120:
                continue
            key = normalize_name(alias)
            if key and _KEEP_KEY.match(key):
                old = aliases.get((key, gid))
                if old is None or kind < old[1]:
                    aliases[(key, gid)] = (alias, kind)
        if len(places) >= _BATCH:
            flush()
            bar.update(done_bytes)
    flush()
    bar.close()
    report.seconds = time.monotonic() - t0
    con.execute("INSERT OR REPLACE INTO meta VALUES (?,?)", (f"dump:{path.name}", json.dumps(report.to_dict())))
    con.commit()


def add_geonames_dump(path: str | Path, *, user_path: str | Path | None = None,
                      progress: bool = True) -> AddReport:
    """Add a GeoNames dump (text or zip) to the user's gazetteer.

    Re-adding a dump replaces its earlier rows (records are keyed by GeoNames id).

    Parameters
    ----------
    path : path-like
        ``SY.txt``, ``SY.zip``, ``allCountries.zip`` ... (GeoNames' 19-column format, UTF-8).
    user_path : path-like, optional
        The user index to write; default :func:`geomap.gazetteer.index.user_index_path`.
    progress : bool
        Draw a progress bar (by bytes read) on stderr.

    Raises
    ------
    InputFileError
        Missing, empty, non-UTF-8 or unsafe file.
    """
    path = Path(path)
    target = Path(user_path) if user_path else user_index_path()
    report = AddReport(file=str(path))
    t0 = time.monotonic()
    _store.check_not_folder(target, "your gazetteer index")
    stream, size, zf = _open_lines(path)
    admin1 = _admin1_names()
    try:
        with _store.locked(target, "adding a dump to the gazetteer"):
            _store.recover_journal(target, _USER_FIX, have_lock=True)
            if target.exists() and target.stat().st_size > 0:
                _store.check_sqlite_file(target, _USER_FIX)
            tmp = _store.tmp_path_for(target)
            con = None
            try:
                if target.exists():
                    shutil.copyfile(target, tmp)
                con = sqlite3.connect(tmp)
                con.execute("PRAGMA journal_mode=OFF")  # a failure discards the copy: no journal needed
                con.execute("PRAGMA synchronous=OFF")
                _fill(con, stream, size, path, admin1, report, progress, t0)
                con.commit()
                con.close()
                con = None
                os.replace(tmp, target)
            except BaseException as e:
                if con is not None:
                    con.close()
                tmp.unlink(missing_ok=True)
                if isinstance(e, (sqlite3.Error, OSError)) and not isinstance(e, (InputFileError, GazetteerDataError)):
                    raise _store.write_failure(e, target, previous=target.exists(),
                                               fix=f"run 'geomap gazetteer add {path}' again") from None
                raise
    finally:
        stream.close()
        if zf is not None:
            zf.close()
    return report
