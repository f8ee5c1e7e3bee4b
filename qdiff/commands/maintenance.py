"""`qdiff export`, `import`, `verify` and `db …`: backing up, moving and checking the archive."""

from __future__ import annotations

import errno
import io
import os
import sys
from pathlib import Path

import click

from qdiff.commands.common import open_archive
from qdiff.commands.files import atomic_text_file
from qdiff.commands.usage import CommandGroup
from qdiff.errors import NameTooLongError, StoreError, UsageError
from qdiff.output.terminal import terminal_text


@click.command()
@click.option("-o", "--output", metavar="FILE", default="-", help="Write here (default: stdout).")
@click.pass_context
def export(ctx: click.Context, output: str) -> None:
    """Export the whole archive as JSON lines: every version's bytes, text, hashes and parse.

    The file moves an archive between databases (`qdiff import`) and serves as a backup.
    """
    from qdiff.store.transfer import export_lines

    store = open_archive(ctx)
    if output == "-":
        for line in export_lines(store):
            click.echo(line)
        return
    target = Path(output)
    with atomic_text_file(target, "export") as handle:
        for line in export_lines(store):
            handle.write(line + "\n")
    click.echo(f"exported the archive to {terminal_text(output)}", err=True)


@click.command(name="import")
@click.argument("file", metavar="FILE")
@click.pass_context
def import_(ctx: click.Context, file: str) -> None:
    """Import an export made by `qdiff export` (- for stdin), verifying every hash.

    All or nothing: a damaged line or a conflicting version imports nothing.
    """
    if file == "-":
        stream: io.TextIOBase | io.TextIOWrapper = io.TextIOWrapper(
            sys.stdin.buffer, encoding="utf-8"
        )
        name = "standard input"
    else:
        path = Path(file)
        try:
            os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            raise UsageError(f"{file} does not exist; check the path") from None
        except OSError as error:
            if error.errno == errno.ENAMETOOLONG:
                raise NameTooLongError(file) from None
        if path.is_dir():
            raise UsageError(f"{file} is a directory; give the export file")
        stream = path.open(encoding="utf-8", errors="strict")
        name = file
    from qdiff.store.transfer import import_lines

    store = open_archive(ctx, "write", create=True)
    try:
        with stream:
            added, present = import_lines(store, stream, name)
    except UnicodeDecodeError:
        raise StoreError(f"{name} is not UTF-8 text, so not a qdiff export") from None
    click.echo(f"imported {added} versions ({present} already present) into {store.location}")


@click.command()
@click.pass_context
def verify(ctx: click.Context) -> None:
    """Re-hash every stored version's bytes and text and check every stored parse against its
    text; exit 1 if any does not match."""
    store = open_archive(ctx)
    checked, problems = store.verify()
    for problem in problems:
        click.echo(
            terminal_text(f"{problem.series} {problem.version}: {problem.problem}", one_line=True)
        )
    if problems:
        click.echo(f"Error: {len(problems)} problem(s) in {checked} versions", err=True)
        ctx.exit(1)
    sources = f" (and {store.sources_checked} other sources)" if store.sources_checked else ""
    click.echo(
        f"verified {checked} versions{sources} in {store.location}: every hash matches and every "
        "stored parse is its text's"
    )


@click.group(cls=CommandGroup)
def db() -> None:
    """Manage the archive's database schema (upgrade, current, check)."""


@db.command(name="upgrade")
@click.pass_context
def db_upgrade(ctx: click.Context) -> None:
    """Upgrade the archive's schema to this qdiff's version (a new database is created).

    A database of another program, or one a newer qdiff wrote, is refused and left alone.
    """
    from qdiff.store.schema import head_revision

    store = open_archive(ctx, "write", check_schema=False, create=True)
    head = head_revision()
    if store.created:
        click.echo(f"created {store.location} at schema {head}")
        return
    before = store.upgrade_schema()
    if before == head:
        click.echo(f"{store.location} is already at schema {head}")
        return
    click.echo(f"upgraded {store.location} from schema {before or '(empty)'} to {head}")


@db.command(name="current")
@click.pass_context
def db_current(ctx: click.Context) -> None:
    """Show the archive's schema version and this qdiff's (creating nothing)."""
    from qdiff.errors import ArchiveMissingError
    from qdiff.store.schema import SchemaState, head_revision, refuse

    head = head_revision()
    try:
        store = open_archive(ctx, check_schema=False)
    except ArchiveMissingError as missing:
        click.echo(f"{missing.location}: no archive ({missing.reason}); this qdiff: {head}")
        return
    state, revision = store.schema_state()
    if state is SchemaState.FOREIGN:
        refuse(state, revision)
    explained = {
        SchemaState.CURRENT: "up to date",
        SchemaState.BEHIND: "run `qdiff db upgrade`",
        SchemaState.EMPTY: "no archive yet; `qdiff archive` creates it",
        SchemaState.NEWER: "written by a newer qdiff; upgrade qdiff to use it",
    }.get(state, "")
    click.echo(
        f"{store.location}: schema {revision or '(empty)'}; this qdiff: {head} ({explained})"
    )


@db.command(name="check")
@click.pass_context
def db_check(ctx: click.Context) -> None:
    """Check that the schema is current and matches qdiff's models exactly; exit 1 if not."""
    from qdiff.errors import ArchiveMissingError
    from qdiff.store.schema import SchemaState, head_revision, refuse

    store = open_archive(ctx, check_schema=False)
    state, revision = store.schema_state()
    if state is SchemaState.EMPTY:
        raise ArchiveMissingError(store.location, "it holds no qdiff tables yet")
    if state is SchemaState.BEHIND:
        raise StoreError(f"the schema is {revision}, not {head_revision()}; run `qdiff db upgrade`")
    refuse(state, revision)
    difference = store.schema_drift()
    if difference is not None:
        raise StoreError(f"the database differs from qdiff's models: {difference}")
    click.echo(f"{store.location}: schema {head_revision()}, no drift")
