"""Decode a plain-text notice: UTF-8, UTF-16 or GB18030, and say so when it had to guess.

The order is strict-first: a decoding that succeeds without a single error is almost
certainly right for Chinese text, so charset-normalizer (slow, and a guess) only runs when
UTF-8, UTF-16 and GB18030 all fail. Line endings are kept as decoded (the parser handles
CRLF); only a byte-order mark is removed.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from qdiff.notice import ParseWarning, WarningCode
from qdiff.reading import messages

# A file cut off by a download ends mid-character; a few bad bytes in a long notice are
# damage to report, not a reason to throw the whole file away or decode it as Big5.
_FEW_ERRORS_PER_CHAR = 1 / 1000
_FEW_ERRORS_AT_LEAST = 3

# Text is refused as binary when more than this share of its characters are control
# characters or U+FFFD. Real notices have none; random bytes decoded as anything have many.
_BINARY_SHARE = 0.02
_BINARY_SAMPLE_CHARS = 65536
_NUL_SHARE = 0.01
_GUESS_SAMPLE_BYTES = 256 * 1024
# Decoded as GB18030, more than this share of ideographs outside GB2312 means mojibake
# (Big5 read as GBK: about a third; a real notice: none, or a rare name or two).
_RARE_SHARE = 0.1
_RARE_MIN_IDEOGRAPHS = 20
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    warnings: tuple[ParseWarning, ...] = ()


def decode_text(data: bytes, name: str | None) -> DecodedText:
    """Decode `data` as text, or raise `InputError` if it is binary or holds no text."""
    decoded = _decode(data, name)
    refuse_binary(decoded.text, name)
    if not decoded.text or decoded.text.isspace():
        raise messages.blank(name)
    return decoded


def decode_with(data: bytes, encoding: str) -> DecodedText | None:
    """Decode with a named (for example, declared) encoding; None if it does not fit."""
    try:
        return DecodedText(data.decode(encoding), encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def refuse_binary(text: str, name: str | None) -> None:
    sample = text[:_BINARY_SAMPLE_CHARS]
    if not sample:
        return
    odd = sum(1 for char in sample if _is_suspicious(char))
    if odd > _BINARY_SHARE * len(sample):
        raise messages.binary(name)


def _is_suspicious(char: str) -> bool:
    code = ord(char)
    if code < 0x20:
        return char not in _ALLOWED_CONTROLS
    return 0x7F <= code <= 0x9F or code == 0xFFFD


def _decode(data: bytes, name: str | None) -> DecodedText:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict_or_replaced(data, encoding)
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16
        if data.count(b"\x00") > _NUL_SHARE * len(data):
            raise messages.binary(name)
    strict = decode_with(data, "utf-8")
    if strict is not None:
        return strict
    strict = decode_with(data, "gb18030")
    if strict is not None:
        return strict if _plausibly_simplified(strict.text) else _doubtful_gb18030(data, strict)
    nearly = _nearly_decodable(data)
    if nearly is not None:
        return nearly
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    return _replaced(data, "utf-8")


def _plausibly_simplified(text: str) -> bool:
    """Whether GB18030 text reads like a mainland notice rather than another encoding.

    GB18030 accepts almost any sequence of high bytes, so Big5 (and other double-byte
    encodings) decode without error into rare characters. A simplified-Chinese notice keeps
    nearly all its characters inside the common GB2312 set; mojibake does not.
    """
    ideographs = "".join(_IDEOGRAPH.findall(text[:_BINARY_SAMPLE_CHARS]))
    if len(ideographs) < _RARE_MIN_IDEOGRAPHS:
        return True
    rare = ideographs.encode("gb2312", errors="replace").count(b"?")
    return rare <= _RARE_SHARE * len(ideographs)


def _doubtful_gb18030(data: bytes, decoded: DecodedText) -> DecodedText:
    guessed = _guess(data)
    if guessed is not None and codecs.lookup(guessed.encoding).name != "gb18030":
        return guessed
    warning = ParseWarning(
        WarningCode.ENCODING_GUESSED,
        "the file decodes as GB18030 but into many rare characters; "
        "check the text for garbled characters",
    )
    return DecodedText(decoded.text, decoded.encoding, (warning,))


def _strict_or_replaced(data: bytes, encoding: str) -> DecodedText:
    return decode_with(data, encoding) or _replaced(data, encoding)


def _replaced(data: bytes, encoding: str) -> DecodedText:
    text = data.decode(encoding, errors="replace")
    return DecodedText(text, encoding, _replacement_warnings(text, encoding))


def _replacement_warnings(text: str, encoding: str) -> tuple[ParseWarning, ...]:
    count = text.count("\ufffd")
    if count == 0:
        return ()
    first = text.index("\ufffd")
    line = text.count("\n", 0, first) + 1
    if count == 1:
        message = (
            f"1 byte sequence that is not valid {encoding} was replaced with U+FFFD, on line {line}"
        )
    else:
        message = (
            f"{count} byte sequences that are not valid {encoding} were replaced with U+FFFD, "
            f"the first on line {line}"
        )
    return (ParseWarning(WarningCode.DECODE_REPLACED, message, line),)


def _nearly_decodable(data: bytes) -> DecodedText | None:
    """UTF-8 or GB18030 with a handful of bad bytes (a truncated download, a stray byte)."""
    best: DecodedText | None = None
    best_errors = 0
    for encoding in ("utf-8", "gb18030"):
        text = data.decode(encoding, errors="replace")
        errors = text.count("\ufffd")
        allowed = max(_FEW_ERRORS_AT_LEAST, int(len(text) * _FEW_ERRORS_PER_CHAR))
        if errors <= allowed and (best is None or errors < best_errors):
            best = DecodedText(text, encoding, _replacement_warnings(text, encoding))
            best_errors = errors
    return best


def _guess(data: bytes) -> DecodedText | None:
    # charset-normalizer only needs a sample to name the encoding; decoding the whole file
    # is then one fast call (and a sample cut mid-character costs at most one U+FFFD).
    import charset_normalizer  # the statistical fallback: loaded only when needed

    match = charset_normalizer.from_bytes(data[:_GUESS_SAMPLE_BYTES]).best()
    if match is None:
        return None
    encoding = match.encoding
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        return None
    warning = ParseWarning(
        WarningCode.ENCODING_GUESSED,
        f"the file is not UTF-8, UTF-16 or GB18030; its encoding was guessed as {encoding}, "
        "check the text for garbled characters",
    )
    return DecodedText(text, encoding, (warning, *_replacement_warnings(text, encoding)))


def _bomless_utf16(data: bytes) -> DecodedText | None:
    """UTF-16 saved without a BOM: the ASCII characters leave NULs on one side of each pair.

    Chinese text in UTF-16 has NULs only in its ASCII characters (digits, punctuation, line
    breaks), so the share is small, but nearly all sit at odd offsets (little-endian) or at
    even ones (big-endian); random binary data has them on both sides.
    """
    if len(data) % 2:
        return None
    sample = data[:8192]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    pairs = len(sample) // 2
    for zeros, strays, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        # Strays: a Chinese character whose low byte is zero (一 is U+4E00) leaves a NUL on
        # the other side, about one character in 256.
        if zeros >= max(2, pairs // 50) and strays * 4 <= zeros:
            decoded = decode_with(data, encoding)
            if decoded is None:
                return None
            warning = ParseWarning(
                WarningCode.ENCODING_GUESSED,
                f"the file has no byte-order mark; its encoding was taken to be {encoding} "
                "from the pattern of NUL bytes",
            )
            return DecodedText(decoded.text, encoding, (warning,))
    return None
