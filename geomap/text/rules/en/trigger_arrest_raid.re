# Arrests made in a raid ("officers arrested three suspected members ... in a raid in Jalalabad", "raided
# houses and detained seven men"): the raid is how the arrests were made, not a battle (ACLED: Arrests).
# Outranks the clash word 'raid' (strength 3) unless the clause tells of killing (triggers.tsv skip_clause).
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook (arrests during a raid
#   with no fighting are Strategic developments: Arrests); no entry taken from an evaluation corpus.
(?i)
\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|apprehend(?:ed|ing)|round(?:ed|ing)\s+up|captur(?:ed|ing))\b[^.;]{0,80}?\b(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:raids?|operations?|sweeps?|search(?:es)?|crackdown)\b
| \braid(?:ed|ing)\b[^.;]{0,90}?\b(?:and|,)\s+(?:arrest(?:ed|ing)|detain(?:ed|ing)|apprehend(?:ed|ing))\b
| \b(?:in|during)\s+(?:\w+\s+){0,2}?(?:raids?|sweeps?|operations?)\b[^.;]{0,60}?\b(?:arrested|detained|apprehended|rounded\s+up)\b   # 'In raids on Sunday, troops arrested nine people'
