"""The claim lexicons of one language, read once from ``quellenlage/lang/<lang>/``.

``claim_verbs.toml`` (reporting verbs), ``claim_markers.toml`` (prepositional cues,
reportive markers, stance words, hedges), ``claim_sources.toml`` (how a source phrase
is written) and ``konjunktiv.toml`` (mood). This module only compiles them; no word
of any language is written here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from ..document import Sentence, Token
from ..lang import MissingResource, load
from ..lang.de.phrases import GermanPhrases
from ..lang.en.phrases import EnglishPhrases
from .language import NounPhraseRules


@dataclass(frozen=True)
class VerbCue:
    lemma: str
    stance: str = "assert"
    clause: bool = True
    particle: str | None = None
    prep: tuple[str, ...] = ()
    bare: bool = False  # English: the clause may follow without "that"
    object: bool = False  # English "told Reuters the plan …": an addressee precedes the clause
    subject: str = ""  # the source kind the verb needs to report ("document": "records show")
    content_object: bool = False  # English "cited a lack of …": the verb's object is the content
    forward: bool = False  # only what follows can be the content ("reagierte bestürzt: …"), never what precedes
    excludes: tuple[str, ...] = ()  # words after the verb in its clause that make it no cue ("cited … for speeding")
    figure_forms: tuple[str, ...] = ()  # forms whose noun object with a figure is the content ("meldete einen Verlust von 5 Mio. Euro")
    infinitive: bool = False  # English "pledged to form …": a to-infinitive after the verb is the content
    prep_later: bool = False  # the preposition may stand after a clause fenced by commas ("bezifferte X, dass …, auf …")


@dataclass
class Lexicon:
    lang: str
    verbs: dict[str, list[VerbCue]] = field(default_factory=dict)  # lower-case form -> cues
    quote_verbs: dict[str, VerbCue] = field(default_factory=dict)  # forms that only tag a direct quotation
    source_before: re.Pattern | None = None  # "laut X": group 'cue', source follows
    source_after: re.Pattern | None = None  # "X zufolge": marker follows the source
    source_from: re.Pattern | None = None  # "aus X hieß es": marker after a PP naming the source
    source_from_preps: frozenset[str] = frozenset()
    source_in_preps: frozenset[str] = frozenset()  # "In dem Bericht heißt es": only a document
    possessive: re.Pattern | None = None
    own: re.Pattern | None = None
    anaphoric: re.Pattern | None = None
    backward: frozenset[str] = frozenset()
    trailing_so: frozenset[str] = frozenset()
    reportive_modal: re.Pattern | None = None
    reportive_gate: re.Pattern | None = None
    reportive_marker: re.Pattern | None = None
    reportive_run: frozenset[str] = frozenset()  # "soll", "sollen": a fronted modal continuing a report's hearsay
    agentless_relative: re.Pattern | None = None  # "in dem behauptet wird, dass …"
    reportive_plain: re.Pattern | None = None  # hearsay that keeps no distance ("it has been reported that")
    deny: re.Pattern | None = None
    uncertain: re.Pattern | None = None
    hedge: re.Pattern | None = None
    any_cue: re.Pattern = re.compile(r"(?!)")  # any cue at all, verbs included (one regex)
    any_marker: re.Pattern = re.compile(r"(?!)")  # the same without the verb forms
    any_source_marker: re.Pattern | None = None  # finds where any source marker of find_cues may match

    def has_cue(self, text: str, sentence: Sentence) -> bool:
        """Whether a sentence may hold a claim cue: a reporting-verb token (a set lookup, far
        cheaper than a regex over hundreds of verb forms), a trailing "so", a marker, a quote
        mark or a colon.

        The answer is kept on the sentence with what it was computed from (this lexicon, the
        text, the token list and its length, compared by identity): the tagger asks first, the
        claim engine again, and the marker regex is the costly part."""
        tokens = sentence.tokens
        memo = sentence.cue_memo
        if memo is not None and memo[0] is self and memo[1] is text and memo[2] is tokens and memo[3] == len(tokens):
            return memo[4]
        found = self._has_cue(text, sentence)
        sentence.cue_memo = (self, text, tokens, len(tokens), found)
        return found

    def _has_cue(self, text: str, sentence: Sentence) -> bool:
        if sentence.tokens:
            lows = [t.text.lower() for t in sentence.tokens]
            if not self.verbs.keys().isdisjoint(lows):
                return True
            if not self.trailing_so.isdisjoint(lows) and any(  # "…, so Berger"
                    low in self.trailing_so and prev in (",", "–", "—", "-") for prev, low in pairwise(lows)):
                return True
            return self.any_marker.search(text, sentence.start, sentence.end) is not None
        return self.any_cue.search(text, sentence.start, sentence.end) is not None
    src: dict = field(default_factory=dict)  # claim_sources.toml as sets
    pronouns: dict[str, str] = field(default_factory=dict)
    descriptor: re.Pattern | None = None
    complementizers: frozenset[str] = frozenset()
    phrases: NounPhraseRules = field(default_factory=GermanPhrases)  # how a noun phrase is written


WORD_START = r"(?<!\w)"


def word_start_alternation(patterns: list[str]) -> str:
    r"""``"|".join(patterns)``, matching the same, with the patterns that all begin with
    ``(?<!\w)`` sharing that one test: the regex then tries them only where a word starts,
    which halves the time of a search over a sentence. A pattern that is itself an
    alternation at its top level (``(?<!\w)a|b``) is kept whole."""
    from re import _constants, _parser

    shared, alone = [], []
    for p in patterns:
        try:
            first = _parser.parse(p).data[0][0] if p.startswith(WORD_START) else None
        except Exception:  # noqa: BLE001 -- the private parser changed or refused: keep the pattern whole
            first = None
        if first is _constants.ASSERT_NOT:
            shared.append(f"(?:{p[len(WORD_START):]})")
        else:
            alone.append(p)
    return "|".join(([f"{WORD_START}(?:{'|'.join(shared)})"] if shared else []) + alone)


def _alt(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _words(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern | None:
    if not patterns:
        return None
    return re.compile(rf"(?<!\w)(?:{_alt(patterns)})(?!\w)", flags)


def _optional(lang: str, name: str) -> dict:
    try:
        return load(lang, name)
    except MissingResource:
        return {}


#: How each language writes a noun phrase; another language is read as German.
PHRASES: dict[str, NounPhraseRules] = {"de": GermanPhrases(), "en": EnglishPhrases()}


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang``; an empty one (no claims) for unknown languages."""
    lex = Lexicon(lang=lang)
    verbs = _optional(lang, "claim_verbs").get("verbs", {})
    for lemma, spec in verbs.items():
        cue = VerbCue(
            lemma=lemma,
            stance=spec.get("stance", "assert"),
            clause=bool(spec.get("clause", True)),
            particle=spec.get("particle") or None,
            prep=tuple(spec.get("prep", "").split()),
            bare=bool(spec.get("bare", False)),
            object=bool(spec.get("object", False)),
            subject=spec.get("subject", ""),
            content_object=bool(spec.get("content_object", False)),
            excludes=tuple(spec.get("excludes", "").split()),
            forward=bool(spec.get("forward", False)),
            prep_later=bool(spec.get("prep_later", False)),
            infinitive=bool(spec.get("infinitive", False)),
            figure_forms=tuple(spec.get("figure_forms", "").lower().split()),
        )
        for form in spec.get("forms", "").split():
            lex.verbs.setdefault(form.lower(), []).append(cue)
        joined = VerbCue(lemma=lemma, stance=cue.stance, clause=cue.clause, prep=cue.prep, bare=cue.bare,
                         object=cue.object, subject=cue.subject)
        for form in spec.get("joined", "").split():
            lex.verbs.setdefault(form.lower(), []).append(joined)
    for lemma, spec in _optional(lang, "claim_verbs").get("quote_verbs", {}).items():
        for form in spec.get("forms", "").split():
            lex.quote_verbs[form.lower()] = VerbCue(lemma=lemma, stance=spec.get("stance", "assert"))
    m = _optional(lang, "claim_markers")
    src_pat = r"(?P<src>[^\W\d_][\w\-.’']*(?:\s+[^\W\d_][\w\-.’']*){0,5})"
    before = [p for p in m.get("source_before", [])]
    if before:
        lex.source_before = re.compile(rf"(?<!\w)(?P<cue>{_alt([p.replace('SRC', src_pat) for p in before])})\s+", re.IGNORECASE)
    lex.source_after = _words(m.get("source_after", []))
    lex.source_from = _words(m.get("source_from", []))
    lex.source_from_preps = frozenset(w.lower() for w in m.get("source_from_preps", []))
    lex.source_in_preps = frozenset(w.lower() for w in m.get("source_in_preps", []))
    lex.possessive = _words(m.get("possessive", []))
    lex.own = _words(m.get("own", []))
    lex.anaphoric = _words(m.get("anaphoric", []))
    lex.backward = frozenset(w.lower() for w in m.get("backward", []))
    lex.trailing_so = frozenset(w.lower() for w in m.get("trailing_so", []))
    rep = m.get("reportive", {})
    if rep.get("modal"):
        modal = _alt(rep["modal"])
        perfect = _alt([p.replace(" ", r"\s+") for p in rep.get("perfect", [])])
        ending = _alt(rep.get("participle_endings", []))
        auxiliary = _alt(rep.get("perfect_auxiliaries", []))
        passive = _alt(rep.get("perfect_passive", []))
        lex.reportive_gate = re.compile(rf"(?<!\w)(?:{modal})(?!\w)")  # cheap pre-check: no modal, no match
        lex.reportive_modal = re.compile(  # "soll … geliefert haben" | "geliefert worden sein soll"
            rf"(?:(?<!\w)(?:{modal})(?!\w)(?:[^.;:!?]|\.(?=\d)){{0,300}}?\w(?:{ending})\s+(?:{perfect})(?!\w)"
            rf"|\w(?:{ending})\s+(?:(?:{passive})\s+)?(?:{auxiliary})\s+(?:{modal})(?!\w))",
        )
    lex.reportive_marker = _words(rep.get("markers", []))
    lex.reportive_plain = _words(rep.get("plain", []))
    lex.agentless_relative = _words(m.get("agentless_relative", []))
    lex.reportive_run = frozenset(w.lower() for w in rep.get("run_modal", []))
    st = m.get("stance", {})
    lex.deny = _words(st.get("deny", []))
    lex.uncertain = _words(st.get("uncertain", []))
    lex.hedge = _words(m.get("hedge", {}).get("words", []))
    lex.complementizers = frozenset(m.get("complementizers", []))
    lex.phrases = PHRASES.get(lang, PHRASES["de"])
    s = _optional(lang, "claim_sources")
    for key in ("determiners", "nominative", "prepositions", "attach", "skip", "conjunctions", "not_sources", "stop",
                "relative", "definite", "passive", "objects", "adjuncts", "not_content", "negators", "coordinators", "question_frames", "subject_pronouns", "subordinators", "media_heads",
                "modals", "media_name_heads", "relative_openers", "name_particles", "neuter_pronouns", "adverb_endings", "zu_particles", "zu_adverbial", "correlates",
                "addressee_determiners", "figure_preps", "relative_subjects",
                "relative_not_before", "clause_auxiliaries", "predicate_coordinators", "personal_pronouns", "demonstratives", "statement_nouns",
                "noun_markers", "after_particle", "capitalised_pronouns", "report_clause_openers",
                "title_coordinators", "infinitive_markers", "degree_words"):
        lex.src[key] = frozenset(w.lower() for w in s.get(key, [])) if key != "not_sources" else frozenset(s.get(key, []))
    kinds = s.get("kinds", {})
    for key in ("anonymous", "documents", "described"):
        lex.src[key] = frozenset(w.lower() for w in kinds.get(key, []))
    lex.pronouns = {k.lower(): v for k, v in s.get("pronouns", {}).items()}
    lex.src["gendered"] = {w.lower(): g for g, words in s.get("gendered", {}).items() for w in words}
    desc = s.get("descriptors", {}).get("pattern")
    lex.descriptor = re.compile(rf"(?:{desc})", re.IGNORECASE) if desc else None
    cues = [re.escape(f) for f in lex.verbs]
    extra = [p.pattern for p in (lex.source_before, lex.source_after, lex.source_from, lex.possessive, lex.own, lex.anaphoric,
                                 lex.reportive_marker, lex.reportive_plain) if p is not None]
    if cues or extra:
        lex.any_cue = re.compile(rf"(?<!\w)(?:{'|'.join(cues)})(?!\w)|{'|'.join(extra) or '(?!)'}|[\"„“”»«:]",
                                 re.IGNORECASE)
        lex.any_marker = re.compile(rf"{word_start_alternation(extra) or '(?!)'}|[\"„“”»«:]", re.IGNORECASE)
    lex.any_source_marker = _gate([p for p, _ in source_marker_patterns(lex) if p is not None])
    return lex


