"""The fragment-subject probe (issue 13): made-up French news passages (tests/data/fragment_subject_probe.jsonl,
written for these tests, blind to every gold file) where the person who said a quoted fragment stands in its own
sentence but the parse gives the fragment's clause no usable subject: a passive with its agent (« a été qualifiée de
« … » par la maire »), a participle on its noun (« un clip de la chanteuse X, dénonçant « … » »), a relative clause
on its antecedent (« le préfet X, qui a jugé la situation « … » »), a verb coordinated with the subject's first
verb; and controls where the sentence's person did not say the quoted words (a fragment « selon » others, a title,
the name of a programme or a ship), which must give no quotation over them. What propos still gets wrong is listed
below by kind, so that a fix shows as an unexpected pass."""

from __future__ import annotations

from probes import check_said_or_control, construction_id, over, probe, same_speaker

# what propos still gets wrong, by kind
KNOWN = {
    # a participle without its auxiliary whose agent the parser hangs on the noun it qualifies (« Une décision
    # qualifiée d'« absurde » par le maire »)
    "participle with its agent on the noun": {"s003"},
    # a subject found through a quoted relative, but its verb read as an apposition: the model leaves the fragment
    "quoted relative, verb misread": {"s016"},
}


@probe("fragment_subject_probe", KNOWN, construction_id)
def test_fragment_subject_probe(quotes, case):
    found = quotes(case["text"])
    if not case["required"] and "not_names" in case:  # the words are someone's, not those of the sentence's person
        wrong = [q for q in over(found, case["text"], case["quote"]) if same_speaker(q.speaker_name, case["not_names"])]
        assert not wrong, [(q.content.text, q.speaker_name) for q in wrong]
    else:
        check_said_or_control(found, case)


def _subject(nlp, text: str, words: str):
    from propos.extraction.quotes.fragments import clause_subject
    from propos.extraction.quotes.lexicon import lexicon

    doc = nlp(text)
    at = text.index(words)
    subject = clause_subject(doc, at - 2, at + len(words) + 2, lexicon("fr"))
    return subject.text if subject is not None else None


def test_subject_past_a_quoted_relative(nlp):
    """« une manœuvre qui « sabote » … »: the relative pronoun is not who said the words; the one who sees it is."""
    text = "Le député Julien Mercier a dénoncé une « trahison », y voyant une manœuvre qui « sabote » la négociation."
    assert _subject(nlp, text, "sabote") == "député"


def test_subject_is_the_passive_agent(nlp):
    """« accueilli comme « … » par le maire X », « perçue comme « … » par la présidente »: the agent, also where
    the parser hangs it on the quoted phrase."""
    text = "Le nouveau tracé du tramway a été accueilli comme « une bouffée d'oxygène » par le maire Gilles Roquette."
    assert _subject(nlp, text, "une bouffée") == "maire"
    text = "Cette réforme est perçue comme « une trahison pure et simple » par la présidente du syndicat, Martine Lheureux."
    assert _subject(nlp, text, "une trahison") == "présidente"


def test_no_agent_of_a_verb_above_the_fragment(nlp):
    """« Le projet, jugé « ruineux » par l'opposition, a été adopté par le conseil »: not the council, whose verb
    is not the fragment's."""
    text = "Le projet, jugé « ruineux » par l'opposition, a été adopté jeudi par le conseil municipal que préside Éric Vannier."
    assert _subject(nlp, text, "ruineux") != "conseil"
