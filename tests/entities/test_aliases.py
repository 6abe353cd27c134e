"""Alias table: a name as written in a sentence -> the stable ref it must resolve to.

German and English sentences written for these tests. Each case names the surface form that
must be one mention, and the ref of the entity it belongs to.
"""

from __future__ import annotations

import pytest

from .helpers import analyse, entity_at

DE = [
    # countries: short names, ISO names, inflection, demonyms, capitals as metonyms
    ("Nordkorea feuerte eine Rakete ab.", "Nordkorea", "iso3166:KP"),
    ("Die Führung Nordkoreas schweigt.", "Nordkoreas", "iso3166:KP"),
    ("Die DVRK bestreitet das.", "DVRK", "iso3166:KP"),
    ("Pjöngjang reagierte empört.", "Pjöngjang", "iso3166:KP"),
    (
        "Die Demokratische Volksrepublik Korea erklärte das.",
        "Demokratische Volksrepublik Korea",
        "iso3166:KP",
    ),
    ("Südkorea spricht von 2.000 Containern.", "Südkorea", "iso3166:KR"),
    ("Das Militär Südkoreas ist alarmiert.", "Südkoreas", "iso3166:KR"),
    ("Seoul warnt vor einer Eskalation.", "Seoul", "iso3166:KR"),
    ("Die USA haben Sorge geäußert.", "USA", "iso3166:US"),
    ("Nach Angaben der Vereinigten Staaten sind es mehr.", "Vereinigten Staaten", "iso3166:US"),
    ("Die Vereinigte Staaten von Amerika sind ein Land.", "Vereinigte Staaten von Amerika", "iso3166:US"),
    ("Washington reagierte gelassen.", "Washington", "iso3166:US"),
    ("Die US-Armee übte.", "US-Armee", "mil:us"),
    ("Russland bestreitet den Handel.", "Russland", "iso3166:RU"),
    ("Die Russische Föderation liefert Öl.", "Russische Föderation", "iso3166:RU"),
    ("Moskau dementierte.", "Moskau", "iso3166:RU"),
    ("Die Russen ziehen ab.", "Russen", "iso3166:RU"),
    ("Großbritannien schickt Hilfe.", "Großbritannien", "iso3166:GB"),
    ("Das Vereinigte Königreich hat gewählt.", "Vereinigte Königreich", "iso3166:GB"),
    ("Die Regierung in London schweigt.", "Regierung in London", "gov:gb"),
    ("Das Verteidigungsministerium in Moskau dementiert.", "Verteidigungsministerium in Moskau", "ministry:ru:defence"),
    ("Er reist morgen nach London.", "London", "city:gb:london"),
    ("Das Treffen findet in Berlin statt.", "Berlin", "city:de:berlin"),
    ("Deutschland liefert Panzer.", "Deutschland", "iso3166:DE"),
    ("Berlin hält sich zurück.", "Berlin", "iso3166:DE"),
    ("Frankreich und Italien streiten.", "Frankreich", "iso3166:FR"),
    ("Frankreich und Italien streiten.", "Italien", "iso3166:IT"),
    ("Die Ukraine meldet Angriffe.", "Ukraine", "iso3166:UA"),
    ("Kiew meldet Angriffe.", "Kiew", "iso3166:UA"),
    ("China hat protestiert.", "China", "iso3166:CN"),
    ("Peking hat protestiert.", "Peking", "iso3166:CN"),
    ("Japan und Taiwan verhandeln.", "Japan", "iso3166:JP"),
    ("Japan und Taiwan verhandeln.", "Taiwan", "iso3166:TW"),
    ("Die Türkei blockiert den Beitritt.", "Türkei", "iso3166:TR"),
    ("Österreich schließt die Grenze.", "Österreich", "iso3166:AT"),
    ("Die Schweiz bleibt neutral.", "Schweiz", "iso3166:CH"),
    ("Der Iran droht.", "Iran", "iso3166:IR"),
    ("Teheran droht.", "Teheran", "iso3166:IR"),
    ("Israel greift an.", "Israel", "iso3166:IL"),
    ("Die Niederlande liefern Jets.", "Niederlande", "iso3166:NL"),
    ("Polen fordert mehr.", "Polen", "iso3166:PL"),
    ("Saudi-Arabien erhöht die Förderung.", "Saudi-Arabien", "iso3166:SA"),
    ("Die Nordkoreaner feiern.", "Nordkoreaner", "iso3166:KP"),
    ("Belarus unterstützt Moskau.", "Belarus", "iso3166:BY"),
    ("Kanada und Mexiko verhandeln.", "Mexiko", "iso3166:MX"),
    # seats of government and governments
    ("Der Kreml wies das als unbelegt zurück.", "Kreml", "gov:ru"),
    ("Ein Sprecher des Kremls sagte das.", "Kremls", "gov:ru"),
    ("Das Weiße Haus schweigt.", "Weiße Haus", "gov:us"),
    ("Ein Sprecher des Weißen Hauses sagte das.", "Weißen Hauses", "gov:us"),
    ("Die russische Regierung widerspricht.", "russische Regierung", "gov:ru"),
    ("Nach Angaben der russischen Regierung stimmt das nicht.", "russischen Regierung", "gov:ru"),
    ("Downing Street äußerte sich nicht.", "Downing Street", "gov:gb"),
    ("Die Bundesregierung prüft das.", "Bundesregierung", "gov:de"),
    ("Südkoreas Regierung warnt.", "Südkoreas Regierung", "gov:kr"),
    ("Der Élysée-Palast bestätigte das.", "Élysée-Palast", "gov:fr"),
    # ministries, German and foreign
    (
        "Das britische Verteidigungsministerium erklärte das.",
        "britische Verteidigungsministerium",
        "ministry:gb:defence",
    ),
    (
        "Laut dem britischen Verteidigungsministerium ist das unklar.",
        "britischen Verteidigungsministerium",
        "ministry:gb:defence",
    ),
    (
        "Das russische Außenministerium bestellte den Botschafter ein.",
        "russische Außenministerium",
        "ministry:ru:foreign",
    ),
    (
        "Das südkoreanische Vereinigungsministerium äußerte sich.",
        "südkoreanische Vereinigungsministerium",
        "ministry:kr:unification",
    ),
    ("Das Auswärtige Amt rät von Reisen ab.", "Auswärtige Amt", "ministry:de:foreign"),
    (
        "Das Bundesministerium der Verteidigung bestätigte das.",
        "Bundesministerium der Verteidigung",
        "ministry:de:defence",
    ),
    (
        "Das Bundesverteidigungsministerium bestätigte das.",
        "Bundesverteidigungsministerium",
        "ministry:de:defence",
    ),
    ("Das Bundesinnenministerium plant Kontrollen.", "Bundesinnenministerium", "ministry:de:interior"),
    ("Das Bundesfinanzministerium rechnet nach.", "Bundesfinanzministerium", "ministry:de:finance"),
    ("Das Bundesgesundheitsministerium warnt.", "Bundesgesundheitsministerium", "ministry:de:health"),
    ("Das Pentagon bestätigte das.", "Pentagon", "ministry:us:defence"),
    ("Das US-Verteidigungsministerium bestätigte das.", "US-Verteidigungsministerium", "ministry:us:defence"),
    (
        "Das amerikanische Verteidigungsministerium bestätigte das.",
        "amerikanische Verteidigungsministerium",
        "ministry:us:defence",
    ),
    # international organisations
    ("Die Vereinten Nationen verurteilen das.", "Vereinten Nationen", "org:un"),
    ("Die UN verurteilen das.", "UN", "org:un"),
    ("Die Nato verstärkt die Ostflanke.", "Nato", "org:nato"),
    ("Die NATO verstärkt die Ostflanke.", "NATO", "org:nato"),
    ("Die EU verhängt Sanktionen.", "EU", "org:eu"),
    ("Die Europäische Union verhängt Sanktionen.", "Europäische Union", "org:eu"),
    ("Die Sanktionen der Europäischen Union greifen.", "Europäischen Union", "org:eu"),
    ("Die EU-Kommission prüft das.", "EU-Kommission", "org:eu-commission"),
    ("Die Internationale Atomenergiebehörde warnt.", "Internationale Atomenergiebehörde", "org:iaea"),
    ("Die IAEA warnt.", "IAEA", "org:iaea"),
    ("Der IWF senkt die Prognose.", "IWF", "org:imf"),
    ("Die Weltgesundheitsorganisation warnt.", "Weltgesundheitsorganisation", "org:who"),
    ("Der UN-Sicherheitsrat tagt.", "UN-Sicherheitsrat", "org:un-security-council"),
    ("Die OSZE beobachtet die Wahl.", "OSZE", "org:osce"),
    ("Die EZB erhöht die Zinsen.", "EZB", "org:ecb"),
    ("Das Rote Kreuz hilft.", "Rote Kreuz", "org:red-cross"),
    ("Der Bundestag stimmt ab.", "Bundestag", "org:bundestag"),
    ("Das Bundesverfassungsgericht urteilt.", "Bundesverfassungsgericht", "org:bverfg"),
    ("Der BND warnt.", "BND", "org:bnd"),
    ("Die Bundeswehr übt.", "Bundeswehr", "org:bundeswehr"),
    ("Das Robert Koch-Institut meldet Fälle.", "Robert Koch-Institut", "org:rki"),
    # parties
    ("Die SPD lehnt das ab.", "SPD", "party:de:spd"),
    ("Die CDU lehnt das ab.", "CDU", "party:de:cdu"),
    ("Die AfD lehnt das ab.", "AfD", "party:de:afd"),
    ("Die FDP lehnt das ab.", "FDP", "party:de:fdp"),
    ("Die Republikaner blockieren das Gesetz.", "Republikaner", "party:us:republican"),
    ("Die Arbeiterpartei Koreas tagt.", "Arbeiterpartei Koreas", "party:kp:wpk"),
    # companies
    ("Die Deutsche Bahn meldet Verspätungen.", "Deutsche Bahn", "org:deutsche-bahn"),
    ("Nach Angaben der Deutschen Bahn fällt der Zug aus.", "Deutschen Bahn", "org:deutsche-bahn"),
    ("Die Deutsche Bahn meldet Verspätungen, die Bahn entschuldigt sich.", "Bahn", "org:deutsche-bahn"),
    ("Flixbus fährt weiter.", "Flixbus", "org:flix"),
    ("Ein BMW-Händler ist zufrieden.", "BMW", "org:bmw"),
    ("VW baut Stellen ab.", "VW", "org:volkswagen"),
    # media and agencies
    ("Das meldet die Nachrichtenagentur dpa.", "dpa", "media:dpa"),
    ("Das meldet die Deutsche Presse-Agentur.", "Deutsche Presse-Agentur", "media:dpa"),
    ("Wie die Deutsche Presse-Agentur erfuhr.", "Deutsche Presse-Agentur", "media:dpa"),
    ("Das berichtet Reuters.", "Reuters", "media:reuters"),
    ("Das berichtet AFP.", "AFP", "media:afp"),
    ("Das berichtet die Agentur Yonhap.", "Yonhap", "media:yonhap"),
    ("Das meldete KCNA.", "KCNA", "media:kcna"),
    ("Das berichtet die Süddeutsche Zeitung.", "Süddeutsche Zeitung", "media:sz"),
    ("Wie die Süddeutschen Zeitung schrieb.", "Süddeutschen Zeitung", "media:sz"),
    ("Das sagte er dem Spiegel. Der Spiegel berichtet.", "Der Spiegel", "media:spiegel"),
    ("Das berichtet der Express.", "Express", None),
    ("Das berichtet die Daily Express. Der Express schreibt.", "Express", "media:express"),
    ("Das sagte er MDR THÜRINGEN.", "MDR THÜRINGEN", "media:mdr"),
    ("Wie das Magazin Technology Review berichtet.", "Technology Review", "media:technology-review"),
    ("Das zeigt eine Umfrage der ARD.", "ARD", "media:ard"),
    ("Das zeigt eine Umfrage des ZDF.", "ZDF", "media:zdf"),
    ("Das meldet die Nachrichtenagentur Tass.", "Tass", "media:tass"),
    # places that are not governments
    ("Der Landesverband in Thüringen ist zufrieden.", "Thüringen", "loc:de:th"),
    ("In Bayern regnet es.", "Bayern", "loc:de:by"),
    ("Auf der Krim wird gekämpft.", "Krim", "loc:crimea"),
    # well-known people across spellings
    ("Wladimir Putin empfing ihn.", "Wladimir Putin", "person:vladimir-putin"),
    ("Putin empfing ihn.", "Putin", "person:vladimir-putin"),
    ("Kim Jong Un besuchte die Fabrik.", "Kim Jong Un", "person:kim-jong-un"),
    ("Kim Jong-un besuchte die Fabrik.", "Kim Jong-un", "person:kim-jong-un"),
    ("Selenskyj bittet um Hilfe.", "Selenskyj", "person:volodymyr-zelensky"),
    ("Wolodymyr Selenskyj bittet um Hilfe.", "Wolodymyr Selenskyj", "person:volodymyr-zelensky"),
    ("Sergej Lawrow widerspricht.", "Sergej Lawrow", "person:sergei-lavrov"),
    ("Präsident Yoon Suk-yeol warnt.", "Yoon Suk-yeol", "person:yoon-suk-yeol"),
    ("Erdoğan droht.", "Erdoğan", "person:recep-tayyip-erdogan"),
    ("Erdogan droht.", "Erdogan", "person:recep-tayyip-erdogan"),
    ("Netanjahu droht.", "Netanjahu", "person:benjamin-netanyahu"),
]

