"""Hypothesis strategies for fuzzing the whole pipeline with hostile but plausible input.

Everything here is written for this suite: short German and English sentence templates
(speakers, reporting verbs, figures, quotes), page templates for HTML, and the kinds of
noise scraped news text really carries — bidi marks, zero-width joiners, combining
accents, NUL and control characters, escaped surrogates, quotes that never close,
numbers with odd separators. Shared by ``tests/fuzz`` (short run) and
``benchmarks/fuzz.py`` (long run).
"""

from __future__ import annotations

import html

from hypothesis import strategies as st

# --- words -----------------------------------------------------------------------------

SPEAKERS = ["Die Ministerin", "Ein Sprecher des Ministeriums", "Müller", "Anna Berger", "Der Kreml",
            "Insider", "Die Polizei", "er", "sie", "Das Rathaus", "Nordkorea", "die Gewerkschaft"]
VERBS_DE = ["sagte", "erklärte", "betonte", "warnte", "bestritt", "teilte mit", "räumte ein", "behauptete"]
CLAUSES_DE = ["die Lage sei unter Kontrolle", "dass die Preise steigen", "man habe nichts gewusst",
              "es gebe keine Beweise", "die Stadt werde mehr ausgeben", "das sei nicht zutreffend",
              "der Zug komme später", "es sei unklar, wer zahle"]
REPORTIVE_DE = ["soll", "sollen angeblich", "mutmaßlich", "Berichten zufolge", "hieß es", "wie verlautete"]
SPEAKERS_EN = ["The minister", "A spokesperson for the ministry", "Smith", "Officials", "The Kremlin", "he"]
VERBS_EN = ["said", "told reporters", "warned", "denied", "claimed", "added"]
CLAUSES_EN = ["the situation was under control", "that prices would rise", "nothing was known",
              "there was no evidence", "it is unclear who pays"]
UNITS = ["Euro", "€", "EUR", "Dollar", "$", "%", "Prozent", "Tonnen", "km", "Container", "Menschen",
         "Millionen", "Milliarden", "million", "bn", "people", "Soldaten", ""]
BOUNDS = ["mehr als", "bis zu", "rund", "knapp", "zwischen", "etwa", "über", "fast", "about", "up to",
          "more than", "mindestens", "höchstens", ""]
QUOTE_MARKS = ["„", "“", "”", "\"", "»", "«", "‚", "‘", "’", "'", "‹", "›"]
QUOTE_PAIRS = [("„", "“"), ("\"", "\""), ("»", "«"), ("‚", "‘"), ("“", "”"), ("«", "»"), ("'", "'")]

# Characters that break naive offset arithmetic or normalisation.
NOISE_CHARS = [
    "\u200f", "\u200e", "\u202e", "\u202a", "\u2066", "\u2067", "\u2069",  # bidi marks and isolates
    "\u200d", "\u200c", "\u200b", "\u2060", "\ufeff",  # zero-width joiners, spaces, BOM
    "\u0301", "\u0308", "\u0327", "\u20dd", "\u0338",  # combining marks
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029",  # controls
    "\r", "\r\n", "\t", "\u00a0", "\u202f", "\u2009", "\u3000",  # odd white space
    "\ufffd", "\U0001f600", "\U0001f1e9\U0001f1ea", "👩‍👩‍👧", "ﬁ", "Ⅻ", "²", "½", "٣", "१२", "𝟙𝟚",  # wide, ligature, digits
    "\\ud800", "\\udfff", "&#xD800;", "&#55296;", "&#0;", "&#1;", "&#x1F;", "&#xFFFE;",  # as escapes
    "ß", "ẞ", "İ", "ǅ", "ﬀ",  # case mapping changes length
]
LONE_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff"]


def _join(parts: list[str]) -> str:
    return " ".join(p for p in parts if p)


# --- figures ---------------------------------------------------------------------------

digits = st.text(alphabet="0123456789", min_size=1, max_size=12)


