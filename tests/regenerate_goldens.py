"""Rewrite the golden HTML reports in tests/golden/ from the current code.

Run:  .venv/bin/python tests/regenerate_goldens.py

The only way goldens change: run this, read `git diff tests/golden/`, and commit the reports
you have checked along with the change that explains them. Goldens of cases that no longer
exist are removed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.report_cases import GOLDEN, report_cases


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    cases = report_cases()
    wanted = {case.golden for case in cases}
    for case in cases:
        html = case.make()
        before = case.golden.read_text(encoding="utf-8") if case.golden.exists() else None
        state = "new" if before is None else ("unchanged" if before == html else "changed")
        case.golden.write_text(html, encoding="utf-8", newline="\n")
        print(f"{state:9} {case.golden.relative_to(GOLDEN.parent.parent)}")
    for stale in sorted(set(GOLDEN.glob("*.html")) - wanted):
        stale.unlink()
        print(f"{'removed':9} {stale.relative_to(GOLDEN.parent.parent)}")


if __name__ == "__main__":
    main()
