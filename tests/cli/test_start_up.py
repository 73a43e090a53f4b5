"""Help and version load none of the core: no framework loader, YAML, models, PDF or app.

Each case runs the CLI in a process of its own and lists the modules it imported (what
a user waits for before the first line appears); speed itself is measured by
benchmarks/run_all.py, not here.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import typer

from kwaliteitslabel.cli.app import app
from kwaliteitslabel.cli.conventions import walk
from tests.system import environment

# pydantic too: typer converts parameters with it, which `conventions._unconverted` spares
# the help (nothing there needs converting)
HEAVY = ("kwaliteitslabel.framework.load", "kwaliteitslabel.framework.model",
         "kwaliteitslabel.audit.model", "kwaliteitslabel.yamlio", "ruamel", "pydantic",
         "weasyprint",
         "textual", "openpyxl", "cryptography", "pikepdf", "rich.markdown", "markdown_it",
         "pygments", "rich.traceback")

# Runs the CLI's own entry point with the arguments after the script, then writes the
# names of every module the process imported to the file named first.
SCRIPT = """
import json, sys
target, sys.argv = sys.argv[1], ["kwaliteitslabel", *sys.argv[2:]]
from kwaliteitslabel.cli.app import main
try:
    main()
except SystemExit as stop:
    code = stop.code
with open(target, "w") as handle:
    json.dump({"code": code, "modules": sorted(sys.modules)}, handle)
"""

COMMANDS = [" ".join(path) for path, _ in walk(typer.main.get_command(app))]
CASES = [[*command.split(), "--help"] for command in COMMANDS] + [["--version"], ["-h"],
                                                                   ["audit", "set", "-h"]]


def _run(args: list[str], tmp_path) -> tuple[str, int, list[str]]:
    target = tmp_path / "modules.json"
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(target), *args],
                          capture_output=True, text=True, env=environment(), timeout=60)
    assert done.returncode == 0, done.stderr
    found = json.loads(target.read_text())
    return done.stdout, found["code"], found["modules"]


@pytest.mark.parametrize("args", CASES, ids=" ".join)
def test_help_and_version_import_nothing_heavy(args, tmp_path):
    shown, code, modules = _run(args, tmp_path)
    assert code == 0
    assert ("kwaliteitslabel 0." in shown) if args == ["--version"] else ("Gebruik:" in shown)
    heavy = [name for name in modules if name.startswith(HEAVY)]
    assert heavy == [], f"{' '.join(args)} imported {heavy}"


def test_a_command_that_works_still_loads_the_core(tmp_path):
    """The check above can fail: a command that reads the framework imports the loader."""
    shown, code, modules = _run(["norms", "list", "--json"], tmp_path)
    assert code == 0 and '"id": "V1"' in shown
    assert "kwaliteitslabel.framework.load" in modules and "ruamel.yaml" in modules


def test_typer_still_gets_markdown_and_tracebacks_when_it_asks(tmp_path):
    """Help texts in markdown and pretty tracebacks are not used here, but would work."""
    script = """
import sys
from kwaliteitslabel.cli.typer_help import rich_utils
assert "rich.markdown" not in sys.modules
text = rich_utils._make_rich_text(text="*schuin*", style="", markup_mode="markdown")
import rich.markdown, rich.traceback
assert type(text) is rich.markdown.Markdown, type(text)
try:
    1 / 0
except ZeroDivisionError as error:
    shown = rich_utils.get_traceback(error, rich_utils.DeveloperExceptionConfig(), [])
assert type(shown) is rich.traceback.Traceback, type(shown)
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=environment(), timeout=60)
    assert done.stdout.strip() == "ok", done.stderr
