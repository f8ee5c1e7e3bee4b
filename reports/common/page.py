"""What every report's page starts from: its language checked, its inline stylesheets with the
printed edition's running head and page X/Y, its script, and the Content-Security-Policy that
allows exactly those."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markupsafe import Markup

from qdiff import __version__
from qdiff.errors import UsageError
from qdiff.reports.common.environment import asset, content_security_policy
from qdiff.reports.common.print_css import print_css
from qdiff.reports.common.strings import LANGUAGES, Labels, Language


def language_of(lang: str) -> Language:
    if lang not in LANGUAGES:
        raise UsageError(f"the report's language is one of {', '.join(LANGUAGES)}, not '{lang}'")
    return "zh" if lang == "zh" else "en"


def page_basics(
    labels: Labels, stylesheets: Sequence[str], running_head: str, scripts: Sequence[str] = ()
) -> dict[str, Any]:
    """The template context every page has: `t`, `version`, `css`, `js` and `csp`."""
    style = Markup("\n").join(asset(name) for name in stylesheets)
    style += print_css(running_head, labels.strings["page_of"])
    script = Markup("\n").join(asset(name) for name in scripts)
    return {
        "t": labels,
        "version": __version__,
        "css": style,
        "js": script,
        "csp": content_security_policy(style, script),
    }
