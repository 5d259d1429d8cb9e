"""The floating quotation probe: made-up short French news passages (tests/data/floating_probe.jsonl, written for
these tests, blind to every gold file) where a quotation with no cue of its own follows a sentence of narration.
Either the narration brought in a new speaker (by name and role, the quotation opening its own paragraph or
not; by a role noun only; a body) whose words follow, or, in the controls (`previous-goes-on`), the narration
is about someone who does not speak and the previous speaker goes on. Each line gives the text, a piece of the
quotation, the names its speaker may resolve to (as the quotation scorer judges them), its kind and whether it
is a control. The passages propos still gets wrong are listed below by kind, so that a fix shows as an
unexpected pass."""

from __future__ import annotations

import pytest

from probes import check_resolved, kind_id, probe
from propos.evaluation.quotes import same_speaker

# what propos still gets wrong, by kind
KNOWN = {
    # the new person is the subject with a role in apposition or before the name (« Nadia Benali, institutrice à
    # Roubaix, enseigne … », « Le vigneron Thierry Bousquet a ouvert … »): the carried ranker keeps the previous
    # speaker (features for a new subject of the sentence before lowered the ranker's train top-1 out of fold)
    "name-role": {"f001", "f003", "f004", "f005", "f007"},
    # a short paragraph that is only « … . », after a paragraph that introduced someone new: since dq43's
    # is_headline no longer takes it for an intertitle, the quotation is found, but the previous speaker is
    # carried on (as for "name-role")
    "name-role-paragraph": {"f008", "f009", "f011", "f012"},
    # a role noun only (« Une agricultrice de la vallée regarde … »): roles that have not spoken are no
    # candidates of a floating quotation, and the previous speaker is carried on
    "role-only": {"f018", "f019", "f020", "f021", "f022"},
    # a body (« L'association Terre Vivante a publié un communiqué »): the previous speaker is carried on
    "body": {"f023", "f024", "f025", "f026"},
    # the quotation is lost (« n'a pas souhaité réagir », the parse glues the sentences); the person the narration says is dead, hurt or out of reach (« est mort en 2019 », « a été
    # conduit à l'hôpital », « n'était pas joignable ») is taken for the speaker by floating-previous-subject
    "previous-goes-on": {"f027", "f045", "f046", "f048"},
}


@probe("floating_probe", KNOWN, kind_id)
def test_floating_probe(quotes, case):
    check_resolved(quotes(case["text"]), case)


@pytest.mark.parametrize("text", [
    # the negated cue glued by the parse to the quotation's sentence (direct-cue-before)
    "« Nous irons jusqu'au procès », a prévenu l'avocate Nathalie Brossard. Didier Vasseur n'a pas souhaité "
    "s'exprimer. « Les familles attendent des réponses depuis six ans. »",
    # the negated cue in the sentence before (floating-previous-subject)
    "« Ce marché était illégal », a dénoncé l'élue Nathalie Brossard. Didier Vasseur n'a pas répondu à nos "
    "questions. « La commune a payé deux fois le prix du marché. »",
])
def test_who_did_not_speak_is_not_the_speaker_after(quotes, text):
    """« X n'a pas souhaité s'exprimer. « … » »: a negated speech verb says X did not speak, so the words after
    are not X's (the previous speaker's, or nobody's), never X's with a cue or a subject that denies it."""
    found = [q for q in quotes(text) if "Les familles" in q.content.text or "La commune" in q.content.text]
    assert all(not same_speaker(q.speaker_name, ["Didier Vasseur"]) for q in found)
