# Before a place: it is not the incident's ('from', 'based in', 'the border with', 'to').
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b
(?:
    from | based\ in | headquartered\ in | born\ in | native\ of | links? | linking | to
  | the\ border\ with | border\ with | through | via | between | of\ the
)\s+(?:the\s+)?$
