"""The commission's keys and its signature on a decision (Ed25519, `cryptography`).

The commission keeps its private key to itself; its public keys sit in a keyring, the
folder `sleutels/` beside the framework's versions (e.g. `norms/sleutels/`), one YAML
file per key. The keyring is outside every framework's print, so adding a key never
orphans an audit. A decision is signed over its print (`basis.basis_of`), which covers
the audit and the decision's own words: a hand edit anywhere breaks the signature.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from kwaliteitslabel import atomic, yamlio
from kwaliteitslabel.audit.basis import basis_of
from kwaliteitslabel.audit.model import Audit, Decision, Signature
from kwaliteitslabel.errors import InvalidInput
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.words import current, word, word_in

KEYRING_NAME = "sleutels"
MAX_KEY_FILE = 64 * 1024


@dataclass(frozen=True)
class PublicKey:
    id: str
    name: str
    example: bool
    key: Ed25519PublicKey
    path: Path

    @property
    def word(self) -> str:
        """Whose key, its id, and whether it is an example, in the run's language."""
        return self.shown(current())

    def shown(self, lang: str) -> str:
        """The key in a sentence: its name and id, marked when it is an example. The name
        is the commission's own, in Dutch: English names the key by its id alone."""
        named = self.id if lang == "en" else f"{self.name} ({self.id})"
        return named + (word_in(lang, "audit.signing.example_mark") if self.example else "")


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def keyring_of(framework: Framework) -> Path:
    """The keyring of a framework: `sleutels/` beside its version folder."""
    return framework.path.parent / KEYRING_NAME


def known_keys() -> dict[str, PublicKey]:
    """The keys of every keyring beside the frameworks this machine knows (option aside:
    the workspace, $KWALITEITSLABEL_NORMS, the shipped ones)."""
    from kwaliteitslabel.framework.locate import known_folders

    keys: dict[str, PublicKey] = {}
    for folder in sorted({path.parent / KEYRING_NAME for _, path in known_folders()}):
        keys.update(keyring(folder))
    return keys


def new_key(private_path: Path, name: str, *, example: bool = False) -> tuple[str, bytes]:
    """A new key pair: the private key written to `private_path` (mode 0600, never
    overwritten); returns the key id and the keyring entry (YAML) for the public key."""
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    old_mask = os.umask(0o077)
    try:
        atomic.write(private_path, pem, new=True, doing=word("audit.signing.saving_key"))
    finally:
        os.umask(old_mask)
    os.chmod(atomic.target_of(private_path), 0o600)
    public = private.public_key()
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    entry = (f"# Publieke sleutel van de beheercommissie; zet dit bestand in de map "
             f"'{KEYRING_NAME}'\n# naast de versies van het normenkader.\n"
             f"name: {_quoted(name)}\nexample: {'true' if example else 'false'}\n"
             f"public_key: {base64.b64encode(raw).decode()}\n")
    return key_id(public), entry.encode()


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def load_private(path: Path) -> Ed25519PrivateKey:
    """The private key in `path`, or a message naming the file and the fix."""
    try:
        data = path.read_bytes()[:MAX_KEY_FILE]
    except OSError as error:
        raise InvalidInput(atomic.os_message(error, path,
                                             word("audit.signing.reading"))) from error
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as error:
        raise InvalidInput(word("audit.signing.not_private", path=path)) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise InvalidInput(word("audit.signing.not_ed25519", path=path))
    return key


def keyring(folder: Path) -> dict[str, PublicKey]:
    """The public keys in a keyring folder by id; a bad entry is an error naming it."""
    keys: dict[str, PublicKey] = {}
    if not folder.is_dir():
        return keys
    for path in sorted(folder.glob("*.yaml")):
        if not path.is_file():
            raise InvalidInput(word("audit.signing.not_a_file", path=path))
        data = yamlio.load(path, round_trip=False, plain_data=True).tree
        if not isinstance(data, dict) or not isinstance(data.get("public_key"), str):
            raise InvalidInput(word("audit.signing.no_public_key", path=path))
        try:
            raw = base64.b64decode(data["public_key"], validate=True)
            public = Ed25519PublicKey.from_public_bytes(raw)
        except ValueError as error:
            raise InvalidInput(word("audit.signing.bad_public_key", path=path)) from error
        ident = key_id(public)
        keys[ident] = PublicKey(ident, str(data.get("name") or path.stem),
                                data.get("example") is True, public, path)
    return keys


def sign(decision: Decision, audit: Audit, private: Ed25519PrivateKey) -> Decision:
    """The decision with its print and the commission's signature over it."""
    basis = basis_of(audit, decision)
    value = private.sign(bytes.fromhex(basis))
    return decision.model_copy(update={
        "basis": basis, "signature": Signature(key=key_id(private.public_key()),
                                               value=base64.b64encode(value).decode())})


State = Literal["valid", "unsigned", "unknown_key", "bad", "not_required"]


@dataclass(frozen=True)
class SignatureCheck:
    """Whether a decision carries a valid signature, whose, or why not."""

    state: State
    key: PublicKey | None = None
    key_id: str | None = None

    @property
    def holds(self) -> bool:
        return self.state in ("valid", "not_required")

    def text(self, lang: str | None = None) -> str:
        """The state in a sentence, in `lang` (default: the run's language)."""
        lang = lang or current()
        if self.state == "valid" and self.key is not None:
            return word_in(lang, "audit.signing.valid", which=self.key.shown(lang))
        if self.state in ("not_required", "unsigned"):
            return word_in(lang, f"audit.signing.{self.state}")
        if self.state == "unknown_key":
            return word_in(lang, "audit.signing.unknown_key", which=self.key_id)
        if self.key is not None:
            return word_in(lang, "audit.signing.bad_key", which=self.key.shown(lang))
        return word_in(lang, "audit.signing.bad")


def check(framework: Framework, audit: Audit) -> SignatureCheck | None:
    """The signature state of the audit's decision (None without a decision)."""
    decision = audit.decision
    if decision is None:
        return None
    signature = decision.signature
    if signature is None:
        return SignatureCheck("not_required" if not framework.manifest.signatures_required
                              else "unsigned")
    key = keyring(keyring_of(framework)).get(signature.key)
    if key is None:
        return SignatureCheck("unknown_key", key_id=signature.key)
    try:
        key.key.verify(base64.b64decode(signature.value), bytes.fromhex(basis_of(audit)))
    except (InvalidSignature, ValueError):
        return SignatureCheck("bad", key, signature.key)
    return SignatureCheck("valid", key, signature.key)
