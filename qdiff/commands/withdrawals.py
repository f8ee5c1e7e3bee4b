"""`qdiff withdraw` and `qdiff restore`: keeping the archive clean without losing anything."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from qdiff.commands.common import current_user, open_archive
from qdiff.commands.options import series_option
from qdiff.output.terminal import terminal_text

if TYPE_CHECKING:
    from qdiff.app.withdrawals import Changed

_TARGET = "PERIOD@V|PERIOD|SERIES"
reason_option = click.option(
    "--reason", required=True, metavar="TEXT", help="Why (kept in the archive with the change)."
)
by_option = click.option(
    "--by", "recorded_by", metavar="NAME", help="Who does it (default: $QDIFF_USER or login)."
)


@click.command()
@click.argument("target", metavar=_TARGET)
@reason_option
@by_option
@series_option
@click.pass_context
def withdraw(
    ctx: click.Context, target: str, reason: str, recorded_by: str | None, series: str | None
) -> None:
    """Withdraw a version (2021Q2@1), every version of a period (2021Q2) or a whole series.

    Nothing is deleted or changed: the withdrawal is appended, the version stays archived,
    exported and shown by `list` and `log` (marked withdrawn, with the reason), and `compare`
    (of a period), `report`, `trace` and `audit` leave it out. `qdiff restore` reverses it.
    """
    _run(ctx, "withdraw", target, reason, recorded_by, series)


@click.command()
@click.argument("target", metavar=_TARGET)
@reason_option
@by_option
@series_option
@click.pass_context
def restore(
    ctx: click.Context, target: str, reason: str, recorded_by: str | None, series: str | None
) -> None:
    """Restore what `qdiff withdraw` withdrew: a version, a period's versions or a series.

    Restoring is appended too, so the archive keeps both the withdrawal and its reversal.
    """
    _run(ctx, "restore", target, reason, recorded_by, series)


def _run(
    ctx: click.Context,
    action_name: str,
    target: str,
    reason: str,
    recorded_by: str | None,
    series: str | None,
) -> None:
    from qdiff.app.withdrawals import Action, set_withdrawn

    action = Action(action_name)
    who = recorded_by or current_user()
    store = open_archive(ctx, "write")
    changed = set_withdrawn(store, action, target, series=series, reason=reason, recorded_by=who)
    click.echo(terminal_text(_said(changed, reason.strip()), one_line=True))


def _said(changed: Changed, reason: str) -> str:
    from qdiff.app.withdrawals import Action

    what = (
        f"the series {changed.series}"
        if changed.whole_series
        else f"{changed.series} {', '.join(info.name for info in changed.versions)}"
    )
    if changed.action is Action.WITHDRAW:
        return (
            f"withdrew {what} ({reason}): kept, exported and shown by `list` and `log`; left "
            "out of compare, report, trace and audit until `qdiff restore`"
        )
    return f"restored {what} ({reason})"
