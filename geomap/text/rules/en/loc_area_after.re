# After a place: its area ('the Al Bukamal area', 'outskirts'): near the place (precision 2).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
^\s+(?:area|areas|region|outskirts|vicinity|countryside|suburbs?|environs|border\ area|border)\b
