# The cues of a photo caption or credit line ('(Photo: ...)', 'Getty Images', '(AFP)'):
# a block with one is a caption, whose date is the photo's.
# Source: written by hand for geomap from English usage and news style; no entry taken from an evaluation corpus.
(?i)
\((?:[A-Z][\w ./&-]*\s)?Photo\b | \bPhoto: | \bGetty\ Images\b | \((?:AP|AFP|Reuters|EPA)\)\s*$
| \bPhotograph:
| ^\W*(?:photo\s+)?caption\s*: | \[(?:[A-Z][\w ./&-]*\s)?Photo\b
