"""The `qdiff` command line: a thin layer over the library (parse options, call, format)."""

from __future__ import annotations

import json
import sys
import traceback
from typing import Any

import click

from qdiff import __version__
from qdiff.errors import QdiffError
from qdiff.load import load_path
from qdiff.options import output_format
from qdiff.outline import format_outline
from qdiff.serialize import notice_to_dict


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
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """qdiff: archive, parse and compare quarterly work-priority notices (季度工作要点).

    Oversight staff use it to see what each quarter's notice added, carried over, reworded or
    dropped, and which promises slipped.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


@cli.command()
@click.argument("file", metavar="FILE")
@output_format
def parse(file: str, output_format: str) -> None:
    """Parse one notice FILE (text, HTML, .docx or PDF; - for stdin) and print its structure.

    The outline lists sections, items, lead units, task counts and every warning; --format json
    prints the parse contract documented in README.md.
    """
    loaded = load_path(file)
    if output_format == "json":
        click.echo(json.dumps(notice_to_dict(loaded.notice), ensure_ascii=False, indent=2))
    else:
        click.echo(format_outline(loaded.notice, loaded.source.name))


def main() -> None:
    cli(prog_name="qdiff")
