"""Stances stated in narration through events: rejecting, supporting, opposing (sentences written here)."""

from __future__ import annotations

from conftest import dated_doc


def _stances(nlp, text: str):
    doc = dated_doc(nlp, text, "2024-05-02")
    event_ids = {e.id for e in doc._.events} | {q.id for q in doc._.quotes}
    for s in doc._.stances:
        assert s.evidence and set(s.evidence) <= event_ids
    return doc._.stances


def test_rejecting_a_proposal_in_narration_is_opposition(nlp):
    stances = _stances(nlp, "Le gouvernement allemand a repoussé la réforme des retraites.")
    assert [(s.holder_name, s.stance) for s in stances] == [("gouvernement allemand", "oppose")]
    assert stances[0].issue == "réforme des retraites"


def test_support_noun_after_a_light_verb_is_support_for_its_complement(nlp):
    stances = _stances(nlp, "Le président Paul Martin a exprimé son soutien entier à Theresa May.")
    assert len(stances) == 1
    s = stances[0]
    assert s.holder_name == "Paul Martin" and s.stance == "support" and "Theresa May" in s.issue


def test_opposition_noun_is_opposition_to_its_complement(nlp):
    stances = _stances(nlp, "Le ministre Jean Dupuis a annoncé son opposition au projet de loi.")
    assert [(s.holder_name, s.issue, s.stance) for s in stances] == [("Jean Dupuis", "projet de loi", "oppose")]


def test_negated_support_noun_is_opposition(nlp):
    stances = _stances(nlp, "Le ministre Jean Dupuis n'a pas exprimé son soutien au projet de loi.")
    assert [(s.issue, s.stance) for s in stances] == [("projet de loi", "oppose")]


def test_a_reporting_verb_that_is_a_stance_takes_a_stance_toward_the_reported_phrase(nlp):
    stances = _stances(nlp, "La ministre Léa Moreau dénonce « une hausse injuste des loyers ».")
    assert [(s.holder_name, s.issue, s.stance) for s in stances] == [
        ("Léa Moreau", "hausse injuste des loyers", "oppose")]


def test_a_deplored_clause_is_a_claim_not_an_issue(nlp):
    stances = _stances(nlp, "« Nous avons commis une erreur », déplore la ministre Léa Moreau.")
    assert stances == []


def test_calling_to_vote_for_someone_is_support_for_that_vote(nlp):
    stances = _stances(nlp, "Le maire Paul Martin appelle à voter pour Barack Obama à l'élection présidentielle.")
    assert [(s.holder_name, s.stance) for s in stances] == [("Paul Martin", "support")]
    assert stances[0].issue.startswith("vote pour Barack Obama")


def test_a_participle_after_a_support_noun_is_not_the_issue(nlp):
    stances = _stances(nlp, "Le candidat a reçu le soutien du maire Paul Martin, comptant pour dix pour cent des voix.")
    assert not any("compter" in s.issue for s in stances)


def test_adjectives_of_attitude_in_a_quotation(nlp):
    stances = _stances(nlp, "« Nous ne sommes pas favorables au projet de loi », a déclaré le maire Paul Martin.")
    assert [(s.holder_name, s.issue, s.stance) for s in stances] == [("Paul Martin", "projet de loi", "oppose")]


def test_support_received_goes_to_the_subject(nlp):
    stances = _stances(nlp, "Le candidat Paul Martin a reçu le soutien de la ministre Léa Moreau.")
    assert [(s.holder_name, s.issue, s.stance) for s in stances] == [("Léa Moreau", "Paul Martin", "support")]


_PREFECT_ARTICLE = ("Retraites : la manifestation contre le report de l'âge légal en question\n\n"
                    "Le préfet Paul Martin doit décider mardi du sort de la manifestation contre le report de "
                    "l'âge légal de départ à la retraite.\n\n")


