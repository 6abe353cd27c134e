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
from functools import cache

from .. import lang
from .tokens import Tok, fold, hyphen_joined, joinable

MAX_NAME_TOKENS = 4
MIN_SUFFIX = 4  # a role word of at least this length may end a compound


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
    """First name -> "f" / "m" / None (both)."""
    out: dict[str, str | None] = {}
    for row in lang.load("common", "first_names"):
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
def particles(code: str) -> frozenset[str]:
    return frozenset(words(code).get("name_particles", []))


def role_at(toks: list[Tok], i: int, code: str) -> tuple[Role, int] | None:
    """The role word ending at or after token ``i``: (role, index after it), or None.

    Multi-word roles ("Prime Minister", "chief executive") are tried first; a one-word role
    may be the tail of a compound ("Bundesverkehrsminister").
    """
    table = roles(code)
    key = fold(toks[i].text)
    if key in multiword_starts(code):
        for span in (3, 2):
            if i + span <= len(toks):
                role = table.get(" ".join(fold(t.text) for t in toks[i : i + span]))
                if role is not None:
                    return role, i + span
    role = table.get(key)
    if role is not None:
        if role.kind == "role" and not toks[i].capitalised and code == "de":
            return None
        return role, i + 1
    if toks[i].capitalised:
        for size in suffix_lengths(code):
            if size < len(key):
                role = table.get(key[-size:])
                if role is not None and role.kind == "role":
                    return role, i + 1
    return None


def is_name_token(tok: Tok, code: str, blocked: set[int], index: int) -> bool:
    return (
        index not in blocked
        and tok.capitalised
        and tok.text not in not_name(code)
        and not tok.text.isdigit()
        and fold(tok.text) not in roles(code)
        and tok.text not in org_heads(code)
    )


def name_run(text: str, toks: list[Tok], i: int, code: str, blocked: set[int]) -> int:
    """Index after the longest run of name tokens starting at ``i`` (``i`` if none)."""
    j = i
    while j < len(toks) and j - i < MAX_NAME_TOKENS:
        tok = toks[j]
        if j > i and not joinable(text, toks[j - 1], tok):
            break
        if is_name_token(tok, code, blocked, j) or (
            j > i and j not in blocked and hyphen_joined(text, toks[j - 1], tok) and tok.text.isalpha()
        ):  # "Suk-yeol", "Jae-in"
            j += 1
            continue
        # a particle inside a name: "Ursula von der Leyen" (never first, never last)
        if j > i and tok.text in particles(code) and j + 1 < len(toks):
            k = j
            while k < len(toks) and toks[k].text in particles(code):
                k += 1
            if (
                k < len(toks)
                and is_name_token(toks[k], code, blocked, k)
                and joinable(text, toks[k - 1], toks[k])
            ):
                j = k
                continue
        break
    return j


def find_persons(text: str, toks: list[Tok], code: str, blocked: set[int]) -> list[PersonMatch]:
    """Persons announced by a role/title or a known first name; ``blocked`` token indexes are taken."""
    names = first_names()
    out: list[PersonMatch] = []
    i = 0
    while i < len(toks):
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
            if after < len(toks) and joinable(text, toks[after - 1], toks[after]):
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
            end = name_run(text, toks, i + 1, code, blocked)
            if end > i + 1 and not is_place(toks, i, end):
                out.append(PersonMatch(tok.start, toks[end - 1].end, i, end, names[tok.text]))
                i = end
                continue
        i += 1
    return out
