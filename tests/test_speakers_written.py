"""Speakers found through a relative « qui », partitive pronouns, bodies named as the article names them, and the
calibrated confidence that says how often a named speaker is right (issue 12)."""

from __future__ import annotations

import pytest

from conftest import assert_shipped_beside_its_data, assert_training_is_deterministic
from propos.evaluation.quotes import Item, score_articles
from propos.extraction.quotes.confidence import (
    DESCRIBED,
    MODEL_DIR,
    SpeakerConfidence,
    family,
    shipped_confidence,
    speaker_features,
)
from propos.extraction.quotes.lexicon import lexicon
from propos.model import Actor, Quote, Span


def _quotes(nlp, text: str) -> list:
    return list(nlp(text)._.quotes)


def _quote_containing(nlp, text: str, content: str):
    start = text.index(content)
    return next(q for q in _quotes(nlp, text) if q.content.start <= start < q.content.end)


def _speaker_of(nlp, text: str, content_start: str) -> tuple[str | None, str | None]:
    quote = _quote_containing(nlp, text, content_start)
    return quote.speaker_name, quote.speaker_id


@pytest.mark.parametrize("text, content, speaker", [
    # the parser hangs the relative on the nearest noun: the head of mission is who « qui » stands for
    ("« Cela touche 300 000 personnes » a ajouté Massimiliano Rebaudengo, le chef de mission de MSF pour la "
     "Syrie qui considère qu'il faut agir vite.", "il faut agir", "Massimiliano Rebaudengo"),
    # « à 20 heures par Météo-France, qui »: not the hour
    ("L'alerte est levée à 20 heures par Météo-France, qui déclare que le trafic reprendra demain.",
     "le trafic", "Météo-France"),
    # « selon …, Laurent Wauquiez (LR), qui »: not the party in brackets, not the preposition
    ("Les combats continuent selon le président de la région, Laurent Wauquiez (LR), qui ajoute que la "
     "situation est grave.", "la situation", "Laurent Wauquiez"),
])
def test_a_relative_qui_speaks_for_its_antecedent(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content)[0] == speaker


def test_the_addressee_of_a_governing_verb_says_what_it_lets_them_say(nlp):
    text = "Ce dernier chiffre a permis à la ministre du travail Myriam El Khomri de déclarer que le chômage baisse vraiment."
    assert _speaker_of(nlp, text, "le chômage")[0] == "Myriam El Khomri"


@pytest.mark.parametrize("text, content, speaker", [
    ("Ces incidents ont poussé le ministre à dénoncer une « provocation inacceptable ».", "provocation",
     "le ministre"),
    # (a date the parse made a second object is not the one led to speak)
    ("Dans le nord du pays, les combats ont conduit la semaine dernière le Conseil de sécurité à exprimer sa "
     "« profonde préoccupation ».", "profonde", "Conseil de sécurité"),
    # a participle right after the object of a verb of showing: the one shown speaks, not the video
    ("Une vidéo diffusée mardi montrait le candidat se vantant « d'avoir gagné sans effort ».", "gagné",
     "le candidat"),
    # an absolute participial clause (« N estimant que ») has its own subject, whatever the parse hangs it on
    ("John Martin, conseiller de la première heure du candidat et dont la nomination avait laissé perplexe, nombre "
     "de membres du parti estimant qu'il n'est pas fait pour ce poste, est un partisan de la rigueur.",
     "il n'est pas", "nombre de membres du parti"),
])
def test_the_object_led_or_shown_to_speak_is_the_speaker(nlp, verify_off, text, content, speaker):
    # (the rule's speaker, whatever the verifier makes of a made-up sentence: the one rebuilt at stop 43 drops
    # « ont poussé le ministre à dénoncer une « … » », the one of stop 42 kept it)
    assert _speaker_of(nlp, text, content)[0] == speaker


def test_a_speech_verb_asking_its_object_to_speak_keeps_its_own_subject(nlp):
    text = "Le maire Paul Durand a appelé le gouvernement à reconnaître que la ville « manque de moyens »."
    assert _speaker_of(nlp, text, "manque")[0] == "Paul Durand"


