"""README.md documents every command, every option and every setting.

Commands and options are found by walking the click tree from `qdiff.cli` through its
`list_commands`/`get_command` (however the commands are loaded); each command needs a row of
"## Command reference" (a table row whose first cell is `qdiff ...`, or the usage line
`qdiff [--db URL] ...` for the top level), and each of its options its long name in that row.
A row names alternatives with `\\|`: `qdiff db upgrade \\| current \\| check` documents three
commands. Settings are the fields of `Settings`; each must appear in the README's "Settings"
section. That every command has help text is checked in tests/test_cli.py.

What the README is known to lack is listed in KNOWN_GAPS: those checks are expected to fail
(strict: once the README has them, drop them from the list), and any other gap fails outright.
The self-tests at the end run the same checks on mutated copies of the README, so that a check
that can no longer fail is noticed.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from pathlib import Path

import click
import pytest

from qdiff.cli import cli

try:
    from qdiff.align.settings import Settings
except ImportError:  # the module may move; the package keeps exporting it
    from qdiff.align import Settings

README = Path(__file__).resolve().parent.parent / "README.md"
Words = tuple[str, ...]  # a command's words after `qdiff`: ("audit", "mark")


class ReadmeGap(AssertionError):
    """A gap of the README that KNOWN_GAPS lists: the test is an expected failure."""


# Options and settings the README does not document yet (for its owner to add).
KNOWN_GAPS: dict[Words | str, set[str]] = {}


# The commands, from the click tree --------------------------------------------------------------
def commands(
    group: click.Group = cli, path: Words = (), parent: click.Context | None = None
) -> dict[Words, click.Command]:
    """Every visible command under `group`, the group itself first, by path."""
    context = click.Context(group, info_name=path[-1] if path else "qdiff", parent=parent)
    found: dict[Words, click.Command] = {path: group}
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        assert command is not None, f"qdiff {' '.join((*path, name))} does not load"
        if command.hidden:
            continue
        if isinstance(command, click.Group):
            found.update(commands(command, (*path, name), context))
        else:
            found[(*path, name)] = command
    return found


def long_names(command: click.Command) -> list[str]:
    """The name each visible option is documented by: its first long name (else its first)."""
    names = []
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            long = [opt for opt in param.opts if opt.startswith("--")]
            names.append((long or param.opts)[0])
    return names


# The README ---------------------------------------------------------------------------------------
def section(readme: str, title: str) -> str:
    """The text under the heading `title` (any level) up to the next heading as high or higher."""
    match = re.search(rf"^(#+) {re.escape(title)}\s*$", readme, re.MULTILINE)
    assert match, f"README.md has no heading {title!r}"
    level = len(match.group(1))
    end = re.compile(rf"^#{{1,{level}}} ", re.MULTILINE).search(readme, match.end())
    return readme[match.end() : end.start() if end else len(readme)]


_ROW = re.compile(r"^\|\s*`(qdiff\b[^`]*)`.*$", re.MULTILINE)  # | `qdiff parse FILE ...` | ...
_USAGE = re.compile(r"^ {4}(qdiff\b.*)$", re.MULTILINE)  # the indented usage line
_WORD = re.compile(r"[a-z][a-z-]*")


def paths_of(cell: str) -> set[Words]:
    """The commands a row's first cell documents: its leading lowercase words after `qdiff`,
    with `a \\| b` as alternatives ("qdiff db upgrade \\| current" -> db upgrade, db current)."""
    words: list[list[str]] = []
    tokens = cell.split()[1:]
    i = 0
    while i < len(tokens) and _WORD.fullmatch(tokens[i]):
        words.append([tokens[i]])
        i += 1
        while i + 1 < len(tokens) and tokens[i] in ("\\|", "|") and _WORD.fullmatch(tokens[i + 1]):
            words[-1].append(tokens[i + 1])
            i += 2
    return set(itertools.product(*words))


def reference_rows(readme: str) -> list[tuple[set[Words], str]]:
    """(commands documented, the whole row) for each row of "## Command reference"."""
    text = section(readme, "Command reference")
    cells = [(m.group(1), m.group(0)) for m in _ROW.finditer(text)]
    cells += [(m.group(1), m.group(0)) for m in _USAGE.finditer(text)]
    return [(paths_of(cell), row) for cell, row in cells]


def undocumented_commands(readme: str, found: dict[Words, click.Command]) -> list[str]:
    """`qdiff PATH` of each command no row documents (a group: no row of any subcommand)."""
    documented = set().union(*(paths for paths, _ in reference_rows(readme)))
    missing = []
    for path, command in found.items():
        if isinstance(command, click.Group) and path:
            ok = any(other[: len(path)] == path for other in documented)
        else:
            ok = path in documented
        if not ok:
            missing.append(" ".join(("qdiff", *path)))
    return missing


def undocumented_options(readme: str, path: Words, command: click.Command) -> set[str]:
    """The long names of the command's options that none of its rows mentions."""
    rows = "\n".join(row for paths, row in reference_rows(readme) if path in paths)
    return {
        name
        for name in long_names(command)
        if not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", rows)
    }


def undocumented_settings(readme: str) -> set[str]:
    """The fields of Settings that the README's Settings section does not name."""
    text = section(readme, "Settings")
    return {
        field.name
        for field in dataclasses.fields(Settings)
        if not re.search(rf"(?<!\w){re.escape(field.name)}(?!\w)", text)
    }


