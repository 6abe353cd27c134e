"""Small hand-written articles for store tests, built as Documents with correct offsets.

``make_doc`` takes the text and finds each claim's content, source and figures in it,
so the fixtures stay readable and their spans can never disagree with the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quellenlage.document import Claim, Document, Entity, Mention, Quantity, RawInput, Source


@dataclass
class C:
    """A claim: who (as written), what (a substring of the text), how."""

    source: str | None
    content: str
    stance: str = "assert"
    mode: str = "indirect"
    figures: list[tuple[str, dict]] = field(default_factory=list)  # (text as written, value/lower/upper/unit…)
    hedged: bool = False


def make_doc(text: str, outlet: str | None = None, published: str | None = None, language: str = "de",
             url: str | None = None, title: str | None = None,
             entities: list[tuple[str, str, str, str]] = (), claims: list[C] = ()) -> Document:
    """``entities``: (name as written, type, canonical, ref); every occurrence becomes a mention."""
    doc = Document(raw=RawInput(name=url or "fixture", content=text, kind="text"))
    doc.set_text(text)
    a = doc.article
    a.outlet, a.published, a.language, a.url, a.title = outlet, published, language, url, title
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
            source = Source(c.source, ss if ss >= 0 else None, ss + len(c.source) if ss >= 0 else None,
                            c.source, ent, "named")
        quantities = []
        for fig_text, vals in c.figures:
            fs = text.index(fig_text)
            quantities.append(Quantity(fig_text, fs, fs + len(fig_text), **vals))
        doc.claims.append(Claim(f"c{i}", doc.span(cs, cs + len(c.content)), doc.span(cs, cs + len(c.content)),
                                None, source, c.mode, c.stance, c.hedged, [], quantities))
        doc.quantities.extend(quantities)
    return doc


KREML = ("Kreml", "ORG", "Kremlin", "org:kremlin")
SUEDKOREA = ("Südkorea", "GPE", "South Korea", "iso3166:KR")
NORDKOREA = ("Nordkorea", "GPE", "North Korea", "iso3166:KP")


def container_story() -> list[Document]:
    """Three short articles about one (invented) event: a figure, a syndicated copy, a denial."""
    t1 = ("Südkorea zufolge hat Nordkorea 2.000 Container geliefert. "
          "Der Kreml wies die Berichte zurück.")
    d1 = make_doc(t1, "taz.de", "2023-11-01", url="https://taz.de/1", title="Container für Russland",
                  entities=[SUEDKOREA, NORDKOREA, KREML],
                  claims=[C("Südkorea", "hat Nordkorea 2.000 Container geliefert",
                            figures=[("2.000 Container", {"value": 2000, "unit": "Container",
                                                          "unit_lemma": "Container"})]),
                          C("Kreml", "wies die Berichte zurück", stance="deny")])
    d2 = make_doc(t1 + "\nMit Material von dpa.", "zeit.de", "2023-11-02", url="https://zeit.de/2",
                  title="Container für Russland", entities=[SUEDKOREA, NORDKOREA, KREML],
                  claims=[C("Südkorea", "hat Nordkorea 2.000 Container geliefert",
                            figures=[("2.000 Container", {"value": 2000, "unit": "Container",
                                                          "unit_lemma": "Container"})]),
                          C("Kreml", "wies die Berichte zurück", stance="deny")])
    t3 = "According to the US, North Korea has shipped more than 1,000 containers to Russia."
    d3 = make_doc(t3, "bbc.co.uk", "2023-10-13", language="en", url="https://bbc.co.uk/3",
                  title="North Korea ships arms",
                  entities=[("US", "GPE", "United States", "iso3166:US"),
                            ("North Korea", "GPE", "North Korea", "iso3166:KP")],
                  claims=[C("US", "North Korea has shipped more than 1,000 containers to Russia",
                            figures=[("more than 1,000 containers", {"lower": 1000, "unit": "containers",
                                                                     "unit_lemma": "container"})])])
    return [d1, d2, d3]


RUSSLAND = ("Russland", "GPE", "Russia", "iso3166:RU")
FIG_DE = {"unit": "Container", "unit_lemma": "Container"}


def event_story() -> list[Document]:
    """One invented event in four articles: German and English, a syndicated copy, a denial, two figures
    that cannot both be true (2,000 vs 3,000) and one compatible with both (more than 1,000)."""
    t1 = ("Südkorea zufolge hat Nordkorea 2.000 Container mit Munition an Russland geliefert. "
          "Das teilte der Geheimdienst in Seoul am Mittwoch mit. Die Lieferungen sollen per Schiff "
          "und per Bahn über die kurze gemeinsame Grenze erfolgt sein.\n"
          "Der Kreml bestritt, dass Nordkorea Container an Russland geliefert habe. Beobachter rechnen "
          "dennoch mit weiteren Lieferungen in den kommenden Wochen und Monaten.")
    ents = [SUEDKOREA, NORDKOREA, RUSSLAND, KREML]
    claims = [C("Südkorea", "hat Nordkorea 2.000 Container mit Munition an Russland geliefert",
                figures=[("2.000 Container", {"value": 2000, **FIG_DE})]),
              C("Kreml", "dass Nordkorea Container an Russland geliefert habe", stance="deny")]
    d1 = make_doc(t1, "taz.de", "2023-11-01", url="https://taz.example/1", title="Munition für Russland",
                  entities=ents, claims=claims)
    d2 = make_doc(t1 + "\nMit Material von dpa.", "zeit.de", "2023-11-02", url="https://zeit.example/2",
                  title="Nordkorea liefert Munition", entities=ents, claims=claims)
    t3 = ("According to the United States, North Korea has shipped more than 1,000 containers of "
          "munitions to Russia. Officials in Washington said the shipments began in September.")
    d3 = make_doc(t3, "bbc.example", "2023-10-13", language="en", url="https://bbc.example/3",
                  title="North Korea ships munitions to Russia",
                  entities=[("United States", "GPE", "United States", "iso3166:US"),
                            ("North Korea", "GPE", "North Korea", "iso3166:KP"),
                            ("Russia", "GPE", "Russia", "iso3166:RU")],
                  claims=[C("United States", "North Korea has shipped more than 1,000 containers of munitions "
                            "to Russia", figures=[("more than 1,000 containers",
                                                   {"lower": 1000, "unit": "containers", "unit_lemma": "container"})])])
    t4 = ("Japan zufolge hat Nordkorea bereits 3.000 Container an Russland geliefert. Die Regierung in "
          "Tokio berief sich auf Satellitenbilder eines Hafens.")
    d4 = make_doc(t4, "spiegel.example", "2023-11-05", url="https://spiegel.example/4",
                  title="Japan: 3.000 Container",
                  entities=[("Japan", "GPE", "Japan", "iso3166:JP"), NORDKOREA, RUSSLAND],
                  claims=[C("Japan", "hat Nordkorea bereits 3.000 Container an Russland geliefert",
                            figures=[("3.000 Container", {"value": 3000, **FIG_DE})])])
    return [d1, d2, d3, d4]
