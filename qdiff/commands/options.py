"""Options shared by several commands, declared once (as pip-tools does in scripts/options.py)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import click

from qdiff.notice import DocumentKind
from qdiff.periods import Period

if TYPE_CHECKING:
    from qdiff.output.words import Language

F = TypeVar("F", bound=Callable[..., Any])

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


@dataclass(frozen=True)
class Languages:
    """The language of what a command prints for people, and of the HTML report it writes."""

    text: Language
    html: Language


def to_languages(ctx: click.Context, param: click.Parameter, value: str | None) -> Languages:
    """Click callback: --lang as given, else the locale's language for the terminal and
    Chinese for an HTML report (a document for Chinese offices, whoever makes it)."""
    from qdiff.output.words import language_from_locale

    if value == "zh":
        return Languages("zh", "zh")
    if value == "en":
        return Languages("en", "en")
    return Languages(language_from_locale(os.environ), "zh")


def lang_option(*, html: Literal["none", "compare", "report"] = "none") -> Callable[[F], F]:
    """--lang, as every command that prints text for people takes it; `html` says whether the
    command also writes an HTML report, whose default language is Chinese."""
    help_text = (
        "Language of the text for people: zh or en. Default: the locale's (LC_ALL, then "
        "LC_MESSAGES, then LANG; zh_* is Chinese, anything else English). "
    )
    if html != "none":
        help_text += (
            "Also the language of the HTML report's labels, which is Chinese when --lang is not "
            "given: it is a document for Chinese offices. "
        )
    help_text += "JSON never changes with --lang; the notice text is always as published."
    return click.option(
        "--lang",
        "languages",
        type=click.Choice(["zh", "en"]),
        default=None,
        callback=to_languages,
        help=help_text,
    )


def html_report_option(what: str) -> Callable[[F], F]:
    """--html FILE, as the commands that also write a report take it; `what` says what the
    report shows."""
    return click.option(
        "--html",
        "html_file",
        metavar="FILE",
        default=None,
        help=f"Also write {what} as one self-contained HTML report to FILE (- for stdout, "
        "instead of the text or JSON).",
    )
