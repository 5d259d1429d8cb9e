"""The negation particle is language data read by quotations, stances and events alike."""

from propos.language.negation import carries_negation, is_negation_particle, negation_particles


def _verb(doc, text):
    return next(t for t in doc if t.text == text)


def test_french_particles_come_from_the_language_data():
    assert {"ne", "n'"} <= negation_particles("fr")


def test_elided_particle_negates_its_verb(nlp):
    doc = nlp("Le gouvernement n'envoie pas de soldats.")
    assert carries_negation(_verb(doc, "envoie"))
    assert any(is_negation_particle(t) for t in doc)


def test_verb_without_particle_is_not_negated(nlp):
    doc = nlp("Le gouvernement envoie des formateurs.")
    assert not carries_negation(_verb(doc, "envoie"))
    assert not any(is_negation_particle(t) for t in doc)
