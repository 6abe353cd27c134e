from __future__ import annotations

from types import SimpleNamespace as NS

from quellenlage.web.syndication import fold_copies


def test_copies_fold_under_the_earliest_article():
    arts = [NS(id="a", published="2026-10-02"), NS(id="b", published="2026-10-01"), NS(id="c", published="2026-10-03")]
    lines = [NS(article_ids=["a", "b"]), NS(article_ids=["c"])]
    groups = fold_copies(arts, lines)
    assert [(g.original.id, [c.id for c in g.copies]) for g in groups] == [("b", ["a"]), ("c", [])]


def test_lines_chain_copies_transitively_and_ignore_unknown_ids():
    arts = [NS(id=x, published="2026-10-01") for x in "abc"]
    groups = fold_copies(arts, [NS(article_ids=["a", "b"]), NS(article_ids=["b", "c", "zzz"])])
    assert len(groups) == 1 and groups[0].original.id == "a" and len(groups[0].copies) == 2
