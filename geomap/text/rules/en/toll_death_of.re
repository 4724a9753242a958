# 'leading to the death of a bystander', 'resulted in the deaths of three soldiers': a count of dead told
# as the death of someone that the event caused ('the', 'a' and 'an' count one); not a death that caused
# the event ('protested following the death of a civilian').
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:(?:led\ to|leading\ to|lead\ to|resulted\ in|resulting\ in|causing|caused|left)\s+(?:the\s+)?(?:deaths?|killings?)
  | (?:deplored|mourned|regretted|lamented)\s+(?:the\s+)?(?:deaths?|killings?|loss))   # a communiqué's own dead: 'deplored the loss of two soldiers'
\s+of\s+(?:{{toll_qualifier}}\s+)?(?P<num>{{number}}|the|his|her|their)\s+(?:(?:{{toll_gap_word}}){0,3}?)(?P<who>{{toll_person}})\b
