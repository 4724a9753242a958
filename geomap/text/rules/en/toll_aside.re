# An aside that breaks down the victims counted just before it ('12 IDPs, including five children, were killed',
# 'killing eight people, among them three women,'): its number is part of the toll, not the toll; the aside is
# blanked before the toll is read.
# Used by: geomap.text.fatalities (toll).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
,\s+(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:[^,;.()]|\([^()\n]{1,30}\)){1,90},   # 'Thirteen people, including nine members of the Volunteers for the Defence of the Homeland (VDP), were killed'
