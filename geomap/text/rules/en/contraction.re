# Contractions and the pronoun "I", matched case-blind on a token ("We've", "Don't", "I"):
# never a place ("Ill.", "Ma").
# Used by: geomap.text.recognise.
# Source: written by hand for geomap from common English usage and news style (AP style);
#   a general resource, not taken from any evaluation corpus.
['’] (?: ve | ll | re | d | m | t | s ) $ | ^ i $
