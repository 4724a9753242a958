# A count, without 'a' and 'an' ('At least 20 killed', not 'a man killed').
# A fragment, included by other patterns (its name in double braces).
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
{{number_core}}|both
