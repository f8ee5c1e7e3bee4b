"""The `qdiff` command line: a thin layer over the library (parse options, call, format)."""

from __future__ import annotations

import atexit
import errno
import gc
import importlib
import sys
from typing import Any

import click

from qdiff import __version__
from qdiff.commands.stdout import flush_stdout, guard_stdout
from qdiff.commands.usage import CommandGroup, one_line, say_error
from qdiff.errors import NameTooLongError, QdiffError

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
    "delivery": "qdiff.commands.delivery:delivery",
    "coverage": "qdiff.commands.coverage:coverage",
    "targets": "qdiff.commands.targets:targets",
    "export": "qdiff.commands.maintenance:export",
    "import": "qdiff.commands.maintenance:import_",
    "verify": "qdiff.commands.maintenance:verify",
    "withdraw": "qdiff.commands.withdrawals:withdraw",
    "restore": "qdiff.commands.withdrawals:restore",
    "demo": "qdiff.commands.demo:demo",
    "db": "qdiff.commands.maintenance:db",
}


# Allocations (net of frees) between two collections of the youngest generation; Python's
# default is 700, and the older generations are collected every 10 of the younger's.
_YOUNG_COLLECTION_AFTER = 10_000


class QdiffGroup(CommandGroup):
    """Loads commands on demand, and turns every error the user can cause (a `QdiffError`, a
    usage error of click's, a failed write to stdout, a file name too long) into one line on
    stderr and its exit code, never a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attribute = target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        _take_global_options(command)
        return command

    def main(self, *args: Any, **kwargs: Any) -> Any:
        guard_stdout()
        return super().main(*args, **kwargs)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as error:  # qdiff's own options: `qdiff --bogus`
            raise one_line(error) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            flush_stdout()
            return result
        except QdiffError as error:
            if ctx.obj and ctx.obj.get("debug"):
                import traceback

                traceback.print_exc()
            from qdiff.commands.advice import describe

            say_error(describe(error))
            ctx.exit(error.exit_code)
        except click.UsageError as error:  # a command's options: `qdiff parse x --format yaml`
            raise one_line(error) from None
        except click.exceptions.Exit:
            flush_stdout()
            raise
        except (click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            # `qdiff parse x --format json | head`: the reader left; nothing more to say.
            sys.stderr.close()
            ctx.exit(1)
        except OSError as error:
            if error.errno != errno.ENAMETOOLONG or (ctx.obj and ctx.obj.get("debug")):
                raise _internal(ctx, error) from None
            # A path no command checked first (the --db file, say): the user's to shorten.
            too_long = NameTooLongError(error.filename or "a path")
            say_error(too_long.message)
            ctx.exit(too_long.exit_code)
        except Exception as error:
            raise _internal(ctx, error) from None


def _take_global_options(command: click.Command) -> None:
    """Let `--db` and `--debug` follow the command too (`qdiff list --db x.sqlite3`, `qdiff
    compare A B --debug`, `qdiff audit list --db x`): people add an option at the end of the line
    they typed. Hidden from each command's help; `qdiff --help` lists them."""
    if any(param.name == "global_db" for param in command.params):
        return  # taken already (commands are loaded once per run, but tests run many)
    command.params += [
        click.Option(
            ["--db", "global_db"], metavar="URL", hidden=True, expose_value=False,
            callback=_set_global,
        ),
        click.Option(
            ["--debug", "global_debug"], is_flag=True, default=None, hidden=True,
            expose_value=False, callback=_set_global,
        ),
    ]  # fmt: skip
    if isinstance(command, click.Group):
        for subcommand in command.commands.values():
            _take_global_options(subcommand)


def _set_global(ctx: click.Context, param: click.Parameter, value: str | bool | None) -> None:
    """A global option given after the command: as if given before it (the later one counts)."""
    if value is None or param.name is None:
        return
    root = ctx.find_root()
    root.ensure_object(dict)[param.name.removeprefix("global_")] = value


def _internal(ctx: click.Context, error: Exception) -> BaseException:
    """A bug in qdiff, not the user's fault: say so in one line (with --debug, the traceback)."""
    if ctx.obj and ctx.obj.get("debug"):
        return error
    say_error(
        f"internal error ({type(error).__name__}: {error}); "
        "run again with --debug for the traceback and report it"
    )
    return click.exceptions.Exit(1)


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
    dropped, and which promises slipped. --db and --debug may also follow the command.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    ctx.obj["db"] = db


def main() -> None:
    # A command is one short process that builds large structures with few reference cycles: a
    # long series' report holds hundreds of thousands of objects. At Python's default
    # thresholds the cycle collector walked all of them 13 times in the first report of 40
    # quarters, finding nothing (0.76 s of 5.3 s CPU). Run less often, it still frees cycles.
    gc.set_threshold(_YOUNG_COLLECTION_AFTER, 10, 10)
    # At exit the interpreter's last collections walk every object still alive (the caches of
    # terms, names and compiled statements: over a hundred thousand objects after that report,
    # about 0.1 s of CPU) to find a few cycles with nothing to finalize; Python does not promise
    # to finalize what is alive at exit anyway. Frozen once the command is done, they are left
    # to the process's end. (The archive is closed, and its writes committed, before that.)
    atexit.register(gc.freeze)
    cli(prog_name="qdiff")
