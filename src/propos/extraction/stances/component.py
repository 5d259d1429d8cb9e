"""`propos_stances`: who stands where — (holder, issue, support | oppose | neutral, evidence, date).

Read from what people say (`doc._.quotes`) and do (`doc._.events`): a stance predicate ("soutenir",
"refuser", "vouloir", or an action such as "envoyer") and its complement give a normalised issue; negation
reverses the polarity (« n'enverraient pas de soldats » → oppose "envoi de soldats"; « ne souhaitait pas
d'escalade » → oppose "escalade"). The holder is the predicate's subject when it names an actor, else the
speaker ("nous", "je", "il" in a quotation), else the event's source; a holder must be an actor.

On top of these rules, two learned models (evaluative.py, `propos train stances`) read each quotation of
an actor: is it a position (evaluative cue, evaluative words, how much the article is a controversy), and
which way. A quotation they take gives its speaker a position on the article's question (title and lead,
issues.article_issues; a third model, choice.py, picks it among the article's phrases and the speaker's),
and besides what its own predicates name in a text without a title (in an article, only a refusal its words
deny: « nous n'enverrons pas de soldats »); one they do not take gives nothing in an
article (a text with a title), and in a text without one only a stance predicate on its main question. A
fourth model (evaluative.py, `article_gate_features`) reads the whole article: one it does not take for one
that reports positions (a death, a match, a result) gives none. A fifth (evaluative.py, `holder_features`)
reads each speaker: one it does not take for a party to the article's dispute (quoted for figures, as a
witness, « selon X ») holds no learned position. An evaluative verb told in narration (« le préfet a interdit la
manifestation ») gives its event's source, an actor the article is about, a position on the complement that
names the article's matter.

Where positions are lost, on train out of fold (stance_funnel --oof 0, thresholds as shipped: position 0.2,
article 0.4, holder 0.1; F1 0.2792): of 310 gold positions, 67 have no evidence found, 17 a wrong speaker,
84 a right speaker but no position (the article model left the article out: 33; the position model every
quotation: 23; unsure polarity, a fifth holder or no question found: 26; the holder model: 2), 32 the other
polarity, 32 an issue sharing no word, 78 matched; of 271 predictions, 103 go to a holder with no gold
position, and their precision is flat along every score (holder model, confidence, their product). Tried at
stop 41 and not kept (fold seed 0 unless said): a position where the article has no question of its own (a
title of actors and a date) 0.2761 (7 more, none right); the holder model fitted on articles with positions
0.2765; polarity pooled as summed log-odds over a holder's quotations 0.2758; a lower position threshold for
a speaker the title names 0.2797; the holder score relative to the article's best 0.2801 at 0.2, less above;
the likeliest speaker of an article the article model takes, where none passes (at 0.1), seeds 0-2 0.2763 →
0.2787 from one article: too few. Holder features (the most evaluative speaker, the share of their words in
the title and lead) left the holder model's out-of-fold AUC at 0.74-0.77; issue features (a title phrase the
holder's words share, a choice joint over the article's holders) left the issue model's top-one at 0.61.

With the models rebuilt at the end of stop 41 the same command gives F1 0.2743 (P 0.3063; 65 evidence not
detected, 18 wrong speaker, 84 right speaker but no position: 31 in articles the article model leaves out, 27
where the position model takes no quotation of the holder, 26 after it; 34 other polarity, 32 other issue, 77
matched). The 31 lie in 28 articles, most of them reporting a fact (a takeover, a transfer, a storm, an
attack) where the gold gives one speaker a position, the position model scoring that speaker's best
quotation under 0.4 in 29 of them, so a better article model alone finds few; of the 27, 23 rest on one
quotation (an announcement, « selon X », a short judgement without an evaluative word). Tried at stop 42 and
not kept (cross-validated with the holder model, scores.json, against 0.3123 / 0.2452 / 0.2746 P / R / F1;
out of fold, fold seed 0; dev, measure only, against 0.2364 / 0.1625 / 0.1926): the article model reading
how its quotations are said (the share with a cue that is a position, « dénonce », « salue », with a cue that
introduces a view, with « il faut » or a subjunctive, told in the past; how many speakers judge) raised its
own out-of-fold AUC 0.888 → 0.902 but moved its threshold 0.4 → 0.3 for 0.2945 / 0.2559 / 0.2738 (0.2674
at 0.4), out of fold 0.2751 at P 0.2904, dev 0.2373 / 0.1750 / 0.2014; the cue share and the judging
speakers alone chose no article threshold (0.0): 0.2893 / 0.2677 / 0.2781, out of fold 0.2784 at P 0.2862,
dev 0.2344 / 0.1875 / 0.2083 (precision falls); a position verb in the quotation's sentence outside it and
its cue (« le syndicat a condamné ce plan, qui vise selon lui à … ») for the position and polarity
models 0.3115 / 0.2441 / 0.2736, out of fold 0.2744, dev 0.2414 / 0.1750 / 0.2029 (its polarity AUC 0.724
→ 0.729, position AUC flat at 0.81); a demand (a cue of asking, « exige », « appelle à », « invite à »,
before an infinitive or a subjunctive) 0.3131 / 0.2462 / 0.2756, out of fold 0.2743, dev 0.2321 / 0.1625 /
0.1912: 3 of the 24 train quotations it marks are positions (weight -0.15).

At stop 42 (out of fold, fold seed 0, 0.2743 with the quote step of then): of the 34 gold positions given the
other polarity, 15 went to an issue sharing no word with the gold one (the issue was wrong, not the reading),
8 to the issue framed the other way (« annulation de la destitution » for « destitution », « violences
domestiques » for « dépénalisation des violences domestiques »), 11 to a quotation read the other way (3 a
negation or a double one: « aucun problème avec … », « un refus serait inacceptable »). Of the 32 issues sharing
no word, 13 were the title's event (« ouverture des bureaux de vote », « incident à l'Assemblée ») where the
gold names what the holder's words judge. Kept: which way the words judging the article's matter go
(evaluative.issue_sign, a feature of the position models): 0.2812; cross-validated (with_holder_model)
0.2746 → 0.2787. Not kept: a judgement of an act of refusing or undoing turned (« s'oppose à la suppression
de », a `reversal` list) 0.2713; the words judging the chosen issue itself deciding its polarity (4 holders
turned, one right one lost) 0.2709; with the kept feature, the object of the verb the matter depends on as
a judging word too (« la centrale représente un danger ») 0.2778; for the issue model, the subject of an
evaluative adjective (« l'accord est mauvais ») as a phrase judged: no change; a candidate that runs on over a
verb (« traité de Rome a 60 ans », with the kept feature) 0.2778; the share of its words that an evaluative
word judges in the holder's quotations (with the kept feature) 0.2812, one gained and one lost.

At stop 43 a blind probe (tests/data/stance_probe.jsonl: 66 made-up articles, 60 clear positions and 12 controls
that must give none) found 53 of the 72 right (no control with a position; the 3 whose issue had no word of 5
letters were the probe's own fault and reworded). Of the 19 lost: 9 in articles the article model leaves out
(a news item judged: an inauguration, a cancellation, « C'est absurde », a-t-il estimé), 5 with no quotation of
the holder (a demand told in narration, « réclame des renforts », is no quotation; a name cut short, a second
speaker taken for the first), 2 read the other way, 2 on the wrong issue (the title's quoted words, a law
« en vigueur » for its repeal), 1 under the holder model. Kept: a quotation the position model is sure of
(_SURE_POSITION) keeps its position past the article model, 3 probe cases more (56 of 72), train out of fold
(0.2812), in-sample (0.3787 / 0.3000 / 0.3348) and dev (measure only, 0.2364 / 0.1625 / 0.1926) unchanged.
Not kept: the positions of a quotation whose cue judges (« dénonce », « salue ») past the article model, with
the lexicon's cue lists 0.2800 (10 more positions, one right), with the verbs of judging alone 0.2789 (5 more,
none right): on train such cues in articles the model leaves out are not what the gold calls positions. Kept:
thirteen adjectives and nouns of judging in the evaluative lexicon (« courageux », « équilibré », « brutal »,
« dévastateur », « objection », …): cross-validated (with_holder_model) 0.3151 / 0.2484 / 0.2777 → 0.3163 /
0.2494 / 0.2789, out of fold 0.2812 → 0.2817, dev unchanged; in the probe one holder turned the right way, on
the wrong issue still (the quotation itself: « C'est une mesure courageuse pour notre santé », the parse's
predicate noun heading the clause). Not kept: a phrase headed by a predicate noun cut from its copula on
(« une mesure courageuse … », issues.phrase_tokens), out of fold 0.2817 → 0.2779 (4 more positions, one less
right).

Positions told in narration (stop 43, at d2bd691 with the models not yet rebuilt for the branches merged
then: out of fold, fold seed 0, F1 0.2727, P 0.3071, 82 of 267 predictions right, 76 of 310 gold found). The
annotation rules make a holder a speaker with quotation ids as evidence, so a position told in narration is
in the gold as a `reported` quotation (« X réclame … », « X a dénoncé … »): 57 of the 310 rest on such
quotations only, 3 found. The quote step does not give `reported` quotations, so the 54 others are lost to
_narrated's path, first (after the models, as the pipeline runs): the holder no actor of the article 15 (« les
syndicats », « le patronat », « les talibans », « le gouvernement écossais »), no event of the holder 26
(overlapping: a verb the event lexicon lacks or a tag other than a verb's, « réagir », « nier », « défendre »,
« souhaiter », « critique », 7; a relative, « … qui demande », 5, the parse hanging some on the wrong name; an
anaphoric subject, « il », « ces derniers », 4; a present form the lemmatizer leaves, « demande », 4; a
gerund or an adverbial infinitive, « en dénonçant », « pour dénoncer », 4; a passive 2), an event of the
holder but another one, not evaluative, 7; the holder's type (a plural, « ces associations »)
3; the holder not one the article is about 2; inside a quotation 1; the other polarity 1 (one per holder: the
first told, « dénonce », not the later « demande »). A second blind probe (tests/data/narrated_stance_probe.jsonl,
43 articles, 36 positions told in narration, 8 controls) found none of the 36 and kept every control clean:
the holder no actor 19 (a body named by common nouns: « le parti écologiste », « le conseil municipal de
Bréville »), no event 10 (a body's name in apposition, « le syndicat Force Santé »; « a voté contre »), the
holder not salient 4 (named first in the second sentence), the event not read as evaluative 2 (« son
soutien à », « se mobilise contre »). Tried and not kept (out of fold as above): _narrated without the
salient holder, 0.2727 → 0.2700 (6 more positions, none right; probe 2 more); a holder the article does not
make salient kept where the complement shares a word with the title, 0.2713 (3 more, none right: « bloc de la
France », « cette mobilisation »); events and the evaluative sign reading a present form the lemmatizer
leaves as the infinitive too (« demande » → « demander », as the quote lexicon does), 0.2718 (2 more, none
right; probe unchanged); the subject of a gerund, a present participle or an infinitive in an adverbial
clause taken from the main clause (events._subject), 0.2722 (1 more, wrong). What the train gold calls a
narrated position is mostly one of a body or a pronoun the actors and events steps do not give; on the
article's own actors the path is already as precise as the gold lets it be.

At stop 44 (train in-sample, shipped models: 73 gold positions with the right speaker and no position, of
which, by the first model that drops the holder, the article model 30 (the holder's best quotation under
_SURE_POSITION), the position model 21, the holder model 3, after them 19: an unsure polarity 11, no question
found 5 — rubric-and-date titles, « Gilets jaunes : lundi … », whose rubric is an actor —, _MAX_HOLDERS 3;
of the 24 other polarities and 34 issues sharing no word, most are the issue chosen, a title's event
(« ouverture des bureaux de vote ») or a phrase naming the holder (« nouveau président américain Donald
Trump », 7 holders of one article)). Kept: choice.py's `names_holder`. Tried and not kept (cross-validated
with_holder_model, against 0.3096 / 0.2441 / 0.2729 with it, or 0.3071 / 0.2420 / 0.2706 before; dev measure
only, 14 of 80 matched): 50 adjectives of judging (« remarquable », « méprisant », « inhumain »), hand-chosen
among those of Pattern's French subjectivity lexicon (PDDL) with a polarity of 0.4 or more either way and a
subjectivity of 0.5 or more, before `names_holder`, 0.3073 / 0.2398 / 0.2692 (in-sample 0.3406 → 0.3377);
the evaluative words after a quotation's last « mais » / « pourtant » as their own features: only 12 train
quotations have any, all of the same sign as the whole quotation (not run); for the issue model, a title or
lead phrase that the holder's verb there bears on (« le maire refuse la fermeture des lignes »), no change
(in-sample 0.3406 → 0.3371); ten words of intent and trust (« volonté », « détermination », « confiance »,
« déstabilisation ») 0.3285 / 0.2398 / 0.2771, but the article threshold moved 0.4 → 0.45 and dev fell to 13
matched (0.2364 / 0.1625 / 0.1926); for the issue model, how many speakers the article quotes beside a
phrase of its title, lead or issues (a day's round-up: each holder's question less often the article's)
0.3072 / 0.2419 / 0.2706 (in-sample 0.3406 → 0.3373); how many of its words the holder says and no other
speaker does 0.3105 / 0.2441 / 0.2732 (top-one 0.612 → 0.616: noise) and dev fell to 13 matched.

At stop 45 (precision; train out of fold, fold seeds 0-2, shipped thresholds: 844 predictions, 259 right; 340 to
a holder with no gold position, 140 of them in articles with none, 245 to a gold holder on another issue or the
other way), no reading of a stance beside the models told right from wrong: a logistic gate over its origin,
confidence, holder type and salience, quotations, issue shape and the article's other stances stayed at P 0.31
at every threshold (grouped cross-validation), as did evaluative words or cues in its evidence (0.30 with,
0.32 without) and the issue model's top score or margin (train and dev disagree). Kept: a verb of blaming
(evaluative `accusation`: « X accuse l'Élysée de … », « reproche à … ») told in narration gives no position
(the object is the party blamed, the rest a claim): on train out of fold it leaves out 5 positions in 4
articles, none right (« Élysée », « médias », « membres de la commission »); cross-validated
(with_holder_model) 0.3076 / 0.2505 / 0.2761 → 0.3120 / 0.2505 / 0.2779, dev (measure only) 14 of 55 → 14 of 54.
Not kept: a complement naming an actor as no issue in narration (one right lost per fold seed).

The article model at stop 45 (issue 16; models retrained at f4ec3f4, fold seeds 0-2: cross-validated with the
holder model 0.3132 / 0.2430 / 0.2736 at position 0.2, article 0.35, holder 0.15; in-sample 0.3889 / 0.3065 /
0.3428; dev, measure only, 0.2500 / 0.1750 / 0.2059, 14 of 56 right). It is not where right positions are lost:
in-sample it leaves out 26 gold positions whose speaker is right, and without it 5 of them match, for 35 more
predictions (22 to a holder with no gold position, 6 on another issue, 2 the other way; F1 0.3428 → 0.3406; dev
11 left out, without it 16 of 65 right, P 0.2462). The 35 are no surer than the rest (their confidence
does not order right from wrong), and the articles it wrongly leaves out read like the ones it rightly leaves
out (a death, an attack, a takeover, a transfer: fact words, few quotations; its out-of-fold AUC 0.888). Not
kept: features for it, a speaker named in the title, in the lead, the top speaker's share of the quotations,
the share of quotations with evaluative words (AUC 0.888, 0.888, 0.887, 0.889; together 0.887); the position,
holder and article thresholds chosen jointly rather than one after the other (a lower position threshold
once the article model gates: 0.15 / 0.1 / 0.4 cross-validated 0.3159 / 0.2580 / 0.2839, and 0.1 / 0.1 / 0.45
0.3296 / 0.2430 / 0.2796, but dev 13 of 59 and 12 of 56 right, P 0.2203 and 0.2143); the holder threshold
0.1 alone (0.3120 / 0.2506 / 0.2778, dev 14 of 59, P 0.2373); _SURE_POSITION 0.4 or 0.3 (dev P 0.2456 and
0.2419, 14 and 15 right).

At stop 46 (precision, issue 16; train in sample, shipped models: 269 predictions, 104 right; 36 in articles without
positions, 57 to a holder the article gives none, 56 to a gold holder on an issue sharing no word, 16 the other
way). Of the holders without a position, the kinds: speakers quoted for facts (a lawyer « selon X », a prosecutor,
an expert, a witness: what the holder model reads), the title's event as the issue (« ouverture des bureaux de
vote », « traité de Rome a 60 ans », a rubric « Gilets jaunes » in a day's round-up: 4 of 17 right), and a few no
reading can keep: texts and pieces of phrases taken for speakers (« La première version du texte »,
« l'instruction », « par le gouvernement », « aussi », « 81% des Espagnols »), the subject of a passive cue
(« la Russie est accusée de … »), suppositions and questions (« Si les braconniers … », 2 of 19 such train
quotations are evidence of a position). Kept: _names_someone without those speakers (the `documents` list) and
_passive_cue (cross-validated with_holder_model 0.3116 / 0.2430 / 0.2731 → 0.3209 / 0.2430 / 0.2765, the models
unchanged; dev, measure only, 15 of 57 → 15 of 56 right); then `condition` and `question` features of the
quotation (clause_features) and a place (« devant la presse ») as no complement told in narration: 0.3225 / 0.2430
/ 0.2772, in sample 104 of 258 right, dev 15 of 56. Of the 34 train issues sharing no word with the gold's
(in sample), most are the title's event where the gold names what the holder's words judge (« démission du chef
des armées » for « économies dans l'armée »), or a phrase naming a person (« nouveau président américain Donald
Trump » for four holders of one article): the issue model's choice, not a rule's. Not tried for lack of time:
the title's rubric as an issue (in sample 4 right of 17 would go: F1 falls).

At stop 47 (precision, issue 16; train out of fold, fold seeds 0-2, shipped thresholds: F1 0.2732, P 0.3155, 262
predictions, 82.7 right; dev, measure only, 15 of 56). In sample, 86 of 259 train predictions go to a holder the
gold gives none, 34 of them in articles with no position; by confidence those under 0.15 are right 6 times in 33
(the rest 0.40), by the holder model's score precision is flat (0.38-0.43 from 0.2 to 0.5), and 223 of the 259 are
their holder's only position. The holder model swept after the gate (out of fold, the gate after _MAX_HOLDERS):
precision 0.31-0.33 at every threshold from 0 to 0.5 (F1 0.2786 → 0.1517). Tried and not kept (dev tp falls): the
only holder of an article kept from confidence 0.2 (0.15): out of fold P 0.3347 (0.3267), F1 0.2742 (0.2765),
every fold seed up, in sample 101 of 242 right (103 of 259), dev 13 of 52 (14 of 54); _MIN_CONFIDENCE 0.12: out
of fold P 0.3267, F1 0.2737, in sample 102 of 243, dev 14 of 47 (P 0.298, F1 0.2205). Not kept, no better on
train: one position per holder and article (the surest), P 0.3036, F1 0.2625; the holder gate after
_MAX_HOLDERS rather than before (train in sample and dev identical, out of fold one seed 2 predictions fewer);
the holder model fitted only on the speakers the position model takes (out of fold), P 0.33-0.36 from 0 to 0.5
for F1 0.2796 → 0.2354; holder features — the count of the holder's quotations, being the article's only
speaker, the holder's acts told with a judging verb (F1 at 0.15 0.2735 → 0.2730, P 0.3163 → 0.3171), an
indefinite phrase in apposition to the speaker's name (« Jacques Morin, un habitant du village ») read by
holder_indefinite (0.2724, P 0.3155); a holder's best quotation against the article's best (the position
model's scores, out of fold): kept from half of it P 0.3171, F1 0.2717, from 0.3 under it 0.3174, 0.2682, and
from 0.25 on its own 0.3236, 0.2667 — precision as flat as along the holder model's score. A government as holder is right 2 times in 15 in sample (out of fold without
it P 0.3266, F1 0.2736): a first party to most disputes, not left out. The blind probe's `no_position` cases
(s071-s074) name a witness, an expert, a source of figures or a prosecutor beside the party: the witness of s071
(facts with figures) gets the party's position (position model 0.48, holder model 0.19 over its 0.15).

Stop 47, issue 16 (opinion words from an open lexicon). Pattern's French subjectivity lexicon (fr-sentiment.xml in
the textblob-fr 0.2.0 package: package MIT, lexicon PDDL, by Tom De Smedt, Walter Daelemans, fabelier.org; 5116
forms, nearly all adjectives), cut to |polarity| >= 0.2 and subjectivity >= 0.4 and to base forms: 498 words
(« épouvantable », « merveilleux », « superbe », « horrible », « bon »; it has errors: « absurde » +0.4). Not kept,
so not vendored (rebuild: `pip download --no-deps textblob-fr==0.2.0`, read its textblob_fr/fr-sentiment.xml).
Measured against the models retrained from this same code without the lexicon (`propos train stances --seed 0`
at e95eafb, cross-validated with_holder_model 0.3198 / 0.2409 / 0.2748, dev, measure only, 12 of 59 right, P
0.2034, F1 0.1727; the shipped models, trained before the last merges, give 0.3225 / 0.2430 / 0.2772 and dev 15
of 56, F1 0.2206: retraining alone loses 3 dev positions): (1) three features of the position and polarity models
from the lexicon's words in the quotation, the polarities for and against summed (negation, evaluative.negated,
reversing a word's) and their count: 0.3190 / 0.2409 / 0.2745, dev 12 of 58 (P 0.2069; funnel: right speaker
but no position 18, wrong polarity 5); weights small (position -0.11 against, +0.04 for; polarity -0.04, -0.01:
the lexicon does not tell the way of a news quotation); (2) the lexicon's words with |polarity| >= 0.3 as
judging words in issue_sign where the hand-written lists have none (« un projet épouvantable »): 0.3183 / 0.2398 /
0.2735, dev 12 of 57 (P 0.2105; 19, 4); (3) as (1) over the strong words only (|polarity| >= 0.5) that the
hand-written lists lack: 0.3207 / 0.2409 / 0.2751 (noise: no more right, fold seeds 0.2766 / 0.2842 / 0.2644
against 0.2766 / 0.2837 / 0.2640), dev 12 of 59 as without, the position model weighing them against a position
(-0.09, -0.12 for the count) and the polarity model near 0. None raises train; with the models of (1) the probe is unchanged
(s077-s081, opinion words only after a neutral cue, still lost; controls s082-s083 clean).

Stop 48, issue 16 (measured, nothing kept in the code). Train in sample, shipped models at 1363980 (score.py's
predictions): P / R / F1 0.3870 / 0.2935 / 0.3338 (101 of 261 right, 91 of 310 found); gold: evidence not found 65,
wrong speaker 14, right speaker but no position 83, other polarity 24, issue sharing no word 33; predicted: 87 to a
holder with no gold position, 28 the other way, 45 on another issue. By quotation (the 310 that are evidence of
their speaker's gold position): 226 pass every model, 57 stop at the position model (under 0.2), 16 at the article
model, 11 at the holder model. The evaluative cues already pass: « dénoncer » 15 of 16 quotations taken (12 of its
13 evidence), « accuser » 13 of 15, « fustiger », « condamner », « déplorer » all; the 57 follow « selon »,
« déclarer », « affirmer », « pour » with a judgement in plain words (« une belle opportunité », « une filière
d'avenir ») or an intent (« être déterminé à poursuivre »): no cue class to add. Of the 504 quotations taken, 226
are evidence; 58 lie in articles with no gold position (none evidence); the position score orders them (from 0.4:
0.62 evidence, under: 0.35), which the thresholds tried at stops 45-47 already spend; a factual reading does not
(of the 489 taken with a training row, evidence 0.46: with figures 0.50, told in the past 0.42, a question 1 in
5, without an evaluative word, a signed cue, a rule's sign or a judged topic 0.39 of 168). The polarity model shares the
position model's C (0.1); its own, on the shipped training rows, 5 folds, fold seeds 0-2, out-of-fold AUC: C 0.03
0.716, 0.1 0.717, 0.3 0.710, 1 0.699, 3 0.691 (log loss lowest at 0.1): not changed. A plain rebuild
(`propos train stances --seed 0` at 1363980): cross-validated with_holder_model 0.3245 / 0.2430 / 0.2779 (article
0.4, holder 0.1) against the shipped models' 0.3225 / 0.2430 / 0.2772, issue top-one 0.594 against 0.6176; dev
(measure only) 12 of 59 right (P 0.2034, F1 0.1727) against 15 of 56. Rebuilt with one shipped model put back:
the issue model 14 of 59, position and polarity 13 of 58, article 12 of 59, holder 12 of 57 — the rebuilt issue
model loses 2 of the 3 (its rows: 2463 against 2448, `names_speaker` on 58 candidates against 47, after the quote
and speaker steps merged since; 39 of the 231 holders' candidates differ, other phrases or other values of
`others_shared`, `names_speaker`, `said_shared`; fitted the same way, 5 folds, fold seeds 0-2, top-one 0.61 / 0.61 /
0.61 on the shipped rows against 0.58 / 0.58 / 0.59 on the rebuilt, 0.58 / 0.58 / 0.59 without `names_speaker`:
the loss is in the rows the current steps give, not in the fit): not committed. The issue model's C on today's
rows (top-one, fold seeds 0-2): 0.1 0.571, 0.3 0.583, 1 0.590, 3 0.593; rebuilt at 1 (training.stances
ISSUE_REGULARISATION): top-one 0.604, but the article threshold moves to 0.0 and cross-validated with_holder_model
falls to 0.3100 / 0.2473 / 0.2751; dev 15 of 61 (P 0.2459, F1 0.2128; right speaker but no position 13, issue
sharing no word 10): not kept. Probe s084-s091 (commitments, a plain judgement, a spokesman of a
schedule beside a party, controls of figures, a description and a schedule): the three controls clean, 5 of 8
known (test_stance_probe.KNOWN).

Stop 49, issue 16 (precision; train out of fold, fold seeds 0-2 with the shipped thresholds, the models fitted on
the other folds: P 0.3256 / 0.3106 / 0.3166, F1 0.2776 / 0.2679 / 0.2722, 258-264 predictions, 82-84 right; in
sample 102 of 262; dev, measure only, 15 of 56). Of seed 0's 99 predictions to a holder with no gold position,
42 lie in articles with none (a death, a resignation, a crime, a takeover), 11 are told in narration, 88 rest
on quotations: facts (figures, dates, events told: « un kilo de corne de rhinocéros, c'est 60 000 euros », a
strike notice, a witness's account), an expert's or an official's reading (« le risque génocidaire est
limité »), a speaker quoted once beside the parties, and judgements the gold leaves out (« totalement
inacceptable », « une erreur ») on the title's event. What the gold calls a position (ANNOTATION_RULES 8,
METRICS.md: « the clear positions of an article on its main issues ») is a party's stand on the article's
dispute; but the readings asked for separate nothing among the predictions: a speaker quoted once 59 % of the
88 against 54 % of the 74 right ones that rest on quotations, no judging word, signed cue or rule 34 % / 30 %,
figures or dates 16 % / 15 %, the issue all title words 61 % / 57 %. A logistic gate over them (the position
score, confidence, evaluative words, cue signs, moods, a question or a condition, figures, dates, the holder's
share of the quotations and their count, the holder and article features, the issue's share of the title,
how many holders), grouped 5-fold by article over each seed's predictions: AUC 0.47-0.52 for right against
wrong, 0.56-0.61 for a holder with a gold position; the precision of its top 100 0.28-0.32, as the base. Kept: a
quotation that gives figures and judges nothing (_states_figures: a number, no evaluative word, no signed cue or
rule, no judged topic) gives no position. Out of fold (shipped thresholds) P 0.3256 / 0.3106 / 0.3166 → 0.3243
/ 0.3130 / 0.3166, F1 0.2776 / 0.2679 / 0.2722 → 0.2771 / 0.2688 / 0.2722 (2-4 positions gone per seed, none
right; a holder freed under _MAX_HOLDERS takes the place on seed 0, wrong too); in sample 102 of 262 → 102 of
260; dev 15 of 56 → 15 of 55 (P 0.2679 → 0.2727, F1 0.2206 → 0.2222). Probe: s071 (a witness's figures), s088
(a spokesman's schedule), s096 (an economist's estimate) and s097 (an official's date) pass, the new controls
s099-s103 pass with or without it. Cross-validated (`propos train stances --seed 0` into a scratch folder, the
same code with and without it): 0.3075 / 0.2527 / 0.2774 → 0.3093 / 0.2527 / 0.2781 (position 0.25, every fold
seed up), with_holder_model 0.3124 / 0.2473 / 0.2760 → 0.3135 / 0.2473 / 0.2765 (article 0.0, holder 0.15).
The models so rebuilt are not shipped: dev 13 of 60 right (P 0.2167, F1 0.1857) against the shipped ones' 15 of
55, and their cross-validated F1 under the shipped ones' 0.2772 (stop 48). Not kept, measured on the out-of-fold
predictions with _states_figures (a prediction left out where every quotation it rests on reads so, fold seeds
0-2, then in sample): a quotation sharing no word with the article's topic and judging nothing (the position on
something else) P 0.3243 / 0.3130 / 0.3166 → 0.3293 / 0.3176 / 0.3240 but F1 0.2771 / 0.2688 / 0.2722 → 0.2746 /
0.2683 / 0.2727, in sample 4 right of 14 lost (F1 0.3379 → 0.3315); told in the past and judging nothing, 1 of 2
right; no cue and judging nothing, 1 of 3; judging nothing with a cue of speech (not of opinion), no first
person and no obligation, 6-7 right of 18-24 (F1 0.2674 / 0.2596 / 0.2650).

Stop 49, issue 16 (positions told as speech acts). The quote step now gives `reported` quotations
(quotes/reported.py: « le syndicat dénonce la réforme », « X réclame des renforts », an act of demanding, judging or
denying with a noun phrase for its topic, said by an actor of the article), which this step reads like any
quotation: the position, polarity and issue models, and _from_cue's finding (the cue's sign on its complement).
With the shipped models, on train in sample (score.py's predictions): F1 0.3368 → 0.3434 (P 0.3893 → 0.3855, 92 →
96 gold found, 262 → 275 predictions; evidence not detected 65 → 54); dev (measure only) 0.2206 → 0.2466 (P 0.2679
→ 0.2727, 15 → 18 of 80, 56 → 66 predictions; evidence not detected 28 → 22); narrated_stance_probe n003 and n030
pass. Not kept: a reported act's own finding (its cue's sign on its complement, on the article's matter) as a
position, at _NARRATED, for a salient actor the models give none (as _narrated does for events): train unchanged,
dev one more prediction, not right. Rebuilt on the rows the reported quotations add (`propos train stances --seed 0`
at 0a05e97; the command printed its scores and wrote the models, then hung until killed at 580 s):
cross-validated with_holder_model 0.3313 / 0.2613 / 0.2922 (article 0.4, holder 0.1; issue top-one 0.5926)
against the shipped models' 0.3225 / 0.2430 / 0.2772 (stop 48's plain rebuild without them: 0.3245 / 0.2430 /
0.2779), but dev (measure only) 16 of 70 (P 0.2286, F1 0.2133) against 18 of 66 with the shipped models: not
committed (a rebuild lost dev positions at stop 48 too).

Stop 50, issue 16 (a reported act's own position, rpp50). Of the train gold positions whose evidence is a
`reported` quotation propos finds (15), the stance step matched 5: no position for the holder 3 (the article model
leaves out an article on an attack: « Anne Hidalgo a condamné cet attentat »), the wrong polarity 2 (the polarity
model on « a critiqué les autres politiques de Trump »), an issue sharing no word 5 (the issue model's question for
« réclamer des hausses de salaires »). Kept (_act_finding): the act's side (`reported_acts` in quotes_markers.json,
by the frame its topic fills; a denial none: « a nié toute responsabilité » 3 of 3 wrong) on its topic phrase stands
for that quotation instead of the models' polarity and question; for a holder the models do not take, on what the
article is about; and past the article model. With the shipped models: train in sample F1 0.3459 → 0.3596 (P
0.3772 → 0.3833, 99 → 105 gold found); out of fold, fold seeds 0-2, 0.2836 / 0.2627 / 0.2873 → 0.2985 / 0.2777 /
0.3023; dev (measure only) 0.2483 → 0.2621 (P 0.2769 → 0.2923), shared 0.1840 → 0.2154. Measured on the way (out
of fold, seeds 0-2): the override alone 0.2880 / 0.2672 / 0.2918; past the article model too 0.2928 / 0.2720 /
0.2966; untaken holders too 0.2952 / 0.2744 / 0.2990 (only the salient ones: the same); a denial's side « - »
instead of none 0.2952 / 0.2744 / 0.2990 against 0.2961 / 0.2753 / 0.2999 (lemmas only, before the cue lexicon
read « réclame » as « réclamer »).

Stop 49, issue 16 (recall; train out of fold, fold seeds 0-2, shipped thresholds, at 8d32f04: P / R / F1 0.3194 /
0.2387 / 0.2732, 0.3101 / 0.2258 / 0.2613, 0.3244 / 0.2452 / 0.2793; dev, measure only, 15 of 55, F1 0.2222). The 94
gold positions of fold seed 0 with the right speaker and no position, by the first stage that drops the holder in the
pipeline's order: the position model's threshold 45 (best quotation under 0.1: 13, 0.1-0.15: 18, 0.15-0.2: 14; 15 of
them in articles the article model leaves out too) — an implicit stand (« cette zone fait partie de son territoire »,
« les miettes tombent », « Macron démission »), an account of facts, an intent (« déterminé à poursuivre le combat »),
a demand (« a demandé que les bureaux soient fermés »); taken but unsure which way (_MIN_CONFIDENCE) 15; the article
model, every other stage passed and the best quotation under _SURE_POSITION, 10; the holder model 10; the quotation
gates 6 (_states_figures 4: « les deux plus grandes économies », « en 2019 », « 50 ans de retard », « loi Nr. 5651 »;
_names_someone 2, a speaker typed OTHER); _MAX_HOLDERS 4; no question found 4. Kept: a holder taken but unsure which
way whose quotations state one way only, by a signed cue, a rule's sign or words judging the article's matter
(_stated_sign; not the evaluative words alone, which the polarity model has read already), holds the position that way
at _MIN_CONFIDENCE: out of fold P / R / F1 0.3222 / 0.2484 / 0.2805, 0.3051 / 0.2323 / 0.2638, 0.3187 / 0.2516 /
0.2812 (7-14 predictions more per seed, 2-3 right, gold found +3 / +2 / +2; F1 up on every seed); in sample 102 of 260
→ 105 of 273 right (F1 0.3379 → 0.3391); dev unchanged, 15 of 55. With the evaluative words as a fourth way of stating
(eval_support / eval_oppose), seed 0 0.3165 / 0.2516 / 0.2804 (8 more, 1 right): not kept. The OTHER-typed speaker
_names_someone drops (seed 0) is « le candidat » (src:le-candidat) quoted under Macron's name: an actors step matter.
Tried and not kept (fold seed 0 unless said): twenty words of judging the lists lack (support « acceptable », «
admissible », « tolérable », whose negations are the plain complaint, « ce n'est pas acceptable »; oppose « populiste
», « démagogie », « démagogique », « hypocrisie », « hypocrite », « insuffisant », « inefficace », « inutile », «
irréaliste », « néfaste », « nuisible », « gâchis », « gaspillage », « mascarade », and acts of undoing « abandonner
», « retrait », « renoncer »; 1-7 train quotations each) 0.3132 / 0.2387 / 0.2709 (2 more predictions, 1 fewer right);
_states_figures on numbers written in digits only (« deux » no figure) 0.3182 / 0.2387 / 0.2728 (1 more, wrong);
_MIN_CONFIDENCE 0.05, seeds 0-2 0.3056 / 0.2516 / 0.2760, 0.2901 / 0.2387 / 0.2619, 0.3127 / 0.2645 / 0.2866 (recall
up on every seed) but dev 15 of 59 (F1 0.2158), and 0.07 dev 15 of 58 (0.2174). The stated sign overruling the
polarity model where it is sure enough but reads the other way: seed 0 0.3185 / 0.2419 / 0.2750 (against 0.2805 with
_stated_sign for the unsure only).

Stop 50, issue 16 (recall: the right speaker, no position; measured, nothing kept in the code). Train out of fold,
fold seeds 0-2, the models refitted on the other folds at the shipped thresholds (position 0.2, article 0.35, holder
0.15, as stance_funnel --oof): P / R / F1 0.3182 / 0.2613 / 0.2869, 0.2905 / 0.2452 / 0.2659, 0.3145 / 0.2548 /
0.2815 (right speaker, no position 92 / 94 / 96). None of seed 0's 92 is a position given under another name (the
actor holds none), and every such speaker is of a holder type. By speaker (seed 0, the position model out of fold):
of 239 speakers with a quotation that is evidence of their gold position, 51 have their best quotation under 0.2;
of the speakers whose best lies in 0.1-0.2, 37 of 284 hold a gold position (13 %; those the holder model scores
0.3 or more in articles the article model scores 0.4 or more: 8 of 34), under the base precision, so a lower
threshold for any of them adds mostly wrong positions. Tried and not kept (F1 by fold seed): a speaker taken where
the noisy-or of its quotations' scores reaches 0.3 (0.25), quotations from 0.1: 0.2918 / 0.2647 / 0.2802 (0.2909 /
0.2639 / 0.2785); that noisy-or as the confidence of every holder: 0.2847 / 0.2762 / 0.2860; a threshold of 0.15
for a speaker the holder model scores 0.3 or more: 0.2854 / 0.2676 / 0.2809 (0.45: 0.2860 / 0.2688 / 0.2807; 0.1
at 0.45: 0.2856 / 0.2680 / 0.2798); 0.15 for a speaker the title names: 0.2899 / 0.2655 / 0.2811; _MIN_CONFIDENCE
0.08: 0.2825 / 0.2725 / 0.2920; the issue model's choice where the article gives no question (its title, lead and
the holder's phrases): 0.2834 / 0.2627 / 0.2780; _states_figures not counting a number inside a time expression
(« en 2019 »): 0.2865 / 0.2651 / 0.2811. Where the quotation stands (`quote_at`, its start over the text's length,
and `quote_first`, the speaker's first quotation) as position and polarity features: at the shipped thresholds
0.2874 / 0.2738 / 0.2903 (every seed up); rebuilt (`propos train stances --seed 0`: position 0.25, article 0.0,
holder 0.1; cross-validated with_holder_model 0.3109 / 0.2774 / 0.2932, issue top-one 0.5923; weights +0.30 and
+0.25 for a position) out of fold 0.3037 / 0.2927 / 0.2832 (the same thresholds without them 0.2963 / 0.2798 /
0.2817), but dev (measure only) 16 of 71 right (P 0.2254, F1 0.2119; right speaker, no position 19 → 16, other
polarity 4 → 6, issue sharing no word 7 → 10) against the shipped models' 18 of 65 (0.2483); the rebuilt position
and polarity models alone beside the shipped ones at 0.2: 16 of 63 (0.2238): not kept (a rebuild lost dev
positions at stops 48 and 49 too). Probe s115-s118: a demand in a que-clause and a commitment under the position
threshold on a news item, a judging cue with a quoted attribute no quotation (KNOWN); the control clean.

Stop 50, issue 16 (the article model; measured, nothing kept in the models). Train out of fold, fold seeds 0-2, at
338622e (stance_funnel --oof: P / R / F1 0.3088 / 0.2581 / 0.2812, 0.2819 / 0.2452 / 0.2622, 0.3132 / 0.2581 /
0.2830; a driver that runs each fold's detector twice, the article gate forced open and forced shut, scores any
article model without a rerun and gives the same numbers). The article model's out-of-fold AUC for « the gold has a
position » is 0.893 / 0.891 / 0.894; at its 0.35 it passes 198 articles, 131 of the 168 with positions (P 0.66, R
0.78; seed 0). The 67 it passes without: crimes and their inquiries quoted at length (a disappearance, a confession,
an attack, an abduction alert), laws adopted, resignations, candidacies, nominations, figures (unemployment, a
deficit, smoking), science; the 37 it leaves out with positions hold one each mostly (a takeover, a transfer, a storm,
an attack, a day of the Gilets jaunes), the gold giving the only speaker a position on the title's event — articles
of the kinds it rightly leaves out. The predictions by its score (seed 0, gate open): under 0.1 0 right of 4, 0.1-0.2
5 of 8, 0.2-0.35 6 of 46, 0.35-0.5 14 of 50, 0.5-0.7 26 of 99, from 0.7 48 of 135. Stance F1 by fold seed: no gate
0.2873 / 0.2724 / 0.2877, the gate at 0.1 0.2891 / 0.2732 / 0.2890 (P 0.2945 / 0.2754 / 0.2978), at 0.35 as
shipped 0.2812 / 0.2622 / 0.2830, the gold's own answer as the gate 0.3199 / 0.3039 / 0.3196 (P 0.37). Features
added to the article model, each judged at 0.35 and at its best threshold (F1 by fold seed): the share of
quotations with an evaluative word, « falloir » / « devoir », a negation, the first person (AUC 0.894-0.896)
0.2809 / 0.2693 / 0.2847; the share of speakers whose name or role is a political word (party, union, government,
minister, mayor), a word of justice or rescue (prosecutor, police, lawyer, witness), an organisation (AUC
0.894-0.896) 0.2841 / 0.2651 / 0.2816, the political share alone at 0.25 0.2880 / 0.2694 / 0.2809; sentences with
words of justice and police 0.2812 / 0.2622 / 0.2839; the length (log sentences) 0.2778 / 0.2627 / 0.2771; quote marks
or a rubric in the title 0.2812 / 0.2631 / 0.2834; the distinct speakers (log) 0.2778 / 0.2622 / 0.2796; quotation
shares and speakers together (AUC 0.895-0.897) 0.2812 / 0.2655 / 0.2845: none above noise, none above the gate at
0.1. Other labels: fitted only on articles where propos gives a position, it lets nearly every one through (no gate:
0.2873 / 0.2724 / 0.2877); labelled by whether a position given in the article is right, F1 falls at every
threshold (mean 0.2659 at 0.3), the precision flat at 0.29-0.33. The gate's threshold at 0.1, the weights unchanged
(model.json), in sample (score.py) train 109 of 288 → 117 of 325 right (P / R / F1 0.3785 / 0.3194 / 0.3464 → 0.3600
/ 0.3452 / 0.3524), dev (measure only) 18 of 65 → 20 of 73 (0.2769 / 0.2250 / 0.2483 → 0.2740 / 0.2500 / 0.2614),
../shared/gold/quotes-fr-dev.jsonl 6 of 22 → 7 of 25 (0.2727 / 0.1389 / 0.1840 → 0.2800 / 0.1667 / 0.2090); blind
probe 10 stance_probe cases more (s007, s025, s027, s044, s070, s074, s080, s084, s087, s106) and n034, one control
lost (s114, « je ne sais pas si … »). Not shipped: it trades precision (the issue's aim) for recall, and `propos
train stances` chooses the article threshold on a curve without the holder model, among ARTICLE_THRESHOLDS (no
0.1), as the most precise point within F1_TOLERANCE of the best: a threshold set by hand is not what the command
builds (test_stances_learned checks that the holder curve's article threshold is the model's).

Stop 51, issue 16 (precision: who holds a position). Train out of fold, fold seed 0 (stance_funnel --oof 0, shipped
thresholds): P / R / F1 0.3188 / 0.2806 / 0.2985, 298 predictions, 95 right, 113 to a holder with no gold position.
Among these, speakers known only by the role of one quoted to inform: a prosecutor (« le procureur de la République
», « Eric Maillaud, procureur de … »), investigators, an expert, a professor, readers, a chief of staff, what they
say the facts of a case or a reading of them. Kept: such a speaker (_informant: each of its roles, and its mentions
where none is a name, headed by a noun of `informants` in stances_evaluative.json) holds no learned position: out of
fold 0.3188 / 0.2806 / 0.2985 → 0.3310 / 0.2806 / 0.3038 (11 predictions gone, none right; fold seeds 1 and 2, P /
F1 0.2922 / 0.2777 → 0.3010 / 0.2816 and 0.3276 / 0.3023 → 0.3368 / 0.3062, none right lost); in sample
(`propos eval stances GOLD`, as dev and ../shared below) 115 of 300 → 115 of 292 right; dev (measure only) 19 of
65 → 19 of 64; ../shared 7 of 23 → 7 of 22; quotations identical. Applied to every finding (acts, events,
narration) as well: train the same, not kept.
Tried and not kept (out of fold, fold seed 0, with it): a reported act's topic as the issue of a holder the models
take only where it shares a word with what the article is about (« musulmans », « décision de son homologue »),
0.3038 → 0.2933 (one right gained, three lost: a day's round-up of the Gilets jaunes, whose topic words are not the
holders' questions); a candidate issue that opens on a figure (« 10 000 réfugiés », « 2,5 milliards d'euros ») left
out of the issue model's choice, 0.3004 (one right lost); a reported act past the article model only where its
topic shares a word with the article's, no change. Counted, not changed: an issue that is a whole title with its
rubric (« YouTube : des vidéastes populaires », « Élection présidentielle … : Obama raille Coach Romney ») 10
wrong and 3 right; events' issues 23 wrong, 13 right in sample.

Stop 51, issue 16 (recall: the right speaker, no position; stn51). Train out of fold, fold seed 0 (stance_funnel
--oof 0, P / R / F1 0.3188 / 0.2806 / 0.2985): of the 86 gold positions whose speaker is right and which get none,
by the first gate that drops the holder, the position model 42 (an implicit stand, an account, an intent, a
demand), the holder model 14, the article model 12 (its best quotation under _SURE_POSITION), no question found 5
(rubric-and-date titles, « Gilets jaunes : lundi … »), polarity unsure 3 + 5, _MAX_HOLDERS 3, the quotation gates 2.
Kept: a quotation whose own stance predicate, said by its holder, bears on a thing (« nous nous opposons à la hausse
des tarifs », « je soutiens le projet de … », « nous ne voulons pas de cette antenne »; not an act, « nous refusons
de commenter », nor the addressee of a demand, « nous demandons aux habitants de … »: _names_thing) keeps its
position past the article model: out of fold, fold seeds 0-2, P 0.3188 / 0.2922 / 0.3276 → 0.3211 / 0.2945 /
0.3288, F1 0.2985 / 0.2777 / 0.3023 → 0.3013 / 0.2805 / 0.3047 (one more right per seed); dev (measure only)
unchanged, 19 of 65. Without the restriction to a thing (any stance predicate of the quotation) F1 0.2994 / 0.2792
/ 0.3028 but P down on fold seeds 0-2 and two probe controls lost (s113, s745). Not kept: _MAX_HOLDERS 5 (F1
0.2957 / 0.2792 / 0.2995) or 6 (seed 0 0.2939); a quotation under the position threshold taken from 0.1 where its
own stance predicate states a position (0.2962 / 0.2755 / 0.2995; from 0.15 0.2976 / 0.2764 / 0.3004); where the article gives no question (a
rubric-and-date title), the taken holder's own rule findings as its issue (0.2962 / 0.2755 / 0.3004; one per
holder 0.2966 / 0.2760 / 0.3009), or its reported acts' (unchanged).

Stop 52, issue 16 (precision: who holds a position; sta52, measured, nothing kept in the code or the models). Train
out of fold, fold seeds 0-2 (stance_funnel --oof, shipped thresholds): P / R / F1 0.3368 / 0.2871 / 0.3100, 0.3079 /
0.2742 / 0.2901, 0.3322 / 0.2806 / 0.3042; 103 / 116 / 103 predictions to a holder with no gold position, 42 / 50 / 42
of them in articles with none (33 / 41 / 33 of those a quotation's position under confidence 0.5 in an article the
article model passes: a death, an attack, a transfer, a resignation), the rest beside the parties: an expert's or an
official's reading (« le risque génocidaire est limité », « elle est impossible »), a lawyer on the procedure (« la
mise en examen est intervenue ce matin »), a company on its cooperation, a club's president on a transfer, a minister
announcing his government's act (« a annoncé interdire l'accès au territoire … », the gold giving it to the
government), narrated acts of bodies (« la Chine … ratifient l'accord », 10 wrong of 28 event-only per seed),
judgements the gold leaves out (« totalement inacceptable », « les préjugés qui tuent »). Counted, none separates:
evidence all indirect (que-clause, infinitive, « selon ») right 8 / 6 / 5 of 31 / 32 / 28 (P 0.19-0.26, but leaving
them out lowers F1: seed 0 about 0.310 → 0.298); the holder named inside another speaker's quotation (a party is
talked about), in sample among the speakers given a position in articles with positions, a gold holder 21 of 30
against 146 of 186 (the other way); role nouns (in sample): « directeur » 20 speakers, 1 a gold holder, 2 given a
position; « avocat » 6, 1 and 3 (a lawyer pleads a side: the gold gives Dilma Rousseff's one a position);
« porte-parole » 16, 4 and 7. Probe s-sta52-01 to s-sta52-05 (stance_probe): such speakers beside a party or alone.
The position and polarity models read `speaker_confidence` (quote_features), whose calibration was rebuilt at stop 51
(cnf51): of the shipped training rows, 497 of 1,628 have another value today, 104 by more than 0.1 (weight 0.29 for a
position, 0.26 for support). A plain rebuild (`propos train stances --seed 0`, 1,695 rows against 1,656: the rows also
follow the quote and speaker steps merged since stop 48) chose position 0.2, article 0.0 (the gate at 0.35 costs 0.010
F1 cross-validated, over F1_TOLERANCE), holder 0.1: cross-validated with_holder_model 0.3082 / 0.3086 / 0.3084 (issue
top-one 0.5864) against 0.3225 / 0.2430 / 0.2772; out of fold 0.3187 / 0.3226 / 0.3206, 0.2974 / 0.3000 / 0.2987,
0.3084 / 0.3032 / 0.3058 (mean F1 0.3014 → 0.3084, P down on every seed); in sample (score.py) train 0.3973 / 0.3419 /
0.3675 → 0.3557 / 0.3581 / 0.3569, dev (measure only) 19 of 65 → 18 of 74 (P / F1 0.2923 / 0.2621 → 0.2432 / 0.2338;
right speaker but no position 20 → 16, other polarity 3 → 5, issue sharing no word 6 → 9), ../shared 7 of 22 → 8 of 27
(0.3182 / 0.2187 → 0.2963 / 0.2348): not shipped. The same models with the article gate at 0.4 by hand: out of fold
0.3413 / 0.2968 / 0.3175, 0.3221 / 0.2806 / 0.3000, 0.3288 / 0.2839 / 0.3047, but dev 16 of 64 (0.2500 / 0.2222),
../shared 7 of 24: the rebuilt models lose dev positions whatever the gate, as at stops 48-50. The confidence alone
(the shipped rows with today's `speaker_confidence`, the position and polarity models refitted, every threshold and
the other models as shipped; refitting the shipped rows unchanged gives the shipped weights; its weight falls to 0.09
for a position): dev (measure only) 19 of 65 → 19 of 63 (P / F1 0.3016 / 0.2657), ../shared 7 of 22 → 7 of 21, but
train in sample 116 of 292 → 115 of 294 (F1 0.3675 → 0.3649), and it is not what the command builds (the rows it
writes follow today's steps): not shipped. Out of fold the models are refitted on today's rows, so stance_funnel --oof
already reads today's confidence: only the shipped thresholds reach it.

Stop 52, issue 16 (recall: the right speaker, no position; pos52). Of seed 0's 43 such gold positions the position
model drops (best quotation under 0.2), most are judgements in plain or figurative words after a plain cue or
« selon » (« les footballeurs sont des esclaves », « flirte avec la démagogie », « les miettes tombent »), an intent
or a commitment (« être déterminé à poursuivre », « a promis d'implémenter »), an account the gold reads as a side.
The quotation feature `numbers` fired on the indefinite article (spaCy reads « un », « une » like a number: 887 of
1695 train quotations, weight -0.33 against a position). Measured, not shipped: counting figures only (a NUM tag or
digits): out of fold, fold seeds 0-2, stop 51's thresholds, P / F1 0.3368 / 0.3100, 0.3079 / 0.2901, 0.3322 / 0.3042 →
0.3415 / 0.3138, 0.3209 / 0.2994, 0.3299 / 0.3070; with the shipped models (fitted on the old feature) dev (measure
only) 19 of 65 → 19 of 66, ../shared unchanged, and the models must be rebuilt to read the new one, which turns the
article gate off (below): the feature stays as the shipped models learned it until a rebuild keeps dev. Rebuilt
(`propos train stances --seed 0`: position 0.2, article 0.0, holder 0.15), cross-validated with_holder_model 0.3110 /
0.3000 / 0.3054; a plain rebuild of stop 51's code gives 0.3082 / 0.3086 / 0.3084 (holder 0.1), and dev 18 of 74
against 18 of 76 with the change (both under the shipped models' 19 of 65). Measured and not kept: the count of the
speaker's other quotations that judge (an evaluative word, a signed cue or rule, a cue introducing a view) as a
feature of both models, F1 0.3110 / 0.2994 / 0.3117 (the signed ones only 0.3138 / 0.2990 / 0.3070): noise over the
fix. Counted on train, not tried as features: a cue of commitment (« promettre », « s'engager », « assurer »,
« annoncer ») 16 positions of 115 (0.14 against 0.20 overall), verbs and nouns of wanting and demanding in the
quotation 0.25, with a first-person subject 4 of 23, a word shared with the title 0.19.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Token

from propos.extraction import extensions  # noqa: F401
from propos.extraction.actors.resolve import actor_at, actor_by_id
from propos.extraction.quotes.reported import act_frames, act_side
from propos.extraction.stances import choice
from propos.extraction.stances.evaluative import (
    Evaluative,
    article_counts,
    article_features,
    article_gate_features,
    clause_features,
    holder_context,
    holder_features,
    models,
    quote_features,
    topic,
)
from propos.extraction.stances.issues import (
    IssueLexicon,
    Predicate,
    article_issues,
    issue_of_complement,
    key,
    label,
    phrase_tokens,
    same_issue,
)
from propos.language.negation import carries_negation
from propos.language.textprep import doc_text
from propos.model import Stance

# Clause complements ("estime que c'est marginal") hold claims, not issues: only phrases and infinitives.
_COMPLEMENTS = ("obj", "obl:arg", "xcomp", "iobj")
# A stance noun's complements, and the prepositions that make one what the stance bears on
_NOUN_COMPLEMENTS = ("nmod", "acl", "xcomp")
# the confidence of a stance predicate in the quotation itself ("elle soutenait la réforme")
_SURE = 0.8
# how much each word an issue shares with the holder's own quotations weighs in choosing it
_SAID_BONUS = 1.0
# below it a learned position is not given (its probability times how sure its polarity is; 0.1 by train
# cross-validation over 0, 0.1 and 0.2), unless its quotations state one way only (_stated_sign)
_MIN_CONFIDENCE = 0.1
# from it a quotation the position model takes keeps its position in an article the article model leaves out
# (the two disagree): on train, out of fold (fold seed 0), no quotation there scores so high, while a made-up
# judgement on a news item does (tests/data/stance_probe.jsonl: 3 cases); at 0.4 F1 0.2812 → 0.2809, at 0.3
# 0.2808 (23 more positions, 3 right)
_SURE_POSITION = 0.5
# how many speakers of one article hold a learned position, those the position model is surest of: an article
# reports the positions of a few parties (train gold: 5 articles in 168 with more than 4 holders); on train, out of
# fold (fold seeds 0-2), stance P 0.300 → 0.309 at F1 0.262 (at most 2: P 0.311, F1 0.249; 3: 0.304, 0.255;
# 5: 0.303, 0.262; 6: 0.300, 0.260)
_MAX_HOLDERS = 4
# who can hold a position: people, organisations and governments (not a place, not a thing); a speaker named
# only as such (« les syndicats », but also « le texte ») holds one only where the model takes its quotation
_HOLDER_TYPES = ("PER", "ORG", "GOV", "GPE")
_SPEAKER_TYPES = (*_HOLDER_TYPES, "OTHER")
# how sure a position from an event's stance verb is (one from the event's kind: 0.5)
_EVENT_PREDICATE = 0.6
# how sure a position told in narration is (as sure as one from an event's kind)
_NARRATED = 0.5
# a reported act's own position: its act names its side and its topic (_act_finding)
_ACT = 0.6
_BEARING_CASES = {"à", "au", "aux", "pour", "contre", "de", "d'", "du", "des", "envers", "sur"}


@dataclass
class Finding:
    holder_id: str | None
    holder_name: str
    issue: str
    issue_key: str
    polarity: int
    evidence: str
    confidence: float
    # a refusal the words deny (« n'enverraient pas de soldats », « pas de soldats »): not an attitude's sign
    denied: bool = False
    # a reported act's own position (_act_finding): its act names its side
    act: bool = False
    # a stance predicate whose complement names a thing (« nous nous opposons à la hausse des tarifs », « je
    # soutiens le projet »), not someone asked to act (« nous demandons aux habitants de … ») nor an act
    # (« nous refusons de commenter »): the holder states a position in so many words
    names_thing: bool = False


class StanceModels(NamedTuple):
    """evaluative.models(): the position and polarity models, and the issue, article and holder models where
    they were trained."""

    position: object
    polarity: object
    issue: object = None
    article: object = None
    holder: object = None


def _negated(tok: Token) -> bool:
    chain, head = [tok], tok
    while head.dep_ == "xcomp" and head.head.i != head.i and len(chain) < 4:
        head = head.head
        chain.append(head)
    return sum(carries_negation(t) for t in chain) % 2 == 1


def _subject(tok: Token) -> Token | None:
    while tok is not None:
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is not None or tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return subj
        tok = tok.head
    return None


class StanceDetector:
    def __init__(self, nlp: Language, name: str, lang: str = "fr") -> None:
        self.name = name
        self.lex = IssueLexicon.load(lang)
        self.evaluative = Evaluative.load(lang)
        self.models = None  # the shipped ones; training sets its own

    def __call__(self, doc: Doc) -> Doc:
        findings = self.rule_findings(doc)
        stated = _stated_in_words([f for f in findings if self._is_actor(doc, f)])
        about = topic(doc, self.lex)
        title, lead, topic_words = about
        said: dict[str, dict] = {}  # clause_features by quotation id, read by both models
        rows = self.quote_rows(doc, findings, about, said)
        # what a holder is said to want is a position only on what the article is about
        findings = [f for f in findings if self._is_actor(doc, f) and set(f.issue_key.split("+")) & topic_words]
        issues = self._article_issues(doc, (title, lead))
        scores: dict[str, float] = {}  # the position model's score by quotation id
        findings = self._learned(doc, rows, findings, about, issues, said, scores)
        if title is not None and not self.reports_positions(doc, lead):
            # an article that reports no positions (a death, a match): what it quotes is no stance, unless the
            # position model is sure of the quotation (« C'est absurde », a-t-il estimé, on a news item), or the quotation
            # is a reported act that takes a side by its very act (« X a condamné cet attentat »: train out of fold,
            # F1 up on fold seeds 0-2, rpp50), or its holder states the position in so many words (« nous nous
            # opposons à la hausse des tarifs »: train out of fold, P and F1 up on fold seeds 0-2, stn51)
            findings = [f for f in findings if scores.get(f.evidence, 0.0) >= _SURE_POSITION
                        or f.act or (f.evidence, f.holder_id) in stated]
        doc._.stances = self._merge(doc, findings)
        return doc

    def reports_positions(self, doc: Doc, lead=None) -> bool:
        """Whether the article model takes the article for one that reports positions (True without one)."""
        loaded = self._loaded()
        gate = loaded.article if loaded else None
        return gate is None or gate.predict([article_gate_features(doc, self.evaluative, lead)])[0] >= gate.threshold

    def _loaded(self) -> StanceModels | None:
        """The models in use (training sets its own, perhaps without the optional ones); None where none was
        trained."""
        try:
            loaded = self.models or models()
        except FileNotFoundError:
            return None
        return StanceModels(*loaded)

    def _article_issues(self, doc: Doc, parts) -> list[tuple[str, str, float]]:
        skip = {t.i for x in doc._.timexes for t in doc.char_span(x.span.start, x.span.end, alignment_mode="expand") or []}
        names = {t.i for a in doc._.actors for m in a.mentions
                 for t in doc.char_span(m.start, m.end, alignment_mode="expand") or []} - skip
        return article_issues(doc, *parts, self.lex, skip | names, names)

    def rule_findings(self, doc: Doc) -> list[Finding]:
        """What the predicates, cues and events say, each with its holder as written or resolved."""
        findings: list[Finding] = []
        seen: set[int] = set()
        for quote in doc._.quotes:
            holder = self._speaker(doc, quote)
            span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
            if span is None or holder is None:
                continue
            findings += self._verbless(doc, span, holder, quote.id)
            findings += self._from_cue(doc, quote, span, holder, seen)
            for tok in span:
                if tok.i not in seen and tok.lemma_.lower() in self.lex.predicates and tok.pos_ in ("VERB", "ADJ"):
                    seen.add(tok.i)
                    findings += self._from_predicate(doc, tok, holder, quote.id, quote.content.end)
        for event in doc._.events:
            span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
            if span is None or span[0].i in seen or not event.source_id:
                continue
            tok = span[0]
            holder = (event.source_id, event.source_name or "")
            if tok.lemma_.lower() in self.evaluative.accusation:
                continue  # « X accuse l'Élysée de … »: a party blamed, no question taken a side on
            if tok.lemma_.lower() in self.lex.predicates and tok.pos_ == "VERB":
                seen.add(tok.i)
                findings += self._from_predicate(doc, tok, holder, event.id, None, confidence=_EVENT_PREDICATE)
            elif event.type in self.lex.event_polarity:
                # "a repoussé la réforme", "son soutien à X": the event's kind gives the polarity
                seen.add(tok.i)
                pred = Predicate(tok.lemma_.lower(), self.lex.event_polarity[event.type], "attitude")
                if tok.pos_ == "VERB":
                    findings += self._from_predicate(doc, tok, holder, event.id, None, confidence=0.5, pred=pred)
                elif tok.pos_ == "NOUN":
                    findings += self._from_noun(doc, tok, holder, event.id, pred)
        return findings

    def _is_actor(self, doc: Doc, f: Finding) -> bool:
        """A holder is an actor of the article: « le projet de loi », « de son côté » hold nothing. A name
        that the quote step left unresolved counts when an actor bears it."""
        if f.holder_id is None:
            actor = next((a for a in doc._.actors if f.holder_name in (a.name, *a.aliases)), None)
            if actor is None:
                return False
            f.holder_id, f.holder_name = actor.id, actor.name
        actor = actor_by_id(doc, f.holder_id)
        return actor is None or actor.type in _HOLDER_TYPES

    def quote_rows(self, doc: Doc, findings: list[Finding], about: tuple,
                   said: dict[str, dict] | None = None) -> list[tuple]:
        """(quote, holder actor, features) for every quotation whose speaker is an actor; `about`: the
        article's title, lead and topic words (evaluative.topic). `said`, when given, receives each
        quotation's clause_features by its id, for the holder model (holder_rows)."""
        said = {} if said is None else said
        counts: dict[str, int] = {}
        for q in doc._.quotes:
            if q.speaker_id:
                counts[q.speaker_id] = counts.get(q.speaker_id, 0) + 1
        _, lead, topic_words = about
        article = article_features(doc, self.evaluative, len(counts), lead)
        title_end = article.pop("_title_end")
        context: dict[str, dict] = {}
        rows = []
        for q in doc._.quotes:
            actor = actor_by_id(doc, q.speaker_id) if q.speaker_id else None
            if actor is None or actor.type not in _SPEAKER_TYPES:
                continue
            content = doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
            if content is None:
                continue
            cue = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand") if q.cue else None
            signs = [f.polarity for f in findings if f.evidence == q.id]
            said[q.id] = clause_features(content, cue, self.evaluative)
            features = quote_features(q, content, cue, said[q.id], topic_words, self.evaluative, self.lex,
                                      actor.type, counts[actor.id], signs)
            features |= article
            features["speaker_in_title"] = float(any(m.start < title_end for m in actor.mentions))
            features["speaker_mentions"] = min(len(actor.mentions), 6) / 6
            if actor.id not in context:
                context[actor.id] = holder_context(doc, actor, self.evaluative)
            features |= context[actor.id]
            rows.append((q, actor, {k: v for k, v in features.items() if v}))
        return rows

    def holder_rows(self, doc: Doc, lead, said: dict[str, dict] | None = None) -> dict[str, dict[str, float]]:
        """Every actor that speaks in the article → what the holder model reads of it (holder_features);
        `said`: the clause_features quote_rows computed, by quotation id."""
        title_end = article_counts(doc, self.evaluative)["title_end"]
        by_actor: dict[str, list] = {}
        for q in doc._.quotes:
            if q.speaker_id:
                by_actor.setdefault(q.speaker_id, []).append(q)
        counts = {a: len(qs) for a, qs in by_actor.items()}
        out = {}
        for actor_id, quotes in by_actor.items():
            actor = actor_by_id(doc, actor_id)
            if actor is not None and actor.type in _SPEAKER_TYPES:
                out[actor_id] = holder_features(doc, actor, quotes, title_end, lead, self.evaluative, counts,
                                                said)
        return out

    def _learned(self, doc: Doc, rows: list[tuple], findings: list[Finding], about, issues,
                 said: dict[str, dict] | None = None, scores: dict[str, float] | None = None) -> list[Finding]:
        """Positions from the quotations the model takes for positions: on the article's question that they
        speak most of (one per holder), of a speaker the holder model takes; beside it, what their own
        predicates name in a text without a title, and in an article only a refusal the words deny (a
        predicate's complement is rarely worded as its question: « je refuse cette hausse » in an article on
        the budget). Quotations the model does not take
        lose their rule findings, unless a stance predicate in them bears on the main question of a text
        without a title. Events stand when their source is an actor the article is about. Where the issue model is trained, it picks the question
        among the article's and the speaker's phrases (choice.py). `about`: the article's title, lead and topic
        words; `said`: the quotations' clause_features that quote_rows computed, which the holder model reads
        again; `scores`, when given, receives the position model's score of each quotation by its id."""
        loaded = self._loaded()
        if loaded is None:
            return findings
        position, polarity, chooser, holder_gate = loaded.position, loaded.polarity, loaded.issue, loaded.holder
        parts = about[:2]
        p_position = position.predict([r[2] for r in rows])
        p_support = polarity.predict([r[2] for r in rows])
        if scores is not None:
            scores.update((r[0].id, p) for r, p in zip(rows, p_position, strict=True))
        taken: dict[str, list[tuple]] = {}
        features_of = {r[0].id: r[2] for r in rows}
        for (quote, actor, row), pp, ps in zip(rows, p_position, p_support, strict=True):
            if pp >= position.threshold and _names_someone(doc, actor, self.evaluative.documents) \
                    and not _informant(doc, actor, self.evaluative.informants) \
                    and not _passive_cue(doc, quote, self.evaluative.accusation) and not _states_figures(doc, quote, row) \
                    and not row.get("question"):  # « Combien de temps vont durer les travaux ? »: it asks, takes no side
                taken.setdefault(actor.id, []).append((quote, actor, pp, ps))
        if holder_gate is not None and taken:
            # a speaker the article only quotes for facts (figures, a witness, a source) is no party to its
            # dispute: the holder model reads the speaker, beside the quotation model's reading of each quote
            features = self.holder_rows(doc, about[1], said)
            scores = dict(zip(taken, holder_gate.predict([features.get(a, {}) for a in taken]), strict=True))
            taken = {a: group for a, group in taken.items() if scores[a] >= holder_gate.threshold}
        taken = _likeliest_holders(taken)
        quoted = {r[0].id for r in rows}
        kept = {q.id for group in taken.values() for q, *_ in group}
        # a stance predicate stands in a text without a title (a snippet: the model reads the title, here
        # nothing to weigh it by): in a quotation the model takes, and in one it does not on its main question
        # or where there is none. In an article the model's position on the article's question is the
        # speaker's, and beside it only a refusal its words deny (« nous n'enverrons pas de soldats »): on
        # train, out of fold, a predicate's own complement beside it was right 4 times in 33, and keeping only
        # the denials raised stance precision 0.280 → 0.296 and F1 0.261 → 0.262 (leaving them all out: 0.299,
        # 0.264, but the article's own refusals, the issue's specimen, go with them); in a quotation the model
        # does not take, those on the article's main question were right one time in ten, against one in four
        # for the model's. What an actor the article is about does stands when the event's kind says
        # which way (« a rejeté », « son soutien à »), not from a stance verb told in narration (« Paris veut
        # … »: none of them right on train).
        main_key = issues[0][1] if issues else ""
        salient = _salient(doc, parts)
        said = {q.id for q in doc._.quotes}
        untitled = about[0] is None
        out = [f for f in findings if f.evidence in kept and (untitled or f.denied and f.polarity < 0)
               or f.evidence in quoted and f.confidence >= _SURE and untitled and (
                   not main_key or same_issue(f.issue_key, main_key, same_holder=True))
               or f.evidence not in quoted and f.holder_id in salient and (
                   f.evidence in said or untitled or f.confidence < _EVENT_PREDICATE)]
        # what is told in narration names its own issue (the complement): it stands where the article gives no
        # question too (a rubric-and-date title, a lead whose words do not come back)
        narrated = self._narrated(doc, about[2], salient)
        # a reported act's own position (« X réclame des renforts »): for a holder the models take, its act's side
        # on its topic stands for that quotation instead of the models' polarity and question (train: « réclame un
        # nouveau référendum » read oppose, « a critiqué les politiques de Trump » on another question)
        acts = {q.id: f for q, actor, _ in rows for f in [self._act_finding(doc, q, (actor.id, actor.name))] if f}
        if not issues:
            return out + narrated
        ctx = choice.context(doc, about, issues, self.lex, self.evaluative) if chooser is not None else None
        for actor_id, group in taken.items():
            evidence = [q.id for q, *_ in group]
            main = None
            if ctx is not None:
                cands = choice.candidates(ctx, actor_id, self.lex, self.evaluative.controversy)
                main = choice.best_issue(chooser, cands)
                if main is not None:  # named by its fullest wording among them, as annotators name it
                    main = choice.fullest(main, {text: c[0] for text, c in cands.items()})
                    main = choice.worded(main, ctx, self.lex)
            if main is None:
                said = set()
                for quote, *_ in group:
                    span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
                    said |= set(key(list(span or []), self.lex).split("+"))
                main = max(issues, key=lambda i: i[2] + _SAID_BONUS * len(set(i[1].split("+")) & said))
            weight = sum(pp for _, _, pp, _ in group)
            support = sum(pp * ps for _, _, pp, ps in group) / weight
            confidence = round(max(pp for _, _, pp, _ in group) * abs(2 * support - 1) ** 0.5, 2)
            if confidence < _MIN_CONFIDENCE:
                # the model unsure, the quotations may still say which way (« dénonce », a rule's refusal, « cette
                # réforme est injuste »): out of fold, F1 up on fold seeds 0-2 (stop 49)
                sign = _stated_sign([features_of[q.id] for q, *_ in group])
                if not sign:
                    continue  # taken, but unsure which way: a wrong stance is worse than none
                support, confidence = (1.0 if sign > 0 else 0.0), _MIN_CONFIDENCE
            name = _quoted_name(group)
            for quote_id in evidence:
                act = acts.get(quote_id)  # the act says which way and on what
                if act is not None:
                    out.append(Finding(actor_id, name, act.issue, act.issue_key, act.polarity, quote_id,
                                       max(confidence, act.confidence), act=True))
                    continue
                out.append(Finding(actor_id, name, main[0], main[1], 1 if support >= 0.5 else -1,
                                   quote_id, confidence))
        out += self._untaken_acts(doc, acts, taken, about[2])
        return out + narrated

    def _narrated(self, doc: Doc, topic_words: set[str], salient: set[str]) -> list[Finding]:
        """Positions told in narration, outside any quotation: « la Commission a menacé l'Italie de
        sanctions », « le préfet a interdit la manifestation ». An event whose verb is evaluative (a stance
        predicate's attitude or a word of the evaluative lexicon; its sign, reversed by a negation), whose
        source is an actor the article is about (_salient), and one of whose complements, its objects first,
        names what the article is about: that complement, as it is worded, is the issue (on train, out of fold,
        the issue model's choice among the article's questions did worse, stance F1 0.211 against 0.216).
        One per holder, the first told."""
        quoted = [(q.content.start, q.content.end) for q in doc._.quotes]
        out: list[Finding] = []
        done: set[str] = set()
        for event in doc._.events:
            span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
            if span is None or event.source_id in done or event.source_id not in salient \
                    or any(s <= event.trigger.start < e for s, e in quoted):
                continue
            tok = span[0]
            sign = _evaluative_sign(tok.lemma_.lower(), self.lex, self.evaluative) \
                if tok.pos_ == "VERB" and tok.lemma_.lower() not in self.evaluative.accusation else 0
            actor = actor_by_id(doc, event.source_id)
            if not sign or actor is None or actor.type not in _HOLDER_TYPES \
                    or tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.lex.predicates:
                continue
            # « a approuvé de justesse un texte »: the text, not the manner
            # « a parlé devant la presse »: a place or a time is where the verb is said, not what it is about
            comps = sorted((c for c in tok.children if c.dep_ in (*_COMPLEMENTS, "obl") and not (
                {g.lower_ for g in c.children if g.dep_ == "case"} & self.lex.circumstance_cases)),
                           key=lambda c: (c.dep_ == "obl", c.i))
            main = next((f for c in comps if set(key(list(c.subtree), self.lex).split("+")) & topic_words
                         for f in [issue_of_complement(c, self.lex)] if f and f[1]), None)
            if main is None:
                continue
            done.add(actor.id)
            out.append(Finding(actor.id, actor.name, main[0], main[1], sign * (-1 if _negated(tok) else 1),
                               event.id, _NARRATED))
        return out

    def _act_finding(self, doc: Doc, quote, holder) -> Finding | None:
        """A reported act's own position (quotes/reported.py: « X réclame des renforts », « dénonce la réforme »):
        the side its act takes (the language's `reported_acts`, by the frame its topic fills) on its topic
        phrase, the issue as worded."""
        if quote.type != "reported" or quote.cue is None:
            return None
        cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") or []
        content = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
        verb, frames = next(((t, f) for t in cue if t.pos_ == "VERB" for f in [act_frames(t)] if f),
                            (None, None))
        if verb is None or content is None or not len(content):
            return None
        side = act_side(content, frames)
        found = issue_of_complement(content.root, self.lex, quote.content.end) if side else None
        if found is None or not found[1]:
            return None
        sign = (1 if side == "+" else -1) * (-1 if _negated(verb) else 1)
        return Finding(holder[0], holder[1], found[0], found[1], sign, quote.id, _ACT, act=True)

    def _untaken_acts(self, doc: Doc, acts: dict[str, Finding], taken: dict, topic_words: set[str]) -> list[Finding]:
        """The reported acts of holders the models do not take, on what the article is about: the act names its
        side and its topic, no model need weigh it (train out of fold, fold seeds 0-2, F1 up on each, rpp50)."""
        out = []
        for f in acts.values():
            actor = actor_by_id(doc, f.holder_id)
            if f.holder_id not in taken and actor is not None and actor.type in _HOLDER_TYPES \
                    and set(f.issue_key.split("+")) & topic_words:
                out.append(f)
        return out

    def _speaker(self, doc: Doc, quote) -> tuple[str | None, str] | None:
        if quote.speaker_id:
            actor = actor_by_id(doc, quote.speaker_id)
            # a body holds its position under the name the article quotes it by (« Russie »), not its actor's
            # name across articles (« gouvernement russe »)
            return quote.speaker_id, quote.speaker_name or (actor.name if actor else quote.speaker_id)
        if quote.speaker_name:
            return None, quote.speaker_name
        return None

    def _verbless(self, doc: Doc, span, holder, evidence: str) -> list[Finding]:
        """« Pas de soldats américains en Ukraine »: a refusal without a verb."""
        text = " ".join(span.text.strip("«» \"").split()).lower()
        if not any(text.startswith(m) for m in self.lex.no_marks) or any(t.pos_ == "VERB" for t in span):
            return []
        tokens = [t for t in span if not t.is_punct]
        issue = label(tokens)
        if not issue:
            return []
        return [Finding(holder[0], holder[1], issue, key(tokens, self.lex), -1, evidence, 0.6, denied=True)]

    def _from_cue(self, doc: Doc, quote, content, holder, seen: set[int]) -> list[Finding]:
        """« X appelle à voter pour Y », « X dénonce … »: a reporting verb that is itself a stance predicate
        takes a stance toward what is reported."""
        if quote.cue is None:
            return []
        cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        verb = next((t for t in cue or [] if t.pos_ == "VERB" and t.i not in seen
                     and self.lex.predicates.get(t.lemma_.lower(), Predicate("", 0, "")).kind == "attitude"), None)
        if verb is None:
            return []
        seen.add(verb.i)
        if not _is_phrase(content.root):
            return []  # « J'ai fait une erreur », déplore-t-il: a whole clause is a claim, not an issue
        found = issue_of_complement(content.root, self.lex, quote.content.end)
        if found is None or not found[1]:
            return []
        sign = self.lex.predicates[verb.lemma_.lower()].polarity * (-1 if _negated(verb) else 1)
        return [Finding(holder[0], holder[1], found[0], found[1], sign, quote.id, 0.6)]

    def _from_noun(self, doc: Doc, tok: Token, holder, evidence: str, pred: Predicate) -> list[Finding]:
        """« son soutien à X », « le refus du projet », « son intention de cesser … »: what the noun bears on
        is its complement (or, after a light verb, the verb's: « a exprimé son soutien à X »)."""
        comps = [c for c in tok.children if c.dep_ in _NOUN_COMPLEMENTS]
        if tok.dep_ == "obj":
            comps += [c for c in tok.head.children if c.dep_ in ("obl:arg", "obl") and c.i > tok.i
                      and {g.lower_ for g in c.children if g.dep_ == "case"} & _BEARING_CASES]
        head = tok.head if tok.dep_ == "obj" and tok.head.pos_ in ("VERB", "AUX") else tok
        sign = pred.polarity * (-1 if head is not tok and _negated(head) else 1)
        out = []
        for comp in comps:
            actor = actor_at(doc, comp.idx, comp.idx + len(comp))
            if actor is not None and actor.id == holder[0]:
                continue  # "le soutien de Paris": the holder, not the issue
            cases = {g.lower_ for g in comp.children if g.dep_ in ("case", "mark")}
            if not (cases & _BEARING_CASES and _is_phrase(comp)):
                continue  # "le soutien de X, comptant pour …": a participle describes, it is not the issue
            found = issue_of_complement(comp, self.lex)
            if found is not None and found[1]:
                out.append(Finding(holder[0], holder[1], found[0], found[1], sign, evidence, 0.5))
        subj = _subject(head) if head is not tok else None
        if not out and subj is not None:
            # "Hamon a reçu le soutien de Montebourg": the support goes to the one who gets it
            actor = actor_at(doc, subj.idx, subj.idx + len(subj))
            if actor is not None and actor.id != holder[0]:
                out.append(Finding(holder[0], holder[1], actor.name, key(phrase_tokens(subj), self.lex), sign,
                                   evidence, 0.5))
        return out

    def _from_predicate(self, doc: Doc, tok: Token, holder, evidence: str, limit: int | None,
                        confidence: float = 0.8, pred: Predicate | None = None) -> list[Finding]:
        pred = pred or self.lex.predicates[tok.lemma_.lower()]
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.lex.predicates:
            return []  # "ne veut pas envoyer …": the governing attitude takes it
        subj = _subject(tok)
        if subj is not None and subj.pos_ != "PRON":
            actor = actor_at(doc, subj.idx, subj.idx + len(subj))
            if actor is not None:
                holder = (actor.id, actor.name)
        polarity = pred.polarity * (-1 if _negated(tok) else 1)
        if pred.kind == "action":
            comps = [tok]
        else:
            comps = [c for c in tok.children if c.dep_ in _COMPLEMENTS and not (
                {g.lower_ for g in c.children if g.dep_ == "case"} & self.lex.circumstance_cases)]
            comps += [c for comp in list(comps) for c in comp.children if c.dep_ == "conj"]
        out = []
        for comp in comps:
            found = issue_of_complement(comp, self.lex, limit)
            if found is None or not found[1]:
                continue
            issue, issue_key = found
            if any(t.span.start < comp.idx + len(comp) and comp.idx < t.span.end for t in doc._.timexes):
                continue  # "cet après-midi" is when, not what
            sign, denied = polarity, _negated(tok)
            if comp.i != tok.i and comp.pos_ == "VERB" and comp.dep_ == "xcomp" and _negated(comp) \
                    and not carries_negation(tok):
                sign, denied = -sign, True  # "veut ne pas envoyer"
            out.append(Finding(holder[0], holder[1], issue, issue_key, sign, evidence, confidence, denied,
                               names_thing=_names_thing(comp)))
        return out

    def _merge(self, doc: Doc, findings: list[Finding]) -> list[Stance]:
        """One stance per holder, issue and polarity, with all its evidence."""
        merged: dict[tuple, Stance] = {}
        # fullest wordings first, so that "envoi de soldats" joins "soldats américains en Ukraine"
        for f in sorted(findings, key=lambda f: -len(f.issue_key.split("+"))):
            holder_key = f.holder_id or f.holder_name
            k = (holder_key, f.issue_key, f.polarity)
            wider = next((w for w in merged if w[0] == holder_key and w[2] == f.polarity
                          and same_issue(f.issue_key, w[1], same_holder=True)), None)
            k = wider or k
            if k in merged:
                s = merged[k]
                if f.evidence not in s.evidence:
                    s.evidence.append(f.evidence)
                s.confidence = round(min(1.0, max(s.confidence, f.confidence) + 0.05), 2)
                continue
            merged[k] = Stance(
                id=f"S{len(merged) + 1}",
                holder_id=f.holder_id,
                holder_name=f.holder_name,
                issue=f.issue,
                issue_key=f.issue_key,
                stance="support" if f.polarity > 0 else "oppose",
                evidence=[f.evidence],
                date=doc._.pub_date,
                confidence=f.confidence,
            )
        stances = sorted(merged.values(), key=lambda s: min(_order(doc, e) for e in s.evidence))
        for n, stance in enumerate(stances, 1):
            stance.id = f"S{n}"
        return stances


