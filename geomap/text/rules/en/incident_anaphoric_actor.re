# The attackers of the event told before ('a gunfight with the attackers').
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b(?:with|by|against|from)\s+the\s+
(?:
    attackers | gunmen | assailants | kidnappers | abductors | bombers? | raiders
)\b
| ^\W*the\s+(?:attackers|gunmen|assailants|kidnappers|abductors|raiders|militants|jihadists|insurgents)(?:,|\s+(?:also\s+|then\s+|later\s+)?(?!who\b)\w+)   # 'The gunmen also set fire to ...', 'The attackers, some armed with machetes, ...': the attackers told before
| ^[^.;]{0,60}?,\s+the\s+(?:attackers|gunmen|assailants|kidnappers|abductors|raiders)\s+(?:also\s+|then\s+|later\s+)?(?!who\b)\w+   # 'According to the statement, the assailants arrived on motorcycles'
