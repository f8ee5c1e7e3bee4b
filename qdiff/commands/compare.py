"""`qdiff compare A B`: two archived periods or versions, or two files, side by side."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from qdiff.commands.common import open_archive, settings_from
from qdiff.commands.files import write_text_atomically
from qdiff.commands.html import check_html_stdout, emit_html
from qdiff.commands.options import (
    Languages,
    lang_option,
    output_format,
    series_option,
    settings_option,
)
from qdiff.commands.stdout import stdout_is_terminal
from qdiff.errors import UsageError
from qdiff.output.terminal import json_text, terminal_text

if TYPE_CHECKING:
    from qdiff.app.compare import ComparedPair, TaskFindings


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
    "--reverse",
    is_flag=True,
    help="Compare in the order given even when A is newer than B (refused otherwise).",
)
@lang_option(html="compare")
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
    reverse: bool,
    languages: Languages,
) -> None:
    """Compare notice A (older) with notice B (newer): what is new, carried over, reworded,
    dropped, split or merged, and which promises slipped.

    A and B are archived periods (2021Q1), versions (2021Q1@2) or file paths; two files compare
    without any database. --html writes the audit report that people read, print and archive;
    when A and B are archived notices of one series, it shows the audit findings on their tasks.
    A newer than B (a later period, a later date or version) is refused unless --reverse.
    """
    from qdiff.app.compare import archived_findings, compare_pair

    if html_file == "" and output is None and stdout_is_terminal():
        raise UsageError(
            "--html without a file would print the report's HTML markup on the terminal; "
            "give a file (--html report.html), or pipe the output to a program or a file"
        )
    html_file, output = _destinations(html_file, output)
    check_html_stdout(ctx, html_file)
    settings = settings_from(overrides)
    pair = compare_pair(old, new, settings, series, lambda: open_archive(ctx), reverse=reverse)
    _note_withdrawn(pair)
    if html_file is not None:
        _write_html(pair, html_file, languages.html, archived_findings(pair))
        if html_file == "-":
            return
    if output_format == "json":
        from qdiff.output.comparison_json import comparison_to_dict

        data = comparison_to_dict(pair.comparison, pair.old.side, pair.new.side)
        text = json_text(data)
    else:
        from qdiff.output.comparison_text import format_comparison

        text = format_comparison(pair.comparison, pair.old.side, pair.new.side, languages.text)
    if output is None or output == "-":
        click.echo(text)
    else:
        write_text_atomically(Path(output), text + "\n", "output")
        click.echo(f"wrote the comparison to {terminal_text(output)}", err=True)


def _destinations(html_file: str | None, output: str | None) -> tuple[str | None, str | None]:
    """Where the HTML report and the text or JSON go: `--html FILE`, or `--html -o FILE`
    (the report to FILE), or `-o FILE` alone (the text or JSON to FILE)."""
    if html_file == "":  # --html without a file: the report goes where -o says
        return output or "-", None
    if html_file is not None and output is not None:
        raise UsageError("give the report one destination: --html FILE, or --html -o FILE")
    return html_file, output


def _write_html(pair: ComparedPair, target: str, lang: str, found: TaskFindings) -> None:
    # Imported here: Jinja2 and the templates load only when a report is asked for.
    from qdiff.reports.pair import render_comparison

    html = render_comparison(
        pair.comparison, pair.old.side, pair.new.side, lang=lang,
        created_at=datetime.now().astimezone(), findings=found,
    )  # fmt: skip
    emit_html(html, target)


def _note_withdrawn(pair: ComparedPair) -> None:
    """A withdrawn version compares only when named (2021Q2@1); say on stderr that it is."""
    if pair.archive is None:
        return
    from qdiff.app.withdrawals import withdrawn_notes

    sides = [
        (side.series, side.period, side.version)
        for side in (pair.old.side, pair.new.side)
        if side.series is not None and side.period is not None and side.version is not None
    ]
    for note in withdrawn_notes(pair.archive, sides):
        click.echo(terminal_text(note, one_line=True), err=True)
