"""Where an HTML report goes, for every command that writes one (`compare`, `delivery`)."""

from __future__ import annotations

from pathlib import Path

import click
from click.core import ParameterSource

from qdiff.commands.files import write_text_atomically
from qdiff.errors import UsageError
from qdiff.output.terminal import terminal_text


def check_html_stdout(ctx: click.Context, html_file: str | None) -> None:
    """`--html -` writes the report to stdout: an explicit --format cannot print there too."""
    explicit = ParameterSource.COMMANDLINE
    if html_file == "-" and ctx.get_parameter_source("output_format") is explicit:
        raise UsageError(
            "--html - writes the report to stdout, so --format cannot print there too; "
            "write the report to a file with --html FILE"
        )


def emit_html(html: str, target: str) -> None:
    """The report to stdout (`-`) or written whole to a file, saying so on stderr."""
    if target == "-":
        click.echo(terminal_text(html), nl=False)  # stdout may be a terminal: show, never obey
        return
    write_text_atomically(Path(target), html)
    size = len(html.encode("utf-8"))
    click.echo(f"wrote the HTML report to {terminal_text(target)} ({size / 1024:.0f} KB)", err=True)
