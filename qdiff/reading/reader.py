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
        from qdiff.reading.html import decode_html, extract_article, refuse_oversized_page

        refuse_oversized_page(data, name)
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
        # Checked before opening: opening a FIFO waits for a writer, a device may act on it.
        _refuse_special(path, os.stat(path).st_mode)
        # O_NONBLOCK, should the path have become a FIFO since: the open then returns at once
        # (a regular file ignores the flag), and the check below refuses it. (Windows has no
        # FIFOs to open, nor the flag.)
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(descriptor, "rb") as stream:
            status = os.fstat(descriptor)
            _refuse_special(path, status.st_mode)
            if status.st_size > MAX_BYTES:
                raise messages.too_large(path, status.st_size)
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


# What a path can be besides a regular file or a directory, as a message names it.
_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _refuse_special(path: str, mode: int) -> None:
    """Refuse anything but a regular file: a FIFO blocks, a device never ends. A pipe is
    read as standard input ("-")."""
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise messages.path_is_directory(path)
    kind = next((kind for test, kind in _SPECIAL_FILES if test(mode)), "a special file")
    raise messages.not_a_regular_file(path, kind)
