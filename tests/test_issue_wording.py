"""The chosen issue worded as a reader names it (choice.worded): the noun's complement that the parse hangs on the
verb put back, a participle's nominalisation; the key and the choice stay as they are."""

from __future__ import annotations

from collections import Counter

import pytest

from probes import parsed_doc
from propos.extraction.stances.choice import IssueContext, worded
from propos.extraction.stances.issues import IssueLexicon, _phrases_in, key, label


@pytest.fixture(scope="module")
def lex():
    return IssueLexicon.load("fr")


def _worded(nlp, text: str, head: str, lex) -> tuple[str, str, str]:
    """(label, key) of the phrase headed by `head` in `text`, and its label once worded."""
    doc = nlp(text)
    tokens = [t for t in doc if not t.is_space]
    phrase = next(p for p in _phrases_in(tokens, set()) if any(t.text == head for t in p))
    ctx = IssueContext("", set(), [], Counter(), phrases={label(phrase): phrase})
    chosen = (label(phrase), key(phrase, lex))
    text_out, key_out = worded(chosen, ctx, lex)
    assert key_out == chosen[1]  # the key, which merges positions, never changes
    return chosen[0], chosen[1], text_out


@pytest.mark.parametrize(("text", "head", "expected"), [
    # « sur », « contre », « entre » hung on the verb right after its object complete the noun
    ("Le gouvernement veut instaurer une taxe sur les poids lourds.", "taxe", "taxe sur les poids lourds"),
    ("La mairie prépare un arrêté contre les nuisances sonores.", "arrêté", "arrêté contre les nuisances sonores"),
    # a participle telling what is done to the noun: its nominalisation
    ("L'accès à Wikipédia bloqué en Turquie", "accès", "blocage d'accès à Wikipédia en Turquie"),
    ("Le bac de Marsan supprimé en septembre", "bac", "suppression de bac de Marsan"),
    ("La manifestation a été interdite par le préfet.", "manifestation", "interdiction de manifestation"),
])
def test_worded(nlp, lex, text, head, expected):
    assert _worded(nlp, text, head, lex)[2] == expected


@pytest.mark.parametrize(("text", "head"), [
    # controls: « de » after the object is a measure, not the noun's complement
    ("Le ministre veut relever la taxe de dix centimes.", "taxe"),
    # a comma between them: a separate adjunct
    ("Le conseil a voté la taxe, sur proposition du maire.", "taxe"),
    # a place of the verb (« dans », « en »): where, not what
    ("Le syndicat distribue des tracts dans les gares.", "tracts"),
    # a participle with no nominalisation in the lexicon (« présenté »)
    ("Le projet présenté par le maire divise la ville.", "projet"),
    # an active past: the subject does the act (« le conseil a voté », not « vote du conseil »)
    ("Le conseil municipal a voté hier soir.", "conseil"),
])
def test_not_worded(nlp, lex, text, head):
    before, _, after = _worded(nlp, text, head, lex)
    assert after == before


def test_a_demonstrative_after_a_dateline_dash_is_no_question(nlp):
    """« 12 mai. – Cette journée de grève … »: the dash a phrase opens on goes before the demonstrative is read, so
    the thing pointed back to (« Cette journée ») is no phrase of its own, only what it governs (« grève »)."""
    # (a parse the model gives only inside a long lead)
    doc = parsed_doc(nlp, ["–", "Cette", "journée", "de", "grève"], [2, 2, 2, 4, 2],
                     ["dep", "det", "ROOT", "case", "nmod"], ["PUNCT", "DET", "NOUN", "ADP", "NOUN"],
                     ["", "PronType=Dem", "", "", ""])
    assert [label(p) for p in _phrases_in(list(doc), set())] == ["grève"]


def test_a_phrase_without_the_dash_is_as_it_was(nlp):
    """The control: a plain phrase (no dash, no demonstrative) keeps its noun and what it governs."""
    doc = parsed_doc(nlp, ["La", "journée", "de", "grève"], [1, 1, 3, 1], ["det", "ROOT", "case", "nmod"],
                     ["DET", "NOUN", "ADP", "NOUN"], ["", "", "", ""])
    assert [label(p) for p in _phrases_in(list(doc), set())] == ["journée de grève", "grève"]
