"""The audit commands speak English on request (`--lang en`): what `audit score`, `check`,
`compare`, `advise`, `decide`, `details`, `improvements` and `programme` print, their errors,
labels and table headings, with no sentence of the Dutch messages.

Each test runs a command as a user would; the Dutch output of the same commands is asserted
in the tests of those commands. The cycle's commands: test_english_cli_audit_cycle.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tests.cli.english_audit import DUTCH, EN, NL, copy_example, english, flat
from tests.cli.test_commission_act import DUO, EXAMPLE_KEY, decide, fill, new, norm_ids


@pytest.fixture
def example(tmp_path, monkeypatch):
    """A copy of a shipped example audit, in the folder the commands run in."""
    monkeypatch.chdir(tmp_path)
    return lambda name: copy_example(tmp_path, name)


def test_the_check_for_dutch_finds_the_dutch_messages(cli, example):
    """The check in `english` can fail: the same command in Dutch trips it."""
    shown = flat(cli("audit", "score", example("certificerend.yaml")).output)
    assert {phrase for phrase in DUTCH if phrase in shown}


def test_score_in_english(cli, example):
    audit = example("certificerend.yaml")
    reason = YAML(typ="safe").load(audit.read_text(encoding="utf-8"))["advice"]["reason"]
    shown = english(cli, "audit", "score", audit, data=reason)
    assert "area meets partly not n/a open score" in shown
    assert "Total 46 3 0 0 0 97%" in shown
    assert "Outcome: certified: the commission granted the certificate" in shown
    assert "Label: with the stamp 'gecertificeerd' (certified)" in shown
    assert "Advice: the decision rules give positief; the auditors advise positief" in shown
    assert "Decision: granted on 2026-11-27 by beheercommissie Kwaliteitslabel, number " \
        "KL-2026-041" in shown
    assert "Signature: signed with the key" in shown and "Valid until: 2028-11-27" in shown
    assert "Reasons: • All 49 norms have been assessed." in shown
    combination = english(cli, "audit", "score", example("combinatie.yaml"))
    assert "Outcome: negative advice: certification not achieved" in combination
    assert "Label: no label" in combination and "Deciding norms: D5, O3" in combination


def test_check_in_english(cli, example, new_audit):
    shown = english(cli, "audit", "check", example("zelfevaluatie.yaml"))
    assert shown.startswith("Stichting Welzijn Beekdal · self-evaluation · framework 2019 "
                            "Requirements: ✓ organisation: Stichting Welzijn Beekdal")
    assert "References that did not (or no longer) apply on the audit days:" in shown
    assert shown.endswith("Ready for a final self-evaluation.")
    unready = english(cli, "audit", "check", new_audit("certificerend"), code=1)
    assert re.search(r"Not ready yet: \d+ requirements are missing\. The report will be a "
                     r"draft\.$", unready)


def test_compare_in_english(cli, example):
    shown = english(cli, "audit", "compare", example("certificerend-2017.yaml"),
                    example("certificerend.yaml"))
    assert "certificerend-2017.yaml (2019-11-12, framework 2017) → certificerend.yaml " \
        "(2026-11-10, framework 2019)" in shown
    assert "norm formerly previous verdict now change" in shown
    assert "V16 V16 voldoet deels voldoet deels unchanged" in shown
    assert "area previous score score now change norms" in shown
    assert "Dienstverlening 96.9% 96.7% worse unchanged 14, new 1" in shown
    assert shown.endswith("Total: unchanged 48 · new 1")
    other = english(cli, "audit", "compare", example("zelfevaluatie.yaml"),
                    Path("certificerend.yaml"))
    assert "Note: Stichting Welzijn Beekdal and Stichting Welzijn Rivierstad are different " \
        "organisations." in other


def test_advise_and_decide_in_english(cli, tmp_path):
    path = new(cli, tmp_path / "toetsing.yaml", "certificerend", *DUO)
    fill(path, norm_ids(cli))
    given = english(cli, "audit", "advise", path, "--advice", "positief", "--reason",
                    "Alles op orde.", "--by", "Anne Jansen", "--date", "2026-11-20")
    assert given == f"✓ Advice positief recorded in {path}."
    again = english(cli, "audit", "advise", path, "--advice", "positief", "--reason", "r",
                    "--by", "Anne Jansen", code=1)
    assert again == f"Error: {path}: there is already an advice (positief, Anne Jansen, " \
        "2026-11-20); run the command again with --force to replace it"
    shown = english(cli, "audit", "decide", path, "--granted", "--number", "KL-1", "--date",
                    "2026-12-01", "--by", "beheercommissie Kwaliteitslabel", "--key",
                    str(EXAMPLE_KEY))
    assert "✓ Certificate granted on 2026-12-01 by beheercommissie Kwaliteitslabel; valid " \
        "until 2028-12-01." in shown
    assert "Signed with the key" in shown
    twice = english(cli, "audit", "decide", path, "--refused", "--date", "2026-12-01", "--by",
                    "beheercommissie Kwaliteitslabel", code=1)
    assert "there is already a decision (granted on 2026-12-01 by beheercommissie " \
        "Kwaliteitslabel); run the command again with --force to replace it" in twice
    assert "Error: invalid value for --advice: choose positief or negatief" in english(
        cli, "audit", "advise", path, "--advice", "ja", "--reason", "r", "--by", "A", code=2)
    assert "choose one of the two: --granted or --refused" in english(
        cli, "audit", "decide", path, code=2)
    assert "er is al een besluit (toegekend op 2026-12-01" in decide(
        cli, path, "--refused").stderr  # Dutch again in the next run


def test_a_withdrawal_in_english(cli, example):
    audit = example("certificerend.yaml")
    shown = english(cli, "audit", "decide", audit, "--withdraw", "--date", "2026-12-02",
                    "--by", "beheercommissie Kwaliteitslabel", "--reason", "Fraude")
    assert shown == "✓ The label has been withdrawn as of 2026-12-02 by beheercommissie " \
        "Kwaliteitslabel; saved in certificerend.yaml."
    assert "give --date, --by and --reason" in english(
        cli, "audit", "decide", audit, "--suspend", "--date", "2026-12-03", code=2)


def test_details_in_english(cli, example):
    audit = example("certificerend.yaml")
    shown = english(cli, "audit", "details", audit)
    assert "organisation: Stichting Welzijn Rivierstad scope: hele organisatie FTE: 182.5 " \
        "route: certificerend certifying body: Certificeringsbureau IJsselgouw auditors and " \
        "peer assessors:" in shown
    assert "peer organisations: (none) audit days: 2026-11-10 to 2026-11-12 interviewees:" \
        in shown
    assert "characterisation: Stichting Welzijn Rivierstad" in shown
    changed = english(cli, "audit", "details", example("zelfevaluatie.yaml"), "--scope",
                      "Alles", "--fte", "30")
    assert changed == "✓ Saved in zelfevaluatie.yaml: scope, FTE."
    wrong = english(cli, "audit", "details", audit, "--end-date", "2000-01-01", code=1)
    assert wrong == "Error: --end-date: 2000-01-01 is before the start date 2026-11-10"


def test_the_improvement_plan_in_english(cli, example):
    audit = example("certificerend.yaml")
    shown = english(cli, "audit", "improvements", audit)
    assert shown.startswith("Improvement plan of Stichting Welzijn Rivierstad "
                            "(certificerend.yaml): 3 action(s) 1. V16")
    assert "status: gepland (planned) · due: 2027-09-30 · owner: manager jeugd en jongeren" \
        in shown
    added = english(cli, "audit", "improvements", audit, "--norm", "V1", "--action", "Doen",
                    "--deadline", "2030-01-01")
    assert added == "✓ Action 4 (V1) saved in the improvement plan of certificerend.yaml."
    removed = english(cli, "audit", "improvements", audit, "--item", "1", "--remove")
    assert "✓ Action 1 taken out of the improvement plan in certificerend.yaml (3 action(s) " \
        "left). No action with a deadline in the plan for: V16 (needed for a positive advice " \
        "on this route)." == removed
    assert "a new action needs --action TEXT (or give --item N to change an action)" in english(
        cli, "audit", "improvements", audit, "--norm", "V1", code=2)
    wrong = english(cli, "audit", "improvements", audit, "--norm", "V1", "--action", "x",
                    "--status", "geplan", code=1)
    assert wrong == "Error: --status: unknown status 'geplan'; did you mean 'gepland'? " \
        "Choose from gepland, loopt, afgerond."


def test_the_programme_in_english(cli, example):
    shown = english(cli, "audit", "programme", example("zelfevaluatie.yaml"))
    assert shown.startswith("Audit programme of Stichting Welzijn Beekdal · zelfevaluatie · "
                            "framework 2019 Audit days: 1 (24.6 FTE, from the table of "
                            "framework 2019) Interviews: 11, planned with the interviewees "
                            "recorded in the audit Day 1")
    assert "• Cliëntenraad: 6 norms (D9, D10, D11, O3, O4, O15)" in shown
    assert "• Stagiairs: 1 norm (V14)" in shown
    assert "Cliënten en inwoners (held): 22 norms" in shown
    assert "Coverage per norm" in shown and "norm roles docs obs evidence (roles) coverage" \
        in shown
    assert "triangulated" in shown
    assert shown.endswith("Every norm is covered by two roles, or by one role and a document "
                          "or observation.")


def test_every_value_shown_by_its_id_has_its_words():
    """Keys built from a value (a status, a label, a change) are not found by
    test_words.py: every value of each kind has its words in both languages."""
    from typing import get_args

    from kwaliteitslabel.audit.follow_up import STATUSES
    from kwaliteitslabel.audit.sanction import SanctionKind
    from kwaliteitslabel.audit.scoring import Label, Status
    from kwaliteitslabel.cycle.compare import CHANGES
    from kwaliteitslabel.terms import PLAN_STATUSES

    keys = [*(f"cli.score_view.status.{status}" for status in get_args(Status)),
            *(f"cli.audit_partial.status.{status}" for status in get_args(Status)),
            *(f"cli.score_view.label.{label}" for label in get_args(Label)),
            *(f"cli.audit_follow_up.status.{status}" for status in STATUSES),
            *(f"cli.audit_plan.status.{status}" for status in PLAN_STATUSES),
            *(f"cli.audit_compare.change.{change}" for change in CHANGES),
            *(f"cli.audit_sanction.{kind}" for kind in get_args(SanctionKind))]
    assert len(keys) == 10 + 10 + 4 + 4 + 3 + 6 + 2
    assert [key for key in keys if key not in NL or key not in EN] == []
