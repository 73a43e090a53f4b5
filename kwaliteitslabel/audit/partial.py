"""A partial re-audit: only some norms assessed again, the rest carried from the audit
it completes.

`audit new NEW --partial-of FILE --redo D5,O3` records the original under `partial_of`
(its file, relative to the new one, its dates, the print its decision would rest on,
and the norms to redo) and copies every other norm's result, marked `carried: true`.
The partial audit is then scored, advised and decided as a whole; its decision completes
the original's (`cycle/partial.py` finds it from the original). The record itself
(`PartialOf`) is part of the audit's model (`model.py`); its rules are here.
"""

from __future__ import annotations

from kwaliteitslabel.audit.model import Audit
from kwaliteitslabel.words import word


def carried_ids(audit: Audit) -> list[str]:
    """The norms whose result was carried from the original audit."""
    return [norm_id for norm_id, result in audit.results.items() if result.carried]


def refusal_to_answer(audit: Audit, norm_id: str) -> str | None:
    """Why a norm of a partial re-audit cannot be answered: it was carried."""
    partial = audit.partial_of
    result = audit.result(norm_id)
    if partial is None or result is None or not result.carried:
        return None
    return word("audit.partial.carried", norm=norm_id, file=partial.file,
                redo=", ".join(partial.redo))
