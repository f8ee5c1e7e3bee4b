"""Threads over many quarters, through the CLI on both database backends: gaps, re-archiving,
findings that survive it, and the JSON of `qdiff trace` and `qdiff report`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from sqlalchemy import create_engine, text

from qdiff.align import ALIGNER_REVISION
from tests.conftest import FIXTURES, SEED, run_cli

QUARTERS = [
    SEED,
    *(FIXTURES / "quarters" / f"yangpu_{p}.txt" for p in ("2021Q2", "2021Q3", "2021Q4", "2022Q1")),
]
LIFT = "2021Q1:4.1.6"  # 完成10台电梯加装。 -> 20台 -> 30台 -> 30台 (slipped) -> 2022年首批15台


def _trace(db_url: str, wanted: str) -> list[dict[str, object]]:
    result = run_cli(db_url, "trace", wanted, "--format", "json")
    assert result.exit_code == 0, result.output
    threads: list[dict[str, object]] = json.loads(result.stdout)
    return threads


def test_a_thread_through_five_quarters(db_url: str) -> None:
    assert run_cli(db_url, "archive", *map(str, QUARTERS)).exit_code == 0
    (thread,) = _trace(db_url, LIFT)
    history = thread["history"]
    assert isinstance(history, list)
    assert [h["period"] for h in history] == ["2021Q1", "2021Q2", "2021Q3", "2021Q4", "2022Q1"]
    assert [h["text"] for h in history][:4] == [
        "完成10台电梯加装。", "完成20台电梯加装。", "完成30台电梯加装。", "完成30台电梯加装。",
    ]  # fmt: skip
    assert "slipped" in history[3]["facets"]
    assert thread["signals"] == {
        "age": 5, "stalled": False, "slipped": 1, "vanished_unfinished": False,
        "presumed_done": False, "reappeared": False, "lead_changes": 1,
    }  # fmt: skip
    text = run_cli(db_url, "trace", LIFT)
    assert text.stdout.startswith(f"thread {LIFT} (task), 5 quarter(s): slipped, lead unit changed")
    # Found by its wording too.
    assert any(t["key"] == LIFT for t in _trace(db_url, "电梯加装"))


def test_a_quarter_not_archived_is_a_gap_not_a_drop(db_url: str) -> None:
    without_q3 = [q for q in QUARTERS if "2021Q3" not in q.name]
    assert run_cli(db_url, "archive", *map(str, without_q3)).exit_code == 0
    data = json.loads(run_cli(db_url, "report", "--format", "json").stdout)
    assert data["missing"] == ["2021Q3"]
    (lift,) = [t for t in data["threads"] if t["key"] == LIFT]
    states = [(h["period"], h["state"]) for h in lift["history"]]
    assert ("2021Q3", "gap") in states
    assert lift["signals"]["vanished_unfinished"] is False
    gaps = {h["period"] for t in data["threads"] for h in t["history"] if h["state"] == "gap"}
    assert gaps == {"2021Q3"}
    absent_q3 = [t for t in data["threads"] if any(
        h["period"] == "2021Q3" and h["state"] == "absent" for h in t["history"])]  # fmt: skip
    assert absent_q3 == []


def test_rearchiving_a_middle_quarter_relinks_what_follows(db_url: str, tmp_path: Path) -> None:
    assert run_cli(db_url, "archive", *map(str, QUARTERS)).exit_code == 0
    before = _trace(db_url, LIFT)[0]
    corrected = tmp_path / "yangpu_2021Q3_corrected.txt"
    corrected.write_text(
        QUARTERS[2].read_text(encoding="utf-8").replace("完成30台电梯加装", "完成35台电梯加装"),
        encoding="utf-8",
    )
    assert "2021Q3@2" in run_cli(db_url, "archive", str(corrected)).stdout
    after = _trace(db_url, LIFT)[0]
    texts = {h["period"]: h.get("text") for h in after["history"]}  # type: ignore[union-attr]
    assert texts["2021Q3"] == "完成35台电梯加装。"
    q4 = next(h for h in after["history"] if h["period"] == "2021Q4")  # type: ignore[union-attr]
    # 35台 in Q3 then 30台 in Q4: a changed target now, no longer the same completion again.
    assert "slipped" not in q4["facets"] and "quantity_changed" in q4["facets"]
    assert before["signals"]["slipped"] == 1 and after["signals"]["slipped"] == 0  # type: ignore[index]


def test_findings_are_append_only_and_survive_rearchiving(db_url: str, tmp_path: Path) -> None:
    assert run_cli(db_url, "archive", *map(str, QUARTERS)).exit_code == 0
    first = run_cli(
        db_url, "audit", "mark", "2021Q4:3.2.1", "--finding", "in_progress", "--by", "甲"
    )
    assert first.exit_code == 0, first.output
    assert first.stdout == f"recorded in_progress for thread {LIFT} at 2021Q4 (3.2.1)\n"
    second = run_cli(
        db_url, "audit", "mark", "2022Q1:4.2.1", "--finding", "done",
        "--evidence", "区房管局2022年3月通报", "--note", "15台全部完工", "--by", "乙",
    )  # fmt: skip
    assert second.exit_code == 0, second.output
    # A corrected 2021Q2 moves nothing the findings hang on; they stay with their thread.
    corrected = tmp_path / "yangpu_2021Q2_corrected.txt"
    corrected.write_text(
        QUARTERS[1].read_text(encoding="utf-8").replace("防汛防台", "防汛防台和安全度汛"),
        encoding="utf-8",
    )
    assert "2021Q2@2" in run_cli(db_url, "archive", str(corrected)).stdout
    (thread,) = _trace(db_url, LIFT)
    findings = thread["findings"]
    assert [(f["finding"], f["by"]) for f in findings] == [("in_progress", "甲"), ("done", "乙")]  # type: ignore[union-attr,index]
    report = json.loads(run_cli(db_url, "report", "--format", "json").stdout)
    (lift,) = [t for t in report["threads"] if t["key"] == LIFT]
    assert [f["finding"] for f in lift["findings"]] == ["in_progress", "done"]
    exported = run_cli(db_url, "audit", "export", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert [(r["thread"], r["finding"], r["evidence"]) for r in rows] == [
        (LIFT, "in_progress", ""), (LIFT, "done", "区房管局2022年3月通报"),
    ]  # fmt: skip


def test_a_whole_item_can_be_marked_too(db_url: str, tmp_path: Path) -> None:
    """An auditor who checked 旧区改造 as a whole marks its item thread; the finding shows in
    `trace`, the export and the multi-quarter report's item history."""
    assert run_cli(db_url, "archive", *map(str, QUARTERS)).exit_code == 0
    (item,) = _trace(db_url, "2021Q4:3.1")
    marked = run_cli(
        db_url, "audit", "mark", "2021Q4:3.1", "--finding", "partly", "--note", "征收未收尾"
    )
    assert marked.exit_code == 0, marked.output
    assert marked.stdout == f"recorded partly for thread {item['key']} at 2021Q4 (3.1)\n"
    (traced,) = _trace(db_url, "2021Q4:3.1")
    assert [(f["finding"], f["ref"]) for f in traced["findings"]] == [("partly", "3.1")]  # type: ignore[union-attr,index]
    rows = list(csv.DictReader(io.StringIO(run_cli(db_url, "audit", "export").stdout)))
    assert [(r["thread"], r["ref"], r["note"]) for r in rows] == [
        (item["key"], "3.1", "征收未收尾"),
    ]
    html = tmp_path / "report.html"
    assert run_cli(db_url, "report", "--html", str(html)).exit_code == 0
    assert "征收未收尾" in html.read_text(encoding="utf-8")


