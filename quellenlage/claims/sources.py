"""Reading the source phrase of a claim (resolving it to whom it names: :mod:`.resolver`).

A source is a noun phrase next to the cue: before the verb ("Anna Berg von der
Handelskammer sagte"), after it in a trailing cue ("…, sagt auch Jonas Weber"), after
a preposition ("laut Geschäftsführerin Lea Brandt"). The phrase is read token by
token with the word classes of ``lang/<lang>/claim_sources.toml``: an optional
determiner, adjectives, capitalised words, and attached genitives or von-phrases
("der Sprecher eines großen Verbands der Branche"). Pronouns ("er", "she"), possessives
("seinen Angaben nach") and role descriptors ("der Minister", "der 48-Jährige") are
resolved to the last fitting person by :class:`~.resolver.Resolver`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..document import Token
from ..entities.gazetteer import gazetteer
from ..entities.persons import first_names as person_first_names
from .lexicon import Lexicon
from .word_shapes import QUOTE_CHARS, is_name_like


@dataclass
class SourcePhrase:
    start: int
    end: int
    text: str
    head: str  # the last capitalised word of the core phrase
    pronoun: str | None = None  # gender of a pronoun source ("m", "f", "pl")
    descriptor: bool = False  # "der Minister": refers back to a person
    anaphoric: bool = False  # "der Virologe", "dem Unternehmen": definite, nothing attached (:mod:`.roster`)


def particle_surname(tokens: list[Token], i: int, n: int, lex: Lexicon, text: str) -> SourcePhrase | None:
    """"sagte von Tessin", "so de Boer", "betonte van der Berg": a surname with its particle,
    when the article writes it after a first name somewhere ("Anton von Tessin"), so that
    "von Anfang an" stays a preposition."""
    if tokens[i].text not in lex.src.get("leading_name_particles", ()):
        return None
    k = i + 1
    if k < n and tokens[k].text in lex.src.get("inner_name_particles", ()):
        k += 1  # "van der Berg", "von der Au"
    if k >= n or not is_name_like(tokens[k]):
        return None
    written = text[tokens[i].start:tokens[k].end]
    if not re.search(rf"\b[A-ZÄÖÜ][\w\-]+ {re.escape(written)}\b", text):
        return None
    return SourcePhrase(tokens[i].start, tokens[k].end, written, tokens[k].text)


def read_np(tokens: list[Token], i: int, lex: Lexicon, text: str, stop: int | None = None) -> SourcePhrase | None:
    """The noun phrase that starts at ``tokens[i]``, or None if none starts there."""
    n = len(tokens) if stop is None else min(stop, len(tokens))
    if i >= n:
        return None
    first = tokens[i].text
    low = first.lower()
    # "Seine Kollegin Ruth Betz", "Seine Sprecherin": a possessive before a person is a determiner;
    # before anything else ("Seine Prognose: …", "seinen Angaben nach") it points to its owner
    possessive = low in lex.src["determiners"] and i + 1 < n and is_name_like(tokens[i + 1]) and (
        any(t.text in _first_names() for t in tokens[i + 1:min(n, i + 4)])
        or (lex.descriptor is not None and bool(lex.descriptor.fullmatch(tokens[i + 1].text))))
    if low in lex.pronouns and not possessive and (tokens[i].text[:1].islower() or i == 0 or low in lex.src["capitalised_pronouns"]):
        return SourcePhrase(tokens[i].start, tokens[i].end, first, first, pronoun=lex.pronouns[low])
    j = i
    if low in lex.src["determiners"]:
        j += 1
    if (particle_name := particle_surname(tokens, i, n, lex, text)) is not None:
        return particle_name
    core_end = lex.phrases.core_end(tokens, j, n, lex)
    if core_end <= j or (j == i and tokens[i].text in lex.src["not_sources"]):
        return None
    end = core_end
    # attached genitives and von-phrases: "des Handelsverbands Sachsen", "von der Stadtverwaltung"
    for _ in range(3):
        k = _after_bracket(tokens, end, n, lex)  # "Chief Executive Officer (Acting) of the …"
        if k < n and tokens[k].text.lower() in lex.src["attach"]:
            prep = tokens[k].text.lower() in lex.src["prepositions"]
            k += 1
            circumstance = prep and k < n and tokens[k].text.lower() in lex.src["circumstance_determiners"]
            if k < n and tokens[k].text.lower() in lex.src["determiners"]:
                k += 1
            e2 = lex.phrases.core_end(tokens, k, n, lex)
            if prep and e2 > k and (circumstance or _says_where_or_when(tokens[e2 - 1].text.lower(), lex)):
                break  # "der Verband in einer Mitteilung", "die Prüfer im Juni": where or when it said so, not who
            if e2 > k:
                end = e2
                continue
        break
    head = lex.phrases.head(tokens, j, core_end)
    start, stop_at = tokens[i].start, tokens[end - 1].end
    if text[stop_at - 1:stop_at] in QUOTE_CHARS and text[start:stop_at].count(text[stop_at - 1]) == 1:
        stop_at -= 1
    phrase = SourcePhrase(start, stop_at, text[start:stop_at], head.strip(QUOTE_CHARS))
    # "der Minister" points back to a person named before; "der Sprecher des Ministeriums" or
    # "der Manager einer anderen Firma" (an attached phrase) introduces someone new
    words = _core_words(tokens, j, core_end)
    if words <= 3 and end == core_end \
            and not (end + 1 < n and tokens[end].text in lex.src["title_coordinators"] and is_name_like(tokens[end + 1])):
        # not "der stellvertretende Leiter und Projektchef Ulrich Brendel": a coordinated title before a name
        if lex.descriptor is not None and low in lex.src["definite"]:
            phrase.descriptor = bool(lex.descriptor.fullmatch(phrase.head))
        phrase.anaphoric = low in lex.src["anaphoric"] and words == 1  # not "das britische Ministerium"
    return phrase


def _says_where_or_when(word: str, lex: Lexicon) -> bool:
    """The head of a prepositional phrase after a source is a document ("in der Stellungnahme",
    by its tail: "im Sondergutachten") or a time ("im Juni", "am Freitag"): the circumstance of
    the statement, no part of its source's name."""
    return any(word.endswith(d) for d in lex.src["documents"] if len(d) >= MIN_DOCUMENT_TAIL) \
        or word in lex.src["documents"] or word in lex.src["time_nouns"] or word in lex.src["function_words"]


