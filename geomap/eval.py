"""Standard geoparsing metrics and a runner for corpora in the EUPEG layout.

The EUPEG packaging (Wang & Hu 2019) of the standard corpora (LGL, GeoVirus,
...) stores document *i* as the file ``DIR/<i>`` and its gold toponyms as line
*i* of a gold file: toponyms separated by ``||``, fields by ``,,``::

    name,,phrase,,lat,,lon,,start,,end

(further fields, when present, are ignored). Published systems' outputs come
in the same line format, so every system is scored by the same code.

The rules (Gritta et al. 2018; EUPEG):

* a predicted toponym matches a gold one when the phrases are equal ignoring
  case and the span mid-points are less than 10 characters apart; matching is
  one to one (each gold and each prediction is used at most once);
* recognition: precision, recall and F1 over all toponyms of the corpus;
* resolution, on the matched pairs: accuracy within 161 km, mean and median
  error in km (haversine, R = 6371 km), and AUC, the trapezoid area under the
  sorted ``log(1 + error) / log(20039)`` curve (lower is better).

Everything here is pure except :func:`read_gold`, :func:`read_corpus` and
:func:`run_corpus`, which touch files.

Examples
--------
>>> gold = parse_line("Paris,,Paris,,48.85,,2.35,,0,,5||")
>>> pred = parse_line("Paris,,paris,,48.86,,2.34,,1,,6||")
>>> s = score([gold], [pred])
>>> (s.precision, s.recall, s.accuracy_161)
(1.0, 1.0, 1.0)
"""
from __future__ import annotations

import math
import re
import statistics
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from geomap.gazetteer import haversine_km

from geomap._files import check_file
from geomap.exc import InputFileError

__all__ = [
    "Toponym",
    "Scores",
    "parse_line",
    "format_line",
    "match_toponyms",
    "score",
    "detect_gold_offset",
    "mentions_to_toponyms",
    "read_gold",
    "read_corpus",
    "run_corpus",
    "format_scores",
    "IncidentScores",
    "match_incidents",
    "score_event_note",
    "score_event_notes",
    "score_incidents",
]

#: Half the Earth's circumference in km: the largest possible error (AUC scale).
MAX_ERROR_KM = 20039.0
#: Earth radius used by the standard metric.
#: Mid-points of matching spans must be closer than this, in characters.
MIDPOINT_TOLERANCE = 10
#: Radius of the accuracy metric, km.
ACCURACY_KM = 161.0


@dataclass(frozen=True)
class Toponym:
    """One toponym of a gold or predicted line.

    ``latitude``/``longitude`` are None when the system gave no coordinates
    (it then counts for recognition only).
    """

    name: str
    phrase: str
    latitude: float | None
    longitude: float | None
    start: int
    end: int

    @property
    def midpoint(self) -> float:
        """Mid-point of the character span."""
        return (self.start + self.end) / 2.0


@dataclass(frozen=True)
class Scores:
    """The standard figures for one system on one corpus.

    ``n_gold``, ``n_pred`` and ``n_matched`` count toponyms; the resolution
    figures are over the ``n_resolved`` matched pairs that have coordinates on
    both sides (None when there are none).
    """

    precision: float
    recall: float
    f1: float
    accuracy_161: float | None
    mean_km: float | None
    median_km: float | None
    auc: float | None
    n_gold: int
    n_pred: int
    n_matched: int
    n_resolved: int

    def to_dict(self) -> dict[str, Any]:
        """Plain-dict form."""
        return asdict(self)


def _float_or_none(s: str) -> float | None:
    s = s.strip()
    if not s:
        return None
    try:
        v = float(s)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def parse_line(line: str, *, offset: int = 0) -> list[Toponym]:
    """Parse one line of the EUPEG format.

    Parameters
    ----------
    line : str
        ``name,,phrase,,lat,,lon,,start,,end`` items separated by ``||``.
    offset : int
        Added to every start and end (GeoVirus gold spans are shifted by +1:
        pass ``offset=-1`` to bring them onto the text).

    Returns
    -------
    list of Toponym
        Items with fewer than six fields or non-integer offsets are skipped
        (they cannot be matched).

    Examples
    --------
    >>> parse_line("Qaim,,Qaim,,34.37,,41.09,,3,,7||")[0].end
    7
    """
    out: list[Toponym] = []
    for item in line.rstrip("\r\n").split("||"):
        if not item.strip():
            continue
        f = item.split(",,")
        if len(f) < 6:
            continue
        try:
            start, end = int(f[4]) + offset, int(f[5]) + offset
        except ValueError:
            continue
        out.append(Toponym(f[0], f[1], _float_or_none(f[2]), _float_or_none(f[3]), start, end))
    return out