@pytest.mark.parametrize("text, content, speaker", [
    ("Du côté de Renault, la direction justifie sa décision par des « raisons économiques ».", "raisons",
     "Renault"),
    ("Mais du côté d'Airbus, la direction affirme que les emplois « seront préservés ».", "les emplois", "Airbus"),
    # a paper the recogniser left untagged: its name as written
    ("Les quotidiens ont protesté. Pour L'Opinion, il s'agit d'une « intrusion » que le journal estime comme « une "
     "atteinte à la démocratie ».", "atteinte", "L'Opinion"),
    # no body named in the topic phrase: the noun stays as written
    ("Pour sa part, la direction affirme que les emplois « seront préservés ».", "les emplois", "la direction"),
])
def test_a_bare_body_noun_after_a_topic_phrase_is_the_body_it_names(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content)[0] == speaker


def test_a_relative_qui_after_a_thing_names_nobody_rather_than_the_thing(nlp):
    text = "Le texte a été adopté malgré la grève, qui montre que la colère reste forte."
    assert all(q.speaker_name in (None,) for q in _quotes(nlp, text) if "colère" in q.content.text)


@pytest.mark.parametrize("text, speaker", [
    ("L'un des témoins a déclaré que le conducteur roulait très vite.", "L'un des témoins"),
    ("Selon l'une des juges du tribunal, la décision sera rendue lundi.", "l'une des juges du tribunal"),
])
def test_a_partitive_pronoun_heads_the_speaker(nlp, text, speaker):
    (quote,) = _quotes(nlp, text)
    assert quote.speaker_name == speaker


def test_a_government_is_quoted_as_the_article_names_it(nlp):
    text = ("Ukraine : Moscou hausse le ton\n\nLa Russie a averti mardi que toute frappe serait une erreur. "
            "Le Kremlin estime que la paix reste possible.")
    doc = nlp(text)
    by_content = {q.content.text[:10]: q for q in doc._.quotes}
    russia, kremlin = by_content["toute frap"], by_content["la paix re"]
    assert (russia.speaker_name, russia.speaker_id) == ("Russie", "gov:ru")
    # a body the knowledge base knows is not a person the NER imagined
    assert (kremlin.speaker_name, kremlin.speaker_id) == ("Kremlin", "gov:ru")
    actor = next(a for a in doc._.actors if a.id == "gov:ru")
    assert actor.name == "gouvernement russe"  # the actor keeps one name across articles


def test_a_government_named_as_such_keeps_that_name(nlp):
    (quote,) = _quotes(nlp, "Le gouvernement russe a averti mardi que toute frappe serait une erreur.")
    assert (quote.speaker_name, quote.speaker_id) == ("gouvernement russe", "gov:ru")


def test_an_acronym_the_article_never_spells_out_stays_as_written(nlp):
    (quote,) = _quotes(nlp, "L'OMS estime que l'épidémie est terminée.")
    assert quote.speaker_name == "OMS"


# -- calibrated confidence -----------------------------------------------------------------------------------

def _quote(**fields) -> Quote:
    base = {"id": "Q1", "type": "indirect", "content": Span(start=0, end=4, text="abcd"), "speaker_name": "Jean Dupont",
            "speaker_id": "per:jean-dupont", "resolution": "que-clause/actor", "confidence": 0.765,
            "speaker": Span(start=5, end=16, text="Jean Dupont")}
    return Quote(**(base | fields))


