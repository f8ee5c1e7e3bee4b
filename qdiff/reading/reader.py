"""The reader's two entry points: bytes in hand, or a path (or "-" for standard input)."""

from __future__ import annotations

import os
import stat
import sys

from qdiff.reading import messages
from qdiff.reading.detect import Format, sniff
from qdiff.reading.messages import MAX_BYTES
from qdiff.reading.source import SourceDocument
from qdiff.reading.text import decode_text, refuse_binary


def read_bytes(data: bytes, name: str | None = None) -> SourceDocument:
    """Understand `data` as a notice file: detect its format and encoding, extract its text.

    Raises `InputError` with a one-line message for anything that is not a readable notice
    file (empty, binary, an image, an archive, a scanned PDF, too large).
    """
    if not data:
        raise messages.empty(name)
    if len(data) > MAX_BYTES:
        raise messages.too_large(name, len(data))
    kind = sniff(data, name)
    # The readers of .docx, PDF and HTML load large libraries (python-docx, pypdf, lxml): they
    # are imported when such a file arrives, so that plain-text work starts fast.
    if kind is Format.DOCX:
        from qdiff.reading.docx import read_docx

        return SourceDocument(data, name, kind.value, None, read_docx(data, name))
    if kind is Format.PDF:
        from qdiff.reading.pdf import read_pdf

        text = read_pdf(data, name)
        refuse_binary(text, name)
        return SourceDocument(data, name, kind.value, None, text)
    if kind is Format.HTML:
        from qdiff.reading.html import decode_html, extract_article

        page = decode_html(data, name)
        article = extract_article(page.text, name)
        warnings = (*page.warnings, article.warning)
        return SourceDocument(data, name, kind.value, page.encoding, article.text, warnings)
    decoded = decode_text(data, name)
    return SourceDocument(data, name, kind.value, decoded.encoding, decoded.text, decoded.warnings)


def read_path(path: str) -> SourceDocument:
    """Read the file at `path`; "-" reads standard input.

    A path that does not exist or is a directory is a usage error (exit code 2); a file
    that cannot be opened or is not a notice is an input error.
    """
    if path == "-":
        # One byte over the limit is enough to know the input is too large.
        return read_bytes(sys.stdin.buffer.read(MAX_BYTES + 1), "-")
    if not os.path.lexists(path):
        raise messages.path_missing(path)
    if os.path.isdir(path):
        raise messages.path_is_directory(path)
    try:
        with open(path, "rb") as stream:
            size = _size_if_regular(stream.fileno())
            if size is not None and size > MAX_BYTES:
                raise messages.too_large(path, size)
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        # A dangling symbolic link, or a file removed between the checks and the open.
        raise messages.path_missing(path) from None
    except PermissionError:
        raise messages.path_unreadable(path, "permission denied") from None
    except IsADirectoryError:
        raise messages.path_is_directory(path) from None
    except OSError as error:
        raise messages.path_unreadable(path, error.strerror or type(error).__name__) from None
    return read_bytes(data, path)


def _size_if_regular(fd: int) -> int | None:
    """The file's size, when it has one (a pipe or a device does not)."""
    status = os.fstat(fd)
    return status.st_size if stat.S_ISREG(status.st_mode) else None
