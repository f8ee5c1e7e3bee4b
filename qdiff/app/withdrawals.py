"""`qdiff withdraw` and `qdiff restore`: what a target names (a version, a period, a series),
and the notes that say a withdrawn version was used because it was named.

Withdrawing keeps everything: the version stays archived, exported and listed, and only the
commands that follow the series (compare by period, report, trace, audit) leave it out.
"""

from __future__ import annotations

from dataclasses import dataclass

from qdiff.archived import VersionInfo, Withdrawal
from qdiff.errors import UsageError
from qdiff.limits import name_problem, nul_problem
from qdiff.periods import Period
from qdiff.refs import is_version_ref, parse_version_ref
from qdiff.store.archive import Archive
from qdiff.store.withdrawals import Action

__all__ = ["Action", "Changed", "set_withdrawn", "withdrawn_notes"]


@dataclass(frozen=True)
class Changed:
    """What a withdraw or restore changed: versions of one series, or the whole series."""

    action: Action
    series: str
    versions: list[VersionInfo]  # empty when the whole series was the target
    whole_series: bool


def set_withdrawn(
    archive: Archive,
    action: Action,
    target: str,
    *,
    series: str | None,
    reason: str,
    recorded_by: str,
) -> Changed:
    """Withdraw or restore what `target` names: `2021Q2@1` (that version), `2021Q2` (every
    version of the period) or a series' name (or an unambiguous beginning of it)."""
    reason = reason.strip()
    problem = (
        (None if reason else "--reason must say why (it stays in the archive with the change)")
        or nul_problem("the reason", reason)
        or name_problem("the name of who withdraws", recorded_by)
    )
    if problem is not None:
        raise UsageError(problem)
    if not is_version_ref(target):
        if series is not None:
            raise UsageError(
                f"'{target}' names a series already; give --series only with a period, "
                "e.g. 2021Q2@1 --series NAME"
            )
        key = archive.resolve_series(target, withdrawn=True)
        archive.set_series_withdrawn(action, key, reason, recorded_by)
        return Changed(action, key, [], True)
    wanted = parse_version_ref(target)
    key = _series_of(archive, action, series, wanted.period)
    changed = archive.set_versions_withdrawn(
        action, key, wanted.period, wanted.number, reason, recorded_by
    )
    return Changed(action, key, changed, False)


def _series_of(archive: Archive, action: Action, series: str | None, period: Period) -> str:
    """The series a period is withdrawn from or restored to: --series, else the only series
    holding the period (restoring: withdrawn versions count, which choosing leaves out)."""
    if series is None and action is Action.RESTORE:
        holding = sorted({s.series for s in archive.summaries() if s.period == period})
        if len(holding) == 1:
            return holding[0]
    return archive.resolve_series(series, period, withdrawn=True)


def withdrawn_notes(archive: Archive | None, sides: list[tuple[str, str, int]]) -> list[str]:
    """A note for each version compared that is withdrawn (it was named as PERIOD@V: a
    period alone never resolves to one): `(series, period, number)` of each side."""
    if archive is None:
        return []
    notes = []
    for series, period, number in sides:
        withdrawal = archive.withdrawal_of(series, Period.parse(period), number)
        if withdrawal is not None:
            notes.append(f"note: {series} {period}@{number} is withdrawn ({_said(withdrawal)})")
    return notes


def _said(withdrawal: Withdrawal) -> str:
    whole = ", with its whole series" if withdrawal.series else ""
    return (
        f"by {withdrawal.by} on {withdrawal.at:%Y-%m-%d}{whole}: {withdrawal.reason}; "
        "compared because it was named"
    )
