"""A fixed set of names whose words are looked up in the run's language when read.

Tables of words that other modules import once (the labels of an answer's parts, the
commands that mend a readiness check) cannot be filled in at import: the command line
sets the language after that. A `Worded` table asks the catalogue at each lookup.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from kwaliteitslabel.words import word


class Worded(Mapping[str, str]):
    """`table[name]` is `word(prefix + name)`, or `word(prefix + alias[name])`."""

    def __init__(self, prefix: str, names: Iterable[str],
                 alias: Mapping[str, str] | None = None) -> None:
        self._prefix = prefix
        self._names = tuple(names)
        self._alias = dict(alias or {})

    def __getitem__(self, name: str) -> str:
        if name not in self._names:
            raise KeyError(name)
        return word(self._prefix + self._alias.get(name, name))

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)
