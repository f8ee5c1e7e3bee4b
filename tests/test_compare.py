"""`qdiff compare` on the fixture quarters: every status and facet, truncation, the JSON
contract, files and archived periods on both database backends."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from qdiff.align import Comparison, Facet, Status, compare
from qdiff.load import load_bytes, load_path
from tests.conftest import FIXTURES, SEED, run_cli

QUARTERS = FIXTURES / "quarters"
Q2 = QUARTERS / "yangpu_2021Q2.txt"
Q3 = QUARTERS / "yangpu_2021Q3.txt"
Q4 = QUARTERS / "yangpu_2021Q4.txt"
Q5 = QUARTERS / "yangpu_2022Q1.txt"


def _compare(old: Path, new: Path) -> Comparison:
    return compare(load_path(str(old)).notice, load_path(str(new)).notice)


@pytest.fixture(scope="module")
def all_pairs() -> list[Comparison]:
    return [_compare(a, b) for a, b in ((SEED, Q2), (Q2, Q3), (Q3, Q4), (Q4, Q5), (SEED, Q5))]


def test_every_status_and_facet_occurs_in_the_fixture_quarters(all_pairs: list[Comparison]) -> None:
    statuses = {link.status for c in all_pairs for link in (*c.items, *c.tasks)}
    assert statuses >= set(Status) - {Status.UNCOVERED}  # uncovered: see the truncation test
    facets = {facet for c in all_pairs for link in (*c.items, *c.tasks) for facet in link.facets}
    assert facets == set(Facet) - {Facet.NEW_ROUND}  # only on object threads' links


def test_known_changes_between_2021q1_and_2021q2() -> None:
    comparison = _compare(SEED, Q2)
    by_old = {ref: link for link in comparison.items for ref in link.old}
    # The housing item split in two (fixtures/README.md, the Q2 changelog).
    assert by_old["4.1"].status is Status.SPLIT and by_old["4.1"].new == ("4.1", "4.2")
    assert by_old["2.2"].status is Status.DROPPED  # 政策措施
    assert by_old["2.7"].new == ("3.5",) and Facet.MOVED in by_old["2.7"].facets
    lift = next(t for t in comparison.tasks if t.old and "电梯" in t.old.text)
    assert Facet.QUANTITY_CHANGED in lift.facets
    assert [q.text for q in lift.old.quantities] == ["10台"] if lift.old else False
    slipped = [t for t in comparison.tasks if Facet.SLIPPED in t.facets]
    assert any("新华医院地下车库" in t.old.text for t in slipped if t.old)
    new_items = [link for link in comparison.items if link.status is Status.NEW]
    headings = {i.ref: i.heading for i in comparison.new.items}
    assert [headings[link.new[0]] for link in new_items] == ["防汛防台"]
    for link in comparison.items:
        if link.old and link.new:
            assert link.score is not None and link.diff is not None and link.evidence


def test_a_truncated_notice_leaves_the_rest_uncovered_not_dropped() -> None:
    data = Q2.read_bytes()
    cut = load_bytes(data[: len(data) // 2], "cut.txt").notice
    assert cut.truncated
    comparison = compare(load_path(str(SEED)).notice, cut)
    counts = Counter(link.status for link in comparison.items)
    assert counts[Status.UNCOVERED] >= 8
    uncovered = [link.old[0] for link in comparison.items if link.status is Status.UNCOVERED]
    matched = [link.old[0] for link in comparison.items if link.old and link.new]
    key = [tuple(map(int, ref.split("."))) for ref in (*uncovered, *matched)]
    assert min(key[: len(uncovered)]) > max(key[len(uncovered) :])  # all past the cut
    mirrored = compare(cut, load_path(str(SEED)).notice)
    assert {link.status for link in mirrored.items if not link.old} <= {
        Status.UNCOVERED,
        Status.NEW,
    }
    assert (
        Counter(link.status for link in mirrored.items)[Status.UNCOVERED]
        == counts[Status.UNCOVERED]
    )


def test_compare_two_files_prints_a_readable_summary() -> None:
    result = run_cli(None, "compare", str(SEED), str(Q2))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"from {SEED} (2021Q1)"
    assert "items: " in result.stdout and "Worth reading first" in result.stdout
    # A completion promised again, with why; the dropped item, with its lead unit.
    assert "      complete in the from notice, promised complete again" in lines
    assert any(line.endswith(". 2.2  政策措施 (区发展改革委)") for line in lines)
    from rich.cells import cell_len

    assert max(cell_len(line) for line in lines) <= 80


def test_compare_json_contract() -> None:
    result = run_cli(None, "compare", str(SEED), str(Q2), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) >= {"from", "to", "settings", "summary", "items", "tasks"}
    for side in ("from", "to"):
        assert set(data[side]) >= {"series", "period", "version", "file", "truncated"}
    assert data["from"]["period"] == "2021Q1" and data["to"]["file"] == str(Q2)
    assert data["settings"]["item_match"] == 0.2
    assert set(data["summary"]) >= {"items", "tasks"}
    item = data["items"][0]
    assert set(item) >= {"status", "from", "to", "score", "facets", "evidence", "diff"}
    task = data["tasks"][0]
    assert set(task) >= {"status", "from", "to", "score", "facets", "stage"}
    assert set(task["stage"]) == {"from", "to"}
    # Every item and task of both notices appears in exactly one entry.
    old_refs = Counter(r for i in data["items"] for r in i["from"])
    new_refs = Counter(r for i in data["items"] for r in i["to"])
    assert set(old_refs.values()) == {1} and sum(old_refs.values()) == 29
    assert set(new_refs.values()) == {1} and sum(new_refs.values()) == data["to"]["items"]
    assert sum(1 for t in data["tasks"] if t["from"]) == data["from"]["tasks"]
    assert sum(1 for t in data["tasks"] if t["to"]) == data["to"]["tasks"]
    assert sum(data["summary"]["items"].values()) == len(data["items"])


def test_settings_can_be_overridden_and_are_echoed() -> None:
    result = run_cli(
        None, "compare", str(SEED), str(Q2), "--format", "json", "--set", "item_match=0.9"
    )
    data = json.loads(result.stdout)
    assert data["settings"]["item_match"] == 0.9
    assert data["summary"]["items"]["dropped"] > 10  # almost nothing matches at 0.9
    wrong = run_cli(None, "compare", str(SEED), str(Q2), "--set", "item_macth=0.3")
    assert wrong.exit_code == 2 and "unknown setting 'item_macth'" in wrong.stderr
    bad = run_cli(None, "compare", str(SEED), str(Q2), "--set", "item_match")
    assert bad.exit_code == 2 and "--set takes NAME=VALUE" in bad.stderr


def test_compare_archived_periods_and_versions(db_url: str) -> None:
    assert run_cli(db_url, "archive", str(SEED), str(Q2), str(Q3)).exit_code == 0
    text = run_cli(db_url, "compare", "2021Q1", "2021Q2")
    assert text.exit_code == 0, text.output
    assert text.stdout.splitlines()[0] == "from 上海市杨浦区人民政府 2021Q1@1"
    data = json.loads(run_cli(db_url, "compare", "2021Q2@1", "2021Q3", "--format", "json").stdout)
    assert data["from"]["series"] == "上海市杨浦区人民政府"
    assert (data["from"]["period"], data["from"]["version"]) == ("2021Q2", 1)
    assert data["to"]["file"] == "yangpu_2021Q3.txt"
    # An archived period against a file on disk.
    mixed = run_cli(db_url, "compare", "2021Q1", str(Q2), "--format", "json")
    assert json.loads(mixed.stdout)["to"]["series"] is None
    missing = run_cli(db_url, "compare", "2021Q1", "2030Q1")
    assert missing.exit_code in (1, 2) and missing.stderr.startswith("Error: ")


def test_compare_from_the_archive_equals_compare_from_files(db_url: str) -> None:
    run_cli(db_url, "archive", str(Q3), str(Q4))
    stored = json.loads(run_cli(db_url, "compare", "2021Q3", "2021Q4", "--format", "json").stdout)
    files = json.loads(run_cli(None, "compare", str(Q3), str(Q4), "--format", "json").stdout)
    # The archive adds background passages for the term weights; the links stay the same here.
    assert [(i["status"], i["from"], i["to"]) for i in stored["items"]] == [
        (i["status"], i["from"], i["to"]) for i in files["items"]
    ]


def test_bad_arguments_are_one_line() -> None:
    result = run_cli(None, "compare", str(SEED), "no-such-file.txt")
    assert result.exit_code == 2
    assert result.stderr == "Error: no-such-file.txt does not exist; check the path\n"


def test_output_destinations(tmp_path: Path) -> None:
    """`--html FILE`, `--html -o FILE`, `--html -o -` (stdout) and `-o FILE` for text or JSON."""
    page = run_cli(None, "compare", str(SEED), str(Q2), "--html", "-o", "-")
    assert page.exit_code == 0, page.output
    assert page.stdout.startswith("<!DOCTYPE html>")
    report = tmp_path / "report.html"
    written = run_cli(None, "compare", str(SEED), str(Q2), "--html", "-o", str(report))
    assert written.exit_code == 0, written.output
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert written.stdout.startswith("from ")  # the text still goes to stdout
    data = tmp_path / "comparison.json"
    saved = run_cli(None, "compare", str(SEED), str(Q2), "--format", "json", "-o", str(data))
    assert saved.exit_code == 0 and saved.stdout == ""
    assert json.loads(data.read_text(encoding="utf-8"))["from"]["period"] == "2021Q1"
    both = run_cli(None, "compare", str(SEED), str(Q2), "--html", str(report), "-o", "x.html")
    assert both.exit_code == 2
    assert both.stderr == "Error: give the report one destination: --html FILE, or --html -o FILE\n"
