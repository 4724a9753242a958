# No one died ('no casualties', 'nobody was killed', with a frequent misspelling).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\bno
\ (?:
    casualties
  | causalities
  | fatalities
  | deaths
  | one\ was\ (?:killed|hurt|injured)
  | injuries
  | reports?\ of\ casualties
)\b
| \bwithout\ (?:causing\ )?(?:any\ )?casualties\b
| \bcasualties\ (?:were\ )?not\ (?:reported|known)\b
| \bnobody\ was\ (?:killed|hurt)\b
