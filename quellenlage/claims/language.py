"""What the claim rules ask of a language: one interface, one module per language.

German and English report speech in different places of the sentence. German puts the
verb second and marks the content with a comma and Konjunktiv ("Die Lage sei ernst, sagte
Berger"; "Unterdessen sagte die Leiterin, …"); English puts the subject first and the
content right after the verb, often without "that" ("Berger said the situation was
serious"), or the speaker behind the content ("The talks failed, the minister said").
The rules in :mod:`.rules` are the same for both; wherever they need to know which
construction a language has, they ask the :class:`ClaimLanguage` of the document
(``state.language``), never the language code.

The implementations live beside the language's word lists, in the spirit of
``spacy/lang/de/``: ``quellenlage/lang/de/claims.py`` and ``quellenlage/lang/en/claims.py``.
:mod:`.engine` picks one by the article's language (:func:`claim_language`).

How a noun phrase is written (German capitalises nouns, English does not) is a second,
smaller interface, :class:`NounPhraseRules`, since the source-phrase reader
(:mod:`.sources`) sits below the rules and gets only the lexicon:
``quellenlage/lang/<code>/phrases.py``, picked by :func:`noun_phrase_rules` for
:func:`.lexicon.lexicon`.

Both are found by the language code when first asked (``LANGUAGE`` in
``lang/<code>/claims.py``, ``PHRASES`` in ``lang/<code>/phrases.py``), as spaCy finds
``spacy.lang.<code>``: the language modules import the claims package, never the other way
round, so a language module can be imported first (no import cycle). A language with claim
word lists but no module of its own is read as German.

Every method answers for the sentence under the rule; ``state`` is the
:class:`~.state.ClaimState`, ``work`` the :class:`~.rules.sentence.ReportedSentence` of
the reporting-cue rule, ``c`` a :class:`~.clauses.Cue` and ``seg`` its :class:`~.clauses.Seg`.
A construction the language does not have is answered with False or None.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from functools import cache


class ClaimLanguage(ABC):
    """The language-specific answers the claim rules need (see the module docstring)."""

    #: a comma may introduce a quotation after its reporting verb ('The mayor said, "…"')
    comma_introduces_quote: bool = False
    #: a sentence that only quotes the speaker (no Konjunktiv) goes on with the speaker's run
    quote_continues_speech: bool = False

    # -- clause segments (:mod:`.clauses`) ---------------------------------------------

    @abstractmethod
    def restarts_sentence(self, state, toks, k: int) -> bool:
        """Token ``k`` opens a new sentence that the splitter left glued to this one."""

    @abstractmethod
    def merge_after_inverted_subject(self, state, toks, segs, n: int):
        """The segments with an apposition after an inverted subject (segment ``n`` on) joined
        into one ("Unterdessen pochte die Leiterin des Büros, Jana Kühn, am Montag darauf, …"),
        or None where there is none."""

    # -- where the speaker stands (:mod:`.cues`, :mod:`.rules.verbs`) -----------------------

    @abstractmethod
    def source_near(self, state, toks, lo: int, k: int, hi: int):
        """The subject of the reporting verb ``toks[k]`` in the clause ``toks[lo:hi]``."""

    @abstractmethod
    def bracket_subject(self, state, toks, lo: int, k: int):
        """The subject inside a verb bracket that closes with the reporting verb ``toks[k]``
        when an adverbial opens the clause ``toks[lo:k]`` (German "Am Montag hatte die
        Ministerin gesagt"), else None."""

    @abstractmethod
    def inverted_speaker(self, state, toks, k: int):
        """The speaker after a verb that follows a comma in a quote's frame ("…, sagt Paul
        Winter: „…“"); None where the construction does not apply, False for "no speaker at all"."""

    @abstractmethod
    def colon_speaker(self, toks, lex, text: str):
        """The speaker of a short clause that introduces a quote with a colon and has no reporting
        verb ('Senator Maria Lopez put it bluntly: "…"'), else None."""

    @abstractmethod
    def may_precede_heading_verb(self, toks, lo: int, k: int, lex) -> bool:
        """The words ``toks[lo:k]`` may stand before a verb that closes the content before it
        ("…, sagte auch Berger"; English only auxiliaries: "…, has roiled Republicans" is no tag)."""

    @abstractmethod
    def trailing_speaker(self, work, c, seg):
        """The speaker of a verb that follows its content with only adverbials after it
        ("The talks failed, the minister told reporters on Monday"), else None."""

    @abstractmethod
    def heading_clause(self, work, c, seg, heading: bool, inline: bool) -> bool:
        """A verb that opens its segment after a subject fenced off by commas, with its content
        after it ("An official, who …, said the talks failed")."""

    @abstractmethod
    def participle_tag(self, work, c, seg, inline: bool) -> bool:
        """A participle that goes on with the claim before ("…, the minister said, adding that …")."""

    @abstractmethod
    def sentence_subject(self, work):
        """The subject of the sentence's first clause, for a participle tag with no claim before it."""

    @abstractmethod
    def is_adverb(self, word: str) -> bool:
        """``word`` is an adverb by its form ("positively"): it reports nothing of its own."""

    @abstractmethod
    def subject_after_relative_preposition(self, work, r) -> bool:
        """The verb's subject follows a preposition and a relative pronoun ("…, for which Lee said
        he's thankful"): read it between them and the verb."""

    @abstractmethod
    def apposition_before(self, work, r, phrase) -> bool:
        """The phrase near the verb is an apposition after the name that opens the sentence
        ("Gilley, author of …, argued"): the name is the subject."""

    @abstractmethod
    def coordinated_verb_subject(self, work, r):
        """The subject of a second, coordinated verb with none of its own ("Mayor X thanked the
        nurses, and pledged to …"), else None."""

    @abstractmethod
    def subject_outside_relative(self, work, prev):
        """When the claim before had its verb in a relative clause ("X apologized to the workers
        who accused him …, and pledged"), the subject of the sentence's first clause, else None."""

    # -- where the content stands ------------------------------------------------------

    @abstractmethod
    def content_follows_verb(self, work, c, seg) -> bool:
        """The content clause stands right after the verb in its own segment ("said the bridge
        would reopen", "told reporters that …")."""

    @abstractmethod
    def content_after_inline_verb(self, work, c, seg) -> tuple[int, str | None]:
        """Where an inline content clause begins (a token index; ``seg.hi`` when only an
        addressee follows), and the news outlet spoken to, a relay ("told Reuters the plan …")."""

    @abstractmethod
    def content_after_verb_preposition(self, work, c, seg) -> bool:
        """The content of a verb with a preposition starts after the verb ("the workers who
        accused him of …"), not at its segment's start."""

    @abstractmethod
    def relay_inner_speaker(self, state, d, toks) -> None:
        """A news outlet that reports what someone else said: make that someone the source
        and the outlet the relay ("The newspaper X reported that the captain had warned …")."""

    # -- quotations (:mod:`.rules.quotation`) -------------------------------------------

    @abstractmethod
    def check_comma_introduction(self, state, found, lead_from: int, lead_end: int):
        """``found`` (a cue and speaker before a comma-introduced quote) if its speaker stands right
        before its verb, else the one in the clause right before the comma, else None."""

    @abstractmethod
    def quote_inside_clause(self, state, q, i: int, lead: str, lead_from: int, trailer: str) -> bool:
        """The quote is part of a clause ("Die Nachfrage sei hoch, „so hoch wie nie“"): the
        sentence is the claim, not the fragment alone."""

    @abstractmethod
    def content_before_inverted_verb(self, state, toks, commas, cue, phrase):
        """(start, end) of the content before an inverted verb in a colon introduction ("Die Lage
        ist ernst, versichert X: „…“"), else None."""

    @abstractmethod
    def quoted_name_in_clause(self, state, quote) -> bool:
        """A short quotation inside a clause is a name or title, not a quotation of its own
        ('told "CBS" co-host …')."""


class NounPhraseRules(ABC):
    """How a source phrase is written in a language (read by :mod:`.sources`; ``lex`` is the
    :class:`~.lexicon.Lexicon`, ``tokens`` the sentence's tokens)."""

    @abstractmethod
    def core_end(self, tokens, j: int, n: int, lex) -> int:
        """Where the core words of a noun phrase starting at ``tokens[j]`` end (``j``: none)."""

    @abstractmethod
    def head(self, tokens, j: int, core_end: int) -> str:
        """The head word of the core ``tokens[j:core_end]``."""

    @abstractmethod
    def antecedent_end(self, toks, lo: int, hi: int) -> int:
        """Where the phrase a relative pronoun after ``toks[lo:hi]`` refers to ends."""

    @abstractmethod
    def fronted_phrase_before_verb(self, tokens, i: int, verb: int, lex) -> bool:
        """``tokens[i]`` opens a phrase before the verb that is no subject ("Als Grund nannte X")."""

    @abstractmethod
    def subject_after_verb(self, tok, phrase, lex) -> bool:
        """``phrase``, starting at ``tok`` right after a verb, may be its subject."""

    @abstractmethod
    def is_plural(self, noun: str) -> bool:
        """``noun`` (lower case) is a plural, a group a plural pronoun may stand for ("officials")."""

    @abstractmethod
    def genitive_name(self, text: str, end: int) -> bool:
        """The name ending at ``end`` is a genitive before its noun (no antecedent of a pronoun)."""

    def opens_no_phrase(self, word: str, text: str, lex) -> bool:
        """``word``, first in a phrase with no determiner, is a function word that only looks
        like a name because it opens a sentence ("Darin …", "Aktuell …"): no source starts there."""
        return False

    def noun_class(self, noun: str) -> str | None:
        """What a descriptor's head noun names, when the language knows: "person" ("Virologe",
        "Architektin"), "organisation" ("Unternehmen", "US-Konzern"), else None. A definite
        descriptor of a class with no roster entry stands for the last such name before it
        (:meth:`~.resolver.Resolver.last_of_class`)."""
        return None

    def base_form(self, name: str) -> str:
        """The name a reader is shown for a source phrase that names no person, without the
        inflection its place in the sentence gave it ("des Bayerischen Fischereiverbands" ->
        "Bayerischer Fischereiverband"); a language that does not decline names returns it as is."""
        return name

    def person_gender(self, noun: str) -> str | None:
        """The gender a person noun tells of the person it stands beside ("Architektin": "f",
        "Architekt": "m"), else None: a name of unknown gender takes it (:mod:`.roster`)."""
        return None

    def adjective_noun_gender(self, phrase: str) -> str | None:
        """The gender an adjective used as a noun tells by its article ("der 46-Jährige": "m", "die
        Vorsitzende": "f"), for the person it stands for; None where the language writes none."""
        return None

    def has_finite_verb(self, text: str) -> bool:
        """Whether a headline part holds a finite verb ("Schulen bleiben offen"), not only nouns
        ("Vertrag bis 2026"): a statement, not a topic (:func:`.headlines.colon_headline`). A
        language that cannot tell says yes."""
        return True


#: The language whose modules answer for a language that has none of its own.
FALLBACK = "de"


def _language_module(code: str, name: str):
    """``quellenlage.lang.<code>.<name>``, or the fallback language's when ``code`` has none."""
    if code.isalpha() and code.islower():
        module = f"quellenlage.lang.{code}.{name}"
        try:
            return importlib.import_module(module)
        except ModuleNotFoundError as err:
            if err.name not in (module, f"quellenlage.lang.{code}"):
                raise  # a module the language module itself imports is missing: a real error
    return importlib.import_module(f"quellenlage.lang.{FALLBACK}.{name}")


@cache
def claim_language(code: str) -> ClaimLanguage:
    """The :class:`ClaimLanguage` of language ``code`` (``lang/<code>/claims.py``: ``LANGUAGE``)."""
    return _language_module(code, "claims").LANGUAGE


@cache
def noun_phrase_rules(code: str) -> NounPhraseRules:
    """The :class:`NounPhraseRules` of language ``code`` (``lang/<code>/phrases.py``: ``PHRASES``)."""
    return _language_module(code, "phrases").PHRASES
