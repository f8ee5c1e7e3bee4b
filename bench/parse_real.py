"""How the parser does on real layouts and real documents, against hand labels where they exist.

Run:  .venv/bin/python bench/parse_real.py

1. fixtures/layouts/ (one made-up document per layout of DOMAIN.md's "More layouts seen on real
   pages", labelled blind): per file, whether it parsed, sections and items found against the
   label, headings, units (lead and support) and metadata (title, issuer, period, doc number,
   signature and publication dates) right, truncation right and kind right.
2. ../shared/realdata/work_reports/ (85 real government work reports): files, parse failures,
   kind right (all are work reports), review and plan parts found, median and slowest CPU time
   of a parse; and for the dozen hand-labelled in fixtures/gold_work_reports/ (labelled blind),
   the sections and items of each part found against the label, the period and the targets.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from qdiff.errors import QdiffError
from qdiff.load import load_path
from qdiff.serialize import notice_to_dict

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "fixtures" / "layouts"
REALDATA = ROOT.parent / "shared" / "realdata" / "work_reports"
WORK_REPORT_LABELS = ROOT / "fixtures" / "gold_work_reports"
METADATA = ("title", "issuer", "period", "doc_number", "signed_on", "published_on")


def _items(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for section in document["sections"] for item in section["items"]]


def layouts() -> None:
    print("layout fixtures (labels written blind):")
    print(f"  {'file':<24}{'sections':>10}{'items':>9}{'headings':>10}{'units':>8}"
          f"{'metadata':>10}{'truncated':>11}{'kind':>7}")  # fmt: skip
    totals = {
        "items": 0, "headings": 0, "units": 0, "metadata": 0, "fields": 0, "cut": 0, "kind": 0
    }  # fmt: skip
    files = sorted((LAYOUTS / "expected").glob("*.json"))
    for label in files:
        want = json.loads(label.read_text(encoding="utf-8"))
        try:
            got = notice_to_dict(load_path(str(LAYOUTS / f"{label.stem}.txt")).notice)
        except QdiffError as error:
            print(f"  {label.stem:<24} parse failed: {error.message}")
            continue
        wanted, found = _items(want), _items(got)
        pairs = list(zip(wanted, found, strict=False))
        headings = sum(1 for w, g in pairs if w["heading"] == g["heading"])
        units = sum(1 for w, g in pairs if (w["lead"], w["support"]) == (g["lead"], g["support"]))
        metadata = sum(1 for key in METADATA if want.get(key) == got.get(key))
        cut = want.get("truncated") == got.get("truncated")
        kind = want.get("kind") == got.get("kind")
        totals["items"] += len(wanted)
        totals["headings"] += headings
        totals["units"] += units
        totals["metadata"] += metadata
        totals["fields"] += len(METADATA)
        totals["cut"] += cut
        totals["kind"] += kind
        print(
            f"  {label.stem:<24}{len(got['sections']):>4} / {len(want['sections']):<3}"
            f"{len(found):>4} / {len(wanted):<3}{headings:>6} / {len(wanted):<3}"
            f"{units:>4} / {len(wanted):<3}{metadata:>5} / {len(METADATA)}"
            f"{'right' if cut else 'WRONG':>9}{'right' if kind else got['kind']:>9}"
        )
    items = totals["items"] or 1
    print(
        f"  all: headings {totals['headings'] / items:.2f}, units {totals['units'] / items:.2f}, "
        f"metadata {totals['metadata'] / (totals['fields'] or 1):.2f}, "
        f"truncation {totals['cut']}/{len(files)}, kind {totals['kind']}/{len(files)}"
    )


def work_reports() -> None:
    files = sorted(REALDATA.glob("*/*.md"))
    if not files:
        print(f"\nwork reports: {REALDATA} is absent; skipped")
        return
    times: list[float] = []
    failures: list[str] = []
    parsed: dict[str, dict[str, Any]] = {}
    for path in files:
        start = time.process_time()
        try:
            notice = load_path(str(path)).notice
        except QdiffError as error:
            failures.append(f"{path.parent.name}/{path.name}: {error.message[:60]}")
            continue
        times.append(time.process_time() - start)
        parsed[f"{path.parent.name}/{path.name}"] = notice_to_dict(notice)
    kinds = sum(1 for data in parsed.values() if data["kind"] == "work_report")
    both = sum(1 for data in parsed.values() if all(_part(data, p)[1] for p in PARTS))
    print(f"\nwork reports ({len(files)} files of {len({p.parent for p in files})} cities):")
    print(
        f"  parsed {len(parsed)}, refused {len(failures)}; kind work_report {kinds}/{len(files)}; "
        f"review and plan parts both found, with items, {both}/{len(files)}"
    )
    if times:
        print(
            f"  CPU per parse: median {statistics.median(times) * 1000:.0f} ms, "
            f"slowest {max(times) * 1000:.0f} ms"
        )
    for failure in failures[:10]:
        print(f"  refused: {failure}")
    labelled(parsed)


PARTS = ("review", "plan")


def _part(document: dict[str, Any], part: str) -> tuple[int, int]:
    """Sections and items the parse found in a work report's part."""
    sections = [s for s in document["sections"] if s.get("part") == part]
    return len(sections), sum(len(s["items"]) for s in sections)


def labelled(parsed: dict[str, dict[str, Any]]) -> None:
    labels = sorted(WORK_REPORT_LABELS.glob("*.json"))
    if not labels:
        return
    print(f"  hand-labelled ({len(labels)}, labelled blind): sections and items found / labelled")
    print(f"  {'file':<16}{'review':>18}{'plan':>20}{'period':>8}{'targets':>10}")
    right = {"sections": 0, "items": 0, "period": 0, "targets": 0, "all_targets": 0}
    for label in labels:
        want = json.loads(label.read_text(encoding="utf-8"))
        got = parsed.get(want["file"])
        if got is None:
            print(f"  {label.stem:<16} refused")
            continue
        cells = []
        for part in PARTS:
            sections, items = _part(got, part)
            right["sections"] += sections == want[part]["sections"]
            right["items"] += items == want[part]["items"]
            cells.append(
                f"{sections:>3}/{want[part]['sections']:<3}{items:>4}/{want[part]['items']:<4}"
            )
        period = got["period"] == want["period"]
        right["period"] += period
        quantities = {
            q["text"]
            for s in got["sections"]
            if s.get("part") == "plan"
            for i in s["items"]
            for t in i["tasks"]
            for q in t["quantities"]
        }
        found = sum(1 for target in want["targets"] if any(target in q or q in target
                                                           for q in quantities))  # fmt: skip
        right["targets"] += found
        right["all_targets"] += len(want["targets"])
        print(
            f"  {label.stem:<16}{cells[0]:>20}{cells[1]:>20}{'right' if period else 'WRONG':>7}"
            f"{found:>5}/{len(want['targets'])}"
        )
    n = len(labels)
    print(
        f"  all: part sections right {right['sections']}/{2 * n}, part items right "
        f"{right['items']}/{2 * n}, period {right['period']}/{n}, targets found "
        f"{right['targets']}/{right['all_targets']}"
    )


if __name__ == "__main__":
    layouts()
    work_reports()
    sys.exit(0)
