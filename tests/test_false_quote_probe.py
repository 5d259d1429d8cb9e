"""The false-quotation probe (issue 13, precision): made-up French news passages (tests/data/false_quote_probe.jsonl,
written for these tests from ANNOTATION_RULES.md, gold/fr/DECISIONS.md D14 and the issue, blind to every gold file)
over the kinds of quote marks and clauses that hold no one's words — scare quotes, titles of works after a verb of
publishing or showing, nicknames (« surnommé », « le surnom de », « dit »), names of affairs, operations and things,
slogans on banners, « dit » as « so-called » after a noun, the journalist's own voice (« Rappelons que … »), verbs
that are not of saying there (« apprendre que »: learn, « savoir que », « X signifie « … » », « un incendie s'est
déclaré », « avancer vers » with a relative « que »), a charge's name, « pour X » of concern — each control beside
a positive of the same words or verb that someone does say, so that recall is guarded too. A control must give no
quotation over its words; a positive a quotation over them said by one of the given names. What propos still gets
wrong is listed below by kind, so that a fix shows as an unexpected pass."""

from __future__ import annotations

from probes import check_said_or_control, construction_id, probe

# what propos still gets wrong, by kind
KNOWN = {
    # a title followed by a participle the incise rule reads as its inverted cue (« « Sous la glace », attendu … »)
    "title before a participle": {"f015"},
    # a nickname after a name and « dit » when the sentence's agent comes later (« Jean Roussel, dit « le Grand », a
    # été condamné … par la cour »): the incise rule takes the agent for the speaker
    "nickname after « dit »": {"f024"},
    # a relative « que » after a name, the verb before it a speech verb in another sense (« avancent vers la ville
    # qu'elles avaient perdue »); read from the parse (a relative object of a relative clause) it fixed two train
    # cases but lost a dev quotation the parse took for one, and was dropped
    "relative que after a cue": {"f068"},
    # « analyser » as a cue, its object a term in quote marks
    "verb of analysing": {"f071"},
    # « Pour l'entraîneur de Vannes, Éric Pollet, P »: the view of a role with a name in apposition is missed
    "positive missed": {"f081"},
}


@probe("false_quote_probe", KNOWN, construction_id)
def test_false_quote_probe(quotes, case):
    check_said_or_control(quotes(case["text"]), case)
