"""Headless Chromium from Debian (/usr/bin/chromium) driven by Playwright, as the report tests
and bench/report_speed.py and bench/lineage_report_speed.py use it: never a browser that
Playwright downloads."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Page

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


def wait_until(page: Page, expression: str, timeout: float = 10.0) -> None:
    """Wait until a JavaScript expression is true in the page, asking it again and again.

    Not Playwright's wait_for_function: it evaluates its predicate with eval() in the page, which
    the reports' Content-Security-Policy forbids (script-src by hash only): Playwright 1.65
    raised that EvalError once the predicate had to be asked a second time. page.evaluate
    runs the expression from outside the page, where the policy does not apply."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        time.sleep(0.05)


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


class Watched:
    """A page with every console message, page error and request it caused."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda message: self.console.append((message.type, message.text)))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("request", lambda request: self.requests.append(request.url))

    @property
    def complaints(self) -> list[str]:
        """Page errors, and console errors and warnings: a clean report has none."""
        return self.errors + [text for kind, text in self.console if kind in ("error", "warning")]


def colour_count(path: Path) -> int:
    """How many colours a screenshot holds: a blank or unstyled page has very few."""
    from PIL import Image

    with Image.open(path) as image:
        return len(image.convert("RGB").getcolors(maxcolors=1_000_000) or [])


def page_fill(pdf: bytes, top_margin: float = 34.0, bottom_margin: float = 37.0) -> list[float]:
    """How far down each printed page its text reaches, as a share of the page's text area
    (0 empty, 1 full); the running head and page number in the margins do not count. Margins
    are in points: the reports print with @page margins of 12 mm (34 pt) and 13 mm (37 pt)."""
    import io

    from pypdf import PdfReader

    fills = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        height = float(page.mediabox.top)
        heights = _text_heights(page, bottom_margin, height - top_margin)
        area = height - top_margin - bottom_margin
        fills.append(round((height - top_margin - min(heights)) / area, 2) if heights else 0.0)
    return fills


def _text_heights(page: Any, low: float, high: float) -> list[float]:
    """The heights (in points from the bottom) of the page's text between `low` and `high`."""
    heights: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and low < y < high:
            heights.append(y)

    page.extract_text(visitor_text=visit)
    return heights


def page_texts(pdf: bytes) -> list[str]:
    """Each printed page's text, without spaces, NFKC-folded: the CJK fonts map some characters
    to compatibility forms (一 as the radical ⼀) that read back as other code points."""
    import io
    import unicodedata

    from pypdf import PdfReader

    return [
        "".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]
