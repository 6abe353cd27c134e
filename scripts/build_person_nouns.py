"""Build ``quellenlage/lang/de/person_nouns.txt``: German nouns that name a person.

usage: pip download --no-deps -d /tmp/wheels german-nouns
       python scripts/build_person_nouns.py /tmp/wheels/german_nouns-1.2.5-py3-none-any.whl

German marks a noun for a person by its feminine derivation in -in: a masculine noun with a
feminine partner ("Virologe"/"Virologin", "Architekt"/"Architektin", "Arzt"/"Ärztin",
"Sprecher"/"Sprecherin") names a person (or, rarely, an animal), while "Bericht", "Sommer"
or "Verlag" have none. So the list is derived, not written: every masculine noun of the
German Wiktionary noun table (the ``german-nouns`` package, CC BY-SA 4.0, via its
``nouns.csv``) whose feminine in -in (with or without umlaut, "Franzose" -> "Französin")
is a noun of the same table, together with that feminine. The claims engine uses the list
to tell a person descriptor ("sagte der Virologe") from any other noun (claims/roster.py).

The output is sorted and deterministic; rerunning the script on the same wheel reproduces
the shipped file byte for byte (``--check`` verifies that).
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "quellenlage" / "lang" / "de" / "person_nouns.txt"
UMLAUT = {"au": "äu", "a": "ä", "o": "ö", "u": "ü"}
HEADER = ("# German nouns that name a person: masculine nouns with a feminine in -in, and those feminines.\n"
          "# Derived by scripts/build_person_nouns.py from the german-nouns package (German Wiktionary,\n"
          "# CC BY-SA 4.0; this file is under the same licence). Do not edit by hand: rerun the script.\n")


def read_rows(source: Path) -> list[dict[str, str]]:
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as wheel:
            data = wheel.read("german_nouns/nouns.csv").decode("utf-8")
    else:
        data = source.read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(data)))


def with_umlaut(word: str) -> str | None:
    """The word with its last a/o/u/au umlauted ("Französ" from "Franzos"), or None."""
    low = word.lower()
    for i in range(len(low) - 1, -1, -1):
        for plain, umlaut in UMLAUT.items():
            if low.startswith(plain, i) and (plain != "u" or low[i - 1:i] != "a"):
                return word[:i] + (umlaut if i else umlaut.capitalize()) + word[i + len(plain):]
    return None


def feminines(masculine: str) -> list[str]:
    stem = masculine[:-1] if masculine.endswith("e") else masculine
    out = [stem + "in"]
    if (u := with_umlaut(stem)) is not None:
        out.append(u + "in")
    return out


def person_nouns(rows: list[dict[str, str]]) -> list[str]:
    nouns = {r["lemma"] for r in rows if r["pos"] == "Substantiv"}
    found: set[str] = set()
    for r in rows:
        lemma = r["lemma"]
        if r["pos"] != "Substantiv" or r["genus"] != "m" or " " in lemma or len(lemma) < 3:
            continue
        for fem in feminines(lemma):
            if fem in nouns:
                found.update((lemma, fem))
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, help="german_nouns wheel (.whl) or its nouns.csv")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 unless --out already holds exactly this list")
    args = ap.parse_args(argv)
    text = HEADER + "\n".join(person_nouns(read_rows(args.source))) + "\n"
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print("person nouns: identical" if same else "person nouns: DIFFER")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - HEADER.count(chr(10))} nouns to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
