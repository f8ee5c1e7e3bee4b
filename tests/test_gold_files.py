"""The hand-made gold files are well formed (bench/check_gold.py, parser only), and the checker
itself notices the mistakes it is there to catch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECKER = ROOT / "bench" / "check_gold.py"
# Comparison gold; the work reports' structure labels (gold_work_reports/), the commitment gold
# (gold_commitments/) and the promise-against-delivery gold (gold_delivery/) have shapes of
# their own, checked by tests/test_work_reports.py, tests/test_gold_commitments.py and
# tests/test_delivery.py.
GOLD_FILES = sorted(
    path
    for path in (ROOT / "fixtures").glob("gold*/*.json")
    if path.parent.name not in ("gold_work_reports", "gold_commitments", "gold_delivery")
)


def _check(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECKER), *map(str, paths)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip


def test_there_are_gold_files() -> None:
    assert len(GOLD_FILES) >= 5


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_gold_file_is_well_formed(gold: Path) -> None:
    result = _check(gold)
    assert result.returncode == 0, result.stdout + result.stderr


def test_checker_reports_broken_labels(tmp_path: Path) -> None:
    data = json.loads((ROOT / "fixtures" / "gold" / "yangpu_2021Q1-2021Q2.json").read_text("utf-8"))
    missing_item = data["items"].pop(0)
    data["tasks"][0]["from"] = "责任单位"  # in many tasks' items, in no single task
    data["tasks"].append(dict(data["tasks"][1]))  # the same task labelled twice
    data["items"].append({"from": ["9.9"], "to": [], "status": "split"})
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    result = _check(broken)

    assert result.returncode == 1
    assert f"item from {missing_item['from'][0]}: in 0 entries, want exactly 1" in result.stdout
    assert "'责任单位': lies in 0 tasks, want 1" in result.stdout
    assert "is labelled twice" in result.stdout
    assert "wrong shape for split" in result.stdout
    assert "item from 9.9: no such item in the notice" in result.stdout
