"""Scaling: is extraction linear in document size?

Generates long documents from fictional wire paragraphs (real places, made-up events; nothing
copied from any corpus) of 50 kB, 200 kB, 1 MB and 2 MB, extracts them in this process with
the packaged gazetteer, and prints seconds, seconds per MB and the process's peak resident memory so far, beside a
peer measured in the same run on the same text: one pass of a capitalised-name regular
expression (the cheapest possible place-candidate scan, a floor for any geoparser). Linear
means the seconds per MB stay flat as the size grows; the issue's target is that a 2 MB
article costs the same per byte as a short one (it took 66 s per MB before the merge and date
scans were windowed).

Run: ``python benchmarks/bench_scaling.py [--sizes 50000,200000,1000000,2000000]``
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import time
import resource

PARAGRAPHS = (
    "DEIR EZZOR, Syria, March {d} (Wire) - Unidentified aircraft struck positions of an Iran-backed militia "
    "near Al Bukamal early on Tuesday, killing at least {n} fighters, a war monitor said.",
    "The strikes hit a weapons depot close to the border crossing with Al Qaim in Iraq. Separately, two "
    "civilians were wounded by shelling in Hajin on Monday.",
    "Officials in Damascus denied any losses. More than 300 people have been killed in the area since October.",
    "In Mosul, police said a roadside bomb wounded {n} soldiers on Wednesday, and protesters gathered in "
    "Baghdad's Tahrir Square to demand jobs.",
    "Residents of Al Mayadin said drones were heard overnight; no group claimed the attack.",
)


def document(size: int) -> str:
    """About ``size`` characters of varied wire copy (days and tolls change from paragraph to paragraph)."""
    out: list[str] = []
    total = i = 0
    while total < size:
        p = PARAGRAPHS[i % len(PARAGRAPHS)].format(d=1 + i % 28, n=2 + i % 17)
        out.append(p)
        total += len(p) + 2
        i += 1
    return "\n\n".join(out)[:size]


_NAMES = re.compile(r"\b[A-Z][a-z]+(?:[ -](?:al|el|ad|as|az|[A-Z][a-z]+))*")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50000,200000,1000000,2000000")
    args = ap.parse_args()
    from geomap.gazetteer import default_gazetteer
    from geomap.text.document import find_places
    from geomap.text.incidents import extract_incidents

    gaz = default_gazetteer()
    published = dt.date(2024, 3, 29)
    print(f"{'size':>10} {'geomap s':>9} {'s/MB':>7} {'RSS MB':>8} {'incidents':>9} {'peer s/MB':>10}")
    for size in (int(s) for s in args.sizes.split(",")):
        text = document(size)
        t0 = time.perf_counter()
        mentions = find_places(text, gazetteer=gaz)
        incidents = extract_incidents(text, mentions, published=published, gazetteer=gaz)
        secs = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # the process so far, in MB
        t0 = time.perf_counter()
        sum(1 for _ in _NAMES.finditer(text))
        peer = time.perf_counter() - t0
        mb = len(text.encode("utf-8")) / 1e6
        print(f"{size:>10} {secs:>9.2f} {secs / mb:>7.2f} {peak:>8.0f} {len(incidents):>9} {peer / mb:>10.3f}")
    print("(peer: one regular-expression pass for capitalised names on the same text; s/MB should stay flat)")


if __name__ == "__main__":
    main()
