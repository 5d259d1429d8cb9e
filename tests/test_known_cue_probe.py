"""The known cue probe: made-up short French news passages (tests/data/known_cue_probe.jsonl, written for these
tests, blind to every gold file, invented names) where the cue is a verb of the lexicon (« a déclaré que », « a
affirmé », « a indiqué », « estime que », « a assuré », « a expliqué ») in the constructions of news prose around
it: inversions, incises, coordinated cues, a cue far from its clause, a second « que » clause, a participle or
gerund, a document as subject (issue 13: most quotations propos misses have a known cue;
`python -m propos.evaluation.quote_funnel GOLD` says at which step each is lost). A case may name words its
quotation must not reach (`stop`: the clause ends before them). Controls: a cue with a noun object and no
clause, a participle used as an adjective. A participle of saying after a comma that follows the clause its lead
reports (« X a rappelé que P, ajoutant que Q ») is X's, though the parse hangs it on P's verb, while a gerund of
the reported clause's subject (« … que Y était entré en affirmant que Q ») stays Y's; « estime » and « juge » with
an object and its adjective (« estime la situation catastrophique », « a jugé la décision injuste et a annoncé … »:
the subject's next act ends it); controls: an estimate of a figure, a finding of a state (« ont trouvé la maison
vide »). A speech verb after its subject and a relative or a participle that reports (« X, qui a reconnu que P, a
promis des moyens », « La juge X, estimant que P, a prononcé un non-lieu »): P is the relative's or the
participle's, and the verb's object is no inverted subject (controls: no quotation over the subject's words).
Stop 52 (ind52, k870-k889): a cue the tagger misread before its infinitive (« X, estime avoir été trompé »), verbs of
judgement with an infinitive (« a déploré ne pas avoir été consultée », « se félicite d'avoir … »), « a averti les
élus de ne pas … », an infinitive tagged a noun after « de » (« a conseillé aux parents de vacciner leurs enfants »),
indirect questions after verbs of telling (« a expliqué pourquoi P », « a précisé comment P »; DECISIONS D12), a name
in apposition after a fronted comparison cue (« Comme l'a rappelé le maire, X, P »: P without X); controls: a plan
(« pense partir »), a wish, a time clause after « a expliqué », « a averti les habitants du danger », « a dit s'il le
fallait … ». The passages propos still gets wrong are listed below by kind, so that a fix shows as an unexpected
pass."""

from __future__ import annotations

from probes import check_detection, kind_control_id, over, probe

# what propos still gets wrong, by kind
KNOWN = {
    # « Le budget, a-t-elle ajouté, ne sera pas dépassé »: the words before an incise with an inverted pronoun are
    # left out (« L'entreprise, a assuré son directeur X, n'envisage … » is found whole: k003); rare in train
    "incise with an inverted pronoun": {"k009"},
    # « Un communiqué … précisant que les écoles resteront fermées sera publié demain »: the parser hangs the main
    # verb inside the reported clause (« sera publié » its head), so nothing marks where the clause ends (k016,
    # where the main verb is parsed as such, is cut before it: indirect._subject_holds)
    "participle inside the subject, main verb parsed into the clause": {"k020"},
    # « Selon X, qui a déclaré que P, Q »: the clause runs on past the comma that closes the relative incise
    "relative incise closed by a comma": {"k017"},
    # « les pompiers ont trouvé la victime inconsciente »: « trouver » a verb of judgement (« trouve la réforme
    # injuste »), its object and an adjective read as a view; a finding of a state says nothing
    "finding read as a judgement": {"k029", "k030"},
    # « L'ONG estime la situation humanitaire catastrophique »: « estimer » is a speech cue and the judged adjective
    # (indirect._judged_attribute) is read after cognition cues only; taking it after « estime » too found nothing
    # more on train, and ../shared/gold/quotes-fr-dev.jsonl gained a false quotation over a noun phrase while it was
    # in (with another change, not measured alone); an estimate of a value reads the same
    "estime with an object and its adjective": {"k026"},
    # « X a souligné le fait que P »: the noun « fait » as the cue's object ends its reach. Letting the `que` clause
    # after it through (fact_nouns, stop 51) turned a dev direct quotation into a longer mixed one (quotations tp
    # +1, e2e +1) but lost its stance (dev stances F1 0.2621 → 0.2500), and shortened train's « jugeaient
    # discriminatoire le fait que P » (scores unchanged): dropped
    "fact noun then que": {"k752", "k753"},
    # « X, juge avoir fait le nécessaire »: the tagger reads « juge » for a noun, the subject of « fait », so the cue
    # misread before its infinitive (Lexicon.misread_cue) is found but the parse gives it no subject of its own
    "misread cue with no subject": {"k871"},
}


@probe("known_cue_probe", KNOWN, kind_control_id)
def test_known_cue_probe(quotes, case):
    found = quotes(case["text"])
    if case["control"]:
        found = over(found, case["text"], case["quote"])
    check_detection(found, case, speaker=bool(case["names"]))
    if case.get("stop"):
        hits = over(found, case["text"], case["quote"])
        assert not over(hits, case["text"], case["stop"]), [q.content.text for q in hits]
