"""`kwaliteitslabel certificate FILE`: the one-page certificate, after a granted decision."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from kwaliteitslabel.cli.options import LangOption, NormsOption
from kwaliteitslabel.cli.output import err, out
from kwaliteitslabel.words import help_text, word, word_in


def certificate(
    file: Annotated[Path, typer.Argument(metavar="FILE", help=help_text("help.audit_file"),
                                         readable=False)],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help=help_text("help.certificate.output"),
        show_default=False)] = None,
    lang: LangOption = "nl",
    norms: NormsOption = None,
    key: Annotated[Path | None, typer.Option(
        "--key", help=help_text("help.certificate.key"), show_default=False)] = None,
) -> None:
    from kwaliteitslabel.report.certificate import make_certificate  # WeasyPrint from here on

    with err.status(word("cli.certificate.making", file=escape(str(file)))):
        made = make_certificate(file, output, lang=lang, norms=norms, key=key)
    number = f" {escape(made.number)}" if made.number else ""
    # the summary in the certificate's language, as `report` says its own
    out.print(f"[green]✓[/green] {escape(str(made.output))} "
              f"({word_in(lang, 'cli.certificate.certificate')}{number}, "
              f"{word_in(lang, 'cli.certificate.valid_until')} {made.valid_until}"
              + (f", {word_in(lang, 'cli.certificate.signed')}" if key else "") + ")")
