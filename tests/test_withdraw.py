"""`qdiff withdraw` and `qdiff restore` on real archives (SQLite and PostgreSQL): append-only,
nothing deleted or changed, withdrawn versions kept, listed, logged and exported, and left out of
compare (by period), report, trace and audit until restored."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sqlalchemy import create_engine, text

from qdiff.store.database import resolve_url
from tests.conftest import FIXTURES, SEED, run_cli

SERIES = "上海市杨浦区人民政府"
QUARTERS = FIXTURES / "quarters"
Q2 = QUARTERS / "yangpu_2021Q2.txt"
REASON = "written for testing, never published"
DAY = r"\d{4}-\d{2}-\d{2}"


def _fill(db_url: str) -> None:
    result = run_cli(db_url, "archive", str(SEED), *map(str, sorted(QUARTERS.glob("*.txt"))))
    assert result.exit_code == 0, result.output


def _rows(db_url: str, table: str) -> list[tuple[object, ...]]:
    engine = create_engine(resolve_url(db_url))
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(f"SELECT * FROM {table}"))]
    finally:
        engine.dispose()


def _log(db_url: str, period: str, *args: str) -> list[dict[str, object]]:
    result = run_cli(db_url, "log", period, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    versions: list[dict[str, object]] = json.loads(result.stdout)
    return versions


def test_withdrawing_a_version_keeps_it_and_leaves_it_out_of_compare(db_url: str) -> None:
    _fill(db_url)
    versions_before = _rows(db_url, "versions")
    done = run_cli(db_url, "withdraw", "2021Q2@1", "--reason", REASON, "--by", "王")
    assert done.exit_code == 0, done.output
    assert done.stdout == (
        f"withdrew {SERIES} 2021Q2@1 ({REASON}): kept, exported and shown by `list` and `log`; "
        "left out of compare, report, trace and audit until `qdiff restore`\n"
    )
    # Nothing deleted or changed: the versions' rows are exactly as they were.
    assert _rows(db_url, "versions") == versions_before
    (logged,) = _log(db_url, "2021Q2")
    withdrawn = logged["withdrawn"]
    assert isinstance(withdrawn, dict)
    assert (withdrawn["reason"], withdrawn["by"], withdrawn["series"]) == (REASON, "王", False)
    assert re.fullmatch(rf"{DAY}T.*\+00:00", str(withdrawn["at"]))
    log_text = run_cli(db_url, "log", "2021Q2").stdout.splitlines()
    assert log_text[0].startswith("2021Q2@1  ")
    assert re.fullmatch(rf"  WITHDRAWN {DAY} \d\d:\d\d UTC by 王: {REASON}", log_text[1])
    # A period alone never resolves to a withdrawn version.
    refused = run_cli(db_url, "compare", "2021Q1", "2021Q2")
    assert refused.exit_code == 1
    assert re.fullmatch(
        rf"Error: {SERIES} 2021Q2 is withdrawn \(2021Q2@1, by 王 on {DAY}: {REASON}\); name a "
        r"version, e.g\. 2021Q2@1, to use it anyway, or bring it back with `qdiff restore 2021Q2 "
        r"--reason TEXT`\n",
        refused.stderr,
    )
    named = run_cli(db_url, "compare", "2021Q1", "2021Q2@1")
    assert named.exit_code == 0, named.output
    assert named.stdout.splitlines()[1].endswith(f"{SERIES} 2021Q2@1")
    assert re.fullmatch(
        rf"note: {SERIES} 2021Q2@1 is withdrawn \(by 王 on {DAY}: {REASON}; compared because it "
        r"was named\)\n",
        named.stderr,
    )
    # A version not withdrawn, named, has no note.
    assert run_cli(db_url, "compare", "2021Q1@1", "2021Q3@1").stderr == ""


def test_a_withdrawn_quarter_is_a_gap_in_report_trace_and_audit(db_url: str) -> None:
    _fill(db_url)
    before = json.loads(run_cli(db_url, "report", "--format", "json").stdout)
    assert run_cli(db_url, "withdraw", "2021Q3", "--reason", REASON).exit_code == 0
    after = run_cli(db_url, "report", "--format", "json")
    assert after.exit_code == 0, after.output
    data = json.loads(after.stdout)
    periods = {entry["period"] for t in data["threads"] for entry in t["history"]}
    assert "2021Q3" not in {
        entry["period"]
        for t in data["threads"]
        for entry in t["history"]
        if entry["state"] == "present"
    }
    assert {"2021Q2", "2021Q4"} <= periods
    assert data != before
    traced = json.loads(run_cli(db_url, "trace", "2021Q1:4.1.6", "--format", "json").stdout)
    states = {e["period"]: e["state"] for t in traced for e in t["history"]}
    assert states.get("2021Q3") in (None, "gap")
    audit = run_cli(db_url, "audit", "list", "--format", "json")
    assert audit.exit_code == 0, audit.output
    assert "2021Q3:" not in audit.stdout.replace('"first": "2021Q3"', "")
    # Restored, the quarter is back in the threads.
    restored = run_cli(db_url, "restore", "2021Q3", "--reason", "published after all")
    assert restored.exit_code == 0, restored.output
    assert restored.stdout == f"restored {SERIES} 2021Q3@1 (published after all)\n"
    again = json.loads(run_cli(db_url, "report", "--format", "json").stdout)
    assert again["threads"] == before["threads"]
    # Both rows stay: the withdrawal and its reversal.
    assert [row[3] for row in _rows(db_url, "withdrawals")] == ["withdraw", "restore"]
    assert _log(db_url, "2021Q3")[0]["withdrawn"] is None


def test_a_stray_series_stops_asking_for_series_once_withdrawn(db_url: str) -> None:
    _fill(db_url)
    stray = run_cli(db_url, "archive", str(Q2), "--series", "误归档")
    assert stray.exit_code == 0, stray.output
    for command in (("compare", "2021Q1", "2021Q2"), ("report",), ("audit", "list")):
        asked = run_cli(db_url, *command)
        assert asked.exit_code == 2, (command, asked.output)
        assert "pick one with --series" in asked.stderr
    done = run_cli(db_url, "withdraw", "误归档", "--reason", "filed under the wrong series")
    assert done.exit_code == 0, done.output
    assert done.stdout.startswith("withdrew the series 误归档 (filed under the wrong series)")
    for command in (("compare", "2021Q1", "2021Q2"), ("report",), ("audit", "list")):
        answered = run_cli(db_url, *command)
        assert answered.exit_code == 0, (command, answered.output)
    assert run_cli(db_url, "compare", "2021Q1", "2021Q2").stdout.startswith(
        f"from {SERIES} 2021Q1@1"
    )
    # Listed as withdrawn, name and all; its versions say why.
    listing = json.loads(run_cli(db_url, "list", "--format", "json").stdout)
    marks = {s["key"]: s["withdrawn"] for s in listing["series"]}
    assert marks[SERIES] is None
    assert marks["误归档"]["reason"] == "filed under the wrong series"
    assert marks["误归档"]["series"] is True
    listed = run_cli(db_url, "list").stdout
    assert re.search(rf"^误归档  WITHDRAWN {DAY} .* filed under the wrong series$", listed, re.M)
    (version,) = _log(db_url, "2021Q2", "--series", "误归档")
    assert version["withdrawn"]["series"] is True
    # Named, it is refused by the commands that follow a series, with the way back.
    named = run_cli(db_url, "report", "--series", "误归档")
    assert named.exit_code == 1
    assert re.fullmatch(
        rf"Error: the series 误归档 is withdrawn \(by \S+ on {DAY}: filed under the wrong "
        r"series\); `qdiff restore 误归档 --reason TEXT` brings it back\n",
        named.stderr,
    )
    assert run_cli(db_url, "restore", "误", "--reason", "kept apart after all").exit_code == 0
    assert "pick one with --series" in run_cli(db_url, "report").stderr


def test_mistakes_are_one_line_and_write_nothing(db_url: str) -> None:
    _fill(db_url)
    cases = [
        (("withdraw", "2021Q2@1"), 2,
         "Error: Missing option '--reason'. See `qdiff withdraw --help`."),
        (("withdraw", "2021Q2@1", "--reason", "  "), 2,
         "Error: --reason must say why (it stays in the archive with the change)"),
        (("withdraw", "2021Q2@9", "--reason", "x"), 1,
         f"Error: {SERIES} has no 2021Q2@9 in the archive; see `qdiff log`"),
        (("withdraw", "无此系列", "--reason", "x"), 2,
         f"Error: no series '无此系列' in the archive (series: {SERIES})"),
        (("withdraw", SERIES, "--series", SERIES, "--reason", "x"), 2,
         f"Error: '{SERIES}' names a series already; give --series only with a period, e.g. "
         "2021Q2@1 --series NAME"),
        (("restore", "2021Q2", "--reason", "x"), 1,
         f"Error: {SERIES} 2021Q2 is not withdrawn; nothing to restore"),
        (("restore", SERIES, "--reason", "x"), 1,
         f"Error: the series {SERIES} is not withdrawn; nothing to restore"),
    ]  # fmt: skip
    for args, code, message in cases:
        result = run_cli(db_url, *args)
        assert (result.exit_code, result.stderr.strip().splitlines()[-1]) == (code, message), args
    assert _rows(db_url, "withdrawals") == []
    assert run_cli(db_url, "withdraw", "2021Q2", "--reason", REASON).exit_code == 0
    twice = run_cli(db_url, "withdraw", "2021Q2@1", "--reason", REASON, "--by", "李")
    assert twice.exit_code == 1
    assert re.fullmatch(
        rf"Error: {SERIES} 2021Q2@1 is already withdrawn \(by \S+ on {DAY}: {REASON}\)\n",
        twice.stderr,
    )
    assert len(_rows(db_url, "withdrawals")) == 1


def test_a_period_withdraws_every_version_and_a_later_one_counts(
    db_url: str, tmp_path: Path
) -> None:
    _fill(db_url)
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(
        Q2.read_text(encoding="utf-8").replace("完成20台电梯加装", "完成25台电梯加装"),
        encoding="utf-8",
    )
    assert "2021Q2@2" in run_cli(db_url, "archive", str(corrected)).stdout
    # The correction withdrawn, the period resolves to the version before it.
    assert run_cli(db_url, "withdraw", "2021Q2@2", "--reason", "wrong copy").exit_code == 0
    shown = json.loads(run_cli(db_url, "show", "2021Q2", "--format", "json").stdout)
    assert shown["version"]["version"] == 1
    listing = json.loads(run_cli(db_url, "list", "--format", "json").stdout)
    (q2,) = [n for s in listing["series"] for n in s["notices"] if n["period"] == "2021Q2"]
    assert (q2["versions"], q2["withdrawn_versions"], q2["latest"]["version"]) == (2, 1, 1)
    assert "(1 withdrawn, see `qdiff log 2021Q2`)" in run_cli(db_url, "list").stdout
    # The period: every version not yet withdrawn.
    done = run_cli(db_url, "withdraw", "2021Q2", "--reason", REASON)
    assert done.stdout.startswith(f"withdrew {SERIES} 2021Q2@1 ({REASON})")
    assert all(v["withdrawn"] for v in _log(db_url, "2021Q2"))
    back = run_cli(db_url, "restore", "2021Q2", "--reason", "both wanted")
    assert back.stdout == f"restored {SERIES} 2021Q2@1, 2021Q2@2 (both wanted)\n"
    assert (
        json.loads(run_cli(db_url, "show", "2021Q2", "--format", "json").stdout)["version"][
            "version"
        ]
        == 2
    )


def test_withdrawals_move_with_export_and_import(db_url: str, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    _fill(source)
    assert run_cli(source, "archive", str(Q2), "--series", "误归档").exit_code == 0
    assert run_cli(source, "withdraw", "误归档", "--reason", "stray", "--by", "甲").exit_code == 0
    assert run_cli(source, "withdraw", "2021Q4@1", "--reason", REASON, "--by", "乙").exit_code == 0
    assert run_cli(source, "restore", "2021Q4@1", "--reason", "back", "--by", "丙").exit_code == 0
    assert run_cli(source, "withdraw", "2021Q3@1", "--reason", REASON, "--by", "丁").exit_code == 0
    exported = tmp_path / "archive.jsonl"
    assert run_cli(source, "export", "-o", str(exported)).exit_code == 0
    records = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    assert records[0]["format"] == 2
    lines = [r for r in records if r["kind"] == "withdrawal"]
    assert [(r["period"], r["action"], r["recorded_by"]) for r in lines] == [
        (None, "withdraw", "甲"), ("2021Q4", "withdraw", "乙"), ("2021Q4", "restore", "丙"),
        ("2021Q3", "withdraw", "丁"),
    ]  # fmt: skip
    assert records[-1] == {
        "kind": "end", "versions": 6, "findings": 0, "sources": 0, "withdrawals": 4
    }  # fmt: skip
    imported = run_cli(db_url, "import", str(exported))
    assert imported.exit_code == 0, imported.output
    assert run_cli(db_url, "import", str(exported)).exit_code == 0  # twice adds nothing
    assert len(_rows(db_url, "withdrawals")) == 4
    mine = json.loads(run_cli(source, "list", "--format", "json").stdout)
    theirs = json.loads(run_cli(db_url, "list", "--format", "json").stdout)
    assert mine["series"] == theirs["series"]
    assert _log(db_url, "2021Q3")[0]["withdrawn"]["by"] == "丁"
    assert _log(db_url, "2021Q4")[0]["withdrawn"] is None


def test_an_export_without_withdrawals_or_sources_stays_format_1(
    db_url: str, tmp_path: Path
) -> None:
    assert run_cli(db_url, "archive", str(SEED)).exit_code == 0
    records = [json.loads(line) for line in run_cli(db_url, "export").stdout.splitlines()]
    assert records[0]["format"] == 1
    assert records[-1] == {"kind": "end", "versions": 1, "findings": 0}
