"""Where qdiff's output goes, and what it carries (issue 15, items 1, 5, 11 and 13's command line).

- Output files (`compare --html FILE`, `compare -o FILE`, `report --html FILE`, `export -o FILE`):
  a regular file is replaced whole or not at all (a symlink keeps its link, its target is
  replaced); a character device, a FIFO or our own stdout (`/proc/self/fd/1`) is written into; a
  block device or a socket is refused; a kill mid-write leaves no temporary file after the next run.
- Standard output: a write that fails (a full disk) is one `Error:` line and exit 1; a reader that
  leaves (`| head`) stays quiet.
- Notice text never acts on the reader's terminal: control characters are shown, not obeyed;
  JSON escapes them; a bidi control is warned about and kept out of series names.
- What the user got wrong is one `Error:` line: a usage error, a file name that is too long.

Device nodes, FIFOs and sockets are real ones made in a temporary folder (the tests run as root;
without it the device cases skip)."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from qdiff.notice import WarningCode
from qdiff.parsing import parse_notice
from tests.conftest import FIXTURES, SEED, run_cli

Q2 = FIXTURES / "quarters" / "yangpu_2021Q2.txt"
NO_SPACE = "No space left on device"
STDOUT_FULL = (
    f"Error: cannot write to standard output: {NO_SPACE}; "
    "free some space or send the output elsewhere\n"
)
# Characters that act on a terminal: C0 but tab and line feed, DEL, C1, and the bidi controls.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
ACTIVE = {chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))} - {"\n", "\t"} | set(BIDI)


def _device(path: Path, minor: int) -> Path:
    """A character device node of the memory driver: minor 3 is null, 7 is full."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except PermissionError:
        pytest.skip("making device nodes needs root")
    return path


def _qdiff(*args: str, **options: object) -> subprocess.CompletedProcess[str]:
    """qdiff in a process of its own (stdout and stderr captured unless given)."""
    options.setdefault("stdout", subprocess.PIPE)
    options.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "qdiff", *args], text=True, timeout=120, check=False, **options
    )  # type: ignore[call-overload, no-any-return]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An SQLite archive holding the 2021Q1 and 2021Q2 notices (read, never written, by tests)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('archive') / 'archive.sqlite3'}"
    assert run_cli(url, "archive", str(SEED), str(Q2)).exit_code == 0
    return url


# Each command that writes an output file, as (arguments before FILE, needs the archive).
WRITERS = {
    "compare --html": (["compare", str(SEED), str(Q2), "--html"], False),
    "compare -o": (["compare", str(SEED), str(Q2), "-o"], False),
    "report --html": (["report", "--html"], True),
    "export -o": (["export", "-o"], True),
}


def _write(archive: str, writer: str, target: Path | str) -> subprocess.CompletedProcess[str]:
    args, needs_archive = WRITERS[writer]
    prefix = ["--db", archive] if needs_archive else []
    return _qdiff(*prefix, *args, str(target))


# ---------------------------------------------------------------------------------------------
# 1. Output files


@pytest.mark.parametrize("writer", list(WRITERS))
def test_output_into_a_character_device_writes_into_it(
    writer: str, archive: str, tmp_path: Path
) -> None:
    null = _device(tmp_path / "null", 3)
    result = _write(archive, writer, null)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.lstat(null).st_mode), "the device node was replaced by a file"
    assert os.listdir(tmp_path) == ["null"]


@pytest.mark.parametrize("writer", ["compare --html", "export -o"])
def test_output_into_a_full_device_is_one_error_line(
    writer: str, archive: str, tmp_path: Path
) -> None:
    full = _device(tmp_path / "full", 7)
    result = _write(archive, writer, full)
    assert result.returncode == 1
    assert result.stderr == f"Error: cannot write {full}: {NO_SPACE}\n"
    assert stat.S_ISCHR(os.lstat(full).st_mode)


