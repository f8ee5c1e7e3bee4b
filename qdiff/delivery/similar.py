"""The last resorts for an object no passage names: the clause that names it reworded inside
(most_alike_in_order: 浙大包头硅基材料协同创新中心 → 浙大包头硅材料联合研究中心, its head and kind
kept), then the review sentence most like its name.

A review often reports a promise in other words than the plan's (洋山深水港区四期工程 →
洋山港四期自动化码头…建成). The name's weighted bigrams (lookup.py) then fall short of the floor
everywhere, yet the sentence that reports it is still the one most like the name: the cosine of
character-bigram TF-IDF vectors finds it. Such a match is weaker than a name found, so it is kept
only at SIMILAR_FLOOR or more, marked as similar, and scored by its cosine.

The floor was chosen on the delivery gold's looked-at and later pairs (bench/delivery.py): 0.3
gave the most verdicts right there (0.2 found more passages, but more of them wrong).

Where no sentence is alike enough, the clause most like the name is (a long sentence of many
reports dilutes the one clause about the object: 南沙四期自动化码头 in a sentence of a port's
whole year), at CLAUSE_FLOOR: a clause is short, so its cosine runs higher for the same words.
0.35 gave the most verdicts right on the same pairs (0.25–0.5 tried).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from qdiff.delivery.lookup import holds_numbers
from qdiff.delivery.model import Passage
from qdiff.delivery.passages import PassageIndex
from qdiff.normalize import char_pairs, fold

SIMILAR_FLOOR = 0.3
CLAUSE_FLOOR = 0.35
# ... and the sentence holds at least this share of the name's character pairs: a cosine is
# reached on common words alone (加快发展, 污染防治), a sentence about the object shares its name.
NAME_HELD = 0.4
# A sentence that names what is lacking (…存在堵点，有效需求不足) reports no delivery, however
# like a promise's name it reads: a review's paragraph of problems is left out (but not a
# delivery worded with a gap: 城乡差距进一步缩小).
_SHORTFALL = re.compile(
    r"不足|不够|偏弱|堵点|难点|薄弱|欠缺|亟待|有待|尚未|仍(?:然)?存在|依然存在|(?:仍然|依然)(?:较|偏)"
)


class SentenceIndex:
    """Sentences as unit TF-IDF vectors of their character bigrams, with an inverted index so
    that a query costs only the sentences sharing one of its bigrams."""

    def __init__(self, sentences: Sequence[Passage]) -> None:
        # (A heading's claim for a whole field, 生态文明建设成效显著, is like many names and
        # reports none of them.)
        self.sentences = tuple(
            s for s in sentences if not s.heading and not _SHORTFALL.search(s.text)
        )
        counts = [Counter(_bigrams(sentence.text)) for sentence in self.sentences]
        documents: Counter[str] = Counter()
        for grams in counts:
            documents.update(grams.keys())
        total = len(self.sentences)
        self._idf = {gram: math.log((total + 1) / (n + 1)) + 1 for gram, n in documents.items()}
        self._unseen = math.log(total + 1) + 1  # a bigram no sentence holds
        self._grams = [set(grams) for grams in counts]  # what each sentence holds, for NAME_HELD
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for number, grams in enumerate(counts):
            for gram, weight in self._unit(grams).items():
                self._postings.setdefault(gram, []).append((number, weight))

    def _unit(self, grams: Counter[str]) -> dict[str, float]:
        weights = {gram: n * self._idf.get(gram, self._unseen) for gram, n in grams.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {gram: w / norm for gram, w in weights.items()}

    def most_like(self, query: str, floor: float = SIMILAR_FLOOR) -> tuple[float, Passage] | None:
        """The sentence most like the query, with its cosine, if that reaches `floor` and the
        sentence holds NAME_HELD of the query's character pairs; the earliest among equals."""
        grams = Counter(_bigrams(query))
        scores: dict[int, float] = {}
        for gram, weight in self._unit(grams).items():
            for number, other in self._postings.get(gram, ()):
                scores[number] = scores.get(number, 0.0) + weight * other
        if not scores:
            return None
        number, score = max(scores.items(), key=lambda pair: (pair[1], -pair[0]))
        held = len(grams.keys() & self._grams[number]) / len(grams)
        if score < floor or held < NAME_HELD:
            return None
        # (Another of the kind: 包头市第三中学 is not the 第九中学 of a sentence alike.)
        sentence = fold(self.sentences[number].text)
        if not holds_numbers(fold(query), sentence):
            return None
        return round(score, 3), self.sentences[number]


def _bigrams(text: str) -> list[str]:
    return char_pairs(fold(text))


# A name reworded inside: its head and its kind kept, words left out, put in or changed
# between (浙大包头硅基材料协同创新中心 → 浙大包头硅材料联合研究中心; 洞庭湖北部地区分片补水二期
# → 洞庭湖北部补水二期工程). The clause must hold the name's first HEAD_KEPT characters and its
# last two, at most SPAN_STRETCH times the name's length apart, and IN_ORDER_SHARE of its
# characters in order between them. Chosen on the delivery gold's looked-at pairs: at 0.6, three
# objects were found with the right passage and none with a wrong one.
HEAD_KEPT = 3
SPAN_STRETCH = 1.6
IN_ORDER_SHARE = 0.6
_IN_ORDER_SHORTEST = 5  # characters: a shorter name's own bigrams tell it apart


def most_alike_in_order(name: str, clauses: PassageIndex) -> tuple[float, Passage] | None:
    """The clause naming `name` with its head and kind kept (see IN_ORDER_SHARE), with the
    share of the name's characters it holds in order; the best, the earliest among equals."""
    folded_name = _QUOTES.sub("", fold(name))
    if len(folded_name) < _IN_ORDER_SHORTEST:
        return None
    head, kind = folded_name[:HEAD_KEPT], folded_name[-2:]
    reach = int(len(folded_name) * SPAN_STRETCH)
    best: tuple[float, Passage] | None = None
    # (Only the clauses holding the head's first pair can hold the head.)
    for number in clauses.by_gram.get(head[:2], ()):
        clause = clauses.passages[number]
        if clause.heading or _SHORTFALL.search(clause.text):
            continue
        text = fold(clause.text)
        for at in _places(text, head):
            for end in _places(text, kind, at + HEAD_KEPT, at + reach - 2):
                window = text[at : end + 2]
                # 包头市第三中学新校区 is not 第九中学's, 地铁3号线 not 5号线.
                if not holds_numbers(folded_name, window):
                    continue
                share = round(_in_order(folded_name, window) / len(folded_name), 3)
                if share >= IN_ORDER_SHARE and (best is None or share > best[0]):
                    best = (share, clause)
    return best


def _places(text: str, piece: str, begin: int = 0, end: int | None = None) -> list[int]:
    """Where `piece` starts in `text`, each place from `begin` up to `end`."""
    places, at = [], text.find(piece, begin)
    while at >= 0 and (end is None or at <= end):
        places.append(at)
        at = text.find(piece, at + 1)
    return places


_QUOTES = re.compile(r"[“”\"《》]")


def _in_order(one: str, other: str) -> int:
    """How many characters of `one` stand in `other` in the same order (their longest common
    subsequence)."""
    previous = [0] * (len(other) + 1)
    for char in one:
        current = [0]
        for j, other_char in enumerate(other):
            current.append(
                previous[j] + 1 if char == other_char else max(previous[j + 1], current[j])
            )
        previous = current
    return previous[-1]
