"""Quoted fragments in narration that the rules leave: the learned decision (features, the clause's subject as
speaker, persistence, training)."""

from __future__ import annotations

import pytest

from conftest import assert_shipped_beside_its_data, assert_training_is_deterministic
from propos.extraction.quotes.component import FREE_INDIRECT_RULE
from propos.extraction.quotes.fragments import MODEL_DIR, FragmentModel, is_wide, shipped_fragments
from propos.extraction.quotes.lexicon import lexicon
from propos.extraction.quotes.speech_marks import shipped_classifier

_OPENING = ("Inondations\n\nLe maire Paul Durand a déclaré mardi que la ville serait reconstruite. Les pluies ont "
            "duré trois jours dans la région. ")
# reported speech, a sentence of narration, then a fragment in quote marks: too far for the rules to carry
SPEECH = _OPENING + ("La municipalité travaille désormais à « tout faire pour que nous ne revivions jamais une telle "
                     "catastrophe » dans les quartiers du bord de Loire.")
# the same, its clause's subject a named actor
# (« fête », no cue: « y voit une « … » » is a view the rules read since stop 47, doc47)
ACTOR = _OPENING + "Le ministre Jacques Lemaire fête une « victoire pour tous les habitants du fleuve » après la crue."
# no subject: whose words these would be, only carry-over would say
NOMINAL = _OPENING + "Une « victoire pour tous les habitants du fleuve » après la crue."
# a named actor, but words about him, not his own
ABOUT = "Inondations\n\nLes pluies ont duré trois jours dans la région. Jacques Lemaire est à l'origine du fameux « plan digues »."


@pytest.fixture()
def fragments_mode(nlp):
    extractor = nlp.get_pipe("propos_quotes")

    def run(text: str, mode: str):
        # "none": the rules alone, so neither the fragment model nor the free indirect model (which may carry a
        # fragment's sentence on after someone's words) decides
        extractor.fragments = mode
        extractor.free_indirect = FREE_INDIRECT_RULE if mode == "none" else None
        try:
            return nlp(text)
        finally:
            extractor.fragments = "learned"
            extractor.free_indirect = None

    return run


def test_the_rules_alone_leave_a_fragment_far_from_reported_speech(fragments_mode):
    assert [q.content.text for q in fragments_mode(SPEECH, "none")._.quotes] == ["la ville serait reconstruite"]


def test_a_fragment_whose_clause_subject_is_a_named_actor_is_a_candidate_said_by_it(fragments_mode):
    doc = fragments_mode(ACTOR, "all")
    fragment = [q for q in doc._.quotes if is_wide(q)]
    assert len(fragment) == 1 and "« victoire pour tous" in fragment[0].content.text
    assert fragment[0].type == "mixed" and fragment[0].speaker_name == "Jacques Lemaire"
    # the words in their marks: the clause around them (who, the verb, what follows) is narration
    assert fragment[0].content.text.startswith("« victoire pour tous") and fragment[0].content.text.endswith("»")
    assert fragment[0].content.start >= fragment[0].speaker.end
    assert fragment[0].resolution == "floating-fragment/wide-actor"
    assert fragment[0].speaker is not None and fragment[0].speaker.text == "Le ministre Jacques Lemaire"


@pytest.mark.parametrize("text", [SPEECH, NOMINAL], ids=["phrase-subject-without-speech-verb", "carry-over-only"])
def test_a_fragment_whose_speaker_is_not_sure_is_left_even_for_the_model(fragments_mode, text):
    # a phrase taken as it stands with a verb that is not one of speech, or a speaker that only carry-over would
    # give: a quotation given to the wrong person is worse than none
    assert not [q for q in fragments_mode(text, "all")._.quotes if is_wide(q)]


