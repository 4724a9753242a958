# 'killed and wounded', 'casualties': a count of both, not a toll.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b
(?:
    killed\ and\ (?:wounded|injured)
  | killing\ and\ (?:wounding|injuring)
  | killed\ or\ (?:wounded|injured)
  | killed,\ (?:wounded|injured)
  | killed\ (?:or|and)\ (?:captured|detained|arrested)
  | casualties
)\b
