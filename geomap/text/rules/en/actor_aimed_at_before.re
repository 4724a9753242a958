# Just before an actor: it is what an attack was aimed at ('an air strike on', 'an offensive against'): after a
# passive victim ('3 civilians were killed in an air strike on Taliban positions') it is not the attacker.
# Source: written by hand for geomap from English news style and ACLED's codebook.
(?i)
\b(?:on|against|targeting|targeted|at|toward|towards)\s+(?:the\s+|an?\s+|their\s+|its\s+)?(?:[\w-]+\s+)?$
