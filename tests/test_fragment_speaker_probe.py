"""The fragment-speaker probe (issue 13): made-up French news sentences (tests/data/fragment_speaker_probe.jsonl,
written for these tests from ANNOTATION_RULES.md, gold/fr/DECISIONS.md and the issue, blind to every gold file)
over quoted fragments in narration whose speaker the grammar gives: the subject of a verb of saying, judging or
naming that governs the fragment (a finite verb, a participle or gerund of the clause, a relative « qu'il tenait
pour », « ce qu'il appelle »), the possessor of a noun of saying (« ses propos sur », « les mots de la ministre »),
« selon » before or after; and controls — scare quotes, titles of works, slogans, nicknames, names of operations,
programmes and newspapers in quote marks that no one is reported saying, which must give no quotation (a wrong
speaker is worse than no quotation). A required line names a piece of the fragment, which a quotation must overlap,
said by one of the given names. What propos still gets wrong is listed below by construction, so that a fix shows
as an unexpected pass."""

from __future__ import annotations

from probes import check_detection, construction_id, probe

# what propos still gets wrong, by construction
KNOWN = {
    # the parse misreads the relative (« que l'opposition juge « … » »: « juge » tagged an adjective, « que » a
    # punctuation), so the cue before it (« a présenté ») is taken and the fragment given to the wrong person; the
    # same misreading as the mixed probe's « clause misparsed » cases
    "relative misparsed, wrong speaker": {"f005"},
    # a newspaper's name split by the parse (« Le quotidien Ouest Matin »: « Ouest » and « Matin » two nouns), the
    # speaker named « Ouest »
    "name cut by the parse": {"f011"},
    # a possessor of a noun of saying with the fragment as its complement (« son appel à « … » »): no clause
    # subject, no cue (one train case)
    "possessive noun of saying": {"f020"},
}


@probe("fragment_speaker_probe", KNOWN, construction_id)
def test_fragment_speaker_probe(quotes, case):
    check_detection(quotes(case["text"]), case, speaker=True)
