"""No spurious actors or events: a ministry's portfolio is part of its title, not an actor; an event needs a
source actor, its target is an actor or nothing (never a thing, a date or a stretch of text), one event per
trigger, and the same event told twice (a headline and the first line) is listed once."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES, dated_doc

_QUOTE_MARKS = "«»\"“”‹›"


pytestmark = pytest.mark.usefixtures("no_user_kb")  # (conftest)


def _doc(nlp, text: str, date: str = "2024-03-15"):
    return dated_doc(nlp, text, date)


def _names(doc) -> set[str]:
    return {a.name for a in doc._.actors}


@pytest.fixture(scope="module")
def documents(analyzer, seed_doc):
    """The examples (each with its own date) and the seed article: analysis documents."""
    from propos.input.readers import read_sources

    docs = [analyzer.analyze_article(article) for article in read_sources(sorted(EXAMPLES.glob("*.txt")))]
    assert len(docs) >= 5
    return [*docs, seed_doc]


# --- actors: a ministry's title ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, minister", [
    ("Le ministre de l'Action et des Comptes publics, Gérald Darmanin, a annoncé que le déficit public "
     "est de 3,4 %.", "Gérald Darmanin"),
    ("Gérald Darmanin, ministre de l'Action et des Comptes publics, a déclaré que le déficit baisserait.",
     "Gérald Darmanin"),
    ("Le ministre du Budget, Laurent Saint-Martin, a rejeté jeudi la proposition des syndicats.",
     "Laurent Saint-Martin"),
    ("Budget : la ministre promet « aucune hausse d'impôts »\n\nLa ministre des Comptes publics, Claire "
     "Vasseur, a présenté mardi le projet de budget.", "Claire Vasseur"),
    ("Les ministres de la Santé, Agnès Buzyn, et des Comptes publics, Gérald Darmanin ont annoncé dans un "
     "communiqué que le déficit s'est établi à 5,1 milliards d'euros.", "Gérald Darmanin"),
])
def test_a_portfolio_is_part_of_the_title_not_an_actor(nlp, text, minister):
    doc = _doc(nlp, text)
    names = _names(doc)
    assert minister in names
    assert not names & {"Budget", "Comptes publics", "Action"}, names
    for actor in doc._.actors:
        assert actor.type == "PER" or "Comptes" not in actor.name and "Budget" not in actor.name


def test_the_whole_ministry_title_is_the_ministers(nlp):
    doc = _doc(nlp, "Le ministre de l'Action et des Comptes publics, Gérald Darmanin, a annoncé que le "
                    "déficit public est de 3,4 %.")
    darmanin = next(a for a in doc._.actors if a.name == "Gérald Darmanin")
    assert [r.title for r in darmanin.roles] == ["ministre de l'Action et des Comptes publics"]


def test_the_example_about_the_budget_has_no_portfolio_actor(documents):
    doc = next(d for d in documents if d.id == "01_ministre_budget")
    names = {a.name for a in doc.actors}
    assert "Claire Vasseur" in names
    assert not names & {"Budget", "Comptes publics"}, names
    vasseur = next(a for a in doc.actors if a.name == "Claire Vasseur")
    assert "ministre des Comptes publics" in {r.title for r in vasseur.roles}


def test_a_body_after_a_role_noun_that_is_not_a_ministry_stays_an_actor(nlp):
    doc = _doc(nlp, "Le secrétaire général de la CGT, Paul Lemaire, a rencontré la ministre du Travail.")
    assert {"CGT", "Paul Lemaire"} <= _names(doc)


# --- events -----------------------------------------------------------------------------------------------

def test_an_event_without_a_source_actor_is_not_emitted(nlp):
    doc = _doc(nlp, "Récemment, des discussions ont eu lieu à plusieurs reprises sur l'envoi éventuel "
                    "d'entraîneurs militaires dans la zone de guerre. La question de l'Ukraine figure à "
                    "l'ordre du jour de la rencontre entre les deux pays.")
    assert doc._.events == []


def test_every_event_has_a_source_actor_and_its_target_is_an_actor_or_nothing(documents):
    for doc in documents:
        ids = {a.id for a in doc.actors}
        for e in doc.events:
            assert e.source_id in ids, (doc.id, e.trigger.text, e.source_name)
            assert e.target_id is None or e.target_id in ids, (doc.id, e.trigger.text)
            if e.target_id is None:
                assert e.target is None and e.target_name is None, (doc.id, e.trigger.text, e.target)


def test_a_date_is_never_a_target(nlp):
    doc = _doc(nlp, "Volodymyr Zelensky a demandé jeudi des avions de combat supplémentaires.")
    request = next(e for e in doc._.events if e.type == "REQUEST")
    assert request.source_name == "Volodymyr Zelensky"
    assert request.target is None and request.target_name is None


def test_no_event_target_overlaps_a_date(documents):
    for doc in documents:
        for e in doc.events:
            if e.target is None:
                continue
            for t in doc.timexes:
                assert e.target.end <= t.span.start or e.target.start >= t.span.end, (doc.id, e.target.text)


def test_a_target_that_is_an_actor_is_kept(nlp):
    doc = _doc(nlp, "Le président français Emmanuel Macron recevra lundi le président ukrainien Volodymyr "
                    "Zelensky à l'Élysée.")
    consult = next(e for e in doc._.events if e.type == "CONSULT")
    assert consult.source_name == "Emmanuel Macron" and consult.target_name == "Volodymyr Zelensky"
    zelensky = next(a for a in doc._.actors if a.id == consult.target_id)
    assert consult.target is not None and consult.target in zelensky.mentions  # one of its mentions, as written


def test_one_event_per_trigger(documents):
    for doc in documents:
        triggers = [(e.trigger.start, e.trigger.end) for e in doc.events]
        assert len(triggers) == len(set(triggers)), doc.id
        assert [e.id for e in doc.events] == [f"E{i}" for i in range(1, len(doc.events) + 1)]


def test_event_targets_carry_no_quote_mark_or_line_break(documents):
    for doc in documents:
        for e in doc.events:
            for text in (e.target_name, e.target.text if e.target else None, e.source_name):
                if text is not None:
                    assert not set(text) & set(_QUOTE_MARKS + "\n\r"), (doc.id, text)
                    assert text == text.strip(), (doc.id, text)


def test_the_seed_digest_lists_no_event_twice(seed_doc):
    from propos.interfaces.digest import render_digest
    from propos.interfaces.labels import word

    lines = render_digest(seed_doc).splitlines()
    header = f"   {word('events')} ({len(seed_doc.events)}) :"
    assert header in lines
    start = lines.index(header) + 1
    events = lines[start:start + len(seed_doc.events)]
    assert all(line.startswith("     ") for line in events), events
    assert len(events) == len(set(events)), events
    told = [(e.type, e.source_id, e.target_id, e.modality, e.time) for e in seed_doc.events]
    assert len(told) == len(set(told))
    rejects = [e for e in seed_doc.events if (e.type, e.source_id, e.target_id) ==
               ("REJECT", "gov:us", "per:emmanuel-macron")]
    assert len(rejects) == 1
