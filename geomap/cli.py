"""The ``geomap`` command line: a thin layer over the public API.

Each sub-command has an ``_add_<name>(sub)`` function that declares its
arguments and a ``_run_<name>(args)`` function that calls the library and
prints. ``GeomapError`` becomes a one-line message on stderr and exit code 1.
Heavy modules (geopandas, folium) are imported inside the commands that need
them, so ``geomap geocode`` starts in a fraction of a second.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Callable, Sequence

from geomap.exc import GeomapError

__all__ = ["main"]


class _UsageError(Exception):
    """Bad usage detected after argparse (exit 1 with a one-line message)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 1 (the CLI contract)
        raise _UsageError(f"{self.prog}: {message}")


def _print_json_line(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------- geocode
def _add_geocode(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("geocode", help="resolve place names offline with the gazetteer")
    p.add_argument("names", nargs="+", metavar="NAME", help="place names; '-' alone reads one per line from stdin")
    p.add_argument("--country", metavar="CC", help="ISO country code hint (e.g. LB), comma-separated for several")
    p.add_argument("--json", action="store_true", help="print one JSON object per query")
    p.add_argument("--limit", type=int, default=5, help="candidates to print per query (default 5)")
    p.set_defaults(func=_run_geocode)


_GEOCODE_FIELDS = ("name", "geonameid", "country_code", "admin1", "latitude", "longitude",
                   "feature_code", "population", "matched", "score")


def _run_geocode(args: argparse.Namespace) -> int:
    from geomap.gazetteer import default_gazetteer

    if args.names == ["-"]:
        names: object = (line.rstrip("\r\n") for line in sys.stdin)
    elif "-" in args.names:
        raise _UsageError("geomap geocode: '-' must be the only NAME (it reads names from stdin)")
    else:
        names = args.names
    if args.limit < 1:
        raise _UsageError("geomap geocode: --limit must be at least 1")
    country = [c.strip().upper() for c in args.country.split(",")] if args.country else None
    gaz = default_gazetteer()
    for name in names:
        places = gaz.resolve(name, country=country, limit=args.limit)
        if args.json:
            cands = []
            for p in places:
                d = {k: getattr(p, k) for k in _GEOCODE_FIELDS}
                d["score"] = round(p.score, 4)
                if p.fuzzy:
                    d["fuzzy"] = True
                d["source"] = p.source
                cands.append(d)
            _print_json_line({"query": name, "candidates": cands})
        elif not places:
            print(f"{name}\t(unresolved)")
        else:
            best = places[0]
            flag = " (fuzzy)" if best.fuzzy else ""
            print(f"{name}\t{best.latitude:.5f}, {best.longitude:.5f}\t{best.name}, "
                  f"{best.admin1 + ', ' if best.admin1 else ''}{best.country_code}\t"
                  f"{best.feature_code}\tgeonameid={best.geonameid}\tscore={best.score:.3f}{flag}")
    return 0


# ------------------------------------------------------------------ eval
def _add_eval(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score place recognition and resolution on an EUPEG-layout corpus")
    p.add_argument("--corpus", required=True, metavar="DIR", help="folder whose files 0, 1, 2 ... are the documents")
    p.add_argument("--gold", required=True, metavar="FILE",
                   help="gold file: line i holds document i's toponyms (name,,phrase,,lat,,lon,,start,,end||...)")
    p.add_argument("--out", metavar="PRED", help="write the predictions here, in the gold line format")
    p.add_argument("--gold-offset", type=int, default=None, metavar="N",
                   help="shift gold spans by N characters (default: detected from the texts; GeoVirus is -1)")
    p.add_argument("--demonyms", choices=("auto", "yes", "no"), default="auto",
                   help="score demonyms such as 'Iraqi' as toponyms (auto: when the gold marks them)")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.set_defaults(func=_run_eval)


def _run_eval(args: argparse.Namespace) -> int:
    from geomap.eval import format_scores, run_corpus

    demonyms = {"auto": None, "yes": True, "no": False}[args.demonyms]
    scores, info = run_corpus(args.corpus, args.gold, out=args.out, include_demonyms=demonyms,
                              gold_offset=args.gold_offset)
    for problem in info["problems"]:
        print(f"geomap eval: warning: {problem}", file=sys.stderr)
    if args.json:
        d = scores.to_dict()
        d.update({k: info[k] for k in ("n_docs", "gold_offset", "include_demonyms", "seconds")})
        d["problems"] = len(info["problems"])
        _print_json_line(d)
    else:
        print(f"corpus {args.corpus}: {info['n_docs']} documents, gold offset {info['gold_offset']:+d}, "
              f"demonyms {'scored' if info['include_demonyms'] else 'not scored'}, {info['seconds']:.1f} s")
        print(format_scores("geomap", scores))
    return 0


# ------------------------------------------------------------------ main
#: Sub-command registrations, in the order ``geomap --help`` lists them.
_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [_add_geocode, _add_eval]


def build_parser() -> argparse.ArgumentParser:
    """Build the ``geomap`` argument parser (all sub-commands)."""
    parser = _Parser(prog="geomap", description="Turn news reports of violent incidents into offline maps.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for add in _COMMANDS:
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code (0 ran, 1 bad usage or a geomap error)."""
    try:
        args = build_parser().parse_args(argv)
        return int(args.func(args) or 0)
    except _UsageError as e:
        print(str(e), file=sys.stderr)
        return 1
    except GeomapError as e:
        print(f"geomap: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
