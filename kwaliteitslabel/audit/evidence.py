"""Evidence typed on one line: `gesprek/medewerkers: zes sociaal werkers gesproken`."""

from __future__ import annotations

KINDS = {
    "document": "document", "doc": "document", "d": "document",
    "gesprek": "interview", "interview": "interview", "g": "interview", "i": "interview",
    "observatie": "observation", "observation": "observation", "o": "observation",
}


def parse_evidence(text: str) -> dict[str, str]:
    """`KIND[/SOURCE]: NOTE`; without a known kind the whole text is a document note."""
    head, sep, note = text.partition(":")
    kind_word, _, source = head.strip().partition("/")
    kind = KINDS.get(kind_word.strip().lower()) if sep else None
    if kind is None:
        return {"kind": "document", "note": text.strip()}
    item = {"kind": kind}
    if source.strip():
        item["source"] = source.strip()
    if note.strip():
        item["note"] = note.strip()
    return item


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
