"""The HTML report of one comparison (`qdiff compare A B --html`)."""

from qdiff.reports.pair.render import render_comparison

__all__ = ["render_comparison"]
