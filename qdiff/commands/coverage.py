"""`qdiff coverage YEAR`: the year's commitments against the quarters that should schedule them."""

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
from qdiff.errors import UsageError
from qdiff.output.terminal import json_text


@click.command(name="coverage")
@click.argument("year", metavar="YEAR")
@series_option
@output_format
@lang_option(html="report")
@html_report_option("the coverage")
@click.pass_context
def coverage(
    ctx: click.Context,
    year: str,
    series: str | None,
    output_format: str,
    languages: Languages,
    html_file: str | None,
) -> None:
    """The coverage of a year: each checkable commitment of the year's annual plan (or its work
    report's plan part) with the quarterly notices that scheduled it and the stage each claimed;
    the year's commitments no quarter scheduled; the quarters' commitments with no root in the
    year's plan; and, for a task table with quarterly milestones, each milestone against its
    quarter's notice and the year's progress reports. From the archive.
    """
    from qdiff.app.coverage import cover_year
    from qdiff.periods import Period, PeriodKind

    period = Period.parse(year)
    if period.kind is not PeriodKind.YEAR:
        raise UsageError(f"coverage is of a whole year: give the year ({period.year}), not {year}")
    check_html_stdout(ctx, html_file)
    found = cover_year(period.year, series, lambda: open_archive(ctx))
    if html_file is not None:
        from qdiff.reports.delivery.coverage import render_coverage

        html = render_coverage(
            found.year, found.plan, found.notices, found.reports, found.coverage,
            lang=languages.html, created_at=datetime.now().astimezone(),
        )  # fmt: skip
        emit_html(html, html_file)
        if html_file == "-":
            return
    if output_format == "json":
        from qdiff.output.coverage import coverage_to_dict

        data = coverage_to_dict(
            found.year, found.plan, found.notices, found.reports, found.coverage
        )
        click.echo(json_text(data))
        return
    from qdiff.output.coverage import coverage_text

    click.echo(
        coverage_text(found.plan, found.notices, found.reports, found.coverage, languages.text)
    )
