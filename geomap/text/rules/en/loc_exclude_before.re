# Before a place: it is not the incident's ('from', 'based in', 'the border with', 'to').
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b
(?:
    (?<!km\ )(?<!kilometres\ )(?<!kilometers\ )(?<!miles\ )from | based\ in | headquartered\ in | born\ in | native\ of | links? | linking | (?<!entrance\ )(?<!entrances\ )(?<!gates\ )(?<!approaches\ )to
  | the\ border\ with | border\ with | through | via | (?<!road\ )(?<!highway\ )(?<!route\ )between | of\ the
)\s+(?:the\s+)?$
| \b(?:taken|flown|rushed|evacuated|transferred|moved|airlifted|brought|admitted|treated|died|shifted|referred)\s+(?:to|at|in)\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:hospitals?|clinics?|medical\s+cent(?:re|er)s?)\s+in\s+(?:the\s+)?$   # 'The wounded were flown to a hospital in Ocaña': not where it happened
| \b(?:authorities|government|officials|leadership|regime|rulers|(?<!district\ )(?<!provincial\ )(?<!municipal\ )administration|spokes(?:man|woman|person))\s+in\s+$   # 'aligned with the authorities in Damascus': the seat of power, not where it happened
| \bfrom\s+across\s+the\s+border\s+(?:in|from)\s+(?:the\s+)?$   # 'traders who had come from across the border in Nigeria'
| \b(?:escorting|heading|headed|travell?ing|driving|bound|carrying|transporting)\b[^.;]{0,50}?\b(?:to|towards|for)\s+(?:the\s+)?$   # 'a convoy escorting 60 trucks of food towards Dori': where it was going, not where it was hit
