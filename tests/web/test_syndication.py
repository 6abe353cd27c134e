from __future__ import annotations

from types import SimpleNamespace as NS

from quellenlage.web.syndication import fold_copies


def test_copies_fold_under_the_earliest_article():
    arts = [NS(id="a", published="2026-10-02"), NS(id="b", published="2026-10-01"),
            NS(id="c", published="2026-10-03"), NS(id="d", published=None)]
    groups = fold_copies(arts, {"a": 7, "b": 7, "c": None})
    assert [(g.original.id, [c.id for c in g.copies]) for g in groups] == [("b", ["a"]), ("c", []), ("d", [])]


def test_same_day_copies_keep_the_given_order():
    arts = [NS(id=x, published="2026-10-01") for x in "xyz"]
    groups = fold_copies(arts, {"x": 1, "y": 1, "z": 1})
    assert len(groups) == 1 and groups[0].original.id == "x" and [c.id for c in groups[0].copies] == ["y", "z"]


def test_groups_are_read_from_the_store(built):
    store, ids = built
    groups = store.syndication_groups(ids["articles"])
    first, second, *rest = ids["articles"]
    assert groups[first] is not None and groups[first] == groups[second]
    assert all(groups[i] is None for i in rest)
    assert store.syndication_groups([]) == {}
