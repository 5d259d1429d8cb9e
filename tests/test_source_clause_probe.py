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

from probes import check_exact, kind_slug_id, probe

# what propos still gets wrong, by kind
KNOWN: dict[str, set[str]] = {}


@probe("source_clause_probe", KNOWN, kind_slug_id)
def test_source_clause_probe(quotes, case):
    check_exact(quotes(case["text"]), case, speaker=True)
