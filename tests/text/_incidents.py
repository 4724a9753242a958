"""Helpers of the incident tests: hand-built place mentions, so that the incident rules are
tested alone (no recognition); the gazetteer is passed explicitly where a test needs one."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from geomap.model import Mention, Place
from geomap.text.incidents import extract_incidents

DATA = Path(__file__).resolve().parents[1] / "data"
PUB = dt.date(2020, 1, 10)


def place(name, cc, fc, lat, lon, admin1="", gid=1):
    return Place(geonameid=gid, name=name, country_code=cc, admin1=admin1, feature_code=fc,
                 population=0, longitude=lon, latitude=lat)


PLACES = {
    "Syria": place("Syria", "SY", "PCLI", 35.0, 38.3, gid=163843),
    "Iraq": place("Iraq", "IQ", "PCLI", 33.1, 43.3, gid=99237),
    "Kandahar": place("Kandahar", "AF", "PPLA", 31.61, 65.71, "Kandahar", gid=1138336),
    "Khan Shaykhun": place("Khan Shaykhun", "SY", "PPL", 35.44, 36.65, "Idlib", gid=170000),
    "Idlib": place("Idlib", "SY", "ADM1", 35.8, 36.6, "Idlib", gid=169388),
    "Kafr Zita": place("Kafr Zita", "SY", "PPL", 35.37, 36.60, "Hama", gid=170001),
    "Hama": place("Hama", "SY", "PPLA", 35.13, 36.76, "Hama", gid=170017),
    "Mogadishu": place("Mogadishu", "SO", "PPLC", 2.04, 45.34, "Banaadir", gid=53654),
    "Damascus": place("Damascus", "SY", "PPLC", 33.51, 36.29, "Dimashq", gid=170654),
    "Britain": place("United Kingdom", "GB", "PCLI", 54.4, -2.1, gid=2635167),
    "Deir Ezzor": place("Deir ez-Zor", "SY", "PPLA", 35.34, 40.14, "Deir ez-Zor", gid=170794),
    "Al Bukamal": place("Abu Kamal", "SY", "PPLA2", 34.45, 40.92, "Deir ez-Zor", gid=174448),
    "Hasakah": place("Al-Hasakah", "SY", "PPLA", 36.50, 40.75, "Al-Hasakah", gid=173000),
    "Marib": place("Marib", "YE", "PPLA", 15.46, 45.32, "Marib", gid=71137),
    "Mopti": place("Mopti", "ML", "PPLA", 14.49, -4.19, "Mopti", gid=2453348),
    "Nyala": place("Nyala", "SD", "PPLA", 12.05, 24.88, "South Darfur", gid=364933),
    "Hakkari": place("Hakkari", "TR", "PPLA", 37.57, 43.74, "Hakkari", gid=318137),
}


def mentions_for(text: str) -> list[Mention]:
    """Mentions of every PLACES name in the text (a stand-in for find_places)."""
    out = []
    for surface, p in PLACES.items():
        start = text.find(surface)
        while start >= 0:
            out.append(Mention(surface, start, start + len(surface), "toponym", p))
            start = text.find(surface, start + 1)
    return sorted(out, key=lambda m: m.start)


def incidents(text: str, published=PUB, *, gazetteer=None, rules=None):
    """The incidents of a text with the hand-built mentions."""
    return extract_incidents(text, mentions_for(text), gazetteer=gazetteer, rules=rules, published=published)


def only(text: str, published=PUB, **kw):
    found = incidents(text, published, **kw)
    assert len(found) == 1, [i.to_dict() for i in found]
    return found[0]
