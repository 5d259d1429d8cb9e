"""The store: round trip, idempotent and transactional ingestion, re-analysis, actors merged, search, filters.
Every test runs on SQLite and on PostgreSQL (skipped when no server is reachable)."""

from __future__ import annotations

import pytest

import storedocs
from propos.store import QuoteFilter, SaveResult
from propos.store.urls import normalize_url
from storedocs import PIPELINE, hostile_article, minister_article, second_article, span

store = storedocs.store  # the fixture: SQLite, then PostgreSQL
sqlite_store = storedocs.sqlite_store


def test_document_read_back_equals_document_stored(store):
    doc = minister_article()
    assert store.save(doc) is SaveResult.stored
    pk = store.articles().items[0].pk
    assert store.article(pk) == doc


def test_same_article_twice_is_stored_once(store):
    assert store.save(minister_article()) is SaveResult.stored
    # Same content under the same page reached by another URL form: still a duplicate.
    again = minister_article(url="http://example.fr/sport/budget/#top")
    assert store.save(again) is SaveResult.duplicate
    assert store.stats().articles == 1
    assert store.stats().quotes == 2


def test_same_text_without_url_is_a_duplicate_by_content_hash(store):
    store.save(second_article(url=None))
    respaced = second_article(url=None, id="other-name")
    respaced = respaced.model_copy(update={"text": respaced.text + "  "})
    assert store.is_duplicate(url=None, text=respaced.text, pipeline_version=PIPELINE)
    assert store.save(respaced) is SaveResult.duplicate


def test_reanalysis_replaces_the_analysis_and_records_the_pipeline(store):
    store.save(minister_article())
    pk = store.articles().items[0].pk
    newer = minister_article(pipeline_version="propos-test+2", quotes=minister_article().quotes[:1])
    assert store.save(newer) is SaveResult.replaced
    assert store.articles().items[0].pk == pk
    stored = store.article(pk)
    assert stored.pipeline_version == "propos-test+2"
    assert [q.id for q in stored.quotes] == ["q1"]
    assert store.stats().quotes == 1
    # The replaced quotation is gone from the full-text index too.
    assert store.search(QuoteFilter(query="erreur")).total == 0


def test_a_failing_article_leaves_nothing_behind(store):
    doc = minister_article()
    broken = doc.model_copy(update={"quotes": doc.quotes + [doc.quotes[0].model_copy(update={"type": None})]})
    with pytest.raises(Exception):  # noqa: B017  (the backend's integrity error: NOT NULL)
        store.save(broken)
    assert store.stats().articles == 0
    assert store.stats().quotes == 0


def test_search_is_accent_insensitive(store):
    store.save(minister_article())
    for query in ("entraineurs", "ENTRAÎNEURS", "entraîneurs payes"):
        hits = store.search(QuoteFilter(query=query))
        assert [h.content.text for h in hits.items] == ["Les entraîneurs seront payés dès lundi"], query
    assert store.search(QuoteFilter(query="entraineurs gratuit")).total == 0


def test_search_input_is_never_read_as_query_syntax(store):
    store.save(minister_article())
    for query in ('"', "NEAR(", "content_text:budget OR", "*", "'; DROP TABLE quotes; --"):
        store.search(QuoteFilter(query=query))
    assert store.search(QuoteFilter(query="budget:*")).total == 1


def test_filters_speaker_dates_source_type(store):
    store.save(minister_article())
    store.save(second_article())
    assert store.search(QuoteFilter(speaker="claire-dubois")).total == 2
    assert store.search(QuoteFilter(speaker="dubois")).total == 2
    assert store.search(QuoteFilter(speaker="dubois", date_from="2024-07-01")).total == 1
    assert store.search(QuoteFilter(date_to="2024-06-30")).total == 2
    assert store.search(QuoteFilter(source="news.example.org")).items[0].article_date == "2024-07-12"
    assert store.search(QuoteFilter(type="mixed")).total == 1
    page = store.search(QuoteFilter(), limit=2, offset=2)
    assert page.total == 3 and len(page.items) == 1


