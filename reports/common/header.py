"""The report's header: where each notice came from and how the report was made, enough to
reproduce it (sources and their sha256, qdiff version, settings, the command)."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from qdiff.align.model import Comparison, Status
from qdiff.align.settings import DEFAULT_SETTINGS
from qdiff.errors import QdiffError
from qdiff.notice import Notice
from qdiff.periods import Period
from qdiff.provenance import Side
from qdiff.reports.common.strings import Labels


@dataclass(frozen=True)
class SourceWarning:
    line: int | None
    code: str
    message: str


@dataclass(frozen=True)
class SideInfo:
    """One column of the sources table: every value already worded for display."""

    caption: str
    title: str
    issuer: str
    series: str
    period: str
    version: str
    doc_number: str
    signed_on: str
    published_on: str
    file: str
    sha256: str
    counts: str
    complete: str
    truncated: bool
    warnings: tuple[SourceWarning, ...]


@dataclass(frozen=True)
class Truncation:
    """What a cut-off source means for this comparison."""

    text: str


def side_period(side: Side, notice: Notice) -> Period | None:
    if side.period is not None:
        try:
            return Period.parse(side.period)
        except QdiffError:
            return None
    return notice.period


def side_info(side: Side, notice: Notice, caption: str, labels: Labels) -> SideInfo:
    dash = labels["missing"]
    period = side_period(side, notice)
    return SideInfo(
        caption=caption,
        title=notice.title or dash,
        issuer=notice.issuer or dash,
        series=side.series or labels["series_none"],
        period=labels.period(period) if period is not None else (side.period or dash),
        version=str(side.version) if side.version is not None else dash,
        doc_number=notice.doc_number or dash,
        signed_on=labels.date(notice.signed_on) if notice.signed_on else dash,
        published_on=labels.date(notice.published_on) if notice.published_on else dash,
        file=side.file or dash,
        sha256=side.sha256 or dash,
        counts=labels.format(
            "counts_value",
            sections=len(notice.sections),
            items=len(notice.items),
            tasks=len(notice.tasks),
        ),
        complete=labels["source_truncated" if notice.truncated else "source_complete"],
        truncated=notice.truncated,
        warnings=tuple(SourceWarning(w.line, w.code.value, w.message) for w in notice.warnings),
    )


def truncations(comparison: Comparison, labels: Labels) -> tuple[Truncation, ...]:
    out = []
    for side, notice in (("old", comparison.old), ("new", comparison.new)):
        if not notice.truncated:
            continue
        other_items = sum(
            len(link.new if side == "old" else link.old)
            for link in comparison.items
            if link.status is Status.UNCOVERED
        )
        last = notice.items[-1].ref if notice.items else labels["missing"]
        out.append(Truncation(labels.format(f"truncated_{side}", last=last, uncovered=other_items)))
    return tuple(out)


def settings_rows(settings: dict[str, float]) -> tuple[tuple[str, str, bool], ...]:
    """(name, value, differs from the default) for every setting, in a fixed order."""
    defaults = DEFAULT_SETTINGS.as_dict()
    return tuple(
        (name, number_text(value), defaults.get(name) != value)
        for name, value in sorted(settings.items())
    )


def reproduce_command(old: Side, new: Side, settings: dict[str, float], lang: str) -> str:
    """The `qdiff compare` command that makes this comparison again (as far as the sides say)."""
    words = ["qdiff", "compare", _argument(old), _argument(new)]
    series = old.series or new.series
    if series is not None:
        words.extend(["--series", series])
    defaults = DEFAULT_SETTINGS.as_dict()
    for name, value in sorted(settings.items()):
        if defaults.get(name) != value:
            words.extend(["--set", f"{name}={number_text(value)}"])
    return shlex.join([*words, *html_options(lang)])


def html_options(lang: str) -> list[str]:
    """The options of a reproduce command that write the report, in the report's language."""
    return ["--html", "report.html", *(["--lang", lang] if lang != "zh" else [])]


def _argument(side: Side) -> str:
    if side.series is not None and side.period is not None:
        return f"{side.period}@{side.version}" if side.version is not None else side.period
    return side.file or "?"


# The reports' clock: Beijing time (UTC+8 all year, no daylight saving). An office files a report
# with its own date, whatever clock the machine that made it runs on (CI and servers run on UTC).
BEIJING = timezone(timedelta(hours=8))


def moment_text(moment: datetime, zone_name: str) -> str:
    """2024-05-06 14:30 北京时间: the moment on Beijing's clock, with the clock named."""
    return f"{moment.astimezone(BEIJING):%Y-%m-%d %H:%M} {zone_name}"


def number_text(value: float) -> str:
    return f"{value:g}"
