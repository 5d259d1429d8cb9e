"""The noun-mention probe: made-up short French news passages (tests/data/noun_mention_probe.jsonl, written for
these tests, blind to every gold file, invented names) where a quotation's speaker is a noun phrase (issue 12): the
mention of a cue standing before a direct quotation (a paragraph « Le président de …, X : « … » », a time phrase
or a complement naming another person before the subject: the subject is the speaker), and a noun mention
resolved to the entity the article names (ANNOTATION_RULES §4, §5): a role noun (« la ministre », « le
procureur », « l'entraîneur ») to the one person given that role before, a surname to the full name, a body's
acronym or kind noun (« la FBPL », « le syndicat ») to its full name, an anonymous source to its whole
description; a colon after a clause whose subject is a thing and whose predicate names whose view it is (« Le
constat est partagé par la sociologue X : », « L'inquiétude est palpable chez le maire X : », « Le ton est ferme du
côté du préfet X : »: X, direct._view_holder); a body the recogniser tagged as a place (« la préfecture du
Morbihan », « la Chambre d'agriculture du Finistère », « le parquet de Rennes »), which « la préfecture » later
names; an unnamed source with where it sits (« une source au sein du gouvernement »); a thing that moved a person
before a colon (« La décision a surpris le maire X : »: X); a clause coordinated after the cue's (« …, mais le
maire X reste confiant : »: X). Controls: two people given the same role, or two bodies of one kind (no guess), a role nobody was given, a
plural role noun after one holder, a former holder of the role, a person as the subject before a colon: the mention
stays as written."""

from __future__ import annotations

from probes import check_speaker, kind_control_id, probe

# what propos still gets wrong, by kind
KNOWN: dict[str, set[str]] = {
    # « L'association Eaux et Rivières de Bretagne … L'association a estimé »: the recogniser cuts the body's name at
    # « et » (« Eaux » ORG, « Rivières de Bretagne » LOC), so the kind noun resolves to « Eaux »
    "body-description-later": {"n024"},
    # « Ce projet, …, ne convainc pas l'opposant Marc Riou : « … » »: the cue path takes the thing subject of a verb
    # whose object is the one who reacts (« convaincre », « inquiéter »)
    "colon-object-experiencer": {"n039"},
    # « Le Dr Anne Coadou … la médecin »: « Dr » says no role (title_roles has « Me » only), and « Le Dr » would give
    # the masculine; tried « dr » → docteur/docteure: the determiner's gender kept only « docteur »
    "title-role": {"n040"},
}


@probe("noun_mention_probe", KNOWN, kind_control_id)
def test_noun_mention_probe(quotes, case):
    check_speaker(quotes(case["text"]), case)
