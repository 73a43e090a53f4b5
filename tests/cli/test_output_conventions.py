"""Where output goes and how it looks: results on stdout, notices on stderr, `-q`,
`NO_COLOR`, 80 columns with hanging indents, YAML errors without the parser's English."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from tests.conftest import AUDITS, ROOT
from tests.helpers import edit

COLOUR = re.compile(r"\x1b\[(?:[\d;]*;)?(?:3\d|9[0-7]|4\d|10[0-7])(?:;[\d;]*)?m")


def run_at_80(*args: object, **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("KWALITEITSLABEL_NORMS", "FORCE_COLOR", "NO_COLOR")}
    env.update(PYTHONPATH=str(ROOT), COLUMNS="80", TERM="xterm", **extra_env)
    return subprocess.run([sys.executable, "-m", "kwaliteitslabel", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=60)


def test_quiet_keeps_results_and_errors_but_not_notices(cli, new_audit):
    path = new_audit()
    loud = cli("audit", "set", path, "V4", "--score", "voldoet")
    assert loud.exit_code == 0 and "Let op: V4 heeft geen bewijs" in loud.stderr
    quiet = cli("-q", "audit", "set", path, "V5", "--score", "voldoet")
    assert quiet.exit_code == 0
    assert "V5: voldoet bewaard" in quiet.stdout
    assert quiet.stderr == ""
    failed = cli("--quiet", "audit", "set", path, "X9", "--score", "voldoet")
    assert failed.exit_code == 1 and "norm 'X9' bestaat niet" in failed.stderr
    after = cli("audit", "set", path, "V6", "--score", "voldoet")
    assert "Let op" in after.stderr  # quiet holds for one run only


def test_results_on_stdout_the_next_step_on_stderr(cli, tmp_path):
    result = cli("audit", "new", tmp_path / "a.yaml", "--organisation", "X", "--route",
                 "certificerend")
    assert result.stdout.startswith("✓ Audit aangemaakt")
    assert "Nog nodig" not in result.stdout and "verder met" not in result.stdout
    assert "Nog nodig voor deze route" in result.stderr


def test_no_color_is_respected():
    coloured = run_at_80("audit", "score", AUDITS / "certificerend.yaml", FORCE_COLOR="1")
    assert coloured.returncode == 0 and COLOUR.search(coloured.stdout)
    plain = run_at_80("audit", "score", AUDITS / "certificerend.yaml", FORCE_COLOR="1",
                      NO_COLOR="1")
    assert plain.returncode == 0 and not COLOUR.search(plain.stdout + plain.stderr)
    help_text = run_at_80("audit", "set", "-h", FORCE_COLOR="1", NO_COLOR="1")
    assert help_text.returncode == 0 and not COLOUR.search(help_text.stdout)  # bold may stay


def test_score_and_status_fit_80_columns_with_hanging_indents(tmp_path):
    score = run_at_80("audit", "score", AUDITS / "certificerend-advies.yaml", NO_COLOR="1")
    assert score.returncode == 0, score.stderr
    lines = score.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines), [line for line in lines if len(line) > 80]
    advice = next(i for i, line in enumerate(lines) if line.startswith("Advies:"))
    assert lines[advice + 1].startswith(" " * len("Advies:   ")) and lines[advice + 1].strip()
    for i, line in enumerate(lines):
        if line.startswith("  • ") and i + 1 < len(lines) and lines[i + 1].startswith("    "):
            break
    else:
        raise AssertionError("no reason wrapped under its bullet:\n" + score.stdout)
    status = run_at_80("audit", "status", AUDITS / "certificerend.yaml", NO_COLOR="1")
    assert status.returncode == 0
    assert all(len(line) <= 80 for line in status.stdout.splitlines())


def test_yaml_errors_are_dutch_without_the_parsers_english(cli, new_audit):
    path = new_audit()
    line = edit(path, "scope: hele organisatie", "scope: [hele organisatie, wijk: noord")
    result = cli("audit", "status", path)
    assert result.exit_code == 1
    assert f"{path.name}:" in result.stderr and "YAML-syntaxfout" in result.stderr
    assert "een lijst tussen [ ] is niet afgesloten met ]" in result.stderr
    assert "expected" not in result.stderr and "but got" not in result.stderr
    assert line > 0


def test_a_long_list_of_open_norms_reads_as_runs_per_area(cli, new_audit):
    path = new_audit("zelfevaluatie")
    for norm_id in ("V3", "D7"):
        assert cli("audit", "set", path, norm_id, "--score", "voldoet").exit_code == 0
    shown = " ".join(cli("audit", "score", path).stdout.split())
    assert "47 normen nog niet (geldig) beoordeeld: V1, V2, V4–V16, D1–D6, D8–D15, " \
           "O1–O18." in shown
    assert "andere" not in shown


def test_check_names_open_norms_as_runs_and_its_hints_work_as_printed(cli, new_audit):
    path = new_audit("certificerend")
    assert cli("audit", "set", path, "V3", "--score", "voldoet").exit_code == 0
    shown = cli("audit", "check", path).stdout
    assert "nog open: V1, V2, V4–V16, D1–D15, O1–O18" in " ".join(shown.split())
    hint = f"kwaliteitslabel audit run {path} --norm V3"
    assert hint in shown  # the norm without evidence, where the walk opens
    assert "..." not in shown and "NORM" not in shown
