"""The stance probe: made-up French news articles (tests/data/stance_probe.jsonl, written for these tests,
blind to every gold file), a title line, a blank line and a few sentences, each with the clear positions a reader
takes from it (holder, support | oppose, the issue as a short phrase) or none (a control: an announcement, a
witness account, figures « selon X », a match, a death). The kinds: evaluative cues (« dénonce », « salue »,
« se félicite de », « regrette », « s'oppose à », « réclame », « exige », « appelle à », « rejette », « son soutien
à », « sa colère contre »), opinions in the quotation's words (« une décision scandaleuse »), negation and
concession, framing (« le retrait de la réforme »), a body as the holder, two holders on opposite sides. Each
expected position must be matched by a predicted one as the scorer matches them (same holder, same polarity, an
issue word shared); a control must give none. What propos still gets wrong is listed below by where it is lost,
so that a fix shows as an unexpected pass. A case's `no_position` names speakers quoted beside the parties for
facts (a witness, an expert, a source of figures, a prosecutor) that must hold no position. Since stop 49 a
quotation that gives figures and judges nothing (component._states_figures) gives no position: s071 (a witness's
figures), s088 (a spokesman's schedule), s096 (an economist's estimate) and s097 (an official's date and distance)
pass; s099-s103 (an expert explaining, a company's figures, a witness of an accident, a prosecutor's charge, a
passing remark beside a party) pass with or without it. s104-s114 (stop 49, recall): positions stated in the
quotation's own words after a plain cue (« il faut … », « nous demandons … », « nous ne voulons pas de … », « est une
grave erreur », « une excellente nouvelle », « nous sommes favorables à … », « ce n'est pas acceptable de … », « je
m'oppose à … ») and controls in the same words that take no side (« il faut prendre l'arrêt … », « nous demandons aux
habitants de … », « je ne sais pas si … »). s115-s118 (stop 50, recall): a demand in a que-clause, a commitment, a
judging cue with a quoted attribute, and a control (a prefecture's instruction to drivers, told by an official).
s119-s122 (stop 50, who holds positions): a question (« Combien de temps vont durer les travaux ? ») beside a party
and as the article's only quotation (a control), an economist's conditional figures, a witness's memories: the
speaker holds no position. Since stop 50 a quotation that asks (it ends on a question mark) gives no position
(component._learned). s123-s126 (stop 50, the article model): news items whose only speaker tells facts in words that
can read as judging — a forecaster's « Il faut s'attendre à … », a biologist's « une découverte remarquable », a
prosecutor's account at a trial — must give none (controls), and a mayor's judgement on an accident's cause must
give his position. s731-s736 (stop 51, who holds positions): a prosecutor, an expert, investigators « selon » and a
researcher quoted beside a party hold no position (component._informant: a speaker known only by the role of one quoted
to inform), a mayor's criticism is kept (a control of a party's role), and a prosecutor as an article's only speaker
gives none. Since stn51 a quotation whose own stance predicate, said by its holder, bears on a thing (« Je
soutiens pleinement le projet de … », « Nous voulons la réouverture de l'usine », « Nous ne voulons pas de cette
antenne ») keeps its position past the article model (component._stated_in_words): s070, s074 and s106 pass;
s741-s746 (stn51): the same on news items (s743 passes, s741 and s742 known), and controls in the same words that
take no side (« Je soutiens ma fille », « Nous refusons de commenter l'enquête », « Je veux remercier les
secouristes »). s-sta52-01 to s-sta52-05 (sta52, who holds positions): a lawyer on the procedure, a plant director
on his company's cooperation and a roads director on a timetable beside a party, a forecaster and a weather service's
advice on a storm, a club president and a player on a transfer (controls): none of these speakers holds a position
(four pass with the code and models of stop 51; s-sta52-01's party is read the other way)."""

from __future__ import annotations

from probes import check_positions, kind_id, probe

