"""Which parsing rules made a stored parse.

An archived version records the parser that made its stored parse (`PARSER_VERSION`); `qdiff
verify` and `qdiff import` re-parse a version made by these very rules and expect the same parse.
So `PARSER_REVISION` is raised whenever a change can change any parse: tests/
test_parse_fingerprint.py fails when the fixtures parse differently under the same revision.
Kept apart from `qdiff.parsing` so that the store names it without loading the parser.
"""

from qdiff import __version__

# 2: cuts, inline and unnumbered items, a table's last row, the metadata of real layouts.
# 3: document kinds, work reports (review and plan parts), tables read by their column names
#    with quarterly milestones, cuts inside table cells and clause lines.
PARSER_REVISION = 3
PARSER_VERSION = f"qdiff {__version__} parser {PARSER_REVISION}"
