"""propos_timex on sentences written for these tests: each phenomenon of issue 4, anchored on a
publication date (Friday 7 June 2024 unless said otherwise)."""

from __future__ import annotations

import pytest

from propos.model import Timex

PUB = "2024-06-07"  # a Friday


# `tag` (conftest): the time expressions of a text published on PUB unless said otherwise


def values(timexes: list[Timex]) -> dict[str, tuple[str, str]]:
    return {t.span.text: (t.type, t.value) for t in timexes}


def test_absolute_dates(tag):
    found = values(tag("Le débarquement a eu lieu le 6 juin 1944, l'armistice le 8/5/45 et la fête le 1er mai."))
    assert found["le 6 juin 1944"] == ("DATE", "1944-06-06")
    assert found["8/5/45"] == ("DATE", "1945-05-08")
    assert found["le 1er mai"] == ("DATE", "2024-05-01")
    found = values(tag("Le bogue de l'an 2000 a fait peur ; la loi date de juin 2024."))
    assert found["l'an 2000"] == ("DATE", "2000")
    assert found["juin 2024"] == ("DATE", "2024-06")


def test_clock_times_and_parts_of_day(tag):
    found = values(tag("Le conseil s'est réuni hier à 14h30, puis à midi, et encore à 22 h. Il a conclu dans la soirée."))
    assert found["hier à 14h30"] == ("TIME", "2024-06-06T14:30")
    assert found["midi"] == ("TIME", "2024-06-06T12:00")
    assert found["22 h"] == ("TIME", "2024-06-06T22:00")
    assert found["la soirée"] == ("TIME", "2024-06-06TEV")


def test_durations_with_number_words(tag):
    found = values(tag("Les travaux ont duré trois semaines, puis quinze jours, puis une demi-heure, puis un an et demi."))
    assert found["trois semaines"] == ("DURATION", "P3W")
    assert found["quinze jours"] == ("DURATION", "P15D")
    assert found["une demi-heure"] == ("DURATION", "PT30M")
    assert found["un an et demi"] == ("DURATION", "P18M")
    assert values(tag("Le chantier prendra plusieurs années."))["plusieurs années"] == ("DURATION", "PXY")


def test_sets(tag):
    found = values(tag("Le marché se tient chaque lundi et la navette passe tous les jours."))
    assert found["chaque lundi"] == ("SET", "XXXX-WXX-1")
    assert found["tous les jours"] == ("SET", "P1D")


def test_deictic_and_relative_expressions(tag):
    found = values(tag("Hier, le maire a parlé ; demain il votera. La semaine dernière il était à Lyon, "
                       "le mois prochain il ira à Rome. Il y a deux jours, il pleuvait ; dans trois ans, on verra."))
    assert found["Hier"] == ("DATE", "2024-06-06")
    assert found["demain"] == ("DATE", "2024-06-08")
    assert found["La semaine dernière"] == ("DATE", "2024-W22")
    assert found["le mois prochain"] == ("DATE", "2024-07")
    assert found["deux jours"] == ("DURATION", "P2D")  # « il y a » and « dans » are signals
    assert found["trois ans"] == ("DURATION", "P3Y")


def test_next_and_last_weekday(tag):
    found = values(tag("Le vote aura lieu samedi prochain, après le débat de mardi dernier."))
    assert found["samedi prochain"] == ("DATE", "2024-06-08")
    assert found["mardi dernier"] == ("DATE", "2024-06-04")


def test_anaphora_count_from_the_last_day_mentioned(tag):
    found = values(tag("Le sommet s'est ouvert le 3 mars 2020. Le lendemain, les ministres ont signé ; "
                       "la veille, ils avaient dîné. Le même jour, la Bourse a monté."))
    assert found["le 3 mars 2020"] == ("DATE", "2020-03-03")
    assert found["Le lendemain"] == ("DATE", "2020-03-04")
    assert found["la veille"] == ("DATE", "2020-03-03")  # the eve of the day before: the day just mentioned
    assert found["Le même jour"] == ("DATE", "2020-03-03")


@pytest.mark.parametrize(("sentence", "value"), [
    ("Le chancelier recevra le président samedi à Berlin.", "2024-06-08"),
    ("Le chancelier a reçu le président samedi à Berlin.", "2024-06-01"),
    ("Le chancelier va recevoir le président samedi.", "2024-06-08"),
    ("La ministre se rendrait à Lille jeudi.", "2024-06-13"),
    ("La ministre était arrivée à Lille jeudi.", "2024-06-06"),
])
def test_the_tense_points_bare_weekdays(tag, sentence, value):
    day = [t for t in tag(sentence) if t.type == "DATE"]
    assert [t.value for t in day] == [value]


