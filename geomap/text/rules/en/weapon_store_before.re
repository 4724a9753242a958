# Before an attack word: the weapon is stored or targeted ('missile depots', 'launchers for').
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b
(?:
    depots? | stores? | launchers? | factory | factories | storage | warehouses? | sites?
  | programme | program | for | carrying
)\s+(?:of\s+|for\s+)?(?:ballistic\s+)?$
