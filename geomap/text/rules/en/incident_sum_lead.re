# A lead that sums the events told below it by their number ('nine killed in three separate incidents',
# 'killed seven soldiers in two attacks'): with a word of death a tally (incident_tally_total.re includes it);
# with a day of its own ('... on Monday') it gives that day to the events it sums that the report tells without one.
# Used by: geomap.text.roles (is_tally, through incident_tally_total.re), geomap.text.incidents.
# Source: written by hand for geomap from English news style (wire reports' lead paragraphs); no entry
#   taken from an evaluation corpus.
(?i:\bin\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|a\s+series\s+of|a\s+string\s+of|a\s+spate\s+of|\d+)\s+(?:separate\s+|different\s+|distinct\s+)?|separate\s+)(?:[\w-]+\s+)?(?:incidents|attacks|strikes|air\s*strikes|raids|clashes|bombings|shootings|explosions|ambushes)\b)
