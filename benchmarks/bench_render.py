"""Benchmark: writing and drawing maps of 1,000, 10,000 and 100,000 incidents.

For each size, synthetic incidents (random points in Syria/Iraq/Iran, random dates
in 2019-2020, random ACLED event types, fatalities and a one-sentence evidence
text each) are drawn two ways:

* ``geomap``: :func:`geomap.render_map` + :func:`geomap.save_map` (one
  self-contained offline file, canvas circle markers, data as JSON);
* ``folium``: a plain ``folium.Map`` with one ``folium.Marker`` (with a popup)
  per incident, made offline by the same Leaflet inlining so it can load here
  with no network (``save_map`` on a plain map).

Reported: time to write the HTML, file size, and time until the map is drawn in
headless Chromium (network blocked), after one warm-up map in the same
process (imports and the packaged basemap/route are loaded once): from navigation start to the moment the
markers are on the map and one more animation frame has been painted (geomap
sets a flag after its layers are added; for plain folium a script after the
last marker does the same). The plain folium map is skipped at a size where its
write time, extrapolated from the size before, would exceed ``--plain-cap``
seconds; the table says so.

Targets at 100,000 incidents: written in under 3 s, under 30 MB, drawn in under 3 s (issue 13).
At low zoom most of them are drawn as grid clusters (counted circles) that split as one zooms in.

Usage::

    python benchmarks/bench_render.py [--sizes 1000 10000 100000] [--plain-cap 120] [--no-plain] [--keep DIR]
"""
from __future__ import annotations

import argparse
import contextlib
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "render"))

from geomap.model import Evidence, Incident  # noqa: E402

