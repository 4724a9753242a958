# Just before an actor: 'by (the) ...': the actor is the attacker.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
(?<!\bused\s)(?<!\bowned\s)(?<!\brun\s)(?<!\bheld\s)(?<!\bcontrolled\s)(?<!\bbacked\s)(?<!\boperated\s)(?<!\boccupied\s)(?<!\bmanned\s)(?<!\baffiliated\s)(?<!\bsupported\s)(?<!\bled\s)(?<!\bcommanded\s)(?<!\bfrequented\s)(?<!\bfunded\s)(?<!\barmed\s)(?<!\btrained\s)   # 'a building used by Hezbollah members': not the attacker
\bby\s+[\"“‘']?(?:the\s+|an?\s+|unknown\s+)?(?:[\w-]+\s+){0,1}[\"“‘']?$
