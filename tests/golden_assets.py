"""The inline stylesheets and scripts of the golden reports, kept apart from the reports.

Every report inlines its CSS and JS, and its Content-Security-Policy allows exactly those bodies
by their sha256. Compared whole, one edit of reports/templates/_assets/ would rewrite every golden
report. So a golden report (tests/golden/*.html) keeps its page with the body of each inline
<style> and <script> replaced by `BODY_SET_ASIDE` and each sha256 of its Content-Security-Policy
replaced by `HASH_SET_ASIDE`; and one asset golden (tests/golden/assets.txt) holds each distinct
body once, which report inlines which, and which body each hash of each policy is the hash of.
A stylesheet edit then changes assets.txt alone; a change anywhere else in a page still changes
that page's golden.

Shared by tests/test_report_golden.py and tests/regenerate_goldens.py, like report_cases.py.
"""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from tests.report_cases import GOLDEN

ASSETS_GOLDEN = GOLDEN / "assets.txt"
BODY_SET_ASIDE = "/* body set aside: see tests/golden/assets.txt */"
HASH_SET_ASIDE = "sha256-(set aside: see tests/golden/assets.txt)"

# The bodies never hold their closing tag (tests/test_report_structure.py and the escaping tests
# check it; notice text is escaped), so the first closing tag ends each one.
_INLINE = re.compile(r"(<(style|script)\b[^>]*>)(.*?)(</\2\s*>)", re.DOTALL | re.IGNORECASE)
_CSP = re.compile(
    r'(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")', re.IGNORECASE
)
_HASH = re.compile(r"sha256-[A-Za-z0-9+/]+={0,2}")


@dataclass(frozen=True)
class Inline:
    tag: str  # "style" or "script"
    body: str

    @property
    def sha256(self) -> str:
        """As a Content-Security-Policy names it: sha256- and the base64 of the digest."""
        digest = hashlib.sha256(self.body.encode("utf-8")).digest()
        return "sha256-" + base64.b64encode(digest).decode("ascii")


@dataclass(frozen=True)
class SetAside:
    page: str  # the report, as its golden file holds it
    inlines: tuple[Inline, ...]  # its <style> and <script> bodies in page order
    policy: tuple[tuple[str, str], ...]  # (directive, hash) of its Content-Security-Policy


def set_aside(html: str) -> SetAside:
    """The report with its inline bodies and its policy's hashes set aside, and what was."""
    inlines: list[Inline] = []

    def body(match: re.Match[str]) -> str:
        inlines.append(Inline(match.group(2).lower(), match.group(3)))
        return match.group(1) + BODY_SET_ASIDE + match.group(4)

    page = _INLINE.sub(body, html)
    policy: list[tuple[str, str]] = []

    def hashes(match: re.Match[str]) -> str:
        for directive in html_lib.unescape(match.group(2)).split(";"):
            name = directive.split()[0] if directive.split() else ""
            policy.extend((name, digest) for digest in _HASH.findall(directive))
        return match.group(1) + _HASH.sub(HASH_SET_ASIDE, match.group(2)) + match.group(3)

    page = _CSP.sub(hashes, page)
    return SetAside(page, tuple(inlines), tuple(policy))


def assets_text(reports: Iterable[tuple[str, SetAside]]) -> str:
    """The asset golden of these (golden file name, set-aside report) pairs, in their order."""
    reports = list(reports)
    distinct: dict[Inline, str] = {}
    users: dict[Inline, int] = {}
    for _, report in reports:
        for inline in report.inlines:
            if inline not in distinct:
                number = 1 + sum(other.tag == inline.tag for other in distinct)
                distinct[inline] = f"<{inline.tag}> {number}"
            users[inline] = users.get(inline, 0) + 1
    by_hash = {inline.sha256: label for inline, label in distinct.items()}
    lines = [
        "# The inline <style> and <script> bodies of the golden reports in this folder, set aside",
        "# from them (tests/golden_assets.py) so that an edit of reports/templates/_assets/",
        "# changes this file only. Written by tests/regenerate_goldens.py; review its diff.",
        "#",
        "# Each report: the bodies it inlines, in page order; then each hash its",
        "# Content-Security-Policy allows, and the body that hash is the hash of.",
        "",
    ]
    for name, report in reports:
        lines.append(f"{name}: {', '.join(distinct[i] for i in report.inlines)}")
        for directive, digest in report.policy:
            lines.append(f"    {directive} '{digest}' = {by_hash.get(digest, 'no inline body')}")
    for inline, label in distinct.items():
        lines += [
            "",
            f"======== {label}: {inline.sha256}, {len(inline.body)} characters, "
            f"inlined by {users[inline]} report(s) ========",
            inline.body,
            f"======== end of {label} ========",
        ]
    return "\n".join(lines) + "\n"
