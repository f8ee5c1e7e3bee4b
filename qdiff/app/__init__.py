"""Use cases: what each command does, as functions a Python user can call.

Each takes an open `Archive` (or files) and returns core objects (and, where a caller needs it
for a follow-up call, the archive it read); the commands only turn options into a call and the
result into text, JSON or HTML (`qdiff.output`, `qdiff.reports`).
"""
