"""Reading news documents: a file (plain text, Markdown or HTML) to plain text.

Bytes and decoding go through the one reader of :mod:`geomap._files` (UTF-8,
BOMs, a detected single-byte encoding, or a refusal naming the file and the
fix); this module adds what is particular to articles: the size limit, the
check for control characters, and the markup of Markdown and HTML.

Examples
--------
>>> html_to_text("<p>Strikes near <b>Al Bukamal</b> &amp; Qaim</p>")
'Strikes near Al Bukamal & Qaim'
"""
from __future__ import annotations

import datetime as _dt
import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from geomap._files import MAX_TEXT_BYTES, decode_bytes, read_bytes
from geomap.exc import InputFileError

__all__ = ["read_document", "read_article", "Article", "html_to_text", "markdown_to_text", "MAX_DOCUMENT_BYTES"]

#: Largest file :func:`read_document` accepts (a news article is a few kB).
MAX_DOCUMENT_BYTES = MAX_TEXT_BYTES
#: What a document file should hold, for the reader's messages.
_WHAT = "an article's text"


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


_SPACES = re.compile(r"[ \t\f\v\u00a0]+")


def _tidy_lines(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
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


class Article(NamedTuple):
    """A document read by :func:`read_article`: its text and the publication date its file states.

    Attributes
    ----------
    text : str
        As :func:`read_document` returns it.
    published : datetime.date or None
        The date in an HTML page's metadata (:func:`geomap.text.published.published_in_html`);
        None for other files, or a page without one.
    published_source : str
        Which element gave it ("html meta article:published_time" ...), '' when none.
    """

    text: str
    published: _dt.date | None = None
    published_source: str = ""


def read_document(path: str | Path, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> str:
    """Read a news document from a file as plain text.

    Plain text is returned as it is (line ends normalised to ``\\n``);
    Markdown (``.md``, ``.markdown``) loses its markup; HTML (``.html``,
    ``.htm``, ``.xhtml`` or content that starts like a page) becomes its
    visible text. UTF-8 is expected; other encodings are detected
    (:func:`geomap._files.decode_bytes`), or refused. :func:`read_article` also
    gives the publication date an HTML page's metadata states.

    Parameters
    ----------
    path : str or Path
    max_bytes : int
        Larger files are refused (default 10 MB).

    Returns
    -------
    str
        The document's text; character offsets of mentions refer to it.

    Raises
    ------
    geomap.exc.InputFileError
        Missing, unreadable, empty, binary, over-size or undecodable files; the
        message names the file and the fix.

    Examples
    --------
    >>> from geomap.settings import data_path
    >>> text = read_document(data_path("example", "al-bukamal-strikes.txt"))
    >>> "Al Bukamal" in text
    True
    """
    return read_article(path, max_bytes=max_bytes).text


def read_article(path: str | Path, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> Article:
    """Read a news document from a file: its text (as :func:`read_document`) and, for an HTML
    page, the publication date of its metadata (``<meta property="article:published_time">``,
    JSON-LD ``datePublished``, ``<time datetime>`` ...).

    Raises
    ------
    geomap.exc.InputFileError
        As :func:`read_document`.

    Examples
    --------
    >>> from geomap.settings import data_path
    >>> art = read_article(data_path("example", "al-bukamal-strikes.txt"))
    >>> art.published is None and "Al Bukamal" in art.text
    True
    """
    p = Path(path)
    try:
        size = p.stat().st_size if p.is_file() else 0
    except OSError:  # missing or unreadable: read_bytes names the problem
        size = 0
    if size > max_bytes:
        raise InputFileError(
            f"{p}: {size / 1e6:.1f} MB is too large to read as one news article (limit {max_bytes / 1e6:.0f} MB; an "
            "article is a few kB, extraction takes about 5 s per MB); split it into articles, one a file (or one "
            "a line for 'geomap extract --jsonl')")
    text, _encoding = decode_bytes(read_bytes(p, what="an article"), str(p), _WHAT)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\t\f\v")
    if controls > max(8, len(text[:20000]) // 100):
        raise InputFileError(f"{p}: looks like a binary file (many control characters), not text; "
                             "give the article as plain text, Markdown or HTML")
    suffix = p.suffix.lower()
    published, how = None, ""
    if suffix in (".html", ".htm", ".xhtml") or (suffix not in (".md", ".markdown", ".txt") and _HTML_SNIFF.match(text)):
        from geomap.text.published import published_in_html

        found = published_in_html(text)
        published, how = found.date, found.source
        text = html_to_text(text)
    elif suffix in (".md", ".markdown"):
        text = markdown_to_text(text)
    if not text.strip():
        raise InputFileError(f"{p}: has no readable text (only markup or white space); give the article's text")
    return Article(text, published, how)
