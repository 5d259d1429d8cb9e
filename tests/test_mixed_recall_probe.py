"""The mixed-recall probe (issue 13, stop 47): made-up French news passages (tests/data/mixed_recall_probe.jsonl,
written for these tests from ANNOTATION_RULES.md and gold/fr/DECISIONS.md, blind to every gold file) over the kinds
of mixed quotation this stop worked on: a single quoted verb in a clause that an incise attributes (« Nous le
« gagnerons », a-t-elle lancé »), a person's state in their own words after « être » (« X est « profondément
choquée » »), a clause that goes on after its closing mark up to the incise (« c'est « … » qui a mis le feu,
précise X »), quoted words right after « selon » and a pronoun set off by a comma (« a voté contre la loi, selon
elle « injuste … » »); and controls — a name, a title, a nickname, a charge, an act done to someone, a thing's state,
scare quotes, an operation's name — which must give no quotation over their words. Stop 48 added « Pour » and a
newspaper's title that the tagger reads as a common noun (« Pour L'Opinion, il s'agit d'une « … » »), with an
event's name after « Pour » as its control (« Pour la Fête de la musique, … »). A required line names a piece
of the fragment, which a quotation must overlap, said by one of the given names. What propos still gets wrong is
listed below by kind, so that a fix shows as an unexpected pass."""

from __future__ import annotations

from probes import check_said_or_control, construction_id, probe

# what propos still gets wrong, by kind
KNOWN = {
    # a quoted adjective after « être », or a participle the tagger reads as one (« X est « très inquiet » », « est
    # « vraiment soulagée » »): a copula's attribute is as often a judgement of others (« est « très dangereux » »),
    # so only a quoted participle qualified by an adverb counts as the person's own state (fragments.quoted_state)
    "quoted adjective after a copula": {"r011", "r012"},
    # « Pour Les Échos, P »: the clause is found, but its speaker stays the bare word « Échos », no actor, and the
    # learned verifier drops it (models/quote_verifier, not this probe's step)
    "title after « Pour » the verifier drops": {"r041"},
    # a later fragment in a relative on the agent of a quoted passive state (« X est « choquée » par cette fermeture
    # qui « … » »): the participle's subject is passive, so no sure subject above the relative
    "later fragment under a quoted passive": {"fl703"},
}


@probe("mixed_recall_probe", KNOWN, construction_id)
def test_mixed_recall_probe(quotes, case):
    check_said_or_control(quotes(case["text"]), case)
