"""Document.to_dict builds the contract as dataclasses.asdict would, without deep-copying every value."""

import copy
from collections import namedtuple
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path

import pytest

from quellenlage.document import as_plain
from quellenlage.pipeline import Pipeline

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
Pair = namedtuple("Pair", "left right")


class Colour(StrEnum):
    RED = "red"


class Label(str):
    pass


@dataclass
class Inner:
    name: str
    weight: float | None = None


@dataclass
class Outer:
    inner: Inner
    items: list = field(default_factory=list)
    table: dict = field(default_factory=dict)
    pair: tuple = ()
    flag: bool = False


ODD = Outer(Inner("Hafen", 2.5), [Inner("Mole"), (1, "zwei"), [None, True]],
            {"a": Inner("Kai"), 3: [Colour.RED]}, Pair(Inner("links"), Label("rechts")), True)


@pytest.mark.parametrize("page", ["ostsee-oelfilm.html", "ostsee-oelfilm.txt", "ostsee-oelfilm-en.txt"])
def test_the_contract_is_what_asdict_gives(page):
    doc = Pipeline().analyze_path(EXAMPLES / page)
    assert doc.claims and doc.entities
    got = doc.to_dict()
    assert got["article"] == asdict(doc.article)
    assert list(got["article"]) == list(asdict(doc.article))  # the same key order, as JSON prints it
    assert got["entities"] == [asdict(e) for e in doc.entities]
    assert got["claims"] == [asdict(c) for c in doc.claims]
    assert [list(c) for c in got["claims"]] == [list(asdict(c)) for c in doc.claims]


def test_odd_values_come_out_as_asdict_makes_them():
    got, want = as_plain(ODD), asdict(ODD)
    assert got == want
    assert type(got["pair"]) is Pair and type(got["items"][1]) is tuple
    assert type(got["pair"].right) is type(want["pair"].right) is Label


def test_no_value_is_deep_copied_that_copy_would_return_unchanged(monkeypatch):
    calls = []
    real = copy.deepcopy
    monkeypatch.setattr(copy, "deepcopy", lambda value, *a: calls.append(value) or real(value, *a))
    doc = Pipeline().analyze_path(EXAMPLES / "ostsee-oelfilm.txt")
    doc.to_dict()
    assert calls == []
