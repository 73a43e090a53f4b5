"""One read, one check, one write: a save parses the audit once to edit it and its new
bytes once to check them, and says the progress of what it saved."""

from __future__ import annotations

import json
import shutil

from kwaliteitslabel import yamlio
from tests.conftest import AUDITS


def _spy_on_parses(monkeypatch) -> list[str]:
    parsed: list[str] = []
    real = yamlio.parse

    def spy(path, raw, **options):
        parsed.append(str(path))
        return real(path, raw, **options)

    monkeypatch.setattr(yamlio, "parse", spy)
    return parsed


def test_one_audit_set_parses_the_audit_file_at_most_twice(cli, tmp_path, monkeypatch):
    path = tmp_path / "audit.yaml"
    shutil.copy(AUDITS / "certificerend-2017.yaml", path)
    before = json.loads(cli("audit", "status", path, "--json").stdout)
    parsed = _spy_on_parses(monkeypatch)

    result = cli("audit", "set", path, "V7", "--score", "voldoet_deels", "--finding",
                 "Eén keer gelezen", "--improvement", "Plan het gesprek")

    assert result.exit_code == 0, result.output
    assert 1 <= parsed.count(str(path)) <= 2, parsed
    monkeypatch.undo()
    after = json.loads(cli("audit", "status", path, "--json").stdout)
    # the line says the progress of the file as saved (from the model in memory)
    assert (f"V7: voldoet_deels bewaard in {path} ({after['scored']} van "
            f"{after['total']} normen beoordeeld)") in " ".join(result.stdout.split())
    assert after["counts"]["voldoet_deels"] == before["counts"]["voldoet_deels"] + 1
    assert "Eén keer gelezen" in path.read_text(encoding="utf-8")


def test_a_refused_save_leaves_nothing_behind_for_the_next(cli, tmp_path):
    """A save refused after the answer was put into the tree (here: the file got a second
    name) changes neither the file nor what the next save in the same run writes."""
    import os

    from kwaliteitslabel.audit.answer import Answer
    from kwaliteitslabel.audit.load import load_audit
    from kwaliteitslabel.audit.store import save_answer
    from kwaliteitslabel.errors import KwaliteitslabelError

    path = tmp_path / "audit.yaml"
    shutil.copy(AUDITS / "certificerend-2017.yaml", path)
    original = path.read_bytes()
    loaded = load_audit(path)  # as the walk holds it
    os.link(path, tmp_path / "tweede-naam.yaml")
    try:
        save_answer(loaded, "V1", Answer(score="voldoet_niet", findings="Niet bewaard",
                                         improvements=[{"text": "Niet bewaard"}]))
        raise AssertionError("a hard-linked audit was saved")
    except KwaliteitslabelError:
        pass
    assert path.read_bytes() == original
    (tmp_path / "tweede-naam.yaml").unlink()

    save_answer(loaded, "V3", Answer(score="voldoet", findings="Daarna bewaard"))

    shown = json.loads(cli("audit", "export", path, "--format", "json").stdout)
    rows = {row["norm"]: row for row in shown["rows"]}
    assert rows["V1"]["score"] == "voldoet" and "Niet bewaard" not in path.read_text()
    assert rows["V3"]["findings"] == "Daarna bewaard"


def test_audit_status_parses_the_audit_file_once(cli, tmp_path, monkeypatch):
    path = tmp_path / "audit.yaml"
    shutil.copy(AUDITS / "certificerend.yaml", path)
    parsed = _spy_on_parses(monkeypatch)

    result = cli("audit", "status", path, "--json")

    assert result.exit_code == 0, result.output
    assert parsed.count(str(path)) == 1, parsed
    assert json.loads(result.stdout)["scored"] == 49
