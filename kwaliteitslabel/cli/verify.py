"""`kwaliteitslabel verify REPORT.pdf [AUDIT.yaml]`: does a report still match its audit?"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from kwaliteitslabel.cli.errors import reports_errors
from kwaliteitslabel.cli.options import JsonOption
from kwaliteitslabel.cli.output import out, print_json
from kwaliteitslabel.words import help_text

if TYPE_CHECKING:
    from kwaliteitslabel.report.pades import PdfSignature

NOT_A_SIGNATURE = (
    "Let op: dit is een controle op samenhang, geen handtekening. Wie het rapport kan "
    "wijzigen, kan de bijlage en de afgedrukte SHA-256 samen vervangen; vergelijk de "
    "SHA-256 daarom ook met wat de auditoren u apart hebben gegeven.")


def _framework(version: str | None, fingerprint: str | None) -> str:
    return (f"{escape(version or 'onbekend')}, vingerafdruk "
            f"{'sha256:' + fingerprint if fingerprint else 'onbekend'}")


@reports_errors
def verify(
    report: Annotated[Path, typer.Argument(metavar="REPORT.pdf", readable=False,
                                           help=help_text("help.verify.report"))],
    audit: Annotated[Path | None, typer.Argument(readable=False,
        metavar="[AUDIT.yaml]", help=help_text("help.verify.audit"),
        show_default=False)] = None,
    as_json: JsonOption = False,
) -> None:
    from kwaliteitslabel.report.verify import verify_report

    result = verify_report(report, audit)
    signature = _pdf_signature(report)
    if as_json:
        print_json({**result.as_json(), "commission_signature": {
            "state": signature.state, "ok": signature.ok, "text": signature.text(),
            "key": signature.key_id}})
    else:
        printed = result.printed
        out.print(f"Rapport: {escape(str(report))}")
        if result.consistent:
            out.print(f"[green]✓[/green] De bijlage {escape(result.attachment)} heeft de "
                      f"SHA-256 die het rapport afdrukt: {result.attachment_sha256}")
        else:
            out.print(f"[red]✗ De bijlage {escape(result.attachment)} is niet het bestand "
                      "waarvan het rapport de SHA-256 afdrukt:[/red]")
            out.print(f"    afgedrukt: {printed.audit_sha256}")
            out.print(f"    bijlage:   {result.attachment_sha256}")
        for finding in result.findings:
            out.print(f"[red]✗ Gewijzigd na het schrijven: {escape(finding.message)}.[/red]")
        if result.unchanged:
            out.print("[green]✓[/green] De PDF is nog precies zoals kwaliteitslabel hem schreef "
                      "(één revisie, inhoud gelijk aan de controlegegevens).")
        if result.audit is not None:
            if result.matches_audit:
                out.print(f"[green]✓[/green] {escape(str(result.audit))} is precies de "
                          "bijlage van het rapport.")
            else:
                out.print(f"[red]✗ {escape(str(result.audit))} is niet de bijlage van het "
                          f"rapport (SHA-256 {result.audit_sha256}). Verschil (- bijlage, "
                          "+ auditbestand):[/red]")
                for line in result.differences:
                    out.print(f"    {escape(line)}")
        shown = _framework(printed.framework_version, printed.framework_fingerprint)
        out.print(f"  Normenkader volgens het rapport: {shown}")
        if (result.pinned_version, result.pinned_fingerprint) != \
                (printed.framework_version, printed.framework_fingerprint):
            out.print(f"  Normenkader volgens de bijlage:  "
                      f"{_framework(result.pinned_version, result.pinned_fingerprint)}")
        if signature.state == "none":
            out.print(NOT_A_SIGNATURE)
        else:
            mark = "[green]✓[/green]" if signature.ok else "[red]✗[/red]"
            out.print(f"{mark} Handtekening: {escape(signature.text())}", soft_wrap=True)
    if not result.ok or not signature.ok:
        raise typer.Exit(1)


def _pdf_signature(report: Path) -> PdfSignature:
    """The commission's PDF signature, checked against the keyrings this machine knows."""
    from kwaliteitslabel.audit.signing import known_keys
    from kwaliteitslabel.report.pades import check

    return check(report.read_bytes(), known_keys())
