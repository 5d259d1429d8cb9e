"""The actors and stances measure counts every predicted actor, not only those already named in gold."""

from __future__ import annotations

import json

from propos.evaluation.actors_stances import score


def _gold(tmp_path, entities, positions=()):
    text = ("La ministre Léa Moreau a rencontré le maire Paul Martin mardi. « Nous refusons la fermeture de "
            "l'usine », a déclaré Léa Moreau.")
    path = tmp_path / "gold.jsonl"
    article = {"id": "t1", "lang": "fr", "date": "2024-05-02", "text": text, "quotes": [],
               "entities": entities, "positions": list(positions)}
    path.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_an_actor_missing_from_gold_lowers_actor_precision_but_not_speaker_precision(tmp_path, nlp):
    result = score(_gold(tmp_path, [{"name": "Léa Moreau", "type": "PER", "aliases": ["la ministre"]}]),
                   details=True)
    assert result["actors"] >= 2 and result["actors_ok"] == 1  # Paul Martin is predicted, not in gold
    assert result["actor_precision"] < 1.0
    assert result["speakers"] == 1 and result["speaker_precision"] == 1.0
    assert any("Paul Martin" in w for w in result["wrong_actors"])


def test_stance_found_against_gold_position(tmp_path, nlp):
    position = {"holder": "Léa Moreau", "issue": "fermeture de l'usine", "stance": "oppose"}
    result = score(_gold(tmp_path, [{"name": "Léa Moreau", "type": "PER"}], [position]))
    assert result["positions"] == 1 and result["positions_found"] == 1
    assert "wrong_actors" not in result
