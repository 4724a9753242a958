# How a toll is qualified ('at least', 'more than'); group 'qual'. toll_qualifier_forms.tsv
# says how some are stored.
# A fragment, included by other patterns (its name in double braces).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?P<qual>
    at\ least | more\ than | over | some | about | around | nearly | almost | up\ to
  | as\ many\ as | approximately | an\ estimated | roughly | at\ most | a\ total\ of
  | no\ fewer\ than | no\ less\ than
)