def test_the_subject_that_surely_said_a_fragment(nlp):
    from propos.extraction.quotes.component import _sure_subject
    from propos.extraction.quotes.speakers import Resolution

    lex = lexicon("fr")
    speech = next(t for t in nlp("Le collectif dénonce la réforme.") if t.lemma_ == "dénoncer")
    other = next(t for t in nlp("Le collectif prépare la réforme.") if t.lemma_ == "préparer")
    actor = Resolution("Jacques Lemaire", "PER:jacques-lemaire", "actor", 0.9, person=True)
    phrase = Resolution("Le collectif", None, "mention", 0.6)
    assert _sure_subject(actor, other, lex) and _sure_subject(actor, speech, lex)
    assert _sure_subject(phrase, speech, lex) and not _sure_subject(phrase, other, lex)
    # a verb of decision or intention: its infinitive is what the subject announces (« a décidé de « … » »)
    intention = next(t for t in nlp("Le collectif a décidé de suspendre la grève.") if t.lemma_ == "décider")
    assert _sure_subject(phrase, intention, lex)
    sure, unsure = (Resolution("Jacques Lemaire", "PER:jacques-lemaire", "pronoun-ranker", p, person=True)
                    for p in (0.95, 0.6))
    assert _sure_subject(sure, speech, lex)
    assert not _sure_subject(unsure, speech, lex) and not _sure_subject(sure, other, lex)


def test_a_subject_whose_phrase_holds_the_quote_marks_or_a_passive_one_did_not_say_them(nlp):
    from propos.extraction.quotes.fragments import clause_subject

    text = "L'enquête sur l'« affaire Lemaire » avance lentement depuis mars."
    assert clause_subject(nlp(text), 0, len(text), lexicon("fr")) is None
    text = "Le ministre Jacques Lemaire y voit une « victoire pour tous les habitants du fleuve » après la crue."
    assert clause_subject(nlp(text), 0, len(text), lexicon("fr")).text == "ministre"
    # a passive subject: the words are said of it, not by it; by its agent, when it has one (whether a nickname
    # is a quotation is the fragment model's call)
    text = "Le ministre Jacques Lemaire a été surnommé « le roi des digues » par ses adversaires."
    assert clause_subject(nlp(text), 0, len(text), lexicon("fr")).text == "adversaires"
    text = "Le ministre Jacques Lemaire a été surnommé « le roi des digues » dès ses débuts."
    assert clause_subject(nlp(text), 0, len(text), lexicon("fr")) is None
    # a verb whose compound past takes être is no passive, though the parser may read it as one
    text = "Le député Paul Durand est intervenu avant le vote, afin de « retrouver le chemin du dialogue »."
    assert clause_subject(nlp(text), 0, len(text), lexicon("fr")).text == "député"


def test_an_opening_mark_the_parser_hung_on_the_subject_does_not_put_the_subject_inside_the_quote(nlp):
    from propos.extraction.quotes.fragments import clause_subject

    # « « » a dependent of « entraîneur » / « maire »: the subject's phrase holds the mark, not the quoted words
    for text, subject in (("L'entraîneur Marc Tessier « n'a jamais douté » de ses joueurs.", "entraîneur"),
                          ("Le maire de Brest « regrette amèrement » cette décision du conseil régional.", "maire")):
        doc = nlp(text)
        mark = next(t for t in doc if t.text == "«")
        assert mark.head.text == subject  # the parse this guards against; if it changes, find another sentence
        assert clause_subject(doc, 0, len(text), lexicon("fr")).text == subject
    # quoted words inside the subject's phrase still are
    text = "Les supporters des « Canaris » ont envahi la pelouse après le coup de sifflet final."
    assert clause_subject(nlp(text), 0, len(text), lexicon("fr")) is None


def test_a_subject_the_parser_took_for_the_root_of_its_sentence_is_the_clause_subject(nlp, fragments_mode):
    from propos.extraction.quotes.fragments import clause_subject, clause_verb

    # the parser reads « gouverneur » as the root and hangs « a » on it: its subject all the same, « parlé » its verb
    text = _OPENING + "Le gouverneur a par la suite parlé à la radio locale d'un « accident tout à fait évitable »."
    subject = clause_subject(nlp(text), len(_OPENING), len(text), lexicon("fr"))
    assert subject is not None and subject.text == "gouverneur" and clause_verb(subject).text == "parlé"
    fragment = [q for q in fragments_mode(text, "all")._.quotes if is_wide(q)]
    assert len(fragment) == 1 and fragment[0].content.text == "« accident tout à fait évitable »"
    assert fragment[0].speaker is not None and fragment[0].speaker.text == "Le gouverneur"