#: A document noun is read into a compound's tail from this length on ("Sondergutachten"; not "Akten").
MIN_DOCUMENT_TAIL = 6

#: The longest bracket a source phrase reads through before an attached phrase: "(Acting)", "(kommissarisch)".
MAX_BRACKET_WORDS = 2


def _after_bracket(tokens: list[Token], k: int, n: int, lex: Lexicon) -> int:
    """Where an attached phrase may start after a short bracket right behind the core: the
    token after ")" when an attaching word follows it, else ``k`` itself."""
    if k >= n or tokens[k].text != "(":
        return k
    close = next((m for m in range(k + 1, min(n, k + MAX_BRACKET_WORDS + 2)) if tokens[m].text == ")"), None)
    if close is None or close == k + 1 or close + 1 >= n or tokens[close + 1].text.lower() not in lex.src["attach"]:
        return k
    return close + 1


def _core_words(tokens: list[Token], j: int, core_end: int) -> int:
    """Words of a core phrase, a compound cut short counted as one with its partner: "die Familien-
    und Bildungsministerin" is as short as "die Bildungsministerin" (the tokenizer splits off "-", so
    "Familien", "-", "und", "Bildungsministerin" are four tokens of one word)."""
    cut = sum(1 for m in range(j, core_end) if tokens[m].text == "-")
    return core_end - j - 3 * cut


def addressee(phrase: SourcePhrase, lex: Lexicon) -> bool:
    """ "der Zeitung", "der MOPO" right after a reporting verb: a feminine dative, the medium spoken
    to (``addressee_determiners`` before a ``media_heads`` word or a gazetteer outlet)."""
    first = phrase.text.split()[0].lower()
    if first not in lex.src.get("addressee_determiners", ()) or phrase.pronoun:
        return False
    return names_medium(phrase, lex)


