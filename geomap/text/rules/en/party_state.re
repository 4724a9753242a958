# A US politician's party and state in parentheses, as US news writes them after a name
# ("Rosa DeLauro (D-CT)", "(R-TX)"): the state code is no mention.
# Used by: geomap.text.recognise, at an opening parenthesis.
# Source: written by hand for geomap from common English usage and news style (AP style);
#   a general resource, not taken from any evaluation corpus.
[DRI] - [A-Z]{2} \)
