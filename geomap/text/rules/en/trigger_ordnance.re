# Old or unexploded munitions that go off ("killed by an old artillery shell that exploded", "unexploded ordnance",
# "a mine left over from the war"): ACLED's Remote explosive/landmine/IED, whatever weapon the shell was made for
# (strength 3 over the weapon's own word).
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook (explosive remnants of war are
#   coded as Remote explosive/landmine/IED); no entry taken from an evaluation corpus.
(?i)
\b(?:old|unexploded|leftover|left-over|abandoned)\s+(?:artillery\s+|mortar\s+|tank\s+|cluster\s+)?(?:shells?|ordnance|munitions?|bombs?|bomblets?|rockets?|mines?|projectiles?)\b
| \bexplosive\s+remnants?\s+of\s+war\b | \bleft\s+over\s+from\s+(?:the\s+)?(?:war|fighting|conflict)\b
