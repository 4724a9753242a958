"""The development sets, read from ``../shared/eval/``, each split by document with a fixed seed.

Every benchmark and fitting script that measures accuracy reads its data here, so
that the same documents are held aside everywhere: fit and tune on ``dev``, report
on ``held`` (about 30 % of each set, chosen by a hash of the document id and the
seed, so the split does not move when a set grows). The data are others' (their
licences forbid copying them into this repository): when they are absent,
:func:`available` says so and the scripts skip.

Sets
----
``lgl``, ``geovirus``
    EUPEG corpora: documents with gold toponyms (name, span, point).
``acled_af``, ``acled_me``
    ACLED notes (Afghanistan March 2020; the Middle East without Syria and Iraq,
    April-May 2020): one or two sentences each, with the coded event as gold.
``acled_africa``
    The older ACLED Africa export (December 2015 - May 2016): notes with gold
    location, country, event type and fatalities (no sub-event types).
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"
SEED = "geomap-2026-12"
HELD_SHARE = 0.30

_ACLED = {
    "acled_af": "acled_afghanistan_2020-03.jsonl",
    "acled_me": "acled_middle_east_2020-04-27_to_05-09_without_syria_iraq.jsonl",
}
_AFRICA = "hdx_scraper_fixture_acled_africa_2016-01_to_05_oldformat.csv"
_OLD_DATE = "%d/%m/%Y"


def is_held(set_name: str, doc_id: str, *, seed: str = SEED, share: float = HELD_SHARE) -> bool:
    """Whether a document is held aside (stable: a hash of the set, the id and the seed)."""
    h = hashlib.sha1(f"{seed}|{set_name}|{doc_id}".encode()).digest()
    return int.from_bytes(h[:8], "big") / 2**64 < share


@dataclass
class Note:
    """One ACLED event: its note and the coded record."""

    id: str
    text: str
    gold: dict[str, Any]
    published: dt.date | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def available(name: str) -> bool:
    if name in ("lgl", "geovirus"):
        corpus = "LGL" if name == "lgl" else "GeoVirus"
        return (SHARED / "corpora" / corpus).is_dir() and (SHARED / "gold" / f"{corpus}_gold.txt").exists()
    if name in _ACLED:
        return (SHARED / "acled" / _ACLED[name]).exists()
    if name == "acled_africa":
        return (SHARED / "acled" / _AFRICA).exists()
    raise KeyError(name)


def _split(name: str, items: list, key, part: str) -> list:
    if part == "all":
        return items
    if part not in ("dev", "held"):
        raise ValueError(f"part must be 'dev', 'held' or 'all', not {part!r}")
    want = part == "held"
    return [x for x in items if is_held(name, key(x)) == want]


def corpus(name: str, part: str = "all") -> list[tuple[int, str, list]]:
    """``(doc number, text, gold toponyms)`` of LGL or GeoVirus (EUPEG layout)."""
    from geomap.eval import detect_gold_offset, read_corpus, read_gold

    cname = "LGL" if name == "lgl" else "GeoVirus"
    gold_path = SHARED / "gold" / f"{cname}_gold.txt"
    gold = read_gold(gold_path)
    texts, _ = read_corpus(SHARED / "corpora" / cname, len(gold))
    offset = detect_gold_offset(texts, gold)
    if offset:
        gold = read_gold(gold_path, offset=offset)
    docs = [(i, texts[i], gold[i]) for i in range(len(gold))]
    return _split(name, docs, lambda d: str(d[0]), part)


def timestamps(path: Path | None = None) -> dict[str, dt.date]:
    """ACLED record timestamps (the day a note was written) by event id, from the companion CSV."""
    path = path or SHARED / "acled" / "dkoban_acled_afghanistan_mar2020.csv"
    out: dict[str, dt.date] = {}
    if path.exists():
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                try:
                    out[row["event_id_cnty"]] = dt.datetime.fromtimestamp(int(row["timestamp"]), dt.timezone.utc).date()
                except (KeyError, ValueError):
                    continue
    return out


def notes(name: str, part: str = "all") -> list[Note]:
    """ACLED notes with gold (``acled_af``, ``acled_me``, ``acled_africa``)."""
    if name == "acled_africa":
        return _split(name, list(_africa()), lambda n: n.id, part)
    stamps = timestamps() if name == "acled_af" else {}
    out = []
    with (SHARED / "acled" / _ACLED[name]).open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            g = dict(r["gold"])
            out.append(Note(r["id"], r["notes"], g, stamps.get(r["id"]),
                            {"location_in_notes": r.get("location_in_notes"), "source": r.get("source", "")}))
    return _split(name, out, lambda n: n.id, part)


def _africa() -> Iterator[Note]:
    with (SHARED / "acled" / _AFRICA).open(encoding="utf-8", errors="replace", newline="") as f:
        for r in csv.DictReader(f):
            text = (r.get("NOTES") or "").strip()
            if not text:
                continue
            try:
                day = dt.datetime.strptime(r["EVENT_DATE"], _OLD_DATE).date()
                lat, lon = float(r["LATITUDE"]), float(r["LONGITUDE"])
            except (KeyError, ValueError):
                continue
            gold = {"event_date": day.isoformat(), "event_type": r["EVENT_TYPE"], "actor1": r["ACTOR1"],
                    "actor2": r["ACTOR2"], "fatalities": int(r["FATALITIES"] or 0) if (r["FATALITIES"] or "0").isdigit() else 0,
                    "country": r["COUNTRY"], "admin1": r["ADMIN1"], "admin2": r["ADMIN2"], "location": r["LOCATION"],
                    "latitude": lat, "longitude": lon, "geo_precision": int(r["GEO_PRECISION"] or 0)}
            yield Note(r["EVENT_ID_CNTY"], text, gold, None, {"old_format": True})
