"""Does a report still belong to its audit? The attachment against the printed SHA-256.

A report carries its audit file twice: embedded as an attachment, and as the SHA-256
printed in its appendix (with the framework's version and fingerprint). `verify_report`
reads both with pypdf, and compares them with each other and, when given, with an audit
file. This checks consistency, not authenticity: whoever can change the PDF can change
the attachment and the printed hash together. It never imports WeasyPrint.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.report.i18n import LANGUAGES, TABLES
from kwaliteitslabel.report.visible import visible

HEX = r"([0-9a-f]{64})"
WRAPPED_HEX = r"((?:[0-9a-f]\s?){63}[0-9a-f])"  # a hash as printed, perhaps over two lines
AUDIT_SUFFIXES = (".yaml", ".yml")


@dataclass
class Printed:
    """What the report's appendix prints."""

    audit_sha256: str | None = None
    framework_fingerprint: str | None = None
    framework_version: str | None = None


@dataclass
class Verified:
    report: Path
    attachment: str
    attachment_sha256: str
    printed: Printed
    pinned_version: str | None
    pinned_fingerprint: str | None
    audit: Path | None = None
    audit_sha256: str | None = None
    differences: list[str] = field(default_factory=list)

    @property
    def consistent(self) -> bool:
        """The attachment is the file whose SHA-256 the report prints."""
        return self.printed.audit_sha256 == self.attachment_sha256

    @property
    def matches_audit(self) -> bool | None:
        return None if self.audit is None else self.audit_sha256 == self.attachment_sha256

    @property
    def ok(self) -> bool:
        return self.consistent and self.matches_audit is not False

    def as_json(self) -> dict[str, object]:
        return {
            "report": str(self.report), "ok": self.ok, "consistent": self.consistent,
            "attachment": {"name": self.attachment, "sha256": self.attachment_sha256},
            "printed": {"audit_sha256": self.printed.audit_sha256,
                        "framework_version": self.printed.framework_version,
                        "framework_fingerprint": self.printed.framework_fingerprint},
            "pinned_framework": {"version": self.pinned_version,
                          "fingerprint": self.pinned_fingerprint},
            "audit": None if self.audit is None else {
                "path": str(self.audit), "sha256": self.audit_sha256,
                "matches": self.matches_audit, "differences": self.differences},
            "signature": False,
        }


def _labels(key: str) -> str:
    return "|".join(re.escape(TABLES[lang][key]) for lang in LANGUAGES)


AUDIT_DIGEST = re.compile(rf"(?:{_labels('appendix.audit_digest')})\s*{WRAPPED_HEX}")
FINGERPRINT = re.compile(rf"(?:{_labels('appendix.fingerprint')})\s*{WRAPPED_HEX}")
VERSION = re.compile(rf"(?:{_labels('appendix.framework')})\s+(?:versie|version)\s+(\S+)")


def _joined(text: str) -> str:
    return "".join(text.split())


def _printed(reader: PdfReader) -> Printed:
    """The appendix's hashes, looked for from the last page back."""
    for page in reversed(reader.pages):
        text = " ".join((page.extract_text() or "").split())
        digest = AUDIT_DIGEST.search(text)
        if digest:
            fingerprint, version = FINGERPRINT.search(text), VERSION.search(text)
            return Printed(_joined(digest.group(1)),
                           _joined(fingerprint.group(1)) if fingerprint else None,
                           version.group(1) if version else None)
    return Printed()


PIN = re.compile(r"^framework:[ \t]*\n((?:[ \t]+.*(?:\n|$))+)", re.M)
PIN_VERSION = re.compile(r"^[ \t]+version:[ \t]*['\"]?([^'\"\s#]+)", re.M)
PIN_FINGERPRINT = re.compile(rf"^[ \t]+fingerprint:[ \t]*['\"]?{HEX}", re.M)


def _pin(data: bytes) -> tuple[str | None, str | None]:
    """The framework version and fingerprint the attached audit is pinned to.

    Read with a pattern, not a YAML parser: the attachment of an unknown PDF is not
    trusted, and these two lines are all that is needed from it."""
    block = PIN.search(data.decode("utf-8", "replace"))
    if block is None:
        return None, None
    version = PIN_VERSION.search(block.group(1))
    fingerprint = PIN_FINGERPRINT.search(block.group(1))
    return (version.group(1) if version else None,
            fingerprint.group(1) if fingerprint else None)


def _differences(old: bytes, new: bytes, limit: int = 12) -> list[str]:
    lines = difflib.unified_diff(old.decode("utf-8", "replace").splitlines(),
                                 new.decode("utf-8", "replace").splitlines(),
                                 "bijlage", "auditbestand", n=0, lineterm="")
    changed = [visible(line) for line in lines
               if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    return changed[:limit] + ([f"... en nog {len(changed) - limit} regels"]
                              if len(changed) > limit else [])


def verify_report(report: Path, audit: Path | None = None) -> Verified:
    """Read `report`'s attachment and printed hashes; compare with `audit` if given."""
    try:
        reader = PdfReader(report)
        attachments = {name: contents for name, contents in reader.attachments.items()
                       if name.lower().endswith(AUDIT_SUFFIXES)}
    except (OSError, PdfReadError, ValueError) as error:
        raise InvalidInput(f"{report}: dit is geen leesbare PDF ({error}); geef een rapport "
                           "van kwaliteitslabel op") from None
    if len(attachments) != 1 or len(next(iter(attachments.values()))) != 1:
        count = "geen" if not attachments else "meer dan één"
        raise InvalidInput(f"{report}: het rapport heeft {count} auditbestand als bijlage; "
                           "alleen een rapport van kwaliteitslabel is zo te controleren")
    name, (data,) = next(iter(attachments.items()))
    printed = _printed(reader)
    if printed.audit_sha256 is None:
        raise InvalidInput(f"{report}: in het rapport staat geen SHA-256 van het "
                           "auditbestand (bijlage 'verantwoording'); is dit een rapport van "
                           "kwaliteitslabel?")
    version, fingerprint = _pin(data)
    verified = Verified(report, visible(name), hashlib.sha256(data).hexdigest(), printed,
                        version, fingerprint)
    if audit is not None:
        try:
            given = audit.read_bytes()
        except OSError as error:
            raise InvalidInput(f"{audit}: kan niet gelezen worden ({error.strerror})") \
                from None
        verified.audit, verified.audit_sha256 = audit, hashlib.sha256(given).hexdigest()
        if verified.audit_sha256 != verified.attachment_sha256:
            verified.differences = _differences(data, given)
    return verified
