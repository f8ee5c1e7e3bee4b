"""Threads for a terminal and for spreadsheets: `qdiff trace`, `qdiff audit list`, `qdiff audit
export` and the summary `qdiff report` prints without --html or --format json."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from typing import Any

from rich.cells import cell_len

from qdiff.align.model import Facet, Status
from qdiff.lineage import AUDITED_SIGNALS, Finding, Lineage, Signal, Thread
from qdiff.lineage.audit import AuditRow, ExportedFinding
from qdiff.notice import Stage
from qdiff.output.columns import clip, pad, wrap
from qdiff.output.lineage_json import finding_to_dict, runs
from qdiff.output.terminal import terminal_text
from qdiff.output.words import Language, words
from qdiff.refs import RefKind

TRACE_LIMIT = 20  # more matches than this: ask for a narrower search instead of a wall of text
WIDTH = 80  # trace and the report's summary: a terminal's width
AUDIT_WIDTH = 100  # audit list: one thread a line, so a little wider
INDENT = " " * 10  # under a quarter's line: its lead units and wording

# Excel opens a CSV as the system's code page (GB18030 on Chinese Windows) unless it starts
# with a byte order mark; with one, it reads UTF-8. Other CSV readers skip it (utf-8-sig).
CSV_BOM = "\ufeff"

EXPORT_FIELDS = [
    "series", "thread", "signals", "period", "ref", "finding", "evidence", "note", "by", "at",
    "text",
]  # fmt: skip


def trace_text(
    threads: Sequence[Thread],
    lineage: Lineage,
    wanted: str,
    attached: Mapping[str, Sequence[Finding]],
    lang: Language = "en",
) -> str:
    """Each thread's history, or a short list when the search matched too many to read."""
    w = words(lang)
    if len(threads) > TRACE_LIMIT:
        lines = [w.trace_many.format(n=len(threads), wanted=wanted, shown=TRACE_LIMIT)]
        for thread in threads[:TRACE_LIMIT]:
            lines.append(clip(f"  {thread.key:<16} {thread.occurrences[-1].text}", WIDTH))
        lines.append(w.trace_narrower)
        return terminal_text("\n".join(lines))
    return terminal_text(
        "\n\n".join(
            describe_thread(thread, lineage, attached.get(thread.key, ()), lang)
            for thread in threads
        )
    )


def describe_thread(
    thread: Thread, lineage: Lineage, found: Sequence[Finding], lang: Language = "en"
) -> str:
    """A thread quarter by quarter: each quarter's ref, stage, how it came from the quarter
    before, its lead units and its wording; a run of quarters it is absent from (or that are
    not archived) as one line; then the findings recorded on it."""
    w = words(lang)
    signals = w.signal_sep.join(signal_words(thread, lang)) or w.no_signals
    kind = (
        w.thread_object.format(name=thread.occurrences[-1].heading)
        if thread.kind is RefKind.OBJECT
        else w.ref_kind[thread.kind]
    )
    head = w.thread_head.format(key=thread.key, kind=kind, age=thread.signals.age, signals=signals)
    lines = wrap(head, WIDTH, indent="  ", first="")
    for entry in runs(thread, lineage.periods):
        if entry["state"] != "present":
            span = entry["from"] if entry["quarters"] == 1 else f"{entry['from']}–{entry['to']}"
            what = w.gap if entry["state"] == "gap" else w.absent
            lines.append(f"  {span}  {what}")
            continue
        stage = w.stage[Stage(entry["stage"])] if entry["stage"] else w.no_stage
        change = w.status[Status(entry["status"])]
        if entry["facets"]:
            facets = w.list_sep.join(w.facet[Facet(f)] for f in entry["facets"])
            change = w.paren.format(text=change, note=facets)
        lines.append(clip(f"  {entry['period']}  {entry['ref']:<8} {stage}  {change}", WIDTH))
        units = w.units_sep.join(entry["lead"]) or "-"
        lines.extend(wrap(w.lead.format(units=units), WIDTH, INDENT))
        lines.extend(wrap(entry["text"], WIDTH, INDENT))
    for finding in found:
        line = w.finding_line.format(
            period=finding.period, finding=w.finding[finding.finding], by=finding.recorded_by,
            at=f"{finding.recorded_at:%Y-%m-%d %H:%M}",
        )  # fmt: skip
        if finding.evidence:
            line += w.finding_evidence.format(evidence=finding.evidence)
        if finding.note:
            line += w.finding_note.format(note=finding.note)
        lines.extend(wrap(line, WIDTH, indent="    ", first="  "))
    return "\n".join(lines)


