"""Places found without a round trip (yaml_lines.py) are those of the round-trip tree."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kwaliteitslabel import yaml_lines, yamlio

ROOT = Path(__file__).resolve().parents[2]
FILES = [*sorted((ROOT / "norms" / "2019").glob("*.yaml")),
         ROOT / "norms" / "2017" / "kader.yaml", ROOT / "audits" / "certificerend.yaml"]


def _locs(tree: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in the tree, and one missing key or item under each mapping and list."""
    yield prefix
    if isinstance(tree, dict):
        for key, value in tree.items():
            yield from _locs(value, (*prefix, key))
        yield (*prefix, "not_there", "below")
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            yield from _locs(value, (*prefix, index))
        yield (*prefix, len(tree))


@pytest.mark.parametrize("path", FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_places_match_the_round_trip_tree(path: Path) -> None:
    round_trip = yamlio.load(path)
    plain = yamlio.load(path, round_trip=False)
    assert not hasattr(plain.tree, "lc")
    differ = []
    for loc in _locs(round_trip.tree):
        expected = (yamlio.position(round_trip.tree, loc),
                    yamlio.key_position(round_trip.tree, loc))
        found = (yaml_lines.position(plain, loc), yaml_lines.position(plain, loc, key=True))
        if found != expected:
            differ.append((loc, expected, found))
    assert differ == []
    assert yaml_lines.in_file(path, ()) == yamlio.position(round_trip.tree, ())


def test_a_file_the_c_parser_refuses_is_placed_by_the_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "dubbel.yaml"
    path.write_text("a: 1\nb:\n  c: 2\n", encoding="utf-8")
    plain = yamlio.load(path, round_trip=False)
    assert yaml_lines.position(plain, ("b", "c")) == (3, 6)
    path.write_text("a: 1\nb:\n  c: [\n", encoding="utf-8")  # changed since: now broken
    with pytest.raises(yamlio.InvalidInput):
        yaml_lines.in_file(path, ("b", "c"))


def test_the_item_with_an_id_is_found_in_a_norm_file() -> None:
    path = ROOT / "norms" / "2019" / "vakmanschap.yaml"
    tree = yamlio.load(path, round_trip=False).tree
    ids = [norm["id"] for norm in tree["norms"]]
    assert [yaml_lines.item_where(path, ("norms",), "id", norm_id) for norm_id in ids] \
        == list(range(len(ids)))
    assert yaml_lines.item_where(path, ("norms",), "id", "X99") is None
    assert yaml_lines.item_where(path, ("area",), "id", ids[0]) is None