def names_medium(phrase: SourcePhrase, lex: Lexicon) -> bool:
    """A phrase whose head is a medium ("der Zeitung", "der Tageszeitung"), whose first noun is
    the noun of a medium before its name (``media_nouns``: "der Nachrichtenagentur AFP"), or that
    names an outlet of the gazetteer ("der Frankfurter Rundschau")."""
    words = phrase.text.split()
    first_noun = words[1] if len(words) > 1 and words[0].lower() in lex.src["determiners"] else words[0]
    if first_noun.lower() in lex.src["media_nouns"] or any(phrase.head.lower().endswith(m) for m in lex.src["media_heads"]):
        return True
    entry = gazetteer().lookup(phrase.text.split(" ", 1)[1] if " " in phrase.text else phrase.text)
    return entry is not None and entry.type == "MEDIA"


def names_document(phrase: SourcePhrase, lex: Lexicon) -> bool:
    """A phrase whose head, or the last part of a hyphenated head, is a document ("dem Bericht",
    "dem Firmen-Blog")."""
    head = phrase.head.lower()
    return head in lex.src["documents"] or head.rsplit("-", 1)[-1] in lex.src["documents"]


def kind_of(phrase: SourcePhrase, lex: Lexicon, named: bool) -> str:
    head = phrase.head.lower()
    if phrase.pronoun or phrase.descriptor:
        return "named" if named else "unnamed"
    if head in lex.src["anonymous"]:
        return "anonymous"
    if head in lex.src["documents"]:
        return "document"
    first = phrase.text.split()[0].lower()
    if first in lex.src["determiners"] or head in lex.src["described"]:
        return "described"
    return "named"


#: A possessive ending closes a name inside a longer phrase ("Joe Biden’s administration").
POSSESSIVE_ENDINGS = ("’s", "'s")


def person_name(phrase: SourcePhrase, tokens: list[Token], lex: Lexicon | None = None) -> str | None:
    """A run of two or more capitalised words inside the phrase, read as a person's name."""
    inside = [t for t in tokens if phrase.start <= t.start and t.end <= phrase.end]
    if lex is not None:  # "Der Kreml" is no person: determiners do not start a name
        inside = [Token("", 0, 0) if t.text.lower() in lex.src["determiners"] else t for t in inside]
    particles = lex.src.get("name_particles", frozenset()) if lex is not None else frozenset()
    best: list[Token] = []
    run: list[Token] = []
    for n, t in enumerate(inside + [Token("", 0, 0)]):
        if t.text[:1].isupper() and t.text.isalpha() or (run and "-" in t.text and t.text[:1].isupper()):
            run.append(t)
            continue
        if run and t.text[:1].isupper() and t.text.endswith(POSSESSIVE_ENDINGS) and t.text[:-2].isalpha():
            t = Token(t.text[:-2], t.start, t.end - 2)  # "President Joe Biden’s administration": the name ends there
            run.append(t)
            t = Token("", 0, 0)
        if run and t.text in particles and n + 1 < len(inside) and inside[n + 1].text[:1].isupper():
            run.append(t)  # "Chef de Mission Paul Brenner"
            continue
        if len(run) >= 2:
            best = run
        run = []
    tail = _name_after_role(inside, lex)
    if tail:  # "Harbor Institute director Vance": the person after the role, not the employer before it
        best = tail
    if not best:
        return None
    if lex is not None:
        best = _name_in_run(best, lex)
    return " ".join(t.text for t in best) if best else None


def _name_after_role(inside: list[Token], lex: Lexicon | None) -> list[Token]:
    """The capitalised run that ends a phrase right after a lower-case role noun ("Harbor Institute
    director Vance", "company spokesperson Ann Lee"): the person; an empty list when the phrase
    does not end so."""
    if lex is None or lex.descriptor is None:
        return []
    end = len(inside)
    while end and inside[end - 1].text[:1].isupper() and inside[end - 1].text.replace("-", "").isalpha():
        end -= 1
    if end == len(inside) or end == 0 or not inside[end - 1].text[:1].islower() \
            or not lex.descriptor.fullmatch(inside[end - 1].text) or end < 2:
        return []
    return inside[end:]