def signal_words(thread: Thread, lang: Language = "en") -> list[str]:
    """What the thread's history says to check, in words (a completion promised again more
    than once says how often)."""
    w = words(lang)
    named = []
    for signal in thread.signals.names():
        if signal is Signal.SLIPPED and thread.signals.slipped > 1:
            named.append(w.slipped_times.format(n=thread.signals.slipped))
        else:
            named.append(w.signal[signal])
    return named


def audit_list_text(rows: Sequence[AuditRow], only_open: bool, lang: Language = "en") -> str:
    """`qdiff audit list`: a header, then one thread a line (at most AUDIT_WIDTH columns) in
    the order given, then how many and in what order."""
    w = words(lang)
    widths = (13, 34, 18, 8)  # thread, to check, finding, last seen; the wording takes the rest
    rest = AUDIT_WIDTH - sum(widths) - len(widths)
    head = (w.audit_head_thread, w.audit_head_signals, w.audit_head_finding, w.audit_head_last)
    lines = [_row([*head, w.audit_head_text], widths, rest)]
    for row in rows:
        if row.current is not None:
            state = w.audit_current.format(
                finding=w.finding[row.current.finding], period=row.current.period
            )
        elif row.findings:
            last = row.findings[-1]
            state = w.audit_was.format(finding=w.finding[last.finding])
        else:
            state = w.audit_open
        thread = row.thread
        text = thread.occurrences[-1].text
        if thread.kind is RefKind.OBJECT:
            text = thread.occurrences[-1].heading or text
        cells = [thread.key, w.signal_sep.join(signal_words(thread, lang)), state, str(thread.last)]
        lines.append(_row([*cells, text], widths, rest))
    total = w.audit_total_open if only_open else w.audit_total
    lines.append(total.format(n=len(rows)))
    lines.extend(wrap(w.audit_order, AUDIT_WIDTH))
    return terminal_text("\n".join(lines))


def _row(cells: Sequence[str], widths: Sequence[int], rest: int) -> str:
    padded = [pad(clip(cell, width), width) for cell, width in zip(cells, widths, strict=False)]
    return " ".join([*padded, clip(cells[-1], rest)]).rstrip()


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


def report_text(
    lineage: Lineage, attached: Mapping[str, Sequence[Finding]], lang: Language = "en"
) -> str:
    """`qdiff report` without --html or --format json: the range, and how many task threads
    need checking for each reason, with how many of them carry findings."""
    w = words(lang)
    tasks = [t for t in lineage.threads if t.kind is RefKind.TASK]
    missing = (
        w.report_missing.format(periods=w.list_sep.join(map(str, lineage.missing)))
        if lineage.missing
        else ""
    )
    scope = w.report_scope.format(
        series=lineage.series, first=lineage.periods[0], last=lineage.periods[-1],
        n=len(lineage.periods), missing=missing,
    )  # fmt: skip
    lines = [*wrap(scope, WIDTH, indent="  ", first=""), w.report_threads.format(n=len(tasks))]
    names = {signal: w.signal[signal] for signal in AUDITED_SIGNALS}
    width = max(cell_len(name) for name in names.values()) + 2
    for signal in AUDITED_SIGNALS:
        flagged = [t for t in tasks if signal in t.signals.names()]
        checked = sum(1 for t in flagged if attached.get(t.key))
        line = w.report_signal.format(signal=pad(names[signal], width), n=f"{len(flagged):>4}",
                                      checked=checked)  # fmt: skip
        lines.append(f"  {line}")
    lines.append(w.report_more)
    return terminal_text("\n".join(lines))
