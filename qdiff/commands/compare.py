"""`qdiff compare A B`: two archived periods or versions, or two files, side by side."""

from __future__ import annotations

import json
from pathlib import Path

import click

from qdiff.align import Settings, compare
from qdiff.align.serialize import Side, comparison_to_dict
from qdiff.align.text import format_comparison
from qdiff.commands.common import open_archive, series_option
from qdiff.errors import UsageError
from qdiff.load import load_path
from qdiff.notice import Notice
from qdiff.options import output_format
from qdiff.refs import is_version_ref, parse_version_ref
from qdiff.store import Archive


def _parse_overrides(values: tuple[str, ...]) -> dict[str, str]:
    overrides: dict[str, str] = {}
    for value in values:
        name, sep, number = value.partition("=")
        if not sep:
            raise UsageError(f"--set takes NAME=VALUE, e.g. --set item_match=0.25, not '{value}'")
        overrides[name.strip()] = number.strip()
    return overrides


@click.command(name="compare")
@click.argument("old", metavar="A")
@click.argument("new", metavar="B")
@series_option
@output_format
@click.option(
    "--set",
    "overrides",
    metavar="NAME=VALUE",
    multiple=True,
    help="Override a matching threshold or weight (see README, settings); repeatable.",
)
@click.pass_context
def compare_command(
    ctx: click.Context,
    old: str,
    new: str,
    series: str | None,
    output_format: str,
    overrides: tuple[str, ...],
) -> None:
    """Compare notice A (older) with notice B (newer): what is new, carried over, reworded,
    dropped, split or merged, and which promises slipped.

    A and B are archived periods (2021Q1), versions (2021Q1@2) or file paths; two files compare
    without any database.
    """
    settings = Settings().with_overrides(_parse_overrides(overrides))
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
    if output_format == "json":
        data = comparison_to_dict(comparison, old_side, new_side)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(format_comparison(comparison, old_side, new_side))
