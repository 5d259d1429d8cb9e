"""One issue across wordings (issue 16): « envoi de soldats », « … américains », « … en Ukraine » are one issue
in the store, the API and the pages; an issue sharing one word is not. Store tests run on SQLite and PostgreSQL;
the rule also on bare keys."""

from __future__ import annotations

import re

import pytest

import storedocs
from propos.interfaces.api import create_app
from propos.interfaces.api.config import ApiSettings
from propos.store.issue_groups import KeyCount, distinct, group_issues, head_first, key_counts
from storedocs import SOLDIER_WORDINGS, TestClient, election_article, minister_article, soldiers_article

store = storedocs.store
KEYS = [k for k, _ in SOLDIER_WORDINGS]
LABELS = [w for _, w in SOLDIER_WORDINGS]


def _groups(*keys: tuple[str, str, int]) -> list[tuple[str, list[str]]]:
    return sorted((g.key, g.keys) for g in distinct(group_issues(key_counts(keys))))


# ---- the rule on bare keys

def test_a_wording_whose_words_stand_in_a_longer_one_is_the_same_issue():
    found = group_issues(key_counts([(k, w, 1) for k, w in SOLDIER_WORDINGS]))
    assert {id(g) for g in found.values()} == {id(found["soldat"])}
    group = found["soldat"]
    # the most stances, then the fewest words: the shortest wording names the issue on a tie
    assert (group.key, group.label, group.stances, group.keys) == ("soldat", "envoi de soldats", 3, KEYS)
    assert group.within == {"soldat": "americain+soldat", "americain+soldat": "americain+soldat+ukraine"}


def test_the_most_frequent_key_is_canonical():
    found = group_issues(key_counts([("soldat", "envoi de soldats", 1), ("americain+soldat", "envoi de soldats "
                                      "américains", 3), ("americain+soldat", "troupes américaines", 1)]))
    group = found["soldat"]
    assert (group.key, group.label, group.stances) == ("americain+soldat", "envoi de soldats américains", 5)
    assert group.members[0].labels == ("envoi de soldats américains", "troupes américaines")


def test_sharing_words_without_holding_them_all_is_another_issue():
    assert _groups(("americain+soldat", "envoi de soldats américains", 1),
                   ("americain+election", "élection américaine", 1)) == [
        ("americain+election", ["americain+election"]), ("americain+soldat", ["americain+soldat"])]


def test_a_key_in_two_issues_joins_neither():
    # « réforme » narrows into two questions: it names neither (as « Martin » beside Anne and Paul Martin)
    assert _groups(("reforme", "réforme", 3), ("reforme+retraite", "réforme des retraites", 1),
                   ("budget+reforme", "réforme du budget", 1)) == [
        ("budget+reforme", ["budget+reforme"]), ("reforme", ["reforme"]), ("reforme+retraite", ["reforme+retraite"])]
    # so does a key of two words
    assert len(_groups(("loi+projet", "projet de loi", 1), ("immigration+loi+projet", "projet de loi immigration", 1),
                       ("loi+projet+retraite", "projet de loi sur les retraites", 1))) == 3
    # …unless a longer key makes its two issues one
    assert _groups(("reforme+retraite", "réforme des retraites", 1), ("age+reforme+retraite", "âge de la réforme "
                   "des retraites", 1), ("financement+reforme+retraite", "financement de la réforme des retraites", 1),
                   ("age+financement+reforme+retraite", "âge et financement de la réforme des retraites", 1)) == [
        ("reforme+retraite", ["reforme+retraite", "age+reforme+retraite", "financement+reforme+retraite",
                              "age+financement+reforme+retraite"])]


def test_one_word_joins_only_a_wording_that_begins_with_it():
    assert head_first("fr") is True
    # French narrows after the head: « sécurité » is not « démission du conseiller à la sécurité nationale »
    assert len(_groups(("securite", "sécurité", 1), ("conseiller+demission+national+securite",
                                                     "démission du conseiller à la sécurité nationale", 1))) == 2
    assert len(_groups(("paix", "paix", 1), ("accord+paix", "accords de paix", 1))) == 2
    assert _groups(("reforme", "réforme", 1), ("reforme+retraite", "réforme des retraites", 1)) == [
        ("reforme", ["reforme", "reforme+retraite"])]
    # a head-last language would look at the end of the wording
    found = group_issues(key_counts([("paix", "paix", 1), ("accord+paix", "accords de paix", 1)]), head_first=False)
    assert found["paix"] is found["accord+paix"]


def test_one_wording_of_many_is_enough_and_unknown_words_stay_apart():
    counts = [KeyCount("soldat", "soldats", 2, ("soldats", "troupes")),
              KeyCount("soldat+ukraine", "troupes en Ukraine", 1, ("troupes en Ukraine",)), KeyCount("", "", 1)]
    found = group_issues(counts)
    assert found["soldat"] is found["soldat+ukraine"] and found[""].keys == [""]


# ---- the store (SQLite and PostgreSQL)

