# 'At least 20 killed', 'Two suspected Turkana warriors have died': a count, words, the verb.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
(?:^|(?<=[\s,(]))(?:{{toll_qualifier}}\s+)?(?P<num>{{number_no_article}})\s+
(?:
    {{toll_gap_word}}
){0,4}?(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|have\s+|has\s+|reportedly\s+)*
(?:
    (?:killed | (?<!the\ )dead)(?!\s+(?:the|a|an|his|her|their|its)\s)   # not 'abducted 11 passengers after shooting dead the driver'
  | died | fatalities | deaths
)\b(?!\s+and\s+(?:wounded|injured))
