"""`qdiff archive`: putting notices into the archive, each as a new version."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from qdiff.commands.advice import describe
from qdiff.commands.common import current_user, open_archive
from qdiff.commands.options import KIND_CHOICE, Languages, lang_option, to_kind, to_period
from qdiff.errors import QdiffError
from qdiff.output.terminal import terminal_text
from qdiff.periods import Period

if TYPE_CHECKING:
    from qdiff.load import LoadedNotice
    from qdiff.notice import DocumentKind
    from qdiff.output.words import Language
    from qdiff.store import Archive, ArchiveOutcome


@click.command()
@click.argument("files", metavar="FILE...", nargs=-1, required=True)
@click.option(
    "--series", metavar="NAME", help="File under this series instead of the notice's issuer."
)
@click.option(
    "--period",
    callback=to_period,
    metavar="PERIOD",
    help="The period, for a notice that names none.",
)
@click.option(
    "--force", is_flag=True, help="File under --period even when the notice names another."
)
@click.option(
    "--kind",
    type=KIND_CHOICE,
    callback=to_kind,
    help="What the document is, when qdiff reads it as another kind or as none.",
)
@click.option("--strict", is_flag=True, help="One bad file aborts the lot; nothing is written.")
@click.option(
    "--by", "archived_by", metavar="NAME", help="Who archives (default: $QDIFF_USER or login)."
)
@lang_option()
@click.pass_context
def archive(
    ctx: click.Context,
    files: tuple[str, ...],
    series: str | None,
    period: Period | None,
    force: bool,
    kind: DocumentKind | None,
    strict: bool,
    archived_by: str | None,
    languages: Languages,
) -> None:
    """Archive notice FILEs, each as a new version of its series and period.

    The period comes from the document. Archiving the same bytes again changes nothing and says
    which version they already are; a corrected re-issue becomes the next version. A bad file is
    reported and skipped (exit status 1) unless --strict, which then writes nothing at all.
    """
    from qdiff.app.archiving import archive_file, archiver, link_new_versions
    from qdiff.load import load_path
    from qdiff.output.archive_text import outcome_text, outcomes_summary

    who = archiver(archived_by or current_user())
    store = open_archive(ctx, "write", create=True)
    lang = languages.text
    if strict:
        _archive_strictly(store, files, series, period, force, kind, who, lang)
        return
    failures = 0
    exit_code = 0
    outcomes: list[ArchiveOutcome] = []
    with _progress(len(files)) as advance:
        for file in files:
            try:
                loaded = load_path(file)
                outcome = archive_file(
                    store,
                    loaded,
                    series=series,
                    period=period,
                    force=force,
                    kind=kind,
                    archived_by=who,
                )
            except QdiffError as error:
                failures += 1
                exit_code = max(exit_code, error.exit_code)  # 2 when a file was misnamed
                click.echo(f"Error: {terminal_text(describe(error), one_line=True)}", err=True)
            else:
                outcomes.append(outcome)
                click.echo(outcome_text(outcome, file, lang))
            advance()
    if len(files) > 1:
        click.echo(outcomes_summary(outcomes, failures, lang))
    link_new_versions(store, outcomes)
    ctx.exit(exit_code)


def _archive_strictly(
    store: Archive,
    files: tuple[str, ...],
    series: str | None,
    period: Period | None,
    force: bool,
    kind: DocumentKind | None,
    who: str,
    lang: Language,
) -> None:
    from qdiff.app.archiving import link_new_versions, placement
    from qdiff.load import load_path
    from qdiff.output.archive_text import outcome_text, outcomes_summary

    batch: list[tuple[LoadedNotice, str, Period]] = []
    for file in files:
        try:
            loaded = load_path(file)
            batch.append(
                placement(store, loaded, series=series, period=period, force=force, kind=kind)
            )
        except QdiffError as error:
            strict = QdiffError(f"{describe(error)} (--strict: nothing was archived)")
            strict.exit_code = error.exit_code
            raise strict from error
    # Said before the one transaction starts, so a watcher knows the write has begun.
    from qdiff.output.words import words

    click.echo(words(lang).archive_writing.format(count=len(batch)), err=True)
    outcomes = store.archive_all(batch, archived_by=who)
    for file, outcome in zip(files, outcomes, strict=True):
        click.echo(outcome_text(outcome, file, lang))
    if len(files) > 1:
        click.echo(outcomes_summary(outcomes, 0, lang))
    link_new_versions(store, outcomes)


class _progress:
    """A progress bar on stderr for a terminal; silent when stderr is a file or a pipe."""

    def __init__(self, total: int) -> None:
        from rich.console import Console  # loaded only by `qdiff archive`
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        console = Console(stderr=True)
        self._bar = Progress(
            TextColumn("archiving"), BarColumn(), MofNCompleteColumn(),
            console=console, transient=True, disable=not console.is_terminal or total < 2,
        )  # fmt: skip
        self._task = self._bar.add_task("archiving", total=total)

    def __enter__(self) -> Any:
        self._bar.__enter__()
        return lambda: self._bar.advance(self._task)

    def __exit__(self, *exc: object) -> None:
        self._bar.__exit__(None, None, None)
