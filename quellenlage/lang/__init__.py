"""Language knowledge as data: one folder per language (``lang/de``, ``lang/en``).

Code asks :func:`load` for a named resource (``load("de", "agencies")``); the file
``lang/de/agencies.toml`` or ``lang/de/agencies.tsv`` answers. Files are read once
and cached. ``lang/common`` holds what is the same in every language (agency names,
for example) and is used when a language has no file of that name.

TOML files come back as dicts. TSV files come back as a list of dicts keyed by the
header row; lines starting with ``#`` are comments, so each file can explain itself
to a linguist who adds entries.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
COMMON = "common"


class MissingResource(LookupError):
    """No data file of that name exists for the language (nor in ``lang/common``)."""


def available_languages() -> list[str]:
    """The language folders (read once, like the files in them: stages ask on every page)."""
    return list(_language_folders(HERE))


@cache
def _language_folders(here: Path) -> tuple[str, ...]:
    return tuple(sorted(p.name for p in here.iterdir() if p.is_dir() and p.name not in (COMMON, "__pycache__")))


def resource_path(lang: str, name: str) -> Path:
    for folder in (lang, COMMON):
        for ext in (".toml", ".tsv", ".txt", ".json"):
            path = HERE / folder / f"{name}{ext}"
            if path.exists():
                return path
    raise MissingResource(f"no language resource {name!r} for {lang!r} under {HERE}")


@cache
def load(lang: str, name: str) -> Any:
    """The parsed resource ``name`` of language ``lang`` (cached: treat it as read-only)."""
    path = resource_path(lang, name)
    if path.suffix == ".toml":
        return _toml(path)
    if path.suffix == ".tsv":
        return read_tsv(path)
    if path.suffix == ".json":  # data a script wrote, such as learned weights
        return json.loads(path.read_text(encoding="utf-8"))
    return read_list(path)


def _toml(path: Path) -> Any:
    """A TOML file parsed once per file, not once per process: the parse is kept in the user cache
    (:mod:`..buildcache`, named by the file's content and this module's code). tomllib is written
    in Python, and a German run parses about twenty of these files before its first page is done
    (0.05 s of every start; 0.08 s of the start before ``--jobs`` forks its workers, which reads
    both languages' files); unpickling the same data costs a tenth of that."""
    from ..buildcache import cached_build

    def parse() -> Any:
        with path.open("rb") as fh:
            return tomllib.load(fh)

    return cached_build(f"lang-{path.parent.name}-{path.stem}", parse, [path], extra=_reader_digest())


@cache
def _reader_digest() -> str:
    """This module's code, in the name of every kept parse (a changed reader parses afresh)."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows as ``csv.DictReader(delimiter="\\t", quoting=QUOTE_NONE)`` gives them (a short row's
    missing fields None, a long row's extra fields in a list under None), split by hand: with
    no quoting a field is what lies between tabs, and the 15,000 first names load 3× faster."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    header = lines[0].split("\t")
    width = len(header)
    rows = []
    for line in lines[1:]:
        fields = line.split("\t")
        row: dict = dict(zip(header, fields, strict=False))
        if len(fields) < width:
            row.update((key, None) for key in header[len(fields):])
        elif len(fields) > width:
            row[None] = fields[width:]
        rows.append(row)
    return rows


def read_list(path: Path) -> list[str]:
    """A plain word list: one entry a line, ``#`` comments."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@cache
def first_name_rows() -> tuple[dict[str, str], ...]:
    """Known first names with their gender ("f", "m", "?"): the team's ``common/first_names.tsv``,
    then the names of ``common/first_names_nam_dict.tsv`` (built from a name dictionary by
    ``scripts/build_first_names.py``) that the team's list lacks. One place for both readers:
    person detection (:mod:`quellenlage.entities.persons`) and source resolution."""
    team = [r for r in load("common", "first_names") if r.get("name")]
    known = {r["name"] for r in team}
    wide = [r for r in load("common", "first_names_nam_dict") if r.get("name") and r["name"] not in known]
    return tuple(team + wide)
