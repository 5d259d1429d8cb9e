"""The span boundary probe: made-up French news sentences (tests/data/boundary_probe.jsonl, written for these
tests from ANNOTATION_RULES.md and gold/fr/DECISIONS.md, blind to every gold file, invented names) over where a
quotation's content begins and ends — a reported clause that runs on into the narration (a sentence relative
« , ce qui … », the predicate of a subject after a relative incise « X, dont Y affirme que P, a … », a coordinated
verb of the cue's subject), a figure given with its source (« 8 000 selon la police, 30 000 selon … »), the
source's apposition before the quotation, a colon attribution, an incise inside quote marks, fragments in a noun
phrase, and controls where the clause goes on past a relative, a comparative, « car » or « mais ». Each line
gives the exact content text and type expected of one quotation found in it. The sentences propos still gets
wrong are listed below by kind, so that a fix shows as an unexpected pass.

Stop 49 (ind49): a verb of shouting inside the reported clause, hung on a verb with its own subject there, is that
subject's act: the report runs over it and its quotation (« Des témoins racontent qu'un homme a couru vers la foule
en criant « … » », « … avant de crier « N'oubliez pas … » »), and the shout stays a quotation of its own (D8;
indirect._shout_in_report, indirect._shouted, component._nested_shout; b076-b079, controls b080-b081). Train tp
1528, pred 1547, e2e 1472 unchanged, required quotations matched @0.8 1510 → 1512 (2 articles); dev tp 364 → 365,
pred 387 → 388, e2e 319 → 320, resolved 0.8764 → 0.8767, @0.8 356 → 357; ../shared/gold/quotes-fr-dev.jsonl
unchanged (115/118 e2e 112). Keeping every direct quotation whose cue and speaker lie inside reported speech
(not only shouts) added 22 false quotations to train for 1 found: not kept.

A participial phrase opening the sentence with « ne » (« N'ayant pas lu la note … précisant que P, les ouvriers
… ») ends the report where the main clause begins, as without it (indirect._fronted_participle_above; b085, b086):
train, dev and shared predictions unchanged. Tried and not kept: the mention of a participle hung on a noun with
its preposition without that preposition (« une lettre du préfet indiquant que P »: « préfet », not « du préfet »):
3 train articles changed, mention 0.9686 → 0.9679 (a misparse « en mesure … » became a speaker).

Stop 51 (bnd51): after a reported clause, a comma, « mais » and a clause with a subject of its own in the indicative
set the narrator's fact against what was said: the report ends at the comma (indirect._contrast_clause_start;
b637-b638, controls b639-b641: a clause in the conditional, a second `que`, « mais » without a comma). A quoted noun
with a complement hung on it after only a determiner is the fragment alone (direct._complement_after; b048).

Stop 52 (mix52, issue 13): quoted words that open with the finite verb of a clause whose subject stands right before
the marks (« du fait que les fournisseurs « exigent … » », « les soignants, qui « ont tenu bon … » », « Elle « ne
sera pas candidate … », a-t-elle assuré ») are that clause's predicate: one mixed quotation from the subject
(direct._widen_to_quoted_predicate; b733-b736, b744-b746, controls b738-b743)."""

from __future__ import annotations

from probes import check_exact, kind_slug_id, probe

# what propos still gets wrong, by kind
KNOWN = {
    # « P, ce qui a rassuré les salariés »: cutting the reported clause before a sentence relative fixed train (12
    # such remarks left out by the gold, 3 kept) but lost two required quotations of
    # ../shared/gold/quotes-fr-dev.jsonl, whose gold keeps the remark: not done (stop 43) after a `que` clause; after
    # a reported infinitive it is done (b003, session 46: indirect._before_concession)
    "sentence relative": {"b000", "b001", "b002", "b004", "b005", "b006"},
    # « La société, dont le président assure que P, fait l'objet … »: the tagger reads « fait » as a participle
    "relative incise, verb misread": {"b013"},
    # « Le message du ministre est clair : P », « Le constat de l'ONG est sévère : P »: no speech verb before the colon
    "colon after a judgement": {"b032", "b034"},
    # « « A, a déclaré le président du club, Serge Lambin, B » »: the second part starts at the apposed name
    "incise in direct": {"b036"},
    # « a exprimé sa « … » après l'incendie »: an adjunct the parse hangs on the verb, not on the quoted noun, stays
    # with the phrase (a complement hung on the quoted noun, b048, is cut: direct._complement_after)
    "fragment in a noun phrase": {"b049", "b050", "b051"},
    # « a promis de P, sans préciser … », « , avant de quitter … »: the infinitive runs on past an adjunct
    "infinitive adjunct": {"b055", "b056"},
    # « P, une attaque inédite dans cette campagne »: an apposition to the clause, the narrator's (after a reported
    # infinitive it is cut, b057, session 46: indirect._event_apposition; not after a `que` clause)
    "apposition after the clause": {"b058"},
    # « que A est « … » et que B »: split in two where only one clause quotes words (the gold joins such clauses
    # and splits them about as often: train 4 and 2, dev one split)
    "et que, one fragment": {"b061", "b062"},
    # « X a affirmé que P, en criant « … » »: a verb of shouting hung on the clause's verb is taken for its
    # subject's act (indirect._shout_in_report; the parse hangs the speaker's acts there too)
    "speaker's shout": {"b082"},
    # « Un communiqué … précisant que P a été publié »: the parse makes « communiqué » the root, so the main
    # predicate is not found (_governing_clause_start follows the parse)
    "participle cue in the subject": {"b083"},
    # « a annoncé que P, puis il a inauguré … »: a clause of its own after « , puis » stays in the report (train
    # gold keeps « , puis … » and « , avant de … » inside all 7 predicted indirect quotations that have them, the
    # clause's subject acting again: a cut would need the new subject, « il », and none of train has one)
    "narration after puis": {"b084"},
    # « un plan qui « … », selon X »: a trailing source takes the whole sentence, not the relative clause (D10)
    "quoted predicate": {"b737"},
}


@probe("boundary_probe", KNOWN, kind_slug_id)
def test_boundary_probe(quotes, case):
    check_exact(quotes(case["text"]), case)
