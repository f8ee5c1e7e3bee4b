"""HTML reports rendered with Jinja2 from core objects (ships as `qdiff.reports`).

Reports render what the core computed and never query the archive themselves: the comparison
of two notices (`render_comparison`) and the multi-quarter report of a lineage (`render_lineage`).
"""

from qdiff.reports.comparison import render_comparison
from qdiff.reports.lineage import render_lineage

__all__ = ["render_comparison", "render_lineage"]
