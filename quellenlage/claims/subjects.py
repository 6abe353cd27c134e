"""Where a verb's subject stands: before it, after it, or at the end of the clause a relative
pronoun opens, read as a source phrase (:func:`.sources.read_np`).

The languages put the subject in different places ("Der Minister sagte", "sagte der Minister",
"the minister said", "said the minister"); these functions find it in a clause given as tokens,
and the language modules (``lang/<lang>/claims.py``) decide which of them to ask.
"""

from __future__ import annotations

from ..document import Token
from .lexicon import Lexicon
from .sources import SourcePhrase, addressee, particle_surname, read_np
from .word_shapes import is_adjective, is_name_like


def colon_clause_subject(toks: list[Token], lex: Lexicon, text: str, max_tokens: int) -> SourcePhrase | None:
    """The phrase that opens a short clause introducing a quote with a colon (after its
    conjunctions), no pronoun: what the languages' ``colon_speaker`` checks for a person."""
    lo = 0
    while lo < len(toks) and toks[lo].text.lower() in lex.src["conjunctions"]:
        lo += 1
    if len(toks) - lo > max_tokens:
        return None
    phrase = read_np(toks, lo, lex, text)
    return None if phrase is None or phrase.pronoun else phrase


def np_ending_before(tokens: list[Token], lo: int, k: int, lex: Lexicon, text: str) -> SourcePhrase | None:
    """The longest phrase that ends right before ``tokens[k]`` and starts with a determiner or capital."""
    for p in range(max(lo, k - 8), k):
        t = tokens[p]
        if not (t.text[:1].isupper() or t.text.lower() in lex.src["determiners"] or t.text.lower() in lex.pronouns):
            continue
        if pronoun_before_phrase(tokens, p, k, lex):
            continue
        phrase = read_np(tokens, p, lex, text, stop=k)
        if phrase is not None and phrase.end >= tokens[k - 1].end - 1:
            return phrase
    return None


def pronoun_before_phrase(tokens: list[Token], p: int, k: int, lex: Lexicon) -> bool:
    """ "gab es dem HDE zufolge", "wie das der Verband sieht": a pronoun (or a determiner used as
    one) right before a determiner is no part of the phrase that follows it."""
    low = tokens[p].text.lower()
    return p + 1 < k and tokens[p + 1].text.lower() in lex.src["determiners"] and (
        low in lex.src["determiners"] or low in lex.src["objects"])


def antecedent(toks: list[Token], lo: int, hi: int, lex: Lexicon, text: str) -> SourcePhrase | None:
    """The noun phrase a relative pronoun right after ``toks[lo:hi]`` (and its comma) stands for: the
    phrase at its end ("… met the mayor, who said …"); in German at its last capitalised word, since a
    participle may follow ("Das Video wurde von der Nutzerin Eva Kern gepostet, die sagte, …")."""
    end = lex.phrases.antecedent_end(toks, lo, hi)
    best = None
    for p in range(end - 1, max(lo, end - 8) - 1, -1):
        w = toks[p].text
        if not (w[:1].isupper() or w.lower() in lex.src["determiners"]):
            if best is not None:
                break
            continue
        phrase = read_np(toks, p, lex, text, stop=end)
        if phrase is not None and phrase.end >= toks[end - 1].end - 1 and not phrase.pronoun:
            best = phrase
    return best


def subject_before(tokens: list[Token], lo: int, verb: int, lex: Lexicon, text: str) -> SourcePhrase | None:
    """The subject in the clause part ``tokens[lo:verb]`` (first nominative phrase), if any."""
    i = lo
    while i < verb and (tokens[i].text.lower() in lex.src["conjunctions"] or tokens[i].text in ",;–-"):
        if lex.phrases.fronted_phrase_before_verb(tokens, i, verb, lex):
            return None  # "Als Grund nannte X …": a phrase before the verb that is no subject
        i += 1
    i = _time_adverbial_end(tokens, i, verb, lex)
    while i < verb:
        t = tokens[i]
        low = t.text.lower()
        if low in lex.src["prepositions"]:
            return None if i == lo else _skip_pp(tokens, i, verb, lex, text)
        if low in lex.src["determiners"] and low not in lex.src["nominative"]:
            return None
        if low in lex.src["skip"] or (i == lo and _vorfeld_adverb(tokens, i, verb, lex)):
            i += 1
            continue
        if low in lex.src["objects"] and i + 1 < verb:  # "wie es der Minister versprochen hat": an object, not the subject
            i += 1
            continue
        if verb > lo and tokens[verb - 1].text.lower() in lex.src["relative"]:  # "Republicans who suspect"
            return np_ending_before(tokens, lo, verb - 1, lex, text)
        return read_np(tokens, i, lex, text, stop=verb)
    return None