def test_the_tense_points_day_months_far_from_the_anchor(tag):
    assert values(tag("Le traité sera signé le 15 janvier."))["le 15 janvier"][1] == "2025-01-15"
    assert values(tag("Le traité a été signé le 15 décembre."))["le 15 décembre"][1] == "2023-12-15"


def test_depuis_opens_an_interval(tag):
    [since] = tag("Les négociateurs sont à Genève depuis mardi.")
    assert (since.value, since.begin) == ("2024-06-04", "2024-06-04")
    [lasting] = tag("Le pays est en crise depuis plus de trois ans.")
    assert (lasting.type, lasting.value, lasting.mod) == ("DURATION", "P3Y", "MORE_THAN")
    assert (lasting.begin, lasting.end) == ("2021-06-07", PUB)


def test_vague_references(tag):
    found = values(tag("Récemment, le club a changé ; actuellement il gagne, et à l'avenir il recrutera "
                       "dans les prochains jours."))
    assert found["Récemment"][1] == "PAST_REF"
    assert found["actuellement"][1] == "PRESENT_REF"
    assert found["l'avenir"][1] == "FUTURE_REF"  # « à » is a signal, outside the expression (TimeBank)
    assert found["les prochains jours"][1] == "PXD"  # « dans » too; a vague count of days ahead (news gold)


def test_holidays_seasons_centuries_decades(tag):
    found = values(tag("À Noël 2023 et à Pâques 2024, puis pour le 14 juillet, la ville a fêté l'été 2022 "
                       "comme dans les années 1990, loin du XIXe siècle."))
    assert found["Noël 2023"] == ("DATE", "2023-12-25")
    assert found["Pâques 2024"] == ("DATE", "2024-03-31")
    assert found["le 14 juillet"] == ("DATE", "2024-07-14")
    assert found["l'été 2022"] == ("DATE", "2022-SU")
    assert found["les années 1990"] == ("DATE", "199")
    assert found["XIXe siècle"] == ("DATE", "18")


def test_without_publication_date_relative_values_stay_unresolved(tag):
    found = {t.span.text: t for t in tag("Hier, il a promis d'agir samedi et le mois prochain.", date=None)}
    assert found["Hier"].value == "XXXX-XX-XX"
    assert found["samedi"].value == "XXXX-WXX-6"
    assert found["le mois prochain"].value == "XXXX-XX"
    assert all(t.anchor is None for t in found.values())
    assert values(tag("Il est né le 3 avril 1961.", date=None))["le 3 avril 1961"] == ("DATE", "1961-04-03")


def test_ages_and_amounts_are_no_time(tag):
    assert tag("Un cycliste de 42 ans a été blessé ; Marie Durand, 35 ans, a témoigné.") == []
    assert tag("Le contrat vaut 2000 euros.") == []


def test_the_verb_ete_is_no_summer(tag):
    assert tag("Le projet a été voté.") == []
    assert tag("Un appel a été passé au standard.") == []  # « été passé » is no « été dernier »


def test_ids_are_in_text_order(tag):
    found = tag("Lundi, puis mardi, puis mercredi.")
    assert [t.id for t in found] == ["T1", "T2", "T3"]


@pytest.mark.parametrize("text", ["", "   ", "« « «", "\x00\x01", "h" * 500, "le 45 juin 99999", "29 février",
                                  "Il y a 99999999999 jours.", "Depuis 99999999999 ans.", "Dans 9999 siècles."])
def test_odd_input_never_crashes(tag, text):
    assert isinstance(tag(text), list)


def test_impossible_dates_are_dropped_and_far_ones_stay_vague(tag):
    assert tag("Le 31 février 2023, rien.") == []
    far = {t.span.text: t for t in tag("Il y a 3000 ans, une cité.")}["3000 ans"]
    assert (far.type, far.value, far.begin) == ("DURATION", "P3000Y", None)  # no year before 1 to begin on


def test_part_of_day_of_a_named_day(tag):
    found = values(tag("Il s'est éteint dans la nuit du 1er au 2 janvier ; la grève a eu lieu dans la nuit de "
                       "lundi à mardi, puis le matin du 3 juin 2023."))
    assert found["la nuit du 1er au 2 janvier"] == ("TIME", "2024-01-01TNI")
    assert found["la nuit de lundi à mardi"] == ("TIME", "2024-06-03TNI")
    assert found["le matin du 3 juin 2023"] == ("TIME", "2023-06-03TMO")


def test_clock_forms(tag):
    found = values(tag("Le 2 mai 2023, on a sonné vers 6 heures du matin, à 8 heures du soir et à 9 h 15."))
    assert found["6 heures du matin"] == ("TIME", "2023-05-02T06:00")
    assert found["8 heures du soir"] == ("TIME", "2023-05-02T20:00")
    assert found["9 h 15"] == ("TIME", "2023-05-02T09:15")
    clock = {t.span.text: t for t in tag("Le 2 mai 2023, on a sonné vers 6 heures du matin.")}["6 heures du matin"]
    assert clock.mod == "APPROX"


