"""The incise probe: made-up French news sentences (tests/data/incise_probe.jsonl, written for these tests, blind to
every gold file) over issue 13 and issue 12 kind 4: an incise with the speaker inside a sentence whose subject is
an abstract noun (« Ces éléments, estime X, prouvent que … », « La question, rappelle X, est de savoir si … »,
« Le problème, explique X, c'est que … »: the quotation is the sentence without its incise, in one or two parts,
said by X), and the attribute of a reflexive speech verb (« X se déclare favorable à … », « X s'est dit prêt à …
»). Controls: « un incendie s'est déclaré » and the like (no speech), an incise that is no speech (« La question,
elle, reste ouverte », « Le pont, fermé depuis mardi, rouvrira »: nothing) and a participle incise before a
report (« La réforme, votée mardi, prévoit que »: whatever is found, its speaker is not in the incise). `expect`
says which: "speaker" (a quotation over `quote`, not over the incise, its mention overlapping `speaker` and its
name one of `names`), "any" (the mention only), "none", "not incise". What propos still gets wrong is listed
below by kind, so that a fix shows as an unexpected pass."""

from __future__ import annotations

from probes import check_outcome, construction_id, over, probe, speaker_outcome

# what propos still gets wrong, by kind
KNOWN = {
    # no quotation: the incise verb tagged a noun with the speaker its complement (« La situation, juge le médecin
    # X, est … »: no cue), a predicate after the incise too short to stand as a quotation (« est décevant »)
    "no quotation": {"a026", "a029"},
}


def probe_outcome(found, case) -> str | None:
    """None when propos reads the case as expected, else the kind of error: "false quotation", "no quotation",
    "incise in content" (the quotation runs over the speaker's incise), "wrong speaker", "wrong name", "speaker
    in incise" (a participle incise taken for the speaker)."""
    text = case["text"]
    if case["expect"] == "none":
        return "false quotation" if found else None
    start = text.index(case["speaker"])
    end = start + len(case["speaker"])
    if case["expect"] == "not incise":
        hit = any(q.speaker is not None and start <= q.speaker.start < end for q in found)
        return "speaker in incise" if hit else None
    hits = over(found, text, case["quote"])
    if not hits:
        return "no quotation"
    q = hits[0]
    if q.content.start < end and start < q.content.end:
        return "incise in content"
    return speaker_outcome(q, case, start, end)


@probe("incise_probe", KNOWN, construction_id)
def test_incise_probe(quotes, case):
    found = quotes(case["text"])
    check_outcome(probe_outcome(found, case), found)
