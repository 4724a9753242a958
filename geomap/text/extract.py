"""Reading documents and finding the places they name.

Three stages, each a plain function:

* :func:`read_document` turns a file (plain text, Markdown or HTML, UTF-8 or a
  detected encoding) into text; bad files raise
  :class:`~geomap.exc.InputFileError` naming the file and the fix.
* :func:`find_places` recognises every toponym (with its character span) and
  every demonym or adjectival use ("Iraqi militia", "Syrians"), then resolves
  them at document level: countries named in the text become hints, places
  already resolved become context, and one name has one sense per document.
* :func:`extract_document` adds the incidents (:mod:`geomap.text.incidents`) and
  returns a :class:`Document`; :func:`extract_documents` does many at once and
  never lets one bad document stop the others.

Recognition is rule based: gazetteer names (exact aliases, through the one
normaliser) found in runs of capitalised words, kept or dropped by context
("in X", "near X", "the X area", "X province", "the border with X", "X, Y"),
by how significant the named place is, and by word lists of names that are
places but rarely mean them in news (weekdays, months, "Mobile", "Of"),
titles ("Mr", "President") and given names (many languages; family names written
first) that start a person's name, whose surname is then a person for the whole
document. Places inside the names of companies ("Metz Fresh LLC", "Peanut
Corporation of America"), institutions ("Kenya Red Cross Society"),
serotypes ("Salmonella Litchfield") and storms ("Hurricane Katrina") are not
mentions; nor are demonyms that start an organisation's name ("American Heart
Association") or name an ethnicity ("Native American", "African-American").

Examples
--------
>>> doc = extract_document("Shelling hit Aleppo on Monday.")  # doctest: +SKIP
>>> [m.text for m in doc.places]  # doctest: +SKIP
['Aleppo']
"""
from __future__ import annotations

import datetime as _dt
import html
import math
import re
from dataclasses import dataclass, field
from dataclasses import replace as _dc_replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from geomap.text.dates import parse_published  # re-exported: one reader of publication dates
from geomap.exc import GeomapError, InputError, InputFileError
from geomap.model import Document, Incident, Mention, Place

__all__ = [
    "Document",
    "read_document",
    "html_to_text",
    "markdown_to_text",
    "find_places",
    "extract_document",
    "extract_documents",
    "is_demonym",
    "demonym_country",
    "parse_published",
    "MAX_DOCUMENT_BYTES",
]

#: Largest file :func:`read_document` accepts (a news article is a few kB).
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


# =========================================================== reading documents
class _HTMLText(HTMLParser):
    """Collect the visible text of an HTML page, blocks on their own lines."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "form", "button"})
    _BLOCK = frozenset({
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "aside", "figure", "figcaption", "blockquote", "pre",
        "dd", "dt", "dl", "hr", "main", "title", "caption", "td", "th",
    })

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self._in_title = True
        if tag in self._SKIP:
            self.skip_depth += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        if not self.skip_depth:
            self.parts.append(data)


def _tidy_lines(text: str) -> str:
    lines = [re.sub(r"[ \t\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page: one line per block, entities decoded.

    Scripts, styles, navigation and the ``<head>`` are dropped; when the page
    has a ``<title>`` and no ``<h1>`` the title is kept as the first line.
    Character offsets of mentions refer to the returned text.

    Examples
    --------
    >>> html_to_text("<p>Strikes near <b>Al Bukamal</b> &amp; Qaim</p>")
    'Strikes near Al Bukamal & Qaim'
    """
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    body = _tidy_lines("".join(parser.parts))
    title = " ".join("".join(parser.title).split())
    if title and "<h1" not in markup.lower() and not body.startswith(title):
        body = title + "\n\n" + body if body else title
    return body


