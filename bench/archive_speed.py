"""Archive speed on a large generated archive, on SQLite and on PostgreSQL.

Run:  .venv/bin/python bench/archive_speed.py [--postgres URL] [--series 16] [--quarters 40]
                                             [--runs 1] [--no-sqlite]

1. Generates 16 series x 40 quarters = 640 notices with bench/make_archive.py.
2. Archives them all with one `qdiff archive` process pinned to one core (taskset -c 0) into a
   fresh SQLite file, and into a fresh schema of the PostgreSQL database given by --postgres
   (default: $QDIFF_TEST_DATABASE_URL; skipped when neither is set). Each of --runs archives
   starts from a fresh database; the median wall time and the median CPU time of the archive
   process (user + system, from getrusage(RUSAGE_CHILDREN): the client only, not PostgreSQL's
   server) are printed. CPU time is the steadier figure on a shared machine.
3. Times `qdiff list` and `qdiff show PERIOD --series S` end to end (fresh processes, imports
   included): the median of 7 runs each.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager as ContextManager
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

BENCH = Path(__file__).resolve().parent
QDIFF = [sys.executable, "-m", "qdiff"]


def timed(command: list[str]) -> float:
    return timed_with_cpu(command)[0]


def timed_with_cpu(command: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of a command and the processes it waited for."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command[:6])}…\n{result.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def median_of(command: list[str], runs: int = 7) -> float:
    return statistics.median(timed(command) for _ in range(runs))


def one_core() -> list[str]:
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def bench_backend(
    label: str,
    fresh: Callable[[int], ContextManager[str]],
    files: list[Path],
    runs: int,
    series: str,
    period: str,
) -> None:
    walls: list[float] = []
    cpus: list[float] = []
    for run in range(runs):
        with fresh(run) as url:
            wall, cpu = timed_with_cpu(
                [*one_core(), *QDIFF, "--db", url, "archive", *map(str, files)]
            )
            walls.append(wall)
            cpus.append(cpu)
            if run == runs - 1:
                report_backend(label, url, files, walls, cpus, series, period)


def report_backend(
    label: str,
    url: str,
    files: list[Path],
    walls: list[float],
    cpus: list[float],
    series: str,
    period: str,
) -> None:
    seconds, cpu = statistics.median(walls), statistics.median(cpus)
    listing = median_of([*QDIFF, "--db", url, "list"])
    show = median_of([*QDIFF, "--db", url, "show", period, "--series", series])
    show_json = median_of(
        [*QDIFF, "--db", url, "show", period, "--series", series, "--format", "json"]
    )
    print(f"{label}:")
    of = f"median of {len(walls)}" if len(walls) > 1 else "one run"
    print(f"  archive {len(files)} notices, one process on one core   {seconds:7.1f} s  ({of})")
    print(f"    CPU time of that process (user + system)          {cpu:7.1f} s")
    if len(walls) > 1:
        print(f"    runs: wall {_seconds(walls)}; CPU {_seconds(cpus)}")
    print(f"  qdiff list (end to end, median of 7)              {listing:7.2f} s")
    print(f"  qdiff show {period} (end to end, median of 7)         {show:7.2f} s")
    print(f"  qdiff show {period} --format json                     {show_json:7.2f} s")


def _seconds(values: list[float]) -> str:
    return ", ".join(f"{value:.1f}" for value in values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=os.environ.get("QDIFF_TEST_DATABASE_URL"))
    parser.add_argument("--series", type=int, default=16)
    parser.add_argument("--quarters", type=int, default=40)
    parser.add_argument("--runs", type=int, default=1, help="archive runs per backend (median)")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
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
        if not args.no_sqlite:

            @contextmanager
            def fresh_sqlite(run: int) -> Iterator[str]:
                yield f"sqlite:///{Path(scratch) / f'archive{run}.sqlite3'}"

            bench_backend("SQLite", fresh_sqlite, files, args.runs, series_name, period)
        if not args.postgres:
            print("PostgreSQL: skipped (give --postgres URL or set QDIFF_TEST_DATABASE_URL)")
            return
        engine = create_engine(args.postgres)

        @contextmanager
        def fresh_schema(_run: int) -> Iterator[str]:
            schema = f"qdiff_bench_{uuid.uuid4().hex[:8]}"
            with engine.begin() as connection:
                connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
            try:
                url = make_url(args.postgres).update_query_dict(
                    {"options": f"-csearch_path={schema}"}
                )
                yield url.render_as_string(hide_password=False)
            finally:
                with engine.begin() as connection:
                    connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')

        try:
            bench_backend("PostgreSQL", fresh_schema, files, args.runs, series_name, period)
        finally:
            engine.dispose()


if __name__ == "__main__":
    main()