EN = [
    ("North Korea fired a missile.", "North Korea", "iso3166:KP"),
    ("The DPRK denied it.", "DPRK", "iso3166:KP"),
    ("Pyongyang reacted angrily.", "Pyongyang", "iso3166:KP"),
    ("North Koreans celebrated.", "North Koreans", "iso3166:KP"),
    ("South Korea said 2,000 containers.", "South Korea", "iso3166:KR"),
    ("The Republic of Korea said so.", "Republic of Korea", "iso3166:KR"),
    ("The United States expressed concern.", "United States", "iso3166:US"),
    ("The U.S. expressed concern.", "U.S.", "iso3166:US"),
    ("The US expressed concern.", "US", "iso3166:US"),
    ("Washington expressed concern.", "Washington", "iso3166:US"),
    ("America first, he said.", "America", "iso3166:US"),
    ("Russia denied the report.", "Russia", "iso3166:RU"),
    ("Moscow denied the report.", "Moscow", "iso3166:RU"),
    ("The United Kingdom left.", "United Kingdom", "iso3166:GB"),
    ("Britain left.", "Britain", "iso3166:GB"),
    ("The UK left.", "UK", "iso3166:GB"),
    ("Germany agreed.", "Germany", "iso3166:DE"),
    ("Beijing protested.", "Beijing", "iso3166:CN"),
    ("Kyiv said the attack failed.", "Kyiv", "iso3166:UA"),
    ("He lectured in Berlin last year.", "Berlin", "city:de:berlin"),
    ("The Berlin City Museum opened.", "Berlin", "city:de:berlin"),
    ("The mayor of London spoke.", "London", "city:gb:london"),
    ("Namibia and Tanzania were German colonies.", "Namibia", "iso3166:NA"),
    ("Namibia and Tanzania were German colonies.", "Tanzania", "iso3166:TZ"),
    ("Cameroon was a colony.", "Cameroon", "iso3166:CM"),
    ("The Kremlin rejected the claim.", "Kremlin", "gov:ru"),
    ("The White House declined to comment.", "White House", "gov:us"),
    ("Downing Street declined to comment.", "Downing Street", "gov:gb"),
    ("The Russian government denied it.", "Russian government", "gov:ru"),
    ("Russia's government denied it.", "Russia's government", "gov:ru"),
    (
        "The British Ministry of Defence said it was unclear.",
        "British Ministry of Defence",
        "ministry:gb:defence",
    ),
    ("The UK Ministry of Defence said it was unclear.", "UK Ministry of Defence", "ministry:gb:defence"),
    ("The Ministry of Defence said it was unclear.", "Ministry of Defence", "ministry:gb:defence"),
    (
        "South Korea's Unification Ministry said so.",
        "South Korea's Unification Ministry",
        "ministry:kr:unification",
    ),
    ("The Russian Defence Ministry said so.", "Russian Defence Ministry", "ministry:ru:defence"),
    ("The Pentagon said so.", "Pentagon", "ministry:us:defence"),
    ("The State Department said so.", "State Department", "ministry:us:state"),
    ("The German Foreign Office said so.", "German Foreign Office", "ministry:de:foreign"),
    ("The United Nations condemned it.", "United Nations", "org:un"),
    ("The UN condemned it.", "UN", "org:un"),
    ("NATO allies met.", "NATO", "org:nato"),
    ("The European Union imposed sanctions.", "European Union", "org:eu"),
    ("The International Atomic Energy Agency warned.", "International Atomic Energy Agency", "org:iaea"),
    ("The IMF cut its forecast.", "IMF", "org:imf"),
    ("The World Health Organization warned.", "World Health Organization", "org:who"),
    ("Amnesty International said so.", "Amnesty International", "org:amnesty"),
    ("Human Rights Watch said so.", "Human Rights Watch", "org:hrw"),
    ("The Bundestag voted.", "Bundestag", "org:bundestag"),
    ("The CIA said so.", "CIA", "org:cia"),
    ("Republicans in Congress objected.", "Republicans", "party:us:republican"),
    ("The GOP objected.", "GOP", "party:us:republican"),
    ("Democrats objected.", "Democrats", "party:us:democratic"),
    ("The AfD objected.", "AfD", "party:de:afd"),
    ("The Conservative Party won.", "Conservative Party", "party:gb:conservative"),
    ("Reuters reported it.", "Reuters", "media:reuters"),
    ("The Associated Press reported it.", "Associated Press", "media:ap"),
    ("AP reported it.", "AP", "media:ap"),
    ("Agence France-Presse reported it.", "Agence France-Presse", "media:afp"),
    ("Yonhap News Agency reported it.", "Yonhap News Agency", "media:yonhap"),
    ("The Korean Central News Agency reported it.", "Korean Central News Agency", "media:kcna"),
    ("The New York Times reported it.", "New York Times", "media:nyt"),
    ("The Washington Post reported it.", "Washington Post", "media:wapo"),
    ("POLITICO obtained an invitation.", "POLITICO", "media:politico"),
    ("The BBC reported it.", "BBC", "media:bbc"),
    ("Deutsche Welle reported it.", "Deutsche Welle", "media:dw"),
    ("The Financial Times reported it.", "Financial Times", "media:ft"),
    ("North Carolina voters decide.", "North Carolina", "loc:us:nc"),
    ("Vladimir Putin met him.", "Vladimir Putin", "person:vladimir-putin"),
    ("Kim Jong Un met him.", "Kim Jong Un", "person:kim-jong-un"),
    ("Volodymyr Zelensky met him.", "Volodymyr Zelensky", "person:volodymyr-zelensky"),
    ("Zelenskyy met him.", "Zelenskyy", "person:volodymyr-zelensky"),
    ("Sergei Lavrov met him.", "Sergei Lavrov", "person:sergei-lavrov"),
    ("Yoon Suk Yeol met him.", "Yoon Suk Yeol", "person:yoon-suk-yeol"),
    ("Xi Jinping met him.", "Xi Jinping", "person:xi-jinping"),
]


