# A count given as a range ('between eight and ten civilians', 'eight to ten people', '8 or 9 soldiers'): the
# lower bound is the toll, as ACLED counts ('low'); the range is read as that number. Not 'from 8 to 10' (an update).
# Used by: geomap.text.fatalities (toll).
# Source: written by hand for geomap from English news style and ACLED's codebook; no entry taken from an
#   evaluation corpus.
(?i)
\bbetween\s+(?P<low>{{number_no_article}})\s+and\s+{{number_no_article}}\b
| (?<!from\ )(?<![\w-])(?P<low2>{{number_no_article}})\s+(?:to|or)\s+{{number_no_article}}(?=\s+(?:[\w'-]+\s+){0,2}?{{toll_person}}\b)
