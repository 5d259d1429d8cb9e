"""Story clustering: same event across days and outlets together, other events apart, old stories closed."""

from __future__ import annotations

from propos.scale.stories import StoryClusterer, cluster_stories

BRIDGE_1 = ("Effondrement du pont de Saint-Aubin\n\nLe pont de Saint-Aubin s'est effondré lundi sur la Loire. "
            "Le préfet du Maine-et-Loire a ordonné l'évacuation des berges et la fermeture de la départementale.")
BRIDGE_2 = ("Saint-Aubin : l'enquête sur le pont s'ouvre\n\nDeux jours après l'effondrement du pont de Saint-Aubin "
            "sur la Loire, le parquet d'Angers a ouvert une enquête. Le préfet promet une passerelle provisoire.")
BRIDGE_3 = ("Pont de Saint-Aubin : les habitants en colère\n\nÀ Saint-Aubin, les riverains de la Loire réclament "
            "la reconstruction rapide du pont effondré. Le préfet du Maine-et-Loire les recevra vendredi.")
ELECTION = ("Municipales à Brest\n\nLa maire sortante de Brest, Nadia Kerrien, annonce sa candidature aux "
            "élections municipales. Son adversaire écologiste dénonce un bilan décevant sur les transports.")
MATCH = ("Victoire du Stade rennais\n\nLe Stade rennais a battu Lens samedi au Roazhon Park grâce à un doublé "
         "de son attaquant. L'entraîneur savoure une troisième victoire consécutive en championnat.")


def test_articles_on_one_event_share_a_story_and_others_do_not():
    stories = cluster_stories([
        ("b1", BRIDGE_1, "2025-05-05"), ("e1", ELECTION, "2025-05-05"), ("m1", MATCH, "2025-05-06"),
        ("b2", BRIDGE_2, "2025-05-07"), ("b3", BRIDGE_3, "2025-05-08"),
    ])
    assert stories["b1"] == stories["b2"] == stories["b3"]
    assert len({stories["b1"], stories["e1"], stories["m1"]}) == 3


def test_input_order_does_not_matter_dates_do():
    items = [("b3", BRIDGE_3, "2025-05-08"), ("b1", BRIDGE_1, "2025-05-05"), ("b2", BRIDGE_2, "2025-05-07")]
    stories = cluster_stories(items)
    assert len(set(stories.values())) == 1
    # the story is named after its first article in time
    assert stories["b1"] == StoryClusterer().add("b1", BRIDGE_1)


def test_a_story_closes_after_the_window():
    stories = cluster_stories([("b1", BRIDGE_1, "2025-05-05"), ("b2", BRIDGE_2, "2025-07-20")], window_days=3)
    assert stories["b1"] != stories["b2"]


def test_odd_input_gets_a_story_of_its_own():
    stories = cluster_stories([("empty", "", None), ("dots", "... !!! ...", "not a date"), ("b1", BRIDGE_1, None)])
    assert len(set(stories.values())) == 3
