"""A source must be something that can speak: the last check on every claim's source.

The sentence rules read the words before or after a reporting cue as its source. At the
start of a sentence German capitalises every word, so an adverb, a preposition or a time
word can look like a name there ("Aktuell sei …", "Inmitten der Gerüchte …", "Anfang August
habe …"). Such a phrase never speaks. What such a sentence reports is nearly always the
voice the article is quoting already, so the claim keeps its content and takes the speaker
of the claim before it; with no speaker before it, it keeps no source at all. That choice is
made by the article-level source model (:mod:`.source_model`), for which :func:`can_speak`
is one feature of the phrase the rules read.

Whether a phrase is a function word is language knowledge: the word lists of
``lang/<lang>/claim_sources.toml`` (prepositions, conjunctions, negators, pronominal
adverbs, ``time_words``) and the language's :meth:`~.language.NounPhraseRules.opens_no_phrase`
(German: HanTa's reading of the word in lower case). A phrase linked to a person,
organisation, state or outlet always speaks.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from ..document import Document, Entity, Source
from .lexicon import Lexicon
from .word_shapes import QUOTE_CHARS

#: Entity types that can speak whatever words name them.
SPEAKING_TYPES = frozenset({"PER", "ORG", "GPE", "MEDIA"})


def can_speak(doc: Document, source: Source, lex: Lexicon) -> bool:
    """False only for a source phrase that opens with a function word or a time word."""
    if source.text is None:
        return True  # a name carried over from an earlier claim
    entity = doc.entity(source.entity) if source.entity else None
    if entity is not None and entity.type in SPEAKING_TYPES:
        return True
    first = source.text.split()[0].strip(QUOTE_CHARS + "'")
    if not first:
        return True
    return first.lower() not in lex.src["function_words"] and not lex.phrases.opens_no_phrase(first, doc.text, lex)


def last_named(doc: Document, start: int, end: int, types: Container[str],
               quoted: Callable[[int], bool]) -> Entity | None:
    """The entity of one of ``types`` whose mention in ``[start, end)`` comes last, mentions for
    which ``quoted`` is true passed over: the body a "…, hieß es." or a list's colon lead names
    (:mod:`.rules.hearsay`, :mod:`.lists`). Of two mentions at one offset the first entity wins."""
    best: tuple[int, Entity] | None = None
    for entity in doc.entities:
        if entity.type not in types:
            continue
        for m in entity.mentions:
            if start <= m.start < end and not quoted(m.start) and (best is None or m.start > best[0]):
                best = (m.start, entity)
    return best[1] if best is not None else None
