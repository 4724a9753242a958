# 'Abu Mahdi al-Muhandis, was also killed': a named person killed (case-sensitive names).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?P<name>(?:[A-Z][\w'’-]+\s+){1,4}[A-Z][\w'’-]+),\s+(?:was|were)\s+(?P<also>also\s+)?
(?:
    killed
  | assassinated
)\b
