"""Names cut short in a whole article (issue 12, kind 5): a person the text names once in full and elsewhere without
the last surname, or two names side by side; sentences written for these tests."""

from __future__ import annotations

from conftest import dated_doc
from propos.extraction.actors.mentions import cut_short, without_title


def _doc(nlp, text: str):
    return dated_doc(nlp, text, "2024-06-07")


def _people(doc) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in doc._.actors if a.type == "PER"}


def test_a_name_without_its_last_surname_is_the_fuller_name(nlp):
    doc = _doc(nlp, "La journaliste Lucía Ferrer Montalbán a été écartée de l'antenne la semaine dernière.\n\n"
                    "Depuis, Lucía Ferrer se tait. Mais Ferrer avait annoncé : « On m'a fait taire. »")
    people = _people(doc)
    assert list(people) == ["Lucía Ferrer Montalbán"]
    assert {"Lucía Ferrer", "Ferrer"} <= set(people["Lucía Ferrer Montalbán"])


def test_the_speaker_of_a_name_cut_short_gets_the_full_name(quotes):
    found = quotes("Le maire Rodrigo Beltrán Ochoa a démissionné. "
                   "Rodrigo Beltrán a expliqué que « la ville mérite mieux ».")
    assert [q.speaker_name for q in found] == ["Rodrigo Beltrán Ochoa"]


def test_a_given_name_after_a_full_name_opens_another_person(nlp):
    doc = _doc(nlp, "L'ancien conseiller de Patrice Morvan Étienne Gaudry estime que la réforme est morte. "
                    "Étienne Gaudry avait démissionné en mai.")
    assert set(_people(doc)) == {"Patrice Morvan", "Étienne Gaudry"}


def test_a_name_the_recogniser_cut_in_two_stays_whole(nlp):
    doc = _doc(nlp, "Anahi Ayala Iacucci, experte, a déclaré : « Les cartes aident les secours. »")
    assert list(_people(doc)) == ["Anahi Ayala Iacucci"]


def test_cut_short_needs_two_words_that_open_the_fuller_name():
    assert cut_short(("ana", "pastor"), ("ana", "pastor", "garcia"))
    assert not cut_short(("ana",), ("ana", "pastor", "garcia"))  # a given name alone may be anyone's
    assert not cut_short(("pastor", "garcia"), ("ana", "pastor", "garcia"))
    assert not cut_short(("ana", "pastor"), ("ana", "pastor"))


def test_a_capitalised_title_is_no_part_of_the_speakers_name(quotes):
    found = quotes("Le Sénat par la voix de son Président Révérien Ndayi a demandé au gouvernement d'agir vite.")
    assert [q.speaker_name for q in found] == ["Révérien Ndayi"]


def test_a_capitalised_title_is_no_part_of_the_actors_name(nlp):
    doc = _doc(nlp, "« Ces mesures sont une étape importante », explique le Professeur Mark Sullivan, co-auteur de "
                    "l'étude.")
    assert list(_people(doc)) == ["Mark Sullivan"]


def test_a_title_before_one_name_stays_in_the_name():
    assert without_title("Prince Harry", {"prince"}) == "Prince Harry"
    assert without_title("Général de Gaulle", {"général"}) == "Général de Gaulle"
    assert without_title("Président Olivier Mbanza", {"président"}) == "Olivier Mbanza"


def test_a_one_word_name_runs_on_over_the_capitalised_word_the_model_left_out(nlp):
    # a name of the unannotated corpus (../shared/corpus/news-fr-more.jsonl) the model cuts so, in a sentence made up
    doc = _doc(nlp, "La patineuse a été battue par la Hongroise Emese Szász en demi-finale.")
    assert list(_people(doc)) == ["Emese Szász"]

