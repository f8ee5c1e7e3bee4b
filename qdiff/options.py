"""Options shared by several commands, declared once (as pip-tools does in scripts/options.py)."""

from __future__ import annotations

import click

output_format = click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text for people, json for other tools (a stable, documented shape).",
)
