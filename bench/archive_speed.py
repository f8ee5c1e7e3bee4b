"""Archive speed on a large generated archive, on SQLite and on PostgreSQL.

Run:  .venv/bin/python bench/archive_speed.py [--postgres URL] [--series 16] [--quarters 40]

1. Generates 16 series x 40 quarters = 640 notices with bench/make_archive.py.
2. Archives them all with one `qdiff archive` process pinned to one core (taskset -c 0) into a
   fresh SQLite file, and into a fresh schema of the PostgreSQL database given by --postgres
   (default: $QDIFF_TEST_DATABASE_URL; skipped when neither is set).
3. Times `qdiff list` and `qdiff show PERIOD --series S` end to end (fresh processes, imports
   included): the median of 7 runs each.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

BENCH = Path(__file__).resolve().parent
QDIFF = [sys.executable, "-m", "qdiff"]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command[:6])}…\n{result.stderr[-2000:]}")
    return elapsed


def median_of(command: list[str], runs: int = 7) -> float:
    return statistics.median(timed(command) for _ in range(runs))


def one_core() -> list[str]:
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def bench_backend(label: str, url: str, files: list[Path], series: str, period: str) -> None:
    seconds = timed([*one_core(), *QDIFF, "--db", url, "archive", *map(str, files)])
    listing = median_of([*QDIFF, "--db", url, "list"])
    show = median_of([*QDIFF, "--db", url, "show", period, "--series", series])
    show_json = median_of(
        [*QDIFF, "--db", url, "show", period, "--series", series, "--format", "json"]
    )
    print(f"{label}:")
    print(f"  archive {len(files)} notices, one process on one core   {seconds:7.1f} s")
    print(f"  qdiff list (end to end, median of 7)              {listing:7.2f} s")
    print(f"  qdiff show {period} (end to end, median of 7)         {show:7.2f} s")
    print(f"  qdiff show {period} --format json                     {show_json:7.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=os.environ.get("QDIFF_TEST_DATABASE_URL"))
    parser.add_argument("--series", type=int, default=16)
    parser.add_argument("--quarters", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "archive"
        subprocess.run(
            [sys.executable, str(BENCH / "make_archive.py"), str(out),
             "--series", str(args.series), "--quarters", str(args.quarters)],
            check=True, capture_output=True,
        )  # fmt: skip
        files = sorted(out.glob("*/*.txt"))
        manifest = [json.loads(line) for line in (out / "manifest.jsonl").open(encoding="utf-8")]
        series_name = manifest[0]["issuer"]
        period = manifest[len(files) // args.series // 2]["period"]
        print(
            f"{len(files)} generated notices ({sum(f.stat().st_size for f in files) / 1e6:.1f} MB)"
        )
        sqlite = f"sqlite:///{Path(scratch) / 'archive.sqlite3'}"
        bench_backend("SQLite", sqlite, files, series_name, period)
        if not args.postgres:
            print("PostgreSQL: skipped (give --postgres URL or set QDIFF_TEST_DATABASE_URL)")
            return
        schema = f"qdiff_bench_{uuid.uuid4().hex[:8]}"
        engine = create_engine(args.postgres)
        with engine.begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        try:
            url = make_url(args.postgres).update_query_dict({"options": f"-csearch_path={schema}"})
            bench_backend(
                "PostgreSQL", url.render_as_string(hide_password=False), files, series_name, period
            )
        finally:
            with engine.begin() as connection:
                connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
            engine.dispose()


if __name__ == "__main__":
    main()