@st.composite
def numbers(draw) -> str:
    """A figure as it might be written, right or wrong: '2.000', '1,5', '1.2.3.4', '1,000.5', 200 digits."""
    kind = draw(st.integers(0, 7))
    if kind == 0:
        return draw(digits)
    if kind == 1:
        groups = draw(st.lists(st.text(alphabet="0123456789", min_size=1, max_size=4), min_size=2, max_size=5))
        return draw(st.sampled_from([".", ",", " ", "\u202f", "'"])).join(groups)
    if kind == 2:
        return "".join(draw(st.lists(st.sampled_from(["1", "0", ".", ",", "-", "–", "/", ":"]), max_size=12)))
    if kind == 3:
        return "9" * draw(st.integers(30, 250))
    if kind == 4:
        return f"{draw(digits)},{draw(digits)} {draw(st.sampled_from(['Millionen', 'Mrd.', 'Mio', 'bn', 'k']))}"
    if kind == 5:
        return f"{draw(digits)}–{draw(digits)}"
    if kind == 6:
        return draw(st.sampled_from(["Hunderte", "Tausende", "ein Dutzend", "eine halbe Milliarde", "zehn",
                                     "sieben Prozent", "thousands of", "a dozen", "1e308", "0,0", "-0"]))
    return draw(st.sampled_from(["€€€", "$$$", "%%", "Prozent", "Euro Dollar", "1.2.3.4", "1,000.5"]))


@st.composite
def figures(draw) -> str:
    return _join([draw(st.sampled_from(BOUNDS)), draw(numbers()), draw(st.sampled_from(UNITS))])


# --- sentences and quotes --------------------------------------------------------------

@st.composite
def claim_sentences(draw) -> str:
    """One sentence in a construction the claims engine reads (German or English)."""
    fig = draw(figures())
    kind = draw(st.integers(0, 6))
    if kind == 0:
        return f"{draw(st.sampled_from(SPEAKERS))} {draw(st.sampled_from(VERBS_DE))}, " \
               f"{draw(st.sampled_from(CLAUSES_DE))} und {fig}."
    if kind == 1:
        o, c = draw(st.sampled_from(QUOTE_PAIRS))
        return f"{o}{draw(st.sampled_from(CLAUSES_DE))} {fig}{c}, {draw(st.sampled_from(VERBS_DE))} " \
               f"{draw(st.sampled_from(SPEAKERS))}."
    if kind == 2:
        return f"Dabei {draw(st.sampled_from(REPORTIVE_DE))} {fig} gestorben sein."
    if kind == 3:
        return f"Laut {draw(st.sampled_from(SPEAKERS))} waren es {fig}."
    if kind == 4:
        return f"{draw(st.sampled_from(SPEAKERS))}: {draw(st.sampled_from(QUOTE_MARKS))}{fig}"
    if kind == 5:
        return f"{draw(st.sampled_from(SPEAKERS_EN))} {draw(st.sampled_from(VERBS_EN))} " \
               f"{draw(st.sampled_from(CLAUSES_EN))}, with {fig}."
    return f"Die Stadt hat im Jahr 2023 {fig} ausgegeben."


@st.composite
def quoted_claim(draw) -> str:
    """A quotation with its speaker, its marks drawn from any style: matching, mismatched, missing, nested."""
    mark = st.sampled_from(QUOTE_MARKS + [""])
    inner = draw(st.sampled_from(CLAUSES_DE + CLAUSES_EN))
    if draw(st.booleans()):  # a quote inside the quote
        inner = f"{inner} {draw(mark)}{draw(st.sampled_from(CLAUSES_DE))}{draw(mark)} {draw(figures())}"
    quote = f"{draw(mark)}{inner}{draw(mark)}"
    speaker, verb = draw(st.sampled_from(SPEAKERS)), draw(st.sampled_from(VERBS_DE))
    form = draw(st.integers(0, 3))
    if form == 0:
        return f"{quote}, {verb} {speaker}."
    if form == 1:
        return f"{speaker} {verb}: {quote}"
    if form == 2:
        return f"{quote}, {verb} {speaker}. {draw(mark)}{draw(st.sampled_from(CLAUSES_DE))}."
    return f"{speaker}: {quote} {draw(mark)}"


@st.composite
def quote_patterns(draw) -> str:
    """Quote marks in any order: balanced, nested, unbalanced or never closed."""
    pieces = draw(st.lists(st.one_of(
        quoted_claim(),
        st.sampled_from(QUOTE_MARKS),
        st.sampled_from(CLAUSES_DE + CLAUSES_EN),
        st.sampled_from(VERBS_DE + SPEAKERS),
        st.sampled_from([",", ".", ":", "\n", "\n\n", "(", ")", "–"]),
    ), max_size=12))
    return " ".join(pieces)


noise = st.sampled_from(NOISE_CHARS)


@st.composite
def noisy(draw, base: str, surrogates: bool = False) -> str:
    """``base`` with noise characters inserted at random places and some characters deleted."""
    chars = list(base)
    for _ in range(draw(st.integers(0, 12))):
        pool = NOISE_CHARS + (LONE_SURROGATES if surrogates else [])
        chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from(pool)))
    for _ in range(draw(st.integers(0, 3))):
        if chars:
            del chars[draw(st.integers(0, len(chars) - 1))]
    return "".join(chars)


