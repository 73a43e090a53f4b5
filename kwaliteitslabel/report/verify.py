"""Does a report still belong to its audit, and is it still the PDF the tool wrote?

A report carries its audit file as an attachment, and in its XMP metadata the seal
(`report/seal.py`): the attachment's SHA-256, the framework it is pinned to, and a
digest of every other object of the PDF. `verify_report` reads the PDF with pikepdf,
within the limits of `report/pdfopen.py`, and runs the checks in `CHECKS` one after the
other; each adds what it finds. The page text is never read: an audit's own words can
imitate anything printed there. This checks consistency, not authenticity: whoever can
change the PDF and knows how can change the attachment and the seal together. It never
imports WeasyPrint.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf

from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.limits import MAX_FILE_BYTES
from kwaliteitslabel.report.pdfdigest import TooComplex, content_digest
from kwaliteitslabel.report.pdfopen import open_pdf, read_pdf, read_regular
from kwaliteitslabel.report.seal import pin, read_seal
from kwaliteitslabel.report.visible import visible
from kwaliteitslabel.words import word

AUDIT_SUFFIXES = (".yaml", ".yml")
MAX_XMP_BYTES = 1024 * 1024


@dataclass
class Printed:
    """What the report says about its audit (the seal in its XMP, as the appendix prints)."""

    audit_sha256: str | None = None
    framework_fingerprint: str | None = None
    framework_version: str | None = None


@dataclass
class Finding:
    """One thing that is not as the tool wrote it; `code` is stable for scripts."""

    code: str
    message: str


@dataclass
class Verified:
    report: Path
    attachment: str = ""
    attachment_sha256: str = ""
    printed: Printed = field(default_factory=Printed)
    pinned_version: str | None = None
    pinned_fingerprint: str | None = None
    audit: Path | None = None
    audit_sha256: str | None = None
    differences: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def consistent(self) -> bool:
        """The attachment is the file whose SHA-256 the report carries."""
        return self.printed.audit_sha256 == self.attachment_sha256

    @property
    def unchanged(self) -> bool:
        """Nothing was added to or changed in the PDF after the tool wrote it."""
        return not self.findings

    @property
    def matches_audit(self) -> bool | None:
        return None if self.audit is None else self.audit_sha256 == self.attachment_sha256

    @property
    def ok(self) -> bool:
        return self.consistent and self.unchanged and self.matches_audit is not False

    def as_json(self) -> dict[str, object]:
        return {
            "report": str(self.report), "ok": self.ok, "consistent": self.consistent,
            "unchanged": self.unchanged,
            "changes": [{"code": item.code, "message": item.message}
                        for item in self.findings],
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


@dataclass
class Source:
    """The report as read: its bytes, the opened PDF and the seal's content digest."""

    path: Path
    data: bytes
    pdf: pikepdf.Pdf
    attachment: bytes = b""


