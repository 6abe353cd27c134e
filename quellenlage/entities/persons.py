"""Person names without a NER model: capitalised sequences that a role or a first name announces.

"Präsident Yoon Suk-yeol", "Geschäftsführer Christian Hanisch", "Flixbus-Manager Stenger",
"ISD spokesman Tahir Della", "Rep. Mark Walker", or simply "Helmut Peter" (a known first name
followed by a capitalised word). Role words and first names are data
(``lang/<lang>/roles.tsv``, ``lang/common/first_names.tsv``); a role word also ends compounds
("Bundesverkehrsminister"). The gender comes from the first name, else from the role
("Ministerin" -> f), for pronoun resolution.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from operator import attrgetter
from pathlib import Path

from .. import lang
from .tokens import Tok, fold, hyphen_joined, joinable

MAX_NAME_TOKENS = 4
MIN_SUFFIX = 4  # a role word of at least this length may end a compound
_TEXT = attrgetter("text")


@dataclass
class PersonMatch:
    start: int
    end: int
    first: int  # token index of the first name token
    last: int  # exclusive
    gender: str | None
    role: str | None = None


@dataclass(frozen=True)
class Role:
    word: str
    gender: str | None
    kind: str


@cache
def first_names() -> dict[str, str | None]:
    """First name -> "f" / "m" / None (both). Kept between processes by :mod:`..buildcache`, keyed
    by the two name lists and the code that reads them: reading the 15,000 rows and building this
    costs every process that meets a person 0.07–0.1 s, unpickling it a few milliseconds."""
    from ..buildcache import cached_build

    sources = [lang.resource_path("common", "first_names"), lang.resource_path("common", "first_names_nam_dict"),
               Path(lang.__file__), Path(__file__)]
    return cached_build("first-names", read_first_names, sources)


def read_first_names() -> dict[str, str | None]:
    """:func:`first_names` built from :func:`quellenlage.lang.first_name_rows`."""
    out: dict[str, str | None] = {}
    for row in lang.first_name_rows():
        g = row.get("gender") or ""
        out[row["name"]] = g if g in ("f", "m") else None
    return out


@cache
def roles(code: str) -> dict[str, Role]:
    """Folded role word -> Role, for one language (plus the other languages' titles)."""
    out: dict[str, Role] = {}
    for c in lang.available_languages():
        try:
            rows = lang.load(c, "roles")
        except lang.MissingResource:
            continue
        for row in rows:
            role = Role(row["word"], row.get("gender") or None, row.get("kind") or "role")
            if c == code or role.kind == "title":
                out.setdefault(fold(role.word), role)
    return out


@cache
def multiword_starts(code: str) -> frozenset[str]:
    """First words of multi-word roles ("prime" of "Prime Minister"): only these look further."""
    return frozenset(k.split(" ")[0] for k in roles(code) if " " in k)


@cache
def suffix_lengths(code: str) -> tuple[int, ...]:
    """Lengths of one-word roles that may end a compound, longest first."""
    return tuple(sorted({len(k) for k in roles(code) if " " not in k and len(k) >= MIN_SUFFIX}, reverse=True))


@cache
def words(code: str) -> dict:
    try:
        return lang.load(code, "entity_words")
    except lang.MissingResource:
        return {}


@cache
def nouns_capitalised(code: str) -> bool:
    """Whether the language capitalises every noun (``nouns_capitalised`` in its
    ``entity_words.toml``; a language without the file is read as German is)."""
    return bool(words(code).get("nouns_capitalised", True))


@cache
def not_name(code: str) -> frozenset[str]:
    found: set[str] = set()
    for c in lang.available_languages():
        found.update(words(c).get("not_name", []))
    return frozenset(found)


@cache
def org_heads(code: str) -> frozenset[str]:
    found: set[str] = set()
    for c in lang.available_languages():
        found.update(words(c).get("org_heads", []))
    return frozenset(found)


@cache
def apposition_nouns(code: str) -> frozenset[str]:
    """Folded nouns that say what an organisation is, before its own name ("Umweltorganisation")."""
    return frozenset(fold(w) for w in words(code).get("apposition_nouns", []))


@cache
def place_words() -> frozenset[str]:
    found: set[str] = set()
    for c in lang.available_languages():
        found.update(fold(w) for w in words(c).get("place_words", []))
    return frozenset(found)


def is_place(toks: list[Tok], first: int, end: int) -> bool:
    """"Anna-Mungunda-Allee", "Cornelius-Fredericks-Strasse": a street, not a person."""
    last = fold(toks[end - 1].text)
    return last in place_words() or any(last.endswith(w) and len(w) >= 4 for w in place_words())


@cache
def connectors(code: str) -> frozenset[str]:
    """Words that tie a role to the body it speaks for ("des", "von", "of", "for")."""
    return frozenset(words(code).get("role_connectors", []))


@cache
def particles(code: str) -> frozenset[str]:
    return frozenset(words(code).get("name_particles", []))


def role_at(toks: list[Tok], i: int, code: str) -> tuple[Role, int] | None:
    """The role word ending at or after token ``i``: (role, index after it), or None.

    Multi-word roles ("Prime Minister", "chief executive") are tried first; a one-word role
    may be the tail of a compound ("Bundesverkehrsminister").
    """
    text = toks[i].text
    starts_multiword, role = _word_role(text, code)
    if starts_multiword:
        table = roles(code)
        for span in (3, 2):
            if i + span <= len(toks):
                multi = table.get(" ".join(fold(t.text) for t in toks[i : i + span]))
                if multi is not None:
                    return multi, i + span
    return (role, i + 1) if role is not None else None


@lru_cache(maxsize=1 << 16)
def _word_role(text: str, code: str) -> tuple[bool, Role | None]:
    """Whether the word may start a multi-word role, and the role it names alone (one cached
    call per token: role_at runs on every token of the article)."""
    return fold(text) in multiword_starts(code), _one_word_role(text, code)


def word_role(text: str, code: str) -> Role | None:
    """The role one word names, itself or as the tail of a compound ("Konzernchef"), or None."""
    return _one_word_role(text, code)


@lru_cache(maxsize=1 << 16)
def _one_word_role(text: str, code: str) -> Role | None:
    """The role one word names, itself or as the tail of a compound (cached: words repeat)."""
    table = roles(code)
    key = fold(text)
    capitalised = text[:1].isupper()
    role = table.get(key)
    if role is not None:
        if role.kind == "role" and not capitalised and nouns_capitalised(code):
            return None
        return role
    if capitalised:
        for size, tail, role in compound_tails(code).get(key[-MIN_SUFFIX:], ()):
            if size < len(key) and key.endswith(tail):
                return role
    return None


@cache
def compound_tails(code: str) -> dict[str, tuple[tuple[int, str, Role], ...]]:
    """The roles a compound may end in, by their last ``MIN_SUFFIX`` letters, longest first: what
    trying every length of :func:`suffix_lengths` on a word finds, in one look-up for most words."""
    sizes = set(suffix_lengths(code))
    found: dict[str, list[tuple[int, str, Role]]] = {}
    for key, role in roles(code).items():
        if len(key) in sizes and role.kind == "role":
            found.setdefault(key[-MIN_SUFFIX:], []).append((len(key), key, role))
    return {tail: tuple(sorted(group, key=lambda item: -item[0])) for tail, group in found.items()}


def is_name_token(tok: Tok, code: str, blocked: set[int], index: int) -> bool:
    return (
        index not in blocked
        and tok.capitalised
        and tok.text not in not_name(code)
        and not tok.text.isdigit()
        and fold(tok.text) not in roles(code)
        and tok.text not in org_heads(code)
    )


def name_run(text: str, toks: list[Tok], i: int, code: str, blocked: set[int], after_first: bool = False) -> int:
    """Index after the person name starting at ``i`` (``i`` if none).

    A name is shaped, not just capitalised: further first names or initials ("Karl Franz",
    "Günter W."), particles ("von der"), one family name with its hyphenated parts
    ("Neumann-Neander"), and, for names that start without a known first name, up to two
    short given-name syllables ("Yoon Suk-yeol", "Lee Myung Bak"). So "Mario Draghis Auftakt"
    stops after "Draghis" and "Elon Musk zu Gerüchten" after "Musk".
    """
    names = first_names()
    n = len(toks)

    def ok(j: int) -> bool:
        return j < n and (j == i or joinable(text, toks[j - 1], toks[j])) and is_name_token(toks[j], code, blocked, j)

    def hyphen_tail(j: int) -> int:
        while j < n and j not in blocked and hyphen_joined(text, toks[j - 1], toks[j]) and toks[j].text.isalpha():
            j += 1
        return j

    j = i
    while ok(j) and (toks[j].text in names or len(toks[j].text) == 1) and j - i < MAX_NAME_TOKENS - 1:
        j = hyphen_tail(j + 1) if len(toks[j].text) > 1 else j + 1
    if (j > i or after_first) and j < n and toks[j].text in particles(code):
        k = j
        while k < n and toks[k].text in particles(code) and joinable(text, toks[k - 1], toks[k]):
            k += 1
        if ok(k):
            j = k
    surname_ok = ok(j) or (
        (after_first or j > i)
        and j < n
        and joinable(text, toks[j - 1], toks[j])
        and toks[j].capitalised
        and fold(toks[j].text) in roles(code)
        and j not in blocked
    )  # "Wayne King", "Jeff Bishop"
    if surname_ok and not names.get(toks[j].text):
        j = hyphen_tail(j + 1)
        if j == i + 1 and not after_first:
            for _ in range(2):
                if ok(j) and len(toks[j].text) <= 6 and not names.get(toks[j].text):
                    j = hyphen_tail(j + 1)
    return j


def _opens_person(text: str, code: str, names: dict) -> bool:
    """Whether a token written ``text`` may open a person: a role (of one word or the first of
    several) or a known first name."""
    multi, role = _word_role(text, code)
    return multi or role is not None or text in names


def find_persons(text: str, toks: list[Tok], code: str, blocked: set[int]) -> list[PersonMatch]:
    """Persons announced by a role/title or a known first name; ``blocked`` token indexes are taken."""
    names = first_names()
    out: list[PersonMatch] = []
    # A token does something below only when it is a first name or may start a role (role_at's
    # first question, asked of all tokens at once): the loop goes from one such token to the next.
    # Asked once per distinct word, then picked out in C: a page repeats its words.
    texts = list(map(_TEXT, toks))
    opens = {text for text in set(texts) if _opens_person(text, code, names)}
    candidates = list(compress(range(len(texts)), map(opens.__contains__, texts)))
    at, i = 0, 0
    while at < len(candidates):
        if candidates[at] < i:
            at += 1
            continue
        i = candidates[at]
        if i in blocked:
            i += 1
            continue
        found = role_at(toks, i, code)
        if found is not None:
            role, after = found
            gender = role.gender
            while (
                after < len(toks)
                and (more := role_at(toks, after, code)) is not None
                and more[0].kind == "title"
            ):
                gender = gender or more[0].gender  # "Frau Dr. Schulze"
                after = more[1]
            # "Rep. Mark Walker", "Präsident Yoon", "Sprecherin Maria Müller"
            gap = text[toks[after - 1].end : toks[after].start] if after < len(toks) else ""
            if after < len(toks) and (joinable(text, toks[after - 1], toks[after]) or (
                role.kind == "title" and gap in (". ", ".")  # "Rep. Mark Walker", "Prof. Schulze"
            )):
                end = name_run(text, toks, after, code, blocked)
                if (
                    end > after
                    and not (end - after == 1 and hyphen_joined(text, toks[after - 1], toks[after]))
                    and not is_place(toks, after, end)
                ):
                    named = names.get(toks[after].text) if end - after > 1 else None
                    out.append(
                        PersonMatch(
                            toks[after].start, toks[end - 1].end, after, end, named or gender, role.word
                        )
                    )
                    i = end
                    continue
        tok = toks[i]
        if (
            tok.text in names
            and i + 1 < len(toks)
            and joinable(text, tok, toks[i + 1])
            # "Hans-Peter Müller" yes, "Anna-Mungunda-Allee" no
            and (not hyphen_joined(text, tok, toks[i + 1]) or toks[i + 1].text in names)
        ):
            end = name_run(text, toks, i + 1, code, blocked, after_first=True)
            if end > i + 1 and not is_place(toks, i, end):
                out.append(PersonMatch(tok.start, toks[end - 1].end, i, end, names[tok.text]))
                i = end
                continue
        i += 1
    return out
