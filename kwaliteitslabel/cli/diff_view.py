"""`norms diff` in the terminal: merges and splits by name, changed texts word by word."""

from __future__ import annotations

import difflib
from typing import Any

from rich.text import Text

from kwaliteitslabel.cli.output import out
from kwaliteitslabel.framework.diff import FieldChange, FrameworkDiff
from kwaliteitslabel.framework.loaded import Framework
from kwaliteitslabel.framework.mapping import KIND_WORDS
from kwaliteitslabel.framework.words import shortened, word_diff
from kwaliteitslabel.words import word

INDENT = "      "


def print_diff(result: FrameworkDiff, before: Framework, after: Framework) -> None:
    if result.mapping:
        out.print(Text(word("cli.diff_view.mapping", mapping=result.mapping), style="dim"))
    for new_id, sources in result.merged:
        out.print(Text.assemble(("⇉ ", "cyan"), (new_id, "bold cyan"),
                                word("cli.diff_view.merged", title=_title(after, new_id),
                                     sources=", ".join(f"{s} ({_title(before, s)})"
                                                       for s in sources))))
        _note(result, new_id)
    for old_id, targets in result.split:
        out.print(Text.assemble(("⇇ ", "cyan"), (old_id, "bold cyan"),
                                word("cli.diff_view.split", title=_title(before, old_id),
                                     targets=", ".join(f"{t} ({_title(after, t)})"
                                                       for t in targets))))
        for target in targets:
            _note(result, target, label=target)
    for norm_id in result.added:
        out.print(Text.assemble(("+ ", "green"), (norm_id, "bold green"),
                                word("cli.diff_view.added", title=_title(after, norm_id))))
        _note(result, norm_id)
    for norm_id in result.removed:
        out.print(Text.assemble(("- ", "red"), (norm_id, "bold red"),
                                word("cli.diff_view.removed",
                                     title=_title(before, norm_id))))
    for norm_id, changes in result.changed.items():
        old_id = result.predecessor.get(norm_id, norm_id)
        kind = KIND_WORDS.get(result.kinds.get(norm_id, ""), word("cli.diff_view.changed"))
        origin = word("cli.diff_view.was", norm=old_id) if old_id != norm_id else ""
        out.print(Text.assemble(("~ ", "yellow"), (norm_id, "bold yellow"),
                                f" {kind}{origin}: {_title(after, norm_id)}"))
        _note(result, norm_id)
        for change in changes:
            _print_change(change)
    unchanged = [n for n, kind in result.kinds.items()
                 if kind == "same" and n not in result.changed and n not in result.predecessor]
    if unchanged:
        out.print(Text(word("cli.diff_view.unchanged", norms=", ".join(unchanged)),
                       style="dim"))
    for change in result.manifest:
        out.print(Text.assemble(("~ kader.yaml ", "yellow"), f"{change.field}:"))
        _print_value_change(change.old, change.new)


def _note(result: FrameworkDiff, norm_id: str, label: str | None = None) -> None:
    note = result.notes.get(norm_id)
    if note:
        out.print(Text(f"    {label + ': ' if label else ''}{note}", style="dim"))


def _title(framework: Framework, norm_id: str) -> str:
    norm = framework.norm(norm_id)
    return norm.title if norm is not None else norm_id


def _print_change(change: FieldChange) -> None:
    out.print(f"    {change.field}:")
    _print_value_change(change.old, change.new)


def _print_value_change(old: Any, new: Any) -> None:
    if isinstance(old, list) or isinstance(new, list):
        _print_list_change(old or [], new or [])
    elif isinstance(old, str) and isinstance(new, str):
        out.print(_words(old, new))
    else:
        out.print(Text.assemble(INDENT, (f"[-{_shown(old)}-]", "red"), " ",
                                (f"{{+{_shown(new)}+}}", "green")))


def _print_list_change(old: list[Any], new: list[Any]) -> None:
    """Items kept, removed and added; a replaced item word by word."""
    before, after = [_shown(item) for item in old], [_shown(item) for item in new]
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        pairs = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for offset in range(pairs):
            out.print(_words(before[i1 + offset], after[j1 + offset], bullet="~ "))
        for item in before[i1 + pairs:i2]:
            out.print(Text.assemble(INDENT, ("- " + item, "red")))
        for item in after[j1 + pairs:j2]:
            out.print(Text.assemble(INDENT, ("+ " + item, "green")))


def _words(old: str, new: str, bullet: str = "") -> Text:
    text = Text(INDENT + bullet)
    for index, (op, words) in enumerate(shortened(word_diff(old, new))):
        if index:
            text.append(" ")
        if op == "=":
            text.append(words)
        elif op == "-":
            text.append(f"[-{words}-]", style="red strike")
        else:
            text.append(f"{{+{words}+}}", style="green")
    return text


def _shown(value: Any) -> str:
    if value is None:
        return word("cli.diff_view.empty")
    if isinstance(value, dict) and {"id", "name"} <= set(value):
        return f"{value['id']}: {value['name']}"
    if isinstance(value, dict) and "text" in value:
        roles = ", ".join(value.get("roles", []))
        return f"{value['text']} ({roles})" if roles else str(value["text"])
    if isinstance(value, list):
        return ", ".join(_shown(item) for item in value)
    return str(value)