def bounded_bytes(stream: pikepdf.Object | None, limit: int, what: str, path: Path) -> bytes:
    """A stream's data, decompressed to at most `limit` bytes (no compression bomb)."""
    if not isinstance(stream, pikepdf.Stream):
        raise InvalidInput(word("report.verify.stream_missing", path=path, what=what))
    filters = stream.get("/Filter")
    raw = stream.read_raw_bytes()
    if filters is None:
        data = raw
    elif filters == pikepdf.Name.FlateDecode:
        inflate = zlib.decompressobj()
        try:
            data = inflate.decompress(raw, limit + 1)
        except zlib.error:
            raise InvalidInput(word("report.verify.stream_broken", path=path,
                                    what=what)) from None
        params = stream.get("/DecodeParms")
        if params is not None and len(data) <= limit:
            # a PNG predictor over one row, which the finishing step uses so that the
            # compressed data never ends in CR or LF (PDF/A); its size is known by now
            if not isinstance(params, pikepdf.Dictionary) or \
                    int(params.get("/Predictor", 1)) < 10:
                raise InvalidInput(word("report.verify.stream_coding", path=path, what=what))
            data = stream.read_bytes()
    else:
        raise InvalidInput(word("report.verify.stream_filters", path=path, what=what,
                                filters=filters))
    if len(data) > limit:
        raise InvalidInput(word("report.verify.stream_big", path=path, what=what,
                                size=limit // 1024))
    return data


STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*\Z")


def check_revisions(source: Source, verified: Verified) -> None:
    """The tool writes one revision: one cross-reference section, ending the file.

    An incremental update (what a PDF editor appends: changed objects, a new
    cross-reference pointing back with /Prev) or anything after the final %%EOF is a
    change made after the tool wrote the report."""
    tail = STARTXREF.search(source.data[-1024:])
    if tail is None:
        verified.findings.append(Finding(
            "trailing-data", word("report.verify.trailing_data")))
    if "/Prev" in source.pdf.trailer:
        verified.findings.append(Finding(
            "incremental-update", word("report.verify.incremental_update")))


def check_seal(source: Source, verified: Verified) -> None:
    """Read the seal from the XMP and compare its digest with the PDF's own."""
    metadata = source.pdf.Root.get("/Metadata")
    seal = read_seal(bounded_bytes(metadata, MAX_XMP_BYTES, word("report.verify.xmp"),
                                   source.path)) if metadata is not None else None
    if seal is None or seal.audit_sha256 is None or seal.content_sha256 is None:
        raise InvalidInput(word("report.verify.no_seal", path=source.path))
    verified.printed = Printed(seal.audit_sha256, seal.framework_fingerprint,
                               seal.framework_version)
    try:
        actual = content_digest(source.pdf)
    except TooComplex as error:
        raise InvalidInput(word("report.verify.too_complex", path=source.path,
                                error=error)) from None
    except (pikepdf.PdfError, RuntimeError, RecursionError) as error:
        raise InvalidInput(word("report.verify.broken", path=source.path,
                                error=str(error)[:200])) from None
    if actual != seal.content_sha256:
        verified.findings.append(Finding(
            "changed-objects", word("report.verify.changed_objects")))


def check_attachment(source: Source, verified: Verified) -> None:
    """The one audit file in the catalog's associated files, and its SHA-256."""
    files = source.pdf.Root.get("/AF")
    specs = list(files) if isinstance(files, pikepdf.Array) and len(files) < 10 else []
    audits = [spec for spec in specs if isinstance(spec, pikepdf.Dictionary)
              and str(spec.get("/UF", spec.get("/F", ""))).lower().endswith(AUDIT_SUFFIXES)]
    if len(audits) != 1:
        key = "report.verify.no_attachment" if not audits else "report.verify.attachments"
        raise InvalidInput(word(key, path=source.path))
    spec = audits[0]
    embedded = spec.get("/EF", pikepdf.Dictionary()).get("/F")
    data = bounded_bytes(embedded, MAX_FILE_BYTES, word("report.verify.attached_audit"),
                         source.path)
    verified.attachment = visible(str(spec.get("/UF", spec.get("/F", ""))))
    verified.attachment_sha256 = hashlib.sha256(data).hexdigest()
    verified.pinned_version, verified.pinned_fingerprint = pin(data)
    source.attachment = data


# The checks in order; a signature check is one more function of this shape.
CHECKS: list[Callable[[Source, Verified], None]] = [check_revisions, check_seal,
                                                    check_attachment]


def _differences(old: bytes, new: bytes, limit: int = 12) -> list[str]:
    lines = difflib.unified_diff(old.decode("utf-8", "replace").splitlines(),
                                 new.decode("utf-8", "replace").splitlines(),
                                 "bijlage", "auditbestand", n=0, lineterm="")
    changed = [visible(line) for line in lines
               if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    return changed[:limit] + ([word("report.verify.more_lines", count=len(changed) - limit)]
                              if len(changed) > limit else [])


FIRST_EOF = re.compile(rb"startxref\s+\d+\s+%%EOF\r?\n?")


def signed_after(data: bytes) -> bytes | None:
    """The revision the tool wrote, when the only thing after it is a PDF signature.

    A PAdES signature (`report/pades.py`) is itself an incremental update. The checks
    here then run on the revision before it, and the signature's own check (which the
    CLI runs) must find that it covers the whole file, with a key of the commission."""
    first = FIRST_EOF.search(data)
    if first is None or first.end() >= len(data):
        return None
    rest = data[first.end():]
    if b"/ByteRange" not in rest or b"/Sig" not in rest:
        return None
    return data[:first.end()]


def verify_report(report: Path, audit: Path | None = None) -> Verified:
    """Run `CHECKS` on `report`; compare its attachment with `audit` if given."""
    given = read_regular(audit, MAX_FILE_BYTES, "een auditbestand") if audit else None
    data, pdf = read_pdf(report)
    unsigned = signed_after(data)
    if unsigned is not None:
        pdf.close()
        data, pdf = unsigned, open_pdf(report, unsigned)
    with pdf:
        source = Source(report, data, pdf)
        verified = Verified(report)
        try:
            for check in CHECKS:
                check(source, verified)
        except (pikepdf.PdfError, RuntimeError, RecursionError) as error:
            raise InvalidInput(word("report.verify.broken_give", path=report,
                                    error=str(error)[:200])) from None
    if audit is not None and given is not None:
        verified.audit, verified.audit_sha256 = audit, hashlib.sha256(given).hexdigest()
        if verified.audit_sha256 != verified.attachment_sha256:
            verified.differences = _differences(source.attachment, given)
    return verified
