"""The commission's PDF signature (PAdES, pyHanko) on a certificate, and its check.

The commission signs with the Ed25519 key that signs its decisions; the X.509
certificate the signature carries is made from that key on the spot (self-signed, named
after the key), so that any PDF reader can show the signature and check that nothing
changed after it. Trust comes from the keyring, not from the certificate: `check` accepts
a signature only when its public key is one of the keyring's. Any change after signing,
an incremental update included, leaves the signature covering less than the whole file,
and `check` says so.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID

from kwaliteitslabel.audit import signing
from kwaliteitslabel.audit.signing import PublicKey, key_id
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.words import word

FIELD_NAME = "BesluitBeheercommissie"


def _certificate(key: Ed25519PrivateKey, name: str) -> x509.Certificate:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name[:64]),
                         x509.NameAttribute(NameOID.SERIAL_NUMBER, key_id(key.public_key()))])
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(int(key_id(key.public_key()), 16))
            .not_valid_before(dt.datetime(2016, 12, 1, tzinfo=dt.UTC))
            .not_valid_after(dt.datetime(2099, 12, 31, tzinfo=dt.UTC))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, True, False, False, False, True, False, False,
                                         False), critical=True)
            .sign(key, None))


def _signers() -> Any:
    """pyHanko's signers, without its import-time warning about DSA (which we never use)."""
    from cryptography.utils import CryptographyDeprecationWarning

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "DSA is deprecated", CryptographyDeprecationWarning)
        from pyhanko.sign import signers
    return signers


def sign_with(data: bytes, framework: Framework, key_file: Path, reason: str) -> bytes:
    """`data` signed with the commission's key in `key_file`, which must be one of the
    framework's keyring (a key the commission does not sign with signs nothing)."""
    private = signing.load_private(key_file)
    ident = key_id(private.public_key())
    known = signing.keyring(signing.keyring_of(framework)).get(ident)
    if known is None:
        raise InvalidInput(word("report.pades.unknown_key", ident=ident))
    return sign_pdf(data, private, known.name, reason)


def _classic_layout(data: bytes) -> bytes:
    """`data` with a cross-reference table instead of streams of objects: pyHanko then
    appends its update with a table too, and no stream it compresses (whose bytes depend
    on the offsets) can end in a carriage return (see `pdfsave`)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        out = io.BytesIO()
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable,
                 fix_metadata_version=False)
    return out.getvalue()


def sign_pdf(data: bytes, key: Ed25519PrivateKey, name: str, reason: str) -> bytes:
    """`data` with the commission's PAdES signature over the whole file."""
    from asn1crypto import keys as asn1_keys  # type: ignore[import-untyped]
    from asn1crypto import x509 as asn1_x509
    signers = _signers()
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    certificate = asn1_x509.Certificate.load(
        _certificate(key, name).public_bytes(serialization.Encoding.DER))
    private = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=certificate, signing_key=private,
                                  cert_registry=SimpleCertificateStore())  # type: ignore[no-untyped-call]
    writer = IncrementalPdfFileWriter(io.BytesIO(_classic_layout(data)))
    meta = signers.PdfSignatureMetadata(field_name=FIELD_NAME, reason=reason, name=name,
                                        subfilter=fields.SigSeedSubFilter.PADES)
    return bytes(signers.sign_pdf(writer, meta, signer=signer).getvalue())


State = Literal["none", "valid", "changed", "unknown_key", "bad"]


@dataclass(frozen=True)
class PdfSignature:
    state: State
    key: PublicKey | None = None
    key_id: str | None = None

    @property
    def ok(self) -> bool:
        return self.state in ("none", "valid")

    def text(self) -> str:
        if self.state == "none":
            return word("report.pades.none")
        if self.state == "valid" and self.key is not None:
            return word("report.pades.valid", ident=self.key.word)
        if self.state == "changed":
            return word("report.pades.changed")
        if self.state == "unknown_key":
            return word("report.pades.unknown_signer", ident=self.key_id)
        return word("report.pades.bad")


def check(data: bytes, keys: dict[str, PublicKey]) -> PdfSignature:
    """The commission's signature in a PDF: whose, and whether it covers the whole file."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from pyhanko.pdf_utils.reader import PdfFileReader

    _signers()
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    quiet = logging.getLogger("pyhanko")
    level, quiet.level = quiet.level, logging.CRITICAL  # its diff analysis logs tracebacks
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        ours = [sig for sig in reader.embedded_signatures if sig.field_name == FIELD_NAME]
        if not ours:
            return PdfSignature("none")
        signature = ours[-1]
        certificate = signature.signer_cert
        public = serialization.load_der_public_key(certificate.public_key.dump())
        if not isinstance(public, Ed25519PublicKey):
            return PdfSignature("bad")
        ident = key_id(public)
        known = keys.get(ident)
        if known is None:
            return PdfSignature("unknown_key", key_id=ident)
        status = validate_pdf_signature(
            signature, ValidationContext(trust_roots=[certificate], allow_fetching=False))
        if not (status.intact and status.valid):
            return PdfSignature("bad", known, ident)
        if status.coverage is None or status.coverage.name != "ENTIRE_FILE" \
                or len(reader.embedded_signatures) != len(ours):
            return PdfSignature("changed", known, ident)
        return PdfSignature("valid", known, ident)
    except Exception:  # a damaged signature of any kind is a bad signature
        return PdfSignature("bad")
    finally:
        quiet.level = level
