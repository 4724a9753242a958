# Companies and broadcasters named "X of <country>", matched on the text just before the
# country: the country is part of the name ("Bank of America", "Voice of America", "Times of
# India"); a town or county after them is where the company is and stays a place.
# Used by: geomap.text.recognise (companies).
# Source: written by hand for geomap from common English usage and news style (AP style);
#   a general resource, not taken from any evaluation corpus.
\b (?: Corporation | Corp\.? | Company | Bank | Voice | Times ) \s+ of \s+ (?: the \s+ )? $
