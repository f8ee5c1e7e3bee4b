"""`qdiff trace`, `qdiff audit …` and `qdiff report`: following commitments over many quarters."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import click

from qdiff.commands.common import (
    current_user,
    open_archive,
    series_option,
    settings_from,
    settings_option,
    to_period,
)
from qdiff.errors import UsageError
from qdiff.lineage import (
    FINDINGS,
    Lineage,
    Thread,
    current_finding,
    findings_by_thread,
    kind_of_ref,
    thread_of,
)
from qdiff.lineage.model import Finding
from qdiff.lineage.serialize import finding_to_dict, history, lineage_to_dict, thread_to_dict
from qdiff.normalize import compact
from qdiff.options import output_format
from qdiff.periods import Period
from qdiff.store import Archive
from qdiff.store.threads import add_finding, findings, load_lineage

_OCCURRENCE_REF = re.compile(r"^\s*(\d{4}[Qq][1-4])\s*:\s*(\d+\.\d+(?:\.\d+)?)\s*$")
_TRACE_LIMIT = 20  # more matches than this: ask for a narrower search instead of a wall of text


def _occurrence_ref(text: str) -> tuple[Period, str] | None:
    match = _OCCURRENCE_REF.match(text)
    if match is None:
        return None
    return Period.parse(match.group(1)), match.group(2)


def _series_and_lineage(ctx: click.Context, series: str | None) -> tuple[Archive, str, Lineage]:
    store = open_archive(ctx)
    key = store.resolve_series(series)
    return store, key, load_lineage(store, key)


def _find_threads(lineage: Lineage, wanted: str) -> list[Thread]:
    reference = _occurrence_ref(wanted)
    if reference is not None:
        period, ref = reference
        kind = kind_of_ref(ref) or "task"
        thread = thread_of(lineage, period, ref, kind=kind)
        if thread is None:
            raise UsageError(f"no {kind} {ref} in the archived {period}; see `qdiff show {period}`")
        return [thread]
    needle = compact(wanted)
    if len(needle) < 2:
        raise UsageError("search for at least two characters, or give a ref like 2021Q1:4.1.6")
    found = [
        t for t in lineage.threads
        if t.kind == "task" and any(needle in compact(o.text) for o in t.occurrences)
    ]  # fmt: skip
    if not found:
        raise UsageError(f"no task in the archive mentions '{wanted}'")
    return found


@click.command()
@click.argument("wanted", metavar="REF|TEXT")
@series_option
@output_format
@click.pass_context
def trace(ctx: click.Context, wanted: str, series: str | None, output_format: str) -> None:
    """Show a thread's history quarter by quarter: wording, stage, lead unit, quantities, status.

    REF names a task (2021Q1:4.1.6) or an item (2021Q1:4.1) of an archived quarter; anything
    else searches the wording of every archived task.
    """
    store, key, lineage = _series_and_lineage(ctx, series)
    threads = _find_threads(lineage, wanted)
    attached = findings_by_thread(lineage, findings(store, key))
    if output_format == "json":
        data = [thread_to_dict(t, lineage.periods, attached.get(t.key, ())) for t in threads]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if len(threads) > _TRACE_LIMIT:
        click.echo(f"{len(threads)} threads mention '{wanted}'; the first {_TRACE_LIMIT}:")
        for thread in threads[:_TRACE_LIMIT]:
            click.echo(f"  {thread.key:<16} {thread.occurrences[-1].text[:40]}")
        click.echo("give a longer phrase or a ref like 2021Q1:4.1.6 to see one history")
        return
    for number, thread in enumerate(threads):
        if number:
            click.echo("")
        click.echo(_describe_thread(thread, lineage, attached.get(thread.key, [])))


def _describe_thread(thread: Thread, lineage: Lineage, found: list[Finding]) -> str:
    signals = ", ".join(_signal_words(thread)) or "no signals"
    lines = [f"thread {thread.key} ({thread.kind}), {thread.signals.age} quarter(s): {signals}"]
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


def _signal_words(thread: Thread) -> list[str]:
    words = thread.signals.names()
    if thread.signals.slipped > 1:
        words = [f"slipped x{thread.signals.slipped}" if w == "slipped" else w for w in words]
    return words


@click.group()
def audit() -> None:
    """Record and list what auditors found when they checked threads (append-only)."""


@audit.command(name="mark")
@click.argument("ref", metavar="PERIOD:REF")
@click.option("--finding", required=True, type=click.Choice(FINDINGS), help="What was found.")
@click.option("--evidence", metavar="URL-OR-TEXT", help="Where the evidence is.")
@click.option("--note", metavar="TEXT", help="A note for the next reader.")
@click.option(
    "--by", "recorded_by", metavar="NAME", help="Who checked (default: $QDIFF_USER or login)."
)
@series_option
@click.pass_context
def audit_mark(
    ctx: click.Context,
    ref: str,
    finding: str,
    evidence: str | None,
    note: str | None,
    recorded_by: str | None,
    series: str | None,
) -> None:
    """Attach a finding to the thread of a task (PERIOD:REF, e.g. 2021Q3:4.1.6) or of a whole
    item (e.g. 2021Q3:4.1) at that quarter.

    A later finding supersedes an earlier one; neither is ever erased.
    """
    reference = _occurrence_ref(ref)
    if reference is None:
        raise UsageError(
            f"'{ref}' names no task or item; write PERIOD:REF, e.g. 2021Q3:4.1.6 for a task "
            "or 2021Q3:4.1 for an item"
        )
    period, occurrence_ref = reference
    kind = kind_of_ref(occurrence_ref) or "task"
    store, key, lineage = _series_and_lineage(ctx, series)
    thread = thread_of(lineage, period, occurrence_ref, kind=kind)
    if thread is None:
        raise UsageError(
            f"no {kind} {occurrence_ref} in the archived {period}; see `qdiff show {period}`"
        )
    occurrence = next(
        o for o in thread.occurrences if o.period == period and o.ref == occurrence_ref
    )
    saved = add_finding(
        store, key, period, occurrence_ref, occurrence.text, finding, evidence, note,
        recorded_by or current_user(),
    )  # fmt: skip
    click.echo(f"recorded {saved.finding} for thread {thread.key} at {period} ({occurrence_ref})")


@audit.command(name="list")
@click.option("--open", "only_open", is_flag=True, help="Only threads without a current finding.")
@series_option
@output_format
@click.pass_context
def audit_list(ctx: click.Context, only_open: bool, series: str | None, output_format: str) -> None:
    """List the threads that need checking: stalled, slipped, vanished unfinished, presumed done.

    A finding is current when it was made at or after the quarter the thread was last seen in.
    """
    store, key, lineage = _series_and_lineage(ctx, series)
    attached = findings_by_thread(lineage, findings(store, key))
    rows = []
    for thread in lineage.threads:
        if thread.kind != "task" or not thread.signals.flagged:
            continue
        found = attached.get(thread.key, [])
        current = current_finding(found, thread.last)
        if only_open and current is not None:
            continue
        rows.append((thread, found, current))
    if output_format == "json":
        data = [
            {**thread_to_dict(t, lineage.periods, found),
             "current_finding": finding_to_dict(current) if current else None}
            for t, found, current in rows
        ]  # fmt: skip
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for thread, found, current in rows:
        if current is not None:
            state = f"{current.finding} ({current.period})"
        elif found:
            state = f"open; was {found[-1].finding} ({found[-1].period})"
        else:
            state = "open"
        click.echo(
            f"{thread.key:<16} {', '.join(_signal_words(thread)):<40} {state:<22} "
            f"{thread.occurrences[-1].text[:30]}"
        )
    click.echo(f"{len(rows)} thread(s){' without a current finding' if only_open else ''}")


@audit.command(name="export")
@click.option(
    "--format",
    "export_format",
    type=click.Choice(["csv", "json"]),
    default="csv",
    show_default=True,
)
@series_option
@click.pass_context
def audit_export(ctx: click.Context, export_format: str, series: str | None) -> None:
    """Export every finding with its thread and the thread's signals (CSV or JSON)."""
    store, key, lineage = _series_and_lineage(ctx, series)
    found = findings(store, key)
    rows: list[dict[str, Any]] = []
    for finding in found:
        kind = kind_of_ref(finding.ref) or "task"
        thread = thread_of(lineage, finding.period, finding.ref, finding.text, kind)
        rows.append(
            {
                "series": key,
                "thread": thread.key if thread else None,
                "signals": ";".join(thread.signals.names()) if thread else "",
                **finding_to_dict(finding),
                "text": finding.text,
            }
        )
    if export_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    buffer = io.StringIO()
    fields = [
        "series",
        "thread",
        "signals",
        "period",
        "ref",
        "finding",
        "evidence",
        "note",
        "by",
        "at",
        "text",
    ]
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    click.echo(buffer.getvalue(), nl=False)