def test_features_describe_the_attribution_and_set_annotations_writes_probabilities():
    f = speaker_features(_quote(), 0.765, lexicon("fr"))
    assert f["found=que-clause"] == f["resolved=actor"] == f["actor=per"] == f["mention_is_name"] == 1.0
    pronoun = speaker_features(_quote(resolution="direct-incise/pronoun-ranker", speaker=Span(start=5, end=7, text="il")),
                               0.6, lexicon("fr"))
    assert pronoun["resolved=pronoun-ranker"] == 1.0 and pronoun["mention_is_name"] == 0.0
    model = SpeakerConfidence({"resolved=actor": 2.0, "resolved=pronoun-ranker": -2.0}, 0.0, 0.9)
    named, guessed, unnamed = (_quote(), _quote(resolution="direct-incise/pronoun-ranker"),
                               _quote(speaker_name=None, speaker_id=None, confidence=0.2))
    model.set_annotations([named, guessed, unnamed], lexicon("fr"))
    assert named.confidence == pytest.approx(0.881, abs=1e-3) and guessed.confidence == pytest.approx(0.119, abs=1e-3)
    assert unnamed.confidence == 0.2  # nobody named: nothing to calibrate


def test_a_capped_family_is_never_named_with_confidence():
    model = SpeakerConfidence({"resolved=actor": 4.0, "resolved=pronoun-ranker": 4.0}, 0.0, 0.9,
                              {"capped": {"pronoun-ranker": 0.85}})
    named, guessed = _quote(), _quote(resolution="direct-incise/pronoun-ranker")
    model.set_annotations([named, guessed], lexicon("fr"))
    assert named.confidence == pytest.approx(0.982, abs=1e-3) and guessed.confidence == 0.85


def test_a_family_the_calibration_never_saw_is_kept_under_the_threshold():
    """A rule newer than the model (or one train never showed) has no precision to vouch for it."""
    model = SpeakerConfidence({"resolved=actor": 4.0, "raw_confidence": 4.0}, 0.0, 0.9)
    known, unseen = _quote(), _quote(resolution="direct-incise/some-new-rule")
    model.set_annotations([known, unseen], lexicon("fr"))
    assert known.confidence > 0.99 and unseen.confidence == pytest.approx(0.89)  # 0.955 without the cap


def test_an_actor_a_description_names_away_from_its_name_is_a_family_of_its_own():
    """« Jean Dupont visitait l'usine. Le ministre a dit que P »: the description is linked to the actor by inference,
    not by its name; beside the name (« Jean Dupont, le ministre, a dit ») or holding it, it is the actor family."""
    actor = Actor(id="per:jean-dupont", name="Jean Dupont", type="PER",
                  mentions=[Span(start=40, end=51, text="Jean Dupont")])
    away = _quote(speaker=Span(start=100, end=111, text="Le ministre"))
    beside = _quote(speaker=Span(start=53, end=64, text="le ministre"))
    with_name = _quote(speaker=Span(start=100, end=123, text="Le ministre Jean Dupont"))
    body = _quote(speaker_name="gouvernement canadien", speaker_id="gov:ca",
                  speaker=Span(start=0, end=24, text="Le gouvernement canadien"))
    relative = _quote(speaker=Span(start=53, end=56, text="qui"))
    lex = lexicon("fr")
    assert family(away, lex, actor) == DESCRIBED and family(away, lex) == DESCRIBED
    assert [family(q, lex, actor) for q in (beside, with_name, body, relative)] == ["actor"] * 4
    model = SpeakerConfidence({"resolved=actor": 4.0, f"resolved={DESCRIBED}": 4.0}, 0.0, 0.5,
                              {"capped": {DESCRIBED: 0.49}})
    model.set_annotations([away, beside], lex, [actor])
    assert away.confidence == 0.49 and beside.confidence > 0.98


def test_a_determiner_opening_both_the_mention_and_the_name_is_no_word_they_share():
    """« Le collectif Les Voisins du Canal a manifesté. Les riverains ont assuré que P »: « Les » opens the sentence
    and the name, the description holds no word of the name; « L'association » and « L'Union des Voisins » share an
    elided article only. A mention with a word of the name, or the name beside, stays the actor family."""
    lex = lexicon("fr")
    voisins = {"speaker_name": "Les Voisins du Canal", "speaker_id": "org:voisins"}
    actor = Actor(id="org:voisins", name="Les Voisins du Canal", type="ORG",
                  mentions=[Span(start=12, end=32, text="Les Voisins du Canal")])
    union = {"speaker_name": "L'Union des Voisins", "speaker_id": "org:union"}
    away = [_quote(**voisins, speaker=Span(start=100, end=113, text="Les riverains")),
            _quote(**union, speaker=Span(start=100, end=113, text="L'association")),
            _quote(**voisins, speaker=Span(start=100, end=118, text="Ces manifestants"))]
    assert [family(q, lex, actor) for q in away] == [DESCRIBED] * 3
    named = _quote(**voisins, speaker=Span(start=100, end=111, text="Les Voisins"))
    beside = _quote(**voisins, speaker=Span(start=35, end=48, text="les riverains"))
    assert family(named, lex, actor) == family(beside, lex, actor) == "actor"


