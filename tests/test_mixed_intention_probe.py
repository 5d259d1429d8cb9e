"""The mixed-intention probe (issue 13): made-up French news passages (tests/data/mixed_intention_probe.jsonl,
written for these tests from ANNOTATION_RULES.md and the issue, blind to every gold file) where a quoted fragment
stands in the infinitive of a verb of decision or intention (« Le syndicat a décidé de « suspendre … » », « Les élus
veulent « remettre … » », « Le gouvernement envisage de « revoir … » »): the words of that verb's subject, a
phrase taken as it stands as well as a name or a pronoun (quotes_markers.json `intention_verbs`,
component._sure_subject); or in the complement of a noun of a speech act (« après son appel à « désobéir » »,
« la menace de l'entraîneur X de « tout quitter … » »): the words of the noun's owner (`saying_nouns`,
component._saying_noun_owner); and controls — names of places, operations, bands, ships, works, programmes, calls
for projects, tenders and campaigns in quote marks — which must give no quotation over their words. A required line names a piece of the
fragment, which a quotation must overlap, said by one of the given names. What propos still gets wrong is listed
below by kind, so that a fix shows as an unexpected pass."""

from __future__ import annotations

from probes import check_detection, construction_id, over, probe

# what propos still gets wrong, by kind
KNOWN = {
    # a pronoun subject, or the possessive of a noun of saying, that the ranker is not sure of (_SURE_PRONOUN)
    "pronoun not sure": {"m008", "n002"},
    # quote marks the classifier does not take for speech more likely than not (a short infinitive phrase)
    "quote marks not sure speech": {"n001"},
}


@probe("mixed_intention_probe", KNOWN, construction_id)
def test_mixed_intention_probe(quotes, case):
    found = quotes(case["text"])
    if case["required"]:
        check_detection(found, case, speaker=True)
    else:  # no quotation over the quoted name
        assert not over(found, case["text"], case["quote"]), [(q.content.text, q.resolution) for q in found]
