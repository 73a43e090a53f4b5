"""No circle in the package's imports.

The graph is read from the source with `ast`: every import at module level, including
those under `if TYPE_CHECKING:` (a circle there is a circle in the design, and the
type checker follows it); imports inside a function body are left out, since they run
only when called (the commands import the core that way).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import kwaliteitslabel

PACKAGE = Path(kwaliteitslabel.__file__).parent


def modules(package: Path = PACKAGE) -> dict[str, Path]:
    """Every module of the package by its dotted name (a package by its __init__)."""
    found = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def module_level_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """Imports outside function bodies (also under `if`, `try` and in class bodies)."""
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            pending += [child for child in ast.iter_child_nodes(node)
                        if isinstance(child, ast.stmt)]


def graph(known: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the package's modules it imports at module level."""
    edges: dict[str, set[str]] = {}
    for name, path in known.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: list[str] = []
        for node in module_level_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets += [alias.name for alias in node.names]
                continue
            base = node.module or ""
            if node.level:
                parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            targets += [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                        for alias in node.names]
        found = set()
        for target in targets:
            while target and target not in known:  # a name inside a module: the module
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
        edges[name] = found
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                part = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    part.append(member)
                    if member == node:
                        break
                if len(part) > 1:
                    found.append(sorted(part))
    return found


def test_the_cycle_finder_finds_a_circle_and_accepts_a_tree():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []


def test_the_graph_counts_module_level_and_type_checking_imports_not_calls(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.b import B\n")
    (package / "b.py").write_text("import os\n\ndef later():\n    from pkg import a\n")
    (package / "sub" / "c.py").write_text("from .. import b\nfrom ..a import thing\n"
                                          "import pkg.sub\n")
    edges = graph(modules(package))
    assert edges["pkg.a"] == {"pkg.b"}
    assert edges["pkg.b"] == set()
    assert edges["pkg.sub.c"] == {"pkg.b", "pkg.a", "pkg.sub"}
    assert cycles(edges) == []
    (package / "b.py").write_text("from pkg import a\n")
    assert cycles(graph(modules(package))) == [["pkg.a", "pkg.b"]]


def test_the_package_imports_without_a_circle():
    edges = graph(modules())
    assert len(edges) > 100 and "kwaliteitslabel.audit.rules" in edges[
        "kwaliteitslabel.audit.load"]
    assert cycles(edges) == []
