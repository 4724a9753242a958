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
import sqlite3
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Callable, Iterable, Iterator

from geomap.gazetteer import _store
from geomap.gazetteer.index import _KEEP_KEY, _Progress, create_schema, user_index_path
from geomap.gazetteer.rank import KIND_ALT, KIND_NAME
from geomap.gazetteer.normalize import loose_key, normalize_name
from geomap.exc import InputFileError
from geomap.settings import gazetteer_source_path

__all__ = ["add_geonames_dump", "add_places", "AddReport", "UserPlace", "MAX_UNCOMPRESSED_BYTES",
           "MAX_COMPRESSION_RATIO"]

#: A zip member larger than this is refused (allCountries.txt is about 1.6 GB).
MAX_UNCOMPRESSED_BYTES = 8 * 1024**3
#: A zip member compressing better than this is refused (GeoNames text is about 4:1).
MAX_COMPRESSION_RATIO = 50
_BATCH = 20_000
_MAX_ERROR_SAMPLES = 20
_USER_FIX = "delete it and add your dumps again with 'geomap gazetteer add FILE'"
#: Ids of places added by :func:`add_places` count down from here (GeoNames ids are positive, the
#: default index's own records from elsewhere are above -2,000,000).
_USER_PLACE_IDS = -4_000_000_000


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
    _prepare_user_schema(con)
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


def _prepare_user_schema(con: sqlite3.Connection) -> None:
    """The user index's tables and indexes (an index made by an earlier geomap gains what it lacks)."""
    create_schema(con)
    con.execute("CREATE INDEX IF NOT EXISTS places_lat ON places(lat)")
    con.execute("CREATE INDEX IF NOT EXISTS places_cc ON places(cc)")
    if "loose" not in {r[1] for r in con.execute("PRAGMA table_info(aliases)")}:  # made by an earlier geomap
        con.execute("ALTER TABLE aliases ADD COLUMN loose TEXT NOT NULL DEFAULT ''")
    con.execute("CREATE INDEX IF NOT EXISTS aliases_loose ON aliases(loose) WHERE loose != ''")


def _write_user_index(target: Path, fill: Callable[[sqlite3.Connection], None], what: str, again: str) -> None:
    """Run ``fill`` on a copy of the user index under its lock, then rename the copy over it.

    A failure (or a kill) leaves the previous user index as it was.
    """
    with _store.locked(target, what):
        _store.recover_journal(target, _USER_FIX, have_lock=True)
        if target.exists() and target.stat().st_size > 0:
            _store.check_sqlite_file(target, _USER_FIX)
        with _store.sqlite_replacement(target, previous=target.exists(), fix=again, copy=True) as con:
            fill(con)


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
        _write_user_index(target, lambda con: _fill(con, stream, size, path, admin1, report, progress, t0),
                          "adding a dump to the gazetteer", f"run 'geomap gazetteer add {path}' again")
    finally:
        stream.close()
        if zf is not None:
            zf.close()
    return report


# --------------------------------------------------------------------------- places from elsewhere
@dataclass(frozen=True)
class UserPlace:
    """A place to add that is not a GeoNames record (a village an incident table names).

    Attributes
    ----------
    name : str
    country_code : str
        ISO alpha-2 ('' when unknown).
    admin1 : str
        First-level division ('' when unknown).
    longitude, latitude : float
        WGS 84 degrees.
    feature_code : str
        GeoNames feature code (``PPL``: a populated place).
    """

    name: str
    country_code: str
    admin1: str
    longitude: float
    latitude: float
    feature_code: str = "PPL"


def _user_place_problem(p: UserPlace) -> str:
    if not isinstance(p.name, str) or not p.name.strip() or len(p.name) > 120:
        return "no usable name (empty, or over 120 characters)"
    if not _KEEP_KEY.match(normalize_name(p.name) or "-"):
        return f"name {p.name!r} is not in Latin or Arabic script"
    try:
        lon, lat = float(p.longitude), float(p.latitude)
    except (TypeError, ValueError):
        return "coordinates are not numbers"
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return f"coordinates out of range ({lat}, {lon})"
    return ""


def add_places(places: Iterable[UserPlace], *, source: str, user_path: str | Path | None = None) -> AddReport:
    """Add places that are not GeoNames records to the user's gazetteer, as one source.

    Written the way :func:`add_geonames_dump` writes a dump: into a copy of the user
    index under its lock, renamed over it when complete. Each place keeps
    ``source`` (``user:<source>``, e.g. the file it came from); adding the same
    source again replaces its earlier places. Ids are negative (no GeoNames id).

    Parameters
    ----------
    places : iterable of UserPlace
    source : str
        Where the places come from (a file name); shown by ``geomap gazetteer info``.
    user_path : path-like, optional
        The user index to write; default :func:`geomap.gazetteer.index.user_index_path`.

    Returns
    -------
    AddReport
        ``malformed`` counts the places refused (no name, bad coordinates), with reasons.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> db = pathlib.Path(tempfile.mkdtemp()) / "user.sqlite"
    >>> add_places([UserPlace("Kafr Tamrat", "SY", "Idlib", 36.6, 35.9)], source="mine.csv", user_path=db).places_added
    1
    """
    target = Path(user_path) if user_path else user_index_path()
    report = AddReport(file=source)
    t0 = time.monotonic()
    _store.check_not_folder(target, "your gazetteer index")
    items = list(places)
    tag = f"user:{source}"

    def fill(con: sqlite3.Connection) -> None:
        _prepare_user_schema(con)
        old = [r[0] for r in con.execute("SELECT id FROM places WHERE source = ? AND id <= ?", (tag, _USER_PLACE_IDS))]
        con.executemany("DELETE FROM aliases WHERE id = ?", ((i,) for i in old))
        con.executemany("DELETE FROM places WHERE id = ?", ((i,) for i in old))
        low = con.execute("SELECT min(id) FROM places WHERE id <= ?", (_USER_PLACE_IDS,)).fetchone()[0]
        pid = min(low, _USER_PLACE_IDS) if low is not None else _USER_PLACE_IDS
        rows, aliases = [], []
        for n, p in enumerate(items, start=1):
            report.rows_read += 1
            problem = _user_place_problem(p)
            if problem:
                report.malformed += 1
                if len(report.malformed_samples) < _MAX_ERROR_SAMPLES:
                    report.malformed_samples.append((n, problem))
                continue
            pid -= 1
            name = " ".join(p.name.split())
            rows.append((pid, None, name, p.country_code or "", p.admin1 or "", p.feature_code or "PPL", 0,
                         float(p.longitude), float(p.latitude), tag, 0))
            aliases.append((normalize_name(name), pid, name, KIND_NAME, loose_key(name)))
        con.executemany("INSERT INTO places (id, geonameid, name, cc, admin1, fcode, pop, lon, lat, source, "
                        "rank_pop) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        con.executemany("INSERT OR REPLACE INTO aliases (key, id, alias, kind, loose) VALUES (?,?,?,?,?)", aliases)
        report.places_added, report.aliases_added = len(rows), len(aliases)
        report.seconds = time.monotonic() - t0
        con.execute("INSERT OR REPLACE INTO meta VALUES (?,?)", (f"dump:{source}", json.dumps(report.to_dict())))

    _write_user_index(target, fill, "adding places to the gazetteer", "add them again")
    return report
