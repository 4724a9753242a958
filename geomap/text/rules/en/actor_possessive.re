# The English possessive ending.
# A fragment, included by other patterns (its name in double braces).
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
's|’s
