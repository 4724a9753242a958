"""The offline gazetteer: place names to ranked, evidenced coordinates.

Lookups go to an SQLite index built on first use from GeoNames and the other
sources (see :mod:`geomap.gazetteer.index`). A query is normalised with the same
function that built the index (:func:`geomap.gazetteer.normalize.normalize_name`), its
exact-key candidates are ranked by feature type, population, country hints and
context points, and a fuzzy fallback (marked ``fuzzy=True``) offers the
nearest spellings when nothing matches exactly. Nothing here imports the
geospatial stack, so the CLI answers a name in a fraction of a second.

Examples
--------
>>> from geomap.gazetteer import resolve
>>> resolve("Al Bukamal")[0].name  # doctest: +SKIP
'Ālbū Kamāl'
"""
from __future__ import annotations

from dataclasses import replace as _dc_replace
import gc
import math
import re
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from geomap.gazetteer import _store
from geomap.gazetteer.index import ensure_index, user_index_path
from geomap.gazetteer.rank import W_CONTEXT, W_HINT, W_PLAIN, base_score
from geomap.gazetteer.normalize import GENERIC_ADMIN_WORDS, loose_key, normalize_name, parse_coordinates, strip_generic
from geomap.exc import GazetteerDataError, InputError
from geomap._geo import haversine_km
from geomap.model import Place

__all__ = ["Gazetteer", "default_gazetteer", "reset_default_gazetteer", "resolve", "reverse"]

_MAX_NAME_LENGTH = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
_DIGIT = re.compile(r"\d")
# Words that qualify a name without being part of it ("the Al Bukamal area").
_QUALIFIERS = frozenset({"area", "city", "town", "village", "countryside", "outskirts", "suburbs",
                         "environs", "vicinity", "camp", "neighbourhood", "neighborhood"})
_FACILITY = re.compile(r"airport|air ?base|air ?field|\bbase\b", re.IGNORECASE)
_GENERIC = re.compile(r"\b(?:" + "|".join(sorted(GENERIC_ADMIN_WORDS)) + r")\b", re.IGNORECASE)
# Query keys are asked for again and again (news repeats its places): normalise each once.
_query_key = lru_cache(maxsize=262_144)(normalize_name)

_FUZZY_PENALTY = 0.7
_FUZZY_MIN_RATIO = 80.0
#: Score factor of a candidate found only through the loose key (a transliteration within an area).
_LOOSE_PENALTY = 0.8
#: The plain keys of a loose match must still be this alike (rapidfuzz ratio, 0-100).
_LOOSE_MIN_RATIO = 55.0

# row: 0 id, 1 geonameid, 2 name, 3 cc, 4 admin1, 5 fcode, 6 pop, 7 lon, 8 lat, 9 source, 10 alias,
#      11 kind, 12 rank_pop, 13 key
_SELECT = ("SELECT p.id, p.geonameid, p.name, p.cc, p.admin1, p.fcode, p.pop, p.lon, p.lat, p.source, a.alias, a.kind, "
           "p.rank_pop, a.key "
           "FROM {db}aliases a JOIN {db}places p ON p.id = a.id WHERE a.key = ?")


def _country_hints(country: str | Iterable[str] | None) -> tuple[str, ...]:
    if country is None:
        return ()
    if isinstance(country, str):
        items = [country]
    elif isinstance(country, (list, tuple, set, frozenset)):
        items = list(country)
    else:
        raise InputError(f"country hint {country!r} is not an ISO 3166-1 alpha-2 code or a list of them; "
                         "give one like 'LB' or ['SY', 'IQ']")
    out = []
    for c in items:
        if not isinstance(c, str) or not _COUNTRY_CODE.match(c.strip().upper()):
            raise InputError(f"country hint {c!r} is not an ISO 3166-1 alpha-2 code; give one like 'LB' or 'SY'")
        out.append(c.strip().upper())
    return tuple(out)


def _context_points(context: Sequence | None) -> tuple[tuple[float, float], ...]:
    if not context:
        return ()
    pts = []
    for pt in context:
        if isinstance(pt, Place):
            pts.append((pt.longitude, pt.latitude))
            continue
        try:
            lon, lat = float(pt[0]), float(pt[1])
        except (TypeError, ValueError, IndexError) as e:
            raise InputError(f"context point {pt!r} is not a (longitude, latitude) pair") from e
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise InputError(f"context point {pt!r} is out of range: expected (longitude, latitude) in degrees")
        pts.append((lon, lat))
    return tuple(pts)


