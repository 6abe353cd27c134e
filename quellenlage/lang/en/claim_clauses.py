"""Where the content lies around an English reporting verb: the readers behind :mod:`.claims`.

German marks reported speech with a comma and Konjunktiv ("sagte, die Lage sei ernst");
English puts the clause right after the verb, often without "that" ("said the bridge would
reopen"), and moves the speaker behind the content with only adverbials after the verb
("The talks failed, the minister told reporters on Monday"). These helpers read which of
the two a verb at ``toks[k]`` is, using only the word classes of ``claim_sources.toml``
(``objects``, ``adjuncts``, ``stop``, ``prepositions``), so they stay language data driven.
"""

from __future__ import annotations

from ...claims.lexicon import Lexicon, VerbCue
from ...claims.sources import SourcePhrase, person_name, read_np
from ...claims.subjects import colon_clause_subject
from ...document import Token
from ...entities.gazetteer import gazetteer

QUOTE_MARKS = "\"„“”»«"


def that_after(toks: list[Token], k: int, hi: int, lex: Lexicon) -> int:
    """Index after "that" when it follows the verb within a short adverbial or object
    ("said in a statement that", "told reporters on Monday that"), else 0."""
    for n in range(k + 1, min(hi, k + 8)):
        low = toks[n].text.lower()
        if low == "that":
            if toks[n - 1].text.lower() in lex.src["prepositions"]:
                return 0  # "in that institution": a demonstrative, no clause
            return n + 1 if n + 1 < hi else 0
        if low == "to" and n + 1 < hi and toks[n + 1].text.lower() in lex.src["determiners"]:
            continue  # "pledged to the board in July that …": a preposition, no infinitive
        if low in lex.verbs or (low in lex.src["stop"] and not toks[n].text[:1].isupper()) or toks[n].text in QUOTE_MARKS:
            return 0  # (a capitalised "May" is the month, not the modal)
    return 0


def inline_content(toks: list[Token], k: int, hi: int, lex: Lexicon, verb: VerbCue, text: str) -> int:
    """Token index where the content clause after the verb begins: after "that", after the
    addressee of "told" ("told Reuters the plan …", "told him it …"), else right after the verb;
    ``hi`` when only an addressee follows ("told this newspaper")."""
    after = that_after(toks, k, hi, lex)
    if after:
        return after
    n = k + 1
    if verb.object:
        whole = read_np(toks, n, lex, text, stop=hi) if n < hi else None
        if n >= hi or (whole is not None and whole.end >= toks[hi - 1].end):
            return hi  # "told this newspaper": nothing told
    if verb.object and n + 1 < hi:
        if toks[n].text.lower() in lex.src["objects"]:
            return n + 1
        m = n
        while m < hi and toks[m].text[:1].isupper():
            m += 1
        if n < m < hi:
            return m
        nxt = toks[n + 1].text
        if toks[n].text.isalpha() and (nxt.lower() in lex.src["determiners"] or nxt.lower() in lex.pronouns
                                       or nxt[:1].isupper()):
            return n + 1
    return n


def adjuncts_only(toks: list[Token], lo: int, hi: int, lex: Lexicon) -> bool:
    """True when ``toks[lo:hi]`` is only what may follow a trailing speaker: an addressee or a
    short adverbial ("told reporters", "said on Tuesday", "said in a statement", "told CNN")."""
    if lo >= hi or hi - lo > 6:
        return lo >= hi
    first = toks[lo]
    low = first.text.lower()
    if not (low in lex.src["objects"] or low in lex.src["prepositions"] or low in lex.src["adjuncts"]
            or (first.text[:1].isupper() and first.text.isalpha())):
        return False
    return not any(t.text.lower() in lex.src["stop"] or t.text.lower() in lex.complementizers
                   for t in toks[lo:hi])


