"""Commands load only what they use: comparing two files loads no database layer, no templates,
and (for JSON) no terminal renderer; `--help` loads no engine and no database. Checked in fresh
processes, since a test process has loaded everything already. Speed itself is measured in
bench/startup_speed.py, not here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "fixtures" / "yangpu_2021Q1.txt"
NEW = ROOT / "fixtures" / "quarters" / "yangpu_2021Q2.txt"

# Runs the command line in process, then reports which modules it loaded.
_PROBE = """
import json, sys
from qdiff.cli import cli
try:
    cli(sys.argv[1:], prog_name="qdiff")
except SystemExit as end:
    code = end.code
sys.stderr.write("\\nLOADED " + json.dumps(sorted(sys.modules)) + "\\n")
"""
DATABASE = ("sqlalchemy", "alembic", "psycopg", "qdiff.store", "qdiff.app.links")
TEMPLATES = ("jinja2", "markupsafe", "qdiff.reports")


def loaded_by(*arguments: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *arguments],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    marker = result.stderr.rpartition("LOADED ")[2]
    assert marker, result.stderr
    return set(json.loads(marker))


def _present(modules: set[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == f or m.startswith(f + ".") for f in forbidden))


def test_comparing_two_files_as_json_loads_no_database_templates_or_rich() -> None:
    modules = loaded_by("compare", str(OLD), str(NEW), "--format", "json")
    assert "qdiff.align.engine" in modules  # the probe saw the comparison run
    assert _present(modules, (*DATABASE, *TEMPLATES, "rich")) == []


def test_comparing_two_files_as_text_loads_no_database_or_templates() -> None:
    modules = loaded_by("compare", str(OLD), str(NEW))
    assert "qdiff.output.comparison_text" in modules
    assert _present(modules, (*DATABASE, *TEMPLATES)) == []


@pytest.mark.parametrize("command", [[], ["compare"], ["archive"], ["report"], ["audit"], ["db"]])
def test_help_loads_no_engine_and_no_database(command: list[str]) -> None:
    modules = loaded_by(*command, "--help")
    assert "click" in modules
    assert _present(modules, (*DATABASE, *TEMPLATES, "qdiff.align.engine", "rich")) == []


def test_the_probe_sees_a_forbidden_module_when_one_loads() -> None:
    """The check can fail: the HTML report does load the templates."""
    modules = loaded_by("compare", str(OLD), str(NEW), "--html", "-")
    assert _present(modules, TEMPLATES) != []
