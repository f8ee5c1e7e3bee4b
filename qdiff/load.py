"""Read a file and parse it: the one path from a file name to a `Notice`."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass

from qdiff.errors import NameTooLongError
from qdiff.notice import Notice
from qdiff.parsing import parse_notice
from qdiff.reading import SourceDocument, read_bytes, read_path


@dataclass(frozen=True)
class LoadedNotice:
    source: SourceDocument
    notice: Notice


def load_path(path: str) -> LoadedNotice:
    """Read and parse a file ("-" for stdin); raises `QdiffError` subclasses only."""
    if path != "-":
        _check_name(path)
    source = read_path(path)
    return LoadedNotice(source, parse_notice(source.text, source.warnings))


def load_bytes(data: bytes, name: str | None = None) -> LoadedNotice:
    source = read_bytes(data, name)
    return LoadedNotice(source, parse_notice(source.text, source.warnings))


def _check_name(path: str) -> None:
    """A path too long to look up is the user's to shorten (the reader would take it for a
    missing file)."""
    try:
        os.lstat(path)
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            raise NameTooLongError(path) from None
