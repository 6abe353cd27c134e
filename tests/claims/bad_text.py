"""Generated German text full of what breaks claim finders, for the bad-input tests.

Written for these tests (no corpus text): ordinary attributed sentences mixed with a
sentence of thousands of words, quotes never closed or closed twice, a paragraph that is
one long quote, tables and lists flattened into text, and English and French passages.
The mix repeats in blocks, so text of any length has the same density of each kind,
which is what a linear-time comparison between two lengths needs.
"""

from __future__ import annotations

import random

ORDINARY = [
    "Die Ministerin sagte am Dienstag, die Stadt werde rund {n} Millionen Euro mehr für Schulen ausgeben.",
    "„Wir haben keine andere Wahl“, sagte der Bürgermeister Jonas Keller nach der Sitzung.",
    "Nach Angaben der Polizei wurden mehr als {n} Menschen verletzt.",
    "Die Opposition bestritt, dass das Geld reiche.",
    "Dabei sollen bis zu {n} Container verladen worden sein.",
    "Ob der Plan aufgeht, ist nach Einschätzung des Ministeriums noch offen.",
    "Der Rat vertagte die Entscheidung auf den kommenden Monat.",
]
WORDS = ["der", "die", "das", "und", "sagte", "Ministerin", "Zug", "komme", "es", "gebe", "Euro", "für",
         "Schulen", "laut", "Müller", "nicht", "heute", "morgen", "seien", "Angaben", "zufolge", "Stadt",
         "Kosten", "Prozent"]
ENGLISH = ("The minister said the plan would cost about $3bn, and officials denied that any money was "
           "missing. \"We will not give up,\" she told reporters.")
FRENCH = ("Le ministre a déclaré que le plan coûterait environ trois milliards d'euros. « Nous ne "
          "renoncerons pas », a-t-il ajouté.")


def long_sentence(rng: random.Random, words: int) -> str:
    return "Laut dem Bericht " + " ".join(rng.choice(WORDS) for _ in range(words)) + "."


def flattened_table(rng: random.Random, rows: int) -> str:
    cells = ["Kreis", "Einwohner", "„Quote", "sagte", "1.000", "12,5 %", "–", "»"]
    return " ".join(" | ".join(rng.choice(cells) for _ in range(6)) for _ in range(rows))


def flattened_list(rng: random.Random, items: int) -> str:
    return " • ".join(f"Punkt {i}: {rng.choice(ORDINARY).format(n=i)}" for i in range(items))


def block(rng: random.Random) -> list[str]:
    """One block of paragraphs, about 20,000 characters, with every kind of bad input once."""
    def ordinary(k: int) -> str:
        return " ".join(rng.choice(ORDINARY).format(n=rng.randint(2, 900)) for _ in range(k))

    return [
        ordinary(6),
        long_sentence(rng, 1500),
        ordinary(3) + " „Das ist erst der Anfang, sagte Keller. " + ordinary(3),  # never closed
        "„" + ordinary(12) + "“",  # the whole paragraph is one quote
        ordinary(2) + " «Wir » prüfen „„ das “ »« ‚und‘‘ „so“ “", # unbalanced and nested marks
        flattened_table(rng, 60),
        flattened_list(rng, 12),
        ENGLISH + " " + ordinary(2) + " " + FRENCH,
    ]


def bad_german_text(chars: int, seed: int = 7) -> str:
    """At least ``chars`` characters of generated bad input, one paragraph per line."""
    rng = random.Random(seed)
    paras: list[str] = ["Der Stadtrat hat am Dienstag lange über den Haushalt für das kommende Jahr beraten."]
    size = len(paras[0])
    while size < chars:
        for p in block(rng):
            paras.append(p)
            size += len(p) + 1
    return "\n".join(paras)
