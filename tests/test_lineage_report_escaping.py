"""Notice text, series names and audit findings are untrusted: markup in any of them is shown as
text in the multi-quarter report and never becomes markup, and evidence becomes a link only when
it is a plain web address. The hostile notice is the one of test_report_escaping.py (the real
notice with payloads in its title, items, heading and a responsibility clause)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import lxml.html
import pytest

from qdiff.align import compare
from qdiff.lineage import Finding, Lineage, build_lineage, edges_of, needed_pairs
from qdiff.load import load_path
from qdiff.periods import Period
from qdiff.reports.series.render import render_lineage
from tests.conftest import SEED
from tests.report_cases import CREATED_AT
from tests.test_report_escaping import IMAGE, PAYLOADS, SCRIPT, STYLE, UNIT, hostile_notice

SERIES = f"杨浦{SCRIPT}"
EVIDENCE_SCRIPT = "javascript:window.__pwned=3"
EVIDENCE_BREAKOUT = 'https://example.org/"><img/src=x/onerror=window.__pwned=4>'


def hostile_lineage() -> Lineage:
    seed, hostile = load_path(str(SEED)).notice, hostile_notice()
    notices = {Period.parse("2021Q1"): seed, Period.parse("2021Q2"): hostile,
               Period.parse("2021Q3"): hostile}  # fmt: skip
    edges = {
        pair: edges_of(compare(notices[pair[0]], notices[pair[1]], details=False))
        for pair in needed_pairs(list(notices))
    }
    return build_lineage(notices, edges, SERIES)


def hostile_findings(lineage: Lineage) -> dict[str, list[Finding]]:
    thread = next(
        t for t in lineage.threads if t.kind == "task" and SCRIPT in t.occurrences[-1].text
    )
    last = thread.occurrences[-1]
    at = datetime(2022, 1, 1, tzinfo=UTC)
    return {
        thread.key: [
            Finding(1, last.period, last.ref, last.text, "done", EVIDENCE_SCRIPT, STYLE,
                    IMAGE, at),
            Finding(2, last.period, last.ref, last.text, f"not_done{SCRIPT}", EVIDENCE_BREAKOUT,
                    SCRIPT, f"审计员{UNIT}", at),
        ]
    }  # fmt: skip


def hostile_lineage_report(lang: str = "zh") -> str:
    lineage = hostile_lineage()
    return render_lineage(lineage, hostile_findings(lineage), lang=lang, created_at=CREATED_AT)


def write_hostile_lineage_report(directory: Path) -> Path:
    path = directory / "hostile-lineage.html"
    path.write_text(hostile_lineage_report(), encoding="utf-8")
    return path


def test_the_payloads_reach_the_threads() -> None:
    lineage = hostile_lineage()
    texts = "\n".join(o.text for t in lineage.threads for o in t.occurrences)
    assert SCRIPT in texts and IMAGE in texts and STYLE in texts
    assert any(UNIT in o.lead for t in lineage.threads for o in t.occurrences)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_payloads_are_shown_as_text_and_never_as_markup(lang: str) -> None:
    doc = lxml.html.document_fromstring(hostile_lineage_report(lang))
    assert len(doc.xpath("//script")) == 1 and len(doc.xpath("//style")) == 1
    assert not doc.xpath("//img") and not doc.xpath("//@src") and not doc.xpath("//body//style")
    handlers = [a for a in doc.xpath("//@*") if a.attrname.lower().startswith("on")]
    assert handlers == []
    (script,) = doc.xpath("//script")
    assert "__pwned" not in script.text
    (style,) = doc.xpath("//style")
    assert "body{display:none}" not in style.text
    body_text = doc.body.text_content()
    for payload in (*PAYLOADS, SERIES, EVIDENCE_SCRIPT, EVIDENCE_BREAKOUT):
        assert payload in body_text, payload
    assert SERIES in doc.xpath("string(//title)")
    assert "{{ 7*7 }}" in body_text and "政策措施49" not in body_text
    assert not doc.xpath("//b")
    # Attribute values hold the payloads escaped, not cut short.
    assert UNIT in doc.xpath("//select[@name='agency']/option/@value")
    assert any(UNIT in value.split("|") for value in doc.xpath("//table[@id='grid']//tr/@data-ag"))
    # Only a plain web address becomes a link, and its quotes cannot end the attribute.
    hrefs = [h for h in doc.xpath("//a/@href") if not h.startswith("#")]
    assert hrefs == [EVIDENCE_BREAKOUT]
    assert not any(h.lower().startswith("javascript") for h in doc.xpath("//@href"))
