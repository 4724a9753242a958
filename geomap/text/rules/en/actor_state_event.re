# After a bare country's name: an event noun ('a U.S. airstrike', 'Israeli raids'): the state acts.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?=
    \s+(?:military\s+|drone\s+|air\s+|missile\s+|rocket\s+)?
    (?:
        air\ ?strikes? | strikes? | raids? | attacks? | bombing | bombardment | shelling | offensive
      | operations?
    )\b
)
