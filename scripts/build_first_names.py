"""Build ``quellenlage/lang/common/first_names_nam_dict.tsv`` from Jörg Michael's name dictionary.

The team's own list (``first_names.tsv``, about 650 names) missed many first names of people
quoted in the news ("Jörg", "Marita", "Zoran"), and a person whose first name is unknown is
found only when a role announces it. ``nam_dict.txt`` (2008, about 48,000 names with their
gender and a frequency per country) ships inside the ``gender-guesser`` wheel on PyPI; its data
file is under the GNU Free Documentation License 1.2 or later (the wheel's code, GPLv3, is not
used: only the data file is read, by this script). The derived list stays under the GFDL:
``LICENSES/GFDL-1.2.txt``.

Kept: one-word names with a frequency of at least ``--min-freq`` (1 rare … 13 extremely common)
in at least one country, and a gender ("m", "f", or "?" when the dictionary says both or only
"mostly", as for "Deniz": a pronoun must not be kept from a name by a guess); names
that are also German or English words a sentence may open with are left out (``STOP`` and the
function words of the claim lexicons), as are names of one or two letters and the names the
team's list already has (it wins).

    pip download gender-guesser==0.4.0 --no-deps -d /tmp/gg
    python scripts/build_first_names.py /tmp/gg/gender_guesser-0.4.0-py2.py3-none-any.whl
"""

from __future__ import annotations

import argparse
import zipfile
from pathlib import Path

from quellenlage import lang

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "quellenlage" / "lang" / "common" / "first_names_nam_dict.tsv"
DATA = "gender_guesser/data/nam_dict.txt"
GENDERS = {"M": "m", "1M": "m", "?M": "?", "F": "f", "1F": "f", "?F": "?", "?": "?"}
NAME_COLUMNS = slice(3, 29)  # the name field of nam_dict.txt's fixed-width lines
FREQ_START = 30  # one hexadecimal frequency digit per country from here
#: Capitalised words that open German or English sentences and headlines, or name things, and
#: that the dictionary also lists as someone's first name.
STOP = {
    "Will", "May", "Mark", "Rose", "Hope", "Grant", "Bill", "Art", "Sun", "Sunny", "Joy", "Faith", "Dean",
    "Summer", "Rich", "Don", "Guy", "Ray", "Chance", "Page", "Fair", "Star", "Young", "King", "Major",
    "Gay", "Jack", "Frank", "Miles", "Wolf", "Ernst", "Franz", "Kai", "Ali", "China", "India", "Paris", "Florence",
    "Jordan", "Georgia", "Virginia", "Carolina", "Austin", "Dallas", "Sydney", "Victoria", "Maria",
    "Ende", "Eins", "Gott", "Engel", "Stern", "Sonne", "Herz", "Frieden", "Liebe", "Glaube", "Treue", "Heil",
    "Rat", "Mai", "Mars", "Nil", "Rom", "Wien", "Linz", "Kiel", "Hamm", "Bonn", "Bern", "Worms", "Jena",
    "Kurz", "Klein", "Lang", "Groß", "Neu", "Alt", "Fast", "Viel", "Mehr", "Alle", "Ohne", "Also", "Dann", "Denn",
    "Andere", "Beide", "Diese", "Dieser", "Eine", "Einer", "Sein", "Seine", "Ihre", "Unser", "Mein", "Dein",
    "Man", "Chef", "Bischof", "Papst", "Herr", "Frau", "Nord", "Süd", "West", "Ost", "Nach", "Vor", "Bei",
    "Hier", "Dort", "Heute", "Morgen", "Abend", "Tag", "Welt", "Land", "Stadt", "Bund", "Volk",
}


def function_words() -> set[str]:
    """Lower-case function words of every language's claim lexicon ("am", "an", "so", "die"):
    a capitalised one at a sentence start would otherwise read as a first name ("Am Anfang")."""
    out: set[str] = set()
    for code in lang.available_languages():
        try:
            data = lang.load(code, "claim_sources")
        except lang.MissingResource:
            continue
        out |= {w.lower() for value in data.values() if isinstance(value, list) for w in value if isinstance(w, str)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wheel", type=Path, help="the gender-guesser wheel (or nam_dict.txt itself)")
    ap.add_argument("--min-freq", type=int, default=3)
    args = ap.parse_args()
    if args.wheel.suffix == ".whl":
        with zipfile.ZipFile(args.wheel) as zf:
            raw = zf.read(DATA).decode("utf-8")
    else:
        raw = args.wheel.read_text(encoding="utf-8")
    team = {row["name"] for row in lang.load("common", "first_names")}
    closed = function_words()
    genders: dict[str, set[str]] = {}
    for line in raw.splitlines():
        if line.startswith("#") or len(line) <= FREQ_START:
            continue
        gender = GENDERS.get(line[:2].strip())
        name = line[NAME_COLUMNS].strip()
        if gender is None or not name or " " in name or not name.replace("-", "").isalpha() \
                or not name[:1].isupper() or len(name) < 3 or name in STOP or name.lower() in closed or name in team:
            continue
        if max((int(ch, 16) for ch in line[FREQ_START:].rstrip() if ch in "123456789ABCD"), default=0) < args.min_freq:
            continue
        genders.setdefault(name, set()).add(gender)
    rows = [(n, g.pop() if len(g) == 1 else "?") for n, g in sorted(genders.items())]
    header = ("# First names from Jörg Michael's nam_dict.txt (GNU FDL 1.2 or later: LICENSES/GFDL-1.2.txt),\n"
              "# built by scripts/build_first_names.py; the team's first_names.tsv wins where both list a name.\n"
              "name\tgender\n")
    OUT.write_text(header + "".join(f"{n}\t{g}\n" for n, g in rows), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
