"""A suspended or withdrawn label in the report and on the certificate."""

from __future__ import annotations

import shutil

import pytest

from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.scoring import evaluate
from kwaliteitslabel.report.context import build_context
from tests.conftest import AUDITS

BOARD = "beheercommissie Kwaliteitslabel"


@pytest.fixture
def suspended(cli, tmp_path):
    audit = tmp_path / "certificerend.yaml"
    shutil.copy(AUDITS / "certificerend.yaml", audit)
    run = cli("audit", "decide", audit, "--withdraw", "--date", "2026-12-02", "--by", BOARD,
              "--reason", "Fraude met dossiers vastgesteld")
    assert run.exit_code == 0, run.output
    return audit


@pytest.mark.parametrize(("lang", "words"), [
    ("nl", ("Label ingetrokken", "het label is ingetrokken op 2 december 2026")),
    ("en", ("Label withdrawn", "the label was withdrawn on 2 December 2026")),
])
def test_the_report_shows_the_withdrawal_and_no_label(suspended, lang, words):
    loaded = load_audit(suspended)
    context = build_context(loaded, evaluate(loaded.framework, loaded.audit), lang=lang)
    assert context.status == words[0]
    assert words[1] in context.status_note
    assert "Fraude met dossiers vastgesteld" in context.status_note
    assert context.label == "geen" and context.label_svg == ""


def test_no_certificate_for_a_withdrawn_label(cli, suspended, tmp_path):
    run = cli("certificate", suspended, "-o", tmp_path / "c.pdf")
    assert run.exit_code == 1
    assert "het label is ingetrokken op 2026-12-02" in run.stderr
    assert not (tmp_path / "c.pdf").exists()
