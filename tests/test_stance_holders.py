"""Who can hold a learned position: a speaker named by a noun phrase that is a party, not a text or a piece of a
phrase, and not the subject of a passive cue; what the position model reads of a supposition or a question (made-up
sentences, written from the annotation rules)."""

from __future__ import annotations

from conftest import dated_doc
from propos.extraction.stances.component import _names_someone, _passive_cue
from propos.extraction.stances.evaluative import Evaluative
from propos.model import Actor, Quote, Span


def _doc(nlp, text: str):
    return dated_doc(nlp, text, "2024-04-02")


def _other(text: str, mention: str) -> Actor:
    start = text.index(mention)
    return Actor(id="src:x", name=mention, type="OTHER", mentions=[Span.of(text, start, start + len(mention))])


def test_a_text_or_a_piece_of_a_phrase_holds_no_position_a_body_does(nlp):
    documents = Evaluative.load("fr").documents
    cases = {
        "La première version du texte rappelait « la place des familles », selon les députés.":
            ("La première version du texte", False),
        "Selon l'instruction publiée mardi, les communes devront « fermer les parcs ».": ("l'instruction", False),
        "Le projet a été adopté par le gouvernement, qui juge « la réforme nécessaire ».":
            ("par le gouvernement", False),
        "Pour 64 % des Bréviliens, la fermeture de la gare est « une erreur ».": ("64 % des Bréviliens", False),
        "Le syndicat des cheminots dénonce « une fermeture brutale ».": ("Le syndicat des cheminots", True),
        "Une grande partie des élus juge la fermeture « injuste ».": ("Une grande partie des élus", True),
    }
    for text, (mention, holds) in cases.items():
        doc = _doc(nlp, text)
        assert _names_someone(doc, _other(text, mention), documents) is holds, mention


def _quote(text: str, speaker: str, cue: str, content: str) -> Quote:
    def span(part):
        start = text.index(part)
        return Span.of(text, start, start + len(part))

    return Quote(id="Q1", type="indirect", content=span(content), cue=span(cue), speaker=span(speaker),
                 speaker_name=speaker)


def test_the_subject_of_a_passive_cue_is_who_the_words_are_about(nlp):
    blaming = Evaluative.load("fr").accusation
    text = "La mairie de Bréville est régulièrement accusée de négliger les quartiers nord."
    doc = _doc(nlp, text)
    assert _passive_cue(doc, _quote(text, "La mairie de Bréville", "est régulièrement accusée",
                                    "négliger les quartiers nord"), blaming)
    text = "Paul Vernier, accusé de favoriser ses proches, a quitté la présidence du club."
    doc = _doc(nlp, text)
    assert _passive_cue(doc, _quote(text, "Paul Vernier", "accusé", "favoriser ses proches"), blaming)


def test_an_active_or_reflexive_cue_keeps_its_speaker(nlp):
    blaming = Evaluative.load("fr").accusation
    text = "La maire s'est félicitée que le conseil ait voté la rénovation de la piscine."
    doc = _doc(nlp, text)
    assert not _passive_cue(doc, _quote(text, "La maire", "s'est félicitée",
                                        "le conseil ait voté la rénovation de la piscine"), blaming)
    text = "Le syndicat a accusé la direction de mentir sur les chiffres."
    doc = _doc(nlp, text)
    assert not _passive_cue(doc, _quote(text, "Le syndicat", "a accusé", "mentir sur les chiffres"), blaming)
    text = "Marc Olier, soulignant que « le club doit rester à Bréville », a voté contre le projet."
    doc = _doc(nlp, text)
    assert not _passive_cue(doc, _quote(text, "Marc Olier", "soulignant", "« le club doit rester à Bréville »"),
                            blaming)


def test_a_supposition_or_a_question_is_a_feature_of_the_quotation(nlp):
    from propos.extraction.stances.evaluative import clause_features

    lex = Evaluative.load("fr")

    def features(text):
        return clause_features(_doc(nlp, text)[:], None, lex)

    assert features("« Si les pêcheurs sont partis, c'est que le port était vide »").get("condition") == 1.0
    assert features("« Pourquoi faudrait-il fermer la gare ? »").get("question") == 1.0
    plain = features("« Cette fermeture est une erreur »")
    assert "condition" not in plain and "question" not in plain
    # « s' » that opens an infinitive is a pronoun, not a condition
    assert "condition" not in features("s'opposer à la fermeture de la gare")


def test_a_holder_s_stated_sign_is_one_way_or_none():
    from propos.extraction.stances.component import _stated_sign

    assert _stated_sign([{"cue_oppose": 1.0}, {"topic_judged_oppose": 1.0, "eval_any": 1.0}]) == -1
    assert _stated_sign([{"rule_support": 1.0}]) == 1
    assert _stated_sign([{"cue_support": 1.0}, {"topic_judged_oppose": 1.0}]) == 0  # both ways: unsure still
    assert _stated_sign([{"eval_support": 1.0, "eval_any": 1.0}]) == 0  # words alone: the polarity model's
