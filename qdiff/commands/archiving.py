"""`qdiff archive`, `list`, `show` and `log`: putting notices into the archive and looking at it."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from qdiff.commands.common import current_user, open_archive, series_option
from qdiff.errors import QdiffError
from qdiff.load import LoadedNotice, load_path
from qdiff.options import output_format
from qdiff.outline import format_outline
from qdiff.periods import Period
from qdiff.refs import parse_version_ref
from qdiff.serialize import notice_to_dict
from qdiff.store import Archive, ArchiveOutcome, VersionInfo


def _to_period(ctx: click.Context, param: click.Parameter, value: str | None) -> Period | None:
    """Click callback: a period option or argument as a `Period`, or a usage error."""
    if value is None:
        return None
    try:
        return Period.parse(value)
    except QdiffError as error:
        raise click.BadParameter(error.message, ctx, param) from None


@click.command()
@click.argument("files", metavar="FILE...", nargs=-1, required=True)
@click.option(
    "--series", metavar="NAME", help="File under this series instead of the notice's issuer."
)
@click.option(
    "--period",
    callback=_to_period,
    metavar="PERIOD",
    help="The period, for a notice that names none.",
)
@click.option(
    "--force", is_flag=True, help="File under --period even when the notice names another."
)
@click.option("--strict", is_flag=True, help="One bad file aborts the lot; nothing is written.")
@click.option(
    "--by", "archived_by", metavar="NAME", help="Who archives (default: $QDIFF_USER or login)."
)
@click.pass_context
def archive(
    ctx: click.Context,
    files: tuple[str, ...],
    series: str | None,
    period: Period | None,
    force: bool,
    strict: bool,
    archived_by: str | None,
) -> None:
    """Archive notice FILEs, each as a new version of its series and period.

    The period comes from the document. Archiving the same bytes again changes nothing and says
    which version they already are; a corrected re-issue becomes the next version. A bad file is
    reported and skipped (exit status 1) unless --strict, which then writes nothing at all.
    """
    store = open_archive(ctx)
    who = archived_by or current_user()
    if strict:
        _archive_strictly(store, files, series, period, force, who)
        return
    failures = 0
    exit_code = 0
    outcomes: list[ArchiveOutcome] = []
    with _progress(len(files)) as advance:
        for file in files:
            try:
                loaded = load_path(file)
                outcome = store.archive(
                    loaded, series=series, period=period, force=force, archived_by=who
                )
            except QdiffError as error:
                failures += 1
                exit_code = max(exit_code, error.exit_code)  # 2 when a file was misnamed
                click.echo(f"Error: {error.message}", err=True)
            else:
                outcomes.append(outcome)
                click.echo(_describe(outcome, file))
            advance()
    if len(files) > 1:
        click.echo(_summary(outcomes, failures))
    ctx.exit(exit_code)


def _archive_strictly(
    store: Archive,
    files: tuple[str, ...],
    series: str | None,
    period: Period | None,
    force: bool,
    who: str,
) -> None:
    batch: list[tuple[LoadedNotice, str, Period]] = []
    for file in files:
        try:
            loaded = load_path(file)
            key, target = store.placement(loaded, series=series, period=period, force=force)
        except QdiffError as error:
            error.message = f"{error.message} (--strict: nothing was archived)"
            raise
        batch.append((loaded, key, target))
    # Said before the one transaction starts, so a watcher knows the write has begun.
    click.echo(f"writing {len(batch)} notice(s) in one transaction", err=True)
    outcomes = store.archive_all(batch, archived_by=who)
    for file, outcome in zip(files, outcomes, strict=True):
        click.echo(_describe(outcome, file))
    if len(files) > 1:
        click.echo(_summary(outcomes, 0))


def _describe(outcome: ArchiveOutcome, file: str) -> str:
    info = outcome.version
    if outcome.added:
        counts = f"{info.items} items, {info.tasks} tasks, {info.warnings} warnings"
        truncated = ", TRUNCATED" if info.truncated else ""
        return f"archived {file} as {info.series} {info.name} ({counts}{truncated})"
    return f"unchanged {file} is already {info.series} {info.name}; nothing written"


def _summary(outcomes: list[ArchiveOutcome], failures: int) -> str:
    added = sum(1 for outcome in outcomes if outcome.added)
    return f"{added} archived, {len(outcomes) - added} already archived, {failures} failed"


class _progress:
    """A progress bar on stderr for a terminal; silent when stderr is a file or a pipe."""

    def __init__(self, total: int) -> None:
        console = Console(stderr=True)
        self._bar = Progress(
            TextColumn("archiving"), BarColumn(), MofNCompleteColumn(),
            console=console, transient=True, disable=not console.is_terminal or total < 2,
        )  # fmt: skip
        self._task = self._bar.add_task("archiving", total=total)

    def __enter__(self) -> Any:
        self._bar.__enter__()
        return lambda: self._bar.advance(self._task)

    def __exit__(self, *exc: object) -> None:
        self._bar.__exit__(None, None, None)


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
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"archive: {store.location}")
    if not summaries:
        click.echo("(empty: archive a notice with `qdiff archive FILE`)")
        return
    current = None
    for summary in summaries:
        if summary.series != current:
            current = summary.series
            click.echo(f"\n{current}")
            click.echo("  period   versions  items  tasks  warnings  archived (latest version)")
        info = summary.latest
        flag = "  TRUNCATED" if info.truncated else ""
        click.echo(
            f"  {summary.period!s:<8} {summary.versions:>8}  {info.items:>5}  {info.tasks:>5}"
            f"  {info.warnings:>8}  {info.archived_at:%Y-%m-%d %H:%M} by {info.archived_by}{flag}"
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
        data = notice_to_dict(stored.notice)
        data["version"] = _version_json(stored.info)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    info = stored.info
    click.echo(f"{info.series} {info.name}  sha256 {info.sha256}")
    click.echo(format_outline(stored.notice, info.file_name))


@click.command()
@click.argument("period", metavar="PERIOD", callback=_to_period)
@series_option
@output_format
@click.pass_context
def log(ctx: click.Context, period: Period, series: str | None, output_format: str) -> None:
    """List every archived version of the notice for PERIOD, oldest first."""
    store = open_archive(ctx)
    versions = store.versions(store.resolve_series(series, period), period)
    if output_format == "json":
        click.echo(json.dumps([_version_json(v) for v in versions], ensure_ascii=False, indent=2))
        return
    for info in versions:
        click.echo(
            f"{info.name}  {info.archived_at:%Y-%m-%d %H:%M:%S %Z} by {info.archived_by}  "
            f"sha256 {info.sha256[:16]}  {info.file_name or '(stdin)'} [{info.format}"
            f"{', ' + info.encoding if info.encoding else ''}]  {info.items} items, "
            f"{info.warnings} warnings{'  TRUNCATED' if info.truncated else ''}"
        )


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
