"""The mistakes people make at the command line, made as they make them (issue 13, part 5): each
ends in one line that says what is wrong and what to do, with exit status 2 for bad usage and 1
for a failed operation, and nothing written.

- two notices given newest first (`compare 2021Q2 2021Q1`), told by their periods, dates and
  version numbers; `--reverse` keeps the order given;
- a period that is none (2021Q5, 2021H3, 2021Q0): one message, whichever command was given it;
  Chinese period names (2021年第一季度, 2021年上半年, ２０２１年) accepted wherever a period is;
- a mistyped command (`qdiff comapre`);
- global options after the command (`qdiff list --db x.sqlite3`);
- `--html` without a file on a terminal (a real process on a real pseudo-terminal);
- an archive in a folder that does not exist, and writing commands that must not start one.
"""

from __future__ import annotations

import dataclasses
import json
import os
import select
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from qdiff.app.compare import newer_first
from qdiff.cli import cli
from qdiff.errors import UsageError
from qdiff.load import load_path
from qdiff.periods import Period, PeriodKind
from qdiff.provenance import Side, SideNotice
from tests.conftest import FIXTURES, SEED, run_cli

QUARTERS = FIXTURES / "quarters"
Q2 = QUARTERS / "yangpu_2021Q2.txt"
Q3 = QUARTERS / "yangpu_2021Q3.txt"
ALL_QUARTERS = [SEED, Q2, Q3, QUARTERS / "yangpu_2021Q4.txt", QUARTERS / "yangpu_2022Q1.txt"]
NOT_A_PERIOD = (
    "is not a period; write a quarter (2021Q1 to 2021Q4, or 2021年第一季度), a half-year "
    "(2021H1, 2021H2, or 2021年上半年) or a year (2021)"
)
FOLDER_ADVICE = "check the archive's path (--db or $QDIFF_DATABASE_URL), or create the folder first"


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    """Run qdiff in process with exactly these arguments (no --db put in front)."""
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def one_error(result: Result, exit_code: int) -> str:
    """The one error line of a refused command (which printed nothing on stdout)."""
    assert result.exit_code == exit_code, result.output
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("Error: ")
    return result.stderr.removeprefix("Error: ").removesuffix("\n")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An SQLite archive of the five fixture quarters, 2021Q2 archived twice (version 2 has one
    word changed and the same dates), for the commands that only read."""
    folder = tmp_path_factory.mktemp("mistakes")
    path = folder / "archive.sqlite3"
    again = folder / "yangpu_2021Q2_corrected.txt"
    again.write_text(Q2.read_text(encoding="utf-8").replace("推进", "推动", 1), encoding="utf-8")
    done = run_cli(str(path), "archive", *map(str, ALL_QUARTERS), str(again))
    assert done.exit_code == 0, done.output
    return str(path)


# ---------------------------------------------------------------------------------------------
# Newest first


def _swapped(older: str, newer: str) -> str:
    return (
        f"; run `qdiff compare {older} {newer}`, or add --reverse to compare them in the order "
        "given"
    )


def test_two_archived_quarters_newest_first_are_refused_with_the_command_to_run(
    archive: str,
) -> None:
    result = run_cli(archive, "compare", "2021Q2", "2021Q1")
    assert one_error(result, 2) == (
        "2021Q2 is newer than 2021Q1 (a later period), and a comparison takes the older first"
        + _swapped("2021Q1", "2021Q2")
    )


def test_the_right_order_and_reverse_compare(archive: str) -> None:
    forwards = run_cli(archive, "compare", "2021Q1", "2021Q2")
    assert forwards.exit_code == 0 and forwards.stdout.startswith(
        "from 上海市杨浦区人民政府 2021Q1@1"
    )
    backwards = run_cli(archive, "compare", "2021Q2", "2021Q1", "--reverse")
    assert backwards.exit_code == 0, backwards.output
    assert backwards.stdout.startswith(
        "from 上海市杨浦区人民政府 2021Q2@2\n  to 上海市杨浦区人民政府 2021Q1@1"
    )


def test_years_apart_and_in_chinese(archive: str) -> None:
    result = run_cli(archive, "compare", "2022Q1", "2021年第三季度")
    assert one_error(result, 2) == (
        "2022Q1 is newer than 2021年第三季度 (a later period), and a comparison takes the older "
        "first" + _swapped("2021年第三季度", "2022Q1")
    )


def test_two_versions_of_one_quarter_with_the_same_dates_go_by_version(archive: str) -> None:
    result = run_cli(archive, "compare", "2021Q2@2", "2021Q2@1")
    assert one_error(result, 2) == (
        "2021Q2@2 is newer than 2021Q2@1 (version 2 was archived after version 1), and a "
        "comparison takes the older first" + _swapped("2021Q2@1", "2021Q2@2")
    )
    assert run_cli(archive, "compare", "2021Q2@1", "2021Q2@2").exit_code == 0
    # the same version twice is no order at all
    assert run_cli(archive, "compare", "2021Q2@1", "2021Q2@1").exit_code == 0


def test_two_files_newest_first_are_refused_before_any_database(tmp_path: Path) -> None:
    nowhere = tmp_path / "never" / "archive.sqlite3"
    result = run_cli(str(nowhere), "compare", str(Q2), str(SEED))
    assert one_error(result, 2) == (
        f"{Q2} is newer than {SEED} (2021Q2 comes after 2021Q1), and a comparison takes the "
        f"older first" + _swapped(str(SEED), str(Q2))
    )
    assert not nowhere.parent.exists()


def test_a_file_and_an_archived_quarter_newest_first(archive: str) -> None:
    result = run_cli(archive, "compare", "2021Q2", str(SEED))
    assert one_error(result, 2) == (
        f"2021Q2 is newer than {SEED} (2021Q2 comes after 2021Q1), and a comparison takes the "
        f"older first" + _swapped(str(SEED), "2021Q2")
    )


@pytest.fixture
def later_copy(tmp_path: Path) -> Path:
    """The 2021Q1 notice re-signed on 1 March and published on 5 March."""
    text = SEED.read_text(encoding="utf-8")
    assert text.count("2021222") == 1 and text.count("2021-02-26") == 1
    path = tmp_path / "2021Q1 reissued.txt"
    path.write_text(
        text.replace("2021222", "2021年3月1日").replace("2021-02-26", "2021-03-05"),
        encoding="utf-8",
    )
    return path


def test_two_copies_of_one_quarter_go_by_their_signature_dates(later_copy: Path) -> None:
    result = run_cli(None, "compare", str(later_copy), str(SEED))
    quoted = f"'{later_copy}'"  # the space in its name: the command is quoted for the shell
    assert one_error(result, 2) == (
        f"{later_copy} is newer than {SEED} (signed 2021-03-01, after 2021-02-22), and a "
        f"comparison takes the older first; run `qdiff compare {SEED} {quoted}`, or add "
        "--reverse to compare them in the order given"
    )
    assert run_cli(None, "compare", str(SEED), str(later_copy)).exit_code == 0
    assert run_cli(None, "compare", str(later_copy), str(SEED), "--reverse").exit_code == 0


def _side(path: Path, **changes: object) -> SideNotice:
    loaded = load_path(str(path))
    notice = dataclasses.replace(loaded.notice, **changes)
    return SideNotice(notice, Side(None, None, None, str(path), loaded.source.sha256))


def test_what_tells_which_is_newer() -> None:
    year, q2 = Period(2021, PeriodKind.YEAR, 1), Period(2021, PeriodKind.QUARTER, 2)
    h1, q3 = Period(2021, PeriodKind.HALF, 1), Period(2021, PeriodKind.QUARTER, 3)
    # overlapping periods (a year plan and its quarter) tell nothing, either way round
    assert newer_first(_side(Q2, period=q2), _side(SEED, period=year)) is None
    assert newer_first(_side(SEED, period=year), _side(Q2, period=q2)) is None
    assert newer_first(_side(Q3, period=q3), _side(SEED, period=h1)) == "2021Q3 comes after 2021H1"
    # periods that differ outrank dates
    assert newer_first(_side(Q2), _side(SEED, signed_on=date(2030, 1, 1))) is not None
    # without periods, dates: the signature date first, then the publication date
    undated = {"period": None, "signed_on": None, "published_on": None}
    first = _side(SEED, **{**undated, "published_on": date(2021, 3, 1)})
    second = _side(SEED, **{**undated, "published_on": date(2021, 2, 1)})
    assert newer_first(first, second) == "published 2021-03-01, after 2021-02-01"
    assert newer_first(second, first) is None
    signed = _side(
        SEED, **{**undated, "signed_on": date(2021, 1, 1), "published_on": date(2021, 3, 1)}
    )
    assert newer_first(signed, _side(SEED, **{**undated, "signed_on": date(2021, 2, 1)})) is None
    # nothing to tell by: no refusal
    assert newer_first(_side(SEED, **undated), _side(Q2, **undated)) is None


def test_newest_first_on_postgresql_too(db_url: str) -> None:
    assert run_cli(db_url, "archive", str(SEED), str(Q2)).exit_code == 0
    result = run_cli(db_url, "compare", "2021Q2", "2021Q1")
    assert one_error(result, 2).startswith("2021Q2 is newer than 2021Q1 (a later period)")


# ---------------------------------------------------------------------------------------------
# Periods that are none, and periods in Chinese


@pytest.mark.parametrize(
    ("args", "wrong"),
    [
        (["compare", "2021Q5", "2021Q2"], "2021Q5"),
        (["compare", "2021Q1", "2021H3"], "2021H3"),
        (["compare", "2021Q0@2", "2021Q2"], "2021Q0"),
        (["show", "2021Q5"], "2021Q5"),
        (["show", "2021H3@1"], "2021H3"),
        (["log", "2021Q0"], "2021Q0"),
        (["log", "2021年第五季度"], "2021年第五季度"),
        (["trace", "2021Q5:4.1.6"], "2021Q5"),
        (["trace", "2021Q5:昆明变电站"], "2021Q5"),
        (["trace", "2021H3"], "2021H3"),
        (["audit", "mark", "2021Q5:4.1.6", "--finding", "done"], "2021Q5"),
        (["report", "--from", "2021Q5"], "2021Q5"),
        (["report", "--to", "2021H3"], "2021H3"),
        (["archive", str(SEED), "--period", "2021Q5"], "2021Q5"),
    ],
)
def test_a_period_that_is_none_gets_one_message_everywhere(
    args: list[str], wrong: str, tmp_path: Path
) -> None:
    never = tmp_path / "never.sqlite3"
    result = run_cli(str(never), *args)
    assert one_error(result, 2) == f"'{wrong}' {NOT_A_PERIOD}"
    assert not never.exists()  # refused before any archive was opened or made


@pytest.mark.parametrize(
    ("name", "period"),
    [
        ("2021Q1", "2021Q1"),
        ("2021q4", "2021Q4"),
        (" 2021 Q3 ", "2021Q3"),
        ("2021年第一季度", "2021Q1"),
        ("2021年一季度", "2021Q1"),
        ("2021年第1季度", "2021Q1"),
        ("2021年第四季度", "2021Q4"),
        ("２０２１年第２季度", "2021Q2"),
        ("２０２１Ｑ３", "2021Q3"),
        ("2021年上半年", "2021H1"),
        ("2021年下半年", "2021H2"),
        ("2021H2", "2021H2"),
        ("2021年", "2021"),
        ("2021年度", "2021"),
        ("2021", "2021"),
    ],
)
def test_period_names_as_people_and_notices_write_them(name: str, period: str) -> None:
    assert str(Period.parse(name)) == period


@pytest.mark.parametrize(
    "name",
    ["2021Q5", "2021H3", "2021Q0", "2021Q", "21Q1", "2021年第五季度", "2021年中半年", "soon"],
)
def test_names_that_are_no_period(name: str) -> None:
    with pytest.raises(UsageError) as raised:
        Period.parse(name)
    assert raised.value.message == f"'{name}' {NOT_A_PERIOD}"


@pytest.mark.parametrize(
    ("args", "same_as"),
    [
        (["show", "2021年第一季度"], ["show", "2021Q1"]),
        (
            ["show", "２０２１年第１季度", "--format", "json"],
            ["show", "2021Q1", "--format", "json"],
        ),
        (["show", "2021年第二季度@2"], ["show", "2021Q2@2"]),
        (["log", "2021年二季度"], ["log", "2021Q2"]),
        (["compare", "2021年一季度", "2021年第2季度"], ["compare", "2021Q1", "2021Q2"]),
        (["trace", "2021年第一季度:4.1.6"], ["trace", "2021Q1:4.1.6"]),
        (
            ["report", "--from", "2021年第二季度", "--to", "2021年第三季度", "--format", "json"],
            ["report", "--from", "2021Q2", "--to", "2021Q3", "--format", "json"],
        ),
    ],
)
def test_chinese_period_names_are_accepted_everywhere(
    archive: str, args: list[str], same_as: list[str]
) -> None:
    expected = run_cli(archive, *same_as)
    assert expected.exit_code == 0, expected.output
    result = run_cli(archive, *args)
    assert result.exit_code == 0, result.output
    assert result.stdout == expected.stdout


def test_archive_and_audit_mark_take_chinese_periods(db_url: str) -> None:
    archived = run_cli(db_url, "archive", str(SEED), "--period", "2021年第一季度")
    assert archived.exit_code == 0, archived.output
    assert run_cli(db_url, "archive", str(Q2)).exit_code == 0
    marked = run_cli(
        db_url, "audit", "mark", "2021年第一季度:4.1.6", "--finding", "in_progress", "--by", "甲"
    )
    assert marked.exit_code == 0, marked.output
    assert marked.stdout == "recorded in_progress for thread 2021Q1:4.1.6 at 2021Q1 (4.1.6)\n"


def test_a_report_range_given_newest_first(tmp_path: Path) -> None:
    never = tmp_path / "never.sqlite3"
    result = run_cli(str(never), "report", "--from", "2021年第三季度", "--to", "2021Q1")
    assert one_error(result, 2) == (
        "--from 2021Q3 comes after --to 2021Q1; give the earlier first: --from 2021Q1 --to 2021Q3"
    )
    assert not never.exists()


# ---------------------------------------------------------------------------------------------
# Mistyped commands


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["comapre"], "No such command 'comapre'; did you mean 'compare'? See `qdiff --help`."),
        (["lst"], "No such command 'lst'; did you mean 'list'? See `qdiff --help`."),
        (
            ["achive", "x.txt"],
            "No such command 'achive'; did you mean 'archive'? See `qdiff --help`.",
        ),
        (
            ["audit", "mrak", "2021Q1:1.1"],
            "No such command 'mrak'; did you mean 'mark'? See `qdiff audit --help`.",
        ),
        (
            ["db", "upgrad"],
            "No such command 'upgrad'; did you mean 'upgrade'? See `qdiff db --help`.",
        ),
        (["nosuch"], "No such command 'nosuch'. See `qdiff --help`."),
    ],
)
def test_a_mistyped_command_gets_the_one_meant(args: list[str], message: str) -> None:
    assert one_error(invoke(*args), 2) == message


# ---------------------------------------------------------------------------------------------
# Global options after the command


def test_db_works_after_the_command_too(archive: str, tmp_path: Path) -> None:
    before = invoke("--db", archive, "list")
    after = invoke("list", "--db", archive)
    assert after.exit_code == 0, after.output
    assert after.stdout == before.stdout
    assert after.stdout.startswith(f"archive: SQLite file {archive}\n")
    compared = invoke("compare", "2021Q1", "2021Q2", "--db", archive, "--format", "json")
    assert json.loads(compared.stdout)["to"]["period"] == "2021Q2"
    listed = invoke("audit", "list", "--db", archive, "--format", "json")
    assert listed.exit_code == 0 and isinstance(json.loads(listed.stdout), list)
    # given twice, the later one counts
    elsewhere = tmp_path / "other.sqlite3"
    twice = invoke("--db", str(elsewhere), "log", "2021Q1", "--db", archive)
    assert twice.exit_code == 0 and twice.stdout.startswith("2021Q1@1 ")
    assert not elsewhere.exists()


def test_debug_works_after_the_command_too(archive: str) -> None:
    plain = run_cli(archive, "compare", "2021Q2", "2021Q1")
    assert "Traceback" not in plain.stderr
    debugged = run_cli(archive, "compare", "2021Q2", "2021Q1", "--debug")
    assert debugged.exit_code == 2
    assert "Traceback (most recent call last)" in debugged.stderr
    assert debugged.stderr.endswith(plain.stderr)
    before = invoke("--debug", "--db", archive, "compare", "2021Q2", "2021Q1")  # as ever
    assert "Traceback (most recent call last)" in before.stderr


def test_global_options_stay_out_of_each_commands_help() -> None:
    helped = invoke("list", "--help")
    assert helped.exit_code == 0 and "--db" not in helped.stdout
    assert "--db and --debug may also follow the command" in " ".join(
        invoke("--help").stdout.split()
    )


# ---------------------------------------------------------------------------------------------
# --html without a file: markup for a pipe, never for a terminal


def _on_a_terminal(*args: str) -> tuple[int, str, bytes]:
    """Run qdiff in a process of its own whose stdout is a pseudo-terminal: its exit status,
    its stderr and what it wrote to the terminal."""
    controller, terminal = os.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "qdiff", *args],
            stdout=terminal, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(terminal)
        shown = b""
        while True:
            ready, _, _ = select.select([controller], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the process closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        assert process.stderr is not None
        error = process.stderr.read().decode("utf-8")
        return process.wait(timeout=120), error, shown
    finally:
        os.close(controller)


def test_html_without_a_file_on_a_terminal_is_refused() -> None:
    status, error, shown = _on_a_terminal("compare", str(SEED), str(Q2), "--html")
    assert status == 2
    assert error == (
        "Error: --html without a file would print the report's HTML markup on the terminal; "
        "give a file (--html report.html), or pipe the output to a program or a file\n"
    )
    assert shown == b""


def test_html_without_a_file_into_a_pipe_is_the_report(tmp_path: Path) -> None:
    piped = subprocess.run(
        [sys.executable, "-m", "qdiff", "compare", str(SEED), str(Q2), "--html"],
        capture_output=True, check=False, timeout=300,
    )  # fmt: skip
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.lstrip().lower().startswith(b"<!doctype html>")
    # and on a terminal, a file is written as ever
    status, error, _ = _on_a_terminal(
        "compare", str(SEED), str(Q2), "--html", str(tmp_path / "report.html")
    )
    assert status == 0, error
    assert (tmp_path / "report.html").read_bytes().lstrip().lower().startswith(b"<!doctype html>")
    assert error.startswith(f"wrote the HTML report to {tmp_path / 'report.html'}")


# ---------------------------------------------------------------------------------------------
# Where archives are made: never in a folder that does not exist, and only by three commands


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["show", "2021Q1"],
        ["archive", str(SEED)],
        ["import", str(SEED)],
        ["db", "upgrade"],
        ["audit", "mark", "2021Q1:4.1.6", "--finding", "done"],
    ],
)
def test_an_archive_in_a_folder_that_does_not_exist_is_refused(
    args: list[str], tmp_path: Path
) -> None:
    folder = tmp_path / "achives" / "2021"
    result = run_cli(str(folder / "archive.sqlite3"), *args)
    assert one_error(result, 2) == (
        f"the archive's folder {folder} does not exist; {FOLDER_ADVICE}"
    )
    assert list(tmp_path.iterdir()) == []  # no folder, no file


def test_the_folder_of_an_archive_named_in_the_environment_is_not_made(tmp_path: Path) -> None:
    folder = tmp_path / "typo"
    environment = {"QDIFF_DATABASE_URL": f"sqlite:///{folder / 'archive.sqlite3'}"}
    result = invoke("archive", str(SEED), env=environment)
    assert one_error(result, 2) == f"the archive's folder {folder} does not exist; {FOLDER_ADVICE}"
    assert not folder.exists()


def test_the_default_archives_folder_is_made_by_a_writing_command(tmp_path: Path) -> None:
    data = tmp_path / "data"  # a fresh machine: no data folder yet
    environment = {"XDG_DATA_HOME": str(data), "QDIFF_DATABASE_URL": ""}
    listed = invoke("list", env=environment)
    assert listed.exit_code == 0 and not data.exists()  # reading makes nothing
    assert invoke("archive", str(SEED), env=environment).exit_code == 0
    assert (data / "qdiff" / "archive.sqlite3").is_file()


@pytest.fixture
def missing(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "archive.sqlite3"
    yield path
    assert not path.exists()  # nothing made


@pytest.mark.parametrize(
    "args",
    [
        ["audit", "mark", "2021Q1:4.1.6", "--finding", "done"],
        ["withdraw", "2021Q1@1", "--reason", "a test"],
        ["restore", "2021Q1@1", "--reason", "a test"],
    ],
)
def test_only_archive_import_and_db_upgrade_start_an_archive(
    args: list[str], missing: Path
) -> None:
    result = run_cli(str(missing), *args)
    assert one_error(result, 1) == (
        f"the archive (SQLite file {missing}) is empty (the file does not exist yet); archive a "
        "notice first, or point --db at the archive you meant"
    )


def test_audit_mark_starts_no_archive_on_postgresql_either(pg_url: str) -> None:
    result = run_cli(pg_url, "audit", "mark", "2021Q1:4.1.6", "--finding", "done")
    message = one_error(result, 1)
    assert message.startswith("the archive (PostgreSQL ") and message.endswith(
        "is empty (it holds no qdiff tables yet); archive a notice first, or point --db at the "
        "archive you meant"
    )
    listed = run_cli(pg_url, "list")
    assert "it holds no qdiff tables yet" in listed.stdout.splitlines()[0]


def test_the_three_that_may_start_one_still_do(tmp_path: Path) -> None:
    upgraded = run_cli(str(tmp_path / "a.sqlite3"), "db", "upgrade")
    assert upgraded.exit_code == 0 and upgraded.stdout.startswith("created ")
    assert run_cli(str(tmp_path / "b.sqlite3"), "archive", str(SEED)).exit_code == 0
    exported = run_cli(str(tmp_path / "b.sqlite3"), "export", "-o", str(tmp_path / "b.jsonl"))
    assert exported.exit_code == 0, exported.output
    imported = run_cli(str(tmp_path / "c.sqlite3"), "import", str(tmp_path / "b.jsonl"))
    assert imported.exit_code == 0, imported.output
