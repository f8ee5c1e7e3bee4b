"""What several commands share: the archive they open, and options declared once."""

from __future__ import annotations

import getpass
import os
from typing import TYPE_CHECKING

import click

from qdiff.errors import QdiffError, UsageError
from qdiff.periods import Period
from qdiff.store import Archive
from qdiff.store.database import resolve_url

if TYPE_CHECKING:  # importing qdiff.align loads the whole engine, which `list` and `show` never use
    from qdiff.align.settings import Settings

series_option = click.option(
    "--series",
    metavar="NAME",
    default=None,
    help="The series (an issuer's run of notices); needed when the archive holds several. "
    "An unambiguous beginning of the name is enough.",
)


settings_option = click.option(
    "--set",
    "overrides",
    metavar="NAME=VALUE",
    multiple=True,
    help="Override a matching threshold or weight (see README, settings); repeatable.",
)


def settings_from(values: tuple[str, ...]) -> Settings:
    """The matching settings with the `--set NAME=VALUE` overrides applied."""
    overrides: dict[str, str] = {}
    for value in values:
        name, sep, number = value.partition("=")
        if not sep:
            raise UsageError(f"--set takes NAME=VALUE, e.g. --set item_match=0.25, not '{value}'")
        overrides[name.strip()] = number.strip()
    from qdiff.align.settings import Settings

    return Settings().with_overrides(overrides)


def open_archive(ctx: click.Context, *, check_schema: bool = True) -> Archive:
    """The archive named by --db, $QDIFF_DATABASE_URL or the default; closed after the command."""
    root = ctx.find_root()
    url = resolve_url(root.obj.get("db") if root.obj else None)
    archive = Archive.open(url, check_schema=check_schema)
    ctx.call_on_close(archive.close)
    return archive


def current_user() -> str:
    """Who is archiving: $QDIFF_USER, else the login name."""
    name = os.environ.get("QDIFF_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def to_period(ctx: click.Context, param: click.Parameter, value: str | None) -> Period | None:
    """Click callback: a period option or argument as a `Period`, or a usage error."""
    if value is None:
        return None
    try:
        return Period.parse(value)
    except QdiffError as error:
        raise click.BadParameter(error.message, ctx, param) from None
