"""The pronoun probe: made-up short French news passages (tests/data/pronoun_probe.jsonl, written for these tests,
blind to every gold file, invented names) where « il / elle / ils / elles » must be resolved to a body (an
association, a company, a ministry, a union, a party, a court, named by its kind and name or by an acronym,
singular or plural, agreeing with the body's head noun, with a person of the other gender nearby) or to the
paragraph's topic rather than the last one who spoke in a side clause, with controls where the person (the last
speaker or the subject) is right. Each line gives the text, a piece of the quotation, the names its speaker may
resolve to (as the quotation scorer judges them), the kind it probes and whether it is a control. The passages
propos still gets wrong are listed below by kind, so that a fix shows as an unexpected pass."""

from __future__ import annotations

from probes import check_resolved, kind_control_id, probe

# what propos still gets wrong, by kind
KNOWN = {
    # « Il dénonce le fait que … », « Elles dénoncent le fait que … »: no quotation found (detection, not speakers)
    "detection": {"p014", "p027"},
}
# (p050, « Paul et Marie Tessier … Ils affirment », left unnamed at stops 47 to 49, is named the couple since stop 50)


@probe("pronoun_probe", KNOWN, kind_control_id)
def test_pronoun_probe(quotes, case):
    check_resolved(quotes(case["text"]), case)
