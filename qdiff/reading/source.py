"""What reading a file yields: the exact bytes, how they were understood, and the text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from qdiff.notice import ParseWarning


@dataclass(frozen=True)
class SourceDocument:
    data: bytes = field(repr=False)  # the exact source bytes, as archived
    name: str | None  # original file name; "-" for stdin
    format: str  # "text" | "html" | "docx" | "pdf"
    encoding: str | None  # e.g. "utf-8", "utf-8-sig", "gb18030", "utf-16"; None for docx/pdf
    text: str = field(repr=False)  # the decoded text the parser reads
    warnings: tuple[ParseWarning, ...] = ()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()
