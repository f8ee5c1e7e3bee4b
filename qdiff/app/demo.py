"""`qdiff demo`: the bundled notices archived into an archive of the demo's own, and compared.

The demo never touches the user's archive: a real 2021Q2 archived later must not become
`2021Q2@2` on top of a made-up one. The follow-on quarters are fiction written for testing, and
their file names say so wherever qdiff shows a version's file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from qdiff.align.settings import DEFAULT_SETTINGS
from qdiff.app.compare import ComparedPair, compare_pair
from qdiff.archived import ArchiveOutcome
from qdiff.errors import UsageError
from qdiff.store.archive import Archive

ARCHIVE_NAME = "qdiff-demo.sqlite3"
ARCHIVED_BY = "qdiff demo"
# The real notice, then the quarters written for testing (their names end so).
REAL_NOTICE = "yangpu_2021Q1.txt"
FOR_TESTING = ".written-for-testing.txt"
COMPARED = ("2021Q1", "2021Q2")


@dataclass(frozen=True)
class Demo:
    location: Path  # the demo's SQLite archive
    outcomes: list[tuple[str, ArchiveOutcome]]  # (file name, what archiving did)
    pair: ComparedPair


def demo_archive_path(directory: Path) -> Path:
    """Where the demo archive goes in `directory`, which must be a folder or not exist yet
    under a folder that does (the demo makes that one folder, never a chain of them)."""
    if directory.exists() and not directory.is_dir():
        raise UsageError(f"{directory} is a file; give --dir a folder for the demo archive")
    if not directory.exists():
        if not directory.parent.is_dir():
            raise UsageError(
                f"the folder {directory.parent} does not exist; create it, or give --dir a "
                "folder that does"
            )
        try:
            directory.mkdir()
        except OSError as error:
            raise UsageError(f"cannot create the folder {directory}: {error.strerror}") from None
    return directory / ARCHIVE_NAME


@contextmanager
def demo_files() -> Iterator[list[Path]]:
    """The bundled notices as files, oldest quarter first (the real one first)."""
    folder = resources.files("qdiff") / "demo"
    names = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".txt"))
    with ExitStack() as stack:
        yield [stack.enter_context(resources.as_file(folder / name)) for name in names]


def run_demo(archive: Archive, location: Path) -> Demo:
    """Archive the bundled notices into `archive` (the demo's own) and compare 2021Q1 with
    2021Q2. Running it again on the same folder archives nothing new."""
    from qdiff.app.archiving import archive_file
    from qdiff.load import load_path

    outcomes: list[tuple[str, ArchiveOutcome]] = []
    with demo_files() as files:
        for path in files:
            outcome = archive_file(archive, load_path(str(path)), archived_by=ARCHIVED_BY)
            outcomes.append((path.name, outcome))
    old, new = COMPARED
    pair = compare_pair(old, new, DEFAULT_SETTINGS, None, lambda: archive)
    return Demo(location, outcomes, pair)


def written_for_testing(file_name: str | None) -> bool:
    return file_name is not None and file_name.endswith(FOR_TESTING)
