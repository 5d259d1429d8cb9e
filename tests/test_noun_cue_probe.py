"""The noun cue probe: made-up French news sentences (tests/data/noun_cue_probe.jsonl, written for these tests from
ANNOTATION_RULES.md, gold/fr/DECISIONS.md (D16 documents, D20 relatives) and issue 13, blind to every gold file,
invented names) over reported speech whose cue is a noun of saying: its « que » clause with the noun's author
(« L'annonce par la ministre X que P », « l'affirmation de l'avocat X que P », « X a répété sa promesse que P »,
« X a fait l'annonce que P »), a « selon laquelle » clause of a noun whose author is the subject of the verb that
takes it (« Le syndicat a fait une déclaration selon laquelle P », « Le journal a publié des informations selon
lesquelles P »), and one that completes the sentence's subject (« La déclaration du maire selon laquelle P a fait
réagir »: P ends before the main predicate). Controls: an idea that no one holds or one rejected (« l'idée selon
laquelle »), a title adapted from a work (« La Promesse de l'aube, d'après le roman de X »), a narrated announcement,
a relative « que » after the noun, a noun of saying with no author, information denied by the subject. A line with
`required` false gives no quotation (or, with `not_names`, none of theirs); otherwise one quotation has the exact
content `quote` and a speaker among `names`."""

from __future__ import annotations

from probes import kind_slug_id, probe
from propos.evaluation.quotes import same_speaker

# what propos still gets wrong, by kind
KNOWN: dict[str, set[str]] = {}


@probe("noun_cue_probe", KNOWN, kind_slug_id)
def test_noun_cue_probe(quotes, case):
    found = quotes(case["text"])
    if not case["required"]:
        if "not_names" in case:
            assert not any(same_speaker(q.speaker_name, case["not_names"]) for q in found), \
                [(q.content.text, q.speaker_name) for q in found]
        else:
            assert not found, [(q.content.text, q.resolution) for q in found]
        return
    same = [q for q in found if q.content.text == case["quote"]]
    assert same, f"no quotation {case['quote']!r}: {[q.content.text for q in found]}"
    assert same[0].type == "indirect", same[0].type
    assert same_speaker(same[0].speaker_name, case["names"]), same[0].speaker_name