def test_a_clock_time_before_a_day_belongs_to_it(tag):
    assert values(tag("L'accident s'est produit vers 15 h 30, hier."))["15 h 30"] == ("TIME", "2024-06-06T15:30")


def test_hours_written_as_a_clock_after_pendant_are_a_duration(tag):
    found = values(tag("Les coureurs se reposent pendant 18h, ou au moins 2h30."))
    assert found["18h"] == ("DURATION", "PT18H")
    assert found["au moins 2h30"] == ("DURATION", "PT2H30M")


def test_apres_with_a_noun_is_no_date(tag):
    found = values(tag("La cérémonie a lieu un an après la marche. Deux jours plus tard, tout a repris."))
    assert found["un an"] == ("DURATION", "P1Y")
    assert found["Deux jours"] == ("DURATION", "P2D")  # « plus tard » is the signal


def test_pour_points_forward_and_the_tagger_misses_on_future_forms(tag):
    assert values(tag("Le point presse était prévu pour lundi."))["lundi"] == ("DATE", "2024-06-10")
    # fr_core_news_md tags « ferons » as a present: its future stem (fer-) gives it away.
    assert values(tag("« Nous ferons une annonce mercredi », a dit le ministre."))["mercredi"] == ("DATE", "2024-06-12")


def test_occasions_and_ordinals_are_no_time(tag):
    assert tag("La journée des droits des femmes rassemble du monde.") == []
    assert tag("Les policiers ont détruit une seconde fois la cabane.") == []


def test_capitalised_time_words_inside_a_sentence_are_names(tag):
    assert tag("D'après le Journal du Dimanche, le ministre a démissionné.") == []
    assert tag("Le candidat, en visite à Troyes, dans l'Aube, a parlé.") == []
    assert values(tag("Mardi, le ministre a démissionné."))["Mardi"] == ("DATE", "2024-06-04")


def test_a_present_passive_is_no_past(tag):
    # « est prévue »: être + participle of a transitive verb is a passive in the present, not a passé composé.
    assert values(tag("Une réunion est prévue le 16 octobre à Bruxelles."))["le 16 octobre"][1] == "2024-10-16"


def test_weekday_and_day_number_without_month(tag):
    found = values(tag("La grève est reconduite jusqu'à mardi 11, puis reprendra jeudi 20."))
    assert found["mardi 11"] == ("DATE", "2024-06-11")
    assert found["jeudi 20"] == ("DATE", "2024-06-20")


def test_more_ages(tag):
    assert tag("L'actrice Jeanne Roy (19 ans) tourne ; elle est devenue championne à 28 ans.") == []
    assert values(tag("Il a été condamné à 10 ans de prison."))["10 ans"] == ("DURATION", "P10Y")


def test_edges_and_parts_of_the_year(tag):
    found = {t.span.text: t for t in tag("D'ici la fin de l'année, il partira. En début d'année, la croissance a "
                                         "ralenti. Au premier trimestre 2023, le PIB a crû, puis fin juin.")}
    assert (found["la fin de l'année"].value, found["la fin de l'année"].mod) == ("2024", "END")
    assert (found["début d'année"].value, found["début d'année"].mod) == ("2024", "START")
    assert found["premier trimestre 2023"].value == "2023-Q1"
    assert (found["fin juin"].value, found["fin juin"].mod) == ("2024-06", "END")


def test_grouped_thousands_and_hyphenated_units(tag):
    assert values(tag("Le chantier a duré 1 500 jours."))["1 500 jours"] == ("DURATION", "P1500D")
    assert tag("L'étoile est à 5 000 années-lumière.") == []


def test_ce_matin_is_the_day_later_clock_times_count_from(tag):
    found = values(tag("Hier après-midi, un bruit ; il a annoncé ce matin, vers 7h30, son abandon."))
    assert found["ce matin"] == ("TIME", "2024-06-07TMO")
    assert found["7h30"] == ("TIME", "2024-06-07T07:30")


def test_article_or_demonstrative_before_an_edge_is_inside(tag):
    """« le début de l'année 2023 », « la mi-mai », « ce début juin », « cette fin de semaine »: the determiner of
    the edge word belongs to the expression whatever the period after it, as « le début de l'année » has it."""
    found = {t.span.text: t for t in tag("Les ventes montent depuis le début de l'année 2023 et depuis la mi-mai ; "
                                         "en ce début juin, la hausse continue. Il partira cette fin de semaine, "
                                         "au cours de la fin de l'été.")}
    assert (found["le début de l'année 2023"].value, found["le début de l'année 2023"].mod) == ("2023", "START")
    assert (found["la mi-mai"].value, found["la mi-mai"].mod) == ("2024-05", "MID")
    assert (found["ce début juin"].value, found["ce début juin"].mod) == ("2024-06", "START")
    assert (found["cette fin de semaine"].value, found["cette fin de semaine"].mod) == ("2024-W23", "END")
    assert found["la fin de l'été"].mod == "END"


