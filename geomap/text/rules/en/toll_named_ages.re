# Victims named with their ages after a kill verb ("killing Ahmad al-Hariri, 34, and his cousin Khaled, 27"):
# the toll is the number of ages given (group 'list').
# Used by: geomap.text.fatalities (toll), when no count is written.
# Source: written by hand for geomap from wire style (AP and Reuters give a victim's age after the name); no entry
#   taken from an evaluation corpus.
\b(?:kill(?:ing|ed)|shot\s+dead|shooting\s+dead)\s+(?P<list>(?:(?:and\s+)?(?:(?:his|her|their)\s+[a-z]+\s+)?[A-Z][\w'’-]+(?:\s+(?:al-|el-|bin\s+|ibn\s+|abu\s+)?[A-Z][\w'’-]+){0,3},\s+\d{1,2}(?:,\s*|\s+|(?=[.;])))+)
