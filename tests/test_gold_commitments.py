"""The commitment gold (fixtures/gold_commitments/) is well formed: what
bench/commitment_accuracy.py measures against must say what its README says it does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "fixtures" / "gold_commitments").glob("*.json"))
# Second labellings of a pair (bench/labeller_agreement.py): the same format, checked the same way.
AGAIN = sorted((ROOT / "fixtures" / "gold_commitments" / "agreement").glob("*.json"))
FACETS = {
    "slipped",
    "stage_changed",
    "regressed",
    "quantity_changed",
    "lead_unit_changed",
    "deadline_changed",
}
STAGES = {"study", "start", "advance", "complete", None}


def test_there_are_six_pairs() -> None:
    assert len(GOLD) >= 6


@pytest.mark.parametrize("path", GOLD + AGAIN, ids=lambda p: p.stem)
def test_gold_is_well_formed(path: Path) -> None:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    ids: dict[str, dict[str, Any]] = {}
    for side in ("old", "new"):
        text = (ROOT / data[side]).read_text(encoding="utf-8")
        for commitment in data["commitments"][side]:
            assert commitment["id"] not in ids, commitment["id"]
            ids[commitment["id"]] = {**commitment, "side": side}
            assert commitment["text"] in text, commitment["id"]
            if commitment["object"] is not None:
                assert commitment["object"] in text, commitment["id"]
            assert commitment["stage"] in STAGES, commitment["id"]
    linked: set[str] = set()
    for link in data["links"]:
        old, new = ids[link["old"]], ids[link["new"]]
        assert (old["side"], new["side"]) == ("old", "new"), link
        assert not {link["old"], link["new"]} & linked, link
        linked |= {link["old"], link["new"]}
        assert set(link["facets"]) <= FACETS, link
        if "regressed" in link["facets"]:
            assert "stage_changed" in link["facets"], link


def test_each_second_labelling_has_its_first() -> None:
    """A second labelling is scored against the first labelling of its pair."""
    assert AGAIN
    for path in AGAIN:
        pair = path.stem.rsplit(".", 1)[0]
        assert (ROOT / "fixtures" / "gold_commitments" / f"{pair}.json").is_file(), path
