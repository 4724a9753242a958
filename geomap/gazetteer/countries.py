"""The one country-name table: ISO codes, names and aliases, offline.

Built once from the gazetteer's ``countries.tsv`` (GeoNames names and ISO codes,
Natural Earth long, formal, Arabic and Persian names) and ``country_aliases.tsv``
(English short and older names: Burma, Persia, UK, DRC ...), keyed through the
gazetteer's one name normaliser, so "the Syrian Arab Republic", "SYR", "sy" and
"سوريا" meet. Every stage that names a country asks here.

Examples
--------
>>> country_code("Syria"), country_code("SYR"), country_code("lb"), country_code("Narnia")
('SY', 'SY', 'LB', '')
>>> country_name("IQ")
'Iraq'
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from geomap.exc import GazetteerDataError
from geomap.gazetteer.normalize import normalize_name
from geomap.settings import gazetteer_source_path

__all__ = ["Country", "country_code", "country_name", "country_codes", "countries", "parse_country_codes"]


@dataclass(frozen=True, slots=True)
class Country:
    """One country of the table: ISO codes, GeoNames id and name, and its point."""

    iso2: str
    iso3: str
    geonameid: int | None
    name: str
    longitude: float | None
    latitude: float | None


def _rows(name: str) -> list[dict[str, str]]:
    path = gazetteer_source_path(name)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise GazetteerDataError(f"{path}: cannot be read ({e}); reinstall geomap") from None
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    header = rows[0] if rows else []
    return [dict(zip(header, r + [""] * (len(header) - len(r)))) for r in rows[1:]]


def _float(s: str) -> float | None:
    try:
        return float(s)
    except ValueError:
        return None


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, Country], dict[str, str]]:
    by_code: dict[str, Country] = {}
    by_key: dict[str, str] = {}
    for f in _rows("countries.tsv"):
        iso2, iso3, gid, name = f["iso2"].strip(), f["iso3"].strip(), f["geonameid"].strip(), f["name"].strip()
        if len(iso2) != 2:
            continue
        by_code[iso2] = Country(iso2, iso3, int(gid) if gid.isdigit() else None, name,
                                _float(f["longitude"]), _float(f["latitude"]))
        for n in [name, iso3] + [x for x in f["other_names"].split("|") if x.strip()]:
            by_key.setdefault(normalize_name(n), iso2)
    for f in _rows("country_aliases.tsv"):
        if f.get("iso2", "").strip() in by_code:
            by_key[normalize_name(f["alias"])] = f["iso2"].strip()
    by_key.pop("", None)
    return by_code, by_key


def countries() -> dict[str, Country]:
    """ISO alpha-2 code -> :class:`Country`, for every country of the table (do not modify)."""
    return _table()[0]


def country_codes() -> frozenset[str]:
    """Every known ISO 3166 alpha-2 code."""
    return frozenset(_table()[0])


def country_name(code: str) -> str:
    """English (GeoNames) name of an ISO alpha-2 code ('' when unknown)."""
    c = _table()[0].get((code or "").strip().upper())
    return c.name if c else ""


def country_code(name_or_code: str | None) -> str:
    """ISO alpha-2 code of a country name, alias or ISO alpha-2/alpha-3 code ('' when unknown)."""
    if not name_or_code or not str(name_or_code).strip():
        return ""
    s = str(name_or_code).strip()
    by_code, by_key = _table()
    if len(s) == 2 and s.isalpha():
        return s.upper() if s.upper() in by_code else ""
    code = by_key.get(normalize_name(s), "")
    if not code and s[:4].lower() == "the ":  # "the Syrian Arab Republic", "the Gambia"
        code = by_key.get(normalize_name(s[4:]), "")
    return code


def parse_country_codes(value: str | None) -> list[str]:
    """ISO alpha-2 codes from a comma-separated option ("SY,IQ", "Syria, Iraq").

    Raises
    ------
    geomap.exc.InputError
        For an entry that is no known country; the message lists it.
    """
    from geomap.exc import InputError

    out: list[str] = []
    for part in (value or "").split(","):
        if not part.strip():
            continue
        code = country_code(part)
        if not code:
            raise InputError(f"{part.strip()!r} is not a country geomap knows; give ISO 3166 alpha-2 codes "
                             "such as SY or IQ (comma-separated for several)")
        if code not in out:
            out.append(code)
    return out
