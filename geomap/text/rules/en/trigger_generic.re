# Generic words of violence ('attack', 'struck', 'killed'): their type comes from context.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b
(?:
    attack(?:s|ed|ing)? | assault(?:s|ed)? | struck | strikes? | hit | targeted | targeting
  | shot | shoots? | gunned\ down | killed | kill | kills | killing | dead | died | executed
  | massacred? | wounded | injured | injure | stormed | raided | fired\ (?:on|at) | opened\ fire
  | fired\ (?:[\w.,-]+\ ){1,6}?(?:at|on|towards)(?=\ )
)\b
