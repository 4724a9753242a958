# '2 civilians were killed', 'at least 8 fighters died': a count, who, a verb of death.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
(?:^|(?<=[\s,("“]))(?:{{toll_qualifier}}\s+)?(?P<num>{{number}})\s+(?:(?:{{toll_gap_word}}){0,5}?)
(?P<who>
    {{toll_person}}
)\b(?P<rest>(?:[^.;]|(?<=[A-Z])\.(?=[A-Z\s-])){0,80}?)
(?P<verb>
    \b(?:were|was|have\ been|had\ been|are|is)\s+(?:reportedly\s+|also\s+)?(?:shot\s+(?:and\s+)?)?["“]?
    (?:
        killed | shot\ dead | slain | executed | dead | martyred | beheaded | assassinated | murdered | lynched
      | neutrali[sz]ed | eliminated
      | (?:beaten|stabbed|hacked|burned|burnt|stoned)\ to\ death
    )\b
  | \b(?:died|(?:killed|(?<!the\ )dead)(?!\s+(?:the|a|an|his|her|their|its)\s)|lost\ their\ lives|embraced\ martyrdom|were\ martyred)\b   # 'Six soldiers embraced martyrdom' (Pakistani military usage); not 'abducted 11 passengers after shooting dead the driver'
  | \bfell\s+(?:on\s+the\s+field\s+of\s+honou?r|with\s+honou?r|in\s+(?:action|combat|battle))\b   # 'two of our soldiers fell on the field of honour' (translated communiqués)
)
