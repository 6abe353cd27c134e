"""Where an article names persons beyond what the entities stage finds, and the index that
answers "the last name before this offset": what :class:`~.resolver.Resolver` searches.

A pronoun or descriptor can stand for a person the entities stage does not list: a surname
the title gave in full, two capitalised words after a reporting verb ("bestätigte Mira
Kovač"), a surname after a person noun ("Ministerin Weidauer"), or, as the last resort, a
name of unknown first name whose surname speaks elsewhere in the text. :class:`NameIndex`
finds these; its surname searches look their words up in one index of where each capitalised
word stands, so a long page stays linear. :class:`LastBefore` answers the resolver's "last one
before" by binary search. The resolver keeps only the choice among them (gender, distance,
what a pronoun stood for before).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Container

from ..document import Document
from ..entities.gazetteer import gazetteer
from ..nlp.tagger import analyze_word
from .core import standalone
from .lexicon import lexicon
from .sources import _NAME, _first_names


class LastBefore:
    """(offset, name) entries by gender, so "the last one before an offset" is a binary search.

    Pronoun resolution asks this for every pronoun of the article; a scan over all
    persons each time made a long article quadratic.
    """

    def __init__(self) -> None:
        self.by_gender: dict[str | None, list[tuple[int, int, str]]] = {}
        self.every: list[tuple[int, int, str]] = []
        self.seq = 0

    def add(self, offset: int, name: str, gender: str | None) -> None:
        entry = (offset, self.seq, name)
        self.seq += 1
        insort(self.every, entry)
        insort(self.by_gender.setdefault(gender, []), entry)

    def extend(self, found: list[tuple[int, str, str | None]]) -> None:
        """Many (offset, name, gender) at once, sorted once: a long page names thousands."""
        for offset, name, gender in found:
            entry = (offset, self.seq, name)
            self.seq += 1
            self.every.append(entry)
            self.by_gender.setdefault(gender, []).append(entry)
        self.every.sort()
        for entries in self.by_gender.values():
            entries.sort()

    @staticmethod
    def _last(entries: list[tuple[int, int, str]], before: int) -> tuple[int, int, str] | None:
        i = bisect_left(entries, (before,))
        if i == 0:
            return None
        while i > 1 and entries[i - 2][0] == entries[i - 1][0]:
            i -= 1  # of several at the same offset, the first added wins
        return entries[i - 1]

    def last(self, before: int, gender: str | None, any_gender: bool = False,
             skip: Callable[[str], bool] | None = None) -> tuple[int, int, str] | None:
        """The last entry before ``before`` with this gender (None: no gender known), or of any
        gender; names for which ``skip`` is true are passed over."""
        entries = self.every if any_gender else self.by_gender.get(gender, [])
        entry = self._last(entries, before)
        passed = 0
        while entry is not None and skip is not None and skip(entry[2]):
            passed += 1
            if passed > MAX_PASSED:  # a page of thousands of names: no antecedent that far back
                return None
            entry = self._last(entries, entry[0])
        return entry


#: Names passed over before giving up the search for an antecedent (bounds the time on any page).
MAX_PASSED = 50


class NameIndex:
    """The names an article writes that the resolver adds to the entities stage's persons.

    ``closed``: function words that start no name (articles, prepositions); ``report_words``:
    reporting verb forms ("said", "sagte"). Where each capitalised word stands and the weak
    index are read once, when first asked.
    """

    def __init__(self, doc: Document, closed: frozenset[str], report_words: Container[str]) -> None:
        self.doc = doc
        self.closed = closed
        self.report_words = report_words
        self._weak: LastBefore | None = None
        self._places: dict[str, list[int]] | None = None  # capitalised word -> its standalone places

    def named_in_title(self, genders: dict[str, str]) -> list[tuple[int, str, str | None]]:
        """ "Lotte Tobisch ist tot" as the title, "Tobisch starb …" in the text: the text often
        names a person only by the surname the title gave in full. Each standalone mention of
        that surname in the text is a mention of the title's person."""
        out: list[tuple[int, str, str | None]] = []
        for m in _NAME.finditer(self.doc.article.title or ""):
            g = genders.get(m.group(1))
            if g is None:
                continue
            full = f"{m.group(1)} {m.group(2)}"
            surname = m.group(2).split()[-1]
            for found in standalone(surname).finditer(self.doc.text):
                out.append((found.start(), full, None if g == "?" else g))
        return out

    def named_after_report(self, names: list[re.Match[str]], genders: dict[str, str]) -> list[tuple[int, str, str | None]]:
        """ "bestätigte Mira Kovač", "wrote Tunde Okafor": two capitalised words right after a
        reporting verb name a person even when the first name is unknown (no common noun, no
        name the gazetteer knows as something else; ``names``: the text's ``_NAME`` matches). Each
        mention of that name counts, with no gender."""
        lang = self.doc.article.language if self.doc.article is not None else None
        text, found = self.doc.text, set()
        if not lang:
            return []
        for m in names:
            first = m.group(1)
            if first in genders or (first, m.group(2)) in found:
                continue
            before = text[max(0, m.start() - 30):m.start()].split()
            if not before or before[-1].lower() not in self.report_words or known_noun(first, lang) \
                    or first.lower() in self.closed or known_non_person(f"{first} {m.group(2)}"):
                continue
            found.add((first, m.group(2)))
        return [(hit.start(), f"{first} {rest}", None) for first, rest in found
                for hit in standalone(f"{first} {rest}").finditer(text)]

    def named_by_role(self, genders: dict[str, str]) -> list[tuple[int, str, str | None]]:
        """ "GdP-Vize Klemmer", "Ministerin Weidauer": a person noun before a capitalised word that
        is no noun of a class and no first name names a person by the surname only. The word must
        recur in the text and never stand after a determiner (surnames take none; "das Geld" is
        no surname), and each standalone mention counts, with the gender of the person noun.
        Every capitalised word's places are collected in one pass, and only once a person noun
        stands before such a word, so a long text stays linear and a page without one pays nothing."""
        lang = self.doc.article.language if self.doc.article is not None else None
        if not lang:
            return []
        phrases, text = lexicon(lang).phrases, self.doc.text
        decided: dict[str, str | None | bool] = {}  # surname -> gender, or False when it is none
        for m in _ROLE_SURNAME.finditer(text):
            role, surname = m.group(1), m.group(2)
            if surname in decided or phrases.noun_class(role) != "person":
                continue
            at = self.capitalised_places().get(surname, [])
            decided[surname] = False if (
                surname in genders or surname.lower() in self.closed or len(at) < 2
                or phrases.noun_class(surname) is not None or known_non_person(surname) or known_noun(surname, lang)
                or any(text[max(0, a - 5):a].rstrip().rsplit(" ", 1)[-1].lower() in self.closed for a in at)
            ) else phrases.person_gender(role)
        return [(a, surname, g) for surname, g in decided.items() if g is not False
                for a in self.capitalised_places()[surname]]

    def capitalised_places(self) -> dict[str, list[int]]:
        """Where each capitalised word stands alone (no letter, digit or hyphen touching it: what
        ``standalone`` finds), read in one pass over the text when first asked: the surname
        searches of :meth:`named_by_role` and :meth:`weak_index` look their words up here, so a
        long text with many names stays linear."""
        if self._places is None:
            self._places = {}
            for w in _WORD.finditer(self.doc.text):
                if w.group(0)[:1].isupper():
                    self._places.setdefault(w.group(0), []).append(w.start())
        return self._places

    def genitive(self, end: int) -> bool:
        """The name ending at ``end`` is a possessive, no antecedent: "Nach Jan van der Meers
        Abschiedsspiel … sagt er", "After Ann Lee's farewell … he said" (German: a name in -s right
        before a capitalised noun)."""
        text = self.doc.text
        if text[end:end + 2] in ("'s", "’s") or text[end - 2:end] in ("'s", "’s"):
            return True
        lang = self.doc.article.language if self.doc.article is not None else None
        return lang is not None and lexicon(lang).phrases.genitive_name(text, end)

    def _surname_speaks(self, first: str, rest: list[str], places: dict[str, list[int]]) -> bool:
        """The last word of a name stands alone somewhere right next to a reporting verb
        ("berichtete Kovač", "Okafor said"); ``places``: :meth:`capitalised_places`."""
        text, surname = self.doc.text, rest[-1]
        for at in places.get(surname, ()):
            before = text[max(0, at - 40):at].split()
            after = text[at + len(surname):at + len(surname) + 40].split()
            word = before[-1] if before else ""
            nxt = after[0].strip(".,;:") if after else ""
            if word != first and word not in rest and word.lower() not in self.closed and (
                    word.strip(",").lower() in self.report_words or nxt.lower() in self.report_words):
                return True
        return False

    def weak_index(self) -> LastBefore:
        """The last resort for "he"/"er": two- or three-word capitalised names whose first word is no
        known first name but whose last word stands alone elsewhere in the text right next to a
        reporting verb ("Mira Kovač" … "berichtete Kovač", "Tunde Okafor" … "Okafor said"): how
        articles name a speaker after the first mention. A place or a noun pair ("Leipziger
        Messe" … "auf der Messe") does not speak."""
        if self._weak is None:
            self._weak = LastBefore()
            text, genders = self.doc.text, _first_names()
            speaks: dict[tuple[str, str], bool] = {}  # a name written many times is read once
            found: list[tuple[int, str, str | None]] = []
            places = self.capitalised_places()
            for m in _NAME.finditer(text):
                first, rest = m.group(1), m.group(2).split()
                lead = text[max(0, m.start() - 30):m.start()].split()
                if first in genders or first.lower() in self.closed or self.genitive(m.start(2) + len(rest[0])) \
                        or (lead and lead[-1].lower() in self.closed):  # "den Vornamen Martin": a noun, no name
                    continue
                key = (first, m.group(2))
                if key not in speaks:
                    speaks[key] = self._surname_speaks(first, rest, places) and not known_non_person(f"{first} {m.group(2)}")
                if speaks[key]:
                    found.append((m.start(), f"{first} {m.group(2)}", None))
            for (first, rest), spoke in speaks.items():  # "Stetter-Karp" alone, after the full name
                if spoke:
                    found += [(at, f"{first} {rest}", None) for at in places.get(rest.split()[-1], ())
                              if text[max(0, at - len(first) - 1):at] != f"{first} "]
            self._weak.extend(found)
        return self._weak


