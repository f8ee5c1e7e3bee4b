"""Properties of every comparison: symmetric (B with A mirrors A with B), deterministic, every
item and task of both notices in exactly one link, and a notice compared with itself, or with
a re-encoded copy of itself, carried over entirely."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qdiff.align import Comparison, Status, compare
from qdiff.load import load_path
from qdiff.notice import Notice
from qdiff.parsing import parse_notice
from tests.conftest import FIXTURES, SEED

REAL = load_path(str(SEED)).notice


def _blocks(notice: Notice) -> tuple[str, list[tuple[str, list[str]]]]:
    """The notice as header text and (section line, item paragraphs) blocks."""
    text = notice.text
    first_section = min(item.start for item in notice.items)
    header = text[:first_section]
    header = header[: header.rfind("一、")]
    blocks = []
    for section in notice.sections:
        items = [text[item.start : item.end] for item in section.items]
        blocks.append((f"{section.label}、{section.title}", items))
    return header, blocks


def mutate(seed: int) -> Notice:
    """A plausible next quarter of the real notice: items dropped, reordered, moved between
    sections, sentences deleted, numbers changed and new items added, chosen by `seed`."""
    rng = random.Random(seed)
    header, blocks = _blocks(REAL)
    new_blocks: list[tuple[str, list[str]]] = []
    for title, items in blocks:
        kept = [item for item in items if rng.random() > 0.15]
        rng.shuffle(kept) if rng.random() < 0.3 else None
        edited = []
        for item in kept:
            sentences = item.split("。")
            if len(sentences) > 3 and rng.random() < 0.4:
                del sentences[rng.randrange(1, len(sentences) - 1)]
            item = "。".join(sentences)
            if rng.random() < 0.2:
                item = item.replace("完成", "加快推进", 1)
            if rng.random() < 0.2:
                item = item.replace("10台", "25台").replace("3家", "5家")
            edited.append(item)
        if rng.random() < 0.2:
            edited.append(f"新增事项{seed}。开展第{seed % 7 + 1}轮专项检查。(责任单位:区审计局)")
        new_blocks.append((title, edited))
    if len(new_blocks) > 2 and rng.random() < 0.5:
        moved = new_blocks[0][1].pop() if new_blocks[0][1] else None
        if moved:
            new_blocks[-1][1].append(moved)
    lines = [header.replace("第一季度", "第二季度")]
    for title, items in new_blocks:
        if not items:
            continue
        lines.append(title)
        lines.extend(f"{n}.{item.split('.', 1)[-1]}" for n, item in enumerate(items, start=1))
    return parse_notice("\n\n".join(lines))


def assert_complete(comparison: Comparison) -> None:
    """Every item and task of both notices appears in exactly one link."""
    old_items = Counter(ref for link in comparison.items for ref in link.old)
    new_items = Counter(ref for link in comparison.items for ref in link.new)
    assert old_items == Counter(item.ref for item in comparison.old.items)
    assert new_items == Counter(item.ref for item in comparison.new.items)
    old_tasks = Counter(link.old.ref for link in comparison.tasks if link.old)
    new_tasks = Counter(link.new.ref for link in comparison.tasks if link.new)
    assert old_tasks == Counter(task.ref for task in comparison.old.tasks)
    assert new_tasks == Counter(task.ref for task in comparison.new.tasks)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=10_000))
def test_symmetric_deterministic_and_complete(first: int, second: int) -> None:
    a, b = mutate(first), mutate(second)
    forward = compare(a, b)
    backward = compare(b, a)
    # Symmetric: the same links, mirrored; only their order differs, since links read in the
    # order of whichever notice is the newer one.
    mirrored = forward.mirrored()
    assert (backward.old, backward.new, backward.settings) == (
        mirrored.old, mirrored.new, mirrored.settings,
    )  # fmt: skip
    assert Counter(backward.items) == Counter(mirrored.items)
    assert Counter(backward.tasks) == Counter(mirrored.tasks)
    assert compare(a, b) == forward
    assert_complete(forward)
    assert_in_reading_order(forward)
    assert_in_reading_order(backward)


def assert_in_reading_order(comparison: Comparison) -> None:
    """Links follow the newer notice: its items and tasks appear in the order it has them."""
    position = {item.ref: i for i, item in enumerate(comparison.new.items)}
    item_order = [min(position[ref] for ref in link.new) for link in comparison.items if link.new]
    assert item_order == sorted(item_order)
    task_position = {task.ref: i for i, task in enumerate(comparison.new.tasks)}
    task_order = [task_position[link.new.ref] for link in comparison.tasks if link.new]
    assert task_order == sorted(task_order)


@pytest.mark.parametrize(
    "copy",
    [
        "yangpu_2021Q1.txt",
        "encodings/yangpu_2021Q1.gb18030.txt",
        "encodings/yangpu_2021Q1.fullwidth-gb18030-crlf.txt",
        "encodings/yangpu_2021Q1.crlf.txt",
        "formats/yangpu_2021Q1.docx",
        "formats/yangpu_2021Q1.html",
    ],
)
def test_a_notice_against_itself_or_a_copy_is_all_carried_over(copy: str) -> None:
    comparison = compare(REAL, load_path(str(FIXTURES / copy)).notice)
    assert {link.status for link in comparison.items} == {Status.CARRIED_OVER}
    assert {link.status for link in comparison.tasks} == {Status.CARRIED_OVER}
    assert len(comparison.items) == 29 and len(comparison.tasks) == len(REAL.tasks)
    assert all(link.old == link.new for link in comparison.items)
    # Two copies of one quarter share its deadlines: nothing slipped between them.
    assert not any(link.facets for link in comparison.tasks)
