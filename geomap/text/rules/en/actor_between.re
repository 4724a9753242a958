# Just before an actor after the event word: 'clashes between X and Y': X is the first actor, Y the second.
# Source: written by hand for geomap from English news style and ACLED's codebook.
(?i)
\bbetween\s+(?:the\s+|an?\s+)?$
