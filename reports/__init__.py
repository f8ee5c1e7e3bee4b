"""HTML reports rendered with Jinja2 from core objects (ships as `qdiff.reports`)."""
