"""Read the text of a .docx: paragraphs and table rows, in document order.

A notice in Word is mostly paragraphs, one per line of the published text; task tables
become one line per row with the cells joined by " | ", the same shape the HTML reader
gives a table, so the parser meets one table layout whatever the source.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from qdiff.reading import messages

# A .docx under the 50 MB input limit can still inflate to gigabytes (a zip bomb, or
# embedded media); a notice's document.xml is well under a megabyte.
_MAX_UNPACKED_BYTES = 512 * 1024 * 1024
CELL_SEPARATOR = " | "


def read_docx(data: bytes, name: str | None) -> str:
    """The document's text, one paragraph or table row per line."""
    _refuse_oversized(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
        lines = [_line(block) for block in document.iter_inner_content()]
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


def _line(block: Paragraph | Table) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.text]
    return [_row_text(row.cells) for row in block.rows]


def _row_text(cells: list[docx.table._Cell]) -> str:
    texts: list[str] = []
    previous = None
    for cell in cells:
        # A horizontally merged cell is listed once per grid column it spans.
        if previous is not None and cell._tc is previous._tc:
            continue
        previous = cell
        texts.append(" ".join(cell.text.split("\n")).strip())
    return CELL_SEPARATOR.join(texts)
