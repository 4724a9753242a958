# Words of a suicide bombing ('suicide car bomber', 'blew himself up').
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\bsuicide[\s-]+(?:car[\s-]+)?(?:bomb(?:er|ers|ing|ings|s)?|attack(?:er|ers|s)?|blast|vest)
| \bself-detonat\w*
| \bblew\ (?:him|her|them)sel(?:f|ves)\ up
