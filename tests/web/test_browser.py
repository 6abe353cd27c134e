"""The pages in a real browser: Chromium from Debian's packages, driven by Playwright.

Playwright's own browser download cannot work offline, so the system Chromium is
used (``apt-get install chromium``; another binary via ``QUELLENLAGE_CHROMIUM``).
Skipped with the reason when no Chromium or no Playwright is found. Set
``QUELLENLAGE_SCREENSHOTS=docs`` to refresh the README's screenshots.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("QUELLENLAGE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(built):
    uvicorn = pytest.importorskip("uvicorn")
    from quellenlage.api import create_app

    store, _ = built
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store=store, token=""), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM or not Path(CHROMIUM).exists():
        pytest.skip("browser tests: no Chromium found (apt-get install chromium, or set QUELLENLAGE_CHROMIUM)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests: playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    yield pg
    context.close()


def shoot(pg, name: str) -> None:
    target = os.environ.get("QUELLENLAGE_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(Path(target) / f"{name}.png"), full_page=True)


def test_search_story_article_journey(page, base_url, ids):
    page.goto(base_url + "/")
    assert "2 disagreements" in page.locator(".story-card").first.inner_text()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.type") == "search"
    page.keyboard.type("Sandholm")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator(".hit").count() >= 3
    assert page.locator(".snippet mark").count() >= 1
    shoot(page, "search")

    page.goto(base_url + "/")
    page.locator(".story-card a").first.click()
    page.wait_for_url(f"**/stories/{ids['story']}")
    rows = page.locator("table.sources tr.source-row")
    assert rows.count() == 7
    assert "Reederei Falk" in rows.first.inner_text()
    points = page.locator("svg.timeline .tl-point")
    assert points.count() == 4
    assert points.first.bounding_box()["width"] > 0  # drawn, not just present
    assert page.locator(".dis").count() == 2
    page.locator("details.copies summary").first.click()
    assert page.locator("details.copies[open] a").first.is_visible()
    shoot(page, "story")

    page.locator("table.sources a", has_text="Küstenzeitung").first.click()
    page.wait_for_url(f"**/articles/{ids['ngo']}")
    marks = page.locator("mark.claim")
    assert marks.count() == 3
    deny = page.locator("mark.claim.stance-deny")
    assert deny.count() == 1
    colours = {m.evaluate("el => getComputedStyle(el).backgroundColor") for m in marks.all()}
    assert len(colours) == 2  # asserted and denied claims look different
    page.locator("mark.claim").first.focus()
    assert page.locator(".note.is-lit").count() == 1  # the side list follows the keyboard
    shoot(page, "article")


def test_hedged_claim_has_a_dashed_underline(page, base_url, ids):
    page.goto(f"{base_url}/articles/{ids['english']}")
    style = page.locator("mark.claim.is-hedged").first.evaluate("el => getComputedStyle(el).borderBottomStyle")
    assert style == "dashed"


def test_hostile_markup_renders_as_text_and_runs_nothing(page, base_url, ids):
    page.goto(f"{base_url}/articles/{ids['hostile']}")
    assert "<script>alert(1)</script>" in page.locator("h1").inner_text()
    assert "<script>alert(1)</script>" in page.locator("mark.claim").first.inner_text()
    assert "<script>alert(1)</script>" in page.locator(".note .source").first.inner_text()
    for loc in ("h1", "mark.claim", ".note .source", ".article-text"):
        page.locator(loc).first.hover()
    page.goto(f"{base_url}/sources/" + page.locator(".note .source").first.get_attribute("href").split("/")[-1])
    page.locator(".claim-text").first.hover()
    page.wait_for_timeout(200)
    assert page.dialogs == []
    assert page.evaluate("document.querySelectorAll('[onmouseover]').length") == 0


def test_story_page_works_on_a_phone(browser, base_url, ids):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    pg = context.new_page()
    pg.goto(f"{base_url}/stories/{ids['story']}")
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= 390  # nothing forces sideways scrolling
    assert pg.locator("svg.timeline .tl-point").count() == 4
    context.close()


def test_claims_tab_of_the_search_page(page, base_url, ids):
    page.goto(base_url + "/search?q=Tank")
    page.locator(".search-tabs a", has_text="Claims").click()
    page.wait_for_url("**/search?q=Tank&tab=claims")
    items = page.locator(".claim-list .claim-item")
    assert items.count() == 2
    assert {items.nth(i).locator(".source").inner_text() for i in range(2)} == {"Küstenwache", "Reederei Falk"}
    page.locator(".search-filters summary").click()
    page.locator("select[name=stance]").select_option("deny")
    page.locator(".search-filters button").click()
    page.wait_for_url("**stance=deny**")
    assert items.count() == 1
    only = items.first
    assert only.locator(".source").inner_text() == "Reederei Falk"
    assert "stance-deny" in only.locator(".stance").get_attribute("class")
    shoot(page, "search-claims")
    only.locator("a.claim-story").click()
    page.wait_for_url(f"**/stories/{ids['story']}")
