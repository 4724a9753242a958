# 'killed 12 soldiers', 'leaving 3 people dead': a verb, a count, who ('self' a bomber counted first).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b(?P<kv>killed|killing|kills|kill|left|leaving|claimed|claiming|shot\ dead|shooting\ dead|gunned\ down|shot\ and\ killed
    |executed|executing|executes|execute|beheaded|beheading|assassinated|assassinating|murdered|murdering|lynched|lynching
    |neutrali[sz]ed|neutrali[sz]ing|neutrali[sz]e|eliminated|eliminating)["”’]?\s+
    (?:(?P<self>himself|herself)\s+and\s+)?{{toll_qualifier}}?\s*(?:the\s+|all\s+(?:the\s+)?)?   # 'killing herself and three militiamen': ACLED counts the bomber
(?P<num>
    {{number}}
)\s+(?:\(\d[\d,]*\)\s+)?(?:(?:[\w'-]+\s+){0,4}?)(?P<who>{{toll_person}}|of\ them)\b(?:\s+(?:dead|and\ (?:wounded|injured)))?
