"""What the archive holds, as plain records: a stored version's provenance and counts, a
notice's latest version, what archiving did. The store fills them; the app, the output formats
and the reports read them without touching the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from qdiff.notice import DocumentKind, Notice
from qdiff.periods import Period


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

    @property
    def name(self) -> str:
        return f"{self.period}@{self.number}"


@dataclass(frozen=True)
class ArchiveOutcome:
    added: bool  # False: the same bytes were already archived as `version`
    version: VersionInfo


@dataclass(frozen=True)
class StoredNotice:
    info: VersionInfo
    notice: Notice


@dataclass(frozen=True)
class NoticeSummary:
    series: str
    period: Period
    versions: int
    latest: VersionInfo


@dataclass(frozen=True)
class VerifyProblem:
    series: str
    version: str
    problem: str