def test_a_single_quoted_word_is_left_to_the_model_for_its_clause_subject_only(fragments_mode):
    # one word in quote marks, no cue found for it: a candidate for the fragment model, said by the named actor
    text = _OPENING + "La ministre Claire Dubois juge la mesure « inutile » pour les familles."
    fragment = [q for q in fragments_mode(text, "all")._.quotes if is_wide(q)]
    assert len(fragment) == 1 and fragment[0].content.text == "« inutile »"
    assert fragment[0].speaker_name == "Claire Dubois" and fragment[0].resolution == "floating-word/wide-actor"
    # never carried over from the speech right before it (two words there are), and left by the rules alone
    said = "Le maire Paul Durand a déclaré mardi que la ville serait reconstruite. Les dégâts restent « {} »."
    assert not [q for q in fragments_mode(said.format("considérables"), "all")._.quotes if "considérables" in q.content.text]
    carried = [q for q in fragments_mode(said.format("très considérables"), "all")._.quotes
               if "considérables" in q.content.text]
    assert carried and carried[0].speaker_name == "Paul Durand"
    assert carried[0].content.text == "« très considérables »"  # the fragment alone, not the narrator's sentence
    assert [q.content.text for q in fragments_mode(_OPENING, "none")._.quotes] == ["la ville serait reconstruite"]


def test_a_speech_verb_the_tagger_misread_is_still_one_for_the_fragments(nlp):
    lex = lexicon("fr")
    doc = nlp("Le ministre Jacques Lemaire, à l'origine du projet, récuse pour sa part toute volonté de « punir ».")
    verb = next(t for t in doc if t.text == "récuse")
    assert lex.predicate_entry(verb) is not None and lex.predicate_entry(verb).expression == "récuser"
    # an adjective after a copula is not the verb it looks like (« présente », not « présenter »)
    doc = nlp("La sculpture « La Danseuse » est présente dans la salle.")
    assert lex.predicate_entry(next(t for t in doc if t.text == "présente")) is None


def test_the_shipped_model_keeps_speech_and_drops_words_about_someone(fragments_mode):
    kept = fragments_mode(ACTOR, "learned")._.quotes
    assert [q.id for q in kept] == ["Q1", "Q2"] and "« victoire pour tous" in kept[1].content.text
    assert [q for q in fragments_mode(ABOUT, "all")._.quotes if is_wide(q)]
    assert not fragments_mode(ABOUT, "learned")._.quotes
    model = shipped_fragments()
    doc = fragments_mode(ABOUT, "all")
    rows = model.features(doc, list(doc._.quotes), lexicon("fr"), shipped_classifier())
    assert rows[0]["verb_copula_or_passive"] == 1.0 and rows[0]["resolved=wide-actor"] == 1.0
    scores = assert_shipped_beside_its_data(model, MODEL_DIR, "propos train quote-fragments")
    # out of fold on train, the fragments kept raise quotation F1 without lowering the speaker accuracies
    rules, kept = scores["rules_alone"], scores["with_model"]
    assert kept["quotes"]["f1"] > rules["quotes"]["f1"]
    assert kept["speaker_resolved_acc"] >= rules["speaker_resolved_acc"]
    assert kept["speaker_mention_acc"] >= rules["speaker_mention_acc"]


def test_disk_round_trip(tmp_path):
    model = FragmentModel({"speech_marks": 2.0}, -1.0, 0.4, {"seed": 1})
    model.to_disk(tmp_path)
    again = FragmentModel.from_disk(tmp_path)
    assert again.predict([{"speech_marks": 1.0}]) == model.predict([{"speech_marks": 1.0}])
    assert (again.threshold, again.meta) == (0.4, {"seed": 1})


def test_training_is_deterministic_with_its_seed(tmp_path):
    from propos.training.quote_fragments import train

    assert_training_is_deterministic(train, tmp_path, articles=60, seed=5)
