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

from .. import regexcache
from ..document import Token
from ..lang import MissingResource, load
from ..lang.claim_cues import alternation as _alt
from ..lang.claim_cues import claim_markers, optional, word_start_alternation
from ..lang.claim_cues import whole_words as _words
from .language import FALLBACK, NounPhraseRules, noun_phrase_rules


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
    before_clause: bool = False  # a cue only right before its clause ("ist überzeugt, dass"; not "sucht bewusst etwas")


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
    occasion_nouns: tuple[str, ...] = ()  # "Bei der Wiedereröffnung hieß es": head nouns (tails) that name no one
    given_tails: tuple[str, ...] = ()  # "nach Polizeiangaben": a compound's tail whose first part is the giver
    linking_s_after: tuple[str, ...] = ()  # "Regierungs|angaben": endings after which an "s" only links
    giver_words: tuple[str, ...] = ()  # bodies that can give figures though no class noun ("Polizei")
    citing: tuple[str, ...] = ()  # "unter Berufung auf X": X is the origin, the claim's speaker passed it on
    possessive: re.Pattern | None = None
    own: re.Pattern | None = None
    anaphoric: re.Pattern | None = None
    backward: frozenset[str] = frozenset()
    trailing_so: frozenset[str] = frozenset()
    reportive_modal: re.Pattern | None = None
    reportive_gate: re.Pattern | None = None
    perfect_openers: frozenset[str] = frozenset()  # the words a reportive perfect opens with ("haben", "worden")
    reportive_marker: re.Pattern | None = None
    reportive_any: re.Pattern | None = None  # no match: none of reportive_gate, reportive_marker, reportive_plain matches
    reportive_run: frozenset[str] = frozenset()  # "soll", "sollen": a fronted modal continuing a report's hearsay
    reportive_tag: re.Pattern | None = None  # "…, hieß es.": the voice quoted just before goes on
    agentless_relative: re.Pattern | None = None  # "in dem behauptet wird, dass …"
    reportive_plain: re.Pattern | None = None  # hearsay that keeps no distance ("it has been reported that")
    deny: re.Pattern | None = None
    uncertain: re.Pattern | None = None
    hedge: re.Pattern | None = None
    any_source_marker: re.Pattern | None = None  # finds where any source marker of find_cues may match

    src: dict = field(default_factory=dict)  # claim_sources.toml as sets
    pronouns: dict[str, str] = field(default_factory=dict)
    descriptor: re.Pattern | None = None
    complementizers: frozenset[str] = frozenset()
    phrases: NounPhraseRules = field(default_factory=lambda: noun_phrase_rules(FALLBACK))  # how a noun phrase is written



