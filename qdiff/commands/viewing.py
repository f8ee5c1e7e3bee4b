"""`qdiff list`, `show` and `log`: looking at what the archive holds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from qdiff.commands.common import open_archive
from qdiff.commands.options import output_format, series_option, to_period
from qdiff.output.terminal import json_text, terminal_text
from qdiff.periods import Period
from qdiff.refs import parse_version_ref

if TYPE_CHECKING:  # the database layer loads when a command runs, not for --help
    from qdiff.store import VersionInfo


@click.command(name="list")
@series_option
@output_format
@click.pass_context
def list_notices(ctx: click.Context, series: str | None, output_format: str) -> None:
    """List the archive: its location, series, periods, versions, items and warnings."""
    store = open_archive(ctx)
    key = store.resolve_series(series) if series else None
    summaries = store.summaries(key)
    if output_format == "json":
        grouped: dict[str, list[dict[str, Any]]] = {}
        for summary in summaries:
            grouped.setdefault(summary.series, []).append(
                {"period": str(summary.period), "versions": summary.versions,
                 "latest": _version_json(summary.latest)}
            )  # fmt: skip
        data = {
            "archive": store.location,
            "series": [{"key": k, "notices": v} for k, v in grouped.items()],
        }
        click.echo(json_text(data))
        return
    click.echo(f"archive: {store.location}")
    if not summaries:
        click.echo("(empty: archive a notice with `qdiff archive FILE`)")
        return
    current = None
    for summary in summaries:
        if summary.series != current:
            current = summary.series
            click.echo(f"\n{terminal_text(current, one_line=True)}")
            click.echo("  period   versions  items  tasks  warnings  archived (latest version)")
        info = summary.latest
        flag = "  TRUNCATED" if info.truncated else ""
        by = terminal_text(info.archived_by, one_line=True)
        click.echo(
            f"  {summary.period!s:<8} {summary.versions:>8}  {info.items:>5}  {info.tasks:>5}"
            f"  {info.warnings:>8}  {info.archived_at:%Y-%m-%d %H:%M} by {by}{flag}"
        )


@click.command()
@click.argument("ref", metavar="PERIOD[@VERSION]")
@series_option
@output_format
@click.pass_context
def show(ctx: click.Context, ref: str, series: str | None, output_format: str) -> None:
    """Show an archived notice's stored parse: PERIOD (latest version) or PERIOD@VERSION.

    --format json prints the parse contract (as `qdiff parse`), plus the version's metadata.
    """
    wanted = parse_version_ref(ref)
    store = open_archive(ctx)
    stored = store.load(store.resolve_series(series, wanted.period), wanted.period, wanted.number)
    if output_format == "json":
        from qdiff.serialize import notice_to_dict

        data = notice_to_dict(stored.notice)
        data["version"] = _version_json(stored.info)
        click.echo(json_text(data))
        return
    info = stored.info
    click.echo(terminal_text(f"{info.series} {info.name}  sha256 {info.sha256}", one_line=True))
    from qdiff.output.outline import format_outline

    click.echo(format_outline(stored.notice, info.file_name))


@click.command()
@click.argument("period", metavar="PERIOD", callback=to_period)
@series_option
@output_format
@click.pass_context
def log(ctx: click.Context, period: Period, series: str | None, output_format: str) -> None:
    """List every archived version of the notice for PERIOD, oldest first."""
    store = open_archive(ctx)
    versions = store.versions(store.resolve_series(series, period), period)
    if output_format == "json":
        click.echo(json_text([_version_json(v) for v in versions]))
        return
    for info in versions:
        line = (
            f"{info.name}  {info.archived_at:%Y-%m-%d %H:%M:%S %Z} by {info.archived_by}  "
            f"sha256 {info.sha256[:16]}  {info.file_name or '(stdin)'} [{info.format}"
            f"{', ' + info.encoding if info.encoding else ''}]  {info.items} items, "
            f"{info.warnings} warnings{'  TRUNCATED' if info.truncated else ''}"
        )
        click.echo(terminal_text(line, one_line=True))


def _version_json(info: VersionInfo) -> dict[str, Any]:
    return {
        "series": info.series,
        "period": str(info.period),
        "version": info.number,
        "sha256": info.sha256,
        "file_name": info.file_name,
        "format": info.format,
        "encoding": info.encoding,
        "parser_version": info.parser_version,
        "archived_by": info.archived_by,
        "archived_at": info.archived_at.isoformat(),
        "title": info.title,
        "doc_number": info.doc_number,
        "truncated": info.truncated,
        "items": info.items,
        "tasks": info.tasks,
        "warnings": info.warnings,
    }
