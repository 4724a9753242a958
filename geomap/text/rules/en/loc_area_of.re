# Before a place: 'the area of', 'the outskirts of': near it (precision 2).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b(?:area|areas|outskirts|vicinity|countryside|limits|parts?|suburbs?|entrances?|gates?|edge|heart|periphery|fringes|approaches|hinterlands?|forests?|jungles?|foothills)\s+of\s+(?:the\s+)?$
