"""The command line's advice on errors: the library says what is wrong in its own words, and
here it gains the option that fixes it (`--series`, `--period`, `--force`, `--kind`, `--db`)."""

from __future__ import annotations

import re
import shlex

from qdiff.errors import (
    ArchiveFolderMissingError,
    ArchiveMissingError,
    ArchiveReadOnlyError,
    ForeignDatabaseError,
    IssuerUnknownError,
    KindUnknownError,
    NewerFirstError,
    NotAnArchiveError,
    PeriodConflictError,
    PeriodUnknownError,
    QdiffError,
    SeriesNameAmbiguousError,
    SeriesNotChosenError,
)
from qdiff.notice import DocumentKind


def describe(error: QdiffError) -> str:
    """The one line the user reads: the error's message with the flag that fixes it."""
    message = error.message
    if isinstance(error, SeriesNotChosenError):
        return f"{message} with --series"
    if isinstance(error, SeriesNameAmbiguousError):
        return f"--series {message}"
    if isinstance(error, PeriodUnknownError):
        return f"{message}; give it with --period, e.g. --period 2021Q1"
    if isinstance(error, PeriodConflictError):
        return f"{message}; drop --period, or add --force to file it under the period you gave"
    if isinstance(error, IssuerUnknownError):
        return f"{message}; give the series with --series NAME"
    if isinstance(error, KindUnknownError):
        kinds = ", ".join(kind.value for kind in DocumentKind)
        return f"{message}; if it is one, archive it with --kind ({kinds})"
    if isinstance(error, ForeignDatabaseError):
        return f"{message}; point --db at a qdiff archive or at an empty database"
    if isinstance(error, NotAnArchiveError):
        return f"{message}; point --db at a qdiff archive"
    if isinstance(error, ArchiveReadOnlyError):
        return f"{message} or use another --db"
    if isinstance(error, NewerFirstError):
        older_first = " ".join(_shell_word(name) for name in (error.older, error.newer))
        return (
            f"{message}; run `qdiff compare {older_first}`, or add --reverse to compare them "
            "in the order given"
        )
    if isinstance(error, ArchiveFolderMissingError):
        return (
            f"{message}; check the archive's path (--db or $QDIFF_DATABASE_URL), or create "
            "the folder first"
        )
    if isinstance(error, ArchiveMissingError):
        return f"{message}, or point --db at the archive you meant"
    return message


def _shell_word(text: str) -> str:
    """`text` as one word of a command to copy: bare when it is (2021年第一季度, a plain path),
    else quoted for the shell."""
    return text if re.fullmatch(r"[\w@%+=:,./-]+", text) else shlex.quote(text)
