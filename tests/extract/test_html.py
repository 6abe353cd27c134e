from quellenlage.document import Document, RawInput
from quellenlage.extract.credits import Credits
from quellenlage.extract.html import clean_authors, clean_title, extract_html, outlet_name, pick_crumb

BODY = " ".join(["Die Stadtverwaltung hat am Montag angekündigt, die Brücke über den Fluss im Frühjahr zu sanieren."] * 3)
PAGE = f"""<!doctype html><html lang="de"><head>
<title>Brücke wird saniert | Beispielblatt</title>
<meta property="og:site_name" content="Beispielblatt">
<meta property="article:section" content="Lokales">
<meta name="author" content="Erika Mustermann; dpa">
<meta property="article:published_time" content="2023-11-06T10:00:00+01:00">
<link rel="canonical" href="https://www.beispielblatt.de/lokales/bruecke-123.html">
</head><body>
<nav class="breadcrumb"><a href="/">Startseite</a> <a href="/lokales">Lokales</a> <span>Brücke</span></nav>
<article><h1>Brücke wird saniert</h1>
<figure><img src="a.jpg"><figcaption>Die Brücke. <span class="credit">Foto: Max Muster</span></figcaption></figure>
<p>{BODY}</p>
<p>Ein Sprecher sagte, die Arbeiten würden etwa drei Monate dauern und rund zwei Millionen Euro kosten.</p>
<p>Lesen Sie auch:</p>
<p>Folgen Sie uns auf Facebook und Instagram!</p>
<p>Anzeige</p>
<p>Ein Anwohner sagte, er habe von den Plänen aus der Zeitung erfahren und sei überrascht gewesen.</p>
</article></body></html>"""


def test_html_page_gives_metadata_and_a_clean_body():
    doc = extract_html(Document(raw=RawInput(name="p.html", content=PAGE, kind="html")))
    art = doc.article
    assert art.title == "Brücke wird saniert"
    assert art.outlet == "Beispielblatt"
    assert art.section == "Lokales"
    assert art.url == "https://www.beispielblatt.de/lokales/bruecke-123.html"
    assert art.published and art.published.startswith("2023-11-06")
    assert art.authors == ["Erika Mustermann"]
    assert art.agencies == ["dpa"]
    assert "Max Muster" in art.image_credits
    assert "Folgen Sie" not in art.text and "Anzeige" not in art.text and "Lesen Sie auch" not in art.text
    assert "drei Monate" in art.text and "Anwohner" in art.text
    assert not art.text.startswith("Brücke wird saniert")


def test_outlet_falls_back_to_the_host():
    assert outlet_name(None, "www.example.org") == "example.org"
    assert outlet_name("Beispiel Online, Hamburg, Germany", "x.de") == "Beispiel Online"


def test_title_loses_site_suffixes_but_keeps_its_own_dashes():
    assert clean_title("Streit um Brücke | Beispielblatt | 19.01.2020", "Beispielblatt", "beispielblatt.de") == "Streit um Brücke"
    assert clean_title("Nord - Süd: ein Streit", "Beispielblatt", "beispielblatt.de") == "Nord - Süd: ein Streit"


def test_authors_without_publisher_address_and_agencies():
    credits = Credits()
    assert clean_authors("Beispiel Verlag GmbH; Hamburg; Germany", "Beispiel", "beispiel.de", credits) == []
    assert clean_authors("Jane Doe; AFP", "Example", "example.com", credits) == ["Jane Doe"]
    assert credits.agencies == ["AFP"]
    assert clean_authors("Facebook Com; Erika Muster", "Blatt", "blatt.de", credits) == ["Erika Muster"]


def test_breadcrumb_section_skips_home_and_the_article_itself():
    assert pick_crumb(["Startseite", "Politik", "Ausland", "Ein Artikel"], "Blatt") == "Politik"
    assert pick_crumb([">", "Wirtschaft", "Artikel"], None) == "Wirtschaft"
    assert pick_crumb(["Nur der Artikel"], None) is None


def test_character_references_to_control_characters_do_not_lose_the_page():
    # Found by fuzzing: "&#1;" (or &#x1F;, &#xFFFE;) anywhere in a page made trafilatura drop the whole body.
    for ref in ("&#1;", "&#x1F;", "&#xFFFE;", "&#65535"):
        page = PAGE.replace("zu sanieren.", f"zu sanieren.{ref}", 1)
        doc = extract_html(Document(raw=RawInput(name="p.html", content=page, kind="html")))
        assert "drei Monate" in doc.article.text, ref
    page = PAGE.replace("zu sanieren.", "zu sanieren &#228;&#x2013;&#9;&#128;.", 1)
    doc = extract_html(Document(raw=RawInput(name="p.html", content=page, kind="html")))
    assert "sanieren ä– €." in doc.article.text  # references to real characters are kept


def test_a_breadcrumb_trail_whose_class_is_written_with_a_reference_is_read():
    from quellenlage.extract.html import html_breadcrumbs
    from quellenlage.extract.tree import load_tree

    source = PAGE.replace('class="breadcrumb"', 'class="brea&#100;crumb"')
    assert html_breadcrumbs(load_tree(source), source) == ["Startseite", "Lokales"]
    source = PAGE.replace('class="breadcrumb"', 'class="trail"')
    assert html_breadcrumbs(load_tree(source), source) == []
