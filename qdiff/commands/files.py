"""Writing a command's output file: a file whole or not at all; anything else written into.

What FILE is decides how it is written (`compare --html FILE`, `compare -o FILE`, `report --html
FILE`, `export -o FILE`):

- a regular file, new or not, is replaced whole or not at all, so that a reader (a browser, a
  mail client, a sync tool) never sees half of it and a failure leaves the earlier file as it
  was; a file an existing one replaces keeps its permissions;
- a symbolic link keeps its link: the file it leads to is the one replaced;
- a character device (`/dev/null`, a terminal), a FIFO, or our own standard output
  (`/dev/stdout`, `/dev/fd/1`) is written into, as the shell's `>` would;
- a directory, a block device or a socket is refused as bad usage: no report belongs there.

The bytes of a replacement go into a file without a name (Linux's O_TMPFILE), which gets a name
(`.FILE.PID.XXXXXXXX.tmp`, beside FILE) only once it is whole and synced, and is renamed onto FILE
at once. A kill while writing leaves nothing behind: the kernel frees a file that has no name.
Where the file cannot be named through /proc/self/fd (some sandboxes refuse: EXDEV), the whole
file is copied to the temporary name instead; without O_TMPFILE, the bytes are written under the
temporary name from the start. So a kill can leave a temporary file only in the instant between
naming and renaming, during that copy, or without O_TMPFILE; the next write to FILE removes those
whose process is gone, never one a live writer still holds. (Cleaning up alone would do, but a
nameless file leaves nothing to clean in the common case, and nothing for a reader to trip on.)
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from qdiff.commands.stdout import flush_stdout
from qdiff.errors import NameTooLongError, QdiffError, UsageError

# O_TMPFILE where the platform has it; tests turn it off to write under the temporary name.
USE_O_TMPFILE = hasattr(os, "O_TMPFILE")
_NO_TMPFILE = (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL)  # a file system without it
_NAME_BYTES = 200  # of FILE's name in a temporary name: the whole stays under NAME_MAX (255)


@dataclass(frozen=True)
class _Destination:
    path: Path  # the file to replace, or the path to write into
    replace: bool  # True: replace `path` whole; False: open it and write into it
    mode: int | None = None  # the permissions of the regular file replaced
    descriptor: int | None = None  # one of our own descriptors (`/dev/stdout`) to write into


@contextmanager
def atomic_text_file(target: Path, what: str) -> Iterator[TextIO]:
    """A handle whose text ends up in `target` (see the module: replaced whole, or written
    into). `what` names the file in messages ("report")."""
    destination = _destination(target, what)
    if destination.replace:
        with _replacing(target, destination) as handle:
            yield handle
    else:
        with _writing_into(target, destination) as handle:
            yield handle


def write_text_atomically(target: Path, text: str, what: str = "report") -> None:
    """Write a report (or a comparison's text) to `target` whole or not at all."""
    with atomic_text_file(target, what) as handle:
        handle.write(text)


def _destination(target: Path, what: str) -> _Destination:
    try:
        status: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        status = None  # a new file, or a link to where one goes
    except OSError as error:
        raise _cannot_write(target, error) from None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise UsageError(f"{target} is a directory; give a file name for the {what}")
    own = _own_descriptor(target)
    if own is not None:
        return _Destination(target, replace=False, descriptor=own)
    if status is None or stat.S_ISREG(status.st_mode):
        mode = stat.S_IMODE(status.st_mode) if status is not None else None
        return _Destination(Path(os.path.realpath(target)), replace=True, mode=mode)
    if stat.S_ISCHR(status.st_mode) or stat.S_ISFIFO(status.st_mode):
        return _Destination(target, replace=False)
    kind = (
        "block device"
        if stat.S_ISBLK(status.st_mode)
        else "socket"
        if stat.S_ISSOCK(status.st_mode)
        else "special file"
    )
    raise UsageError(f"{target} is a {kind}; give a file name for the {what}")


def _own_descriptor(target: Path) -> int | None:
    """N when `target` leads, through symbolic links, to /proc/self/fd/N (as /dev/stdout and
    /dev/fd/N do): one of our own descriptors, to write into rather than replace what it names."""
    path = os.path.abspath(target)
    ours = os.path.realpath("/proc/self/fd")
    for _ in range(40):  # the kernel's own limit on links followed
        try:
            link = os.readlink(path)
        except OSError:
            return None
        folder, name = os.path.split(path)
        folder = os.path.realpath(folder)
        if folder == ours and name.isdigit():
            return int(name)
        path = os.path.join(folder, link)
    return None


@contextmanager
def _writing_into(target: Path, destination: _Destination) -> Iterator[TextIO]:
    try:
        if destination.descriptor is not None:
            flush_stdout()  # what qdiff printed before comes first
            descriptor = os.dup(destination.descriptor)
        else:  # a FIFO waits here for its reader, as the shell's `>` does
            descriptor = os.open(destination.path, os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as error:
        raise _cannot_write(target, error) from None
    handle = os.fdopen(descriptor, "w", encoding="utf-8", newline="\n")
    try:
        yield handle
        handle.flush()
    except OSError as error:
        raise _cannot_write(target, error) from None
    finally:
        _close(handle)


@contextmanager
def _replacing(target: Path, destination: _Destination) -> Iterator[TextIO]:
    final = destination.path
    folder = final.parent
    _remove_stale_temporaries(folder, final.name)
    try:
        descriptor, temporary = _create(folder, final.name)
    except OSError as error:
        raise _cannot_write(target, error) from None
    handle = os.fdopen(descriptor, "w", encoding="utf-8", newline="\n")
    try:
        yield handle
        handle.flush()
        if destination.mode is not None:
            os.fchmod(descriptor, destination.mode)
        os.fsync(descriptor)
        if temporary is None:
            temporary = _name(descriptor, folder, final.name)
        os.replace(temporary, final)
        temporary = None
        _sync_folder(folder)
    except BaseException as error:
        if temporary is not None:
            _remove(temporary)
        if isinstance(error, OSError):
            raise _cannot_write(target, error) from None
        raise
    finally:
        _close(handle)


def _create(folder: Path, name: str) -> tuple[int, Path | None]:
    """A file to write in `folder`: without a name where the file system allows (the path is
    None), else under a temporary name of this process."""
    if USE_O_TMPFILE and os.path.isdir("/proc/self/fd"):  # naming it later goes through /proc
        try:
            flags = os.O_TMPFILE | os.O_RDWR | os.O_CLOEXEC  # read back if it cannot be named
            return os.open(folder, flags, 0o666), None  # the umask applies, as to any new file
        except OSError as error:
            if error.errno not in _NO_TMPFILE:
                raise
    return _create_named(folder, name)


def _create_named(folder: Path, name: str) -> tuple[int, Path]:
    while True:
        temporary = folder / _temporary_name(name)
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue


def _name(descriptor: int, folder: Path, name: str) -> Path:
    """Give the nameless file a temporary name beside its target: a link to it, or where the
    system refuses one, a synced copy of it."""
    while True:
        temporary = folder / _temporary_name(name)
        try:
            os.link(f"/proc/self/fd/{descriptor}", temporary, follow_symlinks=True)
            return temporary
        except FileExistsError:
            continue
        except OSError:
            break
    copy, temporary = _create_named(folder, name)
    try:
        offset = 0
        while chunk := os.pread(descriptor, 1 << 20, offset):
            offset += len(chunk)
            rest = memoryview(chunk)
            while rest:
                rest = rest[os.write(copy, rest) :]
        os.fchmod(copy, stat.S_IMODE(os.fstat(descriptor).st_mode))
        os.fsync(copy)
    except BaseException:
        _remove(temporary)
        raise
    finally:
        os.close(copy)
    return temporary


def _temporary_name(name: str) -> str:
    return f".{_stem(name)}.{os.getpid()}.{os.urandom(4).hex()}.tmp"


def _stem(name: str) -> str:
    """FILE's name as temporary names carry it: cut to fit beside the process id."""
    while len(os.fsencode(name)) > _NAME_BYTES:
        name = name[:-1]
    return name


def _remove_stale_temporaries(folder: Path, name: str) -> None:
    """Remove the temporary files of `name` that a killed writer left: `.NAME.PID.XXXXXXXX.tmp`
    whose process is gone, and `.NAME.XXXXXXXX.tmp` (of qdiff before PIDs were in the name) from
    before this process started."""
    prefix = f".{_stem(name)}."
    try:
        entries = [e for e in os.listdir(folder) if e.startswith(prefix) and e.endswith(".tmp")]
    except OSError:
        return  # the write itself will say what is wrong with the folder
    for entry in entries:
        middle = entry[len(prefix) : -len(".tmp")]
        pid, dot, token = middle.partition(".")
        path = folder / entry
        if dot and pid.isdigit() and len(token) == 8 and _is_hex(token):
            stale = _writer_gone(int(pid), path)
        elif not dot and len(middle) == 8:  # tempfile.mkstemp's names
            stale = _modified_before(path, _started(os.getpid()))
        else:
            continue
        if stale:
            _remove(path)


def _writer_gone(pid: int, path: Path) -> bool:
    """Whether the process that wrote `path` is gone: none has its id, or the one that has it
    started after the file was last written (the id was reused)."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass  # alive, and another user's
    started = _started(pid)
    return started is not None and _modified_before(path, started - 1)


def _modified_before(path: Path, moment: float | None) -> bool:
    if moment is None:
        return False
    try:
        return os.stat(path).st_mtime < moment
    except OSError:
        return False


def _started(pid: int) -> float | None:
    """When process `pid` started (seconds since the epoch), from /proc; None if unknown."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stream:
            fields = stream.read().rpartition(")")[2].split()
        with open("/proc/stat", encoding="ascii", errors="replace") as stream:
            boot = next(int(line.split()[1]) for line in stream if line.startswith("btime "))
        return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start, in ticks
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def _is_hex(text: str) -> bool:
    return all(char in "0123456789abcdef" for char in text)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; a file system that cannot sync a folder is let be."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return
    with suppress(OSError):
        os.fsync(descriptor)
    os.close(descriptor)


def _remove(path: Path) -> None:
    with suppress(OSError):
        os.unlink(path)


def _close(handle: TextIO) -> None:
    # A failed flush was reported already; the descriptor is closed regardless.
    with suppress(OSError):
        handle.close()


def _cannot_write(target: Path, error: OSError) -> QdiffError:
    if error.errno == errno.ENAMETOOLONG:
        return NameTooLongError(target)
    return QdiffError(f"cannot write {target}: {error.strerror or type(error).__name__}")
