"""`kwaliteitslabel verify REPORT.pdf [AUDIT.yaml]`: does a report still match its audit?"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from kwaliteitslabel.cli.options import JsonOption
from kwaliteitslabel.cli.output import out, print_json
from kwaliteitslabel.words import help_text, word

if TYPE_CHECKING:
    from kwaliteitslabel.report.pades import PdfSignature

def _framework(version: str | None, fingerprint: str | None) -> str:
    unknown = word("cli.verify.unknown")
    return word("cli.verify.framework", version=escape(version or unknown),
                fingerprint="sha256:" + fingerprint if fingerprint else unknown)


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
        ok = "[green]✓[/green] "
        attachment = escape(result.attachment)
        out.print(word("cli.verify.report", report=escape(str(report))))
        if result.consistent:
            out.print(ok + word("cli.verify.consistent", attachment=attachment,
                                sha256=result.attachment_sha256))
        else:
            out.print(f"[red]{word('cli.verify.inconsistent', attachment=attachment)}[/red]")
            out.print(word("cli.verify.printed", sha256=printed.audit_sha256))
            out.print(word("cli.verify.attached", sha256=result.attachment_sha256))
        for finding in result.findings:
            changed = word("cli.verify.changed", finding=escape(finding.message))
            out.print(f"[red]{changed}[/red]")
        if result.unchanged:
            out.print(ok + word("cli.verify.unchanged"))
        if result.audit is not None:
            audit_file = escape(str(result.audit))
            if result.matches_audit:
                out.print(ok + word("cli.verify.matches_audit", audit=audit_file))
            else:
                differs = word("cli.verify.differs_from_audit", audit=audit_file,
                               sha256=result.audit_sha256)
                out.print(f"[red]{differs}[/red]")
                for line in result.differences:
                    out.print(f"    {escape(line)}")
        shown = _framework(printed.framework_version, printed.framework_fingerprint)
        out.print(word("cli.verify.framework_printed", framework=shown))
        if (result.pinned_version, result.pinned_fingerprint) != \
                (printed.framework_version, printed.framework_fingerprint):
            pinned = _framework(result.pinned_version, result.pinned_fingerprint)
            out.print(word("cli.verify.framework_attached", framework=pinned))
        if signature.state == "none":
            out.print(word("cli.verify.not_a_signature"))
        else:
            mark = "[green]✓[/green]" if signature.ok else "[red]✗[/red]"
            out.print(f"{mark} " + word("cli.verify.signature", text=escape(signature.text())),
                      soft_wrap=True)
    if not result.ok or not signature.ok:
        raise typer.Exit(1)


def _pdf_signature(report: Path) -> PdfSignature:
    """The commission's PDF signature, checked against the keyrings this machine knows."""
    from kwaliteitslabel.audit.signing import known_keys
    from kwaliteitslabel.report.pades import check

    return check(report.read_bytes(), known_keys())
