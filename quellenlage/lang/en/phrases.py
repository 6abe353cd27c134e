"""How an English noun phrase is written, as the source-phrase reader needs to know it.

English writes nouns in lower case, so a source phrase runs up to a verb, an adverb or a
stop word ("the nurses' union", "economist Lena Brooks"), its head the last word; a
relative clause refers back to the phrase right before it ("… met the mayor, who said …");
after a reporting verb only a name, a determiner or a pronoun opens a subject ("said
engineer Rosa Klein", not "said just 30 hours").
"""

from __future__ import annotations

from ...claims.language import NounPhraseRules


class EnglishPhrases(NounPhraseRules):
    """Lower-case nouns; the head is the last word."""

    def core_end(self, tokens, j: int, n: int, lex) -> int:
        """Lower-case nouns count too, so read words up to a verb, adverb or stop word."""
        k = j
        while k < n and k - j < 7:
            w = tokens[k].text
            low = w.lower()
            if w in "'’" and k > j and tokens[k - 1].text.endswith("s") and tokens[k - 1].end == tokens[k].start:
                k += 1  # a plural possessive: "the nurses' union"
                continue
            if (k > j and low in lex.src["skip"]) or not (w[:1].isalnum()) or low in lex.src["stop"] or low in lex.src["prepositions"] or low in lex.verbs \
                    or (low.endswith("ly") and w[:1].islower()) or low in lex.src["conjunctions"] or low in lex.pronouns \
                    or _pronoun_contraction(low, lex):
                break
            k += 1
        if k > j and all(t.text.lower() in lex.src["determiners"] for t in tokens[j:k]):
            return j
        return k

    def head(self, tokens, j: int, core_end: int) -> str:
        return tokens[core_end - 1].text

    def antecedent_end(self, toks, lo: int, hi: int) -> int:
        return hi

    def fronted_phrase_before_verb(self, tokens, i: int, verb: int, lex) -> bool:
        return False

    def subject_after_verb(self, tok, phrase, lex) -> bool:
        return tok.text[:1].isupper() or tok.text.lower() in lex.src["determiners"] or bool(phrase.pronoun) \
            or any(w[:1].isupper() for w in phrase.text.split())

    def is_plural(self, noun: str) -> bool:
        return noun.endswith("s")

    def genitive_name(self, text: str, end: int) -> bool:
        return False  # "Ann Lee's" is caught by its apostrophe in every language


def _pronoun_contraction(low: str, lex) -> bool:
    """A pronoun with a verb clitic ("it's", "he’s", "that's", "they're"): a clause begins, no genitive."""
    stem = low.replace("’", "'").split("'")[0]
    return stem != low and (stem in lex.pronouns or stem in lex.src["subject_pronouns"] or stem in lex.src["stop"])


#: How English writes a noun phrase (found by :func:`quellenlage.claims.language.noun_phrase_rules`).
PHRASES = EnglishPhrases()
