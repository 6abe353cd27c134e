"""Every read endpoint answers exactly what its response model makes of the answer.

The endpoints encode their answers themselves (``routes.answer``), past FastAPI's
validation by ``response_model``; this checks that nothing got lost on the way: each
real answer, read by its model and written out again, is the same bytes (same fields
in the same order, no field the model lacks, floats as floats, defaults filled in).
"""

from __future__ import annotations

import pytest

from quellenlage.api.models import (
    Analysis,
    ArticleSummaryOut,
    ClaimHitOut,
    EntityDetailOut,
    Paged,
    SearchHitOut,
    StoryDetailOut,
    StorySummaryOut,
)


def assert_model_answer(client, path: str, model) -> dict:
    r = client.get(path)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/json"
    assert model.model_validate_json(r.content).model_dump_json(by_alias=True).encode() == r.content
    return r.json()


def test_hand_built_story_and_its_articles(client, ids):
    """The oil-spill fixture: a story whose source table is rebuilt from the stored claims."""
    story = assert_model_answer(client, f"/api/stories/{ids['story']}", StoryDetailOut)
    assert story["sources"] and story["timeline"] and story["disagreements"] and story["claim_groups"]
    assert any(line["figures"] for line in story["sources"])
    assert assert_model_answer(client, "/api/stories", Paged[StorySummaryOut])["items"]
    for article_id in ids["articles"]:
        assert assert_model_answer(client, f"/api/articles/{article_id}", Analysis)["claims"]
    assert assert_model_answer(client, "/api/articles?limit=3&offset=1", Paged[ArticleSummaryOut])["items"]
    assert assert_model_answer(client, "/api/claims?source=Reederei%20Falk", Paged[ClaimHitOut])["items"]
    assert assert_model_answer(client, "/api/entities/org:reederei-falk", EntityDetailOut)["claims_by"]
    hits = assert_model_answer(client, "/api/search?q=K%C3%BCstenwache%20Leck", Paged[SearchHitOut])["items"]
    assert hits and hits[0]["highlights"]


@pytest.fixture(scope="module")
def connected_client(tmp_path_factory):
    """A store whose story the connect layer computed (its source table kept in stories.data)."""
    from fastapi.testclient import TestClient

    from quellenlage.api import create_app
    from quellenlage.store import open_store
    from tests.store.docs import container_story, event_story

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('models') / 'store.db'}")
    store.save_documents(event_story() + container_story())
    store.update_stories()
    with TestClient(create_app(store=store, token=""), raise_server_exceptions=False) as c:
        yield c
    store.close()


def test_connected_story_claims_and_entities(connected_client):
    c = connected_client
    listing = assert_model_answer(c, "/api/stories", Paged[StorySummaryOut])
    for s in listing["items"]:
        story = assert_model_answer(c, f"/api/stories/{s['id']}", StoryDetailOut)
        for a in story["articles"]:
            assert_model_answer(c, f"/api/articles/{a['id']}", Analysis)
    assert any(line["figures"] for line in story["sources"]) and story["timeline"]
    assert assert_model_answer(c, "/api/claims?entity=North%20Korea", Paged[ClaimHitOut])["items"]
    assert assert_model_answer(c, "/api/entities/iso3166:KP", EntityDetailOut)["claims_about"]
    assert assert_model_answer(c, "/api/search?q=Container", Paged[SearchHitOut])["items"]


def test_a_stored_contract_missing_fields_is_completed_by_the_model(client, built):
    """Contracts stored by an older version lack later fields; the answer has them, with their defaults."""
    from sqlalchemy import select

    from quellenlage.store.models import ArticleRow

    store, ids = built
    with store.session() as s:
        row = s.scalar(select(ArticleRow).where(ArticleRow.id == ids["english"]))
        old = row.analysis
        trimmed = {**old, "claims": [{k: v for k, v in c.items() if k not in ("hedged", "via")}
                                     for c in old["claims"]]}
        row.analysis = trimmed
    try:
        data = assert_model_answer(client, f"/api/articles/{ids['english']}", Analysis)
        assert all(c["hedged"] in (True, False) and c["via"] == [] for c in data["claims"])
    finally:
        with store.session() as s:
            s.scalar(select(ArticleRow).where(ArticleRow.id == ids["english"])).analysis = old


# --- search snippets: marks become offsets ---------------------------------------------------------

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from quellenlage.api.routes import snippet_parts  # noqa: E402
from quellenlage.store.results import HIGHLIGHT_END, HIGHLIGHT_START  # noqa: E402


def char_by_char(snippet: str) -> tuple[str, list[list[int]]]:
    """The marks read one character at a time (how snippet_parts first did it)."""
    out, spans, pos, start = [], [], 0, None
    for ch in snippet:
        if ch == HIGHLIGHT_START:
            start = pos
        elif ch == HIGHLIGHT_END:
            if start is not None:
                spans.append([start, pos])
            start = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans


@given(st.lists(st.sampled_from(["Kreml", " ", "ü", "…", HIGHLIGHT_START, HIGHLIGHT_END, "x"]), max_size=40)
       .map("".join))
def test_snippet_parts_reads_every_mark_as_one_pass_over_the_characters_would(snippet):
    assert snippet_parts(snippet) == char_by_char(snippet)