def _clean(s: str) -> str:
    return s.replace("||", " ").replace(",,", ", ").replace("\n", " ").replace("\r", " ")


def format_line(toponyms: Iterable[Toponym]) -> str:
    """Write toponyms as one EUPEG line (without the newline); inverse of :func:`parse_line`."""
    parts = []
    for t in toponyms:
        lat = "" if t.latitude is None else f"{t.latitude:.5f}"
        lon = "" if t.longitude is None else f"{t.longitude:.5f}"
        parts.append(f"{_clean(t.name)},,{_clean(t.phrase)},,{lat},,{lon},,{t.start},,{t.end}||")
    return "".join(parts)


def match_toponyms(gold: Sequence[Toponym], pred: Sequence[Toponym]) -> list[tuple[Toponym, Toponym]]:
    """Pair predictions with gold toponyms of one document, one to one.

    A pair needs equal phrases (ignoring case) and span mid-points less than
    10 characters apart. Each gold toponym, in order, takes the closest
    unused prediction that qualifies.
    """
    used: set[int] = set()
    by_phrase: dict[str, list[int]] = {}
    for j, p in enumerate(pred):
        by_phrase.setdefault(p.phrase.strip().casefold(), []).append(j)
    pairs = []
    for g in gold:
        best, best_d = None, float(MIDPOINT_TOLERANCE)
        for j in by_phrase.get(g.phrase.strip().casefold(), ()):
            if j in used:
                continue
            d = abs(pred[j].midpoint - g.midpoint)
            if d < best_d:
                best, best_d = j, d
        if best is not None:
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


def _auc(errors_km: Sequence[float]) -> float:
    ys = [math.log(1.0 + e) / math.log(MAX_ERROR_KM) for e in sorted(errors_km)]
    if len(ys) == 1:
        return ys[0]
    area = sum((a + b) / 2.0 for a, b in zip(ys, ys[1:]))
    return area / (len(ys) - 1)


def score(gold_docs: Sequence[Sequence[Toponym]], pred_docs: Sequence[Sequence[Toponym]]) -> Scores:
    """Score predictions against gold, document by document.

    Parameters
    ----------
    gold_docs, pred_docs : sequences of sequences of Toponym
        One entry per document, in the same order. A missing prediction
        document (``pred_docs`` shorter) counts as no predictions.

    Returns
    -------
    Scores
    """
    n_gold = sum(len(g) for g in gold_docs)
    n_pred = 0
    errors: list[float] = []
    n_matched = 0
    for i, gold in enumerate(gold_docs):
        pred = pred_docs[i] if i < len(pred_docs) else ()
        n_pred += len(pred)
        for g, p in match_toponyms(gold, pred):
            n_matched += 1
            if None in (g.latitude, g.longitude, p.latitude, p.longitude):
                continue
            errors.append(haversine_km(g.longitude, g.latitude, p.longitude, p.latitude))  # type: ignore[arg-type]
    for extra in pred_docs[len(gold_docs):]:
        n_pred += len(extra)
    precision = n_matched / n_pred if n_pred else 0.0
    recall = n_matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if errors:
        acc = sum(1 for e in errors if e <= ACCURACY_KM) / len(errors)
        return Scores(precision, recall, f1, acc, statistics.fmean(errors), statistics.median(errors),
                      _auc(errors), n_gold, n_pred, n_matched, len(errors))
    return Scores(precision, recall, f1, None, None, None, None, n_gold, n_pred, n_matched, 0)


def detect_gold_offset(texts: Sequence[str], gold_docs: Sequence[Sequence[Toponym]]) -> int:
    """Find the shift (-1, 0 or +1) that puts gold spans onto the texts.

    Counts, for each candidate shift, how many gold phrases equal the text at
    the shifted span, and returns the best (0 on ties). GeoVirus gives -1.
    """
    counts = {}
    for shift in (0, -1, 1):
        n = 0
        for text, gold in zip(texts, gold_docs):
            for g in gold:
                s, e = g.start + shift, g.end + shift
                if 0 <= s < e <= len(text) and text[s:e].casefold() == g.phrase.casefold():
                    n += 1
        counts[shift] = n
    best = max(counts, key=lambda k: (counts[k], k == 0))
    return best


