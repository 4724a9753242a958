# Protests, demonstrations, rallies, marches, strikes of workers, blocked roads.
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\bproteste?r?s?\b
| \bprotest(?:ed|ing)\b
| \bdemonstrat(?:ion|ions|ors|ed|ing)\b
| \brall(?:y|ies|ied)\b
| \bsit-ins?\b
| (?<!\bin\ )(?<!\blast\ )(?<!\bsince\ )(?<!\bearly\ )(?<!\blate\ )(?<!\buntil\ )(?<!\bfrom\ )(?<!\bthis\ )(?<!\bnext\ )(?<!\bof\ )(?<!\bmid-)(?-i:\bmarch(?:ed|es|ing|ers)?\b|\bMarch(?:ed|es|ing|ers)\b)(?!\ \d)(?!\s+(?:19|20)\d\d)   # not the month ('In March,', 'Tuesday 11 March'): the month is 'March' alone, capitalised
| \bstaged\ (?:a\ )?(?:strike|walk-?out|boycott|march|sit-in|vigil)
| \bwent\ on\ strike\b
| \bon\ strike\b
| \bblock(?:ed|ing)?\ (?:roads?|traffic|the\ road|a\ road|highways?)\b
| \bpeaceful\ (?:walk|gathering|march)
| \bgathered\ (?:in|to)\ (?:protest|demand|denounce)
