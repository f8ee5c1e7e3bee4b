"""The notice's header: title, document number, dates, issuer, period and preamble.

The header is every line before the first numbered line of the body. What the website damaged
(`杨府办20213`, `2021222`) is repaired here when the repair is unambiguous, and reported always.
The signature (the signing office, or two offices of a joint notice, over a date line) closes the
cover note, or, in a progress table, the whole document; a website's 发布日期 is never it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from qdiff.normalize import fold
from qdiff.notice import ParseWarning, WarningCode
from qdiff.parsing.dates import find_date, read_damaged_date, read_date_line
from qdiff.parsing.lines import Line
from qdiff.parsing.tables import header_lines as table_header_lines
from qdiff.periods import Period, PeriodKind, find_period

# A title names the plan, or is the cover notice that issues it (关于印发…的通知).
_TITLE_HINT = re.compile(r"工作要点|重点工作|工作计划|工作安排|关于.{0,60}通知")
_PUBLICATION_TITLE = re.compile(r"^关于.{0,60}(?:工作要点|重点工作|工作计划|工作安排).{0,10}通知")
_TABLE_CAPTION = re.compile(r"(?:分解|任务|清单|一览)?表$")
_HEADING_HINT = re.compile(r"工作要点|重点工作|工作计划|工作安排")
# The cover note names the plan too (现将《…工作要点》印发给你们。), but as a sentence.
_NOT_A_HEADING = re.compile(r"通知|《|。|印发")
_TRAILING_DATE = re.compile(
    r"\s*(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*$"
)
# A website's date label (发布日期:, 发布时间:, or a bare 日期: opening a line, bullets allowed);
# the date after it is the publication date.
_PUBLISHED_LABEL = re.compile(
    r"(?:发布|公开|更新|上传)(?:日期|时间)\s*:|^[\s•·●▪◆■*-]*(?:日期|时间)\s*:"
)
# 成文日期 is the date the document was signed: a stand-in when no signature is found.
_WRITTEN_LABEL = re.compile(r"成文(?:日期|时间)\s*:")

_DOC_NUMBER = re.compile(
    r"(?P<prefix>[\u4e00-\u9fff]{1,10}?)\s*[〔\[(]\s*(?P<year>\d{4})\s*[〕\])]\s*第?\s*(?P<serial>\d{1,5})\s*(?P<hao>号)?"
)
_DOC_NUMBER_WITHOUT_SERIAL = re.compile(r"[\u4e00-\u9fff]{1,10}\s*[〔\[(]\s*\d{4}\s*[〕\])]\s*号?")
_DOC_NUMBER_RUN_TOGETHER = re.compile(
    r"\s*(?P<prefix>[\u4e00-\u9fff]{1,10}?)\s*(?P<year>(?:19|20)\d{2})(?P<serial>\d{1,4})\s*(?P<hao>号)?\s*"
)
# The header row of a task table: 序号 | 内容与要求 | 责任单位, or the same cells run together.
TABLE_HEADER = re.compile(r"^\s*\|?\s*序号\s*\|?.{0,24}?(?:内容|任务|工作|事项).{0,24}?责任单位")
# The same header flattened one cell per line.
_TABLE_HEADER_CELL = re.compile(
    r"^\s*(?:序号|(?:工作|任务)?内容(?:与要求)?|工作任务|责任单位|完成时限|备注)\s*\|?\s*$"
)
_ISSUER_ENDING = re.compile(r"(人民政府|政府|办公室|委员会|管委会)$")
# Not 关于区政府2023年…落实情况的报告: a title that begins 关于 names its subject, not its issuer.
_ISSUER_BEFORE_YEAR = re.compile(r"^(?!关于)(.{2,40}?(?:人民政府|政府|管委会|委员会))\s*\d{4}年")
_BOOK_TITLE = re.compile(r"《([^》]{4,80})》")
# A signing office on a line of its own: 上海市杨浦区人民政府办公室, 中共望江区委, 望江区人民政府.
_SIGNER_TEXT = re.compile(r"[\u4e00-\u9fff()（）]{2,40}")
_SIGNER_ENDING = re.compile(
    r"(?:政府|办公室|办公厅|委员会|管委会|办事处|党委|党工委|[省市州盟区县旗]委|局|厅)$"
)
_MOST_SIGNERS = 4  # a joint notice is signed by two or three bodies
# The closing signature of a document whose cover has none stands in its last lines.
_CLOSING_SIGNATURE_WITHIN = 3

# Periods titles name that `find_period` does not read. A quarter or half-year a few words after
# the year: 2023年区政府重点工作上半年进展情况 (2023H1), 2021年区政府第一季度工作要点 (2021Q1);
# 前三季度 is a cumulative report, not a quarter.
_PART_OF_YEAR = re.compile(
    r"(\d{4})\s*年(?:度)?[^\d年,.;:!?，。；：！？\s]{0,12}?"
    r"(?:(?<!前)第?\s*([一二三四1-4])\s*季度|([上下])半年)"
)
# Year plans: 2021年区委、区政府重点工作, …重点工作任务/目标, …目标任务分解, …重点工作责任分工,
# 2023年《政府工作报告》确定的主要目标任务责任分解方案, 2024年重要项目和重点工作任务推进计划.
_YEAR_PLAN = re.compile(
    r"(\d{4})\s*年(?:度)?[^\d年,.;:!?，。；：！？\s]{0,20}?"
    r"(?:重点工作|目标任务|主要目标|工作任务|责任分工|任务分解|责任分解)"
)
_CN_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass
class Header:
    title: str | None = None
    title_line: int | None = None  # index into the line list
    heading_line: int | None = None
    issuer: str | None = None
    period: Period | None = None
    doc_number: str | None = None
    signed_on: date | None = None
    published_on: date | None = None
    preamble: str | None = None
    cover_note: str | None = None  # the line that cites the plan: 现将《…工作要点》印发给你们
    preamble_lines: list[int] = field(default_factory=list)
    signers: list[str] = field(default_factory=list)  # the signature's office lines, in order
    warnings: list[ParseWarning] = field(default_factory=list)


# The title stands in the first lines (after a mirror's junk), the heading after the cover note:
# searching further would only find sentences that mention a plan, and cost time on huge input.
_TITLE_WITHIN_LINES = 80
_HEADING_WITHIN_LINES = 120


def find_title_and_heading(
    lines: list[Line], limit: int, labelled: Collection[int] = ()
) -> tuple[int | None, int | None]:
    """Indices of the title line and of the notice proper's heading (`2021年第一季度工作要点`),
    looked for before line `limit` (the first numbered line). A mirror may put numbered lines
    of its own (1、网站首页) above the notice: when nothing before `limit` is a title, a
    publication title (关于印发…的通知) further down that is not itself numbered still is."""
    title_limit = min(limit, _TITLE_WITHIN_LINES)
    title = next((i for i in range(title_limit) if _is_title(lines[i].folded.strip())), None)
    if title is None:
        title = next(
            (
                i
                for i in range(title_limit, min(len(lines), _TITLE_WITHIN_LINES))
                if i not in labelled and _PUBLICATION_TITLE.search(lines[i].folded.strip())
            ),
            None,
        )
        if title is not None:  # the notice's own numbering starts after its title
            limit = min((i for i in labelled if i > title), default=len(lines))
    heading = None
    first = title if title is not None else 0
    for i in range(first, min(limit, first + _HEADING_WITHIN_LINES)):
        text = lines[i].folded.strip()
        if _is_heading(text):
            heading = i
            if find_period(text) is not None:
                break
    return title, heading


def _is_title(text: str) -> bool:
    # "重点工作任务分解表" heads an attachment table; it names no plan and no period.
    return len(text) <= 120 and bool(_TITLE_HINT.search(text)) and not _TABLE_CAPTION.search(text)


def _is_heading(text: str) -> bool:
    # A caption ending in 表 heads a table, not the notice, unless it names its period: a plan
    # published as a table (雁湖区2025年重点工作任务季度推进表) is headed by the table's caption.
    return (
        len(text) <= 60
        and bool(_HEADING_HINT.search(text))
        and not _NOT_A_HEADING.search(text)
        and (not _TABLE_CAPTION.search(text) or find_period(text) is not None)
    )


def read_header(lines: list[Line], body_start: int) -> Header:
    header = Header()
    title_index, heading_index = find_title_and_heading(lines, body_start)
    header.title_line, header.heading_line = title_index, heading_index
    if title_index is None:
        header.warnings.append(
            ParseWarning(
                WarningCode.TITLE_MISSING, "no title line was found before the first item", None
            )
        )
    else:
        _read_title(lines[title_index], header)
        junk = [i for i in range(title_index) if not lines[i].blank]
        if junk:
            header.warnings.append(
                ParseWarning(
                    WarningCode.JUNK_BEFORE_TITLE,
                    f"{len(junk)} line(s) before the title are not part of the notice",
                    lines[junk[0]].number,
                )
            )
    first_meta = title_index + 1 if title_index is not None else 0
    meta_end = (
        heading_index if heading_index is not None and heading_index >= first_meta else body_start
    )
    if not _read_cover(lines, first_meta, meta_end, header):
        _read_closing_signature(lines, body_start, header)
    _read_preamble(lines, body_start, header)
    _read_period(lines, header)
    _read_issuer(lines, first_meta, body_start, header)
    return header


def _read_title(line: Line, header: Header) -> None:
    folded = line.folded.strip()
    trailing = _TRAILING_DATE.search(folded)
    title_end = len(folded) if trailing is None else trailing.start()
    if trailing is not None:
        header.published_on = find_date(trailing.group())
    offset = len(line.folded) - len(line.folded.lstrip())
    header.title = line.text[offset : offset + title_end].strip()


def _read_cover(lines: list[Line], start: int, end: int, header: Header) -> bool:
    """Document number, signature and publication date from the cover notice's lines; whether a
    signature date line was found (even one too damaged to read)."""
    date_lines: list[int] = []
    written_on: date | None = None
    for index in range(start, end):
        line = lines[index]
        folded = line.folded.strip()
        if not folded:
            continue
        if header.doc_number is None and _read_doc_number(line, header):
            continue
        if header.cover_note is None and _BOOK_TITLE.search(folded):
            header.cover_note = line.text.strip()
            continue
        if label := _WRITTEN_LABEL.search(folded):
            written_on = written_on or find_date(folded[label.end() :])
            continue
        if label := _PUBLISHED_LABEL.search(folded):
            header.published_on = header.published_on or find_date(folded[label.end() :])
            continue
        if _is_date_line(folded):
            date_lines.append(index)
    # The signature date stands under the signing office; a date line with no office above it
    # (a website's, or one whose office was lost) counts only when there is no other.
    signed = [(i, signers) for i in date_lines if (signers := _signers_above(lines, i, start))]
    if signed:
        index, header.signers = signed[0]
        _read_signature_date(lines[index], header)
    elif date_lines:
        _read_signature_date(lines[date_lines[0]], header)
    if header.signed_on is None:
        header.signed_on = written_on
    return bool(date_lines)


def _read_closing_signature(lines: list[Line], body_start: int, header: Header) -> None:
    """A document without a cover note (a progress table) is signed at its end: the signing
    office over a date line, among the last lines."""
    last = [i for i in range(len(lines) - 1, body_start - 1, -1) if not lines[i].blank]
    for index in last[:_CLOSING_SIGNATURE_WITHIN]:
        folded = lines[index].folded.strip()
        signers = _signers_above(lines, index, body_start)
        if signers and _is_date_line(folded):
            header.signers = signers
            _read_signature_date(lines[index], header)
            return


def _is_date_line(folded: str) -> bool:
    return len(folded) <= 20 and (
        read_date_line(folded) is not None or read_damaged_date(folded) is not None
    )


def _signers_on(line: Line) -> list[str]:
    """The offices a signature line names: one, or two set apart by spaces
    (中共望江区委　　望江区人民政府); none when the line is anything else."""
    parts = line.text.split()
    if all(_SIGNER_TEXT.fullmatch(fold(p)) and _SIGNER_ENDING.search(fold(p)) for p in parts):
        return parts
    return []


def _signers_above(lines: list[Line], index: int, start: int) -> list[str]:
    """The offices signed over line `index`, top first. Blank lines may stand between the
    offices and the date; a joint signature's offices stand on consecutive lines."""
    above = index - 1
    while above >= start and lines[above].blank:
        above -= 1
    found: list[str] = []
    while above >= start and len(found) < _MOST_SIGNERS and (signers := _signers_on(lines[above])):
        found[:0] = signers
        above -= 1
    return found