def _gate(patterns: list[re.Pattern]) -> re.Pattern | None:
    """One regex that finds a match wherever one of ``patterns`` would (it may find more:
    case, "." and "^"/"$" as liberal as the most liberal pattern), or None when the
    patterns' flags do not allow one (verbose, ASCII)."""
    flags = re.IGNORECASE
    for p in patterns:
        flags |= p.flags
    if flags & ~(re.IGNORECASE | re.DOTALL | re.MULTILINE | re.UNICODE):
        return None
    return re.compile(word_start_alternation([p.pattern for p in patterns]) or "(?!)", flags)


def source_marker_patterns(lex: Lexicon) -> tuple[tuple[re.Pattern | None, str], ...]:
    """The source markers :func:`.cues.find_cues` looks for, each with its kind, in its order."""
    return ((lex.source_before, "prep"), (lex.possessive, "poss"), (lex.own, "own"),
            (lex.anaphoric, "anaphoric"), (lex.source_after, "after"), (lex.source_from, "from"))


def zu_infinitive(toks: list[Token], lex: Lexicon) -> bool:
    """ "…, das Geld genommen zu haben", "…, Betriebe von der Abgabe auszunehmen": a zu-infinitive
    clause as the content of a verb (a particle verb takes its "zu" inside)."""
    if len(toks) < 3 or not toks[-1].text[:1].islower() or toks[0].text.lower() in lex.src.get("zu_adverbial", ()):
        return False
    if toks[-2].text == "zu":
        return True
    last = toks[-1].text
    at = last.find("zu", 2)
    return at > 0 and last[:at] in lex.src.get("zu_particles", ()) and last.endswith("n") and len(last) - at >= 5
