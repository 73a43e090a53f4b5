"""The reasons behind an outcome, in the report's language.

Dutch reports quote the reasons of `scoring.evaluate` word for word. For English the
reasons are told again from the same facts: the verdicts as they count, the limits
and the rules of the framework. The outcome itself always comes from `evaluate`.
"""

from __future__ import annotations

from kwaliteitslabel.frameworks import Framework
from kwaliteitslabel.models.audit import Audit
from kwaliteitslabel.scoring import Result, verdicts

WORDS_EN = {"voldoet": "met", "voldoet_deels": "partly met", "voldoet_niet": "not met",
            "nvt": "not applicable"}


def reasons(framework: Framework, audit: Audit, result: Result, lang: str) -> list[str]:
    if lang == "nl":
        return list(result.reasons)
    return english_reasons(framework, audit, result)


def _ids(norm_ids: list[str]) -> str:
    if len(norm_ids) <= 12:
        return ", ".join(norm_ids)
    return ", ".join(norm_ids[:12]) + f" and {len(norm_ids) - 12} more"


def _norms(count: int) -> str:
    return "1 norm" if count == 1 else f"{count} norms"


def english_reasons(framework: Framework, audit: Audit, result: Result) -> list[str]:
    given = verdicts(framework, audit)
    total = len(given)
    if result.outcome == "onvolledig":
        return [f"{_norms(len(result.open_norms))} not yet (validly) assessed: "
                f"{_ids(result.open_norms)}. An audit with open norms is a draft."]
    if result.outcome == "zelfevaluatie":
        return [f"All {total} norms have been assessed. A self-evaluation is a benchmark "
                "for the organisation itself and does not lead to the label."]
    if result.outcome == "geregistreerd":
        return [f"All {total} norms have been assessed. A peer review leads to a learning "
                "report and registration in the Kwaliteitsregister, without a certificate."]
    rules = framework.manifest.rules
    failures, passes = [], []
    for verdict, limit in rules.max_norms.items():
        involved = [norm_id for norm_id, v in given.items() if v == verdict]
        word = WORDS_EN[verdict]
        if len(involved) > limit:
            allowed = "none allowed" if limit == 0 else f"{limit} allowed"
            failures.append(f"{_norms(len(involved))} {word}: {_ids(involved)} ({allowed}).")
        elif involved:
            passes.append(f"{_norms(len(involved))} {word} ({_ids(involved)}); "
                          f"{limit} allowed.")
        else:
            passes.append(f"Norms {word}: none.")
    for verdict in rules.improvement_required:
        lacking = [norm_id for norm_id, v in given.items()
                   if v == verdict and not audit.results[norm_id].improvements]
        if lacking:
            failures.append(f"Without an improvement point, although "
                            f"'{WORDS_EN[verdict]}' requires one: {_ids(lacking)}.")
    if result.outcome == "negatief":
        return ["Every norm has been assessed, but the decision rules for a positive advice "
                "are not met:", *failures]
    return [f"All {total} norms have been assessed.", *passes,
            "Positive advice to the commission: the label with the stamp 'gecertificeerd'."]
