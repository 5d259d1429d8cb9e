"""The mention → entity stage: the discourse model, the learned ranker (shape, persistence, training)."""

from __future__ import annotations

import pytest

from conftest import assert_shipped_beside_its_data, assert_training_is_deterministic
from propos.extraction.quotes.discourse import DiscourseModel
from propos.extraction.quotes.ranker import (
    MODEL_DIR,
    Query,
    SpeakerRanker,
    candidate_features,
    shipped_ranker,
)

TEXT = ("Le président Paul Durand a reçu mardi la ministre Claire Morel. Il a déclaré que le budget serait voté.\n\n"
        "« Nous tiendrons nos promesses », a-t-elle répondu.")


@pytest.fixture(scope="module")
def article(nlp):
    """The discourse model as the resolver builds it (genders read as the resolver reads them)."""
    from propos.extraction.quotes.lexicon import lexicon
    from propos.extraction.quotes.speakers import SpeakerResolver

    doc = nlp(TEXT)
    model = SpeakerResolver(doc, lexicon("fr"), SpeakerRanker({}, 0.0, 1.0)).discourse
    assert isinstance(model, DiscourseModel)
    return doc, model


def test_the_discourse_model_knows_who_is_mentioned_where(article):
    _doc, model = article
    names = {e.name: e for e in model.entities}
    assert {"Paul Durand", "Claire Morel"} <= names.keys()
    assert (names["Paul Durand"].gender, names["Claire Morel"].gender) == ("Masc", "Fem")
    durand = names["Paul Durand"]
    assert durand.mentions[0].subject and durand.mentions[0].sent == 0
    assert model.paragraph(TEXT.index("« Nous")) == 1 and model.sentence(TEXT.index("Il a")) == 1


def test_candidates_and_the_history_of_speakers(article):
    _doc, model = article
    at = TEXT.index("Il a")
    rows = dict((e.name, f) for e, f in candidate_features(model, Query(at, "pronoun", "Masc", "Sing")))
    assert rows["Paul Durand"]["subject_recency_0"] == 1.0
    assert "Claire Morel" not in rows  # « la ministre »: « il » cannot be her (agreement is a rule)
    model.remember(at, "Paul Durand", None)
    later = TEXT.index("« Nous")
    rows = dict((e.name, f) for e, f in candidate_features(model, Query(later, "floating")))
    assert rows["Paul Durand"]["spoke_last"] == 1.0 and rows["Claire Morel"]["spoke_last"] == 0.0
    model.spoken.clear()


def test_predict_best_and_the_disk_round_trip(article, tmp_path):
    _doc, model = article
    ranker = SpeakerRanker({"gender_match": 3.0, "gender_clash": -3.0}, -1.0, 0.5, {"seed": 0})
    entity, score = ranker.best(model, Query(TEXT.index("a-t-elle") + 2, "pronoun", "Fem", "Sing"))
    assert entity.name == "Claire Morel" and score == pytest.approx(1 / (1 + 2.718281828 ** -2), rel=1e-6)
    assert ranker.predict([{}])[0] == pytest.approx(1 / (1 + 2.718281828 ** 1), rel=1e-6)
    ranker.to_disk(tmp_path)
    again = SpeakerRanker.from_disk(tmp_path)
    assert (again.weights, again.bias, again.threshold, again.meta) == (ranker.weights, -1.0, 0.5, {"seed": 0})


def test_the_shipped_model_is_the_one_train_gives():
    shipped = shipped_ranker()
    scores = assert_shipped_beside_its_data(shipped, MODEL_DIR, "propos train speakers")
    assert 0 < shipped.threshold < 1
    assert scores["top1_accuracy_resolvable"] > scores["rule_baseline"]["top1_accuracy_resolvable"]


def test_training_is_deterministic_with_its_seed(tmp_path):
    from propos.training.speakers import train

    assert_training_is_deterministic(train, tmp_path, articles=40, seed=3)
