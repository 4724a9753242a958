# One side answering the other's fire ("returned fire", "fired back", "responded to the shelling",
# "thwarted an attack", "repelled an incursion"): both sides fought, so a battle (ACLED: Armed clash),
# whatever weapon the first side used; overrides the weapon's own type (strength 3).
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook (an armed clash is
#   armed, organised groups fighting each other); no text taken from an evaluation corpus.
(?i)
\breturn(?:ed|ing)\s+(?:the\s+)?fire\b
| \bfir(?:ed|ing)\s+back\b
| \brespond(?:ed|ing)\s+to\s+(?:the\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:fire|shelling|shots|gunfire|attacks?|assaults?)\b
| \b(?:thwart|repel|repuls|foil)(?:ed|led|ing)?\s+(?:an?\s+|the\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?
  (?:attacks?|assaults?|incursions?|infiltrations?|infiltration\ attempts?|advances?|offensives?)\b
| \b(?:conducted|launched|carried\ out)\s+(?:an?\s+)?(?:[\w-]+\s+)?incursions?\b
