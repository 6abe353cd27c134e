"""Cutting article text into highlighted claim runs and entity links."""

from __future__ import annotations

from quellenlage.web.highlight import paragraphs

TEXT = "Der Minister sagte, es seien 200 Tonnen.\nDie Firma bestritt das."


def claim(start, end, cid="c"):
    return {"id": cid, "span": {"start": start, "end": end}, "content": {"start": start, "end": end}}


def flat(paras):
    return "\n".join("".join(p.text for run in para for p in run.pieces) for para in paras)


def test_text_is_kept_whole_and_split_into_paragraphs():
    paras = paragraphs(TEXT, [claim(4, 30)], [])
    assert flat(paras) == TEXT
    assert len(paras) == 2


def test_claim_run_covers_exactly_its_span():
    s = TEXT.index("es seien")
    e = TEXT.index(".")
    (para, _) = paragraphs(TEXT, [claim(s, e)], [])
    marked = [run for run in para if run.claim == 0]
    assert len(marked) == 1 and "".join(p.text for p in marked[0].pieces) == TEXT[s:e]


def test_nested_claims_give_the_inner_stretch_to_the_inner_claim():
    outer, inner = claim(0, 40, "outer"), claim(20, 30, "inner")
    (para, _) = paragraphs(TEXT, [outer, inner], [])
    by_claim = {}
    for run in para:
        by_claim.setdefault(run.claim, []).append("".join(p.text for p in run.pieces))
    assert by_claim[1] == [TEXT[20:30]]
    assert by_claim[0] == [TEXT[0:20], TEXT[30:40]]


def test_a_claim_across_paragraphs_is_marked_in_both():
    paras = paragraphs(TEXT, [claim(30, 50)], [])
    assert all(any(run.claim == 0 for run in para) for para in paras)


def test_entity_mentions_become_links_inside_and_outside_claims():
    ents = [{"id": "e1", "ref": "org:firma", "name": "Firma", "mentions": [{"start": 45, "end": 50}]},
            {"id": "e2", "name": "Minister", "mentions": [{"start": 4, "end": 12}]}]
    paras = paragraphs(TEXT, [claim(41, 63)], ents)
    linked = {p.text: p.entity for para in paras for run in para for p in run.pieces if p.entity}
    assert linked == {"Firma": "org:firma", "Minister": "Minister"}


def test_broken_offsets_are_ignored():
    bad = [claim(50, 10), claim(-3, 5), claim(0, 10_000), {"id": "x", "span": None, "content": None}]
    paras = paragraphs(TEXT, bad, [{"id": "e", "name": "X", "mentions": [{"start": 5, "end": 999}]}])
    assert flat(paras) == TEXT
    assert all(run.claim is None for para in paras for run in para)
