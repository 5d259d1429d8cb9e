"""What the quotation's own words say of its speaker (propos.extraction.quotes.voice) and how the speaker ranker
reads it: the gender the first person agrees in."""

from __future__ import annotations

import pytest

from propos.extraction.quotes.ranker import Query, SpeakerRanker, candidate_features
from propos.extraction.quotes.voice import VoiceWords, quote_voice

WORDS = VoiceWords(frozenset({"être"}))


@pytest.mark.parametrize("text, gender", [
    ("« Je suis persuadée que la nappe sera polluée. »", "Fem"),
    ("« Je suis née à Quimper et j'y ai grandi. »", "Fem"),
    ("« Je suis très fière de cette équipe. »", "Fem"),
    ("« Je me sens prête. »", "Fem"),
    ("« Je reste convaincue. »", "Fem"),
    ("« Je reste convaincu. »", "Masc"),
    ("« Je suis sorti avant la fin de la réunion. »", "Masc"),
    # avoir's participle does not agree; an adjective's masculine may be one that does not vary (« libre »)
    ("« J'ai grandi dans ce quartier. »", None),
    ("« Je suis libre de mes choix. »", None),
    # an adjective beside a verb with an object is the object's
    ("« Je trouve cette réforme dangereuse. »", None),
    ("« Nous sommes inquiets pour nos adhérents. »", None),
    ("« Notre syndicat ne signera pas. »", None),
    ("« Le chantier sera terminé en mars. »", None),
])
def test_the_first_person_of_a_quotation_tells_its_gender(nlp, text, gender):
    assert quote_voice(nlp(text), (0, len(text)), WORDS) == gender


def test_no_quotation_no_voice(nlp):
    assert quote_voice(nlp("« Je suis née ici. »"), None, WORDS) is None


@pytest.fixture(scope="module")
def parse():
    from propos.language.pipeline import build

    return build("fr", components=("propos_actors", "propos_timex"))


def _discourse(parse, text):
    from propos.extraction.quotes.lexicon import lexicon
    from propos.extraction.quotes.speakers import SpeakerResolver

    return SpeakerResolver(parse(text), lexicon("fr"), SpeakerRanker({}, 0.0, 1.0)).discourse


def _floating(text: str, words: str) -> Query:
    at = text.index(words)
    return Query(at, "floating", content=(at, text.index("»", at) + 1))


def test_a_quotation_whose_agreement_is_feminine_is_not_a_mans(parse):
    """« Je suis persuadée » after M. Lachaud spoke and Odile Perrin was named: he is no candidate, she is."""
    text = ("« Le projet respecte toutes les normes », a assuré le promoteur Bernard Lachaud. Sa voisine, Odile "
            "Perrin, a lancé une pétition. « Je suis persuadée que la nappe sera polluée. »")
    model = _discourse(parse, text)
    names = {e.name for e, _ in candidate_features(model, _floating(text, "« Je suis"))}
    assert "Bernard Lachaud" not in names and "Odile Perrin" in names
    # without the quotation's words, he is one
    names = {e.name for e, _ in candidate_features(model, Query(text.index("« Je suis"), "floating"))}
    assert "Bernard Lachaud" in names

