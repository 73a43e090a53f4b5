"""Evidence typed on one line: `gesprek/medewerkers: zes sociaal werkers gesproken`."""

from __future__ import annotations

from collections.abc import Sequence

from kwaliteitslabel.errors import RefusedAnswer
from kwaliteitslabel.framework.model import DEFAULT_EVIDENCE_KINDS, EvidenceKind
from kwaliteitslabel.messages import closest
from kwaliteitslabel.words import word


def parse_evidence(text: str, kinds: Sequence[EvidenceKind] = DEFAULT_EVIDENCE_KINDS, *,
                   where: str | None = None) -> dict[str, str]:
    """`KIND[/SOURCE]: NOTE`, the kind one of the framework's; a text without a kind is a
    note on a document.

    A first word that looks like a kind but is none (`gesprekken/team Noord: ...`) is
    refused with the kind it most likely meant, never filed as a document; so is an
    item without a note (`gesprek:`). `where` names the place it was typed in a refusal
    (default: the word for evidence).
    """
    where = word("audit.evidence.where") if where is None else where
    words = {word: kind.id for kind in kinds for word in (kind.id, *kind.words)}
    names = ", ".join(k.name for k in kinds)
    if ":" not in text and "/" in text.split(" ", 1)[0]:  # 'gesprek/medewerkers' alone
        raise RefusedAnswer(word("audit.evidence.note_after_source", where=where,
                                 typed=text.strip(), example=_example("interview")))
    if len(text.strip()) < 3:
        raise RefusedAnswer(word("audit.evidence.too_short", where=where, typed=text.strip(),
                                 example=_example("document")))
    head, sep, note = text.partition(":")
    kind_word, slash, source = head.strip().partition("/")
    kind_word = kind_word.strip().lower()
    looks_like_kind = sep and (slash or (kind_word and " " not in kind_word))
    if not looks_like_kind:
        if not text.strip():
            raise RefusedAnswer(word("audit.evidence.empty", where=where))
        return {"kind": "document", "note": text.strip()}
    kind = words.get(kind_word)
    if kind is None:
        if not slash and closest(kind_word, words) is None:
            return {"kind": "document", "note": text.strip()}  # 'Jaarverslag: p. 4'
        hint = closest(kind_word, words)
        if hint:
            raise RefusedAnswer(word("audit.evidence.unknown_kind_hint", where=where,
                                     typed=kind_word, hint=_name(hint, kinds), names=names))
        raise RefusedAnswer(word("audit.evidence.unknown_kind", where=where, typed=kind_word,
                                 names=names))
    if not note.strip():
        example = _example(kind) if kind in EXAMPLE_KINDS else _name(kind, kinds) + ": ..."
        raise RefusedAnswer(word("audit.evidence.note_after_kind", where=where,
                                 typed=head.strip(), verb=_verb(kind), example=example))
    item = {"kind": kind, "note": note.strip()}
    if source.strip():
        item["source"] = source.strip()
    return item


EXAMPLE_KINDS = ("document", "interview", "observation")


def _example(kind: str) -> str:
    """An example of evidence of one of the usual kinds, in the run's language."""
    return word(f"audit.evidence.example.{kind}")


def _name(word: str | None, kinds: Sequence[EvidenceKind]) -> str:
    for kind in kinds:
        if word == kind.id or word in kind.words:
            return kind.name
    return word or ""


def _verb(kind: str) -> str:
    return word(f"audit.evidence.verb.{kind if kind in EXAMPLE_KINDS else 'other'}")


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
