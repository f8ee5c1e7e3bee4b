"""Threads for a terminal and for spreadsheets: `qdiff trace`, `qdiff audit list`, `qdiff audit
export` and the summary `qdiff report` prints without --html or --format json."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from typing import Any

from qdiff.lineage import AUDITED_SIGNALS, Finding, Lineage, Signal, Thread
from qdiff.lineage.audit import AuditRow, ExportedFinding
from qdiff.output.lineage_json import finding_to_dict, history
from qdiff.output.terminal import terminal_text
from qdiff.refs import RefKind

TRACE_LIMIT = 20  # more matches than this: ask for a narrower search instead of a wall of text

EXPORT_FIELDS = [
    "series", "thread", "signals", "period", "ref", "finding", "evidence", "note", "by", "at",
    "text",
]  # fmt: skip


def trace_text(threads: Sequence[Thread], lineage: Lineage, wanted: str,
               attached: Mapping[str, Sequence[Finding]]) -> str:  # fmt: skip
    """Each thread's history, or a short list when the search matched too many to read."""
    if len(threads) > TRACE_LIMIT:
        lines = [f"{len(threads)} threads mention '{wanted}'; the first {TRACE_LIMIT}:"]
        for thread in threads[:TRACE_LIMIT]:
            lines.append(f"  {thread.key:<16} {thread.occurrences[-1].text[:40]}")
        lines.append("give a longer phrase or a ref like 2021Q1:4.1.6 to see one history")
        return terminal_text("\n".join(lines))
    return terminal_text(
        "\n\n".join(
            describe_thread(thread, lineage, attached.get(thread.key, ())) for thread in threads
        )
    )


def describe_thread(thread: Thread, lineage: Lineage, found: Sequence[Finding]) -> str:
    signals = ", ".join(signal_words(thread)) or "no signals"
    kind = (
        f"object {thread.occurrences[-1].heading}"
        if thread.kind is RefKind.OBJECT
        else thread.kind.value
    )
    lines = [f"thread {thread.key} ({kind}), {thread.signals.age} quarter(s): {signals}"]
    for entry in history(thread, lineage.periods):
        period = entry["period"]
        if entry["state"] == "gap":
            lines.append(f"  {period}  (gap: this quarter is not archived)")
        elif entry["state"] == "absent":
            lines.append(f"  {period}  absent")
        else:
            stage = entry["stage"] or "-"
            change = entry["status"] + (
                f" [{', '.join(entry['facets'])}]" if entry["facets"] else ""
            )
            lead = "、".join(entry["lead"]) or "-"
            lines.append(f"  {period}  {entry['ref']:<8} {stage:<8} {change}")
            lines.append(f"          lead: {lead}")
            lines.append(f"          {entry['text']}")
    for finding in found:
        lines.append(
            f"  finding {finding.period}: {finding.finding} by {finding.recorded_by} "
            f"at {finding.recorded_at:%Y-%m-%d %H:%M}"
            + (f"; evidence: {finding.evidence}" if finding.evidence else "")
            + (f"; note: {finding.note}" if finding.note else "")
        )
    return "\n".join(lines)


def signal_words(thread: Thread) -> list[str]:
    words: list[str] = list(thread.signals.names())
    if thread.signals.slipped > 1:
        words = [f"slipped x{thread.signals.slipped}" if w == Signal.SLIPPED else w for w in words]
    return words


def audit_list_text(rows: Sequence[AuditRow], only_open: bool) -> str:
    lines = []
    for row in rows:
        if row.current is not None:
            state = f"{row.current.finding} ({row.current.period})"
        elif row.findings:
            state = f"open; was {row.findings[-1].finding} ({row.findings[-1].period})"
        else:
            state = "open"
        lines.append(
            f"{row.thread.key:<16} {', '.join(signal_words(row.thread)):<40} {state:<22} "
            f"{row.thread.occurrences[-1].text[:30]}"
        )
    lines.append(f"{len(rows)} thread(s){' without a current finding' if only_open else ''}")
    return terminal_text("\n".join(lines))


def export_rows(found: Sequence[ExportedFinding]) -> list[dict[str, Any]]:
    """The rows of `qdiff audit export` (CSV columns, and the objects of its JSON)."""
    return [
        {
            "series": row.series,
            "thread": row.thread.key if row.thread else None,
            "signals": ";".join(row.thread.signals.names()) if row.thread else "",
            **finding_to_dict(row.finding),
            "text": row.finding.text,
        }
        for row in found
    ]


def export_csv(rows: Sequence[Mapping[str, Any]]) -> str:
    """The findings as CSV; control characters in notice text are shown, never obeyed, for a
    spreadsheet as for a terminal the CSV is printed on."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(
        {
            key: terminal_text(value) if isinstance(value, str) else value
            for key, value in row.items()
        }
        for row in rows
    )
    return buffer.getvalue()


def report_text(lineage: Lineage, attached: Mapping[str, Sequence[Finding]]) -> str:
    tasks = [t for t in lineage.threads if t.kind is RefKind.TASK]
    missing = f"; not archived: {', '.join(map(str, lineage.missing))}" if lineage.missing else ""
    lines = [
        f"{lineage.series}: {lineage.periods[0]}–{lineage.periods[-1]}, "
        f"{len(lineage.periods)} quarters archived{missing}",
        f"{len(tasks)} task threads",
    ]
    for signal in AUDITED_SIGNALS:
        flagged = [t for t in tasks if signal in t.signals.names()]
        checked = sum(1 for t in flagged if attached.get(t.key))
        lines.append(f"  {signal:<20} {len(flagged):>4}   with findings: {checked}")
    lines.append("details: qdiff report --html FILE, or qdiff audit list --open")
    return terminal_text("\n".join(lines))
