"""`kwaliteitslabel certificate FILE`: the one-page certificate, after a granted decision."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from kwaliteitslabel.cli.errors import reports_errors
from kwaliteitslabel.cli.options import LangOption, NormsOption
from kwaliteitslabel.cli.output import err, out
from kwaliteitslabel.words import help_text


@reports_errors
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

    with err.status(f"Certificaat maken van {escape(str(file))} ..."):
        made = make_certificate(file, output, lang=lang, norms=norms, key=key)
    number = f" {escape(made.number)}" if made.number else ""
    words = SUMMARY_WORDS[lang]
    out.print(f"[green]✓[/green] {escape(str(made.output))} ({words['certificate']}{number}, "
              f"{words['valid_until']} {made.valid_until}"
              + (f", {words['signed']}" if key else "") + ")")


# The summary line in the certificate's language, as `report` says its own.
SUMMARY_WORDS = {
    "nl": {"certificate": "certificaat", "valid_until": "geldig tot",
           "signed": "ondertekend door de commissie"},
    "en": {"certificate": "certificate", "valid_until": "valid until",
           "signed": "signed by the commission"},
}
