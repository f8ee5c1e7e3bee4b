"""`qdiff delivery PLAN [EVIDENCE...]`: a plan's promises against the reports on it."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from qdiff.delivery import DeliveryCheck
    from qdiff.output.words import Language


@click.command(name="delivery")
@click.argument("plan", metavar="PLAN")
@click.argument("evidence", metavar="[EVIDENCE]...", nargs=-1)
@series_option
@output_format
@lang_option(html="report")
@html_report_option("the 承诺兑现 report")
@click.pass_context
def delivery(
    ctx: click.Context,
    plan: str,
    evidence: tuple[str, ...],
    series: str | None,
    output_format: str,
    languages: Languages,
    html_file: str | None,
) -> None:
    """Check each checkable commitment of PLAN (a named object, or a number promised) against
    the documents that report on it: done, in_progress, short (a figure below the promise, with
    both figures) or not_reported, with the passages that say so.

    PLAN and EVIDENCE are archived periods or versions (2023, 2023@2) or files. Without
    EVIDENCE, an archived plan is checked against what the archive holds that reports on it:
    the next year's work report (its review of the year), the year's progress reports and, for
    a plan of a quarter or half-year, the later plans of the year.
    """
    from qdiff.app.delivery import check_delivery

    check_html_stdout(ctx, html_file)
    check = check_delivery(plan, evidence, series, lambda: open_archive(ctx))
    if html_file is not None:
        _write_html(check, html_file, languages.html)
        if html_file == "-":
            return
    if output_format == "json":
        from qdiff.output.delivery import delivery_to_dict

        click.echo(json_text(delivery_to_dict(check)))
        return
    from qdiff.output.delivery import delivery_text

    click.echo(delivery_text(check, languages.text))


def _write_html(check: DeliveryCheck, target: str, lang: Language) -> None:
    # Imported here: Jinja2 and the templates load only when a report is asked for.
    from qdiff.reports.delivery import render_delivery

    emit_html(render_delivery(check, lang=lang, created_at=datetime.now().astimezone()), target)
