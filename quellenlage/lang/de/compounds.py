"""German compounds split into their parts, for the search index: "Wasserschutzpolizei" ->
``("wasser", "schutz", "polizei")``, "Bundestag" -> ``("bund", "tag")``.

No compound splitter on PyPI fits (the CharSplit package is GPL-3.0, another needs a database
download, a third needs Python 3.12), so this one is data-driven: a part is a word of simplemma's
German dictionary (MIT; every form of every word, already loaded by the quantities and stories
stages), a non-final part may carry a linking element (-s-, -es-, -n-, -en-, -e-, -er-, -ns-),
and the word is cut into as few parts as possible, each of which is then split again. The lists
in ``compounds.toml`` keep it from cutting words that only look like compounds. A word that the
dictionary also knows in lower case ("Unternehmen", "Verbrechen": a verb used as a noun) is
not split. Measured on ``tests/lang/compound_gold.tsv`` (``--eval``): see the README.

    python -m quellenlage.lang.de.compounds Wasserschutzpolizei Stahlwerken
    python -m quellenlage.lang.de.compounds --eval tests/lang/compound_gold.tsv
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from .. import load


@lru_cache(maxsize=1)
def _config() -> dict[str, Any]:
    cfg = load("de", "compounds")
    return {**cfg, **{name: frozenset(cfg[name]) for name in ("short_parts", "never_parts", "never_heads")}}


@lru_cache(maxsize=1)
def _lexicon() -> Mapping[str, Any]:
    """simplemma's German dictionary (form -> lemma); the same object its lemmatizer uses."""
    from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY

    return DEFAULT_DICTIONARY_FACTORY.get_dictionary("de")


def _is_part(piece: str, final: bool) -> bool:
    """Can ``piece`` (lower case) stand in a compound: a noun (final) or any word (before the head)?"""
    cfg = _config()
    if piece in cfg["never_parts"] or (len(piece) < cfg["min_part"] and piece not in cfg["short_parts"]):
        return False
    if final and piece in cfg["never_heads"]:
        return False
    lex = _lexicon()
    return piece.capitalize() in lex or (not final and piece in lex)


@lru_cache(maxsize=200_000)
def _best(word: str) -> tuple[tuple[str, str], ...] | None:
    """``word`` (lower case) as a head noun or its split into the fewest parts, as (part, linking element)."""
    return ((word, ""),) if _is_part(word, final=True) else _fewest(word)


def _fewest(word: str) -> tuple[tuple[str, str], ...] | None:
    """The split of ``word`` into two or more parts with the fewest parts (see :func:`_better`); None: none."""
    best: tuple[tuple[str, str], ...] | None = None
    for cut in range(1, len(word)):
        rest = _best(word[cut:])
        if rest is None or (best is not None and len(rest) + 1 > len(best)):
            continue
        piece = word[:cut]
        for link in (*_config()["linking"], ""):
            body = piece[:len(piece) - len(link)] if link else piece
            if piece.endswith(link) and body and _is_part(body, final=False):
                candidate = ((body, link), *rest)
                if best is None or _better(candidate, best):
                    best = candidate
    return best


def _better(a: tuple[tuple[str, str], ...], b: tuple[tuple[str, str], ...]) -> bool:
    """Fewer parts; then more parts in their base form ("Bund-es-tag", not "Bunde-stag"); then fewer linking
    elements; then a longer head (the last part)."""
    def key(split: tuple[tuple[str, str], ...]) -> tuple[int, int, int, int]:
        return (len(split), -sum(_is_lemma(part) for part, _ in split), sum(1 for _, link in split if link),
                -len(split[-1][0]))
    return key(a) < key(b)


def _is_lemma(piece: str) -> bool:
    lex = _lexicon()
    return lex.get(piece.capitalize()) == piece.capitalize() or lex.get(piece) == piece


@lru_cache(maxsize=200_000)
def split(word: str) -> tuple[str, ...]:
    """The parts of a German compound noun, lower case, without linking elements; ``()`` if it is none.

    "Wasserschutzpolizei" -> ``("wasser", "schutz", "polizei")``; "Polizei" -> ``()``.
    """
    cfg = _config()
    if len(word) < cfg["min_word"] or not word[:1].isupper() or not word.isalpha():
        return ()
    low = word.lower()
    if low in _lexicon():  # a verb or adjective used as a noun: "Unternehmen", "Abkommen"
        return ()
    return tuple(part for part, _ in _atoms(low))


def _atoms(low: str) -> tuple[tuple[str, str], ...]:
    """The fewest-parts split of ``low``, each part split again where it is a compound itself; ``()``: none."""
    out: list[tuple[str, str]] = []
    for part, link in _fewest(low) or ():
        inner = _atoms(part)
        out.extend((*inner[:-1], (inner[-1][0], link)) if inner else ((part, link),))
    return tuple(out)


def index_terms(word: str) -> list[str]:
    """What the search index adds for ``word``: its parts and the compounds it ends in.

    "Wasserschutzpolizei" -> wasser, schutz, polizei, schutzpolizei (a kind of police, not "wasserschutz").
    """
    parts = split(word)
    if not parts:
        return []
    tails = ["".join(parts[i:]) for i in range(1, len(parts) - 1)]
    return list(dict.fromkeys([*parts, *tails]))


def evaluate(rows: list[tuple[str, str]]) -> dict[str, float]:
    """Precision and recall of :func:`split` on (word, gold) pairs; gold is "Wasser|schutz|polizei" or the word.

    A word counts as split right when its parts are the gold parts (linking elements belong to no part,
    so "Bundes|tag" and "Bund|tag" are the same gold). Precision: of the words split, those split right;
    recall: of the gold compounds, those split right.
    """
    split_n = right = gold_n = 0
    for word, gold in rows:
        got = split(word)
        want = tuple(p.lower() for p in gold.split("|")) if "|" in gold else ()
        gold_n += bool(want)
        split_n += bool(got)
        right += bool(got) and _same(got, want)
    return {"words": len(rows), "compounds": gold_n, "split": split_n, "right": right,
            "precision": right / split_n if split_n else 1.0, "recall": right / gold_n if gold_n else 1.0}


def _same(got: tuple[str, ...], want: tuple[str, ...]) -> bool:
    """Same parts, a part allowed to differ only by a linking element the gold wrote with it ("bundes" = "bund")."""
    links = tuple(_config()["linking"])
    return len(got) == len(want) and all(
        g == w or (w.startswith(g) and w[len(g):] in links) or (g.startswith(w) and g[len(w):] in links)
        for g, w in zip(got, want, strict=True))


def read_gold(path: str) -> list[tuple[str, str]]:
    """The gold file: a word and its split (or ``-`` for no compound) per line, tab-separated; ``#`` comments."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                word, gold = line.split("\t")
                rows.append((word, gold if gold != "-" else word))
    return rows


if __name__ == "__main__":
    if sys.argv[1:2] == ["--eval"]:
        gold = read_gold(sys.argv[2])
        print(evaluate(gold))
        for w, g in gold:
            got = "|".join(split(w)) or w
            right = bool(split(w)) and _same(split(w), tuple(p.lower() for p in g.split("|")))
            if ("|" in g or "|" in got) and not right:
                print(f"{w}\tgold {g}\tgot {got}")
    else:
        for w in sys.argv[1:]:
            print(w, split(w), index_terms(w))
