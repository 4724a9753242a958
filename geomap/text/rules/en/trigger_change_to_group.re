# Fighters switching sides or joining a group.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\bswitched\ sides\b
| \bdefected\b
| \bjoined\ (?:the\ )?(?:Taliban|Islamic\ State|IS|militants|insurgents|rebels)\b
