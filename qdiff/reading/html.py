"""Take a notice out of a saved government web page.

A saved page wraps the notice in a site header, menus, breadcrumbs, sidebars of other news,
share bars and a footer with the ICP number. All of that would reach the parser as junk
lines (and the sidebar's dated headlines look like notice dates), so the reader keeps only
the article: the element with a well-known article class or id (TRS and other CMSs used by
Chinese government sites name them), or else the block holding the most Chinese text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any, TypeAlias

import lxml.etree  # type: ignore[import-untyped]
import lxml.html  # type: ignore[import-untyped]

from qdiff.notice import ParseWarning, WarningCode
from qdiff.reading import messages
from qdiff.reading.messages import MAX_HTML_BYTES, MAX_HTML_TAGS
from qdiff.reading.text import DecodedText, decode_text, decode_with

# lxml ships no type information (lxml-stubs is not a dependency), so an element is Any
# to the type checker; the alias at least says what is meant.
Element: TypeAlias = Any

# --- decoding ---------------------------------------------------------------------------

_META_WINDOW = 8192
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# Pages that declare gb2312 routinely hold GBK characters (and GBK pages GB18030 ones):
# decode with the superset, as browsers do.
_CHARSET_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030"}


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the page's <meta charset> or http-equiv content-type, if any."""
    found = _META_CHARSET.search(data[:_META_WINDOW])
    if found is None:
        return None
    label = found.group(1).decode("ascii", errors="replace").lower()
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    return _CHARSET_SUPERSETS.get(codec, codec)


def decode_html(data: bytes, name: str | None) -> DecodedText:
    """Honour the declared charset when it fits the bytes; else decode as plain text does."""
    declared = declared_charset(data)
    has_bom = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    # A BOM outranks a declaration (as in browsers); UTF-16 pages also cannot be searched
    # for the ASCII declaration, so the text rules handle both.
    if declared is not None and not has_bom:
        strict = decode_with(data, declared)
        if strict is not None:
            return strict
    decoded = decode_text(data, name)
    if declared is None or has_bom:
        return decoded
    mismatch = ParseWarning(
        WarningCode.ENCODING_GUESSED,
        f"the page declares the encoding {declared} but is not valid {declared}; "
        f"it was read as {decoded.encoding}",
    )
    return DecodedText(decoded.text, decoded.encoding, (mismatch, *decoded.warnings))


# --- bounds -------------------------------------------------------------------------------


def refuse_oversized_page(data: bytes, name: str | None) -> None:
    """Refuse a page too large to be a notice's before an lxml tree is built: the tree costs
    up to 40 times the page's bytes, and its size follows the number of elements."""
    if len(data) > MAX_HTML_BYTES:
        raise messages.html_too_large(name, len(data))
    # Every tag opens with "<" (and so may a comparison in a script: the count errs high). In
    # UTF-16 a few Chinese characters hold the byte too; GB18030 and UTF-8 never use it in one.
    tags = data.count(b"<")
    if tags > MAX_HTML_TAGS:
        raise messages.html_too_many_tags(name, tags)


# --- finding the article ----------------------------------------------------------------

# Never text: removed wherever they are.
_NEVER_TEXT = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "select",
    "button",
    "input",
    "textarea",
)
# Page furniture by tag. <form> is here because ASP.NET sites wrap the whole page in one;
# the share-of-text guard below keeps such a wrapper.
_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "menu"})
# Page furniture by class or id, as whole words of the name ("top-nav", "footNav")...
_CHROME_WORDS = frozenset(
    {
        "nav",
        "navbar",
        "menu",
        "menus",
        "submenu",
        "crumb",
        "crumbs",
        "breadcrumb",
        "breadcrumbs",
        "header",
        "head",
        "top",
        "topbar",
        "footer",
        "foot",
        "bottom",
        "sidebar",
        "side",
        "aside",
        "share",
        "copyright",
        "links",
        "friendlink",
        "related",
        "relate",
        "pager",
        "pagination",
        "toolbar",
        "tools",
        "search",
        "login",
        "position",
        "location",
        "dqwz",  # 当前位置 (you are here), a breadcrumb on many government sites
        "banner",
        "ad",
        "ads",
        "qrcode",
        "ewm",  # 二维码 (QR code)
        "print",
        "skip",
    }
)
# ...or as parts of a run-together name ("topnav", "bdsharebuttonbox").
_CHROME_PARTS = ("nav", "menu", "crumb", "footer", "header", "sidebar", "share", "copyright")
# Article containers of the CMSs behind Chinese government sites, and generic ones.
_CONTENT_PARTS = ("article", "content", "trs_editor", "unionstyle", "zhengwen", "contxt")
_CONTENT_NAMES = frozenset({"zoom", "zw", "wzzw", "detail", "details", "maintext", "con_txt"})

