# A clause that starts with 'the', 'that', 'this', 'it': a generic word in it refers back.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\s*(?:the|that|this|it)\b(?!\s+(?:day|night|morning|evening|afternoon|week|following|next|previous|same)\b)   # not 'The day before, gunmen ...'
