# 'killing 5.', 'killed at least 12 in ...': a verb and a bare count.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\bkill(?:ing|ed|s)?\s+{{toll_qualifier}}?\s*(?P<num>{{number}})
(?=
    \s*(?:[,.;:]|$|\band\b|\bin\b|\bon\b|\bat\b|\bover\b|\bnear\b|\bduring\b|\bafter\b|\bincluding\b)
)
