"""Fit the candidate ranking of the resolver on the development data, and write its weights.

The resolver (:mod:`geomap.text.resolve`) scores each candidate place of a name with a
logistic model over the features of :data:`geomap.text._ranking.FEATURES`. This script

1. runs recognition and resolution on the ``dev`` part of every development set
   (``benchmarks/_devsets.py``: LGL, GeoVirus and the ACLED notes; the ``held`` part is
   never read here), with no country hints, recording every candidate's features;
2. labels the candidates: on LGL and GeoVirus a candidate of a name matched to a gold
   toponym is right when it lies within 161 km of the gold point; on the ACLED notes a
   candidate of the name ACLED coded as the location is right within 25 km of ACLED's
   point, and a country's name is right as the country ACLED names;
3. fits the weights by L2-regularised logistic regression (Newton's method), reports
   5-fold cross-validated figures by document (share of names whose best candidate is
   right, log loss, calibration), then fits on all of ``dev`` and writes
   ``geomap/data/resolution/weights.tsv`` with these figures in its header. The
   features depend on the other names' choices, so fit and resolution alternate
   (``--rounds``, default 2).

Run: ``python benchmarks/fit_resolution.py [--rounds N] [--dry-run]``; then
``python benchmarks/bench_where.py`` for the held-out figures.
"""
from __future__ import annotations

import argparse
import math
import sys
import time
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import _devsets  # noqa: E402

OUT = HERE.parent / "geomap" / "data" / "resolution" / "weights.tsv"
L2 = 1.0
FOLDS = 5
#: Features the development data cannot teach (it is run without country hints): their weights stay as set
#: by hand in geomap/text/_ranking.py.
FIXED = ("in_hint",)



def _bins(conf, right) -> str:
    """Tenths of confidence -> share right, as one line."""
    bins = defaultdict(lambda: [0, 0])
    for c, r in zip(conf, right):
        k = min(int(c * 10), 9)
        bins[k][0] += 1
        bins[k][1] += int(r)
    return ", ".join(f"{k / 10:.1f}-{(k + 1) / 10:.1f}: {r / n:.2f} (n={n})" for k, (n, r) in sorted(bins.items()) if n)

def _km(a_lon, a_lat, b_lon, b_lat):
    from geomap._geo import haversine_km

    return haversine_km(a_lon, a_lat, b_lon, b_lat)


def _examples(weights, gaz, lex):
    """(group id, doc id, features, label) for every candidate of every gold-linked name."""
    from geomap.eval import MIDPOINT_TOLERANCE
    from geomap.gazetteer.countries import country_code
    from geomap.gazetteer.normalize import loose_key, normalize_name
    from geomap.text.recognise import recognise
    from geomap.text.resolve import _resolve

    rows = []

    def run(doc_id: str, text: str, label_of):
        spans = recognise(text, gazetteer=gaz)
        trace: list = []
        _resolve(spans, text, gaz, None, lex, weights, trace)
        for si, cand, x in trace:
            y = label_of(spans[si], cand)
            if y is not None:
                rows.append((f"{doc_id}:{spans[si].key}", doc_id, tuple(x), y))

    for name in ("lgl", "geovirus"):
        if not _devsets.available(name):
            continue
        for i, text, gold in _devsets.corpus(name, "dev"):
            def label(sp, c, gold=gold):
                mid = (sp.start + sp.end) / 2
                for g in gold:
                    if g.latitude is None or g.phrase.lower() != sp.text.lower():
                        continue
                    if abs((g.start + g.end) / 2 - mid) < MIDPOINT_TOLERANCE:
                        return 1 if _km(c.longitude, c.latitude, g.longitude, g.latitude) <= 161.0 else 0
                return None
            run(f"{name}{i}", text, label)
    for name in ("acled_af", "acled_me", "acled_africa"):
        if not _devsets.available(name):
            continue
        notes = _devsets.notes(name, "dev")
        if name == "acled_africa":
            notes = notes[::4]  # a quarter of the 4,800 notes: enough, and the set is not the largest
        for n in notes:
            g = n.gold
            keys = {normalize_name(g["location"]), loose_key(g["location"])} - {""}
            cc = country_code(g["country"])

            def label(sp, c, g=g, keys=keys, cc=cc):
                if sp.key in keys or (loose_key(sp.text) and loose_key(sp.text) in keys):
                    return 1 if _km(c.longitude, c.latitude, float(g["longitude"]), float(g["latitude"])) <= 25.0 else 0
                if c.feature_code.startswith("PCL") and normalize_name(sp.text) == normalize_name(g["country"]):
                    return 1 if c.country_code == cc else 0
                return None
            run(f"{name}{n.id}", n.text, label)
    return rows