def aux_clause(toks: list[Token], n: int, hi: int, lex: Lexicon, text: str) -> bool:
    """A bare content clause after a verb that otherwise needs "that": a short subject and then a
    finite auxiliary or modal ("projected consumer prices would rise", "mentioned his government
    would have …"); not a noun object ("mentioned the budget", "predicted a rise").
    """
    if n >= hi:
        return False
    b = n - 2  # the verb is toks[n - 1]; "the state's confirmed caseload is", "the most commonly reported drugs are":
    while b >= 0 and (toks[b].text.lower().endswith("ly") or toks[b].text.lower() in lex.src["degree_words"]):
        b -= 1  # a participle inside a noun phrase, no verb
    if b >= 0 and (toks[b].text.lower() in lex.src["determiners"] or toks[b].text in ("'s", "’s", "'", "’")
                   or toks[b].text.lower().endswith(("'s", "’s"))):
        return False
    low = toks[n].text.lower()
    if low in lex.pronouns or low in lex.src["subject_pronouns"]:
        after = n + 1
    else:
        phrase = read_np(toks, n, lex, text, stop=hi)
        if phrase is None:
            return False
        after = next((m for m in range(n, hi) if toks[m].start >= phrase.end), hi)
    return after < hi and toks[after].text.lower() in lex.src["clause_auxiliaries"]


def clause_follows(toks: list[Token], k: int, hi: int, lex: Lexicon, text: str) -> bool:
    """After a verb that opens its segment: a content clause ("said the talks had failed")
    rather than only the speaker ("said the mayor", "said engineer Rosa Klein on Monday")."""
    n = k + 1
    if n >= hi:
        return False
    if toks[n].text.lower() in lex.complementizers or that_after(toks, k, hi, lex) > 0:
        return True  # "said that …", "said in a statement that …", "told the board in July that …"
    phrase = read_np(toks, n, lex, text, stop=hi)
    if phrase is None:  # "said it acted after …" (a pronoun opens the clause); not "said on Monday"
        low = toks[n].text.lower()
        return low not in lex.src["prepositions"] and not adjuncts_only(toks, n, hi, lex)
    rest = next((m for m in range(n, hi) if toks[m].start >= phrase.end), hi)
    return rest < hi and not adjuncts_only(toks, rest, hi, lex)


def colon_speaker(toks: list[Token], lex: Lexicon, text: str) -> SourcePhrase | None:
    """The speaker of a short clause that introduces a quote with a colon: its subject, when that
    names a person or a role ('Senator Maria Lopez put it bluntly: "…"', 'The spokesman was
    blunt: "…"'). Other subjects ('The result was clear: "…"') introduce no speaker."""
    phrase = colon_clause_subject(toks, lex, text, 10)
    if phrase is not None and (person_name(phrase, toks, lex) is not None or phrase.head.lower() in lex.src["described"]):
        return phrase
    return None


def media_addressee(toks: list[Token], lo: int, hi: int, text: str) -> str | None:
    """The outlet a source spoke to ("told Reuters", "told The Associated Press that"), when the
    words between verb and clause name a news outlet of the entity gazetteer; else None."""
    run = [t for t in toks[lo:hi] if t.text[:1].isupper()]
    if run and run[0].text == "The" and len(run) > 1:  # "told The Associated Press"
        run = run[1:]
    if not run:
        return None
    return media_name(text[run[0].start:run[-1].end])


def opens_clause(toks: list[Token], n: int, lex: Lexicon) -> bool:
    """A content clause starts at ``toks[n]``: "that …" or a subject pronoun ("saying it would
    appeal"), not an object ("adding emphasis")."""
    if n >= len(toks):
        return False
    low = toks[n].text.lower()
    return low in lex.complementizers or low in lex.pronouns or low in lex.src["subject_pronouns"]


def after_addressee(toks: list[Token], n: int, hi: int, lex: Lexicon, text: str) -> int:
    """Index after the addressee of "told" ("…, the agency told lawmakers in a closed session")."""
    phrase = read_np(toks, n, lex, text, stop=hi) if n < hi else None
    if phrase is None:
        return n
    return next((m for m in range(n, hi) if toks[m].start >= phrase.end), hi)


def media_name(name: str) -> str | None:
    """``name`` when the entity gazetteer knows it as a news outlet."""
    entry = gazetteer().lookup(name)
    return name if entry is not None and entry.type == "MEDIA" else None
