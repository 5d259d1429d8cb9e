"""The span tail probe: made-up French news sentences (tests/data/span_tail_probe.jsonl, written for these tests from
ANNOTATION_RULES.md and gold/fr/DECISIONS.md, blind to every gold file, invented names) over where a reported
infinitive ends: a comma and a relative that takes up the whole event (« a dit vouloir rentrer, ce qu'il fera deux
jours plus tard », « …, ce qui a surpris son opposition ») end it, the narrator's comment on what was said, and so
does an indefinite noun phrase that names the whole act (« a accusé l'opposition de mentir aux électeurs, une
charge inhabituelle … »); controls where the words go on: « ce que » without a comma (the infinitive's own object),
a `que` clause whose speaker reasons on with « , ce qui … », a comma inside quote marks, an apposition to a name
and one with a participle of its own. The same comma and relative end the phrase around a quoted fragment that a
speech verb governs, as does a second `que` clause of the verb (« dénonce un « plan de casse » pour les gares, ce
qui a été contesté … », « …, et que la police … »); there a line names the words that must stay outside
(`outside`), where the mixed quotation starts being another probe's question (tests/test_boundary_probe.py). A
fragment with only a determiner or a preposition before it after the verb, at the end of its sentence, is the
quotation alone with its marks (« a dénoncé un « assassinat politique ». »). Each other line gives the exact
content text and type expected of one quotation found in it. The sentences propos still gets wrong are listed below
by kind, so that a fix shows as an unexpected pass."""

from __future__ import annotations

from probes import over, probe

# what propos still gets wrong, by kind
KNOWN: dict[str, set[str]] = {
    # « …, une première dans l'histoire du club »: the tagger reads « première » as an adjective hung on the noun
    # after it, so no indefinite noun phrase opens after the comma
    "apposition, noun read as an adjective": {"t009"},
}


def _case_id(case: dict) -> str:
    return f"{case['id']}-{case['kind'].split(',')[0].replace(' ', '-')}"


@probe("span_tail_probe", KNOWN, _case_id)
def test_span_tail_probe(quotes, case):
    found = quotes(case["text"])
    if "outside" in case:  # a quoted fragment: where the mixed quotation starts is not this probe's; where it ends is
        hits = over(found, case["text"], case["quote"])
        assert hits and hits[0].type == case["type"], [(q.content.text, q.type) for q in found]
        assert not case["outside"] or case["outside"] not in hits[0].content.text, hits[0].content.text
        return
    same = [q for q in found if q.content.text == case["quote"]]
    assert same, f"no quotation {case['quote']!r}: {[(q.content.text, q.type) for q in found]}"
    assert same[0].type == case["type"], f"{case['quote']!r} typed {same[0].type}, not {case['type']}"
