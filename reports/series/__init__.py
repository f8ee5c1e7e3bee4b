"""The HTML report of a series over many quarters (`qdiff report --html`)."""

from qdiff.reports.series.render import render_lineage

__all__ = ["render_lineage"]
