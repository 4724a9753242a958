# An event only threatened, planned or promised ("organisers vowed to block the road on Friday", "the SDF said
# it would launch a large-scale operation in the coming days"): a clause with these words and no toll of its
# own is not an incident.
# Used by: geomap.text.incidents (clause roles).
# Source: written by hand for geomap from English news style; no entry taken from an evaluation corpus.
(?i)
(?<!against\ )(?<!over\ )(?<!about\ )(?<!of\ )(?<!the\ )(?<!its\ )(?<!their\ )   # not the noun: 'a protest against plans to privatise'
\b(?:vow(?:s|ed)?|vowing|threaten(?:s|ed)?|threatening|pledg(?:es|ed)|plans?|planned|planning|intends?|intended
   |promis(?:es|ed)|prepar(?:es|ed|ing))\s+to\s+["“]?\w+
| \b(?:would|will)\s+(?:\w+\s+)?(?:launch|attack|strike|block|stage|hold|begin|start|carry|retaliate|respond|storm|target|march|protest|rally|demonstrate|gather
   |resume|renew|intensify|escalate|expand|step\s+up|hit|bomb|shell|invade|enter)\b
| \bthreaten(?:s|ed)?\s+(?:further|more|new|fresh|renewed|retaliatory)\s+(?:attacks|strikes|action|protests)\b
| \bin\ the\ coming\ (?:days|weeks|hours)\b
| \b(?:planning|plotting|preparing)\s+(?:an?\s+|new\s+|further\s+)?(?:attacks?|bombings?|strikes?|assaults?)\b
| \bwarn(?:s|ed|ing)\b[^.;]{0,30}?\b(?:that|of)\b[^.;]{0,120}?\b(?:will|would)\b   # 'a channel warned that "the checkpoints will burn one by one"'
| \b(?:is|are|was|were)\s+(?:widely\s+)?(?:expected|likely|set)\s+to\s+(?:continue|resume|spread|intensify|escalate|flare)\b   # an outlook: 'Fighting is expected to continue around Finote Selam'
