"""Check hand-made gold files for mistakes of form before anything is measured with them.

Run:  .venv/bin/python bench/check_gold.py [GOLD.json ...]   (default: every fixtures/gold*/*.json)

Only the parser is run, never an aligner: a gold file must stay a hand label. Checked: both
notices parse; every item ref of both notices appears in exactly one item entry, with a status
that fits its shape (split = one → many, merged = many → one, new/dropped = one side empty);
every task entry names a substring that lies in exactly one task of its notice; no task is
labelled twice; statuses and facets are known names. Prints one line per problem and exits 1
if there is any.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from qdiff.align.model import Facet, Status
from qdiff.load import load_path
from qdiff.notice import Notice

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
# qdiff's own names; `uncovered` needs a truncated notice, which gold files never hold.
ITEM_STATUSES = {status.value for status in Status} - {Status.UNCOVERED.value}
TASK_STATUSES = ITEM_STATUSES - {Status.SPLIT.value, Status.MERGED.value}
FACETS = {facet.value for facet in Facet}


def gold_paths(arguments: list[str]) -> list[Path]:
    if arguments:
        return [Path(a) for a in arguments]
    return sorted(FIXTURES.glob("gold*/*.json"))


def item_problems(data: dict[str, Any], old: Notice, new: Notice) -> list[str]:
    problems = []
    seen: dict[str, list[str]] = {"from": [], "to": []}
    for entry in data["items"]:
        status, before, after = entry["status"], entry["from"], entry["to"]
        seen["from"] += before
        seen["to"] += after
        shape_ok = {
            "carried_over": len(before) == 1 and len(after) == 1,
            "reworded": len(before) == 1 and len(after) == 1,
            "split": len(before) == 1 and len(after) > 1,
            "merged": len(before) > 1 and len(after) == 1,
            "new": not before and len(after) == 1,
            "dropped": len(before) == 1 and not after,
        }.get(status)
        if shape_ok is None:
            problems.append(f"item entry {before} -> {after}: unknown status {status!r}")
        elif not shape_ok:
            problems.append(f"item entry {before} -> {after}: wrong shape for {status}")
    for side, notice in (("from", old), ("to", new)):
        refs = [item.ref for item in notice.items]
        for ref in sorted(set(seen[side]) - set(refs)):
            problems.append(f"item {side} {ref}: no such item in the notice")
        for ref in refs:
            count = seen[side].count(ref)
            if count != 1:
                problems.append(f"item {side} {ref}: in {count} entries, want exactly 1")
    return problems


def task_problems(data: dict[str, Any], old: Notice, new: Notice) -> list[str]:
    problems = []
    used: dict[str, set[str]] = {"from": set(), "to": set()}
    for entry in data["tasks"]:
        status = entry["status"]
        if status not in TASK_STATUSES:
            problems.append(f"task entry {entry}: unknown status {status!r}")
        for facet in entry.get("facets", []):
            if facet not in FACETS:
                problems.append(f"task entry {entry['from'] or entry['to']}: unknown facet {facet}")
        if (status == "new") != (entry["from"] is None) or (status == "dropped") != (
            entry["to"] is None
        ):
            where = f"{entry['from']} -> {entry['to']}"
            problems.append(f"task entry {where}: wrong shape for {status}")
        for side, notice in (("from", old), ("to", new)):
            fragment = entry[side]
            if fragment is None:
                continue
            found = [task.ref for task in notice.tasks if fragment in task.text]
            if len(found) != 1:
                problems.append(f"task {side} {fragment!r}: lies in {len(found)} tasks, want 1")
            elif found[0] in used[side]:
                problems.append(f"task {side} {fragment!r}: task {found[0]} is labelled twice")
            else:
                used[side].add(found[0])
    return problems


def check(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    old = load_path(str(FIXTURES / data["from"])).notice
    new = load_path(str(FIXTURES / data["to"])).notice
    return item_problems(data, old, new) + task_problems(data, old, new)


def main() -> int:
    failed = False
    for path in gold_paths(sys.argv[1:]):
        problems = check(path)
        print(f"{path.name}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for problem in problems:
            print(f"  {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
