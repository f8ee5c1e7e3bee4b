"""Reading notice files: detect the format and encoding from the bytes and extract the text.

Public API: `read_path`, `read_bytes` and `SourceDocument`. Text (UTF-8, UTF-16, GB18030),
saved web pages, .docx and PDFs with a text layer are read; everything else is refused with
a one-line `InputError` (or a `UsageError` for a path that is missing or a directory).
"""

from qdiff.reading.reader import read_bytes, read_path
from qdiff.reading.source import SourceDocument

__all__ = ["SourceDocument", "read_bytes", "read_path"]
