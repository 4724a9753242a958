# A foreign compass word right after a toponym (" Occidental", " del Sur", "-Nord"); group 1 is
# the word. Case-sensitive: the word is capitalised.
# Used by: geomap.text.recognise (the toponym is widened over it).
# Source: written by hand for geomap from the names of provinces in Spanish, Portuguese and
#   French; a general resource, not taken from any evaluation corpus.
[ -] (?: {{compass_particles}} \s )? ( {{foreign_compass}} ) \b
