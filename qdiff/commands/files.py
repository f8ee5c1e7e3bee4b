"""Writing a command's output file: whole or not at all."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from qdiff.errors import QdiffError, UsageError


@contextmanager
def atomic_text_file(target: Path, what: str) -> Iterator[TextIO]:
    """A handle on a temporary file beside `target`, renamed onto it when the block ends, so
    that a reader (a browser, a mail client, a sync tool) never sees a half-written file and a
    failure leaves any earlier file untouched. `what` names the file in messages ("report")."""
    if target.is_dir():
        raise UsageError(f"{target} is a directory; give a file name for the {what}")
    try:
        import tempfile  # loaded when a file is written: output to stdout never needs it

        descriptor, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise QdiffError(f"cannot write {target}: {error.strerror}") from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); an output is meant to be shared like any file
        # the user writes, so it gets the usual permissions.
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException as error:
        os.unlink(temporary)
        if isinstance(error, OSError):
            raise QdiffError(f"cannot write {target}: {error.strerror}") from None
        raise


def write_text_atomically(target: Path, text: str) -> None:
    """Write a report (or a comparison's text) to `target` whole or not at all."""
    with atomic_text_file(target, "report") as handle:
        handle.write(text)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
