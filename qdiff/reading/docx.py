"""Read the text of a .docx: paragraphs and table rows, in document order.

A notice in Word is mostly paragraphs, one per line of the published text; task tables
become one line per row with the cells joined by " | ", the same shape the HTML reader
gives a table, so the parser meets one table layout whatever the source. Numbers that Word
draws itself (automatic numbering) are written before their paragraph, as Word shows them;
text formatted as hidden is left out, as Word leaves it out.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

import docx
import lxml.etree  # type: ignore[import-untyped]
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import nsmap, qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from qdiff.reading import messages
from qdiff.reading.docx_numbering import Element, is_on, paragraph_prefixes
from qdiff.reading.messages import MAX_DOCX_PART_BYTES, MAX_DOCX_XML_BYTES, MAX_DOCX_XML_TAGS
from qdiff.reading.package import ZIP_FAILURES, MemberTooLargeError, inflate, open_package

if TYPE_CHECKING:
    from docx.document import Document

CELL_SEPARATOR = " | "
# Word, WPS and LibreOffice all store the numbering definitions under this name.
_NUMBERING_MEMBER = "word/numbering.xml"
_EMPTY_NUMBERING = (
    b'<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
)
# The parts python-docx parses are XML; pictures, fonts and embedded files are not, and the
# text never needs them.
_XML_SUFFIXES = (".xml", ".rels")
# A paragraph's runs, compiled once (python-docx's `xpath` compiles its expression per call,
# which was most of the time spent on a long document).
_RUNS = lxml.etree.XPath("w:r | w:hyperlink/w:r", namespaces={"w": nsmap["w"]})


def read_docx(data: bytes, name: str | None) -> str:
    """The document's text, one paragraph or table row per line."""
    parts = _unpack(data, name)
    try:
        document = _open(parts)
        numbers = _automatic_numbers(document)
        lines = [_line(block, numbers) for block in document.iter_inner_content()]
    except Exception:
        # python-docx and the XML parser beneath it raise many unrelated exception types
        # on a damaged package; for the user they all mean the same thing.
        raise messages.docx_damaged(name) from None
    text = "\n".join(line for block in lines for line in block)
    if not text.strip():
        raise messages.docx_without_text(name)
    return text


def _unpack(data: bytes, name: str | None) -> dict[str, bytes]:
    """Every member of the package: the XML parts inflated within the limits (counting the
    bytes that come out, whatever the sizes declared, and the tags), the others left empty,
    never inflated."""
    parts: dict[str, bytes] = {}
    unpacked = tags = 0
    try:
        with open_package(data, name) as package:
            for info in package.infolist():
                if not info.filename.lower().endswith(_XML_SUFFIXES):
                    parts[info.filename] = b""
                    continue
                room = MAX_DOCX_XML_BYTES - unpacked
                try:
                    part = inflate(package, info, min(MAX_DOCX_PART_BYTES, room))
                except MemberTooLargeError:
                    if room < MAX_DOCX_PART_BYTES:
                        raise messages.docx_xml_too_large(name) from None
                    raise messages.docx_part_too_large(name, info.filename) from None
                unpacked += len(part)
                # Every tag opens with "<": a fast count of the elements python-docx would build.
                tags += part.count(b"<")
                if tags > MAX_DOCX_XML_TAGS:
                    raise messages.docx_too_many_tags(name)
                parts[info.filename] = part
    except ZIP_FAILURES:
        raise messages.docx_damaged(name) from None
    return parts


def _open(parts: dict[str, bytes]) -> Document:
    try:
        return docx.Document(_stored(parts))
    except Exception:
        # python-docx loads every part up front, so a numbering part that is missing or not
        # XML spoils the whole package though the text is intact. Try once more with an empty
        # numbering part in its place: the text then reads without automatic numbers. If the
        # damage is elsewhere this fails too, and the file is refused as damaged.
        return docx.Document(_stored({**parts, _NUMBERING_MEMBER: _EMPTY_NUMBERING}))


def _stored(parts: dict[str, bytes]) -> io.BytesIO:
    """The unpacked parts as a package for python-docx: stored, not compressed (it is read
    once, at once), so that python-docx inflates nothing the limits have not counted."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as package:
        for member, part in parts.items():
            package.writestr(member, part)
    out.seek(0)
    return out


def _automatic_numbers(document: Document) -> dict[Element, str]:
    """The label Word draws before each automatically numbered paragraph (w:p → "一、")."""
    try:
        try:
            numbering = document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING)
        except KeyError:
            numbering = None  # no numbering part: nothing is numbered automatically
        # A part under the numbering relationship with the wrong content type holds no XML.
        numbering_root = getattr(numbering, "element", None)
        return paragraph_prefixes(document.element.body, numbering_root, document.styles.element)
    except Exception:
        # docx_numbering reads a damaged numbering part without raising; should a case it
        # does not foresee slip through, the paragraphs' own text is still the notice.
        return {}


def _paragraph_text(paragraph: Paragraph, numbers: dict[Element, str]) -> str:
    """The paragraph as Word shows it: its automatic number, then its runs that are not
    hidden (python-docx's Paragraph.text, less w:vanish runs)."""
    runs = _RUNS(paragraph._p)
    visible = "".join(run.text for run in runs if not is_on(run.find(qn("w:rPr")), "vanish"))
    return numbers.get(paragraph._p, "") + visible


def _line(block: Paragraph | Table, numbers: dict[Element, str]) -> list[str]:
    if isinstance(block, Paragraph):
        return [_paragraph_text(block, numbers)]
    return [_row_text(row.cells, numbers) for row in block.rows]


def _row_text(cells: list[docx.table._Cell], numbers: dict[Element, str]) -> str:
    texts: list[str] = []
    previous = None
    for cell in cells:
        # A horizontally merged cell is listed once per grid column it spans.
        if previous is not None and cell._tc is previous._tc:
            continue
        previous = cell
        text = "\n".join(_paragraph_text(paragraph, numbers) for paragraph in cell.paragraphs)
        texts.append(" ".join(text.split("\n")).strip())
    return CELL_SEPARATOR.join(texts)
