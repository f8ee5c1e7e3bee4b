"""Parse every notice of a generated archive with qdiff and compare with what the generator meant.

Run:  .venv/bin/python bench/check_archive.py OUT_DIR   (or make_archive.py ... --check)

Reads OUT_DIR/manifest.jsonl (written by bench/make_archive.py) and, for each file, checks that
`load_path` parses it with the intended period, issuer, document number, dates, truncation flag,
item count, item headings and task counts, and how often the parser reads the stage the generator
intended for project and document tasks. Also measures how much continuing items change between
consecutive quarters (difflib ratio; ../shared/DOMAIN.md reports 0.23-0.46 for real pairs).
Exit status 1 if any file fails a hard check (refused, wrong period, issuer or item count).
"""

from __future__ import annotations

import difflib
import json
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qdiff.errors import QdiffError
from qdiff.load import load_path
from qdiff.notice import Notice, WarningCode

EXAMPLES = 8  # mismatches shown per kind


@dataclass
class Tally:
    files: int = 0
    items: list[int] = field(default_factory=list)
    tasks: int = 0
    warnings: Counter[str] = field(default_factory=Counter)
    hard: dict[str, list[str]] = field(default_factory=dict)
    soft: dict[str, list[str]] = field(default_factory=dict)
    stages_meant: int = 0
    stages_read: int = 0
    ratios: dict[int, list[float]] = field(default_factory=lambda: {1: [], 2: []})  # by lag

    def fail(self, kind: str, hard: bool, message: str) -> None:
        (self.hard if hard else self.soft).setdefault(kind, []).append(message)


def check_metadata(entry: dict[str, Any], notice: Notice, tally: Tally) -> None:
    name = entry["file"]
    truncated = entry["truncated_at_byte"] is not None
    if str(notice.period) != entry["period"]:
        tally.fail("period", True, f"{name}: {notice.period} != {entry['period']}")
    if notice.issuer != entry["issuer"]:
        tally.fail("issuer", True, f"{name}: {notice.issuer} != {entry['issuer']}")
    if notice.truncated != truncated:
        tally.fail("truncated flag", True, f"{name}: parser says truncated={notice.truncated}")
    if notice.doc_number != entry["doc_number"]:
        tally.fail("doc number", False, f"{name}: {notice.doc_number} != {entry['doc_number']}")
    codes = {w.code for w in notice.warnings}
    signed = notice.signed_on.isoformat() if notice.signed_on else None
    if signed != entry["signed_on"] and WarningCode.DATE_AMBIGUOUS not in codes:
        tally.fail("signed on", False, f"{name}: {signed} != {entry['signed_on']}")
    published = notice.published_on.isoformat() if notice.published_on else None
    if entry["published_on"] and published != entry["published_on"]:
        tally.fail("published on", False, f"{name}: {published} != {entry['published_on']}")


def check_items(entry: dict[str, Any], notice: Notice, tally: Tally) -> None:
    name, meant, parsed = entry["file"], entry["items"], notice.items
    if entry["truncated_at_byte"] is not None:
        # The cut item may be too short to count; everything before it must be there.
        before = entry["items_before_cut"]
        if not before - 1 <= len(parsed) <= before:
            tally.fail("item count (truncated)", True, f"{name}: {len(parsed)} vs {before}")
        return
    if len(parsed) != len(meant):
        tally.fail("item count", True, f"{name}: parsed {len(parsed)}, meant {len(meant)}")
        return
    for want, got in zip(meant, parsed, strict=True):
        where = f"{name} {want['label']}{want['heading']}"
        if got.heading != want["heading"]:
            tally.fail("heading", False, f"{where}: parsed heading {got.heading!r}")
        if len(got.tasks) != want["tasks"]:
            tally.fail(
                "task count", False, f"{where}: parsed {len(got.tasks)}, meant {want['tasks']}"
            )
            continue
        for task, stage in zip(got.tasks, want["stages"], strict=True):
            if stage is None:
                continue
            tally.stages_meant += 1
            if task.stage is not None and task.stage.value == stage:
                tally.stages_read += 1
            else:
                tally.fail(
                    "stage", False, f"{name}: {task.text!r} read {task.stage}, meant {stage}"
                )


def continuity(earlier: dict[str, str], notice: Notice, meant: list[dict[str, Any]]) -> list[float]:
    """difflib ratios of the items that continue from an earlier notice, matched by generator id."""
    ratios = []
    for want, got in zip(meant, notice.items, strict=False):
        before = earlier.get(want["id"])
        if before is not None:
            ratios.append(difflib.SequenceMatcher(None, before, got.text, autojunk=False).ratio())
    return ratios


def report(tally: Tally, seconds: float) -> None:
    items = sorted(tally.items)
    print(f"parsed {tally.files} files in {seconds:.1f} s")
    if items:
        median = statistics.median(items)
        print(f"  items  min {items[0]}  median {median:.0f}  max {items[-1]}; tasks {tally.tasks}")
    if tally.stages_meant:
        share = tally.stages_read / tally.stages_meant
        print(f"  project/document task stages read as meant: {share:.1%} of {tally.stages_meant}")
    for lag, ratios in tally.ratios.items():
        if len(ratios) > 1:
            q = statistics.quantiles(ratios, n=4)
            print(
                f"  continuing items, difflib ratio {lag} quarter(s) apart: n={len(ratios)}, "
                f"quartiles {q[0]:.2f} / {q[1]:.2f} / {q[2]:.2f}"
            )
    counts = ", ".join(f"{code} {n}" for code, n in tally.warnings.most_common())
    print(f"  warnings: {counts or 'none'}")
    for label, failures in (("FAILED", tally.hard), ("mismatch", tally.soft)):
        for kind, messages in failures.items():
            print(f"  {label} {kind}: {len(messages)}")
            for message in messages[:EXAMPLES]:
                print(f"    {message}")
    if not tally.hard:
        print("  all files parsed with the intended period, issuer and item count")


def check_archive(out_dir: Path) -> int:
    start = time.perf_counter()
    tally = Tally()
    # Item texts by generator id in the last two notices of the series: lag 1 and lag 2.
    history: list[dict[str, str]] = []
    last_series = None
    with (out_dir / "manifest.jsonl").open(encoding="utf-8") as manifest:
        entries = [json.loads(line) for line in manifest]
    for entry in entries:
        tally.files += 1
        if entry["series"] != last_series:
            history, last_series = [], entry["series"]
        try:
            notice = load_path(str(out_dir / entry["file"])).notice
        except QdiffError as error:
            tally.fail("refused", True, f"{entry['file']}: {error.message}")
            history = [{}, *history][:2]
            continue
        tally.items.append(len(notice.items))
        tally.tasks += len(notice.tasks)
        tally.warnings.update(w.code.value for w in notice.warnings)
        check_metadata(entry, notice, tally)
        check_items(entry, notice, tally)
        for lag, earlier in enumerate(history, start=1):
            tally.ratios[lag] += continuity(earlier, notice, entry["items"])
        texts = {
            want["id"]: got.text for want, got in zip(entry["items"], notice.items, strict=False)
        }
        history = [texts, *history][:2]
    report(tally, time.perf_counter() - start)
    return 1 if tally.hard else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(check_archive(Path(sys.argv[1])))