# A chrome-looking element holding this share of the page's Chinese text is the page body
# under an unlucky name, not chrome.
_BODY_SHARE = 0.4
# Of nested article containers, take the innermost that still holds this share of the
# largest one's Chinese text: it is the body without the title bar and the print buttons.
_INNERMOST_SHARE = 0.8
# A named container holding less than this share of the page's Chinese text is a teaser
# or a widget; the densest block is a better guess then.
_CONTAINER_MIN_SHARE = 0.3

_CJK_RANGES = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
# Counted by deleting everything else: findall would make a string per character (a page of
# a million characters: 80 MB, again for every block measured).
_NOT_CJK = re.compile(rf"[^{_CJK_RANGES}]+")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_NOT_XML = {code: " " for code in (*range(0x20), 0xFFFE, 0xFFFF) if chr(code) not in "\t\n\r"}


@dataclass(frozen=True)
class Article:
    text: str
    warning: ParseWarning


def extract_article(html: str, name: str | None) -> Article:
    """The article's text, one block per line, with the page title as its first line."""
    # lxml refuses a str that still carries an XML encoding declaration, and text holding
    # characters XML cannot (control characters, U+FFFE); HTML gives them no meaning.
    html = _XML_DECLARATION.sub("", html, count=1).translate(_NOT_XML)
    try:
        document: Element = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        raise messages.html_without_text(name) from None
    lxml.etree.strip_elements(
        document, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False
    )
    lxml.etree.strip_elements(document, *_NEVER_TEXT, with_tail=False)
    page_title = _page_title(document)
    body: Element = document.body if document.find("body") is not None else document
    _drop_chrome(body)
    container = _find_container(body)
    lines = render_lines(container)
    title_line = _title_line(body, container, page_title, lines)
    if title_line is not None:
        lines = [title_line, *lines]
    text = "\n".join(lines)
    if not text.strip():
        raise messages.html_without_text(name)
    warning = ParseWarning(
        WarningCode.HTML_EXTRACTED,
        f"the notice was taken out of a web page (the text of {_describe(container)}); "
        "menus, links and other page furniture were left out",
    )
    return Article(text, warning)


def _cjk_count(text: str) -> int:
    return len(_NOT_CJK.sub("", text))


def _text_of(element: Element) -> str:
    text: str = element.text_content()
    return text


def _names(element: Element) -> list[str]:
    """The element's class names and id, as written."""
    raw = f"{element.get('class') or ''} {element.get('id') or ''}"
    return raw.split()


def _is_content_named(element: Element) -> bool:
    for name in _names(element):
        lowered = name.lower()
        if lowered in _CONTENT_NAMES or any(part in lowered for part in _CONTENT_PARTS):
            return True
    return False


def _is_chrome_named(element: Element) -> bool:
    for name in _names(element):
        words = _WORD_SPLIT.split(_CAMEL.sub(r"\1 \2", name).lower())
        if any(word in _CHROME_WORDS for word in words):
            return True
        if any(part in name.lower() for part in _CHROME_PARTS):
            return True
    return False


def _is_content_region(element: Element) -> bool:
    return element.tag in ("article", "main") or _is_content_named(element)


