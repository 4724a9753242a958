# A preposition just before a date ('on', 'in', 'early'): the date is the event's ('since' makes it background:
# incident_date_background.re).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b(?:on|in|during|early|late|by)\s+$
| ^\s*[•·▪●■*–-]\s*$   # a brief's bullet that opens on its day ("• 22 September: displaced people held a demonstration ...")