def _name_in_run(run: list[Token], lex: Lexicon) -> list[Token]:
    """The person's name in a run of capitalised words, which in German also holds nouns.

    - "Ministerin Anna Berger", "Tierarzt Jonas Weber": the name starts at the first name;
      the person nouns before it are dropped ("Professor", "Palliativmediziner").
    - "Minister Fischer", "Bundeskanzler Scholz": with no first name, a person noun before the
      rest leaves the surname.
    - "Organisation Bühnenfreunde", "Kein Virologe", "Bayerische Fischereiverband": a run that opens with
      another noun of a class (organisation, person) or holds an organisation noun, and names
      nobody by a first name, is no person: empty.
    Words the language does not know as nouns ("Tareq Salem", "Kim Jong Un") stay a name."""
    def person_noun(t: Token) -> bool:
        return lex.phrases.noun_class(t.text) == "person"

    k = next((n for n, t in enumerate(run) if t.text in _first_names()), None)
    if k is not None:
        return run[k:] if k > 0 and len(run) - k >= 2 and all(person_noun(t) for t in run[:k]) else run
    lead = 0
    while lead < len(run) - 1 and person_noun(run[lead]):
        lead += 1
    if lead:
        return run[lead:]
    if lex.phrases.noun_class(run[0].text) is not None or not run[0].text[:1].isupper() \
            or any(lex.phrases.noun_class(t.text) == "organisation" for t in run[1:]):
        return []  # "Organisation Bühnenfreunde", "Bayerische Fischereiverband": no person
    return run


def apposition(phrase: SourcePhrase, tokens: list[Token], text: str,
               joiners: frozenset[str] = frozenset()) -> SourcePhrase | None:
    """ "der Leiter der Feuerwehr, Karl Mertens": the described source named right after it.

    The name must be two or three capitalised words starting with a known first name
    (``lang/common/first_names.tsv``) and must close the clause, so a list ("Polizei,
    Feuerwehr und …") is never read as an apposition. The role phrase may run on past the
    source phrase read before it ("der Sprecher des Bundes | für Sparer (BfS), Jan Hahn"):
    up to ``MAX_ROLE_TAIL`` capitalised words, bracketed acronyms and ``joiners`` (the
    language's prepositions and articles) before the comma.
    """
    k = next((n for n, t in enumerate(tokens) if t.start >= phrase.end), len(tokens))
    tail = k
    while tail < len(tokens) and tail - k < MAX_ROLE_TAIL and tokens[tail].text != "," and (
            tokens[tail].text[:1].isupper() or tokens[tail].text in ("(", ")") or tokens[tail].text.lower() in joiners):
        tail += 1
    if tail > k and tail < len(tokens) and tokens[tail].text == "," and tokens[tail - 1].text.lower() not in joiners:
        k = tail
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].text not in _first_names():
        return None
    m = k + 2
    while m < len(tokens) and m - k <= 3 and tokens[m].text[:1].isupper() and tokens[m].text.replace("-", "").isalpha():
        m += 1
    if m - k < 3 or (m < len(tokens) and tokens[m].text not in ".,;:!?)–—-"):
        return None
    end = tokens[m - 1].end
    name = " ".join(t.text for t in tokens[k + 1:m])
    return SourcePhrase(phrase.start, end, text[phrase.start:end], name)


#: Words of a role phrase past the source phrase read before an apposition, at most.
MAX_ROLE_TAIL = 6

_NAME = re.compile(r"\b(?=([A-ZÄÖÜ][a-zäöüéèáß]+)[ ]([A-ZÄÖÜ][\w'-]+(?:[ ][A-ZÄÖÜ][\w'-]+)?))")


@cache
def _first_names() -> dict[str, str]:
    """The entities stage's first names, with "?" for a name of both genders (None there): the
    claims rules tell a name known for both genders from an unknown word."""
    return {name: gender or "?" for name, gender in person_first_names().items()}


def first_names() -> dict[str, str]:
    """Known first names with their gender ("m", "f", "?"): ``lang/common/first_names.tsv``."""
    return _first_names()
