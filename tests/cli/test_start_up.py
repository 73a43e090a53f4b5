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

from kwaliteitslabel.cli.app import CHILDREN, app
from kwaliteitslabel.cli.conventions import walk
from kwaliteitslabel.cli.lazy import built
from tests.system import environment

# pydantic too: typer converts parameters with it, which `conventions._unconverted` spares
# the help (nothing there needs converting)
HEAVY = ("kwaliteitslabel.framework.load", "kwaliteitslabel.framework.model",
         "kwaliteitslabel.audit.model", "kwaliteitslabel.yamlio", "ruamel", "pydantic",
         "weasyprint",
         "textual", "openpyxl", "cryptography", "pikepdf", "rich.markdown", "markdown_it",
         "pygments", "rich.traceback", "babel")

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


# Each command group and top-level command lives in a module of its own; a start
# imports only the ones it uses (cli/lazy.py), the root's help none of them.
CHILD_MODULES = {name: module for name, module, _ in CHILDREN}


@pytest.mark.parametrize("args, used", [
    (["--help"], set()), (["--version"], set()), (["-h"], set()),
    (["audit", "--help"], {"audit"}), (["audit", "set", "-h"], {"audit"}),
    (["norms", "check", "--help"], {"norms"}), (["verify", "--help"], {"verify"}),
], ids=lambda value: " ".join(value) if isinstance(value, list) else "")
def test_a_start_imports_only_the_commands_it_uses(args, used, tmp_path):
    shown, code, modules = _run(args, tmp_path)
    assert code == 0 and shown
    imported = {name for name, module in CHILD_MODULES.items() if module in modules}
    assert imported == used, f"{' '.join(args)} imported the commands of {imported - used}"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_root_help_lists_each_command_as_its_own_help_begins(lang):
    """The lines the root's help shows (cli/app.py, so that it imports no command) are the
    first lines of the commands' own help, in either language."""
    root = typer.main.get_command(app)
    for name, _, _ in CHILDREN:
        assert root.main(["--lang", lang, name, "-h"], standalone_mode=False) == 0
        command = built(root)[name]
        line = command.short_help or command.help or ""
        first = " ".join((command.help or "").split("\n\n")[0].split())
        assert first == line, name


def test_a_command_is_made_only_when_used(capsys):
    """A group's help shows its commands without making them (their parameters are read
    from the function's annotations, the slow part); using one makes that one."""
    root = typer.main.get_command(app)
    assert root.main(["audit", "--help"], standalone_mode=False) == 0
    shown = capsys.readouterr().out
    assert "status" in shown and "Leg het oordeel over één norm vast" in shown
    audit = built(root)["audit"]
    assert list(built(root)) == ["audit"] and built(audit) == {}
    assert root.main(["audit", "status", "--help"], standalone_mode=False) == 0
    assert "BESTAND" in capsys.readouterr().out
    assert list(built(audit)) == ["status"]
