"""The quotation's own words probe: made-up short French news passages (tests/data/quote_words_probe.jsonl, written
for these tests from the annotation rules and issue 12, blind to every gold file) where only what the quotation
itself says tells who speaks. A floating quotation after the narration brought in someone new whose first-person
agreement it shows (« Je suis persuadée … » after a man spoke and a woman was named: `first-person-feminine`, and
the other way round), or the previous speaker's (`previous-agrees`, a control: the narration named a man, the
quotation is hers); « nous » and « notre » after a body was named (`first-plural-body`); a person the quotation
names in the third person, who is not its speaker (`named-in-quote`, a control, and `pronoun-named-in-quote`:
« il » between two men, the quotation naming one). Each line gives the text, a piece of the quotation, the names
its speaker may resolve to (as the quotation scorer judges them), its kind and whether it is a control. The
passages propos still gets wrong are listed below by kind, so that a fix shows as an unexpected pass."""

from __future__ import annotations

from probes import check_resolved, kind_id, probe

# what propos still gets wrong, by kind
KNOWN = {
    # « nous », « notre » after the narration named a body: the ranker does not read the first person's number
    # (a feature at stop 44, not kept: on train gold a person speaking for a body says « nous » more often than the
    # body itself is the speaker), and the previous speaker is carried on
    "first-plural-body": {"w008", "w009"},
    # « il » between two men (« elle » between two women), the quotation naming one: who the quotation names is
    # not read (named_in_quote, a feature at stop 44, not kept); not a rule either, since on train gold one
    # candidate in six named inside its quotation is its speaker
    "pronoun-named-in-quote": {"w012", "w013", "w014"},
}


@probe("quote_words_probe", KNOWN, kind_id)
def test_quote_words_probe(quotes, case):
    check_resolved(quotes(case["text"]), case)
