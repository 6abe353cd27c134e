"""Query latency of the store at scale: p50/p95 of `story`, `search` (by relevance, by date, filtered),
`claims --source`, `claims --text`, and the size of the store and of its full-text indexes.

Generates N synthetic articles (default 100,000) with entities, claims and figures into
a fresh SQLite file (and into PostgreSQL when ``--pg URL`` or ``QUELLENLAGE_BENCH_PG_URL``
is given), groups them into stories of a few articles each with claim groups,
disagreements and timeline points, then times the queries the CLI and the web pages run.
Target: p95 < 50 ms for each.

    python benchmarks/store.py                 # 100,000 articles into SQLite
    python benchmarks/store.py --n 20000 --pg postgresql://postgres@127.0.0.1:54329/bench
    python benchmarks/store.py --db /tmp/bench.db --pg postgresql://… --reuse   # measure again, no generation

Articles are generated as contract dicts and written through ``Store.save_documents`` in
batches of 2,000 (the ingest path); stories are written with bulk inserts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select, text  # noqa: E402

from quellenlage.document import content_id  # noqa: E402
from quellenlage.store import open_store  # noqa: E402
from quellenlage.store.models import (  # noqa: E402
    ArticleRow,
    ClaimGroupMemberRow,
    ClaimGroupRow,
    ClaimRow,
    DisagreementRow,
    StoryArticleRow,
    StoryRow,
    TimelinePointRow,
)

BATCH = 2000
STORY_SIZE = 5
QUERIES = 200
OUTLETS = [f"outlet{i}.example" for i in range(60)]
SOURCES = [f"Quelle {i}" for i in range(400)]
UNITS = ["Container", "Menschen", "Euro", "Tonnen", "Soldaten", "Prozent"]
STANCES = ["assert"] * 8 + ["deny", "uncertain"]
MODES = ["indirect"] * 6 + ["direct"] * 3 + ["reportive"]


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    letters = "abcdefghijklmnoprstuvwäöü"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(4, 11))) for _ in range(size)]


def make_article(i: int, rng: random.Random, vocab: list[str], weights: list[float]) -> dict:
    words = rng.choices(vocab, weights=weights, k=90)
    sentences = [" ".join(words[k:k + 15]).capitalize() + "." for k in range(0, 90, 15)]
    entities, claims = [], []
    text_parts: list[str] = []
    pos = 0
    n_claims = rng.randint(1, 5)
    for c in range(n_claims):
        source = rng.choice(SOURCES)
        unit = rng.choice(UNITS)
        value = rng.choice([100, 500, 1000, 2000, 3000, 10000])
        fig = f"{value} {unit}"
        sentence = f"{source} sagte, es seien {fig} {sentences[c % len(sentences)]} "
        start = pos
        text_parts.append(sentence)
        pos += len(sentence)
        eid = f"e{c + 1}"
        entities.append({"id": eid, "name": source, "type": "ORG", "canonical": source,
                         "ref": f"org:quelle-{source.split()[-1]}", "mentions": [{"start": start,
                                                                                   "end": start + len(source)}]})
        fs = start + sentence.index(fig)
        claims.append({
            "id": f"c{c + 1}", "span": {"start": start, "end": pos - 1, "text": None},
            "content": {"start": start + len(source) + 7, "end": pos - 1, "text": sentence[len(source) + 7:-1]},
            "cue": {"start": start + len(source) + 1, "end": start + len(source) + 6, "text": "sagte"},
            "source": {"text": source, "start": start, "end": start + len(source), "name": source, "entity": eid,
                       "kind": "named"},
            "mode": rng.choice(MODES), "stance": rng.choice(STANCES), "hedged": rng.random() < 0.2, "via": [],
            "quantities": [{"text": fig, "start": fs, "end": fs + len(fig), "value": float(value), "lower": None,
                            "upper": None, "approx": False, "unit": unit, "unit_lemma": unit, "currency": None}],
        })
    body = "".join(text_parts) + "\n" + " ".join(sentences)
    published = (date(2023, 1, 1) + timedelta(days=i // 300)).isoformat()
    article = {"id": content_id(body + str(i)), "url": f"https://{OUTLETS[i % len(OUTLETS)]}/a/{i}",
               "outlet": OUTLETS[i % len(OUTLETS)], "title": " ".join(words[:6]).capitalize(), "section": None,
               "published": published, "authors": [], "agencies": [], "image_credits": [],
               "language": "de" if i % 3 else "en", "text": body, "categories": [], "description": None}
    return {"schema": "quellenlage.analysis/1", "article": article, "entities": entities, "claims": claims}


def generate(store, n: int, seed: int = 7) -> tuple[float, list[str]]:
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    weights = [1.0 / (r + 1) for r in range(len(vocab))]  # Zipf-like: a few very common words
    titles: list[str] = []
    t0 = time.perf_counter()
    for b in range(0, n, BATCH):
        batch = [make_article(i, rng, vocab, weights) for i in range(b, min(n, b + BATCH))]
        titles.extend(a["article"]["title"] for a in batch[:20])
        store.save_documents(batch)
    add_stories(store, rng)
    return time.perf_counter() - t0, titles


def add_stories(store, rng: random.Random) -> None:
    """Stories of STORY_SIZE consecutive articles, one claim group and a disagreement or two each."""
    now = datetime.now(UTC).replace(tzinfo=None)
    with store.session() as s:
        arts = s.execute(select(ArticleRow.pk, ArticleRow.published).order_by(ArticleRow.pk)).all()
        stories = []
        for k in range(0, len(arts), STORY_SIZE):
            members = arts[k:k + STORY_SIZE]
            stories.append({"key": f"story-{k}", "title": f"Story {k}", "first_published": members[0][1],
                            "last_published": members[-1][1], "article_count": len(members),
                            "outlet_count": len(members), "language_count": 2, "languages": ["de", "en"],
                            "disagreement_count": 1, "data": {}, "updated_at": now})
        story_pks = s.execute(insert(StoryRow).returning(StoryRow.pk, sort_by_parameter_order=True),
                              stories).scalars().all()
        s.execute(insert(StoryArticleRow), [{"story_pk": story_pks[k // STORY_SIZE], "article_pk": a[0]}
                                            for k, a in enumerate(arts)])
        groups = [{"story_pk": p, "key": "unit:container", "label": "Container", "data": {}} for p in story_pks]
        group_pks = s.execute(insert(ClaimGroupRow).returning(ClaimGroupRow.pk, sort_by_parameter_order=True),
                              groups).scalars().all()
        claim_rows = s.execute(select(ClaimRow.pk, ClaimRow.article_pk, ClaimRow.source_name)
                               .where(ClaimRow.local_id == "c1").order_by(ClaimRow.article_pk)).all()
        article_story = {a[0]: k // STORY_SIZE for k, a in enumerate(arts)}
        members, dis, points = [], [], []
        by_story: dict[int, list] = {}
        for cpk, apk, src in claim_rows:
            si = article_story[apk]
            by_story.setdefault(si, []).append((cpk, src))
            members.append({"claim_group_pk": group_pks[si], "claim_pk": cpk})
            points.append({"story_pk": story_pks[si], "claim_group_pk": group_pks[si], "claim_pk": cpk,
                           "date": arts[0][1], "source": src, "label": "2,000 Container", "value": 2000.0,
                           "lower": None, "upper": None, "unit": "Container", "data": {}})
        for si, cl in by_story.items():
            if len(cl) >= 2:
                dis.append({"story_pk": story_pks[si], "claim_group_pk": group_pks[si], "kind": "figure",
                            "rule": "exact figures differ", "claim_a_pk": cl[0][0], "claim_b_pk": cl[1][0],
                            "explanation": None, "data": {}})
        s.execute(insert(ClaimGroupMemberRow), members)
        s.execute(insert(DisagreementRow), dis)
        s.execute(insert(TimelinePointRow), points)


def timed(fn, args: list) -> dict[str, float]:
    times = []
    for a in args:
        t0 = time.perf_counter()
        fn(a)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 2), "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
            "max_ms": round(times[-1], 2), "n": len(times)}


def measure(store, titles: list[str], seed: int = 11) -> dict[str, dict[str, float]]:
    rng = random.Random(seed)
    with store.session() as s:
        story_ids = s.scalars(select(StoryRow.pk)).all()
    queries = [" ".join(rng.sample(t.split(), 2)) for t in rng.sample(titles, min(QUERIES, len(titles)))]
    return {
        "story": timed(store.story, rng.sample(story_ids, min(QUERIES, len(story_ids)))),
        "search": timed(store.search, queries),
        "claims --source": timed(lambda src: store.claims(source=src), rng.choices(SOURCES, k=QUERIES)),
        "search --order date": timed(lambda q: store.search(q, order="date"), queries),
        "search --language de": timed(lambda q: store.search(q, language="de"), queries),
        "claims --text": timed(lambda q: store.claims(text=q), queries),
    }


def sizes(store) -> dict[str, float]:
    """MB on disk: the whole store, and its full-text indexes (SQLite: FTS5 tables and the term list; PostgreSQL:
    the GIN indexes and the ``tsv`` columns' share of the table, which cannot be told apart, so the whole table)."""
    mb = 1e6
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            total = conn.execute(text("PRAGMA page_count")).scalar() * conn.execute(text("PRAGMA page_size")).scalar()
            fts = conn.execute(text("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'article_fts%' "
                                    "OR name LIKE 'claim_fts%' OR name = 'search_terms'")).scalar() or 0
            return {"store_mb": round(total / mb, 1), "full_text_mb": round(fts / mb, 1)}
        total = conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
        gin = conn.execute(text("SELECT coalesce(sum(pg_relation_size(c.oid)), 0) FROM pg_class c "
                                "WHERE c.relname IN ('ix_articles_tsv', 'ix_claims_tsv')")).scalar()
        articles = conn.execute(text("SELECT pg_total_relation_size('articles')")).scalar()
        return {"store_mb": round(total / mb, 1), "gin_mb": round(gin / mb, 1), "articles_table_mb": round(articles / mb, 1)}


def stored_titles(store) -> list[str]:
    """The titles ``generate`` picks for queries (first 20 of each batch), read back from a kept store."""
    with store.session() as s:
        rows = s.execute(select(ArticleRow.pk, ArticleRow.title).order_by(ArticleRow.pk)).all()
    return [title for k, (_, title) in enumerate(rows) if k % BATCH < 20]


def run(url: str, n: int, reuse: bool = False) -> dict:
    store = open_store(url)
    with store.engine.connect() as conn:
        filled = conn.execute(select(ArticleRow.pk).limit(1)).first() is not None
    if filled and not reuse:
        raise SystemExit(f"{url}: not empty; the benchmark needs a fresh database (or --reuse)")
    if filled:  # a store this benchmark generated before: measure it again
        gen_s, titles = 0.0, stored_titles(store)
        n = store.counts()["articles"]
    else:
        gen_s, titles = generate(store, n)
    if store.dialect == "postgresql":
        with store.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()
    result = {"backend": store.dialect, "articles": n, "counts": store.counts(), "sizes": sizes(store),
              "generate_s": round(gen_s, 1), "articles_per_s": round(n / gen_s) if gen_s else None, "latency": measure(store, titles)}
    store.close()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="synthetic articles to generate")
    ap.add_argument("--pg", default=os.environ.get("QUELLENLAGE_BENCH_PG_URL"),
                    help="also run against this (empty) PostgreSQL database")
    ap.add_argument("--out", default=str(Path(__file__).parent / "out" / "store.json"))
    ap.add_argument("--db", type=Path, help="SQLite file to keep the store in (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true",
                    help="measure stores this benchmark filled before (--db, --pg) without generating again")
    args = ap.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results.append(run(f"sqlite:///{args.db or Path(tmp) / 'bench.db'}", args.n, args.reuse))
        print(json.dumps(results[-1], indent=1), flush=True)
    if args.pg:
        results.append(run(args.pg, args.n, args.reuse))
        print(json.dumps(results[-1], indent=1), flush=True)
    for r in results:
        for name, lat in r["latency"].items():
            verdict = "ok" if lat["p95_ms"] < 50 else "OVER TARGET"
            print(f"{r['backend']:>10} {name:<16} p50 {lat['p50_ms']:7.2f} ms  p95 {lat['p95_ms']:7.2f} ms  {verdict}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