def _time_adverbial_end(tokens: list[Token], i: int, verb: int, lex: Lexicon) -> int:
    """ "Two days later the mayor said …", "Last year the agency said …", "A week ago …": where a
    leading time adverbial (``time_openers`` or a number, a time noun, maybe a time word such as
    "later"/"ago", maybe a comma) ends, so the subject is read after it; ``i`` when none opens there."""
    j = i
    while j < verb and (tokens[j].text.lower() in lex.src["time_openers"] or tokens[j].text.isdigit()):
        j += 1
    if j == i or j >= verb or tokens[j].text.lower() not in lex.src["time_nouns"]:
        return i
    j += 1
    while j < verb and (tokens[j].text.lower() in lex.src["time_words"] or tokens[j].text == ","):
        j += 1
    return j if j < verb else i


def _vorfeld_adverb(tokens: list[Token], i: int, verb: int, lex: Lexicon) -> bool:
    """ "Tatsächlich warnen die Autoren …", "Rückblickend hat der Verein …": a single adverb-like
    word (ending as in ``adverb_endings``) before the finite verb, with a subject after the verb,
    is no source. A name with such an ending ("Fröhlich sagte, …") has no subject after its verb."""
    t = tokens[i]
    if not lex.src["adverb_endings"] or not t.text[:1].isupper() or i + 2 >= len(tokens) \
            or not any(t.text.lower().endswith(e) for e in lex.src["adverb_endings"]):
        return False
    finite, after = tokens[i + 1], tokens[i + 2]
    low = after.text.lower()
    return finite.text[:1].islower() and finite.text.isalpha() and i + 1 <= verb and (
        low in lex.src["nominative"] or low in lex.pronouns or low in lex.src["subject_pronouns"])


def _skip_pp(tokens, i, verb, lex, text):  # a phrase after a leading adverbial is not read here
    return None


def subject_after(tokens: list[Token], verb: int, lex: Lexicon, text: str, stop: int | None = None) -> SourcePhrase | None:
    """The subject right after the verb, skipping adverbs, auxiliaries and datives ("sagte dem Sender am Montag")."""
    n = len(tokens) if stop is None else stop
    i = verb + 1
    while i < n:
        t = tokens[i]
        low = t.text.lower()
        if low in lex.src["skip"] or low in lex.verbs:
            i += 1
            continue
        if (named := particle_surname(tokens, i, n, lex, text)) is not None:
            return named  # "sagte von Tessin": a surname with its particle, not a prepositional phrase
        if low in lex.src["prepositions"] or (low in lex.src["determiners"] and low not in lex.src["nominative"]):
            # skip a prepositional or dative phrase: "gegenüber dem Sender", "am Montag"
            i += 1
            while i < n and (tokens[i].text.lower() in lex.src["determiners"] or is_adjective(tokens[i], lex)):
                i += 1
            while i < n and is_name_like(tokens[i]):
                i += 1
            continue
        phrase = read_np(tokens, i, lex, text, stop=n)
        if phrase is not None and addressee(phrase, lex):  # "sagte der Zeitung am Montag ein Sprecher"
            i = next((m for m in range(i, n) if tokens[m].start >= phrase.end), n)
            continue
        if phrase is not None and not lex.phrases.subject_after_verb(t, phrase, lex):  # "said engineer Rosa Klein"
            return None  # English "said just 30 hours": no subject there
        return _without_addressee(tokens, i, n, phrase, lex, text) if phrase is not None else None
    return None


def _without_addressee(tokens: list[Token], i: int, n: int, phrase: SourcePhrase, lex: Lexicon,
                       text: str) -> SourcePhrase:
    """ "sagte Olaf Weber der Nachrichtenagentur AFP", "sagte der Kanzler der Zeitung": a medium
    attached at the end of the subject after a reporting verb is the addressee (a dative), not a
    genitive of the subject; the subject ends before it. Not after a role of the press ("der
    Chefredakteur der Zeitung", ``press_roles``), whose genitive names the employer."""
    for m in range(i + 1, n):
        if tokens[m].start >= phrase.end:
            break
        if tokens[m].text.lower() not in lex.src["addressee_determiners"]:
            continue
        tail = read_np(tokens, m, lex, text, stop=n)
        if tail is None or tail.end != phrase.end or not addressee(tail, lex):
            continue
        core = read_np(tokens, i, lex, text, stop=m)
        if core is not None and core.head.lower() not in lex.src["press_roles"]:
            return core
    return phrase
