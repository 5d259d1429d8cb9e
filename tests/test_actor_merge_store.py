"""One person is one actor across articles: the store merges a bare surname (« Biden ») into the one fuller name
of the same type it knows (« Joe Biden »), whichever article came first, says why, and `propos kb split` undoes
it. Every store test runs on SQLite and on PostgreSQL (PROPOS_TEST_POSTGRES; skipped when no server)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import storedocs
from propos.extraction.actors.kb import add_correction
from propos.extraction.actors.merge import fit_rule, merge_actors, only_fuller
from propos.interfaces.cli import app
from propos.model import Actor, AnalysisDocument, Event, Quote, Stance
from propos.store import QuoteFilter, SaveResult
from storedocs import span

store = storedocs.store  # the fixture: SQLite, then PostgreSQL


@pytest.fixture(autouse=True)
def private_kb(tmp_path, monkeypatch):
    """Corrections live beside the knowledge base: each test gets its own, empty."""
    monkeypatch.setenv("PROPOS_KB", str(tmp_path / "kb.jsonl"))


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-").replace("é", "e")


def article(doc_id: str, *speakers: str, kind: str = "PER", day: int = 1, pipeline: str = storedocs.PIPELINE,
            extra: str = "") -> AnalysisDocument:
    """An article where each speaker says one sentence; the last one also holds a stance and starts an event."""
    prefix = "per:" if kind == "PER" else "org:"
    parts = [f"« Nous parlons de {doc_id} ({i}) », a déclaré {name}." for i, name in enumerate(speakers)]
    text = f"Titre {doc_id}\n\n" + " ".join(parts) + extra
    quotes, actors, at = [], [], 0
    for i, name in enumerate(speakers):
        content = span(text, f"Nous parlons de {doc_id} ({i})", at)
        who = span(text, name, content.end)
        at = who.end
        actor_id = prefix + _slug(name)
        quotes.append(Quote(id=f"q{i + 1}", type="direct", content=content, cue=span(text, "a déclaré", content.end),
                            speaker=who, speaker_name=name, speaker_id=actor_id))
        if actor_id not in [a.id for a in actors]:
            actors.append(Actor(id=actor_id, name=name, type=kind, mentions=[who]))
    last = actors[-1]
    return AnalysisDocument(
        id=doc_id, language="fr", date=f"2024-06-{day:02d}", url=f"https://example.fr/{doc_id}", source="example.fr",
        text=text, pipeline_version=pipeline, quotes=quotes, actors=actors,
        stances=[Stance(id="s1", holder_id=last.id, holder_name=last.name, issue="l'aide à l'Ukraine",
                        issue_key=f"aide-ukraine-{doc_id}", stance="support", evidence=[quotes[-1].id])],
        events=[Event(id="e1", type="CONSULT", trigger=quotes[-1].cue, source_id=last.id, source_name=last.name,
                      evidence=quotes[-1].content)])


def speakers(store) -> dict[str, str]:
    """Each quotation's words → the actor id it is stored under."""
    return {h.content.text: h.speaker_id for h in store.search(QuoteFilter(), limit=100).items}


def state(store) -> tuple:
    """What a reader sees: the actors listed, their quotations, the merges explained."""
    listed = sorted((a.id, a.quotes, a.articles) for a in store.actors(limit=100).items)
    merges = sorted((m.id, m.into_id, m.rule) for a in store.actors(limit=100).items for m in store.actor(a.id).merged)
    return listed, sorted(speakers(store).items()), merges


# ---- the rules (shared with merge_actors)

def _a(name: str, kind: str = "PER") -> Actor:
    return Actor(id=("per:" if kind == "PER" else "org:") + _slug(name), name=name, type=kind)


@pytest.mark.parametrize("short, full, kind, rule", [
    ("Biden", "Joe Biden", "PER", "surname"),
    ("Zelensky", "Volodymyr Zelensky", "PER", "surname"),
    ("Dmitri Peskov", "Dmitri Sergueïevitch Peskov", "PER", "shorter_name"),
    ("Joe", "Joe Biden", "PER", None),                    # a first name is not a surname
    ("Union", "Union européenne", "ORG", "name_start"),   # a generic noun and its modifier
    ("Commission", "Commission européenne", "ORG", "name_start"),
    ("Renault", "Renault Trucks", "ORG", None),           # a brand before another name
    ("ONU", "ONU Femmes", "ORG", None),                   # an acronym
    ("Biden", "Joe Biden", "ORG", None),
])
def test_fit_rules(short, full, kind, rule):
    assert fit_rule(_a(short, kind), _a(full, kind)) == rule


