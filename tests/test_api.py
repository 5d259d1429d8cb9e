"""REST API over a store filled with hand-made documents: reads, filters, pagination, errors, the write endpoint."""

from __future__ import annotations

import re

import pytest

import storedocs
from propos.interfaces.api import create_app
from propos.interfaces.api.config import ApiSettings
from storedocs import TestClient, minister_article, second_article, turnabout_article

store = storedocs.store

TOKEN = "s3cret-token"


@pytest.fixture
def client(store):
    store.save(minister_article())
    store.save(second_article())
    with TestClient(create_app(store, settings=ApiSettings(token=TOKEN, max_body=20_000))) as c:
        yield c


def test_articles_are_listed_newest_first_and_paginated(client):
    page = client.get("/api/articles", params={"limit": 1}).json()
    assert page["total"] == 2 and [a["id"] for a in page["items"]] == ["juillet"]
    page = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert [a["id"] for a in page["items"]] == ["ministre"]
    assert page["items"][0]["quotes"] == 2


def test_article_is_the_whole_analysis_document(client):
    pk = client.get("/api/articles", params={"source": "example.fr"}).json()["items"][0]["pk"]
    doc = client.get(f"/api/articles/{pk}").json()
    assert doc == minister_article().model_dump(mode="json")
    assert client.get("/api/articles/999999").status_code == 404


def test_quotes_filters_and_search(client):
    assert client.get("/api/quotes", params={"speaker": "claire-dubois", "date_from": "2024-07-01"}).json()["total"] == 1
    hits = client.get("/api/search", params={"q": "entraineurs"}).json()
    assert [h["speaker_name"] for h in hits["items"]] == ["Claire Dubois"]
    assert hits["items"][0]["article_title"] == "La ministre défend son budget"
    assert client.get("/api/search").status_code == 422
    assert client.get("/api/quotes", params={"date_from": "juin"}).status_code == 422
    assert client.get("/api/quotes", params={"type": "shouted"}).status_code == 422
    assert client.get("/api/quotes", params={"limit": 0}).status_code == 422


def test_actors_events_stances_issues_stats(client):
    actors = client.get("/api/actors").json()
    assert actors["items"][0]["id"] == "claire-dubois" and actors["items"][0]["quotes"] == 2
    detail = client.get("/api/actors/claire-dubois").json()
    assert [m["month"] for m in detail["timeline"]] == ["2024-06", "2024-07"]
    assert client.get("/api/actors/nobody").status_code == 404
    assert client.get("/api/events", params={"type": "DISAPPROVE"}).json()["total"] == 1
    assert client.get("/api/stances", params={"stance": "support"}).json()["items"][0]["holder_name"] == "Claire Dubois"
    assert client.get("/api/issues").json()[0]["issue_key"] == "reforme-budget"
    issue = client.get("/api/issues/reforme-budget").json()
    assert [s["holder_name"] for s in issue["oppose"]] == ["Paul Martin"]
    stats = client.get("/api/stats").json()
    assert (stats["articles"], stats["quotes"], stats["actors"]) == (2, 3, 2)


def test_issue_and_actor_show_changes_of_position_with_both_evidences(client, store):
    store.save(turnabout_article())
    issue = client.get("/api/issues/reforme-budget").json()
    assert [s["holder_name"] for s in issue["oppose"]] == ["Paul Martin"]  # the sides stay as they were
    [change] = issue["changes"]
    assert (change["holder_id"], change["issue_key"]) == ("paul-martin", "reforme-budget")
    before, after = change["before"], change["after"]
    assert (before["stance"], before["date"], after["stance"], after["date"]) == (
        "oppose", "2024-06-04", "support", "2024-07-20")
    assert [e.get("content", {}).get("text") for e in before["evidence"]] == ["Ce budget est une erreur.", None]
    assert [e["content"]["text"] for e in after["evidence"]] == ["Cette réforme du budget est finalement une bonne idée"]
    assert client.get(f"/api/articles/{after['article_pk']}").json()["id"] == "revirement"
    paul = next(t for t in issue["timeline"] if t["holder_id"] == "paul-martin")
    assert [(p["date"], p["stance"], p["mixed"]) for p in paul["positions"]] == [
        ("2024-06-04", "oppose", False), ("2024-07-20", "support", False)]
    assert client.get("/api/actors/paul-martin").json()["changes"] == issue["changes"]
    assert client.get("/api/actors/claire-dubois").json()["changes"] == []


