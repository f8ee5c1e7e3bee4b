"""`qdiff verify`'s second half: every stored parse read back and checked against its text.

The checking is the parser's (`qdiff.parsing.consistency`); this module only reads the rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from qdiff.archived import VerifyProblem
from qdiff.notice import Notice
from qdiff.parsing.consistency import stored_parse_problems
from qdiff.periods import Period
from qdiff.store.models import NoticeRow, SeriesRow, VersionRow
from qdiff.store.rows import load_parse


def parse_problems(session: Session, parser_version: str) -> Iterator[VerifyProblem]:
    """One problem for each version whose stored parse is not a parse of its stored text, or
    (made by `parser_version`, this qdiff's) not the parse this qdiff makes of it. A text that
    fails its own sha256 is reported as that alone: its parse cannot be judged against it."""
    rows = session.execute(
        select(VersionRow.id, SeriesRow.key, NoticeRow.period)
        .join(NoticeRow, VersionRow.notice_id == NoticeRow.id)
        .join(SeriesRow, NoticeRow.series_id == SeriesRow.id)
        .order_by(SeriesRow.key, NoticeRow.period, VersionRow.number)
    ).all()
    for version_id, key, period_text in rows:
        version = session.get_one(VersionRow, version_id, options=[defer(VersionRow.source)])
        if hashlib.sha256(version.text.encode("utf-8")).hexdigest() != version.text_sha256:
            continue
        period = Period.parse(period_text)
        notice = load_parse(session, version, period)
        found = [
            *_count_problems(version, notice),
            *stored_parse_problems(
                notice, period, same_rules=version.parser_version == parser_version
            ),
        ]
        if found:
            more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
            yield VerifyProblem(key, f"{period}@{version.number}", f"{found[0]}{more}")
        session.expunge_all()  # keep memory flat over a large archive


def _count_problems(version: VersionRow, notice: Notice) -> Iterator[str]:
    counted = (len(notice.items), len(notice.tasks), len(notice.warnings))
    stored = (version.item_count, version.task_count, version.warning_count)
    if counted != stored:
        yield (
            f"the stored counts (items, tasks, warnings) are {stored}, the stored parse "
            f"has {counted}"
        )
