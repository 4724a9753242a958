# A count, 'a', 'an' and 'both' included.
# A fragment, included by other patterns (its name in double braces).
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
{{number_core}}|a|an|both
