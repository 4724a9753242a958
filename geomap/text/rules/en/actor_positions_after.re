# Right after an actor (matched there): its positions ('RSF positions', 'HTS's military posts'): the actor is the target.
# Source: written by hand for geomap from English news style and ACLED's codebook (a strike on an armed group's
# positions is remote violence or a battle against that group, not violence against civilians).
(?i)
[^\S\n]*(?:{{actor_possessive}}[^\S\n]*)?(?:(?:military|forward|frontline|front-line|fortified|defensive|known|suspected)[^\S\n]+)?{{actor_positions}}\b
