# Before an actor: it is the target ('on', 'against', 'killing two', 'targeted the').
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b(?:on|against|at|targeting|targeted|struck|hit|killing|killed|of|with|and)\s+
(?:
    (?:the|a|an|its|their|two|several|\d+)\s+
)?(?:[\w-]+\s+){0,3}$
