"""Characters that act on a display instead of being shown.

The bidirectional formatting controls reorder what is displayed: `\u202e上海市杨浦区人民政府` looks
like the issuer it is not, so the parser warns of them (`WarningCode.BIDI_CONTROL`) and a series
name is the issuer without them (or any other invisible character). What a terminal shows of these
and of the C0/C1 controls is decided in `qdiff/output/terminal.py`.
"""

from __future__ import annotations

import re
import unicodedata

# ALM, LRM, RLM, the embeddings and overrides (LRE RLE PDF LRO RLO) and the isolates (LRI RLI FSI
# PDI): Unicode's Bidi_Control property.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")


def bidi_controls_in(text: str) -> list[str]:
    """The distinct bidi controls of `text`, in order of first appearance."""
    return list(dict.fromkeys(_BIDI.findall(text)))


def describe_character(char: str) -> str:
    """`U+202E RIGHT-TO-LEFT OVERRIDE`: how a message names an invisible character."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'control')}"


def visible_name(text: str) -> str:
    """A name as people see it: without control or format characters (bidi controls, zero-width
    spaces and joiners, soft hyphens, BOMs), which draw nothing but make two names that look the
    same differ, and without the spaces around it."""
    return "".join(char for char in text if unicodedata.category(char) not in ("Cc", "Cf")).strip()
