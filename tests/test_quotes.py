"""Quotations and their speakers, one phenomenon per example (sentences written for these tests)."""

from __future__ import annotations

import pytest

from conftest import check_quote as _check
from conftest import find_quote as _find
from conftest import two_quotes as _two


def test_direct_quote_with_inverted_clitic_and_pronoun(quotes):
    text = ("La maire de Lyon, Claire Dubreuil, a inauguré samedi le nouveau pont. "
            "« Ce pont change la vie du quartier », a-t-elle affirmé devant les habitants.")
    q = _find(quotes(text), "Ce pont")
    assert q.type == "direct"
    assert q.content.text.startswith("«") and q.content.text.endswith("»")
    assert q.speaker.text == "elle"
    assert q.speaker_name == "Claire Dubreuil"


def test_incise_with_surname_resolves_to_full_name(quotes):
    text = ("Le sélectionneur Thierry Valmont a dévoilé sa liste mardi. "
            "« Nous avons un groupe jeune et ambitieux », a souligné Valmont.")
    _check(quotes(text), "groupe jeune", speaker="Valmont", speaker_name="Thierry Valmont")


def test_interrupted_quote_gives_two_quotes_with_one_speaker(quotes):
    text = ("« La saison a été difficile », a reconnu l'entraîneur Marc Olivier, « mais nous "
            "avons tenu bon jusqu'au bout ».")
    found = quotes(text)
    first, second = _two(found, "La saison", "tenu bon")
    assert first.speaker_name == "Marc Olivier"
    assert second.speaker_name == "Marc Olivier"


def test_a_quoted_sentence_alone_on_its_line_is_no_title(quotes):
    # (a line that ends with a closing mark, its full stop inside, is a paragraph of speech, not a headline
    # whose quotation has no speaker: the incise inside the marks splits it in two)
    text = ("La maire, Claire Mangin, a présenté le budget mardi soir.\n\n"
            "« Ce budget est raisonnable, a-t-elle expliqué, et il ne touche pas aux écoles. »")
    found = quotes(text)
    first, second = _two(found, "Ce budget est raisonnable", "ne touche pas aux écoles")
    assert not first.headline and first.type == second.type == "direct"


def test_far_que_clause_and_locution(quotes):
    text = ("Le porte-parole du gouvernement, Hugo Lambert, a déclaré mercredi à l'issue du conseil des "
            "ministres à Paris que le budget serait présenté en octobre. Il a fait savoir qu'aucune hausse "
            "d'impôt n'était prévue.")
    found = quotes(text)
    far = _find(found, "le budget serait présenté en octobre")
    assert far.type == "indirect" and not far.content.text.startswith("que")
    assert far.speaker_name == "Hugo Lambert"
    loc = _find(found, "aucune hausse")
    assert loc.speaker.text == "Il" and loc.speaker_name == "Hugo Lambert"


def test_selon_and_opinion_pour(quotes):
    text = ("Selon la préfecture, trois mille personnes ont défilé dans le calme. "
            "Pour l'économiste Sarah Kessler, cette hausse des prix ne durera pas. "
            "Pour le moment, aucune date n'a été fixée pour la prochaine réunion.")
    found = quotes(text)
    assert _find(found, "trois mille personnes").speaker.text == "la préfecture"
    assert _find(found, "cette hausse des prix").speaker_name == "Sarah Kessler"
    assert not [q for q in found if "aucune date" in q.content.text]


def test_inverted_cue_after_indirect_clause(quotes):
    text = "Le chantier du stade prendra encore deux ans, estime l'architecte Paul Renaud."
    _check(quotes(text), "chantier du stade", type="indirect", speaker_name="Paul Renaud")


def test_colon_attribution_in_a_headline(quotes):
    text = "Marie Lenoir : la ville ne vendra pas le stade\n\nLa maire de Nantes a reçu les supporters lundi."
    q = _find(quotes(text), "la ville ne vendra pas le stade")
    assert q.headline
    assert q.speaker_name == "Marie Lenoir"


def test_quote_after_colon_in_previous_paragraph(quotes):
    text = ("Le président du club, Antoine Ferrand, a déclaré :\n\n"
            "« Nous ne vendrons aucun joueur cet été. Le projet continue. »")
    _check(quotes(text), "aucun joueur", type="direct", speaker_name="Antoine Ferrand")


