"""A folder of audits rendered at once: every route's wording, and one broken audit."""

from __future__ import annotations

import pytest
from report_helpers import Pdf, SavedRun, all_met, build_audit, negative


def _render(folder, run_cli) -> None:
    audits = folder / "audits"
    audits.mkdir()
    build_audit(audits / "intercollegiaal.yaml", "intercollegiaal", all_met)
    build_audit(audits / "zelfevaluatie.yaml", "zelfevaluatie", all_met)
    build_audit(audits / "combinatie.yaml", "combinatie", negative)
    (audits / "kapot.yaml").write_text("organisation: [unclosed\n")
    out = folder / "pdf"
    out.mkdir()
    SavedRun.keep(run_cli("report", audits, "-o", out), folder / "run.json")


@pytest.fixture(scope="module")
def batch(shared_folder, run_cli):
    folder = shared_folder("batch", lambda folder: _render(folder, run_cli))
    return {"run": SavedRun.read(folder / "run.json"), "out": folder / "pdf"}


def test_one_broken_audit_does_not_stop_the_others(batch):
    run = batch["run"]
    assert run.exit_code == 1
    assert "3 van 4 rapporten gemaakt" in run.stdout
    assert "Niet gelukt" in run.stderr and "kapot.yaml" in run.stderr
    assert "YAML" in run.stderr  # the reason, not a traceback
    assert "Traceback" not in run.output
    made = sorted(path.name for path in batch["out"].iterdir())
    assert made == ["combinatie.pdf", "intercollegiaal.pdf", "zelfevaluatie.pdf"]


def test_peer_review_is_a_learning_report_without_the_stamp(batch):
    pdf = Pdf(batch["out"] / "intercollegiaal.pdf")
    cover = pdf.pages[0]
    assert "Leerrapport" in cover
    # positive by the rules, but no label until the commission registers it
    assert "nog geen label: de beheercommissie moet nog besluiten" in cover
    assert cover.lower().count("advies positief, besluit volgt") == 1  # said once
    assert "Toetsers" in cover and "Carla Smit" in cover  # toetsers, not auditors
    assert "GECERTIFICEERD" not in pdf.text
    assert "Advies aan de commissie" not in pdf.text  # not a certifying route


def test_self_evaluation_says_so_and_gives_no_label(batch):
    pdf = Pdf(batch["out"] / "zelfevaluatie.pdf")
    cover = pdf.pages[0]
    assert "Zelfevaluatie" in cover
    assert "geen label" in cover
    assert "GECERTIFICEERD" not in pdf.text
    assert "Zelfevaluatie afgerond" in pdf.text


def test_failed_certification_is_spelled_out(batch):
    pdf = Pdf(batch["out"] / "combinatie.pdf")
    cover = pdf.pages[0]
    assert "Toetsingsrapport" in cover
    assert "Certificering niet behaald" in cover and "geen label" in cover
    assert "label zonder stempel" not in cover  # a negative advice has no label at all
    assert "GECERTIFICEERD" not in pdf.text
    assert "1 norm voldoet niet: O5" in pdf.text
    assert "Verbeterpunten en leerpunten" in pdf.text  # the peers' learning points
    assert "Er wordt geen certificaat afgegeven." in pdf.text
    assert "Er is geen besluit: op een negatief advies wordt geen certificaat" in pdf.text


def test_a_worker_that_dies_costs_no_other_report(tmp_path):
    import shutil
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import AUDITS
    from tests.system import environment

    folder = tmp_path / "audits"
    folder.mkdir()
    for name in ("certificerend.yaml", "zelfevaluatie.yaml", "intercollegiaal.yaml"):
        shutil.copy(AUDITS / name, folder / name)
    out = tmp_path / "pdf"
    out.mkdir()
    process = subprocess.Popen([sys.executable, "-m", "kwaliteitslabel", "report", str(folder),
                                "-o", str(out)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=environment())
    victim, seen = None, set()
    deadline = time.monotonic() + 90
    while victim is None and time.monotonic() < deadline:  # a worker, not a passing helper
        listed = subprocess.run(["ps", "-ww", "-o", "pid=,args=", "--ppid", str(process.pid)],
                                capture_output=True, text=True).stdout.splitlines()
        # a report's worker, not multiprocessing's resource tracker
        children = {line.split()[0] for line in listed if "spawn_main" in line}
        lasting = sorted(children & seen)
        victim = int(lasting[0]) if lasting else None
        seen = children
        time.sleep(0.3)
    assert victim is not None
    subprocess.run(["kill", f"-{signal.SIGKILL.value}", str(victim)], check=True)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stdout + stderr
    assert "3 van 3 rapporten gemaakt" in stdout
    assert "stopte onverwacht; de tweede poging lukte" in stderr + stdout
    assert sorted(path.name for path in out.iterdir()) == [
        "certificerend.pdf", "intercollegiaal.pdf", "zelfevaluatie.pdf"]
