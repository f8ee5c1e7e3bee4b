"""`qdiff demo`: see qdiff work on the bundled notices, in an archive of the demo's own."""

from __future__ import annotations

import shlex
import tempfile
from pathlib import Path

import click

from qdiff.commands.options import Languages, lang_option
from qdiff.errors import UsageError
from qdiff.output.terminal import terminal_text


@click.command()
@click.option(
    "--dir",
    "directory",
    metavar="DIR",
    help="Put the demo archive in this folder (default: a new temporary folder).",
)
@lang_option()
@click.pass_context
def demo(ctx: click.Context, directory: str | None, languages: Languages) -> None:
    """Archive the bundled notices into a demo archive of their own and compare 2021Q1 with
    2021Q2.

    The bundled notices are the real 2021Q1 notice of 上海市杨浦区人民政府 and four follow-on
    quarters written for testing (made up; their file names say so). Your own archive (--db,
    $QDIFF_DATABASE_URL or the default) is never touched.
    """
    from qdiff.app.demo import ARCHIVED_BY, demo_archive_path, run_demo
    from qdiff.output.archive_text import outcome_text
    from qdiff.output.comparison_text import format_comparison
    from qdiff.store import Archive
    from qdiff.store.database import Access, resolve_url

    root = ctx.find_root()
    if root.obj and root.obj.get("db"):
        raise UsageError(
            "qdiff demo keeps an archive of its own and never uses --db; give --dir DIR to "
            "choose where it goes"
        )
    folder = Path(directory) if directory else Path(tempfile.mkdtemp(prefix="qdiff-demo-"))
    location = demo_archive_path(folder).absolute()
    archive = Archive.open(resolve_url(str(location)), access=Access.WRITE)
    ctx.call_on_close(archive.close)
    from qdiff.output.words import words

    w = words(languages.text)
    shown = terminal_text(str(location))
    click.echo(w.demo_intro.format(by=ARCHIVED_BY, location=shown), err=True)
    result = run_demo(archive, location)
    for name, outcome in result.outcomes:
        # The file names of the made-up quarters end in .written-for-testing.txt.
        click.echo(outcome_text(outcome, name, languages.text), err=True)
    pair = result.pair
    click.echo(format_comparison(pair.comparison, pair.old.side, pair.new.side, languages.text))
    db = shlex.quote(str(location))
    commands = (
        f"  qdiff --db {db} list\n"
        f"  qdiff --db {db} compare 2021Q1 2021Q2 --html report.html\n"
        f"  qdiff --db {db} report\n"
        f"  qdiff --db {db} trace 2021Q1:4.1.6\n"
    )
    click.echo(w.demo_explore.format(location=shown, commands=commands))
