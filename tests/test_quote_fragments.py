"""Quoted fragments in narration that the rules leave: the learned decision (features, the clause's subject as
speaker, persistence, training)."""

from __future__ import annotations

import pytest

from conftest import assert_shipped_beside_its_data, assert_training_is_deterministic
from propos.extraction.quotes.fragments import MODEL_DIR, FragmentModel, is_wide, shipped_fragments
from propos.extraction.quotes.lexicon import lexicon
from propos.extraction.quotes.speech_marks import shipped_classifier

# reported speech, a sentence of narration, then a fragment in quote marks: too far for the rules to carry
SPEECH = ("Inondations\n\nLe maire Paul Durand a déclaré mardi que la ville serait reconstruite. Les pluies ont duré "
          "trois jours dans la région. La municipalité veut désormais « tout faire pour que nous ne revivions jamais "
          "une telle catastrophe » dans les quartiers du bord de Loire.")
TERM = ("Inondations\n\nLe maire Paul Durand a déclaré mardi que la ville serait reconstruite. Les pluies ont duré "
        "trois jours dans la région. Les ingénieurs testent depuis mars un « taxi du ciel » au-dessus de la ville.")


@pytest.fixture()
def fragments_mode(nlp):
    extractor = nlp.get_pipe("propos_quotes")

    def run(text: str, mode: str):
        extractor.fragments = mode
        try:
            return nlp(text)
        finally:
            extractor.fragments = "learned"

    return run


def test_the_rules_alone_leave_a_fragment_far_from_reported_speech(fragments_mode):
    assert [q.content.text for q in fragments_mode(SPEECH, "none")._.quotes] == ["la ville serait reconstruite"]


def test_a_fragment_left_is_a_candidate_said_by_its_clause_subject(fragments_mode):
    doc = fragments_mode(SPEECH, "all")
    fragment = [q for q in doc._.quotes if is_wide(q)]
    assert len(fragment) == 1 and "« tout faire pour que nous" in fragment[0].content.text
    assert fragment[0].type == "mixed" and fragment[0].speaker_name == "La municipalité"
    # from its sentence's start to the closing mark: the narration after it is not what was said
    assert fragment[0].content.text.startswith("La municipalité veut") and fragment[0].content.text.endswith("»")
    assert fragment[0].resolution == "floating-fragment/wide-subject"
    assert fragment[0].speaker is not None and fragment[0].speaker.text == "La municipalité"  # the mention too


def test_the_shipped_model_keeps_speech_and_drops_a_term(fragments_mode):
    kept = fragments_mode(SPEECH, "learned")._.quotes
    assert [q.id for q in kept] == ["Q1", "Q2"] and "« tout faire" in kept[1].content.text
    assert [q.content.text for q in fragments_mode(TERM, "learned")._.quotes] == ["la ville serait reconstruite"]
    model = shipped_fragments()
    doc = fragments_mode(SPEECH, "all")
    rows = model.features(doc, list(doc._.quotes), lexicon("fr"), shipped_classifier())
    assert rows[1]["speech_before_same_paragraph"] == 1.0 and rows[1]["resolved=wide-subject"] == 1.0
    scores = assert_shipped_beside_its_data(model, MODEL_DIR, "propos train quote-fragments")
    # out of fold on train, the fragments kept raise quotation F1 without lowering who-said-what F1
    assert scores["with_model"]["quotes"]["f1"] > scores["rules_alone"]["quotes"]["f1"]
    assert scores["with_model"]["end_to_end"]["f1"] >= scores["rules_alone"]["end_to_end"]["f1"]


def test_disk_round_trip(tmp_path):
    model = FragmentModel({"speech_marks": 2.0}, -1.0, 0.4, {"seed": 1})
    model.to_disk(tmp_path)
    again = FragmentModel.from_disk(tmp_path)
    assert again.predict([{"speech_marks": 1.0}]) == model.predict([{"speech_marks": 1.0}])
    assert (again.threshold, again.meta) == (0.4, {"seed": 1})


def test_training_is_deterministic_with_its_seed(tmp_path):
    from propos.training.quote_fragments import train

    assert_training_is_deterministic(train, tmp_path, articles=60, seed=5)
