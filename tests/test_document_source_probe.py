"""The document-source probe (issue 13): made-up short French news sentences (tests/data/document_source_probe.jsonl,
written for these tests from ANNOTATION_RULES.md and DECISIONS.md D4, D11 and D16, blind to every gold file, invented
names) whose source is a document or a publication (« le rapport indique que », « selon une étude », « peut-on lire
dans le communiqué », « dans laquelle est écrit « … » », « il est précisé dans le communiqué que », a newspaper
that « révèle que »), or whose cue takes a noun
phrase and its attribute (« y voit le signe de … », « voient X comme Y », « des règles qu'il juge inutiles »,
« décrit X comme Y », « juge la décision inacceptable »). A required line names a piece of the quotation, which must
be found with the expected speaker (the scorer's rule); a control must give no quotation at all: a report or a study
that is only mentioned (« le rapport a été publié »), « y voir » and « voir comme » of a thing seen, a banner
read (« une pancarte sur laquelle était écrit « … » », D14), someone cited in a letter. The sentences
propos still gets wrong are listed below by construction, so that a fix shows as an unexpected pass."""

from __future__ import annotations

from probes import check_detection, construction_id, probe

# what propos still gets wrong, by construction
KNOWN = {
    # « On peut lire dans le rapport que P »: a document read, its words after « on peut lire » and « que » (as d024
    # of the detection probe); « lire » is no cue
    "document read": {"p007"},
    # « Pour Le Courrier de l'Ouest, P »: « pour » before an outlet's name alone, with no noun of a source
    "pour an outlet": {"p008"},
}


@probe("document_source_probe", KNOWN, construction_id)
def test_document_source_probe(quotes, case):
    check_detection(quotes(case["text"]), case, speaker=True)
