# The heading of a live page's entry: a time, a dash and a short title with no final stop ("17:20 — Toll
# rises in Bint Jbeil strike", "09:50 GMT - Israel warns of ..."). Like a headline it names an event told
# in the entry below it; it joins that event and is never one of its own. The time may follow the day ('10 Nov
# 2024 - 16:20 GMT - ...'), or stand on its own line above the title (sentence_entry_time.re).
# Used by: geomap.text.sentences (SentenceRules.is_entry_heading), geomap.text.incidents.
# Source: written by hand for geomap from the live pages of news sites (a time-stamped entry per update);
#   no entry taken from an evaluation corpus.
(?i)
^\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}\s*[—–,-]\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|EET|ET|local(?:\s+time)?|\(GMT[+-]\d+\)))?\s*[—–-]+\s*[^.!?]{3,140}[!?]?\s*$
