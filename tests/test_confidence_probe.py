"""The confidence probe: made-up short French news passages (tests/data/confidence_probe.jsonl, written for these
tests, blind to every gold file, invented names) on which propos names the right speaker (issue 12, confident
speakers). A speaker named in the clause that carries the words and linked to its actor — through a que-clause, an
incise, « selon », an infinitive, a cue before a colon (`named-subject`) — is named with confidence: at or above
the calibration's threshold, so that a reader who keeps only those keeps it. Controls, where the name is right but
reached through a guess, stay under the threshold: a pronoun the learned ranker resolved (`pronoun`, with one
candidate or two), a quotation with no cue whose speaker is carried from the sentence before (`carried`)."""

from __future__ import annotations

from probes import kind_control_id, over, probe
from propos.evaluation.quotes import same_speaker
from propos.extraction.quotes.confidence import shipped_confidence

# what propos still gets wrong, by kind
KNOWN: dict[str, set[str]] = {}


@probe("confidence_probe", KNOWN, kind_control_id)
def test_confidence_probe(quotes, case):
    said = [q for q in over(quotes(case["text"]), case["text"], case["quote"]) if same_speaker(q.speaker_name, case["names"])]
    assert said, f"no quotation over {case['quote']!r} said by {case['names']}"
    threshold = shipped_confidence().threshold
    assert [q.confidence >= threshold for q in said] == [case["confident"]] * len(said), \
        [(q.content.text, q.resolution, q.confidence) for q in said]