def mentions_to_toponyms(mentions: Iterable[Any], *, include_demonyms: bool = True,
                         include_unresolved: bool = False) -> list[Toponym]:
    """Turn :class:`geomap.model.Mention` objects into toponyms for scoring.

    Parameters
    ----------
    include_demonyms : bool
        Keep demonym/adjective mentions ("Iraqi", "American"). LGL's gold marks
        them; GeoVirus's does not.
    include_unresolved : bool
        Keep mentions with no resolved place (without coordinates).
    """
    out = []
    for m in mentions:
        if m.kind == "unknown":
            continue  # a name the gazetteer does not know, reported with its span: not claimed as a toponym
        if not include_demonyms and m.kind != "toponym":
            continue
        p = m.place
        if p is None:
            if include_unresolved:
                out.append(Toponym(m.text, m.text, None, None, m.start, m.end))
            continue
        out.append(Toponym(p.name, m.text, p.latitude, p.longitude, m.start, m.end))
    return out


# ----------------------------------------------------------------- file edges
def read_gold(path: str | Path, *, offset: int = 0) -> list[list[Toponym]]:
    """Read a gold (or predictions) file: one document per line.

    Raises
    ------
    geomap.exc.InputFileError
        When the file is missing or not UTF-8 text.
    """
    p = Path(path)
    if p.exists():  # a FIFO or device would block or never end: refused before it is opened
        check_file(p, what="a gold file")
    try:
        raw = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputFileError(f"{p}: no such gold file; give the path of a file in the EUPEG line format "
                             "(name,,phrase,,lat,,lon,,start,,end||...)") from None
    except UnicodeDecodeError:
        raise InputFileError(f"{p}: not UTF-8 text; a gold file is UTF-8 lines in the EUPEG format") from None
    except OSError as e:
        raise InputFileError(f"{p}: cannot be read ({e.strerror}); check the path and permissions") from None
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [parse_line(line, offset=offset) for line in lines]


def read_corpus(directory: str | Path, n_docs: int) -> tuple[list[str], list[str]]:
    """Read documents ``DIR/0`` .. ``DIR/<n_docs-1>``.

    Returns
    -------
    texts, problems : list of str, list of str
        ``texts[i]`` is document *i* ('' when it could not be read); each
        problem names the file and what went wrong.
    """
    d = Path(directory)
    if not d.is_dir():
        raise InputFileError(f"{d}: no such corpus folder; give a folder whose files 0, 1, 2 ... are the documents")
    texts, problems = [], []
    for i in range(n_docs):
        f = d / str(i)
        if f.exists() and not f.is_file():
            texts.append("")
            problems.append(f"{f}: not a regular file (a folder, pipe or device); scored as empty")
            continue
        try:
            texts.append(f.read_text(encoding="utf-8"))
        except FileNotFoundError:
            texts.append("")
            problems.append(f"{f}: missing (scored as a document with no predictions)")
        except UnicodeDecodeError:
            try:
                texts.append(f.read_text(encoding="latin-1"))
                problems.append(f"{f}: not UTF-8, read as Latin-1")
            except OSError as e:
                texts.append("")
                problems.append(f"{f}: unreadable ({e})")
        except OSError as e:
            texts.append("")
            problems.append(f"{f}: unreadable ({e})")
    return texts, problems


