"""A small invented story for the web and API tests, stored the way ingest and the stories stage store it.

Four outlets report an oil spill off a fictional island: the ministry says more than
200 tonnes, the shipping company at most 50 (incompatible bounds), an NGO about 300,
an English agency report gives a range; the company denies a leak the coast guard
asserts. One agency text is printed by two outlets (a syndicated copy). A fifth
article carries hostile markup in its title, source and quote.

All texts are written for these tests. Claims, figures and entities are found in the
text by substring, so offsets cannot disagree with it. The story, claim groups,
disagreements and timeline rows are written with the store's ORM models, as the
stories stage would write them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from quellenlage.document import Claim, Document, Entity, Mention, Quantity, RawInput, Source

XSS = '<script>alert(1)</script>" onmouseover="alert(2)'


@dataclass
class C:
    source: str | None
    content: str
    stance: str = "assert"
    mode: str = "indirect"
    figures: list[tuple[str, dict]] = field(default_factory=list)
    hedged: bool = False


def make_doc(text: str, outlet: str, published: str, title: str, language: str = "de", url: str | None = None,
             entities: tuple[tuple[str, str, str, str], ...] = (), claims: tuple[C, ...] = ()) -> Document:
    doc = Document(raw=RawInput(name=url or title, content=text, kind="text"))
    doc.set_text(text)
    a = doc.article
    a.outlet, a.published, a.language, a.url, a.title = outlet, published, language, url, title
    a.agencies = ["dpa"] if "dpa" in text else []
    for i, (name, typ, canonical, ref) in enumerate(entities, 1):
        mentions, start = [], text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name)))
            start = text.find(name, start + 1)
        doc.entities.append(Entity(f"e{i}", name, typ, canonical, ref, mentions))
    for i, c in enumerate(claims, 1):
        cs = text.index(c.content)
        source = None
        if c.source:
            ss = text.find(c.source)
            ent = next((e.id for e in doc.entities if e.name == c.source), None)
            source = Source(c.source if ss >= 0 else None, ss if ss >= 0 else None,
                            ss + len(c.source) if ss >= 0 else None, c.source, ent, "named")
        quantities = []
        for fig_text, vals in c.figures:
            fs = text.index(fig_text)
            quantities.append(Quantity(fig_text, fs, fs + len(fig_text), **vals))
        span = doc.span(cs, cs + len(c.content))
        doc.claims.append(Claim(f"c{i}", span, span, None, source, c.mode, c.stance, c.hedged, [], quantities))
        doc.quantities.extend(quantities)
    return doc


MINISTRY = ("Umweltministerium", "ORG", "Environment Ministry", "org:umweltministerium-nordland")
COMPANY = ("Reederei Falk", "ORG", "Falk Shipping", "org:reederei-falk")
COAST = ("Küstenwache", "ORG", "Coast Guard", "org:kuestenwache")
ISLAND = ("Sandholm", "LOC", "Sandholm", "loc:sandholm")

AGENCY_TEXT = ("Vor der Insel Sandholm ist Öl ausgetreten. Das Umweltministerium teilte mit, es seien mehr als "
               "200 Tonnen Öl ins Meer gelangt.\nDie Reederei Falk erklärte dagegen, höchstens 50 Tonnen seien "
               "ausgelaufen. (dpa)")


def documents() -> list[Document]:
    t = "Tonnen"  # the unit as written
    ministry = C("Umweltministerium", "es seien mehr als 200 Tonnen Öl ins Meer gelangt",
                 figures=[("mehr als 200 Tonnen", {"lower": 200.0, "unit": t, "unit_lemma": "Tonne"})])
    company = C("Reederei Falk", "höchstens 50 Tonnen seien ausgelaufen",
                figures=[("höchstens 50 Tonnen", {"upper": 50.0, "unit": t, "unit_lemma": "Tonne"})])
    agency = [make_doc(AGENCY_TEXT, "Nordkurier", "2026-10-02", "Öl vor Sandholm ausgetreten",
                       url="https://nordkurier.example/oel", entities=(MINISTRY, COMPANY, ISLAND),
                       claims=(ministry, company)),
              make_doc(AGENCY_TEXT + "\nMehr dazu morgen.", "Inselbote", "2026-10-02", "Ölunfall vor Sandholm",
                       url="https://inselbote.example/oel", entities=(MINISTRY, COMPANY, ISLAND),
                       claims=(ministry, company))]
    ngo_text = ("Die Umweltgruppe Meeresschutz schätzt die Menge deutlich höher. „Es sind rund 300 Tonnen Öl“, "
                "sagte ihr Sprecher.\nDie Küstenwache bestätigte ein Leck im Tank des Frachters. Die Reederei Falk "
                "wies zurück, dass der Tank leck sei.")
    ngo = make_doc(ngo_text, "Küstenzeitung", "2026-10-05", "Umweltschützer: Viel mehr Öl als gemeldet",
                   url="https://kuestenzeitung.example/oel", entities=(COAST, COMPANY, ISLAND),
                   claims=(C("Meeresschutz", "Es sind rund 300 Tonnen Öl", mode="direct",
                             figures=[("rund 300 Tonnen", {"value": 300.0, "approx": True, "unit": t,
                                                            "unit_lemma": "Tonne"})]),
                           C("Küstenwache", "ein Leck im Tank des Frachters"),
                           C("Reederei Falk", "dass der Tank leck sei", stance="deny")))
    english = make_doc("Between 250 and 400 tonnes of oil leaked near Sandholm, the Environment Ministry said on "
                       "Friday. Cleanup crews were reportedly short of equipment.", "Harbour Times", "2026-10-09",
                       "Oil spill near Sandholm larger than thought", language="en",
                       url="https://harbourtimes.example/spill",
                       entities=(("Environment Ministry", "ORG", "Environment Ministry",
                                  "org:umweltministerium-nordland"), ISLAND),
                       claims=(C("Environment Ministry", "Between 250 and 400 tonnes of oil leaked near Sandholm",
                                 figures=[("Between 250 and 400 tonnes", {"lower": 250.0, "upper": 400.0,
                                                                           "unit": "tonnes",
                                                                           "unit_lemma": "Tonne"})]),
                               C(None, "Cleanup crews were reportedly short of equipment", mode="reportive",
                                 hedged=True, stance="uncertain")))
    hostile = make_doc(f"Ein Sprecher namens {XSS} sagte: „{XSS} ist harmlos.“\nMehr nicht.", "Testblatt",
                       "2026-10-10", f"Titel {XSS}", url="javascript:alert(3)",
                       claims=(C(XSS, f"{XSS} ist harmlos", mode="direct"),))
    return [*agency, ngo, english, hostile]


def build(store) -> dict:
    """Save the documents and the story rows; returns ids the tests need."""
    from sqlalchemy import select

    from quellenlage.store.models import (
        ArticleRow,
        ClaimGroupMemberRow,
        ClaimGroupRow,
        ClaimRow,
        DisagreementRow,
        StoryArticleRow,
        StoryRow,
        SyndicationGroupRow,
        TimelinePointRow,
    )

    docs = documents()
    store.save_documents(docs)
    ids = [d.article.id for d in docs]
    now = datetime(2026, 10, 10)
    with store.session() as s:
        arts = {a.id: a for a in s.scalars(select(ArticleRow).where(ArticleRow.id.in_(ids)))}
        syn = SyndicationGroupRow(key="syn-oel", canonical_article_pk=arts[ids[0]].pk)
        s.add(syn)
        s.flush()
        arts[ids[0]].syndication_group_pk = syn.pk
        arts[ids[1]].syndication_group_pk = syn.pk
        story = StoryRow(key="oel-sandholm", title="Ölunfall vor Sandholm", first_published="2026-10-02",
                         last_published="2026-10-09", article_count=4, outlet_count=4, language_count=2,
                         languages=["de", "en"], disagreement_count=2, updated_at=now)
        s.add(story)
        s.flush()
        for aid in ids[:4]:
            s.add(StoryArticleRow(story_pk=story.pk, article_pk=arts[aid].pk))
        claims = {(c.article_pk, c.local_id): c for c in s.scalars(select(ClaimRow))}

        def claim(doc_no: int, local: str) -> ClaimRow:
            return claims[(arts[ids[doc_no]].pk, local)]

        amount = ClaimGroupRow(story_pk=story.pk, key="oil:Tonne", label="Oil spilled (tonnes)")
        leak = ClaimGroupRow(story_pk=story.pk, key="leak", label="Leak in the tank")
        s.add_all([amount, leak])
        s.flush()
        amount_claims = [claim(0, "c1"), claim(0, "c2"), claim(1, "c1"), claim(1, "c2"), claim(2, "c1"),
                         claim(3, "c1")]
        for c in amount_claims:
            s.add(ClaimGroupMemberRow(claim_group_pk=amount.pk, claim_pk=c.pk))
        for c in (claim(2, "c2"), claim(2, "c3")):
            s.add(ClaimGroupMemberRow(claim_group_pk=leak.pk, claim_pk=c.pk))
        s.add(DisagreementRow(story_pk=story.pk, claim_group_pk=amount.pk, kind="figure",
                              rule="more than 200 and at most 50 cannot both be true",
                              claim_a_pk=claim(0, "c1").pk, claim_b_pk=claim(0, "c2").pk,
                              explanation="Umweltministerium vs Reederei Falk", data={"rule_id": "bounds-disjoint"}))
        s.add(DisagreementRow(story_pk=story.pk, claim_group_pk=leak.pk, kind="stance",
                              rule="the coast guard asserts a leak the company denies",
                              claim_a_pk=claim(2, "c2").pk, claim_b_pk=claim(2, "c3").pk,
                              explanation="Küstenwache vs Reederei Falk", data={"rule_id": "assert-vs-deny"}))
        points = [("2026-10-02", "Umweltministerium", "> 200 Tonnen", None, 200.0, None, claim(0, "c1")),
                  ("2026-10-02", "Reederei Falk", "≤ 50 Tonnen", None, None, 50.0, claim(0, "c2")),
                  ("2026-10-05", "Meeresschutz", "~ 300 Tonnen", 300.0, None, None, claim(2, "c1")),
                  ("2026-10-09", "Environment Ministry", "250–400 Tonnen", None, 250.0, 400.0, claim(3, "c1"))]
        for date, source, label, value, lower, upper, c in points:
            s.add(TimelinePointRow(story_pk=story.pk, claim_group_pk=amount.pk, claim_pk=c.pk, date=date,
                                   source=source, label=label, value=value, lower=lower, upper=upper,
                                   unit="Tonne"))
        story_pk = story.pk
    return {"story": story_pk, "articles": ids, "hostile": ids[4], "ngo": ids[2], "english": ids[3]}