#: A whole word, hyphenated parts included ("Stetter-Karp"), with no hyphen before it ("(?<![\w-].)"
#: after its first character: the test of a "(?<![\w-])" before it): the resolver's index of places.
_WORD = re.compile(r"\w(?<![\w-].)[\w-]*")
#: "GdP-Vize Klemmer": a capitalised word (the person noun) and a capitalised word after it. It opens
#: with the capital and tests what stands before it afterwards ("(?<![\w-].)", the same test as a
#: "(?<![\w-])" before it): a pattern that opens with a class lets ``re`` skip every other character
#: of the text without starting a match there (the scans cost 40 % less).
_ROLE_SURNAME = re.compile(r"([A-ZÄÖÜ](?<![\w-].)[\w-]*[a-zäöüß])[ ]([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-])")


def known_noun(word: str, lang: str) -> bool:
    """The tagger knows ``word`` as a common noun in its own base form ("Feuerwehr"); a surname
    it has never seen it reads as a name or as a guessed inflection ("Klemmer" -> "Klemme")."""
    found = analyze_word(word, lang)
    return found is not None and found[1] == "NN" and found[0] == word


def known_non_person(name: str) -> bool:
    """``name`` is in the entity gazetteer as something other than a person."""
    entry = gazetteer().lookup(name)
    return entry is not None and entry.type != "PER"
