# Exchanges of fire, hit-and-run attacks, military operations and offensives.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\bhit[\s-]and[\s-]run\b
| \b(?:exchange\ of|exchanged|gunfire\ exchange|exchange)\ (?:gun)?fire\b
| \bfracas\b
| \bfought\b
| \b(?:military|security|joint)\ (?:operations?|campaign|offensive)\b(?!\ (?:Command|Centre|Center|Room|HQ|Headquarters))   # not 'the Joint Operations Command said'
| \blaunched\ (?:an?\ )?(?:attack|assault|offensive)\b
| \b(?:carried\ out|conducted|launched|mounted)\ (?:an?\ )?(?:[\w-]+\ )?(?:operation|raid)\ against\ (?:an?\ |the\ )?(?:[\w-]+\ )?(?:gang|militants?|insurgents?|rebels?|armed\ group|jihadists?|bandits?|terrorists?)\b   # 'Police carried out an operation against a gang controlling the area'
