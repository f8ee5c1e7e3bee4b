"""`indented_json` writes what `json.dumps(data, ensure_ascii=False, indent=2)` writes, character
for character, or raises what it raises: every `--format json` goes through it, and the JSON
contracts and goldens were written by json.dumps."""

from __future__ import annotations

import json
from enum import IntEnum, StrEnum
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qdiff.output.indented_json import indented_json


class _Kind(StrEnum):
    TASK = "task"
    OBJECT = "object"


class _Level(IntEnum):
    LOW = 1


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


_TEXT = st.text(
    st.characters(codec="utf-8") | st.sampled_from(['"', "\\", "\n", "\x1b", "\u2028", "杨"])
)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | _TEXT
    | st.sampled_from([_Kind.TASK, _Kind.OBJECT, _Level.LOW])
)
_KEYS = _TEXT | st.sampled_from([_Kind.TASK, _Kind.OBJECT])
_DATA = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(_KEYS, inner, max_size=5)
    ),
    max_leaves=40,
)


@settings(max_examples=500, deadline=None)
@given(_DATA)
def test_the_same_text_as_json_dumps(data: Any) -> None:
    assert indented_json(data) == _dumps(data)


@pytest.mark.parametrize(
    "data",
    [
        {},
        [],
        {"a": {}, "b": [], "c": [[]], "d": [{}]},
        {2: "a", 2.5: "b", True: "c", None: "d"},  # keys json writes its own way
        {"a": {3: [1, 2]}},
        [float("nan"), float("inf"), -float("inf"), -0.0, 1e16, 10**40],
        "杨浦\u202e\x7f",
        _Kind.TASK,
    ],
)
def test_edge_cases(data: Any) -> None:
    assert indented_json(data) == _dumps(data)


def test_the_same_errors_as_json_dumps() -> None:
    circular: list[Any] = []
    circular.append(circular)
    with pytest.raises(ValueError, match="Circular reference"):
        indented_json({"a": circular})
    with pytest.raises(TypeError, match="not JSON serializable"):
        indented_json({"a": [object()]})
    with pytest.raises(TypeError, match="keys must be str"):
        indented_json({("a",): 1})


def test_deep_nesting_is_written_as_json_writes_it() -> None:
    deep: Any = "end"
    for _ in range(600):
        deep = [deep]
    assert indented_json(deep) == _dumps(deep)
