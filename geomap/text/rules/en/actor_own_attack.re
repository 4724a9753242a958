# In a clause whose subject was killed: the victims' own attack ('were killed when Afghan forces repulsed their
# attack', 'following their attacks on'): the victims started the fight and are the first actor.
# Source: written by hand for geomap from English news style and ACLED's codebook (actor 1 is the side that
# initiated the event).
(?i)
\b(?:their|his)\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|offensive|raids?|ambush(?:es)?|infiltration)\b
