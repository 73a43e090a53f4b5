"""What the walk decides without talking to anyone: whether an answer changes anything,
whether the file changed under it, and the answer it holds while a save fails."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from kwaliteitslabel import yamlio
from kwaliteitslabel.audit.answer import Answer, node_of, plain, result_node
from kwaliteitslabel.audit.load import LoadedAudit
from kwaliteitslabel.errors import KwaliteitslabelError

WHO_AND_WHEN = ("assessed_by", "assessed_at")


@dataclass(frozen=True)
class Pending:
    """An answer that is not saved yet, and the norm as the auditor saw it."""

    norm_id: str
    answer: Answer
    seen: Any


def seen(loaded: LoadedAudit, norm_id: str) -> Any:
    return plain(node_of(loaded, norm_id))


def _content(result: Any) -> Any:
    if not isinstance(result, dict):
        return result
    return {key: value for key, value in result.items() if key not in WHO_AND_WHEN}


def unchanged(loaded: LoadedAudit, norm_id: str, answer: Answer) -> bool:
    """True when saving the answer would change nothing but who and when."""
    before = node_of(loaded, norm_id)
    after = result_node(answer, copy.deepcopy(before))
    return before is not None and _content(plain(after)) == _content(plain(before))


def changed_on_disk(loaded: LoadedAudit) -> bool:
    """Whether the file is no longer the one `loaded` was read from."""
    try:
        return yamlio.digest(yamlio.read_bytes(loaded.path)) != loaded.document.digest
    except KwaliteitslabelError:  # an unreadable file: the next save says what is wrong
        return False