def test_place_after_a_clock_time_is_not_its_time_zone(tag):
    found = values(tag("Vers 12h15, en France, huit mille manifestants étaient recensés ; à 14 h 40 UTC, dix mille."))
    assert "12h15" in found and not any("France" in text for text in found)
    assert "14 h 40 UTC" in found


def test_night_of_a_date_keeps_its_trailing_dernier_or_prochain(tag):
    found = values(tag("Il a été arrêté dans la nuit du 16 au 17 février dernier et sera jugé dans la nuit du 3 au "
                       "4 juillet prochain."))
    assert found["la nuit du 16 au 17 février dernier"] == ("TIME", "2024-02-16TNI")
    assert found["la nuit du 3 au 4 juillet prochain"] == ("TIME", "2024-07-03TNI")


def test_half_of_a_named_month_is_one_expression(tag):
    found = {t.span.text: t for t in tag("Le chantier a pris du retard durant la seconde moitié du mois de mars et "
                                         "la première moitié d'avril 2023.")}
    assert (found["la seconde moitié du mois de mars"].value, found["la seconde moitié du mois de mars"].mod) == \
        ("2024-03", "END")
    assert found["la première moitié d'avril 2023"].value == "2023-04"


def test_more_quantity_modifiers_are_inside_with_their_mod(tag):
    found = {t.span.text: t for t in tag("Le chantier a duré quasiment trois mois, puis au maximum deux ans, "
                                         "avec au minimum six semaines de pause et tout au plus deux heures par jour.")}
    assert (found["quasiment trois mois"].value, found["quasiment trois mois"].mod) == ("P3M", "LESS_THAN")
    assert found["au maximum deux ans"].mod == "EQUAL_OR_LESS"
    assert found["au minimum six semaines"].mod == "EQUAL_OR_MORE"
    assert found["tout au plus deux heures"].mod == "EQUAL_OR_LESS"


def test_quarter_of_last_year_keeps_its_dernier_and_its_year(tag):
    found = values(tag("Le PIB a reculé au deuxième trimestre de l'année dernière et montera au second semestre "
                       "de l'an prochain."))
    assert found["deuxième trimestre de l'année dernière"] == ("DATE", "2023-Q2")
    assert found["second semestre de l'an prochain"] == ("DATE", "2025-H2")


def test_range_of_durations_without_de_is_not_an_age(tag):
    found = values(tag("Il faudra deux à trois ans pour reconstruire, puis six à huit mois de travaux."))
    assert found["deux"] == ("DURATION", "P2Y") and found["trois ans"] == ("DURATION", "P3Y")
    assert found["six"] == ("DURATION", "P6M") and found["huit mois"] == ("DURATION", "P8M")
    assert tag("Le chômage monte chez les 15 à 24 ans ; ils sont morts tous les deux à 97 ans.") == []
    assert tag("Les enfants, 3 à 5 ans, sont accueillis ; l'âge légal passe de 62 à 64 ans.") == []


def test_first_day_of_a_range_takes_the_prochain_of_the_last(tag):
    found = values(tag("Le salon a fermé en mai ; il rouvrira les 27 et 28 mai prochains."))
    assert found["les 27"] == ("DATE", "2025-05-27")
    assert found["28 mai prochains"] == ("DATE", "2025-05-28")


def test_weekday_and_part_of_day_keep_a_trailing_dernier(tag):
    found = values(tag("Il est venu samedi soir dernier et reviendra mardi matin prochain."))
    assert found["samedi soir dernier"] == ("TIME", "2024-06-01TEV")
    assert found["mardi matin prochain"] == ("TIME", "2024-06-11TMO")


def test_veille_de_noel_counts_from_the_date_after_it(tag):
    found = values(tag("Le 3 juin, il a annoncé qu'il viendrait la veille de Noël et repartirait le lendemain du "
                       "14 juillet."))
    assert found["la veille"] == ("DATE", "2024-12-24")
    assert found["le lendemain"] == ("DATE", "2024-07-15")


def test_first_hour_of_a_span_of_clock_times_is_a_time(tag):
    found = values(tag("Le bureau de vote est ouvert de 8 heures à 19 heures, et la grève a duré 3 heures."))
    assert found["8 heures"] == ("TIME", "2024-06-07T08:00")
    assert found["19 heures"] == ("TIME", "2024-06-07T19:00")
    assert found["3 heures"] == ("DURATION", "PT3H")
