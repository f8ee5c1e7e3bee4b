"""Reliability: what a hostile file or a careless user can do to qdiff, and that it survives.

Fast cases run with the rest of the suite. The long kill and race loops are marked `long`: the
plain `pytest` leaves them out, `.ci/run` runs them bounded (`QDIFF_LONG_ROUNDS`), and
`pytest -m long` runs them by hand."""
