"""qdiff: archive, parse, align and audit quarterly work-priority notices (季度工作要点)."""

__version__ = "0.1.0"
