# A side's claim of what it did, or a figure nobody could check ("Fano said its fighters had killed more than
# 100 soldiers, which Reuters could not verify"): the report states the claim, not the event; such a clause
# is never an incident and never gives the incident before it its toll.
# Used by: geomap.text.incidents (clause roles).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:its|their|his|our)\s+(?:own\s+)?(?:fighters|forces|men|troops|militants|units?|members|soldiers|drones?)\s+(?:had\s+|have\s+|has\s+)?(?:[^.;,]{0,40}?\band\s+)?(?:killed|shot\ down|destroyed)\b   # 'a commander said his fighters had seized the town and killed 40 soldiers'
| \bcould\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?)\b
| \b(?:impossible|not\ possible)\s+to\s+(?:independently\s+)?verify\b
| \b(?:has|have|had)\s+not\s+been\s+able\s+to\s+(?:independently\s+)?(?:verify|confirm)\b | \b(?:was|were|is|are|has|have|had)\s+(?:not\s+|never\s+)(?:been\s+)?(?:independently\s+)?(?:verified|confirmed)\b   # 'a figure OCHA has not been able to verify'
| \bclaim(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?to\s+have\s+killed\b
| \bsaid\s+(?:on\s+\w+\s+)?(?:it|they)\s+(?:had\s+)?killed\s+["“]
| \bsaid\s+(?:in\s+(?:a|an\s+online)\s+statement\s+)?(?:that\s+)?(?:it|they)\s+had\s+killed\b[^.;]{0,80}\b(?:a\s+claim|claims?\s+(?:the|which))\b
| \ba\s+claim\s+(?:the|which)\s+(?:[\w'’-]+\s+){0,4}(?:rejected|denied|dismissed|disputed)\b   # 'a claim the military's information team dismissed as "fabricated"'
| ^[^,;]{0,80}?\b(?:denied|denies|rejected|dismissed)\s+(?:reports|claims|allegations|accounts)\s+(?:that|of)\b   # the clause is the denial
| \b(?:saying|claiming)\s+(?:in\s+(?:a|an)\s+(?:statement|video|post)\s+)?(?:that\s+)?(?:it|they|its\s+(?:fighters|forces|men))\s+(?:had\s+|have\s+)?(?:[^.;]{0,80}?\band\s+(?:had\s+)?)?killed\b   # 'claimed responsibility ..., saying it had killed 30 soldiers': the side's own count
| \bclaimed\s+(?:that\s+)?(?:its|their)\s+(?:forces|troops|jets|aircraft)\s+(?:had\s+|have\s+)?(?:hit|struck|targeted)\b   # 'Russia's Defence Ministry claimed its forces had hit "enterprises of the military-industrial complex"'
| \b(?:said|says)\b[^.;]{0,60}\b(?:militants|fighters|insurgents|terrorists|rebels|soldiers|attackers)\s+(?:had\s+been\s+|were\s+)killed\b[^.;]{0,40}\bwhile\s+[^.;]{0,60}\bclaimed\b   # 'The government said 40 militants were killed, while Al-Shabaab claimed it had killed 20 soldiers': two sides' counts
| \bclaim(?:ed|s)\s+(?:on\s+(?:social\s+media|its\s+(?:\w+\s+)?channels?|\w+)\s+|in\s+a\s+statement\s+|online\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?killed\b   # 'JNIM claimed on Friday that it had killed 30 soldiers': the side's own count
