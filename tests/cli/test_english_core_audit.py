"""English on request for what the core of one audit says (kwaliteitslabel/audit/): a
refused save, answer, advice or decision, a broken audit file, a notice; per module a
command that makes its message appear, in English and with none of its Dutch sentences.

The Dutch of the same messages is asserted by the tests of each command.
"""

from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path

import pytest

from kwaliteitslabel.audit.lock import holding
from kwaliteitslabel.limits import LOCK_WAIT_SECONDS
from kwaliteitslabel.words import catalogue, set_language
from tests.cli.test_commission_act import DUO, EVIDENCE, advise, fill, new, norm_ids
from tests.cli.test_english import flat, phrases
from tests.conftest import AUDITS

NL, EN = catalogue("nl"), catalogue("en")
SECTION = [key for key in NL if key.startswith("audit.")]
# runs of three words of these messages in Dutch that no English message has
DUTCH = {phrase for key in SECTION for phrase in phrases(NL[key], 3)
         if len(phrase.split()) == 3} - {
    phrase for key in EN for phrase in phrases(EN[key], 3)}


def dutch(shown: str) -> list[str]:
    return sorted(phrase for phrase in DUTCH if phrase in flat(shown))


def copy(tmp_path: Path, name: str = "zelfevaluatie.yaml") -> Path:
    path = tmp_path / name
    shutil.copy(AUDITS / name, path)
    return path


