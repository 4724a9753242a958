"""The one place-name normaliser, used both to build the index and to query it.

A name is reduced to a *key* so that the spellings news reports use for one
place meet: case, diacritics, apostrophes and ayn/hamza marks, hyphens and
spaces, the Arabic article in its transliterations (al-, el-, ad-, ar-, as-,
ash-, at-, az-, an-, attached and assimilated as in "Ezzor"), the Albu/Abu/Al Bu
family prefix, and Arabic-script variants (alef forms, taa marbuta, alef
maqsura, tatweel, harakat, Persian letters).

Also here: :func:`parse_coordinates`, which reads "34.45, 40.92" or
"34°27'N 40°55'E" as a coordinate pair.

Examples
--------
>>> normalize_name("Al Bukamal") == normalize_name("Abu Kamal") == normalize_name("Albu Kamal")
True
>>> normalize_name("Deir Ezzor") == normalize_name("Deir ez-Zor")
True
>>> normalize_name("البوكمال") == normalize_name("البو كمال")
True
"""
from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["normalize_name", "loose_key", "parse_coordinates", "looks_like_coordinates", "strip_generic", "GENERIC_ADMIN_WORDS", "ARTICLES"]

# Latin letters that NFKD does not decompose.
_LATIN_FOLD = str.maketrans({
    "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ə": "e", "ɨ": "i", "ɛ": "e", "ɔ": "o",
})

# Arabic and Persian letter variants folded to one form; harakat and tatweel removed.
_ARABIC_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ھ": "ه",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي", "ے": "ي",
    "ؤ": "و", "ۆ": "و",
    "ک": "ك", "ڪ": "ك",
    "ء": None, "ـ": None,
    # Persian/Urdu digits and letters are kept apart from Arabic only where the
    # difference carries meaning; گ چ پ ژ stay as they are.
})
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")

# Apostrophe-like marks: dropped outright ("Qa'im" = "Qaim").
_APOSTROPHES = re.compile("['\u2019\u2018\u02bf\u02be`\u00b4\u02bb\u02bc\u02b9\u2032\u02c8\u055a\u05f3]")
# Anything else that is not a letter or digit separates words.
_SEPARATORS = re.compile(r"[\W_]+", re.UNICODE)

# Arabic article as a separate word (after hyphens became spaces).
_ARTICLES = frozenset({
    "al", "el", "il", "ul", "ad", "ed", "ud", "adh", "ar", "er", "ur", "as", "es", "us", "ash", "esh",
    "at", "et", "ath", "az", "ez", "uz", "an", "en", "un", "ag", "ak",
})
#: The Arabic article in its transliterations, as a word of its own ("Ras al Ain", "Madinat as Saleh").
ARTICLES = _ARTICLES
# Article attached and assimilated: "Ezzor", "Arraqqa", "Assuwayda", "Ashsham".
_ATTACHED = re.compile(r"^(?:a|e|u)(sh|th|dh|[tdrzsnl])(?=\1)")
# The family prefix Albu/Abu/Abou/Al Bu ("Abu Kamal" = "Albu Kamal" = "Al Bukamal").
_ABU = re.compile(r"^(?:albu|abou|abu)(?=.)")
_ARABIC_ABU = re.compile(r"^(?:ابو|البو)(?=.)")

#: Words that say a name is a division, stripped by :func:`strip_generic`.
GENERIC_ADMIN_WORDS = frozenset({
    "province", "governorate", "governate", "region", "district", "county", "state",
    "muhafazat", "mohafazat", "muhafaza", "wilayat", "ostan", "provincia", "prefecture",
    "department", "oblast", "canton",
})


def _fold_latin(text: str) -> str:
    text = text.translate(_LATIN_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufefc"


_ASCII_SEPARATORS = re.compile(r"[^a-z0-9]+")


def _tokens(name: str) -> list[str]:
    if name.isascii():  # the common case, without the Unicode machinery
        text = name.lower().replace("'", "").replace("`", "")
        return [t for t in _ASCII_SEPARATORS.split(text) if t]
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_FOLD)
    text = _APOSTROPHES.sub("", text)
    if not text.isascii():
        # NFKD would split Arabic letters with madda/hamza; fold only non-Arabic runs.
        text = "".join(_fold_latin(c) if not _is_arabic(c) else c for c in text)
    return [t for t in _SEPARATORS.split(text) if t]