def _fit(X: np.ndarray, y: np.ndarray, l2: float = L2, iters: int = 30) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (the bias is not penalised)."""
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[0] = 1e-6
    for _ in range(iters):
        z = np.clip(X @ w, -30, 30)
        p = 1 / (1 + np.exp(-z))
        g = X.T @ (p - y) + reg * w
        H = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg)
        step = np.linalg.solve(H, g)
        w -= step
        if np.max(np.abs(step)) < 1e-7:
            break
    return w


def _evaluate(groups, X, y, w) -> dict:
    """Share of names whose best candidate is right (of those with a right one), log loss, calibration."""
    p = 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))
    by: dict[str, list[int]] = defaultdict(list)
    for i, gname in enumerate(groups):
        by[gname].append(i)
    answerable = right = 0
    cal = defaultdict(lambda: [0, 0])
    for idx in by.values():
        if not any(y[i] for i in idx):
            continue
        answerable += 1
        best = max(idx, key=lambda i: p[i])
        right += int(y[best])
        b = min(int(p[best] * 10), 9)
        cal[b][0] += 1
        cal[b][1] += int(y[best])
    eps = 1e-9
    loss = float(-np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
    return {"names": answerable, "best_right": right / max(answerable, 1), "log_loss": loss, "calibration": dict(cal)}


def _best_outcomes(groups, X, y, w) -> tuple[np.ndarray, np.ndarray]:
    """The model's probability of each name's best candidate, and whether it is right (every labelled name)."""
    p = 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))
    by: dict[str, list[int]] = defaultdict(list)
    for i, gname in enumerate(groups):
        by[gname].append(i)
    best = [max(idx, key=lambda i: p[i]) for idx in by.values()]
    return p[best], y[best]


def _platt(p: np.ndarray, right: np.ndarray) -> tuple[float, float]:
    """(a, b) of sigmoid(a * logit(p) + b) fitted to the outcomes."""
    q = np.clip(p, 1e-6, 1 - 1e-6)
    z = np.log(q / (1 - q))
    ab = _fit(np.column_stack([np.ones_like(z), z]), right, l2=1e-3)
    return float(ab[1]), float(ab[0])


def _incident_calibration(gaz) -> dict:
    """Fit how an incident's place confidence and geo_precision say it lies within 25 km (ACLED dev notes)."""
    from geomap.pipeline import extract_document

    xs, ys = [], []
    for name in ("acled_af", "acled_me", "acled_africa"):
        if not _devsets.available(name):
            continue
        notes = _devsets.notes(name, "dev")
        if name == "acled_africa":
            notes = notes[::4]
        for n in notes:
            g = n.gold
            doc = extract_document(n.text, published=n.published or (g["event_date"] if name == "acled_africa" else None),
                                   gazetteer=gaz)
            inc = doc.incidents[0] if doc.incidents else None
            if inc is None or inc.latitude is None or "place_confidence" not in inc.extra:
                continue
            c = min(max(float(inc.extra["place_confidence"]), 1e-6), 1 - 1e-6)
            prec = min(max(int(inc.geo_precision or 3), 1), 3)
            xs.append([math.log(c / (1 - c))] + [1.0 if prec == k else 0.0 for k in (1, 2, 3)])
            ys.append(1.0 if _km(inc.longitude, inc.latitude, float(g["longitude"]), float(g["latitude"])) <= 25 else 0.0)
    if not xs:
        return {"params": (1.0, 0.0, -1.0, -2.0), "line": "incident calibration: no ACLED notes; defaults kept"}
    X, y = np.array(xs), np.array(ys)
    w = _fit(np.column_stack([np.ones(len(X)) * 0, X]), y, l2=1e-3)[1:]
    z = X @ w
    conf = 1 / (1 + np.exp(-z))
    line = (f"incident calibration (a={w[0]:.3f}, b by geo_precision {w[1]:.3f} {w[2]:.3f} {w[3]:.3f}) on "
            f"{len(y):,} ACLED dev incidents, confidence -> share within 25 km: " + _bins(conf, y))
    return {"params": tuple(float(v) for v in w), "line": line}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--dry-run", action="store_true", help="print the fit, do not write the weights")
    args = ap.parse_args(argv)
    if not any(_devsets.available(n) for n in ("lgl", "geovirus", "acled_af")):
        print(f"fit_resolution: no development data in {_devsets.SHARED}; nothing to fit")
        return 0
    from geomap.gazetteer import default_gazetteer
    from geomap.text._lexicon import lexicon
    from geomap.text._ranking import _DEFAULT, FEATURES, Weights, load_weights
    from geomap.text.rules import load_rules

    gaz, lex = default_gazetteer(), lexicon(load_rules("en"))
    weights = load_weights()
    report = []
    for rnd in range(args.rounds):
        t0 = time.perf_counter()
        rows = _examples(weights, gaz, lex)
        groups = [r[0] for r in rows]
        docs = np.array([zlib.crc32(r[1].encode()) % FOLDS for r in rows])
        X = np.array([r[2] for r in rows], dtype=float)
        y = np.array([r[3] for r in rows], dtype=float)
        cv = []
        for f in range(FOLDS):
            tr, te = docs != f, docs == f
            w = _fit(X[tr], y[tr])
            cv.append(_evaluate([g for g, m in zip(groups, te) if m], X[te], y[te], w))
        w = _fit(X, y)
        train = _evaluate(groups, X, y, w)
        names = sum(c["names"] for c in cv)
        cv_best = sum(c["best_right"] * c["names"] for c in cv) / max(names, 1)
        cv_loss = float(np.mean([c["log_loss"] for c in cv]))
        before = _evaluate(groups, X, y, np.array(weights.values))
        line = (f"round {rnd + 1}: {len(rows):,} candidates of {train['names']:,} names with a right candidate; "
                f"best candidate right: with the weights before {before['best_right']:.3f}, "
                f"5-fold CV {cv_best:.3f} (log loss {cv_loss:.3f}), on all dev {train['best_right']:.3f} "
                f"({time.perf_counter() - t0:.0f} s)")
        print(line)
        report.append(line)
        fixed = {f: _DEFAULT[f] for f in FIXED}
        weights = Weights(tuple(fixed.get(f, float(v)) for f, v in zip(FEATURES, w)), "")
    pb, rb = _best_outcomes(groups, X, y, np.array(weights.values))
    a, b = _platt(pb, rb)
    conf = 1 / (1 + np.exp(-(a * np.log(np.clip(pb, 1e-6, 1 - 1e-6) / (1 - np.clip(pb, 1e-6, 1 - 1e-6))) + b)))
    cal_line = f"calibration (Platt a={a:.3f} b={b:.3f}) on dev, every labelled name's best candidate: " + _bins(conf, rb)
    print(cal_line)
    for f, v in zip(FEATURES, weights.values):
        print(f"  {f:14s} {v:+.3f}")
    inc = _incident_calibration(gaz)
    print(inc["line"])
    if args.dry_run:
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = ["# Weights of the resolver's candidate ranking (geomap/text/_ranking.py), fitted by",
              "# benchmarks/fit_resolution.py on the dev part of LGL, GeoVirus and the ACLED notes",
              "# (benchmarks/_devsets.py; the held part is never read), with no country hints.",
              "# Source: fitted by geomap from public evaluation data (EUPEG corpora, ACLED notes), which is not copied.",
              *[f"# {r}" for r in report], f"# {cal_line}", f"# {inc['line']}"]
    body = ["feature\tweight"] + [f"{f}\t{v:.5f}" for f, v in zip(FEATURES, weights.values)] \
        + [f"calibration_a\t{a:.5f}", f"calibration_b\t{b:.5f}"] \
        + [f"incident_{k}\t{v:.5f}" for k, v in zip(("a", "b1", "b2", "b3"), inc["params"])]
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
