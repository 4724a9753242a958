"""How gazetteer candidates are ranked: the weights, in one place.

A candidate's score is the share of the best score the query could reach:
feature type (capitals and seats before villages, populated places before
streams), population (log scale), the kind of alias that matched (the
preferred name before an alternate name, a demonym or a code), and, when the
query brings them, a country hint and nearness to context points. The
query-independent part (:func:`base_score`) is computed once per index row.
"""
from __future__ import annotations

import math

__all__ = ["FEATURE_WEIGHT", "W_FEATURE", "W_POP", "W_MATCH", "W_HINT", "W_CONTEXT", "W_PLAIN",
           "feature_weight", "pop_weight", "base_score", "KIND_NAME", "KIND_ALT", "KIND_DEMONYM", "KIND_CODE"]

#: Kinds of alias: the preferred name, an alternate name, a demonym or adjective, a code.
KIND_NAME, KIND_ALT, KIND_DEMONYM, KIND_CODE = 0, 1, 2, 3

FEATURE_WEIGHT = {
    "CONT": 1.0, "PCLI": 1.0, "PCLD": 0.95, "PCLS": 0.95, "PCLF": 0.95, "PCL": 0.95, "TERR": 0.9, "PCLIX": 0.8,
    "PPLC": 0.95, "PPLA": 0.85, "PPLG": 0.8, "PPLA2": 0.75, "PPLA3": 0.65, "PPLA4": 0.6, "PPLA5": 0.58,
    "PPL": 0.55, "PPLS": 0.5, "PPLF": 0.45, "PPLL": 0.45, "PPLR": 0.45, "STLMT": 0.45, "PPLX": 0.4,
    "PPLCH": 0.3, "PPLH": 0.25, "PPLQ": 0.25, "PPLW": 0.25,
    "ADM1": 0.8, "ADM2": 0.6, "ADM3": 0.5, "ADM4": 0.45, "ADMD": 0.45,
    "SEA": 1.0, "OCN": 1.0, "GULF": 0.9, "STRT": 0.85, "STM": 0.7, "RGN": 0.8, "ISL": 0.8, "LK": 0.5,
    "AIRP": 0.45, "AIRB": 0.45, "MILB": 0.5, "AIRF": 0.4,
}
MATCH_WEIGHT = {KIND_NAME: 1.0, KIND_ALT: 0.9, KIND_DEMONYM: 0.85, KIND_CODE: 0.5}
W_FEATURE, W_POP, W_MATCH, W_HINT, W_CONTEXT = 0.35, 0.30, 0.15, 0.35, 0.30
#: The best a query with no hint and no context can reach.
W_PLAIN = W_FEATURE + W_POP + W_MATCH


def feature_weight(fcode: str) -> float:
    """Weight of a GeoNames feature code in [0, 1]."""
    w = FEATURE_WEIGHT.get(fcode)
    if w is not None:
        return w
    if fcode.startswith("PPL") or fcode.startswith("ADM"):
        return 0.5
    return 0.35


def pop_weight(pop: int) -> float:
    """Population on a log scale: 10 million and more is 1."""
    return min(math.log10(pop + 1) / 7.0, 1.0) if pop > 0 else 0.0


def base_score(fcode: str, rank_pop: int, kind: int) -> float:
    """The query-independent part of a candidate's raw score (at most :data:`W_PLAIN`)."""
    return W_FEATURE * feature_weight(fcode) + W_POP * pop_weight(rank_pop) + W_MATCH * MATCH_WEIGHT.get(kind, 0.8)