def clean_query(name: object) -> str:
    """Validate and clean a query; raise :class:`InputError` for a non-string.

    Control and zero-width characters become spaces; runs of whitespace collapse.
    """
    if not isinstance(name, str):
        raise InputError(f"a place name must be a str, not {type(name).__name__} ({name!r:.40})")
    if name.isprintable():
        return " ".join(name.split())
    return " ".join(_CONTROL.sub(" ", name).split())


_MAIN_FIX = "delete it and run 'geomap gazetteer build'"
_USER_FIX = "delete it and add your dumps again with 'geomap gazetteer add FILE'"


def _open_index(path: Path) -> sqlite3.Connection:
    """Open the default index read-only (it is only ever replaced whole, never written in place)."""
    _store.check_sqlite_file(path, _MAIN_FIX)
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        con.execute("PRAGMA query_only=1")
        con.execute("PRAGMA mmap_size=268435456")  # random reads without a syscall each
        con.execute("SELECT 1 FROM aliases LIMIT 1").fetchall()
        con.execute("SELECT 1 FROM places LIMIT 1").fetchall()
    except sqlite3.Error as e:
        raise GazetteerDataError(f"gazetteer index {path} cannot be read ({e}); {_MAIN_FIX}") from None
    return con


def _attach_user(con: sqlite3.Connection, path: Path) -> bool:
    """Attach the user's index read-only when there is one; say in one line what is wrong with it."""
    _store.tidy(path)  # a killed 'gazetteer add' leaves its temporary copy
    if not path.exists():
        return False
    _store.recover_journal(path, _USER_FIX)  # only an earlier geomap, killed mid-write, leaves one
    _store.check_sqlite_file(path, _USER_FIX)
    try:
        con.execute("ATTACH DATABASE ? AS u", (f"file:{path}?mode=ro", ))
        tables = {r[0] for r in con.execute("SELECT name FROM u.sqlite_master WHERE type='table'")}
        if not {"places", "aliases", "meta"} <= tables:
            raise GazetteerDataError(f"your gazetteer index {path} has no places table (not made by geomap, "
                                     f"or damaged); {_USER_FIX}")
        con.execute("SELECT 1 FROM u.aliases LIMIT 1").fetchall()
        con.execute("SELECT 1 FROM u.places LIMIT 1").fetchall()
    except sqlite3.Error as e:
        raise GazetteerDataError(f"your gazetteer index {path} cannot be read ({e}); {_USER_FIX}") from None
    return True