def test_mixed_quote_inside_reported_speech(quotes):
    text = "La ministre Julie Garnier a jugé que cette décision était « profondément injuste » pour les familles."
    found = quotes(text)
    q = _find(found, "profondément injuste")
    assert q.type == "mixed"
    assert q.content.text.startswith("cette décision")
    assert q.speaker_name == "Julie Garnier"
    assert len(found) == 1


def test_floating_quote_and_free_indirect_keep_the_last_speaker(quotes):
    text = ("Le maire Pierre Castel a annoncé que la piscine fermerait en juin. Les travaux "
            "coûteraient près de deux millions d'euros. « Nous n'avons pas le choix, la structure est trop "
            "ancienne pour être réparée. »")
    found = quotes(text)
    free = _find(found, "Les travaux coûteraient")
    assert free.type == "free_indirect" and free.floating
    assert free.speaker_name == "Pierre Castel"
    floating = _find(found, "Nous n'avons pas le choix")
    assert floating.floating and floating.speaker_name == "Pierre Castel"


def test_pronoun_agrees_in_gender(quotes):
    text = ("La juge Hélène Marchal a entendu le témoin Paul Ribot jeudi. Le témoin a confirmé que la "
            "voiture était rouge. Elle a ensuite indiqué que le procès reprendrait lundi.")
    _check(quotes(text), "le procès reprendrait lundi", speaker_name="Hélène Marchal")


def test_passive_cue_gives_the_agent(quotes):
    text = "Ce projet est jugé « irréaliste » par le syndicat des enseignants depuis des mois."
    q = _find(quotes(text), "irréaliste")
    assert q.speaker is not None and "syndicat" in q.speaker.text


def test_negated_cue_is_not_a_quotation(quotes):
    text = "Le ministre n'a jamais dit que les impôts baisseraient l'an prochain."
    assert not [q for q in quotes(text) if "impôts" in q.content.text]


def test_titles_and_nicknames_in_quote_marks_are_not_quotations(quotes):
    text = "Les joueurs du « Stade Rennais » ont regardé « Le Grand Bleu » avant le match de dimanche."
    assert quotes(text) == []


def test_unbalanced_marks_do_not_swallow_the_article(quotes):
    text = ("« Le marché a ouvert en hausse ce matin, a indiqué l'analyste Léo Brun.\n\n"
            "Le ministre Paul Girard a déclaré que la croissance serait faible cette année.")
    found = quotes(text)
    later = _find(found, "la croissance serait faible")
    assert later.speaker_name == "Paul Girard"
    assert all("\n\n" not in q.content.text for q in found)


@pytest.mark.parametrize("text", ["", "«", "»»» « «", '" " "', "Il a dit que", "Selon", ":", "— « »"])
def test_odd_input_never_crashes(quotes, text):
    quotes(text)


def test_unsure_pronoun_is_left_unresolved(quotes):
    text = "« Nous serons prêts », a-t-elle assuré."
    found = quotes(text)
    assert found and found[0].speaker_name is None and found[0].confidence < 0.5


def test_dash_signature_line(quotes):
    text = ("« Les secours sont arrivés en moins de dix minutes sur les lieux »\n\n"
            "— Porte-parole des pompiers du Var\n\nLe feu a été maîtrisé dans la nuit.")
    q = _find(quotes(text), "Les secours")
    assert q.speaker is not None and q.speaker.text.startswith("Porte-parole")


def test_impersonal_il_faut_dire_is_nobody_speaking(quotes):
    text = "Le maire Paul Hervé a inauguré la gare. Il faut dire que le chantier avait pris deux ans de retard."
    assert not [q for q in quotes(text) if "chantier" in q.content.text]


def test_relative_que_is_not_reported_speech(quotes):
    text = "La ministre Anne Roux a reconnu avoir accepté des cadeaux que lui avait offerts un industriel."
    found = quotes(text)
    assert not [q for q in found if q.content.text.startswith("lui avait")]


def test_title_after_a_preposition_is_not_speech_but_a_shouted_slogan_is(quotes):
    text = ("Le candidat Marc Royer s'est défendu lors de « L'Heure politique » jeudi. "
            "Des manifestants ont crié « Royer en prison » devant la salle.")
    found = quotes(text)
    assert not [q for q in found if "Heure politique" in q.content.text]
    assert _find(found, "Royer en prison").speaker_name is not None


