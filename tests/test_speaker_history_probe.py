"""The speaker history probe: made-up short French news passages (tests/data/speaker_history_probe.jsonl, written
for these tests, blind to every gold file, invented names) where a pronoun's speaker is a person the narration made
the subject after the last quotation (« X a jugé « … ». Y a ensuite adressé ses remerciements, il a parlé d'un
« … » »), whoever said that quotation: where the quotations stood, not only who said them, so that an earlier
quotation propos gave to someone else or missed does not decide alone (issue 12). Controls: the last speaker
is still meant when nobody else was made the subject since (« Il a affirmé … » right after his quotation), or when
the one named since is no subject of speech after another quotation of the same speaker. The passages propos
still gets wrong are listed below by kind, so that a fix shows as an unexpected pass.
Since stop 48: a pronoun after a speech act propos outputs no quotation for (« X a regretté cette décision. Il
estime que « … » »: history-unquoted) and a pronoun subject after a sentence whose subject is a person and whose
object is another (« Le procureur X a requis … contre l'accusé, Y. Il a expliqué … »: parallel-subject), with
controls (the pronoun's gender leaves only the earlier speaker; a subject meeting someone keeps the subject).
Since stop 49: a pronoun that carries on a chain of subject pronouns in the narration (« Le skieur X est mort …
Il avait remporté …, devant Y. Il a ensuite ouvert … Il expliquait que « … » »: pronoun-chain, the ranker's
`pronoun_chain`), with controls (a pronoun of the other gender; a new subject named since; a quotation of someone
else since the chain).
Since stop 50: a pronoun meaning the paragraph's topic, the subject of its first sentence, when a person of the same
gender was named since only as a complement (« Le chanteur X publie … Enregistré avec le producteur Y, le disque …
Il confie … »: paragraph-topic); a pronoun whose antecedent is the subject the narration named earlier in its own
sentence (same-sentence-antecedent, ranker._subject_of_own_sentence, with a subject inside the quote marks that is
not the one; control: two subjects in the sentence); a body made the subject of the sentence before (« Le syndicat
X a appelé à la grève. Il dénonce … »: body-antecedent); with controls (a person made the subject since; the
pronoun right after its speaker's quotation; a person of the body made the subject since); « ce dernier » opening
a sentence after a person named as the object (latter), with its control (« il » there is the subject).
Since stop 51: a present participle set off by a comma after the clause of its subject (« X, élu d'opposition, est
ensuite intervenu, jugeant le débat « verrouillé » »: participle-object), whose object is no inverted subject: X
speaks, and a pronoun after it goes on with X, not with the object; controls: a participle after an incise
(« « … », a martelé X, jugeant … »), an incise with an inverted subject after an adjective set off by commas.
Stop 51 (pro51) took no inverted
subject for a present participle at all: train unchanged, but dev lost one direct quotation (tp 365 → 364). Stop 52
(mix52): the noun after a present participle set off by a comma is taken only when no other subject is found
(cues._cue_subject), which passes h640, h641, h643 with dev quotations unchanged.
Since stop 52: a quotation or pronoun right after a reported speech act of a named person (« X a dénoncé la hausse
des impôts. « … » », « Y a contesté l'étude. Il estime que « … » »: history-act), who has acted though no words of
his were quoted (component._remember_reported_acts: pronouns only); controls: the act before the other speaker's
quotation, a denied act (« n'a pas dénoncé ce bilan »)."""

from __future__ import annotations

from probes import check_resolved, kind_control_id, probe

# what propos still gets wrong, by kind
KNOWN = {
    # « Le capitaine X a présenté ses excuses … Il a promis « … » »: the pronoun still goes to the last speaker, before
    # the new subject named in the sentence before it (issue 12; a ranker feature « subject named after the last
    # quotation », pronouns only, fixed h002 but not the measures). h000 (« Le préfet X a ensuite adressé ses
    # remerciements …, il a parlé d'un « … » », the subject in the pronoun's own sentence) and h029 (a name inside the
    # quote marks in the pronoun's sentence) pass since stop 50: ranker._subject_of_own_sentence
    "subject-after-quote": {"h002"},
    # « « … », a affirmé l'avocat X. Le juge Y a rejeté la demande. Il a estimé que « … » »: the same, the pronoun
    # goes to the last speaker over the subject of the sentence before it
    "parallel-subject": {"h007"},
    # h004 (« …, a poursuivi le dirigeant. Il a ajouté … ») passes since stop 49 (men49's « le dirigeant »)
    # h016 (« Il a été accueilli par son sponsor, Marc Olier. « … », a déclaré ce dernier. Il a ajouté … ») passes
    # since stop 51: the quotation whose incise's subject is « ce dernier » is found (cues.inverted_subject)
    # h018 « Le juge X a entendu le témoin, Nadia Saïdi, … Il lui a posé … Elle a affirmé … »: « elle » left unnamed
    # (as at main): the woman is named only in apposition to the object
    "pronoun-chain": {"h018"},
    # « Le chanteur X publie … Enregistré … avec le producteur Y, le disque … Il confie … »: the pronoun goes to the
    # person named last, a complement, not to the paragraph's opening subject (stop 50: a ranker feature for that
    # subject did not raise top-1 out of fold)
    "paragraph-topic": {"h019", "h020"},
    # « Le directeur X a annoncé … Le syndicat Y a aussitôt appelé à la grève. Il dénonce … »: the person, not the
    # body made the subject of the sentence before (singular_body weighs against a body for « il »)
    "body-antecedent": {"h024"},
    # « Alors que l'adjoint X présentait …, l'opposant Y s'est levé : il a dénoncé « … » »: the last speaker; two
    # subjects in the pronoun's sentence, so _subject_of_own_sentence stays out (as it must), and the ranker alone
    # does not take the main clause's subject
    "two-subjects": {"h030"},
    # « X a dénoncé la hausse des impôts. « … » »: a floating quotation after a reported act still goes on with the
    # last speaker; the acts serve pronouns only (h717 passes since stop 52, pro52), since floating_probe f037 (a
    # control of the same construction, « Y réclame son départ. « J'irai jusqu'au bout de mon mandat. » ») needs the
    # quotation's content to tell them apart; h718 is a floating one too
    "history-act": {"h712", "h713", "h714", "h718"},
}


@probe("speaker_history_probe", KNOWN, kind_control_id)
def test_speaker_history_probe(quotes, case):
    check_resolved(quotes(case["text"]), case)
