# A bearing from another place right after a name ("Shadadi, south of Hasakah", "Rawa, 20 km (12 miles) east
# of Qaim"): the name is a place. Part of cue_after.re; alone, the cue that makes an unknown one-word name a
# place (an unknown name the gazetteer may still know by another transliteration).
# Used by: geomap.text.recognise.
# Source: written by hand for geomap from English news style; a general resource, not taken from any evaluation corpus.
,? \s+ (?:about\s+|some\s+)? (?:\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^)]{0,20}\)\s+)?)?
    (?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+(?:capital|provincial\s+capital|city|town|border)\b|[A-Z])
