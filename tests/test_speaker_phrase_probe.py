"""The speaker phrase probe: made-up French news passages (tests/data/speaker_phrase_probe.jsonl, written for these
tests, blind to every gold file, from ANNOTATION_RULES.md, gold/fr/DECISIONS.md and issue 12) over the phrase
taken as a quotation's speaker mention. A speaker must be a plausible source — a person, a body, a document (D16),
a group, an anonymous source (D19) — not a time, a place, an event or an abstract noun that the parse set in
subject position (« Jeudi a été … », « Le travail a repris … », « Le mérite revient … », « Ces éléments
montrent … »), nor a noun of a participial clause or a prepositional phrase (« Ce dernier, accusant le maire … »,
« une étude publiée par la revue X »); a role noun (« le ministre », « le chef de l'État », « la juge ») is the
article's holder of that role, with one holder and with two. The quotation over `quote` must be given a speaker
matching one of `names` (the scorer's rule). What propos still gets wrong is listed below by kind, so that a fix
shows as an unexpected pass."""

from __future__ import annotations

from probes import check_resolved, construction_id, probe

# what propos still gets wrong, by kind
KNOWN: dict[str, set[str]] = {}


@probe("speaker_phrase_probe", KNOWN, construction_id)
def test_speaker_phrase_probe(quotes, case):
    check_resolved(quotes(case["text"]), case)
