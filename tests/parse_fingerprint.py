"""The fingerprint of how the fixtures parse, recorded with the parser revision.

`qdiff verify` and `qdiff import` re-parse a version made by this qdiff's parser revision and
expect the very same parse: a parser change without a new `PARSER_REVISION` would make them call
honest archives forged. So every fixture's parse contract is hashed and recorded with the
revision in tests/golden/parse_fingerprint.json (written by tests/regenerate_goldens.py).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from tests.fingerprint_file import FingerprintFile

ROOT = Path(__file__).resolve().parent.parent
FINGERPRINT = ROOT / "tests" / "golden" / "parse_fingerprint.json"
RECORD = FingerprintFile(FINGERPRINT)
FOLDERS = ("", "quarters", "dev", "dev2", "blind", "variants", "layouts", "formats")


def fixture_files() -> list[Path]:
    files = []
    for folder in FOLDERS:
        for path in sorted((ROOT / "fixtures" / folder).glob("*")):
            if path.is_file() and path.suffix in (".txt", ".html", ".docx", ".pdf"):
                files.append(path)
    return files


def fingerprint() -> dict[str, Any]:
    from qdiff.errors import QdiffError
    from qdiff.load import load_path
    from qdiff.parser_version import PARSER_REVISION
    from qdiff.serialize import notice_to_dict

    digest = hashlib.sha256()
    parsed = 0
    for path in fixture_files():
        try:
            contract: Any = notice_to_dict(load_path(str(path)).notice)
            parsed += 1
        except QdiffError as error:  # a fixture that is refused: the refusal is fingerprinted
            contract = {"refused": error.message.replace(str(path), path.name)}
        name = path.relative_to(ROOT).as_posix()
        digest.update(json.dumps([name, contract], ensure_ascii=False, sort_keys=True).encode())
    return {"parser_revision": PARSER_REVISION, "parsed": parsed, "sha256": digest.hexdigest()}


recorded = RECORD.recorded
write = RECORD.write