def test_same_actor_id_is_one_actor_with_aliases_merged(store):
    store.save(minister_article())
    store.save(second_article())
    actors = store.actors()
    assert [a.id for a in actors.items] == ["claire-dubois", "paul-martin"]  # most quoted first
    claire = store.actor("claire-dubois")
    assert claire.quotes == 2 and claire.articles == 2
    assert "Mme Dubois" in claire.aliases
    assert {r.title for r in claire.roles} == {"ministre des Sports", "ministre"}
    assert [(m.month, m.quotes) for m in claire.timeline] == [("2024-06", 1), ("2024-07", 1)]
    assert store.actor("nobody") is None


def test_issue_sides_with_evidence(store):
    store.save(minister_article())
    issue = store.issue("reforme-budget")
    assert [s.holder_name for s in issue.oppose] == ["Paul Martin"]
    assert [s.holder_name for s in issue.support] == ["Claire Dubois"]
    evidence = {type(e).__name__: e for e in issue.oppose[0].evidence}
    assert evidence["QuoteHit"].content.text == "Ce budget est une erreur."
    assert evidence["EventHit"].type == "DISAPPROVE"
    assert store.issue("unknown") is None
    assert store.stances(stance="oppose").total == 1
    assert store.events(actor="paul-martin").total == 1


def test_markup_is_stored_verbatim(store):
    doc = hostile_article()
    store.save(doc)
    assert store.article(store.articles().items[0].pk).text == doc.text


@pytest.mark.parametrize("url, key", [
    ("HTTP://WWW.Example.fr:80/a/b/?utm_medium=m&b=2&a=1#frag", "https://example.fr/a/b?a=1&b=2"),
    ("https://example.fr", "https://example.fr/"),
    ("  ", None),
    ("not a url", "not a url"),
])
def test_url_normalisation(url, key):
    assert normalize_url(url) == key


def test_sqlite_store_uses_wal(sqlite_store):
    from sqlalchemy import text

    with sqlite_store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_search_results_are_newest_first_within_dates(store):
    store.save(minister_article())
    store.save(second_article())
    store.save(second_article(id="undated", url="https://news.example.org/a/3", date=None,
                              text=second_article().text + " Fin."))
    hits = store.search(QuoteFilter(query="Claire Dubois"))
    assert [h.article_date for h in hits.items] == ["2024-07-12", "2024-06-04", None]
    assert store.search(QuoteFilter(query="dubois", date_from="2024-07-01", date_to="2024-07-31")).total == 1
    assert store.search(QuoteFilter(query="dubois", date_to="2024-06-30")).items[0].id == "q1"


def test_totals_are_capped_and_say_so(store, monkeypatch):
    from propos.store import reads

    store.save(minister_article())
    store.save(second_article())
    monkeypatch.setattr(reads, "COUNT_CAP", 2)
    page = store.search(QuoteFilter(), limit=1)
    assert (page.total, page.total_exact) == (2, False)
    page = store.search(QuoteFilter(speaker="paul-martin"), limit=1)
    assert (page.total, page.total_exact) == (1, True)


def test_speaker_filter_finds_unresolved_speakers_by_name(store):
    doc = minister_article()
    unresolved = doc.quotes[1].model_copy(update={"speaker_id": None})
    store.save(doc.model_copy(update={"quotes": [doc.quotes[0], unresolved]}))
    assert [h.id for h in store.search(QuoteFilter(speaker="martin")).items] == ["q2"]
    assert [h.id for h in store.search(QuoteFilter(query="erreur", speaker="Paul Martin")).items] == ["q2"]
    assert store.search(QuoteFilter(query="erreur", speaker="claire-dubois")).total == 0
    assert store.search(QuoteFilter(speaker="!!")).total == 0


def test_search_spells_out_ligatures(store):
    text = "Le cœur du sujet\n\n« Nous avons à cœur de réussir », a déclaré Anne Roux."
    doc = second_article(text=text, url=None, title=None, actors=[], quotes=[
        second_article().quotes[0].model_copy(update={"content": span(text, "Nous avons à cœur de réussir"),
                                                      "speaker": span(text, "Anne Roux"), "speaker_id": None,
                                                      "speaker_name": "Anne Roux"})])
    store.save(doc)
    for query in ("coeur", "cœur", "CŒUR"):
        assert store.search(QuoteFilter(query=query)).total == 1, query
