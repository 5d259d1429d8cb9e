"""The specimen article (../shared): the actors, events and stances the issue expects of it."""

from __future__ import annotations


def _actor(doc, name):
    return next((a for a in doc.actors if a.name == name), None)


def test_seed_actors(seed_doc):
    us = _actor(seed_doc, "gouvernement américain")
    assert us is not None and us.id == "gov:us"
    assert {"Washington", "États-Unis"} <= {m.text for m in us.mentions}
    kirby, biden = _actor(seed_doc, "John Kirby"), _actor(seed_doc, "Joe Biden")
    assert "Kirby" in {m.text for m in kirby.mentions}
    assert any(m.text.lower() == "le président américain" for m in biden.mentions)
    assert biden.roles[0].title == "président américain" and biden.roles[0].date == "2024-06-07"
    macron = _actor(seed_doc, "Emmanuel Macron")
    assert sum(m.text == "Macron" for m in macron.mentions) >= 5  # headline and "Macron" tagged LOC included
    assert not any(m.text in ("État", "d'État") for a in seed_doc.actors for m in a.mentions)


def test_seed_events(seed_doc):
    kinds = {(e.type, e.source_id, e.target_id, e.modality) for e in seed_doc.events}
    assert ("REJECT", "gov:us", "per:emmanuel-macron", "asserted") in kinds
    assert ("CONSULT", "per:emmanuel-macron", "per:volodymyr-zelensky", "asserted") in kinds
    receive = next(e for e in seed_doc.events if e.trigger.text == "recevra")
    assert receive.type == "CONSULT" and receive.modality == "future" and receive.target_id == "per:joe-biden"


def test_seed_stances(seed_doc):
    found = {(s.holder_name, s.stance, s.issue_key) for s in seed_doc.stances}
    assert any(h == "Emmanuel Macron" and st == "oppose" and "escalade" in k for h, st, k in found)
    assert any(h in ("gouvernement américain", "Joe Biden") and st == "oppose" and "soldat" in k for h, st, k in found)
