"""`qdiff targets`: a city's main targets over the years, promise against reported figure."""

from __future__ import annotations

from datetime import datetime

import click

from qdiff.commands.common import open_archive
from qdiff.commands.html import check_html_stdout, emit_html
from qdiff.commands.options import (
    Languages,
    html_report_option,
    lang_option,
    output_format,
    series_option,
)
from qdiff.output.terminal import json_text


@click.command(name="targets")
@series_option
@click.option("--from", "first", type=int, default=None, metavar="YEAR", help="The first year.")
@click.option("--to", "last", type=int, default=None, metavar="YEAR", help="The last year.")
@output_format
@lang_option(html="report")
@html_report_option("the table and a small chart per measure")
@click.pass_context
def targets(
    ctx: click.Context,
    series: str | None,
    first: int | None,
    last: int | None,
    output_format: str,
    languages: Languages,
    html_file: str | None,
) -> None:
    """The main targets (主要预期目标) of an issuer's archived work reports, year by year: each
    year's promise against the figure the next year's report gives for it (met, missed or not
    reported). Needs the work reports of consecutive years in the archive.
    """
    from qdiff.app.delivery import target_years

    check_html_stdout(ctx, html_file)
    series_key, years = target_years(open_archive(ctx), series, first, last)
    if html_file is not None:
        from qdiff.reports.delivery.targets import render_targets

        html = render_targets(
            series_key, years, lang=languages.html, created_at=datetime.now().astimezone()
        )
        emit_html(html, html_file)
        if html_file == "-":
            return
    if output_format == "json":
        from qdiff.output.targets import targets_to_dict

        click.echo(json_text(targets_to_dict(series_key, years)))
        return
    from qdiff.output.targets import targets_text

    click.echo(targets_text(series_key, years, languages.text))