class Gazetteer:
    """An open gazetteer index (the default one, plus the user's own dumps).

    Parameters
    ----------
    path : path-like, optional
        Index file; default: built on first use under :func:`geomap.settings.home_dir`.
    user_path : path-like, optional
        The user's index of added GeoNames dumps; default ``<home>/index/user.sqlite``
        (used when it exists).
    progress : bool
        Show a progress bar if the index has to be built.
    """

    def __init__(self, path: str | Path | None = None, *, user_path: str | Path | None = None,
                 progress: bool = True):
        self.path = Path(path) if path else ensure_index(progress=progress)
        if not self.path.exists():
            raise GazetteerDataError(f"gazetteer index {self.path} does not exist; build it with 'geomap gazetteer build'")
        self.user_path = Path(user_path) if user_path else user_index_path()
        self._con = _open_index(self.path)
        self._has_user = _attach_user(self._con, self.user_path)
        self._sql_main = _SELECT.format(db="")
        self._sql_user = _SELECT.format(db="u.")
        self._sql_loose = [self._sql_main]
        if self._has_user and "loose" in {r[1] for r in self._con.execute("PRAGMA u.table_info(aliases)")}:
            self._sql_loose.append(self._sql_user)
        # Bounded caches: answers for repeated queries, and index rows per key.
        self._cached = lru_cache(maxsize=32768)(self._resolve_uncached)
        self._rows_cache: dict[str, tuple[tuple, ...]] = {}
        self._seats: dict[int, Place | None] = {}
        self._loose_cache: dict[tuple, list[Place]] = {}

    def close(self) -> None:
        """Close the index."""
        self._con.close()

    # ----------------------------------------------------------- raw lookups
    def _fetch(self, keys: Sequence[str]) -> None:
        """Read the rows of many keys at once (one statement per 500 keys) into the cache."""
        keys = sorted(set(keys))  # sorted keys read neighbouring index pages: about twice as fast
        grouped: dict[str, dict[int, tuple]] = {}
        sqls = [self._sql_main] + ([self._sql_user] if self._has_user else [])
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for sql in sqls:
                for row in self._con.execute(sql.replace("a.key = ?", f"a.key IN ({marks})"), chunk):
                    best = grouped.get(row[13])
                    if best is None:
                        grouped[row[13]] = {row[0]: row}
                        continue
                    old = best.get(row[0])
                    # one record per place; a user dump's copy (richer feature codes) wins over the default's
                    if old is None or row[9].startswith("user:") or (row[11] < old[11] and not old[9].startswith("user:")):
                        best[row[0]] = row
        if len(self._rows_cache) > 50_000:  # about 20 MB: start again rather than grow
            self._rows_cache.clear()
        cache = self._rows_cache
        for k in keys:
            best = grouped.get(k)
            # each row gains its query-independent score (feature, population, kind of match) at 14
            cache[k] = tuple(row + (base_score(row[5], row[12], row[11]),) for row in best.values()) if best else ()

    def _rows(self, key: str) -> tuple[tuple, ...]:
        rows = self._rows_cache.get(key)
        if rows is None:
            self._fetch([key])
            rows = self._rows_cache[key]
        return rows

    @staticmethod
    def _place(row: tuple, score: float = 0.0, fuzzy: bool = False) -> Place:
        return Place(row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[10], score, row[9], fuzzy)

    def candidates(self, key: str) -> list[Place]:
        """Every record one of whose aliases normalises to ``key`` (unranked, score 0).

        Fast and cached: meant for recognisers that test many n-grams of a text.
        """
        return [self._place(r) for r in self._rows(key)]

    def has_name(self, name: str) -> bool:
        """Whether some alias of some place normalises like ``name``."""
        key = normalize_name(name)
        return bool(key) and bool(self._rows(key))

    # ----------------------------------------------------------- resolve
    def resolve(self, name: str, *, country: str | Iterable[str] | None = None,
                context: Sequence | None = None, limit: int = 5, fuzzy: bool = True) -> list[Place]:
        """Resolve a place name to ranked candidates, best first.

        Parameters
        ----------
        name : str
            A place name as a report writes it (any transliteration, Arabic
            script, "Deir ez-Zor province", "Baghdad airport"), or a coordinate
            string ("34.45, 40.92", "34°27'N 40°55'E").
        country : str or list of str, optional
            ISO 3166-1 alpha-2 hints (countries the document is about).
        context : sequence of (longitude, latitude) or Place, optional
            Places already resolved in the same document; candidates near them rank higher.
        limit : int
            Maximum number of candidates.
        fuzzy : bool
            When no alias matches exactly, offer the nearest spellings (marked ``fuzzy``).

        Returns
        -------
        list of Place
            Best first; ``[]`` when nothing resolves (never a made-up point).

        Raises
        ------
        InputError
            ``name`` is not a string, or a hint is not a country code.
        """
        query = clean_query(name)
        hints = _country_hints(country)
        ctx = _context_points(context)
        if not isinstance(limit, int) or limit < 1:
            raise InputError(f"limit must be a positive int, got {limit!r}")
        if not query or len(query) > _MAX_NAME_LENGTH:
            return []
        def look(fz: bool) -> list[Place]:
            return list(self._resolve_uncached(query, hints, ctx, limit, fz) if ctx
                        else self._cached(query, hints, (), limit, fz))

        if not hints:
            return look(fuzzy)
        out = look(False)
        if not any(p.country_code in hints for p in out) and not _DIGIT.search(query):
            # not known as written in the countries asked for: another transliteration there
            # ("Ein Issa" = "Ayn Isa"), then a misspelling there, before a namesake elsewhere
            loose = self.loose_candidates(query, hints, limit=limit)
            if loose:
                return [_dc_replace(p, fuzzy=True) for p in loose]
            if not out and fuzzy:
                out = look(True)
        return out

    def _resolve_uncached(self, query: str, hints: tuple[str, ...], ctx: tuple, limit: int,
                          fuzzy: bool) -> tuple[Place, ...] | list[Place]:
        if _DIGIT.search(query):
            coords = parse_coordinates(query)
            if coords is not None:
                return [self._coordinate_place(query, *coords)]
        key = _query_key(query)
        if not key or key.isdigit():
            return []
        stripped, admin_query = strip_generic(query) if _GENERIC.search(query) else (query, False)
        facility_query = _FACILITY.search(query) is not None
        found = list(self._rows(key))
        if admin_query:
            found += self._rows(normalize_name(stripped))
        if not found:
            words = stripped.split()
            kept = [w for w in words if w.casefold() not in _QUALIFIERS and w.casefold() != "the"]
            if kept and len(kept) < len(words):
                found = list(self._rows(normalize_name(" ".join(kept))))
        is_fuzzy = False
        if not found and fuzzy:
            found = self._fuzzy(key, hints)
            is_fuzzy = bool(found)
        if len(found) == 1:  # the common case: one place has this name
            row = found[0]
            return (self._place(row, self._score(row, hints, ctx, admin_query, facility_query, is_fuzzy), is_fuzzy),)
        best: dict[int, tuple[float, tuple]] = {}
        for row in found:
            s = self._score(row, hints, ctx, admin_query, facility_query, is_fuzzy)
            old = best.get(row[0])
            if old is None or s > old[0]:
                best[row[0]] = (s, row)
        ranked = sorted(best.values(), key=lambda sr: (-sr[0], -sr[1][6], sr[1][2]))[:limit]
        return tuple(self._place(row, score, is_fuzzy) for score, row in ranked)

    def resolve_many(self, names: Iterable[str], *, country: str | Iterable[str] | None = None,
                     limit: int = 5, fuzzy: bool = True) -> list[list[Place]]:
        """Resolve many names at once (the same answers as :meth:`resolve`, faster).

        The index is read in batches, so a long list costs a few statements
        rather than one per name. Answers come back in input order.
        """
        hints = _country_hints(country)
        if not isinstance(limit, int) or limit < 1:
            raise InputError(f"limit must be a positive int, got {limit!r}")
        # Tens of thousands of small tuples make the cyclic garbage collector rescan the heap
        # again and again; nothing here creates a cycle, so it may rest for the batch.
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._resolve_many(names, hints, limit, fuzzy)
        finally:
            if gc_was_enabled:
                gc.enable()

    def _resolve_many(self, names: Iterable[str], hints: tuple[str, ...], limit: int,
                      fuzzy: bool) -> list[list[Place]]:
        queries = [clean_query(n) for n in names]
        keys = set()
        for q in queries:
            if q and len(q) <= _MAX_NAME_LENGTH:
                keys.add(_query_key(q))
                if _GENERIC.search(q):
                    keys.add(normalize_name(strip_generic(q)[0]))
        missing = [k for k in keys if k and k not in self._rows_cache]
        if missing:
            self._fetch(missing)
        resolve = self._cached
        return [list(resolve(q, hints, (), limit, fuzzy)) if q and len(q) <= _MAX_NAME_LENGTH else []
                for q in queries]

    @staticmethod
    def _score(row: tuple, hints: tuple[str, ...], ctx: tuple, admin_query: bool,
               facility_query: bool, is_fuzzy: bool) -> float:
        """Score in [0, 1] of one index row: the share of the best score this query could reach."""
        fcode = row[5]
        factor = _FUZZY_PENALTY if is_fuzzy else 1.0
        if admin_query and not (fcode.startswith("ADM") or fcode.startswith("PCL")):
            factor *= 0.6  # "Deir ez-Zor province" is the division, not the city
        if facility_query and fcode not in ("AIRP", "AIRB", "MILB", "AIRF"):
            factor *= 0.6  # "Baghdad airport" is the airport
        raw = row[14]
        best = W_PLAIN
        if hints:
            best += W_HINT
            if row[3] in hints:
                raw += W_HINT
        if ctx:
            best += W_CONTEXT
            d = min(haversine_km(row[7], row[8], lon, lat) for lon, lat in ctx)
            raw += W_CONTEXT * math.exp(-d / 300.0)
        return round(raw / best * factor, 6)

    def _fuzzy(self, key: str, hints: tuple[str, ...] = (), max_keys: int = 8) -> list[tuple]:
        """Rows of the spellings nearest ``key`` (same first two letters); only in ``hints`` when given."""
        if len(key) < 4:
            return []
        from rapidfuzz import fuzz, process

        lo = key[:2]
        hi = lo[:-1] + chr(ord(lo[-1]) + 1)
        args: tuple = (lo, hi, len(key) - 2, len(key) + 2)
        where = "a.key >= ? AND a.key < ? AND length(a.key) BETWEEN ? AND ?"
        if hints:  # a misspelling is looked for in the countries asked for, never worldwide
            where += f" AND p.cc IN ({','.join('?' * len(hints))})"
            args += hints
        keys: list[str] = []
        for db in ("",) + (("u.",) if self._has_user else ()):
            keys += [k for (k,) in self._con.execute(
                f"SELECT DISTINCT a.key FROM {db}aliases a JOIN {db}places p ON p.id = a.id WHERE {where}", args)]
        hits = process.extract(key, keys, scorer=fuzz.ratio, limit=max_keys, score_cutoff=_FUZZY_MIN_RATIO)
        out: list[tuple] = []
        for k, _ratio, _ in hits:
            out += [r for r in self._rows(k) if not hints or r[3] in hints]
        return out

    def loose_candidates(self, name: str, countries: Iterable[str], *, limit: int = 8) -> list[Place]:
        """Places in ``countries`` whose name is another transliteration of ``name``.

        Compares :func:`~geomap.gazetteer.normalize.loose_key` of the name with the loose
        keys of every alias of the places of those countries only ("Ayn Issa" for "Ein
        Issa", "Tall Tamr" for "Tal Tamer"). Many places share a loose key worldwide,
        so there is no worldwide form of this lookup. Scores carry a penalty
        (:data:`_LOOSE_PENALTY`); exact matches are left out (use :meth:`resolve`).

        Examples
        --------
        >>> [p.name for p in default_gazetteer().loose_candidates("Tell Abiad", ["SY"])][:1]  # doctest: +SKIP
        ['Tall Abyaḑ']
        """
        query = clean_query(name)
        hints = _country_hints(list(countries))
        if not hints:
            return []
        memo = (query, hints, limit)
        if memo not in self._loose_cache:
            if len(self._loose_cache) > 4096:
                self._loose_cache.clear()
            self._loose_cache[memo] = self._loose(query, hints, limit)
        return list(self._loose_cache[memo])

    def _loose(self, query: str, hints: tuple[str, ...], limit: int) -> list[Place]:
        key = loose_key(query)
        if not key:
            return []
        exact = _query_key(query)
        from rapidfuzz import fuzz

        best: dict[int, tuple[float, tuple]] = {}
        marks = ",".join("?" * len(hints))
        for sql in self._sql_loose:
            for row in self._con.execute(sql.replace("a.key = ?", f"a.loose = ? AND a.loose != '' AND p.cc IN ({marks})"),
                                         (key, *hints)):
                if row[13] == exact or fuzz.ratio(exact, row[13]) < _LOOSE_MIN_RATIO:
                    continue  # the same consonants, but not the same name ("Kobani" is not "Worthington")
                row = row + (base_score(row[5], row[12], row[11]),)
                sc = self._score(row, hints, (), False, False, False) * _LOOSE_PENALTY
                if row[0] not in best or sc > best[row[0]][0]:
                    best[row[0]] = (sc, row)
        ranked = sorted(best.values(), key=lambda sr: (-sr[0], -sr[1][6], sr[1][2]))[:limit]
        return [self._place(row, round(score, 6)) for score, row in ranked]

    def seat(self, place: Place) -> Place | None:
        """The seat of a division (its provincial or district capital), or None.

        ACLED codes an event known only by its province at the province's capital
        (with ``geo_precision`` 3); this is that place.
        """
        if place.geonameid is None or not place.feature_code.startswith("ADM"):
            return None
        if place.geonameid in self._seats:
            return self._seats[place.geonameid]
        row = self._con.execute("SELECT seat_id FROM places WHERE id = ?", (place.geonameid,)).fetchone()
        got = None
        if row and row[0] is not None:
            got = self._con.execute("SELECT id, geonameid, name, cc, admin1, fcode, pop, lon, lat, source, name, 0, "
                                    "rank_pop, '' FROM places WHERE id = ?", (row[0],)).fetchone()
        seat = self._place(got, 1.0) if got else None
        self._seats[place.geonameid] = seat
        return seat

    def _coordinate_place(self, query: str, lon: float, lat: float) -> Place:
        near = self.reverse(lon, lat, max_km=25.0)
        return Place(geonameid=None, name=f"{lat:.5f}, {lon:.5f}", country_code=near.country_code if near else "",
                     admin1=near.admin1 if near else "", feature_code="COORD", population=0,
                     longitude=lon, latitude=lat, matched=query, score=1.0, source="coordinates in the query")

    # ----------------------------------------------------------- reverse
    def reverse(self, lon: float, lat: float, *, max_km: float = 100.0, populated_only: bool = True) -> Place | None:
        """The nearest place to a point, or None within ``max_km``.

        ``score`` is the distance in km turned into (0, 1]: ``1 / (1 + km)``.
        """
        try:
            lon, lat = float(lon), float(lat)
        except (TypeError, ValueError) as e:
            raise InputError(f"reverse() needs numeric longitude and latitude, got {lon!r}, {lat!r}") from e
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise InputError(f"({lon}, {lat}) is not a (longitude, latitude) in degrees")
        best: tuple[float, tuple] | None = None
        for radius in (0.1, 0.5, 2.0):
            dlat = radius
            dlon = radius / max(math.cos(math.radians(lat)), 0.05)
            sql = ("SELECT id, geonameid, name, cc, admin1, fcode, pop, lon, lat, source, name, 0, rank_pop, '' "
                   "FROM {db}places "
                   "WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?")
            if populated_only:
                sql += " AND fcode LIKE 'PPL%'"
            args = (lat - dlat, lat + dlat, lon - dlon, lon + dlon)
            rows = self._con.execute(sql.format(db=""), args).fetchall()
            if self._has_user:
                rows += self._con.execute(sql.format(db="u."), args).fetchall()
            for r in rows:
                d = haversine_km(lon, lat, r[7], r[8])
                if best is None or d < best[0]:
                    best = (d, r)
            if best is not None and best[0] <= radius * 111.0 * 0.5:
                break
        if best is None or best[0] > max_km:
            return None
        return self._place(best[1], score=round(1.0 / (1.0 + best[0]), 6))

    # ----------------------------------------------------------- info
    def info(self) -> dict:
        """What is loaded: files, counts, sources and the user's added dumps."""
        import json

        meta = dict(self._con.execute("SELECT k, v FROM meta").fetchall())
        out = {
            "index": str(self.path),
            "built": meta.get("built"),
            "places": self._con.execute("SELECT count(*) FROM places").fetchone()[0],
            "aliases": self._con.execute("SELECT count(*) FROM aliases").fetchone()[0],
            "build_counts": {k: v for k, v in _json_or(meta.get("counts"), {}).items() if isinstance(v, int)},
            "user_index": str(self.user_path) if self._has_user else None,
            "user_dumps": [],
        }
        if self._has_user:
            out["user_places"] = self._con.execute("SELECT count(*) FROM u.places").fetchone()[0]
            rows = self._con.execute("SELECT k, v FROM u.meta WHERE k LIKE 'dump:%' ORDER BY k").fetchall()
            out["user_dumps"] = [
                d for _, v in rows if isinstance(d := _json_or(v, {}), dict) and isinstance(d.get("file"), str)
                and isinstance(d.get("places_added"), int) and isinstance(d.get("malformed"), int)]
        return out


