"""Public institutions named with their place: "Staatsanwaltschaft Rostock", "Cologne police".

Local authorities are the most frequent named sources of crime, accident and court reports,
yet no list can name every "Polizeipräsidium" of every town. So they are composed: a head
word from ``lang/<lang>/institutions.toml`` ("Staatsanwaltschaft", "Landgericht", "police
department", "district attorney's office") joined with a place the gazetteers know
(``cities.tsv``, ``capitals.tsv``, ``regions.tsv``) gives one ORG entity whose ref and English
canonical name are the same in every language: "Polizei Köln", "die Kölner Polizei", "die
Polizei in Köln" and "Cologne police" are all ``inst:police:de:cologne``, "Police Cologne".

Where the place may stand is language data (after the head in German, before it in English,
after "in" in both, as a German place adjective "Rostocker" before it). A head without a
place is the institution alone ("die Wasserschutzpolizei", ref ``inst:water-police``) when
its data says it may stand bare; it joins the last institution of its kind in the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import attrgetter

from .. import lang
from .gazetteer import Entry, Gazetteer, Match, as_city, gazetteer
from .persons import not_name, words
from .tokens import Tok, fold, joinable

_TEXT = attrgetter("text")


@dataclass(frozen=True)
class Layout:
    """Where a language puts the place of an institution."""

    after: bool
    before: bool
    prepositions: frozenset[str]
    suffixes: frozenset[str]


@cache
def layout(code: str) -> Layout | None:
    data = _data(code)
    if not data:
        return None
    return Layout(
        bool(data.get("place_after")),
        bool(data.get("place_before")),
        frozenset(data.get("place_prepositions", [])),
        frozenset(data.get("place_suffixes", [])),
    )


def _data(code: str) -> dict:
    try:
        return lang.load(code, "institutions")
    except lang.MissingResource:
        return {}


@cache
def heads() -> Gazetteer:
    """Every language's head words in one trie (entries of kind "body", ref ``inst:<kind>``).

    Lower-case English heads are added capitalised too ("Police Department"). ``Entry.bare``
    marks heads that are an entity without a place.
    """
    gaz = Gazetteer()
    for code in lang.available_languages():
        for word, spec in _data(code).get("heads", {}).items():
            stem = f"inst:{spec['kind']}"
            entry = Entry(stem, "ORG", spec["en"], kind="body", body=stem, bare=bool(spec.get("bare")))
            forms = [word]
            if word[:1].islower():
                forms += [word[:1].upper() + word[1:], " ".join(w[:1].upper() + w[1:] for w in word.split(" "))]
            for form in dict.fromkeys(forms):
                gaz.add(form, entry, inflect=word[:1].isupper())
    return gaz


@cache
def place_adjectives() -> dict[str, Entry]:
    """German place adjectives ("Kölner", "Münchner", "Berliner") -> the place they name.

    From the ``adj_de`` column of cities, capitals and regions; for towns without one the name
    plus -er when it ends in a consonant ("Rostock" -> "Rostocker"). City adjectives in -er do
    not decline, so no endings are added.
    """
    gaz = gazetteer()
    out: dict[str, Entry] = {}
    for row in lang.load("common", "cities"):
        entry = gaz.refs.get(row["ref"])
        if entry is None:
            continue
        adjs = _cells(row.get("adj_de"))
        if not adjs:
            name = next((n.lstrip("~") for n in _cells(row["names"])), "")
            if name and name[-1].isalpha() and name[-1] not in "aeiouy" and " " not in name and "/" not in name:
                adjs = [name + "er"]
        for a in adjs:
            out.setdefault(fold(a), entry)
    for row in lang.load("common", "capitals"):
        country = gaz.countries.get(row["iso2"])
        if country is not None:
            city = as_city(Entry(country.ref, "GPE", country.canonical, iso2=country.iso2, city=row["city_en"]))
            for a in _cells(row.get("adj_de")):
                out.setdefault(fold(a), city)
    for row in lang.load("common", "regions"):
        entry = gaz.refs.get(row["ref"])
        for a in _cells(row.get("adj_de")):
            if entry is not None:
                out.setdefault(fold(a), entry)
    return out


def _cells(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def is_place(entry: Entry) -> bool:
    """Towns, regions, and capitals (which the institution makes the city: "Polizei Berlin")."""
    return entry.kind == "name" and (entry.type == "LOC" or entry.city is not None)


def place_of(entry: Entry) -> Entry:
    return as_city(entry) if entry.city else entry


def institution(head: Entry, place: Entry | None, suffix: str = "") -> Entry:
    """The entity for a head word at a place: ref ``inst:<kind>:<place key>``, English canonical."""
    if place is None:
        return Entry(head.ref, "ORG", head.canonical, kind="body", body=head.ref)
    key = place.ref.split(":", 1)[1] if place.ref.startswith(("city:", "loc:")) else place.ref
    name = place.canonical + (f" {suffix}" if suffix else "")
    key += f"-{suffix.lower()}" if suffix else ""
    return Entry(f"{head.ref}:{key}", "ORG", f"{head.canonical} {name}")


@cache
def _first_words() -> frozenset[str]:
    """First words of every head form as written (and in capitals): a cheap set test, before
    the trie is walked, that passes over the many tokens no head starts with."""
    words: set[str] = set()
    stack = [heads().trie]
    while stack:
        node = stack.pop()
        for key, child in node.items():
            if key == "$":
                words.update(alias.forms[0] for alias in child)
                words.update(alias.forms[0].upper() for alias in child)
            else:
                stack.append(child)
    return frozenset(words)


def find_heads(text: str, toks: list[Tok]) -> list[Match]:
    """Head words in ``text``; the trie is walked only from tokens that may start a head."""
    firsts = _first_words()
    starts = list(compress(range(len(toks)), map(firsts.__contains__, map(_TEXT, toks))))
    return heads().scan(text, toks, starts=starts) if starts else []


def compose_institutions(
    text: str, toks: list[Tok], matches: list[Match], found: list[Match], code: str, bare: bool = False
) -> list[Match]:
    """Join each head in ``found`` with its place from ``matches``; returns the new match list.

    Run twice: first (``bare=False``) before state bodies are composed, so "Berlin police" is
    the city's police and not Germany's; then (``bare=True``) after, for the heads left alone
    ("die Wasserschutzpolizei"), so "die britische Polizei" stays the UK police. Gazetteer
    matches inside an institution are replaced by it; a head inside a longer gazetteer name
    stays that name; a bare-body match on the same words ("Polizei", "police") gives way.
    """
    where = layout(code)
    if where is None or not found:
        return matches
    places = _Places(
        {m.first: m for m in matches if is_place(m.entry)},
        {m.last: m for m in matches if is_place(m.entry)},
        {i for m in matches for i in range(m.first, m.last)},
        place_adjectives() if words(code).get("place_adjectives") else {},
    )
    covering: dict[int, list[Match]] = {}  # token -> the matches over it (looked up per head: linear time)
    for m in matches:
        for i in range(m.first, m.last):
            covering.setdefault(i, []).append(m)
    made: list[Match] = []
    for h in found:
        near = (m for i in range(h.first, h.last) for m in covering.get(i, ()))
        if any(m.first < h.first or m.last > h.last for m in near):
            continue  # part of a longer name ("New York Police Department", "britische Polizei")
        place, first, last = _place_for(text, toks, h, places, where)
        suffix = ""
        if place is not None and last < len(toks) and toks[last].text in where.suffixes and (
            text[toks[last - 1].end : toks[last].start] == " "
        ):
            suffix, last = toks[last].text, last + 1
        if place is None and (
            not bare
            or not h.entry.bare
            or any(m.first == h.first and m.last == h.last and m.entry.kind == "name" for m in matches)
            or _unknown_name_after(text, toks, h.last, code)
        ):
            continue  # no place, and the head may not stand alone or is a known name ("Bundespolizei")
        entry = institution(h.entry, place_of(place) if place else None, suffix)
        made.append(Match(toks[first].start, toks[last - 1].end, entry, False, first, last))
    if not made:
        return matches
    taken = {i for m in made for i in range(m.first, m.last)}
    kept = [m for m in matches if not any(i in taken for i in range(m.first, m.last))]
    return sorted(kept + made, key=lambda m: m.first)


@dataclass
class _Places:
    by_first: dict[int, Match]  # place matches by their first token
    by_last: dict[int, Match]  # … and by the token after them
    covered: set[int]  # tokens inside any gazetteer match
    adjectives: dict[str, Entry]


def _place_for(text: str, toks: list[Tok], h: Match, places: _Places, where: Layout) -> tuple[Entry | None, int, int]:
    """The place named with head ``h`` and the token range of head and place together."""
    nxt = places.by_first.get(h.last)
    if where.after and nxt is not None and joinable(text, toks[h.last - 1], toks[h.last]):
        return nxt.entry, h.first, nxt.last  # "Polizei Köln"
    if h.last + 1 < len(toks) and toks[h.last].text in where.prepositions:
        nxt = places.by_first.get(h.last + 1)
        if nxt is not None and text[toks[h.last - 1].end : toks[h.last].start] == " " == text[toks[h.last].end : nxt.start]:
            return nxt.entry, h.first, nxt.last  # "Polizei in Köln", "police in Cologne"
    prev = places.by_last.get(h.first)
    if where.before and prev is not None and joinable(text, toks[h.first - 1], toks[h.first]):
        return prev.entry, prev.first, h.last  # "Cologne police"
    if h.first > 0 and (h.first - 1) not in places.covered:
        adj = places.adjectives.get(fold(toks[h.first - 1].text))
        if adj is not None and text[toks[h.first - 1].end : toks[h.first].start] == " ":
            return adj, h.first - 1, h.last  # "Kölner Polizei"
    return None, h.first, h.last


def _unknown_name_after(text: str, toks: list[Tok], k: int, code: str) -> bool:
    """"Berufsfeuerwehr Elbing": a name the gazetteers do not know follows the head, so it is
    some town's institution, not the bare one or the last one of its kind named before."""
    if k >= len(toks) or not toks[k].capitalised or text[toks[k - 1].end : toks[k].start] != " ":
        return False
    return toks[k].text not in not_name(code) and layout(code) is not None and bool(layout(code).after)
