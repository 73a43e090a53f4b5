"""The report of a partial re-audit marks every verdict it carried from the audit it
completes, and still passes the PDF checker."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pdfcheck import check_pdf
from report_helpers import EXAMPLE_AUDITS, flat, pdf_of

from tests.cycle.test_partial import REDO, complete


@pytest.fixture(scope="module")
def partial_pdf(shared_pdfs, run_cli):
    def make(target: Path) -> None:
        original = target.with_name("lindeveld.yaml")
        shutil.copy(EXAMPLE_AUDITS / "combinatie.yaml", original)
        audit = target.with_suffix(".yaml")
        run = run_cli("audit", "new", audit, "--partial-of", original, "--redo", "D5,O3", *REDO)
        assert run.exit_code == 0, run.output
        complete(run_cli, audit)
        assert run_cli("report", audit, "-o", target).exit_code == 0

    return shared_pdfs("partial-nl", make)


def test_the_report_says_which_verdicts_were_carried(partial_pdf):
    text = flat(pdf_of(partial_pdf).text)
    assert text.count(flat("overgenomen uit de audit van 24 november 2026 – 26 november "
                           "2026")) == 47
    assert check_pdf(partial_pdf, lang="nl").problems == []
