"""The wheel ships store/, reports/ and migrations/ under the qdiff import name, and nothing else
at the top level (STYLE.md: never a generic top-level `store` or `reports`)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    (wheel,) = out.glob("qdiff-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_every_module_of_each_room_ships_under_qdiff(wheel_names: set[str]) -> None:
    rooms = {"qdiff": "qdiff", "store": "qdiff/store", "reports": "qdiff/reports"}
    rooms["migrations"] = "qdiff/migrations"
    for room, package in rooms.items():
        for source in (ROOT / room).rglob("*.py"):
            shipped = f"{package}/{source.relative_to(ROOT / room).as_posix()}"
            assert shipped in wheel_names, f"{source.relative_to(ROOT)} is missing from the wheel"


def test_nothing_else_at_the_top_of_the_wheel(wheel_names: set[str]) -> None:
    tops = {name.split("/", 1)[0] for name in wheel_names}
    assert {top for top in tops if not top.endswith(".dist-info")} == {"qdiff"}


def test_report_templates_and_assets_ship(wheel_names: set[str]) -> None:
    """The report renders from files next to its code: every template, partial, stylesheet and
    script must be in the wheel, or an installed qdiff cannot write a report."""
    templates = ROOT / "reports" / "templates"
    shipped = [path for path in templates.rglob("*") if path.is_file()]
    assert {path.suffix for path in shipped} >= {".html", ".css", ".js"}
    for source in shipped:
        name = f"qdiff/reports/{source.relative_to(ROOT / 'reports').as_posix()}"
        assert name in wheel_names, f"{source.relative_to(ROOT)} is missing from the wheel"


def test_the_demo_notices_ship(wheel_names: set[str]) -> None:
    """`qdiff demo` archives notices that ship with the package: an installed qdiff has no
    fixtures/ folder to read them from."""
    bundled = sorted(path.name for path in (ROOT / "qdiff" / "demo").glob("*.txt"))
    assert len(bundled) == 5
    for name in [*bundled, "README.md"]:
        assert f"qdiff/demo/{name}" in wheel_names, f"qdiff/demo/{name} is missing from the wheel"
