"""The archive: SQLAlchemy 2 models, engine and the repository API (ships as `qdiff.store`)."""