random_unicode = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)


@st.composite
def paragraphs(draw, surrogates: bool = False) -> str:
    parts = draw(st.lists(st.one_of(claim_sentences(), quote_patterns(), figures(), random_unicode),
                          min_size=1, max_size=6))
    return draw(noisy(" ".join(parts), surrogates=surrogates))


LEAD_DE = ("Der Stadtrat hat am Dienstag über den Haushalt für das kommende Jahr beraten und "
           "sich dabei lange über die Kosten für neue Schulen gestritten. ")
CLOSE_DE = ("Eine Entscheidung über den Haushalt soll nun im kommenden Monat fallen, wenn der Rat "
            "erneut zusammenkommt und die Fraktionen ihre Anträge vorgelegt haben. ")
LEAD_EN = ("The city council debated next year's budget on Tuesday and argued for a long time "
           "about the cost of new schools. ")


@st.composite
def article_texts(draw, surrogates: bool = False) -> str:
    """A scraped-text article: a German lead (so the language is known) and fuzzed paragraphs."""
    paras = draw(st.lists(paragraphs(surrogates=surrogates), min_size=1, max_size=5))
    sep = draw(st.sampled_from(["\n\n", "\n", " ", "\r\n\r\n"]))
    lead = draw(st.sampled_from([LEAD_DE, LEAD_DE, LEAD_EN, ""]))
    return lead + sep.join(paras)


@st.composite
def file_bytes(draw) -> bytes:
    """What a file on disk holds: an article in some encoding, damaged bytes, or binary junk."""
    kind = draw(st.integers(0, 3))
    if kind == 3:
        return draw(st.binary(max_size=400))
    text = draw(article_texts()) if kind < 2 else draw(html_pages())
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]))
    data = bytearray(text.encode(encoding, "replace"))
    for _ in range(draw(st.integers(0, 4))):  # flipped bytes, as in a damaged download
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


# --- HTML ------------------------------------------------------------------------------

PAGE_TEMPLATES = [
    "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>{title}</title>"
    "<meta property='article:section' content='Politik'></head><body><nav><a href='/'>Start</a> "
    "<a href='/politik'>Politik</a></nav><article><h1>{title}</h1><p class='byline'>Von Anna Berger (dpa)</p>"
    "{body}<p>Foto: picture alliance/dpa</p></article><footer>Artikel teilen · Newsletter</footer></body></html>",
    "<html><body><div id='main'><h2>{title}</h2>{body}<ul><li>Lesen Sie auch: Mehr zum Thema</li></ul>"
    "<table><tr><td>1.000</td><td>Euro</td></tr><tr><td>„Zitat</td><td>sagte er</td></tr></table>"
    "</div><script>var x = '<p>nicht</p>';</script></body></html>",
    "<html><head><meta name='author' content='{title}'></head><body><div class='content'>{body}</div>"
    "<aside>Anzeige</aside></body></html>",
]


@st.composite
def intact_html_pages(draw) -> str:
    """A well-formed page: a German lead and closing paragraph around fuzzed paragraphs."""
    title = html.escape(draw(st.sampled_from(["Haushalt beschlossen", "Streit um Zahlen", "Lage unklar"])))
    paras = draw(st.lists(paragraphs(), min_size=1, max_size=5))
    escape = draw(st.booleans())
    body = "".join(f"<p>{html.escape(p) if escape else p}</p>" for p in [LEAD_DE, *paras, CLOSE_DE])
    return draw(st.sampled_from(PAGE_TEMPLATES)).format(title=title, body=body)


@st.composite
def html_pages(draw) -> str:
    return draw(mutated(draw(intact_html_pages())))


@st.composite
def mutated(draw, page: str) -> str:
    """Byte-level damage as it happens to saved pages: cut, doubled, tags broken, junk inserted."""
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.integers(0, 4))
        i = draw(st.integers(0, len(page)))
        if op == 0:
            page = page[:i]  # truncated download
        elif op == 1:
            j = draw(st.integers(i, min(len(page), i + 200)))
            page = page[:i] + page[i:j] * 2 + page[j:]
        elif op == 2:
            page = page[:i] + draw(st.sampled_from(["<", ">", "</p>", "<p>", "<div", "&", "&#", "&#x110000;", "&#8;",
                                                    "<!--", "]]>", "<br/>", "<script>", "\x00"])) + page[i:]
        elif op == 3:
            j = draw(st.integers(i, min(len(page), i + 50)))
            page = page[:i] + page[j:]
        else:
            page = page[:i] + draw(noise) + page[i:]
    return page
