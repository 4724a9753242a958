# A distance and a direction from a place ('20 km north of').
# A fragment, included by other patterns (its name in double braces).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
\b\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles)\s+
(?:
    (?:[NSEW]{1,3}|north|south|east|west|north-?east|north-?west|south-?east|south-?west)\w*\s+
)?(?:of|from)\s+(?:the\s+)?$
