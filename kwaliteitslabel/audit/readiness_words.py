"""The command that mends each readiness check.

What each check says is in kwaliteitslabel/words (`readiness.<check>.met|unmet`); this
file and that stay apart from `readiness.py`, which decides.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from kwaliteitslabel.audit.worded import Worded

# What to do, for the terminal only (a report for a municipality shows no commands); the
# words are `audit.readiness_words.<check>` in the catalogue, in the run's language.
_WORDED = Worded("audit.readiness_words.", (
    "certifying_body", "auditors", "peer_organisations", "peer_assessors",
    "participant_roles", "decision_basis", "decision_dates", "decision_by",
    "decision_signature", "advice_basis", "advice_by", "advice_plan"),
    alias={"decision_basis": "decision", "decision_dates": "decision",
           "decision_by": "decision", "decision_signature": "decision",
           "advice_basis": "advice", "advice_by": "advice"})
# the same in every language
_COMMANDS = {
    "complete": "audit run {file}",
    # these open the walk at the first norm concerned: a command that works as printed
    "conflicts": "audit run {file} --norm {norm}",
    "evidence": "audit run {file} --norm {norm}",
}


class _Hints(Mapping[str, str]):
    def __getitem__(self, check: str) -> str:
        return _COMMANDS[check] if check in _COMMANDS else _WORDED[check]

    def __iter__(self) -> Iterator[str]:
        yield from _WORDED
        yield from _COMMANDS

    def __len__(self) -> int:
        return len(_WORDED) + len(_COMMANDS)


HINTS: Mapping[str, str] = _Hints()