def _read_doc_number(line: Line, header: Header) -> bool:
    folded = line.folded.strip()
    if len(folded) > 40:
        return False
    match = _DOC_NUMBER.search(folded)
    if match is not None:
        number = f"{match.group('prefix')}〔{match.group('year')}〕{int(match.group('serial'))}号"
        header.doc_number = number
        if match.group("hao") is None:
            header.warnings.append(
                ParseWarning(
                    WarningCode.DOC_NUMBER_REPAIRED,
                    f"document number '{line.text.strip()}' lacks its 号; read as {number}",
                    line.number,
                )
            )
        return True
    if _DOC_NUMBER_WITHOUT_SERIAL.fullmatch(folded):
        header.warnings.append(
            ParseWarning(
                WarningCode.DOC_NUMBER_DAMAGED,
                f"document number '{line.text.strip()}' has lost its serial number; left empty",
                line.number,
            )
        )
        return True
    damaged = _DOC_NUMBER_RUN_TOGETHER.fullmatch(folded)
    if damaged is not None and re.search(r"[办发字函规委府]$", damaged.group("prefix")):
        number = (
            f"{damaged.group('prefix')}〔{damaged.group('year')}〕{int(damaged.group('serial'))}号"
        )
        header.doc_number = number
        header.warnings.append(
            ParseWarning(
                WarningCode.DOC_NUMBER_REPAIRED,
                f"document number '{line.text.strip()}' lost its brackets; repaired to {number}",
                line.number,
            )
        )
        return True
    return False


