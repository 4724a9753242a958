# Tribal and clan militias, as ACLED names them: "Al Hayash tribesmen", "tribesmen of the Bani Ali tribe",
# "the Shaitat tribe's fighters" -> "<Name> Tribal Militia (Country)"; "unidentified tribesmen", "tribal
# gunmen" -> "Unidentified Tribal Militia (Country)"; "the Abgaal clan militia" -> "<Name> Clan Militia
# (Country)" (actor_names.tsv, roles tribe and clan). The name is the group 'tribe' or 'clan', written
# with capitals ("Al", "Bani", "Abu" ... and the name; or "the X tribe").
# Source: written by hand for geomap from ACLED's actor naming (codebook: communal militias) and English
#   news style; no text taken from an evaluation corpus.
(?-i:
    (?P<tribe>(?:Al|Aal|Bani|Beni|Banu|Abu|Awlad|Ould|Ait|Bait|Beit|Albu|Al-Bu)[\s-]+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)
)\s+(?:tribesmen|tribal\s+(?:gunmen|fighters|militia(?:men)?|members|forces)|tribe(?:'s)?\s+(?:gunmen|fighters|militia(?:men)?|members|forces)|tribe\b)
| tribesmen\s+(?:from|of)\s+the\s+(?-i:(?P<tribe2>(?!The\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))\s+tribe\b
| (?<![\w-])the\s+(?-i:(?P<tribe3>(?!The\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))\s+tribe(?:'s)?(?:\s+(?:gunmen|fighters|militia(?:men)?|members|forces))?\b
| (?:unidentified\s+|armed\s+|local\s+|rival\s+)?(?:tribesmen|tribal\s+(?:gunmen|fighters|militias?|militiamen))\b
| (?-i:(?P<clan>(?!The\b|A\b|An\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))\s+clan(?:\s+(?:militia(?:men)?|members|gunmen|fighters))?\b
| (?:members\s+of\s+)?(?:two\s+|rival\s+|two\s+rival\s+)(?:tribes|tribal\s+clans|clans|tribal\s+groups)\b | \btribal\s+(?:clash(?:es)?|dispute|feud|fighting)\b   # 'members of two tribes clashed', 'a tribal clash'
