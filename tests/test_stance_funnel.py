"""The stance funnel puts each gold position at the first pipeline step that misses it."""

import json

import pytest

from propos.evaluation import stance_funnel
from propos.evaluation.stance_funnel import funnel, gold_step, predicted_step

TEXT = "Le maire dénonce « une réforme injuste ». Le préfet soutient la fermeture de l'usine."
ARTICLE = {
    "id": "a1", "text": TEXT,
    "quotes": [{"id": "Q1", "content": [18, 40], "speaker_name": "Paul Martin"},
               {"id": "Q2", "content": [60, 87], "speaker_name": "Jean Durand"}],
    "entities": [{"name": "Paul Martin", "type": "PER", "aliases": ["le maire"]}],
    "positions": [{"holder": "Paul Martin", "issue": "réforme des retraites", "stance": "oppose", "evidence": ["Q1"]},
                  {"holder": "Jean Durand", "issue": "fermeture de l'usine", "stance": "support", "evidence": ["Q2"]}],
}


def _quote(start, end, speaker):
    return {"content": {"start": start, "end": end}, "speaker_name": speaker}


def _stance(holder, issue, stance):
    return {"holder_name": holder, "issue": issue, "stance": stance}


def test_each_gold_position_stops_at_its_first_missing_step():
    paul, jean = ARTICLE["positions"]
    assert gold_step(paul, ARTICLE, {"quotes": [], "stances": []}) == "evidence not detected"
    assert gold_step(paul, ARTICLE, {"quotes": [_quote(20, 38, "Jean Durand")]}) == "detected, wrong speaker"
    found = [_quote(20, 38, "Paul Martin")]
    assert gold_step(paul, ARTICLE, {"quotes": found}) == "right speaker, no position for holder"
    assert gold_step(paul, ARTICLE, {"quotes": found, "stances": [_stance("Paul Martin", "réforme", "support")]}) \
        == "wrong polarity"
    assert gold_step(paul, ARTICLE, {"quotes": found, "stances": [_stance("Martin", "budget", "oppose")]}) \
        == "right polarity, issue shares no word"
    assert gold_step(paul, ARTICLE, {"quotes": [], "stances": [_stance("Martin", "la réforme", "oppose")]}) \
        == "matched"
    assert gold_step(jean, ARTICLE, {"quotes": [_quote(60, 87, "Durand")]}) == "right speaker, no position for holder"


def test_unmatched_predictions_say_why():
    assert predicted_step({"holder": "Marie Curie", "issue": "réforme", "stance": "oppose"}, ARTICLE) \
        == "holder has no gold position"
    assert predicted_step({"holder": "Jean Durand", "issue": "fermeture", "stance": "oppose"}, ARTICLE) \
        == "holder's gold positions: other polarity"
    assert predicted_step({"holder": "Jean Durand", "issue": "salaires", "stance": "support"}, ARTICLE) \
        == "holder's gold positions: same polarity, other issue"


def test_funnel_counts_every_gold_and_predicted_position_once():
    document = {"quotes": [_quote(20, 38, "Paul Martin")],
                "stances": [_stance("Paul Martin", "réforme", "oppose"), _stance("Marie Curie", "usine", "support")]}
    result = funnel([ARTICLE], {"a1": document})
    assert result["gold"]["matched"] == 1 and result["gold"]["evidence not detected"] == 1
    assert sum(result["gold"].values()) == 2
    assert result["predicted"] == {"holder has no gold position": 1, "holder's gold positions: other polarity": 0,
                                   "holder's gold positions: same polarity, other issue": 0, "matched": 1}
    assert result["score"]["p"] == 0.5


def test_the_command_names_a_missing_file_instead_of_a_traceback(tmp_path, capsys, monkeypatch):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["stance_funnel", str(gold), str(tmp_path / "missing.jsonl")])
    with pytest.raises(SystemExit) as stop:
        stance_funnel.main()
    err = capsys.readouterr().err
    assert stop.value.code == 2 and "no such file" in err and "missing.jsonl" in err and "Traceback" not in err


def test_without_predictions_the_command_analyses_the_gold_now(tmp_path, capsys, monkeypatch):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["stance_funnel", str(gold)])
    stance_funnel.main()
    counts = json.loads(capsys.readouterr().out)
    assert sum(counts["gold"].values()) == len(ARTICLE["positions"])
