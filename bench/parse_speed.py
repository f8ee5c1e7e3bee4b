"""Parsing speed and memory (issue: the parser's budget).

Run:  .venv/bin/python bench/parse_speed.py

1. The real notice (fixtures/yangpu_2021Q1.txt, 17 KB): median of many in-process runs of
   `parse_notice` on the decoded text, and of `load_bytes` (detect, decode and parse).
2. Large text files, end to end in a fresh process (`load_path`): wall time and peak RSS.
   10 MB of notice text (the real notice repeated, refused as far more than one notice), 10 MB
   of text with no items (refused), and the real notice repeated up to just under the
   one-notice limit (parsed: the parser's own worst case).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qdiff.load import load_bytes
from qdiff.parsing import MAX_NOTICE_CHARACTERS, parse_notice

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "yangpu_2021Q1.txt"
TEN_MB = 10 * 1024 * 1024

CHILD = """
import resource, sys, time
start = time.perf_counter()
from qdiff.errors import QdiffError
from qdiff.load import load_path
try:
    loaded = load_path(sys.argv[1])
    outcome = f"parsed: {len(loaded.notice.items)} items, {len(loaded.notice.tasks)} tasks"
except QdiffError as error:
    outcome = f"refused: {error.message[:60]}"
elapsed = time.perf_counter() - start
peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{elapsed:.3f}\\t{peak_mib:.0f}\\t{outcome}")
"""


def median_ms(function: object, repeat: int) -> float:
    assert callable(function)
    function()  # warm up: regex compilation, imports
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def big_file(directory: Path, name: str, unit: bytes) -> Path:
    path = directory / name
    path.write_bytes(unit * (TEN_MB // len(unit) + 1))
    return path


def run_child(path: Path, runs: int = 3) -> tuple[float, float, str]:
    results = []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, "-c", CHILD, str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        seconds, mib, outcome = output.split("\t")
        results.append((float(seconds), float(mib), outcome))
    results.sort()
    return results[len(results) // 2]


def main() -> None:
    data = SEED.read_bytes()
    text = data.decode("utf-8")
    print(f"machine: {sys.platform}, Python {sys.version.split()[0]}")
    print(f"real notice ({len(data) / 1024:.0f} KB), median of 200 runs in process:")
    print(
        f"  parse_notice (decoded text)        {median_ms(lambda: parse_notice(text), 200):6.2f} ms"
    )
    print(
        f"  load_bytes (detect+decode+parse)   {median_ms(lambda: load_bytes(data), 200):6.2f} ms"
    )
    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch)
        notices = big_file(directory, "ten_mb_notices.txt", data)
        prose = big_file(
            directory, "ten_mb_prose.txt", "这是一段没有编号条目的普通文字。\n".encode()
        )
        copies = MAX_NOTICE_CHARACTERS // len(text)
        largest = directory / "largest_parsed.txt"
        largest.write_bytes(data * copies)
        print("large files, end to end in a fresh process (median of 3; time includes imports):")
        cases = (
            ("10 MB of notice text", notices),
            ("10 MB without items", prose),
            (f"{len(data) * copies / 1e6:.1f} MB, {copies} notices", largest),
        )
        for label, path in cases:
            seconds, mib, outcome = run_child(path)
            print(f"  {label:<24} {seconds:6.2f} s  peak RSS {mib:5.0f} MiB  {outcome}")


if __name__ == "__main__":
    main()