def test_snippet_parts_gives_offsets_into_the_plain_text():
    text, spans = snippet_parts(f"…die {HIGHLIGHT_START}Container{HIGHLIGHT_END} im {HIGHLIGHT_START}Hafen{HIGHLIGHT_END}")
    assert text == "…die Container im Hafen" and [text[a:b] for a, b in spans] == ["Container", "Hafen"]


# --- one type per concept: the listing models are built from the store's results ---------------------


def test_each_listing_model_is_its_store_result_field_by_field():
    from dataclasses import fields

    from quellenlage.api import models
    from quellenlage.document import Quantity
    from quellenlage.store import results

    pairs = {results.Figure: models.FigureOut, results.ArticleSummary: models.ArticleSummaryOut,
             results.ClaimHit: models.ClaimHitOut, results.EntityDetail: models.EntityDetailOut,
             results.SourceLine: models.SourceLineOut, results.TimelinePoint: models.TimelinePointOut,
             results.StoryDetail: models.StoryDetailOut, Quantity: models.QuantityOut}
    for cls, model in pairs.items():
        assert list(model.model_fields) == [f.name for f in fields(cls)], model.__name__
    assert list(models.StorySummaryOut.model_fields) == [f.name for f in fields(results.StorySummary)] + ["disagrees"]
    assert models.ClaimHitOut.model_fields["figures"].annotation == list[models.FigureOut]
    assert models.SourceLineOut.model_fields["figures"].annotation == list[models.FigureOut]
    by = models.EntityDetailOut.model_fields["claims_by"]
    assert by.annotation == list[models.ClaimHitOut] and by.description == fields(results.EntityDetail)[5].metadata[
        "description"]


from dataclasses import dataclass, field  # noqa: E402

from quellenlage.store.results import Figure  # noqa: E402


@dataclass
class Reading:
    """An invented result type (its annotations are resolved at module level, as the store's are)."""

    place: str
    figures: list[Figure] = field(default_factory=list, metadata={"description": "What was measured."})
    note: str | None = None


def test_a_field_added_to_a_result_type_is_in_its_model():
    from pydantic import ValidationError

    from quellenlage.api.models import FigureOut, model_of

    model = model_of(Reading, "ReadingOut", {Figure: FigureOut})
    assert model.model_fields["figures"].annotation == list[FigureOut]
    assert model.model_fields["figures"].description == "What was measured."
    assert model(place="Kai 3").model_dump() == {"place": "Kai 3", "figures": [], "note": None}
    with pytest.raises(ValidationError):
        model()


def test_each_contract_model_is_its_document_type_field_by_field():
    """The contract models are built from the document's types: same fields in the same order, less
    the ones the published contract leaves out (they pass through as extra fields)."""
    from dataclasses import fields

    from quellenlage import document
    from quellenlage.api import models

    left_out = {document.Entity: {"gender"}, document.Article: {"categories", "description"}}
    pairs = {document.TextSpan: models.SpanOut, document.Mention: models.MentionOut, document.Entity: models.EntityOut,
             document.Source: models.SourceOut, document.Relay: models.RelayOut, document.Claim: models.ClaimOut,
             document.Article: models.ArticleOut, document.Quantity: models.QuantityOut}
    for cls, model in pairs.items():
        assert list(model.model_fields) == [f.name for f in fields(cls) if f.name not in left_out.get(cls, ())]
    claim = models.ClaimOut.model_fields
    assert claim["span"].annotation is models.SpanOut and claim["via"].annotation == list[models.RelayOut]
    assert claim["quantities"].annotation == list[models.QuantityOut]
    assert not claim["cue"].is_required() and claim["cue"].default is None  # may be missing in a stored contract
    assert claim["mode"].is_required() and models.ArticleOut.model_fields["id"].is_required()
    entity = models.EntityOut.model_validate({"id": "e1", "name": "Mira Talvik", "type": "PER", "gender": "f"})
    assert entity.model_dump()["gender"] == "f"  # a field the model leaves out still passes through


def test_the_page_the_search_hit_and_the_contract_are_built_from_their_types():
    """``Paged``, ``SearchHitOut`` and ``Analysis`` follow the store's ``Page`` and ``SearchHit`` and the
    document's contract fields; what the API changes is named here, and nothing else differs."""
    from dataclasses import fields

    from quellenlage import document
    from quellenlage.api import models
    from quellenlage.store import results

    assert list(models.Paged.model_fields) == [f.name for f in fields(results.Page) if f.name != "exact"]
    page = models.Paged[models.ArticleSummaryOut]
    assert page.model_fields["items"].annotation == list[models.ArticleSummaryOut]
    assert page.__name__ == "Paged[ArticleSummaryOut]"  # the schema name in /openapi.json
    hit = models.SearchHitOut.model_fields
    assert list(hit) == [f.name for f in fields(results.SearchHit)] + ["highlights"]
    assert hit["article"].annotation is models.ArticleSummaryOut
    assert hit["snippet"].description == "Plain text around the match."  # not the store's marked-up one
    analysis = models.Analysis.model_fields
    assert list(analysis) == ["schema_"] + [f.name for f in fields(document.Document)
                                            if f.name in ("article", "entities", "claims")]
    assert analysis["schema_"].alias == "schema" and analysis["article"].is_required()
    assert analysis["claims"].annotation == list[models.ClaimOut] and analysis["claims"].default == []
    assert models.Analysis.__doc__.startswith("The analysis contract of one article")
