"""The comparison for a terminal: a summary by status and by section, the changes worth
reading first, then the named objects that slipped, vanished or went down. Fits an 80-column
terminal (CJK characters count two columns)."""

from __future__ import annotations

import re
from collections import Counter

from rich.cells import cell_len

from qdiff.align.model import Comparison, Facet, Status
from qdiff.commitments import CommitmentLink, CommitmentStatus
from qdiff.notice import Item, Notice
from qdiff.output.summary import STATUS_ORDER, object_findings, slipped_tasks, status_counts
from qdiff.output.terminal import terminal_text
from qdiff.provenance import Side

WIDTH = 80
_SHORT = {
    Status.CARRIED_OVER: "same",
    Status.REWORDED: "rewd",
    Status.SPLIT: "split",
    Status.MERGED: "mrgd",
    Status.NEW: "new",
    Status.DROPPED: "drop",
    Status.UNCOVERED: "uncov",
}


def clip(text: str, columns: int) -> str:
    """Cut text to at most `columns` terminal cells, marking the cut with …; control characters
    are shown (and counted) as the marks a terminal draws for them."""
    # one line; the columns of the caller stay
    text = terminal_text(re.sub(r"\s*[\r\n]+\s*", " ", text), one_line=True)
    if cell_len(text) <= columns:
        return text
    out = ""
    for char in text:
        if cell_len(out + char) > columns - 1:
            break
        out += char
    return out + "…"


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - cell_len(text))


def describe_side(side: Side, notice: Notice) -> str:
    if side.series is not None:
        version = f"@{side.version}" if side.version is not None else ""
        return f"{side.series} {side.period}{version}"
    period = f" ({notice.period})" if notice.period else ""
    return f"{side.file}{period}"


def format_comparison(comparison: Comparison, old: Side, new: Side) -> str:
    lines = [
        clip(f"from {describe_side(old, comparison.old)}", WIDTH),
        clip(f"  to {describe_side(new, comparison.new)}", WIDTH),
    ]
    for notice, label in ((comparison.old, "from"), (comparison.new, "to")):
        if notice.truncated:
            lines.append(
                f"NOTE: the {label} notice is truncated; items past its cut are 'uncovered', "
                "not dropped or new."
            )
    lines.append("")
    summary = status_counts(comparison)
    for kind, counts in (("items", summary.items), ("tasks", summary.tasks)):
        parts = [f"{counts[s]} {s.value.replace('_', ' ')}" for s in STATUS_ORDER if counts[s]]
        lines.extend(_wrap(f"{kind}: " + ", ".join(parts), indent=len(kind) + 2))
    lines.append("")
    lines.extend(_by_section(comparison))
    lines.append("")
    lines.extend(_worth_reading(comparison))
    lines.extend(_commitments(comparison))
    return terminal_text("\n".join(lines))


def _wrap(text: str, indent: int) -> list[str]:
    words = text.split(", ")
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current}, {word}" if current else word
        if cell_len(candidate) > WIDTH and current:
            lines.append(current + ",")
            current = " " * indent + word
        else:
            current = candidate
    lines.append(current)
    return lines


def _by_section(comparison: Comparison) -> list[str]:
    """Counts by status for each section of the newer notice (dropped items under their old one)."""
    section_of_new = {i.ref: s for s in comparison.new.sections for i in s.items}
    section_of_old = {i.ref: s for s in comparison.old.sections for i in s.items}
    rows: dict[str, Counter[Status]] = {}
    order: list[str] = []
    for link in comparison.items:
        section = section_of_new[link.new[0]] if link.new else section_of_old[link.old[0]]
        name = (
            f"{section.label}、{section.title}" if section.label else (section.title or "(items)")
        )
        if not link.new:
            name = f"{name} (old)"  # a dropped item is counted under the section it left
        if name not in rows:
            rows[name] = Counter()
            order.append(name)
        rows[name][link.status] += 1
    header = pad("section", 36) + "".join(f"{_SHORT[s]:>6}" for s in STATUS_ORDER)
    lines = [header]
    for name in order:
        counts = rows[name]
        cells = "".join(f"{(counts[s] or '.'):>6}" for s in STATUS_ORDER)
        lines.append(pad(clip(name, 35), 36) + cells)
    return lines


