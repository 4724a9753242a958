# Peace deals, ceasefires, prisoner exchanges, surrenders.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b(?:signed|reached|agreed(?:\ to)?|announced|declared)\ (?:a\ |an\ |the\ )?
(?:
    peace\  | ceasefire\  | cease-fire\  | prisoner
\ )?(?:agreement|deal|truce|accord|ceasefire|cease-fire)
| \b(?:ceasefire|cease-fire|truce)\ (?:took\ effect|came\ into\ (?:force|effect)|went\ into\ effect)
| \bprisoner\ (?:exchange|release|swap)\b
| \breleased\ \d+\ (?:prisoners|detainees)
| \bsurrender(?:ed|s)?\ (?:to|their\ weapons)\b
