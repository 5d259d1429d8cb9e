"""The web page in a real browser: Playwright driving Debian's Chromium (never `playwright install`).

Screenshots of the main pages are decoded by the browser itself (canvas) and checked for what they must show:
the highlight colour of quotations, the date marks, the chart bars. They are kept in PROPOS_SCREENSHOTS when
set (CI artifacts; a person can look at them). Skips without Chromium unless PROPOS_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import base64
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from propos.interfaces.api import create_app
from propos.interfaces.api.config import ApiSettings
from propos.store import Store
from storedocs import hostile_article, minister_article, second_article, soldiers_article, turnabout_article

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("PROPOS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
QUOTE_YELLOW, DATE_GREEN, ACCENT_BLUE, HEADER_INK = (255, 241, 184), (217, 242, 230), (47, 91, 211), (29, 35, 48)

COUNT_COLOURS = """async ([b64, colours]) => {
  const img = new Image(); img.src = 'data:image/png;base64,' + b64; await img.decode();
  const canvas = document.createElement('canvas'); canvas.width = img.width; canvas.height = img.height;
  const ctx = canvas.getContext('2d'); ctx.drawImage(img, 0, 0);
  const d = ctx.getImageData(0, 0, img.width, img.height).data;
  const counts = colours.map(() => 0);
  for (let i = 0; i < d.length; i += 4)
    colours.forEach((c, j) => { if (Math.abs(d[i] - c[0]) <= 4 && Math.abs(d[i + 1] - c[1]) <= 4
                                    && Math.abs(d[i + 2] - c[2]) <= 4) counts[j]++; });
  return counts;
}"""


def _chromium() -> str:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        if os.environ.get("PROPOS_REQUIRE_BROWSER") == "1":
            pytest.fail(f"Chromium is required (PROPOS_REQUIRE_BROWSER=1) but {CHROMIUM} is missing")
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    return CHROMIUM


# one quotation each: Claire Dubois stays the most quoted
SOLDIER_HOLDERS = [("joe-biden", "Joe Biden"), ("kamala-harris", "Kamala Harris"), ("lloyd-austin", "Lloyd Austin")]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    import uvicorn

    store = Store.open(tmp_path_factory.mktemp("web") / "propos.sqlite")
    soldiers = [soldiers_article(n, holder=h) for n, h in enumerate(SOLDIER_HOLDERS)]
    for doc in (minister_article(), second_article(), hostile_article(), turnabout_article(), *soldiers):
        store.save(doc)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store, settings=ApiSettings()), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


def _shot(page, name: str, tmp_path: Path) -> list[int]:
    """Take a full-page screenshot, keep it, and count pixels of the colours the checks look for."""
    png = page.screenshot(full_page=True)
    keep = Path(os.environ.get("PROPOS_SCREENSHOTS") or tmp_path)
    keep.mkdir(parents=True, exist_ok=True)
    (keep / f"{name}.png").write_bytes(png)
    counter = page.context.new_page()
    try:
        return counter.evaluate(COUNT_COLOURS, [base64.b64encode(png).decode(),
                                                [QUOTE_YELLOW, DATE_GREEN, ACCENT_BLUE, HEADER_INK]])
    finally:
        counter.close()


def _article_pk(page, base_url: str, article_id: str) -> int:
    page.goto(f"{base_url}/api/articles?limit=50")
    items = page.evaluate("() => JSON.parse(document.body.innerText).items")
    return next(a["pk"] for a in items if a["id"] == article_id)


def test_home_page(page, base_url, tmp_path):
    page.goto(base_url)
    assert page.get_by_role("link", name="La ministre défend son budget").is_visible()
    actors = page.locator("ol.actors li").all_inner_texts()
    assert actors[0].startswith("Claire Dubois") and "2 citation(s)" in actors[0]
    _yellow, _green, _blue, ink = _shot(page, "home", tmp_path)
    assert ink > 20_000  # the dark header band is drawn


def test_article_page_shows_highlighted_quotes_linked_to_speakers(page, base_url, tmp_path):
    page.goto(f"{base_url}/articles/{_article_pk(page, base_url, 'ministre')}")
    quote = page.locator("mark#q1")
    assert quote.is_visible()
    assert "Les entraîneurs seront payés dès lundi" in quote.inner_text()
    assert page.locator(".text time.date").first.get_attribute("datetime") == "2024-06-10"
    yellow, green, _blue, _ink = _shot(page, "article", tmp_path)
    assert yellow > 2_000, "quotations are not highlighted"
    assert green > 200, "dates are not marked"
    quote.locator("a.label").click()
    page.wait_for_url("**/actors/claire-dubois")
    assert page.locator("h1").inner_text().startswith("Claire Dubois")


def test_actor_page_draws_the_chart(page, base_url, tmp_path):
    page.goto(f"{base_url}/actors/claire-dubois")
    bars = page.locator("svg.chart rect")
    assert bars.count() == 2
    assert all(bars.nth(i).bounding_box()["height"] > 50 for i in range(2))
    _yellow, _green, blue, _ink = _shot(page, "actor", tmp_path)
    assert blue > 5_000, "the chart bars are not drawn"


def test_issue_page_shows_sides(page, base_url, tmp_path):
    page.goto(f"{base_url}/issues/reforme-budget")
    assert "Claire Dubois" in page.locator("section.side.support").inner_text()
    oppose = page.locator("section.side.oppose").inner_text()
    assert "Paul Martin" in oppose and "Ce budget est une erreur." in oppose
    _shot(page, "issue", tmp_path)


def test_issue_page_lists_its_wordings(page, base_url, tmp_path):
    page.goto(f"{base_url}/issues/americain+soldat+ukraine")
    assert page.locator("h1").inner_text() == "envoi de soldats"
    assert page.locator("p.wordings .wording").all_inner_texts() == [
        "envoi de soldats", "envoi de soldats américains", "envoi de soldats américains en Ukraine"]
    oppose = page.locator("section.side.oppose").inner_text()
    assert all(name in oppose for _, name in SOLDIER_HOLDERS)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 1200
    _shot(page, "issue-wordings", tmp_path)
    page.goto(base_url)
    issues = page.locator("ul.issues li").all_inner_texts()
    assert [i for i in issues if "soldats" in i] == ["envoi de soldats 3 position(s) · 3 formulations"]


def _change_sides(page) -> list[dict]:
    sides = page.locator("li.change .change-side")
    assert sides.count() == 2
    return [sides.nth(i).bounding_box() for i in range(2)]


@pytest.mark.parametrize("path", ["/issues/reforme-budget", "/actors/paul-martin"])
def test_changes_of_position_are_shown_with_both_evidences(page, base_url, path, tmp_path):
    page.goto(base_url + path)
    section = page.locator("section.changes-section")
    assert section.is_visible()
    assert section.locator("h2").inner_text() == "Changements de position (1)"
    change = section.locator("li.change")
    assert "contre → pour" in change.locator(".change-title").inner_text()
    before, after = change.locator(".change-side").all_inner_texts()
    assert "2024-06-04" in before and "Ce budget est une erreur." in before
    assert "2024-07-20" in after and "Cette réforme du budget est finalement une bonne idée" in after
    (left, right) = _change_sides(page)
    assert right["x"] > left["x"] + left["width"] - 1 and abs(right["y"] - left["y"]) < 2, "before and after side by side"
    _shot(page, "changes-" + path.split("/")[1], tmp_path)
    change.locator(".change-side a.article").nth(1).click()
    page.wait_for_url("**/articles/*")
    assert page.locator("h1").inner_text() == "Paul Martin change d'avis"


def test_issue_page_shows_positions_over_time(page, base_url):
    page.goto(f"{base_url}/issues/reforme-budget")
    timeline = page.locator("section.timeline")
    assert timeline.locator("h2").inner_text() == "Évolution des positions"
    paul = timeline.locator("ul.holders-time > li", has_text="Paul Martin")
    assert [t.split(" ")[:2] for t in paul.locator("ol.positions li").all_inner_texts()] == [
        ["2024-06-04", "contre"], ["2024-07-20", "pour"]]


def test_search_form_filters(page, base_url, tmp_path):
    page.goto(f"{base_url}/search")
    page.fill("form.filters input[name=q]", "entraineurs")
    page.click("form.filters button")
    page.wait_for_url("**/search?q=entraineurs*")
    assert page.locator("p.count").inner_text() == "1 citation(s)"
    assert page.locator("li.quote-item a.speaker").inner_text() == "Claire Dubois"
    _shot(page, "search", tmp_path)


def test_markup_in_an_article_is_shown_as_text_and_never_run(page, base_url, tmp_path):
    page.goto(f"{base_url}/articles/{_article_pk(page, base_url, 'hostile')}")
    assert page.evaluate("() => window.pwned") is None
    assert page.locator("h1").inner_text() == "Le <b>piège</b> du <script>window.pwned = 1</script> titre"
    assert page.locator("article img, article script, article b").count() == 0
    assert '<img src=x onerror="window.pwned=2">' in page.locator("mark#q1").inner_text()
    page.goto(f"{base_url}/actors/zoe-leroy")
    assert page.locator("h1").inner_text().startswith("Zoé <i>Leroy</i>")
    assert page.evaluate("() => window.pwned") is None
    _shot(page, "hostile", tmp_path)


def _refuse_outside(page, base_url: str) -> list[str]:
    """Abort every request that leaves this server; the list fills with their addresses."""
    outside: list[str] = []

    def only_this_server(route):
        if route.request.url.startswith((base_url, "data:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_this_server)
    return outside


def test_api_docs_render_without_reaching_outside(page, base_url):
    outside = _refuse_outside(page, base_url)
    page.goto(f"{base_url}/docs")
    page.locator(".opblock-summary-path").first.wait_for(timeout=15_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/search" in p for p in paths)
    assert outside == []


def test_redoc_renders_without_reaching_outside(page, base_url):
    outside = _refuse_outside(page, base_url)
    page.goto(f"{base_url}/redoc")
    page.locator("h1").first.wait_for(timeout=30_000)
    page.locator("img").first.wait_for(state="attached", timeout=10_000)  # ReDoc's own logo, now served here
    page.wait_for_load_state("networkidle")
    assert "propos" in page.locator("h1").first.inner_text()
    assert outside == []


PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("path", ["/", "/search?q=budget", "ARTICLE", "/actors/claire-dubois", "/issues/reforme-budget",
                                  "/actors/paul-martin", "/issues/americain+soldat"])
def test_pages_fit_a_phone_screen(browser, base_url, path, tmp_path):
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True)
    phone = context.new_page()
    try:
        if path == "ARTICLE":
            path = f"/articles/{_article_pk(phone, base_url, 'ministre')}"
        phone.goto(base_url + path)
        width = phone.evaluate("() => document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} is {width}px wide on a {PHONE['width']}px screen"
        button = phone.locator("header form.quick button").bounding_box()
        assert button["x"] >= 0 and button["x"] + button["width"] <= PHONE["width"], "the search button is cut off"
        name = "phone-" + (path.strip("/").replace("/", "-").split("?")[0] or "home")
        _shot(phone, name, tmp_path)
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/issues/reforme-budget", "/actors/paul-martin"])
def test_changes_stack_on_a_phone_screen(browser, base_url, path):
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True)
    phone = context.new_page()
    try:
        phone.goto(base_url + path)
        (above, below) = _change_sides(phone)
        assert below["y"] >= above["y"] + above["height"] - 1, "before and after are stacked"
        for box in (above, below):
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    finally:
        context.close()


def test_speaker_badges_stay_on_one_line(browser, base_url):
    context = browser.new_context(viewport=PHONE, device_scale_factor=1)
    phone = context.new_page()
    try:
        phone.goto(f"{base_url}/articles/{_article_pk(phone, base_url, 'ministre')}")
        badges = phone.locator("mark a.label")
        assert badges.count() >= 1
        for i in range(badges.count()):
            # a long name, as real speakers have, placed where the line is already partly filled
            height, line = phone.evaluate(
                "(el) => { el.textContent = 'Jean-Baptiste de La Rochefoucauld-Montbel Ier';"
                " const box = el.getBoundingClientRect(); return [box.height, parseFloat(getComputedStyle(el)"
                ".lineHeight)]; }", badges.nth(i).element_handle())
            assert height <= line + 8, f"a speaker badge wraps over two lines ({height}px for a {line}px line)"
    finally:
        context.close()
