# Between a count and the verb: the count is of the wounded or arrested, not the dead.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b(?:wounded|injured|arrested|detained|captured)\b
| \b(?:said|says|told|reported|added|confirmed|stated)\b(?!\s*,)   # 'An officer said at least six soldiers had been killed': the six ('Two people, police said, were killed' is two)
