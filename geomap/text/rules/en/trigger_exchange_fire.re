# Two sides exchanging fire of any weapon ("exchanged artillery fire with", "exchanged rockets with"): a
# battle (ACLED: Armed clash), whatever weapon is named; overrides the weapon's own type (strength 3).
# One pattern of triggers.tsv.
# Source: written by hand for geomap from English news style and ACLED's codebook (an armed clash is an
#   exchange of fire between organised armed groups); no entry taken from an evaluation corpus.
(?i)
\btrad(?:ed|ing|es?)\s+(?:heavy\s+|intense\s+|sporadic\s+)?(?:fire|gunfire|shots|artillery\s+fire|rocket\s+fire|blows)\b
| \bexchang(?:ed|ing|es?)\s+(?:heavy\s+|intense\s+|sporadic\s+)?(?:artillery|mortar|rocket|tank|gun|machine-gun)?\s*(?:fire|shelling|shells|rockets|mortars?|gunfire|artillery)\s+(?:with|on|along|across)\b
| \b(?:gun)?fire\s+exchanges?\b | \bexchanges?\s+of\s+(?:gun)?fire\b   # 'triggering hours of gunfire exchanges with Palestinian fighters'
