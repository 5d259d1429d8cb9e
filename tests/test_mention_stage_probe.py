"""The mention stage probe: made-up short French news passages (tests/data/mention_stage_probe.jsonl, written for these
tests, blind to every gold file, invented names) where the speaker mention of a quotation is read from the clause
around it (issue 12): a verb coordinated after a quotation shares the subject of the clause before the quote marks,
not a word inside them (« X dit que « ce n'est pas ce qu'on attendait » et réclame « … » »: X, not « on »; « X a
précisé qu'il « … » mais a confié … »: X, not the subordinate clause's « il »), also when the parser cut that
sentence at a full stop inside the marks; an inverted subject set after a participial clause (« « … » mardi, mettant
fin à la grève, a déclaré le maire X ») or followed by an aside in brackets (« …, a annoncé le député X (PS) »); the
subject of a fragment's clause when it is the speaker carried over (« Il avait dénombré « … » »); the example or
member a clause before a colon names (« des commentaires, comme celui de X : « … » », « des manifestants, dont une
infirmière : « … » »); a subject whose name the parser cut off (« Le Haut Commissaire des Nations Unies aux réfugiés
a qualifié … »: not « Unies »); the issuer of a message whose relative clause carries the words (« un communiqué de X
qui « condamne … » », « X a publié un communiqué, qui précise : « … » »). Controls: a relative « qui » after an
incise keeps its own mention, a relative « qui » outside the marks of the verb a second verb is coordinated with
stays the subject, two verbs coordinated inside one quotation leave the speaker before the colon, a relative « dont »
with its own verb before a colon leaves the clause's subject, and a name with its aside in brackets and no cue makes
no quotation. The passages propos still gets wrong are listed below by kind, so that a fix shows as an unexpected
pass."""

from __future__ import annotations

from probes import check_speaker_or_none, kind_control_id, probe

# what propos still gets wrong, by kind
KNOWN = {
    # « ont publié un communiqué de X qui « condamne … » »: the publishing verb's subject is taken, not the issuer
    "message-issuer": {"m007"},
}


@probe("mention_stage_probe", KNOWN, kind_control_id)
def test_mention_stage_probe(quotes, case):
    check_speaker_or_none(quotes(case["text"]), case)
