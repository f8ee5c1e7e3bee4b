"""The HTML 承诺兑现 report of a plan against the reports on it (`qdiff delivery --html`)."""

from qdiff.reports.delivery.render import render_delivery

__all__ = ["render_delivery"]
