"""Latency of the web server under load: p50/p95 of story page, article page and search.

Builds (or reuses) the synthetic store of ``benchmarks/store.py`` (100,000 articles by
default), starts ``quellenlage serve`` on a free loopback port in its own process, and
lets 20 concurrent clients request a mix of pages and API reads for 30 seconds. Every
request is timed on the client, so queueing inside the server counts. Bounded in time
(``--seconds``) and count (``--max-requests``); loopback only.

Targets: p95 < 100 ms for pages, < 50 ms for API reads.

    python benchmarks/serve.py                       # 100,000 articles, 20 clients, 30 s
    python benchmarks/serve.py --db /tmp/bench.db    # reuse (or create and keep) this store
    python benchmarks/serve.py --url postgresql://…  # a PostgreSQL store (filled by benchmarks/store.py --pg)
    python benchmarks/serve.py --n 5000 --seconds 5  # quick look
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from benchmarks.store import add_stories, generate  # noqa: E402
from quellenlage.store import open_store  # noqa: E402

PAGE_TARGET_MS = 100
API_TARGET_MS = 50


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(url: str, n: int, population: int) -> dict[str, list[str]]:
    """Generate the store when it is empty; draw ``population`` story ids, article ids and queries from it."""
    store = open_store(url)
    if store.counts()["articles"] == 0:
        t0 = time.perf_counter()
        _, _titles = generate(store, n)
        print(f"generated {n:,} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    elif store.stories(limit=1).total == 0:  # a generation cut short before its stories were added
        add_stories(store, random.Random(7))
    rng = random.Random(5)
    total_stories = store.stories(limit=1).total
    total_articles = store.articles(limit=1).total
    pages = -(-population // 50)
    stories = list(dict.fromkeys(s.id for off in rng.sample(range(max(1, total_stories - 50)), pages)
                                 for s in store.stories(limit=50, offset=off).items))[:population]
    articles = list({a.id: a for off in rng.sample(range(max(1, total_articles - 50)), pages)
                     for a in store.articles(limit=50, offset=off).items}.values())[:population]
    words = [w for a in articles for w in (a.title or "").split() if len(w) > 3]
    queries = list(dict.fromkeys(" ".join(rng.sample(words, 2)) for _ in range(population)))
    store.close()
    for items in (stories, articles, queries):
        rng.shuffle(items)  # popularity rank independent of size or date
    return {"stories": [str(s) for s in stories], "articles": [a.id for a in articles], "queries": queries}


class Popularity:
    """Draws items with Zipf-like popularity: the item of rank r with weight 1 / r**s (s = 0: uniformly).

    Readers of a news site crowd onto a few stories and searches; s = 1 is the classic
    finding for web requests. How often the server's cache answers depends on this, so
    the benchmark reports the hit rate with every figure, and ``--cache-mb 0`` shows the
    cost of a request the cache cannot answer.
    """

    def __init__(self, ids: dict[str, list[str]], s: float) -> None:
        self.ids = ids
        self.cum = {kind: list(itertools.accumulate(1 / (r ** s) for r in range(1, len(items) + 1)))
                    for kind, items in ids.items()}

    def pick(self, rng: random.Random, kind: str) -> str:
        return rng.choices(self.ids[kind], cum_weights=self.cum[kind])[0]


KINDS = ["page story", "page article", "page search", "api story", "api article", "api search"]


def request_mix(ids: Popularity, rng: random.Random, only: str | None = None) -> tuple[str, str]:
    """One (kind, path): of the kind ``only``, or half pages, half API reads, story/article/search evenly."""
    if only:
        api, kind = only.startswith("api"), only.split()[1]
    else:
        kind = rng.choice(["story", "article", "search"])
        api = rng.random() < 0.5
    prefix = "/api" if api else ""
    if kind == "story":
        path = f"{prefix}/stories/{ids.pick(rng, 'stories')}"
    elif kind == "article":
        path = f"{prefix}/articles/{ids.pick(rng, 'articles')}"
    else:
        path = f"{prefix}/search?q={ids.pick(rng, 'queries')}"
    return ("api " if api else "page ") + kind, path


class Connection:
    """One keep-alive HTTP/1.1 connection speaking just enough of the protocol for GET requests.

    The load generator shares the machine's cores with the server; httpx spends about a
    millisecond of CPU per request, which at several hundred requests a second took a core
    from the server and showed up as server latency. Reading a status line, headers and a
    ``Content-Length`` body off a stream costs a few tens of microseconds.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes, bool]:
        """Status, body, and whether the server answered from its cache (``x-cache: hit``)."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        target = quote(path, safe="/?=&%:")
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split()[1])
        length, chunked, hit = 0, False, False
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding" and b"chunked" in value.lower():
                chunked = True
            elif name == b"x-cache":
                hit = value.strip() == b"hit"
        body = await self._chunked() if chunked else await self.reader.readexactly(length)
        return status, body, hit

    async def _chunked(self) -> bytes:
        parts = []
        while True:
            size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
            parts.append(await self.reader.readexactly(size + 2))
            if size == 0:
                return b"".join(parts)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def load(base: str, ids: Popularity, clients: int, seconds: float,
               max_requests: int, only: str | None = None) -> tuple[dict[str, list[float]], int, int]:
    """Request times (ms) per kind, requests done, errors; each kind's hits counted in ``times[kind + " hits"]``."""
    times: dict[str, list[float]] = {}
    errors = 0
    done = 0
    deadline = time.perf_counter() + seconds
    host, port = base.removeprefix("http://").split(":")

    async def worker(seed: int) -> None:
        nonlocal errors, done
        rng = random.Random(seed)
        conn = Connection(host, int(port))
        try:
            while time.perf_counter() < deadline and done < max_requests:
                kind, path = request_mix(ids, rng, only)
                t0 = time.perf_counter()
                status, _body, hit = await conn.get(path)
                elapsed = (time.perf_counter() - t0) * 1000
                done += 1
                if status != 200:
                    errors += 1
                    continue
                times.setdefault(kind, []).append(elapsed)
                if hit:
                    times.setdefault(kind + " hits", []).append(elapsed)
        finally:
            conn.close()

    await asyncio.gather(*(worker(i) for i in range(clients)))
    return times, done, errors


