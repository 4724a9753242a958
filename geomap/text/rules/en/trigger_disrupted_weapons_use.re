# Defused bombs, seized weapons, premature explosions.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\bdefused\b
| \bdismantled\ (?:a\ |an\ |the\ )?(?:bomb|IED|explosive)
| \bseized\ (?:a\ )?(?:weapons|arms|explosives)
| \bdetonated\ prematurely\b
| \bexploded\ prematurely\b
| \b(?:shot\s+down|intercepted|downed|jammed)\s+(?:an?\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w-]+\s+)?(?:drones?|UAVs?|missiles?|rockets?)\b   # 'air defences shot down 2 drones launched by HTS'
