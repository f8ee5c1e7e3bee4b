"""The use cases in qdiff/app and what the command line adds to them: a malformed ref is refused
before any database is touched, a setting given twice counts once (the last), a Python caller's
bad finding is a qdiff error, and the store's errors gain the flag that fixes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdiff.app.archiving import archive_file
from qdiff.app.threads import mark_finding
from qdiff.commands.advice import describe
from qdiff.errors import (
    ForeignDatabaseError,
    NotAnArchiveError,
    SeriesNameAmbiguousError,
    SeriesNotChosenError,
    UsageError,
)
from qdiff.load import load_path
from qdiff.store import Archive
from qdiff.store.database import resolve_url
from qdiff.store.findings import add_finding
from tests.conftest import SEED, run_cli


def test_a_malformed_ref_is_refused_before_the_archive_is_opened(tmp_path: Path) -> None:
    archive = tmp_path / "never.sqlite3"
    result = run_cli(str(archive), "audit", "mark", "bogus", "--finding", "done")
    assert result.exit_code == 2
    assert "'bogus' names no task, item or object" in result.output
    assert not archive.exists()


def test_a_setting_given_twice_counts_the_last_time() -> None:
    fixtures = Path(SEED).parent / "quarters"
    result = run_cli(
        None, "compare", str(SEED), str(fixtures / "yangpu_2021Q2.txt"), "--format", "json",
        "--set", "item_match=abc", "--set", "item_match=0.3",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert '"item_match": 0.3' in result.output


def test_a_bad_finding_from_python_is_a_qdiff_error(tmp_path: Path) -> None:
    archive = Archive.open(resolve_url(str(tmp_path / "a.sqlite3")))
    try:
        outcome = archive_file(archive, load_path(str(SEED)), archived_by="test")
        with pytest.raises(UsageError, match="a finding is one of done, partly"):
            add_finding(
                archive, outcome.version.series, outcome.version.period, "1.1.1", "x",
                "finished",  # type: ignore[arg-type]
                None, None, "test",
            )  # fmt: skip
        with pytest.raises(UsageError, match="names no task, item or object"):
            mark_finding(archive, None, "2021Q1-1.1", "done", None, None, "test")  # type: ignore[arg-type]
    finally:
        archive.close()


@pytest.mark.parametrize(
    ("error", "line"),
    [
        (SeriesNotChosenError(["甲", "乙"]),
         "the archive holds 2 series (甲, 乙); pick one with --series"),
        (SeriesNameAmbiguousError("上海", ["上海甲", "上海乙"]),
         "--series '上海' matches 上海甲, 上海乙; give more of the name"),
        (ForeignDatabaseError("this database holds tables but no qdiff schema version"),
         "this database holds tables but no qdiff schema version; point --db at a qdiff archive "
         "or at an empty database"),
        (NotAnArchiveError("x.db is not an SQLite database or is corrupt"),
         "x.db is not an SQLite database or is corrupt; point --db at a qdiff archive"),
    ],
)  # fmt: skip
def test_the_command_line_adds_the_flag_that_fixes_an_error(error: UsageError, line: str) -> None:
    assert "--" not in error.message  # the library's own words name no option
    assert describe(error) == line