def refused(cli, *args: str) -> str:
    """The one-line error of a refused command in English, its Dutch checked absent."""
    result = cli("--lang", "en", *args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert dutch(result.output) == [], result.output
    return flat(result.stderr)


def test_the_dutch_phrases_are_found_in_dutch_output(cli, tmp_path):
    """The check `dutch(...) == []` can fail: the same refusal in Dutch shows them."""
    result = cli("audit", "set", copy(tmp_path), "V1", "--score", "voldoet", "--at",
                 "2099-01-01")
    assert result.exit_code == 1 and dutch(result.stderr)
    assert len(SECTION) > 150
    assert [key for key in SECTION if NL[key] == EN[key]] == []


def test_store_refusals_in_english(cli, tmp_path):
    path = copy(tmp_path)
    shown = refused(cli, "audit", "set", path, "V1", "--follow-up", "1", "--status", "loopt")
    assert (f"{path}: V1 has no improvement points from the previous audit to follow up "
            "(see 'audit status')") in shown
    shown = refused(cli, "audit", "improvements", path, "--item", "3", "--status", "loopt")
    assert ("--item 3: the improvement plan has no actions yet; add one with --norm and "
            "--action") in shown


def test_answer_rules_and_evidence_refusals_in_english(cli, tmp_path):
    path = copy(tmp_path)
    before = path.read_bytes()
    shown = refused(cli, "audit", "set", path, "V1", "--score", "voldoet", "--at", "2099-01-01")
    assert "--at: 2099-01-01 is in the future; give the day on which the verdict was given" \
        in shown
    shown = refused(cli, "audit", "set", path, "V1", "--score", "nvt")
    assert ("V1 is a core norm and cannot be 'niet van toepassing'; choose another verdict; "
            "'niet van toepassing' requires a reason (nvt_reason in the file, --reason with "
            "audit set); please give one") in shown
    shown = refused(cli, "audit", "set", path, "V1", "--score", "voldoet", "--evidence",
                    "gesprekken/team: iets")
    assert ("--evidence: 'gesprekken' is not a kind of evidence; did you mean 'gesprek'? "
            "Choose from document, gesprek, observatie, e.g. 'gesprek/medewerkers: ...'") \
        in shown
    assert path.read_bytes() == before


def test_details_refusals_in_english(cli, tmp_path):
    path = copy(tmp_path)
    assert "--date: 'morgen' is not a date; write YYYY-MM-DD" in refused(
        cli, "audit", "details", path, "--date", "morgen")
    assert ("--participant: 'drie' is not a number; write 'clienten:3' or "
            "'clienten:3:explanation'") in refused(
        cli, "audit", "details", path, "--participant", "clienten:drie")
    assert ("--participant: unknown role 'klanten'; did you mean 'clienten'? Choose from "
            "clienten, clientenraad,") in refused(
        cli, "audit", "details", path, "--participant", "klanten:3")
    assert "--participant: unknown role 'xyz'. Choose from clienten," in refused(
        cli, "audit", "details", path, "--participant", "xyz:3")


@pytest.fixture
def ready(cli, tmp_path) -> Path:
    path = new(cli, tmp_path / "toetsing.yaml", "certificerend", *DUO)
    fill(path, norm_ids(cli))
    return path


def test_decision_refusals_in_english(cli, ready):
    shown = refused(cli, "audit", "advise", ready, "--advice", "positief", "--reason",
                    "Alle normen zijn beoordeeld", "--by", "Bram de Wit", "--date", "2026-11-20")
    assert ("--by: Bram de Wit may not give the formal advice; that is for the lead auditor "
            "of the certifying body (Certificering Zuidkust): Anne Jansen") in shown
    shown = refused(cli, "audit", "decide", ready, "--granted", "--date", "2026-12-01", "--by",
                    "beheercommissie Kwaliteitslabel")
    assert (f"{ready}: there is no formal advice from the lead auditor yet; the certificate "
            "follows positive advice") in shown
    shown = refused(cli, "audit", "decide", ready, "--granted", "--date", "2026-12-01", "--by",
                    "de directeur")
    assert ("--by: de directeur does not decide on this label; 'beheercommissie "
            "Kwaliteitslabel' does (the body the framework names). Give whoever signs on "
            "behalf of the commission with --signed-by 'NAME, role'.") in shown


def test_a_voided_advice_is_said_in_english(cli, ready):
    assert advise(cli, ready).exit_code == 0
    changed = cli("--lang", "en", "audit", "set", ready, "O12", "--score", "voldoet_niet",
                  "--improvement", "Opnieuw inrichten", *EVIDENCE)
    assert changed.exit_code == 0, changed.output
    assert ("Note: after this change the lead auditor's advice no longer holds; it belongs "
            "to the previous version of the audit. Have the lead auditor advise again (audit "
            "advise ... --force).") in flat(changed.stderr)
    assert dutch(changed.output) == []


def test_the_plan_a_positive_advice_needs_is_asked_for_in_english(cli, tmp_path):
    path = new(cli, tmp_path / "toetsing.yaml", "certificerend", *DUO)
    fill(path, norm_ids(cli), D5="voldoet_deels")
    shown = refused(cli, "audit", "advise", path, "--advice", "positief", "--reason",
                    "Alle normen zijn beoordeeld", "--by", "Anne Jansen", "--date", "2026-11-20")
    assert (f"{path}: on this route, positive advice requires an improvement plan from the "
            "organisation with an action and a deadline for every norm with the verdict "
            "voldoet deels; it is missing for D5. Record the actions with: kwaliteitslabel "
            f"audit improvements {path} --norm D5 --action 'ACTION' --owner 'NAME' "
            "--deadline YYYY-MM-DD") in shown


def test_a_sanction_and_a_bad_key_are_refused_in_english(cli, tmp_path):
    path = copy(tmp_path)
    shown = refused(cli, "audit", "decide", path, "--suspend", "--date", "2026-12-01", "--by",
                    "beheercommissie Kwaliteitslabel", "--reason", "Klachten onderzocht")
    assert ("this audit has no label from the commission (a granted certificate or a "
            "registration); there is nothing to suspend or withdraw") in shown
    advised = copy(tmp_path, "certificerend-advies.yaml")
    key = tmp_path / "sleutel.pem"
    key.write_text("geen sleutel", encoding="utf-8")
    shown = refused(cli, "audit", "decide", advised, "--granted", "--date", "2026-12-01",
                    "--by", "beheercommissie Kwaliteitslabel", "--key", key)
    assert (f"--key {key}: not a private key from 'kwaliteitslabel keys new' (PEM, Ed25519, "
            "without a password)") in shown


def test_a_broken_audit_file_is_described_in_english(cli, tmp_path):
    text = (AUDITS / "zelfevaluatie.yaml").read_text(encoding="utf-8")
    path = tmp_path / "kapot.yaml"
    path.write_text(text.replace("results:", "results:\n  X99:\n    score: voldoet\n"
                                 "  v2:\n    score: voldoet", 1), encoding="utf-8")
    shown = refused(cli, "audit", "check", path)
    assert ("norm 'X99' does not exist in framework 2019; correct the id (see "
            "'kwaliteitslabel norms list')") in shown
    assert ("norm 'v2' does not exist in framework 2019; did you mean V2? Write the id as the "
            "framework writes it") in shown
    dates = re.sub(r"dates:\n(  .*\n)*", "dates:\n  start: 2026-10-05\n  end: 2020-01-01\n",
                   text, count=1)
    path.write_text(dates, encoding="utf-8")
    assert "the end date 2020-01-01 is before the start date 2026-10-05" in refused(
        cli, "audit", "check", path)
    path.write_text("", encoding="utf-8")
    assert ("the audit file is empty; start with 'kwaliteitslabel audit new' or restore an "
            "earlier version") in refused(cli, "audit", "check", path)


def test_a_new_audit_in_a_missing_folder_and_its_hints_in_english(cli, tmp_path):
    missing = tmp_path / "nergens" / "audit.yaml"
    assert (f"{missing}: the folder {missing.parent} does not exist; create it first") in \
        refused(cli, "audit", "new", missing, "--organisation", "Stichting Proef", "--route",
                "zelfevaluatie")
    path = tmp_path / "audit.yaml"
    made = cli("--lang", "en", "audit", "new", path, "--organisation", "Stichting Proef",
               "--route", "certificerend", "--date", "2026-11-02")
    assert made.exit_code == 0, made.output
    shown = flat(made.output)
    assert f"kwaliteitslabel audit details {path} --certifying-body NAME" in shown
    assert (f"kwaliteitslabel audit details {path} --auditor 'NAME; ORGANISATION; ROLE' "
            "(repeat)") in shown
    assert dutch(made.output) == []


def test_outdated_references_and_the_signature_in_english(cli):
    result = cli("--lang", "en", "audit", "check", AUDITS / "certificerend.yaml")
    assert result.exit_code == 0, result.output
    shown = flat(result.stdout)
    assert ("O16 cites the Wet Huis voor klokkenluiders; since 2023-02-18 the Wet bescherming "
            "klokkenluiders applies") in shown
    assert re.search(r"the decision is signed with the key [0-9a-f]{16} \(an example key\)",
                     shown)
    assert dutch(result.stdout) == []


def test_a_carried_norm_of_a_partial_re_audit_is_refused_in_english(cli, tmp_path):
    original = copy(tmp_path, "combinatie.yaml")
    path = tmp_path / "heraudit.yaml"
    made = cli("audit", "new", path, "--partial-of", original, "--redo", "D5", "--date",
               "2026-11-30", "--end-date", "2026-12-01")
    assert made.exit_code == 0, made.output
    assert (f"{path}: V1 was carried over from the original audit (combinatie.yaml); this "
            "partial re-audit assesses only D5") in refused(
        cli, "audit", "set", path, "V1", "--score", "voldoet")


def test_a_file_that_is_no_recovery_file_is_refused_in_english(cli, tmp_path):
    path = copy(tmp_path)
    kept = tmp_path / "zelfevaluatie.herstel.yaml"
    kept.write_text("a: 1\n", encoding="utf-8")
    assert f"{kept}: this is not a recovery file of kwaliteitslabel" in refused(
        cli, "audit", "set", path, "--recover")


def test_a_held_lock_is_named_in_english(cli, tmp_path):
    path = copy(tmp_path)
    set_language("en")  # the holder writes who it is in its own language
    held, done = threading.Event(), threading.Event()

    def hold() -> None:
        with holding(path):
            held.set()
            done.wait()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(30)
        shown = refused(cli, "audit", "set", path, "V1", "--score", "voldoet")
    finally:
        done.set()
        holder.join()
        set_language("nl")
    assert f"{path}: is being saved at this moment by process " in shown
    assert (f"After waiting {LOCK_WAIT_SECONDS:.0f} seconds nothing has been changed; please "
            "try again shortly. If this persists, check whether that process is still "
            "running.") in shown
