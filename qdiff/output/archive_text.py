"""What the archive holds, for people and for tools: `qdiff list`, `show`, `log` and the lines
`qdiff archive` prints. Names that came from files are shown, never obeyed (terminal_text)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.cells import cell_len

from qdiff.archived import (
    ArchiveOutcome,
    NoticeSummary,
    SourceInfo,
    StoredNotice,
    VersionInfo,
    Withdrawal,
)
from qdiff.output.columns import pad
from qdiff.output.outline import format_outline
from qdiff.output.terminal import terminal_text
from qdiff.output.words import Language, Words, words
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
        "withdrawn": withdrawal_to_dict(info.withdrawn),
        "sources": [source_to_dict(source) for source in info.sources],
    }


def withdrawal_to_dict(withdrawal: Withdrawal | None) -> dict[str, Any] | None:
    """`withdrawn` in JSON: null, or why, when and by whom (`series`: with its whole series)."""
    if withdrawal is None:
        return None
    return {
        "reason": withdrawal.reason,
        "at": withdrawal.at.isoformat(),
        "by": withdrawal.by,
        "series": withdrawal.series,
    }


def source_to_dict(source: SourceInfo) -> dict[str, Any]:
    """Another file archived as the same version (the same text in another format)."""
    return {
        "sha256": source.sha256,
        "file_name": source.file_name,
        "format": source.format,
        "encoding": source.encoding,
        "archived_by": source.archived_by,
        "archived_at": source.archived_at.isoformat(),
    }


def withdrawal_text(withdrawal: Withdrawal, own: bool = False) -> str:
    """`WITHDRAWN 2026-12-06 08:00 UTC by 王: REASON` (one line, for people); a version
    withdrawn with its series says so, unless `own` (the series' own line)."""
    whole = " with its series" if withdrawal.series and not own else ""
    return (
        f"WITHDRAWN{whole} {withdrawal.at:%Y-%m-%d %H:%M %Z} by {withdrawal.by}: "
        f"{withdrawal.reason}"
    )


def source_text(source: SourceInfo) -> str:
    """One other source of a version, for `qdiff log`."""
    encoding = f", {source.encoding}" if source.encoding else ""
    return (
        f"also {source.file_name or '(stdin)'} [{source.format}{encoding}]  sha256 "
        f"{source.sha256[:16]}  {source.archived_at:%Y-%m-%d %H:%M:%S %Z} by {source.archived_by}"
    )


def listing_to_dict(location: str, summaries: Sequence[NoticeSummary]) -> dict[str, Any]:
    """`qdiff list --format json`."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    withdrawn: dict[str, dict[str, Any] | None] = {}
    for summary in summaries:
        grouped.setdefault(summary.series, []).append(
            {"period": str(summary.period), "versions": summary.versions,
             "withdrawn_versions": summary.withdrawn_versions,
             "latest": version_to_dict(summary.latest)}
        )  # fmt: skip
        withdrawn[summary.series] = withdrawal_to_dict(summary.series_withdrawn)
    return {
        "archive": location,
        "series": [{"key": k, "withdrawn": withdrawn[k], "notices": v} for k, v in grouped.items()],
    }


def listing_text(location: str, summaries: Sequence[NoticeSummary], lang: Language = "en") -> str:
    """`qdiff list`: each series' periods with their latest version."""
    w = words(lang)
    lines = [w.list_archive.format(location=location)]
    if not summaries:
        lines.append(w.list_empty)
        return "\n".join(lines)
    current = None
    for summary in summaries:
        if summary.series != current:
            current = summary.series
            whole = summary.series_withdrawn
            marked = f"{current}  {withdrawal_text(whole, own=True)}" if whole else current
            lines.append(f"\n{terminal_text(marked, one_line=True)}")
            lines.append(_list_head(w))
        info = summary.latest
        flag = f"  {w.truncated_flag}" if info.truncated else ""
        if info.withdrawn is not None and not info.withdrawn.series:
            flag += f"  {terminal_text(withdrawal_text(info.withdrawn), one_line=True)}"
        elif summary.withdrawn_versions and summary.series_withdrawn is None:
            flag += f"  ({summary.withdrawn_versions} withdrawn, see `qdiff log {summary.period}`)"
        by = terminal_text(info.archived_by, one_line=True)
        lines.append(
            f"  {summary.period!s:<8} {summary.versions:>8}  {info.items:>5}  {info.tasks:>5}"
            f"  {info.warnings:>8}  "
            + w.list_by.format(when=f"{info.archived_at:%Y-%m-%d %H:%M}", by=by)
            + flag
        )
    return "\n".join(lines)


def _list_head(w: Words) -> str:
    """The column heads of `qdiff list`, over the columns its rows fill (CJK counts two)."""
    heads = (
        (w.list_versions, 8, " "), (w.list_items, 5, "  "), (w.list_tasks, 5, "  "),
        (w.list_warnings, 8, "  "),
    )  # fmt: skip
    line = "  " + pad(w.list_period, 8)
    for head, width, gap in heads:
        line += gap + " " * max(0, width - cell_len(head)) + head
    return f"{line}  {w.list_archived}"


def stored_to_dict(stored: StoredNotice) -> dict[str, Any]:
    """`qdiff show --format json`: the parse contract plus the version's provenance."""
    data = notice_to_dict(stored.notice)
    data["version"] = version_to_dict(stored.info)
    return data


def stored_text(stored: StoredNotice, lang: Language = "en") -> str:
    """`qdiff show`: which version it is, then the outline."""
    info = stored.info
    head = f"{info.series} {info.name}  sha256 {info.sha256}"
    if info.withdrawn is not None:
        head += f"  {withdrawal_text(info.withdrawn)}"
    head = terminal_text(head, one_line=True)
    return f"{head}\n{format_outline(stored.notice, info.file_name, lang)}"


def versions_text(versions: Sequence[VersionInfo], lang: Language = "en") -> str:
    """`qdiff log`: one line a version, oldest first."""
    w = words(lang)
    lines = []
    for info in versions:
        by = w.log_by.format(when=f"{info.archived_at:%Y-%m-%d %H:%M:%S %Z}", by=info.archived_by)
        counts = w.log_counts.format(items=info.items, warnings=info.warnings)
        line = (
            f"{info.name}  {by}  "
            f"sha256 {info.sha256[:16]}  {info.file_name or w.log_stdin} [{info.format}"
            f"{', ' + info.encoding if info.encoding else ''}]  {counts}"
            f"{'  ' + w.truncated_flag if info.truncated else ''}"
        )
        lines.append(terminal_text(line, one_line=True))
        # Indented under their version: what else it was archived from, and whether it counts.
        lines.extend(
            "  " + terminal_text(source_text(source), one_line=True) for source in info.sources
        )
        if info.withdrawn is not None:
            lines.append("  " + terminal_text(withdrawal_text(info.withdrawn), one_line=True))
    return "\n".join(lines)


def outcome_text(outcome: ArchiveOutcome, file: str, lang: Language = "en") -> str:
    """What `qdiff archive` did with one file, in one line, in the reader's language."""
    w = words(lang)
    info = outcome.version
    version = f"{info.series} {info.name}"
    if outcome.added:
        counts = w.archived_counts.format(
            items=info.items, tasks=info.tasks, warnings=info.warnings
        )
        counts += w.archived_truncated if info.truncated else ""
        line = w.archived.format(file=file, version=version, counts=counts)
    elif outcome.other_source:
        line = w.archived_copy.format(file=file, version=version)
    elif outcome.known_source:
        line = w.archived_known_source.format(file=file, version=version)
    else:
        line = w.archived_unchanged.format(file=file, version=version)
    if info.withdrawn is not None and not outcome.added:
        line += w.archived_withdrawn.format(name=info.name)
    return terminal_text(line, one_line=True)


def outcomes_summary(
    outcomes: Sequence[ArchiveOutcome], failures: int, lang: Language = "en"
) -> str:
    w = words(lang)
    added = sum(1 for outcome in outcomes if outcome.added)
    copies = sum(1 for outcome in outcomes if outcome.other_source)
    already = len(outcomes) - added - copies
    # Said only when there are some, so the summary line of a plain archive stays as it was.
    also = w.archived_copies.format(copies=copies) if copies else ""
    return w.archived_summary.format(added=added, also=also, already=already, failures=failures)
