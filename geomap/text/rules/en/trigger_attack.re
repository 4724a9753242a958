# One-sided violence on people: beatings, torture, stabbings, executions, assassinations.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b
(?:
    beat(?:en|ings?)? | assault(?:ed|ing)\ (?:a|an|the|its|his|her|their|two|three|several)\b | tortur(?:ed|ing) | rap(?:ed|ing) | stabb(?:ed|ing) | behead(?:ed|ing)
  | lynch(?:ed|ing) | whipp(?:ed|ing) | flogg(?:ed|ing) | assassinat(?:e|ed|ion)
  | execut(?:ed|ion)
)\b
| (?<!\bmore\ )(?<!\bother\ )(?<!\bfurther\ )(?<!\bmany\ )\bbod(?:y|ies)\s+(?:of\s+(?:[\w-]+\s+){1,4})?(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?(?:found|discovered|dumped)\b   # 'the bodies of five men were found': ACLED's attack
