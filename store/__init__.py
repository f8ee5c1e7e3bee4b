"""The archive: SQLAlchemy 2 models, engine and the repository API (ships as `qdiff.store`)."""

from qdiff.store.archive import Archive, ArchiveOutcome, NoticeSummary, StoredNotice, VersionInfo

__all__ = ["Archive", "ArchiveOutcome", "NoticeSummary", "StoredNotice", "VersionInfo"]