def _read_signature_date(line: Line, header: Header) -> None:
    folded = line.folded.strip()
    well_formed = read_date_line(folded)
    if well_formed is not None:
        header.signed_on = well_formed
        return
    damaged = read_damaged_date(folded)
    if damaged is None:
        return
    if damaged.value is not None:
        header.signed_on = damaged.value
        header.warnings.append(
            ParseWarning(
                WarningCode.DATE_REPAIRED,
                f"signature date '{folded}' lost 年月日; repaired to {damaged.value.isoformat()}",
                line.number,
            )
        )
    elif damaged.candidates:
        readings = " or ".join(d.isoformat() for d in damaged.candidates)
        header.warnings.append(
            ParseWarning(
                WarningCode.DATE_AMBIGUOUS,
                f"signature date '{folded}' lost 年月日 and reads as {readings}; left empty",
                line.number,
            )
        )


def _read_period(lines: list[Line], header: Header) -> None:
    """The period the notice names: by majority of title, cover note, heading and preamble.

    A stale template can leave one of them wrong (the title says 第三季度, the heading still
    says 第二季度); when they disagree the majority wins, and a tie goes to the heading.
    """
    heading = header.heading_line
    from_heading = period_named(lines[heading].text) if heading is not None else None
    votes: list[Period] = [p for p in (from_heading,) if p is not None]
    # The preamble is running text: only the plain forms (2021年第一季度) are read there.
    for found in (
        period_named(header.title or ""),
        period_named(header.cover_note or ""),
        find_period(header.preamble or ""),
    ):
        if found is not None:
            votes.append(found)
    if not votes:
        header.warnings.append(
            ParseWarning(
                WarningCode.PERIOD_MISSING,
                "no quarter, half-year or year was found in the title or heading",
                None,
            )
        )
        return
    tally = Counter(votes)
    best = max(tally.values())
    winners = [period for period in tally if tally[period] == best]
    header.period = from_heading if from_heading in winners else winners[0]
    # A year does not contradict a quarter or half of itself (a quarterly notice's cover note
    # may cite the year plan it breaks down): only two years, or two parts of a year, conflict.
    parts = {period for period in tally if period.kind is not PeriodKind.YEAR}
    if len(parts) > 1 or len({period.year for period in tally}) > 1:
        named = ", ".join(f"{period} ({count}x)" for period, count in tally.items())
        header.warnings.append(
            ParseWarning(
                WarningCode.PERIOD_CONFLICT,
                f"the title, cover note, heading and preamble name different periods ({named}); "
                f"using {header.period}",
                lines[heading].number if heading is not None else None,
            )
        )


