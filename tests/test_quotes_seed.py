"""The specimen article: every required quotation is found, with the right speaker."""

from __future__ import annotations

import json

import pytest

from conftest import require_shared
from propos.evaluation.quotes import gold_items, match, predicted_items, same_speaker

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seed_gold() -> dict:
    path = require_shared("gold/quotes-fr-dev.jsonl")
    with open(path, encoding="utf-8") as handle:
        return next(a for a in map(json.loads, handle) if a["id"].startswith("seed-"))


def test_seed_required_quotations_found_with_their_speaker(seed_doc, seed_gold):
    assert seed_doc.text == seed_gold["text"]
    gold = gold_items(seed_gold)
    pred = predicted_items(seed_doc.model_dump(mode="json"))
    matched = dict(match("@0.3", gold, pred))
    for gi, item in enumerate(gold):
        if item.optional:
            continue
        excerpt = seed_gold["text"][item.start:item.end][:60]
        assert gi in matched, f"missed: {excerpt!r}"
        predicted = pred[matched[gi]].names[0] if pred[matched[gi]].names else None
        assert same_speaker(predicted, item.names), f"{excerpt!r}: {predicted!r} is not {item.names[:1]}"


def test_seed_quotes_point_into_the_original_text(seed_doc):
    for q in seed_doc.quotes:
        assert seed_doc.text[q.content.start:q.content.end] == q.content.text
        if q.speaker is not None:
            assert seed_doc.text[q.speaker.start:q.speaker.end] == q.speaker.text
        assert q.resolution and 0.0 < q.confidence <= 1.0
