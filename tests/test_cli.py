"""The command line: help for every command, version, and the parse command's output."""

from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from qdiff import __version__
from qdiff.cli import cli
from tests.conftest import SEED


def _all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        assert command is not None, f"qdiff {' '.join((*prefix, name))} does not load"
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found.extend(_all_commands(command, (*prefix, name)))
    return found


@pytest.mark.parametrize("path", _all_commands(cli))
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    command: click.Command | None = cli
    for name in path:
        assert isinstance(command, click.Group)
        command = command.get_command(click.Context(command), name)
    assert command is not None
    assert command.help and len(command.help.strip()) > 20, f"qdiff {' '.join(path)} has no help"
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    first_words = command.help.strip().split()[:4]
    assert " ".join(first_words) in " ".join(result.output.split())


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"qdiff, version {__version__}\n"


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "qdiff", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "parse" in result.stdout


def test_parse_outline() -> None:
    result = CliRunner().invoke(cli, ["parse", str(SEED)])
    assert result.exit_code == 0, result.output
    assert "关于印发区政府2021年第一季度工作要点的通知" in result.output
    assert "8 sections, 29 items" in result.output
    assert "doc_number_repaired" in result.output
    assert "lead: 区疫情防控工作领导小组办公室" in result.output


def test_parse_json_contract() -> None:
    result = CliRunner().invoke(cli, ["parse", str(SEED), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert set(data) >= {
        "title", "issuer", "period", "doc_number", "signed_on", "published_on",
        "truncated", "preamble", "sections", "warnings",
    }  # fmt: skip
    assert data["period"] == "2021Q1"
    assert data["doc_number"] == "杨府办〔2021〕3号"
    assert data["signed_on"] == "2021-02-22"
    assert data["published_on"] == "2021-02-26"
    assert data["truncated"] is False
    section = data["sections"][0]
    assert set(section) >= {"ref", "label", "title", "items"}
    item = section["items"][0]
    assert set(item) >= {"ref", "label", "heading", "text", "lead", "support", "tasks"}
    assert (item["ref"], item["label"]) == ("1.1", "1")
    task = item["tasks"][0]
    assert set(task) >= {"ref", "text", "stage", "quantities"}
    assert task["ref"] == "1.1.1"
    lift = next(
        t for s in data["sections"] for i in s["items"] for t in i["tasks"] if "电梯" in t["text"]
    )
    assert lift["stage"] == "complete"
    assert lift["quantities"] == [{"value": 10, "unit": "台", "text": "10台"}]
    assert {"code", "message", "line"} <= set(data["warnings"][0])


def test_parse_stdin() -> None:
    result = CliRunner().invoke(cli, ["parse", "-", "--format", "json"], input=SEED.read_bytes())
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["period"] == "2021Q1"
