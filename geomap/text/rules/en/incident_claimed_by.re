# A claim of responsibility ("IS claimed responsibility via Amaq", "al-Shabaab later claimed the attack"): the
# group named just before it is the attacker ACLED codes when the report names none (an unidentified gunman,
# "a suicide bomber"). Looked for in the incident's sentences and the one after them.
# Used by: geomap.text.incidents (actor1).
# Source: written by hand for geomap from English news style and ACLED's codebook (a claimed attack is coded to
#   the claimant); no entry taken from an evaluation corpus.
(?i)
\b(?:later\s+|quickly\s+|swiftly\s+)?claim(?:ed|s)\s+(?:responsibility|the\s+(?:attack|bombing|blast|killings?|strike|ambush|assassination|operation|explosion|shooting))\b(?!\s+(?:was|were)\b)
