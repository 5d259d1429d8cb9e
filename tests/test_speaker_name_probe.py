"""The speaker-name probe: made-up short French news passages (tests/data/speaker_name_probe.jsonl, written for
these tests, blind to every gold file) where a quotation's speaker must be named as the reader reads the name
(issue 12, items 5 and 7): the fullest form of the proper name the article gives, never the common nouns of its
description (« le groupe automobile X » is « X »), nor a title or role (« Le président X »), nor a name cut at a
particle or a hyphen (Arabic « al- », Spanish « de la », Dutch « van der », double surnames, hyphenated names),
nor the noun that heads a body's name (« l'Ordre » of « l'Ordre des … »); a description that is no name stays as
written (control). The name must match exactly (case, accents, determiner and titles aside; not the scorer's
lenient same-surname rule), and a named speaker must point to an actor (`speaker_id`).
The passages propos still gets wrong are listed below by kind, so that a fix shows as an unexpected pass."""

from __future__ import annotations

from probes import check_actor, kind_id, probe, quotation_of
from propos.evaluation.quotes import _fold

# what propos still gets wrong, by kind
KNOWN = {
    # « L'Union des Pêcheurs de Kervel »: the recogniser ends the body's name before « de » and tags the place
    # apart (« Union des Pêcheurs », « Kervel »)
    "name-cut-at-place": {"n017"},
    # « L'opérateur téléphonique Sonalys a indiqué »: the speaker's mention stops before the name
    "mention-stops-before-name": {"n023"},
    # « Le ministre des Finances et de l'Économie Rachid Bensalem a affirmé »: a title with its portfolio before
    # the name of a person the article names nowhere else is taken as the speaker's name
    "long-title-before-name": {"n024"},
}


def _bare(name: str | None) -> str:
    """A name without case, accents, determiner and titles: the words the reader reads as the name."""
    words = _fold(name or "").split()
    return " ".join(words[1:] if words and words[0] in ("le", "la", "les", "l", "un", "une", "des") else words)


@probe("speaker_name_probe", KNOWN, kind_id)
def test_speaker_name_probe(nlp, case):
    doc = nlp(case["text"])
    quote = quotation_of(doc._.quotes, case)
    assert _bare(quote.speaker_name) == _bare(case["name"]), quote.speaker_name
    check_actor(doc, quote)
