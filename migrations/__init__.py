"""Alembic environment and revisions for the archive (ships as `qdiff.migrations`)."""
