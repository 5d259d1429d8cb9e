"""Analysis documents built by hand for the store, API and web tests (the extraction is tested elsewhere),
and the `store` fixture that runs a test on SQLite and on PostgreSQL."""

from __future__ import annotations

import os

import pytest

from propos.model import Actor, AnalysisDocument, Event, Quote, Role, Span, Stance, Timex

PIPELINE = "propos-test+1"


def span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span.of(text, start, start + len(part))


def minister_article(**overrides) -> AnalysisDocument:
    text = ("La ministre défend son budget\n\n"
            "« Les entraîneurs seront payés dès lundi », a déclaré Claire Dubois, ministre des Sports, mardi. "
            "Paul Martin, député, s'oppose à la réforme : « Ce budget est une erreur. »")
    quotes = [
        Quote(id="q1", type="direct", content=span(text, "Les entraîneurs seront payés dès lundi"),
              cue=span(text, "a déclaré"), speaker=span(text, "Claire Dubois"), speaker_name="Claire Dubois",
              speaker_id="claire-dubois"),
        Quote(id="q2", type="direct", content=span(text, "Ce budget est une erreur."),
              speaker=span(text, "Paul Martin"), speaker_name="Paul Martin", speaker_id="paul-martin"),
    ]
    actors = [
        Actor(id="claire-dubois", name="Claire Dubois", type="PER", mentions=[span(text, "Claire Dubois")],
              roles=[Role(title="ministre des Sports", span=span(text, "ministre des Sports"), date="2024-06-04")]),
        Actor(id="paul-martin", name="Paul Martin", type="PER", mentions=[span(text, "Paul Martin")],
              roles=[Role(title="député")], aliases=["P. Martin"]),
    ]
    fields = dict(
        id="ministre", language="fr", date="2024-06-04", title="La ministre défend son budget",
        title_span=span(text, "La ministre défend son budget"), url="https://www.example.fr/sport/budget?utm_source=x",
        source="example.fr", text=text, pipeline_version=PIPELINE, quotes=quotes, actors=actors,
        timexes=[Timex(id="t1", type="DATE", value="2024-06-10", span=span(text, "lundi"), anchor="2024-06-04"),
                 Timex(id="t2", type="DATE", value="2024-06-04", span=span(text, "mardi"))],
        events=[Event(id="e1", type="DISAPPROVE", trigger=span(text, "s'oppose"), source_id="paul-martin",
                      source_name="Paul Martin", target=span(text, "la réforme"), evidence=span(text, "s'oppose à la réforme"))],
        stances=[Stance(id="s1", holder_id="paul-martin", holder_name="Paul Martin", issue="la réforme du budget",
                        issue_key="reforme-budget", stance="oppose", evidence=["q2", "e1"], date="2024-06-04"),
                 Stance(id="s2", holder_id="claire-dubois", holder_name="Claire Dubois", issue="la réforme du budget",
                        issue_key="reforme-budget", stance="support", evidence=["q1"], date="2024-06-04")],
    )
    fields.update(overrides)
    return AnalysisDocument(**fields)


def second_article(**overrides) -> AnalysisDocument:
    text = "Claire Dubois revient\n\nClaire Dubois a affirmé en juillet que « le sport doit rester gratuit »."
    fields = dict(
        id="juillet", language="fr", date="2024-07-12", title="Claire Dubois revient", url="https://news.example.org/a/2",
        source="news.example.org", text=text, pipeline_version=PIPELINE,
        quotes=[Quote(id="q1", type="mixed", content=span(text, "le sport doit rester gratuit"),
                      speaker=span(text, "Claire Dubois", 20), speaker_name="Claire Dubois", speaker_id="claire-dubois")],
        actors=[Actor(id="claire-dubois", name="Claire Dubois", type="PER", aliases=["Mme Dubois"],
                      roles=[Role(title="ministre")], mentions=[span(text, "Claire Dubois", 20)])],
    )
    fields.update(overrides)
    return AnalysisDocument(**fields)


def turnabout_article(*stances: tuple[str, float], **overrides) -> AnalysisDocument:
    """Paul Martin, who opposed the budget reform on 2024-06-04 (minister_article), now supports it; `stances`
    as (stance, confidence) pairs put other positions of his in this article, each shown by the quotation."""
    text = ("Paul Martin change d'avis\n\n"
            "« Cette réforme du budget est finalement une bonne idée », a reconnu Paul Martin jeudi.")
    fields = dict(
        id="revirement", language="fr", date="2024-07-20", title="Paul Martin change d'avis",
        url="https://news.example.org/a/3", source="news.example.org", text=text, pipeline_version=PIPELINE,
        quotes=[Quote(id="q1", type="direct", content=span(text, "Cette réforme du budget est finalement une bonne idée"),
                      cue=span(text, "a reconnu"), speaker=span(text, "Paul Martin", 30), speaker_name="Paul Martin",
                      speaker_id="paul-martin")],
        actors=[Actor(id="paul-martin", name="Paul Martin", type="PER", mentions=[span(text, "Paul Martin", 30)])],
        stances=[Stance(id=f"s{i}", holder_id="paul-martin", holder_name="Paul Martin", issue="la réforme du budget",
                        issue_key="reforme-budget", stance=value, evidence=["q1"], date=overrides.get("date", "2024-07-20"),
                        confidence=confidence)
                 for i, (value, confidence) in enumerate(stances or [("support", 0.8)], start=1)],
    )
    fields.update(overrides)
    return AnalysisDocument(**fields)