def test_links_made_by_older_rules_are_compared_again(db_url: str) -> None:
    """A qdiff whose matching rules changed does not build threads from links an older one
    stored: such pairs are compared again (and stored with the new rules' mark)."""
    assert run_cli(db_url, "archive", *map(str, QUARTERS[:3])).exit_code == 0
    before = json.loads(run_cli(db_url, "report", "--format", "json").stdout)
    engine = create_engine(db_url)
    with engine.begin() as connection:
        # As an older qdiff would have left it: other rules, and a link the new rules never make.
        connection.execute(text("UPDATE link_pairs SET settings = '{\"item_match\": 0.2}'"))
        pair = connection.execute(
            text("SELECT old_version_id, new_version_id FROM link_pairs")
        ).first()
        assert pair is not None
        connection.execute(
            text(
                "INSERT INTO links (old_version_id, new_version_id, kind, old_ref, new_ref,"
                " status, facets, score) VALUES (:o, :n, 'task', '9.9.9', '9.9.9', 'reworded',"
                " '', 0.5)"
            ),
            {"o": pair[0], "n": pair[1]},
        )
    after = json.loads(run_cli(db_url, "report", "--format", "json").stdout)
    assert after["threads"] == before["threads"]
    with engine.connect() as connection:
        marks = connection.execute(text("SELECT settings FROM link_pairs")).scalars().all()
        stray = connection.execute(text("SELECT count(*) FROM links WHERE old_ref = '9.9.9'"))
        assert stray.scalar() == 0
    engine.dispose()
    assert marks and all(json.loads(mark)["aligner_revision"] == ALIGNER_REVISION for mark in marks)


