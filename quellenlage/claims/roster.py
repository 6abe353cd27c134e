"""The article's roster: which nouns the article itself puts beside each name.

A news article introduces a voice once with a noun beside the name ("der Virologe Jonas
Brandt", "Jonas Brandt, Virologe an der Klinik", "der Konzern Veltrax") and from then on
often uses only the noun: "sagte der Virologe", "das Unternehmen teilte mit". Which nouns
can stand for whom is not a word list: it is what *this* article wrote next to a name. So
the roster is read from the page, with no lexicon of professions or company types:

- a noun right before a person's or organisation's mention ("Virologe Jonas Brandt",
  "VW-Chef Hans Ebert", "Konzern Veltrax"),
- a noun right after it behind a comma ("Jonas Brandt, Virologe …", "Veltrax, ein Hersteller …").

:meth:`Roster.antecedent` answers, for a definite source phrase with nothing attached ("der
Virologe", "dem Architekten", "das Unternehmen"), the name introduced last before it with
the same noun; a compound matches its tail ("US-Konzern" ~ "Konzern", "Konzernchef" ~
"Chef", "Alpha-CEO" ~ "CEO"), and an inflected noun its stem ("Architekten" ~ "Architekt"). Which words can never
be such a noun (articles, prepositions, first names) is language data the engine passes in.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..document import Document
from ..entities.persons import connectors, word_role
from ..entities.tokens import fold

#: Entity types whose names a descriptor can stand for (a person, an organisation, an outlet).
NOUNED_TYPES = frozenset({"PER", "ORG", "MEDIA"})
#: Inflection endings a noun may carry in one mention and not in another ("dem Architekten").
ENDINGS = ("en", "n", "s", "es")
#: A compound matches a shorter noun at its end only when that noun is this long ("Chef" yes).
MIN_TAIL = 4

_WORD_BEFORE = re.compile(r"([A-ZÄÖÜ][\w-]*[\w])[ \u00a0]+$")
_WORDS_AFTER = re.compile(r"^,[ \u00a0]+([\w-]+)(?:[ \u00a0]+([\w-]+))?(?:[ \u00a0]+([\w-]+))?")


def same_noun(a: str, b: str) -> bool:
    """Whether two written nouns name the same kind of voice ("Architekten" ~ "Architekt",
    "US-Konzern" ~ "Konzern", "Konzernchef" ~ "Chef"); both already folded."""
    if a == b:
        return True
    for x, y in ((a, b), (b, a)):
        if any(x == y + ending for ending in ENDINGS):
            return True
        if len(y) >= MIN_TAIL and x.endswith(y):  # "us-konzern" ~ "konzern", "konzernchef" ~ "chef"
            return True
        if x.endswith("-" + y):  # "alpha-ceo" ~ "ceo": after a hyphen a short noun is a whole word
            return True
    return False


class Roster:
    """(offset, noun as written, name) for every noun the article writes beside a name, in text order."""

    def __init__(self, doc: Document, closed: frozenset[str], first_names: frozenset[str] | dict) -> None:
        self.entries: list[tuple[int, str, str]] = []
        self.lang = doc.article.language or ""
        text = doc.text
        # "Sprecher der Schutzvereinigung" written beside a name: (offset, folded phrase, name)
        self.roles: list[tuple[int, str, str]] = []
        ties = connectors(self.lang) if self.lang else frozenset()
        for entity in doc.entities:
            if entity.type not in NOUNED_TYPES:
                continue
            name_words = {fold(w) for w in entity.name.split()}
            for m in entity.mentions:
                for noun in self._nouns_beside(text, m.start, m.end, closed, first_names):
                    if fold(noun) not in name_words:
                        self.entries.append((m.start, noun, entity.name))
                if entity.type == "PER" and ties:
                    self.roles += [(m.start, fold(r), entity.name) for r in _roles_beside(text, m.start, m.end, ties)]
        self.entries.sort()
        self.roles.sort()
        self.starts = [e[0] for e in self.entries]

    @staticmethod
    def _nouns_beside(text: str, start: int, end: int, closed: frozenset[str],
                      first_names: frozenset[str] | dict) -> list[str]:
        out: list[str] = []
        line_start = text.rfind("\n", 0, start) + 1
        before = _WORD_BEFORE.search(text, max(line_start, start - 60), start)
        if before is not None and before.group(1).lower() not in closed and before.group(1) not in first_names:
            out.append(before.group(1))
        after = _WORDS_AFTER.match(text[end:end + 80])
        if after is not None:  # ", Virologe an …", ", der Virologe …", ", ein großer Hersteller …"
            words = [w for w in after.groups() if w]
            k = 1 if words[0].lower() in closed else 0
            while k < len(words) - 1 and words[k][:1].islower():
                k += 1  # adjectives between the determiner and the noun
            noun = words[k] if k < len(words) else ""
            if noun[:1].isupper() and noun.lower() not in closed and noun not in first_names:
                out.append(noun)
        return out

    def named_role(self, offset: int, role: str) -> str | None:
        """The person written last before ``offset`` beside this very role phrase ("der Sprecher
        der Schutzvereinigung, Jan Hahn, …" … "sagte der Sprecher der Schutzvereinigung"), else None."""
        key = fold(role)
        found = [name for at, written, name in self.roles if at < offset and written == key]
        return found[-1] if found else None

    def gender_of(self, name: str, noun_gender) -> str | None:
        """The gender the nouns beside ``name`` tell ("die Sozialwissenschaftlerin Irme Roth": "f"),
        by the language's ``noun_gender``; None when they tell none or disagree."""
        found = {g for _off, noun, n in self.entries if n == name and (g := noun_gender(noun))}
        return found.pop() if len(found) == 1 else None

    def antecedent(self, offset: int, noun: str) -> str | None:
        """The name written last before ``offset`` beside the same noun, else None."""
        key = fold(noun)
        for i in range(bisect_left(self.starts, offset) - 1, -1, -1):
            if same_noun(fold(self.entries[i][1]), key):
                return self.entries[i][2]
        return self._only_holder_of_role(offset, noun)

    def _only_holder_of_role(self, offset: int, noun: str) -> str | None:
        """ "die Bildungsministerin" after "Bundesministerin Anna Berger": two compounds of one role
        (the entities stage's role tail, "Ministerin") stand for the same person only when the
        article gave that role to one person before; "Außenministerin X … Innenministerin Y"
        leaves "die Ministerin" to the resolver."""
        role = word_role(noun, self.lang)
        if role is None or role.kind != "role":
            return None
        names = {name for off, written, name in self.entries[:bisect_left(self.starts, offset)]
                 if (other := word_role(written, self.lang)) is not None and other.word == role.word}
        return names.pop() if len(names) == 1 else None


def _roles_beside(text: str, start: int, end: int, ties: frozenset[str]) -> list[str]:
    """Role phrases of a noun and the body it speaks for, written beside a person's name behind a
    comma: "der Sprecher der Schutzvereinigung, Jan Hahn" and "Jan Hahn, Sprecher der
    Schutzvereinigung," (the noun, a connector, one to three words up to the comma)."""
    out: list[str] = []
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 100):start]
    if before.endswith(", "):
        words = before[:-2].split()[-5:]
        for k in range(len(words) - 1, 0, -1):
            if words[k] in ties and words[k - 1][:1].isupper() and k < len(words) - 1:
                out.append(" ".join(words[k - 1:]))
                break
    after = text[end:end + 100]
    if after.startswith(", "):
        clause = after[2:].split(",", 1)
        words = clause[0].split() if len(clause) == 2 else []
        if 3 <= len(words) <= 5 and words[0][:1].isupper() and words[1] in ties:
            out.append(" ".join(words))
    return out