def check(what: Words | str, missing: set[str]) -> None:
    """Fails outright on a gap KNOWN_GAPS does not list, as an expected failure on one it does."""
    known = KNOWN_GAPS.get(what, set())
    where = " ".join(("qdiff", *what)) if isinstance(what, tuple) else what
    assert missing <= known, f"README.md does not document {sorted(missing - known)} ({where})"
    assert missing == known, f"README.md now documents {sorted(known - missing)}: update KNOWN_GAPS"
    if missing:
        raise ReadmeGap(f"README.md does not document {sorted(missing)} ({where})")


def _gap(what: Words | str) -> list[pytest.MarkDecorator]:
    if what not in KNOWN_GAPS:
        return []
    reason = f"README.md does not document {', '.join(sorted(KNOWN_GAPS[what]))}"
    return [pytest.mark.xfail(strict=True, raises=ReadmeGap, reason=reason)]


# The checks ---------------------------------------------------------------------------------------
COMMANDS = commands()


def test_every_command_has_a_row() -> None:
    missing = undocumented_commands(README.read_text(encoding="utf-8"), COMMANDS)
    assert not missing, f"README.md's command reference has no row for {missing}"


@pytest.mark.parametrize(
    "path",
    [pytest.param(path, marks=_gap(path)) for path in COMMANDS],
    ids=[" ".join(("qdiff", *path)) for path in COMMANDS],
)
def test_every_option_is_in_its_commands_row(path: Words) -> None:
    readme = README.read_text(encoding="utf-8")
    check(path, undocumented_options(readme, path, COMMANDS[path]))


@pytest.mark.parametrize("what", [pytest.param("settings", marks=_gap("settings"))])
def test_every_setting_is_documented(what: str) -> None:
    check(what, undocumented_settings(README.read_text(encoding="utf-8")))


def test_the_tree_is_walked_whole() -> None:
    """The walk reaches nested groups and the commands loaded on demand."""
    assert {("audit", "mark"), ("audit", "list"), ("db", "upgrade"), ("db", "current")} <= set(
        COMMANDS
    )
    assert "--lang" in long_names(COMMANDS[("compare",)])
    assert dataclasses.fields(Settings), "Settings has no fields"


# Self-tests: each check fails on a README that lacks what it checks ------------------------------
def _mutated(old: str, new: str, *, within: str = "") -> str:
    """The README with `old` replaced by `new` (only on lines containing `within`)."""
    readme = README.read_text(encoding="utf-8")
    lines = readme.splitlines(keepends=True)
    changed = [line.replace(old, new) if within in line else line for line in lines]
    assert changed != lines, f"{old!r} is not in README.md any more: pick another mutation"
    return "".join(changed)


def test_self_a_missing_command_is_found() -> None:
    before = set(undocumented_commands(README.read_text(encoding="utf-8"), COMMANDS))
    after = set(undocumented_commands(_mutated("`qdiff verify`", "`qdiff verity`"), COMMANDS))
    assert after - before == {"qdiff verify"}


def test_self_an_alternative_of_a_row_counts_and_can_be_missing() -> None:
    assert paths_of("qdiff db upgrade \\| current \\| check") == {
        ("db", "upgrade"), ("db", "current"), ("db", "check")
    }  # fmt: skip
    assert paths_of("qdiff trace REF\\|TEXT [--series S]") == {("trace",)}
    assert paths_of("qdiff [--db URL] [--debug] [--version] COMMAND") == {()}
    before = set(undocumented_commands(README.read_text(encoding="utf-8"), COMMANDS))
    readme = _mutated("\\| current \\|", "\\| curent \\|", within="`qdiff db ")
    assert set(undocumented_commands(readme, COMMANDS)) - before == {"qdiff db current"}


def _newly_undocumented(readme: str, path: Words) -> set[str]:
    before = undocumented_options(README.read_text(encoding="utf-8"), path, COMMANDS[path])
    return undocumented_options(readme, path, COMMANDS[path]) - before


def test_self_a_missing_option_is_found_in_its_own_row() -> None:
    # --lang stays in the row of `qdiff report`, which must not count for `qdiff compare`.
    readme = _mutated("--lang", "--language", within="`qdiff compare ")
    assert _newly_undocumented(readme, ("compare",)) == {"--lang"}
    assert _newly_undocumented(readme, ("report",)) == set()
    # The top level's options are read from the usage line, not from the prose below it.
    readme = _mutated("[--debug] ", "", within="qdiff [--db URL]")
    assert _newly_undocumented(readme, ()) == {"--debug"}


def test_self_a_missing_setting_is_found() -> None:
    before = undocumented_settings(README.read_text(encoding="utf-8"))
    after = undocumented_settings(_mutated("`task_move`", "`task_moves`"))
    assert after - before == {"task_move"}


def test_self_a_known_gap_is_an_expected_failure_and_a_new_one_a_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(KNOWN_GAPS, ("parse",), {"--format"})
    with pytest.raises(ReadmeGap):
        check(("parse",), {"--format"})
    with pytest.raises(AssertionError) as failure:
        check(("parse",), {"--format", "--lang"})
    assert failure.type is AssertionError and "--lang" in str(failure.value)
    with pytest.raises(AssertionError, match="update KNOWN_GAPS") as failure:
        check(("parse",), set())
    monkeypatch.delitem(KNOWN_GAPS, ("parse",))
    check(("parse",), set())
