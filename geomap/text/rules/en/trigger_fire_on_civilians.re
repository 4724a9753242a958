# Fire opened on people who are not fighting ("opened fire on a civilian", "fired at worshippers", "shot
# at a car carrying a family"): ACLED's Attack (violence against civilians), not a clash; strength 3.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; no entry taken from
#   an evaluation corpus.
(?i)
\b(?:opened\ fire|fired|shot)\s+(?:live\ (?:rounds|bullets|ammunition)\s+|rubber(?:[\s-]coated)?\ bullets\s+|bullets\s+)?(?:on|at|into)\s+(?:a\s+|an\s+|the\s+|two\s+|three\s+|several\s+|a\ group\ of\s+)?
(?:unarmed\s+|Palestinian\s+|local\s+)?(?:civilians?|Palestinians?|(?:a\ )?(?:young\ )?(?:man|woman|boy|girl|teenager)\b|worshippers|passengers|fishermen|villagers|residents|shepherds?|farmers?|children|women|students|a\ civilian\ car|a\ car\ carrying|a\ bus|a\ wedding)\b
