"""`qdiff compare A B`: two archived periods or versions, or two files, side by side."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import click
from click.core import ParameterSource

from qdiff.align import Comparison, compare
from qdiff.align.serialize import Side, comparison_to_dict
from qdiff.align.text import format_comparison
from qdiff.commands.common import open_archive, series_option, settings_from, settings_option
from qdiff.commands.files import write_text_atomically
from qdiff.errors import UsageError
from qdiff.lineage.build import best_match
from qdiff.lineage.model import Finding
from qdiff.load import load_path
from qdiff.notice import Notice, Task
from qdiff.options import output_format
from qdiff.periods import Period
from qdiff.refs import is_version_ref, parse_version_ref
from qdiff.store import Archive

# Audit findings by the task occurrence they show next to: ("2021Q4", "3.2.1").
TaskFindings = dict[tuple[str, str], list[Finding]]


@click.command(name="compare")
@click.argument("old", metavar="A")
@click.argument("new", metavar="B")
@series_option
@output_format
@settings_option
@click.option(
    "--html",
    "html_file",
    metavar="FILE",
    is_flag=False,
    flag_value="",
    default=None,
    help="Also write the comparison as one self-contained HTML report to FILE (- for stdout, "
    "instead of the text or JSON). Without FILE, the report goes where -o says.",
)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    default=None,
    help="Where the output goes: the HTML report with --html, else the text or JSON (- for "
    "stdout, the default).",
)
@click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default="zh",
    show_default=True,
    help="Language of the HTML report's labels (the notice text is always as published).",
)
@click.pass_context
def compare_command(
    ctx: click.Context,
    old: str,
    new: str,
    series: str | None,
    output_format: str,
    overrides: tuple[str, ...],
    html_file: str | None,
    output: str | None,
    lang: str,
) -> None:
    """Compare notice A (older) with notice B (newer): what is new, carried over, reworded,
    dropped, split or merged, and which promises slipped.

    A and B are archived periods (2021Q1), versions (2021Q1@2) or file paths; two files compare
    without any database. --html writes the audit report that people read, print and archive;
    when A and B are archived notices of one series, it shows the audit findings on their tasks.
    """
    html_file, output = _destinations(html_file, output)
    _check_html_options(ctx, html_file)
    settings = settings_from(overrides)
    archive: Archive | None = None
    background: list[str] = []
    sides: list[tuple[Notice, Side]] = []
    for argument in (old, new):
        if Path(argument).exists() or argument == "-" or not is_version_ref(argument):
            loaded = load_path(argument)
            sides.append((loaded.notice, Side(None, None, None, argument, loaded.source.sha256)))
            continue
        if archive is None:
            archive = open_archive(ctx)
        wanted = parse_version_ref(argument)
        key = archive.resolve_series(series, wanted.period)
        stored = archive.load(key, wanted.period, wanted.number)
        info = stored.info
        sides.append(
            (stored.notice, Side(key, str(info.period), info.number, info.file_name, info.sha256))
        )
        if not background:
            background = archive.series_passages(key)
    (old_notice, old_side), (new_notice, new_side) = sides
    comparison = compare(old_notice, new_notice, settings, background)
    if html_file is not None:
        found: TaskFindings = {}
        series_key = old_side.series
        if archive is not None and series_key is not None and new_side.series == series_key:
            # Two archived notices of one series: the report shows the audit findings on them.
            from qdiff.store.threads import findings

            found = findings_on_tasks(
                findings(archive, series_key),
                [(p, notice) for notice, side in sides if (p := _period(side)) is not None],
            )
        _write_html(comparison, old_side, new_side, html_file, lang, found)
        if html_file == "-":
            return
    if output_format == "json":
        text = json.dumps(
            comparison_to_dict(comparison, old_side, new_side), ensure_ascii=False, indent=2
        )
    else:
        text = format_comparison(comparison, old_side, new_side)
    if output is None or output == "-":
        click.echo(text)
    else:
        write_text_atomically(Path(output), text + "\n")
        click.echo(f"wrote the comparison to {output}", err=True)


def _destinations(html_file: str | None, output: str | None) -> tuple[str | None, str | None]:
    """Where the HTML report and the text or JSON go: `--html FILE`, or `--html -o FILE`
    (the report to FILE), or `-o FILE` alone (the text or JSON to FILE)."""
    if html_file == "":  # --html without a file: the report goes where -o says
        return output or "-", None
    if html_file is not None and output is not None:
        raise UsageError("give the report one destination: --html FILE, or --html -o FILE")
    return html_file, output


def _check_html_options(ctx: click.Context, html_file: str | None) -> None:
    explicit = ParameterSource.COMMANDLINE
    if html_file is None and ctx.get_parameter_source("lang") is explicit:
        raise UsageError("--lang sets the language of the HTML report; add --html FILE")
    if html_file == "-" and ctx.get_parameter_source("output_format") is explicit:
        raise UsageError(
            "--html - writes the report to stdout, so --format cannot print there too; "
            "write the report to a file with --html FILE"
        )


def findings_on_tasks(
    found: Sequence[Finding], notices: Sequence[tuple[Period, Notice]]
) -> TaskFindings:
    """The findings made on tasks of these archived notices, by (period, task ref) in them.

    A finding names the occurrence it was made on by period, ref and text. When the notice of its
    period was archived again and the task at its ref reads differently, it goes with the task
    whose text is the finding's, as `qdiff trace` and `qdiff report` find it; failing that, with
    the task at its ref. Findings on other quarters are left out."""
    attached: TaskFindings = {}
    for finding in found:
        for period, notice in notices:
            if finding.period != period:
                continue
            task = _task_of(notice.tasks, finding)
            if task is None:
                continue
            here = attached.setdefault((str(period), task.ref), [])
            if finding not in here:  # both notices may be versions of the same quarter
                here.append(finding)
    return attached


def _task_of(tasks: Sequence[Task], finding: Finding) -> Task | None:
    # Found as `qdiff trace` and `qdiff report` find a finding's thread.
    return best_match(tasks, finding.ref, finding.text, lambda task: (task.ref, task.text))


def _period(side: Side) -> Period | None:
    return Period.parse(side.period) if side.period is not None else None


def _write_html(
    comparison: Comparison, old: Side, new: Side, target: str, lang: str, found: TaskFindings
) -> None:
    # Imported here: Jinja2 and the templates load only when a report is asked for.
    from qdiff.reports import render_comparison

    html = render_comparison(
        comparison, old, new, lang=lang, created_at=datetime.now().astimezone(), findings=found
    )
    if target == "-":
        click.echo(html, nl=False)
        return
    path = Path(target)
    write_text_atomically(path, html)
    size = len(html.encode("utf-8"))
    click.echo(f"wrote the HTML report to {path} ({size / 1024:.0f} KB)", err=True)
