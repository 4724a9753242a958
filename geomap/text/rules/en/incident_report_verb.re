# A reporting verb just before a date ('said on Friday'): the date is the report's, a weak cue.
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b(?:said|says|reported|reports|told|announced|added|claimed|stated|confirmed|according\ to)\s*
(?:(?:in\s+a\s+(?:statement|post|video|briefing)|on\s+(?:social\s+media|Telegram|X|Facebook))\s+)?   # 'said in a statement on Tuesday'
(?:
    on\s+
)?$
| \b(?:statement|communiqu[eé]|press\ release|announcement|broadcast)\s+(?:read|released|issued|published|broadcast|aired|posted)\s+(?:(?:on|by)\s+(?:[\w'’-]+\s+){1,4}?)?(?:on\s+)?$   # 'In a statement read on state broadcaster RTB on Wednesday'
| \btold\s+(?:the\s+)?(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+(?:(?:by\s+)?(?:tele)?phone\s+|in\s+an\s+interview\s+)?(?:on\s+)?$   # 'told Radio Tamazuj on Wednesday', 'told AFP by telephone on Monday'
| \btold\s+(?:reporters|journalists|the\s+media|the\s+press)\s+(?:on\s+)?$
