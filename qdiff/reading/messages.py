"""Every refusal the reader can give, in one place, so the wording stays consistent.

Each message is one line: what is wrong with the input, then what to do about it. The
subject is the file name as the user gave it, "standard input" for "-", or "the input"
when reading bytes that came without a name.
"""

from __future__ import annotations

import math

from qdiff.errors import InputError, UsageError

MEGABYTE = 1024 * 1024
MAX_BYTES = 50 * MEGABYTE
"""Real notices are tens of kilobytes; anything this large is the wrong file."""

# What a file under MAX_BYTES may still grow into while it is read. Each is counted on what is
# actually there (bytes inflated, tags, pages), never on what a header declares.
MAX_DOCX_MEMBERS = 10_000
"""Parts a ZIP may list: a .docx has a few dozen (the real notice's: 17), a few hundred with many
pictures; zipfile keeps an object for each one it lists (550,000 empty ones: 19 s, 350 MB)."""
MAX_DOCX_PART_BYTES = 5 * MEGABYTE
"""One XML part of a .docx, inflated: the real notice's word/document.xml is 20 KB and Word's
styles 350–440 KB, over ten times less."""
MAX_DOCX_XML_BYTES = 12 * MEGABYTE
"""All XML parts of a .docx together, inflated (the real notice's: 0.9 MB). Pictures, fonts and
embedded files are never inflated: the text does not need them."""
MAX_DOCX_XML_TAGS = 300_000
"""Tags in all XML parts of a .docx together: the real notice's hold 25,000 (Word's styles,
twice), a long table a few tens of thousands more. A paragraph costs python-docx and the reader
~14 µs and ~300 bytes however little it holds: 5 MB of empty <w:p/> took 12 s and 315 MB."""
MAX_HTML_BYTES = 5 * MEGABYTE
"""A saved notice page is 100–500 KB: ten times the largest, and room for the text limit's
million characters (3 MB in UTF-8, 2 MB in GBK) with markup around them. The lxml tree costs up
to 40 times the page's bytes (a 49 MB page took 2 GB)."""
MAX_HTML_TAGS = 100_000
"""A saved notice page has a few thousand tags. The tree's size follows its elements more than
its bytes: 4 MB of "一<br>" (600,000 of them) took 330 MB to parse and walk. At both limits a
page reads in about a second and under 100 MB."""
MAX_PDF_PAGES = 2_000
"""A notice is a few pages, a year plan with its task tables a few dozen; a full official page
holds 616 characters (22 lines of 28, GB/T 9704), so the million-character limit is ~1,600 of
them. Each page costs about a millisecond to extract, even a blank one."""

WHAT_QDIFF_READS = "qdiff reads text, HTML, .docx and PDF files with a text layer"


def subject(name: str | None) -> str:
    """How a message names the input."""
    if name is None or name == "":
        return "the input"
    if name == "-":
        return "standard input"
    # A name with a line break would break the one-line rule of every message.
    return name.replace("\r", " ").replace("\n", " ")


def empty(name: str | None) -> InputError:
    return InputError(
        f"{subject(name)} is empty (0 bytes); "
        "check that the download or copy finished, or give the right file"
    )


def blank(name: str | None) -> InputError:
    return InputError(
        f"{subject(name)} holds no text, only whitespace; "
        "check that the download or copy finished, or give the right file"
    )


def too_large(name: str | None, size: int | None) -> InputError:
    # Rounded up, so that a file just over the limit does not read as "50.0 MB".
    how_big = "" if size is None else f" ({math.ceil(size * 10 / MEGABYTE) / 10} MB)"
    return InputError(
        f"{subject(name)} is over qdiff's limit of 50 MB{how_big}; "
        "notices are tens of kilobytes, so check that this is the right file"
    )


def binary(name: str | None) -> InputError:
    return InputError(f"{subject(name)} is binary data, not text; {WHAT_QDIFF_READS}")


def image(name: str | None, kind: str) -> InputError:
    return InputError(f"{subject(name)} is a {kind} image, not a notice; {WHAT_QDIFF_READS}")


def compressed(name: str | None, kind: str) -> InputError:
    return InputError(
        f"{subject(name)} is a {kind} file; decompress it and give qdiff the notice inside"
    )


def archive(name: str | None, kind: str) -> InputError:
    return InputError(
        f"{subject(name)} is {kind} archive; unpack it and give qdiff the notice inside"
    )


def legacy_office(name: str | None) -> InputError:
    return InputError(
        f"{subject(name)} is a legacy Word .doc file (OLE2 format); "
        "open it in Word, WPS or LibreOffice, save it as .docx, and give qdiff the .docx"
    )


def other_document(name: str | None, kind: str) -> InputError:
    """A document format qdiff does not read, but that Word or LibreOffice can convert."""
    return InputError(
        f"{subject(name)} is {kind}; "
        "open it in Word, WPS or LibreOffice, save it as .docx, and give qdiff the .docx"
    )


def not_a_notice_document(name: str | None, kind: str) -> InputError:
    """A spreadsheet or a presentation: the wrong file rather than the wrong format."""
    return InputError(f"{subject(name)} is {kind}, not a notice; {WHAT_QDIFF_READS}")


