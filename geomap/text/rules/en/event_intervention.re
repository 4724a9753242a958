# Words of the police breaking up a protest ('tear gas', 'dispersed', 'arrested').
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\btear\ ?gas\b|\bdispers(?:ed|e)\b|\bbaton|\brubber\ bullets\b|\barrested\b|\bbroke\ up\b
| \blive\ (?:ammunition|rounds|fire|bullets)\b|\bwater\ cannons?\b|\bstun\ grenades\b
| \b(?:opened\ fire|fired|shot)\s+(?:live\s+\w+\s+)?(?:at|on|into)\s+(?:the\s+|a\s+)?(?:crowd\s+of\s+)?(?:\w+\s+)?(?:protesters|demonstrators|crowds?|protest|rally|marchers|residents\s+protesting|people\s+protesting)\b