def test_an_evaluative_verb_in_narration_is_a_position_of_an_actor_the_article_is_about(nlp):
    # « interdire » is an evaluative verb but neither a stance predicate nor a stance event type
    stances = _stances(nlp, _PREFECT_ARTICLE + "Paul Martin a finalement interdit la manifestation contre le "
                                               "report de l'âge légal.")
    assert [(s.holder_name, s.issue, s.stance) for s in stances] == [
        ("Paul Martin", "manifestation contre le report de l'âge légal", "oppose")]


def test_a_negated_evaluative_verb_in_narration_turns_the_position(nlp):
    stances = _stances(nlp, _PREFECT_ARTICLE + "Paul Martin n'a pas interdit la manifestation contre le report "
                                               "de l'âge légal.")
    assert [(s.holder_name, s.stance) for s in stances] == [("Paul Martin", "support")]


def test_narration_gives_no_position_to_an_actor_the_article_is_not_about(nlp):
    stances = _stances(nlp, _PREFECT_ARTICLE + "Le maire Jean Dupuis a interdit la manifestation contre le "
                                               "report de l'âge légal.")
    assert stances == []


def test_an_action_told_in_an_article_is_no_position_a_sentence_alone_keeps_it(nlp):
    # in an article (a title, a lead), a stance verb of an event is not read as a position by itself
    article = ("Ukraine : la question des soldats\n\nLe gouvernement allemand a envoyé des soldats en Ukraine. "
               "Les soldats allemands sont arrivés en Ukraine mardi.")
    assert _stances(nlp, article) == []
    # a sentence without a title has nothing else to weigh it by: the rule stands
    alone = _stances(nlp, "Le gouvernement allemand a soutenu la réforme des retraites.")
    assert [(s.holder_name, s.stance) for s in alone] == [("gouvernement allemand", "support")]


def _narrated(nlp, text: str):
    """The stances of a text with a position model that takes no quotation: what narration gives alone."""
    from propos.extraction.learned import LogisticModel

    detector = nlp.get_pipe("propos_stances")
    detector.models = (LogisticModel({}, -5.0, 0.5), LogisticModel({}, -5.0, 0.5))
    try:
        return _stances(nlp, text)
    finally:
        detector.models = None


def test_an_accusation_in_narration_blames_a_party_and_is_no_position(nlp):
    # « accuser X de … »: the object is the party blamed and what it is blamed for a claim; the same sentence
    # with a verb of judging the matter (« critiquer ») keeps its position
    accused = _narrated(nlp, _PREFECT_ARTICLE + "Paul Martin a accusé les organisateurs de la manifestation "
                                                "contre le report de l'âge légal de mentir.")
    assert accused == []
    judged = _narrated(nlp, _PREFECT_ARTICLE + "Paul Martin a critiqué la manifestation contre le report de "
                                               "l'âge légal.")
    assert [(s.holder_name, s.stance) for s in judged] == [("Paul Martin", "oppose")]


def test_narration_gives_a_position_where_the_article_has_no_question(nlp):
    # a rubric-and-date title and a lead whose words do not come back: no question of the article to put a
    # quotation's position on, but a position told in narration names its own issue
    article = ("Vallorbe : lundi 4 mars\n\nLe maire Paul Girardin a dénoncé la fermeture de la piscine municipale "
               "par la région. Les nageurs du club ont protesté devant la mairie dans la soirée.")
    stances = _stances(nlp, article)
    assert [(s.holder_name, s.issue, s.stance) for s in stances] == [
        ("Paul Girardin", "fermeture de la piscine municipale", "oppose")]


def test_a_place_before_the_press_is_not_what_a_narrated_judgement_bears_on(nlp):
    # « s'est félicité devant la presse que … »: where the verb is said, not what it is about
    article = ("Europe : Vernier lancera les ateliers citoyens sur l'Europe en mai à Lyon\n\n"
               "Le ministre Paul Vernier a annoncé mardi des ateliers citoyens sur l'Europe, qui se tiendront en mai "
               "à Lyon.\n\nPaul Vernier s'est félicité devant la presse que vingt pays de l'Union européenne "
               "organisent des ateliers citoyens.")
    assert not [s.issue for s in _narrated(nlp, article) if "presse" in s.issue]