def _evaluative_sign(lemma: str, lex: IssueLexicon, evaluative: Evaluative) -> int:
    """+1 for a verb of approval (« soutenir », « saluer »), -1 for one of disapproval (« dénoncer »,
    « s'opposer »), 0 otherwise: the stance predicates' attitudes first, then the evaluative words."""
    pred = lex.predicates.get(lemma)
    if pred is not None and pred.kind == "attitude":
        return pred.polarity
    return 1 if lemma in evaluative.support else -1 if lemma in evaluative.oppose else 0


def _likeliest_holders(taken: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """The _MAX_HOLDERS speakers whose best quotation the position model scores highest, in their order."""
    best = set(sorted(taken, key=lambda a: -max(pp for *_, pp, _ in taken[a]))[:_MAX_HOLDERS])
    return {a: group for a, group in taken.items() if a in best}


# the quote features that state a way (`{kind}_support`, `{kind}_oppose`): a cue, a rule, words judging the matter
_SIGNED = ("cue", "rule", "topic_judged")


def _stated_sign(rows: list[dict[str, float]]) -> int:
    """+1 or -1 where a holder's quotations state one way only, by a cue, a rule or words judging the article's
    matter (quote_features), 0 where they state none or both."""
    signs = {(1 if r.get(f"{k}_support") else 0) - (1 if r.get(f"{k}_oppose") else 0)
             for r in rows for k in _SIGNED} - {0}
    return signs.pop() if len(signs) == 1 else 0


def _names_thing(comp: Token) -> bool:
    """A predicate's complement that names a thing: a noun or a name, not an act (« refuser de commenter ») nor
    the addressee of a demand, which an infinitive follows (« demander aux habitants de garder … »)."""
    return comp.pos_ in ("NOUN", "PROPN") and not any(
        c.pos_ == "VERB" and "VerbForm=Inf" in c.morph for c in comp.children if c.dep_ in ("acl", "xcomp"))


def _stated_in_words(findings: list[Finding]) -> set[tuple[str, str | None]]:
    """(quotation id, holder id) of the quotations whose own stance predicate, said by their holder, bears on a
    thing (Finding.names_thing; a quotation's predicate findings are _SURE, an event's and a cue's less)."""
    return {(f.evidence, f.holder_id) for f in findings if f.names_thing and f.confidence >= _SURE}


def _quoted_name(group: list[tuple]) -> str:
    """The name the article quotes a holder by most often (« Élysée », « OMS »): what a reader, and an
    annotator, calls the holder of that position; the actor's own name where the quotations carry none."""
    names = Counter(quote.speaker_name for quote, *_ in group if quote.speaker_name)
    return names.most_common(1)[0][0] if names else group[0][1].name


def _names_someone(doc: Doc, actor, documents: frozenset[str] = frozenset()) -> bool:
    """A speaker known only by a pronoun or an adverb the quote step took for a name (« lui-même »,
    « aussi ») holds nothing: one of its mentions must be a noun phrase with a noun or a name — not a phrase
    that opens on a preposition or a figure (« par le gouvernement », « d'une résolution », « 81 % des
    Espagnols »: a piece of a phrase, or a share of people), and not a text or a record (`documents`: « la
    première version du texte », « l'instruction », « des captures d'écran »), which may be quoted but is no
    party (train gold: no position held by a document)."""
    if actor.type != "OTHER":
        return True
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not any(t.pos_ in ("NOUN", "PROPN") for t in span):
            continue
        if span[0].pos_ in ("ADP", "ADV", "SYM", "PRON", "CCONJ", "SCONJ") or span[0].text[:1].isdigit():
            continue
        if span.root.pos_ != "PROPN" and span.root.lemma_.lower() in documents:
            continue
        return True
    return False


def _informant(doc: Doc, actor, informants: frozenset[str]) -> bool:
    """A speaker known only by the role of one quoted to inform (`informants`: « le procureur de la République »,
    « un expert », « les enquêteurs », « Eric Maillaud, procureur de … »): each of its roles, and its mentions
    where none is a name, is headed by such a role noun. What they say is the facts of the case or a reading of
    them, not a side taken in the article's dispute."""
    spans = [r.span for r in actor.roles if r.span is not None]
    named = False
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and any(t.pos_ == "PROPN" for t in span):
            named = True
        elif span is not None:
            spans.append(m)
    heads = [h for s in spans for h in [_role_head(doc, s)] if h]
    # a named actor needs a head noun for each of its roles: fewer heads mean a role with no noun to judge by
    # (the count also holds its unnamed mentions' heads, so it errs toward judging)
    if not heads or (named and len(heads) < len(actor.roles)):
        return False
    return all(any(h == w or h.startswith(w + " ") for w in informants) for h in heads)


def _role_head(doc: Doc, span) -> str:
    """A role phrase from its head noun on, the noun as its lemma: « les enquêteurs de la police » →
    « enquêteur de la police »; '' where it has no noun."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand") or []
    head = next((t for t in tokens if t.pos_ == "NOUN"), None)
    if head is None:
        return ""
    return " ".join([head.lemma_.lower(), *(t.lower_ for t in tokens if t.i > head.i)])


# what in a quotation's features (quote_features) judges: an evaluative word, a cue or a rule with a sign, the
# article's matter judged
_JUDGING = ("eval_any", *(f"{k}_{way}" for k in _SIGNED for way in ("support", "oppose")))


def _states_figures(doc: Doc, quote, features: dict[str, float]) -> bool:
    """A quotation that gives figures and judges nothing (« Elle rapportera 180 millions d'euros par an », « Le
    service fermera le 30 juin »: a number, no evaluative word, no cue or rule with a sign) states a fact: its
    speaker, an expert, a witness, a spokesman of a schedule, holds no position from it."""
    if any(features.get(k) for k in _JUDGING) or quote.type == "reported":
        return False  # a reported act is one of demanding, judging or denying (quotes/reported.py): it judges
    content = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
    return any(t.pos_ == "NUM" for t in content or [])


def _passive_cue(doc: Doc, quote, blaming: frozenset[str] = frozenset()) -> bool:
    """« La Russie est accusée de ne pas appliquer … », « Fillon, accusé de faire … »: a cue in the passive
    voice whose subject the quote step took for the speaker: that subject is who the words are about, not
    who said them (the agent, « par l'opposition », says them), so it holds no position from them. A bare
    participle describing the speaker counts when it is one of blaming (`blaming`, the evaluative lexicon's
    `accusation`): « un message posté par … » describes, « accusé de » makes its noun the one blamed."""
    if quote.cue is None or quote.speaker is None:
        return False
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    for tok in cue or []:
        if tok.pos_ != "VERB" or "VerbForm=Part" not in tok.morph or "Tense=Pres" in tok.morph:
            continue
        patients = [c for c in tok.children if c.dep_ == "nsubj:pass"]
        if tok.dep_ == "acl" and tok.lemma_.lower() in blaming \
                and not any(c.dep_.startswith("aux") for c in tok.children):
            patients.append(tok.head)  # « Fillon, accusé de … »: the participle describes the noun
        if any(quote.speaker.start <= p.idx < quote.speaker.end for p in patients):
            return True
    return False


def _salient(doc: Doc, parts) -> set[str]:
    """The actors an article is about: those that speak in it, or that its title or first sentence names.
    What someone the article only mentions does is rarely a position it reports."""
    out = {q.speaker_id for q in doc._.quotes if q.speaker_id}
    end = max((p.end_char for p in parts if p is not None), default=0)
    return out | {a.id for a in doc._.actors if any(m.start < end for m in a.mentions)}


def _is_phrase(tok: Token) -> bool:
    """A noun phrase or an infinitive ("une hausse des loyers", "cesser le financement"), not a clause."""
    return tok.pos_ in ("NOUN", "PROPN") or tok.pos_ == "VERB" and "VerbForm=Inf" in tok.morph


def _order(doc: Doc, evidence_id: str) -> int:
    """Where a piece of evidence stands in the text, to list stances in reading order."""
    for q in doc._.quotes:
        if q.id == evidence_id:
            return q.content.start
    for e in doc._.events:
        if e.id == evidence_id:
            return e.trigger.start
    return len(doc_text(doc))


@Language.factory("propos_stances")
def make_stances(nlp: Language, name: str) -> StanceDetector:
    return StanceDetector(nlp, name, lang=nlp.lang)


__all__ = ["StanceDetector", "make_stances", "phrase_tokens"]