def test_three_wordings_are_one_issue_in_the_list_and_one_page(store):
    for n in range(3):
        store.save(soldiers_article(n))
    store.save(election_article())
    store.save(minister_article())
    issues = store.issues()
    assert [(i.issue_key, i.issue, i.stances) for i in issues] == [
        ("soldat", "envoi de soldats", 3), ("reforme-budget", "la réforme du budget", 2),
        ("americain+election", "élection américaine", 1)]
    assert [w.issue_key for w in issues[0].wordings] == KEYS
    pages = [store.issue(k) for k in KEYS]
    assert all(p == pages[0] for p in pages)
    page = pages[0]
    assert (page.issue_key, page.issue) == ("soldat", "envoi de soldats")
    assert [(w.issue_key, w.issue, w.stances, w.within) for w in page.wordings] == [
        ("soldat", "envoi de soldats", 1, "americain+soldat"),
        ("americain+soldat", "envoi de soldats américains", 1, "americain+soldat+ukraine"),
        ("americain+soldat+ukraine", "envoi de soldats américains en Ukraine", 1, None)]
    [side] = page.oppose
    assert side.holder_id == "joe-biden" and side.dates == ["2024-02-01", "2024-03-01", "2024-04-01"]
    assert len(side.evidence) == 3 and page.support == []
    [thread] = page.timeline
    assert (thread.issue_key, thread.issue) == ("soldat", "envoi de soldats")
    assert [p.date for p in thread.positions] == ["2024-02-01", "2024-03-01", "2024-04-01"]
    # the unrelated issue that shares « américain » keeps its own page
    election = store.issue("americain+election")
    assert [w.issue_key for w in election.wordings] == ["americain+election"]
    assert [s.holder_name for s in election.support] == ["Anne Martin"]
    # the stances of an issue, asked by any of its keys
    assert store.stances(issue="americain+soldat").total == 3
    assert store.stances(issue="americain+election").total == 1


def test_a_change_across_wordings_is_a_change_of_the_issue(store):
    store.save(soldiers_article(0, "oppose"))
    store.save(soldiers_article(2, "support"))
    store.save(soldiers_article(1, "oppose", holder=("anne-martin", "Anne Martin")))
    issue = store.issue("americain+soldat+ukraine")
    [change] = issue.changes
    assert (change.holder_id, change.issue_key, change.issue) == ("joe-biden", "soldat", "envoi de soldats")
    assert (change.before.stance, change.before.date, change.after.stance, change.after.date) == (
        "oppose", "2024-02-01", "support", "2024-04-01")
    assert [e.content.text for e in change.after.evidence] == ["Je soutiens l'envoi de soldats américains en Ukraine"]
    assert store.actor("joe-biden").changes == issue.changes
    assert store.actor("anne-martin").changes == []
    # a new wording that narrows « soldat » into another question takes it back out (as actors do)
    store.save(_french_soldiers())
    assert [w.issue_key for w in store.issue("soldat").wordings] == ["soldat"]
    assert store.issue("americain+soldat").changes == []


def _french_soldiers():
    doc = soldiers_article(1, "support", holder=("paul-martin", "Paul Martin"))
    stance = doc.stances[0].model_copy(update={"issue_key": "francais+soldat", "issue": "envoi de soldats français"})
    return doc.model_copy(update={"stances": [stance], "id": "soldats-fr", "url": "https://news.example.org/fr"})


# ---- the API and the pages

@pytest.fixture
def client(store):
    for n in range(3):
        store.save(soldiers_article(n))
    store.save(election_article())
    with TestClient(create_app(store, settings=ApiSettings())) as c:
        yield c


def test_the_api_lists_issues_not_wordings(client):
    issues = client.get("/api/issues").json()
    assert [(i["issue_key"], i["stances"]) for i in issues] == [("soldat", 3), ("americain+election", 1)]
    assert [w["issue"] for w in issues[0]["wordings"]] == LABELS
    for key in KEYS:
        found = client.get(f"/api/issues/{key}").json()
        assert found["issue_key"] == "soldat" and found["issue"] == "envoi de soldats"
        assert [w["issue_key"] for w in found["wordings"]] == KEYS
        assert [s["holder_id"] for s in found["oppose"]] == ["joe-biden"]
    assert client.get("/api/issues/soldat+inconnu").status_code == 404
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    assert "wordings" in schemas["IssueDetail"]["properties"] and "wordings" in schemas["IssueSummary"]["properties"]


def _visible(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_the_pages_show_one_issue_with_its_wordings(client):
    questions = _visible(client.get("/").text).split("Questions", 1)[1]
    assert questions.startswith(" envoi de soldats 3 position(s) · 3 formulations élection américaine 1 position(s)")
    assert "envoi de soldats américains" not in questions
    for key in KEYS:
        html = client.get(f"/issues/{key}").text
        seen = _visible(html)
        assert seen.count("Formulations : envoi de soldats (1) · envoi de soldats américains (1) · envoi de soldats "
                          "américains en Ukraine (1)") == 1
        assert 'title="tous ses mots sont dans « envoi de soldats américains »"' in html
    # an issue of one wording does not list it again
    assert "Formulations" not in client.get("/issues/americain+election").text