def _read_fifo(fifo: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with open(fifo, "rb") as stream:
            into.append(stream.read())

    reader = threading.Thread(target=read, daemon=True)  # daemon: a broken writer never opens
    reader.start()
    return reader


@pytest.mark.parametrize("writer", ["compare --html", "report --html", "export -o"])
def test_output_into_a_fifo_reaches_its_reader(writer: str, archive: str, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = _read_fifo(fifo, received)
    result = _write(archive, writer, fifo)
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced by a file"
    assert received, "the reader got nothing"
    text = received[0].decode("utf-8")
    if writer == "export -o":
        assert len(text.splitlines()) > 2 and all(json.loads(x) for x in text.splitlines())
    else:
        assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")


def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "reports" / "real.html"
    real.parent.mkdir()
    real.write_text("old report", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "latest.html"
    link.symlink_to(Path("reports") / "real.html")  # relative, as people make them
    chain = tmp_path / "chain.html"
    chain.symlink_to(link.name)
    for name in (link, chain):
        result = _qdiff("compare", str(SEED), str(Q2), "--html", str(name))
        assert result.returncode == 0, result.stderr
        assert os.readlink(link) == str(Path("reports") / "real.html")
        assert os.readlink(chain) == link.name
        assert real.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        assert stat.S_IMODE(real.stat().st_mode) == 0o640, "the target lost its permissions"
        real.write_text("old report", encoding="utf-8")
    assert sorted(os.listdir(real.parent)) == ["real.html"]  # no temporary file left
    dangling = tmp_path / "dangling.html"
    dangling.symlink_to(Path("reports") / "new.html")
    result = _qdiff("compare", str(SEED), str(Q2), "-o", str(dangling))
    assert result.returncode == 0, result.stderr
    assert dangling.is_symlink()
    assert (real.parent / "new.html").read_text(encoding="utf-8").startswith("from ")


def test_output_to_our_own_stdout_goes_down_it(tmp_path: Path) -> None:
    """`-o /dev/stdout` (here a link of our own to /proc/self/fd/1, as /dev/stdout is): the text
    goes down the pipe, or lands after what the file already holds; nothing is replaced."""
    ours = tmp_path / "stdout"
    ours.symlink_to("/proc/self/fd/1")
    piped = _qdiff("compare", str(SEED), str(Q2), "-o", str(ours))
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.startswith("from ")
    assert os.readlink(ours) == "/proc/self/fd/1"
    log = tmp_path / "log.txt"
    with open(log, "a", encoding="utf-8") as stream:
        stream.write("header\n")
        stream.flush()
        result = _qdiff("compare", str(SEED), str(Q2), "-o", str(ours), stdout=stream)
    assert result.returncode == 0, result.stderr
    assert log.read_text(encoding="utf-8").startswith("header\nfrom ")
    assert os.readlink(ours) == "/proc/self/fd/1"


def test_a_socket_or_a_block_device_is_refused(tmp_path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    where = tmp_path / "sock"
    server.bind(str(where))
    try:
        result = _qdiff("compare", str(SEED), str(Q2), "--html", str(where))
    finally:
        server.close()
    assert result.returncode == 2
    assert result.stderr == f"Error: {where} is a socket; give a file name for the report\n"
    assert stat.S_ISSOCK(os.lstat(where).st_mode)
    block = tmp_path / "disk"
    try:  # a device number no driver has (240-254 are for local use): never opened anyway
        os.mknod(block, stat.S_IFBLK | 0o600, os.makedev(240, 250))
    except PermissionError:
        pytest.skip("making device nodes needs root")
    result = _qdiff("compare", str(SEED), str(Q2), "-o", str(block))
    assert result.returncode == 2
    assert result.stderr == f"Error: {block} is a block device; give a file name for the output\n"
    assert stat.S_ISBLK(os.lstat(block).st_mode)


# A qdiff that stops when its output is whole but not yet in place (at the fsync before the
# rename), says so on stderr and waits to be killed. `named` turns O_TMPFILE off, so that the
# temporary file has a name while it is written.
_STALLING = """
import os, sys, time
import qdiff.commands.files as files
if sys.argv[1] == "named":
    files.USE_O_TMPFILE = False
def stall(fd):
    sys.stderr.write("STALLED\\n")
    sys.stderr.flush()
    time.sleep(120)
os.fsync = stall
from qdiff.cli import cli
cli(sys.argv[2:], prog_name="qdiff")
"""


def _temporaries(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _STALLING, *args],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


@pytest.mark.parametrize("mode", ["unnamed", "named"])
def test_a_kill_mid_write_leaves_no_temporary_file_after_the_next_run(
    mode: str, tmp_path: Path
) -> None:
    target = tmp_path / "report.html"
    target.write_text("the earlier report", encoding="utf-8")
    child = _start(mode, "compare", str(SEED), str(Q2), "--html", str(target))
    assert child.stderr is not None
    line = child.stderr.readline()
    assert line == "STALLED\n", line + child.stderr.read()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stderr.close()
    assert target.read_text(encoding="utf-8") == "the earlier report"  # untouched by the kill
    if mode == "unnamed":
        assert _temporaries(tmp_path) == []  # the bytes never had a name
    result = _qdiff("compare", str(SEED), str(Q2), "--html", str(target))
    assert result.returncode == 0, result.stderr
    assert _temporaries(tmp_path) == []
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_live_writers_temporary_file_is_left_alone(tmp_path: Path) -> None:
    """The clean-up takes only what a dead process left: a writer still at work keeps its file."""
    target = tmp_path / "report.html"
    child = _start("named", "compare", str(SEED), str(Q2), "--html", str(target))
    assert child.stderr is not None
    try:
        assert child.stderr.readline() == "STALLED\n"
        held = _temporaries(tmp_path)
        assert len(held) == 1 and str(child.pid) in held[0]
        result = _qdiff("compare", str(SEED), str(Q2), "--html", str(target))
        assert result.returncode == 0, result.stderr
        assert _temporaries(tmp_path) == held
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stderr.close()


@pytest.mark.long
def test_kills_at_random_moments_leave_a_whole_file_and_no_temporaries(
    long_rounds: int, tmp_path: Path
) -> None:
    """SIGKILL at a random moment of `compare --html FILE` (O_TMPFILE on and off): FILE is always
    the earlier report or the whole new one, and the next run leaves no temporary file."""
    target = tmp_path / "report.html"
    started = time.monotonic()
    assert _qdiff("compare", str(SEED), str(Q2), "--html", str(target)).returncode == 0
    took = time.monotonic() - started
    whole = target.read_bytes()
    code = "import sys, qdiff.commands.files as f\n" + (
        "f.USE_O_TMPFILE = sys.argv[1] == 'unnamed'\n"
        "from qdiff.cli import cli\ncli(sys.argv[2:], prog_name='qdiff')\n"
    )
    rng = random.Random(15)
    for round_ in range(long_rounds):
        target.write_bytes(b"earlier")
        mode = ("unnamed", "named")[round_ % 2]
        child = subprocess.Popen(
            [sys.executable, "-c", code, mode, "compare", str(SEED), str(Q2),
             "--html", str(target)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0, took))
        child.kill()
        child.wait(timeout=30)
        kept = target.read_bytes()
        assert kept == b"earlier" or (kept[:200] == whole[:200] and kept.endswith(b"</html>\n"))
        assert len(_temporaries(tmp_path)) <= 1
        assert _qdiff("compare", str(SEED), str(Q2), "--html", str(target)).returncode == 0
        assert _temporaries(tmp_path) == [], f"round {round_} ({mode})"


# ---------------------------------------------------------------------------------------------
# 2. Standard output


STDOUT_COMMANDS = {
    "parse json": ["parse", str(SEED), "--format", "json"],
    "parse text": ["parse", str(SEED)],
    "compare json": ["compare", str(SEED), str(Q2), "--format", "json"],
    "compare text": ["compare", str(SEED), str(Q2)],
    "compare --html -": ["compare", str(SEED), str(Q2), "--html", "-"],
    "show json": ["show", "2021Q1", "--format", "json"],
    "list": ["list"],
    "report --html -": ["report", "--html", "-"],
    "export": ["export"],
    "--version": ["--version"],
    "--help": ["parse", "--help"],
}


@pytest.mark.parametrize("command", list(STDOUT_COMMANDS))
def test_stdout_on_a_full_device_is_one_error_line(
    command: str, archive: str, tmp_path: Path
) -> None:
    full = _device(tmp_path / "full", 7)
    with open(full, "w") as stdout:
        result = _qdiff("--db", archive, *STDOUT_COMMANDS[command], stdout=stdout)
    assert (result.returncode, result.stderr) == (1, STDOUT_FULL)


def test_a_closed_stdout_is_an_error_not_silence() -> None:
    result = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-m", "qdiff", "parse", str(SEED)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == (
        "Error: cannot write to standard output: it is closed; "
        "send the output to a file or a pipe\n"
    )


@pytest.mark.parametrize("command", ["compare --html -", "parse json", "export"])
def test_a_reader_that_leaves_is_no_error(command: str, archive: str) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "qdiff", "--db", archive, *STDOUT_COMMANDS[command]],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert child.stdout is not None and child.stderr is not None
    child.stdout.read(10)
    child.stdout.close()  # `| head -c 10`
    stderr = child.stderr.read()
    child.stderr.close()
    # Quiet is the contract. The status is 1 when a write failed; a single large write that the
    # kernel cut short when the reader left returns normally to Python, so it can be 0.
    assert child.wait(timeout=60) in (0, 1)
    assert stderr == b""


# ---------------------------------------------------------------------------------------------
# 3. Notice text on a terminal

HOSTILE_HEADING = "外防\x1b]0;owned\x07输入\x1b[2J、\x9b31m内防\x7f反弹"


def _hostile_text() -> str:
    """The 2021Q1 notice with an issuer behind a right-to-left override, and escape sequences
    (OSC title, clear screen, a C1 CSI, BEL, DEL) in the first item's heading."""
    text = SEED.read_text(encoding="utf-8")
    text = text.replace("\n上海市杨浦区人民政府\n", "\n\u202e上海市杨浦区人民政府\n", 1)
    assert "\u202e" in text
    hostile = text.replace("1.外防输入、内防反弹。", f"1.{HOSTILE_HEADING}。", 1)
    assert hostile != text
    return hostile


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "notice\x1b[2J.txt"
    path.write_text(_hostile_text(), encoding="utf-8")
    return path


def _active(text: str) -> list[str]:
    return sorted({f"U+{ord(c):04X}" for c in text if c in ACTIVE})


def test_the_parser_warns_of_bidi_controls() -> None:
    notice = parse_notice(_hostile_text())
    found = [w for w in notice.warnings if w.code is WarningCode.BIDI_CONTROL]
    assert [w.line for w in found] == [21]
    assert "U+202E" in found[0].message
    assert not [w for w in parse_notice(SEED.read_text(encoding="utf-8")).warnings
                if w.code is WarningCode.BIDI_CONTROL]  # fmt: skip


def test_text_output_shows_control_characters_instead_of_obeying_them(
    hostile: Path, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    archived = run_cli(url, "archive", str(hostile), str(Q2))
    assert archived.exit_code == 0, archived.output
    outputs = {
        "archive": archived.output,
        "parse": run_cli(None, "parse", str(hostile)).output,
        "show": run_cli(url, "show", "2021Q1").output,
        "log": run_cli(url, "log", "2021Q1").output,
        "list": run_cli(url, "list").output,
        "compare files": run_cli(None, "compare", str(hostile), str(Q2)).output,
        "compare archived": run_cli(url, "compare", "2021Q2", "2021Q1").output,
        "trace": run_cli(url, "trace", "2021Q1:1.1.1").output,
        "report": run_cli(url, "report").output,
        "audit list": run_cli(url, "audit", "list").output,
    }
    for name, output in outputs.items():
        assert output and _active(output) == [], name
    assert "外防␛]0;owned␇输入␛[2J" in outputs["parse"]  # shown, so the reader sees the damage
    assert "notice␛[2J.txt" in outputs["parse"] and "notice␛[2J.txt" in outputs["archive"]
    assert "bidi_control" in outputs["parse"]


def test_json_output_escapes_every_control_character(hostile: Path) -> None:
    result = run_cli(None, "parse", str(hostile), "--format", "json")
    assert result.exit_code == 0
    assert _active(result.output) == []
    assert "\\u001b]0;owned\\u0007" in result.output and "\\u009b31m" in result.output
    data = json.loads(result.output)  # the values are exactly the notice's
    assert data["sections"][0]["items"][0]["heading"] == HOSTILE_HEADING
    assert data["issuer"] == "\u202e上海市杨浦区人民政府"
    compared = run_cli(None, "compare", str(hostile), str(Q2), "--format", "json")
    assert compared.exit_code == 0 and _active(compared.output) == []


def test_a_bidi_control_in_the_issuer_makes_no_second_series(hostile: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    assert run_cli(url, "archive", str(SEED)).exit_code == 0
    result = run_cli(url, "archive", str(hostile))
    assert result.exit_code == 0, result.output
    assert "as 上海市杨浦区人民政府 2021Q1@2 " in result.output
    listed = json.loads(run_cli(url, "list", "--format", "json").output)
    assert [s["key"] for s in listed["series"]] == ["上海市杨浦区人民政府"]


def test_an_error_naming_a_hostile_file_is_one_safe_line(tmp_path: Path) -> None:
    missing = tmp_path / "gone\x1b[2J\nnext.txt"
    result = run_cli(None, "parse", str(missing))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and _active(result.stderr) == []
    assert result.stderr.startswith("Error: ") and "gone␛[2J" in result.stderr


# ---------------------------------------------------------------------------------------------
# 4. What the user got wrong: one line


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--bogus"], "No such option '--bogus'. See `qdiff --help`."),
        (["--debu"], "No such option '--debu'. (Did you mean one of: '--db', '--debug'?) See"),
        (["nosuch"], "No such command 'nosuch'. See `qdiff --help`."),
        (["parse"], "Missing argument 'FILE'. See `qdiff parse --help`."),
        (
            ["parse", "x", "--format", "yaml"],
            "Invalid value for '--format': 'yaml' is not one of 'text', 'json'. "
            "See `qdiff parse --help`.",
        ),
        (["compare", "a"], "Missing argument 'B'. See `qdiff compare --help`."),
        (["report", "--from"], "Option '--from' requires an argument. See `qdiff report --help`."),
        (["audit", "nosuch"], "No such command 'nosuch'. See `qdiff audit --help`."),
        (
            ["audit", "mark", "2021Q1:1.1", "--finding", "maybe"],
            "Invalid value for '--finding': 'maybe' is not one of",
        ),
        (["db", "upgrade", "--now"], "No such option '--now'. See `qdiff db upgrade --help`."),
    ],
)
def test_usage_errors_are_one_line(args: list[str], message: str) -> None:
    result = run_cli(None, *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {message}"), result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.endswith(" --help`.\n")


def test_a_group_without_its_command_still_shows_help() -> None:
    result = run_cli(None, "audit")
    assert "Commands:" in result.output and "mark" in result.output


LONG = "a" * 300


@pytest.fixture
def long_names(tmp_path: Path) -> Iterator[dict[str, str]]:
    yield {"input": str(tmp_path / f"{LONG}.txt"), "output": str(tmp_path / f"{LONG}.html")}


@pytest.mark.parametrize(
    "args",
    [
        ["parse", "{input}"],
        ["compare", str(SEED), "{input}"],
        ["archive", "{input}"],
        ["import", "{input}"],
        ["compare", str(SEED), str(Q2), "--html", "{output}"],
        ["compare", str(SEED), str(Q2), "-o", "{output}"],
        ["report", "--html", "{output}"],
        ["export", "-o", "{output}"],
    ],
)
def test_a_file_name_too_long_is_one_line(
    args: list[str], long_names: dict[str, str], archive: str
) -> None:
    result = run_cli(archive, *(arg.format(**long_names) for arg in args))
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "the file name is too long" in result.stderr, result.stderr
    assert "internal error" not in result.stderr


def test_csv_findings_and_html_on_stdout_show_control_characters_without_obeying_them() -> None:
    """The audit export's CSV and an HTML report sent to stdout may land on a terminal too."""
    from qdiff.output.threads_text import EXPORT_FIELDS, export_csv

    row = dict.fromkeys(EXPORT_FIELDS, "")
    row["text"] = "完成\x1b]0;owned\x07电梯加装\x1b[2J"
    row["note"] = "第一行\n第二行"
    printed = export_csv([row])
    assert "\x1b" not in printed and "\x07" not in printed
    assert "完成␛]0;owned␇电梯加装␛[2J" in printed
    assert "第一行\n第二行" in printed  # a line break inside a quoted field stays one

    hostile = SEED.read_text(encoding="utf-8").replace("外防输入", "外防\x1b[2J输入", 1)
    result = run_cli(None, "compare", "-", str(SEED), "--html", "-", input=hostile)
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "␛[2J" in result.output