def test_only_one_fuller_name_fits():
    assert only_fuller(_a("Martin"), [_a("Anne Martin"), _a("Paul Martin")]) is None
    full, rule = only_fuller(_a("Union", "ORG"), [_a("Union européenne", "ORG"), _a("Commission européenne", "ORG")])
    assert (full.name, rule) == ("Union européenne", "name_start")
    assert only_fuller(_a("Union", "ORG"), [_a("Union européenne", "ORG"), _a("Union africaine", "ORG")]) is None
    assert only_fuller(_a("Biden"), [_a("Joe Biden")], apart={frozenset(("per:biden", "per:joe-biden"))}) is None


def test_merge_actors_merges_organisations_by_their_generic_noun():
    docs = [AnalysisDocument(id=i, language="fr", text="", pipeline_version="t", actors=[_a(n, "ORG")])
            for i, n in (("a", "Union européenne"), ("b", "Union"))]
    merged = merge_actors(docs, same=[], different=[])
    assert [a.name for a in merged.actors] == ["Union européenne"]
    assert merged.ids[("b", "org:union")] == "org:union-europeenne"


# ---- the store

@pytest.mark.parametrize("order", ["fuller first", "surname first"])
def test_bare_surname_joins_the_one_fuller_name(store, order):
    docs = [article("a1", "Joe Biden", day=1), article("a2", "Biden", day=2)]
    for doc in docs if order == "fuller first" else docs[::-1]:
        assert store.save(doc) is SaveResult.stored
    assert [a.id for a in store.actors().items] == ["per:joe-biden"]
    assert speakers(store) == {"Nous parlons de a1 (0)": "per:joe-biden", "Nous parlons de a2 (0)": "per:joe-biden"}
    joe = store.actor("per:joe-biden")
    assert (joe.name, joe.quotes, joe.articles) == ("Joe Biden", 2, 2)
    assert "Biden" in joe.aliases
    assert [(m.id, m.rule, m.scope, m.articles) for m in joe.merged] == [("per:biden", "surname", "store", 1)]
    assert joe.merged_because == ["« Biden » is the surname of Joe Biden, the only fuller name known"]
    assert {s.issue_key: s.holder_id for s in joe.stances} == {"aide-ukraine-a1": "per:joe-biden",
                                                               "aide-ukraine-a2": "per:joe-biden"}
    assert store.events(actor="per:joe-biden").total == 2
    assert "per:joe-biden" in {m.id for m in joe.mentions_in}
    assert "Biden" in {m.name for m in joe.mentions_in}  # the actor as found in article 2, under its new id
    # the merged actor says where it went; its id still finds its quotations
    biden = store.actor("per:biden")
    assert biden.merged_into.into_id == "per:joe-biden" and biden.merged_into.rule == "surname"
    assert biden.merged_because == joe.merged_because
    assert store.search(QuoteFilter(speaker="per:biden")).total == 2
    assert store.stats().quotes == 2


def test_ingest_order_does_not_change_the_result(tmp_path):
    from propos.store import Store

    results = []
    docs = [article("a1", "Joe Biden", day=1), article("a2", "Biden", day=2), article("a3", "Anne Martin", day=3),
            article("a4", "Martin", day=4), article("a5", "Paul Martin", day=5)]
    for n, order in enumerate((docs, docs[::-1], [docs[3], docs[2], docs[1], docs[4], docs[0]])):
        opened = Store.open(tmp_path / f"{n}.sqlite")
        for doc in order:
            opened.save(doc)
        results.append(state(opened))
        opened.close()
    assert results[0] == results[1] == results[2]
    actors = dict((i, q) for i, q, _ in results[0][0])
    assert actors == {"per:joe-biden": 2, "per:anne-martin": 1, "per:martin": 1, "per:paul-martin": 1}


