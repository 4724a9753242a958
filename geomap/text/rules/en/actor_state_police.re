# After a country's name: its police ('Afghan police', 'Iraq's local police').
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?:{{actor_possessive}})?[^\S\n]+(?:[\w-]+[^\S\n]+){0,1}?{{actor_police}}\b
