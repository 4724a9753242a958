# The ACLED name of a state's forces ("Military Forces of Yemen (2012-)", "Police Forces of Iraq (2014-)"),
# matched at the start of an incident's first actor (event_typing.tsv, rule territory_by_state).
# Source: ACLED's naming of state forces (codebook); written by hand for geomap.
(?:Military|Police)\ Forces\ of\ 
