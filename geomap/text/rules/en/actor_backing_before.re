# Before a force that only backs the actor ("Iraqi troops backed by tribal Hashd fighters retook Anah", "the SDF,
# supported by coalition aircraft, seized Hajin"): the actor is the force named before.
# Used by: geomap.text.actors (assign_actors), matched against the text before a named force.
# Source: written by hand for geomap from English news style and ACLED's codebook (the supporting force is an
#   associate actor, not actor1); no entry taken from an evaluation corpus.
(?i)
\b(?:backed|supported|aided|assisted|accompanied|helped|joined)\s+by\s+(?:[\w'’-]+\s+){0,3}$
| \bwith\s+the\s+(?:support|backing|help|aid)\s+of\s+(?:[\w'’-]+\s+){0,2}$
| \balongside\s+(?:[\w'’-]+\s+){0,2}$