def test_issue_without_a_change_says_so(client):
    issue = client.get("/api/issues/reforme-budget").json()
    assert issue["changes"] == []
    assert sorted(t["holder_id"] for t in issue["timeline"]) == ["claire-dubois", "paul-martin"]


def test_openapi_is_served(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/search", "/api/actors/{actor_id}", "/api/issues/{issue_key}"} <= set(spec["paths"])
    schemas = spec["components"]["schemas"]
    assert {"timeline", "changes"} <= set(schemas["IssueDetail"]["properties"])
    assert "changes" in schemas["ActorDetail"]["properties"]
    assert {"before", "after", "holder_id", "issue_key"} <= set(schemas["StanceChange"]["properties"])
    assert "evidence" in schemas["PositionEvidence"]["properties"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    # the page's script and style come from this server, never from a CDN (servers are often offline)
    script_url = re.search(r'<script src="([^"]+swagger-ui-bundle\.js)"', docs.text).group(1)
    assert script_url.startswith("/") and "cdn" not in docs.text.lower()
    script = client.get(script_url)
    assert script.status_code == 200 and "SwaggerUIBundle" in script.text
    redoc = client.get("/redoc")
    assert redoc.status_code == 200 and "cdn" not in redoc.text.lower()


def test_posting_needs_the_token(client):
    body = {"text": "Un texte."}
    assert client.post("/api/articles", json=body).status_code == 401
    assert client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_posting_is_refused_when_no_token_is_configured(store):
    with TestClient(create_app(store, settings=ApiSettings(token=None))) as c:
        assert c.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer x"}).status_code == 403


def test_posting_over_the_size_limit_is_413(client):
    big = {"text": "mot " * 10_000}
    response = client.post("/api/articles", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413
    assert "20000 bytes" in response.json()["detail"]


@pytest.mark.parametrize("body, field", [
    ({"title": "no text"}, "text"),
    ({"text": ""}, "text"),
    ({"text": "Un texte.", "date": "7 juin"}, "date"),
    ({"text": "Un texte.", "colour": "red"}, "colour"),
    ({"text": "Un texte.", "lang": "xx"}, "lang"),
])
def test_bad_fields_are_422_naming_the_field(client, body, field):
    response = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422
    assert any(field in err["loc"] for err in response.json()["detail"])


def test_post_analyses_and_stores_once(sqlite_store):
    """End to end through the real pipeline."""
    text = ("Le maire promet un nouveau stade\n\n"
            "« Nous construirons ce stade avant 2026 », a déclaré mardi le maire de Lyon, Jean Perrin.")
    body = {"text": text, "date": "2024-03-05", "url": "https://lyon.example/stade"}
    with TestClient(create_app(sqlite_store, settings=ApiSettings(token=TOKEN))) as c:
        first = c.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert first.status_code == 201, first.text
        assert first.json()["status"] == "stored"
        doc = first.json()["document"]
        assert doc["text"] == text and doc["title"] == "Le maire promet un nouveau stade"
        for q in doc["quotes"]:
            assert text[q["content"]["start"]:q["content"]["end"]] == q["content"]["text"]
        again = c.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert again.json()["status"] == "duplicate" and again.json()["pk"] == first.json()["pk"]
        assert c.get("/api/stats").json()["articles"] == 1
        english = c.post("/api/articles", headers={"Authorization": f"Bearer {TOKEN}"},
                         json={"text": "The mayor said on Tuesday that the new stadium would be built before 2026, "
                                       "according to the city council and several people who attended."})
        assert english.status_code == 422 and "E005" in english.json()["detail"]


sqlite_store = storedocs.sqlite_store
