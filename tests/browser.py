"""Headless Chromium from Debian (/usr/bin/chromium) driven by Playwright, as the report tests
and bench/report_speed.py use it: never a browser that Playwright downloads."""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
# No sandbox: CI runs as root in a container. The rest keeps Chromium from calling home, so
# that the only request a test sees is the report itself.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


# Set by .ci/run after it installed the browser: there a missing browser is a failure.
REQUIRED = "QDIFF_REQUIRE_BROWSER"


def missing_reason() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return (
            f"{CHROMIUM} is missing; install Debian's browser and CJK fonts with "
            "`apt-get install -y chromium fonts-noto-cjk` (.ci/run does)"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed; `pip install -e '.[test]'` brings it"
    return None