def period_named(text: str) -> Period | None:
    """The period a title, heading or cover note names: what `find_period` reads, a quarter or
    half-year a few words after the year (2023年区政府重点工作上半年进展情况), or the year of a
    year plan (2024年区委、区政府重点工作任务, …目标任务责任分解方案)."""
    found = find_period(text)
    if found is not None and found.kind is not PeriodKind.YEAR:
        return found
    folded = fold(text)
    if part := _PART_OF_YEAR.search(folded):
        year = int(part.group(1))
        if part.group(2):
            return Period(year, PeriodKind.QUARTER, _CN_QUARTER[part.group(2)])
        return Period(year, PeriodKind.HALF, 1 if part.group(3) == "上" else 2)
    if found is not None:
        return found
    if plan := _YEAR_PLAN.search(folded):
        return Period(int(plan.group(1)), PeriodKind.YEAR, 1)
    return None


def _read_issuer(lines: list[Line], start: int, body_start: int, header: Header) -> None:
    heading = header.heading_line
    if heading is not None:
        # The issuer line stands right above the heading (上海市杨浦区人民政府, then the heading).
        before = next((i for i in range(heading - 1, start - 1, -1) if not lines[i].blank), None)
        if before is not None:
            text = lines[before].folded.strip()
            if len(text) <= 40 and _ISSUER_ENDING.search(text) and not re.search(r"\d", text):
                header.issuer = lines[before].text.strip()
                return
        if match := _ISSUER_BEFORE_YEAR.match(lines[heading].folded.strip()):
            header.issuer = match.group(1).strip()
            return
    for index in range(start, body_start):
        book = _BOOK_TITLE.search(lines[index].folded)
        issuer = _ISSUER_BEFORE_YEAR.match(book.group(1)) if book is not None else None
        if issuer is not None:
            header.issuer = issuer.group(1)
            return
    # No issuer line: the notice is issued by who signs it (a joint notice by both signers).
    if header.signers:
        header.issuer = "、".join(header.signers)


def _read_preamble(lines: list[Line], body_start: int, header: Header) -> None:
    start = header.heading_line + 1 if header.heading_line is not None else None
    if start is None:
        return
    table_header = table_header_lines(lines[:body_start])
    indices = [
        i
        for i in range(start, body_start)
        if not lines[i].blank
        and not TABLE_HEADER.search(lines[i].folded)
        and not _TABLE_HEADER_CELL.match(lines[i].folded)
        and i not in table_header
    ]
    if indices:
        header.preamble_lines = indices
        header.preamble = "\n".join(lines[i].text.strip() for i in indices)
