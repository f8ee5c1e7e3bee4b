"""The multi-quarter report's summary (plain sentences and counts by signal) and its table per
agency (责任单位) over the whole range."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from qdiff.lineage.model import FINDINGS, Lineage
from qdiff.refs import RefKind
from qdiff.reports.common.strings import Labels
from qdiff.reports.common.tables import AgencyRow, Headline
from qdiff.reports.common.verdicts import verdict_label
from qdiff.reports.series.threads import FLAGS, SIGNALS, ThreadView


@dataclass(frozen=True)
class SignalCount:
    name: str
    label: str
    why: str
    tasks: int
    items: int
    anchor: str | None  # its list, for the four signals that have one


def summary(lineage: Lineage, views: Sequence[ThreadView], labels: Labels) -> tuple[Headline, ...]:
    t = labels
    tasks = [v for v in views if v.kind is RefKind.TASK]
    items = [v for v in views if v.kind is RefKind.ITEM]
    out: list[Headline] = []
    if not lineage.periods:
        return (Headline(t["grid_empty"], None, False),)
    first, last = lineage.periods[0], lineage.periods[-1]
    span = last.quarter_number - first.quarter_number + 1
    series = lineage.series or t["ln_series_none"]
    out.append(
        Headline(
            t.format(
                "sum_scope",
                series=series,
                first=t.period(first),
                last=t.period(last),
                span=span,
                archived=len(lineage.periods),
            ),
            "scope",
            False,
        )
    )
    if lineage.missing:
        missing = t["units_sep"].join(t.period(p) for p in lineage.missing)
        out.append(Headline(t.format("sum_missing", missing=missing), "scope-missing", True))
    current = sum(1 for v in tasks if v.last == last)
    out.append(
        Headline(
            t.format(
                "sum_threads",
                tasks=len(tasks),
                items=len(items),
                current=current,
                last=t.period(last),
            ),
            "timeline",
            False,
        )
    )
    for name in SIGNALS:
        having = [v for v in tasks if any(n == name for n, _ in v.signals)]
        if not having:
            continue
        times = sum(v.slipped for v in having)
        anchor = f"list-{name.replace('_', '-')}" if name in FLAGS else "timeline"
        text = t.format(f"sum_{name}", n=len(having), times=times)
        out.append(Headline(text, anchor, name in FLAGS))
    flagged = [v for v in tasks if v.audit.flagged]
    if flagged:
        checked = sum(1 for v in flagged if v.audit.current is not None)
        text = t.format(
            "sum_audit", flagged=len(flagged), checked=checked, open=len(flagged) - checked
        )
        out.append(Headline(text, "lists", checked < len(flagged)))
        outdated = sum(1 for v in flagged if v.audit.outdated)
        if outdated:
            out.append(Headline(t.format("sum_outdated", n=outdated), "lists", True))
    else:
        out.append(Headline(t["sum_nothing_flagged"], None, False))
    verdicts = Counter(v.audit.current.finding for v in views if v.audit.current is not None)
    if verdicts:
        order = [*FINDINGS, *sorted(set(verdicts) - set(FINDINGS))]
        parts = [
            t.format("sum_verdict_part", verdict=verdict_label(name, t), n=verdicts[name])
            for name in order
            if verdicts[name]
        ]
        out.append(Headline(t.format("sum_verdicts", parts=t["list_sep"].join(parts)), None, False))
    return tuple(out)


def signal_counts(views: Sequence[ThreadView], labels: Labels) -> tuple[SignalCount, ...]:
    counts: Counter[tuple[str, str]] = Counter(
        (v.kind, name) for v in views for name, _ in v.signals
    )
    return tuple(
        SignalCount(
            name=name,
            label=labels[f"signal_{name}"],
            why=labels[f"signal_{name}_why"],
            tasks=counts[(RefKind.TASK, name)],
            items=counts[(RefKind.ITEM, name)],
            anchor=f"list-{name.replace('_', '-')}" if name in FLAGS else None,
        )
        for name in SIGNALS
    )


# per agency ------------------------------------------------------------------------------------
# The columns, in order; their labels are `ag_<name>` in the strings.
AGENCY_COLUMNS = ("threads", *FLAGS, "checked", "open")


def agency_rows(views: Sequence[ThreadView]) -> tuple[AgencyRow, ...]:
    """Task threads per lead unit of their latest occurrence (a thread with several lead units
    counts for each)."""
    rows: dict[str, AgencyRow] = {}
    for view in views:
        if view.kind is not RefKind.TASK:
            continue
        names = {name for name, _ in view.signals}
        for unit in dict.fromkeys(view.lead):
            row = rows.setdefault(unit, AgencyRow(unit, AGENCY_COLUMNS))
            row.counts["threads"] += 1
            for flag in FLAGS:
                if flag in names:
                    row.counts[flag] += 1
            if view.audit.current is not None:
                row.counts["checked"] += 1
            if view.audit.open:
                row.counts["open"] += 1
    return tuple(sorted(rows.values(), key=lambda row: (-row.counts["threads"], row.name)))
