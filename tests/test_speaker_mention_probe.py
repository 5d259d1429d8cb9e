"""The speaker-mention probe: made-up French news passages (tests/data/speaker_mention_probe.jsonl, written for
these tests, blind to every gold file) where a direct quotation's cue stands before it and the speaker mention must
follow the cue's syntax among phrases that compete with it (issue 12, item 4): a participial clause, a time or place
phrase, a document phrase before the subject (« Arrivé sur les lieux, le préfet X a déclaré : », « Mardi soir, devant
les militants, X a lancé : », « Dans un communiqué publié mardi, le ministère de Z affirme : »); a complement naming
a second person (« X a confié à son entraîneur, Y : », « Interrogé par Y, X a répondu : », « C'est ce qu'a
expliqué X à Y : »); a passive cue, whose agent speaks (« … a été défendu par X : »); a name inside the quotation,
never the mention; a clause of comparison that resumes the words (« Comme l'a rappelé X : », « Ainsi que l'a
expliqué X : »); a body named in quote marks before a compound tense (« Le collectif « Y » a déclaré : »); a gerund
hung on the infinitive of a verb with its own subject (« quand un jeune homme a tenté de le gifler en criant « … » »); a
relative clause on the person a verb of speech addresses (« X a répondu au député Y, qui l'accusait de mentir : »: X),
with controls where the relative's subject speaks (« a rencontré la ministre Y, qui lui a assuré : », « a salué les
pompiers, qui ont raconté : »); a description that ends on how the press reached it (« Des témoins interrogés par l'AFP
ont décrit : », « Une source syndicale, contactée mardi par Le Progrès, a réagi : »: the witnesses, the source), with
a control whose participle is its own (« Les riverains regroupés en association »; stop 50, sm044-sm046). The
mention must overlap the expected phrase and the name match one of those given.

Written before any change: 22 of the first 24 passed; the two that failed were « Comme l'a rappelé X lors du
conseil : « … » » (no mention: floating; « Ainsi que l'a expliqué X : » took the clitic « l'a ») and « Le collectif
« Sauvons la Loire » a déclaré : « … » » (no quotation at all: the parse makes « Sauvons » the root and leaves
« a déclaré » with no subject; `_announces_colon` only knew simple tenses)."""

from __future__ import annotations

from probes import check_speaker, construction_id, probe

# what propos still gets wrong, by construction
KNOWN = {
    # the parse hangs « quand un militant » on the object and makes « a tenté » a root with no subject: the gerund
    # goes to the first cue's subject
    "gerund under an infinitive, the parse broken by an apposition": ["sm027"],
    # the parse reads « juge » as an adjective of « le gouvernement » and hangs the quotation on the main verb: no cue
    # in the relative clause, the main clause's subject is taken
    "a relative « que » whose subject judges the quoted words": ["sm867"],
}


@probe("speaker_mention_probe", KNOWN, construction_id)
def test_speaker_mention_probe(quotes, case):
    check_speaker(quotes(case["text"]), case)


def test_a_name_in_quote_marks_in_the_subject_is_no_quotation(quotes):
    text = "Le collectif « Sauvons la Loire » a déclaré : « Le barrage ne passera pas. »"
    assert not [q for q in quotes(text) if "Sauvons" in q.content.text]


def test_the_clitic_of_a_comparison_is_never_the_mention(quotes):
    text = "Ainsi que l'a rappelé le maire : « La commune n'a plus un euro. »"
    found = quotes(text)
    assert found and all(q.speaker is not None and q.speaker.text != "l'a" for q in found), found
