"""The fitted candidate ranking: features of a candidate in its document, and their weights.

Each candidate place of a name gets a feature vector (:data:`FEATURES`): how the
gazetteer ranks it, what kind of place it is, how its name matched, whether it
lies in the area the document is about, in the place the text puts it in ("X, Y",
"X (Y)", "X in Y"), near the document's other places. A logistic model turns the
vector into the probability that the candidate is the place meant; the weights
are fitted on the development data by ``benchmarks/fit_resolution.py``, which
writes ``geomap/data/resolution/weights.tsv`` with the fit it printed.

Examples
--------
>>> w = load_weights()
>>> 0.0 < w.probability([0.0] * len(FEATURES)) < 1.0
True
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Sequence

from geomap.exc import PackageDataError
from geomap.settings import data_path

__all__ = ["FEATURES", "Weights", "load_weights"]

#: The features, in the order of the vectors (see :func:`geomap.text.resolve.candidate_features`).
FEATURES: tuple[str, ...] = (
    "bias",          # 1
    "prior",         # the gazetteer's score in [0, 1] (feature type, population, kind of alias)
    "top",           # the gazetteer's first candidate for the name
    "own_name",      # the place's own name is the name (not only an alternate name)
    "unique_name",   # the only candidate whose own name is the whole name as written ("Laurel County")
    "log_pop",       # log10(population + 1) / 7, at most 1
    "country",       # a country
    "adm1",          # a first-level division
    "adm2",          # a second-level division
    "seat",          # a capital or seat of a division (PPLC, PPLA ...)
    "facility",      # airport, air base, military base
    "natural",       # sea, river, region, continent ...
    "loose",         # found only by the loose key (a transliteration, within the area)
    "fuzzy",         # found only by the misspelling fallback (within the area)
    "in_area",       # its country is one the document is about (share of the strongest country's votes)
    "out_area",      # the document is about other countries
    "in_hint",       # its country is one the user gave
    "contained",     # it lies in the place the text puts it in ("X, Y", "X (Y)", "X in Y")
    "not_contained", # it does not
    "support",       # nearness to the document's other places: mean of exp(-km / 150)
    "near_anchor",   # nearness to the document's divisions and cities: exp(-km / 300) to the nearest
    "ambiguity",     # log(1 + number of candidates) / 3
    "one_word",      # the name is one word
)

#: Before any fit: hand-set weights, so that the ranking works while it is refitted.
_DEFAULT = {"bias": -2.0, "prior": 3.0, "top": 0.8, "own_name": 0.4, "unique_name": 0.5, "log_pop": 0.5, "country": 0.3,
            "adm1": 0.3, "adm2": -0.2, "seat": 0.3, "facility": 0.0, "natural": 0.0, "loose": -0.8,
            "fuzzy": -1.5, "in_area": 1.5, "out_area": -1.5, "in_hint": 1.0, "contained": 2.0,
            "not_contained": -3.0, "support": 2.0, "near_anchor": 1.0, "ambiguity": -0.3, "one_word": 0.0}


@dataclass(frozen=True)
class Weights:
    """Weights of the features (:data:`FEATURES` order), the calibration, and the fit they came from.

    ``calibration`` ``(a, b)`` maps the model's probability of the best candidate of a
    name to the share of such answers that are right on the development data
    (Platt scaling: ``sigmoid(a * logit(p) + b)``).
    """

    values: tuple[float, ...]
    fit: str = ""
    calibration: tuple[float, float] = (1.0, 0.0)
    #: (a, b1, b2, b3): an incident's confidence that its point lies within 25 km of the event,
    #: sigmoid(a * logit(confidence of its place) + b[geo_precision]), fitted on the ACLED notes
    incident: tuple[float, float, float, float] = (1.0, 0.0, -1.0, -2.0)

    def confidence(self, p: float) -> float:
        """The calibrated confidence of an answer whose model probability is ``p``."""
        p = min(max(p, 1e-6), 1 - 1e-6)
        a, b = self.calibration
        z = a * math.log(p / (1 - p)) + b
        return 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0

    def score(self, x: Sequence[float]) -> float:
        """The model's log-odds for a feature vector."""
        return sum(w * v for w, v in zip(self.values, x))

    def incident_confidence(self, place_confidence: float, geo_precision: int | None) -> float:
        """How likely an incident's point is within 25 km of the event, from its place's confidence."""
        p = min(max(place_confidence, 1e-6), 1 - 1e-6)
        a = self.incident[0]
        b = self.incident[min(max(int(geo_precision or 3), 1), 3)]
        z = a * math.log(p / (1 - p)) + b
        return 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0

    def probability(self, x: Sequence[float]) -> float:
        """The probability that a candidate with features ``x`` is the place meant."""
        z = self.score(x)
        return 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0


def _parse(text: str, path: str) -> Weights:
    values = dict(_DEFAULT)
    calibration = [1.0, 0.0]
    incident = [1.0, 0.0, -1.0, -2.0]
    fit_lines = []
    for line in text.splitlines():
        if line.startswith("#"):
            fit_lines.append(line[1:].strip())
            continue
        if not line.strip() or line.startswith("feature\t"):
            continue
        name, _, value = line.partition("\t")
        if name in ("calibration_a", "calibration_b"):
            calibration[name.endswith("_b")] = float(value)
            continue
        if name in ("incident_a", "incident_b1", "incident_b2", "incident_b3"):
            incident[("incident_a", "incident_b1", "incident_b2", "incident_b3").index(name)] = float(value)
            continue
        if name not in values:
            raise PackageDataError(f"{path}: unknown feature {name!r}; the features are {', '.join(FEATURES)}")
        try:
            values[name] = float(value)
        except ValueError:
            raise PackageDataError(f"{path}: the weight of {name} is not a number: {value!r}") from None
    return Weights(tuple(values[f] for f in FEATURES), "\n".join(fit_lines), (calibration[0], calibration[1]),
                   (incident[0], incident[1], incident[2], incident[3]))


@functools.lru_cache(maxsize=1)
def load_weights() -> Weights:
    """The packaged weights (``geomap/data/resolution/weights.tsv``); hand-set ones if it is absent."""
    path = data_path("resolution", "weights.tsv")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Weights(tuple(_DEFAULT[f] for f in FEATURES), "hand-set (no fit)")
    except OSError as e:
        raise PackageDataError(f"{path}: cannot be read ({e}); reinstall geomap") from None
    return _parse(text, str(path))
