"""`qdiff demo`: the bundled notices go into an archive of the demo's own, never the user's; the
quarters written for testing say so; the notices ship with the package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from qdiff.app.demo import ARCHIVE_NAME
from tests.conftest import FIXTURES, ROOT, run_cli

DEMO = ROOT / "qdiff" / "demo"
SERIES = "上海市杨浦区人民政府"
MADE_UP = ["2021Q2", "2021Q3", "2021Q4", "2022Q1"]


def test_the_bundled_notices_are_the_fixtures_byte_for_byte() -> None:
    assert (DEMO / "yangpu_2021Q1.txt").read_bytes() == (
        FIXTURES / "yangpu_2021Q1.txt"
    ).read_bytes()
    for period in MADE_UP:
        bundled = DEMO / f"yangpu_{period}.written-for-testing.txt"
        assert bundled.read_bytes() == (FIXTURES / "quarters" / f"yangpu_{period}.txt").read_bytes()
    assert sorted(p.name for p in DEMO.glob("*.txt")) == [
        "yangpu_2021Q1.txt",
        *(f"yangpu_{p}.written-for-testing.txt" for p in MADE_UP),
    ]


def _run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """qdiff in a process of its own, with a home and data folder of the test's own, so that
    the user's default archive is where the test can see it is not created."""
    environment = {k: v for k, v in os.environ.items() if k != "QDIFF_DATABASE_URL"}
    environment.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "data"), **env)
    return subprocess.run(
        [sys.executable, "-m", "qdiff", *args],
        capture_output=True, text=True, timeout=300, check=False, env=environment, cwd=tmp_path,
    )  # fmt: skip


def test_demo_archives_into_its_own_folder_and_compares(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    real = tmp_path / "real.sqlite3"
    result = _run(tmp_path, "demo", "--dir", str(folder), QDIFF_DATABASE_URL=str(real))
    assert result.returncode == 0, result.stderr
    archive = folder / ARCHIVE_NAME
    assert archive.is_file()
    # Neither the archive the environment names nor the default one was created.
    assert not real.exists()
    assert not (tmp_path / "data").exists() and not (tmp_path / "home").exists()
    err = result.stderr.splitlines()
    assert err[0] == (
        f"qdiff demo: the real 2021Q1 notice of {SERIES} and four follow-on quarters written for "
        f"testing (made up, never published), archived by 'qdiff demo' into {archive}"
    )
    assert err[1:] == [
        f"archived yangpu_2021Q1.txt as {SERIES} 2021Q1@1 (29 items, 131 tasks, 4 warnings)",
        f"archived yangpu_2021Q2.written-for-testing.txt as {SERIES} 2021Q2@1 (30 items, 128 "
        "tasks, 3 warnings)",
        f"archived yangpu_2021Q3.written-for-testing.txt as {SERIES} 2021Q3@1 (29 items, 125 "
        "tasks, 0 warnings)",
        f"archived yangpu_2021Q4.written-for-testing.txt as {SERIES} 2021Q4@1 (30 items, 136 "
        "tasks, 4 warnings)",
        f"archived yangpu_2022Q1.written-for-testing.txt as {SERIES} 2022Q1@1 (30 items, 145 "
        "tasks, 0 warnings)",
    ]
    out = result.stdout.splitlines()
    assert out[0].endswith(f"{SERIES} 2021Q1@1") and out[1].endswith(f"{SERIES} 2021Q2@1")
    assert out[-6:] == [
        f"The demo archive is {archive}; 2021Q2–2022Q1 in it were written for testing. Explore it:",
        f"  qdiff --db {archive} list",
        f"  qdiff --db {archive} compare 2021Q1 2021Q2 --html report.html",
        f"  qdiff --db {archive} report",
        f"  qdiff --db {archive} trace 2021Q1:4.1.6",
        "Your own archive was not touched; delete the folder when you are done.",
    ]
    # The demo archive is an archive like any: the made-up quarters' files say what they are.
    logged = run_cli(str(archive), "log", "2021Q3")
    assert "yangpu_2021Q3.written-for-testing.txt [text, utf-8]" in logged.stdout
    assert " by qdiff demo " in logged.stdout
    # Run again, it archives nothing and compares the same.
    again = _run(tmp_path, "demo", "--dir", str(folder))
    assert again.returncode == 0, again.stderr
    assert again.stdout == result.stdout
    assert again.stderr.splitlines()[1] == (
        f"unchanged yangpu_2021Q1.txt is already {SERIES} 2021Q1@1; nothing written"
    )


def test_demo_without_dir_uses_a_new_temporary_folder(tmp_path: Path) -> None:
    result = _run(tmp_path, "demo", TMPDIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    (folder,) = tmp_path.glob("qdiff-demo-*")
    assert (folder / ARCHIVE_NAME).is_file()
    assert f"The demo archive is {folder / ARCHIVE_NAME};" in result.stdout
    assert not (tmp_path / "data").exists()


def test_demo_mistakes_are_one_line_and_create_nothing(tmp_path: Path) -> None:
    refused = run_cli(str(tmp_path / "mine.sqlite3"), "demo", "--dir", str(tmp_path / "d"))
    assert refused.exit_code == 2
    assert refused.stderr == (
        "Error: qdiff demo keeps an archive of its own and never uses --db; give --dir DIR to "
        "choose where it goes\n"
    )
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    as_file = run_cli(None, "demo", "--dir", str(a_file))
    assert (as_file.exit_code, as_file.stderr) == (
        2, f"Error: {a_file} is a file; give --dir a folder for the demo archive\n"
    )  # fmt: skip
    deep = tmp_path / "no" / "such" / "folder"
    missing = run_cli(None, "demo", "--dir", str(deep))
    assert (missing.exit_code, missing.stderr) == (
        2,
        f"Error: the folder {deep.parent} does not exist; create it, or give --dir a folder "
        "that does\n",
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]
