"""What the archive holds, as plain records: a stored version's provenance and counts, a
notice's latest version, what archiving did. The store fills them; the app, the output formats
and the reports read them without touching the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from qdiff.notice import DocumentKind, Notice
from qdiff.periods import Period


@dataclass(frozen=True)
class Withdrawal:
    """Why, when and by whom a version (or its whole series) was withdrawn: it stays in the
    archive, exported and listed, but compare, report, trace and audit leave it out."""

    reason: str
    by: str
    at: datetime
    series: bool = False  # the whole series was withdrawn, not this version alone


@dataclass(frozen=True)
class SourceInfo:
    """Another file archived as a version's source: the same text in another format or
    encoding (a .docx, a PDF, a saved page of the notice already archived)."""

    sha256: str
    file_name: str | None
    format: str
    encoding: str | None
    archived_by: str
    archived_at: datetime


@dataclass(frozen=True)
class VersionInfo:
    id: int  # the database's row id, for follow-up queries
    series: str
    period: Period
    number: int
    sha256: str
    file_name: str | None
    format: str
    encoding: str | None
    parser_version: str
    archived_by: str
    archived_at: datetime
    title: str | None
    doc_number: str | None
    truncated: bool
    items: int
    tasks: int
    warnings: int
    kind: DocumentKind
    withdrawn: Withdrawal | None = None
    # The other files archived as this version (same text, another format); filled where they
    # are shown (`log`, `list`, `show`), else empty.
    sources: tuple[SourceInfo, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.period}@{self.number}"


@dataclass(frozen=True)
class ArchiveOutcome:
    added: bool  # False: the same bytes (or the same text) were already archived as `version`
    version: VersionInfo
    # The file is the same text as `version` in another format: recorded as another source of
    # it (`added` is then False, as no version was added).
    other_source: bool = False
    # The file's bytes were recorded as another source of `version` before: nothing written.
    known_source: bool = False


@dataclass(frozen=True)
class StoredNotice:
    info: VersionInfo
    notice: Notice


@dataclass(frozen=True)
class NoticeSummary:
    series: str
    period: Period
    versions: int
    latest: VersionInfo  # the latest version not withdrawn (the latest, if all are)
    withdrawn_versions: int = 0
    series_withdrawn: Withdrawal | None = None


@dataclass(frozen=True)
class VerifyProblem:
    series: str
    version: str
    problem: str
