"""Open a ZIP package (a .docx) and inflate its members within hard limits.

A file under the 50 MB input limit can unpack to gigabytes: a member of zeros inflates a
thousand to one, and a central directory may lie about sizes. zipfile trusts what it is told:
`ZipFile.read` inflates a member's data whole before cutting it to the declared size, and
opening a ZIP makes an object for every member listed. So the members are counted before
zipfile lists them, and a member is inflated a chunk at a time, counting the bytes that come
out, and given up as soon as it passes its limit.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from qdiff.reading import messages
from qdiff.reading.messages import MAX_DOCX_MEMBERS

# What zipfile raises on a damaged or unusual archive (RuntimeError: an encrypted member;
# NotImplementedError: a compression method it lacks).
ZIP_FAILURES = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    ValueError,
    RuntimeError,
    NotImplementedError,
    zlib.error,
)

# Every record of the central directory opens with this; zipfile lists one member per record,
# so counting them in the whole file is an upper bound, and a fast one.
_CENTRAL_RECORD = b"PK\x01\x02"
_CHUNK = 64 * 1024
# Word, WPS and LibreOffice store or deflate. zipfile inflates bzip2 and LZMA members without a
# bound on each step (a few kilobytes can become gigabytes), so those are not read at all.
_BOUNDED_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})


class MemberTooLargeError(Exception):
    """A member inflated past the limit it was read with."""


def open_package(data: bytes, name: str | None) -> zipfile.ZipFile:
    """The package, once it is known to list no more members than a .docx could hold.

    Raises `InputError` for too many members, and any of `ZIP_FAILURES` for a damaged ZIP.
    """
    if data.count(_CENTRAL_RECORD) > MAX_DOCX_MEMBERS:
        raise messages.zip_too_many_parts(name)
    return zipfile.ZipFile(io.BytesIO(data))


def inflate(package: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """The member's bytes, or `MemberTooLargeError` as soon as more than `limit` come out.

    Never more than a chunk is inflated beyond what has been counted; the declared size is
    not trusted (zipfile stops at it and then fails the CRC check, which is what a member
    that inflates to more than it declares deserves).
    """
    _refuse_unbounded_method(info)
    chunks: list[bytes] = []
    size = 0
    with package.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise MemberTooLargeError(info.filename)
            chunks.append(chunk)
    return b"".join(chunks)


def head(package: zipfile.ZipFile, info: zipfile.ZipInfo, size: int) -> bytes:
    """The first `size` bytes of a member (at most a chunk is inflated to get them)."""
    _refuse_unbounded_method(info)
    with package.open(info) as stream:
        return stream.read(size)


def _refuse_unbounded_method(info: zipfile.ZipInfo) -> None:
    if info.compress_type not in _BOUNDED_METHODS:
        raise NotImplementedError(f"compression method {info.compress_type}")
