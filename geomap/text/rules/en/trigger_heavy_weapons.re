# Heavy weapons fired from a distance ("heavy weapons", "anti-aircraft guns", "ZU-23 cannons",
# "14.5mm guns", "heavy machine guns"): ACLED codes fire of heavy, crew-served weapons as
# Shelling/artillery/missile attack (when they are fired: see the check 'fired').
# One pattern of triggers.tsv.
# Source: written by hand for geomap from ACLED's codebook (shelling: long-range and heavy weapons)
#   and common weapon names; no text taken from an evaluation corpus.
(?i)
\bheavy\s+(?:and\s+medium\s+)?(?:weapons|weaponry|guns)\b
| \bmedium\s+(?:and\s+heavy\s+)?weapons\b
| \bheavy\s+machine[\s-]?guns?\b
| \bmachine[\s-]?guns?,?\s+(?:assumedly\s+|reportedly\s+|presumably\s+)?heavy\b
| \banti-?aircraft\s+(?:guns?|weapons|cannons?|fire)\b
| \bZU-?23\b
| \b(?:12\.7|14\.5|23|57)\s?mm\b
| \bcannon\s+(?:shells|fire|rounds)\b
| \btank\s+(?:shells|fire|rounds)\b
