"""Notice text is untrusted (mirror sites, saved pages): markup in it is shown as text in the
report and never becomes markup. The hostile notice is the real one with payloads written into
its title, item text, heading and a responsibility clause, then parsed like any other file."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from qdiff.align import compare
from qdiff.load import load_path
from qdiff.notice import Notice
from qdiff.parsing import parse_notice
from qdiff.provenance import Side
from qdiff.reports.pair import render_comparison
from tests.conftest import SEED
from tests.report_cases import CREATED_AT

SCRIPT = "<script>window.__pwned=1</script>"
IMAGE = '"><img src=x onerror="window.__pwned=2">'
TEMPLATE = "{{ 7*7 }}{% if true %}x{% endif %}"
STYLE = "</style><style>body{display:none}</style>"
UNIT = "区'\"><b>局"  # unit names are split at spaces and slashes: a breakout without them
PAYLOADS = (SCRIPT, IMAGE, TEMPLATE, STYLE, UNIT)


def hostile_text(seed: str) -> str:
    edits = {
        "工作要点的通知 2021-02-26": f"工作要点的通知{SCRIPT} 2021-02-26",
        "1.外防输入、内防反弹。": f"1.外防输入、内防反弹。推进“{SCRIPT}”专项行动。",
        "深入开展冬春季爱国卫生运动。": f"深入开展冬春季爱国卫生运动。完成{IMAGE}改造。",
        "2.政策措施。": f"2.政策措施{TEMPLATE}。",
        "完成国和路租赁房规划调整,": f"完成国和路租赁房规划调整{STYLE},",
        "(责任单位:区规划资源局)": f"(责任单位:区规划资源局、{UNIT})",
    }
    for old, new in edits.items():
        assert old in seed, old
        seed = seed.replace(old, new, 1)
    return seed


def hostile_notice() -> Notice:
    return parse_notice(hostile_text(SEED.read_text(encoding="utf-8")))


def hostile_report(lang: str = "zh") -> str:
    seed = load_path(str(SEED)).notice
    return render_comparison(
        compare(seed, hostile_notice()),
        Side(None, None, None, "seed.txt", None),
        Side(None, None, None, f"hostile{SCRIPT}.txt", None),
        lang=lang,
        created_at=CREATED_AT,
    )


def write_hostile_report(directory: Path) -> Path:
    path = directory / "hostile.html"
    path.write_text(hostile_report(), encoding="utf-8")
    return path


def test_the_payloads_reach_the_notice() -> None:
    notice = hostile_notice()
    text = "\n".join(item.text for item in notice.items)
    assert SCRIPT in text and IMAGE in text and TEMPLATE in text
    assert STYLE in text
    assert any(unit == UNIT for item in notice.items for unit in item.lead)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_payloads_are_shown_as_text_and_never_as_markup(lang: str) -> None:
    html = hostile_report(lang)
    doc = lxml.html.document_fromstring(html)
    assert len(doc.xpath("//script")) == 1 and len(doc.xpath("//style")) == 1
    assert not doc.xpath("//img") and not doc.xpath("//@src") and not doc.xpath("//body//style")
    handlers = [a for a in doc.xpath("//@*") if a.attrname.lower().startswith("on")]
    assert handlers == []
    (script,) = doc.xpath("//script")
    assert "__pwned" not in script.text
    (style,) = doc.xpath("//style")
    assert "body{display:none}" not in style.text
    body_text = doc.body.text_content()
    for payload in PAYLOADS:
        assert payload in body_text, payload
    # Template syntax in a notice is not evaluated: 7*7 stays as written.
    assert "{{ 7*7 }}" in body_text and "政策措施49" not in body_text
    # Attribute values hold the payloads escaped, not cut short.
    agencies = doc.xpath("//select[@name='agency']/option/@value")
    assert UNIT in agencies
    assert any(UNIT in value.split("|") for value in doc.xpath("//article/@data-agencies"))
    assert not doc.xpath("//b")
