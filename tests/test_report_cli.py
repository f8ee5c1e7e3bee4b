"""`qdiff compare A B --html FILE [--lang en]`: the report is written whole or not at all, the
text and JSON output stay exactly as they were, and misuse ends in one clear line."""

from __future__ import annotations

import json
import os
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner, Result

from qdiff.cli import cli
from tests.report_cases import FIXTURES, report_pairs, series_files

PAIRS = report_pairs()
FILES = series_files()
if PAIRS:
    OLD, NEW = (str(FILES[name]) for name in PAIRS[0])
else:  # the seed against a copy of itself: every command still has two notices to compare
    OLD = str(FIXTURES / "yangpu_2021Q1.txt")
    NEW = str(FIXTURES / "encodings" / "yangpu_2021Q1.gb18030.txt")


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["compare", OLD, NEW, *args], catch_exceptions=False)


def test_html_file_is_written_and_stdout_is_unchanged(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    plain = run()
    result = run("--html", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == plain.stdout
    assert result.stderr.startswith(f"wrote the HTML report to {target} (")
    doc = lxml.html.document_fromstring(target.read_text(encoding="utf-8"))
    assert doc.get("lang") == "zh-CN"
    assert sorted(os.listdir(tmp_path)) == ["report.html"]  # no temporary file left behind
    assert target.stat().st_mode & 0o044, "the report is readable by others, like any file"


def test_json_output_is_unchanged_by_html(tmp_path: Path) -> None:
    plain = run("--format", "json")
    result = run("--format", "json", "--html", str(tmp_path / "r.html"))
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json.loads(plain.stdout)


def test_html_to_stdout_in_english() -> None:
    result = run("--html", "-", "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert result.stdout.rstrip().endswith("</html>")
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--html", "-", "--format", "json"],
            "Error: --html - writes the report to stdout, so --format cannot print there too; "
            "write the report to a file with --html FILE\n",
        ),
    ],
)
def test_misuse_is_a_usage_error(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr == message
    assert result.stdout == ""


def test_unknown_language_is_refused_by_click() -> None:
    result = run("--html", "-", "--lang", "fr")
    assert result.exit_code == 2
    assert "'fr' is not one of 'zh', 'en'" in result.stderr


def test_a_directory_or_a_missing_folder_is_refused(tmp_path: Path) -> None:
    result = run("--html", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path} is a directory; give a file name for the report\n"
    missing = tmp_path / "no" / "report.html"
    result = run("--html", str(missing))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {missing}: No such file or directory\n"


def test_a_failed_write_leaves_the_old_report_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.html"
    target.write_text("the report of last quarter", encoding="utf-8")

    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    result = run("--html", str(target))
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {target}: No space left on device\n"
    assert target.read_text(encoding="utf-8") == "the report of last quarter"
    assert sorted(os.listdir(tmp_path)) == ["report.html"]
