"""Claim recall per construction class on gold batches (train and dev; never a blind batch).

usage: python scripts/cue_recall.py [BATCH_DIR ...]        # default: eval/de/train eval/de/dev

Each counted gold claim is put in one class by the sentence its anchor stands in, tested in
this order: a quotation; hearsay ("soll", "angeblich"); a noun or preposition cue ("laut",
"zufolge", "nach Angaben", "unter Berufung auf"); a separable reporting verb split by
verb-second order ("wies … hin"); a perfect or passive reporting verb ("hat angekündigt",
"wurde bekanntgegeben"); any other reporting verb of the lexicon; no cue at all in its
sentence (a Konjunktiv continuation, an interview answer, a layout claim). The classes come
from the text and the lexicon, not from the system's output. For each class: how many gold
claims, how many the system finds (as ``score.py`` matches: ``score_eval.best_match``),
and how many it finds with the right source.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from quellenlage.claims.lexicon import lexicon
from quellenlage.nlp.sentences import tokenize
from quellenlage.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_eval import best_match, load_scorer  # noqa: E402  (a sibling script)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
QUOTES = re.compile(r"[\"„“”»«]")
HEARSAY = re.compile(r"\b(?:soll|sollen|solle|angeblich|mutmaßlich|Berichten zufolge|hieß es)\b")
NOUN_CUE = re.compile(r"\b(?:laut|zufolge|gemäß|unter Berufung auf|nach (?:\w+ )?(?:Angaben|Auskunft|Darstellung|"
                      r"Bekunden|Einschätzung|Ansicht|Schätzungen|Informationen|Worten|Aussagen?))\b|\w+-?[Aa]ngaben\b", re.IGNORECASE)
AUXILIARIES = {"hat", "haben", "hatte", "hatten", "wurde", "wurden", "wird", "werden", "ist", "sind", "war", "waren"}
CLASSES = ("quotation", "hearsay", "noun cue", "split particle verb", "perfect/passive verb", "other reporting verb",
           "no cue in the sentence")


def construction(sentence: str, lex) -> str:
    if QUOTES.search(sentence):
        return "quotation"
    if HEARSAY.search(sentence):
        return "hearsay"
    if NOUN_CUE.search(sentence):
        return "noun cue"
    words = [t.text for t in tokenize(sentence)]
    lows = [w.lower() for w in words]
    for k, low in enumerate(lows):
        for cue in lex.verbs.get(low, []):
            if cue.particle and cue.particle in lows[k + 1:]:
                return "split particle verb"
    for k, low in enumerate(lows):
        if low in lex.verbs and any(c.particle is None for c in lex.verbs[low]) and AUXILIARIES & set(lows[:k]) \
                and (low.startswith("ge") or "ge" in low[:8]):
            return "perfect/passive verb"
    if any(low in lex.verbs and words[k][:1].islower() for k, low in enumerate(lows)):
        return "other reporting verb"
    return "no cue in the sentence"


def main(argv: list[str]) -> int:
    batches = [Path(a) for a in argv] or [ROOT / "eval/de/train", ROOT / "eval/de/dev"]
    if any("blind" in b.name for b in batches):
        print("blind batches are scored by score.py only, never broken down", file=sys.stderr)
        return 2
    scorer, nlp = load_scorer(SHARED), Pipeline()
    for batch in batches:
        total, found, right = Counter(), Counter(), Counter()
        for path in sorted(batch.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            result = nlp.analyze_path(SHARED / gold["input"]).to_dict()
            text, lex = result["article"]["text"], lexicon(gold["language"])
            claims = [c for c in result["claims"] if c["mode"] != "assertion"]
            for g in gold["claims"]:
                where = scorer.locate(g["anchor"], text)
                if g.get("optional") or not where:
                    continue
                s0 = max(text.rfind(". ", 0, where[0]) + 2, text.rfind("\n", 0, where[0]) + 1)
                s1 = min(x for x in (text.find(". ", where[1]), text.find("\n", where[1]), len(text)) if x >= 0)
                kind = construction(text[s0:s1 + 1], lex)
                total[kind] += 1
                hit = best_match(where, [(c["span"]["start"], c["span"]["end"]) for c in claims])
                if hit is not None:
                    found[kind] += 1
                    right[kind] += bool(scorer.source_ok(g["source"], claims[hit], gold.get("sources") == "as-written"))
        print(f"\n{batch.relative_to(ROOT) if batch.is_relative_to(ROOT) else batch}")
        print(f"  {'construction':<26}{'gold':>6}{'found':>8}{'recall':>8}{'source right':>14}")
        for kind in CLASSES:
            n = total[kind]
            if n:
                print(f"  {kind:<26}{n:>6}{found[kind]:>8}{found[kind] / n:>8.2f}{right[kind] / n:>14.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
