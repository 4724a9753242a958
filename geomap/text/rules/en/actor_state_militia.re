# After a country's name: a militia of that country ('Iraqi Shiite militias'), a group.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
\s+(?:Shiite\s+|Shia\s+|Sunni\s+|tribal\s+)?(?:militias?|paramilitar(?:y|ies)|militiamen)
(?:
    \s+(?:groups?|fighters|members)
)?\b
