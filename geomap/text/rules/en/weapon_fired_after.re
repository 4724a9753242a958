# After a weapon word: it was fired ('rockets hit', 'shells landed').
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
^\s+(?:hit|struck|landed|slammed|fell|rained|exploded|targeted|impacted|(?:was\s+|were\s+)?(?:fired|launched)\s+(?:by|from|at|into|towards?)\b)
