"""Search snippets: marked words are the query's prefixes, folded as the index folds them."""

from quellenlage.store.results import HIGHLIGHT_END, HIGHLIGHT_START
from quellenlage.store.search import terms
from quellenlage.store.snippets import fold, make_snippet


def marked(snippet: str) -> list[str]:
    return [part.split(HIGHLIGHT_END)[0] for part in snippet.split(HIGHLIGHT_START)[1:]]


def test_fold_keeps_length_and_removes_case_and_accents():
    for text in ["Zürich", "ÉTÉ à Öland", "İstanbul", "Straße", "Nordkorea"]:
        assert len(fold(text)) == len(text)
    assert fold("Zürich ÉTÉ") == "zurich ete"


def test_marks_every_word_beginning_with_a_term_and_nothing_else():
    text = "Die Container und die Containern; Kontainer nicht, Container-Schiff schon."
    assert marked(make_snippet(text, ["contain"], words=40)) == ["Container", "Containern", "Container"]


def test_accents_fold_both_ways():
    assert marked(make_snippet("Der Minister reiste nach Zürich.", ["zurich"])) == ["Zürich"]
    assert marked(make_snippet("Der Minister reiste nach Zurich.", ["Zürich"])) == ["Zurich"]


def test_window_starts_shortly_before_the_first_match_and_says_where_it_is_cut():
    text = " ".join(f"w{i}" for i in range(100)) + " Treffer " + " ".join(f"v{i}" for i in range(100))
    snippet = make_snippet(text, ["treffer"], words=8)
    assert snippet.startswith("…w97 w98 w99 ") and snippet.endswith("…")
    assert marked(snippet) == ["Treffer"]
    assert len(snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "").strip("…").split()) == 8


def test_without_a_match_in_the_text_the_beginning_is_shown_unmarked():
    snippet = make_snippet("Erster Satz des Artikels. Zweiter Satz.", ["titelwort"], words=3)
    assert snippet == "Erster Satz des…"


def test_empty_and_wordless_texts_give_empty_snippets():
    assert make_snippet("", ["a"]) == ""
    assert make_snippet("… – !", ["a"]) == ""


def test_query_words_are_deduplicated_case_insensitively_in_order():
    assert terms("Kreml kreml Container KREML") == ["Kreml", "Container"]


# --- the two-step scan gives what one scan of the whole beginning gives ---------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from quellenlage.store import snippets  # noqa: E402
from quellenlage.store.snippets import CONTEXT_BEFORE, WORD  # noqa: E402


def one_scan(text: str, terms: list[str], words: int, scan_chars: int) -> str:
    """The snippet as cut before the two-step scan: every word of the scanned beginning tokenised and tested."""
    head = text[:scan_chars]
    folded = fold(head)
    prefixes = tuple(fold(t) for t in terms if t)
    tokens = list(WORD.finditer(folded))
    if not tokens:
        return ""
    marked = [m.group().startswith(prefixes) for m in tokens] if prefixes else [False] * len(tokens)
    first = marked.index(True) if True in marked else 0
    lo = max(0, first - CONTEXT_BEFORE)
    hi = min(len(tokens), lo + words)
    parts = ["…" if lo > 0 else ""]
    pos = tokens[lo].start()
    for i in range(lo, hi):
        m = tokens[i]
        if marked[i]:
            parts += [head[pos:m.start()], HIGHLIGHT_START, head[m.start():m.end()], HIGHLIGHT_END]
            pos = m.end()
    parts.append(head[pos:tokens[hi - 1].end()])
    if hi < len(tokens) or len(text) > len(head):
        parts.append("…")
    return "".join(parts)


VOCAB = ["Zürich", "zurich", "Container", "Containern", "kontainer", "İstanbul", "Straße", "a", "ab", "x1",
         "ÉTÉ", "ete", "Kreml", "Öl", "élan", "_", "２０２３"]
GAPS = [" ", "  ", ", ", ". ", "\n", " – ", "-", "…", "'", " (", ") ", "/"]
texts = st.lists(st.tuples(st.sampled_from(VOCAB), st.sampled_from(GAPS)), max_size=120).map(
    lambda pairs: "".join(w + g for w, g in pairs))
queries = st.lists(st.sampled_from(["zur", "Zürich", "contain", "ete", "istan", "a", "öl", "x", "stra",
                                    "kreml", "élan", "nothing", "2", "-", "_"]), max_size=3)


@settings(max_examples=400, deadline=None)
@given(text=texts, query_terms=queries, words=st.integers(1, 20),
       head_chars=st.lists(st.integers(1, 600), max_size=3).map(lambda sizes: tuple(sorted(sizes))),
       scan_chars=st.integers(1, 1500))
def test_two_step_scan_equals_one_scan(text, query_terms, words, head_chars, scan_chars):
    saved = snippets.HEAD_CHARS, snippets.SCAN_CHARS
    snippets.HEAD_CHARS, snippets.SCAN_CHARS = head_chars, scan_chars  # small, to meet both boundaries
    try:
        assert make_snippet(text, query_terms, words) == one_scan(text, query_terms, words, scan_chars)
    finally:
        snippets.HEAD_CHARS, snippets.SCAN_CHARS = saved


def test_two_step_scan_on_long_texts():
    filler = "Wort, " * 5000  # 30,000 characters
    for text in [filler + "Treffer am Ende", "Treffer vorn " + filler, filler[:11990] + " Treffer " + filler,
                 filler[:1990] + "Treffer" + filler, "Ohne " + filler]:
        for query_terms in (["treffer"], ["wort"], ["nichts"]):
            assert make_snippet(text, query_terms) == one_scan(text, query_terms, 16, snippets.SCAN_CHARS)


def test_a_part_of_a_compound_marks_the_whole_word_and_the_snippet_starts_before_it():
    text = "Erst ein langer Satz ohne den Treffer, dann meldet die Wasserschutzpolizei einen Ölfilm vor dem Hafen."
    snippet = make_snippet(text, ["polizei"], words=6, inner=("polizei",))
    assert f"{HIGHLIGHT_START}Wasserschutzpolizei{HIGHLIGHT_END}" in snippet
    assert snippet.startswith("…dann meldet die")
    assert HIGHLIGHT_START not in make_snippet(text, ["polizei"], words=6)  # without inner: a prefix only
