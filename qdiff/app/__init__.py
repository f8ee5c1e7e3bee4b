"""Use cases: what each command does, as functions a Python user can call.

Each takes an open `Archive` (or files) and returns core objects; the commands only turn options
into a call and the result into text, JSON or HTML (`qdiff.output`, `qdiff.reports`).
"""
