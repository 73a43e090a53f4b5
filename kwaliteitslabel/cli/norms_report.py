"""`kwaliteitslabel norms report [DIR]`: the framework as a booklet (PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from kwaliteitslabel.cli.options import LangOption
from kwaliteitslabel.cli.output import err, out
from kwaliteitslabel.words import help_text, word


def report(
    folder: Annotated[Path | None, typer.Argument(
        metavar="[DIR]", help=help_text("help.norms.report.folder"),
        show_default=False)] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help=help_text("help.norms.report.output"), show_default=False)] = None,
    lang: LangOption = "nl",
    since: Annotated[Path | None, typer.Option(
        "--since", metavar="OLD",
help=help_text("help.norms.report.since"), show_default=False)] = None,
) -> None:
    from kwaliteitslabel.framework import locate
    from kwaliteitslabel.framework.load import load_framework

    framework = locate.load_chosen(folder)
    older = load_framework(locate.resolve_folder(since)) if since is not None else None
    from kwaliteitslabel.report.booklet import booklet_path, make_booklet  # WeasyPrint

    target = booklet_path(framework, output, lang)
    with err.status(word("cli.norms_report.making", version=escape(framework.version))):
        made = make_booklet(framework, target, lang=lang, since=older)
    extra = word("cli.norms_report.since", since=escape(made.since)) if made.since else ""
    out.print("[green]✓[/green] " + word("cli.norms_report.made", output=escape(str(made.output)),
                                         pages=made.pages, version=escape(made.version),
                                         since=extra))
