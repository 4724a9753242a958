# Words of shelling, artillery, rockets and missiles (when they are fired: see the check 'fired').
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b
(?:
    shell(?:ing|ed|s)?
  | artillery
  | mortars?
  | howitzers?
  | rocket(?:s|[\s-]+(?:attacks?|fire|barrages?))?
  | missiles?(?:[\s-]+(?:attacks?|strikes?|barrages?))?
  | (?:barrage|salvo|volley)\ of\ (?:missiles|rockets|shells)
  | katyusha
  | grad\ rockets?
  | ballistic\ missiles?
)\b
