"""The span tail probe: made-up French news sentences (tests/data/span_tail_probe.jsonl, written for these tests from
ANNOTATION_RULES.md and gold/fr/DECISIONS.md, blind to every gold file, invented names) over where a reported
infinitive ends: a comma and a relative that takes up the whole event (« a dit vouloir rentrer, ce qu'il fera deux
jours plus tard », « …, ce qui a surpris son opposition ») end it, the narrator's comment on what was said, and so
does an indefinite noun phrase that names the whole act (« a accusé l'opposition de mentir aux électeurs, une
charge inhabituelle … »); controls where the words go on: « ce que » without a comma (the infinitive's own object),
a `que` clause whose speaker reasons on with « , ce qui … », a comma inside quote marks, an apposition to a name
and one with a participle of its own. Each line gives the exact content text and type expected of one quotation
found in it. The sentences propos still gets wrong are listed below by kind, so that a fix shows as an unexpected
pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from probes import probe_cases

PROBE = Path(__file__).parent / "data" / "span_tail_probe.jsonl"

# what propos still gets wrong, by kind
KNOWN: dict[str, set[str]] = {
    # « …, une première dans l'histoire du club »: the tagger reads « première » as an adjective hung on the noun
    # after it, so no indefinite noun phrase opens after the comma
    "apposition, noun read as an adjective": {"t009"},
}


def _case_id(case: dict) -> str:
    return f"{case['id']}-{case['kind'].split(',')[0].replace(' ', '-')}"


@pytest.mark.parametrize("case", list(probe_cases(PROBE, KNOWN, _case_id)))
def test_span_tail_probe(quotes, case):
    found = quotes(case["text"])
    same = [q for q in found if q.content.text == case["quote"]]
    assert same, f"no quotation {case['quote']!r}: {[(q.content.text, q.type) for q in found]}"
    assert same[0].type == case["type"], f"{case['quote']!r} typed {same[0].type}, not {case['type']}"