def test_two_fuller_names_leave_the_surname_alone(store):
    for doc in (article("m1", "Anne Martin"), article("m2", "Paul Martin"), article("m3", "Martin")):
        store.save(doc)
    assert sorted(a.id for a in store.actors().items) == ["per:anne-martin", "per:martin", "per:paul-martin"]
    assert speakers(store)["Nous parlons de m3 (0)"] == "per:martin"
    assert store.actor("per:martin").merged_into is None


def test_a_second_fuller_name_undoes_the_merge(store):
    store.save(article("m1", "Anne Martin"))
    store.save(article("m2", "Martin"))
    assert speakers(store)["Nous parlons de m2 (0)"] == "per:anne-martin"
    store.save(article("m3", "Paul Martin"))  # « Martin » is no longer the only fit
    assert speakers(store)["Nous parlons de m2 (0)"] == "per:martin"
    assert store.actor("per:martin").merged_into is None
    assert "Martin" not in store.actor("per:anne-martin").aliases


def test_other_types_and_corrections(store):
    store.save(article("o1", "Biden", kind="ORG"))  # an organisation named Biden is not the person
    store.save(article("o2", "Joe Biden"))
    assert sorted(a.id for a in store.actors().items) == ["org:biden", "per:joe-biden"]
    add_correction("different", "per:joe-biden", "per:biden")
    store.save(article("o3", "Biden"))
    assert speakers(store)["Nous parlons de o3 (0)"] == "per:biden"
    add_correction("same", "per:joe-biden", "per:potus")
    store.save(article("o4", "POTUS"))  # « POTUS » fits no rule, the correction joins it
    assert speakers(store)["Nous parlons de o4 (0)"] == "per:joe-biden"
    assert store.actor("per:potus").merged_into.rule == "correction"


def test_kb_split_undoes_the_merge_and_it_stays_undone(store):
    store.save(article("a1", "Joe Biden", day=1))
    store.save(article("a2", "Biden", day=2))
    assert speakers(store)["Nous parlons de a2 (0)"] == "per:joe-biden"
    db = store.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["kb", "split", "per:joe-biden", "per:biden", "--db", db])
    assert result.exit_code == 0, result.output
    assert "undid the merge of per:biden (« Biden ») into per:joe-biden" in result.output
    assert "1 article: 1 quotation, 1 stance, 1 event back to per:biden" in result.output
    assert speakers(store) == {"Nous parlons de a1 (0)": "per:joe-biden", "Nous parlons de a2 (0)": "per:biden"}
    assert sorted(a.id for a in store.actors().items) == ["per:biden", "per:joe-biden"]
    biden, joe = store.actor("per:biden"), store.actor("per:joe-biden")
    assert biden.merged_into is None and (biden.quotes, biden.articles) == (1, 1)
    assert [s.holder_id for s in biden.stances] == ["per:biden"] and store.events(actor="per:biden").total == 1
    assert joe.merged == [] and "Biden" not in joe.aliases and joe.quotes == 1
    # re-analysed (a newer pipeline) and a new article: the correction keeps them apart
    assert store.save(article("a2", "Biden", day=2, pipeline="propos-test+2")) is SaveResult.replaced
    store.save(article("a3", "Biden", day=3))
    assert speakers(store)["Nous parlons de a2 (0)"] == "per:biden"
    assert speakers(store)["Nous parlons de a3 (0)"] == "per:biden"
    assert store.actor("per:biden").merged_into is None
    # splitting again: nothing left to undo, and said so
    again = CliRunner().invoke(app, ["kb", "split", "per:joe-biden", "per:biden", "--db", db])
    assert again.exit_code == 0 and "nothing to undo in the store" in again.output


def test_kb_merge_then_split_through_the_cli(store):
    store.save(article("k1", "Joe Biden"))
    store.save(article("k2", "POTUS"))
    db = store.engine.url.render_as_string(hide_password=False)
    merged = CliRunner().invoke(app, ["kb", "merge", "per:joe-biden", "per:potus", "--db", db])
    assert merged.exit_code == 0, merged.output
    assert "merged per:potus (« POTUS ») into per:joe-biden: 1 article: 1 quotation" in merged.output
    assert speakers(store)["Nous parlons de k2 (0)"] == "per:joe-biden"
    split = CliRunner().invoke(app, ["kb", "split", "per:potus", "per:joe-biden", "--db", db])
    assert "undid the merge of per:potus" in split.output
    assert speakers(store)["Nous parlons de k2 (0)"] == "per:potus"
    store.save(article("k3", "POTUS"))  # the split is the latest correction: no merge
    assert speakers(store)["Nous parlons de k3 (0)"] == "per:potus"


