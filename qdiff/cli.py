"""The `qdiff` command line: a thin layer over the library (parse options, call, format)."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from qdiff import __version__
from qdiff.errors import QdiffError

# Each command is imported when it runs, so that `qdiff parse` never loads the database layer
# and `qdiff list` never loads the readers of .docx, PDF and HTML: start-up stays short.
COMMANDS = {
    "parse": "qdiff.commands.parse:parse",
    "archive": "qdiff.commands.archiving:archive",
    "list": "qdiff.commands.viewing:list_notices",
    "show": "qdiff.commands.viewing:show",
    "log": "qdiff.commands.viewing:log",
    "compare": "qdiff.commands.compare:compare_command",
    "trace": "qdiff.commands.threads:trace",
    "audit": "qdiff.commands.threads:audit",
    "report": "qdiff.commands.threads:report",
    "export": "qdiff.commands.maintenance:export",
    "import": "qdiff.commands.maintenance:import_",
    "verify": "qdiff.commands.maintenance:verify",
    "db": "qdiff.commands.maintenance:db",
}


class QdiffGroup(click.Group):
    """Loads commands on demand, and turns every `QdiffError` into one line on stderr and its
    exit code, never a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attribute = target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QdiffError as error:
            if ctx.obj and ctx.obj.get("debug"):
                import traceback

                traceback.print_exc()
            from qdiff.commands.advice import describe

            click.echo(f"Error: {describe(error)}", err=True)
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


def main() -> None:
    cli(prog_name="qdiff")
