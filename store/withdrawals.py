"""Withdrawn versions and series: the rows that say so, and what they add up to now.

Withdrawing and restoring are appended (`WithdrawalRow`), never a change to what was archived:
the latest row of a version (or of a series) says whether it is withdrawn now, and every earlier
one stays, so the archive can always say who withdrew what, when and why. The store only records
and reads them; which commands leave withdrawn versions out is the callers' rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from qdiff.archived import Withdrawal
from qdiff.store.database import as_utc
from qdiff.store.models import WithdrawalRow


class Action(StrEnum):
    WITHDRAW = "withdraw"
    RESTORE = "restore"


@dataclass
class WithdrawnNow:
    """Which series and versions are withdrawn now, by the latest row of each."""

    series: dict[int, Withdrawal] = field(default_factory=dict)  # by series id
    versions: dict[int, Withdrawal] = field(default_factory=dict)  # by version id (its own)

    def of_version(self, version_id: int, series_id: int) -> Withdrawal | None:
        """A version is withdrawn on its own, or with its whole series."""
        return self.versions.get(version_id) or self.series.get(series_id)


def withdrawn_now(session: Session, series_ids: Iterable[int] | None = None) -> WithdrawnNow:
    """What the withdrawal rows (of these series, or of all) add up to now: one query over a
    table that holds a row per withdrawal, however large the archive."""
    query = select(WithdrawalRow).order_by(WithdrawalRow.recorded_at, WithdrawalRow.id)
    if series_ids is not None:
        query = query.where(WithdrawalRow.series_id.in_(list(series_ids)))
    state = WithdrawnNow()
    for row in session.scalars(query):
        target = state.series if row.version_id is None else state.versions
        key = row.series_id if row.version_id is None else row.version_id
        if row.action == Action.WITHDRAW:
            target[key] = Withdrawal(
                row.reason, row.recorded_by, as_utc(row.recorded_at), row.version_id is None
            )
        else:
            target.pop(key, None)
    return state


def append(
    session: Session,
    series_id: int,
    version_ids: Sequence[int | None],
    action: Action,
    reason: str,
    recorded_by: str,
) -> datetime:
    """Append one row per target (a version id, or None for the whole series), at one time."""
    now = datetime.now(UTC)
    for version_id in version_ids:
        session.add(
            WithdrawalRow(
                series_id=series_id, version_id=version_id, action=action.value, reason=reason,
                recorded_by=recorded_by, recorded_at=now,
            )
        )  # fmt: skip
    session.flush()
    return now
