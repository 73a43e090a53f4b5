"""What the certificate shows, as plain text in one language (no WeasyPrint here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kwaliteitslabel import __version__
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.audit.scoring import Result
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.framework.standing import adopted_by_commission, text_standing
from kwaliteitslabel.report.label import label_svg
from kwaliteitslabel.report.source_words import status_word
from kwaliteitslabel.words.texts import Texts


@dataclass(frozen=True)
class CertificateContext:
    lang: str
    title: str
    subject: str
    organisation: str
    scope: str
    statement: str
    facts: list[tuple[str, str]]
    label_svg: str
    signed_by: str
    signatories: list[str]
    generated: str
    created: str  # ISO 8601, the PDF's creation date
    valid_until: str
    number: str
    tool: str
    audit_digest: str
    framework_version: str
    framework_status: str
    fingerprint: str
    granted_to: str = ""
    verify_line: str = ""


def certificate_context(loaded: LoadedAudit, result: Result, *, lang: str = "nl",
                        today: dt.date | None = None) -> CertificateContext:
    """The certificate of an audit whose certificate the commission granted; otherwise
    `InvalidInput` saying what is missing."""
    t = Texts(lang)
    audit, decision = loaded.audit, result.decision
    if result.status == "verlopen" and result.valid_until is not None:
        raise InvalidInput(f"{loaded.path}: het certificaat verliep op {result.valid_until}; "
                           "een nieuw certificaat volgt op een heraudit en een nieuw besluit")
    if result.status != "gecertificeerd" or decision is None or result.valid_until is None:
        raise InvalidInput(f"{loaded.path}: er is geen certificaat: "
                           f"{_why_not(result, loaded.path)}")
    if not decision.number:
        raise InvalidInput(f"{loaded.path}: het besluit heeft geen certificaatnummer; leg het "
                           f"vast met 'kwaliteitslabel audit decide {loaded.path} --granted "
                           "--date ... --by ... --number NUMMER --force'")
    today = today or dt.date.today()
    if result.valid_until < today:
        raise InvalidInput(f"{loaded.path}: het certificaat verliep op {result.valid_until}; "
                           "een nieuw certificaat volgt op een heraudit en een nieuw besluit")
    if audit.sanction is not None:
        raise InvalidInput(f"{loaded.path}: het label is {audit.sanction.kind} op "
                           f"{audit.sanction.date} ({audit.sanction.reason}); er is geen "
                           "geldig certificaat")
    valid = t.date(result.valid_until)
    facts = [(t("certificate.number"), decision.number or t("certificate.no_number")),
             (t("certificate.decided"), t.date(decision.date)),
             (t("certificate.valid_until"), valid),
             (t("certificate.body"), audit.certifying_body or ""),
             (t("certificate.dates"), t.period(audit.dates.start, audit.dates.end)),
             (t("certificate.framework"), t(
                 "certificate.framework_value" if adopted_by_commission(loaded.framework)
                 else "certificate.framework_value_own", version=loaded.framework.version,
                 status=status_word(t, loaded.framework)))]
    alt = t("label_alt.stamped", until=t("label_until", date=valid))
    return CertificateContext(
        lang=lang,
        title=t("certificate.title_meta", organisation=audit.organisation),
        subject=t("certificate.subject", organisation=audit.organisation, date=valid),
        organisation=audit.organisation,
        scope=audit.scope,
        statement=t("certificate.statement", version=loaded.framework.version,
                    source=t(f"source_short.{text_standing(loaded.framework)}")),
        facts=facts,
        label_svg=label_svg(stamped=True, title=alt, valid_until=result.valid_until),
        signed_by=decision.by,
        signatories=list(decision.signed_by),
        generated=t.date(today), tool=f"kwaliteitslabel {__version__}",
        created=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        valid_until=valid, number=decision.number or t("certificate.no_number"),
        granted_to=t("certificate.granted_to"), verify_line=t("certificate.verify_line"),
        audit_digest=loaded.document.digest, framework_version=loaded.framework.version,
        framework_status=status_word(t, loaded.framework),
        fingerprint=loaded.framework.fingerprint)


def _why_not(result: Result, path: object) -> str:
    if result.status == "concept":
        missing = "; ".join(check.text() for check in result.missing)
        return ("de audit is nog niet klaar, of het besluit geldt niet"
                + (f" ({missing})" if missing else "")
                + "; zie 'audit check'")
    if result.status == "advies_positief":
        return ("het advies is positief, maar de beheercommissie heeft nog niet besloten; "
                f"leg het besluit vast met 'kwaliteitslabel audit decide {path} --granted "
                "--date ... --by ... --number ...'")
    if result.status == "afgewezen":
        return "de beheercommissie heeft het certificaat niet toegekend"
    if result.status == "advies_negatief":
        return "het advies aan de beheercommissie is negatief"
    if result.status in ("geregistreerd", "niet_geregistreerd", "leerrapport"):
        return ("een intercollegiale toetsing leidt tot registratie, niet tot een certificaat "
                f"({result.route})")
    return f"deze route leidt niet tot een certificaat ({result.route})"