# Issue 16: one question in three wordings, as the stance extractor keys them (« envoi » is left out of keys).
SOLDIER_WORDINGS = (("soldat", "envoi de soldats"), ("americain+soldat", "envoi de soldats américains"),
                    ("americain+soldat+ukraine", "envoi de soldats américains en Ukraine"))


def soldiers_article(n: int, stance: str = "oppose", *, holder: tuple[str, str] = ("joe-biden", "Joe Biden"),
                     **overrides) -> AnalysisDocument:
    """Article n (0, 1, 2) on sending soldiers, in wording n of SOLDIER_WORDINGS, dated 2024-0{n+2}-01: the
    holder takes `stance`, shown by a quotation."""
    key, wording = SOLDIER_WORDINGS[n]
    holder_id, holder_name = holder
    title = f"{holder_name} et l'{wording}"
    said = f"Je {'refuse' if stance == 'oppose' else 'soutiens'} l'{wording}"
    text = f"{title}\n\n« {said} », a déclaré {holder_name}."
    date = overrides.get("date", f"2024-0{n + 2}-01")
    fields = dict(
        id=f"soldats-{n}-{holder_id}", language="fr", date=date, title=title, url=f"https://news.example.org/soldats/{n}/{holder_id}",
        source="news.example.org", text=text, pipeline_version=PIPELINE,
        quotes=[Quote(id="q1", type="direct", content=span(text, said), cue=span(text, "a déclaré"),
                      speaker=span(text, holder_name, len(title)), speaker_name=holder_name, speaker_id=holder_id)],
        actors=[Actor(id=holder_id, name=holder_name, type="PER", mentions=[span(text, holder_name, len(title))])],
        stances=[Stance(id="s1", holder_id=holder_id, holder_name=holder_name, issue=wording, issue_key=key,
                        stance=stance, evidence=["q1"], date=date)],
    )
    fields.update(overrides)
    return AnalysisDocument(**fields)


def election_article(**overrides) -> AnalysisDocument:
    """An unrelated issue that shares one word with the soldiers' (« américain »)."""
    text = "L'élection américaine\n\n« L'élection américaine est une bonne chose », a estimé Anne Martin."
    fields = dict(
        id="election", language="fr", date="2024-05-01", title="L'élection américaine", text=text,
        url="https://news.example.org/election", source="news.example.org", pipeline_version=PIPELINE,
        quotes=[Quote(id="q1", type="direct", content=span(text, "L'élection américaine est une bonne chose"),
                      cue=span(text, "a estimé"), speaker=span(text, "Anne Martin"), speaker_name="Anne Martin",
                      speaker_id="anne-martin")],
        actors=[Actor(id="anne-martin", name="Anne Martin", type="PER", mentions=[span(text, "Anne Martin")])],
        stances=[Stance(id="s1", holder_id="anne-martin", holder_name="Anne Martin", issue="élection américaine",
                        issue_key="americain+election", stance="support", evidence=["q1"], date="2024-05-01")],
    )
    fields.update(overrides)
    return AnalysisDocument(**fields)


def hostile_article() -> AnalysisDocument:
    """An article whose text carries markup and script: every page must show it as text."""
    text = ("Le <b>piège</b> du <script>window.pwned = 1</script> titre\n\n"
            "« <img src=x onerror=\"window.pwned=2\"> tout va bien », a dit Zoé <i>Leroy</i>.")
    return AnalysisDocument(
        id="hostile", language="fr", date="2024-08-01", title="Le <b>piège</b> du <script>window.pwned = 1</script> titre",
        text=text, pipeline_version=PIPELINE, source="<script>src</script>",
        quotes=[Quote(id="q1", type="direct", content=span(text, "<img src=x onerror=\"window.pwned=2\"> tout va bien"),
                      speaker=span(text, "Zoé <i>Leroy</i>"), speaker_name="Zoé <i>Leroy</i>", speaker_id="zoe-leroy")],
        actors=[Actor(id="zoe-leroy", name="Zoé <i>Leroy</i>", type="PER")],
    )


def _postgres_url() -> str:
    return os.environ.get("PROPOS_TEST_POSTGRES", "postgresql://propos:propos@127.0.0.1:5432/propos_test")


def _fresh_postgres():
    from sqlalchemy import text

    from propos.store import Store
    from propos.store.db import make_engine, resolve_url

    try:
        engine = make_engine(resolve_url(_postgres_url()))
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    except Exception as exc:  # no server: skip, unless CI says one must be there
        if os.environ.get("PROPOS_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL required (PROPOS_REQUIRE_POSTGRES=1) but unreachable: {exc}")
        pytest.skip(f"no PostgreSQL server at {_postgres_url()}")
    engine.dispose()
    return Store.open(_postgres_url())


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    from propos.store import Store

    opened = Store.open(tmp_path / "propos.sqlite") if request.param == "sqlite" else _fresh_postgres()
    yield opened
    opened.close()


@pytest.fixture
def sqlite_store(tmp_path):
    from propos.store import Store

    opened = Store.open(tmp_path / "propos.sqlite")
    yield opened
    opened.close()


def _import_test_client():
    """Starlette warns that its test client prefers `httpx2`; `httpx` (a dev dependency) works the same here."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient


TestClient = _import_test_client()