# what propos still gets wrong, by where it is lost
KNOWN = {
    # a reported act told of a body named by a determined speaking noun (« Le syndicat des sages-femmes dénonce … »):
    # no actor of the article, so the act is dropped (std51's named_group found it but lowered train stances out
    # of fold: not kept, quotes/reported.py)
    "body-noun-reported-act": {"s-std51-01"},
    # the article model leaves the article out (a news item: an inauguration, a cancellation, a new line) and the
    # position model is not sure enough of the quotation to keep it (under 0.5)
    "article model": {"s007", "s009", "s025", "s027", "s033", "s044"},
    # the same on a title that names an event (« Réunion du conseil régional ») where the holder's words judge a
    # proposal (« nous exigeons de rouvrir la ligne », an act: position model 0.46; s070, « je soutiens le projet de
    # … », passes since stn51: its own stance predicate on a thing)
    "article model, event title": {"s069"},
    # « a vivement critiqué cette hausse, qui selon elle « … » »: found with the stance models of stop 42, lost with
    # those rebuilt at the end of stop 43 (no rule changed for it)
    "rebuilt models": {"s004"},
    # the quote step finds no quotation of the holder: a demand or a support with a noun object told in narration
    # (« réclame des renforts », « a apporté son soutien au projet »), a body's name cut short, a second speaker
    # taken for the first (« X le juge au contraire « … » »); s013 (« réclame des renforts ») and s005 (a union's
    # « a vivement critiqué … », once under the holder model's threshold) pass with the `reported` quotations of
    # stop 49 (quotes/reported.py)
    "no quotation of the holder": {"s012", "s017", "s020", "s048"},
    # the position read the other way: a demand of sanctions in angry words (« exige des sanctions … une
    # catastrophe »), « une mesure courageuse » (the evaluative lexicon has the adjective now: with the models
    # rebuilt the holder turns the right way, on the quotation itself as the issue)
    "polarity": {"s014", "s050"},
    # sta52: a demand that the mayor resign in words of duty and denial (« Le maire doit démissionner, la ville ne
    # peut pas être dirigée par un élu mis en examen ») read as opposing « démission du maire »; the lawyer beside
    # her, quoted on the procedure, holds none
    "polarity of a demand in words of duty": {"s-sta52-01"},
    # « nous sommes ici contre la privatisation du réseau d'eau »: the right issue, read as support
    "polarity of « contre X »": {"s068"},
    # the issue: the title's quoted words (« texte dangereux ») for the reform (s039, « réclame son abrogation »,
    # passes since a reported act's topic is its issue: stances/component.py _act_finding)
    "issue": {"s042"},
    # the title's event (« Ouverture du congrès des maires ») for what the holder refuses to pay (« nous refusons
    # de payer la nouvelle taxe sur les déchets »): the issue model's choice (issue 16)
    # and the title's event (« Blocage du dépôt pétrolier de Lormes ») for the tax the farmers' leader refuses
    # (stop 49); a mayor's judgement on a news item (« Le report des travaux du pont … est scandaleux ») given on
    # the title's accident (« train au passage ») rather than the delay he judges (stop 50)
    "issue: the title's event": {"s066", "s098", "s126"},
    # an opinion only in the quotation's words of Pattern's French lexicon, none in the hand-written lists
    # (« un projet épouvantable », « une idée merveilleuse », « horrible », « une superbe avancée », « n'est pas
    # une bonne solution ») after a neutral cue: no position (stop 47, issue 16: the lexicon as features of the
    # position and polarity models did not hold on train, see component.py)
    "opinion words only": {"s077", "s078", "s079", "s080", "s081"},
    # stop 48: a commitment or a judgement told by a plain cue on a news item (« a promis de « rénover la piscine » »,
    # « s'est engagée à « sauver cette ligne » », « « Cette fusion est une erreur … », a déclaré X »): the article
    # model leaves the article out (0.20-0.26 under its 0.35) and the position model scores the quotation 0.23-0.44,
    # under _SURE_POSITION
    "article model, a commitment or a plain judgement": {"s084", "s085", "s087"},
    # stop 48, issue wording (s092-s096; s086, « taxe » for « taxe sur les poids lourds », passes since the chosen
    # phrase gets back the « sur » phrase the parse hangs on the verb): the right holder and polarity on another
    # question, the model's choice — a phrase of the lead (« projet de taxe annuelle de 50 euros » for « taxe sur
    # les piscines privées », no word of five letters shared), the title's subject with its « contre » phrase
    # (« pêcheurs de Kerlann contre un nouvel impôt portuaire ») for what the holder refuses to pay
    "issue: the choice": {"s092", "s094"},
    # stop 49 (issue 16, recall), positions in the quotation's own words after a plain cue, on a news item the
    # article model leaves out, the position model under _SURE_POSITION: « Il faut abandonner ce contournement »
    # (0.32, read as support: « abandonner » judges nothing), « Nous demandons la réouverture … » (0.38), « Nous ne
    # voulons pas de cette antenne » (0.41; s106 passes since stn51, and s074's « Nous voulons la réouverture rapide de
    # l'usine »: a stance predicate on a thing in the holder's own words keeps the position past the article model)
    "own words, article model": {"s104", "s105"},
    # taken (0.28, 0.31) but unsure which way (polarity 0.47, 0.46, confidence under _MIN_CONFIDENCE): « est une
    # grave erreur, les habitants n'auront plus … » (the parse hangs « erreur » on the next clause's negated verb,
    # so the word counts the other way), « Ce n'est pas acceptable de … » (« acceptable » is no evaluative word;
    # with it and nineteen other words, out of fold seed 0 F1 0.2732 → 0.2709: not kept)
    "own words, polarity unsure": {"s107", "s110"},
    # stop 50 (issue 16, recall: the right speaker, no position): a demand in a que-clause (« a demandé que le
    # marché de nuit reste sur la place », position model 0.19) and a commitment (« s'est engagée à financer le
    # maintien des navettes », 0.15), both under the position threshold (0.2) on a news item the article model
    # leaves out (0.23, 0.26 under its 0.35)
    "stop 50, a demand or a commitment under the position threshold": {"s115", "s116"},
    # stop 50: a judgement told with an attribute in quote marks (« juge cet arrêté « contraire aux libertés » »)
    # is no quotation of the quote step
    "stop 50, no quotation of a judging cue with an attribute": {"s117"},
    # stop 50 (issue 16, who holds positions): a witness's memories in the first person (« J'y venais nager tous les
    # mardis … on était une trentaine ») beside the party, taken by the position model and kept by the holder
    # model, read as support of the swimming pool
    "a witness's account": {"s122"},
    # stop 51: a union delegate's « La direction refuse depuis des années d'investir dans la sécurité » given on the
    # title's fire (« partie du centre de tri ») and on her own role (« déléguée syndicale »: the inverted subject
    # of « a dénoncé la déléguée syndicale, X » parsed as the verb's object), not on the management's refusal
    "stop 51, issue: the title's event and the holder's own role": {"s733"},
    # stn51 (issue 16, recall): a stance predicate on a thing in the holder's own words (« nous nous opposons à la
    # hausse des tarifs d'entrée ») on a news item: a title that gives the article no question (« Le centre aquatique
    # de Verlanges ouvre ses portes ») leaves the holder without one (s741); the issue model's choice, the title's
    # bridge, for the speed limit the mayor supports (s742)
    "stn51, own stance predicate: no question or the title's": {"s741", "s742"},
    # pos52 (issue 16, recall): a judgement in metaphors or indefinite phrases no lexicon lists (« une verrue, une
    # blessure pour notre paysage », « un recul pour les enfants ») read the other way or not at all; a plain account
    # beside a judging quotation of the same speaker (« injuste », « une excellente nouvelle ») on a news item: no
    # position, the other way or on the title's act (« adoption de tracé »), with the shipped models and rebuilt
    "pos52, indefinite judgements and a plain quotation beside a judging one": {
        "s-pos52-01", "s-pos52-02", "s-pos52-03", "s-pos52-04"},
}


@probe("stance_probe", KNOWN, kind_id)
def test_stance_probe(analyzer, case):
    check_positions(analyzer, case)
