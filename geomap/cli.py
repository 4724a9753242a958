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
from typing import Callable, Iterator, Sequence

from geomap.exc import GeomapError
from geomap.exc import UsageError as _UsageError

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("allow_abbrev", False)  # 'extract --json' is an error, not '--jsonl'
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> None:  # one line, exit 1 (the CLI contract)
        raise _UsageError(f"{self.prog}: {message}")


def _print_json_line(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, allow_nan=False) + "\n")


# ------------------------------------------------------------ shared options
def _published_type(value: str) -> object:
    """``--published``: any date geomap reads (2020-01-10, 'Dec. 30, 2019', '30 December 2019')."""
    from geomap.text.dates import parse_published

    try:
        return parse_published(value)
    except GeomapError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD (or a date such as "
                                         "'Dec. 30, 2019')") from None


def _country_type(value: str) -> list[str] | None:
    """``--country``: ISO codes or names, comma-separated; an unknown country is refused."""
    from geomap.gazetteer.countries import parse_country_codes

    try:
        return parse_country_codes(value) or None
    except GeomapError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _add_published(p: argparse.ArgumentParser, help: str) -> None:
    p.add_argument("--published", type=_published_type, metavar="DATE", help=help)


def _add_country(p: argparse.ArgumentParser, help: str) -> None:
    p.add_argument("--country", type=_country_type, metavar="CC", help=help)


