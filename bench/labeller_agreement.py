"""How far two blind labellers of the same pair agree, scored the way qdiff is scored:

    .venv/bin/python bench/labeller_agreement.py

For each second labelling in fixtures/gold_commitments/agreement/ (`<pair>.<labeller>.json`, the
format of fixtures/gold_commitments/), the second labeller's commitments and links are read as
if they were a method's output and scored against the first labelling of the pair
(fixtures/gold_commitments/<pair>.json) with bench/commitment_accuracy.py's own scoring, beside
qdiff scored against each of the two. Where qdiff and a human score alike against the same gold,
the disagreement left is the labellers', not the rules'; the issue's targets are read against it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from commitment_accuracy import (
    GOLD,
    HEADER,
    Gold,
    Tally,
    _stage,
    find_gold,
    load_gold,
    row,
    score_links,
)

from qdiff.align import compare
from qdiff.commitments import Commitment, CommitmentFacet, CommitmentLink, CommitmentStatus
from qdiff.notice import Notice, Stage

AGREEMENT = GOLD / "agreement"


def labelled_links(path: Path, old: Notice, new: Notice) -> list[CommitmentLink]:
    """A labelling's commitments and links as commitment links over the notices' tasks."""
    data = json.loads(path.read_text(encoding="utf-8"))
    made: dict[str, Commitment] = {}
    for side, notice in (("old", old), ("new", new)):
        for label in data["commitments"][side]:
            if not label.get("object"):
                continue
            task = next((t for t in notice.tasks if label["text"] in t.text), None)
            if task is None:
                continue  # a clause across two tasks: no task holds it whole
            at = notice.text.find(label["text"], task.start)
            made[label["id"]] = Commitment(
                ref=f"{task.ref}/{label['id']}",
                task=task.ref,
                object=label["object"],
                text=label["text"],
                start=at,
                end=at + len(label["text"]),
                stage=Stage(label["stage"]) if label.get("stage") else None,
                quantities=(),
                deadline=label.get("deadline"),
                lead=tuple(label.get("lead", ())),
                support=(),
            )
    old_ids = {label["id"] for label in data["commitments"]["old"]}
    links: list[CommitmentLink] = []
    linked: set[str] = set()
    for link in data["links"]:
        old_one, new_one = made.get(link["old"]), made.get(link["new"])
        if old_one is None or new_one is None:
            continue
        facets = tuple(CommitmentFacet(f) for f in link.get("facets", ()))
        links.append(CommitmentLink(CommitmentStatus.CONTINUED, old_one, new_one, facets))
        linked.update((link["old"], link["new"]))
    for label_id, commitment in made.items():
        if label_id not in linked:
            old_side = label_id in old_ids
            links.append(
                CommitmentLink(
                    CommitmentStatus.DROPPED if old_side else CommitmentStatus.NEW,
                    commitment if old_side else None,
                    None if old_side else commitment,
                )
            )
    return links


def commitments_agreement(gold: Gold, links: list[CommitmentLink]) -> str:
    """How many of the gold's commitments the other labelling (or qdiff) holds, and how many of
    those with the gold's stage."""
    found = right = total = 0
    for side, notice in (("old", gold.old), ("new", gold.new)):
        theirs = [c for link in links if (c := getattr(link, side)) is not None and c.object]
        matched = find_gold(gold.commitments[side], theirs, notice)
        stages = {g.id: g.stage for g in gold.commitments[side]}
        total += len(gold.commitments[side])
        found += len(matched)
        right += sum(1 for i, c in matched.items() if _stage(c) == stages[i])
    return f"found {found / total:.2f}, stages right {right / max(1, found):.2f}"


def main() -> int:
    seconds = sorted(AGREEMENT.glob("*.json"))
    if not seconds:
        print("no second labellings yet")
        return 0
    for second in seconds:
        pair, labeller = second.stem.rsplit(".", 1)
        first = load_gold(GOLD / f"{pair}.json")
        again = load_gold(second)
        qdiff_links = list(compare(first.old, first.new).commitments)
        human = labelled_links(second, first.old, first.new)
        print(f"\n{pair}: labeller {labeller} against the first labelling (its gold)")
        print(HEADER)
        for method, links in ((f"labeller {labeller}", human), ("qdiff", qdiff_links)):
            tally = Tally()
            score_links(first, links, tally)
            print(f"{row(method, tally)}   {commitments_agreement(first, links)}")
        print(f"\n{pair}: against labeller {labeller}'s labelling (its gold)")
        print(HEADER)
        tally = Tally()
        score_links(again, qdiff_links, tally)
        print(f"{row('qdiff', tally)}   {commitments_agreement(again, qdiff_links)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
