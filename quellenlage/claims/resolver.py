"""Who "er", "sie", "der Minister" and "the spokeswoman" are: pronoun and descriptor resolution.

:class:`Resolver` answers, for a source phrase without a name, the last fitting person
named before it: persons of the entities stage, persons the engine has already seen as
sources, and "First Last" names whose first name is known (with its gender).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Container

from ..document import Document
from ..entities import persons
from ..entities.gazetteer import gazetteer
from ..nlp.tagger import analyze_word
from .core import standalone
from .lexicon import lexicon
from .roster import Roster
from .sources import _NAME, _first_names


class _LastBefore:
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


class Resolver:
    """Resolves pronouns and descriptors to the last fitting person before an offset.

    Candidates are the persons of the entities stage (when it is installed), persons this
    engine has seen as sources, and "First Last" names whose first name is in the
    first-name list (``lang/common/first_names.tsv``) — the last one before the pronoun
    with a fitting gender wins.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.seen: list[tuple[int, str, str | None]] = []  # (offset, name, gender)
        self._seen_index = _LastBefore()
        self._candidates: list[tuple[int, str, str | None]] | None = None
        self._candidate_index = _LastBefore()
        self._genders: dict[str, str | None] = {}
        self._learned: dict[str, str] = {}  # name of unknown gender -> the gender of a pronoun resolved to it
        self._weak: _LastBefore | None = None
        self._places: dict[str, list[int]] | None = None  # capitalised word -> its standalone places
        self._roster: Roster | None = None
        self._starts: list[int] | None = None
        self.closed: frozenset[str] = frozenset()  # function words that start no name (articles, prepositions)
        self.report_words: Container[str] = frozenset()  # reporting verb forms ("said", "sagte")
        self.quoted: Callable[[int], bool] = lambda _offset: False  # inside a quotation (set by the engine)

    def note(self, offset: int, name: str, gender: str | None = None) -> None:
        self.seen.append((offset, name, gender))
        self._seen_index.add(offset, name, gender)

    def candidates(self) -> list[tuple[int, str, str | None]]:
        if self._candidates is None:
            out: list[tuple[int, str, str | None]] = []
            for ent in persons(self.doc):
                gender = ent.gender or self._roster_gender(ent.name)
                out += [(m.start, ent.name, gender) for m in ent.mentions if not self._genitive(m.end)]
            genders = _first_names()
            names = list(_NAME.finditer(self.doc.text))  # "First Last" pairs, read once for both uses below
            for m in names:
                g = genders.get(m.group(1))
                last = m.group(2).split()
                if g is not None and not self._genitive(m.start(2) + len(last[0])):
                    out.append((m.start(), f"{m.group(1)} {m.group(2)}", None if g == "?" else g))
            out += self._named_in_title(genders)
            out += self._named_after_report(names, genders)
            out += self._named_by_role(genders)
            self._candidates = out
            for off, name, g in out:
                self._candidate_index.add(off, name, g)
        return self._candidates

    def _named_in_title(self, genders: dict[str, str]) -> list[tuple[int, str, str | None]]:
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

    def _named_after_report(self, names: list[re.Match[str]], genders: dict[str, str]) -> list[tuple[int, str, str | None]]:
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

    def _named_by_role(self, genders: dict[str, str]) -> list[tuple[int, str, str | None]]:
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
            at = self._capitalised_places().get(surname, [])
            decided[surname] = False if (
                surname in genders or surname.lower() in self.closed or len(at) < 2
                or phrases.noun_class(surname) is not None or known_non_person(surname) or known_noun(surname, lang)
                or any(text[max(0, a - 5):a].rstrip().rsplit(" ", 1)[-1].lower() in self.closed for a in at)
            ) else phrases.person_gender(role)
        return [(a, surname, g) for surname, g in decided.items() if g is not False
                for a in self._capitalised_places()[surname]]

    def _capitalised_places(self) -> dict[str, list[int]]:
        """Where each capitalised word stands alone (no letter, digit or hyphen touching it: what
        ``standalone`` finds), read in one pass over the text when first asked: the surname
        searches of :meth:`_named_by_role` and :meth:`_weak_index` look their words up here, so a
        long text with many names stays linear."""
        if self._places is None:
            self._places = {}
            for w in _WORD.finditer(self.doc.text):
                if w.group(0)[:1].isupper():
                    self._places.setdefault(w.group(0), []).append(w.start())
        return self._places

    @property
    def roster(self) -> Roster:
        """The nouns this article wrote beside its names (:mod:`.roster`), read once when asked."""
        if self._roster is None:
            self._roster = Roster(self.doc, self.closed, _first_names())
        return self._roster

    def _roster_gender(self, name: str) -> str | None:
        """"die Sozialwissenschaftlerin Irme Roth": a name whose first name tells nothing takes
        the gender of the person nouns the article wrote beside it."""
        lang = self.doc.article.language if self.doc.article is not None else None
        if lang is None:
            return None
        return self.roster.gender_of(name, lexicon(lang).phrases.person_gender)

    def _genitive(self, end: int) -> bool:
        """The name ending at ``end`` is a possessive, no antecedent: "Nach Jan van der Meers
        Abschiedsspiel … sagt er", "After Ann Lee's farewell … he said" (German: a name in -s right
        before a capitalised noun)."""
        text = self.doc.text
        if text[end:end + 2] in ("'s", "’s") or text[end - 2:end] in ("'s", "’s"):
            return True
        lang = self.doc.article.language if self.doc.article is not None else None
        return lang is not None and lexicon(lang).phrases.genitive_name(text, end)

    def gender_of(self, name: str) -> str | None:
        if name not in self._genders:
            self._genders[name] = self._gender_of(name)
        return self._genders[name]

    def _gender_of(self, name: str) -> str | None:
        for _off, cand, g in self.candidates():
            if g and (cand == name or cand.endswith(" " + name) or name.endswith(" " + cand)):
                return g
        first = _first_names().get(name.split()[0]) if name else None
        return None if first in (None, "?") else first

    def is_person(self, name: str) -> bool:
        """Whether a pronoun may refer to ``name``: a person with a known gender, or a name the
        entity gazetteer does not know as an organisation, place or outlet ("Amnesty
        International … she said" is not Amnesty)."""
        if self.gender_of(name) is not None:
            return True
        return not known_non_person(name)

    def resolve(self, offset: int, gender: str | None, speaker: str | None = None) -> str | None:
        """The person a pronoun at ``offset`` refers to; the speaker just quoted comes first."""
        if gender == "pl":
            return None
        if speaker and self.gender_of(speaker) in (None, gender) and self._learned.get(speaker.split()[-1], gender) == gender:
            return speaker
        self.candidates()
        if gender is None:
            best = self._latest(offset, None, any_gender=True)
        else:
            # the later of the last person of this gender and the last of unknown gender (not one an
            # earlier pronoun of the other gender stood for: "… says Evan Sparks. … he says …" ->
            # Sparks is no antecedent of a later "she"): "Kris Beck … Jan Ott … erzählt der 48-Jährige"
            # after Kris Beck spoke last is Kris Beck, whose first name tells no gender
            known = self._latest_entry(offset, gender)
            unknown = self._latest_entry(offset, None, skip=self._other_gender(gender))
            found = max((e for e in (known, unknown) if e is not None), default=None)
            best = found[3] if found is not None else None
            if found is not None and found is unknown:
                self.learn(best, gender)
            near = self._named_just_before(offset, gender)
            if near is not None and (found is None or near[0] > found[0]):
                best = near[2]  # "Irme Roth-Kamp … Danach nannte Roth-Kamp …, sagte sie": not a woman named earlier
                self.learn(best, gender)
        if best is None and gender in ("m", "f"):
            entry = self._weak_index().last(offset, None, any_gender=True, skip=self._other_gender(gender))
            if entry is not None and self._sentence_of(offset) - self._sentence_of(entry[0]) <= 1:
                # "Mira Kovač saß …, wie sie sagt": only a name in the pronoun's sentence or the one before
                best = entry[2]
                self.learn(best, gender)
        return best

    def last_of_class(self, offset: int, cls: str, gender: str | None, window: int,
                      fits: Callable[[str], bool] | None = None) -> str | None:
        """The last person (``cls`` "person", of no other ``gender``) or organisation or outlet
        (``cls`` "organisation") named in the ``window`` sentences before ``offset`` or in its own
        sentence: what "sagte der Virologe" or "das Unternehmen teilte mit" stands for when the
        article never wrote that noun beside a name (:mod:`.roster` answers first). ``fits``, when
        given, says which organisation names the noun may stand for ("der Verband": not "Polizei")."""
        first = self._sentence_of(offset) - window
        if cls == "person":
            self.candidates()
            skip = self._other_gender(gender) if gender in ("m", "f") else None
            found = []
            for rank, index in enumerate((self._candidate_index, self._seen_index)):
                entry = index.last(offset, None, any_gender=True, skip=skip)
                while entry is not None and self.quoted(entry[0]):  # "„Der Mord an X …“, sagte das Staatsoberhaupt"
                    entry = index.last(entry[0], None, any_gender=True, skip=skip)
                if entry is not None and self._sentence_of(entry[0]) >= first:
                    found.append((entry[0], -rank, -entry[1], entry[2]))
            return max(found)[3] if found else None
        best: tuple[int, str] | None = None
        for entity in self.doc.entities:
            if entity.type not in ("ORG", "MEDIA") or (fits is not None and not fits(entity.name)):
                continue
            for m in entity.mentions:
                if m.start < offset and self._sentence_of(m.start) >= first and (best is None or m.start > best[0]):
                    best = (m.start, entity.name)
        return best[1] if best else None

    def _learned_other(self, gender: str) -> Callable[[str], bool]:
        """Whether an earlier pronoun of the other gender stood for a name (by surname: "Sparks", "Evan Sparks")."""
        return lambda name: self._learned.get(name.split()[-1], gender) != gender

    def _other_gender(self, gender: str) -> Callable[[str], bool]:
        """Whether a name is known as the other gender: by its first name, or because an earlier
        pronoun of that gender stood for it (by surname: "Sparks", "Evan Sparks")."""
        def other(name: str) -> bool:
            known = self.gender_of(name) or self._learned.get(name.split()[-1])
            return known is not None and known != gender
        return other

    def _sentence_of(self, offset: int) -> int:
        if self._starts is None:
            self._starts = [x.start for x in self.doc.sentences]
        return bisect_right(self._starts, offset)

    def _surname_speaks(self, first: str, rest: list[str], places: dict[str, list[int]]) -> bool:
        """The last word of a name stands alone somewhere right next to a reporting verb
        ("berichtete Kovač", "Okafor said"); ``places``: :meth:`_capitalised_places`."""
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

    def _weak_index(self) -> _LastBefore:
        """The last resort for "he"/"er": two- or three-word capitalised names whose first word is no
        known first name but whose last word stands alone elsewhere in the text right next to a
        reporting verb ("Mira Kovač" … "berichtete Kovač", "Tunde Okafor" … "Okafor said"): how
        articles name a speaker after the first mention. A place or a noun pair ("Leipziger
        Messe" … "auf der Messe") does not speak."""
        if self._weak is None:
            self._weak = _LastBefore()
            text, genders = self.doc.text, _first_names()
            speaks: dict[tuple[str, str], bool] = {}  # a name written many times is read once
            found: list[tuple[int, str, str | None]] = []
            places = self._capitalised_places()
            for m in _NAME.finditer(text):
                first, rest = m.group(1), m.group(2).split()
                lead = text[max(0, m.start() - 30):m.start()].split()
                if first in genders or first.lower() in self.closed or self._genitive(m.start(2) + len(rest[0])) \
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

    def _named_just_before(self, offset: int, gender: str) -> tuple[int, int, str] | None:
        """A speaking name of unknown first name (:meth:`_weak_index`, by its full name or its
        surname alone) in the pronoun's sentence or the one before, not known as the other gender."""
        entry = self._weak_index().last(offset, None, any_gender=True, skip=self._other_gender(gender))
        if entry is None or self._sentence_of(offset) - self._sentence_of(entry[0]) > 1 \
                or not all(w[:1].isupper() for w in entry[2].split()) or not self._unknown_first_name(entry[2].split()[0]):
            return None  # not "Sima den Plan": a name's words are all capitalised
        return entry

    def _unknown_first_name(self, word: str) -> bool:
        """A word the tagger reads as a name or an unknown noun ("Irme"), not a common noun
        ("Rüstungskonzern"), a verb or a conjunction that opens a sentence ("Seien", "Falls")."""
        lang = self.doc.article.language if self.doc.article is not None else None
        if not lang:
            return False
        found = analyze_word(word, lang)
        return found is None or (found[1] in ("NE", "NN", "FM") and not known_noun(word, lang)
                                 and lexicon(lang).phrases.noun_class(word) is None)

    def learn(self, name: str, gender: str | None) -> None:
        """A pronoun of ``gender`` stood for ``name``: remembered when the name's gender is unknown."""
        if gender in ("m", "f") and name and self.gender_of(name) is None:
            self._learned.setdefault(name.split()[-1], gender)

    def _latest(self, offset: int, gender: str | None, any_gender: bool = False,
                skip: Callable[[str], bool] | None = None) -> str | None:
        """Name of the last fitting person before ``offset``; at one offset the candidates come first."""
        best = self._latest_entry(offset, gender, any_gender, skip)
        return best[3] if best else None

    def _latest_entry(self, offset: int, gender: str | None, any_gender: bool = False,
                      skip: Callable[[str], bool] | None = None) -> tuple[int, int, int, str] | None:
        """:meth:`_latest` as the sortable ``(offset, -index, -order, name)``, to compare two searches."""
        found = []
        for rank, index in enumerate((self._candidate_index, self._seen_index)):
            hit = index.last(offset, gender, any_gender, skip)
            if hit is not None:
                found.append((hit[0], -rank, -hit[1], hit[2]))
        return max(found) if found else None


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
