"""The HTML report of a year's coverage (`qdiff coverage YEAR --html`): what the quarters did
not schedule and what they added without a root first, then each quarterly milestone of a task
table, then every commitment of the year with the quarters that scheduled it; sources last."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from qdiff import __version__
from qdiff.delivery.coverage import Coverage
from qdiff.provenance import SideNotice
from qdiff.reports.common.environment import environment
from qdiff.reports.common.header import moment_text, side_info
from qdiff.reports.common.page import page_basics
from qdiff.reports.delivery.render import STYLESHEETS, document_name
from qdiff.reports.delivery.strings import delivery_labels


def render_coverage(
    year: int,
    plan: SideNotice,
    notices: tuple[SideNotice, ...],
    reports: tuple[SideNotice, ...],
    coverage: Coverage,
    *,
    lang: str = "zh",
    created_at: datetime | None = None,
) -> str:
    labels = delivery_labels(lang)
    created = created_at or datetime.now().astimezone()
    issuer = plan.notice.issuer or ""
    head = labels.format("cv_running_head", issuer=issuer, year=year)
    at = moment_text(created, labels["time_zone"])
    names = {
        "plan": document_name(plan, labels),
        "notices": labels["list_sep"].join(document_name(d, labels) for d in notices)
        or labels["missing"],
        "reports": labels["list_sep"].join(document_name(d, labels) for d in reports)
        or labels["missing"],
    }
    documents = [
        side_info(plan.side, plan.notice, labels["dl_plan"], labels),
        *(side_info(d.side, d.notice, document_name(d, labels), labels) for d in notices),
        *(side_info(d.side, d.notice, document_name(d, labels), labels) for d in reports),
    ]
    context: dict[str, Any] = {
        **page_basics(labels, STYLESHEETS, head),
        "issuer": issuer,
        "year": year,
        "provenance": labels.format("cv_provenance", at=at, version=__version__, **names),
        "coverage": coverage,
        "documents": documents,
        "kinds": [labels[f"kind_{d.notice.kind.value}"] for d in (plan, *notices, *reports)],
        "created_at": created.isoformat(timespec="seconds"),
        "created_at_text": at,
    }
    return environment().get_template("delivery/coverage.html").render(context)
