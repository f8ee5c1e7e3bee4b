"""ruff and mypy are part of the test suite, so the README's one test command checks them too."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed; pip install -e '.[test]' brings it")
    return found


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_lint() -> None:
    result = _run(_tool("ruff"), "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _run(_tool("ruff"), "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict(tmp_path: Path) -> None:
    """mypy --strict over the package as it is installed: store/, reports/ and migrations/ sit
    inside qdiff/ in the wheel, so they are linked into a qdiff/ tree in the order mypy expects."""
    package = tmp_path / "qdiff"
    package.mkdir()
    for entry in (ROOT / "qdiff").iterdir():
        if entry.name != "__pycache__":
            (package / entry.name).symlink_to(entry)
    for room in ("store", "reports", "migrations"):
        (package / room).symlink_to(ROOT / room)
    result = subprocess.run(
        [_tool("mypy"), "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir",
         str(tmp_path / ".mypy_cache"), "-p", "qdiff"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
