"""Reading notice files: detect the format and encoding from the bytes and extract the text.

Public API: `read_path`, `read_bytes` and `SourceDocument`.
"""

from qdiff.reading.source import SourceDocument

__all__ = ["SourceDocument"]