# --------------------------------------------------------------------- geocode
def _add_geocode(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("geocode", help="resolve place names offline with the gazetteer")
    p.add_argument("names", nargs="+", metavar="NAME", help="place names; '-' alone reads one per line from stdin")
    _add_country(p, "ISO country code (e.g. LB; comma-separated for several): answers in that country only")
    p.add_argument("--json", action="store_true", help="print one JSON object per query")
    p.add_argument("--limit", type=int, default=5, help="candidates to print per query (default 5)")
    p.set_defaults(func=_run_geocode)


_GEOCODE_FIELDS = ("name", "geonameid", "country_code", "admin1", "latitude", "longitude",
                   "feature_code", "population", "matched", "score")


def _stdin_names() -> Iterator[str]:
    """Names from stdin, one a line, each line decoded on its own (UTF-8, else Windows-1252).

    A stray Latin-1 byte in one line ("Hom\\xe7") is read as the letter it stands
    for, never dropped, so the name is looked up as written; answers are flushed
    line by line for interactive use.
    """
    from geomap._files import decode_bytes

    for raw in sys.stdin.buffer:
        raw = raw.rstrip(b"\r\n")
        yield decode_bytes(raw, "stdin", "a place name")[0].strip() if raw.strip() else ""


def _run_geocode(args: argparse.Namespace) -> int:
    from geomap.gazetteer import default_gazetteer

    interactive = args.names == ["-"]
    if interactive:
        names: object = _stdin_names()
    elif "-" in args.names:
        raise _UsageError("geomap geocode: '-' must be the only NAME (it reads names from stdin)")
    else:
        names = args.names
    if args.limit < 1:
        raise _UsageError("geomap geocode: --limit must be at least 1")
    country = args.country
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
        if interactive:
            sys.stdout.flush()
    return 0


# ------------------------------------------------------------------ gazetteer
def _add_gazetteer(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gazetteer", help="build, inspect and extend the offline gazetteer")
    gsub = p.add_subparsers(dest="gazetteer_command", metavar="ACTION", parser_class=_Parser)
    gsub.required = True
    a = gsub.add_parser("add", help="add a GeoNames dump (SY.txt, IQ.zip, allCountries.zip), or the places of "
                                    "an incident table (--from-incidents), to your gazetteer")
    a.add_argument("file", metavar="FILE", nargs="?")
    a.add_argument("--from-incidents", metavar="TABLE",
                   help="add the places (location, country, admin1 and coordinates) of an incident table")
    a.add_argument("--quiet", action="store_true", help="no progress bar")
    a.set_defaults(func=_run_gazetteer_add)
    i = gsub.add_parser("info", help="show what the gazetteer holds")
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=_run_gazetteer_info)
    b = gsub.add_parser("build", help="(re)build the default index from the installed sources")
    b.set_defaults(func=_run_gazetteer_build)


def _run_gazetteer_add(args: argparse.Namespace) -> int:
    from geomap.gazetteer.dumps import add_geonames_dump

    if bool(args.file) == bool(args.from_incidents):
        raise _UsageError("geomap gazetteer add: give a GeoNames dump FILE or --from-incidents TABLE (one of the two)")
    if args.from_incidents:
        from geomap.pipeline import add_incident_places

        for line, err in add_incident_places(args.from_incidents).lines():
            print(line, file=sys.stderr if err else sys.stdout)
        return 0
    rep = add_geonames_dump(args.file, progress=not args.quiet)
    print(f"{rep.file}: {rep.places_added:,} places and {rep.aliases_added:,} names added "
          f"from {rep.rows_read:,} rows in {rep.seconds:.1f} s")
    if rep.malformed:
        print(f"{rep.malformed:,} malformed rows skipped, e.g.:", file=sys.stderr)
        for lineno, why in rep.malformed_samples[:10]:
            print(f"  line {lineno}: {why}", file=sys.stderr)
    return 0


def _run_gazetteer_info(args: argparse.Namespace) -> int:
    from geomap.gazetteer import default_gazetteer

    info = default_gazetteer().info()
    if args.json:
        _print_json_line(info)
        return 0
    print(f"index: {info['index']} (built {info['built']})")
    print(f"places: {info['places']:,}  names: {info['aliases']:,}")
    for k, v in info["build_counts"].items():
        print(f"  {k}: {v:,}")
    if info["user_index"]:
        print(f"your gazetteer: {info['user_index']} ({info['user_places']:,} places)")
        for d in info["user_dumps"]:
            print(f"  {d['file']}: {d['places_added']:,} places, {d['malformed']:,} malformed rows skipped")
    else:
        print("your gazetteer: none added (geomap gazetteer add FILE)")
    print("Data from GeoNames (geonames.org), CC BY 4.0; airports from airportsdata (MIT).")
    return 0


def _run_gazetteer_build(args: argparse.Namespace) -> int:
    from geomap.gazetteer.index import build_index

    for line in build_index().lines():
        print(line)
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


# ------------------------------------------------------------------ map
#: The built-in example: the report the project started from.
_EXAMPLE_FILE = ("example", "al-bukamal-strikes.txt")
_EXAMPLE_PUBLISHED = "2020-01-10"
_EXAMPLE_ROUTE = "iran-mediterranean"
_EXAMPLE_TITLE = "Air strikes near Al Bukamal (report published 2020-01-10)"


def _add_map(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "map", help="draw incidents on one self-contained HTML map that works offline",
        description="Draw incidents from articles (text/HTML/Markdown), the JSON or GeoJSON that "
                    "'geomap extract' writes, or incident tables (CSV) on one HTML file that opens "
                    "with no network.")
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="articles, extract JSON/GeoJSON, or tables (CSV, GeoParquet, GeoPackage, .xlsx)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.html", help="the HTML file to write")
    p.add_argument("--example", action="store_true",
                   help="map the built-in example report (published 2020-01-10) with the iran-mediterranean route")
    _add_published(p, "publication date of the articles (for relative dates such as 'on Friday')")
    _add_country(p, "ISO country code hint(s) for the articles, comma-separated (e.g. SY,IQ)")
    p.add_argument("--route", action="append", default=[], metavar="NAME",
                   help="draw a route (a name from 'geomap route list' or a route file); repeatable")
    p.add_argument("--buffer-km", type=float, default=50.0, metavar="KM",
                   help="route buffer width either side, in km (default 50; 0 for none)")
    p.add_argument("--title", help="title shown on the map")
    p.set_defaults(func=_run_map)


