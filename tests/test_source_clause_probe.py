"""The source clause probe: made-up French news sentences (tests/data/source_clause_probe.jsonl, written for these
tests from ANNOTATION_RULES.md, gold/fr/DECISIONS.md D8 and D10 and issue 13, blind to every gold file, invented
names) over what a source marker attributes when the sentence holds more than one report: a « selon lui » inside a
relative clause that the parse cut short before its quoted words, followed by the main clause's own cue (« X, qui
combat des normes qui vont selon lui « trop loin », affirme que P »); two source markers in one sentence, the
fronted one no part of what the later one attributes (« Selon A, P, qui auraient …, selon B »: A gives P, B the
relative clause, nested speech; « Selon A, P, selon B »: the same words, given to the source after them); a relative clause set off by commas in the conditional right before its source
(« …, qui seraient …, selon X »: that clause, D10); a verbless judgement before the source, with a relative about
the source after it (« Insuffisant selon le collectif, qui exige … »: the judgement, not the relative). Controls: a relative in the indicative, or a whole clause in
the conditional, keeps the whole clause. Each line gives the exact content text, the type and the names that may
resolve the speaker of one quotation found in it. The sentences propos still gets wrong are listed below by kind,
so that a fix shows as an unexpected pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from probes import probe_cases
from propos.evaluation.quotes import same_speaker

PROBE = Path(__file__).parent / "data" / "source_clause_probe.jsonl"

# what propos still gets wrong, by kind
KNOWN: dict[str, set[str]] = {}


def _case_id(case: dict) -> str:
    return f"{case['id']}-{case['kind'].replace(' ', '-').replace(':', '')}"


@pytest.mark.parametrize("case", list(probe_cases(PROBE, KNOWN, _case_id)))
def test_source_clause_probe(quotes, case):
    found = quotes(case["text"])
    same = [q for q in found if q.content.text == case["quote"]]
    assert same, f"no quotation {case['quote']!r}: {[q.content.text for q in found]}"
    assert same[0].type == case["type"], f"{case['quote']!r} typed {same[0].type}, not {case['type']}"
    assert same_speaker(same[0].speaker_name, case["names"]), same[0].speaker_name
