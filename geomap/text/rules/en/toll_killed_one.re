# 'killing him', 'killed her': one dead ('self': the attacker, counted beside the victims).
# Source: written by hand for geomap from English news style and ACLED's codebook; some entries follow the wording of
# ACLED coders' notes (Afghanistan 2020, Africa Dec 2015-Feb 2016) read while measuring with benchmarks/bench_acled.py;
# no text copied from them.
(?i)
\b(?:kill(?:ing|ed)|shot\ dead|shooting\ dead|beat(?:ing)?\ to\ death|stabb(?:ed|ing)\ to\ death)\s+(?:him|her)\b
| \b(?:kill(?:ing|ed)|shot\ dead|shooting\ dead|beat(?:ing)?\ to\ death|stabb(?:ed|ing)\ to\ death|assassinat(?:ed|ing))\s+(?:the|a|an|one|its)\s+(?:[a-z-]+\s+)?
  (?:driver|man|woman|boy|girl|child|soldier|policeman|officer|guard|farmer|passenger|pilot|commander|shepherd
    |teacher|student|worker|journalist|civilian|resident|baby|toddler|herder|trader|shopkeeper|doctor|nurse
    |pharmacist|sheikh|cleric|imam|activist|lawyer|judge|engineer|merchant|mukhtar|fighter|member|leader|official|rioter|protester)\b
  (?!\s*(?:'s|’s)\b)
| (?P<self>\bthe\s+(?:suicide\s+)?(?:bomber|attacker|assailant|gunman)\s+(?:also\s+|himself\s+|herself\s+)?(?:died|was\s+(?:also\s+)?killed|blew\s+(?:himself|herself)\s+up))\b   # 'The bomber also died.': one more than the victims
