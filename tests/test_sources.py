"""The same notice in another format (Word, PDF, a saved page, another encoding) is recorded as
another source of the version it is the same text as, not as a new version: `archive` says so,
`log` shows it, `verify` re-hashes it, export and import carry its bytes."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

from sqlalchemy import create_engine, text

from qdiff.copies import copy_digest
from qdiff.load import load_path
from qdiff.store.database import resolve_url
from tests.conftest import FIXTURES, SEED, run_cli

SERIES = "上海市杨浦区人民政府"
FORMATS = FIXTURES / "formats"
ENCODINGS = FIXTURES / "encodings"
COPIES = [
    FORMATS / "yangpu_2021Q1.docx",
    FORMATS / "yangpu_2021Q1.pdf",
    FORMATS / "yangpu_2021Q1.html",
    ENCODINGS / "yangpu_2021Q1.crlf.txt",
]


def _log(db_url: str, period: str = "2021Q1") -> list[dict[str, object]]:
    result = run_cli(db_url, "log", period, "--format", "json")
    assert result.exit_code == 0, result.output
    versions: list[dict[str, object]] = json.loads(result.stdout)
    return versions


def test_copies_are_the_same_text_and_a_clean_copy_is_not() -> None:
    seed = copy_digest(load_path(str(SEED)).source.text)
    for copy in COPIES:
        assert copy_digest(load_path(str(copy)).source.text) == seed, copy
    # Full-width punctuation is another text (a clean copy, not the website's).
    clean = ENCODINGS / "yangpu_2021Q1.fullwidth-gb18030-crlf.txt"
    assert copy_digest(load_path(str(clean)).source.text) != seed


def test_another_format_is_another_source_not_a_new_version(db_url: str) -> None:
    result = run_cli(db_url, "archive", str(SEED), *map(str, COPIES))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"archived {SEED} as {SERIES} 2021Q1@1 (29 items, 131 tasks, 4 warnings)"
    assert lines[1:-1] == [
        f"{copy} is the same text as {SERIES} 2021Q1@1 (recorded as another source)"
        for copy in COPIES
    ]
    assert lines[-1] == "1 archived, 4 recorded as other sources, 0 already archived, 0 failed"
    (version,) = _log(db_url)
    sources = version["sources"]
    assert isinstance(sources, list)
    assert [(s["file_name"], s["format"]) for s in sources] == [
        ("yangpu_2021Q1.docx", "docx"), ("yangpu_2021Q1.pdf", "pdf"),
        ("yangpu_2021Q1.html", "html"), ("yangpu_2021Q1.crlf.txt", "text"),
    ]  # fmt: skip
    assert [s["sha256"] for s in sources] == [
        hashlib.sha256(copy.read_bytes()).hexdigest() for copy in COPIES
    ]
    log_text = run_cli(db_url, "log", "2021Q1").stdout.splitlines()
    assert log_text[0].startswith("2021Q1@1  ")
    assert log_text[1].startswith("  also yangpu_2021Q1.docx [docx]  sha256 ")
    assert log_text[2].startswith("  also yangpu_2021Q1.pdf [pdf]  sha256 ")
    assert len(log_text) == 5
    # The same bytes again: already a source, nothing written.
    again = run_cli(db_url, "archive", str(COPIES[0]))
    assert again.stdout == (
        f"unchanged {COPIES[0]} is already a source of {SERIES} 2021Q1@1; nothing written\n"
    )
    assert len(_log(db_url)[0]["sources"]) == 4  # type: ignore[arg-type]
    listing = json.loads(run_cli(db_url, "list", "--format", "json").stdout)
    assert listing["series"][0]["notices"][0]["versions"] == 1


def test_a_new_text_is_still_a_new_version_and_copies_go_with_their_text(
    db_url: str, tmp_path: Path
) -> None:
    assert run_cli(db_url, "archive", str(SEED)).exit_code == 0
    clean = ENCODINGS / "yangpu_2021Q1.fullwidth-gb18030-crlf.txt"
    assert "as 上海市杨浦区人民政府 2021Q1@2" in run_cli(db_url, "archive", str(clean)).stdout
    # A copy of the first text goes with version 1, though version 2 is the latest.
    docx = run_cli(db_url, "archive", str(FORMATS / "yangpu_2021Q1.docx"))
    assert docx.stdout.strip().endswith(
        f"the same text as {SERIES} 2021Q1@1 (recorded as another source)"
    )
    first, second = _log(db_url)
    assert len(first["sources"]) == 1 and second["sources"] == []  # type: ignore[arg-type]


def test_verify_rehashes_other_sources(db_url: str) -> None:
    assert run_cli(db_url, "archive", str(SEED), str(COPIES[0])).exit_code == 0
    verified = run_cli(db_url, "verify")
    assert verified.exit_code == 0
    assert verified.stdout.startswith("verified 1 versions (and 1 other sources) in ")
    engine = create_engine(resolve_url(db_url))
    with engine.begin() as connection:
        connection.execute(text("UPDATE version_sources SET source = :b"), {"b": b"changed"})
    engine.dispose()
    broken = run_cli(db_url, "verify")
    assert broken.exit_code == 1
    assert broken.stdout == (
        f"{SERIES} 2021Q1@1: its other source yangpu_2021Q1.docx does not match its sha256\n"
    )
    assert broken.stderr == "Error: 1 problem(s) in 1 versions\n"


def test_sources_move_with_export_and_import(db_url: str, tmp_path: Path) -> None:
    first = f"sqlite:///{tmp_path / 'first.sqlite3'}"
    assert run_cli(first, "archive", str(SEED), *map(str, COPIES)).exit_code == 0
    exported = tmp_path / "archive.jsonl"
    assert run_cli(first, "export", "-o", str(exported)).exit_code == 0
    records = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    sources = [r for r in records if r["kind"] == "source"]
    assert [base64.b64decode(r["source_base64"]) for r in sources] == [
        copy.read_bytes() for copy in COPIES
    ]
    assert records[-1] == {
        "kind": "end", "versions": 1, "findings": 0, "sources": 4, "withdrawals": 0
    }  # fmt: skip
    imported = run_cli(db_url, "import", str(exported))
    assert imported.exit_code == 0, imported.output
    assert run_cli(db_url, "import", str(exported)).exit_code == 0  # twice adds nothing
    assert _log(db_url) == _log(first)
    assert run_cli(db_url, "verify").stdout.startswith("verified 1 versions (and 4 other sources)")
    # A source line whose bytes were changed imports nothing at all.
    damaged = tmp_path / "damaged.jsonl"
    index = records.index(sources[0])
    records[index] = {**sources[0], "source_base64": base64.b64encode(b"other").decode()}
    damaged.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
    )
    target = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    refused = run_cli(target, "import", str(damaged))
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"Error: {damaged} line {index + 1} (a source of {SERIES}): its bytes do not match their "
        "sha256; the export is damaged\n"
    )
    assert json.loads(run_cli(target, "list", "--format", "json").stdout)["series"] == []
