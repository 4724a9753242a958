# Between two places: a list ('A, B and C', 'A/B'): the second is as much the incident's as the first.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
,\s*|\s+and\s+|,\s+and\s+|\s*/\s*