def test_capitalised_words_shouted_are_speech_but_a_title_is_not(quotes):
    text = ("Le suspect, un homme d'une trentaine d'années, a été interpellé. Lors de l'attaque, il aurait crié "
            "« Dieu Est Grand » avant de fuir. Le film « Seul sur Mars » passait à la télévision.")
    found = quotes(text)
    assert _find(found, "Dieu Est Grand").speaker_name is not None
    assert not [q for q in found if "Seul sur Mars" in q.content.text]


def test_passive_cue_without_agent_has_no_speaker(quotes):
    text = "Dans un rapport publié lundi, la reprise est jugée « très probable » pour l'an prochain."
    assert all(q.speaker_name != "la reprise" for q in quotes(text))


def test_lexicon_has_hundreds_of_expressions_with_opinion_flags():
    from propos.extraction.quotes.lexicon import lexicon

    lex = lexicon("fr")
    assert len(lex.single) + sum(len(v) for v in lex.locutions.values()) >= 300
    assert lex.single["estimer"].opinion and not lex.single["déclarer"].opinion
    assert "savoir" in dict(lex.locutions["faire"]).get(("savoir",), lex.single["dire"]).expression


def test_source_noun_refers_back_to_the_named_paper(quotes):
    text = ("Le quotidien régional La Gazette du Nord a publié lundi une longue enquête sur le port. "
            "Le quotidien affirme que les travaux ont coûté deux fois plus que prévu.")
    q = _find(quotes(text), "les travaux ont coûté")
    assert q.speaker.text == "Le quotidien"
    assert q.speaker_name and "Gazette du Nord" in q.speaker_name


# issue 13: reported constructions found and bounded by their clause (sentences written for these tests)


def test_object_then_infinitive_is_what_was_asked(quotes):
    text = ("Un incendie a ravagé un entrepôt de Lille dans la nuit. La préfète du Nord, Anne Morel, "
            "demande aux habitants du quartier de rester chez eux jusqu'à nouvel ordre.")
    _check(quotes(text), "rester chez eux",
           type="indirect", content="rester chez eux jusqu'à nouvel ordre", speaker_name="Anne Morel")


def test_accused_of_an_infinitive(quotes):
    text = ("Le sénateur Paul Girard a vivement critiqué son adversaire. Il l'accuse d'avoir menti "
            "sur le coût du projet.")
    _check(quotes(text), "menti", content="avoir menti sur le coût du projet")


def test_demander_a_ce_que(quotes):
    text = "L'avocat de la famille, Jean Roussel, demande à ce que le procès soit rouvert dès le mois prochain."
    _check(quotes(text), "procès soit rouvert", content="le procès soit rouvert dès le mois prochain")


def test_attribute_of_se_dire_is_what_was_said(quotes):
    text = ("Le capitaine de l'équipe, Marc Dubois, a remporté le titre dimanche. En conférence de presse, "
            "Marc Dubois se dit fier de ses joueurs et de son équipe.")
    _check(quotes(text), "fier de ses joueurs",
           type="indirect", content="fier de ses joueurs et de son équipe", speaker_name="Marc Dubois")


def test_fire_that_se_declare_is_no_speech(quotes):
    text = "Un incendie s'est déclaré au bar Le Central lors d'un anniversaire samedi soir."
    assert not quotes(text)


def test_selon_with_a_nominal_adjective(quotes):
    text = ("Des milliers de personnes ont manifesté samedi. Selon plusieurs officiels gambiens, "
            "l'ancien président a détourné des millions de dollars.")
    _check(quotes(text), "a détourné", content="l'ancien président a détourné des millions de dollars")


def test_source_marker_after_a_conjunction_opens_its_clause(quotes):
    text = ("Les causes de l'accident demeurent inconnues, mais selon le ministre des Transports, "
            "les trains étaient équipés d'un système de freinage automatique.")
    _check(quotes(text), "les trains étaient équipés",
           content="les trains étaient équipés d'un système de freinage automatique")


@pytest.mark.parametrize(("text", "clause"), [
    # after a name, a name between commas is the clause's subject
    ("Paul Girard, ancien général, assure l'intérim et, selon Reuters, David Petraeus, ancien directeur de la CIA, "
     "sera probablement son successeur.", "David Petraeus, ancien directeur de la CIA, sera probablement son successeur"),
    # after a role, it names the source
    ("Des coups de feu ont été tirés. Selon le maire d'Ankara, Melih Gökçek, il s'agirait d'un policier.",
     "il s'agirait d'un policier"),
])
def test_a_name_between_commas_after_a_source(quotes, text, clause):
    q = _find(quotes(text), clause)
    assert q.content.text == clause


