"""The certificate: one page with the stamped label, only after a granted decision."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kwaliteitslabel import atomic, yamlio
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.scoring import evaluate
from kwaliteitslabel.report.certificate_context import certificate_context
from kwaliteitslabel.report.paths import check_writable, pdf_target
from kwaliteitslabel.report.render import render_pdf
from kwaliteitslabel.report.templating import render_certificate_html


@dataclass
class Certificate:
    output: Path
    number: str | None
    valid_until: dt.date


def make_certificate(source: Path, output: Path | None, *, lang: str = "nl",
                     norms: Path | None = None, key: Path | None = None) -> Certificate:
    """The certificate of a granted decision; with `key`, signed by the commission (PAdES)
    with the key that signs its decisions."""
    loaded = load_audit(source, norms)
    result = evaluate(loaded.framework, loaded.audit)
    context = certificate_context(loaded, result, lang=lang)
    target = pdf_target(f"{source.stem}-certificaat", output, lang)
    check_writable(target)
    data = yamlio.read_bytes(source)
    rendered = render_pdf(render_certificate_html(context), lang=lang, draft=False,
                          attachment=data, attachment_name=source.name)
    if rendered.refused:  # the template never asks for anything else: this is a bug
        raise RuntimeError(f"the certificate asked for URLs that are not assets: "
                           f"{rendered.refused[:5]}")
    pdf = rendered.pdf
    if key is not None:
        from kwaliteitslabel.report.pades import sign_with

        by = result.decision.by if result.decision else ""
        pdf = sign_with(pdf, loaded.framework, key, reason=f"Besluit van de {by}")
    atomic.write(target, pdf, doing="het certificaat opslaan")
    assert result.decision is not None and result.valid_until is not None
    return Certificate(target, result.decision.number, result.valid_until)
