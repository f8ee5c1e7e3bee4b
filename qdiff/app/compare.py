"""`qdiff compare`: resolve what to compare (archived periods, versions or files), compare it,
and gather the audit findings the report shows beside the tasks of two archived notices."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qdiff.align import Comparison, Settings, compare
from qdiff.align.limits import check_size
from qdiff.errors import KindsDoNotCompareError, NewerFirstError
from qdiff.lineage.build import best_match
from qdiff.lineage.model import Finding
from qdiff.load import load_path
from qdiff.notice import Notice, Task
from qdiff.periods import Period
from qdiff.provenance import Side, SideNotice
from qdiff.refs import is_version_ref, parse_version_ref

if TYPE_CHECKING:  # two files compare without loading the database layer at all
    from qdiff.archived import VersionInfo
    from qdiff.store import Archive

# Audit findings by the task occurrence they show next to: ("2021Q4", "3.2.1").
TaskFindings = dict[tuple[str, str], list[Finding]]


@dataclass(frozen=True)
class ComparedPair:
    """Two notices compared, where each came from, and the archive if one was read."""

    old: SideNotice
    new: SideNotice
    comparison: Comparison
    archive: Archive | None


def archived_side(series: str, info: VersionInfo) -> Side:
    """Where an archived version came from, as the outputs name it."""
    return Side(series, str(info.period), info.number, info.file_name, info.sha256)


def names_a_file(argument: str) -> bool:
    """Whether a compare argument is a file (or stdin) rather than an archived period."""
    # os.path.exists, not Path.exists: a name too long to exist is a file name (the reader
    # says what is wrong with it), not an error here.
    return os.path.exists(argument) or argument == "-" or not is_version_ref(argument)


def compare_pair(
    old: str,
    new: str,
    settings: Settings,
    series: str | None = None,
    open_archive: Callable[[], Archive] | None = None,
    *,
    reverse: bool = False,
) -> ComparedPair:
    """Compare A (older) with B (newer): archived periods (`2021Q1`), versions (`2021Q1@2`) or
    file paths. `open_archive` is called only when an argument names an archived notice.

    A newer than B is refused (`NewerFirstError`) unless `reverse` says that this order is
    meant: read forwards, a look backwards calls every new promise dropped."""
    for argument in (old, new):  # a period that is none (2021Q5) is refused before any reading
        if not names_a_file(argument):
            parse_version_ref(argument)
    archive: Archive | None = None
    background: list[str] = []
    sides: list[SideNotice] = []
    for argument in (old, new):
        if names_a_file(argument):
            loaded = load_path(argument)
            # Refused by its name here; compare() could only call it "the older notice".
            check_size(loaded.notice, loaded.source.name or argument)
            side = Side(None, None, None, argument, loaded.source.sha256)
            sides.append(SideNotice(loaded.notice, side))
            continue
        if archive is None:
            if open_archive is None:
                raise ValueError(f"{argument} names an archived notice, and no archive was given")
            archive = open_archive()
        wanted = parse_version_ref(argument)
        key = archive.resolve_series(series, wanted.period)
        stored = archive.load(key, wanted.period, wanted.number)
        sides.append(SideNotice(stored.notice, archived_side(key, stored.info)))
        if not background:
            background = archive.series_passages(key)
    first, second = sides
    if not first.notice.kind.compares_with(second.notice.kind):
        raise KindsDoNotCompareError(first.notice.kind.value, second.notice.kind.value)
    if not reverse and (why := newer_first(first, second)) is not None:
        raise NewerFirstError(_label(old), _label(new), why)
    comparison = compare(first.notice, second.notice, settings, background)
    return ComparedPair(first, second, comparison, archive)


def newer_first(old: SideNotice, new: SideNotice) -> str | None:
    """Why `old` is the newer of the two, or None when it is not, or when nothing tells.

    Periods tell first, when they do not overlap (2021Q2 after 2021Q1; a year plan and its
    quarter overlap, and either may come first). Two documents of one period (two versions, or
    two copies) are told apart by their dates, signed before published; two versions of one
    archived notice with the same dates, by the order they were archived in."""
    old_period, new_period = _period(old), _period(new)
    if old_period is not None and new_period is not None and old_period != new_period:
        if old_period.quarter_number > _last_quarter(new_period):
            archived = old.side.series is not None and new.side.series is not None
            # An archived notice is named by its period already.
            return "a later period" if archived else f"{old_period} comes after {new_period}"
        return None
    for what, old_date, new_date in (
        ("signed", old.notice.signed_on, new.notice.signed_on),
        ("published", old.notice.published_on, new.notice.published_on),
    ):
        if old_date is None or new_date is None or old_date == new_date:
            continue
        return f"{what} {old_date}, after {new_date}" if old_date > new_date else None
    same_notice = old.side.series is not None and old.side.series == new.side.series
    old_number, new_number = old.side.version or 0, new.side.version or 0
    if same_notice and old_period == new_period and old_number > new_number > 0:
        return f"version {old_number} was archived after version {new_number}"
    return None


def _period(side: SideNotice) -> Period | None:
    # An archived notice is filed under its period (perhaps one given with --force); a file
    # has the period it names.
    return Period.parse(side.side.period) if side.side.period else side.notice.period


def _last_quarter(period: Period) -> int:
    return period.quarter_number + period.quarters - 1


def _label(argument: str) -> str:
    return "standard input" if argument == "-" else argument


def archived_findings(pair: ComparedPair) -> TaskFindings:
    """The audit findings on the tasks of two archived notices of one series (none for files
    or for notices of two series)."""
    series = pair.old.side.series
    if pair.archive is None or series is None or pair.new.side.series != series:
        return {}
    from qdiff.store.findings import findings

    notices = [
        (Period.parse(s.side.period), s.notice)
        for s in (pair.old, pair.new)
        if s.side.period is not None
    ]
    return findings_on_tasks(findings(pair.archive, series), notices)


def findings_on_tasks(
    found: Sequence[Finding], notices: Sequence[tuple[Period, Notice]]
) -> TaskFindings:
    """The findings made on tasks of these archived notices, by (period, task ref) in them.

    A finding names the occurrence it was made on by period, ref and text. When the notice of its
    period was archived again and the task at its ref reads differently, it goes with the task
    whose text is the finding's, as `qdiff trace` and `qdiff report` find it; failing that, with
    the task at its ref. Findings on other quarters are left out."""
    attached: TaskFindings = {}
    for finding in found:
        for period, notice in notices:
            if finding.period != period:
                continue
            task = _task_of(notice.tasks, finding)
            if task is None:
                continue
            here = attached.setdefault((str(period), task.ref), [])
            if finding not in here:  # both notices may be versions of the same quarter
                here.append(finding)
    return attached


def _task_of(tasks: Sequence[Task], finding: Finding) -> Task | None:
    # Found as `qdiff trace` and `qdiff report` find a finding's thread.
    return best_match(tasks, finding.ref, finding.text, lambda task: (task.ref, task.text))