def zip_damaged(name: str | None) -> InputError:
    return InputError(
        f"{subject(name)} is a damaged ZIP or .docx file that cannot be read; "
        "download it again, or open it in Word, WPS or LibreOffice and save it again"
    )


def docx_damaged(name: str | None) -> InputError:
    return InputError(
        f"{subject(name)} is a damaged .docx that cannot be read; "
        "open it in Word, WPS or LibreOffice and save it again"
    )


def docx_without_text(name: str | None) -> InputError:
    return InputError(
        f"{subject(name)} is a .docx with no text in it; check that this is the right file"
    )


def html_without_text(name: str | None) -> InputError:
    return InputError(
        f"{subject(name)} is a web page with no article text; "
        "save the page that shows the notice, or copy the notice's text into a .txt file"
    )


def pdf_scan(name: str | None) -> InputError:
    return InputError(
        f"{subject(name)} is a PDF without a text layer (a scan); "
        "qdiff needs a PDF with text, or the notice as text/HTML/.docx"
    )


def pdf_encrypted(name: str | None) -> InputError:
    return InputError(
        f"{subject(name)} is a password-protected PDF; "
        "remove the password (for example by printing it to a new PDF), "
        "or give the notice as text/HTML/.docx"
    )


def pdf_damaged(name: str | None) -> InputError:
    return InputError(
        f"{subject(name)} is a damaged PDF that cannot be read; "
        "download it again, or give the notice as text/HTML/.docx"
    )


def _megabytes(limit: int) -> str:
    return f"{limit // MEGABYTE} MB"


def _part(member: str) -> str:
    """A ZIP member's name as a message can show it: one line, no control characters."""
    return "".join(char if char.isprintable() else "?" for char in member)


def zip_too_many_parts(name: str | None) -> InputError:
    return InputError(
        f"{subject(name)} is a ZIP or .docx of more than {MAX_DOCX_MEMBERS:,} parts; "
        "a .docx has a few dozen, so check that this is the right file"
    )


def docx_part_too_large(name: str | None, member: str) -> InputError:
    return InputError(
        f"{subject(name)} is a .docx whose {_part(member)} unpacks to more than "
        f"{_megabytes(MAX_DOCX_PART_BYTES)}; a notice's parts are well under 1 MB, "
        "so check that this is the right file"
    )


def docx_xml_too_large(name: str | None) -> InputError:
    return InputError(
        f"{subject(name)} is a .docx whose XML parts unpack to more than "
        f"{_megabytes(MAX_DOCX_XML_BYTES)} together; a notice's are about 1 MB, "
        "so check that this is the right file"
    )


def docx_too_many_tags(name: str | None) -> InputError:
    return InputError(
        f"{subject(name)} is a .docx whose XML parts hold more than {MAX_DOCX_XML_TAGS:,} "
        "tags together; a notice's hold about 25,000, so check that this is the right file"
    )


def html_too_large(name: str | None, size: int) -> InputError:
    return InputError(
        f"{subject(name)} is a web page of {math.ceil(size * 10 / MEGABYTE) / 10} MB, over "
        f"qdiff's limit of {_megabytes(MAX_HTML_BYTES)} for a page; a saved notice page is "
        "well under 1 MB, so save the page that shows the notice, "
        "or copy the notice's text into a .txt file"
    )


def html_too_many_tags(name: str | None, tags: int) -> InputError:
    return InputError(
        f"{subject(name)} is a web page of {tags:,} tags, over qdiff's limit of "
        f"{MAX_HTML_TAGS:,}; a notice's page has a few thousand, so save the page that shows "
        "the notice, or copy the notice's text into a .txt file"
    )


def pdf_too_many_pages(name: str | None, pages: int | None) -> InputError:
    """`pages` is None when the page tree was too large to count to the end."""
    how_many = (
        f"a PDF of {pages:,} pages, over qdiff's limit of {MAX_PDF_PAGES:,}"
        if pages is not None
        else f"a PDF whose page tree is larger than qdiff's limit of {MAX_PDF_PAGES:,} pages"
    )
    return InputError(
        f"{subject(name)} is {how_many}; a notice is a few pages, "
        "so check that this is the right file and give qdiff one notice per file"
    )


def pdf_too_long(name: str | None, limit: int, pages: int) -> InputError:
    return InputError(
        f"{subject(name)} holds more than {limit:,} characters in its first {pages:,} pages, "
        "more than a hundred notices' worth; give qdiff one notice per file"
    )


def not_a_regular_file(path: str, kind: str) -> UsageError:
    """A FIFO, a device or a socket: opening one can wait forever, reading one never ends."""
    return UsageError(
        f"{subject(path)} is {kind}, not a regular file; give the path of a notice file, "
        "or send the notice to standard input and give - as the path"
    )


def path_missing(path: str) -> UsageError:
    return UsageError(f"{subject(path)} does not exist; check the path")


def path_is_directory(path: str) -> UsageError:
    return UsageError(f"{subject(path)} is a directory, not a file; give the path of a notice file")


def path_unreadable(path: str, reason: str) -> InputError:
    return InputError(
        f"{subject(path)} cannot be read ({reason}); check the file and its permissions"
    )