def test_families_under_the_target_at_the_threshold_are_capped_at_their_precision():
    from propos.training.speaker_confidence import under_target

    # two fold splits; at 0.9 the ranker keeps 40 of which 30 right, the actor rule 200 all right
    split = [(0.95, int(k < 30), "pronoun-ranker") for k in range(40)] + [(0.97, 1, "actor")] * 200 + [
        (0.5, 0, "mention")] * 10
    capped = under_target([split, split], 0.9)
    assert capped == {"pronoun-ranker": 0.75}
    # one wrong row in two splits: kept less than once a split, it says nothing
    assert under_target([split + [(0.99, 0, "pronoun-last-speaker")], split], 0.9) == capped
    assert under_target([split], 0.96) == {}  # nothing of the ranker kept there
    # a family just under the target is capped even where its interval reaches above it (47 of 49 right)
    near = [(0.95, int(k < 47), "carried-ranker") for k in range(49)]
    assert "carried-ranker" in under_target([split + near], 0.9)
    # a family above the target on its own estimate but not at the lower end of its interval is capped too
    # (29 of 30 right: 0.967, interval down to 0.90), while 200 of 200 right is not
    above = [(0.95, int(k < 29), "name") for k in range(30)]
    assert under_target([split + above], 0.9) == {"pronoun-ranker": 0.75, "name": 0.89}


def test_the_confident_threshold_is_never_under_one_half():
    """Where train's pooled precision is over the target everywhere, the threshold stays a probability worth the
    name (0.0 named what the model gave 0.1 and capped families at -0.01)."""
    from propos.training.speaker_confidence import THRESHOLDS, threshold_of, under_target

    everywhere = [{"threshold": t, "precision_low": 0.97} for t in THRESHOLDS]
    assert threshold_of(everywhere) == 0.5
    assert threshold_of([p | {"precision_low": 0.9 if p["threshold"] < 0.7 else 0.97} for p in everywhere]) == 0.7
    split = [(0.3, int(k < 30), "pronoun-ranker") for k in range(40)] + [(0.97, 1, "actor")] * 200
    assert under_target([split], threshold_of(everywhere)) == {}  # the ranker's 0.3 is not kept: nothing to cap
    assert min(under_target([[(0.6, int(k < 30), "pronoun-ranker") for k in range(40)]], 0.5).values()) >= 0


def test_the_cap_bound_is_shared_among_the_families_judged():
    from propos.training.speaker_confidence import under_target

    # 450 of 463 right (0.972): over the target at the lower end of a 90 % interval of its own (0.960), not when
    # the bound holds for twenty families judged together (0.945); 300 of 300 right passes either way
    mention = [(0.95, int(k < 450), "mention") for k in range(463)]
    others = [(0.95, 1, f"rule-{k}") for k in range(19) for _ in range(300)]
    assert under_target([mention], 0.9) == {}
    assert under_target([mention + others], 0.9) == {"mention": 0.89}


