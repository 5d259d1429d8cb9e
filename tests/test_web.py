"""Web pages rendered by the app (HTML checked as text); the real-browser tests are in test_web_browser.py."""

from __future__ import annotations

import re

import pytest

import storedocs
from propos.interfaces.api import create_app
from propos.interfaces.api.config import ApiSettings
from storedocs import TestClient, hostile_article, minister_article, second_article, turnabout_article

sqlite_store = storedocs.sqlite_store


@pytest.fixture
def client(sqlite_store):
    for doc in (minister_article(), second_article(), hostile_article()):
        sqlite_store.save(doc)
    with TestClient(create_app(sqlite_store, settings=ApiSettings())) as c:
        yield c


def _pk(client, article_id: str) -> int:
    items = client.get("/api/articles", params={"limit": 50}).json()["items"]
    return next(a["pk"] for a in items if a["id"] == article_id)


def test_home_lists_recent_articles_and_most_quoted_actors(client):
    html = client.get("/").text
    assert "La ministre défend son budget" in html
    assert html.index("Claire Dubois") < html.index("Paul Martin")
    assert 'href="/issues/reforme-budget"' in html


def test_article_page_highlights_quotes_linked_to_speakers_and_marks_dates(client):
    html = client.get(f"/articles/{_pk(client, 'ministre')}").text
    assert re.search(r'<mark class="quote q-direct" data-quote="q1" id="q1">Les entraîneurs seront payés dès '
                     r'<time class="date" datetime="2024-06-10"[^>]*>lundi</time>', html)
    assert '<a class="label" href="/actors/claire-dubois">Claire Dubois</a></mark>' in html
    assert '<a class="speaker-mention" href="/actors/claire-dubois">Claire Dubois</a>' in html
    assert '<time class="date" datetime="2024-06-04" title="date 2024-06-04">mardi</time>' in html


def test_article_text_is_shown_whole_and_in_order(client):
    html = client.get(f"/articles/{_pk(client, 'ministre')}").text
    body = re.search(r'<div class="text">(.*?)</div>', html, re.S).group(1)
    shown = re.sub(r"<a class=\"label\"[^>]*>.*?</a>", "", body)
    shown = re.sub(r"<[^>]+>", "", shown).replace("&#39;", "'").replace("&#34;", '"')
    assert shown == minister_article().text


def test_markup_and_script_in_articles_are_escaped_everywhere(client):
    pk = _pk(client, "hostile")
    pages = [client.get(p).text for p in ("/", f"/articles/{pk}", "/actors/zoe-leroy", "/search?q=bien")]
    for html in pages:
        assert "<script>window" not in html and "<img src=x" not in html and "<i>Leroy" not in html
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in pages[1]
    assert "&lt;img src=x onerror=" in pages[1]


def test_search_page_filters(client):
    html = client.get("/search", params={"q": "entraineurs"}).text
    assert "1 citation(s)" in html and "Les entraîneurs seront payés" in html
    html = client.get("/search", params={"speaker": "dubois", "from": "2024-07-01", "to": "not a date"}).text
    assert "1 citation(s)" in html and "le sport doit rester gratuit" in html


def test_actor_page_has_chart_roles_aliases_and_stances(client):
    html = client.get("/actors/claire-dubois").text
    assert html.count("<rect ") == 2  # June and July
    assert "<title>2024-06 : 1</title>" in html
    assert "ministre des Sports" in html and "Mme Dubois" in html
    assert 'class="stance-support"' in html


def test_issue_page_shows_both_sides_with_evidence(client):
    html = client.get("/issues/reforme-budget").text
    support, oppose = html.index("Pour (1)"), html.index("Contre (1)")
    assert html.index("Claire Dubois", support) < oppose
    assert html.index("Ce budget est une erreur.", oppose)


def test_issue_page_shows_positions_over_time_and_changes(client, sqlite_store):
    html = client.get("/issues/reforme-budget").text
    assert "Évolution des positions" in html and "Aucun changement de position daté." in html
    sqlite_store.save(turnabout_article())
    html = client.get("/issues/reforme-budget").text
    seen = _visible(html)
    changes = seen.index("Changements de position (1)")
    assert seen.index("Évolution des positions") < changes
    assert "Paul Martin : contre → pour" in seen[changes:]
    # both dated pieces of evidence, each linked to its article
    assert re.search(r"Avant · 2024-06-04 · contre dans La ministre défend son budget « Ce budget est une erreur. »",
                     seen[changes:])
    assert "Après · 2024-07-20 · pour dans Paul Martin change d'avis « Cette réforme du budget" in seen[changes:]
    after = html[html.index("Changements de position"):]
    for article_id in ("ministre", "revirement"):
        assert f'href="/articles/{_pk(client, article_id)}"' in after


