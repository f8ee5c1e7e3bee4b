"""Promise against delivery, measured against hand-labelled gold (fixtures/gold_delivery/), next
to a baseline in the same run:

    .venv/bin/python bench/delivery.py

Each gold file labels, for a pair of consecutive work reports of one city (../shared/realdata/),
the checkable commitments of the plan for year N (every numeric target and every action on a
named object, over the sections it says it covered), a verdict for each against the review of
year N in the next report, and the review passages that support it. It was written by people
who never read or ran the code.

Each gold commitment is found among qdiff's promises: one whose clause overlaps the gold clause
in the plan's text and names the same object (or one qdiff reads longer), or, for a target,
promises the same figure (at the labeller's scale: 2150 亿元 is qdiff's 215000000000 元); a
target with no figure of its own (居民收入增长与经济增长同步) is the promise of its clause that
names no object and promises no figure; a target the labeller named by its measure (PM2.5平均
浓度) is, failing a promise of that name, qdiff's promise of the same figure in the clause. A
gold commitment qdiff did not find gets no verdict from qdiff: it counts as `not_reported`
(what a reader of qdiff's output would conclude), and the share found is printed. Then:
- verdict right: the share of gold commitments whose verdict qdiff gives;
- per verdict: precision and recall of each label;
- evidence recall: of the gold commitments the review reports (verdict not not_reported, with
  a passage), the share for which one of qdiff's passages overlaps a gold passage;
- evidence precision: the share of qdiff's passages (on found gold commitments) that overlap a
  gold passage of that commitment;
- done without evidence: qdiff verdicts `done` with no passage (must be 0);
- CPU seconds per pair: reading both reports, finding the promises and judging them.
Baseline ("tf-idf"), in the same run: for each gold commitment, the review sentence most like
it (cosine of character-bigram TF-IDF vectors; the query is the object's name, or the clause of a
target), verdict `done` when its score passes a threshold, else `not_reported`; the threshold is
tuned on the gold itself (the best over all pairs), so the baseline is an upper bound of itself.
"""

from __future__ import annotations

import json
import math
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qdiff.commitments.names import same_names
from qdiff.delivery import Assessment, Verdict, assess_delivery, promises_of
from qdiff.delivery.passages import passages_of
from qdiff.load import load_path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "fixtures" / "gold_delivery"
REPORTS = ROOT.parent / "shared" / "realdata" / "work_reports"
VERDICTS = tuple(verdict.value for verdict in Verdict)
Span = tuple[int, int]
# Pairs labelled after the rules were first tuned on the others: printed as a set of their own.
# 常德市_2022-2023's totals chose among lookup rules, and 上海市_2020-2021 and 扬州市_2023-2024 were
# the unseen set of two rounds; in issue 14's fourth round the errors of all four were read.
# 上海市_2019-2020, labelled blind in the seventh round, had its promises qdiff did not find read
# in that round (qdiff found 0.76 of its commitments, against 0.9 elsewhere).
LATER = frozenset(
    {
        "常德市_2022-2023",
        "广州市_2019-2020",
        "上海市_2020-2021",
        "扬州市_2023-2024",
        "上海市_2019-2020",
    }
)
# Pairs labelled after that, of which no error was ever looked at: only these totals were read.
# (上海市_2021-2022 and 常德市_2019-2020 from issue 14's fourth round; the other three from its
# fifth.)
UNSEEN = frozenset(
    {
        "上海市_2021-2022",
        "常德市_2019-2020",
        "包头市_2024-2025",
        "广州市_2020-2021",
        "扬州市_2021-2022",
        # Labelled in issue 14's sixth round (issue 12's seventeenth), while its rules were written.
        "常德市_2021-2022",
        "上海市_2024-2025",
        "扬州市_2024-2025",
        "包头市_2022-2023",
        # Labelled in issue 14's seventh round, after its rules were written.
        "包头市_2020-2021",
        "扬州市_2014-2015",
    }
)


