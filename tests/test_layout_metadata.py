"""The metadata of the layouts of fixtures/layouts/ (DOMAIN.md, "More layouts seen on real
pages"): each document parses to its hand label, and each rule that reads them holds on its own.

The labels in fixtures/layouts/expected/ were written blind (fixtures/layouts/README.md); they are
read here, never copied.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from qdiff.load import load_path
from qdiff.notice import WarningCode
from qdiff.parsing import parse_notice
from qdiff.parsing.dates import find_date, read_date_line
from qdiff.parsing.metadata import period_named
from qdiff.periods import Period
from qdiff.serialize import notice_to_dict
from tests.conftest import FIXTURES

LAYOUTS = FIXTURES / "layouts"
LABELS = sorted((LAYOUTS / "expected").glob("*.json"))
FIELDS = ("title", "issuer", "period", "doc_number", "signed_on", "published_on", "truncated")

# A label believed wrong would be listed here as {(stem, field): reason}, its test xfail(strict).
DISPUTED: dict[tuple[str, str], str] = {}


def _cases() -> list[Any]:
    cases = []
    for label_path in LABELS:
        for name in FIELDS:
            marks = []
            if (label_path.stem, name) in DISPUTED:
                marks.append(pytest.mark.xfail(strict=True, reason=DISPUTED[label_path.stem, name]))
            cases.append(
                pytest.param(label_path, name, marks=marks, id=f"{label_path.stem}-{name}")
            )
    return cases


_parsed: dict[Path, dict[str, Any]] = {}


def _parse(path: Path) -> dict[str, Any]:
    if path not in _parsed:
        _parsed[path] = notice_to_dict(load_path(str(path)).notice)
    return _parsed[path]


def test_every_layout_has_a_label() -> None:
    assert {p.stem for p in LABELS} == {p.stem for p in LAYOUTS.glob("*.txt")}
    assert len(LABELS) == 10


@pytest.mark.parametrize(("label_path", "name"), _cases())
def test_layout_metadata_matches_its_label(label_path: Path, name: str) -> None:
    label = json.loads(label_path.read_text(encoding="utf-8"))
    assert label["file"].endswith(f"{label_path.stem}.txt")
    assert _parse(LAYOUTS / f"{label_path.stem}.txt")[name] == label[name]


# --- The rules, one by one, on small notices written for these tests -------------------------

BODY = """一、产业发展

1.园区建设。推进北湾智造园一期建设。(责任单位:区经济委)

