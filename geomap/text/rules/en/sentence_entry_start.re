# A block of a live page that opens with the time of its entry and goes on with the entry itself ("08:20 – The
# health ministry says one person was killed when ..."): it starts an entry of the page (of the page's day), as a
# heading does (sentence_entry_heading.re), but is no heading: its sentences are the entry's news.
# Used by: geomap.text.sentences (SentenceRules.starts_entry), geomap.text.incidents.
# Source: written by hand for geomap from live pages' layouts; no entry taken from an evaluation corpus.
(?i)
^\s*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|EET|ET|local(?:\s+time)?|\(GMT[+-]\d+\)))?\s*[—–-]+\s*\S
