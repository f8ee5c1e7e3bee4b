"""Lineage checked against the hand-labelled threads of the five fixture quarters
(fixtures/lineage/, labelled from the pairwise gold files and by reading every link).

1. Exactly: given the labelled links (and the pairwise gold's `slipped` facets), the threads and
   every signal come out exactly as labelled. This checks the chaining, the gaps and the signals.
2. Measured: with the links qdiff's own alignment finds, how many threads come out identical.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

import pytest

from qdiff.align import compare
from qdiff.lineage import Edge, Lineage, build_lineage, edges_of, needed_pairs
from qdiff.load import load_path
from qdiff.notice import Notice
from qdiff.periods import Period
from tests.conftest import FIXTURES

LABELS = json.loads(
    (FIXTURES / "lineage" / "yangpu_2021Q1-2022Q1.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def notices() -> dict[Period, Notice]:
    return {
        Period.parse(p): load_path(str(FIXTURES / f)).notice for p, f in LABELS["files"].items()
    }


def _gold_slips() -> set[tuple[str, str, str, str]]:
    """(old period, old text fragment, new period, new text fragment) of every slipped link."""
    slips = set()
    for path in (FIXTURES / "gold").glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        old_period = _period_of(gold["from"])
        new_period = _period_of(gold["to"])
        for entry in gold["tasks"]:
            if "slipped" in entry.get("facets", []):
                slips.add((old_period, entry["from"], new_period, entry["to"]))
    return slips


def _period_of(file: str) -> str:
    return next(p for p, f in LABELS["files"].items() if f == file)


def labelled_edges(notices: dict[Period, Notice]) -> dict[tuple[Period, Period], list[Edge]]:
    slips = _gold_slips()
    texts = {
        (str(period), task.ref): task.text
        for period, notice in notices.items()
        for task in notice.tasks
    }
    edges: dict[tuple[Period, Period], list[Edge]] = {
        pair: [] for pair in needed_pairs(list(notices))
    }
    for thread in LABELS["threads"]:
        for before, after in pairwise(thread["occurrences"]):
            old_text = texts[(before["period"], before["ref"])]
            new_text = texts[(after["period"], after["ref"])]
            slipped = any(
                op == before["period"]
                and np == after["period"]
                and of in old_text
                and nf in new_text
                for op, of, np, nf in slips
            )
            pair = (Period.parse(before["period"]), Period.parse(after["period"]))
            edges.setdefault(pair, []).append(
                Edge(
                    "task",
                    before["ref"],
                    after["ref"],
                    "reworded",
                    ("slipped",) if slipped else (),
                    None,
                )
            )
    return edges


def thread_sets(lineage: Lineage) -> dict[frozenset[tuple[str, str]], Any]:
    return {
        frozenset((str(o.period), o.ref) for o in t.occurrences): t
        for t in lineage.threads
        if t.kind == "task"
    }


def labelled_sets() -> dict[frozenset[tuple[str, str]], Any]:
    return {
        frozenset((o["period"], o["ref"]) for o in t["occurrences"]): t for t in LABELS["threads"]
    }


def test_labelled_links_give_exactly_the_labelled_threads_and_signals(
    notices: dict[Period, Notice],
) -> None:
    lineage = build_lineage(notices, labelled_edges(notices), LABELS["series"])
    ours, theirs = thread_sets(lineage), labelled_sets()
    assert set(ours) == set(theirs)
    for members, labelled in theirs.items():
        signals = ours[members].signals
        stages = [o.stage.value if o.stage else None for o in ours[members].occurrences]
        want = labelled["signals"]
        got = {
            "age": signals.age,
            "stages": stages,
            "stalled": signals.stalled,
            "slipped": signals.slipped,
            "vanished_unfinished": signals.vanished_unfinished,
            "presumed_done": signals.presumed_done,
            "reappeared": signals.reappeared,
            "lead_changed": signals.lead_changes > 0,
        }
        assert got == want, labelled["id"]


def test_qdiffs_own_links_rebuild_most_threads(notices: dict[Period, Notice]) -> None:
    """Measured, not exact: the alignment's task links are right about 93% of the time (see
    bench/accuracy.py), and a thread is identical only if every one of its links is right."""
    pairs: Sequence[tuple[Period, Period]] = needed_pairs(list(notices))
    edges = {pair: edges_of(compare(notices[pair[0]], notices[pair[1]])) for pair in pairs}
    ours = set(thread_sets(build_lineage(notices, edges, LABELS["series"])))
    theirs = set(labelled_sets())
    identical = len(ours & theirs) / len(theirs)
    assert identical >= 0.7, f"only {identical:.0%} of the labelled threads came out identical"
