# The English possessive ending of a token ("Syria's", "Hills'"), cut off before lookup.
# Used by: geomap.text.recognise (tokens).
# Source: written by hand for geomap from common English usage and news style (AP style);
#   a general resource, not taken from any evaluation corpus.
['’] s $ | ['’] $