def _drop_chrome(body: Element) -> None:
    total = _cjk_count(_text_of(body))
    doomed: list[Element] = []
    for element in body.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        if element.tag not in _CHROME_TAGS and not _is_chrome_named(element):
            continue
        if _cjk_count(_text_of(element)) >= _BODY_SHARE * total > 0:
            continue
        # An article's own header (title, date, source) sits inside the article region.
        holds_title = element.find(".//h1") is not None or element.tag == "h1"
        inside_article = any(_is_content_region(up) for up in element.iterancestors())
        if holds_title and (inside_article or _is_content_region(element)):
            continue
        doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _find_container(body: Element) -> Element:
    total = _cjk_count(_text_of(body))
    named = [
        (element, _cjk_count(_text_of(element)))
        for element in body.iter()
        if isinstance(element.tag, str) and _is_content_region(element)
    ]
    named = [(element, count) for element, count in named if count > 0]
    if named:
        largest = max(count for _, count in named)
        if largest >= _CONTAINER_MIN_SHARE * total:
            fitting = [element for element, count in named if count >= _INNERMOST_SHARE * largest]
            return _innermost(fitting)
    densest = _densest_block(body)
    return densest if densest is not None else body


def _innermost(elements: list[Element]) -> Element:
    """The deepest of nested elements, given in document order (ancestors first).

    Containers that each hold most of the text are nested: two disjoint ones cannot both
    hold 80% of it.
    """
    chosen = elements[0]
    for element in elements[1:]:
        if chosen in set(element.iterancestors()):
            chosen = element
    return chosen


# Tags that hold a block of their own; text directly under a block, or under these
# paragraph-level children, is the block's own text when measuring density.
_NESTING_BLOCKS = frozenset(
    {"div", "table", "tbody", "thead", "tr", "td", "th", "section", "article", "main"}
    | {"ul", "ol", "dl", "center", "blockquote", "body", "form"}
)


def _densest_block(body: Element) -> Element | None:
    best: Element | None = None
    best_count = 0
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag not in _NESTING_BLOCKS:
            continue
        own = [element.text or ""]
        for child in element:
            if isinstance(child.tag, str) and child.tag not in _NESTING_BLOCKS:
                own.append(_text_of(child))
            own.append(child.tail or "")
        count = _cjk_count("".join(own))
        if count > best_count:
            best, best_count = element, count
    return best


# --- the title ---------------------------------------------------------------------------

_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|——|—|\s-\s)\s*")
_DATE = re.compile(
    r"20\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
_SPACES = re.compile(r"\s+")
_TITLE_LOOKAHEAD_LINES = 3


def _page_title(document: Element) -> str | None:
    """The <title>, less the site name that government sites append after _ or |."""
    found = document.find(".//title")
    if found is None:
        return None
    first = _TITLE_SEPARATORS.split(_tidy_title(_text_of(found)))[0].strip()
    return first if _cjk_count(first) else None


def _title_line(
    body: Element, container: Element, page_title: str | None, lines: list[str]
) -> str | None:
    """The notice title to put first, when the article container does not start with it.

    Sites print the title in an <h1> above the article body and the publication date in a
    line under it; the parser reads both from the first line (as in the website's own
    text copy: "关于印发…的通知 2021-02-26").
    """
    heading = _heading_outside(body, container)
    title = _tidy_title(_text_of(heading)) if heading is not None else page_title
    if not title:
        return None
    opening = [line for line in lines if line.strip()][:_TITLE_LOOKAHEAD_LINES]
    if any(_SPACES.sub("", title) in _SPACES.sub("", line) for line in opening):
        return None
    if heading is not None:
        date = _date_between(body, heading, container)
        if date is not None:
            return f"{title} {date}"
    return title


def _tidy_title(text: str) -> str:
    return _COLLAPSIBLE.sub(" ", join_source_lines(text)).strip()


def _heading_outside(body: Element, container: Element) -> Element | None:
    inside = set(container.iter())
    for heading in body.iter("h1"):
        if heading not in inside and _cjk_count(_text_of(heading)):
            return heading
    return None


def _date_between(body: Element, heading: Element, container: Element) -> str | None:
    """The first date written after the title and before the article body."""
    order = list(body.iter())
    try:
        start, end = order.index(heading), order.index(container)
    except ValueError:
        return None
    if start > end:
        return None
    under_heading = set(heading.iter())
    pieces = [heading.tail or ""]
    for element in order[start + 1 : end]:
        if element not in under_heading and isinstance(element.tag, str):
            pieces.extend((element.text or "", element.tail or ""))
    found = _DATE.search(" ".join(pieces))
    return _SPACES.sub("", found.group()) if found else None


def _describe(element: Element) -> str:
    attributes = "".join(
        f' {key}="{element.get(key)}"' for key in ("id", "class") if element.get(key)
    )
    return f"<{element.tag}{attributes}>"


# --- rendering -----------------------------------------------------------------------------

_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd"}
    | {"table", "thead", "tbody", "tfoot", "caption", "td", "th", "section", "article"}
    | {"main", "blockquote", "address", "figure", "figcaption", "center", "hr", "body"}
    | {"details", "summary", "fieldset", "legend", "header", "footer", "nav", "aside", "form"}
)
_CELLS = ("td", "th")
# HTML collapses runs of these; NO-BREAK SPACE and U+3000 are text and stay.
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")
# A line break in the page source between two Chinese characters is no space in the text
# (CSS Text's segment-break rule for East Asian text); left as one, it splits words.
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_SOURCE_LINE_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t]*[\r\n][ \t\r\n]*(?=[{_WIDE}])")


