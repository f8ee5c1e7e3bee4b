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
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from qdiff.reading import messages
from qdiff.reading.docx_numbering import Element, is_on, paragraph_prefixes

if TYPE_CHECKING:
    from docx.document import Document

# A .docx under the 50 MB input limit can still inflate to gigabytes (a zip bomb, or
# embedded media); a notice's document.xml is well under a megabyte.
_MAX_UNPACKED_BYTES = 512 * 1024 * 1024
CELL_SEPARATOR = " | "
# Word, WPS and LibreOffice all store the numbering definitions under this name.
_NUMBERING_MEMBER = "word/numbering.xml"
_EMPTY_NUMBERING = (
    b'<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
)


def read_docx(data: bytes, name: str | None) -> str:
    """The document's text, one paragraph or table row per line."""
    _refuse_oversized(data, name)
    try:
        document = _open(data)
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


def _refuse_oversized(data: bytes, name: str | None) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(member.file_size for member in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise messages.docx_damaged(name) from None
    if unpacked > _MAX_UNPACKED_BYTES:
        raise messages.too_large(name, unpacked)


def _open(data: bytes) -> Document:
    try:
        return docx.Document(io.BytesIO(data))
    except Exception:
        # python-docx loads every part up front, so a numbering part that is missing or not
        # XML spoils the whole package though the text is intact. Try once more with an empty
        # numbering part in its place: the text then reads without automatic numbers. If the
        # damage is elsewhere this fails too, and the file is refused as damaged.
        return docx.Document(io.BytesIO(_with_empty_numbering(data)))


def _with_empty_numbering(data: bytes) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as package,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as repaired,
    ):
        for member in package.infolist():
            if member.filename != _NUMBERING_MEMBER:
                repaired.writestr(member, package.read(member.filename))
        repaired.writestr(_NUMBERING_MEMBER, _EMPTY_NUMBERING)
    return out.getvalue()


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
    runs = paragraph._p.xpath("w:r | w:hyperlink/w:r")
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
