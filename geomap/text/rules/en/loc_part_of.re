# A part of a town named before the town ("the Tierra Blanca neighbourhood of Culiacan", "the al-Jufayra quarter
# of Al Khawkhah"): the town says where the part is; a sense of the part far from the town is another place.
# Matched at the end of the text before the town's name.
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
\b(?:neighbou?rhoods?|quarters?|suburbs?|districts?|sectors?|camp|market|old\ city)\s+of\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$
