"""The readable outline `qdiff parse` and `qdiff show` print for people, in their language."""

from __future__ import annotations

from rich.cells import cell_len

from qdiff.notice import Notice
from qdiff.output.columns import pad
from qdiff.output.terminal import terminal_text
from qdiff.output.words import Language, words


def format_outline(notice: Notice, name: str | None = None, lang: Language = "en") -> str:
    """The outline, safe for a terminal: the notice's control characters are shown, not obeyed.
    Warnings keep their code in English (the README documents them by it) after the word for
    it, and their message as the parser wrote it."""
    w = words(lang)
    labels = (
        w.outline_file, w.outline_issuer, w.outline_period, w.outline_doc_number,
        w.outline_signed, w.outline_published,
    )  # fmt: skip
    width = max(12, *(cell_len(label) + 2 for label in labels))
    lines: list[str] = []
    lines.append(notice.title or w.no_title)
    if name:
        lines.append(f"{pad(w.outline_file, width)}{name}")
    lines.append(f"{pad(w.outline_issuer, width)}{notice.issuer or '-'}")
    lines.append(f"{pad(w.outline_period, width)}{notice.period or '-'}")
    lines.append(f"{pad(w.outline_doc_number, width)}{notice.doc_number or '-'}")
    signed = notice.signed_on.isoformat() if notice.signed_on else "-"
    published = notice.published_on.isoformat() if notice.published_on else "-"
    lines.append(f"{pad(w.outline_signed, width)}{signed}    {w.outline_published} {published}")
    counts = w.outline_counts.format(
        sections=len(notice.sections), items=len(notice.items), tasks=len(notice.tasks)
    )
    if notice.truncated:
        counts += f"  {w.outline_truncated}"
    lines.append(counts)
    for section in notice.sections:
        lines.append("")
        label = f"{section.label}、" if section.label else ""
        lines.append(f"{section.ref}. {label}{section.title or w.untitled_section}")
        for item in section.items:
            lead = w.units_sep.join(item.lead) if item.lead else w.no_lead
            n = len(item.tasks)
            tasks = w.item_tasks.format(n=n, s="" if n == 1 else "s")
            lead_words = w.outline_lead.format(units=lead)
            lines.append(f"  {item.ref:<6} {item.heading[:24]}  [{tasks}]  {lead_words}")
    if notice.warnings:
        lines.append("")
        lines.append(w.warnings_head.format(n=len(notice.warnings)))
        for warning in notice.warnings:
            where = w.warning_line.format(line=warning.line) if warning.line is not None else "-"
            code = f"{warning.code.value}: "
            if lang == "zh":
                code = f"{w.warning[warning.code]}（{warning.code.value}）："
            lines.append(f"  {pad(where, 9)} {code}{warning.message}")
    return terminal_text("\n".join(lines))
