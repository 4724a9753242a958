# Where an armed force is ('positions', 'posts', 'hideouts'): a fragment, included by other patterns (its name in
# double braces).
# Source: written by hand for geomap from English news style and ACLED's codebook (a strike on an armed group's
# positions is remote violence or a battle against that group, not violence against civilians).
(?:
    positions? | posts? | outposts? | bases? | hideouts? | strongholds? | camps? | headquarters | checkpoints?
  | gatherings? | barracks | trenches | fortifications | bunkers? | depots? | convoys? | vehicles? | hide-outs?
)
