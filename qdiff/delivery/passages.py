"""The passages of the documents that report on a plan, and a search over them.

A work report's review part reports on the year before (its plan part promises the next year's
work and is no evidence); a progress or completion report, or a later notice, reports
throughout. A passage is a clause (split at ，；。): the shortest stretch that carries a verdict
(东方枢纽上海东站开工建设). A name is found in a passage by the share of its character bigrams
there, each weighted by how rare it is in the evidence (上海, 建设 weigh little; 洋山 much), so
a shortened or lengthened name is still found (东方综合交通枢纽上海东站 → 东方枢纽上海东站).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from qdiff.delivery.model import Passage
from qdiff.delivery.plan import heading_at, row_name
from qdiff.lexicon.quantities import find_quantities
from qdiff.lexicon.stages import stage_of
from qdiff.lexicon.terms import shortened
from qdiff.normalize import char_pairs, fold
from qdiff.notice import DocumentKind, Item, Notice

_CLAUSE = re.compile(r"[^，,；;。！？!?：:]+")
_SENTENCE = re.compile(r"[^；;。！？!?]+")
_NAME_CELL = 30  # characters: a longer first cell of a progress row restates the requirement


def passages_of(
    notice: Notice, source: int, *, sentences: bool = False, planning: bool = False
) -> tuple[Passage, ...]:
    """The clauses of the parts of `notice` that report (see the module docstring); with
    `sentences`, whole sentences instead, as a figure is reported after a comma
    (全市生产总值达到4.72万亿元，增长5%); with `planning`, the parts that promise instead (a work
    report's plan part, any other document whole)."""
    wanted = "plan" if planning else "review"
    reporting = {
        section.ref
        for section in notice.sections
        if notice.kind is not DocumentKind.WORK_REPORT or section.part == wanted
    }
    passages: list[Passage] = []
    progress = notice.kind is DocumentKind.PROGRESS_REPORT and not planning
    # A work report's review opens a paragraph with what it claims for the year (浦东引领区建设
    # 持续深化。), a heading that is no task: it reports as the tasks under it do.
    headings = notice.kind is DocumentKind.WORK_REPORT and not planning
    titles = {s.ref: s.title or "" for s in notice.sections if s.ref in reporting}
    whole_term = headings and bool(titles) and term_title(next(iter(titles.values())))
    for item in notice.items:
        section = item.ref.split(".")[0]
        if section not in reporting:
            continue
        # (A review of the term turns to the year where a paragraph opens with it, 各位代表，
        # 2016年是本届政府收官之年, or a part is titled with a year: 2016年工作回顾.)
        whole_term = whole_term and not year_review(item) and not _A_YEAR.search(titles[section])
        term = headings and (whole_term or term_review(item))
        first = len(passages)
        if planning:
            passages.extend(_table_cells(notice, item, source))
        # A progress table's row restates the plan before its first column rule (内容与要求 |
        # 进展情况): only what follows it reports.
        reached = not progress
        for task in item.tasks:
            folded = fold(task.text)
            begin = 0
            if not reached:
                rule = folded.find("|")
                if rule < 0:
                    continue
                # A short first cell names the row's project (桂溪河综合治理二期 | 完成河道清淤…):
                # it stays with the progress it names. A requirement cell is a plan: it goes.
                named = rule <= _NAME_CELL and "。" not in folded[:rule]
                reached, begin = True, 0 if named else rule + 1
            passages.extend(_text_passages(task.text, task.start, begin, source, sentences))
        # (After the tasks: where the body names the object as well as the heading, the body,
        # which says more, comes first.)
        if headings:
            passages.extend(_heading_passages(notice, item, source, sentences))
        if term:
            passages[first:] = [replace(passage, term=True) for passage in passages[first:]]
    return tuple(passages)


# A paragraph reviewing the whole term, by its first clause (过去五年，是综合实力大跨越的五年;
# 五年来，经济保持较快增长; “十三五”时期是…的五年), or the first after a heading of its own
# (——经济综合实力迈上新台阶。五年来，…). A section's title says too little: 过去五年工作回顾 holds
# the last year's review as well (各位代表，2016年是本届政府收官之年…); a clause that opens with
# its year reviews that year (2020年是“十三五”时期的收官之年; 1998年是本届政府任期的第一年); and
# the term named further on is what the year closed (一年来，…“十三五”时期目标任务胜利完成).
_TERM_OPENING = re.compile(
    r"[五5]年来|过去的?[五5]年|[五5]年间|这[五5]年|的[五5]年|本届政府任期|"
    r"“?十[一二三四五六]?五”?(?:时期|期间|以来)"
)
_YEAR_OPENING = re.compile(r"^(?:19|20)\d{2}年")
_MARKS = re.compile(r"^[*#—\-\s]+")
# What a paragraph may open with before its first clause: the address, a summing up.
_ADDRESS = re.compile(r"^(?:各位代表|总体来说|总的来看|总之)[，,！!：:]")
_CLAUSE_END = re.compile(r"[，,；;：:。！!]")
_HEADING_REACH = 40  # characters: a heading of its own before the first clause of the body


# A review part titled for the term alone (过去五年工作回顾, “十二五”时期经济社会发展回顾; not
# 2020年和“十三五”时期工作回顾) reviews the term in every paragraph, under whatever heading,
# until one opens with its year or a part is titled with one (passages_of).
_TERM_TITLE = re.compile(r"[五5]年|十[一二三四五六]?五|本届政府")
_A_YEAR = re.compile(r"(?:19|20)\d{2}年")
_YEARS_OPENING = re.compile(
    r"^(?:刚刚过去的|过去的?)?(?:(?:19|20)\d{2}年(?!以来|[至到—\-~－])|一年(?=来|[，,])|去年(?!以来))"
)


def term_title(title: str) -> bool:
    """Whether a review part's title names the term and no year."""
    return _TERM_TITLE.search(title) is not None and _A_YEAR.search(title) is None


def year_review(item: Item) -> bool:
    """Whether a review's paragraph opens with its year (2016年是…, 一年来, 过去一年, 去年, 刚刚
    过去的2016年; not 2020年以来, 2016年至2020年, 去年以来, which cover more)."""
    opening = _ADDRESS.sub("", _MARKS.sub("", fold(item.text)))
    return _YEARS_OPENING.match(opening) is not None


def term_review(item: Item) -> bool:
    """Whether a review's paragraph reviews the whole term rather than the year."""
    opening = _ADDRESS.sub("", _MARKS.sub("", fold(item.text)))
    heading_end = opening.find("。")
    clauses = [opening]
    if 0 <= heading_end < _HEADING_REACH:
        clauses.append(_MARKS.sub("", opening[heading_end + 1 :]))
    return any(_term_clause(clause) for clause in clauses)


def _term_clause(text: str) -> bool:
    """Whether the first clause of `text` names the term and not its own year."""
    end = _CLAUSE_END.search(text)
    first = text[: end.start() if end else len(text)]
    return not _YEAR_OPENING.match(first) and _TERM_OPENING.search(first) is not None


def _heading_passages(notice: Notice, item: Item, source: int, sentences: bool) -> list[Passage]:
    """The passages of an item's heading, where no task holds it."""
    at = heading_at(notice, item)
    if at is None:
        return []
    heading = item.heading.strip()
    return [
        replace(passage, heading=True)
        for passage in _text_passages(heading, at, 0, source, sentences)
    ]


def _text_passages(
    text: str, offset: int, begin: int, source: int, sentences: bool
) -> list[Passage]:
    """The clauses (or, with `sentences`, the sentences) of `text` from `begin` on; `offset` is
    where `text` stands in the document."""
    folded = fold(text)
    passages = []
    for sentence in _SENTENCE.finditer(folded, begin):
        sentence_stage = stage_of(sentence.group())
        whole = text[sentence.start() : sentence.end()].strip()
        pieces = (
            [sentence]
            if sentences
            else list(_CLAUSE.finditer(folded, sentence.start(), sentence.end()))
        )
        for clause in pieces:
            piece_text = text[clause.start() : clause.end()]
            stripped = piece_text.strip()
            if len(stripped) < 2:
                continue
            start = offset + clause.start() + (len(piece_text) - len(piece_text.lstrip()))
            piece = fold(stripped)
            passages.append(
                Passage(
                    source=source,
                    text=stripped,
                    start=start,
                    end=start + len(stripped),
                    quantities=find_quantities(stripped, piece),
                    stage=stage_of(piece) or sentence_stage,
                    sentence=whole,
                )
            )
    return passages


def bigrams(text: str) -> set[str]:
    return {pair for pair in char_pairs(fold(text)) if not pair.isspace()}


@dataclass
class PassageIndex:
    """Passages by the character bigrams they hold, with each bigram's rarity (idf)."""

    passages: tuple[Passage, ...]
    grams: list[set[str]] = field(default_factory=list)
    by_gram: dict[str, list[int]] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        counts: Counter[str] = Counter()
        for number, passage in enumerate(self.passages):
            # A passage holds its terms in short too (qdiff/lexicon/terms.py): a promise names
            # the 第六届进博会 a review calls the 第六届中国国际进口博览会.
            grams = bigrams(passage.text)
            short = shortened(passage.text)
            if short != passage.text:
                grams |= bigrams(short)
            self.grams.append(grams)
            counts.update(grams)
            for gram in grams:
                self.by_gram.setdefault(gram, []).append(number)
        total = max(1, len(self.passages))
        self.idf = {gram: math.log((total + 1) / (count + 0.5)) for gram, count in counts.items()}

    def weight(self, gram: str) -> float:
        # A bigram no passage holds is as rare as can be: missing it costs the most.
        return self.idf.get(gram, math.log((len(self.passages) + 1) / 0.5))

    def search(self, name: str, floor: float) -> list[tuple[float, int]]:
        """Passages holding at least `floor` of the name's weighted bigrams, best first, as
        (score, passage number)."""
        grams = bigrams(name)
        if not grams:
            return []
        total = sum(self.weight(gram) for gram in grams)
        scores: dict[int, float] = {}
        for gram in grams:
            for number in self.by_gram.get(gram, ()):
                scores[number] = scores.get(number, 0.0) + self.weight(gram)
        found = [(round(score / total, 3), number) for number, score in scores.items()]
        return sorted(
            (pair for pair in found if pair[0] >= floor), key=lambda pair: (-pair[0], pair[1])
        )


def _table_cells(notice: Notice, item: Item, source: int) -> list[Passage]:
    """What a task table promises outside its task cells: the row's project (its first cell)
    and each quarter's milestone, as passages of their own."""
    name = row_name(item)
    if name is None and not item.milestones:
        return []
    cells = []
    at = notice.text.find(name, item.start) if name else -1
    if name and at >= 0:
        cells.append((name, at))
    cells.extend(
        (m.text.strip(), m.start) for m in item.milestones if m.text.strip() not in ("", "/")
    )
    return [
        Passage(
            source=source,
            text=text,
            start=start,
            end=start + len(text),
            quantities=find_quantities(text, fold(text)),
            stage=stage_of(fold(text)),
            sentence=text,
        )
        for text, start in cells
    ]