def test_the_bounds_count_articles_not_quotations():
    """A wrong speaker repeats over an article's quotations: the threshold and the caps read the lower end of an
    interval whose units are the articles, the precision still the quotations'."""
    from propos.training.speaker_confidence import (
        THRESHOLDS,
        _wilson_low,
        cross_validate,
        threshold_of,
        under_target,
    )

    # 460 quotations in 92 articles (five each), 450 right: 0.978, over the target at the lower end of an interval
    # counting the quotations (0.966), not of one counting the articles (0.952)
    mention = [(0.95, int(k < 450), "mention", f"m{k // 5}") for k in range(460)]
    assert _wilson_low(450, 460) >= 0.96 > _wilson_low(450 / 460 * 92, 92)
    assert under_target([[row[:3] for row in mention]], 0.9) == {}
    assert under_target([mention], 0.9) == {"mention": 0.89}
    # 300 of 300 right in 300 articles passes either way
    assert under_target([[(0.95, 1, "actor", f"a{k}") for k in range(300)]], 0.9) == {}
    # the threshold: the lowest from one half up where the pooled precision reaches the target at the lower end
    # of the articles' interval: the ranker's 0.6s (30 of 40 right, one an article) with the actor rule's 400 (all
    # right, five an article) reach it counting the quotations (430 of 440), not the articles
    pooled = [(0.97, 1, "actor", f"a{k // 5}") for k in range(400)] + [
        (0.6, int(k < 30), "pronoun-ranker", f"p{k}") for k in range(40)]
    assert threshold_of(cross_validate([], 0, outcomes=[row[:3] for row in pooled])["curve"]) == 0.5
    curve = cross_validate([], 0, outcomes=pooled)["curve"]
    assert threshold_of(curve) == 0.61 and curve[THRESHOLDS.index(0.61)]["precision_low"] >= 0.96
    assert curve[THRESHOLDS.index(0.6)]["precision_low"] < 0.96


def test_the_shipped_calibration_is_the_one_train_gives_and_reaches_its_target():
    shipped = shipped_confidence()
    scores = assert_shipped_beside_its_data(shipped, MODEL_DIR, "propos train speaker-confidence")
    at = next(p for p in scores["curve"] if p["threshold"] == shipped.threshold)
    assert at["precision"] >= scores["target"] and at["named"] > 0.3
    assert shipped.meta["capped"] == scores["capped"]
    assert all(cap < shipped.threshold for cap in scores["capped"].values())
    assert scores["brier"] < 0.25  # better than saying 0.5 to everything


def test_named_quotes_carry_the_calibrated_probability(nlp):
    (quote,) = _quotes(nlp, "Le ministre Paul Durand a déclaré mardi que le budget serait voté.")
    features = speaker_features(quote, 0.0, lexicon("fr"))  # the raw score is gone: recompute the probability from the others
    assert quote.speaker_name == "Paul Durand" and 0.5 < quote.confidence < 1.0
    assert features["resolved=actor"] == 1.0


def test_eval_reports_precision_above_the_confident_threshold():
    gold = [Item(0, 10, names=("Jean Dupont",)), Item(20, 30, names=("Marie Curie",)), Item(40, 50, names=("Paul",))]
    pred = [Item(0, 10, names=("Jean Dupont",), confidence=0.95), Item(20, 30, names=("Paul Durand",), confidence=0.92),
            Item(40, 50, names=("Paul",), confidence=0.5)]
    sure = score_articles([(gold, pred)], confident=0.9)["@0.3"]["confident"]
    assert sure == {"threshold": 0.9, "named": round(2 / 3, 4), "precision": 0.5}
    assert "confident" not in score_articles([(gold, pred)])["@0.3"]


def test_the_confident_threshold_is_read_from_curves_averaged_over_fold_splits():
    from propos.training.speaker_confidence import averaged, cross_validate

    rows = [{"article": f"a{k}", "row": {"x": float(k % 7) / 7, "y": float(k % 3)}, "label": int(k % 7 > 1 or k % 5 == 0)}
            for k in range(60)]
    runs = [cross_validate(rows, seed) for seed in (4, 5)]
    both = averaged(rows, 4, splits=2)
    at = 50  # threshold 0.5
    assert both["curve"][at]["named"] == pytest.approx((runs[0]["curve"][at]["named"] + runs[1]["curve"][at]["named"]) / 2,
                                                       abs=1e-4)
    assert len(both["threshold_by_split"]) == 2 and both["splits"] == 2


