"""Which pairs of quote marks are speech: the learned filter (features, decision, persistence, training)."""

from __future__ import annotations

import hashlib

import pytest

from conftest import ROOT, assert_training_is_deterministic
from propos.extraction.quotes.lexicon import lexicon
from propos.extraction.quotes.speech_marks import (
    MODEL_DIR,
    DocPairScores,
    QuoteMarkClassifier,
    pair_features,
    shipped_classifier,
)

TEXT = ("Titre\n\nL'armée a lancé l'opération « Bouclier de l'Euphrate » mardi. « Nous ne reculerons pas devant "
        "la menace », a déclaré le général Martin.")


@pytest.fixture(scope="module")
def pairs(nlp):
    doc = nlp(TEXT)
    name, speech = [p for p in doc._.quote_pairs if p.depth == 0]
    return doc, pair_features(doc, name, lexicon("fr")), pair_features(doc, speech, lexicon("fr"))


def test_features_tell_a_name_from_speech(pairs):
    _doc, name, speech = pairs
    assert name["words_2_4"] == 1.0 and name["prev_noun"] == 1.0 and name["finite_verb"] == 0.0
    assert speech["starts_sentence"] == 1.0 and speech["incise_after"] == 1.0 and speech["finite_verb"] == 1.0
    assert speech["first_second_person"] == 1.0


def test_the_shipped_model_keeps_speech_and_drops_the_name(pairs):
    doc, name, speech = pairs
    model = shipped_classifier()
    assert model is not None
    low, high = model.predict([name, speech])
    assert high >= model.threshold and low < high
    assert model.meta["gold_sha256"] == hashlib.sha256((ROOT / "gold/fr/train.jsonl").read_bytes()).hexdigest(), \
        "gold/fr/train.jsonl changed: rebuild with `propos train quote-marks`"
    for name_ in ("model.json", "scores.json", "features.json", "training.jsonl.gz"):
        assert (MODEL_DIR / name_).exists()


def test_the_scores_of_a_doc_are_the_classifier_s_each_computed_once(pairs):
    doc = pairs[0]
    model = shipped_classifier()
    scores = DocPairScores(model)
    calls = []
    scores.classifier = type("Counting", (), {"speech_probability": lambda self, *args: calls.append(args) or
                                              model.speech_probability(*args)})()
    for pair in doc._.quote_pairs * 2:
        assert scores.speech_probability(doc, pair, lexicon("fr")) == model.speech_probability(doc, pair, lexicon("fr"))
    assert len(calls) == len(set(doc._.quote_pairs)) and scores.threshold == model.threshold


def test_disk_round_trip(tmp_path):
    model = QuoteMarkClassifier({"finite_verb": 2.0}, -1.0, 0.3, {"seed": 1})
    model.to_disk(tmp_path)
    again = QuoteMarkClassifier.from_disk(tmp_path)
    assert again.predict([{"finite_verb": 1.0}]) == model.predict([{"finite_verb": 1.0}])
    assert (again.threshold, again.meta) == (0.3, {"seed": 1})


def test_training_is_deterministic_with_its_seed(tmp_path):
    from propos.training.quote_marks import train

    assert_training_is_deterministic(train, tmp_path, articles=60, seed=5)
