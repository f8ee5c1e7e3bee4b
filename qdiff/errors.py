"""The one error hierarchy of qdiff.

Every error a user can cause is a `QdiffError`. The CLI prints its message as one line on
stderr and exits with `exit_code`: 1 for an operation that failed, 2 for bad usage.
Messages say what is wrong and what to do, in one sentence each.
"""


class QdiffError(Exception):
    """Base of every error qdiff raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(QdiffError):
    """The command was called wrongly (a missing path, a directory, contradictory options)."""

    exit_code = 2


class InputError(QdiffError):
    """A file could not be read as a notice: wrong format, undecodable, empty, too large."""


class NotANoticeError(InputError):
    """The text was read but holds no numbered items, so it is not a work-priority notice."""


class StoreError(QdiffError):
    """The archive cannot be used: unreachable, unwritable, corrupt, or of another schema."""