def _worth_reading(comparison: Comparison) -> list[str]:
    old_items = {item.ref: item for item in comparison.old.items}
    new_items = {item.ref: item for item in comparison.new.items}
    lines = ["Worth reading first"]
    for slipped in slipped_tasks(comparison):
        lines.append(clip(f"  SLIPPED   {slipped.new.ref:<8} {slipped.new.text}", WIDTH))
        lines.append(clip(f"            was {slipped.old.ref}: complete last time too", WIDTH))
    for status, label in (
        (Status.DROPPED, "DROPPED"),
        (Status.NEW, "NEW"),
        (Status.UNCOVERED, "UNCOVERED"),
    ):
        for item_link in (link for link in comparison.items if link.status is status):
            refs = item_link.old or item_link.new
            item = (old_items if item_link.old else new_items)[refs[0]]
            lines.append(clip(f"  {label:<9} {refs[0]:<8} {item.heading} ({_lead(item)})", WIDTH))
    for changed in comparison.items:
        if changed.status not in (Status.REWORDED, Status.SPLIT, Status.MERGED):
            continue
        interesting = [f.value for f in changed.facets if f is not Facet.HEADING_CHANGED]
        if not interesting and changed.status is Status.REWORDED:
            continue
        arrow = f"{'+'.join(changed.old)}→{'+'.join(changed.new)}"
        heading = new_items[changed.new[0]].heading
        lines.append(clip(f"  {changed.status.value.upper():<9} {arrow} {heading}", WIDTH))
        if interesting:
            lines.append(clip(f"            {', '.join(interesting)}", WIDTH))
    if len(lines) == 1:
        lines.append("  nothing: every item was carried over unchanged")
    return lines


# Each list of commitments stops here; the JSON output has them all.
_LISTED = 15


def _commitments(comparison: Comparison) -> list[str]:
    """Named objects followed one by one: those promised again after their deadline, those that
    vanished before any completion, those whose stage went down."""
    found = object_findings(comparison)
    if not found.named:
        return []
    counts = Counter(link.status.value for link in found.named)
    parts = [f"{counts[s.value]} {s.value}" for s in CommitmentStatus if counts[s.value]]
    lines = ["", *_wrap("named objects: " + ", ".join(parts), indent=15)]
    for label, chosen, describe in (
        ("SLIPPED", found.slipped, _promised_again),
        ("VANISHED", found.vanished, _last_promised),
        ("WENT DOWN", found.regressed, _stage_change),
    ):
        for link in chosen[:_LISTED]:
            side = link.new or link.old
            assert side is not None and side.object is not None
            refs, change = describe(link)
            lines.append(clip(f"  {label:<9} {refs:<15} {side.object} ({change})", WIDTH))
        if len(chosen) > _LISTED:
            lines.append(f"  {'':<9} … and {len(chosen) - _LISTED} more (--format json lists all)")
    return lines


def _promised_again(link: CommitmentLink) -> tuple[str, str]:
    assert link.old is not None and link.new is not None
    stage = link.new.stage.value if link.new.stage else "-"
    return f"{link.old.task}→{link.new.task}", f"{stage} again"


def _last_promised(link: CommitmentLink) -> tuple[str, str]:
    assert link.old is not None
    stage = link.old.stage.value if link.old.stage else "no stage"
    return link.old.task, f"was {stage}"


def _stage_change(link: CommitmentLink) -> tuple[str, str]:
    assert link.old is not None and link.new is not None
    old = link.old.stage.value if link.old.stage else "-"
    new = link.new.stage.value if link.new.stage else "-"
    return f"{link.old.task}→{link.new.task}", f"{old} → {new}"


def _lead(item: Item) -> str:
    return "、".join(item.lead) if item.lead else "no lead unit"
