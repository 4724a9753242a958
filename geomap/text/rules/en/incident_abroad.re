# A sentence that steps outside the report's country to tell an event in passing ("In neighbouring Cameroon,
# separatists killed two gendarmes", "Across the border in Syria, an ambush killed three"): when the event is
# in another country than the report's other incidents (the cue may stand anywhere in the sentence: "struck
# depots near Damascus in neighbouring Syria"), it is context of the story, kept as evidence, not an
# incident of the report.
# Used by: geomap.text.incidents (extract_incidents).
# Source: written by hand for geomap from English news style (a wire report's closing paragraph on the region);
#   no entry taken from an evaluation corpus.
(?i)
\W*(?:meanwhile,?\s+|separately,?\s+|elsewhere,?\s+)?(?:in\s+neighbou?ring\s+|across\s+the\s+(?:border|frontier)\b|over\s+the\s+border\b|elsewhere\s+in\s+the\s+region\b|in\s+(?:nearby|adjacent)\s+[A-Z])
| \boutside\s+the\s+(?:scope|area)\s+of\s+this\s+(?:brief|report|bulletin|update|summary)\b   # 'Outside the scope of this brief, ISWAP fighters killed eight soldiers in Monguno, Nigeria'
