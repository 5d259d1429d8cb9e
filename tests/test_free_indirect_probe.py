"""The free indirect probe: made-up short French news passages (tests/data/free_indirect_probe.jsonl, written for
these tests, blind to every gold file, after ANNOTATION D9) where a sentence with no cue of its own may carry on
someone's reported speech. Required cases: a conditional, a forecast with « devrait », a future or a present
after indirect speech, an opinion or a direct quotation, in the same paragraph or the next, in the entry of a
live report that the words open (« Vers 11 h 30, X a affirmé que … »), a run of three conditionals, a future after
direct words, a clause after « selon X » in the words' own sentence, or after speech reported without its words
(« X prévoit une hausse. Sa dette devrait … », an enumeration of what X presented); each gives a piece of the
sentence and the names its speaker may resolve to. Controls (`required` false): the writer's narration after
someone's words (about the speaker or their career, a time that moves on, a new timed entry, someone new who acts,
background, a pluperfect of what happened, a guess in « pourrait » about someone new, the writer's question, the
writer's guess after direct words, « selon nos informations ») or a conditional with no speech before it, which must
give no quotation. Stop 48 added a conditional after « selon X », a run of forecasts after a report, a future of
judgement in the paragraph the words open, and a question after an indirect question; stop 49 « Il faudrait », « Cela
aurait des conséquences », « En outre, elle … » after indirect words, an evaluative present after speech reported
without words, a future after « Par ailleurs », and controls: narration after direct words or in the next paragraph, and
a new speaker's own report after someone's words (`said_by`: the words are theirs, not the first speaker's carried on).
What propos still misses is listed below by kind, so that a fix shows as an unexpected pass."""

from __future__ import annotations

from probes import check_detection, kind_id, over, probe
from propos.evaluation.quotes import same_speaker

# what propos still gets wrong, by kind (stop 44, the shipped free indirect model, threshold 0.3)
KNOWN = {
    # « Le texte prévoirait … » after the words has a cue of its own (« prévoir ») that found no words: it is scored
    # and kept, but it ends the run (someone else may speak from there on), so the sentence after it is never scored
    "conditional-run": {"fi03"},
    # scored 0.12: a future weighs little, and the passive « sera nommé » is read as a compound past (feature
    # `perfect`, weighted against); read as a future only, it stays at about 0.19
    "future-after-indirect": {"fi05"},
    # no quotation before it: speech reported without its words (« X prévoit une dégradation », « X dénonce la
    # fermeture ») is no anchor. Taken as anchors (a main verb that is a cue with a subject and no words), they
    # gave 124 more sentences to score on train for 4 of speech, and out of fold no free indirect quotation more
    # (quotation F1 0.9520 → 0.9508). Tried again at stop 47 (the first cue with a subject, not negated, of a
    # sentence with no quotation; its speaker remembered only when a sentence is kept; feature `anchor_reported`):
    # 371 more sentences for 6 of speech (1 kept out of fold, with 1 false); retrained, train tp 1509 → 1512 but
    # false quotations 32 → 34, dev tp 364 → 364 with pred 387 → 388: not kept
    "after-reported-speech": {"fi07", "fi08"},
    # scored 0.22: a new paragraph weighs against (most sentences after a paragraph break are the writer's)
    "conditional-next-paragraph": {"fi10"},
    # scored 0.77: a conditional right after words in the conditional, in the speaker's paragraph, weighs for it;
    # nothing reads « pourrait » (a present conditional of possibility, as often the writer's guess) apart from
    # « devrait », nor a name the words had not named (« Le groupe Norvalis »). With both as features (session 46,
    # issue 13) it still scored 0.60, over the threshold
    # session 51: the same after « pourrait ensuite / toutefois » (fi734, fi736); « pourrait » told apart from
    # « devrait » in the conditional (features conditional_conjecture / conditional_forecast) still kept them, and
    # lost a dev quotation (propos.training.free_indirect, stop 51)
    "control-writer-guess-new-name": {"fi17", "fi734", "fi736"},
    # scored 0.03: a future weighs little and words in quote marks before it weigh against (`anchor_direct`)
    "future-after-direct": {"fi18"},
    # never scored: candidates are whole sentences after the words, and this clause shares the words' sentence
    "clause-after-source-in-sentence": {"fi19"},
    # no quotation before it (« a présenté deux causes »: speech reported without its words), as fi07 and fi08;
    # taken as anchors again at stop 47 (below), the shipped model's retraining still left it
    "enumeration-after-reported-speech": {"fi20"},
    # stop 48: the second sentence of a run of forecasts (« devraient … . Les embauches reprendraient ensuite »)
    # scores under the threshold: the distance weighs against it and a run of conditionals little for it
    "forecast-run-after-report": {"fi27"},
    # a future of judgement (« en seront les premières victimes ») in the paragraph the words open: a future
    # weighs little; no feature tells a judgement from narration (stop 48: « no name nor figure » in the
    # sentence, tried, see propos.training.free_indirect)
    "paragraph-opened-by-cue": {"fi28"},
    # « selon nos informations » is read as a source marker whose mention is the outlet's own information: the
    # writer's own reporting, no one's words (a source-marker matter, not free indirect speech)
    "control-selon-nos-informations": {"fi30"},
    # stop 49: « a dénoncé la suppression … » is speech reported without its words, no anchor (as fi07, fi08);
    # taken as anchors a third time at stop 49, only before a conditional sentence, they still lost out of fold
    # (propos.training.free_indirect)
    "evaluative-present-after-indirect": {"fi40"},
    # stop 49: scored 0.13: « proposeront » is a cue of its own that found no words (feature `own_cue`, against)
    # and a future weighs little, « par ailleurs » (a connective) not enough
    "connective-future-after-indirect": {"fi41"},
    # stop 52: a present whose pronoun subject stands for what the words spoke of (« … que les machines étaient
    # trop anciennes. Elles tombent en panne … »), scored under the threshold: a present after past indirect words
    # weighs little (`present_after_present` does not fire); on train 2 such sentences score 0.17 and 0.25
    "present-anaphor-after-indirect": {"fi853"},
    # stop 52: a run of four conditional sentences after « Selon X, … »: a run stops at its third sentence
    # (MAX_DISTANCE); going on while each sentence is kept (fin52) changed nothing on train, dev or shared, and
    # the model never saw a fourth sentence in training, so it was not shipped
    "run-past-the-third-sentence": {"fi852"},
}


@probe("free_indirect_probe", KNOWN, kind_id)
def test_free_indirect_probe(quotes, case):
    found = quotes(case["text"])
    if not case["required"] and case.get("said_by"):
        # a new speaker's own report after someone's words: theirs, not the first speaker's carried on
        hits = over(found, case["text"], case["quote"])
        assert hits and all(same_speaker(q.speaker_name, case["said_by"]) and not q.floating for q in hits), \
            [(q.content.text, q.type, q.speaker_name) for q in hits]
        return
    if not case["required"]:
        check_detection(over(found, case["text"], case["quote"]), case)
        return
    check_detection(found, case, speaker=True)
    assert any(q.type in ("free_indirect", "mixed") and q.floating for q in over(found, case["text"], case["quote"]))
