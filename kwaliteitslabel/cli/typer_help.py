"""typer's help module, without the parts of rich this tool's help never uses.

`typer.rich_utils` imports rich's Markdown (markdown-it, pygments) and Traceback (attrs,
rich.pretty) at its top: for help texts written in markdown and for pretty tracebacks.
Our help texts use rich markup (the app's `rich_markup_mode` is typer's default,
"rich") and pretty exceptions are off, so neither is drawn; together they were about a
third of the start-up of `--help`. While typer's module is imported, those two names
come from stand-ins that import the real class on first use, so that nothing breaks if
typer ever does use them.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_LATER = {"rich.markdown": "Markdown", "rich.traceback": "Traceback"}


def _real(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


def _stand_in(module: str, name: str) -> types.ModuleType:
    def construct(cls: type, *args: Any, **kwargs: Any) -> Any:
        return _real(module, name)(*args, **kwargs)

    def from_exception(cls: type, *args: Any, **kwargs: Any) -> Any:
        return _real(module, name).from_exception(*args, **kwargs)

    later = type(name, (), {"__new__": construct,
                            "from_exception": classmethod(from_exception)})
    stand_in = types.ModuleType(module)
    setattr(stand_in, name, later)
    return stand_in


def _import_lean() -> types.ModuleType:
    if "typer.rich_utils" in sys.modules:
        return sys.modules["typer.rich_utils"]
    placed = [module for module in _LATER if module not in sys.modules]
    for module in placed:
        sys.modules[module] = _stand_in(module, _LATER[module])
    try:
        return importlib.import_module("typer.rich_utils")
    finally:
        for module in placed:  # the real modules load normally from here on
            del sys.modules[module]


rich_utils = _import_lean()
