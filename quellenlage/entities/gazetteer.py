"""Gazetteers as one token trie: every known name of every known entity, in any language.

All lists live in ``quellenlage/lang`` (countries, capitals, seats of government,
organisations, parties, media, regions, well-known people, state bodies); pycountry adds the
ISO names of every country in English and German. They are compiled once into a single trie
keyed by folded tokens, so finding names costs one walk per token, not one scan per entry.
German inflection is generated at compile time ("Vereinigte Staaten" also matches
"Vereinigten Staaten", "Weißes Haus" matches "Weißen Hauses").

A match is a name (an entity), a country adjective ("britische", "Russian") or a body noun
("Verteidigungsministerium", "government"); :func:`compose` joins adjective or country +
body into one entity ("das britische Verteidigungsministerium" -> UK Ministry of Defence).
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from functools import cache
from itertools import compress
from operator import attrgetter
from pathlib import Path
from typing import Literal

from .. import lang
from .tokens import Tok, fold, hyphen_joined, joinable, tokenize

_TEXT = attrgetter("text")

Kind = Literal["name", "adj", "body"]
NAME_FILES = ("organisations", "parties", "media", "regions", "cities", "persons")
#: Short all-capital tokens ("AP", "US", "EU") must match in exactly that case.
SHORT_CAPS = 4


@dataclass(frozen=True)
class Entry:
    """What a gazetteer name stands for."""

    ref: str
    type: str
    canonical: str
    kind: Kind = "name"
    gender: str | None = None
    iso2: str | None = None  # for countries and their adjectives
    label: str | None = None  # "UK", "Russian": prefix of composed bodies
    body: str | None = None  # for body nouns: the ref stem ("ministry:defence")
    city: str | None = None  # for capitals: the city's English name, used after "in", "nach"
    bare: bool = False  # for institution heads: an entity even without a place ("Wasserschutzpolizei")


@dataclass(frozen=True)
class Alias:
    entry: Entry
    forms: tuple[str, ...]  # the tokens as written in the data, for the case check
    weak: bool = False
    dot: bool = False  # the name ends with a dot ("U.S."): the mention keeps it


@dataclass
class Match:
    start: int  # character offsets
    end: int
    entry: Entry
    weak: bool = False
    first: int = 0  # token indexes, end exclusive
    last: int = 0
    alts: tuple[Entry, ...] = ()  # other entries written the same way ("Ministry of Defence": name and body)


@dataclass
class Gazetteer:
    trie: dict = field(default_factory=dict)
    refs: dict[str, Entry] = field(default_factory=dict)
    countries: dict[str, Entry] = field(default_factory=dict)
    capital_of: dict[str, str] = field(default_factory=dict)  # city ref -> iso2
    max_len: int = 0

    # -- building ---------------------------------------------------------------------
    def add(self, name: str, entry: Entry, weak: bool = False, inflect: bool = True) -> None:
        name = name.strip()
        if not name or "," in name:
            return
        toks = [t.text for t in tokenize(name)]
        if not toks:
            return
        if entry.kind == "name":
            self.refs.setdefault(entry.ref, entry)
        for variant in _variants(toks) if inflect else [toks]:
            node = self.trie
            for t in variant:
                node = node.setdefault(fold(t), {})
            node.setdefault("$", []).append(Alias(entry, tuple(variant), weak, name.endswith(".")))
            self.max_len = max(self.max_len, len(variant))

    # -- matching ---------------------------------------------------------------------
    def scan(self, text: str, toks: list[Tok], weak: bool = True, starts: list[int] | None = None) -> list[Match]:
        """Longest matches, left to right, not overlapping; only from token indexes ``starts``
        (ascending) when given."""
        out: list[Match] = []
        n = len(toks)
        root = self.trie
        keys = list(map(fold, map(_TEXT, toks)))
        # the tokens some name begins with (few): every other token is passed over at once
        heads = list(compress(range(n), map(root.__contains__, keys))) if starts is None \
            else [k for k in starts if k < n and keys[k] in root]
        free = 0  # the first token no match has taken
        for i in heads:
            if i < free:
                continue
            best: tuple[int, Alias] | None = None
            alts: list[Entry] = []
            node = self.trie
            j = i
            while j < n and j - i < self.max_len:
                if j > i and not joinable(text, toks[j - 1], toks[j]):
                    break
                node = node.get(keys[j])
                if node is None:
                    break
                for alias in node.get("$", ()):
                    if (weak or not alias.weak) and _case_ok(alias.forms, toks[i : j + 1]):
                        if best is None or best[0] < j + 1:
                            alts = []
                        alts.append(alias.entry)
                        if best is None or best[0] < j + 1 or (alias.entry.kind == "name" and not alias.weak):
                            best = (j + 1, alias)
                j += 1
            if best is None:
                continue
            end, alias = best
            stop = toks[end - 1].end
            if alias.dot and text[stop : stop + 1] == ".":
                stop += 1
            out.append(Match(toks[i].start, stop, alias.entry, alias.weak, i, end, tuple(alts)))
            free = end
        return out

    def lookup(self, name: str) -> Entry | None:
        """The entry whose name is exactly ``name`` (weak names included)."""
        toks = tokenize(name)
        found = self.scan(name, toks)
        if len(found) == 1 and found[0].first == 0 and found[0].last == len(toks):
            return found[0].entry
        return None


def _variants(toks: list[str]) -> list[list[str]]:
    """German inflected forms: adjective endings on leading words, genitive on the last."""
    gen = _endings("genitive_endings")
    adj = _endings("adjective_endings")
    heads = [[t] for t in toks]
    for k, t in enumerate(toks[:-1]):
        if t[:1].isupper() and len(t) > 3:
            for e in sorted(adj, key=len, reverse=True):
                if t.endswith(e) and len(t) - len(e) >= 3:
                    stem = t[: -len(e)]
                    heads[k] += [stem + x for x in adj if stem + x != t]
                    break
    last = toks[-1]
    if len(last) > 3 and last[:1].isupper() and not last.isupper():
        heads[-1] = heads[-1] + [last + e for e in gen if last[-1] not in "sxzß" or e == "es"]
    out: list[list[str]] = [[]]
    for options in heads:
        out = [prefix + [o] for prefix in out for o in options]
    return out


@cache
def _endings(key: str) -> tuple[str, ...]:
    found: set[str] = set()
    for code in lang.available_languages():
        try:
            found.update(lang.load(code, "entity_words").get(key, []))
        except lang.MissingResource:
            continue
    return tuple(sorted(found))


def _case_ok(forms: tuple[str, ...], toks: list[Tok]) -> bool:
    for form, tok in zip(forms, toks, strict=False):
        if form.isupper() and len(form) <= SHORT_CAPS and form.isalpha():
            if not tok.text.isupper():
                return False
        elif form[:1].isupper() != tok.text[:1].isupper() and not tok.text.isupper():
            return False
    return True


def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def _add_names(gaz: Gazetteer, names: list[str], entry: Entry) -> None:
    for name in names:
        weak = name.startswith("~")
        gaz.add(name.lstrip("~"), entry, weak=weak)


@cache
def gazetteer() -> Gazetteer:
    """The compiled gazetteer (built on first use, shared afterwards; kept between processes
    by :mod:`..buildcache`, keyed by the language data, this code and pycountry's version)."""
    from ..buildcache import cached_build

    here = Path(__file__).parent
    sources = [Path(lang.__file__).parent, here / "gazetteer.py", here / "tokens.py"]
    where = _pycountry_file()
    installed = Path(where).stat()  # a new pycountry is a new install: another time stamp
    return cached_build("gazetteer", build_gazetteer, sources,
                        extra=f"pycountry {where} {installed.st_mtime_ns} {installed.st_size}")


def _pycountry_file() -> str:
    """``pycountry.__file__``, found without importing pycountry (a tenth of a second at every
    start): only a gazetteer built afresh reads its data."""
    from importlib.util import find_spec

    spec = find_spec("pycountry")
    if spec is None or spec.origin is None:
        import pycountry  # not installed (ImportError) or not a plain package: ask it

        return pycountry.__file__
    return spec.origin


def build_gazetteer() -> Gazetteer:
    """Every name of every entity from the data files and pycountry, in one trie."""
    gaz = Gazetteer()
    _add_countries(gaz)
    for row in lang.load("common", "seats"):
        iso = row["iso2"]
        entry = Entry(f"gov:{iso.lower()}", "ORG", row["canonical"], iso2=iso)
        _add_names(gaz, _split(row["names"]), entry)
    for name in NAME_FILES:
        for row in lang.load("common", name):
            kind = row.get("type") or "LOC"  # cities.tsv has no type column: every row is a place
            entry = Entry(row["ref"], kind, row["canonical"], gender=(row.get("gender") or None))
            _add_names(gaz, _split(row["names"]), entry)
    for code in lang.available_languages():
        try:
            bodies = lang.load(code, "entity_words").get("bodies", {})
        except lang.MissingResource:
            continue
        for noun, spec in bodies.items():
            gaz.add(noun, Entry(spec["ref"], "ORG", spec["en"], kind="body", body=spec["ref"]))
    return gaz


def _add_countries(gaz: Gazetteer) -> None:
    import pycountry

    try:
        german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"]).gettext
    except OSError:  # no German catalogue shipped: English names only

        def german(s: str) -> str:
            return s

    curated = {row["iso2"]: row for row in lang.load("common", "countries")}
    for country in pycountry.countries:
        iso = country.alpha_2
        row = curated.get(iso, {})
        en_names = _split(row.get("en"))
        label = row.get("label") or (_split(row.get("adj_en")) or [None])[0]
        canonical = en_names[0] if en_names else getattr(country, "common_name", None) or country.name
        entry = Entry(f"iso3166:{iso}", "GPE", canonical, iso2=iso, label=label or canonical)
        gaz.countries[iso] = entry
        iso_names = [country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")]
        names = en_names + _split(row.get("de")) + _split(row.get("demonyms"))
        names += [n for n in iso_names if n] + [german(n) for n in iso_names if n]
        _add_names(gaz, list(dict.fromkeys(names)), entry)
        adj = Entry(entry.ref, "GPE", canonical, kind="adj", iso2=iso, label=entry.label)
        for a in _split(row.get("adj_en")):
            gaz.add(a, adj, inflect=False)
        for stem in _split(row.get("adj_de")):
            for ending in _endings("adjective_endings"):
                gaz.add(stem + ending, adj, inflect=False)
                gaz.add(stem.capitalize() + ending, adj, inflect=False)
    for row in lang.load("common", "capitals"):
        country = gaz.countries.get(row["iso2"])
        if country:
            entry = Entry(country.ref, "GPE", country.canonical, iso2=country.iso2, label=country.label,
                          city=row.get("city_en") or None)
            _add_names(gaz, _split(row["names"]), entry)
            gaz.capital_of[as_city(entry).ref] = country.iso2 or ""


def compose(text: str, toks: list[Tok], matches: list[Match], gaz: Gazetteer) -> list[Match]:
    """Join country (adjective, name or genitive) + body noun into one entity match.

    "das britische Verteidigungsministerium", "Südkoreas Regierung", "the Russian government",
    "Russia's foreign ministry", "US-Verteidigungsministerium". Adjectives that join nothing
    are dropped; body nouns that join nothing stay as bodies for the linker to resolve.
    """
    out: list[Match] = []
    k = 0
    while k < len(matches):
        m = matches[k]
        nxt = matches[k + 1] if k + 1 < len(matches) else None
        if m.entry.kind in ("adj", "name") and m.entry.iso2 and m.entry.type == "GPE" and nxt is not None:
            body = next((e for e in (nxt.entry, *nxt.alts) if e.kind == "body"), None)
            if body is not None and _adjacent(text, toks, m, nxt):
                out.append(Match(m.start, nxt.end, body_entity(gaz, body, m.entry), False, m.first, nxt.last))
                k += 2
                continue
        if m.entry.kind == "body" and nxt is not None and nxt.entry.city and nxt.first == m.last + 1:
            # "die Regierung in London", "das Verteidigungsministerium in Moskau"
            country = gaz.countries.get(nxt.entry.iso2 or "")
            if country is not None and toks[m.last].text == "in":
                out.append(Match(m.start, nxt.end, body_entity(gaz, m.entry, country), False, m.first, nxt.last))
                k += 2
                continue
        if m.entry.kind != "adj":
            out.append(m)
        k += 1
    return out


def as_city(entry: Entry) -> Entry:
    """The capital as a place: "in Berlin" is the city (``city:de:berlin``), not the German government."""
    from .tokens import slug

    iso = (entry.iso2 or "xx").lower()
    return Entry(f"city:{iso}:{slug(entry.city or entry.canonical)}", "LOC", entry.city or entry.canonical)


def _adjacent(text: str, toks: list[Tok], left: Match, right: Match) -> bool:
    between = right.first - left.last
    a, b = toks[left.last - 1], toks[right.first]
    if between == 0:
        return joinable(text, a, b) or hyphen_joined(text, a, b)
    # English possessive: "Russia's government" (the "s" is its own token)
    return between == 1 and toks[left.last].key == "s" and text[a.end : toks[left.last].start] in ("'", "’")


def body_entity(gaz: Gazetteer, body: Entry, country: Entry) -> Entry:
    stem, _, rest = (body.body or body.ref).partition(":")
    iso = (country.iso2 or "").lower()
    ref = f"{stem}:{iso}:{rest}" if rest else f"{stem}:{iso}"
    known = gaz.refs.get(ref)
    if known is not None:
        return known
    return Entry(ref, "ORG", f"{country.label or country.canonical} {body.canonical}", iso2=country.iso2)