def test_actor_page_shows_its_changes_of_position(client, sqlite_store):
    assert "Changements de position" not in client.get("/actors/paul-martin").text
    sqlite_store.save(turnabout_article())
    seen = _visible(client.get("/actors/paul-martin").text)
    changes = seen[seen.index("Changements de position (1)"):]
    assert changes.startswith("Changements de position (1) Sur la réforme du budget : contre → pour")
    assert "« Ce budget est une erreur. »" in changes and "« Cette réforme du budget est finalement" in changes
    assert "Changements de position" not in client.get("/actors/claire-dubois").text


@pytest.mark.parametrize("path", ["/issues/reforme-budget", "/actors/paul-martin"])
def test_changes_show_no_english_codes(client, sqlite_store, path):
    sqlite_store.save(turnabout_article())
    seen = _visible(client.get(path).text)
    assert "Changements de position (1)" in seen
    for code in ("support", "oppose", "neutral", "mixed", "direct", "DISAPPROVE"):
        assert not re.search(rf"(?<![\w'’]){code}\b", seen), (path, code)


def test_both_positions_in_one_article_are_marked_and_no_change(client, sqlite_store):
    sqlite_store.save(turnabout_article(("oppose", 0.6), ("support", 0.9)))
    seen = _visible(client.get("/issues/reforme-budget").text)
    assert "2024-07-20 pour · Paul Martin change d'avis (pour et contre dans le même article)" in seen
    assert "Changements de position (0)" in seen and "Aucun changement de position daté." in seen


@pytest.mark.parametrize("path", ["/articles/999", "/articles/0", "/actors/nobody", "/issues/nothing"])
def test_unknown_things_are_404_pages(client, path):
    response = client.get(path)
    assert response.status_code == 404 and "Introuvable" in response.text


def test_static_files_are_bundled_and_pages_load_nothing_remote(client):
    assert client.get("/static/style.css").status_code == 200
    for path in ("/", "/search?q=budget", "/actors/claire-dubois", f"/articles/{_pk(client, 'ministre')}"):
        assert not re.search(r'(src|href)="(https?:)?//', client.get(path).text.replace(
            'href="https://www.example.fr', "")), path


def _visible(html: str) -> str:
    """The text a reader sees: no tags, no attributes, no style or script."""
    html = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#39;", "'")


def test_quotations_are_shown_as_what_they_are(client):
    html = client.get("/search").text
    seen = _visible(html)
    # a direct quotation between its marks, once; reported speech without marks, its kind named in French
    assert "« Les entraîneurs seront payés dès lundi »" in seen and "« «" not in seen and "» »" not in seen
    assert "le sport doit rester gratuit" in seen and "« le sport doit rester gratuit" not in seen
    assert "citation directe" in seen and "citation mixte" in seen
    assert '<p class="reported q-mixed">' in html


@pytest.mark.parametrize("path", ["/", "/search", "/search?q=budget", "/actors/claire-dubois", "/issues/reforme-budget",
                                  "ARTICLE"])
def test_pages_show_no_english_codes(client, path):
    if path == "ARTICLE":
        path = f"/articles/{_pk(client, 'ministre')}"
    seen = _visible(client.get(path).text)
    for code in ("support", "oppose", "neutral", "free_indirect", "mixed", "direct", "PER", "DATE"):  # « indirect » is French
        assert not re.search(rf"(?<![\w'’]){code}\b", seen), (path, code)


def test_favicon_and_api_docs_are_served_here(client):
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
    assert '<link rel="icon" href="/static/favicon.svg"' in client.get("/").text
    redoc = client.get("/redoc").text
    assert "cdn" not in redoc and "fonts.googleapis" not in redoc
    script = client.get(re.search(r'<script src="([^"]+)"', redoc).group(1))
    assert script.status_code == 200 and len(script.content) > 100_000
    assert b"cdn.redoc.ly" not in script.content and b"https://cdn" not in script.content