def test_audit_list_shows_what_needs_checking(db_url: str) -> None:
    assert run_cli(db_url, "archive", *map(str, QUARTERS)).exit_code == 0
    listed = json.loads(run_cli(db_url, "audit", "list", "--format", "json").stdout)
    assert listed and all(
        any(t["signals"][s] for s in ("stalled", "vanished_unfinished", "presumed_done"))
        or t["signals"]["slipped"]
        for t in listed
    )
    vanished = next(t for t in listed if t["signals"]["vanished_unfinished"])
    last = vanished["last"]
    ref = next(
        h["ref"] for h in vanished["history"] if h["period"] == last and h["state"] == "present"
    )
    marked = run_cli(db_url, "audit", "mark", f"{last}:{ref}", "--finding", "not_done")
    assert marked.exit_code == 0, marked.output
    still_open = json.loads(run_cli(db_url, "audit", "list", "--open", "--format", "json").stdout)
    assert vanished["key"] not in {t["key"] for t in still_open}
    assert len(still_open) == len(listed) - 1


def test_bad_references_are_one_line(db_url: str) -> None:
    assert run_cli(db_url, "archive", *map(str, QUARTERS[:2])).exit_code == 0
    for args, message in (
        (("trace", "2021Q1:9.9.9"), "Error: no task 9.9.9 in the archived 2021Q1"),
        (("trace", "不存在的承诺"), "Error: no object or task in the archive mentions"),
        (("audit", "mark", "2021Q1", "--finding", "done"), "Error: '2021Q1' names no task"),
        (("audit", "mark", "2021Q1:9.9", "--finding", "done"), "Error: no item 9.9 in the"),
    ):
        result = run_cli(db_url, *args)
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    wrong = run_cli(db_url, "audit", "mark", "2021Q1:4.1.6", "--finding", "maybe")
    assert wrong.exit_code == 2 and "'maybe' is not one of" in wrong.stderr


def test_findings_move_with_the_archive(db_url: str, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    assert run_cli(source, "archive", *map(str, QUARTERS)).exit_code == 0
    run_cli(source, "audit", "mark", "2021Q4:3.2.1", "--finding", "partly", "--note", "25台")
    exported = tmp_path / "archive.jsonl"
    assert run_cli(source, "export", "-o", str(exported)).exit_code == 0
    assert json.loads(exported.read_text(encoding="utf-8").splitlines()[-1]) == {
        "kind": "end", "versions": 5, "findings": 1,
    }  # fmt: skip
    assert run_cli(db_url, "import", str(exported)).exit_code == 0
    assert run_cli(db_url, "import", str(exported)).exit_code == 0  # twice adds nothing
    (thread,) = _trace(db_url, LIFT)
    assert [(f["finding"], f["note"]) for f in thread["findings"]] == [("partly", "25台")]  # type: ignore[union-attr,index]


def test_report_with_other_settings_compares_afresh_and_stores_nothing(
    db_url: str, tmp_path: Path
) -> None:
    assert run_cli(db_url, "archive", *map(str, QUARTERS)).exit_code == 0
    stored = json.loads(run_cli(db_url, "report", "--format", "json").stdout)
    strict = run_cli(db_url, "report", "--format", "json", "--set", "item_match=0.9")
    assert strict.exit_code == 0, strict.output
    fresh = json.loads(strict.stdout)
    # Almost no item continues at 0.9, so far more task threads begin and end.
    assert len(fresh["threads"]) > len(stored["threads"])
    assert json.loads(run_cli(db_url, "report", "--format", "json").stdout) == stored
    page = tmp_path / "report.html"
    assert run_cli(db_url, "report", "--html", str(page), "--set", "item_match=0.9").exit_code == 0
    assert "--set item_match=0.9" in page.read_text(encoding="utf-8")
    bad = run_cli(db_url, "report", "--set", "item_match")
    assert bad.exit_code == 2 and "--set takes NAME=VALUE" in bad.stderr
