# Grenades.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
(?<!propelled\ )(?<!propelled-)\bgrenades?\b   # not a rocket-propelled grenade (trigger_shelling_rpg.re, only when fired)
