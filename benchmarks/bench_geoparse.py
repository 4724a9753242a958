"""Geoparsing measured on LGL and GeoVirus, next to nine published systems, and speed.

Reads the EUPEG packaging of the two corpora from ``../shared/eval/`` (relative
to the repository; override with ``--eval-dir``): ``corpora/<C>/<i>``,
``gold/<C>_gold.txt`` and ``baselines/<C>_<System>.txt``. The corpora are
others' (GPL-3.0 packaging, publishers' rights on the text) and are never
copied into the project; when they are absent this script says so and exits 0.

For each corpus it prints one table: geomap end to end (recognition and
resolution with :func:`geomap.text.document.find_places`) and the nine published
systems' outputs, all scored by the same code (:mod:`geomap.eval`: phrase equal
ignoring case, span mid-points < 10 characters apart, one to one; P, R, F1;
on matched toponyms acc@161 km, mean and median error, AUC). Then:

- resolution alone on the gold toponyms (:func:`geomap.text.resolve.resolve_spans`
  given the gold spans), the figure Mordecai 3 reports (82.7 % acc@161 on LGL);
- speed: ``geomap extract`` run as a subprocess over a 200-article batch (LGL
  documents written to a temporary folder), cold start included, one process
  on one core (``taskset`` when available), as articles per second.

Run: ``python benchmarks/bench_geoparse.py [--eval-dir DIR] [--corpus LGL] [--skip-speed]``
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_EVAL = REPO.parent / "shared" / "eval"
CORPORA = ("LGL", "GeoVirus")
TARGETS = {"LGL": "F1 above the best published system; acc@161 above Mordecai 3's 0.827 (gold toponyms)",
           "GeoVirus": "F1 above the best published system"}


def _table(rows: list[tuple[str, object]]) -> list[str]:
    from geomap.eval import format_scores

    rows = sorted(rows, key=lambda r: -r[1].f1)  # type: ignore[attr-defined]
    return [format_scores(name, s) for name, s in rows]  # type: ignore[arg-type]


def bench_corpus(eval_dir: Path, corpus: str) -> dict:
    from geomap.eval import Toponym, read_corpus, read_gold, run_corpus, score
    from geomap.text.document import find_places
    from geomap.text.resolve import resolve_spans
    from geomap.gazetteer import default_gazetteer

    gold_path = eval_dir / "gold" / f"{corpus}_gold.txt"
    corpus_dir = eval_dir / "corpora" / corpus
    gaz = default_gazetteer()
    t0 = time.perf_counter()
    ours, info = run_corpus(corpus_dir, gold_path, parse=lambda text: find_places(text, gazetteer=gaz))
    seconds = time.perf_counter() - t0
    offset = info["gold_offset"]
    gold = read_gold(gold_path, offset=offset)
    rows: list[tuple[str, object]] = [("geomap", ours)]
    for f in sorted((eval_dir / "baselines").glob(f"{corpus}_*.txt")):
        rows.append((f.stem.split("_", 1)[1], score(gold, read_gold(f))))
    print(f"\n== {corpus}: {info['n_docs']} documents, {ours.n_gold} gold toponyms "
          f"(gold offset {offset:+d}; demonyms {'scored' if info['include_demonyms'] else 'not scored'}); "
          f"geomap took {seconds:.1f} s")
    for line in _table(rows):
        print("  " + line)
    best_name, best = max(rows[1:], key=lambda r: r[1].f1)  # type: ignore[attr-defined]
    verdict = "above" if ours.f1 > best.f1 else "BELOW"  # type: ignore[attr-defined]
    print(f"  geomap F1 {ours.f1:.3f} is {verdict} the best published system ({best_name} {best.f1:.3f})")
    for p in info["problems"][:5]:
        print(f"  problem: {p}")

    # resolution alone, on the gold toponyms
    texts, _ = read_corpus(corpus_dir, len(gold))
    preds = []
    for text, g in zip(texts, gold):
        spans = [(t.start, t.end) for t in g if 0 <= t.start < t.end <= len(text)]
        ms = resolve_spans(text, spans, gazetteer=gaz) if spans else []
        preds.append([Toponym(m.place.name, m.text, m.place.latitude, m.place.longitude, m.start, m.end)
                      for m in ms if m.place is not None])
    res = score(gold, preds)
    acc = res.accuracy_161 or 0.0
    print(f"  resolution alone on gold toponyms: acc@161 {acc:.3f}  mean {res.mean_km or 0:.0f} km  "
          f"median {res.median_km or 0:.0f} km  AUC {res.auc or 0:.3f}  "
          f"(resolved {res.n_resolved} of {res.n_gold}; unresolved count as misses: "
          f"{acc * res.n_resolved / max(res.n_gold, 1):.3f})")
    if corpus == "LGL":
        print(f"  Mordecai 3 reports 0.827 acc@161 on LGL: geomap is {'above' if acc > 0.827 else 'BELOW'}")
    return {"ours": ours, "best": (best_name, best), "resolution": res}


def bench_speed(eval_dir: Path, n: int = 200) -> None:
    src = eval_dir / "corpora" / "LGL"
    files = sorted(src.iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else 1 << 30)[:n]
    if len(files) < n:
        print(f"\n== speed: skipped (need {n} articles in {src})")
        return
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for f in files:
            dst = Path(tmp) / f"article_{f.name}.txt"
            shutil.copyfile(f, dst)
            paths.append(str(dst))
        cmd = [sys.executable, "-m", "geomap", "extract", *paths, "--published", "2010-01-01"]
        if shutil.which("taskset"):
            cmd = ["taskset", "-c", "0", *cmd]
        env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        import resource

        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp)
        seconds = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    print(f"\n== speed: `geomap extract` over {n} LGL articles, one process"
          f"{' pinned to one core' if 'taskset' in cmd[0] else ''}, cold start included")
    if proc.returncode != 0 or len(lines) != n:
        print(f"  exit {proc.returncode}, {len(lines)} output lines; stderr: {proc.stderr.strip()[:500]}")
    print(f"  wall {seconds:.2f} s: {n / seconds:.1f} articles per second (target: over 50)")
    print(f"  CPU {cpu:.2f} s: {n / max(cpu, 1e-9):.1f} articles per CPU-second "
          f"(wall well above CPU means other processes shared the core; load average {os.getloadavg()[0]:.1f})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL, help="the shared eval folder")
    ap.add_argument("--corpus", choices=CORPORA, action="append", help="only this corpus (repeatable)")
    ap.add_argument("--skip-speed", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    if not (args.eval_dir / "gold").is_dir():
        print(f"bench_geoparse: {args.eval_dir} has no gold/ folder: the evaluation corpora are absent; skipped")
        return 0
    for corpus in args.corpus or CORPORA:
        if not (args.eval_dir / "gold" / f"{corpus}_gold.txt").is_file():
            print(f"\n== {corpus}: absent from {args.eval_dir}; skipped")
            continue
        print(f"target: {TARGETS[corpus]}")
        bench_corpus(args.eval_dir, corpus)
    if not args.skip_speed:
        bench_speed(args.eval_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
