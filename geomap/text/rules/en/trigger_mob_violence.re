# A mob attacking people ("a mob of villagers beat to death a man accused of theft", "lynched"): ACLED's Mob
# violence (Riots), ahead of the riot words.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook (Riots: Mob violence); no entry
#   taken from an evaluation corpus.
(?i)
\b(?:an?\s+)?(?:angry\s+)?mob\s+(?:of\s+[\w-]+\s+)?(?:beat|lynched|killed|attacked|stoned|set\s+upon|burned|hacked)\b
| \blynch(?:ed|ing|ings)\b
