"""The two-pass parse: only sentences that may carry speech or events get a dependency parse."""

from __future__ import annotations

import pytest

from propos.language.selective_parse import UNSPECIFIED, USER_DATA_KEY, load_triggers

TEXT = (
    "Inondations dans le Sud\n\n"
    "La pluie est tombée toute la nuit sur les collines. "
    "« Nous avons évacué trois villages », a déclaré le préfet de l'Hérault. "
    "Les routes du département restent glissantes jusqu'à dimanche. "
    "Selon Météo-France, l'épisode devrait prendre fin mardi."
)


@pytest.fixture(scope="module")
def fast_nlp():
    from propos.language.pipeline import build

    return build("fr", fast=True)


def _sentence(doc, start_words: str):
    return next(s for s in doc.sents if s.text.startswith(start_words))


def test_the_parser_runs_only_where_speech_may_be(fast_nlp):
    doc = fast_nlp(TEXT)
    assert "parser" not in fast_nlp.pipe_names and "senter" in fast_nlp.pipe_names
    quoted = _sentence(doc, "« Nous avons")
    selon = _sentence(doc, "Selon Météo")
    rain = _sentence(doc, "La pluie")
    assert any(t.dep_.startswith("nsubj") for t in quoted)
    assert any(t.dep_ == "case" for t in selon)
    # a sentence without a cue keeps its boundaries, with a flat, honest placeholder tree
    assert rain.root.i == rain.start
    assert {t.dep_ for t in rain if t.i != rain.start} == {UNSPECIFIED}
    parsed, total = doc.user_data[USER_DATA_KEY]
    assert parsed == 2 and total == len(list(doc.sents)) >= 4


def test_offsets_and_tokens_are_those_of_the_full_pipeline(fast_nlp, nlp):
    fast, full = fast_nlp(TEXT), nlp(TEXT)
    assert [(t.idx, t.text, t.lemma_, t.ent_type_) for t in fast] == [(t.idx, t.text, t.lemma_, t.ent_type_) for t in full]


def test_quotations_in_parsed_sentences_are_found_as_in_the_full_pipeline(fast_nlp, nlp):
    fast, full = fast_nlp(TEXT), nlp(TEXT)
    assert [(q.content.start, q.content.end) for q in fast._.quotes] == [
        (q.content.start, q.content.end) for q in full._.quotes]


@pytest.mark.parametrize("text", ["", " \n\n ", "«", "::: « » ::", "a"])
def test_odd_input_does_not_crash(fast_nlp, text):
    doc = fast_nlp(text)
    assert doc.text == text


def test_triggers_come_from_the_language_data():
    triggers = load_triggers("fr")
    assert "déclarer" in triggers.lemmas and "«" in triggers.marks
    assert triggers.phrases.search("D'après le ministre") and not triggers.phrases.search("aprèsdemain")


def test_a_stream_is_parsed_batch_by_batch_not_read_whole(fast_nlp):
    read: list[int] = []

    def texts():
        for i in range(4):
            read.append(i)
            yield TEXT

    first = next(fast_nlp.pipe(texts(), batch_size=1))
    assert first.user_data[USER_DATA_KEY][0] == 2
    assert len(read) < 4