@click.command()
@series_option
@click.option("--from", "first", metavar="PERIOD", callback=to_period, help="First quarter.")
@click.option("--to", "last", metavar="PERIOD", callback=to_period, help="Last quarter.")
@click.option(
    "--html", "html_path", metavar="FILE", help="Write the HTML report here (- for stdout)."
)
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
@settings_option
@output_format
@click.pass_context
def report(
    ctx: click.Context,
    series: str | None,
    first: Period | None,
    last: Period | None,
    html_path: str | None,
    lang: str,
    overrides: tuple[str, ...],
    output_format: str,
) -> None:
    """Follow-through over many quarters: every thread's timeline, its signals and findings.

    --html writes the self-contained report for browsers, print and archiving; --format json
    prints the same data for other tools. Threads come from links stored with the default
    settings; with --set they are compared afresh and not stored.
    """
    settings = settings_from(overrides)
    store = open_archive(ctx)
    key = store.resolve_series(series)
    lineage = load_lineage(store, key, first, last, settings)
    attached = findings_by_thread(lineage, findings(store, key))
    if html_path is not None:
        from qdiff.commands.files import write_text_atomically
        from qdiff.reports.lineage import render_lineage

        page = render_lineage(lineage, attached, lang=lang, settings=settings.as_dict())
        if html_path == "-":
            click.echo(page, nl=False)
            return
        write_text_atomically(Path(html_path), page)
        click.echo(f"wrote the report to {html_path}", err=True)
    if output_format == "json":
        click.echo(json.dumps(lineage_to_dict(lineage, attached), ensure_ascii=False, indent=2))
    elif html_path is None:
        click.echo(_report_text(lineage, attached))


def _report_text(lineage: Lineage, attached: dict[str, list[Finding]]) -> str:
    tasks = [t for t in lineage.threads if t.kind == "task"]
    missing = f"; not archived: {', '.join(map(str, lineage.missing))}" if lineage.missing else ""
    lines = [
        f"{lineage.series}: {lineage.periods[0]}–{lineage.periods[-1]}, "
        f"{len(lineage.periods)} quarters archived{missing}",
        f"{len(tasks)} task threads",
    ]
    for signal in ("stalled", "slipped", "vanished_unfinished", "presumed_done", "reappeared"):
        flagged = [t for t in tasks if signal in t.signals.names()]
        checked = sum(1 for t in flagged if attached.get(t.key))
        lines.append(f"  {signal:<20} {len(flagged):>4}   with findings: {checked}")
    lines.append("details: qdiff report --html FILE, or qdiff audit list --open")
    return "\n".join(lines)