def test_calibration_training_is_deterministic_with_its_seed(tmp_path):
    from propos.training.speaker_confidence import train

    assert_training_is_deterministic(train, tmp_path, articles=30, seed=3)


# -- reported clauses the parse hangs further from the cue (issue 13) --------------------------------------

@pytest.mark.parametrize("text, content", [
    ("Le ministre Paul Durand a déclaré mardi que le budget serait voté.", "le budget serait voté"),
    ("Il a annoncé lundi soir que le sommet aurait lieu à Genève.", "le sommet aurait lieu à Genève"),
    ("Le président mexicain s'est engagé à défendre les migrants aux États-Unis.",
     "défendre les migrants aux États-Unis"),
    ("Le ministre conseille aux femmes de ne pas voyager dans la région.", "ne pas voyager dans la région"),
    ("Le suspect a avoué ce lundi 6 mars avoir tué les quatre membres de la famille.",
     "avoir tué les quatre membres de la famille"),
])
def test_reported_clauses_after_a_date_a_marker_or_an_object(nlp, text, content):
    assert [q.content.text for q in _quotes(nlp, text)] == [content]


def test_an_infinitive_that_is_no_saying_is_not_reported(nlp):
    assert _quotes(nlp, "Le club a décidé de vendre le stade l'an prochain.") == []


@pytest.mark.parametrize("text, content, speaker", [
    # a pronoun that only stresses the subject is not the speaker mention
    ("Le président Vladimir Poutine avait lui-même estimé en décembre que la fessée restait permise.",
     "la fessée", "Vladimir Poutine"),
    # the date the parse hung on an inverted subject is not part of who speaks
    ("« Nous restons prudents sur ce dossier », a déclaré ce vendredi l'Élysée.", "Nous restons", "Élysée"),
])
def test_what_only_surrounds_the_speaker_is_left_out(nlp, text, content, speaker):
    assert _speaker_of(nlp, text, content)[0] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("Selon Rami Abd al-Rahman, directeur de l'OSDH, les combats ont repris dans la nuit.",
     "les combats ont repris dans la nuit", "Rami Abd al-Rahman"),
    ("Selon Philippe Martin, le numéro un du syndicat, « la grève continuera jusqu'au retrait ».",
     "« la grève continuera jusqu'au retrait »", "Philippe Martin"),
    # a long title or an affiliation (« de l'institut … ») after the name describes the source however long it is
    ("Selon Jean Dupont, vice-président de l'association française des amis du patrimoine de Bretagne, « le "
     "château est en danger et personne ne réagit ».", "« le château est en danger et personne ne réagit »",
     "Jean Dupont"),
    ("Selon Pierre Durand, secrétaire d'Etat auprès du ministre de l'économie et des finances publiques, les "
     "mesures coûteront huit milliards d'euros.", "les mesures coûteront huit milliards d'euros", "Pierre Durand"),
    ("Selon Luc Bernard, du Conseil régional de Bretagne, les « aides arrivent trop tard ».",
     "les « aides arrivent trop tard »", "Luc Bernard"),
    # (a marker word inside the parentheses of a name is no marker: « pour » in the institute's name)
    ("Ainsi, selon Paul Martin, de l'INRS (Institut pour la recherche sur les sols et les forêts), « la sécheresse "
     "va durer tout l'été ».", "« la sécheresse va durer tout l'été »", "Paul Martin"),
])
def test_the_sources_apposition_is_not_what_was_said(nlp, text, content, speaker):
    (quote,) = _quotes(nlp, text)
    assert (quote.content.text, quote.speaker_name) == (content, speaker)


def test_the_narration_resumes_after_the_reported_clause(nlp):
    said = "Le syndicat a estimé que la réforme était injuste et a appelé à une journée de mobilisation."
    assert [q.content.text for q in _quotes(nlp, said)] == ["la réforme était injuste"]
    shared = "Le syndicat a estimé que la réforme était injuste et devait être retirée."
    assert [q.content.text for q in _quotes(nlp, shared)] == ["la réforme était injuste et devait être retirée"]


