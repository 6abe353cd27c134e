"""Connect at scale: is placing one article sub-linear in the number already placed?

Generates synthetic analysed articles (no corpus text: random words from a generated
vocabulary) for many small stories: each story has its own core entity refs, a few
shared "world" refs (a country every second article names), its own words and figures,
dates within a few weeks, and one in ten articles is a syndicated copy of an earlier
one. With ``--arcs`` (the default share 0.1), that share of the stories develop over three
months: their articles come in three bursts 45 days apart, each naming the story's actors
and a claim counting the story's own thing (a figure of one unit), as a story told over
months does; ``--arcs 0`` gives the set without them. Every article goes through
:class:`quellenlage.stories.Connector` (syndication + story clustering), as the store does
while ingesting.

Reported, for the first and the last tenth of the run:
  * per-article time, and its ratio last/first (1.0 = constant cost per article;
    a linear scan would grow with N);
  * per-article time ÷ the time to compute one MinHash signature of the same text in the
    same run (the reference: the least any LSH-based placement must spend).
And the quality on the synthetic truth: story purity and completeness, copies found.

    python benchmarks/stories.py [--n 20000] [--seed 1] [--arcs 0.1] [--no-gc]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import time
from collections import Counter
from datetime import date, timedelta

from quellenlage.stories import Connector
from quellenlage.stories.model import Figure
from quellenlage.stories.records import ArticleRecord, ClaimRecord, EntityInfo
from quellenlage.stories.syndication import signature


def vocabulary(rng: random.Random, n: int) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(n)]


ARC_BURSTS = (0, 45, 90)  # days after a developing story's start at which its bursts of articles begin


def figure_claim(s: int, value: int, speaker: str) -> ClaimRecord:
    """A claim of the story's speaker counting the story's own thing (``unit<s>``)."""
    fig = Figure(text=f"{value} unit{s}", value=float(value), unit=f"unit{s}", unit_key=f"unit{s}")
    return ClaimRecord(id="c1", start=0, end=1, content="", content_start=0, content_end=1, source=speaker,
                       source_key=speaker, source_kind="named", mode="indirect", stance="assert", hedged=False,
                       figures=[fig])


def generate(n: int, seed: int, arcs: float = 0.1) -> list[tuple[ArticleRecord, int, str | None]]:
    """(record, true story number, id of the article it copies or None), in publication order."""
    rng = random.Random(seed)
    words = vocabulary(rng, 20000)
    world = [f"iso3166:W{i}" for i in range(20)]
    n_stories = max(1, n // 8)
    start = date(2026, 1, 1)
    stories = []
    for s in range(n_stories):
        stories.append({
            "refs": [f"ent:{s}-{j}" for j in range(rng.randint(2, 4))],
            "world": rng.sample(world, 2),
            "words": rng.sample(words, 40),
            "day": start + timedelta(days=int(s * 365 / n_stories)),
            "arc": arcs > 0 and rng.random() < arcs,  # no draw without arcs: --arcs 0 is the old set
        })
    out: list[tuple[ArticleRecord, int, str | None]] = []
    by_story: dict[int, list[ArticleRecord]] = {}
    for i in range(n):
        s = min(n_stories - 1, int(rng.random() * n_stories))
        st = stories[s]
        earlier = by_story.get(s, [])
        if earlier and rng.random() < 0.1:
            orig = rng.choice(earlier)
            text = orig.text.rsplit(" ", 12)[0] + " " + " ".join(rng.sample(words, 12))
            rec = ArticleRecord(id=f"a{i}", text=text, outlet=f"outlet{rng.randint(0, 300)}",
                                published=orig.published, language="de", entities=dict(orig.entities),
                                claims=list(orig.claims), figures=list(orig.figures),
                                seen=i)
            out.append((rec, s, orig.id))
            by_story.setdefault(s, []).append(rec)
            continue
        text = " ".join(rng.choice(st["words"]) if rng.random() < 0.4 else rng.choice(words) for _ in range(180))
        refs = rng.sample(st["refs"], k=max(1, len(st["refs"]) - rng.randint(0, 1)))
        refs += [w for w in st["world"] if rng.random() < 0.5]
        refs += [f"ent:noise-{rng.randint(0, 50000)}"]
        ents = {f"e{j}": EntityInfo(f"e{j}", key, key, "GPE", [(0, 1)] * rng.randint(1, 3))
                for j, key in enumerate(refs)}
        day = st["day"] + timedelta(days=rng.randint(0, 14))
        claims = []
        if st["arc"]:  # a developing story: bursts months apart, its speaker giving its figure
            day = st["day"] + timedelta(days=rng.choice(ARC_BURSTS) + rng.randint(0, 7))
            claims = [figure_claim(s, rng.randint(1, 9) * 1000, st["refs"][0])]
        rec = ArticleRecord(id=f"a{i}", text=text, outlet=f"outlet{rng.randint(0, 300)}",
                            published=day, language="de", entities=ents, seen=i, claims=claims,
                            figures=[f for c in claims for f in c.figures])
        out.append((rec, s, None))
        by_story.setdefault(s, []).append(rec)
    return out


def run(n: int, seed: int, no_gc: bool = False, arcs: float = 0.1) -> None:
    data = generate(n, seed, arcs)
    conn = Connector()
    times: list[float] = []
    if no_gc:  # isolates the algorithm's cost from the interpreter's collector walking a growing heap
        gc.collect()
        gc.disable()
    for rec, _, _ in data:
        t = time.perf_counter()
        conn.add(rec)
        times.append(time.perf_counter() - t)
    gc.enable()
    tenth = max(1, n // 10)
    early, late = statistics.mean(times[:tenth]), statistics.mean(times[-tenth:])

    sample = [rec.text for rec, _, _ in data[:: max(1, n // 500)]]
    t = time.perf_counter()
    for text in sample:
        signature(text)
    ref = (time.perf_counter() - t) / len(sample)

    # quality against the generated truth
    story_of = conn.clusterer.story_of
    truth = {rec.id: s for rec, s, _ in data}
    members: dict[str, list[int]] = {}
    for aid, sid in story_of.items():
        members.setdefault(sid, []).append(truth[aid])
    purity = sum(Counter(v).most_common(1)[0][1] for v in members.values()) / n
    true_sizes = Counter(truth.values())
    best_share = {}
    for v in members.values():
        for s, c in Counter(v).items():
            best_share[s] = max(best_share.get(s, 0), c)
    completeness = sum(best_share.values()) / n
    copies = [(rec.id, orig) for rec, _, orig in data if orig]
    found = sum(1 for a, o in copies if conn.syndicator.canonical(a) == conn.syndicator.canonical(o))

    arc_stories = sum(1 for s in set(truth.values()) if any(rec.claims for rec, t, _ in data if t == s))
    print(f"articles: {n}   true stories: {len(true_sizes)} ({arc_stories} over three months)   "
          f"found stories: {len(members)}")
    print(f"per article, first tenth: {early * 1000:.2f} ms   last tenth: {late * 1000:.2f} ms   "
          f"ratio last/first: {late / early:.2f}")
    print(f"reference (one MinHash signature of the text): {ref * 1000:.2f} ms   "
          f"last tenth ÷ reference: {late / ref:.1f}")
    print(f"throughput: {n / sum(times):.0f} articles/s")
    t = time.perf_counter()
    size = len(json.dumps(conn.state()))
    save = time.perf_counter() - t
    print(f"persisted state: {size / 1e6:.1f} MB (retention window), serialised in {save:.2f} s")
    print(f"story purity: {purity:.3f}   completeness: {completeness:.3f}   "
          f"syndicated copies found: {found}/{len(copies)}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--arcs", type=float, default=0.1, help="share of stories told over three months")
    ap.add_argument("--no-gc", action="store_true", help="disable Python's cyclic GC while placing articles")
    args = ap.parse_args()
    run(args.n, args.seed, args.no_gc, args.arcs)