assert not LATER & UNSEEN, "a pair is either labelled later or never looked at"


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    right: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, said)
    reported: int = 0  # gold commitments with evidence
    evidence_found: int = 0
    passages: int = 0
    passages_right: int = 0
    done_without_evidence: int = 0
    cpu: float = 0.0

    def add(self, other: Tally) -> None:
        for name in ("gold", "found", "right", "reported", "evidence_found", "passages"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.passages_right += other.passages_right
        self.done_without_evidence += other.done_without_evidence
        self.confusion.update(other.confusion)
        self.cpu += other.cpu


@dataclass
class Pair:
    name: str
    gold: dict[str, Any]
    plan_text: str
    review_text: str
    assessments: tuple[Assessment, ...]
    cpu: float
    sentences: list[tuple[str, Span]]  # the review's sentences, for the baseline


def load_pair(path: Path) -> Pair:
    gold = json.loads(path.read_text(encoding="utf-8"))
    started = time.process_time()
    plan = load_path(str(REPORTS / gold["plan"])).notice
    review = load_path(str(REPORTS / gold["review"])).notice
    review_sentences = passages_of(review, 0, sentences=True)
    assessments = assess_delivery(promises_of(plan), passages_of(review, 0), review_sentences)
    cpu = time.process_time() - started
    sentences = [(p.text, (p.start, p.end)) for p in review_sentences]
    return Pair(path.stem, gold, plan.text, review.text, assessments, cpu, sentences)


def _spans(text: str, needle: str) -> list[Span]:
    spans, at = [], text.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return spans


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match(commitment: dict[str, Any], pair: Pair) -> Assessment | None:
    """qdiff's assessment of the promise that is this gold commitment, if qdiff found it."""
    clauses = _spans(pair.plan_text, commitment["text"])
    near = [
        a
        for a in pair.assessments
        if any(_overlaps((a.promise.start, a.promise.end), span) for span in clauses)
    ]
    name = commitment.get("object")
    if name:
        for assessment in near:
            said = assessment.promise.object
            # The gold's name, or one qdiff reads longer; never a fragment of it (全社会).
            if said and (name in said or same_names(name, said)):
                return assessment
        # A target the labeller named by its measure (PM2.5平均浓度 of 全市PM2.5平均浓度控制在
        # 35微克/立方米以下) is qdiff's promise of that figure in the clause, whatever it names.
        if commitment["kind"] != "target":
            return None
    values = [float(t["value"]) for t in commitment.get("targets", [])]
    if not values:
        # A target with no figure of its own (居民收入增长与经济增长同步): the promise of the
        # clause that names no object and promises no figure.
        return next((a for a in near if a.promise.object is None and not a.promise.targets), None)
    for assessment in near:
        if any(_same_value(t.value, v) for t in assessment.promise.targets for v in values):
            return assessment
    return None


# qdiff reads 2150亿元 as 215000000000 元; a labeller writes 2150 (亿元) or 2.15 (千亿…).
_SCALES = (1.0, 1e3, 1e4, 1e8)


def _same_value(said: float, gold: float) -> bool:
    return any(abs(said - gold * scale) <= 1e-6 * max(1.0, abs(said)) for scale in _SCALES)


def _gold_spans(commitment: dict[str, Any], pair: Pair) -> list[Span]:
    """Where the gold's evidence passages stand in the review."""
    return [s for e in commitment["evidence"] for s in _spans(pair.review_text, e["text"])]


def score_qdiff(pair: Pair) -> Tally:
    tally = Tally(cpu=pair.cpu)
    for assessment in pair.assessments:
        if assessment.verdict is Verdict.DONE and not assessment.evidence:
            tally.done_without_evidence += 1
    for commitment in pair.gold["commitments"]:
        tally.gold += 1
        found = _match(commitment, pair)
        said = found.verdict.value if found else Verdict.NOT_REPORTED.value
        tally.found += found is not None
        tally.right += said == commitment["verdict"]
        tally.confusion[(commitment["verdict"], said)] += 1
        gold_spans = _gold_spans(commitment, pair)
        tally.reported += bool(gold_spans)
        if found is None:
            continue
        hits = [
            any(_overlaps((e.passage.start, e.passage.end), g) for g in gold_spans)
            for e in found.evidence
        ]
        tally.passages += len(hits)
        tally.passages_right += sum(hits)
        if gold_spans and any(hits):
            tally.evidence_found += 1
    return tally


# baseline ----------------------------------------------------------------------------------------
class Tfidf:
    def __init__(self, sentences: list[tuple[str, Span]]) -> None:
        self.sentences = sentences
        self.grams = [Counter(_grams(text)) for text, _ in sentences]
        df: Counter[str] = Counter()
        for grams in self.grams:
            df.update(set(grams))
        n = len(sentences)
        self.idf = {gram: math.log((n + 1) / (count + 1)) + 1 for gram, count in df.items()}
        self.vectors = [self._vector(grams) for grams in self.grams]

    def _vector(self, grams: Counter[str]) -> dict[str, float]:
        vector = {
            g: c * self.idf.get(g, math.log(len(self.sentences) + 1) + 1) for g, c in grams.items()
        }
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {g: v / norm for g, v in vector.items()}

    def best(self, query: str) -> tuple[float, Span]:
        vector = self._vector(Counter(_grams(query)))
        scored = [
            (sum(w * other.get(g, 0.0) for g, w in vector.items()), span)
            for other, (_, span) in zip(self.vectors, self.sentences, strict=True)
        ]
        return max(scored, default=(0.0, (0, 0)))


def _grams(text: str) -> list[str]:
    return [text[i : i + 2] for i in range(len(text) - 1)]


def baseline_scores(pair: Pair) -> list[tuple[float, Span, dict[str, Any]]]:
    index = Tfidf(pair.sentences)
    out = []
    for commitment in pair.gold["commitments"]:
        query = commitment.get("object") or commitment["text"]
        score, span = index.best(query)
        out.append((score, span, commitment))
    return out


def score_baseline(
    pair: Pair, scored: list[tuple[float, Span, dict[str, Any]]], threshold: float
) -> Tally:
    tally = Tally()
    for score, span, commitment in scored:
        said = Verdict.DONE.value if score >= threshold else Verdict.NOT_REPORTED.value
        tally.gold += 1
        tally.found += 1
        tally.right += said == commitment["verdict"]
        tally.confusion[(commitment["verdict"], said)] += 1
        gold_spans = _gold_spans(commitment, pair)
        tally.reported += bool(gold_spans)
        if said == Verdict.DONE.value:
            hit = any(_overlaps(span, g) for g in gold_spans)
            tally.passages += 1
            tally.passages_right += hit
            tally.evidence_found += bool(gold_spans) and hit
    return tally


def tuned_threshold(scored: list[list[tuple[float, Span, dict[str, Any]]]]) -> float:
    candidates = sorted({round(score, 3) for pair in scored for score, _, _ in pair})
    best, best_right = 1.0, -1
    for threshold in candidates:
        right = sum(
            (score >= threshold) == (c["verdict"] == Verdict.DONE.value)
            for pair in scored
            for score, _, c in pair
        )
        if right > best_right:
            best, best_right = threshold, right
    return best


# printing ----------------------------------------------------------------------------------------
def _share(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "  - "


def row(name: str, tally: Tally, cpu: bool = True) -> str:
    return (
        f"{name:28} {tally.gold:5} {_share(tally.found, tally.gold):>6} "
        f"{_share(tally.right, tally.gold):>6} {_share(tally.evidence_found, tally.reported):>6} "
        f"{_share(tally.passages_right, tally.passages):>6} {tally.done_without_evidence:>5}"
        + (f" {tally.cpu:6.2f}" if cpu else "")
    )


def per_verdict(name: str, tally: Tally) -> list[str]:
    lines = [f"  {name}: precision / recall per verdict"]
    for verdict in VERDICTS:
        said = sum(n for (g, s), n in tally.confusion.items() if s == verdict)
        gold = sum(n for (g, s), n in tally.confusion.items() if g == verdict)
        right = tally.confusion[(verdict, verdict)]
        shares = f"{_share(right, said):>5} / {_share(right, gold):>5}"
        lines.append(f"    {verdict:13} {shares}  (gold {gold}, said {said})")
    return lines


def _set_of(pair: str) -> str:
    if pair in UNSEEN:
        return "never looked at"
    return "labelled later" if pair in LATER else "looked at"


def main() -> int:
    if not REPORTS.is_dir():
        print(f"{REPORTS} is missing: the real work reports are needed", file=sys.stderr)
        return 1
    pairs = [load_pair(path) for path in sorted(GOLD.glob("*.json"))]
    scored = [baseline_scores(pair) for pair in pairs]
    threshold = tuned_threshold(scored)
    columns = ("gold", "found", "right", "ev.rec", "ev.pre", "d.w/o")
    header = f"{'pair':28} " + " ".join(
        f"{c:>{5 if c in ('gold', 'd.w/o') else 6}}" for c in columns
    )
    print("promise against delivery: qdiff")
    print(header + "  cpu s")
    sets = ("looked at", "labelled later", "never looked at", "all")
    ours = {name: Tally() for name in sets}
    theirs = {name: Tally() for name in sets}
    for pair, pair_scores in zip(pairs, scored, strict=True):
        tally, baseline = score_qdiff(pair), score_baseline(pair, pair_scores, threshold)
        for name in (_set_of(pair.name), "all"):
            ours[name].add(tally)
            theirs[name].add(baseline)
        print(row(pair.name, tally))
    for name in sets:
        print(row(name, ours[name]))
    print()
    print(f"baseline: best review sentence by character-bigram TF-IDF, done at >= {threshold:.3f}")
    print(header)
    for pair, pair_scores in zip(pairs, scored, strict=True):
        print(row(pair.name, score_baseline(pair, pair_scores, threshold), cpu=False))
    for name in sets:
        print(row(name, theirs[name], cpu=False))
    print()
    for line in per_verdict("qdiff", ours["all"]) + per_verdict("baseline", theirs["all"]):
        print(line)
    cpus = sorted(pair.cpu for pair in pairs)
    median, slowest = cpus[len(cpus) // 2], cpus[-1]
    print(
        "\nCPU per pair (both reports read, promises found and judged): "
        f"median {median:.2f} s, slowest {slowest:.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
