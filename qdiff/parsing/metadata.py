"""The notice's header: title, document number, dates, issuer, period and preamble.

The header is every line before the first numbered line of the body. What the website damaged
(`杨府办20213`, `2021222`) is repaired here when the repair is unambiguous, and reported always.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from qdiff.notice import ParseWarning, WarningCode
from qdiff.parsing.dates import find_date, read_damaged_date
from qdiff.parsing.lines import Line
from qdiff.periods import Period, find_period

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
_PUBLISHED_LINE = re.compile(r"(?:发布|公开|成文)?日期\s*:")

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
_ISSUER_BEFORE_YEAR = re.compile(r"^(.{2,40}?(?:人民政府|政府|管委会|委员会))\s*\d{4}年")
_BOOK_TITLE = re.compile(r"《([^》]{4,80})》")


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
    return (
        len(text) <= 60
        and bool(_HEADING_HINT.search(text))
        and not _NOT_A_HEADING.search(text)
        and not _TABLE_CAPTION.search(text)
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
    _read_cover(lines, first_meta, meta_end, header)
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


def _read_cover(lines: list[Line], start: int, end: int, header: Header) -> None:
    """Document number, signature date and publication date from the cover notice's lines."""
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
        if _PUBLISHED_LINE.match(folded):
            header.published_on = header.published_on or find_date(folded)
            continue
        if header.signed_on is None and len(folded) <= 20:
            _read_signature_date(line, header)


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
    well_formed = find_date(folded)
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
    from_heading = find_period(lines[heading].text) if heading is not None else None
    votes: list[Period] = [p for p in (from_heading,) if p is not None]
    for text in (header.title or "", header.cover_note or "", header.preamble or ""):
        found = find_period(text)
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
    if len(tally) > 1:
        named = ", ".join(f"{period} ({count}x)" for period, count in tally.items())
        header.warnings.append(
            ParseWarning(
                WarningCode.PERIOD_CONFLICT,
                f"the title, cover note, heading and preamble name different periods ({named}); "
                f"using {header.period}",
                lines[heading].number if heading is not None else None,
            )
        )


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


def _read_preamble(lines: list[Line], body_start: int, header: Header) -> None:
    start = header.heading_line + 1 if header.heading_line is not None else None
    if start is None:
        return
    indices = [
        i
        for i in range(start, body_start)
        if not lines[i].blank
        and not TABLE_HEADER.search(lines[i].folded)
        and not _TABLE_HEADER_CELL.match(lines[i].folded)
    ]
    if indices:
        header.preamble_lines = indices
        header.preamble = "\n".join(lines[i].text.strip() for i in indices)
