# A lead that sums several events in one count ("Attacks across Syria's southern province of Daraa killed 12 people on
# Wednesday", "Junta air strikes, shelling and a resistance bombing killed at least 15 people"): when it joins the
# first of the events it sums, that event's own count is its toll (geomap.text.incident_merge.chosen_toll).
# Used by: geomap.text.incidents.
# Source: written by hand for geomap from wire style; no entry taken from an evaluation corpus.
(?i)
\b(?:attacks|air\s*strikes|strikes|raids|bombings|shelling|violence|fighting|clashes)\s+(?:[\w'’-]+\s+){0,3}?across\b
| \b(?:air\s*strikes|strikes|shelling|attacks|raids|bombings)\s*,\s*(?:[\w'’-]+\s+){0,3}?(?:shelling|strikes|attacks|bombings|raids|fighting)\s+and\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:bombing|attack|raid|strike|ambush|shelling|clash(?:es)?)\s+(?:have\s+|had\s+)?killed\b
