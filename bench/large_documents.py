"""Large documents: compare() on year plans of 200, 500 and 1,000 items (the bound,
qdiff/align/limits.py) and, with the bound lifted, 2,000 and 4,000; then what refusing a notice
past the bound costs.

Run:  .venv/bin/python bench/large_documents.py [--runs 5]

1. The plans are bench/assignment_speed.py's: the items of several generated series
   (bench/make_archive.py) in one quarter against the same series the next quarter (200 items:
   6 of the 16 series; 500: all 16; 1,000: two such pairs of quarters; 2,000: four; 4,000:
   eight). Each size is measured in a child process of its own: the median CPU seconds of
   `--runs` comparisons (time.process_time, after one that fills the term cache) and the
   child's peak RSS (ru_maxrss), next to its RSS before comparing (Python, qdiff and the two
   notices loaded).
2. `qdiff archive` of a 10,000-item notice into an SQLite archive that holds a neighbouring
   quarter, and of a notice whose 400 items are one sentence: wall seconds and peak RSS of the
   qdiff process, which must refuse each in one line and store nothing.
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from assignment_speed import chinese, year_plans

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
# size: (series, the first quarters of each pair)
PLANS = {
    200: (6, [0]),
    500: (16, [0]),
    1_000: (16, [0, 8]),
    2_000: (16, [0, 4, 8, 12]),
    4_000: (16, [0, 2, 4, 6, 8, 10, 12, 14]),
}

CHILD = """
import pickle, resource, statistics, sys, time
from qdiff.align import compare
from qdiff.align.limits import ALIGNMENT_LIMITS, AlignmentLimits
old, new = pickle.loads(open(sys.argv[1], "rb").read())
runs = int(sys.argv[2])
big = 10 ** 12
within = len(old.items) <= ALIGNMENT_LIMITS.items and len(new.items) <= ALIGNMENT_LIMITS.items
limits = ALIGNMENT_LIMITS if within else AlignmentLimits(big, big, big, big, big)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
compare(old, new, limits=limits)
samples = []
for _ in range(runs):
    start = time.process_time()
    compare(old, new, limits=limits)
    samples.append(time.process_time() - start)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(len(old.items), len(new.items), len(old.tasks), statistics.median(samples), before, peak)
"""


def _plans(archive: Path, series: int, firsts: list[int]) -> tuple[object, object]:
    """year_plans over the first `series` series of the archive."""
    if series == 16:
        return year_plans(archive, firsts)
    with tempfile.TemporaryDirectory() as scratch:
        subset = Path(scratch)
        for folder in sorted(archive.glob("s*_*"))[:series]:
            (subset / folder.name).symlink_to(folder)
        return year_plans(subset, firsts)


def _large_notice(items: int, *, same: bool = False) -> str:
    """A notice for 2014Q3: `items` items, 100 to a section."""
    name = "2014年第三季度工作要点"
    lines = [f"关于印发区政府{name}的通知", "", "上海市合并区人民政府", "", name, ""]
    for start in range(0, items, 100):
        lines += [f"{chinese(start // 100 % 99 + 1)}、重点工作", ""]
        for k in range(start, min(items, start + 100)):
            body = "推进重点项目建设，确保年底前完成。" if same else f"推进第{k}号重点项目建设。"
            lines += [f"{k - start + 1}.{body}（责任单位：区发展改革委）", ""]
    return "\n".join(lines)


# qdiff runs under this small launcher, not forked from the benchmark: a child's peak RSS
# (ru_maxrss) counts the pages it had before exec, and a child of this process would have all of
# its plans. The launcher writes qdiff's exit status and peak RSS (KiB) to the file it is given.
LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, *sys.argv[2:]])
_, status, usage = os.wait4(pid, 0)
open(sys.argv[1], "w").write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}")
"""


def _archive_refused(folder: Path, text: str, neighbour: Path) -> str:
    """Archive `text` next to `neighbour` in a fresh SQLite archive: seconds, peak MB, and
    whether qdiff refused it in one line and stored nothing."""
    database = folder / "archive.sqlite3"
    database.unlink(missing_ok=True)
    notice, report = folder / "large.txt", folder / "report.txt"
    notice.write_text(text, encoding="utf-8")
    qdiff = ["-m", "qdiff", "--db", str(database)]
    subprocess.run(
        [sys.executable, *qdiff, "archive", "--series", "bench", str(neighbour)],
        check=True, capture_output=True,
    )  # fmt: skip
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHER, str(report), *qdiff, "archive", "--series", "bench",
         str(notice)],
        capture_output=True, text=True,
    )  # fmt: skip
    seconds = time.monotonic() - start
    status, peak = (int(field) for field in report.read_text().split())
    listed = subprocess.run(
        [sys.executable, *qdiff, "list"], check=True, capture_output=True, text=True
    ).stdout
    refused = status == 1 and done.stderr.count("\n") == 1 and "2014Q3" not in listed
    verdict = "refused in one line, nothing stored" if refused else f"NOT REFUSED: {done.stderr!r}"
    return f"{seconds:5.2f} s, {peak / 1024:4.0f} MB peak: {verdict}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        archive = folder / "archive"
        subprocess.run(
            [sys.executable, str(BENCH / "make_archive.py"), str(archive), "--quarters", "20"],
            check=True, capture_output=True,
        )  # fmt: skip
        print(f"compare() in a child process each, median CPU of {runs} runs, peak RSS")
        print(f"  {'items':>11}{'tasks':>8}{'CPU s':>8}{'RSS before':>12}{'peak':>8}")
        for size, (series, firsts) in PLANS.items():
            plans = folder / f"plans{size}.pickle"
            plans.write_bytes(pickle.dumps(_plans(archive, series, firsts)))
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(plans), str(runs)],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
            old_items, new_items, tasks, seconds, before, peak = done.stdout.split()
            beyond = "  (bound lifted)" if size > 1_000 else ""
            print(
                f"  {old_items:>5}/{new_items:<5}{tasks:>8}{float(seconds):>8.2f}"
                f"{float(before):>9.0f} MB{float(peak):>5.0f} MB{beyond}"
            )
        # The generated series' 2014Q2, the neighbour of the large notices' 2014Q3.
        neighbour = sorted(sorted(archive.glob("s*_*"))[0].glob("*.txt"))[1]
        print("qdiff archive of a notice past the bound next to its neighbour, end to end")
        for label, text in (
            ("10,000 items", _large_notice(10_000)),
            ("400 items, one sentence", _large_notice(400, same=True)),
        ):
            print(f"  {label + ':':<26}{_archive_refused(folder, text, neighbour)}")


if __name__ == "__main__":
    main()
