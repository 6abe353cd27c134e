"""How a German noun phrase is written, as the source-phrase reader needs to know it.

German capitalises nouns, so a source phrase is a run of adjectives and capitalised words
("der Sprecher des Handelsverbands Sachsen"), its head the last capitalised word; a
relative clause refers back to the last capitalised word before it, since a participle may
follow the noun ("Das Video wurde von der Nutzerin Eva Kern gepostet, die sagte, …").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...claims.language import NounPhraseRules
from ...claims.roster import ENDINGS, MIN_TAIL
from ...claims.word_shapes import QUOTE_CHARS, is_adjective, is_name_like
from ...entities.persons import apposition_nouns, org_heads
from ...entities.tokens import fold
from ...nlp.tagger import analyze_word
from .. import load
from .quantities import adjective_endings  # the entity finder's list (entity_words.toml)

_LOWER_WORD = re.compile(r"\b[a-zäöüß]+\b")


class GermanPhrases(NounPhraseRules):
    """Capitalised nouns; the head is the last capitalised word."""

    def core_end(self, tokens, j: int, n: int, lex) -> int:
        """A run of adjectives and capitalised words (at least one capitalised): "großen Verbands"."""
        k = j
        saw_cap = False
        while k < n:
            t = tokens[k]
            w = t.text
            if w in QUOTE_CHARS:
                # a quoted name: der britischen "Morgenpost", das "Neue Abendblatt" (up to four words)
                m = k + 1
                while m < n and m - k <= 4 and is_name_like(tokens[m]):
                    m += 1
                if m > k + 1 and m < n and tokens[m].text in QUOTE_CHARS:
                    k = m + 1
                    saw_cap = True
                    continue
                break
            if saw_cap and w in lex.src["name_particles"] and k + 1 < n and is_name_like(tokens[k + 1]):
                k += 1  # "Chef de Mission Paul Brenner", "Tour de France": a foreign particle inside a name
                continue
            if is_name_like(t) and w.lower() not in lex.src["prepositions"] | lex.src["conjunctions"] or (saw_cap and w in ("-",)):
                if w in lex.src["not_sources"] and k == j:
                    break
                saw_cap = True
                k += 1
                continue
            if not saw_cap and is_adjective(t, lex):
                k += 1
                continue
            if saw_cap and w in lex.src["ellipsis_joiners"] and tokens[k - 1].text.endswith("-") \
                    and k + 1 < n and is_name_like(tokens[k + 1]):
                k += 1  # "Familien- und Jugendministerin": a compound cut short before "und"
                continue
            if saw_cap and w in lex.src["title_coordinators"] and k + 1 < n and self.noun_class(tokens[k - 1].text) == "person" \
                    and self.noun_class(tokens[k + 1].text) == "person":
                k += 1  # "die Juristin und Autorin Ana Moreno": two titles of one person
                continue
            if saw_cap and w == "(" and k + 2 < n and tokens[k + 2].text == ")":  # party: Berger (SPD)
                k += 3
                continue
            break
        return k if saw_cap else j

    def head(self, tokens, j: int, core_end: int) -> str:
        return next((t.text for t in reversed(tokens[j:core_end]) if is_name_like(t)), tokens[core_end - 1].text)

    def antecedent_end(self, toks, lo: int, hi: int) -> int:
        return next((m + 1 for m in range(hi - 1, lo - 1, -1) if toks[m].text[:1].isupper()), lo)

    def fronted_phrase_before_verb(self, tokens, i: int, verb: int, lex) -> bool:
        """ "Als Grund nannte X …": a prepositional phrase before the verb, so no subject there."""
        return tokens[i].text.lower() in lex.src["prepositions"] and i + 1 < verb and is_name_like(tokens[i + 1])

    def subject_after_verb(self, tok, phrase, lex) -> bool:
        return True  # "sagte der Minister", "sagte ein Sprecher": any phrase after the verb

    def is_plural(self, noun: str) -> bool:
        return False  # not asked: no German pronoun in claim_sources.toml is plural ("sie" reads as "f")

    def genitive_name(self, text: str, end: int) -> bool:
        """A name in -s right before a capitalised noun: "Nach Jan van der Meers Abschiedsspiel"."""
        return text[end - 1:end] == "s" and text[end:end + 1] == " " and text[end + 1:end + 2].isupper()

    def opens_no_phrase(self, word: str, text: str, lex, tags: frozenset[str] | None = None) -> bool:
        """A capitalised word that HanTa reads, in lower case, with one of ``tags`` (lower case;
        by default ``function_tags``: an adverb, pronominal adverb, preposition or conjunction,
        "Aktuell", "Darin", "Solange"), and that the article never writes capitalised inside a
        sentence, as it writes names ("sagte Kurz", "mit Lotte Kurz")."""
        if not word[:1].isupper() or not word.isalpha():
            return False
        reading = analyze_word(word.lower())
        if reading is None or reading[1].lower() not in (lex.src["function_tags"] if tags is None else tags):
            return False
        return re.search(rf"[\w,] {re.escape(word)}\b", text) is None

    def base_form(self, name: str) -> str:
        """ "Bayerischen Fischereiverbands" -> "Bayerischer Fischereiverband", "Grünen Kreuz" -> "Grünes Kreuz":
        the leading adjectives take the strong nominative ending of the head's gender
        (``name_genders.toml``), a masculine or neuter head loses its genitive -s. Names whose head
        is not listed, or with anything but adjectives before the head, stay as written."""
        words = name.split()
        k = next((i for i, w in enumerate(words) if _head_gender(w) is not None), None)
        if k is None or not all(w[:1].isupper() and w.lower().endswith(adjective_endings()) for w in words[:k]):
            return name
        gender, head = _head_gender(words[k])
        out = [_strong(w, gender) for w in words[:k]] + [head] + words[k + 1:]
        return " ".join(out)

    def noun_class(self, noun: str) -> str | None:
        """"person" for a noun of ``person_nouns.txt`` (a masculine with a feminine in -in, and
        that feminine; built from Wiktionary by scripts/build_person_nouns.py), "organisation"
        for an organisation noun of the entities stage (``org_heads``, ``apposition_nouns``);
        a compound by its tail ("Sportwissenschaftler", "US-Konzern"), an inflected noun by its
        stem ("dem Architekten")."""
        return _noun_class(noun)

    def adjective_noun_gender(self, phrase: str) -> str | None:
        """ "der 46-Jährige", "die Vorsitzende", "der Angeklagte": an adjective used as a noun,
        written in its weak nominative singular (-e) after "der"/"ein" (a man) or "die"/"eine" (a
        woman); HanTa reads the word in lower case as an adjective. Any other phrase tells none
        ("der Sprecher" is said of anyone; "den Angeklagten" is no nominative)."""
        words = phrase.split()
        if len(words) != 2 or not words[1].endswith("e") or not words[1][:1].isalnum():
            return None
        gender = _adjective_noun_articles().get(words[0].lower())
        found = analyze_word(words[1].lower(), "de") if gender else None
        return gender if found is not None and found[1] == "ADJA" else None

    def has_finite_verb(self, text: str) -> bool:
        """A lower-case word HanTa tags as a verb form that can be finite (``V*FIN``; ``V*INF``
        too, as a plural present is written like the infinitive: "Schulen bleiben offen").
        German writes every noun capitalised, so only the lower-case words need asking."""
        for word in _LOWER_WORD.findall(text):
            found = analyze_word(word, "de")
            if found is not None and found[1].startswith("V") and found[1].endswith(("FIN", "INF")):
                return True
        return False

    def person_gender(self, noun: str) -> str | None:
        """A person noun in -in is feminine ("Sozialwissenschaftlerin"), any other masculine
        ("Virologe"): German news writes the feminine form of a woman's role. A noun of one form
        for every gender ("das Staatsoberhaupt", "der CEO"; ``person_nouns_epicene.txt``) tells none."""
        if self.noun_class(noun) != "person" or _epicene(noun):
            return None
        return "f" if noun.endswith("in") else "m"



@lru_cache(maxsize=1 << 16)
def _noun_class(noun: str) -> str | None:
    """:meth:`GermanPhrases.noun_class`, kept per word: the rules ask it of every capitalised
    word pair of an article (the resolver's surname search) and of each word of a name."""
    word = noun.strip(QUOTE_CHARS + ".,;:")
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return None
    people, organisations = _person_nouns(), _organisation_nouns()
    for form in _stems(word):
        for k in range(len(form)):
            tail = form[k:]
            if k and tail[0] == "-":
                continue  # "US-Konzern": the tail after the hyphen comes next
            if k and len(tail) < MIN_TAIL and form[k - 1] != "-":
                break  # a short tail only as a whole word: "CEO", "Alpha-CEO", not "Hallo" ~ "Lo"
            tail = tail[:1].upper() + tail[1:]
            if tail in people:
                return "person"
            if fold(tail) in organisations:
                return "organisation"
    return None


def _stems(word: str) -> list[str]:
    """The word, then the word without a case ending ("Architekten" -> "Architekt")."""
    return [word] + [word[: -len(e)] for e in ENDINGS if word.endswith(e) and len(word) - len(e) >= MIN_TAIL]


@cache
def _adjective_noun_articles() -> dict[str, str]:
    """Article -> gender for an adjective used as a noun (``claim_sources.toml``)."""
    table = load("de", "claim_sources")["adjective_noun_articles"]
    return {article: gender for gender, articles in table.items() for article in articles}


@cache
def _person_nouns() -> frozenset[str]:
    return frozenset(load("de", "person_nouns")) | _epicene_nouns()


@cache
def _epicene_nouns() -> frozenset[str]:
    return frozenset(load("de", "person_nouns_epicene"))


def _epicene(noun: str) -> bool:
    """ "US-Promi", "Kirchenoberhaupt": a noun whose tail is one of ``person_nouns_epicene.txt``."""
    tail = noun.rsplit("-", 1)[-1]
    return any(tail.lower().endswith(w.lower()) for w in _epicene_nouns())


@cache
def _organisation_nouns() -> frozenset[str]:
    """The entities stage's organisation nouns and the nouns that stand for an organisation of
    any name ("die Einrichtung", "die Interessenvertretung"; ``any_organisation_nouns``)."""
    anyone = load("de", "claim_sources")["any_organisation_nouns"]
    return frozenset(fold(w) for w in [*org_heads("de"), *anyone]) | apposition_nouns("de")


#: How German writes a noun phrase (found by :func:`quellenlage.claims.language.noun_phrase_rules`).
PHRASES = GermanPhrases()


_STRONG = {"m": "er", "f": "e", "n": "es"}


@cache
def _name_genders() -> dict[str, str]:
    return {tail: gender for gender, tails in load("de", "name_genders").items() for tail in tails}


@lru_cache(maxsize=1 << 12)
def _head_gender(word: str) -> tuple[str, str] | None:
    """(gender, nominative) of an organisation name's head noun, by its tail, else None:
    "Fischereiverbands" -> ("m", "Fischereiverband")."""
    low = word.lower()
    genders = _name_genders()
    for form, drop in ((low, 0), (low[:-1], 1), (low[:-2], 2)):
        if drop and not low.endswith(("s", "es")[drop - 1]):
            continue
        for tail, gender in genders.items():
            if form.endswith(tail) and (drop == 0 or gender in ("m", "n")):
                return gender, word[:len(word) - drop]
    return None


def _strong(adjective: str, gender: str) -> str:
    """ "Deutschen" -> "Deutscher" (m), "Deutsche" (f), "Deutsches" (n). A word in -er stays:
    a place adjective does not decline ("Berliner Feuerwehr"), a strong masculine is final."""
    if adjective.lower().endswith("er"):
        return adjective
    for ending in sorted(adjective_endings(), key=len, reverse=True):
        if adjective.lower().endswith(ending):
            return adjective[:len(adjective) - len(ending)] + _STRONG[gender]
    return adjective
