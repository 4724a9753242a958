# Further victims listed with the first ('... and 2 civilians', 'in addition to 3 of his guards',
# 'and his driver'); group 'n' the count (one when absent).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
(?:,\s*(?:and\s+)?|\s+and\s+|\s+in\ addition\ to\s+|\s+as\ well\ as\s+)(?:(?:his|her|their)\s+)?
(?:
    (?:(?:at\s+least|more\s+than|some|about|nearly|around)\s+)?(?P<n>{{number_no_article}})(?!\s+of\s+(?:them|those|whom|the\s+dead|the\s+victims)\b)\s+(?:of\s+(?:his|her|their)\s+)?(?:[^\W\d][\w'-]*\s+){0,3}?{{toll_person}}
  | (?<=his\ |her\ )(?:[a-z-]+\s+)?(?:guard|bodyguard|son|brother|driver|wife|husband|daughter)\b   # 'and his teenage son'
  | (?:(?<=as\ well\ as\ )|(?<=\ and\ ))(?:himself|herself|the\ (?:suicide\ )?bomber|the\ attacker)\b   # 'killing 4 soldiers as well as himself': ACLED counts the bomber
  | (?:an?|another)\s+(?:[^\W\d][\w'-]*\s+)?
    (?:
        soldier | officer | policeman | civilian | conscript | guard | militant | fighter | child
      | woman | man | commander | shopkeeper | trader | driver | farmer | student | teacher | worker
      | journalist | doctor | nurse | boy | girl | businessman | passenger | herder | shepherd | resident
    )\b
)\b(?!\s+(?:and\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:said|says|told|reported|added|confirmed|stated|explained)\b)   # "..., a humanitarian worker said": the source
