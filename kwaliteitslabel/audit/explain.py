"""The reasons behind an outcome as sentences, in Dutch or English.

The sentences are in kwaliteitslabel/words (`explain.<kind>`).

Scoring records each reason as facts (a `Reason`); this module only words them, so the
terminal, the JSON and the report in either language tell the same story.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kwaliteitslabel.audit.readiness import Check
from kwaliteitslabel.framework.norm_ids import id_runs, run_size
from kwaliteitslabel.words import catalogue, word_in

ReasonKind = Literal["open", "self_evaluation", "registered", "rules_not_met", "too_many",
                     "within_limit", "none", "improvement_missing", "all_scored",
                     "awaiting_decision", "negative_advice", "auditors_advice", "granted",
                     "refused", "not_ready", "registration_awaiting", "learning_report",
                     "registration_granted", "registration_refused", "core_not_met",
                     "lapsed", "unsigned"]


@dataclass(frozen=True)
class Reason:
    kind: ReasonKind
    norms: list[str] = field(default_factory=list)
    verdict: str | None = None
    limit: int | None = None
    total: int | None = None
    missing: list[Check] = field(default_factory=list)  # requirements not met (not_ready)
    day: str | None = None  # a date the sentence names (lapsed)
    # how a sentence says the verdict, per language: (of one norm, of more); from the scale
    said: dict[str, tuple[str, str]] = field(default_factory=dict)


def _ids(norm_ids: list[str], lang: str) -> str:
    parts = id_runs(norm_ids)
    if len(parts) <= 12:
        return ", ".join(parts)
    shown = parts[:12]
    rest = len(norm_ids) - sum(run_size(part) for part in shown)
    return ", ".join(shown) + " " + word_in(lang, "explain.more", rest=rest)


def _count(count: int, lang: str) -> str:
    return word_in(lang, "explain.one_norm" if count == 1 else "explain.norms", count=count)


def _allowed(limit: int | None, lang: str) -> str:
    if limit == 0:
        return word_in(lang, "explain.none_allowed")
    return word_in(lang, "explain.allowed", limit=limit)


def sentence(reason: Reason, lang: str = "nl") -> str:
    """One reason as a sentence in `lang` ('nl' or 'en')."""
    one, many = reason.said.get(lang, ("", ""))
    plural = len(reason.norms) > 1 and reason.kind in ("too_many", "within_limit")
    advice = f"explain.advice.{reason.verdict}"
    return word_in(lang, f"explain.{reason.kind}",
        count=_count(len(reason.norms), lang), ids=_ids(reason.norms, lang),
        word=many if plural else one, limit=reason.limit,
        allowed=_allowed(reason.limit, lang), total=reason.total,
        word_advice=word_in(lang, advice) if advice in catalogue(lang) else "",
        texts="; ".join(check.text(lang) for check in reason.missing), day=reason.day)


def sentences(reasons: list[Reason], lang: str = "nl") -> list[str]:
    return [sentence(reason, lang) for reason in reasons]
