"""HTML reports rendered with Jinja2 from core objects (ships as `qdiff.reports`).

Reports render what the core computed and never query the archive themselves.
"""

from qdiff.reports.comparison import render_comparison

__all__ = ["render_comparison"]
