"""What several commands share: the archive they open, the settings and who is working."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from qdiff.errors import UnknownSettingError, UsageError

# Imported when used: `qdiff --help` and comparing two files load no database layer.
if TYPE_CHECKING:
    from qdiff.align.settings import Settings
    from qdiff.store import Archive
    from qdiff.store.database import Access


def settings_from(values: tuple[str, ...]) -> Settings:
    """The matching settings with the `--set NAME=VALUE` overrides applied."""
    from qdiff.align.settings import Settings

    given: dict[str, str] = {}  # a setting given twice: the last one counts
    for value in values:
        name, sep, number = value.partition("=")
        if not sep:
            raise UsageError(f"--set takes NAME=VALUE, e.g. --set item_match=0.25, not '{value}'")
        given[name.strip()] = number.strip()
    overrides: dict[str, float] = {}
    for name, number in given.items():
        if name not in Settings.names():
            raise UnknownSettingError(name, Settings.names())
        try:
            overrides[name] = float(number)
        except ValueError:
            raise UsageError(f"setting {name} needs a number, not '{number}'") from None
    return Settings().with_overrides(overrides)


def open_archive(
    ctx: click.Context,
    access: Access | str = "read",
    *,
    check_schema: bool = True,
    create: bool = False,
) -> Archive:
    """The archive named by --db, $QDIFF_DATABASE_URL or the default, opened for what the
    command does (`read`, `cache` or `write`, see `qdiff.store.database.Access`); closed after
    the command. Only `archive`, `import` and `db upgrade` `create` a new archive: any other
    command that writes (`audit mark`, say) adds to an archive there is, and on none says to
    archive notices first."""
    from qdiff.store import Archive
    from qdiff.store.database import Access, resolve_url

    root = ctx.find_root()
    url = resolve_url(root.obj.get("db") if root.obj else None)
    archive = Archive.open(url, access=Access(access), check_schema=check_schema, create=create)
    ctx.call_on_close(archive.close)
    return archive


def current_user() -> str:
    """Who is archiving: $QDIFF_USER, else the login name."""
    name = os.environ.get("QDIFF_USER")
    if name:
        return name
    try:
        import getpass

        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
