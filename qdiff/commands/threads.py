"""`qdiff trace`, `qdiff audit …` and `qdiff report`: following commitments over many quarters."""

from __future__ import annotations

from pathlib import Path

import click

from qdiff.commands.common import current_user, open_archive, settings_from
from qdiff.commands.options import (
    Languages,
    lang_option,
    output_format,
    series_option,
    settings_option,
    to_period,
)
from qdiff.commands.usage import CommandGroup
from qdiff.errors import UsageError
from qdiff.lineage.model import FindingKind
from qdiff.output.terminal import json_text, terminal_text
from qdiff.periods import Period

# The commands here all follow threads: the engine, the lineage and the app are imported when
# a command runs, so that `qdiff audit --help` stays quick.


@click.command()
@click.argument("wanted", metavar="REF|TEXT")
@series_option
@output_format
@lang_option()
@click.pass_context
def trace(
    ctx: click.Context, wanted: str, series: str | None, output_format: str, languages: Languages
) -> None:
    """Show a thread's history quarter by quarter: wording, stage, lead unit, quantities, status.

    REF names a task (2021Q1:4.1.6), an item (2021Q1:4.1) or a named object (2021Q2:昆明变电站)
    of an archived quarter; anything else searches the names of every archived object and the
    wording of every archived task.
    """
    from qdiff.app.threads import find_threads, series_threads
    from qdiff.output.lineage_json import thread_to_dict
    from qdiff.output.threads_text import trace_text
    from qdiff.refs import (
        RefKind,
        is_version_ref,
        parse_object_ref,
        parse_occurrence_ref,
        parse_version_ref,
    )

    # A period that is none (2021Q5, 2021Q5:4.1.6, 2021Q5:昆明变电站) is refused with the
    # period's message before the archive is opened, not searched for as text.
    if is_version_ref(wanted):
        parse_version_ref(wanted)
    parse_object_ref(wanted)
    # Objects are followed only when they may be wanted: not for a task's or an item's ref.
    reference = parse_occurrence_ref(wanted)
    objects = reference is None or reference.kind is RefKind.OBJECT
    found = series_threads(open_archive(ctx, "cache"), series, objects=objects)
    threads = find_threads(found.lineage, wanted)
    if output_format == "json":
        periods = found.lineage.periods
        data = [thread_to_dict(t, periods, found.attached.get(t.key, ())) for t in threads]
        click.echo(json_text(data))
        return
    click.echo(trace_text(threads, found.lineage, wanted, found.attached, languages.text))


@click.group(cls=CommandGroup)
def audit() -> None:
    """Record and list what auditors found when they checked threads (append-only)."""


@audit.command(name="mark")
@click.argument("ref", metavar="PERIOD:REF|PERIOD:OBJECT")
@click.option(
    "--finding",
    required=True,
    type=click.Choice([kind.value for kind in FindingKind]),
    help="What was found.",
)
@click.option("--evidence", metavar="URL-OR-TEXT", help="Where the evidence is.")
@click.option("--note", metavar="TEXT", help="A note for the next reader.")
@click.option(
    "--by", "recorded_by", metavar="NAME", help="Who checked (default: $QDIFF_USER or login)."
)
@series_option
@lang_option()
@click.pass_context
def audit_mark(
    ctx: click.Context,
    ref: str,
    finding: str,
    evidence: str | None,
    note: str | None,
    recorded_by: str | None,
    series: str | None,
    languages: Languages,
) -> None:
    """Attach a finding to the thread of a task (PERIOD:REF, e.g. 2021Q3:4.1.6), of a whole
    item (e.g. 2021Q3:4.1) or of a named object (e.g. 2021Q2:昆明变电站) at that quarter.

    A later finding supersedes an earlier one; neither is ever erased.
    """
    from qdiff.app.threads import mark_finding, occurrence_named

    where = occurrence_named(ref)  # a malformed ref is refused before any database is opened
    marked = mark_finding(
        open_archive(ctx, "write"), series, where, FindingKind(finding), evidence, note,
        recorded_by or current_user(),
    )  # fmt: skip
    from qdiff.output.words import words

    saved = marked.finding
    w = words(languages.text)
    # English names the finding by its value (what --finding takes), Chinese by its word.
    finding = w.finding[FindingKind(saved.finding)] if languages.text == "zh" else saved.finding
    line = w.finding_recorded.format(
        finding=finding, thread=marked.thread.key, period=saved.period, ref=saved.ref
    )
    click.echo(terminal_text(line, one_line=True))