def test_quoted_words_in_what_a_cue_says_make_the_whole_phrase_mixed(nlp):
    # what the cue says runs to the end of its clause (ANNOTATION_RULES: the whole reported clause is the content)
    (quote,) = _quotes(nlp, "Il condamne toute « discrimination raciale » dans le mouvement.")
    assert (quote.type, quote.content.text) == ("mixed", "toute « discrimination raciale » dans le mouvement")


def test_a_name_the_model_cut_in_two_is_one_person(nlp):
    doc = nlp("Anahi Ayala Iacucci, experte en médias, estime que la radio reste essentielle.")
    assert [a.name for a in doc._.actors if a.type == "PER"] == ["Anahi Ayala Iacucci"]
    assert [q.speaker_name for q in doc._.quotes] == ["Anahi Ayala Iacucci"]


def test_a_name_the_model_cut_at_an_apostrophe_is_the_fullest_name(nlp):
    """The recogniser stops « Zeid Ra'ad Zeid Al-Hussein » at « Ra' »: the person is the whole name the article
    gives, not « Zeid Ra' »; an elided article is not part of a name (« L'homme »)."""
    doc = nlp("En 2015, Zeid Ra'ad Zeid Al-Hussein, haut-commissaire de l'ONU, a jugé que la situation empirait.")
    assert [a.name for a in doc._.actors if a.type == "PER"] == ["Zeid Ra'ad Zeid Al-Hussein"]
    assert [q.speaker_name for q in doc._.quotes] == ["Zeid Ra'ad Zeid Al-Hussein"]


def test_a_name_runs_on_over_a_capitalised_particle(nlp):
    """The recogniser tags « Bruno » of « Bruno Le Maire » (the tagger reads « Le » as a determiner, « Maire » as a
    noun): the person is the whole name; a capitalised word of another entity does not join it."""
    doc = nlp("La réunion a eu lieu mardi à Dakar. Bruno Le Maire a quitté la salle en colère.")
    assert [a.name for a in doc._.actors if a.type == "PER"] == ["Bruno Le Maire"]


def test_the_fullest_name_is_the_one_the_actors_component_mended(nlp):
    """The recogniser tags « Kevin O' » and « Neill Smith »: the rules' fallbacks (a name, the last person named)
    name a person by the fullest name the article gives, the actors component's, not the half it tagged."""
    from propos.extraction.quotes.lexicon import lexicon
    from propos.extraction.quotes.speakers import SpeakerResolver

    doc = nlp("La réunion a eu lieu mardi à Dakar. Kevin O'Neill Smith a quitté la salle en colère.")
    assert [a.name for a in doc._.actors if a.type == "PER"] == ["Kevin O'Neill Smith"]
    assert SpeakerResolver(doc, lexicon("fr")).fullest_name("Neill Smith") == "Kevin O'Neill Smith"


@pytest.mark.parametrize("text, content, speaker", [
    ("Le suspect a été relâché selon une source judiciaire, qui a indiqué que l'enquête continuait.",
     "l'enquête continuait", "une source judiciaire"),
    ("Les secours sont arrivés tard selon le témoin, qui ajoute que la route était bloquée.",
     "la route était bloquée", "le témoin"),
])
def test_a_relative_qui_speaks_for_the_source_after_selon(nlp, text, content, speaker):
    """The relative hangs on the source « selon » introduces: the source without the preposition speaks."""
    assert _speaker_of(nlp, text, content)[0] == speaker


def test_a_relative_qui_the_resolver_is_given_stands_for_who_can_speak(nlp):
    """When the parse leaves the relative pronoun itself as the subject, its antecedent is resolved: a person
    or a body that can speak, not a thing."""
    from propos.extraction.quotes.lexicon import lexicon
    from propos.extraction.quotes.speakers import SpeakerResolver

    for text, name in (("Les élus ont longuement applaudi le député Paul Durand, qui a jugé que la décision était juste.",
                        "Paul Durand"),
                       ("Le texte a été adopté malgré la grève, qui montre que la colère reste forte.", None)):
        doc = nlp(text)
        qui = next(t for t in doc if t.lower_ == "qui")
        found = SpeakerResolver(doc, lexicon("fr")).resolve(qui.idx, qui.idx + 3, qui)
        assert found.name == name


