"""Events: PLOVER type, participants, modality, time and evidence, on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import dated_doc

pytestmark = pytest.mark.usefixtures("no_user_kb")  # (conftest)


def _events(nlp, text: str, date: str = "2024-03-15"):
    doc = dated_doc(nlp, text, date)
    return doc, doc._.events


def _one(events, kind):
    found = [e for e in events if e.type == kind]
    assert found, f"no {kind} event in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


def test_rejection_by_a_government_named_by_its_demonym(nlp):
    _, events = _events(nlp, "Le gouvernement canadien a rejeté la proposition de la ministre Claire Dubois.")
    e = _one(events, "REJECT")
    assert e.source_id == "gov:ca" and e.modality == "asserted"
    assert e.trigger.text == "rejeté"


def test_future_meeting_with_source_target_and_time(nlp):
    text = "La présidente chilienne Ana Rojas recevra le chancelier autrichien Karl Weber samedi à Santiago."
    doc, events = _events(nlp, text)
    e = _one(events, "CONSULT")
    assert e.source_name == "Ana Rojas" and e.target_name == "Karl Weber"
    assert e.modality == "future"
    if doc._.timexes:  # the time step may be absent in a reduced pipeline
        assert e.time is not None and e.time_span.text == "samedi"


def test_negation_decides_modality(nlp):
    _, events = _events(nlp, "Ottawa n'enverra pas de soldats au Mali.")
    e = _one(events, "MOBILIZE")
    assert e.source_id == "gov:ca" and e.modality == "negated"


def test_passive_agent_is_the_source(nlp):
    _, events = _events(nlp, "Le projet de traité a été condamné par Berlin.")
    e = _one(events, "DISAPPROVE")
    assert e.source_id == "gov:de"


def test_reported_event_names_its_reporter(nlp):
    _, events = _events(nlp, "Le ministre Paul Girard a déclaré que Berlin sanctionnerait Moscou.")
    e = _one(events, "SANCTION")
    assert e.source_id == "gov:de" and e.target_id == "gov:ru"
    assert e.modality == "conditional" and e.reported_by == "Paul Girard"


def test_background_nouns_are_not_events(nlp):
    _, events = _events(nlp, "La guerre dure depuis deux ans. Une aide est nécessaire.")
    assert events == []


def test_evidence_and_trigger_spans_are_original_offsets(nlp):
    text = "L\u2019Élysée a salué l\u2019accord\u00a0; Moscou a dénoncé une provocation."
    doc, events = _events(nlp, text)
    assert events
    for e in events:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert 0 < e.confidence <= 1


def test_refused_action_is_negated(nlp):
    _, events = _events(nlp, "Le gouvernement grec a refusé de participer à la coalition.")
    e = _one(events, "COOPERATE")
    assert e.source_id == "gov:gr" and e.modality == "negated"


def test_agent_of_a_participle_is_the_source(nlp):
    _, events = _events(nlp, "La ministre a démissionné, accusée par Marc Olivier de mentir.")
    e = _one(events, "DISAPPROVE")
    assert e.source_name == "Marc Olivier"