def _drop_articles(tokens: list[str]) -> list[str]:
    out: list[str] = []
    last = len(tokens) - 1
    for i, tok in enumerate(tokens):
        if i < last and tok in _ARTICLES:
            continue  # "al", "ez" ... before another word
        if tok.startswith("ال") and len(tok) > 3:
            tok = tok[2:]
        elif out and len(tok) > 4 and tok.isascii():
            tok = _ATTACHED.sub("", tok, count=1)  # "Deir Ezzor", not "Essen"
        if len(tok) > 4 and tok.endswith("ah") and tok.isascii():
            tok = tok[:-1]  # "Raqqah" = "Raqqa", "Hasakah" = "Hasaka"
        out.append(tok)
    return out


def normalize_name(name: str) -> str:
    """Reduce a place name to its lookup key.

    Parameters
    ----------
    name : str
        A place name in Latin or Arabic script, as a report spells it.

    Returns
    -------
    str
        The key ('' when the name has no letters or digits).

    Examples
    --------
    >>> normalize_name("Al-Qa'im")
    'qaim'
    >>> normalize_name("Dayr az Zawr")
    'dayrzawr'
    """
    if not isinstance(name, str):
        return ""
    return _normalize(name)


@functools.lru_cache(maxsize=8192)  # a text repeats its words
def _normalize(name: str) -> str:
    tokens = _drop_articles(_tokens(name))
    key = "".join(tokens)
    if key.isascii():
        key = _ABU.sub("bu", key, count=1)
    else:
        key = _ARABIC_ABU.sub("بو", key, count=1)
    return key


