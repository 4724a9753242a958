"""Where: are places right, or honestly unknown? Printed on every development set.

Reads the public development data in ``../shared/eval/`` (skips cleanly when absent; it is
never copied here) through ``benchmarks/_devsets.py``, which holds about 30 % of each set aside
by document with a fixed seed. Every figure is printed for the part the rules and the ranking
were fitted on (``dev``) and for the part held aside (``held``); quote the held figures.

ACLED notes (Afghanistan 2020; the Middle East without Syria and Iraq; the older Africa export),
run as a new user would, **with no country hint**: the first incident of each note against
ACLED's coded point:

- within 25 km: share of all notes whose incident lies within 25 km of the gold point;
- > 300 km: share of the *placed* incidents more than 300 km away (wrong country, continent ...);
- abstained: share of notes where no point was given (no incident, or no place good enough);
- calibration: for bins of the incident's ``confidence``, how many there are and what share lies
  within 25 km.

LGL and GeoVirus (toponyms): recognition P/R/F1; resolution acc@161 and share > 300 km on the
matched toponyms; share of matched toponyms left unresolved; then, for each published system in
``../shared/eval/baselines/``, acc@161 of geomap and of that system on the toponyms *both* found
(the comparison the published figures allow: same toponyms, same gold).

Run: ``python benchmarks/bench_where.py [--sets acled_af,acled_me,...] [--part dev|held|both]
[--show-misses N]``
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _devsets  # noqa: E402

BINS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01))
NOTE_SETS = ("acled_af", "acled_me", "acled_africa")
CORPORA = ("lgl", "geovirus")
LABEL = {"acled_af": "ACLED Afghanistan 2020", "acled_me": "ACLED Middle East (no SY/IQ) 2020",
         "acled_africa": "ACLED Africa 2015-16 (older export)", "lgl": "LGL", "geovirus": "GeoVirus"}


def _km(lon1, lat1, lon2, lat2):
    from geomap._geo import haversine_km

    return haversine_km(lon1, lat1, lon2, lat2)


def _confidence(obj) -> float | None:
    c = getattr(obj, "confidence", None)
    if c is None and hasattr(obj, "extra"):
        c = obj.extra.get("confidence")
    return None if c is None else float(c)


def _calibration(rows: list[tuple[float | None, bool]]) -> str:
    parts = []
    for lo, hi in BINS:
        sel = [ok for c, ok in rows if c is not None and lo <= c < hi]
        hit = f"{sum(sel) / len(sel):5.1%}" if sel else "   - "
        parts.append(f"[{lo:.1f},{min(hi, 1):.1f}{')' if hi < 1 else ']'} n={len(sel):4d} {hit}")
    missing = sum(1 for c, _ in rows if c is None)
    return "  ".join(parts) + (f"  (no confidence: {missing})" if missing else "")


def notes(name: str, part: str, gaz, show: int) -> None:
    from geomap.pipeline import extract_document

    items = _devsets.notes(name, part)
    n = len(items)
    within = far = abstain = placed = 0
    cal: list[tuple[float | None, bool]] = []
    misses = []
    t = time.perf_counter()
    for note in items:
        g = note.gold
        pub = note.published or None
        if name == "acled_africa":
            pub = g["event_date"]  # the older notes rarely write their date: the gold date stands in
        doc = extract_document(note.text, published=pub, gazetteer=gaz)
        inc = doc.incidents[0] if doc.incidents else None
        if inc is None or inc.latitude is None or inc.longitude is None:
            abstain += 1
            continue
        placed += 1
        km = _km(inc.longitude, inc.latitude, float(g["longitude"]), float(g["latitude"]))
        ok = km <= 25.0
        within += ok
        if km > 300:
            far += 1
            if len(misses) < show:
                misses.append(f"    {km:6.0f} km  {inc.location!r} ({inc.country}) for {g['location']!r} "
                              f"({g['country']}): {note.text[:110]}")
        cal.append((_confidence(inc), ok))
    secs = time.perf_counter() - t
    print(f"  {part:4s} n={n:5d}  within 25 km {within / n:6.1%}   > 300 km {far / max(placed, 1):6.1%} of placed   "
          f"abstained {abstain / n:6.1%}   ({secs:.1f} s)")
    print(f"       calibration: {_calibration(cal)}")
    for line in misses:
        print(line)


def _baselines(corpus: str) -> dict[str, list]:
    from geomap.eval import read_gold

    folder = _devsets.SHARED / "baselines"
    cname = "LGL" if corpus == "lgl" else "GeoVirus"
    out = {}
    for p in sorted(folder.glob(f"{cname}_*.txt")):
        out[p.stem.split("_", 1)[1]] = read_gold(p, offset=0)
    return out


def corpus(name: str, part: str, gaz, show: int) -> None:
    from geomap.eval import ACCURACY_KM, Toponym, match_toponyms, mentions_to_toponyms, score
    from geomap.pipeline import find_places

    docs = _devsets.corpus(name, part)
    demonyms = name == "lgl"
    preds: list[list[Toponym]] = []
    golds = []
    t = time.perf_counter()
    confid: dict[tuple[int, int, int], float | None] = {}
    for i, text, gold in docs:
        ms = find_places(text, gazetteer=gaz)
        tops = mentions_to_toponyms(ms, include_demonyms=demonyms, include_unresolved=True)
        for m in ms:
            confid[(i, m.start, m.end)] = _confidence(m)
        preds.append(tops)
        golds.append(gold)
    secs = time.perf_counter() - t
    s = score(golds, preds)
    far = unresolved = matched = 0
    cal = []
    pairs_by_doc = []
    for (i, _, _), gold, pred in zip(docs, golds, preds):
        pairs = match_toponyms(gold, pred)
        pairs_by_doc.append(pairs)
        for g, p in pairs:
            if g.latitude is None:
                continue
            matched += 1
            if p.latitude is None:
                unresolved += 1
                continue
            km = _km(p.longitude, p.latitude, g.longitude, g.latitude)
            far += km > 300
            cal.append((confid.get((i, p.start, p.end)), km <= ACCURACY_KM))
    print(f"  {part:4s} docs={len(docs):4d}  P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}   acc@161 "
          f"{s.accuracy_161 or 0:.3f}   > 300 km {far / max(matched - unresolved, 1):6.1%}   "
          f"unresolved {unresolved / max(matched, 1):6.1%}   ({secs:.1f} s)")
    print(f"       calibration (acc@161 by confidence): {_calibration(cal)}")
    # the toponyms both geomap and each published system found
    base = _baselines(name)
    if not base:
        return
    doc_ids = [i for i, _, _ in docs]
    offset = 1 if name == "geovirus" else 0  # baselines share the gold's +1 shift
    for system, lines in sorted(base.items()):
        both = mine = theirs = 0
        for (i, _, gold), pairs in zip(docs, pairs_by_doc):
            line = lines[i] if i < len(lines) else []
            if offset:
                line = [Toponym(t.name, t.phrase, t.latitude, t.longitude, t.start - offset, t.end - offset)
                        for t in line]
            theirs_pairs = {(g.start, g.end): p for g, p in match_toponyms(gold, line)}
            for g, p in pairs:
                q = theirs_pairs.get((g.start, g.end))
                if q is None or g.latitude is None or p.latitude is None or q.latitude is None:
                    continue
                both += 1
                mine += _km(p.longitude, p.latitude, g.longitude, g.latitude) <= ACCURACY_KM
                theirs += _km(q.longitude, q.latitude, g.longitude, g.latitude) <= ACCURACY_KM
        if both:
            flag = "  <- geomap behind" if mine < theirs else ""
            print(f"       on the {both:5d} toponyms both found: geomap {mine / both:.3f}  {system:12s} "
                  f"{theirs / both:.3f}{flag}")
    del doc_ids


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=",".join(NOTE_SETS + CORPORA))
    ap.add_argument("--part", choices=("dev", "held", "both"), default="both")
    ap.add_argument("--show-misses", type=int, default=0, metavar="N", help="print N notes placed > 300 km off")
    args = ap.parse_args(argv)
    from geomap.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    parts = ("dev", "held") if args.part == "both" else (args.part,)
    for name in [s.strip() for s in args.sets.split(",") if s.strip()]:
        if not _devsets.available(name):
            print(f"{LABEL[name]}: not found in {_devsets.SHARED}; skipped")
            continue
        print(f"== {LABEL[name]} (no country hints)")
        for part in parts:
            (notes if name in NOTE_SETS else corpus)(name, part, gaz, args.show_misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
