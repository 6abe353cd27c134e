"""Who "er", "sie", "der Minister" and "the spokeswoman" are: pronoun and descriptor resolution.

:class:`Resolver` answers, for a source phrase without a name, the last fitting person
named before it: persons of the entities stage, persons the engine has already seen as
sources, and "First Last" names whose first name is known (with its gender). The names the
article writes in other ways (a surname the title gave in full, a name after a reporting verb or
a person noun, a speaking name of unknown first name) and the index that finds the last one
before an offset are :mod:`.name_index`'s.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Container

from ..document import Document
from ..entities import persons
from ..nlp.tagger import analyze_word
from .lexicon import lexicon
from .name_index import LastBefore, NameIndex, known_non_person, known_noun
from .roster import Roster
from .sources import _NAME, _first_names


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
        self._seen_index = LastBefore()
        self._candidates: list[tuple[int, str, str | None]] | None = None
        self._candidate_index = LastBefore()
        self._genders: dict[str, str | None] = {}
        self._learned: dict[str, str] = {}  # name of unknown gender -> the gender of a pronoun resolved to it
        self._name_index: NameIndex | None = None
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
                out += [(m.start, ent.name, gender) for m in ent.mentions if not self.name_index.genitive(m.end)]
            genders = _first_names()
            names = list(_NAME.finditer(self.doc.text))  # "First Last" pairs, read once for both uses below
            for m in names:
                g = genders.get(m.group(1))
                last = m.group(2).split()
                if g is not None and not self.name_index.genitive(m.start(2) + len(last[0])):
                    out.append((m.start(), f"{m.group(1)} {m.group(2)}", None if g == "?" else g))
            out += self.name_index.named_in_title(genders)
            out += self.name_index.named_after_report(names, genders)
            out += self.name_index.named_by_role(genders)
            self._candidates = out
            for off, name, g in out:
                self._candidate_index.add(off, name, g)
        return self._candidates

    @property
    def name_index(self) -> NameIndex:
        """The article's names beyond the entities stage's (:mod:`.name_index`), made when first
        asked: the claim state (:mod:`.state`) sets :attr:`closed` and :attr:`report_words` after it makes the resolver."""
        if self._name_index is None:
            self._name_index = NameIndex(self.doc, self.closed, self.report_words)
        return self._name_index

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
            entry = self.name_index.weak_index().last(offset, None, any_gender=True, skip=self._other_gender(gender))
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

    def _named_just_before(self, offset: int, gender: str) -> tuple[int, int, str] | None:
        """A speaking name of unknown first name (:meth:`.name_index.NameIndex.weak_index`, by its full name or its
        surname alone) in the pronoun's sentence or the one before, not known as the other gender."""
        entry = self.name_index.weak_index().last(offset, None, any_gender=True, skip=self._other_gender(gender))
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


