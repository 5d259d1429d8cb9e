"""Article search: words in an article's title or text (the narration, not only the quotations) find it, with the
passage where they are, through the store (SQLite and PostgreSQL), the API, the CLI and the web page."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

import storedocs
from propos.interfaces.api import create_app
from propos.interfaces.api.config import ApiSettings
from propos.interfaces.cli import app
from propos.model import AnalysisDocument, Quote
from propos.store import QuoteFilter
from storedocs import PIPELINE, TestClient, hostile_article, minister_article, second_article, span

store = storedocs.store  # the fixture: SQLite, then PostgreSQL
sqlite_store = storedocs.sqlite_store

NARRATION = ("Macron veut des formateurs en Ukraine\n\n"
             "Le président français souhaite envoyer des entraîneurs militaires occidentaux en Ukraine, un projet "
             "qui tient à cœur à l'Élysée. Washington a refusé : « Pas de soldats américains », a dit John Kirby.")


def narration_article(**overrides) -> AnalysisDocument:
    """« entraîneurs » only in the narration: its one quotation does not hold the word."""
    fields = dict(id="narration", language="fr", date="2024-06-07", title="Macron veut des formateurs en Ukraine",
                  title_span=span(NARRATION, "Macron veut des formateurs en Ukraine"),
                  url="https://www.example.fr/monde/ukraine", source="example.fr", text=NARRATION,
                  pipeline_version=PIPELINE,
                  quotes=[Quote(id="q1", type="direct", content=span(NARRATION, "Pas de soldats américains"),
                                speaker=span(NARRATION, "John Kirby"), speaker_name="John Kirby",
                                speaker_id="john-kirby")])
    fields.update(overrides)
    return AnalysisDocument(**fields)


def _filled(s):
    for doc in (narration_article(), minister_article(), second_article()):
        s.save(doc)
    return s


def _ids(page) -> list[str]:
    return [h.id for h in page.items]


# ---- the store, on both backends

def test_a_word_of_the_narration_finds_the_article_with_its_passage(store):
    _filled(store)
    assert store.search(QuoteFilter(query="militaires")).total == 0  # not in any quotation...
    page = store.search_articles("militaires")                        # ...but in the article
    assert page.total == 1 and _ids(page) == ["narration"]
    hit = page.items[0]
    assert hit.title == "Macron veut des formateurs en Ukraine" and hit.date == "2024-06-07"
    assert hit.source == "example.fr" and hit.quotes == 1
    passage = hit.passage
    assert passage is not None and "des entraîneurs militaires occidentaux" in passage.text
    assert NARRATION[passage.start:passage.end] == passage.text
    assert [m.text for m in passage.marks] == ["militaires"]
    assert all(NARRATION[m.start:m.end] == m.text for m in passage.marks)
    assert "".join(p for p, _ in passage.pieces()) == passage.text
    assert [p for p, marked in passage.pieces() if marked] == ["militaires"]


def test_accents_case_and_ligatures_are_folded(store):
    _filled(store)
    for query in ("entraineurs", "ENTRAÎNEURS", "Entraîneurs"):
        page = store.search_articles(query)
        assert _ids(page) == ["narration", "ministre"], query  # newest first
        assert [m.text for m in page.items[0].passage.marks] == ["entraîneurs"]
    for query in ("coeur", "cœur", "elysee"):
        assert _ids(store.search_articles(query)) == ["narration"], query


def test_every_word_must_be_there(store):
    _filled(store)
    assert _ids(store.search_articles("entraineurs ukraine")) == ["narration"]
    assert [m.text for m in store.search_articles("entraineurs ukraine").items[0].passage.marks] == [
        "entraîneurs", "Ukraine"]
    assert store.search_articles("entraineurs parachutistes").total == 0


@pytest.mark.parametrize("query", ["parachutistes", "« ! »", "...", "", "   "])
def test_an_absent_word_or_no_word_finds_nothing(store, query):
    _filled(store)
    page = store.search_articles(query)
    assert page.total == 0 and page.items == []


def test_newest_first_paginated_and_filtered(store):
    _filled(store)
    store.save(narration_article(id="undated", date=None, url="https://autre.example.com/x",
                                 text=NARRATION + " Sans date.", source="autre.example.com"))
    assert _ids(store.search_articles("entraineurs")) == ["narration", "ministre", "undated"]
    assert _ids(store.search_articles("entraineurs", limit=1, offset=1)) == ["ministre"]
    assert store.search_articles("entraineurs", limit=1).total == 3
    assert _ids(store.search_articles("entraineurs", source="autre.example.com")) == ["undated"]
    assert _ids(store.search_articles("entraineurs", date_from="2024-06-05")) == ["narration"]
    assert _ids(store.search_articles("entraineurs", date_to="2024-06-05")) == ["ministre"]


def test_the_title_is_searched_too(store):
    store.save(narration_article(title="Diplomatie : le refus de Washington", title_span=None))
    page = store.search_articles("diplomatie")
    assert _ids(page) == ["narration"] and page.items[0].passage is None  # the word is in the title only
    # A word in both: the passage is taken past the title, in the body.
    store.save(minister_article())
    hit = store.search_articles("budget").items[0]
    assert hit.id == "ministre" and hit.passage.start > len("La ministre défend son budget")


def test_replacing_an_article_updates_the_index(store):
    store.save(narration_article())
    changed = NARRATION.replace("entraîneurs militaires", "instructeurs militaires")
    result = store.save(narration_article(text=changed, pipeline_version=PIPELINE + ".1",
                                          quotes=[], title_span=span(changed, "Macron veut des formateurs")))
    assert result.value == "replaced"
    assert store.search_articles("entraineurs").total == 0  # no stale hit
    page = store.search_articles("instructeurs")
    assert _ids(page) == ["narration"] and page.items[0].passage.text.startswith("Le président")


def test_deleting_an_article_removes_it_from_the_index(store):
    from sqlalchemy import delete

    from propos.store import tables

    _filled(store)
    with store.engine.begin() as conn:
        conn.execute(delete(tables.articles).where(tables.articles.c.id == "narration"))
    assert _ids(store.search_articles("entraineurs")) == ["ministre"]


def _store_at_0001(store, doc: AnalysisDocument) -> None:
    """The article row as revision 0001 knows it (later migrations may add columns the store's code expects)."""
    import datetime as dt

    from sqlalchemy import insert, inspect

    from propos.store import tables
    from propos.store.tables import ARTICLE_SKIP, to_row
    from propos.store.urls import content_hash, normalize_url

    now = dt.datetime.now(dt.UTC)
    row = to_row(doc, skip=ARTICLE_SKIP) | {"content_hash": content_hash(doc.text), "url_key": normalize_url(doc.url),
                                              "ingested_at": now, "analyzed_at": now}
    columns = {c["name"] for c in inspect(store.engine).get_columns("articles")}
    with store.engine.begin() as conn:
        conn.execute(insert(tables.articles).values({k: v for k, v in row.items() if k in columns}))


def test_the_migration_fills_the_index_for_articles_already_stored(store):
    from alembic import command

    from propos.store.db import alembic_config, migrate

    with store.engine.begin() as conn:  # back to the schema before article search
        config = alembic_config(store.engine)
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    for doc in (narration_article(), minister_article(), second_article()):
        _store_at_0001(store, doc)  # stored without the article index
    migrate(store.engine)
    assert _ids(store.search_articles("entraineurs")) == ["narration", "ministre"]
    store.save(narration_article(text=NARRATION + " Fin.", pipeline_version=PIPELINE + ".1"))  # triggers work
    assert _ids(store.search_articles("entraineurs")) == ["narration", "ministre"]
    assert _ids(store.search_articles("fin")) == ["narration"]


def test_a_very_long_article_of_rare_words_is_stored_and_found(store):
    """PostgreSQL refuses a tsvector over 1 MB: the article must still be stored, its beginning searchable."""
    words = " ".join(f"x{i * 7919:031x}" for i in range(45_000))  # 45,000 different words, ~1.5 M characters
    text = "Un inventaire\n\nLes entraîneurs ont noté " + words
    store.save(narration_article(id="long", url=None, text=text, title="Un inventaire",
                                 title_span=span(text, "Un inventaire"), quotes=[]))
    assert _ids(store.search_articles("entraineurs inventaire")) == ["long"]


# ---- the API

@pytest.fixture
def client(store):
    _filled(store)
    with TestClient(create_app(store, settings=ApiSettings())) as c:
        yield c


def test_api_searches_articles_with_q(client):
    page = client.get("/api/articles", params={"q": "entraineurs"}).json()
    assert page["total"] == 2 and [a["id"] for a in page["items"]] == ["narration", "ministre"]
    hit = page["items"][0]
    passage = hit["passage"]
    assert "entraîneurs" in passage["text"] and NARRATION[passage["start"]:passage["end"]] == passage["text"]
    assert [(m["start"], m["end"], m["text"]) for m in passage["marks"]] == [
        (NARRATION.index("entraîneurs"), NARRATION.index("entraîneurs") + len("entraîneurs"), "entraîneurs")]
    doc = client.get(f"/api/articles/{hit['pk']}").json()
    assert doc["text"][passage["start"]:passage["end"]] == passage["text"]
    assert client.get("/api/articles", params={"q": "entraineurs", "date_from": "2024-06-05"}).json()["total"] == 1


def test_api_finds_nothing_for_an_absent_word_or_punctuation(client):
    for q in ("parachutistes", "« ! »", "--"):
        assert client.get("/api/articles", params={"q": q}).json() == {
            "total": 0, "total_exact": True, "limit": 20, "offset": 0, "items": []}, q
    assert client.get("/api/articles", params={"q": "x" * 501}).status_code == 422


def test_api_lists_articles_without_q(client):
    page = client.get("/api/articles").json()
    assert page["total"] == 3 and all(a["passage"] is None for a in page["items"])
    assert client.get("/api/articles", params={"q": ""}).json()["total"] == 3


# ---- the CLI

@pytest.fixture
def db(sqlite_store):
    _filled(sqlite_store)
    return sqlite_store.engine.url.database


def test_cli_search_articles(db):
    found = CliRunner().invoke(app, ["search", "--articles", "entraineurs", "--db", db, "--json"])
    assert found.exit_code == 0, found.output
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    assert [h["id"] for h in hits] == ["narration", "ministre"]
    assert "entraîneurs" in hits[0]["passage"]["text"] and hits[0]["passage"]["marks"][0]["text"] == "entraîneurs"
    table = CliRunner().invoke(app, ["search", "-a", "entraineurs", "--db", db], env={"COLUMNS": "250"})
    assert table.exit_code == 0 and "2 article(s)" in table.stdout
    assert "Macron veut des formateurs en Ukraine" in table.stdout and "des entraîneurs militaires" in table.stdout


def test_cli_search_articles_finds_nothing_and_refuses_quotation_filters(db):
    for query in ("parachutistes", "« ! »"):
        none = CliRunner().invoke(app, ["search", "--articles", query, "--db", db, "--json"])
        assert none.exit_code == 0 and none.stdout == ""
        table = CliRunner().invoke(app, ["search", "--articles", query, "--db", db])
        assert "0 article(s)" in table.stdout
    wrong = CliRunner().invoke(app, ["search", "--articles", "x", "--speaker", "kirby", "--db", db])
    assert wrong.exit_code == 2 and "--speaker and --type filter quotations" in wrong.output
    assert "Traceback" not in wrong.output


def test_cli_quotation_search_points_to_the_articles(db):
    result = CliRunner().invoke(app, ["search", "militaires", "--db", db])
    assert result.exit_code == 0 and "0 quotation(s)" in result.stdout
    assert "but 1 article(s) do: propos search --articles militaires" in result.stderr
    assert "article(s) do" not in CliRunner().invoke(app, ["search", "parachutistes", "--db", db]).stderr


# ---- the web page

@pytest.fixture
def web(sqlite_store):
    for doc in (narration_article(), minister_article(), second_article(), hostile_article()):
        sqlite_store.save(doc)
    with TestClient(create_app(sqlite_store, settings=ApiSettings())) as c:
        yield c


def _article_section(html: str) -> str:
    return re.search(r'<section class="article-hits">(.*?)</section>', html, re.S).group(1)


def test_search_page_shows_the_articles_above_the_quotations(web):
    html = web.get("/search", params={"q": "entraineurs"}).text
    section = _article_section(html)
    assert "2 article(s) contenant ces mots" in section
    pk = web.get("/api/articles", params={"q": "militaires"}).json()["items"][0]["pk"]
    assert f'<a href="/articles/{pk}">Macron veut des formateurs en Ukraine</a>' in section
    assert "2024-06-07 · example.fr" in section
    assert "envoyer des <mark>entraîneurs</mark> militaires" in section
    assert section.index("Macron veut") < section.index("La ministre défend son budget")  # newest first
    assert html.index("article-hits") < html.index('<p class="count">1 citation(s)</p>')


def test_search_page_escapes_the_passage(web):
    section = _article_section(web.get("/search", params={"q": "piege"}).text)
    assert "&lt;b&gt;<mark>piège</mark>&lt;/b&gt;" in section and "<script>" not in section


def test_search_page_without_matching_articles(web):
    assert "0 article(s) contenant ces mots" in _article_section(web.get("/search", params={"q": "« ! »"}).text)
    assert "0 article(s)" in _article_section(web.get("/search", params={"q": "parachutistes"}).text)
    assert "article-hits" not in web.get("/search").text  # no words: the quotations only, as before
    bad = web.get("/search", params={"q": "budget", "apage": 0})
    assert bad.status_code == 422 and "Traceback" not in bad.text and "apage" in bad.text


def test_search_page_pages_the_articles(web, sqlite_store):
    for i in range(12):
        sqlite_store.save(narration_article(id=f"n{i}", url=f"https://www.example.fr/n/{i}", text=f"{NARRATION} {i}",
                                            date=f"2024-05-{i + 1:02d}"))
    first = web.get("/search", params={"q": "entraineurs"}).text
    assert "14 article(s)" in first and "page 1 / 2" in first and first.count('<li class="article-hit">') == 10
    second = _article_section(web.get("/search", params={"q": "entraineurs", "apage": 2}).text)
    assert second.count('<li class="article-hit">') == 4 and "page 2 / 2" in second
    assert "2024-05-01" in second  # the oldest, last


# ---- the README's showcase, on the seed article

@pytest.mark.shared
def test_the_seed_article_is_found_by_a_word_of_its_narration(seed_doc, sqlite_store):
    sqlite_store.save(seed_doc)
    assert all("entraîneurs" not in q.content.text for q in seed_doc.quotes)
    page = sqlite_store.search_articles("entraineurs")
    assert page.total == 1 and "entraîneurs" in page.items[0].passage.text
    db = sqlite_store.engine.url.database
    found = CliRunner().invoke(app, ["search", "--articles", "entraineurs", "--db", db, "--json"])
    assert [json.loads(line)["passage"]["marks"][0]["text"] for line in found.stdout.splitlines()] == ["entraîneurs"]