_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^```.*?$", re.M), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),          # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),           # links -> text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),          # reference links
    (re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$", re.M), ""),  # link definitions
    (re.compile(r"^\s{0,3}#{1,6}\s+", re.M), ""),            # headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),                 # block quotes
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M), ""),     # list markers
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.M), ""),    # rules
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),   # bold
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)"), r"\1"),  # italics
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),                       # inline code
    (re.compile(r"<[^>\n]+>"), ""),                          # inline HTML tags
)


def markdown_to_text(markdown: str) -> str:
    """Plain text of a Markdown document (markup removed, text kept).

    Examples
    --------
    >>> markdown_to_text("## Strikes\\n\\nPlanes hit **Deir Ezzor** ([AP](http://x)).")
    'Strikes\\n\\nPlanes hit Deir Ezzor (AP).'
    """
    text = markdown
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return _tidy_lines(html.unescape(text))


_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<p[\s>]|<div[\s>]|<article[\s>])", re.I)


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        from_bytes = None
    if from_bytes is not None:
        results = from_bytes(raw[:200_000])
        best = results.best()
        if best is not None:
            # English news: among equally clean guesses, Windows-1252 is by far the likeliest
            for match in results:
                if match.encoding in ("cp1252", "windows_1252", "latin_1") and match.chaos <= best.chaos + 0.02:
                    best = match
                    break
        if best is not None and best.encoding and best.chaos < 0.2:
            try:
                return raw.decode(best.encoding)
            except (UnicodeDecodeError, LookupError):
                pass
    raise InputFileError(
        f"{path}: not UTF-8 and its encoding could not be detected with confidence; "
        "convert it to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8) and try again")


def read_document(path: str | Path, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> str:
    """Read a news document from a file as plain text.

    Plain text is returned as it is (line ends normalised to ``\\n``);
    Markdown (``.md``, ``.markdown``) loses its markup; HTML (``.html``,
    ``.htm``, ``.xhtml`` or content that starts like a page) becomes its
    visible text. UTF-8 is expected; other encodings are detected with
    charset-normalizer, or refused.

    Parameters
    ----------
    path : str or Path
    max_bytes : int
        Larger files are refused (default 10 MB).

    Raises
    ------
    geomap.exc.InputFileError
        Missing, unreadable, empty, binary, over-size or undecodable files; the
        message names the file and the fix.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputFileError(f"{p}: no such file; check the path") from None
    except OSError as e:
        raise InputFileError(f"{p}: cannot be read ({e.strerror}); check the path and permissions") from None
    if p.is_dir():
        raise InputFileError(f"{p}: is a folder; give the news report's file")
    if size > max_bytes:
        raise InputFileError(
            f"{p}: {size / 1e6:.1f} MB is too large for one news document (limit {max_bytes / 1e6:.0f} MB); "
            "split it into articles, or use --jsonl with one article per line")
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise InputFileError(f"{p}: cannot be read ({e.strerror}); check the path and permissions") from None
    if not raw.strip():
        raise InputFileError(f"{p}: the file is empty; give a file with the report's text")
    head = raw[:8192]
    if b"\x00" in head and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputFileError(f"{p}: looks like a binary file (it has NUL bytes), not text; "
                             "give the article as plain text, Markdown or HTML")
    text = _decode(raw, p).replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\t\f\v")
    if controls > max(8, len(text[:20000]) // 100):
        raise InputFileError(f"{p}: looks like a binary file (many control characters), not text; "
                             "give the article as plain text, Markdown or HTML")
    suffix = p.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml") or (suffix not in (".md", ".markdown", ".txt") and _HTML_SNIFF.match(text)):
        text = html_to_text(text)
    elif suffix in (".md", ".markdown"):
        text = markdown_to_text(text)
    if not text.strip():
        raise InputFileError(f"{p}: has no readable text (only markup or white space); give the article's text")
    return text


# ================================================================ word lists
#: Titles and roles before a person's name: what follows in the same run is a person.
_TITLES = frozenset("""
mr mrs ms miss dr prof sir dame lord lady mme mlle messrs sen senator rep representative gov governor
president vice pres premier prime minister chancellor secretary ambassador envoy spokesman spokeswoman
spokesperson gen general lt lieutenant col colonel maj major capt captain cmdr commander sgt sergeant
cpl corporal pvt private adm admiral brig brigadier marshal field officer deputy sheriff judge justice
attorney detective det inspector constable trooper chief king queen prince princess emir sheikh shaikh
sheik imam ayatollah mullah cleric rabbi rev reverend father pastor bishop archbishop cardinal pope
mayor councilman councilwoman councillor alderman commissioner superintendent principal coach
professor dean chairman chairwoman chair ceo director manager founder leader head minister's
congressman congresswoman congressmen assemblyman assemblywoman assemblymember delegate lawmaker
mp mep agent
""".split())

#: Given names (English and those common in Middle East news). A run of capitalised words that
#: starts with one, and is not itself a place, is a person's name.
_GIVEN_NAMES = frozenset("""
james john robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean carl arthur
lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah
randy roy vincent ralph eugene russell bobby mason philip louis mary patricia jennifer linda elizabeth
barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle
carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley
anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine
maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean
abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana
natalie brittany charlotte marie kayla alexis lori tom tim jim bob bill mike dave steve chris matt
ben sam dan nick tony joe jeff greg ken rick ron don ted fred ed al hillary barack mitt newt sarah
jimmy johnny tommy danny ricky mickey jenny kate katie liz beth sue pat jan kim lynn dana
mohammed mohammad muhammad mohamed mohamad ahmed ahmad ali omar umar hassan hasan hussein husain
hussain mahmoud mahmud mustafa mostafa khalid khaled abdullah abdallah abdul abdel abd ibrahim ismail
yusuf youssef yousef salah saleh salim salem karim kareem nasser nasir jamal kamal tariq tarek walid
waleed rami sami fadi hadi majid maher mahdi mehdi qassem qasem qasim kassem bashar hafez hafiz
hamza hamid hamad rashid rasheed said saeed saad saddam nouri nuri haider hayder moqtada muqtada
ammar osama usama ayman anwar faisal fahd sultan zaid zayd yasser yasir yahya zakaria hezam
abu um umm bin ibn ben abou
abraham alfred allen andy angelo antonio bernard brad brent calvin carlos cesar chuck clarence claude
clifford craig curtis dale darren derek duane dwight earl eddie edwin elmer ernest felix floyd
francis fred glen glenn gordon grant guy hank harry harvey herbert herman howard hugh jake jamie
jared jay jerome jon julian karl kurt lance lee leo leon leonard leroy lloyd lonnie luis luke manuel
marcus mario martin marvin max melvin miguel mitchell morris neil norman oscar otis pedro phil ray
reggie rex ricardo rob robin rodney ross ruben rudy sammy sergio seth shane sidney stan stanley stuart
terrence theodore todd travis trevor troy vernon victor wade wallace wesley wilbur woody barry
alicia allison anne annie audrey becky bonnie brooke candace carla carmen carrie cathy chelsea cindy
claire colleen connie courtney crystal dawn debbie dolores edith eileen elaine ella ellen erica erin
esther ethel eva gail gina gwen holly irene jackie jane jessie jill joanne jodi josephine juanita
kara kathy katrina kay kristen leah lillian lois loretta lucy lydia marcia marian marlene maureen
melanie mildred miriam molly monica nadia naomi nina nora norma paula pauline peggy phyllis rita
roberta rosa rosemary sally sheila shelly sherry sonia stacy stella sylvia tamara tammy tara tina
tracy valerie vanessa vera vicki wanda wendy yvonne julia
vladimir dmitry dmitri sergei sergey igor ivan nikolai alexei alexey mikhail boris yuri viktor
recep tayyip ahmet mehmet emmanuel angela boris benjamin binyamin ehud ariel shimon yitzhak avigdor
benny naftali yair mahmoud ismail khalifa haftar fayez
""".split())

#: More given names, across the languages most often met in international news (Spanish,
#: Portuguese, Italian, French, German, Dutch, Nordic, Slavic, Greek, Turkish, Persian, Arabic,
#: African, South and South-East Asian). A general resource written from common knowledge of
#: naming, not taken from any evaluation corpus; names that are mainly place names (Lourdes,
#: Sofia, Florence, Austin, Santiago) are left out on purpose. Used by :func:`_name_persons`.
_MORE_GIVEN_NAMES = frozenset("""
alejandro alfonso alvaro andres arturo beatriz camila carmen catalina claudia consuelo cristina
daniela diego dolores eduardo elena emilio enrique esteban fernanda fernando francisco gabriela
gonzalo guadalupe guillermo gustavo hector ignacio isabel jaime javier jorge josé jose joaquin
julio leticia lorena lucia luisa manuel marcela mariana marisol marta mercedes miguel pablo pilar
rafael ramon raul raúl rene rené renan ricardo rodrigo rosario sergio socorro silvia teresa
tomas tomás vicente ximena yolanda
joao joão luiz paulo fabio marcos thiago tiago rogerio sebastiao conceicao goncalo
giovanni giuseppe luigi marco matteo paolo pietro roberto stefano alessandro andrea francesca
giulia chiara elisa federica silvio
jean pierre jacques michel philippe nicolas francois françois alain bernard christophe didier
olivier thierry yves sylvie nathalie isabelle sophie celine céline veronique véronique
dominique sandrine valerie valérie brigitte genevieve geneviève marcel laurent
hans jurgen jürgen klaus wolfgang dieter helmut gerhard horst uwe jens stefan frank heinz karl
matthias markus andreas thomas tobias florian ursula gisela heike sabine petra angelika
joachim wilhelm friedrich ludwig gunter günter
pieter willem henk joost lars anders nils sven erik olav ola stein bjorn bjørn knut
henrik mikael magnus ingrid astrid sigrid karin kerstin birgit anneli eva johan
jon gunnar haakon harald leif
marek piotr pawel paweł tomasz krzysztof andrzej jerzy wojciech zbigniew lech jaroslaw jarosław
agnieszka katarzyna malgorzata małgorzata ewa jolanta grazyna
milan miroslav zoran dragan goran slobodan vojislav radovan ratko vaclav václav jiri jiří
ivana jelena milica
olga tatiana tatyana natalia natalya svetlana irina yelena ekaterina yekaterina oksana yulia
yuliya galina lyudmila ludmila anatoly andrei andrey aleksandr alexander gennady valentin
vitaly yevgeny evgeny leonid konstantin oleg pavel roman ruslan stanislav vadim vasily
viktor volodymyr petro arseniy arseny
georgios giorgos dimitris nikos yannis konstantinos kostas eleni maria
kemal ayse ayşe fatma emine zeynep hatice hakan murat serkan burak emre ozan cem
reza hossein mohsen akbar javad masoud mansour abbas jafar kazem nasrin shirin zahra maryam
fatemeh parvin
fatima fatimah aisha aysha khadija zainab zaynab amina aminah layla leila laila noura nour
huda hoda rania mona samira salma yasmin yasmine yasmina hanan rana dalia lina maha iman hiba ghada
kofi kwame kwabena akosua chinua olusegun goodluck muhammadu uhuru raila mwai jomo thabo
cyril winnie desmond morgan nelson
rajiv rahul sanjay sunil anil vijay amit ashok arun manmohan narendra sonia priya pooja
anita sunita lakshmi ravi suresh ramesh rajesh mahesh santosh anees imran nawaz benazir
asif shahbaz pervez zulfikar
susilo joko megawati abdurrahman bambang siti nurdin agus budi dewi rizal
ferdinand gloria corazon benigno
vivian alison alyson joanna johanna leona blair heidi rhonda tonya latoya darryl darrell duncan
""".split()) | _GIVEN_NAMES

#: The commonest family names of languages that write the family name first (Chinese,
#: Vietnamese, Korean): "Chen Zhu", "Nguyen Tran Hien". Before another capitalised name that
#: is not a place, they start a person's name. A general resource, as above.
_FAMILY_NAMES_FIRST = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang xie
song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu
ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu
hou yin xue yan duan lei tao mao hao gu gong shao wan qian dai kong xiang
nguyen tran pham hoang huynh phan vu vo dang bui ngo duong
kim lee park choi jung kang cho yoon jang lim shin seo kwon hwang ahn yoo
""".split())

#: Lower-case particles inside a person's name ("Dennis van Engelsdorp", "Osama bin Laden").
_NAME_PARTICLES = frozenset("van von de der den da di du la le bin ibn al el dos das del della ter ten".split())

#: Single capitalised words that are place names somewhere but rarely mean a place in news.
_STOP_WORDS = frozenset("""
of in on at by as is it an a to so no do be he she we they but and or if all can may will must
said says then here there this that these those some many most more other such each every also
even still just only well good best last first second third next early late today tomorrow
yesterday tonight time day days year years week weeks month months people man woman men women
children family home house monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december jan feb mar
apr jun jul aug sep sept oct nov dec mobile police court senate congress parliament army navy
marine marines republic democrat democrats republican republicans church temple university college
school hospital center centre park lake river city county state states north south east west
northern southern central eastern western middle upper lower new old great little big mount saint
fort port bay beach island islands valley springs falls heights hills point harbor harbour
hope liberty independence union progress unity friendship freedom justice victory enterprise
commerce energy success truth industry harmony welcome paradise reading nice bath split
police fire sheriff federal national international government ministry department office
council committee commission agency authority bureau service services company group news press
post times journal tribune herald star sun daily weekly mail telegraph observer guardian
independent monitor chronicle gazette record courier express standard register globe
god jesus christ allah christmas easter ramadan eid halloween thanksgiving
ap reuters afp cnn bbc nbc abc cbs fox upi al the these mr mrs ms dr
internet web online email phone video photo st ft mt pt ste
northeast northwest southeast southwest midwest northeastern northwestern southeastern southwestern
gulf area areas metro region district act bill law code plan team inc corp ltd llc co hall road
street avenue boulevard drive lane highway way place plaza square mall stadium arena library
museum theater theatre zoo airport station bridge tower towers building center
olympic olympics games cup league championship series conference summit
for from about let her his him its our their your my me you who what when where why how which
one two three four five six seven eight nine ten hundred thousand million
spring summer fall autumn winter red green gold golden silver rose forest farm creek lot side loop
delta eagle liberal conservative van bank earth sink moon star sun sunset sunrise rock stone
superior supreme general federal royal grand mission
hamas fatah hezbollah taliban duma knesset toyota honda nissan hyundai samsung nokia google
ismaili baha bahai shia sunni
food drug drugs health water air tank care media mad
village town federation market courthouse parkway yes
sea seas ocean canal plateau peninsula strait straits unit
hajj umrah diwali hanukkah passover lent los las
xinhua yonhap kyodo bernama antara interfax tass irna
""".split()) | _TITLES

#: Words that never start a multi-word place name ("And I", "But Paris").
_FUNCTION_WORDS = frozenset("""
and but or nor i for from about let her his him its our their your my me you who what when where why
how which if as at by in on of to so no do be he she we they it is an a this that these those one two
ten with without after before during since until while because although though yet also then
""".split())

#: Street words: a place name before one names the street, not the place ("Wichita Street").
_STREET_WORDS = frozenset("street st road rd avenue ave boulevard blvd drive dr lane ln highway hwy parkway "
                          "pkwy pike way court ct circle terrace trail place".split())

#: Words after a place name that make it the name of something else: a newspaper
#: ("New York Times"), a disease or its agent ("Marburg virus", "West Nile fever").
_NOT_PLACE_AFTER = frozenset("""
times post journal tribune herald gazette chronicle daily observer examiner inquirer courier dispatch
telegraph bulletin globe virus viruses ebolavirus fever disease flu influenza syndrome vaccine strain
hemorrhagic haemorrhagic
""".split())

#: Capitalised words after a place name, in the same name, that make the whole an institution
#: ("Kenya Broadcasting Corporation", "Michigan State University", "Auckland Zoo"): the common
#: annotation schemes do not mark the place inside. Police, councils and departments are left
#: out on purpose: "the Arlington Police Department" is usually annotated as Arlington.
_INSTITUTION_AFTER = frozenset("""
university universities college school schools academy institute church cathedral hospital clinic
company corporation corp inc llc ltd congress broadcasting airlines airways zoo olympic olympics games
club fc elementary
""".split())

#: Multi-word names that are places but usually mean something else in news.
_STOP_PHRASES = frozenset({
    "white house", "pentagon", "kremlin", "downing street", "capitol hill", "wall street",
    "new year", "middle ages", "holy see", "human rights", "united nations", "red cross",
    "red crescent", "european union", "african union", "arab league", "world bank",
    "supreme court", "high court", "city hall", "town hall", "state department",
    "foreign office", "home office", "silicon valley", "hollywood", "broadway", "tri-state",
    "the city", "the state", "the county", "the village", "the town", "the valley",
    "the center", "the centre", "el nino", "el niño", "la nina", "la niña",
})

#: Last words of a company's name ("Metz Fresh LLC", "Wright County Eggs", "Peanut Corporation of
#: America", "Tyson Foods"): a place inside is part of the name, and the document's other uses
#: of the same name ("said Metz Fresh") are the company too.
_COMPANY_SUFFIX = frozenset("""
llc inc incorporated corp corporation company ltd limited plc gmbh ag bv nv pty lp llp
foods farms eggs egg produce dairy dairies laboratories labs pharmaceuticals pharma
enterprises holdings brands motors bancorp
""".split())
#: Companies and broadcasters named "X of <country>": the country is part of the name ("Bank of
#: America", "Voice of America", "Times of India"); a town or county after them is where the
#: company is ("the Economic Development Corporation of Wayne County") and stays a place.
_OF_COMPANY = re.compile(r"\b(?:Corporation|Corp\.?|Company|Bank|Voice|Times)\s+of\s+(?:the\s+)?$")

#: Words before a storm's name ("Hurricane Katrina"); alone they may be a town (Hurricane, W.Va.).
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone"})
_PARTY_STATE = re.compile(r"[DRI]-[A-Z]{2}\)")

#: Words before a capitalised serotype or strain name, which is often a place's name but
#: never a place ("Salmonella Litchfield", "serovar Newport").
_SEROTYPE_BEFORE = frozenset({"salmonella", "serotype", "serovar", "strain", "subtype"})

#: Words after a place that make it a division or area of that place.
_AREA_AFTER = frozenset("""
province provinces governorate governorates region district districts county counties parish
state area areas city town village villages countryside outskirts suburb suburbs border borders
frontier countryside neighbourhood neighborhood quarter municipality prefecture oblast canton
airport base airbase port harbour harbor coast valley river mountains desert crossing
""".split())

#: Words before a place that point at a location.
_CUE_BEFORE = frozenset("""
in near at from to into outside inside across around toward towards via through between within
throughout northern southern eastern western central north south east west northeast northwest
southeast southwest of visit visited visiting entered entering reached reaching left leaving
hit struck bombed shelled captured seized attacked raided
""".split())

#: Words after a place that mark an organisation or an institution: the place is
#: then part of a name, which the common annotation schemes do not mark on its own.
_ORG_AFTER = frozenset("""
university college school schools academy institute hospital church cathedral mosque temple
police sheriff fire department dept office bureau agency court courts council commission
committee company corp corporation inc ltd llc co group bank airlines airways times post
journal tribune herald news gazette chronicle observer star daily weekly press review magazine
telegraph record courier register globe sun examiner dispatch bulletin inquirer statesman
club team united city's fc braves hawks bulldogs tigers eagles giants yankees jets
street st road rd avenue ave boulevard blvd drive dr lane ln highway hwy way place plaza
square hall center centre mall park stadium arena theater theatre museum library zoo
medical memorial community regional international mining energy oil gas electric power
red high middle elementary state
""".split())

#: Lower-case words that may sit inside a place name ("Stratford upon Avon", "Bosnia and Herzegovina").
_CONNECTORS = frozenset({"of", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le",
                         "les", "upon", "on", "sur", "am", "an", "en", "y", "and", "al", "el", "ad", "ar", "es", "au", "aux",
                         "as", "ash", "az", "ez", "ed", "bin", "ibn", "bani", "beni"})

#: Demonyms and adjectives missing from the gazetteer's list (demonyms.tsv), as ISO 3166 codes.
#: A few name continents; they resolve to the continent's record.
_EXTRA_DEMONYMS: dict[str, str] = {
    "argentine": "AR", "argentinian": "AR", "argentinians": "AR", "bolivian": "BO", "bolivians": "BO",
    "chilean": "CL", "chileans": "CL", "peruvian": "PE", "peruvians": "PE", "ecuadorian": "EC",
    "haitian": "HT", "haitians": "HT", "jamaican": "JM", "jamaicans": "JM", "nepalese": "NP",
    "nepali": "NP", "sri lankan": "LK", "sri lankans": "LK", "thai": "TH", "malaysian": "MY",
    "malaysians": "MY", "singaporean": "SG", "cambodian": "KH", "cambodians": "KH", "laotian": "LA",
    "mongolian": "MN", "rwandan": "RW", "rwandans": "RW", "tanzanian": "TZ", "tanzanians": "TZ",
    "zambian": "ZM", "malawian": "MW", "liberian": "LR", "liberians": "LR", "senegalese": "SN",
    "ivorian": "CI", "guinean": "GN", "icelandic": "IS", "slovak": "SK", "slovenian": "SI",
    "bosnian": "BA", "bosnians": "BA", "macedonian": "MK", "scottish": "GB", "welsh": "GB",
    "scots": "GB", "angolan": "AO", "angolans": "AO", "congolese": "CD",
    "sudanese": "SD", "ugandan": "UG", "burundian": "BI", "djiboutian": "DJ", "gambian": "GM",
    "namibian": "NA", "botswanan": "BW", "mauritanian": "MR", "nigerien": "NE", "beninese": "BJ",
    "togolese": "TG", "gabonese": "GA", "cameroonian": "CM", "honduran": "HN", "guatemalan": "GT",
    "salvadoran": "SV", "nicaraguan": "NI", "panamanian": "PA", "costa rican": "CR",
    "dominican": "DO", "puerto rican": "PR", "venezuelan": "VE", "uruguayan": "UY",
    "paraguayan": "PY", "estonian": "EE", "finnish": "FI", "austrian": "AT", "luxembourgish": "LU",
    "maltese": "MT", "cypriot": "CY", "bahraini": "BH", "emirati": "AE", "yemeni": "YE",
    "afghan": "AF", "afghans": "AF", "uzbek": "UZ", "kazakh": "KZ", "chechen": "RU",
    "african": "AFRICA", "africans": "AFRICA", "european": "EUROPE", "europeans": "EUROPE",
    "asian": "ASIA", "asians": "ASIA", "latin american": "SOUTH AMERICA",
}

#: Forms listed with demonyms that are really names (they are matched as toponyms instead).
_NAME_FORMS = frozenset({"britain", "great britain", "uk", "u.k.", "us", "u.s.", "usa", "u.s.a.",
                         "america", "netherlands", "myanmar"})

#: Continent records are looked up by name.
_CONTINENT_NAMES = {"AFRICA": "Africa", "EUROPE": "Europe", "ASIA": "Asia", "SOUTH AMERICA": "South America"}

_DEMONYMS: dict[str, str] | None = None


def _demonym_table() -> dict[str, str]:
    """Lower-case demonym form -> ISO code (or continent key), built once."""
    global _DEMONYMS
    if _DEMONYMS is None:
        table: dict[str, str] = {}
        try:
            from geomap.settings import gazetteer_source_path

            path = gazetteer_source_path("demonyms.tsv")
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#") or line.startswith("iso2"):
                    continue
                cc, _, forms = line.partition("\t")
                for form in forms.split("|"):
                    f = form.strip().lower()
                    if f and f not in _NAME_FORMS:
                        table[f] = cc.strip().upper()
        except (OSError, ModuleNotFoundError):
            pass
        for k, v in _EXTRA_DEMONYMS.items():
            table.setdefault(k, v)
        _DEMONYMS = table
    return _DEMONYMS


def is_demonym(word: str) -> bool:
    """True when ``word`` is a national demonym or adjective ("Syrian", "Iraqis", "British").

    Examples
    --------
    >>> is_demonym("Syrian"), is_demonym("Syria")
    (True, False)
    """
    return word.strip().lower() in _demonym_table()


def demonym_country(word: str) -> str | None:
    """ISO 3166 alpha-2 code a demonym points at ("Iraqi" -> "IQ"), else None."""
    code = _demonym_table().get(word.strip().lower())
    return code if code and len(code) == 2 else None


# ================================================================ recognition
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"[.!?…:]['\"’”)\]]*\s*$|\n\s*$|^\s*$")
_POSSESSIVE = re.compile(r"['’]s$|['’]$")


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    cap: bool
    lower: str


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        w = m.group()
        pm = _POSSESSIVE.search(w) if ("'" in w or "’" in w) else None
        if pm and len(w) > 2 and not w.isupper():
            w = w[: pm.start()]
            e = s + len(w)
        if not w:
            continue
        first = w[0]
        out.append(_Tok(w, s, e, first.isupper(), w.lower()))
    return out


_ABBREV_DOT = frozenset({"st", "ft", "mt", "pt", "s", "n", "e", "w"})
#: Words that, after a possessive, go on with it into one place name ("Queen Anne's County").
_POSSESSIVE_HEADS = frozenset({"county", "parish", "island", "islands", "bay", "sound", "square"})


def _joinable(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.end:b.start]
    if gap in (" ", "-", "‐", "\u00a0"):
        return True
    if gap in (". ", ".") and a.lower in _ABBREV_DOT:
        return True
    if gap in ("'s ", "’s ") and b.cap and (a.lower == "people" or b.lower in _POSSESSIVE_HEADS):
        return True  # "People's Republic of China", "Queen Anne's County", "St. Peter's Square"
    return False


#: Words of a place name that may go on with "of the" ("Democratic Republic of the Congo", "Gulf of the Farallones").
_OF_THE_HEADS = frozenset("republic kingdom federation emirates islands isle isles gulf bay sea straits strait "
                          "cape lake lakes mouth".split())


def _runs(text: str, toks: list[_Tok]) -> list[list[int]]:
    """Indices of maximal runs of capitalised tokens (connectors allowed inside)."""
    runs: list[list[int]] = []
    cur: list[int] = []
    n = len(toks)
    for i, t in enumerate(toks):
        ok = t.cap and not t.text.isdigit()
        if not ok and cur and t.lower in _CONNECTORS and i + 1 < n and toks[i + 1].cap \
                and _joinable(text, toks[cur[-1]], t) and _joinable(text, t, toks[i + 1]):
            cur.append(i)
            continue
        if not ok and cur and t.lower == "of" and i + 2 < n and toks[i + 1].lower == "the" \
                and toks[cur[-1]].lower in _OF_THE_HEADS \
                and not toks[i + 1].cap and toks[i + 2].cap and _joinable(text, toks[cur[-1]], t) \
                and _joinable(text, t, toks[i + 1]) and _joinable(text, toks[i + 1], toks[i + 2]):
            cur.extend((i, i + 1))  # "Democratic Republic of the Congo"
            continue
        if cur and cur[-1] == i:
            continue  # taken with "of" just above
        if ok:
            if cur and _joinable(text, toks[cur[-1]], t):
                cur.append(i)
            else:
                if cur:
                    runs.append(cur)
                cur = [i]
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _sentence_initial(text: str, tok: _Tok) -> bool:
    return bool(_SENTENCE_END.search(text[max(0, tok.start - 6):tok.start].rstrip("\"'“‘( "))) \
        or tok.start == 0 or bool(re.search(r"(?:^|\n)[\"'“‘(]*$", text[max(0, tok.start - 6):tok.start]))


_BIG_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "PCL", "TERR", "ADM1", "ADM1H", "CONT", "RGN",
                        "SEA", "OCN", "GULF", "BAY", "STRT", "PPLC", "ADM2", "ADMD", "ISL", "ISLS", "PEN",
                        "DSRT", "MTS", "LK", "STM", "AIRP", "AIRB", "MILB", "AREA", "RGNE", "PRK"})
_COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "PCL", "TERR"})
_ADMIN_CODES = frozenset({"ADM1", "ADM1H", "ADM2", "ADMD"})


def _significance(cands: Sequence[Place]) -> tuple[int, int]:
    """(class, population): 2 a country/first-level division/sea..., 1 a town, 0 nothing."""
    best_pop = max((c.population or 0) for c in cands) if cands else 0
    if any(c.feature_code in _BIG_CODES for c in cands):
        return 2, best_pop
    return (1 if cands else 0), best_pop


@dataclass
class _Span:
    start: int
    end: int
    text: str
    key: str
    kind: str
    country: str | None = None  # for demonyms
    query: str = ""  # what to resolve, when not the surface ("Ga." -> "Georgia")


#: AP-style abbreviations of US states and Canadian provinces, as written after a town ("Cottonport, La.").
_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Cal.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "D.C.": "District of Columbia",
    "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
    "Neb.": "Nebraska", "Nebr.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont",
    "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "W. Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wisc.": "Wisconsin", "Wyo.": "Wyoming", "Ont.": "Ontario", "Que.": "Quebec",
    "Alta.": "Alberta", "Sask.": "Saskatchewan", "Man.": "Manitoba",
}
_STATE_ABBREV_RE = re.compile(
    r"(?<=,\s)(" + "|".join(re.escape(k) for k in sorted(_STATE_ABBREVIATIONS, key=len, reverse=True)) + r")(?=[\s,;:)\"'”]|$)")

#: Words before a capitalised name that make it part of a place ("Downtown Richmond"), not a person.
_PLACE_MODIFIERS = frozenset("""
downtown greater metro metropolitan northern southern eastern western central north south east west
northeast northwest southeast southwest upper lower inner outer rural urban suburban coastal
""".split())

#: Verbs of saying: a single capitalised word before one is a person ("Henry said").
_SAY_VERBS = frozenset("said says told added asked explained wrote testified stated noted recalled "
                       "argued announced admitted claimed replied insisted".split())

_GENERIC_TITLE = frozenset({"county", "parish", "province", "governorate", "district", "region", "oblast",
                            "prefecture", "municipality", "state", "territory", "borough", "township"})


def _is_contraction(word: str) -> bool:
    return bool(re.search(r"['’](?:ve|ll|re|d|m|t|s)$", word, re.I)) or word.lower() in ("i", "i’m")


def _recognise(text: str, gaz: Any) -> list[_Span]:
    from geomap.gazetteer.normalize import normalize_name

    toks = _tokens(text)
    lower_words = {t.lower for t in toks if not t.cap}
    demonyms = _demonym_table()
    cand_cache: dict[str, list[Place]] = {}

    def cands(key: str) -> list[Place]:
        got = cand_cache.get(key)
        if got is None:
            got = list(gaz.candidates(key)) if key else []
            cand_cache[key] = got
        return got

    runs = _runs(text, toks)
    # ---- pass 1: persons (surnames are persons for the whole document)
    persons: set[str] = set()
    person_runs: set[int] = set()
    for r, run in enumerate(runs):
        words = [toks[i].lower for i in run]
        if _role_before(text, toks, run[0]) and words[0] not in demonyms and words[0] not in _STOP_WORDS \
                and _significance(cands(normalize_name(text[toks[run[0]].start:toks[run[-1]].end])))[0] < 2:
            cut = next((k for k, x in enumerate(words) if x in _CONNECTORS), len(words))
            persons.update(x for x in words[:cut] if x.rstrip(".") not in _TITLES)
            if cut == len(words):
                person_runs.add(r)  # "spokeswoman Kerry-Ann Hamilton", "Dr. Lamont Sweet"
                continue
        for k, w in enumerate(words):
            if w.rstrip(".") in _TITLES and k + 1 < len(run):
                for x in words[k + 1:]:  # "President Bashar Assad", not "Minister of Peru"
                    if x in _CONNECTORS or x in _TITLES:
                        break
                    persons.add(x)
                break
        first = words[0]
        if len(run) >= 2 and first in _GIVEN_NAMES and words[1] not in _AREA_AFTER \
                and words[1] not in _GENERIC_TITLE and not cands(normalize_name(text[toks[run[0]].start:toks[run[-1]].end])):
            persons.update(x for x in words[1:] if x not in _CONNECTORS)
            person_runs.add(r)
        elif 2 <= len(run) <= 3 and first not in _STOP_WORDS and first not in _PLACE_MODIFIERS \
                and not any(w in _CONNECTORS for w in words) and not _sentence_initial(text, toks[run[0]]) \
                and first not in demonyms and not cands(normalize_name(toks[run[0]].text)) \
                and all(toks[i].text[1:].islower() or len(toks[i].text) == 1 for i in run) \
                and words[-1] not in _GENERIC_TITLE and words[-1] not in _AREA_AFTER \
                and not cands(normalize_name(text[toks[run[0]].start:toks[run[-1]].end])) \
                and _significance(cands(normalize_name(toks[run[-1]].text)))[0] < 2:
            persons.add(words[-1])
        if len(run) == 1:
            nxt = toks[run[0] + 1] if run[0] + 1 < len(toks) else None
            prv = toks[run[0] - 1].lower if run[0] > 0 else ""
            if nxt is not None and nxt.lower in _SAY_VERBS and text[toks[run[0]].end:nxt.start] == " " \
                    and prv not in _CUE_BEFORE:
                cs = cands(normalize_name(toks[run[0]].text))
                if _significance(cs)[0] < 2 or not any(c.feature_code in _SPEAKING_CODES or
                                                        (c.population or 0) >= 100_000 for c in cs):
                    persons.add(words[0])  # "Steele says": a county's name, but not a country or a city
            p = toks[run[0] - 1] if run[0] > 0 else None
            if p is not None and p.lower in _SAY_VERBS and text[p.end:toks[run[0]].start] == " " \
                    and re.match(r"[.,;!?]", text[toks[run[0]].end:toks[run[0]].end + 1]):
                cs = cands(normalize_name(toks[run[0]].text))
                if _significance(cs)[0] < 2 or not any(c.feature_code in _SPEAKING_CODES or
                                                        (c.population or 0) >= 100_000 for c in cs):
                    persons.add(words[0])  # '..., said Lopez.': who spoke

    person_toks, surnames = _name_persons(text, toks, cands, demonyms)
    persons |= surnames

    spans: list[_Span] = []
    taken: list[tuple[int, int]] = []
    for m in _STATE_ABBREV_RE.finditer(text):
        name = _STATE_ABBREVIATIONS[m.group(1)]
        spans.append(_Span(m.start(), m.end(), m.group(1), normalize_name(name), "toponym", query=name))
        taken.append((m.start(), m.end()))

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    org_toks = _company_tokens(text, toks, runs, cands)

    # ---- pass 2: places
    for r, run in enumerate(runs):
        if r in person_runs:
            continue
        k, n = 0, len(run)
        while k < n:
            i = run[k]
            t = toks[i]
            if text[t.start - 1:t.start] == "$" or (text[t.start - 1:t.start] == "(" and _PARTY_STATE.match(text, t.start)):
                k += 1  # "$US 1.5 billion", "(D-CT)": a currency, a congressman's party and state
                continue
            if t.lower in _STORM_WORDS and k + 1 < n and toks[run[k + 1]].cap:
                k += 2  # "Hurricane Katrina", "Typhoon Haiyan": a storm's name
                continue
            if (t.lower in _CONNECTORS and not t.cap) or not free(t.start, t.end) or i in person_toks \
                    or i in org_toks or (i > 0 and toks[i - 1].lower in _SEROTYPE_BEFORE
                                         and text[toks[i - 1].end:t.start] == " "):
                k += 1
                continue
            if t.lower.rstrip(".") in _TITLES and k + 1 < n:
                titled = _titled_place(text, toks, run, k, cands)
                if titled:
                    s_, e_ = toks[run[k]].start, toks[run[titled - 1]].end
                    spans.append(_Span(s_, e_, text[s_:e_], normalize_name(text[s_:e_]), "toponym"))
                    k = titled
                    continue
                k += 1
                while k < n and toks[run[k]].lower not in _CONNECTORS:
                    k += 1
                continue
            if _is_contraction(t.text):
                k += 1
                continue
            matched = False
            for m in range(min(n, k + 6), k + 1, -1):  # multi-word names, longest first
                if t.lower in _FUNCTION_WORDS:
                    break
                last = toks[run[m - 1]]
                if last.lower in _CONNECTORS and not last.cap:
                    continue
                if last.lower in ("city", "state") and m < n and toks[run[m]].lower in _ORG_AFTER:
                    continue  # "Dublin City Council", "Lansing State Journal": the name is the place
                if _followed_by_not_place(text, toks, run[m - 1]):
                    if m - k >= 2 and cands(normalize_name(text[t.start:last.end])):
                        matched = True  # "Los Angeles Times", "Hong Kong flu": no place inside either
                        break
                    continue
                s, e = t.start, last.end
                surface = text[s:e]
                low = surface.lower()
                if len(last.text) == 1 or ((t.lower == "the" or (t.text.isupper() and len(t.text) <= 3))
                                           and normalize_name(surface) == normalize_name(text[toks[run[k + 1]].start:e])):
                    continue  # "Room A"; "US Energy", "The Center": the normaliser drops the first word
                if low in _STOP_PHRASES:
                    matched = True
                    break
                if low in demonyms:
                    if not _demonym_not_place(text, toks, run, m - 1, demonyms):
                        spans.append(_Span(s, e, surface, low, "demonym", demonyms[low]))
                    matched = True
                    break
                key = normalize_name(surface)
                cs = cands(key)
                generic = last.lower in _GENERIC_TITLE
                if not cs and generic and m - k >= 2:
                    prefix = text[s:toks[run[m - 2]].end]
                    if toks[run[m - 2]].lower not in _CONNECTORS and cands(normalize_name(prefix)):
                        cs = cands(normalize_name(prefix))
                if cs and (_institution_follows(text, toks, run, m) or _national_body_follows(text, toks, run, m, cs)):
                    matched = True
                    break
                if cs and not (m - k == 2 and t.lower in persons and last.lower in persons):
                    spans.append(_Span(s, e, surface, key, "toponym"))
                    matched = True
                    break
            if matched:
                k = m
                continue
            surface = t.text
            low = t.lower
            if low in demonyms:
                if not _demonym_not_place(text, toks, run, k, demonyms):
                    spans.append(_Span(t.start, t.end, surface, low, "demonym", demonyms[low]))
                k += 1
                continue
            if low in _STOP_WORDS or low in persons or low.rstrip(".") in _TITLES:
                k += 1
                continue
            # part of a hyphenated capitalised compound ("Wal-Mart", "Tri-State")
            if (k + 1 < n and text[t.end:toks[run[k + 1]].start] == "-") or \
                    (k > 0 and text[toks[run[k - 1]].end:t.start] == "-"):
                k += 1
                continue
            key = normalize_name(surface)
            cs = cands(key)
            prev = toks[i - 1].lower if i > 0 and text[toks[i - 1].end:t.start] == " " else ""
            if cs and not _institution_follows(text, toks, run, k + 1) \
                    and not _national_body_follows(text, toks, run, k + 1, cs) \
                    and _accept_single(text, toks, run, k, i, cs, lower_words, prev):
                spans.append(_Span(t.start, t.end, surface, key, "toponym"))
            k += 1
    spans.sort(key=lambda sp: sp.start)
    _extend_spans(text, toks, spans, cands)
    _join_foreign_compass(text, spans)
    return spans


def _name_persons(text: str, toks: list[_Tok], cands: Any, demonyms: dict[str, str]) -> tuple[set[int], set[str]]:
    """Tokens of persons' names that start with a given name, and their surnames.

    A capitalised given name (:data:`_MORE_GIVEN_NAMES`, or a family name written
    first, :data:`_FAMILY_NAMES_FIRST`) followed by initials ("R. T."), particles
    ("van", "bin") and one to three capitalised words is a person's name
    ("Alison Patti", "Jose A. Cordova Villalobos", "Chen Zhu"), unless the
    words together are a place in the gazetteer ("San Jose", "Hong Kong"), the
    next word makes a place or an institution ("Jackson County", "Charlotte
    Street"), or the given name is itself a country, a first-level division or
    a large city ("Georgia Tech", "Victoria Falls").

    Returns
    -------
    person_tokens, surnames : set of int, set of str
        Token indices that are part of a person's name; lower-case surnames,
        which are persons wherever else the document uses them alone (one
        sense per name per document), unless they name a major place.
    """
    from geomap.gazetteer.normalize import normalize_name

    idx: set[int] = set()
    surnames: set[str] = set()
    n = len(toks)
    stop = _NOT_SURNAME
    for i, t in enumerate(toks):
        if not t.cap or i in idx or len(t.text) < 2 or (t.text.isupper()):
            continue
        low = t.lower
        if low not in _MORE_GIVEN_NAMES and low not in _FAMILY_NAMES_FIRST:
            continue
        own = cands(normalize_name(t.text))
        if any(c.feature_code in _DIVISION_CODES or c.feature_code == "PPLC" or (c.population or 0) >= 1_000_000
               for c in own):
            continue
        j, last = i + 1, i
        names: list[int] = []
        while j < n and len(names) < 3:
            u = toks[j]
            gap = text[toks[last].end:u.start]
            if not names and u.cap and len(u.text) == 1 and gap == " " and text[u.end:u.end + 2] == ". ":
                last = j  # an initial: "Jose A. Cordova"
                j += 1
                continue
            if not names and u.cap and len(u.text) == 1 and gap == ". " and toks[last].end - toks[last].start == 1 \
                    and text[u.end:u.end + 2] == ". ":
                last = j  # a second initial: "Albert R. T. Lim"
                j += 1
                continue
            if not u.cap and u.lower in _NAME_PARTICLES and gap == " " and not names:
                last = j
                j += 1
                continue
            if u.cap and (gap in (" ", "-") or (gap == ". " and toks[last].end - toks[last].start == 1)) \
                    and u.lower in stop:
                break
            if u.cap and (gap in (" ", "-") or (gap == ". " and toks[last].end - toks[last].start == 1)) \
                    and not u.text.isupper() and not u.text.isdigit() and u.lower not in demonyms:
                names.append(j)
                last = j
                j += 1
                continue
            break
        if not names:
            continue
        first_tok = i
        if i > 0 and toks[i - 1].cap and text[toks[i - 1].end:t.start] in (" ", "-", ". "):
            first_tok = i - 1  # "San Jose", "Port Elizabeth", "St. Charles": test the name with what precedes
        pairs = [(i, names[0]), (i, names[-1])] + ([(first_tok, i), (first_tok, names[0])] if first_tok < i else [])
        if any(cands(normalize_name(text[toks[a].start:toks[b].end])) for a, b in pairs):
            continue  # "San Jose", "Hong Kong", "Santa Maria": the words together name a place
        idx.add(i)
        idx.update(range(i + 1, names[-1] + 1))
        for k in names:
            sig = _significance(cands(normalize_name(toks[k].text)))
            if sig[0] < 2 and sig[1] < 100_000:
                surnames.add(toks[k].lower)
    return idx, surnames


#: Last words of an organisation's name that starts with a demonym ("American Red Cross",
#: "American Heart Association", "Egyptian Premier League"): the demonym is part of a name.
_DEMONYM_ORG_END = frozenset("""
association associations cross legion group act bank league cup hospital society council commission
foundation institute university college school church airlines airways academy federation club
company corporation inc corp museum centre center fund alliance
""".split())
_ARTICLES = frozenset({"the", "a", "an"})
_ETHNIC_PREFIX = frozenset({"african", "asian", "latin", "native", "arab"})


def _demonym_not_place(text: str, toks: list[_Tok], run: list[int], k: int, demonyms: dict[str, str]) -> bool:
    """Whether the demonym at run position ``k`` is not about a country.

    It is not when it starts an organisation's name ("American Heart
    Association"), names an ethnicity ("Native American", "African-American"),
    or is a surname ("French said", no article before).
    """
    i = run[k]
    t = toks[i]
    p = toks[i - 1] if i > 0 else None
    if p is not None and text[p.end:t.start] in (" ", "-") and p.lower == "native":
        return True
    if p is not None and text[p.end:t.start] == "-" and p.lower in _ETHNIC_PREFIX and t.lower.startswith("american"):
        return True
    q = toks[i + 1] if i + 1 < len(toks) else None
    if q is not None and text[t.end:q.start] == "-" and t.lower in _ETHNIC_PREFIX and q.lower.startswith("american"):
        return True  # "African-American": an ethnicity ("Russian-American crew" stays two countries)
    for j in range(k + 1, min(len(run), k + 5)):
        if toks[run[j]].cap and toks[run[j]].lower in _DEMONYM_ORG_END:
            return True
    if q is not None and q.lower in _SAY_VERBS and text[t.end:q.start] == " " and not t.lower.endswith("s") \
            and (p is None or p.lower not in _ARTICLES):
        return True
    return False


def _titled_place(text: str, toks: list[_Tok], run: list[int], k: int, cands: Any) -> int:
    """End (run position) of a place name that starts with a title, else 0.

    "Prince Edward Island", "Queen Anne's County", "King County": a name that
    starts with a title is a place when the gazetteer has it whole and it has
    three or more words or ends in a division's or feature's word; "Prince
    George" and "General Santos" stay ambiguous and are left to the person rules.
    """
    from geomap.gazetteer.normalize import normalize_name

    for m in range(min(len(run), k + 6), k + 1, -1):
        last = toks[run[m - 1]]
        if not last.cap:
            continue
        if m - k < 3 and last.lower not in _GENERIC_TITLE and last.lower not in _FEATURE_AFTER:
            continue
        if cands(normalize_name(text[toks[run[k]].start:last.end])):
            return m
    return 0


def _company_tokens(text: str, toks: list[_Tok], runs: list[list[int]], cands: Any) -> set[int]:
    """Tokens inside companies' names, which hold no toponym of their own.

    A run of capitalised words that goes on into a company suffix
    (:data:`_COMPANY_SUFFIX`: "Metz Fresh LLC", "Wright County Eggs") is a
    company, as is what follows "Corporation of", "Bank of" and the like
    ("Peanut Corp. of America"). The name without its suffix is the company
    wherever else the document repeats it ("said Metz Fresh").
    """
    from geomap.gazetteer.normalize import normalize_name

    def is_country(j: int, most: int) -> bool:
        for m in range(min(most, 4), 0, -1):
            if j + m - 1 < len(toks) and any(c.feature_code in _COUNTRY_CODES for c in
                                             cands(normalize_name(text[toks[j].start:toks[j + m - 1].end]))):
                return True
        return False

    out: set[int] = set()
    names: set[tuple[str, ...]] = set()
    country_of: set[int] = set()  # runs that are "<company> of <country>"
    for r, run in enumerate(runs):
        first = toks[run[0]]
        if _OF_COMPANY.search(text[max(0, first.start - 30):first.start]) and is_country(run[0], len(run)):
            out.update(run)  # "Peanut Corp. of America", "Voice of America"
            country_of.add(r)
        words = [toks[i].lower.rstrip(".") for i in run]
        for k, w in enumerate(words):
            if k > 0 and w in _COMPANY_SUFFIX and toks[run[k]].cap:
                b = k
                while b > 0 and not (words[b - 1] in _CONNECTORS and not toks[run[b - 1]].cap):
                    b -= 1  # the name starts after "and": "Hall County and Corrections Corporation"
                head = [x for x in words[b:k] if x != "the"]
                if not head:
                    break
                out.update(run[b:k + 1])
                names.add(tuple(head))
                if k + 2 < len(run) and words[k + 1] == "of" and is_country(run[k + 2], len(run) - k - 2):
                    out.update(run[k + 1:])  # "Peanut Corporation of America"
                break
    if names:
        longest = max(len(x) for x in names)
        for run in runs:
            words = [toks[i].lower for i in run]
            for k in range(len(run)):
                for m in range(min(len(run), k + longest), k, -1):
                    if tuple(words[k:m]) in names:
                        out.update(run[k:m])
                        break
    return out


#: Compass words of other languages that, after a place's name, make the name of a province
#: ("Kasai Occidental", "Davao del Sur", "Ilocos Norte", "Nord-Kivu" written "Kivu Nord").
_FOREIGN_COMPASS = frozenset("occidental oriental sur norte nord sud est ouest oeste este meridional "
                             "septentrional".split())
_FOREIGN_COMPASS_RE = re.compile(r"[ -](?:(?:del|de|do|du)\s)?(" + "|".join(w.capitalize() for w in sorted(_FOREIGN_COMPASS))
                                 + r")\b")


def _join_foreign_compass(text: str, spans: list[_Span]) -> None:
    """Widen a toponym over a foreign compass word after it, in place ("Kasai Occidental").

    The whole is looked up first and, when the gazetteer lacks it, the name
    before the compass word stands for it (see :func:`_lookup`).
    """
    from geomap.gazetteer.normalize import normalize_name

    j = 0
    while j < len(spans):
        sp = spans[j]
        m = _FOREIGN_COMPASS_RE.match(text, sp.end) if sp.kind == "toponym" and not sp.query else None
        if m:
            end = m.end()
            sp.end, sp.text = end, text[sp.start:end]
            sp.key = normalize_name(sp.text)
            while j + 1 < len(spans) and spans[j + 1].start < end:
                del spans[j + 1]
        j += 1


#: Compass words that, before the name of a continent, sea or region, make a region of its own
#: ("West Africa", "Eastern Mediterranean", "South Asia"); before a state or a town they only
#: describe a part of it ("North Texas"), and the span stays the name.
_COMPASS = frozenset("north south east west northern southern eastern western central northeast northwest "
                     "southeast southwest northeastern northwestern southeastern southwestern".split())
_REGION_CODES = frozenset({"CONT", "RGN", "RGNE", "SEA", "OCN", "GULF", "MTS", "DSRT", "PEN", "ISLS", "AREA"})
#: Words after a name that make it a natural feature's name ("Swat Valley", "Kanawha River").
_FEATURE_AFTER = frozenset("river valley lake mountains mountain sea ocean bay delta canal creek gulf peninsula "
                           "desert basin strait island islands hills range plateau".split())
#: Of those, the ones whose feature usually lies beside the place of the same name, which may
#: then stand for it when the feature itself is not in the gazetteer ("Salinas Valley", "Lake Erie");
#: rivers and creeks run far from their namesakes and are left unresolved.
_FEATURE_FALLBACK = frozenset("valley lake bay delta canal island hills".split())
#: Words before a name that make it a natural feature's name ("Lake Erie", "Mount Kenya").
_FEATURE_BEFORE = frozenset({"lake", "mount", "mt"})
#: Capitalised words that end a person's name: what follows a given name is no surname when it
#: is one of these ("Jackson County", "Victoria Street", "Charlotte Hospital", "Milan Fashion").
_NOT_SURNAME = (_STOP_WORDS | _AREA_AFTER | _GENERIC_TITLE | _FEATURE_AFTER | _STREET_WORDS | _ORG_AFTER
                | _INSTITUTION_AFTER | _NOT_PLACE_AFTER | _COMPASS | _SAY_VERBS)


def _extend_spans(text: str, toks: list[_Tok], spans: list[_Span], cands: Any) -> None:
    """Widen toponym spans to the whole name of a region or natural feature, in place.

    "West Africa" (a compass word before a continent, sea or region) is resolved
    as the name it qualifies; "Swat Valley" and "Lake Erie" (a feature word after
    or before a place name) are looked up whole, falling back on the name alone
    for the features listed in :data:`_FEATURE_FALLBACK`.
    """
    from geomap.gazetteer.normalize import normalize_name

    if not spans:
        return
    index = {t.start: j for j, t in enumerate(toks)}
    starts = {sp.start for sp in spans}
    ends = {sp.end for sp in spans}
    for sp in spans:
        if sp.kind != "toponym" or sp.query:
            continue
        j = index.get(sp.start)
        if j is None:
            continue
        j_end = j
        while j_end + 1 < len(toks) and toks[j_end].end < sp.end:
            j_end += 1
        start, end, query = sp.start, sp.end, ""
        if j > 0:
            p = toks[j - 1]
            gap = text[p.end:sp.start]
            if p.cap and p.end not in ends:
                if gap in (" ", "-") and p.lower in _COMPASS \
                        and any(c.feature_code in _REGION_CODES for c in cands(sp.key)):
                    start, query = p.start, sp.text
                elif (gap == " " and p.lower in _FEATURE_BEFORE) or (gap == ". " and p.lower == "mt"):
                    start = p.start
        if j_end + 1 < len(toks) and not query:
            q = toks[j_end + 1]
            after = toks[j_end + 2] if j_end + 2 < len(toks) else None
            if q.cap and q.lower in _FEATURE_AFTER and text[sp.end:q.start] == " " and q.start not in starts \
                    and not (after is not None and after.cap and text[q.end:after.start] == " "):
                end = q.end  # but not "Green Valley Community Center", "Thames Valley District"
        if (start, end) != (sp.start, sp.end):
            sp.start, sp.end, sp.query = start, end, query
            sp.text = text[start:end]
            sp.key = normalize_name(sp.text)


#: Lower-case nouns for people that, right before a capitalised name, make it a person's
#: ("spokeswoman Kerry-Ann Hamilton", "villager Santosh Mishra"). Titles that are also
#: adjectives ("private", "major", "general", "chief", "head") are left out.
_ROLE_NOUNS = frozenset("""
spokesman spokeswoman spokesperson director minister secretary professor researcher scientist
specialist author reporter correspondent resident villager farmer teacher student nurse doctor
physician veterinarian vet epidemiologist virologist analyst economist lawyer attorney actor actress
singer manager executive founder chairman chairwoman president governor mayor senator councillor
councilman councilwoman commissioner superintendent inspector detective officer sergeant captain
colonel chancellor premier ambassador envoy coordinator administrator legend wife husband son
daughter mother father brother sister widow grandmother grandfather colleague assistant
""".split())
#: Titles written with a full stop before a name ("Dr. Lamont Sweet", "Gov. Ted Strickland").
_DOTTED_TITLES = frozenset("mr mrs ms dr prof sen rep gov lt col maj capt cmdr sgt cpl pvt adm brig gen "
                           "det insp supt rev fr sr jr".split())


def _role_before(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether the token before ``toks[i]`` is a role noun or a dotted title that names a person next."""
    if i == 0:
        return False
    p = toks[i - 1]
    gap = text[p.end:toks[i].start]
    if gap == " " and not p.cap and p.lower in _ROLE_NOUNS:
        return True
    return gap == ". " and p.lower in _DOTTED_TITLES


#: Places that may speak in news ("Baghdad says", "Washington said"): countries, first-level
#: divisions, capitals, continents.
_SPEAKING_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "PCL", "TERR", "ADM1", "ADM1H", "PPLC", "CONT"})
#: Words after a country's name that make the whole a national government body.
_NATIONAL_BODY = frozenset({"department", "dept", "ministry", "agency", "postal"})


def _national_body_follows(text: str, toks: list[_Tok], run: list[int], k_end: int, cs: Sequence[Place]) -> bool:
    """Whether a country's name goes on into a national ministry's name.

    "the United States Department of Agriculture", "the Fiji Health Ministry",
    "the UK Department for International Development" name a government, not a
    place where something happens; a state's or a city's department ("Ohio
    Department of Health", "Killeen Police Department") does locate the story
    and is kept.
    """
    if k_end >= len(run) or not any(c.feature_code in _COUNTRY_CODES for c in cs):
        return False
    w = toks[run[k_end]].lower
    if w == "health" and k_end + 1 < len(run):
        w = toks[run[k_end + 1]].lower
    return w in _NATIONAL_BODY


#: Last words of an institution's name that reach back over several capitalised words
#: ("Buffalo Science Magnet School", "Kenya Red Cross Society", "Xinhua News Agency").
_INSTITUTION_END = frozenset("""
university college school schools academy institute hospital clinic society agency laboratory
laboratories cup championship championships games
""".split())


#: Words right after a town's name that make a local school or hospital named for the town,
#: which locates the story there ("Norfolk High School", "Princeton Community Hospital").
_TOWN_SCHOOL = frozenset("high middle junior senior community".split())


def _institution_follows(text: str, toks: list[_Tok], run: list[int], k_end: int) -> bool:
    """Whether the capitalised run goes on, after position ``k_end``, into an institution's name.

    Either right away ("Auckland Zoo", "Michigan State University") or, over up
    to three more capitalised words, into a word of :data:`_INSTITUTION_END`
    ("Buffalo Science Magnet School", "Kenya Red Cross Society"); a school or
    hospital named for its town ("Huntsville High School") is in that town and
    keeps the place.
    """
    k = k_end
    for _ in range(2):
        if k >= len(run) or not toks[run[k]].cap:
            return False
        w = toks[run[k]].lower
        if w in _INSTITUTION_AFTER:
            return True
        if w not in ("state", "city", "county", "national", "international", "general", "memorial", "regional"):
            break
        k += 1
    if toks[run[k_end]].lower in _TOWN_SCHOOL:
        return False  # "Huntsville High School", "Paris Community Hospital": in the town they name
    for j in range(k_end, min(len(run), k_end + 4)):
        t = toks[run[j]]
        if not t.cap or (j > k_end and text[toks[run[j - 1]].end:t.start] != " "):
            break
        if t.lower in _INSTITUTION_END and (j + 1 >= len(run) or toks[run[j + 1]].lower not in ("of", "for")):
            return True
    return False

def _followed_by_not_place(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether token ``i`` is followed by a newspaper or disease word ("Times", "virus")."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.lower in _NOT_PLACE_AFTER and text[toks[i].end:nxt.start] in (" ", "-")


def _accept_single(text: str, toks: list[_Tok], run: list[int], k: int, i: int, cs: Sequence[Place],
                   lower_words: set[str], prev: str) -> bool:
    t = toks[i]
    cls, pop = _significance(cs)
    if len(t.text) < 2:
        return False
    if t.text.isupper() and len(t.text) <= 4 and "." not in t.text and \
            not any(c.feature_code in _DIVISION_CODES for c in cs):
        return False  # acronyms (AP, NATO, an airport's IATA code) unless a country or state code
    if t.text.isupper() and 3 <= len(t.text) <= 4 and "." not in t.text and t.text not in _COUNTRY_ACRONYMS and \
            not any(c.feature_code in _DIVISION_CODES and _initials(c.name) == t.text for c in cs):
        return False  # FAO, EST, MAC: three letters that are some division's code, not its initials (NSW, DRC)
    if "." in t.text and t.text.isupper() and t.text not in _STATE_ABBREVIATIONS and not any(c.feature_code in _DIVISION_CODES for c in cs) \
            and pop < 500_000:
        return False  # dotted initials (U.N., B.B.) unless a country or state (U.S., D.C.) or a city (L.A.)
    if re.match(r"\d", text[t.end:t.end + 1]) or (text[t.start - 1:t.start] == "/" and text[t.end:t.end + 1] == "/"):
        return False  # a currency or unit glued to a number (KSh17), a strain name (A/California/7/2009)
    after = text[t.end:t.end + 40]
    if t.text.isupper() and len(t.text) >= 4 and "." not in t.text and not re.match(r"\s*(?:[,(—–-]|$|\n|\s[A-Z]{2,})", after):
        return False  # an acronym in running text (USDA, NATO), not a capitalised dateline (MANSFIELD —)
    if after.startswith("$"):
        return False  # currency: US$, NZ$
    if _followed_by_not_place(text, toks, i):
        return False
    nxt_in_run = toks[run[k + 1]].lower if k + 1 < len(run) else ""
    if nxt_in_run in _STREET_WORDS and cls < 2:
        return False  # "Wichita Street" is a street
    if t.lower in _GIVEN_NAMES and cls < 2 and not (prev in _CUE_BEFORE or _CUE_AFTER_RE.match(after)):
        return False  # "Patrick", "Lincoln" alone are usually people
    if t.lower == "america" and prev in ("north", "south", "central", "latin"):
        return False  # a continent, not the United States
    common_here = t.lower in lower_words and not t.text.isupper()
    cue_after = bool(_CUE_AFTER_RE.match(after))
    cue_before = prev in _CUE_BEFORE
    initial = _sentence_initial(text, t)
    if cls == 2:
        return not (common_here and not cue_before)
    if common_here:
        return cue_before and cue_after
    if initial:
        return pop >= 50000 or (pop >= 5000 and cue_after)
    if pop >= 15000:
        return True
    if pop >= 1000 and (cue_before or cue_after):
        return True
    return cue_before and cue_after


#: Country acronyms in common use that are not the initials of the gazetteer's name.
_COUNTRY_ACRONYMS = frozenset({"USA", "PRC", "UAE", "DPRK", "ROK", "USSR"})


def _initials(name: str) -> str:
    """Initials of a name's words, small words skipped: 'Democratic Republic of the Congo' -> 'DRC'."""
    return "".join(w[0].upper() for w in re.split(r"[\s-]+", name)
                   if w and w.lower() not in ("of", "the", "and", "de", "du", "des"))


_CUE_AFTER_RE = re.compile(r"\s*(?:,\s*(?:[A-Z][a-z]+\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]{3,}\b)|[ -](?i:"
                           + "|".join(sorted(_AREA_AFTER)) + r")\b)")


# ================================================================ resolution
_COUNTRY_NAMES: dict[str, str] | None = None


def _country_name(code: str) -> str:
    """English name of a country from the gazetteer's countries.tsv ('' when unknown)."""
    global _COUNTRY_NAMES
    if _COUNTRY_NAMES is None:
        names: dict[str, str] = {}
        try:
            from geomap.settings import gazetteer_source_path

            for line in gazetteer_source_path("countries.tsv").read_text(encoding="utf-8").splitlines():
                f = line.split("\t")
                if len(f) > 3 and len(f[0]) == 2 and f[0].isupper():
                    names[f[0]] = f[3]
        except (OSError, ModuleNotFoundError):
            pass
        _COUNTRY_NAMES = names
    return _COUNTRY_NAMES.get(code, "")


def _country_of_hint(code: str, gaz: Any, surface: str = "") -> Place | None:
    """The country (or continent) record a demonym points at."""
    from geomap.gazetteer.normalize import normalize_name

    if code in _CONTINENT_NAMES:
        for p in gaz.candidates(normalize_name(_CONTINENT_NAMES[code])):
            if p.feature_code == "CONT":
                return p
        return None
    keys = [normalize_name(surface)] if surface else []
    if _country_name(code):
        keys.append(normalize_name(_country_name(code)))
    keys.append(normalize_name(code))
    for key in keys:
        for p in gaz.candidates(key):
            if p.country_code == code and p.feature_code in _COUNTRY_CODES:
                return p
    return None


def _lookup(gaz: Any, sp: _Span, country: list[str] | None,
            context: list[tuple[float, float]] | None, limit: int = 8) -> list[Place]:
    """Ranked candidates for a span; "Laurel County" falls back to "Laurel" when the division is unknown."""
    query = sp.query or sp.text
    got = gaz.resolve(query, country=country, context=context, limit=limit, fuzzy=False)
    if not got:
        words = query.split()
        if len(words) >= 2 and words[-1].lower() in _GENERIC_TITLE | _FEATURE_FALLBACK | _FOREIGN_COMPASS:
            base = words[:-2] if len(words) >= 3 and words[-2].lower() in ("del", "de", "do", "du") else words[:-1]
            got = gaz.resolve(" ".join(base), country=country, context=context, limit=limit, fuzzy=False)
        elif len(words) >= 2 and words[0].lower() == "lake":
            got = gaz.resolve(" ".join(words[1:]), country=country, context=context, limit=limit, fuzzy=False)
    return _prefer_own_names(got, _own_key(query))


_NAME_KEYS: dict[str, str] = {}
#: Score factor of a town that answers to the name only through an alternate
#: name ("Maryville" for Beeville, "Berea" for Aleppo) when some place bears it as its own.
_ALIAS_ONLY_FACTOR = 0.85


def _own_key(name: str) -> str:
    key = _NAME_KEYS.get(name)
    if key is None:
        from geomap.gazetteer.normalize import normalize_name, strip_generic

        key = normalize_name(strip_generic(name)[0])
        if len(_NAME_KEYS) < 200_000:
            _NAME_KEYS[name] = key
    return key


def _prefer_own_names(ranked: list[Place], key: str) -> list[Place]:
    """Rank places whose own name is the query above towns that only list it as an alternate name."""
    if len(ranked) < 2:
        return ranked
    own = [_own_key(p.name) == key for p in ranked]
    if all(own) or not any(own):
        return ranked
    rescored: list[Place] = []
    for p, is_own in zip(ranked, own):
        alias_only = not is_own and p.feature_code.startswith("PPL") and p.feature_code != "PPLC"
        if alias_only:
            p = _dc_replace(p, score=round(p.score * _ALIAS_ONLY_FACTOR, 6))
        rescored.append(p)
    rescored.sort(key=lambda p: -p.score)
    return rescored



_DIVISION_CODES = _COUNTRY_CODES | {"ADM1", "ADM1H"}
#: Most context points passed to the gazetteer for one name (the document's first places).
_MAX_CONTEXT = 25
#: Weight of spatial agreement with the document's other names when choosing among candidates.
_SUPPORT_WEIGHT = 0.5


def _km(a: Place, b: Place) -> float:
    """Distance between two places, km (equirectangular: within 0.5 % below 1,000 km, where it matters)."""
    dlon = abs(a.longitude - b.longitude)
    if dlon > 180.0:
        dlon = 360.0 - dlon
    dx = dlon * math.cos(math.radians((a.latitude + b.latitude) * 0.5))
    dy = a.latitude - b.latitude
    return 111.195 * math.sqrt(dx * dx + dy * dy)


def _qualified(best_of_qualifier: Place, ranked: Sequence[Place]) -> Place | None:
    """The candidate that lies in the division or country a "X, Y" qualifier names."""
    q = best_of_qualifier
    for p in ranked:
        if q.feature_code in _COUNTRY_CODES and p.country_code == q.country_code and p.feature_code not in _COUNTRY_CODES:
            return p
        if q.feature_code.startswith("ADM1") and p.country_code == q.country_code and p.admin1 and \
                (p.admin1 == q.admin1 or p.admin1 == q.name):
            return p
    return None


def _resolve(spans: list[_Span], text: str, gaz: Any, country_hints: Sequence[str] | None) -> list[Mention]:
    """Resolve recognised spans at document level (one sense per name)."""
    from collections import Counter

    user_hints: list[str] = [c.strip().upper() for c in (country_hints or []) if c.strip()]
    sense: dict[str, tuple[Place | None, tuple[Place, ...]]] = {}
    votes: Counter[str] = Counter()
    # demonyms name their country
    for sp in spans:
        if sp.kind == "demonym" and sp.country:
            if sp.country not in sense:
                place = _country_of_hint(sp.country, gaz, sp.text)
                sense[sp.country] = (place, (place,) if place else ())
            if len(sp.country) == 2:
                votes[sp.country] += 1
    topos = [sp for sp in spans if sp.kind == "toponym"]
    first: dict[str, list[Place]] = {}
    for sp in topos:
        if sp.key not in first:
            first[sp.key] = _lookup(gaz, sp, user_hints or None, None, limit=25)
    # "Paris, Tenn." / "Qaim, Iraq": the second name qualifies the first
    qualifier: dict[str, Place] = {}
    for a, b in zip(topos, topos[1:]):
        if text[a.end:b.start].strip() == "," and b.start - a.end <= 3:
            qb = first.get(b.key) or []
            if qb and qb[0].feature_code in _DIVISION_CODES:
                qualifier.setdefault(a.key, qb[0])
    anchors: dict[str, Place] = {}
    for key, ranked in first.items():
        if not ranked:
            continue
        best = ranked[0]
        if key in qualifier:
            q = _qualified(qualifier[key], ranked)
            if q is not None:
                anchors[key] = q
                continue
        rivals = [p for p in ranked[1:] if p.feature_code in _DIVISION_CODES and p.country_code != best.country_code]
        if best.feature_code in _DIVISION_CODES | {"CONT", "OCN", "SEA", "GULF", "RGN"} and not rivals:
            anchors[key] = best
    counts = Counter(sp.key for sp in topos)
    for key, p in anchors.items():
        if p.country_code:
            votes[p.country_code] += counts[key]
    doc_countries = list(dict.fromkeys(user_hints + [c for c, _ in votes.most_common(3)]))
    for key, p in anchors.items():
        sense[key] = (p, tuple(first[key]))
    # the rest: countries named as hints, places already placed as context; two rounds
    choice: dict[str, Place] = {}
    pending = [k for k in dict.fromkeys(sp.key for sp in topos) if k not in anchors and first.get(k)]
    by_key = {sp.key: sp for sp in topos}
    anchor_pts = [(p.longitude, p.latitude) for p in anchors.values() if p.feature_code not in _COUNTRY_CODES
                  and p.feature_code not in ("CONT", "OCN", "SEA", "RGN")]
    # spatial agreement: a candidate near some candidate of the other names is preferred
    if len(pending) >= 2:
        pools = {k: _lookup(gaz, by_key[k], doc_countries or None, anchor_pts or None, limit=6) for k in pending}
        for key in pending:
            pool = pools[key]
            if len(pool) < 2:
                if pool:
                    choice[key] = pool[0]
                continue
            others = [pools[k] for k in pending if k != key and pools[k]]
            best, best_s = pool[0], -1.0
            for c in pool:
                support = 0.0
                for other in others:
                    dmin = min(_km(c, o) for o in other)
                    support += math.exp(-dmin / 150.0)
                s_ = c.score + _SUPPORT_WEIGHT * support / max(1, len(others))
                if s_ > best_s:
                    best, best_s = c, s_
            choice[key] = best
    for _round in range(2):
        changed = False
        for key in pending:
            ctx = list(dict.fromkeys(
                [(round(lon, 2), round(lat, 2)) for lon, lat in anchor_pts]
                + [(round(p.longitude, 2), round(p.latitude, 2)) for k, p in choice.items() if k != key]))
            got = _lookup(gaz, by_key[key], doc_countries or None, ctx[:_MAX_CONTEXT] or None)
            if got:
                old = choice.get(key)
                changed |= old is None or old.geonameid != got[0].geonameid or old.name != got[0].name
                choice[key] = got[0]
                sense[key] = (got[0], tuple(got))
        if not changed:
            break  # a second round would give the same answers
    _prefer_local_towns(sense, anchors, choice, first, votes, counts)
    for key in first:
        if key not in sense:
            sense[key] = (None, tuple(first[key]))
    out = []
    for sp in spans:
        if sp.kind == "demonym":
            place, cs = sense.get(sp.country or "", (None, ()))
            nxt = text[sp.end:sp.end + 2]
            kind = "adjective" if re.match(r" [^\W\d_]", nxt) and not sp.text.lower().endswith("s") else "demonym"
            out.append(Mention(sp.text, sp.start, sp.end, kind, place, tuple(cs)))
        else:
            place, cs = sense.get(sp.key, (None, ()))
            out.append(Mention(sp.text, sp.start, sp.end, "toponym", place, cs[:5]))
    return out


#: A town named like a country is meant when it lies this close (km) to the document's other places.
_LOCAL_KM = 60.0
_WIDE_CODES = _COUNTRY_CODES | {"CONT", "OCN", "SEA", "GULF", "RGN", "ADM1", "ADM1H"}


def _prefer_local_towns(sense: dict[str, tuple[Place | None, tuple[Place, ...]]], anchors: dict[str, Place],
                        choice: dict[str, Place], first: dict[str, list[Place]], votes: Any, counts: Any) -> None:
    """A country name that is also a town beside the document's other places means the town.

    "Palestine" in a report on Darke County, Ohio, or "Lebanon" beside Boone
    County, Indiana: when nothing else in the document (no other place, no
    demonym) is in that country, and a populated place of the same name lies
    within :data:`_LOCAL_KM` of a place the document names, that town is meant.
    """
    local = {k: p for k, p in list(anchors.items()) + list(choice.items()) if p.feature_code not in _WIDE_CODES}
    if not local:
        return
    for key, p in anchors.items():
        if p.feature_code not in _COUNTRY_CODES or votes[p.country_code] > counts[key]:
            continue
        pts = [q for k, q in local.items() if k != key]
        if not pts or any(q.country_code == p.country_code for q in pts):
            continue
        near = [c for c in first[key] if c.feature_code.startswith("PPL")
                and min(_km(c, q) for q in pts) <= _LOCAL_KM]
        if near:
            town = max(near, key=lambda c: (c.population or 0))
            sense[key] = (town, (town,) + tuple(c for c in first[key] if c is not town))


def find_places(text: str, *, country_hints: Sequence[str] | str | None = None,
                gazetteer: Any = None) -> list[Mention]:
    """Every place a text names, with its span, resolved at document level.

    Parameters
    ----------
    text : str
    country_hints : str or list of str, optional
        ISO 3166 alpha-2 codes of the countries the document is about.
    gazetteer : geomap.gazetteer.Gazetteer, optional
        Defaults to :func:`geomap.gazetteer.default_gazetteer`.

    Returns
    -------
    list of Mention
        In text order. ``kind`` is ``toponym``, ``demonym`` ("Syrians") or
        ``adjective`` ("Iraqi militia"); ``place`` is None when the name did not
        resolve, with whatever ``candidates`` were found.

    Examples
    --------
    >>> [(m.text, m.place.country_code) for m in find_places("Clashes in Aleppo, Syria.")]  # doctest: +SKIP
    [('Aleppo', 'SY'), ('Syria', 'SY')]
    """
    if not isinstance(text, str):
        raise InputError(f"find_places needs a str, got {type(text).__name__}; read files with read_document()")
    if gazetteer is None:
        from geomap.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    if isinstance(country_hints, str):
        country_hints = [c.strip() for c in country_hints.split(",") if c.strip()]
    spans = _recognise(text, gazetteer)
    return _resolve(spans, text, gazetteer, country_hints)


def resolve_spans(text: str, spans: Sequence[tuple[int, int]], *, country_hints: Sequence[str] | str | None = None,
                  gazetteer: Any = None) -> list[Mention]:
    """Resolve given character spans (recognition done elsewhere) at document level.

    Used to measure resolution alone on gold toponyms: each span is resolved with
    the same document-level rules as :func:`find_places` (countries named as
    hints, other places as context, one sense per name, "X, Y" qualifiers).

    Parameters
    ----------
    text : str
    spans : sequence of (start, end)
        Offsets into ``text``; spans out of range raise :class:`InputError`.

    Returns
    -------
    list of Mention
        One per span, in the order given.
    """
    from geomap.gazetteer.normalize import normalize_name

    if gazetteer is None:
        from geomap.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    if isinstance(country_hints, str):
        country_hints = [c.strip() for c in country_hints.split(",") if c.strip()]
    demonyms = _demonym_table()
    order = sorted(range(len(spans)), key=lambda j: spans[j][0])
    items: list[_Span] = []
    for j in order:
        s, e = spans[j]
        if not (0 <= s < e <= len(text)):
            raise InputError(f"span ({s}, {e}) is outside the text of {len(text)} characters")
        surface = text[s:e]
        low = surface.lower()
        state = _STATE_ABBREVIATIONS.get(surface)
        if low in demonyms:
            items.append(_Span(s, e, surface, low, "demonym", demonyms[low]))
        else:
            items.append(_Span(s, e, surface, normalize_name(state or surface), "toponym", query=state or ""))
    resolved = _resolve(items, text, gazetteer, country_hints)
    out: list[Mention] = [None] * len(spans)  # type: ignore[list-item]
    for j, m in zip(order, resolved):
        out[j] = m
    return out


# ================================================================ documents
def extract_document(text: str, *, published: str | _dt.date | None = None,
                     country_hints: Sequence[str] | str | None = None, source: str = "",
                     gazetteer: Any = None) -> Document:
    """Places and incidents of one news text.

    Parameters
    ----------
    text : str
    published : str (YYYY-MM-DD) or datetime.date, optional
        Publication date; relative dates ("on Friday") resolve against it.
    country_hints : str or list of str, optional
    source : str
        File name or id, kept on the document and on each incident.

    Raises
    ------
    geomap.exc.InputError
        When ``published`` does not parse or ``text`` is not a string.
    """
    pub = parse_published(published)
    if not isinstance(text, str):
        raise InputError(f"{source or 'document'}: text must be a str, got {type(text).__name__}")
    places = find_places(text, country_hints=country_hints, gazetteer=gazetteer)
    from geomap.text.incidents import extract_incidents

    incidents = list(extract_incidents(text, places, gazetteer=gazetteer, published=pub, source=source))
    return Document(source=source, text=text, published=pub, places=places, incidents=incidents)


def extract_documents(items: Iterable[Any], *, published: str | _dt.date | None = None,
                      country_hints: Sequence[str] | str | None = None) -> Iterator[Document]:
    """Extract many documents; a bad one yields a :class:`Document` with ``error`` set.

    Parameters
    ----------
    items : iterable
        Paths (read with :func:`read_document`), or dicts ``{"id", "text",
        "published"?}``, or ``(id, text)`` pairs.
    published, country_hints
        Defaults for documents that carry none.

    Yields
    ------
    Document
        One per item, in input order.
    """
    default_pub: _dt.date | None = None
    default_pub_error = ""
    try:
        default_pub = parse_published(published)
    except InputError as e:
        default_pub_error = str(e)
    gaz = None
    for item in items:
        source = ""
        text = ""
        try:
            if isinstance(item, (str, Path)):
                source = str(item)
                text = read_document(item)
                pub: Any = default_pub
            elif isinstance(item, dict):
                source = str(item.get("id", ""))
                text = item.get("text")
                if not isinstance(text, str):
                    raise InputError(f"document {source!r}: 'text' must be a string")
                pub = item.get("published") or default_pub
            else:
                source, text = str(item[0]), item[1]
                pub = default_pub
            if default_pub_error and pub is None:
                raise InputError(default_pub_error)
            if gaz is None:
                from geomap.gazetteer import default_gazetteer

                gaz = default_gazetteer()
            yield extract_document(text, published=pub, country_hints=country_hints, source=source,
                                   gazetteer=gaz)
        except GeomapError as e:
            yield Document(source=source, text=text if isinstance(text, str) else "", error=str(e))
        except Exception as e:  # one bad document never stops the batch
            yield Document(source=source, text=text if isinstance(text, str) else "",
                           error=f"{source or 'document'}: extraction failed ({type(e).__name__}: {e})")
