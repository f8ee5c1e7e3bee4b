"""How a report names a notice's section: 二、综合经济, or its title or label alone."""

from __future__ import annotations

from qdiff.notice import Section
from qdiff.reports.common.strings import Labels


def section_title(section: Section, labels: Labels) -> str:
    if section.label and section.title:
        return f"{section.label}、{section.title}"
    return section.title or section.label or labels["untitled_section"]
