"""Fuzzing: random damage to valid files, and random `audit set` answers.

Whatever goes in, the result is a validated model or one of our clear errors, never
another exception; and a save changes nothing but the norm that was set.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from helpers import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from typer.testing import CliRunner

from kwaliteitslabel.audit.answer import Answer
from kwaliteitslabel.audit.create import new_audit
from kwaliteitslabel.audit.load import load_audit
from kwaliteitslabel.audit.store import save_answer
from kwaliteitslabel.cli.app import app
from kwaliteitslabel.errors import KwaliteitslabelError
from kwaliteitslabel.framework.load import load_framework
from kwaliteitslabel.framework.locate import load_cached, shipped_root

FRAMEWORK = load_cached(shipped_root() / "2017")
NORM_IDS = [norm.id for norm in FRAMEWORK.norms]
WORK = Path(tempfile.mkdtemp(prefix="kwaliteitslabel-fuzz-"))


def _valid_audit_text() -> str:
    path = WORK / "basis.yaml"
    if not path.exists():
        loaded = new_audit(path, organisation="Stichting Fuzz", route="certificerend",
                           framework=FRAMEWORK, auditors=["Anne", "Bram"], fte=40)
        loaded = save_answer(loaded, "V1", Answer(
            score="voldoet_deels", findings="Werkwijze is er, wordt wisselend gebruikt.",
            evidence=[{"kind": "interview", "source": "medewerkers", "note": "zes werkers"}],
            improvements=[{"text": "Werkwijze bespreken in teamoverleg"}]))
        save_answer(loaded, "D3", Answer(score="nvt", nvt_reason="Geen eigen aanbod"))
    return path.read_text(encoding="utf-8")


VALID = _valid_audit_text()
YAML_CHARACTERS = list(":-[]{}#&*!|>'\"%@`,? \t\n\\") + ["\x00", "é", "🌷", "\r\n"]

mutation = st.tuples(
    st.sampled_from(["insert", "delete", "replace", "duplicate_line", "drop_line"]),
    st.floats(min_value=0, max_value=1, exclude_max=True),
    st.sampled_from(YAML_CHARACTERS),
)


def mutate(text: str, mutations) -> str:
    for kind, where, char in mutations:
        at = int(where * max(len(text), 1))
        lines = text.split("\n")
        line = int(where * len(lines))
        if kind == "insert":
            text = text[:at] + char + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + 1:]
        elif kind == "replace":
            text = text[:at] + char + text[at + 1:]
        elif kind == "duplicate_line":
            text = "\n".join(lines[:line + 1] + lines[line:])
        else:
            text = "\n".join(lines[:line] + lines[line + 1:])
    return text


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations=st.lists(mutation, min_size=1, max_size=4))
def test_damaged_audits_load_or_fail_clearly(mutations):
    path = WORK / "beschadigd.yaml"
    path.write_text(mutate(VALID, mutations), encoding="utf-8")
    try:
        loaded = load_audit(path)
    except KwaliteitslabelError as error:
        assert error.message
        assert all(problem.message for problem in error.problems)
    else:
        assert loaded.audit.organisation


NORM_TEXT = (shipped_root() / "2017" / "vakmanschap.yaml").read_text(encoding="utf-8")
FRAMEWORK_COPY = WORK / "kader"
shutil.copytree(shipped_root() / "2017", FRAMEWORK_COPY, dirs_exist_ok=True)


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations=st.lists(mutation, min_size=1, max_size=3))
def test_damaged_norm_files_load_or_fail_clearly(mutations):
    (FRAMEWORK_COPY / "vakmanschap.yaml").write_text(mutate(NORM_TEXT, mutations),
                                                     encoding="utf-8")
    try:
        framework = load_framework(FRAMEWORK_COPY)
    except KwaliteitslabelError as error:
        assert error.problems or error.message
    else:
        assert len(framework.norms) == 52


texts = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)
scores = st.sampled_from(["voldoet", "voldoet_deels", "voldoet_niet", "nvt", "goed", ""])
norm_ids = st.sampled_from([*NORM_IDS, "v2", "X1", ""])


@settings(max_examples=examples(120), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(norm=norm_ids, score=scores, finding=st.none() | texts,
       evidence=st.lists(texts, max_size=2), improvement=st.lists(texts, max_size=2),
       strength=st.lists(texts, max_size=2), reason=st.none() | texts)
def test_audit_set_never_crashes_and_changes_only_that_norm(norm, score, finding, evidence,
                                                            improvement, strength, reason):
    path = WORK / "set.yaml"
    path.write_text(VALID, encoding="utf-8")
    yaml = YAML(typ="safe")
    before = yaml.load(path)
    args = ["audit", "set", str(path), norm, "--score", score]
    if finding is not None:
        args += ["--finding", finding]
    if reason is not None:
        args += ["--reason", reason]
    for flag, values in (("--evidence", evidence), ("--improvement", improvement),
                         ("--strength", strength)):
        for value in values:
            args += [flag, value]
    result = CliRunner().invoke(app, args)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code in (0, 1), result.output
    if result.exit_code == 1:
        assert path.read_text(encoding="utf-8") == VALID
        return
    after = yaml.load(path)
    key = norm.upper()
    assert {k: v for k, v in after.items() if k != "results"} == \
        {k: v for k, v in before.items() if k != "results"}
    assert {k: v for k, v in after["results"].items() if k != key} == \
        {k: v for k, v in before["results"].items() if k != key}
    assert after["results"][key]["score"] == score
    if finding is not None and finding.strip():
        expected = finding.replace("\r\n", "\n").replace("\r", "\n").strip()
        assert after["results"][key]["findings"] == expected
    load_audit(path)  # the saved file is valid
