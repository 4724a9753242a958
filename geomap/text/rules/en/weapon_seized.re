# Weapons taken, not used: "soldiers arrested eight men and seized grenades and body armor". A grenade word in a
# clause with this is no grenade attack (skip_clause of triggers.tsv).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:seiz(?:ed|ing)|confiscat(?:ed|ing)|recover(?:ed|ing)|impound(?:ed|ing)|found|discover(?:ed|ing))\b[^.;]{0,50}?\bgrenades?\b
