"""What the archive holds, for people and for tools: `qdiff list`, `show`, `log` and the lines
`qdiff archive` prints. Names that came from files are shown, never obeyed (terminal_text)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qdiff.archived import ArchiveOutcome, NoticeSummary, StoredNotice, VersionInfo
from qdiff.output.outline import format_outline
from qdiff.output.terminal import terminal_text
from qdiff.serialize import notice_to_dict


def version_to_dict(info: VersionInfo) -> dict[str, Any]:
    """A version's provenance: the `version` object of `qdiff show --format json`, and each
    entry of `qdiff log --format json`."""
    return {
        "series": info.series,
        "period": str(info.period),
        "version": info.number,
        "sha256": info.sha256,
        "file_name": info.file_name,
        "format": info.format,
        "encoding": info.encoding,
        "parser_version": info.parser_version,
        "archived_by": info.archived_by,
        "archived_at": info.archived_at.isoformat(),
        "title": info.title,
        "doc_number": info.doc_number,
        "truncated": info.truncated,
        "items": info.items,
        "tasks": info.tasks,
        "warnings": info.warnings,
        "kind": info.kind.value,
    }


def listing_to_dict(location: str, summaries: Sequence[NoticeSummary]) -> dict[str, Any]:
    """`qdiff list --format json`."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for summary in summaries:
        grouped.setdefault(summary.series, []).append(
            {"period": str(summary.period), "versions": summary.versions,
             "latest": version_to_dict(summary.latest)}
        )  # fmt: skip
    return {"archive": location, "series": [{"key": k, "notices": v} for k, v in grouped.items()]}


def listing_text(location: str, summaries: Sequence[NoticeSummary]) -> str:
    """`qdiff list`: each series' periods with their latest version."""
    lines = [f"archive: {location}"]
    if not summaries:
        lines.append("(empty: archive a notice with `qdiff archive FILE`)")
        return "\n".join(lines)
    current = None
    for summary in summaries:
        if summary.series != current:
            current = summary.series
            lines.append(f"\n{terminal_text(current, one_line=True)}")
            lines.append("  period   versions  items  tasks  warnings  archived (latest version)")
        info = summary.latest
        flag = "  TRUNCATED" if info.truncated else ""
        by = terminal_text(info.archived_by, one_line=True)
        lines.append(
            f"  {summary.period!s:<8} {summary.versions:>8}  {info.items:>5}  {info.tasks:>5}"
            f"  {info.warnings:>8}  {info.archived_at:%Y-%m-%d %H:%M} by {by}{flag}"
        )
    return "\n".join(lines)


def stored_to_dict(stored: StoredNotice) -> dict[str, Any]:
    """`qdiff show --format json`: the parse contract plus the version's provenance."""
    data = notice_to_dict(stored.notice)
    data["version"] = version_to_dict(stored.info)
    return data


def stored_text(stored: StoredNotice) -> str:
    """`qdiff show`: which version it is, then the outline."""
    info = stored.info
    head = terminal_text(f"{info.series} {info.name}  sha256 {info.sha256}", one_line=True)
    return f"{head}\n{format_outline(stored.notice, info.file_name)}"


def versions_text(versions: Sequence[VersionInfo]) -> str:
    """`qdiff log`: one line a version, oldest first."""
    lines = []
    for info in versions:
        line = (
            f"{info.name}  {info.archived_at:%Y-%m-%d %H:%M:%S %Z} by {info.archived_by}  "
            f"sha256 {info.sha256[:16]}  {info.file_name or '(stdin)'} [{info.format}"
            f"{', ' + info.encoding if info.encoding else ''}]  {info.items} items, "
            f"{info.warnings} warnings{'  TRUNCATED' if info.truncated else ''}"
        )
        lines.append(terminal_text(line, one_line=True))
    return "\n".join(lines)


def outcome_text(outcome: ArchiveOutcome, file: str) -> str:
    """What `qdiff archive` did with one file, in one line."""
    info = outcome.version
    if outcome.added:
        counts = f"{info.items} items, {info.tasks} tasks, {info.warnings} warnings"
        truncated = ", TRUNCATED" if info.truncated else ""
        line = f"archived {file} as {info.series} {info.name} ({counts}{truncated})"
    else:
        line = f"unchanged {file} is already {info.series} {info.name}; nothing written"
    return terminal_text(line, one_line=True)


def outcomes_summary(outcomes: Sequence[ArchiveOutcome], failures: int) -> str:
    added = sum(1 for outcome in outcomes if outcome.added)
    return f"{added} archived, {len(outcomes) - added} already archived, {failures} failed"
