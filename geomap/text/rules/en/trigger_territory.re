# Control of ground changing hands ("took control of", "seized control over", "recaptured the town",
# "made territorial gains"): ACLED's territorial battles. The row names a non-state actor's gain; an
# incident whose first actor is a state's forces becomes "Government regains territory"
# (event_typing.tsv, rule territory_by_state). Strength 4: the fighting that won the ground, and the attack it repelled, are part of it.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook (territorial
#   sub-events of Battles); no text taken from an evaluation corpus.
(?i)
\b(?:t(?:ook|ake|aken|aking)|seiz(?:ed|e|ing)|gain(?:ed|ing)|regain(?:ed|ing)|wrest(?:ed|ing)|assum(?:ed|ing)|establish(?:ed|ing))
  \s+(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)\b
| \b(?:made|making|make)\s+(?:\w+\s+)?territorial\s+gains\b
| \b(?:recaptur(?:ed|e|ing)|retook|retaken|liberat(?:ed|ing)|overr(?:an|un))\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?
  (?:town|village|city|district|area|region|positions?|sites?|base|checkpoints?|hill|mountain|front|territory)\b
| \b(?:captur(?:ed|ing)|seiz(?:ed|ing)|overr(?:an|un))\s+(?:the\s+|a\s+|an\s+|several\s+|two\s+|three\s+|\w+\s+)?(?:strategic\s+|hilltop\s+|key\s+)?(?:army\s+|military\s+|police\s+|government\s+)?
  (?:town|village|city|district|areas?|region|positions?|sites?|military\ bases?|bases?|checkpoints?|hills?|mountain|territory|camps?|outposts?|posts?|garrisons?)\b
| \bdeclared\s+(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)\b   # 'entered Maarrat al-Numan and declared full control of the town'
| \bwrest(?:ed|ing)\s+(?:(?:control\s+of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:town|city|village|district|area|region|control)\b|[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+(?:\([^)]*\)\s+)?from)   # 'wrested Hawija town from IS'
