"""Junk actors: names the model misreads (newspapers as people, capitalised common nouns as organisations,
words trailing after a name), on sentences written for these tests."""

from __future__ import annotations

from conftest import dated_doc


def _actors(nlp, text: str):
    doc = dated_doc(nlp, text, "2024-05-02")
    for a in doc._.actors:  # offsets are sacred
        assert all(text[m.start:m.end] == m.text for m in a.mentions)
    return {a.name: a for a in doc._.actors}


def test_newspaper_introduced_by_its_kind_is_an_organisation_with_its_article(nlp):
    actors = _actors(nlp, "Le quotidien suisse Le Temps estime que l'accord reste fragile.")
    assert "Le Temps" in actors and actors["Le Temps"].type == "ORG"
    assert not any(a.type == "PER" for a in actors.values())


def test_capitalised_common_noun_alone_is_not_an_organisation(nlp):
    actors = _actors(nlp, "« C'est une erreur grave », a indiqué au Monde le procureur Jean Dupuis.")
    assert "Monde" not in actors
    assert "Jean Dupuis" in actors


def test_institution_named_with_its_article_stays(nlp):
    actors = _actors(nlp, "Le Sénat a voté la loi mardi. Le texte retourne au Sénat en juin.")
    assert "Sénat" in actors and actors["Sénat"].type == "ORG"
    assert len(actors["Sénat"].mentions) == 2


def test_words_trailing_after_a_name_are_cut(nlp):
    actors = _actors(nlp, "Le Conseil des droits de l'homme des Nations unies a protesté contre la loi.")
    names = list(actors)
    assert not any(n.endswith(" des") or n.endswith(" de") for n in names)


def test_a_name_introduced_as_an_organisation_is_one_everywhere(nlp):
    text = ("Les chauffeurs protestent contre la multinationale Zelvio. Selon eux, Zelvio ne paie pas ses charges. "
            "Le ministre Jean Dupuis a reçu Zelvio mardi.")
    actors = _actors(nlp, text)
    assert not any(a.type == "PER" and "Zelvio" in a.name for a in actors.values())


def test_time_word_after_a_name_is_cut_but_not_inside_one(nlp):
    text = "Le club Atletico Nacional mercredi a demandé le titre, selon Le Journal du dimanche."
    actors = _actors(nlp, text)
    assert "Atletico Nacional mercredi" not in actors
    assert not any(n.endswith("Journal") for n in actors)


def test_a_capitalised_kind_word_stays_in_the_name(nlp):
    actors = _actors(nlp, "La Radio Bleue nationale a interrogé le ministre. Le Parti socialiste a protesté.")
    assert not any(n in ("Bleue nationale", "socialiste") for n in actors)


def test_a_name_after_a_place_noun_is_not_a_person(nlp):
    actors = _actors(nlp, "Un détenu de la prison de Fleury-Mérogis s'est suicidé. Les suicides de Fleury-Mérogis "
                          "inquiètent le ministre Jean Dupuis.")
    assert not any(a.type == "PER" and "Fleury" in a.name for a in actors.values())


def test_country_opening_a_headline_with_a_colon_is_its_topic(nlp):
    text = "Italie : le ministre Marco Bellini démissionne\n\nLe gouvernement italien a confirmé la démission."
    actors = _actors(nlp, text)
    italy = actors.get("gouvernement italien")
    assert italy is not None and "Italie" not in [m.text for m in italy.mentions]
