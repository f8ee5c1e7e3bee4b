"""`qdiff list`, `show` and `log`: looking at what the archive holds."""

from __future__ import annotations

import click

from qdiff.commands.common import open_archive
from qdiff.commands.options import Languages, lang_option, output_format, series_option, to_period
from qdiff.output.terminal import json_text
from qdiff.periods import Period
from qdiff.refs import parse_version_ref


@click.command(name="list")
@series_option
@output_format
@lang_option()
@click.pass_context
def list_notices(
    ctx: click.Context, series: str | None, output_format: str, languages: Languages
) -> None:
    """List the archive: its location, series, periods, versions, items and warnings."""
    from qdiff.errors import ArchiveMissingError
    from qdiff.output.archive_text import listing_text, listing_to_dict

    # An archive that does not exist yet is listed as what it is, and not created.
    try:
        store = open_archive(ctx)
    except ArchiveMissingError as missing:
        if series:
            raise
        location, summaries = f"{missing.location} ({missing.reason})", []
    else:
        key = store.resolve_series(series, withdrawn=True) if series else None
        summaries = store.summaries(key)
        location = store.location if store.note is None else f"{store.location} ({store.note})"
    if output_format == "json":
        click.echo(json_text(listing_to_dict(location, summaries)))
    else:
        click.echo(listing_text(location, summaries, languages.text))


@click.command()
@click.argument("ref", metavar="PERIOD[@VERSION]")
@series_option
@output_format
@lang_option()
@click.pass_context
def show(
    ctx: click.Context, ref: str, series: str | None, output_format: str, languages: Languages
) -> None:
    """Show an archived notice's stored parse: PERIOD (latest version) or PERIOD@VERSION.

    --format json prints the parse contract (as `qdiff parse`), plus the version's metadata.
    """
    from qdiff.output.archive_text import stored_text, stored_to_dict

    wanted = parse_version_ref(ref)
    store = open_archive(ctx)
    key = store.resolve_series(series, wanted.period, withdrawn=True)
    stored = store.load(key, wanted.period, wanted.number)
    if output_format == "json":
        click.echo(json_text(stored_to_dict(stored)))
    else:
        click.echo(stored_text(stored, languages.text))


@click.command()
@click.argument("period", metavar="PERIOD", callback=to_period)
@series_option
@output_format
@lang_option()
@click.pass_context
def log(
    ctx: click.Context, period: Period, series: str | None, output_format: str, languages: Languages
) -> None:
    """List every archived version of the notice for PERIOD, oldest first."""
    from qdiff.output.archive_text import version_to_dict, versions_text

    store = open_archive(ctx)
    versions = store.versions(store.resolve_series(series, period, withdrawn=True), period)
    if output_format == "json":
        click.echo(json_text([version_to_dict(v) for v in versions]))
    elif versions:
        click.echo(versions_text(versions, languages.text))
