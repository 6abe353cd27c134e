from quellenlage.stories import Story, find_syndication, format_timeline, source_table, timeline

from .builders import article, claim, qty

BODY = ("Die Feuerwehr von Altmühlbach rückte in der Nacht zu einem Großbrand in einer Lagerhalle aus. "
        "Das Feuer griff schnell auf ein Nachbargebäude über, Anwohner wurden gewarnt. "
        "Die Brandursache ist noch unklar, die Polizei ermittelt. ")


def fire(extra, outlet, published, figure=None, source="Feuerwehr"):
    text = BODY + extra
    claims = []
    if figure:
        claims = [claim(extra.rstrip("."), source, quantities=[figure])]
    return article(text, outlet=outlet, published=published, claims=claims)


def test_figures_by_date_with_a_syndicated_copy_counted_once():
    a = fire("Es seien 120 Einsatzkräfte vor Ort gewesen.", "Kurier", "2026-02-10",
             qty("120 Einsatzkräfte", "Einsatzkräfte", value=120))
    copy = fire("Es seien 120 Einsatzkräfte vor Ort gewesen.", "Anzeiger", "2026-02-11",
                qty("120 Einsatzkräfte", "Einsatzkräfte", value=120))
    copy["article"]["text"] += " Mehr in Kürze."
    copy["article"]["id"] = "copy-id"
    later = article("Die Polizei schätzt den Schaden auf mehr als zwei Millionen Euro.", outlet="Post",
                    published="2026-02-12",
                    claims=[claim("den Schaden auf mehr als zwei Millionen Euro", "Polizei",
                                  quantities=[qty("mehr als zwei Millionen Euro", "Euro", lower=2_000_000)])])
    undated = article("Ein Sprecher sagte, 3 Menschen seien verletzt worden.", outlet="Blog",
                      claims=[claim("3 Menschen seien verletzt worden", "Sprecher",
                                    quantities=[qty("3 Menschen", "Menschen", value=3)])])
    arts = [later, undated, a, copy]
    story = Story(id="s", articles=[x["article"]["id"] for x in arts])
    syn = find_syndication(arts)
    points = timeline(story, arts, syn)
    assert [(p.date and p.date.isoformat(), p.source, p.figure.describe()) for p in points] == [
        ("2026-02-10", "Feuerwehr", "120 Einsatzkräfte"),
        ("2026-02-12", "Polizei", "more than 2,000,000 Euro"),
        (None, "Sprecher", "3 Menschen"),
    ]
    assert points[0].outlets == ["Kurier", "Anzeiger"]
    text = format_timeline(points)
    assert text.splitlines()[0].startswith("2026-02-10  Feuerwehr: 120")
    assert "Kurier, Anzeiger" in text

    rows = source_table(story, arts, syn)
    assert len(rows) == 3
    assert next(r for r in rows if r.source == "Feuerwehr").outlets == ["Kurier", "Anzeiger"]
