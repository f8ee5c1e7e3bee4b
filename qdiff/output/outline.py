"""The readable outline `qdiff parse` prints for people."""

from __future__ import annotations

from qdiff.notice import Notice
from qdiff.output.terminal import terminal_text


def format_outline(notice: Notice, name: str | None = None) -> str:
    """The outline, safe for a terminal: the notice's control characters are shown, not obeyed."""
    lines: list[str] = []
    lines.append(notice.title or "(no title)")
    if name:
        lines.append(f"file        {name}")
    lines.append(f"issuer      {notice.issuer or '-'}")
    lines.append(f"period      {notice.period or '-'}")
    lines.append(f"doc number  {notice.doc_number or '-'}")
    signed = notice.signed_on.isoformat() if notice.signed_on else "-"
    published = notice.published_on.isoformat() if notice.published_on else "-"
    lines.append(f"signed      {signed}    published {published}")
    counts = (
        f"{len(notice.sections)} sections, {len(notice.items)} items, {len(notice.tasks)} tasks"
    )
    if notice.truncated:
        counts += "  (TRUNCATED: the text stops mid-item)"
    lines.append(counts)
    for section in notice.sections:
        lines.append("")
        label = f"{section.label}、" if section.label else ""
        lines.append(f"{section.ref}. {label}{section.title or '(untitled section)'}")
        for item in section.items:
            lead = "、".join(item.lead) if item.lead else "(no lead unit)"
            tasks = f"{len(item.tasks)} task" + ("" if len(item.tasks) == 1 else "s")
            lines.append(f"  {item.ref:<6} {item.heading[:24]}  [{tasks}]  lead: {lead}")
    if notice.warnings:
        lines.append("")
        lines.append(f"warnings ({len(notice.warnings)})")
        for warning in notice.warnings:
            where = f"line {warning.line}" if warning.line is not None else "-"
            lines.append(f"  {where:<9} {warning.code.value}: {warning.message}")
    return terminal_text("\n".join(lines))