# ---------------------------------------------------------------- the loose key
#: Letters that are vowels, or glides written as vowels, in romanised Arabic, Kurdish, Persian
#: and Turkish names: spellings differ in them most ("Manbij" / "Menbij", "Sulaymaniyah" /
#: "Sulaimani"), so the loose key keeps the consonants only.
#: Consonant spellings that stand for one sound (kh/h, gh/g, dh/d, th/t, ph/f, dj/j, ch/sh) ...
_LOOSE_DIGRAPHS = (("kh", "h"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("dj", "j"), ("ch", "sh"))
#: ... and letters (q/k, c/k, x/ks, p/b, v/b, z/s); vowels, glides and spaces dropped.
_LOOSE_LETTERS = str.maketrans({"q": "k", "c": "k", "x": "ks", "p": "b", "v": "b", "z": "s", "a": None, "e": None,
                                "i": None, "o": None, "u": None, "y": None, "w": None, " ": None})
_DOUBLED = re.compile(r"(.)\1+")
_LOOSE_WORDS: dict[str, str] | None = None
#: Names whose plain key is shorter than this get no loose key: too many places would share it.
MIN_LOOSE_LENGTH = 5
#: A one-word name's loose key of fewer letters than this is none: "Khiam" and "Hamam" would both be "hm".
MIN_LOOSE_KEY = 3


def _loose_words() -> dict[str, str]:
    global _LOOSE_WORDS
    if _LOOSE_WORDS is None:
        from geomap.settings import gazetteer_source_path

        table: dict[str, str] = {}
        try:
            lines = gazetteer_source_path("transliteration.tsv").read_text(encoding="utf-8").splitlines()
        except OSError:
            lines = []
        rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
        for variants, form in (r[:2] for r in rows[1:] if len(r) >= 2):
            for v in variants.split("|"):
                table[v.strip()] = form.strip()
        _LOOSE_WORDS = table
    return _LOOSE_WORDS


def loose_key(name: str) -> str:
    """A looser key than :func:`normalize_name`, for transliterations of one name.

    Common words take one form ("Ein", "Ayn", "Ain" -> "9", the Arabizi letter
    for ayn; "Tal", "Tall", "Tell" -> "tal"; "Deir", "Dayr" -> "dayr"), then the
    consonants are kept (vowels and glides dropped, kh/h, q/k, th/t ... folded,
    doubled letters single). Many unrelated places share a loose key, so it is
    only compared with places in the area a document is about. '' for Arabic
    script, for names whose plain key is shorter than :data:`MIN_LOOSE_LENGTH` and for one word whose key is shorter than
    :data:`MIN_LOOSE_KEY`.

    Examples
    --------
    >>> loose_key("Ein Issa") == loose_key("Ayn Issa") == loose_key("Ain Issah")
    True
    >>> loose_key("Quamishli") == loose_key("Al-Qamishli"), loose_key("Shadadah") == loose_key("Ash Shaddadah")
    (True, True)
    >>> loose_key("Khiam")  # two letters ("hm") would match Hamam, Hama, Khamim ...: none
    ''
    """
    if not isinstance(name, str):
        return ""
    tokens = _drop_articles(_tokens(name))
    if not tokens or not all(t.isascii() for t in tokens) or sum(map(len, tokens)) < MIN_LOOSE_LENGTH:
        return ""
    words = _loose_words()
    text = " ".join(words.get(t) or (t[:-1] if len(t) > 4 and t[-2:] in ("ah", "eh") else t) for t in tokens)
    for a, b in _LOOSE_DIGRAPHS:
        if a in text:
            text = text.replace(a, b)
    key = _DOUBLED.sub(r"\1", text.translate(_LOOSE_LETTERS))
    return key if len(key) >= MIN_LOOSE_KEY or len(tokens) > 1 else ""


def strip_generic(name: str) -> tuple[str, bool]:
    """Remove division words ("province", "governorate", "Muhafazat") from a name.

    Returns
    -------
    (str, bool)
        The name without them, and whether any was removed.

    Examples
    --------
    >>> strip_generic("Deir ez-Zor province")
    ('Deir ez-Zor', True)
    """
    words = name.split()
    kept = [w for w in words if w.casefold().strip(".,") not in GENERIC_ADMIN_WORDS]
    if kept and len(kept) < len(words):
        return " ".join(kept), True
    return name, False


# ---------------------------------------------------------------- coordinates
_NUM = r"[-+\u2212]?\d{1,3}(?:\.\d+)?"
_DECIMAL_PAIR = re.compile(rf"^\s*\(?\s*({_NUM})\s*°?\s*([NSns])?\s*[,;\s]\s*({_NUM})\s*°?\s*([EWew])?\s*\)?\s*$")
_DMS = re.compile(
    r"(\d{1,3})\s*[°º:\s]\s*(?:(\d{1,2}(?:\.\d+)?)\s*['′’:\s]?\s*)?(?:(\d{1,2}(?:\.\d+)?)\s*(?:\"|″|''|’’)?\s*)?([NSEWnsew])"
)


def _signed(value: float, hemi: str | None) -> float:
    if hemi and hemi.upper() in "SW":
        return -abs(value)
    return value


_NUMBERISH = r"[-+\u2212]?(?:\d+(?:\.\d*)?|\.\d+|nan|inf(?:inity)?)\s*°?\s*[NSEWnsew]?"
_PAIRISH = re.compile(rf"^\s*\(?\s*{_NUMBERISH}\s*[,;\s]\s*{_NUMBERISH}\s*\)?\s*$", re.IGNORECASE)


def looks_like_coordinates(text: str) -> bool:
    """True when *text* is shaped like a coordinate pair, valid or not.

    Catches what :func:`parse_coordinates` refuses but no place name is:
    "nan, nan", "inf, 40", "95, 200". Callers refuse such input instead of
    looking it up as a name (where "nan" would fuzzy-match Nanning).

    Examples
    --------
    >>> looks_like_coordinates("nan, nan"), looks_like_coordinates("95, 200")
    (True, True)
    >>> looks_like_coordinates("Nanning")
    False
    """
    return isinstance(text, str) and len(text) <= 100 and _PAIRISH.match(text) is not None


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """Read a coordinate string, returning ``(longitude, latitude)`` or None.

    Accepts decimal "lat, lon" pairs ("34.45, 40.92", "34.45N 40.92E") and
    degrees-minutes-seconds with hemispheres ("34°27'N 40°55'E",
    "34 27 12 N, 40 55 E"). A bare pair is read as latitude first, the order
    reports and GeoNames use. Out-of-range values give None.

    Examples
    --------
    >>> parse_coordinates("34.45, 40.92")
    (40.92, 34.45)
    >>> parse_coordinates("34°27'N 40°55'E")
    (40.916667, 34.45)
    """
    if not isinstance(text, str) or len(text) > 100:
        return None
    s = text.replace("\u2212", "-").strip()
    m = _DECIMAL_PAIR.match(s)
    if m:
        a, ah, b, bh = m.groups()
        lat, lon = float(a), float(b)
        if ah and ah.upper() in "EW" or bh and bh.upper() in "NS":
            return None
        lat, lon = _signed(lat, ah), _signed(lon, bh)
    else:
        parts = _DMS.findall(s)
        if len(parts) != 2 or _DMS.sub("", s).strip(" ,;/") != "":
            return None
        values = {}
        for deg, minutes, seconds, hemi in parts:
            v = float(deg) + float(minutes or 0) / 60 + float(seconds or 0) / 3600
            if float(minutes or 0) >= 60 or float(seconds or 0) >= 60:
                return None
            axis = "lat" if hemi.upper() in "NS" else "lon"
            if axis in values:
                return None
            values[axis] = round(_signed(v, hemi), 6)
        lat, lon = values["lat"], values["lon"]
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return (lon, lat)