def summary(ms: list[float]) -> dict[str, float]:
    ms = sorted(ms)
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 1),
            "p95_ms": round(ms[max(0, int(len(ms) * 0.95) - 1)], 1), "max_ms": round(ms[-1], 1)}


@dataclass
class Setup:
    """How the server runs and how hard it is driven."""

    clients: int = 20
    seconds: float = 30
    max_requests: int = 200_000
    workers: int = 1
    threads: int = 4
    cache_mb: int = 64
    phased: bool = True  # each kind alone for its share of the time, so one slow kind cannot hide another's speed
    population: int = 2000  # distinct stories, articles and queries requested
    zipf: float = 1.0  # popularity skew of the requests (0: uniform)
    kinds: tuple[str, ...] = tuple(KINDS)  # the kinds requested (phased: each alone for its share of the time)


def start_server(url: str, setup: Setup) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH"), str(ROOT)]))}
    env.pop("QUELLENLAGE_TOKEN", None)
    server = subprocess.Popen([sys.executable, "-m", "quellenlage", "serve", "--db", url,
                               "--host", "127.0.0.1", "--port", str(port), "--workers", str(setup.workers),
                               "--threads", str(setup.threads), "--cache-mb", str(setup.cache_mb)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(base + "/api/stories?limit=1", timeout=1)
            return server, base
        except httpx.HTTPError:
            if server.poll() is not None:
                raise SystemExit("server did not start: " + server.stderr.read().decode()[-500:]) from None
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("server did not answer within 30 s")


def run(url: str, n: int, setup: Setup) -> dict:
    ids = Popularity(prepare(url, n, setup.population), setup.zipf)
    server, base = start_server(url, setup)
    try:
        asyncio.run(load(base, ids, setup.clients, 2, 200))  # warm-up: connections, threads, first cache entries
        t0 = time.perf_counter()
        if setup.phased:
            times, done, errors = {}, 0, 0
            for kind in setup.kinds:
                t, d, e = asyncio.run(load(base, ids, setup.clients, setup.seconds / len(setup.kinds),
                                           setup.max_requests // len(setup.kinds), kind))
                times.update(t)
                done, errors = done + d, errors + e
        else:
            times, done, errors = asyncio.run(load(base, ids, setup.clients, setup.seconds, setup.max_requests))
        wall = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(10)
    latency = {}
    for kind in KINDS:
        if kind in times:
            latency[kind] = {**summary(times[kind]),
                             "cache_hit_rate": round(len(times.get(kind + " hits", [])) / len(times[kind]), 3)}
    return {"store": url.split("://")[0], "articles": n, **asdict(setup), "seconds": round(wall, 1),
            "mode": "phased" if setup.phased else "mixed", "load_average": os.getloadavg()[0],
            "cpus": os.cpu_count(), "requests": done, "errors": errors, "requests_per_s": round(done / wall, 1),
            "latency": latency}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="synthetic articles (when the store is new)")
    ap.add_argument("--db", type=Path, help="SQLite file to reuse or create (default: a temporary one)")
    ap.add_argument("--url", help="any store URL instead of --db (e.g. postgresql://…), reused or filled")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--max-requests", type=int, default=200_000)
    ap.add_argument("--workers", type=int, default=1, help="server worker processes")
    ap.add_argument("--threads", type=int, default=4, help="requests a worker processes at once")
    ap.add_argument("--cache-mb", type=int, default=64, help="answer cache per worker (0: every request cold)")
    ap.add_argument("--population", type=int, default=2000, help="distinct stories, articles and queries asked for")
    ap.add_argument("--zipf", type=float, default=1.0, help="popularity skew of the requests (0: uniform)")
    ap.add_argument("--mixed", action="store_true",
                    help="all kinds at once (default: each kind alone for a sixth of the time)")
    ap.add_argument("--kinds", default=",".join(KINDS),
                    help="comma-separated kinds to request, e.g. 'page search,api search' (phased mode)")
    ap.add_argument("--out", default=str(Path(__file__).parent / "out" / "serve.json"))
    args = ap.parse_args()
    kinds = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
    if not kinds or set(kinds) - set(KINDS):
        ap.error(f"--kinds: each of {', '.join(KINDS)}")
    setup = Setup(clients=args.clients, seconds=args.seconds, max_requests=args.max_requests, workers=args.workers,
                  threads=args.threads, cache_mb=args.cache_mb, phased=not args.mixed, population=args.population,
                  zipf=args.zipf, kinds=kinds)
    if args.url or args.db:
        result = run(args.url or f"sqlite:///{args.db}", args.n, setup)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = run(f"sqlite:///{Path(tmp) / 'bench.db'}", args.n, setup)
    print(json.dumps(result, indent=1))
    for kind, lat in result["latency"].items():
        target = API_TARGET_MS if kind.startswith("api") else PAGE_TARGET_MS
        verdict = "ok" if lat["p95_ms"] < target else f"OVER TARGET ({target} ms)"
        print(f"{kind:<14} p50 {lat['p50_ms']:7.1f} ms  p95 {lat['p95_ms']:7.1f} ms  n {lat['n']:6d}  "
              f"hits {lat['cache_hit_rate']:6.1%}  {verdict}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
