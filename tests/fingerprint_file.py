"""A recorded fingerprint: a small JSON file in tests/golden/, read by a test and written only by
tests/regenerate_goldens.py (links_fingerprint.py and parse_fingerprint.py each keep one)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class FingerprintFile:
    path: Path

    def recorded(self) -> dict[str, Any]:
        return dict(json.loads(self.path.read_text(encoding="utf-8")))

    def write(self, found: dict[str, Any]) -> str:
        text = json.dumps(found, indent=2, sort_keys=True) + "\n"
        self.path.write_text(text, encoding="utf-8")
        return text