def test_a_comma_before_the_verb_opens_no_incise_after_a_subject_outside_quote_marks(nlp):
    text = ("Ces hausses sont liées au modèle de tarification dynamique appliqué par le géant de la distribution "
            "mondiale: plus un objet est demandé, plus son coût s'élève.\n\nVers 10h50, Benjamin Cauchy, le fondateur "
            "des « Citrons », trouve le moratoire « insuffisant » et réclame « l'annulation des taxes sur le carburant ».")
    quote = _quote_containing(nlp, text, "le moratoire")
    assert "moratoire" not in quote.speaker.text
    assert quote.speaker_name == "Benjamin Cauchy"


def test_an_incise_after_a_quotation_and_its_clause_keeps_its_subject_after_the_verb(nlp):
    text = "« L'apparence compte » quand on exerce une fonction publique, répond encore Pierre Moscovici."
    assert _speaker_of(nlp, text, "L'apparence")[0] == "Pierre Moscovici"


@pytest.mark.parametrize("text, content, mention", [
    # after a comma the relative is what the attribution uses, as « qui » is
    ("Maillaud juge que cette levée n'est pas un échec. Même son de cloche au ministère de la Justice, selon lequel le "
     "dispositif n'est pas une solution miracle.", "le dispositif", "lequel"),
    # without a comma the relative only restricts the noun: the noun is the mention
    ("Dans la journée, il avait retweeté un message selon lequel la France est sous la menace d'une attaque imminente.",
     "la France", "un message"),
])
def test_a_relative_after_selon_is_the_mention_after_a_comma(nlp, text, content, mention):
    quote = _quote_containing(nlp, text, content)
    assert quote.speaker.text == mention


def test_after_a_causative_verb_the_one_made_to_speak_is_the_speaker_not_the_causer(nlp):
    text = ("Ce revirement fait dire au journal économique La Tribune que le « président du groupe ALDE montre un "
            "opportunisme à toute épreuve ». Le reste suit.")
    quote = _quote_containing(nlp, text, "président du groupe")
    assert quote.speaker.text == "journal économique La Tribune"
    assert quote.speaker_name == "La Tribune"


@pytest.mark.parametrize("text, content, speaker", [
    ("Un Français a été enlevé ce jeudi au Tchad, a confirmé le ministère des affaires étrangères français. « Nous "
     "sommes mobilisés avec les autorités tchadiennes pour parvenir à sa libération », a-t-il communiqué.",
     "Nous sommes", "il"),
    ("Ce comportement n'avait jamais été observé. « Ce qui est remarquable, c'est le fait que les modèles théoriques "
     "sont ici en mesure d'expliquer les résultats observés, sans changer aucune hypothèse », s'enthousiasme "
     "Federico Garcia au vu des progrès qui ont été faits.", "Ce qui est", "Federico Garcia"),
])
def test_a_speech_verb_misread_as_a_noun_after_an_auxiliary_or_a_clitic_is_an_incise(nlp, text, content, speaker):
    quote = _quote_containing(nlp, text, content)
    assert quote.speaker is not None and quote.speaker.text.startswith(speaker)


def test_a_gerund_on_a_verb_with_its_own_subject_is_said_by_that_subject_not_the_previous_cues(nlp):
    text = ("L'attentat a visé une manifestation pacifique. Un témoin a déclaré qu'un homme a sauté d'une voiture "
            "blanche et couru vers la foule, en criant \"Dieu est grand\". Puis, il s'est fait exploser.")
    # D8: the witness's report runs over the shout (mixed), and the shout is a quotation of its own, the man's
    holding = [q for q in _quotes(nlp, text) if q.content.start <= text.index("Dieu est") < q.content.end]
    shout = min(holding, key=lambda q: q.content.end - q.content.start)
    assert shout.speaker.text == "un homme"
    assert [q.speaker.text for q in holding if q is not shout] in ([], ["Un témoin"])