def _run_map(args: argparse.Namespace) -> int:
    from geomap.settings import data_path

    if args.example and args.inputs:
        raise _UsageError("geomap map: give INPUT files or --example, not both")
    if not args.example and not args.inputs:
        raise _UsageError("geomap map: give at least one INPUT file (or --example for the built-in report)")
    if args.buffer_km < 0 or args.buffer_km != args.buffer_km:
        raise _UsageError(f"geomap map: --buffer-km must be 0 or more, not {args.buffer_km}")
    inputs = [str(data_path(*_EXAMPLE_FILE))] if args.example else list(args.inputs)
    published = args.published or (_published_type(_EXAMPLE_PUBLISHED) if args.example else None)
    routes = args.route or ([_EXAMPLE_ROUTE] if args.example else [])
    title = args.title or (_EXAMPLE_TITLE if args.example else None)

    from geomap.pipeline import build_map
    from geomap.render import save_map

    m = build_map(inputs, routes=routes, buffer_km=args.buffer_km, published=published,
                  country_hints=args.country, title=title)
    out = save_map(m, args.output)
    print(f"{out}: {m.geomap_summary.line()}", file=sys.stderr if str(args.output) in ("-", "/dev/stdout") else sys.stdout)
    return 0


# ------------------------------------------------------------------ route / near
def _add_route(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("route", help="list, show and build routes (waypoints, length, countries crossed)",
                       description="Routes are GeoJSON files looked up in $GEOMAP_HOME/routes/ and then in the "
                                   "routes shipped with geomap.")
    rsub = p.add_subparsers(dest="route_command", metavar="ACTION", parser_class=_Parser)
    rsub.required = True
    pl = rsub.add_parser("list", help="names of the known routes")
    pl.set_defaults(func=_run_route_list)
    ps = rsub.add_parser("show", help="a route's waypoints (with their sources), length and countries crossed")
    ps.add_argument("name", metavar="NAME", help="route name (see 'geomap route list') or route file")
    ps.add_argument("--json", action="store_true",
                    help='print one JSON object {"name", "length_km", "countries", "waypoints"}')
    ps.set_defaults(func=_run_route_show)
    pb = rsub.add_parser("build", help="build a route from waypoint names (resolved offline) or 'lat, lon' pairs")
    pb.add_argument("waypoints", nargs="+", metavar="WAYPOINT", help="place names or 'lat, lon', in order")
    pb.add_argument("--name", default="route", help="route name (default 'route')")
    _add_country(pb, "ISO country code hint(s) for every name, comma-separated")
    pb.add_argument("-o", "--output", metavar="FILE.geojson",
                    help="save the route file (put it in $GEOMAP_HOME/routes/ to use it by name)")
    pb.add_argument("--json", action="store_true", help="print the route as JSON (as 'route show --json')")
    pb.set_defaults(func=_run_route_build)


def _run_route_list(args: argparse.Namespace) -> int:
    from geomap.spatial import list_routes

    for name in list_routes():
        print(name)
    return 0


def _print_route(route: object) -> None:
    from geomap.spatial import countries_crossed

    countries = countries_crossed(route)  # type: ignore[arg-type]
    print(f"{route.name}: {route.length_km:.1f} km, {len(route.waypoints)} waypoints, "  # type: ignore[attr-defined]
          f"crosses {' > '.join(countries) or 'no country'}")
    if getattr(route, "title", ""):
        print(f"  {route.title}")  # type: ignore[attr-defined]
    lengths = route.segment_lengths_km  # type: ignore[attr-defined]
    for i, w in enumerate(route.waypoints):  # type: ignore[attr-defined]
        gid = f"geonameid={w.geonameid}" if w.geonameid is not None else "no geonameid"
        query = f" (from {w.query!r})" if w.query and w.query != w.name else ""
        print(f"  {i + 1}. {w.name}{query}\t{w.latitude:.5f}, {w.longitude:.5f}\t{w.country_code or '--'}\t"
              f"{gid}\t{w.source}")
        if i < len(lengths):
            print(f"       | {lengths[i]:.1f} km")


def _run_route_show(args: argparse.Namespace) -> int:
    from geomap.spatial import load_route

    route = load_route(args.name)
    if args.json:
        _print_json_line(route.to_dict())
    else:
        _print_route(route)
    return 0


def _run_route_build(args: argparse.Namespace) -> int:
    from geomap.pipeline import route_from_names

    route = route_from_names(args.waypoints, name=args.name, country=args.country)
    if args.output:
        from geomap._files import write_output

        out = write_output(args.output, json.dumps(route.to_geojson(), ensure_ascii=False, indent=2) + "\n",
                           what="the route")
        print(f"wrote {out}", file=sys.stderr)
    if args.json:
        _print_json_line(route.to_dict())
    else:
        _print_route(route)
    return 0


def _add_near(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("near", help="incidents within a distance of a route, nearest first",
                       description="Read incidents from articles, 'geomap extract' output or incident tables "
                                   "(CSV, GeoJSON, GeoParquet, GeoPackage, .xlsx) and print those within --km of the "
                                   "route, nearest first.")
    p.add_argument("route", metavar="ROUTE", help="route name (see 'geomap route list') or route file")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="articles, extract JSON/GeoJSON, or tables (CSV, GeoParquet, GeoPackage, .xlsx)")
    p.add_argument("--km", type=float, default=50.0, help="distance from the route in km (default 50)")
    _add_published(p, "publication date of the articles (for relative dates such as 'on Friday')")
    _add_country(p, "ISO country code hint(s) for the articles, comma-separated (e.g. SY,IQ)")
    p.add_argument("--format", choices=("json", "csv", "geojson"), default="json",
                   help="json: one JSON array of incident rows, the columns of the csv (default); csv; geojson")
    p.set_defaults(func=_run_near)


def _run_near(args: argparse.Namespace) -> int:
    import warnings

    if args.km != args.km or args.km < 0:
        raise _UsageError(f"geomap near: --km must be 0 or more, not {args.km:g}")
    from geomap.pipeline import load_inputs
    from geomap.spatial import check_incident_countries, incidents_near, load_route
    from geomap.tables import format_incidents

    route = load_route(args.route)
    loaded = load_inputs(args.inputs, published=args.published, country_hints=args.country)
    for res in loaded.results:
        if res.skipped or res.format != "article":
            print(res.summary(), file=sys.stderr)
    for path, report in loaded.geocoded.items():
        print(report.summary(path), file=sys.stderr)
    near = incidents_near(route, loaded.incidents, args.km)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        checked = check_incident_countries(near, warn=False)
    for _, r in checked[checked["country_mismatch"]].iterrows():
        print(f"geomap: warning: {r['location'] or 'incident'} ({r['event_date'] or 'no date'}): the text says "
              f"{r['country']} but the coordinates ({r['latitude']:.4f}, {r['longitude']:.4f}) are in "
              f"{r['country_at_point']}", file=sys.stderr)
    unplaced = near.attrs.get("unplaced", 0)
    print(f"{len(near)} incident(s) within {args.km:g} km of route {route.name}"
          + (f"; {unplaced} incident(s) without coordinates left out" if unplaced else ""), file=sys.stderr)
    # every format carries the table's columns (geocoded_from, geocode_reason, ACLED's ...), then distance_km ...
    sys.stdout.write(format_incidents(near, args.format))
    return 0


# ------------------------------------------------------------------ extract
def _add_extract(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract", help="read places and incidents from news articles (text, Markdown or HTML)",
        description="Print the places (with spans, resolved) and the incidents (ACLED fields with their "
                    "evidence) of each article. json: one line per document; geojson/csv: one table of "
                    "all incidents. A document that cannot be read gives a message on stderr (and, in "
                    "json, a record with an 'error'); the others still come out, and the exit code is 1.")
    p.add_argument("files", nargs="*", metavar="FILE", help="articles: .txt, .md or .html, UTF-8")
    p.add_argument("--jsonl", metavar="FILE",
                   help="read documents from a JSON-lines file ('-' for stdin): {\"id\", \"text\", \"published\"?} a line")
    _add_published(p, "publication date (relative dates such as 'on Friday' resolve against it)")
    _add_country(p, "ISO country code hint(s), comma-separated (e.g. SY,IQ)")
    p.add_argument("--format", choices=("json", "geojson", "csv"), default="json",
                   help="json (default): one line per document; geojson or csv: the incidents of all documents")
    p.set_defaults(func=_run_extract)


def _run_extract(args: argparse.Namespace) -> int:
    from geomap.gazetteer import default_gazetteer
    from geomap.model import Document
    from geomap.pipeline import extract_documents

    if bool(args.files) == bool(args.jsonl):
        raise _UsageError("geomap extract: give article FILEs or --jsonl FILE (one of the two)")
    hints = args.country
    gaz = default_gazetteer()
    id_key = "id" if args.jsonl else "source"

    def documents() -> Iterator[tuple[Document, object]]:
        """(document, its id as given: a file name, or the JSON value of "id")."""
        if not args.jsonl:
            for doc in extract_documents(args.files, gazetteer=gaz, published=args.published,
                                         country_hints=hints):
                yield doc, doc.source
            return
        from geomap._jsonl import jsonl_documents

        for n, item in jsonl_documents(args.jsonl):
            if isinstance(item, str):
                yield Document(source=f"{args.jsonl}:{n}", text="", error=item), f"line {n}"
                continue
            if "id" not in item:
                item = dict(item, id=f"line {n}")
            for doc in extract_documents([item], gazetteer=gaz, published=args.published,
                                         country_hints=hints):
                yield doc, item["id"]

    failed = total = 0
    incidents: list = []
    for doc, doc_id in documents():
        total += 1
        if doc.error:
            failed += 1
            where = "" if not doc.source or doc.error.startswith(doc.source) else f"{doc.source}: "
            print(f"geomap extract: {where}{doc.error}", file=sys.stderr)
        elif not doc.places:
            print(f"geomap extract: {doc.source}: no places found in the text", file=sys.stderr)
        if args.format == "json":
            rec = doc.to_dict(id_key=id_key)
            rec[id_key] = doc_id  # the id exactly as given (a number stays a number)
            _print_json_line(rec)
            sys.stdout.flush()
        else:
            incidents.extend(doc.incidents)
    if args.format != "json":
        from geomap.tables import format_incidents

        sys.stdout.write(format_incidents(incidents, args.format))
    if failed:
        print(f"geomap extract: {failed} of {total} document(s) could not be read (see above); "
              f"the others were written", file=sys.stderr)
        return 1
    return 0


# ------------------------------------------------------------------ convert
#: ``geomap convert`` output formats and the suffixes that name them.
_CONVERT_SUFFIXES = {"csv": (".csv",), "geojson": (".geojson",), "json": (".json", ".jsonl"),
                     "parquet": (".parquet", ".geoparquet"), "gpkg": (".gpkg",)}


def _add_convert(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("convert", help="convert an incident table between CSV, GeoJSON, JSON, GeoParquet, GeoPackage",
                       description="Read an incident table (CSV, ACLED CSV, GeoJSON, JSON lines, GeoParquet, "
                                   "GeoPackage, Excel .xlsx) and write it in another format. Skipped rows are "
                                   "reported on stderr with their reasons.")
    p.add_argument("input", metavar="IN", help="the table to read ('-': standard input, CSV or GeoJSON)")
    p.add_argument("output", metavar="OUT", help="the file to write ('-': standard output, CSV unless --format)")
    p.add_argument("--format", choices=tuple(_CONVERT_SUFFIXES), default=None,
                   help="output format (default: from OUT's suffix)")
    p.add_argument("--geocode", action="store_true",
                   help="place rows without coordinates from location, admin3, admin2, admin1 and country "
                        "(offline, never outside the row's country)")
    p.add_argument("--columns", choices=("source", "geomap"), default="source",
                   help="CSV output of a table that came from an ACLED export: 'source' (default) writes it as "
                        "the export was (its column names and order, date form, coordinate decimals, geomap's "
                        "geocoding columns after them); 'geomap' writes geomap's table columns with ISO dates")
    p.set_defaults(func=_run_convert)


def _convert_format(out: str, given: str | None) -> str:
    """The output format from OUT's suffix and --format ('-' is CSV by default); a mismatch is refused."""
    from pathlib import Path

    suffix = "" if out in ("-", "/dev/stdout") else Path(out).suffix.lower()
    by_suffix = next((f for f, sufs in _CONVERT_SUFFIXES.items() if suffix in sufs), None)
    known = ", ".join(s for sufs in _CONVERT_SUFFIXES.values() for s in sufs)
    if given and suffix and by_suffix != given:
        raise _UsageError(f"geomap convert: OUT {out!r} does not match --format {given}; name it "
                          f"{Path(out).with_suffix(_CONVERT_SUFFIXES[given][0]).name} or drop --format")
    if not given and suffix and not by_suffix:
        raise _UsageError(f"geomap convert: OUT {out!r}: unknown suffix {suffix!r}; use one of {known}, or --format")
    if not given and not suffix and out not in ("-", "/dev/stdout"):
        raise _UsageError(f"geomap convert: OUT {out!r} has no suffix; use one of {known}, or --format")
    return given or by_suffix or "csv"


def _run_convert(args: argparse.Namespace) -> int:
    if args.input == "-":  # a table piped in: read from a temporary copy like any file
        from geomap._files import stdin_as_file

        with stdin_as_file() as path:
            return _run_convert(argparse.Namespace(**{**vars(args), "input": str(path)}))
    from geomap.tables import ReadResult, incidents_to_geodataframe, iter_incident_frames, read_incidents, write_frames

    fmt = _convert_format(args.output, args.format)
    to_stdout = args.output in ("-", "/dev/stdout")
    if to_stdout and fmt in ("parquet", "gpkg"):
        raise _UsageError(f"geomap convert: {fmt} is binary and cannot go to standard output; give an OUT file name")
    res, unplaced, notes = ReadResult(path=str(args.input), format="", kept=0), 0, []

    def frames() -> Iterator[object]:  # the table a chunk at a time: a million rows in bounded memory
        nonlocal unplaced
        for chunk in iter_incident_frames(args.input):
            res.format, res.encoding = chunk.format, chunk.encoding
            res.rows += chunk.rows
            res.skipped.extend(chunk.skipped)
            res.kept = (res.kept or 0) + len(chunk.frame)
            unplaced += int(chunk.frame.geometry.isna().sum()) if len(chunk.frame) else 0
            yield chunk.frame

    if args.geocode:  # geocoding looks at the whole table (each name once)
        from geomap.pipeline import geocode_incidents

        from geomap.table_geocoding import geocoded_layout

        res = read_incidents(args.input)
        res.incidents, report = geocode_incidents(res.incidents)
        res.kept, notes = len(res.incidents), [report.summary(res.path)]
        write_frames([incidents_to_geodataframe(res.incidents, layout=geocoded_layout(res.layout))], args.output,
                     fmt, args.columns)
    else:
        write_frames(frames(), args.output, fmt, args.columns)
        if unplaced:
            notes = [f"{res.path}: {unplaced} row(s) without coordinates; add --geocode to place them by name"]
    print("\n".join([res.summary(), *notes]), file=sys.stderr)
    if not to_stdout:
        print(f"wrote {args.output} ({res.kept} incident(s), {fmt})", file=sys.stderr)
    return 0


# ------------------------------------------------------------------ main
#: Sub-command registrations, in the order ``geomap --help`` lists them.
_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [_add_geocode, _add_gazetteer, _add_eval, _add_map, _add_route, _add_near,
                                                                  _add_extract, _add_convert]


def build_parser() -> argparse.ArgumentParser:
    """Build the ``geomap`` argument parser (all sub-commands)."""
    from geomap import __version__

    parser = _Parser(prog="geomap", description="Turn news reports of violent incidents into offline maps.")
    parser.add_argument("--version", action="version", version=f"geomap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for add in _COMMANDS:
        add(sub)
    return parser


def _os_error_line(e: OSError) -> str:
    """One line for an operating-system error: the file, the reason, the fix."""
    import errno

    name = e.filename if e.filename is not None else "a file"
    fixes = {errno.ENOSPC: "free some disk space (or choose another disk) and run again",
             errno.EROFS: "the file system is read-only; choose a writable folder (or set GEOMAP_HOME)",
             errno.EACCES: "check the permissions, or choose a folder you can write to",
             errno.EPERM: "check the permissions, or choose a folder you can write to",
             errno.EISDIR: "it is a folder; give a file path",
             errno.ENOTDIR: "a part of the path is a file, not a folder; check the path (and GEOMAP_HOME)",
             errno.ENOENT: "check the path (folders are not created for you)",
             errno.EDQUOT: "the disk quota is exceeded; free some space"}
    fix = fixes.get(e.errno or 0, "check the path, permissions and free space")
    return f"geomap: error: {name}: {e.strerror or e}; {fix}"


def _save_report(exc: BaseException, argv: Sequence[str] | None) -> str:
    """Write a bug report (traceback, argv, versions) and return its path ('' if none could be written)."""
    import os
    import platform
    import tempfile
    import time
    import traceback

    try:
        from geomap import __version__
    except Exception:  # pragma: no cover - the package itself is broken
        __version__ = "?"
    text = (f"geomap {__version__}, Python {platform.python_version()} on {platform.platform()}\n"
            f"time: {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}\n"
            f"argv: {list(sys.argv[:1]) + list(argv if argv is not None else sys.argv[1:])!r}\n"
            f"GEOMAP_HOME: {os.environ.get('GEOMAP_HOME', '')!r}\n\n"
            + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    folders = []
    home = os.environ.get("GEOMAP_HOME")
    if home:
        folders.append(os.path.join(home, "reports"))
    try:
        from geomap.settings import home_dir

        folders.append(os.path.join(str(home_dir()), "reports"))
    except Exception:
        pass
    folders.append(tempfile.gettempdir())
    for folder in folders:
        try:
            os.makedirs(folder, exist_ok=True)
            fd, path = tempfile.mkstemp(prefix="geomap-report-", suffix=".txt", dir=folder)
            with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as f:
                f.write(text)
            return path
        except Exception:
            continue
    return ""


def _one_line(text: str, limit: int = 500) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code (0 ran, 1 bad usage, a geomap error or an internal error).

    Every :class:`~geomap.exc.GeomapError` and every operating-system error (permission, full disk,
    read-only file system ...) becomes one line on stderr. Anything else is a bug: one line saying
    so, with the path of a saved report (traceback, argv, versions); never a raw traceback.
    """
    try:
        args = build_parser().parse_args(argv)
        return int(args.func(args) or 0)
    except _UsageError as e:
        print(_one_line(str(e)), file=sys.stderr)
        return 1
    except GeomapError as e:
        print(_one_line(f"geomap: error: {e}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as e:
        print(_one_line(_os_error_line(e)), file=sys.stderr)
        return 1
    except RecursionError:
        print("geomap: error: an input is nested too deeply to read; simplify it (fewer nested brackets)",
              file=sys.stderr)
        return 1
    except MemoryError:
        print("geomap: error: out of memory; the input is too large, split it into smaller files",
              file=sys.stderr)
        return 1
    except SystemExit:
        raise
    except Exception as e:
        path = _save_report(e, argv)
        where = f"a report was saved to {path}" if path else "no report could be saved"
        print(_one_line(f"geomap: internal error (this is a bug): {type(e).__name__}: {e}; {where}", 600),
              file=sys.stderr)
        return 1
