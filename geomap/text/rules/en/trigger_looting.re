# Property looted or destroyed by armed men ("Turkish-backed factions looted shops", "IS militants set fire to
# wheat fields"): ACLED's Looting/property destruction. A crowd doing it is a riot (triggers.tsv skip_clause
# event_crowd), and beside an attack's killing the attack types the clause.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook (Strategic developments:
#   Looting/property destruction); no entry taken from an evaluation corpus.
(?i)
\b(?:loot(?:ed|ing)|plunder(?:ed|ing)|pillag(?:ed|ing)|ransack(?:ed|ing)|carted\s+off)\b
| \b(?:set\s+fire\s+to|set\s+ablaze|torch(?:ed|ing)|burn(?:ed|t|ing)\s+down|raz(?:ed|ing)|demolish(?:ed|ing)|bulldoz(?:ed|ing))\s+(?:the\s+|a\s+|an\s+|several\s+|dozens\s+of\s+|\w+\s+){0,2}?(?:houses|homes|shops|stores|fields|crops|huts|granaries|farms|orchards|olive\s+groves|villages?|buildings|properties|vehicles|cars|tractors|mosques?|churches?|schools?)\b
