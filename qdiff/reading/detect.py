"""Tell what a file is from its bytes, never from its name.

Downloaded notices often carry the wrong extension (a web page saved as .txt, a PDF served
as .doc), so the name is only used in messages. Formats qdiff cannot read are refused here,
before any decoder gets a chance to turn them into pages of mojibake.
"""

from __future__ import annotations

import re
from enum import StrEnum

from qdiff.reading import messages
from qdiff.reading.package import ZIP_FAILURES, head, open_package


class Format(StrEnum):
    TEXT = "text"
    HTML = "html"
    DOCX = "docx"
    PDF = "pdf"


# (magic at offset 0, what it is). Checked in order; the first match wins.
_IMAGES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
_COMPRESSED: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip-compressed"),
    (b"BZh", "bzip2-compressed"),
    (b"\xfd7zXZ\x00", "xz-compressed"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed"),
)
_ARCHIVES: tuple[tuple[bytes, str], ...] = (
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip"),
    (b"Rar!\x1a\x07", "a RAR"),
)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_PDF_MAGIC = b"%PDF-"
# Some PDF writers put junk (even a whole HTTP header) before %PDF-; readers accept it
# within the first kilobyte, and so do we.
_PDF_SEARCH_WINDOW = 1024

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_HTML_MARKERS = re.compile(rb"<!doctype\s+html|<html|<head|<body|<meta|<title", re.IGNORECASE)
_HTML_WINDOW = 2048
# Anything the markers may be preceded by: a BOM, whitespace, an XML declaration, comments.
_HTML_PREAMBLE = re.compile(rb"^(?:\s|<\?xml[^>]*>|<!--.*?-->)*", re.DOTALL)


def sniff(data: bytes, name: str | None) -> Format:
    """Say which reader handles `data`, or raise `InputError` for what qdiff cannot read."""
    _refuse_known_binaries(data, name)
    if data.startswith(_ZIP_MAGICS):
        return _sniff_zip(data, name)
    if _PDF_MAGIC in data[:_PDF_SEARCH_WINDOW]:
        return Format.PDF
    if looks_like_html(data):
        return Format.HTML
    return Format.TEXT


def _refuse_known_binaries(data: bytes, name: str | None) -> None:
    for magic, kind in _IMAGES:
        if data.startswith(magic):
            raise messages.image(name, kind)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        raise messages.image(name, "WebP")
    for magic, kind in _COMPRESSED:
        if data.startswith(magic):
            raise messages.compressed(name, kind)
    for magic, kind in _ARCHIVES:
        if data.startswith(magic):
            raise messages.archive(name, kind)
    if data[257:262] == b"ustar":
        raise messages.archive(name, "a tar")
    if data.startswith(_OLE2):
        raise messages.legacy_office(name)
    if data.startswith(b"{\\rtf"):
        raise messages.other_document(name, "an RTF document")


# Office Open XML and OpenDocument packages that are not Word documents: say what they are.
_OTHER_PACKAGES: tuple[tuple[str, str], ...] = (
    ("xl/workbook.xml", "an Excel workbook (.xlsx)"),
    ("ppt/presentation.xml", "a PowerPoint presentation (.pptx)"),
)


# An OpenDocument file's mimetype member is one short line; more is never needed to tell.
_MIMETYPE_BYTES = 128


def _sniff_zip(data: bytes, name: str | None) -> Format:
    try:
        with open_package(data, name) as package:
            members = set(package.namelist())
            mimetype = (
                head(package, package.getinfo("mimetype"), _MIMETYPE_BYTES)
                if "mimetype" in members
                else b""
            )
    except ZIP_FAILURES:
        # A ZIP header with a broken body: most likely a .docx cut short by a download.
        raise messages.zip_damaged(name) from None
    if "word/document.xml" in members:
        return Format.DOCX
    for member, kind in _OTHER_PACKAGES:
        if member in members:
            raise messages.not_a_notice_document(name, kind)
    if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
        raise messages.other_document(name, "an OpenDocument text (.odt)")
    raise messages.archive(name, "a ZIP")


def looks_like_html(data: bytes) -> bool:
    """True when an HTML tag opens the file, in whatever encoding it is written."""
    head = data[: _HTML_WINDOW * 2]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 with a BOM: re-encode the head as ASCII-compatible bytes to look at it.
        codec = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
        head = head[2:].decode(codec, errors="replace").encode("utf-8", errors="replace")
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    head = head[:_HTML_WINDOW]
    start = _HTML_PREAMBLE.match(head)
    rest = head[start.end() if start else 0 :]
    if not rest.startswith(b"<"):
        return False
    return _HTML_MARKERS.search(rest) is not None
