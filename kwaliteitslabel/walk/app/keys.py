"""The key descriptions of the full-screen walk in the language of the run.

A class's BINDINGS are made at import, before the command line sets the language: they
name a catalogue key as their description, and each app, screen or widget looks those up
when it is made (`speak`), in its own copy of the bindings."""

from __future__ import annotations

import dataclasses

from textual.dom import DOMNode

from kwaliteitslabel.words import word

KEYED = "walk."  # a description that is a catalogue key


def speak(node: DOMNode) -> None:
    """Replace the catalogue keys among `node`'s binding descriptions by their text."""
    table = node._bindings.key_to_bindings
    for key, bindings in table.items():
        table[key] = [dataclasses.replace(binding, description=word(binding.description))
                      if binding.description.startswith(KEYED) else binding
                      for binding in bindings]
