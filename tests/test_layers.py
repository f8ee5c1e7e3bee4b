"""STYLE.md's house, checked: which room may import which (tests/layers.py reads the imports).

The rooms are found where the installed package has them (`qdiff.store` is the top-level
store/ folder in a checkout), so the check follows the layout users get, not a guess at it.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from tests.layers import CONTRACTS, Contract, ImportGraph, violations

ROOMS = ("qdiff", "qdiff.store", "qdiff.reports", "qdiff.migrations")


def installed_layout() -> dict[str, Path]:
    packages = {}
    for room in ROOMS:
        spec = importlib.util.find_spec(room)
        assert spec is not None and spec.submodule_search_locations, f"{room} is not installed"
        packages[room] = Path(next(iter(spec.submodule_search_locations)))
    return packages


def copied_layout(target: Path) -> dict[str, Path]:
    """A copy of every room's sources in `target`, laid out as installed."""
    copies = {}
    for room, directory in installed_layout().items():
        copy = target / room
        shutil.copytree(directory, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        copies[room] = copy
    return copies


@pytest.mark.parametrize("contract", CONTRACTS, ids=lambda c: c.name)
def test_contract_holds(contract: Contract) -> None:
    graph = ImportGraph(installed_layout())
    assert contract.modules(graph), f"no module in {contract.layer}: the walker lost the room"
    assert contract.violations(graph) == []


def test_every_room_is_found() -> None:
    graph = ImportGraph(installed_layout())
    for module in (
        "qdiff.align.engine",
        "qdiff.app.links",
        "qdiff.store.links",
        "qdiff.reports.pair.render",
        "qdiff.output.summary",
        "qdiff.lexicon.stages",
    ):
        assert module in graph.files, module  # fmt: skip


def _plant(path: Path, line: str) -> None:
    text = path.read_text(encoding="utf-8")
    marker = "from __future__ import annotations\n"
    planted = text.replace(marker, marker + line + "\n", 1) if marker in text else text + line
    path.write_text(planted + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("room", "file", "planted", "expected"),
    [
        ("qdiff", "periods.py", "import sqlalchemy", "qdiff.periods imports sqlalchemy"),
        ("qdiff", "notice.py", "def f() -> None:\n    import click", "qdiff.notice imports click"),
        ("qdiff.store", "links.py", "from qdiff.align.engine import compare",
         "qdiff.store.links imports qdiff.align.engine"),
        ("qdiff.reports", "pair/render.py", "from qdiff.store import Archive",
         "qdiff.reports.pair.render imports qdiff.store"),
        ("qdiff.app", "links.py", "import click", "qdiff.app.links imports click"),
        ("qdiff.store", "findings.py", "from qdiff.align import compare",
         "qdiff.store.findings imports qdiff.align.engine"),
        ("qdiff.reports", "series/render.py",
         "import importlib\nSTORE = importlib.import_module('qdiff.store.links')",
         "qdiff.reports.series.render imports qdiff.store.links"),
        ("qdiff.app", "threads.py", "from sqlalchemy import select",
         "qdiff.app.threads imports sqlalchemy"),
    ],
)  # fmt: skip
def test_a_planted_import_is_caught(
    tmp_path: Path, room: str, file: str, planted: str, expected: str
) -> None:
    layout = copied_layout(tmp_path)
    assert not any(violations(layout).values())  # the copy is as clean as the original
    directory = layout[room] if room in layout else layout["qdiff"] / room.split(".")[1]
    _plant(directory / file, planted)
    found = [line for lines in violations(layout).values() for line in lines]
    assert expected in found


def test_an_indirect_import_is_caught(tmp_path: Path) -> None:
    """The core importing a harmless core module that loads the store is caught too: at load
    time, through the parent package Python runs first."""
    layout = copied_layout(tmp_path)
    _plant(layout["qdiff"] / "lexicon" / "__init__.py", "import qdiff.store.models")
    found = violations(layout)["the core works with no database, no templates and no command line"]
    assert "loading qdiff.lexicon.stages loads qdiff.store.models" in found


def test_type_checking_imports_do_not_count(tmp_path: Path) -> None:
    layout = copied_layout(tmp_path)
    _plant(
        layout["qdiff"] / "periods.py",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import sqlalchemy",
    )
    assert not any(violations(layout).values())