def run_corpus(directory: str | Path, gold_path: str | Path, *,
               out: str | Path | None = None,
               parse: Callable[[str], Sequence[Any]] | None = None,
               include_demonyms: bool | None = None,
               gold_offset: int | None = None) -> tuple[Scores, dict[str, Any]]:
    """Geoparse every document of a corpus and score it against the gold.

    Parameters
    ----------
    directory : path
        Corpus folder (``DIR/<i>`` is document *i*).
    gold_path : path
        Gold file; its line count is the number of documents.
    out : path, optional
        Where to write the predictions, one EUPEG line per document.
    parse : callable, optional
        ``text -> list[Mention]``; default :func:`geomap.text.document.find_places` with the
        packaged gazetteer.
    include_demonyms : bool, optional
        Score demonym mentions too. Default: only when the gold has any
        adjectival phrases (as LGL does), decided from the gold itself.
    gold_offset : int, optional
        Shift applied to gold spans; detected from the texts when None.

    Returns
    -------
    scores, info : Scores, dict
        ``info`` has ``problems`` (list of str), ``gold_offset``,
        ``include_demonyms``, ``n_docs`` and ``seconds``.
    """
    import time

    if parse is None:
        import functools

        from geomap.gazetteer import default_gazetteer
        from geomap.text.document import find_places

        parse = functools.partial(find_places, gazetteer=default_gazetteer())
    gold = read_gold(gold_path)
    texts, problems = read_corpus(directory, len(gold))
    if gold_offset is None:
        gold_offset = detect_gold_offset(texts, gold)
    if gold_offset:
        gold = [[Toponym(g.name, g.phrase, g.latitude, g.longitude, g.start + gold_offset, g.end + gold_offset)
                 for g in doc] for doc in gold]
    if include_demonyms is None:
        include_demonyms = _gold_has_demonyms(gold)
    t0 = time.perf_counter()
    preds: list[list[Toponym]] = []
    for i, text in enumerate(texts):
        try:
            mentions = parse(text) if text.strip() else []
        except Exception as e:  # one bad document must not stop the corpus
            problems.append(f"{Path(directory) / str(i)}: geoparsing failed ({type(e).__name__}: {e})")
            mentions = []
        preds.append(mentions_to_toponyms(mentions, include_demonyms=include_demonyms, include_unresolved=True))
    seconds = time.perf_counter() - t0
    if out is not None:
        from geomap._files import write_output

        write_output(out, "".join(format_line(p) + "\n" for p in preds), what="the predictions")
    info = {"problems": problems, "gold_offset": gold_offset, "include_demonyms": include_demonyms,
            "n_docs": len(texts), "seconds": seconds}
    return score(gold, preds), info


def _gold_has_demonyms(gold: Sequence[Sequence[Toponym]]) -> bool:
    from geomap.text.recognise import is_demonym

    return any(is_demonym(t.phrase) for doc in gold for t in doc)


def format_scores(label: str, s: Scores) -> str:
    """One human-readable line of figures."""
    def pct(v: float | None) -> str:
        return "   n/a" if v is None else f"{v:6.3f}"

    def km(v: float | None) -> str:
        return "    n/a" if v is None else f"{v:7.0f}"

    return (f"{label:<14} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
            f"acc@161 {pct(s.accuracy_161)}  mean {km(s.mean_km)} km  median {km(s.median_km)} km  "
            f"AUC {pct(s.auc)}  n_gold {s.n_gold}  n_pred {s.n_pred}  n_matched {s.n_matched}")


# --------------------------------------------------------------------------- incidents
@dataclass(frozen=True)
class IncidentScores:
    """Incident extraction against gold: counts, precision/recall, fatalities and toll."""

    n_pred: int
    n_gold: int
    matched: int
    fatalities_right: int
    toll_pred: int
    toll_gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.n_gold if self.n_gold else 0.0

    @property
    def fatalities(self) -> float:
        """Share of matched incidents with the gold toll (no toll stated = 0)."""
        return self.fatalities_right / self.matched if self.matched else 0.0

    def __add__(self, other: "IncidentScores") -> "IncidentScores":
        return IncidentScores(*(a + b for a, b in zip(
            (self.n_pred, self.n_gold, self.matched, self.fatalities_right, self.toll_pred, self.toll_gold),
            (other.n_pred, other.n_gold, other.matched, other.fatalities_right, other.toll_pred, other.toll_gold))))


