# Before a weapon word: it was fired ('fired rockets', 'hit by mortars').
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b(?:fir(?:ed|ing|es)|launch(?:ed|ing|es)|hit\ by|struck\ by|lobbed|shot)\b
| \b(?:attack(?:ed|ing)|ambush(?:ed|ing)|target(?:ed|ing)|struck|hit|bombard(?:ed|ing)|pound(?:ed|ing))\b[^.;]{0,25}\bwith\s+(?:\w+\s+)?$