2.招商引资。新签约项目6个。(责任单位:区投资促进办牵头,区商务委配合)
"""


def cover(
    title: str = "关于印发区政府2022年第三季度工作要点的通知",
    under_title: str = "",
    signature: str = "鹿州市石湾区人民政府办公室\n2022年7月6日",
    cover_note: str = "经区政府同意,现将《鹿州市石湾区人民政府2022年第三季度工作要点》印发给你们。",
    issuer: str = "鹿州市石湾区人民政府",
    heading: str = "2022年第三季度工作要点",
    preamble: str = "区政府工作的总体要求是:稳中求进。主要工作如下:",
) -> str:
    lines = [title, under_title, "石府办〔2022〕15号", "区政府各部门:", cover_note, signature]
    lines += [issuer, heading, preamble]
    return "\n\n".join(line for line in lines if line) + "\n\n" + BODY


def test_a_plain_notice_reads_as_before() -> None:
    parsed = parse_notice(cover())
    assert parsed.issuer == "鹿州市石湾区人民政府"
    assert parsed.period == Period.parse("2022Q3")
    assert parsed.signed_on == date(2022, 7, 6)
    assert parsed.published_on is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("二〇二二年七月六日", date(2022, 7, 6)),  # U+3007
        ("二O二二年七月六日", date(2022, 7, 6)),  # the Latin letter O
        ("二o二二年七月二十六日", date(2022, 7, 26)),
        ("二零二二年十二月三十一日", date(2022, 12, 31)),
        ("(2022年7月6日)", date(2022, 7, 6)),
        ("2022-07-06", date(2022, 7, 6)),
    ],
)
def test_a_date_line_in_any_numerals(written: str, expected: date) -> None:
    assert read_date_line(written) == expected
    assert find_date(f"发布时间:{written}") == expected


@pytest.mark.parametrize("line", ["2022年7月6日印发", "发布日期:2022-07-06", "日期:2022年7月6日"])
def test_a_labelled_or_printed_date_is_not_a_date_line(line: str) -> None:
    assert read_date_line(line) is None


def test_a_chinese_numeral_signature_date_under_the_office() -> None:
    signature = "\u3000\u3000鹿州市石湾区人民政府办公室\n\u3000\u3000二〇二二年七月六日"
    assert parse_notice(cover(signature=signature)).signed_on == date(2022, 7, 6)


@pytest.mark.parametrize("label", ["发布时间:", "发布日期:", "• 发布日期:", "日期:", "公开时间:"])
def test_a_website_date_is_the_publication_date_never_the_signature(label: str) -> None:
    parsed = parse_notice(cover(under_title=f"{label}二O二二年七月八日"))
    assert parsed.published_on == date(2022, 7, 8)
    assert parsed.signed_on == date(2022, 7, 6)


def test_a_bare_date_line_without_an_office_above_is_not_the_signature() -> None:
    parsed = parse_notice(cover(under_title="2022-07-08"))
    assert parsed.signed_on == date(2022, 7, 6)


def test_the_printers_line_is_not_a_signature() -> None:
    signature = (
        "鹿州市石湾区人民政府办公室\n2022年7月6日\n\n鹿州市石湾区人民政府办公室 2022年7月8日印发"
    )
    assert parse_notice(cover(signature=signature)).signed_on == date(2022, 7, 6)


def test_the_written_date_stands_in_when_there_is_no_signature() -> None:
    parsed = parse_notice(cover(under_title="成文日期:2022-07-05", signature=""))
    assert parsed.signed_on == date(2022, 7, 5)
    assert parsed.published_on is None


def test_a_joint_notice_is_issued_by_both_signers() -> None:
    signature = "中共石湾区委\n鹿州市石湾区人民政府\n2022年2月16日"
    parsed = parse_notice(
        cover(
            title="关于印发《2022年区委、区政府重点工作》的通知",
            signature=signature,
            cover_note="《2022年区委、区政府重点工作》已经区委、区政府同意,现印发给你们。",
            issuer="",
            heading="2022年区委、区政府重点工作",
        )
    )
    assert parsed.issuer == "中共石湾区委、鹿州市石湾区人民政府"
    assert parsed.signed_on == date(2022, 2, 16)
    assert parsed.period == Period.parse("2022")


def test_a_joint_signature_on_one_line() -> None:
    signature = "中共石湾区委\u3000\u3000鹿州市石湾区人民政府\n2022年2月16日"
    note = "经区委、区政府同意,现将《2022年第三季度工作要点》印发给你们。"
    parsed = parse_notice(cover(signature=signature, cover_note=note, issuer=""))
    assert parsed.issuer == "中共石湾区委、鹿州市石湾区人民政府"


def test_a_year_plan_stays_a_year_when_its_preamble_names_a_half() -> None:
    parsed = parse_notice(
        cover(
            title="关于印发《2022年区政府重点工作任务》的通知",
            cover_note="现将《2022年区政府重点工作任务》印发给你们。",
            heading="2022年区政府重点工作任务",
            preamble="各牵头单位要确保2022年上半年完成全年任务的一半。主要工作如下:",
        )
    )
    assert parsed.period == Period.parse("2022")
    assert WarningCode.PERIOD_CONFLICT not in {w.code for w in parsed.warnings}


def test_an_issuer_line_goes_before_the_signer() -> None:
    assert parse_notice(cover()).issuer == "鹿州市石湾区人民政府"  # not the signing 办公室


def test_a_document_signed_at_its_end() -> None:
    text = (
        "石湾区2022年区政府重点工作前三季度进展情况 2022-10-20\n\n"
        "序号 | 内容与要求 | 进展情况 | 责任单位\n"
        "1 | 园区建设。推进北湾智造园一期建设。 | 一期主体结构封顶。 | 区经济委\n"
        "2 | 招商引资。新签约项目6个。 | 已签约5个。 | 区投资促进办\n\n"
        "鹿州市石湾区人民政府办公室\n2022年10月18日\n"
    )
    parsed = parse_notice(text)
    assert parsed.signed_on == date(2022, 10, 18)
    assert parsed.issuer == "鹿州市石湾区人民政府办公室"
    assert parsed.published_on == date(2022, 10, 20)


def test_a_unit_cell_above_a_closing_signature_is_not_a_signer() -> None:
    text = (
        "附件\n\n重点工作任务分解表\n\n序号\n工作内容\n责任单位\n"
        "1\n园区建设。推进北湾智造园一期建设。\n区经济委\n"
        "2\n招商引资。新签约项目6个。\n区投资促进办\n\n"
        "鹿州市石湾区人民政府办公室\n2022年3月2日\n"
    )
    parsed = parse_notice(text)
    assert parsed.issuer == "鹿州市石湾区人民政府办公室"
    assert parsed.signed_on == date(2022, 3, 2)


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("2021年区委、区政府重点工作", "2021"),
        ("石湾区2021年重点工作任务", "2021"),
        ("2021年区政府重点工作目标", "2021"),
        ("石湾区2021年度目标任务分解", "2021"),
        ("2021年区政府重点工作责任分工", "2021"),
        ("关于印发石湾区2021年《政府工作报告》确定的主要目标任务责任分解方案的通知", "2021"),
        ("关于印发《石湾区2021年重要项目和重点工作任务推进计划》的通知", "2021"),
        ("石湾区2021年区政府重点工作上半年进展情况", "2021H1"),
        ("2021年区政府重点工作下半年工作安排", "2021H2"),
        ("关于印发区政府2021年第一季度工作要点的通知", "2021Q1"),
        ("2021年区政府第二季度工作要点", "2021Q2"),
    ],
)
def test_the_period_a_title_names(title: str, period: str) -> None:
    assert period_named(title) == Period.parse(period)


@pytest.mark.parametrize(
    "title",
    [
        "石湾区2021年区政府重点工作前三季度进展情况",  # cumulative, not the third quarter
        "2021年区政府重点工作任务,确保上半年过半",  # a sentence, not a title's period
    ],
)
def test_what_is_not_a_part_of_the_year(title: str) -> None:
    assert period_named(title) == Period.parse("2021")


def test_no_year_no_period() -> None:
    assert period_named("区委、区政府重点工作任务") is None


def test_a_cover_note_citing_the_year_plan_does_not_conflict_with_the_quarter() -> None:
    note = "根据《2022年区政府重点工作任务》,现将《2022年第三季度工作要点》印发给你们。"
    parsed = parse_notice(cover(cover_note=note))
    assert parsed.period == Period.parse("2022Q3")
    assert WarningCode.PERIOD_CONFLICT not in {w.code for w in parsed.warnings}