def test_kb_split_without_a_store_only_records(tmp_path):
    result = CliRunner().invoke(app, ["kb", "split", "per:a", "per:b", "--db", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 0 and "recorded in" in result.output
    assert not (tmp_path / "none.sqlite").exists()


def test_short_organisation_name_beside_its_full_name_in_one_article(store):
    doc = article("u1", "Union européenne", "Union", kind="ORG")
    doc = doc.model_copy(update={"actors": [a.model_copy(update={"id": "org:eu"}) if a.name == "Union européenne"
                                            else a for a in doc.actors],
                                 "quotes": [q.model_copy(update={"speaker_id": "org:eu"}) if q.speaker_name ==
                                            "Union européenne" else q for q in doc.quotes]})
    store.save(article("u0", "Union africaine", kind="ORG"))  # in the store: « Union » alone is ambiguous there
    store.save(doc)
    assert set(speakers(store).values()) == {"org:eu", "org:union-africaine"}
    assert speakers(store)["Nous parlons de u1 (1)"] == "org:eu"
    assert store.actor("org:union") is None  # known only from this article, where it is the Union européenne
    eu = store.actor("org:eu")
    assert [(m.id, m.rule, m.scope) for m in eu.merged] == [("org:union", "name_start", "article")]
    assert "the only fuller name in this article" in eu.merged_because[0]
    reports = store.split_actors("org:union", "org:eu")
    assert [(r.from_id, r.rows.get("quotes")) for r in reports] == [("org:union", 1)]
    assert speakers(store)["Nous parlons de u1 (1)"] == "org:union"
    assert store.actor("org:union").quotes == 1 and store.actor("org:eu").merged == []


def test_actor_page_and_api_say_why(tmp_path):
    from propos.interfaces.api.app import create_app
    from propos.store import Store

    opened = Store.open(tmp_path / "web.sqlite")
    opened.save(article("a1", "Joe Biden"))
    opened.save(article("a2", "Biden"))
    client = storedocs.TestClient(create_app(opened))
    detail = client.get("/api/actors/per:joe-biden").json()
    assert detail["merged_because"] == ["« Biden » is the surname of Joe Biden, the only fuller name known"]
    assert detail["merged"][0]["id"] == "per:biden"
    page = client.get("/actors/per:joe-biden").text
    assert "fusionné avec" in page and "même nom de famille" in page
    merged_page = client.get("/actors/per:biden").text
    assert "Fusionné avec" in merged_page and 'href="/actors/per%3Ajoe-biden"' in merged_page
    opened.close()


def test_migration_fills_the_name_words_of_stored_actors(tmp_path):
    from sqlalchemy import text

    from propos.store.db import make_engine, migrate, resolve_url

    engine = make_engine(resolve_url(tmp_path / "old.sqlite"))
    migrate(engine, "0002")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO actors (id, name, type, aliases, roles) "
                          "VALUES ('per:jb', 'Jean-Émile Bédier', 'PER', '[]', '[]')"))
    migrate(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name_first, name_last FROM actors")).one() == ("jean", "bedier")
    engine.dispose()


def test_kb_apply_merges_the_actors_already_stored(store, tmp_path):
    from propos.extraction.actors.kb import corrections_path

    add_correction("different", "per:joe-biden", "per:biden")  # a store filled while they were kept apart
    store.save(article("a1", "Joe Biden"))
    store.save(article("a2", "Biden"))
    assert sorted(a.id for a in store.actors().items) == ["per:biden", "per:joe-biden"]
    corrections_path().write_text("", encoding="utf-8")  # the correction removed by hand
    db = store.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["kb", "apply", "--db", db])
    assert result.exit_code == 0, result.output
    assert "merged per:biden (« Biden ») into per:joe-biden" in result.output and "1 change" in result.output
    assert set(speakers(store).values()) == {"per:joe-biden"}
    add_correction("different", "per:biden", "per:joe-biden")
    again = CliRunner().invoke(app, ["kb", "apply", "--db", db])
    assert "undid the merge of per:biden" in again.output
    assert speakers(store)["Nous parlons de a2 (0)"] == "per:biden"
