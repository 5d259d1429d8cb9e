"""The speaker probe: made-up French news sentences (tests/data/speaker_probe.jsonl, written for these tests, blind
to every gold file) over the ways the press attributes speech to a noun phrase. Each line gives the text, a piece
of the quotation, the speaker phrase as the annotation rules write it (the whole noun phrase with its apposition;
« qui » for a relative subject) and the names that may resolve it. The mention must overlap that phrase and the
name match one of those names (as the quotation scorer judges them); the sentences propos still gets wrong are
listed below by construction, so that a fix shows as an unexpected pass."""

from __future__ import annotations

from probes import check_speaker, construction_id, probe

# what propos still gets wrong, by construction
KNOWN = {
    # the quotation is not found (not a speaker error): passives with « par », « lâche amer », « ont scandé que »,
    # « fait savoir que » after a place, a subject with a participle or a pair of names
    "not found": {"p020", "p033", "p048", "p052", "p053", "p055", "p070", "p086", "p091", "p108", "p162"},
    # the parse takes another phrase for the subject: an apposition, a time phrase (p148 « La sénatrice, citant une
    # étude de X, a déclaré » and p156 « Une enquête de l'Insee parue ce matin montre »: a participle's object or
    # complement, pass since subject_on_the_left skips the object of a non-finite verb on its left)
    "subject misread": {"p003"},
    # « souligne-t-on à l'Elysée »; a name with two particles cut short
    "other": {"p044", "p129"},
}


@probe("speaker_probe", KNOWN, construction_id)
def test_speaker_probe(quotes, case):
    check_speaker(quotes(case["text"]), case)
