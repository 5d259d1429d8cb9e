"""evaluation.quote_funnel: a missed gold quotation is put at the last step of the trace that still held a span
covering more than 0.3 of it."""

from __future__ import annotations

from propos.evaluation.quote_funnel import cue_found, miss_step
from propos.evaluation.quotes import Item

GOLD = Item(100, 200, "indirect")


def _trace(**steps):
    base = {"found": [], "merged": [], "attributed": [], "fragments": [], "verified": [], "final": []}
    base.update(steps)
    return base


def test_no_candidate_and_too_short_a_candidate():
    assert miss_step(GOLD, _trace()) == "no candidate"
    assert miss_step(GOLD, _trace(found=[(190, 260, "que-clause", "subject")])) == "candidate covers < 0.3"


def test_merged_away():
    found = [(100, 200, "que-clause", "subject")]
    assert miss_step(GOLD, _trace(found=found, merged=[(300, 400, "que-clause", "subject")])) == \
        "merged away (duplicate or nested)"


def test_speaker_step_by_how_the_candidate_was_attributed():
    found = [(100, 200, "que-clause", "subject")]
    assert miss_step(GOLD, _trace(found=found, merged=found)) == "speaker step: subject refused"
    none = [(100, 200, "que-clause", "none")]
    assert miss_step(GOLD, _trace(found=none, merged=none)) == "speaker step: no subject"
    floating = [(100, 200, "floating", "floating")]
    assert miss_step(GOLD, _trace(found=floating, merged=floating)) == "speaker step: floating, no speaker found"


def test_learned_steps_and_matching():
    cand = [(100, 200, "que-clause", "subject")]
    quote = [(100, 200, "indirect", "X")]
    held = {"found": cand, "merged": cand, "attributed": quote}
    assert miss_step(GOLD, _trace(**held)) == "fragments model"
    assert miss_step(GOLD, _trace(**held, fragments=quote)) == "verifier"
    assert miss_step(GOLD, _trace(**held, fragments=quote, verified=quote)) == "actors"
    assert miss_step(GOLD, _trace(**held, fragments=quote, verified=quote, final=quote)) == \
        "predicted, matched to another gold"


def test_a_quotation_without_candidate_by_whether_its_cue_was_taken():
    trace = _trace(cues=[(50, 60, "speech")])
    assert cue_found({"cue": [52, 58]}, trace) == "cue taken, no clause built from it"
    assert cue_found({"cue": [70, 80]}, trace) == "cue not taken"
    assert cue_found({"cue": None}, trace) == "no cue in gold"
