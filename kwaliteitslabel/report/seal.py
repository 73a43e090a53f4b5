"""The seal: what `verify` reads, put where an audit's own text cannot imitate it.

After the PDF is finished, its XMP metadata gets four properties in the namespace
`urn:kwaliteitslabel:verify:1` (declared as a PDF/A extension schema):

- `auditSha256`: the SHA-256 of the attached audit file, as the appendix prints it;
- `frameworkVersion`, `frameworkFingerprint`: the framework the audit is pinned to;
- `contentSha256`: the SHA-256 of every object of the PDF but the XMP itself
  (`report/pdfdigest.py`), so that an object changed afterwards no longer matches.

The page text is for people; `verify` reads only these. Like the printed hash this is
consistency, not authenticity: whoever knows how can recompute the seal.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
from dataclasses import dataclass

import pikepdf

from kwaliteitslabel.report.pdfdigest import content_digest
from kwaliteitslabel.report.pdfsave import save_without_cr

NAMESPACE = "urn:kwaliteitslabel:verify:1"
FIELDS = ("auditSha256", "frameworkVersion", "frameworkFingerprint", "contentSha256")

SCHEMA = f"""<rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>kwaliteitslabel verify</pdfaSchema:schema>
<pdfaSchema:namespaceURI>{NAMESPACE}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>klverify</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq>{"".join(
    f'<rdf:li rdf:parseType="Resource"><pdfaProperty:name>{name}</pdfaProperty:name>'
    '<pdfaProperty:valueType>Text</pdfaProperty:valueType>'
    '<pdfaProperty:category>internal</pdfaProperty:category>'
    f'<pdfaProperty:description>{name} as kwaliteitslabel verify reads it'
    '</pdfaProperty:description></rdf:li>' for name in FIELDS)}</rdf:Seq>
</pdfaSchema:property>
</rdf:li>""".encode()

HEX = re.compile(r"[0-9a-f]{64}")
PIN = re.compile(r"^framework:[ \t]*\n((?:[ \t]+.*(?:\n|$))+)", re.M)
PIN_VERSION = re.compile(r"^[ \t]+version:[ \t]*['\"]?([^'\"\s#]+)", re.M)
PIN_FINGERPRINT = re.compile(r"^[ \t]+fingerprint:[ \t]*['\"]?([0-9a-f]{64})", re.M)


@dataclass
class Seal:
    """What the tool wrote into the report's XMP."""

    audit_sha256: str | None = None
    framework_version: str | None = None
    framework_fingerprint: str | None = None
    content_sha256: str | None = None


def pin(data: bytes) -> tuple[str | None, str | None]:
    """The framework version and fingerprint an (untrusted) audit file is pinned to.

    Read with a pattern, not a YAML parser: these two lines are all that is needed."""
    block = PIN.search(data.decode("utf-8", "replace"))
    if block is None:
        return None, None
    version = PIN_VERSION.search(block.group(1))
    fingerprint = PIN_FINGERPRINT.search(block.group(1))
    return (version.group(1) if version else None,
            fingerprint.group(1) if fingerprint else None)


def _xmp(xmp: bytes, seal: Seal) -> bytes:
    values = (seal.audit_sha256, seal.framework_version, seal.framework_fingerprint,
              seal.content_sha256)
    attributes = " ".join(f'klverify:{name}="{html.escape(value)}"'
                          for name, value in zip(FIELDS, values, strict=True)
                          if value is not None)
    description = (f'<rdf:Description rdf:about="" xmlns:klverify="{NAMESPACE}" '
                   f'{attributes}/>\n').encode()
    if b"</rdf:Bag></pdfaExtension:schemas>" in xmp:
        xmp = xmp.replace(b"</rdf:Bag></pdfaExtension:schemas>",
                          SCHEMA + b"</rdf:Bag></pdfaExtension:schemas>", 1)
    return xmp.replace(b"</rdf:RDF>", description + b"</rdf:RDF>", 1)


def seal(data: bytes, attachment: bytes | None) -> bytes:
    """`data` (a finished PDF) with the seal in its XMP; nothing else changes."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        version, fingerprint = pin(attachment) if attachment is not None else (None, None)
        facts = Seal(hashlib.sha256(attachment).hexdigest() if attachment is not None
                     else None, version, fingerprint, content_digest(pdf))
        metadata = pdf.Root.Metadata
        metadata.write(_xmp(metadata.read_bytes(), facts))
        return save_without_cr(pdf, fix_metadata_version=False)


# The element as `_xmp` writes it: it starts with '<', which no text in the XMP can hold
# unescaped, so an organisation's name cannot plant one.
ELEMENT = re.compile(r'<rdf:Description\b([^<>]*)/>')
ATTRIBUTE = re.compile(r'klverify:(\w+)="([^"]*)"')


def read_seal(xmp: bytes) -> Seal | None:
    """The seal in an XMP packet, or None when there is none."""
    elements = [attributes for attributes in ELEMENT.findall(xmp.decode("utf-8", "replace"))
                if f'xmlns:klverify="{NAMESPACE}"' in attributes]
    if len(elements) != 1:
        return None
    found = {name: html.unescape(value) for name, value in ATTRIBUTE.findall(elements[0])}
    hexes = {name: found.get(name) for name in ("auditSha256", "frameworkFingerprint",
                                                 "contentSha256")}
    if any(value is not None and not HEX.fullmatch(value) for value in hexes.values()):
        return None
    return Seal(hexes["auditSha256"], found.get("frameworkVersion"),
                hexes["frameworkFingerprint"], hexes["contentSha256"])
