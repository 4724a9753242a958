# After a bare country's name: a verb of action ('The US carried out', 'Iran responded by').
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?=
    \s+(?:has\s+|have\s+|had\s+|also\s+|then\s+|reportedly\s+|later\s+|allegedly\s+)*
    (?:
        carried | launched | struck | fired | responded | attacked | bombed | hit | targeted
      | conducted | killed | shelled | retaliated | raided | stormed | shot | downed | intercepted
      | invaded | deployed | sent | used | dropped
    )\b
)
