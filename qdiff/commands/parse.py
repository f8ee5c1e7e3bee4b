"""`qdiff parse`: one file, no database."""

from __future__ import annotations

import click

from qdiff.commands.options import Languages, lang_option, output_format


@click.command()
@click.argument("file", metavar="FILE")
@output_format
@lang_option()
def parse(file: str, output_format: str, languages: Languages) -> None:
    """Parse one notice FILE (text, HTML, .docx or PDF; - for stdin) and print its structure.

    The outline lists sections, items, lead units, task counts and every warning; --format json
    prints the parse contract documented in README.md.
    """
    from qdiff.align.limits import size_problem
    from qdiff.load import load_path

    loaded = load_path(file)
    problem = size_problem(loaded.notice)
    if problem is not None:  # parsed all the same: reading it is fast, aligning it is not
        name = loaded.source.name or file
        click.echo(
            f"warning: {name} holds {problem}; qdiff will not compare or archive it", err=True
        )
    if output_format == "json":
        from qdiff.output.terminal import json_text
        from qdiff.serialize import notice_to_dict

        click.echo(json_text(notice_to_dict(loaded.notice)))
    else:
        from qdiff.output.outline import format_outline

        click.echo(format_outline(loaded.notice, loaded.source.name, languages.text))
