# Two named tribes or families in one phrase ("clashes between the Al Shammar and Al Jubur tribesmen",
# "between the Al Hamad and Al Saleh families", "Bani Hilal and Al Aziz tribal militias"): each is a
# militia of its own, named as actor_tribe.re names one (roles tribe, clan: actor_names.tsv). The names are
# the groups a and b; kind says tribe or family.
# Source: written by hand for geomap from ACLED's actor naming (codebook: communal militias) and English
#   news style; no text taken from an evaluation corpus.
(?-i:
    (?P<a>[A-Z][\w'-]+(?:\s+(?:[A-Z][\w'-]+|al|ba|bin|bint|el|ibn)){0,4})
)
\s+and\s+(?:the\s+)?
(?-i:
    (?P<b>[A-Z][\w'-]+(?:\s+(?:[A-Z][\w'-]+|al|ba|bin|bint|el|ibn)){0,4})
)
\s+(?P<kind>tribesmen|tribal\s+(?:militias|militiamen|fighters|gunmen)|tribes|families|clans)\b
