"""Reported-speech constructions the quotation rules split, widen or find (sentences written for these tests)."""

from __future__ import annotations

from conftest import find_quote as _find


def test_coordinated_que_clauses_quoting_words_are_two_quotations(quotes):
    text = ("La directrice de l'hôpital, Anne Perrin, a affirmé que les urgences resteraient ouvertes et que "
            "le service était « au bord de la rupture » depuis l'été.")
    found = quotes(text)
    first, second = _find(found, "urgences resteraient"), _find(found, "au bord de la rupture")
    assert first.id != second.id
    assert "et que" not in first.content.text
    assert second.content.text.startswith("le service")
    assert second.type == "mixed"


def test_plain_coordinated_que_clauses_stay_one_report(quotes):
    text = "Le maire, Paul Girard, a annoncé que la piscine fermerait en mai et que les travaux dureraient un an."
    q = _find(quotes(text), "piscine fermerait")
    assert "les travaux dureraient" in q.content.text


def test_participle_cue_ends_the_first_reported_clause(quotes):
    text = ("Le procureur Marc Delorme affirme que l'enquête progresse rapidement, tout en ajoutant que "
            "aucune piste n'est écartée à ce stade.")
    found = quotes(text)
    first, second = _find(found, "enquête progresse"), _find(found, "aucune piste")
    assert first.id != second.id
    assert "ajoutant" not in first.content.text
    assert first.speaker_name == second.speaker_name == "Marc Delorme"


def test_quoted_words_inside_what_the_verb_says_widen_to_the_clause(quotes):
    text = "La syndicaliste Julie Marchand réclame des « gestes plus concrets » pour les salariés du site."
    q = _find(quotes(text), "gestes plus concrets")
    assert q.type == "mixed"
    assert q.content.text == "des « gestes plus concrets » pour les salariés du site"


def test_a_label_in_quote_marks_stays_alone(quotes):
    text = "Le ministre Louis Berthier a qualifié d'« absurde » la décision du conseil municipal."
    q = _find(quotes(text), "absurde")
    assert q.content.text == "« absurde »"


def test_object_and_its_attribute_after_a_verb_of_judgement(quotes):
    text = ("Les syndicats de la santé, réunis à Lille, considèrent la réforme comme une attaque directe contre "
            "les soignants.")
    q = _find(quotes(text), "la réforme comme une attaque")
    assert q.type == "indirect"


def test_an_incise_after_a_long_quotation_keeps_the_whole_quotation(quotes):
    text = ("Le maire de Brest, Hervé Quéré, a visité le quartier inondé. « Nous avons tout essayé pendant la nuit. "
            "Rien n'a marché contre la montée de l'eau », a reconnu le maire.")
    q = _find(quotes(text), "Rien n'a marché")
    assert q.type == "direct"
    assert q.content.text.startswith("« Nous avons tout essayé")
