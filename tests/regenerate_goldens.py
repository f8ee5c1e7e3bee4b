"""Rewrite the golden HTML reports in tests/golden/ from the current code.

Run:  .venv/bin/python tests/regenerate_goldens.py

The only way goldens change: run this, read `git diff tests/golden/`, and commit the reports
you have checked along with the change that explains them. Goldens of cases that no longer
exist are removed. Each report is written with its inline <style> and <script> bodies (and the
hashes of its Content-Security-Policy) set aside; those bodies go once into tests/golden/assets.txt
(tests/golden_assets.py), so that a CSS or JS edit changes that file only. The fingerprint of
the links stored for the fixture quarters is recorded beside them (tests/links_fingerprint.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import links_fingerprint, parse_fingerprint
from tests.golden_assets import ASSETS_GOLDEN, SetAside, assets_text, set_aside
from tests.report_cases import GOLDEN, report_cases


def _write(path: Path, text: str) -> None:
    before = path.read_text(encoding="utf-8") if path.exists() else None
    state = "new" if before is None else ("unchanged" if before == text else "changed")
    path.write_text(text, encoding="utf-8", newline="\n")
    print(f"{state:9} {path.relative_to(GOLDEN.parent.parent)}")


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    cases = report_cases()
    wanted = {case.golden for case in cases}
    reports: list[tuple[str, SetAside]] = []
    for case in cases:
        report = set_aside(case.make())
        reports.append((case.golden.name, report))
        _write(case.golden, report.page)
    _write(ASSETS_GOLDEN, assets_text(reports))
    for recorder in (links_fingerprint, parse_fingerprint):
        path = recorder.FINGERPRINT
        before = path.read_text(encoding="utf-8") if path.exists() else None
        state = "unchanged" if recorder.write(recorder.fingerprint()) == before else "changed"
        print(f"{state:9} {path.relative_to(GOLDEN.parent.parent)}")
    for stale in sorted(set(GOLDEN.glob("*.html")) - wanted):
        stale.unlink()
        print(f"{'removed':9} {stale.relative_to(GOLDEN.parent.parent)}")


if __name__ == "__main__":
    main()
