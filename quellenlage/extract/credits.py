"""Credits: which news agencies wrote the text, who took the pictures.

Agencies are credited in a few fixed shapes — a dateline "Berlin (dpa) -", a closing
line "/news.de/dpa" or "© dpa", a lead-in "Quelle: AFP" / "mit Material von Reuters",
a byline. Image credits follow "Bild: …", "Foto: …", "© picture alliance/…". Both are
metadata, not story: the lines (or line tails) that carry them are taken out of the
text, and what they credit is kept on the article. The agency names and the shapes
are data (``lang/common/agencies.toml``, the ``[credits]`` part of
``lang/<lang>/debris.toml``); this module only knows how to apply them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .. import regexcache
from ..lang import MissingResource, available_languages, load

TOKEN_SPLIT = re.compile(r"\s*[/,;&|]\s*|\s+(?=\()")
DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$", re.I)
INITIALS = re.compile(r"^[a-zäöü]{2,4}$")  # editors' Kürzel in closing lines: "mad", "sk"
ID_SUFFIX = re.compile(r"[:\-]\d[\w\-:]*$")  # "dpa:231106-99-123456" -> "dpa"
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÄÖÜ]")


@dataclass
class Credits:
    """What the credit lines of one article credit."""

    agencies: list[str] = field(default_factory=list)
    image_credits: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)  # people named in a byline line of the text
    outlet: str | None = None  # a site named in a closing credit ("/news.de/dpa" -> news.de)
    removed: list[str] = field(default_factory=list)  # the credit strings taken out of the text

    def add_agency(self, name: str) -> None:
        if name not in self.agencies:
            self.agencies.append(name)

    def add_image(self, credit: str) -> None:
        if credit and credit not in self.image_credits:
            self.image_credits.append(credit)


@cache
def _agency_index() -> tuple[dict[str, str], dict[str, str]]:
    """(case-folded alias -> name, exact alias -> name)."""
    folded: dict[str, str] = {}
    exact: dict[str, str] = {}
    for entry in load("common", "agencies")["agency"]:
        for alias in entry.get("aliases", []):
            folded[alias.casefold()] = entry["name"]
        for alias in entry.get("exact", []):
            exact[alias] = entry["name"]
    return folded, exact


@cache
def _shapes() -> dict:
    return load("common", "agencies")


@cache
def _leadins(kind: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """A pattern for the lead-ins of ``kind`` ('image' or 'agency') in every language, and the joiners."""
    words: list[str] = []
    joiners: list[str] = []
    for lang in available_languages():
        try:
            data = load(lang, "debris").get("credits", {})
        except MissingResource:
            continue
        words += data.get(kind, [])
        joiners += data.get("joiners", [])
    if not words:
        return None, tuple(joiners)
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return regexcache.compile(rf"(?:{alternatives})", re.I), tuple(joiners)


@cache
def _compiled() -> dict:
    """The credit patterns, built once from the data files."""
    agency, _ = _leadins("agency")
    image, _ = _leadins("image")
    lead_end = r"(?:^|(?<=[.!?\"“”»«)])\s+)"
    patterns = []
    if image is not None:
        patterns.append(regexcache.compile(rf"{lead_end}(?P<lead>{image.pattern})\s*:\s*(?P<credit>.+)$", re.I))
    patterns.append(regexcache.compile(rf"{lead_end}(?P<lead>©|\(c\)|Copyright)\s*(?P<credit>.+)$", re.I))
    return {
        "agency_line": regexcache.compile(rf"^\(?\s*{agency.pattern}\s*:?\s*(?P<rest>.+?)\)?\.?$", re.I) if agency else None,
        "image": patterns,
    }


def agency_name(token: str) -> str | None:
    """The agency a credit token names ("dpa-AFX" -> dpa, "rtr" -> Reuters), else None."""
    token = token.strip(" ()[].:-–—©")
    if not token:
        return None
    folded, exact = _agency_index()
    if token in exact:
        return exact[token]
    hit = folded.get(token.casefold())
    if hit is None:
        bare = ID_SUFFIX.sub("", token)
        hit = folded.get(bare.casefold()) or exact.get(bare)
    return hit


def _credit_tokens(text: str) -> list[str]:
    text = text.strip().strip("()").strip()
    _, joiners = _leadins("agency")
    for joiner in joiners:
        text = re.sub(rf"\s+{re.escape(joiner)}\s+", "/", text)
    return [t for t in TOKEN_SPLIT.split(text) if t and t.strip(" ()")]


def read_credit_list(text: str) -> tuple[list[str], str | None] | None:
    """Agencies and a site in a pure credit list ("/news.de/dpa", "dpa/AFP", "mad/dpa").

    None when any token is something else than an agency, a site, an editor's Kürzel
    or a number: then the text is not a credit list but a story line.
    """
    agencies: list[str] = []
    site = None
    for token in _credit_tokens(text.lstrip("©").strip()):
        token = token.strip(" ()©")
        name = agency_name(token)
        if name:
            if name not in agencies:
                agencies.append(name)
        elif DOMAIN.match(token):
            site = site or token.lower()
        elif INITIALS.match(token) or token.isdigit() or token in ("-", "–"):
            continue
        else:
            return None
    if not agencies and not site:
        return None
    return agencies, site


def credit_line(line: str, credits: Credits) -> bool:
    """Take a whole-line agency credit ("/news.de/dpa", "© dpa", "Quelle: AFP"); True if it was one."""
    stripped = line.strip()
    shapes = _shapes()["shapes"]
    if not stripped or len(stripped) > int(shapes["credit_line_max"]):
        return False
    m = _compiled()["agency_line"].match(stripped) if _compiled()["agency_line"] else None
    if m:
        found = read_credit_list(m.group("rest"))
        if found is None or not found[0]:
            return False  # "Quelle: Statistisches Bundesamt" credits no agency: not ours to remove
    elif re.match(shapes["credit_line"], stripped):
        found = read_credit_list(stripped)
        if found is None or not (found[0] or stripped.startswith(("/", "©"))):
            return False  # a bare domain on a line of its own is a link, not a credit
    else:
        return False
    agencies, site = found
    for name in agencies:
        credits.add_agency(name)
    if site and not credits.outlet:
        credits.outlet = site
    credits.removed.append(stripped)
    return True


def image_credit(line: str, credits: Credits) -> str:
    """Strip an image credit from the end of ``line`` ("… geliefert haben. Bild: X | Uncredited").

    The credit goes to ``credits.image_credits`` (without a placeholder photographer
    such as "Uncredited"); the rest of the line is returned, so a caption sentence stays.
    """
    if ":" not in line and "©" not in line and "(c)" not in line.lower() and "copyright" not in line.lower():
        return line
    for pattern in _compiled()["image"]:
        m = pattern.search(line)
        if not m:
            continue
        credit = m.group("credit").strip().rstrip(")")
        if len(credit) > 120 or SENTENCE_BREAK.search(credit) or credit.endswith((".", "!", "?")) and " " in credit.strip(". ") and len(credit.split()) > 8:
            continue
        if m.group("lead") in ("©", "(c)", "Copyright") and m.start() == 0:
            found = read_credit_list(credit)
            if found is not None and found[0] and not _is_picture_agency(credit):
                return line  # "© dpa" alone: an agency credit, left to credit_line
        credits.add_image(_clean_image_credit(credit))
        credits.removed.append(line[m.start():].strip())
        return line[: m.start()].rstrip()
    return line


def _is_picture_agency(credit: str) -> bool:
    return bool(re.match(r"(picture[ -]alliance|imago|getty|shutterstock|istock|ddp images|ap photo|afp photo|reuters/)", credit, re.I))


def _clean_image_credit(credit: str) -> str:
    placeholders = {p.casefold() for p in _shapes().get("credits", {}).get("placeholders", [])}
    parts = [p.strip() for p in credit.split("|")]
    kept = [p for i, p in enumerate(parts) if p and (i == 0 or p.casefold() not in placeholders)]
    return " | ".join(kept)


def dateline(paragraph: str, credits: Credits) -> None:
    """Agencies in an opening dateline ("Berlin (dpa) -"); the dateline itself stays in the text."""
    m = re.match(_shapes()["shapes"]["dateline"], paragraph)
    if not m:
        return
    for token in re.split(r"[/,;]", m.group("credit")):
        name = agency_name(token)
        if name:
            credits.add_agency(name)


def byline_agencies(names: list[str], credits: Credits) -> list[str]:
    """Split bylines into people and agencies: ["Jane Doe", "dpa"] -> ["Jane Doe"] + dpa."""
    people = []
    for name in names:
        found = read_credit_list(name)
        if found is not None and found[0]:
            for agency in found[0]:
                credits.add_agency(agency)
        else:
            people.append(name)
    return people


NAME_WORD = r"[A-ZÄÖÜ][\w'.\-]+"
BYLINE_HEAD_LINES = 3
# The story's first paragraph may follow a picture caption or a teaser line, so the
# dateline is looked for in the first few lines (its agency must be a known one).
DATELINE_LINES = 3


def byline_line(line: str) -> list[str] | None:
    """The names in a byline line ("Von Erika Mustermann und Max Muster"), else None."""
    leadin, joiners = _leadins("byline")
    if leadin is None:
        return None
    join = "|".join(re.escape(j) for j in joiners) or "and"
    name = rf"{NAME_WORD}(?:\s{NAME_WORD}){{1,3}}"
    m = re.match(rf"^{leadin.pattern}\s+(?P<names>{name}(?:(?:,\s*|\s+(?:{join})\s+){name})*)$", line.strip())
    if not m:
        return None
    return [n.strip() for n in re.split(rf",\s*|\s+(?:{join})\s+", m.group("names")) if n.strip()]


def take_credits(lines: list[str], credits: Credits | None = None) -> tuple[list[str], Credits]:
    """All credits in a text's lines: returns the lines without them, and what they credit."""
    credits = credits or Credits()
    out: list[str] = []
    for i, line in enumerate(lines):
        if credit_line(line, credits):
            continue
        if not out and i < BYLINE_HEAD_LINES:
            names = byline_line(line)
            if names:
                for person in byline_agencies(names, credits):
                    if person not in credits.authors:
                        credits.authors.append(person)
                credits.removed.append(line.strip())
                continue
        rest = image_credit(line, credits)
        if rest.strip():
            if len(out) < DATELINE_LINES:
                dateline(rest, credits)  # a dateline opens the story, after a caption at most
            out.append(rest)
    return out, credits
