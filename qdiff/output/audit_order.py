"""Which threads `qdiff audit list` shows and in what order, decided once for its text and its
JSON: the ones most in need of checking first, narrowed by what they signal and who leads them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from qdiff.errors import UsageError
from qdiff.lineage.audit import AuditRow
from qdiff.lineage.model import Signal
from qdiff.normalize import compact
from qdiff.output.words import EN, ZH

# The order an auditor works in: a completion promised again and a commitment gone before it
# was ever said to be complete are the likeliest broken promises; a stalled one may still
# move; one gone after completion is presumably done.
_TIERS = {
    Signal.SLIPPED: 0,
    Signal.VANISHED_UNFINISHED: 0,
    Signal.STALLED: 1,
    Signal.PRESUMED_DONE: 2,
}
_OTHERS = 3  # an object thread listed because a finding was made on it


def prioritized(rows: Sequence[AuditRow]) -> list[AuditRow]:
    """Most in need of checking first: completions promised again (the most often first) and
    threads gone before completion, then stalled, then presumed done; within each, those
    without a current finding first; else in the order of the threads."""

    def key(indexed: tuple[int, AuditRow]) -> tuple[int, bool, int, int]:
        index, row = indexed
        names = row.thread.signals.names()
        tier = min((_TIERS[s] for s in names if s in _TIERS), default=_OTHERS)
        return (tier, row.current is not None, -row.thread.signals.slipped, index)

    return [row for _, row in sorted(enumerate(rows), key=key)]


def parse_signals(values: Iterable[str]) -> frozenset[Signal]:
    """--signal values (repeated, or comma lists) as signals: by their JSON name (slipped) or
    their word in either language (重复承诺完成, stalled); an unknown one is a usage error
    naming the valid ones."""
    by_name = {signal.value: signal for signal in Signal}
    for vocabulary in (EN, ZH):
        by_name.update({word: signal for signal, word in vocabulary.signal.items()})
    chosen = set()
    for value in values:
        for name in (part.strip() for part in value.replace("，", ",").split(",")):
            if not name:
                continue
            if name not in by_name:
                valid = ", ".join(signal.value for signal in Signal)
                raise UsageError(f"unknown signal '{name}' for --signal; valid: {valid}")
            chosen.add(by_name[name])
    return frozenset(chosen)


def parse_agencies(values: Iterable[str]) -> tuple[str, ...]:
    """--agency values (repeated, or comma lists; 、 separates too) as names to look for."""
    names = []
    for value in values:
        for part in value.replace("，", ",").replace("、", ",").split(","):
            if compact(part):
                names.append(compact(part))
    return tuple(names)


def selected(
    rows: Sequence[AuditRow], signals: frozenset[Signal], agencies: Sequence[str]
) -> list[AuditRow]:
    """The rows with any of `signals` (all when none given) whose thread any of `agencies`
    led in some quarter (a part of the name is enough: 房屋管理局 finds 区住房保障房屋管理局)."""
    chosen = []
    for row in rows:
        if signals and not signals & set(row.thread.signals.names()):
            continue
        if agencies:
            leads = {compact(u) for o in row.thread.occurrences for u in o.lead}
            if not any(name in lead for name in agencies for lead in leads):
                continue
        chosen.append(row)
    return chosen