TYPES = [("Explosions/Remote violence", "Air/drone strike"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Battles", "Armed clash"), ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
         ("Riots", "Violent demonstration"), ("Strategic developments", "Looting/property destruction")]
ACTORS = ["Military Forces of Syria", "Unidentified Military Forces", "Kataib Hezbollah", "Islamic State",
          "Military Forces of the United States", "Military Forces of Israel", "Civilians (Syria)", "Protesters (Iraq)"]
PLACES = ["Abu Kamal", "Al Qaim", "Deir ez-Zor", "Palmyra", "Damascus", "Baghdad", "Mosul", "Raqqa", "Homs", "Tehran"]


def synthetic_incidents(n: int, seed: int = 1) -> list[Incident]:
    """``n`` random incidents in the region (lon 35-52 E, lat 29-38 N), dates 2019-01-01..2020-12-31."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        etype, sub = rng.choice(TYPES)
        place = rng.choice(PLACES)
        fat = None if rng.random() < 0.3 else int(rng.expovariate(0.2))
        day = rng.randrange(731)
        date = time.strftime("%Y-%m-%d", time.gmtime((17897 + day) * 86400))
        a1, a2 = rng.sample(ACTORS, 2)
        ev = (f"Reports said {a1} carried out an attack near {place} on day {day}, "
              f"killing {fat if fat is not None else 'an unknown number of'} people (report {k}).")
        out.append(Incident(date, rng.choice((1, 1, 1, 2, 3)), etype, sub, a1, a2, fat, "", place, "Syria", "",
                            round(rng.uniform(35.0, 52.0), 5), round(rng.uniform(29.0, 38.0), 5), rng.choice((1, 2, 3)),
                            None, (Evidence(ev, 0, len(ev)),), "synthetic"))
    return out


def write_geomap(incidents: list[Incident], path: Path) -> float:
    from geomap.pipeline import build_map
    from geomap.render import save_map

    t = time.perf_counter()
    m = build_map(incidents=incidents, routes=["iran-mediterranean"], title=f"{len(incidents):,} incidents")
    save_map(m, path)
    return time.perf_counter() - t


_READY_JS = ("requestAnimationFrame(function(){requestAnimationFrame(function(){"
             "document.documentElement.setAttribute('data-geomap-ready','1');});});")


def write_plain(incidents: list[Incident], path: Path) -> float:
    import folium
    from branca.element import Element

    from geomap.render import save_map

    t = time.perf_counter()
    m = folium.Map(location=[33.5, 43.5], zoom_start=5, tiles=None)
    for inc in incidents:
        folium.Marker([inc.latitude, inc.longitude], popup=inc.evidence[0].text).add_to(m)
    m.get_root().script.add_child(Element(_READY_JS), name="bench_ready")
    save_map(m, path)
    return time.perf_counter() - t


def drawn_seconds(browser, path: Path, timeout_s: float) -> float:
    """Seconds from navigation start until the ready flag is set (network blocked)."""
    from _browser import offline_page

    with offline_page(browser, path, timeout_ms=int(timeout_s * 1000)) as (page, log):
        if log.errors or log.blocked:
            raise RuntimeError(f"{path.name}: errors {log.errors[:3]} blocked {log.blocked[:3]}")
        # drawnAt / __benchReady are performance.now() values: milliseconds since navigation start
        return page.evaluate(
            "(() => { const r = Object.values((window.GEOMAP || {maps: {}}).maps)[0];"
            " return r ? r.drawnAt : window.__benchReady; })()") / 1000.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--plain-cap", type=float, default=120.0,
                    help="skip plain folium where its extrapolated write time exceeds this (s)")
    ap.add_argument("--no-plain", action="store_true", help="time geomap's maps only (no plain folium rows)")
    ap.add_argument("--timeout", type=float, default=180.0, help="browser timeout per map (s)")
    ap.add_argument("--keep", type=Path, help="keep the HTML files in this folder")
    args = ap.parse_args(argv)

    from _browser import offline_browser, skip_reason

    reason = skip_reason()
    if reason:
        print(f"browser timings skipped: {reason}")
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="geomap-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    # one small map first: imports, the basemap and the route are loaded once per process
    warm = write_geomap(synthetic_incidents(10), workdir / "warm-up.html")
    (workdir / "warm-up.html").unlink(missing_ok=True)
    print(f"first-call overhead (imports, basemap, route; not counted below): {warm:.2f} s", file=sys.stderr)
    rows = []
    plain_rate = None  # seconds per incident for the plain folium write, from the last size
    with (offline_browser() if not reason else contextlib.nullcontext()) as browser:
        for n in args.sizes:
            incidents = synthetic_incidents(n)
            for kind in ("geomap",) if args.no_plain else ("geomap", "folium"):
                path = workdir / f"{kind}-{n}.html"
                if kind == "folium" and plain_rate is not None and plain_rate * n > args.plain_cap:
                    rows.append((n, kind, None, None, None,
                                 f"skipped: write would take ~{plain_rate * n:.0f} s (> {args.plain_cap:.0f} s cap)"))
                    continue
                write_s = (write_geomap if kind == "geomap" else write_plain)(incidents, path)
                if kind == "folium":
                    plain_rate = write_s / n
                size_mb = path.stat().st_size / 1e6
                note = ""
                drawn = None
                if browser is not None:
                    if kind == "folium":
                        # the plain map sets its flag without geomap: record the time in the page
                        html = path.read_text(encoding="utf-8").replace(
                            "document.documentElement.setAttribute('data-geomap-ready','1');",
                            "window.__benchReady=performance.now();"
                            "document.documentElement.setAttribute('data-geomap-ready','1');")
                        path.write_text(html, encoding="utf-8")
                    try:
                        drawn = drawn_seconds(browser, path, args.timeout)
                    except Exception as e:  # noqa: BLE001 - a benchmark row, not a crash
                        note = f"not drawn within {args.timeout:.0f} s ({type(e).__name__})"
                rows.append((n, kind, write_s, size_mb, drawn, note))
                print(f"  {n:>7,} {kind:<7} written {write_s:6.2f} s  {size_mb:7.2f} MB  "
                      f"drawn {'-' if drawn is None else f'{drawn:6.2f} s'} {note}", file=sys.stderr, flush=True)
                if args.keep is None:
                    path.unlink(missing_ok=True)

    print()
    print(f"{'incidents':>10}  {'map':<7} {'write (s)':>9} {'size (MB)':>9} {'drawn (s)':>9}  note")
    for n, kind, w, s, d, note in rows:
        fmt = lambda v: "-" if v is None else f"{v:.2f}"  # noqa: E731
        print(f"{n:>10,}  {kind:<7} {fmt(w):>9} {fmt(s):>9} {fmt(d):>9}  {note}")
    big = [r for r in rows if r[1] == "geomap" and r[0] == 100000]
    if big:
        _, _, w, s, d, _ = big[0]
        print(f"\ntargets at 100,000 (geomap): write < 3 s: {'met' if w < 3 else 'MISSED'} ({w:.2f} s); "
              f"size < 30 MB: {'met' if s < 30 else 'MISSED'} ({s:.2f} MB); "
              f"drawn < 3 s: {'-' if d is None else ('met' if d < 3 else 'MISSED')} "
              f"({'-' if d is None else f'{d:.2f} s'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
