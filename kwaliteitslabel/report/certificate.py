"""The certificate: one page with the stamped label, only after a granted decision."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kwaliteitslabel import atomic, yamlio
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.scoring import evaluate
from kwaliteitslabel.errors import InvalidInput
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
    with the key that signed the decision."""
    from kwaliteitslabel.audit import signing

    private = signing.load_private(key) if key is not None else None
    loaded = load_audit(source, norms)
    result = evaluate(loaded.framework, loaded.audit)
    context = certificate_context(loaded, result, lang=lang)
    signer = None
    if private is not None:
        signer = signing.keyring(signing.keyring_of(loaded.framework)).get(
            signing.key_id(private.public_key()))
        if signer is None:
            raise InvalidInput(f"--key: de sleutel {signing.key_id(private.public_key())} "
                               "staat niet in de sleutelbos van het normenkader; met deze "
                               "sleutel ondertekent de commissie niet")
    target = pdf_target(f"{source.stem}-certificaat", output, lang)
    check_writable(target)
    data = yamlio.read_bytes(source)
    rendered = render_pdf(render_certificate_html(context), lang=lang, draft=False,
                          attachment=data, attachment_name=source.name)
    if rendered.refused:  # the template never asks for anything else: this is a bug
        raise RuntimeError(f"the certificate asked for URLs that are not assets: "
                           f"{rendered.refused[:5]}")
    pdf = rendered.pdf
    if private is not None and signer is not None:
        from kwaliteitslabel.report.pades import sign_pdf

        pdf = sign_pdf(pdf, private, signer.name,
                       reason=f"Besluit van de {result.decision.by if result.decision else ''}")
    atomic.write(target, pdf, doing="het certificaat opslaan")
    assert result.decision is not None and result.valid_until is not None
    return Certificate(target, result.decision.number, result.valid_until)
