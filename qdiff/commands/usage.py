"""Errors as the one line the user reads: qdiff's own, and click's usage errors.

Click shows a usage error in three lines (the usage, a `Try … --help` hint, the error); qdiff
shows click's message in one line with where the command's help is:
`Error: Missing argument 'B'. See `qdiff compare --help`.` (exit status 2, as click's).
"""

from __future__ import annotations

from typing import Any

import click


def say_error(message: str) -> None:
    """`Error: message` on stderr: a file name's or a notice's control characters shown, not
    obeyed, and a line break in one shown too, so that the line stays one."""
    from qdiff.output.terminal import terminal_text

    click.echo(f"Error: {terminal_text(message, one_line=True)}", err=True)


class OneLineUsageError(click.UsageError):
    """A usage error shown as one line."""

    def show(self, file: Any = None) -> None:
        say_error(self.message)


def one_line(error: click.UsageError) -> click.UsageError:
    """Click's usage error as one line naming the command's help; `qdiff audit` alone (a group
    without its command) still shows the group's help."""
    if isinstance(error, click.exceptions.NoArgsIsHelpError | OneLineUsageError):
        return error
    message = error.format_message().strip()
    if not message.endswith((".", "?", "!", ")")):
        message += "."
    names = []
    context = error.ctx
    while context is not None:
        names.append(context.info_name or "")
        context = context.parent
    path = " ".join(["qdiff", *reversed(names[:-1])])  # the program, however it was started
    return OneLineUsageError(f"{message} See `{path} --help`.", error.ctx)


class CommandGroup(click.Group):
    """A group of commands whose usage errors name the command they are about: click's parser
    leaves some without one (`Option '--from' requires an argument.`); a command name mistyped
    gets the command meant (`qdiff comapre`: did you mean 'compare'?)."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError:
            name = args[0] if args else ""
            if name.startswith("-") or self.get_command(ctx, name) is not None:
                raise
            import difflib

            close = difflib.get_close_matches(name, self.list_commands(ctx), n=1)
            if not close:
                raise
            raise click.UsageError(
                f"No such command '{name}'; did you mean '{close[0]}'?", ctx
            ) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as error:
            name = ctx.invoked_subcommand
            if error.ctx is None and name:
                command = self.get_command(ctx, name)
                if command is not None:
                    error.ctx = click.Context(command, parent=ctx, info_name=name)
            raise
