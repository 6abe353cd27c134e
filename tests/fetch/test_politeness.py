"""Per host one request at a time with the delay between; different hosts in parallel; Crawl-delay."""

from __future__ import annotations

from quellenlage.fetch import Fetcher
from quellenlage.fetch.crawl import Crawl, Job

from .server import page


def _gaps(site, path_prefix="/p"):
    times = sorted(h.at for h in site.log if h.path.startswith(path_prefix))
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def test_one_host_one_request_at_a_time_with_the_delay(site, config):
    config.delay = 0.2
    for i in range(4):
        site.add(f"/p{i}", page(f"T{i}", "S."))
    with Fetcher(config) as f:
        results = list(Crawl(f).run(Job(site.url(f"/p{i}"), "page") for i in range(4)))
    assert all(got.ok for _job, got in results)
    assert site.max_in_flight == 1
    assert all(gap >= 0.19 for gap in _gaps(site))  # a lower bound the fetcher guarantees, not a speed


def test_hosts_are_fetched_in_parallel(sites, config):
    a, b = sites(), sites()
    for s in (a, b):
        s.latency = 0.3
        for i in range(2):
            s.add(f"/p{i}", page(f"T{i}", "S."))
    jobs = [Job(s.url(f"/p{i}"), "page") for i in range(2) for s in (a, b)]
    with Fetcher(config) as f:
        list(Crawl(f).run(jobs))
    assert a.max_in_flight == 1 and b.max_in_flight == 1
    first_a = min(h.at for h in a.log if h.path == "/p0")
    first_b = min(h.at for h in b.log if h.path == "/p0")
    assert abs(first_a - first_b) < 0.25  # b's first request did not wait for a's 0.3 s answer


def test_robots_crawl_delay_raises_the_delay(site, config):
    site.add("/robots.txt", "User-agent: *\nCrawl-delay: 0.3\n", ctype="text/plain")
    for i in range(3):
        site.add(f"/p{i}", page(f"T{i}", "S."))
    with Fetcher(config) as f:
        list(Crawl(f).run(Job(site.url(f"/p{i}"), "page") for i in range(3)))
    assert all(gap >= 0.29 for gap in _gaps(site))


def test_stop_ends_the_crawl_after_the_requests_in_flight(site, config):
    for i in range(20):
        site.add(f"/p{i}", page(f"T{i}", "S."))
    with Fetcher(config) as f:
        done = []
        for _job, got in Crawl(f).run(Job(site.url(f"/p{i}"), "page") for i in range(20)):
            done.append(got)
            if len(done) == 2:
                f.stop()
    assert 2 <= len(done) < 20
    assert len([p for p in site.paths() if p.startswith("/p")]) == len([g for g in done if g.ok])
