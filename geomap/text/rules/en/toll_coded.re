# An ACLED coder's note on the toll ('Fatalities coded as 0', 'Fatalities split across 3 events (5)').
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\bfatalit(?:ies|ie|es|y)(?:\ (?:and|or)\ injur(?:ies|ed))?\ (?:are\ |were\ )?coded\ as\ (?P<num>\d+)\b
| \b(?:killing|killed|casualties|dead|deaths|fatalities)\b[^.;()]{0,60}\(\s*coded\ as\ (?P<num3>\d+)\s*\)   # 'killing several civilians (coded as 3)'
| \bfatalities\ (?:are\ |were\ )?split\ (?:across|over|between)\ \d+\ (?:events|locations)\s*\(
  (?P<num2>
      \d+
  )\)
