"""Every package the code imports is declared in pyproject.toml, and every declared one is
used: an install from the declared list runs every command, and nothing rides along.

Imports are read from the source with `ast` (also those inside functions, which the
commands use to load the core late); each is traced to the installed distribution whose
files hold that module, so `ruamel.yaml` is told apart from `ruamel.yaml.clib`.
"""

from __future__ import annotations

import ast
import functools
import importlib.metadata as metadata
import re
import sys
import tomllib
from pathlib import Path

import kwaliteitslabel

PACKAGE = Path(kwaliteitslabel.__file__).parent
PYPROJECT = PACKAGE.parent / "pyproject.toml"

# Declared without an import of their own, each for a reason
NOT_IMPORTED = {
    "ruamel-yaml-clib": "the C loader that ruamel.yaml uses when it is installed",
}


def normal(name: str) -> str:
    """A distribution's name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(group: str | None = None) -> set[str]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    listed = project["dependencies"] if group is None else \
        project["optional-dependencies"][group]
    return {normal(re.match(r"[A-Za-z0-9._-]+", item).group()) for item in listed}


def imported_modules() -> dict[str, set[str]]:
    """Each third-party module imported anywhere in the package -> the files importing it."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.partition(".")[0]
                if top in sys.stdlib_module_names or top in ("kwaliteitslabel", "__future__"):
                    continue
                found.setdefault(name, set()).add(str(path.relative_to(PACKAGE.parent)))
    return found


@functools.cache
def _files(distribution: str) -> frozenset[str]:
    return frozenset(str(file) for file in metadata.distribution(distribution).files or [])


@functools.cache
def _tops() -> dict[str, list[str]]:
    return metadata.packages_distributions()


@functools.cache
def distribution_of(module: str) -> str:
    """The installed distribution that holds `module` (the longest path it provides)."""
    candidates = _tops().get(module.partition(".")[0], [])
    parts = module.split(".")
    best, depth = None, -1
    for name in candidates:
        files = _files(name)
        for size in range(len(parts), 0, -1):
            prefix = "/".join(parts[:size])
            if size > depth and any(file == f"{prefix}.py" or file.startswith(f"{prefix}/")
                                    for file in files):
                best, depth = name, size
                break
    assert best is not None, f"no installed distribution provides {module}"
    return normal(best)


def test_every_imported_package_is_declared():
    runtime = declared()
    missing = {}
    for module, files in imported_modules().items():
        name = distribution_of(module)
        if name not in runtime:
            missing.setdefault(name, set()).update(files)
    assert not missing, f"imported but not in [project] dependencies: {missing}"


def test_every_declared_package_is_imported():
    used = {distribution_of(module) for module in imported_modules()}
    unused = declared() - used - set(NOT_IMPORTED)
    assert not unused, f"declared but never imported by the package: {unused}"


def test_pypdf_is_for_the_tests_only():
    assert "pypdf" not in declared() and "pypdf" in declared("test")
    assert not [module for module in imported_modules() if module.startswith("pypdf")]


def test_the_tracing_tells_namespace_packages_apart():
    assert distribution_of("ruamel.yaml") == "ruamel-yaml"
    assert distribution_of("ruamel.yaml.comments") == "ruamel-yaml"
    assert distribution_of("fontTools.ttLib") == "fonttools"
