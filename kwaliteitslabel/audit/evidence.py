"""Evidence typed on one line: `gesprek/medewerkers: zes sociaal werkers gesproken`."""

from __future__ import annotations

from collections.abc import Sequence

from kwaliteitslabel.errors import RefusedAnswer
from kwaliteitslabel.framework.model import DEFAULT_EVIDENCE_KINDS, EvidenceKind
from kwaliteitslabel.messages import closest


def parse_evidence(text: str, kinds: Sequence[EvidenceKind] = DEFAULT_EVIDENCE_KINDS, *,
                   where: str = "bewijs") -> dict[str, str]:
    """`KIND[/SOURCE]: NOTE`, the kind one of the framework's; a text without a kind is a
    note on a document.

    A first word that looks like a kind but is none (`gesprekken/team Noord: ...`) is
    refused with the kind it most likely meant, never filed as a document; so is an
    item without a note (`gesprek:`).
    """
    words = {word: kind.id for kind in kinds for word in (kind.id, *kind.words)}
    names = ", ".join(k.name for k in kinds)
    if ":" not in text and "/" in text.split(" ", 1)[0]:  # 'gesprek/medewerkers' alone
        raise RefusedAnswer(f"{where}: typ na '{text.strip()}:' wat u las, hoorde of zag, "
                            f"bijv. '{EXAMPLES['interview']}'")
    if len(text.strip()) < 3:
        raise RefusedAnswer(f"{where}: '{text.strip()}' is geen bewijs; typ wat u las, hoorde "
                            f"of zag, bijv. '{EXAMPLES['document']}'")
    head, sep, note = text.partition(":")
    kind_word, slash, source = head.strip().partition("/")
    kind_word = kind_word.strip().lower()
    looks_like_kind = sep and (slash or (kind_word and " " not in kind_word))
    if not looks_like_kind:
        if not text.strip():
            raise RefusedAnswer(f"{where}: typ wat u las, hoorde of zag")
        return {"kind": "document", "note": text.strip()}
    kind = words.get(kind_word)
    if kind is None:
        if not slash and closest(kind_word, words) is None:
            return {"kind": "document", "note": text.strip()}  # 'Jaarverslag: p. 4'
        hint = closest(kind_word, words)
        raise RefusedAnswer(f"{where}: '{kind_word}' is geen soort bewijs"
                            + (f"; bedoelt u '{_name(hint, kinds)}'?" if hint else ".")
                            + f" Kies uit {names}, bijv. 'gesprek/medewerkers: ...'")
    if not note.strip():
        raise RefusedAnswer(f"{where}: typ na '{head.strip()}:' wat u {_verb(kind)}, bijv. "
                            f"'{EXAMPLES.get(kind, _name(kind, kinds) + ': ...')}'")
    item = {"kind": kind, "note": note.strip()}
    if source.strip():
        item["source"] = source.strip()
    return item


EXAMPLES = {"document": "document: Jaarverslag 2025, p. 4",
            "interview": "gesprek/medewerkers: zes sociaal werkers gesproken",
            "observation": "observatie: casuïstiekoverleg bijgewoond"}


def _name(word: str | None, kinds: Sequence[EvidenceKind]) -> str:
    for kind in kinds:
        if word == kind.id or word in kind.words:
            return kind.name
    return word or ""


def _verb(kind: str) -> str:
    return {"document": "las", "interview": "hoorde", "observation": "zag"}.get(kind, "vond")


def describe_evidence(item: object) -> str:
    """One line for an evidence item (a model or a mapping)."""

    def get(key: str) -> str:
        value = item.get(key) if isinstance(item, dict) else getattr(item, key, None)
        return "" if value is None else str(value)

    words = {"document": "document", "interview": "gesprek", "observation": "observatie"}
    head = words.get(get("kind"), get("kind"))
    if get("source"):
        head += f"/{get('source')}"
    text = " · ".join(get(key) for key in ("reference", "note") if get(key))
    return f"{head}: {text}" if text else head