@audit.command(name="list")
@click.option("--open", "only_open", is_flag=True, help="Only threads without a current finding.")
@click.option(
    "--signal",
    "signals",
    metavar="SIGNAL",
    multiple=True,
    help="Only threads with this signal: stalled, slipped, vanished_unfinished, presumed_done, "
    "reappeared, lead_changed; repeatable, or a comma list (any of them).",
)
@click.option(
    "--agency",
    "agencies",
    metavar="NAME",
    multiple=True,
    help="Only threads this agency led in some quarter (part of its name is enough); "
    "repeatable, or a comma list (any of them).",
)
@series_option
@output_format
@lang_option()
@click.pass_context
def audit_list(
    ctx: click.Context,
    only_open: bool,
    signals: tuple[str, ...],
    agencies: tuple[str, ...],
    series: str | None,
    output_format: str,
    languages: Languages,
) -> None:
    """List the threads that need checking: stalled, slipped, vanished unfinished, presumed done.

    Most in need of checking first: completions promised again (the most often first) and
    threads gone before completion, then stalled, then presumed done; within each, threads
    without a current finding first. A finding is current when it was made at or after the
    quarter the thread was last seen in. --signal and --agency narrow the list, text and JSON.
    """
    from qdiff.output.audit_order import parse_agencies, parse_signals, prioritized, selected

    # Refused before the archive is opened: a mistyped signal costs no comparison.
    wanted_signals, wanted_agencies = parse_signals(signals), parse_agencies(agencies)

    from qdiff.app.threads import series_threads, threads_to_check
    from qdiff.output.lineage_json import finding_to_dict, thread_to_dict
    from qdiff.output.threads_text import audit_list_text

    found = series_threads(open_archive(ctx, "cache"), series)
    rows = prioritized(
        selected(threads_to_check(found, only_open), wanted_signals, wanted_agencies)
    )
    if output_format == "json":
        periods = found.lineage.periods
        data = [
            {**thread_to_dict(row.thread, periods, row.findings),
             "current_finding": finding_to_dict(row.current) if row.current else None}
            for row in rows
        ]  # fmt: skip
        click.echo(json_text(data))
        return
    click.echo(audit_list_text(rows, only_open, languages.text))


@audit.command(name="export")
@click.option(
    "--format",
    "export_format",
    type=click.Choice(["csv", "json"]),
    default="csv",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    default=None,
    help="Write the export to FILE (whole or not at all) instead of stdout (- for stdout).",
)
@series_option
@click.pass_context
def audit_export(
    ctx: click.Context, export_format: str, output: str | None, series: str | None
) -> None:
    """Export every finding with its thread and the thread's signals (CSV or JSON).

    The CSV starts with a UTF-8 byte order mark, so that Excel (on Chinese Windows too) opens
    it as UTF-8; its columns and values are the same in every language, as the JSON's are.
    """
    from qdiff.app.threads import finding_export, series_threads
    from qdiff.output.threads_text import CSV_BOM, export_csv, export_rows

    rows = export_rows(finding_export(series_threads(open_archive(ctx, "cache"), series)))
    text = json_text(rows) + "\n" if export_format == "json" else CSV_BOM + export_csv(rows)
    if output is None or output == "-":
        click.echo(text, nl=False)
        return
    from qdiff.commands.files import write_text_atomically

    write_text_atomically(Path(output), text, "export")
    click.echo(f"wrote {len(rows)} finding(s) to {terminal_text(output)}", err=True)


@click.command()
@series_option
@click.option("--from", "first", metavar="PERIOD", callback=to_period, help="First quarter.")
@click.option("--to", "last", metavar="PERIOD", callback=to_period, help="Last quarter.")
@click.option(
    "--html", "html_path", metavar="FILE", help="Write the HTML report here (- for stdout)."
)
@lang_option(html="report")
@settings_option
@output_format
@click.pass_context
def report(
    ctx: click.Context,
    series: str | None,
    first: Period | None,
    last: Period | None,
    html_path: str | None,
    languages: Languages,
    overrides: tuple[str, ...],
    output_format: str,
) -> None:
    """Follow-through over many quarters: every thread's timeline, its signals and findings.

    --html writes the self-contained report for browsers, print and archiving; --format json
    prints the same data for other tools. Threads come from links stored with the default
    settings; with --set they are compared afresh and not stored.
    """
    from qdiff.app.threads import series_threads

    if first is not None and last is not None and first > last:  # given newest first
        raise UsageError(
            f"--from {first} comes after --to {last}; give the earlier first: --from {last} "
            f"--to {first}"
        )
    settings = settings_from(overrides)
    # The JSON and the page carry the threads of named objects too; the text summary does not.
    objects = output_format == "json" or html_path is not None
    archive = open_archive(ctx, "cache")
    found = series_threads(archive, series, first, last, settings, objects)
    lineage, attached = found.lineage, found.attached
    roots = None
    if objects:
        from qdiff.app.delivery import annual_checks
        from qdiff.delivery.roots import thread_roots

        years = sorted({period.year for period in lineage.periods})
        roots = thread_roots(lineage.objects, annual_checks(archive, found.series, years))
    if html_path is not None:
        from qdiff.commands.files import write_text_atomically
        from qdiff.reports.series import render_lineage

        page = render_lineage(
            lineage, attached, lang=languages.html, settings=settings.as_dict(), roots=roots
        )
        if html_path == "-":
            click.echo(terminal_text(page), nl=False)  # stdout may be a terminal
            return
        write_text_atomically(Path(html_path), page)
        click.echo(f"wrote the report to {terminal_text(html_path)}", err=True)
    if output_format == "json":
        from qdiff.output.lineage_json import lineage_to_dict

        click.echo(json_text(lineage_to_dict(lineage, attached, roots)))
    elif html_path is None:
        from qdiff.output.threads_text import report_text

        click.echo(report_text(lineage, attached, languages.text))
