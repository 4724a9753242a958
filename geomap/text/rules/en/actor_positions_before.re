# Just before an actor: positions of it ('positions of the Rapid Support Forces', 'bases held by'): the actor is
# the target.
# Source: written by hand for geomap from English news style and ACLED's codebook (a strike on an armed group's
# positions is remote violence or a battle against that group, not violence against civilians).
(?i)
\b{{actor_positions}}[^\S\n]+(?:of|belonging[^\S\n]+to|held[^\S\n]+by|used[^\S\n]+by|controlled[^\S\n]+by|run[^\S\n]+by)
[^\S\n]+(?:the[^\S\n]+|an?[^\S\n]+)?$