@pytest.mark.parametrize(("text", "surface", "ref"), DE, ids=[f"de-{c[1]}" for c in DE])
def test_german_alias(text: str, surface: str, ref: str | None) -> None:
    entity = entity_at(analyse(text, "de"), surface)
    if ref is None:
        assert entity is None, f"{surface!r} is a common word here, not {entity}"
    else:
        assert entity is not None, f"no entity at {surface!r}"
        assert entity.ref == ref


@pytest.mark.parametrize(("text", "surface", "ref"), EN, ids=[f"en-{c[1]}" for c in EN])
def test_english_alias(text: str, surface: str, ref: str) -> None:
    entity = entity_at(analyse(text, "en"), surface)
    assert entity is not None, f"no entity at {surface!r}"
    assert entity.ref == ref


def test_same_entity_across_languages() -> None:
    """The canonical name and ref do not depend on the article's language."""
    pairs = [
        ("Nordkorea", "North Korea"),
        ("Kreml", "Kremlin"),
        ("Vereinigte Staaten", "United States"),
        ("Vereinte Nationen", "United Nations"),
        ("Selenskyj", "Zelensky"),
    ]
    for de, en in pairs:
        a = analyse(f"{de} sagte das.", "de").entities[0]
        b = analyse(f"{en} said so.", "en").entities[0]
        assert (a.ref, a.canonical) == (b.ref, b.canonical)