def join_source_lines(text: str) -> str:
    return _SOURCE_LINE_BREAK.sub("", text)


class _Lines:
    """Lines of text being built: inline text joins, block edges and <br> break lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._parts: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self._parts.append(text)

    def add_preformatted(self, text: str | None) -> None:
        if not text:
            return
        first, *rest = text.replace("\r\n", "\n").split("\n")
        self.add(first)
        for line in rest:
            self._flush(force=True, collapse=False)
            self.add(line)

    def block_edge(self) -> None:
        self._flush(force=False)

    def line_break(self) -> None:
        self._flush(force=True)

    def _flush(self, *, force: bool, collapse: bool = True) -> None:
        joined = "".join(self._parts)
        self._parts.clear()
        if collapse:
            line = _COLLAPSIBLE.sub(" ", join_source_lines(joined)).strip(" ")
        else:
            line = joined.rstrip()
        if line or force:
            self.lines.append(line)

    def finish(self) -> list[str]:
        self.block_edge()
        tidy: list[str] = []
        for line in self.lines:
            if line == "" and (not tidy or tidy[-1] == ""):
                continue  # no leading blank line, no runs of blank lines
            tidy.append(line)
        while tidy and tidy[-1] == "":
            tidy.pop()
        return tidy


def render_lines(container: Element) -> list[str]:
    out = _Lines()
    _render_children(container, out, preformatted=container.tag == "pre")
    return out.finish()


def _render_children(element: Element, out: _Lines, *, preformatted: bool) -> None:
    (out.add_preformatted if preformatted else out.add)(element.text)
    for child in element:
        _render(child, out, preformatted=preformatted)


def _render(element: Element, out: _Lines, *, preformatted: bool) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "br":
        out.line_break()
    elif tag == "tr" and len(_cells(element)) > 1:
        out.block_edge()
        out.add(" | ".join(_cell_text(cell) for cell in _cells(element)))
        out.block_edge()
    elif tag in _BLOCKS or tag == "pre" or tag == "tr":
        out.block_edge()
        _render_children(element, out, preformatted=preformatted or tag == "pre")
        out.block_edge()
    elif tag:
        _render_children(element, out, preformatted=preformatted)
    (out.add_preformatted if preformatted else out.add)(element.tail)


def _cells(row: Element) -> list[Element]:
    return [cell for cell in row if cell.tag in _CELLS]


def _cell_text(cell: Element) -> str:
    """A table cell on one line, so that a task table keeps one row per line."""
    inner = _Lines()
    _render_children(cell, inner, preformatted=False)
    return " ".join(line.strip() for line in inner.finish() if line.strip())
