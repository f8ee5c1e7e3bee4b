"""The Jinja2 environment of the reports, and the stylesheet and script inlined into each one.

Autoescape is on for every template and undefined names raise: notice text is untrusted input
(a mirror site can put anything in it), and a misspelt name must fail the tests, not print "".
The report is one file with everything inlined, and its Content-Security-Policy allows exactly
that inlined style and script (by hash) and nothing else, so that the file can never load
anything from anywhere, even if a notice's text slipped past the escaping.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from qdiff.reports.common.textdiff import Redline
from qdiff.reports.common.xref import Xref

HERE = Path(__file__).resolve().parent.parent  # the templates of both reports sit beside them
TEMPLATES = HERE / "templates"
ASSETS = TEMPLATES / "_assets"


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.tests["xref"] = lambda value: isinstance(value, Xref)
    env.tests["redline"] = lambda value: isinstance(value, Redline)
    return env


@cache
def asset(name: str) -> Markup:
    """A stylesheet or script to inline. Markup: it is our own file, and escaping would break
    its quotes; it never holds `</style>` or `</script>` (tests check)."""
    return Markup((ASSETS / name).read_text(encoding="utf-8"))


def content_security_policy(style: str, script: str) -> str:
    """Nothing may load but the inline style and script with exactly these contents."""
    return "; ".join(
        (
            "default-src 'none'",
            f"style-src '{_sha256(style)}'",
            f"script-src '{_sha256(script)}'",
            "img-src 'none'",
            "font-src 'none'",
            "connect-src 'none'",
            "form-action 'none'",
            "base-uri 'none'",
        )
    )


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")
