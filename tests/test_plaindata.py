"""Dataclasses to plain data and back, for any fields the model grows."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal

import pytest

from brief.plaindata import from_data, to_data


@dataclass(frozen=True)
class Leaf:
    name: str
    weight: float = 0.0


class Kind(Enum):
    QUOTE = "quote"
    FACT = "fact"


@dataclass(frozen=True)
class Claim:
    kind: Kind
    mode: Literal["strict", "loose"]
    spans: Sequence[tuple[int, int]] = ()
    scores: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Tree:
    leaves: tuple[Leaf, ...]
    grid: tuple[tuple[int, float], ...] = ()
    groups: tuple[tuple[Leaf, ...], ...] = ()
    best: Leaf | None = None
    note: str | None = None
    index: dict[int, Leaf] = field(default_factory=dict)
    tags: frozenset[str] = frozenset()
    flag: bool = False
    claims: tuple[Claim, ...] = ()


def test_nested_dataclasses_round_trip_through_json() -> None:
    tree = Tree((Leaf("a", 0.1), Leaf("b")), ((1, 2.5), (3, float("inf"))), ((Leaf("c"),), ()), Leaf("d", 1e-300),
                None, {7: Leaf("e")}, frozenset({"x", "y"}), True,
                (Claim(Kind.FACT, "loose", ((0, 4), (9, 12)), {"a": 0.5}),))
    assert from_data(json.loads(json.dumps(to_data(tree))), Tree) == tree


@pytest.mark.parametrize("data", [
    {"leaves": [{"name": 1}]},  # a number where a string belongs
    {"leaves": [{"name": "a", "colour": "red"}]},  # a field the model does not have
    {"leaves": [], "grid": [[1, 2, 3]]},  # a pair of three
    {"leaves": [], "flag": 1},
    {"leaves": {"__class__": "os.system"}},
    {"leaves": [], "best": {"name": "a", "weight": "heavy"}},  # no type of the optional field's fits
    {"leaves": [], "index": [[7]]},  # a pair of one
    {"leaves": [], "claims": [{"kind": "rumour", "mode": "strict"}]},  # no such kind
    {"leaves": [], "claims": [{"kind": "fact", "mode": "exact"}]},  # no such mode
    {"leaves": [], "tags": ["x", 1]},
])
def test_data_of_the_wrong_shape_is_refused_every_time(data: dict) -> None:
    """Refused when it is the first data read as a Tree, and again after good data of the same types."""
    with pytest.raises(ValueError):
        from_data(data, Tree)
    good = Tree((Leaf("a"),), ((1, 2.0),), ((Leaf("b"),),), Leaf("c"), "n", {1: Leaf("d")}, frozenset({"t"}), True,
                (Claim(Kind.QUOTE, "strict", ((1, 2),), {"k": 1.0}),))
    assert from_data(json.loads(json.dumps(to_data(good))), Tree) == good
    with pytest.raises(ValueError):
        from_data(data, Tree)
