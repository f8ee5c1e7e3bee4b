"""Text for a reader's terminal: what a notice or a file name holds is shown, never obeyed.

A notice is text from a website; a file name is whatever its sender chose. Either may hold escape
sequences (`ESC]0;…BEL` retitles the window, `ESC[2J` clears the screen), other C0 or C1 controls,
or bidi controls that reorder what is displayed. Every renderer of text for people passes its
output through `terminal_text`; JSON goes through `json_text`, which escapes the characters
`json.dumps` leaves raw (DEL, C1, bidi controls, line and paragraph separators) while the values
stay exactly the notice's.
"""

from __future__ import annotations

import re
from typing import Any

from qdiff.controls import BIDI_CONTROLS
from qdiff.output.indented_json import indented_json

# A C0 control is shown as its Control Picture (ESC as ␛, BEL as ␇), DEL as ␡: the reader sees
# that the text holds one and which. C1 controls and bidi controls have no pictures: �.
_SHOWN: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
_SHOWN[0x7F] = "\u2421"
_SHOWN.update({code: "\ufffd" for code in range(0x80, 0xA0)})
_SHOWN.update({ord(char): "\ufffd" for char in BIDI_CONTROLS})
# In running text, line breaks and tabs are layout; a carriage return (alone or before a line
# feed) is read as the line break it stands for rather than a jump back over the line.
_LAYOUT = {code: shown for code, shown in _SHOWN.items() if chr(code) not in "\n\t"}

_ACTIVE = re.compile("[" + "".join(re.escape(chr(code)) for code in _SHOWN) + "]")
_BREAKS = re.compile(r"\r\n?")

# Characters json.dumps(ensure_ascii=False) writes raw: inside JSON strings (the only place any
# non-ASCII character can be) "\\u009b" means the same character, so parsers read the same values.
_JSON_ESCAPED = {
    code: f"\\u{code:04x}"
    for code in (0x7F, *range(0x80, 0xA0), 0x2028, 0x2029, *map(ord, BIDI_CONTROLS))
}
_JSON_RAW = re.compile("[" + "".join(re.escape(chr(code)) for code in _JSON_ESCAPED) + "]")


def terminal_text(text: str, *, one_line: bool = False) -> str:
    """`text` safe for a terminal: every control character is shown as a visible mark instead
    of acting. Line breaks and tabs stay (CR and CRLF become line breaks), unless `one_line`,
    where a line break is shown (␊) too, so that a message stays the one line it must be."""
    if _ACTIVE.search(text) is None:
        return text
    if one_line:
        return text.translate(_SHOWN)
    return _BREAKS.sub("\n", text).translate(_LAYOUT)


def json_text(data: Any) -> str:
    """`data` as the indented JSON qdiff prints: UTF-8 text as written, with every control and
    bidi character escaped, so that printing it acts on no terminal."""
    text = indented_json(data)  # json.dumps(data, ensure_ascii=False, indent=2), sooner
    if _JSON_RAW.search(text) is None:
        return text
    return text.translate(_JSON_ESCAPED)
