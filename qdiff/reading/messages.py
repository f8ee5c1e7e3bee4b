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


def path_missing(path: str) -> UsageError:
    return UsageError(f"{subject(path)} does not exist; check the path")


def path_is_directory(path: str) -> UsageError:
    return UsageError(f"{subject(path)} is a directory, not a file; give the path of a notice file")


def path_unreadable(path: str, reason: str) -> InputError:
    return InputError(
        f"{subject(path)} cannot be read ({reason}); check the file and its permissions"
    )