def test_que_elided_before_a_quote_mark(quotes):
    text = ("Le trafic reprendra vendredi, d'après la SNCF, qui précise qu' « il y a une interruption "
            "de trafic entre Lille et Arras ».")
    q = _find(quotes(text), "interruption de trafic")
    assert q.type == "mixed"
    assert q.content.text.startswith("« il y a")


def test_coordinated_objects_with_quoted_words_are_one_fragment(quotes):
    text = ("Le dirigeant américain dénonce « la colère » et « l'hostilité » récemment affichée par le "
            "régime nord-coréen.")
    q = _find(quotes(text), "la colère")
    assert q.type == "mixed"
    assert "l'hostilité" in q.content.text and "régime" in q.content.text


def test_inverted_cue_with_a_trailing_infinitive_phrase(quotes):
    text = ("Un Français a été enlevé jeudi au Tchad, a confirmé le ministère des Affaires étrangères "
            "sans préciser son identité.")
    _check(quotes(text), "enlevé",
           content="Un Français a été enlevé jeudi au Tchad", speaker="le ministère des Affaires étrangères")


def test_elided_article_before_an_acronym_keeps_the_source(quotes):
    """« l’AFP », « d’EDF » with a curly apostrophe: the article is split off, the acronym stays the speaker."""
    text = "Selon l\u2019AFP, le ministre des Transports quittera ses fonctions à la fin du mois."
    _check(quotes(text), "le ministre des Transports", speaker="l\u2019AFP")
    text = "Le directeur d\u2019EDF a affirmé que la centrale de Flamanville redémarrera en mars."
    _check(quotes(text), "la centrale de Flamanville", speaker="Le directeur d\u2019EDF")


def test_coordinated_object_before_the_infinitive(quotes):
    """« a proposé aux maires et aux préfets de … »: the object may be coordinated; after a « de » that led to
    no infinitive, « et » ends the object."""
    text = ("La ministre de l'Intérieur a proposé aux maires et aux préfets de la région de signer une charte "
            "commune sur la sécurité.")
    _check(quotes(text), "signer une charte",
           type="indirect", content="signer une charte commune sur la sécurité")


def test_called_on_an_object_to_an_infinitive(quotes):
    """« a appelé les syndicats à reprendre … », « a demandé au gouvernement de retirer … »: the bare infinitive
    clause after the cue's object is what was said."""
    text = "Le président de la région a appelé les syndicats à reprendre le dialogue avec la direction de l'usine."
    _check(quotes(text), "reprendre le dialogue",
           type="indirect", content="reprendre le dialogue avec la direction de l'usine")
    text = "La fédération des commerçants a demandé au gouvernement de retirer la taxe sur les terrasses."
    _check(quotes(text), "retirer la taxe", content="retirer la taxe sur les terrasses")


def test_infinitive_after_a_short_incise(quotes):
    """« reconnaît, d'une part, avoir … »: a short comma-bounded incise may stand between the cue and its
    infinitive clause."""
    text = "Le suspect admet donc maintenant, d'une part, être responsable de l'incendie du hangar."
    _check(quotes(text), "responsable de l'incendie",
           type="indirect", content="être responsable de l'incendie du hangar")


@pytest.mark.parametrize("text, content, speaker", [
    ("L'astronome Claire Vidal conjecture que la comète reviendra dans vingt ans.",
     "la comète reviendra dans vingt ans", "Claire Vidal"),
    ("Le maire de Tours, Paul Girard, insinue que le préfet a menti aux habitants.",
     "le préfet a menti aux habitants", "Paul Girard"),
    ("Le sénateur Paul Girard suppute que le texte sera rejeté en commission.",
     "le texte sera rejeté en commission", "Paul Girard"),
    ("« Nous avons gagné la bataille », jubile le syndicaliste Marc Royer.",
     "« Nous avons gagné la bataille »", "Marc Royer"),
])
def test_verbs_of_speech_from_general_french_are_cues(quotes, text, content, speaker):
    q = _find(quotes(text), content)
    assert q.content.text == content
    assert q.speaker_name == speaker


def test_a_questioned_participle_is_not_a_cue(quotes):
    # « Interrogé sur … »: the question put to someone, not what they said
    text = "Interrogé sur le choix de ne pas faire jouer les remplaçants, l'entraîneur est resté muet."
    assert quotes(text) == []
