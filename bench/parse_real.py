"""How the parser does on real layouts and real documents, against hand labels where they exist.

Run:  .venv/bin/python bench/parse_real.py

1. fixtures/layouts/ (one made-up document per layout of DOMAIN.md's "More layouts seen on real
   pages", labelled blind): per file, whether it parsed, sections and items found against the
   label, headings, units (lead and support) and metadata (title, issuer, period, doc number,
   signature and publication dates) right, and truncation right.
2. ../shared/realdata/work_reports/ (85 real government work reports): files, parse failures,
   median and slowest CPU time of a parse, and how many items were found. They have no labels
   here: a work report is not yet read into its review and plan parts (issue 11).
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
METADATA = ("title", "issuer", "period", "doc_number", "signed_on", "published_on")


def _items(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for section in document["sections"] for item in section["items"]]


def layouts() -> None:
    print("layout fixtures (labels written blind):")
    print(f"  {'file':<24}{'sections':>10}{'items':>9}{'headings':>10}{'units':>8}"
          f"{'metadata':>10}{'truncated':>11}")  # fmt: skip
    totals = {"items": 0, "headings": 0, "units": 0, "metadata": 0, "fields": 0, "cut": 0}
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
        totals["items"] += len(wanted)
        totals["headings"] += headings
        totals["units"] += units
        totals["metadata"] += metadata
        totals["fields"] += len(METADATA)
        totals["cut"] += cut
        print(
            f"  {label.stem:<24}{len(got['sections']):>4} / {len(want['sections']):<3}"
            f"{len(found):>4} / {len(wanted):<3}{headings:>6} / {len(wanted):<3}"
            f"{units:>4} / {len(wanted):<3}{metadata:>5} / {len(METADATA)}"
            f"{'right' if cut else 'WRONG':>9}"
        )
    items = totals["items"] or 1
    print(
        f"  all: headings {totals['headings'] / items:.2f}, units {totals['units'] / items:.2f}, "
        f"metadata {totals['metadata'] / (totals['fields'] or 1):.2f}, "
        f"truncation {totals['cut']}/{len(files)}"
    )


def work_reports() -> None:
    files = sorted(REALDATA.glob("*/*.md"))
    if not files:
        print(f"work reports: {REALDATA} is absent; skipped")
        return
    times, failures, items = [], [], []
    for path in files:
        start = time.process_time()
        try:
            notice = load_path(str(path)).notice
        except QdiffError as error:
            failures.append(f"{path.parent.name}/{path.name}: {error.message[:60]}")
            continue
        times.append(time.process_time() - start)
        items.append(len(notice.items))
    print(f"\nwork reports ({len(files)} files of {len({p.parent for p in files})} cities):")
    print(f"  parsed {len(times)}, refused {len(failures)}")
    if times:
        print(
            f"  CPU per parse: median {statistics.median(times) * 1000:.0f} ms, "
            f"slowest {max(times) * 1000:.0f} ms; items found: median {statistics.median(items)}"
        )
    for failure in failures[:10]:
        print(f"  refused: {failure}")


if __name__ == "__main__":
    layouts()
    work_reports()
    sys.exit(0)
