# Roadside bombs, IEDs, mines and explosions.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b(?:roadside|magnetic|sticky|car|truck|parcel|remote[\s-]+controlled|planted|improvised|motorcycle|motorbike|bicycle|vehicle)
\ (?:
    bombs? | explosives? | mines?
)
| \bIEDs?\b
| \bVBIEDs?\b
| \blandmines?\b
| (?<!\bcoal\ )(?<!\bgold\ )(?<!\bcopper\ )(?<!\bsalt\ )(?<!\bdiamond\ )(?<!\bthe\ )\bmines?\b(?!\ (?:of|for|in\ the|workers?|company|companies|site|shafts?|owners?)\b)   # not a coal mine
| \bexplosive\ devices?\b
| \bbombs?\ (?:planted|exploded|went\ off|detonated|blast)
| \bbomb(?:ing)?\ (?:attack|blast)s?\b
| \b(?:roadside\ )?blast\b
| \bexplosions?\b
| \bexploded\b
| \b(?:blew|blown)\ up\b
| \b(?:packed|laden|loaded|rigged)\ with\ explosives\b
| \bdetonat\w+
| -planted\b
| \b(?:a|the|two|twin|three|several)\s+bombs?\b(?!\s+(?:squad|disposal))
| \bremote(?:ly)?[\s-]+(?:detonated\s+|controlled\s+)?explosives?\b
| \bexplosive\ attacks?\b
