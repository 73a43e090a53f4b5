"""The command that mends each readiness check.

What each check says is in kwaliteitslabel/words (`readiness.<check>.met|unmet`); this
file and that stay apart from `readiness.py`, which decides.
"""

from __future__ import annotations

# What to do, for the terminal only (a report for a municipality shows no commands).
HINTS: dict[str, str] = {
    "certifying_body": "audit details {file} --certifying-body NAAM",
    "auditors": "audit details {file} --auditor 'NAAM; ORGANISATIE; ROL' (herhaal)",
    "peer_organisations": "audit details {file} --peer ORGANISATIE",
    "peer_assessors": "audit details {file} --auditor 'NAAM; COLLEGA-ORGANISATIE; toetser'",
    "participant_roles": "audit details {file} --participant 'ROL:AANTAL'",
    "decision_basis": "audit decide {file} --granted --date JJJJ-MM-DD --by "
                      "'beheercommissie Kwaliteitslabel' --key SLEUTEL --force",
    "decision_dates": "audit decide {file} --granted --date JJJJ-MM-DD --by "
                      "'beheercommissie Kwaliteitslabel' --key SLEUTEL --force",
    "decision_by": "audit decide {file} --granted --date JJJJ-MM-DD --by "
                   "'beheercommissie Kwaliteitslabel' --key SLEUTEL --force",
    "decision_signature": "audit decide {file} --granted --date JJJJ-MM-DD --by "
                          "'beheercommissie Kwaliteitslabel' --key SLEUTEL --force",
    "advice_basis": "audit advise {file} --advice positief --reason 'REDEN' --by 'NAAM' "
                    "--force",
    "advice_by": "audit advise {file} --advice positief --reason 'REDEN' --by 'NAAM' --force",
    "advice_plan": "audit improvements {file} --norm {norm} --action 'ACTIE' --owner 'NAAM' "
                   "--deadline JJJJ-MM-DD",
    "complete": "audit run {file}",
    # these open the walk at the first norm concerned: a command that works as printed
    "conflicts": "audit run {file} --norm {norm}",
    "evidence": "audit run {file} --norm {norm}",
}
