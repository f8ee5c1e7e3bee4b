"""Audit findings worded for display, the same way in both reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from qdiff.lineage.model import Finding
from qdiff.periods import Period
from qdiff.reports.common.strings import Labels


@dataclass(frozen=True)
class Verdict:
    """One audit finding, worded for display."""

    finding: str  # done, partly, not_done, in_progress, cannot_verify
    label: str
    on: str  # the occurrence it was made on
    by_at: str
    at: str  # ISO time, for <time datetime>
    evidence: str | None
    evidence_url: str | None  # the evidence when it is a web address: shown as a link
    note: str | None


def short_period(labels: Labels, period: Period) -> str:
    """A quarter as the grid, the lists and the histories name it: 2021年一季度, 2021 Q1."""
    return labels.format(
        "period_short", year=period.year, n=period.index, cn="一二三四"[period.index - 1]
    )


def verdict(finding: Finding, t: Labels, zone: tzinfo | None) -> Verdict:
    """One finding worded for display, in either report: its time on the clock of `zone`, and
    its evidence a link only when it is a plain http(s) address."""
    evidence = (finding.evidence or "").strip() or None
    url = evidence if evidence and _is_web_address(evidence) else None
    return Verdict(
        finding=finding.finding,
        label=verdict_label(finding.finding, t),
        on=t.format("verdict_on", period=short_period(t, finding.period), ref=finding.ref),
        by_at=t.format("verdict_by", by=finding.recorded_by, at=_when(finding.recorded_at, zone)),
        at=finding.recorded_at.isoformat(timespec="seconds"),
        evidence=evidence,
        evidence_url=url,
        note=(finding.note or "").strip() or None,
    )


def verdict_label(finding: str, t: Labels) -> str:
    """The finding in words; one this qdiff does not know is shown as recorded."""
    key = f"verdict_{finding}"
    return t[key] if key in t else finding  # noqa: SIM401 (Labels fills in names on lookup)


def _is_web_address(text: str) -> bool:
    """Only plain http(s) addresses become links: never javascript:, data: or file names."""
    lower = text.lower()
    return lower.startswith(("http://", "https://")) and not any(ch.isspace() for ch in text)


def _when(moment: datetime, zone: tzinfo | None) -> str:
    if zone is not None and moment.tzinfo is not None:
        moment = moment.astimezone(zone)
    return moment.strftime("%Y-%m-%d %H:%M")