@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang``; an empty one (no claims) for unknown languages."""
    lex = Lexicon(lang=lang)
    verbs = optional(lang, "claim_verbs").get("verbs", {})
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
            before_clause=bool(spec.get("before_clause", False)),
            infinitive=bool(spec.get("infinitive", False)),
            figure_forms=tuple(spec.get("figure_forms", "").lower().split()),
        )
        for form in spec.get("forms", "").split():
            lex.verbs.setdefault(form.lower(), []).append(cue)
        joined = VerbCue(lemma=lemma, stance=cue.stance, clause=cue.clause, prep=cue.prep, bare=cue.bare,
                         object=cue.object, subject=cue.subject)
        for form in spec.get("joined", "").split():
            lex.verbs.setdefault(form.lower(), []).append(joined)
    for lemma, spec in optional(lang, "claim_verbs").get("quote_verbs", {}).items():
        for form in spec.get("forms", "").split():
            lex.quote_verbs[form.lower()] = VerbCue(lemma=lemma, stance=spec.get("stance", "assert"))
    m = optional(lang, "claim_markers")
    markers = claim_markers(lang)  # compiled once, shared with the cue gate (lang/claim_cues.py)
    lex.source_before, lex.source_after, lex.source_from = markers.source_before, markers.source_after, markers.source_from
    lex.source_from_preps = frozenset(w.lower() for w in m.get("source_from_preps", []))
    lex.source_in_preps = frozenset(w.lower() for w in m.get("source_in_preps", []))
    lex.occasion_nouns = tuple(w.lower() for w in m.get("occasion_nouns", []))
    lex.given_tails = tuple(w.lower() for w in m.get("given_tails", []))
    lex.linking_s_after = tuple(w.lower() for w in m.get("linking_s_after", []))
    lex.giver_words = tuple(w.lower() for w in m.get("giver_words", []))
    lex.citing = tuple(w.lower() for w in m.get("citing", []))
    lex.possessive, lex.own, lex.anaphoric = markers.possessive, markers.own, markers.anaphoric
    lex.backward = frozenset(w.lower() for w in m.get("backward", []))
    lex.trailing_so = markers.trailing_so
    rep = m.get("reportive", {})
    if rep.get("modal"):
        modal = _alt(rep["modal"])
        perfect = _alt([p.replace(" ", r"\s+") for p in rep.get("perfect", [])])
        ending = _alt(rep.get("participle_endings", []))
        auxiliary = _alt(rep.get("perfect_auxiliaries", []))
        passive = _alt(rep.get("perfect_passive", []))
        lex.reportive_gate = regexcache.compile(rf"(?<!\w)(?:{modal})(?!\w)")  # cheap pre-check: no modal, no match
        lex.perfect_openers = frozenset(p.split()[0].lower() for p in rep.get("perfect", []) + rep.get("perfect_passive", []))
        lex.reportive_modal = regexcache.compile(  # "soll … geliefert haben" | "geliefert worden sein soll"
            rf"(?:(?<!\w)(?:{modal})(?!\w)(?:[^.;:!?]|\.(?=\d)){{0,300}}?\w(?:{ending})\s+(?:{perfect})(?!\w)"
            rf"|\w(?:{ending})\s+(?:(?:{passive})\s+)?(?:{auxiliary})\s+(?:{modal})(?!\w))",
        )
    lex.reportive_marker, lex.reportive_plain = markers.reportive_marker, markers.reportive_plain
    # whatever the three hearsay searches of stance.reportive_cue can find (the modal read case-insensitively,
    # a superset), so a sentence without any (most) costs one search instead of three
    fast = markers.any_of(["reportive_marker", "reportive_plain"], [(w, r"(?!\w)") for w in rep.get("modal", [])])
    lex.reportive_any = regexcache.compile(fast, re.IGNORECASE) if fast is not None else None
    lex.agentless_relative = _words(m.get("agentless_relative", []))
    lex.reportive_run = frozenset(w.lower() for w in rep.get("run_modal", []))
    lex.reportive_tag = regexcache.compile(rep["trailing_tag"]) if rep.get("trailing_tag") else None
    st = m.get("stance", {})
    lex.deny = _words(st.get("deny", []))
    lex.uncertain = _words(st.get("uncertain", []))
    lex.hedge = _words(m.get("hedge", {}).get("words", []))
    lex.complementizers = frozenset(m.get("complementizers", []))
    lex.phrases = noun_phrase_rules(lang)
    s = optional(lang, "claim_sources")
    for key in ("determiners", "nominative", "prepositions", "attach", "skip", "conjunctions", "not_sources", "stop",
                "relative", "definite", "passive", "objects", "adjuncts", "not_content", "negators", "coordinators", "question_frames", "subject_pronouns", "subordinators", "media_heads",
                "modals", "media_name_heads", "relative_openers", "name_particles", "neuter_pronouns", "adverb_endings", "zu_particles", "zu_adverbial", "correlates",
                "addressee_determiners", "figure_preps", "relative_subjects",
                "relative_not_before", "clause_auxiliaries", "predicate_coordinators", "personal_pronouns", "demonstratives", "statement_nouns",
                "noun_markers", "after_particle", "capitalised_pronouns", "report_clause_openers", "adverbial_openers",
                "title_coordinators", "ellipsis_joiners", "progressive_endings", "infinitive_markers", "function_tags", "degree_words", "leading_name_particles", "inner_name_particles",
                "weekdays", "time_words", "time_nouns", "finite_auxiliaries", "first_person", "anaphoric",
                "any_organisation_nouns", "time_openers", "circumstance_determiners", "list_nouns", "adverbial_tags",
                "given_nouns", "press_roles", "media_nouns"):
        lex.src[key] = frozenset(w.lower() for w in s.get(key, [])) if key != "not_sources" else frozenset(s.get(key, []))
    lex.src["skip"] |= lex.src["weekdays"]  # "sagte am Montag X"
    # words that make a source phrase no speaker when they open it: prepositions, conjunctions,
    # negators ("Solange …", "Inmitten der …" capitalised at the start of a sentence look like
    # names) and time words ("Anfang August", "Montag …"; the month names of months.txt): claims/speakers.py
    lex.src["function_words"] = (lex.src["prepositions"] | lex.src["conjunctions"] | lex.src["negators"]
                                 | lex.src["subordinators"] | lex.src["adverbial_openers"] | lex.src["correlates"]
                                 | lex.src["time_words"] | lex.src["weekdays"] | _months(lang))
    kinds = s.get("kinds", {})
    for key in ("anonymous", "documents", "described"):
        lex.src[key] = frozenset(w.lower() for w in kinds.get(key, []))
    lex.pronouns = {k.lower(): v for k, v in s.get("pronouns", {}).items()}
    lex.src["singular_determiners"] = {g: frozenset(w.lower() for w in ws)
                                       for g, ws in s.get("singular_determiners", {}).items()}
    lex.src["gendered"] = {w.lower(): g for g, words in s.get("gendered", {}).items() for w in words}
    desc = s.get("descriptors", {}).get("pattern")
    lex.descriptor = regexcache.compile(rf"(?:{desc})", re.IGNORECASE) if desc else None
    fast = markers.any_of(["source_before", "possessive", "own", "anaphoric", "source_after", "source_from"])
    lex.any_source_marker = regexcache.compile(fast, re.IGNORECASE) if fast is not None \
        else _gate([p for p, _ in source_marker_patterns(lex) if p is not None])
    return lex


def _months(lang: str) -> frozenset[str]:
    """The month names of ``lang/<lang>/months.txt`` in lower case (none when the language has no list)."""
    try:
        return frozenset(w.lower() for w in load(lang, "months"))
    except MissingResource:
        return frozenset()


def _gate(patterns: list[re.Pattern]) -> re.Pattern | None:
    """One regex that finds a match wherever one of ``patterns`` would (it may find more:
    case, "." and "^"/"$" as liberal as the most liberal pattern), or None when the
    patterns' flags do not allow one (verbose, ASCII)."""
    flags = re.IGNORECASE
    for p in patterns:
        flags |= p.flags
    if flags & ~(re.IGNORECASE | re.DOTALL | re.MULTILINE | re.UNICODE):
        return None
    return regexcache.compile(word_start_alternation([p.pattern for p in patterns]) or "(?!)", flags)


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
