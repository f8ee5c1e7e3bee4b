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
from contextlib import contextmanager

import pypdf
from pypdf import PasswordType
from pypdf.errors import DependencyError

from qdiff.errors import InputError
from qdiff.reading import messages
from qdiff.reading.reflow import reflow_pages


def read_pdf(data: bytes, name: str | None) -> str:
    """The text of every page, its printed lines joined back into paragraphs."""
    try:
        with _quiet_pypdf():
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                _decrypt_without_password(reader, name)
            pages = [page.extract_text() or "" for page in reader.pages]
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
