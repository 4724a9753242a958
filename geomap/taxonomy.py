"""ACLED's event taxonomy: event types, sub-event types and their map colours.

The one table every stage uses (the text stage types incidents with it, tables
check imports against it, the map colours markers by it), read from
``geomap/data/acled/taxonomy.tsv``. Language-independent: the English words
that point at each sub-event type live in ``geomap/text/rules/en/``.

Examples
--------
>>> event_type_of("Air/drone strike")
'Explosions/Remote violence'
>>> color_of("Battles")
'#e41a1c'
"""
from __future__ import annotations

import functools

from geomap.exc import PackageDataError
from geomap.settings import data_path

__all__ = ["EVENT_TYPES", "OTHER_COLOR", "sub_event_types", "event_type_of", "color_of", "is_violent", "colors"]

#: Colour of a marker whose event type is not in ACLED's taxonomy.
OTHER_COLOR = "#777777"


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, ...]], dict[str, str], dict[str, str], frozenset[str]]:
    path = data_path("acled", "taxonomy.tsv")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise PackageDataError(f"{path}: the ACLED taxonomy cannot be read ({e}); reinstall geomap") from None
    subs: dict[str, list[str]] = {}
    parent: dict[str, str] = {}
    colour: dict[str, str] = {}
    violent: set[str] = set()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    for et, sub, col, viol in rows[1:]:
        subs.setdefault(et, []).append(sub)
        parent[sub] = et
        colour[et] = col
        if viol.strip() == "1":
            violent.add(et)
    return {k: tuple(v) for k, v in subs.items()}, parent, colour, frozenset(violent)


def sub_event_types(event_type: str | None = None) -> tuple[str, ...]:
    """The sub-event types of one event type, or all of them, in ACLED's order."""
    subs = _table()[0]
    if event_type is None:
        return tuple(s for v in subs.values() for s in v)
    return subs.get(event_type, ())


def event_type_of(sub_event_type: str) -> str:
    """The event type a sub-event type belongs to ('' when it is not ACLED's)."""
    return _table()[1].get(sub_event_type, "")


def color_of(event_type: str) -> str:
    """The map colour of an event type (:data:`OTHER_COLOR` for anything else)."""
    return _table()[2].get(event_type, OTHER_COLOR)


def colors() -> dict[str, str]:
    """Event type -> colour, in ACLED's order."""
    return dict(_table()[2])


def is_violent(event_type: str) -> bool:
    """True for ACLED's political-violence types (battles, explosions, violence against civilians)."""
    return event_type in _table()[3]


#: The six event types, in ACLED's order.
EVENT_TYPES: tuple[str, ...] = tuple(_table()[0])
