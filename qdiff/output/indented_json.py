"""JSON indented by two spaces, as `json.dumps(data, ensure_ascii=False, indent=2)` writes it,
character for character, in about a third of its time.

With an indent, `json.dumps` leaves its C encoder for the pure-Python one, whose nested
generators pass every piece of text up through each level of nesting: the JSON of a long
series' report (30 MB) took 0.75 s of its CPU. Here each container appends its pieces to one
list, joined once at the end; strings are still escaped by json's own C function. Anything this
writer does not know exactly as json does (a key that is not text, a type json cannot encode, a
circular or very deep structure) is handed to `json.dumps` whole, so the text, or the error,
is json's own. tests/test_indented_json.py checks both agree on generated data.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

_INFINITY = float("inf")


class _Unhandled(Exception):
    """Something to leave to json.dumps."""


class _Keys(dict[str, str]):
    """A key as written at one level of indentation, with the line break and comma before it:
    `,\\n    "period": ` (a report repeats a few keys a million times)."""

    def __init__(self, separator: str) -> None:
        super().__init__()
        self.separator = separator

    def __missing__(self, key: str) -> str:
        value = self[key] = self.separator + encode_basestring(key) + ": "
        return value


def _scalar(value: object) -> str:
    """A value that is no container, as json.encoder writes it (in its order of tests)."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value == _INFINITY:
            return "Infinity"
        if value == -_INFINITY:
            return "-Infinity"
        return float.__repr__(value)
    raise _Unhandled


def indented_json(data: Any) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, the same text."""
    out: list[str] = []
    append = out.append
    # Per level of indentation: the next level's line break, the comma and line break before
    # an element, the keys with theirs, and the closing lines.
    levels: dict[str, tuple[str, str, _Keys, str, str]] = {}

    def level(newline: str) -> tuple[str, str, _Keys, str, str]:
        found = levels.get(newline)
        if found is None:
            inner = newline + "  "
            found = (inner, "," + inner, _Keys("," + inner), newline + "}", newline + "]")
            levels[newline] = found
        return found

    def value(item: object, newline: str) -> None:
        if isinstance(item, (list, tuple)):
            array(item, newline)
        elif isinstance(item, dict):
            mapping(item, newline)
        else:
            append(_scalar(item))

    def mapping(items: dict[Any, Any], newline: str) -> None:
        if not items:
            append("{}")
            return
        inner, _, keys, close, _ = level(newline)
        append("{")
        first = len(out)
        for key, item in items.items():
            if type(key) is str:
                append(keys[key])
            elif isinstance(key, str):  # a subclass (an enum's member) is not cached by equality
                append(keys.separator + encode_basestring(key) + ": ")
            else:
                raise _Unhandled  # json writes numbers, booleans and null as keys its own way
            if type(item) is str:
                append(encode_basestring(item))
            else:
                value(item, inner)
        out[first] = out[first][1:]  # no comma before the first key
        append(close)

    def array(items: list[Any] | tuple[Any, ...], newline: str) -> None:
        if not items:
            append("[]")
            return
        inner, separator, _, _, close = level(newline)
        append("[")
        first = len(out)
        for item in items:
            append(separator)
            if type(item) is str:
                append(encode_basestring(item))
            else:
                value(item, inner)
        out[first] = inner
        append(close)

    try:
        value(data, "\n")
    except (_Unhandled, RecursionError):
        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(out)
