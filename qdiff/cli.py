"""The `qdiff` command line: a thin layer over the library (parse options, call, format)."""

from __future__ import annotations

import sys
import traceback
from typing import Any

import click

from qdiff import __version__
from qdiff.commands.archiving import archive, list_notices, log, show
from qdiff.commands.compare import compare_command
from qdiff.commands.maintenance import db, export, import_, verify
from qdiff.commands.parse import parse
from qdiff.errors import QdiffError


class QdiffGroup(click.Group):
    """Turns every `QdiffError` into one line on stderr and its exit code, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QdiffError as error:
            if ctx.obj and ctx.obj.get("debug"):
                traceback.print_exc()
            click.echo(f"Error: {error.message}", err=True)
            ctx.exit(error.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            # `qdiff parse x --format json | head`: the reader left; nothing more to say.
            sys.stderr.close()
            ctx.exit(1)
        except Exception as error:  # a bug in qdiff, not the user's fault: say so in one line
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(
                f"Error: internal error ({type(error).__name__}: {error}); "
                "run again with --debug for the traceback and report it",
                err=True,
            )
            ctx.exit(1)


@click.group(cls=QdiffGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="qdiff")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.option(
    "--db",
    metavar="URL",
    help="The archive: sqlite:///PATH, a file path, or postgresql+psycopg://USER@HOST/DB "
    "(default: $QDIFF_DATABASE_URL, else an SQLite file in your data folder).",
)
@click.pass_context
def cli(ctx: click.Context, debug: bool, db: str | None) -> None:
    """qdiff: archive, parse and compare quarterly work-priority notices (季度工作要点).

    Oversight staff use it to see what each quarter's notice added, carried over, reworded or
    dropped, and which promises slipped.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    ctx.obj["db"] = db


for command in (
    parse, archive, list_notices, show, log, compare_command, export, import_, verify, db,
):  # fmt: skip
    cli.add_command(command)


def main() -> None:
    cli(prog_name="qdiff")