def match_incidents(pred: Sequence[Any], gold: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (pred index, gold index) of the same event: the same day (or a gold day left open) and a
    placed point within the gold's ``km`` of its point (one placed only by its province or country,
    ``geo_precision`` 3, or not placed, in the gold's country); nearest first, each incident in one
    pair at most.

    ``pred`` are :class:`~geomap.model.Incident`; each gold is a mapping with ``event_date``
    (ISO or None), ``latitude``, ``longitude``, ``km`` and optionally ``country``.
    """
    options = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if g.get("event_date") and (p.event_date or None) != g["event_date"]:
                continue
            if p.latitude is None or p.longitude is None:
                if g.get("country") and p.country == g["country"]:
                    options.append((float(g.get("km", 25)), i, j))
                continue
            km = haversine_km(p.longitude, p.latitude, float(g["longitude"]), float(g["latitude"]))
            if km <= float(g.get("km", 25)):
                options.append((km, i, j))
            elif p.geo_precision == 3 and g.get("country") and p.country == g["country"]:
                options.append((float(g.get("km", 25)) + km, i, j))  # placed only by its province or country
    pairs, used_p, used_g = [], set(), set()
    for _, i, j in sorted(options):
        if i not in used_p and j not in used_g:
            pairs.append((i, j))
            used_p.add(i)
            used_g.add(j)
    return sorted(pairs, key=lambda ij: ij[1])


def score_incidents(pred: Sequence[Any], gold: Sequence[Mapping[str, Any]]) -> IncidentScores:
    """:class:`IncidentScores` of one document's incidents against its gold (see :func:`match_incidents`)."""
    pairs = match_incidents(pred, gold)
    right = sum(1 for i, j in pairs if (pred[i].fatalities or 0) == int(gold[j].get("fatalities") or 0))
    return IncidentScores(len(pred), len(gold), len(pairs), right,
                          sum(p.fatalities or 0 for p in pred), sum(int(g.get("fatalities") or 0) for g in gold))


#: ACLED's period after a state's forces ("Military Forces of Syria (2000-)"), which ``actor1_base`` ignores.
_ACTOR_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")


def score_event_note(inc: Any, gold: Mapping[str, Any]) -> dict[str, bool]:
    """Which of ACLED's fields one incident read from a single-event note gets right, against the note's gold.

    Keys: ``date`` (the exact day), ``sub`` (sub-event type), ``fat`` (fatalities, no toll = 0), ``actor1``
    (exact) and ``actor1_base`` (ignoring ACLED's period suffix ' (YYYY-)').

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> inc = NS(event_date="2021-03-12", sub_event_type="Armed clash", fatalities=None,
    ...         actor1="Military Forces of Syria (2000-)")
    >>> score_event_note(inc, {"event_date": "2021-03-12", "sub_event_type": "Armed clash", "fatalities": 0,
    ...                        "actor1": "Military Forces of Syria (2000-2024)"})["actor1_base"]
    True
    """
    return {"date": inc.event_date == gold["event_date"], "sub": inc.sub_event_type == gold.get("sub_event_type"),
            "fat": (inc.fatalities or 0) == int(gold.get("fatalities") or 0),
            "actor1": inc.actor1 == (gold.get("actor1") or ""),
            "actor1_base": _ACTOR_PERIOD.sub("", inc.actor1) == _ACTOR_PERIOD.sub("", gold.get("actor1") or "")}


#: ISO codes of the countries the written notes name (their country hint).
_NOTE_COUNTRIES = {"Syria": "SY", "Iraq": "IQ"}


def score_event_notes(notes: Iterable[Mapping[str, Any]], *, gazetteer: Any, days_after: int = 3) -> dict[str, float]:
    """The share of single-event notes whose first incident gets each field right (:func:`score_event_note`),
    and ``found``: each note (``text`` and ``gold``) is read as published ``days_after`` days after its event,
    with its country as the hint (the written ACLED-style notes of ``tests/data/incidents``).

    Examples
    --------
    >>> score_event_notes([], gazetteer=None)
    {}
    """
    import datetime as _dt
    from collections import Counter

    from geomap.text.document import extract_document

    notes = list(notes)
    hit: Counter[str] = Counter()
    for note in notes:
        g = note["gold"]
        published = _dt.date.fromisoformat(g["event_date"]) + _dt.timedelta(days=days_after)
        country = _NOTE_COUNTRIES.get(g.get("country", ""))
        incs = extract_document(note["text"], published=published, country_hints=[country] if country else None,
                                gazetteer=gazetteer).incidents
        if incs:
            hit["found"] += 1
            hit.update(k for k, ok in score_event_note(incs[0], g).items() if ok)
    keys = ("found", "date", "sub", "fat", "actor1", "actor1_base")
    return {k: hit[k] / len(notes) for k in keys} if notes else {}
