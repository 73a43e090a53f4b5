"""A re-run `report` never silently puts a CONCEPT where a final report was."""

from __future__ import annotations

import shutil

from report_helpers import EXAMPLE_AUDITS


def test_a_final_report_is_kept_unless_forced(example_pdf, run_cli, tmp_path):
    final = tmp_path / "rapport.pdf"
    shutil.copyfile(example_pdf("certificerend", "nl"), final)
    audit = tmp_path / "rivierstad.yaml"
    shutil.copyfile(EXAMPLE_AUDITS / "certificerend.yaml", audit)
    changed = run_cli("audit", "set", audit, "V3", "--score", "voldoet_deels", "--improvement",
                      "Vastleggen.", "--force")
    assert changed.exit_code == 0, changed.output  # the decision no longer holds: a concept
    before = final.read_bytes()

    refused = run_cli("report", audit, "-o", final)
    assert refused.exit_code == 1, refused.output
    assert f"{final}: is een definitief rapport" in refused.stderr
    assert "--force" in refused.stderr and "Traceback" not in refused.output
    assert final.read_bytes() == before

    forced = run_cli("report", audit, "-o", final, "--force", "--lang", "en")
    assert forced.exit_code == 0, forced.output
    assert final.read_bytes() != before
    summary = forced.stdout.strip().splitlines()[-1]
    assert summary.endswith("pages, DRAFT)"), summary
    assert "pagina" not in summary


def test_a_concept_is_replaced_by_a_concept_in_either_language(run_cli, tmp_path):
    audit = tmp_path / "proef.yaml"
    made = run_cli("audit", "new", audit, "--organisation", "Stichting Proef", "--route",
                   "zelfevaluatie", "--date", "2026-10-05")
    assert made.exit_code == 0, made.output
    target = tmp_path / "rapport.pdf"
    for lang in ("en", "nl", "nl"):
        again = run_cli("report", audit, "-o", target, "--lang", lang)
        assert again.exit_code == 0, again.output
        assert "definitief rapport" not in again.stderr

