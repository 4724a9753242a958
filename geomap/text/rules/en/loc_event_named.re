# A place named as the event's own name, "the Tammun strike", "the Nabatieh strike", "this week's Mora attack":
# with 'the' before it (loc_event_named_before.re) and an event noun after it, the place is where the event was.
# Used by: geomap.text.incident_places (clause_locations), matched right after the place.
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
^\s+(?:drone\s+|air\s+|suicide\s+|car\s+|truck\s+|bomb\s+|market\s+|mosque\s+|school\s+)?(?:strike|attack|bombing|blast|raid|shooting|shelling|massacre|ambush|explosion|killings?|assault)s?\b