def _json_or(text, default):
    """A metadata value read back, or ``default`` when the row is damaged."""
    import json

    try:
        value = json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return default
    return value if isinstance(value, type(default)) or default is None else default


_DEFAULT: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    """The shared default :class:`Gazetteer` (opened, and built if needed, on first call)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Gazetteer()
    return _DEFAULT


def reset_default_gazetteer() -> None:
    """Forget the shared gazetteer (after adding a dump, say) so the next call reopens it."""
    global _DEFAULT
    if _DEFAULT is not None:
        _DEFAULT.close()
    _DEFAULT = None


def resolve(name: str, *, country: str | Iterable[str] | None = None, context: Sequence | None = None,
            limit: int = 5, fuzzy: bool = True) -> list[Place]:
    """Resolve a place name with the default gazetteer; see :meth:`Gazetteer.resolve`.

    Examples
    --------
    >>> [p.country_code for p in resolve("Tripoli", country="LB")][:1]  # doctest: +SKIP
    ['LB']
    """
    return default_gazetteer().resolve(name, country=country, context=context, limit=limit, fuzzy=fuzzy)


def reverse(lon: float, lat: float, *, max_km: float = 100.0) -> Place | None:
    """The nearest populated place to ``(lon, lat)``; see :meth:`Gazetteer.reverse`."""
    return default_gazetteer().reverse(lon, lat, max_km=max_km)
