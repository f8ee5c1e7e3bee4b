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


class NameTooLongError(UsageError):
    """A path the system refuses to look up: a name in it, or the whole, is too long."""

    def __init__(self, path: object) -> None:
        shown = str(path)
        if len(shown) > 80:  # the one line stays readable; the start and end tell which path
            shown = f"{shown[:40]}…{shown[-20:]}"
        super().__init__(f"{shown}: the file name is too long; give a shorter path")
        self.path = path


class InputError(QdiffError):
    """A file could not be read as a notice: wrong format, undecodable, empty, too large."""


class NotANoticeError(InputError):
    """The text was read but holds no numbered items, so it is not a work-priority notice."""


class StoreError(QdiffError):
    """The archive cannot be used: unreachable, unwritable, corrupt, or of another schema."""


# Errors a command turns into advice on its options (qdiff/commands/advice.py). They say what is
# wrong in the library's words; which flag fixes it is the command line's business.


class SeriesNotChosenError(UsageError):
    """The archive holds several series and nothing says which one is meant."""

    def __init__(self, keys: list[str]) -> None:
        super().__init__(f"the archive holds {len(keys)} series ({', '.join(keys)}); pick one")
        self.keys = keys


class SeriesNameAmbiguousError(UsageError):
    """A beginning of a series name that begins several series."""

    def __init__(self, name: str, matches: list[str]) -> None:
        super().__init__(f"'{name}' matches {', '.join(matches)}; give more of the name")
        self.name = name
        self.matches = matches


class PeriodUnknownError(UsageError):
    """A document that names no period, archived without one given."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} names no period")
        self.name = name


class PeriodConflictError(UsageError):
    """A period given for a document that names another one."""

    def __init__(self, name: str, named: object, given: object) -> None:
        super().__init__(f"{name} is the notice for {named}, not {given}")
        self.name = name


class IssuerUnknownError(UsageError):
    """A document that names no issuer, archived without a series given."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} names no issuer")
        self.name = name


class KindUnknownError(UsageError):
    """A document that reads as none of the kinds qdiff follows, archived without --kind."""

    def __init__(self, name: str, looks: str) -> None:
        super().__init__(
            f"{name} does not look like a work plan, work report or progress report ({looks})"
        )
        self.name = name


_A_KIND = {
    "quarterly_plan": "a quarterly plan",
    "half_year_plan": "a half-year plan",
    "annual_plan": "an annual plan",
    "work_report": "a work report",
    "progress_report": "a progress report",
    "other": "a document of no known kind",
}


class KindsDoNotCompareError(UsageError):
    """Two documents of kinds a comparison cannot relate (a plan and a report on it)."""

    def __init__(self, old: str, new: str) -> None:
        super().__init__(
            f"{_A_KIND.get(old, old)} and {_A_KIND.get(new, new)} do not compare item by "
            "item: compare plans with plans, work reports with work reports and progress "
            "reports with progress reports; to check a plan against the reports on it, run "
            "`qdiff delivery PLAN [EVIDENCE...]`"
        )
        self.old = old
        self.new = new


class NotAnArchiveError(StoreError):
    """The database is not a qdiff archive (another program's tables, or not a database)."""


class ForeignDatabaseError(NotAnArchiveError):
    """A database that holds another program's tables: qdiff leaves it alone."""


class ArchiveReadOnlyError(StoreError):
    """The archive cannot be written."""


class ArchiveMissingError(StoreError):
    """A command that only reads found no archive: no file yet, or a database without qdiff's
    tables. Nothing was created."""

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"the archive ({location}) is empty ({reason}); archive a notice first")
        self.location = location
        self.reason = reason


class ArchiveDamagedError(StoreError):
    """The archive's file or rows are damaged: qdiff refuses to write into it."""


class NewerSchemaError(StoreError):
    """The archive was written by a newer qdiff: this one leaves it alone."""

    def __init__(self, revision: str, head: str) -> None:
        super().__init__(
            f"the archive was written by a newer qdiff (schema {revision}, this qdiff knows up "
            f"to {head}); upgrade qdiff to use it"
        )
        self.revision = revision


class UnknownSettingError(UsageError):
    """A matching setting that does not exist."""

    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(f"unknown setting '{name}'; the settings are: {', '.join(known)}")
        self.name = name


class TooLargeToAlignError(InputError):
    """A notice past the bound of what qdiff aligns (qdiff/align/limits.py): far more items,
    tasks or text than any real notice, or items and tasks alike in too many pairs."""


class NewerFirstError(UsageError):
    """Two notices given newest first: a comparison reads from the older to the newer, and the
    other way round it reports what the newer one added as dropped and what it left out as new."""

    def __init__(self, newer: str, older: str, why: str) -> None:
        super().__init__(
            f"{newer} is newer than {older} ({why}), and a comparison takes the older first"
        )
        self.newer = newer  # the arguments as given: the first (newer), the second (older)
        self.older = older


class ArchiveFolderMissingError(UsageError):
    """An archive named in a folder that does not exist (or is a file): qdiff makes no folder
    but its default one, so that a mistyped path never becomes a new, empty archive."""

    def __init__(self, folder: str, *, is_file: bool = False) -> None:
        problem = "is a file, not a folder" if is_file else "does not exist"
        super().__init__(f"the archive's folder {folder} {problem}")
        self.folder = folder


class NothingReportsError(QdiffError):
    """`qdiff delivery` on an archived plan with nothing archived that reports on it."""

    def __init__(self, plan: str) -> None:
        super().__init__(
            f"nothing in the archive reports on {plan}: archive the next year's work report or "
            "the year's progress reports, or name the documents: qdiff delivery PLAN EVIDENCE..."
        )


class NothingToCoverError(QdiffError):
    """`qdiff coverage YEAR` with no annual plan or work report of that year archived."""

    def __init__(self, year: str) -> None:
        super().__init__(
            f"no annual plan or work report of {year} is archived: archive the year's plan "
            "(重点工作, 任务分解) or its work report first, then its quarterly notices"
        )
