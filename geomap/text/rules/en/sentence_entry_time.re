# A line that is only the time of a live page's entry ('10 Nov 2024 - 16:20 GMT', '16:20 GMT'): the line after it,
# a title with no final stop ('Israeli army confirms soldier killed near Khiam'), is the entry's heading
# (sentence_entry_heading.re).
# Used by: geomap.text.sentences (SentenceRules.is_entry_time), geomap.text.incidents.
# Source: written by hand for geomap from live pages' layouts; no entry taken from an evaluation corpus.
(?i)
^\s*(?:(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}\s*[—–,-]?\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|EET|ET|local(?:\s+time)?|\(GMT[+-]\d+\)))?\s*$
