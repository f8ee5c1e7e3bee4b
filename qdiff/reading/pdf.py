"""Read the text layer of a PDF, page by page.

Government PDFs come in two kinds: exported from Word (a text layer qdiff can read) and
scanned from paper (only images). Scans are refused with a clear message instead of an
empty notice: qdiff does no OCR.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

import pypdf
from pypdf import PasswordType
from pypdf.errors import DependencyError, LimitReachedError
from pypdf.generic import DictionaryObject, PdfObject

from qdiff.errors import InputError
from qdiff.parsing import MAX_NOTICE_CHARACTERS
from qdiff.reading import messages
from qdiff.reading.messages import MAX_PDF_PAGES
from qdiff.reading.reflow import reflow_pages


def read_pdf(data: bytes, name: str | None) -> str:
    """The text of every page, its printed lines joined back into paragraphs."""
    try:
        with _quiet_pypdf(), _page_tree_bound():
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                _decrypt_without_password(reader, name)
            _refuse_many_pages(reader, name)
            pages = _page_texts(reader, name)
    except InputError:
        raise
    except Exception:
        # pypdf raises a wide range of exception types on damaged files (PdfReadError,
        # ValueError, KeyError, struct.error, RecursionError...); to the user they all
        # mean that this PDF cannot be read.
        raise messages.pdf_damaged(name) from None
    if not pages:
        # pypdf tolerates a lot; a PDF whose page tree it cannot find at all is broken.
        raise messages.pdf_damaged(name)
    if not any(page.strip() for page in pages):
        raise messages.pdf_scan(name)
    return reflow_pages(pages)


def _refuse_many_pages(reader: pypdf.PdfReader, name: str | None) -> None:
    """Refuse a PDF of more than MAX_PDF_PAGES pages before a page is read.

    The page count the file declares is one number to read; counting the pages walks the
    whole page tree (10 s for 100,000 pages), so the declared count is checked first, and the
    walk itself is bounded (`_page_tree_bound`) in case the count lies.
    """
    declared = _declared_page_count(reader)
    if declared is not None and declared > MAX_PDF_PAGES:
        raise messages.pdf_too_many_pages(name, declared)
    try:
        pages = len(reader.pages)
    except LimitReachedError:
        raise messages.pdf_too_many_pages(name, None) from None
    if pages > MAX_PDF_PAGES:
        raise messages.pdf_too_many_pages(name, pages)


def _declared_page_count(reader: pypdf.PdfReader) -> int | None:
    """The page tree's /Count, if it has one (no count, or a damaged tree: the walk tells)."""
    node: object = reader.trailer
    try:
        for key in ("/Root", "/Pages", "/Count"):
            if not isinstance(node, DictionaryObject):
                return None
            node = node.get(key)
            node = node.get_object() if isinstance(node, PdfObject) else node
    except Exception:
        return None
    return node if isinstance(node, int) else None


def _page_texts(reader: pypdf.PdfReader, name: str | None) -> list[str]:
    """Each page's text, stopping at the page whose text passes the notice's character limit
    (counted without whitespace, which joining lines may drop, so that a refused text is over
    the limit however it is joined)."""
    texts: list[str] = []
    characters = 0
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text() or ""
        characters += len("".join(text.split()))
        if characters > MAX_NOTICE_CHARACTERS:
            raise messages.pdf_too_long(name, MAX_NOTICE_CHARACTERS, number)
        texts.append(text)
    return texts


def _page_tree_bound() -> AbstractContextManager[object]:
    """pypdf's own limit on the entries of the page tree it walks, lowered to what
    MAX_PDF_PAGES pages need (with room for the tree's inner nodes). Older pypdf has no such
    setting (apply_configuration came in 6.18); it then walks the whole tree, as before."""
    apply = getattr(pypdf, "apply_configuration", None)
    if apply is None:
        return nullcontext()
    bound: AbstractContextManager[object] = apply(page_tree_maximum_entries=2 * MAX_PDF_PAGES)
    return bound


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Silence pypdf's log lines and warnings about a sloppy PDF while it is read.

    The user gets the text, or one line saying why not; "incorrect startxref pointer"
    on stderr would only bury that line.
    """
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _decrypt_without_password(reader: pypdf.PdfReader, name: str | None) -> None:
    """Open a PDF that is only restricted (no printing, no copying), not locked.

    Many official PDFs are encrypted with an empty user password to forbid editing; any
    reader opens them, and so does qdiff. A real password is the user's to remove.
    """
    try:
        opened = reader.decrypt("")
    except (DependencyError, NotImplementedError):
        # AES needs the optional `cryptography` package; without it the PDF stays locked.
        raise messages.pdf_encrypted(name) from None
    if opened == PasswordType.NOT_DECRYPTED:
        raise messages.pdf_encrypted(name)
