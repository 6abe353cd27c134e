"""A small fictional story as hand-built contract dicts: five reports in two languages, one
syndicated copy, one denial, one 'unclear', and one unrelated article."""

from __future__ import annotations

from .builders import article, claim, qty

KP = ("Nordkorea", "iso3166:KP", "North Korea")
RU = ("Russland", "iso3166:RU", "Russia")

AGENCY_TEXT = (
    "Die Vereinigten Staaten werfen Nordkorea vor, Russland in großem Umfang mit Munition zu versorgen. "
    "Die USA erklärten am Freitag, Nordkorea habe mehr als 1.000 Container an Russland geliefert. "
    "Die Ladung sei per Schiff über den Hafen Rajin und dann per Bahn an die Front gebracht worden. "
    "Satellitenbilder zeigten lange Reihen von Containern auf den Kais, hieß es weiter. "
    "Beobachter gehen davon aus, dass die Lieferungen in den kommenden Wochen weitergehen. "
)


def reports() -> list[dict]:
    usa = claim("Nordkorea habe mehr als 1.000 Container an Russland geliefert", "USA",
                quantities=[qty("mehr als 1.000 Container", "Container", lower=1000)])
    original = article(
        AGENCY_TEXT + "Eine Stellungnahme aus Pjöngjang lag zunächst nicht vor.",
        outlet="tagesblatt.example", published="2026-10-13", agencies=["dpa"], title="USA: Container für Russland",
        entities=[KP, RU, ("USA", "iso3166:US", "United States")], claims=[usa])
    copy = article(
        AGENCY_TEXT + "Aus Pjöngjang gab es zunächst keine Reaktion.",
        outlet="abendpost.example", published="2026-10-14", agencies=["dpa"], title="Munition für Moskau?",
        entities=[KP, RU, ("USA", "iso3166:US", "United States")], claims=[usa])
    seoul = article(
        "South Korea's intelligence service said North Korea had shipped about 2,000 containers to Russia. "
        "The shipments are believed to hold artillery shells.",
        outlet="dailyglobe.example", published="2026-11-01", lang="en", title="Seoul: 2,000 containers",
        entities=[("North Korea", "iso3166:KP", "North Korea"), ("Russia", "iso3166:RU", "Russia"),
                  ("South Korea", "iso3166:KR", "South Korea")],
        claims=[claim("North Korea had shipped about 2,000 containers to Russia", "South Korea",
                      quantities=[qty("about 2,000 containers", "containers", value=2000, approx=True)])])
    kremlin = article(
        "Der Kreml bestritt, dass Nordkorea Container an Russland geliefert habe. "
        "Ein Geheimdienst sprach dagegen von 3.000 Containern, die Nordkorea an Russland geschickt habe.",
        outlet="morgenruf.example", published="2026-11-03", title="Kreml dementiert",
        entities=[KP, RU, ("Kreml", "org:kremlin", "Kremlin")],
        claims=[claim("dass Nordkorea Container an Russland geliefert habe", "Kreml", stance="deny"),
                claim("von 3.000 Containern, die Nordkorea an Russland geschickt habe", "Geheimdienst",
                      quantities=[qty("3.000 Containern", "Containern", value=3000)])])
    london = article(
        "The UK Ministry of Defence said it was unclear how many containers from North Korea had reached Russia.",
        outlet="islandtimes.example", published="2026-11-05", lang="en", title="London cautious",
        entities=[("North Korea", "iso3166:KP", "North Korea"), ("Russia", "iso3166:RU", "Russia"),
                  ("UK Ministry of Defence", "org:uk-mod", "UK Ministry of Defence")],
        claims=[claim("how many containers from North Korea had reached Russia", "UK Ministry of Defence",
                      stance="uncertain")])
    return [original, copy, seoul, kremlin, london]


def unrelated() -> dict:
    return article(
        "Die Bahn meldete für Bayern am Wochenende mehr als 500 verspätete Züge. "
        "Ein Sprecher sagte, Grund sei ein Stellwerksausfall in Nürnberg.",
        outlet="tagesblatt.example", published="2026-11-02", title="Verspätungen in Bayern",
        entities=[("Bayern", "iso3166:DE-BY", "Bavaria"), ("Nürnberg", "geo:nuremberg", "Nuremberg")],
        claims=[claim("Grund sei ein Stellwerksausfall in Nürnberg", "Sprecher")])
