# Right after a count and its verb, a second count of the other side's dead ("Two policemen were martyred and
# three attackers killed"): added to the toll (ACLED counts the dead of every side).
# Used by: geomap.text.fatalities (toll), matched right after the first count's verb.
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
(?:\s+(?:at|on)\s+the\s+(?:scene|spot)|\s+(?:in|during)\s+the\s+(?:exchange\s+of\s+fire|fighting|clashes|attack|ambush|assault|gunfight|firefight|battle|shootout))?\s*,?\s*(?:and|while)\s+(?P<num>{{number}})\s+(?:(?:{{toll_gap_word}}){0,3}?)(?:{{toll_person}})\s+(?:were\s+|was\s+)?(?:also\s+)?(?:killed|dead|died|martyred|slain|lost\s+their\s+lives)\b
