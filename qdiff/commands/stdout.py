"""Standard output, checked: a write that fails is one error line, never a cut-short output.

Every command prints through click.echo to `sys.stdout`. `guard_stdout` puts a thin wrapper there
for the run, so that every write and flush (the commands', click's own `--help` and `--version`,
and the last flush at exit) is checked in one place: a full disk (ENOSPC), an I/O error or a
closed stdout becomes `OutputError`, which the command line prints as one line and exit 1. A
reader that left (`qdiff … | head`: EPIPE) stays a `BrokenPipeError`, which is no error to report.
"""

from __future__ import annotations

import errno
import sys
from typing import Any, TextIO

import click

_SPACE = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


class OutputError(click.ClickException):
    """Standard output cannot be written (shown by click as one `Error:` line, exit 1)."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        super().show(file)
        if isinstance(sys.stdout, CheckedStdout):
            sys.stdout.silence()  # said once: what the interpreter flushes at exit is let go


class CheckedStdout:
    """`sys.stdout` with every write and flush checked; anything else is the stream's own."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream  # None when qdiff started with stdout closed (`qdiff … >&-`)
        self._silent = False

    def write(self, text: str) -> int:
        if self._silent:
            return len(text)
        if self._stream is None:
            if not isinstance(text, str):
                raise TypeError("write() argument must be str")
            if text:
                raise OutputError(
                    "cannot write to standard output: it is closed; "
                    "send the output to a file or a pipe"
                )
            return 0
        try:
            return self._stream.write(text)
        except OSError as error:
            raise self._failure(error) from None

    def flush(self) -> None:
        if self._silent or self._stream is None:
            return
        try:
            self._stream.flush()
        except OSError as error:
            raise self._failure(error) from None

    def silence(self) -> None:
        """Let every later write and flush go: the failure has been reported."""
        self._silent = True

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def _failure(self, error: OSError) -> Exception:
        """`OutputError` for a failed write; a reader that left stays `BrokenPipeError` (and
        nothing will be read any more, so later writes are let go)."""
        if error.errno == errno.EPIPE:
            self._silent = True
            return error
        advice = (
            "free some space or send the output elsewhere"
            if error.errno in _SPACE
            else "send the output elsewhere"
        )
        reason = error.strerror or type(error).__name__
        return OutputError(f"cannot write to standard output: {reason}; {advice}")


def guard_stdout() -> None:
    """Check every write to standard output from now on (once per run; see the module)."""
    if not isinstance(sys.stdout, CheckedStdout):
        sys.stdout = CheckedStdout(sys.stdout)


def flush_stdout() -> None:
    """Flush standard output, so that a failure is reported before qdiff says it succeeded."""
    if sys.stdout is not None:
        sys.stdout.flush()


def stdout_is_terminal() -> bool:
    """Whether standard output is a terminal (a person reading), not a pipe or a file."""
    try:
        return bool(sys.stdout.isatty())
    except (AttributeError, ValueError):  # closed, or no stream at all (`qdiff … >&-`)
        return False
