"""Stances from quotations whose `doc._.quotes` these tests set themselves (the quotes step is separate)."""

from __future__ import annotations

from conftest import dated_doc
from propos.extraction.stances.issues import same_issue
from propos.model import Quote, Span


def _stances(nlp, text: str, quotes: list[tuple[str, str, str | None]]):
    """quotes: (content as written in text, speaker name, speaker actor id or None)."""
    doc = dated_doc(nlp, text, "2024-04-02")
    doc._.quotes = []
    doc._.quotes = [
        Quote(id=f"Q{n}", type="indirect", content=Span.of(text, text.index(c), text.index(c) + len(c)),
              speaker_name=name, speaker_id=actor_id)
        for n, (c, name, actor_id) in enumerate(quotes, 1)
    ]
    doc = nlp.get_pipe("propos_stances")(doc)
    return doc._.stances


def test_negated_action_is_opposition_and_subject_is_the_holder(nlp):
    text = "La porte-parole Léa Moreau a affirmé que le Canada n'enverrait pas de troupes au Soudan."
    stances = _stances(nlp, text, [("le Canada n'enverrait pas de troupes au Soudan", "Léa Moreau", None)])
    assert len(stances) == 1
    s = stances[0]
    assert s.holder_id == "gov:ca" and s.stance == "oppose"
    assert "troupes" in s.issue and s.evidence == ["Q1"] and s.date == "2024-04-02"


def test_negated_wish_opposes_its_object(nlp):
    text = "Le chancelier Karl Weber a dit qu'il ne souhaitait pas de confrontation avec la Chine."
    stances = _stances(nlp, text, [("il ne souhaitait pas de confrontation avec la Chine", "Karl Weber",
                                    "per:karl-weber")])
    s = stances[0]
    assert s.holder_name == "Karl Weber" and s.stance == "oppose"
    assert s.issue == "confrontation avec la Chine"


def test_support_and_one_issue_across_wordings(nlp):
    text = ("La ministre Inès Garnier a déclaré qu'elle soutenait la réforme des retraites. "
            "Garnier a ajouté qu'elle défendrait la réforme.")
    stances = _stances(nlp, text, [("elle soutenait la réforme des retraites", "Inès Garnier", "per:ines-garnier"),
                                   ("elle défendrait la réforme", "Inès Garnier", "per:ines-garnier")])
    assert [s.stance for s in stances] == ["support"]
    assert stances[0].evidence == ["Q1", "Q2"]


def test_verbless_refusal(nlp):
    text = "« Pas de nouvelles taxes sur le carburant », a lancé le député Hugo Lambert."
    stances = _stances(nlp, text, [("« Pas de nouvelles taxes sur le carburant »", "Hugo Lambert", None)])
    assert [(s.holder_name, s.stance) for s in stances] == [("Hugo Lambert", "oppose")]
    assert "taxes" in stances[0].issue


def test_quote_without_stance_gives_none(nlp):
    text = "Le maire Jean Petit a indiqué que la séance commencerait à midi."
    assert _stances(nlp, text, [("la séance commencerait à midi", "Jean Petit", None)]) == []


def test_same_issue_keys():
    # one holder in one article: a shorter wording of the same proposition joins the fuller one
    assert same_issue("soldat", "americain+soldat+ukraine", same_holder=True)
    # across holders and articles one shared word is not enough
    assert not same_issue("russie", "guerre+mondial+russie")
    assert same_issue("amisom+arret+financement+soldat", "amisom+arret+europeen+financement+soldat")
    assert not same_issue("escalade+russie", "guerre+russie")
    assert not same_issue("", "soldat")


def test_the_article_s_words_are_counted_once_per_doc_as_key_counts_them(nlp):
    from propos.extraction.stances.issues import IssueLexicon, doc_words, key

    doc = nlp("La réforme des retraites divise. Les syndicats rejettent la réforme des retraites.")
    lex = IssueLexicon.load("fr")
    words = doc_words(doc, lex)
    assert list(words) == key(list(doc), lex, distinct=False) and "reforme" in words
    assert doc_words(doc, lex) is words  # the second reader gets the first one's count
    assert doc_words(doc, IssueLexicon.load("fr")) == words  # another lexicon is read anew
