"""Options shared by several commands, declared once (as pip-tools does in scripts/options.py)."""

from __future__ import annotations

import click

from qdiff.notice import DocumentKind
from qdiff.periods import Period

output_format = click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text for people, json for other tools (a stable, documented shape).",
)

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


def to_period(ctx: click.Context, param: click.Parameter, value: str | None) -> Period | None:
    """Click callback: a period option or argument as a `Period`, or a usage error."""
    # Period.parse's own error, not click's "Invalid value for …": a period that is not one
    # reads the same whichever command or option was given it.
    return None if value is None else Period.parse(value)


KIND_CHOICE = click.Choice([kind.value for kind in DocumentKind])


def to_kind(ctx: click.Context, param: click.Parameter, value: str | None) -> DocumentKind | None:
    """Click callback: a --kind choice as a `DocumentKind`."""
    return DocumentKind(value) if value is not None else None
